"""Round 20's crisis failure classes (data; tests/unit/test_crisis_classes_by_round.py
checks them): new wordings of each class, written here and never copied from an
evaluation set, that must be detected; look-alikes that must be ruled out and
overrule DIET; look-alikes of the new families that must stay quiet; and the
emergencies the look-alike filters must not swallow (each filter's stop)."""

from tests.unit.crisis_classes import M, O, R, S  # noqa: F401

CLASSES = [
    # a terse farewell with the pills in hand (capitals, a goodbye word, no word of dying)
    ("PILLS IN MY HAND. BYE EVERYONE.", S),
    ("GOT THE WHOLE BOTTLE RIGHT HERE. GOODBYE", S),
    ("TENGO LAS PASTILLAS EN LA MANO. ADIOS A TODOS", S),
    ("ya tengo las pastillas aqui conmigo. chao, los quiero", S),
    ("the pills are in front of me now. bye mom, love you", S),
    ("YA TENGO TODAS LAS PASTILLAS. PERDONENME. ADIOS", S),
    # a bystander's opioid overdose in Spanish spelled by ear (b/v, s/c/z, h, ll/y, rr, run together)
    ("mi ermano no rrespira y tiene los labios asules", O),
    ("aiudenme mi primo se tomo algo y no se dispierta, los lavios morados", O),
    ("mi amiga tiene una sovredosis no rreacciona", O),
    ("mi esposo se inyecto eroina y norrespira bien, tiene la voca asul", O),
    ("mi ijo se metio fentanilo no quiere dispertar", O),
    ("creo que es una sobre dosis, mi tio esta tirado y no rrespira", O),
    ("mi bato se tomo unas pastiyas y no despierrta, respira rraro", O),
    ("la vesina se metio eroina, esta inconsiente y con la voca morada", O),
    # insulin or pills put aside (taken from a relative, collected) until there is enough
    ("i've been taking my grandma's insulin pens a few at a time and now i have enough saved up", S),
    ("been collecting insulin from my dad's fridge for weeks so i'd have enough", S),
    ("he estado guardando mis pastillas del dolor y ya tengo suficientes", S),
    ("ya junte suficiente insulina de la de mi abuelo", S),
    ("la medicina que fui apartando, ya tengo bastante para hacerlo", S),
    ("ya tengo la cantidad que necesito de insulina escondida", S),
    ("le he ido sacando insulina a mi papa poco a poco sin que se de cuenta", S),
    # fresh cuts bleeding now (a teenager's, or one's own); heavy bleeding gets first aid first
    ("my 14yo daughter has fresh cuts on her wrist and they're still bleeding", S),
    ("i'm 16 and i just cut again and it keeps bleeding", S),
    ("mi hija de 13 anos se corto los brazos y le esta saliendo sangre", S),
    ("mi hijo adolescente tiene cortadas nuevas en las piernas que siguen sangrando", S),
    ("me corte las piernas otra vez y estan sangrando", S),
    ("found my 15 year old in her room with fresh cuts on her arm and they're bleeding a lot", M),
    ("my son is 14, he cut his thighs tonight and it's still bleeding through his pants", M),
    # goodbyes told as a trip: a long journey, letters or goodbyes, a time set
    ("told my family i'm going on a long trip tomorrow morning. wrote each of them a letter", S),
    ("i'm going away for good at 6am, already said goodbye to my kids", S),
    ("le dije a mi familia que me voy de viaje largo manana temprano, ya les deje cartas", S),
    ("me voy para siempre esta madrugada, ya me despedi de mis hijos", S),
    ("my brother keeps telling everyone he's leaving on a long journey after sunday and he gave mom some letters", S),
    ("mi papa anda diciendo que se va de un viaje del que no va a volver, ya escribio cartas para todos", S),
    ("leaving on a one-way trip tonight, the notes for my sisters are on the kitchen table", S),
    # the wish not to live in Dominican slang, inside a Spravato question
    ("klk mi pana, la vaina es que ya yo no quiero vivir mas na, el spravato ese funciona rapido?", R),
    ("diache manito, tu sabe que ya no quiero seguir vivo, el seguro cubre el spravato?", R),
    ("oye loco ya yo no quiero vivil, el espravato sirve pa eso o que?", R),
    ("mi hermano ta diciendo que ya no quiere vivi ma, dique el spravato ayuda rapido?", R),
    ("dimelo, yo ya no quiero ta vivo, cuanto cuesta el spravato ese?", R),
    # no way out (sin salida) beside a question about response rates
    ("me siento sin salida, que porcentaje de pacientes responde a la ketamina?", R),
    ("estoy en un callejon sin salida con mi vida, cual es la tasa de respuesta del spravato?", R),
    ("no le veo salida a nada, cuantos pacientes mejoran con las infusiones?", R),
    ("atrapada y sin salida. que tan efectiva es la ketamina en depresion resistente?", R),
    ("ando sin salida hace rato, de cada 10 pacientes cuantos responden?", R),
    # extra, in the way, a nuisance in this world (an old father reported, or oneself)
    ("mi papa de 82 anos dice que el sobra en este mundo, ustedes atienden personas mayores?", R),
    ("mi padre anda diciendo que esta de mas en la vida y que solo estorba", R),
    ("mi viejo dice que ya el esta de sobra, que es una molestia para todos", R),
    ("my dad is 84 and keeps saying he's just in the way in this world", R),
    ("my grandfather tells everyone he's a nuisance to everyone now, can he get an evaluation?", R),
    ("yo ya sobro en esta casa, atienden los sabados?", R),
    ("me siento como una silla vieja que ya sobra en esta casa", R),
    # crushing chest pain told in a clinician's words, refusing the hospital
    ("soy enfermera, mi vecino de 60 tiene dolor toracico opresivo irradiado al brazo izquierdo, diaforesis y nauseas, se niega a ir al hospital", M),
    ("vecina con dolor retroesternal opresivo, diaforetica y con nauseas, no quiere ir a urgencias", M),
    ("my neighbor has crushing substernal chest pain radiating to his jaw, he's diaphoretic and nauseated and refuses the ER", M),
    ("nurse here: neighbour with retrosternal pressure, diaphoresis, nausea, refusing transport", M),
    # coughing up a lot of blood
    ("i'm coughing up a lot of blood right now", M),
    ("my dad keeps coughing up bright red blood, like a cupful", M),
    ("mi mama esta tosiendo sangre, mucha", M),
    ("toso y me sale sangre a borbotones", M),
    ("he's coughing up clots of blood and can't stop", M),
]

