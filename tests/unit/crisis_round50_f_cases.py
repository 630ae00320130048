"""Round 50's Spanish self-harm and ask tier told quietly, and a Spanish joke look-alike (helper f;
tests/unit/test_crisis_classes_by_round.py checks them, key 505). Classes the detector missed, each now read
through round 50 (f)'s families in phrases.py:
(1) a mother after giving birth with the pills at hand or ready and a time soon named ("esta noche", "cuando
se duerma el bebe"), the writer herself, now: self-harm (POSTPARTUM_PILLS_AT_HAND_SOON_50F);
(2) not wanting to be here any more, meaning alive, with no place named ("ya ni quiero estar aqui"): the ask
tier (NOT_WANTING_TO_BE_HERE_50F);
(3) a husband, a wife or a parent who says he would be better off dead because of pain, relayed: the ask
tier (RELAYED_BETTER_DEAD_FROM_PAIN_50F); with a gun in the house, self-harm (RELAYED_WISH_GUN_AT_HOME_50F).
False alarms ruled out by two new filters (patterns.py, round 50 (f)): a jump out of the window over the rent
or a bill said with a laugh, and not wanting to be here with the here named as a place, a company or alone
tonight (LOOK_ALIKES). STILL_EMERGENCIES: the joke writer who then says it is no joke or has the pills
(JOKE_TOLD_AS_EARNEST_50F), the placed "here" beside a wish or pills. QUIET holds the families' own
look-alikes: a medicine question after giving birth, a relative's "better dead" about an errand with a laugh,
"no quiero estar aqui esperando".
Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

_POSTPARTUM = [
    ("pari hace tres semanas y ya tengo el frasco en la mano. esta noche", S),
    ("tuve a mi bebé hace 20 días, las pastillas ya están listas para hoy en la noche", S),
    ("desde que nació mi hijo no me reconozco. ya junté las pastillas, cuando se duerma el niño", S),
    ("Posparto. Tengo las pastillas aquí conmigo. Es esta noche.", S),
    ("mi bebita tiene un mes y tengo los somniferos en la mano, esta noche", S),
    ("despues del parto todo se volvio gris, ya saque las pastillas, en un rato cuando todos se duerman", S),
    ("soy madre primeriza, la nena tiene 2 semanas, las pastillas contadas en la mesa para esta madrugada", S),
    ("di a luz hace un mes... tengo el bote de pastillas en mis manos, hoy mismo", S),
    ("tengo depresion posparto, ya guarde las pastillas y esta noche me las tomo", S),
    ("la cesarea fue hace 15 dias. las pastillas frente a mi, esta noche se termina", S),
    ("mi recien nacido tiene 10 dias y ya tengo las pastillas juntas para esta noche", S),
    ("puerperio, tengo la caja de calmantes en la mano, ahorita", S),
]
_NOT_HERE = [
    ("ya ni quiero estar aquí", R),
    ("la neta ya ni ganas tengo de estar aquí, para qué", R),
    ("ya no quisiera estar acá, de verdad", R),
    ("ya ni ganas tengo de estar aqui", R),
    ("ya no quiero seguir aquí... bueno, y la consulta cuánto sale?", R),
    ("ya ni quiero seguir aqui, tienen citas esta semana?", R),
    ("la verdad ya ni quisiera estar aqui", R),
    ("ya no deseo estar aqui mas", R),
    ("ya ni quiero estar aqui en este mundo", R),
    ("ni quiero estar aqui ya, atienden sabados?", R),
]
_RELAYED_PAIN = [
    ("mi marido dice que mejor morirse que seguir asi con la espalda", R),
    ("mi papá repite que estaría mejor muerto, lleva diez años con dolor", R),
    ("mi esposa dice que prefiere estar muerta, le duele todo el cuerpo", R),
    ("Mi mamá siempre dice que mejor se muriera, por la artritis", R),
    ("con tantos años de dolor de columna mi esposo me dijo que mejor se muere", R),
    ("mi viejo dice: mejor muerto que con este dolor de espalda. la ketamina le sirve?", R),
    ("mi suegra anda diciendo que ojala se muriera, ya no aguanta la fibromialgia", R),
    ("mi papa piensa que seria mejor morirse, tiene una hernia que no lo deja", R),
    ("mi esposo dice que mas vale estar muerto que vivir con este dolor, cubre el seguro la infusion?", R),
    ("mi abuela dice q mejor morirse, le duele mucho la espalda desde hace años", R),
]
_RELAYED_GUN = [
    ("mi papá dice que estaría mejor muerto por el dolor y tiene un arma en casa", S),
    ("mi esposa dice que mejor morirse, con tantos años de dolor, y hay una escopeta en el cuarto", S),
    ("mi marido tiene una pistola en el cajon y dice que prefiere morirse antes que seguir con este dolor", S),
    ("mi suegro anda diciendo que se quiere morir y guarda un rifle en la casa", S),
]
CLASSES = _POSTPARTUM + _NOT_HERE + _RELAYED_PAIN + _RELAYED_GUN

LOOK_ALIKES = [
    # a jump out of the window over the rent, a bill or a price, with a laugh
    "me quiero tirar por la ventana con lo que cobran de renta jajaja",
    "con el recibo de la luz de este mes me dan ganas de aventarme por la ventana xD",
    "vi cuanto sube el alquiler y me voy a lanzar por la ventana jaja",
    "me aviento del balcon con la factura del gas jajaja",
    "ya me quiero tirar de un quinto piso con ese precio jaja",
    "con esta renta mejor me tiro por la ventana jaja",
    "la tarjeta de credito me llego y me voy a aventar por la ventana xd",
    # not wanting to be here, the here named as a place, a company or alone tonight
    "no quiero estar aqui en este trabajo",
    "ya no quiero estar aquí en esta ciudad, me quiero mudar",
    "no quiero estar aquí sola esta noche, ¿está abierto?",
    "ya no quiero seguir aca en este pueblo, hay clinica en monterrey?",
    "no quiero estar aqui en nueva york, tienen sucursal en texas?",
    "no quiero estar aqui encerrada todo el dia",
]

QUIET = [
    "¿puedo tomar estas pastillas esta noche si doy pecho?",
    "tuve a mi bebe hace 3 semanas, puedo tomar estas pastillas esta noche si doy pecho?",
    "di a luz hace un mes, tengo las pastillas del hierro en la mano, son compatibles con la lactancia? las tomo hoy",
    "posparto: ya tengo las vitaminas listas, es seguro tomarlas esta noche mientras amamanto?",
    "mi papa dice que mejor se muere antes que ir al dentista jaja",
    "no quiero estar aqui esperando tanto tiempo",
    "según mi marido, la espalda le duele menos desde la fisioterapia",
    "me tiro por la ventana",  # told alone, no joke, no plan: unchanged
    "mi bebe tiene 2 meses y esta noche no durmio nada",
    "nació mi hija hace 5 dias, el doctor me dio ibuprofeno, ya tengo las pastillas, hoy empiezo",
    "mi bebe tiene un mes, ya tengo las vitaminas listas para hoy",
    "mi marido asegura que antes se muere de hambre que probar la sopa de mi suegra",
    "mi papa dice que mejor se muera el perro del vecino, no deja dormir",
]

STILL_EMERGENCIES = [
    ("me tiro por la ventana con la renta jaja. no, ya en serio, no es broma", S),
    ("con esa factura me aviento del balcon xD... bueno no es broma, de verdad lo estoy pensando", S),
    ("me quiero tirar por la ventana con lo que cuesta el alquiler jajaja, ya tengo las pastillas en la mano", S),
    ("jaja me voy a tirar por la ventana con esa cuenta. neta no es broma, ya no aguanto", R),
    ("no quiero estar aqui en este mundo, ya tengo las pastillas", S),
    ("no quiero estar aqui sola esta noche, me quiero morir", S),
    ("ya no quiero estar aqui en esta ciudad ni en ningun lado, quiero desaparecer", R),
    ("me voy a aventar del puente", S),
    ("mi papa dice que mejor morirse por el dolor de espalda y tiene una pistola en la casa", S),
]

OVERDOSE_KIND = []

NOT_RULED_OUT = []
