"""Round 42's suicide plans told calmly (helper a; tests/unit/test_crisis_classes_by_round.py checks
them, key 42), English, Spanish and the two mixed. Emergency tier, self-harm: (1) a farewell by giving
belongings away (a collection, keepsakes, a pet left with someone "for a while") with a means kept
ready (pills saved up over weeks, a drug for putting animals down kept from a vet's or a farm job)
(phrases.FAREWELL_GIVING_WITH_MEANS_42A); (2) on the way to a high place now in a taxi, a rideshare or a
train, with a false reason told to the driver or the family (phrases.HIGH_PLACE_RIDE_STORY_42A); (3) a
colleague or a friend who sent passwords, account access or instructions, is not answering and had
talked of a gun, pills or a rope (phrases.THIRD_PERSON_ACCESS_SILENCE_42A; the "not answering" is no
body down: patterns.py's round 42 filter); (4) a means ready at home, told without the word suicide (a
belt or a rope in a closet, a filled bath with a razor blade, pills in a motel room) with closing words
(phrases.MEANS_AT_HOME_CLOSING_42A). Look-alikes: moving house and giving things away, a vet tech's work
question, passwords shared with a partner just in case, a bath and a razor for shaving, a motel for
work, a belt bought as a gift. Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = [
    # 1. giving belongings away with a means kept ready
    ("i gave my vinyl collection to my nephew and left my cat with my neighbor for a while. been saving up my pills for weeks, after the wedding saturday i will be done", S),
    ("been giving away my coin collection and my guitars this week. got enough pills saved, friday is my last day", S),
    ("i still have the pentobarbital from when i worked at the vet clinic. gave my books and my grandmother's ring away, after christmas i wont need anything", S),
    ("i kept the euthanasia solution from my old job at the vet. my cat is with my mom for a while and i gave away my records. sunday after my birthday it ends", S),
    ("regale mi coleccion de monedas a mi sobrino y deje a mi perro con mi vecina por un tiempo. llevo semanas juntando pastillas, despues del sabado ya", S),
    ("ya le di mis discos a mi hermano y el gato se queda con mi mama un tiempo. tengo guardadas las pastillas de varias semanas", S),
    ("guarde el pentobarbital de cuando trabajaba en la veterinaria. ya regale mis cosas, despues de navidad ya no voy a necesitar nada", S),
    ("gave my keepsakes to my kids. i have a stash of pills ive saved up for weeks. after the graduation sunday thats it", S),
    ("my brother gave away all his fishing gear and left his dog with me for a while, he has been saving his pills for weeks", S),
    ("i kept the euthasol from the farm job. gave my tools to my son, this weekend is my last", S),
    ("regalé mis libros y dejé a mi gata con mi amiga por un tiempo, he ido guardando mis pastillas durante semanas", S),
    ("gave away my comic collection, leaving the dog w my sister for a while, got the pills saved up, after the game on sunday im done", S),
    # 2. a ride to a high place with a false reason told
    ("im in an uber to the golden gate bridge right now, told the driver im meeting friends for photos", S),
    ("on the train to the cliffs, told my wife i had a work trip. i wont be coming back", S),
    ("in a taxi headed to the top of the parking garage downtown, i told the driver i forgot my car up there", S),
    ("voy en un taxi al puente, le dije al chofer que voy a ver a un amigo, ya no regreso", S),
    ("voy en el tren hacia los acantilados, le dije a mi familia que era un viaje de trabajo", S),
    ("in a lyft to the bridge now, told my mom im going to a friends house. this is the last message", S),
    ("heading to the roof of my office building in an uber, told my husband i was working late", S),
    ("voy en uber al ultimo piso del estacionamiento, le dije a mi esposa que iba al super", S),
    ("im in a cab going to the bridge, the driver thinks im going sightseeing", S),
    ("voy camino al puente en taxi, le dije a mi mama que iba al trabajo", S),
    # 3. someone who sent access, is silent, and had talked of the means
    ("a guy on my crew sent me every login he has plus his bank pin, said it would all make sense soon. phone goes straight to voicemail and he kept mentioning his pistol lately", S),
    ("mi companero de trabajo me mando sus contrasenas y el acceso a sus cuentas con una nota, no contesta y hablaba de su pistola", S),
    ("my friend sent me instructions for his accounts and his dog's vet, said i'd understand soon, he isnt picking up and he kept talking about the rope in his garage", S),
    ("a colleague sent me her passwords and where her will is, said you will understand later. she wont answer and she talked about her pills", S),
    ("mi amigo me envio las claves de sus cuentas y dijo que luego entenderia, no contesta el telefono y habia hablado de las pastillas", S),
    ("my buddy texted me his phone passcode and account info and said youll get it later, hes not responding, he mentioned his gun last month", S),
    ("my coworker left me instructions for his plants and all his passwords with a note, not answering, he talked about a rope", S),
    # 4. a means ready at home with closing words
    ("the belt is ready on the closet door. thank you doctor for trying. please tell my wife afterwards", S),
    ("the bath is full and the razor blade is beside it. this is the last thing i will write. tell my kids i love them", S),
    ("i bought the pills and they're sitting here in the motel room. thank you for trying doc, tell my husband after", S),
    ("the cord is tied in the closet. thank you for everything you tried, doctor. tell my kids after", S),
    ("el cinturon ya esta listo en la puerta del closet. gracias doctora por intentarlo. diganle a mi esposo despues", S),
    ("la tina esta llena y la navaja esta al lado. es lo ultimo que escribo. diganle a mis hijos que los quiero", S),
    ("compre las pastillas y estan aqui en el cuarto del motel. gracias por intentar doctor, avisenle a mi esposa despues", S),
    ("the rope is up in the closet ya, gracias por todo doctor, tell my wife despues", S),
    ("bath is filled y tengo la navaja aqui al lado, thank you for trying, diganle a mis hijos", S),
    ("the pills are on the nightstand in the hotel room, thank you for trying doctor, please tell my wife after", S),
    ("la soga ya esta en el closet, gracias por todo lo que hizo doctor, digale a mi esposa despues", S),
]

LOOK_ALIKES = [
    "moving to florida next month so i gave away my vinyl collection and left the cat with my sister for a while",
    "i shared my passwords with my husband in case something happens, is that normal",
    "bought a belt as a gift for my dad's birthday",
    "le di mis contrasenas a mi esposo por si acaso",
    "compre un cinturon de regalo para mi papa",
    "gave away my old records before the move, the cat is with my mom for a while, do you take new patients",
    "got my wife a leather belt for her birthday, can i pay with hsa",
    "le compre un cinturon a mi esposo para su cumpleanos",
    "my husband and i share our passwords in a password manager in case of emergency, is that normal",
]

QUIET = [
    "im a vet tech, how do you store euthanasia drugs like pentobarbital at work",
    "took a bath and used a razor blade to shave my legs",
    "staying at a motel for work this week, can i do my infusion there",
    "me voy a mudar y regale mis libros y deje al perro con mi mama un tiempo",
    "soy tecnica veterinaria y en el trabajo usamos pentobarbital para eutanasia",
    "in an uber to the bridge for the fireworks, told my wife ill be home by 11",
    "taking the train to see the cliffs with my family this weekend, any tips for the infusion schedule",
]

STILL_EMERGENCIES = [
    ("my coworker sent me his passwords with a note, hes not answering, we found him on the floor not breathing", M),
    ("bought a belt as a gift but now its tied to the closet door and i want to die", S),
    ("le di mis contrasenas a mi esposo por si acaso, ya no aguanto mas, tengo la soga lista", S),
]

OVERDOSE_KIND = []
