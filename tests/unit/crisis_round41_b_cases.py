"""Round 41's passive wishes inside a question (helper b; tests/unit/test_crisis_classes_by_round.py
checks them, key 411), English and Spanish. Ask tier (possible risk: the assistant asks directly
whether they are thinking of ending their life, with 988), each told in passing inside an ordinary
question about the clinic or treatment: (1) nobody would notice if the writer walked, slipped or sank
into the river, the sea or the water (phrases.UNNOTICED_IN_WATER_41B); (2) a veteran's survivor wish:
it should have been me over there, I should not have come back, my turn should have come in the war
(phrases.SURVIVOR_WISH_41B); (3) a student: easier or better not to wake up tomorrow, "to just not wake
up" read as a wish, not as someone unresponsive (phrases.EASIER_NOT_WAKE_41B and patterns.py's filter
of its "not wake up"); (4) an undocumented immigrant far from family: what am I living for, what is the
point of going on (phrases.NO_SENSE_GOING_ON_41B); (5) formal Spanish weariness after years of
treatment-resistant depression: no sense in going on trying, "no vale la pena seguir" about life (the
same family); (6) a very old person: if I died tomorrow it would be fine, I have lived enough, God can
take me (phrases.AT_PEACE_WITH_DYING_41B); (7) a form or a referral listing recurrent thoughts of death
or "ideas recurrentes de muerte" as a symptom (phrases.DEATH_THOUGHTS_LISTED_41B). Their look-alikes
stay quiet: a session missed, waking up early for the appointment, the point of trying another SSRI,
"no vale la pena" about a price or a treatment, an age limit, a turn in a queue, a student's drug test,
a veteran's ordinary question, a side effect asked about, thoughts of death denied. Written here,
never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = [
    # 1. nobody would notice if the writer went into the water
    ("if i slipped under the water at the lake one night nobody would even notice, do you take aetna", R),
    ("no one would notice if i just disappeared into the ocean, whens your next opening", R),
    ("honestly nobody would care if i let myself sink into the river, how much is the intake", R),
    ("nadie se daria cuenta si me hundo en el rio, que horario tienen?", R),
    ("si me pierdo en el mar nadie me va a extrañar, aceptan medicaid?", R),
    ("a nadie le importaria si me fuera hasta el fondo del lago, tienen citas los sabados?", R),
    ("if the current took me nobody would look for me lol, anyway do you do telehealth", R),
    # 2. a veteran: it should have been me, I should not have come back
    ("i never should have made it back from iraq, do you see veterans?", R),
    ("my number should have come up in kandahar, are you open on weekends", R),
    ("it was supposed to be me not him in that convoy, does tricare cover ketamine?", R),
    ("three tours and i shouldnt have come home, do you work with the va", R),
    ("no debi haber regresado de la guerra, atienden veteranos?", R),
    ("me tocaba a mi en afganistan, no a el. tienen citas en la tarde?", R),
    ("debi haber sido yo y no mi compañero el que se quedo alla en irak, aceptan tricare?", R),
    ("my turn should have come over there with my squad, what do i need to bring to the first visit", R),
    # 3. a student: easier not to wake up
    ("would be so much easier to not wake up at all, anyway are you open sundays", R),
    ("with finals next week it'd be easier to just not wake up tomorrow, do you see college students?", R),
    ("honestly it would be a relief to never wake up again, how long is the wait list", R),
    ("ojala no despertara mañana con todos estos examenes, atienden universitarios?", R),
    ("seria mas facil no despertarme nunca, tienen horario de tarde?", R),
    ("con tantos examenes preferiria no amanecer mañana, cuanto cuesta la primera consulta?", R),
    # 4. an immigrant far from family: what for, what is the point of going on
    ("cual es el punto de seguir viviendo lejos de mi familia, aceptan efectivo?", R),
    ("sin papeles y sin nadie aqui, que sentido tiene seguir en este mundo? atienden sin seguro social?", R),
    ("de que me sirve seguir viviendo asi sin mis hijos, piden identificacion?", R),
    ("que caso tiene seguir aqui, estoy sola en este pais, cobran mucho?", R),
    ("what is even the point of going on with no papers and nobody here, do you need an id", R),
    # 5. formal Spanish weariness after years of depression
    ("Tras diez años de depresión resistente estoy agotada y ya no tiene sentido seguir intentando. ¿Ofrecen ketamina?", R),
    ("Después de tantos años de lucha, no vale la pena seguir intentando vivir. ¿Cuál es el procedimiento de ingreso?", R),
    ("Me encuentro exhausto; considero que ya no vale la pena seguir luchando. Solicito información sobre sus servicios.", R),
    ("De nada sirve seguir luchando, llevo quince años con depresión. ¿Atienden los martes?", R),
    ("Estimada doctora: tras años de tratamientos fallidos ya no le encuentro sentido a seguir viviendo. ¿Tienen disponibilidad?", R),
    # 6. a very old person at peace with dying
    ("i'm 88 and if i passed tomorrow that would be alright with me, do you treat seniors", R),
    ("ive had a long enough life, the lord can call me home whenever, do you take medicare", R),
    ("at 91 i have lived enough, god is welcome to take me, is ketamine safe at my age", R),
    ("ya estoy grande, si dios me recoge mañana esta bien, aceptan medicare?", R),
    ("tengo 87 años, que diosito ya me lleve, pero mi hija quiere que pruebe la ketamina, cuanto cuesta?", R),
    ("my mother is 93 and says if she died tonight it would be a blessing, can she come in?", R),
    # 7. a form or a referral listing recurrent thoughts of death
    ("Síntomas: tristeza, insomnio, pensamientos recurrentes de muerte. Solicito evaluación.", R),
    ("Diagnóstico: depresión mayor. Síntomas actuales: ideas de muerte recurrentes, anhedonia.", R),
    ("motivo de consulta: ideacion de muerte pasiva, derivado por su medico de cabecera", R),
    ("Referencia: mujer de 52 años, ánimo bajo, deseos de morir frecuentes, favor de agendar.", R),
    ("Reason for referral: TRD, poor sleep, recurrent thoughts about dying. Please schedule an evaluation.", R),
    ("intake form - symptoms: low energy, frequent thoughts of death, no appetite", R),
    ("soy enfermera y reconozco en mi los sintomas: insomnio, ideas de muerte recurrentes. quisiera una cita", R),
]

LOOK_ALIKES = [
    "it would be easier not to wake up at 6 for the appointment, got anything at noon?",
    "itd be easier to not wake up so early, do you have later slots",
    "what is the point of trying another ssri if none of them worked?",
    "what is the point of trying another ssri?",
    "whats the point of switching to spravato if insurance wont pay",
    "no vale la pena seguir pagando el seguro, lo cancelo?",
    "no one would notice if i skipped the group session right?",
]

QUIET = [
    "nobody would notice if i missed a session, right?",
    "i hope nobody notices if i miss my session tomorrow lol",
    "we walked along the river after my session, nobody noticed my limp",
    "nadie se dio cuenta cuando me meti al mar de vacaciones, puedo nadar despues de la infusion?",
    "no tiene sentido seguir intentando con otro antidepresivo, ofrecen ketamina?",
    "no vale la pena pagar 500 dolares por una sesion",
    "no tiene sentido seguir pagando tanto, hay descuentos?",
    "que sentido tiene seguir esperando en la lista?",
    "cual es el punto de seguir la dieta antes de la infusion?",
    "para que sirve la ketamina?",
    "i'm 82, am i too old for ketamine?",
    "tengo 85 años, hay limite de edad para el tratamiento?",
    "que dios me lleve con bien a la cita de mañana",
    "ya vivi en texas bastante tiempo",
    "is it my turn yet? been waiting 20 minutes",
    "my turn should have come by now in the waiting room",
    "me tocaba a mi pagar la cuenta, no a el",
    "i'm a student with exams, will ketamine show on a drug test?",
    "the va covers ketamine for veterans?",
    "my son came back from iraq and the va said he should see you, do you take tricare?",
    "no debi haber regresado a ese doctor, me cobro mucho",
    "i should not have come back to that clinic, they were rude",
    "Niega ideas de muerte. Solicito cita de rutina.",
    "el paciente niega tener pensamientos de muerte",
    "sin ideas de muerte, solo ansiedad, cuanto cuesta?",
    "la ketamina puede causar pensamientos de muerte?",
    "ojala no despierte a mi roommate cuando salga temprano",
    "if i pass tomorrow's exam it would be a relief lol",
    "es verdad que la ketamina sirve para las ideas de muerte? lo vi en las noticias",
    "i've had enough of the hold music, can someone call me back",
]

STILL_EMERGENCIES = [
    # the "to not wake up" filter gives way to someone who will not wake, or pills taken
    ("it would be easier to not wake up. my dad wont wake up and his lips are blue", O),
    ("i took the whole bottle, it would be easier to just not wake up", S),
    # the early-appointment filter gives way to the writer's own wish
    ("it would be easier not to wake up early for the appointment, or ever again honestly, i want to die", S),
    # the point-of-trying-a-medicine filter gives way to the writer's own wish
    ("whats the point of trying another ssri, i dont want to live anymore", S),
    ("whats the point of trying another med. nothing has worked, why am i even here", R),
]
