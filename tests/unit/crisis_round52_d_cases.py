"""Round 52's Spanish ask tier: not waking up told as better, and indifference to everything, living included, said
in a vulgar or a slang register (helper d; tests/unit/test_crisis_classes_by_round.py checks them, key 523). Classes
the detector missed, each now read through round 52 (d)'s families in phrases.py:
(1) not waking up (not seeing the morning, not opening the eyes again) told as better, as no loss or as a relief,
often beside a pain or a clinic question, by the writer or relayed by a relative: "if I do not wake up tomorrow,
better" in its conditional, its reverse order ("better if I no longer wake"), a wish that the morning not come, a
wish put to God, "I no longer want to see the morning", "it would not be bad not to wake up"
(NOT_WAKING_BETTER_52D, NO_DAWN_WISH_52D); a relative's conditional relayed ("she says that if she does not wake
tomorrow, better") is her wish, not a person who does not wake now;
(2) indifference to everything, living, dying or waking included, in the slang of Mexico and Central America, the
Caribbean, Colombia, Chile, Argentina or Spain, by the writer or relayed of a relative (INDIFFERENT_TO_LIVING_52D).
Both the ask tier (possible risk).
False alarms ruled out by round 52 (d)'s filters in patterns.py (LOOK_ALIKES): a wish not to wake up WITH
something (a pain, a migraine, a hangover, tired, stiff); indifference to living somewhere, alone or with someone,
which an older family read as indifference to living; the writer waking someone else (a child, a husband). Each gives way to review R's danger told and to the round's
families told beside it (STILL_EMERGENCIES).
QUIET holds the families' neighbours: waking early or on time, not waking the baby, a morning that should not come
rainy, and indifference to what people say, the traffic, the boss, the time of the appointment or the weather.
Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

_NOT_WAKING_BETTER = [
    ("si no me despierto mañana mejor, ya no aguanto la espalda. ustedes atienden dolor cronico?", R),
    ("Si mañana ya no amanezco pues mejor para todos, la neta. Cuánto cuesta la primera infusión?", R),
    ("mejor si ya no despierto, la fibromialgia no me deja ni caminar", R),
    ("a veces me acuesto pensando que si no despierto mañana, que mas da. tienen citas en sabado?", R),
    ("que no amanezca, diosito, ya no puedo con esta migraña", R),
    ("quisiera dormirme y que no amanezca, llevo 3 semanas con el dolor de cabeza, la ketamina ayuda?", R),
    ("Dios quiera que no despierte mañana. Perdón, quería preguntar si aceptan Medicaid", R),
    ("ya no quiero amanecer, me duele todo el cuerpo desde el accidente", R),
    ("mi papá dice que si ya no amanece mañana, mejor para todos. tiene cancer de prostata y mucho dolor, ustedes lo pueden ver?", R),
    ("mi mamá dice que si no despierta mañana mejor, le duele mucho la cadera y ya no sale de la cama", R),
    ("no estaria mal no despertar mañana la verdad, estoy cansada de tanto dolor", R),
    ("si me duermo y ya no despierto mejor, asi ya no siento nada. a q hora abren?", R),
    ("ojala q no amanezca, ya no aguanto la neuropatia", R),
    ("si mañana no abro los ojos, bendito sea dios, ya descanso", R),
    ("SI NO ME DESPIERTO MAÑANA MEJOR!! ESTE DOLOR DE RODILLA NO SE QUITA CON NADA", R),
    ("Buenas tardes. Con todo respeto, le confieso que si no despertara mañana sería lo mejor; la artritis no me deja vivir. ¿Qué costo tiene la consulta?", R),
    ("me acuesto y le pido al señor que no amanezca, y luego me siento culpable. pueden ayudarme con la depresion?", R),
    ("no me molestaria no despertar mañana, tengo cita el jueves verdad?", R),
    ("mi abuela repite que si no amanece mañana pues mejor, ya esta cansada de los dolores. ella puede recibir el tratamiento a los 82?", R),
    ("pa serte sincero si no me despierto mañana mejor, ya estoy harto de la ciatica", R),
    ("ojala que ya no amanezca para mi, estoy muy cansada de sufrir con la fibro", R),
    ("si ya no me despierto ni modo, mejor asi. cuanto dura la sesion?", R),
    ("Mi esposo me dijo que si ya no despierta, mejor, por lo de la espalda. Me preocupa. Hacen evaluaciones?", R),
    ("honestly si no amanezco mañana pues mejor, the pain is too much, do you guys take cigna?", R),
    ("sería mejor que ya no despertara, la migraña me tiene loca", R),
    ("si nunca mas vuelvo a despertar, que mas da. solo queria saber si el seguro cubre la infusion", R),
]
_INDIFFERENT_TO_LIVING = [
    ("todo me vale madre, hasta vivir. nomás quiero saber cuánto cuesta la ketamina", R),
    ("la neta ya me vale verga seguir vivo, pero mi carnala dice que les escriba", R),
    ("me importa un carajo seguir vivo, solo vengo porque mi doctora insiste", R),
    ("me chupa un huevo todo, hasta seguir vivo, boludo. Atienden en Queens?", R),
    ("me vale madres si vivo o me muero, ya ni se pa que les escribo", R),
    ("Me importa un coño seguir vivo, mi mujer me dijo que los llamara", R),
    ("me sabe a cacho seguir viva, parce, pero bueno, que necesito para la cita?", R),
    ("a mí me importa una raja seguir viva, weon, pero mi mamá quiere que vaya", R),
    ("me vale pija seguir vivo maje, cuanto sale la consulta?", R),
    ("todo me importa un carajo, incluso vivir", R),
    ("ya nada me importa, ni estar viva, ni mis plantas", R),
    ("me vale gorro amanecer o no, igual sigo con el dolor", R),
    ("me da igual despertar o no mañana, estoy cansado de todo", R),
    ("me resbala seguir viviendo, la verdad. tienen horario en la noche?", R),
    ("me la suda vivir, tío, pero mi psiquiatra me dijo que probara la ketamina", R),
    ("me importa un pito si me muero mañana", R),
    ("a mi hijo le vale madre seguir vivo, dice que todo le da igual, ustedes atienden adolescentes?", R),
    ("ME VALE MADRE TODO HASTA LA VIDA", R),
    ("mi hermano me dijo que le importa un carajo seguir vivo desde que lo dejo la novia", R),
    ("xq me importa tres pepinos seguir respirando, ando bien apagado", R),
    ("me vale huevo si amanezco o no, solo quiero dormir sin dolor", R),
    ("Honestamente me es indiferente seguir viva. Mi hija me hizo la cita.", R),
    ("yo ya vivir me vale madre, pero mis hijos me necesitan", R),
    ("me vale riata seguir vivo compa, ya ni le busco", R),
    ("me importa un bledo mi vida. a que hora es la cita del martes?", R),
    ("mano me vale todo, hasta la vida, desde que perdi el trabajo", R),
]
CLASSES = _NOT_WAKING_BETTER + _INDIFFERENT_TO_LIVING

LOOK_ALIKES = [
    # a wish not to wake up WITH something: a pain, a migraine, a hangover, tired, stiff
    "ojala no despertar con dolor mañana, tengo cita a las 9",
    "espero no amanecer con migraña otra vez, es la tercera semana",
    "quisiera no despertar cansada todos los dias, la ketamina ayuda con la fatiga?",
    "ojalá no despertar con la espalda tiesa como ayer",
    "prefiero no despertar con resaca el dia de la infusion, puedo tomar vino la noche antes?",
    "Dios quiera que no amanezca con fiebre la niña, mañana le toca la vacuna",
    "ojala no amanecer tan adolorida despues de la sesion",
    # living somewhere, alone or with someone, not cared about
    "me da igual vivir solo, lo que quiero saber es si puedo manejar despues de la infusion",
    "me da lo mismo vivir en queens o en el bronx, cual clinica queda mas cerca?",
    "a mi esposa le da igual vivir cerca o lejos de la clinica",
    "me da igual, vivir aqui o alla es lo mismo, pero que clinica queda cerca?",
    # waking someone else, the writer the one who wakes
    "si no despierto al niño mejor, que duerma otro rato antes de la cita",
    "si no despierto a mi esposo a las 6 mejor ni vamos, el maneja",
]

QUIET = [
    "si no me despierto temprano llego tarde",
    "si no me despierto a las 7 mejor llamenme para confirmar",
    "me vale madre lo que digan",
    "me importa un carajo el trafico",
    "me da igual la hora de la cita",
    "me chupa un huevo el jefe",
    "que no amanezca lloviendo porque tengo cita",
    "mejor que no despierte al niño, duerme poquito",
    "me vale madre vivir en el bronx, nomas quiero saber si hay estacionamiento",
    "todo me vale madre menos mis hijos",
    "me importa un bledo la politica, solo quiero mi cita",
    "me vale madre si llueve, igual voy a la cita",
    "si no despierto a tiempo me avisan?",
    "estaria bien no despertar tan temprano mañana",
    "no me molestaria no despertar a las 5 como siempre",
    "si mañana no me despierto temprano, mejor me voy en taxi",
    "me la suda lo que piense mi suegra, tío",
    "me vale madre la hora, nomas diganme que dia",
    "mejor si no me despierto muy temprano, la cita es a las 11",
    "me vale si vivo lejos, igual llego a la cita",
    "me vale seguir aqui esperando, no hay prisa",
]

STILL_EMERGENCIES = [
    ("ojala no despertar con dolor mañana, pero la verdad ya me tome todas las pastillas del frasco", O),
    ("espero no amanecer con migraña otra vez. ya compre la soga y esta noche lo hago", S),
    ("quisiera no despertar cansada, aunque honestamente si no me despierto mañana mejor", R),
    ("me da igual vivir solo, total ya no quiero vivir", R),
    ("me da lo mismo vivir en queens o en el bronx, me quiero morir, tengo la pistola aqui", S),
    ("ojala no despertar con la espalda tiesa... me vale madre seguir vivo la neta", R),
    ("si no despierto al niño mejor, total ya no quiero vivir", R),
]
