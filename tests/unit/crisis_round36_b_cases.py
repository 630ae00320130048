"""Round 36's violence at home now (helper b), English and Spanish as New Yorkers write it (data;
tests/unit/test_crisis_classes_by_round.py checks them): violence told inside an ordinary message
about an appointment the writer may not keep (a partner breaking things in the house, the writer
locked in a room, the phone taken, the message typed on someone else's phone); a third person held
by the hair or the neck with a knife now, with a threat to hurt her if anyone calls, the writer in
the room or next door; a pregnant woman pushed, thrown or hit minutes ago by her partner, with belly
pain, cramps or bleeding, the partner gone but coming back (an injury of the pregnancy and violence
now: a medical emergency, which the violence guidance's 911 also fits).
Written here by class, never copied from an evaluation set; with the look-alikes that must be ruled
out or stay quiet (old violence told to explain a condition, a show, a neighbours' party, a child's
accident or prank, the baby's kicks, a push to come to the appointment), and the emergencies the
new filter's stops still let through."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = [
    # 1. locked in a room, the phone taken or the house broken, told inside an appointment message
    ("hi i need to cancel my appointment tomorrow, my husband is breaking everything in the house and he locked me in the bedroom and took my phone, im writing from my daughters phone", V),
    ("can i reschedule thursday? my boyfriend smashed the tv and locked me in the bathroom, he took my phone, this is my sisters phone", V),
    ("Hi this is Maria, I had a 2pm on Friday but I dont think I can make it, my husband's been smashing the plates and he locked me in the back room, he has my phone, I'm on my neighbor's phone through the window", V),
    ("sorry to bother, appt tmrw at 10 might not happen, my ex came over and is trashing the apartment, he took my phone so i cant call anyone, this is my roommate's phone", V),
    ("hey its jess from the 4pm, my bf locked me in the bedroom and is punching holes in the walls, took my cell, on my little brothers phone rn", V),
    ("hola no voy a poder ir a mi cita de mañana, mi esposo esta rompiendo todo en la casa, me encerro en el cuarto y me quito el celular, le escribo del telefono de mi hija", V),
    ("hola, no creo que pueda llegar a la cita de las 3, mi pareja esta quebrando las cosas de la casa y me tiene encerrada en el baño, me quito mi cel, escribo desde el telefono de mi vecina", V),
    ("buenas, quiero cambiar mi cita, mi novio me encerro en la recamara y se llevo mi telefono, lo oigo rompiendo los platos, estoy usando el cel de mi hijo", V),
    ("perdon no voy a llegar a la sesion, mi marido esta destrozando la casa y me encerro con llave en el cuarto, me quito el telefono, escribo en el cel de mi hijo", V),
    ("hola es sobre mi cita del viernes, no se si pueda ir, mi esposo anda aventando cosas y rompio la puerta, me encerro en el cuarto y me quito mi telefono, este es el cel de mi sobrina", V),
    ("buenas tardes, habla rosa, tengo cita el lunes pero no se si voy a poder, mi esposo me tiene encerrada en el cuarto desde anoche y me quito el celular, le escribo desde el cel de mi sobrina", V),
    ("hola q tal, necesito mover mi cita, mi pareja me encerro con llave en el baño y me quito el fono, estoy usando el telefono de mi hija de 12", V),
    ("perdon x escribir asi, no creo llegar a mi consulta, mi marido anda quebrando todo y se llevo mi telefono, le escribo del celular de mi vecina", V),
    ("oiga no voy a llegar a la infusion, mi novio esta rompiendo todo y me encerro en la recamara, mi telefono lo tiene el", V),
    # 2. someone held by the hair or the neck with a knife, a threat if anyone calls
    ("my sister's boyfriend has her by the hair with a knife and says if anyone calls he'll cut her, i'm in the next room", V),
    ("my cousin's husband is holding her by the hair with a kitchen knife, says if we call the cops he will hurt her, im in the hallway", V),
    ("her boyfriend is holding my sister with a knife at her throat and says he'll hurt her if anyone calls, i'm in the room", V),
    ("my sisters bf is dragging her by the hair and has a knife, he said if anybody calls 911 he will kill her, im next door in my room", V),
    ("my brother in law has my sister by the neck with a knife to her throat, says if we call anyone he'll slit her throat, im in the bathroom", V),
    ("el novio de mi hermana la tiene agarrada del pelo con un cuchillo y dice que si alguien llama la mata, estoy en el otro cuarto", V),
    ("el novio de mi hermana la tiene del cabello y le puso un cuchillo en el cuello, dice que si llamamos a la policia le hace daño, estoy en la sala", V),
    ("mi cuñado tiene a mi hermana agarrada de los pelos y con una navaja, dijo que si llamo a alguien la corta, estoy en el cuarto de al lado", V),
    ("el novio de mi hermana la esta jalando del pelo y tiene un cuchillo, dice que si alguien llama a la policia la lastima, estoy aqui en el cuarto", V),
    ("mi esposo le tiene a mi hermana agarrada del pelo y un cuchillo en la mano, dice que si alguien llama a la policia la mata, yo estoy en el cuarto de al lado", V),
    ("ayuda, el marido de mi hermana la tiene del cuello con una navaja y grita que si llamamos la corta, estoy en la cocina", V),
    ("el novio de mi prima le puso un cuchillo en la garganta y la tiene agarrada del cabello, dice q si hablamos a la policia la mata", V),
    # 3. pregnant, pushed or thrown minutes ago, belly pain, the partner coming back
    ("my boyfriend pushed me down the stairs like 10 min ago, i'm 6 months pregnant and my belly hurts, he left but he's coming back", M),
    ("im pregnant and my husband just shoved me into the wall, my stomach is cramping, he went out but he's coming back", M),
    ("i'm 28 weeks pregnant, my husband threw me against the wall about 15 minutes ago and now i'm cramping and spotting, he went out but will be back soon", M),
    ("my bf shoved me down the steps, i'm pregnant and there's pain in my lower belly, he left to get cigarettes and he's coming back", M),
    ("mi pareja me empujo por las escaleras hace rato, tengo 7 meses de embarazo y me duele la panza, se fue pero va a regresar", M),
    ("estoy embarazada y mi esposo me aventó contra la pared hace unos minutos, me duele mucho el vientre, salio pero dijo que ya vuelve", M),
    ("mi novio me empujo de la escalera, estoy embarazada de 5 meses, me duele la barriga y tengo un poco de sangrado, se fue pero vuelve al rato", M),
    ("hace 15 minutos mi marido me tiro por las escaleras, estoy embarazada, tengo dolor en el vientre, se salio a la tienda y regresa pronto", M),
    ("estoy embarazada de 30 semanas, mi marido me empujo contra la pared hace como 10 minutos y ahora tengo colicos, se fue a la tienda pero ya viene", M),
    ("mi novio me aviento por la escalera, tengo 6 meses de embarazo y me duele mucho la barriga, el se fue pero regresa al rato", M),
    # a partner's blow with a few words between (session's own follow-up): violence, not the
    # writer's own blow ("me pego" read as "I hit myself")
    ("mi esposo llego borracho y me pego en la cara, estoy sangrando", V),
    ("el papa de mis hijos vino otra vez y me pego en la cabeza, tengo miedo de que vuelva", V),
]

LOOK_ALIKES = [
    # old violence told to explain a condition
    "years ago my ex husband used to lock me in the bedroom and take my phone, that's where my ptsd comes from, is ketamine good for that?",
    "hace años mi ex me encerraba en el cuarto y me quitaba el celular, por eso tengo ansiedad, la ketamina ayuda con el trauma?",
    "back in 2019 my ex locked me in the bathroom and smashed the tv, i have trauma from that, do you treat ptsd?",
    "hace 5 años el papa de mis hijos me encerro en el cuarto y me quito el telefono, ya estoy en terapia por eso",
    "cuando estaba embarazada hace 8 años mi ex me empujo por las escaleras y todavia tengo pesadillas, eso se puede tratar aqui?",
    # a show
    "watching a show where the boyfriend has her by the hair with a knife and says if anyone calls he will kill her, so intense lol",
    "en la novela el novio la tiene agarrada del pelo con un cuchillo y dice que si alguien llama la mata, que miedo la escena",
    "in the movie the husband locks her in the bedroom and takes her phone and smashes the tv, reminded me of my ex",
    "en la serie el esposo la encierra en el cuarto y le quita el celular, que coraje me dio",
    "in the episode last night he pushed his pregnant wife down the stairs and she started bleeding, i cried so much",
    # a child's accident or prank
    "my toddler broke the tv and locked me out of the bathroom lol, also took my phone, can we do 4pm instead",
    "my son locked me in the bathroom by accident, the doorknob broke, my husband took my phone to call the super lol, i'll be late",
    "mi nene me encerro en el baño sin querer jaja, se trabo la puerta, le escribo del cel de mi esposo, llego tarde a la cita",
    # things broken by accident, a phone borrowed, laughed about
    "my husband broke the tv moving it lol so he took my phone to watch the game, can i reschedule",
    "jaja mi esposo rompio la tele sin querer y se llevo mi celular para ver el partido, le escribo del cel de mi hija, cambio la cita?",
]

QUIET = [
    # a neighbours' party
    "the neighbors are throwing a party and breaking bottles and screaming, i can't sleep, can i move my appointment to the afternoon?",
    "los vecinos tienen fiesta y estan rompiendo botellas y gritando, no pude dormir, puedo cambiar la cita?",
    # a child broke something, another's phone used for an ordinary reason
    "mi hijo de 3 años rompio la tele y se llevo mi celular jaja, le escribo del telefono de mi esposo para cambiar la cita",
    "my husband took my phone to the repair shop so i'm writing from my daughters phone, can i confirm my appointment?",
    "mi esposo se llevo mi celular al trabajo, le escribo del cel de mi hija para confirmar mi cita",
    # a pregnancy with ordinary pushes and kicks
    "im 7 months pregnant and the baby kicked me so hard my belly hurts lol, is that normal?",
    "estoy embarazada de 6 meses y el bebe me pateo bien fuerte, me duele la panza, es normal?",
    "im pregnant and my husband hit me with the news that we're moving, my stomach hurts from stress",
    "i am pregnant and he kicked me out of bed for snoring lol, my back hurts",
    "estoy embarazada, mi esposo me empujo a venir a la cita, me duele la panza de los nervios",
    # hair and calls
    "my sister's boyfriend cut her hair with scissors while holding her by the hair lol it looks awful",
    "if anyone calls tell them i will be late, my husband has the car",
    "my wife shut me up and took my phone lol so i cant text during dinner",
    "my coworker trapped me in a meeting and took my phone charger, i'll be late to my infusion",
    "when i was pregnant with my son in 2015 my ex pushed me down the stairs, i still get flashbacks, can i talk about that in therapy?",
]

STILL_EMERGENCIES = [
    # laughter or "by accident" beside a lock-in with blows, threats, fear or things smashed
    ("lol i dont even know why im laughing, he locked me in the bathroom and keeps hitting the door screaming he will kill me, took my phone", V),
    ("jaja no se ni por que me rio, mi esposo me encerro en el cuarto y me quito el cel, tengo mucho miedo, me dio una cachetada", V),
    ("my husband locked me in the bedroom by accident he says lol but he took my phone and he's smashing everything out there", V),
    ("lol idk why im even writing this, my boyfriend is smashing everything and took my phone, he's screaming he'll kill me", V),
    ("jaja ya ni se, mi esposo anda rompiendo todo sin querer dice el, me quito el cel y me dio una cachetada", V),
]
