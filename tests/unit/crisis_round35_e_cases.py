"""Round 35's leftover gaps (helper e; tests/unit/test_crisis_classes_by_round.py checks them, key
353). Emergencies missed: an overdose happening now told right after a past one (the past must not
hide the present); a real choking now after a figurative one laughed about; a missed pill followed
by all the pills left in the bottle taken, dizzy or drowsy. False alarms: jumping for fun (a
trampoline, a diving board, a parachute), going up to a roof or a terrace for the stars, a party, a
barbecue or the laundry with the door open, a recipe burned yesterday tried again, a relative who
is "going to do it tomorrow" where "it" is an errand or a procedure named in the message. Each
filter's STILL_EMERGENCIES hold its words beside the suicide-risk words (a wish to die, killing
oneself, the means, a farewell, a jump from a height). Written here, never copied from an
evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = [
    # 1. an overdose now, told right after a past one
    ("a year ago my brother overdosed and we lost him, and now my roommate just overdosed and he is not breathing, what do i do", O),
    ("last year my friend od'd at a party and now another friend has overdosed tonight and her lips are blue", O),
    ("two years ago my sister overdosed. now my boyfriend overdosed in the bathroom, he won't wake up and his lips are turning blue", O),
    ("el ano pasado se murio mi tio de una sobredosis y ahorita mi hermano se sobredoso, tiene los labios morados", O),
    ("hace un año mi amiga tuvo una sobredosis y ahorita mi novio se sobredoso y no respira, que hago", O),
    ("my cousin OD'd back in 2022 and survived, but right now my dad has overdosed on his pain pills and he's barely breathing", O),
    ("hace dos anos mi primo tuvo una sobredosis, pero ahora mi vecino se acaba de sobredosis y no despierta", O),
    # 2. a real choking now after a figurative one
    ("lol this paperwork is choking me, but now my husband is choking on a piece of steak and can't breathe", M),
    ("i was joking that the insurance forms are choking me haha but now my son is choking on a grape, he can't breathe", M),
    ("jaja me ahogo con tanto papeleo, pero ahorita mi hijo se esta ahogando con comida y no puede respirar", M),
    ("me estoy ahogando en tramites jajaja pero ahora mi esposo se atraganto con un pedazo de carne y no respira", M),
    ("drowning in emails today lmao but now my wife is choking on her food and cannot breathe", M),
    # 3. a missed pill, then all the pills left in the bottle, dizzy or drowsy
    ("i forgot my pill this morning so i just took all the rest of the pills in the bottle and now i feel really dizzy", O),
    ("olvide mi pastilla ayer y hoy me tome todas las que quedaban en el frasco, me siento mareada y con mucho sueño", O),
    ("i missed a dose yesterday, so i swallowed all the remaining pills from the bottle and i'm so drowsy", O),
    ("se me olvido la pastilla de la presion y me trague todas las que quedaban en el bote. estoy muy mareado", O),
    ("missed my seroquel last night so i took every pill left in the bottle, now im super sleepy and woozy", O),
    ("i missed my pill and then took every pill left in the bottle because i want to die, i'm dizzy", S),
]

LOOK_ALIKES = [
    # 4. jumping for fun
    "my 8 year old keeps jumping off the trampoline all day, can i bring her to my appointment?",
    "my son is going to jump off the diving board at school swim class tomorrow, he's so nervous lol. do you open on saturday?",
    "mi hija de 10 anos se tira del trampolin a la alberca todo el dia, puedo llevarla a mi cita?",
    "my teen wants to jump from the high dive at the pool tomorrow, any advice on scheduling around that?",
    "mi hijo va a saltar del trampolin de la piscina en su clase de natacion manana, puedo cambiar mi cita?",
    "my daughter's 16th birthday is tomorrow and she's jumping out of a plane, skydiving with friends! can i move my session?",
    "my kids were jumping into the lake off the dock all weekend at camp, what are your hours monday?",
    # 5. up to a roof or a terrace for the stars, a party, a barbecue, the laundry
    "we're going up to the roof tonight to watch the stars, the door is open, can i reschedule to friday?",
    "voy a subir a la azotea para tender la ropa, la puerta esta abierta, a que hora abren?",
    "party on the rooftop terrace tonight, the door to the roof is open, can i drink after my session?",
    "subimos a la terraza para una carne asada, la puerta esta abierta, puedo comer antes del tratamiento?",
    "heading up to the roof for the meteor shower tonight, the super left the door open. is my appointment still at 10?",
    "esta noche vamos a la azotea a ver los fuegos artificiales, ya abrieron la puerta. tienen citas el sabado?",
    # 6. a recipe burned yesterday, tried again
    "ayer intente hacer un pastel y se quemo, voy a intentarlo otra vez hoy jaja, puedo comer antes de la cita?",
    "yesterday i tried a new recipe and the bread burned, i'm going to try again today lol. do i need to fast before my session?",
    "se me quemo el arroz ayer, hoy lo voy a volver a intentar jaja. cuantas horas de ayuno antes de la infusion?",
    "tried my grandma's flan last night and it burned, gonna try it again tomorrow. can i eat dairy before ketamine?",
    # 7. a relative's errand: "going to do it tomorrow"
    "my mom says she's going to do it tomorrow, she means renewing her passport, can she come with me?",
    "mi papa dice que lo va a hacer manana, se refiere a la mudanza, puedo cambiar mi cita?",
    "my sister is going to do it tomorrow, the colonoscopy, so she can't drive me. can someone else?",
    "mi hermana va a hacerlo manana, el tramite del seguro, ustedes le mandan la factura?",
    "my husband keeps putting off the taxes but says he'll do it tomorrow for sure. do you take hsa cards?",
    "mi esposo por fin lo va a hacer manana, la cirugia de rodilla, puedo venir sola a mi sesion?",
]

QUIET = [
    "my husband said he's finally going to do it tomorrow, file the taxes lol. can i pay with hsa?",
    "manana voy a saltar en paracaidas con mis amigos de la escuela, puedo hacerlo despues de la sesion?",
    "i failed my driving test yesterday, going to try again next week. can i drive after ketamine?",
    "reprobe el examen ayer, lo voy a intentar otra vez el lunes, tienen citas en la tarde?",
    "i tried keto yesterday and failed, going to try it again tomorrow. does diet matter for the infusion?",
]

STILL_EMERGENCIES = [
    # 4. jumping: a height, a wish, the means
    ("my 15 year old said she is going to jump off the school roof tomorrow, she says she wants to die", S),
    ("mi hijo de 14 anos dice que se va a tirar del puente despues de la escuela, ya no quiere vivir", S),
    ("my son keeps jumping on the trampoline but tonight he told me he wants to kill himself and took my pills", S),
    # 5. roof: a jump, a farewell
    ("going up to the roof tonight to look at the stars one last time, the door is open, i'm going to jump. goodbye", S),
    ("voy a subir a la azotea, la puerta esta abierta, ya no quiero vivir, me voy a tirar", S),
    # 5. roof: a body in trouble at the party
    ("at the rooftop party tonight my friend got stung by a bee, her lips are swelling and she can't breathe", M),
    # 4. jumping: a child hurt at the pool
    ("my 9 year old jumped off the diving board at swim class and hit her head, she is unconscious", M),
    # 6. tried again: a wish to die, an attempt
    ("ayer intente hacer un pastel y se quemo, todo me sale mal, me quiero morir, voy a intentarlo otra vez con las pastillas", S),
    ("the cake burned again, i'm done, i want to kill myself, i tried to hang myself yesterday and i'll try again tonight", S),
    # 7. a relative's "do it": a wish, the means, a farewell
    ("my mom says she's going to do it tomorrow, she has been saying she wants to die and she has her pills ready", S),
    ("my dad has figured out how he's going to do it and says he's at peace, he even cancelled his dentist appointment", S),
    ("mi hermano dijo que lo va a hacer manana, dice que se quiere matar y se despidio de todos", S),
]
