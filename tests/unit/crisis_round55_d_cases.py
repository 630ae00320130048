"""Round 55's Spanish ask tier told softly or relayed, and Spanish emergencies told from afar or plainly (helper d;
tests/unit/test_crisis_classes_by_round.py checks them, key 551): no accents, Spanglish, typos, voseo, the Spanish
of Spain, formal registers. Classes the detector missed, each now read through round 55 (d)'s families in
phrases.py:
(1) the ask tier: not existing told as a wish, often beside a denied plan ("estaria bien no existir", "mejor ni
existiera yo"; NOT_EXISTING_WISH_55D), a dream of dying and waking sad it was not true (DREAM_OF_DYING_SAD_55D), a
fall onto the subway tracks played down as tiredness (FALL_ON_TRACKS_SHRUGGED_55D), a pastor, a teacher or a
friend (one in nursing school too) relaying someone's wish to be dead or that God forgot him, with "no ha hecho
nada" (RELAYED_WISH_TO_BE_DEAD_55D, also a NOT_STUDY mark);
(2) a farewell voice message or text from a relative on a rooftop, a terrace or a bridge, relayed from another
city or country: self-harm (FAREWELL_FROM_A_HEIGHT_RELAYED_55D);
(3) a fall at home with a broken hip or leg, unable to get up, alone: medical (FALL_BROKEN_HIP_CAN_NOT_GET_UP_55D);
(4) a collapse after chest pain with no pulse or gasping, after "no es homework" or a joke: medical
(COLLAPSE_NO_PULSE_OR_GASPING_55D; COLLAPSE_STUDY_DENIED_55D stops the study reading, patterns.py's NOT_A_JOKE the
joke's);
(5) a seizure in a waiting room or a clinic after a dose, in Spain's Spanish ("se ha puesto a convulsionar", "le
ha dado un ataque"): medical (SEIZURE_SPAIN_55D);
(6) an opioid count taken at once with heavy eyes ("me tome como 6 percos y ya me cuesta tener los ojos
abiertos"): an overdose (OPIOID_COUNT_HEAVY_EYES_55D);
(7) a roommate or a relative seen on the floor under a locked bathroom door, who uses street pills: an overdose
(FLOOR_SEEN_UNDER_THE_DOOR_55D).
False alarms ruled out (LOOK_ALIKES): a teacher asking for leaflets on fentanyl in fake pills, overdose signs and
naloxone (round 55 (d)'s filter in patterns.py); an extra blood-pressure pill days ago that the doctor checked, and
a burn at work a month ago, healed, asked about for nerve pain (the older filters). Each gives way to a danger told
now (STILL_EMERGENCIES).
QUIET holds the families' neighbours: a charge or a copay that should not exist, a nightmare woken from with
relief, a safety question about the tracks, a farewell party on a rooftop, an old hip, an attack of laughter or
of coughing, a light under the door.
Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

_NOT_EXISTING = [
    ("estaria bien no existir", R),
    ("a veces pienso que estaria mejor no existir, no tengo plan ni nada, pero lo pienso", R),
    ("mejor ni existiera yo", R),
    ("ojala ni existiera, la verdad", R),
    ("no tengo plan ni nada, pero seria chevere no existir", R),
    ("Vos sabes que estaria re bueno no existir, no es que tenga un plan eh", R),
    ("sinceramente seria un alivio no existir. no tengo ningun plan, solo lo pienso", R),
    ("quiero desaparecer y nadie se daria cuenta", R),
    ("no tengo plan ni nada pero la verdad quisiera desaparecer y ya", R),
    ("Estimada doctora: no tengo un plan, pero a menudo pienso que seria mejor no haber nacido.", R),
]
_DREAM = [
    ("sone que me moria y me desperte triste porque no era verdad", R),
    ("anoche sone que estaba muerta y al despertar me dio pena que no fuera cierto", R),
    ("tuve un sueno en que me moria y cuando me desperte me puse triste de que no fue real", R),
    ("He sonado que me moria y me he despertado con pena de que no fuera verdad", R),
    ("tengo suenos donde estoy muerto y me levanto decepcionado de que no es real", R),
]
_TRACKS = [
    ("si me cayera a las vias del tren tampoco pasaria nada, es que estoy cansado", R),
    ("esperando el train pense que si me caigo a las vias no pasa nada, ando bien cansada nomas", R),
    ("en el subway pense que si me caigo a los rieles da igual, es el cansancio", R),
    ("hoy en la estacion pense, si me cayera a las vias nadie lo notaria. debe ser el cansancio jaja", R),
    ("ando tan cansado que si me tiro a las vias del metro tampoco pasaria nada malo", R),
]
_RELAYED = [
    ("soy pastor, una hermana de la congregacion dice que Dios se olvido de ella y que quisiera estar muerta", R),
    ("la maestra de mi hijo dice que el nino dice que Dios se olvido de el y que quisiera estar muerto", R),
    ("mi amigo dice que ojala estuviera muerto, no ha hecho nada pero me preocupa", R),
    ("mi vecina dice que mejor estuviera muerta, no ha hecho nada pero me tiene preocupada", R),
    ("Como pastor le escribo: un joven del grupo me confeso que quisiera estar muerto. No ha hecho nada hasta ahora.", R),
    ("soy maestra de 5to grado, un alumno me dijo que dios ya no lo escucha y que preferiria estar muerto", R),
    ("mi pana siempre dice que quisiera estar muerto, no ha hecho nada pero ya me asusta", R),
    ("mi amiga esta en nursing school y dice que ya no quiere existir", R),
    ("mi amiga que estudia enfermeria dice que quisiera estar muerta, esta con mucha homework", R),
    ("mi roommate del nursing school dice que estaria mejor muerta", R),
    ("tengo una amiga en nursing school, entre tanto homework me dijo que ya no quiere vivir", R),
]
_FAREWELL_FROM_AFAR = [
    ("mi hermano me mando un audio desde la azotea despidiendose, yo estoy en santo domingo", S),
    ("mi hija me mando un mensaje de voz de despedida, esta en un puente en el Bronx, yo estoy en Puerto Rico", S),
    ("recibi un texto de mi papa diciendo que nos quiere y que lo perdonemos, esta en la terraza del edificio, estoy en Mexico", S),
    ("mi sobrino me mando una nota de voz despidiendose, dice que esta en el techo, yo estoy en Colombia y no puedo hacer nada", S),
    ("estoy en Ecuador y mi hija en NY me manda un audio diciendo adios desde el puente George Washington", S),
    ("mi mama me escribio un mensaje de despedida desde la azotea de su edificio en Queens, yo estoy en Florida", S),
    ("me llego un audio de mi hermana diciendo que nos perdona a todos y que adios, esta en el rooftop, yo vivo en Boston", S),
    ("Estoy en Madrid y mi hijo, que vive en Nueva York, me acaba de enviar un audio despidiendose desde la terraza de su piso", S),
]
_FALL_ALONE = [
    ("mi mama se cayo en la casa y creo que se quebro la cadera, no se puede levantar y esta sola", M),
    ("me cai en el bano, creo que me rompi la pierna, no me puedo parar y estoy solo", M),
    ("mi abuelo se cayo, esta en el piso, dice que le duele mucho la cadera y no se puede levantar, vive solo", M),
    ("me resbale en la cocina y creo que me fracture la cadera, no puedo levantarme, estoy sola en casa", M),
    ("mi tia se cayo en su apartamento, tiene la pierna rota y no se puede parar, no hay nadie con ella", M),
    ("me he caido en casa y me he roto la pierna, no me puedo levantar y estoy solo", M),
    ("se cayo mi papa, se partio la cadera y no puede levantarse, esta solito", M),
    ("mi abuelita tuvo una caida en su depa, la pierna se ve rota, no logra pararse y esta sola alla", M),
]
_COLLAPSE = [
    ("no es homework, mi tio se quejo de dolor de pecho y se desplomo, no le siento el pulso", M),
    ("jaja no es broma, mi papa tuvo dolor en el pecho y ahora esta en el piso respirando como boqueando", M),
    ("esto no es homework, mi abuela dijo que le dolia el pecho y se cayo, no le siento el pulso", M),
    ("no es para la clase, mi esposo se agarro el pecho y se desmayo, no tiene pulso", M),
    ("lol no es homework de nursing, mi jefe se quejo del pecho y ahora esta boqueando en el piso", M),
    ("mi suegro le dolio el pecho, se desplomo y respira como boqueando, no le encuentro pulso", M),
    ("jajaja ok no es chiste, mi roommate se quejo del corazon y se desvanecio, no le encuentro el pulso", M),
]
_SEIZURE_SPAIN = [
    ("estamos en la sala de espera y mi marido se ha puesto a convulsionar despues de la dosis", M),
    ("a mi madre le ha dado un ataque en la consulta despues del spray, esta temblando entera", M),
    ("en la sala de espera a mi hijo le ha dado un ataque despues de la dosis y esta convulsionando", M),
    ("mi mujer se ha puesto a convulsionar en la clinica tras la infusion", M),
    ("oiga, a mi padre le ha dado un ataque en la sala de espera despues de la dosis, se ha caido al suelo temblando", M),
    ("Disculpe, la senora de al lado en la sala de espera se ha puesto a convulsionar, venid por favor", M),
]
_OPIOID_COUNT = [
    ("me tome como 6 oxicodonas juntas y ya me cuesta tener los ojos abiertos, estoy solo en mi cuarto", O),
    ("me meti 6 percos juntas y ya casi no puedo mantener los ojos abiertos", O),
    ("me tome como 6 percos y ya me cuesta mantener los ojos abiertos", O),
    ("me tome 6 oxicodona juntas, estoy sola en mi cuarto y me cuesta tener los ojos abiertos", O),
    ("me tome unas 6 percocet y ya no puedo tener los ojos abiertos", O),
    ("me tome seis oxis juntas, ya me cuesta abrir los ojos", O),
    ("me trague como 6 percs hace rato y se me cierran los ojos, estoy solo", O),
    ("bro me tome como 7 perkys y se me cierran los ojos solos, toy en mi cuarto", O),
]
_UNDER_THE_DOOR = [
    ("mi roommate esta tirado en el piso del bano, lo veo por debajo de la puerta, esta con seguro, el usa pastillas de la calle", O),
    ("vi a mi hermano tirado en el suelo del bano por debajo de la puerta, esta cerrada con seguro, el compra pastillas en la calle", O),
    ("por debajo de la puerta del bano veo a mi primo en el piso, la puerta tiene llave, el usa pills de la calle", O),
    ("mi roommate esta acostado en el piso del bano, se ve por la rendija de la puerta, esta trancada, usa percs de la calle", O),
    ("mi hijo esta en el suelo del bano, lo vi por debajo de la puerta, tiene seguro y el toma pastillas de la calle", O),
    ("se le ven los pies en el piso por debajo de la puerta del bano, esta con pestillo, mi hermano consume pastillas de la calle", O),
]
CLASSES = (_NOT_EXISTING + _DREAM + _TRACKS + _RELAYED + _FAREWELL_FROM_AFAR + _FALL_ALONE + _COLLAPSE + _SEIZURE_SPAIN
           + _OPIOID_COUNT + _UNDER_THE_DOOR)

LOOK_ALIKES = [
    # round 55 (d)'s filter: leaflets and talks on fentanyl, overdose signs and naloxone
    "soy maestra, tienen folletos en espanol sobre fentanilo en pastillas falsas, senales de sobredosis y naloxona?",
    "buenas, soy profesor de high school y busco material en espanol sobre el fentanilo en pastillas falsas para los padres",
    "trabajo en una escuela en el Bronx, tienen volantes en espanol de como reconocer una sobredosis y usar la naloxona?",
    "la consejera de la escuela pregunta si hay charlas en espanol sobre narcan y pastillas falsas para las familias",
    # the older filters: an extra pill days ago, checked; a burn a month ago, healed
    "mi hijo se tomo una pastilla extra de la presion hace tres dias, el doctor dijo que todo estaba bien, puede venir a su cita?",
    "el lunes pasado mi hijo se tomo sin querer una pastilla de mas de la presion, lo revisaron y el doctor dijo que estaba bien",
    "me queme en el trabajo hace un mes, ya sano, pero ahora tengo dolor de nervio en la zona, eso se trata con ketamina?",
    "hace un mes me queme la mano en la cocina del restaurante, ya cerro la herida pero me quedo un dolor de nervio, la ketamina ayuda?",
]

QUIET = [
    "estaria bien que no existiera ese cargo del seguro",
    "ojala ni existiera el copago, es carisimo",
    "sone que me moria y me desperte aliviada de que no era verdad",
    "sone que mi abuela se moria y me desperte llorando",
    "que pasa si alguien se cae a las vias del metro? hay que llamar al 911?",
    "si se me cae el telefono a las vias del tren no pasa nada?",
    "mi amiga dice que quisiera estar muerta de risa con ese video",
    "mi hermano dice que dios se olvido de el en la loteria jaja",
    "hicimos la fiesta de despedida en la azotea del edificio, todos lloramos",
    "mi hija se despidio de nosotros desde el puente en fotos, se muda a Texas",
    "mi abuela se cayo el ano pasado y se quebro la cadera, ahora ya camina con andador",
    "mi mama tiene artrosis en la cadera y le cuesta levantarse de la cama en las mananas",
    "le dio un ataque de risa en la sala de espera",
    "a mi hijo le dio un ataque de tos en la consulta despues del spray",
    "el doctor me receto 1 percocet y me dio sueno, es normal?",
    "por debajo de la puerta del bano veo la luz prendida, mi roommate se esta banando",
    "mi perro esta acostado en el piso del bano, lo veo por debajo de la puerta",
    "caso clinico para la clase: paciente con dolor de pecho, se desploma, sin pulso. que hacemos primero?",
]

STILL_EMERGENCIES = [
    ("soy maestra y pido folletos sobre fentanilo, pero ahora mismo un alumno esta tirado en el bano y no respira", O),
    ("busco material sobre naloxona para los padres de la escuela, pero mi hijo se tomo unas pastillas de la calle y no despierta", O),
    ("mi hijo se tomo una pastilla extra de la presion hace tres dias y el doctor dijo que estaba bien, pero hoy se tomo todas las del frasco", O),
    ("me queme en el trabajo hace un mes, ya sano, pero hoy me quiero morir del dolor y tengo las pastillas listas", S),
]

OVERDOSE_KIND = []

NOT_RULED_OUT = []