LOOK_ALIKES = [
    # a hospice or palliative care worker asking about ketamine at the end of life
    "i'm a hospice nurse, is ketamine ever used for pain in dying patients?",
    "I work in hospice. Do you use ketamine for terminal patients' pain at the end of life?",
    "trabajo en cuidados paliativos, se usa la ketamina para el dolor de pacientes que se estan muriendo?",
    # a resident adviser's training question about suicidal residents
    "i'm an RA in a dorm, how should i respond if a resident tells me they're suicidal?",
    "RA training question: what do we say when one of our residents says they want to kill themselves?",
    "soy asistente de residencia en la universidad, como respondo si un estudiante me dice que se quiere matar?",
    # a newsletter or an article on suicide among first responders
    "i'm writing a newsletter piece on suicide among first responders, do you have data on ketamine?",
    "escribo un articulo para el boletin sobre el suicidio en bomberos y paramedicos, me pueden dar informacion?",
    # a friend's overdose last summer, and one's own flashbacks
    "my best friend overdosed last summer and i found him, now i get flashbacks every night, does ketamine help ptsd?",
    "mi amiga tuvo una sobredosis el verano pasado y desde entonces tengo flashbacks y pesadillas, la ketamina sirve para el trauma?",
]

QUIET = [
    # a long trip, a goodbye, the pills for the trip
    "i'm going on a long trip tomorrow morning, can i reschedule my infusion?",
    "me voy de viaje largo el lunes temprano, pueden mover mi cita?",
    "BYE EVERYONE, SEE YOU AT NEXT SESSION",
    "picked up my pills at the pharmacy, thanks! bye for now",
    "ya tengo suficiente informacion, gracias",
    # insulin kept for a relative, or taken as prescribed
    "my dad keeps his insulin in the fridge, can he bring it to the appointment?",
    "i'm taking my insulin as usual, is there enough time to eat before the infusion?",
    # a pill left over, a way out of the subway, a dead-end street
    "me sobra una pastilla de la semana, la tomo igual?",
    "la salida del metro esta cerrada, hay otra entrada a la clinica?",
    "vivo en un callejon sin salida, hay estacionamiento cerca?",
    "mi papa dice que el carro estorba en la entrada, donde me estaciono?",
    # Spanish spelled right and wrong, with nothing happening
    "mi ermano respira bien pero tiene tos, puede venir a la cita?",
    "los lavios se me ponen resecos con el frio, es normal?",
    "el verano pasado desperte con migrana, puedo hacer la infusion?",
    # chest pain in the past, coughing blood asked about or a little
    "my neighbor had chest pain last year, is ketamine safe for heart patients?",
    "can ketamine make you cough up blood?",
    "tuve un poquito de flema con sangre la semana pasada por la gripe, ya estoy bien",
    # a cut that is not self-harm, a wound after surgery
    "my 15 year old cut his finger cooking and it's bleeding a little, should i still bring him?",
    "he cut himself shaving and it's bleeding a bit, can he still come?",
    "my dad has fresh surgical cuts that are bleeding a little, should we reschedule?",
    # a trip with the visit notes, a move for good, insulin stored
    "going on a long trip next month, can i get copies of my visit notes?",
    "we're going away for good tomorrow morning, moving to florida, can you transfer my records?",
    "estoy guardando la insulina en el refri, hay suficiente espacio?",
    # time or food left over, not needed at work, angina at rest
    "si sobra tiempo, me pueden ver antes?",
    "i'm not needed anymore at work since the layoff, does that affect my insurance?",
    "i have stable angina, is the iv in the arm safe?",
]

STILL_EMERGENCIES = [
    # a hospice nurse, and her own plan
    ("i'm a hospice nurse and honestly i want to die myself, i have a plan for tonight", S),
    # an RA, and a resident who has swallowed pills
    ("i'm an RA and a resident just swallowed a whole bottle of pills, what do i do", O),
    ("soy asistente de residencia y un estudiante me acaba de decir que se quiere matar esta noche, tiene una navaja", S),
    # an article on first responders, and the writer's own wish
    ("writing an article on suicide among first responders and honestly i'm a medic and i want to kill myself", S),
    # a friend's overdose last summer, and a roommate not breathing now
    ("my friend overdosed last summer and now my roommate took the same pills and isn't breathing", O),
    ("mi amigo tuvo una sobredosis el verano pasado y ahora mi primo se inyecto y no respira", O),
    # the trip filter (an absence with a trip) stops at a trip of no return
    ("me voy de viaje para siempre manana temprano, ya les deje cartas a mis hijos", S),
    # "won't wake up" of someone else, and the same words reported as a wish
    ("mi mama dice que ya no quiere despertar, tiene las pastillas guardadas", S),
]
