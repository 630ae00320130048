"""Round 47's merge review (tests/unit/test_crisis_classes_by_round.py checks them, key 476):
(1) a plan to take the means said in so many words ("i have a plan to take the pills tonight", "tengo un
plan para tomarme el fentanilo"): with a time or a quantity a plan with a method (self-harm), without
either the ask tier; one's own medicine taken on a regimen, with a doctor or before a meal, a health
plan, and a denied plan read nothing. Helper e found the gap when its still-emergency texts were missed;
(2) a bare "45" is a .45 pistol only after an article, a possessive or a calibre word ("una 45 en el
cajon", "my 45 loaded"); an age or a sugar reading ("hoy tengo 45,", "tiene 45 de azucar") is a number.
Helpers c and f both found the age and the reading read as a gun;
(3) "estoy bien" dates an attempt as past only when it is said: "no estoy bien" and the intensifier
"estoy bien mal / bien triste" are no recovery (round 46's review left the past marker bare);
(4) choking or drowning told with the signs that follow (blue, not breathing, unconscious) is a medical
emergency, not a bystander's overdose signs with no drug named (helper f's still-emergency text was read
as an overdose); with a drug taken the overdose reading stands. The merged check also narrowed two
filters: a practice drill is a fire, CPR or mock drill, not a power drill or a soldier's drill weekend;
a move is moving away or out, not a chest "barely moving".
Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = [
    # 1. a plan to take the means, with a time or a quantity: self-harm
    ("I have a plan to take the fentanyl I brought home from the shop tonight", S),
    ("i got a plan to take the pills on saturday when everyone is out", S),
    ("i made a plan to take every one of the oxys this weekend", S),
    ("already have a plan to take the xanax tomorrow after my shift, i just wanted someone to know", S),
    ("tengo un plan para tomarme el fentanilo esta noche", S),
    ("ya tengo un plan para tragarme todas las pastillas el viernes", S),
    ("hice un plan para tomarme los percocet mañana cuando se vayan todos", S),
    # ...without either: asked about
    ("i have a plan to take the pills, i have not told anyone", R),
    ("honestly i have a plan to take the heroin, what do people do in that situation", R),
    ("ya tengo un plan para tomarme las pastillas, no se lo he dicho a nadie", R),
    # 2. a .45 after an article, a possessive or a calibre word
    ("tengo una 45 en el cajon y ya no aguanto mas", S),
    ("I keep my 45 loaded next to the bed and I am done", S),
    ("mi esposo tiene su calibre 45 y dice que se va a matar esta noche", S),
    ("there is a loaded 45 in my nightstand and i cannot stop staring at it", S),
    # (the review's own regression check: a sign of life beside a door left open is no pet sitter's key)
    ("neighbor shot up fentanyl, his door is wide open and he is on the floor barely breathing", O),
    # 4. choking or drowning, then the signs
    ("my grandpa choked on a chunk of chicken at dinner, now his lips went blue and he is not breathing", M),
    ("the toddler choked on a hot dog piece, she went limp and is not breathing, what do we do", M),
    ("mi abuelo se atraganto con un pedazo de carne y se puso morado, no respira", M),
    ("el nene se cayo a la piscina del vecino y no respira, esta azul", M),
    ("my nephew fell into the neighbours pool, we pulled him out and he is unconscious and blue", M),
    ("she is not breathing after she choked on a grape, help", M),
]

LOOK_ALIKES = [
    # 2. an age told as a number, nothing else alarming
    "Hoy tengo 46, me siento bien, ¿cuánto cuesta la primera consulta?",
]

QUIET = [
    # 1. one's own medicine on a regimen, with a doctor, before a meal; a health plan; a plan denied
    "i have a plan to take my meds every morning with food, will ketamine change that?",
    "I made a plan to take the medication with my psychiatrist, is that something you coordinate?",
    "i have a plan to take my insulin tonight before dinner, can i still come tomorrow",
    "i have a plan to take the kids to the zoo tomorrow, are you open sunday",
    "tengo el plan del sindicato, cubre las pastillas de la presion?",
    "my plan is to take the pills to the pharmacy tomorrow for a refill",
    "no tengo ningun plan, solo quiero saber el precio de spravato",
    # 2. an age or a reading
    "tengo 45 años, ¿soy muy mayor para la ketamina?",
    "I am 45 and my doctor said to ask about Spravato",
    "my sugar was 145 this morning, does ketamine raise it?",
    "it costs 1.45 a pill at my pharmacy, is the spray cheaper",
    # an exam's practice question about CPR is a study question (round 47 (c)'s CPR family reads a
    # report of now, not a case on a test)
    "studying for my EMT exam, the practice question says a patient is found not breathing, is it CPR or pulse check first?",
]

OVERDOSE_KIND = [
    # 4. a drug taken beside the choking: the overdose reading stands
    ("my brother snorted something at the party and choked, now he is blue and not breathing", "overdose"),
]

STILL_EMERGENCIES = [
    # 3. "no estoy bien" or "estoy bien mal" now, beside an attempt long ago
    ("intente quitarme la vida a los 16, ahora tengo 30 y no estoy bien, tengo las pastillas aqui", S),
    ("me corte de chamaca hace años, ahorita estoy bien mal y tengo la navaja en la mano", S),
]
