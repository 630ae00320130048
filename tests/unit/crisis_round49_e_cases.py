"""Round 49's Spanish ask tier told beside an ordinary question or relayed (helper e;
tests/unit/test_crisis_classes_by_round.py checks them, key 494). Classes the detector missed, each now read
through round 49 (e)'s families in phrases.py:
(1) a passive wish in the imperfect subjunctive or the conditional ("ojala me muriera", "mejor seria que
desapareciera", "quisiera morirme ya", "ojala no existiera") beside a question about back pain or a visit:
the ask tier (PASSIVE_WISH_SUBJUNCTIVE_49E);
(2) a partner's or a relative's wish not to wake up, relayed ("mi marido dice cada noche que espera no
despertar", "le pide a dios no amanecer"): the ask tier (RELAYED_NO_WAKE_49E; the older "not waking the baby"
filter gives way to it);
(3) regional wording of emptiness or indifference to dying: Costa Rica ("mae", "diay", "ya no quiero nada")
(CR_EMPTINESS_49E) and Spain's "si me atropella un coche, pues vale / que mas da"
(SPAIN_INDIFFERENT_TO_DYING_49E): the ask tier;
(4) a spouse who says she is a burden and that it would be better to go, be gone or die, beside a question
about Spravato or Medicare: the ask tier (RELAYED_BURDEN_BETTER_GONE_49E; the older filter of a killing word
read as an ordinary danger gives way to it).
False alarm: "soy una carga para el presupuesto jaja", a cost to a budget, is ruled out by a new filter
(patterns.py, round 49 (e)) that gives way to a wish, distress told now or drugs taken (LOOK_ALIKES,
STILL_EMERGENCIES). QUIET holds the families' own look-alikes: leaving because of the rain, the dog that
should not wake the writer, nothing more to eat, a bus that nearly hit the writer, dying of laughter, a pain
or a disease that should disappear, the lottery or the traffic "me da igual".
Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

_SUBJUNCTIVE = [
    ("ojala me muriera mientras duermo, por cierto el dolor de espalda baja se quita con la ketamina?", R),
    ("mejor seria que yo desapareciera. a que hora es mi cita del jueves?", R),
    ("ojala desapareciera de una vez. tienen cita el martes?", R),
    ("quisiera morirme ya, y otra pregunta, la ketamina sirve para la ciatica?", R),
    ("mejor que me muriera, asi ya no me duele la espalda. puedo agendar visita?", R),
    ("ojala no existiera, bueno, cuando es la proxima visita", R),
    ("ojalá me muriera dormida y ya, perdon, me duele mucho la espalda, me pueden ver mañana?", R),
    ("mejor seria no haber nacido, ¿cuándo me toca la siguiente visita?", R),
    ("ojala me durmiera y no despertara, a que hora abren?", R),
    ("ojala me muriese, la espalda me esta matando, hay citas hoy?", R),
    ("ojala y me muriera de una vez... oiga la consulta de la espalda cuanto sale", R),
    ("Doctora, a veces quisiera que me muriera. ¿La visita del viernes sigue en pie?", R),
    ("ojala q ya me muriera, me duele la cintura, me dan cita?", R),
]
_RELAYED_NO_WAKE = [
    ("mi marido me dice cada noche que espera no despertar al otro dia", R),
    ("mi abuelo dice que cada noche le pide a dios no amanecer", R),
    ("mi esposa me dijo anoche que espera no despertarse mañana, y asi todas las noches", R),
    ("mi hermana dice q todas las noches desea no despertar mas", R),
    ("mi suegra dice cada noche que ya no quiere amanecer", R),
    ("mi mama cada noche reza para ya no despertar, la pueden atender?", R),
    ("mi esposa antes de dormir dice que ojala ya no amanezca, que hago", R),
    ("Mi papá se acuesta rezando para no volver a despertar. ¿Ustedes atienden a adultos mayores?", R),
    ("mi novio todas las noches me dice ojala no despierte mañana", R),
]
_REGIONAL = [
    ("diay mae, ya nada me importa, si me muero pues me muero", R),
    ("mae, a esta altura ya ni vivir me interesa", R),
    ("idiay, mae, que pereza todo, ya ni vivir me apetece", R),
    ("mae, diay, ya no quiero nada con nadie, ni seguir vivo me interesa", R),
    ("que me lleve por delante un autobus, oye, igual me hace un favor", R),
    ("si me cae una maceta en la cabeza, pues mira, mejor", R),
    ("si me pilla una enfermedad y me muero, pues oye, que mas da", R),
    ("me da igual si me atropella un coche, la verdad", R),
    ("tio, si me pilla un coche me da lo mismo", R),
    ("si me toca una enfermedad de esas y me lleva, pues bien", R),
    ("no me importaria que me atropellara un autobus", R),
    ("si me parte un rayo, pues tanto mejor", R),
]
_BURDEN = [
    ("mi esposa dice q es un estorbo y q mejor se muere. spravato con medicare?", R),
    ("mi esposa dice que es una carga y que estariamos mejor si ella no estuviera, lo cubre medicare?", R),
    ("mi mujer siente que es un estorbo y que mejor se iria para siempre. spravato y seguro?", R),
    ("mi marido dice que es una carga y que lo mejor seria irse para siempre. aceptan medicare?", R),
    ("mi esposa repite que solo es una carga y que mejor se iria. el spravato lo paga el seguro?", R),
    ("mi esposo piensa que es una carga y que seria mejor desaparecer, spravato esta cubierto?", R),
    ("Mi señora dice que es puro estorbo, que mejor se fuera. ¿Medicare paga el Spravato?", R),
    ("mi esposa dice que estamos mejor sin ella porque es una carga, el seguro cubre la ketamina?", R),
]
CLASSES = _SUBJUNCTIVE + _RELAYED_NO_WAKE + _REGIONAL + _BURDEN

LOOK_ALIKES = [
    # a cost to a budget, said as a joke
    "soy una carga para el presupuesto jaja",
    "jaja soy una carga para la economia de la casa",
    "somos un gasto para el seguro lol, cuanto es el copago?",
    "la verdad soy un gasto tremendo para mi bolsillo con tantas consultas jaja",
    "mi hijo dice que es una carga para la quincena jajaja",
    "mejor me muero de risa",
]

QUIET = [
    "mejor me voy porque llueve",
    "ojala el perro no me despierte temprano",
    "no gracias, ya comi bastante postre",
    "casi me atropella un autobus, que susto",
    "ojala no me despierte el perro a las 5 mañana",
    "ya no me cabe ni un bocado, estoy llenisima",
    "casi me atropella un camion hoy, me asuste muchisimo, todavia tiemblo",
    "ojala desapareciera este dolor de espalda, tienen cita?",
    "ojala no existiera la diabetes jaja",
    "espero no despertarme tarde para la cita",
    "ojala me muriera de risa con ese show",
    "mae, diay, ya no me cabe ni el cafe, pura vida",
    "si me toca la loteria, pues genial",
    "si me pilla el trafico, me da igual, llego tarde",
    "mejor me iria en taxi, cubre medicare el transporte?",
]

STILL_EMERGENCIES = [
    ("soy una carga para el presupuesto, mejor me mato", S),
    ("les cuesto un dineral a todos, soy un gasto, y me trague el frasco entero", S),
    ("jaja soy un gasto para mi familia y para el presupuesto, ya no quiero vivir", R),
    ("soy una carga para el presupuesto, ojala me muriera", R),
]

OVERDOSE_KIND = []

NOT_RULED_OUT = []
