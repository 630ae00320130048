"""Round 39's overdose and medical classes (helper b; tests/unit/test_crisis_classes_by_round.py checks
them, key 391), English and Spanish: (1) an opioid overdose told without the usual words (patches left
on, a clinical report with a breathing rate and "cianotico", Spain Spanish after ketamine and drink, a
double dose of methadone, two people down and two naloxone doses); (2) a pill count with a danger that
comes later (acetaminophen "feels fine", blood-pressure pills taken over and over, a child into a
grandparent's pills, iron vitamins, an empty box of clonazepam); (3) non-opioid toxic syndromes (DNP,
serotonin toxicity, cocaine with pills); (4) household chemicals swallowed, which get the Poison Help
steps and never the naloxone steps alone; (5) medical emergencies (anaphylaxis misspelled, a child on
a window ledge, stroke signs told inside a booking question, a head injury, a near drowning, a
near-amputation, a seizure through speech-to-text, an EpiPen in a shaking hand, a low blood sugar);
(6) violence at home now (a parent coming back to finish it, a husband with a knife and no English, a
daughter beaten against the wall). OVERDOSE_KIND pairs texts with the guidance kind they must get.
LOOK_ALIKES keep the filters that must still hold; QUIET are texts the new families leave alone.
Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = [
    # 1. opioid overdose without the usual words
    ("my uncle put on three of his fentanyl patches at the same time because his back hurt, now hes so drowsy and his breathing sounds off", O),
    ("grandpa stuck like four duragesic patches on his chest, he keeps nodding off and breathes real slow", O),
    ("paciente masculino, miosis puntiforme, frecuencia respiratoria de 6 por minuto, cianotico, no contamos con naloxona en el lugar", O),
    ("varon de 30 anos, FR 6, pupilas puntiformes, cianotico, sin naloxona disponible", O),
    ("mi colega se ha metido un monton de keta con cubatas y lleva un rato sin responder, hace un ruido rarisimo al respirar", O),
    ("mi novio se ha metido ketamina y mucho alcohol, lleva rato que no responde y hace como un ronquido raro", O),
    ("by mistake my dad took his methadone twice this morning, he lives by himself and on the phone he sounds so sleepy", O),
    ("mi tio se tomo doble dosis de metadona sin querer, vive solo y esta con mucho sueno, casi no contesta", O),
    ("two guys are out cold in the shelter bathroom and i only have 2 narcan, how do i split them", O),
    ("hay dos muchachos tirados en el bano del albergue sin responder y solo tengo dos naloxonas, a quien le pongo primero", O),
    # 2. pill counts and a danger that comes later
    ("my wife swallowed about 20 tylenol 40 minutes ago but says she feels fine, should we wait and see if symptoms show up?", O),
    ("Estimados senores, mi esposo ingirio aproximadamente veinte tabletas de acetaminofen hace cuarenta minutos y dice que se siente bien, debemos esperar a que aparezcan sintomas?", O),
    ("i took 15 extra strength tylenol like an hour ago and now my stomach hurts", O),
    ("she took 4 grams of paracetamol and 3 grams of ibuprofen since this morning, now shes nauseous and her side hurts near the kidney", O),
    ("my mother forgets and took her blood pressure pills three or four times today, shes dizzy and her pulse is 40", O),
    ("mi mama se olvida y se tomo las pastillas de la presion varias veces hoy, esta mareada y tiene el pulso en 40", O),
    ("my 3 year old got into grandmas blood pressure pills and now hes very sleepy", O),
    ("mi nieto de 2 anos se comio unas pastillas para dormir de su abuela y esta muy dormido", O),
    ("my toddler got into the iron vitamins, a lot of them are missing from the bottle, she looks normal right now", O),
    ("mi nena se comio las vitaminas de hierro, faltan muchas del frasco pero se ve normal", O),
    ("found my brothers rivotril box completely empty, hes still breathing but i cant wake him", O),
    ("encontre la caja de clonazepam vacia, toda, mi hermano todavia respira pero no reacciona", O),
    # 3. non-opioid toxic syndromes
    ("my roommate bought these weight cutting pills online, dnp, and now his temperature is 105 and hes confused", O),
    ("mi amiga compro unas pastillas para bajar de peso por internet, dnp, tiene fiebre altisima y esta confundida", O),
    ("i doubled my zoloft and took trazodone too, now im burning up, my heart is racing and my muscles keep twitching", O),
    ("me tome doble de sertralina y trazodona, tengo fiebre, el corazon a mil y los musculos brincando", O),
    ("le metio perico con unas pastillas que compro por internet, dice que el pecho le va a explotar, suda y tiene los ojos bien abiertos", O),
    ("he did coke and some pills he ordered online, says his chest feels like its gonna explode, sweating buckets, pupils huge", O),
    # 4. household chemicals swallowed
    ("my daughter drank some of the hair developer, shes coughing and her throat burns", O),
    ("my son swallowed pool shock powder and hes drooling and throwing up", O),
    ("mi hijo se tomo limpiador de inodoro, esta vomitando y le arde la garganta", O),
    ("my husband drank drain cleaner by accident, there is blood coming from his mouth", O),
    ("mi bebe mordio una capsula de detergente y esta tosiendo y babeando", O),
    ("i drank a spoon of eucalyptus oil for my cold like my aunt said and now im vomiting and very dizzy", O),
    ("mi abuelo se bebio alcohol de quemar pensando que era otra cosa, esta vomitando y no ve bien", O),
    ("my dad drank methylated spirits, now hes throwing up and says his vision is blurry", O),
    ("me cayo insecticida de las plantas en la cara y me trague un poco, estoy tosiendo y babeando", O),
    # 5. medical
    ("my son ate penuts and his face is all swolen and he cant breath good", M),
    ("mi hijo comio mani y tiene la cara inchada, no puede respirar bien, vien rapido", M),
    ("the neighbors little girl is sitting outside their 4th floor window and nobody is home", M),
    ("el nino de la vecina esta sentado afuera de la ventana del cuarto piso y no hay nadie en la casa", M),
    ("can i book for thursday? also i suddenly cant see out of my left eye and my hand went numb, probably just tired", M),
    ("quiero una cita para el martes, de repente no veo nada del ojo derecho y tengo la mano dormida, seguro es cansancio", M),
    ("my son crashed his bike, the helmet is cracked, he threw up twice and keeps forgetting what happened", M),
    ("mi hijo se cayo de la bici, el casco se rompio, vomito dos veces y no se acuerda de nada", M),
    ("we pulled my nephew out of the pool, hes breathing but coughing a lot, confused and so sleepy", M),
    ("sacamos a mi hija del agua, respira pero tose mucho, esta confundida y con mucho sueno", M),
    ("my coworker nearly cut his fingers off with the table saw, it is bleeding so much", M),
    ("mi esposo casi se corta los dedos con la sierra y esta sangrando muchisimo", M),
    ("my wife is having a sees your after the infusion, she bit her tong and is shaking", M),
    ("i have my epipen in my hand but im shaking too much and my throat is closing", M),
    ("tengo el epipen en la mano pero estoy temblando, noto la garganta cerrandose", M),
    ("my blood sugar is 38, i cant stand up and the juice didnt help", M),
    ("tengo el azucar en 38, no me puedo parar y el jugo no me ayudo", M),
    # 6. violence at home now
    ("my dad pinned me down and said hes coming back to finish it, im hiding in the garage", V),
    ("mi papa me tiro al piso y me aplasto, dijo que va a volver a terminar, estoy escondida en el garaje", V),
    ("mi esposo esta afuera del cuarto diciendo que me va a matar con un cuchillo, no hablo bien ingles para llamar al 911", V),
    ("my husband is outside the door with a knife saying hes going to kill me, my english isnt good enough for 911", V),
    ("my son in law is beating my daughter against the wall right now and im in a wheelchair", V),
    ("mi yerno le esta pegando a mi hija contra la pared ahorita y yo estoy en silla de ruedas", V),
]

# (text, guidance kind): a caustic or a chemical never gets the naloxone steps alone
OVERDOSE_KIND = [
    ("my son swallowed pool shock powder and hes drooling and throwing up", "poisoning"),
    ("mi hijo se tomo limpiador de inodoro, esta vomitando y le arde la garganta", "poisoning"),
    ("my daughter drank some of the hair developer, shes coughing and her throat burns", "poisoning"),
    ("i drank a spoon of eucalyptus oil for my cold like my aunt said and now im vomiting and very dizzy", "poisoning"),
    ("mi abuelo se bebio alcohol de quemar pensando que era otra cosa, esta vomitando y no ve bien", "poisoning"),
    ("my dad drank methylated spirits, now hes throwing up and says his vision is blurry", "poisoning"),
    ("me cayo insecticida de las plantas en la cara y me trague un poco, estoy tosiendo y babeando", "poisoning"),
    ("my toddler got into the iron vitamins, a lot of them are missing from the bottle, she looks normal right now", "poisoning"),
    ("my roommate bought these weight cutting pills online, dnp, and now his temperature is 105 and hes confused", "poisoning"),
    ("my uncle put on three of his fentanyl patches at the same time because his back hurt, now hes so drowsy and his breathing sounds off", "overdose"),
    ("varon de 30 anos, FR 6, pupilas puntiformes, cianotico, sin naloxona disponible", "overdose"),
    # a street powder or a benzodiazepine with drink and someone down keeps the naloxone steps
    ("mi primo se metio perico en una fiesta y esta tirado, no responde y tiene los labios morados", "overdose"),
    ("mi companero tomo clonazepam con ron y no reacciona, pupilas puntiformes, respira como 6 veces por minuto", "overdose"),
]

LOOK_ALIKES = [
]

QUIET = [
    "how many tylenol can i take in a day for a headache?",
    "my son had a fever last night, we gave him the dose on the box and now hes playing",
    "a mi hijo le dio fiebre, le dimos la dosis de la caja y ya esta jugando",
    "i splashed some bleach on my face last year and washed it off, is that a problem for ketamine?",
    "i had seizures as a teenager, none since, can i still get infusions?",
    "tuve convulsiones de nina, hace anos que no me dan, puedo hacerme la infusion?",
    "in our naloxone training they showed a scenario with two people down and only two doses",
    "my father used to beat my mom when i was a kid and that is why i have ptsd, can ketamine help?",
    "mi papa le pegaba a mi mama cuando yo era nino, por eso tengo trauma, me sirve la ketamina?",
    "what is the max dose of acetaminophen per day if i also take ibuprofen?",
    "does ketamine interact with my blood pressure pills?",
    "is it ok to use fentanyl patches if i come for ketamine?",
    "how do i keep my toddler away from the iron vitamins?",
    "my helmet cracked in a bike crash last year, i was fine",
    "can i bring my epipen to the infusion?",
    "my blood sugar runs low sometimes, should i eat before the session?",
    "we pulled the boat out of the water and ive been coughing all week, can i still come tomorrow?",
    "mi mama se toma las pastillas de la presion tres veces al dia y a veces se marea, puede venir?",
    "does coke cause chest pain?",
    "is it dangerous to mix zoloft and trazodone? can it cause fever?",
    "my daughter drank hair developer two years ago and coughed a lot, she is fine now",
    "mi esposo siempre dice que me va a matar de un susto con sus bromas",
    "mi papa dice que me va a matar si repruebo el examen jaja",
    "i got a developer job and my throat hurts from all the meetings",
    "can i book a session? i need to see your prices first",
    "we have two narcan kits at the shelter, how should staff split them between the floors?",
    "i am on diet pills from my doctor and sweating more than usual, does that matter?",
    "mi hijo se cayo de la bici la semana pasada, vomito una vez y ya esta bien",
    "my 4 year old loves sitting by the window and watching the trains, any tips for calming him before my session?",
    "we put window guards in because our 3 year old kept climbing on the sill, we are on the 5th floor",
    "does ketamine help with tiredness? my hand goes numb when i sleep on it",
]

# a teenager on a ledge who says she will jump keeps the suicide reading
STILL_EMERGENCIES = [
    ("my 15 year old is sitting on the window ledge of our 8th floor apartment saying she will jump", S),
    ("mi hija de 16 esta sentada en la ventana del sexto piso y dice que se va a tirar", S),
]
