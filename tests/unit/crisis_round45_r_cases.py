"""Round 45's merge review (tests/unit/test_crisis_classes_by_round.py checks them, key 456): gaps
the round's helpers found in older code while probing their own classes, fixed by class.
(1) Spanish "acabar de" + a verb of taking, what was just done ("me acabo de tomar toda la caja",
"acabo de tomarme 20 pastillas", "se acaba de tragar las pastillas"), is read as that verb's preterite
(bot/crisis/normalize.py), the form the overdose families know; the person comes from the pronoun or
from "acabar"'s ending.
(2) A denied reassurance ("no estoy bien", "no me siento bien", "i do not feel fine and...") is no
reassurance: it no longer rules the message out (which overruled the trained model's reading).
(3) After a joke, a serious turn that says how the writer is ("but seriously i'm not ok", "honestly i'm
struggling", "pero en serio no estoy bien") stops round 45 (e)'s joke-then-serious-question filter.
(4) A suicide announced for today or tonight beside an exam, a course or homework is no study topic.
Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = [
    # 1. "acabar de" + taking: just done
    ("me acabo de tomar toda la caja de paracetamol", O),
    ("acabo de tomarme 20 pastillas de tylenol", O),
    ("mi hermano se acaba de tomar todas las pastillas de mi mama y no despierta", O),
    ("mi hijo acaba de tragarse las pastillas de la abuela", O),
    ("ayuda, mi novia se acaba de tomar un frasco entero de pastillas para dormir", O),
    ("nos acabamos de tomar unas pastillas que nos dieron y mi amigo no respira bien", O),
    ("mi papa se acabo de tomar todas sus pastillas de la presion a proposito", O),
    ("me acabo de tomar todas mis pastillas para el dolor, no quiero despertar", O),
    ("era para la tarea de farmaco pero me acabo de tomar toda la caja de paracetamol", O),
    ("mi tia acaba de tragarse un monton de pastillas y esta vomitando", O),
    # 4. announced for today beside an exam
    ("tengo examen de enfermeria sobre señales de alerta y mi compañera de cuarto dice que se va a matar esta noche", S),
    ("estudio para el parcial de psicologia y mi hermano me escribio que se va a quitar la vida hoy", S),
]

LOOK_ALIKES = [
    # the reassurance family still rules out a plain "I'm fine" beside a question
    "me siento bien, gracias, solo preguntaba por los precios",
    "estoy bien, gracias",
    "i feel fine and just wanted to ask about the cost",
    # round 45 (e)'s filter still rules out a joke and a practical question
    "lmao this job is killing me. but serious question, do you take aetna?",
    "haha my kids are killing me. but seriously, do you have saturday appointments?",
    # the study reading still holds without an announcement for today
    "estudio para el examen de enfermeria: cuales son las señales de alerta de suicidio?",
    "for my nursing exam, what are the warning signs of suicide?",
]

QUIET = [
    # "acabar de" + a dose taken as prescribed, asked about
    "acabo de tomar la primera dosis de spravato y estoy un poco mareado, es normal?",
    "acabo de tomar mi pastilla de la presion, puedo ir a la cita?",
    "me acabo de tomar un cafe, puedo ir a la infusion igual?",
    "acabamos de tomar el tren, llegamos en 20 minutos",
    # a denied reassurance without anything else
    "no me siento bien del estomago, puedo cambiar la cita?",
]

STILL_EMERGENCIES = [
    # 3. a joke, then how the writer really is, with a wish
    ("haha kill me. but seriously i'm not ok, i want to die", S),
    ("jaja me muero. pero en serio no estoy bien, ya no quiero vivir", S),
]
