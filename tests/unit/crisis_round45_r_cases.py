"""Round 45's merge review (tests/unit/test_crisis_classes_by_round.py checks them, key 456): gaps
the round's helpers found in older code while probing their own classes, fixed by class.
(1) A denied reassurance ("no estoy bien", "no me siento bien", "i do not feel fine and...") is no
reassurance: it no longer rules the message out (which overruled the trained model's reading).
(2) After a joke, a serious turn that says how the writer is ("but seriously i'm not ok", "honestly i'm
struggling", "pero en serio no estoy bien") stops round 45 (e)'s joke-then-serious-question filter.
(3) A suicide announced for today or tonight beside an exam, a course or homework is no study topic.
(4) Comrades or coworkers lost to suicide told beside the writer's understanding of them ("some days i
get why", "i can relate"): round 45 (e)'s intake filter gives way (it had ruled out two labelled
ask-tier messages of the regression set).
Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = [
    # 3. announced for today beside an exam
    ("tengo examen de enfermeria sobre señales de alerta y mi compañera de cuarto dice que se va a matar esta noche", S),
    ("estudio para el parcial de psicologia y mi hermano me escribio que se va a quitar la vida hoy", S),
    ("psych class homework due tomorrow but my roommate just said she is going to kill herself tonight", S),
    ("cramming for the nclex, my best friend texted that he's gonna end his life this weekend", S),
    ("hago un trabajo para la clase de farmacologia y mi prima dice que se va a suicidar ahorita", S),
    # 4. comrades lost to suicide, and the writer who now understands them (round 45 (e)'s filter gives way)
    ("ex firefighter, a few guys from my firehouse shot themselves over the years. lately i understand why. do you treat ptsd", R),
    ("marine vet, lost four from my platoon to suicide. some days i get why they did it. does tricare cover ketamine", R),
    ("corrections officer 20 yrs, coworkers killed themselves, i can relate more than i want to. how do i book", R),
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
    "estudiando para el parcial de enfermeria, que factores de riesgo de suicidio entran?",
    "for my nursing exam, what are the warning signs of suicide?",
]

QUIET = [
    # a dose taken as prescribed, asked about; something just done that is no overdose
    "acabo de tomar la primera dosis de spravato y estoy un poco mareado, es normal?",
    "acabo de tomar mi pastilla de la presion, puedo ir a la cita?",
    "me acabo de tomar un cafe, puedo ir a la infusion igual?",
    "acabamos de tomar el tren, llegamos en 20 minutos",
    # a denied reassurance without anything else
    "no me siento bien del estomago, puedo cambiar la cita?",
]

STILL_EMERGENCIES = [
    # 2. a joke, then how the writer really is, with a wish
    ("haha kill me. but seriously i'm not ok, i want to die", S),
    ("jaja me muero. pero en serio no estoy bien, ya no quiero vivir", S),
]

# Words that deny being fine, or a turn after a joke to how the writer is, with no crisis words: nothing
# is detected, and nothing rules the message out either, so the trained model's reading stands.
NOT_RULED_OUT = [
    "pero en serio, no estoy bien, necesito hablar con alguien hoy",
    "no me siento bien, ya no aguanto",
    "haha kill me. but seriously i'm not ok, can i get an appointment today?",
    "jaja me muero. pero en serio ando muy mal, puedo hablar con alguien?",
]
