"""Round 49's Spanish overdose now, and Spanish false alarms (helper f; tests/unit/test_crisis_classes_by_round.py
checks them, key 495). Classes the detector missed or misread, each now read through round 49 (F)'s families in
phrases.py:
(1) a message that opens with a practical question (the hours, the address, the parking) and then tells that
the writer took all of a mood medicine (lithium, a mood stabiliser, an antidepressant) an hour ago and is
trembling or dizzy: an intentional overdose (MOOD_MED_ALL_TAKEN_49F, made intentional in patterns.py);
(2) a whole insulin pen, or two hundred units or more, injected and told as done: an intentional overdose
(INSULIN_PEN_INJECTED_49F, made intentional in patterns.py);
(3) a child or a teen who took a friend's pills at school and now looks drunk, cannot walk or talk, falls
asleep: an overdose now (KID_FRIENDS_PILLS_AT_SCHOOL_49F).
False alarms, ruled out by round 49 (F)'s filters in patterns.py (LOOK_ALIKES): a laughing "me va a dar un
infarto" about a baby who does not sleep, beside a question about breastfeeding; a dish "para matarse" or "de
muerte" (delicious); a teen "borracho de sueno". STILL_EMERGENCIES: the same words with chest pain, a wish, pills.
QUIET holds the families' own look-alikes: the evening insulin dose, a question about how many units are normal,
lithium's tremor asked about as a side effect, the morning's pills taken as prescribed, a daily insulin total.
Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

_MOOD_MED = [
    ("hola, a que hora abren mañana? es que hace una hora me tomé todas las pastillas de litio y estoy temblando", O),
    ("Cual es la direccion de ustedes?? me tome todo el litio como hace una hora y ando bien mareada", O),
    ("buenas, hasta qué hora atienden? me acabé todo el frasco de carbonato de litio hace una hora, no paro de temblar", O),
    ("disculpe, dónde quedan? hace como una hora me tomé todas mis pastillas del estabilizador y ahora estoy muy mareado", O),
    ("a q hora cierran hoy? me tome toda la caja de sertralina hace 1 hora y tengo temblores", O),
    ("Buenas tardes, ¿me da su horario? Hace una hora me tomé todas las pastillas del antidepresivo y me tiembla todo.", O),
    ("donde estan ubicados? me trague todas las de lamotrigina hace una hora y todo me da vueltas", O),
    ("tienen estacionamiento? me tome todas mis fluoxetinas hace una hora y me siento mareadisima", O),
    ("oigan cual es la direccion, me tome todo el frasco de valproato hace una hora, estoy temblando", O),
    ("Hola, abren los domingos? Me tomé toditas las pastillas de litio hace rato y me tiemblan las manos", O),
    ("que horario tienen hoy? hace 1 hr me tome el blister completo de escitalopram, tengo mucho mareo", O),
    ("en que calle estan? me tome todos mis antidepresivos hace una horita y siento que me voy de lado, mareo horrible", O),
]
_INSULIN = [
    ("me inyecté toda la pluma de insulina hace un rato, lo hice a propósito", O),
    ("me puse la pluma de lantus completa en la barriga, no hay vuelta atras", O),
    ("me clave como 280 unidades de la insulina rapida", O),
    ("Me puse 250 unidades de insulina a proposito hace media hora", O),
    ("me pinche todo el pen de insulina rapida, ya no hay vuelta atras", O),
    ("me meti 200 unidades de novorapid", O),
    ("me aplique toda la pluma de insulina hace 20 minutos y ya empiezo a sudar", O),
    ("ya me inyecte la insulina, la pluma completa, para no despertar", O),
    ("me inyecte como 280 unidades de humalog hace una hora", O),
    ("me puse doscientas unidades de insulina de golpe", O),
    ("Me inyecté toda la insulina del pen a propósito y me estoy sintiendo sudorosa", O),
    ("acabo de inyectarme el cartucho completo de tresiba", O),
]
_SCHOOL_PILLS = [
    ("el colegio llamo: mi nene se trago unas pastillas que traia otro chamaco, se tambalea como ebrio", O),
    ("mi hija de 14 tomo pastillas que le dio una compañera en el colegio, no puede hablar y se esta quedando dormida", O),
    ("me llamaron de la secundaria, mi niño se tomo unas pastillas que le dio su amigo, anda como borracho", O),
    ("mi hijo de 12 años se tomó pastillas de un compañero en la escuela, se ve como borracho y se duerme", O),
    ("mi chamaco se tomo unas pastis que le pasaron en la prepa y no puede ni hablar", O),
    ("la maestra dice que mi hija se tomo pastillas de una amiga, esta arrastrando las palabras", O),
    ("mi hijo adolescente tomo unas pastillas de un amigo en el recreo, esta tambaleandose", O),
    ("mi nena de 10 se comio unas pastillas que traia una amiguita en la escuela, parece borracha", O),
    ("mi sobrino de 15 se tomo unas tabletas que le regalo un amigo en clase, no puede caminar y se le cierran los ojos", O),
    ("Mi hijo se tragó pastillas de su amigo en el salón, habla raro como borracho", O),
]
CLASSES = _MOOD_MED + _INSULIN + _SCHOOL_PILLS

LOOK_ALIKES = [
    # a laughing heart attack about a baby who does not sleep
    "mi chiquito se despierta cada hora, me va a dar algo al corazon jajaja, y la lactancia con spravato?",
    "mi bebita no me deja dormir, me va a dar un infarto jajaja, se puede amamantar con ketamina?",
    # a dish to die for
    "ese pastel de chocolate esta para matarse, jaja",
    "el pay de queso de mi suegra esta para matarse, lo recomiendo",
    "los tacos de la esquina estan para matarse, despues de la cita vamos",
    # a teen groggy with sleep
    "mi hijo adolescente anda borracho de sueño todas las mañanas, es normal?",
]

QUIET = [
    "me puse la insulina de la noche, puedo ir a la infusion mañana?",
    "ya me puse la insulina de la noche y cené, a qué hora es mi cita?",
    "cuántas unidades de insulina es normal?",
    "cuantas unidades de insulina es normal ponerse al dia? me preocupa",
    "el litio me da temblor en las manos, es normal?",
    "el litio me da temblor en las manos, es normal? tengo cita el martes",
    "me tome todas las pastillas de la mañana como siempre, el litio me da un poco de temblor",
    "jaja me da un patatus con estos gemelos, no duermen nada. puedo dar pecho?",
    "la comida de la fonda esta de muerte",
    "mi hija parece borracha de sueño en las mañanas, es normal a los 15?",
    "me pongo 200 unidades de insulina al dia, eso afecta la ketamina?",
]

STILL_EMERGENCIES = [
    ("con esta nena que no duerme me va a dar un infarto jaja, pero de veras ahorita me aprieta el pecho y se me duerme el brazo izquierdo", M),
    ("ese pastel esta para matarse jaja, pero ya no quiero vivir", R),
    ("mi hija de 13 se tomo unas pastillas de una amiga en el recreo, parece borracha de sueño y no camina derecho", O),
]

OVERDOSE_KIND = [(text, "overdose_intentional") for text, _ in _MOOD_MED + _INSULIN]

NOT_RULED_OUT = []
