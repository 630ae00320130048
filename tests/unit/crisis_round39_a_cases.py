"""Round 39's suicide risk (helper a; tests/unit/test_crisis_classes_by_round.py checks them, key 39),
English and Spanish: (1) a farewell timed for later with no suicide word (a goodbye video or post set to
go out at an hour, "by the time it posts i'll be gone", "cuando lo vean ya no voy a estar"), and a
relative's goodbye voice note who swallowed something and asks to be forgiven; (2) self-injury as
behaviour with heat or a work tool (burning oneself on purpose with an iron, a lighter, a cigarette or a
steam wand, the skin blistered, wanting to again; deep cuts with a box cutter, more blood than usual,
dizzy); (3) preparation told about a third person (phone, wallet or keys handed over "for the family",
walking to the tracks or a bridge; a teen showing the pills for tonight and asking for secrecy; a wife
who spoke of drowning in the river tonight and left); (4) a means and a place or a time with no suicide
word (parked on a named bridge to get out and jump, a roof's edge with the floors, a rope ready, poison
bought for today, sleeping pills saved and counted for tonight, one's own prescription hoarded, a glass
of bleach poured, a gun safe's code, a service pistol and "done talking", things given away with "i know
what i'm doing tonight", goodbyes said before an appointment one won't reach); (5) insulin withheld or
overdosed on purpose; (6) the ask tier (possible_risk): a burden to everyone, worthless and hopeless,
a relative for whom nothing is worth it, an old mother who wants to join her late husband, wishing to
sleep and not wake up (misspelled), "i think about it too" after the nickname of trigeminal neuralgia,
a partner who would rather be dead than bankrupt and is not joking. QUIET are the look-alikes the new
families leave alone (the nickname told as a fact, tiredness, birthday gifts, a bridge or a roof as a
workplace, insulin doses asked about, a goodbye post for leaving a job, an accidental burn at work).
Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = [
    # 1. timed farewells with no suicide word
    ("i recorded a goodbye video and set it to post at 6am. by the time anyone sees it i'll be gone", S),
    ("scheduled my goodbye post for midnight, by then i won't be here anymore", S),
    ("deje grabado un video de despedida que se publica a las 7, para esa hora ya no voy a estar", S),
    ("programe un mensaje de adios para mi familia a las 10 de la noche, cuando lo lean ya no estare", S),
    ("my sister sent me a voice note saying goodbye, she says she took something and asked me to forgive her", S),
    ("mi hermano me mando un audio despidiendose, dice que se tomo algo y que lo perdone", S),
    ("got a goodbye voicemail from my dad, he said he swallowed something and he's sorry, please forgive him", S),
    # 2. self-injury with heat or a work tool
    ("i burned my arm on purpose with the steam wand at work, the skin went white and blistered and i want to do it again", S),
    ("keep burning myself with the iron on purpose, it blistered, and i kinda want to do it again tonight", S),
    ("me queme a proposito con el encendedor, tengo ampollas y quiero volver a hacerlo", S),
    ("me estoy quemando con cigarros a proposito, la piel se me puso blanca y quiero seguir", S),
    ("cut myself with the box cutter from work, way more blood than normal and i feel lightheaded", S),
    ("me hice cortadas muy hondas con el cutter y esta saliendo mucha sangre, estoy mareada", S),
    ("me corte con la navaja del trabajo, hay mas sangre que otras veces y me siento mareado", S),
    # 3. preparation told about a third person
    ("my brother just handed me his phone and his wallet, said it's for the family, he tried before and now he's walking toward the train tracks", S),
    ("my friend gave me her keys and said you'll need these, she has attempted twice and she went up to the roof", S),
    ("mi hijo me dio su celular y su cartera, dijo que eran para la familia, ya lo ha intentado antes y se fue caminando hacia el puente", S),
    ("my 15 year old showed me the pills she's going to take tonight and made me promise not to tell", S),
    ("mi sobrina de 14 me enseno las pastillas que se va a tomar esta noche y me pidio que no le dijera a nadie", S),
    ("my wife told me she's been thinking about drowning herself in the river tonight and now she left the house", S),
    ("mi esposa dijo que piensa meterse al rio esta noche para ahogarse y se fue de la casa", S),
    # 4. a means and a place or a time, no suicide word
    ("im parked on the verrazzano right now, gonna leave the car here and go over the rail", S),
    ("estoy estacionado en el puente george washington, voy a dejar el carro y saltar", S),
    ("sitting on the edge of my building's roof, 14 floors down", S),
    ("estoy sentada en la orilla del techo, son 9 pisos", S),
    ("the rope is ready in my room", S),
    ("ya tengo la soga lista en mi cuarto", S),
    ("compre veneno para tomarmelo hoy", S),
    ("bought rat poison today and im going to drink it this afternoon", S),
    ("been saving my sleeping pills for months, i have 60 of them, tonight's the night", S),
    ("llevo meses guardando pastillas para dormir, tengo como 50, esta noche", S),
    ("i stopped taking my prescription and saved it instead, weeks of it, that's enough, saturday", S),
    ("deje de tomar mi medicina y la he estado guardando, ya tengo para varias semanas, es suficiente, el viernes", S),
    ("poured a glass of bleach and im sitting here deciding if i have the guts", S),
    ("servi un vaso de cloro y estoy decidiendo si tengo el valor", S),
    ("i know the code to my dad's gun safe and i'm thinking about using it tonight", S),
    ("me se la combinacion de la caja fuerte de mi papa donde esta la pistola y estoy pensando en usarla esta noche", S),
    ("my service weapon is on the table and im done talking to people", S),
    ("tengo la pistola de servicio en la mesa y ya no quiero hablar con nadie", S),
    ("gave away all my tools and my guitar, i know what i'm doing tonight", S),
    ("regale mis cosas, ya se lo que voy a hacer esta noche", S),
    ("already said goodbye to my grandkids and gave my watch to my son, i won't make it to my appointment on thursday", S),
    ("ya me despedi de mis nietos y le regale mi reloj a mi hijo, a la cita del lunes no voy a llegar", S),
    # 5. insulin withheld or overdosed on purpose
    ("stopped my insulin on purpose and im eating sugar until i go into a coma and it's over", S),
    ("deje la insulina a proposito y estoy comiendo dulces hasta que me de el coma y se acabe todo", S),
    ("i injected my whole insulin pen on purpose", S),
    ("me inyecte toda la pluma de insulina a proposito", S),
    # 6. the ask tier
    ("siento que soy una carga para todos, ustedes aceptan medicaid?", R),
    ("soy un estorbo para todo el mundo, cuanto cuesta la consulta?", R),
    ("no sirvo para nada y nada va a mejorar nunca", R),
    ("no valgo nada y esto nunca va a cambiar", R),
    ("mi hijo me dijo que ya nada vale la pena", R),
    ("mi papa dice que para que vive si ya no sirve para nada", R),
    ("mi mama ya grande dice que se quiere ir con mi papa que ya fallecio, que para que esta aqui", R),
    ("a beses quisiera dormirme i no despertar", R),
    ("sometimes i just want to go to sleep and never wake up", R),
    ("they call trigeminal neuralgia the suicide disease and honestly i think about it too", R),
    ("my business partner keeps saying he'd rather be dead than go bankrupt, and he's not joking anymore", R),
]

LOOK_ALIKES = []

QUIET = [
    # the nickname told as a fact by someone managing
    "trigeminal neuralgia is sometimes called the suicide disease, mine is under control with carbamazepine, can ketamine help?",
    "le dicen la enfermedad del suicidio a la neuralgia del trigemino, yo la tengo controlada, ustedes la tratan?",
    # a relative's sleep wish meaning tiredness
    "my mom says she just wants to sleep for a week after the move",
    "mi mama dice que quiere dormir y no despertar hasta el lunes de tan cansada que esta",
    # gifts for a birthday
    "gave away my old guitar to my nephew for his birthday",
    "le regale mi reloj a mi hijo por su cumpleanos",
    # a bridge or a roof as a workplace
    "im a roofer, sitting on the edge of a 6 floor roof all day, can i get ketamine on weekends?",
    "trabajo pintando el puente george washington, puedo ir a la cita despues del turno?",
    # insulin doses asked about
    "how much insulin is too much if i take ketamine?",
    "si me inyecto la insulina antes de la infusion hay problema?",
    # a goodbye post for leaving a job
    "scheduled a goodbye post on linkedin for my last day at work, by friday i'll be gone from the company",
    "programe un mensaje de despedida para mis companeros porque me cambio de trabajo",
    # an accidental burn at work
    "burned my hand on the steam wand at work by accident, it blistered, should i still come in?",
    "me queme sin querer con la plancha, tengo una ampolla, puedo ir a la cita?",
    # ordinary things
    "i keep my dad's gun safe code written down, do you need to know about guns at home?",
    "deje la insulina en el refri, se echa a perder?",
]

STILL_EMERGENCIES = [
    # the round's look-alike filters give way to the writer's own plan told beside them
    ("gave my guitar to my nephew for his birthday, i know what i'm doing tonight", S),
    ("le dicen la enfermedad del suicidio y yo tambien lo he pensado, ya no aguanto", R),
    ("programe una carta de despedida para mis companeros de trabajo, cuando la lean ya no voy a estar", S),
]
