"""Round 49's merge review (tests/unit/test_crisis_classes_by_round.py checks them, key 496): sentences written
to replace case texts too close to a measured blind set found the new families narrow, and each gap was closed by
class in phrases.py's round 49 merge review:
(1) a whole container taken, told in Spanish with the adjective after it ("el frasco entero", "toda la caja"),
contents unnamed: SPANISH_WHOLE_CONTAINER_TAKEN_49R, the intentional overdose guidance when it is the writer's
own and not a mix-up; a drink or a snack emptied is not;
(2) living told as something no longer of interest ("ya ni vivir me interesa", "not interested in living
anymore"): LIVING_OF_NO_INTEREST_49R, the ask tier; living in a place, with someone or off something is not;
(3) an accident wished for as a favour ("que me lleve por delante un camion, me haria un favor"):
ACCIDENT_AS_A_FAVOUR_49R, the ask tier; a favour asked of a relative or a lottery win is not;
(4) round 49 (f)'s insulin pen with the insulin named inside it and the adjective after ("la pluma de lantus
completa"): INSULIN_PEN_NAMED_WHOLE_49R, intentional unless told as a mistake.
Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

_WHOLE_CONTAINER = [
    ("ya no pude mas y me trague toda la caja que tenia en el buro", O),
    ("me tome el frasco entero hace como veinte minutos y ya me pesan los ojos", O),
    ("oiga me acabo de tomar el bote completo, que hago", O),
    ("Me bebí el frasquito entero de golpe, perdón por escribir aquí", O),
    ("mi esposo se tomo el frasco completo y esta tirado en la sala", O),
    ("le cuento que me termine el blister completo anoche y hoy no puedo ni pararme", O),
    ("mi tia se trago toda la cajita de las de dormir", O),
    ("nadie me entiende, me tome toda la caja y ahora me da vueltas todo", O),
]
_NO_INTEREST = [
    ("la neta ya no me interesa vivir, pa que les miento", R),
    ("a estas alturas ni vivir me importa, cuanto cuesta la consulta?", R),
    ("ya no me motiva seguir viviendo, mi medico dice que pruebe ketamina", R),
    ("me da lo mismo si vivo o me muero, atienden depresion?", R),
    ("honestly im not interested in living anymore, can i still book?", R),
    ("mi mama dice que ya no le interesa vivir desde que murio mi papa", R),
    ("no longer interested in staying alive tbh, do you take medicaid", R),
    ("no me interesa seguir con vida asi, con este dolor de la cara", R),
]
_FAVOUR = [
    ("si me atropella un tren me haria un favor, en serio", R),
    ("ojala me caiga un rayo en el camino, me harian un favor", R),
    ("que me lleve por delante un camion, me hace un favor, asi de cansada estoy", R),
    ("if a truck hit me on the way it would be doing me a favor honestly", R),
    ("i keep thinking if a bus hits me it'd be doing me a favour", R),
    ("oye si me arrolla el metro me hacen un favor, ya no doy mas", R),
]
_INSULIN_NAMED = [
    ("me puse el cartucho de insulina completo, ya esta", O),
    ("me inyecte la pluma de tresiba entera hace media hora", O),
    ("me clave el pen de humalog completo y ahora sudo frio", O),
    ("me aplique la pluma de novorapid entera, lo siento", O),
]
CLASSES = _WHOLE_CONTAINER + _NO_INTEREST + _FAVOUR + _INSULIN_NAMED

LOOK_ALIKES = []

QUIET = [
    "me tome la botella de vino entera jaja, que resaca",
    "me tome el bote de refresco entero del calor",
    "me comi la caja de galletas entera viendo la novela",
    "si me tomo el frasco entero que pasa? solo pregunto por la etiqueta",
    "no me interesa vivir en el bronx, tienen clinica en queens?",
    "no me interesa vivir de la ketamina, quiero otras opciones tambien",
    "not interested in living with roommates again, anyway what are your hours",
    "que me lleve mi hermano a la cita, me haria un favor porque no manejo",
    "si me toca la loteria me haria un favor enorme jaja",
    "me harias un favor si me mandas la direccion",
    "me puse la pluma de insulina de la noche, puedo ir manana a la infusion?",
    "cuantas unidades trae la pluma de lantus completa?",
]

STILL_EMERGENCIES = []

OVERDOSE_KIND = [
    ("ya no pude mas y me trague toda la caja que tenia en el buro", "overdose_intentional"),
    ("me tome el frasco entero hace como veinte minutos y ya me pesan los ojos", "overdose_intentional"),
    ("me puse el cartucho de insulina completo, ya esta", "overdose_intentional"),
    ("me inyecte la pluma de tresiba entera hace media hora", "overdose_intentional"),
]

NOT_RULED_OUT = []
