"""Round 28's crisis failure classes (data; tests/unit/test_crisis_classes_by_round.py
checks them): new wordings of each class, written here and never copied from an
evaluation set, that must be detected; look-alikes that must be ruled out and
overrule DIET; look-alikes of the new families that must stay quiet; and the
emergencies the look-alike filters must not swallow (each filter's stop)."""

from tests.unit.crisis_classes import M, O, R, S  # noqa: F401

CLASSES = [
    # overdose: a whole message of an excess word and an overdose drug
    ("way too much fent", O),
    ("way too many pills", O),
    ("tooo much heroin!!", O),
    ("demasiada heroina", O),
    ("demasiadas pastillas...", O),
    ("took too much dope", O),
    # overdose: a large acetaminophen count hours ago, feeling fine
    ("mi hermana tomo como 30 paracetamoles hace unas horas pero dice que se siente bien", O),
    ("my roommate swallowed about 40 tylenol this afternoon and says she feels totally fine", O),
    # self-harm: a clinician with the means at hand tonight, life fallen apart
    ("my marriage is over and i lost the kids. i'm an icu nurse, i know how much it takes, and i brought a vial of fentanyl home from the unit. it's right here on the table", S),
    ("se me vino abajo todo. soy paramedico, se cuanto hace falta y me traje morfina del trabajo, la tengo aqui delante esta noche", S),
    # self-harm, a bystander: will swim out (walk into the water, onto the tracks) and not come back
    ("my dad left his keys and wallet on the sand and texted that he's gonna swim out and not come back", S),
    ("she gave me her cat and said she is walking onto the train tracks and won't be coming back", S),
    ("mi tio dejo su celular y la cartera en la playa y dijo que se va a meter mar adentro y no va a regresar", S),
    # self-harm, a bystander: a photo of pills, is it enough, then silence
    ("my buddy sent me a pic of like 60 pills asking if that would be enough and now he's not answering", S),
    ("mi prima me mando foto de un monton de pastillas, me pregunto si alcanzan y dejo de contestar", S),
    # self-harm, a bystander: a dying wife's leftover opioid patches, not around after she goes
    ("my wife has weeks left. i've kept her leftover morphine and patches, i won't need to stick around after she goes", S),
    ("a mi esposa le quedan dias, guarde sus parches sobrantes, no voy a necesitar estar aqui cuando ella se vaya", S),
    # possible risk: letting the water take me
    ("some nights i think about walking to the pier and letting the ocean take me", R),
    ("a veces pienso en dejar que el mar me lleve y ya", R),
    # possible risk: rather the one who died, after patients died
    ("lost two patients on my shift this week, honestly i'd rather it had been me that died instead", R),
    ("como cuidadora ya vi morir a tres pacientes, preferiria ser yo la que se muriera", R),
    # possible risk: a parent reports a teenager saying she sometimes wants to be dead
    ("mi hija de 15 me conto que hay dias que quiere estar muerta", R),
    ("mi hijo me dijo que a veces quisiera morirse, tiene 13", R),
    ("my 16yo told me last night that sometimes she wants to be dead", R),
    # medical: a small child alone at a height, climbing
    ("my 2 year old got out on the balcony alone and is climbing the railing", M),
    ("la nena de 3 anos esta sola en la ventana subiendose al barandal", M),
    # medical: a first fit in a feverish baby, Caribbean English
    ("mi baby have a fever and now she start shake up and she eye dem rolling back", M),
    ("de baby hot hot with fever and he jerking, eyes turn over, he never have a fit before", M),
    # medical: household products and nicotine swallowed with signs
    ("my 18 month old drank some of my vape juice and now he's throwing up and sweating", M),
    ("el nino se tomo liquido del vapeador y esta vomitando y sudando", M),
    # medical: hypothermia in a confused elder found outside
    ("just found my grandpa outside in the snow, he's confused and his hands are ice cold", M),
    ("encontramos a mi abuela afuera en la calle, esta desorientada y helada", M),
    # medical: a neck injury with tingling arms
    ("he dove into the shallow end and hit his head, now his neck hurts and his arms are tingling", M),
    ("me cai de la escalera y me duele el cuello, tengo hormigueo en las manos", M),
    # medical: a child shut in a hot car
    ("mi bebe se quedo encerrada en el carro y las llaves adentro, hace muchisimo calor", M),
    # medical: a collapse, Caribbean English
    ("mi uncle just drop dung inna di yard an him nah wake up", M),
    ("she fall down in the kitchen and she eh waking up", M),
    # possible risk: not able to take this life any more, beside a pain idiom or alone
    ("my neck is killing me and honestly i can't stand this life anymore", R),
    ("cant do this life no more", R),
    ("la rodilla me esta matando y ya no soporto mas esta vida", R),
]

