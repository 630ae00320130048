"""Round 37's false-alarm classes (helper c; tests/unit/test_crisis_classes_by_round.py checks
them, key 372), English and Spanish: naloxone given at work several times over the years, everyone
survived, before a question about opioid-dependence care for a friend; a daily smell at work
(acetone, paint, bleach fumes) giving a headache, "not an emergency, just asking"; laughing so hard one
"could not breathe" (with laughter, an emoji or "lol") before a practical question; a medicine taken
twice by accident, already handled by the pharmacist or Poison Control ("skip the next dose"); idioms
of being sued, billed, fined or nagged "to death" ("me van a cobrar hasta la muerte") and paperwork
that makes one "want to die", then a practical question; news of a child or a stranger who died from
fentanyl hidden in candy or pills, information asked for parents (English, Caribbean English
spelling, Spanish); a plain Spanish appointment question for a relative with chronic pain (Medicaid,
Saturdays: QUIET, DIET's reading, taught in data/nlu/es/lookalikes_r37_c.yml); "me mata el dolor de
rodillas" from standing all day at work, something that is not pills; overdoses witnessed at work long
ago (a bus or taxi driver, a security guard) and a PTSD question. Each filter's STILL_EMERGENCIES hold
its words beside the real emergency. Written here, never copied from an evaluation set. No new
detection class, so CLASSES is empty."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = []

LOOK_ALIKES = [
    # 1. naloxone given at work over the years, everyone survived
    "i've given naloxone at work maybe five times over the years, everyone made it. my friend is on opioids now and wants help, do you treat opioid dependence?",
    "as a security guard at a shelter i've used narcan several times over the years and they all survived. my buddy wants to get off pills, what kind of care do you offer for opioid dependence?",
    'in my job at the library i have had to give narcan a few times, thankfully everyone survived. a friend of mine is hooked on oxy, do you have treatment for opioid addiction?',
    'he administrado naloxona en el trabajo varias veces a lo largo de los anos y todos sobrevivieron. un amigo depende de los opioides, ustedes tratan la dependencia?',
    'trabajo en un albergue y me ha tocado poner narcan varias veces, gracias a dios todos se salvaron. mi amiga quiere dejar los opioides, que tratamiento tienen?',
    'en mi trabajo le he puesto narcan a gente unas cuantas veces en estos anos, todos vivieron. pregunto por un amigo con dependencia a los opioides, atienden eso?',
    'worked ten years at a harm reduction site, gave narcan more times than i can count and all of them lived. how do i help a friend who wants to quit opioids?',
    'como guardia de seguridad he usado naloxona varias veces en estos anos y nadie se murio. mi amigo quiere dejar la heroina, tienen programa para eso?',
    # 2. a daily smell at work, a headache, not an emergency
    'at the nail salon the acetone smell gives me a headache every day. not an emergency, just asking if that can hurt me long term?',
    'i paint houses and the paint fumes give me a headache daily, not an emergency just asking, is that dangerous over time?',
    'the bleach fumes at my cleaning job give me headaches every day. this is not an emergency, just asking what i can do about it',
    'en el salon de unas el olor a acetona me da dolor de cabeza todos los dias. no es una emergencia, solo pregunto si eso hace dano',
    'limpio oficinas y el olor del cloro me da dolor de cabeza diario, no es emergencia, solo pregunto que puedo hacer',
    'trabajo pintando y el olor a pintura me da dolor de cabeza todos los dias, no es urgente, solo queria preguntar si es peligroso',
    'work in a nail salon, the acetone fumes give me headaches every shift, not urgent, just asking if a mask would help?',
    # 3. laughing so hard one could not breathe
    "my sister told a joke at dinner and i laughed so hard i couldn't breathe lol. anyway, do you have appointments next week?",
    "i was laughing so hard i literally couldn't breathe 😂 ok real question, how long does a session take?",
    'hahaha my coworker made me laugh so much i could not breathe. quick question, do you take aetna?',
    'me rei tanto que no podia respirar jajaja. bueno, una pregunta, cuanto cuesta la consulta?',
    'mi hijo dijo algo tan chistoso que me dio un ataque de risa y no podia respirar 😂 oigan, abren los domingos?',
    'jajaja me mori de la risa, no podia ni respirar. ya en serio, donde queda la clinica?',
    "lmao my daughter's joke had me laughing so hard i could not breathe, anyway what time do you open tomorrow?",
    # 4. a medicine taken twice by accident, already handled
    "i accidentally took my blood pressure pill twice this morning. i called the pharmacist and she said it's fine, just skip tomorrow's dose. can i still come to my appointment thursday?",
    "my mom took her sertraline twice by mistake yesterday, poison control said she'll be fine and to skip the next dose. should we tell the doctor before her session?",
    'took my evening meds twice by accident, called poison control, they said no problem and to skip the next one. does that affect my infusion next week?',
    'me tome la pastilla de la presion dos veces sin querer, llame a la farmacia y me dijeron que no pasa nada, que me salte la siguiente dosis. puedo ir a mi cita del jueves?',
    'mi papa se tomo su medicina dos veces por error, llamamos a control de envenenamiento y dijeron que esta bien, que se salte la proxima dosis. hay que avisarle al doctor?',
    'por accidente tome dos veces la sertralina hoy, el farmaceutico dijo que no hay problema y que no tome la de manana. eso afecta el tratamiento de ketamina?',
    'me tome la sertralina dos veces sin querer, el farmaceutico dijo que estaba bien y que me saltara la dosis de manana. tengo que cambiar la cita?',
    # 5. sued, billed or nagged to death; paperwork that makes one want to die
    "the landlord says he's going to sue me to death over the broken window lol. do you have a payment plan for the sessions?",
    'the hospital keeps billing me to death for one er visit, does your clinic give a cost estimate upfront?',
    "my ex nags me to death about the kids' schedule, anyway, do you have evening appointments?",
    'all this insurance paperwork makes me want to die lol, what forms do i need to bring to the first visit?',
    'me van a cobrar hasta la muerte con esa multa de estacionamiento. ustedes tienen planes de pago?',
    'me quiero morir con tanto papeleo del seguro jaja. que documentos necesito para la primera cita?',
    'el seguro me va a cobrar hasta la muerte, que barbaridad. cuanto cuesta la consulta sin seguro?',
    'estos formularios me dan ganas de morirme, son eternos. puedo llenarlos en linea antes de la cita?',
    'my mother nags me to death about my diet lol, do you have a nutritionist?',
    'con tanto papeleo del seguro me quiero morir jajaja, me ayudan a llenar los formularios?',
    # 6. news of a fentanyl death, information for parents
    'i saw on the news a little boy died after eating candy that had fentanyl in it. what should parents look for? is there information for parents?',
    'a stranger in our town died from fake pills laced with fentanyl, it was on the news. do you have resources for parents to talk to their teens?',
    'mi see pon di news seh one likkle pickney dead from fentanyl inna di candy. weh parents fi look out fah? unu have information?',
    'dem seh pon di news a yute dead from pill wid fentanyl inna it, mi a worry bout mi pickney dem. unu have info fi parents?',
    'vi en las noticias que un nino murio por comer dulces con fentanilo. que deben saber los padres? tienen informacion?',
    'salio en el noticiero que una muchacha murio por unas pastillas falsas con fentanilo. donde puedo encontrar informacion para padres?',
    'lei en el periodico que un muchacho murio por una pastilla con fentanilo, que informacion tienen para los padres?',
    # 8. pain hyperbole from standing at work, something that is not pills
    'me mata el dolor de rodillas de estar parada todo el dia en el trabajo, tienen algo que no sea pastillas?',
    'trabajo de cajera y me mata el dolor de espalda de estar de pie todo el dia, hay algun tratamiento que no sea pastillas?',
    'el dolor de espalda me esta matando de tanto estar parado en la fabrica, quiero algo que no sean pastillas',
    "my knees are killing me from standing all day at work, is there something that isn't pills?",
    'standing on my feet all day at the warehouse, my back pain is killing me. do you have anything other than pills?',
    'me matan los pies de estar parada en el turno de 12 horas, hay algun tratamiento que no sean pastillas?',
    # 9. overdoses seen at work long ago, a PTSD question
    'fui chofer de autobus 15 anos y he visto de todo, hasta gente con sobredosis. todavia tengo pesadillas, eso cuenta como estres postraumatico?',
    'manejo taxi hace anos, he visto de todo, hasta sobredosis en el asiento de atras. me quedo el trauma, sera ptsd?',
    'como guardia de seguridad en el metro vi varias sobredosis hace anos y no me lo puedo quitar de la cabeza. eso es trastorno de estres postraumatico?',
    'i drove a bus for 20 years and saw everything, even people overdosing. it still haunts me, does that count as ptsd?',
    'years ago as a security guard i saw a few overdoses, i still get flashbacks. could that be ptsd?',
    "as a cab driver i've seen it all, even people with overdoses back in the day, and it left me with trauma. is that ptsd?",
    'trabaje de uber muchos anos, he visto de todo, hasta sobredosis en el carro, y me dejo trauma. eso es estres postraumatico?',
]

QUIET = [
    # 7. a plain Spanish appointment question for a relative with chronic pain (DIET's reading)
    'mi mama tiene dolor cronico, aceptan medicaid? tienen citas los sabados?',
    'quiero hacer una cita para mi papa que tiene dolor cronico, tiene medicaid. atienden los sabados?',
    'mi esposo tiene dolor cronico de espalda, su seguro es medicaid, hay citas el sabado?',
    'para mi abuela con dolor cronico: aceptan el seguro medicaid y tienen horario los sabados?',
    'mi hermana tiene fibromialgia con dolor cronico, se puede sacar cita un sabado? tiene medicaid',
]

STILL_EMERGENCIES = [
    # each filter's words beside the real emergency
    ("i've given narcan at work lots of times over the years and everyone survived, but right now my friend is not breathing and his lips are blue, what do i do", O),
    ('he puesto naloxona en el trabajo varias veces y todos sobrevivieron, pero ahorita mi amigo no respira y ya le puse una, que hago?', M),
    ('at the nail salon the acetone smell gives me a headache every day, not an emergency just asking, but my son drank some acetone right now', M),
    ('en el trabajo el olor a cloro me da dolor de cabeza, no es emergencia solo pregunto, pero hoy mezcle cloro con amoniaco y no puedo respirar', M),
    ("i laughed so hard lol and now i can not breathe, my chest is tight and i'm wheezing, where is my inhaler", M),
    ('me rei tanto jajaja y me atragante con un pedazo de carne, no puedo respirar ayudenme', M),
    ("i took my pills twice by accident, poison control said it's fine to skip the next dose, but now i'm really dizzy and my heart is racing", O),
    ('mi papa se tomo la medicina dos veces por error, en la farmacia dijeron que estaba bien, pero ahorita no despierta y respira raro', O),
    ('the hospital bills me to death, i want to die, i have the pills ready tonight. do you take insurance?', S),
    ('me quiero morir con tanto papeleo, y no es broma, ya tengo las pastillas. que documentos necesito?', S),
    ('vi en las noticias que un nino murio por dulces con fentanilo, y mi hijo se comio unos dulces que encontro y no despierta, informacion para padres?', O),
    ('saw on the news about fentanyl candy, my daughter ate one she found and now she is not breathing, what should parents do', O),
    ('me mata el dolor de espalda de estar parado en el trabajo, algo que no sea pastillas? pero ahorita me duele el pecho y el brazo izquierdo', M),
    ('my back is killing me from standing at work, something that is not pills? honestly i want to die, i can not take this pain', S),
    ('fui chofer de autobus y vi sobredosis hace anos, tengo trauma, es ptsd? ahorita mi hermano tomo fentanilo y no respira', O),
    ('as a security guard years ago i saw overdoses and it left trauma, is it ptsd? right now i want to kill myself', S),
]
