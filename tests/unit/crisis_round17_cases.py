"""Round 17's crisis failure classes (data; tests/unit/test_crisis_classes_by_round.py
checks them): new wordings of each class, written here and never copied from an
evaluation set, that must be detected; look-alikes that must be ruled out and
overrule DIET; look-alikes of the new families that must stay quiet; and the
emergencies the look-alike filters must not swallow (each filter's stop)."""

from tests.unit.crisis_classes import M, O, R, S  # noqa: F401

CLASSES = [
    # an older adult on a blood thinner who hit their head, now a headache or vomiting
    ("my grandma is on eliquis and slipped in the kitchen and banged her head, it stopped bleeding but now she has a terrible headache", M),
    ("mi papa toma warfarina, se cayo y se pego en la cabeza, ya no sangra pero ahora esta vomitando", M),
    ("dad takes xarelto, fell off the step and hit his head yesterday, today he keeps throwing up and his head is pounding", M),
    ("mi abuela toma apixaban y se golpeo la cabeza al caerse, ahora tiene un dolor de cabeza muy fuerte y nauseas", M),
    # after a home ketamine nasal dose: confusion, vomiting, a pounding heart, pale and sweaty
    ("after my nasal ketamine at home tonight i am confused and vomiting and my heart is pounding and irregular", M),
    ("despues de mi dosis de ketamina nasal en casa estoy confundida, vomitando y el corazon me late fuerte y desigual", M),
    ("took my ketamine nasal spray an hour ago, now i'm pale and sweaty and my heartbeat feels irregular", M),
    # a young child who ate wild mushrooms, berries or a plant, now vomiting and very sleepy
    ("my 3 year old ate some mushrooms from the yard and now he is throwing up and super sleepy", M),
    ("mi hija de 2 anos se comio unas bayas del jardin y esta vomitando y muy somnolienta", M),
    ("my toddler chewed some berries off a bush in the yard and now he keeps vomiting and is very drowsy", M),
    ("mi nene se comio unos hongos silvestres del patio y ahora vomita y esta muy dormido", M),
    # a child who sprayed a parent's ketamine nasal spray many times
    ("my son found my ketamine nasal spray and sprayed it a bunch of times, now he is stumbling and his eyes are jerking", O),
    ("mi hija agarro mi spray nasal de ketamina y se lo echo muchas veces, esta tambaleandose y vomitando", O),
    ("my 8 year old got into my esketamine spray and used it like 6 times, he is staggering and throwing up", O),
    # naloxone given, eyes opened briefly, and back under
    ("we gave him narcan twice, he opened his eyes for a second and then went back out", O),
    ("le dimos naloxona dos veces, abrio los ojos un momento y volvio a quedarse dormido", O),
    ("le puse narcan, desperto un ratito y se volvio a dormir, no responde", O),
    ("gave her naloxone, she came to briefly and now she is fading out again", O),
    ("ya le puse dos narcan y reacciona un poquito pero se vuelve a ir", O),
    # extra-strength acetaminophen every hour all day, now pain in the right side and vomiting
    ("i've been taking extra strength tylenol every hour all day for my tooth, now my right side hurts and i'm throwing up", O),
    ("me tome tylenol extra fuerte cada hora todo el dia por la muela, ahora me duele el lado derecho de la panza y vomito", O),
    ("took acetaminophen every hour since this morning for a toothache and now there's pain under my right ribs and nausea", O),
    # the family would get the life insurance, worth more than me
    ("with my chronic pain i can't provide anymore, the life insurance would do more for my family than i do", R),
    ("mi familia recibiria el seguro de vida y eso vale mas que yo", R),
    ("honestly my family would be better off with the life insurance money than with me", R),
    # after a session, a calm thought that dying would be peaceful, and it did not scare me
    ("after my spravato session i calmly thought dying would be peaceful and it didn't even scare me", R),
    ("despues de la sesion de ketamina pense con calma que morir seria tranquilo y no me dio miedo", R),
    ("during the ketamine i had this calm thought that being dead would be peaceful, it did not frighten me", R),
    # is it normal to feel one does not deserve to go on living
    ("is it normal with depression to feel like i don't deserve to keep living", R),
    ("es normal sentir que no merezco seguir viva cuando estoy deprimida?", R),
    ("sometimes i feel like i do not deserve to be alive, is that normal", R),
    ("siento que no merezco seguir vivo, eso es normal con la depresion?", R),
    # not knowing what one gets up for any more
    ("my ptsd gets worse every night and i don't know what i get up for anymore", R),
    ("ya no se para que me levanto, el estres postraumatico esta peor cada noche", R),
    ("i honestly don't know why i even get up in the morning anymore", R),
    # an old parent who wants to join a dead spouse in heaven, barely eating
    ("my mom keeps saying she wants to go be with my dad in heaven and she is barely eating", R),
    ("mi mama dice que se quiere ir con mi papa al cielo y casi no come", R),
    ("my father says he is ready to join mom in heaven, he hardly eats anymore", R),
    # an older person asking God to take them now
    ("i am 82 and tired of the pain, every night i ask god to take me now", R),
    ("le pido a dios que ya me lleve, estoy cansada de tanto dolor", R),
    ("my grandpa prays for god to take him already, he is so tired of hurting", R),
    # everyone would be calmer without me, and a question about an appointment
    ("everyone would be calmer without me, i'm always the problem. can i move my appointment to friday?", R),
    ("todos estarian mas tranquilos sin mi, siempre soy el problema. puedo cambiar mi cita?", R),
    ("my family would be so much better without me around, i always cause the problems. what time is my visit", R),
    # done waiting for the treatment to work, and the tub is filling
    ("done waiting for this to work. tub is filling", S),
    ("ya me canse de esperar que el tratamiento funcione. la tina se esta llenando", S),
    ("im done waiting for the infusions to help, the bath is running now", S),
    # will written, the dog given away, and tomorrow off an overpass or a bridge
    ("wrote my will and gave my dog to the neighbor, tomorrow i'm driving off the overpass", S),
    ("ya hice mi testamento y le di mi perro a la vecina, manana me voy a tirar con el carro del puente", S),
    ("the will is done, the dog is with my neighbor, tomorrow i drive off the highway bridge", S),
    # just took the whole bottle of a prescribed medicine, an apology
    ("i just took the whole bottle of my seroquel, i'm sorry, tell the doctor it was not her fault", S),
    ("me acabo de tomar todo el frasco de mis pastillas, perdon, diganle a la doctora que no fue su culpa", S),
    ("just swallowed the entire bottle of trazodone. sorry. it is not the doctor's fault", S),
    # in the bathtub with a razor blade, the pain unbearable
    ("i'm in the bathtub with a razor blade, the pain is unbearable and even ketamine doesn't help anymore", S),
    ("estoy en la banera con la navaja, ya no aguanto el dolor, ni la ketamina me ayuda", S),
    ("sitting in the tub with a blade right now, i can't take the pain anymore", S),
]

