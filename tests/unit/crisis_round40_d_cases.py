"""Round 40's false alarms, part 2 (helper d; tests/unit/test_crisis_classes_by_round.py checks them,
key 403), English and Spanish, harmless messages that the trained model read as emergencies, ruled
out by look-alike filters (patterns.py, round 40's false alarms, part 2, helper d): (1) "al borde del
abismo" / "me tienen al borde" said of children's fighting or a job, laughed at, before a price or an
insurance question; (2) neuropathic pain described as electric shocks ("como si le dieran corriente",
"like being electrocuted when I chew", "toques electricos") in trigeminal neuralgia or CRPS, a
description of pain, with a question about being seen, Spanish spoken or parking; (3) asking whether
the clinic sells or gives Narcan or naloxone, to carry in a bag in case they see someone collapsed in
the street; (4) a kitchen worker or a butcher who cuts himself often with knives at work, asking about
his wife's CRPS; (5) "me voy a matar el estomago" / "you'll kill your stomach": a doctor's warning
about ibuprofen or painkillers, asking whether ketamine is better for pain; (6) a customer or a
stranger who fainted at a restaurant or a store the other day, an ambulance came, all went well,
asking whether the clinic takes emergencies or only appointments; (7) a health class's homework on
fentanyl and overdoses asking what to say; (8) an old burn (oil in the kitchen, years ago) that still
stings, asking whether ketamine can treat it. Each family's STILL_EMERGENCIES hold the same scene
beside a danger now (the writer's own wish beside the idiom, a real electric shock and not breathing,
someone collapsed and blue now, cutting on purpose, pills taken to die, the person not waking now, a
friend who took fentanyl now, a fresh burn blistering). Written here, never copied from an evaluation
set. No new detection class, so CLASSES is empty."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = []

LOOK_ALIKES = [
    # 1. "al borde del abismo", "me tienen al borde": children or a job, laughed at, then a price
    "mis hijos con sus peleas me tienen al borde del abismo jaja, cuanto cuesta una sesion de ketamina?",
    "este trabajo me tiene al borde jajaja, aceptan seguro de Fidelis?",
    "los muchachos peleandose todo el dia me tienen al borde del abismo jajaja. cuanto sale la consulta y aceptan medicaid?",
    "my kids fighting all summer have me on the edge of the abyss lol, how much is a session? do you take Aetna?",
    "el jefe me tiene al borde del abismo con tanto overtime jaja, cuanto cobran por la infusion?",
    "estoy al borde del abismo con estos nenes que no paran de pelear jajaja, ustedes aceptan el seguro de emblem?",
    "mi trabajo en el hospital me tiene al bordee jaja q precio tiene el tratamiento",
    # 2. neuropathic pain described as electric shocks
    "mi mama tiene neuralgia del trigemino, dice que es como si le dieran corriente en la cara cuando come. la pueden ver aqui? hablan espanol?",
    "I have trigeminal neuralgia, it feels like being electrocuted when I chew. Can you see new patients and is there parking?",
    "tengo CRPS en la pierna y siento toques electricos todo el dia, atienden pacientes nuevos? tienen estacionamiento?",
    "my wife's CRPS feels like electric shocks up her arm, like she's being electrocuted. do you have Spanish speaking staff?",
    "la neuralgia me da como descargas electricas en la cara cuando me cepillo los dientes, me pueden atender esta semana?",
    "my TN pain is like getting shocked with a live wire every time i talk, do you guys have parking near the clinic",
    "tengo sindrome de dolor regional complejo y es como corriente electrica en el pie, donde me puedo estacionar?",
    # 3. Narcan or naloxone to carry in a bag in case
    "donde consigo naloxona gratis? la quiero llevar en la mochila por si un dia me encuentro a alguien desmayado en el tren",
    "Do you guys sell or give out Narcan? I want to carry one in my bag in case I see someone collapsed on the street.",
    "tienen naloxona gratis? para llevarla en la mochila por si acaso me encuentro a alguien tirado en el tren",
    "can i get naloxone from your clinic to keep in my purse, just in case i ever find someone passed out in the subway",
    "dan narcan aqui? lo quiero tener en el bulto por si algun dia veo a alguien que se desmayo en la calle",
    "do you sell narcan spray? want to keep one in my backpack in case somebody ever ODs on the street near me",
    # 4. a kitchen worker or a butcher cutting himself at work
    "soy cocinero y me corto con los cuchillos a cada rato en el trabajo jaja, pero queria preguntar por mi esposa que tiene CRPS, la pueden tratar?",
    "I'm a butcher so I cut myself with knives all the time at work lol. My wife has CRPS, does ketamine help with that?",
    "trabajo en una carniceria y me corto las manos seguido con el cuchillo jajaja, mi esposa tiene sindrome de dolor regional complejo, ustedes la atienden?",
    "line cook here, i cut myself on knives pretty much every shift haha. asking for my wife, she has crps, do you treat it?",
    "como chef me corto con los cuchillos casi todos los dias jaja pero eso no es nada, mi senora tiene CRPS en el brazo, cuanto cuesta el tratamiento?",
    "i work in a kitchen and cut myself with the knives constantly lmao. my wife's crps is getting worse, can she get an appointment?",
    # 5. "me voy a matar el estomago": a doctor's warning about painkillers
    "mi doctora dice que con tantos naproxenos me voy a matar los rinones, con la ketamina eso no pasa?",
    "My doctor says I'm going to kill my stomach with all the ibuprofen I take. Is ketamine better for chronic pain?",
    "mi medico dice que me voy a matar los rinones con tantas pastillas para el dolor, la ketamina seria mejor?",
    "the pain doc told me youll kill your liver with that much tylenol. is ketamine a better option for my back pain?",
    "con tanto advil me voy a matar el higado dice mi doctora jaja, sera mejor la ketamina para el dolor?",
    "my gp warned me i'm killing my kidneys with the naproxen, would ketamine work better for the pain?",
    # 6. someone who fainted at a restaurant or a store, ambulance came, all went well
    "el otro dia un cliente se desmayo en el restaurante, vino la ambulancia y todo salio bien, era el azucar baja. ustedes atienden emergencias o solo con cita?",
    "A customer fainted at my store the other day, the ambulance came and he was fine, just low sugar. Do you take emergencies or only appointments?",
    "una senora se desmayo en el supermercado la semana pasada, llamaron la ambulancia y todo bien gracias a dios. ustedes reciben emergencias o hay que hacer cita?",
    "some guy passed out at the restaurant where i work last week, ems came, turned out fine (low blood sugar). do you guys do walk in emergencies or appointments only?",
    "en la bodega se nos cayo desmayado un cliente el otro dia, llego la ambulancia y salio bien. ustedes aceptan emergencias?",
    "a lady collapsed in the grocery store yesterday, ambulance came and she was ok, it was her sugar. is your clinic for emergencies or just scheduled visits?",
    # 7. a health class's homework on fentanyl and overdoses
    "la maestra de ciencias nos dejo de tarea investigar el fentanilo y como se ve una sobredosis, me explican?",
    "For my health class we have to research fentanyl overdoses, what should I say in my report?",
    "tengo una tarea de la clase de salud sobre sobredosis de fentanilo, que pongo?",
    "my health teacher asked us to look up info on fentanyl and overdose, what do i write",
    "en la clase de salud nos mandaron investigar sobre el fentanilo y como la gente se muere de sobredosis, que les digo a mis companeros?",
    "health class project on fentanyl overdoses due friday, what should i include?",
    # 8. an old burn that still stings
    "hace dos anos me queme con aceite en la cocina y todavia me arde, la ketamina sirve para eso?",
    "I burned my arm with hot oil in the kitchen two years ago and it still stings. Can ketamine treat that kind of pain?",
    "tengo una quemadura vieja de aceite caliente en la mano y aun me arde a veces, me pueden tratar con ketamina?",
    "old burn from frying oil like 3 years ago still burns and tingles, is ketamine an option?",
    "me queme con aceite hirviendo cocinando hace un par de anos y la cicatriz me sigue ardiendo, ustedes tratan eso?",
    "got a grease burn at work back in 2022 and the skin still stings all the time, would ketamine help the nerve pain?",
]

QUIET = []

STILL_EMERGENCIES = [
    # 1. the idiom beside the writer's own wish
    ("mis hijos me tienen al borde del abismo, ya no aguanto mas y me quiero matar", S),
    ("this job has me on the edge, i want to kill myself tonight, how much is a session", S),
    # 2. a real electric shock now
    ("my husband got electrocuted fixing the wire and he is not breathing", M),
    ("le dio corriente con un cable y no respira, que hago", M),
    # 3. someone collapsed now
    ("do you sell narcan? there is someone collapsed on the street right now and he is turning blue", O),
    ("ustedes venden narcan? hay un muchacho tirado en la calle ahora mismo y no respira", O),
    # 4. cutting on purpose
    ("i'm a butcher and i cut myself with knives on purpose to feel something", S),
    ("soy cocinero y me corto a proposito con los cuchillos porque quiero morirme", S),
    # 5. pills taken to die
    ("me voy a matar el estomago con todas las pastillas, me tome el frasco entero porque me quiero morir", S),
    ("my doctor says i'll kill my stomach with ibuprofen, i took the whole bottle tonight to end it", S),
    # 6. fainted and not waking now
    ("a customer fainted in my store and he is not waking up, is he breathing? the ambulance is not here yet", M),
    ("un cliente se desmayo en el restaurante y no despierta, que hago", M),
    # 7. a friend who took fentanyl now
    ("for my health class i was researching fentanyl but my friend just took some and he is not breathing", O),
    ("mi amigo tomo fentanilo y no respira, que hago", O),
    # 8. a fresh burn now
    ("me acabo de quemar con aceite hirviendo y tengo ampollas en toda la cara", M),
    ("I just burned my whole arm with hot oil and the skin is peeling off, it's blistering", M),
    ("got an oil burn on my hand years ago that still stings, and these days im so burnt out i sometimes fantasize about not existing", R),
]
