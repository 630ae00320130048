"""Round 46's merge review (tests/unit/test_crisis_classes_by_round.py checks them, key 466): gaps
the round's helpers found in older code while probing their own classes, fixed by class.
(1) A third person's suicide attempt told with the pronoun before the verb ("se trató de suicidar",
"se quiso matar", "se intentó ahorcar") was not read at all, even with pills taken now; the forms with
the pronoun after ("trató de matarse") were. An attempt told as past stays ruled out; a denial ("no se
quiso matar") and a killing with an object ("se trató de matar la bacteria") are not read.
(2) Choking or strangling said of a thing, a debt or questions ("this tie is strangling me", "me está
ahorcando con tantas preguntas", "the deadline is choking me lol") was read as violence or a blocked
airway; a new filter rules it out and gives way to breathing signs, a blow, drink, hands at the neck.
(3) A relative strangling another now with a word about the attacker before the act ("mi papá
borracho está ahorcando a mi mamá", "my uncle is drunk and strangling my grandmother") was not read:
round 46 (b)'s family wanted it after.
(4) A person lying there "sin respirar" was read only beside a drug word; it is the breathing sign.
(5) A past told as years well since ("ya lleva dos años bien") or at "la uni" / "la facu" is a past.
(6) Round 46 (a)'s four look-alike filters (pill work, a scheduled errand, a work farewell, a pastime
on a roof) give way to the means and the absence told in other words (a helium tank, a car running in a
closed garage, "i dont think ill be here", "dont wake up", standing at the edge): the merged regression
check found four labelled emergencies they had ruled out.
(7) "choking on" food is a blocked airway: round 46 (b)'s strangling family read a relative "choking on a
grape" beside "HELP" as violence.
Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = [
    # 1. a third person's attempt, pronoun first
    ("mi hermano se trató de suicidar ahorita, se tomó unas pastillas, qué hago", S),
    ("mi hija se quiso suicidar hace una hora y está muy mareada", S),
    ("mi novio se intento ahorcar anoche y lo tengo aqui conmigo, que hago", S),
    ("Mi mamá se intentó quitar la vida esta mañana, ya está en su cuarto y no quiere hablar", S),
    ("creo que mi compañero de cuarto se trato de cortar las venas, hay sangre en el baño", S),
    ("mi esposo se quiso matar hoy con las pastillas de su mamá, le quité el frasco", S),
    ("se intentó suicidar mi sobrina hace rato, la tengo aquí acostada conmigo y no sé qué hacer", S),
    ("my cousin says her son se trato de ahorcar tonight, what do we do", S),
    # 3. a relative strangling another now, a word about the attacker first
    ("mi padrastro bien tomado está estrangulando a mi tía en la sala", V),
    ("mi padrastro otra vez está ahorcando a mi hermana y no sé qué hacer", V),
    ("mi tio drogado esta estrangulando a mi abuela en la cocina", V),
    ("my uncle is drunk and strangling my grandmother in the kitchen", V),
    ("my wasted uncle is strangling my grandmother in the kitchen", V),
    ("mi hermano mayor enojado está asfixiando a mi hermana menor", V),
]

LOOK_ALIKES = [
    # 2. choking said of a thing, a debt or questions
    "esta corbata me está ahorcando jaja, ¿qué me pongo para la consulta?",
    "mi hermano me está ahorcando con tantas preguntas sobre el tratamiento",
    "the deadline is choking me lol. anyway, do you take aetna?",
    "this tie is strangling me, wedding all day, can I book for Monday?",
    "mi jefe me tiene ahogando con tantas tareas, ¿abren los sábados?",
    "the rent is choking me honestly, do you have payment plans",
    "my mom is suffocating me with all these questions about ketamine haha",
    "las deudas me están asfixiando, ¿cuánto cuesta la primera cita?",
]

QUIET = [
    "mi hermano no se quiso matar, fue un accidente con el carro hace años",
    "se trató de matar la bacteria con antibióticos pero el dolor sigue",
    "mi primo se quiso matar de la risa con el video",
    "el collar del perro le queda apretado",
]

STILL_EMERGENCIES = [
    ("esta corbata me está ahorcando, no puedo respirar, ayuda", M),
    ("my husband is choking me with his hands please help", V),
    ("mi hermano me está ahorcando con las manos, ayuda, llamen al 911", V),
]

NOT_RULED_OUT = []

# (4) "sin respirar" as the breathing sign; (5) a past told as years well since or at "la uni".
CLASSES += [
    ("mi primo está tirado sin respirar en el baño, ayuda", M),
    ("lo encontramos en la cama sin respirar, qué hacemos", M),
]
QUIET += [
    "puedo aguantar sin respirar un minuto bajo el agua jaja, eso afecta la ketamina?",
]
LOOK_ALIKES += [
    "mi hermana se intentó suicidar en la facu, ya lleva dos años bien y quiere probar spravato",
]

# (6) Round 46 (a)'s look-alike filters give way to the means and the absence told in other words;
# (7) "choking on" food is a blocked airway, not a relative's attack.
CLASSES += [
    ("booked my consult for the 20th but honestly i dont think ill be here by then, the helium tank is already in my closet", S),
    ("set my out-of-office email to go out at 8am. car is running in the garage with the door shut, just sitting here", S),
    ("at the rooftop party with pills and tequila, standing on the edge of the roof, nobody notices me, gonna step off", S),
    ("my son (2) is choking on a piece of hot dog, he can't cry or breathe, HELP", M),
    ("mi hermanito is choking con una uva y no puede respirar HELP", M),
]
