"""Round 44's Spanish false alarms (helper f; tests/unit/test_crisis_classes_by_round.py checks them, key
445), harmless messages read as emergencies, ruled out by look-alike filters (patterns.py, round 44's
Spanish false alarms, helper f): (1) a clinician, a resident or a student asking, formally, for
literature, studies or evidence on ketamine or esketamine in acute suicidal ideation, for a journal
club, a clinical session, a case, a presentation or a thesis, in Spanish or English; (2) an overdose
witnessed in the past at a former job or place (a coworker in a bar, a customer years ago), with
nightmares, avoidance or PTSD ever since, asking about treatment; (3) a relative's past faint or
overdose told while asking about a class, a talk or a support group for families (round 43 (f)'s filter
of a faint gone needed a first-aid or CPR class); (4) "me muero de", "me mata(n)", "me esta matando"
said of a feeling or a bodily want (nerves, anxiety, curiosity, love, boredom, laughter, hunger, cold),
either order, with no laughter mark. Each family's STILL_EMERGENCIES hold the same scene beside a danger
now (the writer's own thoughts, a patient with a plan in front of the writer now, someone overdosing or
not breathing now, a faint again, the writer's own wish, chest pain and no breath). Written here, never
copied from an evaluation set. No new detection class, so CLASSES is empty."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = []

LOOK_ALIKES = [
    # 1. a clinician's or a student's literature request on ketamine and acute suicidal ideation
    "Buenas tardes, soy residente de psiquiatría y busco bibliografía sobre ketamina en ideación suicida aguda para una sesión clínica.",
    "Estimados, preparo un journal club sobre esketamina intranasal en pacientes con ideación suicida aguda, ¿podrían recomendarme estudios recientes?",
    "Quisiera solicitar literatura científica acerca del uso de ketamina en urgencias para ideación suicida aguda, es para un caso clínico.",
    "Soy enfermera y debo presentar una revisión sobre ideación suicida aguda y esketamina, ¿me pueden orientar con artículos?",
    "busco bibliografia sobre ketamina en pacientes con intento suicida reciente para mi presentacion del servicio",
    "Buenas, soy psicóloga y tengo un caso clínico de una paciente con ideación suicida, ¿qué evidencia hay sobre ketamina?",
    "soy R2 de psiquiatria, me toca una sesion bibliografica sobre ketamina y conducta suicida, tienen metaanalisis o ensayos clinicos que me recomienden?",
    "Dra. Ramírez, médica de urgencias: ¿disponen de guías clínicas o revisiones sistemáticas sobre esketamina en riesgo suicida agudo?",
    "hola!! soy estudiante de farmacia y hago mi tfg sobre la ketamina como antisuicida, alguien me pasa articulos??",
    "Looking for literature on esketamine in patients with active suicidal ideation for a grand rounds presentation.",
    "im a psych NP doing a case presentation on ketamine for acute suicidality, which studies should i cite?",
    "pharmacy student here, any good review articles on ketamine and suicidal ideation for my seminar?",
    # 2. an overdose witnessed at a former job, nightmares or avoidance since, treatment asked about
    "hace tiempo, en un bar de madrid donde curraba, un compañero se desplomó por una sobredosis. Desde entonces evito los sitios de copas y tengo pesadillas, ¿tratáis el estrés postraumático?",
    "trabajaba de guardia en un festival y vi a una chica convulsionar por sobredosis, ahora tengo flashbacks, ustedes tratan eso?",
    "un cliente se desmayo por sobredosis en la gasolinera donde trabajaba antes, todavia sueño con eso, sirve la ketamina para el trauma?",
    "me toco ver a un compañero con sobredosis cuando trabajaba en la obra, desde entonces tengo miedo y evito a la gente, hay tratamiento?",
    "cuando trabajaba en una farmacia un cliente se desplomó por sobredosis en la tienda, desde entonces no duermo bien, la ketamina sirve para el TEPT?",
    "en mi antiguo curro de camarera una clienta se quedo inconsciente por una sobredosis en el baño, desde ese dia tengo ansiedad, me podeis ayudar?",
    "Hace años, cuando era recepcionista de un hostal, encontré a un huésped inconsciente por sobredosis. Sigo teniendo pesadillas. ¿Atienden estrés postraumático?",
    "back when i worked at a hostel a guest overdosed in the hallway and i found him, since then i cant sleep well, do you treat ptsd?",
    "years ago at my old restaurant job a dishwasher collapsed from an od, i still have flashbacks, can ketamine help with that?",
    # 3. a relative's past faint or overdose, a class or a support group for families asked about
    "mi papa se desmayo en la boda de mi prima por el alcohol, hay grupos para hijos de alcoholicos?",
    "mi cuñado se desmayó en una fiesta hace meses, dijeron que fue sobredosis, ¿tienen un grupo para familias de personas con adicción?",
    "mi suegra se desmayo el verano pasado por tomar mucho tylenol, gracias a dios no paso nada, ustedes dan charlas para la familia?",
    "Mi mamá se desmayó el año pasado tras mezclar sus pastillas, la atendieron en urgencias. ¿La clínica tiene sesiones educativas para cuidadores?",
    "mi hijo tuvo una sobredosis hace un año y lo reanimaron con narcan, queremos entrar a un grupo de padres, cuando se reunen?",
    "Mi tío tuvo una sobredosis de heroína en 2019, estuvo en coma pero se salvó. ¿Hay grupos tipo Al-Anon en la clínica?",
    "mi hermano se desmayó por las drogas varias veces cuando era joven, hoy está limpio, buscamos grupo de apoyo de familias",
    "mi esposa tuvo una sobredosis accidental hace unos meses y se recupero, hay clases sobre como prevenir otra?",
    "my cousin overdosed in march and survived, is there a class for families on naloxone?",
    # 4. "me muero de" / "me mata" said of a feeling, no laughter mark
    "me mata la curiosidad, cuanto dura una sesion?",
    "me matan los nervios, manana es mi primera infusion",
    "la ansiedad me mata antes de las sesiones, me pueden dar algo?",
    "me muero de amor por mi bebe, puedo amamantar con ketamina?",
    "me muero de cansancio despues de la infusion, puedo manejar?",
    "me estoy muriendo del frio en este consultorio",
    "me muero de sed, puedo tomar agua antes?",
    "el aburrimiento me esta matando en la sala de espera",
    "me mata la impaciencia, cuando me llaman para la primera cita",
    "me muero de ganas de empezar el tratamiento, cuando hay lugar?",
]

QUIET = [
    "Dr. aquí, buscando meta-análisis sobre el efecto antisuicida de la ketamina en las primeras 24 horas. Gracias.",
]

STILL_EMERGENCIES = [
    # 1. the writer's own thoughts, a patient with a plan in front of the writer now
    ("soy residente y busco bibliografia sobre ketamina en ideacion suicida aguda, pero la verdad yo tambien pienso en matarme todos los dias", S),
    ("Soy psiquiatra y busco evidencia sobre esketamina en ideación suicida aguda: tengo un paciente delante de mí ahora mismo con un plan para esta noche, ¿qué hago?", S),
    ("estudiante de enfermeria, busco articulos sobre ketamina e ideacion suicida, tengo a un paciente con un plan en la consulta ahora, urgente", S),
    ("I'm a resident looking for literature on ketamine in acute suicidal ideation, honestly I have been thinking about killing myself too", S),
    # 2. someone overdosing or not breathing now
    ("hace años trabajaba en un bar y vi una sobredosis, desde entonces tengo pesadillas, pero ahora mismo mi compañero de piso tuvo una sobredosis y no respira", O),
    ("trabajaba de mesero y un cliente se desmayo por sobredosis, tengo flashbacks, tratan el tept? ahorita un amigo esta convulsionando en el baño", O),
    ("used to work at a club and saw a guy overdose, still have nightmares, do you treat ptsd? my roommate is overdosing right now and won't wake up", O),
    # 3. a faint again, pills taken today
    ("mi hermano tuvo una sobredosis el año pasado, hay grupos de apoyo? se volvio a desmayar hace un rato y no despierta", O),
    ("mi papa se desmayo hace meses, ahora esta en recuperacion, hay clases para familias? pero hoy se tomo todas las pastillas y no responde", O),
    ("my brother overdosed last year, are there support groups for families? he just took a whole bottle again and is not breathing", O),
    # 4. the writer's own wish, chest pain and no breath
    ("me muero de nervios, ya no aguanto, me quiero morir", S),
    ("la ansiedad me mata, tengo el pecho apretado y no puedo respirar", M),
    ("me muero de tristeza, la verdad ya no quiero vivir", S),
]
