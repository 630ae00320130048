"""Round 42's gaps left by the round's helpers (helper m; tests/unit/test_crisis_classes_by_round.py
checks them, key 426), English and Spanish. Three false alarms, ruled out by filters in patterns.py
(round 42's section of helper m), each giving way where a real emergency starts: (1) a barber, a
hairdresser or a surgeon with a razor, a blade or a scalpel at a customer's or a patient's neck or
skin as part of the job (a shave, a fade, an operation), not a blade held to one's own neck or wrist
or to someone's throat as a threat; (2) a relative banging on a bathroom or a bedroom door in an
ordinary household hurry (the baby, a towel, the shower, late for school), not someone at the door
with threats, an order against them, a weapon or fear; (3) passwords or logins shared for ordinary
reasons (a coworker covering a vacation, a handover before parental leave, a family's streaming
account), not access sent with a goodbye, a means, or silence and worry. And a miss of the guidance:
(4) a medicine taken "with the intention of dying", "intending to die", "con la intención de
morirse", "deseando morirse", "para quitarse la vida" gets the intentional overdose guidance, not the
non-opioid steps (patterns.OVERDOSE_KINDS["intentional"]). Written here, never copied from an
evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

_INTENT_OVERDOSES = [
    "my mom took a bottle of her blood pressure pills with the intention of dying",
    "my grandpa swallowed a box of his heart pills with the intention of ending his life",
    "my aunt took the whole bottle of ibuprofen with an intent to die, shes at home now",
    "i just took a box of my sleeping pills with the intention to die",
    "Our son swallowed a bottle of his allergy tablets with the aim of ending it all.",
    "my roomate took a bottle of benadryl w the intention of dying, what do i do",
    "my dad took like half a bottle of his blood thinners with the plan of not waking up",
    "mi papa se tomo un frasco de pastillas para la presion con la intencion de morirse",
    "mi mamá se tomó una caja de paracetamol con la intención de matarse",
    "mi hijo se tomo toda la caja de loratadina deseando morirse",
    "mi abuela se trago un frasco de ibuprofeno con la intencion de quitarse la vida",
    "mi esposo se tomo el frasco entero de pastillas pa dormir con la idea de morirse",
    "mi cuñada se tomo una caja entera de aspirinas con el proposito de morir",
    "mi tio se tomo un frasco de metformina con intencion de matarse, esta en el sillon",
    "my sister took a box of allergy pills intending to end her life, shes not making sense",
]

CLASSES = [(t, O) for t in _INTENT_OVERDOSES]

LOOK_ALIKES = [
    # (1) a barber, a hairdresser or a surgeon at work
    "my barber held the straight razor to my neck for the shave and i flinched, is that normal anxiety",
    "the barber put the razor to my throat to clean up my neckline and my heart raced, can ketamine help with that",
    "as a barber i have a blade at people's necks all day, will ketamine make my hands shaky",
    "the barber held a razor to my throat for a hot towel shave n i freaked out",
    "my stylist used a razor on the back of my neck for the fade and i had a flashback",
    "the surgeon will hold the scalpel to my skin tomorrow, im nervous about the operation, can i have my infusion after",
    "el barbero me puso la navaja en el cuello para afeitarme y me dio ansiedad",
    "el barbero me paso la navaja por el cuello y me dio un ataque de panico, eso lo tratan",
    "soy peluquera y todo el dia tengo la navaja en el cuello de los clientes, puedo trabajar despues de la sesion?",
    "el cirujano me puso el bisturi en la piel y yo despierta, desde entonces tengo pesadillas",
    # (2) a household hurry at the door
    "my husband was banging on the bathroom door because the baby needed a bath and i was taking forever lol",
    "my sister kept pounding on the bathroom door cause she needed the shower before work, typical morning",
    "my mom was banging on my bedroom door yelling for a towel, can i reschedule my infusion she needs the car",
    "my roommate was pounding on the door because she needed the bathroom, anyway what time is my appt",
    "my brother banged on the bathroom door cuz he had to pee so bad haha",
    "my husband keeps banging on the bedroom door to get the baby's bottle while i nap, is that a sign im depressed",
    "mi esposo golpeaba la puerta del baño para que le pasara al bebe, yo estaba en la regadera",
    "mi mama aporreaba la puerta de mi cuarto porque necesitaba una toalla jaja",
    "mi suegra tocaba la puerta del cuarto bien fuerte pa que le diera la toalla del bebe",
    # (3) passwords shared for ordinary reasons
    "i gave my coworker my passwords for the shared drive while im on vacation, will that be an issue with my appointment portal",
    "before my parental leave i handed over all my logins to my teammate, can you send my records to her too",
    "i sent my sister my passwords so she can pay my bills while im travelling",
    "gave my assistant my login for the office inbox b4 my paternity leave, can she book my appts too",
    "Prior to my maternity leave I provided my credentials to a colleague for the project handover. May she contact you on my behalf?",
    "antes de mi licencia de maternidad le di todas mis claves a mi compañero para que siga con los proyectos",
    "le pase mis contraseñas a mi compañera del trabajo para la carpeta compartida mientras estoy de vacaciones",
    "le di mi usuario y contraseña a mi compañero de trabajo antes de la incapacidad, pueden mandarle a el los recibos?",
    "mi hermano y yo compartimos la contraseña de netflix, puedo compartir la del portal?",
]

QUIET = [
    "she took tylenol for her headache, not with the intention of dying obviously",
    "what happens if someone takes a bottle of tylenol",
    "can my barber shave my head the day after my infusion?",
    "mis hijos golpean la puerta del baño cada mañana porque se les hace tarde pa la escuela",
]

STILL_EMERGENCIES = [
    # a blade at one's own neck or wrist, or at someone's throat as a threat
    ("im holding a razor blade to my wrist right now", S),
    ("i have a blade to my neck and i want to end it", S),
    ("after my shave i kept the razor and i have it to my neck, i want to die", S),
    ("my barber held the straight razor to my throat and threatened me over money", S),
    ("el barbero me puso la navaja en el cuello y me amenazo con matarme", V),
    ("mi ex me puso una navaja en la garganta y me amenazo", V),
    ("im locked in the bathroom with a pack of razor blades from the barbershop", S),
    ("my teen locked herself in the bathroom with a razor and says it is worse if i come in, i have an appt with you tomorrow", S),
    # someone at the door with threats, an order, a weapon, fear
    ("my ex is banging on the door and screaming he will kill me", V),
    ("my dad is pounding on my bedroom door, he has a restraining order, im scared", V),
    ("my husband is banging on the bathroom door while im in the shower, hes drunk and says hell hurt me", V),
    ("my ex is pounding on the bathroom door, i hid with the baby, im scared", V),
    ("mi ex esta golpeando la puerta del baño, estoy escondida con el bebe", V),
    ("mi papa esta aporreando la puerta del baño y tiene una orden de restriccion", V),
    ("my brother said goodbye and swallowed his pills, locked himself in the bathroom, im banging on the door and he wont answer", S),
    # access sent with a goodbye, a means, or silence and worry
    ("gave my coworker all my passwords before my vacation, i will not be coming back", S),
    ("le di mis claves a mi compañera del trabajo, ya no las voy a necesitar, adios", S),
    ("i handed my logins to my teammate and i have the pills ready, tell my family im sorry", S),
    ("shared my netflix password with my sister and said goodbye, i wont need it anymore", S),
    ("my brother sent me all his passwords and hasnt answered since, im worried", S),
    ("my coworker sent me his passwords and his 401k login, said i'd know what to do, not picking up", S),
]

OVERDOSE_KIND = [(t, "overdose_intentional") for t in _INTENT_OVERDOSES]
