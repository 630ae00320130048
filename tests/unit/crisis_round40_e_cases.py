"""Round 40's phone and speech look-alikes (helper e; tests/unit/test_crisis_classes_by_round.py checks
them, key 404), English and Spanish: a visitor who cannot or would rather not talk on the phone, on a
call or right now (at work, on a shift, deaf or hard of hearing, anxious about calls, in a loud place or
on the train, with a baby asleep, no minutes left) and asks for an email, a text or the chat. "Can't
talk" there is no sudden loss of speech: a look-alike filter (patterns.py, round 40's phone and speech
look-alikes, helper e) rules out the words of not talking, the writer's own or anyone's said of the
phone, where the message names the phone, a call, another channel or the situation. STILL_EMERGENCIES
hold a real sudden loss of speech (a face or mouth drooping, slurred words, a weak or numb arm, all of a
sudden) and a person who cannot talk because they cannot breathe or are choking, also beside a request
for a text or a call (the filter also stops at someone near who threatens the writer, left alarmed as
before, not tested here for want of a fitting kind). Written here, never copied from an evaluation set. No new detection class, so CLASSES is empty."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = []

LOOK_ALIKES = [
    # at work, on a shift, in a meeting
    "cant talk phone. email?",
    "no puedo hablar por telefono en el trabajo, tienen correo?",
    "can't really talk rn, can u text me",
    "no puedo hablar ahorita, estoy en el trabajo, me escriben?",
    "i cant talk right now im at work can we do this by text",
    "Hi, I can't talk on the phone during my shift. Is there an email I can use to book the consult?",
    "im in a meeting and cant talk, can someone message me back about my appointment",
    "no puedo hablar estoy chambeando, mandenme un whatsapp porfa",
    "oye no puedo hablar por el cel en el trabajo, me pueden escribir al correo?",
    "ahorita no puedo hablar, estoy en mi turno. me textean la info de la cita?",
    # deaf or hard of hearing
    "I'm deaf, I can't talk on the phone",
    "im hard of hearing so i cant really talk over the phone, can we do everything through the chat?",
    "mi esposo es sordo y no puede hablar por telefono, se puede comunicar por mensaje de texto?",
    "soy sorda, no puedo hablar por llamada. me pueden mandar un email?",
    "my son is deaf and he cannot talk on the phone, does the clinic do texting for appointments",
    # anxious about calls
    "i get bad anxiety with phone calls and i cant talk on the phone, is there an email option",
    "me da mucha ansiedad llamar, no puedo hablar por telefono con gente que no conozco. tienen chat?",
    "honestly i can not talk on the phone, calls make me too nervous. can you just text me the details",
    # a loud place, the train
    "sorry i can't talk, too loud here. can you send me an email",
    "on the subway rn cant talk, text me pls",
    "estoy en la guagua y no puedo hablar, hay mucha bulla. me mandan un mensaje?",
    "no puedo hablar, estoy en el tren. me escriben por aqui mismo?",
    # a baby asleep
    "I can't talk on the phone right now, my baby is sleeping. can you email me?",
    "mi bebe esta dormido y no puedo hablar, mejor me escriben",
    "baby just fell asleep so i cant talk, could u send the intake forms by email",
    # no minutes, no signal
    "no tengo minutos y no puedo hablar por telefono, me pueden contestar por correo electronico?",
    "cant talk on the phone, out of minutes. can we chat here instead",
    "no puedo hablar, estoy en el trabajo. me pueden mandar un mensaje?",
]

QUIET = []

STILL_EMERGENCIES = [
    # a real sudden loss of speech
    ("he suddenly can't talk and his face is drooping", M),
    ("mi mama de repente no puede hablar, tiene la boca torcida", M),
    ("she can't talk, her words are slurred, her arm is weak", M),
    ("my dad cant talk all of a sudden and his words come out jumbled, please text me what to do", M),
    ("mi abuelo no puede hablar de la nada y tiene el brazo derecho dormido, me pueden llamar?", M),
    ("i was on the phone with my mom and she suddenly couldnt talk, her face looked crooked", M),
    ("mi esposo estaba en una llamada del trabajo y de pronto no podia hablar, arrastra las palabras", M),
    # cannot talk because cannot breathe or choking
    ("he can't talk, he's choking", M),
    ("she can't breathe and can't talk", M),
    ("mi hijo se esta ahogando con un pedazo de carne y no puede hablar", M),
    ("my daughter swallowed a grape and cant talk or breathe, call me back", M),
    ("no puedo hablar, se me esta cerrando la garganta, mandeme ayuda", M),
]
