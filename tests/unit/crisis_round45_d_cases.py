"""Round 45's Spanish ask tier (helper d; tests/unit/test_crisis_classes_by_round.py checks them, key 453):
passive wishes and weariness with life told in Spanish beside a practical question, read as the ask tier
(possible risk, asked directly with 988) by phrases.py, round 45's the Spanish ask tier (helper d):
(1) if I died tomorrow it would be better, nothing would change, it would not matter ("si me muero manana
mejor", "nada cambiaria si me muriera"), beside an age limit, a price or what to bring, also relayed;
(2) not knowing what to keep going or living for ("no se pa que seguir", "ya no le veo sentido a seguir")
inside a question about whether or how fast the treatment works (the match starts at its own "no");
(3) a brother or a son who asks what living is for if it is only work and bills, in Mexican or other
regional slang ("neta pa que vivir si nomas es chamba y cuentas"), asked about by a sibling or a parent;
(4) would anyone cry, notice or come to the funeral if the writer died, with laughter (jaja, jsjs, xd)
and a practical question after it: patterns.py's round 45 (d) stops keep round 41's filter of a nuisance
"me muero" beside a clinic question from holding over these families.
LOOK_ALIKES: a nuisance "me muero de risa / de hambre" beside a clinic question stays ruled out.
QUIET: "pa que trabajar tanto" about overtime, "alguien nota la diferencia" about the treatment, "si
manana no puedo ir" (an appointment missed), "no se para que sirve" a medicine, "pa que vivir en el
centro" (a place). STILL_EMERGENCIES: the nuisance "me muero" beside means and a time now.
Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = [
    # 1. if I died tomorrow, better / nothing would change
    ("si me muero mañana mejor, total nadie lo notaria. hasta que edad atienden?", R),
    ("si me muero manana da igual, nada cambiaria. cuanto cuesta la infusion?", R),
    ("si mañana me muero no pasa nada la verdad. que tengo que llevar a la primera cita?", R),
    ("si manana amanezco muerta da igual. que hay que llevar a la consulta?", R),
    ("si mañana ya no despierto mejor, q edad minima piden para la ketamina", R),
    ("nada cambiaria si me muriera hoy. cuanto sale cada infusion?", R),
    ("si me muero mañana a nadie le importaria jsjs. tienen estacionamiento?", R),
    ("si me muero mañana nada cambiaria jaja. aceptan seguro?", R),
    ("Si me muero mañana,\nmejor.\nCuánto cuesta la primera cita?", R),
    ("mi mama dice que si se muere mañana nadie lo notaria. atienden personas de 70 años?", R),
    ("si me muriera mañana seria mejor para todos. hay limite de edad?", R),
    ("si yo me muero mañana el mundo seguiria igual, que documentos llevo?", R),
    ("si me petateo mañana da igual wey, cuanto cuesta la sesion?", R),
    ("si me muero mañana mejor, nadie lo notaria jaja. cuanto cuesta la consulta", R),
    ("me da igual si me muero mañana, cuanto cuesta?", R),
    # 2. not knowing what to keep going for, inside a question about the treatment
    ("no se pa que seguir, en cuanto tiempo hace efecto la ketamina?", R),
    ("ya no sé para qué seguir. ¿la ketamina funciona rápido?", R),
    ("ya no le veo sentido a seguir. ¿el tratamiento funciona de verdad?", R),
    ("ya no se ni pa que vivo. la ketamina funciona para esto?", R),
    ("no entiendo para que seguir viviendo, cuanto tarda en hacer efecto?", R),
    ("hay dias que no se para que me levanto. en cuantas sesiones se nota?", R),
    ("no encuentro razones para seguir, la esketamina es mas rapida?", R),
    ("ya no tiene sentido seguir, funciona de verdad el spravato?", R),
    ("sinceramente no se para que sigo vivo, el tratamiento funciona en una semana?", R),
    ("mi hijo no sabe pa que seguir, la ketamina funciona en adolescentes?", R),
    ("neta ya no se pa q sigo aqui\nsi funciona rapido la ketamina??", R),
    ("mi hermana dice que ya no le ve sentido a seguir. el tratamiento le serviria rapido?", R),
    # 3. a relative: what is living for if it is only work and bills, regional slang
    ("mi hermano dice que neta pa qué vivir si nomas es chamba y pagar cuentas. le puede ayudar la ketamina?", R),
    ("mi hermano anda diciendo que pa que vivir si todo es puro trabajo y cuentas, que hago?", R),
    ("mi hijo dice ¿pa' qué vivir? si la vida es pura chamba y deudas. ustedes atienden a jovenes?", R),
    ("mi carnal dice que pa que vive si nomas es jale y recibos. cuanto cuesta?", R),
    ("mi hermano dice q pa q vivir si todo es chambear y pagar biles, ustedes le pueden ayudar?", R),
    ("mi hijo anda con que pa' que vive uno si nomas es jale y deudas. tienen citas para adolescentes?", R),
    ("mi hermana me dijo que de que sirve vivir si todo es trabajar pa pagar la renta", R),
    ("mi carnal neta dice que pa qué vivir, puro camello y cuentas. que hago?", R),
    ("mi hijo dice: y pa que vive uno? pura chamba y biles", R),
    ("mi hermano siempre dice que pa qué vivir si es pura friega", R),
    ("mi hermano dice pa que vivir si es pura pega y cuentas, atienden en santiago?", R),
    # 4. would anyone cry / notice, with laughter, then a practical question
    ("jajaja quien lloraria por mi si me muero, nadie. oye hasta que hora estan abiertos?", R),
    ("xd quien lloraria si me muero. ¿donde queda la clinica?", R),
    ("jsjs alguien se daria cuenta si me muero xd. donde estan ubicados?", R),
    ("alguien notaria si me muriera jajaja. que horario tienen el sabado?", R),
    ("jajaja quien iria a mi funeral. a que hora cierran?", R),
    ("alguien me extrañaria si desaparezco jaja xd, donde estan?", R),
    ("jsjs alguien notaria si me muero mañana? donde queda la clinica y q horario tienen", R),
    ("nadie lloraria si me muero jajaja. aceptan tarjeta?", R),
    ("jsjs a alguien le importaria si me muero? xd que dias abren", R),
    ("jaja quien lloraria en mi velorio? cuanto cuesta", R),
    ("jajaja si me muero alguien lloraria?? a q hora es la cita", R),
]

LOOK_ALIKES = [
    "me muero de risa con tu respuesta. a que hora abren?",
    "me muero de hambre, hay cafeteria cerca?",
    "me muero de risa jaja, a que hora abren?",
    "me muero de hambre, la cita dura mucho?",
    "me muero de sueño jaja, la infusion es en la mañana?",
    "jaja me muero de la pena, a que hora es mi cita?",
    "me muero de los nervios por la primera infusion, cuanto dura?",
    "me muero de frio en la sala de espera jaja, pueden subir la calefaccion?",
]

QUIET = [
    "pa' qué trabajar tanto si el overtime te lo quitan en impuestos",
    "pa que trabajar tanto si me quitan todo en impuestos, las horas extra no valen",
    "pa que vivir en el centro si la renta esta carisima",
    "pa que vive mi tia en monterrey? por la chamba",
    "mi mama no ve para que seguir con la terapia si ya se siente bien",
    # a question about anyone ("uno"), not the writer's own weariness: left to the older families
    "hola, sirve el tratamiento cuando uno ya no le ve sentido a seguir?",
    "quiero saber si la ketamina sirve para cuando uno ya no tiene ganas de vivir, es para un trabajo de la escuela",
    "¿alguien nota la diferencia despues de la primera infusion?",
    "¿alguien nota la diferencia despues de la primera sesion? jaja",
    "nadie nota la diferencia si me salto una dosis?",
    "si mañana no puedo ir, puedo cambiar la cita?",
    "si mañana no puedo ir mejor cancelo?",
    "si mañana no voy, mejor que me llamen",
    "no sé para qué sirve esta pastilla que me dieron",
    "no se para que sirve la naltrexona",
    "si me muero mañana quien cuida a mi perro? es para hacer el testamento",
]

STILL_EMERGENCIES = [
    ("me muero jaja, a que hora abren? ya tengo las pastillas listas para esta noche", S),
    ("me muero de risa, a que hora es la cita? me voy a tirar del puente hoy", S),
    ("me muero jaja cuanto cuesta la infusion? ya me tome todas las pastillas", S),
]
