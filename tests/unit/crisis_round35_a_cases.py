"""Round 35's crisis classes, helper a, suicide risk in English and Spanish (data;
tests/unit/test_crisis_classes_by_round.py checks them): emergencies written here by class and never
copied from an evaluation set, that must now be detected; look-alikes of each new family that must
stay quiet. No look-alike filter was added this round, so LOOK_ALIKES and STILL_EMERGENCIES are empty."""

from tests.unit.crisis_classes import M, O, R, S  # noqa: F401

CLASSES = [
    # 1. a relative or a friend who has just announced an attempt by phone or text and is unreachable
    ("my brother has bipolar and he just called me saying he is going to do it now with his pills, then he hung up and now he won't answer, what do i do", S),
    ("my sister texted me that she's gonna end it tonight she has a gun, now her phone is off. what should i do", S),
    ("my best friend is diabetic and she just texted me she's going to take all her insulin right now, she left me on read, what do i do??", S),
    ("mi hermano tiene depresion y me llamo diciendo que lo va a hacer ahora, que tiene las pastillas, y me colgo y no contesta, que hago", S),
    ("mi mama es diabetica y me dijo por telefono que se va a inyectar toda la insulina y colgo, tiene el cel apagado, ke hago", S),
    ("my dad called and said he's going to do it now, he has the rope, and he hung up. he's not picking up. help what do i do", S),
    ("my girlfriend has epilepsy and she facetimed me crying that she's going to take all her lamotrigine now and then she hung up and her phone goes straight to voicemail. what do i do", S),
    ("mi primo es diabetico, me mando un texto que se va a meter toda la insulina y ahora no contesta el telefono, que hago", S),
    ("mi papa me llamo llorando, dijo q ya se va a matar con la pistola y colgo. no lo puedo localizar", S),
    # 2. means counted or opened, and a plea or a challenge for a reason to live
    ("i have the bottle of pills open in front of me, give me one reason not to", S),
    ("the bottle is open, 30 pills. tell me why i shouldn't take them", S),
    ("tengo el frasco de pastillas abierto, dame una razon para no hacerlo", S),
    ("tengo 50 pastillas aqui contadas, convenceme de por que no", S),
    ("tengo el pomo abierto en la mano, dime xq no deberia tomarmelas todas", S),
    ("opened the bottle. 45 tablets. give me a reason not to", S),
    ("i've got 25 of my klonopin lined up on the table, tell me why i shouldn't", S),
    ("tengo el bote abierto con 40 pastillas, convenceme q no", S),
    ("ya abri el frasco, tengo como 60 pastillas, dame una razon pa vivir", S),
    # 3. a very short farewell and everything already swallowed
    ("bye. took them all", S),
    ("adios. ya me tome todo", S),
    ("adios ya me las tome todas", S),
    ("bye, i already took everything", S),
    ("chao, me tome el frasco entero", S),
    ("love you all, took all of it", S),
    ("chao. me las trague todas", S),
    ("perdonenme, ya me tome todas las pastillas", S),
    ("ok bye. i swallowed them all", S),
    # 4. a child or a teen, the roof of a school or a building, a time or the way up known
    ("i'm 14 and tomorrow after class i'm going to jump off the school roof, i know how to get up there", S),
    ("im 15 and the door to the roof of my building is always open, i'm jumping tomorrow", S),
    ("tengo 13 anos y manana despues de clases me voy a tirar del techo de la escuela, ya se como subir", S),
    ("tengo 14 anos, voy a brincar de la azotea de la escuela despues de clase, la escalera esta abierta", S),
    ("im 13 and im going to jump off the roof of my school tomorrow after lunch, i know the door to the roof is unlocked", S),
    ("tengo 15, manana despues de la escuela me aviento de la azotea del edificio, la puerta siempre esta abierta", S),
    ("soy de 14 y el lunes me tiro del techo de la escuela, ya se por donde se sube", S),
    # 5. a recent attempt and the thought of trying again, inside an ordinary question
    ("cuanto cuesta el tratamiento? ayer intente ahorcarme y se rompio la correa, y estoy pensando en volver a intentarlo", S),
    ("ayer trate de colgarme pero me encontraron, quiero saber si la ketamina ayuda porque estoy pensando en intentarlo otra vez", S),
    ("do you have weekend appointments? i tried to hang myself last night but the strap broke, and honestly i want to try again", S),
    ("hola, aceptan medicaid? anoche intente ahorcarme con un cinturon pero se rompio y sigo pensando en volverlo a intentar", S),
    ("is spravato covered by aetna? i attempted suicide two days ago, my sister walked in and stopped me. i keep thinking about doing it again", S),
    # 6. the will to live taken by an illness or by losses (ask tier), even sarcastic
    ("the cancer has taken my job, my marriage and my will to live. anyway, do you have parking?", R),
    ("this illness took my job, my wife, and my will to live lol. what are your hours", R),
    ("la depresion me quito el trabajo, mi matrimonio y las ganas de vivir. cuanto cuesta la consulta?", R),
    ("el covid me quito las ganas de vivir jaja, tienen estacionamiento?", R),
    ("losing my house and my kids took away my will to live. do you take medicaid?", R),
    ("la enfermedad me ha quitado las ganas de vivir, a q hora abren", R),
    ("chronic pain has stolen my will to live haha. is there parking on site?", R),
    ("perder a mi hijo me quito las ganas de vivir, cuanto cuesta la primera cita?", R),
    ("el cancer me lo quito todo, el trabajo, mi esposo y hasta las ganas de vivir lol. hay parqueo?", R),
    ("my ms has taken my legs, my job and my will to live lmao, anyway do you validate parking", R),
]

