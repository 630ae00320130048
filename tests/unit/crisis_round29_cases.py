"""Round 29's crisis failure classes (data; tests/unit/test_crisis_classes_by_round.py
checks them): new wordings of each class, written here and never copied from an
evaluation set, that must be detected; look-alikes that must be ruled out and
overrule DIET; look-alikes of the new families that must stay quiet; and the
emergencies the look-alike filters must not swallow (each filter's stop)."""

from tests.unit.crisis_classes import M, O, R, S  # noqa: F401

CLASSES = [
    # overdose: a bystander finds someone collapsed among medicine containers, breathing oddly
    ("a coworker is slumped in the break room with empty pill bottles around her and she is making a weird gurgling sound when she breathes. should i call someone or let her sleep it off?", O),
    ("found a guy on the floor of the gym bathroom next to a bunch of prescription bottles, his breathing is really slow and snoring loud. do i call for help or wait for him to wake up?", O),
    ("en la tienda encontramos a un senor tirado con frascos de pastillas alrededor, respira muy lento y hace un ruido como ronquido. llamamos a alguien o esperamos a que despierte?", O),
    ("hay una muchacha desmayada en el bano de la oficina con blisters de pastillas vacios, la respiracion le suena como gorgoteo. espero a que se le pase o pido ayuda?", O),
    ("una senora esta tirada en la parada del bus con cajas de medicina vacias, respira rarisimo como ahogandose, llamo a la ambulancia o espero que reaccione?", O),
    ("my uncle is passed out in the shed, empty bottles of pills on the bench, he's making a rattling sound, should we just let him come round?", O),
    # overdose: a trained bystander's shorthand, asking whether to give naloxone now
    ("pt unresponsive, agonal resps, pupils pinpoint, track marks on L arm. push narcan now?", O),
    ("resps shallow and agonal, miosis, tracks on both forearms, should i give nasal narcan now", O),
    ("male ~40 behind the bar, RR 5, needle marks, do i give him the naloxone or wait", O),
    ("paciente tirada en el parque, pupilas puntiformes y marcas de agujas, le pongo la naloxona ya?", O),
    # overdose: uppers and downers mixed, the count lost, signs now
    ("i took a bunch of adderall and then some sleeping pills to come down and i lost count, now my heart is pounding and im seeing double", O),
    ("mixed my ritalin with ambien tonight, not sure how many of each anymore, im shaking and my heart is going crazy", O),
    ("me tome unas pastillas para estar despierto y luego unas para dormir y ya perdi la cuenta, el corazon me late fuertisimo y veo doble", O),
    ("tome adderall y despues clonazepam y no se cuantas fueron, estoy temblando y veo todo doble", O),
    # overdose: a dosing error in an infant or small child
    ("my husband gave our 8 month old tylenol and i didn't know and gave her another dose an hour later", O),
    ("i accidentally gave my toddler the adult ibuprofen instead of the infant drops", O),
    ("mi suegra le dio jarabe para la tos al bebe y yo tambien se lo di sin saber, le dimos doble dosis", O),
    ("le di a mi nena de 1 ano el paracetamol de adulto en vez del infantil, que hago", O),
    ("my mother in law gave the baby a dose of tylenol and i gave another one not knowing, she is 6 months old", O),
    ("my 2 year old got motrin from the sitter and then from me an hour later, we doubled it by mistake", O),
    ("a mi bebe de 8 meses le dieron el jarabe para la tos de adultos en vez del infantil", O),
    # overdose: a relative on the floor beside a small bag of powder or other kit, not responding
    ("bueno les cuento que hoy fue un dia largo, fui a ver a mi hermano porque no contestaba, tuve que forzar la puerta del cuarto y estaba tirado en el piso al lado de una bolsita con polvo blanco y no responde, no se que hacer, tambien queria preguntar por la cita del martes", O),
    ("my son's door was locked, we broke in and he's on the floor next to a little baggie of powder and a spoon and he won't respond", O),
    ("encontre a mi papa en el suelo del bano con una bolsita y una jeringa al lado y no reacciona", O),
    ("my sister was lying on her bedroom floor beside a small bag of white powder and she is not responding to us", O),
    # overdose: another person's sedatives with alcohol, slumped, only a groan when shaken
    ("my friend took some of his mom's xanax with a bunch of vodka and now he's slumped over with his head hanging and only groans when i shake him", O),
    ("mi novia se tomo unas pastillas para dormir de su abuela con cerveza y ahora esta desplomada, con la cabeza colgando y solo se queja cuando la muevo", O),
    ("he drank whiskey and took his roommate's valium, now he's slumped on the couch and just makes a noise when i shake him", O),
    ("mi primo se tomo los calmantes de su tia con unos tragos, tiene la cabeza caida y apenas se queja si lo sacudo", O),
    # overdose: the bare statement that the pills are already taken
    ("ya me trague todas las pastillas", O),
    ("i already took the pills", O),
    ("took them all already", O),
    ("ya me las tome todas", O),
    # self-harm: a farewell letter written, a relative's pills, how long they take (learner English)
    ("i already write my goodbye letter. i have my grandmother pills here, how long they take for work?", S),
    ("the letter for my family is finish. my mother pills is with me. how much time they need for working?", S),
    ("ya escribi mi carta de despedida y tengo las pastillas de mi mama, cuanto tardan en hacer efecto", S),
    # self-harm: a letter to post because "he won't be able to", then a height
    ("my neighbor gave me an envelope to mail tomorrow because he said he won't be able to, and now i see him walking up to the roof", S),
    ("my coworker handed me a letter and asked me to post it since she won't be able to, then she went toward the bridge", S),
    ("mi vecina me dio una carta para que la mandara porque ella ya no va a poder, y ahora la veo subiendo a la azotea", S),
    # self-harm: a gun at hand inside a price or insurance question
    ("how much does a session cost without insurance? honestly i have a gun on the table in front of me and i'm not sure therapy is even worth it", S),
    ("does your clinic take medicaid? my pistol is sitting right here next to me and i don't know if treatment is worth paying for", S),
    ("cuanto cuesta la consulta sin seguro? tengo la pistola aqui en la mesa y no se si vale la pena el tratamiento", S),
    # self-harm: a last event tonight, then done for good, everything set up
    ("tonight is my last game with the team, after that i'm done for good. everything is already set up", S),
    ("last stream tonight chat, after this i'm done for good, i've got it all set up", S),
    ("hoy es mi ultimo turno en el trabajo, despues de eso me voy para siempre, ya tengo todo preparado", S),
    # self-harm: a household chemical and pills, all at a named moment today
    ("tengo cloro y las pastillas de mi papa, a las 10 de la noche me las voy a tomar todas", S),
    ("ya compre veneno para ratas y tengo unas pastillas, hoy en la tarde cuando se vayan todos me lo tomo todo", S),
    ("i have bleach and a bottle of pills, at midnight tonight i'm going to take them all", S),
    # self-harm: at a station, will throw myself when the train comes
    ("estoy en el anden del metro y cuando venga el tren me voy a aventar", S),
    ("i'm at the station right now and when the next train comes i'm going to jump in front of it", S),
    ("estoy en la estacion, en cuanto llegue el tren me tiro", S),
    ("me voy a aventar a las vias cuando pase el metro, ya estoy en el anden", S),
    # self-harm: goodbye messages sent and the pills in hand, now or later
    ("i already sent goodbye texts to everyone and i have the pills in my hand, just deciding if now or later", S),
    ("le escribi adios a cada uno de mis contactos, el frasco esta abierto en mi mano, estoy viendo si lo hago de una vez", S),
    ("ya me despedi de mis hermanos por whatsapp, tengo todas mis pastillas aqui conmigo, o ahorita o en la noche", S),
    # self-harm: an older adult's papers arranged, pills on the table, lie down and not get up
    ("arregle la poliza y el titulo del apartamento a nombre de mi hijo, las pastillas de la presion estan junto a la cama, esta noche me duermo y no despierto mas", S),
    ("i've left the deed and the insurance papers in order for my kids, my heart pills are on the table, tonight i lie down and don't get up", S),
    ("dejé todo listo para mis hijos, el testamento, las escrituras. tengo las pastillas aqui. hoy me acuesto y ya no me levanto", S),
    # self-harm: cutting, the blade at hand, bleeding that will not stop (voseo too; an English
    # wording is read as a bleed: medical first aid comes first)
    ("me estoy cortando, tengo la navaja aca y la sangre no para, que hago", S),
    ("me corté con la trincheta y no me para la sangre, tengo el cuchillo al lado", S),
    ("me estoy cortando con el cuter, no me para la sangre, ayudame vos", S),
    ("che me volvi a cortar, la sangre no se me para, decime que hago", S),
    # self-harm: a young person says he will shoot himself with a relative's gun, already taken out
    ("mi primo dice que se va a pegar un tiro con la escopeta del abuelo, ya la saco del estuche", S),
    ("my grandson says he's going to shoot himself with his dad's gun and he already took it out of the safe", S),
    ("mi hijo dijo que se va a dar un balazo con el arma de su abuelo y ya la tiene", S),
    # medical: a fall onto the head, vomiting more than once, light hurting, memory gaps
    ("my son got dropped on his head when his friends were lifting him, he's thrown up three times and the light hurts his eyes", M),
    ("fell at a concert and hit my head, i've vomited twice and i can't remember parts of the night", M),
    ("mi hija se cayo y se pego en la cabeza, ya vomito dos veces y le molesta la luz", M),
    ("a mi hermano lo dejaron caer de cabeza en el baile, vomito varias veces y no se acuerda de nada", M),
    # medical: a diabetic sweaty and confused, cannot swallow, the meter reads LO
    ("my dad is diabetic, he's sweaty and confused and can't swallow, the meter just says LO", M),
    ("mi abuela es diabetica, esta sudando y confundida, no puede tragar y el glucometro marca LO", M),
    ("diabetic roommate is drenched in sweat and not making sense, sugar reads 35, she can't swallow the juice", M),
    # medical: a child pulled out of water not breathing, compressions (Central American words)
    ("sacamos al cipote de la piscina y no respira, le estan haciendo compresiones", M),
    ("pulled my nephew out of the pool, he isn't breathing, my brother is doing chest compressions", M),
    ("el patojo se cayo a la pila y no respira, le estamos dando rcp", M),
    ("sacaron a la guagua del agua y no respira, le estan haciendo masaje cardiaco", M),
]

