"""Round 49's vehicle left at a bridge, a cliff or a height, in English and Spanish (helper b;
tests/unit/test_crisis_classes_by_round.py checks them, key 491). Classes the detector missed, each now read
through round 49 (b)'s families in phrases.py:
(1) the writer sitting in a car, a van or a truck parked on or by a bridge, a cliff, an overlook or a parking
garage's roof, making up the mind, saying nobody would notice one fewer, that this is the place, without the
word suicide: self-harm (IN_VEHICLE_AT_HEIGHT_DECIDING_49B);
(2) a relative's or a partner's car found or left at such a place, with an apology or "sorry for everything"
sent and the phone not answered ("dejo el carro en el puente, me mando un mensaje pidiendo perdon y no
contesta"): self-harm for a third person (VEHICLE_LEFT_AT_HEIGHT_APOLOGY_49B; a Spanish "no contesta" beside a
message and the place is the phone's silence, not the medical reading of a person unresponsive).
False alarms ruled out by round 49 (b)'s filters in patterns.py (LOOK_ALIKES): the everyday trip past such a
place (traffic on a bridge and late for an appointment, a breakdown or a tow, parking by the clinic near the
bridge, a photographer at an overlook, the writer who did not answer because of driving), and an apology after
a fight with the partner at work now. STILL_EMERGENCIES tells a real emergency beside the same words.
QUIET holds the families' own look-alikes. Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

_IN_THE_CAR = [
    ("parked my car on the bridge an hour ago, still making up my mind", S),
    ("im in the van at the scenic overlook. honestly the world wont notice one less person", S),
    ("sitting in my truck at the top level of the parking garage trying to decide", S),
    ("in my jeep by the cliffs rn and nobody would even notice if i didnt come back", S),
    ("pulled over on the bridge in my moms car. this is the place", S),
    ("Im sat in the car at the lookout getting up the nerve", S),
    ("car is parked near the edge of the bluff, im still deciding", S),
    ("my car's on the roof of the parking deck and i think this is where it ends", S),
    ("parked at the overlook off the highway, no one would notice one fewer of me", S),
    ("Estoy en mi carro estacionado en el puente, me estoy decidiendo", S),
    ("sentado en la camioneta junto al acantilado, nadie notaria uno menos", S),
    ("estoy en el coche en el mirador, aqui es donde se acaba todo", S),
    ("me estacione arriba del puente con la troca, todavia armandome de valor", S),
    ("en mi auto sobre el puente, el mundo ni se daria cuenta", S),
]
_LEFT_AT_THE_BRIDGE = [
    ("they found my husband's truck on the bridge, he texted me sorry for everything and he won't pick up", S),
    ("my daughter's car is parked at the overlook, she sent an apology last hour and her phone goes straight to voicemail", S),
    ("my brother left his car by the dam and messaged us goodbye, now he's not answering", S),
    ("Police called, my boyfriend's van is sitting on the bridge. He wrote 'im sorry for everything' and I cant reach him", S),
    ("my wife's suv was found near the cliffs, she left me a voicemail saying sorry and isnt answering", S),
    ("my son's car is on the top of the parking garage, he texted forgive me and his phone is off", S),
    ("Mi esposo dejo el carro en el puente, me mando un mensaje pidiendo perdon y no contesta", S),
    ("encontraron la camioneta de mi hermano en el puente, me escribio perdoname por todo y no contesta el telefono", S),
    ("el carro de mi novio esta en el mirador, me mando lo siento por todo y ya no responde", S),
    ("mi hija dejo su coche junto al puente y me mando un mensaje diciendo perdon, su celular esta apagado", S),
    ("la troca de mi papa esta estacionada en el puente, nos mando una despedida y no lo localizamos", S),
]
CLASSES = _IN_THE_CAR + _LEFT_AT_THE_BRIDGE

LOOK_ALIKES = [
    "stuck in traffic on the bridge, gonna be late for my appointment",
    "traffic on the bay bridge is insane, running late for my infusion",
    "i parked near the clinic by the bridge, is that ok?",
    "my car broke down on the bridge, can we reschedule?",
    "tow truck is on the way, my car died on the overpass, can i come at 3",
    "where should i park, is the parking garage by the bridge ok",
    "im a photographer at the overlook shooting the sunset, can i come at 5",
    "set up my tripod at the cliff overlook for golden hour, might be 10 min late to my appointment",
    "sorry I didn't answer, I was driving, my car was on the bridge",
    "estoy atorada en el trafico en el puente, voy a llegar tarde a mi cita",
    "se me descompuso el carro en el puente, puedo cambiar la cita?",
    "mi carro se quedo en el puente con la llanta ponchada, voy a llegar tarde",
    "my wife said sorry for everything after our fight and she's at work now",
    "my husband apologized after our argument and he is at work now",
    "mi esposo me pidio perdon despues de la pelea y ahora esta en el trabajo",
    "we drove over the bridge to get here, is parking free?",
]

QUIET = [
    "sorry, not answering because I was driving",
    "sitting in my car in the clinic lot, trying to decide between the 2pm or 4pm slot",
    "my husband sent me an apology and he is answering now, all good",
    "estoy en el carro afuera de la clinica, ya llegue",
]

STILL_EMERGENCIES = [
    ("stuck in traffic on the bridge and honestly i want to die", S),
    ("my car broke down on the bridge, thinking about jumping", S),
    ("parked near the clinic by the bridge, i took all my pills", S),
    ("im a photographer at the overlook but today i just want to jump", S),
    ("se me descompuso el carro en el puente y ya no quiero vivir", S),
    ("my husband apologized after our fight and he is at work now, but he said goodbye and he has a gun", S),
    ("mi papa esta tirado en el piso y no contesta cuando le hablo, le marque al celular, estamos junto al puente", M),
]

OVERDOSE_KIND = []

NOT_RULED_OUT = []
