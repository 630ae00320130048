"""Round 40's suicide risk (helper a; tests/unit/test_crisis_classes_by_round.py checks them, key 40),
English and Spanish. Emergency tier, each with no suicide word the detector knew: (1) a picture, a
selfie, a video or a group-chat message from a friend, a student or a team mate showing self-harm in
progress (a rope around the neck, bleeding wrists, pills in a hand) with a goodbye or "doing it now",
the person not answering or nowhere to be found (phrases.SELF_HARM_PICTURE_40A); (2) online and
gamer farewells ("gg", logging off for good, last stream, "se acabo la partida") beside pills or
medicine already taken (phrases.GAMER_FAREWELL_TAKEN_40A); (3) a health or pharmacy worker who took
drugs home from work (morphine ampoules, opioid tablets from the stock, patches from the ward) with a
time and an end (phrases.WORK_DRUGS_TONIGHT_40A); (4) carbon monoxide: a car with a hose, the exhaust,
a closed garage with the engine running (phrases.CAR_EXHAUST_40A); (5) farewell preparations done (a
letter written, belongings given away) with a set day and leaving this world
(phrases.LEAVING_THIS_WORLD_40A); (6) an intentional overdose told calmly: acetaminophen grams or
doses calculated and taken, or meds looked up to stop the heart taken at a set hour
(phrases.CALCULATED_OVERDOSE_40A, intentional-overdose guidance). Ask tier (possible risk): (7)
Spanish passive risk inside an ordinary question (worthless with "depre" or "bajon", fantasising about
not existing, tired of this life, an accident on the way "no seria tan malo") and (8) English passive
risk (a work accident wished for, a man with nothing left, envying the dying, can't picture being
alive, disappearing and never coming back, "just waiting to die") (phrases.PASSIVE_RISK_ES_40A,
PASSIVE_RISK_EN_40A). Their look-alikes stay quiet: a climbing-course rope photo, a lost game with
"gg", a nurse asking about medicine at home, a car fixed in a garage, clothes given away before a
move, acetaminophen at the right dose, a phone battery with nothing left, "cansada de esta lluvia", a
stain that disappears, a phone "waiting to die", a worthless coin. Written here, never copied from an
evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = [
    # 1. a picture or a message of self-harm in progress, the person not answering
    ("my friend just sent a selfie with a rope around her neck and said sorry, she is not answering her phone", S),
    ("one of my students posted a pic of his bleeding wrists in the group chat saying goodbye and nobody knows where he is", S),
    ("a girl from my choir sent a video with a handful of pills saying doing it now and shes not answeing", S),
    ("mi amiga me mando una foto con una soga en el cuello y dice perdon, no contesta", S),
    ("un compañero del equipo mando al grupo una foto de sus muñecas cortadas sangrando diciendo adios y nadie sabe donde esta", S),
    ("my buddy texted me a picture of pills in his hand that said im sorry and now hes not picking up", S),
    ("mi prima mando un video con una cuerda en el cuello diciendo que lo siente y no contesta el telefono", S),
    ("got a photo from my teammate with a rop around his neck says goodbye, not answering", S),
    ('my student snapchatted me a photo of her arm all cut up and bleeding with the caption sorry, i cant reach her', S),
    ('my friend sent me a pic holding a bunch of pills and wrote doing it now, she is not answering', S),
    ('mi alumno subio una historia con las munecas sangrando y un mensaje de despedida, no sabemos donde esta', S),
    # 2. a gamer's farewell beside medicine taken
    ("gg chat, this is my last stream ever, already swallowed the whole bottle of my sertraline", S),
    ("this is my last stream, i already took the whole bottle of pills, gg", S),
    ("logging off forever guys, swallowed all my sleeping pills", S),
    ("se acabo la partida para mi, ya me tome todas las pastillas", S),
    ("gg chat, me tome todos los antidepresivos hace una hora, me desconecto para siempre", S),
    ("gg wp, last game ever, already took all my meds", S),
    ('gg guys this is my last stream, took a whole bottle of seroquel an hour ago', S),
    ('ultimo directo, ya me tome el frasco de pastillas entero', S),
    # 3. drugs taken home from work with a time and an end
    ("im a nurse and i took morphine ampoules home from the hospital, tonight i end this", S),
    ("soy enfermera y me traje viales de morfina del trabajo, esta noche termino con esto", S),
    ("i work at a pharmacy and took oxycodone tablets from the stock, im taking them tonight", S),
    ("brought fentanyl patches home from the ward, tonight is the night i end it", S),
    ("trabajo en una farmacia y me lleve pastillas de oxicodona del inventario, esta noche me las tomo", S),
    ("saque unas ampolletas de morfina del hospital, hoy en la noche se acaba todo", S),
    ("i'm a nurse and i've been taking home morphine vials from the ward, tonight i end this", S),
    ('soy auxiliar de farmacia y me lleve unas pastillas de oxicodona del almacen, esta noche termino con todo', S),
    # 4. carbon monoxide in a car or a closed garage
    ("im sitting in my car with a hose from the exhaust, sorry for everything", S),
    ("the garage door is closed and the engine is running, i left the kids with my mom", S),
    ("estoy en el carro con una manguera conectada al escape, perdonenme", S),
    ("deje a los ninos con mi suegra y estoy en el garaje cerrado con el motor prendido", S),
    ("put a hose on the tailpipe into the car window, im sorry", S),
    ("cerre el garaje y prendi el carro, ya no quiero seguir", S),
    ("my husband is in the car in the closed garage with the engine running and wont open the door", S),
    ('me encerre en la cochera con el carro prendido, los ninos estan con mi mama', S),
    ('im in my truck with the exhaust hose through the window', S),
    # 5. farewell preparations, a set day, leaving this world
    ("le regale mis cosas a mi prima y deje una carta, el domingo me voy de este mundo", S),
    ("the letter is written, gave away my stuff, tomorrow on my day off i leave this world", S),
    ("ya regale mis cosas, en mi dia libre me voy de este mundo", S),
    ("i wrote the letter and gave my clothes away, on sunday i'm leaving this world", S),
    ("ya deje la carta escrita, el viernes me voy a ir de este mundo", S),
    ("regale todas mis cosas, mañana quiero irme de este mundo", S),
    ('tomorrow is my day off and i will leave this world, everything is ready', S),
    ('el lunes que es mi dia libre me voy de este mundo, ya regale todo', S),
    # 6. an overdose calculated and taken, told calmly
    ("i calculated how many grams of tylenol it would take and took them an hour ago, now i regret it", S),
    ("took 30 grams of acetaminophen on purpose two hours ago, i feel fine, will nothing happen?", S),
    ("calcule los gramos de paracetamol y me los tome hace una hora, ahora me arrepiento", S),
    ("me tome 40 pastillas de acetaminofen a proposito hace rato y me siento bien, no me va a pasar nada?", S),
    ("i searched what combo of my prescriptions would make my heart stop and im taking them at 10", S),
    ("busque cuales de mis medicinas juntas me pararian el corazon, me las tomo a las 11", S),
    ("i worked out the lethal dose of paracetamol and swallowed it this morning, feel ok now", S),
    ('me tome como 20 pastillas de tylenol a proposito ayer, me siento bien, no pasa nada verdad', S),
    ('I searched which of my pills together would be fatal and im taking them at midnight', S),
    # 7. Spanish passive risk inside an ordinary question
    ("ando con una depre que ya no valgo nada, cuanto cuesta la consulta?", R),
    ("tengo un bajon y siento que no sirvo pa nada, aceptan medicaid?", R),
    ("a veces fantaseo con no existir mas, ustedes atienden los sabados?", R),
    ("a veces pienso en desaparecer, la ketamina ayuda con eso?", R),
    ("estoy cansada de esta vida, que horarios tienen?", R),
    ("mi tia puso en facebook que esta cansada de esta vida, la pueden ver?", R),
    ("si me pasa algo en el camino no seria tan malo, a que hora abren?", R),
    ("si tengo un accidente en la carretera no seria tan malo la verdad, tienen citas?", R),
    ('con esta depre siento que no sirvo pa nada, cuanto cobran?', R),
    ('fantaseo con dejar de existir, ustedes ven pacientes nuevos?', R),
    ('a veces quisiera desaparecerme, hacen citas por telefono?', R),
    # 8. English passive risk
    ("sometimes i wish the trench would cave in on me, do you take aetna?", R),
    ("honestly if the scaffold gave way with me on it i wouldnt mind, how much is a session", R),
    ("i'm a man with nothing left, do you take walk ins", R),
    ("i envy the people who are dying, is ketamine covered by insurance", R),
    ("my resident said he can't picture being alive next year then laughed it off", R),
    ("some days i just wanna vanish and never come back lol. how do i make an appt", R),
    ("my wife keeps saying i'm just waiting to die, can she get an appointment", R),
    ("the patient i care for says she cant picture herself alive at christmas", R),
    ('my brother says he is a man with nothing left', R),
    ('i envy people who are terminally ill honestly', R),
    ('wish the beam would fall on me at the site, anyway what are your hours', R),
    ('my husband keeps saying he is just waiting to die', R),
]

LOOK_ALIKES = []

QUIET = [
    # 1.
    "my instructor sent a photo of the rope setup for the climbing course, looks good",
    "mi amigo me mando una foto de la cuerda para el curso de escalar",
    "she sent a video of her bleeding knee after falling off the bike lol shes fine",
    "mi hermano me mando foto de las pastillas que le recetaron, cuales son?",
    # 2.
    "gg we lost the game again, logging off for tonight",
    "se acabo la partida, perdimos otra vez jaja",
    "last stream of the year guys, gg see you in january",
    "gg, took my allergy pill and going to bed",
    # 3.
    "im a nurse, can i take medicine home from work legally for my own prescription?",
    "soy enfermera, puedo llevar medicinas del trabajo a mi casa si tengo receta?",
    "the pharmacy lets me take home expired stock for disposal, is that normal?",
    "i work at a hospital and tonight i end my shift at 11",
    # 4.
    "my car is in the garage being fixed, the mechanic has the engine running to test it",
    "el carro esta en el taller con el motor prendido para revisarlo",
    "we bought a new hose for the garden and put it in the garage",
    "left the kids with my mom while i get the car's exhaust fixed",
    # 5.
    "regale mi ropa porque me mudo a florida mañana",
    "gave away my clothes before the move, we leave tomorrow",
    "regale toda la ropa que ya no me queda a la iglesia, mañana es mi dia libre",
    "gave away my old winter stuff before we relocate to texas next week",
    # 6.
    "i took 2 tylenol 500 mg for my headache, is that ok before my session?",
    "me tome un paracetamol de 500 para el dolor, puedo ir a la cita?",
    "how many grams of acetaminophen is safe per day?",
    "i looked up which of my meds interact with ketamine, can you check?",
    # 7.
    "estoy cansada de esta lluvia, abren mañana?",
    "esta moneda vieja ya no vale nada",
    "como hago para que desaparezca esta mancha de la camisa?",
    "el sarpullido va a desaparecer solo?",
    "este telefono ya no sirve pa nada, me pueden llamar al otro?",
    # 8.
    "my phone has nothing left in the battery, can you call back?",
    "i have nothing left in my bank account until friday, can i pay later?",
    "this old car is just waiting to die, do you have parking?",
    "my laptop is waiting to die any day now lol",
    "i can't picture being at the office next year, too many changes",
    'the climbing gym sent a photo of the new rope, i love it',
    'gg ez we won, logging off for tonight',
    'my truck is in the shop with the engine running for diagnostics',
    'the garage door was closed while i warmed up the engine, is that dangerous?',
    'regale mi ropa vieja antes de la mudanza',
    'calcule la dosis de paracetamol para mi hijo segun su peso, esta bien?',
    'estoy cansado de este trafico',
    'esta mancha no quiere desaparecer',
    'i envy people who can sleep in',
    'i can not picture myself at a desk job',
    'i hope the scaffold holds up in this wind',
    'the trench caved in at work last year and i hurt my back, can ketamine help with pain?',
]

STILL_EMERGENCIES = [
    # the giving-away-before-a-move filter gives way to a wish or a farewell told anywhere
    ("regale mi ropa porque me mudo, total ya no la voy a necesitar, quiero morirme", S),
    ("gave away my clothes before the move and wrote a goodbye letter to my kids", S),
    ("le di mis cosas a la iglesia antes de la mudanza, el domingo me voy de este mundo", S),
    # round 21's collapse filter gives way to a work accident wished for
    ("i wouldnt mind if the roof caved in on me at work tomorrow, do you take cigna", R),
    ("i keep hoping the trench caves in on me, how much is the first visit", R),
    # a gamer's farewell with pills counted
    ("last stream ever chat, i took 40 of my sleeping pills, thanks for everything", S),
    ("took 30 grams of tylenol on purpose, i feel fine now, will anything happen?", S),
]

OVERDOSE_KIND = [
    ("took 30 grams of acetaminophen on purpose two hours ago, i feel fine, will nothing happen?", "overdose_intentional"),
    ("calcule los gramos de paracetamol y me los tome hace una hora, ahora me arrepiento", "overdose_intentional"),
    ("i calculated how many grams of tylenol it would take and took them an hour ago, now i regret it", "overdose_intentional"),
]
