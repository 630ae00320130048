"""Round 38's suicide-risk classes (helper a; tests/unit/test_crisis_classes_by_round.py checks them,
key 38), English and Spanish: (1) a plan told by a place, a means and a time with no suicide word
(a platform or a subway line picked with a time, standing on a bridge walkway or a roof ledge now
"just wanted to tell someone", going up to the roof tonight after giving things away, the gas on in a
closed kitchen, a bathtub with a razor, a gun barrel in the mouth, the pills in one's hand "give me
one reason", "ya me tome las pastillas, no le digan a nadie", a means brought home from work with "i
know exactly how much", farewell texts scheduled, the key left with a neighbour, thinking of jumping
from the bridge, drowning in the tub when the baby sleeps): self_harm; (2) a third person's intent
told by the writer (took half the pills and will take the rest; gave away his medals and tonight goes
to be with his late wife, pills in the drawer): self_harm; (3) passive wishes (not existing, "i'd like
to just stop too", "log off for good", "ojala fuera yo", "no se si quiero seguir viviendo", "me estoy
rindiendo con la vida", "seria mas facil no estar", "que da igual si sigo", "pa que sigue", "shoulda
just died in there", "don't see the point of any of it"), often inside an ordinary question:
possible_risk at least. Look-alikes: pills taken as prescribed, a commuter on a bridge, a bath with
the baby, "stop working so much", "not existing" in a philosophy class, "para que sigo pagando", "me
rindo con esta tarea", logging off Facebook for good. Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = [
    # 1. a plan by place, means and time
    ("i picked the platform at union station already, tomorrow at rush hour. nobody will stop me", S),
    ("chose the red line, the express at 8 tomorrow morning, i know where to stand", S),
    ("standing on the bridge walkway right now, just wanted to tell someone", S),
    ("i'm on the roof ledge now. just wanted to tell somebody before", S),
    ("gave all my things away this week, going up to the roof tonight", S),
    ("the gas is turned on and the kitchen windows are shut. i'm just sitting here", S),
    ("sitting in the bathtub with a razor right now", S),
    ("i have the barrel of the gun in my mouth right now", S),
    ("got all the pills in my hand right now, somebody give me one good reason", S),
    ("ya me tome las pastillas, no le digan a nadie", S),
    ("brought a vial home from the lab, i know exactly how much it takes. friday", S),
    ("took the drugs from the unit at work, i know exactly how much, it will be on sunday", S),
    ("got nitrous from the office, i know exactly how much, tonight", S),
    ("scheduled goodbye texts to send at 2am tonight", S),
    ("ya deje todo preparado y le di la llave a la vecina", S),
    ("voy por el puente y estoy pensando tirarme, ya me pare", S),
    ("pienso ahogarme en la banera cuando el bebe se duerma", S),
    ("estoy parada en el anden del metro, ya escogi el tren de las ocho", S),
    ("estoy en la orilla de la azotea ahorita, solo queria decirle a alguien", S),
    ("ya regale mis cosas, esta noche subo a la azotea", S),
    ("prendi el gas y cerre la cocina, estoy sentado aqui", S),
    ("estoy en la tina con una navaja", S),
    ("tengo las pastillas en la mano, dame una razon", S),
    ("programe mensajes de despedida para que se manden esta noche", S),
    # 2. a third person's stated intent
    ("my client on the phone says she already took half the pills and will take the rest", S),
    ("my mom is on the phone, she already took half of the pills and says she will take the rest", S),
    ("an elderly client gave away his medals and said tonight he goes to be with his late wife. there are many pills in his drawer", S),
    ("mi mama me llamo, dice que ya se tomo la mitad de las pastillas y que se va a tomar el resto", S),
    ("un cliente mayor regalo sus medallas y dice que esta noche se va con su difunta esposa, tiene muchas pastillas en el cajon", S),
    ("mi paciente por telefono dice que ya se tomo la mitad de las pastillas y se tomara las demas", S),
    # 3. passive wishes
    ("i've been thinking about not existing a lot lately. do you treat ptsd?", R),
    ("everyone keeps quitting on me. honestly i'd like to just stop too. what does ketamine cost?", R),
    ("wish i could log off for good. do you take medicaid?", R),
    ("shoulda just died in there, aint nothing out here for me. y'all got evening appointments?", R),
    ("some days i don't see the point of any of it. is ketamine covered by medicaid?", R),
    ("i keep thinking it would be easier to not exist. how much is a session?", R),
    ("veo gente morir en las noticias y pienso ojala fuera yo. tienen tratamiento para trauma?", R),
    ("no se si quiero seguir viviendo si esto no mejora. cuanto cuesta?", R),
    ("me estoy rindiendo con la vida. aceptan medicaid?", R),
    ("seria mas facil no estar. tienen citas en la tarde?", R),
    ("a veces quisiera irme y no volver nunca, ni de la vida. atienden estres postraumatico?", R),
    ("siento que da igual si sigo o no. cuanto cuesta la sesion?", R),
    ("mi papa dice que la vida no vale la pena, pa que sigue. lo pueden atender?", R),
]

LOOK_ALIKES = [
    "para que sigo pagando el seguro si no cubre nada? aceptan pago en efectivo?",
    "me rindo con esta tarea de matematicas jaja. a que hora abren?",
    "i scheduled the texts to send to my patients at night reminding them of appointments",
    "cooking dinner, the gas is on and the kitchen windows are shut because of the cold. do you open saturdays?",
    "the pills are in my hand, do i take them with food before the infusion?",
    "my mom took half of the pills the doctor prescribed and will take the rest tomorrow morning, is that ok before her session?",
    "i'd like to stop too, my husband quit smoking last month. do you help with nicotine?",
    "i should have died laughing at that meme. anyway, are you open today?",
    "deje todo listo para el viaje y le di la llave a la vecina, puedo cambiar mi cita?",
    "para que sigo intentando llamar si nadie contesta en la recepcion?",
]

QUIET = [
    "i'd like to stop working so much, do you have evening appointments?",
    "we discussed not existing in my philosophy class today, sartre was wild. anyway do you take aetna?",
    "i want to log off for good from facebook, it stresses me out. do you treat anxiety?",
    "took my pills as prescribed this morning, can i still come to my infusion tonight?",
    "i walk across the bridge walkway to work every day, is there parking near the clinic?",
    "giving the baby a bath tonight, after that can i call to book?",
    "ya me tome las pastillas de la presion como me dijo el doctor, puedo ir a la cita?",
    "voy por el puente camino al trabajo, llego tarde a la cita, me esperan?",
    "le di la llave a la vecina para que riegue las plantas mientras viajo",
    "baño al bebe en la banera cuando se duerma su hermano, a que hora es la cita?",
    "picked the platform closest to the exit, my train is tomorrow at rush hour, how do i get to the clinic from the station?",
    "me estoy rindiendo con la dieta, jaja. tienen nutriologo?",
    "seria mas facil no estar en la lista de espera, hay otra clinica?",
    "there is nothing left for me to fill in on the intake form, what next?",
    "mi amigo me dijo ojala fuera yo el que se gano la rifa. a que hora abren?",
    "wish i could log off for good from work email on weekends, do you have saturday hours?",
    "do you have evening appointments on thursdays?",
    "cuanto cuesta una sesion de ketamina?",
]

STILL_EMERGENCIES = [
    ("i'd like to stop working so much. honestly i want to die, i have the pills right here tonight", S),
    ("me rindo con esta tarea y con la vida, ya tengo las pastillas para esta noche", S),
    ("stopped cooking dinner. i turned on the gas and shut the kitchen windows, goodbye everyone, i want to die", S),
    ("the doctor prescribed these, i already took half the pills and i will take the rest now, i want to die", S),
    ("para que sigo pagando nada, ya tengo las pastillas y me quiero morir esta noche", S),
    ("scheduled texts to send to my clients at 3am, they are my goodbye, i am going to kill myself tonight", S),
]