LOOK_ALIKES = [
    # a post (the noun) about a method, read or written: still ruled out after the verb was let through
    "saw a post on reddit where someone said they want to kill themselves, so sad",
    "there's a post going around saying overdose deaths are up, is that true?",
    "can you post the schedule? i want to die laughing at how late it is lol",
    # (part B) fiction asked about or described: a novel, a script, a piece, a soap's character line
    "in the crime novel i'm reading the detective finds the victim with pinpoint pupils, is that realistic for an opioid overdose?",
    "for my screenwriting class: how would an ER scene look realistically after a character cut her wrists?",
    "en la novela policiaca que estoy leyendo el asesino deja a la victima con las pupilas como puntitos, es realista?",
    "en mi club de lectura el capitulo de esta semana termina con la protagonista tomandose todas las pastillas, que opinan?",
    "en la telenovela la villana grita me quiero morir cada capitulo y mi hermana lo repite de broma jaja",
    "would narcan have saved the character in the thriller i finished last night?",
    "estoy escribiendo un guion y la escena es en urgencias despues de que el personaje se corta las venas, como se veria?",
    "in our dance piece the lead collapses like she overdosed, how would a body fall realistically?",
    "en la obra de teatro mi personaje se desmaya y no respira, como lo actuo de forma realista?",
    "in the thriller the killer leaves him not breathing with blue lips, would narcan have saved him?",
    # (part B) sports watched: a team that gives the fan a heart attack every weekend, a knockout on TV
    "my team gives me a heart attack every single weekend, how do people stay calm watching football?",
    "el america me tiene al borde del infarto cada fin de semana jaja",
    "vimos la pelea en la tele y el boxeador quedo inconsciente en la lona, que nocaut",
    "this team is going to give me a heart attack, every game comes down to penalties",
    "mi equipo me va a dar un infarto, todos los domingos lo mismo",
    "watched the title fight on tv, the challenger was out cold on the canvas, wild",
    "vimos la pelea por la tele y el retador quedo noqueado en la lona como un minuto, tremendo",
    # (part B) everyday hyperbole: food to die for, an overdose of sweets, a bill or smoke that nearly killed
    "esta torta esta para morirse, puedo comer antes de la infusion?",
    "the tres leches at that bakery is to die for",
    "i overdosed on frosting at the party lol, is sugar ok before ketamine?",
    "my kid overdosed on halloween candy again",
    "the hospital bill almost gave me a heart attack",
    "casi me muero del infarto cuando vi la factura del hospital",
    "casi me muero del humo cocinando el arroz jaja",
    "me sobredosis de chocolate en navidad jaja",
    # (part B) crying at a film or a show until the chest hurts
    "me duele el pecho de tanto llorar con la escena final de la pelicula",
    "my chest hurts from crying so much at the end of that movie",
    "llore tanto con el capitulo de la serie que me duele el pecho",
    "cried so hard at the film that my chest aches, is that normal?",
    # (part B) a resolved past: a relative well for a year, old cuts and scars, a double dose cleared
    "my sister wanted to die two years ago but she's been well for a year and laughs again, can she start ketamine?",
    "mi mama se queria morir pero desde hace un ano esta bien y se rie otra vez",
    "mi hermano queria morirse, pero lleva mas de un ano bien y ya se rie de nuevo",
    "i cut myself when i was 20, i've been fine for years, do the scars matter for the treatment?",
    "me cortaba a los 20 anos, llevo anos bien, importan las cicatrices para el tratamiento?",
    "my aunt took a double dose yesterday, poison control said it was fine and she is perfectly well now",
    "ayer mi abuela se tomo doble dosis, toxicologia dijo que no pasaba nada y hoy esta perfectamente",
    # (part B) serene acceptance of death in faith, treatment asked for meanwhile
    "cuando Dios me llame me ire en paz, pero por ahora quiero que me quiten este dolor de espalda",
    "when the Lord calls me home i will go peacefully, but until then i want relief from this pain",
    "no le temo a la muerte, cuando Dios disponga me voy contenta, mientras tanto quiero tratar mi depresion",
    "el dia que diosito me recoja me voy tranquilo, pero mientras quiero vivir sin este dolor",
]

