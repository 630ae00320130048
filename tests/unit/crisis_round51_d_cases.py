"""Round 51's Spanish medical emergencies, a poisoning and violence now, and Spanish false alarms (helper d;
tests/unit/test_crisis_classes_by_round.py checks them, key 513). Classes the detector missed, each now read
through round 51 (d)'s families in phrases.py:
(1) a toddler or a child who drank, swallowed, bit or sucked a household product (nail polish remover or acetone,
bleach, Fabuloso or a floor cleaner, detergent or a laundry capsule, dish soap, a cleaning liquid) and now vomits,
coughs, chokes, drools or is drowsy: an overdose made a poisoning (CHILD_SWALLOWED_HOUSEHOLD_PRODUCT_51D; its
products join patterns.OVERDOSE_KINDS' non-opioid words, and a colour told right after a product's name, "el
limpiavidrios azul", is no longer read as a blue face);
(2) a nanny, a cleaner or a neighbour watching a man beat, choke or kick his wife, his partner or the lady of the
house now (WITNESSED_MAN_BEATING_WOMAN_NOW_51D); round 12's filter of a work about something gave "trabajo de
ninera y el senor le esta pegando..." to a story, and now gives way to a beating told now (BEATING_HER_NOW_51D);
(3) a patient or an elderly relative who fell, with a leg or an arm bent the wrong way, and who barely answers,
mumbles or is confused (FELL_LIMB_BENT_CLOUDED_51D);
(4) shaking or jerking all over at home, hours after a ketamine or Spravato session
(KETAMINE_SESSION_SHAKING_ALL_OVER_51D).
False alarms ruled out by round 51 (d)'s filters in patterns.py (LOOK_ALIKES): a relative's MCAS or allergy attack,
abroad mostly, over and the relative well now; "la cocina me mato", "el trabajo me mato hoy" (a day's load, the
writer tired); "un dolor que me mata de noche" told as a chronic pain with a question to the clinic. Each filter
gives way to the danger told now (review R's stops, _DANGER_TOLD_51D) and to its own signs (STILL_EMERGENCIES).
QUIET holds the families' own neighbours: a product stored or asked about, a child sick with a virus, glue and
posters, a fall long ago, a tremor of the hands or of nerves before a session.
Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

_CHILD_POISONING = [
    ("mi niña de 2 años se tomó quitaesmalte y está vomitando, qué hago", O),
    ("mi hijo de tres años se bebio acetona del tocador y no para de toser", O),
    ("ayuda mi bebe de un año se tomo el fabuloso, esta tosiendo y como que se ahoga", O),
    ("mi hija chiquita tomo detergente de la lavadora y se esta poniendo muy dormida", O),
    ("el niño agarró la botella del quitaesmalte y se lo tomó, ahora está como adormilado", O),
    ("la niña mordió una pastilla de detergente, está echando baba y llora mucho", O),
    ("mi hija de dos anitos tomo del liquido para trapear, vomito dos veces y esta muy decaida", O),
    ("encontré a mi nieta chupando la botella de cloro, tose y tiene los labios rojos", O),
    ("my son de 3 años drank the nail polish remover, he is coughing and sleepy", O),
    ("el nene se empinó el suavizante, ahorita está vomitando y no deja de toser", O),
    ("MI NIÑA SE TOMO DETERGENTE LIQUIDO Y ESTA VOMITANDO ESPUMA", O),
    ("el nene mordio un pod de detergente de la lavadora, tiene espuma en la boca y tose", O),
    ("mi nieto se bebio el limpiavidrios azul y esta vomitando", O),
    ("el bebe se metio a la boca el jabon de trastes y ahora esta muy dormido no se despierta bien", O),
]
_BEATING_WITNESSED = [
    ("trabajo de niñera y el señor le está pegando a su esposa ahorita, qué hago", V),
    ("ayuda el señor esta ahorcando a la señora y yo estoy con los niños en el cuarto", V),
    ("la señora de la casa está en el piso y su esposo le sigue pegando, yo limpio aquí", V),
    ("el patron sigue golpeando a su esposa, yo estoy con la bebe en el cuarto", V),
    ("mi vecino está pateando a su mujer en el estacionamiento, la tiene en el suelo", V),
    ("el papa de los niños esta ahorcando a la mama y los niños gritan", V),
    ("el esposo de mi patrona no para de pegarle, ella esta llorando", V),
    ("el hombre del 3B le anda pegando a su novia en la escalera ahorita", V),
    ("ESTOY LIMPIANDO Y EL SEÑOR ESTA GOLPEANDOLA A LA SEÑORA", V),
    ("el señor esta estrangulando a su esposa en la cocina, que hago, llamo al 911?", V),
    ("soy housekeeper y el husband de mi jefa la esta golpeando right now", V),
    ("cuido a los niños de una familia y el papá le está dando golpes a la mamá en este momento", V),
    ("trabajo de limpieza en una casa y el patrón la está ahorcando a la señora", V),
    ("mi patrón agarró a su esposa del cuello, la está asfixiando", V),
    ("el marido de la señora la esta zarandeando y ella grita", V),
]
_FALL_BENT_CLOUDED = [
    ("el paciente se cayó de la cama, tiene el brazo doblado raro y casi no habla", M),
    ("mi abuelito se resbalo y la pierna le quedo en una posicion rara, apenas me contesta", M),
    ("se cayó mi tía por las escaleras, el brazo se ve doblado para atrás y está bien confundida", M),
    ("mi abuela se calló en la cocina y tiene la pierna como torcida, no me responde bien", M),
    ("MI MAMA SE CAYO Y TIENE EL BRAZO DOBLADO FEO Y CASI NO HABLA", M),
    ("mi papa se cayo de la escalera, el brazo le quedo como en zigzag y esta medio ido", M),
    ("la viejita se cayó y la pierna está en un ángulo raro, responde con puros murmullos", M),
    ("mi abuela se cayó en el baño y el tobillo le quedó volteado, está como ida", M),
    ("el paciente se resbaló, la muñeca se ve deforme y solo balbucea", M),
    ("mi papá rodó por las escaleras, la pierna está torcida para atrás y no sabe dónde está", M),
    ("la señora que cuido se fue de lado, la cadera le quedó rara y habla incoherencias", M),
    ("mi mamá tuvo una caída, el hombro se ve fuera de lugar y está desorientada", M),
    ("my abuelo fell down the stairs, his arm is bent weird y esta bien confundido", M),
    ("mi papá se cayó en la calle, el brazo parece dislocado y está aturdido", M),
]
_SHAKING_AFTER_KETAMINE = [
    ("desde que llegue de la ketamina estoy temblando y con sacudidas, ya pasaron dos horas", M),
    ("mi hija tuvo la infusión de ketamina esta mañana y ahora en casa tiene como sacudidas en todo el cuerpo", M),
    ("me dieron ketamina hace un par de horas y ahora tengo temblores en todo el cuerpo y no paro de sacudirme", M),
    ("mi mamá tuvo spravato y ya en casa le dan como brincos los brazos y las piernas, no para", M),
    ("TENGO TEMBLORES EN TODO EL CUERPO DESDE LA SESION DE KETAMINA DE HACE DOS HORAS", M),
    ("estoy en casa despues de mi session de spravato y tiemblo toda, no puedo controlar", M),
    ("mi novio llego de la ketamina y esta temblando entero, se sacude y no se calma", M),
    ("dos horas despues del esketamina mi papa tiembla de pies a cabeza y da sacudones", M),
    ("después del spravato mi hijo está temblando de pies a cabeza, ya llegamos a la casa hace una hora", M),
    ("estoy en mi casa y desde la sesión de ketamina tengo sacudones en los brazos y las piernas", M),
    ("después de la ketamina llegué a casa y mi cuerpo no deja de temblar", M),
    ("hace rato salí de mi infusión y estoy temblando sin control", M),
    ("mi mama esta temblando entera desde que llego del spravato, no para", M),
    ("me pusieron spravato hace dos horas y ahorita tengo espasmos en todo el cuerpo", M),
]
CLASSES = _CHILD_POISONING + _BEATING_WITNESSED + _FALL_BENT_CLOUDED + _SHAKING_AFTER_KETAMINE

LOOK_ALIKES = [
    # a relative's MCAS or allergy attack, over, the relative well now
    "mi prima tuvo una crisis de MCAS en México pero ya pasó y está bien",
    "a mi primo le dio un ataque de alergia en Colombia, lo llevaron al hospital allá y ya está bien, gracias a Dios",
    "mi tía en Puerto Rico tuvo una reacción de mastocitos la semana pasada, ya se recuperó, ¿la ketamina es segura con MCAS?",
    "my cousin had an MCAS flare in Dominican Republic pero ya esta bien",
    "a mi prima se le cerró la garganta por una alergia allá en Honduras, pero ya pasó todo y anda bien",
    "MI PRIMA TUVO UNA CRISIS DE ALERGIA EN ECUADOR PERO YA ESTA BIEN NO SE PREOCUPEN",
    "a mi tia en Quito le dio una crisis de mastocitos la semana pasada, la inyectaron en el hospital y ya se recupero, ustedes ven eso?",
    "a mi sobrina le dio una reaccion alergica fuerte en cancun, se le hincho la cara pero ya se le paso, esta bien",
    # a day's load that wore the writer out
    "la cocina me mató hoy, estoy muerta",
    "el trabajo me mato hoy, solo quiero dormir",
    "hoy la chamba me mató, llegué rendido",
    "el turno doble en el restaurante me mató, me duelen los pies",
    "uff la cocina hoy me mató, cociné para 40 personas",
    "el jale me mato hoy jaja, me voy a acostar temprano",
    "los niños me mataron hoy, estoy molida",
    "LA COCINA ME MATO HOY NECESITO VACACIONES",
    "today el trabajo me mató, i'm so tired",
    "la mudanza me mato hoy, estoy reventado",
    # a pain at night told as chronic, with a question to the clinic
    "me da un dolor en las piernas que me mata por las noches, ¿ustedes tratan dolor crónico?",
    "el dolor de la fibromialgia me mata en las noches, quería saber si la ketamina sirve",
    "la ciática me mata todas las noches, ¿la infusión sirve para el dolor?",
    "tengo un dolor que me mata de noche, es cronico, ustedes ven pacientes con dolor?",
    "tengo un dolor de espalda que me mata de noche desde hace años, ¿la ketamina ayuda con eso?",
]

QUIET = [
    "¿qué hago si mi hijo se toma cloro por accidente?",
    "guardo el cloro y el fabuloso bajo llave para que los niños no lo alcancen",
    "mi hija usa quitaesmalte para sus uñas, ¿puede venir pintada a la infusión?",
    "el bebé está tosiendo por la gripa, ¿pueden verlo?",
    "mi hijo está vomitando desde anoche por un virus, ¿cancelo mi cita de mañana?",
    "el señor está pegando el papel tapiz en la sala",
    "el señor está pegando el papel tapiz y la señora le ayuda",
    "mi vecino está pegando carteles de su perro perdido",
    "el esposo de la señora está pegando gritos otra vez por el fútbol",
    "mi patrón me pagó tarde esta semana otra vez",
    "el vecino está golpeando la pared con un martillo desde las siete",
    "el señor de la tienda me está cobrando de más",
    "mi abuela se cayó el año pasado y se fracturó la cadera, ¿puede hacer ketamina?",
    "mi papá tiene la pierna torcida desde un accidente hace años y camina con bastón",
    "mi abuela se cayó ayer, tiene el tobillo un poco hinchado pero está bien",
    "la pierna de mi abuela quedó chueca desde la operación, ¿puede recibir ketamina?",
    "si mi abuela se cae, ¿qué hago?",
    "¿es normal temblar un poco después de la ketamina?",
    "después de la sesión me temblaban un poquito las manos pero ya se me pasó",
    "tengo temblores en las manos por el litio, ¿puedo hacer ketamina?",
    "mi sesión de spravato es en dos horas y estoy temblando de nervios",
    "¿la ketamina puede dar temblores en todo el cuerpo?",
    "la ketamina me quitó los temblores de la ansiedad, ya no tiemblo en la casa",
    "hoy la cocina estuvo bien pesada pero ya terminé",
    "el trabajo me pagó hoy, qué alivio",
    "la ketamina me ayudó con el dolor que me mataba en las noches, gracias",
]

STILL_EMERGENCIES = [
    ("la cocina me mató hoy y ya no quiero vivir, tengo las pastillas aquí", S),
    ("el trabajo me mato hoy, me voy a tomar todas las pastillas para no despertar", S),
    ("los niños me mataron hoy, estoy molida y ya no aguanto, me quiero morir", S),
    ("el jale me mato hoy jaja, pero mi esposo no respira y tiene los labios morados", O),
    ("tengo un dolor que me mata de noche, ¿la ketamina sirve? ahorita me duele el pecho y el brazo izquierdo", M),
    ("mi prima tuvo una crisis de MCAS en México y ya está bien, pero ahora a mi hijo se le está cerrando la garganta", M),
    ("mi tía tuvo una reacción alérgica en Colombia y ya pasó, pero le volvió y no puede respirar", M),
    # round 12's filter of a work about something gives way to a beating told now
    ("es mi primer trabajo de niñera y el papá la está pateando a la mamá ahorita", V),
    ("hago trabajo de limpieza y el señor de la casa está ahorcando a la señora", V),
]

OVERDOSE_KIND = [(text, "poisoning") for text, _ in _CHILD_POISONING]

NOT_RULED_OUT = []
