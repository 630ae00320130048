"""Round 34's overdose and medical classes (helper b), English and Spanish (data;
tests/unit/test_crisis_classes_by_round.py checks them): a household, garden or car chemical
swallowed by mistake or with a sign now; a caregiver's word that the person cared for took the
whole week's opioid or sedative doses from the pill organizer, sleepy or breathing slowly; sudden
confusion (talking nonsense, not recognising family, confused since an hour ago); a hand or an
arm caught in a machine at work now. Written here by class, never copied from an evaluation set;
with the look-alikes that must be ruled out or stay quiet, and the emergencies their ordinary
words must not swallow."""

from tests.unit.crisis_classes import M, O, R, S  # noqa: F401

CLASSES = [
    # 1. a household, garden or car chemical swallowed, by mistake or with a sign now
    ("my dad drank weed killer from a water bottle by mistake and now he is vomiting", O),
    ("he took a sip of degreaser thinking it was gatorade and his throat is burning", O),
    ("my husband swallowed paint thinner by accident, his stomach hurts a lot", O),
    ("my uncle swallowed lighter fluid thinking it was water, he keeps coughing and vomiting", O),
    ("mi papa se tomo desengrasante pensando que era gaseosa y le sale sangre de la boca", O),
    ("la nina tomo liquido de limpiar el piso que estaba en una botella de refresco", O),
    ("mi tia se tomo anticongelante por equivocacion y anda como borracha", O),
    ("mi abuela bebio veneno para plantas creyendo que era te, le duele mucho el estomago", O),
    ("se tomo un trago de thinner por error y esta vomitando", O),
    ("deje el desengrasante en una botella de agua y mi papa se lo tomo, esta vomitando", O),
    ("mi suegro tomo herbisida por equivocasion, dice que le quema la garganta", O),
    # 2. a caregiver: the whole week's opioid or sedative doses from the pill organizer, sleepy or slow breathing
    ("my mom's caregiver here, she took the whole week of her oxy from the pill box and she is so sleepy", O),
    ("i care for my grandpa and he took all the week's doses of his morphine out of the pill organizer, breathing 6 a minute", O),
    ("the patient i look after emptied his whole pill organizer, all his hydrocodone, and is breathing really slow", O),
    ("se tomo todas las oxicodonas del pastillero de la semana y esta muy dormida", O),
    ("cuido a mi abuela y se tomo todas las pastillas de la semana de morfina, respira como 6 por minuto", O),
    ("mi papa se tomo todo el pastillero de la semana con el tramadol y no se despierta bien", O),
    # 3. sudden confusion
    ("my mom is suddenly talking nonsense and doesn't know who i am", M),
    ("all of a sudden my husband is speaking gibberish and doesn't recognize me", M),
    ("my grandpa has been confused since an hour ago, he doesn't know where he is", M),
    ("my wife suddenly can't make sense when she talks, it started 30 minutes ago", M),
    ("mi mama de repente esta hablando incoherente y no me reconoce", M),
    ("mi esposo empezo a decir puras incoherencias de la nada y no me reconoce", M),
    ("derrepente mi papa no reconoce a nadie y habla cosas sin sentido", M),
    ("mi tia esta desorientada desde hace rato, no sabe ni su nombre, le paso de golpe", M),
    # 4. a hand or an arm caught in a machine at work now
    ("his hand got caught in the meat grinder at work", M),
    ("my coworker's arm got caught in the press and he is screaming", M),
    ("his arm is stuck in the conveyor belt right now", M),
    ("my finger is crushed in the machine at work and i can't get it out", M),
    ("se le agarro la mano en la maquina de moler", M),
    ("a mi companero se le machuco la mano en la maquina", M),
    ("se le atoro el brazo en la banda transportadora", M),
    ("mi hermano tiene la mano atrapada en la prensa del taller", M),
    ("a mi papa se le metio la mano al molino de carne", M),
    ("se le machucaron los dedos a mi primo en la troqueladora de la fabrica", M),
]

LOOK_ALIKES = [
    "mi abuela tiene alzheimer y hace anos que no reconoce a nadie",
    "in the movie the guy drank antifreeze by mistake",
    "se me machuco la mano con la puerta el mes pasado",
    "vi una pelicula donde alguien se tomo veneno para ratas pensando que era azucar",
]

QUIET = [
    "are cleaning products like bleach safe to use around my dog?",
    "i used bleach to clean the bathroom, is it ok to be in there after?",
    "es seguro usar cloro para limpiar si tengo gatos?",
    "limpie el bano con cloro y desengrasante, puedo ir a la infusion hoy?",
    "i bought a pill organizer for my dad so he takes the right doses",
    "le compre un pastillero a mi mama para sus pastillas de la semana",
    "my grandmother has dementia and hasn't recognized anyone for years, she's in a care home",
    "the meat grinder jammed at work today, nobody got hurt",
    "se trabo la maquina de moler, nadie salio lastimado",
    "my hand got caught in the door last month and it still aches a bit",
    "my elderly mom is sometimes confused in the evenings, her doctor says it's sundowning",
    "de repente me confundi con el horario de mi cita",
    "my dad hurt his hand in a press years ago and has chronic pain now, can ketamine help?",
    "se le atoro la mano a mi papa en una maquina hace anos y ahora tiene dolor cronico",
    "my pill box for the week, can i put ketamine troches in it?",
]

STILL_EMERGENCIES = [
    # the organizer words of round 33's means-for-a-day lookahead do not block an overdose
    ("she swallowed the whole week of xanax from her pill organizer for saturday and sunday, now she won't stay awake", O),
    ("se trago todo el pastillero de la semana, las clonazepam, y respira muy lento", O),
    # bleach first told as a cleaning product, then drunk by mistake
    ("i was cleaning the bathroom with bleach and my son drank some from the cup thinking it was juice, he is throwing up", O),
]
