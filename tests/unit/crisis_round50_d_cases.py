"""Round 50's Spanish overdose told in a formal or medical register, and after a ketamine spray (helper d;
tests/unit/test_crisis_classes_by_round.py checks them, key 503). Classes the detector missed, each now read
through round 50 (d)'s families in phrases.py:
(1) an overdose told in a formal or clinical register ("ingirio / ingeri / ha ingerido", "la totalidad de",
"una cantidad considerable de", "todo el contenido del frasco", "la dosis completa del blister"), with or
without wine, about the writer or a relative, now (FORMAL_INGESTION_50D, FORMAL_COMPLETE_DOSE_50D); the
intentional guidance where the writer tells a wish not to wake up, or tells her own formal taking;
(2) a relative who took all the pills for depression or anxiety saying she did not want to suffer any more:
an intentional overdose, relayed (RELATIVE_ALL_MOOD_PILLS_50D, NO_MORE_SUFFERING_50D as intent);
(3) a ketamine nasal spray used half or more at once, and now not recognising people, the heart racing or
pounding, very confused: an emergency now (KETAMINE_SPRAY_HALF_CONFUSED_50D).
False alarm: a relative (or the writer) who took all of her pills as prescribed and is fine is ruled out by a
new filter (patterns.py, round 50 (d)) that gives way to signs, a wish, a container or "at once"
(LOOK_ALIKES, STILL_EMERGENCIES). QUIET holds the families' own look-alikes: billing or insurance "la totalidad
de", food before a session, a question about the dose form, a course finished as prescribed, the spray dose
asked ahead of time, a suffering from a condition or a pain.
Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

_FORMAL = [
    ("Buenas noches, mi esposo ingirió la totalidad de sus comprimidos de lorazepam hace unos veinte minutos", O),
    ("mi madre ha ingerido una cantidad considerable de tabletas de alprazolam junto con vino tinto", O),
    ("Le informo que mi hermana acaba de ingerir la totalidad del frasco de clonazepam", O),
    ("Mi padre ingirió una cantidad importante de pastillas para dormir con media botella de vino", O),
    ("He ingerido la totalidad de mis comprimidos de quetiapina con alcohol, no deseo despertar", O),
    ("ingerí una cantidad elevada de comprimidos de zolpidem, mi intención es no despertar mañana", O),
    ("mi abuela se administró la dosis completa del blister de diazepam y está muy somnolienta", O),
    ("Doctora, mi hija consumió todo el contenido del frasco de sertralina esta tarde", O),
    ("mi suegro ingirió una gran cantidad de medicamentos con vino, lo encontramos muy confundido", O),
    ("acabo de ingerir la totalidad de mis somníferos, no pienso despertar", O),
    ("mi pareja ha ingerido una cantidad excesiva de comprimidos de paracetamol, qué hacemos", O),
    ("Usted disculpe, mi marido ingirió todos los comprimidos de su receta con whisky, está mareado", O),
    ("he consumido la totalidad de los ansiolíticos que me quedaban y una botella de vino", O),
    ("Ingerí todas las tabletas del envase, ya no quiero despertar", O),
]
_RELAYED_NO_SUFFERING = [
    ("mi vieja se bajó el pomo de antidepresivos, me mandó un audio que ya estaba cansada de sufrir", O),
    ("mi papa se trago todos sus antidepresivos, nos dijo que ya no aguantaba sufrir", O),
    ("mi madre se acabó el frasco de las pastillas de la ansiedad porque ya no quería sufrir", O),
    ("mi tía se tomó todas las pastillas de los nervios diciendo que no quiere seguir sufriendo", O),
    ("mi abuelo se tomó todos sus ansiolíticos, dice que ya no quiere sufrir, ¿qué hago?", O),
    ("la señora de mi papá se tomó todos los somníferos, decía que ya no podía sufrir más", O),
    ("mi hija se tomó la caja entera de sus pastillas para la depresión para dejar de sufrir", O),
    ("mi esposa se tragó todas las pastillas del ánimo, me escribió que ya no quería sufrir más", O),
    ("a mi mamá le encontré vacío el frasco de la fluoxetina, me dijo que no quiere sufrir nunca más", O),
    ("mi padre se tomo la totalidad de sus pastillas para la ansiedad, no quiere sufrir mas dice", O),
    ("mi madre se echó todos los comprimidos del antidepresivo porque ya no aguanta sufrir así", O),
]
_K_SPRAY = [
    ("mi hijo se puso la mitad del spray de ketamina de una vez y ahora no reconoce a nadie", O),
    ("me eché más de medio frasco del spray nasal de esketamina de golpe y el pecho me retumba", O),
    ("mi esposa usó la mitad del spray de ketamina seguido, no me reconoce y el corazón le late fuertísimo", O),
    ("mi hija se aplicó casi todo el spray de ketamina de un jalón, está muy desorientada", O),
    ("usé la mitad del spray nasal de ketamina de una sola vez y tengo taquicardia, estoy muy confundido", O),
    ("mi novio se echó como la mitad del atomizador de ketamina y ya no sabe ni dónde está", O),
    ("se puso dos tercios del spray de ketamina, no reconoce a su mamá y tiene el corazón a mil", O),
    ("my husband used half the ketamine nasal spray at once and now he doesn't recognize me, heart racing", O),
    ("my son sprayed more than half of the ketamine nasal spray in one go, he is very confused and his chest is pounding", O),
    ("mi papá usó la mitad del spray de la ketamina que le dieron en la clínica, no nos reconoce", O),
]
CLASSES = _FORMAL + _RELAYED_NO_SUFFERING + _K_SPRAY

LOOK_ALIKES = [
    # all the pills of the day, the month or the course taken as prescribed, and fine
    "mi mamá se tomó todas sus pastillas de la depresión hoy, no se le olvidó ninguna",
    "mi mamá se tomó todas sus pastillas de la depresión como se las recetaron y se siente bien",
    "mi papá se tomó todas sus pastillas de la ansiedad como le indicó el psiquiatra, está perfecto",
    "mi madre se tomó todos los comprimidos de hoy sin faltar uno y se siente bien, ¿puede empezar ketamina?",
]

QUIET = [
    "¿Su seguro cubre la totalidad del costo de las infusiones?",
    "la aseguradora pagó la totalidad de la factura, gracias",
    "¿Medicare cubre la totalidad de las sesiones de Spravato o solo una parte?",
    "el seguro me devolvió la totalidad del copago",
    "¿Puedo ingerir alimentos antes de la infusión de ketamina?",
    "hay que evitar ingerir alimentos sólidos seis horas antes de la sesión",
    "¿cuántas horas antes debo dejar de ingerir líquidos?",
    "mi hermano ingirió una cantidad considerable de comida antes de la sesión, ¿es un problema?",
    "¿la ketamina oral viene en comprimidos o en gotas?",
    "¿los comprimidos de naltrexona se pueden partir?",
    "ya ingerí la totalidad de los comprimidos del tratamiento como indicó el médico, ¿necesito otra receta?",
    "mi madre terminó la totalidad de sus comprimidos de antibiótico según la receta y se siente muy bien",
    "mi mamá se tomó sus pastillas de la depresión como le recetaron y está tranquila",
    "mi abuela tomó la dosis completa de su medicamento como indicó el doctor y se siente bien",
    "ingerí la dosis completa de mi medicamento de la mañana, ¿puedo ir a la infusión?",
    "¿cuánto del spray se usa en cada aplicación?",
    "¿se pone la mitad del spray en cada fosa nasal?",
    "¿cuánto del spray de ketamina debo usar, la mitad o todo?",
    "si uso la mitad del spray de ketamina, ¿es suficiente?",
    "how much of the ketamine spray do I use, half in each nostril?",
    "mi mamá ya no quiere sufrir del dolor de rodilla, ¿la ketamina ayuda?",
]

STILL_EMERGENCIES = [
    ("¿el seguro cubre la totalidad del costo? mi padre ingirió la totalidad de sus comprimidos y ahora no responde", O),
    ("pregunto si el seguro cubre la totalidad del costo porque mi hermano tomó una cantidad considerable de comprimidos y ahora no responde", O),
    ("mi madre ingirió la totalidad de su medicación y ahora no responde", O),
    ("la póliza cubre la totalidad de la sesión, pero mi mamá se tomó todas sus pastillas y ahora no responde", O),
    ("mi mamá se tomó todas sus pastillas de la depresión como se las recetaron pero ahora no responde", O),
    ("la jefa se metió todas las pastillas de la depresión juntas, dice que quiere dejar de sufrir", O),
    ("mi mamá se tomó todas sus pastillas del mes juntas y está muy mareada", O),
    ("mi tía se tomó todas las pastillas de la semana que le recetaron y respira muy despacio", O),
    ("¿cuánto del spray se usa? mi hijo ya se puso la mitad de golpe y ahora no me reconoce", M),
]

OVERDOSE_KIND = [
    ("He ingerido la totalidad de mis comprimidos de quetiapina con alcohol, no deseo despertar", "overdose_intentional"),
    ("ingerí una cantidad elevada de comprimidos de zolpidem, mi intención es no despertar mañana", "overdose_intentional"),
    ("acabo de ingerir la totalidad de mis somníferos, no pienso despertar", "overdose_intentional"),
    ("mi vieja se bajó el pomo de antidepresivos, me mandó un audio que ya estaba cansada de sufrir", "overdose_intentional"),
    ("mi papa se trago todos sus antidepresivos, nos dijo que ya no aguantaba sufrir", "overdose_intentional"),
    ("mi abuelo se tomó todos sus ansiolíticos, dice que ya no quiere sufrir, ¿qué hago?", "overdose_intentional"),
    ("mi hija se tomó la caja entera de sus pastillas para la depresión para dejar de sufrir", "overdose_intentional"),
    ("mi esposa se tragó todas las pastillas del ánimo, me escribió que ya no quería sufrir más", "overdose_intentional"),
]

NOT_RULED_OUT = []
