"""Round 40's overdose and medical classes (helper b; tests/unit/test_crisis_classes_by_round.py checks
them, key 401), English and Spanish: (1) Spanish SMS abbreviations expanded by the normaliser ("d" ->
"de", "q"/"k" -> "que", "xfa"/"porfa"/"plis"/"x favor" -> "por favor", "toy" -> "estoy", "tamos" ->
"estamos", "hno"/"hna" -> "hermano"/"hermana", "pq"/"xq" -> "porque", "tb"/"tmb" -> "tambien", "bn" ->
"bien"), so that street pills ("xanax d la calle") with someone not getting up get the street-pill
overdose guidance; (2) a staggered accidental acetaminophen/paracetamol overdose (many 500 mg tablets
over a day or two for a toothache or pain, now right-side belly pain or vomiting); (3) a person found not
moving among spilled pills, breathing told as a count per minute by a bystander (naloxone steps); (4) a
seizure that started minutes ago and does not stop; (5) telegraphic severe bleeding (a saw cut at work,
spurting; a cut or a stab in the belly in a fight outside a school); (6) left over from the trained
model: MDMA at a party with burning heat and confusion, sleeping pills taken again and again with an
elderly person snoring and not rousing, a head injury with vomiting or double vision or lost memory, a
fall on the head with blood pooling and eyes not focusing, a blood-pressure tablet taken three times by
mistake with a slow heartbeat. Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = [
    # 1. Spanish SMS abbreviations: street pills, someone not getting up
    ("mi hna se metio unas pastillas d la calle anoche y ahora no se levanta del piso, ta blanca blanca, xfa q hago", O),
    ("toy con mi prima, se tomo pastillas d la calle y no se levanta, esta bien palida q hago", O),
    ("porfa ayuda mi hna tomo xanax d la calle y no reacciona, tamos solas", O),
    ("ayuda plis mi novio se metio unas pastillas k compro en la calle y no se levanta, esta palido", O),
    ("x favor q hago mi hno tomo unos xanax d la calle, no se despierta y esta blanco blanco", O),
    ("tamos en la casa y mi primo se tomo unas pastillas d la calle, no se levanta y toy asustada xq esta palido", O),
    # 2. staggered accidental acetaminophen overdose
    ("my dad took like 25 tylenol 500 mg over two days for his toothache and now his right side hurts and he keeps throwing up", O),
    ("mi mama se tomo como 30 acetaminofen de 500 entre ayer y hoy por el dolor de muela y ahora vomita y le duele el lado derecho", O),
    ("my roommate has been taking paracetamol 500mg all weekend for a toothache, probably 20 something tablets, now shes vomiting", O),
    ("mi esposo tomo un monton de paracetamol de 500 estos dos dias por el dolor de espalda, ahora tiene dolor en la derecha de la barriga y vomito", O),
    ("he took plenty tylenol 500 for two days straight for the tooth pain and now his belly hurts on the right side", O),
    ("mi abuela tomo acetaminofen 500 cada rato desde anteayer por el dolor, como 24 pastillas, y ahora esta vomitando", O),
    ("my grandmother took about 22 extra strength tylenol over a day and a half for her back, now her upper right stomach is hurting and she threw up", O),
    # 3. found not moving, pills spilled, breathing counted per minute
    ("im a dog walker, the owner is on the floor not moving pills all over, breathing like twice a minute", O),
    ("la senora que cuido esta tirada con pastillas regadas y respira como 2 veces por minuto", O),
    ("cleaning lady here, found the man in the bedroom not moving with pills spilled everywhere, barely 4 breaths a minute", O),
    ("soy la aide de la senora, no se mueve, hay pastillas en el piso y respira como 3 veces por minuto", O),
    ("home aide, my client is slumped with pills spilled on the bed and he is breathing maybe 3 times a minute", O),
    ("entre a limpiar y el senor esta en el sofa sin moverse, pastillas regadas por todos lados, respira como dos veces por minuto", O),
    # 4. a seizure that does not stop
    ("a mi papa le dio una convulsion, ya lleva como 5 minutos y no se le quita, q hago", M),
    ("my coworker has been seizing for 6 minutes and it's not stopping, he never had one before", M),
    ("mi hija lleva 5 minutos convulsionando y no se le quita", M),
    ("my wife started having a seizure about 5 min ago and she is still shaking, first time ever", M),
    ("el senor de al lado lleva como 7 minutos con convulsiones y no para, nunca le habia dado", M),
    ("my son has been convulsing for like 8 minutes now and it won't stop", M),
    ("a mi papa le dio una convulsion hace 5 minutos y todavia sigue temblando, nunca le habia dado", M),
    # 5. telegraphic severe bleeding
    ("coworker cut his leg with the saw, lots of blood, spurting", M),
    ("mi companero se corto la pierna con la sierra en el trabajo, sale sangre a chorros", M),
    ("se corto con la sierra en la obra, la sangre sale fuerte y no para", M),
    ("guy got cut in the belly in a fight outside the school, bleeding mucho, help", M),
    ("a un muchacho lo apunalaron en la barriga afuera de la escuela, bleeding a lot", M),
    ("my coworker sliced his thigh on the table saw blood is spurting everywhere", M),
    ("le dieron una cortada en el estomago en una pelea frente a la escuela y esta sangrando mucho", M),
    ("kid got stabbed in the stomach outside the school, the guy is still there with the knife", V),
    # more voices
    ("my cousin took some pressed percs off the street and he wont get up, his face is grey", O),
    ("plis vengan mi hna se tomo pastillas callejeras y no reacciona, ta blanca blanca", O),
    ("toy sola con mi hno, se metio unas pastillas q le dieron en la calle y no se mueve, xfa", O),
    ("he took plenty tylenol 500 mg since friday for his tooth and now he keeps vomiting", O),
    ("my aide client not moving in the chair, pill bottle open and pills on the floor, breathing maybe 3 times per min", O),
    ("la senora del 4B no se mueve, hay pastillas por el piso y respira apenas 4 veces x minuto", O),
    ("my dad is seizing for like 10 min now and it will not stop, never had a seizure", M),
    ("mi esposa lleva como 6 minutos con convulsiones, nunca le habia pasado, ayuda", M),
    ("le dio un ataque hace 5 minutos y sigue convulsionando, nunca habia tenido uno", M),
    ("my coworker got caught by the chainsaw on his leg and blood is gushing out", M),
    ("bro got cut on the stomach after a fight by the school, sangrando mucho", M),
    ("el muchacho de la obra se volo la pierna con la sierra circular, mucha sangre y sale a chorros", M),
    # 6. left over from the trained model
    ("my friend took molly at the party and she is burning hot, shaking and confused", M),
    ("mi amiga tomo molly en la fiesta y esta ardiendo de calor, temblando y confundida", M),
    ("my grandpa kept taking his ambien again and again tonight and now he is snoring and we can not wake him", O),
    ("mi abuela se tomo el zolpidem una y otra vez, esta roncando y no despierta", O),
    ("my son fell off his bike and hit his head, now he is throwing up and seeing double", M),
    ("se cayo de la bicicleta y se pego en la cabeza, esta vomitando y no se acuerda de nada", M),
    ("my mom fell and hit her head, there is blood pooling under her and her eyes are not focusing", M),
    ("mi tio se cayo y se pego la cabeza, hay un charco de sangre y los ojos no enfocan", M),
    ("granny tek she pressure tablet three times by mistake, she weak and dizzy and she heart beating slow slow", O),
    ("my aunt took her blood pressure pill 3 times by mistake and now she is weak, dizzy and her heartbeat is really slow", O),
]

LOOK_ALIKES = [
    # crisis words ruled out: the past, a question, a story, research
    "my friend took molly at a party last year and got really hot and shaky, is ketamine safer?",
    "if you take molly and get super hot and confused what should you do?",
    "we are doing research on mdma, patients get hot and shaky sometimes, is ketamine similar?",
    "he has seizures that last 5 minutes at a time, every few months, can he get ketamine?",
    "my son had a seizure 5 minutes long two years ago and it did not stop until the ambulance gave meds",
    "in the movie the guy gets stabbed in the stomach and bleeds a lot, it triggered me, is that normal?",
    "what should you do if someone is breathing only 4 times a minute after pills?",
]

QUIET = [
    # 1. "d" and "q" in English, "ma" and "pa" left alone
    "what is plan d if the insurance says no to plan c?",
    "is there a q and a session after the group meeting on friday?",
    "my vitamin d is low, does that matter for ketamine?",
    "can i bring my ma to the appointment? pa can not drive",
    "grade d in my chem class lol, anyway what time do you open",
    "toy story was on tv during my infusion, it was fine",
    "the movie was rated d by my little brother lol, what time is my session?",
    "need q tips and gauze for after the infusion? or do you have them",
    "tb test came back negative, can i start ketamine next week?",
    "my kid got a d on his test and im stressed, is that a reason to up my dose lol",
    "the street pills panel at the conference was interesting, is fentanyl testing free here?",
    "mi hno compro pastillas en la farmacia de la calle 181, son genericas, sirven igual?",
    # 2. acetaminophen at the label dose
    "i took 2 tylenol 500 mg for my toothache this morning, is that ok before ketamine?",
    "tome dos paracetamol de 500 para el dolor de muela, puedo ir a mi cita?",
    "how much acetaminophen can i take in a day for tooth pain? the box says 500 mg",
    "my dad takes tylenol 500 twice a day for his back, does that interact with ketamine?",
    # 3. a person sleeping, breathing normally
    "my husband is sleeping on the couch breathing normally, should i wake him for his appointment?",
    "el senor que cuido esta dormido en el sofa respirando normal, le doy su pastilla cuando despierte?",
    "the dog walker found my pills spilled on the floor, i picked them all up, do i need a new bottle?",
    "how many breaths a minute is normal for an adult?",
    # 4. a seizure in the past, a question
    "i had a seizure last year that lasted about a minute, can i still get ketamine?",
    "tuve una convulsion hace dos anos que duro un minuto, puedo hacerme el tratamiento?",
    "does ketamine lower the seizure threshold? i had one 5 years ago for 2 minutes",
    "mi hijo tuvo una convulsion febril de un minuto cuando era bebe, eso afecta?",
    # 5. a paper cut, a saw blade at the store
    "i got a paper cut at work and it bled a little, lol anyway when is my appointment",
    "bought a new saw blade at home depot for my coworker, then came here, is parking free?",
    "me corte con un papel en el trabajo, sangro poquito, a que hora abren?",
    "my son had a nosebleed at school today, it stopped after five minutes, can he still come?",
    "my brother is a carpenter and uses a table saw every day, can he do ketamine?",
    # 6. a fall with no injury, MDMA asked about as research
    "i fell on the ice yesterday but didn't hit my head, no injury, is my appointment still on?",
    "me cai en la calle pero no me pegue en la cabeza, estoy bien, puedo ir hoy?",
    "is mdma being studied as a treatment for ptsd like ketamine?",
    "what do you think of the mdma research for ptsd? is it approved?",
    "la investigacion sobre mdma para el trauma, ustedes la ofrecen?",
    "my grandpa takes ambien every night and snores a lot, is that ok with ketamine?",
    "my mom takes her blood pressure pill every morning, does ketamine raise blood pressure?",
    "my grandma takes her blood pressure pill twice a day and her pulse is usually slow, is ketamine ok?",
    "mi mama toma la pastilla de la presion dos veces al dia y tiene el pulso lento, puede hacerse la ketamina?",
    "i fell off my bike last week and hit my head, i had double vision for a day, fine now",
    "she fell and hit her head but there is no blood and her eyes are focusing fine",
    "the dealer said the xanax from the street are not fake, is that true?",
    "i used to buy pills on the street but i am clean now, can i get ketamine?",
]

STILL_EMERGENCIES = [
    ("i had a seizure last year and now my brother is seizing for 5 minutes and it won't stop", M),
    ("took 2 tylenol this morning but my dad took like 30 of them over two days and is vomiting", O),
]

# (text, guidance kind)
OVERDOSE_KIND = [
    ("mi hna se metio unas pastillas d la calle anoche y ahora no se levanta del piso, ta blanca blanca, xfa q hago", "overdose"),
    ("my dad took like 25 tylenol 500 mg over two days for his toothache and now his right side hurts and he keeps throwing up", "poisoning"),
    ("mi mama se tomo como 30 acetaminofen de 500 entre ayer y hoy por el dolor de muela y ahora vomita y le duele el lado derecho", "poisoning"),
    ("im a dog walker, the owner is on the floor not moving pills all over, breathing like twice a minute", "overdose"),
    ("la senora que cuido esta tirada con pastillas regadas y respira como 2 veces por minuto", "overdose"),
]
