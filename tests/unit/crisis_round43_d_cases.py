"""Round 43's overdose and medical emergencies told in clinical words, Spanish and English (helper d;
tests/unit/test_crisis_classes_by_round.py checks them, key 433): (1) a bystander with medical training
(a retired doctor, a nurse, a paramedic off duty, or a relative who is one) giving rescue breaths now
("respiracion de rescate", "boca a boca", "lo estoy ventilando", "bagging him") to a young person with
agonal, gasping or very slow breathing, pinpoint pupils or a respiratory rate of 4, who takes it for an
opioid overdose, no naloxone at hand: an overdose, though the profession is a study mark; (2) a blood
pressure of about 200 (or a reading over 115 below) after a Spravato or ketamine dose, at home later or
still at the clinic, with a terrible or the worst headache, blurred or double vision, chest pain,
confusion or slurred speech: a medical emergency. The look-alikes: a nursing or medical student asking
for agonal breathing to be explained for a class; a CPR course practising rescue breaths on a mannequin;
a blood pressure that rose a little during a session and came down; whether Spravato raises blood
pressure; a pressure of 200 years ago, controlled now. STILL_EMERGENCIES: the student's message with
someone gasping in front of the writer now. Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = [
    # 1. rescue breaths now for a likely opioid overdose, told by someone with medical training
    ("Soy médico jubilado, le estoy dando respiración de rescate a un chico con respiración agónica, probablemente opioides, no tenemos naloxona", O),
    ("Soy enfermera, estoy haciendo boca a boca a una joven que está boqueando, parece intoxicación por opiáceos, no hay naloxona", O),
    ("soy enfermero, el chaval tiene respiracion agonica, lo estoy ventilando, sin naloxona", O),
    ("soy paramedico fuera de servicio, le estoy dando ventilaciones a una muchacha con jadeos, sin naloxona a la mano", O),
    ("mi tia es enfermera jubilada y le esta haciendo respiracion boca a boca a mi primo, esta boqueando, creo que fueron opioides", O),
    ("enfermera aqui, estoy ventilando con ambu a un joven, fr de 4, pupilas puntiformes, no tenemos narcan", O),
    ("soy doctor retirado, el muchacho respira muy poco, le doy respiraciones de rescate, parece intox por opiaceos", O),
    ("soy enfermero, el muchacho tiene jadeos y respira muy poco, parece intoxicacion por opiaceos y no hay naloxona", O),
    ("I'm a nurse, bagging him now, agonal breathing, probable opioid tox, no narcan", O),
    ("retired physician here, pt approx 20yo, RR 4, pinpoint pupils, probable opioid tox, I'm giving rescue breaths, no naloxone available", O),
    ("ER nurse off duty, giving rescue breaths to a kid at the park, agonal resps, no narcan on me", O),
    ("I'm an EMT, doing mouth to mouth on a young guy, he's gasping, probably fentanyl", O),
    ("my mom is a nurse and she's bagging my brother right now, he's barely breathing, we think opioids", O),
    ("im a nurse my neighbor kid is gasping pinpoint pupils likely opioid tox im doing rescue breaths no narcan", O),
    # 2. a hypertensive crisis after a Spravato or ketamine dose, at home later or at the clinic
    ("Después del Spravato de la mañana ya estoy en casa: el aparato marca 215/118, la cabeza me va a estallar y veo borroso", M),
    ("la presion de mi madre esta en 200 despues del spravato y esta confundida", M),
    ("mi hija tuvo spravato hoy y ahora en la casa tiene la presion en 210, dice que ve borroso", M),
    ("la presion esta en 200/130 despues de la ketamina y tengo dolor de pecho", M),
    ("mi papa tuvo ketamina hoy, ahora la tension en 220 sobre 120, esta confundido", M),
    ("estoy en la clinica, despues de la dosis de esketamina me tomaron la presion 205/120 y tengo un dolor de cabeza insoportable", M),
    ("me tome la presion despues del spravato y me salio 198/121, tengo el peor dolor de cabeza de mi vida", M),
    ("my BP is 190 over 115 after spravato today and I have the worst headache of my life", M),
    ("after my ketamine infusion this afternoon, home now, blood pressure 205/125, blurry vision", M),
    ("my wife had spravato today, bp 220/125 now, she is slurring and confused", M),
    ("after my ketamine dose this morning my BP is 210 and i'm seeing double", M),
    ("still at the clinic after my dose, my bp is 200/120 and i have the worst headache", M),
]

LOOK_ALIKES = [
    # a student asking what agonal breathing is, for a class
    "soy estudiante de enfermeria, que es la respiracion agonica? lo vimos en clase de farmacologia",
    "I'm a nursing student, what does agonal breathing look like in an opioid overdose? for my exam",
    "nursing student here, can someone explain agonal breathing vs normal breathing for my pharm class",
    "estudiante de medicina, me pueden explicar la diferencia entre respiracion agonica y normal para mi examen",
    "soy enfermera y quisiera saber si la respiracion agonica es tipica de los opioides",
    # a pressure of 200 long ago, controlled now
    "my blood pressure was 200 years ago but it's controlled now with lisinopril, can I do spravato?",
    "hace años tuve la presion en 200 pero ahora esta controlada, puedo hacer ketamina?",
]

QUIET = [
    # a CPR course practising rescue breaths
    "en el curso de RCP estamos dando respiraciones de rescate al maniqui",
    "im taking a CPR class this weekend, we practice rescue breaths on a dummy",
    "how many rescue breaths do you give in CPR for an adult?",
    "cuantas respiraciones de rescate se dan en RCP a un adulto?",
    # a normal, monitored rise during the session, asked about
    "during my spravato session my blood pressure went up a bit to 150/95 and came back down, is that normal?",
    "my bp rose during the session and then came down after an hour, should I worry?",
    "la presion me subio un poco en la sesion y luego bajo, es normal?",
    # whether the treatment raises the pressure
    "does Spravato raise blood pressure?",
    "¿la ketamina sube la presión arterial?",
]

STILL_EMERGENCIES = [
    ("nursing student here, can someone explain agonal breathing, my roommate is gasping on the floor right now and we have no narcan", O),
    ("soy estudiante de enfermeria, que es la respiracion agonica? mi amigo esta boqueando frente a mi, creo que fentanilo", O),
]