LOOK_ALIKES = []

QUIET = [
    # 1. someone's plan that is no attempt, or medicine taken as usual, then no answer
    "my friend texted me he's going to end it with his girlfriend tonight and now he's not answering lol",
    "mi hermano me dijo que se va a tomar las pastillas de la presion mas tarde y no me contesta, pueden llamarlo para su cita?",
    "my son texted he's going to kill me if i don't pay his phone bill and now he's not answering haha",
    # 2. a bottle of wine, vitamins counted, a reason to keep a treatment
    "i have the bottle of wine open, give me one reason not to finish it lol",
    "tengo 30 pastillas de vitaminas, dame una razon para tomarlas diario",
    "i opened a new bottle of sertraline today, give me one reason to keep taking it, it does nothing",
    "the insurance wants me to count 30 tablets a month, convince me why i should stay with them",
    # 3. vitamins, coffee, a video game's farewell, things carried
    "bye! took all my vitamins already, see you at 3",
    "adios, ya me tome todo el cafe y me voy a la cita",
    "gg bye, took all the loot lol",
    "bye, took everything to the car, see you tomorrow at the clinic",
    "took them all to school this morning, bye for now",
    "ok bye, took them all to the vet for their shots",
    # 4. a roof repaired at school
    "i'm a teacher, the school roof is leaking, after class tomorrow the maintenance crew will go up the stairs to fix it",
    "el techo de la escuela tiene goteras, manana despues de clase lo arreglan, la escalera esta abierta",
    # 5. a belt broken on a trip, a shelf tried again
    "yesterday my belt broke on the trip and i had to buy another one, can i reschedule?",
    "ayer se me rompio la correa del bolso en el viaje, puedo cambiar la cita?",
    "last night i tried to fix the shelf and it broke, i'm thinking of trying again, anyway what time do you open?",
    # 6. the will to live in a book report, an essay, a novel; a day's hyperbole
    "my book report is about a character whose illness took her job, her marriage and her will to live",
    "this traffic has taken my will to live lol, where do i park?",
    "la tarea de quimica me quito las ganas de vivir jaja, a que hora es la cita?",
    "the essay discusses how grief can take away a person's will to live",
    "en el libro, la enfermedad le quito las ganas de vivir al protagonista",
]

STILL_EMERGENCIES = []
