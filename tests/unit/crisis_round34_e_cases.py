"""Round 34's violence-at-home classes (helper e; data, tests/unit/test_crisis_classes_by_round.py
checks them, key 343): a strangling just done with the attacker coming back to finish it; an
attack under way told with household acts (things thrown, a push and a fall, keys or phone taken,
a threat to burn the house, someone outside the room with a bat or a knife); a neighbour or a
bystander who hears it now; an intruder or an ex who broke in and threatens the writer now; a
relative beating another in the next room while the writer hides; and a child or teen afraid of a
parent's beating ("mi mama me va a matar cuando vea mis notas, la ultima vez me pego con el
cinturon"), which is violence, never the writer's suicide. Look-alikes: a fight in a game or a
film, a loud party next door, abuse years ago told for PTSD, kids play-fighting, the boss who
"is going to kill me" if the writer is late. Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = [
    # 1. strangled or choked just now, the attacker coming back to finish it
    ("he choked me and said when he comes back he'll finish it", V),
    ("my boyfriend strangled me until i blacked out and he said he is coming back to finish the job", V),
    ("my husband had his hands around my throat an hour ago and said next time he won't stop", V),
    ("me ahorco y dijo que cuando vuelva termina conmigo", V),
    ("mi esposo me apreto el cuello hasta que me desmaye y dijo que cuando regrese me acaba", V),
    ("mi novio me ahorco y se fue pero dijo que va a volver a terminar lo que empezo", V),
    ("she squeezed my neck until i almost passed out and said when she gets home she'll finish me", V),
    # 2. an attack under way told with household acts
    ("my husband is screaming and throwing things at me, i locked myself in the bathroom", V),
    ("he pushed me and i fell down the stairs, he's still yelling in the kitchen", V),
    ("my boyfriend took my keys and my phone so i can't leave, i'm texting from my ipad", V),
    ("my ex is threatening to burn the house down with me and the kids inside", V),
    ("mi esposo sigue afuera del cuarto con un bate y yo estoy encerrada con los ninos", V),
    ("mi novio me empujo y me rompio el labio, sigue gritando en la sala", V),
    ("mi marido me quito las llaves y el celular para que no me vaya, estoy escribiendo de la compu", V),
    ("my stepdad is outside my room with a knife banging on the door", V),
    ("mi pareja amenaza con quemar la casa con nosotros adentro", V),
    ("mi marido me aviento contra la pared, todavia esta afuera gritando", V),
    # 3. a neighbour, a super or a bystander hearing it now
    ("i can hear a man next door yelling that he's going to kill her and glass breaking", V),
    ("i'm the super, there's a woman screaming help in 4b and a man yelling he'll kill her, i'm outside the door right now", V),
    ("my neighbor is screaming for help and i hear things smashing, her husband is yelling he'll kill her", V),
    ("se oye al vecino gritandole que la va a matar y vidrios rompiendose, la vecina grita auxilio", V),
    ("estoy afuera de la puerta de mi vecina ahorita y el esta gritando que la va a matar", V),
    ("the guy in the unit below mine keeps screaming he is going to kill her, i can hear her crying for help", V),
    # 4. an intruder or an ex who broke in, threatening the writer now
    ("my ex broke in through the kitchen window and he's threatening me, i'm holding my baby", V),
    ("someone broke in through the back window and is in the living room, i'm hiding in the closet with my son", V),
    ("mi ex se metio por la ventana y me esta amenazando, tengo a mi bebe en brazos", V),
    ("el papa de mis hijos entro por la ventana y dice que me va a matar, estoy con la nina cargada", V),
    ("my ex husband broke into the house and is yelling at me, i have my daughter in my arms", V),
    # 5. a relative beating another in the next room while the writer hides
    ("my tio is beating my tia in the living room, i'm hiding upstairs", V),
    ("my dad is hitting my mom in the kitchen right now and i'm hiding in my room with my sister", V),
    ("mi papa le esta pegando a mi mama en la sala y yo estoy escondida en mi cuarto", V),
    ("mi tio esta golpeando a mi tia en la cocina, me escondi arriba con mis primos", V),
    ("my stepdad is beating up my brother downstairs and i'm hiding under my bed", V),
    # 6. a child or teen afraid of a parent's beating
    ("mi mama me va a matar cuando vea mis notas, la ultima vez me pego con el cinturon y tengo miedo", V),
    ("mi papa me va a matar cuando llegue, la otra vez me dejo moretones y tengo mucho miedo", V),
    ("my mom is going to kill me when she sees my grades, last time she beat me with the belt and i'm scared", V),
    ("mi mom me va a matar cuando vea el boletin, la ultima vez me pego con la chancla hasta sangrar, tengo miedo", V),
    ("my dad's gonna kill me when he gets home, last time he hit me so hard i had bruises, i'm scared", V),
]

LOOK_ALIKES = [
    # a film, the plain idiom, abuse long past told for PTSD
    "in the movie the guy keeps yelling he will kill her, such a good thriller",
    "in the movie a man broke into the house through the window and is threatening her with a knife, so scary",
    "mi mama me va a matar cuando vea mis notas jaja",
    "my mom is going to kill me when she sees my grades lol",
    "my ex choked me back in 2015 and said he would finish it, i still have nightmares, can ketamine help with ptsd?",
    "la vecina le grita a su hijo que lo va a matar si no recoge su cuarto jaja",
]

QUIET = [
    # 6. the plain idiom
    "mi mama me va a matar cuando vea la cuenta jaja",
    "my boss is going to kill me if i'm late again",
    "mi jefe me va a matar si llego tarde otra vez",
    # a game, a film, a party, the past, play
    "my character got choked out by the boss in the last level, so annoying",
    "in the movie the husband throws things at her and she locks herself in the bathroom, so intense",
    "my neighbors are having a super loud party, people screaming and glass clinking all night",
    "los vecinos tienen una fiesta ruidosa, gritan y rompen botellas, no puedo dormir",
    "my ex used to choke me years ago, that's where my ptsd comes from, can ketamine help?",
    "mi ex me pegaba hace muchos anos, por eso tengo estres postraumatico, la ketamina sirve?",
    "my kids are play-fighting in the living room and screaming, so loud",
    "mis hijos estan jugando a las luchas en la sala y gritando",
    # household acts with no danger: a toddler, a punishment, a board game, a cat
    "my toddler is throwing toys at me all day lol",
    "my dad took my car keys so i can't leave until i finish homework",
    "my brother took my phone so i can't call my friends, so annoying",
    "my uncle is beating my aunt at chess in the living room, she is crying laughing",
    "mi tio le esta ganando a mi tia en las cartas en la sala",
    "my cat broke in through the window again lol, she's in the kitchen right now",
    "my kids are yelling that they'll kill him in fortnite right now",
]

STILL_EMERGENCIES = [
    # "me voy a matar", "se va a matar" stay self-harm
    ("me voy a matar esta noche", S),
    ("mi hermano dice que se va a matar, tiene una pistola", S),
]
