"""Round 51's Spanish self-harm emergencies told by a place, self-injury to feel something, and Spanish false
alarms (helper e; tests/unit/test_crisis_classes_by_round.py checks them, key 514). Classes the detector missed,
each now read through round 51 (e)'s families in phrases.py:
(1) the writer's car (or a relative's) stopped, parked or left on a bridge, the bridge named or not (el puente, el
George Washington, el GW, el Verrazano, el Tappan Zee, el Throgs Neck), with an apology to everyone or a goodbye:
self-harm now (IN_VEHICLE_ON_BRIDGE_FAREWELL_51E; round 49 (b)'s families read the writer deciding, or a relative's
car with an apology and no answer);
(2) the writer at a subway or train station saying the next train is the one ("el próximo tren es el mío"), or that
they will throw themselves, jump or get down to the tracks, or "me aviento" when the train comes
(AT_STATION_NEXT_TRAIN_51E);
(3) a hand or an arm put in hot oil, on the stove, the burner or an iron, or burned with a cigarette or a lighter,
to feel something else or to stop feeling the other pain (BURN_TO_FEEL_ELSE_51E; boiling oil's medical reading
gives way to it, patterns.py round 51 (e)).
False alarms, ruled out (LOOK_ALIKES): a husband who will "kill" the writer over what she spent on her nails, her
hair or a purse, laughed at (round 42 (e)'s filter, its everyday reasons now holding the spending); a relative who
"se quiere matar trabajando", "se va a matar trabajando", "se anda matando en la chamba" (a new filter, patterns.py
round 51 (e), stopped by review R's danger told with a killing word that is not the overwork's own).
STILL_EMERGENCIES: those filters stop where violence, fear or a wish is told now. QUIET holds the families' own
neighbours: a farewell beside traffic, lateness or an airport, the next train caught on time, a phone dropped on
the tracks, hands warmed at the stove, a pan felt for heat, a story long ago.
Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

_CAR_ON_BRIDGE = [
    ("tengo el carro estacionado en el Verrazano, lo siento mucho a todos, adiós", S),
    ("Estoy en el carro arriba del puente Verrazano. Perdón a todos por todo.", S),
    ("parqueé la troca a la mitad del puente, ya me despedí de mi mamá", S),
    ("estoy en la troca en medio del GW, diganle a mis hijos que los quiero, perdon", S),
    ("me paré con el carro en el puente de Brooklyn, ya les mandé mensaje a todos despidiéndome", S),
    ("deje el carro prendido en el puente george washington, perdon familia", S),
    ("im in my car on the gw bridge, perdon a todos, i love u mami", S),
    ("estoy estacionado en el Verrazano, solo quería decir adiós", S),
    ("aparqué el coche a la mitad del puente, les pido perdón a todos", S),
    ("estoy con el carro en el Throgs Neck, perdonen todo lo que les hice, adios", S),
    ("estoy en el carro en el puente Whitestone despidiendome, no me busquen", S),
    ("ESTOY PARQUEADO EN EL TAPPAN ZEE PERDONENME TODOS", S),
    ("mi hijo dejó su carro en el Verrazano y nos mandó un audio pidiendo perdón a todos", S),
    ("sorry for everything mami, estoy en el carro en el puente y ya no puedo", S),
    ("estoi en mi carro en el puente gw no aguanto mas perdon x todo", S),
]
_NEXT_TRAIN = [
    ("estoy en la estación del subway y el próximo tren es el mío", S),
    ("estoy en el anden de la 181, el siguiente tren es el mio, perdon mami", S),
    ("ya estoy en la estación del metro, el próximo que pase es el mío", S),
    ("im at the subway station, the next train is the one", S),
    ("estoy en el andén del 7 y el próximo tren es para mí, ya no aguanto", S),
    ("ahorita me tiro a los rieles", S),
    ("voy a brincar a las vias ya no puedo mas", S),
    ("estoy en la plataforma del tren voy a saltar a las vías", S),
    ("estoy en la estación de Jamaica y cuando venga el tren me aviento", S),
    ("estoy en el subway mirando las vias, el proximo es el mio", S),
    ("ESTOY EN LA ESTACION DE LA 125 QUIERO AVENTARME A LAS VIAS", S),
    ("mi hermano me mandó un texto que está en el metro y que el próximo tren es el suyo, que el siguiente es para él", S),
    ("ya compré el metrocard, estoy en el platform y el que viene es el mío, bye", S),
    ("cuando llegue el tren me aviento, ya me despedí de todos", S),
    ("i'm at the station gonna jump onto the tracks cuando llegue el tren", S),
]
_BURN_TO_FEEL = [
    ("metí la mano en el aceite caliente para sentir otra cosa", S),
    ("puse la mano en la estufa para dejar de sentir el otro dolor", S),
    ("me quemo con el cigarro para no sentir lo de adentro", S),
    ("puse mi mano en la hornilla prendida para que el dolor de afuera tape el de adentro", S),
    ("meto los dedos en el aceite hirviendo para sentir algo que no sea esta tristeza", S),
    ("i put my hand on the stove to feel something else", S),
    ("apoyé el brazo en el sartén caliente pa no sentir lo otro", S),
    ("meti la mano en el agua hirviendo pa no sentir lo otro, ya no se que hacer", S),
    ("me quemé el brazo con el encendedor para sentir otro dolor", S),
    ("me apago los cigarros en el brazo pa sentir algo, llevo una semana asi", S),
    ("PUSE LA PALMA EN EL COMAL CALIENTE PARA OLVIDARME DEL DOLOR DE ADENTRO", S),
    ("voy a meter la mano al aceite otra vez para dejar de sentir esto", S),
    ("pongo el antebrazo contra la plancha para distraerme de la pena", S),
    ("put my hand on the burner para sentir something else, no aguanto", S),
]
CLASSES = _CAR_ON_BRIDGE + _NEXT_TRAIN + _BURN_TO_FEEL

LOOK_ALIKES = [
    # a husband's "killing" over what the writer spent, laughed at
    "mi esposo me va a matar cuando vea lo que gasté en las uñas jaja",
    "MI ESPOSO ME VA A MATAR JAJAJA ME HICE UNAS UÑAS DE 95 DOLARES",
    "mi esposo me va a matar jaja, el set de uñas me salió en 70",
    "mi esposo me va a matar con lo que pagué por las uñas, jaja es broma",
    "ayy mi marido me va a matar jajaja las uñas me costaron un ojo de la cara",
    "el viejo me mata jaja se me fue la quincena en las uñas y las pestañas",
    "mi esposo me va a matar jeje me compré una bolsa de marca en el outlet",
    "me va a matar mi esposo jaja compre otro par de tenis",
    "mi marido me va a matar jsjs fui al salón y me hice mechas, ¿ustedes aceptan pagos a plazos?",
    # a car on a bridge with a farewell, in a soap opera or a film
    "en la novela el carro queda en el puente y él les pide perdón a todos",
    "en la serie el papá estaciona el carro en el puente y se despide de todos, me hizo llorar, ¿es normal con depresión?",
    # a relative who is killing himself working
    "mi hermano se quiere matar trabajando",
    "mi papá se quiere matar trabajando para pagar mis estudios",
    "mi mama se va a matar trabajando si sigue asi",
    "mi esposo se quiere matar en ese trabajo, 7 dias a la semana",
    "mi hija se quiere matar estudiando para los exámenes",
    "ese se va a matar trabajando jaja no para",
    "mi esposo se quiere matar trabajando y no tiene tiempo para la terapia, ¿hay citas los domingos?",
    "mi mamá se está queriendo matar trabajando, le digo que descanse",
    "se quiere matar a trabajar mi hermana, trabaja en dos lugares",
    "mi cuñado se quiere matar con tanto trabajo",
]

QUIET = [
    "estoy en el carro en el Verrazano con un trafico horrible, perdon a todos voy a llegar tarde a la cita",
    "ya me despedí de mi mamá, voy en el carro por el puente al aeropuerto",
    "perdón la molestia, estoy en el carro pasando el puente George Washington, ¿a qué hora cierran hoy?",
    "el año pasado mi hermano dejó el carro en el Verrazano y nos pidió perdón a todos, ahora está en tratamiento",
    "¿el George Washington Bridge tiene peaje para salir de la clínica?",
    "perdón amor, ya voy, el carro va cruzando el puente",
    "el próximo tren es el mío, llego en 20 minutos a la cita",
    "perdí el tren, el siguiente es el mío, voy a llegar un poco tarde",
    "the next train is mine, i will be there in 15 minutes",
    "se me cayó el celular a las vías, qué hago",
    "un señor se tiró a las vías ayer y por eso llegué tarde",
    "el que viene es el mio, me bajo en la 42",
    "cuando venga el tren me aviento corriendo para agarrar asiento jaja",
    "pongo las manos sobre la estufa para no sentir tanto frío",
    "puse la mano sobre el sartén para sentir si ya estaba caliente",
    "puse la mano encima de la plancha para ver si estaba caliente",
    "pongo las manos cerca del fuego para sentir algo de calor",
    "la ketamina me ayuda a sentir algo diferente, ¿es normal?",
    "i put my hands over the stove to not feel cold",
    "mi abuela pone la mano en la olla para sentir la temperatura del agua",
    "hay dos personas antes que yo, el que sigue es el mío",
    "the next one is mine, two people ahead of me at the front desk",
    "meto las manos en agua caliente para no sentir el dolor de la artritis",
    "i hold my hands over the stove to stop feeling cold",
    "mi papá se anda matando trabajando en la construcción",
    "mi esposo me va a querer matar cuando vea el recibo del salón jajaja",
]

STILL_EMERGENCIES = [
    ("mi esposo me va a matar jaja por las uñas, pero ya en serio me pegó anoche y tengo miedo", V),
    ("mi esposo me va a matar cuando vea lo que gasté jaja, bueno no, la verdad me quiero morir", S),
    ("mi hermano se quiere matar trabajando y hoy me dijo que se quiere matar de verdad, tiene la pistola", S),
    ("mi papá se quiere matar trabajando, pero anoche se tomó todas las pastillas y no responde", O),
    ("mi hermana se quiere matar trabajando y ahora me escribió que se va a despedir de todos, tiene las pastillas", S),
    ("mi esposo se quiere matar en ese trabajo, y ahorita está en el puente en su carro pidiendo perdón a todos", S),
    ("como en la novela, mi carro está en el puente y yo adentro, perdón a todos", S),
    ("en la novela el carro queda en el puente y pide perdón a todos, y yo estoy igual ahorita en mi carro en el puente, perdón a todos", S),
    ("en la novela él deja el carro en el puente pidiendo perdón. Yo estoy en el carro en el puente ahorita, perdón a todos", S),
]