LOOK_ALIKES = [
    # a faint from locking the knees, laughed off, and a question about ketamine
    "i fainted at my cousin's wedding because i locked my knees lol, is fainting common with ketamine?",
    "me desmaye en una boda por tener las rodillas trabadas jaja, es comun desmayarse con la ketamina?",
    # a panic attack thought to be a heart attack, the ER said the heart is fine
    "i thought i was having a heart attack but the er said my heart is fine and it was a panic attack, do you treat panic disorder?",
    "pense que me estaba dando un infarto pero en urgencias dijeron que mi corazon esta bien, fue un ataque de panico. tratan el trastorno de panico?",
    # legs dead from the gym, laughed off
    "went too hard at the gym and my legs are dead lol, can i still do my infusion tomorrow",
    "me pase en el gym y tengo las piernas muertas jaja, puedo ir a mi infusion igual?",
    # someone nodding out on the train, and the writer's own opioid use
    "saw a guy nodding out on the train today and it made me think about my own oxy use, i want to get off it, can you help?",
    "vi a alguien cabeceando en el metro y me hizo pensar en mi consumo de oxicodona, quiero dejarla, me pueden ayudar?",
    # a game that almost gave me a heart attack, laughed off, and an insurance question
    "el partido casi me da un infarto jajaja, oigan aceptan el seguro de cigna?",
    "that game almost gave me a heart attack haha, anyway do you take blue cross",
    # drowning in debt with hospital bills
    "me estoy ahogando en deudas con las facturas del hospital, tienen planes de pago?",
    "estoy ahogandome en deudas medicas, ofrecen descuentos?",
    "me ahogo en deudas del hospital, cuanto cuesta la consulta?",
    # a wish to die told as a joke about a trivial annoyance
    "me quiero morir jajaja me cortaron el pelo horrible",
    "me quiero morir... de hambre jaja, cuanto falta para la infusion si estoy en ayunas",
    "i want to die lol my haircut is a disaster",
]

