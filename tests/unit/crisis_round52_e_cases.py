"""Round 52's leftover classes (helper e; tests/unit/test_crisis_classes_by_round.py checks them, key 524): English
false alarms from everyday 'point', 'reason' and 'live', a snorer compared to something dying, a Spanish threat on
a loss's condition, a pest poison's signs given the naloxone steps, and a Spanish past dated by the writer's age.
Classes the detector missed, each now read through round 52 (e)'s families in phrases.py:
(1) the Spanish conditional threat to one's own life after a loss ("si pierdo el trabajo me mato", "si me dejas me
mato", "me mato si me quitan a mis hijos", a relative who says he kills himself if his wife leaves him): the ask
tier (COND_LOSS_KILL_SELF_52E), self-harm where the means or a plan is named beside it
(COND_LOSS_KILL_SELF_MEANS_52E);
(1b) a Spanish crisis of long ago (a wish to die, an attempt, a farewell, a walk to a bridge) said to be back now
("cuando tenía 15 años me quería morir, hoy estoy igual", "y ahora otra vez estoy pensando en eso"): the ask tier
(PAST_CRISIS_BACK_NOW_52E; its back-now words, BACK_NOW_52E, are also a danger told now in patterns.py);
(2) a household pest poison (a roach or rat poison, an insecticide, a bug spray, "veneno para ratas") swallowed with
the person not breathing, blue or unresponsive: an overdose given the Poison Help steps (OVERDOSE_KIND "poisoning";
patterns.py reads the generic signs as an opioid's only where no pest poison is named, or where pills or a drug
are named too), the intentional steps where it was on purpose.
False alarms ruled out by round 52 (e)'s filters in patterns.py (LOOK_ALIKES): a timing question "at what point in
life" a treatment is started; "no reason to go on vacation", "any reason to stay overnight", "reason to live near
the clinic" and other everyday objects of the crisis phrases' verbs; not wanting to live in a city, an apartment or
with one's parents; a snorer "like a dying walrus" with or without a laugh; a Spanish story of a bridge and a
farewell dated by the writer's age then ("cuando tenía 20 años", "a los 17", "en mis veintes", "cuando era chavo"),
a new past marker. Each gives way to the danger told (review R's _DANGER_TOLD_50R, the bare wish told beside it, a
sleeper who can not be woken, and for the Spanish past the writer saying it is back now: "y ahora otra vez", "hoy
estoy igual"): STILL_EMERGENCIES. QUIET holds the families' neighbours: trivial conditions ("si no llego a tiempo mi
jefe me mata", "si como otra arepa me muero", "me mato estudiando", missing the bus), a timing question with no
'life', a live person or live music.
Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

_LOSS_THREAT = [
    ("si pierdo el trabajo me mato, no se que mas hacer", R),
    ("si me dejas me mato, te lo digo en la cara", R),
    ("si no me dan la cita esta semana me mato", R),
    ("si mi esposa me deja me mato, no aguanto otra perdida", R),
    ("si me quitan a mis hijos me mato", R),
    ("Si Me Kitan A Mis Ninos Me Mato", R),
    ("si pierdo la custodia de mis hijos yo me mato, son lo unico que tengo", R),
    ("me mato si me quitan la casa, ya no tengo fuerzas", R),
    ("te juro que si te vas con otro me mato", R),
    ("si nos desalojan me mato, ya no puedo con tanto", R),
    ("si me despiden de la fabrica me mato, tengo 3 hijos y deudas", R),
    ("si me deportan me mato, no regreso a mi pais", R),
    ("si se me muere mi mama yo me suicido", R),
    ("si me deja mi novio me suicido", R),
    ("si esto tampoco funciona me mato, es mi ultima esperanza", R),
    ("si el seguro no me cubre las infusiones pues me mato y ya", R),
    ("si me corren de la chamba me mato de una vez", R),
    ("mi hermano dice que si su esposa lo deja se mata", R),
    ("mi papa anda diciendo que si le quitan la casa se mata", R),
    ("hola, mi hijo me escribio que si lo corren se suicida, que hago", R),
    ("ya no se, si sigo asi me mato", R),
    ("pues si pierdo a mi familia me mato, para que quiero vivir", R),
    # the means or a plan named beside it
    ("si ella se va me mato con las pastillas de mi mama", S),
    ("si pierdo la casa me mato, ya lo tengo decidido", S),
    ("si me dejas me mato, ya tengo la cuerda en el closet", S),
    ("me mato si me quitan a los ninos, tengo un plan", S),
    ("si me despiden mañana me mato con la pistola de mi papa", S),
    ("si pierdo la custodia me suicido, ya se como lo voy a hacer", S),
]
_PEST_POISON_SIGNS = [
    ("my father drank roach poison, he is not breathing", O),
    ("help my son ate the insecticide from the garage and he's not breathing!!", O),
    ("my brother drank bug spray and now hes unresponsive and not breathing right", O),
    ("grandma swallowed rat poison pellets, her lips are turning blue and she wont respond", O),
    ("My husband drank weed killer from a soda bottle, he collapsed and he isnt breathing", O),
    ("toddler ate the ant killer gel and now hes limp and barely breathing", O),
    ("my son ate the ant killer and he is not breathing", O),
    ("se tomo el matarratas y no responde, ayuda es mi tio", O),
    ("mi papa se tomo veneno para cucarachas y no respira", O),
    ("mi esposo se tomo el veneno de ratas, tiene los labios morados y no responde", O),
    ("mi hijo se comio el raticida y esta inconsciente, casi no respira", O),
    ("my roommate drank the raid, now she is making gurgling sounds and won't wake up", O),
    ("neighbor kid ate mouse poison, hes gray and not breathing, what do we do", O),
    ("my uncle drank pesticide in the barn, we found him unresponsive and blue", O),
    ("PLEASE my wife drank the roach killer on purpose she is not breathing", O),
    ("my dad drank rat poison because he wanted to die and now hes not breathing", O),
    ("mi abuela se tomo el insecticida a proposito y no respira", O),
]
_PAST_BACK_NOW = [
    ("cuando tenia 15 anos me queria morir, hoy estoy igual", R),
    ("a los 19 escribi una carta de despedida a mi familia, y ahora otra vez estoy pensando en eso", R),
    ("cuando tenia 20 anos fui al puente a despedirme, y ahora otra vez estoy pensando en eso", R),
    ("de joven no queria vivir, ya lo habia superado pero estos dias me siento igual", R),
    ("en mis veintes pensaba en matarme todo el tiempo. ahora de nuevo estoy con esas ideas, quiero una cita", R),
    ("hace muchos anos intente quitarme la vida y me esta pasando otra vez, necesito ayuda", R),
]
CLASSES = _LOSS_THREAT + _PEST_POISON_SIGNS + _PAST_BACK_NOW

LOOK_ALIKES = [
    # a timing question: at what point (stage, age) in life a treatment is started
    "at what point in life should I start ketamine",
    "At what point in my life is it ok to try ketamine?",
    "at what point in life do people usually try infusions instead of pills",
    "at what point in my life should i consider spravato instead of another ssri",
    "at what stage of life can someone get esketamine, my dad is 72",
    "at wat point in life does depression count as treatment resistant",
    "Quick question: at what point in life is it too late to start ketamine therapy?",
    "my psychiatrist asked me at what point in my life i should think about tms or ketamine, what do you recommend",
    # everyday objects of 'go on', 'stay', 'get up', 'be here', 'live'
    "no reason to go on vacation this year with my treatment schedule",
    "there's no reason to go on a trip during the infusion weeks right?",
    "is there any reason to go on medication if the ketamine works?",
    "any reason to go on the waitlist if i can pay cash?",
    "no reason to stay overnight after the infusion?",
    "is there a medical reason to stay home from work the day after a session",
    "no reason to get up early for a 2pm appointment lol",
    "i have no reason to be here before 9 right? my slot is 9:15",
    "any reason to live near the clinic during the induction phase",
    "is there a reason to live closer to the clinic for the first six sessions",
    "no reason to live in fear of side effects right? my doctor says it is safe",
    # where to live, not whether
    "i dont want to live in the city anymore, too expensive, do you have a location upstate",
    "i do not want to live with my parents anymore, can i still get treatment at 19",
    "we dont want to live so far from the clinic, is there housing nearby",
    "I do not want to live in this apartment another year lol, anyway is my consult still on friday",
    "my mom doesnt want to live alone after her surgery, can she come with me to my infusion",
    "i really dont want to live near my ex, thinking of moving, can i transfer to your other office",
    # a snorer compared to something dying
    "my husband's snoring sounds like a dying walrus",
    "his snoring sounds like a dying walrus, can he wait in the car during my infusion",
    "my neighbor snores like he's dying, the walls are thin, any tips for sleep before my session?",
    "lol my roommate snores like a dying bear every single night",
    "my wife says i snore like a dying pig, is that sleep apnea? can i still do ketamine",
    "the guy next door snores so loud it sounds like someone is being murdered in there haha",
    # a Spanish past dated by the writer's age then
    "cuando tenia 20 anos me fui al puente y les escribi una carta de despedida a mis papas, ahora estoy mejor, quiero saber del tratamiento",
    "a los 20 me subi al puente y le mande un mensaje de despedida a mi mama. gracias a Dios sigo aqui, me interesa la ketamina",
    "cuando tenía 17 años intenté tirarme de un puente, ahora tengo 40 y quiero probar ketamina",
    "a los veinte años me pare en el puente con una carta de despedida, eso ya paso, que seguros aceptan?",
    "en mis veintes me despedi de todos y me fui al puente, ahora tengo familia y solo quiero tratar la depresion",
    "cuando era chavo escribi una carta de despedida y me fui al puente, ya son 25 anos de eso, cuanto cuesta la consulta",
]

QUIET = [
    "at what age should i start ketamine treatment",
    "what point in my treatment do i get boosters",
    "at what point in the treatment should i feel better",
    "at this point in my life i want to try something new for my depression",
    "we have live-in help, can she drive me home after the infusion",
    "is there live music in the waiting room lol",
    "I live in the city, do you offer parking",
    "can i talk to a live person please",
    "the reason i live so far away is my job, can i do telehealth",
    "si no llego a tiempo mi jefe me mata",
    "si como otra arepa me muero",
    "me mato estudiando para los examenes",
    "si pierdo el bus me mato, vivo lejisimos",
    "si me deja el camion otra vez me mato, ya es la tercera vez",
    "si me despiden mi esposa me mata",
    "si me dejas entrar a la cita un poco tarde te lo agradezco",
    "me mato trabajando para mis hijos, si me despiden no se que hago",
    "a mis 60 anos me siento bien y quiero probar la ketamina",
    "si mi mama ve las notas me mata",
    "si me deja mi novia me voy a la casa de mi mama",
    "cuando yo tenia como 19 anos me tome un frasco de pastillas, hoy estoy estable, tienen citas los sabados?",
]

STILL_EMERGENCIES = [
    ("at what point in life should i start ketamine? i want to die already", S),
    ("at what point in my life does it get better, i dont see the point of living", S),
    ("no reason to go on vacation, no reason to go on at all", R),
    ("is there any reason to stay home after the session? i have no reason to live anymore", S),
    ("i dont want to live in the city anymore, i dont want to live at all", S),
    ("i do not want to live with my parents anymore and honestly i dont want to wake up tomorrow", S),
    ("my husband snores like a dying walrus and tonight he took pills and i cant wake him", O),
    ("my neighbor snores like a dying walrus and right now he is not breathing", M),
    ("hace anos fui al puente y me despedi de todos, hoy estoy igual", S),
    ("cuando tenia 20 anos me pare en el puente y me despedi de todos, y ahora otra vez", S),
    ("a los 20 me subi al puente y le mande un mensaje de despedida a mi mama, hoy estoy igual que esa vez", S),
    ("cuando tenía 17 años intenté tirarme de un puente, y ahora otra vez estoy pensando en eso", S),
    # a relapse told in Spanish is now ("volví a cortarme"), whatever age then heads the sentence
    ("cuando tenia 16 anos me cortaba, llevaba mucho sin hacerlo pero anoche volvi a cortarme y no para de sangrar", M),
    ("a los 15 me hacia dano, pero hoy volvi a cortarme y sangra mucho, que hago", M),
]

OVERDOSE_KIND = [(text, "poisoning") for text, _ in _PEST_POISON_SIGNS if not any(
    w in text for w in ("on purpose", "wanted to die", "a proposito"))] + [
    (text, "overdose_intentional") for text, _ in _PEST_POISON_SIGNS if any(w in text for w in ("on purpose", "wanted to die", "a proposito"))] + [
    ("he drank roach killer and snorted fentanyl, he is not breathing", "overdose"),
    ("she took some pills and drank rat poison and now she is not breathing", "overdose"),
]

NOT_RULED_OUT = []
