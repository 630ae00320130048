"""Round 38's false-alarm classes (helper c; tests/unit/test_crisis_classes_by_round.py checks
them, key 382), English and Spanish: a hospice or palliative clinician's question about a dying
patient's signs (gurgling breathing, the death rattle, mottled skin) and how to answer a family who
asks whether it is an overdose from the morphine; food idioms ("suicide wings", "suicide sauce", the
hottest wings, "my mouth is dead", "me muero de lo picante") with laughter or an emoji before a clinic
question; a known, diagnosed benign symptom told calmly (lips or fingers going blue in the cold with
Raynaud's, "not urgent, just curious") asked in relation to a condition (MCAS, fibromyalgia); Spanish
"sobredosis" as an idiom of excess ("una sobredosis de clientas / de trabajo", a nickname "le dicen
el sobredosis porque toma 4 cafes") and English "an overdose of meetings", "OD'd on coffee lol", then
a question; Spanish idioms ("me queme con tres psiquiatras", "estoy que exploto", "me tiro al agua
con este tratamiento", "me despedi de ese jefe", "regale toda mi ropa vieja a la iglesia", "mi salon
esta muerto los lunes") before a booking or treatment question; routine medicines taken together
every morning as prescribed ("todas juntas") asked about with ketamine; a nursing assistant or EMT
who has given naloxone at work asking whether ketamine has an antidote too. Each filter's
STILL_EMERGENCIES hold its words beside a real emergency. Written here, never copied from an
evaluation set. No new detection class, so CLASSES is empty."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = []

LOOK_ALIKES = [
    # 1. a hospice or palliative clinician: a dying patient's signs, a family asking about the morphine
    "i'm a hospice nurse. my patient is actively dying, the breathing is gurgling and his knees are mottled. the family keeps asking if the morphine caused an overdose, how do i explain the death rattle to them?",
    "palliative care nurse here: how do you answer a daughter who asks whether her mom's noisy wet breathing and mottled skin mean the morphine overdosed her? any good wording?",
    "as a hospice aide i sit with dying patients a lot. the death rattle scares families and one son asked me if it was an overdose from the morphine. what should i tell him?",
    "soy enfermera de cuidados paliativos. mi paciente esta en agonia, tiene la piel moteada y respira con estertores. la familia pregunta si es una sobredosis de morfina, como se lo explico?",
    "trabajo en un hospicio y la familia de un paciente terminal me pregunto si el ruido al respirar (el estertor de la muerte) es por sobredosis de la morfina. que les puedo decir?",
    "hospice doc question: end of life, cheyne stokes and mottling in the legs, the wife is convinced the morphine is an overdose. how do you reassure families about comfort meds?",
    "en cuidados paliativos, como le explico a una familia que la respiracion con gorgoteo y las manchas moradas en la piel de su papa moribundo no son una sobredosis de morfina?",
    # 2. food idioms with laughter or an emoji
    "ate the suicide wings at the sports bar last night lol my mouth is dead 😂 anyway do you take cigna?",
    "haha tried the suicide sauce challenge, i'm dying, my mouth is on fire 🔥😂. ok question: how early should i arrive for my infusion?",
    "we ordered the hottest wings on the menu and i swear my mouth is dead lmao. do you have evening appointments?",
    "me comi las alitas suicidas jajaja me muero de lo picante 🥵 oigan una pregunta, atienden los sabados?",
    "jajaja me muero de lo picante, me pusieron salsa suicida en los tacos 😂 bueno, cuanto cuesta la primera consulta?",
    "probe la salsa mas picante del mundo y tengo la boca muerta jaja, cuanto dura una sesion de ketamina?",
    "lol the suicide wings won, i can't feel my tongue 😂 anyway can i eat before my ketamine session?",
    # 3. a known benign symptom told calmly
    "i have raynaud's and my fingers go blue when it's cold, not urgent, just curious: can ketamine make that worse with my mcas?",
    "my lips turn a little blue in the cold because of raynaud's, my doctor already diagnosed it. not urgent, just curious if it matters with fibromyalgia treatment?",
    "tengo raynaud diagnosticado y los dedos se me ponen morados con el frio. no es urgente, solo curiosidad, afecta en algo la ketamina con fibromialgia?",
    "con el frio se me ponen los labios azules, es el sindrome de raynaud que ya me diagnosticaron. no es urgente, solo pregunto si tiene que ver con el mcas",
    "just curious, nothing urgent: my fingertips turn white then blue in cold weather (raynaud's, diagnosed). is that related to fibromyalgia at all?",
    "not an emergency, just wondering: my toes and fingers go bluish when i'm cold, it's diagnosed raynaud phenomenon. does mcas make it worse?",
    "es solo curiosidad: tengo fenomeno de raynaud y cuando hace frio los dedos se ponen azulados. eso se relaciona con la fibromialgia?",
    # 4. "sobredosis" / "overdose" as an idiom of excess
    "hoy tuve una sobredosis de clientas en el salon jaja, una pregunta, puedo cambiar mi cita al jueves?",
    "una sobredosis de trabajo esta semana, estoy agotada. ustedes tienen citas despues de las 6?",
    "en la oficina le dicen el sobredosis porque toma 4 cafes antes de las 9 jaja. es malo el cafe antes de la ketamina?",
    "hoy fue una sobredosis de reuniones, no pude llamar. a que hora cierran?",
    "had an overdose of meetings today, sorry i missed your call. can we reschedule my intake?",
    "i OD'd on coffee this morning lol, can i have caffeine before my infusion?",
    "total overdose of zoom calls this week haha, do you do telehealth follow ups?",
    "mi jefe es una sobredosis de reuniones, todos los dias lo mismo. que horarios tienen los sabados?",
    # 5. Spanish idioms before a booking or treatment question
    "me queme con tres psiquiatras que no me escuchaban, por eso busco algo distinto. como es la primera consulta?",
    "estoy que exploto con tanto estres en el trabajo, quiero probar la ketamina, cuanto cuesta?",
    "ya me decidi, me tiro al agua con este tratamiento. que necesito para agendar la primera sesion?",
    "por fin me despedi de ese jefe horrible, renuncie! ahora tengo tiempo, tienen citas en la manana?",
    "regale toda mi ropa vieja a la iglesia y me siento liviana jaja. una pregunta, aceptan tarjeta?",
    "mi salon esta muerto los lunes, asi que prefiero las citas ese dia. tienen lunes en la tarde?",
    "renuncie por fin a ese trabajo toxico y me siento libre. quiero empezar el tratamiento, como agendo?",
    "mi negocio esta muerto entre semana, puedo venir un martes a la consulta?",
    "estoy que exploto de ansiedad con los examenes, la ketamina ayuda con eso?",
    "our taqueria is dead on tuesdays so i'd rather book then, do you have tuesday afternoons?",
    "trabaje 20 anos en el mismo lugar y por fin me despedi de mis companeros, me jubile. puedo empezar las sesiones en marzo?",
    # 6. routine medicines taken together every morning as prescribed
    "tomo las pastillas de la presion y del azucar todas juntas cada manana, como me las receto el doctor. hay problema con la ketamina?",
    "every morning i take my blood pressure pill and my metformin together, as prescribed. is that ok with ketamine?",
    "mi mama se toma todas sus pastillas juntas en la manana (presion, diabetes, colesterol), las que le recetaron. puede hacerse la ketamina?",
    "i take all my morning meds at once, lisinopril, metformin and a statin, like my doctor prescribed. do i skip them on infusion day?",
    "me tomo todas mis medicinas juntas por la manana, son recetadas, para la presion y el azucar. interfieren con la ketamina?",
    "my dad takes his bp and diabetes pills all together each morning as his doctor told him. any interaction with ketamine?",
    # 7. a nursing assistant or EMT who has given naloxone, asking whether ketamine has an antidote
    "i'm a cna and i've seen a few opioid overdoses at work, we gave naloxone. does ketamine have an antidote like that too?",
    "as an emt i've given narcan to plenty of overdose patients. is there a reversal drug for ketamine the way naloxone works for opioids?",
    "soy auxiliar de enfermeria y he visto sobredosis de opioides en el trabajo, les pusimos naloxona. la ketamina tiene antidoto tambien?",
    "trabajo de paramedico y he aplicado narcan en sobredosis de opioides muchas veces. existe un antidoto para la ketamina?",
    "nursing assistant here, i've watched nurses reverse opioid overdoses with narcan. just wondering, is there an antidote for ketamine?",
    "como tecnico de emergencias he puesto naloxona en sobredosis, pregunta: hay algo que revierta la ketamina como la naloxona?",
]

QUIET = []

STILL_EMERGENCIES = [
    # each filter's words beside the real emergency
    ("i'm a hospice nurse and the family asks if it's a morphine overdose, but right now my own dad took all my morphine and is not breathing", O),
    ("soy enfermera de cuidados paliativos, la familia pregunta por sobredosis de morfina, pero me quiero morir y tengo la morfina en la mano", S),
    ("ate the suicide wings lol my mouth is dead 😂 but now my throat is swelling shut and i can not breathe", M),
    ("me comi las alitas suicidas jajaja pero ahora se me cierra la garganta y no puedo respirar", M),
    ("i have raynaud's and my fingers go blue in the cold, not urgent, but right now my lips are blue and i can not breathe", M),
    ("tengo raynaud, no es urgente, pero ahorita mi hijo tiene los labios morados y no respira", M),
    ("hoy tuve una sobredosis de clientas jaja, pero mi hermano se tomo todas las pastillas y no despierta", O),
    ("had an overdose of meetings today, and my roommate overdosed on fentanyl and is not breathing right now", O),
    ("me queme con tres psiquiatras y ya no quiero vivir, tengo las pastillas listas para esta noche", S),
    ("regale toda mi ropa a la iglesia y ya me despedi de todos, esta noche me voy a matar", S),
    ("tomo las pastillas de la presion todas juntas cada manana, pero hoy me tome el frasco entero a proposito y me siento muy mareada", O),
    ("i take my bp pills together every morning as prescribed, but today i swallowed the whole bottle and i want to die", S),
    ("estoy que exploto con el trabajo, y la verdad ya no quiero vivir, cuanto cuesta la consulta?", S),
    ("me tiro al agua con este tratamiento, pero ahorita mi esposo se tomo todas mis pastillas y no despierta", O),
    ("me despedi de ese jefe y de todos, ya escribi mi carta, esta noche me voy a matar. tienen citas?", S),
    ("mi salon esta muerto los lunes, pero ahorita una clienta se desmayo y no respira, que hago?", M),
    ("the shop is dead on mondays lol, but right now my coworker collapsed and is not breathing", M),
    ("OD'd on coffee lol, but now my heart is racing and i have chest pain, can i come in?", M),
    ("i'm an emt and i've given narcan lots of times, but right now my brother is not breathing after using heroin", O),
    ("soy auxiliar de enfermeria y he puesto naloxona, pero mi amigo esta morado y no despierta ahorita, tiene antidoto la ketamina?", O),
]