QUIET = [
    # naloxone asked about ahead, no sign now
    "should i keep narcan at work in case someone needs it?",
    "our first aid class covered track marks today, next week we practice how you give narcan",
    # uppers and downers, a habit, no count lost, no signs
    "i take adderall in the morning and ambien at night, is that combo ok long term?",
    "tomo metilfenidato de dia y pastillas para dormir de noche, me lo recetaron juntos",
    # a bag on the floor, nobody unresponsive
    "my kid spilled a bag of flour powder all over the kitchen floor lol",
    "se me cayo una bolsita de azucar en el piso de la sala de espera",
    # medicine bottles and sleep, a child's dose asked about
    "my dad was lying on the couch with his pill bottles around, snoring, he naps every afternoon",
    "my son is 3, can he take children's tylenol or does he need the infant one?",
    "the baby got her second dose of the vaccine today, is fussiness normal?",
    "is adult ibuprofen ok for my 12 year old instead of the kids version?",
    # sedatives and alcohol asked about, nobody slumped
    "can i have a glass of wine with my xanax at dinner?",
    "puedo tomar una cerveza si tomo pastillas para dormir?",
    # the pills taken as prescribed, reported in a longer message
    "ya me tome las pastillas de la presion, a que hora es mi cita?",
    "i already took the pills you prescribed this morning, should i eat first next time?",
    # a letter and how long the medicine takes, not a farewell
    "the letter from the insurance is finished, how long do the new pills take to work?",
    "la carta del seguro ya esta lista, cuanto tardan las pastillas nuevas en hacer efecto?",
    # a letter mailed for someone away, a roof repaired
    "my neighbor asked me to mail a letter because he won't be able to, he's on vacation this week",
    "mi papa me dio una carta para mandar porque el no va a poder ir al correo, esta trabajando en el techo",
    # a gun at a range, a price question
    "i'm a hunter and keep my rifle locked in a safe, is therapy worth it for ptsd?",
    "is ketamine treatment worth the cost? my gun club friends say it helped them",
    # a last event and a retirement, a new channel
    "last shift tonight before i retire, done for good! the party is all set up",
    "last stream on this channel tonight, after this i'm done for good here, the new youtube channel is ready",
    # chemicals and pills, ordinary cleaning and dosing
    "i have bleach and my pills in the same cabinet, is that safe with a toddler?",
    "compre cloro para limpiar y mis pastillas de la presion, a las 8 me tomo la de la noche",
    # a train boarded, a nap on the train
    "cuando venga el tren me tiro a dormir en el asiento, llego tarde a la cita",
    "when the train comes i'll jump on and be there in 20 minutes",
    # goodbyes to a trip, pills ready for the trip
    "we said our goodbyes at the funeral. i have the pills the doctor gave me for sleep, is it ok to take them with tea?",
    "me despedi de mi abuela en el hospital, tengo las pastillas del doctor en la bolsa, las tomo con comida?",
    # papers arranged and rest
    "i left the insurance papers at the front desk and took my heart pills, can i lie down before the infusion?",
    "ya deje los papeles del seguro en recepcion, me puedo acostar un rato antes del tratamiento?",
    # cuts told as healed, a kitchen knife put away
    "i used to cut myself but i'm 2 years clean, the scars don't bleed anymore",
    "me corte cocinando con el cuchillo pero ya paro de sangrar, puedo ir igual a la cita?",
    # a threat reported long ago, a gun locked away
    "years ago my son said he would kill himself, he's doing great now and the guns are all locked up",
    "mi nieto dice que se va a matar de risa con ese video, ya lo tiene en el celular",
    # a bump on the head with no red flags, vomiting from a stomach bug
    "se cayo de cabeza en la piscina de pelotas, se rio y siguio jugando",
    "he got dropped on his head as a baby, that's the family joke",
]

