"""Round 27's crisis failure classes (data; tests/unit/test_crisis_classes_by_round.py
checks them): new wordings of each class, written here and never copied from an
evaluation set, that must be detected; look-alikes that must be ruled out and
overrule DIET; look-alikes of the new families that must stay quiet; and the
emergencies the look-alike filters must not swallow (each filter's stop)."""

from tests.unit.crisis_classes import M, O, R, S  # noqa: F401

CLASSES = [
    # overdose: a clinician's shorthand report, an empty benzodiazepine bottle, a low RR and GCS
    ("pt in rm 12 found w/ empty lorazepam bottle filled 3 days ago, rr 6, gcs 8, charge nurse not picking up", O),
    ("resident found next to an empty clonazepam bottle dispensed monday, resp rate 7, gcs 9, cant reach the supervisor", O),
    # overdose: a pesticide or poison swallowed, formal register
    ("respected sir, my father aged 72 has consumed around 50 ml of pesticide from the garden, he is vomiting and sweating, kindly advise urgently", O),
    ("my mother has consumed rat poison by mistake this morning, she is sweating heavily. kindly advise", O),
    ("mi abuelo se tomo un veneno para las plagas del jardin y esta vomitando", O),
    # overdose: "is it normal to feel this sleepy" after a count of a prescription drug and alcohol
    ("is it normal to feel this drowsy? i took 25 of my gabapentin with a bottle of wine, i just wanted the pain to stop", O),
    ("es normal tener tanto sueno? me tome 20 pregabalinas con cerveza, solo queria que se fuera el dolor", O),
    # overdose: a one-word message naming an overdose drug or word
    ("fentanilo", O),
    ("xylazine?", O),
    ("narcan", O),
    ("naloxona", O),
    ("sobredosis", O),
    ("overdose!!", O),
    # overdose: accidental, no drug named, "i don't want to die" must not cancel it
    ("i do not want to die, i took too many by accident, my heart is pounding", O),
    ("no me quiero morir, me tome demasiadas sin querer y el corazon me late rapidisimo", O),
    # overdose: formal Spanish, a spouse with an undetermined amount of benzodiazepine and wine
    ("mi marido ha ingerido una cantidad indeterminada de alprazolam con vino y no consigo despertarlo", O),
    ("mi esposa ingirio una cantidad desconocida de diazepam junto con alcohol, respira muy despacio", O),
    # overdose: very short Spanish third person with the definite article
    ("mi hermano se tomo las pastillas", O),
    ("creo que mi vecino se tomo las pastillas", O),
    ("mi mama se tomo todas las pastillas", O),
    # overdose: antihistamine pills for a challenge, hallucinating, racing heart
    ("mi sobrina se tomo un monton de difenhidramina por un reto de instagram y ve cosas raras", O),
    ("mi hija tomo un monton de difenhidramina por un challenge, ve cosas y el corazon le va a mil", O),
    ("my son took a bunch of benadryl for some tiktok challenge, now he is seeing things and his heart is racing", O),
    # self-harm: a coworker will drive his vehicle off an overpass after his shift
    ("a guy at work told me he is going to drive his truck off the overpass after his shift, he showed me where, he seemed calm", S),
    ("mi companero dijo que va a tirar el carro del puente saliendo del turno, me enseno el lugar", S),
    # self-harm: a friend's group-chat farewell, deleting accounts, the pet, location off, pills
    ("my friend sent the group chat 'love you all', deleted all her accounts, asked us to look after her cat and turned off her location, her mom's pills are at home", S),
    ("mi amiga nos escribio 'los quiero a todos, cuiden a mi perro', borro todas sus redes y apago la ubicacion", S),
    # self-harm: postpartum, the painkillers in hand now
    ("acabo de tener a mi bebe y pense en tomarme todos los calmantes que me dio el hospital, ya los tengo en la mano, dios me va a castigar", S),
    ("just had my baby and i'm thinking of taking all the pain pills from the hospital, i have them in my hand right now", S),
    # self-harm: a farewell to the clinician, not here tomorrow and thanks for everything
    ("doctora, manana ya no voy a estar, gracias por todo lo que hizo por mi", S),
    ("manana ya no voy a estar, mil gracias por todo doctor", S),
    # possible risk: sat in a parking lot, easy to just not go home at all
    ("sat in the parking lot thinking how easy it would be to just not go home at all. not planning anything. do you treat ptsd?", R),
    ("estuve en el estacionamiento pensando que facil seria no volver a casa nunca, no planeo nada. atienden ansiedad?", R),
    # possible risk: a relative keeps saying God should take her already
    ("my grandma keeps saying god should just take her already, she is so tired", R),
    ("mi mama dice que dios ya se la deberia llevar, que esta cansada", R),
    # possible risk: treatments failed, easier to just stop trying altogether
    ("do you take aetna? nothing has worked and honestly it would be easier to just stop trying altogether", R),
    # possible risk: a lonely client keeps asking what happens when you die
    ("my patient at the nursing home is depressed and lonely and she keeps asking me what happens when you die", R),
    ("cuido a una senora sola y deprimida que me pregunta todo el tiempo si duele morirse", R),
    # possible risk: grief, wanting to go with the dead child
    ("desde que murio mi esposo solo quiero irme con el", R),
    ("desde que murio mi hija solo quiero irme con ella", R),
    ("since my son died all i want is to go be with him", R),
    # possible risk: formal hopelessness
    ("siento una desesperanza absoluta y no encuentro motivo para continuar", R),
    ("vivo con desesperanza total, no veo razon para seguir", R),
    # possible risk: ketamine as the last hope
    ("si la ketamina no me sirve ya no pienso seguir viviendo", R),
    ("if ketamine does not work for me i am not going to keep living", R),
    # possible risk: the wish to fall asleep and not get up
    ("aceptan cigna? ultimamente tengo ganas de dormirme y no despertar", R),
    ("tengo ganas de acostarme y no levantarme nunca mas, cubren las infusiones?", R),
    # medical: a crash after a dose, neck hurt, head bleeding
    ("crashed my car on the way home from my treatment, my head is bleeding and my neck hurts bad", M),
    ("choque el carro despues de la sesion, me duele el cuello y me sangra la cabeza", M),
    # medical: an elderly person fell, cannot get up, leg twisted
    ("mi abuela se cayo y no se puede levantar, tiene la pierna torcida rara y grita del dolor", M),
    ("my grandpa fell and can't get up, his leg is turned out at a weird angle", M),
    # medical: formal stroke signs
    ("mi padre presenta de forma subita dificultad para hablar y debilidad en el brazo desde hace unos minutos", M),
    ("mi esposo de repente no puede hablar bien y tiene debilidad en la pierna izquierda", M),
    # medical: an elderly neighbour not seen, a smell of gas
    ("no he visto a mi vecina mayor en dos dias y huele a gas en el pasillo", M),
    ("haven't seen my elderly neighbor since tuesday and there's a gas smell in the hallway", M),
]