QUIET = [
    # the blood thinner with no fall
    "i'm on eliquis, is ketamine safe with it?",
    "mi mama toma warfarina y tiene dolor de cabeza, puede hacerse la infusion?",
    # a child and berries, no signs
    "are the berries in my yard safe for my kids to eat?",
    # naloxone in training
    "how many times can you give narcan?",
    # acetaminophen as told
    "can i take tylenol for the headache after my infusion?",
    # the life insurance as a question
    "is my life insurance worth keeping now that i am retired?",
    # god and heaven in faith
    "my mom is in heaven now and i miss her, does ketamine help grief?",
    # the tub and a will in daily life
    "the tub is filling up so i'll answer later, what time is my appointment",
    "i wrote my will last year, do you need it for intake?",
    # a dose at home as usual
    "after my nasal ketamine at home i feel a bit tired, is that normal?",
    "can ketamine make you pale and sweaty?",
    # a peaceful death in hospice, deserving a rest, getting up early
    "the hospice nurse says my grandmother's death will be peaceful, can i still come to my session?",
    "i don't deserve to be treated like this by the billing office",
    "i don't know what time i get up for work tomorrow, can we do the afternoon?",
    # calmer without me at a meeting, a bottle finished as told, a razor in the bath for shaving
    "my team would be calmer without me at the meeting lol, can i reschedule?",
    "i just finished the whole bottle of antibiotics like the doctor said",
    "i shave my legs in the tub with a razor, will the ketamine make me dizzy?",
    # naloxone carried, acetaminophen as directed, god in prayer
    "we keep narcan at home and my son went back to school today",
    "i have had tylenol all day for my tooth and it finally stopped hurting, is that ok before the infusion?",
    "i pray to god every night for strength, does spirituality help with depression?",
]

STILL_EMERGENCIES = [
    # a haircut joke and a real plan
    ("me quiero morir jaja por el pelo, pero en serio tengo las pastillas listas para esta noche", S),
    # the gym and chest pain with a faint now
    ("leg day at the gym lol, legs dead, but now i have crushing chest pain and i almost passed out", M),
    # the train memory and someone not breathing now
    ("saw someone nodding out on the train and now my brother is not breathing and won't wake up", O),
    # the ER said the heart was fine, and now it is bad again
    ("the er said it was panic but now my chest pain is crushing and spreading to my left arm", M),
    # drowning in debt and a plan
    ("me estoy ahogando en deudas y esta noche me voy a matar, ya tengo las pastillas", S),
    # a game joke and a real attack
    ("el partido casi me da un infarto jaja, pero ahora mi papa tiene dolor en el pecho y no puede respirar", M),
    # a faint from locked knees, and now not waking
    ("my sister fainted at the wedding from locking her knees and now she won't wake up and is barely breathing", M),
    # someone seen nodding out, and now he is blue
    ("vi a alguien cabeceando en el metro y pense en mi consumo, pero ahora mi primo no respira y esta morado", O),
    # a haircut joke in English, and a real plan
    ("i want to die lol my haircut, but seriously i have the pills saved for tonight", S),
]
