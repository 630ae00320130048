"""Round 31's crisis false-alarm classes (data; tests/unit/test_crisis_classes_by_round.py
checks them): look-alikes written here and never copied from an evaluation set, that
must be ruled out and overrule DIET; look-alikes that must stay quiet; and the
emergencies the look-alike filters must not swallow (each filter's stop). Round 31
adds no new detection class, so CLASSES is empty."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = []

LOOK_ALIKES = [
    # 1. "me quiero morir" / "me muero" in jest, laughing, at a trivial cause or before a clinic question
    "me quiero morir jajaja me quedo el tinte naranja",
    "me muero jaja mis hijos no paran de gritar, a que hora es mi cita?",
    "jsjs me quiero morir, reprobe el examen de quimica con un 4 🙈",
    "me quiero morir 💀 la casa es un desastre y vienen mis suegros",
    "me quiero morir jaja me cortaron el pelo horrible. puedo ir a la infusion con el pelo mojado?",
    "me muero 🤣 el vestido que me puse es el mismo que el de la novia",
    "me muero 😂 mi equipo perdio con un jonron en la novena",
    # 2. someone or a team that "me va a matar" over a bill, grades, being late, a match
    "mi esposo me va a matar cuando vea la cuenta de las compras jaja",
    "mi mama me va a matar cuando vea mis calificaciones",
    "el america me va a matar del corazon, otra vez empatamos",
    "mi jefe me va a matar si llego tarde otra vez, a que hora termina la sesion?",
    "mi esposa me va a matar cuando se entere que raye el carro",
    "my wife is going to kill me when she sees the credit card bill",
    # 3. heat or work that "almost killed me", then fine, home, bathed
    "casi me muero del calor en el techo hoy en la obra, pero ya estoy bien, ya llegue a casa y me bane",
    "casi me muero del calor trabajando en la obra, ya estoy bien, ya tome agua. puedo ir a la cita manana?",
    "i almost died from the heat on the roof at work today but i'm fine now, home and showered",
    "casi me muero de cansancio en el techo poniendo lamina, pero ya me bane y estoy bien",
    "nearly died of heatstroke at the construction site lol, but i'm home now and fine after a cold shower",
    # 4. "me voy a tirar" onto a bed, a sofa, into the sun or a pool, to sleep
    "me voy a tirar en la cama toda la tarde",
    "estoy tan cansada que me voy a tirar en el sofa a ver tele",
    "hace calor, me voy a tirar a la piscina",
    "me voy a tirar al sol un rato en el patio",
    "ya me voy a tirar a dormir, manana tengo cita temprano",
    "me voy a tirar un rato en el sillon despues de la sesion, es normal sentirme cansada?",
    # 5. a recipe "overdosed" on salt; a song's "i don't wanna live forever"
    "i overdosed my soup on salt, how do i fix it?",
    "i overdosed the cake on baking soda and it tastes like soap lol",
    "pretty sure i overdosed my chili on cayenne, anyone have tips",
    "\"i don't wanna live forever\" is stuck in my head all day haha",
    "🎶 i don't wanna live forever 🎶 that song from the movie is on repeat",
    "singing i don't wanna live forever in the car, is that song by taylor swift?",
    # 6. a clinical case for an exam or a class
    "caso clinico para el examen: paciente de 24 anos con pupilas puntiformes, FR 6 y no responde, cual es el diagnostico?",
    "caso clinico: mujer de 19 anos que ingirio 40 pastillas de paracetamol, cual es el antidoto?",
    "case study for my nursing class: 30 year old found unresponsive with blue lips and pinpoint pupils, what's the first intervention?",
    "nclex question: a patient with respiratory rate of 6, pinpoint pupils and unresponsive. priority action?",
    "caso de estudio: hombre de 45 anos encontrado inconsciente con labios morados y pupilas puntiformes, que harias primero?",
    # 7. a swallowing or poisoning long ago, the ER, fine now, a clinic question
    "hace un mes mi hijo se trago una pila, lo llevamos a urgencias y ya esta bien, puede venir conmigo a la cita?",
    "last month my son swallowed a button battery, we took him to the er and the doctors said he's fine. can he come to my appointment?",
    "hace anos mi hija se tomo cloro sin querer, la llevamos a emergencias y ya esta bien. que edad minima piden para acompanar?",
    "my daughter drank some bleach last month, the er checked her and doctors said she's fine, do you have childcare during sessions?",
    "hace dos semanas mi papa se tomo las pastillas de mi mama por error, lo llevamos a urgencias y ya esta bien, el puede recibir ketamina?",
    # 8. a numb mouth hours after the dentist, "is this normal"
    "fui al dentista hace 3 horas y todavia tengo la boca dormida, es normal?",
    "my mouth is still numb from the dentist 4 hours ago, is this normal?",
    "tengo la boca dormida desde el dentista esta manana, es normal que dure tanto?",
    "sigo con media cara dormida despues de la anestesia del dentista, es normal?",
    "my lip is still numb from the filling this morning, how long does it last?",
]

QUIET = [
    # a differential for class with heart signs: nothing fires
    "diagnostico diferencial: paciente de 60 anos con dolor de pecho que irradia al brazo izquierdo y sudoracion, para la clase de manana",
    "my lip and tongue are still numb from the dental anesthesia hours ago, is this normal before my infusion tomorrow?",
    "my wife is going to kill me when she sees the credit card bill lol",
    "i put too much salt in the soup, how do i fix it?",
]

STILL_EMERGENCIES = [
    # 1. the laugh with real risk anywhere in the message
    ("me quiero morir jaja pero en serio ya no aguanto", S),
    ("me quiero morir jajaja me quedo el tinte naranja, y ya tengo las pastillas para esta noche", S),
    ("jsjs me muero, reprobe el examen, nadie me quiere y todos estarian mejor sin mi", S),
    ("me quiero morir 😂 la casa es un desastre, no es broma, adios a todos", S),
    ("me quiero morir jaja mi equipo perdio, pero la verdad ya tengo la soga lista", S),
    # 2. violence or fear beside "me va a matar"
    ("mi esposo me va a matar cuando vea la cuenta, ya me pego ayer y tengo miedo", V),  # violence at home now (its own category since round 32)
    ("mi mama me va a matar cuando vea las calificaciones, tiene un cuchillo y me amenazo", V),  # violence at home now (its own category since round 32)
    ("mi novio me va a matar si llego tarde, me encerro y tiene una pistola", V),
    ("mi esposo me va a matar cuando vea la cuenta, me golpea y tengo miedo, ayudenme", V),  # violence at home now (its own category since round 32)
    # 3. the heat, then signs now or a jump
    ("casi me muero del calor en el techo, pero ya estoy bien, aunque me desmaye otra vez y ahora estoy convulsionando", M),
    ("casi me muero del calor en la obra, ya llegue a casa, pero mi companero se desmayo y no responde", M),
    ("casi me muero del calor en la obra, ya estoy bien, pero me duele el pecho y el brazo izquierdo", M),
    ("casi me muero del calor en el techo, ya estoy bien, pero ahora me quiero tirar del techo", S),
    # 4. a height, a means or an end beside "me voy a tirar"
    ("me voy a tirar en la cama con todas las pastillas para no despertar", S),
    ("me voy a tirar a dormir para siempre", S),
    ("me voy a tirar del puente, ya me voy a tirar a la piscina de una vez", S),
    ("me voy a tirar al metro", S),
    ("me voy a tirar a la piscina con piedras para no volver a salir", S),
    # 5. pills or body signs beside the recipe; a real wish beside the lyric
    ("i overdosed my soup on salt and then took all my pills", O),
    ("i overdosed my cake on baking soda, my son ate it and now he's vomiting and not breathing right", O),
    ("\"i don't wanna live forever\" haha but honestly i don't want to live at all anymore", S),
    ("🎶 i don't wanna live forever 🎶 and i have the pills ready tonight", S),
    # 6. a case, then someone of the writer's now
    ("caso clinico: pupilas puntiformes, FR 6 y no responde, es mi hermano ahora mismo, ayuda", O),
    ("case study: pinpoint pupils and unresponsive, my roommate right now, calling 911", O),
    ("caso clinico para el examen, pero ahora mi mama no responde y tiene los labios morados", O),
    # 7. the past event, then again now
    ("hace un mes mi hijo se trago una pila, lo llevamos a urgencias y ya estaba bien, pero hoy se trago otra y esta vomitando", M),
    ("hace anos mi hija se tomo cloro, la llevamos a urgencias y ya esta bien, pero otra vez se tomo cloro y ahora no respira y esta morada, que hago?", M),
    ("hace un mes se tomo las pastillas de su abuela, en urgencias dijeron que esta bien, pero hoy se tomo el frasco entero y no despierta", O),
    # 8. a numb mouth, then breathing, swelling or chest pain
    ("fui al dentista hace 3 horas y tengo la boca dormida, pero no puedo respirar bien y se me hincha la garganta, es normal?", M),
    ("my mouth is still numb from the dentist but now my face and throat are swelling and it's hard to swallow, is this normal?", M),
    ("tengo la boca dormida desde el dentista y me duele el pecho, es normal?", M),
]
