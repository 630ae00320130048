"""Round 42's violence now and a faint after a dose elsewhere (helper d; tests/unit/
test_crisis_classes_by_round.py checks them, key 423), English and Spanish: (1) a parent or an ex under a
restraining or protection order ("orden de alejamiento, de restriccion, de proteccion") at the door now,
banging, kicking or working the lock, to take a child: violence guidance; asking how to get an order for
a past event, an order's paperwork, a locksmith and a film stay quiet; (2) a relative's or a friend's
partner threatening her with a knife, a gun or a machete right now, told by someone far away (another
city, another country) who asks what to do: violence guidance; a threat years ago, a toy, a show and a
breakup "threat" stay quiet; (3) a husband, a wife or a parent who fainted in the car after a ketamine or
Spravato dose at another clinic and does not come round though breathing, formal or plain, with or
without naloxone asked about: a medical emergency, never the naloxone steps alone; a dizzy spell
yesterday, a planned nap in the car and a patient drowsy but answering stay quiet. Written here, never
copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = [
    # 1. an order broken at the door now, a child to be taken
    ("my ex is at the door right now banging and trying to get in, he has a restraining order and he wants to take my son", V),
    ("he has a protective order against him and hes outside forcing the lock to take the kids", V),
    ("theres a restraining order and my daughters father is kicking the door trying to take her", V),
    ("my husband has a no contact order and he is picking the lock right now, he says hes taking the baby", V),
    ("help the father of my kids is trying to break in to take them and he has an order of protection", V),
    ("my ex wife has a restraining order against her and she is at the front door pounding and yelling she is taking our son", V),
    ("he is jiggling the door handle and messing with the lock rn, court order says stay away, he wants my daughter", V),
    ("my ex is at the door with a restraining order against him, hes banging and wants to take my kid, que hago", V),
    ("mi ex tiene orden de alejamiento y esta en la puerta golpeando, quiere llevarse a mi hijo", V),
    ("el papa de mis hijos tiene una orden de restriccion y esta forzando la cerradura para llevarse a los ninos", V),
    ("el ex de mi hermana, que tiene orden de proteccion en contra, le esta dando patadas a la puerta ahorita y grita que se lleva al nene", V),
    ("ayuda mi ex esta intentando abrir la cerradura ahorita mismo, tiene orden de restriccion y viene por mi hijo", V),
    ("la mama de mi hija tiene una orden de alejamiento y esta aporreando la puerta para llevarsela", V),
    # 2. a weapon held on a relative now, told from far away
    ("my sister just called me, her boyfriend is threatening her with a knife right now, i live in another state what do i do", V),
    ("im in mexico and my mom texted that her husband has a gun pointed at her, who do i call", V),
    ("my friend's partner is holding a machete over her right now, i'm two hours away, please someone call", V),
    ("my sister's husband is threatening her with a gun right now and im overseas, how do i get police to her", V),
    ("please help my mother is on the phone with me and her boyfriend is waving a knife at her, i am in another city", V),
    ("my best friend says her bf has a knife to her throat right now, she lives in texas and im in ohio, can someone call", V),
    ("my daughter just messaged that her husband is threatening to shoot her, she lives far away what should i do", V),
    ("my sis bf pulled a knife on her just now shes texting me from the bathroom, im in another country", V),
    ("mi hermana me acaba de llamar, su esposo la esta amenazando con un cuchillo ahorita, yo estoy en otro pais, que hago", V),
    ("estoy en espana y mi mama me dice que su pareja la esta amenazando con una pistola, a quien llamo", V),
    ("el novio de mi amiga la esta amenazando con un machete en este momento, yo vivo en otra ciudad, alguien llame por favor", V),
    ("mi hermana esta en guatemala y su marido la amenaza con un arma ahorita, que puedo hacer desde aqui", V),
    ("la pareja de mi prima le esta apuntando con una pistola ahora mismo, estoy lejos, ayuda", V),
    # 3. a faint after a dose at another clinic, breathing, not coming round
    ("Good afternoon. My husband received a ketamine infusion at another clinic this morning and fainted in the car; he does not come round but he is breathing. What should I do?", M),
    ("Buenas tardes. Mi esposo recibio una sesion de ketamina en otra clinica y se desmayo en el coche; no vuelve en si aunque respira. Que debo hacer?", M),
    ("my wife had spravato at a different clinic and passed out in the car on the way home, she is breathing but wont wake up", M),
    ("Estimados, mi madre tuvo su tratamiento con esketamina en otro centro y perdio el conocimiento en el auto. Respira pero no reacciona.", M),
    ("I am writing because my husband, after a Spravato dose at another clinic, collapsed in the car and does not respond, although he is breathing.", M),
    ("Le escribo porque mi marido, tras una dosis de Spravato en otra clinica, se desvanecio en el carro y no despierta, aunque respira.", M),
    ("my husband is out cold in the passenger seat after his ketamine at another clinic, hes breathing but i cant get him to respond", M),
    ("she had spravato somewhere else and now shes slumped over in the car and won't wake up, breathing though. should i give narcan?", M),
    ("Mi padre se desmayo en el coche despues de su sesion de Spravato en otro centro; respira, pero no recobra el conocimiento. Debo darle naloxona?", M),
    ("dad passed out in the car after ketamine infusion at a diff clinic, breathing but not waking up, what do i do", M),
    ("My mother fainted in the car after her Spravato appointment at another clinic and will not wake up; she is breathing. Should I use the Narcan we have at home?", M),
    ("Mi esposa se desmayo en el carro tras la ketamina en otro lugar, no reacciona aunque respira, tengo narcan en casa se lo doy?", M),
    ("Estimada clinica: mi esposo, tras su sesion de ketamina en otra institucion, perdio el conocimiento en el automovil. Respira, pero no responde a estimulos.", M),
]

LOOK_ALIKES = [
    "how do i get a restraining order, last year my ex banged on my door and tried to take my son",
    "como saco una orden de alejamiento? el ano pasado mi ex quiso llevarse a mi hija",
    "my ex threatened me with a knife years ago, can ketamine help with the ptsd",
    "hace anos mi expareja me amenazo con una pistola, todavia tengo pesadillas",
    "we watched a movie about a kidnapping where the dad with a restraining order breaks in to take his daughter",
    "vi una pelicula de un secuestro, el papa tenia orden de alejamiento y forzaba la cerradura para llevarse a la nina",
    "my sisters boyfriend threatened her with a knife last year, she left him, how can i support her",
    "my husband felt dizzy after his ketamine session yesterday but he is fine now, is that normal",
    "my ex violated the restraining order last week when he came to my door and tried to take our son",
    "in the show the husband is threatening her with a knife and i had to turn it off",
    "my little boy is waving a nerf gun at his sister lol",
]

QUIET = [
    "mi esposa se mareo ayer despues de la sesion de ketamina en otra clinica, hoy ya esta bien",
    "my wife slept in the car after her spravato session like we planned, she was drowsy but answers me",
    "mi papa se durmio en el carro despues de la ketamina como estaba previsto, esta somnoliento pero contesta",
    "the locksmith is working on the lock right now, do i still need a protective order",
    "i have a restraining order against my ex, he keeps calling, can i still do my session tomorrow",
    "how do i get a restraining order? he keeps showing up at my job",
    "my sister is threatening her boyfriend with a breakup if he doesnt get a job",
    "mi mama la amenaza con quitarle el celular si no estudia",
    "la orden de alejamiento vence el mes que viene, me pueden dar una carta para el juez?",
    "my ex has a restraining order and he is at the door to drop off the kids with the officer, is that allowed",
    "mi cunado amenazo a mi hermana con un machete hace dos anos, ahora ella esta en terapia",
    "we had our spravato session and my husband took a nap in the car like they told us, he woke up fine",
    "after ketamine at another clinic my wife was woozy in the car but talking, is that normal",
    "does narcan work on ketamine? my husband starts infusions next week at another clinic",
    "tengo narcan en casa por si acaso, mi esposo empieza spravato la semana que viene",
]

STILL_EMERGENCIES = [
    # asking how to get an order does not hide the door forced now
    ("how do i get a restraining order? my ex is forcing the lock right now to take my son", V),
    ("como saco una orden de alejamiento? mi ex esta forzando la cerradura ahorita para llevarse a mi hija", V),
    ("we watched a kidnapping movie last night. now my ex is at the door banging and he has a restraining order", V),
    # naloxone asked about after a clinic dose is no drug context; another drug, or naloxone given, is
    ("after his ketamine infusion at another clinic he also took a bunch of his oxy pills and wont wake up, should i give narcan", O),
    ("my wife had spravato at another clinic and then did some fentanyl, she is not waking up, narcan?", O),
    ("we gave narcan after her ketamine session somewhere else and she still will not wake up", O),
    ("mi esposo se metio heroina despues de su sesion de ketamina en otra clinica y no despierta, le doy narcan?", O),
]

OVERDOSE_KIND = [
    ("after his ketamine infusion at another clinic he also took a bunch of his oxy pills and wont wake up, should i give narcan", "overdose"),
]
