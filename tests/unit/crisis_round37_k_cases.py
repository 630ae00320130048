"""Round 37's known gaps (helper k; tests/unit/test_crisis_classes_by_round.py checks them, key
374): false alarms the detector raised, each ruled out by a look-alike filter with stops
(bot/crisis/patterns.py, "round 37's look-alikes (helper k)"), and one miss
(bot/crisis/phrases.py, "round 37's known gaps (helper k)"). False alarms: 1. a car left running
or warming up in a garage or a driveway, told as a chore or a safety question, no one inside, no
wish, no sleepiness or headache now; 2. a rope, a cord or a line bought for an ordinary use named (a
clothesline, a tent, a swing, moving furniture, a boat), English and Spanish; 3. a nurse, a
pharmacist, a pharmacy or nursing student asking the toxic or lethal dose of acetaminophen or another
common medicine for work or study, nothing taken by anyone; 4. pills counted or packed for a trip or
a week or put in a pill organiser, and all one's morning pills put in a cup or a glass to be taken
together as usual; 5. a joking or idiomatic "better off" / "estaria mejor" about something trivial
(a team, a haircut, a job, a phone). The miss: 6. a bystander telling that a person in front of them
now does not answer and is blue, grey or purple, no drug and no course named, with and without
punctuation, "no me hace caso", the diminutives "moraditos", "azulitos" (read as an overdose with
no drug named, or as a medical emergency). STILL_EMERGENCIES hold each filter's words beside a real
danger. Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = [
    # 6. a person in front of the writer, not answering and blue, no drug named
    ("guy next to me at the bar not responding lips blue", O),
    ("the woman beside me on the train not answering lips purple", O),
    ("this old man next to me isnt answering lips are blue", O),
    ("the kid sitting in front of me not responding face grey what do i do", O),
    ("dude on the bench next to me wont answer me lips going purple", O),
    ("hay un hombre frente a mi que no me contesta tiene los labios azules y no se que hacer", O),
    ("el senor de la banca de al lado no me hace caso y tiene los labios moraditos", O),
    ("el muchacho de enfrente no me contesta y tiene los labios azulitos", O),
    ("la senora junto a mi en el camion no me responde, tiene la boca moradita, ayuda", O),
    ("un chavo aqui a mi lado no me pela y se esta poniendo gris", O),
    ("the lady across from me at the laundromat stopped responding, her lips are turning grayish", O),
    ("my neighbor is right here in front of me not reacting at all and his face is going blue", O),
]

LOOK_ALIKES = [
    # 1. a car warming up in a garage or a driveway, a chore or a safety question
    "i left the car running in the garage to warm it up while i grabbed my coffee, is that dangerous?",
    "deje el carro prendido en el garaje calentandose mientras me arreglaba para la cita, es peligroso?",
    "how long can you leave a car running in an attached garage before carbon monoxide is a problem? just curious",
    "left my car running in the garage by accident last night, nobody was inside, everyone is fine. should i air out the house?",
    "is it safe to warm up my car in the garage with the door open for five minutes in winter?",
    "mi esposo deja la camioneta encendida en la cochera para que se caliente, eso es seguro?",
    "the truck was idling in the garage while i loaded the groceries, then i drove to my session",
    # 2. a rope bought for a clothesline, a tent, a swing, a move, a boat
    "compre una cuerda para el columpio de mis hijos, ya quedo colgado del arbol",
    "compre una soga para el tendedero, manana tengo la sesion",
    "i need to buy a rope for a clothesline in the backyard, do you know where i can find one?",
    "bought some rope today to tie down the tent for our camping trip this weekend",
    "consegui una soga para amarrar la lancha en el muelle, nos vemos el jueves",
    "fui a comprar un mecate para mover los muebles de la mudanza",
    "just bought a rope for my boat, can i reschedule to friday?",
    # 3. a nurse's or a student's question on the toxic or lethal dose, nothing taken
    "as a nurse i get asked this at work: what is the lethal dose of tylenol?",
    "pharmacist here, a coworker and i were debating the fatal dose of tylenol, what is it in grams?",
    "i'm a pharmacy tech and a customer asked me how much tylenol is a lethal dose, what should i tell them?",
    "soy auxiliar de farmacia y un cliente me pregunto cual es la dosis mortal de acetaminofen, que le digo?",
    "pharmacy student here, what's the hepatotoxic dose of paracetamol in mg/kg for my class?",
    "registered nurse, quick work question: what's the lethal dose of acetaminophen for a 70 kg adult?",
    # 4. pills packed for a trip or a week; the morning pills in a cup as usual
    "i counted out all my pills for the week in my pill organizer, can i take them before my infusion?",
    "counted all my pills for my vacation, i have enough for 10 days",
    "i'm saving my pills for the trip so i don't run out",
    "i've been collecting my pills for the week in a pill box",
    "pongo todas mis pastillas en una taza cada manana y me las tomo juntas con el cafe",
    "put all my morning meds in a glass and took them all together like i always do, can i have coffee?",
    "junte todas mis pastillas de la manana en un vaso y me las tome juntas como siempre",
    "guarde todas mis pastillas para el viaje en una bolsita",
    # 5. "better off" about a team, a haircut, a phone, a job
    "estaria mejor sin este corte de pelo jajaja",
    "the lakers would be better off without him, anyway what are your hours?",
    "mi equipo estaria mejor sin ese portero jaja",
    "estaria mejor con otro celular, este ya no sirve jaja",
    "the world would be better off without pineapple pizza lol",
    "honestly i'd be better off with a new phone, this one keeps dying lol",
]

QUIET = [
    # 1-5: the same errands with no crisis word the detector reads
    "my husband always leaves the truck running in the driveway to warm it up before my appointment",
    "voy a comprar una soga para tender la ropa en el patio",
    "soy estudiante de enfermeria, cual es la dosis toxica del paracetamol? es para mi examen de farmacologia",
    "ya tengo mis pastillas para el viaje contadas, puedo llevar la ketamina en el avion?",
    "i put all my morning pills in a glass and swallow them together like always, does that interfere with spravato?",
    # 6. a phone or texts not answered, a treatment not responded to, a face flushed from play
    "my phone is not responding and the screen is grey",
    "she is not answering my texts, her profile picture is blue",
    "he is not responding to treatment and his face looks better",
    "mi hijo no me hace caso y tiene la cara roja de tanto jugar",
]

STILL_EMERGENCIES = [
    # 1. the car: someone inside, a closed door, a headache or dizziness now, a wish
    ("i left the car running in the garage to warm it up and now i have a headache and feel dizzy and sleepy, is that dangerous?", S),
    ("deje el carro prendido en el garaje calentandose y ahora me duele la cabeza y estoy mareada, es peligroso?", S),
    ("el carro esta prendido en la cochera para calentarlo, estoy adentro con la puerta cerrada, ya no quiero despertar", S),
    ("i warm up my car in the garage every morning, but today i shut the garage door and i'm sitting in it with the engine on", S),
    # 2. the rope: for hanging oneself, a noose, a wish
    ("compre una soga para el tendedero pero en realidad es para colgarme esta noche", S),
    ("bought a rope for the tent, but honestly it's to hang myself tonight", S),
    ("i bought rope for my boat and i tied a noose with it, i want to die", S),
    ("necesito una cuerda para la mudanza, aunque ya no quiero vivir, la voy a usar para ahorcarme", S),
    ("compre una cuerda hoy y no es para el columpio.", S),
    # 3. the dose question beside a dose taken or a wish
    ("as a nurse, what is the lethal dose of tylenol? i took 40 of them an hour ago", O),
    ("soy enfermera, cual es la dosis letal del paracetamol? me tome todo el frasco", O),
    ("nursing student here, what's the toxic dose of acetaminophen? i swallowed a whole bottle after my exam", O),
    ("pharmacist here, what's the fatal dose of tylenol? i want to die tonight", S),
    # 4. pills packed or in a cup, beside all at once, not waking, a wish
    ("packed all my pills for the trip but i'm going to take them all at once tonight", O),
    ("pongo todas mis pastillas en una taza cada manana, hoy me las voy a tomar todas de una vez para no despertar", S),
    ("counted all my pills for the week, i have enough to not wake up and i want to die", S),
    ("every morning i put all my pills in a cup, but today i put the whole bottle in and i want to end it", S),
    # 5. better off without the writer, beside the team or the job
    ("my team would be better off without me, everyone would, i want to die", S),
    ("mi equipo de trabajo estaria mejor sin mi, ya no quiero vivir", S),
    ("my family would be better off without me, and so would my team", R),
    ("estaria mejor muerta que con este trabajo, no es broma, ya no aguanto", R),
    ("mi familia estaria mejor con el dinero del seguro que conmigo, ni en el trabajo sirvo", R),
    ("twenty years as a firefighter, i'd be better off in the ground with my crew than at this job", R),
]