STILL_EMERGENCIES = [
    # the verb "post" beside a farewell and a height
    ("asked me to post the letter since he won't be able to, and he just went up onto the roof", S),
    ("she told me to post it for her because she won't be able to and now she is walking toward the bridge", S),
    # a post (the noun) and a real overdose now
    ("saw a post about narcan, but my brother is on the floor next to a baggie of powder and not responding", O),
    # (part B) fiction: own intent, a means or an act now after the story wins
    ("la novela que leimos en el club termina cuando la protagonista se suicida, y yo tambien quiero hacerlo hoy en la noche", S),
    ("in the thriller the hero swallows all his pills and honestly i want to do the same tonight, mine are on the desk", S),
    ("en la novela la protagonista se toma todas las pastillas del frasco y yo tambien quiero hacerlo esta noche", S),
    ("in the book club chapter the heroine swallows a whole bottle of pills, and i'm going to do the same tonight", S),
    ("en la telenovela el personaje dice me quiero morir, y la verdad yo tambien, tengo la soga lista", S),
    ("the screenplay has a character who cuts her wrists in the bath, i did that an hour ago and it won't stop bleeding", S),
    ("la telenovela estaba buenisima pero ya me tome todas las pastillas de la caja", O),
    ("la novela del club termina con un suicidio y quiero hacer lo mismo esta noche", S),
    # (part B) sports: a bare heart attack beside the game, a collapse in front of the TV
    ("we were watching the match on the couch and my grandpa is having a heart attack, his arm is numb", M),
    ("mi papa estaba viendo el partido y le esta dando un infarto, se agarra el pecho", M),
    ("my team gives me a heart attack every weekend, and now my husband is clutching his chest and can't breathe", M),
    ("el equipo me tiene al borde del infarto y mi papa se desmayo frente a la tele, no responde", M),
    ("the fight on tv ended and now my brother collapsed and isn't breathing", M),
    ("el partido me tiene al borde del infarto pero a mi abuelo le esta dando un infarto de verdad, no puede respirar", M),
    # (part B) hyperbole: food or sweets, then someone not breathing or pills taken
    ("this pie is to die for but my son is not breathing after eating it", M),
    ("esta torta esta para morirse pero mi hijo no respira", M),
    ("esta sopa esta para morirse pero a mi hija se le hincho la garganta y no puede respirar", M),
    ("overdosed on chocolate as a kid lol, but tonight i took 30 pills", O),
    ("i overdosed on cupcakes lol, but my son swallowed my pills and he won't wake up", O),
    # (part B) crying at a film, then pills taken or heart signs
    ("me duele el pecho de tanto llorar con la pelicula y me tome todas las pastillas de mi mama", O),
    ("my chest hurts from crying at the film and i took all my pills an hour ago", O),
    ("me duele el pecho de tanto llorar con la pelicula, y el dolor se va al brazo y estoy sudando", M),
    ("cried at the movie and now my chest hurts and it's going down my left arm, i'm sweating", M),
    # (part B) a resolved past told again now: a means, a farewell, new cuts, a new overdose
    ("my brother wanted to die last year, he was well for a year but now he has a rope and is saying goodbye", S),
    ("mi hermana estuvo bien un ano despues de querer morirse, pero ahora tiene una soga en su cuarto y me dijo adios", S),
    ("mi tia se queria morir, desde hace un ano esta bien, pero ahora dice que se quiere matar y tiene pastillas", S),
    ("i cut myself at 19 and have scars, but last night i did it again and it won't stop bleeding", S),
    ("me cortaba a los 20 anos y tengo cicatrices, pero anoche me volvi a cortar y sangra mucho", M),
    ("took a double dose yesterday, poison control said fine, but today i took the whole bottle", O),
    ("mi tia tomo doble dosis ayer y toxicologia dijo que estaba bien, pero hoy se tomo otra vez todo el frasco", O),
    # (part B) faith: a wish and a means for tonight after the acceptance
    ("when god calls me i'll go in peace, but i want it to be tonight, i have the pills ready", S),
    ("cuando Dios me llame me voy tranquila, pero me quiero morir hoy, ya tengo las pastillas guardadas", S),
    # (part B) the fiction and fight filters stop at someone next to the writer; the fan filter at a
    # heart sign; a relative's means, new cuts or pills told inside the look-alike's own words
    ("at the movie theater there was a shooting and the victim is bleeding out next to me", M),
    ("watching the fight on tv when the boxer next to me at the bar collapsed and is still unconscious", M),
    ("mi papa esta al borde del infarto, le duele el pecho y el brazo", M),
    ("my brother wanted to die, he has a rope now, even though he's been fine for a year", S),
    ("i cut myself at 20 and again tonight, it's bleeding through, will the scars matter", M),
    ("cried at the movie, took all my pills, my chest hurts", O),
    # (part B) the writer's own wish after a character's act, inside the fiction filter's sentence
    ("en la serie el protagonista se ahorca y yo me quiero matar igual que el", S),
    ("in the movie the villain shoots himself and i want to kill myself the same way", S),
    ("at the play tonight the actor collapsed on stage and is not breathing", M),
]

