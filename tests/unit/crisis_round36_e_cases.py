"""Round 36's leftover gaps (helper e; tests/unit/test_crisis_classes_by_round.py checks them, key
363). An emergency missed: someone who learned naloxone, CPR or first aid in a course ("curso",
"clase", "training") and now has someone in front of them not responding, not breathing, blue or
purple, asking how many times to give it or what to do now; the study mark and the course filters
read the signs as a course's topic. A sign happening now told as a statement ("she is not
breathing", "el no responde", "ahorita ... esta morado", "ya le puse una") is no study topic and
stops the course filters; the course's own question ("how many doses if the person does not
react?", "si la persona no reacciona") stays ruled out. False alarms: a caregiver or a parent asking
whether someone may double a pain pill, take one more or two instead of one, nothing taken yet; a
symptom now and then since a new pill told as "empece una pastilla nueva y desde entonces ...".
(Round 35's marks _CHILD_MARK_35 and _FAINT_MARK_35 searched only an ungrouped alternation's first
branch across the message: grouped.) Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = [
    # 1. a real emergency told beside a course
    ("en mi curso de naloxona nos dijeron dos dosis, pero la persona que tengo enfrente no responde y tiene los labios morados, cuantas veces se la doy", O),
    ("en la clase de naloxona aprendi como usarla, el no responde, esta azul, cuantas veces le doy", O),
    ("curso de primeros auxilios: ella no respira y esta morada ahorita, cuantas dosis de naloxona?", O),
    ("hice el curso de naloxona. ahorita un muchacho no reacciona y esta morado. cuantas veces se la pongo", O),
    ("took a narcan class last month, he is not breathing and his lips are purple, how many times do i spray it", O),
    ("i did the naloxone training at my job. she is unresponsive and turning blue, how many doses do i give", O),
    ("tome la capacitacion de naloxona en el trabajo, este senor no respira, que hago ahora", M),
    ("we learned cpr in class but this guy is not breathing, what do i do", M),
]

LOOK_ALIKES = [
    # 1. the course's own question, nobody in danger
    "for the naloxone course exam: how many doses may be given if the person does not react?",
    "curso de naloxona: cuantas veces se puede repetir la dosis si la persona no reacciona?",
    "para el examen del curso de naloxona: cuantas dosis se dan si la persona sigue sin responder?",
    "my narcan training question: how many doses if someone does not respond after the first one?",
    "curso de rcp: si el no respira y esta morado, cuantas veces se repite la naloxona?",
    # 3. a pain pill doubled or an extra one asked, nothing taken yet
    "can my mom take two of her pain pills instead of one? she has not taken any yet",
    "my dad wants to take an extra oxycodone for his back, can he? he hasn't taken it yet",
    "le puedo dar dos pastillas de tramadol a mi abuela en vez de una? todavia no le he dado nada",
    "should my grandpa take a double dose of his pain pills? nothing taken yet",
    "puede mi papa tomarse una pastilla extra para el dolor? aun no se ha tomado nada",
    "can i give my son a double dose of ibuprofen for his tooth? he hasn't had any yet",
    "is it ok if my husband takes two of his pain pills instead of one? he hasn't taken any today",
    # 3. a symptom now and then since a new pill
    "empece una pastilla nueva y desde entonces veo borroso y me mareo a veces, debo preocuparme?",
    "empece una pastilla nueva y desde entonces me desmayo a veces, debo preocuparme?",
    "comence un medicamento nuevo y desde ahi me mareo a veces, me debo preocupar?",
    "started a new pill and since then i sometimes faint, should i worry?",
]

QUIET = [
    "where can i take a first aid course in the bronx, do you have classes?",
    "empece una pastilla nueva para la presion, la tomo con la comida o sin comida?",
    "can my mom take her tylenol the morning of her appointment?",
]

STILL_EMERGENCIES = [
    # a filter's words beside a real emergency
    ("my mom took a double dose of her pain pills and now she won't wake up", O),
    ("can my mom take two of her pain pills instead of one? she has not taken any yet but now she is very dizzy and confused, not breathing well", O),
    ("empece una pastilla nueva y desde entonces se me cierra la garganta, ahorita no puedo respirar", M),
    ("en el curso nos enseñaron la naloxona, ya le puse una y sigue sin responder, le pongo otra?", M),
    ("my naloxone training said repeat every 2 minutes, he is still not breathing, do i give another one", O),
]
