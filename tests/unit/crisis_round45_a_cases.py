"""Round 45's suicide emergencies told calmly (helper a; tests/unit/test_crisis_classes_by_round.py checks
them, key 450), closed by three self-harm families (phrases.py, round 45's suicide emergencies told calmly,
helper a), each needing two to four parts of the scene anywhere in the message:
(1) an appointment or consult that fell through and a day now fixed (this weekend, Friday, after the
holidays), told flatly, with what is needed for it arriving in the coming days (ordered, shipping, "what
I need" coming) and a euphemism for finishing (wrapping things up, closing the chapter, tying off loose
ends); English and Spanish, first person or a relative relaying it;
(2) a health worker (a nurse, a hospice or home-care aide, a paramedic) with a patient's leftover opioid
or another drug drawn up or measured out, alone in a car, a break room or the rig, and ready ("i am
ready", "ready too", "it is ready");
(3) a parent or a sibling who got a goodbye-and-sorry message (love you, sorry, take care of mom) and
sees the relative's shared live location at a bridge, a rooftop, a pier or a station, asking what to do.
The look-alikes (supplies for the clinic visit arriving, a routine dose drawn up at work, a cheerful
message from a bridge walk, closing the loop with a boss, an appointment moved to the weekend) are kept
out by each family's own parts and guards, not by a ruling-out filter, so they are QUIET. Written here,
never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = [
    # 1. a visit fallen through, a day fixed, what is needed arriving, a finishing
    ("My consult got cancelled again so I've picked Friday. What I need is shipping and should arrive Wednesday. I'm just wrapping things up now.", S),
    ("the clinic cancelled my appointment. ive set the date for this weekend, the stuff i ordered comes thursday. tying off the loose ends", S),
    ("My daughter's ketamine consult fell through and she told us very calmly she has chosen a day, after the holidays, and what she needs is already ordered. She says she is closing the chapter.", S),
    ("Since my appointment fell through I decided Saturday is the day. The package with what I need arrives in two days. Just finishing up loose ends.", S),
    ("no point rescheduling my consult. i have a date now, friday. what i ordered is coming in the mail monday. wrapping everything up.", S),
    ("my husband's intake appointment fell through. he says calmly that he picked sunday and the stuff he ordered ships tomorrow", S),
    ("I have picked a date, after Christmas. Everything I need was already ordered and should arrive this week. I'm closing this chapter quietly.", S),
    ("my brother told me he set the date for next weekend, what he needs is on its way, he is tying up loose ends", S),
    ("Mi cita se cancelo otra vez. Ya escogi el viernes. Lo que necesito llega el miercoles por paqueteria. Estoy cerrando el capitulo.", S),
    ("mi hermano dice q como le cancelaron la consulta ya tiene fecha, este fin de semana, y lo q pidio por internet le llega el jueves. dice que esta atando cabos sueltos", S),
    ("Ya no hay cita. Elegi la fecha, despues de las fiestas. Ya pedi lo que necesito, llega en unos dias. Estoy dejando todo en orden.", S),
    ("mi mama nos dijo muy tranquila que el sabado es el dia, que lo que compro ya viene en camino y que esta cerrando su capitulo", S),
    # 2. a health worker, a drug drawn up, alone, ready
    ("Home-care aide here. My client's leftover hydromorphone is drawn up in a syringe and I'm alone in my car behind the pharmacy. I'm ready.", S),
    ("home care aide here. the fentanyl from mr k that was supposed to be wasted is measured out, im in the break room by myself. its ready", S),
    ("Paramedic. Drew up the leftover hydromorphone from tonight's call, sitting alone in the rig. I'm ready too.", S),
    ("I'm a nurse and I have the patient's extra dilaudid in a syringe, alone in the parking garage in my car. I am ready now.", S),
    ("Soy enfermera. Tengo la morfina que le sobro al paciente cargada en la jeringa, estoy sola en mi carro. Ya estoy lista.", S),
    ("I work in home health. The insulin from my patient is drawn up, I'm alone in the break room and it's ready.", S),
    ("ICU nurse. potassium chloride drawn up, sitting in my truck by myself after shift. i am ready", S),
    ("soy paramedico, el fentanilo que sobro esta cargado en una jeringa, estoy solo en la ambulancia. todo listo", S),
    ("my wife is a hospice aide, she texted that the oxycodone from her patient is measured out, she is alone in her car and she is ready", S),
    # 3. a goodbye-and-sorry message and a live location at a bridge, a rooftop, a pier, a station
    ("Just got a text from my daughter saying sorry for everything, love you, look after grandma. Her live location has her on the Pulaski bridge. What should I do", S),
    ("my sister sent a message saying sorry and love you, take care of mom, and her live location is on a rooftop downtown. what should i do", S),
    ("my brother sent goodbye and sorry, his location sharing shows the pier. what do i do", S),
    ("My daughter texted \"sorry for everything, love you\" and Find My shows her at the train station on the platform. Please what do I do", S),
    ("got a text from my little brother: forgive me, love u. life360 has him on the overpass by the highway", S),
    ("My 19 year old wrote goodbye, take care of your dad for me. Her location is at the end of the pier right now.", S),
    ("Mi hijo me mando un mensaje: te quiero, perdoname, cuida a mi mama. Su ubicacion en tiempo real esta en el puente. Que hago?", S),
    ("mi hermana me escribio perdon, los quiero, cuiden a mama, y su ubicacion compartida esta en la estacion del tren. que hago", S),
    ("mi hija me escribio adios y perdon por todo y su ubicacion sale en la azotea de su edificio, que hago", S),
]

LOOK_ALIKES = []

QUIET = [
    # 1.
    "My supplies for the clinic visit were ordered and arrive Friday.",
    "I'm closing the loop with my boss on Friday and wrapping things up at work.",
    "My appointment was rescheduled to the weekend, Saturday at 10.",
    "my consult got cancelled so we rescheduled for saturday, what i need for the infusion is arriving thursday",
    "Mi cita se cambio al sabado. Lo que pedi para la consulta llega el jueves.",
    # 2.
    "I'm a nurse drawing up my patient's morphine at work, it's routine, all ready for the 2pm dose.",
    "hospice nurse here, drew up the morphine for his next dose and it's ready, the family is with him",
    "Soy enfermera, tengo la morfina cargada para la dosis programada del paciente, todo listo.",
    # 3.
    "My daughter shared her location from the bridge walk, she texted \"love you! the view is amazing\"",
    "my son texted sorry im late, love you, his location shows the train station, he missed the train",
    "mi hija me mando su ubicacion desde el puente, dice te quiero, que hermosa vista",
]

STILL_EMERGENCIES = []
