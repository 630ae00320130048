"""Round 45's overdose and medical emergencies told by signs (helper b; tests/unit/test_crisis_classes_by_round.py
checks them, key 451), mostly Spanish. New readings (phrases.py, round 45's section, helper b):
(1) a friend who took pills or a party drug ("unas pastillas", "algo", "tachas", "molly", "extasis") at a
party, a club, a rave or a festival and is now having a seizure or a fit and burning hot: an overdose (O),
no longer medical only;
(2) a small child who drank a children's fever or pain medicine (Tylenol infantil, paracetamol, Motrin,
"jarabe para la fiebre", kids fever syrup), told with an amount (the bottle, all of it, "entero", "un
monton"): an overdose with the Poison Help steps (OVERDOSE_KIND "poisoning");
(3) an insecticide, a roach or rat poison, a pesticide or a weed killer swallowed by mistake, told with
the mistake or a sign (drooling, shaking, vomiting): an overdose with the Poison Help steps (OVERDOSE_KIND);
(4) a diabetic spouse, parent or grandparent sweating, confused, talking nonsense, or unable to swallow
juice or candy: a severe low blood sugar, a medical emergency (M);
(5) a nasal ketamine dose taken at home for the first time, then the heart pounding, the room spinning
and no full breath, told one short thought a line: a medical emergency (M).
No look-alike filter was added: the look-alikes (whether kids' Tylenol is safe, a past party, a diabetic
asking what to eat, roaches in the building, dizziness after a clinic dose that passed) stay QUIET.
Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

_PARTY = [
    "mi amigo se tomó unas pastillas en la fiesta y ahora está convulsionando y está ardiendo",
    "mi amiga tomo pastillas en una fiesta y ahora le dan convulsiones y esta hirviendo",
    "mi carnal se metio unas pastillas en el antro, esta convulsionando y esta caliente caliente",
    "se tomaron unas pastas en la fiesta y mi amigo esta teniendo un ataque y esta bien caliente",
    "mi prima se tomo unas pastillas en el reventon, esta temblando como convulsion y arde en fiebre",
    "mi amigo tomo unas tachas en la fiesta y ahora esta convulsionando, esta ardiendo",
    "mi amigo tomó éxtasis en el antro y está convulsionando y quemando de calor",
    "mi novio se tomo algo en la disco y se puso a convulsionar, esta hirviendo en calentura",
    "mi compa se metio un molly en el rave\nesta convulsionando\nesta bien caliente",
    "my friend took some pills at a party, now she's convulsing and her skin is burning hot",
    "my roommate popped something at the club and now hes having a fit and hes boiling hot",
    "we were at a festival and my friend took pills, now shes seizing and hot as fire",
]
_KID_MED = [
    "mi hija se tomo el paracetamol infantil entero",
    "mi hijo se tomo el jarabe para la fiebre completo",
    "mi niña se bebió el jarabe del dolor, todo el frasco",
    "mi nene de 2 anitos se tomo casi todo el tylenol infantil",
    "el bebe se acabo el frasco de tempra, se lo tomo todo",
    "mi hijo se tomó un montón de jarabe para la fiebre",
    "my son drank most of the children's motrin bottle",
    "my 4yo drank a whole bottle of kids fever syrup",
    "my toddler got into the infant tylenol and drank it all",
    "my daughter chugged a bunch of the childrens acetaminophen, the bottle is almost empty",
]
_PEST = [
    "mi papa se tomo el veneno de cucarachas por error y esta babeando y temblando",
    "se tomo el matayerbas por equivocacion y esta vomitando",
    "mi abuelo tomo plaguicida por error, esta babeando, temblando y vomitando",
    "mi esposo se tomo el insecticida pensando que era agua, esta vomitando y babeando",
    "la nena se comio el veneno para hormigas sin querer y esta babeando",
    "mi tio se tomo un trago de herbicida por error, esta temblando",
    "my son swallowed roach poison and he's drooling and shaking",
    "my daughter ate some of the roach bait, she's drooling",
    "my uncle drank roundup by accident, he's throwing up and shaking",
    "my husband accidentally drank bug spray, hes drooling and shaking",
    "my grandpa drank weed killer by mistake, he keeps vomiting",
]
_DIABETIC = [
    ("mi suegro tiene diabetes, esta todo sudado y confundido, habla incoherencias y no le pasa ni el jugo", M),
    ("mi abuela diabetica esta sudada y dice puras incoherencias, no se puede tragar el dulce", M),
    ("mi abuela diabetica esta empapada en sudor, no me responde bien y no puede tragar el dulce que le di", M),
    ("mi marido tiene azucar, esta sudando, esta confundido y no puede pasarse el jugo", M),
    ("mi mama tiene diabetes, esta toda sudada y confundida y no se puede tomar el jugo", M),
    ("my diabetic wife is all sweaty and talking nonsense and she won't drink the orange juice", M),
    ("my mom is type 2, she's soaked in sweat and confused and can't swallow the juice", M),
    ("my father is diabetic, soaked in sweat, confused and cant swallow the candy i gave him", M),
    ("my diabetic husband is sweating like crazy and not making sense", M),
]
_KETAMINE_HOME = [
    ("first time doing the nasal ketamine at my apartment\nchest pounding hard\neverything spinning\ncant catch my breath", M),
    ("first dose of ketamine at home\nheart pounding out of my chest\nroom won't stop spinning\ncan't catch a full breath", M),
    ("first time trying my prescribed k spray at home\nheart racing so hard\nroom keeps spinning\ncannot get a deep breath", M),
    ("I did my first at home ketamine dose\nheart hammering\nthe room spinning\nnot getting enough air", M),
    ("used the nasal spray at home first time.\nmy heart wont stop pounding\neverything spinning\ni cant take a full breath", M),
    ("did my at-home ketamine for the first time\nheart racing\neverything is spinning\ncannot get enough air", M),
    ("home ketamine session, first one\nroom spinning\nheart thumping\ncant get a full breath in", M),
    ("ketamine at home tonight, my first\ncant get a full breath\nheart pounding", M),
]

CLASSES = ([(t, O) for t in _PARTY] + [(t, O) for t in _KID_MED] + [(t, O) for t in _PEST]
           + _DIABETIC + _KETAMINE_HOME)

LOOK_ALIKES = []

QUIET = [
    "Is children's Tylenol safe for my 2 year old?",
    "is it ok to give my son kids motrin before his appointment",
    "my daughter took her children's tylenol this morning for a fever, can she still come",
    "how much infant tylenol can a 1 year old take",
    "el jarabe para la fiebre es seguro para mi hija de 3 anos?",
    "le di paracetamol infantil a mi hijo, puede venir a la cita?",
    "we have roaches in the building, what poison is safe",
    "hay cucarachas en el edificio, que veneno puedo usar sin peligro para mis hijos",
    "the landlord sprayed roach poison in the apartment, is the smell dangerous for my session",
    "mi vecino fumigo con insecticida, tengo que cambiar mi cita?",
    "we put out rat poison in the garage, any advice to keep the kids away",
    "I'm diabetic, what should I eat before my visit",
    "soy diabetica, que debo comer antes de mi sesion de ketamina",
    "my mom is diabetic and sometimes gets sweaty when her sugar drops, should she bring candy to the session?",
    "felt dizzy after my dose at the clinic but it passed",
    "my heart was racing after the ketamine at the clinic but it settled in 20 min",
    "is it safe to do ketamine at home for the first time?",
    "last year at a party I took molly",
    "el ano pasado en una fiesta mi amigo tomo tachas y convulsiono, estaba hirviendo",
    "my friend went to a party last night, took some pills, she's fine today, can she still come to her appointment",
]

STILL_EMERGENCIES = []

# Which overdose guidance: a children's fever or pain medicine and a pesticide or a roach or rat poison
# swallowed get the Poison Help steps.
OVERDOSE_KIND = [(t, "poisoning") for t in _KID_MED + _PEST]
