"""Round 33's false-alarm classes fixed in the detector (data; tests/unit/test_crisis_classes_by_round.py
checks them, key 333): a relative's suicide decades ago asked about heredity or one's children, and
the Spanish joke "pensando en matarme... de la risa" with an ordinary question. Also a "corrientazo" in the face of trigeminal neuralgia (DIET's class, the
detector's word). Written here, never
copied from an evaluation set. No new detection class, so CLASSES is empty."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = []

LOOK_ALIKES = [
    # 1. a relative's suicide decades ago, asked about heredity, family risk or one's children
    "my grandfather took his own life in the 70s, is depression hereditary?",
    "my grandpa ended his life when my dad was a boy, does that mean i'm at higher risk?",
    "my uncle committed suicide in the 80s, is that something that runs in families?",
    "my great-grandmother killed herself decades ago, could my kids inherit it?",
    "mi abuela se suicido hace decadas, deberia preocuparme por mis hijos?",
    "mi bisabuelo se mato en los 60, la depresion viene de familia?",
    "un tio de mi mama se quito la vida hace como 40 anos, eso aumenta el riesgo para mis hijos?",
    # 2. "pensando en matarme... de la risa", then an ordinary question
    "estaba pensando en matarme... de la risa jajaja, aceptan seguro?",
    "andaba pensando en matarme jajaja de la risa con su anuncio, a que hora cierran?",
    "pensando en matarme… de la risa 😂 oigan cual es su horario?",
    "me estoy matando de la risa con su video de instagram jaja, cuanto cuesta la consulta?",
    "casi me muero de la risa con el chiste del doctor jaja, abren los domingos?",
    # 5. a "corrientazo" in the face of trigeminal neuralgia (DIET's class; the detector's word)
    "me da un corrientazo en la cara al masticar, atienden a gente con dolor del trigemino?",
    "tengo neuralgia del trigemino, me dan corrientazos en la mejilla, cuando empieza a hacer efecto?",
    "siento un corrientazo en la quijada cada vez que hablo, el neurologo dice que es el nervio trigemino, la ketamina sirve?",
]

QUIET = [
    "is depression hereditary? my grandfather had it badly in the 70s",
    "me mato de la risa con mis sobrinos jaja",
]

STILL_EMERGENCIES = [
    # 1. the writer's own wish, plan or means beside the relative's old suicide
    ("my grandfather took his own life in the 70s and i keep thinking about doing the same, is it hereditary?", S),
    ("my uncle killed himself in the 80s, is it genetic? i have pills saved and i want to die tonight", S),
    ("mi abuelo se quito la vida hace muchos anos y yo tambien quiero matarme, es hereditario?", S),
    ("mi tio se suicido en los 80, es hereditario? ya no aguanto mas", R),
    # 2. earnest words or a plan beside the joke
    ("estaba pensando en matarme... de la risa jaja, no ya en serio, quiero matarme, aceptan seguro?", S),
    ("pensando en matarme de la risa jaja, bueno no es broma, tengo las pastillas, aceptan seguro?", S),
    ("me mato de la risa jaja pero la verdad ya no quiero vivir, a que hora abren?", S),
    ("pensando en matarme... jaja. a que hora abren?", S),
    # 5. a real electric shock beside the face's nerve pain
    ("me dio un corrientazo en la cara cuando toque el cable, me duele el nervio y estoy mareado", M),
    ("tengo neuralgia del trigemino pero ahorita me dio un corrientazo en la cara con el enchufe y me desmaye", M),
]