LOOK_ALIKES = [
    # hyperbole about a school project, with an emoji
    "this capstone is gonna make me jump off the parking garage roof lmao 😭",
    "este proyecto de la escuela me va a hacer tirarme del techo jajaja",
    # a sermon about suicide, resources for churches
    "writing a homily on depression and suicide for sunday, any materials you'd recommend for a parish?",
    "en la homilia de hoy el cura hablo sobre el suicidio, ustedes dan charlas para familias?",
    # a gaming idiom
    "that raid was a total suicide mission lol. can i book for thursday?",
    # recreation
    "we're going cliff jumping this weekend!! can i move my appointment?",
    "vamos a tirarnos de un acantilado al mar este finde con mis amigos!! puedo cambiar la cita?",
    # fiction
    "en la telenovela el esposo se tira por un barranco y luego resulta que esta vivo",
    # a safety question about a drug
    "es verdad que el fentanilo pasa por la piel con solo tocarlo? salio en el noticiero",
    "a partir de cuantos tylenol ya es una sobredosis? los uso para la artritis y quiero tener cuidado",
]

QUIET = [
    # recovered third person, asking about prevention
    "my daughter had postpartum depression with thoughts of hurting herself, she was treated and is fine now, she is pregnant again. how can we prevent it?",
    # a past overdose of a parent, admired survivor
    "my mom raised us alone after my dad's overdose when i was six, she is my hero. do you do sgb?",
    # an old grandfather accepting death, happy, wants knee treatment
    "mi abuela de 90 anda contenta y sana, dice que esta lista para irse con dios cuando le llegue la hora, le interesa lo del dolor de espalda",
    # medication questions for the physician
    "i take a sleeping pill every night, is that a problem together with ketamine?",
    "tomo clonazepam todas las noches para dormir, hay problema con la ketamina?",
    "can i take a double dose of my antidepressant on treatment day for a stronger effect?",
    "puedo tomar doble dosis de mi antidepresivo el dia de la infusion para que haga mas efecto?",
    # the schedule filter: trips and absences stay quiet
    "no voy a estar manana, estoy de viaje. gracias por todo, reprogramamos?",
    "no voy a estar el martes, me voy de vacaciones",
    # single words that are not overdose words
    "ketamine",
    "ketamina",
    # poison as an everyday product question
    "is the pesticide you spray outside the clinic safe for dogs?",
    # a fall with no injury
    "my grandma fell last month but she is fine now, do you treat seniors?",
]

STILL_EMERGENCIES = [
    # hyperbole, and pills taken now
    ("this project is gonna make me jump off the roof lol but fr i just took 30 pills", O),
    # a sermon, and the pastor's own plan
    ("i preach about suicide but tonight i am going to hang myself", S),
    # recreation, and a friend not breathing
    ("we went cliff jumping and my friend hit the rocks, he's not breathing", M),
]
