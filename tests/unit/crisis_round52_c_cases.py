"""Round 52's Spanish emergencies told by a bystander or telegraphically (helper c; tests/unit/test_crisis_classes_by_round.py
checks them, key 522). Classes the detector missed, each now read through round 52 (c)'s families in phrases.py:
(1) a friend or a relative on the floor, not waking, not reacting or not answering, after taking pills bought online,
on Instagram, Snapchat or WhatsApp, on the street or from a dealer, or pills told as fake ("percos de la calle",
"pastillas de internet", "xanax falsas", "una m30 del insta"): an overdose (STREET_PILLS_SOMEONE_DOWN_52C); patterns.py
keeps the naloxone steps for such pills (OVERDOSE_KIND "overdose", fentanyl possible), even where a benzodiazepine
is named; round 39's exception of diet pills bought online (Poison Help) stands, and a platform named for a
challenge seen there is no source; "no vuelve en si" is no farewell any more;
(2) a very high blood pressure reading (about 180 or more, or a lower number of 110 or more) with the worst, a
bursting or an unbearable headache or with blurred or clouded sight, after a Spravato or ketamine dose, at home or
after the visit, told with "por", "x", "la alta / la baja", dictated numbers or "me estalla la cabeza": medical
(BP_CRISIS_AFTER_DOSE_52C; round 40 (f)'s filter of a clinic giving a treatment gives way to such a reading);
(3) a fall told briefly and telegraphically (a deaf writer, short Spanish, dictation, Spanglish): a father or a
grandmother fell, the head bleeds and he does not talk, does not answer or is confused: medical
(FELL_HEAD_BLEEDING_SILENT_52C).
False alarms ruled out by round 52 (c)'s filters in patterns.py (LOOK_ALIKES): a very high reading asked about in a
condition ("si la presion me sube a ..., que hago?"), a very high reading told as before with the pressure well
now, and a fall with a knock on the head told as last year's or months ago and over. Each gives way to the danger
told now (review R's _DANGER_TOLD_50R, a reading or a sign told now, a fall again today): STILL_EMERGENCIES.
QUIET holds the families' neighbours: a normal reading, a question about pressure in general, pills bought online
asked about with no one ill, a fall of last year, the phone not answered.
Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

_STREET_PILLS_DOWN = [
    ("mi tio tomo unos percos de la calle y esta tirado sin responder", O),
    ("mi roommate tomo pastillas de internet y esta en el suelo, no me responde, le hablo y nada", O),
    ("mi novia se tomo una pastilla que le vendieron en instagram y no se despierta, esta tirada en el cuarto", O),
    ("mi amigo se tomo una m30 que compro en el insta, esta privado en el piso", O),
    ("se tomo unas xanax falsas que compro en el insta y esta botado en el piso sin reaccionar", O),
    ("compro unas pastis por instagram, se tomo una y esta tirado en el suelo, no vuelve en si", O),
    ("amiga tirada en el bano no despierta tomo pastilla de instagram", O),
    ("mi hijo se tomo una pastilla que le vendieron en el insta, esta en el piso, no respira bien y no despierta", O),
    ("mi hijo tomo pastillas que compro en el instagram y esta tirado en el suelo sin contestar", O),
    ("AYUDA MI HERMANO TOMO PERCOCET DE LA CALLE Y ESTA EN EL PISO NO DESPIERTA", O),
    ("mi primo se metio unas blues que le vendio un dealer, lo encontre en el piso y no reacciona", O),
    ("my cousin se tomo unas pills que compro online y ahora esta on the floor, no wake up", O),
    ("mi sobrina pidio unas pastillas para dormir por internet, se tomo dos y la encontre en el suelo inconsciente", O),
    ("mi pana se tomo un perco pirata que consiguio en la esquina y esta desmayado en el piso", O),
    ("mi esposo tomo unas oxys que compro por snapchat, esta tirado y no lo puedo despertar", O),
    ("la chica que vive conmigo se tomo unas pastillas chuecas de la calle, esta en el bano tirada y no me responde", O),
    ("ayudenme porfa, mi amigo tomo una pastilla que compro por whatsapp y esta en el piso sin moverse", O),
    ("mi hijo de 16 se tomo unos xanax que compro en snap, esta en el piso y no abre los ojos", O),
    ("mi hermana se tomo unas pastillas falsas de internet para la ansiedad y esta en el suelo, no reacciona", O),
    ("encontre a mi amigo tirado en el piso, se habia tomado unos percs de la calle, no despierta por mas que le grito", O),
    ("mi tio esta botao en el piso, no responde, tomo unas pastillas que le vendieron en la calle", O),
    ("mi compañero de cuarto se tomó una pastilla que compró en tiktok y está en el suelo, le hablo y no contesta", O),
]
_BP_AFTER_DOSE = [
    ("despues de mi tratamiento en la clinica hoy la presion me dio 200/120 y tengo el peor dolor de cabeza de mi vida", M),
    ("me pusieron el spray nasal esta manana, ahora en la casa la tension esta en 210 y me estalla la cabeza", M),
    ("la alta en 205 y la baja en 120 despues del spravato, me revienta la cabeza", M),
    ("despues de la ketamina tengo 200 por 120 de presion y se me nubla la vista", M),
    ("hoy fue mi dosis de spravato. en la casa me tome la presion: 198 x 122. siento que me va a explotar la cabeza", M),
    ("PRESION 210 SOBRE 125 DESPUES DE LA KETAMINA. LA CABEZA ME ESTALLA", M),
    ("mi mama llego de su sesion de spravato, la presion le dio doscientos sobre ciento veinte y dice que ve todo nublado", M),
    ("acabo de llegar de la clinica, presion en 215/118, dolor de cabeza insoportable, me dieron esketamina hoy", M),
    ("la maquina de la presion marca 200 con 125, hoy me toco el spravato, se me esta nublando la vista", M),
    ("my presion esta en 200 por 120 after the spravato y tengo un headache horrible", M),
    ("despues de la infusion de ketamina mi esposo tiene la presion en 220 y dice que le va a reventar la cabeza", M),
    ("tension arterial 205/121 tras la dosis de esketamina, veo lucecitas y me duele la cabeza horrible", M),
    ("salimos de la consulta del spravato y en el carro mi papa dice que no ve bien, le tomamos la presion y esta en 210 con 120", M),
    ("presion 200-120 post ketamina, el peor dolor de cabeza que he sentido", M),
    ("la alta me salio en 208 despues de mi sesion, tengo la vista borrosa y la cabeza me late horrible", M),
]
_FALL_HEAD_TELEGRAPHIC = [
    ("papa se cayo. cabeza sangra. no habla", M),
    ("papa caer. cabeza sangre. no hablar. ayuda", M),
    ("mi papa cayo en el bano, sangre en la cabeza, no habla", M),
    ("papa se cayo sangra cabeza no dice nada", M),
    ("mi padre caida. cabeza sangre. confundido", M),
    ("abuelo se cayo escalera. sangre cabeza. no me habla", M),
    ("mi abuela se cayo y le sale sangre de la cabeza y no me contesta", M),
    ("abuela caida sangre cabeza no habla help", M),
    ("papi se cayo, sangre en la cabeza, esta como perdido, no habla", M),
    ("grandma fell, cabeza sangrando, no habla", M),
    ("papa cayo calle. cabeza sangre. no habla. yo sorda no puedo llamar", M),
    ("Abuela se cayó. Sangra cabeza. Confundida. No sabe quien soy", M),
    ("mi abuela se cayo de la cama, sangre por la cabeza, esta desorientada", M),
    ("SOY SORDO. MI PAPA SE CALLO EN LA COCINA. LA CABEZA ABIERTA. NO CONTESTA", M),
    ("abuelita se resbalo bano frente sangrando no responde", M),
    ("mi papa se tropezo en la escalera coma tiene la cabeza sangrando y no me habla punto", M),
]
CLASSES = _STREET_PILLS_DOWN + _BP_AFTER_DOSE + _FALL_HEAD_TELEGRAPHIC

LOOK_ALIKES = [
    # a very high reading asked about in a condition
    "si la presion me sube a 200/120 despues del spravato que debo hacer?",
    "si despues de la ketamina la presion llega a 190/115, que hago? voy a la emergencia?",
    "en caso de que la tension me suba a 200 sobre 120 en casa despues del spravato, a quien llamo?",
    "pregunta: si mi mama tiene 195/118 despues de su dosis, que hacemos? llamamos al 911 o a ustedes?",
    # a very high reading told as before, the pressure well now
    "la presion de mi mama antes era 200/120 pero ahora con pastillas esta bien, puede usar spravato?",
    "hace dos anos llego a 210/120, ahora la tengo controlada con losartan. puedo empezar spravato?",
    "mi esposo tenia 190/115 el ano pasado, ya esta controlado con medicina, le afecta la ketamina?",
    # a fall with a knock on the head told as last year's or months ago, and over
    "mi abuela se cayo el ano pasado y se golpeo la cabeza, estuvo confundida unos dias pero ya se recupero",
    "mi papa se cayo hace tres meses, se pego en la cabeza y estuvo desorientado, ahora esta bien. aceptan medicare?",
]

QUIET = [
    "mi papa se cayo el año pasado y se golpeo la cabeza, le salio mucha sangre, ahora esta bien. puede hacer el tratamiento?",
    "compre unas pastillas por internet para dormir, son seguras con el spravato?",
    "mi amigo compra percocet en la calle, como le puedo ayudar a dejarlo?",
    "vi en instagram que venden pastillas falsas con fentanilo, es verdad que pueden matar?",
    "mi hijo compro unas pastillas por internet y no me contesta el telefono desde ayer",
    "mi papa se cayo en el trabajo y no me contesta el telefono, estoy preocupada",
    "mi presion despues del spravato fue 130/85, es normal?",
    "es normal que suba la presion con el spravato? a mi me llega a 150/90",
    "a cuanto puede subir la presion con la ketamina? me preocupa porque tengo hipertension",
    "me tome la presion despues de la ketamina y estaba en 125/80, me duele un poco la cabeza nada mas",
    "tengo dolor de cabeza despues del spravato, es normal? la presion esta en 135/85",
    "mi papa se cayo de la bicicleta, se raspo la rodilla, esta bien y hablando",
    "se me cayo el telefono y se rompio la pantalla, mi papa no me contesta",
    "pastillas compradas por internet son peligrosas? mi primo las toma para la ansiedad",
    "mi hermano se toma pastillas que compra por internet para la ansiedad, le pueden dar ketamina?",
    "mi tio tomaba percocet de la calle hace años, ahora quiere tratamiento, ustedes lo aceptan?",
    "cuanto es lo maximo de presion para recibir el spravato? me dijeron que la alta no puede pasar de 180 antes de la dosis",
    "la dosis maxima de sertralina es de 200 mg? mi doctor me la subio y tengo cita el lunes",
    "mi abuela no habla ingles, se cayo en la casa pero esta bien, necesitan interprete en la cita?",
    "mi hijo compro unas pastillas en la calle, lo encontre con ellas en el cuarto y no me habla, como hablo con el?",
]

STILL_EMERGENCIES = [
    ("si la presion sigue en 200/120 despues del spravato y me estalla la cabeza, que hago?", M),
    ("si la presion baja de 200/120 me quedo en casa, pero ahorita tengo 210/125 despues del spravato y veo borroso, que hago?", M),
    ("la presion antes era 200/120 y ahora con pastillas estaba bien pero hoy despues del spravato esta en 210 y veo borroso", M),
    ("mi abuela se cayo el ano pasado y ya se recupero, pero hoy se volvio a caer, sangra de la cabeza y no habla", M),
    ("mi papa se cayo hace dos meses y ya esta bien. ahorita se cayo otra vez en el bano, le sangra la cabeza y no responde", M),
    ("despues de mi tratamiento en la clinica hoy la presion me dio 200/120 y tengo el peor dolor de cabeza de mi vida", M),
]

OVERDOSE_KIND = [(text, "overdose") for text, _ in _STREET_PILLS_DOWN] + [
    ("mi tia se tomo unas pastillas para bajar de peso de internet y esta en el piso sin responder", "poisoning"),
    # (a platform named for a challenge seen there, not for where the pills came from: the medicine's own kind)
    ("mi sobrino se trago un monton de pastillas de benadryl por un challenge que vio en tiktok, esta alucinando y con el corazon acelerado", "poisoning"),
]

NOT_RULED_OUT = []