LOOK_ALIKES = [
    # a video-game death, laughing, then a clinic question
    "bro my whole squad got wiped and i was bleeding out waiting on a revive lmaooo. anyway are you open sunday?",
    "bled out in the last circle, my teammates never rezzed me, rage quit haha. do you take united?",
    # football hyperbole, explicitly not serious
    "we lost 5-1 to our rivals, i'm gonna jump off a bridge lol not seriously. when do you open tomorrow?",
    "perdimos el clasico, me quiero matar jajaja no es en serio. a que hora abren el sabado?",
    # a double dose asked about, so it works faster
    "can i take double my lexapro so it kicks in faster?",
    "is it ok to double up on my antidepressant this week to make it work quicker?",
    "puedo tomar doble dosis de mi sertralina para que funcione mas rapido?",
    # an overdose years ago, well now
    "back in 2011 i overdosed and nearly died. i got clean, married, and have three kids now. can i book a consult for depression?",
    "hace 12 anos tuve una sobredosis, ahora estoy casada, tengo dos hijos y estoy muy bien. quiero agendar una consulta",
    # everyday dying, a back "killing" me in Caribbean English
    "dem stairs nearly kill mi, mi was dying lol. unnu have elevator?",
    "mi back killing mi, mi cyaan take it. yuh open saturday?",
    # Dominican slang, a blessing
    "klk loco, cuanto sale el tratamiento pa la depresion?",
    "gracias doctora, que el Senor la proteja, mi suegra volvio a casa mucho mejor hoy",
    # a pharmacy without a car
    "donde queda la farmacia especial? no tengo carro, me lo pueden mandar por correo?",
    "ay me muero con esas escaleras jaja, tienen elevador?",
    "my back is killing me, i can't take it no more. do you do evening appointments?",
    "God bless you all, my wife came home so much better after today's session",
]

QUIET = [
    # life as stress, not a wish: exams, and the insurance
    "i can't handle my life right now, three exams tomorrow",
    "can't stand my life insurance company, they never pick up",
    # a whole message that is not an overdose drug
    "way too much coffee today",
    "demasiado caro",
    "too many forms lol",
    # asked about, not taken
    "how many tylenol is too many?",
    "i took 2 tylenol this morning for a headache, is that ok before my infusion?",
    # a swim and back, a pet looked after during a visit
    "my husband is going to swim out to the sandbar and back while i'm at my appointment",
    "can someone look after my dog in the waiting room?",
    # enough pills for a refill
    "are 30 pills enough for the month or should i ask for a refill?",
    # the sea as a holiday
    "we let the waves carry us on the boogie boards all afternoon, so fun",
    # a phrase about dying of laughter, reported
    "mi hija dijo que quiere morir de risa con ese meme",
    "i'd rather be the one who drives, can my wife come with me?",
    # recovered third person, the past
    "my daughter used to say she wanted to be dead when she was 12, she's 20 now and thriving",
    # a child climbing at a playground
    "my son loves climbing, is there a playground near the clinic?",
    # a cold cat, a sore neck from sleeping
    "we found our cat outside this morning, he is fine",
    "my neck hurts from sleeping wrong, does ketamine help with chronic pain?",
]

STILL_EMERGENCIES = [
    # a game, and a real bleed now
    ("lol got wiped in warzone but for real i cut my arm and it's bleeding a lot right now", M),
    # football, and a plan
    ("we lost the final haha not seriously but i have the pills and i want to die", S),
    # a double dose asked, and pills taken now
    ("can i take double my zoloft? i already took 40 of them an hour ago and my heart is racing", O),
    # pain that is "killing" me, and a wish to die
    ("my back is killing me and i can not take it anymore, i want to end my life", S),
    # the stairs, and a heart attack's signs
    ("the stairs are killing me and now my chest hurts and my left arm is numb", M),
    # slang, and a plan
    ("klk loco, me quiero matar esta noche", S),
    # no car for the pharmacy, and pills taken
    ("no tengo carro para ir a la farmacia y ya tome 30 pastillas", O),
]
