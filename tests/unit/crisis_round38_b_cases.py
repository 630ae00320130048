"""Round 38's overdose and medical classes (helper b; tests/unit/test_crisis_classes_by_round.py
checks them, key 381), English and Spanish.

1. An overdose told by its signs: someone not breathing while the writer holds naloxone known
   "from a training" but never used (a training named does not make it a study topic while a
   person is down now); the writer's own extra opioid pills told inside a price question ("cuanto
   cuesta... ahorita me tome 8 de las oxicodonas y se me va el aire"); an older person living alone
   who took the morning pills again, twice, and is very dizzy and sleepy; a parent who mixed up
   pills (gabapentin and tramadol) and now talks slowly with the eyes closing; a baby who drank from
   a methadone cup and is floppy and sleepy; a partner who drank all day, took pills on top and
   fell, snoring breaths, vomited; about ten sleeping pills and he cannot be woken properly;
   ketamine snorted then a bottle of wine, half passed out on his back and throwing up; someone who
   fell after smoking weed that "had something", jerking and breathing badly; a whole box of
   paracetamol two hours ago after a fight, vomiting twice though she "says she is fine".
2. A child poisoned by a household product: nail polish remover, a laundry detergent pod bitten,
   bleach, drain cleaner, and now vomiting, coughing, drooling, dizzy or sleepy (a poisoning: the
   Spanish product names are non-opioids now); a button battery swallowed is read as medical.
3. A medical emergency now: sudden confusion and nonsense words in an older person for twenty
   minutes, asked as "could it be the new medicine?"; chest pain and a numb arm while driving (a
   boss asking what to tell the driver); heavy bleeding days after giving birth (a pad or a towel
   every 20 minutes, dizzy); everyone at home with a headache and dizziness while the CO detector
   beeps; sharp lower-right belly pain with high fever and vomiting; heat illness at work (stopped
   sweating, dizzy, vomiting, vision going black); a pregnant woman who fell and feels no movement,
   with bleeding; a sudden terrible headache with blurred vision and vomiting an hour after a
   Spravato dose; acid splashed in an eye with the eyewash broken.

The look-alikes stay quiet: questions about these topics, past events, a drug taken as prescribed,
a routine handled by Poison Control. Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = [
    # 1. overdose told by its signs
    ("tengo naloxona de un entrenamiento pero nunca la he usado, mi vecino esta tirado y no respira, que hago?", O),
    ("i have narcan from a training but never used it, my roommate is on the floor and not breathing, what do i do", O),
    ("me dieron narcan en una capacitacion y nunca lo use, mi primo no respira y esta morado, como se pone?", O),
    ("got naloxone at a community training last year, never had to use it. my brother isn't breathing right now, how do i give it?", O),
    ("cuanto cuesta la consulta? es que ahorita me tome 8 de las oxicodonas y se me va el aire", O),
    ("how much is a session? i just took like 8 of my oxycodone and i can't catch my breath", O),
    ("cuanto sale la cita? me acabo de tomar 6 percocets de mas y siento que no puedo respirar", O),
    ("mi abuelita vive sola y se tomo las pastillas de la manana otra vez, dos veces, y esta muy mareada y con mucho sueno", O),
    ("my grandpa lives alone and took his morning pills twice again, now he's super dizzy and can barely stay awake", O),
    ("mi mama confundio las pastillas, se tomo la gabapentina y el tramadol juntos y ahora habla lento y se le cierran los ojos", O),
    ("my dad mixed up his pills, took gabapentin and tramadol together and now he's slurring and his eyes keep closing", O),
    ("mi bebe se tomo de un vaso de metadona y esta aguado y con mucho sueno", O),
    ("my toddler drank from my methadone cup and he's all floppy and sleepy", O),
    ("mi esposo estuvo tomando todo el dia y luego se tomo las pastillas de la espalda y se cayo, respira roncando y vomito", O),
    ("my boyfriend was drinking all day then took his back pills and fell, he's snoring weird and threw up", O),
    ("se tomo como diez pastillas para dormir y no lo puedo despertar bien", O),
    ("he took about ten sleeping pills and i can't wake him up properly", O),
    ("se metio ketamina y luego una botella de vino, esta medio desmayado boca arriba y vomitando", O),
    ("he snorted ket and then drank a whole bottle of wine, he's half passed out on his back and throwing up", O),
    ("mi amigo fumo mota que traia algo y se cayo, esta temblando y respira mal", O),
    ("my friend smoked weed that had something in it and collapsed, he's jerking and breathing badly", O),
    ("se tomo una caja entera de paracetamol hace dos horas despues de una pelea, ya vomito dos veces aunque dice que esta bien", O),
    ("she took a whole box of paracetamol two hours ago after a fight, she's vomited twice but says she's fine", O),
    # 2. a child poisoned by a household product
    ("mi hijo de 3 anos se tomo quitaesmalte y esta vomitando", O),
    ("my 2 year old drank nail polish remover and now she's throwing up", O),
    ("mi nina mordio una capsula de detergente y esta tosiendo y babeando mucho", O),
    ("my son bit into a laundry pod and he's coughing and drooling", O),
    ("el nino tomo cloro de la botella y esta vomitando y mareado", O),
    ("my toddler swallowed some bleach and she's vomiting and dizzy", O),
    ("mi hija se tomo un trago de destapacanos y esta babeando y llorando", O),
    ("the baby got into the dishwasher pods and is coughing and drooling a lot", O),
    # 3. a medical emergency now
    ("mi papa de repente esta confundido y dice palabras sin sentido, empezo hace 20 minutos, sera la medicina nueva?", M),
    ("my mom suddenly got confused and is saying words that make no sense, started 20 minutes ago, could it be the new medicine?", M),
    ("mi chofer tiene dolor de pecho y el brazo dormido mientras maneja, que le digo?", M),
    ("one of my drivers says he has chest pain and his arm is numb while driving, what do i tell him?", M),
    ("di a luz hace 5 dias y estoy sangrando mucho, lleno una toalla cada 20 minutos y estoy mareada", M),
    ("i gave birth last week and i'm soaking a pad every 20 minutes, i feel dizzy", M),
    ("todos en la casa tenemos dolor de cabeza y mareo y el detector de monoxido esta pitando", M),
    ("everyone at home has a headache and feels dizzy and the carbon monoxide alarm keeps beeping", M),
    ("tengo un dolor fuerte abajo a la derecha de la panza, fiebre alta y estoy vomitando", M),
    ("sharp pain in my lower right belly, high fever and i keep vomiting", M),
    ("mi companero en la obra dejo de sudar, esta mareado, vomitando y dice que se le pone todo negro", M),
    ("my coworker stopped sweating out in the heat, he's dizzy, throwing up and says his vision is going black", M),
    ("mi hermana esta embarazada, se cayo y ya no siente al bebe moverse y esta sangrando", M),
    ("i'm 30 weeks pregnant, fell down the stairs and can't feel the baby move and i'm bleeding", M),
    ("una hora despues del spravato me dio un dolor de cabeza terrible de repente, veo borroso y estoy vomitando", M),
    ("an hour after my spravato dose i got a sudden terrible headache, blurry vision and vomiting", M),
    ("me salpico acido en el ojo y el lavaojos esta roto", M),
    ("acid splashed in my eye at work and the eyewash station is broken", M),
]

LOOK_ALIKES = [
    # one-sentence questions about the signs of these emergencies (patterns.py, round 38 (b))
    "what are the signs of carbon monoxide poisoning?",
    "cuales son los sintomas de intoxicacion por monoxido de carbono?",
    "what are the signs of heat stroke at work?",
    "cuales son las senales de un golpe de calor en el trabajo?",
    "what are the warning signs of heat exhaustion in the summer?",
    "cuales son los sintomas de un golpe de calor?",
]

QUIET = [
    # questions, past events, a drug taken as prescribed, a routine handled by Poison Control
    "i did a naloxone training last month, do you offer refresher courses?",
    "tome una capacitacion de naloxona, ustedes venden narcan?",
    "cuanto cuesta la consulta? tomo oxicodona como me la recetaron",
    "how much is a session? i take my oxycodone exactly as prescribed",
    "my grandma takes gabapentin and tramadol as prescribed, is that ok with ketamine?",
    "mi mama toma gabapentina y tramadol recetados, eso es compatible con la ketamina?",
    "what should i do if my child swallows a laundry pod?",
    "que hago si mi hijo se toma cloro?",
    "my son licked nail polish remover last year, poison control said he was fine",
    "mi hijo probo detergente, llamamos a control de envenenamiento y dijeron que no pasa nada",
    "cuales son los sintomas de la apendicitis?",
    "can spravato cause headaches?",
    "el spravato puede dar dolor de cabeza?",
    "is it normal to bleed for weeks after giving birth?",
    "my dad had a stroke two years ago, can he get ketamine?",
    "hace dos anos mi hermano tomo pastillas para dormir de mas, ya esta bien, puede venir a terapia?",
    "i take methadone every morning at the clinic, can i also do ketamine?",
    "how much does narcan cost?",
]

STILL_EMERGENCIES = [
    ("what are the signs of heat stroke? my coworker stopped sweating and is throwing up right now", M),
    ("cuales son los sintomas de un golpe de calor? mi companero ya no suda y esta vomitando ahorita", M),
    ("what are the signs of carbon monoxide poisoning? the co alarm is beeping now and we all have headaches", M),
    ("hace un ano mi hijo mordio una capsula de detergente, ahora mi hija mordio otra y esta tosiendo y babeando", O),
]

QUIET += [
    "i took 2 tylenol for a headache and feel a little dizzy, is that normal?",
    "tomo mis pastillas dos veces al dia y a veces me mareo, es normal?",
    "after my ketamine session i felt dizzy and threw up a little, is that normal?",
    "is it dangerous to mix gabapentin and tramadol?",
    "es peligroso tomar tramadol con alcohol?",
    "my mom mixed up her pills last month and was dizzy, now she uses a pill organizer. do you take medicare?",
    "hace un ano mi hijo mordio una capsula de detergente y vomito, ya esta bien. tienen pediatra?",
    "que pasa si alguien toma diez pastillas para dormir?",
]
QUIET += [
    "mi hija se tomo cloro hace un mes y vomito, ya esta bien gracias a dios. tienen pediatra?",
]

CLASSES += [
    ("she took 4 of her xanax and she's slurring and can't stay awake", O),
    ("mi hermano se tomo un frasco entero de clonazepam y no despierta bien", O),
    ("la nena se tomo el jarabe de metadona de su papa y esta muy dormida", O),
    ("mi hijo de 2 anos se metio a la boca una pila de boton y esta babeando", M),  # a battery burns: medical
    ("my daughter bit into a dishwasher pod and is throwing up", O),
    ("el repartidor me llamo, tiene dolor en el pecho y se le duerme el brazo, sigue manejando, que le digo?", M),
    ("el abuelo dice cosas sin sentido desde hace un rato y esta confundido", M),
]

QUIET += [
    "i took 5 mg of oxycodone after surgery and feel dizzy, is that normal?",
    "had a glass of wine with dinner, took my ambien and now i'm sleepy, is that ok?",
    "i took my tramadol and gabapentin as prescribed and feel sleepy",
    "i'm confused about my meds and feel dizzy",
    "mi hijo mordio una capsula de detergente pero esta bien, no vomito ni nada",
    "i took two tylenol and threw up",
    "after my ketamine infusion i was dizzy and vomited, is that normal?",
    "tome mis pastillas dos veces al dia y me mareo",
    "my mom takes her pills twice a day and gets dizzy",
    "does chest pain with a numb arm always mean a heart attack?",
    "my arm feels numb after the vaccine and i had chest pain last year",
    "i have narcan at home, my friend is on opioids, how do i use it?",
]