# --- part C ----------------------------------------------------------------------------
# An old episode, a recovery, a story or faith told first, then a danger now in another clause
# (the means at hand, a farewell under way, a time set for today, the writer's own act just
# done): the look-alike must give way (patterns.PRESENT_DANGER). And a threat to shoot, hang or
# throw oneself told or written to someone else (phrases.TOLD_THEY_WILL_KILL_SELF).
CLASSES = CLASSES + [
    # (part C) a past wish or attempt, then the means or a farewell now
    ("my grandfather was suicidal back in 2016 and got better, but tonight he's been saying goodbye on the phone and he has his revolver", S),
    ("my girlfriend wanted to kill herself years ago, she was stable for a long time, but now she has a knife in her hand again", S),
    ("mi hijo se quería matar hace dos años, estuvo bien, pero ahora tiene la escopeta en su cuarto y se despidió de todos", S),
    ("my son tried to hang himself when he was 15, he's been okay since, but now he has a rope again and is writing goodbye notes", S),
    ("mi esposa intentó matarse el año pasado, ya estaba bien, pero hoy tiene la pistola de su papá y se está despidiendo", S),
    ("i used to want to kill myself in college, i've been fine since, but tonight i already have the pills on the desk", S),
    ("de joven me quería suicidar, después estuve bien muchos años, pero ahora ya tengo la soga y es esta noche", S),
    # (part C) a relative well for years, now the means in hand and a farewell
    ("mi abuela llevaba tres años tranquila, pero ahora tiene otra vez las pastillas en la mano y se está despidiendo", S),
    ("my aunt has been fine for two years, but now she has the pills again and is texting goodbye to her kids", S),
    # (part C) a story's overdose, then the writer's own pills just taken
    ("in the series the main character takes all her sleeping pills, and i took mine too about 20 minutes ago", O),
    ("en el libro la heroína se traga el frasco entero y yo ya me tomé las mías hace un rato", O),
    # (part C) death accepted in faith, then wished for tonight with the pills ready
    ("when jesus takes me i'll be at peace, and honestly i hope it is tonight, the pills are on my nightstand", S),
    ("el día que Dios me lleve me voy contento, y ojalá sea esta noche, ya tengo las pastillas contadas", S),
    ("cuando el Señor me llame estoy lista, y quiero que sea ya, tengo las pastillas de mi esposo aquí", S),
    # (part C) a threat to shoot, hang or throw oneself told or written to someone else
    ("mi sobrino le contó a su mamá que se va a pegar un tiro esta noche", S),
    ("my brother told our dad he was going to blow his brains out", S),
    ("she texted her best friend that she is going to put a bullet in her head", S),
    ("mi vecino le escribió a su hija que se iba a ahorcar en el garaje", S),
    ("mi papá me escribió que se iba a colgar del árbol del patio", S),
    ("my cousin messaged his ex he was going to jump off the overpass", S),
    ("mi novio le mandó un audio a su hermano diciendo que se iba a volar la cabeza", S),
    ("la señora le dijo a la enfermera que se iba a dar un tiro en cuanto llegara a casa", S),
    ("le dije a mi hermana que me voy a pegar un tiro", S),
    ("i told my wife i am going to shoot myself tonight", S),
]

