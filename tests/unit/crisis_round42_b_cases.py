"""Round 42's Spanish intentional overdoses and ask-tier wishes (helper b; tests/unit/
test_crisis_classes_by_round.py checks them, key 421), English and Spanish. (1) An intentional
overdose told with regret: all of the writer's antidepressants or a box of sleeping pills (zopiclone,
zolpidem, clonazepam, amitriptyline, sertraline) taken on purpose a short while ago ("adrede",
"queriendo", "porque queria morirme"), the writer now scared or sorry and asking what to do: the
intentional overdose guidance (phrases.TOOK_ON_PURPOSE_42B, phrases.TOOK_ALL_MEDS_REGRET_42B and the
intentional kinds in patterns.py). (2) The ask tier, a passive wish or thoughts of death inside an
ordinary message: a believer praying for God to take them (phrases.PRAYING_TO_DIE_42B); thoughts of
not being here that came back after an injury or a setback (phrases.THOUGHTS_CAME_BACK_42B); a parent
telling of a teenager's post saying she wants to die, called a joke (the joke filters give way,
patterns.py); the writer's thoughts of dying asked about with Spravato or a hospital stay
(phrases.SPRAVATO_OR_HOSPITAL_42B); Caribbean Spanish rock bottom, at the bottom of the hole and not
wanting anything (phrases.ROCK_BOTTOM_42B). Their look-alikes stay quiet: a prayer for a sick
relative's suffering to end, dying of laughter, the Spravato label's warning, a hole in the road, a
runner's injury. Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

_OVERDOSES = [
    "me tome todas mis sertralinas adrede hace como 40 minutos y ya me arrepenti, que hago??",
    "parcero me tome todos los antidepresivos hace un rato porque queria morirme y ahora me dio miedo",
    "oye me trague la caja de zopiclona queriendo hace media hora, ya no quiero morir, q hago",
    "wey me tome toda la caja de clonazepam de proposito hace ratito y me arrepiento, ayudame",
    "mi amor me tome to las pastillas pa dormir adrede hace un rato y ahora toy asustada, ya no quiero morirme",
    "tio, me he tomado la caja entera de zolpidem queriendo hace nada y me he arrepentido, que hago",
    "me tomé todas las amitriptilinas porque me quería matar pero ya me arrepentí, qué hago ahora",
    "acabo de tragarme todo el blister de zolpidem adrede, tengo miedo, no me quiero morir",
    "me tome un monton de somniferos a conciencia hace 20 min y cambie de opinion, ayuda",
    "adrede me tome todas las pastillas de dormir de mi mama, me arrepenti, que debo hacer",
    "took all my antidepressants on purpose like half an hour ago and i regret it, what do i do",
    "i swallowed the whole box of zopiclone intentionally 20 mins ago, im scared now, please help",
    "i took every sertraline i had on purpose earlier and i changed my mind, i want to live",
    "took my whole bottle of amitriptyline because i wanted to die but now im freaking out what should i do",
    "Hace un rato me trague el blister entero de antidepresivos con una caja de clonazepam; ya me arrepenti y estoy asustada, ¿que hago ahora?",
]

CLASSES = [(t, O) for t in _OVERDOSES] + [
    # a believer praying to be taken
    ("im a chaplain and most nights i pray for god to take me in my sleep, do you see clergy", R),
    ("as a pastor i keep asking the lord to let me die, can ketamine help with that", R),
    ("i go to mass every week and i still pray that i dont wake up, do you take aetna", R),
    ("been begging god to call me home for months now. whats the cost of a consult", R),
    ("i pray for my life to end, is that something you treat? im a deacon", R),
    ("soy capellan y le ruego a dios que me recoja ya, atienden a religiosos?", R),
    ("cada noche le rezo a diosito que me deje morir, tienen cita el jueves?", R),
    ("voy a la iglesia pero le pido al señor que me quite la vida, cuanto cobran?", R),
    ("rezo para que el senor me lleve pronto, es normal eso? aceptan seguro", R),
    # thoughts of not being here back after a setback
    ("tore my hamstring, season's done, and the thoughts of not being around anymore came back. are you taking new patients", R),
    ("since the surgery ended my running the thoughts about not existing are back again, do you take bcbs", R),
    ("got laid off last month and those thoughts of not wanting to be here returned. what are your hours", R),
    ("desde la lesion del hombro volvieron los pensamientos de no estar aqui, atienden deportistas?", R),
    ("perdi la beca por la lesion y han vuelto las ideas de no querer vivir, tienen cita?", R),
    ("me sacaron del equipo y me volvieron las ganas de desaparecer, cuanto cuesta la consulta?", R),
    # a parent telling of a teen's post called a joke
    ("my 16 year old daughter posted 'i wanna die lol' on her insta story, she says she was joking. can you see teens?", R),
    ("my son put 'want to die jk' on his snapchat and says its a joke, should i bring him in", R),
    ("mi hija de 15 subio a su historia 'me quiero morir jajaja' y dice que es broma, la pueden ver?", R),
    ("mi hijo publico en tiktok que se quiere matar xd y dice que era chiste, que hago como mama", R),
    ("our teen tweeted 'kill myself lol' and swears it was a joke, do you do adolescent evals", R),
    # thoughts of dying asked about with spravato or a hospital stay
    ("oye, estos pensamientos de morirme se tratan con spravato o me van a tener que internar?", R),
    ("tengo ideas de muerte po, el spravato me sirve o tengo que quedar hospitalizada?", R),
    ("si ando con ganas de morirme, me dan esketamina o me internan altiro?", R),
    ("do my thoughts about dying mean a hospital stay or can spravato treat them", R),
    ("con estos pensamientos de muerte me mandan al psiquiatrico o puedo probar el spravato?", R),
    # Caribbean rock bottom
    ("loco estoy en el hoyo mas hondo, no tengo ganas de nada de nada, hay chance de que me vean hoy mismo?", R),
    ("estoy en el mismo fondo del pozo y no quiero nada ya, hay cita pa hoy", R),
    ("ya no quiero na de na, toy en el hoyo negro, tienen turno hoy mismo?", R),
    ("mano ando en el fondo del hueco, ehtoy que no doy pa mas, cita hoy?", R),
    ("im at rock bottom and i dont want anything anymore, can i get in today", R),
]

LOOK_ALIKES = [
    "i almost died laughing at your tiktok lol, are you open sunday?",
    "me mori de la risa con tu video jajaja, a que hora abren mañana?",
]

QUIET = [
    "le pido a dios que termine con el sufrimiento de mi papa, esta en hospicio, tienen apoyo para el duelo?",
    "i pray god ends my grandma's suffering soon, she's in hospice. do you offer grief counseling",
    "i pray god takes me through this treatment, how many sessions do i need",
    "le pido a dios que me de fuerzas para la primera sesion",
    "does the spravato label have a warning about suicidal thoughts?",
    "hay un hoyo enorme en la calle de la clinica, por donde entro?",
    "there's a huge hole in the road by your lot, where can i park",
    "hurt my knee on a long run, can i still do my infusion on friday?",
    "me lesione el tobillo corriendo, puedo hacer la sesion igual?",
    "no han vuelto las ideas de antes desde la ultima sesion, necesito refuerzo?",
    "estoy en el hoyo con las deudas, tienen planes de pago?",
]

STILL_EMERGENCIES = [
    # the joke filters give way to a teen's post told by the parent, and a plan stays an emergency
    ("my daughter posted 'i wanna die lol' and i found pills in her room, she has a plan", S),
    # a hole with the pills taken is an overdose, not the ask tier
    ("caí al fondo del pozo y me trague el frasco entero de pastillas, ya no aguanto", O),
]

OVERDOSE_KIND = [(t, "overdose_intentional") for t in _OVERDOSES]
