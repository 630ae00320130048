"""Round 39's overdose and medical classes left over (helper e; tests/unit/test_crisis_classes_by_round.py
checks them, key 396), English and Spanish: (1) household chemicals swallowed, named the Spanish way
(drain opener, "destapacanos", Drano, a detergent capsule or "pod de lavar" bitten, plant poison or
fungicide, burning or methyl alcohol) or drunk from a water bottle, with a sign: poisoning
(phrases.CHEMICAL_SWALLOWED_39E); (2) a whole box or blister of a benzodiazepine found empty with
someone drowsy or not waking: overdose, naloxone steps kept (phrases.EMPTY_BENZO_DROWSY_39E); (3) a
methadone or buprenorphine dose doubled or taken twice, then sleepy or breathing slow
(phrases.METHADONE_DOUBLED_SLOW_39E); (4) cocaine with pills bought online or on the street and
someone down; (5) a small child or grandchild into a grandparent's blood-pressure or heart pills:
poisoning (phrases.CHILD_HEART_PILLS_39E); (6) pain relievers (naproxen, ibuprofen, Aleve) swallowed
in quantity after a break-up or a fight: intentional (phrases.NSAIDS_AFTER_FIGHT_39E); (7) two people
down with two naloxone doses given, fentanyl patches forgotten on the skin with drowsiness
(phrases.PATCH_FORGOTTEN_SLEEPY_39E); (8) violence now: a knife threat heard through a door with the
writer hiding or locked in (phrases.KNIFE_THROUGH_THE_DOOR_39E), a son-in-law hitting the writer's
daughter; (9) a child's peanut allergy misspelled with swelling or trouble breathing; (10) a small
child on a window sill or ledge of an upper floor (phrases.CHILD_ON_SILL_UP_HIGH_39E); (11) a blood
sugar in the 20s to 40s not rising after juice (phrases.SUGAR_LOW_NOT_RISING_39E); (12) sudden loss of
sight in one eye with a numb hand or arm, Spanish word orders (phrases.SUDDEN_EYE_NUMB_39E); (13) a saw
or chainsaw wound bleeding heavily with a tourniquet or a belt (phrases.SAW_BLEEDING_TOURNIQUET_39E).
QUIET are the look-alikes the new families leave alone. Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = [
    # 1. household chemicals swallowed
    ("mi nina se tomo un poco de liquido para destapar la caneria, esta llorando y babeando mucho", O),
    ("el abuelo bebio destapacanos por equivocacion y le sale sangre por la boca", O),
    ("my wife took a sip of drano that was in a gatorade bottle, her mouth is burning", O),
    ("mi hijo mordio una capsula de detergente de la lavadora y ahora esta vomitando", O),
    ("el bebe se metio a la boca un pod de lavar y esta tosiendo sin parar", O),
    ("my toddler chewed on a dishwasher pod and now shes gagging and her lips are swollen", O),
    ("mi papa se tomo el veneno para las plantas creyendo que era agua, esta sudando y vomita", O),
    ("my grandpa drank the plant fungicide by mistake, he is sweating and throwing up", O),
    ("mi tia bebio alcohol metilico de una botella sin etiqueta y ahora ve todo borroso", O),
    ("mi primo se tomo alcohol de quemar y le duele mucho el estomago", O),
    ("my 6 year old drank peroxide out of a water bottle in the garage and keeps throwing up", O),
    # 2. an empty box of a benzodiazepine, someone drowsy or not waking
    ("the entire box of clonazepam is empty and my dad wont wake up", O),
    ("encontre el blister de alprazolam completamente vacio y mi hermana esta muy somnolienta", O),
    ("la caja entera de rivotril quedo vacia y mi abuela esta bien dormida, no contesta", O),
    ("found her xanax bottle totally empty, she is so out of it she cant keep her eyes open", O),
    # 3. methadone or buprenorphine doubled
    ("my husband accidentally doubled his methadone today and now he cant stay awake", O),
    ("mi hijo duplico la dosis de suboxone y esta cabeceando, respira muy despacio", O),
    ("my mom took her buprenorphine twice this morning by mistake, shes nodding off", O),
    ("mi papa se volvio a tomar la metadona otra vez y esta muy dormido", O),
    # 4. cocaine with pills bought online or on the street
    ("my cousin did coke and a couple of pills he ordered online and now hes on the floor not responding", O),
    ("mi amigo se metio cocaina con unas pastillas de la calle y esta tirado sin reaccionar", O),
    ("she did a few lines and took a perc from some guy, now shes passed out and wont wake up", O),
    # 5. a child into a grandparent's blood-pressure or heart pills
    ("my granddaughter got into grandpas heart pills and she seems really tired", O),
    ("mi nieto de 2 anos se comio la pastilla de la presion de su abuela, esta decaido", O),
    ("el nene se trago unas pastillas del corazon de mi suegro, esta muy palido", O),
    ("my 3 year old swallowed some of my dads blood pressure meds off the table", O),
    # 6. pain relievers in quantity after a break-up or a fight
    ("mi prima se tomo un monton de naproxenos despues de pelear con su novio", S),
    ("took a whole bunch of aleve right after my girlfriend broke up with me", S),
    ("me tome como 25 ibuprofenos luego de la discusion con mi mama", S),
    ("after the argument with my husband i swallowed like 30 advils", S),
    # 7. two down with naloxone given; fentanyl patches forgotten on the skin
    ("two guys passed out at the party, we already gave both of them narcan and they still arent waking up", O),
    ("en el refugio hay dos personas inconscientes y ya les pusimos dos naloxonas", O),
    ("my grandma forgot to take off her old fentanyl patch and put on a new one, shes super drowsy", O),
    ("mi abuelo tiene varios parches de fentanilo pegados que se le olvidaron quitar, esta muy somnoliento", O),
    ("he still had two old fentanyl patches on his back he forgot about, hes so sleepy and breathing slow", O),
    # 8. violence now
    ("i am hiding in the bathroom and my boyfriend is outside the door with a knife saying he will kill me", V),
    ("im locked in my room and i can hear him outside yelling that he will stab me", V),
    ("estoy escondida en el closet y mi marido esta afuera con un cuchillo gritando que me va a matar", V),
    ("me encerre en el bano, mi ex esta del otro lado de la puerta con una navaja amenazando", V),
    ("my son in law is hitting my daughter right now and i cant stop him", V),
    ("mi yerno le esta pegando a mi hija en este momento", V),
    # 9. a child's peanut allergy, misspelled
    ("my son has a penut alergy and just ate a cookie, his face is swelling up and he cant breath", M),
    ("mi hija es alergica al mani y comio un dulce, se le esta hinchando la boca y no puede respirar", M),
    ("mi nino comio cacahuate y tiene los labios hinchados y respira con silbido", M),
    # 10. a small child on a window sill or ledge, upper floor
    ("my 2 year old climbed up on the window sill and we are on the 7th floor", M),
    ("mi nena de 3 anos se subio a la repisa de la ventana y vivimos en un sexto piso", M),
    ("el nino de la vecina esta en el borde de la ventana del cuarto piso", M),
    ("our toddler is standing on the windowsill of our 9th floor apartment and the screen is off", M),
    # 11. a low blood sugar not rising after juice
    ("my sugar is 34 and its not going up even after two juices", M),
    ("la glucosa de mi mama esta en 41 y no sube aunque ya le dimos jugo", M),
    ("el azucar de mi esposo marca 38, le di refresco y no subio nada", M),
    # 12. sudden loss of sight in one eye with a numb limb
    ("de repente mi papa dejo de ver por un ojo y tiene la mano dormida", M),
    ("perdi la vista de un ojo de golpe y se me entumio el brazo", M),
    ("my wife suddenly cant see out of her left eye and her arm feels numb", M),
    # 13. a saw or chainsaw wound with heavy bleeding and a tourniquet or belt
    ("the chainsaw kicked back into his leg, hes bleeding a ton and we tied a belt above it", M),
    ("mi cunado se corto con la sierra circular, sangra muchisimo y le pusimos un torniquete", M),
    ("cut my forearm on the table saw, blood everywhere, tourniquet on", M),
]

# (text, guidance kind)
OVERDOSE_KIND = [
    ("el abuelo bebio destapacanos por equivocacion y le sale sangre por la boca", "poisoning"),
    ("my wife took a sip of drano that was in a gatorade bottle, her mouth is burning", "poisoning"),
    ("el bebe se metio a la boca un pod de lavar y esta tosiendo sin parar", "poisoning"),
    ("mi papa se tomo el veneno para las plantas creyendo que era agua, esta sudando y vomita", "poisoning"),
    ("my grandpa drank the plant fungicide by mistake, he is sweating and throwing up", "poisoning"),
    ("mi tia bebio alcohol metilico de una botella sin etiqueta y ahora ve todo borroso", "poisoning"),
    ("my 6 year old drank peroxide out of a water bottle in the garage and keeps throwing up", "poisoning"),
    ("my granddaughter got into grandpas heart pills and she seems really tired", "poisoning"),
    ("mi nieto de 2 anos se comio la pastilla de la presion de su abuela, esta decaido", "poisoning"),
    ("the entire box of clonazepam is empty and my dad wont wake up", "overdose"),
    ("encontre el blister de alprazolam completamente vacio y mi hermana esta muy somnolienta", "overdose"),
    ("my husband accidentally doubled his methadone today and now he cant stay awake", "overdose"),
    ("mi hijo duplico la dosis de suboxone y esta cabeceando, respira muy despacio", "overdose"),
    ("my cousin did coke and a couple of pills he ordered online and now hes on the floor not responding", "overdose"),
    ("two guys passed out at the party, we already gave both of them narcan and they still arent waking up", "overdose"),
    ("my grandma forgot to take off her old fentanyl patch and put on a new one, shes super drowsy", "overdose"),
    ("mi prima se tomo un monton de naproxenos despues de pelear con su novio", "overdose_intentional"),
    ("took a whole bunch of aleve right after my girlfriend broke up with me", "overdose_intentional"),
]

LOOK_ALIKES = [
]

QUIET = [
    "what is the best drain opener for a kitchen sink? drano did nothing",
    "el liquido para destapar canerias se puede mezclar con cloro?",
    "i bought laundry pods today, should i keep them up high because of my toddler?",
    "compre capsulas de detergente y las guarde arriba",
    "the frost killed my tomato plants, they look poisoned",
    "la helada me quemo las plantas del jardin",
    "my daughter has a peanut allergy, do you have anything with peanuts in the clinic?",
    "mi hijo tiene alergia al mani, debo avisar antes de la cita?",
    "years ago my son climbed on the window sill of our 5th floor place, so we put in window guards",
    "my blood sugar was 96 this morning, should i eat before the infusion?",
    "mi glucosa en ayunas salio en 105, puedo venir a la sesion?",
    "i had an eye exam last month, my left eye is a little weaker, is ketamine ok?",
    "i just bought a chainsaw for clearing the yard this weekend",
    "compre una sierra circular para un proyecto de carpinteria",
    "can i take my methadone dose the morning of my infusion?",
    "my doctor doubled my methadone dose last month, is that a problem for ketamine?",
    "mi dosis de buprenorfina es de 16 mg, puedo hacerme la infusion?",
    "my grandma keeps her blood pressure pills on the counter, how do i childproof them?",
    "is it ok to take naproxen before the session?",
    "my blood sugar dropped to 45 once years ago and juice fixed it",
]

# a relative locked in with a knife who says he will kill himself keeps the suicide reading
STILL_EMERGENCIES = [
    ("mi hermano se encerro en el bano con un cuchillo y dice que ya no quiere vivir, mi mama esta llorando afuera de la puerta", S),
    ("my son locked himself in the bathroom with a knife saying he wants to die, im outside the door", S),
]
