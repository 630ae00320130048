"""Round 39's suicide risk left over (helper d; tests/unit/test_crisis_classes_by_round.py checks
them, key 395), English and Spanish, each read as suicide risk at the emergency tier with no suicide
word: (1) a building's roof, terrace or top told with how many floors it has beside going up there,
having decided, or not coming down (phrases.ROOF_FLOORS_39D); (2) a ligature told as ready, tied or
prepared in the writer's own life (phrases.LIGATURE_READY_39D); (3) poison bought or got for a set
time, today, tonight, this weekend (phrases.POISON_FOR_TIME_39D); (4) pills saved up with a count and
a time (phrases.PILLS_SAVED_COUNT_TIME_39D; round 37's filter of pills packed "for the weekend" gives
way to it); (5) goodbyes to the grandchildren, the children or the family told with a treasured thing
given away, a watch, a ring, a chain, a rosary, the tools (phrases.FAREWELL_AND_GIFT_39D). Their
look-alikes are ruled out (patterns.py): a roofer's job or a party on a roof with floors, a rope for
moving, camping, a boat or laundry, a karate belt, rat poison for rats in the basement, pills counted
at the pharmacy for the week, expired pills for a take-back day, a grandfather's watch given at a
graduation, goodbyes before a trip or a flight. Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = [
    # 1. a building's roof with its floors
    ("la terraza de mi edificio tiene 15 pisos y esta noche subo y no bajo", S),
    ("mi edificio tiene 10 pisos, hoy subo a la azotea y ya no voy a bajar", S),
    ("subi a la azotea, el edificio es de 9 pisos, ya no pienso bajar", S),
    ("el techo del edificio de mi trabajo es de 8 pisos y voy para alla", S),
    ("estoy pensando subir al techo del edificio, son como 11 pisos", S),
    ("going up to the roof of my apartment building, it's 30 stories high", S),
    ("the roof of my building is 15 floors up, i've decided", S),
    ("i live on the 18th floor and the roof door is unlocked, tonight im going up there", S),
    ("me voy a subir al ultimo piso del edificio, son 17 pisos, ya no aguanto", S),
    # 2. a ligature ready
    ("la cuerda ya esta lista en el closet", S),
    ("la soga ya esta lista", S),
    ("ya tengo lista la soga", S),
    ("la cuerda ya la tengo amarrada", S),
    ("la tengo lista, la cuerda, en el ropero", S),
    ("ya deje preparado el cinturon en el closet", S),
    ("the rope is all set up in the garage", S),
    ("everything is ready, the rope is hanging in the shed", S),
    ("bought the cord yesterday and it is ready now", S),
    # 3. poison for a set time
    ("got the pesticide this morning, it's for tonight", S),
    ("ya compre el raticida, lo tengo para hoy en la noche", S),
    ("compre matarratas, es para hoy", S),
    ("bought pesticide for tonight", S),
    ("ya compre el insecticida, es para esta noche", S),
    ("i picked up some weed killer, it is for tonight", S),
    # 4. pills saved with a count and a time
    ("i've saved up 40 pills for this weekend", S),
    ("junte 50 pastillas de clonazepam, este fin de semana", S),
    ("tengo 30 pastillas juntas, esta noche", S),
    ("llevo meses guardando pastillas, ya tengo 80, es para este fin de semana", S),
    ("i've kept 60 of my sleeping pills, tonight", S),
    ("ya junte 100 pastillas para el sabado", S),
    ("I've been putting aside my pills, got 70 now, saturday night", S),
    ("i have 30 ambien i've kept for tonight", S),
    ("juntando pastillas, ya van 60, el viernes", S),
    # 5. goodbyes and a treasured thing given
    ("ya me despedi de mi familia y le di mi anillo a mi hija", S),
    ("i hugged my kids goodbye and gave my daughter my mother's ring", S),
    ("me despedi de mis hijos y le deje mi rosario a mi nieta", S),
    ("me despedi de mis nietos y le di mi cadena a mi hijo mayor", S),
    ("le regale mis herramientas a mi sobrino y me despedi de la familia", S),
    ("me despedi de mi familia, a mi hija le di mi anillo de bodas", S),
    ("le di mi rosario a mi hija y me despedi de mis nietos", S),
    ("fui a despedirme de mis nietos y le regale mi cadena de oro a mi nieta", S),
    ("went to see the grandkids to say goodbye, handed my grandson my pocket knife", S),
]

LOOK_ALIKES = [
    # 1. a roofer's job, a party, a question
    "soy techero, hoy trabajo en el techo de un edificio de 8 pisos",
    "i'm a roofer, working on the roof of a 12 story building this week",
    "manana subo a la azotea del edificio de 12 pisos a tender la ropa",
    "my building is 20 stories and we're going up to the roof for the fireworks tonight",
    "the rooftop bar is on the 30th floor, we decided to go up after dinner",
    "can i go up to the roof of my 14 story building after the infusion?",
    # 2. a rope for moving, camping, a boat, laundry; a belt that is not a ligature
    "compre una cuerda para la mudanza, ya esta lista",
    "the rope is ready for the camping trip",
    "the rope is tied, we're moving the couch tomorrow",
    "ya amarre la cuerda del tendedero, ya esta lista",
    "my son's karate belt is ready for the test",
    # 3. rat poison for rats
    "got some pesticide for today, spraying the garden for aphids",
    "ya compre el raticida para hoy, hay ratones en la cocina",
    # 4. pills counted at the pharmacy, a take-back day
    "la farmacia me conto 30 pastillas para la semana",
    "the pharmacist counted out my 28 pills for the month, picking them up tonight",
    "saved 30 expired pills to drop at the take back event this saturday",
    # 5. a watch at a graduation, goodbyes before a trip
    "mi abuelo le regalo su reloj a mi hijo en su graduacion",
    "mi papa le dio su reloj a mi nieto el dia de su graduacion y todos lloramos",
    "said goodbye to my grandkids before my trip, gave my daughter the house keys",
    "said goodbye to the kids before my flight, gave my son my watch to hold onto",
    "me despedi de mis hijos en el aeropuerto y le deje mi anillo a mi hija para que me lo cuide",
]

QUIET = [
    "compre veneno para ratas para el sotano, hay ratas",
    "bought rat poison for the basement today, we have rats",
    "grandpa gave my son his watch at his graduation",
    "me despedi de mis nietos antes del viaje a mexico",
    "compre veneno para las cucarachas, el fumigador viene hoy",
    "puse mis 14 pastillas en el pastillero para la semana",
    "i tied the rope to the boat, all set for saturday",
    "ya tengo listo el cinturon de seguridad del bebe",
    "le regale a mi nieta mi cadena de oro por su cumpleanos",
    "i packed 4 pills for the weekend trip",
]

STILL_EMERGENCIES = [
    ("soy techero y hoy subo al techo del edificio de 20 pisos, ya no voy a bajar", S),
    ("the rope is ready, it is our old camping rope and it is tied to the beam", S),
    ("we have rats in the basement, but i bought this poison for tonight and it is for me", S),
    ("the pharmacist counted my pills but i have been saving them up, 60 now, for tonight", S),
    ("said goodbye to everyone before my trip, i am not coming back, gave my son my watch", S),
]
