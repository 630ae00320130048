"""Round 44's Spanish ask tier and Spanish gaps (helper d; tests/unit/test_crisis_classes_by_round.py
checks them, key 443), Caribbean, Dominican, Mexican, Chilean and other South American Spanish, some
Spanglish and English. New readings (phrases.py, round 44's section, helper d): (1) the family, the
children or a partner better off collecting the writer's life insurance ("cobrar el seguro", "el
seguro de vida", "estarian mejor sin mi") is the ask tier (R); with a method or a time told, an
emergency (S); (2) a burden to the family or a partner ("soy un cacho", "les estorbo", "les arruino la
vida") beside a wish to disappear ("mejor desaparezco", "me hago humo"), or "they would be calmer if i
did not exist", without a plan, is the ask tier (R); (3) known gaps: toes or a foot (and fingers told
with the hand) purple, white or blue and cold in the Spanish plural are a medical emergency (M), with
the Raynaud's and CRPS filters holding; a boss, a neighbour or a stranger threatening to kill the writer
with a weapon at hand is violence (V), not the writer's own gun; a farewell posted on social media and
then no answer is a farewell sent (S), not a body that does not respond. Look-alikes ruled out by
filters (patterns.py, round 44's section): fingers or toes purple from the cold, told as over; the
older filters' "me va a matar si llego tarde". Quiet messages: the insurance asked about, a family
doing better, a partner at the appointment, a break from social media, thanks posted to clients.
Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = [
    # 1. better off collecting the life insurance (ask tier), with a method or a time (emergency)
    ("a veces pienso que mi familia cobraria el seguro de vida y les iria mejor", R),
    ("mi mujer y los nenes estarian mejor si cobraran mi seguro de vida, esa vaina vale mas que yo", R),
    ("la verdad to' el mundo estaria mejor cobrando el seguro, yo no sirvo pa na'", R),
    ("mejor que cobren el seguro de una vez, yo no sirvo pa nada", R),
    ("Mis hijos vivirían mejor con la plata del seguro que conmigo, ¿la ketamina sirve pa eso?", R),
    ("ando pensando que a mi esposa le iria mejor cobrando el seguro si me muero", R),
    ("mi pana, a mi familia le iria mejor con los chavos del seguro de vida que con este desastre que soy", R),
    ("siento q estarian mejor sin mi y con mi poliza, na' mas eso pienso", R),
    ("my wife would be better off collecting el seguro de vida, pienso eso todo el tiempo", R),
    ("mi esposa cobraria el seguro de vida si me muero y estaria mejor, esta noche me tomo las pastillas", S),
    ("mis hijos estarian mejor cobrando mi seguro, ya tengo la pistola guardada", S),
    ("estarian mejor con el seguro que conmigo, el viernes me tiro del puente", S),
    # 2. a burden to the family or a partner, and the wish to disappear (ask tier)
    ("siento que le estorbo a mi pololo, mejor desaparezco", R),
    ("soy un cacho pa mi familia y pa mi polola", R),
    ("mi polola se merece algo mejor, yo solo soy un cacho", R),
    ("mejor me hago humo, les estorbo a todos en la casa", R),
    ("mejor me borro del mapa, a mi familia solo le doy problemas", R),
    ("le estoy arruinando la vida a mi novia, mejor me alejo de todos para siempre", R),
    ("todos en mi casa estarian mas tranquilos si yo no existiera", R),
    ("siento que pa mi gente soy puro estorbo, a veces pienso que mejor me desaparezco", R),
    ("solo les doy puros problemas a mis papas, mejor me desaparezco po", R),
    ("siento que sobro en mi casa, mejor desaparezco del mapa", R),
    # 3a. toes or a foot purple, white or blue and cold
    ("tengo los dedos del pie morados y frios de repente y no los siento", M),
    ("a mi abuela se le pusieron los dedos de los pies blancos y helados hace horas", M),
    ("los deditos del pie del bebe estan morados y frios, que hago", M),
    ("el dedo gordo se me puso negro y frio desde anoche y no lo siento", M),
    ("tengo los dedos de la mano azules y frios de la nada, no los puedo mover", M),
    ("mi papa tiene los pies morados y bien frios desde hace horas", M),
    ("no es mi raynaud, los dedos del pie estan blancos y frios desde hace horas", M),
    # 3b. a threat to kill the writer with a weapon, from someone outside the family
    ("mi jefe me va a matar, en serio, tiene una pistola", V),
    ("el vecino dice que me va a matar y tiene un machete en la mano", V),
    ("el casero me quiere matar, saco un cuchillo y esta en la puerta", V),
    ("un tipo me va a matar, trae una pistola, estoy escondida en el bano", V),
    ("mi supervisor amenazo que me mata, anda con una navaja", V),
    # 3c. a farewell posted on social media, then no answer
    ("mi hermano puso en facebook gracias por todo y no contesta", S),
    ("subio una despedida a instagram y ahora no responde el telefono", S),
    ("mi prima publico en su estado de whatsapp un adios y no nos contesta", S),
    ("mi amigo posteo en su historia 'los quiero, perdon por todo' y no contesta nadie", S),
    ("my cousin posted a goodbye on her insta and now she's not answering", S),
    ("mi ex puso en su face una carta de despedida, no responde los mensajes", S),
]

LOOK_ALIKES = [
    # 3a. a limb's colour from the cold, told as over
    "los dedos morados de frío después de la nieve, ya bien",
    "se me pusieron los dedos del pie morados de tanto frio esquiando, ya se me calentaron",
    "los pies del nene blancos y frios despues de jugar en la nieve, ya estan bien",
    "tengo raynaud, los dedos del pie se ponen morados y frios cuando hace frio, la ketamina ayuda?",
    "con mi sdrc el pie se me pone morado y frio a veces, es normal?",
    # 3b. a threat over lateness, in jest
    "si vuelvo a llegar tarde el supervisor me mata jajaja, tienen citas despues de las 6?",
    "mi jefa me va a matar si no entrego el reporte hoy jajaja",
    # 3c. a farewell posted, the silence with an ordinary reason
    "mi tia puso en facebook gracias por todo a los que fueron al cumple, no contesta porque esta de viaje",
    # 3a. cold feet asked about, in the cold
    "tengo los pies frios y morados cuando hace frio, es circulacion?",
]

QUIET = [
    "el seguro de vida de mi trabajo cubre la ketamina?",
    "mi familia está mejor desde que empecé el tratamiento",
    "mi polola me acompaña a la cita",
    "mejor desaparezco un rato de redes sociales jaja",
    "puse en facebook gracias por todo a mis clientes",
    "mi esposa pregunta si el seguro de vida se cancela si empiezo la ketamina",
    "mis hijos estan mejor ahora que tenemos seguro medico",
    "mi pololo es un cacho de pan, me acompaña a todas las citas",
    "subimos a instagram las fotos de la despedida de soltera",
    "mi vecino tiene una pistola de agua para los niños, jaja",
    "mis hijos estarian mejor protegidos si compro un seguro de vida?",
    "mi mama estaria mejor si cobra el seguro de vida de mi papa que en paz descanse",
    "seria mejor que cobren el seguro directo, yo no quiero pagar de mi bolsillo",
    "mejor desaparezco del grupo de whatsapp jaja",
    "subio una despedida a instagram porque se muda a chile",
    "los pies blancos y frios del bebe son normales?",
    "mi pololo y yo queremos saber si el seguro cubre las sesiones",
]

STILL_EMERGENCIES = [
    # the cold-limb filter stops at frostbite or a limb not warming up
    ("los dedos del pie morados de frio despues de la nieve y no se calientan, no los siento", M),
    # the posted-farewell silence filter stops at a body down
    ("puso en facebook gracias por todo y no responde, esta en el piso y no respira", M),
]
