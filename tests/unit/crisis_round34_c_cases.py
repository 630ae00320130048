"""Round 34's false-alarm classes (helper c; tests/unit/test_crisis_classes_by_round.py checks
them, key 342): hyperbole with laughter beside it ("gonna kms 💀", "me quiero matar xD") at a trivial
cause before an ordinary question; a past scare checked and found benign; war or a disaster
witnessed years ago and abuse in childhood told in the past ("ya tengo 45 anos": an age, no .45);
a small cut or burn at home already bandaged; a person of a telenovela or a film who jumps or dies;
Spanish slang of praise ("esta que mata", "to' ta matao"). Written here, never copied from an
evaluation set. No new detection class, so CLASSES is empty."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = []

LOOK_ALIKES = [
    # the bleeding told with a small cut at home, in the past and healed
    "me corte el dedo pelando papas anoche, sangro mucho pero ya esta bien con una curita. afecta la cita?",
    "sliced my thumb cooking dinner, it bled like crazy but it is fine now",
    # 1. hyperbole with laughter beside it at a trivial cause, then an ordinary question
    'i literally wanted to die lmao the bus broke down on the highway for an hour, do you guys validate parking?',
    'gonna kms if this test has one more question about the krebs cycle 💀 anyway what are your hours on saturday?',
    "i swear i'm going to kill myself lol my phone died in the middle of the call, can i reschedule?",
    'wanted to die lol the line at the dmv was insane, how long is the first appointment?',
    'i want to die haha my coffee spilled all over my laptop, do you take cigna?',
    'kill me now 😂 the wifi at work is down again, is there parking at the clinic?',
    'estaba al borde del suicidio jaja con el trafico de la 95, tienen estacionamiento?',
    'me quiero morir jajaja el examen de quimica estuvo horrible, cuanto cuesta la consulta?',
    'me quiero matar xD se me olvido el cargador en casa, aceptan seguro?',
    'me muero jajaja el profe nos dejo tarea para el fin de semana, abren los sabados?',
    'ya me quiero morir jaja el trafico esta imposible, a que hora cierran?',
    "i'm gonna kill myself haha this printer jammed again, do you have a fax number?",
    'lmao i want to kms, my cat knocked my coffee over. are you open on sundays?',
    'gonna kms 😂 forgot my lunch at home, how long does the consult last?',
    "i'm going to kill myself xD my roommate ate my leftovers, can i bring someone to my appointment?",
    "bro i'm about to end it all lol the game got cancelled, do you take aetna?",
    'me voy a matar jajaja perdi el camion, a que hora abren?',
    'me quiero matar jaja otra vez se me quemo el arroz, tienen citas en la tarde?',
    'me voy a suicidar jajaja el profe puso examen sorpresa, cuanto dura la sesion?',
    'ya me quiero morir 😂 se me cayo el celular al agua, aceptan tarjeta?',
    'me quiero morir jajaja hoy en el examen me equivoque en todo, cuanto cuesta?',
    'wanted to die lmao my car got a flat, whats the address?',
    "i'm literally dying 💀 my sister sent me the funniest meme, what time do you close?",
    "i'm dead 😂 my kid called the teacher mom, do you have evening hours?",
    # 2. a past scare with a benign outcome, then a question
    'yesterday i had a panic attack and honestly thought i was having a heart attack, urgent care said my heart is fine. can ketamine help with panic?',
    'last week i had chest pains and went to the ER, they said it was just anxiety and everything was normal. do you treat anxiety?',
    'i thought i was having a stroke last month because my face went numb, the er checked me and it was nothing. is ketamine safe for me?',
    'ayer tuve un ataque de panico y pense que era un infarto, en urgencias me dijeron que estoy bien. la ketamina ayuda con la ansiedad?',
    'la semana pasada senti que me iba a dar un infarto, me revisaron en la sala de emergencias y no era nada. ustedes tratan la ansiedad?',
    'el mes pasado pense que me estaba dando un derrame, fui al hospital y me dijeron que todo estaba bien, puedo hacer el tratamiento?',
    'thought i was dying of a heart attack on sunday, turned out to be a panic attack, the ER sent me home. can ketamine help?',
    "last week my chest was so tight i couldn't breathe and thought it was my heart, the ER said panic attack. does ketamine help with that?",
    'la semana pasada no podia respirar y crei que me daba un infarto, en la sala de emergencias me dijeron que era un ataque de panico, ayuda la ketamina?',
    # 3. war or a disaster witnessed years ago; abuse in childhood told in the past
    'in the war in syria i saw people dying, blood everywhere. now i have lived 6 years in new york and still have nightmares, do you treat ptsd?',
    'i served in afghanistan and watched my friends get blown up, that was 12 years ago. does ketamine help veterans with ptsd?',
    "my dad used to beat us all when we were kids, i'm 45 now and still anxious all the time. is ketamine good for trauma?",
    'when i was a child my stepfather hit me and my mom every night. i am 38 now, can ketamine help with childhood trauma?',
    'en la guerra de siria vi gente morir, sangre por todos lados. ahora llevo 6 anos en nueva york y tengo pesadillas, tratan el estres postraumatico?',
    'mi papa nos golpeaba a todos cuando eramos ninos, ya tengo 45 anos y sigo con ansiedad. la ketamina sirve para el trauma?',
    'de nina mi padrastro me pegaba y amenazaba con matarnos, eso fue hace 30 anos. ustedes tratan el trauma infantil?',
    'en el terremoto de haiti vi muertos por todas partes, eso fue en 2010, desde entonces tengo ataques de panico. me pueden ayudar?',
    "during the war in ukraine i saw bodies in the street and blood everywhere, that was 2022, i've lived in chicago since. do you treat ptsd?",
    'i was in iraq in 2004 and saw a lot of people die, a lot of blood, the nightmares never stopped. is ketamine covered for veterans?',
    'en la guerra en el salvador vi mucha sangre y muertos, hace 30 anos, todavia tengo pesadillas. tratan el trastorno de estres postraumatico?',
    'my father used to hit my mom and me with a belt, that was 30 years ago. can ketamine help childhood trauma?',
    'mi padrastro me golpeaba cuando era nina, ahora tengo 40 y sigo con depresion, la ketamina ayuda?',
    'my mom used to beat me as a kid, i am 52 now, and i still flinch. can you help with trauma?',
    'mi papa le pegaba a mi mama todas las noches cuando yo era nino, ya tengo 35 anos. tratan el trauma?',
    # 4. a small cut or burn at home yesterday, already bandaged and fine
    'me corte el dedo haciendo la cena ayer, ya tiene curita y esta bien. puedo hacer la infusion con una curita?',
    "burned my hand on the stove last night, it's fine now, just wondering if i can still get my infusion tomorrow?",
    "i cut my finger chopping onions yesterday, it's bandaged and healing, does that matter for the iv?",
    'me queme la mano con el sarten anoche, ya esta bien, le puse sabila. puedo ir a mi cita manana?',
    'me corte con un cuchillo cocinando el domingo, ya esta cicatrizando, importa para la ketamina?',
    'me corte la mano con un vidrio el sabado, ya esta cerrada la herida. puedo hacer la infusion?',
    'me queme el brazo con aceite ayer en la cocina, ya le puse pomada y esta bien. afecta el tratamiento?',
    'me corte el dedo pelando papas anoche, ya tiene curita, importa para la infusion?',
    "i burned my fingers on the oven yesterday, they're fine now. is ketamine ok with a burn cream?",
    'me queme con la plancha ayer, ya no duele. tengo cita el jueves, hay problema?',
    'me corte con el cuchillo haciendo la comida ayer, ya se me paro la sangre y tiene curita, tengo que avisar antes de la infusion?',
    # 5. a person of a telenovela, a series or a film who jumps, takes the pills or dies
    'anoche en la novela el tipo se tiro del puente, que fuerte. oigan, cuanto dura la sesion?',
    'in the show last night the main character jumped off a bridge and i cried so much lol. how long does an infusion take?',
    'watched a movie where the girl overdoses on pills at the end, so sad. anyway do you take medicare?',
    'en la serie de netflix la protagonista se suicida en el ultimo capitulo, me dejo triste. aceptan medicaid?',
    'the character in my book hangs himself in chapter 12, heavy stuff. what are your hours?',
    'en la pelicula el papa se muere de un infarto, llore todo el rato. tienen citas los sabados?',
    'last night on the telenovela the guy threw himself off a bridge, wild. how long is the session?',
    'anoche en la novela la muchacha se tomo todas las pastillas, que drama. a que hora abren?',
    'en la serie el senor se ahorco en la carcel, que fuerte. aceptan medicare?',
    'en la pelicula el papa se muere de un infarto, llore todo el rato. tienen citas los sabados?',
    'in the movie the dad dies of a heart attack at the wedding, i cried. do you have saturday appointments?',
    'vi una pelicula donde el muchacho se pega un tiro, me dejo pensando. cuanto cuesta la consulta?',
    'en el capitulo de ayer el tipo se aviento del edificio, no lo podia creer. tienen estacionamiento?',
]

QUIET = [
    # 2. a past scare with a benign outcome, then a question
    'el domingo pense que me estaba muriendo, me dolia el pecho, en urgencias dijeron que fue ansiedad. me puede ayudar la ketamina?',
    'a few days ago i passed out at work, the doctor ran tests and everything came back normal. can i still do infusions?',
    'hace unos dias me desmaye en el trabajo, me hicieron estudios y todo salio normal. puedo seguir con las infusiones?',
    # 4. a small cut or burn at home yesterday, already bandaged and fine
    'cut myself shaving this morning, tiny nick, already stopped. should i tell the nurse before the infusion?',
    "cut my thumb opening a can last night, bandaid on and it's fine. can i still come tomorrow?",
    # 6. Spanish slang of praise: 'esta que mata', 'esta que arde', 'to' ta matao'
    'esta cancion esta que mata 🔥🔥 la pusieron en la sala de espera, como se llama?',
    'el mofongo de ese sitio esta que arde 🔥 ustedes estan cerca de ahi?',
    "to' ta matao con ese reggaeton 🔥 la musica de su clinica esta brutal",
    'esa bachata esta que mata, la tenian puesta en la recepcion, cual es?',
    'el nuevo album de bad bunny esta que arde 🔥🔥 jaja, a que hora abren manana?',
    "ese pernil estaba to' matao, bueno, cuanto cuesta la primera consulta?",
]

STILL_EMERGENCIES = [
    ("cut my finger slicing onions, it bled a lot and it still wont stop bleeding", M),
    # 1. earnest words, a plan or the means, pills taken beside the laughter
    ("i want to kill myself lol but not joking, i have the pills right here. do you take aetna?", S),
    ("gonna kms 💀 seriously i have a plan for tonight, what are your hours?", S),
    ("me quiero matar jaja no es broma, ya tengo las pastillas, aceptan seguro?", S),
    ("me quiero morir jajaja pero en serio ya no aguanto mas, cuanto cuesta la consulta?", S),
    ("wanted to die lmao so i took a bunch of my xanax, is that bad?", O),
    ("me voy a matar xD ya me tome todas las pastillas de mi mama, que hago?", O),
    # 3. the war's blood or the old abuse happening now
    ("in the war in syria i saw blood everywhere, and now my neighbor is bleeding everywhere right now on the floor, what do i do?", M),
    ("my dad used to beat us all when we were kids, and today he came back and is here threatening me, i am scared", V),
    ("mi papa nos golpeaba cuando eramos ninos, ya tengo 45 anos. hoy mi papa me pego otra vez y esta afuera de mi casa, tengo miedo", V),
    ("mi papa nos golpeaba cuando eramos ninos, ya tengo 45 anos y hoy me dijo que me va a matar, esta aqui con una pistola", V),
    ("my dad used to beat us all as kids, i am 45 now and he hit me again tonight, he is still here and i am scared", V),
    # 4. the cut still bleeding, or made on purpose
    ("me corte el dedo haciendo la cena ayer, tiene curita pero no para de sangrar y se ve el hueso", M),
    ("me corte haciendo la cena ayer, ya tiene curita, pero la verdad lo hice a proposito y quiero cortarme otra vez", S),
    # 5. the writer's own wish or someone of theirs beside the story
    ("anoche en la novela el tipo se tiro del puente y yo tambien quiero hacer lo mismo, cuanto dura la sesion?", S),
    ("en la pelicula el papa se muere de un infarto y ahora mi papa tiene dolor de pecho y no puede respirar", M),
    ("we were watching a movie and the guy next to us collapsed and isn't breathing, what do we do?", M),
    # an age is no gun, but pills counted are still the means
    ("ya tengo 45 pastillas de oxicodona guardadas y esta noche me las tomo", S),
]
