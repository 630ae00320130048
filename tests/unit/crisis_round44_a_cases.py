"""Round 44's overdose and medical misses (helper a; tests/unit/test_crisis_classes_by_round.py checks them,
key 440), English and Spanish. New readings (phrases.py and patterns.py, round 44's section, helper a):
(1) a caustic household product swallowed, told with no drug word (a drain opener, lye or caustic soda,
oven cleaner, bleach, a dishwasher tablet; "destapacaños", "cloro", "lejía", "soda cáustica"), by a worker,
a child or a teenager, with the mouth or throat burning, drooling, unable to swallow or the question
whether to make them vomit: an overdose, the poisoning guidance (Poison Help; OVERDOSE_KIND);
(2) a clinician, a therapist or a case manager relaying in clinical words that a patient phoned having
taken a large count of benzodiazepine tablets with alcohol, the speech slurred, then the call cut off
("refirió haber ingerido", "aproximadamente treinta comprimidos", "se cortó la llamada"): the intentional
overdose guidance; (3) a teenager who took pills bought at school or given by a friend as "xanax",
"percs", "blues", "bars" (likely pressed) and now cannot stand, keeps falling, barely speaks or is very
sleepy, told by a parent or a friend: an overdose with the naloxone steps; (4) signs of an aortic
dissection, a sudden tearing or ripping chest pain going through to the back, or a blood pressure
different in the two arms (M). LOOK_ALIKES and QUIET: a pet that licked a product and is fine, storing a
product, fumes, a question asked ahead, pills sold at school told as a worry or long ago, a dose as
prescribed relayed by a clinician, a difference between the arms told as a checkup's finding, study.
Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = [
    # 1. a caustic household product swallowed, with a sign or the vomiting question
    ("one of the framers on our job took a swig of drain opener from a water bottle, his throat is burning and he keeps drooling, do we make him throw up", O),
    ("my 4 yr old bit a dishwasher tab, shes drooling and screaming, should i make her vomit??", O),
    ("my teenage son drank some of the oven cleaner as a dare and says his mouth is on fire", O),
    ("grandpa sipped the bleach thinking it was his water, his lips are burning", O),
    ("my little girl licked the lye we use for soap making and her tongue is swollen", O),
    ("el chalan de la obra se echo un trago de destapacaños, le arde la garganta y esta babeando, lo hacemos vomitar?", O),
    ("mi niño de 3 años mordió una pastilla del lavavajillas y le sale mucha baba", O),
    ("mi hija de 15 se tomó cloro, dice que le quema la garganta, le provoco el vómito?", O),
    ("mi abuela bebió lejía por error, le arde la boca y no puede tragar", O),
    ("el trabajador tomó soda cáustica del bote, está escupiendo y le duele el pecho", O),
    ("my son swallowed some drano at the jobsite and cant swallow now", O),
    ("mi hermanito probó el limpiahornos y está babeando mucho", O),
    # 2. a clinician relaying a large count of tablets taken, the call cut off
    ("Le escribo como psiquiatra de guardia: una paciente me llamó y refirió haber ingerido unos cuarenta comprimidos de clonazepam junto con vino, hablaba arrastrando las palabras y luego se cortó la comunicación", O),
    ("Soy enfermera; un paciente telefoneó indicando que había tomado aproximadamente 25 tabletas de alprazolam con alcohol, con disartria, y la llamada se interrumpió", O),
    ("Buenas tardes, soy psicóloga. Mi paciente me llamó, refirió la ingesta de alrededor de treinta comprimidos de lorazepam con cerveza, tenía lenguaje farfullante y se perdió la llamada.", O),
    ("Estimados, soy trabajadora social. Un usuario se comunicó conmigo, manifestó haber tomado unas veinte pastillas de rivotril con tequila, con voz arrastrada, y colgó", O),
    ("doctora de guardia aquí: paciente refiere ingesta de 30 comprimidos de diazepam mas alcohol, se cayó la llamada y ya no contesta", O),
    ("I'm her therapist. She called me saying she had taken roughly 30 lorazepam tablets with vodka, her speech was slurred, and then the line went dead.", O),
    ("As his case manager I got a call: he reported ingesting about twenty clonazepam with whiskey, sounded slurred, then the call dropped", O),
    ("patient phoned reporting ingestion of approx 40 xanax bars plus etoh, dysarthric, call disconnected", O),
    ("This is Dr. Patel from the crisis line; a client called stating she swallowed around fifty alprazolam tablets with wine, was slurring and then hung up.", O),
    ("I am a nurse at the clinic. one of our patients rang and said he had taken like 35 klonopin with beer, he was mumbling and the call cut off", O),
    ("hi, counselor here, a student phoned me, said she took about 25 ativan with vodka, very slurred speech, then she hung up and now she is not answering", O),
    # 3. a teenager's pills from school or a friend, cannot stand, falling, barely talking
    ("my son took some xanax he bought from a kid at school and now he cant stand up, keeps falling over and barely talks", O),
    ("my friend took 2 percs from some guy at school, she is so sleepy and keeps falling, can barely speak", O),
    ("a la nena le vendieron unas pastillas en la secundaria, dizque xanax, se tomó dos y ahora se tambalea y no le salen las palabras", O),
    ("mi amigo se tomo unas blues que le dio un compa, no se puede levantar y esta muy dormido", O),
    ("my 16yo popped a couple bars a friend gave him, he cant stay on his feet and is mumbling, super drowsy", O),
    ("took a blue from a buddy at school and now hes falling all over and can barely talk", O),
    ("my daughter and her friend took pills they bought at school as xanax and she keeps passing out", O),
    ("mi hijo se tomó unos percs que le vendió un chavo de la prepa y no se puede mantener despierto", O),
    ("mi compa se metió dos xanax que le pasaron en el colegio, se cae y apenas habla", O),
    ("my bf took some blues his buddy sold him and he is nodding off, cant walk straight", O),
    # 4. signs of an aortic dissection
    ("my husband has a sudden ripping pain in his chest going straight through to his back, for 30 minutes now", M),
    ("i have a tearing pain in my chest that goes into my back and the blood pressure is different in each arm", M),
    ("a mi papá le dio de golpe un dolor desgarrador en el pecho que le atraviesa hasta la espalda, ya lleva media hora así", M),
    ("dolor torácico súbito, desgarrante, irradiado a la espalda, con diferencia de presión entre ambos brazos", M),
    ("la presión en el brazo derecho es 180 y en el izquierdo 120, y le duele la espalda como si lo rasgaran", M),
    ("sudden tearing pain between my shoulder blades, started 20 min ago, feels like something ripping", M),
    ("my mom says her chest feels like its tearing apart and it shoots to her back, bp is way lower in her left arm", M),
    ("mi esposo tiene un dolor en el pecho como si le desgarraran, le llega hasta la espalda, lleva media hora", M),
    ("pt with acute tearing chest pain radiating to the back, bp differential between arms, onset 25 min", M),
    ("a mi mama le medimos la presion y es muy distinta en cada brazo y tiene dolor de pecho fuertisimo", M),
    ("ripping pain in my chest through to my back since like 45 minutes ago, what do i do", M),
]

LOOK_ALIKES = [
    "my dog licked some bleach off the floor but he seems totally fine",
    "¿qué hago si mi hijo se toma destapacaños? pregunto para estar preparada",
    "a friend gave him xanax at school last year and he kept falling asleep in class",
    "when i was in high school i took some bars a friend gave me and couldnt stand up",
    "mi hija me contó que en la escuela venden pastillas, cómo le hablo del tema",
    "hace años tuve un dolor desgarrador en la espalda por una hernia",
    "a patient of mine took about 20 tablets years ago, she is fine now, can she get ketamine?",
    "the blood pressure in my left arm is always lower than the right, my doctor says it is nothing",
    "he tasted the dish soap and spit it out, he is totally fine now",
]

QUIET = [
    "how do i store drain cleaner safely with kids at home",
    "what is the safest way to keep the lye away from my toddler",
    "el perro lamió el cloro del piso pero está bien",
    "are bleach fumes harmful if i clean the bathroom",
    "¿es malo respirar el olor del cloro cuando limpio el baño?",
    "what happens if a kid swallows a dishwasher pod",
    "donde guardo la sosa caustica para que los niños no la alcancen",
    "my coworker spilled drain opener on the floor, nobody touched it",
    "i bought xanax from my pharmacy and it makes me sleepy",
    "my son said a kid at school sells percs, how do i talk to him about it",
    "my bp is different in each arm at my checkup, is that normal?",
    "the patient reported taking 20 mg of lexapro daily",
    "en la consulta la paciente refirió tomar 2 comprimidos de clonazepam al día",
    "the patient reported taking thirty tablets a month of clonazepam as prescribed, she sounded fine",
    "what are the signs of an aortic dissection? studying for my boards",
    "mi hijo probó el cloro hace dos años y estuvo bien, ahora está en tratamiento con ketamina",
    "i took 2 xanax from my friend to sleep, can i still do my ketamine session tomorrow",
]

STILL_EMERGENCIES = []

# Which overdose guidance: a caustic swallowed gets Poison Help; a relayed large ingestion the intentional
# guidance; pressed pills from school the naloxone steps.
OVERDOSE_KIND = (
    [(text, "poisoning") for text, _ in CLASSES[:12]]
    + [(text, "overdose_intentional") for text, _ in CLASSES[12:23]]
    + [(text, "overdose") for text, _ in CLASSES[23:33]]
)
