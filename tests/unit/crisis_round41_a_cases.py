"""Round 41's suicide risk under way (helper a; tests/unit/test_crisis_classes_by_round.py checks them,
key 41), English, Spanish and the two mixed. Emergency tier: (1) an overdose already under way told as a
farewell with no drug named: the writer has started swallowing "them" or the rest, is halfway through or
almost done ("ya empece a tomarmelas", "voy por la mitad", "ya me tome casi todas") and absolves or
thanks the clinic ("it is not your fault", "thank you for trying", "tell the doctor it is not on her",
"no es su culpa", "gracias por intentarlo") (phrases.OVERDOSE_UNDER_WAY_FAREWELL_41A, intentional-overdose
guidance); (2) self-cutting gone too far today: the cut done ("me corte", "cut myself", "cutting again",
"me hice cortes") with the bleeding not stopping, or deeper than usual with blood, dizziness or fainting,
often in Spanglish (phrases.SELF_CUT_TOO_FAR_41A, self-injury bleeding now: 911 and pressure first).
Their look-alikes stay quiet: halfway through a course of treatment, the pills a doctor prescribed
started, "thanks for trying" after a failed booking, "not your fault" about a bill, a form or a book half
done; old self-harm scars asked about and a kitchen cut to a finger that stopped (filters in patterns.py),
a cut while shaving, a haircut, a paper about self-harm. Written here, never copied from an evaluation
set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = [
    # 1. an overdose under way told as a farewell, nothing named
    ("i already started swallowing them, it is not your fault, thank you for trying", S),
    ("im halfway through them now. tell the doctor its not on her, she tried", S),
    ("started taking the rest about an hour ago, thank you all for trying with me, none of this is your fault", S),
    ("ive taken most of them already, please dont blame yourselves, you did everything you could", S),
    ("almost done with the bottle, thanks for trying, its not your fault", S),
    ("im swallowing them one by one now. you tried, thank you, it isnt anyones fault", S),
    ("halfway through the bottle now. you all tried. its not on you", S),
    ("i started swallowing them twenty minutes ago, goodbye and thank you for trying", S),
    ("ya empece a tomarmelas, no es su culpa, gracias por intentarlo", S),
    ("voy por la mitad, diganle a la doctora que no es su culpa", S),
    ("ya me tome casi todas, gracias por todo lo que hicieron, no es culpa de ustedes", S),
    ("empece hace una hora con el resto, ustedes hicieron lo que pudieron, gracias", S),
    ("ya me tome la mitad, no es su culpa doctora", S),
    ("ya empece, me las estoy tomando, gracias por todo y perdonenme", S),
    # 2. self-cutting gone too far today
    ("cut myself again tonight deeper than usual and the bleeding wont stop, im dizzy", S),
    ("me corte los muslos mas profundo que siempre y no para de sangrar, me siento mareada", S),
    ("cutting again, went too deep on my arm this time, blood keeps coming and i feel faint", S),
    ("me corte el brazo otra vez, its deeper this time y no deja de sangrar", S),
    ("did it again on my thighs, way deeper than normal, bleeding through the towels, feel like passing out", S),
    ("me volvi a cortar y esta vez fue muy profundo, la sangre no para, me estoy desmayando", S),
    ("cutting otra vez, las piernas, mucho mas hondo que otras veces, no para la sangre", S),
    ("me hice cortes en los brazos, mas profundos de lo normal, no deja de salir sangre, me siento debil", S),
    ("cortes en el brazo hoy, more deep than usual, me mareo", S),
    ("hice un corte en mi muñeca and the blood wont stop", S),
    ("cortandome de nuevo, me pase esta vez, sangra mucho y veo todo negro", S),
    ("i cut myself on the stomach pero esta vez es mas profundo, sigue sangrando y estoy mareada", S),
]

LOOK_ALIKES = [
    # old self-harm scars asked about
    "i have old scars on my arms from cutting, will that be a problem at the clinic",
    "tengo cicatrices en los brazos de cuando me cortaba, eso afecta el tratamiento?",
    "my old self harm scars sometimes itch, is that normal",
    "tengo cicatrices viejas de cuando me cortaba, es un problema?",
    # a kitchen cut to a finger that stopped
    "i cut my finger while cooking, it bled a lot but its stopped now",
    "me corte el dedo con el cuchillo, sangro un monton pero ya paro",
    "cut my thumb on the mandoline, tons of blood but it finally stopped",
]

QUIET = [
    "im halfway through my course of treatment, thanks for trying to get me in",
    "i started the pills my doctor gave me, thanks",
    "thanks for trying, i will call back to book another day",
    "its not your fault, the billing mistake was on the insurance side",
    "voy por la mitad del tratamiento, gracias por todo",
    "ya empece las pastillas que me dio el doctor, gracias",
    "i started taking them yesterday, thanks for trying to reach me",
    "voy por la mitad, gracias por intentarlo, les aviso cuando termine el formulario",
    "thank you for trying, i already took half of them like you said before bed",
    "goodbye for now, i am halfway through the intake forms",
    "ya me tome todas las vitaminas del mes, gracias por todo",
    "we started on the rest of the forms, thanks for your help",
    "my son is halfway through the semester, thanks for trying to fit him in",
    "im writing a paper about self-harm in teens, any resources?",
    "i cut down on coffee and im dizzy",
    "me corte el dedo picando cebolla, ya paro de sangrar",
]

STILL_EMERGENCIES = [
    ("i have old scars but i cut again tonight and it wont stop bleeding", S),
    ("tengo cicatrices viejas pero hoy me volvi a cortar y no para de sangrar", S),
    ("my scars from self harm are old but i want to cut again right now", S),
    ("cut my finger, it stopped for a bit but now its spurting", M),
]

OVERDOSE_KIND = [
    ("i already started swallowing them, it is not your fault, thank you for trying", "overdose_intentional"),
    ("voy por la mitad, diganle a la doctora que no es su culpa", "overdose_intentional"),
]
