"""Round 51's Spanish ask tier told by relatives, in church words or as a burden (helper f;
tests/unit/test_crisis_classes_by_round.py checks them, key 515). Classes the detector missed, each now read
through round 51 (f)'s families in phrases.py:
(1) a widowed mother or father who wants to go with the late spouse ("se quiere ir con él", "quiere irse con mi
papá", "ya quiero alcanzar a mi esposo"), told by the writer or by a child, with the death, the widowhood or the
funeral told in the message: the ask tier (WIDOWED_GOING_TO_SPOUSE_51F);
(2) the writer a burden (a carga, an estorbo, a molestia, a peso, a gasto) with a wish to be gone ("mejor me
muero", "ya me quiero ir de este mundo", "ya no debería estar aquí"): the ask tier (OWN_BURDEN_BETTER_GONE_51F),
and "(sería) mejor si (yo) no estuviera / no existiera" told alone, nothing after it but "aquí" or "en este
mundo" (BETTER_IF_NOT_HERE_51F);
(3) church or faith words for losing the will to go on ("ya no tengo ánimo(s) de seguir", "se me acabaron las
ganas de seguir", "ya no deseo seguir en esta vida"; NO_HEART_TO_GO_ON_51F) and the Lord called on to take the
writer ("Señor, ya no puedo con esta cruz, llévame", "que venga Dios por mí"; LORD_TAKE_ME_51F): the ask tier;
(4) a wish to disappear, to vanish or not to be here relayed after a birth ("mi esposa dice que quiere
desaparecerse desde que nació el bebé", "dice que quisiera esfumarse"): the ask tier
(RELAYED_POSTPARTUM_WISH_GONE_51F).
False alarms ruled out by four new filters (patterns.py, round 51 (f)): "una carga" as a load or a charge (a truck,
a workload, a phone or a car); not wanting to go on WITH something (a treatment, chemo, a job, a wait, paying),
whose words the review's shared stop now reads as the writer's own only with no such object; "Señor" or God asked
for a ride somewhere on this earth ("llévame a la cita"); "desaparecer" said of stretch marks, a pain or a weekend
away (LOOK_ALIKES). STILL_EMERGENCIES: each look-alike with the writer's wish, the means or a burden with a wish
told too. QUIET holds the families' own look-alikes: a trip or a move with a relative ("se quiere ir con mi papá a
Puerto Rico"), "que Dios me lo bendiga", "seguir con el tratamiento", "la carga del teléfono", a birth with a
question, "mejor si no estuviera lloviendo".
Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

_WIDOWED = [
    ("desde que se murió mi papá, mi mamá nomás dice que se quiere ir con él", R),
    ("mi papá quiere irse con mi mamá, desde el entierro casi no come", R),
    ("MI MAMA DICE QUE YA SE QUIERE IR CON MI PAPA DESDE QUE LO ENTERRAMOS", R),
    ("Mi mamá enviudó en marzo y cada noche repite que quiere irse con mi papá. ¿Atienden adultos mayores?", R),
    ("mi suegro desde que falleció mi suegra dice que ya se quiere ir con ella, le sirve la ketamina?", R),
    ("se me fue mi viejo en diciembre y yo ya me quiero ir con él", R),
    ("my mom says que se quiere ir con my dad since he passed, how much is the consult", R),
    ("mi tia se quedo viuda y dice que ya se quiere reunir con mi tio", R),
    ("mi mama viuda dice que le pide a Dios irse con mi papa", R),
    ("mi papa lloro en el cementerio y dijo que ya se queria ir con mi mama", R),
    ("mi ama dice q ya se kiere ir con mi apa, desde el funeral no sale del cuarto", R),
    ("mi padre anda diciendo que ya le toca irse con mi madre que en paz descanse, que ya no tiene nada que hacer aquí", R),
    ("soy viuda hace un año y ya quiero alcanzar a mi esposo", R),
    ("hace 3 meses murio mi esposo y yo me quiero ir con el", R),
    ("yo nomas quiero irme con mi esposo lo enterramos hace 4 meses", R),
]
_BURDEN = [
    ("nomas le doy gastos y molestias a mis hijos, mejor si yo ya no existiera", R),
    ("no quiero ser carga de nadie, mejor me muero", R),
    ("ya no quiero ser una molestia, mejor si me muero", R),
    ("ya no quiero ser un estorbo, mejor que me lleve Dios", R),
    ("mejor desaparezco y asi ya no les doy lata", R),
    ("mis hijos tendrian menos problemas si yo no existiera", R),
    ("soy un bulto para mi familia, ya no deberia estar aqui", R),
    ("ya no quiero ser carga para mis hijos, ya me quiero ir", R),
    ("estorbo nomas, mejor que ya me vaya de este mundo", R),
    ("soy puro gasto pa mis hijos con tanta medicina, mejor que Diosito me recoja", R),
    ("la neta seria mejor si yo no estuviera", R),
    ("Todo sería más fácil si ya no existiera.", R),
    ("me siento una carga desde la cirugia, mejor si ya no estuviera aqui", R),
    ("I feel que soy un estorbo, mejor me voy para siempre", R),
    ("mejor que ya no existiera y ya, para que les sigo dando problemas", R),
]
_FAITH = [
    ("ya no tengo ánimo de seguir, que sea lo que Dios quiera", R),
    ("YA NO TENGO ANIMOS DE SEGUIR ADELANTE", R),
    ("ya no me quedan animos para seguir viviendo, le rezo a la virgen y nada", R),
    ("se me acabaron las ganas de seguir, que Dios me perdone", R),
    ("ya no tengo ánimo ni para seguir viviendo", R),
    ("ya no me dan ganas de seguir en este mundo", R),
    ("ya no deseo seguir en esta vida, Dios sabe", R),
    ("señor ya no puedo con esta cruz, llevame", R),
    ("que venga Dios por mi, ya estoy cansada", R),
    ("ya perdi la fe y las ganas de seguir", R),
    ("ya no tengo aliento para seguir, hermana, oren por mi", R),
    ("Diosito lindo ven por mí", R),
    ("perdi las ganas de seguir adelante desde que me enferme", R),
    ("sin animo de seguir viviendo, solo le pido a Dios", R),
    ("ya no encuentro el animo pa seguir, q sea lo q dios quiera", R),
]
_POSTPARTUM_RELAYED = [
    ("mi novia tuvo al bebe y ahora dice que quiere desaparecerse", R),
    ("mi esposa dice que quisiera esfumarse, el bebe tiene 3 semanas", R),
    ("mi mujer dice que ya no quiere estar, desde el parto no es ella", R),
    ("mi hija dio a luz y dice que le gustaria desaparecer", R),
    ("desde que nació el niño mi esposa dice que se quiere desaparecer", R),
    ("mi esposa dice que quiere desaparecer de todo desde que tuvimos al bebe", R),
    ("my wife just had the baby y dice que quiere desaparecer", R),
    ("Mi nuera tiene un bebé de 3 semanas y dice que quiere irse lejos y no volver nunca.", R),
    ("despues de la cesarea mi esposa me dijo que quisiera dejar de existir", R),
    ("mi hermana tiene depresion posparto, dice que ya no quiere estar aqui", R),
    ("mi esposa llora todo el dia y dice que quiere desaparecer, nuestra bebita tiene un mes", R),
    ("mi mujer acaba de parir y me dice que quisiera no estar", R),
    ("MI ESPOSA DICE QUE QUIERE DESAPARECERSE, EL BEBE TIENE 2 MESES, ES NORMAL?", R),
    ("mi cunada tuvo a su hija hace poco y habla de irse para siempre", R),
]
CLASSES = _WIDOWED + _BURDEN + _FAITH + _POSTPARTUM_RELAYED

LOOK_ALIKES = [
    # "una carga" as a load or a charge
    "el camion trae una carga pesada, llego tarde a mi cita",
    "tengo una carga de trabajo enorme esta semana, puedo mover la cita?",
    "le di una carga completa al telefono y aun asi se apaga",
    "una carga rapida del carro cuesta 20 dolares aqui en Queens",
    "tengo una carga academica muy pesada, atienden los sabados?",
    "la ketamina es una carga para el higado?",
    # not wanting to go on WITH something: a treatment, chemo, a job, a wait, paying
    "ya no quiero seguir con el tratamiento de sertralina, me da mucho sueño",
    "mi mama no quiere seguir con la quimio, que opciones hay?",
    "no tengo ganas de seguir en este trabajo, me estresa mucho",
    "ya no quiero seguir esperando, a que hora me llaman?",
    "no quiero seguir pagando tanto por las infusiones, aceptan seguro?",
    # the Lord (or a man, "señor") asked for a ride somewhere on this earth
    "Señor, llévame a la cita del martes porfa",
    "diosito llevame al trabajo temprano jaja",
    "señor, llámame cuando esté lista la receta por favor",
    # "desaparecer" said of a thing made to go or a time away
    "quiero desaparecer las manchas de la cara, sirve el laser?",
    "mi esposa quiere desaparecer las estrias del embarazo",
    "quisiera desaparecer un fin de semana a la playa con mis amigas",
    "quiero desaparecer el dolor de espalda, la ketamina ayuda?",
]

QUIET = [
    "me quiero ir de vacaciones a Mexico",
    "me quiero ir con el a Mexico en diciembre",
    "mi mama se quiere ir con mi papa a Puerto Rico este verano",
    "desde que murio mi abuelo, mi abuela se quiere ir con mi mama a vivir",
    "mi papa murio y mi mama se quiere ir con mi tio al rancho unos dias",
    "hace un año murio mi abuelo y mi abuela se quiere ir con mi tia a Texas una temporada",
    "mi esposo murio hace 5 años, ahora quiero estar con mis hijos",
    "el viernes vamos al cementerio a ver a mi papa y mi mama se quiere ir con el a comer despues",
    "que Dios me lo bendiga",
    "que Dios la bendiga y la acompañe siempre",
    "quiero seguir con el tratamiento",
    "le pido a Dios que me de fuerzas para seguir con el tratamiento",
    "no tengo animo de seguir con la dieta",
    "ya no tengo animo para salir de la casa",
    "sin animo de ofender, cuanto cuesta la consulta",
    "la carga del telefono no dura nada",
    "cuanto cuesta la carga de la bateria",
    "señor taxista llevame al aeropuerto",
    "Jesus, llamame cuando llegues",
    "mi esposa tuvo al bebe y quiere saber si puede hacer la infusion",
    "mi hermana tuvo un bebe y ya no quiere estar en su trabajo",
    "mi esposa tuvo al bebe hace un mes y quisiera no estar tan cansada",
    "mejor si no estuviera lloviendo",
    "seria mejor que no estuviera aqui mi hijo durante la infusion?",
    "soy un problema con las fechas, ya me quiero ir de vacaciones",
    "nomas les doy lata a las enfermeras, ya me quiero ir a mi casa",
]

STILL_EMERGENCIES = [
    ("el camion trae una carga pesada y yo ya no quiero vivir", S),
    ("tengo una carga de trabajo horrible y me siento una carga para mi familia, mejor si ya no estuviera", R),
    ("ya no quiero seguir con el tratamiento porque ya no quiero vivir", S),
    ("no quiero seguir en este trabajo, tengo las pastillas listas para esta noche", S),
    ("señor llevame a la tumba ya, me quiero morir", S),
    ("quiero desaparecer las estrias y ya no aguanto, me quiero morir", S),
    ("no quiero seguir con esta vida", S),
    ("ya no quiero seguir con este dolor", S),
    ("quiero desaparecer de este mundo", R),
    ("Dios mio llevame al cielo ya", R),
    ("señor, llámame cuando puedas, ya no quiero vivir", S),
]

OVERDOSE_KIND = []

NOT_RULED_OUT = []
