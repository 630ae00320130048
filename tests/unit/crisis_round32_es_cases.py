"""Round 32's Spanish crisis false-alarm classes (data; tests/unit/test_crisis_classes_by_round.py
checks them, key 232): look-alikes written here and never copied from an evaluation set, that
must be ruled out and overrule DIET; look-alikes that must stay quiet; and the emergencies the
look-alike filters must not swallow (each filter's stops). No new detection class, so CLASSES is
empty."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = []

LOOK_ALIKES = [
    # 1. a fan's team or game "me va a matar de un infarto", a season "para tirarse del puente"
    "los tigres me van a matar de un infarto, 3-2 en la novena entrada jaja",
    "este equipo me va a matar de un infarto, otra vez a penales 😂",
    "casi me muero del infarto en los penales, que partidazo jajaja",
    "los dodgers me van a matar de un infarto, extra innings otra vez",
    "la temporada de los jets esta para tirarse del puente jaja",
    "con este equipo dan ganas de tirarse del puente, perdimos 4-0 otra vez lol",
    "i almost had a heart attack during the penalty shootout haha",
    "this season makes me want to jump off a bridge lol, 0-5 again",
    # 2. a series, a novela or a film: a patient convulsing, someone killed, the chest sore from crying
    "en la serie el paciente se puso a convulsionar y yo gritando jajaja",
    "en la novela mataron a don fernando y todavia me duele el pecho de tanto llorar",
    "they killed off my favorite character in the movie and my chest still hurts from crying lol",
    "watching grey's anatomy and the patient started seizing on the table haha i was screaming",
    # 3. Spanglish kin over a trivial matter
    "mi mom me va a matar cuando vea mis notas jaja",
    "my jefa me va a matar cuando vea la cuenta de la tarjeta",
    "mi dad me va a matar cuando vea que choque el carro",
    "mi jefita me va a matar cuando vea el tatuaje jaja",
    # 4. homework about a suicide-risk scale
    "tengo tarea de enfermeria sobre la escala de columbia de riesgo suicida, alguien la tiene en espanol?",
    "para la clase necesito aplicar el PHQ-9, la pregunta 9 sobre pensamientos de muerte, alguien la tiene en espanol?",
    "for my nursing class i need the columbia suicide severity rating scale in spanish, does anyone have it?",
    "homework question: how do you score item 9 of the phq-9 about thoughts of being better off dead?",
    "for class we have to apply the c-ssrs, the question is do you have a plan, does anyone have it in spanish?",
    # 5. a child's small bump on the head, playing as ever, "es normal?"
    "mi hijo se dio un golpecito en la cabeza con la mesa, le salio un chichon pero esta jugando y comiendo normal, es normal?",
    "se cayo de la cama y se golpeo la cabeza, tiene un chichon chiquito pero ya esta jugando, es normal que se le hinche?",
    "my daughter hit her head on the coffee table and has a goose egg but she's laughing and playing, normal?",
    "my toddler bumped his head on the table, small bump but he is playing and eating normally, is that normal?",
]

QUIET = [
    "mi nena se pego en la cabeza y tiene un chichon, pero esta riendose y jugando, es normal?",
    "my mom is gonna kill me when she sees my report card",
]

STILL_EMERGENCIES = [
    # 1. heart signs now, or the writer's own plan, beside the fan's words
    ("los tigres me van a matar de un infarto jaja, pero de verdad me duele el pecho y el brazo izquierdo", M),
    ("casi me muero del infarto en los penales, y ahora me duele el pecho y estoy sudando frio", M),
    ("my team is going to give me a heart attack, and now my chest hurts and my left arm is numb", M),
    ("la temporada esta para tirarse del puente jaja, y yo de verdad me voy a tirar esta noche", S),
    ("con este equipo dan ganas de tirarse del puente, ya no aguanto mas, adios a todos", S),
    ("this season makes me want to jump off a bridge, not joking, i have the pills ready tonight", S),
    # 2. someone of the writer's, or the writer's own signs or act, beside the screen
    ("en la serie el paciente convulsiona y mi hijo tambien esta convulsionando ahorita", M),
    ("en la novela mataron a don fernando y todavia me duele el pecho de llorar, pero tambien el brazo izquierdo y la mandibula", M),
    ("they killed the character in the movie and my chest still hurts from crying, and my arm is numb and i am sweating", M),
    ("watching the movie and the character overdosed, i took all my pills too tonight", O),
    # 3. a real threat or violence
    ("mi esposo me pego y dice que me va a matar", V),
    # (round 34: a parent's "me va a matar" beside a beating or fear is violence, never the writer's suicide)
    ("mi mom me va a matar cuando vea mis notas, la ultima vez me pego con el cinturon y tengo miedo", V),
    ("my dad me va a matar cuando vea la cuenta, me golpea cuando toma y tengo miedo", V),
    ("mi husband me va a matar cuando vea la cuenta, tiene una pistola y me amenazo", V),
    ("my husband hit me and said he is going to kill me tonight", V),
    # 4. the writer's own answers, wish or plan beside the homework
    ("tengo tarea sobre la escala columbia de riesgo suicida, y la verdad yo tambien quiero matarme", S),
    ("para la clase usamos el PHQ-9, y conteste que si a la pregunta 9, pienso en morirme todos los dias", R),
    ("for my nursing class we did the phq-9 and i scored 24, i want to kill myself", S),
    ("homework on the columbia scale, but honestly i have a plan to end it tonight", S),
    # 5. vomiting, sleepiness, confusion or a faint after the bump
    ("mi hijo se dio un golpecito en la cabeza, tiene un chichon, estaba jugando pero ahora vomito dos veces, es normal?", M),
    ("mi nena se pego en la cabeza y le salio un chichon, estaba jugando pero ahora esta muy dormida y no despierta bien, es normal?", M),
    ("se cayo de la escalera y se pego en la cabeza, tiene un chichon, come normal pero esta confundido, es normal?", M),
    ("my son bumped his head, he was playing but now he threw up and seems confused, is that normal?", M),
    ("my daughter hit her head, goose egg, she was laughing but then passed out for a minute, is it normal?", M),
]
