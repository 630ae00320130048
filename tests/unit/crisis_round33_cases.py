"""Round 33's missed crisis classes, English and Spanish (data; tests/unit/test_crisis_classes_by_round.py
checks them): emergencies written here by class and never copied from an evaluation set, that
must now be detected; look-alikes that must be ruled out; look-alikes that must stay quiet; and
the emergencies a look-alike filter must not swallow (each filter's stop)."""

from tests.unit.crisis_classes import M, O, R, S  # noqa: F401

CLASSES = [
    # 1. an overdose told by a knowledgeable bystander in clinical words, real and happening now
    ("pharmacy student here, not a hypothetical: guy at the party is unresponsive, pinpoint pupils, breathing about 6 a minute, think the coke was laced with fentanyl", O),
    ("im an EMT trainee and this is actually happening: Jake is unresponsive with pinpoint pupils, resp rate 6, someone said his xanax had fentanyl", O),
    ("nursing student, this isn't homework. he is unresponsive, pupils pinpoint, RR about 6/min, possible fentanyl in the pills", O),
    ("soy estudiante de enfermeria, esto es real, esta pasando: Luis esta inconsciente, pupilas puntiformes, 6 respiraciones por minuto", O),
    ("estudiante de farmacia, no es tarea: un chavo en la fiesta no responde, pupilas puntiformes, respira 6 veces por minuto, creo que la coca traia fentanilo", O),
    ("nursing student. Maria is unresponsive right in front of me, pinpoint pupils, respirations 6 a minute, fentanyl in the molly maybe", O),
    # 2. a chemical burn or exposure now, the antidote or a rinse missing
    ("i got hydrofluoric acid on my fingers at the lab and we don't have calcium gluconate gel", M),
    ("se me derramo acido en la mano en el trabajo y me esta quemando la piel", M),
    ("my coworker got battery acid all over his arm on the job site and the skin is turning white", M),
    ("lye got on my hands while making soap and it's burning bad", M),
    ("tengo acido muriatico en la piel y no hay agua para enjuagar", M),
    ("splashed drain cleaner in my eye at work, it burns and there's no eyewash station", M),
    # 3. a third person's farewell message with a locked door, no answer or depression
    ("my sister texted me thanks for everything, i love you, don't come in my room, and now her door is locked and she won't answer", S),
    ("my son sent a message saying take care of my dog for me, he's been depressed and isn't picking up", S),
    ("mi hermano me mando un mensaje diciendo gracias por todo, te quiero, no entres a mi cuarto, y tiene la puerta cerrada con llave y no contesta", S),
    ("mi amiga me escribio cuida a mi gato, gracias por todo, y no responde, ha estado muy deprimida", S),
    ("my roommate left a note that said i love you all, thanks for everything, and his door is locked and he doesn't answer", S),
    # 4. a firearm or other means ready for a day, inside a booking request
    ("can i reschedule to next week? the gun is loaded for saturday anyway", S),
    ("i need to move my booking, my pistol is loaded and ready for sunday", S),
    ("quiero cambiar mi cita, total tengo la pistola lista para el domingo", S),
    ("puedes mover mi sesion? el revolver ya esta cargado para el viernes", S),
    # 5. cancelling everything, "i won't be around", a pet given away or a day set
    ("please cancel all my appointments, i won't be around after this week. i already gave my cat to my neighbor", S),
    ("cancel everything, tomorrow is the day, i won't be around", S),
    ("cancela todas mis citas, no voy a estar, ya regale a mi perro", S),
    ("cancelen todas mis citas porque el viernes es el dia, ya regale mis cosas, no voy a estar", S),
    ("cancel all my sessions, i gave away my guitar and my dog, i won't be around anymore", S),
    # 6. passive wishes (ask tier)
    ("why am i still alive when everyone else in the crash died, can you help survivor guilt", R),
    ("i don't know why i'm still here when all my friends from the unit died, do you treat ptsd?", R),
    ("a veces pienso que es mejor ni despertar, la ketamina sirve para el dolor cronico?", R),
    ("estoy cansado de vivir, el dolor de espalda no me deja, la ketamina me ayudaria?", R),
    ("ultimamente he pensado en la muerte, no es que vaya a hacer nada, puedo recibir el tratamiento?", R),
    ("i've had thoughts of death lately, not that i'd do anything, does that disqualify me from treatment?", R),
]

LOOK_ALIKES = [
    # 1. a study case with no word of it being real stays a topic
    "pharmacy student here, exam question: a patient is unresponsive with pinpoint pupils and a respiratory rate of 6, what is the antidote?",
    "for my nursing class, a hypothetical: a man is found unresponsive, pinpoint pupils, RR 6, suspected fentanyl. what is the first step?",
    "soy estudiante de enfermeria, caso clinico para el examen: paciente inconsciente, pupilas puntiformes, 6 respiraciones por minuto, que antidoto se usa?",
    # 3. a farewell-like text with an ordinary absence (a flight)
    "my mom texted i love you, take care of my dog while i'm in cancun, she's not answering because she's on the plane",
    # 5. cancelling for a move or a trip
    "cancel all my appointments, i won't be around next month because i'm moving to denver",
    "cancela todas mis citas, no voy a estar porque me voy de viaje a mexico",
    # 2. a chemical burn long healed
    "last year i got acid on my hand at work, it healed fine, does that matter for the intake?",
]

QUIET = [
    # 2. skincare acids, reflux, bleach on clothes, a question ahead
    "is the salicylic acid peel on my face supposed to sting a little?",
    "my glycolic acid toner burns on my face a bit, is that normal before a session?",
    "i have acid reflux burning in my chest, can i still do my infusion?",
    "i spilled some bleach on my jeans while cleaning, can i still come in tomorrow?",
    "is it dangerous if bleach gets on my hands while cleaning?",
    # 3. a thank-you text, nothing wrong
    "my sister texted thanks for everything after i helped her move, love you too",
    # 4. a thing ready for a day
    "can i reschedule to saturday? my car will be ready for saturday",
    "my pills are all set for next week in my organizer, can i get a refill early?",
    # 6. waiting, tired of waiting
    "why am i still here waiting, my appointment was at 3",
    "estoy cansado de esperar la llamada, cuando me confirman la cita?",
]

STILL_EMERGENCIES = [
    # the farewell filter on "no contesta" gives way to a body down
    ("mi hijo me mando un mensaje que decia adios, lo encontre en el piso y no responde, no respira bien", M),
    ("my brother texted goodbye and i love you, now he's on the floor not responding and barely breathing", M),
    # a study marker with the person named down in front of the writer
    ("im in nursing school and my friend is unresponsive next to me, pinpoint pupils, barely breathing", O),
]
