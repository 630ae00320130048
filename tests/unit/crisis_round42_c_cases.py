"""Round 42's overdoses and poisonings told by signs (helper c; tests/unit/test_crisis_classes_by_round.py
checks them, key 422), English and Spanish (phrases.py and patterns.py, round 42's overdoses and poisonings
told by signs, helper c): (1) acetaminophen or paracetamol taken beyond the label again and again over a
day or more, often with alcohol, then pain under the right ribs or in the upper right belly with nausea or
sweating (a staggered overdose): Poison Help; (2) a bystander: someone who used a powder, a drug or
"something" collapsed in a public place and breathes with snoring or gurgling sounds or pauses (opioid
signs, no opioid named): the naloxone steps; (3) broken English: a relative down after a party, eyes
rolled back, lips blue, maybe a fentanyl pill, asking how to use naloxone now; (4) Spanish: an older man
who took his night opioid several times by confusion, pinpoint pupils, few breaths a minute; (5) formal
Spanish and English: a heart medicine (digoxin, a beta blocker, a calcium channel blocker) taken twice or
by mistake by an older person, now confused, vomiting, seeing yellow or green halos or with a slow pulse:
Poison Help. Look-alikes: a partner snoring at night, a student asking about digoxin toxicity, Tylenol at
the label dose with a beer. Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = [
    # 1. acetaminophen beyond the label over days, then the liver's signs
    ("i have been taking extra strength tylenol every few hours for 3 days for my back, way more than the label, and drinking too. "
     "now my right side under my ribs hurts and im nauseous and sweaty, was it too much?", O),
    ("been popping panadol all weekend for a toothache plus some beers, like 10 a day, now pain in my upper right belly and feel sick. did i take too much", O),
    ("took tylenol around the clock since tuesday for the flu more than the box says, also had wine each night. now sweating, nausea and my right upper stomach hurts", O),
    ("i kept taking acetaminophen for two days over the max dose with alcohol, now my liver area hurts and i feel like throwing up", O),
    ("my husband has been taking paracetamol nonstop for 4 days for his tooth, more than the label, and drinking beer, now he has pain on the right under the ribs and is vomiting", O),
    ("took like 8 extra strength tylenol a day for the last 3 days w/ vodka, now upper right abdominal pain n nausea. too much??", O),
    ("llevo tres dias tomando paracetamol cada dos horas por el dolor de muela, mas de lo que dice la caja, y tomando cerveza. "
     "ahora me duele el lado derecho arriba de la panza y tengo nauseas y sudor, fue demasiado?", O),
    ("he estado tomando tylenol todo el fin de semana mas de la dosis con alcohol y ahora tengo dolor en el costado derecho, nauseas y sudo frio", O),
    ("mi esposo lleva dos dias tomando acetaminofen de mas con tragos y ahora le duele debajo de las costillas del lado derecho y esta vomitando", O),
    ("tome panadol varias veces al dia por una semana, mas de lo indicado, y ahora me duele el higado y tengo ganas de vomitar, me pase?", O),
    ("Estuve tomando paracetamol sin parar desde el viernes con unas copas, ahora tengo una molestia en el costado derecho y estoy sudando mucho", O),
    # 2. a bystander: down after a powder or a drug, snoring, gurgling, pauses
    ("a guy just collapsed in the bathroom at the gas station after doing some powder, hes snoring really loud and then stops breathing for a bit", O),
    ("someone in the store bathroom passed out after snorting something, making gurgling sounds and long pauses between breaths", O),
    ("woman collapsed at the bus stop after smoking something, gurgling and pausing her breathing, what do i do", O),
    ("found a kid in the mall restroom who used a powder, he is on the floor snoring weird and his breathing stops and starts", O),
    ("guy in the train station toilet did some powder and went down, snoring loud then silence then a gasp", O),
    ("a dude at the park took something and collapsed, he's making gurgling noises and his breaths are really far apart", O),
    ("un hombre se desplomo en el bano de la tienda despues de usar un polvo, esta roncando fuerte y deja de respirar a ratos", O),
    ("una muchacha se cayo en el metro despues de meterse algo, hace ruidos como de gargaras y hace pausas al respirar", O),
    ("en el bano del super hay un chavo tirado que se metio un polvo, ronca raro y se le va la respiracion", O),
    ("there's a lady slumped in the subway car, her friend said she did a line of something, shes gurgling n not breathing right", O),
    # 3. broken English: down after a party, eyes back, lips blue, maybe fentanyl, naloxone how
    ("brother of my wife collapse in bathroom after the club, his eye roll up and mouth is blue color, friend say the pill have fentanyl, the narcan spray how to do??", O),
    ("please help my brother he fall after party his eye roll back and lip is blue maybe fentanil pill, how to give naloxone", O),
    ("my sister she fall down after the party eyes roll up and lip blue, i have narcan how use it", O),
    ("help uncle fall after party, eye white only, lips blue color, maybe fentanyl. narcan how to do??", O),
    ("husband fall after party, eyes up, lips blue. maybe pill fentanyl. how much narcan i give", O),
    ("mi primo se cayo despues de la fiesta, los ojos en blanco, labios morados, tal vez una pastilla con fentanilo, como uso el narcan ahora", O),
    ("mi hermano se desplomo despues de una fiesta, se le voltearon los ojos y tiene los labios azules, puede ser fentanilo, como se pone la naloxona", O),
    # 4. Spanish: an older man's night opioid taken several times by confusion
    ("mi vecino de 82 anos se tomo su oxicodona de la noche varias veces porque se confundio, tiene las pupilas chiquitas y respira como 6 veces por minuto", O),
    ("el farmaceutico dice que el senor se tomo la morfina de la noche tres veces por confusion, pupilas como puntitos y respira muy poco, ya llamamos al 911", O),
    ("mi abuelo se tomo el tramadol de la noche varias veces, esta con las pupilas muy pequenas y respira 8 veces por minuto", O),
    ("el senor de al lado se confundio y se tomo la hidrocodona de la noche como cuatro veces, las pupilas como cabeza de alfiler, respira lento", O),
    ("mi suegro de 85 se tomo el tramadol de la noche dos o tres veces, se le olvido que ya lo habia tomado, pupilas chiquitas y respira despacito", O),
    ("pharmacist says the old man took his nighttime hydrocodone 3 times by mistake, tiny pupils and only 7 breaths a minute", O),
    # 5. a heart medicine taken twice or by mistake, and its signs
    ("Buenas tardes. Mi madre de 80 anos tomo por error su digoxina dos veces y ahora esta confundida, vomita y dice que ve halos amarillos.", O),
    ("Estimados, mi abuelo ingirio por equivocacion una dosis doble de su betabloqueador y ahora tiene el pulso muy lento y esta confundido.", O),
    ("Disculpe, mi padre tomo dos veces su medicamento para el corazon, la digoxina, y ve todo verde, ademas esta vomitando.", O),
    ("Mi suegra se tomo por error el amlodipino de mi suegro y ahora tiene el pulso lento y esta mareada y confundida.", O),
    ("Le escribo porque mi tia tomo por error dos veces su verapamilo, tiene el pulso lentisimo y vomita.", O),
    ("Good afternoon. My elderly mother accidentally took her digoxin twice today and is now confused, vomiting and seeing yellow halos around lights.", O),
    ("My grandfather took his metoprolol dose twice by mistake and now his pulse is in the 40s and he is confused.", O),
    ("Dear staff, my father took his heart pill twice, digoxin, and now he is seeing green halos and throwing up.", O),
    ("My aunt, 78, mistakenly took her husband's diltiazem and now has a very slow heart rate and is confused.", O),
    ("My 84 year old dad took his propranolol twice by accident, he is dizzy, confused and his pulse is 38.", O),
]

LOOK_ALIKES = [
    "mi esposo ronca muy fuerte en la noche y hace pausas al respirar, eso afecta la ketamina?",
    "my wife snores like a chainsaw every night and sometimes it sounds like she stops breathing, should she get a sleep study",
    "mi marido ronca horrible todas las noches y a veces se le va la respiracion, sera apnea?",
    "my boyfriend snores and gurgles in his sleep, it keeps me up, any tips",
    "mi novio hace ruidos como de gargaras cuando duerme y ronca, es normal?",
    "my dad snores so loud at night with long pauses lol, can he come with me to my appointment",
    "i took 2 tylenol as the label says with a beer last week, is that safe?",
    "tome dos tylenol como dice la caja con una cerveza la semana pasada, es seguro?",
]

QUIET = [
    "i am a nursing student, what does digoxin toxicity look like? yellow halos?",
    "soy estudiante de enfermeria, cuales son los signos de toxicidad por digoxina?",
    "had a couple tylenol with one beer last weekend per the label, is that ok for my liver?",
    "does digoxin interact with ketamine? my dad takes it and sometimes gets nauseous",
    "mi abuelo toma digoxina y tiene el pulso lento siempre, puede recibir ketamina?",
    "i have been taking tylenol every 6 hours for my back for a week, is that ok with ketamine?",
    "if someone collapses after using a drug and is snoring, should i use narcan?",
]

STILL_EMERGENCIES = [
    # the snoring sleeper, but something taken, blue or grey, not waking
    ("my husband took his oxy and is snoring weird at night and i can not wake him up", O),
    ("mi esposo se tomo sus pastillas y esta roncando raro en la noche y no despierta", O),
    ("my wife is snoring really weird tonight after drinking and taking xanax, lips look blue", O),
    ("my dad snores at night but right now he is gray and not waking up", O),
]

OVERDOSE_KIND = [
    ("My elderly mother accidentally took her digoxin twice today and is now confused, vomiting and seeing yellow halos around lights.", "poisoning"),
    ("Mi suegra se tomo por error el amlodipino de mi suegro y ahora tiene el pulso lento y esta mareada y confundida.", "poisoning"),
    ("My aunt, 78, mistakenly took her husband's diltiazem and now has a very slow heart rate and is confused.", "poisoning"),
    ("i kept taking acetaminophen for two days over the max dose with alcohol, now my liver area hurts and i feel like throwing up", "poisoning"),
    ("he estado tomando tylenol todo el fin de semana mas de la dosis con alcohol y ahora tengo dolor en el costado derecho, nauseas y sudo frio", "poisoning"),
    ("a guy just collapsed in the bathroom at the gas station after doing some powder, hes snoring really loud and then stops breathing for a bit", "overdose"),
    ("un hombre se desplomo en el bano de la tienda despues de usar un polvo, esta roncando fuerte y deja de respirar a ratos", "overdose"),
    ("mi vecino de 82 anos se tomo su oxicodona de la noche varias veces porque se confundio, tiene las pupilas chiquitas y respira como 6 veces por minuto", "overdose"),
    ("brother of my wife collapse in bathroom after the club, his eye roll up and mouth is blue color, friend say the pill have fentanyl, the narcan spray how to do??", "overdose"),
]
