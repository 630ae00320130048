"""Round 47's Spanish medical emergencies told by a bystander (helper c; tests/unit/test_crisis_classes_by_round.py
checks them, key 472), each read as a medical emergency through round 47 (c)'s families in phrases.py:
(1) a man (a father, a neighbour, a stranger) who fell or collapsed holding his chest, or whose heart
stopped (no pulse, not breathing, "no le late el corazon"), and the writer asks how to do CPR, chest
compressions, "masaje cardiaco" or "reanimacion", or says they are doing it; in Spanish and English;
(2) a fall in a waiting room or a public place with a seizure now ("convulsiona", "esta convulsionando",
"presenta convulsiones", "crisis convulsiva", "rigido y temblando") and a blow to the head, told formally
("le informo que", "se ha producido una caida", usted) or in a staff's neutral report (a report's "que"
after "informo", "comunico", "aviso" now tells, it does not ask: patterns.QUE_THAT_HEADS);
(3) a severe low blood sugar: a reading under ~55 ("tiene 40 de azucar", "el glucometro marca 38",
"sugar is 35") or "hipoglucemia", with the person unable to swallow, not responding, seizing or confused
now; a reading told "tiene 45 de azucar" is no .45 pistol any more (a filter in patterns.py).
Look-alikes: a drill or a mannequin practice is ruled out by a new filter (patterns.py, round 47 (c)); it
gives way to a real one told (STILL_EMERGENCIES). "si un paciente se cae..." is anyone, as "if a patient"
is. QUIET holds a CPR course, the staff's CPR, normal or high readings in a routine question, a diabetic
asking about ketamine. Past falls, seizure history and old lows are ruled out by the past readings.
Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = [
    # 1. a collapse holding the chest or a heart stopped, and CPR asked for or under way
    ("mi papá se desplomó agarrándose el pecho, ¿cómo le hago RCP?", M),
    ("un señor se cayó en la calle sosteniéndose el pecho, cómo le hago rcp mientras llega la ambulancia", M),
    ("mi vecino cayó al piso con la mano en el pecho y no le late el corazón, cómo le doy masaje cardíaco?", M),
    ("se le paró el corazón a mi papá, cómo hago las compresiones", M),
    ("mi suegro se cayo, ya no respira, no le encuentro pulso, como es la reanimacion?", M),
    ("un hombre se desmayó en el metro, está sin pulso, ¿cómo se hacen las compresiones?", M),
    ("mi papa cayo tomandose el pecho, esta morado y dejo de respirar, cuantas compresiones por minuto??", M),
    ("mi esposo se desplomó en la cocina, no tiene signos vitales, como le hago reanimación", M),
    ("un senor se cayo enfrente de la tienda, no respira, le estoy haciendo compresiones, lo hago bien?", M),
    ("se desmayo un muchacho en la parada del camion, no se le siente el pulso, como le hago rcp", M),
    ("mi papi se cayo agarrandose el pecho y no respira, como le ago rcp x favor", M),
    ("mi tío se vino abajo en la fiesta apretándose el pecho, díganme cómo le hago la reanimación", M),
    ("my father collapsed clutching his chest, how do I do CPR", M),
    ("stranger collapsed at the gym, grabbed his chest, no pulse. how many compressions do i do", M),
    ("a man fell down holding his chest and isnt breathing how do i give cpr", M),
    # 2. a fall with a seizure now and a blow to the head, told formally or as a report
    ("Le informo que un paciente se cayó en la sala de espera, está convulsionando y se golpeó la cabeza.", M),
    ("Le comunico que se ha producido un incidente: una persona cayó en el pasillo, convulsiona y sangra de la cabeza.", M),
    ("Se informa caída de paciente en sala de espera con crisis convulsiva y golpe en la cabeza.", M),
    ("Usted disculpe, en la sala de espera un joven se cayo, esta rigido y temblando, se pego en la cabeza", M),
    ("Le informo que en la sala de espera una paciente sufrió una caída, presenta convulsiones y un golpe en la cabeza.", M),
    ("Se ha producido la caída de un usuario en el área de espera; presenta movimientos convulsivos y contusión en la cabeza.", M),
    ("Le aviso que una señora se desvaneció en la entrada, está rígida y temblando, se golpeó la cabeza contra el piso.", M),
    ("Reporte: paciente de 60 años cae en sala de espera, crisis convulsiva en curso, traumatismo en cabeza.", M),
    ("Disculpe la molestia, le informo que un caballero se cayó en el estacionamiento y está convulsionando, se pegó en la cabeza.", M),
    ("Me permito informarle que una persona se cayó en la sala de espera, está temblando y rígida y se golpeó la cabeza", M),
    ("Le informo que se ha producido una caída en el centro comercial, el señor convulsiona y tiene una herida en la cabeza", M),
    ("Please be advised a patient fell in the waiting area, he is convulsing and struck his head.", M),
    ("To report: a visitor collapsed in the lobby and is having a seizure, head injury from the fall.", M),
    # 3. a severe low blood sugar
    ("mi mama es diabetica y el glucometro marca 38, no puede tragar", M),
    ("tiene 40 de azúcar y no puede tragar", M),
    ("mi papá tiene la azúcar en 35, está convulsionando", M),
    ("su glucosa esta en 41 y no contesta", M),
    ("le bajo el azucar a 36 a mi abuelo y ya no responde", M),
    ("hipoglucemia, el glucómetro dice 33 y no traga el jugo", M),
    ("mi esposo tiene hipoglucemia, esta temblando y rigido, no responde", M),
    ("mi hija diabética tiene 28 de glucosa y está convulsionando", M),
    ("Le informo que la paciente diabética tiene una glucemia de 38 mg/dl y no responde.", M),
    ("mi abuelita tiene 45 de azucar, no puede tragar ni agua", M),
    ("his sugar is 38 and he can't swallow", M),
    ("my wife's sugar is 35, she can't swallow anything", M),
    ("blood sugar 40 and shes seizing", M),
    ("my son is type 1, meter says 39, he's not responding to me", M),
]

LOOK_ALIKES = [
    # past falls, seizure history, an old low, a conditional, a drill
    "mi papá se cayó agarrándose el pecho hace dos años, ¿puede recibir ketamina?",
    "el año pasado mi vecino se desplomó y le hice RCP, ¿necesito terapia?",
    "tomé un curso de RCP, si alguien se desploma ¿cómo le hago las compresiones?",
    "in my cpr class we learned what to do when someone collapses, how many compressions?",
    "si un paciente se cae y convulsiona en la sala de espera, ¿qué hacen ustedes?",
    "me cai el mes pasado, puedo recibir ketamina?",
    "tuve convulsiones de niño, ¿puedo recibir ketamina?",
    "Le informo que mi mamá se cayó la semana pasada y se golpeó la cabeza, ¿puede venir a su cita?",
    "le informo que mi hijo tiene epilepsia y a veces convulsiona, ¿es seguro el tratamiento?",
    "my husband had a hypo last year with a sugar of 35, he couldn't swallow, is ketamine safe for diabetics?",
    "does your staff know what to do if a patient collapses and needs cpr?",
    "tengo 45 de azúcar en ayunas, ¿es normal?",
    "Se informa que el simulacro de caída con convulsión será en la sala de espera el lunes.",
]

QUIET = [
    "¿dónde tomo un curso de RCP?",
    "el personal de la clinica sabe hacer RCP?",
    "does the clinic staff know CPR?",
    "do your nurses know cpr?",
    "quiero aprender rcp, dan cursos?",
    "mi azúcar en ayunas es 110, ¿puedo hacer el tratamiento?",
    "mi glucosa es de 140 en la mañana, la ketamina la sube?",
    "my fasting sugar is 105, is that ok for the infusion?",
    "soy diabético tipo 2, ¿la ketamina me sube el azúcar?",
    "soy diabetico, la ketamina afecta el azucar?",
    "tengo 40 años y soy diabetico, puedo ir?",
    "tengo 38 años, mi azucar es normal",
    "mi glucosa bajó a 50 ayer y me sentí confundida, ¿es por la ketamina?",
    "¿qué pasa si me baja el azúcar a 40 durante la infusión y no puedo tragar?",
    "tengo 40 años, soy diabética y a veces no puedo tragar pastillas grandes, ¿la ketamina es en pastilla?",
]

STILL_EMERGENCIES = [
    ("en el simulacro de la semana pasada practicamos, pero ahorita de verdad un señor se cayó en la sala de espera y está convulsionando", M),
    ("tomé un curso de RCP hace años, pero ahorita mi papá se desplomó agarrándose el pecho, ¿cómo le hago las compresiones?", M),
    ("soy diabético y pregunté si la ketamina afecta el azúcar, pero ahora mi esposa tiene 36 de glucosa y no responde", M),
]
NOT_RULED_OUT = []
