"""Domestic violence now, in English and Spanish: test cases written for the class (not copied from any evaluation set)."""
from tests.unit.crisis_classes import V  # noqa: F401

CLASSES = [
    # 1. Partner or ex hitting, beating or choking now
    ("my fiance is punching me in the face and i cant get away", V),
    ("he keeps slamming my head against the floor please", V),
    ("mi marido me está dando golpes en la cara y no para", V),
    ("my husband put his hands on my neck again tonight and squeezed till i couldnt breathe, he is in the next room", V),
    ("mi novio me agarró por el cuello y me apretó hasta que me desmayé, sigue aquí", V),
    ("my boyfriend and i are both men, he just threw me into the tv stand and hes still swinging", V),
    # 2. Threats to kill, with a gun or a knife
    ("my wife is holding a kitchen knife and says tonight she ends it with me", V),
    ("he loaded the rifle and told me to sit down and not move", V),
    ("me puso la pistola en la cabeza y dijo que me mata si llamo a alguien", V),
    ("mi ex me escribió que viene a matarme esta noche y sabe donde vivo", V),
    ("my ex texted me a pic of a gun and said see you tonight", V),
    # 3. Locked in, breaking in, waiting outside the door
    ("my ex is trying to pry open my window with a screwdriver", V),
    ("he nailed the back door shut and hid my keys, i cant get out", V),
    ("mi ex lleva una hora sentado en la escalera frente a mi puerta, dice que no se va hasta que le abra", V),
    ("alguien rompio la cerradura, es mi ex marido, lo oigo en la cocina", V),
    ("she locked me in the basement and i can hear her upstairs", V),
    # 4. Hiding, afraid to go home tonight
    ("typing from under the bed, he's looking for me", V),
    ("estoy escondida en el closet con mi bebé, él está rompiendo todo", V),
    ("i'm sitting in my car around the corner, too scared to go inside, he said he'd break my neck when i got home", V),
    ("no me atrevo a volver esta noche, me dijo que si regreso me mata", V),
    # 5. Teens and children
    ("im 13 and my stepdad is punching my little brother right now", V),
    ("tengo 16 y mi padrastro me dio con el puño y dice que cuando vuelva me va peor", V),
    ("my mom's boyfriend is pulling her hair and hitting her and i'm in the closet", V),
    ("el novio de mi mamá la está ahorcando, tengo 10 años, qué hago", V),
    ("my dad threw my mom down and now he's kicking her i'm scared", V),
    # 6. Bystanders and neighbours
    ("theres a woman screaming help next door and i hear punches, what do i do", V),
    ("my neighbor's husband is dragging her by the hair in the hallway right now", V),
    ("se oye que el vecino le está dando una paliza a su mujer ahora mismo, ella grita", V),
    ("my coworker just called me crying from her bathroom, her husband is breaking down the door", V),
    ("mi amiga me manda mensajes de que su pareja le está pegando y tiene un cuchillo", V),
    # 7. Adult children, siblings, roommates, relatives
    ("my 40 year old son shoved me to the ground and said he'll kill me if i call anyone, i'm 77", V),
    ("mi hija adulta me jaló del pelo y me amenazó con un cuchillo, está en la sala", V),
    ("my brother is choking our mom in the kitchen", V),
    ("my roommate punched me and is standing in front of my door with a bat", V),
    ("mi hermano me está golpeando y mi mamá no está", V),
    # 8. Broken English, Spanglish, fragments, all caps
    ("HE IS GOING TO KILL ME HE HAS THE HAMMER", V),
    ("husband hitting me now, kids crying, help", V),
    ("please my husband very angry he hit me he say tonight he kill me", V),
    ("mi husband me está hitting y no me deja salir del apartment", V),
    ("ME ESTA MATANDO A GOLPES", V),
    # 8. "me pegó" (he hit me, the accent lost) with a threat on a condition: violence, not
    #    the writer's own blows, and no idiom of "me va a matar si ..."
    ("mi pareja me pego y me va a matar si no le contesto el telefono", V),
    ("el papa de mis hijos me pego otra vez, dice que me va a matar si lo dejo", V),
]

LOOK_ALIKES = []

QUIET = [
    # 1. Abuse long past, with a treatment question
    "i was beaten by my ex in 2009, i'm safe now but the ptsd is bad, does ketamine treat it",
    "my father hit me growing up and i think that's where my depression comes from, is spravato for me",
    "trauma from an old abusive relationship, ten years out, can ketamine help with the panic attacks",
    "mi exesposo me pegaba hace quince años, ya no lo veo, pero sigo con depresión. la ketamina me sirve",
    "de chamaco mi papá nos golpeaba, todavía tengo ansiedad de adulto, ustedes tratan eso",
    "i'm a domestic violence survivor (it ended long ago) and my therapist suggested ketamine, do you take referrals",
    "fui víctima de violencia de pareja hace años, ahora estoy bien pero no duermo, sirve la ketamina para el insomnio por trauma",
    # 2. Idioms and jokes
    "my husband would kill me if he knew the price of this lol",
    "my wife is going to strangle me when she sees the credit card bill",
    "mi esposo me mata si se entera de cuánto cuesta jaja",
    "my landlord is gonna murder me, rent is late again",
    "mi suegra me va a ahorcar si no llego a la cena",
    "this traffic is beating me up today",
    "my kids are killing me this week, no sleep at all",
    "mi jefa me va a matar, llegué tarde otra vez",
    # 3. Films, TV, books, podcasts
    "watching a lifetime movie where the husband locks her in the house, so dramatic",
    "en la telenovela el esposo la amenaza con una pistola, no me la pierdo",
    "the book club picked a novel about a woman hiding from her abusive husband, heavy read",
    "that true crime podcast about the ex waiting outside her door gave me chills",
    "la serie que estoy viendo tiene un personaje que le pega a su esposa, muy fuerte",
    # 4. Sports and video games
    "the knockout in the boxing match last night was insane",
    "mi hijo ganó su pelea de karate el sábado",
    "got choked out in jiu jitsu class today haha, tapped fast",
    "la lucha libre del viernes estuvo buenísima, el rudo le pegó con una silla",
    "my roommate keeps killing me in fortnite",
    "in the game my character got stabbed by his own brother, worst plot twist",
    # 5. Play-fighting
    "my two boys are play fighting on the couch again",
    "los niños están jugando a las luchitas en el cuarto",
    "my dog and my cat wrestle all day",
    "my husband and i had a pillow fight and i won",
    # 6. A divorce or a partner in an ordinary question
    "going through a divorce, can i still use my ex's insurance for the consult",
    "estoy divorciándome, puedo pagar las sesiones en plazos",
    "can my wife drive me home after the ketamine session",
    "mi esposo puede acompañarme a la primera consulta",
    "my partner and i split up and i moved to brooklyn, do you have an office there",
    "mi ex tiene la custodia los fines de semana, tienen citas los sábados",
    # 7. Arguments or a tense home, no violence and no threat
    "my husband and i argued about money last night, i'm stressed, do you treat anxiety",
    "mi pareja y yo discutimos mucho, eso afecta mi depresión, me pueden ayudar",
    "my teenage son slammed his door and yelled at me, typical teenager, anyway whats your phone number",
    "mi hermano y yo no nos hablamos desde la pelea del año pasado, eso me deprime, aceptan medicaid",
    # 9. a relative's "me va a matar si ..." over a trivial condition, asked about a visit in earnest
    "mi suegra me va a matar si llego tarde a la cena, de verdad la cita dura 2 horas?",
]

STILL_EMERGENCIES = []