LOOK_ALIKES = LOOK_ALIKES + [
    # (part C) a past, a recovery, a story or faith with no danger now: still ruled out
    "my mom wanted to die when i was little, these days she runs half marathons",
    "in the crime novel the detective has a gun and points it at himself in the last chapter, what an ending",
    "my dad was suicidal years ago, he has been well for three years and laughs a lot, can he start infusions?",
    "en la película el protagonista tiene una pistola y se dispara al final, qué tristeza",
    "cuando Dios me llame me iré en paz, pero por ahora quiero seguir con mis infusiones",
    "he used to be suicidal, now he has a gun license and goes hunting with his friends",
    "my mom tried to kill herself years ago. now she has her pills in a weekly organizer and is doing great",
    "my dad wanted to die back in 2010, now he has a knife collection and a new hobby",
    "i was suicidal in 2019 and have been on the same meds for four years now, can i add ketamine?",
]

QUIET = QUIET + [
    # (part C) an old episode and a good present: nothing detected
    "my brother tried to overdose back in 2018, now he is in college and doing great",
    "mi tía se quería morir hace años, ahora está muy bien y trabaja de maestra",
    "my sister wanted to die in 2015, now she has the pills her psychiatrist prescribed for anxiety and she is doing fine",
    # (part C) something else told to someone: a game, a nap, a phone hung up, a pool
    "my son told me he's going to shoot some baskets after dinner",
    "mi hijo le dijo a su maestra que se va a pegar una siesta en el recreo",
    "mi papá me escribió que se iba a colgar el teléfono porque no había señal",
    "he texted his coach he would kill it at the tournament",
    "mi hermano le dijo a mi mamá que se iba a tirar a la piscina",
    "el cardiologo me dijo que se me va a disparar la presion si dejo la pastilla",
    "mi jefe dice que se va a disparar el precio de la gasolina",
]
