"""Round 41's poisoning and milligrams (helper c; tests/unit/test_crisis_classes_by_round.py checks them, key
412), English and Spanish (phrases.py and patterns.py, round 41's poisoning and milligrams, helper c): (1) a
small child who swallowed iron pills or vitamins with iron (about ten, a handful, the bottle), often told
after an ordinary question, with the regional words for a baby or a toddler (wawa, guagua, nene, bebe,
chiquito, escuincle, cipote, chamaquito, pelaito, chamito, crio; toddler, little one, my 2 yo): Poison Help;
(2) a whole box, pack or blister of paracetamol, acetaminophen or ibuprofen taken hours ago for a toothache
or a pain, the writer feeling fine or asking if it is a problem (the liver harm comes later): Poison Help;
(3a) a label dose told in milligrams ("500 mg", "1000 mg", "2 x 500 mg") is not a count of pills: ruled
out, with stops (a count of pills, a total above the daily maximum, a whole box, a child, signs, a wish);
(3b) a total far above a day's maximum (10,000 mg or 10 g and more of acetaminophen, with vomiting or
taken at once) or an adult-sized total swallowed by a small child: an overdose. Written here, never
copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = [
    # 1. a small child into iron pills or vitamins with iron
    ("hola, a que hora abren el lunes? otra cosa, mi wawa se comio como diez pastillas de hierro de su mama", O),
    ("buenas tardes, reciben seguro? es que la guagua se trago un punado de vitaminas con hierro hace un rato", O),
    ("disculpe, el cipote se comio unas doce tabletas de hierro que deje en la mesa, y tambien queria el horario", O),
    ("una consulta, trabajan con el seguro popular? mi chamaquito se tomo el frasco de sulfato ferroso", O),
    ("el escuincle se agarro el bote de vitaminas prenatales y se comio un monton", O),
    ("mi pelaito se trago como ocho capsulas de hierro, a que hora cierran hoy?", O),
    ("el crio se ha comido un punado de comprimidos de hierro, abris los domingos?", O),
    ("mi chamito se comio las gomitas con hierro, todo el frasco", O),
    ("do you take cigna? also my toddler just ate about ten of my iron pills", O),
    ("what are your hours on friday. my 2 yo got into the bottle of prenatal vitamins, not sure how many", O),
    ("my little one chewed up a handful of the iron gummies from my purse", O),
    ("baby swallowed several ferrous sulfate tablets off the counter", O),
    # 2. a whole box, pack or blister of paracetamol or ibuprofen taken hours ago for a pain
    ("me tome una caja entera de paracetamol esta manana por el dolor de muelas, ya estoy bien, es grave?", O),
    ("anoche me tome el blister entero de paracetamol de golpe por la muela, me encuentro bien", O),
    ("hace unas horas me he tomado toda la caja de ibuprofeno por el dolor de muelas, pasa algo?", O),
    ("se tomo el blister completo de acetaminofen por el dolor de cabeza hace cuatro horas", O),
    ("mi marido se ha tomado una caja de gelocatil de golpe por la espalda, dice que esta bien", O),
    ("took a whole box of paracetamol this morning for a toothache, feel fine now, is that a problem?", O),
    ("my husband took a whole packet of paracetamol for his tooth last night, he says he feels fine", O),
    ("my sister swallowed the entire blister of tylenol for her period cramps around noon, she seems ok", O),
    # 3b. a total far above a day's maximum with vomiting or at once, a child with an adult's total
    ("i took 20,000 mg of tylenol and now i am vomiting", O),
    ("took like 15 g of paracetamol an hour ago and i keep throwing up", O),
    ("me tome 15000 mg de paracetamol y estoy vomitando", O),
    ("took 12000mg of acetaminophen at once this morning", O),
    ("my toddler swallowed 1000 mg of tylenol from my purse", O),
    ("mi bebe se trago 1500 mg de paracetamol de la caja", O),
]

LOOK_ALIKES = [
    # 3a. a label dose told in milligrams
    "i took 500 mg of tylenol for my headache, is that ok before my infusion?",
    "took 1000 mg acetaminophen at 8am, is that ok with my session at 2?",
    "took 2 x 500 mg paracetamol as the box says",
    "me tome 1000 miligramos de paracetamol hoy como dice la caja",
    "took 600 mg ibuprofen for cramps, can i still come in tomorrow",
    "i took 500 milligrams of tylenol",
    "me tome 2 de 500 mg de paracetamol para el dolor de cabeza, puedo ir a mi cita?",
    "he took 800 mg of advil before bed for his knee like the doctor said",
]

QUIET = [
    "tome 1000 mg de paracetamol como dice la caja, puedo tomar ketamina despues?",
    "i took 1,000 mg of tylenol this morning, can i still come in",
    "my doctor says 1000 mg of acetaminophen every 8 hours is fine with ketamine, right?",
    "can my 2 yo take iron drops with his vitamins?",
    "mi bebe toma sus gotas de hierro todos los dias, eso afecta algo?",
    "do you sell a box of tylenol at the clinic?",
]

STILL_EMERGENCIES = [
    # the label dose, but many pills, a total over the maximum, a child, signs, a wish
    ("i took 500 mg of tylenol, like 30 pills of it, and now i am throwing up", O),
    ("took 500 mg of tylenol, the whole box, i want to die", S),
    ("me tome 500 mg de paracetamol, unas 40 pastillas, y me duele el higado", O),
    ("i took 20,000 mg of tylenol, 500 mg each, and i am vomiting", O),
    ("my toddler swallowed 500 mg of tylenol and he is so sleepy and not waking up", O),
]

OVERDOSE_KIND = [
    ("mi wawa se comio como diez pastillas de hierro", "poisoning"),
    ("my 2 yo got into the bottle of prenatal vitamins", "poisoning"),
    ("el crio se ha comido un punado de comprimidos de hierro", "poisoning"),
    ("se tomo el blister completo de acetaminofen hace cuatro horas", "poisoning"),
    ("me tome una caja entera de paracetamol esta manana por el dolor de muelas", "poisoning"),
    ("my toddler swallowed 1000 mg of tylenol", "poisoning"),
]
