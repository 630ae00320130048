"""Round 46's Spanish ask tier, and a wish with the means at hand (helper d; tests/unit/
test_crisis_classes_by_round.py checks them, key 463), read by phrases.py and patterns.py, round 46's
section (helper d):
(1) wanting to go away from everything, said not to be a trip ("quiero irme, no de viaje, de todo", "de
esta vida", "para siempre"), inside a question about care without papers or insurance: the ask tier;
(2) an ask-tier wish (no reason to live, no meaning left, nothing to live for) told beside a lethal means
at hand now (a gun on the table, pills counted out, a rope ready), in either order, in Spanish or
English, also relayed: a suicide emergency (self-harm), no longer the ask tier;
(3) relayed by a carer, a nurse or a child: an older man who gave away his medals or prized things, has
many pills (or a gun) and says he will go be with his late wife tonight, today or this weekend: a
suicide emergency (self-harm);
(4) "muerto/a de cansancio", "muerta del sueño", "me muero de hambre" in forms the older nuisance filters
missed (muertisima, morida, del sueño, a typo) beside a price or appointment question: ruled out, so
that DIET and the risk model do not read it as the ask tier (LOOK_ALIKES).
QUIET: a trip, a holiday, a job or a move ("se quiere ir a vivir con mi tia", "irme para siempre a
mexico"); a gun collector asking about storage; medals given to a museum or a hall; things given away
for a move to assisted living. STILL_EMERGENCIES: the tiredness beside a means and a time now.
Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = [
    # 1. going away from everything, not a trip, with a question about papers or insurance
    ("buenas, la verdad ya quiero irme para siempre, y no hablo de vacaciones. me dan cita aunque no tenga documentos?", R),
    ("la verdad quiero irme para siempre, pero primero pregunto si atienden a gente sin seguro", R),
    ("ya me quiero ir de aqui, de esta vida. cobran mucho si uno no tiene aseguranza?", R),
    ("ya me quiero ir de esta vida, no estoy hablando de un paseo. se necesita seguro social para la primera consulta?", R),
    ("quisiera irme y ya no volver, de esta vida digo. aceptan pacientes indocumentados?", R),
    ("ya me kiero ir de todo. tienen precio para gente sin seguro medico?", R),
    ("mi hermano repite que se quiere ir de este mundo y no volver, no es de paseo. le cobran si no tiene estatus?", R),
    ("ya me quiero ir pa siempre. hay ayuda si no tengo papeles?", R),
    ("Me quiero ir de esta vida ya.\nCuánto sale la consulta sin insurance?", R),
    ("i just want to go, not on a trip, from everything. do u take people without papers", R),
    ("quiero irme, y no hablo de vacaciones. ustedes atienden sin seguro?", R),
    ("nomas quiero irme de todo y de todos. necesito social security para la cita?", R),
    ("solo quiero irme pa' siempre, no de paseo. me cobran si no tengo seguro??", R),
    # 2. an ask-tier wish with a lethal means at hand now, either order
    ("no tengo pa que vivir. el revolver esta aqui en la mesa", S),
    ("no tengo pa' qué vivir, tengo todas las pastillas aqui en la mano", S),
    ("ya no le veo sentido a seguir. tengo el frasco de pastillas abierto aqui", S),
    ("no tengo pa que vivir. tengo 40 pastillas contadas aqui", S),
    ("la soga ya esta amarrada. ya no tengo razon para seguir", S),
    ("no le encuentro sentido a nada y estoy contando las pastillas en la cama", S),
    ("there's no reason to live. gun is on the table in front of me", S),
    ("no reason to live anymore and i have the pills counted out right here", S),
    ("the rope is tied and ready, i just have nothing left to live for", S),
    ("mi papa dice que no tiene para que vivir y tiene el revolver cargado en la mesa", S),
    ("my brother says there is no point in living and he has his pills lined up on the desk", S),
    ("i dont see the point of living. loaded my dads pistol, its next to me", S),
    ("ya no encuentro motivo para vivir... tengo las pastillas separadas sobre la mesa", S),
    # 3. an older man relayed: treasured things given away, many pills, a time word
    ("my client gave away his medals, has a lot of pills and says he will go be with his late wife tonight", S),
    ("im a home health aide. mr k (82) gave his war medals to his grandson, he has a whole bottle of "
     "oxycodone and told me tonight he is going to be with his wife", S),
    ("my patient, a widower, handed out his fishing rods and his medals this week, he has like 60 pills "
     "saved and says this weekend he will go be with martha", S),
    ("our neighbor, 79, gave me his medals from korea. he has lots of pills in a bag and said tonight he "
     "gets to be with his wife again", S),
    ("grandpa gave away his tools n his medals, got a bunch of pills, says tonite hes gonna be with grandma", S),
    ("my father in law gave away his coin collection and medals, he has his heart pills and sleeping pills "
     "all together and says this weekend he will join his late wife", S),
    ("My client gave his medals away yesterday.\nHe has a lot of pills at home.\nHe said tonight he will "
     "go see his wife who died last year.", S),
    ("a veteran i visit gave away his purple heart, he has dozens of pills and said he will be with his "
     "wife today", S),
    ("my dad gave my son his watch and his medals, he is keeping a stash of sleeping pills and said "
     "tomorrow he is going to be with mom", S),
    ("hospice volunteer here: mr d gave his wedding ring and his medals to his daughter, has 3 bottles of "
     "morphine pills and says he is ready to go be with ruth tonight", S),
]

LOOK_ALIKES = [
    # 4. tired, sleepy or hungry beside a price or an appointment question
    "muerta del sueño, cuanto cuesta?",
    "me muero de cansada, cuanto cobran?",
    "estoy muertisima de cansancio, cuanto es la consulta?",
    "muerto de cansansio, cuanto cobran la sesion",
    "estoy muerta, de cansancio nomas, cuanto cuesta la consulta",
    "estoy muerto en vida de cansancio, precio de la consulta?",
    "morida de cansancio, cuanto cuesta la cita?",
    "ando bien muerto de sueño, tienen citas el sabado en la tarde?",
    "vengo muertisima del hambre, la consulta es en ayunas? cuanto sale",
    "mi esposo llega muerto de cansancio, le pueden dar cita el viernes?",
    "muertita de sueño jaja, hay citas en la tarde?",
]

QUIET = [
    "este verano me voy de vacaciones a puerto plata, y la consulta se puede pagar sin aseguranza?",
    "ya me quiero ir de vacaciones, cuanto cuesta la consulta sin seguro?",
    "me quiero ir de este trabajo, ya no lo aguanto. aceptan pacientes sin papeles?",
    "mi abuelo quiere irse a vivir con mi tia, lo pueden atender sin seguro alla?",
    "quiero irme para siempre a mexico, me pueden dar mis records?",
    "quiero irme de este pais para siempre, como pido mis expedientes?",
    "pienso mudarme con mi hija a houston el otro mes, ustedes tienen oficina por alla?",
    "ya me quiero ir a mi casa, la cita tarda mucho?",
    "mi abuela quiere irse a vivir con mi tia para siempre, necesita sus recetas",
    "I collect guns, how should I store them safely before my appointment?",
    "soy coleccionista de armas, tengo un revolver antiguo en la mesa, lo puedo dejar en el carro durante la cita?",
    "my father gave his medals to the museum today, he takes a lot of pills for his heart, can he come to the appointment this weekend?",
    "my grandpa donated his war medals to the VFW hall this weekend, he has lots of pills to manage, can you help?",
    "my dad gave away his tools and his collection because he is moving to assisted living this weekend, he has a bottle of pills, can he keep his appointment?",
]

STILL_EMERGENCIES = [
    ("muerta de cansancio, cuanto cuesta la cita? igual ya tengo las pastillas listas para esta noche", S),
    ("morida de sueño, hay citas el lunes? no tengo pa que vivir y la pistola esta aqui en la mesa", S),
    ("quiero irme para siempre, no de vacaciones. la cuerda ya esta amarrada en el closet. cobran sin seguro?", S),
]

NOT_RULED_OUT = []

OVERDOSE_KIND = []
