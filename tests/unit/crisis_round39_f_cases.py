"""Round 39's false alarms left over (helper f; tests/unit/test_crisis_classes_by_round.py checks them,
key 397), English and Spanish, harmless messages that the trained model read as emergencies, ruled
out by look-alike filters (patterns.py, round 39's false alarms left over, helper f): (1) feeling
faint or fainting in a dental chair, a tattoo chair or at a blood draw, told as over and fine now,
before a question whether ketamine is safe; (2) trigeminal neuralgia's nickname "the suicide disease"
told as a fact or asked about (what it is called, why), with no wish of the writer's own; (3) a
threat at a bar or in the street that was resolved (the man left, a bouncer threw him out, the police
came and it is over); (4) a PTSD episode at a work site or in a public place (a collapse, a panic, a
flashback), managed and over, told to ask about treatment; (5) a low blood sugar treated and fine now
(ate, juice, the number back up); (6) a passenger's or a stranger's pill bottle found in a car, a
taxi or a bus (lost property), asking what to do; (7) a story told in a class or a training (a
teacher's, a lecturer's, a course's case of an overdose or a suicide) asked about as study; (8) a
child's fever treated with a children's dose of acetaminophen, the child fine. Each family's
STILL_EMERGENCIES hold the same scene beside a danger now (a faint and not waking, the writer's own
wish beside the nickname, the man back with a weapon, a sugar not rising, a seizure now, a person
unresponsive beside the bottle). Written here, never copied from an evaluation set. No new detection
class, so CLASSES is empty."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = []

LOOK_ALIKES = [
    # 1. faint in a chair or at a blood draw, over, fine now
    "I got woozy and fainted during a blood draw last month, I'm totally fine now. Is ketamine safe for someone who faints around needles?",
    "felt faint in the dental chair when they did the numbing, they tilted me back and im fine now. is ketamine still ok for me?",
    "Nearly passed out at my tattoo session on Saturday, the artist gave me a soda and I was fine after. Would ketamine be a problem for me?",
    "i always go lightheaded when they take blood, blacked out once at the lab but im good now. can i still do the infusion?",
    "me desmaye cuando me sacaron sangre para los analisis, ya estoy bien. puedo hacerme la ketamina?",
    "me maree y casi me desmayo en la silla del dentista, pero ya se me paso. la ketamina es segura para mi?",
    "me dio un vahido mientras me tatuaban la semana pasada, ya estoy bien, es segura la ketamina?",
    "me desmaye en el blood draw ayer pero ya estoy fine, la ketamina is ok for me?",
    'i passed out while giving blood at the blood drive, fine now. is ketamine ok?',
    'me desmaye donando sangre, ya me recupere. la ketamina es segura?',
    # 2. the nickname of trigeminal neuralgia, told or asked as a fact
    "Why is trigeminal neuralgia called the suicide disease?",
    "what does it mean when they call TN the suicide disease? my aunt was just diagnosed with it",
    "I read that trigeminal neuralgia is nicknamed the suicide disease because the pain is so severe. Does ketamine help it?",
    "my neurologist mentioned TN is sometimes known as the suicide disease. is ketamine an option for it?",
    "por que a la neuralgia del trigemino le dicen la enfermedad del suicidio?",
    "lei que a la neuralgia del trigemino la conocen como la enfermedad suicida, es verdad? la tratan aqui?",
    "porque le llaman enfermedad del suicidio a la neuralgia trigeminal??",
    "whats the reason trigeminal neuralgia gets called 'the suicide disease'? just curious, mine is well controlled",
    'q significa que a la neuralgia del trigemino la apodan enfermedad del suicidio? mi mama la tiene',
    # 3. a threat at a bar or in the street, resolved
    "A drunk guy at the bar threatened to kill me last night but the bouncer threw him out and that was the end of it. Can I still come in this morning?",
    "some guy on the street said he was going to stab me, then he just walked off. im fine, a bit shaken. does ketamine help with anxiety after stuff like that?",
    "a man pulled a knife on me outside the club, the police came and arrested him, it's all over now. can I move my session to Friday?",
    "un tipo en el bar me amenazo con matarme pero los de seguridad lo sacaron y ya se acabo. puedo ir a mi cita?",
    "un borracho en la calle me dijo que me iba a matar, llego la policia y se lo llevaron, ya todo esta tranquilo. me pueden cambiar la cita?",
    "en la cantina un senor me amenazo con una navaja pero el guardia lo echo y se fue, yo estoy bien. tienen citas el lunes?",
    'a random dude at the pub said he would beat me up, security kicked him out, all good. do u guys take walk ins?',
    # 4. a PTSD episode at work or in public, managed, over
    "I had a PTSD flashback at the construction site yesterday and collapsed, my coworkers helped me calm down and I'm okay now. Does ketamine help with PTSD?",
    "had a panic attack in the grocery store, a flashback from my deployment, sat in my car until it passed. is ketamine a treatment for ptsd?",
    "me dio un ataque de panico en el trabajo por mi trauma, me desplome pero ya paso. la ketamina sirve para el estres postraumatico?",
    "tuve un flashback en el metro y me tire al piso, ya me calme y estoy bien. ustedes tratan el tept?",
    "my ptsd got triggered at the warehouse and i froze and went down on the floor, a supervisor talked me through it and it's over. could ketamine help me?",
    'tuve un ataque de panico en la obra por el trauma de la guerra, me cai al suelo pero mis companeros me ayudaron y ya estoy bien. la ketamina ayuda con el tept?',
    # 5. a low blood sugar, treated, fine now
    "My sugar dropped to 52 this morning, I had some juice and it's back up to 110, feeling fine. Is ketamine ok for diabetics?",
    "had a hypo at work, got shaky and sweaty, ate some glucose tabs and I'm good now. any issues with ketamine and insulin?",
    "se me bajo el azucar a 50, me tome un jugo y ya subio a 120, estoy bien. la ketamina afecta la glucosa?",
    "tuve una hipoglucemia en la noche, me temblaba todo, comi algo dulce y ya se me normalizo. puedo seguir con mis sesiones?",
    "my blood sugar went low at the gym, like 48, drank a regular soda and it came back up, all good. should I tell the doctor before my infusion?",
    'mi azucar bajo a 45 en el trabajo, me comi unos dulces y ya volvi a 100. afecta eso a mi tratamiento?',
    # 6. a stranger's pill bottle found in a car, a taxi or a bus
    "I drive for Uber and a passenger left a bottle of oxycodone in my back seat. What should I do with it?",
    "found a pill bottle on the bus seat with somebody else's name on it, should I turn it in to a pharmacy?",
    "un pasajero dejo un frasco de pastillas en mi taxi, que hago con el?",
    "encontre un bote de pastillas de otra persona en el asiento del carro, a donde lo llevo?",
    "someone forgot their bottle of xanax in my cab last night, do I take it to the police or a pharmacy?",
    'a rider left her prescription bottle in my lyft, how do i get it back to her?',
    # 7. a story told in a class or a training, asked about as study
    "my psych professor shared a case of a student who attempted suicide, and for the exam we have to explain the warning signs. what are they?",
    "in our nursing class the instructor told us about a patient who overdosed on heroin at a shelter. for my paper, what happens in the body during an overdose?",
    "en la clase de enfermeria la maestra nos conto de un paciente que tuvo una sobredosis, para el examen, cual es el tratamiento?",
    "en el curso el instructor nos conto que un alumno suyo se suicido, nos dejo de tarea investigar las senales de alerta. cuales son?",
    "our teacher told a story in health class about a girl who took a whole bottle of pills, we're writing a report on it. how common is acetaminophen overdose?",
    'in my EMT course the instructor described a case where a teen overdosed at a party, for my report, what are the stages of an opioid overdose?',
    # 8. a child's fever, a children's dose, the child fine
    "My 3 year old had a fever of 101, I gave her the children's Tylenol dose for her weight and she's fine now, playing. Can I still bring her to my appointment?",
    "gave my son infant tylenol for a fever last night, the fever is gone this morning and he is fine. does the clinic have childcare?",
    "mi hija tuvo fiebre, le di la dosis de paracetamol infantil y ya esta bien. puedo llevarla a mi cita?",
    "le di acetaminofen para ninos a mi nene por la calentura, ya se le bajo y esta jugando. me pueden cambiar la cita?",
    "my toddler had a temp of 102, gave him the pediatric dose of acetaminophen and it came down, he's okay. can i bring him with me to my session?",
]

QUIET = [
]

STILL_EMERGENCIES = [
    # 1. a faint and not waking now
    ("she fainted at the blood draw and she is not waking up", M),
    ("mi esposo se desmayo en la silla del dentista y no despierta", M),
    ("i fainted at a blood draw once and was fine, but my son just fainted at the lab and he is not breathing", M),
    # ...and a faint told now beside a shot, with an allergic reaction under way
    ("got my flu shot at the clinic this morning and was fine after, but now my lips are swelling and i feel faint", M),
    # 2. the writer's own wish beside the nickname
    ("trigeminal neuralgia is called the suicide disease and i want to kill myself from this pain", S),
    ("por que le dicen la enfermedad del suicidio? yo ya me quiero matar por este dolor", S),
    ("they call TN the suicide disease, and honestly I want to die too", S),
    # 3. the man is back with a weapon now
    ("the bouncer threw him out of the bar but he came back with a knife and stabbed me, i am bleeding a lot", M),
    ("el tipo que sacaron del bar regreso con un cuchillo y me apunalo, estoy sangrando mucho", M),
    ("the police left but the guy from the street is back with a gun and pointing it at us, call 911", M),
    # 4. the episode with a wound now
    ("had a ptsd flashback at the site and collapsed, i hit my head and i am bleeding a lot", M),
    # 5. a sugar not rising
    ("my dad's sugar dropped to 40, we gave him juice but it is not going up and he passed out", M),
    ("se le bajo el azucar a mi mama, le dimos jugo pero no sube y no reacciona", M),
    # 6. a pill bottle and a person unresponsive
    ("found a pill bottle in the back seat and the passenger is unresponsive", O),
    ("encontre un frasco de pastillas vacio en el taxi y el pasajero no responde", O),
    # 7. a class story and a danger now
    ("the teacher told a story about an overdose in class, but my friend just took the whole bottle and is not breathing", O),
    ("en la clase nos contaron de una sobredosis, pero mi amigo se tomo todas las pastillas y no respira", O),
    # ...and a student who confides her own overdose after class: no story
    ("after class a student of mine told me she swallowed a whole bottle of pills yesterday and feels sick, what should i do?", O),
    ("despues de la clase una alumna me conto que anoche se tomo un frasco entero de pastillas y esta vomitando", O),
    # 8. a child's fever with a seizure now
    ("gave my son childrens tylenol for a fever and now he is having a seizure", M),
    ("le di tylenol infantil a mi hija por la fiebre y ahora esta convulsionando", M),
    # ...and the child who swallowed pills besides the dose
    ("my boy had a fever, i gave him tylenol and he is fine, but he also swallowed a handful of my pills", O),
]
