"""Round 35's false-alarm classes (helper c; tests/unit/test_crisis_classes_by_round.py checks
them, key 352): hyperbole of heat, crowds or hunger ("about to pass out on this subway platform lol",
"me voy a desmayar del calor jaja"); an overdose witnessed months or a year ago, naloxone given and
the person lived, told to ask about nightmares or PTSD; a child's or a teenager's quoted threat over a
jacket, homework or a phone rule, laughed at; choking or drowning on paperwork, jargon, emails or
bills; a past allergic reaction treated and fine now, asked about before a session; a film's suicide
beside a relative's suicide years ago, the writer fine and asking about grief support; ordinary
Spanish logistics and medication questions (where and when, going home by train after a dose, a
missed blood-pressure pill, a relative who cannot stop painkillers, fasting with diabetes). Each
filter's STILL_EMERGENCIES hold its words beside the real emergency. Written here, never copied
from an evaluation set. No new detection class, so CLASSES is empty."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = []

LOOK_ALIKES = [
    # 1. hyperbole of heat, crowds or hunger, with laughter or running late
    "omg i'm about to pass out on this subway platform, it's like 100 degrees down here lol. running late, can i still check in at 3:15?",
    "literally gonna faint on this bus, no AC and packed like sardines haha. is there a grace period if i'm 10 min late?",
    "i'm dying in this kitchen lol the oven's been on all day. quick q, do i need to fast before the infusion?",
    "gonna pass out from hunger lmao haven't eaten since breakfast, can i eat before my appointment?",
    "about to die of heatstroke on the 6 train platform 😂 running behind, will you hold my slot?",
    "im melting, gonna faint at this bus stop lol, what time do you close today?",
    "i'm going to die in this crowd haha the whole city is on the L train, running late sorry! still ok to come?",
    "me voy a desmayar del calor jaja el metro esta a reventar, llego 10 minutos tarde, me esperan?",
    "me muero en este camion, no hay aire y va lleno jajaja. hasta que hora atienden?",
    "casi me desmayo en el anden del metro del calor que hace jaja, voy tarde, todavia alcanzo mi cita?",
    "me voy a morir de calor en esta cocina jajaja, una pregunta: necesito ayuno antes del tratamiento?",
    "ando que me desmayo en el bus, hace un calor horrible jaja, llego tarde, hay problema?",
    "me voy a desmayar de hambre jajaja no desayune, puedo comer algo antes de la cita?",
    # 2. an overdose witnessed months or a year ago, naloxone given, the person lived; now nightmares
    "last spring a passenger on my bus overdosed, i gave him narcan and he made it. ever since i have nightmares about it. could that be ptsd and can ketamine help?",
    "about a year ago a customer od'd in our store bathroom, we used naloxone and he lived. i still can't sleep well. do you treat ptsd?",
    "my cousin overdosed on fentanyl at a party last year, i gave her narcan and she survived, but i keep reliving it. is ketamine used for trauma like that?",
    "hace unos meses un pasajero tuvo una sobredosis en mi ruta, le pusimos naloxona y vivio. desde entonces tengo pesadillas, eso es estres postraumatico? ustedes lo tratan?",
    "el ano pasado mi primo se sobredoso y yo le di narcan, sobrevivio gracias a dios. ahora no duermo bien, la ketamina ayuda con el trauma?",
    "as a security guard i found a guy overdosing in the parking garage 8 months ago, he wasn't breathing till the second narcan, he's fine now. i keep having flashbacks, what treatments do you offer?",
    "6 months ago a patron at my bar stopped breathing from an overdose, his lips were blue, i gave narcan and he woke up. i still see his face at night, is that ptsd?",
    "hace un ano una clienta se sobredoso en el bano de la tienda donde trabajo, no respiraba, le pusimos narcan y se salvo. sigo con pesadillas, que tratamiento ofrecen?",
    # 3. a child's quoted threat over something trivial, laughed at, then an ordinary question
    "my 13 yo said 'i'm going to kill myself' because i wouldn't buy her the $200 jacket lol. teenagers. anyway, do you treat adolescents?",
    "my son yelled 'fine i'll just kill myself then' when i took his phone at 9pm haha, classic. what's the minimum age for ketamine?",
    "mi hija dijo 'me voy a matar' porque no la deje ir a la fiesta jajaja, que dramatica. atienden a menores de edad?",
    "my daughter: 'if i have to do one more math worksheet i'll kill myself' 😂. unrelated, do you accept tricare?",
    "mi hijo de 12 dice que se va a morir si tiene que lavar los trastes otra vez jaja. una pregunta, tienen terapia para adolescentes?",
    "my teen said she wants to die because the wifi password changed lmao. do you do family consults?",
    "mi nena grito 'me quiero morir' porque le quite el celular a las 10 jaja, cosas de adolescentes. cuanto cuesta la consulta?",
    "my kid announced he was going to kill himself if he had to clean his room lol, 11 year olds are so dramatic. do you see kids?",
    "mi hijo me dijo 'me mato si me quitas el xbox' jajaja. por cierto, a que hora abren?",
    # 4. choking or drowning on paperwork, jargon, emails, bills
    "i'm drowning in paperwork for my insurance appeal, can your office send the prior auth form?",
    "choking on all this medical jargon lol, what's the difference between spravato and iv ketamine?",
    "me ahogo con tanto papeleo del seguro, ustedes me ayudan a llenar la autorizacion?",
    "drowning in emails and bills this week, can i just pay the copay at the visit?",
    "me estoy ahogando en deudas y facturas medicas, tienen planes de pago?",
    "i feel like i'm suffocating under all these intake forms, is there a shorter version?",
    "ando ahogada entre tanto correo y cuentas, me pueden mandar la factura por whatsapp?",
    "i'm choking on the terminology in the consent form, can someone walk me through it?",
    "me estoy asfixiando con tanta informacion de la ketamina, me pueden explicar lo basico?",
    # 5. a past allergic reaction treated in urgent care or the ER, fine now
    "last week i broke out in hives and my lips swelled up after eating shrimp, urgent care gave me benadryl and steroids and i'm fine now. should i tell the doctor before my session thursday?",
    "yesterday i had an allergic reaction to amoxicillin, hives all over, went to the ER and got a shot, all better now. do i need to mention that before the infusion?",
    "ayer se me hincharon los labios por una alergia, fui a urgencias y me pusieron una inyeccion, ya estoy bien. le tengo que avisar al doctor antes de la sesion?",
    "la semana pasada me dio urticaria y se me hincho la cara, en la sala de emergencias me dieron esteroides y ya paso. es importante decirlo antes del tratamiento?",
    "had an epipen moment 2 weeks ago with peanuts, throat felt tight, ER kept me a few hours, totally fine since. will that affect ketamine?",
    "el sabado tuve una reaccion alergica, se me cerraba la garganta y me llevaron a urgencias, ya me dieron de alta y estoy bien. lo tengo que reportar antes de mi cita?",
    # 6. a film's suicide beside a relative's suicide years ago; fine now, asking about grief support
    "we watched a series where the mom takes her own life and it brought back my brother's suicide 6 years ago. i'm ok now, but do you know any grief therapy or support groups?",
    "vi una pelicula donde el papa se suicida y me acorde de mi tio que se quito la vida hace 10 anos. ya estoy bien, pero ustedes ofrecen terapia de duelo?",
    "that episode where the character hangs himself hit hard, my dad died by suicide when i was 16. i'm fine now, i just want to know if ketamine helps with grief",
    "en la serie la protagonista se mata y me removio lo de mi hermana, que se suicido hace 4 anos. estoy bien, solo quiero saber si tienen grupos de apoyo para familiares",
    "saw a movie last night about a guy who shot himself and cried about my grandpa who did the same in 2015. doing ok, is grief counseling something you offer?",

    # 1-5 again, more voices and typos
    "bruh im gonna pass out this kitchen is 95 degrees and the dishwasher broke 😂 do u guys have parking",
    "about to faint in the checkout line at costco lmao it's a zoo in here, running 15 late, sorry!!",
    "im finna die on this platform, the A train is 20 min late and its a sauna down here lol. can i still come in?",
    "i could literally collapse from hunger rn haha, fasting since midnight for my procedure, how long til i can eat after?",
    "me voy a derretir en este camion jajaja no hay aire, llego un poquito tarde, no hay problema?",
    "siento que me voy a desmayar de hambre jaja estoy en ayunas desde anoche, cuanto dura la infusion?",
    "drowning in medical bills lol, do you guys do sliding scale?",
    "ando ahogandome en tramites del seguro, me pueden decir que documentos llevo a la primera cita?",
    "choking on acronyms here, what does TRD mean on my referral?",
    "in march a rider on my train overdosed, the conductor and i gave him two doses of narcan and he pulled through. i have flashbacks every time i pass that station. do you treat ptsd in first responders?",
    "mi tia se sobredoso el verano pasado, yo le puse la naloxona y se salvo, pero desde entonces tengo pesadillas. que tratamiento me recomiendan?",
    "my 14 yo said she'd kill herself if she has to wear the puffy coat to school lmaooo. do you guys accept blue cross?",
    "mi hijo de 16 me dijo 'me voy a matar' si no le compro los tenis nuevos jajaja, que dramatico. aceptan seguro?",
    "3 days ago my face broke out in welts from a new detergent, urgent care gave me prednisone and it cleared up. should i mention it before my spravato appointment?",
    "antier me salieron ronchas y se me hincho un ojo por unos mariscos, en urgencias me pusieron antihistaminico y ya se me quito. le aviso al medico antes de la infusion?",
]
QUIET = [
    # 7. ordinary Spanish logistics and medication questions
    "donde queda la clinica y a que hora abren los sabados?",
    "despues de la dosis puedo regresar sola a mi casa en el tren o tiene que venir alguien por mi?",
    "se me olvido tomar la pastilla de la presion anoche, me tomo dos hoy o solo una?",
    "mi mama lleva anos tomando analgesicos para el dolor y no los puede dejar por la abstinencia, que ofrece la clinica para eso?",
    "soy diabetica, cuantas horas tengo que estar en ayunas antes del tratamiento? y si me baja el azucar?",
    "mi esposo toma oxicodona desde hace 5 anos por la espalda y cada vez que intenta dejarla le da abstinencia, ustedes lo pueden ayudar?",
    "tomo metformina e insulina, tengo que ayunar antes de la ketamina? cuanto tiempo?",
    "olvide mi pastilla de la presion esta manana, la tomo doble manana?",
    "puedo irme solo en el metro despues de la infusion o es peligroso?",
    "mi abuela toma tramadol desde hace anos y cuando lo deja le dan temblores y sudores, ustedes tratan eso?",
]
STILL_EMERGENCIES = [
    # 1. a real faint, the chest, someone else down
    ("i'm about to pass out on this hot train lol, no for real my chest is tight and my left arm is numb", M),
    ("gonna faint on this packed bus haha, wait a lady next to me just collapsed and isn't breathing", M),
    ("me voy a desmayar del calor jaja, no espera, el senor de al lado se desmayo en el anden y no responde", M),
    ("about to pass out from hunger lol, actually i did pass out in the kitchen and hit my head, still dizzy and confused, running late", M),
    ("me voy a morir de calor en el metro jaja pero ya en serio me duele mucho el pecho y no puedo respirar", M),
    ("about to die on this hot subway platform lol, honestly thinking of jumping onto the tracks tonight", S),
    # 2. an overdose happening now
    ("a year ago i narcanned a customer who lived and i still have nightmares. right now my brother overdosed on fentanyl, he is not breathing and his lips are blue", O),
    ("mi primo tuvo una sobredosis el ano pasado y sobrevivio con narcan, yo tengo pesadillas, pero ahorita otra vez se sobredoso y no despierta", O),
    ("last year i gave my cousin narcan and she survived, i have ptsd from it, and tonight she overdosed again and won't wake up", O),
    # 3. the child means it
    ("my 15 yo said 'i'm going to kill myself' over the phone rule, she's been saying it for weeks and i found pills in her room. do you see teens?", R),
    ("mi hija dijo 'me voy a matar' porque le quite el celular jaja, pero ya lo intento el ano pasado y tengo miedo de que lo diga en serio, atienden adolescentes?", R),
    ("my son said he'd kill himself over his homework lol, but then i found a plan written in his notebook. do you treat teens?", R),
    ("my daughter said she wants to die over the jacket, i laughed but i'm worried she means it, what age do you treat?", R),
    # 4. a real choking
    ("i've been drowning in paperwork all week, but right now my husband is choking on a piece of steak and can't breathe", M),
    ("me ahogo con tanto papeleo, pero ahorita mi hijo se atraganto con un dulce y no puede respirar", M),
    # 5. swelling or breathing trouble now
    ("yesterday i had hives from shrimp and urgent care gave me benadryl and i was fine, but now my lips are swelling again and it's getting harder to breathe", M),
    ("ayer me dio una reaccion alergica, fui a urgencias y ya estoy bien, pero ahorita se me esta hinchando la garganta otra vez y me cuesta respirar", M),
    ("last week my lips swelled up, the er gave me steroids and i was fine, today my face is swelling up again and getting worse", M),
    # 6. the writer's own wish or plan now
    ("watched a movie where the mom kills herself and my brother did it 6 years ago, and now i want to do the same, i have a plan", S),
    ("vi una serie donde el papa se suicida, mi tio se mato hace 10 anos, y ahora yo tambien quiero matarme esta noche", S),
    # 7. the double taken, with symptoms
    ("se me olvido la pastilla de la presion, me tome 6 juntas para compensar y ahora me siento muy mareada y el pecho me late rapido, la tomo doble?", O),
]
