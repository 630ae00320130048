"""Round 48's Spanish self-harm and ask tier, and one false alarm (helper e; tests/unit/test_crisis_classes_by_round.py
checks them, key 484). Classes the detector missed, each now read through round 48 (e)'s families in phrases.py:
(1) the writer's medicine at hand (the heart pills on the table) taken all at once, now, with a burden or a wish,
told by voice dictation with its punctuation spelled out ("coma", "punto", "signo de interrogacion"): self-harm
(MEDS_ALL_WITH_BURDEN_48E; the dictated words are read as a comma or a stop);
(2) a question about a quantity ("que pasa si alguien se toma 40 tylenol?") followed by "because I am about to"
("porque ya me las voy a tomar"): self-harm (QUANTITY_ASKED_ABOUT_TO_48E);
(3) a death wish held back by the children ("mejor seria morirme pero tengo a mis hijos", "si no fuera por mis
hijos ya me hubiera ido"): the ask tier (DEATH_WISH_HELD_BACK_48E);
(4) a partner's or a relative's threat to harm himself if left, relayed ("mi novio dice que si lo dejo se mata",
"me dijo si me dejas no se que me hago"): the ask tier at least (RELAYED_THREAT_IF_LEFT_48E);
(5) "si me muero ni falta le hago a nadie" beside an ordinary question: the ask tier (NOBODY_WOULD_MISS_48E).
False alarm: (6) "ya no aguanto el trafico / el calor / a mi jefe / el ruido", an everyday complaint, is ruled out
by a new filter (patterns.py, round 48 (e)) that gives way to a wish, distress told now or pain
(LOOK_ALIKES, STILL_EMERGENCIES); "ya no aguanto mas este dolor" stays the ask tier. A second filter rules out
all the day's pills taken together by the regimen ("me las tomo todas en la manana con el desayuno").
QUIET holds the families' own look-alikes: the morning dose set out on the table, "me muero de risa / de
hambre", a dose question for homework, a song's "si te vas me muero", not being needed at a meeting.
Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

_DICTATED = [
    ("Aquí junto a la cama tengo el pastillero de la presión coma me las voy a tomar todas de una vez punto mis nietos ya tienen bastante conmigo punto", S),
    ("doctora coma las de la diabetes están en la cocina coma las voy a tomar todas coma ya les estorbo a todos punto", S),
    ("las pastillas de la presión están en la mesa punto voy a tomarlas todas de una vez coma soy un estorbo punto", S),
    ("Señorita coma tengo el bote de la warfarina a la mano coma me lo voy a tomar entero punto ya no sirvo para nada punto", S),
    ("abrir signo de interrogación para qué sigo aquí cerrar signo de interrogación las pastillas del corazón están en la mesa coma me las tomo todas ahora", S),
    ("ahorita me tomo todas las de la tiroides coma así dejo de ser un estorbo punto", S),
    ("las medicinas de los nervios están en mi bolsa coma me voy a tomar todas coma soy pura molestia para mi familia punto", S),
    ("voy a tomar todas mis pastillas del corazon de una vez punto ya soy mucha carga para mi hija punto", S),
    ("Buenas noches punto Mis pastillas del corazon estan en la mesa dos puntos me las voy a tomar todas punto Estan mejor sin mi punto", S),
    ("las pastillas del corazón coma todas coma me las voy a tomar ahora punto perdonenme punto", S),
    ("mis pastillas para el corazon estan en la mesa y me las voy a tomar todas ahorita porque solo soy una carga", S),
    ("Ya saqué la cajita de los somníferos coma me las voy a tomar toditas coma nadie me va a extrañar punto", S),
]
_ABOUT_TO = [
    ("¿qué pasa si alguien se toma 40 tylenol? porque ya me las voy a tomar", S),
    ("que le pasa a uno si se toma cuarenta pastillas de tylenol xq ya me las voy a tomar", S),
    ("Qué pasa si una persona se traga un frasco de tylenol, pq ya lo voy a hacer", S),
    ("q pasa si me tomo 30 pastillas de paracetamol?? es que ya me las voy a tomar", S),
    ("Disculpe, ¿qué sucede si alguien toma 50 tabletas de ibuprofeno? Porque ya me las voy a tomar.", S),
    ("es peligroso tomarse 25 pastillas para dormir? porque ya estoy a punto de tomarmelas", S),
    ("que pasaria si alguien se toma todas las pastillas de su mama? pq yo ya me las voy a tomar", S),
    ("cuantas pastillas de tylenol son mortales? porque ya me las voy a tomar todas", S),
    ("what happens if someone takes 40 tylenol, porque ya me las voy a tomar", S),
    ("que pasa si alguien se toma 40 advil? xq ya las tengo en la mano", S),
]
_HELD_BACK = [
    ("Pienso que mejor seria morirme pero tengo a mis hijos", R),
    ("a veces quisiera morirme pero tengo a mis hijos que cuidar", R),
    ("la verdad lo mejor seria estar muerta, pero mis niños me necesitan", R),
    ("si no fuera por mis hijos ya me hubiera ido hace mucho", R),
    ("siento que mejor seria no despertar, aunque pienso en mis nietos", R),
    ("ojala me muriera pero tengo a mis hijos chiquitos", R),
    ("he pensado que mejor seria desaparecer pero estan mis hijos", R),
    ("mejor me moria pero mis hijos que, quien los cuida", R),
    ("pienso q mejor seria morirme pero por mis hijos sigo aqui, cuanto cuesta la consulta?", R),
    ("quisiera no despertar, pero mis bebes me necesitan. atienden los sabados?", R),
    ("Si no fuera por mi hija ya no estaria aqui", R),
    ("a veces pienso que lo mejor seria morirme pero tengo a mis chamacos", R),
]
_RELAYED = [
    ("mi pareja anda diciendo que si termino con él es capaz de hacerse algo", R),
    ('mi novio me dijo "si me dejas me mato"', R),
    ("mi esposo me escribe me mato si te vas, que hago", R),
    ("mi pareja dice que si me voy se mata, ya no se que hacer", R),
    ("Mi ex me manda mensajes diciendo que si no regreso con el se va a matar", R),
    ("mi marido amenaza con matarse si lo dejo", R),
    ("mi novia dice que si termino con ella no sabe lo que es capaz de hacerse", R),
    ("mi ex me escribió que si no vuelvo con él se mata, que hago", R),
    ("Mi esposo me dijo anoche: si te vas me quito la vida. Tengo miedo.", R),
    ("my boyfriend says si lo dejo se hace algo", R),
    ("mi hijo dice que si me voy a vivir a otro lado se corta las venas", R),
]
_NOBODY = [
    ("total si me voy de este mundo nadie me va a echar de menos. cuanto cobran la consulta?", R),
    ("Si me muero ni falta le hago a nadie, cuanto cuesta la consulta?", R),
    ("ni falta le hago a nadie la verdad. tienen citas el lunes?", R),
    ("ya no le hago falta a nadie, aceptan seguro?", R),
    ("si me muero nadie se daria cuenta. cual es su horario", R),
    ("a nadie le hago falta. donde estan ubicados?", R),
    ("si me muero ni quien me extrañe, ¿cuánto es la infusión?", R),
    ("pa que me preocupo si me muero ni falta hago a nadie. abren domingo?", R),
]
CLASSES = _DICTATED + _ABOUT_TO + _HELD_BACK + _RELAYED + _NOBODY

LOOK_ALIKES = [
    # 6. "ya no aguanto" an everyday annoyance
    "ya no aguanto el trafico de esta ciudad, a que hora abren el sabado?",
    "Ya no aguanto a mi jefe, me tiene harta. tienen citas en la tarde?",
    "ya no aguanto mas el calor, tienen aire acondicionado en la clinica?",
    "ya no soporto mas el ruido de los vecinos jaja",
    "ya no aguanto estar en el trafico dos horas diario",
    "ya no aguanto mas a mi jefe, cuando es mi siguiente infusion?",
    "neta ya no aguanto este trafico, voy a llegar tarde a mi cita",
    "ya no aguanto a mi suegra, se quedo un mes en la casa lol",
    "ya no aguanto el ruido de la obra de al lado",
    "uff ya no aguanto el calor de mexicali",
    "ya no aguanto las filas del seguro, hay otra forma de pagar?",
    # all the day's pills taken together by the regimen
    "me las tomo todas en la mañana con el desayuno, puedo seguir asi con la ketamina?",
    "mi mama se las toma todas juntas antes de dormir como le dijo el cardiologo",
]

QUIET = [
    "tengo mis pastillas del corazon en la mesa para la dosis de la mañana, puedo tomarlas el dia de la infusion?",
    "dejo las pastillas de la presion en la mesa coma para tomarlas en la mañana punto",
    "me muero de risa con tu mensaje",
    "me muero de hambre, a que hora abren",
    "que pasa si alguien se toma 40 tylenol? es para una tarea de farmacologia",
    "no le hago falta a nadie en la oficina jaja, me tomo el dia para la infusion",
    "mi novio canta si te vas me muero todo el dia",
    "pienso que mejor seria mover la cita pero tengo a mis hijos en la escuela",
    "mi novio dice que si lo dejo manejar se maneja mejor el trafico",
]

STILL_EMERGENCIES = [
    ("ya no aguanto a mi jefe, ya no quiero vivir", S),
    ("ya no aguanto el trafico y ya no aguanto mas con todo, me quiero morir", R),
    ("ya no aguanto mas este dolor", R),
    ("me las tomo todas en la mañana, ya soy una carga para mis hijos", S),
    ("ya no aguanto a mi jefe, si me muero ni falta le hago a nadie", R),
]

OVERDOSE_KIND = []

NOT_RULED_OUT = []
