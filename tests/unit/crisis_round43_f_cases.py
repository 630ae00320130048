"""Round 43's Spanish false alarms (helper f; tests/unit/test_crisis_classes_by_round.py checks them, key
435), harmless messages read as emergencies or as the ask tier, ruled out by look-alike filters
(patterns.py, round 43's Spanish false alarms widened, helper f), which widen round 42 (e)'s filters for
the same scenes: (1) a relative, a neighbour or "people" saying ketamine kills, is dangerous or is a horse
drug, and the writer asking whether that is true (an information question); (2) "me va a matar", "me
mata", "me está matando" said of a queue, a wait, the heat, a boss, a bill, the VA or the insurance,
with no laughter needed, the same said of a relative when an everyday reason is named, and "me muero
de la risa / del aburrimiento / de hambre"; (3) someone (a passenger, a customer, a relative) who
fainted yesterday, last night, last week or any day gone, with paramedics or without, fine or not
said, and the writer asking about a first-aid or a CPR class. Each family's STILL_EMERGENCIES hold the
same scene beside a danger now (a dose taken and someone not waking, the writer's own wish, a threat
in earnest with a weapon, a faint again and no breathing). Written here, never copied from an
evaluation set. No new detection class, so CLASSES is empty."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = []

LOOK_ALIKES = [
    # 1. someone says ketamine kills or is a horse drug: is it true?
    "mi tia dice que la ketamina mata, es verdad?",
    "mi tía dice que la ketamina mata, ¿es verdad?",
    "mi vecina me dijo que uno se puede morir con eso, es cierto?",
    "mi suegro anda diciendo que eso de la ketamina es pa los caballos y que uno se muere, sera cierto?",
    "mi abuela piensa que con la ketamina uno se muere, que tan peligrosa es?",
    "mi suegra dice que la ketamina es peligrosa y que la gente se muere con eso, sera cierto?",
    "oigan mi tio dice q la ketamina es tranquilizante para caballos y q mata, es vdd?",
    "mi esposo dice que la ketamina es muy peligrosa, que uno puede morir, es seguro el tratamiento?",
    "un vecino me dijo que la ketamina es para caballos y que me voy a morir si me la ponen, es verdad?",
    "mi mamá tiene miedo porque dice que la ketamina mata, ¿qué le digo?",
    "en mi familia dicen que la ketamina es una droga que mata gente, es verdad o es mito?",
    "mi prima leyo que con la ketamina te puedes quedar muerto, eso es real?",
    "my aunt keeps saying ketamine is a horse tranquilizer that can kill you, is that true?",
    # 2. "me va a matar" / "me mata" / "me muero de" as an idiom, no laughter
    "la espera en el consultorio me va a matar, llevo una hora, a que hora me llaman?",
    "esta cola me va a matar, llevo dos horas",
    "el calor me esta matando, tienen aire acondicionado en la sala de espera?",
    "la espera en el VA me va a matar, ya llevo 3 meses esperando la autorizacion",
    "la aseguranza me va a matar, me negaron otra vez la cobertura",
    "esta espera me esta matando, cuando me llaman?",
    "la burocracia del VA me mata, como consigo la referencia?",
    "mi jefe me va a matar, otra vez llegue tarde por la cita",
    "mi mama me mata si no llego a la cena, a que hora termina la sesion?",
    "mi esposa me va a matar cuando vea la cuenta, cuanto cuesta la infusion?",
    "me muero del aburrimiento en la sala de espera, cuanto falta",
    "me muero de la risa, mi hijo dice que la ketamina es de caballos",
    "me estoy muriendo de hambre, cuantas horas de ayuno necesito?",
    "me muero de los nervios por mi primera infusion, es normal?",
    # 3. a faint gone by, paramedics or not, fine or not said, a first-aid or CPR class asked about
    "ayer un pasajero se desmayo en el camion, llegaron los paramedicos y ya esta bien. donde puedo tomar un curso de primeros auxilios?",
    "anoche mi tio se desmayo en la cena, no llamamos a nadie y se recupero solo, quiero aprender rcp, dan clases?",
    "la semana pasada una clienta se desmayo en la tienda, vinieron los paramedicos, quiero tomar un curso de rcp",
    "soy chofer de uber, anteayer se me desmayo un pasajero, llego la ambulancia y lo revisaron, quiero aprender primeros auxilios",
    "antier se desmayo un senor en la fila del banco, los paramedicos lo atendieron, donde hay cursos de rcp",
    "hace dos semanas se desmayo mi abuelo en la misa y nadie sabia hacer rcp, donde ensenan?",
    "el otro dia se desmayo una senora en el super y no supe que hacer, me quiero inscribir a un curso de primeros auxilios",
    "se desmayo mi companera de trabajo el viernes, la empresa quiere un curso de rcp para todos",
    "a customer passed out at my register last night, the paramedics checked her and left. where can i learn cpr?",
]

QUIET = []

STILL_EMERGENCIES = [
    # 1. the writer's own wish, a dose taken and someone not waking, how much it takes
    ("mi tia dice que la ketamina mata, es verdad? porque ya no aguanto y me quiero morir", S),
    ("mi tia dice que la ketamina mata, es verdad? mi hermano se metio mucha ketamina y no despierta", M),
    ("mi vecina dice que uno se puede morir con eso, cuanta ketamina hace falta para morir?", S),
    # 2. the writer's own wish beside the queue, a threat in earnest
    ("esta fila me va a matar, ya no aguanto, me quiero matar", S),
    ("mi esposo me va a matar, llego borracho y tiene un cuchillo, tengo miedo", V),
    ("el calor me esta matando, mi papa se desmayo y no respira", M),
    ("me muero de aburrimiento, la verdad ya no quiero vivir", S),
    ("mi vecino dijo que me va a matar de verdad, tiene un arma, estaba en la fila del super", V),
    # 3. a faint again now, not breathing
    ("mi abuelo se desmayo ayer y ya estaba bien, queria un curso de rcp, pero se volvio a desmayar y no respira", M),
    ("un pasajero se desmayo anoche, llegaron los paramedicos, quiero aprender rcp, pero ahora mismo se desmayo otra vez", M),
]
