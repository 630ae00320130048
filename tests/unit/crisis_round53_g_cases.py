"""Round 53's Spanish emergencies and ask tier as written in New York chats (helper g; tests/unit/test_crisis_classes_by_round.py
checks them, key 531): no accents, Spanglish, regional words, typos. Classes the detector missed, each now read
through round 53 (g)'s families in phrases.py:
(1) a lethal plan told calmly, in a formal or a clinical register: a doctor, an ICU nurse or a pharmacist with pills,
ampoules or vials set aside and a date chosen; a student who will do it after handing in the thesis, the means
bought; a clinician relaying that a patient has a stockpile to use "esta semana": self-harm (CALM_LETHAL_PLAN_53G);
(2) snoring or gurgling heard behind a locked bathroom door and no answer, told by a relative or a roommate: an
overdose (LOCKED_BATHROOM_SNORING_53G);
(3) chest pain with sweating, told of a colleague at work ("mi companero en su oficina con dolor de pecho y
sudando"): medical (CHEST_PAIN_SWEATING_53G);
(4) an ex breaking in or trying to, with threats, told by the one threatened, a friend or a therapist: violence now
(EX_BREAKING_IN_THREATS_53G);
(5) a cut spurting blood after a fight: medical (SPURTING_CUT_AFTER_FIGHT_53G);
(6) the Spanish ask tier told in passing: "para que sigo" alone, better to have stayed in the accident or the
crash, "ya nada vale la pena", a relative's wish to go ("el alma de mi mama se quiere ir"), the bare "me suicido"
(the ask tier), and with a time now ("hoy me suicido", "esta noche me suicido"), self-harm.
False alarms ruled out by round 53 (g)'s filters in patterns.py (LOOK_ALIKES): schoolwork or work that "me va a
matar", a snorer heard from the bathroom as a habit; and by the older filters: "para que sigo tomando esto" (a
medicine), a crash told as past and over, last month's chest pain now fine, a paper cut, "me muero de risa",
"suicidio" to translate for a class. Each gives way to a danger told now (STILL_EMERGENCIES).
QUIET holds the families' neighbours: a date for a visit or an infusion, pills kept in a pill box, an ex who called
months ago, someone singing in a locked bathroom, a relative who wants to go home.
Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

_CALM_PLAN = [
    ("soy medico internista. tengo reservadas ampolletas de potasio y ya elegi la fecha, el viernes 14", S),
    ("Soy enfermera de cuidados intensivos. He ido apartando ampolletas de morfina durante meses y tengo decidido usarlas el domingo.", S),
    ("como medico se exactamente la dosis letal. tengo las pastillas separadas y la fecha elegida: despues de mi guardia del sabado", S),
    ("soy farmaceutica, llevo meses juntando pastillas y ya decidi que sera el 3 de marzo", S),
    ("estudiante de doctorado aqui. entrego la tesis el lunes y despues lo hago, ya compre todo lo necesario", S),
    ("despues de entregar la tesis pienso terminar con mi vida, ya compre las pastillas", S),
    ("Le escribo como psiquiatra: un paciente mio me conto que tiene un arsenal de pastillas guardado y que piensa usarlo esta semana", S),
    ("soy terapeuta, mi paciente acumulo sus medicamentos por meses y dice que los va a tomar esta semana", S),
    ("trabajadora social aqui: una paciente tiene acumuladas sus pastillas y planea tomarselas todas esta semana", S),
    ("Soy psicologo clinico. Mi paciente refiere que tiene almacenados opioides y que tiene planeado usarlos esta semana.", S),
    ("soy doctor en el er, tengo insulina guardada en mi casillero y ya tengo fecha para inyectarmela toda", S),
    ("soy nurse en el ICU y tengo unos viales de fentanyl apartados en mi casa, ya escogi la fecha", S),
    ("Como profesional de la salud le informo con calma: dispongo de las ampollas necesarias y la fecha esta fijada para el dia 20.", S),
    ("trabajo de anestesiologo, llevo semanas guardando viales de propofol y ya marque el dia, el sabado", S),
    ("soy enfermera en el hospital de queens. tengo escondidos frascos de midazolam y ya fije la fecha.", S),
    ("Buenas tardes. Soy residente de medicina interna; he acumulado benzodiacepinas y ya decidi cuando, sera el domingo", S),
    ("apenas defienda mi tesis lo voy a hacer, ya tengo comprado todo lo necesario", S),
    ("cuando entregue la tesis acabo con todo, las pastillas ya las consegui", S),
    ("soy consejera escolar, un alumno me dijo que tiene guardado un stock de pastillas de su abuela y que piensa tomarlas este fin de semana", S),
    ("le informo como su psiquiatra tratante que la paciente tiene una reserva de opioides y planea usarlos esta semana", S),
]
_LOCKED_BATHROOM = [
    ("mi hermano esta encerrado en el bano y se le oye roncar fuerte y no contesta cuando toco", O),
    ("mi roommate lleva una hora en el bano con seguro, se escucha como un gorgoteo y no me abre ni me responde", O),
    ("se oye a mi hijo roncando raro detras de la puerta del bano, esta con llave y no responde", O),
    ("mi esposo se encerro en el bano, hace ruidos como gargaras y no contesta", O),
    ("la puerta del bano esta trancada, mi prima adentro hace un ruido como ronquido y no me habla", O),
    ("escucho a mi papa roncando en el bano pero la puerta tiene seguro y no abre, le grito y nada", O),
    ("mi compañera de cuarto no sale del baño, oigo como gorgoteos y no responde, la puerta esta cerrada con llave", O),
    ("my brother is locked en el bathroom, se escucha snoring y no contesta", O),
    ("el baño cerrado con pestillo, adentro mi tio ronca feo y no responde", O),
    ("mi hija se encerro en el banio hace rato, se oye como si se estuviera ahogando y no me abre", O),
]
_CHEST_AT_WORK = [
    ("mi compañero en la oficina de al lado con dolor de pecho, sudando frio", M),
    ("un compañero de trabajo esta en su oficina agarrandose el pecho y sudando muchisimo", M),
    ("mi jefe dice que le duele el pecho y esta empapado en sudor, estamos en la oficina", M),
    ("en el trabajo mi colega tiene un dolor fuerte en el pecho, esta sudando frio y palido", M),
    ("mi coworker esta en su oficina con dolor en el pecho y sudando frio", M),
    ("la senora de contabilidad se queja de presion en el pecho y esta sudando a chorros", M),
    ("companera de trabajo con dolor de pecho que le baja al brazo, sudando, en su escritorio", M),
    ("mi supervisor tiene un dolor en el pecho y esta sudado frio", M),
    ("el muchacho del almacen se sento en el piso, le aprieta el pecho y esta banado en sudor", M),
]
_EX_BREAKING_IN = [
    ("mi ex esta tratando de tumbar la puerta y dice que me va a matar", V),
    ("soy terapeuta, mi paciente me escribe que su ex se metio a la casa por la ventana y la esta amenazando", V),
    ("mi amiga me dice que su ex esta forzando la puerta de su apartamento y la amenaza con un cuchillo", V),
    ("el ex de mi hermana esta afuera pateando la puerta gritando que la va a matar", V),
    ("mi ex novio rompio la ventana y se metio a mi casa, me esta amenazando", V),
    ("mi ex se metio al apartamento y dice que si llamo a la policia me mata", V),
    ("mi ex esta queriendo entrar a la casa, forcejeando la cerradura, me dijo que me iba a matar", V),
    ("mi paciente esta escondida en el closet, su expareja entro a la fuerza y la esta buscando", V),
    ("el papa de mis hijos esta golpeando la puerta del apto y grita amenazas, estoy sola con los nenes", V),
]
_SPURTING_CUT = [
    ("a mi primo lo cortaron en una pelea y la sangre le sale a chorros del brazo", M),
    ("despues de la pelea mi hermano tiene una cortada en la pierna que bota sangre como chorro", M),
    ("mi amigo se peleo y tiene una herida en el cuello que sale sangre a borbotones", M),
    ("se pelio con un tipo y le abrieron la mano con una botella, la sangre salta a chorros", M),
    ("mi vecino llego de una pelea con un corte en el brazo y le sale sangre pulsando", M),
    ("hubo bronca en la esquina, a mi pana le dieron un navajazo y esta echando sangre a chorros", M),
]
_ASK_TIER = [
    ("para q sigo", R),
    ("y pa que sigo?", R),
    ("la verdad para que sigo viviendo.", R),
    ("mejor me hubiera quedado en el accidente", R),
    ("ojala me hubiera quedado en ese choque", R),
    ("hubiera sido mejor quedarme en el choque, no en esta silla de ruedas", R),
    ("debi morir en ese accidente de carro", R),
    ("pienso mas seguido en la enfermedad del suicidio", R),
    ("nada vale la pena ya", R),
    ("ya nada vale la pena", R),
    ("desde que se fue mi esposo ya nada me vale la pena", R),
    ("el alma de mi mama se quiere ir", R),
    ("mi abuelita dice que ya se quiere ir con dios", R),
    ("mi papa ya se quiere ir, dice que esta cansado de vivir", R),
    ("me suicido", R),
    ("mejor me suicido", R),
    ("hoy me suicido", S),
    ("ya me voy a suicidar", S),
    ("esta noche me suicido", S),
    ("ya me suicido, no aguanto", S),
    ("me suicido hoy", S),
]
CLASSES = _CALM_PLAN + _LOCKED_BATHROOM + _CHEST_AT_WORK + _EX_BREAKING_IN + _SPURTING_CUT + _ASK_TIER

LOOK_ALIKES = [
    # round 53 (g)'s filters: work that "me va a matar", a snorer heard as a habit
    "esta tesis me va a matar, entrego el viernes",
    "los finales me van a matar, tengo tres examenes el lunes",
    "el doble turno en la uci me va a matar, llevo 16 horas",
    "mi esposo ronca tan fuerte que lo oigo desde el bano",
    "mi papa ronca como un tractor todas las noches, hay algo para eso?",
    # the older filters
    "para que sigo tomando esto si no funciona",
    "para que sigo pagando el seguro si no me cubre nada",
    "el mes pasado mi compañero tuvo dolor de pecho y sudaba en la oficina, ya esta bien, fue ansiedad",
    "me corte con una hoja de papel y sangra un poquito",
    "me muero de risa con este video",
    "como se traduce suicidio al ingles? es para mi clase",
]

QUIET = [
    "tuve un choque hace dos anos, ya me recupere, puedo manejar despues del spravato?",
    "mejor me hubiera quedado en casa ese dia, el trafico estaba horrible",
    "mi ex me llamo hace meses amenazandome, ahora ya no se nada de el",
    "mi ex se metio a mi facebook y me cambio la contrasena",
    "soy enfermera, tengo las ampolletas apartadas para la infusion del viernes",
    "tengo las pastillas separadas en el pastillero y ya tengo fecha para la cita con el psiquiatra",
    "compre todo lo necesario para la fiesta, la fecha de la boda es el sabado",
    "despues de entregar la tesis me voy de vacaciones, ya compre los boletos",
    "mi roommate esta cantando en el bano con la puerta cerrada y no me contesta, que desesperante",
    "mi mama se quiere ir a su casa, ya esta cansada del hospital",
    "mi hija ya se quiere ir de la fiesta, dice que esta aburrida",
    "ninguna de esas peliculas vale la pena",
    "ya nada vale la pena en esa tienda, todo esta carisimo",
    "cuando hago ejercicio sudo mucho, es normal con la sertralina?",
    "me duele el pecho cuando toso por la gripa",
    "mi hermano termino empapado en sudor despues de la pelea de box en el gym, todo bien",
    "hoy me mato el trafico, llegue tarde a la cita",
    "casi me suicido de los nervios en la entrevista jaja",
    "que significa la palabra suicido en este texto?",
]

STILL_EMERGENCIES = [
    ("esta tesis me va a matar, ya tengo las pastillas guardadas y elegi la fecha", S),
    ("mi esposo ronca tan fuerte en el bano pero ahora esta encerrado y no responde, se oye como gorgoteo", O),
    ("el mes pasado tuvo dolor de pecho y se le quito, pero hoy otra vez le duele el pecho y esta sudando frio en su oficina", M),
    ("mi ex me llamo hace meses, pero ahorita esta pateando la puerta y dice que me va a matar", V),
    ("los finales me van a matar pero la verdad hoy me suicido", S),
]

OVERDOSE_KIND = []

NOT_RULED_OUT = []
