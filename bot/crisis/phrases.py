"""Phrase families: regular expressions over the normalised message, for crisis
language that token patterns (patterns.py) express badly: long, loosely ordered
phrases, Spanish word order, and families with many interchangeable words.

Each family is one class of what people write (C-SSRS screener categories,
lethal means, preparatory acts, bystander signs...), written from that class's
vocabulary, never from a single failing message. A match goes through the same
checks as a Matcher match (negation, past, idioms, information questions); a
string starting with "!" is a topic, silenced inside an information question.
Text is normalised first (normalize.py): lower case, accents folded,
contractions expanded ("can not", "will not", "i am", "do not").
"""

from __future__ import annotations

from typing import Dict, List

from bot.crisis import categories

# --- shared vocabulary (regular-expression alternations) ----------------------

W = r"(?:(?!(?:not|no|never|nunca|without)\b)[\w']+(?:\.\d+)?,? )"  # one word (never a negator) and its space: W{0,3}
SOMEONE = (
    rf"(?:he|she|they|him|her|them|my {W}?(?:son|daughter|kid|child|husband|wife|partner|"
    r"boyfriend|girlfriend|brother|sister|mother|father|mom|dad|roommate|friend|grandma|"
    r"grandpa|grandmother|grandfather|uncle|aunt|cousin|neighbor|coworker|buddy|baby|toddler)|"
    rf"mi {W}?(?:hijo|hija|esposo|esposa|novio|novia|hermano|hermana|mama|papa|amigo|amiga|"
    r"roommate|abuelo|abuela|tio|tia|vecino|vecina|pareja|companero|companera))"
)
# (round 34: ".45" is no gun in an age or a count, "ya tengo 45 anos")
FIREARM = r"(?:guns?|pistol|handgun|rifle|shotgun|revolver|glock|firearm|weapon|service weapon|\.?45(?! (?:anos|ano|years|year|yrs|dias|days|minutos|minutes|mg|kilos|libras|pounds|lbs))|9mm|arma|pistola|escopeta)"
LIGATURE = r"(?:rope|noose|belt|cord|extension cord|ligature|soga|cuerda|correa|lazo|cinturon)"
# Where someone stands or waits to die (not "on the train", "by the window").
HEIGHT_AT = (
    r"(?:bridge|roof|rooftop|ledge|cliff|overpass|tracks|train tracks|subway tracks|edge of (?:the )?\w+|"
    r"pier|rail|railing|platform edge|yellow line|walkway|gwb|george washington bridge|fire escape|parking garage|windowsill|window sill|"
    r"scaffold|scaffolding|andamio|orillita del anden|orilla del anden|"
    r"puente|techo|azotea|vias|rieles|borde de \w+( \w+)?|muelle|baranda)"
)
BLADE = r"(?:knife|knives|razor|razors|blade|blades|box cutter|cuchillos?|navajas?|cuchillas?|hojas? de afeitar|gillette)"
SOON = (
    r"(?:tonight|today|tomorrow|this weekend|this week|sunday|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|after i send this|when (?:everyone|they) (?:is|are) asleep|in the morning|"
    r"esta noche|hoy|manana|este fin de semana|el (?:domingo|lunes|martes|miercoles|jueves|viernes|sabado))"
)
# A health plan, not a plan to die: "tengo el plan del 1199", "i still have the
# plan through my job", "my plan is emblem".
INSURANCE_PLAN = (
    r"(?! (?:de|del|of|from|with|through|thru|con|por|at|en) (?:mi |my |el |la |the |work |la union )?"
    r"(?:seguro|salud|aseguranza|\d+\w*|emblem|fidelis|healthfirst|metroplus|medicaid|medicare|oscar|aetna|cigna|"
    r"united\w*|bcbs|blue|empire|anthem|humana|oxford|wellcare|trabajo|job|work|employer|empleo|union|"
    r"esposo|esposa|husband|wife|pago|pagos|payments?|telefono|celular|phone|datos|data|familia|family|"
    r"insurance|dental)\b| (?:medico|dental|familiar|basico|de salud|covers?|cubre|cubren|pays?|paga|"
    r"deductible|copay|coverage)\b)"
)
# A regimen, not a second dose: "twice a day", "dos veces al dia", "two times daily".
REGIMEN = (
    r"(?! (?:a|al|per|por|each|every|cada|in a|a la) (?:day|dia|week|semana|night|noche|morning|manana|month|mes)\b"
    r"| (?:daily|diarias?|diarios?|weekly|nightly|semanal\w*)\b)"
)
# A habit, not a child's ingestion: "i take thc gummies at night to sleep".
HABIT_AFTER = (
    rf"(?! {W}{{0,3}}(?:at night|every night|each night|most nights|nightly|to (?:help (?:me )?)?sleep|for sleep|"
    r"para dormir|en la noche|por la noche|todas las noches|cada noche|every day|daily|a diario|todos los dias|"
    r"for (?:my )?(?:pain|anxiety|sleep)|para (?:el dolor|la ansiedad)))"
)
PILLS = (
    r"(?:pills|tablets|capsules|meds|medication|medications|medicine|prescription|bottle|"
    r"pastillas|pildoras|medicamentos|medicinas|frasco|pomo|bote|"
    r"tylenol|acetaminophen|acetaminofen|advil|ibuprofen|aspirin|xanax|klonopin|ativan|valium|"
    r"ambien|benadryl|nyquil|sertraline|zoloft|lexapro|prozac|wellbutrin|trazodone|amitriptyline|"
    r"lithium|seroquel|gabapentin|lyrica|oxy\w*|percocet|percs|vicodin|norco|hydros?|methadone|"
    r"morphine|suboxone|fioricet|adderall|insulin|sleeping pills|blood pressure pills|heart pills|"
    r"vials|syringes|patch|patches|parche|gummies|tabs|"
    r"benzos?|benzodiazepines?|rivotril|tafil|alplax|lexotan|restoril|halcion|"
    # drug-name families by suffix (benzodiazepines, opioids, beta blockers,
    # anticonvulsants, antipsychotics, antidepressants...)
    r"\w+(?:codona|morfona|odona)s?|"
    r"\w+(?:azepam|azolam|codone|morphone|adol|olol|mazepine|apine|iapine|idone|triptyline|"
    r"oxetine|faxine|traline|gabalin|pentin|trigine|barbital|pril|sartan|idine|azine|pramine|statin)|lithium|tegretol|"
    r"pastillas del corazon|pastillas de (?:la presion|dormir|hierro))"
)
# Medicines, drugs and other things that can be swallowed by a child.
SWALLOWABLE = (
    rf"(?:{PILLS}|candy|candies|medicine|medicina|dose|dosis|bottle|syrup|jarabe|"
    r"detergent pods?|laundry pods?|dishwasher pods?|pods?|bleach|cloro|clorox|cleaner|limpiador)"
)
CHILD = (
    r"(?:\d+ ?(?:year|yr|month|mo|week|wk)s? old|\d+-(?:year|yr|month|mo|week)s?-old|\d+ ?(?:yo|y/o)|toddler|baby|infant|newborn|kid|kids|"
    r"(?:one|two|three|four|eighteen|fifteen)[- ](?:year|month)s?[- ]old|"
    r"little (?:one|boy|girl|brother|sister)|twins|gemel[oa]s|son|daughter|nephew|niece|grandson|granddaughter|"
    r"nene|nena|nino|nina|bebe|hijo|hija|sobrin[oa]|niet[oa]|\(\d+\)|"
    r"child|little one|chamac[oa]|criatura|chiquit[oa]|pickney|pikni|likkle one)"
)
MANY = (
    r"(?:all|whole|entire|every|everything|bunch|handful|fistful|punado|puno|\d{2,}|twenty|thirty|forty|fifty|"
    r"sixty|hundred|todo|toda|todas|todos|entero|entera|un monton|muchas|demasiadas|como \d+)"
)
# Medicine taken as it should be ("all my morning pills like you said").
AS_TOLD = r"(?:,? (?:\w+ ){0,4}(?:as|like) (?:you said|prescribed|directed|instructed|usual|always|the doctor said))"
TOOK = (
    r"(?:took|taken|take|swallowed|downed|popped|ate|chewed|drank|overdosed on|tomo|tome|tomado|"
    r"tomarme|tomarse|tomandome|tomandose|tragarme|tragarse|mixed|combined|mezcle|mezclo|"
    r"se tomo|me tome|se comio|me comi|comio|trago|se trago|me trague)"
)

# Antihistamines and other over-the-counter sleep or travel-sickness pills: in
# overdose they bring delirium (seeing things, huge pupils, hot dry skin).
ANTIHISTAMINE = (
    r"(?:benadryl\w*|diphenhydramin\w*|difenhidramin\w*|dramamine|dramamina|dimenhydrinate|dimenhidrinato|unisom|doxylamine|zzz?quil|"
    r"doxilamina|sominex|nytol|tylenol pm|advil pm|hydroxyzine|hidroxizina|vistaril|atarax|promethazine|"
    r"prometazina|phenergan|chlorpheniramine|chlorphenamine|clorfenamina|meclizine|antihistamin\w*|antialergic\w*|"
    r"allergy (?:pills|meds|tablets|medicine)|sleep(?:ing)? aids?|motion sickness (?:pills|tablets)|"
    r"pastillas (?:para|de) (?:la alergia|las alergias|el mareo|dormir))"
)
DELIRIUM = (
    r"(?:seeing (?:bugs|spiders|things|people|shadows|snakes|ants|stuff)|sees (?:bugs|spiders|things|people|shadows)|"
    r"(?:talking|talks|talked) to (?:people|someone|somebody|things|nobody|no one)(?: who| that)? (?:are not|is not|were not|was not) (?:there|real)|"
    r"hallucinat\w*|(?:picking|grabbing|reaching|swatting|pulling|plucking|clawing) at (?:the air|nothing|invisible \w+|(?:the |his |her |their |my )(?:shirt|clothes|skin|sheets|blanket|covers))|(?:talking|talks) to (?:nobody|no one|the air|the walls?)|"
    r"(?:things|people|someone|bugs|stuff|spiders)(?: \w+){0,3} (?:that|who) (?:are not|is not|were not|was not) (?:there|real)|"
    r"(?:see|sees|saw) (?:bugs|spiders|shadows|things|snakes|people) (?:moving|crawling|everywhere|that)|"
    r"(?:talking|talks) (?:nonsense|gibberish)|(?:is|are|keeps) mumbling|not making (?:any )?sense|"
    r"heart (?:is )?(?:racing|pounding|going crazy|going a mile a minute)|"
    r"pupils (?:are |look |got )?(?:huge|massive|giant|enormous|dilated|blown|like saucers)|"
    r"(?:skin|face) (?:is |feels )?(?:\w+ )?(?:hot and dry|dry and hot|red and dry|red and hot|hot and red)|(?:can not|cant) pee|"
    r"(?:viendo|ve|veo|vio) (?:bichos|aranas|insectos|cosas|gente|sombras|animales)|alucin\w*|"
    r"(?:habla|hablando|hablo) con (?:gente|alguien|personas) que no (?:esta|estan|existe|existen|hay)|"
    r"pupilas (?:enormes|gigantes|dilatadas|muy grandes))"
)
# Alcohol with a sedative, and a bystander who means to let the person sleep.
ALCOHOL = (
    r"(?:drank|drinking|drunk|beers?|wine|vodka|whiske?y|tequila|rum|liquor|shots|alcohol|booze|gin|bourbon|mezcal|ron|aguardiente|guaro|pisco|(?:six|twelve|6|12|18)[- ]?pack|"
    r"cervezas?|vino|tragos|borrach[oa]|tomando|tomo mucho|bebio|bebiendo)"
)
SEDATIVE = (
    r"(?:xanax|benzos?|benzodiazepines?|klonopin|rivotril|valium|ativan|\w+azepam|\w+azolam|ambien|zolpidem|"
    r"sleeping pills|pastillas para dormir|seroquel|gabapentin|lyrica|oxy\w*|percocet|percs|opioids?|methadone|"
    r"tramadol|muscle relaxers?|soma|flexeril)"
)
SLEEP_IT_OFF = (
    r"(?:sleep it off|dormir la mona|(?:let|letting|leave|leaving|put|putting) (?:him|her|them) (?:\w+ ){0,2}?"
    r"(?:sleep|to bed|in bed|lie down|rest)|(?:he|she|they) (?:\w+ ){0,4}?(?:go to bed|go to sleep|sleep)|"
    r"(?:lo|la|los|las) (?:dejo|dejamos) dormir|dejarl[oa]s? dormir|acostarl[oa]s?|que se (?:duerma|vaya a dormir))"
)
SEDATED = (
    r"(?:hard to (?:wake|rouse|get up)|(?:can not|could not) (?:wake|rouse|get) (?:him|her|them) up|"
    r"barely (?:awake|wakes?|waking|opens?|responds?|responding|conscious)|(?:will not|does not) (?:really )?wake|"
    r"out cold|keeps? (?:nodding|passing out|dozing|falling asleep)|slurring|snoring|(?:le|les) cuesta despertar|"
    r"no (?:se )?despierta|casi no (?:abre|despierta|responde)|no (?:lo|la) (?:puedo|podemos) despertar)"
)
# A limb without blood: cold, pale or mottled, no pulse.
LIMB = (
    r"(?:leg|legs|foot|feet|arm|hand|toes|fingers|calf|shin|knee|pierna|piernas|pie|pies|brazo|mano|dedos|pantorrilla)"
)
LIMB_PALE = (
    r"(?:white|pale|pasty|mottled|blotchy|marbled|blue|bluish|purple|purplish|grey|gray|dusky|"
    r"blanc[oa]|palid[oa]|morad[oa]|azul|jaspead[oa]|manchad[oa])"
)
LIMB_COLD = r"(?:cold|ice cold|icy|freezing|cold as ice|fri[oa]|helad[oa])"
NO_PULSE = (
    r"(?:pulseless|no pulse|(?:can not|could not) (?:feel|find|get) (?:a |the |any |his |her )?pulse|sin pulso|"
    r"no (?:le |me )?(?:siento|encuentro|encuentran|sienten) (?:el )?pulso)"
)
# A medicine counted against a date that means something (a birthday, an anniversary).
MARKED_DAY = (
    r"(?:birthday|bday|anniversary|cumpleanos|aniversario)\b"
    r"(?! (?:trip|party|dinner|vacation|weekend|cake|present|gift|fiesta|cena|viaje|regalo))"
)
# A diagnosis that would end it all, wished for.
FATAL_DIAGNOSIS = (
    r"(?:cancer|terminal|something terminal|a tumou?r|malignant|incurable|something (?:fatal|incurable)|"
    r"stage (?:4|four|iv)|(?:months|weeks) to live|algo terminal|una enfermedad terminal|un tumor|algo incurable|"
    r"cancer terminal)\b(?! (?:early|in time|before|sooner|earlier|a tiempo))"
)

# Medicines and foods that start allergic reactions, and the signs of one.
ALLERGEN = (
    r"(?:antibiotics?|amoxicillin|amoxil|augmentin|penicillin|cephalexin|keflex|bactrim|sulfa|cipro|azithromycin|z ?pack|"
    r"new (?:med|meds|medication|medicine|pill|pills|prescription|drug)|antibioticos?|amoxicilina|penicilina|"
    r"(?:medicina|medicamento|pastilla) nuev[oa]|contrast|contraste|shellfish|shrimp|peanuts?|mani|nuts|mariscos|camarones)"
)
ALLERGY_SIGN = (
    r"(?:itching|itchy|hoarse|hives|welts|breaking out|broke out|swelling|swollen|wheezing|ronchas|picazon|comezon|"
    r"me pican|pican|picando|ronca|hinchad[oa]s?|hinchando|ronquera)"
)
# Carbon monoxide: fuel-burning appliances, a household, the symptoms.
CO_SOURCE = (
    r"(?:boiler|furnace|heater|water heater|space heater|generator|fireplace|chimney|wood stove|kerosene|propane|"
    r"caldera|calentador|generador|chimenea|brasero|anafre|calefaccion|calefactor)"
)
HOUSEHOLD = (
    r"(?:whole family|the family|everyone|everybody|all of us|we all|we both|both of us|the kids|my kids|all of them|"
    r"toda la familia|todos|todas|los ninos|mis hijos|la familia)"
)
CO_SICK = (
    r"(?:headaches?|dizzy|dizziness|nause\w*|lightheaded|confused|drowsy|dolor(?:es)? de cabeza|mareados?|mareadas?|mareo|"
    r"vomit\w*|confundid[oa]s?)"
)
# Signs of a blood-pressure crisis (the strong ones; a red face joins them).
HTN_SIGN = (
    r"(?:(?:head|cabeza) (?:\w+ ){0,3}(?:going to|gonna|about to|va a|le va a|me va a) explo\w*|cold sweat|sweating cold|"
    r"sud\w* frio|sudor frio|(?:can not|cant) (?:stand up|stand on (?:my|his|her) (?:own|feet))|"
    r"no (?:se )?(?:puede|pudo) (?:parar|levantar|mantener en pie)|no (?:me )?puedo (?:parar|levantar))"
)

# Round 13's vocabulary.
# Intent denied, and the drink or the pill taken only to sleep ("not suicidal, just wanted to sleep").
DENIED_INTENT = (
    r"(?:(?:not|never|was not|were not|is not|am not|no (?:era|es|soy|estaba)) (?:really |even |at all )?(?:suicidal|suicida|trying to (?:die|kill|end|hurt)|(?:wanting|meaning|planning) to (?:die|kill|end|hurt))|"
    r"(?:no|nunca) (?:queria|quiso|quise|quiere|quiero|intentaba|intento|intente|buscaba|(?:estoy |estaba |esta )?(?:intentando|tratando de|queriendo)) (?:matarme|matarse|morir\w*|suicidarme|suicidarse|hacerme dano|hacerse dano)|"
    r"(?:was not|wasnt|is not|it was not|no fue|no era) (?:a )?(?:suicide attempt|suicide|on purpose|intentional|deliberate|a proposito|intencional|un intento)|"
    r"(?:just|only|solo|nada mas|simplemente) (?:wanted|wants|want|needed|need|was trying|were trying|is trying|trying|queria|quiere|quise|quiso|necesitaba) (?:to )?"
    r"(?:sleep|get some sleep|get to sleep|fall asleep|knock (?:myself|himself|herself|themselves) out|pass out|turn (?:my|his|her) brain off|dormir|descansar|apagarme|apagarse|noquearme|desconectarme))"
)
OPIOID_OR_SEDATIVE = (
    r"(?:oxy\w*|oxis|percocets?|percs?|vicodin|norco|hydros?|hydrocodone|codeine|codeina|morphine|morfina|methadone|metadona|tramadol|"
    r"fentanyl|fentanilo|heroin|heroina|dilaudid|opioids?|opioides|painkillers?|pain pills|xanax|benzos?|klonopin|clonazepam|valium|ativan|"
    r"oxicodonas?|hidrocodonas?|hidromorfona|buprenorfina|"
    r"\w+azepam|\w+azolam|ambien|zolpidem|sleeping pills|pastillas para dormir|seroquel|gabapentin|lyrica|muscle relaxers?|soma|rivotril)"
)
# Acetaminophen, and what a failing liver shows (yellow eyes or skin, pain under the right ribs).
ACETAMINOPHEN = r"(?:tylenol|acetaminophen|acetaminofen|paracetamol|panadol|excedrin|apap|mapap|tempra|tachipirina|termalgin)"
LIVER_SIGN = (
    r"(?:jaundic\w*|ictericia|(?:eyes|whites of (?:my|his|her|their) eyes|skin|face) (?:\w+ ){0,3}?(?:yellow|yellowish|yellowy|jaundiced|orange)|"
    r"(?:yellow|yellowish) (?:eyes|skin)|(?:ojos|piel|cara) (?:\w+ ){0,2}?amarill\w*|amarill\w* (?:los ojos|la piel)|"
    r"(?:se (?:me|le) (?:pusieron|puso|estan poniendo|esta poniendo)) (?:\w+ ){0,2}?amarill\w*|"
    r"(?:pain|hurts?|hurting|ache|aching|tender) (?:\w+ ){0,3}?(?:right side|right upper|under (?:my|his|her) (?:right )?ribs|on the right)|"
    r"dark (?:pee|urine)|orina (?:muy )?oscura)"
)
# ...but not a colour the person has always had (Gilbert's), nor a childhood jaundice.
LONG_STANDING = r"(?![^?]*\b(?:always been|always had|always has|gilbert\w*|since (?:birth|i was born|he was born|she was born)|as a baby|de nacimiento|desde siempre|de bebe|siempre (?:ha|han|he) (?:tenido|sido|estado))\b)"
SICK_BELLY = (
    r"(?:(?:stomach|belly|tummy|abdomen|abdominal|gut) (?:\w+ ){0,2}?(?:hurts?|hurting|pain|aches?|aching|cramps?)|(?:throwing up|vomit\w*|puking|nause\w*)|"
    r"(?:dolor de (?:estomago|barriga|panza|vientre)|me duele (?:el estomago|la barriga|la panza)|vomit\w*|nause\w*|ganas de vomitar))"
)
FOR_DAYS = (
    r"(?:(?:for|over|the last|the past|all|in) (?:a |the |like |about )?(?:few |couple of |\d+ |two |three |four |five |several )?(?:days|week|weeks|weekend)|since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|last week)|"
    r"around the clock|every (?:few|couple of|\d+|two|three|four) hours|(?:\d+|like \d+|ten|twelve|eight) (?:\w+ ){0,3}?a day|all (?:week|weekend)|"
    r"(?:llevo|lleva|llevamos|durante|por|hace) (?:\w+ ){0,2}?(?:dias|semana|semanas)|toda la semana|cada (?:\w+ )?(?:pocas )?horas)"
)
# Self-harm told as a history, and the means bought again (preparatory behaviour).
HARM_HISTORY = (
    r"(?:(?:used to|i would|history of|been clean from|clean from|stopped|relapse\w*|survivor|scars from) (?:\w+ ){0,2}?(?:burn\w*|cut\w*|self harm\w*|hurting (?:my|him|her)self)|"
    r"(?:self harm|burn|burning|cutting|cutter|self injury) survivor|(?:recovering|recovery|recovered) from (?:\w+ )?(?:self harm\w*|cutting|burning|self injury)|(?:sobreviviente|superviviente) de (?:autolesion\w*|cortarme|quemarme)|"
    r"(?:burned|burnt|cut|hurt|harmed) (?:myself|himself|herself|themselves|(?:my|his|her) (?:arms?|legs?|wrists?|skin|thighs?))(?: \w+){0,3}? (?:before|in the past|for years|as a teen)|"
    r"(?:have not|had not|has not|no me he|no se ha) (?:burned|burnt|cut|hurt|harmed|quemado|cortado|lastimado) (?:myself|himself|herself)? ?(?:in|for|since|en|desde|hace)|"
    r"(?:antes|de adolescente|hace (?:\w+ ){0,2}(?:anos|meses)|solia|solia (?:yo )?) (?:\w+ ){0,2}?(?:me|se) (?:quemaba|cortaba|lastimaba|hacia dano)|"
    r"(?:me|se) (?:quemaba|cortaba|lastimaba)\b|solia (?:quemarme|cortarme|lastimarme|hacerme dano|quemarse|cortarse))"
)
HARM_MEANS_BOUGHT = (
    r"(?:bought|buy|buying|picked up|got|ordered|grabbed|stole|compre|compro|consegui|consiguio|me compre|se compro|agarre)\b (?:\w+ ){0,4}?"
    r"(?:lighter fluid|butane|zippo|lighters?|fuel|gasoline|matches|razors?|razor blades|blades|box cutters?|exacto|x-?acto|scalpel|"
    r"liquido (?:para|de) encendedor|gas (?:para|de) encendedor|encendedor(?:es)?|cerillos|fosforos|gasolina|navajas?|cuchillas?|hojas de afeitar|bisturi)"
)
# A rope in a place, and the thought it draws ("there is a rope in the garage and i keep thinking about it").
ROPE_PLACE = (
    r"(?:woods|forest|garage|barn|shed|basement|attic|closet|park|tree|trees|branch|trunk|car|backyard|yard|bosque|monte|garaje|cochera|"
    r"granero|sotano|atico|closet|armario|parque|arbol|rama|cajuela|maletero|patio)"
)
DRAWN_TO = (
    r"(?:(?:keep|kept|can not stop|cant stop|can not quit|always|all the time|every night|every day)? ?(?:thinking|think|thought) (?:about|of) (?:it|that|them|her|using it)|"
    r"(?:keep|kept) (?:going|walking|driving) (?:out |back )?(?:there |to it )?(?:to )?(?:look|see|check|stare|sit)|(?:keep|kept) (?:looking|staring|glancing) at (?:it|that)|"
    r"(?:it|that) (?:keeps )?call(?:s|ing) (?:to )?me|(?:can not|cant) get it out of my head|"
    r"no (?:dejo|puedo dejar) de pensar en (?:ella|el|eso|esa)|pienso en (?:ella|el|eso) (?:\w+ ){0,3}|sigo pensando en (?:ella|el|eso)|voy a verla|la voy a ver|me llama)"
)
# The children asleep: the time of a plan.
KIDS_ASLEEP = (
    r"(?:(?:when|once|after|as soon as) (?:the |my |our )?(?:kids|children|babies|boys|girls|little ones|everyone|everybody|family) (?:are |is |go |goes |fall |get )?(?:asleep|to bed|to sleep|in bed|sleeping|down)|"
    r"(?:cuando|en cuanto|despues de que) (?:se duerman|se acuesten) (?:los ninos|mis hijos|los nenes|todos|las nenas)|"
    r"(?:cuando|en cuanto|despues de que) (?:los ninos|mis hijos|los nenes|las nenas|todos) (?:se duerman|se acuesten|esten dormidos))"
)
HIDDEN_AT_HAND = (
    r"(?:(?:in|inside) (?:my|the) (?:purse|bag|handbag|pocket|backpack|car|nightstand|drawer)|(?:en|dentro de) (?:mi |la |el )?(?:bolsa|bolso|cartera|mochila|bolsillo|carro|cajon|buro)|"
    r"(?:ready|counted|laid out|listas|contadas|preparadas))"
)
SPANISH_HEIGHT = r"(?:puente|edificio|techo|azotea|balcon|barranco|acantilado|paso elevado|puente peatonal|segundo piso|tercer piso|\w+ piso)"
# Overdid it with a medicine or a drug (Spanish "me pase con"), and the body telling it.
OVERDID = (
    r"(?:(?:me pase|se paso|nos pasamos|se pasaron|me excedi|se excedio|overdid it|overdone it|went overboard|went too hard|went too far|took too much|had too much) "
    r"(?:con|on|with|de)? ?(?:the |my |his |her |los |las |el |la |mis |sus )?)"
)
HEAVY_SIGN = (
    r"(?:chest (?:\w+ ){0,2}?(?:heavy|tight|weird|pressure)|heavy chest|(?:can not|cant|hard to) (?:breathe|stay awake|keep my eyes open)|breathing (?:\w+ )?(?:slow|weird|funny|shallow)|"
    r"pecho (?:\w+ )?(?:pesado|apretado)|me pesa el pecho|(?:me|le|nos) cuesta (?:respirar|mantenerme despiert[oa]|mantenerse despiert[oa])|(?:respira|respiro|respirando) (?:\w+ )?(?:raro|lento|mal|despacio)|no (?:puedo|puede) respirar|"
    r"(?:no puedo|no puede) (?:mantenerme|mantenerse) despiert[oa]|me estoy quedando dormid[oa]|"
    r"(?:i am|im) alone|nobody (?:is )?(?:home|here)|no one (?:is )?(?:home|here)|estoy sol[oa]|no hay nadie)"
)
# Nodding off or greying, said in Spanish.
NODDING_ES = r"(?:cabeceando|cabecea|se (?:le )?(?:cae|va) la cabeza|se (?:queda|esta quedando) dormid[oa]|se le cierran los ojos|no (?:puede )?mantenerse despiert[oa])"

# Round 15's vocabulary.
# A relapse after a time clean (tolerance is gone), and the first signs of sedation.
RELAPSE = (
    r"(?:relaps\w*|recai\b|recayo|recaida|slipped (?:up|tonight|today|last night)|used again|using again|shot up again|picked up again|"
    r"volv\w* a (?:usar|consumir|drogar\w*|inyectar\w*|meter\w*|fumar)|first (?:time|hit|use)(?: using| i used| i have used| shooting up| getting high)? in (?:\w+ ){0,2}(?:months?|years?)|"
    r"(?:months|years|weeks|meses|anos|semanas) (?:clean|sober|limpi[oa]s?|sobri[oa]s?|sin (?:consumir|usar|drogas))\b[^?]{0,60}?\b"
    r"(?:used|shot up|shot|did|took|smoked|snorted|using|use|uso|consumi\w*|me meti|se metio|me inyecte|se inyecto|me drogue|se drogo|fume|fumo))"
)
SEDATION_START = (
    r"(?:(?:starting|started|beginning|begins|starts|about) to (?:nod|drift|doze|pass out|fade|fall asleep|go out|black out)|"
    r"nod(?:ding)? (?:off|out)|nodding|drift\w* off|doz(?:ing|e) off|fading|eyes (?:\w+ )?(?:keep |are |keeps )?(?:closing|rolling|so heavy|heavy)|"
    r"(?:can not|cant|barely|hardly) keep (?:my|his|her|their) eyes open|getting (?:really |so |very |super )?(?:sleepy|drowsy|heavy)|head keeps (?:dropping|falling)|"
    r"quedando dormid[oa]|me estoy durmiendo|se esta durmiendo|(?:empieza|empece|empezo|comienza|comence) a (?:cabecear|dormir\w*|quedar\w* dormid[oa])|cabece\w*|"
    r"se (?:me|le) (?:cierran|estan cerrando) los ojos|(?:me|le) pesan (?:mucho )?los ojos|no (?:puedo|puede) mantener los ojos abiertos|(?:me|le) (?:esta )?(?:da|dando) mucho sueno|"
    r"me estoy apagando|se esta apagando|se esta yendo|me estoy yendo)"
)
# A lethal amount asked about, and the writer's remark that it is for themself.
# ("too many" only of a medicine: "how many sessions are too many" is no such question)
LETHAL_Q = (
    r"(?:(?:how (?:much|many)|what (?:amount|dose|number|quantity)|cuant[oa]s?|que (?:cantidad|dosis)|cual es la (?:dosis|cantidad))\b[^?]{0,60}?\b"
    r"(?:lethal|fatal|deadly|kill (?:a person|someone|somebody|an adult|a grown \w+|me|you)|would kill|to die|be enough to (?:die|kill)|"
    r"mortal\w*|letal\w*|matar(?:ia|ian|me|te|a alguien|a una persona)?|para morir\w*)|"
    rf"(?:how (?:much|many)|cuant[oa]s?)\b[^?]{{0,40}}?\b(?:{PILLS}|pills|pastillas|tablets|tabs|mg|milligrams|miligramos)\b[^?]{{0,30}}?\b(?:too (?:much|many)|demasiad[oa]s?)|"
    r"(?:lethal|fatal|deadly|letal|mortal) (?:dose|amount|dosis|cantidad))"
)
FOR_MYSELF = (
    r"(?:for myself|(?:it is|this is|that is|asking|i am asking|i ask|question is|the question is) (?:\w+ ){0,3}?for me\b|(?:not|no) (?:for|asking for) a friend|"
    r"(?:not|no) (?:for|about) (?:someone|anyone|somebody) else|"
    r"(?:es|pregunto|lo pregunto|la pregunta es|pregunta) (?:\w+ ){0,2}?(?:para|por) mi(?: mism[oa])?(?=\s*(?:[.,!?;]|$|\by\b|\bpero\b|\bno\b))|"
    r"no es (?:para|por) (?:un |una )?(?:amig[oa]|otra persona|alguien mas|un tercero))"
)
# A person who has been saying they want to die, and their affairs being put in order.
WISH_TALK = (
    r"(?:(?:saying|says|said|talking|talked|talks|telling (?:me|us|everyone|people)|tells (?:me|us|everyone)|told (?:me|us)|keeps? saying|texting|posting|"
    r"diciendo|dice|dijo|decia|habla|hablando|ha dicho|repite|anda diciendo|comentando) (?:\w+ ){0,6}?"
    r"(?:(?:he|she|they|que) )?(?:wants? to die|wanted to die|wanting to die|want(?:s|ed)? to be dead|wish(?:es|ed)? (?:he|she|they) (?:was|were) dead|"
    r"(?:does not|doesnt|did not) want to (?:live|be here|be alive|wake up)|not wanting to (?:live|be here|be alive)|"
    r"about (?:suicide|wanting to die|killing (?:himself|herself|themselves)|ending (?:his|her|their) life)|"
    r"(?:se )?quiere morir(?:se)?|quiere matarse|se quiere matar|(?:ya )?no quiere (?:vivir|seguir|estar aqui|despertar)|de (?:morirse|matarse|suicidarse|quitarse la vida)|que se va a (?:matar|morir)))"
)
PREP_ACT = (
    r"(?:(?:writing|wrote|written|writes|making|made|updating|updated|updates|changing|changed|signing|signed|finishing|finished|sorting|sorted|"
    r"organi[sz]ing|organi[sz]ed|putting|put|getting|got|setting|set|leaving|left|giving|gave|handing|handed|sending|sent|showing|showed|"
    r"label(?:l)?ing|label(?:l)?ed|closing|closed|arreglando|arreglo|arreglar|dejando|dejo|haciendo|hizo|escribiendo|escribio|anotando|anoto|anotadas?|anotados?|"
    r"organizando|organizo|ordenando|ordeno|actualizando|actualizo|firmando|firmo|pasando|paso|dando|dio|cerrando|cerro|repartiendo|repartio|mando|mandando|explicando|explico)\b"
    r"[^.?!]{0,40}?\b(?:(?:his|her|their|my|a|the|su|el) (?:will|testament)\b|testamento|passwords?|contrasenas?|claves?|(?:bank |banking )?accounts|cuentas|life insurance|seguro de vida|polizas?|"
    r"instructions (?:for|about|on) (?:the |his |her |my |our )?(?:bills|kids|children|dog|cat|pets|house|accounts|funeral|money|insurance|mortgage|car)|"
    r"instrucciones (?:para|de|sobre) (?:los ninos|las cuentas|el perro|la casa|el seguro|el funeral|los pagos|el dinero|la hipoteca)|"
    r"affairs|papeles|asuntos|documentos|papers|everything in order|todo en orden|things in order|funeral|entierro|who gets|quien se queda|"
    r"what to do (?:with|when|if|about)|que hacer (?:con|cuando|si)|how to (?:pay|run|handle|take care)|como pagar))"
)
# A treatment just had: the time after it.
TREATMENT = (
    r"(?:spravato|esketamin\w*|ketamin\w*|infusions?|infusion|infusiones|(?:nasal )?spray|dose|doses|dosis|session|sessions|sesion|sesiones|treatment|treatments|tratamiento|tratamientos)"
)
TREATED = (
    rf"(?:(?:since|after|ever since|following|hours after|right after|days after|desde|despues del?|tras|luego del?|a partir del?|horas despues del?|"
    rf"desde que (?:empece|empezo|inicie|me pusieron|me dieron|recibi|tome|use|empece con)) (?:\w+ ){{0,3}}?{TREATMENT}\b|"
    rf"(?:fue )?hace (?:unas |un par de |pocas |\d+ |dos |tres )?horas (?:la |el |mi |de la |del )?{TREATMENT}\b|"
    rf"(?:la |el |mi |my |the )?{TREATMENT} (?:fue|was) (?:hace )?(?:unas |un par de |pocas |a few |a couple of |\d+ |two |three |several )?(?:horas|hours)(?: ago)?)"
)
IDEATION_NEW = (
    r"(?:thoughts? (?:of|about|that) (?:not wanting to (?:live|be alive|be here|exist|wake up)|i (?:do not|dont) want to (?:live|be alive|be here)|dying|death|being dead|"
    r"killing myself|ending (?:it|my life|things)|not existing|not being here|suicide|hurting myself)|(?:do not|dont|did not) want to (?:live|be alive|be here|exist|wake up)|"
    r"not wanting to (?:live|be alive|be here|exist)|(?:would|had) rather (?:not be here|be dead|not exist|not wake up)|wish(?:ing)? i (?:was|were) dead|"
    r"suicidal (?:thoughts|ideation|feelings|urges)|(?:feel|feeling|felt) suicidal|"
    r"pensamientos (?:de|sobre) (?:no querer vivir|muerte|morir\w*|no existir|suicidio|matarme|quitarme la vida|no despertar|hacerme dano)|pensamientos suicidas|"
    r"ideas (?:suicidas|de muerte|de (?:no )?(?:querer )?(?:morir\w*|vivir|matarme|quitarme la vida))|ganas de (?:no existir|morir\w*|no vivir|no despertar|desaparecer|no estar|matarme|quitarme la vida)|"
    r"no (?:quiero|querer) (?:vivir|seguir|existir|despertar|estar aqui))"
)
# Shaking and a racing heart.
SHAKY = r"(?:shaking|shaky|trembling|tremors?|shivering|jittery|temblores?|temblando|tiemblo|tiembla|tiritando|escalofrios)"
RACING = (
    r"(?:heart (?:is )?(?:racing|pounding|going (?:so |really )?fast|beating (?:so |really |very )?(?:fast|hard)|will not slow down)|racing heart|pounding heart|palpitations|"
    r"taquicardia|palpitaciones|corazon (?:\w+ ){0,2}?(?:acelerado|a mil|latiendo (?:muy |bien |super )?(?:rapido|fuerte)|late (?:muy |bien )?(?:rapido|fuerte)|desbocado|palpitando))"
)
# Vomiting and confusion.
VOMITING = r"(?:vomit\w*|threw up|throwing up|puking|puked|no (?:para|paro|deja) de vomitar)"
CONFUSED = (
    r"(?:disoriented|confused|confusion|out of it|(?:does|do) not know where|not making sense|desorientad[oa]s?|confundid[oa]s?|"
    r"no sabe (?:donde|quien|que dia|en donde)|no (?:me |nos )?reconoce)"
)
# Rat poison, insecticides and other baits.
POISON_BAIT = (
    r"(?:rat poison|mouse poison|rodenticide|d-con|rat bait|ant (?:bait|poison)|roach (?:bait|poison)|insecticide|pesticide|weed killer|herbicide|"
    r"veneno (?:para|de|contra) (?:las |los )?(?:ratas?|ratones?|raton|roedores|cucarachas|hormigas|plagas|bichos)|raticida|matarratas|mata ?ratas|mata ?ratones|"
    r"insecticida|plaguicida|pesticida|herbicida|matahierbas?|mata ?hierbas?|racumin|veneno)"
)
# Ketamine bought online.
KETAMINE_WORD = r"(?:ketamin\w*|keta\b|special k|esketamin\w*)"
ONLINE = (
    r"(?:online|on line|en linea|por internet|de internet|en internet|por la red|de una (?:pagina|web|app)|(?:a |from a |off a |on a )?(?:website|site|web ?page)|"
    r"dark ?web|deep web|telegram|instagram|snapchat|por whatsapp|mercado libre|marketplace|redes sociales|por redes|por face\w*)"
)
SWALLOWED = (
    r"(?:me tome|se tomo|tome|took|taken|swallowed|ate|downed|popped|me trague|se trago|me meti|se metio|snorted|sniffed|me comi|se comio|esnife|esnifo)"
)
# Not expecting to see tomorrow, and everything made ready.
NOT_TOMORROW = (
    r"(?:no (?:creo|pienso|se si|veo) (?:que )?(?:llegue|llegar|vaya a llegar|voy a llegar) (?:a|al|hasta) (?:manana|el amanecer|la manana|otro dia|el dia de manana)|"
    r"no (?:creo que |pienso |voy a |vo a |se si voy a |creo )?(?:amanec\w*|ver el amanecer|ver otro dia|llegar a manana|llego a manana)|"
    r"(?:manana|para manana) (?:ya )?no (?:voy a estar|estare|estoy)|"
    r"(?:do not|dont) (?:think|expect|plan on) (?:i will |ill |to |i am going to )?(?:make it|be (?:here|around|alive)|see) (?:to |until |till |by |through )?(?:tomorrow|the morning|morning|sunrise|the sunrise)|"
    r"(?:will not|wont|not going to) (?:make it|be (?:here|around|alive)) (?:to|until|till|by|through) (?:tomorrow|the morning|sunrise))"
    r"(?! (?:a |al |para |to |for )?(?:la |el |mi |the |my )?(?:cita|consulta|sesion|infusion|trabajo|clase|reunion|appointment|session|work|class|meeting))"
)
PREPARED_ALL = (
    r"(?:(?:ya )?(?:tengo|deje|dejo|tiene|esta|estan|quedo) todo (?:listo|preparado|arreglado|organizado|en orden|planeado|resuelto)|"
    r"(?:ya )?(?:prepare|arregle|organice|deje listo|deje arreglado|resolvi|ordene|deje en orden) (?:todo|mis cosas|las cosas|mis papeles)|"
    r"todo (?:esta |ya esta )?(?:listo|preparado|arreglado|en orden)|everything (?:is )?(?:ready|prepared|arranged|set|in order|taken care of|planned)|"
    r"(?:i have|i|already) (?:prepared|arranged|set up|planned|sorted) everything|(?:got|have) everything (?:ready|prepared|in order|set))"
)
# A car driven into a pole or a wall on purpose, said in Spanish.
CAR_ES = r"(?:carro|coche|auto|automovil|camioneta|moto|troca|vehiculo|camion)"
CRASH_ES = (
    r"(?:voy a|me voy a|va a|se va a|vas a|quiero|quiere|pienso|piensa|planeo|planea|estoy pensando en|esta pensando en|ganas de|a proposito|esta noche|manana|hoy)\b[^.?!]{0,30}?\b"
    r"(?:estrellar(?:me|se|lo|la)?|estrello|estrella|estampar(?:me|se|lo)?|estampo|chocar(?:me|se|lo|la)?|impactar(?:me|se)?|meter(?:me|le|lo)?|aventar(?:me|lo|le)?|lanzar(?:me|lo)?|echar(?:me|le))\b"
    r"[^.?!]{0,60}?\b(?:contra|en|hacia) (?:un |una |el |la |ese |esa |algun |alguna )?(?:poste|pared|muro|arbol|barda|columna|pilar|puente|camion|trailer|tren|muralla|contencion|barrera|barranco|roca|edificio|valla)\b"
)
# A sudden, severe headache (thunderclap), said in Spanish.
HEADACHE_ES = r"(?:dolor de cabeza|jaqueca|dolor en la cabeza)"
SUDDEN_ES = r"(?:de repente|de golpe|de la nada|subit\w*|repentin\w*|en un segundo|en segundos|de un momento a otro)"
SEVERE_ES = (
    r"(?:fuertisimo|muy fuerte|horrible|terrible|insoportable|explosiv\w*|brutal|intensisimo|el peor|el mas fuerte|como nunca|nunca (?:habia|he) tenido)"
)
# A very high blood pressure, said in Spanish (and English).
BP_VERY_HIGH = (
    r"(?:(?:presion|tension)(?: arterial)? (?:\w+ ){0,2}?(?:altisima|muy alta|super alta|bien alta|demasiado alta|por las nubes|elevadisima|muy elevada|disparada|hasta el cielo)|"
    r"(?:me|se me|le|se le) (?:subio|disparo|esta subiendo|elevo) (?:muchisimo|demasiado|much[oa]|bastante|un monton) (?:la )?(?:presion|tension)|"
    r"(?:se me|se le|me|le) (?:disparo|esta disparando) (?:la )?(?:presion|tension)|"
    r"(?:blood pressure|bp) (?:is |was |went |shot |got )?(?:\w+ )?(?:through the roof|sky high|skyrocket\w*|super high|really high|very high|way up)|"
    r"(?:presion|tension) (?:\w+ ){0,3}?(?:y )?no (?:me |le )?baja)"
)

# --- round 16's vocabulary -----------------------------------------------------

# Naloxone given by a bystander ("le pusimos narcan", "sprayed one narcan").
NALOXONE = r"(?:narcan|naloxone|naloxona|narcan spray|nasal narcan)"
NALOXONE_GIVEN = (
    rf"(?:gave|given|giving|sprayed|spraying|used|using|administered|dosed|hit (?:him|her|them) with|"
    rf"(?:le |les |ya le |ya les )?(?:pusimos|puse|pusieron|di|dimos|dieron|echamos|eche|aplicamos|aplique|aplicaron|rociamos|rocie)) "
    rf"(?:him|her|them|my \w+|the \w+|one|a|an|the|some|a dose of|one dose of|una dosis de|la|el|una|un|le)?\s?(?:\w+ ){{0,2}}?{NALOXONE}\b|"
    rf"{NALOXONE}(?:ed|d)? (?:him|her|them|my \w+)\b|(?:le |ya le )?(?:pusimos|puse|dimos|di) (?:el |la )?{NALOXONE}"
)
# Still not right after it: blue, barely breathing, not waking; or a second dose asked.
STILL_BAD = (
    r"(?:still|sigue|todavia|aun|aún) (?:\w+ ){0,2}?(?:blue|gr[ae]y|purple|pale|not breathing|barely breathing|breathing (?:slow|weird|bad)|unresponsive|out|limp|"
    r"not (?:waking|responding|awake)|morad[oa]|azul|gris|no (?:respira|despierta|responde|reacciona)|sin (?:respirar|despertar|responder)|inconsciente)|"
    r"(?:another|second|2nd|third|other|otra|segunda|la otra|el otro|la segunda) (?:dose|one|spray|dosis|narcan|naloxone|naloxona|atomizador)\b|"
    r"(?:give|use|spray|do) (?:him |her |them )?(?:it |one )?again|(?:le pongo|le doy|ponerle|darle|le echo) (?:otra|la segunda|mas)|(?:did not|didnt|has not|no) (?:work|funciono|sirvio|hizo nada)"
)
# Brought back by it, and now leaving or refusing the hospital (it wears off).
REVIVED = (
    r"(?:woke (?:up|right up)|woke (?:him|her|them) (?:up|right up)|came (?:back|to|around|round)|brought (?:him|her|them) back|revived|came out of it|is awake now|"
    r"desperto|revivio|reacciono|volvio en si|lo (?:revivimos|trajimos de vuelta)|la (?:revivimos|trajimos de vuelta)|ya (?:esta|anda) despiert[oa])"
)
LEAVING = (
    r"(?:wants? to (?:leave|go home|walk out|go|bail)|trying to (?:leave|go|walk out)|leaving|left already|walked out|refus\w+|going home|pulling away|taking off|walking away|(?:will not|wont|does not want to) (?:wait|stay)|"
    r"se va a (?:su casa|ir)|no quiere esperar|"
    r"(?:will not|wont|does not want to|doesnt want to|does not wanna) (?:go|get checked|let us call)|says (?:he|she|they) (?:is|are) (?:fine|ok|okay)|"
    r"(?:se )?quiere ir\w*|se (?:va|fue|quiere largar)|no quiere (?:ir|que llamemos|que (?:le )?llamemos|ambulancia|hospital)|se niega|rechaza|dice que (?:esta|ya esta) bien)"
)
# Rescue breaths for someone who is down, while help is on its way.
RESCUE_BREATHS = (
    r"(?:rescue breath\w*|breaths? (?:for|into) (?:him|her|them)|mouth to mouth|respiracion(?:es)? (?:de rescate|de boca a boca|boca a boca)|"
    r"respiraciones? de rescate|(?:de )?boca a boca)"
)
HELP_COMING = (
    r"(?:911|ambulance|ambulancia|paramedics?|paramedicos|emts?|help is (?:on the way|coming)|on (?:the|their) way|en camino|"
    r"(?:ya )?(?:viene|vienen|llegan|lleguen|llega) (?:la ambulancia|los paramedicos|la ayuda)?|until (?:they|help|the \w+) (?:get|gets|arrive|arrives|come|comes)|"
    r"mientras (?:llegan|viene|vienen|esperamos|espero)|while (?:we|i) wait)"
)
# Insulin: names, and a second or a double dose by mistake.
INSULIN = (
    r"(?:insulin|insulina|lantus|humalog|novolog|levemir|tresiba|basaglar|toujeo|admelog|fiasp|humulin|novolin|lispro|glargin\w*|long ?acting|rapid ?acting|correction dose)"
)
TWICE = r"(?:twice|two times|2 times|dos veces|2 veces|doble|double|double dosed|double dose|doubled|dos dosis|two doses|otra vez|de nuevo|again|de mas|an extra|extra)"
GAVE_DOSE = (
    r"(?:took|taken|gave|given|injected|shot|dosed|administered|did|used|me inyecte|se inyecto|le inyecte|le inyectamos|me puse|se puso|le puse|le pusimos|"
    r"le di|le dimos|me di|inyecte|inyecto|puse|puso|aplique|aplico|tome|tomo|se aplico|me aplique)"
)
# A nasal spray used many more times than prescribed, and numbness or spinning.
NASAL_SPRAY = (
    r"(?:nasal spray|spray nasal|nose spray|spray (?:de|para) la nariz|the spray|my spray|el spray|mi spray|spravato|esketamine|esketamina|ketamine spray|spray de ketamina|device|devices|dispositivos?)"
)
MANY_TIMES = (
    # (round 21: "8 extra sprays", "the whole bottle", "todo el frasco"; not a whole device, which is one dose)
    # A count is a sign when it says "extra" or is more than a dose holds: a
    # Spravato dose is 2 or 3 devices of 2 sprays each, so "my 3 sprays" or "6
    # sprays" is an ordinary dose; seven sprays, or the spray used five times, is not.
    r"(?:(?:like |about |maybe |como |unas |como unas )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|quince|veinte) (?:extra|more|additional|de mas|mas) (?:times|veces|sprays|disparos|puffs)|"
    r"(?:like |about |maybe |como |unas |como unas )?(?:[5-9]|[1-9]\d+|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|cinco|seis|siete|ocho|nueve|diez|doce|quince|veinte) (?:times|veces)|"
    r"(?:like |about |maybe |como |unas |como unas )?(?:[7-9]|[1-9]\d+|seven|eight|nine|ten|twelve|fifteen|twenty|siete|ocho|nueve|diez|doce|quince|veinte) (?:sprays|disparos|puffs)|"
    r"(?:my |the |a |mi |el )?(?:whole|entire) bottle|todo el (?:frasco|envase)|"
    r"(?:so |way |too |muchas |muchisimas |un monton de |demasiadas |varias )(?:many |much )?(?:times|veces)|way more|a lot more|(?:used|took|did|sprayed|taken|had) (?:way )?too much|(?:me puse|use|tome|se puso) demasiado|mas de lo (?:recetado|indicado|que me (?:dijeron|recetaron|indicaron))|more than (?:prescribed|i was told|i should|the \w+ said)|de mas|over and over|una y otra vez)"
)
SPRAY_SIGN = (
    r"(?:numb\w*|can not feel|cant feel|tingl\w*|spinning|spins|dizzy|dizziness|vertigo|room is (?:moving|spinning)|everything is (?:moving|spinning)|"
    r"adormecid\w*|entumid\w*|dormid[oa]s?|no siento|hormigueo|vertigo|mare\w*|me da vueltas|da vueltas|todo (?:se mueve|gira|da vueltas))"
)
# Found before the children come home: the writer asking to be found.
FIND_ME = (
    r"(?:(?:find|finds|found|finding|discover\w*) (?:me|my body)\b"
    r"(?! (?:a|an|some|the|any|another|a ride|an appointment|time)\b)|(?:me|mi cuerpo) (?:encuentre|encuentren|encuentra|encuentran|halle|hallen|descubra|descubran)\b)"
)
KIN = (
    r"(?:kids|children|child|son|daughter|family|wife|husband|partner|mom|mother|dad|father|little ones|boys|girls|"
    r"hijos|hijas|hijo|hija|ninos|nenes|ninas|familia|esposa|esposo|pareja|mama|papa|chamacos|chavos|morros|plebes)"
)
COME_HOME = (
    r"(?:come|comes|get|gets|got|arrive|arrives|are) (?:back )?(?:home|here|back)|(?:home|back) from (?:school|work|the \w+)|"
    r"(?:lleguen|llegue|llegan|vuelvan|vuelva|regresen|regrese|salgan|salga) (?:a casa|de la escuela|del trabajo|de la escuela)?"
)
# A lethal question from someone with the means at work.
WORK_ACCESS = (
    r"(?:at work|on (?:the|my) (?:unit|floor|ward)|(?:work|working|trabajo) (?:in|at|en) (?:a |an |the |una |la |el )?(?:pharmacy|clinic|hospital|vet|veterinary|farmacia|clinica|hospital|veterinaria)|in (?:the|our|my) (?:pharmacy|clinic|hospital|vet|practice|unit|pyxis|omnicell|lab)|"
    r"at (?:the|our|my) (?:pharmacy|clinic|hospital|vet|practice|job)|(?:i|we) (?:can )?(?:get|have|stock|keep) (?:access to |anything|whatever)|access to|pyxis|omnicell|crash cart|"
    r"en el trabajo|en (?:la|mi) (?:farmacia|clinica|veterinaria|chamba)|en el (?:hospital|consultorio|piso)|tengo acceso|tenemos acceso|(?:tenemos|hay) (?:\w+ ){0,2}?en el trabajo)"
)
WORK_ROLE = (
    r"(?:nurse|rn|lpn|pharmacist|pharmacy tech|pharm tech|vet tech|veterinary (?:tech|technician|nurse)|vet|veterinarian|paramedic|emt|anesthesi\w*|crna|doctor|physician|"
    r"enfermer[oa]|farmaceutic[oa]|tecnic[oa] (?:de farmacia|veterinari[oa])|veterinari[oa]|paramedic[oa]|anestesiolog[oa]|medic[oa])"
)
SELF_METHOD_Q = (
    r"(?:how (?:much|many)|what (?:dose|amount)|which (?:one|ones|of these|of them|pills?|drugs?|meds?|vial)|cuant[oa]s?|cual(?:es)?|que (?:dosis|cantidad))\b[^?]{0,80}?"
    r"(?:to (?:not wake|never wake|die|kill|stop (?:my|a) heart|do it|end it|go)|not wake up|would do it|quickest|fastest|surest|painless\w*|for someone my (?:size|weight)|for (?:me|myself)\b|"
    r"(?:if|when) i (?:took|take|used|use) (?:it|them|some|home)|para (?:no despertar|morir\w*|matarme|que no despierte|hacerlo)|sin dolor|mas rapid\w*|para mi\b|alguien de mi (?:peso|tamano)|letal|mortal|lethal)"
)
# A death made to look like an accident so that a policy pays.
LOOKS_ACCIDENTAL = (
    r"(?:look|looks|looked|seem|seems|appear|appears|pass|passes|be ruled|parezca|parecer|parezcan|se vea|se vean|verse|quede|pase) (?:like |as |como )?(?:an? |un |una )?"
    r"(?:accident\w*|accidental|natural causes|causas naturales|que (?:me )?(?:resbale|cai|choque)|(?:i|he|she) (?:slipped|fell|crashed))|"
    r"(?:on purpose|a proposito|intentionally) (?:\w+ ){0,8}?(?:insurance|seguro|policy|poliza)"
)
PAYOUT = (
    r"(?:insurance|life insurance|policy|payout|pay out|pays|pay|benefit|seguro|seguro de vida|poliza|cobre|cobren|cobrar|pague|paguen|le paga|les paga)"
)
# A recent attempt, and a date set for the next.
ATTEMPT = (
    r"(?:tried|attempted|try|trying) to (?:kill myself|end (?:it|my life|things)|overdose|od|hang myself|die|suicide)|attempted(?: suicide)?|(?:my|an) attempt\b|"
    r"(?:intente|trate de|quise|intento de) (?:matarme|suicidarme|ahorcarme|quitarme la vida|morirme|acabar con (?:todo|mi vida)|tomarme todas|suicidio)|intente (?:suicidarme|hacerlo)|me (?:trate|intente|quise) (?:de )?(?:ahorcar|matar|suicidar|envenenar|tirar|aventar|cortar las venas|tomar (?:todas|el frasco|las pastillas|todo))"
)
DEADLINE = (
    r"(?:giving (?:myself|it|me)|gave (?:myself|it)|give (?:myself|it)|i have|i set) (?:until|till|til|a deadline|\w+ more days)|deadline|"
    r"(?:me (?:di|doy|puse|pongo)|ya (?:me )?puse|tengo) (?:hasta|fecha|plazo|un plazo|una fecha|de plazo)|fecha (?:para|limite)|plazo|"
    r"(?:by|until|till|before|on|para el|hasta el|el) (?:this )?(?:friday|saturday|sunday|monday|tuesday|wednesday|thursday|the weekend|end of the (?:week|month)|viernes|sabado|domingo|lunes|martes|miercoles|jueves|fin de (?:semana|mes))\b[^.?!]{0,40}?\b(?:do it|try again|finish|lo (?:vuelvo|voy) a (?:hacer|intentar)|lo intento|lo hago|otra vez|again|right|bien)|"
    r"(?:try|do it|lo intento|lo hago|lo vuelvo a (?:hacer|intentar)) (?:again |otra vez |de nuevo |right |bien )?(?:on|by|el|para el|this) (?:friday|saturday|sunday|monday|tuesday|wednesday|thursday|viernes|sabado|domingo|lunes|martes|miercoles|jueves)"
)
# A height looked up for a day soon.
HEIGHT_Q = (
    r"(?:how (?:tall|high)|what height|the height of|how many (?:feet|meters|metres)|cuantos (?:metros|pies)|how many (?:floors|stories|storeys)|what floor|which floor|que tan alt[oa]|cuantos pisos|cuanta altura|que altura|que piso|"
    r"la altura (?:de|del)|(?:high|tall) enough|enough floors|suficientemente alt[oa]|lo bastante alt[oa]|lo suficiente(?:mente)? alt[oa])"
)
HIGH_PLACE_WORD = (
    r"(?:bridge|building|garage|parking structure|tower|roof|rooftop|overpass|cliff|hotel|dam|"
    r"puente|edificio|estacionamiento|torre|techo|azotea|paso elevado|acantilado|presa|hotel|floor|floors|pisos?)"
)
NOT_SURVIVE = (
    r"(?:to (?:not|never) survive|so (?:that )?i (?:do not|dont|would not|will not) survive|not survive|(?:para|pa) (?:no|que no) sobreviv\w*|no sobreviv\w*|"
    r"to (?:die|be sure|be fatal|be certain|kill)|para (?:morir\w*|estar segur[oa]|matarme|que sea (?:mortal|seguro))|the fall (?:would|will) kill|la caida (?:me )?mat\w*)"
)
HEIGHT_PRACTICAL = (
    r"(?![\s\S]*\b(?:elevator|elevators|elevador|ascensor|parking (?:my|the|a)|park my|estacionar|clearance|height limit|altura maxima|my (?:van|truck|suv|rv)|"
    r"mi (?:camioneta|troca|van)|view|vista|photos?|fotos|tour|wheelchair|silla de ruedas|stairs|escaleras|appointment|cita|infusion|session|sesion|"
    r"class|clase|school|escuela|project|proyecto|homework|tarea|afraid of heights|fear of heights|miedo a las alturas|vertigo|acrofob\w*|my kids want|field trip|"
    r"interview|entrevista|meeting|junta|job|work|trabajo|event|evento|concert|concierto|wedding|boda|hike|hiking|climb\w*|escalar|bungee|skydiv\w*|paraglid\w*|drone|kite|fireworks|fuegos)\b)"
)
# Exhausting, wearing out the people around: a burden told by what it costs them.
PEOPLE_AROUND = (
    r"(?:everyone|everybody|every one|them|all of them|my family|my (?:wife|husband|kids|children|parents|mom|dad|partner|friends|sister|brother)|the people (?:around me|i love|who love me)|people|"
    r"a todos|todos|a mi familia|mi familia|a mis (?:hijos|papas|padres|amigos|hermanos)|a los que (?:me rodean|quiero|me quieren)|los que me rodean|a la gente|ellos)"
)
WEAR_OUT = (
    r"(?:(?:i am|im|i feel like i am|i feel like im) (?:just |only |really |so |such )?(?:wearing|draining|exhausting|burning|tiring|sucking the life out of|bleeding) "
    rf"{PEOPLE_AROUND}(?: out| down| dry)?|"
    rf"(?:i am|im) (?:just |only |so |such )?(?:exhausting|draining|a drain|a weight|a strain|too much|so much work|a lot of work) (?:for|on|to) {PEOPLE_AROUND}|"
    r"(?:worn out|exhausted|tired|drained|burned out|burnt out|sick and tired) (?:from|by|because of|of) (?:taking care of |caring for |dealing with |looking after |putting up with )?me\b|"
    rf"{PEOPLE_AROUND} (?:would be|would feel|is|are|'d be|will be) (?:so much |much |a lot )?(?:less tired|less stressed|less exhausted|better rested|happier|lighter|freer) (?:without me|if i (?:was|were) gone)|"
    rf"(?:desgasto|agoto|canso|drenando|desgastando|agotando|cansando|estoy acabando con|le quito la vida) {PEOPLE_AROUND}|"
    r"(?:estan|esta|anda|andan|viven) (?:todos )?(?:agotad\w*|cansad\w*|hart\w*|desgastad\w*|fastidiad\w*) (?:por mi culpa|de mi|conmigo|de cuidarme|por mi causa|por cuidarme|por mis problemas)|"
    r"(?:por mi culpa|por mi causa) (?:todos )?(?:estan|esta|andan) (?:\w+ )?(?:agotad\w*|cansad\w*|hart\w*|desgastad\w*)|"
    r"(?:los|las|la|lo) tengo (?:a todos |a todas )?(?:cansad\w*|agotad\w*|hart\w*|desgastad\w*|fastidiad\w*)|"
    r"(?:soy|me siento) (?:un|una) (?:peso|estorbo|lastre|carga)(?: muy)?(?: pesad[oa])? (?:para|pa) |solo les doy (?:trabajo|problemas|lata|guerra|preocupaciones))"
)
# Small cuts or burns, told as little and ongoing.
SMALL = r"(?:little|small|tiny|minor|shallow|superficial|light|just a (?:few|couple)|only a (?:few|little|bit)|a little|a bit|chiquit\w*|pequen\w*|poquit\w*|superficial\w*|leves?|ligeros?)"
SELF_INJURY = (
    r"(?:cuts|cut|cutting|scratches|scratching|scratch|burns|burning|nicks|marks|cortes|cortaditas|cortadas|cortaduras|cortadit\w*|rasgun\w*|rayitas|"
    r"quemaduras|quemaditas|heridas|heriditas)\b(?! (?:de|of) (?:pelo|cabello|hair|meat|carne|beef|pork|pollo)\b)"
)
AGENCY = (
    r"(?:i (?:do|did|make|made|give|gave) (?:it|them|these|those|myself)|i have been doing (?:it|this|them)|i keep doing (?:it|this)|i do this|doing it|"
    r"me (?:hago|hice|los hago|las hago|lo hago)|(?:lo|las|los) hago|myself|my (?:arm|arms|wrist|wrists|thigh|thighs|leg|legs|skin|stomach|hips?)|"
    r"(?:en|on) (?:los|las|mis|my) (?:brazos|piernas|muslos|munecas|arms|thighs|legs|wrists))"
)
ONGOING_HARM = (
    r"(?:every (?:night|day|evening|morning|week|time)|most (?:nights|days)|each (?:night|day)|nightly|daily|every other (?:day|night)|almost every (?:day|night)|"
    r"all week|this whole week|for (?:weeks|months)|cada (?:noche|dia|semana|rato)|todas las (?:noches|mananas|tardes)|todos los dias|diario|a diario|casi (?:diario|todas las noches|todos los dias)|"
    r"en las noches|por las noches|de noche|toda la semana|desde hace (?:semanas|meses)|seguido)"
)
SMALL_TOOL = r"(?:razor|blade|pin|safety pin|needle|lighter|knife|scissors|compass|sharpener|glass|navaja|cuchilla|aguja|alfiler|seguro|encendedor|tijeras|vidrio|gillette|hoja)"
# Biting or scratching oneself when the trauma comes back.
TRAUMA_CUE = (
    r"(?:flashbacks?|memories|memory|nightmares?|pesadillas?|recuerdos?|recuerdo|trauma|ptsd|tept|triggered|dissociat\w*|disocio|disociando|"
    r"lo que (?:me )?paso|what happened (?:to me|that night)|the (?:assault|attack|abuse|accident)|el (?:abuso|asalto|ataque|accidente))"
)
SELF_BITE = (
    r"(?:bite|biting|bit|chew|chewing|scratch|scratching|scratched|claw|clawing|dig (?:my )?nails into|digging my nails into|pinch|pinching|hit|hitting|punch|punching|"
    r"me muerdo|mordiendome|me mordi|me rasguno|me rasgune|rasgunandome|me rasco|rascandome|me arano|me arane|aranandome|me clavo las unas en|clavandome las unas en|me pellizco|me golpeo|golpeandome)"
)
BITTEN = (
    r"(?:myself|my (?:arm|arms|hand|hands|skin|face|wrist|wrists|legs?|lip|lips|cheek|cheeks|fingers|thighs?|chest|neck)|"
    r"(?:los|las|la|el|mis) (?:brazos?|manos?|piel|cara|munecas?|piernas?|labios?|dedos|muslos?|cuello|pecho)|"
    r"until (?:it bleeds|i bleed|there is blood|it is raw|raw)|raw|hasta (?:sangrar|que sangr\w*|hacerme sangre|que me sale sangre|dejarme marcas))"
)
# An old parent who has had enough, and has given things away.
DONE_TALK = (
    r"(?:ready to (?:go|die|be with \w+)(?! (?:to|home|out|back|for|in|on|shopping)\b)|(?:has|have|had|is) had enough|done with (?:all this|it all|life|everything|living)|"
    r"lived (?:long )?enough|tired of living|wants? to go (?:be with|join)|listo para (?:irse|morir\w*|partir)(?! (?:de|a|al|para|pa) )|ya tuvo (?:suficiente|bastante)|ya (?:se )?quiere ir\b|"
    r"ya (?:vivio|he vivido|ha vivido) (?:suficiente|lo suficiente|bastante|mucho)|cansad[oa] de vivir|ya no quiere seguir|ya esta listo|ya se quiere morir|ya se quiere ir con)"
)
GAVE_AWAY = (
    r"(?:gave|give|giving|given|handed|handing|passed|passing|regalo|regalando|reparti\w*|dio|dando|reparte|regala) (?:away |out |over |on )?(?:all )?(?:of )?"
    r"(?:his|her|their|sus|su|todas sus|todos sus) (?:\w+ ){0,2}?(?:things|stuff|belongings|possessions|tools|guns|rifles|watch|watches|ring|jewelry|medals|books|money|savings|"
    r"cosas|pertenencias|herramientas|armas|reloj|anillo|joyas|medallas|libros|dinero|ahorros|ropa|clothes)"
)
# A crash or a fall, a head hit, and confusion or legs without feeling.
CRASH = (
    r"(?:crash|crashed|car accident|accident|wreck|wrecked|rear[- ]ended|t[- ]boned|hit by a car|thrown from|flipped|rolled (?:the|his|her|our) (?:car|truck)|motorcycle|"
    r"choque|chocamos|choco|accidente|se volco|volcadura|nos chocaron|lo atropellaron|la atropellaron|atropellad[oa]|salio (?:volando|disparad[oa]))"
)
HEAD_HIT = (
    r"(?:hit|bumped|banged|smacked|slammed|cracked|struck) (?:\w+ ){0,2}?(?:head|cabeza)|(?:head|cabeza) (?:hit|bounced off|slammed)|"
    r"(?:me|se|le) (?:pego|pegue|golpeo|golpee|dio|di) (?:\w+ ){0,2}?(?:en )?(?:la )?cabeza|golpe en la cabeza|head injury|concussion|conmocion"
)
CONFUSION = (
    rf"(?:{CONFUSED}|keeps? (?:asking|repeating)|repeating (?:himself|herself|themselves|myself|the same)|asking (?:the same|what day|where (?:he|she|we) (?:is|are))|"
    r"(?:does|do) not (?:know|remember|recognize) (?:where|what|who|us|me)|dazed|not (?:himself|herself)|"
    r"no (?:se|sabe) (?:donde|que dia|quien|que paso)|no (?:recuerda|se acuerda) (?:nada|de nada|que paso|quien)|aturdid\w*|pregunta (?:lo mismo|una y otra vez)|repite (?:lo mismo|las cosas))"
    r"(?! (?:about|by|with|on|sobre|acerca|as to|regarding|con (?:el|la|los|las) (?:formulario|seguro|cita))\b)"
)
NO_FEELING = (
    r"(?:can not|cant|could not|cannot) (?:feel|move) (?:my |his |her |their |the |any of )?(?:\w+ )?(?:legs?|feet|foot|toes|lower body)|"
    r"(?:can not|cant|could not) feel anything (?:below|from|under)|(?:legs?|feet) (?:are |is |went |feel |feels )?(?:all |completely )?(?:numb|dead|limp|paralyzed|useless)|"
    r"no (?:siento|siente|sentia|sentimos|puedo mover|puede mover|mueve|muevo) (?:las |los |mis |sus |nada (?:de|desde) la cintura(?: para abajo)?|de la cintura para abajo)?(?:piernas|pies|dedos de los pies)?|"
    r"(?:piernas|pies) (?:dormid\w*|entumid\w*|paralizad\w*|sin sensibilidad)"
)
# Stimulants: cocaine, meth, speed (the chest after them is an emergency).
STIMULANT = (
    r"(?:cocaine|coke|crack|meth|crystal|crystal meth|speed|amphetamines?|adderall|molly|mdma|ecstasy|"
    r"coca|cocaina|perico|cristal|cristal meth|anfetaminas?|tachas?|metanfetamina)"
)
CHEST_PAIN = (
    r"(?:(?:chest|pecho)\b[^?]{0,30}?\b(?:pain|hurts?|hurting|tight\w*|pressure|crush\w*|heavy|squeez\w*|burning|stabbing|killing|duele|dolor|aprieta|apretado|pesado|oprim\w*|punzada)|"
    r"(?:pain|pains|hurts?|dolor|duele|aprieta|pressure|presion|tightness|opresion|clutching|grabbing|agarrando) (?:\w+ ){0,3}?(?:chest|pecho))"
)
# Antifreeze and other car fluids.
CAR_FLUID = (
    r"(?:antifreeze|anti-freeze|coolant|radiator fluid|ethylene glycol|windshield washer fluid|washer fluid|brake fluid|methanol|"
    r"anticongelante|refrigerante|liquido (?:de|del|para el) (?:radiador|frenos|limpiaparabrisas)|etilenglicol|metanol|limpiaparabrisas)"
)
# An injected supplement, a vitamin shot or drip, as what a reaction follows.
INJECTED_SUPPLEMENT = (
    r"(?:b ?12 (?:shot|injection|jab)|b12|vitamin (?:shot|injection|drip|iv|infusion)s?|iv (?:drip|vitamin\w*|hydration|therapy)|vitamin iv|myers cocktail|glutathione|nad\+? (?:iv|drip|injection|shot)|"
    r"biotin (?:shot|injection)|lipo (?:shot|injection)|skinny shot|inyeccion(?:es)? de (?:vitamina\w*|complejo b|b12|biotina|glutation)|complejo b|suero vitaminad\w*|sueros? (?:de vitaminas|vitaminicos?)|"
    r"vitaminas (?:inyectadas|intravenosas|en suero)|glutation|coctel de vitaminas|(?:inyectaron|inyecto|inyectan|pusieron|puso) (?:\w+ )?(?:vitaminas|complejo b|b12)|vitamins? (?:injected|injection|shot))"
)

# Each of the alternations above as one group, so that it can be spliced into a sequence.
NALOXONE_GIVEN, STILL_BAD, COME_HOME, LOOKS_ACCIDENTAL, ATTEMPT, DEADLINE, HEAD_HIT, NO_FEELING = (
    f"(?:{x})" for x in (NALOXONE_GIVEN, STILL_BAD, COME_HOME, LOOKS_ACCIDENTAL, ATTEMPT, DEADLINE, HEAD_HIT, NO_FEELING)
)

# --- self-harm: an emergency (method, intent, plan, preparation, acts) --------

# A life insurance that "covers" or "pays" for a treatment, a visit or its cost
# is a coverage question ("does my life insurance cover ketamine?"), not
# someone counting on a payout.
INSURANCE_FOR_TREATMENT = (
    r"(?! {0,1}(?:(?:the |my |a |an |el |la |los |las |mi |mis )?(?:ketamine|ketamina|spravato|esketamine|"
    r"treatment|treatments|infusions?|therapy|the cost|costs?|visits?|appointments?|consults?|consultation|sessions?|"
    r"tratamientos?|infusion(?:es)?|terapia|consultas?|citas?|sesion(?:es)?)\b))"
)
# Acetaminophen more often than any label allows (every hour to every three
# hours); "every 6 hours" is the label's regimen, not an overdose.
TOO_OFTEN = (r"every (?:hour|half hour|(?:1|one|2|two|3|three) (?:hours?|hrs?))|"
             r"cada (?:hora|media hora|(?:1|una|2|dos|3|tres) horas?)")

# "Overdid it" at the gym, on a run or in the heat is exertion, not a drug: the
# chest pain or fainting beside it is a medical emergency, told as one.
EXERTION = (
    r"(?:gym|gimnasio|treadmill|caminadora|workout|work out|working out|exercis\w*|ejercicio|lifting|lift|weights|pesas|"
    r"leg day|squats?|run|running|jog\w*|correr|corriendo|hike|hiking|bike|biking|cycling|spin class|spinning|crossfit|"
    r"cardio|training|entrenamiento|entrenando|practice|practica|game|partido|heat|calor|sun|sol|yard work|shoveling|"
    r"moving boxes|mudanza|marathon|maraton|sprints?|laps|the pool|swim\w*)"
)
NOT_EXERTION = rf"(?![^.?!]{{0,50}}?\b{EXERTION}\b)"

SELF_HARM: List[str] = [
    # Spanish "take them all" with the pronoun before the verb ("me las tomo
    # todas", "me las voy a tragar todas esta noche", "me voy a tomar todas las
    # pastillas"): an intent to overdose, as "I'm going to take them all".
    rf"me (?:las|los) (?:voy a |vo a |pienso |quiero )?(?:tomo|tomar|tomare|trago|tragar|tragare|meto|meter) tod[oa]s\b(?! (?:las |los )?(?:mananas|noches|dias|tardes|semanas|meses)\b)",
    rf"me (?:voy a |vo a |pienso |quiero )?(?:tomo|tomar|tomare|trago|tragar|tragare) tod[oa]s (?:las|los|mis) (?:{PILLS}|pastillas|pildoras|medicinas|medicamentos)",
    # means at hand or obtained (C-SSRS: method; preparatory behaviour)
    rf"(?:have|got|bought|holding|hold|grabbed|loaded|cleaning|cleaned|with|in) (?:my |his |her |a |the |dads |dad's )?{W}?{FIREARM}\b(?! (?:range|safety|license|permit|show|class))",
    rf"{FIREARM} (?:is |are )?(?:in my (?:lap|hand|mouth|room)|at my head|to my head|next to me|beside me|loaded|ready|al lado|en la mano|cargad[oa])",
    rf"(?:tengo|tiene) (?:mi |su |una |el |la )?{FIREARM}",
    rf"(?:the |a |my )?{LIGATURE} (?:is )?(?:ready|already|tied|up|lista|listo|amarrada)",
    rf"(?:have|got|bought|tied|tie|tying|took) (?:the |a |my )?{W}?{LIGATURE}\b(?! (?:for|to hold))"
    r"(?![^.?!]{0,40}\b(?:towing|tow|camping|climbing|hauling|tie ?downs?|clothesline|jump rope|rope swing|swing|boat|kayak|tent|tarp|leash|moving|para (?:remolcar|acampar|escalar|tender|el perro|la ropa))\b)",
    rf"(?:tengo|tiene) (?:la |una )?{LIGATURE}",
    # (round 22: not a job done on it, "i work on scaffolding")
    rf"(?<!\bwork\s)(?<!\bworks\s)(?<!\bworked\s)(?<!\bworking\s)(?<!\btrabajo\s)(?:on|at|by|near|under|over) (?:the )?{HEIGHT_AT}\b(?! (?:station|stop|view|near your|from your))",
    rf"(?:estoy|esta|estan|parad[oa]|sentad[oa]|subid[oa]|ando|sigo|me subi|toy|tamo) (?:en|al|arriba de) (?:el |la )?{HEIGHT_AT}",
    rf"(?:jump|jumping|throw myself|tirar(?:me|se)?|lanzar(?:me|se)?|tirarse) {W}{{0,3}}(?:off|from|in front of|into|de|del|al|desde|por)\b",
    rf"(?:se|me) va a tirar|se quiere tirar|me voy a tirar",
    rf"(?:walk|drive|driving|go|going|heading) (?:into|to|off) (?:the )?(?:river|bridge|traffic|ocean|tracks|lake|gw bridge|george washington)",
    rf"(?:car|engine|carro) (?:is )?(?:running|on|prendido|encendido) {W}{{0,3}}(?:garage|garaje)",
    rf"(?:garage|garaje) {W}{{0,4}}(?:car|engine|motor|carro|truck) {W}{{0,2}}(?:running|on|prendido|encendido)",
    rf"(?:locked|shut|encerr[oó]) (?:himself|herself|themselves|myself|se|me) (?:in|en) {W}{{0,4}}(?:with|con) (?:a |the |his |her |my |una |un |la |el )?(?:{BLADE}|{FIREARM}|{LIGATURE}|pills|pastillas)",
    rf"(?:staring at|looking at|holding|grabbed|have) (?:the |a |my )?{BLADE}(?: block)?\b(?! (?:to cook|for cooking))",
    # pills saved up or counted (preparatory behaviour)
    rf"(?:saving|saved|stockpiling|stockpiled|stashing|stashed|hoarding|hoarded|counting|counted|collecting|collected|set aside|setting aside|guardadas|guardando|contando|conto|contó) {W}{{0,4}}{PILLS}",
    rf"{PILLS} {W}{{0,3}}(?:saved|saved up|set aside|ready|guardadas|listas)",
    rf"(?:enough|suficientes) {W}{{0,3}}(?:to|para) (?:die|do it|end it|not wake up|morir|no despertar)",
    rf"(?:have|got|tengo) (?:the |my )?pills (?:and|ready|now)",
    # a plan, a time, a decision (intent, plan)
    rf"(?:tonight|today|this weekend|tomorrow|sunday|saturday) (?:is|will be) (?:it|the (?:night|day)|when i do it)",
    rf"(?:i am|im) (?:doing|going to do) it {SOON}",
    rf"(?:doing it|do it|hacerlo|lo hago|me voy) {SOON}",
    rf"{SOON} (?:lo hago|me voy|me mato|es la noche|es el dia)",
    rf"(?:picked|chose|chosen|set|escogi|escogido|elegi) (?:the |a |ya |la |el )?(?:date|day|place|spot|time|fecha|sitio|lugar|dia)",
    # having the date or the place (not "time": "wondering if i have time to run errands")
    rf"(?:have|got|tengo) (?:a |the |ya |la |el |una |un )?(?:date|day|time|place|spot|fecha|dia|hora|lugar|sitio) (?:picked|chosen|set|decided|escogid[oa]|elegid[oa]|decidid[oa]|puest[oa])\b",
    rf"(?:have|got|tengo) (?:the |ya |la |el )?(?:date|place|spot|fecha|sitio|lugar)\b(?! (?:for (?:my|the|our) (?:appointment|visit|session|cita|consulta)|de (?:la|mi) (?:cita|consulta)))",
    rf"(?:picked|chose|chosen|set) {SOON}",
    rf"(?:ya )?(?:tengo )?todo (?:planeado|listo|decidido)",
    rf"(?:i have|i|ive|already|have|has|she has|he has) (?:decided|made (?:up )?my (?:mind|decision)|made the decision)\b(?! (?:to (?:try|start|book|come|get|go ahead|do the|schedule)))",
    rf"(?:ya )?(?:lo )?(?:decidi|he decidido|tome la decision)\b",
    rf"(?:my|this is my|tonight is my|today is my) last (?:night|day|week|message|text|time (?:you will|anyone will))\b(?! (?:i (?:took|had|used)|of (?:treatment|the)))",
    rf"(?:mi )?(?:ultima|ultimo) (?:noche|dia|semana|mensaje)",
    rf"(?:will not|do not think i will|dont think ill|not going to) make it (?:past|through|to) {SOON}",
    rf"(?:not|never) (?:going to be|be) (?:coming back|around|here) (?:for|after|much longer)",
    rf"(?:will not|wont|not) (?:need|be needing) (?:it|them|the appointment|the appt|my appointment)",
    # preparatory acts: notes, wills, goodbyes, giving away, affairs in order
    rf"(?:wrote|written|writing|leave|finished|escribi|escribio) {W}{{0,2}}(?:a |the |my |his |her |una |la |su )?(?:note|notes|letter|letters|goodbye|carta|cartas|nota)\b",
    rf"(?:the |a |her |his )?(?:note|letter|carta|nota) (?:is |was |on |left )",
    rf"(?:put|putting|got|getting|have) (?:my |his |her )?affairs in order|(?:updated|changed|made|wrote) (?:my |his |her )?will\b|arregle todo|arreglo todo",
    rf"(?:gave|give|giving|given|gives) (?:away )?(?:all )?(?:of )?(?:my|his|her|their) {W}?(?:stuff|things|belongings|possessions|dog|cat|pets?|jewelry|watch|ring|guitar|car)\b(?! (?:food|a bath|treats|medicine|medication|a walk))",
    rf"(?:gave|give|giving|given|gives) away {W}{{0,2}}(?:stuff|things|belongings|possessions|dog|cat|pets?|jewelry|watch|ring|everything)\b",
    rf"(?:regalo|regale|regalando|regalar|regalo|dio|le dio|dando) {W}{{0,2}}(?:todas? )?(?:sus|mis|su|mi) (?:cosas|perro|gato|reloj|anillo|joyas|ropa)\b",
    rf"(?:said|saying|say|texted|sent|called|calling) (?:me |us |everyone )?(?:goodbye|bye|see y(?:a|all|ou all)|his goodbyes|her goodbyes)",
    rf"(?:diciendo|dijo|me dijo|mando|mandó) {W}{{0,2}}(?:adios|despedida|que se despedia)",
    rf"(?:sorry|perdon|perdonenme|forgive me)\W+{W}?(?:i love you|te quiero|los quiero)",
    rf"(?:life insurance|seguro de vida) {W}{{0,6}}(?:pays|pay out|covers|cover|better off|paga){INSURANCE_FOR_TREATMENT}",
    rf"(?:calm|peaceful|at peace|tranquil[oa]) {W}{{0,4}}(?:now|finally|for the first time|after deciding|decided|por primera vez)",
    rf"(?:calm|peaceful|at peace|tranquil[oa]) {W}{{0,3}}(?:decided|decidi|decidio)|(?:decided|decidi|decidio) {W}{{0,3}}(?:calm|peace|tranquil[oa])",
    rf"stopped taking (?:my |his |her )?{W}?(?:pills|meds|medication|medicine|insulin) {W}{{0,2}}(?:on purpose|so (?:i|he|she) can (?:go|die))",
    # self-harm told as an act
    rf"(?:burned|burnt|burning|burn) (?:my|his|her|myself|himself|herself) ?{W}?(?:with|w) (?:a |the )?(?:lighter|cigarette|iron)",
    rf"(?:scratched|scratching|scratch|picked|picking|carved|carving|carve|cutting|cut|hitting|hit|punched|punching|banging|bang|slamming) {W}{{0,4}}(?:til|till|until|to the point) (?:it |they |i )?(?:bled|bleed|bleeding|broke|bruised)",
    rf"(?:carved|carving|carve) {W}{{0,3}}(?:into|in) (?:my|his|her)",
    rf"(?:cutting|cut) {W}{{0,8}}(?:too deep|too far|a lot of blood|so much blood|pretty deep|deep)",
    rf"(?:want|going|wants) to do (?:worse|something worse) to (?:myself|himself|herself)",
    rf"(?:using|use) the (?:razor|blade|knife) (?:instead|next|now|on myself)",
    rf"me (?:queme|corte|cortaba|estoy cortando|doy golpes)|se (?:esta cortando|corta|quemo|quema)\b",
    # "me pego" is also "he hit me" (me pegó, its accent lost): the writer's own blows only with a
    # body part, a wall, "a mi misma" or blood told after it; someone else's are phrases.VIOLENCE
    r"me pego (?:yo mism[oa]|a mi mism[oa]|(?:\w+ ){0,3}?(?:contra la pared|contra el piso|en la (?:cara|cabeza)|la cabeza|punos|hasta (?:sangrar|que sangr\w+|hacerme)))",
    # means counted, laid out or worked out (preparatory behaviour)
    rf"{PILLS} {W}{{0,3}}(?:counted out|lined up|laid out|spread out|on my (?:desk|counter|nightstand|table)|in a (?:ziploc|baggie|bag))",
    rf"(?:done|did|doing) the math on {W}{{0,2}}(?:meds|pills|doses|medication)",
    r"(?:know|knows) (?:exactly )?(?:what|how much|how many) (?:it )?(?:takes|it would take|to take|i need)",
    r"(?:i )?(?:already )?know (?:exactly )?how (?:i would|i will|i am going to|to do it)\b|(?:ya )?se como (?:hacerlo|lo voy a hacer)",
    rf"(?:bought|got|buying|have) {W}{{0,2}}(?:bag of |some )?(?:charcoal|helium|carbon)|(?:hose|tubing|tube) (?:and|&) (?:tape|duct tape)",
    rf"(?:chair|stool|ladder) {W}{{0,2}}(?:under|below) (?:the |a )?(?:beam|hook|rafter|pipe|ceiling fan)",
    rf"{LIGATURE} {W}{{0,3}}(?:on|over|from|around) (?:the |a )?(?:hook|beam|rafter|pipe|door|closet rod)",
    rf"(?:checked|tested|made sure) {W}{{0,3}}(?:it|the \w+) (?:holds|will hold|would hold|can hold)",
    # goodbyes (preparatory behaviour), the writer's or someone else's
    rf"take care of {W}{{0,2}}(?:mom|mum|dad|mother|father|mami|papi|the kids|my \w+|the \w+|everyone) for me",
    rf"(?:cuida|cuidame|cuiden) {W}{{0,2}}(?:a )?(?:mami|mama|papi|papa|los ninos|mis hijos|mi \w+) por mi",
    rf"tell (?:the \w+|my \w+|everyone|them|her|him|mom|dad) (?:that )?i (?:tried|am sorry|love)",
    r"(?:sorry|perdon|perdoname|perdonenme) (?:for|por) (?:everything|todo)",
    r"(?:just )?(?:wanted|want|needed) (?:someone|somebody|one person|anyone|alguien) to (?:know|understand)|(?:queria|quiero) que alguien (?:sepa|supiera)",
    r"so (?:someone|somebody) (?:finds|will find|can find) me|para que (?:alguien )?me encuentren",
    rf"(?:i will|i am going to) be gone (?:by|before|after|in|on) {W}{{0,2}}|(?:ya )?no voy a estar (?:aqui|mas|para)",
    r"(?:please )?(?:do not|dont) (?:contact|call|look for|come looking for|try to find) me\b",
    rf"(?:i am|i will|i will be) (?:ending|going to end) (?:it|everything|my life)\b",
    rf"(?:intente|trate de) buscar ayuda|i (?:tried|did try) to get help first",
    # standing at a height or an edge (C-SSRS: method, preparation)
    rf"(?:step|stepping|steps|stepped|move|moving|inch|inching) {W}{{0,2}}(?:closer to|toward|towards|up to) (?:the )?(?:edge|yellow line|tracks|rail|railing|ledge|water)",
    rf"(?:not|never) (?:stepping|going to step|stepping) back from (?:the )?(?:rail|railing|edge|ledge)",
    rf"(?:standing|sitting|been standing|been sitting|walking to|walking out to|drove (?:out )?to) (?:on |at |to |out to )?(?:the )?{W}?{HEIGHT_AT}",
    # self-injury being done now (acts, not the word "self-harm")
    rf"(?:hitting|banging|slamming|smashing|bashing|punching|beating|slapping) (?:my )?(?:head|face|fists?|myself|my head|my face|my legs|my arms|my stomach) {W}{{0,3}}(?:against|into|on|off|til|till|until|again|cant stop|can not stop)",
    rf"(?:punching|hitting|beating|slapping|biting|pinching|choking) (?:myself|my own)\b",
    rf"(?:pressing|pressed|holding|held|putting|put) (?:the |a |my )?(?:hot )?(?:iron|lighter|cigarette|lit cigarette|knife|blade|curling iron) (?:on|onto|into|against|to) (?:my|his|her)",
    rf"(?:burning|burned|burnt|burn) myself\b(?! (?:on|cooking|while|by accident|accidentally|at work|with (?:the )?(?:stove|oven|pan|kettle)))",
    rf"me estoy (?:quemando|cortando|golpeando|pegando|rascando|lastimando|haciendo dano)|(?:quemandome|cortandome|golpeandome) (?:las|los|la|el)",
    # a time or a schedule (intent, plan)
    rf"(?:email|emails|text|texts|message|messages|letter|post|video|correo|mensaje)s? {W}{{0,4}}(?:scheduled|set to send|set to go out|timed|queued|programad[oa]s?) (?:for|to|at|para|a las)",
    r"(?:will|testamento) (?:is )?(?:written|done|signed|finished|hecho|listo|firmado)\b",
    rf"(?:sent|gave|handed|emailed|mande|di) {W}{{0,3}}(?:all )?(?:my |mis )?(?:passwords|contrasenas|claves)|deleted (?:all )?(?:of )?my (?:socials|accounts|social media|instagram|facebook)",
    r"waiting (?:for|until|till) (?:the house|everyone|everybody|they|my \w+|the kids) (?:is |are |to (?:be|go|fall) )?(?:quiet|asleep|to sleep|leaves?|gone|goes to sleep)|esperando (?:a )?que (?:todos|la casa) (?:se duerman|este en silencio)",
    r"(?:i have|i have got|got|tengo) enough (?:now|already|saved|ya)\b|(?:ya )?tengo suficientes\b",
    # methods described without naming them
    rf"(?:charcoal|grill|bbq|barbecue|carbon) {W}{{0,6}}(?:bathroom|bedroom|closet|car|room|taped|sealed|bano|cuarto)",
    rf"(?:doors?|vents?|windows?|cracks?) {W}{{0,3}}(?:taped|sealed) (?:up|shut)?|bag method|exit bag",
    rf"(?:filling|fill|filled|llenando|llene) (?:the |la |my )?(?:tub|bathtub|bath|banera)\b {W}{{0,8}}(?:pills|pastillas|slide under|go under|razor|blade|bye|adios)|slide under (?:the )?water",
    rf"(?:step|stepping|steps|walk|walking|jump|jumping|throw myself|throwing myself) (?:out )?in front of (?:the |a |an )?{W}?(?:bus|train|truck|car|subway|express|traffic|bx\d+|m\d+|q\d+)",
    rf"(?:me|se) (?:tiro|tira|voy a tirar|va a tirar|lanzo) (?:al|frente al|delante del|debajo del) (?:tren|metro|carro|bus|camion|guagua)",
    rf"(?:rehears\w*|practic\w*|planning|imagin\w*|picturing) {W}{{0,3}}(?:swerv\w*|jump\w*|crash\w*|driving (?:into|off)|hanging|cutting|stepping)|swerv\w* (?:into|off) (?:the )?{W}?(?:median|wall|barrier|river|divider|pole|traffic|truck)",
    rf"(?:bought|buying|got|compre) (?:a |another |a second |a 2nd |otra |otro )?(?:bottle|box|pack|frasco|caja) {W}{{0,4}}(?:so (?:it|there|i) (?:would|will|would have) (?:be )?enough|para que (?:me )?alcance)|so (?:it|they|there) would be enough",
    rf"(?:bringing|taking|stealing|pocketing|sneaking) {W}{{0,3}}(?:pens|vials|pills|insulin|syringes|meds|pastillas) home",
    rf"(?:esta noche|tonight|manana|tomorrow|hoy) {W}{{0,3}}(?:se toma|se va a tomar|will take|is going to take|me tomo|i will take|i am taking|i am going to take) (?:todas|all|toda|todo|every|the whole)",
    r"(?:love you|i love you|te quiero|te amo),? (?:please )?take care of (?:mom|dad|mother|father|mami|papi|the kids|my \w+|everyone|her|him)",
    # more of the same families (round 3)
    rf"{FIREARM} {W}{{0,4}}(?:keep|kept|keeps) (?:taking|pulling|holding) it out|(?:keep|kept) (?:taking|pulling) (?:the |my |his )?{FIREARM} out",
    r"(?:tonight|today|this weekend|tomorrow) (?:feels like|seems like|looks like) (?:it|the (?:night|day|time|one))",
    r"(?:inching|stepping|moving|leaning) (?:past|over|beyond|across) the (?:yellow|edge|line|strip|rail)",
    rf"(?:cutting|cut|slicing|sliced|slice|digging (?:at|into)|carving) {W}{{0,6}}(?:rn|right now|deeper|too deep|way too deep|all the way)",
    r"(?:walk|walking|walked|swim|swimming|going) (?:into|in|out into|out in) (?:the )?(?:hudson|east river|harlem river|river|ocean|sea|bay|water|lake|sound)|(?:me meto|meterme|me voy a meter|entrar) (?:al|en el) (?:mar|rio|agua)|nado hasta que no pueda",
    rf"{SOON} {W}{{0,6}}(?:i am|i will|i am going to) (?:doing|do|going to do) it\b",
    rf"(?:locked|shut|encerr\w*) (?:himself|herself|themselves|myself|se|me) (?:in|en) {W}{{0,4}}(?:with|w|con) (?:a |the |his |her |my |una |un |la |el )?(?:{BLADE}|{FIREARM}|{LIGATURE}|pills|pastillas)",
    r"(?:not|never|no) (?:coming|going to come|getting|sale|va a salir) (?:out|back|home|out of there)? ?(?:alive|viv[oa])",
    rf"(?:\d+|handful|bunch|puno) (?:of |de )?{W}{{0,2}}{PILLS} (?:in|en) (?:my|mi) (?:palm|hand|mouth|mano|boca)|{PILLS} (?:in|en) (?:my|mi) (?:palm|mano)",
    r"(?:got|have|i have|tengo) (?:a|the|my|un|el) plan (?:and|&|y) (?:got|have|tengo) (?:the|everything|what i need|the stuff|todo|las cosas)",
    rf"(?:emailed|texted|sent|posted|wrote|mando|mandó) {W}{{0,4}}(?:a |his |her |their |un |una )?(?:goodbye|despedida)",
    rf"(?:amount|enough|stash|supply|cantidad) {W}{{0,2}}(?:set aside|saved|put away|stashed|hidden|guardad[oa]|escondid[oa])",
    rf"(?:from|up on|en|desde) (?:the |el |la )?(?:roof|rooftop|techo|azotea|balcon|balcony|ledge|bridge|puente)\b {W}{{0,6}}(?:done|goodbye|bye|se tira|jump|tirar|adios|over|over it)",
    r"(?:legs|feet|piernas|pies) (?:are )?(?:over|off|hanging over|dangling over|colgando (?:de|por)) (?:the )?(?:side|edge|ledge|railing|borde|baranda)",
    rf"(?:tallest|highest|top of (?:a|the)|top floor of (?:a|the)) {W}{{0,2}}(?:parking garage|garage|building|bridge|roof)",
    rf"(?:tengo|las tengo|los tengo) (?:las |los )?(?:{PILLS} )?(?:escondid[oa]s|guardad[oa]s|list[oa]s|contad[oa]s)|(?:juntando|guardando) (?:las|los) {W}{{0,2}}(?:del dolor|pastillas|pildoras)|ya las conte",
    rf"{SOON} (?:[\w']+,? ){{0,8}}(?<!no\s)(?:lo hago|me mato|me tiro)",
    r"(?:amarre|amarro|colgue|colgo) (?:la |una )?(?:soga|cuerda|correa|sabana)",
    rf"(?:con|with) (?:el |la |su |his |her |a |the )?{FIREARM} {W}{{0,3}}(?:diciendo|saying|que no vuelve|not coming back)|(?:que )?no (?:vuelve|va a volver)\b|(?:is |he is |she is )?not coming back",
    r"cruzar sin mirar|(?:walk|step|cross|run) (?:out )?(?:into|in front of) (?:the )?(?:traffic|trucks|cars)",
    rf"{FIREARM} (?:esta|está) (?:cargad[oa]|list[oa]|en la mesa)",
    r"(?:no voy a estar|i will not be|i am not going to be) (?:viv[oa]|alive|around|here|aqui) (?:pa|para|by|for|then|el)",
    r"(?:que|gritando que) se (?:tira|va a tirar|mata|va a matar)",
    # more of the same families (round 4)
    rf"(?:scheduled|set|timed|queued|put|programe) (?:an |a |the |un |una )?(?:email|text|message|post|letter|correo|mensaje)s? {W}{{0,4}}(?:to go out|to send|on a timer|for \d|at \d|para las)|on a timer in (?:gmail|outlook)|(?:if|when) (?:you are|youre) reading this",
    rf"(?:will not|wont|i will not) be (?:here|around|alive) (?:to see|to read|by|for|tomorrow|after|anymore)|{SOON} {W}{{0,3}}(?:i will not|i wont|i am not going to) be (?:around|here|alive)",
    r"(?:it has|it is|its) been an honou?r|delete my (?:files|history|browser history|search history)",
    rf"(?:checked|tested|testing|test|checking|made sure) {W}{{0,3}}(?:if |that |whether )?(?:it|the \w+) (?:holds|will hold|would hold|can hold|aguanta)",
    rf"{LIGATURE} {W}{{0,3}}(?:around|on|over|from) (?:the |a )?{W}?(?:hook|beam|rafter|pipe|door|closet rod|bar|rod)",
    r"(?:wrists?|arms?|munecas?) (?:are |is |estan )?(?:open|cut open|sliced open|abiertas?|cortadas?)\b",
    r"(?:dosage|dose|lethal dose|overdose) calculator|would be enough (?:to|for)? ?(?:do it|die|end it|not wake up)?$|(?:would|will) be enough\b",
    r"hot ?shot\b",
    r"(?:finishing|finish|ending|end) it (?:all|tonight|today|now)\b|finishing it\b|(?:hoy|esta noche) se acaba todo|acabar con todo|se acaba todo",
    r"(?:compre|compro|consegui) (?:una |la )?(?:soga|cuerda)",
    rf"(?:left|dejo|dejó) {W}{{0,6}}(?:a |una |su |the |her |his )?(?:note|nota|carta|letter)\b",
    r"(?:walked|headed|walking|heading|salio|se fue|camino|caminando) (?:hacia|toward|towards|to|para|pa) (?:el |la |the )?(?:rio|river|puente|bridge|water|mar|agua|vias|tracks)",
    r"(?:hold|held|holding) (?:him|her|them|the baby|my baby|my son|my daughter) under",
    # more of the same families (round 4, second pass)
    rf"(?:keep|keeps|kept|can not stop|cant stop) (?:cutting|burning|hitting|scratching) (?:my|myself|his|her)",
    rf"{SOON}\W+{W}{{0,2}}{HEIGHT_AT}\b|{HEIGHT_AT}\W+{SOON}\b",
    rf"(?:{BLADE}|{FIREARM}|{PILLS}) {W}{{0,3}}(?:lined up|laid out|spread out|counted out)",
    rf"(?:the|my) plan is (?:still )?{SOON}|(?:i )?still have (?:the|a) plan\b{INSURANCE_PLAN}|(?:tengo|todavia tengo) el plan\b{INSURANCE_PLAN}",
    # a plan with a time, the time first ("tonight i have a plan") or after it
    rf"{SOON},? (?:i )?(?:have|got|made|tengo|hice) (?:a|the|my|un|el|mi) plan\b{INSURANCE_PLAN}",
    rf"(?:i )?(?:have|got|made) (?:a|the|my) plan\b{INSURANCE_PLAN},? (?:and )?(?:it'?s|it is|is|set for|is set for) (?:for )?{SOON}",
    # asking for a method of self-injury (never a topic question)
    r"(?:best|easiest|quickest|fastest|least painful|painless|surest|simplest|quietest|safest|mejor|mas facil|"
    r"mas rapida|mas rapido|sin dolor|menos dolorosa?) (?:way|ways|method|methods|manera|maneras|forma|formas|modo) "
    r"(?:to|of|de|para) (?:self[ -]?harm\w*|harm(?:ing)? myself|hurt(?:ing)? (?:myself|yourself|oneself)|"
    r"cut(?:ting)? (?:myself|yourself|deep\w*)|burn(?:ing)? (?:myself|yourself)|autolesionarme|lastimarme|"
    r"hacerme dano|cortarme|quemarme)",
    r"(?:manera|maneras|forma|formas|modo|metodo) (?:mas )?(?:facil|rapida|rapido|segura|seguro|efectiva|efectivo|"
    r"indolora|sin dolor|menos dolorosa) (?:de|para) (?:autolesionarme|lastimarme|hacerme dano|cortarme|quemarme)",
    rf"(?:programe|programé|schedule|scheduled) (?:un |una |a |an )?(?:mensaje|correo|email|text|message) {W}{{0,6}}(?:para las|for|at|to go out)",
    r"ya no voy a estar\b(?! (?:en|disponible|libre|ahi))",
    rf"(?:carbon|charcoal) {W}{{0,8}}(?:cuarto|bano|room|closet|sellad[oa]|sellao|sealed|taped)",
    rf"(?:tengo|tiene|have|holding|got) (?:la |una |el |a |the |my )?(?:{BLADE}|{FIREARM}) (?:en la mano|in my hand|in hand|in his hand|in her hand)",
    rf"(?:inyectar|inject|shoot up|shoot|usar) {W}{{0,2}}todo lo que (?:tiene|tengo)|(?:shoot|inject|use) (?:it )?all (?:at once|tonight|of it tonight)",
    rf"(?:ventana|window|balcon|balcony) del? {W}{{0,2}}(?:piso|floor)|(?:brincar|saltar|tirarme|tirarse) (?:de|por|desde) (?:la )?(?:ventana|balcon)|no se si (?:brincar|saltar|tirarme)",
    rf"{FIREARM} {W}{{0,6}}(?:ya lo saque|lo saque|took it out|got it out|sacado)",
    rf"(?:manguera|hose|tube|tubo) {W}{{0,3}}(?:del tubo de escape|exhaust|escape|tailpipe)",
    # more of the same families (round 5)
    r"not coming out (?:this time|again|alive)|(?:no|nunca) va a salir (?:viv[oa]|esta vez)",
    r"climbed (?:over|past|onto|up on) (?:the )?(?:\w+ )?(?:railing|rail|fence|barrier|ledge|edge)|(?:hanging|standing) on the outside of",
    r"(?:cutting|cut|burning) (?:myself )?for (?:the last |about |like )?(?:\d+|an|a|half|half an) ?(?:minutes?|min|hours?|half hour)",
    rf"(?:use|inject|take|inyectar) (?:all of )?(?:them|it|those|todas|todos) (?:on|en) (?:herself|himself|myself|si misma|si mismo)|se las va a inyectar|(?:inyectar|inject) {W}{{0,3}}(?:todas|all of them)",
    rf"{BLADE} (?:to|against|on|at|en|contra) (?:his|her|my|the|su|el|la) (?:wrist|neck|throat|cuello|muneca|garganta|chest|pecho)",
    r"(?:sorry|perdon),? i (?:can not|cant) do this(?: anymore)?",
    r"done deciding|deciding for an? (?:hour|while)",
    r"middle of the (?:\w+ )?(?:bridge|verrazzano|gwb|puente)",
    r"(?:looking|staring|mirando) (?:at|down at|into|al|el) (?:the )?(?:water|agua|river|rio)",
    r"(?:stopped|dejo de) (?:eating and drinking|comer y beber|comer y tomar)|get it over with",
    rf"(?:allergic|alergic\w*) {W}{{0,6}}(?:so (?:she|he|i) can|on purpose|to die|finally stop)|(?:threw|tossed|tiro|boto) (?:out |away )?(?:her|his|my|su|mi) (?:epipen|epi pen|inhaler)",
    r"counting (?:them|the pills|pills|out)|(?:tengo|tiene|tienen|las tengo|las tiene) (?:las |los )?(?:\w+ ){{0,3}}(?:contad[oa]s|escondid[oa]s|guardad[oa]s)",
    r"(?:se despidio|me despedi|said goodbye|says goodbye) (?:de|to) (?:todos|everyone|everybody|all of us)",
    r"(?:dejar(?:se)?|me voy a dejar|se va a dejar) caer|(?:pa'?|para) no ser (?:una )?carga|so (?:i|he|she) (?:will not|wont) be a burden",
    rf"(?:{LIGATURE}) {W}{{0,2}}(?:amarrad[oa]|atad[oa]|colgad[oa]) (?:en|a|de)",
    rf"{SOON} (?:se|me) (?:mata|mato|va a matar|voy a matar)|(?:foto|photo|picture|pic) (?:de|of) (?:un |una |a |his |her )?{FIREARM}",
    rf"(?:hair ?dryer|secador|toaster|tostadora|radio) {W}{{0,6}}(?:tub|banera|bath|agua)",
    rf"(?:cloro|bleach|clorox|veneno|poison|lejia) {W}{{0,6}}(?:se la va a tomar|va a tomar|to drink it|going to drink|se lo va a tomar)",
    r"(?:this is|esto es) (?:the )?(?:lo )?(?:last thing|ultimo que) (?:i (?:will )?write|escribo)",
    r"(?:googled|searched|looked up|busque|investigue) (?:how many|how much|what dose|cuantas|cuanto|la dosis)",
    # more of the same families (round 6)
    rf"(?:letting|let|dejando) (?:the )?(?:trains?|trenes?|buses|cars|carros) (?:go by|pass|pasar)|(?:maybe|creo que) (?:the|el) (?:next|proximo) (?:one|train|tren)\b|el proximo creo que si",
    r"(?:will not|wont|won't) need (?:a |the )?(?:refill|return|ticket back|return ticket|another appointment|the return flight)|one way ticket",
    rf"(?:sitting|sentad[oa]|standing|parad[oa]) (?:in|on|en) (?:the |my |la |el )?(?:open )?(?:window|ventana)\b|window (?:opens all the way|is open) {W}{{0,6}}(?:sitting|floor)",
    rf"(?:eat|eating|comer|comerse|comerme) {W}{{0,4}}(?:on purpose|a proposito)|(?:threw|tossed|tiro|boto) {W}{{0,2}}(?:epipens?|epi pens?|inhalers?)",
    r"(?:pienso |voy a )?(?:soltarme|dejarme caer)\b",
    rf"(?:guardo|guardaba|keeps?|kept|hid|hiding|escondio) {W}{{0,4}}(?:correas|leashes|cords|cables|sogas|belts) {W}{{0,4}}(?:para ahorcarse|to hang|para colgarse)|(?:ahorcarse|ahorcarme|colgarse|colgarme) esta noche",
    rf"(?:media hora|half an hour|an hour|una hora) {W}{{0,3}}(?:con|with) (?:el |la |a |the )?{BLADE} (?:en la mano|in my hand)|(?:llamar a alguien|call someone) o hacerlo",
    # a third person at risk
    rf"{SOMEONE} {W}{{0,3}}(?:going to|gonna|about to|wants to|trying to|threatening to|plans to|says (?:he|she|they) will|va a|quiere) (?:end it|end (?:his|her|their) life|kill (?:himself|herself|themselves)|jump|hang|shoot (?:himself|herself)|matarse|suicidarse|tirarse|quitarse la vida|end everything)",
    rf"(?:i|we) (?:am|are|m) (?:about to|going to) be (?:one|another statistic)",
    rf"22 a day",
    rf"(?:saying|said|says|posted|wrote|texted|sent) {W}{{0,6}}(?:see yall|see ya|see you all|bye forever|goodbye forever)",
    rf"(?:and|to|going to|want to|planning to) end (?:this|it)\b(?! (?:treatment|appointment|pain|subscription|relationship|conversation|chat))",
    rf"how (?:tall|high|far) (?:does|do|is|would) (?:a |the )?(?:building|bridge|roof|fall|drop)",
    rf"(?:going to|about to|want to|plan to|planning to|will|ready to) jump {SOON}",
    # more of the same families (round 8)
    # gas let out on purpose: a stove or an oven opened and left unlit
    r"(?:ya )?(?:abri|abrio|deje abiert[oa]s?|dejo abiert[oa]s?|tengo abiert[oa]s?|solte) (?:todo )?(?:el |la |las |los |todas las |todos los )?(?:gas|llaves? del gas|hornillas|perillas|quemadores)\b(?! (?:para|pa) (?:cocinar|calentar|hacer|prender))",
    rf"(?:the )?gas (?:is |has been |been )?(?:on|running|open|hissing) (?:in|on|from) (?:the )?(?:oven|stove)\b(?![^.?!]*\b(?:cook\w*|bak\w*|roast\w*|turkey|dinner|pizza|preheat\w*|boil\w*))|(?:turned|opened|switched|left) (?:on )?(?:all )?(?:the )?(?:gas|burners|oven)(?: on)? {W}{{0,4}}(?:without (?:lighting|a flame)|not lit|unlit|(?:and )?(?:closed|shut) (?:all )?the windows)|head in the oven|cabeza (?:en|dentro de)l horno",
    # the time of the act, told alone ("sunday night. that is when."), not a
    # time of something named ("3pm, that is when my appointment is")
    rf"(?:tonight|tomorrow|today|this weekend|midnight|noon|dawn|sunrise|sunset|sunday|monday|tuesday|wednesday|thursday|friday|saturday|\d+ ?(?:am|pm)|esta noche|manana|hoy|medianoche|el (?:domingo|lunes|martes|miercoles|jueves|viernes|sabado))(?: (?!(?:not|no|never)\b)[\w']+){{0,6}}\W+(?:that is|that will be|then|es|ese es|sera) (?:when|cuando|the (?:day|night|time|moment)|el (?:dia|momento)|la noche)(?=\s*(?:[.!,]|$)| (?:i|lo|me) (?:do it|will do it|am doing it|am going to do it|hago|voy a hacer|voy|mato|go)\b)",
    # asking how much of something it takes not to wake up
    rf"(?:cuant[oa]s?|how (?:much|many)|what dose|que dosis|que cantidad) {W}{{0,5}}(?:se necesita\w* |hace\w* falta |it takes |would it take |does it take |do i need |would i need |necesito |tengo que tomar )?(?:para|to) (?:no despertar(?:me)?|not wake up|never wake up|die|morir(?:me)?|dormir para siempre|sleep forever|kill (?:me|myself|a person|someone)|matar(?:me|se)?|end it|acabar con todo)\b(?! (?:at|during|in the|every|so|too|early|tired|groggy|with|a las|en la|de madrugada|tan|cansad[oa]))",
    # a threat tied to a condition ("si esto no se quita hoy me mato") and means at hand
    r"(?:si|if) (?:[\w']+,? ){1,10}?(?:no|not) (?:[\w']+,? ){0,5}?(?:me mato|me voy a matar|me quito la vida|me suicido|i will kill myself|i am going to kill myself|i am killing myself|i will end it|i will end my life|i am going to end it|i am ending it)\b",
    r"(?:ya )?(?:tengo|i have|i have got|i got) (?:con que|the means|what i need to do it|everything i need to do it)(?=\s*(?:[.!?]|$))|tengo con que (?:hacerlo|matarme)",
    # a note that warns whoever opens the door
    r"(?:note|nota|letter|carta) (?:taped|pinned|stuck|left|posted|pegad[oa]|puest[oa]|clavad[oa]|on|en) (?:[\w']+,? ){0,10}?(?:call 911|call the police|call an ambulance|llam\w* al 911|llam\w* a la policia|llam\w* a una ambulancia)\b(?! (?:if|for|in case|in an?|si|en caso|para))",
    r"(?:note|nota|letter|carta) (?:taped|pinned|stuck|left|posted|pegad[oa]|puest[oa]|clavad[oa]|on|en) (?:[\w']+,? ){0,3}?(?:her|his|their|su|bathroom|bedroom|bano|cuarto) (?:[\w']+,? ){0,8}?(?:do not come in|do not open|do not go in|do not enter|no entres|no entren|no pasen|no abras|no abran)\b",
    # more of the same families (round 9)
    # "do it" for suicide, with a plan, a method worked out or the means delivered
    r"(?:figured out|worked out|decided|planned|knows?|sabe|decidio|ya sabe) (?:exactly )?(?:how|when|where|como|cuando|donde) (?:i am|he is|she is|they are|i will|he will|she will|they will|i am going to|lo va a|lo voy a)\s?(?:going to |gonna )?(?:do it|hacerlo|hacer)\b",
    rf"(?:to do it|para hacerlo) {W}{{0,3}}(?:came|arrived|is here|are here|got here|showed up|was delivered|got delivered|delivered|llego|llegaron)",
    rf"(?<!usually\s)(?<!always\s)(?<!can\si\s)(?<!should\si\s)(?<!i\scan\s)(?:doing|do|going to do|gonna do) it {W}{{0,1}}(?:after|when|once|before) {W}{{0,4}}(?:asleep|to sleep|to bed|go to bed|leave|leaves|is gone|are gone)|(?:lo hace|lo va a hacer|hacerlo) (?:cuando|despues de que) {W}{{0,3}}(?:se duerman|se vayan|se acuesten)|(?:talking|talked|talks|hablando) (?:about|de) (?:doing it|ending it|not being here|hacerlo) (?:for|since|again|hace|desde)",
    # a purpose of dying: medicine or food stopped "so she can die"
    r"(?:so|so that) (?:i|he|she|they) (?:can|could|will|would|may) (?:finally )?(?:die|be dead|not wake up)\b(?! (?:peacefully|in peace|at home|with dignity|comfortably|naturally))|para (?:poder )?(?:morirse|morirme|no despertar)\b(?! (?:en paz|tranquil[oa]|en casa))",
    # the urge to jump, at a window, a platform, an edge
    r"(?:thinking (?:about|of)|thought about|urge to|tempted to|feel like|ganas de|la quiero abrir y|pensando en) (?:just )?(?:jumping|jump|tirarme|aventarme|lanzarme|brincar|saltar)\b(?! (?:on|at|ahead|to conclusions|rope|jacks|the gun|ship|back into|in line|the queue|on board|through hoops|in the pool|into the pool|la cuerda|de alegria|de la cama|en la cama))",
    rf"(?:open|opened|abierta|abrir|abro|abri) {W}{{0,2}}(?:window|ventana)\b {W}{{0,8}}(?:jump\w*|tirarme|aventarme|saltar|brincar)|(?:al lado de|junto a|parad[oa] (?:en|frente a)) (?:la )?ventana {W}{{0,8}}(?:tirarme|aventarme|saltar|brincar)",
    # a blade where nobody sees: a bathroom, a locked door
    rf"(?:bathroom|bano|locked|encerrad[oa]|puerta cerrada|door locked|my room|mi cuarto) {W}{{0,8}}(?:with|con) (?:the |a |my |las |los |la |el |unas |mis |his |her )?{W}{{0,2}}{BLADE}|(?:took|got|pulled|sacar|saque|saco) (?:the |a |las |la )?(?:blade|razor|cuchilla|hoja)s? (?:out|de|off) {W}{{0,4}}(?:sharpener|sacapuntas|razor|rastrillo)",
    rf"(?:puerta cerrada|door locked|locked door|locked in|locked the door|locked myself|encerrad[oa]|cerre la puerta)[^.?!]{{0,60}}\b{BLADE}",
    # a cut told by its depth, tonight
    r"\bi (?:already |just )?cut (?:myself )?(?:tonight|today|again|just now|right now|deep|too deep)\b|\bcut\w*\b[^?!]{0,40}\b(?:pretty|really|very|too|so|way too) deep\b|(?:see|seeing|can see) (?:yellow\w*|the fat|fat|white) (?:stuff|tissue|layer)",
    # burning oneself with a cigarette or a lighter, in Spanish word order
    r"(?:quemando|quemandose|quemandome|se quema|me quemo|se quemo) (?:el|la|los|las|su|mi|sus|mis) (?:brazos?|piernas?|manos?|piel|munecas?) (?:con|a) (?:un |una |el |la |los )?(?:cigarr\w*|encendedor|fosforos?|cerillos?)",
    # Spanish hanging and taking one's life, in every tense
    r"(?:se|me|te) (?:va a |voy a |vas a |quiere |quiero )?(?:ahorcar|ahorcarse|ahorcarme)\b|ahorcarse|ahorcarme|me (?:quito|voy a quitar|quitare|quiero quitar) la vida|se (?:quita|va a quitar|quitara|quiere quitar) la vida|te (?:quitas|vas a quitar) la vida",
    # a weapon taken out of the house, or to the car
    rf"(?:salio|se fue|went out|left|walked out|headed out|se llevo) {W}{{0,5}}(?:con|with) (?:la |el |his |her |a |the |su |una |un )?{FIREARM}\b(?! (?:range|class|safety|license|permit))",
    # goodbye posts to everyone
    r"(?:it was|it has been|fue un) (?:nice|good|great|gusto|placer) (?:knowing|conocer\w*) (?:you|some of you|everyone|y'all|yall|all of you|los|las|a todos)|(?:goodbye|adios) (?:everyone|everybody|world|y'all|a todos|mundo)\b",
    # carbon monoxide in a closed garage with the engine on
    rf"(?:in|en) (?:the |my |el |mi )?(?:car|carro|truck) {W}{{0,4}}(?:in|en) (?:the |el )?(?:garage|garaje)\b[^?!]{{0,60}}(?:engine|motor|running|prendido|encendido)",
    # more of the same families (round 10)
    # a plan with a date, a place or the means, told beside an errand (a cancellation)
    r"(?:got|have|has|i have|i have got|made|tengo|tiene|hice|ya tengo) (?:a|the|my|un|mi|el) plan (?:and|&|y|with|con) (?:a |the |un |una |la |el |my |mi )?(?:date|day|time|place|spot|means|fecha|dia|hora|lugar|sitio)\b(?! (?:for|para) (?:my|the|our|a|mi|la|el|su) (?:wedding|surgery|trip|move|vacation|party|procedure|appointment|infusion|treatment|birthday|boda|cirugia|viaje|mudanza|fiesta|cita|cumpleanos))",
    r"(?:got|have|i have|tengo|ya tengo|picked|chose|set) (?:a|the|un|una|la|el) (?:date|day|fecha|dia)\b[^.?!]{0,40}\b(?:plan|planned|planeado)\b",
    # more of the same families (round 11)
    # a bath, a river or the sea, with the thought of going in and not coming out
    rf"(?:filled|filling|fill|ran|running|llene|llenando|prepare) (?:up )?(?:the |a |my |la |mi |el )?(?:tub|bathtub|bath|banera|tina)\b[^?]{{0,80}}(?:get in|go in|go under|stay under|stay down|not come (?:up|out|back)|never come (?:up|out)|meterme|hundirme|sumergirme|quedarme (?:abajo|debajo|ahi)|no salir(?: mas)?|no volver a salir)",
    r"(?:walk|walking|swim|swimming|go|going|meterme|caminar|nadar) (?:\w+ ){0,2}(?:into|out into|in|en|mar adentro|hacia) (?:the |el |la )?(?:river|ocean|sea|lake|hudson|east river|bay|water|rio|mar|oceano|lago|agua)\b[^?]{0,40}(?:not come back|never come back|and keep going|hasta no volver|y no volver|no salir(?: mas)?|sin volver)",
    # a clinician who has taken the means home from work
    r"(?:took|brought|stole|taken|have|kept|saved|me traje|me lleve|traje|tengo) (?:\w+ ){0,3}?(?:potassium(?: chloride)?|kcl|insulin|fentanyl|propofol|morphine|dilaudid|hydromorphone|vecuronium|succinylcholine|sux|rocuronium|midazolam|versed|ketamine vials|vials|syringes|potasio|insulina|fentanilo|morfina|jeringas|ampollas|frascos) (?:\w+ ){0,3}?(?:home )?(?:from|off) (?:work|the (?:unit|hospital|floor|icu|er|pharmacy|clinic|pyxis|omnicell)|my (?:unit|job|shift))|(?:me (?:traje|lleve)|traje) (?:\w+ ){0,3}?(?:potasio|insulina|fentanilo|morfina|jeringas|ampollas) (?:del|de mi) (?:trabajo|hospital|turno)",
    r"(?:i|yo) (?:know|knows|se) (?:exactly |exactamente |precisely )?(?:what (?:amount|dose|dosage)|how much|how many|cuant[oa]s?|que dosis|la dosis que) (?:\w+ ){0,3}?(?:would|will|it would take to|it takes to|hace falta para|haria falta para|me) (?:do it|kill|be enough|be lethal|end it|matar\w*|bastaria|basta|ser letal)",
    # more of the same families (round 12)
    # a method researched: how to do it quietly or painlessly, how long it takes
    rf"(?:research\w*|reading|read|looking up|looked up|look up|googl\w*|searching|searched|watching videos|watched videos|investigando|investigue|investigar|buscando|busque|busco|buscar|leyendo|lei) {W}{{0,4}}(?:on |about |for |sobre |en internet |en google |online )?(?:how to (?:die|end it|end my life|kill myself|not wake up|disappear for good|make it look like an accident)\b|(?:the )?(?:most |least )?(?:painless|quickest|quietest|fastest|easiest|surest|peaceful|least painful|cleanest|gentlest) (?:way|ways|method|methods) (?:to (?:go|die|do it|end it|check out)|out)\b|(?:ways|methods|formas|maneras|metodos) (?:to|of|de|para) (?:die|dying|end it|ending it|kill myself|killing myself|suicide|morir(?:me)?|matarme|quitarme la vida|no despertar|acabar con todo)\b|how long (?:it takes|does it take|would it take) (?:to )?(?:die|bleed out|lose consciousness|pass out|stop breathing|for (?:the )?(?:heart|body) to stop)|(?:como|la forma de|la manera de) (?:morir(?:me)?|matarme|quitarme la vida|no despertar)\b|(?:suicide |lethal |overdose )?methods\b(?! (?:of|for|to) (?:payment|paying|treatment|pain|coping|dealing|getting|managing|studying))|(?:which|what|how many) (?:of )?(?:my |the |these |those )?{W}?(?:pills|meds|{PILLS}) (?:\w+ )?(?:would|will|could) (?:work|do it|be enough|kill|be lethal))",
    r"(?:how to|como|formas de|maneras de|la forma de|la manera de) (?:do it|go|die|end it|hacerlo|morir(?:me)?|irme) (?:quietly|painlessly|peacefully|without (?:pain|it hurting|anyone (?:knowing|noticing)|a mess)|so (?:nobody|no one) (?:finds|knows|notices|would know)|sin dolor|sin que (?:nadie|se den cuenta)|en silencio)",
    r"found (?:one|a way|the way|a method|the method|something) (?:that )?(?:would|will|could|should) (?:be|work) (?:quiet|painless|quick|peaceful|clean|sure|for sure)\b|encontre (?:una forma|un metodo|la manera) (?:que )?(?:no duele|sin dolor|segur[oa]|rapid[oa])",
    # pills put aside one by one, or counted against a birthday or an anniversary
    rf"(?:putting|put|setting|set|tucking|tucked|squirreling|holding|held|keeping|kept|stashing|apartando|aparto|guardando|guardo) (?:one |a |a few |some |an extra |una |unas )?(?:pill|tablet|dose|one|pastilla)?s? ?(?:aside|away|back|apart|aparte)\b[^.?!]{{0,60}}(?:every|each|a|per|cada|al|por) (?:day|night|week|refill|dia|noche|semana|receta)|(?:skipping|skip|not taking|me salto|no me tomo) (?:one|a|my|a dose|una|la) {W}{{0,2}}(?:and|y) (?:saving|keeping|stashing|hiding|guardando|la guardo|escondiendo)",
    rf"(?:\d{{2,}}|fifty|sixty|seventy|eighty|ninety|a hundred|cien|cincuenta|sesenta|setenta|ochenta|noventa) (?:of (?:them|my|the|those|these) |de (?:mis |las |esas )?)?{W}?{PILLS}\b[^?]{{0,80}}?\b{MARKED_DAY}",
    rf"(?:by|for|before|until|till|on|para|antes de|el dia de) (?:my |mi |the |el )?{MARKED_DAY}[^.?!]{{0,40}}?(?:i will have|i should have|there will be|tendre|voy a tener|habra|ya van a ser) (?:\w+ )?(?:\d{{2,}}|enough|suficientes|plenty)",
    # a height visited to look: the bridge, the roof, the overpass (a rehearsal)
    rf"(?:went|go|goes|going|been going|keep going|kept going|walked|walk|walking|drove|drive|driving|biked|rode|visited|visit|visiting|climbed|climb|got up|fui|voy|vamos|he ido|sigo yendo|volvi|vuelvo|me subi|subi|camine|maneje|me fui) (?:back |out |up |all the way |again |otra vez |de nuevo )*(?:to|onto|up to|up on|on|a|al|hasta) (?:the |that |a |el |la |una |un )?{W}{{0,3}}(?:bridges?|overpass(?:es)?|roofs?|rooftops?|ledges?|cliffs?|parking garage|garage roof|top floor|train tracks|tracks|puentes?|azoteas?|techo|acantilados?|vias|ultimo piso|paso elevado)\b[^.?!]{{0,50}}?(?:(?:just )?to (?:look|see|stare|check|think|watch the (?:water|cars|trains))\b(?! (?:for|around|into|up)\b| (?:at )?(?:the |a |some )?(?:view|sunset|sunrise|fireworks|skyline|city|boats|lights|stars|scenery|architecture|game|parade|river view|eclipse|moon|planes|birds|concert|show)\b)|(?:looked|look|looking|stared|staring|peered|peeking) (?:down|over)|how (?:high|far|tall|long the drop)|a ver\b(?! (?:el|la|los|las) (?:atardecer|amanecer|fuegos|vista|paisaje|barcos|luces|desfile|partido))|a mirar\b(?! (?:el|la|los|las) (?:atardecer|amanecer|fuegos|vista|paisaje|barcos|luces))|(?:mirar|ver) (?:para |hacia )?abajo|la altura|para (?:ver|mirar)\b(?! (?:el|la|los|las) (?:atardecer|amanecer|fuegos|vista|paisaje|barcos|luces|desfile|partido)))",
    rf"(?:scoped out|scouted|cased) (?:the |that |a |el |la )?{W}{{0,2}}(?:bridges?|overpass(?:es)?|roofs?|rooftops?|ledges?|cliffs?|parking garage|garage roof|train tracks|tracks)\b|\bi (?:went|drove|walked|keep going|have been going|been going|go) (?:out |down |back )?(?:to )?(?:look at|see|check out|stare at) (?:the |that )?{W}{{0,2}}(?:bridge|overpass|roof|ledge|cliff|parking garage roof|tracks)\b(?! (?:lit|lights|at night|fireworks|with (?:my|the|our) (?:kids|family|friends)))",
    # more of the same families (round 13)
    # a self-harm history and the means to do it again bought (burning, cutting)
    rf"{HARM_HISTORY}\b[^?]{{0,120}}?\b{HARM_MEANS_BOUGHT}",
    rf"{HARM_MEANS_BOUGHT}\b[^?]{{0,100}}?\b{HARM_HISTORY}",
    # a rope in a place, and the thought it keeps drawing, with no verb of intent
    rf"{LIGATURE}s? (?:\w+ ){{0,3}}?(?:in|at|on|behind|near|under|out in|up in|by|en|detras de|cerca de|colgada en|amarrada en) (?:the |a |my |our |that |el |la |mi |un |una )?(?:\w+ ){{0,2}}?{ROPE_PLACE}\b[^?]{{0,100}}?\b{DRAWN_TO}",
    rf"{DRAWN_TO}\b[^?]{{0,60}}?\b(?:the |a |that |la |una |esa )?{LIGATURE}s? (?:\w+ ){{0,3}}?(?:in|at|on|behind|near|en|detras de|cerca de) (?:the |a |my |our |el |la |mi )?(?:\w+ ){{0,2}}?{ROPE_PLACE}\b",
    # a deep cut told by its depth, and the body going faint
    r"(?:me (?:hice|hizo) (?:un |unos )?cortes?|me corte|se corto|cortes?|cortada|herida) (?:\w+ ){0,3}?(?:muy |bien |super |demasiado )?(?:profund[oa]s?|hond[oa]s?)\b[^?]{0,60}?\b(?:marea\w*|dizzy|lightheaded|me da vueltas|da vueltas|me desmayo|me voy a desmayar|debil|sangr\w*|no para)",
    r"(?:cut|cuts|cutting) (?:myself |himself |herself )?(?:\w+ ){0,2}?(?:deep|deeper|too deep)\b[^?]{0,60}?\b(?:dizzy|lightheaded|light headed|faint|woozy|spinning|going black|blacking out|weak|shaky)",
    # a plan for when the children are asleep, with the means at hand
    rf"{KIDS_ASLEEP}\b[^?]{{0,60}}?\b(?:doing it|do it|lo (?:voy a )?hago|lo voy a hacer|voy a hacerlo|me (?:las )?tomo|me voy a tomar|take (?:them|all|it)|end it|me mato)\b[^?]{{0,100}}?\b(?:{PILLS}|{FIREARM}|{LIGATURE}|{BLADE}|oxy\w*)",
    rf"{KIDS_ASLEEP}\b[^?]{{0,100}}?\b(?:{PILLS}|{FIREARM}|{LIGATURE}|{BLADE}|oxy\w*)\b[^?]{{0,40}}?\b{HIDDEN_AT_HAND}",
    rf"(?:{PILLS}|{FIREARM}|{LIGATURE}|{BLADE}|oxy\w*)\b[^?]{{0,40}}?\b{HIDDEN_AT_HAND}\b[^?]{{0,60}}?\b{KIDS_ASLEEP}",
    # Spanish: throwing oneself off a height, a threat tied to a condition or not
    rf"(?:me|se) (?:tiro|tira|aviento|avienta|lanzo|lanza|voy a tirar|va a tirar|voy a aventar|va a aventar|voy a lanzar) (?:de|desde|del|de la|por) (?:el |la |un |una |mi |este |ese )?{SPANISH_HEIGHT}\b",
    rf"(?:tirarme|aventarme|lanzarme|tirarse|aventarse|lanzarse) (?:de|desde|del|de la|por) (?:el |la |un |una |mi |este |ese )?{SPANISH_HEIGHT}\b",
    # more of the same families (round 15)
    # a lethal amount asked about, with the remark that it is for the writer
    rf"{LETHAL_Q}[^.!]{{0,120}}?{FOR_MYSELF}|{FOR_MYSELF}[^.!]{{0,80}}?{LETHAL_Q}",
    # someone who has been saying they want to die, and their affairs put in order
    rf"{WISH_TALK}\b[^?]{{0,160}}?\b{PREP_ACT}|{PREP_ACT}\b[^?]{{0,160}}?\b{WISH_TALK}",
    # cutting (or burning) oneself to feel something
    r"(?:(?:cut|cutting|cuts)\b(?! (?:my |the |his |her |our |your )?(?:own )?(?:hair|bangs|fringe|nails|toenails|grass|lawn|losses|ties|class|school|carbs|sugar|caffeine|back|down|out|off|loose|people|friends|everyone|contact|corners|costs|wood|paper|it out))"
    r"|(?:burn|burning|burned|hurt|hurting|harm|harming|scratch\w*|hit|hitting|punch\w*) myself"
    r"|me (?:corto|corte|hago (?:cortes|cortaditas|cortadas|cortaduras|heridas|dano)|lastimo|quemo|rasguno)|cortarme|cortandome|quemarme|lastimarme|hacerme (?:dano|cortes|heridas))\b"
    r"[^.?!]{0,60}?\b(?:(?:to|so (?:that )?i (?:can|could)) (?:be able to )?feel (?:something|anything|alive|real|pain|in control|human|normal)|(?:para|pa) (?:poder )?sentir(?:me)? (?:algo|aunque sea algo|viv[oa]|real|el dolor|que estoy viv[oa]|lo que sea|normal)|"
    r"(?:es )?lo unico que me hace sentir|the only (?:thing|way) (?:that )?(?:makes|helps|lets) me feel)",
    r"(?:lo unico que me hace sentir (?:algo|viv[oa])|the only (?:thing|way) (?:that )?(?:makes|lets) me feel (?:anything|something|alive))\b[^.?!]{0,40}?\b(?:cut\w*|cortarme|cortes|me corto|burn\w*|quemarme)",
    # a plan to drive the car into a pole or a wall, in Spanish
    rf"(?=[^.?!]*\b{CAR_ES}\b){CRASH_ES}|{CAR_ES}\b[^.?!]{{0,60}}?{CRASH_ES}",
    r"(?:wrap|wrapping|crash|crashing|slam|slamming|smash|smashing) (?:my|the) (?:car|truck) (?:around|into) (?:a |the )?(?:tree|pole|wall|pillar|barrier|overpass|bridge)",
    # pills named, then all of them to be taken tonight ("i am taking all of them tonight")
    rf"(?:{PILLS}|pills|meds|pastillas)\b[^?]{{0,80}}?\b(?:i am|im|i will be) (?:just )?taking (?:them all|all of them|every (?:last )?one of them|the whole (?:bottle|lot)) {SOON}",
    # not expecting to see tomorrow, everything made ready
    rf"{NOT_TOMORROW}\b[^?]{{0,80}}?\b{PREPARED_ALL}|{PREPARED_ALL}\b[^?]{{0,80}}?\b{NOT_TOMORROW}",
    # more of the same families (round 16)
    # asking to be found before the children come home (or not by them)
    rf"{FIND_ME}[^.?!]{{0,60}}?\b(?:before|antes (?:de )?que|so|para que|pa que)\b[^.?!]{{0,40}}?\b(?:{KIN}\b[^.?!]{{0,30}}?\b(?:{COME_HOME})|(?:{COME_HOME})\b[^.?!]{{0,20}}?\b{KIN})",
    rf"(?:before|antes (?:de )?que) (?:the |my |mis |los |las |mi )?{KIN}\b[^.?!]{{0,30}}?\b(?:{COME_HOME})\b[^.?!]{{0,40}}?{FIND_ME}",
    rf"(?:do not|dont|no) (?:want|quiero|wanna)\b[^.?!]{{0,30}}?\b{KIN}\b[^.?!]{{0,30}}?(?:to (?:be the ones? (?:who|that|to) )?finds? me|(?:sean|sea) (?:los|las|el|la) (?:que|quien|quienes) me (?:encuentre\w*|halle\w*)|me (?:encuentre\w*|hallen|halle|vea\w*) (?:asi|muert[oa]|colgad[oa]))",
    rf"{KIN} (?:are not|is not|will not|do not|does not|arent|wont|no) (?:be )?(?:the ones? (?:who|that|to) )?(?:find|finds|sean los que (?:me )?encuentren) (?:me|my body)\b",
    # a lethal question asked by someone with the means at work (a nurse, a pharmacist, a vet tech)
    rf"(?:{WORK_ACCESS}|{WORK_ROLE})\b[^?]{{0,120}}?{SELF_METHOD_Q}",
    rf"{SELF_METHOD_Q}[^?]{{0,80}}?\b{WORK_ACCESS}",
    # a death made to look like an accident so that the insurance pays
    rf"{LOOKS_ACCIDENTAL}\b[^?]{{0,100}}?\b{PAYOUT}\b|{PAYOUT}\b[^?]{{0,100}}?\b{LOOKS_ACCIDENTAL}",
    r"(?:i am|im|i would be|i will be|i am going to be) worth more (?:to (?:them|my family|my kids|everyone) )?dead|valgo mas muert[oa]|(?:vale|valgo|valdria) mas (?:muert[oa]|el seguro que yo)",
    # an attempt a few days ago, and a date set for the next
    rf"{ATTEMPT}\b[^?]{{0,140}}?\b{DEADLINE}|{DEADLINE}\b[^?]{{0,100}}?\b{ATTEMPT}",
    # a child's or a partner's note or text that says they will end it (tomorrow, tonight)
    rf"(?:note|text|texts|texted|message|letter|post|posted|nota|mensaje|carta|texto|publicacion|chat|escribio|wrote)\b[^.?!]{{0,80}}?\b(?:(?:he|she|they) (?:will|is going to|is gonna|plans to|wants to) (?:end (?:it|things|(?:his|her|their) life)|kill (?:himself|herself|themselves))|"
    rf"se (?:suicida|mata|quita la vida|va a (?:matar|suicidar|quitar la vida))|(?:will not|wont) be (?:here|alive|around))\b[^.?!]{{0,20}}?{SOON}|"
    rf"(?:note|text|texted|posted|wrote|message|letter|nota|mensaje|carta|texto|escribio|publico)\b[^.?!]{{0,60}}?\b{SOON}\b[^.?!]{{0,20}}?\b(?:se (?:suicida|mata|quita la vida|va a (?:matar|suicidar))|(?:he|she|they) (?:will|is going to) (?:end it|kill (?:himself|herself|themselves)))",
    # pills or alcohol taken, and not wanting to be saved
    r"(?:do not|dont|no) (?:want|wanna|quiero|quiere)\b (?:to be |anyone to |you to |nobody to |que (?:nadie )?(?:me |lo |la )?)?(?:saved|rescued|revived|resuscitated|found in time|save me|rescue me|revive me|salven|rescaten|revivan|salve|rescate|encuentren a tiempo)\b(?! (?:by|from|with|con|por) )",
    r"(?:please |por favor )?(?:do not|dont|no) (?:send|call|llamen|manden|mandes|llames) (?:anyone|anybody|nobody|help|an ambulance|911|a nadie|ambulancia|al 911)\b[^.?!]{0,40}?\b(?:let me go|let me die|dejen?me (?:ir|morir)|ya me (?:tome|tomo)|took|swallowed)",
    # a height looked up (how tall, how many floors) for a day soon, or to be sure of dying
    rf"{HEIGHT_Q}\b[^.?!]{{0,60}}?\b{NOT_SURVIVE}",
    rf"{HEIGHT_PRACTICAL}{HEIGHT_Q}\b[^?]{{0,60}}?\b{HIGH_PLACE_WORD}\b[^.!]{{0,80}}?\b(?:{SOON}|is the day|es el dia|going|voy|i go)\b",
    rf"{HEIGHT_PRACTICAL}(?:{HIGH_PLACE_WORD}|drop|fall|jump|caida|salto)\b[^?]{{0,40}}?(?:high|tall) enough\b[^?]{{0,60}}?\b(?:{SOON}|is the day)",
    # small cuts or burns, told as little and ongoing
    rf"{SMALL} {W}{{0,2}}{SELF_INJURY}[^?]{{0,80}}?\b(?:{AGENCY})[^?]{{0,60}}?\b{ONGOING_HARM}|{SMALL} {W}{{0,2}}{SELF_INJURY}[^?]{{0,60}}?\b{ONGOING_HARM}[^?]{{0,60}}?\b(?:{AGENCY}|{SMALL_TOOL})",
    rf"(?:{AGENCY}) {W}{{0,3}}?{SMALL} {W}{{0,2}}{SELF_INJURY}[^?]{{0,80}}?\b{ONGOING_HARM}|(?:{AGENCY})[^?]{{0,40}}?\b{ONGOING_HARM}\b[^?]{{0,40}}?\b{SMALL} {W}{{0,2}}{SELF_INJURY}",
    rf"{SMALL} {W}{{0,2}}{SELF_INJURY}[^?]{{0,40}}?\b{SMALL_TOOL}\b[^?]{{0,40}}?\b{ONGOING_HARM}",
    rf"(?:solo|nomas|nada mas|only|just) me (?:corto|quemo|rasguno|rayo|lastimo|pico|hago (?:cortes|cortaditas|heridas|quemaduras))\b[^?]{{0,50}}?\b{ONGOING_HARM}",
    rf"(?:{AGENCY}) {W}{{0,2}}?(?:cortaditas|cortadit\w*|rayitas|quemaditas|heriditas|little cuts|small cuts|tiny cuts)[^?]{{0,60}}?\b{ONGOING_HARM}",
    rf"(?:only|just|solo|nomas|nada mas) (?:a (?:little|bit)|a little bit|un poquito|poquito|un poco)\b[^?]{{0,40}}?\b{ONGOING_HARM}\b[^?]{{0,40}}?\b{SMALL_TOOL}\b[^?]{{0,40}}?\b(?:{AGENCY})",
    rf"(?:only|just|solo|nomas|nada mas) (?:\w+ )?(?:scratch|scratching|burn|burning|rasguno|quemo|rayo) (?:myself|my \w+|me|los \w+|las \w+)\b[^?]{{0,40}}?\b{SMALL_TOOL}\b[^?]{{0,40}}?\b{ONGOING_HARM}",
]

# --- possible risk: ask directly (hopelessness, burden, passive wishes) -------

POSSIBLE_RISK: List[str] = [
    # a burden; better off without me
    r"(?:a|such a|being a|feel like a|just a) burden",
    r"(?:una|ser una|soy una) carga",
    r"(?:better|fine|happier|easier) (?:off )?without (?:me|him|her)",
    rf"(?:world|everyone|everybody|they|family|kids|children|wife|husband|baby) {W}{{0,2}}(?:be|is|are) {W}?(?:better|fine|happier) (?:off )?(?:without|with(?:out)? a different)",
    r"(?:mejor|mejores) sin (?:mi|el|ella)",
    r"(?:estariamos|estarian|estaria[n]?) mejor sin",
    # hopelessness
    r"no way out|no (?:hay )?salida|(?:what|whats|what is) the point|no point (?:anymore|in (?:anything|living|trying|going on))",
    r"(?:nothing|it) (?:will|is) (?:ever )?(?:going to )?(?:get|getting) better",
    r"(?:hopeless|no hope|last hope|lost (?:all )?hope|sin esperanza|no hay esperanza|mi ultima esperanza)",
    r"(?:no le veo|no veo) (?:el )?sentido|ya no puedo mas",  # "pa que seguir": below
    r"(?:do not|dont|will not) know what (?:i will|ill|i would|i am going to) do if (?:this|it) (?:does not|doesnt|fails|will not)",
    # done, tired, giving up
    r"(?:done|finished) with (?:everything|it all|all of (?:it|this)|this life|life|living|fighting)",
    r"(?:tired|sick) of (?:fighting|everything|it all|trying|being here)",
    r"(?:ready|want|going) to give up|giving up on (?:everything|life|myself)",
    r"(?:cansad[oa]|hart[oa]) de (?:todo|luchar|vivir)",
    # passive wishes (C-SSRS: wish to be dead)
    rf"(?:wish|hope|hoping|pray|praying) {W}{{0,3}}(?:would not|will not|do not|did not|didnt|wouldnt|never) wake up",
    r"(?:disappointed|sad|upset|angry) (?:that )?i (?:am|woke up|wake up) (?:still )?(?:here|alive|up)",
    r"(?:disappointed|sad|upset|angry|mad) (?:that )?i (?:woke up|wake up|am still alive|am still here|survived|made it through)",
    r"(?:do not|dont|not) (?:really )?care (?:if|whether) i (?:live|die|wake)|(?:do not|dont) care what happens to me",
    r"no (?:me|le) importa (?:si|lo que) (?:vivo|vive|muero|muere|me pase|le pase)",
    r"(?:not|never) meant to be (?:here|alive)|(?:lived|have lived) long enough|ready to go\b|god (?:should|would|could|can) (?:just )?take me",
    rf"(?:wish|wishes|want|wants) {W}{{0,2}}(?:could |to )?(?:just )?disappear",
    r"(?:quisiera|quiero|quiere) (?:no despertar|desaparecer)|irse con dios|lista para irse|listo para irse",
    r"nadie (?:se daria cuenta|me extranaria|notaria) si (?:yo )?no",
    r"(?:do not|dont|can not|no) (?:really )?see (?:the|any) point (?:of|in) (?:being (?:around|here|alive)|living|going on|anything|it all)",
    rf"(?:better|happier|easier|fine|better off) (?:off )?if i (?:was|were) (?:not around|not here|gone|dead|never born)",
    r"nothing matters (?:anymore|to me)|stopped caring about (?:anything|everything)",
    # passive wishes and hopelessness, more ways of saying them
    r"(?:would not|will not|wouldnt) mind (?:not waking up|dying|if i (?:died|did not wake up)|never waking up|not being here|not existing|not being alive|not being around)",
    r"(?:praying|pray|hoping|hope|wishing) (?:not to|to not|i (?:do not|will not|would not|never)) (?:wake|waking)",
    r"(?:would not|will not) be (?:the )?(?:worst|such a bad) thing if (?:something (?:happened|happens) to me|i (?:died|was gone|did not wake up|was not here))",
    r"(?:ok|okay|fine|alright) if (?:a|the) (?:bus|car|truck|train|plane) (?:hit|hits|took) me",
    r"running out of reasons|(?:no|not (?:many|any)|few) reasons (?:left )?(?:to|for) (?:live|living|stay|staying|keep going|go on|stick around)",
    r"what (?:am i|i am|i would be) (?:even |still )?(?:fighting|living|sticking around|staying|here) for",
    r"(?:when|once|after) (?:i am|im) (?:gone|not around|dead)\b",
    r"(?:think|thinking|thoughts|think about) (?:about )?(?:really )?(?:dark|bad|scary) (?:stuff|things|thoughts|places)|dark thoughts",
    r"(?:feel|feels|feeling) like (?:i am|im|i) (?:already )?(?:gone|dead inside|a ghost|not really here)",
    r"(?:do not|dont) (?:really )?want to (?:be here|exist|be alive|live) (?:anymore|any more)",
    r"(?:no se )?(?:pa'?|para) que (?:sigo|vivo|estoy aqui)|no (?:le )?veo (?:salida|futuro)|ojala no (?:hubiera|hubiese) nacido",
    r"(?:a )?nadie le importaria si (?:me muero|me muera|desaparezco|no estoy)",
    r"(?:seria|sería) mejor (?:no despertar|no estar|desaparecer|morirme)",
    r"(?:wish|wishes|wished) (?:i|he|she) (?:had )?(?:never been born|was never born|was not born)",
    r"(?:no|not) (?:really )?(?:see|seeing) (?:a|any) future",
    r"(?:do not|dont) know why (?:i am|im|i) (?:still )?(?:here|alive|around|bothering|trying)",
    r"(?:running|run|ran|am) (?:low|out) (?:on|of) reasons",
    r"(?:would|i would|id|had) rather not (?:have it|have this life|be here|be alive|live|wake up|exist)",
    r"(?:want|wants|wanting|wanted) to (?:just )?(?:fade|fade out|fade away|vanish|stop existing|not exist|be gone)",
    r"(?:how much longer|how long) (?:i can|can i|i could|i will be able to) (?:keep (?:this|it|going|doing this) up|keep going|hold on|do this|last)",
    r"(?:dragging|drag|pulling|bringing) (?:my |the )?(?:kids|family|wife|husband|children|everyone|them) down(?: with me)?",
    r"(?:last|final) (?:shot|chance|try|hope|resort) before i (?:give up|quit|end|call it)",
    r"(?:family|kids|children|wife|husband|everyone|everybody|they|world|mom|dad) (?:would|will) (?:all )?be better off(?! (?:if (?:i|we) (?:got|get|start|tried|try|found|find|came|come)|with (?:treatment|ketamine|help|you)))",
    r"no reason (?:left )?to (?:stick around|stay|live|keep going|go on|be here|get up)",
    rf"(?:do not|dont) (?:really )?care if i (?:crash|die|get hit|do not wake|make it|wake up|live)",
    rf"(?:if|when) {W}{{0,5}}(?:does not|doesnt|do not|fails|will not) work {W}{{0,3}}(?:i am|im|i will be|i am going to be) (?:done|out|finished|gone|through)",
    r"(?:pienso|pensando|pienso mucho|pensar|pienso todo el tiempo) (?:mucho )?en (?:la muerte|morir(?:me)?|no estar|matarme|desaparecer)",
    rf"(?:better|happier|easier|less stressed|fine|lighter|calmer) (?:off )?{W}{{0,3}}if i (?:was|were) (?:not )?(?:around|here|alive|gone)",
    r"(?:everything|life|it all|my life) (?:has |is |feels |felt |has felt )?(?:felt )?(?:pointless|meaningless)",
    r"dead weight|(?:a|such a) bother\b|nadie me necesita|(?:a el|a ella) nadie (?:lo|la) necesita",
    r"nothing matters\b",
    r"(?:hope|hoping|wish|wishing) something (?:happens|would happen|bad happens|bad would happen) to me",
    r"(?:prays?|praying|asks?|asking|pedirle|pidiendole|le pido|rezo) (?:to )?(?:a )?(?:god|dios) (?:to )?(?:takes?|take|que me lleve|que la lleve|que lo lleve|no despertar)"
    # (round 18: not "to take my pain away", nor "que me lleve con bien")
    r"(?! (?:away )?(?:my|the|this|his|her|their|all|mi|el|la|este|esta) (?:\w+ )?(?:pain|suffering|anxiety|depression|sadness|fear|worries|dolor|sufrimiento|ansiedad|depresion|tristeza|miedo)\b| con bien\b)",
    rf"(?:easier|better|fine) {W}{{0,3}}if (?:a|the) (?:truck|car|bus|train) {W}{{0,2}}(?:hit|hits|killed|took)",
    r"(?:go to |fall )?sleep forever|(?:dormir|dormirme) para siempre",
    r"(?:tired|exhausted|cansad[oa]) (?:of|from|de) (?:existing|living|being alive|existir|vivir)",
    r"(?:estaria|estarian|estaría) mejor con otr[oa]",
    r"(?:vivio|vivi|he vivido|ha vivido) (?:demasiado|suficiente|bastante)",
    r"me canse de (?:luchar|vivir|todo)|ya no (?:quiero|aguanto) (?:mas|seguir)",
    r"ojala me (?:diera|pase|pasara|de) algo",
    r"waste of (?:oxygen|space|air|skin|life)",
    r"(?:if|when) i (?:was|were) not in the picture|(?:if|when) i (?:was|were) out of the picture",
    r"worth (?:it to keep )?(?:sticking around|living|staying|being here|going on)|vale la pena seguir(?: viviendo)?",
    r"(?:think|thinking|thought|pienso|pensando) (?:about|of|en) (?:death|dying|la muerte|morir(?:me)?) (?:a lot|all the time|constantly|mucho|todo el tiempo|often|every day|a diario)",
    r"(?:how much longer|how long) (?:i can|can i|i could) (?:keep )?(?:fighting|fight|seguir luchando)",
    rf"(?:want|wants|wanted) to (?:be|go) {W}{{0,3}}(?:in heaven|to heaven)|quiere (?:irse|estar) (?:al|en el) cielo",
    r"no (?:le )?encuentro (?:el )?sentido",
    r"(?:me da igual|no me importa) si (?:me pasa algo|me muero|vivo|me matan)",
    r"nadie (?:me extranaria|me va a extranar|se daria cuenta|notaria) si (?:yo )?(?:me fuera|me voy|me muero|desaparezco|no estoy)",
    rf"(?:quisiera|ojala|quiero) que {W}{{0,3}}me (?:matara|mate|llevara|lleve)",
    r"(?:que )?no me deje (?:amanecer|despertar)",
    r"(?:stop|stopped|stops) wanting to (?:be here|live|be alive|exist|wake up)",
    rf"if (?:a|the) (?:truck|car|bus|train) (?:hit|hits|took) me {W}{{0,3}}(?:would not|wouldnt|will not) mind",
    r"(?:do not|does not|did not|dont|doesnt|no) (?:really )?(?:see|seeing|sees|seem) (?:like there is )?(?:a|any|much) reason to(?! (?:worry|come|book|pay|wait|change|switch|call))",
    r"check(?:ing|ed)? out of (?:life|this life|everything)",
    r"stopped caring (?:whether|if) (?:i|to)|(?:do not|dont) care (?:whether|if) i (?:come up|wake|live|make it)",
    r"(?:would be a relief|be relieved|would be nice|would not be so bad|wouldnt be so bad) if i (?:just |simply )?(?:got sick|died|did not (?:recover|wake up|make it)|never woke up|was gone)",
    r"no tengo fuerzas? (?:pa'?|para) seguir|(?:da igual|me da lo mismo) si (?:sigo|vivo|estoy) o no|no le veo (?:mucho )?caso|\bestorbo\b|(?:pa'?|para) que seguir",
    r"(?:what is|whats) (?:even )?the point(?: anymore| of anything| of trying)?",
    r"(?:will not|wont|won't) have to (?:deal with|worry about|put up with|take care of) me (?:much )?(?:longer|anymore|for long)|pronto no (?:va|voy) a ser (?:problema|carga)",
    r"if (?:this|it|the \w+|this \w+ \w+) (?:does not|doesnt|fails|will not) work,? i (?:do not|dont) know what (?:i will|ill|i would|to) do",
    r"(?:how )?easy it would be to (?:take one step|step|jump|just go|end it|let go|swerve)|lo facil que seria",
    r"(?:deserves?|merece) (?:a )?(?:better|mejor) (?:mom|mother|dad|father|mama|madre|papa|padre)",
    r"suicide disease",
    r"(?:fantasize|fantasizing|daydream\w*|dream|dreaming) about (?:just )?(?:not being here|dying|disappearing|not existing|not waking up)",
    r"(?:does not|doesnt|no) (?:matter|importa) (?:anymore|ya)|ya (?:nada )?no importa",
    r"\bburden to (?:everyone|everybody|my family|them|all)",
    r"thoughts (?:of|about) ending (?:things|it all|my life)",
    r"(?:this is|this will be|es) (?:probably )?my last (?:one|christmas|thanksgiving|birthday|navidad|cumpleanos)",
    r"only (?:thing|reason|one) keeping me (?:here|alive|going)|lo unico que me (?:mantiene|tiene) (?:aqui|viv[oa])",
    r"(?:no one|nobody|nadie) (?:would|will|le) (?:care|notice|miss me|importaria|extranaria) (?:if|si) (?:i|me|yo)",
    r"why i (?:made it|survived|lived|came) (?:back )?and (?:they|he|she|my \w+) (?:did not|didnt)",
    r"(?:will not|wont|not going to) stick around",
    r"should have been me|deberia haber sido yo",
    rf"long sleeves {W}{{0,6}}(?:july|summer|heat|hot|verano)|bloody tissues",
    r"(?:if|when) i (?:get|got) hit by a (?:bus|car|truck|train)",
    rf"dormir(?:me)? y no despertar|(?:hart[oa]|cansad[oa]) de existir|(?:si me muero|if i died) {W}{{0,4}}(?:a nadie le importaria|nobody would care|no one would notice)",
    rf"(?:giving|gave|started giving) {W}{{0,2}}(?:my )?(?:books|stuff|things|clothes|records) away",
    r"(?:pretty much |already |basically )+given up|ya me rendi|ya me di por vencid[oa]",
    r"what if i (?:just )?(?:stopped|stop) existing|(?:stopped|stop) existing",
    rf"life insurance {W}{{0,6}}(?:two|2) (?:year|yr)|suicide clause",
    r"(?:outlived|sobrevivi a) (?:everyone|my friends|todos|mis amigos)|(?:do not|dont) see the (?:sense|point) in more",
    r"weirdly calm|(?:suddenly|de repente) (?:calm|at peace|tranquil[oa])|(?:will not|wont) have to deal with (?:this|it|anything) (?:much )?longer",
    r"existence is a (?:mistake|clerical error|error)|(?:should|shouldnt|should not) (?:have been|exist) born",
    r"envy(?:ing)? (?:my )?(?:patients|the dead|people who died)|(?:jealous|envious) of (?:the )?dead",
    r"(?:dios|god) (?:ya )?(?:se la|se lo|me|la|lo) (?:deberia|should) (?:llevar|take)|(?:para|pa) que sigue aqui|(?:para|pa) que sigo aqui",
    r"(?:no tengo|ya no tengo) (?:por que|porque|razon para) quedarme|(?:nothing|no reason) (?:left )?(?:to stay for|keeping me)",
    r"(?:imagina|imagine|imagining|pictures?|picturing) (?:su |my |his |her |mi )?(?:propio )?(?:own )?(?:funeral|funeral)",
    r"(?:no se|not sure|dont know|do not know) si (?:voy a llegar|llego) a (?:esa fecha|ese dia)|(?:not sure|dont know|do not know) (?:if|whether) i will (?:make it|be around) (?:to|until|till)",
    r"(?:ya )?pronto dejo de (?:molestar|molestarlos|ser una carga)|(?:soon|won't be) (?:a burden|bothering you) (?:much )?(?:longer|anymore)",
    rf"checked out\W* {W}{{0,4}}(?:brave|courage|valientes)|(?:brave|valientes) {W}{{0,4}}(?:checked out|se fueron|se quitaron)",
    # thoughts of suicide mentioned in passing (with "i" or "my")
    rf"(?:i|i have|i get|i keep|i am|i been|i have been|my) {W}{{0,2}}(?:suicidal thoughts|thoughts (?:of|about) (?:suicide|dying|death|ending it|killing myself|not being here|not wanting to be here|hurting myself|not wanting to (?:live|be alive|exist)))",
    rf"(?:tengo|tenia|me dan|me vienen) {W}?pensamientos (?:de muerte|de suicidio|suicidas|de no querer vivir)",
    r"think(?:ing)? about (?:just )?(?:ending it|not being here|dying)",
    r"(?:not wanting|do not want|dont want) to be (?:here|alive) (?:anymore|lately)",
    # more of the same families (round 8)
    r"(?:how much longer|how long) (?:i can|i could|i will be able to|i am able to) (?:keep (?:doing|living|going on|putting up with) (?:this|it|like this)|take (?:this|it)|go on like this)\b(?! (?:job|commute|drive|schedule|work|treatment|routine|shift|diet|medication|dose|pace|\w+ing))|(?:no se )?cuanto (?:tiempo )?mas (?:voy a )?(?:aguantar|aguanto|puedo seguir|podre seguir|voy a poder seguir)",
    r"(?:do not|no longer|not|ya no) (?:really |even |honestly |much |truly )?care (?:about )?what (?:happens|will happen|becomes) (?:to|of) me|(?:me da igual|me vale|ya no me importa) lo que (?:me pase|pase conmigo|sea de mi)",
    r"(?:i|she|he|they)\W+(?:(?:will|wo) not|wont|am not going to|is not going to) be (?:a |an )?(?:problem|burden|bother|nuisance|trouble|worry) (?:for |to )?(?:you |anyone |anybody |you all |them )?(?:for )?(?:much |any )?(?:longer|more)\b|no voy a (?:ser|seguir siendo) (?:un |una )?(?:problema|carga|molestia) (?:por )?mucho (?:tiempo|mas)",
    r"(?:better|happier|fine|better off) (?:off )?with (?:another|a different|a better|other|some other|a new) (?:mom|mother|mommy|dad|father|parent|family)|(?:mejor|feliz) con otr[oa] (?:mama|madre|papa|padre|familia)",
    r"(?:siento que|creo que|que yo|yo) sobro\b|(?:estoy|estaria) de mas (?:aqui|en este mundo|en esta familia|en la vida)",
    # thoughts of suicide within the past month, told beside a treatment question
    rf"(?:tuve|he tenido|tenia|estuve teniendo|he estado teniendo|me dieron|me vinieron) {W}?(?:pensamientos|ideas|ganas) (?:de (?:quitarme la vida|suicidarme|matarme|morirme|morir|no vivir|suicidio|muerte)|suicidas)",
    r"(?:had|been having|was having|have had) (?:some |a few )?(?:suicidal (?:thoughts|ideation|feelings)|thoughts (?:of|about) (?:suicide|killing myself|ending (?:it|my life)|dying|not being here))",
    r"(?:want|wish|need) (?:it|everything) (?:all )?to (?:be )?(?:quiet|silent|over)(?=\s*(?:[.!,]|$))",
    # more of the same families (round 9)
    r"(?:would not|wouldnt|will not|not) be (?:so |that |too |such a )?(?:bad|the worst)(?: thing)? if (?:a|the|some) \w+ (?:just )?(?:hit|hits|killed|took|ran over|crashed into|ran|run|runs) me(?: over)?\b",
    r"should have died\b(?! (?:laughing|of (?:embarrassment|shame|boredom|laughter)))|(?:deberia|debi|debio) (?:haber )?muerto|hubiera sido mejor (?:morir\w*|no volver|quedarme alla)",
    r"(?:me da|le da|da) igual (?:vivir o morir|si vivo o (?:me )?muero|morir)|(?:do not|dont) care (?:if|whether) i live or die",
    r"(?:can not|cant) wait (?:for )?(?:it all|this all|everything|all of (?:this|it)) to (?:be over|end|stop)",
    r"(?:how much longer|how long) i (?:want|wanna|can|am willing|have the strength) to (?:do this|keep (?:doing this|going|living|fighting)|go on|be here|live|stay)\b(?! (?:job|commute|drive|treatment|routine|work|diet|schedule))",
    r"(?:feel|feels|feeling) like (?:i am|im|i) (?:slowly )?(?:disappearing|fading away|vanishing)|one day (?:i|he|she) (?:will|would) (?:just )?not be here|(?:not be here|be gone|disappear) and (?:nobody|no one) (?:will|would) (?:notice|care)",
    rf"(?:keep|keeps|can not stop|cant stop|been) thinking about (?:the|my|his|her|those|all the) (?:pills|gun|rope|bridge|knife|blades?|razor|meds|bottle|tracks|pistol|{FIREARM}) (?:in|under|at|on|i have|i saved|i kept|i keep|he has|she has|he keeps|she keeps|i hid|i stashed)\b",
    r"(?:quisiera|quiere|quiero|quisiese) no (?:estar|seguir) (?:aqui|aca|viv[oa]|en este mundo)|(?:seria|sería) mas facil (?:pa|para) todos",
    r"(?:prefiere|prefiero|preferiria) (?:morirse|morirme|morir|estar muert[oa])\b",
    r"(?:do not|dont|no longer|not) (?:really |even |honestly )?care (?:anymore |any more )?what (?:happens|will happen) (?:to|with) me",
    # more of the same families (round 10)
    # a passive wish told beside a treatment question: not existing, not being around, not wanting this life
    r"(?:would not|wouldnt|will not|do not|dont) (?:really )?mind if i (?:just )?(?:did not|didnt|never|stopped|could stop|was not|were not) (?:exist\w*|wake up|woke up|waking up|be here|come back|around|here|alive)",
    r"(?:it would|would it|itd|it'd|it will|would) (?:just )?be (?:so |a lot |much )?(?:easier|better|simpler|a relief|nicer|less painful|more peaceful)(?: for (?:everyone|everybody|all of us|them|my \w+))? (?:if (?:i|he|she) (?:was|were) (?:not|never) (?:around|here|alive|born)|not to (?:be|wake up|exist)|to not (?:be|wake up|exist)|to (?:just )?(?:disappear|not exist|stop existing|be gone|not be (?:around|here)))\b",
    r"if (?:this|that|it|this pain|the pain|this \w+) is (?:\w+ ){0,3}?(?:the rest of my life|my life now|my life from now on|how (?:my )?life (?:is going to be|will be|is)|how it is going to be|forever|permanent|all there is)\W+(?:then )?(?:i|honestly i|i just) (?:do not|dont|would not|wouldnt) (?:want|wanna) (?:it|to live|to be here|any of it|to go on|this life|to stay|to keep going|more)\b",
    r"si (?:esto|asi|este dolor) (?:es|va a ser) (?:\w+ ){0,3}?(?:el resto de mi vida|para siempre|mi vida|lo que me queda)\W+(?:yo )?(?:no (?:la |lo )?quiero|no quiero (?:vivir|seguir|estar aqui))",
    r"(?:the )?(?:urge|urges|(?:craving|cravings|itch) (?=to|for)) ?(?:to (?:cut|hurt myself|burn myself|self harm|harm myself) |for (?:cutting|the blade) )?(?:is|are|has been|have been|came|come|coming|keeps coming) back|(?:volvieron|regresaron|volvio|regreso) (?:las ganas|la urgencia|los impulsos) de (?:cortarme|lastimarme|hacerme dano|quemarme)",
    r"(?<!lo\s)\bque (?:yo )?sobro\b|\bsobro en (?:este mundo|esta casa|la vida|todos lados|esta familia)",
    r"(?:not|no) (?:looking|trying|wanting|asking|here) (?:\w+ ){0,2}to (?:be )?(?:talked|talk) out of (?:it|this)|(?:do not|dont) (?:try to |bother trying to )?talk me out of (?:it|this)\b|(?:nobody|no one|you) (?:can not|will not|cant|wont) talk me out of (?:it|this)|no (?:intentes|traten|trates|intenten) (?:de )?(?:convencerme|disuadirme|hacerme cambiar)",
    # more of the same families (round 11)
    # everything pinned on the treatment: the last option, and no idea what comes after
    r"(?:if|when) (?:this|it|ketamine|spravato|the (?:treatment|infusions?|spray)|this (?:treatment|one|last thing)) (?:\w+ ){0,2}?(?:(?:does not|doesnt|do not|dont|will not|wont|is not|isnt) (?:work|help|working|helping|going to work|gonna work)|fails|fail|falls through|does nothing)\W+(?:then )?(?:i )?(?:\w+ )?(?:do not|dont) know what (?:i will|ill|i would|id|i am going to|im going to|im gonna|i am gonna|else i can|i can) do\b",
    r"si (?:esto|el tratamiento|la ketamina|spravato|esto tambien) no (?:funciona|me ayuda|sirve|resulta)\W+(?:ya )?(?:de verdad )?no (?:se|sabria) (?:que|lo que) (?:voy a hacer|hacer|hago|haria)",
    r"(?:this|it|ketamine|spravato|this treatment|you) (?:is|are|feels like|seems like) (?:really |honestly |literally |truly )?(?:my|the) (?:very )?(?:last|final|only) (?:option|hope|chance|resort|shot|thing left)(?= ?(?:[.,!;?]|$|left\b|i have\b|for me\b|nothing\b|and\b|but\b|honestly\b|tbh\b|really\b))|(?:es|eres|son|esto es) (?:mi|la) (?:ultima|unica) (?:opcion|esperanza|oportunidad|salida)\b",
    # not lasting much longer, the end of the rope
    r"(?:not sure|do not know if|dont know if|do not think|dont think|no se si) (?:i|yo) (?:can|could|will|puedo|voy a) (?:last|hold on|hang on|keep (?:this )?up|aguantar|resistir) (?:\w+ ){0,2}?(?:much |a lot |any )?(?:longer|more|mucho mas|mas)\b|(?:at|am at|reached|hit) the end of my rope|al final de mi cuerda|ya no (?:doy|puedo) mas",
    # understanding why someone ended their life
    r"(?:i |i now |now i |i finally |i kind of |i kinda |sometimes i |honestly i )(?:get|understand|see) (?:now )?why (?:he|she|they|people|guys|vets|veterans|soldiers|someone|so many|my \w+) (?:\w+ ){0,3}?(?:did it|do it|end it|ended it|ends it|ate (?:their|his|her) (?:guns?|gun)|eat (?:their|his|her) guns?|kill(?:ed)? (?:themselves|himself|herself)|took (?:his|her|their) (?:own )?li(?:fe|ves)|take (?:their|his|her) (?:own )?li(?:fe|ves)|checked out|check out)\b|(?:ahora |a veces |ya )?entiendo (?:ahora )?(?:por que|porque) (?:lo hizo|lo hacen|se mato|se matan|se quito la vida|se quitan la vida)",
    # more of the same families (round 12)
    # passive ideation told with a denial: no plan, would never act on it, but the thoughts or the wish are there
    r"(?:would|will|could) never (?:act on|do anything about|go through with) (?:it|them|that|those thoughts|these thoughts|the thoughts)|(?:would not|will not|am not going to|not going to) (?:ever )?(?:act on|go through with) (?:it|them|those thoughts|these thoughts|the thoughts)|nunca (?:lo )?(?:haria|llevaria a cabo|voy a hacer)\W+(?:pero|aunque)|no (?:voy a )?actuar (?:sobre|en) (?:eso|esos pensamientos)",
    r"(?:no (?:actual |real |specific )?plan|not (?:going|planning) to do anything|not planning (?:on doing )?anything|(?:would|will) never (?:do (?:it|that|anything)|hurt myself|kill myself)|not suicidal|no (?:tengo|hay) (?:un |ningun )?plan|nunca (?:lo haria|me haria dano|me mataria)|no soy suicida)\W+(?:[\w']+\W+){0,6}?(?:but|though|although|just|only|pero|aunque|solo)\W+(?:[\w']+\W+){0,6}?(?:the thoughts? (?:are|is|keep|come|comes|still|of)|thinking about (?:it|dying|death|not being here|not waking up|ending it)|think about (?:it|dying|death|not being here|not waking up|ending it)|wish(?:ing)? (?:i |it |everything |it all )?(?:could |would |was |were )?(?:just )?(?:disappear|not wake|never wake|be dead|be gone|not be here|not exist|stop existing|fall asleep and)|(?:it )?crosses my mind|los pensamientos (?:estan|siguen|vienen)|pienso en (?:eso|morir|la muerte|no estar|no despertar)|quisiera (?:no despertar|desaparecer|morir\w*)|ojala (?:no despertara|me muriera|no despertar)|me pasa por la (?:cabeza|mente))",
    r"(?:the thought|the idea|thinking) of (?:not waking up|dying|death|not being here|not existing|ending it|never waking up)(?: \w+){0,2} (?:comforts|calms|soothes|is comforting|is a comfort|is a relief|relaxes|helps me sleep)|me (?:reconforta|calma|da paz|tranquiliza) (?:la idea|pensar) de (?:no despertar|morir\w*|no estar|no existir)",
    r"me gustaria (?:no despertar|desaparecer|morir(?:me)?|no existir|dormir y no despertar|no estar aqui)",
    r"(?:wishing|wished|wishes|hoped|prayed) (?:that )?i (?:just |would |could )*(?:not|never) (?:wake up|be here|exist)|(?:wishing|wished) (?:i was|i were|to be) (?:dead|gone|not here)",
    # a terminal diagnosis wished for: the scan, the biopsy, the doctor's words
    rf"(?:wish|wished|wishing|hope|hoped|hoping|pray|praying|prayed|secretly want\w*|kind of want\w*|part of me (?:wants|wanted|hopes|hoped))\W+(?:(?!(?:not|no|never)\b)[\w']+\W+){{0,6}}?(?:i (?:had|have|get|got|would get|could get|find out i have|was diagnosed with)|(?:it|(?:the|my) (?:scan|biopsy|test|results?|lump|mri|ct|mammogram|bloodwork|labs))(?: results?)? (?:is|was|were|turns out to be|turn out to be|comes back|come back|came back|shows|show|would show|would be|will be|will show)|(?:the )?(?:doctor|dr|oncologist|they) (?:would |will |could )?(?:tell|told|say|said|find|found|diagnose|diagnosed)(?: me)?(?: that)?(?: i have| with)?)\s(?:(?!(?:not|no|never|benign|negative)\b)[\w']+\s){{0,2}}?{FATAL_DIAGNOSIS}",
    rf"(?:ojala|quisiera|deseo|desearia|quiero|me gustaria)(?: que)? (?:[\w]+ ){{0,5}}?(?:tener|tuviera|tenga|tengo|me (?:diagnostiquen|diagnosticaran|encuentren|encontraran|den|dieran|de|diera))(?: que tengo)? {W}{{0,2}}{FATAL_DIAGNOSIS}",
    r"(?:disappointed|let down|bummed|sad|upset|decepcionad[oa]|triste) (?:when|that|cuando|que) (?:the |my |el |la |mi )?(?:biopsy|scan|test|results?|mri|ct|lump|mammogram|biopsia|resultados?|estudios?)[^.?!]{0,30}(?:benign|negative|clear|fine|normal|not cancer|benign\w*|negativ[oa]|salio bien|no era cancer)",
    r"(?:biopsy|scan|test|results?|mri|ct|lump|mammogram|biopsia|resultados?|estudios?) (?:came back|come back|was|were|showed|salio|salieron) (?:clear|benign|negative|normal|fine|bien|negativ[oa]s?|limpi[oa]s?)[^.?!]{0,30}(?:disappointed|let down|bummed|decepcionad[oa])",
    r"(?:envy|jealous of|envious of|envidio a|le tengo envidia a) (?:people|those|anyone|someone|la gente|los que|quienes|la gente que)[^.?!]{0,30}(?:terminal|cancer|dying|incurable|months to live|desahuciad\w*|se estan muriendo)",
    # more of the same families (round 13)
    # the platform's edge, and the thought of one step
    r"(?:platform|tracks|train|subway|metro|station|anden|vias|rieles|estacion)\b[^?]{0,80}?\b(?:think\w*|picture\w*|imagin\w*|wonder\w*|pienso|pensando|me imagino|imaginando)\b (?:\w+ ){0,3}?"
    r"(?:step\w* (?:off|in front|out in front|forward|onto the|down onto|over the edge|in)\b|(?:one|a|un|that) (?:more |little |small |last |single )?step\b|jump\w*(?! ship| to conclusions)|lean\w* (?:forward|over|out|in)\b|fall\w* (?:in|onto|off|forward|down onto)\b|(?:dar|doy) (?:un |el )?(?:paso|pasito)|un pasito|un paso (?:al frente|adelante|mas)|saltar|brincar|tirarme|aventarme|caerme)",
    # a bus or a car that would be welcome
    rf"(?:if|si) (?:a|the|some|un|una|el|la) (?:\w+ )?(?:bus|car|truck|train|driver|camion|carro|coche|auto|tren|bus|guagua|trailer) (?:\w+ ){{0,2}}?(?:hit|hits|ran|runs|run|took|killed|me atropell\w*|atropell\w*|me (?:pega|pegara|matara|llevara))\b(?: me)?(?: over)?\b[^.?!]{{0,60}}?\b(?:would not|will not|wouldnt|no) (?:\w+ ){{0,2}}?(?:mind|care|be (?:\w+ )?(?:mad|upset|sad|sorry|angry)|complain|me importaria|me molestaria|pasaria nada|estaria mal)",
    r"si (?:me )?(?:atropellara|atropella|atropellaran|pegara|matara) (?:un|una|el|la) (?:\w+ )?(?:camion|carro|coche|auto|tren|bus|guagua|trailer)\b[^.?!]{0,40}?\bno (?:me )?(?:importaria|molestaria|pasaria nada|estaria mal)|me daria igual",
    # not being around next year, said as a joke
    r"(?:jok\w*|kid\w*|half serious\w*|broma\w*|bromeo|bromeando)\b[^.?!]{0,60}?\b(?:(?:will not|not going to|am not going to|do not think i will|no voy a|no creo que) (?:be|make it|estar|llegar|este)|(?:about )?(?:not being|no estar))\b(?: (?:around|here|alive|aqui|viv[oa]))? (?:\w+ ){0,2}?(?:next year|next christmas|next summer|next birthday|by next \w+|another year|el ano que viene|el proximo ano|la otra navidad|a fin de ano|a la proxima navidad)",
    # afraid of where one's own head goes at night, dark places
    r"(?:scared|afraid|frightened|terrified|scares me|frightens me|scare myself|scaring myself|frighten myself|me da miedo|tengo miedo|me asusta)\b[^.?!]{0,30}?\b(?:where|what|a donde|adonde|hacia donde|lo que) (?:my|mi|mis) (?:head|mind|thoughts|brain|cabeza|mente|pensamientos) (?:goes|go|goes to|takes me|take me|leads me|lead me|drift|drifts|se va|se van|va|van|me lleva|me llevan|piensa)",
    r"(?:me da miedo|tengo miedo de|me asusta|miedo de)\b[^.?!]{0,20}?\b(?:a donde|adonde|hacia donde|para donde|donde) (?:se )?(?:va|van|me lleva|me llevan|se mete|se meten) (?:mi|mis) (?:cabeza|mente|pensamientos)",
    r"(?:my|mi) (?:mind|head|thoughts|brain|cabeza|mente) (?:goes|go|went|wanders|drifts|se va|se van|va|van) (?:to )?(?:really |very |such |some )?(?:dark|scary|bad|ugly|muy oscuros|oscuros) (?:places|place|stuff|lugares|sitios)(?: \w+){0,4}? (?:at night|when i am alone|it scares me|scares me|and it scares|de noche|en la noche|me asusta)",
    # thoughts of suicide the writer already has, and the fear the treatment makes them worse
    r"(?:my|mis) (?:own )?(?:suicidal (?:thoughts|ideas|ideation|feelings)|thoughts (?:of|about) (?:suicide|killing myself|ending (?:it|my life)|dying)|pensamientos suicidas|ideas suicidas|ganas de morir\w*)\b[^?]{0,60}?\b(?:worse|stronger|increase|get worse|empeor\w*|aumente\w*|peor)",
    r"(?:worse|stronger|worsen|increase|empeor\w*|aument\w*)\b[^?]{0,40}?\b(?:my|mis) (?:own )?(?:suicidal (?:thoughts|ideas|ideation)|thoughts (?:of|about) (?:suicide|killing myself|ending (?:it|my life))|pensamientos suicidas|ideas suicidas)",
    # a wish to have died, and a prayer not to wake up
    r"(?:ojala|quisiera|hubiera querido|desearia) (?:me hubiera|me hubiese|haberme|hubiera|hubiese) (?:muerto|quedado muert[oa]|matado)|(?:ojala|quisiera) no (?:haber|hubiera|hubiese) sobrevivido",
    r"(?:i )?(?:wish|wished|wishing) (?:that )?(?:i (?:had|would have|would of|could have) (?:just )?(?:died|been killed|not survived|not made it|not woken up|stayed dead)|(?:it|that|the \w+) (?:had|would have) (?:killed|taken) me)",
    r"(?:ask|asking|asks|pray|praying|prays|beg|begging) (?:to )?god (?:every night |each night |at night )?(?:not to let me|to not let me|to let me not|that i (?:do not|will not|never)|to take me in my sleep|to not wake me) ?(?:wake up|wake)?",
    # more of the same families (round 15)
    # thoughts of not wanting to live that began after a dose (treatment-emergent ideation)
    rf"!{TREATED}[^?]{{0,100}}?\b{IDEATION_NEW}",
    rf"!{IDEATION_NEW}\b[^?]{{0,80}}?\b{TREATED}",
    # life that no longer makes any sense (hopelessness), in Spanish and English
    r"(?:mi vida|la vida|vivir|existir|seguir (?:viviendo|aqui|viv[oa])|estar viv[oa]|esta vida|mi existencia)\b(?: (?:ya|para mi|asi|realmente|de verdad|como que))* (?:no|ya no) (?:le )?(?:tiene|tenga|me hace|hace|le encuentro|le veo) (?:ningun |ni un |nada de |mucho |mas )?sentido",
    r"(?:ya )?nada (?:tiene|me hace|le hace) (?:ningun |mas |mucho )?sentido|(?:mi vida|la vida|vivir) (?:ya )?(?:perdio|ha perdido) (?:todo )?(?:el |su )?sentido|(?:mi vida|la vida|vivir) (?:ya )?(?:es|esta) (?:un )?sin sentido",
    r"(?:my life|life|living|being alive|existing) (?:just |really |honestly |simply )?(?:does not|doesnt|no longer|do not) (?:make|makes|have|has) (?:any )?(?:sense|meaning|point)(?: anymore| any more| at all)?|(?:my life|life) (?:has|holds) no (?:meaning|sense|point)(?: anymore| left)?",
    # more of the same families (round 16)
    # the platform or the train, and the thought of a step, a fall or a jump (told as a habit)
    r"(?:platform|tracks|train|trains|subway|metro|station|anden|andenes|vias|rieles|estacion|tren|trenes)\b[^?]{0,80}?\b(?:think\w*|thought|thoughts|pictur\w*|imagin\w*|wonder\w*|urge|urges|pull|tempt\w*|pienso|pensando|pensamiento|me imagino|imaginando|ganas|se me antoja|la idea)\b[^?.!]{0,40}?"
    r"\b(?:step\w* (?:off|in front|out in front|forward|onto the|down onto|over the edge|in)\b|(?:one|a|un|that) (?:more |little |small |last |single )?step\b|jump\w* (?:in|off|down|onto the tracks|in front)\b|lean\w* (?:forward|over|out|in)\b|fall\w* (?:in|onto|off|forward|down onto|in front)\b|"
    r"(?:dar|doy) (?:un |el )?(?:paso|pasito)|un pasito|un paso (?:al frente|adelante|mas|hacia)|saltar|brincar|tirarme|aventarme|lanzarme|echarme|caerme)",
    r"(?:think\w*|thought|thoughts|pictur\w*|imagin\w*|urge|urges|pienso|pensando|me imagino|imaginando|ganas de)\b[^?.!]{0,30}?\b(?:myself )?(?:falling|jumping|stepping|throwing myself|lying|tirarme|aventarme|lanzarme|echarme|caerme) (?:in front of|onto|under|off|delante de|frente al?|enfrente del?|a las|al|bajo el) (?:the |a |el |la |las )?(?:train|subway|tracks|platform|metro|tren|vias|anden)",
    # a burden told as wearing out or exhausting the people around
    rf"{WEAR_OUT}",
    # what's the point, in Spanish ("ya ni le veo el caso", "de que sirve seguir")
    r"(?:ya )?(?:ni |no )le (?:veo|encuentro|hallo) (?:el |ningun |ni un |mucho )?(?:caso|chiste|sentido|proposito|objeto|punto) a (?:nada|la vida|vivir|seguir|existir|levantarme|esto)",
    r"(?:de que|pa que|para que) (?:me )?(?:sirve|vale|sigo) (?:seguir|vivir|intentar\w*|levantarme|estar viv[oa]|seguir viv[oa]|esta vida|luchar|todo esto)\b|para que (?:seguir|vivir|sigo viviendo|luchar)\b(?! (?:con|en) (?:el|la|los|las) (?:tratamiento|cita|sesion|infusion|terapia|formulario))",
    # biting or scratching oneself when the trauma comes back (flashbacks, nightmares)
    rf"{TRAUMA_CUE}\b[^?]{{0,60}}?\b{SELF_BITE} {W}{{0,2}}?{BITTEN}",
    rf"{SELF_BITE} {W}{{0,2}}?{BITTEN}\b[^?]{{0,60}}?\b{TRAUMA_CUE}",
    # an old parent who has had enough, and has given things away
    rf"{DONE_TALK}\b[^?]{{0,160}}?\b{GAVE_AWAY}|{GAVE_AWAY}\b[^?]{{0,160}}?\b{DONE_TALK}",
]

# --- overdose: what has been taken, and bystander signs ----------------------

OVERDOSE: List[str] = [
    rf"{TOOK} {W}{{0,4}}{MANY} {W}{{0,3}}{PILLS}\b(?!{AS_TOLD})",
    rf"{TOOK} {W}{{0,2}}(?:my|his|her|their|mis|sus) {W}?(?:whole|entire|month|week|monthly|weekly)",
    rf"{TOOK} {W}{{0,2}}(?:the )?{PILLS} {W}{{0,2}}(?:i had been|i have been|i been|ive been|he had been|she had been) (?:saving|stockpiling|keeping)",
    rf"(?:i|me|se|{SOMEONE}) {W}{{0,2}}(?!(?:drank|tomo|tome) (?:way |a bit |a little |un poco )?(?:too much|de mas)\b(?![^.?!]*\b(?:{PILLS}|pills|pastillas|{SEDATIVE})\b)){TOOK} {W}{{0,3}}(?:extra|double|too much|more than|twice|three times|two doses|de mas|doble)\b(?! (?:time|money|effort|care)){REGIMEN}",
    rf"(?:pill bottles?|bottles?|frasco|pomo) {W}{{0,2}}(?:are |is |esta |estan )?(?:empty|vacio|vacios|vacia)",
    rf"(?:did|doing|took|snorted|used|smoked) (?:a lot|too much|way too much|a ton|a bunch) of (?:k|ket|ketamine|coke|molly|dope)",
    rf"(?:pressed|fake|laced|cut with|contaminated|tainted) {W}{{0,3}}(?:fent\w*|pills?|percs?|xanax|bars|m30s?|30s?|coke|weed|molly)",
    rf"(?:ate|swallowed|got into|chewed|drank|se comio|se tomo|se trago) {W}{{0,4}}(?:edibles|gummies|pill organizer|strips|patch|patches|jarabe|syrup|children'?s tylenol)",
    # a child and a medicine within reach (poisoning or overdose either way)
    rf"(?:\d+ ?(?:year|yr|month|mo)s? old|\d+ ?yo|toddler|baby|kid|kids|nene|nena|nino|nina|bebe|son|daughter|hijo|hija) {W}{{0,6}}(?:ate|swallowed|chewed|got into|found|drank|se comio|se tomo|se trago|comio) {W}{{0,4}}{PILLS}",
    rf"{TOOK} {W}{{0,2}}(?:the )?{PILLS} (?:i|he|she)(?: had| would)? been (?:saving|stockpiling|keeping|hiding)",
    rf"(?:overdid|overdone) it\b{NOT_EXERTION}",
    # how many, or how much more than told (an ingestion by count)
    rf"{TOOK} {W}{{0,4}}(?:like |about |maybe |around |almost |como |unas |unos )?(?:\d+|a dozen|twenty|thirty|forty|fifty|veinte|treinta) (?:of them|pills|tabs|tablets|capsules|pastillas|pildoras|de ellas)",
    rf"{PILLS} {W}{{0,2}}(?:like |about |maybe |around |como )?\d+ (?:of them|de ellas)",
    rf"{TOOK} (?:the rest of|all of|the remainder of|what was left of|lo que (?:me |le )?quedaba de(?:l)?) {W}{{0,3}}{PILLS}\b(?!{AS_TOLD})",
    rf"{TOOK} {W}{{0,8}}(?:on purpose|a proposito)",
    rf"{TOOK} {W}{{0,4}}(?:all at once|at the same time|todas juntas|todos juntos|de una vez|de golpe)",
    rf"{TOOK} (?:way |much |a lot )?more {W}{{0,4}}than (?:i |he |she |they |you )?(?:should|was supposed|were supposed|needed|was told|am supposed|prescribed|directed|recommended|the (?:box|label|bottle) says)",
    rf"{TOOK} (?:like |about |maybe |around |almost |como )?(?:\d{{2,}}|a dozen|twenty|thirty|forty|fifty) of (?:my|his|her|the|their|mis|sus)\b",
    rf"(?:took|gave|drank|given|give|le di|me tome|tome|se tomo|le dieron) {W}{{0,4}}(?:{PILLS}|dose|dosis|morphine|morfina|oxicodona|oxycodone) {W}{{0,3}}(?:twice|two times|double|dos veces|doble)\b{REGIMEN}",
    rf"(?:used|use|sprayed|spray|took|did|hit|usé|use el|me eche) {W}{{0,5}}(?:spray|inhaler|pen|dose|doses|puffs?|sprays) {W}{{0,3}}(?:like |about |como |maybe )?(?:\d+|ten|twenty|a dozen) (?:times|veces)",
    rf"\d+ ?(?:grams|g|gramos) (?:of |de )?{W}?(?:tylenol|acetaminophen|acetaminofen|paracetamol)",
    rf"{TOOK} {W}{{0,3}}(?:de mas|doble|double doses?)\b",
    # the same medicine again, or far too often (caregivers, cold medicines)
    rf"(?:gave|given|give|took|taken|di|dio|le di|le dio|tomo|tomé|tome) {W}{{0,6}}(?:again|twice|dos veces|otra vez|de nuevo|another dose|(?:2|two|dos) (?:full )?(?:doses|dosis))\b{REGIMEN}",
    r"(?:every|cada) (?:\d+|one|two|three|una|dos|tres) (?:hours?|hrs?|horas?) (?:instead of|en vez de|en lugar de)",
    rf"{LONG_STANDING}{PILLS} {W}{{0,12}}(?:yellow(?:ish)?|amarill\w*|jaundice)",
    rf"(?:tylenol|acetaminophen|acetaminofen|paracetamol|nyquil|dayquil) {W}{{0,8}}(?:todo junto|all together|varias veces|several times|{TOO_OFTEN})",
    r"se me fue la mano (?:con|de)",
    rf"{TOOK} {W}{{0,3}}(?:\d+ )?(?:thc |weed |cannabis |marijuana )?(?:gummies|gummy bears|edibles|brownies|gomitas)\b{HABIT_AFTER}|(?:gummies|gummy bears|edibles|gomitas) {W}{{0,8}}(?:ate|comio|se comio) (?:\d+|a bunch|several|all)",
    rf"(?:dog'?s|cat'?s|pet'?s|del perro|del gato) {W}{{0,2}}(?:tramadol|meds|medicine|pills|gabapentin|medicina|pastillas)",
    rf"(?:baggie|bag|bolsita|sobrecito) {W}{{0,6}}(?:in his mouth|in her mouth|en la boca|swallowed|se lo trago|put it in)",
    r"(?:foil|papel de aluminio|aluminum) (?:and|y) (?:a )?(?:straw|pen|pipe|sorbete|popote)|(?:syringe|needle|jeringa|aguja) (?:is )?(?:on|in|next to|en el|al lado) (?:the )?(?:floor|sink|piso|tub|her|him)",
    r"(?:too much|way too much|demasiado) (?:g|ghb|gbl|liquid ecstasy|k|ket|molly)\b|\bghb\b",
    rf"(?:chugged|drank|se tomo|bebio) {W}{{0,3}}(?:whole |entire |un frasco |una botella )?(?:bottle of |de )?(?:cough syrup|jarabe|robitussin|dxm|nyquil|lean|promethazine)",
    rf"(?:pastillas|pills) (?:regadas|everywhere|all over|scattered|tiradas)|(?:todas|all) mis pastillas de {W}?\w+",
    rf"(?:breathing|respira|breaths?|respiraciones) {W}{{0,3}}(?:\d|one|two|three|four|five|six|seven|eight) (?:times |veces )?(?:a|per|por|al|cada) (?:minute|min|minuto)",
    rf"(?:patches|parches|pills|pastillas|tabs|doses|dosis) {W}{{0,6}}(?:instead of|en vez de|en lugar de) (?:one|uno|una|\d)",
    rf"(?:i|he|she|just|they) {TOOK} (?:all of them|them all|every one of them|todas|todos|the lot)\b",
    rf"(?:bolused|injected|gave|took|shot|me puse|se puso) {W}{{0,3}}\d+ (?:units|unidades)(?: of insulin| de insulina)? (?:instead of|en vez de|en lugar de)",
    rf"{TOOK} (?:\d+|a few|several|varias) (?:of (?:my|his|her) )?{W}{{0,2}}in (?:like |about |only )?(?:\d+|an|one|two|three|half an) (?:hours?|hrs?|minutes?|mins?)",
    r"\d+ ?x (?:the |his |her |my )?(?:dose|dosis|amount)|(?:double|triple|twice|three times|four times|4 times) the (?:dose|amount|dosis)",
    r"(?:me eche|eche|me puse|use|se echo) (?:demasiado|de mas|muchisimo)",
    rf"(?:empty|vacios|vacias|vacíos) {W}{{0,2}}(?:blisters?|bottles?|pill bottles|frascos|sobres|pomos)|(?:blisters?|frascos?|pill bottles?|pomos?) {W}{{0,2}}(?:empty|vacios|vacias)",
    r"(?:narcan|naloxona) y nada|(?:narcan|naloxone) (?:is )?(?:not working|did nothing|did not work)",
    rf"{TOOK} (?:todo lo que (?:habia|tenia|encontro)|everything (?:in|from) the (?:medicine )?(?:cabinet|cupboard)|(?:todo )?(?:el|del) botiquin)",
    rf"{TOOK} {W}{{0,6}}(?:pastillero|pill organizer|pill box|pillbox|de toda la semana|for the whole week|week'?s worth|whole (?:blister )?pack|blister pack)",
    rf"{TOOK} {W}{{0,10}}(?:juntas|juntos|all together|together at once)\b",
    rf"{TOOK} {W}{{0,8}}(?:a couple|a few|two|three|some|unas|un par de) extra\b",
    rf"(?:narcan|naloxon\w*) {W}{{0,12}}(?:volviendo a dormir|volvio a dormir|going back out|nodding (?:back )?off|passing out again|fading again|se esta yendo)",
    rf"(?:drank|swallowed|se tomo|tomo|bebio|se trago|drinking|chugged) {W}{{0,8}}(?:antifreeze|anticongelante|clorox|bleach|cloro|lejia|gasoline|gasolina|lye|drain cleaner|destapador|windshield fluid|paint thinner)",
    rf"(?:took|swallowed|downed|popped|ate|drank|tome|me tome|se tomo|se trago|me trague) (?:like |about |maybe |around |almost |como |unas |unos )?(?:\d{{2,}}|a dozen|twenty|thirty|forty|fifty|veinte|treinta|cuarenta)\b(?! (?:insurance|plan|medicaid|medicare|cards?|min|mins|minutes|minutos|hours|hrs|horas|days|dias|years|seconds|mg|ml|dollars|bucks|pounds|lbs))",
    r"(?:hitting|hits|hit me|feels|pegando) (?:like|como) (?:opiates|opioids|dope|fent|fentanyl|heroin|heroina)",
    rf"(?:me meti|se metio|did|snorted|hizo|hice) (?:una |a )?(?:raya|line|bump|linea|pase) {W}{{0,14}}(?:dormid\w*|quedando dormid\w*|nodding|breath\w*|pecho|chest|gurgl\w*|blue|morad\w*|responding|responde|dropped|passed out|desmay\w*)",
    rf"(?:used|use|sprayed|spray|took|did|hit|use el|me eche) {W}{{0,5}}(?:spray|inhaler|pen|dose|doses|puffs?|sprays) {W}{{0,3}}(?:muchas|varias|many|too many|so many|a bunch of) (?:times|veces)",
    rf"(?:mas|más) {W}{{0,2}}de lo que (?:debia|deberia|me (?:dijeron|recetaron))",
    # a child and something swallowed or chewed
    rf"{CHILD} {W}{{0,6}}(?:ate|swallowed|chewed|chewing|sucking on|sucked on|got into|drank|found|grabbed|bit into|got hold of|opened|gnawed on|chomped on|se comio|se tomo|se trago|se metio (?:a|en) la boca|se echo a la boca|mordio|mastico|masticando|chupando|chupo|agarro|encontro) {W}{{0,8}}{SWALLOWABLE}",
    rf"(?:found|caught) (?:him|her|them|(?:my |our |the )?{CHILD}) {W}{{0,4}}(?:with|chewing|eating|con) {W}{{0,4}}{SWALLOWABLE}",
    rf"(?:second|another|extra|2nd|two|dos|otro) {W}?(?:fentanyl |pain |opioid )?(?:patch|patches|parche|parches) {W}{{0,6}}(?:without (?:taking|removing)|on top of|sin quitar|encima)",
    rf"{TOOK} {W}{{0,4}}{PILLS} {W}{{0,4}}(?:with|con|and|y|plus|on top of) {W}{{0,3}}(?:alcohol|beers?|cervezas?|vodka|wine|vino|tragos|drinks|liquor|whiskey|tequila|ron|rum|alcol)",
    # more of the same families (round 8)
    # patches stuck on one's own skin: several, someone else's, or to feel them
    rf"(?:stuck|put|slapped|applied|taped|wore|wearing|pegue|me puse|me pegue|se puso|se pego) (?:on )?{W}{{0,2}}(?:\d|two|three|four|a couple|a few|several|multiple|dos|tres|cuatro|varios)\b(?!(?: [\w']+){{0,4}} (?:nicotine|lidocaine|lidoderm|salonpas|icy hot|heat|cooling|estrogen|birth control|contraceptive|nicotina|lidocaina|menthol|capsaicin)\b) {W}{{0,4}}(?:patches|parches)",
    rf"(?:stuck|put|slapped|applied|taped|pegue|me puse|me pegue|se puso|se pego) (?:on )?{W}{{0,3}}(?:\w+'s|de (?:mi|su) \w+) (?:fentanyl |duragesic |butrans |morphine |pain |opioid )?(?:patch|patches)|(?:parches?) (?:de \w+ )?de (?:mi|su) (?:abuel[oa]|mama|papa|tio|tia|herman[oa]|madre|padre)",
    rf"(?:fentanyl|fentanilo|duragesic|butrans|opioid|morphine) (?:patch|patches|parches?) {W}{{0,6}}(?:to see what|to get high|for fun|para ver que|para drogarme|pa ver)",
    # drugs taken and the body failing: legs not felt, a body that will not move
    rf"(?:me meti|se metio|me inyecte|se inyecto|me fume|se fumo|esnife|did|took|snorted|smoked|shot up|injected) {W}{{0,6}}(?:(?<!iv\s)(?<!my\s)(?<!nasal\s)(?<!prescribed\s)(?<!the\s)(?:ketamina|keta|k|ket|ketamine)|coca|cocaina|coke|heroina|heroin|fentanilo|fentanyl|cristal|meth|perico|tusi|molly|mdma|bump|raya|linea|lines?(?! of (?:code|text|poetry|questions|people|cars|work|credit)))\b {W}{{0,12}}(?:no siento (?:las piernas|los brazos|el cuerpo|nada)|(?:can not|cant) (?:feel|move) (?:my )?(?:legs|arms|body|anything)|no (?:me |se )?(?:puedo|puede) mover|vomit\w*|threw up|throwing up|me cuesta respirar|(?:can not|hard to) breathe|no puedo respirar)",
    # a needle still in the arm
    rf"(?:needle|syringe|rig|aguja|jeringa) {W}{{0,2}}(?:still|todavia|aun|sigue) ?(?:in|en|stuck|clavada|puesta|colgando)|(?:still|todavia|aun|sigue con) (?:has |tiene |with )?(?:la |el |the |a )?(?:aguja|jeringa|needle|syringe) (?:in|en|clavada|puesta|stuck)",
    # more of the same families (round 9)
    # an overdose named with a plea for help
    r"\boverdos\w* (?:\w+ ){0,7}(?:need|needs|send|get|please) (?:help|an ambulance|someone|somebody)\b|\bsobredosis (?:\w+ ){0,4}(?:necesito|necesitamos|manden) (?:ayuda|una ambulancia)",
    # sedation after something taken: a head that will not stay up, eyes that will not open
    rf"(?:{TOOK}|took something|me dieron algo|le dieron algo|gave (?:me|her|him) something|slipped (?:me|her|him) something|spiked|drugged|me echaron algo|le echaron algo|bars?|percs?|xanax|oxy\w*|pills)\b[^?]{{0,100}}(?:can not|cant|barely|hardly|no puedo|no puede|casi no (?:puedo|puede)) (?:keep|hold|open|abrir|stay|mantener) (?:my |his |her |los |mis |sus |la )?(?:head up|eyes open|ojos|eyes|awake|cabeza|despiert[oa])",
    # pinpoint pupils and breaths seconds apart, in Spanish
    r"pupilas (?:\w+ ){0,2}(?:chiquitas|chiquititas|pequenitas|pequenas|diminutas|puntiformes|como (?:puntitos|alfileres|la punta|(?:una )?punta de alfiler|(?:una )?cabeza de alfiler))",
    # a dose several times the usual, or far more than usual
    rf"(?:{TOOK}|inyecte|me inyecte|injected|shot|used|snorted|me meti|me meto|me fume) {W}{{0,3}}(?:el |the )?(?:triple|three times|cuadruple|four times|way more than|much more than|mucho mas de lo|el triple)\b",
    # a relapse after months clean, the old amount: tolerance is gone
    r"(?:relaps\w*|first time in \d+ (?:months|years)|volvi a usar|volvio a usar|recai|recayo|clean for|sober for|limpi[oa] hace)\b[^?]{0,120}(?:same (?:amount|dose)|la misma (?:cantidad|dosis)|as much as (?:before|i used to)|lo mismo que antes|like i used to)",
    # a whole week's or month's pills at once
    r"(?:took|taken|swallowed|tomo|se tomo|tome|me tome) (?:the |all |a |her |his |my |toda la |todo el )?(?:whole |entire )?(?:week|weeks|month|semana|mes)(?:'s)? (?:worth |of pills |de pastillas )?(?:at once|de una|in one go|all at once|de golpe)|(?:pill ?box|pill organi[sz]er|pastillero)[^?]{0,80}(?:whole|entire|all|todo|toda|todas) (?:the |la |el )?(?:week|semana|month|mes)",
    # an adult medicine given to a baby
    rf"(?:gave|given|di|le di|dio|le dio) (?:my |mi |her |his |the |a |el |la |a mi )?(?:baby|bebe|infant|toddler|\d+ ?(?:month|mo|week|meses)s?(?: |-)?old|newborn|son|daughter|hij[oa]|nene|nena) {W}{{0,5}}(?:adult|de adulto|para adultos|grown up|full adult)|(?:adult|de adulto|para adultos) (?:dose|dosis|tylenol|motrin|medicine|medicina|\w+) {W}{{0,6}}(?:baby|bebe|infant|\d+ (?:months|meses))",
    # a child who may have eaten pills
    rf"{CHILD}[^.?!]{{0,30}}(?:might have|may have|could have|probably|i think) (?:eaten|ate|swallowed|taken|chewed|gotten into|got into) {W}{{0,4}}(?:some|a few|one|them|pills|it)\b",
    # naloxone that did not work, and breathing still bad, in Spanish
    r"(?:narcan|naloxona|naloxone) (?:no (?:funciono|sirvio|hizo nada|le hizo nada|funciona|esta funcionando|hace nada)|did not work|is not working|has not worked)",
    # a drink spiked, and the body going down
    r"(?:put|slipped|dropped|me echaron|le echaron|le pusieron|me pusieron) (?:something|algo) (?:in|en|into) (?:my|her|his|mi|su|la|the|el) (?:drink|bebida|trago|copa|vaso)[^?]{0,80}(?:can not|cant|barely|no puedo|no puede|dizzy|mareado|mareada|passing out|pass out|throwing up|vomit\w*|confused|confundid[oa])",
    # more of the same families (round 10)
    # a medicine given to a child by mistake (the wrong bottle, the wrong spray)
    rf"(?:gave|given|sprayed|squirted|put|used|dio|di|le di|le dio|le dimos|le dieron|le puso|le pusieron|le echo|le eche) [^.?!]{{0,40}}?{CHILD}[^.?!]{{0,60}}?(?:by mistake|by accident|accidentally|mistakenly|thinking it was|instead of|the wrong|por error|por equivocacion|sin querer|pensando que (?:era|eran)|en vez de|equivocad[oa])",
    rf"(?:by mistake|by accident|accidentally|mistakenly|por error|por equivocacion|sin querer) [^.?!]{{0,40}}?(?:gave|given|sprayed|squirted|put|dio|di|le di|le dio|le dimos|le dieron|le puso|le pusieron)[^.?!]{{0,40}}?{CHILD}",
    # the same dose given twice, by two people who did not know
    r"(?:le (?:di|dio|dimos|dieron|puse|puso|pusimos|pusieron)|gave (?:him|her|them|my \w+|the \w+)) [^.?!]{0,60}?(?:dos veces|twice|two times|double|otra vez|again)\b(?! (?:a day|al dia|por dia|daily|a week))|(?:tambien|also|too) (?:se la|se lo|le) (?:dio|di|dimos|pusieron|puso)\b|(?:the |la |el |mi |my |su |his |her )\w+ (?:also|tambien) (?:gave (?:him|her|them) (?:the |his |her |a )?(?:\w+ )?(?:dose|pill|medicine|insulin|shot)|se la dio|se lo dio|le dio la)",
    # more of the same families (round 11)
    # a street name for a pressed pill or a drug, and what it is doing to the body now
    rf"(?:popped|took|did|snorted|sniffed|smoked|sipped|drank|railed|tried|me meti|se metio|me tome|se tomo|fume|fumo) {W}{{0,3}}(?:blues|blue ones|m30s?|m 30s?|30s|percs?|perc 30s|roxys?|roxies|bars|xannies|xans|xanax|percocet|oxy\w*|fent\w*|heroin|footballs|pressies|pressed ones|beans|lean|dope|fetty|tranq|china white|boy|k|ket|special k|tusi|tussi|perico|pastis|pills|pastillas|something)\b[^?]{{0,100}}?(?:everything (?:is |feels |seems |keeps )?(?:going |moving |getting )?(?:so |really |super |mad )?(?:slow|slowed down|in slow motion)|(?:can not|cant|cannot|barely) (?:really |even )?feel (?:my|his|her|their) (?:hands|legs|arms|face|feet|fingers|body|lips|tongue)|no (?:siento|siente) (?:las|los|la|el|mis|sus) (?:manos|piernas|brazos|cara|cuerpo|pies|dedos|labios)|(?:i am|im|he is|hes|she is|shes|they are|theyre) slurring|(?:can not|cant|cannot) (?:stay awake|keep (?:my |his |her )?eyes open|think straight|move (?:my|his|her) (?:arms|legs|body))|todo (?:se ve |va |esta |se siente )?(?:bien |super |muy )?(?:lento|en camara lenta))",
    # more of the same families (round 12)
    # an antihistamine or a sleep aid by the handful, or told by what it is doing (delirium)
    rf"!(?:took|taken|swallowed|downed|popped|ate|chewed|had|have had|did|drank|tomo|tome|me tome|se tomo|se trago|me trague|se comio) {W}{{0,3}}(?:like |about |maybe |around |almost |over |como |unas |unos |mas de )?(?:\d{{2,}}|[89]|a dozen|twenty|thirty|forty|fifty|a bunch|a handful|a ton|a lot|(?:way )?too many|so many|a whole (?:box|bottle|pack|sleeve|card)|the whole (?:box|bottle|pack|sleeve)|(?:half|most) of (?:a|the) (?:box|bottle|pack)|half (?:a|the) (?:box|bottle|pack)|un monton|un punado|una caja|media caja|medio frasco|todo el frasco|toda la caja|muchas|demasiadas)(?: of| de)? {W}{{0,3}}{ANTIHISTAMINE}",
    rf"!{ANTIHISTAMINE}[^?]{{0,120}}?\b{DELIRIUM}",
    rf"!{DELIRIUM}[^?]{{0,120}}?\b{ANTIHISTAMINE}",
    # a child with pills in the mouth, or a pill bottle or blister chewed open
    rf"(?:{PILLS}|pills?|pastillas?|tablets?)\b[^.?!]{{0,20}}(?:in|en) (?:his|her|su) (?:mouth|boca)\b",
    rf"{CHILD}[^.?!]{{0,60}}(?:chewed|bit|gnawed|mordio|mastico)(?: \w+){{0,2}} (?:open |through |into )?(?:the |a |my |her |his |mi |el |la |un |una )?(?:blister|pill bottle|pill organizer|pillbox|pastillero|frasco|foil pack|sobre)",
    rf"{CHILD}[^.?!]{{0,60}}?{PILLS}\b[^.?!]{{0,40}}?(?:chewed|swallowed|ate|bit|gnawed|in (?:his|her) mouth|mordio|mastico|se (?:comio|trago)|en la boca)",
    # alcohol with a sedative, and a bystander asking whether to let them sleep
    rf"{ALCOHOL}\b[^?]{{0,100}}?\b{SEDATIVE}\b[^?]{{0,140}}?\b(?:{SLEEP_IT_OFF}|{SEDATED})",
    rf"{SEDATIVE}\b[^?]{{0,100}}?\b{ALCOHOL}\b[^?]{{0,140}}?\b(?:{SLEEP_IT_OFF}|{SEDATED})",
    # more of the same families (round 13)
    # alcohol with an opioid or a sedative, told with a denial of intent ("not suicidal, just wanted to sleep")
    rf"{DENIED_INTENT}\b[^?]{{0,140}}?\b(?:{ALCOHOL}\b[^?]{{0,80}}?\b{OPIOID_OR_SEDATIVE}|{OPIOID_OR_SEDATIVE}\b[^?]{{0,80}}?\b{ALCOHOL})\b",
    rf"(?:{ALCOHOL}\b[^?]{{0,80}}?\b{OPIOID_OR_SEDATIVE}|{OPIOID_OR_SEDATIVE}\b[^?]{{0,80}}?\b{ALCOHOL})\b[^?]{{0,140}}?\b{DENIED_INTENT}",
    rf"(?:washed|wash|washing|chased|chasing|bajo|baje|pase|paso) (?:it |them |down )?(?:\w+ ){{0,3}}?{OPIOID_OR_SEDATIVE}\b (?:down )?(?:with|con) (?:\w+ ){{0,2}}?{ALCOHOL}",
    # acetaminophen taken for days, and the liver shows
    rf"!{LONG_STANDING}{ACETAMINOPHEN}\b[^?]{{0,160}}?\b{LIVER_SIGN}",
    rf"!{LONG_STANDING}{LIVER_SIGN}\b[^?]{{0,120}}?\b{ACETAMINOPHEN}",
    rf"{ACETAMINOPHEN}\b[^?]{{0,80}}?\b{FOR_DAYS}\b[^?]{{0,100}}?\b{SICK_BELLY}|{FOR_DAYS}\b[^?]{{0,60}}?\b{ACETAMINOPHEN}\b[^?]{{0,100}}?\b{SICK_BELLY}",
    # a pill count asked as a hypothetical, about someone in a room now
    rf"(?:(?:que pasa|que le pasa|que (?:le )?puede pasar|what happens|what would happen|what will happen|is it (?:bad|dangerous)|es (?:malo|peligroso))\b[^?]{{0,80}}?\b(?:\d+|muchas|demasiadas|un frasco|todo el frasco|a (?:whole )?bottle|a bunch|a lot|too many)|cuantas|cuantos|how many|how much)\b[^?]{{0,40}}?(?:{PILLS}|peligros\w*|mortal\w*|dangerous|lethal)[^?]{{0,20}}\?\s*(?:\w+ ){{0,3}}?(?:{SOMEONE}|mi prima|mi primo|my cousin)\b[^.?!]{{0,80}}?\b(?:in (?:her|his|their) room|en su (?:cuarto|recamara|habitacion)|locked|encerr\w*|(?:will not|wont|does not|is not) (?:open|come out|answer|talk|respond)|no (?:me )?(?:abre|sale|contesta|responde|habla)|empty|vaci[oa]|se (?:tomo|trago)|took|swallowed|right now|ahora)",
    # an opioid patient nodding off with grey or blue lips, in Spanish
    rf"(?:{OPIOID_OR_SEDATIVE})\b[^?]{{0,60}}?\b{NODDING_ES}\b[^?]{{0,60}}?\b(?:labios|boca|cara|unas|piel) (?:\w+ ){{0,3}}?(?:gris\w*|azul\w*|morad\w*|blanc\w*|palid\w*)",
    rf"{NODDING_ES}\b[^?]{{0,60}}?\b(?:labios|boca|cara|unas) (?:\w+ ){{0,2}}?(?:gris\w*|azul\w*|morad\w*)\b[^?]{{0,80}}?\b{OPIOID_OR_SEDATIVE}",
    # overdid it with an opioid or a sedative, a heavy chest or nobody home
    rf"{OVERDID}(?:{OPIOID_OR_SEDATIVE}|pills|pastillas)\b[^?]{{0,80}}?\b{HEAVY_SIGN}",
    # more of the same families (round 15)
    # a relapse after months clean, and the first signs of sedation
    rf"{RELAPSE}\b[^?]{{0,140}}?\b{SEDATION_START}",
    rf"{SEDATION_START}\b[^?]{{0,100}}?\b{RELAPSE}",
    # rat poison, insecticide or another bait swallowed
    rf"(?:{TOOK}|comi|comio|bebi|bebio|ingeri|ingirio|ingested|licked|chugged|got into|gets into|se metio a la boca|se echo a la boca) {W}{{0,5}}{POISON_BAIT}\b",
    rf"{POISON_BAIT} {W}{{0,4}}(?:se (?:lo|la|los|las) (?:comio|tomo|trago|bebio)|me (?:lo|la|los|las) (?:comi|tome|trague|bebi)|(?:he|she|i) (?:ate|swallowed|drank))",
    # ketamine bought online, and taken
    r"(?![^?]*\b(?:prescri\w*|recet\w*|refill\w*|resurt\w*|pharmacy|farmacia|clinic|clinica|telehealth|telemedicin\w*|doctor|medico|doctora)\b)"
    rf"(?:{KETAMINE_WORD}\b[^?]{{0,80}}?\b{ONLINE}\b[^?]{{0,80}}?\b{SWALLOWED}\b|{ONLINE}\b[^?]{{0,60}}?\b{KETAMINE_WORD}\b[^?]{{0,80}}?\b{SWALLOWED}\b|{SWALLOWED} {W}{{0,6}}{KETAMINE_WORD}\b[^?]{{0,60}}?\b{ONLINE})",
    # half of a bottle already swallowed
    r"(?:took|taken|swallowed|downed|popped|tome|me tome|se tomo|tomo|me trague|se trago|trague|trago) (?:\w+ ){0,3}?(?:half|a half|la mitad|medio|media|mitad)\b (?:of )?(?:de )?(?:\w+ ){0,4}?"
    r"(?:bottle|frasco|bote|pomo|blister|pill bottle|pastillero)\b(?! (?:of|de) (?:wine|vino|vodka|whiske?y|tequila|rum|ron|beer|cerveza|water|agua|soda|juice|jugo|ketchup|shampoo|perfume|lotion|milk|leche|coke|gin|champagne|champan|sake|syrup|jarabe))",
    # more of the same families (round 16)
    # rescue breaths asked about for someone who is down, while help is on its way
    rf"(?=[^?]*\b(?:him|her|them|he|she|le|lo|la|my \w+|mi \w+)\b){HELP_COMING}\b[^?]{{0,120}}?\b{RESCUE_BREATHS}|(?=[^?]*\b(?:him|her|them|he|she|le|lo|la|my \w+|mi \w+)\b){RESCUE_BREATHS}\b[^?]{{0,60}}?\b{HELP_COMING}",
    rf"(?:give|giving|start|keep|keep giving) (?:him|her|them) {RESCUE_BREATHS}|(?:darle|le doy|le hago|hacerle|le sigo dando|sigo dandole|le empiezo a dar) (?:la |una |las |unas )?{RESCUE_BREATHS}",
    # naloxone given and the person still blue, not breathing, or a second dose asked
    rf"(?:{NALOXONE_GIVEN})\b[^?]{{0,100}}?\b(?:{STILL_BAD})",
    rf"(?:another|second|2nd|third|otra|segunda) (?:dose|dosis|spray|shot|round) (?:of |de |del |de la )?{NALOXONE}",
    # brought back by naloxone, and now leaving or refusing the hospital (it wears off)
    rf"{NALOXONE}\b[^?]{{0,60}}?\b{REVIVED}\b[^?]{{0,100}}?\b{LEAVING}|{REVIVED}\b[^?]{{0,40}}?\b{NALOXONE}\b[^?]{{0,100}}?\b{LEAVING}",
    # insulin given or taken twice by mistake (not a twice-a-day regimen)
    rf"{GAVE_DOSE} {W}{{0,3}}?(?:(?:la|el|his|her|my|mi|su|the) )?{INSULIN}\b(?: (?:dose|shot|dosis|injection|inyeccion))?[^.?!]{{0,20}}?\b{TWICE}\b{REGIMEN}",
    rf"{GAVE_DOSE} {W}{{0,2}}?{TWICE} (?:(?:dose|dosis|shot|shots|inyeccion) )?(?:of |de )?(?:la |el |his |her |my |mi |su )?{INSULIN}\b",
    rf"(?:double|doble)[- ]?(?:dosed|dosing|dosificado) (?:his |her |my |the |su |mi |la )?{INSULIN}\b",
    rf"{INSULIN}\b[^.?!]{{0,20}}?\b{TWICE}\b{REGIMEN}[^.?!]{{0,40}}?\b(?:by mistake|by accident|accidentally|sin querer|por error|por equivocacion|forgot|se le olvido|se me olvido|olvide)",
    # a nasal spray used many more times than prescribed, and numbness or spinning
    rf"{NASAL_SPRAY}\b[^?]{{0,60}}?\b{MANY_TIMES}\b[^?]{{0,100}}?\b{SPRAY_SIGN}",
    rf"{MANY_TIMES}\b[^?]{{0,40}}?\b{NASAL_SPRAY}\b[^?]{{0,100}}?\b{SPRAY_SIGN}",
    # antifreeze, coolant or another car fluid swallowed
    rf"(?:{TOOK}|drank|drink|drinking|chugged|sipped|bebio|bebi|se bebio|ingirio|ingested|got into) {W}{{0,6}}{CAR_FLUID}",
    rf"{CAR_FLUID}\b[^.?!]{{0,40}}?\b(?:by mistake|by accident|accidentally|sin querer|por error|thinking it was|pensando que era|creyendo que era)",
]

UNRESPONSIVE: List[str] = [
    r"(?:will not|won't|not|can not|cannot|no) (?:wake up|wake|answer me|respond|open (?:his|her|their) eyes)",
    # a person (not an office) who does not answer or answers slowly
    r"(?:he|she|him|her|and) (?:is |still )?(?:will not|does not|is not|can not) (?:answer|answering) (?:us|anyone|anybody|when we)",
    r"(?:he|she) (?:is |was |seems |has been )?(?:really |very |so |super |kind of |kinda |pretty )?slow to (?:respond|answer|react|wake)\b|(?:tarda|tardando) (?:mucho )?en (?:responder|reaccionar|contestar)\b(?! (?:\w+ )?(?:correos?|mensajes?|emails?|mails?|llamadas?|whatsapps?|textos?))",
    r"(?:can not|could not|cannot) keep (?:him|her|them|my eyes|(?:his|her) eyes) (?:awake|open)",
    r"keeps? (?:drifting off|falling asleep|nodding off|passing out)",
    r"(?:chest|breathing) (?:is )?(?:barely|hardly) (?:moving|there)",
    r"(?:chest|pecho) (?:is )?(?:not|no se|isnt) (?:moving|rising|going up|mueve)",
    r"breathing (?:maybe |like |only |about )?\d+ times? (?:a|per|every) (?:minute|min)",
    r"(?:forgetting|forget) to breathe",
    r"(?:slumped|slumping|collapsed|limp|floppy) (?:over|against|on)",
    r"(?:is |was |now |just )slumped\b|(?:muy )?flojit[oa]\b",
    r"(?:hard|difficult|impossible|dificil) (?:to |de )(?:rouse|arouse)|(?<!it\sis\s)(?:is|are|very|muy|esta) (?:hard|difficult|impossible|dificil) (?:to |de )(?:wake|despertar)\b(?! up (?:in the morning|early|for|on time))|barely (?:arousable|rousable|responsive|conscious)",
    # "in and out" of consciousness, never a quick visit ("a quick in and out",
    # "drive in and out", "in and out in an hour") or a place ("in and out of
    # the hospital", "entrando y saliendo del hospital").
    rf"(?<!quick\s)(?<!drive\s)(?<!driving\s)(?<!get\s)(?<!be\s)(?<!pop\s)(?<!rapido\s)in and out\b(?! of (?:the |a |an |rehab|treatment|hospitals?|jail|prison|work|school|therapy|programs?|care|homes?|shelters?|town|the city)| in (?:an? |one |two |\d+ |under (?:an? )?)?(?:hour|hours|minutes?|mins?|day|afternoon|morning)\b| (?:or|in the same day|same day|visit|appointment)\b)|(?:entrando y saliendo|se va y vuelve)\b(?! del? (?:la )?(?:hospital|clinica|rehab|trabajo|carcel|programa))|(?:not responding|no responde) {W}{{0,4}}(?:shower|ducha|water)|privao|se (?:privo|nos privo)|not responsive|unresponsive|keeps? nodding\b|(?:just|suddenly) (?:dropped|collapsed|fell out|went down)\b",
    r"no (?:se )?(?:despierta|responde|reacciona|contesta|mueve)|no (?:lo|la|le) (?:puedo|podemos) despertar",
    r"(?:sigue|esta) sin (?:despertar|responder|reaccionar)",
    r"(?:no abre|no puede abrir) los ojos|(?:bien|muy) dormid[oa]|casi no (?:puede|puedo) mantener los ojos",
    r"tirad[oa] (?:en|por) (?:el|la) (?:piso|suelo|bano|escalera|calle|sofa|cama)",
    r"tirad[oa],? (?:y )?(?:morad[oa]|azul|gris)|(?:con|with) (?:una|a) (?:aguja|needle|jeringa|syringe) (?:en|in|al lado|next)",
    rf"(?:shook|shake|shaking|yelled at|slapped|pinched) (?:him|her|them) {W}{{0,2}}(?:hard |really hard )?(?:and )?(?:nothing|no response|he (?:does|did) not|she (?:does|did) not)",
    r"chin (?:on|to|against) (?:his|her|their) chest",
    r"(?:eyes|ojos) (?:are )?(?:half open|half closed|rolled back|open but|medio abiertos|en blanco)",
    r"not (?:looking|focusing) at anything|staring at nothing",
    r"head (?:fell|falling|slumped|dropped|hanging|is hanging) (?:to the side|forward|back|down|over)|(?:slumped|slouched) (?:with|in|on)",
    r"(?:will not|can not|could not) (?:come to|come round|come around|get (?:him|her|them) (?:up|to respond))",
    # more of the same families (round 9)
    r"(?:respira|breathes|breathing|a breath|one breath|a gasp|a big gasp|big gasps?) (?:\w+ ){0,3}(?:cada|every) (?:tantos|few|couple of|\d+|varios|unos|muchos) (?:segundos|seconds|secs)",
    r"sigue sin respirar|no respira bien|sin respirar bien|breathing but not really",
    # vomiting while lying on the back: the airway at risk
    r"(?:threw up|vomited|throwing up|vomiting|puked|puking|vomito|vomitando)\b[^?.]{0,40}\b(?:lying|laying|acostad[oa]|tirad[oa]) (?:on (?:his|her|their|the) back|boca arriba|de espaldas)",
    # a bystander who will not call 911 for someone (probation, papers, fear): the same signal as a sign
    r"(?:do not|can not|dont|afraid to|scared to|no quiero|no podemos|no puedo|no queremos) (?:want to )?(?:call|llamar (?:al|a la|a una)) (?:911|an ambulance|the ambulance|the cops|the police|ambulancia|policia)\b[^?.]{0,40}\b(?:because|bc|since|cause|porque|por que|he is|she is|they are|esta|tiene)\b",
    # more of the same families (round 12)
    r"(?:he|she|they|him|her) (?:is|are|was|'s) (?:\w+ )?(?:really |very |so |super |pretty |extremely )?(?:hard|difficult|impossible) to (?:wake|rouse|arouse|get up)\b",
]
BREATHING: List[str] = [
    r"respira (?:muy )?(?:despacito|despacio|lento|raro|poquito|bajito|mal)",
    r"respirando (?:muy |bien |super |demasiado )?(?:despacito|despacio|lento|lenta|raro|poquito|bajito)",
    r"(?:la )?respiracion (?:muy )?(?:lenta|rara|debil|despacio|agonica)|agonal breath\w*|\bgasping\b",
    # "ronca" snores, unless it is a hoarse voice ("quedo ronca", "la voz ronca", "esta ronca")
    r"(?:(?<!\bvoz\s)(?<!\bquedo\s)(?<!\bqueda\s)(?<!\bquede\s)(?<!\bestoy\s)(?<!\bando\s)(?<!\banda\s)(?<!\besta\s)ronca\b|roncando|roncara|gargaras|gorgoteo)",
    r"(?:hard|difficult|trouble) (?:to )?breathe|(?:can not|cannot) take a (?:deep )?breath",
    r"(?:whistling|wheezing) (?:sound|noise)?|ribs (?:are )?(?:sucking|pulling) in",
    rf"breathing {W}{{0,2}}(?:so |really |super |very |real )?(?:slow|slowly|shallow)",
    r"(?:once|one breath|a breath) every (?:few|couple|\d+|ten|few more) seconds",
    r"(?:snoring|gurgling|rattling|rattly|gasping) (?:sound|noise|breath|breathing)|(?:loud|weird|deep) (?:snoring|gurgl\w*|rattl\w*)",
]
CYANOSIS: List[str] = [
    r"(?:is|be|being|looks?|looking|turning|turned|went|gone|getting|got) (?:kind of |kinda |a bit |a little |all |so |really )?(?:bluish|purplish|greyish|grayish)\b(?! (?:color|colour|shirt|dress|hair|paint|tint|light|glow|dye))",
    rf"(?:boca|labios|cara|unas|dedos) {W}?(?:morad[oa]s?|azul(?:es)?|gris(?:es)?|azulad[oa]s?|grisace[oa]s?|amoratad[oa]s?)",
    r"(?:esta|se puso|se esta poniendo|se ve|se le puso|se le esta poniendo) (?:como |bien |muy |toda |todo |medio )?(?:azul|morad[oa]|gris|blue|purple|gray|grey|bluish|purplish)\b(?! (?:shirt|camisa|jeans|car|carro))",
    r"(?:face|lips|skin) (?:is |are |looks |look )?(?:a )?(?:weird |strange |kind of |kinda )?(?:purple|blue|gray|grey)(?: color)?",
    rf"(?:face|lips|mouth|skin|fingers|fingertips|nails|fingernails) {W}{{0,2}}(?:is |are |looks? |turning |turned |went |gone )?(?:kind of |kinda |all |a bit |a little |a little bit |slightly |sort of |somewhat )?(?:dusky|ashy|ashen|bluish|purplish|grayish|greyish|blue|purple|gray|grey)",
    r"(?:labios|lips) cianotic\w*|cyanotic|cianosis|cyanosis",
    r"(?:blue|purple|gray|grey|dusky) (?:around|round|near) (?:the|his|her|their) (?:mouth|lips)|(?:ashy|ashen) (?:blue|grey|gray)",
]

# --- medical emergencies -----------------------------------------------------

# A heart that is racing now, after a dose: the heart named with a present
# or ongoing sign ("heart is racing", "pulse keeps pounding", "tengo el corazon
# acelerado", "palpitations"). The heart named alone is not a sign ("after my
# infusion my heart felt lighter"), and a past one asked about ("my heart was
# racing the day after, is that normal?") is a side-effect question.
HEART_NOW = (
    r"(?:(?:heart|pulse|corazon|pulso) (?:is |keeps |has been |is still |still |will not stop |sigue |me sigue |esta |me esta |se me esta |me )?"
    r"(?:racing|pounding|beating (?:so |really |very |super )?(?:fast|hard)|beating out of|skipping|fluttering|going crazy|"
    r"will not slow|(?:late|latiendo|palpitando) (?:muy |bien |super |demasiado )?(?:rapido|fuerte|duro)|a mil|como loco|acelerad[oa]\b(?! (?:ayer|anoche)))|"
    r"(?:having|have|i have|with|tengo|con|estoy con) (?:bad |strong |fuertes )?(?:heart )?(?:palpitations|palpitaciones|taquicardia))"
)

MEDICAL: List[str] = [
    # anaphylaxis
    rf"(?:throat|tongue|lips|lengua|garganta|labios) {W}{{0,3}}(?:swell\w*|swollen|tight\w*|clos\w*|weird|hinch\w*|cerrando|cierra)",
    r"(?:swelling|swollen|hinchazon) (?:in|of|en) (?:my |his |her |la )?(?:throat|tongue|lips|garganta|lengua|labios)",
    rf"se (?:me |le )?(?:hincho|esta hinchando|esta cerrando|cerro) {W}{{0,2}}(?:la garganta|la lengua|los labios|el ojo|la cara)",
    r"(?:no (?:encuentro|tengo|tenemos) (?:la )?epipen|(?:do not|dont) have an? epipen|can not find (?:the |my |her |his )?epipen)",
    # chest pain, heart
    rf"!(?:pain|pressure|tightness|heaviness|squeezing|stabbing|crushing|ripping|tearing) {W}{{0,5}}(?:chest|heart|pecho|shoulder blades)",
    rf"!(?:chest|pecho) {W}{{0,3}}(?:pain|pressure|tight|hurts|heavy|stabbing|dolor|aprieta)",
    rf"(?:heart|corazon) {W}{{0,3}}(?:going to explode|va a explotar|racing and|pounding and|me late rapidisimo)",
    rf"(?:cold sweat|sudad[oa]|sweating) {W}{{0,4}}(?:chest|pale|palid[oa])|palid[oa] y sudad[oa]",
    r"(?:calf|leg) (?:is )?(?:swollen|hot)|after a long flight",
    # stroke
    rf"(?:face|mouth|cara|boca) {W}{{0,3}}(?:looks off|drooping|droops|is down|is crooked|caida|torcida|dormida|se le cayo)|half (?:of )?(?:his|her|my) face",
    r"(?:can not|cannot|could not) (?:grip|hold (?:the|a) (?:cup|fork|glass|phone)|lift (?:his|her|my) arm|walk straight|talk right|find (?:his|her|my) words)",
    rf"(?:dropped|drops|dropping) {W}{{0,2}}(?:fork|cup|glass|phone|coffee|mug|spoon|keys)|se me durmio (?:la mitad|el brazo|la cara)|mitad de la cara",
    rf"(?:sudden|suddenly|de repente) {W}{{0,3}}(?:vision loss|blind|numb|weak|confused|can not speak)",
    r"(?:worst|peor) (?:headache|dolor de cabeza)|dolor de cabeza (?:horrible|que no se quita|muy fuerte)|(?:splitting|pounding|thunderclap) headache",
    r"(?:neck|cuello) (?:is |esta )?(?:stiff|tieso|rigido)",
    r"(?:vision|veo|seeing) (?:is )?(?:blurry|borroso|spots|lucecitas)",
    # seizures
    rf"(?:jerking|shaking|twitching|convulsing|temblando|convulsionando) {W}{{0,3}}(?:on the (?:floor|ground|bed)|en el (?:piso|suelo)|foaming|espuma)",
    rf"(?:on the (?:ground|floor)|en el (?:piso|suelo)) {W}{{0,2}}(?:shaking|jerking|twitching|temblando|convulsionando)",
    r"(?:foaming|espuma) (?:at|en|por) (?:the |la )?(?:mouth|boca)|eyes rolled back|went stiff (?:and|&) (?:shook|started shaking)",
    r"(?:slumped over|fell over) and (?:is )?(?:twitching|shaking|jerking)",
    # head injury red flags
    rf"(?:hit|bumped|banged|smacked|pego|golpeo) {W}{{0,3}}(?:head|cabeza) {W}{{0,8}}(?:threw up|throwing up|vomit\w*|puked|sleepy|confused|out for|knocked out|dormid[oa]|confundid[oa]|not crying|staring)",
    rf"(?:fell|se cayo|se dio|rolled off) {W}{{0,14}}(?:threw up|throwing up|vomit\w*|sleepy|confused|confundid[oa]|dormid[oa]|not crying|soft swelling|chichon)",
    # Knocked out by a blow or a fall, not sedation asked about ("are you
    # knocked out during the infusion", "will it knock me out").
    r"(?<!are\syou\s)(?<!am\si\s)(?<!be\s)(?<!being\s)(?<!get\s)(?<!getting\s)(?<!you\sre\s)(?<!youre\s)(?:knocked out|was out for|lost consciousness|perdio el conocimiento)\b(?! (?:during|for the|while|by the (?:ketamine|infusion|medicine|spray|drug|anesthesia)))",
    rf"(?:blood thinners|anticoagulantes) {W}{{0,6}}(?:confused|confundid[oa]|sleepy|sueno|fell|hit)",
    r"keeps asking the same (?:questions|thing)|does not know what day it is",
    # blood pressure crisis, fainting, children
    rf"(?:bp|blood pressure|presion) {W}{{0,3}}(?:1[89]\d|2\d\d)(?: over \d+)?",
    rf"(?:presion|bp|blood pressure) {W}{{0,3}}\d+ over 1[1-9]\d",
    rf"(?:just )?(?:fainted|se desmayo) {W}{{0,4}}(?:at work|pain|dolor|pregnant|embarazada|chest|pecho)",
    r"(?:fever|fiebre) (?:of )?(?:10[4-9]|4[01])|purple rash|rash that (?:does not|doesnt) fade",
    r"(?:locked|left|trapped) in (?:a|the) hot car",
    r"breathing (?:really |very )?fast and|whistling sound",
    r"(?:cold|white|blue) and (?:white|numb|cold)",
    r"(?:a lot of|so much|lots of) blood|blood everywhere",
    r"nosebleed that (?:will not|wont) stop|me sangra la nariz",
    rf"(?:pregnant|embarazada) {W}{{0,4}}(?:fainted|bleeding|pain in my belly|dolor)",
    r"(?:went|go|goes|going) stiff",
    # head injury red flags, more of them
    rf"(?:hit|bumped|banged|smacked|slammed|cracked) {W}{{0,3}}(?:head|cabeza) {W}{{0,12}}(?:vomit\w*|throwing up|threw up|confused|confundid[oa]|blood|bleeding|fluid|shaking|seizing|seizure|out of it|not making sense|not herself|not himself|lump|floppy|pupils|passed out|sangre|convulsion\w*)",
    r"(?:blood|fluid|clear \w+ stuff|clear liquid|watery stuff|sangre|liquido) (?:is )?(?:coming |dripping |leaking |running )?(?:out of|from|de|por) (?:his|her|my|the|their|el|la|su) (?:ear|ears|nose|oido|oidos|nariz)",
    # children: breathing, burns, water, batteries, infants
    rf"ribs {W}{{0,2}}(?:suck|sucking|pull|pulling|sink|sinking) in|barking (?:sound|cough|noise)|breathing (?:super |really |very )?fast",
    rf"(?:boiling|scalding|hot) (?:water|oil|grease|soup|tea|coffee|agua|aceite) {W}{{0,4}}(?:all )?(?:over|on|en|encima)|skin (?:is )?(?:peeling|coming off|blistering|bubbling)|se le (?:esta )?pelando la piel",
    r"face ?down in (?:the )?(?:tub|bathtub|bath|pool|water|lake)|(?:pulled|dragged|got) (?:him|her|them|my \w+|mi \w+) out of the (?:water|pool|tub|bathtub|bath|lake)|boca abajo en (?:la )?(?:banera|piscina|agua)",
    rf"(?:swallowed|ate|se trago|se comio|trago) {W}{{0,4}}(?:coin |button |watch )?(?:battery|batteries|magnets?|bateria|baterias|pila|pilas|iman|imanes)",
    rf"(?:\d+|two|three|four|five|six|seven|eight) (?:weeks?|wks?|days?) old,? {W}{{0,8}}(?:fever|temp|temperature|floppy|limp|will not (?:feed|eat|wake)|not feeding|blue|fiebre)",
    rf"(?:baby|infant|newborn|bebe) {W}{{0,6}}(?:floppy|limp|will not wake|not waking|not feeding|will not feed|turning blue)",
    rf"(?:fever|fiebre) {W}{{0,6}}(?:stiff neck|cuello (?:rigido|tieso|duro))|(?:spots|rash|manchas|puntos) {W}{{0,6}}(?:do not fade|not fading|no se (?:quitan|borran))",
    r"(?:meter|glucometer|monitor|sugar|glucose|azucar|glucosa) (?:just )?(?:says|reads|shows|is|at|dice|marca) (?:hi|high|lo)\b|(?:sugar|glucose|azucar|glucosa) (?:is |at |de |en )?(?:[5-9]\d\d)",
    # bleeding inside, the abdomen, pregnancy and after birth
    rf"(?:vomit\w*|puk\w*|throwing up|threw up|vomite|vomitando|vomita) {W}{{0,4}}(?:blood|bright red|coffee grounds?|sangre|borra de cafe)",
    r"(?:black|tarry|bloody) (?:tarry |and tarry )?(?:poop|stool|stools|bowel)|heces negras|(?:popo|caca) negra",
    r"(?:belly|stomach|abdomen|tummy|barriga|estomago|panza) (?:is |feels |esta )?(?:rock hard|hard as a rock|hard and|dura como (?:una )?piedra|duro como)",
    r"(?:threw up|throwing up|vomiting|vomito|vomita) (?:green|bile|verde)|knees (?:pulled|drawn|tucked) up",
    rf"(?:pregnant|pregnancy|weeks? (?:of )?pregnan\w*|semanas de embarazo|embarazada) {W}{{0,10}}(?:stabbing|sharp|punzante|one side|un lado|shoulder|hombro|faint|desmay\w*|bleeding|sangr\w*)",
    rf"(?:soaking|soaked|empapando|empape) {W}{{0,2}}(?:pads?|toallas?)|(?:big|huge|large|golf ball) (?:blood )?clots|coagulos (?:grandes|enormes)|(?:botando|perdiendo|sangrando) {W}{{0,2}}(?:mucha|muchisima|demasiada) sangre|(?:bleeding|sangr\w*) {W}{{0,4}}(?:clots|coagulos|soaking|through)",
    # injuries, burns, shocks and chemicals
    r"bone (?:is )?(?:poking|sticking|coming) (?:out|through)|hueso (?:salido|afuera|de fuera)|(?:bent|twisted) (?:the )?wrong (?:way)?",
    rf"(?:fingers?|hand|toes?|thumb|dedos?) {W}{{0,2}}(?:nearly|almost|partly|half|casi) (?:off|cut off|severed|cortados?)|(?:cut|chopped|sliced|ripped) off (?:my|his|her) \w+|(?:caught|crushed|smashed) (?:my |his |her )?(?:hand|arm|fingers?) in (?:the |a )?\w+",
    rf"(?:chemical|bleach|oven cleaner|acid|lye|cleaner|cloro|acido|limpiador)s? {W}{{0,4}}(?:in|into|en) (?:my|his|her|both|the|los|sus|mis) (?:eye|eyes|ojo|ojos)|splash\w* (?:in|into) (?:my|his|her|both) eyes",
    rf"(?:leg|foot|arm|hand|pie|pierna|brazo|mano) {W}{{0,4}}(?:cold|frio|fria) {W}{{0,2}}(?:and |y )?(?:pale|white|palid[oa]|blanc[oa]|blue|azul)",
    # heat, sugar, blood pressure, heart rate, aorta
    r"(?:stopped|dejo de|no esta) sud\w*|ya no suda|heat ?stroke|golpe de calor|(?:dejo de|stopped) sweating",
    rf"(?:diabetic|diabetes|diabetica|diabetico|sugar) {W}{{0,8}}(?:shaking|shaky|sweating|confused|temblando|sudando|confundid[oa]|no dice cosas con sentido|not making sense|passed out|will not drink|no quiere tomar|no responde)",
    rf"(?:presion|pressure|bp) {W}{{0,2}}(?:bajita |baja |low |is )?(?:[4-8]\d) ?(?:/|over|sobre) ?(?:[2-5]\d)\b",
    rf"(?:heart ?rate|pulse|pulso|corazon|heart) {W}{{0,3}}(?:at |a |is |of |like |en |como )?(?:1[5-9]\d|2[0-4]\d|[23]\d)\b(?! (?:years|yrs|anos|min))",
    rf"(?:tearing|ripping) {W}{{0,4}}(?:pain|through)|(?:pain|dolor) {W}{{0,4}}(?:through|straight through|to) (?:to )?(?:my |the )?back between",
    # allergic reactions
    rf"(?:stung|sting|got me|bee|wasp|hornet|yellow jacket|picada|me pico|le pico) {W}{{0,8}}(?:swell\w*|puff\w*|hinch\w*|swallow\w*|breath\w*|throat|hives|ronchas|garganta)",
    rf"(?:face|cara|eyes|ojos|lips|labios) {W}{{0,2}}(?:is |are |keeps )?(?:puffing|puffed|swelling|blowing|ballooning) up",
    rf"(?:allergy|allergic|alergi\w*|peanut|peanuts|mani|nuts|shellfish|mariscos) {W}{{0,10}}(?:hoarse|wheez\w*|coughing nonstop|swell\w*|hives|ronchas|throat|garganta|ronca)",
    rf"(?:hives|ronchas|welts) {W}{{0,8}}(?:lips|labios|throat|garganta|chest|pecho|breath\w*|respir\w*)",
    # reactions during or after a treatment
    rf"(?:after|since|right after|just (?:had|got|left|came back from)|got back from|despues del?|acabo de salir del?|me hicieron) {W}{{0,4}}(?:infusion|ketamine|ketamina|spravato|session|sesion|treatment|tratamiento|nerve block|block|bloqueo|sgb|spray) {W}{{0,18}}(?:seizure|seizing|convuls\w*|fainted|passed out|desmay\w*|slid off|can not breathe|hard to breathe|cuesta (?:muchisimo )?respirar|trouble (?:breathing|swallowing)|(?:respirar|tragar)|{HEART_NOW}|short of breathe?|hinchad[oa])",
    r"(?:full blown|full on|having a|in the middle of a) seizure|(?:droop\w*|caid[oa]) (?:on|de) (?:one|un) (?:side|lado)|(?:can not|cant) smile (?:evenly|straight|right)",
    r"(?:can not|cant) find (?:his |her |my |the )?words",
    rf"(?:eliquis|xarelto|warfarin|coumadin|plavix|blood thinners?|anticoagulantes?) {W}{{0,8}}(?:knot|lump|hit|fell|confused|drowsy|dizzy|bleeding|nosebleed|confundid[oa])",
    r"(?:knot|lump|goose egg|chichon) on (?:his|her|my|the) head",
    rf"(?:heart|corazon) {W}{{0,5}}(?:going to explode|gonna explode|va a explotar)",
    r"(?:grunting|grunts) (?:with|on) (?:every|each) breath|ribs (?:sucks|pulls|sinks|sucking) in|(?:between|under) (?:his|her|the) ribs (?:sucks|suck|pulls|pull|sinks) in",
    rf"(?:testicle|testicular|testiculo|huevo)s? {W}{{0,4}}(?:pain|dolor|hurts|swollen)|(?:sudden|severe) pain in (?:his|my) (?:testicle|groin)",
    rf"(?:pulse ?ox|oximeter|oxygen|o2|sats?|saturation|oxigeno|oximetro) {W}{{0,3}}(?:reading |at |is |de |en |says )?(?:[5-8]\d|9[01])\b",
    rf"nosebleed {W}{{0,4}}(?:nonstop|non stop|will not stop|for \d+ (?:min|minutes|hours))|(?:pouring|running) down (?:my|his|her) throat",
    rf"(?:lower )?right (?:side |lower )?(?:belly|stomach|abdomen|abdominal|tummy) pain {W}{{0,4}}(?:fever|vomit\w*)|(?:barriga|estomago|panza) (?:abajo )?a la derecha {W}{{0,4}}(?:fiebre|vomit\w*)",
    rf"(?:t1d|type 1|insulin|sugar|diabetic) {W}{{0,8}}(?:will not|wont|no quiere) (?:drink|eat|tomar|comer) (?:the |el )?(?:juice|jugo|sugar|azucar)",
    rf"(?:came to|woke up|came round) on the (?:floor|ground)|went down {W}{{0,4}}(?:came to|passed out)",
    rf"(?:can not|cant) swallow (?:my own )?(?:spit|saliva)|drooling {W}{{0,3}}(?:can not|cant) swallow|no (?:puedo|puede) tragar (?:ni )?(?:la )?saliva",
    rf"(?:bebe|baby|nene|nena|nino|nina) de (?:\d+|un|dos|tres|cuatro|cinco|seis) (?:meses|mes|semanas|dias) {W}{{0,8}}(?:fiebre|fever|aguadit[oa]|flojit[oa]|no (?:quiere )?comer)",
    rf"(?:manchitas|puntitos|manchas|puntos) (?:moradas?|morados?|rojas?|rojos?) {W}{{0,4}}(?:que )?no se (?:quitan|borran|van)",
    r"(?:se cayo|se hundio|cayo) (?:en|a|dentro de) (?:la )?(?:banera|piscina|pileta|agua|pool)|(?:lo|la) saque del agua",
    r"(?:agua|aceite|sopa|cafe) hirviendo|(?:se le|se me) (?:estan haciendo|hicieron|salieron) ampollas",
    r"se (?:me|le) (?:hinchan|estan hinchando|hincharon) (?:los|la|el) (?:labios|garganta|lengua|cara|ojos)",
    rf"(?:seatbelt|belly|abdomen|stomach) (?:bruise|mark) {W}{{0,6}}(?:bigger|growing|spreading|hard|swelling)",
    rf"(?:electrocuted|zapped|shocked|got shocked|electrocut\w*|live wire|corriente) {W}{{0,14}}(?:burn\w*|heart|chest|unconscious|fell|quem\w*|corazon|thrown)",
    r"(?:inhaler|nebulizer|albuterol|pump|bomba|inhalador) (?:is )?(?:doing nothing|not working|not helping|no (?:sirve|funciona|hace nada))|(?:only|solo) (?:get out|say|speak|puede decir) (?:\d|two|one|a few|dos) (?:words|palabras)",
    rf"positive (?:pregnancy )?test {W}{{0,10}}(?:stabbing|sharp|one side|shoulder|faint|bleeding)",
    rf"cord (?:is )?(?:hanging|coming|sticking) out|(?:water broke|se me rompio la fuente|rompi fuente) {W}{{0,8}}(?:cord|cordon|bleeding|sangr\w*|baby (?:is )?coming|head)",
    rf"jaw (?:aches|ache|pain|hurts) {W}{{0,6}}(?:clammy|sweat\w*|nause\w*|wiped)|(?:clammy|sudad\w*|nauseous) {W}{{0,6}}jaw",
    r"(?:cut|chopped|sliced|ripped|took) (?:the )?(?:tip|end|top) of (?:my|his|her) (?:finger|thumb|toe)\w* off",
    rf"(?:fingers|toes|dedos) {W}{{0,4}}(?:white and waxy|waxy|black|blue black|black and blue)|frostbit\w*",
    r"(?:does not|doesnt|can not|cant|do not|dont|no se) (?:remember|recuerda|acuerda) (?:falling|what happened|hitting|la caida|como se cayo)|(?:teeth|tooth) (?:got |were |was )?knocked out|(?:\d|two|three|dos|tres) (?:teeth|dientes) (?:out|fuera|knocked)|split open",
    rf"metal(?:lic)? taste {W}{{0,6}}(?:ringing|twitch\w*|numb)|(?:ears|oidos) (?:ringing|zumbando) {W}{{0,4}}(?:twitch\w*|metal)|(?:face|lips|cara) (?:is |are |keeps )?twitching",
    rf"(?:soaked|covered|sprayed|drenched) (?:in|with) (?:spray|pesticide|pesticides|chemicals?|insecticide|bug spray)|drooling {W}{{0,4}}sweating|muscles (?:are )?twitching",
    rf"(?:leg|thigh|arm|wrist|ankle|pierna|brazo|muslo) {W}{{0,3}}(?:looks |is |esta )?bent|(?:foot|hand|toes|pie|mano) (?:is )?(?:going|getting|turning|se esta poniendo) (?:cold|fri[oa])",
    r"(?:got|was|been|just got|he got|she got|i got|fue|lo|la|le) (?:stabbed|shot|apunalad[oa]|apunalaron|balead[oa]|dispararon)\b(?! (?:of|glass|at|by cupid))",
    rf"(?:herida|incision|wound|stitches|puntos) {W}{{0,6}}(?:se abrio|se abrieron|opened up|came open|split open|is open|burst)",
    rf"skin {W}{{0,5}}(?:peeling|leathery|charred|blistering|bubbling|coming off)",
    r"\b(?:1[6-9]\d|2\d\d) ?(?:/|over|sobre) ?(?:1[1-9]\d)\b",
    rf"(?:pus|leaking|oozing|supurando) {W}{{0,6}}(?:fever|fiebre|10[1-5]|chills|escalofrios)|(?:fever|fiebre|temp|10[1-5]) {W}{{0,10}}(?:pus|red streaks|rayas rojas)|red streaks",
    rf"(?:did|had|got|gave me) (?:the |my |a |an )?(?:block|nerve block|sgb|infusion|injection) {W}{{0,10}}(?:short of breathe?|can not breathe|hard to breathe|chest (?:stabs|hurts|pain)|falta de aire)",
    r"(?:meter|glucometer|glucometro|sugar|glucose|glucosa|azucar) (?:reads|says|is|at|de|en|marca|dice) (?:[1-5]\d)\b",
    r"(?:had|having|tuvo|le dio|me dio|le esta dando|me esta dando) (?:a |un |una )?(?:fit|convulsion|ataque)\b(?! de (?:risa|tos|panico|ansiedad|nervios|celos))|shaking all over",
    rf"(?:pain|dolor) {W}{{0,10}}(?:can not|cant) stop (?:vomiting|throwing up)|(?:can not|cant) stop (?:vomiting|throwing up) {W}{{0,6}}(?:pain|blood)|no (?:puedo|puede) (?:dejar|parar) de vomitar",
    r"pulling (?:his|her|their) (?:knees|legs) up|red jelly|currant jelly",
    rf"(?:singed|burnt|burned) (?:eyebrows|nose hairs)|(?:smoke|fire|humo|incendio) {W}{{0,8}}(?:hoarse|can not breathe|coughing|ronca|no (?:puedo|puede) respirar)",
    r"high pitched (?:sound|noise|whistle) (?:when )?(?:breathing|breathing in)|stridor|leaning forward (?:and )?drooling",
    r"(?:se agarro|agarrandose|clutching|grabbed|grabbing|holding) (?:el |his |her |my )?(?:pecho|chest)|sudando frio|sudor frio|(?:elefante|elephant) (?:encima|on (?:my|his|her) chest)",
    rf"(?:horno|oven|stove|estufa|generator|generador|calentador|heater|grill) {W}{{0,12}}(?:dolor de cabeza|headache|confundid\w*|confused|vomit\w*|mareados?|dizzy)|carbon monoxide|monoxido",
    rf"(?:bebe|baby|nene|nena|hija|hijo|nieta|nieto|sobrina|sobrino) (?:tiene|has|is) (?:\d+|un|dos|tres|cuatro|cinco|seis) (?:meses|mes|semanas|dias|weeks|days|months) {W}{{0,8}}(?:fiebre|fever|aguadit[oa]|flojit[oa]|quietecit[oa]|no (?:quiere )?comer)",
    rf"abajo a la derecha {W}{{0,4}}(?:fiebre|vomit\w*|no puedo (?:caminar|enderezarme))",
    r"corrientazo|electrocut\w*",
    rf"(?:calor|heat) {W}{{0,10}}(?:confundid\w*|confused|desorientad\w*|no orina|not peeing)",
    rf"(?:headache|dolor de cabeza) {W}{{0,4}}(?:de golpe|el peor|worst|como un trueno|thunderclap)",
    r"como un trapito|(?:dejo|deja) de respirar",
    rf"(?:first ultrasound|\d+ weeks? (?:pregnant|along)) {W}{{0,10}}(?:stabbing|sharp|one side|shoulder|faint|blacked out|bleeding)",
    rf"(?:squeaky|high) (?:pitched )?(?:sound|noise) {W}{{0,3}}(?:every |each )?breath|bolt upright|leaning forward",
    rf"(?:testicle|testicular|testiculo|huevo|one ball|his ball) {W}{{0,4}}(?:pain|dolor|hurts|swollen|higher)|pain in (?:one|his|my) (?:ball|testicle)",
    rf"(?:nail polish remover|fruity|acetone|a fruta) (?:breath|smell)?|(?:aliento|breath) {W}{{0,3}}(?:fruta|fruity|nail polish|acetone)",
    r"ice cold and (?:mumbling|confused)|not (?:even )?shivering anymore|hypotherm\w*",
    rf"(?:one of )?(?:his|her) pupils? {W}{{0,3}}(?:bigger|larger|different|uneven)|pupils (?:are )?(?:different|uneven) sizes",
    r"spurting|a chorros|no para de sangrar|sangra (?:mucho|muchisimo) y no para|sangra muchisimo",
    rf"rainbow halos|halos around (?:the )?lights|black curtain|curtain (?:dropped|came down|over) (?:my|his|her)|se me apago (?:el ojo|la vista)|lost (?:the )?vision in|no veo nada por (?:un|el|ese) ojo|(?:el )?ojo {W}{{0,2}}se me apago",
    r"felt something (?:rip|tear)|different (?:numbers|readings|pressures) (?:on|in) each arm",
    r"(?:albuterol|inhaler|inhalador) (?:is not|isnt|not) (?:touching|helping|working)|\d+ puffs in|bottom of (?:my|his|her) neck (?:is )?sucking in",
    # mottled skin is a sign of shock; blotchy skin alone is an ordinary rash (question round 13)
    r"mottled (?:purple|skin|knees|legs)|blotchy (?:purple|knees|legs)|confused,? shaking with chills",
    r"hard as a (?:rock|board)|dura como (?:una )?(?:tabla|piedra)",
    r"(?:can not|cant|have not been able to|havent been able to) pee (?:in|for) \d+|no he podido orinar",
    r"erection (?:will not|wont) go down|erection for \d+ hours",
    rf"(?:zapped|shocked|electrocuted) {W}{{0,4}}(?:threw|thrown|knocked|fell|off)",
    r"(?:can not|cant) lie (?:flat|down) without",
    r"pinned (?:his|her|my|their) legs?|crushed under|aplastad[oa]",
    r"(?:legs|arms|hands) (?:getting |are getting |going )?weaker (?:by the hour|and weaker)|weaker by the hour",
    r"saddle area|(?:can not|cant) feel (?:anything )?(?:in )?my (?:privates|groin|saddle)|wet myself without knowing",
    rf"(?:se dio|se pego|golpeo) (?:en )?la cabeza {W}{{0,8}}(?:coumadin|warfarin|eliquis|anticoagulante)|(?:pierna|leg) {W}{{0,3}}(?:virada|turned out|rotated)",
    r"mollera hundida|fontanel\w* (?:is )?sunken|no moja (?:el )?panal|(?:no|not) wet (?:diapers?|nappies)",
    r"imancitos|imanes|magnets",
    r"supura|supurando",
    r"(?:lleva|been) (?:como |about |like )?\d+ (?:minutos|minutes|min) (?:convulsionando|seizing|shaking)|convulsionando,? no para",
    rf"(?:ya me puse|used|gave|used my|me puse) (?:la |el |his |her |my |the )?(?:epinefrina|epipen|epi pen|epi) {W}{{0,4}}(?:sigo igual|y sigo|still|getting worse|not helping|peor)",
    r"(?:le corto|se corto|cut off|cortó) (?:\w+ )?(?:dos |un |two |a )?dedos?",
    rf"(?:mordio|bit|mauled|attacked) {W}{{0,6}}(?:cuello|cara|neck|face|throat) {W}{{0,6}}(?:sangra|bleeding|blood)",
    r"hinchazon (?:ya )?(?:me )?bajo al cuello|swelling (?:is )?(?:spreading|going) (?:down )?(?:to|into) (?:my |his |her )?neck|no puedo abrir la boca ni tragar",
    r"sabor a metal|zumbido en los oidos",
    rf"(?:purple|red|tiny) (?:dots|spots|specks|puntitos) {W}{{0,8}}(?:do not|dont|don't|no se) (?:go away|fade|quitan|borran)|(?:press|pressing|apretar|presiono) (?:a |the )?(?:cup|glass|vaso)",
    rf"(?:asking|asks|repeating|preguntando|repite) (?:the )?(?:same|la misma) (?:thing|question|pregunta)s? (?:over and over|again and again|una y otra vez)",
    r"(?:can not|cant|no (?:siento|puedo sentir)) (?:feel )?(?:anything )?(?:when i wipe|al limpiarme)|wet myself without noticing",
    rf"(?:chemo|chemotherapy|quimio\w*) {W}{{0,10}}(?:fever|fiebre|10[1-5]|chills|escalofrios)",
    rf"(?:cold|fri[oa]),? {W}{{0,2}}(?:white|blanc[oa]|pale|palid[oa]) {W}{{0,6}}(?:no pulse|pulse|pulso)|(?:can not|cant) find (?:any |a )?pulse",
    r"(?:cortina|curtain) (?:negra|black|dark|oscura)|(?:se me nublo|se me apago|lost) (?:la vista|the vision|vision) (?:de|in|of) (?:un|one|my \w+) ojo",
    rf"bit (?:his|her|my|their) tongue|se mordio la lengua|temblando todo|se (?:desplomo|desmayo) {W}{{0,4}}(?:temblando|convulsionando|y no)",
    rf"(?:shaking|jerking|seizing|twitching|convulsing) {W}{{0,2}}on the {W}?(?:floor|ground)",
    rf"(?:fainted|passed out|blacked out|collapsed) {W}{{0,8}}(?:heart|chest|pulse|palpitations|skipping|racing)",
    r"(?:scratching|clawing|grabbing) (?:at )?(?:his|her|their|my) (?:throat|neck)|lips (?:look |are |got )?(?:puffy|huge|swelling)|throat (?:feels|felt|is|getting) (?:thick|tight|closed|closing)",
    # more of the same families (round 8)
    # a seizure told as what it looked like; a first one
    r"(?:had|having|has|tuvo|le dio|me dio|le esta dando) (?:what (?:looked|looks|seemed|seems) like|something like|some kind of|algo (?:como|asi como)|lo que parecia) (?:a |an |una |un )?(?:seizure|fit|convulsion|stroke|ataque|derrame)",
    r"!(?:first|1st|primera) (?:ever )?(?:seizure|convulsion)",
    # an allergic reaction to a new medicine or food: itching palms, a hoarse voice, hives
    rf"!{ALLERGY_SIGN} {W}{{0,10}}(?:since|after|ever since|right after|desde que|despues de|luego de) {W}{{0,4}}{ALLERGEN}",
    rf"!(?:took|started|taking|had|ate|tome|empece|comi|me dieron|me pusieron) {W}{{0,3}}{ALLERGEN} {W}{{0,12}}{ALLERGY_SIGN}",
    rf"(?:palms|soles|hands|feet|palmas|manos|pies) {W}{{0,3}}(?:itching|itchy|itch|pican|picando|me pican) {W}{{0,12}}(?:hoarse|ronca|throat|garganta|lips|labios|tongue|lengua|breath\w*|respir\w*|voice|voz)",
    # carbon monoxide: a household sick together with a fuel-burning appliance
    rf"{HOUSEHOLD} {W}{{0,6}}{CO_SICK} {W}{{0,14}}{CO_SOURCE}|{CO_SOURCE} {W}{{0,14}}{HOUSEHOLD} {W}{{0,6}}{CO_SICK}",
    rf"(?:boiler|furnace|caldera|space heater|water heater|fireplace|chimenea|brasero|calefactor) {W}{{0,12}}{CO_SICK}",
    # a blood-pressure reaction: a head "about to explode", a cold sweat, a red face,
    # not able to stand (two signs, or one strong sign after a dose)
    rf"{HTN_SIGN} {W}{{0,12}}(?:{HTN_SIGN}|(?:face|cara) (?:is |esta )?(?:bien |muy |super |really |bright |all )?(?:red|roja|flushed|colorada))",
    rf"(?:face|cara) (?:is |esta )?(?:bien |muy |super |really |bright |all )?(?:red|roja|flushed|colorada) {W}{{0,12}}{HTN_SIGN}",
    rf"(?:spray|ketamina|ketamine|spravato|esketamine|dose|dosis|infusion|sesion|session|treatment|tratamiento) {W}{{0,16}}{HTN_SIGN}",
    # after a birth: a seizure, a faint, the worst headache, vision changes
    rf"(?:pari|di a luz|gave birth|had (?:my|the|our) baby|postpartum|posparto|postparto|after (?:giving )?birth|cesarea|c ?section) {W}{{0,14}}(?:seizure|convulsion|fit|ataque|desmay\w*|fainted|passed out|(?:worst|peor) (?:headache|dolor de cabeza)|headache (?:that )?(?:will not|wont) go away|blurry vision|vision (?:is )?(?:blurry|spots)|vision borrosa|lucecitas|veo puntitos)",
    r"(?:me|le|nos) duele (?:mucho |muchisimo )?la cabeza (?:horrible|horriblemente|muchisimo|terrible|como nunca|bien fuerte|demasiado)",
    # more of the same families (round 9)
    # a head struck, then confusion, repetition, a worsening headache, vomiting, blood from an ear
    r"(?:hit|banged|bumped|struck|smacked|whacked|slammed|golpeo|pego|dio|se golpeo|se pego|se dio) (?:en )?(?:(?:his|her|my|their|la|su) |the back of (?:his|her|my) )?(?:head|cabeza)\b[^?]{0,140}?\b(?:confused|confusion|disoriented|repeating (?:himself|herself|themselves|the same)|(?:does|do) not know where|keeps? getting worse|worse and worse|worsening|vomit\w*|throwing up|hard to wake|slurr\w*|confundid[oa]|desorientad[oa]|no sabe (?:donde|quien)|atontad[oa]|atontao|sangre (?:del|de la|por el|por la) (?:oido|oreja|nariz)|clear fluid|blood (?:from|out of|coming (?:out of|from)) (?:his|her|my|the) (?:ear|nose))",
    r"(?:fell|fall|se cayo|cayo|slipped)\b[^?]{0,100}(?:sale sangre (?:del|de la|por el) (?:oido|oreja)|blood (?:from|out of|coming out of) (?:his|her|my|the) ears?|(?:today|now|this morning|hoy|ahora) (?:he|she|they|esta|is|is acting)? ?(?:is |are )?(?:confused|confundid[oa]|disoriented|desorientad[oa]|(?:does|do) not know where))",
    # an allergic reaction to something new, with the eyes swelling shut or trouble swallowing
    rf"!(?:started|took|taking|ate|had|tome|empece|comi|new) [^.?!]{{0,30}}{ALLERGEN}[^.?!]{{0,100}}(?:{ALLERGY_SIGN}|swallow\w*|tragar)",
    r"(?:eyes?|ojos?|face|lips|cara|labios) (?:are |is |keep |keeps )?(?:swelling|swollen|puffing|puffed) (?:up )?(?:shut|closed)\b(?! (?:from|after) (?:crying|sleep|sleeping|allergies|pollen|hay fever))|(?:covered|cubiert[oa]) (?:in|with|de|en) (?:welts|hives|ronchas)[^?]{0,60}(?:swallow|breath\w*|tragar|respirar|throat|garganta|eyes|ojos)",
    # chest pain told as a weight on it
    rf"chest {W}{{0,4}}(?:like )?(?:an |a )?(?:elephant|ton of bricks|weight|anvil|truck|someone) (?:is )?(?:sitting|standing|pressing|crushing|parked|on)|(?:elephant|ton of bricks|anvil|truck|someone heavy) (?:is )?(?:sitting|standing|pressing|parked) on (?:my|his|her) chest",
    rf"(?:fainted|passed out|blacked out|collapsed|me desmaye|se desmayo) {W}{{0,14}}(?:heart (?:is )?(?:pounding|racing|skipping)|chest (?:pain|hurts|tight)|corazon (?:acelerado|me late))",
    # carbon monoxide: the alarm sounding with symptoms, or symptoms beside an engine or a generator running
    rf"(?:co|carbon monoxide|monoxido(?: de carbono)?) (?:detector|alarm|alarma|detector)[^?]{{0,80}}{CO_SICK}|{CO_SICK}[^?]{{0,80}}(?:co|carbon monoxide) (?:detector|alarm)",
    rf"{CO_SICK} {W}{{0,14}}{CO_SOURCE} (?:is |has been |was |been |esta )?(?:running|on|going|prendido|encendido)\b",
    # an infant of three months or less with a fever, or not feeding
    r"(?:(?:[1-9]|1[0-2]) ?(?:-| )?(?:weeks?|wks?)|(?:[1-3]|one|two|three) ?(?:-| )?(?:months?|mos?)|\d+ ?(?:-| )?days?)(?:-| )old\b[^?.]{0,40}\b(?:fever|temp|temperature|fiebre|10[0-4](?:\.\d)?|3[89](?:\.\d)?)|(?:(?:[1-9]|1[0-2]) ?(?:weeks?|wks?)|(?:[1-3]|one|two|three) ?(?:months?|mos?)) ?(?:-| )?old\b[^?.]{0,40}\b(?:will not|wont|is not|not|refus\w*) (?:feed|feeding|eat|eating|nurse|nursing|take (?:a |the )?bottle)",
    # a baby in the womb that has stopped moving
    r"(?:baby|bebe|he|she) (?:has not|hasnt|has barely|no se ha|no ha|not|stopped|dejo de) (?:moved|moving|kicked|kicking|movido|pateado|moverse)\b[^?]{0,60}(?:weeks|semanas|pregnant|embarazada)|(?:\d+ (?:weeks|semanas)|pregnant|embarazada)[^?]{0,60}(?:baby|bebe|he|she) (?:has not|hasnt|no se ha|no ha|not|stopped|dejo de) (?:moved|moving|kicked|kicking|movido|pateado|moverse)|(?:less|reduced|decreased) (?:fetal )?(?:movement|kicks)",
    # bleeding that soaks through, a wound that gushes
    r"(?:towel|towels|gauze|bandage|shirt|rag|toalla|venda|camisa) (?:is |are |got |already |ya |has |have |been |esta )*(?:soaked through|soaked with blood|soaked in blood|soaked red|drenched in blood|empapad[oa] de sangre|full of blood)|(?:towel|towels|gauze|bandage|rag|toalla|venda) (?:is |are |got |already |ya |esta )*(?:soaked|drenched|empapad[oa])\b[^?]{0,60}\b(?:cut|gash|wound|bleed\w*|blood|sangr\w*|herida|corto)\b|\b(?:cut|gash|wound|bleed\w*|herida|corto)\b[^?]{0,60}\b(?:towel|towels|gauze|bandage|rag|toalla|venda) (?:is |are |got |already |ya |esta )*(?:soaked|drenched|empapad[oa])\b|\b(?:cut|gash|wound|sliced|laceration|glass|herida)\b[^?]{0,60}\b(?:gushing|a chorros|pouring)\b",
    # the worst headache, in Spanish word order
    rf"(?:dolor de cabeza) {W}{{0,6}}(?:el peor de mi vida|como un trueno|como un balazo)|(?:el peor|peor) (?:dolor de cabeza )?de mi vida",
    # a baby's breathing: fast, ribs pulling in, blue around the mouth
    r"(?:se le hunden|se le marcan|se le meten|se hunden) (?:las )?costillas|(?:morad[oa]|azul|blue|purple|grey|gray) (?:alrededor de|around) (?:la |his |her |the |su )?(?:boca|mouth|labios|lips)",
    # stroke: half the body numb, one eye's sight lost, in Spanish
    r"(?:se me|se le) (?:durmio|adormecio|entumio|paralizo|entumecio) (?:toda )?(?:la |el )?(?:mitad|lado|parte) (?:izquierd\w*|derech\w*)|(?:mitad|lado) (?:izquierd\w*|derech\w*) del cuerpo (?:dormid\w*|entumid\w*|paralizad\w*|no (?:lo|la) siento)|half (?:of )?(?:my|his|her) (?:body|face) (?:went |is |feels |just went )?(?:numb|dead|weak|tingly|limp)|no (?:veo|ve) (?:bien )?(?:de|por|con) un ojo|(?:can not|cant) see (?:out of|from|with) one eye",
    # bleeding in pregnancy, with pain or a hard belly
    # more of the same families (round 10)
    # a stroke told inside an errand: one side of the face asleep, a hand that cannot grip
    r"(?:lado|mitad) (?:derech[oa]|izquierd[oa]) (?:de (?:la|mi|su) cara|del cuerpo|de mi cuerpo|de su cuerpo|de la boca)? ?(?:se me |se le )?(?:\w+ )?(?:dormid[oa]|adormecid[oa]|entumid[oa]|entumecid[oa]|paralizad[oa]|caid[oa]|sin fuerza|no (?:lo|la) siento)",
    r"no (?:puedo|puede|podia|podia) (?:agarrar|sostener|levantar|mover|apretar|cerrar|usar) (?:\w+ ){0,3}?(?:con )?(?:la|el|mi|su) (?:mano|brazo|pierna) (?:derech[oa]|izquierd[oa])",
    r"(?:can not|cant|could not|couldnt) (?:grip|hold|grab|pick up|lift|squeeze|close|use) (?:\w+ ){0,3}?(?:with )?(?:my|his|her|the) (?:left|right) (?:hand|arm)",
    r"!(?:sangrado|sangrando|sangro|bleeding|bleed)\b[^?]{0,60}(?:embarazada|pregnant|\d+ (?:semanas|weeks))|(?:embarazada|pregnant) (?:de )?(?:\d+ (?:semanas|weeks))?[^?]{0,40}(?:sangrado|sangrando|bleeding)|(?:barriga|panza|belly|stomach) (?:se me pone|se pone|is getting|gets|is) (?:dura|hard|tight)[^?]{0,40}(?:duele|hurts|pain|sangr\w*|bleed\w*)",
    # more of the same families (round 11)
    # a racing heart and then a faint (the other order is above); a pacemaker or defibrillator with a faint or shocks
    rf"(?:heart|corazon) {W}{{0,4}}(?:racing|pounding|skipping|fluttering|beating (?:so |really |super |very )?(?:fast|hard|weird)|(?:me |le )?(?:esta )?(?:latiendo|late|palpitando) (?:muy |bien |super |demasiado )?(?:rapid\w*|fuerte|a mil|raro)|acelerad[oa]|a mil|brincando)\b[^?]{{0,60}}(?:fainted|passed out|blacked out|collapsed|me desmaye|se desmayo|me desvaneci|me cai|desmay\w*)",
    r"(?:pacemaker|marcapasos|defibrillator|desfibrilador|icd)\b[^?]{0,80}(?:fainted|passed out|blacked out|collapsed|desmay\w*|shocked me|shocking me|keeps shocking|went off|me dio (?:una |varias )?descargas?|me esta dando descargas)|(?:fainted|passed out|blacked out|collapsed|me desmaye|se desmayo)\b[^?]{0,80}(?:pacemaker|marcapasos|defibrillator|desfibrilador)",
    # more of the same families (round 12)
    # a limb without blood inside a pain patient's message: cold, pale or mottled, no pulse
    rf"{LIMB} {W}{{0,4}}(?:is |are |went |turned |got |looks |feels |esta |se (?:me |le )?puso )?(?:all |so |really |super |bien |muy )?{LIMB_COLD}\b[^.?!]{{0,40}}?\b(?:{LIMB_PALE}|{NO_PULSE}|(?:can not|could not) (?:move|feel) (?:my |his |her |the )?(?:toes|fingers|foot|hand|leg))",
    rf"{LIMB} {W}{{0,4}}(?:is |are |went |turned |got |looks |esta |se (?:me |le )?puso )?(?:all |so |really |bien |muy )?{LIMB_PALE}\b[^.?!]{{0,40}}?\b(?:{LIMB_COLD}|{NO_PULSE})",
    rf"(?:{LIMB_COLD}|{LIMB_PALE}),? (?:and |y )?(?:{W}{{0,2}})?{NO_PULSE}|{NO_PULSE},? (?:and |y )?(?:{LIMB_COLD}|{LIMB_PALE})\b|{LIMB}[^.?!]{{0,60}}?\b{NO_PULSE}",
    # a stroke told in Spanish (a mouth twisting, words that will not come) or by words coming out wrong
    r"(?:se me|se le) (?:tuerce|torcio|esta torciendo|cae|cayo|esta cayendo|ladea|ladeo) (?:la )?(?:boca|cara|sonrisa)|(?:boca|sonrisa) (?:chueca|torcida|ladeada|de lado)",
    r"(?:boca|cara|brazo|mano|pierna|lado)[^.?!]{0,60}no (?:me|le) salen (?:bien )?las palabras|no (?:me|le) salen (?:bien )?las palabras[^.?!]{0,60}(?:boca|cara|brazo|mano|pierna|lado)|(?:arrastra|arrastrando|arrastro) las palabras",
    r"(?:my|his|her) (?:words|speech) (?:are |is |keep |keeps )?(?:coming out |come out |comes out )?(?:jumbled|scrambled|garbled|all wrong|wrong|mixed up|like gibberish|gibberish)\b(?! when)",
    # more of the same families (round 15)
    # pressure or tightness in the chest, in Spanish (whatever it is blamed on: nerves, panic)
    rf"!(?:presion|opresion|pesadez|peso|apreton|ardor|punzada|piquete) {W}{{0,2}}(?:en el|del|en mi|sobre el) pecho",
    r"(?:me|le|te|nos) (?:aprieta|oprime|presiona|pesa|arde|quema|aplasta) (?:mucho |muchisimo |bien fuerte |fuerte )?(?:el )?pecho|(?:pecho|corazon) (?:bien |muy |super )?(?:apretado|oprimido|pesado)",
    # seizures one after another, without waking up in between
    r"!(?:seizures?|convulsions?|convulsiones|fits|crisis (?:epilepticas|convulsivas)|ataques (?:epilepticos|de epilepsia))\b[^.?!]{0,40}?\b(?:in a row|back to back|one after (?:another|the other)|una (?:tras|detras de|despues de) otra|seguidas|sin parar|non ?stop)|status epilepticus|estatus epileptico",
    r"(?:without|not|never|no|sin) (?:waking|wakes|woke|coming to|comes to|come to|came to|come round|comes round|came round|coming round|come around|comes around|despertar|despierta|recuperar\w*|reaccionar|volver en si|vuelve en si) (?:up )?(?:in )?(?:between|entre (?:una y otra|ellas|ellos|medio|cada una|convulsiones))",
    r"!(?:one|a|una|un) (?:seizure|fit|convulsion|ataque epileptico) (?:and (?:then )?|then |y (?:luego |despues )?|tras )(?:another|otra|otro)\b",
    # shaking and a racing heart some hours after a dose
    rf"{TREATED}[^?]{{0,100}}?\b(?:{SHAKY}\b[^?]{{0,60}}?\b{RACING}|{RACING}\b[^?]{{0,60}}?\b{SHAKY})",
    rf"(?:{SHAKY}\b[^?]{{0,60}}?\b{RACING}|{RACING}\b[^?]{{0,60}}?\b{SHAKY})\b[^?]{{0,80}}?\b{TREATED}",
    # the worst, sudden headache (thunderclap), in Spanish
    rf"{HEADACHE_ES} {W}{{0,6}}(?:como (?:un|una) (?:trueno|golpe|balazo|explosion|rayo|martillazo|latigazo|bomba|mazazo)|explosiv\w*|(?:el )?(?:mas fuerte|peor|mas intenso) (?:que he (?:tenido|sentido)|de mi vida|en mi vida))",
    rf"{SUDDEN_ES} {W}{{0,6}}(?:un |el )?{HEADACHE_ES}\b[^.?!]{{0,30}}?\b{SEVERE_ES}|{HEADACHE_ES}\b[^.?!]{{0,30}}?\b{SEVERE_ES}\b[^.?!]{{0,30}}?\b{SUDDEN_ES}|{HEADACHE_ES}\b[^.?!]{{0,20}}?\b{SUDDEN_ES}\b[^.?!]{{0,30}}?\b{SEVERE_ES}",
    # a very high blood pressure (or chest pain) after a dose
    rf"{TREATED}[^?]{{0,80}}?\b{BP_VERY_HIGH}|{BP_VERY_HIGH}\b[^?]{{0,60}}?\b{TREATED}",
    # swelling after an antibiotic or a new medicine, with swallowing hard
    rf"!(?:gave|given|prescribed|dieron|le dieron|me dieron|pusieron|le pusieron|me pusieron|recetaron|me recetaron|le recetaron|inyectaron|tomando|se tomo|me tome|empezo|empece|inicie|started|starting|on) [^.?!]{{0,30}}{ALLERGEN}[^?]{{0,100}}(?:{ALLERGY_SIGN}|inflam\w*|swallow\w*|tragar|pasar (?:la )?saliva|hinch\w*|swell\w*)",
    rf"{ALLERGEN}[^?]{{0,100}}?(?:se (?:me|le) (?:inflamo|inflamaron|esta inflamando|estan inflamando|hincho|hincharon) (?:la |el |los )?(?:garganta|lengua|labios|cara|boca|ojos)|(?:me|le) cuesta (?:mucho )?(?:tragar|pasar (?:la )?saliva))",
    # vomiting and confusion after a dose
    rf"!{TREATED}[^?]{{0,80}}?\b(?:{VOMITING}\b[^?]{{0,60}}?\b{CONFUSED}|{CONFUSED}\b[^?]{{0,60}}?\b{VOMITING})",
    rf"!(?:{VOMITING}\b[^?]{{0,60}}?\b{CONFUSED}|{CONFUSED}\b[^?]{{0,60}}?\b{VOMITING})\b[^?]{{0,60}}?\b{TREATED}",
    # more of the same families (round 16)
    # a head hit in a fall or a crash, and confusion after it
    rf"(?:{HEAD_HIT})\b[^?]{{0,100}}?\b(?:{CONFUSION})|(?:{CONFUSION})\b[^?]{{0,60}}?\b(?:{HEAD_HIT})",
    rf"(?:{CRASH})\b[^?]{{0,100}}?\b(?:{CONFUSION})|(?:{CONFUSION})\b[^?]{{0,40}}?\b(?:after|since|from|despues del?|desde el|tras el|por el) (?:the |a |el |la )?(?:{CRASH})",
    # a stimulant taken (cocaine, meth, speed), and the chest
    # (not a question of what the drug can cause: "can adderall cause chest pain")
    rf"{STIMULANT}\b(?:(?!\b(?:cause|causes|causing|give|gives|lead to|leads to|trigger|triggers|risk|raise|raises|increase|causar|causa|dar|da|provocar|provoca)\b)[^?]){{0,100}}?\b(?:{CHEST_PAIN}|heart attack|infarto)|"
    rf"{CHEST_PAIN}\b[^?]{{0,60}}?\b(?:after|since|from|despues de|desde que|por) (?:\w+ ){{0,3}}?{STIMULANT}\b",
    # legs without feeling after a crash or a fall
    rf"(?:{CRASH}|fell|fall|se cayo|me cai|caida|dive|clavado|thrown)\b[^?]{{0,120}}?\b(?:{NO_FEELING})|(?:{NO_FEELING})\b[^?]{{0,60}}?\b(?:after|since|from|despues del?|desde el|tras el|por el) (?:the |a |el |la )?(?:{CRASH}|fall|caida)",
    # swelling after an injected supplement, a vitamin shot or drip
    rf"{INJECTED_SUPPLEMENT}\b[^?]{{0,100}}?(?:{ALLERGY_SIGN}|inflam\w*|puff\w*|swell\w*|hinch\w*|(?:can not|cant|hard to) (?:swallow|breathe)|(?:cuesta|no puedo) (?:tragar|respirar))",
]

# --- messages about studying or writing: signs become topics -----------------

# A professional who writes about their own family is not studying ("i am a
# nurse but this is my own kid").
NOT_STUDY: List[str] = [
    r"(?:this|it) is (?:about )?my own|my own (?:kid|child|son|daughter|baby|mother|father|mom|dad|husband|wife|partner|brother|sister)|off duty|"
    r"(?:pero|y) (?:es|se trata de) (?:mi propi[oa]|mi) (?:hij[oa]|bebe|mama|papa|espos[oa])",
    # something happening as the message is written is never a study topic
    r"right now|ahora mismo|at this moment|en este momento|please help|help me|ayudenme|ayudame",
    # round 16: someone down in front of the writer, naloxone sought now; or a method asked for oneself
    r"(?:where|donde)\b[^?.!]{0,40}\b(?:narcan|naloxone|naloxona)\b[^?.!]{0,30}?\b(?:fast|quick\w*|now|asap|ya|rapido|cerca|here|aqui|aca|kept|nearest|closest)\b|(?:nearest|closest|mas cercan[oa]) (?:narcan|naloxone|naloxona)",
    r"(?:there is|there's|hay) (?:a|an|un|una|este|esta) (?:guy|man|woman|lady|person|kid|teen|stranger|senor|senora|muchacho|muchacha|chavo|chava|joven|persona|hombre|mujer|desconocid[oa]|chico|chica)\b|"
    r"(?:a|an|the|this|un|una|el|la|este|esta) (?:guy|man|woman|lady|person|stranger|senor|senora|muchacho|muchacha|chavo|joven|persona|hombre|mujer|chico|chica) (?:here|right here|next to me|near me|aqui|aca|al lado|junto a mi|en el|en la|in the|at the|on the)\b",
    r"(?:to not wake up|para no despertar|(?:for|para) (?:me|myself|someone my (?:size|weight)|alguien de mi (?:peso|tamano))\b(?! (?:and|y) (?:my|mi) (?:class|clase|exam|examen))|para (?:morirme|matarme)|(?:kill|end) myself|do it painlessly|would do it)",    # round 20: someone here who refuses the hospital or the ambulance (a nurse's own neighbour)
    r"(?:se niega|se rehusa|no quiere|no se deja llevar) (?:a )?(?:ir|que (?:le )?(?:llame|llamemos|llamen)|ser llevad[oa])\b[^.?!]{0,30}?\b(?:hospital|urgencias|emergencias|911|ambulancia|medico|clinica)|"
    r"refus\w* (?:to go to |to call |to let (?:me|us) call |to get in )?(?:the )?(?:er|hospital|ambulance|ems|911|transport|emergency room)\b|(?:will not|does not want to) go to the (?:er|hospital|emergency room)",
]

STUDY_MARKERS: List[str] = [
    # round 16: licensing exams and question banks
    r"nclex|usmle|enarm|board exams?|practice (?:question|exam|test)s?|(?:test|exam) questions?|question bank|qbank|uworld|(?:examen|prueba|quiz|parcial|pregunta\w*) (?:de|del) (?:\w+ )?(?:enfermeria|medicina|farmacologia|farmacia|paramedico|examen)",
    r"(?:studying|study|studies) (?:for|about|on)", r"(?:emt|nursing|medical|pharmacy|pa) (?:school|exam|class|student)",
    r"(?:health|psych|psychology|pharmacology|first aid|cpr|biology) (?:class|course|exam)",
    r"(?:writing|write|doing) (?:a |my )?(?:paper|essay|report|project|thesis|story|novel|article)",
    r"(?:for|in) (?:a |my )?(?:class|course|training|exam|homework|assignment)", r"for school",
    r"(?:i am|i'm) (?:a |an )?(?:nurse|emt|paramedic|doctor|student|therapist|counselor|pharmacist)",
    r"(?:estudiando|estudio) para", r"para (?:una|mi) clase",
    r"(?:my |our |the )?(?:pharmacology|nursing|psych|psychology|biology|chemistry|anatomy|pharm|medical school) (?:professor|teacher|instructor|lecturer)",
    r"(?:nursing|pharmacy|pharm|med|medical|emt|paramedic|pa|np|psych|premed|pre med) (?:student|exam|school|class|final|quiz|test)",
    r"(?:escribo|escribiendo|estoy escribiendo|writing) (?:una |un |a )?(?:novela|cuento|libro|historia|guion|novel|screenplay|short story)",
    r"(?:trabajo|tarea|ensayo|tesis|investigacion|proyecto) (?:pa'?|para|de) (?:la |el |mi )?(?:universidad|escuela|clase|colegio|maestria)",
    rf"(?<!looking )(?<!need )(?<!want )(?<!asking )(?:for|in|on) (?:a |my |the |our )?{W}{{0,2}}(?:paper|exam|quiz|final|midterm|homework|assignment|thesis|dissertation|lecture)\b(?! (?:towel|towels|bag|cup|plate|napkin|clip|cut))",
    # a school or science project, a student of a health field, "learning about" a topic
    r"(?:school|science|class|group|research|final|health|biology|chemistry) (?:project|fair|assignment|presentation|report)|(?:for|in) (?:a |my |our )?project\b",
    r"(?:estudiante|alumn[oa]) de (?:enfermeria|medicina|farmacia|psicologia|paramedico|paramedicos|tecnico|biologia|quimica|salud)|"
    r"(?:estoy|estamos) (?:estudiando|aprendiendo sobre|viendo en clase)|(?:proyecto|trabajo|tarea) (?:de|para) (?:la )?(?:escuela|clase|ciencias|universidad|biologia)",
    r"(?:i am|we are|i have been|we have been) (?:studying|learning about|reading up on|going over|reviewing)\b|(?:nursing|medical|pharmacy|emt|paramedic|pa|psychology|psych) (?:students?|program|cohort|rotation|clinicals)",
    # asking for training or a class (for oneself, a family, staff, a community): topics, not events (round 11)
    r"(?:training|trainings|trained|classes|class|courses?|workshops?|in-?services?|seminars?|talks?|charlas?|taller(?:es)?|cursos?|capacitacion\w*|entrenamientos?|clases?) (?:\w+ ){0,4}?(?:on|about|in|for|sobre|de|en|para) (?:\w+ ){0,3}?(?:overdose|overdoses|naloxone|narcan|cpr|first aid|bls|sobredosis|naloxona|primeros auxilios|rcp|prevencion)",
    r"(?:overdose|naloxone|narcan|cpr|first aid|bls|sobredosis|naloxona|primeros auxilios|rcp) (?:\w+ ){0,2}?(?:training|trainings|classes|class|courses?|workshops?|in-?services?|seminars?|charlas?|taller(?:es)?|cursos?|capacitacion\w*|entrenamientos?)\b",
    r"(?:get|be|getting|become|ser|estar) (?:properly |officially |formally )?(?:trained|certified|capacitad[oa]s?|entrenad[oa]s?)\b|do (?:you|u|yall|y'all) (?:guys )?(?:teach|offer|give|run|host|do) (?:that|this|those|it|classes|trainings?|courses?|workshops?)\b|(?:dan|ofrecen|hacen|tienen) (?:charlas|talleres|cursos|clases|capacitaciones|entrenamientos)\b",
    r"(?:soy|es|trabajo como|trabajo de) (?:un |una )?(?:enfermer[oa]|paramedico|paramedica|medic[oa]|doctora?|estudiante|terapeuta|trabajador[a]? social|farmaceutic[oa]|asistente de salud|auxiliar de enfermeria|home health aide)\b(?! (?:y|pero) (?:mi|es mi))",
    # round 19: a thesis, a dissertation or research on the treatment (a graduate student's study topic)
    r"(?:my|our|a|the|mi|una|la|nuestra) (?:senior |master'?s |masters |doctoral |phd |honors |undergrad |undergraduate |grad |graduate |final )?(?:thesis|dissertation|capstone|tesis|tesina|disertacion)\b|"
    r"(?:(?:researching|doing (?:my |some )?research (?:on|about|into)|research (?:paper|project|proposal|study) (?:on|about)) (?:the (?:use|effects?|efficacy|evidence|role) of )?(?:ketamine|esketamine|spravato|psychedelics|treatments?|therapies|interventions|medications?)|literature review|lit review|"
    r"investigando (?:sobre|acerca de)|(?:mi|una) investigacion (?:sobre|acerca de)|(?:estudiante|alumn[oa]) de (?:maestria|doctorado|posgrado)|"
    r"(?:grad|graduate|phd|doctoral|master'?s|masters) (?:student|program|candidate))\b",
    # round 20: a newsletter, a column or an article for a magazine or a bulletin
    r"(?:writing|write|wrote|drafting|working on|putting together|doing|preparing) (?:a |an |my |our |the |this )?(?:\w+ ){0,2}?"
    r"(?:newsletter|blog post|column|piece|article|feature|zine|op-?ed|bulletin|magazine story|news story|podcast episode|presentation)\b|"
    r"for (?:our|my|the|a) (?:\w+ )?(?:newsletter|bulletin|magazine|zine|podcast)\b|"
    r"(?:escribo|escribiendo|estoy escribiendo|escribi|redacto|redactando|preparo|preparando) (?:un |una |el |la |mi |nuestro |nuestra )?(?:\w+ )?"
    r"(?:articulo|boletin|columna|reportaje|blog|presentacion|nota periodistica|publicacion)\b|para (?:el|nuestro|la|nuestra|un|una) (?:boletin|newsletter|revista|periodico|blog|podcast)\b",
]

# --- round 17's families (more of the same kinds) ----------------------------

THINNER = (
    r"(?:eliquis|apixaban|warfarin\w*|warfarina|coumadin|jantoven|xarelto|rivaroxaban|pradaxa|dabigatran|savaysa|edoxaban|"
    r"blood thinners?|anticoagula\w*|adelgazador\w* de (?:la )?sangre|pastillas? para (?:adelgazar|diluir) la sangre)"
)
HEAD_STRUCK = (
    r"(?:hit|banged|bumped|struck|smacked|knocked|cracked) (?:\w+ ){0,3}?head|"
    r"(?:golpe\w*|pego|pegue|se pego|me pegue|se dio|me di|se lastimo|pegandose|pegarse) (?:\w+ ){0,3}?(?:cabeza|cabezazo)|cabezazo"
)
AFTER_HEAD_SIGN = (
    r"(?:headache|head (?:is |keeps )?(?:pounding|killing|hurting|hurts)|dolor de cabeza|le duele (?:mucho )?la cabeza|me duele (?:mucho )?la cabeza|"
    r"vomit\w*|throw\w* up|threw up|puk\w*|nause\w*|sick to (?:her|his|my) stomach|drowsy|confus\w*|somnolient\w*|mare\w*)"
)
WILD_FOOD = (
    r"(?:wild )?(?:mushrooms?|toadstools?|berries|berry|plants?|leaves|leaf|flowers?|seeds|bulbs?|hongos?|setas?|bayas?|moras? silvestres|frutitas|plantas?|hojas|flores|semillas)"
)
CHILD_SICK = (
    r"(?:vomit\w*|throw\w* up|threw up|puk\w*|sleepy|drowsy|lethargic|floppy|(?:can|could) (?:barely|hardly|not) (?:stay|keep) awake|"
    r"somnolient\w*|adormilad\w*|muy dormid[oa]|letargic\w*|no (?:se )?(?:puede )?mantener(?:se)? despiert[oa]|decaid[oa]|aguadit[oa])"
)
CHILD_SPRAY_SIGN = (
    r"(?:stumbl\w*|stagger\w*|wobbl\w*|(?:can not|cant|can't) (?:walk|stand)|eyes (?:\w+ ){0,2}?(?:jerk\w*|twitch\w*|bounc\w*|flick\w*|darting|moving side to side)|nystagmus|"
    r"vomit\w*|throw\w* up|threw up|tambale\w*|se cae|no puede caminar|ojos (?:\w+ ){0,3}?(?:brinc\w*|se mueven|moviendose|temblando|bailando)|mare\w*)"
)
BACK_UNDER = (
    r"(?:went|goes|going|gone|slipp\w*|fad\w*|drift\w*|nodd\w*|passed|pass) (?:right )?(?:back )?(?:under|out|off) again|(?:went|goes|going|slipped|fell) back (?:under|out|to sleep)|back under|"
    r"fading (?:out )?again|se vuelve a (?:ir|dormir|desmayar|apagar|quedar)|se volvio a (?:ir|dormir|desmayar|apagar|quedar)|"
    r"volvio a (?:quedarse|dormirse|irse|perderse|desmayarse|apagarse|caer)|vuelve a (?:quedarse|dormirse|irse|perderse|desmayarse|apagarse|caer)|se (?:nos |me )?(?:vuelve|volvio) a ir"
)
EVERY_HOUR = (
    r"(?:every|each) (?:hour|\d+ hours?|two hours|couple (?:of )?hours)|all day(?: long)?|round the clock|cada (?:hora|\d+ horas?|dos horas|rato)|todo el (?:santo )?dia|hourly"
)
RIGHT_SIDE = (
    r"(?:right (?:side|upper|belly|stomach|abdomen)|under (?:my|his|her|the) right ribs|right ribs|lado derecho|costado derecho|costillas derechas|debajo de las costillas|"
    r"vomit\w*|throw\w* up|threw up|nause\w*|yellow|amarill\w*)"
)
BLOOD_LIVING = r"(?:keep living|go on living|to live|be alive|stay alive|go on|exist|be here|seguir viv[oa]s?|seguir viviendo|vivir|existir|estar viv[oa]|estar aqui|seguir aqui)"
TUB = r"(?:bathtub|bath tub|tub|bath|banera|tina)"

SELF_HARM = SELF_HARM + [
    # round 17: done waiting for the treatment to work, and the tub filling
    rf"(?:done|finished|through|tired of|sick of|over) (?:\w+ ){{0,2}}?(?:waiting|esperar)\b[^?]{{0,120}}?\b{TUB}\b (?:\w+ ){{0,2}}?(?:filling|running|full|ready|llenando|llena|lista)|"
    rf"(?:me )?(?:canse|cansad[oa]|hart[oa]) de esperar\b[^?]{{0,120}}?\b{TUB}\b (?:\w+ ){{0,2}}?(?:filling|running|full|ready|llenando|llena|lista)",
    # round 17: a whole bottle just swallowed, with an apology or a word that no one is to blame
    r"(?:just (?:took|swallowed|downed|ate)|(?:me )?acabo de (?:tomar(?:me)?|tragar(?:me)?)|me tome|me trague) (?:\w+ ){0,2}?(?:whole|entire|all (?:of )?(?:the|my)|todo el|toda la|todos los|todas las) (?:\w+ ){0,1}?(?:bottle|frasco|pomo|botella|caja|pastillas|pills)\b"
    r"[^?]{0,160}?\b(?:sorry|forgive me|apolog\w*|fault|perdon\w*|lo siento|culpa)\b",
    # round 17: in the bathtub with a blade
    rf"(?:i am|im|sitting|lying|laying|estoy|sentad[oa]|acostad[oa]|metid[oa]) (?:\w+ ){{0,2}}?(?:in|en) (?:the |my |la |mi )?{TUB}\b[^?.]{{0,30}}?\b(?:with|con) (?:\w+ ){{0,2}}?{BLADE}",
]

POSSIBLE_RISK = POSSIBLE_RISK + [
    # round 17: the life insurance worth more than me
    r"(?:life insurance|seguro de vida|(?:the |my |la |mi )?(?:policy|poliza))\b[^?]{0,80}?\b(?:worth more|would do more|do more|vale mas|valdria mas|valgo menos|serviria mas|better off)\b[^?]{0,40}?\b(?:than (?:me|i|with me|i do|i am)|que yo|que conmigo)\b|"
    r"better off with (?:the )?(?:life insurance|insurance money|the policy|the payout)",
    # round 17: a calm thought that dying would be peaceful
    r"(?:dying|death|being dead|to die|morir\w*|la muerte|estar muert[oa]) (?:would|seria|se sentiria) (?:be |feel |sentirse )?(?:so |muy |really |just |bien )?(?:peaceful|tranquil[oa]|calm|en paz|pacific[oa]|a relief|un alivio|un descanso|restful|nice)",
    # round 17: not deserving to go on living
    rf"(?:do not|dont|not|never) (?:\w+ ){{0,1}}?deserve (?:to )?{BLOOD_LIVING}|no (?:merezco|mereces|merece|merecer) {BLOOD_LIVING}",
    # round 17: not knowing what one gets up for any more
    r"(?:do not|dont) (?:even |really )?know (?:what|why) i (?:even |still )?(?:get up|wake up|get out of bed|bother getting up)\b|"
    r"no se (?:ni )?(?:para|pa|por) que (?:me )?(?:levanto|despierto|sigo aqui|sigo viv[oa]|vivo)\b",
    # round 17: an old parent who wants to join a dead spouse in heaven
    r"(?:wants?|wanted|ready|wish\w*|longs?|longing) to (?:go )?(?:and )?(?:be with|join|see|go to) (?:\w+ ){1,2}?in heaven|"
    r"(?:se |me )?(?:quiere|quiero|queria) (?:ir(?:se|me)?|estar|reunir(?:se|me)) con (?:mi |su )?\w+ (?:al|en el) cielo|(?:se |me )?(?:quiere|quiero) ir al cielo con",
    # round 17: God asked to take them now
    r"(?:ask\w*|pray\w*|beg\w*) (?:for )?god (?:to |that he |for )?(?:just |please |already )?(?:take|takes|call|bring) (?:me|him|her)\b(?! to (?:the|my|his|her) (?:appointment|clinic|session))|"
    r"(?:pido|pide|pedimos|ruego|ruega|rezo|reza) (?:a dios|al senor|a diosito) (?:que |para que )?(?:ya )?(?:me|lo|la) (?:lleve|recoja|llame)|(?:que|ojala) dios (?:ya )?me (?:lleve|recoja)(?! con bien\b)",
    # round 17: everyone calmer without me
    r"(?:everyone|everybody|my family|my kids|they|todos|todo el mundo|mi familia|mis hijos) (?:\w+ ){0,2}?(?:would|will|estarian|estaria|vivirian|serian) (?:be |live )?(?:so |much |so much |a lot )?"
    r"(?:calmer|more peaceful|more relaxed|less stressed|at peace|mas tranquil[oa]s?|mas en paz|en paz|mas relajad[oa]s|mas felices|mejor) (?:\w+ ){0,1}?(?:without me|sin mi)\b",
]

OVERDOSE = OVERDOSE + [
    # round 17: a child and a parent's nasal spray, many times, staggering or eyes jerking
    rf"{NASAL_SPRAY}\b[^?]{{0,80}}?\b(?:{MANY_TIMES}|a bunch of times|a lot|a ton|todo|over and over)\b[^?]{{0,120}}?\b{CHILD_SPRAY_SIGN}",
    # round 17: naloxone given, woke briefly, and back under
    rf"{NALOXONE}\b[^?]{{0,140}}?\b(?:{BACK_UNDER})",
    # round 17: acetaminophen every hour all day, and the right side or vomiting
    rf"{ACETAMINOPHEN}\b[^?]{{0,60}}?\b(?:{EVERY_HOUR})\b[^?]{{0,160}}?\b{RIGHT_SIDE}",
]

MEDICAL = MEDICAL + [
    # round 17: a blood thinner, a blow to the head, then a headache or vomiting
    rf"{THINNER}\b[^?]{{0,200}}?\b(?:{HEAD_STRUCK})\b[^?]{{0,160}}?\b{AFTER_HEAD_SIGN}",
    rf"(?:{HEAD_STRUCK})\b[^?]{{0,160}}?\b{AFTER_HEAD_SIGN}\b[^?]{{0,120}}?\b{THINNER}",
    # round 17: after a ketamine dose at home, an irregular heartbeat, or pale and sweaty
    rf"!{KETAMINE_WORD}[^?]{{0,120}}?\b(?:heart\w* (?:\w+ ){{0,3}}?(?:irregular|skipping|all over the place)|irregular heart\w*|latido\w* irregular\w*|corazon (?:\w+ ){{0,3}}?(?:irregular|desigual|desordenado)|"
    r"(?:pale|palid[oa]) (?:and|y) (?:sweaty|clammy|sudad[oa]|sudoros[oa]))",
    # round 17: a young child who ate mushrooms, berries or a plant, vomiting or very sleepy
    rf"(?:ate|eaten|eating|chewed|swallowed|got into|put|comio|se comio|mastico|se trago|se metio) (?:\w+ ){{0,4}}?{WILD_FOOD}\b[^?]{{0,120}}?\b{CHILD_SICK}",
]

# --- round 18's families (more of the same kinds) ----------------------------

# The means at hand: the bottle, the spray or the pills right where the writer is.
AT_HAND = (
    r"(?:right here|here with me|with me (?:right )?now|right next to me|next to me|beside me|in front of me|"
    r"in my (?:hand|hands|lap|pocket|purse|bag|room)|on my (?:nightstand|desk|counter|lap|bed|table)|under (?:the|my) (?:sink|bed)|"
    r"(?:i have|i have got|i got|i am holding|holding) (?:it|them|the \w+|my \w+|a \w+|some|the whole \w+)(?: \w+){0,2}? (?:right )?(?:here|with me|ready|out)|"
    r"(?:ya )?(?:lo|la|los|las) tengo (?:\w+ ){0,2}?(?:aqui|aca|a la mano|en la mano|conmigo|list[oa]s?|al lado|enfrente|en el \w+|en la \w+)|"
    r"(?:tengo|tiene) (?:el|la|los|las|mi|mis|un|una) (?:\w+ ){0,3}?(?:aqui|aca|en la mano|a la mano|conmigo|al lado)|"
    r"aqui (?:mismo|conmigo|al lado|a mi lado|en la mano|enfrente)|en la mano|a la mano|al lado mio|junto a mi|enfrente de mi|"
    r"(?:aqui|aca) (?:lo |la |los |las )?(?:tengo|traigo)|i am holding (?:it|them|the \w+|a \w+|my \w+)\b|(?:esta|estan) (?:aqui|aca) (?:conmigo|en \w+|al lado)|(?:it is|they are) (?:right )?(?:here|in front of me|next to me|on the \w+|in the \w+)|"
    r"(?:i have|i got|i bought|i am holding|got|tengo|traigo|compre) (?:a |the |my |un |una |el |la |mi |mis )?(?:full |whole |new |brand new |big |entire |nuevo |nueva |grande )?"
    r"(?:bottle|bottles|jug|gallon|box|pack|container|frasco|frascos|botella|bote|galon|caja|envase|blister))"
)
# A lethal amount or dose, named in Spanish order too ("la dosis letal", "una dosis mortal"),
# or asked as "is it lethal", "would it kill me", "if i took all of these would i die".
LETHAL_AMOUNT = (
    rf"(?:{LETHAL_Q}|(?:dosis|cantidad) (?:letal|mortal|fatal)|"
    r"(?:how (?:much|many)|what (?:amount|dose)|cuant[oa]s?|que cantidad|que tant[oa]s?)\b[^?]{0,60}?\b"
    r"(?:to not survive|not to survive|so i (?:do not|dont|would not|will not) survive|para no sobrevivir|no sobrevivir\w*|mata|matan|mataria|matarian|kills?|would do it|to do it|para hacerlo|"
    r"(?:to|para) (?:not wake up|never wake up|no despertar\w*|no volver a despertar|morir\w*|die)|(?:for me |para mi )?not to wake up|para que no (?:despierte|vuelva a despertar)|"
    r"(?:to|para) (?:end it|end my life|acabar con (?:todo|mi vida))|(?:to|para) (?:overdose|(?:una )?sobredosis)|(?:an|una) (?:overdose|sobredosis))\b|"
    r"con cuant[oa]s (?:\w+ ){0,3}?(?:me muero|se muere|uno se muere|te mueres|me mato|mueres|moriria)\b|"
    r"(?:is|are|would|will|could|es|son|seria|serian|sera|seran) (?:\w+ ){0,6}?(?:lethal|fatal|deadly|letal(?:es)?|mortal(?:es)?)\b|"
    r"(?:would|will|could|does|do|can) (?:\w+ ){0,5}?(?:kill me|kill a person|kill someone|kill you)\b|"
    r"(?:if i|si (?:me|yo)) (?:took|take|drank|drink|swallowed|used|use|tomo|tomara|tomase|bebo|bebiera|trago|tragara|uso|usara|me tomo|me tomara) (?:\w+ ){0,5}?"
    r"(?:would i die|will i die|would it kill me|would that kill me|would that do it|me muero|me moriria|me mataria|moriria|me mata)\b|"
    r"enough (?:\w+ ){0,4}?to (?:overdose|die|kill (?:me|myself)|not wake up)|suficiente\w* (?:\w+ ){0,3}?para (?:morir\w*|matarme|no despertar))"
)
# ...not a question about mixing with a drink ("is it lethal to mix ketamine and alcohol?").
NOT_MIXING = (
    r"(?![^.?!]*\b(?:mix|mixing|mixed|combine|combining|mezclar|mezclo|combinar|combino)\b[^.?!]{0,40}?\b(?:alcohol|wine|beer|a drink|drinks|liquor|vino|cerveza|tragos?|licor)\b)"
)
# Any word of death from a dose, for the question beside the means at hand.
LETHAL_ANY = (
    r"(?:lethal|fatal|deadly|letal(?:es)?|mortal(?:es)?|kill me|matarme|me mataria|me mata|me muero|me moriria|to die\b|para morir\w*|to not wake up|para no despertar)"
)
# An appointment, a session or a visit to come.
APPOINTMENT = (
    r"(?:appointments?|appts?|sessions?|infusions?|visits?|consults?|consultations?|slots?|follow ?ups?|bookings?|intake|schedule|calendar|"
    r"citas?|consultas?|sesion(?:es)?|infusion(?:es)?|turnos?|visitas?)"
)
# Not alive by then, not reaching the day (not "i will not make it to the appointment").
WILL_NOT = (
    r"(?:will not|wont|am not going to|not going to|do not think i will|dont think i will|do not think i am going to|doubt i will|probably will not|i will not)"
)
UNTIL_THEN = (
    r"(?:by then|until then|till then|that long|that far|to (?:see )?(?:then|that day|the day|it)\b|for (?:it|that)\b|"
    r"(?:until|till|to) (?:the|my|that) (?:appointment|session|infusion|visit|date)|next (?:week|month)|by (?:next|the) \w+)"
)
WEEKDAY_ES = r"(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|fin de semana|fin de mes)"
NOT_ALIVE_BY = (
    rf"(?:{WILL_NOT} (?:still )?(?:be (?:alive|still alive|living|breathing|here|around)|make it|live|last) {UNTIL_THEN}|"
    rf"{WILL_NOT} live to see|"
    r"(?:ya )?no (?:voy a|creo que|pienso|creo) (?:estar|llegar|seguir|llegue|este|siga)(?: viv[oa]| aqui| con vida)? "
    rf"(?:para entonces|para ese dia|a ese dia|hasta ese dia|hasta entonces|hasta alla|a esa fecha|hasta esa fecha|a la fecha|para la fecha|para la cita|a la cita|hasta la cita|al {WEEKDAY_ES}|hasta el {WEEKDAY_ES})|"
    rf"(?:para|a) (?:ese dia|entonces|esa fecha|la fecha|la cita|el {WEEKDAY_ES}) ya no (?:voy a estar|estare|estoy|existo|voy a existir|voy a seguir)|"
    r"no (?:creo que )?(?:llegue|voy a llegar|llego|llegare) viv[oa]|(?:ya )?no voy a estar viv[oa]|"
    r"(?:para entonces|para ese dia|para esa fecha|para la cita) ya no (?:voy a )?exist\w*|ya no (?:voy a )?existir (?:para entonces|para ese dia|para la cita)|"
    rf"{WILL_NOT} (?:still )?exist (?:by then|then|by that day|by the \w+|for (?:it|that|the \w+))|i (?:will not|wont) (?:even )?exist (?:by then|then))"
)
# The writer's own "i will not be alive", "i will not be around that long".
NOT_ALIVE = (
    r"i (?:will not|wont|am not going to|do not think i will|dont think i will|doubt i will|probably will not) (?:still )?be alive\b(?! (?:without|if|unless|with)\b)|"
    rf"i {WILL_NOT} (?:still )?(?:be (?:around|here)|live|last|make it) (?:that long|by then|until then|till then|to see (?:it|then|that day))"
)
# A farewell, or what is needed already bought.
HAVE_WHAT_I_NEED = (
    r"(?:(?:already )?(?:bought|got|have|picked up|ordered) (?:what|everything|all) (?:i need|i needed|i will need)|"
    r"ya (?:compre|tengo|consegui|pedi) (?:lo que|todo lo que) (?:necesito|necesitaba|ocupo|ocupaba|voy a necesitar)|ya (?:compre|consegui) todo)"
)
FAREWELL = (
    rf"(?:thanks? (?:you )?for everything|thank you for (?:everything|all (?:you have|you|your help|the help)|trying)|"
    r"gracias por todo|gracias por (?:intentarlo|tratar|todo lo que (?:hicieron|han hecho|hiciste|hizo))|"
    rf"{HAVE_WHAT_I_NEED}|goodbye|adios|bye everyone)"
)
# Not here for the appointment (said beside a farewell only: "i won't be here for my appointment, can we move it" is a trip).
NOT_HERE_FOR = (
    rf"{WILL_NOT} be (?:here|around) (?:for|by|on|at) (?:the|my|that|our|next) (?:appointment|appt|session|infusion|visit|consult)|"
    r"no (?:voy a|vo a|creo que) (?:estar|este) (?:aqui |viv[oa] )?(?:para|en) (?:la|mi) (?:cita|consulta|sesion|infusion)"
)
NOT_MAKE_IT_DAY = (
    rf"{WILL_NOT} (?:be )?(?:make it|making it|live|last) (?:to|until|till|through) (?:next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|next week|the \d+\w*)|"
    rf"no (?:voy a|creo que|creo) (?:llegar|llegue) (?:al|hasta el|a el) (?:proximo )?{WEEKDAY_ES}"
)
NOT_HERE_SOON = (
    rf"(?:{WILL_NOT}|i will not) be (?:here|around)\b|(?:ya )?no (?:voy a|vo a) estar(?: aqui| aca)?\b(?! (?:en|de|con|disponible|libre|ahi|por)\b)"
)
# Not wanting to die, and not wanting to be here either.
HERE_OR_EXIST = r"(?:be here|exist|be alive|live|keep living|keep going|wake up|be around)(?! (?:in|at|for|with|on|today|tonight|right now)\b)"
NOT_HERE_EITHER = (
    rf"(?:(?:do not|dont|not) (?:really |even )?(?:want|wanna) to {HERE_OR_EXIST}(?: \w+){{0,2}}? (?:either|anymore either)|"
    rf"(?:do not|dont|not) (?:really |actually )?(?:want|wanna) to (?:die|kill myself)\W+(?:\w+ ){{0,3}}?(?:i )?(?:just |only |simply )?(?:do not|dont) (?:want|wanna) to {HERE_OR_EXIST}|"
    r"tampoco (?:me )?(?:quiero|quiere|quisiera) (?:estar aqui|vivir|seguir\b|existir|despertar\w*|estar viv[oa]|seguir aqui|seguir viv[oa])|"
    r"(?:no|ni) (?:es que )?(?:me )?(?:quiero|quiere|quiera) morir\w*\W+(?:\w+ ){0,4}?(?:no (?:quiero|quisiera|quiere) (?:estar aqui|seguir|existir|vivir|despertar)|"
    r"(?:quiero|quisiera) (?:dejar de existir|no existir|desaparecer|no despertar))|"
    r"(?:quiero|quisiera|me gustaria|ganas de) (?:dejar de existir|no existir)\b)"
)
# Whether anyone would notice if the writer were gone.
GONE = r"(?:was gone|were gone|died|disappeared|vanished|was not here|were not here|was not around|stopped existing|was dead|were dead|killed myself|did not wake up|never woke up)"
NOTICE = r"(?:notice|care|miss me|even realize|realize|know|feel anything|be sad|cry)"
WONDER = r"(?:(?:i |sometimes i |i just |i really )?(?:wonder|ask myself|think about)|wondering|me pregunto|a veces me pregunto|me pongo a pensar)"
GONE_ES = (
    r"(?:me muriera|me muero|desapareciera|desaparezco|ya no estuviera|no estuviera|me fuera(?! (?:de|a|al|para|pa|por|con|en|unos|unas|un|una)\b)|"
    r"dejara de existir|me matara|no despertara|ya no estoy|ya no existo|me voy para siempre)"
)
NOTICE_ES = (
    r"(?:se daria cuenta|se darian cuenta|se da cuenta|lo notaria|lo notarian|lo nota|notaria|notarian|me extranaria|me extranarian|me extrana|"
    r"le importaria|les importaria|le importa|lloraria|llorarian)"
)
WOULD_ANYONE = (
    rf"(?:{WONDER} (?:if|whether) )?(?:(?:would|will|does|do) )?(?:anyone|anybody|somebody|someone|people|they|my (?:family|kids|children|friends|wife|husband|partner|parents|mom|mother|dad|father|son|daughter)) (?:would |will |'d )?(?:\w+ ){{0,2}}?{NOTICE}\b[^.?!]{{0,20}}?\b(?:if|when) i {GONE}(?! (?:for|on|to)\b)|"
    rf"(?:if|when) i {GONE}(?! (?:for|on|to)\b)[^.?!]{{0,30}}?\b(?:would|will) (?:anyone|anybody|somebody|someone|people|they) (?:\w+ ){{0,2}}?{NOTICE}\b|"
    rf"(?:{WONDER} )?(?:si|cuando) (?:yo )?{GONE_ES}\b[^.?!]{{0,40}}?\b(?:(?:alguien|nadie|alguno|mi familia|la gente|mis hijos|mis amigos) )?(?:\w+ ){{0,2}}?{NOTICE_ES}|"
    rf"(?:would|will|does) it (?:even |really )?matter (?:to anyone |to anybody )?(?:if|when) i {GONE}|(?:anyone|anybody|does anyone|would anyone) (?:even |really )?care (?:if|whether) i (?:live or die|die|lived or died)|"
    rf"(?:{WONDER} )?(?:si )?(?:(?:alguien|nadie|mi familia|mis hijos|la gente) (?:\w+ ){{0,2}}?)?{NOTICE_ES} (?:\w+ )?(?:si|cuando) (?:yo )?{GONE_ES}"
)
# Relief at the thought of dying: run over, not waking up.
RELIEF = (
    r"(?:relief|relieved|relieving|a weight off|alivio|aliviad[oa]|me alivia|me tranquiliza|"
    r"(?:feel|feels|felt|feeling|makes me feel|gives me|brings me|siento|senti|me da|me daria|me trae|me siento) (?:\w+ ){0,2}?(?:calm|peace|peaceful|comfort\w*|paz|tranquil\w*|calma|descanso))"
)
DEATH_PICTURE = (
    r"(?:(?:getting|being) (?:hit|run over|struck|killed)|(?:a|the|some) (?:bus|car|truck|train|driver) (?:\w+ )?(?:hit|hits|hitting|hitting me|ran over|running me over|would hit|took me out|killed)|"
    r"hit by (?:a|the) (?:bus|car|truck|train)|run over|not wak\w* up|never wak\w* up|did not wake up|(?:no|nunca) (?:despertara|despertase|amaneciera)|(?:die|dying) in my sleep|not (?:being|be) (?:here|around|alive)|being dead|dying|"
    r"no despertar|no volver a despertar|nunca despertar|me atropell\w*|atropell\w*|(?:un|el|algun) (?:carro|camion|bus|auto|coche|tren|trailer) me (?:atropell\w*|peg\w*|matara|mate)|"
    r"morir(?:me)? dormid[oa]|morir(?:me)?\b|me muero|me muriera|i died|i die\b|estar muert[oa]|no estar (?:aqui|viv[oa])|desaparecer)"
)
THINKING_OF = (
    r"(?:think|thinking|thought|thoughts|imagine|imagining|picture|picturing|idea|fantasi[sz]\w*|daydream\w*|"
    r"pensar|pienso|pensando|pense|imaginar|imagino|imaginando|me imagino|la idea|el pensamiento|fantase\w*)"
)
RELIEVED_BY_DEATH = (
    rf"{RELIEF}\b[^.?!]{{0,40}}?\b{THINKING_OF}\b[^.?!]{{0,40}}?\b{DEATH_PICTURE}|"
    rf"{THINKING_OF}\b[^.?!,;]{{0,40}}?\b{DEATH_PICTURE}\b[^.?!]{{0,50}}?\b{RELIEF}|"
    rf"(?:would be|would feel like|seria|sentiria|me daria|me da) (?:such |so much |un |una |mucho |tanto )?(?:a )?(?:relief|alivio|paz|descanso)\b[^.?!]{{0,30}}?\b{DEATH_PICTURE}|"
    rf"(?:if|si) (?:\w+ ){{0,3}}?{DEATH_PICTURE}\b[^.?!]{{0,40}}?\b(?:would be|would feel|seria|sentiria|me daria) (?:such |so much |un |una |mucho |tanto )?(?:a )?{RELIEF}|"
    rf"(?:if|si) (?:\w+ ){{0,3}}?{DEATH_PICTURE}\b[^.?!]{{0,40}}?\b(?:it would be (?:ok|okay|fine|alright|nice)|that would be (?:ok|okay|fine|alright)|(?:it|that) would not be (?:so |that )?bad|"
    r"i would be (?:ok|okay|fine) with (?:it|that)|estaria bien|no estaria (?:tan )?mal|no me importaria|me daria igual|me daria lo mismo)"
)
# The writer's own suicidal thoughts, told inside a question about the treatment.
IDEATION_WORDS = (
    r"(?:suicidal (?:thoughts|ideation|ideas|feelings|urges)|thoughts (?:of|about) (?:suicide|killing myself|dying|death|ending (?:it|my life))|suicidal ideation|"
    r"pensamientos suicidas|ideas suicidas|ideacion suicida|(?:pensamientos|ideas) (?:de|sobre) (?:muerte|suicidio|morir\w*|matarme|quitarme la vida|no vivir)|ganas de morir\w*)"
)
HAVE_THEM = (
    r"(?:(?:i|yo) (?:do |still |also |too |already )?(?:have|get|experience|struggle with|deal with|live with|battle) (?:them|those|these|it|that|those thoughts|those feelings)\b|"
    r"i (?:think|guess) i (?:have|get) (?:them|it|those)\b|no (?:los|las) actuo|(?:estan|siguen) ahi\b|"
    r"(?:they|those thoughts|these thoughts) (?:come|comes|keep coming|are (?:always )?there|show up|pop up|hit me)\b|(?<!no\s)(?:se )?me (?:vienen|llegan)\b|"
    r"i (?:have been|am|keep) (?:having|getting) (?:them|those|these|it)\b|i have had (?:them|those|it)\b(?![^.?!]{0,30}\b(?:years ago|in the past|before|as a (?:teen|kid)|not anymore|long ago)\b)|"
    r"(?<!no\s)(?<!nunca\s)(?:yo )?(?:tambien )?(?:los|las) (?:tengo|estoy teniendo|sigo teniendo|vengo teniendo|he tenido)\b(?! (?:controlad\w*|bajo control))|"
    r"(?<!no\s)(?:a mi )?me (?:dan|vienen|llegan|pasan) (?:\w+ )?(?:seguido|mucho|diario|todos los dias|casi diario|a cada rato|muy seguido)|"
    r"(?:i get|i have) (?:those|these|them) (?:a lot|often|daily|every day|all the time)|mine (?:are|have been|come))"
)
# An old person worn out, telling God to take them.
GOD = (
    r"(?:god|the lord|the good lord|lord|jesus|dear god|my god|the man upstairs|the big guy upstairs|my maker|"
    r"dios|diosito|el senor|senor|nuestro senor|la virgen|mi dios|papa dios|tata dios|diosito santo|el de arriba|al de arriba|el altisimo)"
)
TAKE_ME_TO_GOD = (
    rf"(?:tell|telling|told|tells|say|saying|said|keep telling|keep asking|ask|asks|asked|asking|beg|begging|begged|pray to|praying to|prayed to|plead with|pleading with|pleaded with) {GOD} (?:every night |each night |at night |all the time |every day |daily )?"
    r"(?:to |that he (?:should|can) |he (?:should|can) )?(?:just |please |already |finally )*(?:come (?:and )?)?(?:take|call|bring|get|fetch) (?:me|him|her)\b(?! (?:to|in|into|out|through|there|back|for|with|by|up|over)\b)|"
    rf"(?:lord|god|jesus|dear god|oh god|oh lord),? (?:please |just |already )*(?:take|call) me(?: now| already| home| away| with you)?\b(?! (?:to|in|into|out|through|there|back|for|with)\b)|"
    rf"(?:le )?(?:digo|dije|decia|dice|dijo|pido|pedi|pide|ruego|rogue|ruega|rezo|repito|suplico|suplique|le pido|le digo|le rogue) (?:\w+ ){{0,2}}?(?:a )?{GOD}(?: \w+){{0,2}}? (?:que |para que )?(?:ya )?(?:me|lo|la) (?:lleve|recoja|llame|quite la vida)\b(?! con bien)|"
    rf"(?:que|ojala|ojala que) {GOD} (?:ya )?me (?:lleve|llevara|llevase|recoja|recogiera|recogiese|llame|llamara)\b(?! con bien| (?:a|al|hasta|de) )|"
    rf"(?:want|wants|wanted|ready for|waiting for|wish|wishing) {GOD} (?:would |to )?(?:just |finally |already )?(?:take|call|bring|get) me\b(?! (?:to|in|into|out|through|there|back|for|with|by|up|over)\b)|"
    rf"why (?:god|the lord|he) (?:has not|hasnt|does not|doesnt|will not|wont) (?:taken|take|called|call) me|"
    rf"(?:list[oa] para que|esperando que|quiero que|quisiera que) {GOD} (?:ya )?me (?:lleve|recoja|llame)\b(?! con bien)|"
    rf"(?:quiere|quiero|queria|pide|pido|espera|espero|ruega|ruego) que {GOD} (?:ya )?(?:se )?(?:la|lo|me) (?:lleve|recoja|llame)\b(?! con bien| (?:a|al|hasta|de) )|"
    rf"(?:dios|diosito|senor|senor jesus|virgencita|papa dios|dios mio|tata dios)\W+(?:ya )?(?:llevame|recogeme|llamame|quitame la vida)\b|"
    rf"(?:pray|praying|prayed|hope|hoping) (?:that )?{GOD} (?:would |will |just |finally )*(?:takes?|calls?|brings?) me\b(?! (?:to|in|into|out|through|there|back|for|with|by|up|over)\b)|"
    r"(?:ready|lista|listo) (?:to go home to|para irme con|para irme al cielo con) (?:god|the lord|jesus|heaven|dios|diosito|el senor)|ya me quiero ir con (?:dios|diosito|el senor)|"
    r"ready to meet my maker|list[oa] para (?:ver|encontrarme con) (?:a )?(?:dios|mi creador|el senor)"
)
# Stroke signs in Spanish and English told with the usual words of the visitor:
# one side of the face (specific alone), speech, an arm or a leg (with another
# sign, or played down as nerves, anxiety or a panic attack).
ONE_SIDE = (
    r"(?:(?:on )?one side|(?:on )?the (?:left|right)(?: side)?|(?:on )?(?:my|his|her) (?:left|right)|de un lado|de un solo lado|del lado (?:izquierdo|derecho)|de la izquierda|de la derecha|izquierd[oa]|derech[oa])"
)
STROKE_FACE = (
    r"(?:(?:half|one side|side|left side|right side|mitad|un lado|lado) (?:of )?(?:my|his|her|the|mi|la|de la|de mi)? ?(?:face|cara|boca|mouth)\b[^.?!]{0,25}?\b(?:numb|droop\w*|tingl\w*|dead|heavy|weird|dormid[oa]|entumid\w*|adormecid\w*|caid[oa]|chuec[oa]|torcid[oa]|paralizad[oa])|"
    r"(?:se me|se le) (?:durmio|adormecio|entumio|cayo|torcio|fue) (?:\w+ ){0,2}?(?:media cara|la mitad de la cara|un lado de la cara|un lado de la boca|la boca de un lado|la cara de un lado)|"
    rf"(?:face|mouth|smile|cara|boca|sonrisa) (?:\w+ ){{0,2}}?(?:numb|droop\w*|tingl\w*|dead|crooked|lopsided|entumid\w*|adormecid\w*|dormid[oa]|caid[oa]|chuec[oa]|torcid[oa]) {ONE_SIDE}|"
    r"(?:siento|tengo|veo|se ve|se me ve|se le ve) (?:\w+ )?(?:chuec[oa]|torcid[oa]|caid[oa]|dormid[oa]|entumid[oa]|adormecid[oa]) (?:la|mi|su) (?:boca|cara|sonrisa))"
)
STROKE_SPEECH = (
    r"(?:(?:can not|cant|could not|having trouble|trouble|hard to) (?:getting|get|finding|find) (?:my|the|his|her) words(?: out| right)?|(?:words|speech) (?:\w+ ){0,2}?(?:come|comes|coming) out (?:wrong|weird|jumbled|garbled|funny|slurred)|"
    r"(?:talking|talks|sounds) (?:funny|weird)|"
    r"(?:arrastro|arrastra|arrastrando) las palabras|(?:se me|se le) traba (?:la lengua|al hablar)|lengua trabada|(?:hablo|habla|hablando) (?:raro|arrastrado|trabado|chistoso)|"
    r"no (?:me|le) salen (?:bien )?las palabras|(?:hablo|habla) enredado|se (?:me|le) enreda la lengua|no (?:me|le) entienden (?:lo que (?:digo|dice)|cuando (?:hablo|habla)))"
)
STROKE_LIMB = (
    r"(?:(?:arm|hand|leg)s? (?:\w+ ){0,3}?(?:heavy|weak|numb|dead|like lead|will not do what|wont do what|will not move|wont move|will not lift)|(?:can not|cant|could not) (?:lift|raise|move|grip with) (?:my|his|her) (?:\w+ )?(?:arm|hand|leg)|"
    r"(?:brazo|mano|pierna) (?:\w+ ){0,2}?(?:no me responde|no le responde|muy pesad[oa]|pesad[oa]|sin fuerza|debil|me pesa|le pesa|no (?:lo|la) puedo (?:mover|levantar))|"
    r"(?:me|le) pesa (?:mucho )?(?:el brazo|la mano|la pierna)|no (?:puedo|puede) (?:levantar|mover) (?:bien )?(?:el|la) (?:brazo|mano|pierna))"
)
STROKE_ANY = rf"(?:{STROKE_FACE}|{STROKE_SPEECH}|{STROKE_LIMB})"
DOWNPLAY = (
    r"(?:(?:just|only|probably|prob|solo|nomas|nada mas|seguro|sera|es|de|ser|son|pur[oa]s?) (?:my |mi |la |el |un |una |los |las )?(?:anxiety|panic|panic attack|stress|nerves|ansiedad|ataque de (?:panico|ansiedad)|panico|estres|nervios)|"
    r"(?:anxiety|panic attack|stress|nerves|ansiedad|ataque de panico|nervios)(?: \w+){0,2},? (?:right|verdad|no|cierto|correct|isnt it|is not it)\b|"
    r"(?:i think|creo que|me parece que|seems like) (?:it is|i am having|es|tengo|me dio) (?:just |solo |como )?(?:a |un )?(?:anxiety|panic|ataque de panico|ataque de ansiedad|ansiedad)|"
    r"(?:having|tengo|me dio) (?:like |como )?(?:a |un )?(?:panic attack|ataque de panico|ataque de ansiedad))"
)
# Heart-attack signs told at length: the chest and the signs around it.
CHEST_WEIGHT = (
    rf"(?:{CHEST_PAIN}|(?:chest|pecho)\b[^.?!]{{0,40}}?\b(?:like|as if|as though|como si|como que)\b[^.?!]{{0,40}}?\b(?:sitting|sat|standing|stepping|on (?:it|me|top)|sentad[oa]|parad[oa]|encima|aplast\w*|apret\w*|estruj\w*|squeez\w*|crush\w*|weight|peso|elephant|elefante)|"
    r"(?:an elephant|a truck|someone|somebody|alguien|un elefante|un camion) (?:is |was |were |esta |estuviera )?(?:sitting|standing|sat|sentad[oa]|parad[oa]) (?:on|encima de|sobre|en) (?:my|mi) (?:chest|pecho)|"
    r"(?:pecho|chest) (?:\w+ ){0,2}?(?:apretad[oa]|oprimid[oa]|pesad[oa]|aplastad[oa]|squeezed|heavy|tight|in a vise|in a vice)|"
    r"(?:weight|heaviness|elephant|brick|ton of bricks) (?:on|in|sitting on) (?:my|his|her|the) chest|(?:peso|pesadez|piedra|presion|opresion)(?: \w+)? (?:en|sobre) (?:el|mi) pecho|"
    r"(?:me|le) (?:aprieta\w*|aplasta\w*|estruja\w*|oprime\w*|presiona\w*) (?:\w+ ){0,2}?(?:el )?pecho)"
)
HEART_SWEAT = r"(?:sweat\w*|clammy|cold sweat|sudor\w*|sudando|sudo|sude|empapad[oa])"
HEART_OTHER = (
    r"(?:vomit\w*|threw up|throw\w* up|puk\w*|nause\w*|queasy|sick to my stomach|(?:jaw|mandibula|quijada)\b|"
    r"(?:left |right )?(?:arm|shoulder)s? (?:\w+ ){0,2}?(?:aches?|aching|hurts?|hurting|achy|pain|numb|heavy|tingl\w*)|"
    r"(?:brazo|hombro) (?:izquierdo |derecho )?(?:\w+ ){0,2}?(?:duele|dolor|adolorid[oa]|entumid\w*|dormid[oa]|pesad[oa]|hormigue\w*)|me duele (?:el brazo|el hombro|la mandibula|la quijada)|"
    r"short of breath|(?:can not|cant|hard to) (?:catch my breath|breathe)|falta (?:el )?aire|me cuesta respirar)"
)
# Naloxone given minutes ago, and still blue, still not breathing.
MINUTES_AGO = (
    r"(?:(?:\d+|a few|a couple(?: of)?|two|three|four|five|like \d+|like two|like a) (?:minutes?|mins?) ago|"
    r"hace (?:\w+ ){0,2}?(?:minutos?|mins?|ratito|rato)|just (?:gave|sprayed|used|administered|gave him|gave her)|acabo de (?:poner|dar|echar|aplicar)\w*|acabamos de (?:poner|dar|echar|aplicar)\w*)"
)
STILL_STATE = (
    r"(?:(?:still|sigue|siguen|todavia|aun) (?:\w+ ){0,2}?(?:blue|gr[ae]y|purple|pale|not breathing|barely breathing|unresponsive|out|limp|not (?:waking|responding|awake|breathing)|"
    r"morad[oa]s?|azul\w*|gris\w*|no (?:respira|despierta|responde|reacciona)|sin (?:respirar|despertar|responder|reaccionar)|inconsciente|dormid[oa])|"
    r"(?:has not|hasnt|is not|isnt) (?:woken|waking|breathing|responding|come to)|(?:not|no) (?:breathing|waking|responding|reacting) yet|"
    r"no ha (?:despertado|reaccionado|respirado|vuelto)|todavia no (?:respira|despierta|reacciona|responde))"
)
HOW_LONG = r"(?:how long|how much longer|when (?:does|will|should) it|kick in|cuanto (?:tiempo )?(?:tarda|se tarda|demora|le toma)|en cuanto tiempo|hacer efecto|haga efecto)"
# A number of sedatives or pills already taken, then alcohol or drowsiness.
COUNT = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|several|a few|some|varias|unas cuantas|un par de)"
# Three or more: a count that is more than a dose ("took 2 xanax and i am sleepy" is a dose).
MANY_COUNT = r"(?:[3-9]|\d{2,}|three|four|five|six|seven|eight|nine|ten|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|several|varias|unas cuantas|a bunch|a handful|un monton)"
ALREADY_TOOK = (
    r"(?:took|taken|had|have had|swallowed|popped|downed|tome|me tome|ya me tome|me he tomado|llevo|me meti|ya tome)"
)
DROWSY = (
    rf"(?:{SEDATION_START}|(?:really |so |very |super |kinda |kind of )?(?:drowsy|sleepy|groggy|woozy|out of it)\b|(?:can not|cant|barely|hardly) (?:stay|keep) awake|"
    r"falling asleep|nodding off|passing out|dozing off|(?:me estoy|se esta|estoy) (?:durmiendo|quedando dormid[oa]|cabeceando)|"
    r"(?:tengo|me da|me esta dando|me dio) (?:mucho |tanto )?sueno|me estoy (?:durmiendo|quedando dormid[oa])|somnolient\w*|adormilad\w*|slurring|arrastrando las palabras)"
)
# ...not a dose taken as prescribed ("took 3 of my gabapentin as prescribed and feel drowsy").
NOT_AS_TOLD = (
    r"(?![^.?!]{0,60}\b(?:as prescribed|as directed|like (?:the|my) doctor (?:said|told me)|like i was told|as usual|my (?:usual|normal|regular|nightly|prescribed) dose|"
    r"como (?:me )?(?:lo |la |los |las )?(?:recetaron|indicaron|receto|indico|dijo el doctor|dijo la doctora)|como siempre|mi dosis (?:normal|de siempre|recetada))\b)"
)
TOO_MANY_Q = (
    r"(?:how many|how much|cuant[oa]s?)\b[^.?!]{0,40}?\b(?:too (?:many|much)|demasiad[oa]s?|es mucho|son muchas|son muchos|is a lot|dangerous|peligros[oa]s?)"
)

SELF_HARM = SELF_HARM + [
    # round 18: a lethal amount asked for oneself, with the means at hand
    rf"{NOT_MIXING}{LETHAL_AMOUNT}[\s\S]{{0,300}}?\b{AT_HAND}",
    rf"{AT_HAND}[\s\S]{{0,250}}?\b{NOT_MIXING}{LETHAL_AMOUNT}",
    rf"{NOT_MIXING}{LETHAL_ANY}[^.!]{{0,60}}\?[\s\S]{{0,250}}?\b{AT_HAND}",
    rf"{LETHAL_AMOUNT}[\s\S]{{0,250}}?{FOR_MYSELF}",
    # round 18: an appointment to come, and not alive by then (each order on its
    # own, so that a negated "no me guarden la cita" does not hide the rest)
    rf"{APPOINTMENT}\b[\s\S]{{0,250}}?\b{NOT_ALIVE_BY}",
    rf"{NOT_ALIVE_BY}\b[\s\S]{{0,250}}?\b(?:{APPOINTMENT}|{FAREWELL})\b",
    NOT_ALIVE,
    rf"{NOT_HERE_FOR}\b[\s\S]{{0,250}}?\b{FAREWELL}",
    rf"{NOT_MAKE_IT_DAY}\b[\s\S]{{0,250}}?\b{FAREWELL}",
    rf"{FAREWELL}\b[\s\S]{{0,250}}?\b{NOT_HERE_FOR}",
    # round 18: an appointment cancelled or "not here", and what is needed already bought
    rf"(?:{APPOINTMENT}|{NOT_HERE_SOON})\b[\s\S]{{0,250}}?\b{HAVE_WHAT_I_NEED}",
    rf"{HAVE_WHAT_I_NEED}\b[\s\S]{{0,250}}?\b(?:{APPOINTMENT}|{NOT_HERE_SOON})",
]

POSSIBLE_RISK = POSSIBLE_RISK + [
    # round 18: not wanting to die, and not wanting to be here either
    NOT_HERE_EITHER,
    # round 18: whether anyone would notice if i were gone, or easier if i were not here
    WOULD_ANYONE,
    r"(?:easier|simpler|better|a relief|nicer|lighter) (?:for everyone |for everybody |for them |for my family )?if i (?:just |simply )?(?:was not|were not|was no longer|were no longer|did not|could just) (?:here|around|alive|exist|wake up|disappear)|"
    r"seria (?:mas facil|mas sencillo|mejor|un alivio) (?:para todos |para mi familia |para ellos )?si (?:yo )?(?:ya )?(?:no estuviera|no existiera|desapareciera|no despertara|me muriera|no estuviese)",
    # round 18: relief at the thought of being run over or not waking up, or the wish for it
    RELIEVED_BY_DEATH,
    r"(?:deseo|deseaba|quisiera|ojala|hope|hoping|wish|wishing|pray|praying|rezo)\w* (?:que )?(?:\w+ ){0,3}?(?:me atropell\w*|(?:un|el) (?:carro|camion|bus|coche|auto|tren) me (?:atropell|pegu|mat)\w*|"
    r"(?:a|the) (?:car|bus|truck|train|driver) (?:would |will )?(?:hit|hits|run me over|runs me over|takes me out|kill\w*) ?(?:me)?\b|(?:i )?(?:get|got|getting) (?:hit|run over) by (?:a|the) (?:car|bus|truck|train))",
    # round 18: one's own suicidal thoughts told inside a treatment question
    rf"{IDEATION_WORDS}[\s\S]{{0,160}}?\b{HAVE_THEM}",
    # round 18: one's own ("mis") suicidal thoughts named in Spanish, asked about or not
    r"mis (?:propios )?(?:pensamientos suicidas|ideas suicidas|ganas de morir\w*|(?:pensamientos|ideas) (?:de|sobre) (?:muerte|suicidio|morir\w*|matarme|quitarme la vida))",
    # round 18: worn out, telling God to take me
    TAKE_ME_TO_GOD,
]

OVERDOSE = OVERDOSE + [
    # round 18: naloxone given minutes ago, and still blue or not breathing
    rf"{NALOXONE}\b[\s\S]{{0,120}}?\b{MINUTES_AGO}\b[\s\S]{{0,100}}?\b{STILL_STATE}",
    rf"{MINUTES_AGO}\b[\s\S]{{0,60}}?\b{NALOXONE}\b[\s\S]{{0,100}}?\b{STILL_STATE}",
    rf"{NALOXONE}\b[^.!]{{0,60}}?\b{HOW_LONG}\b[\s\S]{{0,120}}?\b{STILL_STATE}",
    rf"{STILL_STATE}\b[\s\S]{{0,120}}?\b{HOW_LONG}\b[^.!]{{0,40}}?\b{NALOXONE}",
    # round 18: a number of sedatives or pills already taken, and drowsy or with alcohol
    rf"{ALREADY_TOOK} {W}{{0,2}}(?:like |about |maybe |around |como |unas |unos )?{MANY_COUNT} (?:of (?:my|his|her|the|these|those) |de (?:mis|las|los) )?{W}{{0,2}}?(?:{SEDATIVE}|{PILLS}|pills|pastillas|tabs)\b{NOT_AS_TOLD}[\s\S]{{0,140}}?\b{DROWSY}",
    rf"(?:{SEDATIVE}|{PILLS})\b[\s\S]{{0,100}}?\b{ALREADY_TOOK} {W}{{0,2}}(?:like |about |como |unas |unos )?{MANY_COUNT}\b{NOT_AS_TOLD}[\s\S]{{0,140}}?\b{DROWSY}",
    rf"{ALREADY_TOOK} {W}{{0,2}}(?:like |about |maybe |around |como |unas |unos )?{COUNT} (?:of (?:my|his|her|the|these|those) |de (?:mis|las|los) )?{W}{{0,2}}?(?:{SEDATIVE}|{PILLS}|pills|pastillas|tabs)\b[\s\S]{{0,100}}?\b{ALCOHOL}\b[\s\S]{{0,100}}?{TOO_MANY_Q}",
    rf"{ALREADY_TOOK} {W}{{0,2}}(?:like |about |como |unas |unos )?{COUNT}\b[\s\S]{{0,100}}?\b(?:{ALCOHOL}\b[\s\S]{{0,100}}?\b{DROWSY}|{DROWSY}\b[\s\S]{{0,100}}?\b{ALCOHOL})",
    rf"{ALREADY_TOOK} {W}{{0,2}}(?:like |about |maybe |around |como |unas |unos )?{COUNT} (?:of (?:my|his|her|the|these|those) |de (?:mis|las|los) )?{W}{{0,2}}?(?:{SEDATIVE}|{PILLS}|pills|pastillas|tabs)\b[\s\S]{{0,140}}?\b{DROWSY}(?=[\s\S]{{0,100}}?{TOO_MANY_Q})",
    rf"{TOO_MANY_Q}[\s\S]{{0,80}}?\b{ALREADY_TOOK} {W}{{0,2}}(?:like |about |como |unas |unos )?{COUNT}\b[\s\S]{{0,140}}?\b(?:{DROWSY}|{ALCOHOL})",
    rf"{ALCOHOL}\w*\b[\s\S]{{0,80}}?\b{COUNT} (?:of (?:my|his|her|the|these|those) |de (?:mis|las|los) )?{W}{{0,1}}?{SEDATIVE}\b[\s\S]{{0,120}}?\b{DROWSY}",
]

MEDICAL = MEDICAL + [
    # round 18: stroke signs: one side of the face, or two signs, or one played down as anxiety
    STROKE_FACE,
    rf"{STROKE_ANY}[\s\S]{{0,200}}?\b{STROKE_ANY}",
    rf"{STROKE_ANY}[\s\S]{{0,200}}?\b{DOWNPLAY}",
    rf"{DOWNPLAY}[\s\S]{{0,200}}?\b{STROKE_ANY}",
    # round 18: heart-attack signs told at length: the chest, sweating, and vomiting, the jaw or an arm
    rf"{CHEST_WEIGHT}(?=[\s\S]{{0,400}}?\b{HEART_SWEAT})(?=[\s\S]{{0,400}}?\b{HEART_OTHER})",
    rf"{HEART_SWEAT}\b[\s\S]{{0,200}}?\b{CHEST_WEIGHT}(?=[\s\S]{{0,400}}?\b{HEART_OTHER})",
    rf"{HEART_OTHER}[\s\S]{{0,200}}?\b{CHEST_WEIGHT}(?=[\s\S]{{0,400}}?\b{HEART_SWEAT})",
    rf"{HEART_SWEAT}\b[\s\S]{{0,200}}?\b{HEART_OTHER}[\s\S]{{0,200}}?\b{CHEST_WEIGHT}|{HEART_OTHER}[\s\S]{{0,200}}?\b{HEART_SWEAT}\b[\s\S]{{0,200}}?\b{CHEST_WEIGHT}",
]

# --- round 19's vocabulary ------------------------------------------------------

# Nobody would notice if the writer died: said of a new city, an apartment, a life alone.
NOBODY = r"(?:no one|nobody|not a soul|not one person|not a single person|no one here|nobody here|nadie)"
WOULD_NOTICE = (
    r"(?:(?:would|will|is going to|'d)(?: \w+){0,2}? (?:notice|know|realize|find out|find me|miss me|care|come looking|check on me|even know)|"
    r"(?:se )?(?:daria cuenta|darian cuenta|da cuenta|entera|enteraria|enterarian|notaria|notarian|sabria|sabrian|me encontraria|me encontrarian|me buscaria|me buscarian|me extranaria|me extranarian|lo notaria|preguntaria por mi))"
)
I_DIED = (
    r"(?:i (?:died|drop(?:ped)? dead|was gone|were gone|disappeared|vanished|passed away|did not wake up|never woke up|killed myself|was dead|were dead)|"
    r"(?:yo )?(?:me muero|me muriera|me muera|desaparezco|desapareciera|me pasa algo|me pasara algo|no despierto|no despertara|me mato|me matara|ya no estoy|ya no estuviera))"
)
NOBODY_NOTICES = (
    rf"(?:if|when|si|cuando) {I_DIED}\b[^.?!]{{0,60}}?\b{NOBODY} (?:\w+ ){{0,2}}?{WOULD_NOTICE}|"
    rf"{NOBODY} (?:\w+ ){{0,2}}?{WOULD_NOTICE}\b[^.?!]{{0,20}}?\b(?:if|si|cuando|until|hasta que) {I_DIED}|"
    rf"(?:i|yo) (?:could|can|might|would) (?:\w+ )?(?:die|drop dead|disappear|rot)\b[^.?!]{{0,50}}?\b(?:and|y) {NOBODY} (?:\w+ ){{0,2}}?{WOULD_NOTICE}|"
    rf"(?:me podria|podria|me puedo|puedo) (?:morir|desaparecer|morirme)\b[^.?!]{{0,50}}?\by {NOBODY} (?:\w+ ){{0,2}}?{WOULD_NOTICE}|"
    rf"{NOBODY} (?:would|will|'d) (?:even |ever |really )?(?:know|notice|realize|find out) (?:that )?i (?:was|am|had|'d) (?:dead|died|gone)\b|"
    rf"nadie (?:\w+ )?(?:notaria|se daria cuenta|se enteraria|sabria|se va a dar cuenta) (?:de )?que (?:yo )?(?:ya )?(?:no estoy|no existo|me mori|me muero|me fui para siempre|desapareci)\b"
)
# Feeling that one should not exist (after a rejection, a breakup, friends gone).
SHOULD_NOT_EXIST = (
    r"(?:i (?:should not|shouldnt|should never have|do not deserve to|dont deserve to|have no right to|do not have the right to|am not meant to|was never meant to|was not meant to) (?:even |really )?"
    r"(?:exist|be alive|be born|been born|have been born|be on this earth|be in this world|take up space|breathe the same air)\b|"
    r"(?:feel|feels|feeling|felt|think|thinking|know|believe) (?:like |as if |as though |that )?i (?:should not|shouldnt) (?:even |really )?be (?:here|around|alive)\b(?! (?:at|in|on|for|with|today|tonight|right now|yet|until|till|by|without)\b)|"
    r"(?:why|what) (?:do|does|should) i (?:even |still )?(?:exist|bother existing)\b|"
    r"(?:i am not|im not|i was not|i was never) (?:even |really )?(?:supposed|meant) to (?:be alive|exist|be born|have been born)\b|"
    r"(?:i am|im) not (?:even )?worth (?:existing|living|keeping alive|being alive|the air i breathe|the space i take up)\b|"
    r"i should (?:just |really )?(?:disappear|vanish|not exist|stop existing)\b(?! (?:for|from|into|to|on|off|after|before|until)\b)|"
    r"(?:(?:siento|creo|pienso|se|a veces pienso) que (?:yo )?|\byo )no (?:deberia|debi|debo|tendria que) (?:ni )?(?:existir|estar viv[oa]|vivir|haber nacido|nacer|seguir (?:aqui|viv[oa]|existiendo|en este mundo)|estar en este mundo|ocupar espacio)\b|"
    r"no (?:deberia|debi) (?:ni )?(?:existir|haber nacido|estar viv[oa])(?=\s*(?:[.,!?;]|$|y\b|pero\b|porque\b))|"
    r"no (?:merezco|meresco|tengo derecho a) (?:ni )?(?:existir|estar viv[oa]|vivir|haber nacido|seguir (?:aqui|viv[oa]|existiendo|en este mundo)|estar en este mundo|ocupar espacio)\b|"
    r"(?:siento|pienso|creo) que (?:yo )?no (?:deberia|tendria que) (?:ni )?estar aqui\b(?! (?:en|con|por|hoy|ahorita)\b)|(?:para|pa) que existo\b)"
)
# A driver who no longer cares whether the car crashes.
CRASH_WORD = (
    r"(?:(?:crash|crashes|crashed)(?! (?:on|at|out|for|after|early|hard|asleep|in bed|into bed|and (?:sleep|nap))\b)|wreck|wrecks|total the car|hit (?:a|the) (?:wall|tree|pole|divider|barrier|median|truck)|swerve|go off the road|drive off the road|"
    r"get (?:in|into) (?:an|a) (?:accident|crash|wreck)|die in (?:a|the) (?:crash|accident|wreck|car)|end up in (?:a|the) (?:ditch|river)|flip the car)"
)
CRASH_WORD_ES = (
    r"(?:choco|chocar|choque|chocara|me estrello|estrellarme|me estrellara|me estrelle|me mato en el (?:carro|coche|auto)|tengo un accidente|tener un accidente|tuviera un accidente|"
    r"me accidento|accidentarme|me salgo de la carretera|salirme de la carretera|me voy contra (?:un|una|el|la) \w+|me doy contra (?:un|una|el|la) \w+)"
)
NOT_CARING_CRASH = (
    rf"(?:(?:do not|dont|no longer|not|stopped|stop|no more) (?:really |even |honestly |much )?(?:care|caring|mind|minding) (?:anymore |any more |much )?(?:if|whether|about whether|that|about) (?:i|the car|my car|my truck|we|it) (?:\w+ ){{0,2}}?{CRASH_WORD}\b|"
    rf"(?:part of me|i kind of|i kinda|secretly i|i almost|i sometimes|sometimes i) (?:\w+ )?(?:hope|hopes|want|wants|wish|wishes) (?:that )?(?:i|the car|my car) (?:would |will |just |could |to )?{CRASH_WORD}\b|"
    rf"(?:hoping|i hope|i wish|wishing) (?:that )?(?:i|the car|my car) (?:would |will |just |could )?{CRASH_WORD}\b|"
    rf"(?:would not|wouldnt|does not|doesnt|would it even|would it really) (?:even |really )?matter (?:to anyone |much )?if i (?:\w+ )?(?:{CRASH_WORD}|crashed|wrecked)\b|"
    rf"if i (?:ever )?(?:{CRASH_WORD}|crashed|wrecked)\b[^.?!]{{0,40}}?\b(?:i )?(?:would not|wouldnt|do not|dont|will not|wont) (?:even |really )?(?:care|mind|be sad|be upset)\b|"
    rf"si (?:\w+ )?(?:choco|chocara|choque|me estrello|me estrellara|tengo un accidente|tuviera un accidente|me accidento|me accidentara)\b[^.?!]{{0,40}}?\b(?:no me importaria|me daria igual|me daria lo mismo|ni modo|mejor|que bueno|ojala)\b|"
    rf"(?:ya )?(?:no me importa|me da igual|me vale|me da lo mismo|no me interesa) (?:si |que )?(?:yo )?(?:\w+ )?{CRASH_WORD_ES}\b|"
    rf"(?:ojala|quisiera|a veces quiero|deseo|espero) (?:que )?(?:\w+ )?(?:chocar|choque|chocara|me estrelle|me estrellara|estrellarme|tener un accidente|tenga un accidente|tuviera un accidente|me accidente|me accidentara)\b)"
)
# A relative just out of a psychiatric hospital, and "he won't last long".
PSYCH_DISCHARGE = (
    r"(?:(?:discharged|released|got out|came (?:home|back|out)|let out|sent home|came home|home) (?:\w+ ){0,4}?(?:from )?(?:the |a )?(?:psych\w*|mental (?:hospital|health (?:unit|ward|hospital|facility))|"
    r"behavioral (?:health )?(?:unit|hospital|center)|inpatient|the ward|crisis unit|cpep|bellevue|rehab after (?:his|her|their) attempt)|"
    r"(?:psych ward|psych unit|psych hospital|psychiatric (?:hospital|unit|ward|facility)|mental hospital|behavioral health unit|inpatient)\b[^.?!]{0,60}?\b(?:discharged|released|sent (?:him|her|them) home|let (?:him|her|them) (?:out|go)|got out|came home)|"
    r"(?:salio|le dieron de alta|lo dieron de alta|la dieron de alta|dieron de alta|regreso|volvio|lo soltaron|la soltaron|lo mandaron a (?:la )?casa|la mandaron a (?:la )?casa) (?:\w+ ){0,3}?"
    r"(?:del|de la|de el|de) (?:psiquiatrico|hospital psiquiatrico|pabellon psiquiatrico|unidad (?:de )?psiquiatri\w*|psiquiatria|sala de psiquiatria|hospital mental|internamiento psiquiatrico|clinica (?:de salud mental|psiquiatrica))|"
    r"(?:psiquiatrico|psiquiatria)\b[^.?!]{0,40}?\b(?:alta|salio|lo soltaron|la soltaron)|"
    r"72[- ]?(?:hour|hr|horas)(?: psych\w*)? hold|(?:psych|psychiatric|involuntary|mental health) hold|5150|"
    r"(?:stay|admission|hospitali[sz]ation|week|weeks|days) (?:at|in) (?:the |a )?(?:psych\w*|psychiatric \w+|mental health \w+|behavioral health \w+)|"
    r"(?:internad[oa]|hospitalizad[oa]) (?:en|por) (?:la |el )?(?:psiquiatria|psiquiatrico|depresion|salud mental|un intento)|(?:estuvo|estaba) (?:\w+ )?en el psiquiatrico)"
)
NOT_LAST_LONG = (
    r"(?:(?:will not|wont|is not going to|isnt going to|not going to|is not gonna|not gonna|am not going to|does not think (?:he|she|they|i) will|doesnt think (?:he|she) will) "
    r"(?:\w+ )?(?:be (?:around|here|alive|with us)|last|make it|live|stick around|hold on)\b (?:much |very |that |a lot |too )?(?:longer|long)\b|"
    r"(?:not|will not|wont) be (?:around|here) for long|(?:does not|doesnt) have (?:much time|long)\b(?! (?:to|for|before|until)\b)|(?:his|her|my) days are numbered|"
    r"no (?:va a|vaya a|cree que vaya a|creo que vaya a|piensa|voy a) (?:durar|aguantar|estar|seguir|vivir) (?:aqui |viv[oa] |con nosotros )?(?:mucho(?: tiempo| mas)?|por mucho tiempo|tanto(?: tiempo)?|much[oa] mas)\b|"
    r"no (?:va a|voy a) durar(?=\s*(?:[.,!?;]|$|y\b|pero\b))|"
    r"(?:ya )?no (?:le|me) queda (?:mucho(?: tiempo)?|poco)|(?:ya )?le queda poco\b|sus dias estan contados)"
)
# Naloxone in the hands, help on the phone, and the box or the package will not open.
OPEN_PKG = (
    r"(?:(?:can not|cant|could not|do not know how to|dont know how to|no (?:puedo|podemos|pude|se como|sabemos como)|how do (?:i|you|we)|how to|como (?:se )?) (?:\w+ ){0,2}?)?"
    r"(?:get (?:the |this |that |el |la )?(?:\w+ )?(?:box|package|packaging|packet|blister|wrapper|seal) open|"
    r"(?:open|opening|opens|get (?:it|the \w+) out of|take (?:it |the \w+ |them )?out of|pull (?:it |the \w+ )?out of|peel|peel back|tear|rip|unwrap|abrir|abro|abre|se abre|abrirlo|abrirla|"
    r"sacar|saco|lo saco|la saco|se saca|sacarlo|sacarla|romper|rompo|quitar|quito|quitarle) "
    r"(?:\w+ ){0,4}?(?:box|package|packaging|packet|pack|blister|wrapper|plastic|seal|thing|caja|cajita|paquete|empaque|envoltura|sobre|plastico|blister|sello|cosa))"
)
NALOXONE_OUT = (
    rf"(?:take|get|pull|sacar|saco|se saca|sacarle|sacarla|sacarlo|quitarle) (?:the |el |la |this |that )?{NALOXONE} (?:spray |nasal spray |device )?(?:out of|out from|de|del|de la) "
    r"(?:the |el |la |its |su )?(?:\w+ )?(?:box|package|packaging|packet|pack|blister|wrapper|plastic|caja|cajita|paquete|empaque|envoltura|sobre|plastico)"
)
URGENT_NOW = (
    r"(?:(?:911|nine one one) (?:is )?(?:on the (?:phone|line)|on speaker\w*|on hold|en el telefono|en la linea|en altavoz|says|said|told|dice|dijo|me dice)|"
    r"(?:on the (?:phone|line)|hablando|en el telefono|en la linea|estoy) (?:with|con) (?:the |el )?(?:911|nine one one|dispatch\w*|operator|operadora)|(?:called|calling|llame|llamando|llamamos|marque) (?:al )?911|"
    r"dispatcher|operadora del 911|911 operator|ambulance (?:is )?(?:coming|on the way|on its way)|ambulancia (?:viene|va en camino|en camino)|paramedics are coming|"
    r"hurry|apurate|right now|ahora mismo|please help|ayudenme|auxilio|not breathing|no respira|turning blue|lips (?:are )?blue|se esta poniendo (?:azul|morad[oa])|"
    r"unresponsive|no despierta|will not wake|wont wake|on the floor|en el piso|tirad[oa] en)"
)
# The bare abbreviation "OD" (normalised to "overdose") used as a verb or a noun for what is happening.
OD_SUBJECT = (
    r"(?:he|she|they|someone|somebody|some guy|a guy|this guy|that guy|a girl|this girl|a man|a woman|this man|this woman|bro|homie|"
    r"my (?!(?:meds|medication|medicine|pills|dose|doses|eye|eyes|right|left|doctor|prescription|insurance)\b)\w+|friend|roommate|cousin|mi \w+)"
)
# A question about what could happen ("can my daughter overdose on her spravato?", "could he
# overdose on the spray if he takes it twice"): the subject after a modal is asked about.
NOT_AFTER_MODAL = "".join(rf"(?<!\b{m}\s)" for m in ("can", "could", "would", "will", "might", "may", "should",
                                                      "does", "do", "cant", "couldnt"))
OD_NOT_NOUN = (
    r"(?! (?:risk|risks|death|deaths|awareness|prevention|training|kit|kits|crisis|epidemic|rates?|numbers|statistics|stats|scene|anniversary|history|survivor|reversal|response|symptoms|signs|on (?:caffeine|coffee|sugar|chocolate|candy|netflix|tv|work|memes|tiktok|youtube|love|books?))\b)"
)
# Hand sanitizer and other alcohols that are not drinks, swallowed.
SANITIZER = (
    r"(?:hand sanitizer|hand sanitiser|sanitizer|sanitiser|purell|germ-?x|alcohol gel|gel alcohol|gel antibacterial|gel anti-?bacterial|antibacterial gel|gel desinfectante|gel sanitizante|"
    r"gel de manos|gel para (?:las )?manos|alcohol en gel|gel de alcohol|gel con alcohol|desinfectante de manos|rubbing alcohol|isopropyl(?: alcohol)?|alcohol isopropilico|alcohol de (?:frotar|curar)|"
    r"mouthwash|listerine|enjuague bucal)"
)
DRANK_IT = (
    r"(?:drank|drink|drinks|drinking|swallowed|chugged|downed|ate|sipped|ingested|gulped|se tomo|se bebio|bebio|tomo|se trago|trago|ingirio|se comio|tomandose|bebiendose|se estaba tomando|se estaba bebiendo|bebiendo|tomando)"
)
QUANTITY = (
    r"(?:(?:a|an|the|some|half|all|most|of|a bottle of|bottle|bottles|a whole|whole|entire|a cup of|a little|a lot of|a bunch of|his|her|their|my|our|the staff's|el|la|los|las|un|una|medio|media|toda|todo|"
    r"botella|bote|frasco|de|del|poco|mucho|un poco de|pomo|envase|dispenser|dispensador|pump|small|big|large|travel size|chiquito|grande) )*"
)
# Unequal pupils (after a knock to the head, or out of nowhere).
UNEQUAL_PUPILS = (
    r"(?:one (?:of (?:my|his|her|their|the) )?pupils? (?:is |looks |got |seems |went )?(?:way |much |a lot |really |super )?(?:bigger|larger|smaller|huge|dilated|blown|wider|tiny)\b|"
    r"(?:pupils|pupil sizes) (?:are |look |seem |got )?(?:\w+ )?(?:different|uneven|unequal|not the same|mismatched|two different) ?(?:sizes?)?\b|"
    r"(?:uneven|unequal|different[- ]sized?|mismatched|lopsided) pupils|(?:pupils|pupilas) (?:do not|dont|no) (?:match|coinciden|son iguales|estan iguales)|"
    r"one (?:eye'?s?|of (?:his|her|my|their) eyes'?) pupil (?:is |looks )?(?:way |much |really )?(?:bigger|larger|smaller|huge|dilated|blown)|"
    r"(?:the )?(?:left|right) pupil (?:is |looks )?(?:\w+ )?(?:bigger|larger|smaller|huge|dilated|blown)|"
    r"(?:una|la) pupila (?:\w+ ){0,2}?(?:mas (?:grande|chica|chiquita|pequena|dilatada|abierta)|dilatada|enorme|grandota)\b|"
    r"pupilas (?:\w+ ){0,2}?(?:de|con|en) (?:diferente|distinto|distintos|diferentes) (?:tamanos?|tamano)|pupilas (?:desiguales|disparejas|diferentes|distintas|chuecas)|"
    r"(?:un ojo|el ojo (?:izquierdo|derecho)) (?:\w+ ){0,2}?(?:la )?pupila (?:\w+ )?(?:mas grande|dilatada|enorme))"
)
NOT_EYE_DROPS = (
    r"(?![\s\S]*\b(?:eye drops|dilating drops|dilation drops|eye exam|eye doctor|ophthalmolog\w*|optometr\w*|gotas (?:para|de) (?:los )?ojos|oftalmolog\w*|oculista|anisocoria|"
    r"selfies?|photos?|pictures?|pics?|lighting|camera|fotos?|la luz)\b)"
)
# Chest pain and dizziness together, right after the treatment or on the way home.
CHEST_ANY = (
    r"(?:(?:chest|pecho)\b (?:\w+ ){0,3}?(?:pain|pains|hurts?|hurting|aches?|aching|tight\w*|pressure|heavy|heaviness|discomfort|weird|funny|strange|burn\w*|squeez\w*|pounding|"
    r"duele|dolor|apretad[oa]|presion|pesad[oa]|raro|arde|ardor|molestia|opresion|punzadas?)|"
    r"(?:pain|pains|tightness|pressure|heaviness|discomfort|dolor|presion|opresion|molestia|ardor|punzadas?) (?:\w+ ){0,2}?(?:in|on|en|de|del) (?:my |the |el |mi )?(?:chest|pecho)|"
    r"(?:me|le) (?:duele|arde|aprieta|pesa|molesta) (?:\w+ )?el pecho)"
)
DIZZY_ANY = (
    r"(?:dizzy|dizziness|lightheaded|light headed|light-headed|woozy|vertigo|(?:room|everything|the car|the train|the world) (?:is |keeps )?spinning|"
    r"(?:going to|gonna|about to) (?:pass out|faint|black out)|mare\w*|(?:me|todo me|la cabeza me) da vueltas|todo (?:me )?(?:da vueltas|gira|se mueve)|vahido|"
    r"(?:siento que )?me (?:voy a )?desmay\w*)"
)
JUST_TREATED_OR_OUT = (
    rf"(?:{TREATED}|(?:on|in) (?:the|a|my) (?:subway|train|bus|ferry|path|lirr|uber|cab|taxi|\w+ train)|(?:en el|en la) (?:metro|tren|subway|guagua|bus|camion|ferry|taxi|uber)|"
    r"(?:spravato|esketamin\w*|ketamin\w*|infusion\w*)\b[^.?!]{0,40}?\b(?:today|this morning|an hour ago|hoy|esta manana|hace (?:una|un par de|dos) horas?)|"
    r"right now|ahora mismo|happening now|now\b|ahora\b|ahorita)"
)
# Fainting, and a pulse that is irregular or racing.
FAINTED = (
    r"(?:fainted|fainting|faint(?:ing)? spells?|faint (?:twice|two times|2 times|again|three times|several times)|passed out|pass out|passing out|blacked out|black outs?|blackouts?|lost consciousness|keeled over|"
    r"desmay\w*|perdi el conocimiento|perdio el conocimiento|se me fue el conocimiento|se le fue el conocimiento|perdi el sentido|perdio el sentido)"
)
PULSE_BAD = (
    r"(?:(?:pulse|heartbeat|heart beat|heart ?rate|heart|pulso|latidos?|corazon|ritmo cardiaco) (?:\w+ ){0,3}?(?:irregular|skipping|skips|skipped|all over the place|racing|pounding|flutter\w*|erratic|"
    r"jumping|out of rhythm|uneven|rapid|going crazy|weird|funny|strange|raro|extrano|acelerad[oa]|brinca|brincando|salta|saltando|se salta|a mil|disparad[oa]|rapidisimo|muy rapido|loco|desbocad[oa]|descontrolad[oa])|"
    r"palpitations|palpitaciones|skipped beats|skipping beats|arrhythmia|arritmia|taquicardia|a-?fib)"
)
# A seizure that lasts five minutes or more (status epilepticus), whatever the words.
SEIZURE_ANY = (
    r"(?:(?:seiz\w*|convuls\w*)(?! (?:med\w*|medicines?|drugs?|pills?|rescue|plan|action|precautions|threshold|warning|disorder|history|control|diary|log|free|activity|risk|riesgo|medicamento\w*|medicina|pastillas?)\b)|grand mal|tonic clonic|epileptic (?:fit|attack|episode)|ataque (?:epileptico|de epilepsia|convulsivo)|crisis (?:epileptica|convulsiva)|"
    r"(?:shaking|jerking|twitching|sacudi\w*|se sacud\w*|temblar|temblando|temblaba|tiembla) (?:\w+ ){0,2}?(?:all over|whole body|todo el cuerpo|toda\b|todo\b|entera|sin parar|without stopping|and (?:not|wont|will not) respond\w*|y no (?:respondia|reaccionaba|responde|reacciona))|"
    r"(?:eyes|ojos) (?:\w+ ){0,2}?(?:rolled back|rolling back|volteados|en blanco)|se le voltearon los ojos|"
    r"(?:ataque|crisis|episode|episodio|fit)\b(?! de (?:panico|ansiedad|risa|tos|nervios|asma|celos))(?=[\s\S]*\bepilep\w*))"
)
LONG_MINUTES = (
    r"(?:(?:for|lasted|lasting|lasts|went on|gone on|going on|been going|over|more than|longer than|about|around|like|almost|nearly|at least|close to|"
    r"por|duro|dura|durado|lleva|llevaba|llevan|van|ya van|fueron|de|mas de|como|casi|unos|alrededor de|por lo menos|hace mas de|desde hace) (?:\w+ ){0,2}?)"
    r"(?:[5-9]|[1-5]\d|five|six|seven|eight|nine|ten|fifteen|twenty|cinco|seis|siete|ocho|nueve|diez|quince|veinte)(?:-| )?(?:minutes?|mins?|minutos?|min)\b(?! ago| later| after| despues| luego)"
)
# The will to live, lost (not found again).
LOST_WILL = (
    r"(?:(?:lost|losing|lose|no longer have|do not have|dont have|have no|there is no|without) (?:\w+ )?(?:will|desire|reason|wish) to live\b|"
    r"(?:perdi|perdiendo|pierdo|perdio|he perdido|ya no tengo|no tengo|sin) (?:\w+ )?(?:las )?ganas de vivir\b)"
)

POSSIBLE_RISK = POSSIBLE_RISK + [
    # round 19: nobody would notice if i died (a new city, an apartment), beside an ordinary question
    NOBODY_NOTICES,
    # round 19: a rejection that leaves one feeling one should not exist
    SHOULD_NOT_EXIST,
    # round 19: a driver who no longer cares whether the car crashes
    NOT_CARING_CRASH,
    # round 19: someone just out of a psychiatric hospital who says he won't last long
    rf"{PSYCH_DISCHARGE}\b[\s\S]{{0,200}}?\b{NOT_LAST_LONG}",
    rf"{NOT_LAST_LONG}\b[\s\S]{{0,200}}?\b{PSYCH_DISCHARGE}",
    # round 19: the will to live lost
    LOST_WILL,
]

OVERDOSE = OVERDOSE + [
    # round 19: naloxone in the hands, 911 on the phone, and the box or the package to open
    rf"(?=[\s\S]*\b{URGENT_NOW}\b){NALOXONE}\b[^.!]{{0,80}}?\b{OPEN_PKG}\b",
    rf"(?=[\s\S]*\b{URGENT_NOW}\b){OPEN_PKG}\b[^.!]{{0,60}}?\b{NALOXONE}\b",
    rf"{URGENT_NOW}\b[\s\S]{{0,160}}?\b(?:{NALOXONE}\b[^.!]{{0,80}}?\b{OPEN_PKG}|{OPEN_PKG}\b[^.!]{{0,60}}?\b{NALOXONE})\b",
    rf"(?=[\s\S]*\b{URGENT_NOW}\b){NALOXONE_OUT}\b",
    rf"{URGENT_NOW}\b[\s\S]{{0,120}}?\b(?:how (?:do|to|should) (?:i|you|we) ?(?:use|give|spray|administer|put in) (?:the |this |a |my )?{NALOXONE}|como (?:se )?(?:usa|uso|le pongo|se pone|pongo|aplico) (?:el |la |este |esta )?{NALOXONE})",
    rf"(?:how (?:do|to|should) (?:i|you|we) ?(?:use|give|spray|administer|put in) (?:the |this |a |my )?{NALOXONE}|como (?:se )?(?:usa|uso|le pongo|se pone|pongo|aplico) (?:el |la |este |esta )?{NALOXONE})\b[\s\S]{{0,120}}?\b{URGENT_NOW}\b",
    rf"{URGENT_NOW}\b[\s\S]{{0,160}}?\b{NALOXONE_OUT}\b",
    # round 19: the bare "OD" for an overdose happening now ("she od", "mi primo hizo od", "OD!! help")
    rf"(?<!if\s)(?<!case\s)(?<!when\s)(?<!si\s)(?<!que\s)(?<!cuando\s){NOT_AFTER_MODAL}{OD_SUBJECT} (?:just |prob |probably |might have |may have |totally |def |definitely |is |has |did )?overdose\b{OD_NOT_NOUN}",
    r"(?:hizo|hace|le dio|le esta dando|tuvo|tiene|se dio|sufrio|le pego|esta teniendo|esta en|le agarro|cayo en|se metio|le dio un|hizo un) (?:un |una |el |la |en )?overdose\b",
    r"\bse (?:esta |acaba de )?overdose\b",
    r"(?:possible|probable|likely|suspected|active) overdose (?:in|at|on|outside|inside|here|right now|now)\b",
    r"^\W*overdose\W*(?:$|help|ayuda|please|por favor|911|now|ahora|ahorita|ya\b|here|aqui|aca|hurry)",
    r"^\W*overdose on (?:\w+ ){0,2}?(?:fent\w*|heroin|dope|pills|percs?|xanax|oxy\w*|something|coke|crack|meth|fentanilo|pastillas|algo|drogas)\b",
    # round 19: hand sanitizer (or another alcohol that is not a drink) swallowed (a topic: "is it
    # bad to drink hand sanitizer?" asks)
    rf"!{DRANK_IT} {QUANTITY}{SANITIZER}\b",
    rf"!{SANITIZER}\b[^.?!]{{0,40}}?\b(?:drank|swallowed|chugged|ate|se (?:lo|la) (?:tomo|bebio|trago)|(?:lo|la) (?:tomo|bebio|trago)) (?:it|some|half|all|a lot|el|la|todo|toda|medio|media)?\b",
]

MEDICAL = MEDICAL + [
    # round 19: unequal pupils (after a knock to the head at practice, or out of nowhere; a topic:
    # "can ketamine make one pupil bigger?" asks)
    rf"!{LONG_STANDING}{NOT_EYE_DROPS}{UNEQUAL_PUPILS}",
    # round 19: chest pain and dizziness together, right after the treatment or on the train,
    # even asked as "is this normal?"
    rf"(?=[\s\S]*\b{JUST_TREATED_OR_OUT}){CHEST_ANY}\b[^.?!]{{0,80}}?\b{DIZZY_ANY}",
    rf"(?=[\s\S]*\b{JUST_TREATED_OR_OUT}){DIZZY_ANY}\b[^.?!]{{0,80}}?\b{CHEST_ANY}",
    rf"{JUST_TREATED_OR_OUT}\b[\s\S]{{0,160}}?\b(?:{CHEST_ANY}\b[^.?!]{{0,80}}?\b{DIZZY_ANY}|{DIZZY_ANY}\b[^.?!]{{0,80}}?\b{CHEST_ANY})",
    # round 19: fainting (twice, or at all) and an irregular or racing pulse
    rf"{FAINTED}\b[\s\S]{{0,160}}?\b{PULSE_BAD}",
    rf"{PULSE_BAD}\b[\s\S]{{0,160}}?\b{FAINTED}",
    # round 19: a seizure lasting five minutes or more, in any wording
    rf"{SEIZURE_ANY}[^.?!]{{0,80}}?\b{LONG_MINUTES}",
    rf"(?:[5-9]|[1-5]\d|five|six|seven|eight|nine|ten|fifteen|twenty|cinco|seis|siete|ocho|nueve|diez|quince|veinte)(?:-| )?(?:minutes?|mins?|minutos?|min)(?: long)? (?:\w+ )?{SEIZURE_ANY}",
    rf"epilep\w*\b[\s\S]{{0,120}}?\b(?:ataque|crisis|episode|episodio|fit|seizure|convulsion)\b(?! de (?:panico|ansiedad|risa|tos|nervios|asma|celos))[^.?!]{{0,80}}?\b{LONG_MINUTES}",
]

# --- round 20's vocabulary ------------------------------------------------------

# A goodbye word, however short ("BYE.", "chao, los quiero", "adios a todos"); not a see-you-later.
BYE = (
    r"(?:bye|byee|goodbye|good bye|bye bye|farewell|adios|chao|chau|hasta nunca|hasta siempre|me despido|see you on the other side|nos vemos del otro lado)"
    r"(?! (?:for now|see you|nos vemos|hasta (?:luego|manana|pronto|la proxima|el \w+)|talk soon|till|until|thanks|gracias)\b)"
)
# The pills or the bottle in the writer's hand or in front of them.
MEANS_WORD = r"(?:pills|meds|bottle|pastillas|pildoras|frasco|medicinas|insulin|insulina)"
PILLS_IN_HAND = (
    rf"(?:{MEANS_WORD}\b (?:\w+ ){{0,3}}?(?:{AT_HAND}|in my hands?|en (?:mi|mis|las) manos?)|"
    rf"(?:got|have|holding|i have|i got|tengo|traigo) (?:\w+ ){{0,2}}?{MEANS_WORD}\b(?: \w+){{0,2}}? "
    r"(?:right here|here|right now|now|with me|in my hand|ready|aqui|aca|ahora|ahorita|conmigo|en la mano|list[oa]s?)|"
    r"(?:the |a )?(?:whole|entire) (?:bottle|pack|box) of (?:\w+ )?(?:pills|meds|tablets)|todo el frasco|(?:ya )?tengo tod[oa]s (?:las|los|mis) (?:pastillas|pildoras|medicinas|medicamentos))"
)
# Medicine put aside bit by bit, or taken from a relative, until there is enough.
SUPPLY = (
    rf"(?:{INSULIN}|insulin pens?|plumas? de insulina|pills|meds|medication|medicine|pastillas|pildoras|medicinas?|medicamentos?|jeringas|vials|frascos)"
)
PUT_ASIDE = (
    r"(?:saving|saved|stockpil\w*|stash\w*|hoard\w*|collect\w*|squirrel\w* away|putting aside|put aside|setting aside|set aside|putting away|"
    r"junte|juntando|juntado|juntadas|apartando|aparte|apartado|apartad[oa]s|ahorrando|ahorre|ahorrad[oa]s?|acumulando|acumule|acumulad[oa]s?|"
    r"guardando|guarde|guardad[oa]s?|escondiendo|escondi|escondid[oa]s?|reuniendo|reuni)(?! (?:money|cash|up for|for|dinero|plata|para)\b)"
)
ENOUGH = (
    r"(?:(?:i|we|now i|finally|so i would|so i will|until i) (?:\w+ )?(?:have|had|got) (?:\w+ )?(?:enough|plenty|what i need)|(?:it is|that is|now it is) enough|enough (?:saved|now|stashed|put away|to)|"
    r"(?:ya )?(?:tengo|junte|llevo|tendre|tenga) (?:\w+ )?(?:suficientes?|bastantes?|lo suficiente|las suficientes|los suficientes|la cantidad que (?:necesito|ocupo|hace falta)|lo que (?:necesito|ocupo|hace falta))|"
    r"suficientes? (?:para|pa) (?:hacerlo|morir\w*|matarme|no despertar|acabar))"
)
RELATIVE_OWNER = (
    r"(?:grandma|grandpa|grandmother|grandfather|mom|mother|dad|father|wife|husband|brother|sister|aunt|uncle|roommate|son|daughter|partner|nana|abuela|abuelo)"
)
TAKEN_FROM_KIN = (
    rf"(?:(?:taking|took|stealing|stole|sneaking|pocketing|skimming|grabbing) (?:some of )?(?:my|his|her|our) (?:\w+ )?{RELATIVE_OWNER}'?s (?:\w+ )?{SUPPLY}|"
    rf"(?:sacando|saque|robando|robe|agarrando|agarre|quitando|quite|tomando) (?:\w+ ){{0,3}}?{SUPPLY} (?:\w+ ){{0,2}}?(?:de|a) (?:mi|su) (?:abuel[oa]|papa|mama|padre|madre|tio|tia|herman[oa]|espos[oa]|hij[oa]))"
)
LITTLE_BY_LITTLE = (
    r"(?:a few at a time|a little at a time|one at a time|one (?:pen|vial|bottle) at a time|bit by bit|little by little|every (?:week|month|time)|for (?:weeks|months)|"
    rf"without (?:her|him|them) (?:noticing|knowing)|poco a poco|de a poco|de a poquito|una por una|cada (?:semana|mes)|sin que (?:se de|se den|lo sepa|sepa)|{ENOUGH})"
)
# Fresh cuts on the arms or the legs, bleeding now (a teenager's, or the writer's own).
BODY_CUT = (
    r"(?:arms?|wrists?|forearms?|thighs?|legs?|stomach|belly|hips?|skin|brazos?|munecas?|antebrazos?|muslos?|piernas?|panza|abdomen|estomago|piel|venas)"
)
SELF_CUT = (
    rf"(?:(?:cut|cuts|cutting|sliced|slashed|carved) (?:on |into )?(?:his|her|their|my) (?:own )?{BODY_CUT}|"
    rf"(?:fresh|new|deep|open) (?!(?:surgical|surgery|post-?op)\b)(?:\w+ )?(?:cuts|gashes|slashes)(?: (?:on|in|all over) (?:his|her|their|my) {BODY_CUT})?|"
    r"(?:cut|cutting) (?:again|himself|herself|themselves|myself)|"
    rf"(?:se|me) (?:(?:volvi a|volvio a|acaba de|acabo de) )?(?:corto|corte|cortar|esta cortando|estaba cortando|cortaba|hizo cortes|hice cortes|rajo|raje) (?:\w+ ){{0,2}}?{BODY_CUT}|"
    r"(?:cortadas|cortaduras|cortes|rajadas) (?:\w+ )?(?:nuev|fresc|profund|abiert)[oa]s|(?:cortadas|cortaduras|cortes) (?:\w+ )?recientes|"
    r"(?:nuev|fresc|profund)[oa]s (?:cortadas|cortaduras|cortes))"
    # ...not an accident ("cut himself shaving", "me corte con un vidrio")
    r"(?! (?:shaving|cooking|while|on (?:a|the|some|glass)|by accident|accidentally|at work|con (?:un|una|el|la) (?:vidrio|cuchillo|lata|clavo|alambre|cristal)|por accidente|sin querer|cocinando|afeitando)\b)"
)
BLEEDING_NOW = (
    r"(?:bleeding|bleed|bleeds|bled through|blood (?:everywhere|all over|dripping|coming out|soaking)|sangrando|sangra|sangran|sangrar|"
    r"sangre por todos lados|(?:le |me )?(?:sale|salir|saliendo|sigue saliendo) (?:\w+ )?sangre)"
)
# Goodbyes told as a trip: a long journey with letters or goodbyes, or leaving for good
# (a trip of no return) with a time set as well.
LONG_TRIP = (
    r"(?:(?:going|leaving|heading|setting off|taking off|go|leave) (?:on|for) (?:a |an |my |his |her )?(?:very )?(?:long|big|long long) (?:trip|journey|voyage|ride)|"
    r"(?:me voy|se va|nos vamos|irme|irse|me ire|se ira|salgo|sale) (?:de|a|en) (?:un |una )?viaje (?:muy )?largo)"
)
FOR_GOOD = (
    r"(?:(?:going|go|leaving|leave|heading) (?:away |off )?(?:for good|forever|permanently|and (?:not|never) coming back)|"
    r"(?:going|leaving|heading|go|leave) (?:on|for) (?:a |an |my |his |her )?(?:one[- ]way|last|final|permanent) (?:trip|journey|voyage|ride)|"
    r"(?:trip|journey) (?:i|he|she|they) (?:will not|am not going to|is not going to|are not going to) (?:come|be coming) back from|"
    r"(?:me voy|se va|irme|irse|me ire|se ira|me marcho|se marcha) (?:\w+ )?(?:para siempre|lejos para siempre|y no (?:vuelvo|voy a volver|va a volver|regreso|voy a regresar|va a regresar))|"
    r"viaje (?:del|de el) que no (?:voy|va|vamos|van) a (?:volver|regresar)|viaje sin (?:regreso|retorno|vuelta)|viaje (?:para siempre|de ida))"
    # ...not a move
    r"(?![^.?!]{0,60}\b(?:moving|move|moved|relocat\w*|mudo|mudamos|mudanza|me mudo|nos mudamos|transfer\w*|traslad\w*)\b)"
)
LETTER = r"(?:letters?|notes?|cartas?|notas?)"
GOODBYES_LEFT = (
    rf"(?:(?:goodbye|farewell|despedida) {LETTER}|(?:wrote|written|writing|left|leave|leaving|gave|given|dejo|deje|dejando|dejado|escribi|escribio|escribiendo|escrito|dio|mando) (?:\w+ ){{0,4}}?{LETTER}|"
    rf"{LETTER} (?:for|to|para|a) (?:each|everyone|everybody|all|my|his|her|todos|cada|mis|mi|sus|su)\b|{LETTER} (?:are|is|estan|esta) (?:on|in|en|sobre)\b|"
    r"goodbyes|despedid[oa]|despedirme|despedirse|me despedi|se despidio|(?:said|say|saying) goodbye)"
)
TIME_SET = (
    r"(?:tomorrow (?:morning|at|early)|in the morning|at (?:dawn|sunrise|first light|\d{1,2}(?::\d\d)?(?: ?(?:am|pm))?)|\d{1,2} ?(?:am|pm)|tonight|"
    r"manana (?:temprano|en la manana|por la manana|a las)|esta (?:madrugada|noche)|de madrugada|al amanecer|a las \d{1,2})"
)
# Trapped with no way out, in Spanish ("sin salida", "atrapada y sin salida", "no le veo salida").
NO_WAY_OUT_ES = (
    r"(?:(?:me siento|me sentia|estoy|ando|me veo|me encuentro|sigo|siento que estoy|me quede|quede) (?:\w+ ){0,2}?(?:sin salida|en un callejon sin salida)|"
    r"atrapad[oa]s? (?:y |, ?)?sin salida|(?:sin salida|callejon sin salida) (?:en|con) (?:mi|la|esta) vida|"
    r"no (?:le )?(?:veo|encuentro|hallo|tengo) (?:ninguna |otra )?(?:salida|escapatoria)(?! (?:de emergencia|del|de la|al|a la|para el|para la)\b)|no (?:hay|tengo|veo) (?:otra )?escapatoria)"
)
# Being extra, left over, in the way or a nuisance in this world (said of oneself, or
# reported of an old parent).
SAYS_THAT = (
    r"(?:dice|dijo|decia|anda diciendo|sigue diciendo|repite|siente|cree|piensa|me dice|nos dice|insiste en) (?:que )?(?:(?:el|ella|yo|ya|solo|nada mas|nomas|realmente|siempre|que) ){0,3}"
)
ONLY = r"(?:(?:ya|solo|nada mas|nomas|realmente) )*"
EXTRA_HE = (
    r"(?:sobra|esta de mas|esta de sobra|estorba|es un estorbo|es una molestia|es un (?:peso|lastre)|no hace falta|no le hace falta a nadie)"
)
EXTRA_ME = (
    r"(?:sobro|estoy de mas|estoy de sobra|estorbo|soy un estorbo|soy una molestia|soy un (?:peso|lastre)|no hago falta|no le hago falta a nadie)"
)
EXTRA_SCOPE = (
    r"(?= ?(?:[.,;!?]|$|y\b|pero\b|que\b|en (?:este mundo|esta vida|la vida|la casa|esta casa|esta familia|todos lados)|aqui|para (?:todos|nadie|la familia|sus hijos|mis hijos)|a (?:todos|nadie|la familia)|ya\b))"
)
IN_THE_WAY = (
    r"(?:(?:says|said|keeps saying|thinks|feels|tells (?:me|us|everyone)|believes|always says) (?:that )?(?:he|she|they|i) (?:is|are|am|was)?|i am|i feel like i am|i feel) "
    r"(?:just |only |simply |nothing but |really )?(?:(?:in the way|in everyone's way|in everybody's way|superfluous|surplus|extra baggage|dead weight|a nuisance)(?: here)? anymore|"
    r"(?:in the way|in everyone's way|in everybody's way|superfluous|surplus|extra baggage|dead weight|a nuisance|unnecessary|not needed)"
    r"(?: (?:in|on) this (?:world|earth|life)| to (?:everyone|everybody|us|the family|all of us)| for everyone))"
)
# Crushing chest pain told in a clinician's words, with sweating, nausea or pain that spreads.
CHEST_CLINICAL = (
    r"(?:dolor (?:toracico|retroesternal|precordial|subesternal)|opresion (?:toracica|precordial|retroesternal)|(?:toracico|precordial|retroesternal) opresivo|"
    r"(?:crushing|pressure-like|squeezing|oppressive|substernal|retrosternal) (?:\w+ )?(?:chest )?(?:pain|pressure|tightness|discomfort)|chest pain (?:radiating|that radiates))"
)
CHEST_COMPANION = (
    r"(?:diaphore\w*|diaforesis|diaforetic[oa]|sudoracion|nause\w*|vomit\w*|emesis|(?:radiating|radiates|radiation) to|irradia\w*|"
    r"(?:left )?arm|jaw|mandibula|brazo izquierdo|shortness of breath|short of breath|disnea|dyspne\w*|clammy|palid[oa]|pale)"
)
# Coughing up blood, a lot of it.
COUGH_VERB = r"(?:coughing|coughed|cough|coughs|hacking|tosiendo|tose|toso|tosio|tosi|toser|escupiendo|escupe|escupo|escupio)"
BLOOD = r"(?:blood|sangre)"
MUCH_BLOOD = (
    r"(?:a lot|lots|so much|too much|tons|a ton|a cup|cupful|cups|mouthfuls?|spoonfuls?|a handful|bright red|clots|nonstop|non stop|will not stop|keeps|keep|"
    r"mucha|muchisima|bastante|demasiada|a borbotones|chorros?|coagulos|cuajos|una taza|un vaso|roja viva|rojo vivo|no para|sigue|sin parar)"
)
AT_A_COUGH = r"(?:al toser|when (?:i|he|she|they) coughs?|cuando (?:tose|toso)|cada vez que (?:tose|toso))"

SELF_HARM = SELF_HARM + [
    # round 20: a terse farewell with the pills in hand ("PILLS IN MY HAND. BYE.")
    rf"{PILLS_IN_HAND}\b[\s\S]{{0,120}}?\b{BYE}",
    rf"{BYE}\b[\s\S]{{0,120}}?\b{PILLS_IN_HAND}",
    # round 20: insulin or pills put aside (taken from a relative, collected) until there is enough
    rf"{PUT_ASIDE} {W}{{0,5}}{SUPPLY}\b[^.?!]{{0,80}}?\b{ENOUGH}",
    rf"(?:ya (?:tengo|junte|llevo)|junte|he juntado|tengo guardad[oa]s) (?:\w+ )?(?:suficientes?|bastantes?) (?:\w+ ){{0,2}}?{SUPPLY}",
    rf"{SUPPLY}\b[^.?!]{{0,60}}?\b{PUT_ASIDE}\b[\s\S]{{0,60}}?\b{ENOUGH}",
    rf"{ENOUGH}(?: \w+){{0,3}}? (?:de )?{SUPPLY}\b[^.?!]{{0,40}}?\b{PUT_ASIDE}",
    rf"{TAKEN_FROM_KIN}\b[^.?!]{{0,60}}?\b{LITTLE_BY_LITTLE}",
    # round 20: fresh cuts (a teenager's, or one's own) bleeding now
    rf"{SELF_CUT}\b[^.?!]{{0,80}}?\b{BLEEDING_NOW}",
    rf"{BLEEDING_NOW}\b[^.?!]{{0,60}}?\b{SELF_CUT}",
    # round 20: goodbyes told as a trip: a long journey and letters or goodbyes, or leaving for
    # good and a time or goodbyes
    rf"{LONG_TRIP}\b[\s\S]{{0,120}}?\b{GOODBYES_LEFT}",
    rf"{GOODBYES_LEFT}\b[\s\S]{{0,120}}?\b{LONG_TRIP}",
    rf"{FOR_GOOD}\b[\s\S]{{0,120}}?\b(?:{GOODBYES_LEFT}|{TIME_SET})",
    rf"(?:{GOODBYES_LEFT}|{TIME_SET})\b[\s\S]{{0,120}}?\b{FOR_GOOD}",
    # round 20: "no quiere despertar" reported as a wish ("dice que ya no quiere despertar"), or "never again"
    r"(?:dice|dijo|decia|anda diciendo|repite|me dice|me dijo|nos dijo|siempre dice|habla de) (?:que )?(?:ya )?no (?:se )?quiere (?:despertar|despertarse|volver a despertar)|"
    r"no (?:se )?quiere (?:volver a )?despertar(?:se)? (?:mas|nunca|jamas)\b",
]

POSSIBLE_RISK = POSSIBLE_RISK + [
    # round 20: trapped with no way out, in Spanish ("me siento sin salida"), beside any question
    NO_WAY_OUT_ES,
    # round 20: extra, left over, in the way or a nuisance in this world (oneself, or an old parent reported)
    rf"{SAYS_THAT}(?:{EXTRA_HE}|{EXTRA_ME}){EXTRA_SCOPE}",
    rf"(?:el|ella) {ONLY}{EXTRA_HE}{EXTRA_SCOPE}|(?:yo|ya) {ONLY}{EXTRA_ME}{EXTRA_SCOPE}",
    # ...or felt as a thing that is in the way ("me siento como un mueble viejo que estorba")
    rf"(?:me siento|soy) (?:como )?(?:un|una) [^.?!]{{0,60}}?\bque {ONLY}{EXTRA_HE}{EXTRA_SCOPE}",
    IN_THE_WAY,
]

UNRESPONSIVE = UNRESPONSIVE + [
    # round 20: "no quiere despertar" of someone else is "won't wake up" (a wish only when reported, above)
    r"(?<!\bque\s)(?<!\bque\sya\s)no (?:se )?quiere (?:despertar|despertarse|reaccionar|responder)\b(?! (?:mas|nunca|jamas)\b)",
]

MEDICAL = MEDICAL + [
    # round 20: crushing chest pain in a clinician's words, with sweating, nausea or spreading pain
    rf"!{CHEST_CLINICAL}\b[^.?!]{{0,160}}?\b{CHEST_COMPANION}",
    rf"!{CHEST_COMPANION}\b[^.?!]{{0,160}}?\b{CHEST_CLINICAL}",
    # round 20: coughing up a lot of blood (hemoptysis)
    rf"!{COUGH_VERB} {W}{{0,4}}{MUCH_BLOOD} {W}{{0,3}}{BLOOD}",
    rf"!{COUGH_VERB} {W}{{0,3}}{BLOOD}\b[^.?!]{{0,40}}?\b{MUCH_BLOOD}",
    rf"!{MUCH_BLOOD} {W}{{0,3}}{BLOOD} {W}{{0,3}}{AT_A_COUGH}",
    r"!(?:massive|large|significant|masiva|abundante|importante) (?:hemoptysis|hemoptisis)|(?:hemoptysis|hemoptisis) (?:masiva|abundante|importante)",
]

# --- round 21's vocabulary ------------------------------------------------------

# A late spouse's or parent's leftover opioids, and the wish to join them ("it's my turn").
LEFTOVER_OPIOID = (
    r"(?:(?:his|her|their|su|sus) (?:old |leftover |remaining )?(?:pills|meds|medications?|medicine|pastillas|medicinas|pildoras|gun|pistol|pistola|arma)|patch(?:es)?|parches|morphine|morfina|roxanol|oxy\w*|oxicodona|fentanyl|fentanilo|fent patch\w*|duragesic|dilaudid|hydromorphone|hidromorfona|methadone|metadona|percocet|vicodin|norco|"
    r"hydrocodone|hidrocodona|opioids?|opioides?|opiates?|painkillers?|pain (?:meds|pills|medication|medicine)|comfort (?:kit|meds|pack)|hospice (?:kit|meds|box|medication|medicine)|"
    r"pastillas (?:de|para el) dolor|analgesicos|medicinas? (?:de|para el) dolor)"
)
# ...of someone who has died or been lost (or medicine no longer used: what is left of it).
DEAD_ONE = (
    r"(?:late|difunt[oa]|fallecid[oa]|finad[oa]|passed|died|death|murio|se murio|fallecio|se nos fue|partio|que en paz descanse|"
    r"leftover|left over|what is left of|the rest of|sobrante\w*|que (?:le |les )?(?:sobro|sobraron|quedo|quedaron)|loss|lost|perdi|perdida)"
)
MY_TURN = (
    r"(?:(?:it is|now|and now) my turn(?= ?(?:[.,;!?]|$|now|next|too|to go|to die|to leave|to join|to be with|y\b|and\b))|my turn (?:now|next|to go|to die|to leave|to join|to be with)|"
    r"(?:want|wanna|going|ready|time|need|wish|long|longing|planning|plan|decided|about) to (?:go )?(?:and )?(?:join|be with|go be with|follow|see) "
    r"(?:him|her|them|my (?:\w+ )?(?:husband|wife|partner|spouse|mother|father|son|daughter|boyfriend|girlfriend|love|brother|sister|friend|grandma|grandpa|baby|child))|"
    r"(?:it is )?time (?:for me )?(?:to join|i joined|i join|i went to|to go (?:be )?with|to be with) (?:him|her|them|my \w+)|"
    r"(?:ya )?(?:me toca|es mi turno|ya es mi turno|me llego la hora)(?: a mi)?|"
    r"(?:quiero|me quiero|voy a|ya me voy a|me voy a|es hora de|tengo que) (?:ir(?:me)? (?:con|a donde esta)|reunir(?:me)? con|estar con|alcanzar a) "
    r"(?:el|ella|ellos|mi (?:\w+ )?(?:esposo|esposa|pareja|mama|papa|madre|padre|hijo|hija|marido|mujer|viejo|vieja|hermano|hermana|amigo|amiga|abuelo|abuela|bebe))|irme con (?:el|ella|ellos|mi \w+))"
)
# A pill or a powder that tested positive for fentanyl, and sedation after it.
FENT = r"(?:fent\w*|fentanilo|carfentanil)"
POSITIVE = (
    r"(?:positive|positiva|positivo|lit up|light up|lights up|showed|shows|marco|salio|dio|one line|una (?:sola )?(?:raya|linea))"
)
POSITIVE_FENT = rf"(?:{POSITIVE}\b[^.?!]{{0,50}}?\b{FENT}|{FENT}\b[^.?!]{{0,50}}?\b{POSITIVE})"
SEDATED = (
    rf"(?:{DROWSY}|hard to wake|(?:will not|can not|does not) (?:stay|keep) awake|keeps? falling asleep|won't stay awake|"
    r"(?:breathing|breaths|breathes) (?:is |are )?(?:\w+ )?(?:slow|slower|shallow)|(?:slow|shallow) breathing|respira (?:muy |bien |super )?(?:lento|despacio|poquito)|"
    r"no (?:se )?(?:puede )?(?:mantener(?:se)?|mantiene) despiert[oa]|casi no (?:lo|la|le) (?:puedo|podemos) despertar|(?:cuesta|cuesta mucho) despertarl[oa])"
)
# Passive wishes to die (possible risk): not making it home, the bridge on the drive.
NOT_ARRIVE = (
    r"(?:(?:hope|hopes|hoping|wish|wishes|pray|prays|praying)\b[^.?!]{0,20}?\b(?:that )?i (?:do not|will not|would not|never|did not) (?:make it|get|arrive)"
    r"(?: (?:home|back|there|to (?:work|the other side|my (?:house|apartment|place)))|(?= ?(?:[.,;!?]|$)))(?! (?:late|too late|in time|on time|before|after|by|early|for)\b)|"
    r"(?:ojala|quisiera|espero|a veces quiero|deseo|rezo (?:para|por)) (?:que )?(?:ya )?no (?:llegue|llegar|llegara|llegaria|vuelva|volver|regrese|regresar)"
    r"(?: (?:a casa|a mi casa|al trabajo|nunca))?(?! (?:tarde|a tiempo|temprano|antes|el|la|los|las|mi|tu|su|ese|esa|eso|nadie|hoy|manana)\b))"
)
CROSSING = (
    r"(?:drive|driving|drove|cross|crossing|walk|walking|pass|passing|go over|going over|manejo|manejando|cruzo|cruzando|paso|pasando|camino|caminando)"
)
SPAN_WORD = r"(?:bridge|overpass|puente|tracks|vias)"
PULLED_BY_IT = (
    r"(?:i (?:\w+ )?(?:think|thinking|picture|imagine|imagining|wonder|wondering) (?:about )?(?:it|that|jumping|going over|driving off|how easy|how high|letting go|stopping)\b|"
    r"pienso en (?:tirarme|aventarme|saltar|eso|hacerlo|lo facil)|me dan ganas de)"
)
# The children better off with the death benefit than with the writer.
PAYOUT_21 = (
    r"(?:life insurance|insurance money|death benefit|the payout|my policy|the policy|the insurance|the money from (?:my|the) (?:policy|insurance)|"
    r"seguro de vida|dinero del seguro|la poliza|el seguro|la indemnizacion)"
)
# Envying the dying (a nurse, a caregiver).
ENVY = r"(?:envy|envying|envied|envious of|jealous of|envidio|envidiaba|envidia (?:a|de)|me dan envidia|les tengo envidia a)"
THE_DYING = (
    r"(?:(?:who|that|que) (?:\w+ )?(?:get to die|got to die|die|died|are dying|pass|passed away|se mueren|se murieron|mueren|se estan muriendo|se van|fallecen|descansan)|"
    r"the dead|the dying|dying patients|los muertos|los difuntos|pacientes (?:que se mueren|terminales))"
)
# Understanding those who give up, said by the writer.
GIVE_UP_LIFE = (
    r"(?:i (?:totally |really |finally |kind of |kinda |now |completely )?(?:get|understand|see|know) why (?:people|someone|somebody|anyone|folks|they) (?:just )?"
    r"(?:give up|gave up|kill themselves|end it|end their lives|do it|check out|take their (?:own )?lives?)(?! (?:on (?!life|living|everything|themselves)|their|the|at|with|after|when)\b)|"
    r"(?:ahora |ya )?(?:entiendo|comprendo) (?:por que |a )?(?:la gente|las personas|los que|quienes) (?:que )?"
    r"(?:se rinde|se rinden|se matan|se suicidan|se quitan la vida|se dan por vencid\w*|tiran la toalla|se dejan morir))"
)
# "Prefiero no vivirla": rather not live this life.
RATHER_NOT_LIVE = (
    r"(?:prefier[oe]n?|preferiria|quisiera) (?:ya )?no (?:vivir(?:la)?|seguir viviendo|seguir viv[oa]|existir|estar viv[oa]|despertar|haber nacido)(?! (?:en|con|cerca|lejos|alla|aqui|sol[oa]|de|del|junto)\b)|"
    r"(?:would|'d) (?:much )?rather not (?:live|be alive|exist|wake up|have been born)(?! (?:in|with|near|at|alone|there|together)\b)"
)
# A gunshot wound: a tourniquet, bleeding.
BODY_PART = (
    r"(?:leg|legs|arm|arms|chest|stomach|belly|gut|back|head|neck|shoulder|thigh|hand|foot|side|abdomen|face|hip|butt|knee|groin|"
    r"pierna|brazo|pecho|estomago|panza|espalda|cabeza|cuello|hombro|muslo|mano|pie|costado|cara|cadera|nalga|rodilla)"
)
SHOT_WOUND = (
    rf"(?:(?:got|been|was|were|is|are|just|get|getting|being) shot (?:in|on|through) (?:the |his |her |my |their )?{BODY_PART}|"
    rf"shot (?:him|her|them|me|my \w+|his \w+|her \w+) in (?:the |his |her |my |their )?{BODY_PART}|gunshot(?: wounds?)?|gsw|bullet (?:wound|hole)s?|"
    rf"(?:herida|heridas) (?:de|por) (?:bala|arma de fuego)|balazos?|plomazos?|(?:le|me|nos|les) (?:dispararon|disparo|dieron un (?:tiro|balazo|plomazo)|pegaron un (?:tiro|balazo))|"
    rf"balead[oa]|herid[oa] de bala|tiro en (?:el|la) {BODY_PART})"
)
TOURNIQUET_OR_BLEED = r"(?:tourniquet|torniquete|bleed\w*|blood|sangr\w*|pressure on it|presion|ems|ambulance|ambulancia|911)"
# An old person on a blood thinner who fell; a leg shortened and turned out after a fall (a broken hip).
# (not "she is not on any blood thinners")
# (\s, not a space, inside the look-behinds: a phrase's spaces become ",? ", which has no fixed width)
ON_THINNER = (
    r"(?<!not\son\s)(?<!not\son\sany\s)(?<!no\s)(?<!without\s)(?<!sin\s)(?<!no\stoma\s)(?<!not\staking\s)(?<!not\staking\sany\s)" + THINNER
)
FELL = r"(?:fell|fall|fallen|falling|slipped|tripped|took a (?:fall|spill)|se cayo|me cai|se resbalo|se tropezo|caida|cayo)"
LEG_SHORT_TURNED = (
    r"(?:(?:leg|pierna)\b[^.?!]{0,40}?\b(?:shorter|shortened|mas corta|acortada)\b[^.?!]{0,40}?\b(?:turned|rotated|twisted|pointing|sticking|volteada|girada|torcida|rotada|hacia afuera|para afuera|outward)|"
    r"(?:turned|rotated|twisted|pointing|volteada|girada|torcida|rotada) (?:\w+ ){0,2}?(?:out|outward|outwards|hacia afuera|para afuera|para fuera)\b[^.?!]{0,40}?\b(?:shorter|shortened|mas corta|acortada))"
)

SELF_HARM = SELF_HARM + [
    # round 21: a late spouse's (a hospice patient's) leftover opioids, and "my turn" to join them
    rf"{DEAD_ONE}\b[\s\S]{{0,160}}?\b{LEFTOVER_OPIOID}\b[\s\S]{{0,160}}?\b{MY_TURN}",
    rf"{LEFTOVER_OPIOID}\b[\s\S]{{0,160}}?\b{DEAD_ONE}\b[\s\S]{{0,160}}?\b{MY_TURN}",
    rf"{DEAD_ONE}\b[\s\S]{{0,160}}?\b{MY_TURN}\b[\s\S]{{0,160}}?\b{LEFTOVER_OPIOID}",
]

# A nurse's or a caregiver's own envy of the dying is not a study topic ("soy enfermera y envidio a los que se mueren").
NOT_STUDY = NOT_STUDY + [rf"{ENVY}\b[^.?!]{{0,40}}?\b{THE_DYING}"]

POSSIBLE_RISK = POSSIBLE_RISK + [
    # round 21: hoping not to make it home; the bridge on the drive
    NOT_ARRIVE,
    rf"{CROSSING} (?:\w+ ){{0,3}}?(?:the |that |a |el |ese )?(?:\w+ )?{SPAN_WORD}\b[^.?!]{{0,80}}?\b{PULLED_BY_IT}",
    rf"(?:think|thinking|thought|pienso|pensando) (?:about|of|en) (?:the |that |el |ese )?(?:\w+ )?{SPAN_WORD}\b[^.?!]{{0,80}}?\b(?:drive|driving|commute|way home|on the way|every time|cuando manejo|de camino|manejando|camino a casa)|"
    rf"(?:on|during) (?:the|my) (?:drive|commute|way|ride)(?: home| to work| back)?\b[^.?!]{{0,60}}?\bi (?:\w+ )?(?:think|thinking) about (?:the )?(?:{SPAN_WORD}|it)\b",
    # round 21: the children better off with the death benefit than with the writer
    rf"better off with (?:\w+ ){{0,2}}?{PAYOUT_21}|(?:estarian|estaria|vivirian|quedarian) mejor con (?:\w+ ){{0,3}}?{PAYOUT_21}|"
    rf"{PAYOUT_21}\b[^.?!]{{0,60}}?\b(?:than with me|than me|than having me|que conmigo|que yo)\b",
    # round 21: envying the dying (a nurse, a caregiver)
    rf"{ENVY}\b[^.?!]{{0,40}}?\b{THE_DYING}",
    # round 21: understanding those who give up
    GIVE_UP_LIFE,
    # round 21: rather not live this life ("prefiero no vivirla")
    RATHER_NOT_LIVE,
]

OVERDOSE = OVERDOSE + [
    # round 21: a pill or a powder that tested positive for fentanyl, and nodding off, hard to wake, slow breathing
    rf"{POSITIVE_FENT}\b[\s\S]{{0,160}}?\b{SEDATED}",
    rf"{SEDATED}\b[\s\S]{{0,160}}?\b{POSITIVE_FENT}",
]

MEDICAL = MEDICAL + [
    # round 21: a gunshot wound, with a tourniquet on or bleeding; shot in a part of the body
    rf"!{SHOT_WOUND}\b[^?]{{0,120}}?\b{TOURNIQUET_OR_BLEED}",
    rf"!{TOURNIQUET_OR_BLEED}\b[^?]{{0,80}}?\b{SHOT_WOUND}",
    rf"!(?:(?:got|been|was|were|just|is|are) shot (?:in|on|through) (?:the |his |her |my |their )?{BODY_PART}|(?:le|me|les|nos) (?:dispararon|dieron un (?:tiro|balazo)) en (?:el|la|los|las) {BODY_PART})",
    # round 21: a blood thinner and a blow to the head (bleeding inside the skull is likelier, whatever the signs)
    rf"!{ON_THINNER}\b[^?]{{0,200}}?\b(?:{HEAD_STRUCK})",
    rf"!(?:{HEAD_STRUCK})\b[^?]{{0,160}}?\b{ON_THINNER}",
    # round 21: after a fall, a leg shorter and turned outward (a broken hip)
    rf"!{FELL}\b[^?]{{0,120}}?\b{LEG_SHORT_TURNED}",
    rf"!{LEG_SHORT_TURNED}\b[^?]{{0,80}}?\b{FELL}",
]

# --- round 22's vocabulary ------------------------------------------------------

# A passive wish tucked inside a practical question: a hospital or morgue worker who would rather
# be the one on the stretcher or the table.
EASIER = r"(?:easier|better|simpler|nicer|a relief|mas facil|mejor|mas sencillo|un alivio)"
ME_THE_ONE = (
    r"(?:(?:to be|if i (?:was|were)|being|i was|i were) the one|(?:ser|fuera|estar|si fuera|que fuera) yo (?:(?:el|la) (?:que|q|k)|(?:el|la) de|quien)|"
    r"(?:if it|it) (?:was|were) me|(?:que|si) (?:fuera|estuviera) yo)"
)
SLAB = (
    r"(?:stretcher|gurney|table|slab|body bag|drawer|cooler|coffin|casket|autopsy table|morgue|"
    r"camilla|plancha|mesa|bolsa|cajon|ataud|morgue|nevera|gaveta)"
)
# An older person who prays to be taken in their sleep.
IN_SLEEP = (
    r"(?:in (?:my|her|his|their) sleep|while (?:i|she|he|they) (?:sleep|sleeps|am sleeping|is sleeping)|before (?:i|she|he) wakes?(?: up)?|tonight|"
    r"mientras (?:duermo|duerme|dormia)|dormid[oa]|en (?:mi|su|el) sueno|esta noche|sin despertar)"
)
PRAYED_TAKEN = (
    rf"(?:pray|prays|praying|prayed|ask|asks|asking|beg|begs|begging|hope|hopes|hoping|wish|wishes)\b[^.?!]{{0,20}}?\b{GOD}\b (?:\w+ ){{0,3}}?(?:takes?|calls?|took) (?:me|her|him|them)\b[^.?!]{{0,12}}?\b{IN_SLEEP}|"
    rf"(?:le )?(?:pido|pide|pedi|rezo|reza|ruego|ruega|suplico) (?:\w+ ){{0,3}}?(?:a )?{GOD}\b[^.?!]{{0,40}}?\b(?:me|la|lo) (?:lleve|recoja|llame|llevara|recogiera)\b[^.?!]{{0,12}}?\b{IN_SLEEP}|"
    rf"(?:que|ojala que|ojala) {GOD} (?:ya )?(?:me|la|lo) (?:lleve|recoja|llame|llevara|recogiera)\b[^.?!]{{0,12}}?\b{IN_SLEEP}"
)
# A widow(er) thinking of going to the dead spouse (no means: possible risk; with leftover opioids,
# the round 21 family reads self-harm).
WIDOWED = (
    r"(?:widow\w*|viud[oa]|enviud\w*|(?:my|mi) (?:late|difunt[oa]|fallecid[oa]|finad[oa])|passed|died|death|murio|se murio|fallecio|se nos fue|partio|"
    r"que en paz descanse|perdi a mi|lost my)"
)
GO_TO_THEM = (
    r"(?:(?:think|thinking|thought|keep thinking|want|wanna|wish|ready|long|longing|dream|dreaming|pray|praying|need)\b (?:\w+ ){0,3}?(?:about |of |to )?(?:go|going|to go) "
    r"(?:to|be with|join|and be with|and join|see) (?:him|her|them|my (?:\w+ )?(?:husband|wife|partner|spouse|love))(?= ?(?:[.,;!?]|$|now|soon|again|too|tonight|already|and\b|but\b|in heaven|up there))|"
    r"(?:pienso|pensando|piensa|quiero|quiere|quisiera|deseo|ganas de|sueno con|me quiero|ya me quiero) (?:\w+ ){0,3}?(?:en )?(?:irme con|ir(?:me)? a donde (?:esta|este)|reunirme con|estar con|alcanzar a|alcanzarl[oa]|juntarme con) "
    r"(?:el|ella|ellos|mi (?:\w+ )?(?:esposo|esposa|viejo|vieja|marido|mujer|pareja|companero|companera|amor))\b(?! (?:al|a la|a|para|de compras|de viaje)\b))"
)
# A worker at a height who thinks of letting go.
WORK_HEIGHT = (
    r"(?:scaffold\w*|roof\w*|ladder|lift|crane|beam|tower|ledge|high rise|up there|up top|window washer|"
    r"andamio|techo|azotea|escalera|grua|altura|alturas|edificio|torre|alla arriba|alli arriba|alla en lo alto)"
)
LET_GO = (
    r"(?:(?:just )?let(?:ting)? go|let(?:ting)? myself (?:fall|drop|go)|(?:just )?(?:fall|falling|step|stepping) off|"
    r"soltarme|me suelto|dejarme caer|me dejo caer|aventarme|tirarme|soltar las manos)"
)
THINKS_OF = (
    r"(?:think|thinking|thought|picture|imagine|imagining|tempted|want to|wanna|urge to|pienso|pense|pensando|me dan ganas|ganas de|quisiera|imagino)"
)
ALL_STOP_ES = (
    r"(?:(?:solo|nada mas|nomas|ya)? ?quiero que (?:ya )?(?:todo|todo esto) (?:pare|se acabe|termine|se termine|acabe|se detenga)|que (?:ya )?se acabe todo)(?! (?:el|la|los|las|este|esta|ese|esa)\b)"
)
# "No se pa que sigo": not knowing what one keeps going on for, texted.
WHAT_FOR = r"(?:pa|pa'|para|pq|por que|porque|x q|xq)"
WHAT_FOR_KEEP = (
    rf"(?:no|ya no|ya ni|ni|nose|no se|ya no se|ya ni se|no se ni|ya no se ni)\b ?(?:se )?(?:ni )?{WHAT_FOR} (?:que|q|k|ke|qe) (?:sigo|seguir|sigo vivo|sigo viva|sigo aqui|vivo|existo|me levanto|respiro|estoy aqui)\b"
    r"(?! (?:con|en|pagando|haciendo|yendo|viniendo|intentando|tratando|esperando|llamando|trabajando|estudiando|usando|tomando|el|los|las|este|esta|a la|al)\b)(?! la (?!verdad\b))"
)
# No hope left, in Spanish ("ya no me queda esperanza") beside a question.
NO_HOPE_ES = (
    r"(?:(?:ya )?no (?:me )?queda (?:ninguna |nada de )?esperanza|no tengo (?:ninguna |nada de )?esperanza(?: ya)?|(?:ya )?perdi (?:toda )?(?:la )?esperanza|"
    r"no (?:me )?queda (?:ni )?una pizca de esperanza)(?! (?:de|en|con|que)\b)"
)
# Dying or not, all the same.
DYING_SAME = (
    r"(?:da|daba|dan) (?:igual|lo mismo) (?:si )?(?:morir(?:se|me)?|vivir|me muero|se muere|estar viv[oa]|estar muert[oa]|que (?:me|se) muera)(?: o (?:no|vivir|morir\w*))?|"
    r"(?:vivir|morir(?:se|me)?) o (?:no|morir\w*|vivir)\b[^.?!]{0,20}?\b(?:da|daba) (?:igual|lo mismo)|"
    r"(?:all the same|the same|does not matter|do not care|no difference)[^.?!]{0,20}?\b(?:whether|if) (?:i|he|she|they) (?:live|lives|die|dies|wake up|wakes up)\b(?: or (?:not|die|dies|live|lives))?"
)
# Alcohol withdrawal with delirium: stopped drinking, then hallucinations, confusion or the shakes
# with sweating or a racing heart.
STOPPED_DRINKING = (
    r"(?:(?:stopped|quit|quitting|stopping|gave up|came off|coming off|cut out|off) (?:the )?(?:drinking|alcohol|booze|the bottle)|"
    r"(?:has not|have not|had not|hasnt|havent) (?:had )?(?:a )?(?:drink|drank|drunk|alcohol|touched (?:a drink|alcohol))|(?:alcohol|alcoholic|booze) withdraw\w*|withdraw\w* from (?:alcohol|booze|drinking)|detox\w* (?:from alcohol|from drinking|off alcohol|at home)|"
    r"(?:dejo|deje|dejaste|dejamos|ha dejado|he dejado|dejar) (?:de (?:tomar|beber|chupar)|el (?:alcohol|trago|guaro|chupe|licor))|sin (?:tomar|beber|alcohol) (?:desde|hace)|"
    r"no (?:ha|he|han) (?:tomado|bebido) (?:alcohol|nada|ni gota|licor)?|abstinencia (?:del|de|al) alcohol|cruda seca)"
)
HALLUCINATING = (
    r"(?:hallucinat\w*|alucin\w*|seeing (?:bugs|spiders|things|people|shadows|snakes|ants|stuff)|sees (?:bugs|spiders|things|people|shadows)|hearing (?:voices|things)|hears (?:voices|things)|"
    r"(?:ve|veo|vio|viendo|mira|miro|ves) (?:bichos|aranas|insectos|cosas|gente|sombras|animales|animalitos|culebras)|(?:oye|oigo|escucha|escucho|oyendo|escuchando) (?:voces|cosas)|"
    r"(?:things|people|bugs|stuff) (?:that|who) (?:are not|is not|were not|was not) (?:there|real)|(?:does not|doesnt|do not|dont) know where (?:he|she|i|they) (?:is|am|are)|"
    rf"{CONFUSED}|delirium tremens|\bdts\b|the dts|seiz\w*|convuls\w*)"
)
DT_SWEAT = rf"(?:sweat\w*|drenched|soaked|sud\w*|empapad[oa]|{RACING})"
# A severe skin reaction to a medicine (Stevens-Johnson): blistering or peeling skin, sore mouth, eyes or lips.
SJS_DRUG = (
    r"(?:lamotrigine|lamictal|lamotrigina|carbamazepine|tegretol|carbamazepina|oxcarbazepine|trileptal|oxcarbazepina|allopurinol|zyloprim|alopurinol|"
    r"sulfa\w*|bactrim|septra|sulfamethoxazole|sulfametoxazol\w*|trimethoprim|trimetoprim\w*|phenytoin|dilantin|fenitoina|nevirapine|nevirapina|modafinil|"
    r"new (?:med|meds|medication|medicine|pill|pills|drug|antibiotic)|antibiotics?|antibioticos?|(?:medicina|medicamento|pastilla) nuev[oa])"
)
SKIN_OFF = (
    r"(?:blister\w*|ampolla\w*|peeling|peels? off|peeled off|skin (?:is )?(?:coming off|sloughing|falling off|coming away)|sloughing|"
    r"(?:se (?:le|me) )?(?:esta )?(?:pelando|desprendiendo|cayendo|levantando) la piel|(?:la )?piel (?:se (?:le |me )?(?:esta )?(?:pelando|desprendiendo|cae|levanta))|piel pelada)"
)
# An overdose told in clinical words: no response to pain, a respiratory rate of 8 or less, a low
# oxygen saturation (generic signs: an overdose with drug context).
LOW_RR = (
    r"(?:\brr|resp(?:iratory)? rate|\bresps?|respirations|\bfr|frecuencia respiratoria|respiraciones)(?: (?:is|of|at|esta en|de|en|was|=|:|around|like|about|en el|maybe|is like))*\W{0,2}"
    r"(?:[2-8]|four|five|six|seven|eight|cuatro|cinco|seis|siete|ocho)\b(?! ?(?:mg|ml|hours?|hrs?|horas?|days?|dias|weeks?|semanas|years?|anos|pm|am|\d))|"
    r"(?:breathing|breathes|breaths|respira|respirando)\b (?:\w+ ){0,2}?(?:[2-8]|four|five|six|seven|eight|cuatro|cinco|seis|siete|ocho) (?:times )?(?:a|per|/|por|veces por|veces al) ?(?:minute|min|minuto)"
)
LOW_SAT = (
    r"(?:\bsats?|spo2|o2 sat\w*|oxygen(?: level| saturation)?|saturacion|saturando|satura|oxigeno)(?: (?:is|of|at|esta en|de|en|was|=|:|around|like|about|en el|del|is like|only|solo))*\W{0,2}"
    r"(?:[4-7]\d|8[0-7])\b ?%?(?! ?(?:mg|ml|years?|anos|minutes?|minutos|hours?|horas|dollars|pesos))"
)
NO_PAIN_RESPONSE = (
    r"(?:(?:unresponsive|not responsive|does not respond|not responding|no response|not reacting|does not react) to (?:painful |verbal |any )?(?:stimul\w*|sternal rubs?|pain|voice)|"
    r"no (?:responde|reacciona|hay respuesta)\w* (?:al|a|a los|ni al) (?:estimulos? dolorosos?|estimulo|dolor|frote esternal|sternal rub)|\bgcs (?:of |is |de )?[3-8]\b|glasgow (?:de |of )?[3-8]\b)"
)
# A cardiac arrest: no pulse, CPR or compressions under way, an AED used.
DOING_CPR = (
    r"(?:(?:doing|giving|started|starting|performing|we are doing|i am doing|keep doing|still doing|start) (?:\w+ ){0,2}?(?:cpr|compressions|rescue breaths)|"
    r"(?:estoy|estamos|esta|estan|sigo|seguimos|empece|empezamos|le (?:estoy|estamos|estan|esta)) (?:\w+ ){0,2}?(?:haciendo|dando|hacer|dar) (?:\w+ ){0,2}?(?:rcp|cpr|compresiones|reanimacion|masaje cardiaco|respiracion boca a boca)|"
    r"(?:haciendole|dandole|le hacen|le hacemos|le damos|le dan) (?:la )?(?:rcp|cpr|compresiones|reanimacion|masaje cardiaco)|"
    r"(?:grabbed|got|using|used|attached|hooked up|put on|shocking (?:him|her)|shocked (?:him|her)|pusieron|pusimos|le pusieron|usando|le dieron una descarga|le dan descargas) (?:\w+ ){0,2}?(?:aed|dea|desfibrilador|defibrillator|the paddles)|"
    r"(?:aed|dea|desfibrilador|defibrillator)\b[^.?!]{0,30}?\b(?:says|said|advised|advises|shock|shocking|shocked|descarga)|"
    r"(?:se le paro|se le detuvo|dejo de latir(?:le)?) el corazon|(?:his|her|their) heart (?:stopped|has stopped|is not beating)|(?:in )?cardiac arrest|paro (?:cardiaco|cardiorrespiratorio)|no tiene pulso)"
    r"(?! (?:class|classes|training|course|certification|recert\w*|on (?:a|the) (?:dummy|mannequin|manikin)|clase|curso|capacitacion|entrenamiento|en (?:un|el) (?:muneco|maniqui)))"
)
# Breathless and blue in two languages ("no puede breathe", "los labios blue").
CANT_BREATHE_MIX = (
    r"(?:no (?:puede|puedo|podia|pudo)|can not|cannot|could not|barely|hardly|casi no (?:puede|puedo)|apenas (?:puede|puedo)) (?:\w+ )?(?:breathe|breath|respirar)\b(?! (?:in|through|out of|by) )"
)
BLUE_MIX = (
    r"(?:lips|labios|lip|labio|face|cara|skin|piel|nails|unas|boca|mouth)\b(?: (?!(?:lipstick|labial|gloss|paint|pintura|tint|candy|dulce|paleta|popsicle|slushie|raspberry|dye|tinte)\b)\w+){0,4}? "
    r"(?:blue|bluish|purple|purplish|morad[oa]s?|azul(?:es)?|azulad[oa]s?|gray|grey|gris(?:es)?)\b(?! (?:lipstick|labial|gloss|paint|pintura|tint|candy|dulce|paleta|popsicle|slushie|raspberry|dye|tinte))"
)
# Choking with no cough, cry, voice or breath.
CHOKE = (
    r"(?:chok\w*|atragant\w*|atorad[oa]|se (?:le )?atoro|(?:se|me) ahog\w* con|(?:stuck|atorad[oa]|atascad[oa]) in (?:his|her|my|the) throat|"
    r"(?:food|piece of \w+|bite of \w+|chunk of \w+|grape|candy|coin|toy|pedazo de \w+|dulce|moneda|uva) (?:is |got |was )?(?:stuck|lodged)|se le (?:fue|atoro|atasco|trabo) (?:\w+ ){0,3}?(?:en la garganta|por el otro lado))"
)
NO_AIR_SOUND = (
    r"(?:can not|cannot|could not|unable to|no (?:puede|puedo|pudo|podia)|ni) (?:\w+ )?(?:cough|cry|speak|talk|breathe|make (?:a|any) (?:sound|noise)|toser|llorar|hablar|respirar)\b|"
    r"no (?:sound|noise|air) (?:is )?(?:coming out|comes out)|no (?:le )?sale (?:el )?(?:aire|sonido|ruido|la voz)"
)
# Chest pain in Spanish, strong or happening now.
CHEST_ES = (
    r"(?:dolor (?:\w+ ){0,2}?(?:de|en el) pecho|me (?:aprieta|oprime|apreta|esta apretando|esta oprimiendo|duele|esta doliendo|arde) (?:\w+ ){0,2}?el pecho|"
    r"(?:presion|opresion|peso|apreton) (?:\w+ ){0,3}?(?:en|del) (?:el )?pecho|pecho (?:apretado|oprimido))"
)
NOW_ES = (
    r"(?:ahorita|ahora mismo|ahora|en este momento|en este instante|ya mismo|de repente|de golpe|desde hace (?:\d+|unos|diez|veinte|quince|media|un rato) (?:min\w*|hora|rato))"
)
STRONG_ES = r"(?:fuerte|muy fuerte|bien fuerte|horrible|terrible|insoportable|intens[oa]|bien feo|muy feo|espantoso|tremendo)"
# Imitating a scene: a death told (a film, a show, the news), then the writer's own copy of it.
DEATH_ACT = (
    r"(?:hang\w*|kill\w*|jump\w*|overdos\w*|suicid\w*|shot (?:himself|herself|themselves)|slit\w*|pills|"
    r"se (?:mata|mato|suicida|suicido|ahorca|ahorco|tira|tiro|avento|colgo|cuelga|quita la vida|quito la vida|toma|tomo|tomaba)\b|pastillas|ahorcad[oa]|sobredosis)"
)
COPY_IT = (
    rf"(?:i am|i will|i would|going to|gonna|want to|wanna|plan to|planning to|think i will|i might|ready to|about to|voy a|quiero|pienso|me dan ganas de|tengo ganas de|ya decidi) {W}{{0,2}}?"
    r"(?:do the same(?: thing)?|do what (?:he|she|they|the \w+) did|do exactly (?:that|the same|what)|do it too|copy (?:him|her|them)|"
    r"hacer lo mismo|hacer igual|hacer lo que hizo|imitarl[oa]|seguir(?:le)? los pasos)"
)
# Laughter over a real plan: the means bought or ready, and tonight.
MEANS_GOT = (
    r"(?:bought|got|picked up|ordered|have|compre|consegui|ya tengo|tengo|ya compre)\b (?:\w+ ){0,2}?(?:the |my |las |mis |la |una |unas |a )?"
    r"(?:pills|pastillas|rope|soga|gun|pistola|blades|navajas|veneno|poison)(?: compradas| listas| ready)?\b"
    r"(?! (?:para|de|for|pa) (?:la |el |my |mi |mis )?(?:alergia|dolor|presion|gripa|gripe|tos|allergy|pain|cold|headache|cabeza|diabetes|dormir|sleep|anxiety|ansiedad|birth control))"
)
FINAL_NIGHT = (
    r"(?:tonight(?: is|'s)? the night|esta noche es la (?:buena|noche|ultima)|hoy es la (?:buena|noche|ultima)|"
    r"(?:esta noche|hoy|tonight|today) (?:se acaba|se termina|termina|acaba|ends|it ends|me (?:despido|voy|mato|cuelgo)|i (?:end it|go|am done))|se acaba todo|se termina todo|"
    r"(?:it|this|everything) ends (?:tonight|today)|(?:para|for) (?:esta noche|hoy en la noche|hoy|tonight)(?= ?(?:[.,;!?]|$|ja\w*|lol|lmao)))"
)

SELF_HARM = SELF_HARM + [
    # round 22: imitating a scene (a film, a show, the news): a death told, then "i am going to do the same"
    rf"{DEATH_ACT}[\s\S]{{0,200}}?\b{COPY_IT}",
    # round 22: laughter over a real plan: the pills bought, and tonight
    rf"{MEANS_GOT}[\s\S]{{0,80}}?\b{FINAL_NIGHT}",
    rf"{FINAL_NIGHT}[\s\S]{{0,60}}?\b{MEANS_GOT}",
]

POSSIBLE_RISK = POSSIBLE_RISK + [
    # round 22: a hospital or morgue worker who would rather be the one on the stretcher
    rf"{EASIER}\b[^.?!]{{0,30}}?\b{ME_THE_ONE}\b[^.?!]{{0,40}}?\b{SLAB}\b",
    rf"(?:wish|ojala|quisiera)\b[^.?!]{{0,20}}?\b(?:me|yo)\b[^.?!]{{0,30}}?\b(?:on|in|en) (?:the |a |la |el )?{SLAB}\b",
    # round 22: an older person who prays to be taken in their sleep
    PRAYED_TAKEN,
    # round 22: a widow(er) thinking of going to the dead spouse
    rf"{WIDOWED}\b[\s\S]{{0,120}}?\b{GO_TO_THEM}",
    rf"{GO_TO_THEM}[\s\S]{{0,80}}?\b{WIDOWED}\b",
    # round 22: a worker at a height who thinks of letting go; wanting it all to stop, in Spanish
    rf"{WORK_HEIGHT}\b[^.?!]{{0,80}}?\b{THINKS_OF}\b (?:\w+ ){{0,3}}?{LET_GO}\b",
    rf"{THINKS_OF}\b (?:\w+ ){{0,3}}?{LET_GO}\b[^.?!]{{0,40}}?\b{WORK_HEIGHT}\b",
    rf"{LET_GO}\b[^.?!]{{0,40}}?\b(?:so (?:it all|everything) (?:stops|ends)|para que (?:todo )?(?:pare|se acabe|termine))",
    ALL_STOP_ES,
    # round 22: "no se pa que sigo", texted; no hope left in Spanish; dying or not all the same
    WHAT_FOR_KEEP,
    NO_HOPE_ES,
    DYING_SAME,
]

UNRESPONSIVE = UNRESPONSIVE + [
    # round 22: no response to pain, in a nurse's words; a cardiac arrest (CPR, compressions, an
    # AED): generic, so that with drugs named or with blue lips it is an overdose (naloxone harms
    # no one), and otherwise a medical emergency
    NO_PAIN_RESPONSE,
    DOING_CPR,
]

BREATHING = BREATHING + [
    # round 22: a respiratory rate of 8 or less; not breathing in two languages
    LOW_RR,
    CANT_BREATHE_MIX,
]

CYANOSIS = CYANOSIS + [
    # round 22: a low oxygen saturation; blue lips in two languages
    LOW_SAT,
    BLUE_MIX,
]

MEDICAL = MEDICAL + [
    # round 22: alcohol withdrawal with delirium (hallucinations, confusion, a seizure, or the shakes
    # with sweating or a racing heart)
    rf"{STOPPED_DRINKING}\b[\s\S]{{0,160}}?\b{HALLUCINATING}",
    rf"{STOPPED_DRINKING}\b[\s\S]{{0,160}}?\b{SHAKY}\b[\s\S]{{0,80}}?\b{DT_SWEAT}",
    rf"{STOPPED_DRINKING}\b[\s\S]{{0,160}}?\b{DT_SWEAT}\b[\s\S]{{0,80}}?\b{SHAKY}",
    rf"{HALLUCINATING}\b[\s\S]{{0,120}}?\b{STOPPED_DRINKING}",
    # round 22: a severe skin reaction to a medicine (Stevens-Johnson): blisters or peeling skin
    rf"!{SJS_DRUG}\b[\s\S]{{0,160}}?\b{SKIN_OFF}",
    rf"!{SKIN_OFF}\b[\s\S]{{0,160}}?\b{SJS_DRUG}",
    # round 22: choking with no cough, cry, voice or breath
    rf"{CHOKE}\b[^.?!]{{0,80}}?\b{NO_AIR_SOUND}",
    rf"{NO_AIR_SOUND}\b[^.?!]{{0,40}}?\b{CHOKE}",
    # round 22: chest pain in Spanish, happening now (or, as a topic, strong)
    rf"{CHEST_ES}\b[^.?!]{{0,40}}?\b{NOW_ES}\b",
    rf"{NOW_ES}\b[^.?!]{{0,40}}?\b{CHEST_ES}",
    rf"!{CHEST_ES}\b[^.?!]{{0,20}}?\b{STRONG_ES}\b",
]

# --- round 23's vocabulary ------------------------------------------------------

# Not seeing oneself (or a teenager not seeing herself) living past an age.
AN_AGE = r"(?:(?:the )?(?:age (?:of )?)?\d{1,2}|(?:los )?\d{1,2}(?: anos)?|eighteen|twenty|thirty|forty|sixteen|seventeen|nineteen|dieciocho|veinte|treinta|cuarenta|dieciseis|diecisiete)"
NOT_PAST_AGE = (
    r"(?:(?:do|does|did|can|could) not|never|no longer|can not) (?:really |even |honestly )?(?:see|picture|imagine|envision) (?:myself|herself|himself|themselves|themself|me|her|him) "
    rf"(?:living|alive|being alive|making it|getting|reaching|live|make it|get|reach|being around|still here|being here|growing up)(?: \w+)? (?:past|beyond|to|until|till|after|older than) {AN_AGE}\b|"
    r"no (?:me|se|te) (?:ve|veo|ves|ven|imagina|imagino|imaginas|imaginan|mira|miro) (?:\w+ )?(?:viviendo|vivo|viva|vivir|llegando|llegar|cumpliendo|cumplir|pasando|pasar|con vida)"
    rf"\b(?: \w+){{0,4}}? (?:a |de |los |a los |mas alla de (?:los )?|despues de (?:los )?)?{AN_AGE}\b"
)
# What the meaning is of continuing to live (a writer whose English is not their first language, too).
MEANING_TO_LIVE = (
    r"(?:what|whats|what is|which|where is|i (?:do )?not (?:understand|see|know)|no (?:entiendo|veo|se)|cual es|que|ya no le veo|no le (?:veo|encuentro)|ni)\b(?: [\w']+){0,4}? "
    r"(?:meaning|sense|point|purpose|reason|sentido|razon|proposito) (?:\w+ ){0,2}?"
    r"(?:continue|continuing|keep|keeping|go on|going on|still|seguir|continuar|sigo)(?: to| on)? (?:living|live|life|alive|existing|exist|viviendo|vivo|viva|con vida|existiendo|aqui)\b"
)
# Nothing has been worth anything for months, not even getting up (River Plate and other Spanish).
NOTHING_WORTH = (
    r"(?:nada (?:me )?vale (?:la pena|nada)|nada tiene sentido|nothing (?:has been|is|feels|seems) worth (?:anything|it|doing))\b[^.?!]{0,60}?\b"
    r"(?:ni (?:siquiera )?(?:levantarme|levantarse|salir de la cama|me levanto|tengo ganas de levantarme)|not even (?:getting|get) (?:up|out of bed))"
)
NOTHING_WORTH_FOR_MONTHS = (
    r"(?:hace|desde hace|por|for|in) (?:\w+ )?(?:meses|semanas|anos|rato|mucho|months|weeks|years) (?:que )?(?:ya )?(?:nada (?:me )?vale (?:la pena|nada)|nothing (?:has been|is|feels) worth (?:anything|it))"
)
# A health worker saving patients' opioids, and today being the day.
OPIOID_NAME = (
    r"(?:morphine|morfina|opioids?|opioides?|opiates?|hydromorphone|dilaudid|fentanyl|fentanilo|oxycodone|oxy\w*|oxicodona|hydrocodone|hidrocodona|percocet|vicodin|norco|methadone|metadona|"
    r"tramadol|codeine|codeina|narcotics?|narcoticos?|pain meds|pain pills|painkillers|analgesicos)"
)
HOARDED = (
    r"(?:saving|saved|stockpil\w*|hoard\w*|pocket\w*|stash\w*|skimm\w*|squirrel\w* away|putting aside|put aside|collecting|guardando|guarde|juntando|junte|acumulando|acumule|ahorrando|escondiendo|"
    r"sacando|robando|robandome)"
)
THE_DAY = (
    r"(?:today is the day|today(?: is|s) the day|tonight is the night|it is time|hoy es el dia|hoy es la noche|esta noche es la noche|ya es hora|"
    r"(?:do not|not) (?:try to |want (?:you |anyone )?to |want to be )?talk(?:ed)? me out of it|(?:do not|not) (?:want to be )?talked out of it|no (?:me )?(?:convenzan|convenzas|intenten convencerme|traten de convencerme)|no me hagan cambiar de opinion)"
)
# Cuts made, gaping open (fat or white showing), and the wish to cut deeper.
CUT_WORD = r"(?:cut|cuts|cutting|cortes?|me corte|cortadas?|heridas?|wounds?)"
DEEPER_WISH = (
    r"(?:(?:want|wanna|going|need|have|urge) to (?:cut |go )?(?:even )?deeper|(?:quiero|voy a|ganas de|necesito) (?:cortar\w*|ir) (?:aun |todavia |incluso )?mas (?:profundo|hondo|adentro))"
)
# Pills already taken, counted, and a plea for secrecy (told in fragments).
TOOK_MANY = (
    r"(?:took|taken|swallowed|downed|popped|tome|me tome|se tomo|me trague)(?: (?:like|about|around|maybe|almost|como|unas|unos|casi))? (?:1\d|[2-9]\d|\d{3}|a dozen|twenty|thirty|forty|fifty|veinte|treinta|cuarenta|quince)\b"
)
SECRECY = (
    r"(?:(?:please )?(?:do not|dont|not) tell(?: (?:anyone|anybody|nobody|my \w+|them|her|him))?|no (?:le |les )?(?:digas|digan|cuentes|cuenten) (?:a nadie|nada|a mi \w+)|que nadie se entere)"
)
# A large count of acetaminophen, hours ago, the person feeling fine (the liver fails later).
MANY_APAP = (
    rf"(?:took|taken|swallowed|downed|popped|ate|had|tome|me tome|se tomo|se trago|tomo|me trague)(?: (?:like|about|around|maybe|almost|como|unas|unos|casi|alrededor de))? "
    rf"(?:1\d|[2-9]\d|\d{{3}}|a dozen|twenty|thirty|forty|fifty|veinte|treinta|cuarenta|cincuenta|quince)(?! (?:mg|ml|minutes|min|minutos))(?: (?:\w+ ){{0,2}}?(?:pills|tablets|caplets|pastillas|tabletas|pildoras)?)?(?: of| de)? (?:extra strength |extra fuerte |\w+ )?{ACETAMINOPHEN}\b"
)
# Local anaesthetic toxicity: much lidocaine at a dentist or a clinic, then twitching, a metal taste, confusion, a seizure.
ANESTHETIC = (
    r"(?:lidocain\w*|xylocain\w*|articain\w*|septocain\w*|novocain\w*|carbocain\w*|mepivacain\w*|bupivacain\w*|carpules?|carpulas?|cartuchos de anestesia|local anesthetic|anestesia (?:local|del dentista|dental)|"
    r"numbing (?:shots?|injections?)|anestesia)"
)
ANESTHETIC_TOXIC = (
    r"(?:twitch\w*|metal\w* taste|tastes? (?:like )?metal\w*|taste metal|sabor (?:a )?metal\w*|sabor metalico|confus\w*|seiz\w*|convuls\w*|ears? ringing|ringing in (?:his|her|my) ears|zumbido|espasmos|tiembla|temblando|"
    r"se (?:le )?(?:mueve|brinca|contrae) (?:sola|solo)|no (?:me |le )?(?:reconoce|sabe donde)|incoherente)"
)
# Stroke signs in Jamaican Patois or Caribbean English.
PATOIS_FACE = (
    r"(?:(?:face|mout|mouth|fass)\b(?: \w+){0,3}? (?:drop\w*|drap|twist\w*|twis|crooked|slide|slidin|bend)|(?:one|wan) side (?:a |of )?(?:\w+ ){0,2}?(?:face|mout|mouth)\b(?: \w+){0,2}? (?:drop\w*|drap|twist\w*|dung|down))"
)
PATOIS_SPEECH_LIMB = (
    r"(?:(?:cyaan|caan|kyaan|cyan|kaa) (?:talk|chat|taak|speak|lift|raise|move|hol|hold)\b|(?:can not|could not) (?:talk|speak) (?:proper|properly|good|right|straight|clear)\b|"
    r"(?:arm|han|hand|foot|leg)\b(?: \w+){0,2}? (?:weak|dead|heavy|a drop|nah move|cyaan move|nuh move)\b)"
)
PATOIS_ONSET = r"(?:it start|it staat|start (?:bout |about )?\d+ minute|(?:\d+|half|one) (?:minute|hour|minit) (?:ago|now)|jus start|just start)"

# round 24: exam and study questions in shorthand ("study q", "practical exam tomorrow", a fill-in-the-blank)
STUDY_MARKERS = STUDY_MARKERS + [
    r"study (?:q|qs|question|questions)\b|(?:practical|practice|oral|written|final) exam\b|exam (?:scenario|question|q)\b|quiz (?:q|question)\b|fill in the blank|"
    r"examen (?:practico|oral|final|de mañana|de manana)|pregunta de (?:examen|estudio|quiz)|(?:\w+ )?__+",
]

# round 23: a health worker saving patients' opioids, today being the day, not to be talked out of it
SAVED_FOR_THE_DAY = rf"{HOARDED}\b(?: \w+){{0,5}}? {OPIOID_NAME}\b[\s\S]{{0,160}}?\b{THE_DAY}"

SELF_HARM = SELF_HARM + [
    SAVED_FOR_THE_DAY,
    rf"{THE_DAY}\b[\s\S]{{0,120}}?\b{HOARDED}\b(?: \w+){{0,5}}? {OPIOID_NAME}\b",
    # round 23: cuts gaping (fat or white showing) and the wish to cut deeper
    rf"{CUT_WORD}\b[\s\S]{{0,160}}?\b{DEEPER_WISH}",
    # round 23: pills already taken, counted, and "don't tell anyone" (often over several lines)
    rf"{TOOK_MANY}\b[\s\S]{{0,100}}?\b{SECRECY}",
    rf"{SECRECY}\b[\s\S]{{0,60}}?\b{TOOK_MANY}\b",
]

# round 23: a nurse saving patients' opioids for the day is telling a plan, not asking as a professional
NOT_STUDY = NOT_STUDY + [SAVED_FOR_THE_DAY]

POSSIBLE_RISK = POSSIBLE_RISK + [
    # round 23: not seeing oneself (or a teenager not seeing herself) living past an age
    NOT_PAST_AGE,
    # round 23: what the meaning is of continuing to live
    MEANING_TO_LIVE,
    # round 23: nothing worth anything for months, not even getting up
    NOTHING_WORTH,
    NOTHING_WORTH_FOR_MONTHS,
]

OVERDOSE = OVERDOSE + [
    # round 23: many acetaminophen tablets, even hours ago and feeling fine (delayed liver injury)
    MANY_APAP,
    # round 23: local anaesthetic toxicity at a dentist or a clinic
    rf"{ANESTHETIC}\b[\s\S]{{0,140}}?\b{ANESTHETIC_TOXIC}",
]

MEDICAL = MEDICAL + [
    # round 23: stroke signs in Jamaican Patois or Caribbean English (a face dropping, with speech, a limb or an onset)
    rf"{PATOIS_FACE}\b[\s\S]{{0,100}}?\b(?:{PATOIS_SPEECH_LIMB}|{PATOIS_ONSET})",
    rf"{PATOIS_SPEECH_LIMB}[\s\S]{{0,100}}?\b{PATOIS_FACE}\b",
]

# --- round 24's vocabulary ------------------------------------------------------

# Not minding if an accident happened to oneself ("if a bus hit me tomorrow i would not be that upset").
VEHICLE = r"(?:car|bus|truck|train|taxi|cab|van|semi|carro|coche|camion|auto|tren|guagua|micro)"
STRUCK = r"(?:hit|hits|struck|ran (?:me )?over|run (?:me )?over|killed|took me out|plowed into)"
NOT_MIND = (
    r"(?:would not|wouldnt|would never|do not think i would|honestly would not|would not even|would not really) (?:\w+ )?"
    r"(?:be (?:that |too |so |very |all that |even )?(?:upset|sad|bothered|mad)|mind|care|complain|be sorry|cry about it)"
)
ACCIDENT_WISH = (
    rf"if (?:a |some |the )?{VEHICLE} (?:\w+ ){{0,2}}?{STRUCK}\b(?: me)?\b[^.?!]{{0,40}}?\b{NOT_MIND}\b|"
    rf"{NOT_MIND} if (?:i (?:got|get|was|were) (?:hit|run over|killed|struck)|a {VEHICLE} (?:\w+ )?{STRUCK}(?: me)?|something (?:happened|happens) to me|i (?:had|have) an accident|i (?:died|did not wake up))\b|"
    r"si (?:me )?(?:atropell\w*|pasa(?:ra)? (?:un |algo)|pisa(?:ra)? un|(?:me )?(?:choca(?:ra)?|mata(?:ra)?) un)\b[^.?!]{0,50}?\bno me (?:importaria|molestaria|afectaria|dolería|doleria|pesaria|preocuparia)\b|"
    r"no me (?:importaria|molestaria) (?:nada |mucho |tanto )?(?:si|que) (?:me )?(?:atropell\w*|pasa(?:ra)? (?:un accidente|algo)|(?:me )?(?:chocara|matara|pisara) un)\b"
)
# Praying (or asking god) not to wake up, told in passing; no wish to wake up tomorrow, told flat.
PRAY_NOT_WAKE = (
    r"(?:pray\w*|asking god|ask god|beg\w* god)\b(?: \w+){0,6}? (?:not to wake|to not wake|that i (?:do not|will not|would not|never) wake|i (?:do not|will not|would not|never) wake)\b|"
    r"(?:rez\w*|orando|oro|le pido a dios|pidiendole a dios|le ruego a dios|pido a dios)\b(?: \w+){0,6}? (?:para |por )?(?:no despertar\w*|que no (?:me )?despierte)"
)
NO_WISH_TO_WAKE = (
    r"(?:no tengo ganas de|no quiero|ya no quiero|sin ganas de) despertar(?:me)?(?: \w+){0,2}? (?:manana|mas|nunca mas|otra vez|otro dia)\b(?! (?:temprano|a las|para (?:la|mi|el) (?:cita|trabajo|escuela)))|"
    r"(?:no (?:wish|desire) to|no (?:want|wish) to) wake up(?: (?:tomorrow|again|anymore))?\b(?! (?:early|at \d))"
)
# A care worker who saved patients' leftover opioids, has enough, and will take them tonight.
ENOUGH_TONIGHT = (
    r"(?:(?:i (?:finally |now )?have|i have got|ya tengo|tengo) (?:enough|bastante|suficiente)|"
    r"(?:tonight|esta noche)\b[^.?!]{0,50}?\b(?:me (?:la|las|lo|los) (?:tomo|voy a tomar|trago)|(?:take|taking|swallow|swallowing) (?:it|them|all of it|all of them|everything))\b)"
)
SAVED_ENOUGH = rf"{HOARDED}\b(?: \w+){{0,5}}? {OPIOID_NAME}\b[\s\S]{{0,160}}?\b{ENOUGH_TONIGHT}"
# Scratching, pinching or picking the skin until it bleeds.
SKIN_HARM = (
    r"(?:scratch\w*|pinch\w*|pick\w*|claw\w*|dig\w*)(?: (?:and|y) (?:scratch\w*|pinch\w*|pick\w*|claw\w*|dig\w*))? (?:at )?(?:my |the )?(?:skin|arms|legs|face|scalp|hands)? ?(?:until|till|til|untill) (?:it|they|i) (?:bleeds?|bleed)\b|"
    r"(?:rasc\w*|pellizc\w*|arranc\w*)(?: (?:y|e) (?:me )?(?:rasc\w*|pellizc\w*|arranc\w*))?(?: (?:la|mi|los|mis) (?:piel|brazos|piernas|cara))? hasta (?:sacarme sangre|sangrar|que (?:me )?sangre|hacerme sangre|sacar sangre)"
)
# No pulse felt or found ("i can not feel a pulse", "no le siento el pulso").
NO_PULSE = (
    r"(?:can not|could not|cannot|unable to) (?:find|feel|get) (?:a |his |her |their |any |the )?pulse|no (?:le )?(?:encuentro|siento|hallo|encontramos|sentimos|encuentra|siente) (?:el |ningun )?pulso"
)
# Asthma: the inhaler not helping, unable to finish sentences, lips strange.
INHALER_FAILS = (
    r"(?:inhaler|puffer|albuterol|ventolin|nebulizer|inhalador|bombita|salbutamol|nebulizador)\b(?: \w+){0,4}? (?:is not|not|isnt|does not|did not|has not|nothing|doing nothing|no (?:me |le )?(?:hace|esta haciendo|sirve|funciona|ayuda))"
)
SENTENCES = (
    r"(?:can not|cannot|could not|unable to) (?:finish|complete|get (?:a |out a )?(?:full )?sentence|say a (?:full )?sentence)|(?:full )?sentence out|"
    r"no (?:puedo|puede|podia|alcanzo a|alcanza a) (?:terminar|completar|decir) (?:las |una |la )?(?:frases?|oraciones?)|"
    r"(?:lips|labios) (?:look |se ven |estan |are |look kind of )?(?:weird|strange|funny|off|raros|extranos|blue|azules|grey|gray|morados)"
)
ASTHMA_NOW = rf"(?:{INHALER_FAILS})\b[\s\S]{{0,120}}?\b(?:{SENTENCES})|(?:{SENTENCES})\b[\s\S]{{0,80}}?\b(?:{INHALER_FAILS})"
# Someone just shot, bleeding.
JUST_SHOT = (
    r"(?:just (?:got |been |was )?shot|(?:got|been|was) shot (?:just now|right now|a minute ago|outside|on the corner)|"
    r"acaban de (?:dar(?:le)? un (?:tiro|balazo|plomazo)|disparar(?:le)?|balear(?:lo|la)?)|le acaban de (?:disparar|dar un (?:tiro|balazo))|lo (?:acaban de balear|balearon ahorita)|le dispararon ahorita)"
)
BLEEDING_FROM = r"(?:bleeding|sangrando|desangrando\w*|blood|sangre)"

POSSIBLE_RISK = POSSIBLE_RISK + [
    # round 24: not minding if an accident happened to oneself, told before a practical question
    ACCIDENT_WISH,
    # round 24: praying not to wake up; no wish to wake up tomorrow, told flat
    PRAY_NOT_WAKE,
    NO_WISH_TO_WAKE,
]

SELF_HARM = SELF_HARM + [
    # round 24: a care worker's saved leftover opioids, enough now, taken tonight after the shift
    SAVED_ENOUGH,
    # round 24: scratching and pinching the skin until it bleeds
    SKIN_HARM,
]

# round 24: a care worker saving patients' opioids for tonight is telling a plan, not asking as a professional
NOT_STUDY = NOT_STUDY + [SAVED_ENOUGH]

# Anaphylaxis told in a formal register ("I have developed marked shortness of breath, a sensation
# of tightness in my throat and diffuse hives"): breathing or hives with a tight throat.
FORMAL_BREATH = (
    r"(?:shortness of breath|short of breath|difficulty (?:in )?breathing|trouble breathing|difficulty (?:to )?breathe|"
    r"dificultad (?:para|al) respirar|falta de aire|ahogo|(?:me )?cuesta respirar)"
)
THROAT_TIGHT = (
    r"(?:(?:tightness|constriction|closing|closure|swelling|pressure|presion|opresion|cierre|hinchazon|cerrazon) (?:in|of|en|de) (?:my |the |la |mi )?(?:throat|garganta)|"
    r"(?:throat|garganta) (?:is |feels |esta |se siente )?(?:tight\w*|closing|constrict\w*|apretada|cerrada|cerrandose|cerrando))"
)
HIVES_WIDE = r"(?:hives|urticaria|welts|ronchas)"
FORMAL_ANAPHYLAXIS = (
    rf"{FORMAL_BREATH}\b[\s\S]{{0,100}}?\b{THROAT_TIGHT}|{THROAT_TIGHT}\b[\s\S]{{0,100}}?\b(?:{FORMAL_BREATH}|{HIVES_WIDE})\b|"
    rf"{HIVES_WIDE}\b[\s\S]{{0,100}}?\b{THROAT_TIGHT}"
)

MEDICAL = MEDICAL + [
    # round 24: anaphylaxis in a formal register (a tight throat with breathlessness or hives)
    FORMAL_ANAPHYLAXIS,
    # round 24: no pulse felt or found (a home health aide alone with a grey client)
    NO_PULSE,
    # round 24: asthma with the inhaler not helping and unable to finish sentences or lips strange
    ASTHMA_NOW,
    # round 24: someone just shot and bleeding
    rf"{JUST_SHOT}\b[\s\S]{{0,120}}?\b{BLEEDING_FROM}\b",
]

# --- round 25's vocabulary ------------------------------------------------------

# A plan told in Jamaican Patois / Caribbean English: not able to take it any more, going to drink
# the poison or swallow the tablets tonight when the house sleeps, a letter written to one's mother.
PATOIS_CANT_TAKE = r"(?:cyaah|cyah|cyaan|cyan|kyaan|kyah|caan) (?:tek|take) (?:it|dis|this|di|de)(?: \w+)? (?:nuh|no|noh|any) (?:more|mo)"
PATOIS_GOING = r"(?:a go|ah go|ago|gon|gwine|going to|a guh|ah guh)"
PATOIS_MEANS = r"(?:poison|bleach|rat poison|gramoxone|weedkiller|pills?|tablets?|pill dem|tablet dem)"
PATOIS_WHEN = (
    r"(?:tonight|tonite|later|dis night|this night|when (?:every ?body|evrybody|all a dem|dem|di house|de house|the house)(?: \w+)? (?:sleep|asleep|quiet|gone))"
)
PATOIS_PLAN = (
    rf"{PATOIS_GOING} (?:drink|swallow|tek|take|nyam|eat) (?:all )?(?:\w+ ){{0,3}}?{PATOIS_MEANS}\b[^.?!]{{0,40}}?\b{PATOIS_WHEN}|"
    rf"{PATOIS_WHEN}\b[^.?!]{{0,30}}?\b{PATOIS_GOING} (?:drink|swallow|tek|take|nyam|eat) (?:all )?(?:\w+ ){{0,3}}?{PATOIS_MEANS}\b|"
    rf"{PATOIS_CANT_TAKE}\b[\s\S]{{0,80}}?\b{PATOIS_GOING} (?:drink|swallow|tek|take|nyam|eat) (?:all )?(?:\w+ ){{0,3}}?{PATOIS_MEANS}\b|"
    rf"(?:write|wrote|written|writing|did write) (?:a |one |mi |me |my )?letter (?:to|fi|for) (?:mi|me|my) (?:madda|mada|mother|mama|mom|mumma|mooma)\b[\s\S]{{0,80}}?\b"
    rf"(?:{PATOIS_GOING} (?:done|end|finish) (?:wid|wit|with) (?:it|mi life|everyting|everything)|{PATOIS_CANT_TAKE}|{PATOIS_WHEN})"
)
# A telegraphic plan: the pills, a time and a goodbye, one after the other ("have the pills. 2am. bye.").
TELEGRAPH_PILLS = r"(?:(?:i )?(?:have|got|ya tengo|tengo) (?:all )?(?:the |my |las |mis |todas las )?(?:pills|pastillas|pildoras|tablets))"
TELEGRAPH_TIME = r"(?:(?:at |a las )?\d{1,2}(?::\d\d)? ?(?:am|pm|a\.m\.|p\.m\.)?|midnight|tonight|medianoche|esta noche)"
TELEGRAPH_BYE = r"(?:bye|goodbye|good bye|farewell|adios|chao|chau|hasta nunca)"
TELEGRAPH_PLAN = rf"{TELEGRAPH_PILLS}[.,;!\s]+{TELEGRAPH_TIME}[.,;!\s]+{TELEGRAPH_BYE}\b"
# Possible risk told in passing: how easy it would be to be under the train as it pulls in.
UNDER_THE_TRAIN = (
    r"(?:how easy it (?:would|could|might) be|how easy it is|lo facil que (?:seria|es)|que facil seria) (?:\w+ ){0,6}?"
    r"(?:under|in front of|debajo del?|delante del?|frente al?) (?:the |a |el |un )?(?:train|subway|metro|tren|bus|truck|camion)"
)
# ..."done w everything", abbreviated.
DONE_WITH_ALL = r"done (?:w|wit|w/)\W{0,2}(?:everything|it all|all of it|life|this life)\b"
# ...thinking about killing oneself, spelled in a hurry ("thinkung", "killinf"), told as only thinking.
THINK_KILL_TYPO = (
    r"(?:think|thinking|thinkin|thinkung|thinkng|thnk|thnking|thought) (?:about|abt|bout|of) "
    r"(?:killinf|killng|killin|kiling|kilin|killimg|killign|killinh|klling) (?:myself|my self|meself)"
)
# ...not knowing whether one wants to keep doing "this life thing".
LIFE_THING = (
    r"(?:do not know|not sure|no longer sure|unsure|dunno) (?:if |whether )?i (?:really )?(?:want|wanna) (?:to )?(?:keep|continue|go on) "
    r"(?:doing|with) (?:this|the) (?:whole )?(?:life|living)(?: thing)?|"
    r"no (?:se|estoy segur[oa]) (?:si )?(?:de )?(?:quiero|querer) seguir (?:con )?(?:esto de )?(?:la vida|vivir|viviendo)"
)
# ...in a learner's English: "tired from life ... sometimes i think better to die".
BETTER_TO_DIE = (
    r"(?:i )?think (?:is |it is |its |that |maybe )?(?:more )?better (?:to die|i die|if i die|i am dead|to be dead|die)\b(?! (?:at|in) (?:home|hospital|peace|my sleep))"
)
# ...an old parent who says she is only a burden and wants to go from this world.
BURDEN_GO = (
    r"(?:only|just|nothing but) (?:a )?burden\b[\s\S]{0,80}?\b(?:want|wants|wanna) (?:to )?(?:go|leave|die)\b(?! (?:home|back|out|to (?:the|bed|sleep|school|work|church)))|"
    r"(?:want|wants|wanna) (?:to )?(?:go|leave) (?:from )?(?:this|the) world"
)
# ...urges to cut oneself again (not one's hair).
URGE_TO_CUT = (
    r"(?:ganas|impulsos?|deseos?|urgencia) (?:de )?(?:volver a )?(?:cortarme|hacerme dano|lastimarme)\b(?! (?:el|mi|las|los|la) (?:pelo|cabello|flequillo|fleco|barba|unas|puntas))"
)
# ..."nobody would care si me muero lol": the writer's own wish, in Spanglish.
NOBODY_WOULD_CARE = (
    r"(?:nobody|no one|no body|nadie) (?:would|will|really|even|le|va a|would even)? ?(?:care|notice|miss me|importaria|notaria|extranaria|daria cuenta)\b"
    r"[^.?!]{0,20}? (?:si|if) (?:me muero|me muriera|i die|i died|i was gone|i were gone|i disappeared|desapareciera|desaparezco)"
)

# Self-harm: an intentional overdose hours ago, now regretted ("me tome dos cajas ... porque me queria morir").
INGESTED = (
    r"(?:me tome|tome|me trague|i took|i swallowed|took|swallowed) (?:\w+ ){0,3}?(?:cajas?|frascos?|botes?|boxes|box|bottles?|blister\w*|tiras|pastillas|pills|tabletas|tablets)"
)
BECAUSE_TO_DIE = (
    r"(?:porque|para|because|since) (?:me )?(?:queria|quise|quiero|quisiera) (?:morir\w*|matarme|no despertar)|"
    r"because i (?:wanted|want|was trying|tried) to (?:die|kill myself|not wake up)"
)
INGESTED_TO_DIE = rf"{INGESTED}\b[\s\S]{{0,80}}?\b(?:{BECAUSE_TO_DIE})"
# Self-harm: cuts made small ("nada grave, solo unos cortesitos") that will not stop bleeding.
MINIMISER = r"(?:nada grave|no es nada|no pasa nada|solo|nomas|nothing serious|nothing big|not a big deal|no big deal|just|only)"
SMALL_CUTS = (
    r"(?:unos |unas |a few |some |little |small )?(?:cortes\w*|cortecitos|cortesitos|cortaditas|cortaditos|rasgunos|(?:little |small |tiny )?cuts)"
    r" (?:en|on) (?:las|los|mis|el|la|mi|my|the) (?:piernas?|brazos?|munecas?|muslos?|legs?|arms?|wrists?|thighs?)"
)
WONT_STOP_BLEEDING = (
    r"(?:no (?:paran?|dejan?|deja) de sangrar|sigue[n]? sangrando|(?:will not|wont|do not|does not|can not|cant) stop bleeding|keep bleeding|"
    r"(?:empape|empapada|empapado|soaked|soaking)\b(?: \w+){0,3}? (?:toalla|towel))"
)
MINIMISED_CUTS = rf"{MINIMISER}\b[^.?!]{{0,40}}?\b{SMALL_CUTS}\b[\s\S]{{0,80}}?\b{WONT_STOP_BLEEDING}"

POSSIBLE_RISK = POSSIBLE_RISK + [
    # round 25: how easy it would be to be under the train; done w everything; thinking of killing
    # oneself spelled in a hurry; not knowing whether to keep doing this life thing
    UNDER_THE_TRAIN, DONE_WITH_ALL, THINK_KILL_TYPO, LIFE_THING,
    # round 25: a learner's English ("sometimes i think better to die"); an old parent, a burden, wanting to go
    BETTER_TO_DIE, BURDEN_GO,
    # round 25: urges to cut oneself again; "nobody would care si me muero lol"
    URGE_TO_CUT, NOBODY_WOULD_CARE,
]

SELF_HARM = SELF_HARM + [
    # round 25: a plan told in Jamaican Patois; a telegraphic plan (pills, a time, goodbye)
    PATOIS_PLAN, TELEGRAPH_PLAN,
    # round 25: an overdose taken to die hours ago, now regretted; small cuts that will not stop bleeding
    INGESTED_TO_DIE, MINIMISED_CUTS,
]

# Overdose: foam at the mouth with a syringe or needle beside someone who will not get up;
# a client who took the whole week's pills at once, dizzy and slurring.
FOAM = r"(?:espuma|foam\w*|frothing|spuma)"
SYRINGE = r"(?:jeringas?|jeringuillas?|agujas?|syringes?|needles?)"
WEEK_AT_ONCE = (
    r"(?:todas las|all (?:of )?(?:her|his|my|the|their)|the whole week(?:'?s)?|toda la semana de) (?:\w+ )?(?:pastillas|pills|meds|medicinas|pildoras|medications)"
    r"(?: (?:de|for|of) (?:la|the|toda la|a|una) (?:semana|week))?\b[^.?!]{0,30}?\b(?:de una vez|de un jalon|juntas|at once|all at once|together|at the same time)|"
    r"(?:pastillero|pill ?box|pill organi[sz]er|pill case)\b(?: \w+){0,2}? (?:vacio|empty)"
)
DRUGGED_NOW = (
    r"(?:mareadisim[oa]|muy maread[oa]|mareada|mareado|dizzy|slurr\w*|habla enredad[oa]|habla enredao|arrastra las palabras|"
    r"no se le entiende|can not understand (?:her|him)|confused|confundid[oa]|drowsy|somnolient[oa]|no se puede parar)"
)
OVERDOSE = OVERDOSE + [
    # round 25: foam at the mouth and a syringe beside someone who will not get up
    rf"{FOAM}\b[\s\S]{{0,80}}?\b{SYRINGE}\b|{SYRINGE}\b[\s\S]{{0,80}}?\b{FOAM}\b",
    # round 25: the whole week's pills at once, dizzy and slurring
    rf"(?:{WEEK_AT_ONCE})\b[\s\S]{{0,120}}?\b{DRUGGED_NOW}",
]

# Medical: a child locked alone with smoke coming in, or locked in a hot car.
LOCKED = r"(?:locked|lock up|lock in|locked up|shut in|trapped|stuck|encerrad[oa]|atrapad[oa])"
CHILD_LOCKED = rf"{CHILD}\b(?: \w+){{0,4}}? {LOCKED}\b"
SMOKE = r"(?:smoke|smokes|humo|fire|fuego|flames|llamas)"
IN_A_CAR = r"(?:car|carro|coche|auto|van|truck|vehicle|kyar)"
HEAT_SIGNS = (
    r"(?:heat|hot|sun|sol|calor|windows? (?:up|closed|rolled up)|di window dem up|ventanas? (?:cerradas?|arriba|subidas?)|sweat\w*|sudando|suda|bawl\w*)"
)
MEDICAL = MEDICAL + [
    # round 25: a child locked alone, smoke coming from under the door; a child locked in a hot car
    rf"{CHILD_LOCKED}[\s\S]{{0,120}}?\b{SMOKE}\b|{SMOKE}\b[\s\S]{{0,120}}?\b{CHILD_LOCKED}",
    rf"!{CHILD_LOCKED}(?: \w+){{0,3}}? {IN_A_CAR}\b[\s\S]{{0,100}}?\b{HEAT_SIGNS}\b",
    rf"!{LOCKED} (?:\w+ ){{0,3}}?(?:hot|calient\w*) {IN_A_CAR}\b",
]

# --- round 26's vocabulary ------------------------------------------------------

# A plan written as a form: a field naming the means and a field naming the time, in either order
# ("method: pills / when: tonight", "pills: 60, time: tonight", "metodo: pastillas. cuando: esta noche"),
# or "reasons to live: none" beside either of them.
FORM_MEANS_WORD = (
    r"(?:pills|tablets|meds|pastillas|pildoras|medicinas|rope|cuerda|soga|gun|pistola|arma|knife|cuchillo|navaja|blade|"
    r"razor|bridge|puente|train|tren|charcoal|carbon|bleach|cloro|veneno|poison|overdose|sobredosis|hanging|ahorcarme|jump\w*|saltar|"
    r"insulin\w*|insulina|\w+ ?(?:mg|pills|tablets|pastillas))"
)
FORM_FIELD = r"\s?[:=\-]\s?"
FORM_MEANS = (
    rf"(?:(?:method|means|how|metodo|medio|forma|como|tool|herramienta)(?: \w+)?{FORM_FIELD}(?:\w+ ){{0,2}}?{FORM_MEANS_WORD}\b|"
    rf"(?:pills|tablets|pastillas|pildoras|meds)(?: \w+)?{FORM_FIELD}(?:[1-9]\d+|all|todas|todos|everything|the whole bottle|\w+ bottles?|\w+ frascos?))"
)
FORM_TIME = (
    rf"(?:when|time|date|day|cuando|hora|fecha|dia)(?: \w+)?{FORM_FIELD}"
    r"(?:tonight|tonite|tomorrow|today|now|this \w+|midnight|\d{1,2}(?::\d\d)? ?(?:am|pm)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"esta noche|manana|hoy|ya|medianoche|el \w+|lunes|martes|miercoles|jueves|viernes|sabado|domingo|a las \d+|"
    r"(?:after|before|once|despues de|antes de|cuando) (?:\w+ )?(?:work|school|everyone|they|the kids|dinner|trabajo|todos|cenar|la cena|se duerman|se vayan))"
)
FORM_NO_REASON = (
    rf"(?:reasons? (?:to|for) (?:live|living|stay|staying|go on|keep going)|razon(?:es)? (?:para|de) (?:vivir|seguir|quedarme)|motivos? (?:para|de) (?:vivir|seguir))"
    rf"{FORM_FIELD}(?:none|nothing|0|zero|no|n/a|ninguna|ninguno|nada|cero)\b"
)
FORM_PLAN = (
    rf"{FORM_MEANS}\b[\s\S]{{0,80}}?\b{FORM_TIME}\b|{FORM_TIME}\b[\s\S]{{0,80}}?\b{FORM_MEANS}\b|"
    rf"{FORM_NO_REASON}[\s\S]{{0,80}}?\b(?:{FORM_MEANS}|{FORM_TIME})\b|(?:{FORM_MEANS}|{FORM_TIME})\b[\s\S]{{0,80}}?\b{FORM_NO_REASON}"
)
# A clinician's plan: the lethal amount of their own prescription worked out, counted out or piled up,
# and not showing up tomorrow or for the shift.
LETHAL_WORKED_OUT = (
    r"(?:know|worked out|calculated|figured out|se) (?:exactly |exactamente )?(?:how (?:many|much)|cuant[oa]s) (?:of )?(?:my|mis|de mis) (?:own )?(?:\w+ ){0,3}?"
    r"(?:it takes|it would take|would kill|would be lethal|would do it|necesito|hacen falta|se necesitan)|"
    r"(?:calculated|worked out|figured out|did the math on|done the math on|ran the numbers on|calcule|he calculado|ya calcule|saque la cuenta de|hice la cuenta de|hice los calculos de)"
    r"\b[^.?!]{0,60}?\b(?:lethal|letal|fatal|deadly|mortal|would kill|would be enough|enough to (?:die|kill me|not wake up)|suficiente para (?:morir|matarme|no despertar))"
)
PILED_OR_ABSENT = (
    r"(?:counted out|counted|piled up|piled|lined up|laid out|ready|set out|stacked|contadas|contados|apiladas|juntadas|listas|preparadas|separadas|alineadas|"
    r"(?:will not|would not|am not going to|not going to) (?:be at|show up|make it to|come in|be in|be coming|be there)|"
    r"(?:no|ya no) (?:llego|voy a llegar|me presento|voy a ir|voy a estar) (?:a|al|en|para)? ?(?:el |mi )?(?:turno|guardia|trabajo)|manana no (?:llego|voy|me presento|estare))"
)
CLINICIAN_PLAN = rf"{LETHAL_WORKED_OUT}\b[\s\S]{{0,150}}?\b{PILED_OR_ABSENT}|{PILED_OR_ABSENT}\b[\s\S]{{0,100}}?\b{LETHAL_WORKED_OUT}"
# Pills saved from a discharge or a surgery, all taken tonight at a moment ("when the kids are at their dad's").
SAVED_DRUG = (
    r"(?:pills|meds|medication|medications|tablets|painkillers|pain pills|opioids|oxy\w*|percocet\w*|percs|vicodin|norco|dilaudid|hydrocodone|hydromorphone|"
    r"morphine|tramadol\w*|codeine|fentanyl|pastillas|medicinas|pildoras|oxicodona|morfina|hidrocodona|analgesicos|calmantes)"
)
SAVED_PLACE = r"(?:surgery|operation|discharge|discharged|hospital|procedure|c section|operacion|cirugia|alta|hospitalizacion)"
SAVED_FROM = (
    r"(?:saved|saving|kept|keeping|stashed|stockpiled|hoarded|held on to|guarde|me guarde|guardado|he guardado|guardando|junte|juntado)"
    rf"(?: \w+){{0,4}}? {SAVED_DRUG}\b[^.?!]{{0,40}}?\b{SAVED_PLACE}|"
    rf"{SAVED_DRUG}\b[^.?!]{{0,30}}?\b(?:they )?(?:sent me home with|gave me (?:at|after|when|in)|me dieron (?:al salir|en el hospital|en la cirugia|despues de))"
)
TAKE_ALL_AT_A_MOMENT = (
    r"(?<!should\si\s)(?<!can\si\s)(?<!do\si\s)(?<!could\si\s)(?<!debo\s)(?<!puedo\s)(?<!\bsi\s)(?<!\bif\s)"
    r"(?:taking|take|to take|swallow\w*|tomar\w*|tomo|me las voy a tomar|me los voy a tomar|voy a tomarmelas|voy a tomarmelos)"
    r" (?:them |it |those |these )?(?:all\b|all of (?:them|it)|every (?:one|last one|single one)|todas|todos|de una vez)?[^.?!]{0,40}?\b"
    r"(?:tonight|tonite|when|once|as soon as|after|esta noche|cuando|en cuanto|apenas|despues de que)"
)
SAVED_SUPPLY_PLAN = rf"{SAVED_FROM}\b[\s\S]{{0,120}}?\b{TAKE_ALL_AT_A_MOMENT}"
# A third person's farewell ("goodbye to all of you", "adios a todos", Tagalog "paalam na") and the
# preparation for carbon monoxide (charcoal and tape), or not answering the phone.
FAREWELL_POST = (
    r"(?:goodbye|good bye|bye|farewell) (?:to )?(?:all of you|everyone|everybody|y'?all|all)|adios a (?:todos|todas|todos ustedes)|"
    r"me despido de (?:todos|ustedes)|paalam na|paalam sa (?:inyong lahat|lahat)|paalam(?= (?:sa|na|po))"
)
CHARCOAL_TAPE = (
    r"(?:charcoal|carbon|uling|briquettes?)\b[^.?!]{0,40}?\b(?:tape|duct tape|cinta|masking|teyp|sealing|sellar|sealed|vents?)|"
    r"(?:tape|duct tape|cinta|teyp)\b[^.?!]{0,40}?\b(?:charcoal|carbon|uling|briquettes?)"
)
NOT_ANSWERING = (
    r"(?:not|never|will not|does not|is not|has not been) (?:answering|picking up|pick up|answer|responding|reply\w*)|"
    r"stopped (?:answering|replying|responding|texting)|went silent|gone silent|has gone quiet|went quiet|left (?:me )?on read|"
    r"has not (?:replied|answered|responded)|no (?:contesta|responde|agarra|coge|ha contestado|ha respondido)\b|"
    r"(?:dejo|ya no) (?:de )?(?:contestar|contesta|responder|responde)|me dejo en visto|hindi (?:sumasagot|sumasagot sa|ma-?contact)"
)
THIRD_FAREWELL = (
    rf"(?:{FAREWELL_POST})\b[\s\S]{{0,120}}?\b(?:{CHARCOAL_TAPE})|(?:{CHARCOAL_TAPE})\b[\s\S]{{0,120}}?\b(?:{FAREWELL_POST})|"
    rf"(?:{CHARCOAL_TAPE})\b[\s\S]{{0,100}}?\b(?:{NOT_ANSWERING})"
)
# A teenager who has just swallowed a parent's bottle of pills, and is scared.
JUST_SWALLOWED_BOTTLE = (
    r"(?:me acabo de (?:tomar|tragar|beber)|acabo de (?:tomarme|tragarme|beberme|tomar)|i just (?:took|swallowed|drank|downed|ate)|just (?:took|swallowed|downed)|i have just (?:taken|swallowed))"
    r" (?:toda |todo |all |the whole |a whole )?(?:la |el |una |un |the |a |my |mi |\w+ )?(?:\w+'s )?(?:\w+ ){0,2}?(?:botella|frasco|bote|caja|bottle|box|pack|jar|container)\b"
)
SCARED_NOW = r"(?:tengo (?:mucho )?miedo|estoy (?:muy )?asustad[oa]|me asuste|(?:i am|now i am|and i am|im) (?:so |really |very )?(?:scared|afraid|terrified|freaking out|panicking)|scared)"
BOTTLE_NOW_SCARED = rf"{JUST_SWALLOWED_BOTTLE}[\s\S]{{0,80}}?\b{SCARED_NOW}"

# Possible risk told in passing: "passive thoughts lately, nothing i'd act on"; a joke about walking
# into traffic that worried a therapist; "the suicide disease ... i understand it now / too well";
# wondering what it would be like if one were not here; a crash that "would not be so bad";
# rather die than feel that pain again; the urge to cut again after a year clean.
_PASSIVE = (
    r"passive (?:suicidal )?(?:thoughts?|ideation|si|death wish\w*|wish(?:es)? to (?:die|not wake up|not be here))"
    r"|pensamientos (?:suicidas )?pasivos|ideas? (?:suicidas? )?pasivas?|ideacion (?:suicida )?pasiva"
)
# ...the writer's own, now: had or having them, lately, "nothing i'd act on" (not the topic asked about).
PASSIVE_THOUGHTS = (
    r"(?:i have|i have had|i have been having|i am having|i get|i am getting|been having|having|had some|i do have|i still have|i still get|"
    r"tengo|he tenido|he estado teniendo|estoy teniendo|ando con|me dan|me vienen) (?:some |a few |occasional |a lot of |more |these |the odd |unos |algunos |algunas )?"
    rf"(?:{_PASSIVE})|(?:{_PASSIVE})\b[^.?!]{{0,30}}?\b(?:lately|recently|these days|this week|this month|again|nothing i would (?:ever )?act on|not (?:going|planning) to act|"
    r"nothing i am going to do|ultimamente|estos dias|otra vez|nada que (?:vaya a|fuera a) hacer)"
)
TRAFFIC_JOKE = (
    r"(?:joke|jokes|joked|joking|kidding|bromeo|bromeaba|bromee|broma|bromas|bromeando)\b[^.?!]{0,20}?\b(?:about|abt|that i would|sobre|con|de|que)\b[^.?!]{0,12}?"
    r"(?:walk\w*|step\w*|run\w*|jump\w*|driv\w*|throw\w*|cruzar|tirarme|aventarme|meterme|lanzarme) (?:\w+ ){0,2}?(?:into|in front of|off|in|al|en el|frente al|delante de)"
    r" (?:the |a |an |el |un |la )?(?:traffic|bus|truck|train|car|cars|bridge|highway|road|trafico|camion|tren|carros|autobus|puente|carretera)"
)
SUICIDE_DISEASE_NOW = (
    r"suicide (?:disease|headache)\b[\s\S]{0,80}?\b(?:i (?:understand|get|see|know) (?:it|that|why)(?: now| too well| so well| completely)?|"
    r"now i (?:understand|get it|see why|know why)|too well|i understand now|(?:ahora|ya) (?:lo )?entiendo|lo entiendo (?:demasiado|muy) bien)|"
    r"enfermedad del suicidio\b[\s\S]{0,80}?\b(?:(?:ahora|ya) (?:lo |entiendo|comprendo)|lo entiendo|demasiado bien)"
)
NOT_HERE_ANYMORE = (
    r"(?:como seria|que pasaria|como sería|what it would be like|what it would be|how it would be|how would it be|what would it be like)"
    r" (?:si (?:yo )?(?:ya )?(?:no (?:estuviera|existiera)(?! (?:embarazad|enferm|casad|trabajando|tomando|en (?:tratamiento|terapia|el trabajo|la cita))\w*)|desapareciera|me muriera|no despertara)|"
    r"if i (?:was|were) (?:not|no longer) (?:here|around|alive|in the picture|in this world)|if i (?:was|were) (?:just )?gone|if i did not exist|if i died|if i (?:just )?disappeared)"
)
CRASH_NOT_BAD = (
    r"(?:un accidente|un choque|chocar|estrellarme|a crash|an accident|crashing|a car accident|a wreck|getting hit)\b(?: \w+){0,3}? "
    r"(?:no (?:estaria|seria|sería) tan malo?|no (?:estaria|seria) nada malo?|no me importaria|would not be (?:so |that |too |all that |the worst |such a )?(?:bad|terrible)|"
    r"would not be the worst|would not (?:really )?mind|would be a relief|seria un alivio|would be fine|(?:is|would be) not (?:so |that )?bad)"
)
RATHER_DIE_THAN_PAIN = (
    r"(?:prefiero|preferiria|prefiere) (?:morir|morirme|morirse|estar muert[oa])['\"]?,? (?:antes )?(?:que|a) (?:\w+ ){0,4}?(?:dolor|sufrir|sentir|pasar por (?:eso|ese|esa|esto|este|otr)|vivir asi|seguir asi)"
)
URGE_AGAIN = (
    r"(?:(?:que )?no me (?:corto|he cortado|cortaba)|deje de cortarme|sin (?:cortarme(?! (?:el|mi|las|los|la) (?:pelo|cabello|flequillo|fleco|barba|unas|puntas))|hacerme dano|lastimarme|autolesionarme)|clean (?:from|of) (?:cutting|self harm|self-harm)|(?:without|no) (?:cutting|self harm))"
    r"\b[^.?!]{0,50}?\b(?:ganas (?:otra vez|de nuevo|de volver)|tengo ganas|me (?:estan|esta) dando ganas|urges?|craving|want to (?:again|do it again)|impulso)"
)

POSSIBLE_RISK = POSSIBLE_RISK + [
    # round 26: reasons to live "none" in a form; passive thoughts, nothing one would act on;
    # joking about walking into traffic; the suicide disease understood now
    FORM_NO_REASON, PASSIVE_THOUGHTS, TRAFFIC_JOKE, SUICIDE_DISEASE_NOW,
    # round 26: what it would be like if one were not here; a crash that would not be so bad;
    # rather die than feel the pain again; the urge to cut back after a year clean
    NOT_HERE_ANYMORE, CRASH_NOT_BAD, RATHER_DIE_THAN_PAIN, URGE_AGAIN,
]

SELF_HARM = SELF_HARM + [
    # round 26: a plan written as a form; a clinician's lethal amount worked out; pills saved from a
    # discharge taken all tonight; a third person's farewell with charcoal and tape; a bottle just swallowed
    FORM_PLAN, CLINICIAN_PLAN, SAVED_SUPPLY_PLAN, THIRD_FAREWELL, BOTTLE_NOW_SCARED,
]

# A clinician's own lethal amount, counted out, is never a study topic ("soy enfermera, ya calcule...").
NOT_STUDY = NOT_STUDY + [
    r"(?:calculated|worked out|figured out|calcule|ya calcule|he calculado|saque la cuenta de)\b[^.?!]{0,60}?\b(?:my own|my|mis|mi) (?:\w+ )?"
    r"(?:prescription|meds|medication|pills|receta|pastillas|medicinas|insulin\w*|insulina)\b",
]

# Overdose (a poisoning): a child who swallowed dish soap, washing-up liquid or bleach.
HOUSEHOLD_PRODUCT = (
    r"(?:(?:el |la )?(?:liquido|jabon|detergente)(?: liquido)? (?:de|para) (?:lavar |los )?(?:platos|trastes|trastos|loza|ropa|traste)|lavatrastes|lavaplatos|lavavajillas|"
    r"dish ?soap|dishwashing (?:liquid|soap|detergent)|washing[ -]?up liquid|dishwasher (?:soap|detergent|pods?|tablets?)|laundry (?:pods?|detergent)|"
    r"(?:el |la )?(?:cloro|lejia|blanqueador|clorox|bleach|fabuloso|pinol|suavitel|destapacanos|drain cleaner|limpiador|windex|ammonia|amoniaco))"
)
INGESTED_PRODUCT = (
    r"(?:se (?:tomo|bebio|trago|comio)|tomo|bebio|trago|drank|swallowed|ate|drunk|got into|was drinking|se esta tomando)"
    rf" (?:\w+ ){{0,3}}?{HOUSEHOLD_PRODUCT}\b"
)
OVERDOSE = OVERDOSE + [
    # round 26: a child who swallowed dish soap or bleach
    INGESTED_PRODUCT,
]

# Medical: stroke signs told politely (muddled since this afternoon, lost the use of a hand); the face
# that "went to one side"; "se puso raro y se cayo"; an infant with long pauses in breathing, bluish.
MUDDLED = (
    r"(?:muddled|confused|confusion|disoriented|disorientated|befuddled|addled|not making sense|not quite making sense|talking nonsense|"
    r"confundid[oa]|desorientad[oa]|no tiene sentido lo que dice|dice cosas sin sentido)"
)
LIMB_LOST = (
    r"(?:(?:can not|cannot|could not|unable to|not able to|can not seem to|does not seem able to|no puede|no podia)(?: seem to)? (?:use|move|lift|grip|hold anything with|feel|usar|mover|levantar|sentir)|lost (?:the )?use of|perdio (?:la fuerza|el uso) de?)"
    r" (?:his |her |their |my |the |la |el |su )?(?:(?:left|right|izquierd[oa]|derech[oa]) )?(?:hand|arm|leg|side|mano|brazo|pierna|lado)"
)
FACE_TO_ONE_SIDE = (
    r"se le (?:fue|torcio|cayo|jalo|chueco|ladeo|volteo) (?:la (?:cara|boca)|el (?:rostro|labio)) (?:para|pa|hacia|a|de) (?:un|el|un solo|uno) lado|"
    r"(?:la )?(?:cara|boca) (?:se le )?(?:fue|se fue|se le fue) (?:para|pa|hacia) (?:un|el) lado|(?:his|her) face (?:went|dropped|slid|pulled) (?:to )?(?:one side|sideways)"
)
WENT_STRANGE_FELL = (
    r"se puso (?:muy )?(?:raro|rara|extrano|extrana|mal)\b[^.?!]{0,30}?\b(?:se cayo|se desplomo|se fue al (?:piso|suelo)|cayo al (?:piso|suelo))|"
    r"(?:went|got|turned) (?:all )?(?:weird|strange|funny) (?:and|then) (?:fell|collapsed|dropped)"
)
APNEA_PAUSES = (
    r"(?:pausas?|paradas?) (?:muy )?(?:largas?|largotas) (?:al respirar|en (?:la|su) respiracion|respirando|entre (?:respiraciones|respiracion))|"
    r"deja de respirar (?:por )?(?:ratos|unos segundos|mucho rato)|"
    r"(?:long |longer )?(?:pauses|pausing|stops|stopping) (?:for (?:a )?(?:long|while|long time) )?(?:in|between|when|while) (?:his |her |their |its )?(?:breathing|breaths|breathes)"
)
GOING_BLUE = r"(?:azulad[oa]|morad[oa]|azul|moradit[oa]|bluish|blue|purple|grey|gray|gris)"
MEDICAL = MEDICAL + [
    # round 26: muddled since the afternoon and lost the use of a hand; the face that went to one side;
    # went strange and fell
    rf"{MUDDLED}\b[\s\S]{{0,100}}?\b{LIMB_LOST}\b|{LIMB_LOST}\b[\s\S]{{0,100}}?\b{MUDDLED}\b",
    FACE_TO_ONE_SIDE, WENT_STRANGE_FELL,
    # round 26: an infant with long pauses in breathing, turning bluish
    rf"{APNEA_PAUSES}\b[\s\S]{{0,80}}?\b{GOING_BLUE}\b|{GOING_BLUE}\b[\s\S]{{0,80}}?\b{APNEA_PAUSES}",
]

# --- round 27's vocabulary ------------------------------------------------------

# Overdose: a clinician's shorthand report, an empty bottle beside a low respiratory rate (LOW_RR) or a low GCS
# ("found w/ empty lorazepam bottle, rr 6, gcs 8").
EMPTY_BOTTLE = r"(?:empty|emptied|vacio|vacia) (?:\w+ ){0,2}?(?:pill )?(?:bottle|blister|pack|frasco|bote|caja)"
LOW_GCS = r"(?:gcs|glasgow)\s?(?:of |is |was |de |:|=)?\s?(?:[3-9]|1[0-2])\b"
SHORTHAND_OVERDOSE = (
    rf"{EMPTY_BOTTLE}\b[\s\S]{{0,120}}?\b(?:{LOW_RR}|{LOW_GCS})|(?:{LOW_RR}|{LOW_GCS})[\s\S]{{0,120}}?\b{EMPTY_BOTTLE}\b|"
    rf"{LOW_RR}[\s\S]{{0,40}}?\b{LOW_GCS}|{LOW_GCS}[\s\S]{{0,40}}?\b{LOW_RR}"
)
# A pesticide, a rat poison or a weed killer swallowed ("has consumed around 50 ml of pesticide").
PESTICIDE = (
    r"(?:pesticides?|insecticides?|rat poison|rodenticides?|weed ?killer|herbicides?|paraquat|organophosphates?|bug spray|roach (?:killer|poison)|"
    r"pesticidas?|insecticidas?|raticidas?|matarratas|herbicidas?|plaguicidas?|fumigantes?|veneno para (?:ratas|plagas|hormigas|cucarachas|las plagas|la hierba)|"
    r"(?:un |el )?veneno(?: para las plagas)?|poison)"
)
SWALLOWED_PESTICIDE = (
    r"(?:consumed|ingested|swallowed|drank|drunk|taken|took|ate|has had|se tomo|tomo|se bebio|bebio|ingirio|ingerio|ha ingerido|ha tomado|se trago|trago|se ha tomado)"
    rf" (?:\w+ ){{0,4}}?{PESTICIDE}\b"
)
# An accidental overdose with no drug named ("i took too many by accident, my heart is racing"), read
# whatever "i don't want to die" says before it.
TOO_MANY = r"(?:took|have taken|swallowed|me tome|tome|me trague|me he tomado|ingeri) (?:way |far |muchas |muchos )?(?:too many|too much|demasiadas|demasiados|de mas|mas de la cuenta)"
ACCIDENT_OR_HEART = (
    r"(?:by accident|accidentally|by mistake|did not mean|didnt mean|sin querer|por error|por accidente|no fue a proposito|no era mi intencion|"
    r"heart (?:is )?(?:racing|pounding|beating)|corazon (?:me |le )?(?:late|va|palpita)|palpitaciones|can not breathe|no puedo respirar|dizzy|mareado|mareada)"
)
ACCIDENTAL_TOO_MANY = rf"{TOO_MANY}\b[\s\S]{{0,60}}?\b{ACCIDENT_OR_HEART}|{ACCIDENT_OR_HEART}\b[\s\S]{{0,40}}?\b{TOO_MANY}\b"
# An undetermined amount swallowed ("ha ingerido una cantidad indeterminada de alprazolam").
UNKNOWN_AMOUNT = (
    r"(?:ingerido|ingirio|ingerio|tomado|tomo|tragado|trago|ingested|taken|took|swallowed|consumed) "
    r"(?:una cantidad (?:indeterminada|desconocida|grande|enorme|importante|no determinada)|an? (?:unknown|undetermined|unclear|large|huge) (?:amount|quantity|number))"
)
# Very short Spanish third person: "se tomo las pastillas" and nothing else.
TOOK_THE_PILLS = r"se (?:tomo|trago|bebio) (?:todas )?las (?:pastillas|pildoras|pastis)(?=\W*$)"
# Antihistamine pills (ANTIHISTAMINE), an unknown count, a challenge, hallucinating or a racing heart.
ANTIHISTAMINE_OVERDOSE = (
    rf"(?:no se cuant[ao]s|quien sabe cuant[ao]s|un monton|un chingo|a bunch|a lot|a handful|a whole|muchas|varias|[1-9]\d)\b(?: \w+){{0,3}}? {ANTIHISTAMINE}\b|"
    rf"{ANTIHISTAMINE}\b[\s\S]{{0,80}}?\b(?:alucin\w*|hallucinat\w*|seeing things|ve cosas|viendo cosas|challenge|reto)\b"
)
# A one-word message: only an overdose drug's or an overdose's name (not "ketamine").
ONE_WORD_OVERDOSE = (
    r"(?<![\s\S])(?:fentanyl|fentanilo|fenta|narcan|naloxone|naloxona|overdose|overdosing|sobredosis|carfentanil|xylazine|xilacina|tranq)(?=\W*$)"
)

OVERDOSE = OVERDOSE + [
    # round 27: a shorthand report of an empty bottle with a low RR or GCS; a pesticide swallowed;
    # too many taken by accident; an undetermined amount; "se tomo las pastillas"; antihistamines;
    # a one-word message naming an overdose drug
    SHORTHAND_OVERDOSE, SWALLOWED_PESTICIDE, ACCIDENTAL_TOO_MANY, UNKNOWN_AMOUNT, TOOK_THE_PILLS,
    ANTIHISTAMINE_OVERDOSE, ONE_WORD_OVERDOSE,
]

# Self-harm: a third person who will drive a vehicle off an overpass or a bridge.
VEHICLE_OFF_HEIGHT = (
    r"(?:(?:going to|gonna|will|is going to|plans to|planning to|wants to) (?:drive|crash|send)|(?:he is|she is|is) (?:driving|crashing|sending)|"
    r"(?:va a|piensa|quiere|iba a) (?:tirar|aventar|echar|lanzar|estrellar|manejar|meter)) (?:his |her |my |their |el |la |su |mi )?"
    r"(?:(?:truck|pickup|pickup truck|jeep|car|vehicle|van|suv|carro|coche|camioneta|auto|troca|moto|motorcycle) )?"
    r"(?:off|del|desde el|por el|de la|desde la|por la) (?:the |a |an |el |la |un |una )?(?:\w+ )?(?:overpass|bridge|cliff|puente|barranco|acantilado|paso elevado|paso a desnivel|pier|muelle)"
)
# A group-chat farewell: two of "love you all", accounts deleted, "take care of my dog", location off,
# a parent's pills at hand.
_FAREWELL_SIGNS = [
    r"(?:love (?:you|u) (?:all|guys|everyone)|los quiero a todos|las quiero a todas|los quiero mucho a todos|los amo a todos)",
    r"(?:deleted|deleting|wiped) (?:\w+ ){0,2}?(?:accounts?|everything|socials|instagram|profiles?|photos|posts)|borr(?:o|ando|ado) (?:\w+ ){0,2}?(?:redes|cuentas?|todo|perfil|fotos|publicaciones)",
    r"(?:take care of|look after|care for|watch) (?:my|her|his) (?:dog|cat|pet|puppy|bird|kids?)|cuiden? (?:a |de )?(?:mi|su) (?:perro|gato|mascota|perrito|gatito)",
    r"(?:turned|switched|shut) off (?:\w+ )?(?:location|find my|ubicacion)|(?:location|ubicacion) (?:is )?(?:off|apagada)|apag(?:o|ado) (?:la |su )?(?:ubicacion|localizacion)",
]
GROUP_FAREWELL = "|".join(
    rf"{a}\b[\s\S]{{0,160}}?\b{b}" for i, a in enumerate(_FAREWELL_SIGNS) for j, b in enumerate(_FAREWELL_SIGNS) if i != j
)
# The pills in hand now ("ya los tengo en la mano").
PAINKILLERS_IN_HAND = (
    r"(?:pastillas|calmantes|analgesicos|pills|painkillers|pain pills|medicinas|pildoras|tablets)\b[\s\S]{0,100}?\b"
    r"(?:(?:ya )?(?:los|las) tengo en (?:la|mi|las|mis) manos?|i have (?:them|it) in my hands?|i am holding them|(?:they are|they're) in my hand)|"
    r"(?:tengo|i have|i am holding|holding) en (?:la|mi) mano (?:\w+ ){0,3}?(?:pastillas|calmantes|analgesicos|medicinas|pildoras)|"
    r"(?:i have|i am holding|holding) (?:all )?(?:of )?(?:the |my )?(?:pills|painkillers|pain pills|tablets) in my hand"
)
# A farewell to the clinician: not here tomorrow, and thanks for everything (not a trip or an absence).
_NOT_A_TRIP = (
    r"(?![\s\S]*\b(?:viaje|vacaciones|trip|vacation|travel\w*|reprogram\w*|reagend\w*|cambiar la cita|mover la cita|out of town|fuera de la ciudad|trabajo|work|cita|appointment|boda|wedding|hospital|operacion|cirugia|surgery)\b)"
)
NOT_HERE_THANKS = (
    rf"(?<![\s\S]){_NOT_A_TRIP}[\s\S]{{0,80}}?\b(?:(?:ya )?no voy a estar(?: aqui| aca| mas)?(?: manana)?|(?:manana|tomorrow) (?:ya )?(?:no (?:voy a estar|estare)|i will not be here)|i will not be (?:here|around) tomorrow)"
    r"\b[\s\S]{0,60}?\b(?:gracias por todo|thank you for everything|thanks for everything)"
)
SELF_HARM = SELF_HARM + [
    # round 27: a vehicle off an overpass; a group-chat farewell; the pills in hand; a farewell to the clinician
    VEHICLE_OFF_HEIGHT, GROUP_FAREWELL, PAINKILLERS_IN_HAND, NOT_HERE_THANKS,
]

# Possible risk: how easy it would be not to go home at all; God should take her already; easier to
# stop trying altogether; a lonely client who keeps asking whether dying hurts; wanting to go with a
# dead child; absolute hopelessness, no reason to go on; ketamine the last hope; sleep and not get up.
NOT_GO_HOME = (
    r"(?:how easy it would be|how easy|que facil seria|lo facil que seria|seria tan facil) (?:to )?(?:just )?"
    r"(?:not (?:go|going|come|coming|drive|driving) (?:back )?home|no (?:volver|regresar|llegar) (?:a casa|nunca|jamas))"
)
GOD_TAKE = (
    r"(?:god|the lord|jesus) (?:should|would|could|needs to|has to|to|will|please)? ?(?:just )?(?:take|takes|come (?:and )?get|call) (?:me|her|him) (?:already|now|home already)|"
    r"(?:(?:dios|el senor|diosito|mi dios) (?:ya )?(?:se )?(?:me|la|lo) (?:deberia|tiene que|tendria que|podria|debe)? ?(?:llevar|llevara|llevarse|recoger)(?: ya)?|"
    r"que (?:dios|diosito|el senor) (?:ya )?(?:se )?(?:me|la|lo) (?:lleve|recoja))"
    # round 18's "que dios me lleve con bien a la cita" is a blessing for the way there
    r"(?! (?:con bien|bien|a|al|de|con|por|hasta|en)\b)"
)
STOP_TRYING = (
    r"easier to (?:just )?(?:stop|quit|give up) (?:trying|fighting)(?: altogether| at all| for good| completely)?\b(?! (?:new|other|that|this|the|different) )|"
    r"(?:mas facil|seria mas facil) (?:dejar de (?:intentarlo|luchar|intentar)|rendirme)(?! con (?:el|la|este|esta|ese|esa) )"
)
DYING_ASKED = (
    r"(?:keeps?|kept|always|constantly) asking (?:me )?(?:what happens when (?:you|we|people|one) die|if (?:it|dying) hurts|whether (?:it|dying) hurts|how it feels to die)|"
    r"(?:me )?pregunta (?:\w+ ){0,4}?(?:si duele morir\w*|que pasa cuando (?:uno se muere|te mueres|morimos|nos morimos)|como se siente morir)"
)
LONELY_LOW = r"(?:lonely|depressed|alone|isolated|sol[oa]|deprimid[oa]|triste|aislad[oa])"
ASKS_ABOUT_DYING = rf"{LONELY_LOW}\b[\s\S]{{0,120}}?\b{DYING_ASKED}|{DYING_ASKED}\b[\s\S]{{0,80}}?\b{LONELY_LOW}\b"
GO_WITH_DEAD = (
    r"(?:perdi|murio|fallecio|se murio|se fue|lost|died|passed|muerte|death)\b[\s\S]{0,80}?\b"
    r"(?:(?:solo )?(?:quiero|quisiera|me quiero) (?:irme|ir) con (?:el|ella|ellos|mi (?:hijo|hija|bebe|nino|nina|esposo|esposa))|"
    r"(?:want|wanted|all i want is) to (?:go )?be with (?:him|her|them|my \w+)(?: again)?)"
)
HOPELESS_FORMAL = (
    r"desesperanza (?:absoluta|total|completa|profunda|enorme)|(?:absolute|total|complete|utter) hopelessness|"
    r"no (?:veo|encuentro|tengo|le veo) (?:ningun |ninguna )?(?:motivo|razon|sentido) (?:para|de|a) (?:continuar|seguir)(?:\b(?! (?:con|en|pagando|yendo|tomando|viniendo|el|la|los|las) ))|"
    r"(?:see|find) no reason to (?:continue|go on|keep going)\b(?! (?:with|the|this|paying|coming))"
)
LAST_HOPE = (
    r"si (?:la |el |esto |este |las )?(?:ketamina|esto|tratamiento|infusiones|infusion|spravato|terapia)? ?no (?:me )?(?:funciona|sirve|ayuda|resulta)\w*"
    r"\b[\s\S]{0,40}?\b(?:no (?:pienso|quiero|voy a) seguir viviendo|no (?:pienso|voy a) seguir aqui|me mato|me quito la vida|ya no (?:pienso|quiero) seguir)|"
    r"if (?:ketamine|this|the treatment|it|spravato|the infusions?) (?:does not|do not|fails to|will not|can not) (?:work|help)\w*"
    r"\b[\s\S]{0,40}?\b(?:not going to keep (?:living|going)|will not keep living|i am done with life|kill myself|end it|not going to be around)"
)
SLEEP_NOT_UP = (
    r"(?:dormirme|dormir|acostarme|quedarme dormid[oa]|echarme) y no (?:volver a )?(?:levantarme|despertar(?:me)?)|"
    r"(?:go to sleep|fall asleep|lie down|go to bed) and (?:just )?(?:never|not) (?:get up|wake up)"
)
POSSIBLE_RISK = POSSIBLE_RISK + [
    # round 27
    NOT_GO_HOME, GOD_TAKE, STOP_TRYING, ASKS_ABOUT_DYING, GO_WITH_DEAD, HOPELESS_FORMAL, LAST_HOPE, SLEEP_NOT_UP,
]

# Medical: a crash with a bleeding head or a hurt neck; a fall, unable to get up, a leg twisted;
# sudden difficulty speaking and weakness of a limb (formal Spanish); gas smelled where a neighbour
# has not been seen.
CRASHED = r"(?:crashed|wrecked|crash|accident|choque|me estrelle|se estrello|chocamos|choco|accidente)"
HEAD_BLEEDING = (
    r"(?:(?:my|his|her) head is bleeding|head (?:is )?bleeding|bleeding from (?:my|his|her|the) head|(?:me|le) sangra la cabeza|sangr\w* (?:de|por) la cabeza|"
    r"(?:neck|cuello) (?:hurts|is killing|duele)|(?:me|le) duele (?:mucho )?el cuello)"
)
CRASH_INJURED = rf"{CRASHED}\b[\s\S]{{0,100}}?\b{HEAD_BLEEDING}"
FELL_CANT_GET_UP = (
    r"(?:se cayo|fell|has fallen|had a fall|se ha caido)\b[\s\S]{0,60}?\b(?:no se (?:puede|pudo) levantar|no puede levantarse|can not get up|could not get up|unable to get up)"
    r"\b[\s\S]{0,100}?\b(?:pierna|leg|cadera|hip|grita|screaming|screams|dolor|pain|torcid\w*|twisted|angle)|"
    r"(?:se cayo|fell)\b[\s\S]{0,80}?\b(?:pierna|leg) (?:\w+ ){0,3}?(?:torcida|chueca|volteada|doblada|weird angle|twisted|turned out|bent)"
)
SUDDEN = r"(?:de forma subita|subitamente|de repente|repentinamente|de golpe|de pronto|suddenly|sudden|out of nowhere|hace (?:unos |pocos )?minutos|minutes ago)"
SPEECH_TROUBLE = r"(?:dificultad para hablar|no puede hablar(?: bien)?|habla (?:raro|arrastrando|trabado)|trouble (?:speaking|talking)|can not speak|slurred|slurring)"
LIMB_WEAK = r"(?:debilidad (?:en|de) (?:el|la|su) (?:brazo|pierna|mano|lado)|weakness (?:in|of) (?:his|her|the) (?:arm|leg|hand|side)|no puede mover (?:el|la) (?:brazo|pierna))"
SUDDEN_STROKE = (
    rf"{SUDDEN}\b[\s\S]{{0,60}}?\b{SPEECH_TROUBLE}\b[\s\S]{{0,60}}?\b{LIMB_WEAK}|{SPEECH_TROUBLE}\b[\s\S]{{0,60}}?\b{LIMB_WEAK}\b[\s\S]{{0,60}}?\b{SUDDEN}|"
    rf"{SUDDEN}\b[\s\S]{{0,60}}?\b{LIMB_WEAK}\b[\s\S]{{0,60}}?\b{SPEECH_TROUBLE}"
)
GAS_SMELL = r"(?:huele a gas|olor a gas|smell of gas|gas smell|smells (?:like|of) gas|smell gas|olor de gas)"
NOT_SEEN = r"(?:no (?:he|hemos|han) visto|no veo|have not seen|not seen|no sabemos nada de|no ha salido|has not come out|no abre)"
GAS_NOT_SEEN = rf"{NOT_SEEN}\b[\s\S]{{0,120}}?\b{GAS_SMELL}|{GAS_SMELL}\b[\s\S]{{0,120}}?\b{NOT_SEEN}"
MEDICAL = MEDICAL + [
    # round 27
    CRASH_INJURED, FELL_CANT_GET_UP, SUDDEN_STROKE, GAS_NOT_SEEN,
]


# --- round 28 ---------------------------------------------------------------------
# A whole message of two to four words: an excess word and an overdose drug ("too much fent",
# "demasiadas pastillas"), perhaps after "took" (not coffee, not ketamine).
EXCESS_DRUG_ONLY = (
    r"(?<![\s\S])(?:(?:i |he |she |they )?(?:took|tome|me tome|se tomo|tomo|did|used) )?(?:way |far |waa+y |like )?"
    r"(?:to+ much|to+ many|demasiad[oa]s?) (?:de )?(?:the |la |las |el |los )?"
    r"(?:fentanyl|fentanilo|fent|fenty|heroin|heroina|dope|pills|pastillas|pastis|pildoras|tablets|oxys?|oxycodone|oxycontin|percs?|percocets?|"
    r"xanax|xannies|bars|benzos|morphine|morfina|opioids?|opioides|meds|medicine|medicinas|sleeping pills|somniferos|methadone|metadona|tranq|xylazine)(?=\W*$)"
)
# A large count of acetaminophen swallowed (it harms hours later, even when the person feels fine).
ACETAMINOPHEN_COUNT = (
    r"(?:tomo|se tomo|me tome|tome|trago|se trago|ingirio|took|swallowed|ate|downed|had) (?:como |unos |unas |about |like |around |maybe |at least |como unas |mas de )?"
    r"(?:[2-9]\d|1\d\d|veinte|treinta|cuarenta|cincuenta|sesenta|twenty|thirty|forty|fifty|sixty)\b(?: \w+){0,2}? (?:de )?"
    r"(?:paracetamol\w*|acetaminofen\w*|acetaminophen|tylenol\w*|tempra\w*|panadol\w*)"
)
OVERDOSE = OVERDOSE + [
    # round 28: an excess word and an overdose drug, nothing else; a large acetaminophen count
    EXCESS_DRUG_ONLY, ACETAMINOPHEN_COUNT,
]

# Self-harm, told by a bystander: swim out (walk into the water, onto the tracks, off a roof) and not
# come back; a photo of pills asking whether it is enough, then silence; a dying spouse's leftover
# opioids and no need to be around after she goes.
NOT_COME_BACK = (
    r"(?:swim|swimming|swam|walk|walking|wade|wading|go|going|head|heading|paddle|paddling)(?: \w+){0,2}? "
    r"(?:out(?: to sea| into the (?:water|sea|ocean|lake))?|into the (?:water|sea|ocean|lake|river|waves|surf)|onto the (?:tracks|rails|train tracks)|off (?:the |a )?(?:roof|bridge|cliff|building|pier))"
    r"\b[\s\S]{0,40}?\b(?:and )?(?:not|never|will not|is not going to|wo not) (?:come|coming|be coming|swim|walk) back|"
    r"(?:nadar|nadando|meterse|meterme|se va a meter|va a meterse|entrar|caminar|irse|se va)(?: \w+){0,2}? "
    r"(?:mar adentro|al mar|al rio|al lago|al agua|a las vias|en las vias|del techo|de la azotea|del puente)"
    r"\b[\s\S]{0,40}?\b(?:y )?no (?:va a |piensa |iba a |pensaba )?(?:volver|regresar|salir)"
)
PILLS_ENOUGH = r"(?:pills|pastillas|pildoras|tablets|meds|medicinas|capsules|capsulas)"
ENOUGH_ASKED = r"(?:(?:is|was|are|were|would be|if (?:it|that|they)(?: is| was| are| were)?) (?:that |it |this |these |they )?enough|(?:si )?(?:es|son|eran|era|seria|serian) (?:suficientes?|bastantes?)|(?:si )?(?:alcanza|alcanzan|bastan?)\b)"
PILLS_PHOTO_SILENT = rf"{PILLS_ENOUGH}\b[\s\S]{{0,80}}?\b{ENOUGH_ASKED}[\s\S]{{0,100}}?\b(?:{NOT_ANSWERING})"
AFTER_SHE_GOES = (
    r"(?:will not|wo not|do not|does not|is not going to|am not going to|not going to) (?:need|have|want) to (?:be (?:around|here)|stick around|stay (?:around|here)|go on|keep going|keep living)"
    r" (?:after|once|when) (?:she|he|they|my (?:wife|husband|partner)|her|him) (?:goes|is gone|are gone|passes|dies|die|leaves)|"
    r"no (?:voy|va) a (?:necesitar|tener que|querer) (?:estar|seguir|quedarme|quedarse)(?: \w+)? (?:cuando|despues de que|una vez que) (?:ella|el|mi (?:esposa|esposo|mujer|marido)) (?:se vaya|muera|falte|se muera|ya no este)"
)
LEFTOVER_OPIOIDS = (
    r"(?:patches|parches|morphine|morfina|fentanyl|fentanilo|oxycodone|oxycontin|dilaudid|hydromorphone|opioids|opioides|pain pills|painkillers|pastillas|pills|calmantes|analgesicos)"
)
SPOUSE_MEANS_AFTER = rf"{LEFTOVER_OPIOIDS}\b[\s\S]{{0,160}}?\b{AFTER_SHE_GOES}|{AFTER_SHE_GOES}\b[\s\S]{{0,120}}?\b{LEFTOVER_OPIOIDS}\b"
SELF_HARM = SELF_HARM + [
    # round 28: a bystander's report of a farewell, a means or a place, and out of reach
    NOT_COME_BACK, PILLS_PHOTO_SILENT, SPOUSE_MEANS_AFTER,
]

# Possible risk: letting the water take me; rather be the one who died instead of them; a parent's
# report that a teenager said she sometimes wants to be dead (Spanish; English is caught already).
LET_WATER_TAKE = (
    r"(?:let|letting|lets) (?:the )?(?:water|sea|ocean|river|waves|current|tide|lake) (?:just )?(?:take|carry|swallow|have|pull) me\b(?! (?:to|back to) (?:shore|the shore|the beach))|"
    r"(?:que|dejar que|dejo que|dejando que) (?:el |la |las )?(?:mar|rio|agua|olas|corriente|marea) (?:me )?(?:lleve|llevara|arrastre|arrastrara|trague|tragara|se me lleve)\b(?! (?:a la orilla|a la playa|de regreso))"
)
RATHER_ME_DIED = (
    r"(?:i would|i had|i will|id) rather (?:it )?(?:be|been|was|were|had been|have been) (?:me|the one) (?:who |that |to )?(?:died|dies|die|dying|dead|instead)|"
    r"(?:should have|wish it (?:had|would have)) been me (?:who died|that died|instead|dying)|"
    r"(?:i would|i had) rather (?:die|be dead) (?:instead of|than) (?:them|him|her|my \w+|lose|watch|see)|"
    r"(?:preferiria|prefiero|quisiera|ojala) (?:haber(?:me)? (?:sido yo|muerto yo)|ser yo (?:el|la) que (?:muriera|se muriera|muere|se muere|me muera)|morirme yo|morir yo|que (?:fuera|hubiera sido) yo (?:el|la) que (?:muriera|se muriera))|"
    r"(?:deberia|debi) (?:haber(?:me)? )?(?:sido|muerto) yo (?:en vez|en lugar|y no)"
)
REPORTED_WANTS_DEAD = (
    r"(?:dijo|dice|conto|comento|confeso|escribio|confio|menciono) que (?:a veces |ultimamente |hay dias (?:en )?que |de vez en cuando |hay veces que )?"
    r"(?:quiere|quisiera|desea|deseaba|queria|quisiese) (?:estar muert[oa]|morirse|morir\b(?! de (?:risa|hambre|sueno|calor|frio|verguenza|ganas))|no (?:estar viv[oa]|existir|despertar|seguir viv[oa]))"
)
POSSIBLE_RISK = POSSIBLE_RISK + [
    # round 28
    LET_WATER_TAKE, RATHER_ME_DIED, REPORTED_WANTS_DEAD,
]

# Medical: a small child alone at a height, climbing; a first fit in a feverish baby (Caribbean
# English); nicotine vape liquid swallowed with signs; hypothermia in someone found outside, confused;
# a neck injury with tingling or numb limbs; a child shut in a car (Spanish); a collapse that will not
# wake (Caribbean English).
# A child, also told by an age alone or in Caribbean English ("di chile"): only beside a place.
SMALL_CHILD = rf"(?:{CHILD}|\d+ ?(?:year|yr|yo|ano)s?(?: old)?|chile)"
HEIGHT = r"(?:fire escape|balcony|window ?sill|window ledge|ledge|railing|roof|rooftop|escalera de incendios|balcon|ventana|barandal|baranda|azotea|techo|cornisa|pretil)"
CLIMBING = r"(?:climbing|climbed up|climbing up|hanging|dangling|leaning over|standing on|trepando|trepado|trepo|subiendose|subido|escalando|colgando|asomandose|parado en|parada en)"
CHILD_AT_HEIGHT = (
    rf"{SMALL_CHILD}\b[\s\S]{{0,80}}?\b(?:{HEIGHT}\b[\s\S]{{0,60}}?\b{CLIMBING}|{CLIMBING}\b[\s\S]{{0,60}}?\b{HEIGHT})\b"
)
SHAKE_UP = r"(?:shake up|shakin up|shaking up|a shake|shaking|shakin|jerking|jerkin|a fit|fitting|ketch a fit|catch a fit|seizure|convuls\w*|convulsion\w*)"
EYES_BACK = r"(?:eyes?|yeye|yeyes) (?:\w+ ){0,2}?(?:roll|rolls|rolling|rollin|rolled|turn|turning|turned|gone|going) (?:back|up|over)|ojos (?:en blanco|para atras|volteados)"
FEVER = r"(?:fever|feverish|hot hot|burning up|she hot|he hot|temperature|fiebre|calentura)"
FEVER_FIT = (
    rf"{SHAKE_UP}\b[\s\S]{{0,60}}?\b(?:{EYES_BACK})|(?:{EYES_BACK})\b[\s\S]{{0,60}}?\b{SHAKE_UP}|"
    rf"{FEVER}\b[\s\S]{{0,80}}?\b(?:start|started|begin|began|a|now|just|di|de) {SHAKE_UP}"
)
VAPE_LIQUID = r"(?:vape (?:juice|liquid|oil|pod|pods|cartridge)|e-?juice|e-?liquid|nicotine (?:liquid|juice|pod|pods)|liquido (?:del|de) (?:vape|vapeador|vapeo)|nicotina liquida)"
VAPE_SWALLOWED = (
    rf"{VAPE_LIQUID}\b[\s\S]{{0,80}}?\b(?:vomit\w*|throwing up|threw up|puking|sweat\w*|drool\w*|shaking|seizure|dizzy|pale|heart (?:racing|pounding)|vomitando|sudando|mareado|temblando|convuls\w*)"
)
FOUND_OUTSIDE_COLD = (
    r"(?:found|find|encontre|encontramos|hallamos|hallaron)\b[^.?!]{0,60}?\b(?:outside|outdoors|in the (?:cold|snow|yard|street)|afuera|en la calle|en el frio|en la nieve|en el patio)"
    r"\b[\s\S]{0,100}?\b(?:confused|confundid[oa]|not making sense|disoriented|desorientad[oa]|ice cold|freezing cold|cold to the touch|helad[oa]|frio al tacto|slurring|no tiene sentido)"
)
NECK_INJURY = r"(?:fell|fall|hit|landed|dove|dived|tackled|crash\w*|accident|flipped|cai|se cayo|me cai|golpe\w*|choque|clavado|trampoline|trampolin)"
TINGLING_LIMBS = (
    r"(?:(?:arms?|hands?|legs?|fingers|brazos?|manos|piernas|dedos)\b(?: \w+){0,2}? (?:tingl\w*|numb|going numb|feel numb|pins and needles|hormigue\w*|entumid\w*|adormecid\w*|dormid[oa]s)|"
    r"(?:tingling|numbness|hormigueo|entumecimiento) (?:in|en) (?:my |his |her |los |las |mis |sus )?(?:arms?|hands?|legs?|brazos|manos|piernas)|can not feel (?:my |his |her )?(?:arms|legs|hands))"
)
NECK_TINGLING = rf"{NECK_INJURY}\b[\s\S]{{0,80}}?\b(?:neck|cuello)\b[\s\S]{{0,80}}?\b{TINGLING_LIMBS}"
CHILD_SHUT_IN_CAR = (
    rf"{SMALL_CHILD}\b[\s\S]{{0,60}}?\b(?:se quedo |quedo |esta |sigue )?{LOCKED} (?:\w+ )?(?:en|dentro del?|adentro del?|in|inside) (?:el |la |the |my |mi |su )?(?:{IN_A_CAR}|camioneta|suv)\b"
)
CARIBBEAN_COLLAPSE = (
    r"(?:drop|drops|dropped|fall|fell|faint|fainted|keel|kneel) (?:dung|down|dong)\b[\s\S]{0,60}?\b"
    r"(?:nah|nuh|na|naw|cyaan|cyan|caan|kyaan|eh|doh|ent|not|will not|can not) (?:wake|waking|get up|move|movin|moving|respond|responding|answer|breathe|breathin|breathing)"
)
MEDICAL = MEDICAL + [
    # round 28
    CHILD_AT_HEIGHT, FEVER_FIT, VAPE_SWALLOWED, FOUND_OUTSIDE_COLD, NECK_TINGLING, CHILD_SHUT_IN_CAR, CARIBBEAN_COLLAPSE,
]


# --- round 29 (part A) ------------------------------------------------------------
# Overdose: a trained bystander's shorthand, a breathing or pupil sign or needle marks, asking to
# give naloxone ("agonal resps, pinpoint, tracks on both arms, push narcan now?").
OPIOID_SIGN = (
    r"(?:agonal|pinpoint|pin point|miosis|miotic|puntiformes|pupilas (?:en punta de alfiler|como cabeza de alfiler)|"
    r"track marks|needle marks|tracks on|marcas de agujas?|piquetes|resps?|respirations? (?:of )?\d|rr (?:of |is |at |~)?\d|fr (?:de )?\d)"
)
GIVE_NALOXONE = (
    r"(?:give|giving|push|pushing|use|using|spray|administer|hit (?:him|her|them) with|dar(?:le)?|doy|le doy|pongo|le pongo|poner(?:le)?|aplico|aplicar(?:le)?|le aplico) "
    r"(?:\w+ ){0,2}?(?:narcan|naloxone|naloxona)\b"
)
GIVE_NALOXONE_NOW = (
    rf"(?:(?:should|do|can|shall|must) (?:i|we) (?:just )?{GIVE_NALOXONE}|(?:debo|puedo|le|les) (?:\w+ )?{GIVE_NALOXONE}|"
    rf"{GIVE_NALOXONE}(?: \w+){{0,3}}? (?:now|right now|ya|ahora|ahorita|or wait|o espero|o esperamos|o no)\b)"
)
SIGNS_NALOXONE_NOW = rf"{OPIOID_SIGN}\b[\s\S]{{0,120}}?\b{GIVE_NALOXONE_NOW}"
# Uppers and downers mixed, the count lost or signs now ("adderall then sleeping pills to come
# down, lost count, heart pounding, seeing double").
UPPERS = (
    rf"(?:{STIMULANT}|ritalin|vyvanse|concerta|modafinil|uppers|diet pills|energy pills|pastillas para (?:estar despiert[oa]|no dormir|despertar|adelgazar)|"
    r"para (?:estar|mantenerme|seguir) despiert[oa]|to (?:stay|keep me) (?:awake|up))"
)
DOWNERS = rf"(?:{SEDATIVE}|downers|sleep aids?|sleeping tablets|para dormir|to (?:help me )?(?:sleep|come down)|para bajar(?:me)?)"
LOST_COUNT_OR_SIGNS = (
    r"(?:lost count|perdi la cuenta|no (?:se|recuerdo|me acuerdo) cuant[ao]s|(?:not sure|no idea|do not know|can not remember) how many|"
    r"(?:heart|corazon)\b[^.?!]{0,30}?\b(?:pounding|racing|going crazy|beating (?:so )?(?:fast|hard)|late (?:muy |bien )?(?:fuert\w*|rapid\w*|a mil)|a mil|se me sale)|"
    r"seeing double|double vision|veo doble|vision doble|viendo doble|shaking|trembling|temblando|tiemblo|no paro de temblar)"
)
UP_AND_DOWN_MIXED = (
    rf"{UPPERS}\b[\s\S]{{0,100}}?\b{DOWNERS}\b[\s\S]{{0,140}}?\b{LOST_COUNT_OR_SIGNS}|"
    rf"{DOWNERS}\b[\s\S]{{0,100}}?\b{UPPERS}\b[\s\S]{{0,140}}?\b{LOST_COUNT_OR_SIGNS}"
)
# A relative found on the floor beside a small bag of powder or other drug kit, not responding.
DRUG_KIT = (
    r"(?:baggies?|little bag|small bag|tiny bag|bag of (?:white |brown )?powder|(?:white |brown )?powder|syringes?|needles?|burnt spoon|spoon|foil|pipe|"
    r"bolsitas?|bolsa de polvo|polvo blanco|polvito|papelito|papeleta|jeringas?|jeringuillas?|agujas?|cuchara quemada|pipa|aluminio)"
)
NO_RESPONSE = (
    r"(?:not responding|unresponsive|will not respond|does not respond|not reacting|will not wake|can not wake|not waking|does not wake|"
    r"no (?:me )?(?:reacciona|responde|despierta|se despierta|se mueve|contesta)|no hay manera de despertarl[oa]|no logro despertarl[oa])"
    r"(?! (?:to (?:his|her|their) name|a su nombre|to (?:texts|messages|calls)|a (?:los )?mensajes|el telefono|the phone))"
)
FLOOR = r"(?:floor|ground|suelo|piso)"
FOUND_BESIDE_KIT = (
    rf"{FLOOR}\b[^?]{{0,80}}?\b{DRUG_KIT}\b[\s\S]{{0,120}}?\b{NO_RESPONSE}|{DRUG_KIT}\b[^?]{{0,80}}?\b{FLOOR}\b[\s\S]{{0,120}}?\b{NO_RESPONSE}|"
    rf"{NO_RESPONSE}\b[^?]{{0,80}}?\b{FLOOR}\b[^?]{{0,80}}?\b{DRUG_KIT}\b"
)
# Someone else's sedatives with alcohol, now slumped, head hanging, only a groan when shaken.
SLUMPED_GROANS = (
    r"(?:slumped|slumping|head (?:is )?(?:hanging|drooping|lolling|flopping)|only (?:groans|moans|grunts|mumbles)|just (?:groans|moans|grunts|mumbles|makes a (?:noise|sound))|"
    r"desplomad[oa]|cabeza (?:colgando|caida|ladeada|para abajo)|solo (?:se queja|gime|hace (?:un )?ruidos?|balbucea|murmura|se queja)|apenas (?:se queja|gime|hace ruido))"
)
SEDATIVE_ANY = rf"(?:{SEDATIVE}|pastillas (?:para (?:dormir|los nervios|la ansiedad)|de (?:dormir|los nervios))|calmantes|tranquilizantes|relajantes)"
SEDATIVE_DRINK_SLUMPED = (
    rf"(?:{SEDATIVE_ANY}\b[\s\S]{{0,100}}?\b{ALCOHOL}|{ALCOHOL}\b[\s\S]{{0,100}}?\b{SEDATIVE_ANY})\b[\s\S]{{0,120}}?\b{SLUMPED_GROANS}"
)
# A bare statement that the pills are already taken: the whole message ("ya me tome las pastillas",
# "i already took the pills", "took them all already").
ALREADY_TOOK_PILLS = (
    r"(?<![\s\S])(?:(?:ya|already) )?(?:me )?(?:(?:tome|trague|tomé) (?:todas )?(?:las|mis) (?:pastillas|pildoras|pastis)(?: todas)?|"
    r"(?:las|los) (?:tome|trague) (?:todas|todos)|me (?:las|los) (?:tome|trague|acabe)(?: todas| todos)?)(?: ya)?(?=\W*$)|"
    r"(?<![\s\S])(?:i )?(?:already |just )?(?:took|swallowed|downed) (?:them all|all of them|all the pills|all my pills|the pills|the whole bottle|every (?:pill|one|last one))(?: already)?(?=\W*$)"
)
# A bystander finds someone down among medicine containers, breathing noisily or very slowly.
FOUND_DOWN = (
    r"(?:collapsed|passed out|slumped|unconscious|on the floor|on the ground|tirad[oa]|desmayad[oa]|inconsciente|desplomad[oa]|"
    r"en el (?:suelo|piso))"
)
MED_CONTAINERS = (
    r"(?:pill bottles|medicine bottles|prescription bottles|empty bottles|bottles of pills|blister packs?|empty packets|pill packets|"
    r"frascos(?: de (?:pastillas|medicinas?|pildoras))?|cajas de (?:medicinas?|pastillas)|blisters?|envases|tiras de pastillas)"
)
ODD_BREATHING = (
    r"(?:gurgl\w*|rattl\w*|snor\w*|barely breathing|hardly breathing|breath\w* (?:is |are )?(?:really |very |super )?(?:slow|shallow|weird|strange)|"
    r"(?:one|1) breath every|respira (?:muy |bien )?(?:lento|despacio|raro|rarisimo|poquito|apenas|feo)|apenas respira|ronc\w*|gorgote\w*|como ahogandose|estertor\w*|"
    r"hace (?:un )?ruido al respirar)"
)
DOWN_AMONG_CONTAINERS = (
    rf"(?:{FOUND_DOWN}\b[^?]{{0,100}}?\b{MED_CONTAINERS}|{MED_CONTAINERS}\b[^?]{{0,100}}?\b{FOUND_DOWN})\b[\s\S]{{0,140}}?\b{ODD_BREATHING}"
)
# A dosing error in an infant or small child: a second dose by another carer, or the adult strength.
CHILD_MEDICINE = (
    r"(?:tylenol|acetaminophen|acetaminofen|paracetamol|tempra|panadol|ibuprofen|ibuprofeno|motrin|advil|cough (?:syrup|medicine)|jarabe|"
    r"medicine|medicina|medicamento|dose|dosis)"
)
SECOND_DOSE = (
    r"(?:(?:gave|give|given|giving) (?:her |him |them |the baby |it )?(?:another|a second|second|an extra|one more)(?: \w+)?(?: dose| one)?|"
    r"(?:le |les )?(?:di|dio|dimos|dieron|volvi a dar|volvio a dar) (?:otra|una segunda|segunda|doble|otra vez)|"
    r"(?:double|doble|twice the) (?:dose|dosis)|doubled (?:it|the dose|up)|double dosed|(?:le )?duplicamos (?:la dosis)?|"
    r"(?:two|dos) (?:doses|dosis) (?:in a row|seguidas|juntas|within)|"
    r"without knowing|not knowing|sin saber|did not know (?:and|that|(?:he|she|they) had)|no sabia(?:mos)? que (?:ya )?(?:le|se lo)\b)"
)
ADULT_INSTEAD = (
    r"(?:adult|grown ?up|regular strength|extra strength|de adultos?|para adultos?|de grande|de mayores)\b[^.?!]{0,50}?\b"
    r"(?:instead of|in place of|not the|rather than|en vez del?|en lugar del?|y no (?:el|la))\b[^.?!]{0,30}?\b"
    r"(?:infant|baby|kids?|children|childrens|child|pediatric|toddler|infantil|bebe|nino|nina|ninos|pediatrico)"
)
CHILD_DOSING_ERROR = (
    rf"{SMALL_CHILD}\b[\s\S]{{0,100}}?\b{CHILD_MEDICINE}\b[\s\S]{{0,120}}?\b{SECOND_DOSE}|{SMALL_CHILD}\b[\s\S]{{0,120}}?\b{SECOND_DOSE}\b[\s\S]{{0,60}}?\b{CHILD_MEDICINE}\b|"
    rf"{SMALL_CHILD}\b[\s\S]{{0,120}}?\b{ADULT_INSTEAD}|{ADULT_INSTEAD}\b[\s\S]{{0,60}}?\b{SMALL_CHILD}\b"
)
OVERDOSE = OVERDOSE + [
    # round 29: a bystander's shorthand and naloxone; uppers and downers mixed; found beside a drug kit;
    # another's sedatives with drink, slumped; "already took the pills"; down among medicine containers,
    # breathing oddly; a child's dosing error
    SIGNS_NALOXONE_NOW, UP_AND_DOWN_MIXED, FOUND_BESIDE_KIT, SEDATIVE_DRINK_SLUMPED, ALREADY_TOOK_PILLS,
    DOWN_AMONG_CONTAINERS, CHILD_DOSING_ERROR,
]

# Self-harm: a farewell letter written and pills at hand, asking how long they take (learner English too).
FAREWELL_LETTER = (
    rf"(?:(?:goodbye|farewell|despedida|last|final|ultima|suicide) {LETTER}|{LETTER} de despedida|{LETTER} (?:for|to|para|a) (?:my |mi |mis |all |everyone|todos)?(?:family|familia|kids|children|hijos|parents|padres|everyone|everybody|todos|mom|mama)|"
    rf"{LETTER} (?:is|are|esta|estan) (?:finish|finished|written|escrita|terminada))"
)
HOW_LONG_TO_WORK = (
    r"(?:how (?:long|much time|many time|many hours|many minutes|fast|quick)\b[^.?!]{0,40}?\b(?:work|working|act|acting|effect|kick in|take)|"
    r"cuanto (?:tiempo )?(?:tardan?|demoran?|se tardan?)|en cuanto tiempo (?:hacen?|surten?) efecto)"
)
LETTER_PILLS_HOW_LONG = rf"{FAREWELL_LETTER}\b[\s\S]{{0,140}}?\b{PILLS}\b[\s\S]{{0,120}}?\b{HOW_LONG_TO_WORK}"
# A bystander handed a letter to post because the writer "won't be able to", then seeing them go to a height.
WONT_BE_ABLE = (
    r"(?:(?:he|she|they) (?:will not|would not|is not going to|was not going to|are not going to|wo not) be able(?: to)?|"
    r"(?:el|ella|ellos) (?:ya )?no (?:va a|iba a|van a|podria|podra) poder|no (?:va|iba) a poder)"
)
TOWARD_HEIGHT = (
    rf"(?:toward|towards|heading|walking|going|went|climb\w*|up to|hacia|subiendo|subio|se subio|se fue|va (?:al|a la|hacia)|fue (?:al|a la|hacia)|camin\w*)\b"
    rf"[^.?!]{{0,40}}?\b(?:{HEIGHT_AT}|{HEIGHT})\b"
)
SEND_ON = r"(?:mail|post|send|deliver|drop off|mandar\w*|mandara|enviar\w*|enviara|echar\w* al correo|entregar\w*|entregara)"
LETTER_THEN_HEIGHT = (
    rf"(?:(?:{LETTER}|envelope|sobre)\b[\s\S]{{0,100}}?\b{SEND_ON}|{SEND_ON} (?:\w+ ){{0,2}}?(?:{LETTER}|envelope|sobre))\b"
    rf"[\s\S]{{0,80}}?\b{WONT_BE_ABLE}\b[\s\S]{{0,160}}?\b{TOWARD_HEIGHT}"
)
# The means at hand told inside a price or insurance question, doubting whether treatment is worth it.
GUN_AT_HAND = (
    rf"(?:i have|i got|i am holding|there is|my|tengo|mi|hay) (?:\w+ ){{0,2}}?{FIREARM}\b[^.?!]{{0,40}}?\b"
    r"(?:on the (?:table|desk|bed|counter)|in front of me|right here|next to me|beside me|in my (?:lap|hand)|en la mesa|aqui|aca|enfrente|delante|a mi lado|al lado|en la mano|en las piernas)"
)
WORTH_IT = r"(?:worth (?:it|paying|the money|the cost|trying|anything)|vale la pena|sirve de algo|valga la pena)"
GUN_WORTH_IT = rf"{GUN_AT_HAND}\b[\s\S]{{0,160}}?\b{WORTH_IT}|{WORTH_IT}\b[\s\S]{{0,160}}?\b{GUN_AT_HAND}\b"
# A last event tonight and then "done for good", everything set up (not a retirement, a move, a new channel).
_NOT_A_SEND_OFF = (
    r"(?![\s\S]*\b(?:retir\w*|jubil\w*|new job|nuevo trabajo|moving|mudo|mudamos|mudanza|party|fiesta|vacation|vacaciones|new channel|youtube|college|universidad|"
    r"graduat\w*|graduacion|season|temporada|contract|contrato|quit\w*|renunci\w*|with (?:streaming|gaming|this job|work|soccer|football)|pais|country|viaje|trip)\b)"
)
LAST_EVENT = (
    r"(?:last|final|ultim[oa]) (?:game|shift|stream|show|match|class|practice|gig|run|set|partido|turno|stream|transmision|directo|juego|clase|entrenamiento|show)"
)
DONE_FOR_GOOD = (
    r"(?:done for good|done forever|gone for good|over for good|out for good|i am done\b[^.?!]{0,20}?\b(?:for good|forever|permanently)|"
    r"me voy para siempre|se acabo para siempre|(?:termino|acabo|me despido) para siempre|no (?:vuelvo|regreso|vuelven a verme) (?:nunca|jamas|mas))"
)
SET_UP = r"(?:set up|all set|ready|planned|in place|arranged|sorted|preparad[oa]|list[oa]|organizad[oa]|planead[oa]|arreglad[oa])"
LAST_EVENT_DONE = (
    rf"(?<![\s\S]){_NOT_A_SEND_OFF}[\s\S]{{0,200}}?\b{LAST_EVENT}\b[\s\S]{{0,80}}?\b{DONE_FOR_GOOD}\b[\s\S]{{0,100}}?\b{SET_UP}\b"
)
# A household chemical and pills, to be taken all at a named moment today (Spanish).
HOUSEHOLD_POISON = rf"(?:bleach|cloro|clorox|lejia|limpiador|cleaner|destapador|drain cleaner|antifreeze|anticongelante|{PESTICIDE})"
TAKE_THEM_ALL = (
    r"(?:me (?:lo|la|los|las) (?:voy a )?(?:tomar|tomo|trago|tragar|beber|bebo)(?: tod[oa]s?)?|(?:voy a|pienso) (?:tomar\w*|tragar\w*|beber\w*)|"
    r"(?:going to|gonna|will|i am going to) (?:take|drink|swallow) (?:them|it)(?: all)?)"
)
AT_A_MOMENT = (
    rf"(?:{SOON}|a las \d{{1,2}}|at \d{{1,2}}|(?:en|por) la (?:tarde|noche)|cuando (?:se vayan|se duerman|no haya nadie)|when (?:everyone|they) (?:leave|leaves|is gone|are gone|is asleep|are asleep)|midnight|medianoche)"
)
POISON_PILLS_AT_TIME = (
    rf"(?:{HOUSEHOLD_POISON}\b[\s\S]{{0,80}}?\b{PILLS}|{PILLS}\b[\s\S]{{0,80}}?\b{HOUSEHOLD_POISON})\b[\s\S]{{0,120}}?\b"
    rf"(?:{AT_A_MOMENT}\b[\s\S]{{0,60}}?\b{TAKE_THEM_ALL}|{TAKE_THEM_ALL}\b[\s\S]{{0,60}}?\b{AT_A_MOMENT})\b"
)
# At a station: will throw myself when the train comes (not "me tiro a dormir", not "jump on").
WHEN_TRAIN_COMES = (
    r"(?:(?:cuando|en cuanto|apenas|nomas|when|as soon as|once) (?:venga|llegue|pase|entre|viene|llega|pasa|comes|arrives|pulls in|gets here|passes|comes in) "
    r"(?:el |the |next |the next |el proximo |el siguiente )?(?:tren|metro|subte|subway|train)|"
    r"(?:cuando|en cuanto|apenas|when|as soon as|once) (?:el |the |next |the next |el proximo |el siguiente )?(?:tren|metro|subte|subway|train) "
    r"(?:venga|llegue|pase|entre|viene|llega|pasa|comes|arrives|pulls in|gets here|passes|comes in))"
)
THROW_MYSELF = (
    r"(?:me (?:voy a )?(?:aventar|tirar|lanzar|echar|avento|tiro|lanzo|echo)|(?:i will|i am going to|gonna|i am gonna|i will just) (?:jump|throw myself|step (?:out|off|in front))|"
    r"(?:jump|throw myself|step) in front)"
    r"(?! (?:a dormir|a descansar|en el asiento|en la cama|un rato|una siesta|on\b|in\b(?! front)|aboard|onto the train|into the train|on board))"
)
TRAIN_THROW = (
    rf"{WHEN_TRAIN_COMES}\b[^.?!]{{0,40}}?\b{THROW_MYSELF}|"
    rf"{THROW_MYSELF}\b[^.?!]{{0,40}}?\b{WHEN_TRAIN_COMES}\b"
)
# Goodbye messages already sent to everyone and the pills in hand ("tengo las pastillas en la mano").
GOODBYES_SENT = (
    r"(?:despedid\w*|despedirme|me despedi|goodbye|goodbyes|farewell|adios)"
)
PILLS_AT_HAND = (
    rf"(?:tengo|i have|i got|got|holding|i am holding|con) (?:\w+ ){{0,2}}?{PILLS}\b(?: \w+){{0,2}}? "
    r"(?:en (?:la|mi|las|mis) manos?|in my hands?|right here|here with me|aqui conmigo|conmigo|listas|ready)"
)
GOODBYES_PILLS_AT_HAND = rf"{GOODBYES_SENT}\b[\s\S]{{0,140}}?\b{PILLS_AT_HAND}|{PILLS_AT_HAND}\b[\s\S]{{0,100}}?\b{GOODBYES_SENT}\b"
# An older adult's papers arranged for the children, pills on the table, "today I lie down and don't get up".
PAPERS = (
    r"(?:papers|paperwork|documents|deeds?|will|testament|insurance|policy|papeles|documentos|escrituras|testamento|seguro|poliza)"
)
LIE_DOWN_FOR_GOOD = (
    r"(?:(?:me acuesto|acostarme|me duermo|dormirme|me echo|me voy a acostar) y (?:ya )?no (?:me )?(?:levanto|levantarme|despierto|despertar(?:me)?|vuelvo a (?:levantarme|despertar))|"
    r"(?:lie down|lay down|go to sleep|go to bed|fall asleep) and (?:do not|will not|never|not) (?:get up|wake up|wake)(?: again)?)"
)
PAPERS_PILLS_LIE_DOWN = (
    rf"{PAPERS}\b[\s\S]{{0,160}}?\b{PILLS}\b[\s\S]{{0,120}}?\b{LIE_DOWN_FOR_GOOD}|{PILLS}\b[\s\S]{{0,160}}?\b{PAPERS}\b[\s\S]{{0,120}}?\b{LIE_DOWN_FOR_GOOD}|"
    rf"{PAPERS}\b[\s\S]{{0,160}}?\b{LIE_DOWN_FOR_GOOD}\b[\s\S]{{0,120}}?\b{PILLS}\b"
)
# Cutting now, the blade at hand, and the bleeding will not stop (Argentine voseo too).
CUTTING_NOW = (
    r"(?:me estoy cortando|me sigo cortando|estoy cortandome|me volvi a cortar|me corte (?:otra vez|de nuevo|los brazos|las munecas|las piernas|el brazo|la muneca|la pierna)|"
    r"i am cutting(?: myself)?|i cut myself (?:again|on purpose)|cutting myself|i cut (?:my )?(?:wrists?|arms?|legs?|thighs?))"
)
BLADE_AT_HAND = (
    rf"{BLADE}\b[^.?!]{{0,20}}?\b(?:aca|aqui|al lado|conmigo|right here|next to me|in my hand|en la mano|still here|todavia)|"
    rf"(?:tengo|have|got|holding|con) (?:\w+ ){{0,2}}?{BLADE}\b"
)
BLOOD_WONT_STOP = (
    rf"(?:{WONT_STOP_BLEEDING}|(?:la )?sangre (?:no (?:me )?para|no se (?:me )?(?:detiene|corta|para))|no (?:me )?para (?:la sangre|de salir sangre|el sangrado)|"
    r"(?:the )?(?:blood|bleeding) (?:will not|does not|is not|won't) stop\w*|can not (?:get|make) (?:it|the bleeding|the blood) (?:to )?stop)"
)
CUTTING_WONT_STOP = (
    rf"{CUTTING_NOW}\b[\s\S]{{0,120}}?\b{BLOOD_WONT_STOP}|{BLOOD_WONT_STOP}\b[\s\S]{{0,100}}?\b{CUTTING_NOW}\b|"
    rf"(?:me corte|i cut myself|me lastime)\b[\s\S]{{0,80}}?\b(?:{BLADE_AT_HAND})\b[\s\S]{{0,80}}?\b{BLOOD_WONT_STOP}"
)
# A young person who says he will shoot himself with a relative's gun and has already taken it out.
SAYS_WILL_SHOOT = (
    r"(?:dice|dijo|amenaza|amenazo|anda diciendo|grita|says|said|is saying|threatens|threatened|keeps saying) (?:que )?"
    r"(?:se (?:va a|quiere) |va a |is going to |will |gonna |he will |she will |he is going to |she is going to )?"
    r"(?:pegar(?:se)? un (?:tiro|balazo)|dar(?:se)? un (?:tiro|balazo)|volar(?:se)? (?:la cabeza|los sesos)|disparar(?:se)?|matar(?:se)?|shoot (?:himself|herself|themselves)|kill (?:himself|herself))"
)
GUN_TAKEN_OUT = (
    r"(?:ya (?:la|lo) (?:saco|tiene|agarro|tomo|encontro|cargo|trae)|(?:la|lo) (?:saco|agarro|tiene en la mano|esta cargando)|"
    r"already (?:took|has|got|grabbed|taken|loaded)|took it out|has it (?:out|in his hand|in her hand|now)|got it out|is holding it)"
)
SAYS_SHOOT_GUN_OUT = (
    rf"{SAYS_WILL_SHOOT}\b[\s\S]{{0,80}}?\b{FIREARM}\b[\s\S]{{0,80}}?\b{GUN_TAKEN_OUT}|{FIREARM}\b[\s\S]{{0,80}}?\b{SAYS_WILL_SHOOT}\b[\s\S]{{0,80}}?\b{GUN_TAKEN_OUT}|"
    rf"{SAYS_WILL_SHOOT}\b[\s\S]{{0,80}}?\b{GUN_TAKEN_OUT}\b[\s\S]{{0,60}}?\b{FIREARM}\b"
)
SELF_HARM = SELF_HARM + [
    # round 29: a farewell letter and pills, how long; a letter to post, then a height; a gun at hand in a
    # price question; a last event and done for good; a chemical and pills at a set time; the train;
    # goodbyes sent and pills in hand; papers arranged and lie down for good; cutting that won't stop;
    # a young person's threat with a relative's gun already out
    LETTER_PILLS_HOW_LONG, LETTER_THEN_HEIGHT, GUN_WORTH_IT, LAST_EVENT_DONE, POISON_PILLS_AT_TIME, TRAIN_THROW,
    GOODBYES_PILLS_AT_HAND, PAPERS_PILLS_LIE_DOWN, CUTTING_WONT_STOP, SAYS_SHOOT_GUN_OUT,
]

# Medical: a fall onto the head with red flags (vomiting more than once, light hurting, memory gaps).
HEAD_LANDED = (
    rf"(?:{HEAD_STRUCK}|(?:dropped|landed|fell|falling|thrown) (?:\w+ ){{0,2}}?(?:on|onto) (?:his |her |my |their |the back of (?:his |her |my )?)?head|"
    r"(?:se cayo|cayo|me cai|lo dejaron caer|la dejaron caer|lo soltaron|la soltaron) (?:\w+ ){0,3}?de (?:cabeza|nuca|espaldas y se pego))"
)
HEAD_RED_FLAG = (
    r"(?:(?:vomit\w*|threw up|thrown up|throwing up|puked|puking)\b[^.?!]{0,30}?\b(?:twice|again|three|four|3|4|several|multiple|more than once|a few times|varias|dos|tres|cuatro|otra vez|de nuevo)|"
    r"light (?:hurts|bothers|is hurting)|hurts? (?:his |her |my )?eyes|sensitive to light|la luz le (?:molesta|duele)|le molesta la luz|me molesta la luz|no (?:soporta|aguanta) la luz|"
    r"(?:can not|does not|do not|could not) remember (?:what happened|anything|the (?:fall|night|drive|accident|show|concert)|parts|how|where|much|it|falling)|"
    r"no (?:se )?(?:acuerda|recuerda|me acuerdo) (?:de )?(?:nada|lo que paso|como|que paso|donde|la caida)|memory (?:gaps?|loss)|lagunas)"
)
HEAD_FALL_RED_FLAGS = rf"{HEAD_LANDED}\b[\s\S]{{0,140}}?\b{HEAD_RED_FLAG}"
MEDICAL = MEDICAL + [
    # round 29: a fall onto the head with red flags
    HEAD_FALL_RED_FLAGS,
]

# Not being able to take this life any more: a passive wish whatever else the message says
# (a pain idiom beside it, "my back is killing me", must not rule it out).
CANT_TAKE_THIS_LIFE = (
    r"(?:can not|cant|could not|couldnt) (?:take|stand|bear|do|live) (?:this|my|this damn|this stupid) life\b(?! insurance)|"
    r"(?:no|ya no) (?:aguanto|soporto|puedo con|resisto) (?:mas )?(?:esta|mi|la) vida\b"
)
POSSIBLE_RISK = POSSIBLE_RISK + [CANT_TAKE_THIS_LIFE]
# Relief or calm beside an end: a warning sign after deciding ("i feel better now that i know
# i won't be here next week"; "happy it will all be over soon").
_RELIEF = (
    r"(?:feel|feeling|felt) (?:so |much |a lot )?(?:better|calm|calmer|at peace|relieved|lighter|free)|"
    r"(?:am|im|i am) (?:so |finally )?(?:happy|glad|relieved|at peace|calm)|"
    r"me siento (?:mucho |tan )?(?:mejor|en paz|tranquil[oa]|aliviad[oa]|liber\w*)|estoy (?:tan |muy )?(?:feliz|content[oa]|tranquil[oa]|en paz|aliviad[oa])"
)
_ENDING_SOON = (
    r"(?:(?:will not|wont|am not going to|not going to|will no longer) be (?:here|around|alive)\b(?! (?:because|cause|bc|i will be|im|on|for (?:the|a|my) (?:trip|vacation|holiday))|\w)|"
    r"(?:it|this|everything|it all|all of this|all of it) (?:will|is going to|is gonna|gonna) (?:all |finally )?be over\b|"
    r"no (?:voy a|vaya a|voy a seguir) (?:estar|seguir) (?:aqui|aca|viv[oa])|(?:todo|esto) (?:se va a|va a) (?:acabar|terminar)\b(?! (?:el tratamiento|la cita|la sesion)))"
)
RELIEF_AT_AN_END = rf"(?:{_RELIEF})\b[^?]{{0,100}}?\b{_ENDING_SOON}|{_ENDING_SOON}[^?]{{0,100}}?\b(?:{_RELIEF})\b"
# Relief that comes from knowing of the end ("i feel better now that i know i won't be here next
# week"): a look-alike filter for an absence with a date gives way to it (patterns.STOPPED_AT_RELIEF).
RELIEF_FROM_AN_END = (
    rf"(?:{_RELIEF})\W+(?:now that|knowing|ahora que|sabiendo que|de saber que)\b[^.?!]{{0,60}}?\b{_ENDING_SOON}"
)
POSSIBLE_RISK = POSSIBLE_RISK + [RELIEF_AT_AN_END]

# --- round 29 (part C): a danger now after a story or faith; a threat told to someone else -----
# A story's overdose, then the writer's own pills taken ("in the novel she takes the pills, i took
# mine an hour ago"): the writer copied it.
_STORY = (
    r"(?:novel|novela|book|libro|story|cuento|movie|film|pelicula|peli|series|serie|show|telenovela|episode|episodio|chapter|capitulo|"
    r"character|personaje|protagonist|protagonista|hero|heroine|heroe|villain|villan[oa])"
)
_TOOK_THE_PILLS = (
    r"(?:swallows?|swallowed|takes|took|se toma|se tomo|se traga|se trago|toma|tomo) (?:\w+ ){0,3}?"
    r"(?:pills|pastillas|pildoras|frasco|bottle|sleeping pills|medicine|medicinas)"
)
_TOOK_MINE = (
    r"(?:took|swallowed|tome|trague) (?:mine|all mine|las mias|los mios|el mio|la mia)\b(?:[^.?!]{0,30}?\b(?:too|also|already|tambien|ago|hace (?:una|media|un|\w+) (?:hora|minutos|rato)))?|"
    r"(?:took|swallowed|tome|trague) (?:all )?(?:mine|my own|las mias|los mios)"
)
STORY_PILLS_MINE_TAKEN = rf"{_STORY}\b[^?]{{0,120}}?\b{_TOOK_THE_PILLS}\b[^?]{{0,80}}?\b(?:{_TOOK_MINE})"
OVERDOSE = OVERDOSE + [STORY_PILLS_MINE_TAKEN]

# Death accepted in faith, then wished for tonight ("when god calls me i'll go in peace, and i want
# it to be tonight"; "cuando Dios me llame me voy tranquila, y quiero que sea hoy").
_CALLED_HOME = (
    r"(?:dios|diosito|el senor|the lord|god|jesus)\b(?: \w+){0,2}? (?:me llame|me recoja|me lleve|disponga|calls me|takes me|wants me|call me|take me)"
)
_WANTED_TONIGHT = (
    r"(?:want|wants|wish|hope|pray) (?:it|that) (?:to be|is|was|were|will be) (?:tonight|today|now|soon)|(?:i am|im) ready (?:tonight|today|now)|"
    r"(?:quiero|quisiera|ojala|pido|rezo por)(?: que)? (?:sea|fuera|llegue) (?:hoy|esta noche|ya|ahora|pronto)|estoy list[oa] (?:para )?(?:hoy|esta noche|ya)"
)
CALLED_HOME_TONIGHT = rf"{_CALLED_HOME}\b[^?]{{0,80}}?\b(?:{_WANTED_TONIGHT})"
SELF_HARM = SELF_HARM + [CALLED_HOME_TONIGHT]

# A relative's means held now and a farewell under way, either first ("ahora tiene las pastillas
# otra vez y se esta despidiendo", "she is saying goodbye to everyone and has the rope").
_MEANS_HELD = (
    r"(?:has|have|got|is holding|tiene|trae|agarro|saco) (?:(?:the|a|an|his|her|their|again|already|now|las|la|el|una|unas|un|sus|su|otra vez|de nuevo|ya|ahora|\w+'s) ){0,3}(?:\w+ )?(?:pills|gun|pistol|rifle|shotgun|rope|noose|knife|razor|pastillas|pistola|arma|escopeta|soga|cuerda|cuchillo|navaja)\b"
    r"(?! (?:for|para|de|from|del) (?:la |el |his |her |su |the )?(?:alergia|dolor|presion|gripa|tos|allergy|pain|cold|sleep|dormir|doctor|medico|caza|hunting))"
)
_GOODBYE_UNDER_WAY = (
    r"(?:saying|texting|sending|writing) (?:\w+ )?goodbyes?|se (?:esta|anda) despidiendo|(?:esta|anda) despidiendose|se despidio de (?:todos|todo el mundo|nosotros|toda la familia)"
)
MEANS_AND_FAREWELL_NOW = rf"{_MEANS_HELD}[^.?!]{{0,60}}?\b(?:{_GOODBYE_UNDER_WAY})|(?:{_GOODBYE_UNDER_WAY})\b[^.?!]{{0,60}}?\b{_MEANS_HELD}"
SELF_HARM = SELF_HARM + [MEANS_AND_FAREWELL_NOW]

# A threat to shoot, hang or throw oneself told or written to someone else, in the third person
# ("le dijo a su hermano que se iba a dar un balazo", "texted his girlfriend he would blow his
# brains out") or the writer's own ("le dije a mi hermana que me voy a pegar un tiro"); not a nap,
# a game, a pool or pictures hung ("se va a pegar una siesta", "tirar a la piscina", "colgar los cuadros").
_TOLD_SOMEONE = (
    r"(?:told|texted|wrote|messaged|warned|emailed|snapchatted|said to|posted|dm'?d|called) (?:\w+ ){0,3}?(?:that )?|"
    r"(?:le |les |me |nos |te )?(?:dijo|dice|decia|diciendo|dicho|conto|escribio|escribe|mando|aviso|avisa|amenaza|amenazo|texteo|puso|dije|conte|escribi|mande|avise) (?:\w+ ){0,5}?que "
    r"(?:hoy |esta noche |manana |ahorita |ahora |ya )?"
)
_OFF_A_HEIGHT = (
    r"(?:del (?:puente|edificio|techo|balcon|\w+ piso)|de (?:un|una|la|el) (?:puente|edificio|techo|azotea|balcon|ventana|barranco|precipicio)|"
    r"por la ventana|por el balcon|al (?:vacio|metro|tren|rio)|a las vias|a la via)"
)
_WILL_KILL_SELF = (
    r"(?:(?:he|she|they|i) )?(?:is |was |were |are |am )?(?:going to|gonna|would|will|was about to|is about to|am about to) "
    r"(?:shoot (?:himself|herself|themselves|myself)|blow (?:his|her|their|my) (?:brains|head) (?:out|off)|put a bullet (?:in|through) (?:his|her|their|my) (?:head|brain)|"
    r"hang (?:himself|herself|themselves|myself)|jump (?:off|from) (?:the |a )?(?:bridge|roof|building|overpass|balcony|cliff|tower))|"
    # the third person ("que se iba a dar un balazo") and the writer's own ("le dije que me voy a pegar un tiro")
    r"(?:se|me) (?:va|iba|fuera|voy) a (?:pegar un (?:tiro|balazo)|dar un (?:tiro|balazo|plomazo)|volar (?:la cabeza|los sesos)|disparar(?! (?:el|la|los|las|un|una|mi|su|sus)\b)|ahorcar|"
    rf"colgar(?! (?:el|la|los|las|un|una|unos|unas|al|mi|su|sus|mis|del telefono)\b)|tirar {_OFF_A_HEIGHT}|aventar {_OFF_A_HEIGHT})|"
    r"(?:va|iba|voy) a (?:pegar(?:se|me) un (?:tiro|balazo)|dar(?:se|me) un (?:tiro|balazo)|volar(?:se|me) (?:la cabeza|los sesos)|disparar(?:se|me)|ahorcar(?:se|me)|colgar(?:se|me)|"
    rf"tirar(?:se|me) {_OFF_A_HEIGHT}|aventar(?:se|me) {_OFF_A_HEIGHT})"
)
TOLD_THEY_WILL_KILL_SELF = rf"(?:{_TOLD_SOMEONE})(?:{_WILL_KILL_SELF})"
SELF_HARM = SELF_HARM + [TOLD_THEY_WILL_KILL_SELF]

# --- round 30 -------------------------------------------------------------------------
# Overdose (poisoning): a farm chemical in the mouth, even spat out, told calmly ("le cayo herbicida en la
# boca, lo escupio y dice que esta bien"): paraquat kills days later however well the person seems.
FARM_CHEMICAL = (
    r"(?:paraquat|gramoxone|herbicid\w*|pesticid\w*|plaguicid\w*|insecticid\w*|weed ?killer|roundup|glifosato|glyphosate|"
    r"organophosph\w*|organofosfor\w*|fumigant\w*|matahierbas?|mata ?hierbas?|veneno para (?:la hierba|plagas|las plagas|el monte))"
)
_IN_THE_MOUTH = (
    r"(?:in(?:to)? (?:his|her|my|their|the|your) mouth|en la boca|a la boca|spat (?:it |some )?out|spit (?:it |some )?out|"
    r"escupi(?:o|eron|mos)?\b|lo escupi\w*|la escupi\w*|swallowed|se (?:lo |la )?trago|me (?:lo |la )?trague)"
)
FARM_CHEMICAL_IN_MOUTH = (
    rf"{FARM_CHEMICAL}\b[^.?!]{{0,40}}?\b{_IN_THE_MOUTH}|"
    rf"(?:got|gotten|cayo|cayeron|entro|se metio|se echo|splashed|sprayed) (?:\w+ ){{0,3}}?(?:in(?:to)? (?:his|her|my|their|the) mouth|en la boca|a la boca)\b[^.?!]{{0,30}}?\b{FARM_CHEMICAL}"
)
# Overdose: an opioid taken by mistake (a spouse's morphine for vitamins), and drowsiness or sleep asked about.
_MISTAKEN = (
    r"(?:by mistake|by accident|accidentally|mistakenly|thinking (?:it|they) (?:was|were)|thought (?:it|they) (?:was|were)|"
    r"por error|por equivocacion|sin querer|por accidente|pensando que (?:era|eran)|creyendo que (?:era|eran)|confundi\w* con|"
    # "instead of" only where the pills meant were a supplement or an everyday remedy
    r"(?:instead of|en vez de|en lugar de) (?:\w+ ){0,2}?(?:vitamins?|vitaminas?|supplements?|suplementos?|multivitamin\w*|calcium|calcio|iron|hierro|fish oil|omega|"
    r"antacid\w*|tums|allergy pills|pastillas (?:de|para) la alergia|tylenol|advil|aspirin\w*|aspirina))"
)
_DROWSY = (
    r"(?:drowsy|sleepy|groggy|nodding|can not keep (?:my|his|her|their) eyes open|sleep it off|falling asleep|dozing|out of it|"
    r"somnolient[oa]|adormilad[oa]|(?:quedando|quedo) dormid[oa]|se (?:me|le) cierran los ojos|cabece\w*|dormir(?:me|se|la|lo)? (?:y ya|nada mas|asi)|la dejo dormir|lo dejo dormir|dejarl[oa] dormir)"
)
# (opioids only: someone else's sleeping pill taken by mistake is not this family)
# Not OPIOID_NAME: this family also names the street and treatment forms a
# mistaken dose is told with (percs, oxis, suboxone, buprenorfina) and leaves out
# the generic words ("narcotics", "analgesicos") that a mistaken dose of any
# medicine is told with. Folding the two changes what both families match, so it
# waits for a regression check of its own.
_OPIOID_ONLY = (
    r"(?:oxy\w*|oxis|percocets?|percs?|vicodin|norco|hydrocodone|codeine|codeina|morphine|morfina|methadone|metadona|tramadol|fentanyl|fentanilo|"
    r"dilaudid|opioids?|opioides|oxicodonas?|hidrocodonas?|hidromorfona|buprenorfina|suboxone|painkillers?|pain pills)"
)
OPIOID_TAKEN_BY_MISTAKE = (
    rf"(?:{_MISTAKEN}\b[^.?!]{{0,60}}?\b{_OPIOID_ONLY}|{_OPIOID_ONLY}\b[^.?!]{{0,60}}?\b{_MISTAKEN})\b[\s\S]{{0,120}}?\b{_DROWSY}"
)
# Overdose: naloxone given and nothing happened, another dose asked about ("le puse un spray y no paso nada, le doy otro?").
_NO_RESPONSE_TO_IT = (
    r"(?:nothing (?:happened|changed)|did nothing|does nothing|no effect|did not work|didnt work|still nothing|not working|"
    r"no (?:paso|pasa|hizo|hace) nada|no (?:funciono|funciona|sirvio|reacciono|reacciona)|sin efecto|ni se movio|sigue igual)"
)
_GAVE_IT = (
    r"(?:gave|given|give|sprayed|used|administered|did|put|le puse|le pusimos|le di|le dimos|le aplique|le aplicamos|le aplico|le eche|le echamos|"
    r"le pusieron|le dieron|le han puesto|le he puesto|aplique|puse)"
)
# (an information question is not matched: "la naloxona no funciona con el tramadol? hay otro?")
NALOXONE_NO_EFFECT = (
    rf"{_GAVE_IT}\b[^.?!]{{0,30}}?\b{NALOXONE}\b[^.?!]{{0,40}}?\b{_NO_RESPONSE_TO_IT}\b[\s\S]{{0,60}}?\b(?:another|more|again|second|otr[oa]|mas|segund[oa]|de nuevo|otra vez)\b|"
    rf"{_NO_RESPONSE_TO_IT}\b[^.?!]{{0,40}}?\b(?:after|despues de|desde) (?:the |la |el )?(?:first |primera |primer )?(?:spray|dosis|dose)? ?(?:of |de )?{NALOXONE}"
)
# Overdose: an opioid with a sedative, and breathing with long pauses ("respira con pausas largas").
_LONG_PAUSES = (
    r"(?:long pauses|pausas (?:muy )?largas|pausing (?:his|her|their)? ?breath\w*|(?:stops|stopping|keeps stopping) breathing for|"
    r"deja de respirar (?:por )?(?:unos|ratos|un rato|segundos)|se le (?:va|corta) la respiracion)"
)
SEDATED_PAUSES = (
    r"(?![\s\S]*\b(?:apnea|sleep study|sleep studies|estudio del sueno|cpap|polisomnograf\w*)\b)"
    rf"{OPIOID_OR_SEDATIVE}\b[\s\S]{{0,120}}?\b{_LONG_PAUSES}"
)
OVERDOSE = OVERDOSE + [
    # round 30: a farm chemical in the mouth; an opioid taken by mistake, drowsy; naloxone without
    # effect and another dose asked; an opioid or sedative and long pauses in breathing
    FARM_CHEMICAL_IN_MOUTH, OPIOID_TAKEN_BY_MISTAKE, NALOXONE_NO_EFFECT, SEDATED_PAUSES,
]

# Self-harm: a roof spelled by ear ("sotea", "asotea") or in slang, and throwing oneself.
_ROOF_ANY = r"(?:azotea|asotea|sotea|zotea|asotehuela|techo|roof|rooftop|the top of the building|techo del edificio)"
_THROW_SELF = (
    r"(?:me quiero (?:tirar|aventar|lanzar)|quiero (?:tirarme|aventarme|lanzarme)|me voy a (?:tirar|aventar|lanzar)|voy a (?:tirarme|aventarme|lanzarme)|"
    r"se quiere (?:tirar|aventar|lanzar)|quiere (?:tirarse|aventarse|lanzarse)|se va a (?:tirar|aventar|lanzar)|"
    r"(?:gonna|going to|about to|want to|wanna) jump|(?:will|i will) jump)"
)
# (not a nap, a bed, a pool, a call or a trampoline: "me quiero tirar a dormir", "gonna jump on the call")
_NOT_A_REST = (
    r"(?! (?:a |al |a la |en |en la |on |onto |in |into |to )?(?:the |a |el |la |my |mi )?(?:dormir|descansar|cama|sofa|sillon|siesta|rato|piscina|alberca|agua|"
    r"bed|couch|sofa|pool|water|call|zoom|meeting|shower|trampoline|trampolin|line|queue|chance|conclusions?|in)\b)"
)
ROOF_AND_JUMP = rf"{_ROOF_ANY}\b[^.?!]{{0,40}}?\b{_THROW_SELF}\b{_NOT_A_REST}"
# Self-harm: a plan B or a backup plan that is a method or a height, told inside a treatment question.
_PLAN_B = r"(?:plan b|backup plan|back up plan|back-up plan|plan de respaldo|plan alternativo|otro plan|the other plan|el otro plan)"
_PLAN_B_METHOD = (
    rf"(?:{FIREARM}|{LIGATURE}|jump\w* (?:off|from|in front)|tirarme|aventarme|lanzarme|colgarme|ahorcarme|dispararme|pegarme un tiro|"
    r"end (?:it|things|my life)|kill myself|matarme|suicid\w*|acabar con (?:todo|mi vida)|overdos\w*|sobredosis|all (?:the|my) pills|todas (?:las|mis) pastillas)"
)
# (a height only as the plan itself, "my plan b is the bridge", not a route: "plan b is the bridge instead of the tunnel")
PLAN_B_METHOD = (
    rf"{_PLAN_B}\b[^?]{{0,50}}?\b{_PLAN_B_METHOD}\b|"
    rf"{_PLAN_B} (?:is|es|was|era|will be|sera|for (?:\w+ )?{SOON}|para el (?:\w+ )?{SOON}|el {SOON})(?:,| es)? (?:the |el |la |a |un |una )?{HEIGHT_AT}\b(?! (?:instead|route|to get|para llegar|en vez|en lugar))"
)
# Self-harm: a gun at hand, and "i'll probably have done it by then" (an intake question beside it).
_DONE_BY_THEN = (
    r"(?:have|had) (?:already )?done it (?:by then|before then|before that|by the time)|"
    r"(?:ya )?lo (?:habre|habria) hecho (?:para entonces|antes)|para entonces ya lo (?:hice|habre hecho|habria hecho|hago)|antes (?:de eso )?ya lo (?:hice|habre hecho)"
)
GUN_DONE_BY_THEN = rf"{FIREARM}\b[\s\S]{{0,120}}?\b(?:{_DONE_BY_THEN})|(?:{_DONE_BY_THEN})\b[\s\S]{{0,120}}?\b{FIREARM}\b"
# Self-harm: a lethal liquid mixed or dissolved and waiting, not drunk yet.
_LETHAL_LIQUID = rf"(?:{PESTICIDE}|{CAR_FLUID}|bleach|cloro|lejia|cyanide|cianuro|drain cleaner|destapacanos|sosa caustica)"
_MIXED = r"(?:mixed|dissolved|stirred|crushed|prepared|poured|disuelto|disuelta|disolvi|mezclado|mezclada|mezcle|prepare|preparado|servido|servi)"
_NOT_DRUNK_YET = (
    r"(?:have not|has not|did not|not) (?:drunk|drank|taken|swallowed|had) (?:it|any|some)? ?yet|"
    r"(?:todavia|aun) no (?:me )?(?:lo|la) (?:he tomado|tomo|bebo|he bebido|he tragado)|no me (?:lo|la) he tomado|in front of me|(?:lo|la) tengo (?:enfrente|delante)|delante de mi|frente a mi|aqui delante"
)
LETHAL_MIX_WAITING = (
    rf"(?:{_MIXED}\b[^.?!]{{0,40}}?\b{_LETHAL_LIQUID}|{_LETHAL_LIQUID}\b[^.?!]{{0,40}}?\b{_MIXED})\b[\s\S]{{0,80}}?\b(?:{_NOT_DRUNK_YET})"
)
SELF_HARM = SELF_HARM + [
    # round 30: a roof spelled by ear and a jump; a plan B; a gun and "done it by then"; a lethal mix waiting
    ROOF_AND_JUMP, PLAN_B_METHOD, GUN_DONE_BY_THEN, LETHAL_MIX_WAITING,
]

# Possible risk: a passive wish in learner English ("sometimes want life finish"); an older person who
# has lived too long and is only trouble; relatives who ended their lives and things getting bad now;
# "ando pensando cosas feas".
LIFE_FINISH = (
    r"(?:want|wants|wanting|wish) (?:my |the |this )?life (?:to )?(?:finish|finished|stop|stopped|end|ended|over|done|no more)\b"
    r"(?! (?:being|feeling|hurting|revolving|getting|to be|so|with|from|at|in|for)\b)"
)
_LIVED_TOO_LONG = r"(?:lived|have lived|has lived|vivi|he vivido|ha vivido) (?:too long|long enough|demasiado(?: tiempo)?(?=[\s,.;!?])|lo suficiente|suficiente)(?! (?:en|in|at|aqui|aca|here|alla|there|with|con)\b)"
_ONLY_TROUBLE = (
    r"(?:only|just|nothing but|all i am is) (?:trouble|a burden|a problem|a bother|in the way|a nuisance)|"
    r"(?:nomas|solo|nada mas|puro) (?:soy|doy|les doy|le doy|sirvo para dar) (?:un |una |puro |puros |pura )?(?:estorbo|carga|molestia|problemas|lata|molestias)"
)
LIVED_TOO_LONG_BURDEN = rf"{_LIVED_TOO_LONG}\b[\s\S]{{0,80}}?\b(?:{_ONLY_TROUBLE})|(?:{_ONLY_TROUBLE})\b[\s\S]{{0,80}}?\b{_LIVED_TOO_LONG}"
_KIN_ENDED = (
    r"(?:ended their (?:own )?lives|took their (?:own )?lives|on their own terms|killed themselves|died by suicide|"
    r"se quitaron la vida|se suicidaron|por su propia mano|por su propia cuenta|se mataron)"
)
_GETTING_BAD = (
    r"(?:things|it|everything|life) (?:are|is) (?:getting|starting to get|going) (?:really |so |pretty )?(?:bad|worse|dark|rough|ugly)|"
    r"(?:las cosas|todo|la cosa) (?:se me |se )?(?:estan|esta) (?:poniendo|volviendo) (?:muy )?(?:feas?|mal|negras?|peor|dificiles?|oscuras?)"
)
KIN_ENDED_GETTING_BAD = rf"{_KIN_ENDED}\b[\s\S]{{0,100}}?\b(?:{_GETTING_BAD})"
UGLY_THOUGHTS = (
    r"(?:ando|estoy|he estado|andaba|anda|esta|ha estado|andamos) (?:\w+ )?pensando (?:en )?(?:puras )?(?:cosas|ideas|tonterias) (?:feas|malas|oscuras|negras)|"
    r"se me (?:pasan|vienen|cruzan|meten) (?:cosas|ideas|pensamientos) (?:feas|feos|malas|malos|oscuras|oscuros|negras|negros) (?:por|en) la cabeza"
)
POSSIBLE_RISK = POSSIBLE_RISK + [
    # round 30
    LIFE_FINISH, LIVED_TOO_LONG_BURDEN, KIN_ENDED_GETTING_BAD, UGLY_THOUGHTS,
]

# Medical: a pad soaked every hour or half hour, with dizziness or a racing heart (bleeding after birth).
_PAD_SOAKED_OFTEN = (
    r"(?:soak\w*|fill\w*|bleed\w* through|going through|changing) (?:\w+ ){0,2}?(?:pad|pads|maxi pad)s? (?:\w+ ){0,2}?(?:every|each|in (?:less than )?(?:an?|one|half an?)) (?:half hour|hour|\d+ minutes|30 minutes)|"
    r"(?:lleno|llena|llenando|empapo|empapa|empapando|mojo|moja|traspaso|traspasa|cambio|cambia) (?:\w+ ){0,2}?(?:toallas?|toallitas?|compresas?|kotex|pad)\b(?: \w+){0,2}? (?:cada|en menos de) (?:media hora|hora|una hora|\d+ minutos)"
)
_FAINT_OR_RACING = (
    r"(?:dizzy|lightheaded|light headed|faint\w*|heart (?:is )?(?:racing|pounding)|racing heart|pale|"
    r"mare\w*|desmay\w*|corazon (?:me |le )?(?:late|va) (?:muy )?(?:rapid\w*|fuerte\w*|a mil)|palpitaciones|palid[oa])"
)
PAD_SOAKED_FAINT = rf"(?:{_PAD_SOAKED_OFTEN})\b[\s\S]{{0,80}}?\b{_FAINT_OR_RACING}|{_FAINT_OR_RACING}\b[\s\S]{{0,80}}?\b(?:{_PAD_SOAKED_OFTEN})"
# Medical: a crash, then the head bleeding.
_CRASHED = (
    r"(?:crash\w*|wreck\w*|hit (?:a|the) (?:pole|tree|wall|car|post|curb|guardrail|sign|truck)|car accident|accident|"
    r"choque|choco|chocamos|chocaron|me estrelle|se estrello|accidente|volque|se volco)"
)
_HEAD_BLEEDING = (
    r"(?:bleeding from (?:his|her|my|their|the) (?:head|forehead)|(?:head|forehead) is bleeding|blood (?:on|from|all over) (?:his|her|my|their) (?:head|face|forehead)|"
    r"(?:me|le) sangra la (?:cabeza|frente)|sangre (?:en|de) la (?:cabeza|frente)|sangrando de la (?:cabeza|frente)|me sale sangre de la cabeza|le sale sangre de la cabeza)"
)
CRASH_HEAD_BLEEDING = rf"{_CRASHED}\b[\s\S]{{0,80}}?\b{_HEAD_BLEEDING}"
# Medical: stopped shivering after the cold, and confused, stiff or ice cold (hypothermia).
_STOPPED_SHIVERING = (
    r"(?:stopped shivering|not shivering any ?more|no longer shivering|quit shivering|is not even shivering|"
    r"dejo de temblar|ya no tiembla|ya no esta temblando|dejo de tiritar|ya no tirita)"
)
_COLD_SIGN = (
    r"(?:confus\w*|mumbl\w*|slurr\w*|stiff|ice cold|cold as ice|freezing to the touch|incoherent|drowsy|"
    r"balbuce\w*|tieso|tiesa|rigid[oa]|helad[oa]|desorientad[oa]|confundid[oa]|incoherente|no (?:responde|reacciona))"
)
STOPPED_SHIVERING_CONFUSED = rf"{_STOPPED_SHIVERING}\b[\s\S]{{0,80}}?\b{_COLD_SIGN}|{_COLD_SIGN}\b[\s\S]{{0,60}}?\b{_STOPPED_SHIVERING}"
# Medical: blood in the urine with a fever and shaking chills (an infection spreading).
_BLOOD_IN_URINE = (
    r"(?:blood in (?:my|his|her|the) (?:urine|pee)|bloody (?:urine|pee)|peeing blood|pee(?:ing)? (?:is )?red|"
    r"sangre en la orina|orina con sangre|la orina con sangre|orino sangre|hago pipi con sangre|hematuria)"
)
_FEVER = r"(?:fever|feverish|fiebre|calentura|temperature of|3[89](?:\.\d)? ?(?:c|grados|degrees)?|10[1-4](?:\.\d)?)"
_CHILLS = r"(?:chills|shaking|rigors|shivering|escalofrios|temblores|tiritando|temblando)"
URINE_BLOOD_FEVER_CHILLS = (
    rf"{_BLOOD_IN_URINE}\b[\s\S]{{0,100}}?\b(?:{_FEVER}\b[\s\S]{{0,60}}?\b{_CHILLS}|{_CHILLS}\b[\s\S]{{0,60}}?\b{_FEVER})"
)
MEDICAL = MEDICAL + [
    # round 30
    PAD_SOAKED_FAINT, CRASH_HEAD_BLEEDING, STOPPED_SHIVERING_CONFUSED, URINE_BLOOD_FEVER_CHILLS,
]

# --- question round 21 -------------------------------------------------------------------------
# A person who collapses, in Spanish ("mi papa se desplomo en la cocina", "se desplomo de repente"):
# a person named, or "se desplomo" opening its clause and not followed by a thing ("se desplomo el
# techo" is patterns' thing-collapse look-alike, as are "la bolsa se desplomo" and "mi matrimonio colapso").
_PERSON_ES = (
    r"(?:mi|su|tu|nuestr[oa]|el|la) (?:\w+ )?(?:papa|mama|padre|madre|hermano|hermana|hijo|hija|esposo|esposa|marido|mujer|abuelo|abuela|tio|tia|primo|prima|"
    r"amigo|amiga|novio|novia|pareja|vecino|vecina|companero|companera|suegro|suegra|bebe|nino|nina|paciente|senor|senora|muchacho|muchacha)|"
    r"(?:un|una) (?:senor|senora|hombre|muchacho|muchacha|chavo|chava|paciente)"
)
_PERSON_COLLAPSED_ES = (
    rf"(?:(?:{_PERSON_ES}) (?:\w+ )?|(?:el|ella) )(?:se (?:desplomo|colapso|desvanecio)|colapso)\b(?! (?:el|la|los|las|un|una|mi|su|tu|todo|toda)\b)|"
    r"(?:^|[,;:] |\b(?:y|pero|cuando|entonces|de repente|derrepente|luego|ahi|aqui|hoy|ayer|anoche|que|nomas|solo) )se (?:desplomo|desvanecio)\b(?! (?:el|la|los|las|un|una|mi|su|tu|todo|toda)\b)"
)
UNRESPONSIVE = UNRESPONSIVE + [_PERSON_COLLAPSED_ES]

# --- round 31: envy of the dying or the dead (a passive wish to be dead; asked directly) -----------
# "jealous of my grandpa in hospice, he gets to stop", "le tengo envidia a mi tia que se esta
# muriendo, ya va a descansar": envy, luck or "ojala fuera yo" beside someone dying, dead or at rest.
# The envy alone is the span (the rest a lookahead), so that a topic idiom in between ("palliative
# care") does not silence it.
_ENVY = (
    r"(?:jealous|envious|envy|i envy|lucky (?:him|her|them|duck)|so lucky|must be nice|wish (?:it|that) was me|wish i was (?:him|her|them)|"
    r"envidia|envidio|celos|celosa|celoso|que suerte|dichos[oa]|ojala fuera yo|quisiera ser (?:yo|el|ella))"
)
_DYING_OR_AT_REST = (
    r"(?:hospice|palliative|dying|on (?:his|her|their) deathbed|passed away|passed on|died|is dead|in (?:the|a) (?:coffin|casket)|at peace|at rest|"
    r"gets? to (?:go|rest|stop|leave|be done|check out|die)|is (?:finally )?done suffering|"
    r"hospicio|cuidados paliativos|se esta muriendo|se va a morir|se muere|murio|fallecio|en el ataud|en paz|descans\w*|ya no sufre|le toca irse|se va a ir)"
)
ENVY_OF_THE_DYING = (
    rf"{_ENVY}\b(?=[^.?!]{{0,80}}?\b{_DYING_OR_AT_REST})|{_DYING_OR_AT_REST}\b[^.?!]{{0,60}}?\b(?:and i am (?:jealous|envious)|i am (?:jealous|envious)|"
    r"lucky (?:him|her|them)|ojala fuera yo|que envidia|le tengo (?:envidia|celos)|wish (?:it|that) (?:was|were) me|"
    r"(?:i )?(?:felt|feel|feeling) (?:\w+ )?(?:envy|envious|jealous)|(?:senti|siento|sentia) (?:\w+ )?(?:envidia|celos))"
)
POSSIBLE_RISK = POSSIBLE_RISK + [ENVY_OF_THE_DYING]

# --- violence at home, now or threatened now (categories.VIOLENCE) -------------------------------
# A partner, an ex or a relative who hits, chokes, threatens to kill or holds a
# weapon on the writer (or on someone the writer hears or sees), told in the
# present or just now; the writer hiding, locked in, or afraid to go home. Abuse
# long past ("my ex used to hit me, years ago") goes through the detector's
# past checks; "mi esposa me va a matar cuando vea la cuenta" is patterns'
# trivial-threat idiom. Sources and guidance: docs/clinical-content.md
# (utter_crisis_medical, violence).
_ABUSER_EN = (
    r"(?:(?:my|her|his|our|(?:my |the |her |his )?(?:mom|mother|sister|neighbor|neighbour|friend|cousin|aunt|daughter)(?:'s| s|s)) (?:\w+ ){0,3}?"
    r"(?:husband|wife|boyfriend|girlfriend|bf|gf|partner|spouse|fiance|fiancee|ex|ex husband|ex wife|ex boyfriend|ex girlfriend|ex partner|"
    r"baby daddy|baby mama|babys father|baby s father|kids dad|kids father|stepdad|stepfather|step dad|step father|stepmom|stepmother|step mom|"
    r"dad|father|mom|mother|son|daughter|brother|sister|uncle|roommate|man|old man|cousin|brother in law|father in law|mother in law)|he|she)"
)
_VICTIM_EN = r"(?:me|my (?:\w+ )?(?:mom|mother|sister|brother|kids?|son|daughter|baby|wife|husband|grandma|dad)|our (?:mom|mother|dad|kids?|baby)|her|him|us)"
# ...not a body part of one's own after it ("she hit her head on the ice", "he is choking on a grape")
_NOT_OWN_BODY = r"(?! (?:head|face|knee|leg|arm|elbow|back|hand|foot|toe|shin|nose|chin|eye|mouth)\b)"
# an attack under way ("is punching my little brother right now", "hitting me now")
_ATTACKING_EN = r"(?:hitting|punching|kicking|beating|choking|strangling|slapping|shoving|stomping on|dragging|attacking|biting|stabbing)"
# an attack whose words hold its object ("pulling her hair", "slamming my head against the floor")
# (someone grabbing or holding their own throat is choking on food: medical, not here)
_ATTACKING_BODY_EN = (
    r"(?:pulling|yanking|dragging (?:me|her|him) by) (?:my|her|his|our \w+ s) hair(?! out)|(?:slamming|banging|smashing|bashing) (?:my|her|his) head|"
    r"(?:squeezing|choking) my (?:neck|throat)|(?:has|got) (?:his|her) hands (?:around|on) my (?:neck|throat)"
)
# an attack just done, with a danger still there (a marker of now, of staying, of fear or of a threat)
_ATTACKED_EN = (
    r"(?:hit|hits|punched|punches|kicked|kicks|beat|beats|beat up|beats up|choked|chokes|strangled|strangles|slapped|slaps|shoved|shoves|"
    r"pushed|pushes|threw|throws|dragged|drags|slammed|slams|bit|bites|stabbed|burned|burns)"
)
_ATTACKED_BODY_EN = (
    r"(?:grabbed|grabs) (?:me|her|him) by the (?:neck|throat|hair)|(?:put|puts) (?:his|her) hands (?:around|on) (?:my|her|his) (?:neck|throat)|"
    r"(?:broke|breaks) (?:my|her|his) (?:nose|arm|ribs?|jaw|wrist|finger|tooth|teeth)|(?:pulled|yanked) (?:my|her|his) hair|"
    r"(?:slammed|banged|smashed) (?:my|her|his) head"
)
_STILL_THERE_EN = (
    r"(?:right now|now|again|tonight|today|this morning|last night|just now|earlier|every day|every night|all the time|when he drinks|when she drinks|"
    r"still (?:here|home|swinging|yelling|screaming|outside|in the \w+)|is (?:still )?in the (?:next room|kitchen|living room|house|hallway)|he is here|she is here|"
    r"i am (?:scared|afraid|terrified|hiding|bleeding)|scared|afraid|terrified|hiding|locked|bleeding|can not breathe|could not breathe|till i (?:could not|couldnt) breathe|"
    r"(?:standing|waiting|sitting|parked) (?:in front of|outside|at|by) (?:my|the|our) (?:door|house|building|apartment|car)|with (?:a|the|his|her) (?:gun|knife|bat|hammer|machete)|"
    r"(?:said|says|told me) (?:he|she) (?:will|would|is going to|is gonna|ll)|kill me|finish (?:it|the job|me)|next time|if i call)"
)
_THREAT_EN = (
    r"(?:threatened to kill|threatening to kill|threatens to kill|"
    r"(?:said|says|told me|texted|wrote|swore|keeps saying|is saying) (?:that )?(?:he|she) (?:would|will|is going to|was going to|is gonna|was gonna|ll|d) "
    r"(?:(?:kill|hurt|finish|end it with|shoot|stab|strangle|choke) (?:me|her|him|us|you|my \w+)|break (?:my|her|his) neck)|(?:says|said) (?:tonight )?(?:he|she) (?:ends|is ending) it with)"
)
_WEAPON = r"(?:gun|rifle|shotgun|pistol|knife|kitchen knife|machete|hammer|bat|baseball bat|screwdriver|crowbar|blade)"
_WEAPON_HELD = (
    rf"(?:is holding|holding|has|got|loaded|is pointing|pointed|pointing|put|waving|swinging|came at (?:me|her|him) with|took out|pulled out|pulled) "
    rf"(?:a |an |the |his |her )?{_WEAPON}\b"
)
_ABUSER_ES = (
    r"(?:(?:mi|su|el|la) (?:\w+ )?(?:esposo|esposa|marido|mujer|novio|novia|pareja|ex|ex esposo|ex marido|ex novio|ex pareja|expareja|exesposo|exmarido|"
    r"padrastro|madrastra|papa|padre|mama|madre|hijo|hija|hermano|hermana|tio|suegro|suegra|cunado|companero|concubino|jevo|jeva|marido de mi \w+|"
    # Spanglish kin ("mi mom", "mi stepdad", "mi bf")
    r"mom|dad|stepdad|step dad|stepmom|bf|boyfriend|husband|ex husband|ex boyfriend|"
    r"novio de mi (?:mama|hermana|hija)|papa de mis hijos|papa de mi hij[oa])|el|ella)"
)
_HITS_ES = (
    r"(?:me|la|lo|le|nos) (?:pega|pego|esta pegando|golpea|golpeo|esta golpeando|da golpes|dio con (?:el puno|la mano|un palo|la correa|el cinturon)|dio (?:una )?(?:golpiza|paliza|pela|cachetada|bofetada|trompada|punetazo|patada)|"
    r"ahorca|ahorco|esta ahorcando|apreto el cuello|agarro del cuello|agarro por el cuello|empuja|empujo|patea|pateo|esta pateando|"
    r"rompio (?:la nariz|el brazo|las costillas|un diente)|maltrata|arrastro|tiro al piso|tiro contra la pared)"
)
_THREAT_ES = (
    r"(?:(?:me|la|lo|nos) amenaz(?:o|a|aba) con matar(?:me|la|lo|nos)|(?:me|le|nos) dijo que (?:me|la|lo|nos) (?:iba|va) a matar|"
    r"dice que (?:me|la|lo|nos) va a matar|(?:me|le|nos) (?:puso|pone) (?:un|el) (?:cuchillo|machete|arma|pistola)|(?:me|le|nos) apunto con (?:una|la|un|el) (?:pistola|arma|cuchillo))"
)
_NOW_OR_FEAR_ES = (
    r"(?:ahora|ahorita|ahora mismo|otra vez|de nuevo|esta noche|hoy|anoche|hace rato|todos los dias|cuando toma|cuando bebe|"
    r"tengo (?:mucho )?miedo|estoy escondid[oa]|me encerre|encerrad[oa]|sangrando|no puedo respirar|me va a matar|la proxima vez)"
)
VIOLENCE: List[str] = [
    # an attack under way on the writer or on someone of theirs
    rf"{_ABUSER_EN} (?:\w+ ){{0,2}}?(?:is |keeps |started |just |is still |keeps on |will not stop )?(?:{_ATTACKING_EN} {_VICTIM_EN}\b{_NOT_OWN_BODY}|{_ATTACKING_BODY_EN}\b)",
    rf"\b(?:husband|wife|boyfriend|girlfriend|partner|ex|stepdad|dad|mom|brother|son) (?:is )?{_ATTACKING_EN} (?:me|her|him)\b{_NOT_OWN_BODY}(?: (?:now|right now|again))?",
    # an attack just done, with the danger still there
    rf"{_ABUSER_EN} (?:\w+ ){{0,2}}?(?:{_ATTACKED_EN} {_VICTIM_EN}\b{_NOT_OWN_BODY}|{_ATTACKED_BODY_EN}\b)[^.?!]{{0,90}}?\b{_STILL_THERE_EN}",
    rf"{_ABUSER_EN} (?:just )?(?:choked|strangled) {_VICTIM_EN}\b{_NOT_OWN_BODY}",
    # a threat to kill, a weapon at hand
    rf"{_ABUSER_EN} (?:\w+ ){{0,3}}?{_THREAT_EN}\b",
    rf"{_ABUSER_EN} (?:\w+ ){{0,3}}?{_WEAPON_HELD}[^.?!]{{0,80}}?\b(?:threat\w*|kill|told me|says|said|sit down|not move|do not move|ends it|scared|afraid|terrified|hiding|help|door|tonight)",
    rf"(?:is going to|gonna|will) kill (?:me|her|us)\b[^.?!]{{0,30}}?\b(?:he|she) (?:has|got|is holding) (?:a |an |the |his |her )?{_WEAPON}",
    rf"(?:my |her |his )(?:\w+ )?(?:ex|ex husband|ex wife|ex boyfriend|ex girlfriend|ex partner|boyfriend|girlfriend|husband|wife|partner) (?:\w+ ){{0,3}}?(?:texted|sent|messaged) (?:me )?(?:a )?(?:pic|picture|photo) of (?:a |his |her )?{_WEAPON}\b[^.?!]{{0,40}}?\b(?:see you|coming|you are next|your turn|tonight|said)",
    # kept in, or at the door
    rf"{_ABUSER_EN} (?:\w+ ){{0,2}}?(?:locked me in|locked me out on|nailed (?:the |my )?\w+ door shut|hid my keys|took my phone and|will not let me (?:leave|out|go)|wont let me (?:leave|out|go))",
    rf"{_ABUSER_EN} (?:\w+ ){{0,2}}?(?:is )?(?:banging on|pounding on|kicking in|breaking down|trying to (?:break|kick|get|pry|force) (?:in|down|open)?|breaking|prying open) (?:the |my )?(?:front |back |bedroom |bathroom )?(?:door|window|lock)",
    r"(?:trying to|tried to) (?:pry|force|break|kick) (?:open )?(?:my|the) (?:window|door|lock)\b",
    # hiding from someone who is hurting or hunting the writer
    r"(?:hiding|typing from|texting from|i am|im) (?:in|under|inside) (?:the |my )?(?:bathroom|closet|bed|basement|car|attic|room|bedroom)\b[^.?!]{0,80}?\b(?:he|she|they|my \w+)\b(?: is|s)? (?:looking for me|hit|hits|hurt|hurts|beat|beats|banging|kick\w*|break\w*|yelling|screaming|choke\w*|kill|coming|upstairs|outside)",
    r"(?:scared|afraid|terrified) to go (?:back )?(?:home|inside|in)\b[^.?!]{0,80}?\b(?:hit|hits|hurt|hurts|beat|beats|choke\w*|kill|gun|knife|break my neck)",
    # someone heard or told about now: a neighbour, a friend, a coworker
    r"(?:hear|hearing|can hear|heard) (?:my |the )?(?:neighbor|neighbour|the \w+ next door|someone next door|(?:a|the) (?:woman|man|lady|girl|kid))\b[^.?!]{0,40}?\b(?:being (?:beaten|hit|choked|hurt)|screaming (?:for )?help|getting (?:beat|beaten|hit))",
    r"(?:woman|man|lady|girl|kid|someone) (?:is )?screaming (?:for )?help next door\b[^.?!]{0,60}?\b(?:punch\w*|hit\w*|beat\w*|slap\w*|thud\w*|bang\w*)",
    # Spanish
    # (up to four words between: "mi esposo llego borracho y me pego ..., estoy sangrando")
    rf"{_ABUSER_ES} (?:\w+ ){{0,4}}?{_HITS_ES}\b[^.?!]{{0,80}}?\b{_NOW_OR_FEAR_ES}",
    rf"(?:{_ABUSER_ES} )?(?:\w+ ){{0,2}}?(?:me|la|lo|le|nos) (?:esta|estan) (?:pegando|golpeando|ahorcando|pateando|arrastrando|matando a golpes|hitting|jalando (?:el|del) pelo|"
    r"dando (?:golpes|una paliza|una golpiza|una pela|cachetadas|punetazos|patadas))\b",
    rf"{_ABUSER_ES} (?:\w+ ){{0,2}}?(?:me|la|nos) (?:ahorco|ahorca|apreto el cuello|agarro (?:del|por el) cuello)\b",
    rf"{_ABUSER_ES} (?:\w+ ){{0,2}}?{_THREAT_ES}",
    # "mi esposo me va a ahorcar, tengo miedo": a threat told with fear, a weapon or a blow
    rf"{_ABUSER_ES} (?:\w+ ){{0,2}}?me (?:va|van|quiere) a (?:matar|ahorcar|golpear|pegar|acuchillar)\b[^.?!]{{0,80}}?\b(?:tengo (?:mucho )?miedo|estoy escondid[oa]|tiene (?:un|una|el|la) (?:pistola|arma|cuchillo|machete)|me (?:pego|golpeo|ahorco))",
    rf"(?:{_ABUSER_ES} )?(?:\w+ ){{0,2}}?(?:(?:me|le|nos) )?(?:dijo|dice|escribio|mando a decir|amenazo) (?:que )?(?:\w+ ){{0,3}}?(?:viene a matar(?:me|la|nos)|me mata|la mata|nos mata|me va a matar|me va peor|me va a ir peor)\b",
    rf"{_ABUSER_ES} (?:\w+ ){{0,2}}?(?:tiene|saco|agarro) (?:una |un |la |el )?(?:pistola|arma|cuchillo|machete)\b[^.?!]{{0,60}}?\b(?:amenaz\w*|matar\w*|miedo|escondid[oa])",
    r"(?:me|le|nos) (?:puso|pone|apunto con) (?:la|una|el|un) (?:pistola|arma|cuchillo|machete) (?:en|a|contra) (?:la cabeza|el cuello|la cara|el pecho)",
    r"(?:me|le|nos) amenazo con (?:un|una|el|la) (?:cuchillo|pistola|arma|machete)",
    r"(?:estoy )?(?:escondid[oa]|encerrad[oa]) en (?:el bano|el closet|el cuarto|la habitacion|el carro|el sotano)\b[^.?!]{0,80}?\b(?:me (?:pega|pego|golpea|golpeo|quiere pegar|va a matar|amenaz\w*|esta buscando)|esta (?:golpeando|rompiendo|tumbando) (?:la puerta|todo)|quiere (?:tumbar|romper) la puerta)",
    r"(?:tengo )?miedo (?:de )?(?:volver|regresar|ir) a (?:la |mi )?casa\b[^.?!]{0,80}?\b(?:me pega|me golpea|me va a matar|me amenaz\w*|me ahorc\w*|me maltrata)",
    r"no me atrevo a (?:volver|regresar|entrar)\b[^.?!]{0,60}?\b(?:me mata|me va a matar|me pega|me golpea)",
    rf"{_ABUSER_ES} (?:\w+ ){{0,2}}?(?:esta )?(?:golpeando|tumbando|pateando|rompiendo) la puerta",
    r"(?:rompio|rompieron|forzo) la cerradura\b[^.?!]{0,40}?\b(?:mi ex|es mi ex|mi exmarido|mi expareja|el)",
    r"(?:sentado|parado) (?:en la escalera |afuera )?(?:frente a|afuera de|en) mi puerta\b[^.?!]{0,60}?\bno se va",
    r"(?:oigo|escucho|se oye|se escucha) (?:que )?(?:a )?(?:la vecina|el vecino|mi vecina|mi vecino|los vecinos)\b[^.?!]{0,40}?\b(?:le esta pegando|la esta golpeando|le esta dando una (?:paliza|golpiza)|gritando auxilio|pidiendo ayuda)",
    r"(?:su|mi) (?:pareja|esposo|marido|novio) (?:\w+ ){0,2}?le esta (?:pegando|golpeando|dando)\b",
]

# --- round 33's missed emergencies ------------------------------------------------------------

# 1. A knowledgeable bystander (a pharmacy or nursing student, an EMT trainee) who says the overdose
# is real and happening now: the study mark must not turn the signs into a topic. A statement that
# it is real ("not hypothetical", "this is happening", "no es tarea", "esto es real") or someone
# down in front of the writer overrides the study reading.
REAL_NOT_STUDY = (
    r"(?:this is |it is |this s |its )?not (?:a |an )?(?:hypothetical|hypothetically|homework|assignment|drill|practice (?:question|scenario)|exam question|case study|scenario|class question|test question|quiz)\b|"
    r"(?:this|it) is not (?:for )?(?:a |my )?(?:class|school|homework|an exam|a test|a quiz|hypothetical)\b|"
    r"(?:this|it) is (?:very |actually |really |happening )?(?:real|for real|happening|actually happening|real life|irl)\b|"
    r"(?:is|am|are) happening (?:now|right now|here|in front of me)|happening as (?:i|we) (?:type|speak|write)|in real life|"
    r"no es (?:una |un |de )?(?:tarea|hipotetic[oa]|pregunta de examen|examen|ejercicio|caso (?:clinico|hipotetico|de estudio)|simulacro|practica|para (?:la |mi )?clase)\b|"
    r"(?:esto|es) (?:es )?(?:real|de verdad|en serio)\b(?! (?:que|de que))|esta (?:pasando|sucediendo|ocurriendo) (?:ahora|ahorita|ya|aqui|en este momento|frente a mi)|"
    r"(?:esta|estan) pasando de verdad|en la vida real|"
    r"(?:in front of me|next to me|right here with me|on my (?:floor|couch|bed|bathroom floor)|at (?:the|this|my) party|at my (?:place|house|apartment|dorm)|"
    r"frente a mi|enfrente de mi|aqui conmigo|a mi lado|junto a mi|en la fiesta|en mi (?:casa|cuarto|depa|departamento))\b"
    r"[^?]{0,80}?\b(?:unresponsive|unconscious|not breathing|barely breathing|pinpoint|will not wake|cannot wake|no responde|inconsciente|no respira|casi no respira|puntiformes|no despierta)|"
    r"(?:unresponsive|unconscious|not breathing|barely breathing|pinpoint|will not wake|no responde|inconsciente|no respira|casi no respira|puntiformes|no despierta)\b"
    r"[^?]{0,80}?\b(?:in front of me|next to me|right here with me|at (?:the|this|my) party|frente a mi|enfrente de mi|aqui conmigo|a mi lado|en la fiesta)"
)
NOT_STUDY = NOT_STUDY + [REAL_NOT_STUDY]

# 2. A chemical burn or exposure now: an acid or a strong alkali on the skin or in the eyes (a lab, a
# job site), hydrofluoric acid above all, with a burn told or the antidote or a rinse missing.
_SKINCARE_ACID = r"(?<!salicylic.)(?<!glycolic.)(?<!hyaluronic.)(?<!lactic.)(?<!azelaic.)(?<!retinoic.)(?<!folic.)(?<!citric.)(?<!amino.)(?<!kojic.)(?<!mandelic.)(?<!ascorbic.)(?<!stomach.)(?<!uric.)"
CAUSTIC = (
    r"(?:hydrofluoric(?: acid)?|hf acid|fluorhidric\w*|acido fluorhidrico|(?:sulfuric|sulphuric|muriatic|hydrochloric|nitric|battery|pool|concentrated|strong) acid|"
    rf"{_SKINCARE_ACID}acid(?! (?:reflux|trip|house|wash|jeans|test|rain|peel|serum|toner))|"
    r"acido(?! (?:urico|folico|hialuronico|salicilico|glicolico|lactico|hialuronico|ascorbico|gastrico|del estomago|reflujo))(?: (?:muriatico|sulfurico|clorhidrico|nitrico|de bateria))?|"
    r"lye|caustic soda|sodium hydroxide|potassium hydroxide|drain cleaner|oven cleaner|liquid plumr|drano|wet cement|wet concrete|quicklime|"
    r"sosa caustica|soda caustica|hidroxido de sodio|destapacanos|destapa canos|destapador|cal viva|cemento fresco|"
    r"(?:un |el |algun )?quimico|(?:a |the |some )?chemical|bleach|cloro|lejia|clorox|ammonia|amoniaco)"
)
_BODY_PART_33 = (
    r"(?:hand|hands|finger|fingers|fingertips?|thumb|wrist|arm|arms|forearm|skin|face|leg|legs|thigh|foot|feet|eye|eyes|neck|"
    r"mano|manos|dedo|dedos|muneca|brazo|brazos|antebrazo|piel|cara|pierna|piernas|pie|pies|ojo|ojos|cuello)"
)
_ON_THE_BODY = (
    rf"(?:on|in|into|onto|all over|over|across|got on|splashed on|en|sobre|por) (?:my|his|her|their|the|both|your|a|la|las|el|los|mi|mis|su|sus|toda la|todo el) (?:[\w']+ ){{0,2}}?{_BODY_PART_33}\b"
)
_BURN_NOW = (
    r"(?:burn\w*|stings?|stinging|blister\w*|peeling|turning (?:white|red|black|grey|gray)|went white|is white|throbbing|pain\w*|hurts?|hurting|agony|"
    r"(?:can not|cannot|could not|can barely) (?:see|open)|"
    r"arde\w*|ardor|ardiendo|quem\w*|ampolla\w*|(?:se puso|se esta poniendo|esta) (?:blanc[oa]|roj[oa]|negr[oa])|dolor|duele|no (?:puedo|puede) (?:ver|abrir)|"
    r"(?:no|without|out of|run out of|ran out of|no hay|no tenemos|no tengo|sin|se acabo el|se acabo la) (?:\w+ ){0,3}?(?:calcium gluconate|gluconato de calcio|gluconato|antidote|antidoto|eye ?wash\w*|lavaojos|lava ojos|safety shower|regadera de emergencia|water|agua|sink|lavabo))"
)
CHEMICAL_BURN = (
    rf"{CAUSTIC}\b[^.?!]{{0,50}}?\b{_ON_THE_BODY}[^?]{{0,100}}?\b{_BURN_NOW}|"
    rf"{_ON_THE_BODY}[^.?!]{{0,30}}?\b(?:with|con|de) (?:\w+ ){{0,2}}?{CAUSTIC}\b[^?]{{0,100}}?\b{_BURN_NOW}|"
    rf"(?:hydrofluoric(?: acid)?|hf acid|acido fluorhidrico)\b[^.?!]{{0,50}}?\b{_ON_THE_BODY}|"
    rf"(?:me cayo|le cayo|se me cayo|se le cayo|me salpico|le salpico|se me derramo|se le derramo|me echo|me entro|le entro|got|spilled|splashed|spilt|dripped) "
    rf"(?:\w+ ){{0,2}}?{CAUSTIC}\b[^.?!]{{0,40}}?\b{_ON_THE_BODY}[^?]{{0,100}}?\b{_BURN_NOW}"
)
MEDICAL = MEDICAL + [CHEMICAL_BURN]

# 3. Someone else's farewell message (thanks for everything, i love you, don't come in my room, take
# care of my dog) with a locked door, no answer or depression: a suicide risk now.
FAREWELL_MESSAGE = (
    r"(?:thanks|thank you) for everything|(?:i|ill|i will) (?:always )?love you(?: all| guys| so much| forever)?|(?:please )?(?:do not|dont|never) come (?:in(?:to)?|up to) (?:my|the) (?:room|bedroom|bathroom|garage)|"
    r"(?:please )?take care of (?:my|the) (?:dog|cat|dogs|cats|pets?|kids|children|plants|fish|bird|puppy|kitten|mom|mother)|(?:i am |im )?sorry for everything|goodbye|good bye|"
    r"tell (?:mom|dad|everyone|them|the kids) (?:i|that i) love (?:her|him|them|you)|you will be better off|"
    r"gracias por todo|(?:te|los|las) (?:quiero|amo)(?: mucho| muchisimo| a todos)?|(?:por favor )?no (?:entres|entren|subas|suban) a (?:mi|el) (?:cuarto|recamara|habitacion|bano|cochera)|"
    r"cuid(?:a|en|ame|enme) (?:a |bien a )?(?:mi|mis) (?:perro|perrita|perrito|gato|gata|gatito|mascotas?|hijos|ninos|plantas|mama)|perdon(?:en)? por todo|adios|"
    r"estaran mejor sin mi|diles (?:a todos )?que (?:los|las) quiero"
)
SENT_BY = (
    r"(?:texted|text|sent|messaged|message|wrote|note|letter|said|posted|voicemail|dm'?d|snapped|"
    r"mando|mandó|envio|escribio|mensaje|nota|carta|dijo|publico|audio)"
)
_NO_REPLY_33 = (
    rf"(?:{NOT_ANSWERING})|(?:door|room|bathroom) is (?:locked|shut and locked)|locked (?:himself|herself|themselves|the door|his door|her door)|"
    r"(?:will not|wont|does not|doesnt|did not) (?:open|answer) the door|no answer|(?:can not|cant) reach (?:him|her|them)|phone is off|"
    r"depress\w*|suicidal|(?:puerta|cuarto|bano) (?:cerrad[oa] con llave|con llave|con seguro)|se (?:encerro|encerraron)|no (?:abre|quiere abrir) la puerta|"
    r"tiene el (?:telefono|celular|cel) apagado|no (?:lo|la|los) (?:puedo|podemos) localizar|deprimid[oa]|depresion"
)
# An absence with an ordinary reason (a flight, a trip, asleep, at work, a move) is no farewell.
_ORDINARY_ABSENCE_33 = (
    r"(?![\s\S]*\b(?:on (?:the|a|her|his) (?:plane|flight)|flight|airport|vacation|on (?:a|her|his|their) trip|traveling|travelling|cruise|honeymoon|asleep|sleeping|napping|"
    r"at work|in a meeting|(?:battery|phone) (?:died|is dead)|moving|relocat\w*|new job|deploy\w*|"
    r"de viaje|viaj\w*|vuelo|avion|aeropuerto|vacaciones|luna de miel|dormid[oa]|durmiendo|trabajando|en el trabajo|en una junta|sin pila|sin bateria|"
    r"(?:me|nos|se) (?:mudo|mudamos|muda|cambio de ciudad)|mudanza|me voy a vivir|nuevo trabajo)\b)"
)
THIRD_FAREWELL_33 = (
    # (the match is the sending word alone, the rest read ahead: a pet named in the farewell ("take care of
    # my dog for me") is a pet-sitting look-alike's words and must not swallow the whole match; the
    # ordinary-absence lookahead follows each alternative's first word, so that it reads the rest of the
    # message only where such a word stands, not from every position of a long message)
    rf"(?:{SENT_BY}\b{_ORDINARY_ABSENCE_33}(?=[^?]{{0,60}}?\b(?:{FAREWELL_MESSAGE})\b[\s\S]{{0,160}}?\b(?:{_NO_REPLY_33}))|"
    rf"(?:{_NO_REPLY_33})\b{_ORDINARY_ABSENCE_33}[\s\S]{{0,120}}?\b{SENT_BY}\b[^?]{{0,60}}?\b(?:{FAREWELL_MESSAGE})\b)"
)

# 4. A firearm or another means told as ready for a day ("loaded for saturday", "la pistola lista para
# el domingo"), even inside a booking request.
_DAY_33 = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|the weekend|this weekend|next week|my birthday|the \d+(?:st|nd|rd|th)?|"
    r"lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana|esta noche|el fin de semana|el finde|mi cumpleanos|el \d+)"
)
_MEANS_33 = rf"(?:{FIREARM}|\.?38|rope|noose|soga|cuerda|pills|pastillas|stash)"
# (a hunt, the range, a climb, a pill organizer or a refill is no plan)
_MEANS_ORDINARY_33 = (
    r"(?![\s\S]*\b(?:hunt\w*|deer|duck|elk|turkey|season|range|shooting range|competition|match|trap shooting|skeet|climb\w*|camping|boat|sailing|"
    r"organizer|pill ?box|pillbox|refill\w*|pharmacy|prescription|trip|travel\w*|"
    r"caza|cazar|cacer\w*|venado|campo de tiro|torneo|escalar|escalada|acampar|campamento|lancha|pastillero|organizador|receta|farmacia|surtir|viaje)\b)"
)
# (the ordinary-words lookahead follows the means word: read from there, not from every position)
MEANS_READY_FOR_DAY = "(?:" + (
    rf"(?:the |my |a |his |la |el |mi |mis |las |los )?{_MEANS_33}\b{_MEANS_ORDINARY_33}(?: \w+){{0,2}}? (?:is |are |esta |estan |ya esta |ya estan |sits |waiting )?"
    rf"(?:loaded|ready|all set|cleaned and loaded|set|lista|listas|listo|listos|cargad[oa]s?|preparad[oa]s?)(?: and (?:ready|loaded|waiting))? (?:for|para) (?:el |la |this |next |on )?{_DAY_33}\b|"
    rf"(?:tengo|tiene|have|got|i have|i got) (?:la |el |mi |las |los |my |a |the )?{_MEANS_33}\b{_MEANS_ORDINARY_33} (?:ya )?(?:lista|listas|listo|listos|cargad[oa]s?|preparad[oa]s?|loaded|ready) (?:for|para) (?:el |la |this |next |on )?{_DAY_33}\b"
) + ")"

# 5. Every appointment cancelled because the writer "won't be around", with a pet or belongings
# given away and/or a day set.
_CANCEL_ALL_33 = (
    r"cancel (?:all|every|each|the rest of) (?:of )?(?:my |the )?(?:appointments?|sessions?|visits?|infusions?|bookings?|treatments?)|cancel everything|"
    r"cancel\w* (?:todas|todos|el resto de) (?:mis |las |los )?(?:citas|sesiones|infusiones|consultas|tratamientos)|cancel\w* todo"
)
_WONT_BE_AROUND_33 = (
    r"(?:i )?(?:will not|wont|am not going to|m not going to|not gonna) (?:be )?(?:around|here|needing them|need them|need it)|"
    r"no (?:voy a|vaya a|creo) (?:estar|seguir)(?: aqui| por aqui| aca)?\b|ya no (?:voy a )?(?:estar|estare)|no (?:las|los) voy a necesitar"
)
_GAVE_AWAY_OR_DAY_33 = (
    r"(?:gave|give|giving|given) (?:away )?(?:my |our )?(?:\w+ ){0,2}?(?:dog|cat|pets?|puppy|kitten|things|stuff|belongings|guitar|car|clothes|bird|fish|away)|"
    r"(?:tomorrow|friday|saturday|sunday|monday|tuesday|wednesday|thursday|tonight|today) is the (?:day|night)|the day is (?:set|tomorrow|friday|saturday|sunday)|"
    r"regal\w* (?:a |mi |mis |el |la |los |las )?(?:\w+ ){0,2}?(?:perr\w*|gat\w*|mascotas?|cosas|ropa|guitarra|carro|coche|pertenencias)|"
    r"(?:manana|el viernes|el sabado|el domingo|el lunes|el martes|el miercoles|el jueves|hoy|esta noche) es el dia|ya (?:tengo|elegi) (?:el|la) (?:dia|fecha)"
)
# (the match is the first word alone, the rest read ahead: a pet given away "my dog to my sister" is a
# pet look-alike's words and must not swallow the whole match)
# (the ordinary-absence lookahead follows each alternative's first part, as in THIRD_FAREWELL_33)
CANCEL_ALL_GONE = "(?=" + (
    rf"(?:{_CANCEL_ALL_33})\b{_ORDINARY_ABSENCE_33}[\s\S]{{0,160}}?\b(?:{_WONT_BE_AROUND_33})\b[\s\S]{{0,200}}?\b(?:{_GAVE_AWAY_OR_DAY_33})|"
    rf"(?:{_GAVE_AWAY_OR_DAY_33})\b{_ORDINARY_ABSENCE_33}[\s\S]{{0,200}}?\b(?:{_CANCEL_ALL_33})\b[\s\S]{{0,160}}?\b(?:{_WONT_BE_AROUND_33})|"
    rf"(?:{_WONT_BE_AROUND_33})\b{_ORDINARY_ABSENCE_33}[\s\S]{{0,160}}?\b(?:{_CANCEL_ALL_33})\b[\s\S]{{0,200}}?\b(?:{_GAVE_AWAY_OR_DAY_33})|"
    rf"(?:{_CANCEL_ALL_33})\b{_ORDINARY_ABSENCE_33}[\s\S]{{0,200}}?\b(?:{_GAVE_AWAY_OR_DAY_33})\b[\s\S]{{0,160}}?\b(?:{_WONT_BE_AROUND_33})"
) + r")\w+"
SELF_HARM = SELF_HARM + [THIRD_FAREWELL_33, MEANS_READY_FOR_DAY, CANCEL_ALL_GONE]

# 6. Passive wishes (ask tier): a survivor who wonders why he is still here when others died; "better
# not to wake up" or "tired of living" beside a pain question; thoughts of death asked about as an
# eligibility question ("not that i would do anything").
PASSIVE_WISH_33 = (
    r"(?:why|por que|porque|pa que|para que) (?:am i|i am|im|sigo|estoy|yo sigo|yo estoy|i am still|am i still) (?:still )?(?:here|alive|breathing|aqui|viv[oa]|respirando)\b"
    r"[^?]{0,100}?\b(?:died|dead|did not make it|didnt make it|were killed|was killed|got killed|passed|murieron|murio|fallecieron|se murieron|no sobrevivieron|mataron)|"
    r"(?:died|did not make it|were killed|murieron|fallecieron|no sobrevivieron)\b[^?]{0,80}?\b(?:why|por que|porque) (?:am i|i am|i|sigo|estoy|yo sigo|yo) (?:still )?(?:here|alive|aqui|viv[oa])\b|"
    r"(?:es )?mejor (?:ni |ya no |no )despertar(?:me)?|(?:would be )?better (?:not to|to not|if i did not|if i didnt) wake up|"
    r"(?:cansad[oa]|harto|harta) de (?:vivir|estar viv[oa]|seguir viv[oa])|tired of (?:living|being alive)|"
    r"(?:thoughts|thinking|thought) (?:of|about) (?:death|dying|being dead|not being here)\b[^?]{0,80}?\b(?:not that i (?:would|will|d|plan to)|i would never|i am not going to)|"
    r"(?:pensado|pensando|pienso|pensamientos?|ideas?) (?:\w+ )?(?:en|de|sobre) (?:la muerte|morir(?:me)?|estar muert[oa]|no estar)\b[^?]{0,80}?\b(?:no es que (?:vaya|valla|piense|quiera)|no (?:voy|pienso) a hacer nada|no haria nada)|"
    r"(?:no es que (?:vaya|piense|quiera) (?:a )?hacer nada)\b[^?]{0,80}?\b(?:pensado|pensando|pensamientos?|ideas?) (?:\w+ )?(?:en|de|sobre) (?:la muerte|morir(?:me)?)"
)
POSSIBLE_RISK = POSSIBLE_RISK + [PASSIVE_WISH_33]

# --- round 34 (helper b): overdose and medical ---------------------------------------------------

# 1. A household, garden or car chemical swallowed, often by mistake (kept in a drink bottle, taken for
# water, a soda or tea), with a sign now or told as a mistake ("se tomo desengrasante pensando que era
# gaseosa y le sale sangre de la boca", "drank floor cleaner from a water bottle, throwing up").
_CHEMICAL_34 = (
    rf"(?:{CAR_FLUID}|{HOUSEHOLD_PRODUCT}|{FARM_CHEMICAL}|"
    r"degreaser|(?:floor|oven|toilet|bathroom|all[- ]purpose|glass|kitchen|household) cleaner|cleaning (?:liquid|fluid|product|solution)|"
    r"paint thinner|thinner|turpentine|mineral spirits|lighter fluid|charcoal lighter|kerosene|lamp oil|gasoline|motor oil|acetone|nail polish remover|"
    r"lye|caustic soda|pool chlorine|(?:rat|mouse|roach|ant) poison|pesticides?|insecticides?|herbicides?|herbisidas?|"
    r"desengrasante|desengrasador|(?:el |la )?(?:liquido|limpiador|producto) (?:de|para) (?:limpiar|trapear|los pisos|el piso|pisos|el bano|la cocina|vidrios)(?: el piso| los pisos| pisos)?|"
    r"liquido limpiador|(?:aguarras|aguarraz|tiner|gasolina|queroseno|keroseno|petroleo|gas de encendedor|acetona|quitaesmalte|sosa caustica|soda caustica|"
    r"cloro para (?:la )?alberca|veneno (?:para|de|contra) (?:las |los )?(?:plantas|hierbas?|ratas?|ratones|cucarachas|hormigas|plagas|bichos)|"
    r"raticida|matarratas|insecticidas?|pesticidas?|plaguicidas?|herbicidas?|ajax|mistolin|maestro limpio|lysol|pine ?sol))"
)
_DRANK_34 = (
    r"(?:drank|drunk|drinks|swallowed|gulped|chugged|downed|ingested|took (?:a |some )?(?:sip|swig|gulp|drink|mouthful)s? (?:of|from)|had (?:a |some )?(?:sip|swig|gulp|drink) of|"
    r"se (?:tomo|bebio|trago|empino|echo)|tomo|bebio|trago|ingirio|ingerio|se ha tomado|ha tomado|ha bebido|se tomaron|tomaron)"
)
_MISTAKE_OR_BOTTLE_34 = (
    rf"(?:{_MISTAKEN}|by error|thinking (?:it|that) (?:was|were)|thought (?:it|that) (?:was|were)|mistook|mistaken for|"
    r"(?:in|from|out of) (?:a|an|the|his|her|an old) (?:\w+ ){0,2}?(?:bottle|cup|glass|mug|jug|can)|"
    r"(?:en|de) (?:una|la|un|el|su) (?:\w+ ){0,2}?(?:botella|envase|vaso|taza|lata|garrafon|bote)|"
    r"pensando que (?:era|eran|fuera)|creyendo que (?:era|fuera)|penso que era|crey[oe] que era|"
    r"por equivocasion|por ekivocacion|se equivoco|confundio|lo confundio)"
)
_SIGN_NOW_34 = (
    rf"(?:{VOMITING}|vomitando|vomito|gag\w*|choking|coughing|drooling|foaming|"
    r"throat (?:is |keeps )?(?:burning|burns|on fire|hurts|swelling|closing)|burning (?:in )?(?:his|her|my|the) (?:throat|mouth|chest|stomach)|"
    r"(?:mouth|lips|tongue) (?:is |are )?(?:burning|burned|blistering|swelling|bleeding)|blood (?:from|in|out of) (?:his|her|my|the) mouth|spitting (?:up )?blood|"
    r"(?:acting|seems|looks) (?:drunk|wasted|weird|strange|off)|stomach (?:hurts|pain|ache|cramps)|(?:belly|tummy) (?:hurts|pain)|abdominal pain|"
    r"(?:can not|cant|can barely|having trouble) (?:breathe|breathing|swallow|talk|stand)|(?:very |really )?(?:drowsy|sleepy|dizzy|confused)|passed out|seiz\w*|convuls\w*|"
    r"(?:le|me) (?:arde|quema|duele|sangra) (?:la garganta|la boca|el estomago|la panza|el pecho|la lengua)|ardor (?:en|de) (?:la )?(?:garganta|boca|estomago)|"
    r"(?:sangre|sangrando) (?:de|por|en) la boca|(?:le|me) sale sangre (?:de|por) la boca|escupe sangre|"
    r"(?:anda|esta|se ve|se puso|parece|actua) (?:como )?(?:borrach[oa]|mare[ae]d[oa]|atontad[oa]|rar[oa]|somnolient[oa]|dormid[oa]|confundid[oa])|"
    r"dolor de (?:estomago|panza|barriga)|(?:le|me) duele (?:mucho )?(?:el estomago|la panza|la barriga)|no puede (?:respirar|tragar|hablar)|babea\w*|espuma|convulsion\w*|tos\b|tosiendo)"
)
SWALLOWED_CHEMICAL_34 = (
    # (a question whether a product is safe, a spill cleaned up or a pet's bowl is not this family:
    # the chemical must be drunk, and a mistake, a drink's container or a sign must follow)
    rf"{_DRANK_34} (?:\w+ ){{0,3}}?{_CHEMICAL_34}\b[^?]{{0,120}}?\b(?:{_MISTAKE_OR_BOTTLE_34}|{_SIGN_NOW_34})|"
    rf"{_MISTAKE_OR_BOTTLE_34}\b[^?]{{0,40}}?\b{_DRANK_34} (?:\w+ ){{0,3}}?{_CHEMICAL_34}\b|"
    # the chemical named first, then "drank some", "se lo tomo" (only a pronoun or a little: not "drank some water")
    rf"{_CHEMICAL_34}\b[^?]{{0,80}}?\b(?:{_DRANK_34} (?:some|it|a little|a bit|part of it|un poco|tantito|poquito)|se (?:lo|la) (?:tomo|bebio|trago)|(?:lo|la) (?:tomo|bebio|trago))"
    rf"(?= from| out of| of it| thinking| by| and|[,.;!]|\s*$| pensando| creyendo| por| y\b| de (?:la|el|una|un) (?:botella|vaso|taza|envase))"
    rf"[^?]{{0,100}}?\b(?:{_MISTAKE_OR_BOTTLE_34}|{_SIGN_NOW_34})"
)

# 2. A caregiver's word that the person cared for took the whole week's doses, or the whole pill
# organizer, of an opioid or a sedative, with sleepiness or slow breathing ("se tomo todas las oxicodonas
# del pastillero de la semana", "took the whole week of her oxy from the pill box, breathing 6 a minute").
# (the organizer words of round 33's means-for-a-day lookahead do not block this: that lookahead reads
# only after a means word and a day, and this family names no day)
_WHOLE_WEEK_34 = (
    r"(?:(?:the |a |her |his |their )?(?:whole|entire|full) week(?:'s| of| worth of)?|all (?:of )?(?:the |her |his |their |this )?week(?:'s|s)? (?:worth of )?(?:doses|pills|meds)?|"
    r"(?:a |the )?week'?s worth|(?:all|every) (?:of )?(?:the |her |his |their )?(?:doses|pills|tablets|meds) (?:for|of) the (?:whole |entire )?week|seven days(?:'s| of| worth)?|7 days(?:'s| of| worth)?|"
    r"(?:the |her |his |their |a )?(?:whole|entire|full) (?:pill ?(?:box|organizer)|pillbox|organizer|dosette)|(?:emptied|empty) (?:the |her |his |their )?(?:pill ?(?:box|organizer)|pillbox|organizer|dosette)|"
    r"(?:todas|todos) (?:las|los|sus) (?:\w+ ){0,2}?(?:de|del) (?:la |toda la )?semana|(?:de|para) (?:toda )?la semana|toda la semana|las de (?:toda )?la semana|de los siete dias|de 7 dias|"
    r"(?:todo|toditito) el (?:pastillero|organizador)|(?:vacio|se acabo|se termino) (?:todo )?el (?:pastillero|organizador))"
)
_SLOW_OR_SLEEPY_34 = (
    rf"(?:{_DROWSY}|{LOW_RR}|(?:breathing|breaths?|breathes|respira\w*|respiraciones) (?:\w+ ){{0,3}}?(?:[1-9]|ten|six|five|four|seis|cinco|cuatro|ocho|siete) (?:times |veces )?(?:a|per|por|each|cada|al) (?:minute|min|minuto)|"
    r"(?:breathing|breathes|breaths) (?:is |are )?(?:really |very |so |super )?(?:slow|shallow|weird)|slow(?:ly)? breath\w*|"
    r"respira (?:muy |bien |super )?(?:lento|despacio|poquito|raro|bajito)|respiracion (?:muy )?(?:lenta|debil)|"
    r"(?:will not|wont|can not|cant|does not|doesnt) (?:stay awake|wake up|keep (?:his|her) eyes open)|so sleepy|very sleepy|barely awake|hard to wake|"
    r"no (?:se )?(?:despierta|puede despertar|reacciona)|muy (?:dormid[oa]|somnolient[oa]|adormilad[oa])|no (?:se )?(?:mantiene|puede mantener) despiert[oa]|se (?:queda|esta quedando) dormid[oa])"
)
WHOLE_WEEK_OPIOID_34 = (
    rf"(?:took|taken|swallowed|had|ate|downed|emptied|se (?:tomo|trago|bebio|acabo|termino)|tomo|trago|vacio)\b[^.?!]{{0,60}}?\b"
    rf"(?:{_WHOLE_WEEK_34}\b[^.?!]{{0,60}}?\b{OPIOID_OR_SEDATIVE}|{OPIOID_OR_SEDATIVE}\b[^.?!]{{0,60}}?\b{_WHOLE_WEEK_34})\b[\s\S]{{0,120}}?\b{_SLOW_OR_SLEEPY_34}"
)
OVERDOSE = OVERDOSE + [
    # round 34: a chemical swallowed by mistake or with a sign; a caregiver's "the whole week's doses"
    SWALLOWED_CHEMICAL_34, WHOLE_WEEK_OPIOID_34,
]

# 3. Sudden confusion: someone all at once talking nonsense, not recognising family, confused since an
# hour ago (a stroke, low sugar, an infection): "de repente esta hablando incoherente y no me reconoce".
_SUDDEN_34 = (
    r"(?:suddenly|all of a sudden|out of nowhere|out of the blue|just now|since (?:about |like )?(?:an|one|half an|a half) hour ago|"
    r"(?:for|in) the (?:last|past) (?:hour|half hour|\d+ (?:minutes|mins)|(?:few|couple of) (?:minutes|hours))|"
    r"(?:started|began|came on|happened|it started) (?:about |like )?(?:\d+|an|a|one|half an|a few|a couple of) (?:minutes|mins|hour|hours) ago|"
    r"(?:this|today this) (?:morning|afternoon|evening)|(?:since|from) (?:this morning|lunch|breakfast|dinner|she woke up|he woke up)|"
    r"de repente|derrepente|de pronto|de golpe|de la nada|repentinamente|ahorita|hace (?:como |unos |una |media |un )?(?:\d+ |rato|media )?(?:hora|horas|minutos|ratito|rato)|"
    r"desde hace (?:como |unos |una |media |un )?(?:\d+ )?(?:hora|horas|minutos|rato|ratito|media hora)|desde (?:en )?la manana|desde que se desperto|desde el almuerzo|esta manana|esta tarde)"
)
_INCOHERENT_34 = (
    r"(?:talking|speaking|saying|says|talks|speaks) (?:\w+ )?(?:nonsense|gibberish|incoherently|jibberish|random words|word salad|things that make no sense|crazy things)|"
    r"(?:is |was |became |got )?incoherent|not making (?:any )?sense|(?:can not|cant|does not|doesnt) make (?:any )?sense|(?:does not|doesnt|did not|didnt|can not|cant) (?:recogni[sz]e|know) (?:me|us|anyone|anybody|his (?:wife|kids|family|own)|her (?:husband|kids|family|own)|who (?:i|we|he|she) (?:am|are|is))|"
    r"(?:does not|doesnt) know (?:where (?:he|she) is|what year|his (?:own )?name|her (?:own )?name)|(?<!\bi\s)(?:is|seems|got|became|has been|looks|acting) (?:\w+ )?(?:confused|disoriented)(?! (?:about|by|with|over|as to|regarding|on|if|whether)\b)|"
    r"(?:hablando|habla|hablo|dice|diciendo|dijo) (?:puras |puro |cosas |muchas )?(?:incoheren\w*|sin sentido|disparates|tonterias sin sentido|cosas raras|cosas que no tienen sentido|incoherencias)|"
    r"(?:esta|anda|se puso|se ve|parece|quedo|se quedo) (?:muy |bien |toda |todo )?(?:confundid[oa]|desorientad[oa]|incoherente)(?! (?:con|sobre|de|por)\b)|"
    r"no (?:me|nos) (?:reconoce|reconocio|conoce|conocio)|no reconoce a (?:nadie|sus hijos|su esposa|su esposo|su familia)|no sabe (?:ni )?(?:quien soy|quienes somos|donde esta|su nombre|en que ano|que dia es)|"
    r"no se le entiende (?:nada|lo que dice)"
)
# (a long illness, dementia or a ketamine session is no sudden change: read after the first word)
_NOT_SUDDEN_34 = (
    r"(?![\s\S]*\b(?:dementia|alzheimer\w*|demencia|for years|for months|hace (?:\w+ )?(?:anos|meses)|ketamin\w*|ketamina|infusion\w*|spravato|session|sesion|"
    r"dissociat\w*|disociac\w*|disocia\w*|movie|film|pelicula|novela|serie|show|episode|episodio|sundown\w*|dream|sueno|sonando|jet lag)\b)"
)
SUDDEN_CONFUSION_34 = (
    rf"{_SUDDEN_34}\b{_NOT_SUDDEN_34}[^?]{{0,80}}?\b(?:{_INCOHERENT_34})\b|"
    rf"(?:{_INCOHERENT_34})\b{_NOT_SUDDEN_34}[^?]{{0,80}}?\b{_SUDDEN_34}\b"
)

# 4. A hand, an arm or fingers caught, crushed or pulled into a machine at work now (a meat grinder, a
# press, a conveyor, rollers): "se le agarro la mano en la maquina de moler", "his arm got caught in the press".
_LIMB_34 = (
    r"(?:hand|hands|arm|arms|finger|fingers|thumb|fingertips?|wrist|forearm|leg|foot|feet|hair|sleeve|glove|"
    r"mano|manos|brazo|brazos|dedo|dedos|pulgar|muneca|antebrazo|pierna|pie|pelo|cabello|manga|guante)"
)
_MACHINE_34 = (
    r"(?:(?:meat |industrial |dough |wood |paper |pasta )?(?:grinder|mincer|mixer|press|presses|machine|machinery|roller|rollers|auger|chipper|shredder|compactor|baler|lathe|gears?|"
    r"conveyor(?: belt)?|belt|drill press|punch press|printing press|slicer|dough sheeter|sheeter|pulley|wringer|winch|cement mixer|tumbler)|"
    r"(?:la |el |los |las |una |un )?(?:maquina|maquinaria|moledora|molino|picadora|prensa|troqueladora|troquel|rodillos?|banda(?: transportadora)?|cinta(?: transportadora)?|"
    r"mezcladora|revolvedora|batidora|amasadora|laminadora|cortadora|rebanadora|engranes?|engranajes?|polea|torno|trituradora|compactadora|empacadora|embutidora|tolva))"
)
_CAUGHT_34 = (
    r"(?:got |get |is |was |are |were |has been |have been |been |gets )?(?:caught|stuck|trapped|crushed|pulled|sucked|dragged|mangled|jammed|pinned|smashed|squashed|wedged)"
)
_CAUGHT_ES_34 = (
    r"se (?:le|me|nos|les) (?:agarr|ator|atasc|atrap|machuc|apachurr|aplast|prens|jal|trab|enred|enganch|chup|trag|tritur|maj)(?:o|aron)|se (?:le|me|nos|les) (?:metio|metieron|fue|fueron|quedo|quedaron)|"
    r"(?:le|me) (?:agarro|atrapo|machuco|aplasto|prenso|jalo|chupo|trago|agarra|jala|atrapa)|(?:tiene|tengo) (?:la|el|los|las|su|mi) (?:\w+ )?(?:atrapad[oa]s?|atorad[oa]s?|machucad[oa]s?|prensad[oa]s?|aplastad[oa]s?)|"
    r"(?:atrapad[oa]s?|atorad[oa]s?|machucad[oa]s?|prensad[oa]s?|aplastad[oa]s?|metid[oa]s?)"
)
# (an old injury, a film, a jam with no one hurt is no emergency now: read after the first word)
_NOT_NOW_INJURY_34 = (
    r"(?![\s\S]*\b(?:(?:years|months|weeks|a year|a month|a week|long time) ago|last (?:year|month|week|summer|winter)|when i was|as a (?:kid|child)|back in|in (?:19|20)\d\d|"
    r"hace (?:\w+ )?(?:anos|ano|meses|mes|semanas|tiempo)|el (?:ano|mes) pasado|la semana pasada|cuando (?:era|yo era|tenia)|de (?:nino|nina|chico|chica)|"
    r"movie|film|pelicula|novela|serie|episode|episodio|video|nobody (?:got )?hurt|no one (?:got )?(?:hurt|injured)|nadie (?:salio )?(?:herido|lastimado|se lastimo)|"
    r"safety (?:training|class|video|course)|capacitacion|what should|how do (?:i|we|you) prevent|como prevenir)\b)"
)
MACHINE_CRUSH_34 = (
    rf"{_LIMB_34}\b{_NOT_NOW_INJURY_34} (?:\w+ ){{0,2}}?{_CAUGHT_34} (?:\w+ )?(?:in|into|inside|under|between|by|on) (?:the |a |an |his |her |my |our |this |that )?(?:\w+ ){{0,2}}?{_MACHINE_34}\b|"
    rf"(?:{_CAUGHT_ES_34})\b{_NOT_NOW_INJURY_34} (?:\w+ ){{0,2}}?(?:(?:la|el|los|las|su|sus|mi|mis) )?(?:\w+ )?{_LIMB_34}\b[^.?!]{{0,20}}?\b(?:en|con|dentro de|a|al|entre|por) {_MACHINE_34}\b|"
    rf"{_LIMB_34}\b{_NOT_NOW_INJURY_34} (?:\w+ ){{0,2}}?(?:{_CAUGHT_ES_34}) (?:en|con|dentro de|a|al|entre|por) {_MACHINE_34}\b|"
    rf"{_MACHINE_34}\b{_NOT_NOW_INJURY_34} (?:\w+ ){{0,3}}?(?:(?:le|me|se le|se me) (?:agarro|atrapo|jalo|machuco|aplasto|prenso|trago|chupo|agarra|jala)|"
    rf"(?:grabbed|caught|pulled in|sucked in|crushed|took|ate) (?:his|her|my|their|someone's|a guy's|a worker's)) (?:\w+ )?{_LIMB_34}\b"
)
MEDICAL = MEDICAL + [
    # round 34: sudden confusion; a hand or an arm caught in a machine
    SUDDEN_CONFUSION_34, MACHINE_CRUSH_34,
]


# --- round 34 (helper a): suicide risk told in plain words -------------------------------------

# 1. Self-injury already done, told with plain verbs (veins opened, wrists slit, "did it with a
# blade", "me abri las venas", "me raje las munecas", "me corte con la navaja"), the writer's own or
# a partner's or child's just now, and blood or light-headedness after it. The match is the verb's
# first word alone, the rest read ahead: the bleeding words are the medical reading's, which
# patterns.py rules out in such a message (the self-harm guidance must lead, not a wound's).
_VEINS_34 = r"(?:veins?|wrists?|venas|munecas|las venas|las munecas|throat|cuello|garganta)"
# (a blade one cuts oneself with; not BLADE, whose knives are mostly told of cooking: "me corte con
# el cuchillo"; a knife counts below only in "did it with a knife")
_SELF_BLADE_34 = (
    r"(?:razor|razors|razor blade|blade|blades|box ?cutter|exacto|x-?acto|navajas?|cuchillas?|hojas? de afeitar|gillette|gillete|gilette|rastrillo|cutter)"
)
_OPENED_VEINS_34 = (
    rf"(?:opened|slit|slashed|sliced open|cut open|slice open|slash) (?:open )?(?:my|his|her|their) (?:own )?{_VEINS_34}|"
    rf"(?:sliced|cut|slashed|slit|split) (?:my|his|her|their) (?:own )?{_VEINS_34} open|"
    rf"(?:did|done) it with (?:a|the|my|his|her) (?:{_SELF_BLADE_34}|knife|shard|piece of glass)|"
    r"(?:me|se|le) (?:(?:acabo de|acaba de|acaban de|volvi a|volvio a) )?(?:abri|abrio|raje|rajo|abrir|rajar) (?:\w+ )?(?:las )?(?:venas|munecas|muneca|vena)|"
    r"(?:me|se|le) (?:(?:acabo de|acaba de|acaban de|volvi a|volvio a) )?(?:corte|corto|cortar) (?:\w+ )?(?:las )?(?:venas|vena|munecas)|"
    rf"(?:me|se) (?:(?:acabo de|acaba de) )?(?:corte|corto|raje|rajo|cortar|rajar) (?:\w+ ){{0,3}}?con (?:la |una |el |un |mi |su )?{_SELF_BLADE_34}|"
    rf"(?:lo|la) hi(?:ce|zo) con (?:la |una |el |un |mi |su )?{_SELF_BLADE_34}"
)
# (not in a film or a game, not an accident: shaving, cooking, at work)
SELF_INJURY_ACT_34 = (
    rf"(?:{_OPENED_VEINS_34})\b(?! (?:in|on|at|during) (?:the |a |my )?(?:movie|film|show|book|game|pelicula|serie|novela|juego))"
    r"(?![^.?!]{0,80}?\b(?:shaving|cooking|by accident|accidentally|at work|on the job|on (?:a |the |some )?(?:broken |window )?(?:glass|window|mirror|fence|wire)|"
    r"afeitando\w*|rasurando\w*|cocinando|picando|pelando|con (?:un |el )?vidrio|"
    r"sin querer|por accidente|en el trabajo|trabajando)\b)"
)
_BLOOD_AFTER_34 = (
    r"(?:blood|bleed\w*|light[- ]?headed|dizzy|woozy|faint\w*|sangre|sangr\w*|desangr\w*|mare\w*|desmay\w*)"
)
SELF_INJURY_DONE_BLEEDING = rf"(?={SELF_INJURY_ACT_34}[^?]{{0,120}}?\b{_BLOOD_AFTER_34})\w+"

# 2. A ligature already on the body: a belt, rope, cord, sheet or cable around the neck now
# ("ya tengo el cinturon en el cuello", "the cord is around my neck", "tengo la soga puesta").
# (not an umbilical, spinal or vocal cord, nor a seat belt)
_NECK_LIGATURE_34 = (
    r"(?<!umbilical.)(?<!spinal.)(?<!vocal.)(?<!seat.)(?<!seat)(?<!headphone.)(?<!earphone.)(?<!earbud.)(?<!charger.)(?<!phone.)(?<!lanyard.)(?<!badge.)"
    rf"(?!cuerda vocal)(?:{LIGATURE}|sheet|bed ?sheet|cable|wire|cincho|faja|sabana|mecate|horca)"
)
LIGATURE_ON_NECK = (
    rf"{_NECK_LIGATURE_34}\b(?: \w+){{0,3}}? (?:(?:around|round|on|over|tied around|wrapped around|tight around|en|al|alrededor de(?:l)?|sobre) "
    r"(?:my|mi|el|his|her|su) (?:own )?(?:neck|cuello|pescuezo)|al (?:cuello|pescuezo))\b|"
    rf"(?:tengo|traigo|ya esta|ya tengo|i have|i got|got|is|esta) (?:ya )?(?:la |el |the |a |my |mi )?(?:soga|horca|noose|rope|lazo|cuerda) (?:ya )?(?:puesta|puesto|on|amarrad[oa] al cuello)\b"
)

# 3. A poison or another lethal liquid at hand, with a when to take it ("i have the rat poison here,
# i'll take it when the kids are asleep"; "tengo el veneno, me lo tomo cuando se duerman").
_TAKE_IT_34 = (
    r"(?:me (?:lo|la) (?:voy a |vo a |pienso )?(?:tomar|tomo|trago|tragar|bebo|beber|echo)|(?:voy a|vo a|pienso) (?:tomarmel[oa]|tragarmel[oa]|bebermel[oa])|"
    r"(?:i will|ill|i am going to|im going to|gonna|going to|i plan to|planning to) (?:take|drink|swallow|down|chug) (?:it|that|the whole thing|all of it)"
    r"(?! (?:to|out|back|with me|in|off|over|home|outside|down(?:stairs)?)\b))"
)
_WHEN_34 = (
    rf"(?:{AT_A_MOMENT}|when (?:the kids|my kids|the children|everyone|everybody|he|she|they|my (?:wife|husband|mom|dad|partner)) (?:are|is|go|goes|fall|falls|get|gets) (?:asleep|to sleep|to bed|gone|home|out|leaves?)|"
    r"when (?:he|she|they|my (?:wife|husband|mom|dad|partner)) (?:leaves?|goes out)|after (?:work|everyone goes to bed|they go to bed|the kids go to bed|dinner)|"
    r"after (?:my |the |his |her )?(?:shift|work|class|dinner)|"
    r"(?:cuando|en cuanto|apenas|nomas|nada mas|despues de que) (?:\w+ ){0,3}?(?:se duerman|se vaya|se vayan|se duerma|salga|salgan|se acuesten|se acueste|no haya nadie|me quede sol[oa]|me dejen sol[oa])|"
    r"despues del trabajo|saliendo del trabajo|despues de mi turno)"
)
_POISON_HELD_34 = (
    r"(?:(?:tengo|traigo|compre|ya compre|i have|i got|got|bought|have|i bought) (?:\w+ ){0,3}?|(?:the|my|this|that|el|la|mi|este|esta|ese|esa) )"
    rf"(?:{HOUSEHOLD_POISON}|{CAR_FLUID}|matarratas|mata ?ratas)"
)
POISON_AT_HAND_WITH_WHEN = (
    rf"{_POISON_HELD_34}\b[^?]{{0,80}}?\b{_TAKE_IT_34}\b[^?]{{0,60}}?\b{_WHEN_34}|"
    rf"{_POISON_HELD_34}\b[^?]{{0,80}}?\b{_WHEN_34}\b[^?]{{0,40}}?\b{_TAKE_IT_34}"
)

# 4. A plan hidden inside a treatment question ("does ketamine interact with alcohol? because i plan to
# take everything i have with a bottle tonight and end this").
_TAKE_ALL_34 = (
    r"(?:plan|planning|going|gonna|will|want|wanna|pienso|voy a|vo a|quiero) (?:to )?(?:take|swallow|drink|down|tomarme|tragarme|beberme|tomar|tragar) "
    r"(?:everything i have|everything i got|all (?:of )?(?:it|them|my \w+|i have|the \w+)|the whole (?:bottle|thing|pack|box)|"
    r"todo lo que tengo|tod[oa]s? (?:las|mis|los) \w+|todo el (?:frasco|bote|pomo|paquete)|toda la (?:caja|botella))"
)
_END_IT_34 = (
    r"(?:end (?:this|it|it all|everything|things|my life)|be done with (?:this|it|everything|it all|life)|"
    r"acabar con (?:esto|todo|mi vida)|terminar con (?:esto|todo|mi vida)|no despertar|not wake up|kill myself|matarme|morir(?:me)?|die)\b"
)
TAKE_ALL_TO_END_IT = rf"{_TAKE_ALL_34}\b[^?]{{0,80}}?\b{_END_IT_34}"

# 5. Preparatory acts with a cover story the writer then says is false: a pet or belongings given
# away, people told of a trip or a move, "there's no trip" / "no hay tal viaje".
_GAVE_AWAY_34 = (
    r"(?:gave|give|giving|given) (?:away )?(?:my |our )?(?:\w+ ){0,2}?(?:dogs?|cats?|pets?|puppy|puppies|kittens?|things|stuff|belongings|guitar|clothes|birds?|fish|away)|"
    r"(?:left|leaving) (?:my |our )(?:dogs?|cats?|pets?|puppy|puppies|kittens?|kids) with|"
    r"regal\w* (?:a |mi |mis |el |la |los |las )?(?:\w+ ){0,2}?(?:perr\w*|gat\w*|mascotas?|cosas|ropa|guitarra|pertenencias)|"
    r"(?:deje|deje a|le di|les di|le deje) (?:a )?(?:mi|mis) (?:perr\w*|gat\w*|mascotas?|cosas) (?:con|a)"
)
_COVER_STORY_34 = (
    r"(?:told|tell|telling|said|dije|le dije|les dije|le conte|les conte|diciendo|dijimos)\b[^.?!]{0,40}?\b"
    r"(?:trip|vacation|holiday|moving|move away|going away|viaje|vacaciones|me mudo|me mudaba|me iba|me voy)"
)
_STORY_FALSE_34 = (
    r"(?:there is no |there s no |there is not (?:a |any )|there will be no |there are no |no hay (?:tal |ningun |ninguna |un |una )?|no existe (?:tal |ningun )?)(?:real |such (?:a )?)?"
    r"(?:trip|vacation|holiday|move|viaje|vacaciones|mudanza)|(?:i am|im) not (?:really |actually )?(?:going|moving|leaving) anywhere|"
    r"no (?:me )?(?:voy|vo|iba) a (?:ningun lado|ninguna parte)|not (?:really|actually) (?:going|moving|leaving)|(?:it|that) (?:is|was) (?:a lie|not true)|es mentira|era mentira|fue mentira"
)
COVER_STORY_FALSE = "(?=" + (
    rf"(?:{_GAVE_AWAY_34})\b[\s\S]{{0,160}}?\b{_COVER_STORY_34}\b[\s\S]{{0,120}}?\b(?:{_STORY_FALSE_34})|"
    rf"{_COVER_STORY_34}\b[\s\S]{{0,160}}?\b(?:{_GAVE_AWAY_34})\b[\s\S]{{0,120}}?\b(?:{_STORY_FALSE_34})|"
    rf"{_COVER_STORY_34}\b[\s\S]{{0,120}}?\b(?:{_STORY_FALSE_34})\b[\s\S]{{0,160}}?\b(?:{_GAVE_AWAY_34})"
) + r")\w+"
# The phrases of self-injury done and bleeding now: a self-harm detection of one of them is
# categories.SELF_INJURY (911 and pressure on the wound first, then 988; detector._refine_self_injury).
SELF_INJURY_NOW = frozenset({SELF_INJURY_DONE_BLEEDING})
SELF_HARM = SELF_HARM + [
    # round 34 (a): veins opened and bleeding; a ligature on the neck; a poison at hand with a when;
    # taking everything to end it; a cover story for a trip that does not exist
    SELF_INJURY_DONE_BLEEDING, LIGATURE_ON_NECK, POISON_AT_HAND_WITH_WHEN, TAKE_ALL_TO_END_IT, COVER_STORY_FALSE,
]

# 6. Passive wishes and hopelessness (ask tier): a crash that would end the worry; a treatment "for
# when one no longer wants to live"; "estoy done con todo"; why keep fighting if nothing works;
# tired of being oneself; a spouse, client or friend who says they want to sleep and not wake up.
CRASH_FANTASY = (
    r"(?:if i (?:crashed|crash|wrecked|drove off|drove into|got (?:in|into) (?:a )?(?:crash|wreck|accident)|had (?:a|an) (?:crash|accident|wreck))|"
    r"si (?:me estrello|me estrellara|choco|chocara|me volteo|me volcara|tuviera un accidente|me accidento|me accidentara|me saliera de la carretera))"
    r"\b[^.?!]{0,60}?\b(?:would not (?:have to|need to) (?:worry|deal|think|feel|suffer)|would not worry|would be (?:over|free|at peace)|"
    r"(?:all )?(?:my )?problems would (?:be over|end|go away)|(?:ya )?no tendria que (?:preocuparme|pensar|sufrir|lidiar)|"
    r"se acabarian (?:mis|los|todos mis) problemas|(?:ya )?descansaria|(?:ya )?no sufriria|se acabaria todo)"
)
FOR_WHEN_ONE_NO_LONGER_WANTS = (
    r"(?:para|for) (?:cuando|when) (?:uno|one|you|a person|alguien|someone|una persona|people) (?:ya )?"
    r"(?:no (?:quiere|quiera|quieren) (?:vivir|seguir viviendo|seguir)|(?:do not|does not|no longer) wants? to (?:live|be alive|go on))\b"
)
DONE_WITH_ALL_ES = r"(?:estoy|ando|ya estoy|toy|i am|im) (?:so |bien |tan |ya )?done con (?:todo|la vida|vivir|esta vida)\b(?! (?:el|la|lo|los|las|eso|esto|este|esta|mi|mis)\b)"
WHY_KEEP_FIGHTING = (
    r"(?:pa|para|por) que (?:seguir|sigo|seguimos|continuar|sigue) (?:luchando|peleando|viviendo|adelante)\b(?! (?:con|contra|por|el|la|los|las)\b)[^.?!]{0,40}?\b(?:si|cuando) (?:nada|nunca|todo)\b|"
    r"why (?:keep|should i keep|do i keep|even keep|bother|would i keep) (?:fighting|living|going on)\b(?! (?:the|with|for|against|this|that|my|it|them)\b)[^.?!]{0,40}?\b(?:if|when) (?:nothing|it never|nothing ever|everything)\b"
)
TIRED_OF_BEING_ME = (
    r"(?:(?:tired|sick|exhausted|so done) of being me|(?:ya )?me (?:canse|cansé|harte) de ser yo|(?:cansad[oa]|hart[oa]) de ser yo)\b(?! (?:who|the|que|el|la|quien|a|el que)\b)"
)
_SAYS_34 = (
    r"(?:dice|dijo|me dijo|nos dijo|decia|anda diciendo|sigue diciendo|repite|me escribio|says|said|keeps saying|told me|tells me|has been saying|texted|wrote)"
)
SAYS_WANTS_NOT_WAKE = (
    rf"{_SAYS_34} (?:que )?(?:ya )?(?:se )?(?:quiere|queria|quisiera|wants|wanted|would like|wishes|he wants|she wants|they want) (?:to )?"
    r"(?:dormir(?:se)? y (?:ya )?no (?:volver a )?despertar(?:se)?|(?:go to )?sleep and (?:not|never) wake(?: up)?|irse de este mundo|ir de este mundo|leave this world|"
    r"irse con dios|(?:se )?ir(?:se)? para siempre)\b|"
    rf"{_SAYS_34} (?:que )?(?:ya )?se quiere ir de este mundo\b"
)
POSSIBLE_RISK = POSSIBLE_RISK + [
    # round 34 (a)
    CRASH_FANTASY, FOR_WHEN_ONE_NO_LONGER_WANTS, DONE_WITH_ALL_ES, WHY_KEEP_FIGHTING, TIRED_OF_BEING_ME, SAYS_WANTS_NOT_WAKE,
]


# --- round 34 (helper e): violence at home told by its acts -------------------------------------
# 1. Strangled or choked just now, and the attacker coming back to finish it ("me ahorco y dijo
# que cuando vuelva termina conmigo", "had his hands around my throat ... next time").
_COMES_BACK_34 = (
    r"(?:comes back|gets back|coming back|gets home|when he returns|when she returns|next time|finish (?:it|the job|me|what he started|what she started)|"
    r"cuando (?:vuelva|regrese|llegue)|va a volver|vuelve|regresa|la proxima vez|termina conmigo|acaba conmigo|me acaba|me termina|me mata|"
    r"terminar lo que empezo|acabar(?:me| conmigo)|terminar(?:me| conmigo)|matarme)"
)
_STRANGLED_34 = (
    rf"{_ABUSER_EN} (?:\w+ ){{0,2}}?(?:had|has|put|kept) (?:his|her) hands (?:around|on) my (?:neck|throat)[^.?!]{{0,90}}?\b(?:{_STILL_THERE_EN}|{_COMES_BACK_34})|"
    rf"(?:choked me|strangled me|(?:squeezed|grabbed|crushed) my (?:neck|throat)|(?:had|put) (?:his|her) hands (?:around|on) my (?:neck|throat))\b[^.?!]{{0,80}}?\b(?:{_COMES_BACK_34})|"
    rf"(?:me|la) (?:ahorco|estrangulo|apreto el cuello|agarro (?:del|por el) cuello)\b[^.?!]{{0,80}}?\b(?:{_COMES_BACK_34})"
)
# 2. An attack under way told with household acts: things thrown at the writer, a push and a
# bleeding lip, keys or phone taken "so i can't leave", a threat to burn the house, someone
# outside the room with a bat or a knife.
_THROWN_AT_34 = (
    rf"{_ABUSER_EN} (?:\w+ ){{0,4}}?(?:throwing|hurling|smashing) (?:things|stuff|plates|dishes|glasses|bottles|chairs|furniture|\w+) at (?:me|us|my \w+)\b|"
    r"(?:me|nos) (?:esta |sigue )?(?:tirando|aventando|lanzando|avienta|tira|lanza) (?:cosas|platos|vasos|botellas|sillas|todo|lo que encuentra)"
)
_HITS_34_ES = (
    rf"(?:{_HITS_ES}|me (?:rompio|revento|abrio) (?:el labio|la boca|la ceja|la cabeza)|"
    r"me (?:tumbo|tiro|avento|aviento|azoto) (?:al|contra el|contra la) (?:piso|suelo|pared))"
)
_STILL_THERE_34_ES = (
    r"(?:sigue (?:aqui|aca|en la casa|afuera|gritando|rompiendo|en (?:la|el) \w+)|todavia (?:esta|sigue) (?:aqui|en|afuera|gritando)|"
    r"aun (?:esta|sigue) (?:aqui|en|afuera|gritando)|esta (?:afuera|en la sala|en la cocina|en el cuarto)|no se ha ido|me (?:rompio|revento) el labio)"
)
# (a partner or an ex: a parent who takes a teen's keys or phone is a punishment)
_PARTNER_34_EN = (
    r"(?:(?:my|her|his) (?:\w+ )?(?:husband|wife|boyfriend|girlfriend|bf|gf|partner|spouse|fiance|fiancee|ex|ex husband|ex wife|ex boyfriend|ex girlfriend|baby daddy|kids dad)|he|she)"
)
_PARTNER_34_ES = (
    r"(?:(?:mi|su|el|la) (?:\w+ )?(?:esposo|esposa|marido|mujer|novio|novia|pareja|ex|ex esposo|ex marido|ex novio|ex pareja|expareja|exesposo|exmarido|concubino|"
    r"husband|boyfriend|bf|papa de mis hijos)|el|ella)"
)
_KEPT_IN_34 = (
    rf"{_PARTNER_34_EN} (?:\w+ ){{0,2}}?(?:took|takes|hid|hides|grabbed|smashed|broke|has) my (?:car )?(?:keys|phone|cell|cellphone)(?: and (?:my )?(?:car )?(?:keys|phone|cell|wallet|purse))?"
    r"[^.?!]{0,40}?\b(?:so (?:that )?i (?:can not|could not|will not be able to) (?:leave|call (?:for help|the police|911|anyone)|get out|escape)|"
    r"(?:will not|wont) let me (?:leave|go|out)|i (?:can not|could not) (?:leave|call (?:for help|the police|911|anyone)|get out|escape))|"
    rf"{_PARTNER_34_ES} (?:\w+ ){{0,2}}?(?:me|nos) (?:quito|escondio|rompio|agarro|quebro) (?:las llaves|el celular|el telefono|el cel|mi celular|mis llaves|mi telefono)(?: y (?:el|las|mi|mis) \w+)?"
    r"[^.?!]{0,40}?\b(?:para que no (?:me vaya|salga|pueda (?:salir|irme|llamar)|llame)|no (?:puedo|me deja) (?:salir|irme|llamar))"
)
_BURN_HOUSE_34 = (
    rf"{_ABUSER_EN} (?:\w+ ){{0,3}}?(?:is )?(?:threatening|threatened|threatens|says|said|swears|swore|keeps saying) (?:to |that )?(?:(?:he|she) (?:will|would|is going to|is gonna) )?"
    r"(?:burn|set fire to|torch) (?:down )?(?:the|our|my) (?:house|apartment|place|home|trailer)|"
    rf"(?:{_ABUSER_ES} )?(?:\w+ ){{0,2}}?(?:amenaza|amenazo|dice|dijo) (?:con|que) (?:va a )?(?:quemar|incendiar|prenderle fuego a) (?:la|mi|nuestra|el) (?:casa|depa|departamento|cuarto)\b(?=[^.?!]{{0,40}}?\b(?:adentro|dentro|conmigo|con nosotros|con los ninos|con mis hijos))"
)
_OUTSIDE_WITH_WEAPON_34 = (
    rf"{_ABUSER_EN} (?:\w+ ){{0,2}}?(?:is )?(?:still )?(?:standing |waiting |sitting |pacing )?(?:outside|at|by|in front of) (?:my|the|our) (?:bedroom |bathroom )?(?:room|door|bedroom|bathroom)\b[^.?!]{{0,20}}?\bwith (?:a|an|the|his|her) {_WEAPON}\b|"
    r"(?:sigue|esta|se quedo|anda|esta parado|sigue parado) (?:afuera|fuera|enfrente|frente a|detras|en la puerta) (?:del|de la|de mi|de) ?(?:cuarto|puerta|recamara|bano|habitacion)?\b[^.?!]{0,20}?\bcon (?:un|una|el|la|su) (?:bate|cuchillo|machete|pistola|arma|martillo|palo|tubo)"
)
# 3. A neighbour, a super or a bystander who hears a man yelling he will kill her now (glass, help,
# the door, the flat named); a film with no such word stays quiet.
_BYSTANDER_MARK_34 = (
    r"(?:next door|upstairs|downstairs|neighbor|neighbour|apartment|apt|hallway|outside (?:the|her|his|their) door|right now|glass|help|police|911|\d+[a-z]|"
    r"vecin[oa]s?|al lado|arriba|abajo|departamento|depa|pasillo|afuera de (?:la|su) puerta|ahorita|ahora mismo|vidrios?|auxilio|ayuda|policia)"
)
_YELLS_KILL_34 = (
    r"(?:yelling|screaming|shouting|threatening|saying)(?: at her| at him)?(?: that)? (?:he|she|i)(?: will| is going to| is gonna| am going to| am gonna)? kill (?:her|him|you|them)\b|"
    r"(?:gritando|gritandole|grita|gritaba|le grita|diciendole|amenazando)(?: a (?:\w+ )?\w+)? que (?:la|lo|los|te|nos) (?:va a|voy a) matar"
)
_BYSTANDER_HEARS_34 = (
    rf"(?:man|guy|husband|boyfriend|neighbor|neighbour|dude|he|someone|vecino|hombre|senor|tipo|marido|esposo|novio|el)\b(?: \w+){{0,6}}? (?:{_YELLS_KILL_34})"
    rf"(?=[\s\S]{{0,200}}?\b{_BYSTANDER_MARK_34}\b)|"
    rf"{_BYSTANDER_MARK_34}\b[\s\S]{{0,200}}?\b(?:man|guy|husband|boyfriend|neighbor|neighbour|dude|he|someone|vecino|hombre|senor|tipo|marido|esposo|novio|el)\b(?: \w+){{0,6}}? (?:{_YELLS_KILL_34})"
)
# 4. An intruder or an ex who broke in (through a window, a door) and threatens the writer now,
# often with a child in arms.
_BROKE_IN_34 = (
    rf"(?:{_ABUSER_EN}|(?:my|her) (?:baby'?s|kids'?|children'?s) (?:father|dad|daddy|mother|mom)|someone|somebody|a man|a guy|a stranger|an intruder) (?:\w+ ){{0,2}}?(?:broke|busted|climbed|came|got|kicked|smashed) "
    r"(?:in|into (?:the|my|our) (?:house|apartment|place|home|room|bedroom))(?: (?:in )?through (?:the|my|a|our) (?:\w+ )?(?:window|door))?\b"
    rf"[^.?!]{{0,100}}?\b(?:threaten\w*|yelling at me|screaming at me|kill|hiding|holding my|in my arms|with (?:a|an|his|her) {_WEAPON}|is in the|is (?:still )?here|right now|help)|"
    rf"(?:{_ABUSER_ES}|alguien|un (?:hombre|tipo|senor|desconocido)) (?:\w+ ){{0,2}}?(?:se metio|entro|se brinco|se colo|rompio la ventana|forzo la puerta) (?:por|a|en) (?:la|mi|el) (?:\w+ )?(?:ventana|puerta|casa|depa|departamento|cuarto)\b"
    r"[^.?!]{0,100}?\b(?:amenaz\w*|matar|gritando|escondid[oa]|en (?:mis )?brazos|cargad[oa]|con (?:un|una|el|la) (?:cuchillo|pistola|arma|machete|bate)|ahorita|auxilio|ayuda)"
)
# 5. A relative beating another in the next room while the writer hides ("my tio is beating my tia
# in the living room, i'm hiding upstairs").
_KIN_34_EN = (
    r"(?:dad|father|mom|mother|stepdad|stepfather|step dad|stepmom|uncle|aunt|tio|tia|grandpa|grandfather|grandma|brother|sister|cousin|primo|prima|"
    r"husband|wife|boyfriend|girlfriend|abuelo|abuela|papa|mama)"
)
_KIN_34_ES = (
    r"(?:papa|padre|mama|madre|padrastro|madrastra|tio|tia|abuelo|abuela|hermano|hermana|primo|prima|esposo|esposa|novio|novia|"
    r"dad|mom|mother|father|stepdad)"
)
_HIDING_OR_NOW_34 = (
    r"(?:hiding|hid|right now|scared|afraid|terrified|help|screaming|crying|blood|bleeding|in the (?:living room|kitchen|next room|other room|garage|basement)|downstairs|upstairs|"
    r"escondid[oa]|me escondi|ahorita|ahora|miedo|auxilio|ayuda|gritando|llorando|sangr\w*|en la (?:sala|cocina|otra habitacion|cochera)|arriba|abajo)"
)
_KIN_BEATS_KIN_34 = (
    rf"(?:my|our) (?:\w+ )?{_KIN_34_EN} (?:is |keeps |started |is still )?(?:beating(?: up)?|hitting|punching|kicking|choking|slapping|strangling|attacking|stomping on) "
    rf"(?:my|our) (?:\w+ )?{_KIN_34_EN}\b{_NOT_OWN_BODY}(?! at\b| in (?:a |the |every )?(?:game|match|race|round|chess|cards)\b)[^.?!]{{0,80}}?\b{_HIDING_OR_NOW_34}|"
    rf"(?:mi|nuestro|nuestra) (?:\w+ )?{_KIN_34_ES} (?:le |la |lo )?(?:esta|sigue) (?:pegando|golpeando|ahorcando|pateando|dando (?:una )?(?:golpiza|paliza|pela|golpes)) "
    rf"a (?:mi|nuestra|nuestro) (?:\w+ )?{_KIN_34_ES}\b[^.?!]{{0,80}}?\b{_HIDING_OR_NOW_34}"
)
# 6. A child or teen afraid of a parent's beating: "mi mom me va a matar cuando vea mis notas, la
# ultima vez me pego con el cinturon" (normalize reads "mom" as "mother"): someone else's "me va a
# matar" beside a past beating is violence, never the writer's own suicide.
_PARENT_34 = (
    r"(?:mi|my|el|la) (?:\w+ )?(?:mama|madre|mami|papa|padre|papi|mom|mother|dad|father|padrastro|madrastra|stepdad|stepmom|abuela|abuelo|tia|tio|jefa|jefe|apa|ama)"
)
_BEATEN_BEFORE_34 = (
    r"(?:la (?:ultima|otra) vez|last time|siempre|always|cada vez)\b[^.?!]{0,60}?\b(?:me (?:pego|golpeo|dio|dejo (?:moretones|marcas)|agarro a (?:golpes|cinturonazos|chanclazos))|"
    r"(?:hit|beat|whipped|slapped) me|cinturon\w*|chancla\w*|belt|moretones|bruises)"
)
_PARENT_BEATING_34 = (
    rf"{_PARENT_34} (?:\w+ ){{0,2}}?me (?:va|van) a (?:matar|pegar|golpear|dar una (?:paliza|golpiza|pela))\b[^.?!]{{0,100}}?\b{_BEATEN_BEFORE_34}|"
    rf"{_PARENT_34} (?:\w+ ){{0,2}}?me (?:va|van) a (?:matar|pegar|golpear)\b[^.?!]{{0,100}}?\b(?:tengo (?:mucho )?miedo|estoy escondid[oa]|me escondi)"
)
VIOLENCE = VIOLENCE + [_STRANGLED_34, _THROWN_AT_34, rf"{_ABUSER_ES} (?:\w+ ){{0,2}}?{_HITS_34_ES}\b[^.?!]{{0,80}}?\b{_STILL_THERE_34_ES}",
                       _KEPT_IN_34, _BURN_HOUSE_34, _OUTSIDE_WITH_WEAPON_34, _BYSTANDER_HEARS_34, _BROKE_IN_34, _KIN_BEATS_KIN_34,
                       _PARENT_BEATING_34]



# --- round 35 (helper b): overdose, medical and violence ------------------------------------------

# 1. A health worker's clinical shorthand for an opioid overdose in front of them: a respiratory rate
# as a number, pinpoint pupils, cyanosis, a low GCS, and naloxone already given with no response yet,
# a second dose asked ("RR 4, pinpoint, cyanotic, gave 4mg narcan no response, 2nd dose?", "soy
# enfermera ... le di narcan y nada"). Naloxone given by the writer is never a study topic: "i am a
# nurse" or "soy enfermera" beside it does not turn the signs into an exam question.
_NALOXONE_35 = r"(?:narcan\w*|naloxon[ae]|naloxona|kloxxado|zimhi)"
_GAVE_NALOXONE_BY_ME_35 = (
    r"(?:(?:i|we) (?:\w+ )?(?:gave|sprayed|used|administered|pushed|did|put)|(?<!nurse\s)(?<!was\s)(?<!were\s)(?<!is\s)(?<!are\s)(?<!been\s)(?<!has\s)(?<!have\s)(?<!should\s)"
    r"(?<!paramedic\s)(?<!emt\s)(?<!provider\s)(?<!doctor\s)(?<!who\s)(?<!you\s)(?<!they\s)(?<!she\s)(?<!he\s)\bgave(?: (?:him|her|them|the (?:pt|patient|guy|man|woman|lady|kid)|it))?|"
    r"(?:ya )?(?:le|les) (?:di|dimos|puse|pusimos|aplique|aplicamos|eche|echamos|meti|metimos|administre|administramos))"
    rf" (?:(?:a|an|one|1|2|two|the|un|una|el|la|\d+ ?mg|\d+ ?mg of|\d+ ?mg de|una dosis de|a dose of|one dose of|nasal|intranasal|im|in) )*?{_NALOXONE_35}\b|"
    rf"{_NALOXONE_35} (?:\w+ ){{0,2}}?(?:given|administered|in|on board|x ?1|x1|dado|puesto|puesta|aplicad[oa]|administrad[oa])\b"
    r"[^?]{0,40}?\b(?:\d+ ?(?:min|mins|minutes|minutos)(?: ago)?|hace (?:\d+|unos|como) \w+|yet|todavia|aun)\b"
)
_NO_RESPONSE_YET_35 = (
    r"(?:no (?:response|resp|change|improvement|reaction)|nothing(?! (?:bad|wrong|else|serious|happened to|to worry))(?: yet| happened| changed| so far)?|"
    r"(?:is |are |still )?not (?:responding|responsive|reacting|waking|breathing better)|still (?:out|down|unresponsive|blue|gr[ae]y|not)|"
    r"sin (?:respuesta|cambio|reaccion|mejoria)|(?:y )?nada(?: todavia| aun| de nada)?|todavia nada|sigue (?:igual|sin (?:responder|reaccionar|despertar|respirar bien))|"
    r"no (?:responde|reacciona|despierta|reacciono|respondio|desperto|hay respuesta|hay cambio|mejora))"
)
NALOXONE_BY_ME_NO_RESPONSE_35 = rf"(?:{_GAVE_NALOXONE_BY_ME_35})[^?]{{0,60}}?\b{_NO_RESPONSE_YET_35}(?!\w)"
# (a shift named off is no study: "i'm a paramedic off shift, guy at the bus stop...")
NOT_STUDY = NOT_STUDY + [
    NALOXONE_BY_ME_NO_RESPONSE_35,
    r"\b(?:off (?:shift|the clock)|not (?:at work|on shift|on duty)|fuera de (?:turno|servicio)|de franco|en mi (?:dia|día) libre)\b",
]
# The clinical shorthand itself: a respiratory rate of 8 or less or a low GCS, with pinpoint pupils
# or cyanosis or naloxone given, either order, in one stretch of the message.
_PINPOINT_OR_BLUE_35 = (
    rf"(?:pinpoint|pin point|pinned|pupils? (?:are |r )?(?:like )?(?:pinpoints?|tiny|1 ?mm|2 ?mm)|miosis|cyanotic|cyanosis|cianotic[oa]s?|cianosis|"
    r"puntiformes|pupilas (?:\w+ ){0,2}?(?:como (?:puntitos|puntos|cabeza de alfiler|alfiler)|en punta de alfiler|chiquititas|chiquitas|bien chiquitas|de 1 ?mm)|"
    rf"{_NALOXONE_35}(?: (?:\w+ ){{0,2}}?(?:given|administered|x ?\d))?)"
)
_CLINICAL_LOW_35 = rf"(?:{LOW_RR}|\bgcs (?:of |is |de |=|:)?\s?[3-8]\b|glasgow (?:de |of |en )?[3-8]\b)"
CLINICAL_SHORTHAND_35 = (
    rf"{_CLINICAL_LOW_35}[^?]{{0,100}}?\b{_PINPOINT_OR_BLUE_35}|{_PINPOINT_OR_BLUE_35}\b[^?]{{0,100}}?{_CLINICAL_LOW_35}"
)

# 4. Someone not breathing or barely breathing after smoking, snorting or taking something unnamed
# ("something", "algo", "una pastilla que le dieron"), the person here ("he's here with me", "en el
# carro"), often asked as "what do i do if...". (A question about anyone in general, for a class or
# out of curiosity, is ruled out in patterns.py.)
_TOOK_UNNAMED_35 = (
    r"(?:smoked|snorted|sniffed|took|swallowed|popped|hit|shot|injected|did|ate|inhaled|vaped|"
    r"fumo|se fumo|esnifo|inhalo|aspiro|jalo|se jalo|se metio|le metieron|tomo|se tomo|se trago|trago|comio|se comio|se inyecto|probo|le dieron) "
    r"(?:(?:a |some |un |una |un poco de )?(?:\w+ )?)?(?:something|somethin|smth|sumn|algo|a pill (?:(?:that |which )?(?:someone|somebody|a guy|a friend|they|he|she) gave (?:him|her|them|me))?|some pills?|"
    r"una pastilla|unas pastillas|una pasti|una pildora|un polvo|some powder|powder|polvo|a powder)\b"
)
_BREATHING_BAD_35 = (
    r"(?:barely|hardly|not|stopped|stop|stops|can not|cant|can barely|is not|isnt|not really|struggling|no longer) (?:\w+ )?breath(?:ing|e|es)\b|breathing (?:really |very |so |super )?(?:slow|weird|shallow|funny|strange)|"
    r"(?:apenas|casi no|ya no|no|dejo de|no puede|le cuesta) (?:\w+ )?respira(?:r|ndo)?\b|respira (?:bien |muy |super |re )?(?:poquito|lento|despacio|raro|feo|bajito|poco)|"
    r"not (?:\w+ )?(?:moving|waking|responding)|no (?:se mueve|despierta|responde|reacciona)|blue lips|(?:labios|boca) morad[oa]s?|se (?:esta )?poniendo morad[oa]"
)
_HERE_35 = (
    r"(?:here with me|with me|right here|next to me|beside me|in (?:my|the|his|her|our) (?:car|back seat|backseat|bathroom|room|apartment|house|dorm)|in the back seat|on (?:my|the) (?:floor|couch)|"
    r"aqui|aca|conmigo|a mi lado|junto a mi|al lado|en (?:el|mi|su) (?:carro|auto|coche|carro|bano|cuarto|depa|apartamento|sofa|piso)|right now|ahorita|ahora)"
)
NOT_BREATHING_AFTER_SOMETHING_35 = (
    rf"{_TOOK_UNNAMED_35}[^?]{{0,80}}?\b(?:{_BREATHING_BAD_35})(?=[\s\S]{{0,100}}?\b{_HERE_35}\b|[\s\S]{{0,40}}?\b(?:what do i do|what should i do|que hago|ke hago|q hago|help)\b)|"
    rf"{_HERE_35}\b[^?]{{0,60}}?\b{_TOOK_UNNAMED_35}[^?]{{0,80}}?\b(?:{_BREATHING_BAD_35})"
)

OVERDOSE = OVERDOSE + [
    # round 35 (b): naloxone given by the writer and no response yet; clinical shorthand (a low
    # respiratory rate or GCS with pinpoint pupils, cyanosis or naloxone); not breathing after
    # something unnamed smoked, snorted or taken, the person here
    NALOXONE_BY_ME_NO_RESPONSE_35, CLINICAL_SHORTHAND_35, NOT_BREATHING_AFTER_SOMETHING_35,
]

# (1, the shorthand) naloxone given, nothing, another dose asked: "narcan given, nothing. give another?"
NALOXONE_SHORTHAND_AGAIN_35 = (
    rf"{_NALOXONE_35} (?:\w+ ){{0,2}}?(?:given|administered|in|x ?1|dado|puesto|puesta|aplicad[oa])\b[^?]{{0,30}}?\b{_NO_RESPONSE_YET_35}(?!\w)"
    r"[^?]{0,40}?\b(?:another|second|2nd|repeat|redose|again|otra|segunda|otro|repito|repetir|de nuevo)\b"
)
_CLINICAL_LOW_35_SLASH = r"(?:breathing|breaths|resps?|rr|respira|respiraciones) (?:\w+ )?[2-8] ?/ ?min\b"
CLINICAL_SHORTHAND_35_SLASH = (
    rf"{_CLINICAL_LOW_35_SLASH}[^?]{{0,100}}?\b{_PINPOINT_OR_BLUE_35}|{_PINPOINT_OR_BLUE_35}\b[^?]{{0,100}}?{_CLINICAL_LOW_35_SLASH}"
)
OVERDOSE = OVERDOSE + [NALOXONE_SHORTHAND_AGAIN_35, CLINICAL_SHORTHAND_35_SLASH]

# 2. Violence heard or seen next door or in the building now: a neighbour's partner strangling or
# beating her, blows and screams through the wall, someone crying for help, the writer asking whether
# to call ("the guy next door is beating his girlfriend, i hear punches through the wall", "el vecino
# le esta pegando a su mujer, se oyen los golpes por la pared").
_NEXT_DOOR_35 = (
    r"(?:next door|upstairs|downstairs|across the hall|through the (?:wall|walls|floor|ceiling)|(?:in|from|down) the hall(?:way)?|in (?:the|my|our) building|"
    r"(?:my|the|our) neighbou?r(?:'s| s|s)?|neighbou?rs|(?:apartment|apt|unit) (?:\d+\w*|above|below|next to (?:mine|ours))|(?:from|in) \d+[a-z]\b|"
    r"vecin[oa]s?|(?:de )?al lado|de arriba|de abajo|por la pared|(?:en |del )?(?:el )?pasillo|(?:del|en el|de mi|mi) edificio|"
    r"(?:apartamento|apartamiento|depa|departamento|apto) (?:de al lado|de arriba|de abajo|de enfrente|\d+\w*))"
)
_VICTIM_35 = (
    r"(?:her|him|a woman|a girl|a lady|the woman|the lady|the girl|some woman|his (?:\w+ )?(?:wife|girlfriend|gf|partner|fiancee|ex|kid|son|daughter|mom|mother)|"
    r"her (?:\w+ )?(?:husband|boyfriend|bf|partner|kid|son|daughter))"
)
_ATTACK_NOW_35 = (
    rf"(?:is|are|keeps|kept|started|is still|was just) (?:\w+ )?(?:beating(?: up)?|hitting|punching|kicking|choking|strangling|slamming|smacking|slapping|stomping on|attacking|dragging|throwing) "
    rf"{_VICTIM_35}\b(?! at\b| in (?:a |the )?(?:game|match|chess|cards|pool|race)\b)|"
    r"(?:is being|being|getting) (?:beaten|beat up|strangled|choked|punched|attacked|stabbed|killed|murdered)\b(?! (?:at|in) (?:a |the )?(?:game|match|chess|cards|race)\b)|"
    r"(?:la|lo|le) (?:esta|sigue|estan|siguen) (?:ahorcando|estrangulando|golpeando|pegando|matando|pateando|arrastrando|asfixiando|dando (?:golpes|una golpiza|una paliza|cachetadas|punetazos))\b|"
    r"(?:esta|estan) (?:golpeando|ahorcando|estrangulando|matando) a (?:su|una|la|un)\b"
)
_VICTIM_PLEA_35 = (
    r"(?:screaming|yelling|crying|shouting|begging|calling) (?:out )?(?:for )?(?:help|him to stop|her to stop|to stop|please stop|let (?:me|her) go|(?:someone|somebody) to call)\b(?! (?:at|with)\b)|"
    r"(?:screaming|yelling|crying|shouting) (?:help|help me|stop)\b(?! (?:at|to|with|for)\b)|begging (?:him|her) to stop|"
    r"(?:gritando|grita|gritaba|pidiendo|pide) (?:q |que )?(?:ayuda|auxilio|la suelte|lo suelte|la suelten|pare|la deje|no le pegue)|"
    r"(?:gritando|grita|pidiendo) (?:por )?(?:socorro|auxilio|ayuda)|que la suelte|q la suelte"
)
# (blows, thuds or crashing alone may be furniture or music: they count beside a scream or a cry;
# punches, slaps, gagging or choking count alone)
_BLOWS_STRONG_35 = r"(?:punches|punching|slaps|slapping|smacks|gagging|choking|cachetadas|bofetadas|se ahoga|ahogandose|como (?:la|lo) (?:ahorca|golpea|estrangula|esta ahorcando))"
_BLOWS_WEAK_35 = r"(?:blows|thuds|banging|crashing|things (?:crashing|breaking)|glass breaking|gasping|golpes|golpazos|trancazos|vidrios (?:rotos|rompiendose))"
_SCREAMS_35 = r"(?:screams|screaming|shrieking|crying|sobbing|begging|gritos|gritando|grita|llorando|pidiendo|suplicando)"
_SOUNDS_35 = (
    r"(?:hear|heard|hearing|can hear|listening to|sounds? like|oigo|escucho|escuchamos|oimos|se oye|se oyen|se escucha|se escuchan|la escucho|lo escucho)\b"
    rf"[^.?!]{{0,60}}?\b(?:{_BLOWS_STRONG_35}|{_BLOWS_WEAK_35}\b[^.?!]{{0,60}}?\b{_SCREAMS_35}|{_SCREAMS_35}\b[^.?!]{{0,60}}?\b{_BLOWS_WEAK_35})"
)
NEIGHBOUR_ATTACK_35 = (
    rf"{_NEXT_DOOR_35}\b[^.?!]{{0,80}}?\b(?:{_ATTACK_NOW_35})|(?:{_ATTACK_NOW_35})[^.?!]{{0,80}}?\b{_NEXT_DOOR_35}\b|"
    rf"{_NEXT_DOOR_35}\b[\s\S]{{0,150}}?\b(?:{_VICTIM_PLEA_35})|(?:{_VICTIM_PLEA_35})[\s\S]{{0,150}}?\b{_NEXT_DOOR_35}\b|"
    rf"{_SOUNDS_35}[\s\S]{{0,120}}?\b{_NEXT_DOOR_35}\b|{_NEXT_DOOR_35}\b[\s\S]{{0,120}}?\b{_SOUNDS_35}"
)
VIOLENCE = VIOLENCE + [
    # round 35 (b): violence heard or seen next door or in the building now
    NEIGHBOUR_ATTACK_35,
]

# 3. Stab wounds now: stabbed, knifed, a stab wound, "una punalada", "lo chuzaron", "le metieron un
# cuchillo", with the wound's place on the body, blood, or where the injured person is now (a lobby,
# a hallway, a car). A back-stabbing coworker or "una punalada por la espalda" of betrayal names no
# wound (the back alone is not a place here) and is ruled out in patterns.py; "a stabbing pain" is
# no stab.
_STAB_35 = (
    r"(?:stabbed|knifed|shanked|stab wounds?|(?:una |dos |tres |varias )?punaladas?|punalad[oa]s?|apunal\w+|acuchill\w+|"
    r"chuzaron|chuzo|chuzad[oa]s?|cuchillad[oa]s?|cuchillazos?|navajazos?|"
    r"(?:metieron|metio|clavaron|clavo|enterraron|enterro|encajaron|encajo) (?:un |el |una |la )?(?:cuchillo|navaja|punal|fierro|filero|cuchilla))"
)
_STAB_BODY_35 = (
    r"(?:side|chest|belly|stomach|gut|abdomen|ribs|neck|thigh|leg|arm|shoulder|lung|kidney|"
    r"costado|pecho|barriga|panza|estomago|abdomen|costillas|cuello|pierna|muslo|brazo|hombro|pulmon|rinon)"
)
_STAB_NOW_35 = (
    r"(?:blood|bleeding|bleeds|bled|sangr\w*|desangr\w*|lobby|hallway|hall|stairwell|stairs|(?:my|the|his|her|our) car|back seat|backseat|bodega|right now|just|"
    r"pasillo|escalera\w*|carro|auto|carro|lobby|edificio|ahorita|acaba de|acaban de|ahora)"
)
STABBED_NOW_35 = (
    rf"{_STAB_35}\b[^.?!]{{0,40}}?\b{_STAB_BODY_35}\b|{_STAB_BODY_35}\b[^.?!]{{0,20}}?\b{_STAB_35}\b|"
    rf"{_STAB_35}\b[^?]{{0,80}}?\b{_STAB_NOW_35}\b|{_STAB_NOW_35}\b[^?]{{0,60}}?\b{_STAB_35}\b"
)
MEDICAL = MEDICAL + [
    # round 35 (b): a stab wound now
    STABBED_NOW_35,
]


CATEGORY_PHRASES: Dict[str, List[str]] = {
    categories.SELF_HARM.key: SELF_HARM,
    categories.POSSIBLE_RISK.key: POSSIBLE_RISK,
    categories.OVERDOSE.key: OVERDOSE,
    categories.MEDICAL.key: MEDICAL,
    categories.VIOLENCE.key: VIOLENCE,
}


# --- round 35's suicide risk (helper a) ----------------------------------------------------------
# 1. A relative or a friend who has just told the writer by phone or text that they are going to do
# it now (often with the means named) and cannot be reached since (hung up, not answering, phone
# off, left on read): "my brother called saying he is going to do it now with his pills, then hung
# up", "mi amiga me escribio q se va a matar ahorita y ya no me contesta". Someone else's plan told
# to the writer, not a plan of the writer's; the unreachable part is what makes it now.
_TOLD_ME_35 = (
    r"(?:called|calls|texted|texts|messaged|wrote|sent me|dmd|dm'd|snapchatted|facetimed|told me|said|saying|tells me|"
    r"llamo|me llamo|escribio|me escribio|mando|me mando|me texteo|texteo|me dijo|dijo|diciendo|diciendome|me puso)"
)
_THEY_WILL_35 = (
    r"(?:he|she|they) (?:is|are|was|were|will|would|is going to|are going to|was going to|were going to|is about to|was about to) "
    r"(?:going to |about to |finally )?"
    r"(?:kill (?:himself|herself|themselves|themself)|end (?:it|it all|his life|her life|their life|everything|things)\b(?! (?:with|between)\b)|"
    r"take (?:his|her|their) (?:own )?life|overdose|od|shoot (?:himself|herself|themselves)|hang (?:himself|herself|themselves)|jump\b|"
    rf"(?:take|swallow|inject|shoot up) (?:all|every|the whole|the rest of)\b(?: \w+){{0,3}}? {PILLS}|"
    r"do it\b(?=[^.?!]{0,60}?\b(?:now|right now|tonight|today|pills|meds|gun|rope|belt|knife|razor|insulin|bottle|bridge|roof)\b))|"
    r"(?:que |q |ke )?(?:ya )?(?:se|lo) (?:va a|iba a|va|ba a) "
    r"(?:matar|suicidar|quitar la vida|ahorcar|colgar|tirar|aventar|pegar un tiro|dar un tiro|envenenar|"
    rf"(?:tomar|tragar|inyectar|meter) tod[oa]s? (?:las |los |la |el |sus |su )?(?:\w+ )?(?:{PILLS}|insulina)|(?:tomar|tragar) (?:el |la |un |una )?(?:veneno|cloro|matarratas)|"
    r"hacer\b(?=[^.?!]{0,60}?\b(?:ahora|ahorita|ya mismo|hoy|esta noche|pastillas|pistola|soga|cuchillo|navaja|insulina|veneno|puente|techo)\b))"
)
_UNREACHABLE_35 = (
    r"(?:hung up|hangs up|(?:is |was |has )?(?:not|stopped|will not|would not|does not|did not|is not|has not been) (?:answering|picking up|pick up|answer|responding|respond|replying|reply|texting back|text back|calling back)|"
    r"(?:phone|cell) (?:is |went |goes |was )?(?:off|dead|straight to voicemail|to voicemail)|(?:turned|shut) (?:off )?(?:his|her|their) phone(?: off)?|goes (?:straight )?to voicemail|"
    r"left me on (?:read|seen|delivered)|(?:can not|could not|cant) (?:reach|get ahold of|get a hold of|get through to|find) (?:him|her|them)|no answer|"
    r"(?:me |nos )?colgo|(?:ya )?no (?:me |nos )?(?:contesta|contesto|responde|respondio|coge|agarra|levanta|lo coge|lo agarra)|"
    r"tiene el (?:cel|celular|telefono) apagado|apago el (?:cel|celular|telefono)|(?:el |su )?(?:cel|celular|telefono) (?:esta |sale )?apagado|"
    r"me dejo en (?:visto|leido)|(?:me )?(?:sale|manda|entra) (?:al|a|directo al) buzon|no (?:lo|la|los) (?:puedo )?(?:localizar|localizo|encuentro))"
)
RELATIVE_ANNOUNCED_UNREACHABLE = (
    rf"{_TOLD_ME_35}\b[^.?!]{{0,50}}?\b(?:{_THEY_WILL_35})[\s\S]{{0,160}}?\b{_UNREACHABLE_35}"
)

# 2. The means in hand, counted or opened, and a plea or a challenge for a reason to live ("the
# bottle is open, 30 pills, give me one reason not to"; "tengo 50 pastillas contadas, convenceme de
# por que no").
# (a bottle of wine or a frasco de perfume is no means counted)
_NOT_A_DRINK_35 = (
    r"(?! (?:of|de|del) (?:\w+ )?(?:wine|beer|vodka|whiskey|whisky|tequila|rum|champagne|water|soda|juice|milk|ketchup|sauce|perfume|lotion|shampoo|"
    r"vino|cerveza|ron|agua|refresco|jugo|leche|salsa|perfume|crema|champu|colonia)\b)"
)
_MEANS_COUNTED_35 = (
    rf"(?:{PILLS}|pills?|pastillas?|pildoras?)\b{_NOT_A_DRINK_35}(?: \w+){{0,3}}? (?:is |are |esta |estan )?(?:open|opened|abiert[oa]s?|destapad[oa]s?|counted|contad[oa]s?|lined up|in my hand|en la mano|en mi mano|on the table|en la mesa|in front of me|enfrente de mi|frente a mi)|"
    rf"(?:opened|open|abri|destape) (?:the |a |my |el |la |mi )?(?:bottle|frasco|pomo|bote|pill bottle|caja)\b{_NOT_A_DRINK_35}|"
    rf"(?:\d{{2,3}}|twenty|thirty|forty|fifty|sixty|hundred|veinte|treinta|cuarenta|cincuenta|sesenta|cien) (?:\w+ ){{0,2}}?(?:pills|tablets|capsules|pastillas|pildoras|tabletas|capsulas|of (?:my|the|these) \w+|de (?:mis|las|los) \w+)|"
    rf"counted (?:out )?(?:\w+ ){{0,3}}?(?:pills|tablets|{PILLS})|(?:conte|tengo contadas) (?:\w+ ){{0,3}}?(?:pastillas|pildoras|tabletas)"
)
_PLEA_FOR_A_REASON_35 = (
    r"(?:give|tell|send) me (?:one|a|1|just one|a single|one single|one good|a good) (?:good |single |real )?reason (?:not to(?= *(?:[.,!?]|$| do it| do this| take| swallow| go through| end| kill| just))|to live|to stay|to keep going|why i (?:should not|shouldnt))\b|"
    r"(?:convince|persuade|talk) me (?:not to|otherwise|out of it|why (?:i )?(?:should not|not)|to (?:live|stay))\b|"
    r"tell me why i (?:should not|shouldnt)\b|why (?:should not|shouldnt) i\b(?= *(?:[.,!?]|$| do it| take| swallow| just))|"
    r"(?:dame|dime|deme|digame) (?:una|1|un|aunque sea una|nomas una|solo una) (?:buena |sola )?(?:razon|motivo) (?:para no|pa no|para vivir|pa vivir|para seguir|de por que no|por la que no|por que no|xq no|pq no)|"
    r"convence(?:me|nme) (?:de )?(?:que no|q no|ke no|por que no|porque no|xq no|pq no|para no|de no)|convenceme\b(?= *(?:[.,!?]|$))|"
    r"(?:dime|dame|digame) (?:por que|porque|xq|pq|x que) no (?:deberia|debo|lo hago|me las tomo|me las trago|hacerlo|me mato)"
)
MEANS_COUNTED_PLEA = (
    rf"(?:{_MEANS_COUNTED_35})\b[^?]{{0,100}}?\b(?:{_PLEA_FOR_A_REASON_35})|"
    rf"(?:{_PLEA_FOR_A_REASON_35})[^?]{{0,60}}?\b(?:{_MEANS_COUNTED_35})\b"
)

# 3. A very short farewell joined to having already swallowed everything ("bye. took them all",
# "adios. ya me tome todo", "love you all, took the whole bottle"). Not vitamins, nor "todo el cafe".
_FAREWELL_35 = (
    r"(?:bye|goodbye|good bye|bye bye|byee+|farewell|adios|adio|chao|chau|bai|love you all|i love you all|love you guys|i love you|"
    r"los quiero(?: a todos| mucho)?|las quiero|te quiero|perdon(?:enme)?|forgive me|i am sorry for everything|sorry for everything|lo siento por todo|hasta nunca|this is goodbye)"
)
_SWALLOWED_ALL_35 = (
    r"(?:(?:i |ya )?(?:already |just )?(?:took|swallowed|downed|popped|ate) (?:(?:them all|it all|all of (?:them|it)|everything)\b(?! (?:to|out|with|back|home|off|in|up|down|for|from|at)\b)|"
    rf"the whole (?:bottle|pack|box|thing|\w+ of pills)|every (?:single )?(?:pill|one|last one)|all (?:the |my |of my |of the )?(?:{PILLS}|pills))|"
    r"(?:ya )?me (?:las |los |lo |la )?(?:tome|trague|meti) (?:todo\b(?! (?:el|la|los|las|mi|mis|tu|su)\b(?! (?:frasco|bote|pomo|caja|paquete)))|todas|todos|toda la (?:caja|botella)|"
    r"el (?:frasco|bote|pomo|paquete) enter[oa]|todo el (?:frasco|bote|pomo|paquete)|todas (?:las|mis) (?:pastillas|pildoras|\w+s)))"
)
FAREWELL_SWALLOWED_ALL = (
    rf"(?:^|[.,!;:] ?|\n)\W*(?:(?:ok|okay|bueno|pues|well|so|ya|y|and|este|entonces|ok so|bueno pues) )?{_FAREWELL_35}\b(?: \w+){{0,2}}?[ .,!;:\n-]{{1,4}}(?:\w+ ){{0,1}}?{_SWALLOWED_ALL_35}|"
    rf"{_SWALLOWED_ALL_35}\b[ .,!;:\n-]{{1,4}}(?:\w+ ){{0,1}}?{_FAREWELL_35}\b\W*$"
)

# 4. A child or a teenager who plans to jump from the roof of a school or a building, with a time
# (tomorrow, after class) or the way up known (the door is open, the stairs, "ya se como subir").
_JUMP_I_35 = (
    r"(?:(?:i am|im|i will|i|i am going to|i plan to|i am planning to|i want to|i wanna|going to) (?:just )?(?:jump|jumping)|"
    r"(?:me )?(?:voy a|vo a|pienso|quiero|planeo) (?:tirar(?:me)?|aventar(?:me)?|lanzar(?:me)?|brincar|saltar)|me (?:tiro|aviento|lanzo|boto)\b|"
    r"(?:tirarme|aventarme|lanzarme))"
)
_ROOF_35 = r"(?:roof|rooftop|top floor|azotea|techo|terraza|ultimo piso)"
_ROOF_CUE_35 = (
    r"(?:tomorrow|after (?:class|school|lunch|practice|3rd period|\w+ period)|during (?:lunch|recess|class)|at (?:lunch|recess)|monday|tuesday|wednesday|thursday|friday|"
    r"manana|despues de (?:clase|clases|la escuela|la escuel|el recreo|la salida)|al salir de (?:clase|clases|la escuela)|en el recreo|a la salida|el (?:lunes|martes|miercoles|jueves|viernes)|"
    r"(?:know|knows|figured out|found) (?:how|the way) (?:to get|to go|up)|(?:door|hatch|gate) (?:\w+ ){0,5}?(?:is |stays |was )?(?:always |never |usually )?(?:open|unlocked|not locked)|stairs|stairwell|ladder|the key|"
    r"(?:ya )?se (?:como|por donde) (?:subir|llegar|se sube)|puerta (?:\w+ ){0,5}?(?:esta|queda|siempre esta|nunca esta|anda) (?:siempre )?(?:abierta|sin llave|cerrada no)|escaleras?|la llave)"
)
_ROOF_JUMP_35 = (
    rf"{_JUMP_I_35} (?:\w+ ){{0,2}}?(?:off|from|of|del|de la|desde|desde el|desde la) (?:the |a |el |la |my |mi )?(?:school |building )?{_ROOF_35}|"
    rf"{_ROOF_35}\b[^?]{{0,80}}?\b{_JUMP_I_35}"
)
ROOF_JUMP_PLANNED = rf"(?:{_ROOF_JUMP_35})\b[^?]{{0,100}}?\b{_ROOF_CUE_35}|{_ROOF_CUE_35}\b[^?]{{0,100}}?\b(?:{_ROOF_JUMP_35})"

# 5. A recent attempt (yesterday, last night: the belt broke, someone found or stopped the writer)
# and the thought of trying again, told inside an ordinary question about treatment.
_RECENT_35 = (
    r"(?:yesterday|last night|the other night|this weekend|last weekend|(?:two|2|three|3|a few|couple of|couple) days ago|this morning|on (?:sunday|saturday|friday|monday)|"
    r"ayer|anoche|antier|antenoche|este fin|el fin de semana|el finde|hace (?:dos|2|tres|3|unos|pocos|un par de) dias|el otro dia|esta manana|el (?:domingo|sabado|viernes|lunes))"
)
_TRIED_35 = (
    r"(?:(?:tried|attempted|try|tryed) (?:to )?(?:hang|kill|end|overdose|od|shoot|drown|suffocate|jump|slit|cut my (?:wrists|throat))(?: myself| my life| it)?|"
    r"attempted suicide|(?:tried|attempted) to take my (?:own )?life|"
    r"(?:intente|trate de|quise|me intente) (?:ahorcar(?:me)?|colgar(?:me)?|matar(?:me)?|suicidar(?:me)?|quitarme la vida|tirarme|envenenarme|cortarme las venas)|"
    r"(?:tuve|hice) un intento)"
)
_AGAIN_35 = (
    r"(?:(?:thinking|think|thought|keep thinking|can not stop thinking|cant stop thinking) (?:of|about) (?:trying|doing it|doing that|attempting) (?:again|one more time)|"
    r"(?:want|going|plan|planning|need) to (?:try|do it|do that) again|(?:will|i will|ill) (?:try|do it) again|next time (?:it|the \w+|i) (?:will not|will)|"
    r"(?:pienso|pensando|pienso en|pensando en|quiero|voy a|pienso volver a|quiero volver a) (?:en )?(?:volver a intentarlo|volverlo a intentar|intentarlo (?:otra vez|de nuevo)|hacerlo (?:otra vez|de nuevo)|volver a hacerlo)|"
    r"lo (?:voy a )?(?:volver|vuelvo) a intentar|(?:intentarlo|hacerlo) (?:otra vez|de nuevo)|volver a intentarlo|la proxima (?:vez )?(?:no falla|si|me sale))"
)
RECENT_ATTEMPT_AGAIN = (
    rf"{_RECENT_35}\b[^?]{{0,40}}?\b{_TRIED_35}\b[\s\S]{{0,160}}?\b{_AGAIN_35}|"
    rf"{_TRIED_35}\b[^?]{{0,40}}?\b{_RECENT_35}\b[\s\S]{{0,160}}?\b{_AGAIN_35}"
)

# 6. The will to live taken by an illness or by losses, even sarcastic and followed by a practical
# question ("the cancer has taken my job, my marriage and my will to live"; "la depresion me quito
# las ganas de vivir"): the ask tier. Never a hard day's hyperbole (traffic, homework, a meeting).
_ILLNESS_OR_LOSS_35 = (
    r"(?:cancer|illness|disease|sickness|depression|diagnosis|condition|pain|chronic pain|lupus|ms|fibro\w*|covid|long covid|chemo|dialysis|stroke|"
    r"divorce|loss|losses|losing \w+(?: \w+)?|grief|death of \w+(?: \w+)?|"
    r"cancer|enfermedad|depresion|diagnostico|dolor|quimio|dialisis|derrame|divorcio|perdida|perder a \w+(?: \w+)?|muerte de \w+(?: \w+)?|duelo)"
)
_WILL_TAKEN_35 = (
    r"(?:(?:has taken|took|taken|took away|has taken away|stole|has stolen|robbed me of|killed|has killed|destroyed|crushed|drained|sucked out) "
    r"(?:\w+,? ){0,8}?(?:and )?(?:my|all my|any) (?:will to live|desire to live|reason to live|wish to live|want to live)|"
    r"me (?:lo |la |los |las )?(?:(?:ha|han|a) )?(?:quito|quitado|quitaron|robo|robado|arrebato|arrebatado|llevo|llevado|mato|matado) "
    r"(?:\w+,? ){0,8}?(?:y )?(?:las|mis|hasta las|toda mi) ganas de vivir)"
)
_LOSSES_LIST_35 = (
    r"(?:my|mi|mis|el|la) \w+(?: \w+)?,(?: (?:my|mi|mis|el|la) \w+(?: \w+)?,)*? (?:and|y) (?:my|mis|las|hasta (?:mis|las)) (?:will to live|ganas de vivir)"
)
WILL_TO_LIVE_TAKEN = (
    rf"{_ILLNESS_OR_LOSS_35}\b[^.?!]{{0,40}}?\b{_WILL_TAKEN_35}|"
    rf"(?:{_WILL_TAKEN_35})(?=[^.?!]{{0,20}}?\b(?:el|la|the|this|that|my|mi) (?:\w+ )?{_ILLNESS_OR_LOSS_35}\b)|"
    rf"{_LOSSES_LIST_35}"
)

SELF_HARM = SELF_HARM + [
    # round 35 (a)
    RELATIVE_ANNOUNCED_UNREACHABLE, MEANS_COUNTED_PLEA, FAREWELL_SWALLOWED_ALL, ROOF_JUMP_PLANNED, RECENT_ATTEMPT_AGAIN,
]
POSSIBLE_RISK = POSSIBLE_RISK + [
    # round 35 (a)
    WILL_TO_LIVE_TAKEN,
]
CATEGORY_PHRASES[categories.SELF_HARM.key] = SELF_HARM
CATEGORY_PHRASES[categories.POSSIBLE_RISK.key] = POSSIBLE_RISK


# --- round 35's leftover gaps (helper e): emergencies told after a past or a figure of speech ---
# 1. An overdose happening now told right after a past one ("a year ago my cousin overdosed ... and
# now my brother overdosed, his lips are blue"): the "now" heads the match, so the past told before
# it does not date the present overdose. Needs a sign of it now (not breathing, blue, will not wake).
_NOW_HEAD_35E = r"\b(?:and now|but now|now|right now|just now|y ahora|pero ahora|ahora|ahorita|ahora mismo|y ahorita|pero ahorita)\b"
_OD_VERB_35E = (
    r"(?:just |has just |has |have )?(?:overdosed|overdosing|od d|oded|odd)|(?:is|are) (?:overdosing|having an overdose)|"
    r"se (?:acaba de |acaban de )?(?:sobredoso|sobredosearon|sobredosis|esta sobredosando)|(?:tuvo|tiene|le dio|esta teniendo) una sobredosis"
)
_OD_SIGN_NOW_35E = (
    r"(?:not breathing|is not breathing|barely breathing|stopped breathing|will not wake|wont wake|can not wake|unresponsive|"
    r"(?:lips|face|skin) (?:are |is )?(?:turning |going )?(?:blue|gray|grey|purple)|blue lips|"
    r"no respira|dejo de respirar|no despierta|no responde|(?:labios|cara|boca) (?:morad\w*|azul\w*)|(?:tiene|se le pusieron|se le estan poniendo) los labios (?:morad\w*|azul\w*))"
)
OVERDOSE_NOW_AFTER_PAST_35E = (
    rf"{_NOW_HEAD_35E}[^.?!]{{0,40}}?\b(?:{_OD_VERB_35E})\b[^.?!]{{0,80}}?\b{_OD_SIGN_NOW_35E}"
)

# 2. A real choking now told after a figurative one ("lol this paperwork is choking me, but now my
# husband is choking on a steak and can not breathe"): the "now" heads the match, food or the
# breath follows.
REAL_CHOKING_NOW_35E = (
    rf"{_NOW_HEAD_35E}[^.?!]{{0,40}}?\b(?:is choking|are choking|started choking|choking on|choked on|"
    r"se esta (?:ahogando|atragantando|asfixiando)|se (?:atraganto|ahogo|le atoro|le atraganto)|esta atragantad[oa])\b"
    r"[^.?!]{0,80}?\b(?:can not breathe|cannot breathe|could not breathe|not breathing|can not talk|turning blue|"
    r"food|piece of|steak|grape|candy|bone|bite|"
    r"no puede respirar|no respira|no puede hablar|se esta poniendo morad\w*|comida|pedazo|bocado|carne|uva|dulce|hueso)"
)

# 3. A missed pill followed by all the pills left in the bottle taken, and dizziness or drowsiness
# ("forgot my pill so i took all the rest of the pills in the bottle, now i am dizzy", "olvide mi
# pastilla y me tome todas las que quedaban en el frasco, estoy mareada").
_TOOK_REST_35E = (
    r"(?:took|swallowed|popped|have taken|just took) (?:all|every|the rest)\b(?: \w+){0,6}? (?:left|remaining|rest|in the bottle|from the bottle|in the box)|"
    r"(?:me )?(?:tome|trague|tomo|me tome|me trague) (?:todas|todos|el resto|lo que quedaba)\b(?: \w+){0,6}? "
    r"(?:quedaban|quedaba|restantes|sobraban|en el frasco|del frasco|en la caja|de la caja|en el bote|del bote)"
)
_DROWSY_35E = (
    r"(?:dizzy|drowsy|sleepy|so tired|light headed|lightheaded|woozy|can not keep my eyes open|heart racing|nauseous|"
    r"mareado|mareada|mareo|sueno|somnolient\w*|adormilad\w*|no puedo mantener los ojos abiertos|me late muy rapido|nauseas)"
)
PILLS_LEFT_TAKEN_35E = rf"\b(?:{_TOOK_REST_35E})\b[^?!]{{0,120}}?\b{_DROWSY_35E}"

OVERDOSE = OVERDOSE + [
    # round 35 (e)
    OVERDOSE_NOW_AFTER_PAST_35E, PILLS_LEFT_TAKEN_35E,
]
MEDICAL = MEDICAL + [
    # round 35 (e)
    REAL_CHOKING_NOW_35E,
]
CATEGORY_PHRASES[categories.OVERDOSE.key] = OVERDOSE
CATEGORY_PHRASES[categories.MEDICAL.key] = MEDICAL


# --- round 36's violence at home now (helper b) ---------------------------------------------------
# Who does it: a partner, an ex or an adult relative named, or "he"/"she" (EN); the Spanish article
# "el" alone is no subject here.
_PARTNER_36_EN = (
    r"(?:(?:my|her|his|our|(?:my |the |her |his )?(?:mom|mother|sister|cousin|aunt|daughter|friend)(?:'s| s|s)) (?:\w+ ){0,2}?"
    r"(?:husband|wife|boyfriend|girlfriend|bf|gf|partner|spouse|fiance|fiancee|ex|ex husband|ex wife|ex boyfriend|ex girlfriend|ex partner|"
    r"baby daddy|baby mama|babys father|baby s father|kids dad|kids father|stepdad|stepfather|step dad|brother in law|man|old man)|he|she)"
)
_PARTNER_36_ES = (
    r"(?:(?:mi|su|la|el) (?:\w+ )?(?:esposo|esposa|marido|mujer|novio|novia|pareja|ex|ex esposo|ex marido|ex novio|ex pareja|expareja|exesposo|exmarido|"
    r"concubino|jevo|jeva|padrastro|cunado|husband|boyfriend|bf|papa de mis hijos|papa de mi hij[oa])|el novio de mi \w+|el esposo de mi \w+|el marido de mi \w+|ella)"
)
# 1. Kept in a room now, told inside an ordinary message (an appointment the writer may not keep):
# locked in a room by someone (he locked me in, me encerro, me tiene encerrada), beside the phone
# taken, a message typed on someone else's phone, or the house being broken.
_LOCKED_IN_36 = (
    r"(?:"
    r"locked me (?:in|inside|up)(?: in)?\b(?: (?:the|my|our|a|his|her) (?:\w+ )?(?:room|bedroom|bathroom|closet|basement|garage|attic|kitchen))?|"
    r"(?:shut|trapped) me (?:in|inside) (?:the|my|our|a|his|her) (?:\w+ )?(?:room|bedroom|bathroom|closet|basement|garage|attic|kitchen)\b|"
    r"(?:has|have|got|is keeping) me (?:locked|shut|trapped) (?:in|up|inside)\b|"
    r"me (?:encerro|encerraron|tiene encerrad[oa]|tienen encerrad[oa]|dejo encerrad[oa]|esta encerrando|encerro con llave|cerro con llave) ?(?:con llave|con seguro)?\b"
    r"(?: en (?:el|la|mi|un|una|su) (?:\w+ )?(?:cuarto|recamara|habitacion|bano|closet|sotano|cocina|pieza|cuartito|depa|apartamento|casa))?"
    r")"
)
_PHONE_GONE_36 = (
    r"(?:"
    r"(?:took|takes|grabbed|hid|smashed|broke|threw|has|taken|stole) (?:away )?my (?:cell ?phone|phone|cell|mobile)|"
    r"(?:writing|typing|texting|messaging|using|on|from|borrowed|borrowing) (?:this |from |on )?(?:my |a |the )?(?:\w+ ){0,2}?"
    r"(?:daughter|son|sister|brother|neighbor|neighbour|friend|mom|mother|kid|cousin|roommate|niece|nephew|aunt)(?:'s| s|s) (?:phone|cell)|"
    r"this is (?:my |a )?(?:\w+ )?(?:daughter|son|sister|brother|neighbor|neighbour|friend|mom|mother|kid|cousin|roommate|niece|nephew|aunt)(?:'s| s|s) (?:phone|cell)|"
    r"me (?:quito|quitaron|escondio|rompio|quebro|arrebato|agarro|tiro|estrello) (?:el|mi|los) (?:cel|celular|telefono|movil|fono|celulares|telefonos)|"
    r"se (?:llevo|agarro|quedo con) (?:el|mi) (?:cel|celular|telefono|movil)|"
    r"(?:escribo|escribiendo|te escribo|le escribo|les escribo|estoy usando|uso|mando esto|mandando esto|escribo esto) (?:desde |del |en el |con el |por el )?(?:cel|celular|telefono|movil) de (?:mi|una|un|la|el) \w+|"
    r"(?:este|es) (?:es )?el (?:cel|celular|telefono|movil) de (?:mi|una|un|la) \w+"
    r")"
)
_BREAKING_36 = (
    r"(?:"
    r"(?:breaking|smashing|throwing|destroying|trashing|wrecking|tearing up|punching holes in|kicking in|flipping) (?:everything|things|stuff|all|the (?:\w+ )?(?:house|place|apartment|furniture|tv|dishes|plates|doors?|walls?|table|chairs?|windows?))|"
    r"(?:smashed|broke|destroyed|trashed|wrecked|flipped|punched holes in|kicked in|busted) (?:everything|the (?:\w+ )?(?:tv|dishes|plates|furniture|door|doors|table|window|windows|walls?|house|place))|"
    r"(?:rompiendo|quebrando|destrozando|destruyendo|aventando|tirando|azotando|pateando|golpeando) (?:todo|cosas|las cosas|los platos|la casa|los muebles|las puertas|la puerta|la tele|la television|las paredes|la pared|lo que (?:encuentra|agarra))|"
    r"(?:rompio|quebro|destrozo|destruyo|tumbo|pateo) (?:todo|la puerta|la tele|la television|los platos|los muebles|la mesa|la casa)"
    r")"
)
KEPT_IN_36 = (
    rf"{_LOCKED_IN_36}[\s\S]{{0,160}}?\b(?:{_PHONE_GONE_36}|{_BREAKING_36})|(?:{_PHONE_GONE_36}|{_BREAKING_36})[\s\S]{{0,160}}?\b{_LOCKED_IN_36}"
)
# ...or the house broken now by a partner and the phone taken or another's phone used.
BREAKING_PHONE_GONE_36 = (
    rf"(?:{_PARTNER_36_EN}|{_PARTNER_36_ES}) (?:\w+ ){{0,2}}?(?:is |esta |anda |sigue )?{_BREAKING_36}[\s\S]{{0,160}}?\b{_PHONE_GONE_36}|"
    rf"{_PHONE_GONE_36}[\s\S]{{0,160}}?\b(?:{_PARTNER_36_EN}|{_PARTNER_36_ES}) (?:\w+ ){{0,2}}?(?:is |esta |anda |sigue )?{_BREAKING_36}"
)

# 2. Someone held by the hair or the neck with a knife now, and a threat to hurt her if anyone
# calls: the writer in the room or next door ("el novio de mi hermana la tiene agarrada del pelo con
# un cuchillo, dice que si alguien llama la mata").
_HELD_36 = (
    r"(?:"
    r"(?:has|is holding|holding|grabbed|got|has got|is pulling|pulling|is dragging|dragging) (?:her|him|my (?:\w+ )?(?:sister|brother|mom|mother|cousin|daughter|son|aunt|friend)) by (?:the|her|his) (?:hair|neck|throat)|"
    r"(?:la|lo|le) (?:tiene|esta|sigue|tienen) (?:agarrad[oa] |sujetad[oa] |sujet[oa] |tomad[oa] |cogid[oa] |jalando |agarrando |sujetando |arrastrando )?(?:del|de los|por el|por los|de el) (?:pelo|pelos|cabello|chongo|grenas|cuello)|"
    r"(?:la|lo) (?:agarro|jalo|arrastra|arrastro|tiene agarrad[oa]) (?:del|de los|por el|por los) (?:pelo|pelos|cabello|cuello)"
    r")"
)
_BLADE_36 = r"(?:knife|kitchen knife|blade|box cutter|machete|gun|pistol|cuchillo|navaja|machete|pistola|arma|filero|cuchilla)"
_BLADE_ON_HER_36 = (
    r"(?:"
    rf"(?:a |the |his |her )?{_BLADE_36} (?:to|at|against|on) (?:her|his|my (?:\w+ )?\w+(?:'s| s)) (?:throat|neck|head|face|chest|belly|stomach)|"
    rf"(?:le|la) (?:puso|tiene|pone|esta poniendo|apunta con) (?:un|el|una|la|su) {_BLADE_36}\b(?: (?:en|contra|a) (?:el|la) (?:cuello|garganta|cabeza|cara|pecho|panza|barriga))?"
    r")"
)
_IF_CALLED_36 = (
    r"(?:"
    r"if (?:anyone|anybody|someone|somebody|we|i|you|they) (?:calls?|calling|call|tries to call|try to call|dials?) (?:\w+ ){0,3}?"
    r"(?:(?:he|she) (?:will|would|is going to|is gonna|ll|d|will) )?(?:hurt|cut|kill|stab|shoot|slit|finish) (?:her|him|them)|"
    r"(?:hurt|cut|kill|stab|shoot) (?:her|him) if (?:anyone|anybody|someone|somebody|we|i|you|they) (?:calls?|call|calling|tries to call)|"
    r"si (?:alguien (?:llama|le habla|hace algo)|llamamos|llamo|llaman|llamas|le hablo|le hablamos|hablamos|hablo) (?:\w+ ){0,4}?"
    r"(?:la|lo|le) (?:mata|corta|lastima|apunala|acuchilla|pica|hace dano|va a (?:matar|cortar|lastimar|hacer dano|picar))"
    r")"
)
# (the branch up to the threat first: the whole attack is one span, so a "knife to her throat" or
# "slit her throat" inside it is his, never the writer's own self-harm)
HELD_AT_KNIFE_36 = (
    rf"(?:{_HELD_36}|{_BLADE_ON_HER_36}|{_BLADE_36})\b[\s\S]{{0,160}}?\b{_IF_CALLED_36}|{_IF_CALLED_36}\b[\s\S]{{0,120}}?\b(?:{_HELD_36}|{_BLADE_ON_HER_36})|"
    rf"{_HELD_36}\b[^.?!]{{0,80}}?\b{_BLADE_36}\b|{_BLADE_36}\b[^.?!]{{0,60}}?\b{_HELD_36}\b"
)

# 3. A pregnant woman pushed, thrown or hit minutes ago by her partner, with belly pain, bleeding or
# the baby not moving: an injury of the pregnancy (medical) and violence now.
_PREGNANT_36 = (
    r"(?:"
    r"(?:pregnant|pregnancy|expecting|\d+ (?:weeks|months) along|embarazada|embarazo|encinta|esperando (?:un )?bebe|panzona)"
    r")"
)
# (a push, a throw or a blow by someone named: never "the baby kicked me", "hit me with the news",
# "kicked me out of bed", "me empujo a venir")
_PUSH_VERBS_36_EN = (
    r"(?:pushed me|shoved me|threw me|slammed me|punched me|hit me|knocked me (?:down|over|to)|tripped me|body slammed me)\b"
    r"(?! (?:with|up|to (?:do|go|come|try|get|be|make|take|call|see|apply|finish|quit|start)|into (?:doing|going|coming|getting|taking|signing|it)|a (?:text|message|line|note|link|call)|out of (?:the|his|her) (?:group|chat|car|bed)))"
)
_PUSH_VERBS_36_ES = (
    r"me (?:empujo|empujon|aviento|avento|tiro|tumbo|azoto|estrello|pego|golpeo|pateo|dio (?:una |un )?(?:patada|golpe|punetazo|trompada|empujon))\b"
    r"(?! (?:a (?:\w+ )?\w+(?:ar|er|ir)\b|la (?:comida|ropa|pelota|bola|onda|gripa|gripe|idea)|un (?:mensaje|texto|recado)|(?:el|los) (?:chisme|rollo|cotorreo)))"
)
_PUSHED_36 = (
    r"(?:"
    rf"(?:{_PARTNER_36_EN}) (?:\w+ ){{0,3}}?(?:just )?(?:{_PUSH_VERBS_36_EN}|kicked me\b(?! out))|"
    rf"(?:{_PARTNER_36_ES}) (?:\w+ ){{0,3}}?{_PUSH_VERBS_36_ES}"
    r")"
)
_BELLY_HURTS_36 = (
    r"(?:"
    r"(?:belly|stomach|abdomen|tummy|uterus|womb|lower back)(?: is| feels)? (?:hurts|hurting|pain\w*|cramp\w*|aches|aching|tight|hard|killing me)|"
    r"(?:pain|cramp\w*|cramping|contractions|hurts) (?:in )?(?:my )?(?:belly|stomach|abdomen|tummy|lower belly)|"
    r"(?:i am |im )?(?:bleeding|spotting|cramping|having contractions)|(?:the )?baby (?:is not|has not|is barely|stopped) (?:moving|kicking|moved)|"
    r"me duele (?:mucho |bastante |horrible )?(?:la panza|la barriga|el vientre|el estomago|abajo|la espalda baja|el abdomen)|"
    r"dolor (?:de|en (?:la|el|mi)) (?:panza|barriga|vientre|estomago|abdomen)|colicos|contracciones|"
    r"(?:estoy |tengo )?(?:un poco de |algo de )?(?:sangrado|sangrando|manchando)|el bebe no se mueve|no siento al bebe|la panza (?:dura|apretada)"
    r")"
)
PREGNANT_PUSHED_36 = (
    rf"{_PREGNANT_36}\b[\s\S]{{0,120}}?\b{_PUSHED_36}[\s\S]{{0,160}}?\b{_BELLY_HURTS_36}|"
    rf"{_PUSHED_36}[\s\S]{{0,120}}?\b{_PREGNANT_36}\b[\s\S]{{0,120}}?\b{_BELLY_HURTS_36}|"
    rf"{_PUSHED_36}[\s\S]{{0,120}}?\b{_BELLY_HURTS_36}[\s\S]{{0,120}}?\b{_PREGNANT_36}\b"
)
# ...and the partner who did it gone out but coming back ("se fue pero va a regresar").
_COMING_BACK_36 = (
    r"(?:"
    r"(?:coming back|will be back|be back soon|gonna be back|going to be back|comes back|gets back|is on (?:his|her) way back|"
    r"va a (?:regresar|volver)|ya (?:vuelve|regresa|viene)|(?:regresa|vuelve) (?:pronto|al rato|ahorita|en un rato|ya)|dijo que (?:ya )?(?:vuelve|regresa)|"
    r"cuando (?:vuelva|regrese|llegue))"
    r")"
)
PUSHED_COMING_BACK_36 = rf"{_PUSHED_36}[\s\S]{{0,200}}?\b{_COMING_BACK_36}"

VIOLENCE = VIOLENCE + [
    # round 36 (b): kept in a room with the phone taken or the house broken; held with a knife and
    # a threat if anyone calls; pushed while pregnant, the partner coming back
    KEPT_IN_36, BREAKING_PHONE_GONE_36, HELD_AT_KNIFE_36, PUSHED_COMING_BACK_36,
]
MEDICAL = MEDICAL + [
    # round 36 (b): pushed, thrown or hit while pregnant, with belly pain or bleeding
    PREGNANT_PUSHED_36,
]
CATEGORY_PHRASES[categories.VIOLENCE.key] = VIOLENCE
CATEGORY_PHRASES[categories.MEDICAL.key] = MEDICAL
# --- round 36's suicide risk (helper a) ---------------------------------------------------------
# 1. A health worker (a pharmacist, a nurse, a pharmacy tech) who knows the lethal amount of a
# medicine, has counted it and set it aside, and names a time or says it on record ("i know
# exactly how much metoprolol it takes, i have counted it out and set it aside. tonight after my
# shift"; "se la dosis letal, ya las tengo contadas y apartadas para despues del trabajo"). Not a
# patient's or a customer's order counted for pickup.
_ENOUGH_TO_KILL_36 = (
    r"(?:it takes|it would take|(?:would|will|it would) (?:kill|be (?:lethal|fatal|deadly|enough)|do it|stop (?:a|my|the) heart)|is (?:lethal|fatal|deadly|enough)|to (?:die|kill|do it|stop (?:a|my|the) heart|not wake up)|"
    r"lethal|fatal|deadly|hacen? falta|se necesitan?|es (?:letal|mortal|suficiente)|son (?:letales|mortales|suficientes)|para (?:morir|no despertar|matar|parar el corazon)|matan?|bastan?)"
)
_KNOW_LETHAL_36 = (
    r"(?:know|knows|knew|calculated|worked out|figured out) (?:exactly |precisely |just )?(?:(?:how much|how many|what amount|the amount|what)\b[^.?!]{0,40}?\b" + _ENOUGH_TO_KILL_36 + r"|"
    r"the (?:lethal|fatal|deadly|toxic) (?:dose|amount|quantity)|the (?:exact|right|precise) (?:dose|amount|quantity)\b[^.?!]{0,40}?\b" + _ENOUGH_TO_KILL_36 + r")|"
    r"(?:lethal|fatal|deadly) (?:dose|amount|quantity)|would be (?:lethal|fatal|deadly)|"
    r"se (?:exactamente |bien )?(?:cuant[oa]s?|lo que|que cantidad)\b[^.?!]{0,40}?\b" + _ENOUGH_TO_KILL_36 + r"|se (?:exactamente |bien )?(?:la dosis|la cantidad) (?:letal|mortal)|(?:dosis|cantidad) (?:letal|mortal|fatal)"
)
_NOT_FOR_A_PATIENT_36 = r"(?:(?!\b(?:patient|patients|customer|customers|client|paciente|pacientes|cliente|clientes|pickup|pick up|recoger)\b)[^?])"
_SET_ASIDE_36 = (
    r"(?:counted|count|set|put|laid|lined|measured|pulled|kept|separated|portioned) (?:it |them |\w+ ){0,3}?(?:out|aside|apart|away|up)\b|"
    r"(?:have|got) (?:it|them|\w+) (?:all )?(?:counted|set aside|put aside|measured|ready)|(?:drawn|drew) (?:it |them )?up|"
    r"(?:lo|la|los|las) (?:tengo )?(?:ya )?(?:apartad[oa]s?|guardad[oa]s?|separad[oa]s?|contad[oa]s?|medid[oa]s?)|ya (?:lo|la|los|las) (?:conte|aparte|separe|guarde)|"
    r"(?:tengo|ya tengo) (?:\w+ ){0,3}?(?:apartad|guardad|separad|contad)\w*"
)
_WHEN_OR_RECORD_36 = (
    r"tonight|after (?:work|my shift|the shift|shift|my last shift|close|closing)|when i get (?:home|off)|"
    r"(?:on|for the) record|(?:was|is|it was|it is|was not|is not) not (?:an |a )?accident|no accident|"
    r"(?:not|never) asking (?:for )?(?:help|anyone)|just tired|only tired|simply tired|"
    r"esta noche|hoy en la noche|despues del trabajo|saliendo del trabajo|al salir del trabajo|despues de mi turno|cuando salga|"
    r"que (?:quede|conste) (?:claro|en record|por escrito)|no (?:fue|es|sera) (?:un )?accidente|no (?:estoy )?pid(?:o|iendo) ayuda|solo (?:estoy )?cansad[oa]"
)
_LETHAL_SET_ASIDE_36 = (
    rf"(?:{_KNOW_LETHAL_36})\b{_NOT_FOR_A_PATIENT_36}{{0,160}}?\b(?:{_SET_ASIDE_36})|"
    rf"(?:{_SET_ASIDE_36})\b{_NOT_FOR_A_PATIENT_36}{{0,160}}?\b(?:{_KNOW_LETHAL_36})"
)
LETHAL_AMOUNT_SET_ASIDE = (
    rf"(?:{_LETHAL_SET_ASIDE_36})(?=[^?]{{0,200}}?\b(?:{_WHEN_OR_RECORD_36}))|"
    rf"(?:{_WHEN_OR_RECORD_36})\b[^?]{{0,160}}?(?:{_LETHAL_SET_ASIDE_36})"
)

# 2. Carbon monoxide now: an engine running in a closed garage the writer sits in, or charcoal or a
# grill lit in a closed room ("i'm in the car in the garage with the door down and the engine
# on"; "estoy en el carro con el motor prendido dentro del garaje cerrado"; "prendi carbon en el
# cuarto y cerre las ventanas").
_ENGINE_ON_36 = (
    r"(?:car|engine|motor|carro|truck|coche|van|troca|camioneta|suv)\b[^.?!]{0,20}?\b(?:running|on|idling|going|prendid[oa]|encendid[oa]|andando|corriendo)"
)
_CLOSED_GARAGE_36 = (
    r"(?:closed|shut|sealed|locked|enclosed) (?:\w+ )?(?:garage|garaje|cochera)\b(?! (?:level|floor|roof|entrance))|(?:garage|garaje|cochera)\b[^.?!]{0,40}?\b(?:closed|shut|sealed|locked|door (?:is )?down|"
    r"cerrad[oa]|con la puerta (?:cerrada|abajo)|sellad[oa])|(?:dentro|adentro) (?:del|de la) (?:garaje|cochera)|inside (?:the |my )?garage"
)
_I_AM_IN_IT_36 = (
    r"(?:i am|im|sitting|sat|i sit|estoy|sentad[oa]|me sente|me meti|i got) (?:\w+ ){0,2}?(?:in|inside|en|dentro de|adentro de) (?:the |my |it|el |mi |la )"
)
_CHARCOAL_LIT_36 = (
    r"(?:lit|lighting|burning|light|started|prendi|prendo|encendi|prendiendo|quemando|puse) (?:\w+ ){0,3}?(?:charcoal|coals|grill|bbq|briquettes|hibachi|carbon|anafre|brasero|parrilla)|"
    r"(?:charcoal|coals|grill|briquettes|carbon|anafre|brasero) (?:is |are |esta |estan )?(?:lit|burning|going|prendid[oa]s?|encendid[oa]s?)"
)
_ROOM_36 = r"(?:bedroom|room|bathroom|apartment|closet|car|tent|basement|cuarto|recamara|habitacion|bano|apartamento|departamento|carro|closet|sotano|casa de campana)"
_CLOSED_ROOM_36 = (
    r"(?:closed|shut|sealed|taped|locked) (?:up )?(?:all )?(?:the |my |every )?(?:windows|window|door|doors|vents|cracks|room|bedroom|bathroom|apartment|car)|"
    r"(?:windows|door|doors|vents) (?:are |is )?(?:all )?(?:closed|shut|sealed|taped)|"
    r"cerre (?:todo|las ventanas|la puerta|las puertas|el cuarto|el bano|bien)|selle (?:todo|las ventanas|la puerta|el cuarto)|(?:ventanas|puertas?) (?:estan |esta )?(?:cerradas?|selladas?|tapadas?)|(?:cuarto|bano) (?:cerrado|sellado)"
)
_IN_A_ROOM_36 = rf"(?:in|inside|en|dentro de|adentro de) (?:the |my |a |el |mi |la |un )?{_ROOM_36}"
CO_NOW_36 = (
    rf"{_ENGINE_ON_36}\b[^.?!]{{0,60}}?\b(?:{_CLOSED_GARAGE_36})|(?:{_CLOSED_GARAGE_36})\b[^.?!]{{0,60}}?\b{_ENGINE_ON_36}|"
    rf"{_I_AM_IN_IT_36}\b[^.?!]{{0,50}}?\b(?:{_ENGINE_ON_36}|{_CLOSED_GARAGE_36})\b[^.?!]{{0,60}}?\b(?:{_ENGINE_ON_36}|{_CLOSED_GARAGE_36})|"
    rf"(?:{_CHARCOAL_LIT_36})\b[^.?!]{{0,30}}?\b{_IN_A_ROOM_36}\b[^.?!]{{0,60}}?\b(?:{_CLOSED_ROOM_36})|"
    rf"(?:{_CLOSED_ROOM_36})\b[^.?!]{{0,60}}?\b(?:{_CHARCOAL_LIT_36})\b[^.?!]{{0,30}}?\b{_IN_A_ROOM_36}|"
    rf"{_IN_A_ROOM_36}\b[^.?!]{{0,40}}?\b(?:{_CHARCOAL_LIT_36})\b[^.?!]{{0,60}}?\b(?:{_CLOSED_ROOM_36})"
)

# 3. An older person living alone who has put all their medicines together (a cup, a bowl) to take
# them at a set moment of the day ("i'm 84 and alone, all my pills are in a cup, i'll take them after
# my program"; "vivo sola, junte todas mis pastillas en una taza para tomarmelas despues de la
# cena"). A weekly organizer or a morning routine is no such gathering.
_MEDS_36 = r"(?:pills?|medicines?|medications?|meds|tablets?|prescriptions?|bottles?|pastillas|medicinas|medicamentos|pildoras|remedios|frascos)"
_VESSEL_36 = r"(?:cup|bowl|glass|dish|jar|mug|plate|pile|saucer|taza|tazon|vaso|plato|bol|vasija|frasco|platito|montoncito|monton)"
_ALL_TOGETHER_36 = (
    rf"(?:all|every|every one of|every single one of) (?:of )?(?:my |the )?(?:(?!morning|evening|night|nightly|bedtime|daily|noon|vitamin)\w+ )?{_MEDS_36}\b[^.?!]{{0,40}}?\b(?:in|into|together in|on) (?:a|one|the|my|this) (?:\w+ )?{_VESSEL_36}|"
    rf"(?:tod[oa]s) (?:mis |las |los )?(?:(?!vitamina)\w+ )?{_MEDS_36}(?! (?:de la manana|de la noche|del dia|de la tarde|de las? \d+|diari\w*))\b[^.?!]{{0,40}}?\b(?:en|dentro de) (?:una|un|la|el|mi) (?:\w+ )?{_VESSEL_36}|"
    rf"(?:junte|juntado|reuni|puse juntas|puse juntos) (?:tod[oa]s )?(?:mis |las |los )?{_MEDS_36}"
)
_NOT_ROUTINE_36 = (
    r"(?:(?!\b(?:every|each|daily|organizer|organiser|pill box|pillbox|pastillero|cada|diario|diariamente|todos los dias|todas las (?:mananas|noches)|as usual|como siempre|refill|pharmacy|farmacia|"
    r"remember|forget|reminder|so i do not|acordar\w*|olvid\w*|recordar|prescribed|recetad\w*|as directed|como me (?:dijo|indico))\b)[^?])"
)
_TAKE_AT_36 = (
    r"(?:take|swallow|drink|tomar|tomarmelas|tomarmelos|tragar|tragarmelas|me las voy a tomar|me los voy a tomar|me las tomo|me los tomo|tomarlas|tomarlos)\b"
    r"[^.?!]{0,40}?\b(?:after|at|when|once|tonight|despues de|despues del|cuando|a las|al terminar|esta noche)"
)
_ALONE_OLD_36 = (
    r"(?:alone|by myself|on my own|no one (?:comes|visits|calls|left)|nobody (?:comes|visits|calls|left)|widow\w*|since my (?:wife|husband) (?:passed|died)|"
    r"i am [6-9]\d\b|im [6-9]\d\b|[6-9]\d (?:years old|yrs old|yo)\b|old (?:man|woman|lady|age)|too old|"
    r"vivo sol[oa]|estoy sol[oa]|me quede sol[oa]|sol[oa] desde|viud[oa]|tengo [6-9]\d anos|[6-9]\d anos|ya (?:estoy|soy) (?:viej[oa]|mayor)|nadie (?:viene|me visita|me llama))"
)
_GATHERED_TO_TAKE_36 = rf"(?:{_ALL_TOGETHER_36})\b{_NOT_ROUTINE_36}{{0,80}}?\b{_TAKE_AT_36}"
ELDER_MEDS_GATHERED = (
    rf"{_ALONE_OLD_36}\b[^?]{{0,160}}?{_GATHERED_TO_TAKE_36}|{_GATHERED_TO_TAKE_36}\b[^?]{{0,160}}?\b{_ALONE_OLD_36}"
)

# 4. Someone else (a client, a supervisor, a coworker, a relative) who announced they would finally
# do it and showed the means, then left or cannot be reached; or who left a message saying they took
# everything in the cabinet and apologised to their children or said goodbye. Often written
# formally by a professional ("my client indicated he would finally do it, showed me a bottle of
# pills, and has since left the office").
_THEY_SAID_36 = (
    r"(?:told me|told us|said|saying|stated|stating|indicated|announced|informed me|voicemail|message|texted|wrote|"
    r"me dijo|nos dijo|dijo|diciendo|me aviso|anuncio|mensaje de voz|mensaje|me escribio|me texteo)"
)
_WOULD_DO_IT_36 = (
    r"(?:he|she|they) (?:would|was going to|were going to|is going to|are going to|will|planned to|intended to) (?:finally |now |just )?(?:do it|end it|go through with it|end (?:his|her|their) life|kill (?:himself|herself|themselves))|"
    r"(?:que |q )?(?:ahora si |por fin |finalmente |ya )?(?:lo|se) (?:iba a|va a|iban a|van a) (?:hacer|matar|quitar la vida)(?: por fin| finalmente| ya)?"
)
_SHOWED_MEANS_36 = (
    rf"(?:showed|show|shown|pulled out|held up|displayed|produced|brandished|took out|had|has) (?:me |us )?(?:a |the |his |her |their |some )?(?:\w+ )?(?:of )?(?:{PILLS}|pills|{FIREARM}|{LIGATURE}|{BLADE})|"
    rf"(?:me|nos) (?:enseno|mostro|saco) (?:una |la |el |las |los |unas |sus )?(?:\w+ )?(?:de )?(?:{PILLS}|pastillas|{FIREARM}|{LIGATURE}|{BLADE})"
)
_GONE_36 = (
    r"(?:left|has since left|walked out|went home|is gone|was gone|disappeared|unreachable|can not be reached|could not be reached|"
    r"(?:can not|could not|cannot|have not been able to) (?:reach|contact|locate|find|get (?:a )?hold of)|not (?:answering|responding|picking up|returning)|no answer|no response|"
    r"se fue|se marcho|desaparecio|no contesta|no responde|no (?:lo|la|los) (?:podemos |puedo |hemos podido )?(?:localizar|encontrar|contactar)|no (?:lo|la) localizamos|ilocalizable)"
)
_TOOK_EVERYTHING_36 = (
    r"(?:he|she|they) (?:had |has |have )?(?:just )?(?:taken|took|swallowed) (?:(?:everything|all|every pill) (?:in|from|out of|inside) (?:his|her|their|the) (?:\w+ )?(?:medicine )?(?:cabinet|bottles?|pill ?box|drawer)|"
    rf"all (?:of )?(?:his|her|their|the) (?:{PILLS}|pills|meds|medication|medicine|prescriptions))|"
    r"se (?:habia |ha )?(?:tomado|tomo|trago|tragado) (?:todo|todas|todos) (?:lo |las |los )?(?:del|de la|de su|en el|en su|que (?:tenia|habia) en (?:el|su)) (?:botiquin|gabinete|frasco|cajon)|"
    rf"se (?:habia |ha )?(?:tomado|tomo|trago|tragado) (?:todas|todos) (?:las|los|sus) (?:{PILLS}|pastillas|medicinas|medicamentos|pildoras)"
)
_APOLOGISED_36 = (
    r"(?:(?:apologi[sz]ed|apologi[sz]ing|said (?:he|she|they) (?:was|were) sorry|saying sorry|said sorry|asked (?:\w+ ){0,3}?to forgive(?: (?:him|her|them))?)"
    r"(?: to| for)? (?:his|her|their|the) (?:kids|children|son|sons|daughter|daughters|family|wife|husband|mother|mom|father|dad|parents)|said goodbye|saying goodbye|"
    r"(?:told|telling|tell) (?:his|her|their) (?:kids|children|son|sons|daughter|daughters|family|wife|husband) (?:that )?(?:he|she|they) (?:was|were|is|are) sorry|"
    r"tell (?:his|her|their|the) (?:kids|children|son|daughter|family) (?:he|she|they) lov\w*|"
    r"(?:pidio|pidiendo|pidiera|pedia) perdon (?:a )?(?:sus|su|a sus|a su) (?:hijos|hijas|hijo|hija|familia|esposa|esposo|mama|papa|padres)|"
    r"(?:le|les) pidiera perdon a (?:sus|su) (?:hijos|hijas|hijo|hija|familia|esposa|esposo)|se despidio|despidiendose|dijo adios)"
)
ANNOUNCED_MEANS_THEN_GONE = (
    rf"{_THEY_SAID_36}\b[^.?!]{{0,60}}?\b(?:{_WOULD_DO_IT_36})\b[^?]{{0,80}}?\b(?:{_SHOWED_MEANS_36})\b[^?]{{0,160}}?\b{_GONE_36}|"
    rf"{_THEY_SAID_36}\b[^.?!]{{0,60}}?\b(?:{_TOOK_EVERYTHING_36})\b[^?]{{0,120}}?\b{_APOLOGISED_36}"
)

# 5. Spanish, inside an ordinary question or an appointment: means kept aside "para terminar con
# todo" on a named day (a relative's pills, the ketamine spray); a knife and "terminar con esto
# hoy" with "nadie me va a extranar"; a farewell after taking what had been saved ("ya me tome lo
# que tenia guardado, diganle a mi hermana que la quiero").
_MEANS_ES_36 = r"(?:{PILLS}|pastillas|pildoras|spray|esketamina|ketamina|spravato|cuchillo|navaja|soga|cuerda|pistola|arma|veneno)".replace("{PILLS}", PILLS)
_KEPT_MEANS_ES_36 = (
    rf"(?:guardad[oa]s?|guarde|me guarde|tengo guardad[oa]s?|apartad[oa]s?|aparte|escondid[oa]s?|escondi|separad[oa]s?|junte)\b[^.?!]{{0,60}}?\b{_MEANS_ES_36}"
)
_HAVE_MEANS_ES_36 = rf"(?:{_KEPT_MEANS_ES_36}|(?:tengo|ya tengo|agarre|compre) (?:el |la |un |una |mi |los |las )?{_MEANS_ES_36})"
_END_IT_ALL_ES_36 = (
    r"(?:para |pa |y )?(?:terminar|acabar|termino|acabo|terminarlo|acabarlo|voy a terminar|voy a acabar) (?:con )?(?:todo|esto|todo esto|mi vida|de una vez)"
    r"(?! (?:el|la|los|las|lo|mi|mis|su|sus|este|esta|ese|esa|de|del|que) (?!(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|dia|fin)\b)\w+)"
)
_DAY_ES_36 = (
    r"(?:hoy|esta noche|manana|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|este (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|fin)|"
    r"en mi cumpleanos|el dia \d+|el \d+|pasado manana|ahorita|ahora)"
)
_NOBODY_MISS_ES_36 = r"(?:nadie me va a extranar|nadie me extrana|nadie me extranaria|nadie va a notar|a nadie le importa|nadie se va a dar cuenta|no le importo a nadie)"
MEANS_KEPT_TO_END_ES = (
    rf"{_KEPT_MEANS_ES_36}\b[^?]{{0,80}}?\b{_END_IT_ALL_ES_36}\b[^.?!]{{0,30}}?\b{_DAY_ES_36}|"
    rf"{_END_IT_ALL_ES_36}\b[^.?!]{{0,30}}?\b{_DAY_ES_36}\b[^?]{{0,80}}?\b{_KEPT_MEANS_ES_36}|"
    rf"(?:{_HAVE_MEANS_ES_36}|{_END_IT_ALL_ES_36})\b[^?]{{0,120}}?\b{_NOBODY_MISS_ES_36}|{_NOBODY_MISS_ES_36}\b[^?]{{0,120}}?\b(?:{_HAVE_MEANS_ES_36}|{_END_IT_ALL_ES_36})"
)
_TOOK_SAVED_ES_36 = (
    r"(?:ya )?me (?:tome|trague|meti|inyecte) (?:todo )?(?:lo que|las que|los que) (?:tenia|habia|tenia ya|llevaba) (?:guardad[oa]s?|ahorrad[oa]s?|escondid[oa]s?|juntad[oa]s?|apartad[oa]s?)\b(?! (?:de|del|of|para (?:el|la|mi) (?:viaje|fiesta|cena)))|"
    r"(?:i )?(?:already |just )?(?:took|swallowed|took all) (?:everything |all )?(?:what|that|the ones) i (?:had|have been) (?:saved|saving|stashed|stockpiled|hoarding|put aside|set aside)\b(?! (?:of|for (?:the|my) (?:trip|party)))"
)
_FAREWELL_AFTER_36 = (
    r"(?:diganle|dile|digale|avisenle|avisale|tell|let) (?:a )?(?:mi |my )?\w+|gracias por todo|thank you for everything|thanks for everything|"
    r"(?:los|las|te|la|lo) quiero|love you|adios|goodbye|perdon(?:enme)?|forgive me"
)
TOOK_SAVED_FAREWELL = (
    rf"{_TOOK_SAVED_ES_36}\b[^?]{{0,120}}?\b(?:{_FAREWELL_AFTER_36})|(?:{_FAREWELL_AFTER_36})\b[^?]{{0,80}}?\b{_TOOK_SAVED_ES_36}"
)

# 6. The ask tier: better off in the ground, under it, or with the dead (a first responder's lost
# ones); and the formal register of the same wish ("a conviction that my family would be better
# served by my absence"), which a "not in imminent danger" beside it does not cancel.
BETTER_OFF_GONE_36 = (
    r"(?:i|i would|i had|i will|i am|im|we|you|would) (?:\w+ )?(?:be )?better off (?:in the ground|under the ground|six feet under|in the grave|in a grave|buried|in a box|underground|"
    r"(?:with|joining) (?:them|the guys|my (?:brothers|guys|partner|crew|men)|the ones|those (?:i|we)|(?:the )?(?:dead|fallen))(?=[^.?!]{0,30}?\b(?:ground|grave|dead|died|gone|lost|could not save|couldnt save|did not make it|buried|fallen|we lost|i lost)\b)|"
    r"(?:with|joining) the (?:dead|fallen))|"
    r"(?:family|families|children|kids|wife|husband|partner|loved ones|everyone|everybody|those around me|people around me|others|the world|they|them|all)\b[^.?!]{0,30}?"
    r"(?:would be|would have been|are|is|be) better (?:served|off|placed) (?:by|with|through|in) (?:my|the) (?:absence|departure|passing|death|non ?existence|permanent absence)\b"
    r"(?! (?:at|from|in|during|for|on) (?:the|this|that|tomorrow|today|next|our|a)\b)|"
    r"(?:my )?absence would (?:be (?:a relief|better|a blessing|best)|serve (?:them|my family|everyone)|benefit)|"
    r"(?:serian|estarian) (?:mas )?(?:felices|mejor|mejor servidos) (?:con|por|ante) mi ausencia|mi ausencia (?:seria|les haria) (?:un alivio|mejor|un bien)|"
    r"estaria mejor (?:bajo tierra|enterrad[oa]|muert[oa]|con ellos)"
)

SELF_HARM = SELF_HARM + [
    # round 36 (a)
    LETHAL_AMOUNT_SET_ASIDE, CO_NOW_36, ELDER_MEDS_GATHERED, ANNOUNCED_MEANS_THEN_GONE, MEANS_KEPT_TO_END_ES, TOOK_SAVED_FAREWELL,
]
POSSIBLE_RISK = POSSIBLE_RISK + [
    # round 36 (a)
    BETTER_OFF_GONE_36,
]
CATEGORY_PHRASES[categories.SELF_HARM.key] = SELF_HARM
CATEGORY_PHRASES[categories.POSSIBLE_RISK.key] = POSSIBLE_RISK
# A nurse's or a pharmacist's own means set aside, an own plan told by one who names the trade ("soy
# enfermera", "as a nurse"): no case study for a class.
NOT_STUDY = NOT_STUDY + [LETHAL_AMOUNT_SET_ASIDE, ELDER_MEDS_GATHERED]
# --- round 36's leftover gaps (helper e): an emergency told beside a course --------------------
# 1. Someone who learned naloxone or CPR in a course ("hice el curso de naloxona", "i did a first aid
# course") and now has someone in front of them not responding, not breathing, blue or purple, and
# asks how many times to give it or what to do now. The course named is a study mark, and the signs
# became a topic; a sign happening now, told as a statement (not after "if", "si", "cuando"), is
# never a study topic. The course's own question ("how many doses if the person does not react?",
# "si la persona no reacciona") stays a topic.
_SIGN_NOW_EN_36E = (
    r"(?:still |now |just |really )?(?:not (?:breathing|responding|responsive|reacting|waking up|moving)|barely breathing|unresponsive|unconscious|out cold|"
    r"(?:turning |going |getting )?(?:blue|purple|gr[ae]y))\b"
)
_SIGN_NOW_ES_36E = (
    r"(?:ya |todavia |aun |sigue )?(?:no (?:respira|responde|reacciona|despierta|se mueve)|casi no respira|sin (?:responder|respirar|reaccionar|despertar)|"
    r"(?:esta |se esta poniendo |se puso |se esta quedando )(?:inconsciente|morad[oa]|azul|gris|palid[oa] y morad[oa])|inconsciente)\b"
)
# the head of a statement: a message's start, a clause after a stop or a comma, or "but / now"
_CLAUSE_HEAD_36E = (
    r"(?:(?<![\s\S])|(?<=[.,;:!?] )|(?<=[.,;:!?])|(?<=\bbut )|(?<=\bpero )|(?<=\bnow )|(?<=\bahora )|(?<=\bahorita )|(?<=\band now )|(?<=\by ahora )|(?<=\by ahorita ))"
)
_THIS_PERSON_EN_36E = (
    r"(?:(?:this|that) (?:guy|man|woman|lady|person|kid|girl|boy|dude)|(?:the|a) (?:guy|man|woman|lady|person|kid|girl|boy|dude) "
    r"(?:in front of me|next to me|beside me|here|right here|with me|on the floor|in the bathroom|at the \w+|on the \w+|in the \w+))"
)
_THIS_PERSON_ES_36E = (
    r"(?:(?:este|esta|ese|esa) (?:senor|senora|muchacho|muchacha|chavo|chava|joven|persona|hombre|mujer|chico|chica|nino|nina)|"
    r"(?:el|la|un|una) (?:senor|senora|muchacho|muchacha|chavo|chava|joven|persona|hombre|mujer|chico|chica) "
    r"(?:que tengo enfrente|que esta (?:aqui|aca|enfrente|conmigo)|enfrente de mi|frente a mi|a mi lado|al lado|aqui|aca|conmigo|del bano|en el \w+|en la \w+))"
)
SIGN_NOW_BESIDE_A_COURSE_36E = (
    # "..., she is not breathing", "el no responde, esta azul", "the person in front of me is not responding"
    rf"{_CLAUSE_HEAD_36E}(?:he|she|they|him|her) (?:is |are )?{_SIGN_NOW_EN_36E}|"
    rf"{_CLAUSE_HEAD_36E}(?:el|ella|ellos) {_SIGN_NOW_ES_36E}|"
    rf"{_THIS_PERSON_EN_36E} (?:is |are )?{_SIGN_NOW_EN_36E}|{_THIS_PERSON_ES_36E} {_SIGN_NOW_ES_36E}|"
    # the lips now: "his lips are blue", "tiene los labios morados", "se le pusieron los labios morados"
    rf"{_CLAUSE_HEAD_36E}(?:his|her|their) lips (?:are |r |look )?(?:turning |going |getting )?(?:blue|purple|gr[ae]y)\b|"
    r"(?<!si )(?<!cuando )tiene (?:los )?labios (?:morad\w*|azul\w*)|se le (?:pusieron|estan poniendo) (?:los )?labios (?:morad\w*|azul\w*)|"
    # "ahorita" with a sign in the same sentence, either order; the naloxone already given
    rf"ahorita\b[^.?!]{{0,60}}?\b{_SIGN_NOW_ES_36E}|{_SIGN_NOW_ES_36E}[^.?!]{{0,40}}?\bahorita\b|"
    r"ya le (?:puse|pusimos|di|dimos|eche|echamos|aplique|aplicamos) (?:\w+ ){0,3}?(?:naloxona|narcan|una|uno|la dosis|una dosis|el spray|rcp)\b"
)
NOT_STUDY = NOT_STUDY + [SIGN_NOW_BESIDE_A_COURSE_36E]


# --- round 37's known gaps (helper k): a bystander's person not answering and blue ---------------
# Someone in front of the writer now who does not answer and is blue, grey or purple, with no drug
# named ("the guy next to me on the bench not responding lips blue", "el senor de al lado no me hace
# caso y tiene los labios moraditos"). The cyanosis families already read "his lips are blue", but a
# "not answering" or "no me contesta" told just before the colour, with no "and" or "his" between,
# negated the colour; and "no me hace caso", "no me pela" and the diminutives "moraditos",
# "azulitos" were read by nothing. One span from the not-answering to the colour, added to both
# UNRESPONSIVE and CYANOSIS, so that the two signs together are read as an overdose with no drug
# named (detector._resolve, the naloxone steps), as the nearby family reads them. Not: texts,
# calls or messages not answered, a treatment not responded to, an app or a phone not responding.
_NOT_ANSWERING_EN_37 = (
    r"(?:(?:is|are|was) )?(?:not|will not|does not|did not|can not|has stopped|stopped|keeps not) (?:answering|responding|reacting|waking up|respond|answer|react|wake up|talking|talk)"
    r"(?! (?:to )?(?:my |his |her |the |any )?(?:texts?|calls?|messages?|emails?|phone|treatment|therapy|meds|medications?|medicine|questions?|door ?bell))(?: to me| me| at all| to anything)?"
)
_NOT_ANSWERING_ES_37 = (
    r"(?:ya )?no (?:me |nos )?(?:contesta|responde|reacciona|despierta|hace caso|pela|habla|dice nada|abre los ojos)"
    r"(?! (?:el|los|mis) (?:mensajes|textos|llamadas|telefono|celular))(?: nada)?"
)
_COLOUR_EN_37 = (
    r"(?:and |but |with )?(?:his |her |their |the |its )?(?:lips|lip|face|mouth|skin|fingers|fingertips|nails) (?:are |is |r |look |looks |went |have gone |has gone |turning |going |getting |kind of |kinda |all |a bit )*"
    r"(?:blue|purple|gr[ae]y|bluish|blueish|purplish|gr[ae]yish|ashen|ashy|dusky)\b|"
    r"(?:and |but )?(?:he is |she is |they are |is |he |she )?(?:turning|going|gone|getting|looks?|all) (?:kind of |kinda |a bit |all )?(?:blue|purple|gr[ae]y|bluish|purplish|gr[ae]yish|ashen)\b"
)
_COLOUR_ES_37 = (
    r"(?:y |pero |con )?(?:tiene |se le (?:pusieron|estan poniendo|ven|puso|esta poniendo) |sus |los |la |el )*(?:los |la |el )?(?:labios|boca|cara|piel|dedos|unas) "
    r"(?:(?:se )?(?:estan|esta|ve|ven|se ven|bien|muy|medio|como) )*(?:morad\w*|azul\w*|gris\w*|amoratad\w*|cenizo\w*)|"
    r"(?:y |pero )?(?:esta|se (?:esta )?(?:puso|poniendo|ve)) (?:como |todo |toda |bien |muy |medio )*(?:morad\w*|azul\w*|gris\w*|cenizo\w*)"
)
NOT_ANSWERING_AND_BLUE_37 = (
    rf"{_NOT_ANSWERING_EN_37},? (?:{_COLOUR_EN_37})|{_NOT_ANSWERING_ES_37},? (?:{_COLOUR_ES_37})"
)
UNRESPONSIVE = UNRESPONSIVE + [NOT_ANSWERING_AND_BLUE_37]
CYANOSIS = CYANOSIS + [NOT_ANSWERING_AND_BLUE_37]


# --- round 37's misses (helper a): violence now, a third person's risk, dialect, overdoses -------
# 1a. Hiding from a partner's rampage now, with a threat to kill the writer if anyone is called:
# hiding or shut in a room ("i'm hiding in the bathroom", "estoy escondida en el bano", "me encerre
# en el cuarto") or things thrown at the writer ("throwing the chairs at me", "me esta aventando los
# muebles"), and the threat "if i call anyone he'll kill me" / "dice que si llamo a alguien me mata".
_IF_I_CALL_37 = (
    r"(?:"
    r"if i (?:call|calls|text|tell|contact|phone|dial) (?:\w+ ){0,3}?(?:(?:he|she|they) (?:will |would |is going to |is gonna |ll |d )?)?(?:kill|hurt|beat|end) me|"
    r"(?:kill|hurt|beat) me if i (?:call|text|tell|contact|phone|dial)|"
    r"si (?:llamo|le hablo|hablo|aviso|le digo|marco|le marco|le llamo|pido ayuda) (?:\w+ ){0,4}?me (?:mata|va a matar|mataria|madrea|va a madrear|golpea|va a golpear|lastima|va a lastimar|parte la madre)|"
    r"me (?:mata|va a matar|mataria) si (?:llamo|le hablo|hablo|aviso|le digo|marco|pido ayuda)"
    r")"
)
_HIDING_37 = (
    r"(?:"
    r"(?:i am |im |been |i have been )?(?:hiding|hid|locked myself|barricaded myself|shut myself|holed up) (?:in|inside|under) (?:the|my|a|our|his|her) (?:\w+ )?"
    r"(?:room|bedroom|bathroom|closet|basement|garage|attic|kitchen|laundry room|bed|car)|"
    r"(?:estoy |ando )?escondid[oa] (?:en|dentro de|debajo de) (?:el|la|mi|un|una) (?:\w+ )?(?:cuarto|recamara|habitacion|bano|closet|sotano|cocina|cama|pieza|carro)|"
    r"me (?:escondi|encerre|atrinchere|meti) (?:en|dentro de|debajo de) (?:el|la|mi|un|una) (?:\w+ )?(?:cuarto|recamara|habitacion|bano|closet|sotano|cocina|cama|pieza)"
    r")"
)
_THROWN_AT_ME_37 = (
    r"(?:"
    r"(?:throwing|hurling|tossing|chucking|throws|threw) (?:the |his |her |our )?(?:\w+ )?(?:furniture|chairs?|things|stuff|plates|dishes|bottles|tables?|lamps?|everything) at me|"
    r"(?:me (?:esta |anda |sigue )?(?:aventando|tirando|tirado|lanzando|avento|tiro|lanzo)|(?:esta |anda )?(?:aventandome|tirandome|lanzandome)) (?:los |las |el |la |unas |unos )?(?:muebles|sillas|silla|cosas|platos|botellas|mesa|lamparas?|todo)"
    r")"
)
HIDING_FROM_THREAT_37 = (
    rf"(?:{_HIDING_37}|{_THROWN_AT_ME_37})\b[\s\S]{{0,200}}?\b{_IF_I_CALL_37}|{_IF_I_CALL_37}\b[\s\S]{{0,200}}?\b(?:{_HIDING_37}|{_THROWN_AT_ME_37})"
)

# 1b. A woman held down or pinned on the floor now by her partner, seen by the writer on a video call
# from far away, asking how to get the police to her ("her husband is holding her down on the floor
# RIGHT NOW, i'm on facetime from another state"; "su pareja la tiene tirada en el piso sujetandola,
# estoy en videollamada"). The pinning needs a "now", a call seen live, or a police question.
_PINNED_37 = (
    r"(?:"
    r"(?:has|have|got|is holding|holding|held|is pinning|pinning|pinned|is pushing|pushing|is forcing|forcing) (?:her|him|my (?:\w+ )?(?:sister|mom|mother|cousin|daughter|aunt|friend|niece|grandma)) "
    r"(?:pinned |held |trapped )?(?:down )?(?:on|to|against|into) (?:the|her|his|a) (?:floor|ground|bed|wall|couch|kitchen floor|carpet)|"
    r"(?:has|got) (?:her|him) pinned(?: down)?|(?:is )?holding (?:her|him) down|(?:is )?pinning (?:her|him) down|"
    r"(?:is )?(?:sitting|kneeling|laying|lying) on (?:top of )?(?:her|him)\b(?! (?:lap|bed|couch))|"
    r"(?:la|lo) (?:tiene|esta|sigue|tienen) (?:\w+ )?(?:tirad[oa]|sometid[oa]|inmovilizad[oa]|sujet[oa]|sujetad[oa]|agarrad[oa]|aplastad[oa]|sujetando|aplastando|sometiendo) (?:\w+ )?(?:en|contra) (?:el|la) (?:piso|suelo|pared|cama)|"
    r"tiene a (?:mi|su|la) (?:\w+ )?(?:hermana|mama|madre|prima|hija|tia|amiga|sobrina|abuela)\b[^.?!]{0,20}?(?:inmovilizad[oa]|sometid[oa]|tirad[oa] en el (?:piso|suelo)|sujet[oa]|aplastad[oa])|"
    r"(?:esta )?(?:sujetandola|aplastandola|sometiendola|inmovilizandola) (?:\w+ )?(?:en|contra) (?:el|la) (?:piso|suelo|pared|cama)|"
    r"(?:esta )?encima de ella (?:sujetandola|apretandola|ahorcandola|pegandole)"
    r")"
)
_SEEN_LIVE_37 = (
    r"(?:right now|as we speak|as i type|happening now|in real time|live|video ?call|facetime|face time|video chat|on (?:the )?(?:phone|camera|zoom|whatsapp) with (?:her|him)|"
    r"i can (?:see|hear) (?:it|her|him|them)|watching (?:it|this|them|her)|"
    r"ahora mismo|ahorita|en este momento|en vivo|videollamada|video llamada|por (?:la )?camara|lo estoy viendo|la estoy viendo|estoy viendo)"
)
_GET_POLICE_TO_HER_37 = (
    r"(?:(?:get|send|call|reach) (?:the )?(?:police|cops|911|help|an ambulance) (?:to|for) (?:her|him|them|my \w+)|"
    r"(?:police|cops|911) (?:in|where) (?:her|his|their|another|other) (?:city|state|town|county)|"
    r"(?:mandar|mando|mandarle|enviar|enviarle|llamar|llamarle|llame|llega|llegue|conseguir) (?:\w+ ){0,2}?(?:la )?(?:policia|patrulla|911|ayuda|ambulancia))"
)
# (the one pinning her named: a partner, an ex, "he"; never a cat or a wrestler)
_PARTNER_PINNED_37 = rf"(?:{_PARTNER_36_EN}|{_PARTNER_36_ES}) (?:\w+ ){{0,3}}?{_PINNED_37}"
PINNED_DOWN_NOW_37 = (
    rf"{_PARTNER_PINNED_37}\b(?=[\s\S]{{0,200}}?\b(?:{_SEEN_LIVE_37}|{_GET_POLICE_TO_HER_37}))|(?:{_SEEN_LIVE_37})\b[\s\S]{{0,200}}?\b{_PARTNER_PINNED_37}"
)

# 2. Someone else's photo of wrists or arms bleeding or cut, sent now with a farewell or an apology
# ("take care of mom", "sorry for everything", "cuida a mi mama") or followed by no answer: self-injury
# bleeding now. A fall, a bike, a dog or a kitchen is an accident, not this.
_BODY_CUT_37 = r"(?:wrists?|arms?|forearms?|thighs?|legs?|munecas?|brazos?|antebrazos?|piernas?|muslos?)"
_BLEEDING_37 = (
    r"(?:bleeding|cut(?: up| open)?|slashed|sliced|bloody|all bloody|covered in blood|in blood|with blood|gushing|"
    r"sangrando|cortad[oa]s?|rajad[oa]s?|ensangrentad[oa]s?|llen[oa]s? de sangre|con sangre|bien cortad[oa]s?)"
)
_PHOTO_OF_CUTS_37 = (
    rf"(?:photo|pic|picture|selfie|snap|image|video|foto|fotografia|imagen|video) (?:of|de) (?:his|her|their|sus|su) (?:own )?{_BODY_CUT_37} (?:\w+ ){{0,2}}?{_BLEEDING_37}"
)
_FAREWELL_37 = (
    rf"(?:{FAREWELL_MESSAGE})|take care of (?:my |the |our )?(?:mom|mother|dad|father|kids|children|family|grandma|sister|brother|baby|son|daughter)|"
    r"(?:i am|im) (?:so )?sorry\b(?! (?:for|about|to) (?!everything|all)\w+)|sorry for (?:everything|all of it)|forgive me|(?:cuida|cuiden|cuidame) (?:a |bien a )?(?:mi |mis |la |el |nuestra |nuestro )?\w+|perdon(?:ame|enme)?|lo siento"
)
_NO_ANSWER_37 = rf"(?:{NOT_ANSWERING})|no (?:me )?(?:contesta|responde)|(?:will not|wont|does not) (?:pick up|answer|reply)|phone (?:is )?off|celular apagado"
_ACCIDENT_37 = (
    r"(?![\s\S]*\b(?:fell|fall|bike|dog|cat bit|accident|kitchen|glass|crash|makeup|make up|halloween|costume|fake|prank|tattoo|surgery|stitches|movie|"
    r"se cayo|caida|bici|bicicleta|perro|accidente|cocina|vidrio|choque|maquillaje|disfraz|falsa|falso|broma|tatuaje|cirugia|puntadas|pelicula)\b)"
)
PHOTO_OF_CUTS_NOW_37 = (
    rf"(?={_PHOTO_OF_CUTS_37}\b{_ACCIDENT_37}[\s\S]{{0,200}}?\b(?:{_FAREWELL_37}|{_NO_ANSWER_37}))\w+|"
    rf"(?<=\b)(?=(?:{_FAREWELL_37})\b{_ACCIDENT_37}[\s\S]{{0,120}}?\b{_PHOTO_OF_CUTS_37})\w+"
)

# 3. The ask tier, someone else: a student, a child, a player told a teacher, a coach or an aunt in
# passing that it would not matter if he were not here, or that nobody would care or notice if she
# died or were gone ("a student said in passing that it wouldn't matter if he wasn't here"; "me dijo
# que a nadie le importaria si ella se muriera"). Not "if he was not here for the first class".
_TOLD_37 = (
    r"(?:said|says|say|saying|wrote|writes|written|told (?:me|us|her|him|the class|a friend)|mentioned|posted|commented|texted|shared|stated|let slip|"
    r"dijo|dice|escribio|me dijo|nos dijo|comento|menciono|publico|puso|le dijo)"
)
_NOBODY_CARES_37 = (
    r"(?:"
    r"it (?:would not|would not really|does not|will not|wouldnt|doesnt) matter (?:to anyone |to anybody )?if (?:he|she|they|i) (?:was not|were not|wasnt|werent|was gone|were gone|died|disappeared|was dead|were dead|did not exist|was not around|were not around)(?: here| around| anymore| alive)?|"
    r"(?:nobody|no one|no body|noone) (?:would|will|would even|will even|would ever) (?:care|notice|miss (?:him|her|them)|be sad)(?: at all)?(?: if (?:he|she|they|i) (?:died|was gone|were gone|was dead|disappeared|was not here|were not here|was not around|killed (?:himself|herself)))?|"
    r"no (?:importaria|le importaria a nadie|importa|va a importar) (?:a nadie )?si (?:el |ella |yo )?(?:no estuviera|no estoy|no existiera|desapareciera|se muriera|muriera|me muero|me muriera)(?: aqui| aca| mas| viv[oa])?|"
    r"(?:a )?nadie le (?:importaria|importa|va a importar) si (?:el |ella |yo )?(?:se muriera|se muere|muriera|desapareciera|no estuviera|ya no estuviera|se fuera para siempre|me muero|me muriera)|"
    r"nadie (?:lo|la|me) (?:extranaria|va a extranar|notaria)"
    r")"
)
_NOT_AN_ABSENCE_37 = (
    r"(?! (?:here|around|anymore|alive|aqui|aca|mas|vivo|viva|if|si|for|on|at|during|in|to|by|tomorrow|today|tonight|this|next|when|until|yet|early|late|in time|a la|al|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|manana|hoy|en la|en el|para|durante|a tiempo)\b)"
)
THIRD_NOBODY_CARES_37 = rf"{_TOLD_37}\b[^.?!]{{0,60}}?\b{_NOBODY_CARES_37}\b{_NOT_AN_ABSENCE_37}"

# 4. The ask tier, first person: Caribbean Spanish with elided endings ("toy cansá de vivir", "toy
# cansao de vivir"), and the thoughts of not wanting to exist come back ("the thoughts of not
# wanting to exist are back", "volvieron los pensamientos de no querer existir").
CANSAO_DE_VIVIR_37 = (
    r"(?:cansao|cansaa|cansaita|cansaito) de (?:vivir|existir|la vida|estar viv[oa])|"
    r"(?:toy|stoy|estoy|ya toy|ando|me siento|vivo|tamos|ya estoy) (?:bien |muy |tan |super )?cansa de (?:vivir|existir|la vida|estar viv[oa])"
)
_NOT_EXIST_37 = (
    r"(?:(?:thoughts?|ideas?|feelings?|urges?) (?:of|about) (?:not wanting to|wanting not to|wanting to not|no longer wanting to) (?:exist|be here|be alive|live|wake up|be around)|"
    r"(?:pensamientos?|ideas?|ganas) de (?:no querer|ya no querer) (?:existir|vivir|estar aqui|estar viv[oa]|despertar))"
)
_BACK_37 = (
    r"(?:are back|is back|came back|come back|coming back|have come back|keep coming|keeps coming|returned|have returned|again|are creeping back|"
    r"volvieron|han vuelto|regresaron|han regresado|otra vez|de nuevo|vuelven|regresan|tengo|me vienen|me llegan|i have|i get|i keep having|i am having|im having)"
)
NOT_WANTING_TO_EXIST_BACK_37 = rf"{_NOT_EXIST_37}\b[^.?!]{{0,30}}?\b{_BACK_37}\b|\b{_BACK_37}\b[^.?!]{{0,30}}?{_NOT_EXIST_37}"

# 5. An overdose seen by a bystander at work: someone down (behind a dumpster, a truck, "tirado"),
# pupils like pinpoints ("ojos como puntitos") and barely breathing, in any order.
_DOWN_37 = (
    r"(?:lying|laying|passed out|collapsed|slumped|knocked out|out cold|on the (?:ground|floor|pavement)|"
    r"tirad[oa]|desmayad[oa]|inconsciente|desplomad[oa]|en el (?:suelo|piso))"
)
_PINPOINT_37 = (
    r"(?:pin ?points?|pupils (?:are |look |got )?(?:tiny|super small|really small|very small|so small)|tiny pupils|"
    r"(?:ojos|pupilas) (?:como |de |bien |muy )?(?:puntitos|puntos|cabeza de alfiler|chiquititas|chiquitas|pequenitas|puntiformes|como alfiler))"
)
_BREATH_BAD_37 = rf"(?:{ODD_BREATHING}|casi no respira|not breathing|no respira|respira (?:muy )?poco)"
PINPOINT_DOWN_37 = (
    rf"{_DOWN_37}\b[^?]{{0,160}}?\b{_PINPOINT_37}\b[^?]{{0,160}}?\b{_BREATH_BAD_37}|"
    rf"{_DOWN_37}\b[^?]{{0,160}}?\b{_BREATH_BAD_37}\b[^?]{{0,160}}?\b{_PINPOINT_37}|"
    rf"{_PINPOINT_37}\b[^?]{{0,160}}?\b{_DOWN_37}\b[^?]{{0,160}}?\b{_BREATH_BAD_37}|"
    rf"{_PINPOINT_37}\b[^?]{{0,160}}?\b{_BREATH_BAD_37}\b[^?]{{0,160}}?\b{_DOWN_37}"
)

# 6. Acetaminophen (or another pain reliever) counted by the pack: a whole blister, box or sleeve
# taken for a toothache ("went through a whole sleeve of tylenol", "se tomo el blister entero de
# paracetamol", "toda la caja"), fine for now, asking whether to go to the ER. Not a box used up
# over a week, nor one bought.
_PAIN_RELIEVER_37 = (
    r"(?:tylenol|acetaminophen|acetaminofen|paracetamol|panadol|tempra|excedrin|ibuprofen|ibuprofeno|advil|motrin|aleve|naproxen|naproxeno|aspirin|aspirina|"
    r"pain (?:pills|killers|relievers|meds)|painkillers|analgesicos|pastillas (?:para|de)l? dolor)"
)
_WHOLE_PACK_37 = (
    r"(?:(?:a |the |his |her |my |their )?(?:whole|entire|full) (?:blister(?: pack)?|box|sleeve|pack|packet|strip|card|bottle)|"
    r"(?:el|la|un|una|su|mi) (?:blister|caja|cajita|tira|paquete|sobre|frasco|bote|empaque)s? (?:entero|entera|completo|completa)|"
    r"(?:todo el|toda la|toditito el|todita la) (?:blister|caja|cajita|tira|paquete|sobre|frasco|bote|empaque))"
)
_OVER_A_WEEK_37 = (
    r"(?! (?:\w+ ){0,4}?(?:this|last|a|per|every|over (?:the|a)) (?:week|month|weekend|year)|"
    r" (?:\w+ ){0,4}?(?:esta|la|por|cada) semana| (?:\w+ ){0,4}?(?:este|el|al|por|cada) mes)"
)
_PACK_TAKEN_37 = (
    rf"(?:{TOOK}|went through|finished|polished off|killed|se acabo|se termino|se echo|se metio|se empino) (?:\w+ ){{0,2}}?{_WHOLE_PACK_37} (?:of |de )(?:\w+ )?{_PAIN_RELIEVER_37}\b{_OVER_A_WEEK_37}"
)
_ER_ASK_37 = (
    r"(?:\ber\b|e\.r|emergency room|emergency|hospital|urgent care|poison control|urgencias|emergencias|emergencia|hospital|toxicologia|"
    r"fine for now|ok for now|okay for now|seems (?:fine|ok|okay)|por ahora (?:esta|se siente) bien|ahorita (?:esta|se siente) bien|de momento esta bien)"
)
PACK_OF_PAIN_RELIEVER_37 = rf"{_PACK_TAKEN_37}(?=[\s\S]{{0,240}}?{_ER_ASK_37})"

VIOLENCE = VIOLENCE + [
    # round 37 (a): hiding from a rampage with a threat if anyone is called; held down now, seen live
    HIDING_FROM_THREAT_37, PINNED_DOWN_NOW_37,
]
SELF_HARM = SELF_HARM + [
    # round 37 (a): someone else's photo of bleeding wrists with a farewell or no answer
    PHOTO_OF_CUTS_NOW_37,
]
SELF_INJURY_NOW = SELF_INJURY_NOW | {PHOTO_OF_CUTS_NOW_37}
POSSIBLE_RISK = POSSIBLE_RISK + [
    # round 37 (a): a third person's "nobody would care if i died"; dialect and abstract first-person wordings
    THIRD_NOBODY_CARES_37, CANSAO_DE_VIVIR_37, NOT_WANTING_TO_EXIST_BACK_37,
]
OVERDOSE = OVERDOSE + [
    # round 37 (a): down, pinpoint pupils and barely breathing; a whole pack of a pain reliever
    PINPOINT_DOWN_37, PACK_OF_PAIN_RELIEVER_37,
]
CATEGORY_PHRASES[categories.VIOLENCE.key] = VIOLENCE
CATEGORY_PHRASES[categories.SELF_HARM.key] = SELF_HARM
CATEGORY_PHRASES[categories.POSSIBLE_RISK.key] = POSSIBLE_RISK
CATEGORY_PHRASES[categories.OVERDOSE.key] = OVERDOSE

# --- round 38's suicide risk (helper a) -----------------------------------------------------------
# 1. A plan told by a place, a means and a time, with no suicide word: a platform, a subway line or a
# train picked with a time ("picked the platform, tomorrow at rush hour", "ya escogi el tren de las
# ocho"); at the edge of a roof or a bridge now ("estoy en la orilla de la azotea ahorita"); the gas
# on in a shut kitchen; the pills or a weapon in one's hand with "give me one reason"; the pills taken
# with "don't tell anyone"; a means brought home from work (a vial from the lab, drugs from the unit,
# nitrous from the office) with "i know exactly how much" and a day; farewell texts scheduled;
# everything left ready and the key given to a neighbour; thinking of jumping from a bridge or a roof;
# a plan to drown oneself in the tub. Not a commuter's platform (the exit, the clinic, work), a trip.
_TIME_38 = (
    r"(?:tonight|tomorrow|today|this (?:morning|afternoon|evening|weekend)|at rush hour|at \d+|at (?:noon|midnight|dawn)|"
    r"(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|esta (?:noche|tarde|madrugada)|manana|hoy|en hora pico|"
    r"a las \w+|de las \w+|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|este fin)"
)
_COMMUTE_38 = (
    r"(?![\s\S]*\b(?:exit|parking|clinic|appointment|commute|to work|my stop|transfer|ticket|luggage|clinica|cita|trabajo|boleto|salida|estacionamiento|maleta|viaje|trip)\b)"
)
PLATFORM_PICKED_38 = (
    rf"(?:picked|chose|chosen|scoped out|found|ya escogi|escogi|ya elegi|elegi|ya tengo) (?:\w+ ){{0,3}}?(?:platform|line|train|express|tracks?|subway|metro|anden|tren|vias?|linea)"
    rf"\b{_COMMUTE_38}[^?]{{0,60}}?\b{_TIME_38}"
)
EDGE_NOW_38 = (
    r"(?:estoy|ando|me pare|parad[oa]|sentad[oa]|i am|standing|sitting) (?:\w+ ){0,2}?(?:en |on )?(?:la |el |the )?(?:orilla|borde|cornisa|ledge|edge) "
    r"(?:de(?:l| la)|of the) (?:azotea|techo|puente|edificio|barandal|roof|bridge|building|balcony|balcon)"
    r"(?=[^?]{0,80}?\b(?:ahorita|ahora|right now|now|solo queria (?:decir|contar)\w*|just wanted to tell))"
)
GAS_SHUT_IN_38 = (
    r"(?:(?:gas|stove|oven|estufa|horno) (?:is |esta )?(?:turned on|on|prendid[oa]|abiert[oa])|(?:turned on|opened|prendi|abri) (?:the |el |la )?(?:gas|stove|oven|estufa|horno))"
    r"\b(?![\s\S]*\b(?:cook\w*|cocinando|cocinar|dinner|cena|leak|fuga|smell|olor|huele)\b)[^?]{0,60}?\b"
    r"(?:(?:windows|doors?|kitchen|ventanas|puertas?|cocina) (?:are |is |estan |esta )?(?:shut|closed|sealed|taped|cerrad[oa]s?)|"
    r"(?:shut|closed|sealed|cerre) (?:the |all the |la |las |el |toda la )?(?:kitchen|windows|doors?|cocina|ventanas|puertas?))"
)
IN_HAND_REASON_38 = (
    r"(?:(?:pills|gun|knife|razor|blade|rope|pastillas|pistola|navaja|cuchillo|soga) (?:are |is |esta |estan )?in my hand|"
    r"(?:tengo|traigo) (?:las|la|el|una|mis|un) (?:pastillas|pistola|navaja|cuchillo|soga|arma) en (?:la|mi) mano)"
    r"[^?]{0,60}?\b(?:give me (?:one|a|1|a single) (?:good )?reason|tell me why not|dame (?:una|un|1) (?:sola )?(?:razon|motivo)|dime por que no)"
)
TOOK_SECRET_38 = (
    r"(?:(?:ya )?me (?:tome|trague) (?:todas )?(?:las|mis) pastillas|i (?:already |just )?(?:took|swallowed) (?:all )?(?:the|my) pills)"
    r"[^?]{0,40}?\b(?:no le (?:digan|digas) (?:nada )?a nadie|no se lo (?:digan|digas) a nadie|que nadie (?:sepa|se entere)|"
    r"do not tell (?:anyone|anybody|my \w+)|dont tell (?:anyone|anybody)|nobody can know)"
)
_FROM_WORK_38 = (
    r"(?:from|out of|del|de la) (?:the |my |el |la |mi )?(?:lab|laboratory|unit|ward|work|job|office|hospital|pharmacy|clinic|supply room|laboratorio|trabajo|piso|oficina|farmacia|unidad|consultorio)"
)
MEANS_FROM_WORK_38 = (
    rf"{_FROM_WORK_38}\b[^?]{{0,80}}?\b(?:know exactly how much|se exactamente cuant[oa]s?|ya se cuant[oa]s? (?:necesito|tomar|me toca))\b(?=[^?]{{0,60}}?\b{_TIME_38})"
)
FAREWELL_SCHEDULED_38 = (
    r"(?:scheduled|set|timed|queued|programe|deje programad[oa]s?) (?:\w+ ){0,2}?(?:goodbye|farewell|last|final) (?:texts?|messages?|emails?|letters?|posts?)|"
    r"(?:programe|deje programad[oa]s?|programad[oa]s?) (?:\w+ ){0,2}?(?:mensajes?|correos?|cartas?) de despedida|"
    r"(?:mensajes?|correos?|cartas?) de despedida (?:programad\w*|para que se (?:manden|envien))"
)
KEY_LEFT_38 = (
    r"(?:(?:ya )?deje todo (?:preparado|listo|arreglado|en orden)|left everything (?:ready|in order|arranged|sorted))"
    r"\b(?![\s\S]*\b(?:viaje|viajo|vacaciones|mudanza|plantas|trip|travel\w*|vacation|moving|plants)\b)[^?]{0,60}?\b"
    r"(?:le di (?:la llave|las llaves|mi llave)|deje (?:la llave|las llaves)|gave (?:the |my )?keys? to)"
)
_JUMP_PLACE_38 = r"(?:puente|azotea|techo|edificio|balcon|barandal|vias|metro|tren|acantilado|bridge|roof|ledge|tracks|train|overpass)"
THINKING_OF_JUMPING_38 = (
    rf"(?:{_JUMP_PLACE_38}\b[^?]{{0,60}}?\b(?:pensando (?:en )?|pienso |quiero |voy a |ganas de )(?:tirarme|aventarme|lanzarme|arrojarme)|"
    rf"(?:pensando (?:en )?|pienso |quiero |voy a |ganas de )(?:tirarme|aventarme|lanzarme|arrojarme) (?:del|de la|desde el|desde la) {_JUMP_PLACE_38})"
)
DROWN_PLAN_38 = (
    r"(?:pienso|voy a|quiero|planeo|pensando en|pense en|i am going to|i plan to|i will|thinking of|thinking about) (?:ahogarme|drown(?:ing)? myself) "
    r"(?:en|in) (?:la |el |the |my )?(?:banera|tina|rio|lago|mar|alberca|piscina|bathtub|tub|river|lake|pool|ocean|sea)"
)

# 2. A third person's stated intent told by the writer: half the pills taken and the rest to come
# ("she already took half the pills and will take the rest", "ya se tomo la mitad de las pastillas
# y se va a tomar el resto"); an old man who gives away his medals and tonight goes to be with his
# late wife, pills in the drawer.
HALF_THEN_REST_38 = (
    r"(?:took|taken|swallowed|se tomo|se trago|tome) (?:half|la mitad)(?: of)? (?:de )?(?:the |her |his |my |las |sus |mis )?(?:pills|pastillas|bottle|frasco|meds|medicinas)"
    r"[^?]{0,60}?\b(?:(?:will|gonna|going to|is going to|plans to|wants to) take (?:the rest|the others|all the rest|the other half)|"
    r"(?:se va a tomar|se tomara|va a tomar|me voy a tomar|quiere tomarse) (?:el resto|las demas|las otras|la otra mitad))"
    r"(?![\s\S]*\b(?:as prescribed|prescribed|as directed|doctor|pharmacist|receta\w*|indicad\w*|antibiotic\w*|with food|con comida|next (?:dose|week)|"
    r"la proxima (?:dosis|semana)|dose|dosis|in the morning|en la manana|manana)\b)"
)
LATE_SPOUSE_TONIGHT_38 = (
    r"(?:(?:go|goes|going|to go) to be with (?:his|her|my) (?:late|dead|deceased) \w+|"
    r"(?:se va|se ira|me voy|irse|irme|reunirse|estar) (?:a ir )?con (?:su|mi) (?:difunt[oa]|fallecid[oa])(?: \w+)?)"
    r"(?=[\s\S]{0,120}?\b(?:tonight|today|pills|gave away|medals|esta noche|hoy|pastillas|regalo))|"
    r"(?:tonight|today|pills|gave away|medals|esta noche|hoy|pastillas|regalo)\b[\s\S]{0,120}?\b"
    r"(?:(?:go|goes|going|to go) to be with (?:his|her|my) (?:late|dead|deceased) \w+|"
    r"(?:se va|se ira|me voy|irse|irme|reunirse|estar) (?:a ir )?con (?:su|mi) (?:difunt[oa]|fallecid[oa]))"
)

# 3. Passive wishes, the ask tier (possible_risk), often inside an ordinary question: thinking about
# not existing, "i'd like to just stop too", "wish i could log off for good", "ojala fuera yo" of
# people dying, "me estoy rindiendo con la vida", "seria mas facil no estar", going away "ni de la
# vida", a relative for whom life is not worth it ("pa que sigue"), "shoulda just died in there",
# "nothing out here for me", "don't see the point of any of it". Not "stop working so much", a
# philosophy class, logging off Facebook, "me rindo con esta tarea".
PASSIVE_WISH_38 = (
    r"i (?:have been |keep |am |was |often |sometimes )?(?:thinking|think|thought) (?:\w+ ){0,2}?about not (?:existing|being here|being alive|being around)"
    r"(?![\s\S]*\b(?:philosoph\w*|class|course|essay|paper|lecture|seminar|book|professor)\b)|"
    r"(?:(?:like|want|wanna) to (?:just )?stop too(?= *(?:[.!,]|$))|(?:like|want|wanna) to just stop(?= *(?:[.!,]|$| everything| it all| for good)))"
    r"(?![\s\S]*\b(?:smok\w*|drink\w*|vap\w*|cigarettes?|alcohol|weed|quit (?:smoking|drinking)|diet\w*|working|work)\b)|"
    r"wish i could (?:log off|log out|sign off|clock out|check out|shut down|switch off|power down|turn off) (?:for good|forever|permanently)"
    r"(?! (?:from|of|on)\b)(?![\s\S]*\b(?:facebook|instagram|social media|twitter|tiktok|app|account|email|work|slack)\b)|"
    r"(?:me estoy rindiendo|me rindo|me rendi|ya me rendi|me di por vencid[oa]|me doy por vencid[oa]) con la vida|"
    r"seria (?:mas facil|mejor|mas sencillo) (?:no existir|no estar(?: aqui| viv[oa]| en este mundo)?(?! (?:en|con|de|para|tan|ahi|alli|a|al)\b))|"
    r"(?:irme|desaparecer|no volver)\b[^.?!]{0,40}?\b(?:ni )?de (?:la vida|este mundo)|"
    r"(?:should|shoulda|should have|should of) (?:just )?(?:died|stayed dead|not made it|not survived)(?! (?:laughing|of|from))\b(?![\s\S]*\b(?:lol|lmao|haha\w*|jaja\w*)\b)|"
    r"(?:is not|aint|there is) nothing (?:out )?(?:here|left) for me(?! (?:to|at|in this|on|but)\b)|"
    r"(?:do not|dont|can not) see the point (?:of|in) (?:any of it|anything|it all|any of this|living|life|going on)|"
    r"(?:la vida no vale la pena|life (?:is not|isnt) worth (?:it|living))\b[^?]{0,40}?\b(?:pa'?|para) que (?:sigue|siga|sigo|seguir)(?= *(?:[.,!?]|$| vivo| viva| viviendo))"
)
_DEATH_WORD_38 = r"(?:morir|muere|mueren|murio|murieron|muerto|muertos|muriendo|died|dying|die|dies|dead|killed)"
OJALA_FUERA_YO_38 = (
    rf"{_DEATH_WORD_38}\b[^?]{{0,80}}?\b(?:ojala (?:hubiera sido|hubiese sido|fuera|fuese) yo|i wish (?:it|that) (?:was|were|had been) me)\b|"
    rf"(?:ojala (?:hubiera sido|hubiese sido|fuera|fuese) yo|i wish (?:it|that) (?:was|were|had been) me)\b(?=[^?]{{0,80}}?\b{_DEATH_WORD_38}\b)"
)

SELF_HARM = SELF_HARM + [
    # round 38 (a): a plan by place, means and time; a third person's stated intent
    PLATFORM_PICKED_38, EDGE_NOW_38, GAS_SHUT_IN_38, IN_HAND_REASON_38, TOOK_SECRET_38, MEANS_FROM_WORK_38,
    FAREWELL_SCHEDULED_38, KEY_LEFT_38, THINKING_OF_JUMPING_38, DROWN_PLAN_38, HALF_THEN_REST_38, LATE_SPOUSE_TONIGHT_38,
]
POSSIBLE_RISK = POSSIBLE_RISK + [
    # round 38 (a): passive wishes
    PASSIVE_WISH_38, OJALA_FUERA_YO_38,
]
CATEGORY_PHRASES[categories.SELF_HARM.key] = SELF_HARM
CATEGORY_PHRASES[categories.POSSIBLE_RISK.key] = POSSIBLE_RISK


# --- round 38's violence at home now (helper e) ---------------------------------------------------
# Someone hurt, choked or threatened at home right now, told by the victim or by a witness who is
# hiding (a grandmother, a nanny, a home care worker with her client), in English (second-language
# English too: "he push her to the floor", "he still in the apartment shouting") and Spanish. The
# signs: an attack told as just done (grabbed by the throat, choked, pushed or thrown to the floor or
# into a wall, a head slammed against the wall; "me agarro del cuello", "me empujo", "me dio con la
# cabeza contra la pared", "estrello a la mama contra la pared") beside the attacker still there or
# coming back (still yelling in the living room, outside the room, will not leave; "sigue gritando
# afuera", "esta afuera del cuarto", "ya viene") or the writer hiding or locked in (the bedroom, the
# nursery, the bathroom; "me encerre", "encerrada en el bano"). An ex who got in and will not leave,
# with the phone broken, the writer hiding, or a threat for "when i come out" ("cuando salga me va a
# golpear"). Abuse long past, a TV plot, loud neighbours with no harm, a pillow fight and "my boss is
# going to kill me" carry none of these pairs, or go through the detector's past, story and idiom
# checks.
_VICTIM_38_EN = (
    r"(?:me|her|him|us|them|my (?:\w+ )?\w+|the (?:mother|mom|mum|wife|woman|lady|girl|grandma|grandmother|kids?|children|baby|client|patient)|"
    r"his (?:\w+ )?(?:wife|girlfriend|mother|mom|grandma|grandmother|sister|partner)|her (?:\w+ )?(?:husband|boyfriend|son|kid|child|baby))"
)
# (not a body part of one's own nor a game: "pushed me on the swing", "threw me the ball")
_ATTACK_38_EN = (
    r"(?:"
    rf"(?:grabbed|grabs|grab|seized|took|had|choked|held) {_VICTIM_38_EN} (?:by|around) the (?:throat|neck)|"
    r"(?:grabbed|grab|squeezed|squeeze|crushed|had (?:his|her) hands (?:around|on)) (?:my|her|his|our \w+ s) (?:throat|neck)|"
    rf"(?:choked|choke|strangled|strangle) {_VICTIM_38_EN}\b(?! (?:up|on|with (?:laughter|emotion)))|"
    rf"(?:pushed|push|shoved|shove|threw|throw|slammed|slam|knocked|knock|body slammed|tossed|flung|smashed|hurled) {_VICTIM_38_EN} "
    r"(?:(?:\w+ ){0,2}?(?:down|to the (?:floor|ground)|on the (?:floor|ground)|onto the (?:floor|ground)|(?:into|against) (?:a|the) (?:\w+ )?"
    r"(?:wall|door|doorframe|door frame|table|floor|counter|fridge|refrigerator|dresser|stove|cabinet|mirror|window|corner|tv)|down the (?:stairs|hall))\b)|"
    r"(?:slammed|slam|banged|bang|smashed|smash|hit|hits|hitted|beat|bashed) (?:my|her|his) head (?:into|against|on|onto) (?:a|the) (?:wall|door|floor|table|counter)"
    r")"
)
_ATTACK_38_ES = (
    r"(?:"
    r"(?:me|la|lo|le|nos) (?:agarro|agarra|tomo|apreto|apreta|jalo|cogio|sujeto) (?:del|por el|el|de la|la) (?:cuello|garganta)|"
    r"(?:me|la|lo) (?:ahorco|ahorca|estrangulo|empujo|empuja|tiro|tumbo|avento|aviento|azoto|estrello|aplasto)\b(?! (?:a (?:\w+ )?\w+(?:ar|er|ir)\b|la (?:pelota|bola|comida|onda)))|"
    r"(?:me|le|la) (?:dio|pego|estrello|azoto|golpeo) (?:con )?la cabeza (?:contra|en) (?:la|el) (?:pared|puerta|piso|suelo|mesa)|"
    r"(?:estrello|azoto|avento|aviento|empujo|tiro|aventó|golpeo|ahorco|agarro) a (?:la|mi|su|el) (?:\w+ )?(?:mama|madre|esposa|mujer|senora|abuela|hija|hermana|novia|pareja|nina|nino|bebe)"
    r")"
)
_STILL_HERE_38 = (
    r"(?:"
    r"(?:is|s|are)? ?still (?:here|there|home|out there|outside|downstairs|upstairs|in (?:the|my|our|her|his) (?:\w+ )?(?:room|kitchen|house|apartment|hall|hallway|place|flat)|"
    r"(?:yelling|screaming|shouting|hollering|swearing|cursing|banging|raging)(?! (?:with (?:laughter|joy)|and laughing|happily|at the (?:game|tv|screen)))|drunk|going|at it)|"
    r"(?:is|s) (?:right )?outside (?:the|my|our|her) (?:\w+ )?(?:room|door|bedroom|bathroom|nursery)|"
    r"(?:will not|wont|refuses to|does not want to|is not going to) (?:leave|go)\b|"
    rf"{_COMING_BACK_36}|back (?:any minute|soon|in a (?:minute|few|bit))|"
    r"(?:sigue|todavia (?:esta|sigue)|aun (?:esta|sigue)) (?:aqui|aca|alli|ahi|en la casa|afuera|adentro|gritando|insultando|golpeando|tomando|borracho|en (?:la|el) \w+)|"
    r"(?:esta|se quedo) (?:afuera|fuera|enfrente|detras) (?:del|de la|de mi) (?:cuarto|puerta|bano|recamara|habitacion)|"
    r"no se (?:quiere )?(?:ir|va|sale)|ya (?:viene|vuelve|regresa)|viene de regreso"
    r")"
)
_HIDING_38 = (
    r"(?:"
    r"(?:i|we) (?:locked|barricaded|shut) (?:myself|ourselves|us|me|the (?:kids|children|baby|door)|(?:my|the|our) (?:\w+ )?(?:door|room))\b|"
    r"(?:i am|im|we are|were|i m|am|we) (?:\w+ )?(?:locked|hiding|shut|barricaded|trapped) (?:in|inside|with)\b|"
    r"(?:typing|texting|writing|messaging) (?:this )?from (?:the|my|a) (?:bathroom|closet|bedroom|room)|"
    r"hiding (?:in|inside|under) (?:the|my|a|our|her) (?:\w+ )?(?:room|bedroom|bathroom|closet|nursery)|"
    r"me (?:encerre|escondi)|nos (?:encerramos|escondimos)|encerrad[oa]s? en|escondid[oa]s? en|"
    r"(?:te |les |le )?escribo (?:desde|del) (?:el )?(?:bano|closet|cuarto|recamara)"
    r")"
)
# (not a small child, a pet, a therapist or a coach at play or at work: "my toddler pushed me down";
# "\s", not a space, inside a look-behind: a phrase family's spaces may take a comma)
_NOT_PLAY_38 = "".join(
    rf"(?<!{who}\s)(?<!{who}\sjust\s)(?<!{who}\sthen\s)(?<!{who}\salso\s)"
    for who in ("toddler", "baby", "puppy", "dog", "cat", "horse", "therapist", "trainer", "coach", "instructor",
                "wave", "waves", "perro", "perrito", "gato", "bebe", "nene", "nena", "terapeuta", "entrenador")
)
_ATTACK_38 = rf"{_NOT_PLAY_38}(?:{_ATTACK_38_EN}|{_ATTACK_38_ES})"
_AFTER_38 = rf"(?:{_STILL_HERE_38}|{_HIDING_38})"
ATTACKED_STILL_HERE_38 = rf"{_ATTACK_38}[\s\S]{{0,200}}?(?<!\w){_AFTER_38}|{_AFTER_38}\b[\s\S]{{0,200}}?\b{_ATTACK_38}"

# An ex or a partner who got in and will not leave: the phone broken, the writer hiding, or a threat
# for when the writer comes out ("said he is going to f** me up when i come out", "dice que cuando
# salga me va a golpear").
_GOT_IN_38 = (
    r"(?:"
    r"(?:got|came|pushed (?:his|her) way|forced (?:his|her) way|barged|broke|let (?:himself|herself)|walked|climbed|snuck) (?:in|into) (?:(?:my|the|our) (?:apartment|place|house|home|flat|room))?|"
    r"(?:will not|wont|refuses to|does not want to) (?:leave|go)\b|"
    r"se (?:metio|brinco|colo) (?:a|en) (?:mi|la|el) (?:casa|depa|departamento|apartamento|cuarto)|entro a (?:mi|la) (?:casa|depa|departamento|apartamento|cuarto)|no se (?:quiere )?(?:ir|va|sale)"
    r")"
)
_WHEN_OUT_38 = (
    r"(?:"
    r"(?:going to|gonna|will|is going to|ll) (?:f\*+|fuck|f|eff|mess|beat|hurt|kill|jump|smash|break|end|get|rearrange|do) (?:\w+ )?(?:me|my face|my \w+)(?: up)?\b[^.?!]{0,30}?"
    r"\b(?:when|once|if|as soon as|the second|the minute) i (?:come|get|step|walk|go) out|"
    r"(?:when|once|if|as soon as|the second|the minute) i (?:come|get|step|walk|go) out\b[^.?!]{0,30}?\b(?:going to|gonna|will|ll) (?:f\*+|fuck|f|eff|mess|beat|hurt|kill|jump|smash|break|end|get) (?:me|my)|"
    r"(?:cuando|si|en cuanto|apenas) salga\b[^.?!]{0,40}?\bme (?:va a|vas a) (?:\w+ )?(?:matar|golpear|pegar|partir|madrear|romper|reventar|ahorcar|acabar)|"
    r"me (?:va a|vas a) (?:matar|golpear|pegar|partir|madrear|romper|reventar|ahorcar|acabar)\b[^.?!]{0,40}?\b(?:cuando|si|en cuanto|apenas) salga"
    r")"
)
_PHONE_BROKEN_38 = (
    r"(?:(?:broke|smashed|took|threw|stomped on|cracked) my (?:cell ?phone|phone|cell|mobile)|"
    r"(?:me )?(?:rompio|quebro|quito|estrello|tiro) (?:el|mi) (?:cel|celular|telefono|movil))"
)
_EX_38 = rf"(?:{_PARTNER_36_EN}|{_PARTNER_36_ES}|(?:mi|my) ex)"
EX_WILL_NOT_LEAVE_38 = (
    rf"{_EX_38} (?:\w+ ){{0,3}}?{_GOT_IN_38}[\s\S]{{0,200}}?\b(?:{_WHEN_OUT_38}|{_PHONE_BROKEN_38}[\s\S]{{0,160}}?{_HIDING_38}|{_HIDING_38}[\s\S]{{0,160}}?{_PHONE_BROKEN_38})|"
    rf"{_HIDING_38}[\s\S]{{0,200}}?\b{_WHEN_OUT_38}|{_WHEN_OUT_38}[\s\S]{{0,200}}?\b{_HIDING_38}"
)

VIOLENCE = VIOLENCE + [
    # round 38 (e): an attack just done with the attacker still there or the writer locked in; an ex
    # who got in and will not leave, the phone broken, a threat for when the writer comes out
    ATTACKED_STILL_HERE_38, EX_WILL_NOT_LEAVE_38,
]
CATEGORY_PHRASES[categories.VIOLENCE.key] = VIOLENCE



# --- round 38's overdose and medical (helper b) ------------------------------------------------
# 1. An overdose told by its signs after too much of a drug now: a count of pills ("me tome 8 de las
# oxicodonas", "about ten sleeping pills", "a whole box of paracetamol"), pills "de mas", "twice",
# "otra vez", pills mixed up or taken together ("mixed up his pills, gabapentin and tramadol"), a drug
# on top of drinking ("drinking all day then took his back pills", "ketamina y luego una botella de
# vino"), weed or a pill that "had something", or a child who drank from a methadone cup; then a
# sign now: breath going ("se me va el aire"), snoring breaths, floppy, very sleepy or dizzy, slow
# speech, eyes closing, half passed out, jerking, vomiting, cannot be woken. A routine dose twice a
# day, a dose as prescribed, a question about it or a past event is not this (the detector's
# question, past and Poison-Control filters; "dos veces al dia" is no double dose).
_TAKE_38 = (
    r"(?:took|swallowed|downed|popped|ate|drank|snorted|sniffed|smoked|chewed|"
    r"me tome|se tomo|tomo|tome|me acabo de tomar|se acaba de tomar|me meti|se metio|se echo|me eche|fumo|fume|se fumo|me fume|"
    r"inhalo|esnifo|se esnifo|bebio|se bebio|trago|se trago|me trague|se comio|me comi)"
)
_DRUG_38 = (
    r"(?:pills?|meds|medications?|medicines?|tablets?|capsules?|pastillas?|pildoras?|medicinas?|medicamentos?|tabletas?|capsulas?|"
    r"oxy\w*|oxicodonas?|percocets?|percs|vicodin|norcos?|hydrocodone|hidrocodona|tramadol|methadone|metadona|morphine|morfina|fentanyl|fentanilo|"
    r"dilaudid|codeine|codeina|suboxone|gabapentin[a]?|lyrica|pregabalina?|xanax|xannies|bars|alprazolam|clonazepam|klonopin|rivotril|valium|diazepam|ativan|lorazepam|"
    r"ambien|zolpidem|seroquel|quetiapina?|trazodone?|benadryl|sleeping pills|sleep aids?|pastillas (?:para|de) dormir|"
    r"paracetamol|tylenol|acetaminophen|acetaminofen|ketamin[ae]|ket|special k|keta)"
)
_MANY_38 = (
    r"(?:(?:[4-9]|[1-9]\d|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|treinta|"
    r"a handful|un punado|a bunch|un monton|too many|demasiadas|muchas|all (?:of )?(?:his|her|my|their|the)|todas (?:las|sus|mis))"
    r"(?! ?(?:mg|mgs|ml|mcg|milligrams?|miligramos?|gramos?|grams?|g|units?|unidades|hours?|horas?|days?|dias?|weeks?|semanas?|minutes?|minutos?|years?|anos|am|pm|de la (?:manana|tarde|noche))\b)|"
    r"(?:a |the |una |la |el )?(?:whole|entire|full) (?:box|bottle|pack|blister|sleeve|strip)|(?:una|la) caja (?:entera|completa)|(?:un|el) (?:frasco|bote|blister) (?:entero|completo)|toda la caja|todo el frasco)"
)
_TWICE_38 = (
    r"(?:(?:again |otra vez,? |de nuevo,? )?(?:de mas|too many|twice|two times|dos veces|double|doble|dobles))"
    r"(?! (?:a|al|por|per|each|every|cada|daily|diario|diarias) ?(?:day|dia|week|semana|night|noche|morning|manana)?\b)"
)
_ALCOHOL_38 = (
    r"(?:drinking|drank|drunk|booze|wine|beer|beers|vodka|tequila|whiskey|liquor|alcohol|shots|"
    r"(?:estuvo|estaba|ha estado|andaba|estuvimos) (?:tomando|bebiendo|chupando|pisteando)|bebiendo|borrach[oa]|vino|cervezas?|chelas|caguamas?|guaro|aguardiente|pisto|ron|licor)"
)
_LACED_38 = (
    r"(?:weed|pot|joint|blunt|vape|pen|gummy|gummies|pill|mota|marihuana|marijuana|porro|churro|toque|gomita|pastilla|cigarro) "
    r"(?:that|which|que|q) (?:\w+ )?(?:had|tenia|traia|trae|tiene|llevaba) (?:something|algo)|laced|(?:con|with) algo (?:raro|mas)|something (?:in|on) it"
)
_BABY_38 = r"(?:baby|toddler|bebe|bebito|bebita|nene|nena|nino|nina|hijit[oa]|chiquit[oa]|\d+ (?:year|yr|month)s? old|de \d+ (?:anos|meses))"
_STRONG_SIGN_38 = (
    r"(?:se (?:me|le) va el aire|(?:me|le) falta el aire|no (?:puedo|puede|podia) respirar|(?:can|could) not (?:catch (?:my|his|her|a) breath|breathe|stay awake|keep (?:his|her|my|their) eyes open|wake (?:him|her|them)(?: up)?)|"
    r"not breathing|barely breathing|breathing (?:badly|bad|weird|funny|slow|slowly|strange|shallow)|snor\w+|gurgl\w+|floppy|limp|"
    r"barely (?:awake|stay awake|conscious)|(?:eyes|eye) (?:keep |keeps |are |is )?(?:closing|rolling)|"
    r"slurr\w+|talking (?:slow|slowly|funny|weird)|(?:half |kind of |kinda )?passed out|jerking|twitching|seizing|fell|collapsed|"
    r"respira (?:mal|raro|feo|roncando|lento|despacio|como roncando)|roncando|ronca|aguad\w+|flojit\w+|"
    r"se (?:le|me) (?:cierran|estan cerrando|cierra) los ojos|habla (?:lento|raro|arrastrado|arrastrando|despacio|mocho)|arrastra (?:las palabras|la lengua)|"
    r"(?:medio |casi )?desmayad\w+|se desmayo|temblando|convulsion\w+|no (?:lo|la|le) (?:puedo|podemos|pude) despertar|no despierta|se cayo|boca arriba)"
)
_WEAK_SIGN_38 = (
    r"(?:(?:so |very |super |really |extremely |all )?(?:sleepy|drowsy|dizzy|out of it)|throwing up|threw up|vomit\w*|puking|puked|"
    r"(?:muy |bien )?(?:sonolient\w+|adormilad\w+)|(?:con )?mucho sueno|(?:muy |bien )?maread\w+)"
)
_SIGN_38 = rf"(?:{_STRONG_SIGN_38}|{_WEAK_SIGN_38})"
# (the window between the drug and the sign: never a dose as prescribed)
_WINDOW_38 = r"(?:(?!as prescribed|as usual|like always|como siempre|recetad|como me (?:la|lo|las|los) recet)[^?]){0,160}?"
_TAKEN_TOO_MUCH_38 = (
    r"(?:"
    rf"{_TAKE_38} (?:like |about |around |maybe |como |unas? |unos |casi |almost )?{_MANY_38} (?:\w+ ){{0,3}}?{_DRUG_38}|"
    rf"{_TAKE_38} (?:\w+ ){{0,4}}?{_DRUG_38} (?:\w+,? ){{0,4}}?{_TWICE_38}|"
    rf"(?:mixed up|got (?:his|her|my|their) (?:pills|meds|medications?) mixed up|confundio|se confundio de|revolvio|se equivoco de) (?:\w+ ){{0,2}}?{_DRUG_38}|"
    rf"{_TAKE_38} (?:\w+ ){{0,2}}?{_DRUG_38} (?:and|y|with|con|plus|mas) (?:\w+ ){{0,2}}?{_DRUG_38} (?:together|juntos|juntas|at the same time|al mismo tiempo|a la vez)|"
    rf"{_BABY_38} (?:\w+ ){{0,3}}?(?:drank|sipped|swallowed|got into|se tomo|tomo|bebio|se bebio|se trago|se comio) (?:\w+ ){{0,5}}?(?:methadone|metadona|suboxone|oxy\w*|fentanyl|fentanilo|pills|pastillas)"
    r")"
)
# (a drug on top of drinking, or weed or a pill that "had something": told by a strong sign only)
_MIXED_WITH_DRINK_38 = (
    r"(?:"
    rf"{_ALCOHOL_38}\b[^?]{{0,80}}?\b{_TAKE_38} (?:\w+ ){{0,4}}?{_DRUG_38}|"
    rf"{_TAKE_38} (?:\w+ ){{0,4}}?{_DRUG_38}\b[^?.]{{0,40}}?\b{_ALCOHOL_38}|"
    rf"{_TAKE_38} (?:\w+ ){{0,3}}?(?:{_LACED_38})"
    r")"
)
TOO_MUCH_WITH_SIGNS_38 = (
    rf"{_TAKEN_TOO_MUCH_38}\b{_WINDOW_38}\b{_SIGN_38}(?!\w)|{_MIXED_WITH_DRINK_38}\b{_WINDOW_38}\b{_STRONG_SIGN_38}(?!\w)"
)

# 2. A child poisoned by a household product: nail polish remover, a laundry or dishwasher pod bitten,
# bleach, drain cleaner, lamp oil, a button battery, and now vomiting, coughing, drooling, dizzy or
# sleepy ("mi nina mordio una capsula de detergente y esta tosiendo y babeando").
_CHILD_38 = (
    r"(?:baby|toddler|son|daughter|kid|child|boy|girl|grandson|granddaughter|nephew|niece|\d+ ?(?:year|yr|month|mo)s? old|"
    r"bebe|bebito|bebita|nene|nena|nino|nina|hijo|hija|hijit[oa]|chiquit[oa]|nieto|nieta|sobrin[oa]|de \d+ (?:anos|meses))"
)
_PUT_IN_MOUTH_38 = (
    r"(?:bit|bit into|chewed(?: on)?|swallowed|drank|ate|licked|sucked on|got into|put (?:\w+ ){0,2}?in (?:his|her|their) mouth|"
    r"mordio|mordisqueo|se comio|comio|chupo|lamio|se tomo|tomo|bebio|se bebio|se trago|trago|se metio|se echo)"
)
_PRODUCT_38 = (
    r"(?:(?:laundry|detergent|dishwasher|tide|washing) (?:pods?|capsules?|packets?|tablets?)|pods? de (?:detergente|ropa)|capsulas? (?:de |del |para )?(?:detergente|lavar|jabon|lavavajillas|lavaplatos|ropa)|"
    r"quitaesmalte|quita esmalte|removedor de esmalte|acetona|nail polish remover|acetone|bleach|cloro|lejia|clorox|blanqueador|destapacanos|destapa canos|drain cleaner|drano|"
    r"oven cleaner|toilet (?:bowl )?cleaner|limpiador\w*|ammonia|amoniaco|antifreeze|anticongelante|lamp oil|aceite (?:de|para) lampara|gasolina|gasoline|kerosene|queroseno|"
    r"insecticida|raid|matarratas|rat poison|veneno (?:para|de) (?:ratas|ratones|cucarachas)|fabuloso|pinol|suavizante|fabric softener|windex|"
    r"detergente|jabon (?:de|para) (?:ropa|platos|trastes|lavar))"
)
_CHILD_SIGN_38 = (
    r"(?:vomit\w*|throwing up|threw up|puking|cough\w*|tos|tosiendo|drool\w*|babea\w*|dizzy|maread\w+|sleepy|drowsy|sonolient\w+|(?:con )?(?:mucho )?sueno|"
    r"crying in pain|burn\w*|(?:le )?arde|ardor|(?:can|could) not breathe|no puede respirar|respira (?:mal|raro)|wheez\w*|choking|ahogando\w*|floppy|aguad\w+|"
    r"boca (?:roja|quemada|hinchada)|mouth (?:is )?(?:red|burned|burnt|swollen))"
)
CHILD_PRODUCT_SIGNS_38 = (
    rf"{_CHILD_38} (?:\w+ ){{0,4}}?{_PUT_IN_MOUTH_38} (?:\w+ ){{0,5}}?{_PRODUCT_38}\b"
    r"(?:(?!(?:is|seems|looks|esta|parece|se ve) (?:totally |completely |perfectly |muy |bien )?(?:fine|ok|okay|bien|normal)\b)[^?]){0,140}?"
    rf"\b(?<!no\s)(?<!not\s)(?<!sin\s)(?<!without\s)(?<!any\s)(?<!ni\s)(?<!nor\s){_CHILD_SIGN_38}(?!\w)"
)
OVERDOSE = OVERDOSE + [TOO_MUCH_WITH_SIGNS_38, CHILD_PRODUCT_SIGNS_38]
CATEGORY_PHRASES[categories.OVERDOSE.key] = OVERDOSE

# A button battery or magnets swallowed by a child (a burn inside, not a poisoning): medical, in
# Spanish too ("se metio una pila de boton en la boca y esta babeando").
BUTTON_BATTERY_SWALLOWED_38 = (
    rf"{_CHILD_38} (?:\w+ ){{0,4}}?{_PUT_IN_MOUTH_38} (?:\w+ ){{0,4}}?(?:pilas? (?:de boton|redondas?|de reloj|chiquitas?)|(?:button|coin|watch) batter(?:y|ies)|magnets|imanes)"
)
MEDICAL = MEDICAL + [BUTTON_BATTERY_SWALLOWED_38]

# 3. Medical emergencies told in plain words, mostly in Spanish: chest pain with a numb or tingling
# arm ("dolor de pecho y el brazo dormido", a boss asking what to tell the driver); sharp pain low on
# the right of the belly with fever or vomiting; sudden nonsense words or gibberish with confusion or
# a start just now ("empezo a hablar puras incoherencias hace rato"); a pad or towel soaked every
# twenty minutes or hour; no longer sweating in the heat with dizziness or vomiting.
_CHEST_38 = (
    r"(?:chest (?:pain|pains|pressure|tightness|hurts|is hurting|feels tight)|pain in (?:his|her|my|the) chest|"
    r"dolor (?:de|en el) pecho|(?:me|le|te) duele (?:mucho )?el pecho|presion en el pecho|opresion en el pecho|pecho apretado)"
)
_ARM_38 = (
    r"(?:(?:left |right |his |her |my )*arm (?:is |feels |went |goes |keeps )?(?:numb|tingl\w+|dead|heavy|asleep|weak)|numb(?:ness)? (?:in )?(?:his |her |my |the )?(?:left )?arm|"
    r"(?:el )?brazo (?:izquierdo )?(?:dormido|entumido|entumecido|adormecido|adormilado|pesado|sin fuerza|con hormigueo)|"
    r"se (?:le|me) (?:duerme|durmio|entume|entumio|adormece) el brazo|hormigueo en el brazo)"
)
# (asked about, a topic; never across a past: "my arm is numb after the vaccine and i had chest pain last year")
_NOT_PAST_38 = r"(?:(?!last|ago|yesterday|hace|ayer|pasad[oa]|used to|solia|once|una vez)[^?.]){0,60}?"
_NO_PAST_AFTER_38 = r"(?![^?.]{0,25}?\b(?:last|ago|yesterday|ayer|pasad[oa]|hace (?:\w+ )?(?:anos|meses|semanas|dias)))"
CHEST_AND_ARM_38 = (
    rf"!{_CHEST_38}\b{_NOT_PAST_38}\b{_ARM_38}{_NO_PAST_AFTER_38}|{_ARM_38}\b{_NOT_PAST_38}\b{_CHEST_38}{_NO_PAST_AFTER_38}"
)
_RLQ_38 = (
    r"(?:(?:lower|bottom) right (?:side|belly|abdomen|stomach|tummy|quadrant|abdominal)|right lower (?:side|belly|abdomen|quadrant)|right side (?:low|lower|low down)|"
    r"on the right side(?: of (?:my|his|her) (?:belly|stomach|tummy|abdomen))? low(?: down)?|"
    r"lado derecho (?:de )?(?:abajo|bajo)|abajo a la derecha|parte (?:baja|de abajo) (?:del lado )?derech[oa]|bajo vientre derecho|derecha abajo)"
)
_PAIN_38 = r"(?:pain|hurts|hurting|ache|aching|cramp\w*|dolor|duele|punzada)"
_FEVER_OR_VOMIT_38 = r"(?:fever|fiebre|calentura|vomit\w*|throwing up|threw up|puking|nausea\w*|temperatura de \d+|temp of \d+)"
RIGHT_LOWER_PAIN_38 = (
    rf"{_PAIN_38} (?:\w+ ){{0,6}}?{_RLQ_38}\b[^?]{{0,100}}?\b{_FEVER_OR_VOMIT_38}|"
    rf"{_RLQ_38} (?:\w+ ){{0,2}}?{_PAIN_38}\b[^?]{{0,100}}?\b{_FEVER_OR_VOMIT_38}|"
    rf"{_FEVER_OR_VOMIT_38}\b[^?]{{0,80}}?\b{_PAIN_38} (?:\w+ ){{0,6}}?{_RLQ_38}"
)
_NONSENSE_38 = (
    r"(?:(?:talking|speaking|saying|says|said) (?:\w+ )?(?:gibberish|jibberish|nonsense|words that (?:make no|do not make) sense|random words|things that (?:make no|do not make) sense)|"
    r"words (?:are )?(?:all )?(?:jumbled|mixed up|scrambled)|"
    r"(?:habla|hablar|hablando|dice|decir|diciendo) (?:\w+ )?(?:incoherencias|cosas sin sentido|palabras sin sentido|disparates|cosas que no tienen sentido|palabras (?:raras|revueltas))|"
    r"no se le entiende(?: nada| lo que dice)?|se le (?:traban|revuelven) las palabras)"
)
_SUDDEN_38 = (
    r"(?:confus\w+|confundid[oa]|desorientad[oa]|disoriented|suddenly|de repente|de la nada|out of nowhere|all of a sudden|"
    r"\d+ (?:minutes|mins|minutos) ago|hace (?:\d+|unos|como) minutos|hace (?:un )?rato|just (?:started|now)|acaba de empezar|empezo hace)"
)
SUDDEN_NONSENSE_38 = rf"{_NONSENSE_38}\b[^?]{{0,80}}?\b{_SUDDEN_38}|{_SUDDEN_38}\b[^?]{{0,80}}?\b{_NONSENSE_38}"
_SOAK_38 = r"(?:soak\w*|fill\w*|going through|bleed\w* through|llen\w*|empap\w*|mojando|moja|traspas\w*|cambiando|cambio)"
PAD_EVERY_FEW_MINUTES_38 = (
    rf"{_SOAK_38} (?:\w+ ){{0,2}}?(?:pads?|towels?|toallas?(?: femeninas?| sanitarias?)?|kotex|panales?|maxi ?pads?)\b[^?.]{{0,20}}?\b"
    r"(?:every|each|cada|in) (?:\d+|10|15|20|30|half an|media|una|an|less than an|menos de una) ?(?:min\w*|hours?|horas?)"
)
_NO_SWEAT_38 = (
    r"(?:(?:is |are )?not sweating(?: anymore| any more| at all)?|(?:stopped|quit) sweating|no longer sweating|no (?:esta )?sudando|ya no (?:esta )?sud\w+|dejo de sudar|"
    r"(?:skin|piel) (?:is )?(?:hot and dry|dry and hot|seca y caliente|caliente y seca))"
)
_HEAT_SIGN_38 = r"(?:heat|sun|hot|calor|sol|dizzy|maread\w+|vomit\w*|throwing up|confus\w+|confundid\w+|passed out|desmay\w+|vision|ve (?:todo )?negro|se le pone (?:todo )?negro)"
NO_SWEAT_IN_HEAT_38 = rf"{_NO_SWEAT_38}\b[^?]{{0,80}}?\b{_HEAT_SIGN_38}|{_HEAT_SIGN_38}\b[^?]{{0,80}}?\b{_NO_SWEAT_38}"
MEDICAL = MEDICAL + [CHEST_AND_ARM_38, RIGHT_LOWER_PAIN_38, SUDDEN_NONSENSE_38, PAD_EVERY_FEW_MINUTES_38, NO_SWEAT_IN_HEAT_38]
CATEGORY_PHRASES[categories.MEDICAL.key] = MEDICAL

# An acid, bleach or another chemical splashed into an eye, told in Spanish with "el ojo" ("me
# salpico acido en el ojo y el lavaojos esta roto"); asked ahead, it is a topic.
CHEMICAL_IN_THE_EYE_38 = (
    r"!(?:salpic\w+|splash\w*|spray\w*|squirt\w*|spill\w*|got|get|cayo|cae|entro|metio|brinco|salto|se me fue|le fue) (?:\w+ ){0,3}?"
    r"(?:acido|cloro|quimicos?|lejia|soda caustica|sosa caustica|amoniaco|limpiador\w*|destapacanos|cal viva|acid|bleach|lye|chemicals?|cleaner|ammonia|drain cleaner|oven cleaner) "
    r"(?:\w+ ){0,3}?(?:en|in|into|a) (?:el|los|un|uno|su|mi|sus|mis|the|his|her|my|one|both|an) (?:ojo|ojos|eye|eyes)"
)
MEDICAL = MEDICAL + [CHEMICAL_IN_THE_EYE_38]
CATEGORY_PHRASES[categories.MEDICAL.key] = MEDICAL

# A naloxone training named beside a person down now ("tengo naloxona de un entrenamiento pero nunca
# la he usado, mi vecino esta tirado y no respira") is no study topic: someone of the writer's own,
# named, is down or not breathing now.
_MY_PERSON_38 = (
    r"(?:my|mi|our|nuestro|nuestra) (?:\w+ )?(?:roommate|neighbou?r|brother|sister|son|daughter|husband|wife|boyfriend|girlfriend|partner|friend|cousin|uncle|aunt|dad|mom|father|mother|"
    r"roomie|coworker|buddy|vecin[oa]|herman[oa]|hij[oa]|espos[oa]|marido|novi[oa]|pareja|amig[oa]|prim[oa]|ti[oa]|papa|mama|padre|madre|companer[oa]|compa|roomie)"
)
_DOWN_NOW_38 = (
    r"(?:is (?:on the (?:floor|ground)|not breathing|barely breathing|not responding|unresponsive|passed out|blue|turning blue)|"
    r"(?:esta|sigue) (?:tirad[oa]|en el (?:suelo|piso)|inconsciente|desmayad[oa]|morad[oa]|azul)|no respira|casi no respira|no responde|no despierta)"
)
NOT_STUDY = NOT_STUDY + [rf"{_MY_PERSON_38} (?:\w+ ){{0,2}}?{_DOWN_NOW_38}"]
# The writer holds naloxone (from a training, never used) while a person of their own is down now:
# the naloxone steps ("tengo naloxona de un entrenamiento pero nunca la he usado, mi vecino esta
# tirado y no respira", "i have narcan from a training..., my roommate is not breathing").
_HOLD_NALOXONE_38 = (
    r"(?:(?:i|we) (?:have|got|carry|keep|still have)|i have got|(?:yo )?(?:tengo|traigo|cargo|tenemos|guardo)|me (?:dieron|regalaron)) "
    r"(?:\w+ ){0,2}?(?:naloxona|naloxone|narcan|kloxxado)"
)
HOLDING_NALOXONE_PERSON_DOWN_38 = (
    rf"{_HOLD_NALOXONE_38}\b[^?]{{0,120}}?\b{_MY_PERSON_38} (?:\w+ ){{0,2}}?{_DOWN_NOW_38}|"
    rf"{_MY_PERSON_38} (?:\w+ ){{0,2}}?{_DOWN_NOW_38}\b[^?]{{0,120}}?\b{_HOLD_NALOXONE_38}"
)
OVERDOSE = OVERDOSE + [HOLDING_NALOXONE_PERSON_DOWN_38]
CATEGORY_PHRASES[categories.OVERDOSE.key] = OVERDOSE


# --- round 38's known gaps (helper k) -------------------------------------------------------------
# 1. A writer who names their own profession (a palliative or hospice nurse, a doctor, a pharmacist, a
# paramedic, "soy enfermera de cuidados paliativos") and then their OWN wish to die with the means at
# hand ("pero yo quiero morirme y tengo la morfina en la mano", "i am an icu nurse and i want to die, i
# have the vials with me"): the profession is a study mark (STUDY_MARKERS: "soy enfermera", "i am a
# nurse") that turned the wish into a topic. The writer's own wish (first person, not negated) and a
# means held now (in the hand, with me, here, in my pocket or bag; "tengo/traigo ... conmigo"), in
# either order, are never a study topic (NOT_STUDY) and are self-harm whatever job comes before.
_OWN_WISH_38K = (
    r"(?:(?:\bi|\byo)(?: (?!not\b|never\b|no\b|do not\b|don't\b)\w+){0,2}? |(?:^|[.,;:!]\s*|\b(?:and|but|pero|y) ))"
    r"(?:want to die|want to (?:be dead|kill myself|end (?:it all|it|my life|things))|am going to (?:kill myself|end (?:it|my life))|"
    r"(?:me )?quiero (?:morir(?:me)?|matarme|suicidarme|quitarme la vida|acabar con (?:todo|mi vida))|me quiero (?:morir|matar|suicidar)|"
    r"me voy a (?:matar|suicidar)|(?:ya )?no quiero (?:vivir|seguir viviendo|seguir aqui|despertar|existir))"
    r"|\bi (?:do not|dont|no longer) want to (?:live|be alive|be here|wake up)"
)
_MEANS_38K = (
    r"(?:morphine|morfina|fentanyl|fentanilo|dilaudid|hydromorphone|hidromorfona|oxycodone|opioids?|opioides?|vials?|viales?|ampolletas?|ampulas?|ampollas?|"
    r"syringes?|jeringas?|insulin|insulina|potassium|potasio|propofol|ketamine|ketamina|midazolam|pills|pastillas|pildoras|tablets|meds|medications?|"
    r"medicamentos?|medicinas?|drugs|drogas|bottle|frasco|dose|dosis|the stuff)"
)
_AT_HAND_38K = (
    r"(?:in my (?:hand|hands|pocket|bag|purse|backpack|locker|car|lap)|with me|on me|right here|here|in front of me|ready|tonight|right now|"
    r"en (?:la|mi|las|mis) manos?|conmigo|aqui|aca|en (?:la|mi|el) (?:bolsa|bolsillo|mochila|carro|casillero|cartera)|frente a mi|enfrente de mi|"
    r"list[oa]s?|ahorita|ahora mismo|esta noche)"
)
_MEANS_HELD_38K = (
    rf"(?:\bi (?:have|got|am holding|brought|took|kept|am carrying)|\bi have got|\bholding|tengo|traigo|llevo|cargo|agarre|me (?:traje|lleve|robe)) (?:[\w']+ ){{0,4}}?{_MEANS_38K}\b[^.?!]{{0,40}}?\b{_AT_HAND_38K}\b|"
    rf"\b(?:the|my|las|los|la|el|mis) (?:\w+ )?{_MEANS_38K} (?:\w+ )?(?:is|are|esta|estan) (?:right )?{_AT_HAND_38K}\b"
)
OWN_WISH_MEANS_AT_HAND_38K = (
    rf"(?:{_OWN_WISH_38K})\b[\s\S]{{0,160}}?(?:{_MEANS_HELD_38K})|(?:{_MEANS_HELD_38K})[\s\S]{{0,160}}?(?:{_OWN_WISH_38K})\b"
)

# 3. An overdose where naloxone was already given and the person is still not breathing or not waking
# ("gave him narcan 2 min ago still not breathing", "le puse el narcan y sigue sin respirar", "the
# nasal spray is in and she still will not wake up"): the naloxone steps (a second dose, rescue
# breaths), never the general medical answer, nor a study topic for a nurse who says so. Naloxone
# given by the writer, the family or the crew (not "if you give"), then still not breathing, waking or
# responding in the same stretch (no question mark between).
_NALOXONE_38K = r"(?:narcan\w*|naloxon[ae]|naloxona|kloxxado|zimhi|(?:the|el) (?:nasal |naloxone |narcan )?spray(?: nasal)?)"
_NALOXONE_GIVEN_38K = (
    r"(?:(?<!if\s)(?<!if\si\s)(?<!if\swe\s)(?<!if\syou\s)(?<!when\s)(?<!once\s)(?<!you\s)(?<!they\s)(?<!should\s)(?<!would\s)"
    r"\b(?:(?:i|we) (?:just |already |have |had )?)?(?:gave|sprayed|used|administered|pushed|did|put|hit (?:him|her|them) with|stuck)|"
    r"(?<!si\s)(?<!si\sya\s)(?<!cuando\s)\b(?:ya )?(?:le|les) (?:di|dimos|puse|pusimos|aplique|aplicamos|eche|echamos|administre|administramos|dieron|pusieron|aplicaron))"
    rf" (?:[\w']+ ){{0,4}}?{_NALOXONE_38K}\b|"
    rf"\b{_NALOXONE_38K} (?:\w+ ){{0,2}}?(?:given|administered|in|x ?[12]|dado|puesto|puesta|aplicad[oa]|administrad[oa])\b|"
    rf"\b{_NALOXONE_38K} (?:did not|didnt|has not|no) (?:work|do anything|help|funciono|sirvio|hizo nada)"
)
_STILL_DOWN_38K = (
    r"(?:still|and) (?:he |she |they |it )?(?:is |are |is still |are still )?(?:not|will not|does not|barely|hardly) (?:breathing|breathe|waking(?: up)?|wake(?: up)?|responding|respond|responsive)|"
    r"still (?:unresponsive|unconscious|apneic|out|blue|no (?:breathing|pulse|response))|not breathing still|"
    r"sigue sin (?:respirar|despertar|responder|reaccionar)|(?:todavia|aun|y|pero) no (?:respira|despierta|responde|reacciona)|sigue (?:inconsciente|sin reaccionar|morad[oa]|azul)|no vuelve en si"
)
NALOXONE_GIVEN_STILL_DOWN_38K = rf"(?:{_NALOXONE_GIVEN_38K})[^?]{{0,80}}?\b(?:{_STILL_DOWN_38K})\b"

# 4. A chronic condition named with its habitual symptom, but an attack under way now ("she has
# epilepsy, usually at night, she is having one right now", "he has asthma, gets wheezy, he is having
# an attack now", "tiene epilepsia, a veces le dan convulsiones, le esta dando una ahorita"): an
# emergency (medical), not the background of a question (patterns.py: round 37's habitual symptoms
# give way to it).
_CONDITION_38K = (
    r"(?:epilep\w*|seizures?|convulsion\w*|convulsiones|crisis convulsivas?|ataques? epileptic\w*|asthma\w*|asma\w*|angina|pots|mcas|mast cells?|mastocit\w*|"
    r"anaphyla\w*|anafila\w*|allerg\w*|alergi\w*|diabet\w*|sugar|azucar|heart condition|del corazon|faint\w*|desmay\w*|passes out)"
)
ATTACK_UNDER_WAY_38K = (
    r"(?:(?:is|am|are|he is|she is|i am|they are) (?:having|in the middle of|going through) (?:one|another(?: one)?|an? (?:bad |big |full |severe |really bad )?"
    r"(?:attack|episode|seizure|fit|reaction|low|hypo|one))\b(?:(?: \w+){0,2}? (?:right now|now|at the moment|currently|as (?:i|we) (?:type|speak|write)|atm))?|"
    r"(?:right now|currently|at the moment) (?:he |she |i |they )?(?:is |am |are )?having (?:one|another|an? (?:attack|episode|seizure|fit|reaction))\b|"
    r"(?:is|am|are) in the middle of (?:one|an? (?:attack|episode|seizure|fit|reaction))|"
    r"(?:le|me) (?:esta|estan) dando (?:una|uno|otra|otro|un ataque|una crisis|una convulsion|un episodio)\b|"
    r"(?:le|me) (?:esta|estan) dando\b(?: \w+)?(?:,)? ?(?:ahorita|ahora mismo|ahora|en este (?:momento|rato))|"
    r"(?:ahorita|ahora mismo|en este momento) (?:le|me) (?:esta|estan) dando\b|en plena (?:crisis|convulsion))"
)
CHRONIC_ATTACK_NOW_38K = rf"{_CONDITION_38K}\b[\s\S]{{0,200}}?\b{ATTACK_UNDER_WAY_38K}"

# 5. A relative with a weapon at hand (a rifle, a gun, "saco la escopeta") who says nobody would miss
# him, or that the family would be better off without him, told by the writer: a suicide emergency
# (self-harm), not only a possible risk nor only violence.
_RELATIVE_38K = (
    r"(?:my|mi|our|nuestro|nuestra) (?:\w+ )?(?:brother|sister|dad|father|mother|mom|son|daughter|husband|wife|partner|boyfriend|girlfriend|uncle|aunt|cousin|"
    r"grandpa|grandfather|nephew|roommate|friend|fiance|ex|stepdad|hermano|hermana|papa|padre|mama|madre|hijo|hija|esposo|esposa|marido|pareja|novio|novia|"
    r"tio|tia|primo|prima|abuelo|sobrino|amigo|amiga|suegro|cunado|padrastro)"
)
_FIREARM_38K = r"(?:rifle|gun|pistol|shotgun|handgun|revolver|firearm|glock|ar ?15|hunting rifle|pistola|escopeta|arma|revolver|cuerno de chivo|fusil)"
_ARMED_38K = (
    rf"(?:has|had|is holding|holding|holds|took out|pulled out|got out|grabbed|loaded|is loading|loading|cleaning|sitting with|sat with|with|"
    rf"tiene|trae|saco|agarro|cargo|esta cargando|esta limpiando|con) (?:\w+ ){{0,3}}?{_FIREARM_38K}\b"
)
_UNMISSED_38K = (
    r"(?:nobody|no one|noone) (?:would|will|is going to|wd) (?:even )?(?:miss|notice|care about|cry for) (?:him|her|them)|"
    r"(?:nobody|no one) (?:would|will) (?:even )?(?:miss|notice) (?:if|when) (?:he|she|they) (?:was|were|is) gone|"
    r"(?:we|they|everyone|the family|the kids|you all|we all) (?:would|will) (?:all )?be better off(?: without (?:him|her|them))?|better off without (?:him|her|them)|"
    r"(?:estariamos|estarian|estaremos|estarias) (?:todos )?mejor sin (?:el|ella)|nadie (?:lo|la|los) (?:va a |iba a |vaya a )?(?:extranaria|extranara|extranar|echaria de menos|echar de menos|notaria|notar)|"
    r"nadie se (?:daria|va a dar) cuenta|(?:seria|es) mejor (?:para todos )?(?:si (?:el|ella) no estuviera|sin (?:el|ella))"
)
RELATIVE_ARMED_UNMISSED_38K = (
    rf"{_RELATIVE_38K}\b[^.?!]{{0,80}}?\b(?:{_ARMED_38K}[\s\S]{{0,200}}?\b(?:{_UNMISSED_38K})|(?:{_UNMISSED_38K})[\s\S]{{0,200}}?\b{_ARMED_38K})"
)

NOT_STUDY = NOT_STUDY + [OWN_WISH_MEANS_AT_HAND_38K, NALOXONE_GIVEN_STILL_DOWN_38K]
SELF_HARM = SELF_HARM + [OWN_WISH_MEANS_AT_HAND_38K, RELATIVE_ARMED_UNMISSED_38K]
CATEGORY_PHRASES[categories.SELF_HARM.key] = SELF_HARM
OVERDOSE = OVERDOSE + [NALOXONE_GIVEN_STILL_DOWN_38K]
CATEGORY_PHRASES[categories.OVERDOSE.key] = OVERDOSE
MEDICAL = MEDICAL + [CHRONIC_ATTACK_NOW_38K]
CATEGORY_PHRASES[categories.MEDICAL.key] = MEDICAL
# (a relative's death wish told with the weapon at hand is kept beside a violence reading of the same
# words: detector.analyze does not fold it into the attack)
SUICIDE_BESIDE_A_WEAPON = frozenset({RELATIVE_ARMED_UNMISSED_38K})

# 2. (the nurse's "rn" kept) A student or a helper at a patient's side whose senior is tied up now
# ("charge rn is tied up", "my preceptor is busy with another patient", "la enfermera jefa esta
# ocupada") tells a scene under way, never a study topic (it used to pass only because "rn" was read
# "right now").
SENIOR_TIED_UP_38K = (
    r"(?:charge (?:nurse|rn)|(?:my|the|our) (?:preceptor|instructor|supervisor|charge nurse|nurse|rn|resident|attending|doctor|senior)|"
    r"(?:la|el|mi) (?:enfermer[oa] (?:jef[ea]|a cargo|encargad[oa])|jef[ea] de enfermeria|supervisor[a]?|instructor[a]?|medic[oa] de guardia|residente))"
    r" (?:is|are|esta|estan) (?:\w+ )?(?:tied up|busy|swamped|slammed|not answering|not around|nowhere|in a code|with another (?:patient|pt)|on (?:break|lunch)|"
    r"ocupad[oa]s?|en un codigo|con otro paciente|en su descanso|sin contestar)"
)
NOT_STUDY = NOT_STUDY + [SENIOR_TIED_UP_38K]


# --- round 39's suicide risk (helper a) -----------------------------------------------------------
# 1. A farewell timed for later with no suicide word: a goodbye video, post or message set to go out at
# an hour, with "by then i will be gone" ("cuando lo lean ya no voy a estar"); a relative's goodbye
# voice note who took something and asks to be forgiven. Not a goodbye post for leaving a job ("gone
# from the company").
_FAREWELL_WORD_39 = r"(?:goodbye|good bye|farewell|despedida|despidiendo\w*|despidiendose|despedirme|despedirse|adios)"
_GONE_LATER_39 = (
    r"(?:(?:by the time|by then|when|once) [^.?!]{0,40}?i will (?:be gone|not be (?:here|around|alive)(?: anymore)?)|"
    r"(?:para (?:esa hora|entonces|ese momento)|cuando (?:lo|la|los|las) (?:vean|lean|escuchen|oigan|reciban))[^.?!]{0,20}?\bya no (?:estare|voy a estar|existire|voy a existir))"
    r"(?! (?:from|at|on|for|to|in|with|en|con|de|trabajando)\b)"
)
TIMED_FAREWELL_39 = (
    rf"{_FAREWELL_WORD_39}\b[^?]{{0,140}}?\b{_GONE_LATER_39}"
    r"(?![\s\S]*\b(?:job|company|work|office|team|coworkers|colleagues|trabajo|empresa|oficina|companeros|jubil\w+|retir\w+|mudanza|moving|vacation|vacaciones|trip|viaje)\b)"
)
_TOOK_SOMETHING_39 = r"(?:took|swallowed|se tomo|se trago|me tome|tomo|trago) (?:something|algo)\b(?! (?:de (?:tiempo|agua|cafe)|for (?:the|his|her|a) (?:pain|headache|fever)|para (?:el|la) (?:dolor|fiebre)))"
GOODBYE_TOOK_SOMETHING_39 = (
    rf"{_FAREWELL_WORD_39}\b[^?]{{0,120}}?\b{_TOOK_SOMETHING_39}|{_TOOK_SOMETHING_39}[^?]{{0,120}}?\b(?:{_FAREWELL_WORD_39}|forgive (?:me|him|her)|perdon\w*)"
)

# 2. Self-injury as behaviour with heat or a work tool: burning oneself on purpose (an iron, a lighter,
# cigarettes, a steam wand), deep cuts with a box cutter, more blood than usual, dizzy. Not a burn or a
# cut by accident.
_ACCIDENT_39 = r"(?![\s\S]*\b(?:by accident|accidentally|accident|sin querer|por accidente|por error|shaving|cooking|cocinando|slipped|se me resbalo)\b)"
_ON_PURPOSE_39 = r"(?:on purpose|intentionally|deliberately|a proposito|adrede|apropos?ito)"
_BURN_SELF_39 = (
    r"(?:burn(?:ed|t|ing)? (?:myself|herself|himself|my (?:\w+ )?(?:arm|arms|hand|hands|leg|legs|wrist|wrists|skin|thigh|thighs|stomach))|"
    r"me (?:queme|quemo|quemaba|estoy quemando|sigo quemando)|quemarme|quemandome|se quema|se quemo)"
)
BURN_ON_PURPOSE_39 = (
    rf"{_ACCIDENT_39}(?:{_BURN_SELF_39}[^?]{{0,80}}?\b{_ON_PURPOSE_39}|{_ON_PURPOSE_39}[^?]{{0,40}}?\b{_BURN_SELF_39})"
)
DEEP_CUT_39 = (
    rf"{_ACCIDENT_39}(?:cut myself|cutting myself|me corte|me cortaba|me estoy cortando|me hice (?:unas |unos |\w+ )?(?:cortadas|cortes)|deep cuts|cortadas (?:muy )?hondas|cortes (?:muy )?profundos)"
    r"[^?]{0,100}?\b(?:more blood than (?:usual|normal|ever|before|other times)|mas sangre (?:que|de lo) \w+(?: \w+)?|mucha sangre|lightheaded|light headed|dizzy|mareado|mareada|hondas|profund\w+)"
)

# 3. Preparation told about a third person: a phone, a wallet or keys handed over "for the family" or
# "you will need these"; a teen showing the pills for tonight and asking for secrecy; a wife who spoke
# of drowning herself in the river.
HANDED_OVER_39 = (
    r"(?:handed|gave|give|dio|entrego|me dejo|me paso) (?:me )?(?:his|her|their|su|sus) (?:\w+ )?(?:phone|wallet|keys|celular|telefono|cartera|billetera|llaves)\b"
    r"[^?]{0,100}?\b(?:for (?:the|my|his|her|our) (?:family|kids)|you will need (?:these|this|them|it)|para (?:la|su|tu|mi|nuestra) familia|"
    r"(?:los|las|lo|la) vas a necesitar|tracks|bridge|roof|puente|vias|azotea|techo)"
)
SHOWED_PILLS_TONIGHT_39 = (
    r"(?:showed|shows|show|enseno|ensena|mostro|me mostro|me enseno) (?:me |us )?(?:the |her |his |las |sus |unas )?(?:pills|pastillas|tablets)\b"
    r"[^?]{0,60}?\b(?:going to take|gonna take|will take|plans to take|se va a tomar|va a tomar|piensa tomar(?:se)?|se quiere tomar)"
    r"(?=[^?]{0,80}?\b(?:tonight|today|promise|secret|not to tell|no le dijera|no decir|no diga|no le diga|esta noche|hoy|prometer|prometiera|secreto))"
)
DROWN_THIRD_39 = (
    r"(?:thinking (?:about|of) |wants to |going to |talked about |talks about |pensando en |piensa |quiere |va a )"
    r"(?:drown(?:ing)? (?:herself|himself)|ahogarse|tirarse al (?:rio|mar|lago)|meterse al (?:rio|mar|lago)[^.?!]{0,20}?ahogarse)"
)

# 4. A means and a place or a time with no suicide word: parked on a named bridge to jump, a roof's
# edge with the floors, poison bought "para tomarmelo", one's own prescription saved for weeks, "enough",
# a glass of bleach poured while deciding, a gun safe's code "thinking of using it tonight", a service
# pistol on the table and "done talking", things given away with "i know what i am doing tonight",
# goodbyes said before an appointment one will not reach.
PARKED_ON_BRIDGE_39 = (
    r"(?:parked|estacionad[oa]|stopped|pulled over|pare el (?:carro|auto|coche)|me pare) (?:on|en|at|sobre) (?:the |el )?(?:puente )?"
    r"(?:verrazzano|verrazano|gw|gwb|george washington|brooklyn|manhattan|williamsburg|queensboro|triborough|rfk|whitestone|throgs neck|tappan zee|bridge|puente)\w*"
    r"[^?]{0,80}?\b(?:jump|saltar|tirarme|aventarme|lanzarme|go over the (?:rail|railing|edge|side)|over the (?:rail|railing|edge|side))"
)
ROOF_EDGE_FLOORS_39 = (
    r"(?:sitting|standing|sentad[oa]|parad[oa]|estoy) (?:on|en) (?:the |la |el )?(?:edge|ledge|orilla|borde|cornisa) (?:of|de(?:l| la)) (?:the |my |mi )?(?:\w+ )?"
    r"(?:roof|rooftop|building|techo|azotea|edificio)\b[^?]{0,40}?\b\d+ (?:floors|stories|storeys|pisos)"
    r"(?![\s\S]*\b(?:roofer|techero|my job|at work|all day|shift|turno|trabajo|chamba|work)\b)"
)
POISON_TO_TAKE_39 = r"(?:veneno|raticida|matarratas|cloro|lejia|anticongelante)\w* para (?:tomarmel[oa]|bebermel[oa]|tragarmel[oa]|tomarlo yo)"
_MED_39 = r"(?:pills|meds|medication|medications|prescription|prescriptions|medicina|medicinas|pastillas|medicamentos?|receta)"
_SAVE_39 = r"(?:saving|saved|hoarding|hoarded|stockpil\w+|guardando|juntando|guarde|junte)"
HOARDED_ENOUGH_39 = (
    rf"(?:{_MED_39}[^?]{{0,50}}?\b{_SAVE_39}|{_SAVE_39}[^?]{{0,30}}?\b{_MED_39})\b[^?]{{0,80}}?\b(?:weeks|months|semanas|meses)\b[^?]{{0,50}}?\b(?:enough|suficiente)\b"
    r"(?! (?:to (?:last|cover|get)|para (?:el viaje|durar|el mes)|for the trip))"
)
BLEACH_DECIDING_39 = (
    r"(?:poured|pour|serv\w+|llene|tengo) (?:myself )?(?:a |un |una )?(?:glass|cup|vaso|taza) (?:of |de )?(?:bleach|cloro|lejia|clorox|blanqueador|poison|veneno|antifreeze|anticongelante)"
    r"[^?]{0,80}?\b(?:deciding|decidiendo|brave enough|the guts|the nerve|courage|valor|valentia|coraje|pensando si)"
)
GUN_SAFE_TONIGHT_39 = (
    r"(?:gun safe|gun cabinet|gun box|caja fuerte|safe)\b[^?]{0,100}?\b(?:thinking (?:about|of) using|going to use|gonna use|pensando en usar|voy a usar|quiero usar)(?:la|lo|it)?\b"
    r"[^?]{0,20}?\b(?:tonight|today|esta noche|hoy)"
)
PISTOL_DONE_TALKING_39 = (
    r"(?:service (?:weapon|pistol|gun|revolver)|(?:gun|pistol|pistola|arma|revolver)(?: de (?:servicio|reglamento))?) (?:is |esta )?(?:on|en|sobre) (?:the |la |my |mi |el )?(?:table|desk|lap|mesa|escritorio)\b"
    r"[^?]{0,60}?\b(?:done talking|done with (?:people|everyone|everything|talking)|(?:no|ya no) (?:quiero|voy a) hablar (?:mas )?con nadie|se acabo (?:de )?hablar)"
)
GAVE_AWAY_KNOW_TONIGHT_39 = (
    r"(?:gave away|given away|giving away|regale|regalando|regalo|me deshice de|di mis)\b[^?]{0,80}?\b"
    r"(?:i know what i am (?:doing|going to do)|ya se lo que voy a hacer|ya se que voy a hacer|ya se lo que hare)\b[^?]{0,20}?\b(?:tonight|esta noche|hoy|today)"
)
GOODBYES_NO_APPOINTMENT_39 = (
    rf"(?:said goodbye|say goodbye|me despedi|ya me despedi|se despidio)\b[^?]{{0,120}}?\b(?:gave|given|regale|le di|le regale|regalo)\b[^?]{{0,80}}?\b"
    r"(?:(?:will not|not going to|am not going to) (?:make it|get|reach|be (?:at|there))|no (?:voy a|va a) llegar|no llegare)\b[^?]{0,30}?\b(?:appointment|cita|consulta|session|sesion|infusion)"
    r"(?![\s\S]*\b(?:reschedul\w*|reprogramar|cambiar la cita|cancel\w*|traffic|trafico|flight|vuelo)\b)"
)

# 5. Insulin withheld or overdosed on purpose: stopping it and eating sugar until a coma; a whole pen
# injected on purpose. Not a dose asked about.
INSULIN_ON_PURPOSE_39 = (
    r"(?:stopped|quit|not taking|skipping|deje|dejo|no me pongo|no me estoy poniendo) (?:my |the |la |mi )?insulina?\b[^?]{0,100}?\b(?:coma|until it is over|until this ends|se acabe todo|hasta que me muera|ends?|acabe)|"
    r"(?:injected|shot|inyecte|me inyecte|me puse|me meti) (?:myself with )?(?:my |the |a |la |mi |toda la |todo el )?(?:whole|entire|full|all|completa|entera)? ?(?:insulin pen|pen of insulin|pluma de insulina|pluma|pen)\b"
    rf"(?: (?:of insulin|de insulina))?[^?]{{0,40}}?\b{_ON_PURPOSE_39}|"
    r"(?:injected|inyecte) (?:all|toda|todo|the whole|the entire)[^?]{0,30}?\binsulin\w*[^?]{0,40}?\b" + _ON_PURPOSE_39
)

# 6. The ask tier (possible_risk): a burden to everyone, worthless and hopeless, a relative for whom
# nothing is worth it anymore, an old mother who wants to go be with her late husband, wishing to sleep
# and not wake up (misspelled), "i think about it too" after the nickname of trigeminal neuralgia, a
# partner who would rather be dead than bankrupt and is not joking.
ASK_TIER_39 = (
    r"(?:soy|me siento|siento que soy) (?:una carga|un estorbo|un peso) para (?:todos|todo el mundo|mi familia|mis hijos)|"
    r"(?:no valgo nada|no sirvo para nada)\b[^?]{0,60}?\b(?:nada va a (?:cambiar|mejorar)|nunca va a (?:cambiar|mejorar)|no va a cambiar|sin esperanza|no tiene remedio)|"
    r"(?:dijo|dice|me dijo|anda diciendo|sigue diciendo) que (?:ya )?nada (?:vale|tiene) (?:la pena|sentido)|"
    r"(?:para|pa) que (?:vive|vivo|sigue viviendo|sigo viviendo|esta aqui|estoy aqui)\b[^?]{0,40}?\b(?:ya no sirv\w+|no sirv\w+) para nada|"
    r"(?:ya no sirv\w+|no sirv\w+) para nada\b[^?]{0,40}?\b(?:para|pa) que (?:vive|vivo|sigue viviendo|sigo viviendo|esta aqui|estoy aqui)|"
    r"(?:se quiere ir|quiere irse|quiere estar|se quiere reunir) con (?:mi|su) (?:papa|esposo|marido|difunto|abuelo)\b[^?]{0,60}?\b(?:fallecio|murio|difunto|que en paz descanse)\b"
    r"(?=[^?]{0,60}?\b(?:para|pa) que (?:esta|sigue|vive) (?:aqui|viva))|"
    r"(?:dormir(?:me)?|dormirse) (?:y|i) (?:ya )?no (?:volver a )?despertar(?:me)?|"
    r"suicide disease[^?]{0,80}?\bi (?:think about it|think about that|have thought about it) too|"
    r"(?:would|had) rather be dead than (?:go |going )?(?:bankrupt|broke|lose|losing)[^?]{0,60}?\bnot joking"
)

SELF_HARM = SELF_HARM + [
    # round 39 (a): timed farewells, self-injury with heat or a tool, a third person's preparation,
    # means with a place or a time, insulin on purpose
    TIMED_FAREWELL_39, GOODBYE_TOOK_SOMETHING_39, BURN_ON_PURPOSE_39, DEEP_CUT_39, HANDED_OVER_39, SHOWED_PILLS_TONIGHT_39,
    DROWN_THIRD_39, PARKED_ON_BRIDGE_39, ROOF_EDGE_FLOORS_39, POISON_TO_TAKE_39, HOARDED_ENOUGH_39, BLEACH_DECIDING_39,
    GUN_SAFE_TONIGHT_39, PISTOL_DONE_TALKING_39, GAVE_AWAY_KNOW_TONIGHT_39, GOODBYES_NO_APPOINTMENT_39, INSULIN_ON_PURPOSE_39,
]
POSSIBLE_RISK = POSSIBLE_RISK + [
    # round 39 (a): the ask tier
    ASK_TIER_39,
]
CATEGORY_PHRASES[categories.SELF_HARM.key] = SELF_HARM
CATEGORY_PHRASES[categories.POSSIBLE_RISK.key] = POSSIBLE_RISK

# --- round 39's overdose and medical (helper b) ---------------------------------------------------
# 1. An opioid overdose told without the usual words: several fentanyl or pain patches on at once with a
# sign of the round-38 list ("three of his fentanyl patches at the same time ... so drowsy"); a drug
# taken in Spain Spanish ("se ha metido un monton de keta con cubatas") and then no answer or a strange
# noise breathing ("lleva un rato sin responder", "hace un ruido raro al respirar"); two people or more
# out cold with naloxone to share ("two guys are out cold ... only have 2 narcan").
_PATCHES_39 = (
    r"(?:put on|puts on|stuck|slapped on|applied|wearing|has on|had on|left on|se puso|se pego|le pusieron|tiene puestos|se dejo) (?:like |about |como )?"
    r"(?:[2-9]|two|three|four|five|several|a few|multiple|a bunch of|dos|tres|cuatro|cinco|varios|unos cuantos) (?:\w+ ){0,3}?"
    r"(?:fentanyl |duragesic |pain |butrans |morphine |de fentanilo )?(?:patches|parches)"
    r"(?! (?:a|per|every|each|cada|por|al|a la) ?(?:day|week|dia|semana|\d+)\b)"
)
_UNRESPONSIVE_39 = (
    r"(?:lleva (?:un |mucho |bastante )?rato (?:que )?(?:sin responder|sin reaccionar|no responde|no reacciona)|(?:ya )?no (?:responde|reacciona)(?! (?:al|a la|a los|a las) (?:tratamiento|medicamento|medicina|terapia))|sin (?:responder|reaccionar)|"
    r"(?:hace|tiene|con) (?:un |como un )?(?:ruido|ronquido|sonido) (?:\w+ )?(?:al respirar|raro|rarisimo|extrano)|ronquido raro|"
    r"(?:is |are )?(?:out cold|unresponsive|not responding)|(?:can not|cannot|could not) wake (?:him|her|them)|will not wake up|no (?:lo|la) (?:puedo|podemos) despertar)"
)
_TAKE_39 = (
    rf"(?:{_TAKE_38}|se ha metido|se han metido|me he metido|se ha tomado|se han tomado|me he tomado|ha tomado|ha bebido|se ha bebido|ha esnifado|"
    r"ingirio|ingeri|ingested|has taken|had taken|did|used|le metio|put on|stuck on|puso|se puso|se pego)"
)
_DRUG_39 = (
    rf"(?:{_DRUG_38}|blood pressure (?:pills|meds|medicines?|tablets)|(?:bp|heart) (?:pills|meds)|pastillas (?:de|para) la presion|pastillas del corazon|"
    r"metoprolol|amlodipin[ae]|lisinopril|losartan|atenolol|propranolol|carvedilol|digoxin[a]?|"
    r"sertralin[ae]|zoloft|lexapro|escitalopram|prozac|fluoxetin[ae]|paxil|paroxetin[ae]|trazodon[ae]?|venlafaxin[ae]|effexor|duloxetin[ae]|cymbalta|"
    r"acetaminofen|tabletas de acetaminofen|aspirin[a]?|ibuprofen[o]?|advil|motrin)"
)
PATCHES_WITH_SIGNS_39 = rf"{_PATCHES_39}\b{_WINDOW_38}\b(?:{_SIGN_38}|{_UNRESPONSIVE_39})(?!\w)"
TAKEN_THEN_UNRESPONSIVE_39 = (
    rf"{_TAKE_39} (?:\w+ ){{0,5}}?{_DRUG_38}\b{_WINDOW_38}\b{_UNRESPONSIVE_39}(?!\w)"
)
_NALOXONE_39 = r"(?:narcan|naloxon[ae]s?|kloxxado)"
_SEVERAL_DOWN_39 = (
    r"(?:two|three|2|3|both|dos|tres|los dos|ambos) (?:\w+ ){0,2}?(?:are |estan )?"
    r"(?:out cold|unresponsive|passed out|not breathing|not responding|tirad[oa]s|inconscientes|sin responder|desmayad[oa]s|no responden|no respiran)"
)
SEVERAL_DOWN_NALOXONE_39 = (
    rf"{_SEVERAL_DOWN_39}\b[^.]{{0,150}}?\b{_NALOXONE_39}|{_NALOXONE_39}\b[^.]{{0,150}}?\b{_SEVERAL_DOWN_39}"
)

# 2. A pill count with a danger that comes later: ten or more acetaminophen tablets taken minutes or
# hours ago, even "feeling fine" (the liver fails a day later: "ingirio aproximadamente veinte tabletas de
# acetaminofen hace cuarenta minutos"); a medicine taken several times over ("took her blood pressure
# pills three or four times today") with a sign or a slow pulse; an empty box or bottle of a medicine
# with a sign ("rivotril box completely empty ... cant wake him"); a child into iron pills.
_MANY_TYLENOL_39 = (
    rf"{_TAKE_39} (?:like |about |around |maybe |approximately |aproximadamente |como |unas? |unos |casi |almost )?"
    r"(?:1[2-9]|[2-9]\d|twelve|fifteen|twenty|thirty|forty|doce|quince|veinte|treinta|cuarenta|a handful|un punado|a whole (?:box|bottle)|toda la caja|todo el frasco) "
    r"(?:\w+ ){0,3}?(?:tylenol|acetaminophen|acetaminofen|paracetamol|panadol)"
)
_RECENT_39 = (
    r"(?:\d+|a few|an|one|two|three|half an) (?:minutes?|mins?|hours?|hrs?) ago|an hour ago|hace (?:\d+|un|una|media|unos|unas|dos|tres|veinte|treinta|cuarenta|quince) ?(?:\w+ )?(?:minutos|horas?|hora)|"
    r"this (?:morning|afternoon|evening)|tonight|today|just now|esta (?:manana|tarde|noche)|hoy|ahorita"
)
MANY_ACETAMINOPHEN_RECENT_39 = rf"{_MANY_TYLENOL_39}\b[^?]{{0,40}}?\b(?:{_RECENT_39})"
_SEVERAL_TIMES_39 = (
    r"(?:several|multiple|three|four|five|3|4|5|many|a bunch of|varias|muchas|tres|cuatro|cinco) (?:or (?:\w+ ))?(?:o (?:\w+ ))?(?:times|veces)"
    r"(?! (?:a|al|per|por|each|cada) (?:day|dia|week|semana)\b)"
)
_LOW_PULSE_39 = r"(?:pulse|heart rate|hr|pulso|ritmo) (?:is |of |en |de |esta en |at |down to |bajo a )?(?:[2-4]\d)\b"
REPEATED_DOSE_SIGNS_39 = (
    rf"{_TAKE_39} (?:\w+ ){{0,4}}?{_DRUG_39} (?:\w+ ){{0,3}}?{_SEVERAL_TIMES_39}\b{_WINDOW_38}\b(?:{_SIGN_38}|{_LOW_PULSE_39})(?!\w)"
)
_EMPTY_39 = r"(?:empty|vaci[oa]s?)"
EMPTY_BOX_SIGNS_39 = (
    rf"(?:{_DRUG_39}\b[^?.]{{0,40}}?\b{_EMPTY_39}|{_EMPTY_39} (?:\w+ ){{0,3}}?{_DRUG_39})\b{_WINDOW_38}\b"
    rf"(?:{_STRONG_SIGN_38}|{_UNRESPONSIVE_39}|(?:still|barely) breathing|todavia respira|apenas respira)(?!\w)"
)
CHILD_IRON_39 = (
    rf"{_CHILD_38} (?:\w+ ){{0,4}}?(?:got into|ate|swallowed|chewed|se comio|comio|se tomo|se trago|mordio) (?:\w+ ){{0,3}}?"
    r"(?:iron (?:pills|tablets|vitamins|supplements?)|prenatal vitamins|vitamins with iron|vitaminas (?:de|con) hierro|pastillas de hierro|hierro|vitaminas prenatales)"
)

# 3. Toxic syndromes of non-opioids: a diet pill (DNP) with a fever or confusion; an antidepressant
# doubled or taken with another one (serotonin toxicity) with a fever, a racing heart or twitching;
# cocaine ("perico", "coke") with a chest about to explode or pain in it.
_DIET_PILL_39 = (
    r"(?:dnp|dinitrophenol|dinitrofenol|(?:weight ?(?:loss|cutting)|fat ?burn\w*|diet|slimming) (?:pills|capsules|tablets|powder)|"
    r"pastillas (?:para|de) (?:bajar de peso|adelgazar)|quemadores? de grasa)"
)
_HOT_39 = (
    r"(?:fever|fiebre|calentura|temp\w* (?:is |of |de )?(?:10[3-9]|4[0-2]|39)|burning up|hot to the touch|ardiendo|confus\w+|confundid\w+)"
)
DIET_PILL_HOT_39 = rf"{_DIET_PILL_39}\b[^?]{{0,120}}?\b{_HOT_39}"
_SEROTONERGIC_39 = (
    r"(?:sertralin[ae]|zoloft|lexapro|escitalopram|prozac|fluoxetin[ae]|paxil|paroxetin[ae]|trazodon[ae]?|venlafaxin[ae]|effexor|duloxetin[ae]|cymbalta|"
    r"celexa|citalopram|tramadol|lithium|litio|linezolid|dextromethorphan|dxm|ssris?|antidepressants?|antidepresivos?)"
)
_SEROTONIN_SIGN_39 = (
    r"(?:fever|fiebre|calentura|burning up|ardiendo|heart (?:is )?(?:racing|pounding)|racing heart|corazon (?:a mil|acelerado|muy rapido)|"
    r"twitch\w*|jerk\w*|musculos (?:brincando|temblando|saltando)|shiver\w*|escalofrios|rigid\w*|tiesos?)"
)
SEROTONIN_TOXICITY_39 = (
    rf"(?:(?:doubled|double|doble|dobl\w+|extra|de mas|twice|dos veces) (?:\w+ ){{0,3}}?{_SEROTONERGIC_39}|"
    rf"{_SEROTONERGIC_39} (?:\w+ ){{0,4}}?(?:and|y|with|con|plus|mas|too) (?:\w+ ){{0,3}}?{_SEROTONERGIC_39})"
    rf"\b{_WINDOW_38}\b{_SEROTONIN_SIGN_39}(?!\w)[^?]{{0,80}}?\b{_SEROTONIN_SIGN_39}"
)
_STIMULANT_39 = (
    r"(?:did|doing|took|snorted|sniffed|smoked|used|using|hit|metio|se metio|le metio|se ha metido|esnifo|fumo|se fumo|tomo|inhalo|aspiro|"
    r"(?:a |some |unas |una )?(?:lines?|bumps?|rayas?|pases?|lineas?) (?:of|de)) (?:\w+ ){0,2}?"
    r"(?:cocaine|coke|cocaina|perico|blow|crack|meth|cristal|speed|adderall|tusi|tussi)"
)
_CHEST_EXPLODE_39 = (
    r"(?:chest|pecho|heart|corazon)\b[^?.]{0,40}?\b(?:explode|exploding|explotar|explota|pain|hurts|duele|dolor|tight|apretado|pounding|a mil)"
)
STIMULANT_CHEST_39 = rf"{_STIMULANT_39}\b[^?]{{0,120}}?\b{_CHEST_EXPLODE_39}"

# 4. A household chemical swallowed by anyone, with a sign: hair developer or peroxide, pool shock,
# toilet cleaner, eucalyptus or another essential oil, methylated spirits ("alcohol de quemar"), a
# pesticide; coughing, drooling, a burning throat, blood from the mouth, vomiting, blurry sight.
_CHEMICAL_39 = (
    r"(?:hair (?:developer|dye|bleach)|peroxide|peroxido|agua oxigenada|oxigenada|revelador|tinte (?:de|para el) pelo|"
    r"pool (?:shock|chlorine|chemicals?|tablets?)|cloro (?:de|para) (?:la )?(?:piscina|alberca|pileta)|cloro granulado|"
    r"toilet (?:bowl )?cleaner|limpiador de (?:inodoro|bano|taza|hornos?)|oven cleaner|drain cleaner|destapacanos|"
    r"eucalyptus oil|aceite de eucalipto|tea tree oil|aceite de arbol de te|wintergreen oil|essential oils?|aceites? esencial\w*|"
    r"methylated spirits?|meths|denatured alcohol|alcohol de quemar|alcohol desnaturalizado|alcohol metilico|methanol|metanol|wood alcohol|"
    r"windshield (?:washer )?fluid|lighter fluid|pesticid\w*|plaguicid\w*|insecticid\w*|herbicid\w*|weed killer|roundup|"
    r"caustic soda|soda caustica|sosa caustica|lye|cal viva)"
)
_CHEM_SIGN_39 = (
    rf"(?:{_CHILD_SIGN_38}|blood (?:from|coming (?:out )?(?:of|from)|in) (?:his|her|my|the) mouth|(?:sangre|sangrando) (?:por|de|en) la boca|"
    r"throat (?:burns|is burning|hurts)|(?:le |me )?(?:arde|quema|duele) la garganta|(?:vision|sight) (?:is )?(?:blurry|blurred)|blurry vision|can not see|no ve bien|ve borroso|no veo bien)"
)
CHEMICAL_SWALLOWED_39 = (
    rf"(?:{_PUT_IN_MOUTH_38}|me tome|me trague|me bebi|i drank|i swallowed|took|drank some) (?:\w+ ){{0,5}}?{_CHEMICAL_39}\b"
    rf"(?:(?!(?:is|seems|looks|esta|parece|se ve) (?:totally |completely |perfectly |muy |bien )?(?:fine|ok|okay|bien|normal)\b)[^?]){{0,140}}?"
    rf"\b(?<!no\s)(?<!not\s)(?<!sin\s)(?<!without\s)(?<!any\s){_CHEM_SIGN_39}(?!\w)"
)
OVERDOSE = OVERDOSE + [PATCHES_WITH_SIGNS_39, TAKEN_THEN_UNRESPONSIVE_39, SEVERAL_DOWN_NALOXONE_39, MANY_ACETAMINOPHEN_RECENT_39,
                       REPEATED_DOSE_SIGNS_39, EMPTY_BOX_SIGNS_39, CHILD_IRON_39, DIET_PILL_HOT_39, SEROTONIN_TOXICITY_39,
                       STIMULANT_CHEST_39, CHEMICAL_SWALLOWED_39]
CATEGORY_PHRASES[categories.OVERDOSE.key] = OVERDOSE

# 5. Medical: a small child outside a window or on a ledge up high or alone; sudden loss of sight in one
# eye with a numb hand, arm or face (a stroke, whatever tiredness it is put down to); a head knock with
# vomiting and then forgetting or confusion; a person pulled from the water and then coughing, confused
# or sleepy; fingers nearly cut off by a saw or a machine; a seizure told through speech-to-text ("a sees
# your ... bit her tong"); a throat closing now in Spain Spanish ("noto la garganta cerrandose").
# (a small child only, and never where a jump or a wish to die is told: a teenager on a ledge saying she
# will jump keeps the suicide reading)
_LITTLE_ONE_39 = (
    r"(?:baby|toddler|little (?:one|kid|girl|boy|child)|(?:small|young) (?:child|kid|boy|girl)|(?<!\d)[1-7] ?(?:year|yr)s? old|bebe|bebito|bebita|nene|nena|"
    r"nin[oa] (?:chiquit[oa]|pequen[oa])|nin[oa] de (?:la|el|los) vecin[oa]s?|(?:neighbou?rs?|neighbou?r's) (?:\w+ )?(?:kid|child|boy|girl|son|daughter)|"
    r"chiquit[oa]|de [1-7] (?:anos|anitos))"
)
CHILD_AT_WINDOW_39 = (
    r"(?![\s\S]*\b(?:jump\w*|let go|kill|die|suicid\w*|end it|tirar(?:se|me)|se va a tirar|saltar|brincar|matar(?:se|me)|morir(?:se|me)?)\b)"
    rf"{_LITTLE_ONE_39} (?:\w+ ){{0,3}}?(?:(?:is|are|esta|estan) (?:\w+ )?(?:sitting|standing|hanging|climbing|perched|crawling|out)|"
    r"(?:(?:esta|estan) )?(?:sentad[oa]s?|parad[oa]s?|colgad[oa]s?|colgando|trepad[oa]s?|subid[oa]s?|trepando)) "
    r"(?:\w+ ){0,2}?(?:outside|out of|on|onto|over|afuera de|fuera de|en|sobre|por) (?:\w+ ){0,3}?(?:window|ledge|windowsill|sill|balcony railing|railing|ventana|cornisa|balcon|repisa|baranda\w*)"
    r"[^?]{0,80}?\b(?:floor|story|storey|piso|nobody|no one|no hay nadie|solit[oa]|alone|sol[oa])\b"
)
_ONE_EYE_39 = (
    r"(?:no veo (?:nada )?(?:del|de un|por el|con el) ojo|(?:perdi|perdio) la vista (?:del|de un|en un) ojo|se me (?:nublo|apago|fue) (?:la vista (?:del|de un) ojo|un ojo|el ojo)|"
    r"(?:can not|cannot|could not) see (?:\w+ )?(?:out of|from|with) (?:my|his|her|one) (?:\w+ )?eye|lost (?:the )?(?:vision|sight) in (?:one|my|his|her) (?:\w+ )?eye|"
    r"(?:went|gone|going) blind in (?:one|my|his|her) (?:\w+ )?eye)"
)
_NUMB_LIMB_39 = (
    r"(?:(?:mano|brazo|cara|pierna|hand|arm|face|leg) (?:\w+ )?(?:dormid[oa]|entumid[oa]|entumecid[oa]|adormecid[oa]|numb|tingl\w*|weak|sin fuerza)|"
    r"(?:numb|tingling|weak) (?:\w+ )?(?:hand|arm|face|leg)|(?:hand|arm|face|leg) went numb)"
)
SUDDEN_ONE_EYE_NUMB_39 = (
    rf"{_ONE_EYE_39}\b[^?]{{0,100}}?\b{_NUMB_LIMB_39}|{_NUMB_LIMB_39}\b[^?]{{0,100}}?\b{_ONE_EYE_39}"
)
HEAD_KNOCK_VOMIT_FORGET_39 = (
    r"(?:helmet|casco|hit (?:his|her|my) head|head injury|golpe en la cabeza|se (?:pego|golpeo) (?:en )?la cabeza|crash\w*|choco|fell off|se cayo de)"
    r"\b[^?]{0,150}?\b(?:threw up|vomit\w*|puked|throwing up)\b[^?]{0,80}?\b"
    r"(?:forget\w*|forgot|can not remember|does not remember|keeps asking|confused|no se acuerda|olvid\w*|confundid\w*|sleepy|drowsy|sonolient\w*)"
)
_OUT_OF_WATER_39 = (
    r"(?:pulled|took|got|dragged|fished|sacamos|saque|sacaron|saco|rescat\w+) "
    r"(?:him|her|them|me|(?:my|his|her|our|their|the|a|mi|su|nuestr[oa]|a mi|a su|a la|al|a el|a una?|la|el|lo) (?:\w+ ){0,1}?"
    r"(?:\w*(?:son|daughter|kid|child|boy|girl|baby|toddler|brother|sister|nephew|niece|friend|husband|wife|man|woman|guy|swimmer|dad|mom|cousin)s?|"
    r"hij[oa]s?|nin[oa]s?|bebe|herman[oa]|sobrin[oa]|amig[oa]|espos[oa]|marido|senor[a]?|muchach[oa]|chamac[oa]|nene|nena|primo|prima|papa|mama)|lo|la) "
    r"(?:\w+ ){0,2}?(?:out of|from|del|de la|fuera del|fuera de la) (?:the |el |la )?"
    r"(?:water|pool|lake|river|ocean|sea|bathtub|tub|agua|piscina|alberca|pileta|lago|rio|mar|tina|banera)"
)
_AFTER_WATER_SIGN_39 = (
    r"(?:cough\w*|tose|tosiendo|confus\w*|confundid\w*|sleepy|drowsy|sueno|sonolient\w*|vomit\w*|breathing (?:hard|fast|weird|funny)|"
    r"respira (?:raro|rapido|con dificultad)|labios morados|blue lips)"
)
PULLED_FROM_WATER_39 = rf"{_OUT_OF_WATER_39}\b[^?]{{0,120}}?\b{_AFTER_WATER_SIGN_39}(?!\w)"
SAW_FINGERS_39 = (
    r"(?:cut|sliced|chopped|took|se corto|casi se corta|casi se corto|se rebano|se volo|amputo|me corte|casi me corto) (?:\w+ ){0,3}?"
    r"(?:fingers?|thumb|hand|dedos?|mano|pulgar)\b[^?.]{0,40}?\b(?:saw|sierra|table saw|chainsaw|motosierra|machine|maquina|blade|cuchilla|mower|podadora|grinder|esmeril)"
)
SEIZURE_SPEECH_TO_TEXT_39 = (
    r"(?:having|had|has|in) (?:a|an) (?:sees|seas|see|sea|seize) ?(?:your|yours|sure|zure|yer)\b[^?]{0,100}?\b"
    r"(?:bit (?:\w+ )?(?:tong|tongue|tounge)|shaking|jerking|foam\w*|convuls\w*|eyes rolled)"
)
THROAT_CLOSING_ES_39 = (
    r"(?:garganta (?:se me |se le )?(?:esta )?(?:cerrandose|cerrando|se cierra|se esta cerrando)|se (?:me|le) (?:esta )?(?:cierra|cerrando) la garganta)"
)
MEDICAL = MEDICAL + [CHILD_AT_WINDOW_39, SUDDEN_ONE_EYE_NUMB_39, HEAD_KNOCK_VOMIT_FORGET_39, PULLED_FROM_WATER_39, SAW_FINGERS_39,
                     SEIZURE_SPEECH_TO_TEXT_39, THROAT_CLOSING_ES_39]
CATEGORY_PHRASES[categories.MEDICAL.key] = MEDICAL

# 6. Violence at home now: an attacker who pinned or hit the writer and is coming back to finish it, or
# the writer hiding from him; a partner who says now that he will kill her ("esta afuera del cuarto
# diciendo que me va a matar con un cuchillo").
_ATTACK_ME_39 = (
    r"(?:pinned|held|pushed|shoved|threw|choked|strangled|beat|hit|punched|kicked|attacked|grabbed) me|"
    r"me (?:tiro|aplasto|agarro|golpeo|pego|empujo|ahorco|ataco|inmovilizo)"
)
_FINISH_39 = (
    r"(?:coming back|come back|be back|va a volver|vuelve|va a regresar|regresa) (?:\w+ ){0,2}?(?:to |a |para )?(?:finish|terminar|acabar)"
    r"(?: (?:it|the job|me|me off|conmigo|el trabajo|lo que empezo))?"
)
COMING_BACK_TO_FINISH_39 = (
    rf"(?:{_ATTACK_ME_39})\b[^?]{{0,120}}?\b{_FINISH_39}|{_FINISH_39}\b[^?]{{0,120}}?\b(?:hiding|hidden|hid|escondid[oa]|me escondi|locked (?:myself )?in|encerrad[oa])"
)
PARTNER_SAYS_WILL_KILL_39 = (
    r"(?:mi |my )?(?:esposo|marido|novio|pareja|ex|papa|padre|padrastro|hijo|hermano|yerno|cunado|husband|boyfriend|partner|stepdad|dad|father|son|brother) "
    r"(?:\w+ ){0,6}?(?:diciendo|dice|grita|gritando|amenazando|esta amenazando|is saying|keeps saying|says|is yelling|yelling|screaming) (?:que |that )?"
    r"(?:me|nos) (?:va a|van a|quiere) matar\b[^?.]{0,40}?\b(?:con (?:un|el|una|la) )?(?:cuchillo|pistola|arma|machete|navaja|tijeras|knife|gun)"
)
VIOLENCE = VIOLENCE + [COMING_BACK_TO_FINISH_39, PARTNER_SAYS_WILL_KILL_39]
CATEGORY_PHRASES[categories.VIOLENCE.key] = VIOLENCE


# --- round 39's known gaps (helper k) -------------------------------------------------------------
# 1-2. Intent told with a non-opioid medicine or a household poison: heart or blood-pressure pills,
# acetaminophen, another medicine, kerosene, lamp oil, gasoline, antifreeze, cleaning products, cloro,
# lejia swallowed after a fight, or "because i could not take it anymore", "ya no queria vivir", "porque
# ya no aguantaba": an intentional overdose (patterns.py gives it the intentional kind: 988 and "are you
# safe" follow). Told long ago, as prescribed, or by accident (a forgetful parent, a child, a mix-up),
# it is no such family.
_SWALLOW_39K = (
    r"(?:took|swallowed|downed|ate|popped|drank|chugged|gulped|me tome|me trague|me bebi|me comi|se tomo|se trago|se bebio|se comio|tomo|trago|bebio|"
    r"ingirio|ingeri|se empino|me empine|tome|bebi|trague)"
)
_MEDICINE_39K = (
    rf"(?:{_DRUG_39}|pills|tablets|meds|medicines?|medications?|capsules|pastillas|pildoras|tabletas|capsulas|medicinas|medicamentos|remedios|"
    r"(?:heart|blood pressure|bp|pressure|sleeping|diabetes|thyroid|seizure) (?:pills|meds|medicine|tablets)|"
    r"pastillas (?:del|de la|para el|para la|de) (?:corazon|presion|azucar|diabetes|dormir|tiroides|dolor))"
)
POISON_39K = (
    rf"(?:{HOUSEHOLD_POISON}|kerosene|kerosin[ae]?|queroseno|keroseno|gas(?:oline|olina)|lamp oil|aceite (?:de|para) (?:lampara|quinque)|"
    r"cleaning (?:products?|supplies|liquid|chemicals?|stuff)|productos? de limpieza|liquido de limpieza|lavandina|blanqueador|amoniaco|ammonia|"
    r"creolina|acido muriatico|muriatic acid|paint thinner|thinner|aguarras|turpentine|trementina|windshield fluid|lighter fluid)"
)
_PAIN_39K = r"(?! (?:mas )?(?:el|la|los|las|the|my|this|that|mi|su|his|her)? ?(?:dolor|pain|migra\w*|headache|cramps|colicos|muela|espalda|back|tooth|fiebre|fever|cabeza)\b)"
# told with any medicine: the wish not to live, to die, for it all to stop
STRONG_INTENT_39K = (
    r"(?:(?:did not|didnt|do not|dont|does not|doesnt) (?:want|wanna) to (?:live|be here|be alive|exist)(?: any ?more)?|"
    r"(?:ya )?no (?:queria|quiero|quiere|queriamos) (?:vivir|seguir viviendo|estar aqui|existir|seguir)\b(?! (?:con|tomando|en|asi con|trabajando|viviendo (?:en|con|alli|ahi)))|"
    r"wanted (?:it all|everything) to (?:stop|end)|queria (?:que todo (?:terminara|acabara|parara)|morir(?:me|se)?|desaparecer|dormir para siempre|no despertar)|"
    r"(?<!want\s)(?<!wanna\s)(?<!afraid\s)(?<!scared\s)(?<!going\s)(?<!ready\s)\bto (?:die|end it all|end my life|end (?:his|her) life|kill (?:myself|himself|herself))|"
    r"para (?:morir(?:me|se)?|matarme|matarse|acabar con (?:todo|su vida|mi vida)|quitarse la vida|quitarme la vida))"
)
# told with a poison or many pills only: a fight, not bearing it any more (not the pain)
WEAK_INTENT_39K = (
    r"(?:(?:after|right after|following|despues de|luego de|tras) (?:a |an |the |una |un |la |el |su |her |his |my |mi |our )?(?:big |huge |bad |terrible |fuerte |gran |horrible )?"
    r"(?:quarrel|fight|argument|row|breakup|break up|pelea|discusion|pleito|bronca|rina|ruptura)|"
    r"(?:after|despues de|luego de|tras) (?:we |they |i |he |she )?(?:argued|fought|broke up|yelled|pelear\w*|discutir|que (?:me|la|lo|nos) (?:dej\w+|gritar\w+|pegar\w+))|"
    r"(?:despues de|luego de) que (?:[\w']+ ){0,3}?(?:me|la|lo|nos|l[ae]s) (?:dej\w+|cort\w+|termin\w+|grit\w+|peg\w+|engan\w+)|"
    r"(?:after|right after) (?:[\w']+ ){0,3}?(?:left|dumped|broke up with|cheated on|hit|yelled at) (?:her|him|me|them)\b|"
    rf"(?:porque|because|pues|como) (?:ya )?no (?:aguantaba|aguanto|podia mas|puedo mas|soportaba)(?: mas)?{_PAIN_39K}|ya no aguantaba(?: mas)?{_PAIN_39K}|"
    rf"(?:could not|couldnt|can not|cant) (?:take|handle|stand) (?:it|this|any of it) any ?more{_PAIN_39K})"
)
_MANY_39K = (
    r"(?:a handful|handfuls|a bunch|a lot|lots|many|a ton|all (?:of )?(?:my|his|her|the|their)|the whole|a whole|every|un punado|punados|un monton|muchas|todas|toda la|todo el|"
    r"varias|(?:like |about |around |maybe |como |unas |unos )?(?:[5-9]|[1-9]\d|five|six|seven|eight|ten|twelve|fifteen|twenty|thirty|cinco|seis|siete|ocho|diez|doce|quince|veinte|treinta)(?! ?(?:mg|mgs|milligrams?|miligramos?|ml|mcg|units|unidades)\b))"
)
# told long ago, a mix-up, a child, as prescribed: no act of intent now
_NOT_INTENT_39K = (
    r"(?![\s\S]*\b(?:years ago|year ago|last year|(?:\d+|a few|a couple of|couple of|two|three|several) days ago|hace (?:un par de |unos |\d+ |dos |tres |varios )?dias|last week|la semana pasada|when i was (?:a |younger|\d+)|in high school|back in (?:19|20)\d\d|hace (?:\w+ )?anos|el ano pasado|cuando (?:era|tenia)|"
    r"en la (?:secundaria|prepa)|by accident|accidentally|by mistake|mix ?-?up|mixed up|got confused|forg[eo]t|forgetful|sin querer|por accidente|por error|por equivocacion|"
    r"se confundio|me confundi|confundid[oa]|se le olvido|olvidadiz[oa]|thinking it was|thought it was|pensando que era|creyendo que era|toddler|baby|bebe|nene|nena|"
    r"little (?:one|boy|girl)|chiquit[oa]|as prescribed|como (?:me |le )?(?:lo |la |los |las )?recet\w+|prescribed dose|what if|que pasa si|if someone)\b)"
)
_TAKEN_ANY_39K = rf"{_SWALLOW_39K} (?:[\w']+ ){{0,6}}?(?:{_MEDICINE_39K}|{POISON_39K})\b"
_TAKEN_MANY_39K = (
    rf"(?:{_SWALLOW_39K} (?:[\w']+ ){{0,2}}?{_MANY_39K} (?:[\w']+ ){{0,4}}?{_MEDICINE_39K}|{_SWALLOW_39K} (?:[\w']+ ){{0,6}}?{POISON_39K})\b"
)
TAKEN_WITH_INTENT_39K = (
    rf"{_NOT_INTENT_39K}(?:"
    rf"{_TAKEN_ANY_39K}[^?]{{0,140}}?\b{STRONG_INTENT_39K}|{STRONG_INTENT_39K}\b[^?]{{0,140}}?\b{_TAKEN_ANY_39K}|"
    rf"{_TAKEN_MANY_39K}[^?]{{0,140}}?\b{WEAK_INTENT_39K}|{WEAK_INTENT_39K}\b[^?]{{0,140}}?\b{_TAKEN_MANY_39K})"
)
OVERDOSE = OVERDOSE + [TAKEN_WITH_INTENT_39K]
CATEGORY_PHRASES[categories.OVERDOSE.key] = OVERDOSE

# 3. The writer's own wish to use a spouse's or a parent's gun on themselves ("my husband keeps a
# pistol for his job and i want to use it on myself tonight", "el arma de mi papa, quiero pegarme un
# tiro"): the writer's suicide risk, not the relative's violence. Kept beside any violence reading of
# the relative's weapon (SUICIDE_BESIDE_A_WEAPON); a relative threatening the writer stays violence.
_OWN_SHOT_39K = (
    r"(?:(?<!never\s)(?<!not\s)(?<!no\s)(?:use|using|usar|usarla|usarlo) (?:it|that|the (?:gun|pistol|rifle)|la|lo|el arma|la pistola)? ?(?:(?:on|against) (?:myself|me)\b|(?:contra|en) (?:mi|mi mism[oa])\b|conmigo)|"
    r"shoot(?:ing)? myself|blow my (?:brains|head) out|put (?:it|the gun|a bullet) (?:to|in) my (?:head|mouth)|"
    r"pegarme un (?:tiro|balazo)|darme un (?:tiro|balazo)|dispararme|volarme (?:los sesos|la cabeza)|meterme un (?:tiro|balazo))"
)
_OWN_WANT_39K = (
    r"(?:i (?:\w+ )?(?:want|wanna|am going|plan|planning|keep thinking|have been thinking|been thinking|am thinking|think|thought|could)(?: to| of| about)?|"
    r"(?:yo )?(?:quiero|voy a|estoy pensando en|he pensado en|pienso en|pensando en|tengo ganas de|me dan ganas de|planeo|podria))"
)
OWN_USE_OF_RELATIVES_GUN_39K = (
    rf"{_RELATIVE_38K}(?:'s| s)?\b[^.?!]{{0,40}}?\b(?:{_FIREARM_38K}|{_ARMED_38K})\b[\s\S]{{0,160}}?\b{_OWN_WANT_39K} (?:(?!never|not|no|nunca|jamas)\w+ ){{0,3}}?{_OWN_SHOT_39K}|"
    rf"\b(?:the|el|la) {_FIREARM_38K} (?:of|de) {_RELATIVE_38K}\b[\s\S]{{0,160}}?\b{_OWN_WANT_39K} (?:(?!never|not|no|nunca|jamas)\w+ ){{0,3}}?{_OWN_SHOT_39K}"
)
SELF_HARM = SELF_HARM + [OWN_USE_OF_RELATIVES_GUN_39K]
CATEGORY_PHRASES[categories.SELF_HARM.key] = SELF_HARM
SUICIDE_BESIDE_A_WEAPON = SUICIDE_BESIDE_A_WEAPON | frozenset({OWN_USE_OF_RELATIVES_GUN_39K})

# 4. A writer with trigeminal neuralgia (or cluster headaches) who says they finally get why it is
# called "the suicide disease" ("now i see why", "ahora entiendo", "ya entiendo por que"): the ask tier.
_NICKNAME_39K = (
    r"(?:suicide (?:disease|illness|headaches?|condition|pain)|enfermedad (?:del )?suicid\w*|dolor(?:es)? (?:de cabeza )?suicidas?|cefaleas? (?:del )?suicid\w*)"
)
_NOW_I_GET_39K = (
    r"(?:(?:now|finally|at last) (?:i )?(?:(?:totally|really|fully|truly) )?(?:get|see|understand|know|comprehend) (?:now )?(?:why|how come)|"
    r"i (?:(?:totally|really|fully|truly) )?(?:finally|now) (?:(?:totally|really|fully|truly) )?(?:get|see|understand|know|comprehend) (?:now )?(?:why|how come)|"
    r"i (?:(?:totally|really|fully|truly) )?(?:get|see|understand|know) (?:now|at last) (?:why|how come)|"
    r"(?:i )?(?:get|understand|see) it now|makes sense now|now it makes sense|"
    r"(?:ahora|ya|por fin|al fin|recien)(?: si)? (?:entiendo|comprendo|se|me explico|veo)(?: bien)? (?:por que|porque)|ahora (?:lo )?entiendo|ya (?:lo )?entiendo)"
)
TN_FINALLY_GET_IT_39K = (
    rf"(?:trigemin\w*|neuralgia|tic douloureux|cluster headaches?|cefaleas? en racimos?|{_NICKNAME_39K})\b[\s\S]{{0,160}}?\b{_NOW_I_GET_39K}\b[^?]{{0,80}}?{_NICKNAME_39K}|"
    rf"(?:trigemin\w*|neuralgia|tic douloureux|cluster headaches?|cefaleas? en racimos?)\b[\s\S]{{0,160}}?\b{_NICKNAME_39K}\b[^?.]{{0,40}}?\b{_NOW_I_GET_39K}(?!\w)"
)
POSSIBLE_RISK = POSSIBLE_RISK + [TN_FINALLY_GET_IT_39K]
CATEGORY_PHRASES[categories.POSSIBLE_RISK.key] = POSSIBLE_RISK
NOT_STUDY = NOT_STUDY + [TN_FINALLY_GET_IT_39K]

# 5. A nurse or an aide who asks a palliative-care question and tells her OWN wish to die in the same
# message ("y la verdad yo tambien quiero morirme", "honestly i want to die too"): her wish, marked as
# her own (too, myself, honestly, but i), is never a study topic; a patient's words quoted stay one.
OWN_WISH_BESIDE_A_QUESTION_39K = (
    r"(?:\b(?:yo tambien|tambien yo|yo misma|yo mismo|la verdad(?:,)? yo|pero yo|a mi tambien|honestly(?:,)? i|personally(?:,)? i|truth is(?:,)? i|"
    r"i also|i too|i myself)(?: (?:tambien|also|too|really|honestly|just|ya|a veces))? "
    r"(?:quiero (?:morir(?:me)?|matarme|suicidarme|desaparecer|quitarme la vida)|me quiero (?:morir|matar)|tengo ganas de morir(?:me)?|"
    r"ya no quiero vivir|want to die|wanna die|want to kill myself|do not want to (?:live|be alive)|wish i (?:was|were) dead)"
    r"|\b(?:i|yo) (?:\w+ )?(?:want to die|quiero morirme) (?:too|myself|tambien)\b)"
    r"(?! (?:en|at|in) (?:casa|home|mi casa|my home|my (?:own )?bed|mi cama|paz|peace|my sleep|el hospital|the hospital))"
    r"(?![^.?!]{0,20}\b(?:she|he|they|el paciente|la paciente|the patient) (?:said|says|dijo|dice)\b)"
)
NOT_STUDY = NOT_STUDY + [OWN_WISH_BESIDE_A_QUESTION_39K]
SELF_HARM = SELF_HARM + [OWN_WISH_BESIDE_A_QUESTION_39K]
CATEGORY_PHRASES[categories.SELF_HARM.key] = SELF_HARM

# 6. Hopelessness about treatments that failed told with weariness of living ("para que sigo intentando
# si nada me funciona, ya me canse de todo", "why do i keep trying if nothing works, i am so tired of all
# of it"): the ask tier. A plain "nothing has worked, what else do you offer" is no such family.
_WHY_KEEP_TRYING_39K = (
    r"(?:why (?:do i |should i |would i )?(?:even |still )?(?:keep|bother|continue) (?:trying|going|fighting|with)|why (?:even )?bother|what is the point of (?:trying|going on|another|more)|"
    r"para que (?:sigo|seguir|sigo intentando|sigo probando|voy a seguir|intento)|(?:ya )?me canse de (?:intentar|probar|luchar)|estoy cansad[oa] de (?:intentar|probar|luchar)|"
    r"(?:tired|sick|exhausted) of (?:trying|fighting))"
)
_NOTHING_WORKS_39K = (
    r"(?:nothing (?:ever )?(?:works|worked|helps|helped|has (?:worked|helped))|none of it (?:works|worked|helps)|nada (?:me )?(?:funciona|sirve|ha funcionado|ha servido|me ha servido|funciono|sirvio|ayuda))"
)
_WEARY_OF_LIVING_39K = (
    r"(?:(?:tired|sick|exhausted|done) of (?:all of it|everything|living|being alive|life|this life|existing|it all)|(?:i am|im) done with (?:everything|life|all of it)|"
    r"cansad[oa] de (?:todo|vivir|la vida|existir)|harta? de (?:todo|vivir|la vida)|hart[oa] de (?:todo|vivir|la vida)|ya me canse de (?:todo|vivir|la vida)|"
    r"no (?:tengo|me quedan) ganas de (?:nada|vivir|seguir)|ya no (?:puedo|aguanto) mas|(?:can not|cant) (?:do|take) (?:this|it) any ?more|"
    r"(?:do not|dont) see the point (?:of|in) (?:going on|living|anything)|no le veo sentido a (?:nada|la vida|seguir))"
)
TRIED_ALL_WEARY_39K = (
    rf"{_WHY_KEEP_TRYING_39K}\b[\s\S]{{0,160}}?\b(?:{_NOTHING_WORKS_39K}\b[\s\S]{{0,120}}?\b{_WEARY_OF_LIVING_39K}|{_WEARY_OF_LIVING_39K})|"
    rf"{_NOTHING_WORKS_39K}\b[\s\S]{{0,160}}?\b{_WHY_KEEP_TRYING_39K}\b[\s\S]{{0,120}}?\b{_WEARY_OF_LIVING_39K}|"
    rf"{_WEARY_OF_LIVING_39K}\b[\s\S]{{0,160}}?\b{_WHY_KEEP_TRYING_39K}"
)
POSSIBLE_RISK = POSSIBLE_RISK + [TRIED_ALL_WEARY_39K]
CATEGORY_PHRASES[categories.POSSIBLE_RISK.key] = POSSIBLE_RISK

# 3. (its look-alike the other way) A spouse or a parent with a gun who says he will use it on the
# writer ("saco la pistola y dice que la va a usar contra mi", "said he will use it on me"): violence
# at home now, not the writer's own wish (patterns.py blanks "use it on me" told of him).
RELATIVE_GUN_ON_ME_39K = (
    rf"{_RELATIVE_38K}\b[^.?!]{{0,40}}?\b{_ARMED_38K}\b[^?]{{0,100}}?\b"
    r"(?:(?:says|said|keeps saying|is saying|threatens|threatened|told me|yells|yelled|screams|screamed) (?:that )?(?:he|she|they) (?:will|would|is going to|gonna|wants to|was going to) "
    r"(?:use it|use (?:the|his|her) (?:gun|pistol|rifle)|shoot|turn it|point it) ?(?:on|at|against)? (?:me|us)\b|"
    r"(?:dice|dijo|grita|grito|amenaza|amenazo|esta diciendo|anda diciendo)(?: con)? (?:que )?(?:la|lo) (?:va a|iba a|quiere) (?:usar|disparar) (?:contra|en|conmigo|sobre) ?(?:mi|nosotros)?|"
    r"(?:dice|dijo|grita|grito|amenaza|amenazo) (?:con |que )?(?:me|nos) (?:va a |iba a |quiere )?(?:disparar|dar un tiro|pegar un tiro|balear))"
)
VIOLENCE = VIOLENCE + [RELATIVE_GUN_ON_ME_39K]
CATEGORY_PHRASES[categories.VIOLENCE.key] = VIOLENCE


# --- round 39's overdose and medical left over (helper e) -----------------------------------------
# 1. A household chemical swallowed by anyone, in the names Spanish speakers use, with a sign: drain
# opener ("liquido para destapar canerias", "destapacanos", "drano"), a laundry or dishwasher capsule
# bitten ("pod de lavar"), plant poison or fungicide, burning or methyl alcohol; the signs include a
# burning mouth, crying, sweating, blood from the mouth, seeing blurred (Poison Help: patterns.py).
_CHEMICAL_39E = (
    r"(?:(?:liquido|producto|quimico|gel) (?:para |de )?(?:destapar|destapa|desatascar|desatorar) (?:\w+ ){0,2}?(?:canerias?|canos?|fregaderos?|lavabos?|tuberias?|drenajes?|bano|inodoro|tubos?)|"
    r"destapa ?(?:canos|canerias|tuberias|drenajes)|desatascador\w*|drano|drain (?:opener|cleaner|unclogger)|liquid plumr|"
    r"(?:laundry|detergent|dishwasher|tide|washing|wash) (?:pods?|capsules?|packets?)|pods? (?:de|para) (?:lavar|lavadora|ropa|detergente|lavavajillas)|"
    r"capsulas? (?:de |del |para )?(?:detergente|lavar|lavadora|jabon|lavavajillas|lavaplatos|ropa)|"
    r"(?:veneno|insecticida|fungicida|plaguicida|liquido|spray) (?:para|de) (?:las |los )?(?:plantas|matas|jardin|huerta|hierbas?|pasto|hongos|plagas)|fungicid\w*|"
    r"(?:plant|garden|lawn) (?:poison|spray|pesticide|fungicide|killer)|fungicides?|"
    r"alcohol (?:de quemar|metilico|desnaturalizado|de madera|para quemar)|methyl alcohol|methanol|metanol|burning alcohol|"
    r"(?:hair )?(?:developer|peroxide)|peroxido|agua oxigenada)"
)
_SWALLOW_39E = (
    r"(?:took|swallowed|drank|ate|chugged|sipped|bit|bit into|chewed(?: on)?|mouthed|got into|had some|had a (?:sip|swig|gulp)|"
    r"(?:se |me )?(?:tomo|tome|bebio|bebi|trago|trague|comio|comi|mordio|mordi|empino|echo|metio) ?(?:a la boca )?|mordisqueo|chupo|se metio a la boca|"
    r"(?:se |me )?(?:tomo|bebio|tome|bebi) (?:un |una )?(?:trago|sorbo|poquito|poco|chorrito))"
)
_CHEM_SIGN_39E = (
    rf"(?:{_CHILD_SIGN_38}|{_CHEM_SIGN_39}|(?:mouth|lips|tongue|throat) (?:is |are )?(?:burning|burns|on fire|swelling|swollen|hurts|bleeding)|"
    r"(?:le |me )?(?:arde|quema|duele) (?:la boca|los labios|la lengua|la panza|el estomago)|boca (?:roja|quemada|hinchada|ardiendo)|"
    r"llor\w+|crying|screaming in pain|grita de dolor|sweat\w*|sud\w+|gagg\w*|arcadas|vomitando sangre|ve (?:todo )?borroso|(?:can not|cant) see (?:well|right|clearly)|"
    r"dolor de (?:panza|estomago|barriga)|stomach (?:pain|hurts|ache)|(?:le |me )?duele (?:mucho )?(?:la panza|el estomago))"
)
CHEMICAL_SWALLOWED_39E = (
    rf"(?<!\bhow\sto\s)(?<!\bsi\s)(?<!\bif\s)\b{_SWALLOW_39E} (?:\w+ ){{0,6}}?{_CHEMICAL_39E}\b"
    rf"(?:(?!(?:is|seems|looks|esta|parece|se ve|sigue) (?:totally |completely |perfectly |muy |bien )?(?:fine|ok|okay|bien|normal)\b)[^?]){{0,140}}?"
    rf"\b(?<!no\s)(?<!not\s)(?<!sin\s)(?<!without\s)(?<!any\s){_CHEM_SIGN_39E}(?!\w)"
)

# 2. A whole box, bottle or blister of a benzodiazepine found empty with someone drowsy or not waking
# ("encontre el blister de clonazepam vacio y mi hijo esta muy somnoliento"): the overdose reading, and
# (patterns.py) the naloxone steps, since nobody knows what else, or what pressed pill, was taken.
_BENZO_39E = (
    r"(?:clonazepam|clonazepan|klonopin|rivotril|alprazolam|alprazolan|xanax|tafil|valium|diazepam|ativan|lorazepam|bromazepam|lexotan|"
    r"benzos?|benzodiazepin\w*|tranquilizantes?|calmantes?)"
)
_PACK_39E = r"(?:box|bottle|blister|pack|strip|sleeve|sheet|pill bottle|caja|cajita|frasco|bote|blister|tira|empaque|paquete|envase|sobre)"
_EMPTY_PACK_39E = (
    rf"(?:{_PACK_39E} (?:\w+ ){{0,3}}?(?:of |de |del )?(?:\w+ ){{0,2}}?{_BENZO_39E}\b(?: \w+){{0,6}}? (?:is |was |esta |estaba |quedo |totally |all |completely |completamente |toda |todo )*{_EMPTY_39}|"
    rf"{_BENZO_39E} (?:\w+ ){{0,2}}?{_PACK_39E}\b(?: \w+){{0,5}}? (?:is |was |esta |estaba |totally |all |completely |completamente |toda |todo )*{_EMPTY_39}|"
    rf"{_EMPTY_39} (?:\w+ ){{0,4}}?{_PACK_39E} (?:\w+ ){{0,3}}?{_BENZO_39E}|"
    rf"(?:empty|vaci[oa]s?) {_BENZO_39E} {_PACK_39E})"
)
_DROWSY_39E = (
    rf"(?:{_SIGN_38}|{_UNRESPONSIVE_39}|(?:no|not|wont|will not) (?:despierta|contesta|reacciona|wake up|waking up)|(?:muy |bien |super )?(?:dormid[oa]|somnolient[oa])|"
    r"(?:can not|cant|could not) keep (?:her|his|their) eyes open|no (?:puede|podia) abrir los ojos)"
)
EMPTY_BENZO_DROWSY_39E = rf"{_EMPTY_PACK_39E}\b[^?]{{0,120}}?\b{_DROWSY_39E}(?!\w)"

# 3. A methadone or buprenorphine dose doubled or taken twice, then sleepy or breathing slow ("duplico
# la dosis de buprenorfina y esta con mucho sueno", "accidentally doubled my methadone ... cant stay awake").
_OPIOID_MAINT_39E = r"(?:methadone|metadona|buprenorphine|buprenorfina|suboxone|subutex|zubsolv|bupe|sublocade)"
_DOUBLED_39E = (
    rf"(?:(?:doubled|double dosed|duplico|duplique|repitio|repeti|se repitio|volvio a tomar|se volvio a tomar|took|tomo|se tomo|me tome|tome) (?:\w+ ){{0,3}}?{_OPIOID_MAINT_39E}\b(?: \w+){{0,4}}? (?:twice|two times|dos veces|again|otra vez|de nuevo|double)|"
    rf"(?:doubled|duplico|duplique|double (?:dose|dosed)|doble dosis|dosis doble|dos dosis|two doses|extra dose|otra dosis) (?:\w+ ){{0,3}}?{_OPIOID_MAINT_39E}|"
    rf"(?:doubled|duplico|duplique) (?:\w+ ){{0,2}}?(?:dose|dosis) (?:of |de (?:la |su )?)?{_OPIOID_MAINT_39E})"
)
_SLOW_39E = (
    rf"(?:{_SIGN_38}|nodding(?: off)?|cabecea\w*|(?:muy |bien )?dormid[oa]|(?:muy |bien )?somnolient\w+|breathing (?:is )?(?:slow|shallow)|respira (?:muy )?(?:lento|despacio|despacito|poco)|"
    r"(?:can not|cant|could not) stay awake|no (?:se )?(?:puede|podia) mantener despiert\w+|no despierta)"
)
METHADONE_DOUBLED_SLOW_39E = rf"{_DOUBLED_39E}\b(?:(?!as prescribed|recetad)[^?]){{0,140}}?\b{_SLOW_39E}(?!\w)"

# 4. A small child or grandchild into a grandparent's blood-pressure or heart pills, one pill or many
# ("mi nieto de 3 anos se tomo la pastilla de la presion de mi esposo"): poisoning (Poison Help).
_HEART_PILL_39E = (
    r"(?:(?:blood pressure|bp|heart|pressure|diabetes|sugar) (?:pills?|meds|medicines?|medications?|tablets?)|"
    r"pastillas? (?:de|para) (?:la )?(?:presion|el corazon|la azucar|el azucar|la diabetes)|pastillas? del corazon|medicinas? (?:de|para) (?:la presion|el corazon)|"
    r"metoprolol|amlodipin[ae]|lisinopril|losartan|atenolol|propranolol|carvedilol|digoxin[a]?|clonidin[ae]|verapamil|diltiazem|metformin[a]?|glipizid[ae]|glibenclamid[ae])"
)
_GRANDCHILD_39E = rf"(?:{_CHILD_38}|{_LITTLE_ONE_39}|grandkid|grandbaby|nietecit[oa]|nietit[oa])"
CHILD_HEART_PILLS_39E = (
    rf"{_GRANDCHILD_39E} (?:\w+ ){{0,4}}?(?:got into|ate|swallowed|chewed|took|found and ate|se comio|comio|se tomo|tomo|se trago|trago|mordio|agarro|se metio a la boca) "
    rf"(?:\w+ ){{0,5}}?{_HEART_PILL_39E}\b"
    r"(?![^.?]{0,30}\b(?:but|pero) (?:we|i|le|se la|se las|lo|la) (?:took|caught|got|quitamos|quite|sacamos|saque))"
)

# 5. Pills bought as pain relief (naproxen, ibuprofen, aspirin, in the plural too) swallowed in quantity
# after a break-up or a fight: an intentional overdose (round 39 k's intent words and stops).
_NSAID_39E = (
    r"(?:naproxen\w*|aleve|ibuprofen\w*|advils?|motrin|midol|aspirin\w*|excedrin|diclofenac\w*|ketorolac\w*|meloxicam|dolo ?neurobion|"
    r"(?:pain ?killers?|pain (?:pills|relievers?|meds)|analgesic\w*|analgesicos?|pastillas (?:para|del) (?:el )?dolor))"
)
NSAIDS_AFTER_FIGHT_39E = (
    rf"{_NOT_INTENT_39K}(?:{_SWALLOW_39K} (?:[\w']+ ){{0,2}}?{_MANY_39K} (?:[\w']+ ){{0,4}}?{_NSAID_39E}\b[^?]{{0,140}}?\b{WEAK_INTENT_39K}|"
    rf"{WEAK_INTENT_39K}\b[^?]{{0,140}}?\b{_SWALLOW_39K} (?:[\w']+ ){{0,2}}?{_MANY_39K} (?:[\w']+ ){{0,4}}?{_NSAID_39E}\b)"
)

# 6. Fentanyl or other pain patches forgotten on the skin, or new ones put over old ones, with drowsiness
# ("forgot to take off her fentanyl patch and put another one on ... really drowsy").
_PAIN_PATCH_39E = (
    r"(?:(?:fentanyl|duragesic|butrans|morphine|opioid|pain|buprenorphine) patch(?:es)?|parches? (?:de |del? )?(?:fentanilo|morfina|buprenorfina|para el dolor|duragesic))"
)
_FORGOT_PATCH_39E = (
    r"(?:forgot|forgotten|forget|never took|did not take|didnt take|left|still (?:has|had|on)|another one|a new one|an extra|extra|"
    r"several|multiple|(?:two|three|four|2|3|4) (?:of them|old ones)|olvid\w+|nunca se (?:lo|los) quito|no se (?:lo|los) quito|se dejo|sin quitar\w*|otro|otros|uno nuevo|"
    r"varios|(?:dos|tres|cuatro) (?:pegados|puestos)|pegados|puestos)"
)
PATCH_FORGOTTEN_SLEEPY_39E = (
    rf"(?:{_PAIN_PATCH_39E}\b[^?.]{{0,80}}?\b{_FORGOT_PATCH_39E}|{_FORGOT_PATCH_39E}\b[^?.]{{0,80}}?\b{_PAIN_PATCH_39E})\b"
    rf"(?:(?!as prescribed|recetad)[^?]){{0,120}}?\b{_SLOW_39E}(?!\w)"
)
OVERDOSE = OVERDOSE + [CHEMICAL_SWALLOWED_39E, EMPTY_BENZO_DROWSY_39E, METHADONE_DOUBLED_SLOW_39E, CHILD_HEART_PILLS_39E,
                       NSAIDS_AFTER_FIGHT_39E, PATCH_FORGOTTEN_SLEEPY_39E]
CATEGORY_PHRASES[categories.OVERDOSE.key] = OVERDOSE

# 7. Violence now: a knife threat heard through a door, the writer hiding or locked in ("estoy encerrada
# en el cuarto y mi esposo esta afuera con un cuchillo amenazando", "im locked in the bathroom and i can
# hear him outside yelling he'll stab me"), or a man locked in a room with a knife threatening those
# outside. The span covers the whole telling, so the locked-in-with-a-blade reading of self-harm
# (someone else's knife) gives way to it; the writer's own wish to die is never such a threat.
_HIDING_39E = (
    r"(?:hiding|hidden|hid|locked (?:myself |ourselves |us |me )?in|locked the door|barricaded|behind the door|in the closet|"
    r"escondid[oa]s?|me escondi|nos escondimos|encerrad[oa]s?|me encerre|nos encerramos|cerre (?:la puerta )?con (?:llave|seguro)|atrancad[oa]s?|tras la puerta|detras de la puerta|en el closet)"
)
_HE_OUTSIDE_39E = (
    r"(?:outside|out there|on the other side of the door|at the door|banging on the door|pounding on the door|kicking the door|trying to (?:get|break) in|"
    r"afuera|(?:del )?otro lado de la puerta|en la puerta|golpeando la puerta|pateando la puerta|tumbando la puerta|quiere (?:entrar|tumbar la puerta))"
)
_BLADE_39E = r"(?:knife|knives|machete|blade|box cutter|cuchillo|cuchilla|navaja|machete|filero|cutter|punal)"
_THREAT_39E = (
    r"(?:(?:kill|stab|cut|hurt|get|gut) (?:me|us|my \w+|everyone|everybody)|(?:me|nos|te|la|lo|los) (?:va a|van a|quiere|iba a) (?:matar|picar|apunalar|acuchillar|cortar|lastimar|hacer dano)|"
    r"matarnos|matarme|apunalarme|acuchillarme|threaten\w*|amenaza\w*)"
)
KNIFE_THROUGH_THE_DOOR_39E = (
    r"(?![\s\S]*\b(?:kill(?:ing)? (?:myself|himself|herself|themselves)|hurt (?:myself|himself|herself)|cut (?:myself|himself|herself)|end (?:my|his|her) life|wants? to die|wanna die|suicid\w*|"
    r"matarme yo|quitar(?:me|se) la vida|(?:me|se) quiere (?:morir|matar)|quiere(?:s)? (?:morirse|matarse|morir)|quiero (?:morirme|matarme)|cortar(?:me|se)|se va a matar|se mata|matarse|"
    r"(?:no|not) (?:quiere|quiero|wants? to|want to) (?:vivir|live)|locked (?:himself|herself) in|se encerro|dying|morirse)\b)"
    rf"(?:{_HIDING_39E}\b[^?]{{0,120}}?\b{_HE_OUTSIDE_39E}\b[^?]{{0,80}}?\b{_BLADE_39E}(?:[^?]{{0,80}}?\b{_THREAT_39E})?|"
    rf"{_HIDING_39E}\b[^?]{{0,120}}?\b{_BLADE_39E}\b[^?]{{0,80}}?\b{_HE_OUTSIDE_39E}(?:[^?]{{0,80}}?\b{_THREAT_39E})?|"
    rf"{_HE_OUTSIDE_39E}\b[^?]{{0,80}}?\b{_BLADE_39E}\b[^?]{{0,80}}?\b{_THREAT_39E}(?:[^?]{{0,80}}?\b{_HIDING_39E})?|"
    rf"{_HE_OUTSIDE_39E}\b[^?]{{0,80}}?\b{_THREAT_39E}\b[^?]{{0,80}}?\b{_BLADE_39E}(?:[^?]{{0,80}}?\b{_HIDING_39E})?|"
    rf"{_BLADE_39E}\b[^?]{{0,80}}?\b{_HE_OUTSIDE_39E}\b[^?]{{0,80}}?\b{_HIDING_39E}|"
    rf"{_HIDING_39E}\b[^?]{{0,120}}?\b{_HE_OUTSIDE_39E}\b[^?]{{0,80}}?\b(?:stab|apunal|acuchill)\w*)(?!\w)"
)
VIOLENCE = VIOLENCE + [KNIFE_THROUGH_THE_DOOR_39E]
CATEGORY_PHRASES[categories.VIOLENCE.key] = VIOLENCE

# 8. Medical: a small child on a window sill, ledge or edge of an upper floor (no jump told: the child
# may fall), "se subio a la repisa de la ventana y estamos en un septimo piso"; a blood sugar in the
# 20s to 40s that does not rise after juice or sugar; sudden loss of sight in one eye with a numb limb in
# Spanish word orders ("dejo de ver por un ojo", "se me durmio la mano"); a saw or chainsaw wound with
# heavy bleeding and a tourniquet or a belt tied.
_UP_HIGH_39E = (
    r"(?:(?:\d+(?:st|nd|rd|th)?|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top|upper|segundo|tercer|tercero|cuarto|quinto|sexto|septimo|octavo|noveno|decimo|ultimo) "
    r"(?:floor|story|storey|piso|planta)|(?:piso|planta) (?:\d+|alto)|high up|muy alto|upstairs|arriba)"
)
_ON_SILL_39E = (
    r"(?:(?:on|onto|up on|out on|at the edge of|on the edge of|over) (?:the |a |our |his |her )?(?:window ?sill|window ledge|ledge|sill|window|balcony (?:railing|rail|edge)|railing)|"
    r"(?:en|sobre|al|a) (?:el |la )?(?:borde|orilla|repisa|marco|cornisa|alfeizar|barandal|baranda) (?:de|del) (?:la |el )?(?:ventana|ventanal|balcon)|"
    r"(?:en|a|sobre) la (?:repisa|cornisa|ventana)|(?:en|sobre) el (?:alfeizar|barandal)|por la ventana)"
)
CHILD_ON_SILL_UP_HIGH_39E = (
    r"(?![\s\S]*\b(?:jump\w*|let go|kill|die|suicid\w*|end it|tirar(?:se|me)|se va a tirar|saltar|brincar|matar(?:se|me)|morir(?:se|me)?|years ago|when i was|cuando (?:era|yo era)|hace (?:\w+ )?anos|window guards?|protecciones|rejas)\b)"
    rf"{_LITTLE_ONE_39} (?:(?!kept|keeps|used|loves|likes|always|never|siempre|solia|suele|gusta)\w+ ){{0,3}}?(?:is|are|was|esta|estan|climbed|climbing|got|crawled|se subio|se trepo|subio|trepo|se salio|gateo|se sento|sat|standing|sitting|parad[oa]|sentad[oa]|subid[oa]|trepad[oa]) "
    rf"(?:\w+ ){{0,2}}?{_ON_SILL_39E}\b[^?]{{0,80}}?\b{_UP_HIGH_39E}|"
    rf"(?![\s\S]*\b(?:jump\w*|kill|die|suicid\w*|tirar(?:se|me)|saltar|matar(?:se|me)|years ago|when i was|cuando era|window guards?)\b)"
    rf"{_UP_HIGH_39E}\b[^?]{{0,80}}?\b{_LITTLE_ONE_39} (?:\w+ ){{0,3}}?(?:is|are|esta|estan|climbed|climbing|se subio|se trepo|subio|trepo|se sento|sat|standing|sitting|parad[oa]|sentad[oa]|subid[oa]|trepad[oa]) (?:\w+ ){{0,2}}?{_ON_SILL_39E}"
)
_LOW_NUMBER_39E = r"(?:2\d|3\d|4\d)(?! ?(?:mmol|years?|anos|minutes?|minutos|mins?|percent|%|lbs?|kg|pounds|libras))"
_SUGAR_39E = r"(?:blood sugar|sugar|glucose|bg|bs|reading|glucosa|azucar|glicemia|glucemia|nivel de azucar)"
_JUICE_39E = (
    r"(?:juice|jugo|zumo|soda|refresco|coca|candy|caramelos?|dulces?|glucose (?:tabs|tablets|gel)|tabletas de glucosa|sugar|azucar|honey|miel|gatorade|juice box\w*)"
)
_NOT_RISING_39E = (
    r"(?:not (?:going up|rising|coming up|budging|getting better|improving)|(?:won t|wont|will not|does not|doesnt|did not|didnt) (?:go up|rise|come up|budge|help|work|change)|"
    r"still (?:not rising|low|dropping|falling|the same|going down|at|in the)|keeps (?:dropping|falling|going down)|(?:is )?(?:dropping|falling|going down)|"
    r"no (?:sube|subio|ha subido|mejora|ayudo|sirvio|cambia)|sigue (?:bajando|baja|igual|en)|(?:se )?(?:esta )?bajando mas|ni (?:asi )?sube)"
)
SUGAR_LOW_NOT_RISING_39E = (
    rf"{_SUGAR_39E} (?:\w+ ){{0,5}}?(?:is |was |of |at |reads |read |says |en |de |esta en |marca |dio |salio en |salio )?{_LOW_NUMBER_39E}\b"
    rf"(?:(?!years ago|last (?:year|month|week)|once|hace (?:\w+ )?(?:anos|meses)|una vez|el ano pasado)[^?]){{0,100}}?\b"
    rf"(?:{_JUICE_39E}\b[^?]{{0,60}}?\b{_NOT_RISING_39E}|{_NOT_RISING_39E}\b[^?]{{0,60}}?\b{_JUICE_39E})"
)
_ONE_EYE_39E = (
    rf"(?:{_ONE_EYE_39}|(?:dejo de|deje de|dejamos de) ver (?:por|de|con) (?:un|el|su|mi) (?:\w+ )?ojo|(?:perdi|perdio) (?:la )?(?:vista|vision) (?:de|del|en|por) (?:un|el|su|mi) (?:\w+ )?ojo|"
    r"(?:no ve|no veo|ya no ve|ya no veo) (?:nada )?(?:por|de|con) (?:un|el|su|mi) (?:\w+ )?ojo|(?:se (?:me|le) )?(?:quedo|quede) ciego (?:de|del) (?:un )?ojo|"
    r"(?:went|gone|is|am|suddenly) (?:\w+ )?blind in (?:one|my|his|her|the) (?:\w+ )?eye|(?:vision|sight) in (?:one|my|his|her|the) (?:\w+ )?eye (?:just )?(?:went|is gone|went black|went dark|disappeared))"
)
_NUMB_39E = (
    rf"(?:{_NUMB_LIMB_39}|se (?:me|le) (?:durmio|entumio|adormecio|duerme|entumecio) (?:la |el )?(?:mano|brazo|cara|pierna)|(?:no siente|no siento) (?:la |el )?(?:mano|brazo|cara)|"
    r"(?:can not|cant|could not) feel (?:my|his|her) (?:hand|arm|face)|(?:hand|arm|face) (?:feels|is|went|got) (?:\w+ )?(?:numb|dead|tingly|weak))"
)
SUDDEN_EYE_NUMB_39E = (
    rf"(?<!\bsi\s)(?<!\bif\s)(?:{_ONE_EYE_39E}\b[^?]{{0,100}}?\b{_NUMB_39E}|{_NUMB_39E}\b[^?]{{0,100}}?\b{_ONE_EYE_39E})"
)
_SAW_39E = r"(?:saw|chainsaw|chain saw|table saw|circular saw|skil ?saw|miter saw|band saw|sierra\w*|motosierra|serrucho|moto sierra|sierra electrica|sierra circular|cortadora)"
_BLEED_39E = (
    r"(?:bleed\w*|blood (?:everywhere|all over|pouring|spurting|gushing|squirting)|sangr\w+|hemorrag\w*|chorros de sangre|mucha sangre|lots of blood|so much blood)"
)
_TOURNIQUET_39E = (
    r"(?:tourniquet|torniquete|belt|cinturon|cincho|correa|tied (?:a |my |his |her |the )?(?:shirt|towel|cloth|rope|belt|strap)|amarr\w+|apret\w+ (?:con|arriba)|"
    r"pressure on it|presion|haciendo presion|applying pressure)"
)
SAW_BLEEDING_TOURNIQUET_39E = (
    rf"(?<!\bbought\sa\s)(?<!\bcompre\suna\s)\b{_SAW_39E}\b[^?]{{0,100}}?\b{_BLEED_39E}\b[^?]{{0,100}}?\b{_TOURNIQUET_39E}|"
    rf"{_SAW_39E}\b[^?]{{0,100}}?\b{_TOURNIQUET_39E}\b[^?]{{0,100}}?\b{_BLEED_39E}|"
    rf"(?:{_BLEED_39E}|{_TOURNIQUET_39E})\b[^?]{{0,100}}?\b(?:with|con|on|en) (?:the |a |his |her |my |la |el |una |un )?{_SAW_39E}\b[^?]{{0,100}}?\b(?:{_TOURNIQUET_39E}|{_BLEED_39E})"
)
MEDICAL = MEDICAL + [CHILD_ON_SILL_UP_HIGH_39E, SUGAR_LOW_NOT_RISING_39E, SUDDEN_EYE_NUMB_39E, SAW_BLEEDING_TOURNIQUET_39E]
CATEGORY_PHRASES[categories.MEDICAL.key] = MEDICAL

# --- round 39's suicide risk left over (helper d) -------------------------------------------------
# 1. A building's roof or terrace told with how many floors it has ("la azotea de mi edificio, son 12
# pisos", "the roof of my building, 20 stories") beside going up there, having decided, or not coming
# down: a height as the means with no suicide word. Not a roofer's or a super's job, a party, laundry,
# the view, a repair, nor a question about going up.
_NUM_39D = (
    r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
    r"twenty|thirty|forty|fifty|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieciseis|diecisiete|dieciocho|"
    r"diecinueve|veinte|veinti\w+|treinta|cuarenta|cincuenta)"
)
_FLOORS_39D = (
    rf"(?:(?:like |about |around |over |almost |nearly |more than |como |unos |casi |mas de )?{_NUM_39D}(?: y \w+| \w+)?[ -]?"
    r"(?:floors?|stor(?:y|ies|eys?)|levels|pisos|plantas|niveles)|(?:piso|floor) (?:numero )?\d{1,3}|\d{1,3}(?:st|nd|rd|th) floor)\b"
)
_TOP_39D = (
    r"(?:roof|rooftop|roof ?top|terrace|top floor|azotea|terraza|techo|ultimo piso|top of (?:my|the|this|our|that) (?:\w+ )?building)"
)
_BUILDING_39D = r"(?:building|edificio|tower|torre|high ?rise|apartment|apartamento|departamento|depa|condo)"
_UP_OR_DECIDED_39D = (
    r"(?:(?:not|never|will not|am not|no longer) (?:be )?(?:coming|come|going|walking|taking the stairs|climbing) (?:back )?down|"
    r"(?:ya )?no (?:voy a |pienso |vuelvo a |quiero |me voy a )?bajar|ya no bajo|no bajo|sin bajar|no volver a bajar|"
    r"decided|made up my mind|my mind is made up|made (?:the|my) decision|i know what i am (?:doing|going to do)|"
    r"(?:ya )?(?:lo )?(?:decidi|tengo decidido)|(?:ya )?tome la decision|ya (?:estoy|esta) decidid[oa]|ya se lo que (?:voy a hacer|hare)|"
    r"(?:go|going|gonna go|head|heading|headed|walk|walking|climb|climbing|went|goes) (?:back )?up(?: there)?|"
    r"(?:subo|subir|subirme|me subo|me subi|subi|subiendo|me voy a subir|voy a subir|voy para (?:alla|arriba)|voy pa arriba|ya estoy arriba|estoy arriba))\b"
)
_ROOF_BENIGN_39D = (
    r"(?:roofer|roofing|techero|impermeabiliz\w*|gotera\w*|leak\w*|repair\w*|fix\w*|arreglar|reparar|instal\w*|solar|panel\w*|antena|antenna|tinaco|"
    r"water tank|tanque|a\W?c unit|maintenance|mantenimiento|the super|building super|superintendent|conserje|portero|inspect\w*|contractor|contratista|my job|at work|shift|turno|chamba|"
    r"rooftop bar|bar|restaurant|restaurante|lounge|dinner|cena|drinks|tragos|friends|amigos|"
    r"party|fiesta|bbq|barbecue|asado|carne asada|view|vista|fireworks|fuegos artificiales|cohetes|sunset|atardecer|sunrise|amanecer|stars|estrellas|garden|jardin|plants|"
    r"plantas|pool|alberca|piscina|gym|laundry|ropa|tender|tendedero|smoke|fumar|photos?|fotos?|drone|dron|elevator|elevador|ascensor|wifi|signal|senal|"
    r"can i|may i|is it safe|puedo|se puede|es seguro|should i)"
)
_ROOF_NOT_39D = rf"(?![\s\S]*\b{_ROOF_BENIGN_39D}\b)"
ROOF_FLOORS_39D = (
    rf"(?:"
    rf"{_TOP_39D}\b[^?]{{0,60}}?\b{_FLOORS_39D}[^?]{{0,80}}?\b{_UP_OR_DECIDED_39D}|"
    rf"{_FLOORS_39D}[^?]{{0,60}}?\b{_TOP_39D}\b[^?]{{0,80}}?\b{_UP_OR_DECIDED_39D}|"
    rf"{_UP_OR_DECIDED_39D}[^?]{{0,80}}?\b{_TOP_39D}\b[^?]{{0,60}}?\b{_FLOORS_39D}|"
    rf"{_UP_OR_DECIDED_39D}[^?]{{0,80}}?\b{_FLOORS_39D}[^?]{{0,60}}?\b{_TOP_39D}\b|"
    rf"{_BUILDING_39D}\b[^?]{{0,40}}?\b{_FLOORS_39D}[^?]{{0,80}}?\b{_UP_OR_DECIDED_39D}[^?]{{0,60}}?\b{_TOP_39D}\b|"
    rf"{_TOP_39D}\b[^?]{{0,60}}?\b{_UP_OR_DECIDED_39D}[^?]{{0,60}}?\b{_FLOORS_39D})"
)

# 2. A ligature told as ready in the writer's own life ("la cuerda ya esta lista", "ya la tengo
# amarrada", "the rope is all set up", "i made the noose"): preparation with no other suicide word.
# Not a rope for moving, camping, a boat, laundry, a dog, a gym, a seat belt or a black belt.
_LIG_39D = r"(?:rope|noose|soga|cuerda|horca|belt|cinturon|extension cord|cord|ligature|lazo)"
_READY_39D = (
    r"(?:ready|all set(?: up)?|set up|prepared|tied(?: up)?|hung|hanging|rigged|lista|listo|preparad[oa]|amarrad[oa]|atad[oa]|colgad[oa]|puest[oa]|hech[oa])"
)
_LIG_BENIGN_39D = (
    r"camping|camp|acampar|campamento|moving|mudanza|mudarnos|furniture|muebles|couch|sofa|boat|barco|lancha|kayak|canoe|sailing|velero|anchor|ancla|"
    r"climbing|escalar|rappel\w*|tent|carpa|casa de campana|tarp|lona|hammock|hamaca|swing|columpio|clothesline|tendedero|laundry|tender (?:la )?ropa|colgar (?:la )?ropa|"
    r"jump rope|saltar la cuerda|brincar la cuerda|dog|perro|leash|seat ?belt|cinturon de seguridad|black belt|cinta negra|karate|judo|taekwondo|jiu ?jitsu|tool ?belt|"
    r"gym|crossfit|yoga|gift|regalo|pinata|trailer|remolque|truck|camion|camioneta|tow\w*|remolc\w*|tie ?downs?|christmas|navidad|christmas lights|charger|cargador|"
    r"umbilical|cordon umbilical|pants|pantalon\w*|costume|disfraz|halloween|decoration|decoracion|boxes|cajas|package|paquete|firewood|lena|horse|caballo|cattle|ganado|"
    r"rodeo|flag|bandera|tug of war|wedding|boda|married|casamos|casarnos"
)
_LIG_NOT_39D = rf"(?![\s\S]*\b(?:{_LIG_BENIGN_39D})\b)"
LIGATURE_READY_39D = (
    rf"(?:"
    rf"\b{_LIG_39D}(?: \w+){{0,2}}? (?:ya )?(?:is |esta |are |estan )?(?:all |ya |already |todo )?{_READY_39D}\b|"
    rf"(?:ya )?(?:tengo|deje|dejo|have|got|left|i have|i got) (?:ya |already )?(?:lista|listo|preparad[oa]|amarrad[oa]|atad[oa]|colgad[oa]|ready|tied|set up|hung) "
    rf"(?:la |el |the |my |mi |a |una |un )?{_LIG_39D}\b|"
    rf"(?:ya )?(?:prepare|amarre|ate|colgue|hice|arme|tied|hung|prepared|set up|rigged|made|fixed) (?:ya |already )?(?:la |el |the |my |mi |a |una |un )?{_LIG_39D}\b|"
    rf"\b(?:la|el|the|my|mi) {_LIG_39D},? (?:ya )?(?:la|lo|it) (?:tengo|deje|have|got|already) (?:ya |already )?{_READY_39D}\b|"
    rf"\b(?:la|lo) (?:tengo|deje) (?:ya )?{_READY_39D}\b[^.?!]{{0,20}}?\b(?:la |el |the |my |mi )?{_LIG_39D}\b|"
    rf"(?:ya )?(?:hice|tengo hecho|tengo) el nudo\b[^.?!]{{0,20}}?\b(?:la |el |una |un )?{_LIG_39D}\b|nudo corredizo|nudo de (?:la )?horca|slip ?knot|hangman'?s knot|"
    rf"\b{_LIG_39D}\b[^.?!]{{0,60}}?\b(?:it is|its|ya esta|already) (?:all |ya )?(?:ready|set up|lista|preparada|amarrada|tied)\b)"
)

# 3. Poison bought or got for a set time ("ya compre el raticida, es para esta noche", "got the
# pesticide, it is for tonight"). Not rat poison for rats in a basement, a garden, an exterminator.
_POISON_39D = (
    r"(?:poison|veneno|rat poison|raticida|matarratas|mata ?ratas|pesticid\w*|plaguicid\w*|insecticid\w*|herbicid\w*|weed ?killer|paraquat|"
    r"glifosato|glyphosate|roundup|fosfuro|phosphide|arsenic|arsenico|cyanide|cianuro|estricnina|strychnine|pastillas? de veneno|pastilla del frijol)"
)
_GOT_39D = (
    r"(?:bought|buy|got|get|picked up|ordered|have|purchased|found|compre|me compre|consegui|me consegui|ya tengo|tengo|traje|pedi|encontre|fui por|fui a comprar)"
)
_FOR_TIME_39D = (
    r"(?:(?:for|para|pa) (?:today|tonight|this (?:evening|weekend)|later tonight|hoy(?: en la noche| mismo)?|esta noche|esta tarde|este fin de semana)|"
    r"tonight is the night|tonight it is|hoy es el dia|hoy es la noche|esta noche es la noche)\b"
)
_PEST_BENIGN_39D = (
    r"(?:(?:hay|there are|there is|we have|we got|tenemos|infest\w*|plague of|full of|lleno de|llena de) (?:\w+ ){0,2}?(?:rats|ratas|mice|ratones|a mouse|a rat|un raton|una rata|roaches|cucarachas|ants|hormigas|bugs|bichos|plagas?|pests|termites|termitas|chinches)|"
    r"(?:kill|get rid of|matar|acabar con|deshacerme de) (?:the |those |las |los |esas |esos )?(?:rats|ratas|mice|ratones|roaches|cucarachas|ants|hormigas|bugs|weeds|maleza|plagas?)|"
    r"(?:rats|ratas|mice|ratones) (?:in|en) (?:the|el|la|my|mi)|basement|sotano|attic|atico|yard|garden|jardin|huerta|lawn|cesped|weeds|maleza|crops|cosecha|milpa|farm|"
    r"rancho|granja|barn|establo|bodega|warehouse|restaurant|restaurante|exterminat\w*|fumig\w*|spray\w*|rociar|traps?|trampas?|bait|cebo)"
)
_PEST_NOT_39D = rf"(?![\s\S]*\b{_PEST_BENIGN_39D}\b)"
POISON_FOR_TIME_39D = (
    rf"(?:{_GOT_39D} (?:\w+ ){{0,4}}?{_POISON_39D}\b[^?]{{0,60}}?\b{_FOR_TIME_39D}|"
    rf"{_FOR_TIME_39D}[^?]{{0,40}}?\b{_GOT_39D} (?:\w+ ){{0,4}}?{_POISON_39D}\b)"
)

# 4. Pills saved up with a count and a time ("junte 50 pastillas de clonazepam, este fin de semana",
# "i have kept 60 of my sleeping pills, tonight"). Not pills counted or picked up at the pharmacy, a
# pill organizer, a refill for the week, a trip, a take-back day.
_SAVE_39D = (
    r"(?:saved|saving|save|kept|keeping|stashed|stashing|hoarded|hoarding|stockpiled|stockpiling|collected|collecting|put aside|putting aside|set aside|setting aside|"
    r"squirreled away|hid|hidden|holding onto|held onto|guarde|guardadas|guardados|guardando|guardado|junte|juntadas|juntas|juntos|juntando|juntado|acumule|acumulando|"
    r"acumulado|acumuladas|escondi|escondidas|escondiendo|ahorre|ahorrando|reuni|separe)"
)
_COUNT_39D = (
    r"(?:\d{2,3}|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|one hundred|"
    r"diez|once|doce|quince|veinte|veinti\w+|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|ciento)"
)
_COUNT_PILLS_39D = (
    rf"(?:{_COUNT_39D}(?: \w+)? (?:of )?(?:my |mis |las |de mis |de las |his |her )?(?:\w+ ){{0,2}}?{PILLS}|"
    rf"{PILLS}\b[^?]{{0,40}}?\b(?:i have|i got|ya tengo|tengo|ya van|van|got|ya son|son|up to|llevo) (?:like |about |around |como |unas |unos |casi )?{_COUNT_39D})\b"
)
_PILL_TIME_39D = (
    r"(?:tonight|this weekend|tomorrow night|this (?:friday|saturday|sunday)|(?:on |for )?(?:friday|saturday|sunday)(?: night)?|"
    r"esta noche|hoy en la noche|este fin de semana|manana en la noche|(?:el |este |para el )(?:viernes|sabado|domingo))\b"
)
_PILLS_NOT_39D = (
    r"(?![\s\S]*\b(?:pharmacy|pharmacist|farmacia|farmaceutic\w*|refill\w*|resurtir|surtir|pick(?:ing)? (?:them )?up|recoger|organi[sz]er|pastillero|pill ?box|"
    r"take ?back|disposal|dispose|desechar|donat\w*|donar|vencid\w*|expired|caducad\w*|travel|trip|viaje|vacation|vacaciones|pill count|conteo|vet|veterinari\w*)\b)"
)
PILLS_SAVED_COUNT_TIME_39D = (
    rf"{_PILLS_NOT_39D}(?:"
    rf"(?:{_SAVE_39D}\b[^?]{{0,40}}?\b{_COUNT_PILLS_39D}|{_COUNT_PILLS_39D}[^?]{{0,40}}?\b{_SAVE_39D})\b[^?]{{0,80}}?\b{_PILL_TIME_39D}|"
    rf"{_PILL_TIME_39D}[^?]{{0,60}}?\b(?:{_SAVE_39D}\b[^?]{{0,40}}?\b{_COUNT_PILLS_39D}|{_COUNT_PILLS_39D}[^?]{{0,40}}?\b{_SAVE_39D}\b))"
)

# 5. Farewells as preparation: goodbyes to grandchildren, children or the family told with a treasured
# thing given away (a watch, a ring, a chain, a rosary, the tools): the two together. Not goodbyes
# before a trip or a move, nor a gift for a graduation, a birthday, a wedding or Christmas, nor a
# dying relative in hospice.
_GOODBYE_39D = (
    r"(?:(?:said|say|saying|told (?:\w+ ){0,3}?)(?:my |our |his |her )?(?:goodbyes?|good ?byes?|bye)|(?:hugged|kissed|visited|saw|called|went to see) (?:\w+ ){0,4}?(?:goodbye|to say goodbye|for the last time)|"
    r"(?:ya )?me despedi|despedirme|me fui a despedir|me estoy despidiendo|me despido|despidiendome|se despidio|(?:fui|vine|pase) a despedirme|(?:los|las|la|lo) (?:abrace|bese|vi) por ultima vez)"
)
_TREASURE_39D = (
    r"(?:watch|ring|wedding (?:ring|band)|chain|necklace|rosary|crucifix|medals?|tools|toolbox|guitar|bible|pocket ?knife|bracelet|dog tags|"
    r"reloj|anillo|argolla|cadena|collar|rosario|crucifijo|medallas?|herramientas|caja de herramientas|guitarra|biblia|navaja|pulsera|esclava|escapulario|"
    r"something (?:of mine|mine)|algo mio|algo mia)\b"
)
_GAVE_39D = (
    r"(?:gave|give|giving|handed|left|passed (?:down|on)|regale|regalo|regalando|le di|les di|di|dio|le dio|le deje|les deje|deje|entregue|le pase|le regale|les regale)"
)
_GIVEN_39D = rf"{_GAVE_39D}\b (?:away )?(?:[\w']+ ){{0,5}}?{_TREASURE_39D}"
_FAREWELL_NOT_39D = (
    r"(?![\s\S]*\b(?:trip|travel\w*|viaje|viajo|vacation|vacaciones|airport|aeropuerto|flight|vuelo|moving|move|mudanza|me mudo|nos mudamos|graduation|graduacion|"
    r"birthday|cumpleanos|cumple|wedding|boda|anniversary|aniversario|christmas|navidad|quinceanera|quince|bautizo|baptism|confirmation|confirmacion|comunion|"
    r"bar mitzvah|as a (?:gift|present)|de regalo|tradition|tradicion|retire\w*|retirement|jubil\w*|hospice|hospicio|paliativ\w*|terminal|surgery|cirugia|operacion|"
    r"party|fiesta|despedida de solter\w*|semester|semestre|college|universidad|deploy\w*|army|ejercito)\b)"
)
FAREWELL_AND_GIFT_39D = (
    rf"{_FAREWELL_NOT_39D}(?:{_GOODBYE_39D}\b[^?]{{0,140}}?\b{_GIVEN_39D}|{_GIVEN_39D}[^?]{{0,140}}?\b{_GOODBYE_39D}\b)"
)

SELF_HARM = SELF_HARM + [
    # round 39 (d): a building's roof with its floors, a ligature ready, poison for a set time, pills saved
    # with a count and a time, goodbyes with a treasured thing given
    ROOF_FLOORS_39D, LIGATURE_READY_39D, POISON_FOR_TIME_39D, PILLS_SAVED_COUNT_TIME_39D, FAREWELL_AND_GIFT_39D,
]
CATEGORY_PHRASES[categories.SELF_HARM.key] = SELF_HARM

# --- round 40's in-and-out and giving look-alikes (helper f) ---
# Consciousness that comes and goes told the Spanish ways ("se le va y se le viene el conocimiento",
# "entra y sale del conocimiento", "pierde y recobra el sentido", "se sigue desmayando a cada rato"),
# and in English "slipping in and out", "in and out of it": a person fading, never a visit.
_CONSCIOUSNESS_40F = r"(?:conocimiento|conciencia|consciencia|sentido)"
CONSCIOUSNESS_COMES_AND_GOES_40F = (
    rf"(?:se (?:le |me )?(?:va|iba|fue) y (?:se )?(?:le |me )?(?:viene|venia|vuelve|volvia|regresa|regresaba)(?: otra vez)? (?:el |la )?{_CONSCIOUSNESS_40F}|"
    rf"se (?:le |me )?(?:va|esta yendo|sigue yendo) (?:y (?:se )?(?:le |me )?(?:viene|vuelve) )?(?:el |la )?{_CONSCIOUSNESS_40F}\b(?! (?:de la|del) (?:ketamina|anestesia|infusion|tratamiento))|"
    rf"(?:entra|entraba|entrando|sale|salia) y (?:sale|salia|saliendo|entra|entraba) (?:del?|de la) {_CONSCIOUSNESS_40F}|"
    rf"(?:pierde|perdia|perdiendo) y (?:recobra|recupera|recobraba|recuperaba|recuperando|recobrando) (?:el |la )?{_CONSCIOUSNESS_40F}|"
    rf"(?:se (?:sigue|siguio|ha seguido) desmayando|se desmaya (?:a cada rato|cada rato|una y otra vez|seguido|cada (?:\w+ )?minutos?))|"
    rf"(?:slipping|drifting|fading|going|been) in and out(?: of (?:it|consciousness|awareness))?\b(?! of (?:the |a |an |my |his |her |work|school|town|rehab|jail|hospitals?|treatment|therapy))|"
    rf"in and out of (?:it|consciousness|awareness)\b)"
)
UNRESPONSIVE = UNRESPONSIVE + [CONSCIOUSNESS_COMES_AND_GOES_40F]

# --- round 40's overdose and medical (helper b) ---
# 1. Pills from the street ("unos xanax de la calle", "pastillas que compro en la calle", "pills he got
# off the street": Spanish SMS forms are expanded first, normalize.py) with someone not getting up,
# not reacting or pale: the overdose reading, and the street-pill guidance (naloxone steps first).
_STREET_PILL_40B = (
    r"(?:xanax|percocet|oxycodone|oxys?|perc\w*|bars?|blues|m30s?|pills?|pastillas?|pildoras?|tabletas?|roxys?|roxicodona|pastis|molly|tachas?)\b"
    r"(?: \w+){0,4}? (?:(?:de|en|from|off|on) (?:la|the) (?:calle|street)|(?:que )?(?:compr\w+|consigui\w*|bought|got) (?:\w+ ){0,2}?(?:en|on|off|from) (?:la|the) (?:calle|street)|"
    r"street|callejer[oa]s?)\b"
)
_DOWN_PALE_40B = (
    r"(?:no se (?:levanta|para|mueve|despierta|puede (?:levantar|parar|despertar))|no (?:reacciona|responde|despierta|contesta)|"
    r"(?:is not|not|will not|can not|does not|is not) (?:getting up|get up|waking up|wake up|moving|responding|reacting)|"
    r"palid[oa]|blanc[oa] (?:como (?:un )?papel|blanc[oa])|pale|gr[ae]y|ashy|cenizo|morad[oa]|blue|azul)(?!\w)"
)
STREET_PILLS_DOWN_40B = rf"(?<!\bsi\s)(?<!\bif\s){_STREET_PILL_40B}[^?]{{0,120}}?\b{_DOWN_PALE_40B}"

# 3. Someone found not moving with pills spilled around, breathing told as a count a minute ("like twice
# a minute", "barely 4 breaths a minute", "respira como 2 veces por minuto"), told by a bystander.
_FEW_40B = (
    r"(?:[1-6]|one|two|three|four|five|six|una|uno|dos|tres|cuatro|cinco|seis)"
)
_PER_MINUTE_40B = r"(?:a|per|each|every|por|al|cada|x) (?:minute|min|minuto)"
_SLOW_COUNT_40B = (
    rf"(?:breath\w*|respir\w*)\b(?: \w+){{0,3}}? (?:like |about |maybe |barely |only |just |around |como |unas? |apenas |solo |nomas |tipo )?"
    rf"(?:(?:once|twice)|{_FEW_40B}(?: times| veces| breaths?| respiraciones)?) {_PER_MINUTE_40B}|"
    rf"(?:like |about |maybe |barely |only |just |around |como |unas? |apenas |solo |nomas )?{_FEW_40B} (?:breaths?|respiraciones) {_PER_MINUTE_40B}"
)
_SPILLED_PILLS_40B = r"(?:pills?|pastillas?|pildoras?|tablets?|capsules?|capsulas?|pill bottles?|frascos?|pomos?)"
_COUNT_NOT_ASKED_40B = r"(?!\s*(?:is|es|es eso) (?:normal|ok|bad|malo))(?![^.]{0,30}\?)"
# the not moving told first is the scene's, not a negation of the pills ("not moving, pills all over")
_NOT_MOVING_40B = r"(?:(?:not|no se|sin|no esta) (?:moving|mueve|moverse|responding|responde|waking up|despierta|reacciona)\W{0,2} (?:with |and |y |con )?(?:\w+ ){0,2}?)?"
FOUND_PILLS_SLOW_COUNT_40B = (
    r"(?![\s\S]*\b(?:my|our|mi|nuestr[oa]|the|el|la) (?:dog|cat|puppy|kitten|pet|perr\w+|gat\w+|cachorr\w+|mascota) (?:\w+ )?(?:got into|ate|swallowed|took|se comio|comio|se trago|trago|agarro)\b)"
    rf"(?<!\bsi\s)(?<!\bif\s)(?<!\bhow\s)\b{_NOT_MOVING_40B}{_SPILLED_PILLS_40B}\b[^?]{{0,160}}?\b(?:{_SLOW_COUNT_40B})\b{_COUNT_NOT_ASKED_40B}|"
    rf"(?<!\bsi\s)(?<!\bif\s)(?<!\bhow\s)\b(?:{_SLOW_COUNT_40B})\b{_COUNT_NOT_ASKED_40B}[^?]{{0,120}}?\b{_SPILLED_PILLS_40B}\b"
)
OVERDOSE = OVERDOSE + [STREET_PILLS_DOWN_40B, FOUND_PILLS_SLOW_COUNT_40B]
CATEGORY_PHRASES[categories.OVERDOSE.key] = OVERDOSE

# 4. A seizure that started minutes ago and does not stop ("empezo a convulsionar hace como 4 minutos
# y no para", "has been seizing for 6 minutes", "lleva 5 minutos convulsionando").
_MINUTES_40B = (
    r"(?:like |about |around |almost |over |more than |como |casi |mas de |unos |ya )?"
    r"(?:[3-9]|1\d|20|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|quince|veinte) (?:minutes?|mins?|minutos?)"
)
_SEIZE_40B = r"(?:seizure|seizures|convuls\w*|ataque epileptico|ataques epilepticos|epileptic fit|fit|ataque|temblando|shaking|jerking)"
_NOT_STOPPING_40B = (
    r"(?:(?:is |it is |and )?not stopping|will not stop|won ?t stop|does not stop|has not stopped|can not stop|still (?:going|shaking|seizing|having|jerking|convulsing)|"
    r"no (?:para|se (?:le )?(?:quita|detiene|para|pasa)|ha parado|termina|se ha detenido)|sigue (?:temblando|convulsionando|con (?:la |las )?convulsi\w+|igual))"
)
_PAST_SEIZURE_40B = r"(?![\s\S]*\b(?:last (?:year|month|week)|years ago|months ago|when (?:i|he|she) was|el ano pasado|hace (?:\w+ )?(?:anos|meses)|cuando (?:era|tenia))\b)"
SEIZURE_NOT_STOPPING_40B = (
    rf"{_PAST_SEIZURE_40B}(?:"
    rf"(?:lleva|llevan|llevamos|tiene|ya va|van) {_MINUTES_40B} (?:convulsionando|con (?:una |la )?convulsi\w+|con (?:un )?ataque|temblando y convulsionando)|"
    rf"(?:has|have) been (?:having a seizure|having seizures|convulsing|in a seizure|seizing)\b[^.?!]{{0,20}}?\bfor {_MINUTES_40B}|"
    rf"\b{_SEIZE_40B}\b[^?]{{0,60}}?\b{_MINUTES_40B}(?: ago| now| straight)?\b[^?]{{0,60}}?\b{_NOT_STOPPING_40B}|"
    rf"\b{_SEIZE_40B}\b[^?]{{0,40}}?\b{_NOT_STOPPING_40B}\b[^?]{{0,40}}?\b{_MINUTES_40B})"
)

# 5. Severe bleeding told in few words: a saw cut at work with blood spurting ("sale fuerte", "a
# chorros", "spurting"); someone cut or stabbed in the belly in a fight, bleeding a lot (English and
# Spanish mixed).
_HEAVY_BLEED_40B = (
    r"(?:spurt\w*|squirt\w*|gush\w*|pumping (?:out )?blood|blood (?:is )?pumping|a chorros|chorrea\w*|borbotones|(?:la )?sangre (?:le |se )?(?:sale|brota|salta) (?:muy )?(?:fuerte|mucho|sin parar)|"
    r"sale fuerte|lots of blood|so much blood|a lot of blood|tons of blood|mucha sangre|bleeding (?:a lot|bad|badly|mucho|heavily|so much|everywhere|like crazy|nonstop)|"
    r"sangrando (?:mucho|bastante|un monton|demasiado)|sangra (?:mucho|demasiado)|blood everywhere|sangre por todos lados|(?:will not|won ?t) stop bleeding|"
    r"no (?:para|deja) de sangrar|sangre (?:\w+ ){0,2}?no (?:para|se detiene))"
)
_CUT_40B = (
    r"(?:cut|cuts|sliced|slashed|caught|hit|nicked|got|se corto|corto|se rajo|rajo|se rebano|se pego|se volo|le corto|cortada|cortadura|herida)"
)
_HEALED_40B = (
    r"(?![\s\S]*\b(?:last (?:week|month|year|summer|winter)|(?:years?|months?|weeks?) ago|healed|heal\w* (?:fine|well|up)|stitches out|scar|"
    r"el ano pasado|la semana pasada|el mes pasado|hace (?:\w+ )?(?:anos|meses|semanas)|ya (?:sano|cicatrizo)|cicatriz\w*)\b)"
)
SAW_CUT_SPURTING_40B = (
    rf"{_HEALED_40B}(?<!\bbought\sa\s)(?<!\bcompre\suna\s)(?:{_CUT_40B}\b[^?.]{{0,60}}?\b{_SAW_39E}|{_SAW_39E}\b[^?.]{{0,40}}?\b{_CUT_40B})\b[^?]{{0,100}}?\b{_HEAVY_BLEED_40B}(?!\w)"
)
_STABBED_40B = (
    r"(?:stabbed|stab(?:bing)? wound|shanked|knifed|slashed|cut|got cut|apunal\w+|acuchill\w+|punalada|navajazo|filerazo|le metieron (?:un|una) (?:cuchillo|navaja|punal)|"
    r"(?:le )?(?:dieron|metieron|hicieron) (?:una )?(?:cortada|punalada|herida)|(?:lo|la) (?:cortaron|hirieron|picaron))"
)
_BELLY_40B = r"(?:belly|stomach|abdomen|gut|tummy|side|barriga|panza|estomago|abdomen|costado|vientre|barriga)"
BELLY_STAB_BLEEDING_40B = (
    rf"(?<!\bif\s)(?<!\bsi\s)\b{_STABBED_40B}\b(?: \w+){{0,4}}? (?:in|on|en|a|into) (?:the |his |her |my |la |el |su |mi )?{_BELLY_40B}\b[^?]{{0,120}}?\b{_HEAVY_BLEED_40B}(?!\w)"
)

# 6. Left over from the trained model: MDMA at a party with burning heat and shaking or confusion; a
# fall on the head with blood pooling or eyes not focusing; a blood-pressure tablet taken again by
# mistake, weak, dizzy, with a slow heartbeat.
_MDMA_40B = r"(?:molly|mdma|ecstasy|extasis|xtc|tachas?|e pills?|pastillas? de (?:extasis|fiesta)|pingas?)"
_HOT_40B = (
    r"(?:burning (?:up|hot)|(?:super|really|so|very|extremely) hot|hot to the touch|overheat\w*|fever|temperature (?:of |is )?(?:10[4-9]|4[01])|"
    r"ardiendo|hirviendo|(?:muy |bien |super )?calient[ea]|calentura|fiebre|quemando (?:de calor)?|(?:con |tiene )?mucho calor)"
)
_MDMA_SIGN_40B = (
    r"(?:shak\w*|trembl\w*|jerk\w*|confus\w*|not making sense|delirious|out of it|seiz\w*|having a seizure|collaps\w*|passed out|"
    r"tembl\w*|temblor\w*|confundid[oa]|desorientad[oa]|no (?:tiene sentido|sabe donde|reconoce|habla bien)|convuls\w*|desmay\w*|se cayo)"
)
MDMA_HOT_CONFUSED_40B = (
    rf"(?<!\bif\s)(?<!\bsi\s)\b{_MDMA_40B}\b(?:(?!research|stud(?:y|ies|ied)|trials?|therapy|terapia|investigacion|estudi\w*)[^?]){{0,120}}?"
    rf"(?:\b{_HOT_40B}\b[^?]{{0,80}}?\b{_MDMA_SIGN_40B}|\b{_MDMA_SIGN_40B}\b[^?]{{0,80}}?\b{_HOT_40B})(?!\w)"
)
_FELL_HEAD_40B = (
    r"(?:fell|fall|fallen|slipped|tripped|hit (?:his|her|my|their) head|banged (?:his|her|my) head|se cayo|cayo|se resbalo|se pego (?:en )?la cabeza|"
    r"se golpeo (?:en )?la cabeza|se dio (?:un golpe|en la cabeza)|golpe en la cabeza)"
)
_POOL_OR_EYES_40B = (
    r"(?:charco de sangre|sangre (?:\w+ ){0,2}?(?:charco|encharcada)|pool(?:ing)? of blood|blood (?:is )?pool\w*|(?:puddle|pool) of blood|"
    r"(?:eyes|ojos|mirada)\b(?: \w+){0,2}? (?:are |is |estan |esta )?(?:not focusing|will not focus|can not focus|unfocused|not tracking|no enfoca\w*|"
    r"perdid[oa]s?|desorbitad[oa]s?|en blanco|bizc\w*|vidrios[oa]s?|no (?:me |nos )?(?:sigue|siguen|fija|fijan)))"
)
_POOL_40B = r"(?:charco de sangre|sangre (?:\w+ ){0,2}?(?:charco|encharcada)|pool(?:ing)? of blood|blood (?:is )?pool\w*|(?:puddle|pool) of blood)"
HEAD_FALL_POOL_EYES_40B = (
    rf"(?<!\bif\s)(?<!\bsi\s)\b{_FELL_HEAD_40B}\b[^?]{{0,140}}?\b{_POOL_40B}(?!\w)|"
    rf"(?<!\bif\s)(?<!\bsi\s)\b{_FELL_HEAD_40B}\b[^?]{{0,40}}?\b(?:head|cabeza)\b[^?]{{0,120}}?\b{_POOL_OR_EYES_40B}(?!\w)"
)
MEDICAL = MEDICAL + [SEIZURE_NOT_STOPPING_40B, SAW_CUT_SPURTING_40B, BELLY_STAB_BLEEDING_40B, MDMA_HOT_CONFUSED_40B, HEAD_FALL_POOL_EYES_40B]
CATEGORY_PHRASES[categories.MEDICAL.key] = MEDICAL

_BP_PILL_40B = (
    r"(?:(?:blood )?pressure (?:tablets?|pills?|meds?|medicines?|medication)|bp (?:tablets?|pills?|meds?)|heart (?:tablets?|pills?)|"
    r"pastillas? (?:de|para) (?:la )?presion|medicinas? (?:de|para) (?:la )?presion|"
    r"metoprolol|amlodipin[ae]|lisinopril|losartan|atenolol|propranolol|carvedilol|clonidin[ae]|verapamil|diltiazem|hydralazine|nifedipin[ae])"
)
_AGAIN_40B = (
    r"(?:three times|3 times|two times|2 times|twice|again|double|doubled|extra|tres veces|dos veces|otra vez|de nuevo|doble|repiti\w*|volvio a tomar)"
)
_SLOW_HEART_40B = (
    r"(?:(?:heart ?beat|heart|pulse|pulso|corazon|latidos?)\b(?: \w+){0,3}? (?:slow|real slow|so slow|very slow|lento|lentos|despacio|despacito|muy bajo|low|40|3\d)|"
    r"slow (?:heart ?beat|heart ?rate|pulse)|brad[iy]card\w*|pulso (?:muy )?(?:bajo|lento|debil))"
)
_AS_USUAL_40B = (
    r"(?![\s\S]*\b(?:a day|per day|daily|every (?:day|morning|night)|usually|normally|always|al dia|por dia|diario|diariamente|todos los dias|"
    r"cada (?:dia|manana|noche)|normalmente|siempre|como (?:se lo )?(?:recetaron|indicaron)|as prescribed)\b)"
)
BP_PILL_AGAIN_SLOW_HEART_40B = (
    rf"{_AS_USUAL_40B}(?<!\bif\s)(?<!\bsi\s)(?:{_BP_PILL_40B}\b[^?]{{0,60}}?\b{_AGAIN_40B}|{_AGAIN_40B}\b[^?]{{0,40}}?\b{_BP_PILL_40B})\b[^?]{{0,140}}?\b{_SLOW_HEART_40B}(?!\w)"
)
OVERDOSE = OVERDOSE + [BP_PILL_AGAIN_SLOW_HEART_40B]
CATEGORY_PHRASES[categories.OVERDOSE.key] = OVERDOSE

# 5 (violence). Someone stabbed or cut in the belly with the attacker still there ("the guy is still
# there with the knife", "el tipo sigue ahi afuera con la navaja").
_ATTACKER_STILL_40B = (
    r"(?:the (?:guy|kid|man|dude|boy|attacker|one who did it)|he|she|they|el (?:tipo|chamaco|muchacho|chavo|hombre|pibe|carajo|que (?:lo|la|le) \w+)|ellos|ese (?:tipo|hombre))\b"
    r"(?: (?:is|are|esta|estan))? (?:still|todavia|aun|sigue|siguen)(?: (?:esta|estan))? (?:right )?(?:there|here|outside|around|out there|nearby|ahi|aqui|afuera|alli|cerca)"
)
BELLY_STAB_ATTACKER_THERE_40B = (
    rf"(?<!\bif\s)(?<!\bsi\s)\b{_STABBED_40B}\b(?: \w+){{0,4}}? (?:in|on|en|a|into) (?:the |his |her |my |la |el |su |mi )?{_BELLY_40B}\b[^?]{{0,120}}?\b{_ATTACKER_STILL_40B}"
)
VIOLENCE = VIOLENCE + [BELLY_STAB_ATTACKER_THERE_40B]
CATEGORY_PHRASES[categories.VIOLENCE.key] = VIOLENCE

# --- round 40's suicide risk (helper a) ---------------------------------------------------------
# 1. A picture, a selfie, a video or a group-chat message from a friend, a student or a team mate that
# shows self-harm in progress (a rope or a cord around the neck, bleeding wrists or cuts, pills in a
# hand), with a goodbye, "sorry", "doing it now" or the person not answering or nowhere to be found.
_PICTURE_40A = (
    r"(?:pictures?|pics?|photos?|fotos?|fotografias?|selfies?|videos?|vids?|snaps?|snapchat\w*|stor(?:y|ies)|historias?|estados?|posts?|posted|group ?chat|chat del grupo|grupo|"
    r"mand\w+|envi\w+|sent|send|texted|publico|subio)"
)
_SCENE_BODY_40A = (
    r"(?:(?:rope|rop|ropes|cord|cords|cable|noose|belt|soga|cuerda|cordon|cable|cinturon|lazo|horca)\b(?:[^.?]{0,12}?)\b"
    r"(?:around|round|on|in|en|al rededor|alrededor)(?: of)? (?:his|her|their|the|its|su|el|del|la) (?:own )?(?:neck|cuello)|"
    r"(?:bleeding|bloody|cut|slit|slashed|cortad[oa]s?|sangrando|ensangrentad[oa]s?|abiert[oa]s?) (?:\w+ ){0,2}?(?:wrists?|arms?|munecas?|brazos?|venas)|"
    r"(?:wrists?|arms?|munecas?|brazos?|venas|cuts|cortes|cortadas) (?:\w+ ){0,2}?(?:bleeding|all cut|cut open|slit|cortad[oa]s?|sangrando|abiert[oa]s?))"
)
_SCENE_PILLS_40A = (
    r"(?:(?:pills|tablets|pastillas|pildoras)\b[^.?]{0,20}?\b(?:in|on|en) (?:his|her|their|the|su|la) (?:\w+ )?(?:hand|hands|palm|mano|manos|palma)|"
    r"(?:handful|fistful|bunch|pile|lot|lots|punado|punito|monton|chingo|pila) (?:of |de )?(?:\w+ )?(?:pills|tablets|pastillas|pildoras)|"
    r"(?:holding|hold|grabbing|sosteniendo|agarrando|con) (?:\w+ ){0,2}?(?:pills|pastillas|pildoras|a (?:pill )?bottle|un frasco))"
)
_SCENE_40A = rf"(?:{_SCENE_BODY_40A}|{_SCENE_PILLS_40A})"
_END_TOLD_40A = (
    r"(?:sorry|goodbye|good bye|bye|farewell|doing it now|doing it|forgive me|love you all|"
    r"(?:not|no|never|stopped) (?:\w+ )?(?:answer\w*|answe\w*|ansering|picking up|replying|responding|texting back|reading)|"
    r"(?:no one|nobody|none of us) (?:\w+ )?(?:knows|know|can find|has heard)|(?:can not|could not|cant|couldnt) (?:find|reach|get (?:a hold of|ahold of|through to))|"
    r"perdon\w*|lo siente|lo siento|adios|despid\w*|despedi\w*|me despido|lo voy a hacer|lo esta haciendo|ya lo hice|"
    r"no (?:\w+ )?(?:contesta|responde|contestan|agarra el telefono|lee)|(?:nadie|no) (?:sabe|sabemos|se sabe|saben) (?:donde|de)|no (?:lo|la|los) (?:encontramos|encuentro|encuentran|localizamos))"
)
_FAREWELL_TOLD_40A = (
    r"(?:sorry|goodbye|good bye|bye|farewell|doing it now|doing it|forgive me|love you all|perdon\w*|lo siente|lo siento|adios|despid\w*|despedi\w*|"
    r"me despido|lo voy a hacer|lo esta haciendo|ya lo hice)"
)
SELF_HARM_PICTURE_40A = (
    # a rope or a wound: the telling runs to the last "not answering", so that sign is read as this one
    rf"\b{_PICTURE_40A}\b[^?]{{0,120}}?\b{_SCENE_BODY_40A}\b[^?]{{0,160}}?\b{_END_TOLD_40A}\b(?:[^?]{{0,100}}\b{_END_TOLD_40A}\b)?|"
    # pills: a "not answering" after the telling stays an overdose sign (the intentional-overdose guidance)
    rf"\b{_PICTURE_40A}\b[^?]{{0,120}}?\b{_SCENE_PILLS_40A}\b[^?]{{0,160}}?\b{_END_TOLD_40A}\b|"
    rf"\b{_END_TOLD_40A}\b[^?]{{0,120}}?\b{_PICTURE_40A}\b[^?]{{0,120}}?\b{_SCENE_BODY_40A}\b|"
    rf"\b{_FAREWELL_TOLD_40A}\b[^?]{{0,120}}?\b{_PICTURE_40A}\b[^?]{{0,120}}?\b{_SCENE_PILLS_40A}\b"
)

# 2. Online and gamer farewells ("gg", logging off for good or forever, the last stream or game, "se acabo
# la partida", "me desconecto para siempre") beside pills or medicine already taken.
_GAMER_BYE_40A = (
    r"(?:gg(?: wp| ez| everyone| all| chat| guys| boys)?|good ?game|logg?(?:ing|ed)? (?:off|out) (?:for good|forever|permanently|one last time|for the last time)|"
    r"(?:last|final) (?:stream|game|match|raid|login|log ?in|session|upload|video|post)(?: ever)?|(?:signing|sign) off (?:for good|forever)|"
    r"(?:ultimo|ultima) (?:stream|directo|partida|juego|transmision|conexion)|se (?:me )?acabo la partida|game over (?:for me|para mi)|"
    r"me desconecto para siempre|desconectandome para siempre|me salgo para siempre|fin de la partida)"
)
_TAKEN_ALL_40A = (
    r"(?:took|taken|swallowed|downed|popped|ate|necked|tome|me tome|me trague|trague|me bebi|ya me tome)\b (?:[\w']+ ){0,3}?"
    r"(?:all|every|the whole|whole|a whole|both|\d{2,3}|todas?|todos|el frasco|un frasco|toda la caja|la caja)\b[^.?]{0,40}?"
    r"\b(?:pills?|tablets?|meds|medicines?|medications?|antidepressants?|sleeping pills|xanax|bars|percs|pastillas?|pildoras|medicinas?|medicamentos?|antidepresivos?|"
    r"capsulas|tabletas|bottle|frasco)\b"
)
GAMER_FAREWELL_TAKEN_40A = (
    rf"\b{_GAMER_BYE_40A}\b[^?]{{0,140}}?\b{_TAKEN_ALL_40A}|{_TAKEN_ALL_40A}[^?]{{0,140}}?\b{_GAMER_BYE_40A}\b"
)

# 3. A health or pharmacy worker who took drugs home from work (morphine ampoules or vials, opioid tablets
# from the stock, patches from the ward) with a time and an end ("tonight i end this", "esta noche
# termino con esto", "im taking them tonight").
_WORK_DRUG_40A = (
    r"(?:morphine|morfina|fentanyl|fentanilo|oxycodone|oxicodona|oxycontin|hydromorphone|hidromorfona|dilaudid|opioids?|opioides?|opiaceos?|"
    r"ampoules?|ampules?|ampollas?|ampolletas?|ampulas?|vials?|viales|frascos?|patches|parches|tablets|pastillas|pills|narcotics|narcoticos|"
    r"propofol|insulin|insulina|potassium|potasio|midazolam|ketamin[ae]|syringes?|jeringas?)"
)
_FROM_WORK_40A = (
    r"(?:(?:home )?from (?:the |my )?(?:work|job|hospital|ward|floor|unit|icu|er|pharmacy|stock|stockroom|supply|supplies|cabinet|pyxis|omnicell|clinic|nursing home)|"
    r"(?:del|de la|de mi) (?:trabajo|hospital|sala|piso|farmacia|inventario|almacen|botiquin|clinica|unidad|turno|chamba)|"
    r"(?:at|in) (?:the |a |my )?(?:pharmacy|hospital|ward|farmacia)|home with me|a (?:mi )?casa|pa la casa)"
)
_TOOK_HOME_40A = (
    r"(?:took|take|taking|brought|bring|bringing|stole|stealing|snuck|sneaked|sneaking|pocketed|pocketing|taken|grabbed|swiped|kept|saved|diverted|me traje|traje|me lleve|lleve|saque|robe|agarre|me robe|guarde|me guarde)"
)
_TONIGHT_END_40A = (
    r"(?:(?:tonight|today|this (?:evening|weekend)|after (?:my|the) shift|esta noche|hoy(?: en la noche| mismo)?|esta tarde|despues del turno)\b[^?]{0,60}?\b"
    r"(?:end (?:this|it|everything|it all|my life)|it ends|i am done|finish (?:this|it)|taking (?:them|it|all)|take (?:them|it|all)|use (?:them|it|all)|inject\w*|"
    r"termin\w* con (?:esto|todo|mi vida)|se (?:acaba|termina) todo|acabo con (?:esto|todo)|me (?:las|los|la|lo) (?:tomo|voy a tomar|pongo|inyecto|meto)|"
    r"me (?:voy|ire)|is the night|es la noche)|"
    r"(?:end (?:this|it|everything|it all)|termin\w* con (?:esto|todo)|acabar con (?:esto|todo)|taking (?:them|it)|me (?:las|los) (?:tomo|voy a tomar))\b[^?]{0,30}?\b"
    r"(?:tonight|today|esta noche|hoy))"
)
WORK_DRUGS_TONIGHT_40A = (
    rf"(?![\s\S]*\b(?:legal\w*|allowed|permitted|policy|prescri\w*|receta\w*|dispos\w*|desech\w*|return\w* (?:them|it)|devolv\w*|can i|may i|puedo|se puede|is it ok)\b)"
    rf"\b{_TOOK_HOME_40A}\b (?:[\w']+ ){{0,6}}?{_WORK_DRUG_40A}\b[^?]{{0,80}}?{_FROM_WORK_40A}\b[^?]{{0,120}}?{_TONIGHT_END_40A}\b|"
    rf"(?![\s\S]*\b(?:legal\w*|allowed|permitted|policy|prescri\w*|receta\w*|can i|may i|puedo|se puede)\b)"
    rf"\b{_TOOK_HOME_40A}\b (?:[\w']+ ){{0,4}}?{_FROM_WORK_40A}\b[^?]{{0,40}}?\b{_WORK_DRUG_40A}\b[^?]{{0,120}}?{_TONIGHT_END_40A}\b"
)

# 4. Carbon monoxide: a car with a hose from the exhaust, a closed garage with the engine running.
_CAR_40A = r"(?:car|truck|van|suv|jeep|carro|coche|auto|camioneta|troca|carrito|vehicle|vehiculo)"
_HOSE_40A = r"(?:hose|tube|tubing|pipe|manguera|tubo)"
_EXHAUST_40A = r"(?:exhaust|tail ?pipe|muffler|escape|mofle|tubo de escape|caño de escape)"
_SHUT_GARAGE_40A = (
    r"(?:(?:garage|garaje|cochera)(?: door)? (?:\w+ ){0,2}?(?:closed|shut|locked|sealed|cerrad[oa]|con la puerta cerrada)|"
    r"(?:closed|shut|locked|sealed|cerre|cerramos|cerro|cerrando|me encerre|se encerro|encerrad[oa]|locked (?:myself|himself|herself) in) (?:\w+ ){0,2}?(?:garage|garaje|cochera)|"
    r"(?:closed|shut) (?:myself |himself |herself )?in (?:the |my )?garage|(?:in|inside|en|dentro de) (?:the |a |my |el |la |mi )?(?:closed|shut) (?:garage))"
)
_ENGINE_ON_40A = (
    r"(?:(?:engine|motor|car|carro|coche|truck|camioneta) (?:\w+ ){0,2}?(?:running|on|idling|started|prendid[oa]|encendid[oa]|andando|corriendo|en marcha)|"
    r"(?:started|turned on|running|left on|prendi|encendi|arranque|prendio|encendio|arranco|deje prendido) (?:\w+ ){0,2}?(?:engine|motor|car|carro|coche|truck|camioneta))"
)
_MECHANIC_40A = (
    r"(?![\s\S]*\b(?:mechanic|mecanico|taller|shop|fix\w*|repair\w*|arregl\w*|revis\w*|test\w*|prueba|warm\w* up|calentar|oil change|cambio de aceite|"
    r"garden|jardin|car wash|lav\w* el carro|detector|alarm\w*|alarma)\b)"
)
CAR_EXHAUST_40A = (
    rf"{_MECHANIC_40A}(?:\b{_HOSE_40A}\b[^?]{{0,60}}?\b{_EXHAUST_40A}\b|\b{_EXHAUST_40A}\b[^?]{{0,60}}?\b{_HOSE_40A}\b|"
    rf"\b{_HOSE_40A}\b[^?]{{0,40}}?\b(?:into|in|through|to|en|dentro del?|por) (?:the |my |a |el |la |mi )?(?:car|carro|coche|truck|window|ventana|cabina)\b|"
    rf"{_SHUT_GARAGE_40A}\b[^?]{{0,80}}?\b{_ENGINE_ON_40A}\b|{_ENGINE_ON_40A}\b[^?]{{0,80}}?\b{_SHUT_GARAGE_40A}\b)"
)

# 5. Leaving this world on a set day ("manana me voy a ir de este mundo", "on my day off i leave this
# world"), with or without the preparations (a letter written, belongings given away) told before.
_LEAVE_WORLD_40A = (
    r"(?:(?:me )?(?:voy a ir(?:me)?|voy|ire|quiero ir(?:me)?|irme|me ire|me vaya|nos vamos|se va a ir|se va) de este mundo|(?:dejar|dejo|dejare|abandonar) este mundo|"
    r"(?:leave|leaving|left|depart\w*|exit\w*|check\w* out of|be gone from|gone from) this (?:world|earth|life)|off this (?:planet|earth))"
)
_SET_DAY_40A = (
    r"(?:tomorrow|tonight|today|this (?:week|weekend|friday|saturday|sunday|monday|tuesday|wednesday|thursday)|on (?:my )?(?:day off|birthday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"(?:my )?day off|next week|manana|hoy|esta noche|este fin|(?:el|este|mi) (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|dia libre|cumpleanos)|en mi dia libre|la semana que viene|pronto)"
)
LEAVING_THIS_WORLD_40A = (
    rf"\b{_SET_DAY_40A}\b[^?]{{0,60}}?\b{_LEAVE_WORLD_40A}\b|\b{_LEAVE_WORLD_40A}\b[^?]{{0,40}}?\b{_SET_DAY_40A}\b"
)

# 6. An intentional overdose told calmly: the grams or doses of acetaminophen worked out and taken, the
# writer now fine or sorry ("will nothing happen?": the liver harm comes days later), or which meds
# together would stop the heart looked up and taken at a set hour.
_ACETA_40A = r"(?:tylenol|acetaminophen|acetaminofen|acetaminofeno|paracetamol|panadol|tempra|excedrin|apap)"
_WORKED_OUT_40A = (
    r"(?:calculated|calculate|worked out|figured out|did the math|counted out|looked up|researched|googled|searched|"
    r"calcule|saque la cuenta|hice la cuenta|hice (?:los )?calculos|averigue|investigue|busque|conte)"
)
_DOSE_40A = (
    rf"(?:grams?|gramos?|\d+ ?g\b|\d+ ?mg|milligrams?|miligramos|doses?|dosis|lethal|letal|how many|how much|cuantas|cuantos|cuanto|"
    rf"enough|suficientes?|{_ACETA_40A})"
)
_TOOK_IT_40A = (
    r"(?:took|taken|take them|swallowed|downed|had them|tome|me (?:los|las|lo|la) tome|me tome|trague|me (?:los|las) trague|me (?:los|las) bebi|tomado|tomadas?)"
)
CALCULATED_OVERDOSE_40A = (
    rf"\b{_WORKED_OUT_40A}\b[^?]{{0,80}}?\b{_DOSE_40A}\b[^?]{{0,100}}?\b{_TOOK_IT_40A}\b|"
    rf"\b{_TOOK_IT_40A}\b (?:[\w']+ ){{0,3}}?(?:\d+|\w+teen|twenty|thirty|forty|fifty|veinte|treinta|cuarenta|cincuenta) (?:[\w']+ )?"
    rf"(?:grams?|gramos|pills|tablets|pastillas|tabletas|pildoras|capsulas)\b[^?]{{0,30}}?\b{_ACETA_40A}\b[^?]{{0,80}}?\b"
    r"(?:on purpose|a proposito|apropos\w*|intentionally|deliberately|adrede|queriendo|to die|para morir\w*|para no despertar|to not wake up)|"
    rf"\b(?:on purpose|a proposito|intentionally|deliberately|adrede)\b[^?]{{0,40}}?\b{_TOOK_IT_40A}\b[^?]{{0,40}}?\b{_ACETA_40A}\b"
)
STOP_MY_HEART_40A = (
    r"\b(?:looked up|searched|googled|researched|read up on|found out|busque|investigue|averigue|lei)\b[^?]{0,80}?"
    r"\b(?:stop (?:my|the) heart|make (?:my|the) heart stop|(?:my|the) heart (?:would|will|to) stop|stop my breathing|kill me|would be (?:lethal|fatal)|are (?:lethal|fatal)|a lethal (?:dose|combo|combination)|"
    r"(?:me )?(?:pararian|pararia|paran|detendrian) el corazon|parar(?:me)? el corazon|(?:se me|me) (?:pare|pararia|parara) el corazon|detener(?:me)? el corazon|matarme|me matarian|(?:dosis|combinacion) letal)\b"
    r"[^?]{0,100}?\b(?:taking|take|will take|going to take|gonna take|swallow\w*|tomo|tomare|voy a tomar|me (?:las|los) tomo|me (?:las|los) voy a tomar|tomarmel[oa]s)\b"
)

SELF_HARM = SELF_HARM + [
    # round 40 (a): a picture of self-harm in progress, a gamer's farewell beside pills taken, drugs taken
    # home from work for tonight, carbon monoxide, leaving this world on a set day, meds looked up to stop
    # the heart
    SELF_HARM_PICTURE_40A, GAMER_FAREWELL_TAKEN_40A, WORK_DRUGS_TONIGHT_40A, CAR_EXHAUST_40A, LEAVING_THIS_WORLD_40A,
    STOP_MY_HEART_40A,
]
CATEGORY_PHRASES[categories.SELF_HARM.key] = SELF_HARM
OVERDOSE = OVERDOSE + [CALCULATED_OVERDOSE_40A]
CATEGORY_PHRASES[categories.OVERDOSE.key] = OVERDOSE

# 7. Spanish passive risk inside an ordinary question: worthless with "depre" or "bajon", fantasising
# about not existing, tired of this life, an accident on the way that "no seria tan malo".
_DEPRE_40A = r"(?:depre|deprimid[oa]|bajon|bajonead[oa]|depresion|triste|tristeza|bajoneo|agüitad[oa]|aguitad[oa]|ajorad[oa]|achicopalad[oa])"
_WORTHLESS_40A = (
    r"(?:no valgo (?:pa |para |ni )?nada|no valgo ni un|no sirvo (?:pa|para|ni pa|ni para) nada|no sirvo pa na|soy un cero a la izquierda|"
    r"no soy (?:nada|nadie)|no (?:le )?importo a nadie)"
)
_NOT_EXIST_40A = (
    r"(?:(?:fantase\w*|sueno|suen\w*|pienso|pensando|imagino|imaginando|quisiera|quiero|ganas de|me gustaria|deseo|desearia|ojala (?:pudiera|poder)) "
    r"(?:\w+ ){0,2}?(?:con |en )?(?:no existir|dejar de existir|ya no existir|desaparecer(?:me)?(?! (?:la|las|el|los|esta|este|esa|ese|estas|estos|una|un|mis|tus|sus|eso|esto)\b)|"
    r"borrarme|esfumarme|no estar aqui|no haber nacido)|no existir (?:mas|nunca mas))"
)
_TIRED_LIFE_40A = (
    r"(?:cansad[oa]s?|harto|harta|hart[oa]s|agotad[oa]) (?:\w+ )?de (?:esta|la|mi|su|tanta) (?:\w+ )?vida\b|cansad[oa] de vivir|harto de vivir|harta de vivir"
)
_ACCIDENT_40A = (
    r"(?:si (?:me|le) (?:pasa|pasara|pasase|llega a pasar) algo|si (?:tengo|tuviera|me da|me diera) (?:un )?(?:accidente|choque)|"
    r"si (?:me|lo|la) (?:atropella\w*|choca\w*|mata\w*)|(?:un|algun) accidente)"
)
_NOT_SO_BAD_40A = (
    r"(?:no seria tan malo|no seria malo|no estaria (?:tan )?mal|no me importaria|no importaria|seria lo mejor|seria un alivio|me haria un favor|"
    r"ni modo|que mas da|mejor para todos)"
)
PASSIVE_RISK_ES_40A = (
    rf"\b{_DEPRE_40A}\b[^?]{{0,80}}?\b{_WORTHLESS_40A}|\b{_WORTHLESS_40A}\b[^?]{{0,80}}?\b{_DEPRE_40A}\b|"
    rf"\bya {_WORTHLESS_40A}|"
    rf"\b{_NOT_EXIST_40A}|"
    rf"\b{_TIRED_LIFE_40A}|"
    rf"\b{_ACCIDENT_40A}\b[^?]{{0,80}}?\b{_NOT_SO_BAD_40A}\b|\bojala (?:me |le )?(?:pase algo|tenga un accidente|me atropell\w*|me choqu\w*)"
)

# 8. English passive risk: a work accident wished for (the trench caving in, the scaffold giving way), a
# man with nothing left, envying the dying, can't picture being alive, disappearing and never coming
# back, "i'm just waiting to die".
_ACCIDENT_EN_40A = (
    r"(?:cave[sd]? in on me|caving in on me|(?:gave|give|gives|giving) way (?:with|under|beneath) me|(?:gave|give|gives|giving) way and took me|"
    r"collaps\w* (?:on|onto|with) me|(?:fall|falls|falling|fell) on (?:top of )?me|crush\w* me|flatten\w* me|(?:hit|hits|run|runs|ran) me over|"
    r"(?:bury|buries|buried) me|(?:fall|fell|falling) (?:off|from) (?:it|the scaffold|the roof|the beam|the ladder)(?: and (?:not|never) (?:get|got) up)?)"
)
_NOT_NEGATED_40A = r"(?:(?!\b(?:not|never|no|dont|hope not)\b)[^?.]){0,80}?"
_WISH_40A = r"(?:wish|wishing|hope|hoping|pray|praying|wanted|want)"
_WOULD_NOT_MIND_40A = (
    r"(?:would not mind|wouldnt mind|would not care|wouldnt care|i would be (?:ok|okay|fine)|would be a relief|(?:would|that would) be fine|"
    r"(?:would|that would|it would) (?:not|nt) be (?:so |that )?bad|would be a blessing|would be (?:a )?mercy|would welcome it|so be it)"
)
_PERSON_40A = r"(?:man|woman|guy|person|girl|mother|father|mom|dad|wife|husband|soul|old man|old woman|boy)"
_CAN_NOT_SEE_ALIVE_40A = (
    r"(?:can not|cant|could not|couldnt|never) (?:\w+ )?(?:picture|imagine|see|envision) (?:\w+ ){0,2}?(?:being |still |staying )?(?:alive|around|here|living)"
    r"(?: (?:at|by|in|next|past|on|for|until|till|when|to)\b)"
)
_SUBJECT_40A = r"(?:i am|i|he is|she is|they are|he|she|keeps saying|keep saying|says|said|saying|always says)"
PASSIVE_RISK_EN_40A = (
    rf"\b{_WISH_40A}\b{_NOT_NEGATED_40A}\b{_ACCIDENT_EN_40A}|\b(?:if|when) \w+(?: \w+)?{_NOT_NEGATED_40A}\b{_ACCIDENT_EN_40A}[^?.]{{0,40}}?\b{_WOULD_NOT_MIND_40A}|"
    rf"\b{_ACCIDENT_EN_40A}[^?.]{{0,40}}?\b{_WOULD_NOT_MIND_40A}|"
    rf"\b{_WOULD_NOT_MIND_40A}\b (?:\w+ ){{0,2}}?(?:if|when) (?:the|a|that|this|my|our) (?:\w+ )?{_NOT_NEGATED_40A}\b{_ACCIDENT_EN_40A}|"
    rf"\b(?:a|an|just a|just an|am a|am an|old) {_PERSON_40A} with nothing left\b(?! (?:in|on|of|from|to (?:spend|pay|give|sell|eat|do))\b)|"
    r"\bnothing left (?:to live for|for me (?:here|in this world)|inside me|in me\b|worth living for)|"
    r"\b(?:envy|envied|envying|jealous of|envious of) (?:the |those |people |all the |anyone |everyone |folks |patients )*(?:who (?:are|get to be|is) |that (?:are|get to be) )?(?:dying|dead|terminal\w*|in hospice|who (?:died|get to die|pass away))|"
    r"\b(?:envy|envied|jealous of|envious of) (?:the )?(?:dying|dead)|"
    rf"\b{_CAN_NOT_SEE_ALIVE_40A}|"
    r"\b(?:want|wanna|wish i could|would like|going|gonna|just|really|sometimes i) (?:to )?(?:just )?disap+e+ar\w*\b[^?.]{0,40}?\b(?:never (?:come|coming) (?:back|bak)|not (?:come|coming) (?:back|bak)|forever|never be found|for good)|"
    r"\b(?:i am|im|he is|she is|hes|shes|they are|i|he|she) (?:just |only |basically |simply |literally |really )?(?:waiting (?:around )?to die|waiting for (?:death|the end|my time|god to take me))\b(?! (?:of|from) (?:boredom|hunger|laughter|embarrassment))"
)
POSSIBLE_RISK = POSSIBLE_RISK + [PASSIVE_RISK_ES_40A, PASSIVE_RISK_EN_40A]
CATEGORY_PHRASES[categories.POSSIBLE_RISK.key] = POSSIBLE_RISK

# --- round 41's suicide risk under way (helper a) -------------------------------------------------
# 1. An overdose already under way told as a farewell, the drug never named: the writer has started
# swallowing "them" or the rest, is halfway through or almost done, and absolves or thanks the clinic
# ("it is not your fault", "thank you for trying", "tell the doctor it is not on her"; "no es su culpa",
# "gracias por intentarlo", "diganle a la doctora que no es su culpa"). The act (an unnamed object taken,
# part of the way through) and the farewell frame must both be in the message; a course of treatment,
# a prescription started or a booking that failed is not the act.
_UNNAMED_41A = (
    r"(?:them|em|it all|all of it|the rest(?: of (?:them|it|the bottle|the pack|the box|the pills|my pills))?(?! of)|the bottle|the whole bottle|the pack|the box|these|those|"
    r"the pills|my pills|pills|tablets)(?! of (?!(?:the |my )?(?:pills|tablets|meds)\b))"
)
_UNDER_WAY_41A = (
    r"(?:(?:already |just )?(?:started|begun|began|starting) (?:to )?(?:swallow\w*|tak\w*|tak|down\w*|pop\w*|eat\w*|chug\w*|on) " + _UNNAMED_41A + r"|"
    r"(?:i am|im|i have been|been|currently|now) (?:\w+ )?(?:swallowing|taking|downing|popping|eating|chugging) " + _UNNAMED_41A + r"(?: (?:one by one|one at a time|now|right now|as i (?:type|write)|a few at a time))|"
    r"(?:swallowing|downing|popping) them(?: (?:one by one|one at a time|now|right now|as i (?:type|write)|a few at a time))|"
    r"(?:i am |im )?(?:halfway|half way|half-way|about halfway|more than halfway|most of the way) (?:through|done with|into) (?:them|it|the (?:rest|bottle|pack|box|pills))\b|"
    r"(?:almost|nearly|about|just about) (?:done|finished|through) (?:with )?(?:them|it|the (?:rest|bottle|pack|box|pills))\b|"
    r"(?:took|taken|swallowed|downed) (?:about |like |maybe |over |more than )?(?:half|most|the rest|a lot|the majority|all but (?:a few|\w+)) of (?:them|the bottle|the pack|the box)\b(?! of (?!(?:the |my )?(?:pills|tablets|meds)\b))|"
    # Spanish: ya empece (a tomarmelas / con el resto), voy por la mitad, ya me tome casi todas
    r"(?:ya )?(?:empece|comence|empezo|ya estoy) (?:hace (?:\w+ ){1,3}?)?(?:a )?(?:tomarmel[oa]s|tragarmel[oa]s|tomarme(?:las|los)?|tragarme(?:las|los)?|tomandomel[oa]s|tragandomel[oa]s|"
    r"con (?:el resto|ellas|ellos|las pastillas|las pildoras|el frasco))\b|"
    r"(?:me (?:las|los) estoy (?:tomando|tragando)|(?:estoy|ando) (?:tomandomel[oa]s|tragandomel[oa]s))|"
    r"(?:voy|ya voy|ya llevo|llevo) (?:por |como )?(?:la mitad|mas de la mitad|casi la mitad)\b(?! (?:del?|de la|de los|de las|de mi|de mis) )|"
    r"(?:ya )?me (?:tome|trague|bebi|acabe) (?:casi |como |ya )?(?:todas|todos|la mitad|el resto|la mayoria|mas de la mitad|casi todo)\b(?! (?:las|los|mis|tus|sus|el|la|del?|de las|de los|de mis) \w)|"
    r"(?:ya )?(?:casi )?(?:me (?:las|los) (?:tome|trague|acabe)|(?:las|los) (?:tome|trague) (?:casi )?(?:todas|todos)))"
)
_ABSOLVE_41A = (
    r"(?:(?:it is|it was|this is|its|it s|none of this is|none of it is|this was) not (?:your|anyones|anyone s|anybody s|anyone|the clinic s|the doctor s|her|his|their) fault|"
    r"not (?:your|anyones|anyone s|her|his) fault|none of this is (?:on )?(?:you|your fault)|(?:it is|its|this is) not on (?:you|her|him|them|any of you)|"
    r"(?:do not|dont|please do not|please dont|never) blame (?:yourself|yourselves|her|him|the doctor|anyone)|"
    r"(?:thank you|thanks|thank u|thx|ty) (?:\w+ )?(?:for trying|for (?:all )?(?:your|the) efforts?)|"
    r"(?:you|u|you all|you guys|yall|she|he|they|the doctor) (?:really |truly |all )?(?:tried|did (?:everything|all|your best|her best|his best|what you could|what she could|what they could))|"
    r"tell (?:the doctor|the doc|dr \w+|doctor \w+|my doctor|her|him|the nurse|the staff|everyone|my (?:mom|dad|family|kids|wife|husband)) (?:that )?(?:it is not|its not|i am sorry|im sorry|thank|i love|goodbye|bye)|"
    r"(?:goodbye|good bye|farewell)\b(?! for now)|"
    r"no (?:es|fue) (?:su|tu|vuestra) culpa|no (?:es|fue) culpa de (?:nadie|ustedes|usted|ella|el|la (?:doctora|clinica)|el doctor)|no (?:se|te) culpe\w*|"
    r"gracias por (?:intentarlo|intentar|tratar|el esfuerzo|haberlo intentado|todo y (?:adios|perdon\w*))|"
    r"(?:ustedes|usted|ella|el doctor|la doctora) (?:\w+ )?(?:hicieron|hizo|intentaron|trataron) (?:lo que (?:pudieron|pudo)|todo|todo lo posible|lo posible|su mejor esfuerzo)|"
    r"dig(?:a|an)(?:le|les)? (?:a (?:la doctora|el doctor|mi \w+|todos) )?que (?:no es su culpa|lo siento|los quiero|la quiero|gracias|adios)|"
    r"\badios\b|perdon(?:en|eme|enme)\b)"
)
# a course, a prescription or a treatment in the same breath is not an overdose under way
_NOT_A_COURSE_41A = (
    r"(?![\s\S]*\b(?:course|treatment|tratamiento|series|serie|sessions?|sesiones|infusions?|infusiones|appointments?|citas?|prescri\w*|receta\w*|as (?:directed|told)|"
    r"como (?:me )?(?:indic\w+|dijo|dijeron|recet\w+)|(?:like|as) (?:you|she|he|they|the doctor) (?:said|told)|side effects?|efectos secundarios|refills?|book\w*|billing|bill|factura\w*|cobr\w*|insurance|seguro|"
    r"a day|per day|al dia|por dia|daily|diari\w*|every (?:day|night|morning)|todos los dias|cada (?:dia|noche)|yesterday|last (?:week|night|month)|(?:days|weeks) ago|ayer|"
    r"(?:la )?semana pasada|hace (?:\w+ )?(?:dias|semanas)|late|pharmacy|farmacia|forms?|formularios?|paperwork|papeles|intake|books?|libro|semester|semestre|homework|tarea|"
    r"shampoo|vitamin\w*|vitaminas?)\b)"
)
OVERDOSE_UNDER_WAY_FAREWELL_41A = (
    rf"{_NOT_A_COURSE_41A}(?<!\bif\s)(?<!\bsi\s)\b(?:{_UNDER_WAY_41A})[^?]{{0,200}}?\b{_ABSOLVE_41A}|"
    rf"{_NOT_A_COURSE_41A}\b{_ABSOLVE_41A}[^?]{{0,200}}?(?<!\bif\s)(?<!\bsi\s)\b(?:{_UNDER_WAY_41A})"
)
OVERDOSE = OVERDOSE + [OVERDOSE_UNDER_WAY_FAREWELL_41A]
CATEGORY_PHRASES[categories.OVERDOSE.key] = OVERDOSE

# 2. Self-cutting gone too far today, told in English, Spanish or both: the cut done ("me corte", "cut
# myself", "cutting again", "me volvi a cortar", "me hice cortes en los muslos") with the bleeding not
# stopping, or deeper than usual with blood, dizziness or fainting. Self-injury bleeding now
# (SELF_INJURY_NOW: 911 and pressure on the wound first). Not a kitchen or shaving cut, a finger, an
# accident, a cut that stopped, old scars or a paper.
_BODY_41A = (
    r"(?:thighs?|legs?|arms?|forearms?|wrists?|stomach|belly|tummy|hips?|muslos?|piernas?|brazos?|antebrazos?|munecas?|panza|estomago|abdomen|barriga|cadera)"
)
_CUT_ACT_41A = (
    r"(?:(?:i |just |i just |i )?(?:cut|sliced|slashed) (?:myself|my (?:\w+ )?" + _BODY_41A + r"|on my " + _BODY_41A + r"|(?:again|deep|too deep|deeper))|"
    r"(?:i am |im |been |was )?cutting (?:myself|my " + _BODY_41A + r"|again|otra vez|de nuevo|tonight|today)|"
    r"did it again (?:on|to) my " + _BODY_41A + r"|"
    r"me (?:corte|raje|cortaba hoy|he cortado|acabo de cortar|volvi a cortar|estoy cortando)|(?:me )?volvi a cortarme|cortandome|cortarme (?:otra vez|de nuevo)|"
    r"me (?:hice|volvi a hacer) (?:unos |unas |mas |varios |otros )?(?:cortes|cortadas|heridas)|(?:me )?hice (?:un|una|otro|otra) (?:corte|cortada|herida) en (?:la |el |mi |mis |los |las )?" + _BODY_41A + r"|"
    r"(?:cortes|cortadas) (?:en|on) (?:los |las |el |la |mis |mi |my )?" + _BODY_41A + r" (?:hoy|today|tonight|esta noche|otra vez|again))"
)
_STILL_BLEEDING_41A = (
    r"(?:(?:will not|wont|won t|does not|doesnt|is not|isnt|can not|cant|could not) (?:\w+ )?(?:stop|stopping) (?:the )?(?:bleeding|it)?|(?:keeps|keep|still) (?:on )?bleeding|"
    r"(?:blood|bleeding|it) (?:\w+ )?(?:keeps|keep|will not stop|wont stop|is not stopping|isnt stopping|not stopping|does not stop|keeps? (?:coming|pouring|running|dripping))|"
    r"bleeding (?:through|a lot|so much|badly|bad|heavily|like crazy|everywhere)|soak\w* (?:through|the)|lots of blood|so much blood|"
    r"no (?:para|deja|paro|dejo) (?:de sangrar|de salir|la sangre)|(?:y )?no para\b|no se (?:detiene|para|quita)|sigue sangrando|sigue saliendo sangre|"
    r"la sangre (?:no (?:para|se detiene|deja)|sigue)|sangra (?:mucho|demasiado|y sangra)|sangrando (?:mucho|demasiado|un monton|bastante)|mucha sangre)"
)
_TOO_DEEP_41A = (
    r"(?:deeper than (?:usual|normal|ever|before|i meant|i wanted|i planned|i thought|last time|i ever have)|(?:way |too |really |so |very )deep|deep this time|"
    r"(?:more )?deep than usual|(?:mas|muy|bien|demasiado) (?:profundo|profunda|profundos|profundas|hondo|honda|hondos|deep)|me pase (?:esta vez|de la raya)?)"
)
_FAINT_41A = (
    r"(?:dizzy|faint\w*|light ?headed|woozy|pass(?:ing)? out|black(?:ing)? out|room (?:is )?spinning|everything (?:is )?spinning|weak|shaky|"
    r"mare\w*|desmay\w*|debil|veo (?:todo )?negro|se me nubla|me da vueltas todo|todo me da vueltas)"
)
_BLOOD_41A = r"(?:blood\w*|bleed\w*|sangr\w*)"
_NOT_SELF_CUT_41A = (
    r"(?![\s\S]*\b(?:fingers?|dedos?|thumb|pulgar|cooking|cocinando|cocina|chopping|slicing|vegetables?|verduras?|onions?|cebollas?|picando|pelando|"
    r"shaving|afeitando\w*|rasurando\w*|by accident|accidentally|sin querer|por accidente|(?:it |its |it has |has |finally |already )stopped|ya (?:paro|dejo de sangrar|se detuvo)|"
    r"hair|pelo|cabello|nails?|unas|fleco|bangs|back on|down on|"
    r"on (?:a |the |some |an )?(?:\w+ )?(?:glass|window|mirror|fence|wire|nail|door|can|metal|tin|lid|saw|machine|blade at work)|(?:with|con) (?:a |un |una |el |la )?(?:vidrio|glass|lata|can|clavo)|"
    # round 41 (k): the same accident on an object told in Spanish ("con un alambre de puas", "en la cerca")
    r"(?:con|en|contra) (?:un |una |el |la |unos |unas |los |las )?(?:\w+ )?(?:alambre|cerca|reja|alambrado|lamina|fierro|varilla|sierra|serrucho|motosierra|maquina|podadora|esmeril|clavo|vidrio|cristal|ventana|espejo)|"
    r"at work|on the job|en el trabajo|trabajando|paper|essay|ensayo|article|articulo|years ago|hace (?:\w+ )?anos|when i was|cuando (?:era|tenia))\b)"
)
# a cut at a job's machine or blade, or washing dishes, is an accident unless told done on purpose
_NOT_AT_WORK_41A = (
    r"(?:(?=[\s\S]*\b(?:on purpose|a proposito|adrede|to hurt myself|para lastimarme|para hacerme dano)\b)|"
    r"(?![\s\S]*\b(?:saw|sierra|machine|maquina|slicer|cortadora|fiambre|deli|carniceria|butcher\w*|bodega|lavando|washing|platos|dishes|"
    r"vaso roto|broken glass|deshuesar|mandoline|box cutter at work|en el taller|in the shop)\b))"
)
SELF_CUT_TOO_FAR_41A = (
    rf"{_NOT_SELF_CUT_41A}{_NOT_AT_WORK_41A}(?<!\bif\s)(?<!\bsi\s)\b{_CUT_ACT_41A}\b[^?]{{0,200}}?(?:"
    rf"\b{_STILL_BLEEDING_41A}|\b{_TOO_DEEP_41A}\b[^?]{{0,150}}?\b(?:{_FAINT_41A}|{_BLOOD_41A})\b|\b{_FAINT_41A}\b[^?]{{0,150}}?\b(?:{_TOO_DEEP_41A}|{_BLOOD_41A})\b|"
    rf"\b{_BLOOD_41A}\b[^?]{{0,150}}?\b{_FAINT_41A}\b)"
)
SELF_HARM = SELF_HARM + [
    # round 41 (a): self-cutting gone too far today, bleeding, deeper than usual, faint
    SELF_CUT_TOO_FAR_41A,
]
CATEGORY_PHRASES[categories.SELF_HARM.key] = SELF_HARM
SELF_INJURY_NOW = SELF_INJURY_NOW | {SELF_CUT_TOO_FAR_41A}


# --- round 41's poisoning and milligrams (helper c) ---
# 1. A small child into iron pills or vitamins with iron (iron is among the most dangerous childhood
# poisonings: Poison Help and 911), told in any Spanish (Andean "wawa"/"guagua", "nene", "escuincle",
# "cipote", "chamaquito", "pelaito", "chamito", "crio") or English ("toddler", "my 2 yo", "little one"),
# often after an ordinary question. The child, then the swallowing, then the iron (or the iron before
# "y se comio"); no negation between them. Pill forms only: a baby's own iron drops are a daily dose.
_SMALL_CHILD_41C = (
    r"(?:wawa|wawita|guagua|guaguita|huahua|nene|nena|nenit[oa]|bebe|bebit[oa]|bebesit[oa]|beba|baby|toddler|infant|little one|little (?:boy|girl)|"
    r"chiquit[oa]|chiquitin|chiquilin|escuincl[ea]|escuintl[ea]|cipot[ea]|cipotit[oa]|chamaquit[oa]|chamac[oa]|pelaito|pelaita|chamit[oa]|crio|criatura|"
    r"hijit[oa]|nin[oa]|chavit[oa]|peque|pequen[oa]|kid|son|daughter|hijo|hija|"
    r"\d ?(?:yo|y/o|year old|yr old|years old|yrs old)|\d+ ?(?:month|mo)s? old|(?:one|two|three|four)[- ](?:year|month)s?[- ]old|de (?:\d|un|dos|tres|cuatro) (?:anos?|anitos|meses))"
)
_CHILD_SWALLOWED_41C = (
    r"(?:ate|eaten|swallowed|chewed(?: up)?|got into|gotten into|got (?:a ?hold|ahold) of|downed|popped|"
    r"se comio|comio|se ha comido|ha comido|se trago|trago|se ha tragado|se tomo|se ha tomado|se metio(?: a la boca)?|se echo|mordio|masco|mastico|se zampo|se empino)"
)
IRON_41C = (
    r"(?:(?:pastillas?|pildoras?|tabletas?|comprimidos?|capsulas?|grageas?|gomitas?|vitaminas?)(?: \w+){0,2}? (?:de|con|del) (?:hierro|sulfato ferroso|fumarato ferroso)|"
    r"vitaminas? (?:prenatales|del embarazo|de embarazada|para el embarazo)|(?<!gotas\sde\s)(?:sulfato|fumarato|gluconato) ferroso|"
    r"iron (?:pills?|tablets?|tabs|supplements?|vitamins?|gummies|capsules?)|(?:prenatal|pregnancy) (?:vitamins?|pills?|gummies)|(?:multi)?vitamins? with iron|"
    r"ferrous (?:sulfate|sulphate|gluconate|fumarate)|feosol|ferrograd\w*)"
)
_NO_NEGATION_41C = r"(?:(?!\b(?:not|no|never|nunca|ni|did not|didnt|if|si)\b)[^.?]){0,60}?"
CHILD_INTO_IRON_41C = (
    rf"(?<!\bif\s)(?<!\bsi\s)\b{_SMALL_CHILD_41C}\b{_NO_NEGATION_41C}\b{_CHILD_SWALLOWED_41C}\b{_NO_NEGATION_41C}\b{IRON_41C}(?!\w)|"
    rf"(?<!\bif\s)(?<!\bsi\s)\b{_SMALL_CHILD_41C}\b{_NO_NEGATION_41C}\b{IRON_41C}\b{_NO_NEGATION_41C}\b(?:y|and) (?:\w+ )?{_CHILD_SWALLOWED_41C}(?!\w)"
)

# 2. A whole box, pack or blister of paracetamol or acetaminophen (or ibuprofen, aspirin, naproxen) taken
# hours ago for a toothache or a pain, the writer feeling fine or asking if it is a problem ("me tome una
# caja entera de paracetamol", "el blister entero de golpe", "a whole pack of tylenol"): acetaminophen's
# liver harm comes a day later, so it is an emergency now (Poison Help).
ANALGESIC_41C = (
    r"(?:" + ACETAMINOPHEN[3:-1] + r"|paracetamol|acetaminofen|gelocatil|efferalgan|dafalgan|dolostop|apiretal|"
    r"ibuprofen\w*|advil|motrin|nurofen|neobrufen|espidifen|dalsy|brufen|aspirin\w*|naproxen\w*|aleve)"
)
_TOOK_41C = (
    r"(?:took|taken|swallowed|downed|popped|ate|tome|me tome|me he tomado|he tomado|se tomo|se ha tomado|tomo|tomado|me trague|se trago|me he tragado|"
    r"me meti|me zampe|se zampo|me bebi)"
)
_CONTAINER_41C = r"(?:box|pack|packet|blister(?: pack)?|strip|sleeve|bottle|card|caja|cajita|blister|tira|frasco|bote|envase|paquete|plancha|tableta)"
_WHOLE_PACK_41C = (
    rf"(?:(?:a|an|the|one|my|his|her) )?(?:whole|entire|full) {_CONTAINER_41C}|"
    rf"(?:all|every one) (?:of )?(?:the )?(?:pills|tablets|caplets) (?:in|from|of) (?:the |a |my )?{_CONTAINER_41C}|"
    rf"(?:una?|la|el|mi|toda la|todo el) {_CONTAINER_41C}(?: \w+)? (?:enter[oa]|complet[oa]|llen[oa])|"
    rf"(?:toda|todo) (?:la|el|mi) {_CONTAINER_41C}|"
    rf"todas las (?:pastillas|pildoras|tabletas|capsulas|comprimidos) (?:de|del) (?:la )?{_CONTAINER_41C}"
)
_AT_ONCE_41C = r"(?:de golpe|de una vez|de un trago|de un jalon|all at once|at once|in one go)"
WHOLE_PACK_ANALGESIC_41C = (
    rf"(?<!\bif\s)(?<!\bsi\s)\b{_TOOK_41C} (?:\w+ ){{0,2}}?(?:{_WHOLE_PACK_41C})(?: (?:de|of|del))? (?:\w+ ){{0,2}}?{ANALGESIC_41C}\b|"
    rf"(?<!\bif\s)(?<!\bsi\s)\b{_TOOK_41C} (?:\w+ ){{0,2}}?{ANALGESIC_41C}\b,? (?:\w+ ){{0,2}}?(?:{_WHOLE_PACK_41C})\b|"
    rf"(?<!\bif\s)(?<!\bsi\s)\b{_TOOK_41C} (?:una?|la|el|the|a) {_CONTAINER_41C} (?:de|of) (?:\w+ )?{ANALGESIC_41C}\b[^.?]{{0,30}}?\b{_AT_ONCE_41C}"
)

# 3(b). A total in milligrams or grams far above a day's maximum, the drug named. Acetaminophen's label
# maximum is 4,000 mg a day; an adult's single intake of 7.5-10 g (150 mg/kg) is where poison centres
# assess for liver harm, so 10,000 mg (10 g) or more is read as an overdose, conservatively only with a
# sign now (vomiting, nausea, a belly pain, sweating) or told as taken at once. A small child who
# swallowed 1,000 mg (1 g) or more, an adult's single dose (150 mg/kg below 7 kg, and Poison Help asks
# for a call about any adult-sized dose a toddler swallows), is an overdose as it stands.
_TEN_GRAMS_41C = (
    r"(?:[1-9]\d{4,5}|[1-9]\d{1,2}[,. ]\d{3}) ?(?:mg|mgs|milligrams?|miligramos?)|(?:[1-9]\d)(?:[.,]\d+)? ?(?:g|grams?|gramos?|gr|grs)\b|"
    r"(?:ten|twelve|fifteen|twenty|thirty|forty|fifty|diez|doce|quince|veinte|treinta|cuarenta|cincuenta) (?:grams|gramos)"
)
_ONE_GRAM_41C = (
    r"(?:[1-9]\d{3,5}|[1-9]\d{0,2}[,. ]\d{3}) ?(?:mg|mgs|milligrams?|miligramos?)|(?:[1-9]\d?)(?:[.,]\d+)? ?(?:g|grams?|gramos?|gr|grs)\b|"
    r"(?:one|two|three|un|una|dos|tres) (?:gram|grams|gramo|gramos)"
)
_TOTAL_SIGN_41C = (
    r"(?:vomit\w*|throwing up|threw up|puking|nause\w*|sick to my stomach|feel sick|feeling sick|(?:stomach|belly|tummy) (?:hurts|pain|ache)|"
    r"sweat\w*|vomitando|vomite|devolviendo|nausea\w*|ganas de vomitar|me duele (?:el estomago|la barriga|la panza)|dolor de (?:estomago|barriga|panza)|sudando|"
    r"de golpe|de una vez|all at once|at once|in one go)"
)
MILLIGRAM_TOTAL_41C = (
    rf"(?<!\bif\s)(?<!\bsi\s)\b{_TOOK_41C} (?:like |about |around |maybe |almost |over |more than |como |unos |casi |mas de )?(?:{_TEN_GRAMS_41C})"
    rf"(?: (?:of|de|in|en))? (?:\w+ )?{ANALGESIC_41C}\b[^?]{{0,100}}?\b{_TOTAL_SIGN_41C}(?!\w)|"
    rf"(?<!\bif\s)(?<!\bsi\s)\b{_SMALL_CHILD_41C}\b{_NO_NEGATION_41C}\b(?:{_CHILD_SWALLOWED_41C}|took) (?:like |about |around |maybe |almost |over |como |unos |casi |mas de )?"
    rf"(?:{_ONE_GRAM_41C})(?: (?:of|de|in|en))? (?:\w+ )?{ANALGESIC_41C}\b"
)
OVERDOSE = OVERDOSE + [CHILD_INTO_IRON_41C, WHOLE_PACK_ANALGESIC_41C, MILLIGRAM_TOTAL_41C]
CATEGORY_PHRASES[categories.OVERDOSE.key] = OVERDOSE



# --- round 41's violence now and medical spelled by ear (helper d) ---
# 1. Violence now with a child taken: a drunk parent or partner hits the writer and takes a child by
# force, or drives off drunk with the child ("he hit me and grabbed our son and drove off", "me pego y
# se llevo a la nina a la fuerza", "se fue manejando borracho con los nenes"). Two families: the attack
# on the writer told beside a child taken (either order), and drink, driving off and a child taken or
# with him (any order). A custody question, a parent who picked the kid up, "he took the car" or an
# old incident carry no attack and no drunk driving with a child, or are past or hypothetical.
_NOT_PAST_OR_IF_41D = (
    r"(?![^.?!]{0,200}\b(?:years? ago|months ago|when i was (?:a |little|\d)|as a (?:kid|child)|used to|would always|every time|everytime|"
    r"hace (?:\w+ )?(?:anos|meses)|cuando (?:yo )?(?:era|tenia) (?:nin[oa]|chiquit[oa]|pequen[oa]|\d)|de (?:nin[oa]|chiquit[oa]|pequen[oa])|solia|siempre|cada vez que|"
    r"what if|in case|afraid (?:he|she) (?:will|might|would)|worried (?:he|she)|tengo miedo (?:de )?que|por si|y si)\b)"
)
_HIT_ME_41D = (
    r"(?:(?:hit|hitted|punched|slapped|smacked|beat|beat up|kicked|shoved|pushed|choked|threw|slammed|attacked|socked|elbowed|headbutted|knocked) (?:me|us)\b|"
    r"(?:me|nos) (?:pego|pegaron|golpeo|golpio|empujo|avento|aviento|tumbo|tiro al (?:piso|suelo)|ahorco|pateo|abofeteo|cacheteo|jaloneo|arrastro|agredio|"
    r"dio (?:una |un |tremenda |tremendo )?(?:cachetada|bofetada|galleta|trompada|punetazo|patada|golpe|golpiza|pela|pescozon|cantazo|bofeton|trancazo|mano)s?|"
    r"rompio la boca|partio la boca|reventon la boca))"
)
_CHILD_41D = (
    r"(?:(?:my|our|the|her|his|mi|mis|la|el|los|las|al|nuestr[oa]s?|a mi|a mis|a la|a el|a los|a las|a nuestr[oa]s?) )?"
    r"(?:\d+ ?(?:year|yr|month)s? old|\d+ ?yo|son|sons|daughter|daughters|baby|babies|kid|kids|child|children|toddler|boy|girl|infant|newborn|twins|little one|little ones|"
    r"nin[oa]s?|nene|nena|nenes|nenas|bebe|bebes|beba|hij[oa]s?|chiquit[oa]s?|chamac[oa]s?|criaturas?|muchachit[oa]s?|chiquillos|peques?|"
    r"pequen[oa]s?|bebito|bebita|nieto|nieta|nietos)"
)
_TAKE_41D = (
    r"(?:took|take|takes|taking|grabbed|grab|snatched|snatch|ripped|yanked|pulled|dragged|stole|kidnapped|left with|ran off with|drove off with|"
    r"se llevo|se lleva|se esta llevando|se los llevo|se las llevo|se la llevo|se lo llevo|agarro|arranco|arrebato|robo|se robo|jalo|saco|"
    r"se fue con|se arranco con|se largo con|se escapo con|salio con|huyo con)"
)
_TOOK_CHILD_41D = rf"(?:{_TAKE_41D} (?:\w+ ){{0,2}}?{_CHILD_41D}\b(?! (?:\w+ )?(?:school|escuela|colegio|daycare|guarderia|practice|practica|park|parque)\b))"
_DRUNK_41D = (
    r"(?:drunk|drunk af|wasted|hammered|plastered|trashed|intoxicated|been drinking|drinking all (?:day|night)|buzzed|tipsy|"
    r"borrach[oa]|bien tomad[oa]|tomad[oa]|ebri[oa]|jum[oa]|juma[ao]|pasad[oa] de tragos|en pedo|bien pedo|bolo|pisto|rascad[oa]|rasca[ao]|prendid[oa]|"
    r"hasta atras|pedo|jinca|jincho)"
)
_DRIVE_OFF_41D = (
    r"(?:driving|drives|drove|drive|speeding|sped|took off|peeled out|behind the wheel|in (?:the|his|her|a) (?:car|truck|van|suv)|"
    r"manejando|maneja|manejo|conduciendo|conduce|guiando|guia|al volante|en el carro|en la troca|en la camioneta|en la guagua|en el auto|en el coche|"
    r"se fue (?:en|manejando|volando|rapido)|arranco|se arranco|salio volando|salio manejando|se largo)"
)
# (a custody visit, school, a car, a game of tag: "took the kids to school", "grabbed my son and ran off laughing")
_NOT_A_GAME_41D = r"(?![^.?!]{0,80}\b(?:laugh\w*|playing|jugando|riendo|tag|hide and seek|escondidas|custody|custodia|visitation|visita)\b)"
ATTACK_CHILD_TAKEN_41D = (
    rf"(?<!\bif\s)(?<!\bsi\s){_NOT_PAST_OR_IF_41D}{_NOT_A_GAME_41D}"
    rf"(?:{_HIT_ME_41D}[^?]{{0,160}}?\b{_TOOK_CHILD_41D}|{_TOOK_CHILD_41D}[^?]{{0,160}}?\b{_HIT_ME_41D})(?!\w)"
)
# drink, driving off and the child with him or taken, in any order, within one stretch of the message
_WITH_CHILD_41D = rf"(?:{_TOOK_CHILD_41D}|(?:with|con) {_CHILD_41D}\b|{_CHILD_41D} (?:is |esta |va )?(?:in the car|en el carro|con el|with him|with her))"
_THREE_41D = (_DRUNK_41D, _DRIVE_OFF_41D, _WITH_CHILD_41D)
DRUNK_DRIVING_OFF_WITH_CHILD_41D = (
    rf"(?<!\bif\s)(?<!\bsi\s){_NOT_PAST_OR_IF_41D}(?:"
    + "|".join(rf"\b{a}\b[^?]{{0,100}}?\b{b}\b[^?]{{0,100}}?\b{c}"
               for a, b, c in ((_THREE_41D[i], _THREE_41D[j], _THREE_41D[k])
                               for i, j, k in ((0, 1, 2), (0, 2, 1), (1, 0, 2), (1, 2, 0), (2, 0, 1), (2, 1, 0))))
    + r")(?!\w)"
)
VIOLENCE = VIOLENCE + [ATTACK_CHILD_TAKEN_41D, DRUNK_DRIVING_OFF_WITH_CHILD_41D]
CATEGORY_PHRASES[categories.VIOLENCE.key] = VIOLENCE

# 2. Stroke signs in Caribbean Spanish spelled by ear (Dominican, Puerto Rican, Cuban): the d and the
# s dropped ("torcia", "lao", "pue", "ehta"), r said as l ("hablal", "muelto", "tolcida"), h dropped:
# the face or the mouth fallen, twisted or pulled to one side, beside speech gone wrong or an arm that
# is dead or will not move; or such an arm beside such speech. A stroke years ago whose face is still
# crooked is not now (_LONG_SINCE_41D).
_LONG_SINCE_41D = (
    r"(?![\s\S]*\b(?:hace (?:\w+ )?(?:anos|meses|ano|mes)|desde (?:el|que le dio el|su) (?:derrame|ataque|stroke)|desde hace|secuela\w*|de nacimiento|"
    r"siempre (?:la |lo )?(?:ha )?tenid[oa]|years ago|since (?:her|his|the) stroke|bell\w*|parali\w* (?:de|facial) bell)\b)"
)
_FACE_41D = r"(?:cara|caa|boca|bemba|jeta|sonrisa|cachete|media cara|la mitad de la cara|labio)"
_DROOP_41D = (
    r"(?:ca[iy]d[oa]|ca[iy][ao]|torcid[oa]|torci[ao]|tolcid[oa]|tolci[ao]|torsid[oa]|torsi[ao]|tolsid[oa]|tolsi[ao]|virad[oa]|vira[ao]?|chuec[oa]|ladead[oa]|ladea[ao]|"
    r"jalad[oa]|jala[ao]|halad[oa]|hala[ao]|guindad[oa]|guinda[ao]|chorread[oa]|chorrea[ao]|"
    r"de (?:un |1 )?la(?:d)?o|pa(?:l|' ?l?| el| un|' un|ra el|ra un)? la(?:d)?o|pa(?:l|ra el|ra un| un|' un)? (?:un )?costao|para (?:un )?lado|de medio lao)"
)
_FACE_DROOP_41D = (
    rf"(?:{_FACE_41D} (?:\w+ ){{0,2}}?{_DROOP_41D}|(?:se le|se me) (?:\w+ )?(?:cayo|callo|cae|viro|vira|torcio|tolcio|tuerce|tuelce|fue|jalo|halo|ladeo|guindo|chorreo) "
    rf"(?:\w+ ){{0,2}}?{_FACE_41D}|{_DROOP_41D} (?:la |su |mi )?{_FACE_41D})"
)
_HABLAR_41D = r"(?:h?abla[rl]?|h?ablando|h?ablao|h?abland[oa])"
_SPEECH_41D = (
    rf"(?:no (?:pue|puede|pueo|pude|podia|pol) (?:ni )?(?:h?abla[rl]|pronuncia[rl]|deci[rl] na(?:da)?)\b|"
    rf"{_HABLAR_41D} (?:\w+ )?(?:raro|rara|extrano|etrano|ehtrano|estrano|enredad[oa]|enreda[ao]|trabad[oa]|traba[ao]|mocho|mocha|como (?:un |una )?borrach[oa]|"
    r"arrastra[ao]|arrastrad[oa]|chistoso|cruza[ao]|cruzad[oa]|mal|malo|to malo|bobo|boba|incoherente|sin sentido|disparate\w*|jerigonza)|"
    r"no se le entiende|no se le entiend\w*|no le entiendo|no (?:le|me) salen (?:las )?palabras|se le traba la lengua|lengua (?:pesada|pesa[ao]|trabada|traba[ao]|enredada|enreda[ao])|"
    rf"se le enreda la lengua|no (?:ta|esta|ehta|eta) {_HABLAR_41D} bien|no {_HABLAR_41D} bien|balbucea\w*)"
)
_LIMB_41D = r"(?:brazo|braso|brazito|mano|pierna|pielna)"
_LIMB_GONE_41D = (
    rf"(?:{_LIMB_41D} (?:\w+ ){{0,3}}?(?:muert[oa]|muelt[oa]|mueito|mueita|dormid[oa]|dormi[ao]|dolmid[oa]|dolmi[ao]|sin fuerza|sin fuelza|pesad[oa]|pesa[ao]|"
    r"floj[oa]|guindad[oa]|guinda[ao]|guindando|colgando|colga[ao]|no (?:lo |la |se |le )?(?:mueve|muebe|responde|siente|levanta)|no (?:lo|la) (?:pue|puede) (?:move[rl]|levanta[rl]))|"
    rf"no (?:pue|puede|pueo) (?:move[rl]|levanta[rl]|senti[rl]) (?:el |la |su )?{_LIMB_41D}|no (?:siente|sentia|siento) (?:el |la |su )?{_LIMB_41D})"
)
STROKE_BY_EAR_41D = (
    rf"{_LONG_SINCE_41D}(?:{_FACE_DROOP_41D}\b[^?]{{0,160}}?\b(?:{_SPEECH_41D}|{_LIMB_GONE_41D})|(?:{_SPEECH_41D}|{_LIMB_GONE_41D})\b[^?]{{0,160}}?\b{_FACE_DROOP_41D}|"
    rf"{_LIMB_GONE_41D}\b[^?]{{0,160}}?\b{_SPEECH_41D}|{_SPEECH_41D}\b[^?]{{0,160}}?\b{_LIMB_GONE_41D})(?!\w)"
)
MEDICAL = MEDICAL + [STROKE_BY_EAR_41D]

# 3. An accidental deep cut at the wrist or the hand, blood spurting or pumping and not stopping,
# spelled by ear ("the blud is spurtin out it wont stap", "sale sangre a chorro", "no para de sangral"),
# told with how it happened (by accident, cooking, chopping onions, washing dishes, the knife slipped;
# "sin querer", "se me fue el cuchillo", "picando cebolla"): a medical emergency, which comes before
# the self-harm reading of the cut (categories: medical before self-harm). Without how it happened a
# cut with heavy bleeding stays as it was read (the writer's own cutting: self-injury or self-harm).
# Not a period, gums, blood pressure or sugar; not where the writer's own wish is told after it.
_BLOOD_41D = r"(?:blood|bloods|blud|bloud|bloood|bluud|bleed|bleeding|bleedin|bledding|it)"
_NOT_OTHER_BLOOD_41D = r"(?!\s(?:pressure|sugar|work|test|tests|draw|type|flow to))"
_SPURT_41D = r"(?:spurt\w*|sprt\w*|spirt\w*|squirt\w*|gush\w*|(?:pump\w*|shoot\w*|pour\w*|pumpin|shootin|pourin) out|pumpin\b|pumping everywhere)"
_WONT_STOP_41D = (
    r"(?:will not|wo not|won t|wont|wount|wil not|does not|doesnt|not|can not get (?:it|the blood) to|cant get (?:it|the blood) to|can not make it) "
    r"(?:st[ao]h?p+|stopp?(?:in|ing)|slow(?:ing)? down)\b"
)
_SANGRE_41D = r"(?:sangre|sangra|sangral|sangrar|sangrando|sangrandose|sangrao|la sangre|sanglando|sangla)"
_HEAVY_BLEED_BY_EAR_41D = (
    rf"(?:{_BLOOD_41D}{_NOT_OTHER_BLOOD_41D}(?: (?:is|are|keeps|keep|just|still|es|been|was|all|out|everywhere)){{0,3}} {_SPURT_41D}|"
    rf"(?:blood|bloods|blud|bloud|bloood|bluud|bleeding|bleedin)\b{_NOT_OTHER_BLOOD_41D}[^.?!]{{0,50}}?\b{_WONT_STOP_41D}|"
    rf"{_SANGRE_41D} (?:\w+ ){{0,2}}?a (?:chorro|chorros|borbotones|borbollones|chorrazos)|(?:sale|salta|brota|brinca|tira) (?:la )?{_SANGRE_41D} a chorros?|a borbotones|"
    r"no (?:para|se para|deja|se detiene|se le para|se le quita|se le detiene|paraba) (?:de )?(?:sangrar|sangral|sangra|sanglal|echar sangre|bota[rl] sangre)|"
    rf"{_SANGRE_41D} (?:\w+ ){{0,2}}?(?:no (?:para|se para|se detiene|se le para|se le quita|se quita|se corta)(?=\s*(?:[.,!?;]|$|y\b|ni\b|nada\b|de (?:salir|sangra[rl]|correr)\b|con nada\b))|"
    r"y sangra|sin para[rl]|como (?:una )?(?:pluma|manguera|fuente))|" + _HEAVY_BLEED_40B + ")"
)
_HOW_IT_HAPPENED_41D = (
    r"(?:by (?:ac+ident|acc?idnet|mistake)|ac+ident(?:al)?l?y|acc?idently|on accident|(?:it|that) was an accident|sin quere[rl]|por (?:ac+idente|error)|fue (?:un )?ac+idente|"
    r"se me (?:fue|resbalo|zafo|safo) (?:el |la )?(?:cuchillo|cuchiyo|cuchio|cuchilla|vaso|vidrio)|(?:knife|nife|knive) (?:slipped|slid)|slipped|se (?:me |le )?resbalo|"
    r"cooking|cookin|chopping|choppin|slicing|dicing|cutting (?:up )?(?:onions?|veg\w*|meat|chicken|bread|a bagel|an avocado|avocados?)|cuttin (?:up )?(?:onions?|veg\w*|meat|chicken|bread)|"
    r"washing (?:the )?dishes|doing (?:the )?dishes|opening (?:a |the )?(?:can|box|package)|"
    r"cocinando|picando|pelando|cortando (?:cebolla|carne|pollo|pan|verdura|papas?|un aguacate|aguacate|platano)|lavando (?:los )?(?:platos|trastes|trastos)|fregando)"
)
_NO_OWN_WISH_41D = (
    r"(?![\s\S]*\b(?:suicid\w*|kill (?:myself|himself|herself)|want(?:s)? to die|wanna die|end (?:it|my life)|on purpose|a proposito|adrede|"
    r"(?:was not|wasnt|not) (?:an |really an )?ac+ident|no fue (?:un )?ac+idente|matarme|matarse|me quiero morir|quiero morir\w*|se quiere morir|quitarme la vida|cortarme|cutting myself)\b)"
)
ACCIDENTAL_CUT_BLEEDING_41D = (
    rf"(?<!\bif\s)(?<!\bsi\s)(?![^.?!]{{0,120}}\b(?:period|menstru\w*|regla|spotting|gums?|encias)\b){_NO_OWN_WISH_41D}"
    rf"(?:{_HOW_IT_HAPPENED_41D}\b[^?]{{0,160}}?\b{_HEAVY_BLEED_BY_EAR_41D}|{_HEAVY_BLEED_BY_EAR_41D}\b[^?]{{0,160}}?\b{_HOW_IT_HAPPENED_41D})(?!\w)"
)
MEDICAL = MEDICAL + [ACCIDENTAL_CUT_BLEEDING_41D]
CATEGORY_PHRASES[categories.MEDICAL.key] = MEDICAL


# --- round 41's passive wishes inside a question (helper b) ---
# A passive wish to be dead, or recurrent thoughts of death, told in passing inside an ordinary question
# about the clinic (the ask tier: possible risk). Each family starts at its own "no", "nobody" or
# "never", so that the word is read as part of the wish and not as its negation.
# 1. Nobody would notice (or miss the writer) if they walked, slipped or sank into the river, the sea
# or the water; either order. Not a session missed, a swim, a walk along the river.
_WATER_41B = r"(?:river|sea|ocean|lake|water|waves|current|tide|bay|pond|deep|surf|mar|rio|lago|agua|oceano|olas|corriente|presa|laguna)"
_INTO_WATER_41B = (
    r"(?:(?:walk\w*|wad\w*|swim\w*|swam|slip\w*|sink\w*|sank|sunk|disappear\w*|vanish\w*|went|go|going|drift\w*|float\w*|step\w*|let (?:myself )?(?:sink|go|slip)|jump\w*) "
    rf"(?:\w+ ){{0,2}}?(?:into|under|beneath|below|out into|off into|to the bottom of|out to) (?:the |a )?(?:\w+ )?{_WATER_41B}\b|"
    rf"(?:let|if) the (?:current|waves|tide|river|sea|ocean) (?:take|took|takes|carry|carried|swallow\w*) me|"
    rf"(?:me )?(?:meto|metiera|meteria|hundo|hundiera|hundiria|pierdo|perdiera|fuera|voy|iria|adentro|adentrara|ahogo|ahogara|desaparezco|desapareciera|tiro|tirara|aviento|aventara)\b"
    rf"(?: \w+){{0,2}}? (?:al|en el|en la|bajo el|bajo la|al fondo del?|hasta el fondo del?|dentro del?) {_WATER_41B}\b|"
    rf"(?:si )?(?:el|la) (?:mar|rio|corriente) me (?:lleva|llevara|traga|tragara|arrastra|arrastrara))"
)
_NOBODY_NOTICE_41B = (
    r"(?:(?:no one|nobody|not a soul|not one person) (?:would|will|is going to|gonna|could|else would)? ?(?:even |really |ever |probably |actually )?"
    r"(?:notice|care|miss me|know|realize|look for me|find me|find out)|"
    r"nadie (?:se |me |lo |le )?(?:daria cuenta|va a dar cuenta|da cuenta|enteraria|va a enterar|extranaria|va a extranar|extrana|buscaria|va a buscar|notaria|va a notar|"
    r"importaria|va a importar)|a nadie le (?:importaria|va a importar|importa))"
)
UNNOTICED_IN_WATER_41B = (
    rf"\b{_NOBODY_NOTICE_41B}\b[^?]{{0,60}}?\b{_INTO_WATER_41B}|\b{_INTO_WATER_41B}[^?]{{0,60}}?\b{_NOBODY_NOTICE_41B}\b"
)

# 2. A veteran's survivor wish: it should have been the writer over there, they should not have come
# back, their turn should have come in the war; Spanish "debi haber sido yo y no el", "no debi haber
# regresado de la guerra", "me tocaba a mi en irak". A war, a unit or a tour must be named (either side)
# where the words alone are ordinary ("i should not have come back to that clinic").
_WAR_41B = (
    r"(?:war|wars|combat|iraq|afghanistan|afghan|vietnam|nam|korea|kuwait|syria|somalia|bosnia|kandahar|fallujah|helmand|ramadi|mosul|baghdad|the desert|"
    r"the sandbox|over there|overseas|deploy\w*|tours?|convoy|humvee|ied|firefight|my (?:unit|squad|platoon|battalion|company|buddies|brothers|guys|team)|"
    r"brothers in arms|battle|marines?|army|soldiers?|veterans?|vets?|ptsd|guerra|combate|irak|afganistan|alla|despliegue|mi (?:unidad|peloton|escuadron|batallon|compa\w*)|"
    r"mis (?:compa\w*|hermanos|companeros)|soldad\w*|veteran[oa]s?|ejercito|militar\w*|frente|batalla|marines)"
)
_SHOULD_NOT_BACK_41B = (
    r"(?:(?:i )?(?:should not|shouldnt|should never|never should|was not supposed to|wasnt supposed to|was never supposed to|ought not to) (?:have )?"
    r"(?:come|came|made it|gotten|got|make it|get|been sent|walked) (?:back|home|out)(?: alive)?|"
    r"(?:it )?(?:should|shouldve|should have|was supposed to|ought to have) (?:have )?(?:been|be) me (?:over there|instead|and not|not (?:him|her|them|those|my)|in (?:that|the) )|"
    r"my (?:turn|number|time) (?:should have|shouldve|was supposed to|ought to have|should of) (?:have )?(?:come|come up|been)|"
    r"(?:yo )?no (?:debi|debia|deberia|tenia que|tendria que)(?: de)? (?:haber )?(?:regresado|regresar|vuelto|volver|salido viv[oa]|salir viv[oa]|sobrevivido|sobrevivir)|"
    r"(?:debi|debia|deberia|tenia que|tendria que)(?: de)? (?:haber )?(?:sido|ser) yo (?:y no|en (?:vez|lugar) de|el que|la que|quien)|"
    r"me tocaba (?:a mi )?(?:morir|y no a|no a|en vez de|en lugar de)|(?:me tocaba|era mi turno) a mi\b|mi turno (?:debio|debia|tenia que|tendria que) (?:haber )?(?:llegado|venir|sido))"
)
SURVIVOR_WISH_41B = (
    rf"\b{_SHOULD_NOT_BACK_41B}[^?]{{0,80}}?\b{_WAR_41B}\b|\b{_WAR_41B}\b[^?]{{0,120}}?\b{_SHOULD_NOT_BACK_41B}|"
    r"\b(?:yo )?no (?:debi|debia|deberia)(?: de)? (?:haber )?sobrevivi\w*|\bi (?:should not|shouldnt|should never|never should) (?:have )?(?:survived|lived through it|made it out alive)"
)

# 3. Easier or better not to wake up, the Spanish ways ("seria mas facil no despertar manana", "ojala
# no despertara", "preferiria no amanecer"), and in English "easier to (just) not wake up" read up to
# the "to": its "not wake up" is covered by a filter (patterns.py) so that it is not read as someone
# unresponsive. Not waking up early for an appointment.
_NOT_EARLY_41B = r"(?! (?:so |that |too |tan |muy )?(?:early|temprano)| at \d| a las \d| before (?:\d|the alarm|noon)| (?:a|al|los|las|la|el|mi|mis|tu|su|sus|nadie|the|my|your|him|her|them|anyone|everyone|everybody|nobody|people|baby)\b)"
EASIER_NOT_WAKE_41B = (
    r"\b(?:seria|seria mucho|sería|es|fuera) (?:mas|mucho mas|tanto mas) (?:facil|sencillo|comodo|tranquilo)\b (?:\w+ )?no (?:despertar(?:me)?|amanecer|volver a despertar(?:me)?|abrir los ojos)\b" + _NOT_EARLY_41B + r"|"
    r"\b(?:seria mejor|mejor|preferiria|prefiero|quisiera|ojala|ojala pudiera) (?:ya )?no (?:despertar(?:me)?|despertara|despierte|amanecer|amaneciera|amanezca|volver a despertar(?:me)?|volviera a despertar)\b" + _NOT_EARLY_41B + r"|"
    r"\b(?:easier|better|simpler|nicer|a relief|more peaceful|less painful)(?: for (?:everyone|everybody|all of us|them))? to(?= (?:just |simply |even |ever )?(?:not|never) wake up\b" + _NOT_EARLY_41B + r")"
)

# 4. What is the point of going on, what am I living for, told Spanish ways ("cual es el punto de seguir",
# "que caso tiene seguir viviendo", "de que me sirve vivir"); and 5. formal Spanish weariness: no sense
# or no worth in going on trying after years of depression ("ya no tiene sentido seguir intentando",
# "no vale la pena seguir luchando"), about life, not a treatment ("seguir intentando con otro
# antidepresivo", "seguir pagando").
_GO_ON_41B = (
    r"seguir (?:viviendo|viva|vivo|existiendo|aqui|aca|en este mundo|en esta vida|adelante|luchando|as[ií]|asi)|vivir(?: asi| mas)?|seguir(?= *(?:[.,;!]|$| si | sin | con esta vida| lejos))"
)
_TREATMENT_NEXT_41B = (
    r"(?! (?:con|el|la|los|las|otro|otra|otros|otras|un|una|nuev[oa]s?|mas|este|esta|ese|esa|estos|estas|tomando|pagando|yendo|probando|viniendo|esperando|buscando|"
    r"en (?:el|la|este|esta) (?:tratamiento|terapia|programa|lista|clinica|trabajo))\b)"
)
_NO_SENSE_41B = (
    r"(?:(?:ya )?no (?:tiene|tendria|le veo|le encuentro|hay|veo) (?:ningun |mucho |el )?(?:sentido|caso|razon|proposito)|(?:ya )?no (?:vale|valdria) la pena|"
    r"de (?:nada|que) (?:me )?sirve|(?:cual|que) (?:es|seria) el (?:punto|sentido|caso|proposito)(?: de)?|que (?:sentido|caso) tiene|para que (?:me )?sirve|ya no (?:tiene|hay) caso)"
)
_WEARY_41B = (
    r"(?:cansad[oa]s?|agotad[oa]s?|exhaust[oa]s?|hart[oa]s?|sin fuerzas|rendid[oa]|anos de (?:depresion|lucha|sufrimiento|dolor|tratamiento)|depresion (?:resistente|cronica)|"
    r"vida|vivir|sin papeles|sin familia|sin nadie|sol[oa] en este pais)"
)
NO_SENSE_GOING_ON_41B = (
    rf"\b{_NO_SENSE_41B} (?:a |en )?(?:{_GO_ON_41B})\b{_TREATMENT_NEXT_41B}|"
    rf"\b{_NO_SENSE_41B} (?:a |en )?seguir (?:intentando(?:lo)?|tratando|luchando)\b{_TREATMENT_NEXT_41B}(?=[\s\S]*\b{_WEARY_41B}\b)|"
    rf"\b{_WEARY_41B}\b[^?]{{0,120}}?\b{_NO_SENSE_41B} (?:a |en )?seguir (?:intentando(?:lo)?|tratando|luchando)\b{_TREATMENT_NEXT_41B}"
)

# 6. A very old person at peace with dying: if they died tomorrow it would be fine, they have lived
# enough, God can take them. Not a question about an age limit; not "lived long enough to see".
_DIED_SOON_41B = (
    r"(?:if (?:i|he|she) (?:died|passed|passed away|went|were to die|were to go|did not wake up|do not wake up|dont wake up|go|die|pass) (?:\w+ )?(?:tomorrow|tonight|today|in my sleep|soon|now|this year)|"
    r"si (?:me muero|me muriera|muriera|muero|me voy|me fuera|no despierto|no despertara|no amanezco|no amaneciera|dios me (?:lleva|llevara|recoge|recogiera|llama|llamara)) "
    r"(?:\w+ )?(?:manana|hoy|esta noche|pronto|dormid[oa]|ya|este ano|mientras duermo))"
)
_AT_PEACE_41B = (
    r"(?:(?:would be|would|is|that is|it is|thats|its|that would be|it would be|would be just) (?:\w+ )?(?:fine|alright|all right|ok|okay|no loss|a blessing|a relief|better|for the best|fine by me|ok with me)|"
    r"so be it|i (?:would not|wouldnt) mind|i am (?:at peace|ready|fine with (?:it|that))|"
    r"(?:esta|estaria|estaría|seria|sería) (?:\w+ )?(?:bien|mejor|un alivio|una bendicion)|no (?:pasa|pasaria|importa|importaria|me importa|me importaria) nada|no (?:me )?importa(?:ria)?|"
    r"bendito sea|que sea lo que dios quiera|estoy (?:list[oa]|en paz|tranquil[oa]))"
)
_GOD_TAKE_41B = (
    r"(?:(?:god|the lord|jesus|the good lord|my maker|the man upstairs) (?:can|could|may|is welcome to|should|is free to|just needs to|needs to) (?:come )?(?:take|call|bring|have) me(?: home| whenever| any ?time| now| already)?\b(?! (?:through|to (?:church|the|my|a)|out of|for a)\b)|"
    r"(?:ready|waiting|praying|pray) (?:for (?:god|the lord|jesus) )?to (?:take|call|bring) me(?: home)?\b(?! (?:through|to (?:church|the|my|a))\b)|"
    r"ready for (?:god|the lord|jesus) to (?:take|call) me|"
    r"(?:que|ojala|ojala que) (?:ya )?(?:dios|diosito|el senor|mi dios) (?:ya )?me (?:lleve|recoja|llame|quite)\b(?! (?:con bien|bien|de la mano|por buen camino|con salud|a (?:la|el|mi)|al)\b)|"
    r"(?:dios|diosito|el senor) (?:ya )?me (?:puede|podria) (?:llevar|recoger|llamar)(?: cuando quiera| ya| pronto)?\b(?! (?:con bien|de la mano|a (?:la|el|mi)|al)\b)|"
    r"(?:estoy|ya estoy) (?:list[oa]|preparad[oa]) para que (?:dios|diosito|el senor) me (?:lleve|recoja|llame))"
)
_LIVED_ENOUGH_41B = (
    r"(?:(?:i have|i|ive) (?:already )?lived (?:long )?enough(?: years)?\b(?! (?:to|in|here|there|with|at|on|around|of this|of that|of the)\b)|"
    r"(?:i have|i|ive) (?:already )?had (?:a )?long enough (?:life|run|time on (?:this )?earth)\b|"
    r"(?:i have|i|ive) (?:already )?had (?:a |my )?(?:long|full) (?:enough )?(?:life|run)(?: and| i am| im)? (?:\w+ )?(?:ready|done|enough|tired)|"
    r"(?:ya )?vivi (?:lo )?(?:suficiente|bastante|lo que tenia que vivir|mi vida)\b(?! (?:en|aqui|ahi|para|con|de|como)\b))"
)
AT_PEACE_WITH_DYING_41B = (
    rf"\b{_DIED_SOON_41B}\b[^?.]{{0,40}}?\b{_AT_PEACE_41B}|"
    rf"\b{_GOD_TAKE_41B}|"
    rf"\b{_LIVED_ENOUGH_41B}"
)

# 7. A form, a referral or a reason for a visit that lists recurrent thoughts of death as a symptom, in
# Spanish ("ideas recurrentes de muerte", "pensamientos de muerte", "ideacion de muerte pasiva", "deseos
# de morir") and the English "thoughts about dying"; not asked as a side effect ("puede causar ...").
DEATH_THOUGHTS_LISTED_41B = (
    r"(?<!niega\W)(?<!nego\W)(?<!niega\Wtener\W)(?<!sin\W)(?<!denies\W)(?<!denied\W)(?<!no\Whay\W)(?<!ni\W)(?<!ausencia\Wde\W)"
    r"(?<!para\W)(?<!para\Wlas\W)(?<!para\Wlos\W)(?<!tratar\W)(?<!tratar\Wlas\W)(?<!trata\Wlas\W)(?<!contra\W)(?<!contra\Wlas\W)(?<!quita\Wlas\W)(?<!quitar\Wlas\W)"
    r"(?<!causar\W)(?<!causa\W)(?<!provocar\W)(?<!provoca\W)(?<!producir\W)(?<!produce\W)(?<!dar\W)(?<!da\W)(?<!cause\W)(?<!causes\W)(?<!trigger\W)"
    r"\b(?:pensamientos?|ideas?|ideacion(?:es)?) (?:recurrentes |frecuentes |persistentes |constantes |pasivas? |intrusiv[oa]s |repetitiv[oa]s )?(?:de|sobre|acerca de) "
    r"(?:la )?(?:muerte|morir(?:se|me)?)\b|"
    r"\bdeseos? (?:pasivos? |recurrentes |frecuentes )?de (?:muerte|morir(?:se|me)?)\b|\bideacion (?:de muerte |suicida )?pasiva\b|"
    r"\b(?:recurrent|recurring|frequent|persistent|intrusive|passive) thoughts (?:of|about) (?:death|dying|being dead)\b"
)

POSSIBLE_RISK = POSSIBLE_RISK + [
    # round 41 (b): passive wishes inside an ordinary question (the ask tier)
    UNNOTICED_IN_WATER_41B, SURVIVOR_WISH_41B, EASIER_NOT_WAKE_41B, NO_SENSE_GOING_ON_41B, AT_PEACE_WITH_DYING_41B,
    DEATH_THOUGHTS_LISTED_41B,
]
CATEGORY_PHRASES[categories.POSSIBLE_RISK.key] = POSSIBLE_RISK
# A health worker who recognises the symptoms in themselves ("soy enfermera y reconozco los sintomas en
# mi: ... ideas pasivas de muerte", "as a nurse i recognize these symptoms in myself") is not studying a
# case: the listed symptoms are their own (round 31's study reading gives way).
NOT_STUDY = NOT_STUDY + [
    r"(?:los |estos |esos |esas |las )?(?:sintomas|senales|signos) (?:en mi(?: mism[oa])?\b|que tengo)|reconozco (?:en mi|los sintomas|estos sintomas|las senales)|"
    r"(?:the |these |those )?(?:symptoms|signs) in myself|(?:i )?recogni[sz]e (?:the |these |those )?(?:symptoms|signs) in (?:me|myself)"
]


# --- round 41's known gaps (helper k) ---
# An accident on an object (a fence, broken glass, a nail, sheet metal, barbed wire, a saw, a tool, a
# machine) that cut the writer or someone, the bleeding heavy or not stopping ("i cut my leg on a fence
# and it wont stop bleeding", "me corte la pierna con un alambre de puas y no para de sangrar"): a
# medical emergency, like round 41 (d)'s accidental cut (same bleeding words, same own-wish guard), which
# comes before the self-harm reading of the cut. A knife, a razor or a blade is not in this family (the
# writer's own cutting stays as it was read unless round 41 d's "how it happened" is told).
_OBJECT_41K = (
    r"(?:fences?|chain ?link|barbed wire|razor wire|wire|broken glass|glass|windows?|mirror|nails?|screws?|sheet metal|metal|tin|rebar|"
    r"saw|chainsaw|table saw|circular saw|power tool|tools?|machine\w*|lawn ?mower|mower|grinder|drill|axe|ax|hatchet|machete|shovel|rake|"
    r"rocks?|coral|bike|bicycle|car door|door|hinge|edge|corner|"
    r"cerca|reja|alambre(?: de puas)?|alambrado|pua|vidrio(?:s)? (?:roto|rotos)?|vidrio|cristal|ventana|espejo|clavo|tornillo|lamina|metal|fierro|hierro|varilla|"
    r"serrucho|sierra|motosierra|herramienta|maquina|podadora|cortadora|esmeril|taladro|hacha|pala|rastrillo|piedras?|roca|bicicleta|puerta|esquina|filo)"
)
_ON_OBJECT_41K = (
    rf"(?:(?:on|with|against|by|from|in|into|through|under) (?:a |an |the |some |my |his |her |our |that |this )?(?:\w+ )?{_OBJECT_41K}\b|"
    rf"(?:stepped|fell|tripped|slipped|crashed) (?:on|onto|into|off|through|over) (?:\w+ ){{0,3}}?{_OBJECT_41K}\b|"
    rf"(?:con|en|contra) (?:un |una |el |la |unos |unas |los |las |mi |su )?(?:\w+ )?{_OBJECT_41K}\b|"
    rf"(?:pise|piso|me cai|se cayo|me resbale|se resbalo) (?:\w+ ){{0,3}}?{_OBJECT_41K}\b)"
)
_OBJECT_CUT_41K = (
    r"(?:(?:cut|sliced|gashed|split|ripped|tore|torn|opened|punctured|slashed|nicked|caught|scraped) (?:open )?(?:my|his|her|their|the|our) (?:\w+ )?"
    r"(?:leg|legs|thigh|calf|shin|knee|foot|feet|toe|arm|arms|forearm|hand|hands|palm|finger|fingers|thumb|head|scalp|face|chin|lip|back|side|elbow|ankle)\b|"
    r"(?:me|se|le) (?:corte|corto|raje|rajo|abri|abrio|desgarre|desgarro|enterre|enterro|clave|clavo) (?:\w+ ){0,2}?"
    r"(?:la pierna|el muslo|la pantorrilla|la rodilla|el pie|los pies|el dedo|el brazo|la mano|la palma|la cabeza|la cara|la barbilla|el labio|la espalda|el codo|el tobillo|el pulgar|la espinilla)\b)"
)
ACCIDENT_OBJECT_CUT_BLEEDING_41K = (
    rf"(?<!\bif\s)(?<!\bsi\s){_NO_OWN_WISH_41D}"
    rf"(?:{_OBJECT_CUT_41K}[^.?!]{{0,40}}?{_ON_OBJECT_41K}[^?]{{0,120}}?\b{_HEAVY_BLEED_BY_EAR_41D}|"
    rf"{_ON_OBJECT_41K}[^.?!]{{0,40}}?{_OBJECT_CUT_41K}[^?]{{0,120}}?\b{_HEAVY_BLEED_BY_EAR_41D})(?!\w)"
)
MEDICAL = MEDICAL + [ACCIDENT_OBJECT_CUT_BLEEDING_41K]
CATEGORY_PHRASES[categories.MEDICAL.key] = MEDICAL

# A cut told with how it happened (cooking, by accident, on a fence) that had stopped and is bleeding
# again, beside a faint or dizziness ("it stopped but now it started bleeding again and i feel dizzy",
# "ya habia parado pero volvio a sangrar y estoy mareada"): a medical emergency. The older filter of a
# cut by accident gives way to it (patterns.py, round 41's known gaps, helper k).
_BLEEDING_AGAIN_41K = (
    r"(?:start\w* (?:\w+ )?(?:bleeding|to bleed) again|bleed\w* again|(?:opened|split) (?:back )?(?:up|open) again|reopened|"
    r"volvio a sangrar|(?:esta )?sangrando (?:otra vez|de nuevo)|sangra (?:otra vez|de nuevo)|se (?:volvio a abrir|abrio otra vez|abrio de nuevo))"
)
_CUT_HOW_41K = (
    rf"(?:{_HOW_IT_HAPPENED_41D}|{_ON_OBJECT_41K}|"
    r"(?:cut|sliced|nicked|gashed) (?:my|his|her|their|the) (?:\w+ )?(?:fingers?|thumb|hand|palm|leg|foot|toe|knee|shin|head|scalp|chin|lip)\b|"
    r"(?:me|se|le) (?:corte|corto|raje|rajo) (?:\w+ ){0,2}?(?:el dedo|el pulgar|la mano|la palma|la pierna|el pie|la rodilla|la cabeza|la barbilla|el labio)\b)"
)
BLEEDING_AGAIN_FAINT_41K = (
    rf"(?<!\bif\s)(?<!\bsi\s){_NO_OWN_WISH_41D}{_CUT_HOW_41K}[^?]{{0,200}}?"
    rf"(?:\b{_BLEEDING_AGAIN_41K}\b[^?]{{0,120}}?\b{_FAINT_41A}|\b{_FAINT_41A}\b[^?]{{0,120}}?\b{_BLEEDING_AGAIN_41K})(?!\w)"
)
MEDICAL = MEDICAL + [BLEEDING_AGAIN_FAINT_41K]
CATEGORY_PHRASES[categories.MEDICAL.key] = MEDICAL


# --- round 42's overdoses and poisonings told by signs (helper c) ---
# 1. Acetaminophen taken beyond the label, again and again over a day or more (often with alcohol), then
# pain in the upper right belly or under the right ribs, nausea, vomiting or sweating: a staggered overdose
# (the liver harm comes late). Read as an overdose, made a poisoning by the drug's name (OVERDOSE_KINDS).
# Wider than round 13's family: the excess told in words ("more than the label", "mas de la dosis"), the
# belly's right side named before the pain, the signs told far after the drug.
_BEYOND_42C = (
    r"(?:(?:way |much |a lot |lot )?more than (?:the |what the )?(?:label|box|bottle|package|directions|instructions|max\w*|recommended|limit|dose|it says|you are supposed to)|"
    r"over (?:the )?(?:max\w*|limit|label|recommended|dose)|above (?:the )?(?:max\w*|limit|dose)|too (?:many|much|often)|extra doses?|double doses?|"
    r"around the clock|nonstop|non stop|every (?:few|couple of|\d+|one|two|three|four) hours?|(?:several|many|\d+|a bunch of) times a day|all (?:day|week|weekend)|"
    r"for (?:a |the )?(?:few |couple of |couple |\d+ |two |three |four |five |several )?(?:days|week|weeks|weekend)|since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last week)|"
    r"de mas|mas de (?:lo (?:que (?:dice|indica|marca)|indicado|recomendado|permitido|debido)|la dosis|lo normal|la cuenta)|demasiad[oa]s?|"
    r"cada (?:\w+ )?(?:pocas )?horas?|varias veces (?:al|por) dia|(?:llevo|lleva|llevamos|durante|por|hace|todo el|toda la) (?:\w+ ){0,2}?(?:dias|semana|semanas|fin de semana|dia)|"
    r"todo el fin de semana|toda la semana|sin parar)"
)
_RIGHT_BELLY_42C = (
    r"(?:(?:right side|right upper|upper right|right under (?:my|his|her|the) ribs|under (?:my|his|her|the) (?:right )?ribs|liver(?: area)?|right (?:of|side of) (?:my|his|her|the) (?:belly|stomach|abdomen|tummy))"
    r"(?: \w+){0,4}? (?:hurts?|hurting|pain\w*|aches?|aching|tender|sore)|"
    r"(?:pain|hurts?|hurting|ache|aching|tender|sore)(?: \w+){0,4}? (?:right side|right upper|upper right|under (?:my|his|her|the) (?:right )?ribs|liver|on the right)|"
    r"(?:dolor|duele|molestia|punzadas?)(?: \w+){0,5}? (?:lado derecho|costado derecho|derecho|derecha|costillas|higado)|"
    r"(?:lado|costado) derecho(?: \w+){0,4}? (?:me |le )?(?:duele|dolor|molesta))"
)
_SICK_42C = r"(?:nause\w*|queasy|vomit\w*|throwing up|threw up|puking|sweat\w*|clammy|sudo|sudor\w*|sudando|ganas de vomitar|mare\w*|asco)"
STAGGERED_ACETAMINOPHEN_42C = (
    rf"{ACETAMINOPHEN}\b[^?]{{0,120}}?\b{_BEYOND_42C}[^?]{{0,220}}?(?:\b{_RIGHT_BELLY_42C}[^?]{{0,120}}?\b{_SICK_42C}|\b{_SICK_42C}[^?]{{0,120}}?\b{_RIGHT_BELLY_42C})|"
    rf"{_BEYOND_42C}[^?]{{0,80}}?\b{ACETAMINOPHEN}\b[^?]{{0,220}}?(?:\b{_RIGHT_BELLY_42C}[^?]{{0,120}}?\b{_SICK_42C}|\b{_SICK_42C}[^?]{{0,120}}?\b{_RIGHT_BELLY_42C})"
)

# 2. A bystander: someone who used a powder, a drug or "something" collapsed or went down in a public
# place, and breathes with snoring or gurgling sounds or with pauses. Opioid signs with no opioid named:
# the naloxone steps (the older families read the collapse alone as a medical emergency).
_USED_42C = (
    r"(?:(?:did|doing|done|used|using|took|snorted|snorting|smoked|smoking|sniffed|injected|shot up|railed|bumped)(?: some| a| an| the| this| that| some kind of| a little| a bit of)?(?: \w+)?"
    r" (?:powder|drugs?|stuff|something|line|lines|bump|pills?|dope)|"
    r"(?:se|me) (?:metio|meti|fumo|fume|inyecto|inyecte|tomo|tome|esnifo|aspiro|echo)(?: un| una| algo de| el| la| unas| unos)?(?: \w+)? (?:polvo|polvito|polvos|droga|drogas|algo|pastilla|raya|rayas|pase|cosa)|"
    r"(?:usar|usando|uso|consumir|consumio|meterse|fumar|inhalar) (?:un |una |algo de |el |la )?(?:polvo|polvito|droga|drogas|algo|pastilla|raya))"
)
_DOWN_42C = (
    r"(?:collaps\w*|passed out|fell (?:over|down|out)|went down|dropped|slumped|keeled over|on the (?:floor|ground)|out cold|"
    r"se (?:desplomo|cayo|desmayo|desvanecio|fue al suelo)|tirad[oa]|en el (?:piso|suelo)|inconsciente|desmayad[oa])"
)
_NOISY_BREATH_42C = (
    r"(?:snor\w*|gurgl\w*|rattl\w*|gasp\w*|paus\w*|(?:stops|stopped|stop|quits) breathing|breath\w* (?:stops|stop|far apart|slow|weird)|not breathing|silence|"
    r"ronc\w*|gargaras|gorgote\w*|(?:deja|dejo) de respirar|se le va la respiracion|respira (?:raro|lento|muy poco)|pausas)"
)
BYSTANDER_NOISY_BREATH_42C = (
    rf"(?<!\bif\s)(?<!\bsi\s)\b{_USED_42C}\b[^?]{{0,120}}?\b{_DOWN_42C}\b[^?]{{0,160}}?\b{_NOISY_BREATH_42C}|"
    rf"(?<!\bif\s)(?<!\bsi\s)\b{_DOWN_42C}\b[^?]{{0,120}}?\b{_USED_42C}\b[^?]{{0,160}}?\b{_NOISY_BREATH_42C}"
)

# 5. A heart medicine (digoxin, a beta blocker, a calcium channel blocker, "the heart pill") taken twice
# or by mistake by an older person, now confused, vomiting, seeing yellow or green halos, or with a slow
# pulse: an overdose made a poisoning by the medicine's name (patterns.OVERDOSE_KINDS, round 42 c).
HEART_MED_42C = (
    r"(?:digoxin\w*|lanoxin|digital|digitalis|metoprolol|lopressor|toprol|atenolol|tenormin|propranolol|inderal|carvedilol|coreg|bisoprolol|nadolol|labetalol|nebivolol|"
    r"beta ?-?blockers?|betabloqueador\w*|beta ?bloqueador\w*|amlodipin\w*|norvasc|diltiazem|cardizem|verapamil\w*|nifedipin\w*|felodipin\w*|"
    r"calcium channel blockers?|bloqueador\w* de (?:los )?canales de calcio|"
    r"heart (?:medicine|medication|med|meds|pill|pills|tablet|tablets)|(?:medicamento|medicina|pastilla|pastillas|remedio) (?:para|del|de) (?:el )?corazon)"
)
_MIXUP_42C = (
    r"(?:twice|two times|2 times|three times|double(?: dose| dosis)?|doble(?: dosis)?|dos veces|tres veces|dosis doble|(?:an )?extra dose|"
    r"by mistake|by accident|accidentally|mistakenly|in error|por error|por equivocacion|equivocad[oa]|sin querer|se confundio|confundid[oa] (?:de|con)|"
    r"(?:someone else|(?:her|his) (?:husband|wife|partner)|(?:my|su) (?:\w+ )?(?:esposo|esposa|marido|mujer|suegr[oa]|herman[oa]))s? (?:pills?|meds?|medicine|pastillas|medicina))"
)
_HEART_SIGN_42C = (
    r"(?:confus\w*|disoriented|not making sense|vomit\w*|throwing up|threw up|nause\w*|halos?|seeing (?:yellow|green)|(?:yellow|green)(?:ish)? (?:halos?|rings?|lights?|vision|tint)|"
    r"slow (?:pulse|heart\w*|heartbeat)|(?:pulse|heart rate|hr) (?:is |of |at |in the |around |about )*(?:low|very low|slow|[2-4]\d|50)\b|"
    r"dizzy|faint\w*|passed out|bradycard\w*|"
    r"confundid[oa]|desorientad[oa]|vomit\w*|nause\w*|(?:ve|veo|viendo|mira) (?:\w+ ){0,3}?(?:amarill\w*|verde\w*)|halos?|"
    r"pulso (?:\w+ ){0,2}?(?:lento|bajo|lentisimo|debil|de [2-4]\d|en [2-4]\d)|(?:corazon|latidos?) (?:\w+ ){0,2}?(?:lento|despacio|lentos)|bradicard\w*|mare\w*|desmay\w*)"
)
# a sign denied ("no dizziness", "sin mareo") is not a sign
_SIGN_NOT_DENIED_42C = r"(?<!\bno\s)(?<!\bnot\s)(?<!\bsin\s)(?<!\bany\s)(?<!\bni\s)"
HEART_MED_MIXUP_42C = (
    rf"(?<!\bif\s)(?<!\bsi\s)\b{HEART_MED_42C}\b[^?]{{0,100}}?\b{_MIXUP_42C}\b[^?]{{0,180}}?{_SIGN_NOT_DENIED_42C}\b{_HEART_SIGN_42C}|"
    rf"(?<!\bif\s)(?<!\bsi\s)\b{_MIXUP_42C}\b[^?]{{0,100}}?\b{HEART_MED_42C}\b[^?]{{0,180}}?{_SIGN_NOT_DENIED_42C}\b{_HEART_SIGN_42C}"
)
OVERDOSE = OVERDOSE + [STAGGERED_ACETAMINOPHEN_42C, BYSTANDER_NOISY_BREATH_42C, HEART_MED_MIXUP_42C]
CATEGORY_PHRASES[categories.OVERDOSE.key] = OVERDOSE

# --- round 42's suicide plans told calmly (helper a) ---
# Preparations told as ordinary news: each family needs two or three parts of the scene, in any order
# (_ALL_OF_42A: the part told first is the matched words, the others are looked for after it, so the
# matched words stay short and a look-alike filter over another sentence does not swallow them).
def _ALL_OF_42A(*parts: str) -> str:
    """Every part present in the message, in any order (the first one told is the match)."""
    return "|".join(
        r"\b(?:" + part + r")\b" + "".join(r"(?=[\s\S]*?\b(?:" + other + r")\b)" for other in parts if other is not part)
        for part in parts
    )


# 1. A farewell by giving belongings away (a collection, keepsakes, a pet left with someone "for a
# while") with a means kept ready: pills saved up over weeks, or a drug for putting animals down kept
# from a job at a vet's or a farm. The date told is optional (the means and the giving are enough).
_GIVE_AWAY_42A = (
    r"(?:gave|give|giving|given|handing|handed) (?:away|out)|(?:passed|passing) (?:down|on) (?:my|his|her|all)|(?:gave|given|handed|left|leaving|left) (?:\w+ )?(?:my|all my|his|her|all his|all her) "
    r"(?:\w+ )?(?:collection|collections|records|vinyls?|books|guitars?|tools|jewelry|jewellery|rings?|watch|watches|keepsakes|stuff|things|belongings|clothes|games|comics|cards|art|paintings|plants)|"
    r"(?:left|leaving|dropped off|dropping off|rehomed|rehoming) (?:my|his|her|the) (?:dog|cat|pet|pets|puppy|kitten|bird|parrot|fish)\b[^.?!]{0,40}?\b(?:for a while|for now|for a bit|with (?:my|his|her|a|the)|at (?:my|his|her))|"
    r"(?:my|his|her|the) (?:dog|cat|pet|pets|puppy|kitten|bird|parrot) (?:is|will be) (?:staying |living )?with (?:\w+ ){1,3}?(?:for a while|for now|for a bit|from now on)|"
    r"regal(?:e|o|ando|ado|aba)|(?:ya )?(?:le|les) (?:di|dio|deje|dejo|entregue|regale) (?:\w+ )?(?:mis|sus|toda mi|toda su|mi|su) (?:\w+ )?(?:coleccion|discos|libros|guitarras?|herramientas|joyas|anillos?|reloj|recuerdos|cosas|ropa|juegos|cuadros|plantas)|"
    r"(?:deje|dejo|dejando) (?:a )?(?:mi|su|el|la) (?:perr[oa]|perrit[oa]|gat[oa]|gatit[oa]|mascota|pajaro|loro)\b[^.?!]{0,40}?\b(?:por un tiempo|un tiempo|por mientras|con (?:mi|su|la|el))|"
    r"(?:el|la|mi|su) (?:perr[oa]|gat[oa]|mascota) se (?:queda|va a quedar) con (?:\w+ ){1,3}?(?:por un tiempo|un tiempo|por mientras|desde ahora)"
)
_MEANS_KEPT_42A = (
    r"(?:saving|saved|stockpil\w*|stash\w*|hoard\w*|collect\w*|kept|keeping|squirrel\w*|put aside|set aside|putting aside|setting aside) (?:up )?(?:\w+ ){0,3}?(?:pills|meds|tablets|medication|sleeping pills)|"
    r"(?:pills|meds|tablets) (?:\w+ ){0,2}?(?:saved|saved up|stockpiled|stashed|set aside|put aside|kept) (?:up )?(?:for|over|from) (?:weeks|months|a while|\w+ weeks|\w+ months)|"
    r"(?:stash|stockpile|hoard) of (?:\w+ )?(?:pills|meds|tablets)|"
    r"(?:kept|keep|still have|still got|took|saved|have|got)\b[^.?!]{0,30}?\b(?:pentobarbital|euthasol|fatal ?plus|sleepaway|euthanasia (?:solution|drugs?|meds|stuff|juice|injection)|the (?:pink )?(?:juice|stuff) (?:they|we) use to put (?:animals|dogs|pets) down|(?:drugs?|stuff|meds) (?:for|to) put(?:ting)? (?:animals|dogs|pets|horses|cattle) down)|"
    r"(?:pentobarbital|euthasol|fatal ?plus|euthanasia (?:solution|drugs?|injection))\b[^.?!]{0,60}?\b(?:from|kept|took|saved|since) (?:\w+ ){0,4}?(?:vet|veterinar\w*|clinic|farm|ranch|job|work)|"
    r"(?:juntando|guardando|ahorrando|acumulando|juntado|guardado|acumulado|guarde|junte) (?:\w+ ){0,3}?(?:pastillas|pildoras|medicamentos|medicinas)|"
    r"(?:pastillas|pildoras) (?:\w+ ){0,2}?(?:guardadas|juntadas|acumuladas)|"
    r"(?:guarde|guardo|tengo|me quede con|me traje|todavia tengo|aun tengo)\b[^.?!]{0,30}?\b(?:pentobarbital|euthasol|eutanasia|lo (?:que|de) (?:usaban|usabamos|usan) para (?:dormir|sacrificar) (?:a )?(?:los )?(?:animales|perros))"
)
FAREWELL_GIVING_WITH_MEANS_42A = r"(?<!\bif\s)(?<!\bsi\s)(?:" + _ALL_OF_42A(_GIVE_AWAY_42A, _MEANS_KEPT_42A) + ")"

# 2. On the way to a high place now (a bridge, a cliff, a roof, the top of a parking garage) in a
# taxi, a rideshare or a train, having told the driver or the family a false reason: a trip whose
# cover story is itself the warning. Needs the ride, the high place and the story told.
_RIDE_42A = (
    r"(?:in|on|inside|taking|took|riding|grabbed|got) (?:an? |the |my )?(?:uber|lyft|taxi|cab|rideshare|ride share|train|bus|subway|metro|car service)|"
    r"(?:voy|vamos|ando|estoy|iba|me subi|tome|agarre) (?:\w+ )?(?:en (?:el |un |una )?|al? |un |una )?(?:uber|didi|taxi|tren|camion|autobus|bus|metro|cabify|remis|colectivo|guagua)|"
    r"en (?:el |un |una )?(?:uber|didi|taxi|tren|cabify|remis)"
)
_HIGH_PLACE_42A = (
    r"(?:bridge|cliffs?|bluffs?|roof|rooftop|top (?:floor|level|deck) of (?:the |a )?(?:\w+ )?(?:parking |)(?:garage|deck|structure|building)|top of (?:the |a )?(?:\w+ )?(?:parking garage|garage|building|tower|dam|cliffs?)|parking (?:garage|deck) roof|overlook|the dam|golden gate|gwb|"
    r"puente|acantilado\w*|precipicio|barranco|azotea|techo|ultimo piso|(?:el )?piso mas alto|mirador|la presa)"
)
_FALSE_REASON_42A = (
    r"(?:told|telling|tell) (?:the |my |our )?(?:driver|cabbie|uber guy|lyft guy|wife|husband|mom|mum|mother|father|dad|family|parents|boyfriend|girlfriend|partner|kids|roommate|everyone|everybody|boss|sister|brother|son|daughter)\b|"
    r"(?:the |my )?(?:driver|wife|husband|mom|mother|father|dad|family|parents|partner|everyone) (?:thinks|thought|believes) (?:i am|im|i was|that i)|"
    r"(?:le|les) (?:dije|conte|invente|explique) (?:\w+ ){0,4}?que|(?:el chofer|el taxista|el conductor|mi (?:esposa|esposo|mama|papa|familia|pareja|novia|novio)|mis (?:papas|padres|hijos)) (?:cree|piensa) que"
)
_NOT_TOUR_42A = r"(?![\s\S]*\b(?:tour|tours|tourist|fireworks|concert|festival|parade|marathon|race|picnic|dinner|restaurant|fuegos artificiales|concierto|desfile|carrera|cena|restaurante|photos? for (?:my|the) (?:class|job|work|client)|rehearsal|wedding shoot|sesion de fotos|excursion|paseo escolar)\b)"
HIGH_PLACE_RIDE_STORY_42A = _NOT_TOUR_42A + r"(?<!\bif\s)(?<!\bsi\s)(?:" + _ALL_OF_42A(_RIDE_42A, _HIGH_PLACE_42A, _FALSE_REASON_42A) + ")"

# 3. Someone else's calm farewell: a colleague or a friend who sent passwords, account access or
# instructions (often with a note that others will understand later), who is not answering now and who
# had talked of his gun, pills or rope. Needs the access sent, the silence and the means.
_ACCESS_SENT_42A = (
    r"(?:sent|send|emailed|texted|messaged|gave|handed|left|forwarded|dm d|shared) (?:me |us |everyone |the team )?(?:\w+ ){0,3}?(?:all )?(?:his|her|their)? ?(?:passwords?|passcodes?|pin|pins|logins?|log ins|credentials|account (?:info|access|details|logins?)|bank (?:info|logins?|details|accounts?)|access to (?:his|her|their) (?:accounts?|bank|email|phone)|instructions|"
    r"where (?:his|her|their) (?:will|papers|insurance))|"
    r"(?:me|nos|le) (?:mando|envio|paso|dio|dejo|escribio|reenvio) (?:\w+ ){0,3}?(?:sus )?(?:contrasenas|claves|passwords|accesos?|acceso a sus cuentas|datos (?:del banco|bancarios|de sus cuentas)|instrucciones|pin)"
)
_NOT_ANSWERING_42A = (
    r"(?:is not|isnt|is n t|not|has not been|hasnt been|wont|will not|won t|hasnt|has not|never) (?:\w+ )?(?:answering|answered|picking up|responding|replying|answer|respond|reply|texted back|called back|picked up)|"
    r"no (?:one|body) (?:can|has) (?:reach|reached|heard from) (?:him|her|them)|(?:cannot|can not|cant) (?:reach|get (?:a )?hold of|get through to) (?:him|her|them)|(?:phone|cell) (?:goes|went|is going) (?:straight )?to voicemail|left on read|"
    r"no (?:me |nos |le )?(?:contesta|responde|ha contestado|ha respondido|contesto|respondio|agarra el telefono|levanta el telefono)|no (?:lo|la) (?:puedo|podemos) localizar|manda a buzon|buzon de voz"
)
_MEANS_TALKED_42A = (
    r"(?:his|her|their|a|the) (?:gun|guns|pistol|rifle|shotgun|revolver|pills|meds|rope|noose|belt)|(?:gun|pills|rope|noose|shotgun|pistol)|"
    r"(?:su|sus|una|la|el) (?:pistola|arma|escopeta|rifle|pastillas|soga|cuerda)|(?:pistola|arma|pastillas|soga)"
)
THIRD_PERSON_ACCESS_SILENCE_42A = r"(?:" + _ALL_OF_42A(_ACCESS_SENT_42A, _NOT_ANSWERING_42A, _MEANS_TALKED_42A) + ")"

# 4. A means ready at home, told without the word suicide (a belt, a cord or a rope in a closet or on a
# door; a bath filled with a razor blade beside it; pills bought and sitting in a motel or a hotel
# room), with closing words (thanks to the doctor for trying, a last thing, telling the spouse or the
# kids afterwards). English, Spanish and the two mixed in one sentence.
_MEANS_AT_HOME_42A = (
    r"(?:belt|cord|extension cord|rope|noose|cable|cinturon|cuerda|soga|lazo|cable|correa)\b[^.?!]{0,40}?\b(?:closet|door|doorknob|door handle|hook|beam|rafter|banister|railing|ready|tied|up|hung|"
    r"clos(?:e|s)et|puerta|perilla|manija|gancho|viga|barandal|lista|listo|amarrad[oa]|colgad[oa])|"
    r"(?:bath|bathtub|tub|tina|banera|bano)\b[^.?!]{0,40}?\b(?:full|filled|filling|ready|running|llena|llenando|lista)\b[^.?!]{0,60}?\b(?:razor|blade|blades|box cutter|knife|navaja|cuchilla|hoja de afeitar|gillette)|"
    r"(?:filled|filling|fill|llene|llenando) (?:the |my |la |mi )?(?:bath|bathtub|tub|tina|banera)\b[^.?!]{0,60}?\b(?:razor|blade|blades|knife|navaja|cuchilla|hoja de afeitar)|"
    r"(?:pills|pastillas|bottles?|frascos?|meds|medicinas)\b[^.?!]{0,60}?\b(?:motel|hotel|inn|airbnb)|(?:motel|hotel|airbnb)\b[^.?!]{0,60}?\b(?:pills|pastillas|bottles?|frascos?|meds|medicinas)"
)
_CLOSING_42A = (
    r"(?:thank you|thanks|thank u|thx|gracias)\b[^.?!]{0,30}?\b(?:for trying|for everything|por intentar\w*|por tratar|por todo)|"
    r"(?:this is|its|it s|this will be|esto es|es) (?:the |my |mi |lo )?(?:last|final|ultimo|ultima) (?:thing|message|text|words?|mensaje|cosa|que (?:escribo|digo|mando))|"
    r"(?:please )?(?:tell|let) (?:my|the) (?:wife|husband|kids|children|son|daughter|mom|mum|mother|dad|family|partner)\b[^.?!]{0,40}?\b(?:after|afterwards|later|when|that i|i love|i am sorry|im sorry|know)|"
    r"(?:diganle|digale|avisenle|avisele|dile) (?:a )?(?:mi|mis) (?:esposa|esposo|hijos|hijas|hijo|hija|mama|papa|familia|pareja)|"
    r"(?:doctor|doc|dra?|doctora) (?:\w+ )?(?:you|usted) (?:tried|hizo lo que pudo|lo intento)|no es su culpa|not your fault"
)
MEANS_AT_HOME_CLOSING_42A = r"(?<!\bif\s)(?<!\bsi\s)(?:" + _ALL_OF_42A(_MEANS_AT_HOME_42A, _CLOSING_42A) + ")"

SELF_HARM = SELF_HARM + [
    # round 42 (a): suicide plans told calmly, as ordinary news
    FAREWELL_GIVING_WITH_MEANS_42A, HIGH_PLACE_RIDE_STORY_42A, THIRD_PERSON_ACCESS_SILENCE_42A, MEANS_AT_HOME_CLOSING_42A,
]
CATEGORY_PHRASES[categories.SELF_HARM.key] = SELF_HARM

# --- round 42's Spanish intentional overdoses and ask-tier wishes (helper b) ---
# 1. An intentional overdose told with regret: the writer took a whole box, all of their
# antidepressants or their sleeping pills on purpose a short while ago and now is scared or regrets it
# ("me tome toda la caja de zopiclona adrede", "me he tomado todos los antidepresivos queriendo", "took
# all my zolpidem on purpose"). The older families read "a proposito" after a taking and the pills of
# PILLS; these add the other ways to say on purpose (adrede, queriendo, de proposito, porque queria
# morirme) and the Spanish names of antidepressants and sleeping pills, beside a regret or a fear.
_TOOK_42B = (
    rf"(?:{TOOK}|me he tomado|he tomado|me tomado|me he tragado|me bebi|me meti|me empine|me zampe|me eche)"
)
_MEDS_42B = (
    rf"(?:{PILLS}|antidepresiv\w*|antidepressants?|sertralin\w*|fluoxetin\w*|escitalopram\w*|citalopram\w*|paroxetin\w*|venlafaxin\w*|duloxetin\w*|amitriptilin\w*|"
    r"trazodon\w*|quetiapin\w*|mirtazapin\w*|zolpidem|zopiclon\w*|eszopiclon\w*|zopiclone|lunesta|stilnox|clonazepam|lorazepam|alprazolam|diazepam|"
    r"somniferos?|pastillas? (?:pa|para|de) dormir|pastis|pepas|blisters?|caja|cajas|tabletas?|capsulas?|sleeping pills|sleep meds|sleep aids?)"
)
_ON_PURPOSE_42B = (
    r"(?:adrede|a drede|(?<!no\slo\shizo\s)(?<!no\sfue\s)(?<!si\sfue\s)(?<!sin\s)queriendo(?! \w+(?:ar|er|ir)\b)(?! o no)|aproposito|de proposito|a conciencia|con (?:toda )?(?:la )?intencion|intencionalmente|deliberadamente|"
    r"on purpose|on purpuse|onpurpose|purposely|purposefully|intentionally|deliberately|"
    r"porque (?:me )?(?:queria|quise|quiero|queria) (?:morir(?:me)?|matarme|suicidarme|quitarme la vida|no despertar(?:me)?|desaparecer|acabar con todo)|"
    r"para (?:morir(?:me)?|matarme|suicidarme|quitarme la vida|no despertar(?:me)?|acabar con todo)|"
    r"because i (?:wanted|want|was trying) to (?:die|kill myself|end it|not wake up)|(?:trying|tryna|tried) to (?:die|kill myself|end it|not wake up))"
)
_REGRET_42B = (
    r"(?:me arrepenti\w*|me arrepiento|me he arrepentido|arrepentid[oa]|ya no quiero morir(?:me)?|no me quiero morir|ya no quiero|(?:tengo|me da|me dio) (?:mucho )?miedo|"
    r"me asuste|estoy asustad[oa]|que hago|q hago|que debo hacer|ayud(?:ame|enme)|ayuda (?:por favor|porfa|plis)|necesito ayuda|quiero vivir|cambie de opinion|"
    r"i regret|regret (?:it|this|that)|regretting|changed my mind|(?:do not|dont) want to die|want to live|scared|afraid|freaking out|panick\w*|"
    r"what (?:do|should|can) i do|help me|please help|need help)"
)
_BOX_42B = (
    r"(?:caja|cajas|blisters?|frasco|frascos|pomo|bote|box|boxes|bottle|bottles|pack|packs|tira|\d+|(?:to|toa|toas|toitas)(?= (?:las|los|mis|el|la)\b)|"
    rf"(?:las|los|mis|my|the) (?:\w+ )?{_MEDS_42B})"
)
_NOT_NEG_42B = r"(?:(?!(?:not|no|never|nunca|without|sin)\b)[\w']+,? )"
TOOK_ON_PURPOSE_42B = (
    rf"\b{_TOOK_42B} (?={_NOT_NEG_42B}{{0,8}}?(?:{MANY}|{_BOX_42B})\b){_NOT_NEG_42B}{{0,10}}?{_ON_PURPOSE_42B}\b|"
    rf"\b{_ON_PURPOSE_42B},? (?:me |yo )?{_TOOK_42B} {_NOT_NEG_42B}{{0,4}}?(?:{MANY}|{_BOX_42B})\b"
)
TOOK_ALL_MEDS_REGRET_42B = (
    rf"\b{_TOOK_42B} {_NOT_NEG_42B}{{0,4}}?{MANY} {_NOT_NEG_42B}{{0,3}}?{_MEDS_42B}\b(?!{AS_TOLD})[\s\S]{{0,200}}?\b{_REGRET_42B}\b"
)
OVERDOSE = OVERDOSE + [TOOK_ON_PURPOSE_42B, TOOK_ALL_MEDS_REGRET_42B]
CATEGORY_PHRASES[categories.OVERDOSE.key] = OVERDOSE

# 2. Passive wishes or thoughts of death told inside an ordinary message (the ask tier).
# a. A believer praying or asking God to take them or to end their life ("i pray every night for god
# to take me", "le pido a dios que me quite la vida"); not a prayer for another's suffering to end,
# nor to be taken through something or to an appointment.
_PRAY_42B = (
    r"(?:pray|prays|prayed|praying|ask|asks|asked|asking|beg|begs|begged|begging|plead|pleading|pleaded)"
)
_GOD_42B = r"(?:god|the lord|lord|jesus|my god|dear god|heaven|the good lord|my maker|the man upstairs|him)"
_TAKE_ME_42B = (
    r"(?:take me(?: home| away| now| already| tonight| in my sleep)?(?! (?:through|thru|to|out of|for|back|with (?:him|her|them)|there|home early from)\b)|"
    r"let me (?:die|go(?! (?:to|home early|out|on|back)\b)|not wake up|sleep forever|pass)|end my (?:life|days|suffering)|call me home|"
    r"not (?:let me )?wake (?:me )?up|stop my heart|make (?:it|this|my life) (?:end|stop)|bring me home)"
)
PRAYING_TO_DIE_42B = (
    rf"\b{_PRAY_42B}(?: (?:every|each|most|at|all|some) (?:night|day|nights|days|morning|mornings|the time|times))? "
    rf"(?:(?:to |that |for )?{_GOD_42B} )?(?:to |that (?:he |she |it |god |the lord )?(?:would |will |just |could |might )?|for (?:him |god |the lord |jesus )?to )?(?:just |finally |please )?{_TAKE_ME_42B}|"
    rf"\b{_PRAY_42B} (?:\w+ ){{0,2}}?for (?:my (?:life|days|time|existence) to (?:end|be over|stop)|death|my death|the end of my life|it all to end|me to die|me not to wake up)\b|"
    rf"\b(?:pray|praying|prayed) (?:that )?(?:i|to) (?:die|not wake up|do not wake up|dont wake up|wont wake up|will not wake up)\b|"
    r"\b(?:le )?(?:pido|pedi|pedia|rezo|rece|rezaba|ruego|rogue|oro|ore|suplico|clamo|imploro)(?: \w+){0,3}? (?:a dios|a diosito|al senor|a jesus|a la virgen|a mi dios|al cielo|a dios padre) "
    r"(?:que|para que) (?:ya )?(?:se )?(?:me (?:lleve|recoja|quite la vida|deje morir|llame|saque de este mundo|muera|lleve con el|lleve ya)|me muera|no me deje despertar|"
    r"no despierte|no amanezca|se acabe mi vida|acabe (?:con )?mi vida|termine (?:con )?mi vida)\b(?! (?:con bien|a la|al|a mi|de la mano|por buen))|"
    r"\b(?:rezo|oro|ruego|pido|rece|ore)(?: \w+){0,3}? (?:para|por) (?:que )?(?:ya )?(?:el senor|dios|diosito|jesus) (?:se )?me (?:lleve|recoja|quite la vida|deje morir)\b|"
    r"\b(?:rezo|oro|ruego|pido) (?:\w+ ){0,2}?(?:por|para) (?:morir(?:me)?|mi muerte|no despertar(?:me)?|que se acabe mi vida)\b"
)
# b. Thoughts of not being here, not existing or dying that came back after a setback (an injury, a
# lost season, a lost job): "the thoughts of not being around came back", "volvieron las ideas de no
# estar aqui". Not thoughts that did not come back.
_GONE_THOUGHTS_42B = (
    r"(?:thoughts?|thinking|ideas?|pensamientos?|ganas) (?:\w+ )?(?:of|about|de|sobre) (?:not (?:being (?:here|around|alive)|existing|wanting to (?:be here|be around|exist|live|wake up)|waking up)(?: anymore| any more)?|"
    r"dying|death|ending (?:it|things|my life)|disappearing|"
    r"no (?:estar|existir|querer (?:estar|existir|vivir|despertar(?:me)?|seguir)|despertar(?:me)?|seguir)(?: aqui| aca| vivo| viva| mas)?|morir(?:me)?|la muerte|muerte|desaparecer|quitarme la vida|acabar con todo)"
)
_CAME_BACK_42B = (
    r"(?:came back|come back|coming back|are back|is back|have returned|returned|creeping back|crept back|back again|started again|again|"
    r"volvieron|han vuelto|regresaron|han regresado|volvio|ha vuelto|otra vez|de nuevo|vuelven|regresan|me volvieron)"
)
THOUGHTS_CAME_BACK_42B = (
    rf"\b{_GONE_THOUGHTS_42B}\b[^.?!]{{0,40}}?(?<!not\s)(?<!never\s)(?<!have\snot\s)(?<!havent\s)(?<!no\shan\s)(?<!no\s)\b{_CAME_BACK_42B}\b|"
    rf"(?<!no\s)\b(?:volvieron|han vuelto|regresaron|han regresado|volvi a tener|vuelvo a tener|me volvieron|me regresaron|came back|are back) (?:\w+ ){{0,2}}?{_GONE_THOUGHTS_42B}\b"
)
# c. The writer's own thoughts of dying asked about: can Spravato (esketamine, ketamine) treat them or
# do they mean a hospital stay ("los pensamientos de morirme se tratan con spravato o me internan?").
# Needs the thoughts, the medicine and the hospital; not patients or people in general, not a label.
_DEATH_THOUGHTS_42B = (
    r"(?:thoughts?|ideas?|pensamientos?|ganas|deseos?) (?:\w+ )?(?:of|about|de|sobre) (?:dying|death|being dead|not being here|morir(?:me)?|muerte|la muerte|matarme|not wanting to live|no querer vivir|no estar aqui)"
)
_SPRAVATO_42B = r"(?:spravato|esketamin\w*|ketamin\w*|spray nasal|nasal spray)"
_HOSPITAL_42B = (
    r"(?:hospital\w*|hospitaliz\w*|intern(?:ar|an|en|e|ad[oa]|acion|o)\w*|ingres\w*|psiquiatric[oa]|psych ward|inpatient|admitted|admit me|committed|"
    r"clinica psiquiatrica|quedar(?:me)? (?:internad[oa]|en el hospital|hospitalizad[oa]))"
)
_NOT_GENERAL_42B = r"(?![\s\S]*\b(?:patients?|pacientes?|people|personas|someone|alguien|label|etiqueta|warning|advertencia|prospecto|inserto)\b)"
_TRIO_42B = [_DEATH_THOUGHTS_42B, _SPRAVATO_42B, _HOSPITAL_42B]
SPRAVATO_OR_HOSPITAL_42B = _NOT_GENERAL_42B + "(?:" + "|".join(
    rf"\b{a}\b[^?]{{0,160}}?\b{b}\b[\s\S]{{0,160}}?\b{c}\b"
    for a, b, c in ((_TRIO_42B[i], _TRIO_42B[j], _TRIO_42B[k]) for i, j, k in
                    ((0, 1, 2), (0, 2, 1), (1, 0, 2), (1, 2, 0), (2, 0, 1), (2, 1, 0)))) + ")"
# d. Caribbean Spanish for rock bottom: at the bottom of the hole or the pit, not wanting anything
# anymore ("toy en el fondo del hoyo, ya no quiero na"), or asking to be seen today from there; the
# English "at rock bottom, i do not want anything anymore". Not a hole in the road, not debts alone.
_BEING_42B = r"(?:estoy|toy|tamo|ehtoy|etoy|ando|sigo|me siento|me encuentro|estamos|he caido|cai|caimos|vivo|i am|im|i feel like i am|feel like im|been)"
_HOLE_42B = (
    r"(?:(?:en el |en lo |al )?(?:fondo|mas hondo|mas profundo|mismo fondo) del? (?:hoyo|pozo|hueco|abismo|barranco|foso|joyo|jollo|barril|precipicio)|"
    r"en (?:el|un|lo) (?:hoyo|pozo|hueco|abismo|joyo|jollo)(?: negro| oscuro| profundo)?|"
    r"(?:at |hit )?rock bottom|(?:at|in) the bottom of (?:the|a|this) (?:pit|hole|well|barrel)|in a (?:deep |dark |black )?(?:pit|hole))"
)
_NOTHING_42B = (
    r"(?:(?:ya )?no (?:quiero|kiero|deseo|me provoca|me importa|me interesa) (?:na|nada|naa|ni na|ni nada|seguir|vivir|existir)|no tengo ganas de (?:na|nada|vivir|seguir)|"
    r"no (?:doy|puedo) (?:pa |para )?mas|no aguanto mas|"
    r"(?:do not|dont|no longer) (?:want|care about|feel like) (?:anything|nothing|to do anything|to go on)(?: anymore| any more)?|(?:can not|cant) (?:go on|do this) anymore)"
)
_TODAY_42B = r"(?:cita|turno|consulta|me (?:pueden|puedan|pueen) (?:ver|atender)|verme|atenderme)[^.?!]{0,40}?\b(?:hoy|pa hoy|hoy mismo|ahorita|today)\b"
ROCK_BOTTOM_42B = (
    rf"\b{_BEING_42B} (?:\w+,? ){{0,4}}?{_HOLE_42B}\b[^?]{{0,120}}?\b{_NOTHING_42B}\b|"
    rf"\b{_NOTHING_42B}\b[^?]{{0,120}}?\b{_BEING_42B} (?:\w+ ){{0,2}}?{_HOLE_42B}\b|"
    rf"\b{_BEING_42B} (?:\w+ ){{0,2}}?(?:en el |en lo |al )?(?:fondo|mas hondo) del? (?:hoyo|pozo|hueco|abismo|joyo|jollo)\b[\s\S]{{0,160}}?\b{_TODAY_42B}"
)
POSSIBLE_RISK = POSSIBLE_RISK + [PRAYING_TO_DIE_42B, THOUGHTS_CAME_BACK_42B, SPRAVATO_OR_HOSPITAL_42B, ROCK_BOTTOM_42B]
CATEGORY_PHRASES[categories.POSSIBLE_RISK.key] = POSSIBLE_RISK

# --- round 42's violence now and a faint after a dose elsewhere (helper d) ---
# 1. A parent or an ex under a restraining or protection order at the door now, banging, kicking or
# working the lock, to take a child ("he has a restraining order and he is picking the lock to take
# the kids", "tiene orden de alejamiento y esta forzando la cerradura para llevarse a la nina"). The
# order told beside the door being forced now (present or progressive: a past "banged" or "tried" is
# a story for a lawyer), or beside the person at the door now and a child to be taken; the door
# forced and a child to be taken need no order. Asking how to get an order, a past event, a film or
# a "what if" stay quiet (guards below and the detector's past and story checks).
_ORDER_42D = (
    r"(?:(?:restraining|restrain|protective|protection|no ?contact|stay ?away|emergency protective|temporary restraining|peace) orders?|"
    r"orders? of (?:protection|restraint)|tro|pfa|court order (?:says (?:(?:he|she) (?:has to|must|can not|cant|is to) )?(?:to )?stay away|to stay away)|"
    r"(?:is not|isnt|not) (?:allowed|supposed) to (?:come |be )?(?:near|around|within)|"
    r"ordene?s? (?:de )?(?:alejamiento|restriccion|proteccion|no acercamiento|no contacto|distanciamiento|la corte de no acercarse)|"
    r"medidas? (?:de proteccion|cautelar(?:es)?|de alejamiento)|(?:tiene|le pusieron) (?:prohibido|prohibicion de) acercarse|no (?:se )?puede acercar(?:se)?)"
)
_DOOR_42D = (
    r"(?:(?:front |back |side |bedroom |apartment |screen |garage )?(?:doors?|windows?|lock|locks|deadbolt|door ?knob|door handle|handle|knob|gate)|"
    r"(?:la |mi |nuestra )?(?:puerta|cerradura|chapa|ventana|reja|picaporte|manija|perilla|porton|chapa de la puerta))"
)
_DOOR_FORCED_42D = (
    r"(?:(?:is |s |are |keeps |keep |now |still |just )?(?:banging|bangin|pounding|poundin|hammering|kicking|kickin|beating|punching|rattling|shaking|yanking|jiggling|"
    r"pulling on|forcing|picking|working(?! on)|messing with|jimmying|prying|prying at|fiddling with|breaking|busting|trying to (?:open|pick|force|break|jimmy|unlock|kick (?:in|down))) "
    rf"(?:on |at |in |down )?(?:the |my |our |her )?{_DOOR_42D}|"
    r"(?:is |s |are |keeps |now )?(?:trying|tryin|tryna|attempting) (?:to )?(?:get|break|force (?:his|her|their) way|bust|come|push (?:his|her) way|climb|kick (?:the |my )?door) (?:in|down|inside|into)|"
    r"(?:is |s )breaking in|kicking (?:the |my |our )?(?:front )?door (?:in|down)|"
    rf"(?:esta|estan|sigue|anda) (?:\w+ )?(?:golpeando|aporreando|pateando|tumbando|forzando|forcejeando|jaloneando|sacudiendo|rompiendo|tocando (?:muy )?fuerte|"
    rf"tocando a golpes|dando golpes|dando patadas|tratando de abrir|intentando abrir|queriendo abrir|queriendo tumbar) (?:a |en )?{_DOOR_42D}|"
    r"(?:esta|estan|sigue|anda) (?:\w+ )?(?:tratando|intentando|queriendo) (?:de )?(?:entrar|meterse|abrir|forzar|tumbar|romper)|"
    r"(?:quiere|quieren) (?:entrar|meterse|tumbar la puerta|romper la puerta) a la fuerza|(?:a golpes|a patadas) (?:la|en la) puerta|"
    r"(?:golpeando|tocando|pateando|aporreando) (?:la |mi )?(?:puerta|ventana|porton|reja) (?:a golpes|a patadas|muy fuerte|bien fuerte|fuerte|a lo bestia))"
)
_AT_DOOR_42D = (
    r"(?:(?:is|s|are) (?:right )?(?:here |now |right now )?(?:at|outside|in front of|on) (?:the|my|our|her) (?:front |back )?(?:door|doorstep|porch|house|apartment|window|building)|"
    r"(?:esta|estan|llego|vino) (?:\w+ )?(?:en|afuera de|frente a|fuera de) (?:la|mi|nuestra) (?:puerta|casa|ventana|departamento|depa|apartamento)|esta (?:aqui )?afuera)"
)
# (at the door and banging, with the door named before: "he is at the door right now banging", "esta en la puerta golpeando")
_DOOR_FORCED_42D = (
    rf"(?:{_DOOR_FORCED_42D}|{_AT_DOOR_42D} (?:\w+ ){{0,3}}?(?:banging|bangin|pounding|poundin|hammering|kicking|kickin|knocking (?:hard|like crazy|nonstop)|"
    r"golpeando|aporreando|pateando|tocando (?:muy |bien )?(?:fuerte|a golpes)|dando (?:golpes|patadas)))"
)
_TAKE_CHILD_42D = (
    rf"(?:(?:take|get|grab|snatch|steal|kidnap|taking|getting|take away|come for|here for|came for|coming for|wants?|demanding) (?:away )?(?:\w+ )?{_CHILD_41D}\b|"
    r"(?:take|get|grab|taking|getting) (?:him|her|them) (?:away|with (?:him|her))|"
    rf"(?:llevarse|llevar(?:se)?la|llevar(?:se)?lo|llevar(?:se)?los|llevar(?:se)?las|llevarsela|llevarselo|llevarselos|llevarselas|se (?:\w+ )?(?:va a|quiere|viene a) llevar|"
    rf"(?:viene|vino|va) (?:por|a llevarse a|a buscar a) |quiere (?:a |llevarse a )|robarse a |robar a |sacar a ){_CHILD_41D}?\b)"
)
_NOT_A_STORY_42D = (
    r"(?![^.?!]{0,120}\b(?:movie|film|show|series|episode|book|novel|video ?game|game|play|pelicula|serie|novela|episodio|libro|telenovela|videojuego|juego|obra)\b)"
)
_NOT_ASKING_AN_ORDER_42D = "".join(
    rf"(?<!{w}\s)" for w in ("get", "get\sa", "file\sfor\sa", "file\sa", "apply\sfor\sa", "request\sa", "ask\sfor\sa", "obtain\sa",
                              "sacar\suna", "pedir\suna", "solicitar\suna", "tramitar\suna", "poner\suna", "conseguir\suna", "saco\suna", "pido\suna")
)
_ORDER_SIDE_42D = rf"{_NOT_ASKING_AN_ORDER_42D}{_ORDER_42D}"
_PAIRS_42D = (
    (_ORDER_SIDE_42D, _DOOR_FORCED_42D),
    (_DOOR_FORCED_42D, _ORDER_SIDE_42D),
)
ORDER_BROKEN_AT_THE_DOOR_42D = (
    rf"(?<!\bif\s)(?<!\bsi\s){_NOT_PAST_OR_IF_41D}{_NOT_A_STORY_42D}(?:"
    + "|".join(rf"\b{a}\b[^?]{{0,160}}?\b{b}" for a, b in _PAIRS_42D)
    + "|" + "|".join(rf"\b{a}\b[^?]{{0,120}}?\b{b}\b[^?]{{0,120}}?\b{c}"
                     for a, b, c in ((_ORDER_SIDE_42D, _AT_DOOR_42D, _TAKE_CHILD_42D), (_ORDER_SIDE_42D, _TAKE_CHILD_42D, _AT_DOOR_42D),
                                     (_AT_DOOR_42D, _ORDER_SIDE_42D, _TAKE_CHILD_42D), (_AT_DOOR_42D, _TAKE_CHILD_42D, _ORDER_SIDE_42D),
                                     (_TAKE_CHILD_42D, _ORDER_SIDE_42D, _AT_DOOR_42D), (_TAKE_CHILD_42D, _AT_DOOR_42D, _ORDER_SIDE_42D)))
    + r")(?!\w)"
)
# the door forced (not only knocked) and a child to be taken, with no order named
_LOCK_FORCED_42D = (
    r"(?:(?:is |s |are )?(?:forcing|picking|jimmying|prying|breaking|busting|kicking in|kicking down|trying to (?:pick|force|break|jimmy|kick in|kick down)) "
    rf"(?:open )?(?:the |my |our )?{_DOOR_42D}|(?:is |s )?(?:trying|tryin|tryna) to (?:break|force (?:his|her) way|bust) in|(?:is |s )breaking in|"
    rf"(?:esta|estan|sigue) (?:\w+ )?(?:forzando|tumbando|rompiendo|queriendo tumbar|tratando de forzar|intentando forzar) {_DOOR_42D}|"
    r"(?:quiere|quieren|esta tratando de|esta intentando) (?:entrar|meterse) a la fuerza)"
)
DOOR_FORCED_FOR_A_CHILD_42D = (
    rf"(?<!\bif\s)(?<!\bsi\s){_NOT_PAST_OR_IF_41D}{_NOT_A_STORY_42D}"
    rf"(?:\b{_LOCK_FORCED_42D}\b[^?]{{0,120}}?\b{_TAKE_CHILD_42D}|\b{_TAKE_CHILD_42D}\b[^?]{{0,120}}?\b{_LOCK_FORCED_42D})(?!\w)"
)

# 2. A weapon held on someone now (a sister, a mother, a friend, told by a relative far away, or the
# writer): threatening her with a knife, a gun or a machete, a gun pointed at her, a knife to her
# throat ("her boyfriend is threatening her with a knife right now", "la esta amenazando con un
# machete", "le esta apuntando con una pistola"). The threat in the present or progressive, or in the
# past with "just" or a now beside it; a threat years ago, a habit or a film stay quiet.
_WEAPON_42D = (
    r"(?:guns?|handgun|pistol|revolver|rifle|shotgun|firearm|(?:kitchen |butcher |big |steak )?knife|knives|blade|box ?cutter|machete|hatchet|axe|ax|"
    r"(?:baseball )?bat|hammer|crowbar|screwdriver|broken bottle|"
    r"cuchillo|cuchilla|navaja|pistola|arma(?: de fuego| blanca)?|revolver|escopeta|rifle|machete|hacha|bate|martillo|tijeras|fierro|filero|punal|botella rota)"
    r"(?! (?:de (?:juguete|agua|mentira|plastico|gotcha|salva)|gun|pistol|toy)\b)"
)
# (a toy, a water pistol or a prop is no weapon: "waving a nerf gun at her")
_NOT_TOY_42D = r"(?!(?:toy|nerf|water|squirt|fake|plastic|foam|paintball|airsoft|bb|butter|rubber|pretend|cap|glue|staple|nail|heat|hair|spray|de juguete|de agua)\b)"
# (a knife held to one's own wrist or throat is self-harm: the body part names the writer's or her own;
# a weapon held to her throat or head is read only after a man or a partner named before it)
_NOT_A_BODY_PART_42D = r"(?! (?:own )?(?:wrists?|arms?|forearms?|skin|legs?|thighs?|veins?|stomach|belly|chest|neck|throat|face|head|temple|mouth)\b)"
_AGGRESSOR_42D = (
    r"(?:husband|boyfriend|bf|partner|spouse|ex|ex husband|ex boyfriend|fiance|stepdad|stepfather|step dad|dad|father|brother|son|roommate|man|guy|"
    r"someone|somebody|he)"
)
_ON_WHOM_EN_42D = (
    r"(?:me|her|him|them|us|my (?:\w+ ){0,2}?(?:mom|mother|sister|friend|daughter|cousin|aunt|grandma|grandmother|niece|son|brother|dad|father|kids?|children|family|wife|husband)|"
    r"the (?:kids|children|baby|family|girl|woman))"
)
_NOW_42D = r"(?:right now|just now|rn|as we speak|at this moment|this minute|tonight|a (?:few )?minutes? ago|ahorita|ahora mismo|en este momento|hace (?:un )?rato|hace (?:unos )?minutos)"
_THREAT_WEAPON_EN_42D = (
    rf"(?:(?:is|s|are|keeps|keep|started|now|still|currently|been) (?:\w+ )?threatening {_ON_WHOM_EN_42D} with (?:a |an |the |his |her |their |some )?{_NOT_TOY_42D}(?:\w+ )?{_NOT_TOY_42D}{_WEAPON_42D}|"
    rf"(?:just )?threatened {_ON_WHOM_EN_42D} with (?:a |an |the |his |her |their )?{_NOT_TOY_42D}(?:\w+ )?{_NOT_TOY_42D}{_WEAPON_42D}\b[^.?!]{{0,40}}?\b{_NOW_42D}|"
    rf"just threatened {_ON_WHOM_EN_42D} with (?:a |an |the |his |her |their )?{_NOT_TOY_42D}(?:\w+ )?{_NOT_TOY_42D}{_WEAPON_42D}|"
    rf"(?:is|s|are|keeps) (?:\w+ )?(?:pointing|aiming|waving|swinging|brandishing|holding|pressing|putting|shoving) (?:a |an |the |his |her |their )?{_NOT_TOY_42D}(?:\w+ )?{_NOT_TOY_42D}{_WEAPON_42D} "
    rf"(?:at|to|against|on|over|in) {_ON_WHOM_EN_42D}{_NOT_A_BODY_PART_42D}|"
    rf"{_AGGRESSOR_42D} (?:\w+ ){{0,3}}?(?:has|got|is holding|holding|pressing|put|pulled|is pointing|pointing|is aiming|aiming) (?:a |an |the |his |her )?{_NOT_TOY_42D}(?:\w+ )?{_NOT_TOY_42D}{_WEAPON_42D} "
    r"(?:pointed |aimed |held )?(?:at|to|against|on|in) (?:her|my \w+ s|their) (?:throat|neck|head|chest|face|temple|stomach|back|side)|"
    rf"(?:has|got) (?:a |an |the |his |her )?{_NOT_TOY_42D}(?:\w+ )?{_NOT_TOY_42D}{_WEAPON_42D} (?:pointed|aimed|held) (?:at|on|to) {_ON_WHOM_EN_42D}|"
    rf"(?:is|s) (?:coming at|chasing|standing over|going after|cornering) {_ON_WHOM_EN_42D} with (?:a |an |the |his |her )?{_NOT_TOY_42D}(?:\w+ )?{_NOT_TOY_42D}{_WEAPON_42D}|"
    rf"(?:just )?(?:pulled|pulls|took out|whipped out) (?:out )?(?:a |an |the |his |her )?{_NOT_TOY_42D}(?:\w+ )?{_NOT_TOY_42D}{_WEAPON_42D} on {_ON_WHOM_EN_42D}\b[^.?!]{{0,40}}?\b{_NOW_42D}|"
    rf"just (?:pulled|took out|whipped out) (?:out )?(?:a |an |the |his |her )?{_NOT_TOY_42D}(?:\w+ )?{_NOT_TOY_42D}{_WEAPON_42D} on {_ON_WHOM_EN_42D}|"
    rf"(?:is|s) threatening (?:to (?:kill|stab|shoot|cut|hurt) )?{_ON_WHOM_EN_42D}\b[^.?!]{{0,60}}?\b(?:has|got|holding|with|waving) (?:a |an |the |his |her )?{_NOT_TOY_42D}(?:\w+ )?{_NOT_TOY_42D}{_WEAPON_42D}|"
    rf"(?:is|s|are|keeps) (?:\w+ )?threatening to (?:shoot|stab|slash|cut|kill|strangle|choke|slit (?:her|his|my) throat) {_ON_WHOM_EN_42D}\b|"
    rf"(?:has|got|is holding|holding|is waving) (?:a |an |the |his |her )?{_NOT_TOY_42D}(?:\w+ )?{_NOT_TOY_42D}{_WEAPON_42D}\b[^.?!]{{0,60}}?\b(?:is|s|and) threatening (?:to (?:kill|stab|shoot|cut|hurt) )?{_ON_WHOM_EN_42D})"
)
_ART_ES_42D = r"(?:un |una |el |la |su |sus |unos |unas )?"
_THREAT_WEAPON_ES_42D = (
    rf"(?:(?:la|lo|le|los|las|nos|me) (?:esta|estan|sigue|anda|andan) amenazando con {_ART_ES_42D}{_NOT_TOY_42D}(?:\w+ )?{_NOT_TOY_42D}{_WEAPON_42D}|"
    rf"(?:esta|estan|sigue|anda) amenazandol[aoe]s? con {_ART_ES_42D}{_NOT_TOY_42D}(?:\w+ )?{_NOT_TOY_42D}{_WEAPON_42D}|amenazandol[aoe]s? con {_ART_ES_42D}{_NOT_TOY_42D}(?:\w+ )?{_NOT_TOY_42D}{_WEAPON_42D}|"
    rf"(?:la|lo|le|los|las|nos|me) amenaza con {_ART_ES_42D}{_NOT_TOY_42D}(?:\w+ )?{_NOT_TOY_42D}{_WEAPON_42D}|"
    r"(?:la|lo|le|los|las|nos|me) (?:esta|estan|sigue|anda) amenazando con (?:matarl[aoe]s?|dispararl[aoe]s?|apunalarl[aoe]s?|acuchillarl[aoe]s?|degollarl[aoe]s?|machetearl[aoe]s?)|"
    rf"(?:la|lo|le|los|las|nos|me) amenazo con {_ART_ES_42D}{_NOT_TOY_42D}(?:\w+ )?{_NOT_TOY_42D}{_WEAPON_42D}\b[^.?!]{{0,40}}?\b{_NOW_42D}|"
    rf"(?:la|lo|le|me|nos) (?:acaba|acaban) de amenazar con {_ART_ES_42D}{_NOT_TOY_42D}(?:\w+ )?{_NOT_TOY_42D}{_WEAPON_42D}|"
    rf"(?:la|lo|le|les|me|nos) (?:esta|estan|sigue|anda) apuntando con {_ART_ES_42D}{_NOT_TOY_42D}(?:\w+ )?{_NOT_TOY_42D}{_WEAPON_42D}|(?:le|la|les|me|nos) apunta con {_ART_ES_42D}{_NOT_TOY_42D}(?:\w+ )?{_NOT_TOY_42D}{_WEAPON_42D}|"
    rf"apuntandol[aoe]s? con {_ART_ES_42D}{_NOT_TOY_42D}(?:\w+ )?{_NOT_TOY_42D}{_WEAPON_42D}|"
    rf"(?:le|la|me|les|nos) (?:tiene|esta poniendo|pone|puso|esta apretando) {_ART_ES_42D}{_WEAPON_42D} (?:en|contra|sobre|a) (?:el cuello|la cabeza|la garganta|el pecho|la cara|la sien|la panza|el estomago|la espalda)|"
    rf"(?:la|lo|le|los|nos|me) (?:esta|estan|anda) (?:persiguiendo|correteando|corriendo) con {_ART_ES_42D}{_WEAPON_42D}|"
    rf"(?:tiene|saco|agarro|trae) {_ART_ES_42D}{_WEAPON_42D}\b[^.?!]{{0,60}}?\b(?:y )?(?:la|lo|le|los|nos|me) (?:esta|estan|sigue|anda) amenazando|"
    rf"(?:la|lo|le|los|nos|me) (?:esta|estan|sigue|anda) amenazando\b[^.?!]{{0,60}}?\b(?:tiene|saco|agarro|trae|con) {_ART_ES_42D}{_WEAPON_42D})"
)
WEAPON_HELD_ON_SOMEONE_NOW_42D = (
    rf"(?<!\bif\s)(?<!\bsi\s){_NOT_PAST_OR_IF_41D}{_NOT_A_STORY_42D}(?:{_THREAT_WEAPON_EN_42D}|{_THREAT_WEAPON_ES_42D})(?!\w)"
)
VIOLENCE = VIOLENCE + [ORDER_BROKEN_AT_THE_DOOR_42D, DOOR_FORCED_FOR_A_CHILD_42D, WEAPON_HELD_ON_SOMEONE_NOW_42D]
CATEGORY_PHRASES[categories.VIOLENCE.key] = VIOLENCE

# --- round 42's merge review ---
# Round 42 (a)'s filter reads "no contesta" beside access sent as a silence, not a body that does not
# respond; in Spanish nothing then read the farewell itself (the older English family fires on "sent me
# all his passwords"; its Spanish verbs are first person). Someone who sent their passwords or account
# access and cannot be reached now is a farewell sign in either language, with or without a means named.
THIRD_PERSON_ACCESS_THEN_SILENCE_42R = r"(?:" + _ALL_OF_42A(_ACCESS_SENT_42A, _NOT_ANSWERING_42A) + ")"
SELF_HARM = SELF_HARM + [THIRD_PERSON_ACCESS_THEN_SILENCE_42R]
CATEGORY_PHRASES[categories.SELF_HARM.key] = SELF_HARM

# --- round 43's suicide plans told calmly (helper a) ---
# Built like round 42 (a)'s families (_ALL_OF_42A: every part somewhere in the message, in any order,
# the part told first is the matched words). Each needs a plan's two or three parts, never one word.
#
# 1. Someone on the way to a high place known by its proper name alone (the George Washington, the
# Verrazzano, the Golden Gate, the Skyway, Beachy Head, the Hoover Dam...), with a jump, a goodbye, a
# hung-up call or a phone gone dead: the trip is the plan. Driving across it to come to the clinic,
# or a visit, a tour or photos (_NOT_TOUR_42A, _NOT_VISIT_43A) are not.
_NAMED_HEIGHT_43A = (
    r"george washington|gwb|verrazz?ano(?: narrows)?|brooklyn|manhattan|queensboro|williamsburg|tappan zee|mario cuomo|throgs neck|whitestone|"
    r"triborough|rfk|bayonne|goethals|golden gate|bay bridge|richmond san rafael|(?:sunshine )?skyway|coronado|colorado street|aurora|"
    r"empire state|chrysler|the vessel|hudson yards|space needle|stratosphere|cn tower|willis tower|sears tower|eiffel tower|"
    r"beachy head|the gap|hoover dam|grand canyon|niagara(?: falls)?|cliffs of moher|royal gorge|foresthill|tobin|ambassador|mackinac|"
    r"chesapeake bay|lake pontchartrain causeway|high level|lions gate|jacques cartier|bloor viaduct|prince edward viaduct|"
    r"sydney harbour|westgate|clifton suspension|humber|forth|erskine|tower bridge|"
    r"\w+ (?:bridge|viaduct|overpass|dam|gorge|cliffs?|tower|skyscraper|parking garage|overlook)"
)
_TOWARD_NAMED_43A = (
    r"(?:going|goin|gonna go|go|driving|drive|drove|heading|headed|walking|walked|on (?:his|her|their|my|the) way|riding|taking (?:an? |the )?(?:uber|lyft|cab|taxi|train|bus)|gone|went|left for)"
    r" (?:up |over |out |down |back )?(?:to|toward|towards|for) (?:the )?(?:" + _NAMED_HEIGHT_43A + r")"
)
_JUMP_OR_BYE_43A = (
    r"jump|jumping|jumped|to jump|leap|leaping|goodbye|good bye|bye forever|said bye|say bye|saying bye|farewell|"
    r"hung up|hang up|hanging up|(?:the )?line went dead|(?:his|her|their|the) phone (?:is|went|is going|goes) (?:\w+ )?(?:off|dead|to voicemail)|"
    r"turned (?:off )?(?:his|her|their) phone(?: off)?|(?:his|her|their) phone off|end it|end it all|the end|last time|never see"
)
_NOT_VISIT_43A = (
    r"(?![\s\S]*\b(?:vacation|holiday|sightseeing|sight seeing|visit(?:ing)? (?:friends|family|relatives|my|his|her)|trip to see|photos?|pictures|selfies?|"
    r"bungee|skydiv\w*|base jump\w*|parachut\w*|cliff div\w*|jump rope|jumping jacks|trampoline|jump start|jumper cables|to (?:get|come) to (?:the )?(?:clinic|office|appointment|you))\b)"
)
NAMED_HEIGHT_TRIP_43A = _NOT_TOUR_42A + _NOT_VISIT_43A + r"(?<!\bif\s)(?<!\bsi\s)(?:" + _ALL_OF_42A(_TOWARD_NAMED_43A, _JUMP_OR_BYE_43A) + ")"

# 2. A dead parent's or spouse's leftover hospice or palliative opioid (morphine, oxycodone, fentanyl
# patches, hydromorphone, the comfort kit) kept, with the writer's own taking of all of it (drink it,
# take them all, put them all on, saving it for) and a time when the house will be empty or the family
# away. A question about safe disposal has no taking and no empty house.
_LEFTOVER_OPIOID_43A = (
    r"(?:morphine|roxanol|oramorph|oxycodone|oxy|oxys|oxycontin|percocet|fentanyl(?: patch(?:es)?)?|duragesic|hydromorphone|dilaudid|methadone|comfort kit|comfort pack|hospice kit|e kit)"
    r"(?=[\s\S]*\b(?:hospice|palliative|comfort care|end of life|late|died|passed|passed away|after (?:\w+ ){0,2}(?:death|funeral)|left over|leftover|left from|still have|kept|never (?:gave|turned|took) (?:it |them )?(?:back|in))\b)|"
    r"(?:hospice|palliative|leftover|left over|late (?:mom|mum|mother|dad|father|husband|wife|partner|spouse)(?:s|'s)?)\b[^.?!]{0,40}?\b(?:morphine|oxycodone|oxy|fentanyl|hydromorphone|dilaudid|methadone|patches|meds|medication|drugs|painkillers|pain meds)"
)
_TAKE_ALL_43A = (
    r"(?:i will|ill|i am going to|im going to|i m going to|i am gonna|im gonna|gonna|going to|plan to|planning to|i want to|i intend to|i can|then i will|and i will|ready to)"
    r" (?:finally )?(?:(?:drink|swallow|down|chug)\b[^.?!]{0,40}?\b(?:all|it|them|the whole|the rest|every|the bottle|everything)|"
    r"(?:take|use|put on|stick on|wear|inject|shoot)\b[^.?!]{0,40}?\b(?:all|them all|it all|the whole|the rest|every|everything))|"
    r"(?:drink|take|swallow|down|chug|put on) (?:all of it|it all|them all|all of them|the whole (?:bottle|thing|box|lot)|the rest|everything)|"
    r"(?:put|stick|slap) (?:them|all of them|every one of them|the patches) (?:all )?on|"
    r"(?:taking|drinking|swallowing|using|downing|chugging) (?:it all|them all|all of (?:it|them)|the whole (?:bottle|thing|box|lot)|every (?:last )?(?:one|drop|patch))|"
    r"(?:saving|saved|keeping|kept|hiding|hid|holding on to|set aside|put aside) (?:it|them|the (?:bottle|patches|pills|morphine))?\s?(?:for (?:the day|when|the weekend|next|that day|the right)|until)"
)
_HOUSE_EMPTY_43A = (
    r"(?:house|home|place|apartment) (?:is|will be|gets|will) (?:\w+ )?(?:empty|quiet|to myself)|(?:house|place|home) to myself|(?:be|am|will be) (?:all )?(?:alone|by myself)|"
    r"(?:kids|children|family|wife|husband|partner|everyone|everybody|they|daughter|son|roommate|parents) (?:is|are|will be|go|goes|leave|leaves|left|gone|head|heads|fly|flies) "
    r"(?:\w+ ){0,2}?(?:away|out|gone|on (?:vacation|holiday|a trip|their trip|her trip|his trip)|to (?:their|her|his|the) \w+|back to (?:college|school|work)|for the (?:weekend|week|lake|summer))|"
    r"(?:is|are|will be|goes|go) (?:away|at work|out of town|on a trip|at (?:his|her|their) (?:mom|dad|moms|dads|parents|grandma|grandmas))|"
    r"(?:next|this) (?:weekend|week|saturday|sunday|friday)|(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tonight|tomorrow|the day (?:the|they|my|everyone)"
)
_NOT_DISPOSAL_43A = (
    r"(?![\s\S]*\b(?:dispos\w*|drop (?:it|them) off|drop off|dropping (?:it|them) off|take ?back|turn (?:it|them) in|flush\w*|pharmacy|pharmacist|get rid of|destroy\w*|"
    r"return (?:it|them)|drug return|drop ?box|police station|(?:take|taking|bring|bringing) (?:it|them|all of (?:it|them)) (?:all )?(?:to|back to) (?:the|a|my|our)|safely|safe way)\b)"
)
HOSPICE_OPIOID_SAVED_43A = _NOT_DISPOSAL_43A + r"(?<!\bif\s)(?:" + _ALL_OF_42A(_LEFTOVER_OPIOID_43A, _TAKE_ALL_43A, _HOUSE_EMPTY_43A) + ")"

# 3. Someone who posted a photo or a story from a rooftop, a ledge or a bridge with a farewell caption
# (goodbye, sorry for everything, last post, see you on the other side) and who does not answer the
# door or the phone now (a resident assistant, a roommate, a teacher writing). A party caption or an
# answer has no farewell or no silence.
_POSTED_43A = r"(?:posted|post|put up|putting up|uploaded|shared|story|stories|snap|snapchat|instagram|insta|ig|tiktok|status|photo|pic|picture|selfie|caption\w*)"
_HIGH_SPOT_43A = (
    r"(?:roof|rooftop|roof top|ledge|bridge|overpass|balcony (?:railing|ledge)|railing|top (?:floor|level) of|top of (?:the|a) (?:\w+ )?(?:building|garage|parking|tower|dorm|hall|cliff)|cliff|edge of)"
)
_FAREWELL_CAPTION_43A = (
    r"goodbye|good bye|bye everyone|bye all|bye guys|sorry for everything|last post|final post|see (?:you|u|ya) on the other side|(?:was )?nice knowing|"
    r"love (?:you|u) all|forgive me|i am done|im done|so long|farewell|the end|it is over|its over|no more|take care of each other|remember me"
)
_SILENT_43A = (
    _NOT_ANSWERING_42A + r"|(?:will not|wont|won t|does not|doesnt|is not|isnt|not|did not|didnt) (?:\w+ )?(?:open|answer|come to) (?:the |her |his |their )?door|"
    r"(?:phone|cell) (?:is )?(?:off|dead|going to voicemail)|(?:no|not) (?:answer|response|reply) (?:at|from) (?:the door|her|him|them)"
)
ROOFTOP_FAREWELL_POST_43A = r"(?:" + _ALL_OF_42A(_POSTED_43A, _HIGH_SPOT_43A, _FAREWELL_CAPTION_43A, _SILENT_43A) + ")"

# 4. Final arrangements (a pet given to a relative, debts paid, a will notarised or signed, things
# sorted or in order) and then a last trip: the boat or a kayak taken out, a swim, a drive, a walk "and
# not coming back", or "one last drive". A move, a season's last swim or coming back are not.
_ARRANGED_43A = (
    r"(?:gave|given|giving|give|handed|left|rehomed|dropped off) (?:away )?(?:the|my|his|her|our|their) (?:dog|dogs|cat|cats|pet|pets|puppy|horse|bird|parrot)|"
    r"(?:the|my|his|her|our) (?:dog|cat|pet|puppy) (?:is|will be|went|goes) (?:staying |living )?(?:to|with) (?:my|his|her|our)|"
    r"(?:paid|paying|pay) (?:off |back )?(?:all )?(?:of )?(?:my|his|her|their|the)? ?(?:debts?|bills|credit cards?|loans?|mortgage|car|taxes)|debts? (?:are |is )?(?:paid|settled|cleared)|"
    r"(?:notari[sz]ed|signed|made|wrote|written|updated|finished|finalized|finalised|did) (?:\w+ )?(?:my|his|her|their|a) (?:will|living will|testament)|"
    r"(?:will|testament) (?:is |was |got |has been )?(?:notari[sz]ed|signed|done|finalized|finalised|updated|made)|"
    r"(?:everything|all my things|all his things|all her things|my things|his things|her things|affairs|my affairs|his affairs|her affairs|stuff) (?:is |are |was |were )?(?:all )?(?:sorted|in order|settled|taken care of|arranged)|"
    r"(?:sorted|sorting|put|putting|got|getting|set|setting) (?:out |all )?(?:my|his|her|their|all|everything)? ?(?:things|affairs|everything|papers|paperwork) (?:in order|sorted|out)|"
    r"(?:sorted|sorting|sort|tidied|organi[sz]ed) (?:out )?(?:all )?(?:of )?(?:my|his|her|their) (?:things|affairs|stuff|papers|paperwork|belongings)"
)
_NO_RETURN_TRIP_43A = (
    r"(?:boat|kayak|canoe|sailboat|sail|sailing|swim|swimming|drive|driving|ride|walk|walking|hike|hiking|lake|ocean|sea|river|woods|mountains?|bay|out)\b[^.?!]{0,60}?\b"
    r"(?:not coming back|not come back|never coming back|never come back|wont be (?:coming )?back|will not be (?:coming )?back|wont come back|will not come back|not be (?:coming )?back|"
    r"not returning|wont return|will not return|never return\w*|(?:does|did) not plan(?: on)? (?:coming|to come) back|no coming back|wont be back|won t be back)|"
    r"(?:one|a|my|his|her) last (?:drive|swim|ride|sail|boat ride|walk|hike|trip out)(?![^.?!]{0,40}?\b(?:of the (?:season|summer|year|day)|before (?:we|i|he|she|they) (?:move|leave|sell)|in the old))"
)
_NOT_MOVE_43A = r"(?![\s\S]*\b(?:moving|move|moved|relocat\w*|new (?:job|house|home|apartment|city|place)|deploy\w*|retir\w*|sold the house|selling the house|abroad|overseas)\b)"
FINAL_ARRANGEMENTS_LAST_TRIP_43A = _NOT_MOVE_43A + r"(?<!\bif\s)(?:" + _ALL_OF_42A(_ARRANGED_43A, _NO_RETURN_TRIP_43A) + ")"

SELF_HARM = SELF_HARM + [
    # round 43 (a): suicide plans told calmly
    NAMED_HEIGHT_TRIP_43A, HOSPICE_OPIOID_SAVED_43A, ROOFTOP_FAREWELL_POST_43A, FINAL_ARRANGEMENTS_LAST_TRIP_43A,
]
CATEGORY_PHRASES[categories.SELF_HARM.key] = SELF_HARM

# --- round 43's passive wishes inside a question (helper c) ---
# Passive wishes or ideation told in passing, mostly inside an ordinary question about a wait, a cost,
# insurance or a treatment (the ask tier: possible risk). English.
# 1. Unsure of still wanting to be around by the date of the next opening: "not sure i will want to be
# around by then", "idk if ill even wanna be here in 6 weeks", "i may not want to be alive by march".
# Needs the want (or "alive", "make it that long") and a time ahead; not "not sure i will be around that
# week, i travel" (a schedule; a filter in patterns.py rules it out).
_DOUBT_43C = (
    r"(?:not sure|not so sure|unsure|no idea|(?:do not|dont|not) know|idk|i doubt|doubt|wonder|who knows|not certain|can not promise|can not say|can not guarantee|"
    r"honestly|tbh|not even sure|hard to say)"
)
_WANT_BE_43C = (
    r"(?:want|wanna|wanting|care|feel like|have the will)(?: to)? (?:still |even |really )?(?:be (?:around|here|alive|living|in this world|on this earth|on earth)|"
    r"exist|live|stick around|keep (?:going|living|existing)|go on|be breathing)(?! (?:for|with|at|in (?:town|person|the (?:office|clinic|area|city|country|state)|my|your|his|her|our)|on|to see|and see)\b)"
)
_ALIVE_43C = r"(?:be (?:alive|living|breathing)|make it|last|hold on|hang on|survive)(?! (?:for|with|at|in (?:town|the|a|my|your)|on|through (?:the|a|my|work)|to (?:the|a|my|your|work))\b)"
_AHEAD_43C = (
    r"(?:by then|by that (?:time|point|date)|by the time(?: \w+){0,6}|until then|till then|til then|that long|so long|much longer|that far|any longer|anymore|any more|"
    r"by (?:the|that|my|your|an?|next) (?:\w+ )?(?:date|appointment|appt|opening|slot|visit|consult\w*|intake|session|month|week|time)|"
    r"by (?:jan\w*|feb\w*|march|april|may|june|july|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|spring|summer|fall|autumn|winter|next \w+|christmas|the holidays)|"
    r"in (?:\d+|a few|a couple of|two|three|four|five|six|eight|several) (?:more )?(?:weeks|months|wks|mos)|"
    r"(?:when|once|before) (?:the|my|that|an?|your|you) (?:\w+ ){0,2}?(?:appointment|appt|opening|slot|spot|date|visit|intake|open\w*|call|get to me|see me|have (?:room|space|an opening)))"
)
_I_WILL_43C = r"(?:i|ill|id|im|i am|he|she|they|hes|shes|he is|she is|they are|my (?:\w+ )?(?:husband|wife|son|daughter|mom|mother|dad|father|partner|brother|sister|friend))(?: (?:will|would|am going to|gonna|am|might|may|could|probably|even|still|really))*"
WANT_AROUND_BY_THEN_43C = (
    rf"\b{_DOUBT_43C}\b(?: if| whether| that)?,? {_I_WILL_43C} (?:(?:even|still|really) )?{_WANT_BE_43C}\b[^.?!]{{0,40}}?\b{_AHEAD_43C}(?!\w)|"
    rf"\b{_DOUBT_43C}\b(?: if| whether| that)?,? {_I_WILL_43C} (?:(?:even|still) )?{_ALIVE_43C}\b[^.?!]{{0,20}}?\b(?:by then|by that time|until then|till then|til then|that long|so long)(?!\w)|"
    rf"\b(?:i|he|she|they) (?:might|may|could|probably|will probably|would probably)(?: not| no longer| not even| not still)(?: \w+)? {_WANT_BE_43C}\b[^.?!]{{0,40}}?\b{_AHEAD_43C}(?!\w)|"
    rf"\b(?:by then|by that time|by the time (?:\w+ ){{1,6}}?)[, ]+(?:\w+ ){{0,3}}?{_I_WILL_43C}(?: not| no longer)(?: even| still)? {_WANT_BE_43C}\b|"
    rf"\bwill i (?:even |still )+(?:{_WANT_BE_43C}|be alive)\b[^.?!]{{0,40}}?\b{_AHEAD_43C}(?!\w)"
)

# 2. A first responder's survivor wish: wishing they had been in the towers, the building, the crash or
# the collapse when it happened, or gone down with their crew ("wish i would been in the towers", "part
# of me wishes i was in the building when it came down", "should have died at ground zero with my
# brothers"). A disaster place, or a building beside what happened to it (read up to the "in" only, so
# that round 21's filter for a thing that collapsed keeps "the building when it came down" from being
# read as a person's collapse); not "in new york for the parade" (a filter in patterns.py rules it out).
_WISH_WAS_43C = (
    r"(?:wish(?:ed|es)? (?:that )?i(?: (?:had|would|would have|could have|hadve|had have|was|were|d|did|just|had just|would just))?(?: have)?(?: just)?|"
    r"i (?:should have|shouldve|should of|ought to have|was supposed to have?))"
)
_DISASTER_PLACE_43C = (
    r"(?:the (?:north |south |twin )?towers?|(?:the )?twin towers|the wtc|the trade center|the world trade center|ground zero|the pile|the rubble|the crash|the wreck|"
    r"the collapse|the explosion|the blast|the fire|the flames|the attack|the pileup|the pile up|the accident|the shooting|the bombing|that (?:crash|wreck|fire|collapse|explosion|blast|tower|accident))"
)
_BUILDING_43C = (
    r"(?:the|that|my) (?:\w+ )?(?:building|tower|car|truck|rig|plane|helicopter|chopper|station|firehouse|stairwell|lobby|car|vehicle|ambulance|house|mall|school|office|club)|there|in there"
)
_HAPPENED_43C = (
    r"(?:(?:when|as|while|the moment|the day|the minute|before) (?:it|they|she|he|the \w+|that \w+|those \w+) (?:\w+ )?(?:happened|came down|went down|fell|collapsed|collapse|blew up|exploded|"
    r"burned|burnt|caught fire|crashed|hit|went up|imploded|pancaked|gave way|was hit|got hit)|on 9/11|on 911|on september 11\w*|that day|that morning|with (?:them|my (?:\w+ )?(?:brothers|crew|guys|men|team|partners?|company|firefighters|friends|buddies|unit)))"
)
SURVIVOR_WISH_RESPONDER_43C = (
    rf"\b{_WISH_WAS_43C} (?:been |died |gone |went |stayed |be |go )?(?:down )?(?:in|inside|at|under|with|up in|in with) {_DISASTER_PLACE_43C}\b(?! (?:class|drill|training|academy|station open house|sale|museum|memorial service)\b)|"
    rf"\b{_WISH_WAS_43C} (?:been |died |gone |went |stayed |be |go )?(?:down )?(?:in|inside|at|under|up in|in with)(?= (?:{_BUILDING_43C})\b[^.?!]{{0,30}}?\b{_HAPPENED_43C}\b)"
    r"(?![^.?!]{0,60}\b(?:drill|drills|training|meeting|party|class|inspection|sale|ceremony|exam|test|game|show|concert|wedding|celebration|surprise|announcement)\b)|"
    rf"\b{_WISH_WAS_43C} (?:died|gone down|went down|been killed|perished|burned|burnt)\b[^.?!]{{0,40}}?\b(?:{_DISASTER_PLACE_43C}|{_HAPPENED_43C})\b|"
    rf"\b{_WISH_WAS_43C} (?:been |died |gone |went |stayed )?(?:down )?(?:with|among|alongside|beside) (?:them|my (?:\w+ )?(?:brothers|crew|guys|men|team|partners?|company|firefighters|buddies))\b[^.?!]{{0,40}}?\b(?:{_DISASTER_PLACE_43C}|{_HAPPENED_43C}|in there)\b"
)

# 3. An elderly writer's passive wish in learner's English: "i tired to live", "i am finish with life",
# "i not want to be anymore", "i am too old to be", "i have enough of life", "i want not to be more".
# The life, the being or the living is the object; not "tired of living in this apartment" (a filter
# in patterns.py rules that out), nor "too old to be a mother".
_SUBJ_ESL_43C = r"(?:i|me|i am|im|i feel|i is|my father|my mother|he|she|he is|she is|grandma|grandpa)"
_END_43C = r"(?=\s*(?:[.,;!?]|$|and|but|so|because|i |you |please|anymore|any more|no more|more\b|already|now|at all|in this world|on this earth|here))"
ESL_WEARY_OF_LIFE_43C = (
    rf"\b{_SUBJ_ESL_43C} (?:so |very |too |much |really )*(?:tired|tire|tiring|weary|exhausted|fatigue|fatigued|finish|finished|done|end|ended|over)(?: now| already)? "
    r"(?:to|from|for|with|of) (?:the |my |this )?(?:live(?! (?:with|in|at|near|on|alone in|by|under|together|next to|like|so far|paycheck|here in|there)\b)|life(?! (?:in|at|of|with) (?:the |this |that |a |my |our |big )?(?:\w+ )?(?:city|town|country|village|apartment|house|building|suburbs|farm|office|job|army|military|road|streets?|roommates?|son|daughter|family|in laws)\b)|be alive|be living|living(?=\s*(?:[.,;!?]|$|and|but|so|because|i |please|anymore|any more|no more|more\b|already|now|at all))|existing|exist|to live|to be(?: alive| living)?" + _END_43C + r"|this life|the life)\b|"
    rf"\b{_SUBJ_ESL_43C} (?:not|no|do not|dont|does not|doesnt|not more|no more|no longer) (?:want|wants|wish|like|desire)(?: to| for)? (?:be|exist|live|living|stay alive|be in this world|be on this earth)"
    r"(?: (?:more|anymore|any more|no more|any longer|longer|again)| in this world| on this earth)\b|"
    rf"\b{_SUBJ_ESL_43C} (?:want|wants|wish|like) (?:to )?(?:not|no) (?:be|exist|live|living|more live|be more|be anymore)(?: (?:more|anymore|any more|no more|any longer|in this world))?\b{_END_43C}|"
    r"\b(?:i am|im|i|i feel|i is|i too|am) (?:too |very |so )+old (?:to|for) (?:be|live|living|exist|stay|be here|be alive|be living|still be)" + _END_43C + r"|"
    r"\b(?:i|me|i am|im) (?:have|has|had|got|get|getting|am) (?:too much |more than )?(?:enough|enought|enuf) (?:of|from|with|for) (?:the |my |this )?(?:life|live|living|to live|being alive|be alive|this world)\b(?! (?:insurance|coach|skills|style|story)\b)|"
    r"\b(?:life|living|my life|live) (?:is|was) (?:enough|finish|finished|over|done|end) (?:for|to) me\b|\b(?:my|the) life (?:is|it is) finish(?:ed)?\b"
)

# 4. A teacher, coach or counsellor (or a relative) relaying someone's "no point going on" since a
# divorce, a loss or a diagnosis: "his mom told me there is no point going on since the divorce", "she
# keeps saying what is the point of carrying on after her diagnosis". Any person; not "no point going on
# with the old medicine" (a filter in patterns.py rules that out) nor "on and on".
_NO_POINT_43C = (
    r"(?:(?:there is |theres |there s |see |sees |seeing |saw |is |find |finds )?no (?:point|reason|use|sense|purpose)|(?:what is|whats|what s|what) (?:even )?the (?:point|use|sense)|"
    r"(?:does not|doesnt|do not|dont|can not|cant|could not|couldnt) see (?:the |any |a )?(?:point|reason|purpose))"
)
_GOING_ON_43C = (
    r"(?:in |of |to )?(?:going on|carrying on|keeping on|continuing|go on|carry on|keep going|living anymore|trying anymore|being here|being around|getting up anymore|"
    r"living|being alive|waking up|getting out of bed anymore)"
)
_NOT_TREATMENT_43C = (
    r"(?! (?:with|about|to (?:the|a|an|my|his|her|their|this|that)|and on|on and|at|in (?:the|this|that|a)|into|for (?:the|a|an|this|that)|taking|paying|using|the|this|that|"
    r"my|his|her|their|a|an|school|college|trying (?:the|this|that|a|an|another)|on (?:the|this|that|a|an|it|them|him|her)|past|without (?:the|a|insurance)|here)\b)"
)
NO_POINT_GOING_ON_43C = (
    rf"\b{_NO_POINT_43C} {_GOING_ON_43C}\b{_NOT_TREATMENT_43C}(?!\s*\?\s*(?:with|for)\b)"
)

# 5. Just existing until one is not, waiting to not exist, counting down: "i am just existing until i
# am not", "basically waiting to not exist", "counting down the days until i am gone", told beside a
# cost or insurance question. Not "just existing on coffee until my vacation" (a filter in patterns.py).
_GONE_43C = (
    r"(?:i am not|im not|i am no more|i am gone|im gone|i am dead|im dead|i die|i do not|i dont|i am not here|i stop|i can stop|i can not anymore|i go|i pass|"
    r"i am not around|i no longer exist|i stop existing|i do not exist|i dont exist|i can die|i get to die|it ends|it is over|its over|it is all over|this is over|the end(?! of)|death|"
    r"my death|my time (?:comes|is up)|my number (?:comes|is) up|i finally die|i finally do not|i finally dont|the lights go out|god takes me|i am six feet under|i drop dead|i croak|"
    r"i kick the bucket|i can leave this world|i leave this world)"
)
EXISTING_UNTIL_NOT_43C = (
    r"\b(?:just |only |basically |simply |merely |kinda |kind of |sort of )*(?:existing|exist|exists|surviving|survive|breathing|going through the motions|killing time|"
    rf"waiting|wait|hanging on|hanging around|sticking around|biding (?:my )?time|marking time|passing time|treading water) (?:\w+ ){{0,2}}?(?:until|till|til|untill|untill|for when|to when) {_GONE_43C}\b|"
    r"\b(?:i am|im|i|am|been|i have been|ive been|he is|she is|hes|shes|he|she|they are|theyre) (?:\w+ ){0,2}?(?:waiting|wait|waiting around|here waiting) (?:to|till i|until i|til i) (?:not (?:exist|be here|be around|be alive|wake up)|stop existing|"
    r"no longer exist|be gone|disappear|die|be dead|fade away|cease to exist|be done with (?:life|it all|everything))\b|"
    r"\b(?:i am|im|i|am|been|i have been|ive been|he is|she is|hes|shes|he|she|they are|theyre) (?:\w+ ){0,2}?(?:waiting|wait) for (?:death|my death|the end(?! of)|it all to (?:end|be over)|my (?:life|time) to (?:end|be over|run out|come)|"
    r"my number to (?:come|be) up|god to take me|the day i die|the day i am gone|my last (?:day|breath))\b|"
    r"\bcounting (?:down )?(?:the |my )?(?:days|hours|years|months|time|clock)? ?(?:down )?(?:until|till|til|to|toward|towards) "
    rf"(?:{_GONE_43C}|i am (?:gone|not here|dead|done)|i can go|i get to go|i do not have to (?:be here|exist|wake up|live)|i dont have to (?:be here|exist|wake up|live)|it is (?:all )?over|its (?:all )?over)\b|"
    r"\bcounting down (?:my (?:days|time|remaining days|last days|years)|the days (?:of|left (?:of|in)) my (?:life|existence))\b(?! (?:at|in|until|till|to) (?:the|my|this|work|school|home|college|job|vacation|trip|summer|winter)\b)"
)
POSSIBLE_RISK = POSSIBLE_RISK + [
    WANT_AROUND_BY_THEN_43C, SURVIVOR_WISH_RESPONDER_43C, ESL_WEARY_OF_LIFE_43C, NO_POINT_GOING_ON_43C, EXISTING_UNTIL_NOT_43C,
]
CATEGORY_PHRASES[categories.POSSIBLE_RISK.key] = POSSIBLE_RISK
# A teacher, a coach or a counsellor who relays a student's or a parent's words ("i am a counselor. a
# student says there is no point going on since his brother died") is not studying a case: the words
# are someone's wish told now (round 31's study reading gives way).
NOT_STUDY = NOT_STUDY + [
    r"\b(?:told me|tells me|tell me|says|said|keeps saying|kept saying|keep saying|confided|confides|mentioned|wrote|texted|shared|admitted|posted)\b(?: to me)?(?: that)?[^.?!]{0,20}?"
    + "(?:" + NO_POINT_GOING_ON_43C + "|" + ESL_WEARY_OF_LIFE_43C + "|" + EXISTING_UNTIL_NOT_43C + "|" + WANT_AROUND_BY_THEN_43C + ")"
]


# --- round 43's overdose and medical told in clinical Spanish (helper d) ---
# 1. A bystander with medical training (a retired doctor, a nurse, an EMT) who is giving rescue breaths
# now ("respiracion de rescate", "boca a boca", "lo estoy ventilando", "bagging him") to someone whose
# breathing is agonal, gasping or very slow ("respiracion agonica", "boqueando", "jadeos", "respira muy
# poco", "RR 4"), or whom they take for an opioid overdose ("probablemente opioides", "parece
# intoxicacion por opiaceos", "probable opioid tox"). The profession is a study mark (STUDY_MARKERS:
# "soy enfermera", "i am a nurse"); the rescue act under way is never a study topic (NOT_STUDY below).
# A course, a class or a mannequin beside the act is practice, not a rescue.
_PRACTICE_43D = (
    r"(?:mannequins?|manikins?|dummy|dummies|dolls?|annie|class|classes|course|courses|training|trainings|drill|practice|practicing|practising|simulation|sim lab|certification|recert\w*|"
    r"maniqui\w*|muneco\w*|clase|clases|curso|cursos|taller|capacitacion\w*|entrenamiento|simulacro|simulacion|practica|practicando|certificacion)"
)
_RESCUE_NOW_43D = (
    r"(?:(?:i am|i m|im|we are|we re|he is|she is|they are|am|are|is|keep|keeping|still|now|started|starting|been)\s(?:\w+ ){0,2}?"
    r"(?:giving|doing|performing) (?:him |her |them |the (?:kid|guy|girl|boy|patient) )?(?:rescue breath\w*|mouth to mouth|breaths|ventilations)|"
    r"(?:i am|i m|im|we are|we re|he is|she is|am|are|is|keep|keeping|still|now|started|starting)\s(?:\w+ ){0,1}?(?:bagging|ventilating|bvm ?ing) (?:him|her|them|the (?:kid|guy|girl|boy|patient|pt))|"
    r"(?:giving|doing) (?:him|her|them) (?:rescue breath\w*|mouth to mouth|breaths)|bagging (?:him|her|them)\b|"
    r"(?:estoy|estamos|esta|estan|sigo|seguimos|sigue|siguen|le estoy|le estamos|le esta|le estan|le sigo|le seguimos|le sigue) (?:\w+ ){0,2}?(?:dando|dandole|haciendo|haciendole|aplicando|aplicandole) "
    r"(?:\w+ ){0,2}?(?:respiracion(?:es)? (?:de rescate|boca a(?: boca)?|artificial\w*)|boca a(?: boca)?|ventilacion(?:es)?|insuflacion(?:es)?|respiraciones)|"
    r"(?:dandole|haciendole|le doy|le damos|le da|le dan|le hago|le hacemos) (?:\w+ ){0,1}?(?:respiracion(?:es)? (?:de rescate|boca a(?: boca)?|artificial\w*)|boca a(?: boca)?|ventilacion(?:es)?|insuflacion(?:es)?)|"
    r"(?:lo|la|le) (?:estoy|estamos|esta|estan|sigo|seguimos|sigue) ventilando|(?:estoy|estamos|esta|estan|sigo|seguimos|sigue) ventilandol[oae]|"
    r"(?:con|usando|uso|le pongo|le puse) (?:el |un |la )?(?:ambu|bolsa (?:mascarilla|de ventilacion|valvula))|"
    r"(?:estoy|estamos|esta|estan|sigo|seguimos|sigue) ventilando\b)"
    rf"(?![^.?!]{{0,60}}?\b{_PRACTICE_43D}\b)"
)
_AGONAL_43D = (
    r"(?:agonal (?:breath\w*|resp\w*|gasp\w*)|agonal\b|gasping|gasps|barely breathing|hardly breathing|(?:breathing|breaths?) (?:is |are )?(?:very |really |so )?(?:slow|shallow|agonal|irregular|far apart)|"
    r"snoring (?:resp\w*|breath\w*)|(?:rr|resp rate|respiratory rate|resps|respirations?)\s(?:of |is |at |about |around |only )*[0-6]\b|breathing [0-6] (?:times|breaths) (?:a|per) min\w*|"
    r"pinpoint (?:pupils)?|pupils? (?:are )?pinpoint|apneic|apnoeic|"
    r"respiracion(?:es)? (?:muy |bien )?(?:agonica|agonicas|lenta|lentas|superficial|superficiales|espaciadas|irregulares|debil|ruidosa)|agonic[oa]s?\b|"
    r"boqueando|boquea|boqueadas|bocanadas|jadeos?|jadeando|respira (?:muy |bien |super )?(?:poco|lento|despacio|raro)|(?:casi|apenas) (?:no )?respira|"
    r"(?:frecuencia respiratoria|fr)\s(?:de |en |es de |esta en )?[0-6]\b|(?:[0-6]|dos|tres|cuatro|cinco|seis) respiraciones (?:por|al|cada) minuto|"
    r"pupilas (?:\w+ ){0,2}?(?:puntiformes|mioticas|como (?:una )?(?:punta|cabeza)s? de alfiler|chiquititas|muy chiquitas|muy pequenas)|miosis)"
)
_OPIOID_SUSPECTED_43D = (
    r"(?:(?:probabl[ey]|probablemente|likely|possible|possibly|suspected|suspect|looks like|seems like|parece|sospecho|creo que|seguro|sera|debe ser)\s(?:\w+ ){0,3}?"
    r"(?:opioid\w*|opiate\w*|opioides?|opiaceos?|fentan\w*|heroin\w*|heroina|oxy\w*|morfin\w*|morphine|narcotic\w*|narcotico\w*|pills|pastillas)|"
    r"(?:opioid|opiate|fentanyl|heroin) (?:tox\w*|od|overdose|intox\w*)|(?:intoxicacion|intox|sobredosis) (?:\w+ ){0,1}?(?:por|de|con) (?:\w+ ){0,1}?(?:opioides?|opiaceos?|fentanilo|heroina|morfina|oxicodona|narcoticos?)|"
    r"(?:no|sin|without|no tenemos|no hay|no tengo|do not have|dont have|have no|no) (?:\w+ ){0,1}?(?:naloxone|narcan|naloxona))"
)
RESCUE_BREATHS_FOR_AN_OVERDOSE_43D = (
    rf"(?<!\bif\s)(?<!\bsi\s)(?<!\bcuando\s)(?<!\bwhen\s)\b{_RESCUE_NOW_43D}[^?]{{0,160}}?\b(?:{_AGONAL_43D}|{_OPIOID_SUSPECTED_43D})|"
    rf"\b(?:{_AGONAL_43D}|{_OPIOID_SUSPECTED_43D})\b[^?]{{0,160}}?(?<!\bif\s)(?<!\bsi\s)(?<!\bcuando\s)(?<!\bwhen\s)\b{_RESCUE_NOW_43D}"
)
# (the signs and the opioid suspected told together in clinical words, without the rescue act: a topic
# when asked, "!")
AGONAL_AND_OPIOIDS_43D = (
    rf"!(?<!\bif\s)(?<!\bsi\s)\b{_AGONAL_43D}\b[^?]{{0,120}}?\b{_OPIOID_SUSPECTED_43D}|"
    rf"(?<!\bif\s)(?<!\bsi\s)\b{_OPIOID_SUSPECTED_43D}\b[^?]{{0,120}}?\b{_AGONAL_43D}"
)
OVERDOSE = OVERDOSE + [RESCUE_BREATHS_FOR_AN_OVERDOSE_43D, AGONAL_AND_OPIOIDS_43D]
CATEGORY_PHRASES[categories.OVERDOSE.key] = OVERDOSE
# the rescue act under way is never a study topic (a nurse or a doctor who is ventilating someone now),
# nor a person here with the signs now ("el muchacho tiene jadeos", "the kid is gasping"), nor no
# naloxone at hand for us now ("no tenemos naloxona", "no narcan on me")
_PERSON_43D = (
    r"(?:el|la|este|esta|ese|esa|un|una|the|this|that|my|mi) (?:\w+ )?(?:chico|chica|muchacho|muchacha|joven|chaval|chavala|chavo|chava|hombre|mujer|senor|senora|nino|nina|"
    r"guy|kid|girl|boy|man|woman|teen|teenager|dude|lady|vecin[oa]|neighbou?r|primo|prima|cousin|friend|amig[oa])"
)
_SIGNS_HERE_43D = (
    rf"{_PERSON_43D} (?:\w+ ){{0,2}}?(?:tiene|esta|sigue|is|s|has|keeps|started) (?:\w+ ){{0,2}}?{_AGONAL_43D}|"
    r"(?:no tenemos|no tengo|no traigo|no trae|no hay|we do not have|i do not have|we have no|i have no|no) (?:\w+ )?(?:naloxona|naloxone|narcan)\b "
    r"(?:a la mano|aqui|aca|con nosotros|conmigo|on me|on us|here|with (?:me|us)|at hand|available|disponible|en el botiquin|in the kit)"
)
NOT_STUDY = NOT_STUDY + [_RESCUE_NOW_43D, _SIGNS_HERE_43D]

# 2. A blood pressure of about 190 or more (or a lower number over 115 or more) told as a reading now,
# with a sign of a hypertensive emergency (a terrible or the worst headache, blurred vision, chest pain,
# confusion, weakness or numbness on one side): a medical emergency, at home after a Spravato or
# ketamine dose or still at the clinic. The older families take "presion 200" only within three words
# ("la presion de mi madre esta en 200" is five).
_BP_WORD_43D = r"(?:presion|tension|bp|blood pressure|pressure|pa|ta)(?: arterial)?"
_BP_NUMBER_43D = r"(?:19\d|2[0-9]\d)(?: ?(?:over|sobre|con|/) ?\d{2,3})?|1[4-8]\d ?(?:over|sobre|/) ?(?:1[2-9]\d|11[5-9])"
_BP_READING_43D = (
    rf"(?:{_BP_WORD_43D}\b[^.?!\d]{{0,45}}?\b(?:{_BP_NUMBER_43D})\b|\b(?:{_BP_NUMBER_43D})\b (?:de |of |is my |es mi |la |mi )?(?:presion|tension|bp|blood pressure|pressure))"
)
_BP_SIGN_43D = (
    r"(?:(?:terrible|horrible|worst|severe|pounding|splitting|awful|excruciating|bad|really bad|huge) (?:\w+ ){0,2}?headache|headache (?:\w+ ){0,3}?(?:terrible|horrible|awful|severe|worst|of my life)|"
    r"(?:blurr\w*|blurry|double|losing|lost|dim|spots in (?:my|his|her)) (?:\w+ )?vision|vision (?:\w+ )?(?:blurr\w*|blurry|going|dim|double)|seeing (?:spots|double)|"
    r"chest (?:pain|hurts|tight\w*|pressure)|(?:pain|tightness|pressure) in (?:my|his|her|the) chest|confus\w*|disoriented|not making sense|"
    r"(?:numb|weak)\w* (?:on )?(?:one|the left|the right|left|right) side|slurr\w*|nosebleed\w* (?:that )?(?:will not|wont|does not|doesnt) stop|"
    r"(?:dolor de cabeza|jaqueca|migrana) (?:\w+ ){0,3}?(?:terrible|horrible|espantos[oa]|insoportable|fortisim[oa]|fuertisim[oa]|muy fuerte|tremend[oa]|peor|de mi vida|del demonio|atroz)|"
    r"(?:terrible|horrible|espantoso|insoportable|tremendo|fortisimo|fuertisimo|el peor|un) (?:\w+ ){0,1}?(?:dolor de cabeza|jaqueca)(?! leve)|"
    r"(?:vision|vista) (?:\w+ ){0,2}?(?:borros\w*|nublad\w*|doble)|(?:veo|ve|viendo|mira) (?:\w+ ){0,1}?(?:borroso|doble|nublado|lucecitas|puntitos)|"
    r"(?:dolor|duele|presion|opresion) (?:\w+ ){0,2}?(?:en el |el |del )?pecho|confundid[oa]|desorientad[oa]|no (?:dice|habla) (?:cosas )?(?:coherente|con sentido)\w*|"
    r"(?:entumid[oa]|dormid[oa]|debil) (?:\w+ ){0,2}?(?:un lado|lado izquierdo|lado derecho)|arrastra (?:las palabras|la lengua))"
)
_NOT_ASKED_RAISE_43D = r"(?![^.]{0,80}?\b(?:does|do|can|could|will|would|puede|pueden|suele|es normal|is it normal|is that normal|normal que)\b[^.?!]{0,40}\?)"
BP_CRISIS_READING_43D = (
    rf"(?<!\bif\s)(?<!\bsi\s)(?<!\bwhen\s)(?<!\bcuando\s)(?:{_BP_READING_43D}[^?]{{0,120}}?(?<!\bno\s)(?<!\bsin\s)(?<!\bnot\s)(?<!\bany\s)(?<!\bni\s)\b{_BP_SIGN_43D}|"
    rf"(?<!\bno\s)(?<!\bsin\s)(?<!\bnot\s)(?<!\bany\s)(?<!\bni\s)\b{_BP_SIGN_43D}\b[^?]{{0,120}}?{_BP_READING_43D})"
)
MEDICAL = MEDICAL + [BP_CRISIS_READING_43D]
CATEGORY_PHRASES[categories.MEDICAL.key] = MEDICAL

# --- round 43's Spanish suicide risk and wishes (helper b) ---
# 1. A friend's or a classmate's farewell told by the worried friend: thanks for everything or a pet, the
# plants or the children left in someone's care, and now no answer, with a means at hand (medicines from a
# job as a nurse or at a pharmacy, a gun) or belongings given away. Needs the farewell, the silence and the
# means or the giving (_ALL_OF_42A: any order). A move abroad or a trip has no silence nor means (and
# patterns' round 43 (b) filter rules it out).
_FAREWELL_43B = (
    r"gracias (?:\w+ )?(?:por|x|pr) todo|(?:dandome|dandonos|me dio|nos dio|me daba) las gracias (?:por|x) todo|thank(?:s| you| u) for everything|"
    r"(?:cuid\w*|cuidame|cuidenme|cuidarle|cuidara|cuidaras|take care of|look after|watch) (?:a |de )?(?:mi|su|sus|mis|my|his|her|el|la|los|las) (?:\w+ )?"
    r"(?:gat[oa]s?|gatit[oa]s?|perr[oa]s?|perrit[oa]s?|mascotas?|plantas|hij[oa]s?|nin[oa]s?|nen[ae]s?|bebes?|chamac[oa]s?|hijit[oa]s?|michi|cat|cats|dog|dogs|pets?|plants|kids|children)"
)
_SILENCE_43B = (
    _NOT_ANSWERING_42A + r"|(?:ya )?no (?:me |nos |le )?(?:contesta|responde|contesto|respondio)\b|no (?:ha )?(?:contestado|respondido)|(?:now |ahora )?no answer|"
    r"(?:no|not) (?:answering|responding|replying)|no (?:agarra|coge|levanta|toma) el (?:telefono|cel|celular)|(?:tiene|trae) el (?:telefono|cel|celular) apagado|(?:nadie|nobody) (?:sabe|knows) (?:de el|de ella|where)"
)
_MEANS_AT_HAND_43B = (
    r"(?:enfermer[oa]|nurse|farmac\w*|pharmac\w*|botica|drogueria|hospital|clinica|veterinari\w*|paramedic\w*)|"
    r"(?:acceso|access) (?:a |to )?(?:\w+ )?(?:medicamentos|medicinas|meds|medicines|pastillas|pills|drogas|drugs|farmacos|controlados|opioides|morfina|insulina)|"
    r"(?:pistola|arma|escopeta|rifle|gun|pistol|pastillas|pills|soga|rope)"
)
_GAVE_AWAY_43B = (
    r"regal(?:o|aba|ando|ado|a)|(?:ha estado|estuvo|anda) regalando|(?:le|les|me|nos) (?:dio|dejo|paso|regalo|entrego) (?:\w+ )?(?:sus|su) (?:\w+ )?(?:libros|cosas|ropa|guitarra|discos|juegos|joyas|plantas|pertenencias)|"
    r"(?:gave|given|giving|handed) (?:away|out)"
)
FRIEND_FAREWELL_SILENT_WITH_MEANS_43B = (
    r"(?<!\bif\s)(?<!\bsi\s)(?:" + _ALL_OF_42A(_FAREWELL_43B, _SILENCE_43B, _MEANS_AT_HAND_43B) + "|"
    + _ALL_OF_42A(_FAREWELL_43B, _SILENCE_43B, _GAVE_AWAY_43B) + ")"
)

# 2. A firearm put in the mouth or to the head last night (or just now), by the writer or by a husband, a
# father, a son, and the gun beside them now, told after an ordinary question (the insurance, the VA, the
# hours). Needs the gun placed on the body and the gun at hand now (_ALL_OF_42A).
_GUN_43B = r"(?:la |el |una |un |mi |su |the |a |my |his )?(?:pistola|arma|escopeta|rifle|revolver|fusca|cuete|gun|pistol|handgun|shotgun)"
_GUN_ON_BODY_43B = (
    r"(?:me|se|le) (?:puse|puso|meti|metio|pegue|pego|apunte|apunto|coloque|coloco|acerque|acerco|llevo|lleve)(?: a mi mismo| a si mismo)? " + _GUN_43B
    + r" (?:en|a|contra|dentro de|sobre) (?:la|el|mi|su) (?:boca|cabeza|sien|frente|barbilla|quijada|menton|pecho|corazon)|"
    r"(?:me|se) (?:puse|puso|meti|metio) (?:el canon|el canon de la pistola|el canon del arma) en (?:la|mi|su) (?:boca|cabeza|sien)|"
    r"(?:me|se) apunt(?:e|o) (?:a la|en la) (?:cabeza|sien|boca) con " + _GUN_43B + r"|"
    r"(?:put|held|stuck|pressed|placed) (?:the|a|my|his|her) (?:gun|pistol|handgun|barrel|revolver|shotgun) (?:in|to|against|under) (?:my|his|her) (?:mouth|head|temple|chin)"
)
_GUN_NOW_43B = (
    r"(?:(?:la|lo) (?:tengo|tiene|trae|traigo|dejo|deje) (?:\w+ ){0,2}?(?:al lado|a (?:mi|su) lado|junto a|aqui|aca|conmigo|en la mesa|en el buro|en la cama|en (?:mi|su) regazo|en la mano|cargad[oa]|encima))|"
    r"(?:esta|sigue) (?:\w+ ){0,2}?(?:al lado|a (?:mi|su) lado|junto a (?:mi|el|ella)|aqui|aca|en la mesa|en el buro|en la cama|en (?:mi|su) regazo|cargad[oa])|"
    r"(?:al lado mio|al lado suyo|a mi lado|a su lado|junto a mi|junto a el|junto a ella|next to (?:me|him|her)|beside (?:me|him|her)|(?:is |s )?(?:right )?here (?:with me|next to me))"
)
GUN_TO_HEAD_NOW_AT_HAND_43B = r"(?<!\bif\s)(?<!\bsi\s)(?:" + _ALL_OF_42A(_GUN_ON_BODY_43B, _GUN_NOW_43B) + ")"
SELF_HARM = SELF_HARM + [FRIEND_FAREWELL_SILENT_WITH_MEANS_43B, GUN_TO_HEAD_NOW_AT_HAND_43B]
CATEGORY_PHRASES[categories.SELF_HARM.key] = SELF_HARM

# 3. Pills or a bottle taken "with the idea of not waking" ("tome las pastillas con la idea de no
# despertar", "se tomo el frasco con la idea de no despertarse", "para ya no despertar"): an overdose,
# made intentional by patterns.OVERDOSE_KINDS (round 42 (m)'s family and round 43 (b)'s additions). Not
# a sleeping pill taken to sleep through the night (patterns' round 43 (b) filter).
_NOT_WAKE_43B = (
    r"(?:con (?:la |una |toda la )?(?:idea|intencion|intenciones|esperanza|proposito|fin|ilusion|ganas) (?:de|para)|para|pa|queriendo|esperando|deseando|pensando en|a ver si) "
    r"(?:ya |nunca |no volver a |jamas )?(?:no )?(?:volver a )?despertar(?:me|se|te)?(?: nunca| nunca mas| mas| jamas)?(?! en toda la noche| hasta| temprano| a media| en la noche| durante la noche| a las| tan)"
)
_TOOK_BOTTLE_43B = (
    rf"(?:{TOOK}|me he tomado|he tomado|se ha tomado|me bebi|se bebio) (?:\w+ ){{0,3}}?(?:{PILLS}|pastis|pepas|cajas?|blisters?|tabletas|capsulas|frascos|botes)"
)
TOOK_TO_NOT_WAKE_43B = (
    rf"(?<!\bif\s)(?<!\bsi\s)\b{_TOOK_BOTTLE_43B}\b[^.?!]{{0,60}}?\b{_NOT_WAKE_43B}"
)
OVERDOSE = OVERDOSE + [TOOK_TO_NOT_WAKE_43B]
CATEGORY_PHRASES[categories.OVERDOSE.key] = OVERDOSE

# 4. The ask tier. a. No meaning in the days and nothing to live for (an older person, retired, widowed,
# told by them or by a grandchild), often asking whether ketamine could help: a passive wish, no plan.
_NO_MEANING_43B = (
    r"no (?:le |les |me )?(?:encuentr\w*|veo|ve|vemos|hallo|halla|consigo|consigue) (?:\w+ )?(?:sentido|proposito|razon) (?:a |de |en )?(?:los|mis|sus) dias|"
    r"(?:los|mis|sus) dias (?:ya )?no tienen (?:\w+ )?(?:sentido|proposito)|(?:los|mis|sus) dias (?:son|estan) vacios|"
    r"no (?:le |me )?(?:encuentr\w*|veo|ve) (?:\w+ )?(?:sentido|proposito) a (?:la vida|mi vida|su vida|vivir|seguir)"
)
_NOTHING_TO_LIVE_43B = (
    r"(?:no (?:tengo|tiene|hay|me queda|le queda)|(?:ya )?(?:sin|nada)) (?:\w+ )?(?:nada |ninguna razon |razon |motivo |motivos |ningun motivo )?(?:por|para) (?:lo )?(?:que|cual|quien)? ?vivir|"
    r"nada por (?:lo )?que vivir|nada para vivir|no (?:tengo|tiene) (?:razon|razones|motivo|motivos) (?:para|de) vivir|sin razon (?:para|de) vivir|nothing to live for|no reason to live"
)
# (the nothing to live for told alone is the ask tier too; its own match keeps a retired writer's first
# clause, "soy medico jubilado", from dating the wish as past)
NO_MEANING_NOTHING_TO_LIVE_43B = r"(?:" + _ALL_OF_42A(_NO_MEANING_43B, _NOTHING_TO_LIVE_43B) + r"|\b(?:" + _NOTHING_TO_LIVE_43B + r")\b)"
# b. A wish not to have woken this morning, in the writer's words or relayed by a child ("mi mama me dijo
# que ojala no se hubiera despertado"): the ask tier. Not waking too early or by a noise.
WISHED_NOT_WOKEN_43B = (
    r"\bojala (?:ya )?no (?:me |se |te )?(?:hubiera|hubiese|hubieras|hubiese) (?:despertado|amanecido)"
    r"(?! (?:tan |mas |muy )?(?:temprano|tarde|pronto|con (?:el|la|ese|esa)|por (?:el|la)|a las|de la siesta|antes|en la madrugada))\b|"
    r"\bojala (?:ya )?no (?:despertar|despierte|amanecer|amanezca|amaneciera|despertara|despertase)(?:me|se)?\b(?! (?:tan |muy )?(?:temprano|tarde|pronto|a las|con el))"
)
POSSIBLE_RISK = POSSIBLE_RISK + [NO_MEANING_NOTHING_TO_LIVE_43B, WISHED_NOT_WOKEN_43B]
CATEGORY_PHRASES[categories.POSSIBLE_RISK.key] = POSSIBLE_RISK
# A clinician told as retired ("soy medico jubilado", "retired nurse") or the writer's own days without
# meaning is no one studying or writing about patients (STUDY_MARKERS read "soy medico" as a professional).
NOT_STUDY = NOT_STUDY + [
    r"\b(?:soy|fui|era) (?:un |una )?(?:medic[oa]|doctora?|enfermer[oa]|farmaceutic[oa]|terapeuta|psicolog[oa]|paramedic[oa]) (?:ya )?(?:jubilad[oa]|retirad[oa]|pensionad[oa])\b|"
    r"\bretired (?:doctor|physician|nurse|pharmacist|therapist|psychologist|paramedic)\b|\b" + _NO_MEANING_43B.replace("|", r"\b|\b") + r"\b"
]

# --- round 43's questions read as crises and known gaps (helper k) ---
# Round 42's merge review family (THIRD_PERSON_ACCESS_THEN_SILENCE_42R) knew the silence as "no one can
# reach him" or "not answering" only. Someone who sent passwords or account access, or gave belongings
# away, and whom nobody can reach now ("nobody can reach him", "no one has heard from her", "we can't get
# hold of him", "his phone is off", "nadie sabe nada de el", "no lo podemos localizar") is a farewell
# under way (S), in either language, with or without a means named. An ordinary absence (a trip, a
# cruise, no signal) told after the access is not one.
_UNREACHABLE_43K = (
    r"(?:no ?one|noone|nobody|no body|none of us|not (?:a )?(?:single )?(?:one|soul) of us)\b[^.?!]{0,30}?\b(?:reach|reached|hold of|ahold of|in touch with|contact|contacted|"
    r"heard from|hear from|heard anything from|seen|find|found|located|talked to|spoken to|through to) (?:him|her|them)|"
    r"(?:nobody|no ?one|noone) knows where (?:he|she|they) (?:is|are|went)|"
    r"(?:can not|cannot|cant|could not|couldnt|have not been able to|havent been able to|has not been able to|hasnt been able to|unable to|not able to) "
    r"(?:reach|get (?:a )?hold of|get ahold of|get in touch with|contact|find|locate|get through to) (?:him|her|them)|"
    r"(?:have not|havent|has not|hasnt|had not|hadnt|not) (?:\w+ )?(?:heard|seen) (?:anything |a thing |a word )?(?:from|of) (?:him|her|them)|"
    r"heard (?:nothing|not a thing|not a word) from (?:him|her|them)|"
    r"(?:his|her|their) (?:phone|cell|cellphone) (?:is |has been |was |keeps |seems )?(?:off|dead|turned off|switched off|going to voicemail|goes (?:straight )?to voicemail)|"
    r"(?:he|she|they) (?:has |have |is |are )?(?:gone (?:quiet|silent|dark|missing)|went (?:quiet|silent|dark|missing)|disappeared|vanished)|"
    r"nadie\b[^.?!]{0,30}?\b(?:sabe (?:nada )?de|ha sabido (?:nada )?de|sabemos (?:nada )?de|localiz\w*|contact\w*|(?:lo|la|los) (?:ha |han )?visto|encuentr\w*|encontrado|comunicar\w*|"
    r"hablado con|dar con|da con|dado con|ubica\w*)|"
    r"no (?:hemos|he|han|ha) (?:sabido|vuelto a saber|tenido noticias|podido saber) (?:nada )?de (?:el|ella|ellos)|no (?:sabemos|se) nada de (?:el|ella|ellos)|"
    r"no (?:lo|la|los) (?:puedo|podemos|pueden|puede|hemos podido|he podido|han podido|ha podido) (?:localizar|contactar|encontrar|ubicar|hallar)|"
    r"no (?:puedo|podemos|pudimos|pude|hemos podido) (?:comunicarme|comunicarnos|hablar|contactar\w*) con (?:el|ella|ellos)|"
    r"(?:su|el) (?:telefono|celular|cel) (?:esta |sigue |lo tiene )?apagado|(?:desaparecio|esta desaparecid[oa]|no aparece)"
)
_ORDINARY_ABSENCE_43K = (
    r"(?![\s\S]*\b(?:vacation|vacay|holiday|cruise|honeymoon|camping|backpacking|hiking trip|retreat|deployed|deployment|on a (?:plane|flight|trip)|flying|"
    r"no (?:signal|service|reception|wifi|wi fi)|off (?:the )?grid|out of the country|abroad|business trip|"
    r"goodwill|salvation army|thrift\w*|donation center|(?:is|are|was|were) moving|the move|"
    r"vacaciones|crucero|luna de miel|acampando|de viaje|sin (?:senal|servicio|internet|wifi)|en el avion|fuera del pais|mudanza|se (?:esta )?mud\w*)\b)"
)
# (the writer's own access, given to a pharmacy, a bank or a portal, is not someone's farewell)
_NOT_OWN_ACCESS_43K = (
    r"(?![\s\S]*\b(?:(?:my|mi|mis|our|nuestr[oa]s?) (?:\w+ )?(?:passwords?|passcodes?|pin|logins?|log ins|credentials|account|accounts|contrasenas?|claves?|cuentas?|datos)|"
    r"(?:i|we) (?:\w+ )?(?:sent|gave|emailed|texted|handed|shared|forwarded|messaged|left))\b)"
)
ACCESS_OR_GIVING_THEN_UNREACHABLE_43K = (
    r"(?<!\bif\s)(?<!\bsi\s)" + _ORDINARY_ABSENCE_43K + _NOT_OWN_ACCESS_43K + r"(?:"
    + _ALL_OF_42A(r"(?:" + _ACCESS_SENT_42A + r")|(?:" + _GIVE_AWAY_42A + r")", r"(?:" + _UNREACHABLE_43K + r")|(?:" + _NOT_ANSWERING_42A + r")") + ")"
)
SELF_HARM = SELF_HARM + [ACCESS_OR_GIVING_THEN_UNREACHABLE_43K]
CATEGORY_PHRASES[categories.SELF_HARM.key] = SELF_HARM

# --- round 43's merge review ---
# Gaps the round's helpers found in older code.
# 1. Self-injury told as a habit, first person, with a word between "i" and the act ("i just cut my
# arms when it gets bad", "i only scratch my thighs till they bleed, last night too"): round 29's
# "i cut my arms" needs the words side by side, and "not suicidal" before it read as reassurance and
# overruled the model. The act needs a body part and a sign of a habit or a time; a cut while
# shaving, cooking or on something, or by accident, is not this.
_SKIN_43R = r"(?:arms?|wrists?|legs?|thighs?|stomach|belly|hips?|skin|forearms?|ankles?|chest|body)"
_HABIT_OR_TIME_43R = (
    r"when(?:ever)? (?:it|things|i|my)|to (?:cope|feel|calm|release|punish|deal)|so i (?:can|could|dont|do not|feel)|again|still|every (?:night|day|time|week)|"
    r"last night|tonight|today|this (?:morning|week)|yesterday|nobody (?:knows|sees)|no one (?:knows|sees)|till (?:it|they) bleeds?|until (?:it|they) bleeds?|"
    r"(?:it|that) helps|makes me feel"
)
_NOT_ACCIDENT_43R = (
    r"(?![^.?!]*\b(?:shav\w*|cooking|chopping|slicing|gardening|by accident|accident\w*|on (?:a|the|some|my) \w+|at work|with the (?:mower|saw)|dog|cat|"
    r"rash|eczema|itch\w*|hives|mosquito|bites?|lotion|cream|sunburn\w*|tattoo\w*)\b)"
)
SELF_INJURY_HABIT_43R = (
    r"\bi (?:\w+ ){0,2}?(?:cut|cuts|scratch|scratches|burn|burns|carve|carves|slice|slices) (?:into )?my " + _SKIN_43R + r"\b" + _NOT_ACCIDENT_43R
    + r"[^.?!]{0,60}?\b(?:" + _HABIT_OR_TIME_43R + r")\b|"
    r"\bi (?:\w+ ){0,2}?(?:cut|scratch|burn|carve|slice) (?:into )?my " + _SKIN_43R + r"\b" + _NOT_ACCIDENT_43R
    + r"[^.?!]{0,20}?[,.;]? (?:" + _HABIT_OR_TIME_43R + r")\b"
)
SELF_HARM = SELF_HARM + [SELF_INJURY_HABIT_43R]
CATEGORY_PHRASES[categories.SELF_HARM.key] = SELF_HARM

# 2. Someone drowning now: no family read it ("a swimmer is drowning right now", "mi hijo se esta
# ahogando en la piscina"). A person or "now" with the drowning, and water named; not "drowning in
# debt or work", not a dream, a film, a course, a near-drowning long ago, nor a feeling "like".
_WATER_43R = (
    r"water|pool|lake|river|ocean|sea|beach|bath|bathtub|tub|swim\w*|surf\w*|waves?|current|rip ?tide|creek|pond|canal|"
    r"agua|piscina|pileta|alberca|playa|rio|lago|mar|tina|banera|banadera|nadando|nadar|olas?|corriente|arroyo|laguna|estanque|charco"
)
_DROWNING_NOW_43R = (
    r"(?:is|are|s|he is|she is|someone is|somebody is|hes|shes) (?:\w+ ){0,2}?drowning|drowning (?:right )?now|started drowning|"
    r"(?:is|are) going under|keeps going under|went under and (?:is not|isnt|has not|hasnt) (?:come|came) (?:back )?up|"
    r"se (?:esta|estan|nos esta|me esta|le esta) ahogando|(?:esta|estan) ahogandose|se (?:nos |me )?ahoga (?:en|ahi|alli|aqui)|se hundio y no (?:sale|ha salido)"
)
_NOT_DROWNING_SCENE_43R = (
    r"(?![\s\S]*\b(?:dream\w*|nightmare\w*|sueno|sone|pesadilla\w*|movie|film|show|book|episode|pelicula|novela|serie|class|course|training|curso|clase|"
    r"like i am|like im|feels like|feel like|siento que|como si|almost|nearly|casi|years ago|when i was|hace (?:\w+ )?anos|de nin[oa]|used to|solia|"
    r"in (?:debt|work|paperwork|bills|emails|homework|grief|sadness|tears)|en (?:deudas|trabajo|papeles|lagrimas|tristeza))\b)"
)
DROWNING_NOW_43R = (
    _NOT_DROWNING_SCENE_43R + r"(?:[\s\S]{0,80}?\b(?:" + _DROWNING_NOW_43R + r")\b[\s\S]{0,80}?\b(?:" + _WATER_43R + r")\b|"
    r"[\s\S]{0,80}?\b(?:" + _WATER_43R + r")\b[\s\S]{0,80}?\b(?:" + _DROWNING_NOW_43R + r")\b|"
    r"[\s\S]{0,80}?\b(?:drowning (?:right )?now|(?:someone|somebody|a (?:kid|child|boy|girl|man|woman|swimmer|person)) is drowning|alguien se (?:esta )?ahog\w*)\b)"
)
MEDICAL = MEDICAL + [DROWNING_NOW_43R]
CATEGORY_PHRASES[categories.MEDICAL.key] = MEDICAL

# --- round 44's Spanish suicide emergencies told calmly or by a third party (helper b) ---
# Built like round 42 (a)'s and round 43 (a)'s families (_ALL_OF_42A: every part somewhere in the
# message, in any order, the part told first is the matched words). Each needs two to four parts of
# the scene, never one word; Spanish first, English too.
#
# 1. A professional (a therapist, a teacher, a social worker), often formal, relaying that a patient, a
# client or a student sent a voice note or a message from a rooftop, a bridge or a high floor saying
# they would jump (or saying goodbye), and that now they cannot be reached ("me remitio un audio desde
# la azotea", "manifesto su intencion de lanzarse", "no logro comunicarme con el"). Needs the message,
# the high place, the jump or the farewell and the silence. A pool, a party or a celebration is not it.
_MESSAGE_44B = (
    r"audios?|nota de voz|notas de voz|mensajes? de voz|mensajes?|mensajito|whatsapps?|wasaps?|videos?|grabacion|llamada|me llamo|me marco|"
    r"voice ?(?:notes?|memos?|messages?|mails?)|voicemails?|audio (?:messages?|notes?|clips?)|messages?|texts?|texted|video|call|called|facetime\w*"
)
_HIGH_44B = (
    r"azotea|terraza|techo|tejado|(?:el )?ultimo piso|piso mas alto|(?:piso|planta) (?:\d+|diez|once|doce|quince|veinte)|(?:decimo|onceavo|doceavo|quinto|sexto|septimo|octavo|noveno|\w+avo) piso|"
    r"puente|viaducto|paso (?:a desnivel|elevado)|cornisa|balcon|acantilado|barranco|precipicio|mirador|la presa|edificio alto|"
    r"roof|rooftop|roof top|bridge|overpass|ledge|balcony|cliff|top floor|\d+(?:th|st|nd|rd) floor|high floor|(?:top|roof) of (?:the |a |her |his |their )?(?:\w+ )?(?:building|garage|parking|tower|dorm|hotel)|"
    r"parking (?:garage|deck|structure)"
)
_JUMP_44B = (
    r"(?:tirar|aventar|lanzar|arrojar|echar|botar)(?:se|me|te)?|(?:se )?(?:tiraria|aventaria|lanzaria|arrojaria|tiraba|lanzaba|arrojaba)|(?:saltar|brincar|saltaria|brincaria)(?! (?:a|en|dentro de) (?:la |el )?(?:piscina|alberca|pileta|agua|cama|trampolin))|"
    r"al vacio|(?:jump|jumping|leap|leaping)(?! (?:in|into) (?:the |a )?(?:pool|water|lake|hot tub)| rope| start)|throw (?:him|her|them)self|end (?:it|his life|her life|their life)|quitarse la vida|acabar con todo"
)
_FAREWELL_44B = (
    r"despedida|despedirse|despidiendose|se despidio|despedirme|me despido|adios|hasta nunca|gracias por todo|perdon por todo|ultimo mensaje|"
    r"goodbye|good bye|farewell|said bye|saying bye|last message|thank you for everything|sorry for everything"
)
_SILENT_44B = (
    _NOT_ANSWERING_42A + "|" + _UNREACHABLE_43K + r"|"
    r"no (?:he |hemos |ha |han )?(?:logro|logramos|logrado|consigo|conseguimos|conseguido|podido|puedo|podemos|pude|pudimos) (?:\w+ )?(?:comunicarme|comunicarnos|contactar\w*|localizar\w*|ubicar\w*|"
    r"hablar con (?:el|ella)|dar con (?:el|ella)|establecer contacto|ponerme en contacto|ponernos en contacto|comunicacion)|"
    r"no (?:responde|contesta|atiende|toma|coge|agarra) (?:\w+ )?(?:llamadas|telefono|celular|mensajes|whatsapps?)|sin (?:respuesta|responder|contestar)|"
    r"no (?:ha vuelto a|volvio a) (?:responder|contestar|escribir|comunicarse)|(?:telefono|celular|cel) (?:esta |sigue )?apagado|buzon|"
    r"(?:unable|not able) to (?:reach|contact|get hold of|get ahold of|get through to)|no longer (?:answers|answering|responds|responding|replies|replying|picks up)|"
    r"(?:has|have) not (?:answered|responded|replied|called back|picked up)|(?:goes|going|went) (?:straight )?to voicemail|(?:phone|cell) (?:is |was )?(?:off|dead)"
)
_NOT_POOL_44B = r"(?![\s\S]*\b(?:piscina|alberca|pileta|pool|hot tub|trampolin|trampoline|bungee|paracaid\w*|skydiv\w*|parachut\w*|clavados?|cliff div\w*|base jump\w*)\b)"
_NOT_PARTY_44B = (
    r"(?![\s\S]*\b(?:fiesta|fiestas|party|parties|despedida de (?:soltera|soltero)|bachelor\w*|boda|wedding|cumple\w*|birthday|concierto|concert|brindis|happy hour|"
    r"graduacion|graduation|vacaciones|vacation|reunion|posada|carne asada|barbecue|bbq|fuegos artificiales|fireworks|celebra\w*|festejo|mudanza|moving away|se (?:muda|fue a vivir))\b)"
)
RELAYED_HIGH_PLACE_MESSAGE_44B = (
    # (the guards scan the message only where one of the parts starts: the detector stays fast)
    r"(?<!\bif\s)(?<!\bsi\s)(?=\b(?:" + _MESSAGE_44B + "|" + _HIGH_44B + "|" + _SILENT_44B + r"|" + _JUMP_44B + "|" + _FAREWELL_44B + r")\b)(?:"
    + _NOT_POOL_44B + r"(?:" + _ALL_OF_42A(_MESSAGE_44B, _HIGH_44B, _JUMP_44B, _SILENT_44B) + r")|"
    + _NOT_PARTY_44B + r"(?:" + _ALL_OF_42A(_MESSAGE_44B, _HIGH_44B, _FAREWELL_44B, _SILENT_44B) + r"))"
)

# 2. Final arrangements told calmly with the means present: a car, a motorbike or valuables sold, every
# bill or debt paid, things left in order; and pills, a blade, a rope or a gun on the table or at hand;
# or the means at hand with the writing told as "someone should know" / "because you were there".
# Selling and paying to move abroad, or a knife on the table for cooking, are not.
_ARRANGED_44B = (
    _ARRANGED_43A + r"|"
    r"(?:sold|selling|sell) (?:\w+ ){0,2}?(?:my|the|all my|all of my|his|her|their|our) (?:\w+ )?(?:car|truck|motorcycle|motorbike|bike|house|jewelry|jewellery|watch|watches|guitars?|things|stuff|valuables|belongings|everything)|"
    r"(?:paid|paying) (?:off |up )?(?:every|each|all (?:of )?(?:my|the)?) ?(?:single )?(?:bills?|debts?|loans?|cards?)|(?:every|all (?:my|the)) (?:bills?|debts?) (?:is |are )?(?:paid|settled)|(?:i )?owe nothing|owe nobody|"
    r"vend(?:i|io|imos|ido|iendo) (?:\w+ ){0,2}?(?:el|mi|la|mis|las|los|su|sus|todo|todas|todos) ?(?:\w+ )?(?:carro|coche|auto|camioneta|moto|motocicleta|casa|joyas|reloj|relojes|cosas|pertenencias|guitarras?|troca|objetos de valor|todo)|"
    r"pag(?:ue|o|amos|ado) (?:\w+ ){0,2}?(?:todas (?:las|mis|sus)|todas|cada una de (?:las|mis)|todo lo que (?:debia|debo|debe|debiamos))(?: (?:cuentas|deudas|facturas|recibos|tarjetas))?|"
    r"(?:ya )?no (?:le )?debo (?:nada|un peso|un centavo)(?: a nadie)?|(?:deje|dejo|tengo|tiene|esta|queda) (?:\w+ )?(?:todo|todas (?:mis|sus) cosas|mis cosas|mis papeles|los papeles) (?:en orden|arreglad[oa]s?|resuelt[oa]s?|list[oa]s?)"
)
_MEANS_WORD_44B = (
    r"pastillas|pildoras|pastis|pepas|frasco|frascos|navaja|navajas|cuchilla|cuchillas|hoja de afeitar|hojas de afeitar|gillette|cutter|soga|cuerda|lazo|pistola|arma|revolver|escopeta|"
    r"pills|tablets|bottle|bottles|blade|blades|razor|razors|box cutter|rope|noose|gun|pistol|handgun|revolver|shotgun|cuchillo|knife"
)
_AT_HAND_44B = (
    r"en la mesa|sobre la mesa|en la mesita|en el escritorio|en el buro|en la cama|a mi lado|al lado mio|al lado|junto a mi|aqui conmigo|conmigo|aqui|aca|a la mano|en (?:mi|la) mano|en mi regazo|"
    r"frente a mi|delante de mi|enfrente|listas?|listos?|"
    r"on the (?:table|desk|nightstand|counter|bed)|on my (?:desk|nightstand|lap|bed)|next to me|beside me|at hand|in my hand|right here|here with me|in front of me|ready|within reach"
)
_MEANS_AT_HAND_44B = (
    r"(?:" + _MEANS_WORD_44B + r")\b[^.?!]{0,40}?\b(?:" + _AT_HAND_44B + r")|"
    r"(?:tengo|hay|tiene|have|got|there is|theres|there are|i keep) (?:\w+ ){0,3}?(?:" + _MEANS_WORD_44B + r")\b[^.?!]{0,30}?\b(?:" + _AT_HAND_44B + r")"
)
_SOMEONE_KNOW_44B = (
    r"(?:alguien|ustedes|usted|ud|uds) (?:\w+ )?(?:deberia|deberian|debia|debian|tenia que|tiene que|tienen que|merece|merecen) (?:saberlo|saber|enterarse)|"
    r"(?:quiero|queria|quise) que (?:alguien|ustedes|usted) (?:lo )?(?:sepa|sepan|supiera|supieran)|"
    r"porque (?:ustedes |usted |uds |ud )?(?:estuvieron|estuvo|estaban|estaba|fueron|han estado|siempre estuvieron) (?:ahi|aqui|alli|conmigo|presentes)|"
    r"(?:someone|somebody|you|you guys|yall) (?:\w+ )?(?:should|ought to|needed to|has to|have to|deserves? to|deserved to) (?:know|hear it|be told)|"
    r"because you (?:were|have been|guys were|always were) (?:there|here|kind|good to me|the only ones)|(?:i )?(?:wanted|want) (?:someone|somebody|you) to know"
)
_NOT_COOKING_OR_MOVE_44B = (
    r"(?![\s\S]*\b(?:cocin\w*|cooking|cook|chopping|chop|cortar (?:la|el|las|los) (?:carne|cebolla|verdura\w*|pan|pastel)|verduras|receta|recipe|cena|dinner|steak|bread|cake|pastel|"
    r"me mudo|mudanza|mudarme|nos mudamos|me voy a vivir|emigr\w*|extranjero|otro pais|moving|move abroad|relocat\w*|new job|nuevo trabajo|deploy\w*|"
    r"viaje|viajar|de viaje|trip|travel\w*|vacaciones|vacation|la tienda|the store|for sale|en venta|garage sale|venta de garage|camping|acampar|hunting|caceria|cazar|fishing|pesca\w*)\b)"
)
# (pills for a condition, or asked about with a treatment, are a medicine question)
_NOT_MED_QUESTION_44B = (
    r"(?![\s\S]*\b(?:(?:pills|pastillas|meds|medicinas|tablets) (?:for|para|de|del|de la) (?:my |the |la |el |mi )?(?:\w+ )?(?:pressure|presion|heart|corazon|diabetes|azucar|thyroid|tiroides|"
    r"colesterol|cholesterol|migra\w*|allerg\w*|alerg\w*|pain|dolor|anxiety|ansiedad|stomach|estomago)|can i (?:take|mix)|puedo (?:tomar|mezclar)|antes de la (?:infusion|sesion|cita)|before (?:the |my )?(?:infusion|ketamine|session|appointment))\b)"
)
FINAL_ARRANGEMENTS_MEANS_AT_HAND_44B = (
    r"(?<!\bif\s)(?<!\bsi\s)(?=\b(?:" + _ARRANGED_44B + "|" + _MEANS_AT_HAND_44B + "|" + _SOMEONE_KNOW_44B + r")\b)"
    + _NOT_COOKING_OR_MOVE_44B + _NOT_MED_QUESTION_44B + r"(?:"
    + _ALL_OF_42A(_ARRANGED_44B, _MEANS_AT_HAND_44B) + "|" + _ALL_OF_42A(_MEANS_AT_HAND_44B, _SOMEONE_KNOW_44B) + ")"
)

# 3. A third party (a former teacher, a coach, a neighbour) relaying a message that someone bought or
# got pills and "mañana ya no va a despertar" / "won't wake up tomorrow": a plan told as a farewell,
# often with the address known and whom to call asked. Needs the pills got and the not waking; "no voy
# a despertar temprano mañana" (waking late) is not it.
_GOT_PILLS_44B = (
    r"(?:compro|compre|compramos|consiguio|consegui|junto|junte|tiene|tengo|ya tiene|ya tengo|se compro|me compre|se consiguio|me consegui|fue a comprar|fui a comprar|"
    r"guardo|guarde|acumulo|acumule) (?:\w+ ){0,3}?(?:pastillas|pildoras|pastis|pepas|somniferos|medicamentos|medicinas|tabletas|frascos?|cajas? de \w+|blisters?)|"
    r"(?:bought|buys|got|has|have|purchased|picked up|stocked up on|saved up|stockpiled) (?:\w+ ){0,3}?(?:pills|sleeping pills|tablets|bottles? of \w+|boxes of \w+|meds)"
)
_NOT_EARLY_44B = (
    r"(?! (?:temprano|tarde|a tiempo|a las|tan|antes|para|con|hasta|en toda|de madrugada|cansad\w*|adolorid\w*|mal|bien|de mal humor|asi|igual|"
    r"early|late|in time|on time|at|before|for|tired|groggy|sore|with|like|so)\b)"
)
_NO_WAKE_TOMORROW_44B = (
    r"(?:manana|pasado manana|el lunes|el sabado|el domingo) (?:ya )?no (?:va|voy|vaya|vas) a (?:despertar(?:me|se)?|amanecer|ver (?:el|la) (?:dia|luz|manana))" + _NOT_EARLY_44B + r"|"
    r"ya no (?:va|voy|vas) a (?:despertar(?:me|se)?|amanecer)" + _NOT_EARLY_44B + r"|"
    r"no (?:va|voy) a (?:despertar(?:me|se)?|amanecer) (?:manana|nunca|mas|jamas)" + _NOT_EARLY_44B + r"|"
    r"(?:manana )?ya no (?:despierto|despierta|amanezco|amanece)\b" + _NOT_EARLY_44B + r"|"
    r"(?:will not|wont|not going to|is not going to|isnt going to|am not going to|never going to|gonna not) wake (?:up )?(?:tomorrow|again|ever)" + _NOT_EARLY_44B + r"|"
    r"tomorrow (?:i|he|she|they) (?:will not|wont|are not going to|is not going to|am not going to) (?:wake up|be here|be around)" + _NOT_EARLY_44B
)
GOT_PILLS_NOT_WAKING_TOMORROW_44B = r"(?<!\bif\s)(?<!\bsi\s)(?:" + _ALL_OF_42A(_GOT_PILLS_44B, _NO_WAKE_TOMORROW_44B) + ")"

SELF_HARM = SELF_HARM + [
    # round 44 (b): Spanish suicide emergencies told calmly or by a third party
    RELAYED_HIGH_PLACE_MESSAGE_44B, FINAL_ARRANGEMENTS_MEANS_AT_HAND_44B, GOT_PILLS_NOT_WAKING_TOMORROW_44B,
]
CATEGORY_PHRASES[categories.SELF_HARM.key] = SELF_HARM
# A professional relaying one named client's message ("soy terapeuta, mi paciente me envio un audio
# desde la azotea") is no one studying or writing about patients (STUDY_MARKERS read "soy terapeuta").
NOT_STUDY = NOT_STUDY + [RELAYED_HIGH_PLACE_MESSAGE_44B, FINAL_ARRANGEMENTS_MEANS_AT_HAND_44B, GOT_PILLS_NOT_WAKING_TOMORROW_44B]
# --- round 44's Spanish ask tier and Spanish gaps (helper d) ---
# 1. The ask tier, Spanish of the Caribbean, Mexico and South America: the family, the children or a
# partner would be better off collecting the life insurance ("estarian mejor cobrando el seguro",
# "que cobren el seguro, yo no sirvo pa na'", "esa vaina del seguro de vida vale mas que yo"). Needs the
# better-off words beside the insurance (or "mejor que cobren el seguro") and the writer tied to it (my
# insurance, without me, if i die, collecting it, worthless). A car's, a house's or a health insurance is
# not it; nor a parent's life insurance collected after that parent's death.
_BETTER_OFF_44D = (
    r"(?:estarian|estaria|estarían|estaría|vivirian|viviria|quedarian|quedaria|andarian|andaria|saldrian|saldria) (?:\w+ ){0,2}?"
    r"(?:mejor|ganando|mas tranquil[oa]s?|mas felices|mas feliz|bien)|(?:les|le|a (?:mi|mis) \w+ le) (?:iria|irian|va a ir|ira|fuera) (?:\w+ )?mejor|"
    r"(?:mejor|better) (?:para|pa|pa'|for) (?:ellos|ella|todos|to|mi familia|mis hijos|mi gente|los mios|them|my family|my kids)|"
    r"ganarian mas|saldrian ganando|(?:vale|valdria|valgo|valdria yo|sirvo) mas (?:muert[oa]|que yo|el seguro)|salen ganando"
)
_INSURANCE_44D = (
    r"(?:seguro|poliza) de vida(?! de (?:mi |su |tu |el |la )?(?:papa|mama|padre|madre|abuel[oa]|espos[oa]|marido|herman[oa]|tio|tia|hij[oa]|suegr[oa]|difunt[oa]))|"
    r"(?:el|mi|ese|este|esa|la|to el|todo el) (?:seguro|poliza|aseguranza)(?! (?:de vida de (?:mi |su |tu |el |la )?(?:papa|mama|padre|madre|abuel[oa]|espos[oa]|marido|herman[oa]|tio|tia|hij[oa]|suegr[oa]|difunt[oa])|del|medico|social|dental|popular|de (?:salud|carro|auto|coche|casa|desempleo|gastos|viaje|hogar|incapacidad|responsabilidad|la casa|el carro|mi (?:carro|auto|casa|coche)))\b)|"
    r"(?:la plata|el dinero|los chavos|los cuartos|la lana|el billete|los reales|la feria|las lucas|la guita|la pasta|los pesos|los chelitos|el cheque) del seguro|"
    r"life insurance"
)
_INSURANCE_WISH_44D = (
    rf"(?:{_BETTER_OFF_44D})\b[^?]{{0,100}}?\b(?:{_INSURANCE_44D})|(?:{_INSURANCE_44D})\b[^?]{{0,100}}?\b(?:{_BETTER_OFF_44D})|"
    rf"(?:mejor|es mejor|seria mejor|seria lo mejor|lo mejor es|que mejor) (?:que |q )?(?:\w+ ){{0,2}}?cobr\w* (?:\w+ ){{0,1}}?(?:{_INSURANCE_44D})"
)
_TIED_TO_ME_44D = (
    r"sin mi|si (?:yo )?(?:me muero|muero|me muriera|muriera|me llego a morir|falto|faltara|faltase|me voy|me fuera|no estuviera|no estoy|desaparezco|desapareciera|me mato|me matara)|"
    r"cuando (?:yo )?(?:me muera|muera|falte|ya no este|me vaya)|muert[oa]|mi (?:seguro|poliza)|(?:que|q) conmigo|que yo|cobr(?:ar|arlo|ando|andolo|ara|aran|aria|arian)\b|"
    r"que con (?:este|esta) (?:\w+ )?(?:desastre|basura|inutil|fracaso|estorbo|carga)|(?:desastre|fracaso|inutil|basura) (?:que|como) (?:soy|yo)|no sirvo (?:pa|para|pa') ?(?:na|nada|na')|no valgo (?:na|nada)|(?:soy|me siento) (?:un|una) (?:carga|estorbo|cacho|lastre|peso)|les estorbo|desaparec\w*|morirme|me muera|me muero"
)
# (the tie told inside the wish: "estarian mejor si cobraran mi seguro", "mejor cobrando el seguro")
_INSURANCE_TIED_44D = rf"(?:mi|mis) (?:seguro|poliza)s?|cobr(?:arian|aria|aran|ara|ando|andolo|ar|arlo) (?:\w+ ){{0,1}}?(?:{_INSURANCE_44D})"
INSURANCE_BETTER_OFF_44D = (
    r"(?<!\bif\s)(?<!\bsi\s)(?:" + _ALL_OF_42A(_INSURANCE_WISH_44D, _TIED_TO_ME_44D) + "|"
    rf"\b(?:{_BETTER_OFF_44D})\b[^?]{{0,100}}?\b(?:{_INSURANCE_TIED_44D})\b|\b(?:{_INSURANCE_TIED_44D})\b[^?]{{0,100}}?\b(?:{_BETTER_OFF_44D})\b)"
)
# ...with a method or a time told, an emergency (self_harm)
_METHOD_OR_TIME_44D = (
    r"esta noche|hoy mismo|ahorita mismo|ya (?:lo )?decidi|ya tengo (?:\w+ )?(?:plan|fecha)|tengo (?:un|el) plan|(?:el|la) (?:plan|fecha) (?:es|ya)|"
    r"(?:lo|me lo) (?:hago|voy a hacer|haria) (?:esta noche|manana|hoy|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|este (?:fin|finde))|"
    r"(?:tengo|compre|junte|guarde|consegui|escondi|tengo guardad[oa]s?) (?:\w+ ){0,2}?(?:pastillas|pepas|pastis|pistola|arma|escopeta|soga|cuerda|veneno|raticida|"
    r"insulina|morfina|fentanilo|navaja|cuchillo)|"
    r"me (?:voy a|pienso|quiero) (?:tirar|aventar|lanzar|colgar|ahorcar|tomar (?:todas |las |to )|pegar un tiro|dar un tiro|estrellar|envenenar)|"
    r"(?:tirarme|aventarme|lanzarme) (?:del|de un|de una|al|a las|a la) (?:puente|edificio|techo|azotea|metro|tren|vias|autopista)|"
    r"(?:me|las) (?:tomo|trago|empino) (?:todas )?las pastillas|(?:estrell|choc)\w* el (?:carro|auto|carrito|vehiculo)|"
    r"(?:que )?parezca (?:un )?accidente|(?:el|este) (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo) (?:lo hago|me voy|me mato)"
)
INSURANCE_BETTER_OFF_WITH_MEANS_44D = (
    r"(?<!\bif\s)(?<!\bsi\s)(?:" + _ALL_OF_42A(_INSURANCE_WISH_44D, _METHOD_OR_TIME_44D) + ")"
)

# 2. The ask tier: a burden to the family or a partner (Chilean "polola/pololo", "soy un cacho"), "les
# estorbo", "les arruino la vida", and the wish to disappear told beside it ("mejor desaparezco", "me
# hago humo", "me borro del mapa"); or they would all be calmer if the writer did not exist. Without a
# plan. Not a break from social media or a chat, not leaving a room or a party for a while.
_BURDEN_44D = (
    r"(?:soy|me siento|siento que soy|nomas soy|solo soy|no soy mas que) (?:un |una |el |la |puro |pura |nada mas un |nada mas una )?(?:cacho|cacha|lastre|peso muerto|estorbo|carga|cruz)\b(?! de )|"
    r"(?:solo|nomas|puro|nada mas) (?:le|les) (?:doy|traigo|causo|hago pasar) (?:\w+ )?(?:problemas|dolores de cabeza|sufrimiento|penas|gastos|malos ratos|disgustos)|"
    r"(?:le|les) (?:estoy arruinando|arruino|estoy amargando|amargo|complico|estoy complicando|echo a perder) la vida|(?:le|les) estorbo|sobro (?:en|aqui|aca)"
)
_VANISH_44D = (
    r"mejor (?:me )?(?:desaparezco|desaparecer|desaparecerme|me desaparezco|me borro(?: del mapa)?|me hago humo|me esfumo|me muero|me voy (?:pa|para|pa') siempre|"
    r"me alejo (?:\w+ ){0,2}?(?:pa|para) siempre|no existir|dejar de existir|ya no estar|dejo de existir)"
    r"(?! (?:un rato|unos dias|un tiempo|por hoy|de (?:las |los )?(?:redes|instagram|facebook|face|tiktok|grupo|chat|whatsapp|fiesta|reunion))\b)"
)
BURDEN_THEN_VANISH_44D = (
    rf"(?<!\bsi\s)\b(?:{_BURDEN_44D})\b[^?]{{0,120}}?\b(?:{_VANISH_44D})|\b(?:{_VANISH_44D})\b[^?]{{0,120}}?\b(?:{_BURDEN_44D})|"
    r"\b(?:soy|me siento|siento que soy) (?:un |una |puro )?(?:cacho|cacha)\b(?! de )(?: (?:pa|para|pa') (?:mi|mis|su|sus|todos|ellos|ella|el)\b)?|"
    r"(?:estarian|estaria|vivirian|viviria|serian|seria|andarian) (?:\w+ ){0,2}?(?:mas tranquil[oa]s?|mas felices|mas feliz|mejor|en paz) si (?:yo )?(?:no (?:existiera|estuviera|estuviese|hubiera nacido)|ya no (?:existiera|estuviera))"
)
POSSIBLE_RISK = POSSIBLE_RISK + [INSURANCE_BETTER_OFF_44D, BURDEN_THEN_VANISH_44D]
CATEGORY_PHRASES[categories.POSSIBLE_RISK.key] = POSSIBLE_RISK

# 3a. Toes or a foot (and fingers told with the hand named) purple, white or blue and cold, in the
# Spanish plural ("los dedos del pie morados y frios", "se le pusieron los dedos de los pies blancos y
# helados"): round 12's limb family reads the singular colour ("morad[oa]") and the cyanosis family
# "dedos morados" side by side only. Round 13's Raynaud's and round 42 (k)'s chronic-limb filters hold
# over these sentences as they do over the hands.
_TOES_44D = (
    r"dedos? (?:gordos? )?(?:de (?:los |mis |sus |ambos |los dos )?pies?|del pie|de (?:la |las |mis |sus )?manos?)|dedit[oa]s? (?:de (?:los |mis |sus )?pies?|del pie|de (?:la |las )?manos?)|"
    r"dedo gordo|pies|pie|patas|piecito|piecitos|talones|talon"
)
_TOE_COLOUR_44D = (
    r"morad[oa]s?|amoratad[oa]s?|azul(?:es)?|azulad[oa]s?|blanc[oa]s?|palid[oa]s?|gris(?:es)?|grisace[oa]s?|jaspead[oa]s?|moteados?|manchad[oa]s?|negr[oa]s?|oscur[oa]s?"
)
_TOE_COLD_44D = r"fri[oa]s?|helad[oa]s?|congelad[oa]s?|como (?:un )?hielo|heladit[oa]s?"
_TOE_VERB_44D = r"(?:del (?!pie)\w+|de (?:mi|su|la|el) \w+|(?:se )?(?:me |le |les )?(?:pusieron|puso|estan poniendo|esta poniendo|ven|ve|volvieron|quedaron)|estan|esta|tiene|tengo|siguen|sigue|muy|bien|todos?|todas?|re) "
_NOT_ASKED_NORMAL_44D = r"(?<!\bnormal\sque\s)(?![^.?!]{0,80}?\b(?:es normal|son normales|sera normal|normal que|is (?:it|that|this) normal)\b)"
TOES_COLOUR_AND_COLD_44D = _NOT_ASKED_NORMAL_44D + r"(?:" + (
    rf"(?<!\bsi\s)(?<!\bcuando\s)\b(?:{_TOES_44D}) (?:{_TOE_VERB_44D}){{0,3}}(?:{_TOE_COLOUR_44D})\b[^.?!]{{0,40}}?\b(?:{_TOE_COLD_44D})\b|"
    rf"(?<!\bsi\s)(?<!\bcuando\s)\b(?:{_TOES_44D}) (?:{_TOE_VERB_44D}){{0,3}}(?:{_TOE_COLD_44D})\b[^.?!]{{0,40}}?\b(?:{_TOE_COLOUR_44D})\b|"
    rf"(?<!\bsi\s)(?<!\bcuando\s)\b(?:{_TOE_COLOUR_44D}) y (?:{_TOE_COLD_44D}) (?:\w+ ){{0,2}}?(?:los|las|el|la|mis|sus) (?:{_TOES_44D})\b"
) + ")"
MEDICAL = MEDICAL + [TOES_COLOUR_AND_COLD_44D]
CATEGORY_PHRASES[categories.MEDICAL.key] = MEDICAL

# 3b. A real threat to kill the writer from someone outside the family (a boss, a neighbour, a landlord, a
# coworker, a client, "un tipo") who has a weapon ("mi jefe me va a matar, en serio, tiene una pistola"):
# violence now, not the writer's own gun (round 3's "tiene una pistola" read as self-harm). The older
# family for this knew relatives only. Not a water, glue or toy gun, not a threat over lateness in jest.
_THREATENER_44D = (
    r"(?:mi|el|la|su|ese|esa|este|un|una) (?:ex )?(?:jefe|jefa|patron|patrona|supervisor[a]?|encargad[oa]|gerente|capataz|mayordomo|manager|boss|vecin[oa]|casero|casera|"
    r"landlord|dueno|duena|companero|companera|compa|coworker|cliente|socio|socia|prestamista|cobrador|garrotero|tipo|vato|man|mae|pana|loco|senor|senora|hombre|cunado|"
    r"narco|malandro|pandiller[oa]|ex socio|chofer|vigilante|guardia)(?: de (?:trabajo|al lado|enfrente|arriba|mi (?:esposa|esposo|hermana|hermano|ex)))?"
)
_WEAPON_44D = (
    r"(?:pistola|arma|escopeta|rifle|revolver|fusca|cuete|cohete|chopo|fierro|plomo|cuchillo|machete|navaja|punal|gun|pistol|knife|machete)"
    r"(?! (?:de (?:agua|juguete|silicon\w*|calor|pintura|clavos|aire|balines|pegamento|goma)|nerf|water|toy|glue)\b)"
)
_KILL_THREAT_44D = (
    r"(?:me|nos) (?:quiere|quieren) (?:matar|balear|acuchillar|dar un tiro|pegar un tiro)|(?:me|nos) (?:va|van|viene|vienen) a (?:matar|quebrar|dar un tiro|pegar un tiro|balear|acuchillar|picar|tronar)|(?:me|nos) (?:mata|matan)(?! de)|"
    r"(?:dijo|dice|jura|juro|amenaz\w*) (?:con |que )?(?:me|nos) (?:va a |iba a )?(?:matar|mata|quiebra|balea|dispara)|"
    r"(?:is going to|is gonna|gonna|wants to|will|threatened to|says he will|said he would) (?:kill|shoot|stab) (?:me|us)"
)
THREAT_WITH_WEAPON_BY_SOMEONE_44D = (
    rf"(?<!\bsi\s)(?<!\bif\s)\b{_THREATENER_44D}\b[^.?!]{{0,30}}?\b(?:{_KILL_THREAT_44D})\b[^?]{{0,80}}?\b(?:tiene|trae|saco|agarro|cargo|carga|anda con|esta con|con|has|had|pulled out|got|is holding|holding) "
    rf"(?:\w+ ){{0,2}}?{_WEAPON_44D}\b|"
    rf"(?<!\bsi\s)(?<!\bif\s)\b{_THREATENER_44D}\b[^.?!]{{0,30}}?\b(?:tiene|trae|saco|agarro|anda con|has|pulled out|is holding) (?:\w+ ){{0,2}}?{_WEAPON_44D}\b[^?]{{0,80}}?\b(?:{_KILL_THREAT_44D})\b"
)
VIOLENCE = VIOLENCE + [THREAT_WITH_WEAPON_BY_SOMEONE_44D]
CATEGORY_PHRASES[categories.VIOLENCE.key] = VIOLENCE

# 3c. A farewell posted on social media ("puso en facebook 'gracias por todo'", "subio una despedida a
# instagram", "posted a goodbye on his story") and then no answer: a farewell sent (round 33's
# THIRD_FAREWELL_33 knew messages, notes and "publico" only). patterns' round 44 (d) filter keeps the
# silence from reading as a body that does not respond.
_POSTED_44D = (
    r"(?:puso|pusieron|subio|publico|posteo|postio|compartio|colgo|escribio|dejo|monto|actualizo|cambio|posted|put up|shared|uploaded|wrote)"
)
_SOCIAL_44D = (
    r"(?:facebook|face|fb|instagram|insta|ig|tiktok|tik tok|twitter|x|whatsapp|wasap|guasap|snap|snapchat|estado|estados|historia|historias|stories|story|status|muro|perfil|redes|feed|wall|bio)"
)
_FAREWELL_POSTED_WORDS_44D = (
    rf"(?:{FAREWELL_MESSAGE})|(?:una|un|su|la|el) (?:\w+ )?(?:despedida|carta de despedida|mensaje de despedida|post de despedida|adios)|despidiendose|se despidio|"
    r"(?:a|an|his|her|their) (?:\w+ )?(?:goodbye|farewell)(?: post| message| note| video)?|saying goodbye|said goodbye"
)
_POSTED_FAREWELL_44D = (
    rf"{_POSTED_44D}\b[^.?!]{{0,40}}?\b(?:{_SOCIAL_44D})\b[^?]{{0,40}}?\b(?:{_FAREWELL_POSTED_WORDS_44D})\b|"
    rf"{_POSTED_44D}\b[^.?!]{{0,40}}?\b(?:{_FAREWELL_POSTED_WORDS_44D})\b[^?]{{0,40}}?\b(?:{_SOCIAL_44D})\b"
)
_POSTED_SILENCE_44D = (
    rf"(?:{_NO_REPLY_33})|no (?:me |nos |le )?(?:contesta|responde|contesto|respondio)\b|no (?:ha )?(?:contestado|respondido)|no (?:agarra|coge|levanta|toma) el (?:telefono|cel|celular)|"
    r"(?:not|is not|isnt|hasnt been|has not been) (?:answering|responding|replying|picking up)|no answer"
)
POSTED_FAREWELL_THEN_SILENCE_44D = (
    r"(?<!\bif\s)(?<!\bsi\s)" + _ORDINARY_ABSENCE_33 + r"(?:" + _ALL_OF_42A(_POSTED_FAREWELL_44D, _POSTED_SILENCE_44D) + ")"
)
SELF_HARM = SELF_HARM + [INSURANCE_BETTER_OFF_WITH_MEANS_44D, POSTED_FAREWELL_THEN_SILENCE_44D]
CATEGORY_PHRASES[categories.SELF_HARM.key] = SELF_HARM
# --- round 44's Spanish false alarms (helper f) ---
# A clinician's literature request beside a patient with a plan in front of the writer now ("busco
# articulos sobre ketamina e ideacion suicida, tengo a un paciente con un plan en la consulta ahora"):
# not only for study (NOT_STUDY), so round 40 (c)'s and round 44 (f)'s filters of a literature request
# give way and the topic words read as a report again.
_PATIENT_44F = r"(?:paciente|pacientes|patient|patients|client|clients|cliente|consultante|usuari[oa])"
_NOW_HERE_44F = (
    r"(?:ahora|ahorita|right now|now|delante de mi|frente a mi|enfrente(?: de mi)?|in front of me|aqui conmigo|with me|en (?:la|mi) consulta|"
    r"en (?:el|mi) consultorio|in my office|urgente|urgent\w*|esta noche|tonight|hoy)"
)
PATIENT_WITH_PLAN_NOW_44F = (
    _PATIENT_44F + r"\b(?: \w+){0,6}? (?:con|with|has|tiene|that has|que tiene) (?:\w+ ){0,3}?(?:un |a )?plan\b[^.?!]{0,80}?\b" + _NOW_HERE_44F + r"\b|"
    + _NOW_HERE_44F + r"\b[^.?!]{0,60}?\b" + _PATIENT_44F + r"\b(?: \w+){0,6}? (?:con|with|has|tiene|that has|que tiene) (?:\w+ ){0,3}?(?:un |a )?plan\b"
)
NOT_STUDY = NOT_STUDY + [PATIENT_WITH_PLAN_NOW_44F]
# --- round 44's overdose and medical misses (helper a) ---
# 1. A caustic household product swallowed, told with no drug word: a drain opener, lye or caustic soda,
# oven cleaner, bleach, a dishwasher or laundry tablet or pod, tasted, sipped, sucked or bitten, by a
# worker, a child or a teenager, with a sign (the mouth or throat burning, drooling, unable to swallow)
# or the question whether to make them vomit. Read as an overdose, made a poisoning by
# patterns.OVERDOSE_KINDS (Poison Help). Not a pet that is fine, not storing the product, not fumes.
_CAUSTIC_44A = (
    r"(?:lye|caustic soda|sodium hydroxide|drain (?:opener|cleaner|unclogger)|drano|liquid plumr|oven cleaner|toilet (?:bowl )?cleaner|bleach|clorox|"
    r"(?:dishwasher|laundry|detergent|washing|tide) (?:pods?|tablets?|tabs?|capsules?|packets?)|"
    r"destapa ?(?:canos|canerias|tuberias|drenajes)|destapador|desatascador\w*|(?:soda|sosa) caustica|cloro|lejia|blanqueador|limpia ?hornos|limpiador (?:de|para) (?:hornos?|inodoros?|banos?)|"
    r"(?:pastillas?|tabletas?|capsulas?|pods?) (?:de |del |para )?(?:el )?(?:lavavajillas|lavaplatos|lavatrastes|detergente|lavadora)|"
    r"(?:liquido|producto|quimico|gel) (?:para |de )?(?:destapar|desatascar|desatorar) (?:\w+ ){0,2}?(?:canerias?|canos?|tuberias?|drenajes?|fregaderos?|lavabos?))"
)
_GOT_IN_MOUTH_44A = (
    r"(?:swallowed|drank|drunk|ate|chugged|sipped|tasted|licked|bit|bit into|chewed(?: on)?|sucked(?: on)?|gulped|took a (?:sip|swig|gulp|drink|taste) (?:of|from)|"
    r"had (?:a |some )?(?:sip|swig|gulp|taste|mouthful)s? (?:of|from)|put (?:\w+ ){0,2}?in (?:his|her|their|my) mouth|drank (?:out of|from)|"
    r"(?:se |me |le )?(?:tomo|tome|bebio|bebi|trago|trague|comio|comi|mordio|mordi|chupo|chupe|lamio|probo|probe|empino)|"
    r"(?:se |me )metio (?:\w+ ){0,2}?(?:a|en) la boca|(?:un |una )?(?:trago|sorbo|buche|chorrito) (?:de|del))"
)
_CAUSTIC_SIGN_44A = (
    r"(?:(?:mouth|lips|tongue|throat|chest|stomach|gut) (?:is |are |feels |keeps )?(?:burning|burns|burnt|burned|on fire|swelling|swollen|hurts|hurting|bleeding|blistering|raw)|"
    r"(?:burning|burn|burns) (?:in )?(?:his|her|their|my|the) (?:mouth|throat|lips|tongue)|drool\w*|slobber\w*|spitting|(?:can not|cant|could not|unable to) swallow|"
    r"(?:make|get|have|let) (?:him|her|them|the \w+) (?:throw up|puke|vomit)|induc\w* vomit\w*|(?:throw|throwing) up|vomit\w*|"
    r"(?:le |me )?(?:arde|ardia|quema|quemaba|duele|dolia) (?:mucho |toda )?(?:la boca|la garganta|los labios|la lengua|el pecho|el estomago|todo)|"
    r"(?:boca|garganta|labios|lengua) (?:roja|rojos|quemad[oa]s?|hinchad[oa]s?|ardiendo)|babea\w*|(?:le |se le )?sale (?:mucha )?baba|escup\w+|"
    r"no (?:puede|podia) (?:tragar|pasar saliva)|(?:lo|la|los|le) (?:hago|hacemos|hacemos que|pongo a|hago que) vomit\w*|(?:hacerl[oa]|hacerle) vomitar|"
    r"(?:provoc\w*|induc\w*) (?:el )?vomito|vomit\w*)"
)
CAUSTIC_SWALLOWED_44A = (
    rf"(?<!\bhow\sto\s)(?<!\bsi\s)(?<!\bif\s)\b{_GOT_IN_MOUTH_44A} (?:\w+ ){{0,6}}?{_CAUSTIC_44A}\b"
    r"(?:(?!(?:is|seems|looks|esta|parece|se ve|sigue) (?:totally |completely |perfectly |muy |bien )?(?:fine|ok|okay|bien|normal)\b|\b(?:dog|cat|puppy|perro|perrito|gato|gatito)\b)[^?]){0,140}?"
    rf"(?<!\bno\s)(?<!\bnot\s)(?<!\bsin\s)(?<!\bwithout\s)(?<!\bany\s)\b{_CAUSTIC_SIGN_44A}(?!\w)"
)

# 2. A clinician, a therapist or a case manager relaying, in clinical words, that a patient phoned having
# taken a large count of tablets (a benzodiazepine, often with alcohol), the speech slurred, then the call
# cut off ("refirio haber ingerido aproximadamente treinta comprimidos", "reported ingesting about 30
# lorazepam"). An overdose made intentional by patterns.OVERDOSE_KINDS; the relayed ingestion is no study.
_COUNT_44A = (
    r"(?:(?:aproximadamente|aprox|alrededor de|unos|unas|cerca de|mas de|hasta|como|about|around|approximately|approx|roughly|over|more than|nearly|some|~)\s?)?"
    r"(?:[1-9]\d{1,2}|diez|doce|quince|veinte|veinti\w+|treinta|cuarenta|cincuenta|sesenta|cien|ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a hundred|dozens? of|decenas de|"
    r"una caja|un blister entero|todo el (?:frasco|blister|bote)|toda la caja|a whole (?:bottle|box|strip|pack)|the whole (?:bottle|box|strip|pack))"
)
_TABLETS_44A = (
    r"(?:comprimidos|tabletas|pastillas|pildoras|capsulas|tablets|pills|tabs|capsules|bars|mg|miligramos|"
    r"clonazepam|clonazepan|rivotril|alprazolam|alprazolan|xanax|tafil|lorazepam|ativan|diazepam|valium|bromazepam|lexotan|klonopin|benzos?|benzodiazepin\w*|zolpidem|ambien|quetiapin\w*|seroquel)"
)
_INGESTED_44A = (
    r"(?:ingerido|ingirio|ingesta (?:de|voluntaria de)|haber tomado|habia tomado|tomado|se tomo|tomo|se habia tomado|se trago|tragado|consumido|consumio|"
    r"ingest\w*|ingestion of|having taken|had taken|she took|he took|took|swallowed|overdosed on|consumed)"
)
_RELAYED_44A = (
    r"(?:refiri\w+|refiere|report\w*|manifest\w+|inform\w+|indic\w+|comunic\w+|dijo|decia|contaba|conto|said|saying|says|told me|stated|states|admitted|disclosed|"
    r"(?:me |nos )?(?:llamo|llamaba|telefoneo|marco)|called|phoned|rang)"
)
_CALL_CUT_44A = (
    r"(?:se (?:corto|cayo|perdio|interrumpio|colgo|termino) (?:la )?(?:llamada|comunicacion|linea|conexion)|(?:la )?(?:llamada|comunicacion|linea) se (?:corto|cayo|perdio|interrumpio)|"
    r"(?:colgo|corto)(?: la llamada| el telefono)?(?= *(?:[.,;!]|$| y | and ))|ya no (?:contesta|responde)|no (?:contesta|responde)|"
    r"(?:the )?(?:call|line|phone) (?:was )?(?:dropped|went dead|cut out|cut off|disconnected|ended|got cut)|(?:call|line) (?:dropped|disconnected)|hung up|lost (?:the )?(?:call|connection|her|him)|"
    r"(?:not|no longer|isnt|is not) (?:answering|picking up|responding)|goes to voicemail)"
)
_SLURRED_44A = (
    r"(?:slurr\w*|dysarthri\w*|disartri\w*|(?:arrastr\w+|arrastra) (?:las palabras|la lengua)|farfull\w*|balbuce\w*|habla(?:ba)? (?:muy )?(?:trabad[oa]|lento|raro|mal)|"
    r"lengua (?:trabada|pesada)|voz (?:muy )?(?:arrastrada|pastosa|traposa|trabada)|mumbl\w*|incoherent\w*|incoherente|not making sense|sounded (?:drunk|out of it|sedated|drowsy)|somnolient\w*|drowsy|sedad[oa]|obnubilad[oa])"
)
RELAYED_LARGE_INGESTION_44A = (
    r"(?<!\bif\s)(?<!\bsi\s)(?:"
    + _ALL_OF_42A(
        rf"{_INGESTED_44A} (?:\w+ ){{0,2}}?{_COUNT_44A} (?:\w+ ){{0,2}}?{_TABLETS_44A}",
        rf"{_RELAYED_44A}|{_CALL_CUT_44A}|{_SLURRED_44A}|(?:con|with|plus|and|y|junto con|mas) (?:\w+ )?(?:alcohol|etoh|alcol|vino|cerveza|vodka|whiskey|whisky|tequila|ron|wine|beer|licor|liquor|booze)",
        rf"{_CALL_CUT_44A}|{_SLURRED_44A}",
    ) + ")"
)

# 3. A teenager who took pills sold or handed out at school, at a party or by a friend as "xanax",
# "bars", "percs", "blues", "m30s" (likely pressed, perhaps fentanyl), and now cannot stand, keeps
# falling, barely speaks, cannot stay awake: an overdose (naloxone first: patterns.OVERDOSE_KINDS).
_STREET_PILL_44A = (
    r"(?:xanax|xannies|xans|bars?|zanny|zannies|percs?|percocets?|perkys?|blues|blue (?:pills?|ones?|m30s?)|m30s?|oxys?|oxy|roxys?|roxies|pastillas|pastis|pills|pepas|tachas|"
    r"benzos?|(?:a |one |two |2 |some |unas |un par de |dos )?(?:blue|azul|azules)|pressed)"
)
_FROM_SOMEONE_44A = (
    r"(?:bought|got|buys|scored|copped|picked up|was given|were given|given|gave|sold|selling|handed|from|compro|consiguio|le (?:dio|dieron|vendio|vendieron|paso|pasaron|regalaron)|"
    r"que (?:le )?(?:vendian|venden|vendieron|dieron|dio|paso|pasaron)|comprad[oa]s?|de un|de una)"
    r" (?:\w+ ){0,5}?(?:at school|in school|at the party|at a party|behind the gym|from (?:a |some |this |his |her |their )?(?:kid|guy|dude|friend|buddy|classmate|senior|dealer|girl|boy|someone|somebody|plug|snap)|"
    r"(?:a |some |his |her )?(?:friend|buddy|classmate|kid at school|guy at school|dealer)|en la (?:escuela|prepa|secundaria|fiesta|uni)|en el (?:colegio|cole|instituto|liceo|bachillerato)|"
    r"(?:un|una|su|el|la) (?:amig[oa]|compa|compas|companer[oa]|chavo|chava|chico|chica|muchacho|dealer|tipo|vato|wey|morr[oa]))|"
    r"(?:a|some|his|her|their|this|that|one|an older) (?:\w+ )?(?:friend|buddy|kid|guy|dude|classmate|senior|girl|boy|dealer|teammate) (?:\w+ )?(?:gave|sold|handed|passed|slipped|brought|had)|"
    r"(?:un|una|su|el|la) (?:amig[oa]|compa|companer[oa]|chavo|chava|chico|chica|muchacho|tipo|vato) (?:\w+ ){0,2}?(?:le )?(?:dio|vendio|paso|regalo|trajo)"
)
_CANNOT_STAND_44A = (
    r"(?:(?:can not|cant|could not|couldnt|unable to) (?:stand|stand up|get up|walk|stay (?:up|awake|on (?:his|her|their) feet)|keep (?:his|her|their) eyes open|talk|speak|hold (?:his|her|their) head up)|"
    r"keeps? (?:falling|collapsing|passing out|nodding|dozing|slumping|tipping over)|falling (?:over|down|all over)|(?:barely|hardly) (?:talk\w*|speak\w*|mov\w*|awake|conscious|making sense)|"
    r"(?:so |very |super |really )?(?:sleepy|drowsy|out of it)|nodding (?:off|out)|slurr\w*|mumbl\w*|"
    r"no (?:se )?(?:puede|podia) (?:parar|levantar|poner de pie|mantener (?:en pie|despiert\w+)|sostener|caminar|hablar)|no se sostiene|se (?:cae|caia|esta cayendo|va de lado|desploma)|"
    r"(?:casi|apenas) (?:no )?(?:habla|puede hablar|se mueve|abre los ojos|responde)|(?:muy |bien |super )?(?:dormid[oa]|somnolient[oa]|adormilad[oa]|ido|ida)|cabecea\w*|"
    r"arrastra (?:las palabras|la lengua)|balbucea\w*|"
    # (merge review: staggering and words that will not come are the same signs)
    r"(?:se )?tambalea\w*|no le salen (?:las )?palabras|stagger\w*|wobbl\w* (?:around|all over|when)|(?:can not|cant) get (?:his|her|their|the) words out)"
)
STREET_PILLS_TEEN_SIGNS_44A = (
    r"(?<!\bif\s)(?<!\bsi\s)(?<!\bwhat\sif\s)(?:"
    + _ALL_OF_42A(
        rf"(?:(?:{TOOK}|popped|took|tomo|se tomo|se metio|se comio|tomaron) (?:\w+ ){{0,4}}?{_STREET_PILL_44A}|"
        # (merge review: the pills named first, then a count of them taken, "he took two", "se tomo dos")
        rf"{_STREET_PILL_44A}\b[^.?!]{{0,80}}?\b(?:took|popped|swallowed|se tomo|tomo|se metio|se trago) "
        r"(?:one|two|three|four|a couple|some|all|both|a few|\d+|una|dos|tres|cuatro|unas|varias|todas|un par)|"
        # (or the pills named inside the getting, "got pills from a kid at school, he took two")
        r"(?:he|she|they|i|se) (?:took|popped|swallowed|tomo|metio|trago) (?:one|two|three|four|a couple|some|all|both|a few|\d+|dos|tres|cuatro|unas|varias|todas|un par)"
        r"(?! (?:classes|days|weeks|months|hours|years|buses|trains|steps|shots|tests|dias|semanas|meses|horas|clases)))",
        _FROM_SOMEONE_44A,
        r"(?<!\bnot\s)(?<!\bno\s)" + _CANNOT_STAND_44A,
    ) + ")"
)
# (the signs told in the present: a time read as past, "en la escuela", "at school", does not date them)
CANNOT_STAND_NOW_44A = (
    r"(?:can not|cant|is unable to) (?:stand|stand up|get up|walk|stay (?:up|awake|on (?:his|her|their) feet)|keep (?:his|her|their) eyes open)|keeps (?:falling|collapsing|passing out|nodding)|"
    r"(?:is|s) (?:falling (?:over|down|all over)|(?:barely|hardly) (?:talking|speaking|awake|conscious))|"
    r"no (?:se )?puede (?:parar|levantar|poner de pie|mantener (?:en pie|despiert\w+)|sostener|caminar|hablar)|no se sostiene|se (?:cae|esta cayendo|va de lado)|"
    r"(?:casi|apenas) (?:no )?(?:habla|puede hablar|se mueve|abre los ojos|responde)"
)
# (the intentional reading needs the report relayed and the call ended: a relative's own account with a
# reply slurred or missing keeps its own kind, "dice que fue un accidente")
_CALL_ENDED_44A = (
    r"(?:se (?:corto|cayo|perdio|interrumpio|colgo|termino) (?:la )?(?:llamada|comunicacion|linea|conexion)|(?:la )?(?:llamada|comunicacion|linea) se (?:corto|cayo|perdio|interrumpio)|"
    r"(?:colgo|corto)(?: la llamada| el telefono)?(?= *(?:[.,;!]|$| y | and ))|(?:the )?(?:call|line|phone) (?:was )?(?:dropped|went dead|cut out|cut off|disconnected|got cut)|"
    r"(?:call|line) (?:dropped|disconnected)|hung up|lost (?:the )?(?:call|connection))"
)
RELAYED_INGESTION_CALL_ENDED_44A = (
    r"(?<!\bif\s)(?<!\bsi\s)(?:"
    + _ALL_OF_42A(rf"{_INGESTED_44A} (?:\w+ ){{0,2}}?{_COUNT_44A} (?:\w+ ){{0,2}}?{_TABLETS_44A}", _RELAYED_44A, _CALL_ENDED_44A) + ")"
)
OVERDOSE = OVERDOSE + [CAUSTIC_SWALLOWED_44A, RELAYED_LARGE_INGESTION_44A, STREET_PILLS_TEEN_SIGNS_44A]
CATEGORY_PHRASES[categories.OVERDOSE.key] = OVERDOSE
# (a clinician relaying a patient's ingestion and the cut call is no study of a case)
NOT_STUDY = NOT_STUDY + [
    rf"\b{_INGESTED_44A} (?:\w+ ){{0,2}}?{_COUNT_44A} (?:\w+ ){{0,2}}?{_TABLETS_44A}\b[^?]{{0,200}}?\b(?:{_CALL_CUT_44A}|{_SLURRED_44A})",
]

# 4. Signs of an aortic dissection: a sudden tearing or ripping chest pain going through to the back (or
# between the shoulder blades), or a blood pressure different in the two arms, told now, plain or clinical.
_TEARING_44A = (
    r"(?:tearing|ripping|rips|tears|torn|shredding|like (?:something|it) is (?:tearing|ripping)|like (?:something|it) (?:tore|ripped)|like being ripped|"
    r"desgarr\w*|rasg\w*|(?:como si|como que) (?:me |le |se )?(?:rompiera|rasgara|desgarrara|arrancara|partiera)|lacerante|transfixiante)"
)
_TO_BACK_44A = (
    r"(?:(?:to|into|through|thru|through to|straight (?:to|through|into)|going to|going into|going through|radiat\w+ (?:to|into|through)|spreading to|shooting to|moving to|goes to|goes into|goes through) (?:my |his |her |the )?(?:back|spine|shoulder blades)|"
    r"between (?:my |his |her |the )?shoulder blades|"
    r"(?:a|hacia|hasta|en) (?:la )?espalda|irradiad[oa] (?:a|hacia|hasta) (?:la )?espalda|se (?:le |me )?(?:va|pasa|corre|extiende|irradia) (?:a|hacia|hasta) (?:la )?espalda|entre (?:los )?omoplatos|entre las escapulas)"
)
_CHEST_44A = r"(?:chest|pecho|torax|toracic[oa]|thoracic|dolor|pain|duele|hurts)"
_ARMS_BP_DIFF_44A = (
    r"(?:(?:blood pressure|bp|pressure|readings?|pulses?|presion|tension|pulso)\b[^.?!]{0,40}?\b(?:different|differs?|differen\w+|much (?:lower|higher)|way (?:lower|higher)|uneven|not the same|distinta|diferente|no es (?:la )?igual|"
    r"mas (?:alta|baja)|muy (?:distinta|diferente))\b[^.?!]{0,40}?\b(?:arms?|brazos?|side|lado)|"
    r"(?:diferencia|difference) (?:\w+ ){0,3}?(?:de |of |in )?(?:presion|tension|pressure|bp|pulso|pulse)s? (?:\w+ ){0,2}?(?:entre|between|en) (?:\w+ ){0,1}?(?:brazos|arms)|"
    r"(?:each|both|one|the two|ambos|cada|los dos) (?:arm|arms|brazo|brazos)\b[^.?!]{0,40}?\b(?:different|distinta|diferente|lower|higher|mas (?:alta|baja))|"
    r"(?:(?:right|left) (?:arm|side)|(?:brazo|lado) (?:derecho|izquierdo))\b[^.?!]{0,30}?\b\d{2,3}\b[^.?!]{0,30}?\b(?:left|right|izquierdo|derecho)(?: (?:arm|brazo|side))?\b[^.?!]{0,15}?\b\d{2,3}\b)"
)
AORTIC_SIGNS_44A = (
    r"(?<!\bif\s)(?<!\bsi\s)(?<!\bwhat\sif\s)(?:"
    rf"\b{_TEARING_44A}\b(?:\s\w+){{0,5}}?\s{_CHEST_44A}\b[^.?!]{{0,60}}?\b{_TO_BACK_44A}|"
    rf"\b{_CHEST_44A}\b(?:\s\w+){{0,5}}?\s{_TEARING_44A}\b[^.?!]{{0,60}}?\b{_TO_BACK_44A}|"
    rf"\b{_TEARING_44A}\b[^.?!]{{0,40}}?\b{_TO_BACK_44A}[^?]{{0,120}}?\b{_ARMS_BP_DIFF_44A}|"
    rf"\b{_ARMS_BP_DIFF_44A}[^?]{{0,120}}?\b(?:{_TEARING_44A}|{_TO_BACK_44A}|chest pain|dolor (?:de|en el) pecho)"
    r")"
)
MEDICAL = MEDICAL + [AORTIC_SIGNS_44A]
CATEGORY_PHRASES[categories.MEDICAL.key] = MEDICAL

# --- round 44's the ask tier in English, passive thoughts told in passing (helper c) ---
# Passive thoughts and wishes told in passing, mostly inside a question about a treatment (the ask
# tier: possible risk, asked directly), unless a means and a time are told (then self-harm). English.
# 1. An intrusive thought at a place of danger, told as not acted on: on a platform, a bridge, a
# balcony, a roof, thinking how easy it would be, "just one step", picturing the jump. Needs the place
# and the thought anywhere in the message (_ALL_OF_42A); not a crowded platform or a balcony asked
# about (no thought), nor "how easy it would be to get there" (a practical ease).
_DANGER_PLACE_44C = (
    r"(?:train|subway|metro|station|tube|el|l) platforms?|platform edge|the (?:platform|tracks|rails)|(?:train|subway|railroad|railway) tracks|"
    r"bridges?|overpass\w*|balcon(?:y|ies)|ledges?|rooftops?|(?:the|a|my|our|building s|buildings) roof|cliffs?|(?:top|edge) of (?:the|a|my) (?:\w+ )?(?:building|garage|parking|cliff|roof|stairs?|stairwell)|"
    r"parking (?:garage|deck|structure)|\d+(?:st|nd|rd|th) floor|high floor|window sills?|railings?"
)
_EASE_44C = (
    r"(?:how|so|too|really|just|that) (?:easy|simple|quick|easily)(?: it (?:would|could|will|d) be| it is| it s)?"
    r"(?=\s*(?:[.,;!?]|$|and\b|just\b|to (?:just )?(?:jump|step|fall|lean|go over|go off|let go|slip|walk off|climb over|tip over|end (?:it|everything|things)|fall off|roll off|drop)))|"
    r"(?:how|so|too) (?:easy|simple|quick) (?:it (?:would|could) be )?to (?:just )?(?:jump|step (?:off|out|over|forward|in front|down)|fall|lean (?:over|out|forward)|go over|let go|slip|"
    r"walk off|climb over|tip over|end (?:it|everything|things)|roll off|drop)"
)
_ONE_STEP_44C = (
    r"(?:just |only |literally )?one (?:little |small |tiny |more |single )?step(?: forward| off| over| out| down| to the (?:left|right)| and| away| is all)?"
    r"(?! (?:at a time|closer|ahead|further|farther|at a|of (?:the|my|this)|in (?:the|my)|process|program|plan|to (?:recovery|healing|getting)))"
)
_PICTURE_44C = (
    r"(?:think|thinking|thought|thoughts|picture|pictured|picturing|imagine|imagined|imagining|urges?|impulses?|pulls?|intrusive)\w* "
    r"(?:\w+ ){0,4}?(?:jumping|stepping (?:off|out|forward|in front|over|down)|falling (?:off|over|onto|in front|down)|going over|throwing myself|leaning over|letting go of the (?:rail|railing)|jump off|jump in front|step off|step in front)"
)
_NOT_ACTED_ON_44C = (
    r"not (?:going|gonna) to (?:do|act)|(?:would|d|will|wont|will not|would not|wouldnt) (?:never |not )?(?:do|act)|never (?:do|act|would)|i wont|i will not|i would not|"
    r"i am safe|im safe|no plan|not suicidal|does (?:\w+ )?help|can (?:\w+ )?help|help with|intrusive|ketamine|spravato|infusions?|treat\w*|therap\w*"
)
PASSIVE_THOUGHT_AT_EDGE_44C = (
    r"(?<!\bif\s)(?:" + _ALL_OF_42A(_DANGER_PLACE_44C, r"(?:" + _EASE_44C + r")|(?:" + _ONE_STEP_44C + r")|(?:" + _PICTURE_44C + r")", _NOT_ACTED_ON_44C) + ")"
)

# 2. Clipped weariness with life: "some days i wonder why bother", "why even bother anymore". The why
# bother ends its clause or takes a weariness tail (anymore, some days, with anything, getting up),
# and a weariness mark is told (some days, lately, anymore, wonder, even); not "why bother calling
# insurance" (an object follows), nor "so why bother." after a denied claim (no mark).
_WEARY_MARK_44C = r"(?:some|most|many|other) days|somedays|lately|these days|anymore|any more|sometimes|every (?:day|morning)|honestly|tbh|ngl|wonder\w*|even"
_BOTHER_TAIL_44C = (
    r"anymore|any more|some days|most days|lately|these days|at all|with anything|with (?:any of )?(?:it|this|life|living|everything)|living|getting up|waking up|"
    r"trying|tbh|honestly|ngl|lol|you know|idk|really|tho|though|fr"
)
WHY_BOTHER_WEARY_44C = (
    r"\b(?:" + _WEARY_MARK_44C + r")\b[^.?!]{0,30}?\bwhy (?:even |do i even |do i |would i |should i |even try to )?bother(?=\s*(?:[.,;!?]|$|\b(?:" + _BOTHER_TAIL_44C + r")\b))|"
    r"\bwhy (?:even |do i even |do i |would i |should i )?bother(?:,? (?:with )?(?:anymore|any more|some days|most days|lately|these days|with anything|with life|with living|getting up|waking up|living))\b|"
    r"\bwhy (?:even |do i even )bother(?=\s*(?:[.,;!?]|$))|"
    r"\b(?:what is|whats|what s) (?:even |really )?the point(?:,? (?:some days|most days|anymore|any more|lately|these days|of anything|of any of it|of it all|of trying))\b"
)

# 3. A relative in chronic pain (fibromyalgia, CRPS, neuropathy) who would rather be dead than live years
# more of it, relayed ("she says she would rather be dead than live 20 more years of this pain"): the
# ask tier. The rather-than names living, years or the pain; not "rather die than go back to that
# doctor" (an older filter) nor "rather die than take ketamine".
RATHER_DEAD_THAN_PAIN_44C = (
    r"\b(?:would|d|had) (?:much |honestly |really )?rather (?:be dead|die|not be (?:alive|here|around|living)|not live|not wake up|be gone|go to sleep and not wake up) "
    r"than (?:\w+ ){0,3}?(?:live|living|go on|going on|keep going|spend|spending|face|facing|endure|enduring|suffer|suffering|have|having|deal|dealing|put up|putting up|"
    r"another|more|years|decades|the rest of|this pain|be in (?:this )?pain|hurt|hurting|feel like this)\b"
)

# 4. A relative who says he won't be around to worry about the future, or won't be here for that,
# relayed with a saying verb, no plan told ("my dad says he won't be around to worry about it"). Not
# "he won't be around to drive me tuesday" (no worry, no future), nor "she won't be here for that
# session, she is in florida" (no saying verb; round 43 (c)'s filter of an absence).
_SAYS_44C = (
    r"says|said|keeps saying|kept saying|always says|tells (?:me|us|everyone)|told (?:me|us|my \w+|everyone)|jokes|joked|keeps joking|mentions|mentioned|"
    r"likes to say|will say|goes|replies|replied|answers|answered|just says|just said"
)
WONT_BE_AROUND_RELAYED_44C = (
    r"\b(?:" + _SAYS_44C + r")\b(?: that)?,? (?:\w+ ){0,2}?(?:he|she|they)(?: (?:will not|wont|is not going to|isnt going to|is not gonna|isnt gonna|probably will not|probably wont|may not|might not|does not expect to|doesnt expect to)) "
    r"(?:still |even )?be (?:around|here|alive)(?: anymore| by then)? "
    r"(?:to (?:worry about|care about|deal with|see|watch|pay|know|find out|have to worry)|for (?:that|it|any of (?:that|it)|all (?:that|of that)|long|much longer|the future|whatever)(?!\s*(?:session|appointment|appt|visit|meeting|call|part|one|day|week|weekend|date|time)\b)|by then|much longer|anyway|that long)\b"
)

# 6. Known gaps. a. Not being around by the date, the appointment or the call given: "i won't be around
# by the date you gave me", "i will not be here by the time you call". Round 43 (c)'s filter of an absence
# with a schedule (a trip, work, the family named) ruled some out; it stops at this family now.
WONT_BE_AROUND_BY_44C = (
    r"(?:\b(?:i|ill|im)(?: (?:will|am|probably|honestly|just|really|even))*(?: not| no longer|(?<=\bi) wont|(?<=\bim) not gonna|(?<=\bim) not going to) |"
    r"(?:^|[.,;!?] )(?:probably |honestly |just )?(?:not going to|not gonna|wont|will not) )"
    r"(?:gonna |going to )?(?:still |even )?be (?:around|here|alive|living)(?: anymore)? "
    r"by (?:then|the time (?:you|they|u|it|my|the|your|we)|(?:the|that|my|your|this) (?:\w+ )?(?:date|day|appointment|appt|opening|slot|visit|consult\w*|intake|session|call|spot|callback|time)|"
    r"the (?:\d+|\d+(?:st|nd|rd|th)|first|end of the (?:week|month))|(?:jan\w*|feb\w*|march|april|june|july|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|next (?:week|month)|christmas|the holidays))\b"
)
POSSIBLE_RISK = POSSIBLE_RISK + [
    PASSIVE_THOUGHT_AT_EDGE_44C, WHY_BOTHER_WEARY_44C, RATHER_DEAD_THAN_PAIN_44C, WONT_BE_AROUND_RELAYED_44C, WONT_BE_AROUND_BY_44C,
]
CATEGORY_PHRASES[categories.POSSIBLE_RISK.key] = POSSIBLE_RISK

# 6. b. Weariness of life (learner's English or not) with sleeping tablets saved, kept or collected
# for tonight: a means and a time, a self-harm emergency, not only the ask tier ("i am tired of this
# life. the sleeping tablets i keep for tonight"). All three anywhere in the message.
_WEARY_LIFE_44C = (
    ESL_WEARY_OF_LIFE_43C + r"|\b(?:tired|sick|weary|done|finished|exhausted) (?:of|with) (?:this |my |the )?(?:life|living|being alive|everything|it all)\b"
    r"(?! (?:in|at|of|with) (?:the |this |that |a |my |our |big )?(?:\w+ )?(?:city|town|country|village|apartment|house|building|suburbs|farm|office|job)\b)"
)
_SAVED_PILLS_44C = (
    r"(?:sav\w*|kept|keep\w*|collect\w*|stockpil\w*|hoard\w*|gather\w*|put aside|putting aside|hid|hidden|hide|hiding|stored|storing|saving up|saved up|ready|prepared|counted|have)\b"
    r"[^.?!]{0,40}?\b(?:sleeping |sleep |night |my |the |all |all my |all the )*(?:tablets?|pills?|sleepers|sleeping aids?|ambien|zolpidem|zopiclone|temazepam|diazepam|lorazepam|xanax|valium)|"
    r"(?:sleeping |sleep )(?:tablets?|pills?)[^.?!]{0,40}?\b(?:sav\w*|kept|keep\w*|collect\w*|stockpil\w*|hoard\w*|gather\w*|put aside|hid|hidden|hide|stored|ready|prepared|counted)"
)
_TONIGHT_44C = r"tonight|to night|this night|this evening|today|right now|now"
WEARY_LIFE_SAVED_PILLS_TONIGHT_44C = (
    r"(?<!\bif\s)(?:" + _ALL_OF_42A(_WEARY_LIFE_44C, _SAVED_PILLS_44C, _TONIGHT_44C) + ")"
)
SELF_HARM = SELF_HARM + [WEARY_LIFE_SAVED_PILLS_TONIGHT_44C]
CATEGORY_PHRASES[categories.SELF_HARM.key] = SELF_HARM

# --- round 45's suicide emergencies told calmly (helper a) ---
# Built like round 42 (a)'s, 43 (a)'s and 44 (b)'s families (_ALL_OF_42A: every part somewhere in the
# message, in any order). Each needs two to four parts of the scene, never one word.
#
# 1. An appointment or consult that fell through and a day now fixed (this weekend, Friday, after the
# holidays), told flatly, with what is needed for it arriving (ordered, shipping, "what I need" coming)
# and a euphemism for finishing (wrapping things up, closing the chapter, tying off loose ends). Needs
# the day, the delivery and the finishing, or the cancelled visit, the day and the delivery. English
# and Spanish, first person or a relative relaying it. Supplies for the clinic visit, a move, a job's
# "closing the loop" or a rescheduled appointment have no fixed day with a delivery and a finishing.
_DAY_WORD_45A = (
    r"(?:this |next |on )?(?:weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|after (?:the )?(?:holidays|christmas|new year\w*|thanksgiving|my birthday)|"
    r"the (?:\d+(?:st|nd|rd|th)?|first|end of the (?:week|month))|"
    r"(?:este |el )?(?:fin de semana|lunes|martes|miercoles|jueves|viernes|sabado|domingo)|despues de (?:las fiestas|navidad|ano nuevo|(?:mi|su) cumpleanos)"
)
_DAY_FIXED_45A = (
    r"(?:picked|chose|chosen|choose|set|fixed|decided on|settled on|have|got|has|marked|circled) (?:a |the |my |his |her )?(?:date|day)(?: now)?|"
    r"(?:picked|chose|chosen|decided on|settled on|set it for|fixed it for|decided it will be|decided it is) (?:" + _DAY_WORD_45A + r")|"
    r"(?:" + _DAY_WORD_45A + r") (?:is|will be) (?:the|my|his|her) day|"
    r"(?:escogi|escogio|elegi|eligio|decidi|decidio|fije|fijo|puse|puso|marque|marco|ya tengo|ya tiene|tengo|tiene) (?:ya )?(?:la |una |el )?(?:fecha|dia)|"
    r"(?:escogi|escogio|elegi|eligio|decidi|decidio|fije|fijo|sera|va a ser) (?:que sea )?(?:" + _DAY_WORD_45A + r")|(?:" + _DAY_WORD_45A + r") (?:es|sera) el dia"
)
_ARRIVING_45A = (
    r"(?:what|everything|all|the (?:stuff|things?|package|parcel|order|box)) (?:i|he|she|they) (?:need|needs|ordered|bought|got)\b[^.?!]{0,40}?\b"
    r"(?:ship\w*|arriv\w*|coming|comes|come|delivered|delivery|on (?:the|its) way|in the mail|gets here|get here|already ordered|ordered|due)|"
    r"(?:the (?:stuff|things?|package|parcel|order|box)|what i ordered|what he ordered|what she ordered|it) (?:is |will be |should be )?(?:ship\w*|arriv\w*|coming|comes|delivered|on (?:the|its) way|due) "
    r"(?:\w+ ){0,3}?(?:" + _DAY_WORD_45A + r"|tomorrow|in (?:a few|two|three|\d+) days|this week|soon)|"
    r"(?:ordered|bought online|already ordered) (?:what (?:i|he|she) needs?|the (?:stuff|things?)|it)\b|"
    r"lo que (?:necesito|necesita|pedi|pidio|compre|compro|encargue|encargo)\b[^.?!]{0,40}?\b(?:llega\w*|viene|va a llegar|esta en camino|por paqueteria|por correo|ya (?:lo )?(?:pedi|pidio))|"
    r"(?:ya )?(?:pedi|pidio|encargue|encargo|compre|compro) (?:por internet )?lo que (?:necesito|necesita)|(?:el paquete|el pedido|las cosas) (?:ya )?(?:llega\w*|viene|esta en camino)"
)
_FINISHING_45A = (
    r"wrap\w* (?:things|everything|it all|it|stuff|my life) up|wrap\w* up (?:things|everything|loose ends|my affairs)|(?:tie|tying|tied|finish\w*|clear\w*|sort\w*) (?:off |up )?(?:the |my |his |her |all )?(?:last )?loose ends|"
    r"(?:clos\w*|end\w*|finish\w*) (?:the|this|my|his|her) (?:last )?chapter|"
    r"cerr\w* (?:el|este|mi|su) (?:ultimo )?capitulo|(?:atando|atar|ato|amarrando|cerrando) (?:los )?cabos sueltos|(?:dejando|dejo|deje|poniendo) (?:todo|mis cosas|sus cosas) en orden|"
    r"(?:terminar|acabar) con todo|poner(?:le)? punto final|end (?:it|it all|my life|his life|her life)"
)
_FELL_THROUGH_45A = (
    r"(?:appointment|appt|consult\w*|intake|session|infusion|visit)s? (?:\w+ ){0,2}?(?:cancel\w*|fell through|falls through|fell apart|denied|is off|was off)|"
    r"cancel\w* (?:\w+ ){0,2}?(?:my|his|her|the|our) (?:\w+ )?(?:appointment|appt|consult\w*|intake|session|infusion)|no point (?:in )?rescheduling|"
    r"(?:cita|consulta|sesion|infusion) (?:se )?(?:\w+ ){0,2}?(?:cancel\w*|cayo|callo)|cancel\w* (?:la|mi|su) (?:cita|consulta|sesion)|ya no hay (?:cita|consulta)"
)
_NOT_ERRAND_45A = (
    r"(?![\s\S]*\b(?:moving|move|movers|relocat\w*|new (?:job|house|home|apartment|place)|at work|for work|my boss|the boss|project|deadline|close the loop|closing the loop|"
    r"wedding|party|vacation|trip|birthday party|bake|recipe|garden|renovat\w*|for (?:the|my|his|her) (?:clinic|infusion|appointment|visit|session)|"
    r"mudanza|mudarme|me mudo|trabajo nuevo|mi jefe|proyecto|boda|fiesta|viaje|vacaciones|para la (?:cita|consulta|sesion|infusion|clinica))\b)"
)
DAY_FIXED_MEANS_ARRIVING_45A = (
    r"(?<!\bif\s)(?<!\bsi\s)(?=\b(?:" + _DAY_FIXED_45A + "|" + _ARRIVING_45A + "|" + _FELL_THROUGH_45A + r")\b)" + _NOT_ERRAND_45A + r"(?:"
    + _ALL_OF_42A(_DAY_FIXED_45A, _ARRIVING_45A, _FINISHING_45A) + "|" + _ALL_OF_42A(_FELL_THROUGH_45A, _DAY_FIXED_45A, _ARRIVING_45A) + ")"
)

# 2. A health worker (a nurse, a hospice or home-care aide, a paramedic) with a patient's leftover
# opioid or another drug drawn up, loaded or measured out, alone somewhere (a car, the break room, the
# rig) and ready ("i am ready", "ready too", "it is ready"). The drug prepared, being alone and the
# readiness together. Drawing up a dose at work for the patient, as routine, is not it.
_WARD_DRUG_45A = (
    r"morphine|roxanol|fentanyl|hydromorphone|dilaudid|oxycodone|methadone|ketamine|midazolam|versed|propofol|insulin|potassium(?: chloride)?|kcl|succinylcholine|sux|"
    r"lorazepam|ativan|diazepam|phenobarb\w*|pentobarbital|opioids?|narcotics?|the (?:leftover|extra|rest|waste)|"
    r"morfina|fentanilo|hidromorfona|oxicodona|metadona|ketamina|insulina|potasio|midazolam|el (?:sobrante|resto)|lo que sobro"
)
_PREPARED_45A = r"drawn up|drew up|draw up|drawing up|measured out|measured|loaded|in a syringe|in the syringe|syringe|cargad[oa]|en (?:la|una) jeringa|jeringa|medid[oa]|preparad[oa]"
_DRUG_PREPARED_45A = (
    r"(?:" + _WARD_DRUG_45A + r")\b[^.?!]{0,60}?\b(?:" + _PREPARED_45A + r")|(?:" + _PREPARED_45A + r")\b[^.?!]{0,40}?\b(?:" + _WARD_DRUG_45A + r")"
)
_ALONE_45A = (
    r"(?:sitting|sat|am|i am|is|are|parked|here) (?:all )?(?:alone|by (?:myself|himself|herself|themself|themselves))|alone in (?:my|the|our|his|her|their) (?:\w+ )?(?:car|truck|rig|ambulance|van|break ?room|locker room|bathroom|med room|supply room|parking \w+|office|call room)|"
    r"(?:in|inside) (?:my|the|our|his|her|their) (?:\w+ )?(?:car|truck|rig|ambulance|van|break ?room|locker room|bathroom|med room|supply room|call room)\b[^.?!]{0,30}?\b(?:alone|by (?:myself|himself|herself))|"
    r"(?:sol[oa]|a solas) en (?:mi|el|la) (?:carro|coche|auto|camioneta|ambulancia|cuarto|sala|bano|estacionamiento|oficina)|(?:estoy|sigo|me quede) (?:sol[oa]|a solas)"
)
_READY_45A = (
    r"(?:i am|he is|she is|they are) (?:\w+ )?ready(?: too| now| to go)?(?! for (?:the|my|his|her|their) (?:\w+ )?(?:shift|dose|patient|next|pass|round))|ready too|it is ready|its ready|everything is ready|all ready now|i am (?:\w+ )?prepared|"
    r"(?:ya )?estoy list[oa]|(?:ya )?esta list[oa]|todo (?:esta )?listo|lista tambien|listo tambien"
)
_NOT_ROUTINE_45A = (
    r"(?![\s\S]*\b(?:routine|scheduled dose|med pass|next dose|(?:\d+ ?(?:am|pm)|\d+ o clock) dose|for (?:the|his|her|their|my) (?:\w+ )?(?:dose|patient|infusion|pump|drip)|"
    r"to give (?:it|him|her|them)|before giving|lunch|snack|waste (?:it|them) with|witness\w*|dosis programada|para (?:el|la|su) (?:paciente|dosis))\b)"
)
HEALTH_WORKER_DRUG_READY_ALONE_45A = (
    r"(?<!\bif\s)(?<!\bsi\s)" + _NOT_ROUTINE_45A + r"(?:" + _ALL_OF_42A(_DRUG_PREPARED_45A, _ALONE_45A, _READY_45A) + ")"
)

# 3. A parent or a sibling who got a goodbye-and-sorry message (love you, sorry, take care of mom)
# and sees the relative's shared live location at a bridge, a rooftop, a pier or a station, asking
# what to do. Needs the farewell, the shared location and the place. A cheerful message from a bridge
# walk, or "sorry I'm late" from the station, has no farewell.
_FAREWELL_MSG_45A = (
    r"goodbye|good bye|bye forever|farewell|forgive me|sorry for everything|sorry for all|sorry for (?:\w+ ){0,2}?(?:everything|all of it|being a burden)|"
    r"take care of (?:mother|father|mom|dad|mum|the kids|my \w+|everyone|each other|yourself for me)|"
    r"(?:love you|i love you|love u)\b[^.?!]{0,40}?\b(?:sorry|forgive)|(?:sorry|forgive me)\b[^.?!]{0,40}?\b(?:love you|love u)|"
    r"adios|perdon(?:ame|enme)? por todo|perdoname|perdonenme|cuid(?:a|en|ate|ense) (?:a|de) (?:mi |mis |tu |la |el )?(?:mama|papa|madre|padre|mother|father|hermanos|los ninos|todos)|"
    r"(?:te quiero|los quiero|te amo|las quiero)\b[^.?!]{0,40}?\b(?:perdon|lo siento|disculpa)|(?:perdon|lo siento)\b[^.?!]{0,40}?\b(?:te quiero|los quiero|te amo)"
)
_SHARED_LOCATION_45A = (
    r"(?:shared|live|real time|realtime|current) location|location (?:sharing|shared|shows|says|is)|find ?my(?: iphone| friends)?|life ?360|(?:his|her|their) location|(?:his|her|their) (?:gps|dot|pin)|"
    r"ubicacion (?:en tiempo real|compartida|actual)|(?:su|la) ubicacion|comparte (?:su )?ubicacion|(?:el|su) gps"
)
_PLACE_45A = _HIGH_44B + (
    r"|pier|dock|jetty|wharf|boardwalk|train station|subway station|station|platform|train tracks|railroad tracks|rail tracks|tracks|railway|river ?bank|waterfront|seawall|"
    r"muelle|malecon|estacion(?: del (?:tren|metro))?|anden|vias del tren|las vias|rio|la orilla"
)
_NOT_CHEERFUL_45A = (
    r"(?![\s\S]*\b(?:view|views|sunset|sunrise|amazing|beautiful|gorgeous|fun|having a (?:great|good|blast)|lol|haha|picnic|fishing|sightseeing|tour|photos?|pics?|selfie|"
    r"running late|sorry (?:i am|im|for being) late|missed (?:the|my) (?:train|bus)|pick (?:me|him|her) up|on (?:my|his|her) way home|"
    r"vista|atardecer|hermos[oa]|precios[oa]|paseo|fotos?|llego tarde|perdio el (?:tren|metro)|recoger(?:lo|la|me))\b)"
)
FAREWELL_LIVE_LOCATION_45A = (
    r"(?<!\bif\s)(?<!\bsi\s)" + _NOT_CHEERFUL_45A + r"(?:" + _ALL_OF_42A(_FAREWELL_MSG_45A, _SHARED_LOCATION_45A, _PLACE_45A) + ")"
)

SELF_HARM = SELF_HARM + [DAY_FIXED_MEANS_ARRIVING_45A, HEALTH_WORKER_DRUG_READY_ALONE_45A, FAREWELL_LIVE_LOCATION_45A]
CATEGORY_PHRASES[categories.SELF_HARM.key] = SELF_HARM
# A health worker or a relative telling one person's scene is no one studying or writing about it.
NOT_STUDY = NOT_STUDY + [DAY_FIXED_MEANS_ARRIVING_45A, HEALTH_WORKER_DRUG_READY_ALONE_45A, FAREWELL_LIVE_LOCATION_45A]

# --- round 45's overdose and medical emergencies told by signs (helper b) ---
# 1. Pills or a party drug taken at a party, a club, a rave or a festival (no drug named: "unas
# pastillas", "algo", "something"; or "tachas", "molly", "extasis"), and now a seizure or a fit together
# with burning heat: an overdose (round 40's MDMA family read it as medical only). A past party told as
# past ("el ano pasado", "years ago", "once") is no emergency now.
_PARTY_TAKE_45B = (
    r"(?:took|taken|popped|swallowed|dropped|did|ate|had|tried|(?:se |me |nos )?(?:tomo|tomaron|tome|metio|metieron|meti|comio|trago|trague|echo)|"
    r"le (?:dieron|dio|pasaron|paso|dieron a probar))"
    r" (?:\w+ ){0,3}?(?:pills?|tablets?|something|molly|mdma|ecstasy|e|xtc|tabs?|pastillas?|pastis|pastas?|pepas?|tachas?|extasis|algo|una cosa|unas cosas|pingas?|chochos?)"
)
_PARTY_PLACE_45B = (
    r"(?:party|parties|club|nightclub|rave|festival|fest|concert|bar|frat|kickback|afterparty|after party|"
    r"fiesta|antro|disco|discoteca|reventon|boliche|peda|pachanga|tocada|concierto|after|rave|perreo|bar)"
)
_FIT_45B = (
    r"(?:convuls\w*|seiz\w*|having a fit|had a fit|fitting|(?:le |le esta |le estan |le dio |le dan |le dieron |esta teniendo |tiene |tuvo )(?:un |unos )?ataques?(?! (?:de (?:panico|ansiedad|risa|nervios|tos)|al corazon))|"
    r"(?:esta|se puso a|empezo a) (?:\w+ )?(?:convulsionar|convulsionando|temblar como)|shaking all over|jerking|espasmos|se esta sacudiendo)"
)
_HEAT_45B = (
    _HOT_40B + r"|arde|ardia|arde en (?:fiebre|calentura)|boiling(?: hot)?|hot as (?:fire|hell|an oven)|on fire|(?:skin|piel) (?:is )?(?:\w+ )?(?:burning|hot|ardiendo|caliente)|"
    r"calient(?:e|isim[oa])|quemando|temperatura (?:\w+ ){0,2}?(?:altisima|muy alta|por las nubes|4[01])"
)
_PAST_PARTY_45B = (
    r"(?:last (?:year|month|summer|winter|spring|fall)|years ago|months ago|once|one time|back in|when i was|in college|in high school|"
    r"el ano pasado|el verano pasado|hace (?:\w+ )?(?:anos|meses)|una vez|cuando (?:era|tenia|estaba en)|en la prepa|en la universidad)"
)
PARTY_PILLS_FIT_HEAT_45B = (
    rf"(?<!\bif\s)(?<!\bsi\s)(?<!\bwhat\sif\s)(?![^?]{{0,200}}?\b{_PAST_PARTY_45B}\b)"
    rf"(?:\b{_PARTY_TAKE_45B}\b[^.?!]{{0,50}}?\b{_PARTY_PLACE_45B}|\b{_PARTY_PLACE_45B}\b[^.?!]{{0,60}}?\b{_PARTY_TAKE_45B})\b"
    rf"[^?]{{0,160}}?(?:\b{_FIT_45B}\b[^?]{{0,100}}?\b(?:{_HEAT_45B})|\b(?:{_HEAT_45B})\b[^?]{{0,100}}?\b{_FIT_45B})(?!\w)"
)

# 2. A small child who drank a children's fever or pain medicine (acetaminophen, paracetamol, Tylenol,
# Tempra, Motrin, ibuprofen; "jarabe para la fiebre", "kids fever syrup", "gotas"), told with an amount
# (a bottle, all of it, "entero", "un monton", "casi todo"): an overdose, a poisoning by OVERDOSE_KINDS
# (Poison Help). A question whether the medicine is safe, or a dose as directed, is none.
_KID_MED_45B = (
    r"(?:(?:children ?'?s|childrens|child ?'?s|kids?|kid ?'?s|infants?|infant ?'?s|baby|baby ?'?s|pediatric|toddler)\s(?:\w+ ){0,1}?"
    r"(?:tylenol|acetaminophen|paracetamol|motrin|advil|ibuprofen|tempra|fever (?:medicine|meds|reducer|syrup)|pain (?:medicine|meds|reliever|syrup)|syrup|drops|medicine|meds)|"
    r"(?:tylenol|motrin|advil|acetaminophen|paracetamol|ibuprofen) (?:for (?:kids|children|babies|infants|toddlers)|infantil|pediatric\w*|drops|syrup|liquid|gotas)|"
    r"(?:paracetamol|acetaminofen|acetaminofeno|tylenol|tempra|ibuprofeno|motrin|advil|jarabe|gotas|medicina|medicamento|suspension)\s(?:\w+ ){0,2}?"
    r"(?:infantil|pediatric[oa]|para (?:(?:los |las )?(?:ninos|bebes|nino|bebe|nenes)|la fiebre|el dolor|la calentura|la temperatura))|"
    r"jarabe (?:de|del|para) (?:la |el )?(?:fiebre|dolor|calentura|temperatura|paracetamol|acetaminofen\w*|ibuprofeno|tylenol|tempra|motrin)|"
    r"fever (?:syrup|medicine|meds|reducer)|(?:the |el |la )?tempra)"
)
_KID_TAKE_45B = (
    r"(?:drank|drunk|swallowed|took|chugged|gulped|guzzled|ate|got into|got a hold of|got ahold of|finished|emptied|"
    r"(?:se )?(?:tomo|bebio|trago|empino|acabo|termino|comio)|se (?:lo|la) (?:tomo|bebio|acabo|termino|empino)|agarro)"
)
_KID_AMOUNT_45B = (
    r"(?:entero|entera|completo|completa|todo|toda|all|whole|entire|a lot|lots|a bunch|a ton|un monton|mucho|muchisimo|most|half|la mitad|medio|"
    r"casi todo|the rest|(?:a |the |un |el |medio )?(?:bottle|frasco|bote|botella|botellita|frasquito)|se (?:lo|la) acabo|finished|emptied|empty|vacio|vacia|"
    r"\d+ ?(?:ml|cucharadas|tablespoons|teaspoons|oz|ounces))"
)
_CHILD_45B = (
    r"(?:(?:my|our|the|his|her) (?:\w+ )?(?:baby|toddler|son|daughter|kid|child|little one|little boy|little girl|boy|girl|grandson|granddaughter|nephew|niece)|"
    r"\d+ ?(?:year|yr|month|mo)s? old|\d+ ?yo|(?:mi|el|la|nuestr[oa]|su) (?:\w+ )?(?:bebe|bebita|bebito|nene|nena|nino|nina|hij[oa]|chiquit[oa]|niet[oa]|sobrin[oa]|chamaquit[oa]|peque|pequen[oa])|"
    r"(?:hij[oa]|nin[oa]|nene|nena|bebe) de \d+|\d+ anitos|\d+ anos)"
)
CHILD_DRANK_KIDS_MED_45B = (
    rf"(?<!\bif\s)(?<!\bsi\s)(?<!\bwhat\sif\s)\b{_CHILD_45B}\b[^.?!]{{0,40}}?\b{_KID_TAKE_45B}\b"
    rf"(?:[^.?!]{{0,30}}?\b{_KID_AMOUNT_45B}\b[^.?!]{{0,30}}?\b{_KID_MED_45B}|[^.?!]{{0,30}}?\b{_KID_MED_45B}\b[^?]{{0,40}}?\b{_KID_AMOUNT_45B})(?!\w)"
)

# 3. An insecticide, a roach or rat poison, a pesticide or a weed killer swallowed by mistake, told with
# the mistake or a sign (drooling, shaking, vomiting, sweating): an overdose made a poisoning (Poison Help)
# by OVERDOSE_KINDS. Not a roach problem, not spraying the yard.
_PEST_POISON_45B = (
    r"(?:(?:roach|rat|mouse|ant|bug|insect|rodent) (?:poison|bait|killer|spray|powder|pellets|traps?)|bug spray|raid|baygon|roundup|round up|weed ?killer|weedkiller|"
    r"insecticides?|pesticides?|herbicides?|rodenticides?|paraquat|malathion|organophosphates?|glyphosate|d-?con|"
    r"veneno (?:para|de|contra) (?:las |los |la |el )?(?:ratas?|ratones?|raton|roedores|cucarachas?|hormigas?|plagas?|bichos|insectos|hierbas?|yerbas?|maleza|monte|zacate)|"
    r"(?:el |la )?veneno|insecticidas?|plaguicidas?|pesticidas?|herbicidas?|raticidas?|mata ?(?:ratas|ratones|cucarachas|bichos|hormigas|hierbas?|yerbas?|malezas?|moscas|zacate)|"
    r"matarratas|matayerbas|matahierbas|matamaleza|glifosato|faena|folidol|tamaron|fumigante|liquido (?:para|de) fumigar)"
)
_PEST_TAKE_45B = (
    r"(?:swallowed|drank|drunk|ate|chugged|sipped|licked|took a (?:sip|swig|gulp|drink)(?: of)?|had (?:a |some )?(?:sip|swig|gulp)s?(?: of)?|got into|"
    r"(?:se |me |le )?(?:tomo|tome|bebio|bebi|trago|trague|comio|comi|chupo|lamio|probo|empino)|(?:un |una )?(?:trago|sorbo|buche) (?:de|del))"
)
_PEST_SIGN_45B = (
    r"(?:by mistake|by accident|accidentally|mistook|thought (?:it|that) was|thinking (?:it|that) was|por error|por equivocacion|por accidente|sin querer|sin darse cuenta|"
    r"pensando que (?:era|es)|creyendo que (?:era|es)|lo confundio|la confundio|"
    r"drool\w*|slobber\w*|foaming|foam\w* at the mouth|shak\w*|trembl\w*|twitch\w*|vomit\w*|throw\w* up|threw up|puk\w*|sweating|sweaty|"
    r"babea\w*|baba|espuma|tembl\w*|vomit\w*|sudando|sudad[oa]|sudor|arrojando|guacareando)"
)
PEST_POISON_SWALLOWED_45B = (
    rf"(?<!\bif\s)(?<!\bsi\s)(?<!\bwhat\sif\s)(?<!\bhow\sto\s)\b{_PEST_TAKE_45B} (?:\w+ ){{0,4}}?{_PEST_POISON_45B}\b"
    r"(?:(?!\b(?:dog|cat|puppy|kitten|perro|perrito|gato|gatito|perrita)\b)[^?]){0,120}?"
    rf"(?<!\bno\s)(?<!\bnot\s)(?<!\bsin\s)(?<!\bwithout\s)\b{_PEST_SIGN_45B}(?!\w)"
)
OVERDOSE = OVERDOSE + [PARTY_PILLS_FIT_HEAT_45B, CHILD_DRANK_KIDS_MED_45B, PEST_POISON_SWALLOWED_45B]
CATEGORY_PHRASES[categories.OVERDOSE.key] = OVERDOSE

# 4. A diabetic spouse, parent or grandparent sweating, confused, talking nonsense, or unable to swallow
# the juice or candy given them: a severe low blood sugar, a medical emergency. The signs must be told
# as now (is, esta, anda, se puso, will not, can not); a diabetic asking what to eat is none.
_DIABETIC_45B = (
    r"(?:diabetic|diabetes|diabetica|diabetico|type (?:1|2|one|two)|t1d|t2d|insulin|insulina|"
    r"(?:tiene|padece|has|with) (?:de )?(?:el |la )?(?:azucar|sugar)|(?:low|bajo) (?:blood )?sugar|sugar (?:is |went |dropped |crashed )?(?:low|down|dropped|crashed)|"
    r"(?:se le |le )?(?:bajo|bajó|cayo) (?:mucho )?(?:el |la )?(?:azucar|glucosa)|azucar (?:muy )?baja|glucosa (?:muy )?baja|hipoglu\w*|hipogli\w*|hypoglyc\w*|hypo)"
)
_LOW_SUGAR_SIGN_45B = (
    r"(?:(?:is|s|are|looks|seems|got|gets|went|all|so|very|esta|anda|se puso|se ve|parece|bien|muy|toda|todo) (?:\w+ ){0,2}?"
    r"(?:sweaty|sweating|drenched|soaked|clammy|dripping|confused|disoriented|incoherent|out of it|loopy|"
    r"sudad[oa]|sudando|empapad[oa]|banad[oa] en sudor|confundid[oa]|desorientad[oa]|incoherente|perdid[oa]|ido|ida)|"
    r"(?:talking|speaking|saying) (?:\w+ )?(?:nonsense|gibberish|weird|crazy)|not making (?:any )?sense|(?:does|do) not make (?:any )?sense|makes no sense|babbling|slurring|"
    r"no (?:me |le |nos )?(?:dice|habla|contesta|responde) (?:\w+ ){0,2}?(?:con sentido|coherente\w*|bien)|dice (?:\w+ )?(?:incoherencias|cosas sin sentido|puras tonterias|cosas raras|disparates)|"
    r"(?:sweat|sudor) (?:\w+ )?(?:dripping|pouring|everywhere|chorreando)|(?:cold|frio) (?:sweat|sudor))"
)
_CANT_SWALLOW_SWEET_45B = (
    r"(?:(?:can not|cant|cannot|could not|will not|wont|unable to|is not able to|not able to|no (?:se )?(?:puede|pudo|quiere|logra)|no le (?:puedo|podemos) (?:hacer )?|"
    r"i can not get (?:him|her) to|can not get (?:him|her) to|no (?:la|lo) (?:puedo|podemos) hacer) (?:\w+ ){0,2}?"
    r"(?:swallow|drink|take|chew|eat|tragar|tomar|pasar|pasarse|beber|comer|masticar)\b[^.?!]{0,40}?\b(?:nada|anything|nothing|"
    r"juice|candy|candies|sugar|glucose|soda|coke|honey|oj|jugo|dulce|dulces|caramelo|azucar|glucosa|refresco|coca|miel|gel)|"
    r"(?:juice|candy|sugar|glucose|soda|honey|jugo|dulce|caramelo|azucar|glucosa|refresco|miel)\b[^.?!]{0,40}?\b"
    r"(?:(?:can not|cant|will not|wont|unable to|no (?:se )?(?:puede|quiere|pudo)) (?:\w+ )?(?:swallow|drink|tragar\w*|tomar\w*|pasar\w*|beber\w*)|no (?:lo |la )?traga|se le sale|spits? it out|won't go down|no le pasa))"
)
DIABETIC_LOW_NOW_45B = (
    rf"(?<!\bif\s)(?<!\bsi\s)(?<!\bwhat\sif\s)(?<!\bwhen\s)(?<!\bcuando\s)\b{_DIABETIC_45B}\b[^?]{{0,100}}?"
    rf"(?:\b{_LOW_SUGAR_SIGN_45B}\b[^?]{{0,100}}?\b(?:{_LOW_SUGAR_SIGN_45B}|{_CANT_SWALLOW_SWEET_45B})|\b{_CANT_SWALLOW_SWEET_45B})(?!\w)"
)

# 5. A nasal ketamine (or Spravato) dose taken at home for the first time, then the heart pounding, the
# room spinning and no full breath, told one short thought a line (line breaks read as commas): a
# medical emergency. A dose at the clinic whose dizziness passed is round 44's look-alike.
_HOME_KETAMINE_45B = (
    r"(?:ketamine?|ketamina|spravato|esketamine|esketamina|k spray|nasal spray|nose spray|spray nasal|at[- ]home (?:dose|ketamine|treatment|session)|home (?:dose|session))"
)
_HEART_POUND_45B = (
    r"(?:heart\w* (?:is |s |keeps |won t stop |will not stop )?(?:\w+ )?(?:pounding|racing|hammering|beating (?:so )?(?:fast|hard|out)|thumping|going crazy|flutter\w*|skipping)|"
    r"(?:pounding|racing|hammering) heart|palpitations|(?:corazon|pulso) (?:\w+ ){0,2}?(?:acelerad[oa]|a mil|latiendo (?:muy )?(?:fuerte|rapido)|bombeando))"
)
_SPIN_45B = (
    r"(?:(?:room|everything|world|ceiling|head|walls|house) (?:\w+ ){0,2}?(?:spinning|spins|spin|tilting|moving)|spinning|(?:todo|el cuarto|la cuarto) (?:me )?(?:da vueltas|gira))"
)
_NO_FULL_BREATH_45B = (
    r"(?:(?:can not|cant|cannot|could not|unable to|not able to) (?:\w+ ){0,1}?(?:get|take|catch|draw|pull) (?:a |my |in (?:a )?|enough )?(?:full|deep|whole|good|real|proper)?\s?(?:breathe?|air)|"
    r"(?:can not|cant|cannot|could not) breathe? (?:all the way|deep|deeply|right|properly|in)|not getting (?:enough )?air|short of breath|out of breath|"
    r"hard to breathe|struggling to breathe|no (?:puedo|puede) (?:respirar|jalar aire|tomar aire)(?: bien| completo| hondo)?|me falta (?:el )?aire)"
)
_PASSED_45B = (
    r"(?:passed|went away|wore off|settled|calmed down|was fine|am fine now|feel fine now|better now|stopped|se me paso|se paso|ya estoy bien|ya paso|last (?:week|month|time)|yesterday|ayer)"
)
HOME_KETAMINE_HEART_SPIN_BREATH_45B = (
    rf"(?<!\bif\s)(?<!\bwhat\sif\s)(?<!\bsi\s)\b{_HOME_KETAMINE_45B}\b(?![^?]{{0,260}}?\b{_PASSED_45B}\b)[^?]{{0,140}}?"
    rf"(?:\b{_HEART_POUND_45B}\b[^?]{{0,100}}?\b(?:{_SPIN_45B}\b[^?]{{0,100}}?\b)?{_NO_FULL_BREATH_45B}|"
    rf"\b{_SPIN_45B}\b[^?]{{0,100}}?\b(?:{_HEART_POUND_45B}\b[^?]{{0,100}}?\b)?{_NO_FULL_BREATH_45B}|"
    rf"\b{_NO_FULL_BREATH_45B}\b[^?]{{0,100}}?\b(?:{_HEART_POUND_45B}|{_SPIN_45B}))(?!\w)"
)
MEDICAL = MEDICAL + [DIABETIC_LOW_NOW_45B, HOME_KETAMINE_HEART_SPIN_BREATH_45B]
CATEGORY_PHRASES[categories.MEDICAL.key] = MEDICAL

# --- round 45's the ask tier in English (helper c) ---
# Passive thoughts and wishes told in passing, in English (the ask tier: possible risk, asked directly).
# 1. An intrusive thought on the water or up high, told as not acted on: on a ferry, a boat, a dock, a
# pier, a bridge walk, looking down and thinking how easy it would be, "it would not take much". Needs
# the place, the thought and a sign of it not acted on (or looking down) anywhere in the message
# (_ALL_OF_42A); not a ferry schedule (no thought), nor "it would not take much time to get there".
_WATER_PLACE_45C = (
    r"ferry|ferries|ferry boat|boats?|ships?|cruise|cruise ship|sailboat|yacht|kayak|canoe|rowboat|water taxi|the deck|docks?|piers?|wharf|jetty|"
    r"boardwalk|seawall|bridges?|bridge walk|dam|lock|harbou?r|marina|the rail|the railing|over the side|the stern|the bow|the back of the (?:boat|ferry|ship)"
)
_TAKE_MUCH_45C = (
    r"(?:would|will|does|did|d) not take (?:much|a lot|anything|more than (?:a|one) (?:step|second|moment))"
    r"(?=\s*(?:[.,;!?]|$|and\b|just\b|to (?:just )?(?:jump|step|fall|lean|go over|go in|slip|let go|climb|tip|roll|drop|end)))|"
    r"(?:would|will) not take much (?:for me )?to (?:just )?(?:jump|step|fall|lean|go over|go in|slip|let go|climb over|tip over|roll off|drop|end (?:it|everything|things))"
)
_EASE_45C = (
    _EASE_44C + r"|" + _TAKE_MUCH_45C + r"|(?:how|so|too) (?:easy|simple|quick) (?:it (?:would|could) be )?to (?:just )?(?:go in|slip in|go under|go overboard|fall in|let (?:myself|go) (?:fall|sink|go))|"
    r"one step and (?:it is|it s|its|i am|im|i would be) (?:done|over|gone)"
)
_NOT_ACTED_LOOKED_45C = (
    _NOT_ACTED_ON_44C + r"|not doing anything|not (?:going|gonna) to|(?:look|looks|looked|looking|stare|stared|staring|peer\w*) (?:down|over|into|at the (?:water|river|lake|sea|ocean|waves))|"
    r"crossed my mind|scared me|scares me|freaked me out|it scared|intrusive|thought|thinking"
)
PASSIVE_THOUGHT_ON_WATER_45C = (
    r"(?<!\bif\s)(?:" + _ALL_OF_42A(_WATER_PLACE_45C, r"(?:" + _EASE_45C + r")", _NOT_ACTED_LOOKED_45C) + ")"
)

# 2. Hating being alive, wishing one was not alive (a teenager asking the minimum age, whether parents
# must come, how to ask a parent; or anyone): "i hate being alive", "he hates living". Not "i hate living
# in this town" (a place or a thing follows living).
HATE_BEING_ALIVE_45C = (
    r"\b(?:hate|hates|hated|hating|h8|despise|despises|loathe|loathes) (?:\w+ ){0,2}?(?:being alive|bein alive|existing|my existence|to be alive|(?:my|this) (?:whole )?life and (?:everything|being alive|living))\b|"
    r"\b(?:hate|hates|hated|h8|despise|despises|loathe|loathes) (?:\w+ )?(?:living|to live)(?=\s*(?:[.,;!?&]|$|\b(?:and|so much|anymore|any more|sometimes|most days|some days|honestly|tbh|ngl|lately|every day|right now|it|but|i|im|how|what|do|is|can)\b))|"
    r"\b(?:wish|wished|wishes|wishing) (?:that )?(?:i|he|she|they) (?:was|were|is) (?:not|never|no longer) (?:alive|living|around|here|born)\b(?! (?:for|at|in|on|to|when|yet|that (?:day|week|night))\b)"
)

# 3. No way out told about life, trapped with no exit ("i feel trapped, no exit", "trapped in my life
# with no escape"). Not a trapped car in a parking garage with no exit (a place follows the trapped).
NO_EXIT_LIFE_45C = (
    r"\b(?:feel|feels|feeling|felt|am|is|i|im|so|just|completely|totally|like) (?:so |completely |totally |really |just |like i am |like im |like )?(?:trapped|stuck|cornered|caged)"
    r"(?: in (?:my (?:own )?(?:life|head|mind|body)|this (?:life|hole|darkness|pain)|life|it all|here))?,? (?:and |with |there is |theres |there s |and there is |and i see |i see |see )?no (?:exit|escape|way out|way to escape)\b(?! (?:sign|door|ramp|lane|row|seat|button|strategy|plan|fee|clause))|"
    r"\bno (?:exit|escape|way out) (?:from|of) (?:this|my|the) (?:life|pain|darkness|hell|hole|existence|misery|nightmare|head)\b"
)

# 4. An elderly parent relayed in learner's English who prays or asks God to take her, to let her go,
# or who wants to go (be) with her late husband since he died. Not praying for a good outcome, nor
# missing a late husband (grief without a wish to die), nor "god take her pain away".
_DIED_45C = r"die|dies|died|dead|death|pass|passed|passed away|pass away|late|lost|gone|funeral|heaven|widow\w*"
_GOD_TAKE_45C = (
    r"\b(?:pray\w*|ask\w*|beg\w*|tell\w*|say\w*|want\w*|talk\w*|plead\w*|keep\w*) (?:\w+ ){0,3}?(?:god|jesus|the lord|lord|allah|dios)\b,? (?:to |that (?:he |she )?|please |for (?:him|her) to |for )?"
    r"(?:let (?:her|him|me|them) (?:go|die|rest|leave)|take (?:her|him|me|them)|call (?:her|him|me) (?:home|to)|bring (?:her|him|me) (?:home|to (?:him|her|heaven))|come (?:for|take|get) (?:her|him|me))"
    r"(?! (?:pain|suffering|sadness|fear|worry|worries|anxiety|illness|sickness|\w+ (?:pain|suffering|illness)|to (?:the|a|an|school|work|church|college|store|doctor|clinic|appointment)|home from|out|away from|safe))\b"
)
_BE_WITH_DEAD_45C = (
    r"\b(?:want|wants|wanted|wanting|ready|wish|wishes|say|says|said|pray\w*)\b (?:\w+ ){0,3}?(?:to )?(?:go |die and |die to )?(?:be )?with (?:my|her|his|our) (?:late |dead |passed )?"
    r"(?:father|husband|dad|daddy|papa|mother|wife|mom|mama|grandpa|grandfather|grandma|grandmother|son|daughter)\b(?! (?:to|at|for|on|in) (?:the|a|an|his|her|my|visit|see|church|work)\b)|"
    r"\b(?:want|wants|wanted|wanting|ready|wish|wishes)\b (?:\w+ ){0,2}?to (?:go |go and )?be with (?:him|her) (?:again|now|in heaven|up there|there|soon|already|forever)\b"
)
_BE_WITH_LATE_45C = (
    r"\b(?:want|wants|wanted|wanting|ready|wish|wishes|pray\w*)\b (?:\w+ ){0,3}?(?:to )?(?:go |die and |die to )?(?:be )?with (?:my|her|his|our) (?:late|dead|deceased) "
    r"(?:father|husband|dad|daddy|papa|mother|wife|mom|mama|grandpa|grandfather|grandma|grandmother|son|daughter)\b"
)
ELDER_WANTS_TO_GO_45C = (
    r"(?<!\bif\s)(?:" + _GOD_TAKE_45C + r"|" + _BE_WITH_LATE_45C + r"|" + _ALL_OF_42A(_BE_WITH_DEAD_45C, _DIED_45C) + ")"
)
POSSIBLE_RISK = POSSIBLE_RISK + [PASSIVE_THOUGHT_ON_WATER_45C, HATE_BEING_ALIVE_45C, NO_EXIT_LIFE_45C, ELDER_WANTS_TO_GO_45C]
CATEGORY_PHRASES[categories.POSSIBLE_RISK.key] = POSSIBLE_RISK


# --- round 45's the Spanish ask tier (helper d) ---
# Passive wishes and weariness with life told in Spanish beside a practical question (an age limit, a
# price, the hours, what to bring, whether or how fast the treatment works): the ask tier (possible
# risk), asked directly. Each family starts its match at its own "no" ("no se pa que seguir"), so the
# negation does not read as denying it.
# 1. If I died tomorrow it would be better, nothing would change, it would not matter ("si me muero
# manana mejor", "si manana amanezco muerto da igual", "nada cambiaria si me muriera"). Either order,
# bounded to the sentence; "me muero de hambre/risa" is not a death ((?! de)).
_I_DIE_45D = (
    r"(?:yo )?(?:me muero|muero|me muriera|muriera|me muriese|me llego a morir|me llegara a morir|amanezco muert[oa]|amaneciera muert[oa]|"
    r"no despierto|no despertara|ya no despierto|ya no despertara|estiro la pata|estirara la pata|me petateo|me petateara|ya no estoy|ya no estuviera|"
    r"desaparezco|desapareciera|me voy (?:pa'?|para) siempre|me fuera (?:pa'?|para) siempre)(?! de\b)"
)
_WHEN_45D = r"(?:manana|hoy|esta noche|pasado manana|un dia de estos|cualquier dia|de repente|el dia de manana|ahorita|ahora)"
_NOTHING_CHANGES_45D = (
    r"(?:(?:seria|es|era|fuera|pues|hasta|igual|total|la verdad|neta|honestamente|sinceramente) )?mejor(?!\s(?:me|que|no|si|lo|le|les|voy|llamo|pregunto|vengo|ir|pago|espero|cancelo|aviso|reagendo|pido|dime|digame)\b)|"
    r"seria lo mejor|mejor para (?:todos|todo el mundo|mi familia|ellos)|(?:me )?(?:da|daria|dara|daba) (?:igual|lo mismo)|nada (?:cambiaria|cambia|va a cambiar|cambiaba)|"
    r"no (?:cambiaria|cambia|va a cambiar) (?:nada|nadita)|no (?:pasa|pasaria|va a pasar) (?:nada|nadita)|todo seguiria (?:igual|normal)|(?:el|todo el) mundo seguiria (?:igual|girando)|"
    r"la vida seguiria (?:igual|normal)?|nadie (?:lo |se )?(?:notaria|nota|daria cuenta|enteraria|extranaria)|ni (?:se )?(?:notaria|nota|darian cuenta)|"
    r"a nadie le (?:importaria|importa|afectaria)|ni quien (?:me |lo |la |se )?(?:extrane|extranara|llore|llorara|note|notara|de cuenta|diera cuenta|entere|acuerde)|nadie me (?:extranaria|extrane|lloraria|llore)|les haria un favor|(?:descansarian|descansan)|un problema menos|una carga menos|una boca menos|ni falta (?:haria|hago)|no hago falta"
)
DIE_TOMORROW_NO_MATTER_45D = (
    rf"(?<!\bcomo\s)\bsi (?:{_WHEN_45D} )?{_I_DIE_45D}\b(?: {_WHEN_45D})?[^.?!]{{0,50}}?\b(?:{_NOTHING_CHANGES_45D})\b|"
    rf"\b(?:{_NOTHING_CHANGES_45D})\b[^.?!]{{0,20}}?\bsi (?:{_WHEN_45D} )?{_I_DIE_45D}\b|"
    # relayed: "mi mama dice que si se muere manana nadie lo notaria"
    rf"\b(?:dice|dijo|anda diciendo|repite|me escribio|comenta|me dice|me dijo)\b (?:que )?(?:\w+ ){{0,2}}?si (?:{_WHEN_45D} )?(?:el |ella )?se (?:muere|muriera|llega a morir|llegara a morir)(?! de\b)\b"
    rf"(?: {_WHEN_45D})?[^.?!]{{0,50}}?\b(?:{_NOTHING_CHANGES_45D})\b"
)

# 2. Not knowing what to keep going or living for, told inside a question about the treatment ("no se pa
# que seguir", "ya no le veo sentido a seguir", "no encuentro razon para seguir viviendo"). Not going on
# with the treatment, a course or a job ("no se para que seguir con las sesiones"), nor what a medicine
# is for ("no se para que sirve").
_GO_ON_45D = (
    r"seguir(?: viviendo| aqui| aca| en este mundo| viv[oa]| luchando| aguantando| adelante| existiendo)?|sigo(?: viviendo| aqui| aca| en este mundo| viv[oa]| luchando| adelante)?|"
    r"vivir|vivo|estar viv[oa]|estoy viv[oa]|levantarme|despertar|despierto|luchar|aguantar|echarle ganas|existir|existo|la vida|mi vida|nada"
)
_NOT_A_TASK_45D = (
    r"(?!\s(?:con(?! (?:esto|esta vida|la vida|todo esto|vivir|mi vida)\b)|en|yendo|viniendo|pagando|tomando|esperando|asistiendo|estudiando|trabajando|"
    r"intentando|buscando|aqui en|cerca|lejos|solo en|sola en|tan lejos)\b)"
)
NO_REASON_TO_GO_ON_45D = (
    rf"(?<!\buno\s)(?<!\buno\sya\s)\b(?:ya |a veces |la verdad |neta |honestamente |sinceramente |de plano |hay dias que )?no (?:se|sabe|entiendo|entiende|encuentro|encuentra|tengo|tiene|veo|ve|hallo|halla) (?:ni )?(?:pa'?|para|por) (?:que|q|ke) (?:{_GO_ON_45D})\b{_NOT_A_TASK_45D}|"
    rf"(?<!\buno\s)\bya no (?:le |les )?(?:veo|ve|encuentro|encuentra|tiene|tienen|hallo|halla|hayo) (?:el |ningun |ni un |ni el |mucho |nada de |mas )?(?:sentido|caso|razon|motivo|chiste)"
    rf"(?: (?:a|de|para|pa'?|en|al))? (?:{_GO_ON_45D})\b{_NOT_A_TASK_45D}|"
    rf"(?<!\buno\s)(?<!\buno\sya\s)\bno (?:le )?(?:encuentro|tengo|veo|hallo) (?:ninguna |ningun |ni una |ni un )?(?:razon|razones|motivo|motivos|sentido) (?:pa'?|para|de) (?:seguir(?: viviendo| aqui| viv[oa])?|vivir|estar viv[oa])\b{_NOT_A_TASK_45D}"
)

# 3. What living is for if it is only work and bills, often in Mexican or other regional slang and told
# by a sibling or a parent ("mi hermano dice neta pa que vivir si nomas es chamba y pagar cuentas", "mi
# hijo pregunta pa' que vive uno"). "pa que vivir" alone, unless a place follows ("pa que vivir en el
# centro"); the other persons need the work or the bills told beside it. Not "pa que trabajar tanto".
_WORK_BILLS_45D = (
    r"chamba\w*|jale|trabaj\w*|camello|curro|curra\w*|laburo|labura\w*|pega|friega|cuentas|deudas|recibos|biles|billes|pagos|pagar|facturas|renta|la renta|impuestos|quincena|"
    r"sufrir|sufrimiento|puro sufrir|puras broncas|broncas|problemas|madrearse|partirse el lomo|romperse el lomo|mismo de siempre|rutina"
)
_PLACE_AFTER_45D = r"(?!\s(?:en|aqui|aca|alla|cerca|lejos|tan lejos|tan cerca|con (?:mis|tus|sus|los|la|el)|rentando|de renta|junto|juntos|solo en|sola en)\b)"
WHY_LIVE_ONLY_WORK_45D = (
    rf"\b(?:pa'?|para|pos pa'?|pues pa'?|y pa'?) (?:que|q|ke) (?:vivir|vivir uno|seguir viviendo|estar viv[oa]|existir)\b{_PLACE_AFTER_45D}|"
    rf"\b(?:pa'?|para|y pa'?) (?:que|q|ke) (?:vive|vivo|vivimos|viven|vive uno|existe uno|existo|sigue uno viviendo)\b{_PLACE_AFTER_45D}(?:[^.?!]{{0,80}}?|\?+ ?[^.?!]{{0,40}}?)\b(?:{_WORK_BILLS_45D})\b|"
    rf"\b(?:{_WORK_BILLS_45D})\b[^.?!]{{0,60}}?\b(?:pa'?|para|y pa'?) (?:que|q|ke) (?:vive|vivo|vivimos|viven|vive uno|existe uno|existo)\b{_PLACE_AFTER_45D}|"
    rf"\b(?:de que|pa'? que|para que) (?:sirve|vale) (?:vivir|la vida|estar viv[oa])\b[^.?!]{{0,60}}?\b(?:si|cuando)\b[^.?!]{{0,40}}?\b(?:{_WORK_BILLS_45D})\b"
)

# 4. Would anyone cry, notice, miss the writer or come to the funeral if the writer died, with laughter
# (jaja, jsjs, xd) and a practical question after it ("jaja alguien lloraria si me muero? bueno a que hora
# abren"): laughter does not rule it out. patterns' round 45 (d) stops keep the laughter and clinic
# question filters of "me muero" from holding over it.
_SOMEONE_45D = r"(?:alguien|nadie|quien|quienes|alguno|alguna|mi familia|la gente|mis hijos|mis papas|mis amigos|mi mama|mi papa|mi novi[oa]|mi espos[oa])"
_MOURN_45D = (
    r"(?:me |lo |se )?(?:lloraria|llorarian|llorara|lloraria por mi|notaria|notarian|daria cuenta|darian cuenta|extranaria|extranarian|echaria de menos|"
    r"acordaria de mi|acordarian de mi|importaria|importaria (?:a alguien)?|sentiria|sentirian|vendria|vendrian|iria|irian|llegaria|llegarian)"
)
_FUNERAL_45D = r"(?:mi|a mi) (?:funeral|velorio|entierro|sepelio|misa|novenario|tumba)"
WOULD_ANYONE_CRY_45D = (
    rf"\b{_SOMEONE_45D} (?:de verdad |siquiera |acaso |en serio )?{_MOURN_45D}\b[^.?!]{{0,30}}?\bsi (?:{_WHEN_45D} )?{_I_DIE_45D}\b|"
    rf"\bsi (?:{_WHEN_45D} )?{_I_DIE_45D}\b(?: {_WHEN_45D})?,? (?:\w+ )?{_SOMEONE_45D} (?:de verdad |siquiera |acaso |en serio )?{_MOURN_45D}\b|"
    rf"\b{_SOMEONE_45D} (?:\w+ )?(?:iria|irian|vendria|vendrian|llegaria|llegarian|lloraria|llorarian) (?:a |en )?{_FUNERAL_45D}\b"
)
POSSIBLE_RISK = POSSIBLE_RISK + [DIE_TOMORROW_NO_MATTER_45D, NO_REASON_TO_GO_ON_45D, WHY_LIVE_ONLY_WORK_45D, WOULD_ANYONE_CRY_45D]
CATEGORY_PHRASES[categories.POSSIBLE_RISK.key] = POSSIBLE_RISK
# the words of all four, for patterns' stops of the laughter and clinic-question filters
ASK_TIER_ES_45D = (
    DIE_TOMORROW_NO_MATTER_45D + "|" + NO_REASON_TO_GO_ON_45D + "|" + WHY_LIVE_ONLY_WORK_45D + "|" + WOULD_ANYONE_CRY_45D
)


# --- round 45's merge review ---
# A suicide announced for today or tonight beside a course, an exam or homework ("tengo examen de
# enfermeria sobre senales de alerta y mi companera de cuarto dice que se va a matar esta noche") is
# no study topic: the study reading (every sign a topic) gives way to it.
_ANNOUNCED_FOR_TODAY_45R = (
    r"\b(?:va|van|voy|vas|iba) a (?:matar(?:se|me|te)?|suicidar(?:se|me|te)?|quitar(?:se|me|te)? la vida)\b[^.?!]{0,40}?"
    r"\b(?:esta noche|hoy|ahora|ahorita|en un rato|manana)\b|"
    r"\b(?:going to|gonna|about to|will) (?:kill|end) (?:herself|himself|themselves|themself|myself|(?:her|his|their|my) (?:own )?life)\b"
    r"[^.?!]{0,40}?\b(?:tonight|today|right now|now|this weekend|tomorrow)\b"
)
NOT_STUDY = NOT_STUDY + [_ANNOUNCED_FOR_TODAY_45R]

# --- round 46's suicide emergencies told calmly in English (helper a) ---
# Built like round 45 (a)'s families (_ALL_OF_42A: every part somewhere in the message, in any order).
#
# 1. Pills put aside little by little (a worker at a pharmacy, a hospital or a nursing home taking a
# few every shift, or one's own pills saved night after night) until there are enough or a day is
# picked, in a learner's English, tucked inside a question about treatment. Needs the pills kept back
# (a verb of saving, stashing or putting aside tied to the pills, or taken home, "for me"), the little
# by little (every day, each shift, one by one) and "enough" or a chosen day. Pharmacy stock, a pill
# organiser for a trip or pills collected from the pharmacy each month are no hoard.
_PILL_46A = r"pills?|tablets?|tabs|capsules?|caps|meds|medications?|medicines?|doses?|sleeping pills|oxys?|benzos?|opioids?|painkillers?|morphine|" + PILLS
_HOARD_46A = (
    r"(?:sav\w*|stash\w*|hoard\w*|stockpil\w*|pocket\w*|squirrel\w*|accumulat\w*|gather\w*|hid|hide|hides|hiding|hidden|"
    r"collect\w*(?! (?:\w+ ){0,4}?(?:from|at) (?:the |my )?(?:pharmacy|chemist|drugstore|pharmacist)))"
    r" (?:\w+ ){0,5}?(?:" + _PILL_46A + r")(?! (?:receipts?|bills?|lists?|records?|info\w*|money|costs?|prices?|boxes|packaging|coupons?|cards?|labels?))|"
    r"(?:put|puts|putting|set|sets|setting|keep|keeps|keeping|kept|tuck\w*|lay|laid|laying|hold|holding|held) (?:\w+ ){0,4}?(?:" + _PILL_46A + r") (?:\w+ ){0,2}?(?:aside|away|apart|by)|"
    r"(?:put|puts|putting|set|sets|setting|keep|keeps|keeping|kept|tuck\w*|lay|laid|laying) (?:aside|away|apart|by) (?:\w+ ){0,4}?(?:" + _PILL_46A + r")|"
    r"(?:" + _PILL_46A + r") (?:\w+ ){0,4}?(?:aside|saved|stashed|hidden|collected|put away|in my (?:pocket|bag|locker|sock|drawer))|"
    r"(?:take|takes|taking|took|bring|brings|bringing|brought|slip|slips|slipping|slipped|steal|stealing|stole|nick\w*|swip\w*) (?:\w+ ){0,4}?(?:" + _PILL_46A + r") (?:\w+ ){0,3}?"
    r"(?:home|for me|for myself|in my (?:pocket|bag|locker|sock)|from (?:the )?(?:\w+ )?(?:residents|patients|stock|shelf|shelves|cart|cabinet|pharmacy|work|ward|floor|unit))|"
    r"(?:not|never|stop\w*|skip\w*) (?:tak\w* )?(?:my |the |her |his )?(?:" + _PILL_46A + r") (?:\w+ ){0,3}?(?:and|but) (?:\w+ ){0,1}?(?:keep|keeps|kept|save\w*|hide|hides|hid|put|puts|stash\w*)|"
    r"(?:keep|keeps|keeping|kept|save|saving) (?:\w+ ){0,3}?(?:until|till|til|untill) (?:\w+ ){0,3}?enough"
)
_LITTLE_BY_LITTLE_46A = (
    r"every (?:single )?(?:day|night|shift|week|morning|evening|refill|time|visit|other day)|each (?:day|night|shift|week|time|refill|morning|evening)|"
    r"(?:a few|one|two|a couple|1|2|3|few) (?:at a time|each time|per (?:day|shift|night|week))|(?:one|1) by (?:one|1)|little by little|bit by bit|day by day|"
    r"per (?:day|shift|night)|nightly|daily|(?:for|over|since) (?:\w+ )?(?:weeks|months)|slowly|a (?:few|couple|little) (?:every|each)"
)
_ENOUGH_OR_DAY_46A = (
    r"enough(?! (?:money|cash|savings|points|to pay|to cover|for (?:the|my|a|an|our|your) ))|"
    + _DAY_FIXED_45A + r"|"
    r"(?:choose|chose|chosen|choosed|pick|picked|decide|decided|set|fixed|marked|wrote|circled) (?:\w+ ){0,2}?(?:day|date)\b|"
    r"(?:day|date) (?:\w+ ){0,2}?(?:is |was |are )?(?:already )?(?:picked|chosen|choose|set|decided|decide|fixed|marked|circled)"
)
_NOT_STOCK_46A = (
    r"(?![\s\S]*\b(?:stock|inventory|expired|expiry|expiring|recall\w*|restock\w*|audit|count sheet|narcotic (?:count|log)|disposal|destroy\w*|destruction|"
    r"trip|vacation|travel\w*|abroad|flight|on holiday|organi[sz]er|pill box for|dosette|blister packs? for|for (?:the|our) (?:customers|patients|residents|pharmacist))\b)"
)
PILLS_SAVED_TILL_ENOUGH_46A = (
    r"(?<!\bif\s)(?=\b(?:" + _HOARD_46A + "|" + _LITTLE_BY_LITTLE_46A + "|" + _ENOUGH_OR_DAY_46A + r")\b)" + _NOT_STOCK_46A
    + r"(?:" + _ALL_OF_42A(_HOARD_46A, _LITTLE_BY_LITTLE_46A, _ENOUGH_OR_DAY_46A) + ")"
)

# 2. Goodbye messages written and scheduled (timed for midnight or an hour, "set to go out later") while
# pills or another means are at hand, often in SMS shorthand, first person or relayed. Needs the
# farewell, the scheduling and the means. A reminder, a birthday text or a colleague's goodbye email on
# a last day at work is no farewell of this kind.
_FAREWELL_46A = (
    r"goodbye|good bye|goodbyes|byes|bye|farewell|last (?:msgs?|messages?|texts?|txts?|letters?|emails?|posts?|words|notes?)|"
    r"(?:suicide )?notes? (?:to|for) (?:everyone|every1|my \w+|all)|letters? (?:to|for) (?:everyone|every1|my (?:family|kids|children|parents|mother|father|wife|husband|partner))|"
    r"(?:msgs?|messages?|texts?|txts?|emails?|letters?) (?:\w+ ){0,2}?(?:saying|that say|to say) (?:bye|goodbye|sorry|i love (?:you|them))"
)
_SCHEDULED_46A = (
    r"schedul\w*|timed|on a timer|queued|delayed send|send later|"
    r"(?:set|setup|set up|programmed) (?:\w+ ){0,3}?(?:to|2) (?:send|go out|post|deliver|be sent)|"
    r"(?:to|2|will|they|it|that) (?:send|sends|go out|goes out|post|posts|deliver|be sent|get sent) (?:\w+ ){0,2}?(?:at|@|later|tonight|at midnight|after|tomorrow|in the morning|when)|"
    r"(?:set|timed|scheduled|due) (?:for|4) (?:\d|midnight|midnite|tonight|later|noon|dawn)"
)
_MEANS_46A = (
    r"pills?|tablets?|meds|medications?|bottles? of|pill bottle|the bottle|gun|pistol|rifle|shotgun|rope|noose|belt|cord|blade|razor|knife|insulin|"
    r"the stuff|everything i need|what i need|the car running|charcoal|bridge|ledge|roof|" + PILLS
)
_NOT_ERRAND_46A = (
    r"(?![\s\S]*\b(?:remind\w*|birthday|bday|anniversary|happy new year|retire\w*|farewell party|going away party|leaving do|last day (?:at|of) (?:work|the job)|"
    r"out of office|coworkers|co workers|colleagues|my team|new job|moving away|newsletter|invoice)\b)"
)
SCHEDULED_FAREWELL_MEANS_46A = (
    r"(?<!\bif\s)(?=\b(?:" + _FAREWELL_46A + "|" + _SCHEDULED_46A + "|" + _MEANS_46A + r")\b)" + _NOT_ERRAND_46A
    + r"(?:" + _ALL_OF_42A(_FAREWELL_46A, _SCHEDULED_46A, _MEANS_46A) + ")"
)

# 3. Someone on a roof, a roof deck, a ledge or the top floor of a tall building since the small hours
# or for hours, who does not want to go back down (or in), told plainly, first person or relayed, in
# a learner's English too. Needs the height, the hours and not going down. Roofers at work, a rooftop
# bar or party, a sunrise watched, a pet stuck up there are no such scene.
_HIGH_PLACE_46A = (
    r"roof|rooftop|roof top|roof deck|roofdeck|rooftop terrace|ledge|top floor|top level|"
    r"(?:top|edge) of (?:a |the |this |that |my |our |his |her |their )?(?:\w+ ){0,2}?(?:building|tower|skyscraper|garage|parking (?:garage|deck|structure)|block|hotel|hospital|high ?rise|roof|apartment)|"
    r"(?:\d+(?:st|nd|rd|th)|tenth|twelfth|fifteenth|twentieth|thirtieth) floor (?:balcony|ledge|window|roof)"
)
_SINCE_HOURS_46A = (
    r"since (?:like |about |around |before |almost )?(?:\d+(?: ?(?:am|a m|o ?clock|in the morning|at night))?|midnight|midnite|the small hours|small hours|the wee hours|wee hours|"
    r"the night|last night|the middle of the night|early (?:this )?morning|before dawn|dawn|sunrise|(?:one|two|three|four|five) (?:am|in the morning|o ?clock))|"
    r"in the (?:small|wee) hours|(?:for|4) (?:like |about |almost |over |more than )?(?:hours|many hours|a few hours|a couple (?:of )?hours|(?:\d+|two|three|four|five|six|seven|eight|several|some) (?:hours|hrs|h))|"
    r"(?:all|the whole) night|hours now|hours already|(?:\d+|two|three|four|five|six|several) hours now"
)
_NOT_DOWN_46A = (
    r"(?:not|never|no|nt) (?:\w+ ){0,3}?(?:go|going|goin|come|coming|comin|climb|climbing|get|getting|walk|walking|head|step|stepping)(?: back)? (?:down|inside|in|off|back)\b|"
    r"(?:refus\w*|do not feel like|no reason|no point) (?:\w+ ){0,2}?(?:go|come|climb|get)(?: back)? (?:down|inside|in)\b|"
    r"(?:would|will) not (?:come|go|climb|get)(?: back)? (?:down|inside|in)\b"
)
_NOT_ROOF_WORK_46A = (
    r"(?![\s\S]*\b(?:roofers?|roofing|shingles?|gutters?|solar panels?|repair\w*|contractors?|workers?|bar|pub|lounge|restaurant|party|drinks|cocktails?|"
    r"sunrise was|the view|views|stars|stargazing|meteor\w*|fireworks|telescope|photos?|pics|drone|antenna|satellite dish|"
    r"cat|cats|kitten|dog|puppy|parrot|bird|squirrel|raccoon|pet|sunbath\w*|tanning|reading|laptop|bbq|barbecue|grill\w*|garden\w*|yoga|picnic|hammock|hot tub|"
    r"library|studying|lecture|class|meetings?|playhouse|treehouse|tree house|shed|doghouse|toddlers?|jungle gym|climbing frame|"
    r"cool (?:off|down)|power (?:outage|cut)|blackout|heat ?wave|air conditioning)\b)"
)
ON_ROOF_FOR_HOURS_NOT_DOWN_46A = (
    r"(?<!\bif\s)(?=\b(?:" + _HIGH_PLACE_46A + "|" + _SINCE_HOURS_46A + "|" + _NOT_DOWN_46A + r")\b)" + _NOT_ROOF_WORK_46A
    + r"(?:" + _ALL_OF_42A(_HIGH_PLACE_46A, _SINCE_HOURS_46A, _NOT_DOWN_46A) + ")"
)

_SELF_HARM_46A = [PILLS_SAVED_TILL_ENOUGH_46A, SCHEDULED_FAREWELL_MEANS_46A, ON_ROOF_FOR_HOURS_NOT_DOWN_46A]
SELF_HARM = SELF_HARM + _SELF_HARM_46A
CATEGORY_PHRASES[categories.SELF_HARM.key] = SELF_HARM
# A worker or a relative telling one person's scene is no one studying or writing about it.
NOT_STUDY = NOT_STUDY + _SELF_HARM_46A

# --- round 46's Spanish emergencies told by signs, and 'acabar de' with a taking verb (helper b) ---
# 1. "acabar de" + a taking verb + a quantity: someone who "se acaba de tomar", "me acabo de tomar",
# "acaba de tragarse" a whole bottle, a box, a strip or many pills (sleeping pills, paracetamol,
# clonazepam...); also "me meti / se metio todo el frasco". normalize.py is left alone (an older "just
# took" family keys on "acabo de"): the taking verb is widened here. The preterite "acabe de tomar" (I
# finished taking: a course of antibiotics) is not read; nor one pill, or a dose as prescribed.
_ACABA_TAKE_46B = (
    r"(?:(?:me |se |te |nos |le )?acab(?:o|a|as|an|amos|aba|aban) (?:de|d) (?:tomar|tragar|beber|meter|comer|empinar)(?:me|se|te|nos)?|"
    r"(?:me|se|te) (?:meti|metio|metiste|metieron|empino|empine)|(?:me|se|te) (?:he|ha|has|han) (?:tomado|tragado|metido))"
)
_ACABA_COUNT_46B = (
    r"(?:(?:como|unas|unos|mas de|casi|alrededor de|cerca de|aprox|aproximadamente|like|about) )?"
    r"(?:[6-9]|[1-9]\d|\d{3}|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|veinti\w+|treinta|cuarenta|cincuenta|cien)"
    r"(?! ?(?:mg|ml|mcg|miligramos|mililitros|gramos|g|gotas|minutos|min|horas|hrs|anos|dias|semanas|pesos|dolares)\b)"
)
_ACABA_BOX_46B = r"(?:frasco|frasquito|caja|cajita|tira|blister|bote|pomo|paquete|envase|botella|plancha|laminilla|pastillero|sobre)"
_ACABA_AMOUNT_46B = (
    rf"(?:(?:un|una|el|la|medio|media|otro|otra) {_ACABA_BOX_46B}(?: (?:entero|entera|completo|completa|llen[oa]))?|"
    rf"(?:todo|toda) (?:el|la|su|mi|tu) {_ACABA_BOX_46B}|(?:todas|todos) (?:las|los|sus|mis|tus)|{_ACABA_COUNT_46B}|"
    r"un (?:monton|punado|chingo|friego|buen) de|muchas|demasiadas|bastantes)"
)
_ACABA_DRUG_46B = (
    PILLS + r"|paracetamol|acetaminofen\w*|ibuprofeno|naproxeno|diclofenaco|tramadol|aspirinas?|somniferos?|ansioliticos?|antidepresivos?|"
    r"tabletas|comprimidos|capsulas|pastis|pildoras|medicinas?|medicamentos?|remedios|clonazepam|clonazepan|alprazolam|alprazolan|lorazepam|diazepam|"
    r"sertralina|fluoxetina|quetiapina|litio|metformina|insulina|jarabe|pastillas? (?:para|de|del) \w+"
)
_ACABA_AS_TOLD_46B = (
    r"(?![^.?!]{0,60}?\b(?:como (?:siempre|cada (?:dia|noche)|me (?:dijo|dijeron|indico|indicaron|receto|recetaron)|dice la receta|le (?:indicaron|recetaron))|"
    r"de (?:mi|su) (?:dosis|tratamiento)|(?:mi|su) dosis (?:normal|de siempre|diaria))\b)"
)
ACABA_DE_TOMAR_MUCHAS_46B = (
    rf"(?<!\bsi\s)(?<!\bif\s)\b{_ACABA_TAKE_46B} (?:\w+ ){{0,2}}?(?:"
    rf"{_ACABA_AMOUNT_46B}\b(?: de| del)? (?:\w+ ){{0,3}}?(?:{_ACABA_DRUG_46B})\b|"
    r"(?:un|una|el|la|todo el|toda la|medio) (?:frasco|frasquito|tira|blister|pastillero)(?: entero| entera| completo| completa)?(?= *(?:[.,;!?]|$| y | que | ahorita| ya | hace ))"
    rf"){_ACABA_AS_TOLD_46B}"
)
# ...and a caustic drunk just now ("acabo de beber cloro", "se acaba de tomar un vaso de lejia", "me tome
# destapacanos"): an overdose made a poisoning by round 44's OVERDOSE_KINDS (_CAUSTIC_44A). The measure
# words sit right before the product ("agua con cloro" is water, not bleach).
_DRANK_NOW_46B = (
    r"(?:(?:me |se |te |le )?acab(?:o|a|as|an|amos|aba|aban) (?:de|d) (?:tomar|tragar|beber|empinar)(?:me|se|te)?|"
    r"(?:me|se) (?:tomo|tome|bebio|bebi|trago|trague|empino|empine)|(?:me|se) (?:he|ha) (?:tomado|bebido|tragado))"
)
_CAUSTIC_MEASURE_46B = (
    r"(?:(?:un|una|el|la|medio|media|todo el|toda la|un poco de|poquito de|un poquito de|tantito) )?"
    r"(?:(?:vaso|vasito|trago|sorbo|buche|chorro|chorrito|taza|botella|bote|galon|envase|tapita|tapa|copa|cucharada) (?:de|del) )?(?:el |la )?"
)
CAUSTIC_DRUNK_NOW_46B = rf"(?<!\bsi\s)(?<!\bif\s)(?<!\bno\s)\b{_DRANK_NOW_46B} {_CAUSTIC_MEASURE_46B}{_CAUSTIC_44A}\b"
OVERDOSE = OVERDOSE + [ACABA_DE_TOMAR_MUCHAS_46B, CAUSTIC_DRUNK_NOW_46B]
CATEGORY_PHRASES[categories.OVERDOSE.key] = OVERDOSE
# (a nurse or a relative telling it happening now is no study of a case)
NOT_STUDY = NOT_STUDY + [ACABA_DE_TOMAR_MUCHAS_46B, CAUSTIC_DRUNK_NOW_46B]

# 2. A drunk or violent relative strangling or choking another family member now, with the writer hit
# too, or the drink, or a plea: domestic violence (the choking words are the attack's, not an airway).
_KIN_46B = (
    r"(?:papa|padre|mama|madre|padrastro|madrastra|tio|tia|abuelo|abuela|hermano|hermana|primo|prima|esposo|esposa|marido|mujer|novio|novia|pareja|"
    r"hijo|hija|cunado|cunada|suegro|suegra|yerno|nuera|sobrino|sobrina|ex|viejo|vieja|"
    r"dad|father|mother|stepdad|stepfather|stepmother|uncle|aunt|brother|sister|husband|wife|son|daughter|boyfriend|girlfriend|cousin|grandpa|grandfather|grandma|grandmother|"
    r"brother in law|father in law|stepson|nephew)"
)
_STRANGLING_46B = (
    r"(?:(?:le |la |lo |me )?(?:esta|estan|sigue|siguen|anda) (?:ahorcando\w*|estrangulando\w*|asfixiando\w*|ahogando\w*|apretando(?:le)? el cuello|apretandole el cuello)|"
    r"(?:la|lo|le) (?:tiene|agarro|agarra|tiene agarrad[oa]) (?:\w+ ){0,2}?(?:del|por el) cuello|tiene a (?:\w+ ){1,3}?(?:del|por el|agarrad[oa] del) cuello|"
    r"(?:is|s|are|keeps|started) (?:\w+ )?(?:choking(?! (?:on|con|en)\b)|strangling|throttling)|has (?:\w+ ){1,3}?by the (?:throat|neck)|"
    r"(?:hands|manos) (?:around|on|alrededor de|en) (?:\w+ ){0,2}?(?:neck|throat|cuello))"
)
_HIT_ME_46B = (
    r"(?:(?:a mi )?(?:ya |tambien |también )?me (?:pego|golpeo|golpio|empujo|pateo|avento|aviento|tumbo|cacheteo|abofeteo|lastimo|reviento|agarro a golpes|"
    r"dio (?:un |una )?(?:golpe|punetazo|punete|cachetada|bofetada|madrazo|trancazo|patada|chingadazo|putazo))|"
    r"(?:he|she|they) (?:already |also |just )?(?:hit|punched|slapped|kicked|pushed|shoved|smacked|beat|attacked|knocked|threw) me|"
    r"(?:hit|punched|slapped|kicked|beat) me (?:too|as well|also|first))"
)
_DRUNK_OR_PLEA_46B = (
    r"(?:borrach[oa]|tomad[oa]|pedo|ebri[oa]|drogad[oa]|intoxicad[oa]|hasta atras|drunk|wasted|high|ayuda|auxilio|help|please|por favor|ahorita|ahora mismo|right now)"
)
_VICTIM_46B = rf"(?:a (?:mi|su|sus|nuestr[oa]|la|el|mis) |(?:my|our|his|her) )(?:\w+ )?{_KIN_46B}"
KIN_STRANGLING_NOW_46B = (
    rf"(?<!\bsi\s)(?<!\bif\s)\b(?:mi|my|our|nuestro|nuestra|el|la|su) (?:\w+ )?{_KIN_46B}\b[^.?!]{{0,60}}?\b{_STRANGLING_46B}\b"
    rf"(?:[^.?!]{{0,30}}?\b{_VICTIM_46B}\b)?[^?]{{0,140}}?\b(?:{_HIT_ME_46B}|{_DRUNK_OR_PLEA_46B})(?!\w)|"
    rf"(?<!\bsi\s)(?<!\bif\s)\b(?:{_HIT_ME_46B})\b[^?]{{0,140}}?\b{_STRANGLING_46B}\b[^.?!]{{0,30}}?\b{_VICTIM_46B}\b"
)
VIOLENCE = VIOLENCE + [KIN_STRANGLING_NOW_46B]
CATEGORY_PHRASES[categories.VIOLENCE.key] = VIOLENCE

# 3. An electric shock (a cable, an outlet, a fork in the socket, a machine at work) and the person on
# the floor, not moving or not responding: a medical emergency. A course's lesson is ruled out in patterns.py.
_SHOCKED_46B = (
    r"(?:electrocut\w*|electrocuc\w*|electrified|(?:got|was|been|get) (?:badly )?(?:shocked|zapped)|"
    r"(?:le|me|nos|les) (?:dio|pego|agarro|jalo|paso) (?:una |un |la )?(?:descargas?|corriente|corrientazo|toque|chispazo|luz)|descargas? electricas?|electric(?:al)? shock|"
    r"(?:toco|agarro|piso|touched|grabbed) (?:\w+ ){0,2}?(?:cable|cables|alambre|wire|wires|power line|linea de luz|poste)|"
    r"(?:metio|puso|meti|stuck|put) (?:\w+ ){0,3}?(?:en|in|into) (?:el |la |un |una |the |an |a )?(?:enchufe|contacto|tomacorriente|toma de corriente|outlet|socket))"
)
_DOWN_NOW_46B = (
    r"(?:on the (?:floor|ground)|lying (?:there|on)|not moving|(?:will not|wont|is not|isnt|not|can not) (?:move|moving|respond\w*|wake\w*|breath\w*)|unresponsive|unconscious|passed out|knocked out|"
    r"en el (?:piso|suelo)|tirad[oa]|sin moverse|no se mueve|no (?:responde|reacciona|despierta|respira)|inconsciente|desmayad[oa]|quedo (?:tirad[oa]|inconsciente|en el (?:piso|suelo)))"
)
SHOCKED_AND_DOWN_46B = (
    rf"(?<!\bsi\s)(?<!\bif\s)\b{_SHOCKED_46B}\b[^?]{{0,120}}?\b{_DOWN_NOW_46B}(?!\w)"
)
MEDICAL = MEDICAL + [SHOCKED_AND_DOWN_46B]
CATEGORY_PHRASES[categories.MEDICAL.key] = MEDICAL

# 6. A teenager's (or a relative's) deep cut, bleeding, who said they wanted to die, told by a parent
# pressing on it: self-injury bleeding now (911 and pressure, then the crisis line), never a wound alone.
_THEIR_CUT_46B = (
    r"(?:se (?:hizo|ha hecho|acaba de hacer|hiso) (?:un |una |unos |unas |varios |otro |otra )?(?:corte|cortes|cortada|cortadas|herida|heridas)|"
    r"se (?:corto|ha cortado|acaba de cortar|rajo|abrio)|(?:cut|slashed|sliced) (?:her|his|their|herself|himself|themselves)\b|(?:is|has been) cutting (?:her|him|them)self)"
)
_DEEP_BLEED_46B = r"(?:profund[oa]s?|hondo|honda|deep\w*|bleed\w*|blood|sangr\w*|sangre)"
_SAID_WISH_46B = (
    r"(?:(?:dijo|dice|me dijo|grito|gritaba|decia|said|says|told me|kept saying|keeps saying|screamed)(?: que)? (?:\w+ ){0,2}?"
    r"(?:se )?(?:queria|quiere|quisiera|wanted|wants|want) (?:morir\w*|matar\w*|suicidar\w*|estar muert[oa]|dejar de vivir|to die|to be dead|to kill (?:her|him|them)sel\w+|to end it)|"
    r"(?:ya )?no (?:queria|quiere) (?:vivir|seguir viviendo|estar aqui)|(?:wished|wishes) (?:she|he|they) (?:was|were) dead|(?:did not|does not|didnt|doesnt) want to (?:live|be alive))"
)
THEIR_CUT_WISH_DIE_46B = (
    rf"(?<!\bsi\s)(?<!\bif\s)\b{_THEIR_CUT_46B}\b[^?]{{0,160}}?(?:\b{_DEEP_BLEED_46B}\b[^?]{{0,160}}?\b{_SAID_WISH_46B}|\b{_SAID_WISH_46B}\b[^?]{{0,160}}?\b{_DEEP_BLEED_46B})(?!\w)|"
    rf"(?<!\bsi\s)(?<!\bif\s)\b{_SAID_WISH_46B}\b[^?]{{0,160}}?\b{_THEIR_CUT_46B}\b[^?]{{0,100}}?\b{_DEEP_BLEED_46B}(?!\w)"
)
SELF_HARM = SELF_HARM + [THEIR_CUT_WISH_DIE_46B]
CATEGORY_PHRASES[categories.SELF_HARM.key] = SELF_HARM
SELF_INJURY_NOW = SELF_INJURY_NOW | {THEIR_CUT_WISH_DIE_46B}

# --- round 46's the English ask tier, thoughts told in passing (helper c) ---
# Passive thoughts told in passing, inside a question (is it depression, is it normal, should I say it
# at intake): the ask tier (possible risk, asked directly). English, first person or relayed.
# 1. Nobody would notice or care if the writer (or a relative) disappeared or vanished, often from
# someone who works alone (nights, a guard, a driver): "if i just disappeared tomorrow nobody would
# care", "if i disappear, nobody will notice", "it would be days before anyone noticed". Either order,
# bounded to the sentence. Not "if i disappear for a week it is because i am on vacation" (no nobody),
# nor "nobody would notice if i skipped the gym" (no vanishing), nor vanishing from a chat or a class.
_VANISH_46C = (
    r"(?:just |simply |suddenly |ever |one day |someday |tomorrow |today |tonight |quietly |completely )*"
    r"(?:disappear|disappeared|disappears|dissapear\w*|disapear\w*|vanish|vanished|vanishes|went missing|go missing|was gone|were gone|am gone|died|dropped dead|drop dead|"
    r"stopped existing|ceased to exist|was not here anymore|were not here anymore|did not come back|never came back|never came home|did not come home|"
    r"dropped off the face of the earth|fell off the face of the earth)"
    r"(?! (?:for|from|to|on|off|at|during|after|before|until|till|in (?:the|my|a|class|chat)|out of (?:the|my) (?:group|chat|class))\b)"
)
_WHO_46C = r"(?:i|he|she|they)"
_NOBODY_46C = r"(?:nobody|no body|no one|noone|no1|not a soul|not one person|not a single person|no one at all|nobody at all|not anyone|none of them|nobody in my life|no one in my life)"
_WOULD_NOTICE_46C = (
    r"(?:would|will|d|is going to|is gonna|gonna|wouldnt|would not) (?:\w+ )?(?:notice|care|know|realize|miss (?:me|him|her|them)|find out|come looking|look for (?:me|him|her)|"
    r"check on (?:me|him|her)|even notice|even care|even know|give a damn|bat an eye)"
)
NOBODY_NOTICES_IF_GONE_46C = (
    r"(?<!\bas\s)\b(?:if|when|once) " + _WHO_46C + r" " + _VANISH_46C + r"\b[^.?!\n]{0,40}?\b" + _NOBODY_46C + r" (?:\w+ )?" + _WOULD_NOTICE_46C + r"\b|"
    r"\b" + _NOBODY_46C + r" (?:\w+ )?" + _WOULD_NOTICE_46C + r"\b[^.?!\n]{0,25}?\b(?:if|when|once|that|till|until) " + _WHO_46C + r" " + _VANISH_46C + r"\b|"
    r"\b(?:if|when) " + _WHO_46C + r" " + _VANISH_46C + r"\b[^.?!\n]{0,40}?\b(?:it would be|it d be|it will be|would take) (?:days|weeks|a week|a month|months|forever|ages) "
    r"(?:before|until|till) (?:anyone|anybody|someone|somebody|people|they) (?:noticed|notice|found|find|knew|know|realized|realize|cared|missed)\b"
)

# 2. A student, a player or a worker who said he would rather be dead (die) than fail (flunk, be cut, be
# fired, let everyone down), relayed by a resident assistant, a coach, a teacher or a manager: the ask
# tier. A saying verb and a third person (or a quoted "i") before it; the jokes' "rather die than be
# caught in those shoes" name no failure, and the writer's own exam joke has no relaying.
_RATHER_DEAD_46C = (
    r"(?:would|had|d)? ?(?:much |honestly |really |just |literally |seriously )?rather (?:be dead|die|not be alive|not be here|not exist|not live|be gone|kill (?:himself|herself|themselves|myself))"
)
_FAIL_46C = (
    r"fail\w*(?! to\b)|flunk\w*|drop(?:ping)? out|get(?:ting)? cut|be(?:ing)? cut|get(?:ting)? kicked (?:out|off)|be(?:ing)? kicked (?:out|off)|get(?:ting)? fired|be(?:ing)? fired|lose (?:\w+ )?(?:job|scholarship|spot|place|position)|"
    r"let (?:\w+ ){0,2}?down|disappoint\w*|be(?:ing)? a (?:failure|disappointment|loser)|go(?:ing)? home (?:a failure|empty handed)|repeat (?:the|a|this) (?:year|grade|class|semester)|"
    r"get(?:ting)? (?:a|an) (?:b|c|d|f|bad grade)|not (?:make|get into|pass|graduate)|miss(?:ing)? the (?:cut|playoffs|team)|go on like this|keep going like this|continue like this|live like this"
)
RATHER_DEAD_THAN_FAIL_RELAYED_46C = (
    r"\b(?:said|says|say|saying|told (?:me|us|her|him|the \w+|everyone)|tells (?:me|us|everyone)|keeps saying|kept saying|wrote|writes|texted|mentioned|admitted|confided|posted|blurted|let slip|goes)\b"
    r"(?: to (?:me|us|her|him))?(?: that)?,? [^.?!\n]{0,40}?\b(?:(?:he|she|they|i) |(?:hed|shed|theyd|id) (?=rather))" + _RATHER_DEAD_46C + r" than (?:\w+ ){0,2}?(?:" + _FAIL_46C + r")\b"
)

# 3. Intrusive thoughts of crashing the car, steering or swerving into traffic, a wall or a tree, told
# since a treatment or a new medicine, as not planned ("thoughts of steering into a concrete barrier,
# not planning to, is that normal?"). The thought, the crash with its target, and a disclaimer or the
# treatment anywhere in the message. Not crashing on the couch, nor a car crash years ago (no thought of
# doing it), nor "driving in traffic".
_CAR_THOUGHT_46C = (
    r"(?:thought|thoughts|thinking|think|thinks|imagin\w*|pictur\w*|urges?|impulses?|intrusive\w*|visions?|images?|fantasi\w*|tempt\w*|the pull|flash\w*)\b"
    r"(?: \w+){0,4}? (?:of |about |to |like |that (?:i|he|she) (?:could|should|might|would|will) )?(?:just |me |him |her )?"
    r"(?:(?:crash\w*|wreck\w*|total\w*|smash\w*) (?:my |the |his |her |our |their )(?:own )?(?:car|truck|van|suv|jeep)\b(?! (?:insurance|payment|seat|wash|keys|registration|repair)\b)|"
    r"(?:crash\w*|wreck\w*|ram\w*|smash\w*|plow\w*|slam\w*) (?:my |the |his |her |our )?(?:car |truck |van )?(?:into|in|against)\b|"
    r"(?:steer\w*|swerv\w*|driv\w*|veer\w*|jerk\w* (?:the|my) wheel|yank\w* (?:the|my) wheel|turn\w* (?:the|my) (?:wheel|car)|go\w* off|went off|run\w* (?:my|the) car|pull\w* (?:the|my) (?:wheel|car)) "
    r"(?:\w+ )?(?:into|in front of|off|onto|toward|towards|across)\b)"
    r"(?:(?<=\bcar)|(?<=\btruck)|(?<=\bvan)|(?<=\bsuv)|(?<=\bjeep)|(?: \w+){0,3}? (?:(?:oncoming )?(?:traffic|cars?|trucks?|semis?|buses|bus|walls?|trees?|poles?|posts?|barriers?|dividers?|medians?|guard ?rails?|rails?|bridges?|abutments?|pillars?|"
    r"overpass\w*|ditch|river|lake|cliff|road|highway|freeway|lanes?|oncoming|buildings?|concrete|other cars|the other lane)|on purpose|deliberately))\b"
)
_CAR_DISCLAIMER_46C = (
    r"not (?:planning|going|gonna|plan|intending|trying)|no plans?|(?:would|will|d) never|never (?:would|do|act)|(?:will|would) not (?:do|act)|wont (?:do|act)|i wont|not acting|not act|"
    r"(?:have|has|had) not (?:acted|done)|intrusive|normal|side effects?|spravato|esketamin\w*|ketamin\w*|infusions?|dose|doses|treatment|new (?:med\w*|medicine|pills?|antidepressant|prescription)|"
    r"started (?:\w+ )?(?:med\w*|medicine|pills?|antidepressant|sertraline|zoloft|lexapro|prozac|wellbutrin|ssri|snri|\w+ine)|since (?:i started|starting|my|the|he started|she started)"
)
CRASH_THOUGHT_NOT_PLANNED_46C = r"(?<!\bif\s)(?:" + _ALL_OF_42A(_CAR_THOUGHT_46C, _CAR_DISCLAIMER_46C) + ")"

# 4. Urges to cut or burn oneself again, with a past of self-harm, not acted on yet ("the urge to cut is
# back", "lately i want to cut again", "my urges to self-harm are back after years", "i used to burn
# myself and the urge to do it again"). The urge names self-harm and its return, or a past of it is
# told with an urge to do it again. Not cutting hair, sugar or back on coffee, nor urges to smoke again.
_SELF_HARM_ACT_46C = (
    r"(?:cut|cutting|burn|burning|carve|carving|scratch|scratching|hurt|hurting|harm|harming)(?: (?:myself|himself|herself|themselves|themself|my (?:arms?|wrists?|legs?|thighs?|skin|stomach|hips?)))|"
    r"self[ -]?harm\w*|self[ -]?injur\w*|(?:cut|cutting|burn|burning)(?= (?:again|anymore|so bad|really bad)\b)(?! again (?:on|at|with|for|my hair|the)\b)"
)
_URGE_46C = r"urges?|urging|impulses?|cravings?|craving|the itch|itching|the pull|tempt\w*|want|wants|wanted|wanting|wanna|need|needing|feel like|felt like|thoughts? (?:of|about)"
_AGAIN_46C = (
    r"again|back|coming back|came back|returning|returned|return|creeping back|creeping in|resurfac\w*|relaps\w*|after (?:\w+ ){0,2}?(?:years?|months?)|"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many) (?:\w+ )?(?:years?|months?) (?:clean|free|without)"
)
# cutting or burning told without an object (not "used to cut my own hair", "burn candles")
_BARE_CUT_46C = (
    r"(?:cut|cutting|burn|burning)(?=\s*(?:[.,;!?]|$|and\b|but\b|in (?:high school|middle school|college|school|my teens)\b|when\b|as a (?:teen|kid)\b|"
    r"for (?:years|a while|a long time|\w+ years)\b|a lot\b|daily\b|every day\b|back then\b))"
)
URGE_TO_SELF_HARM_AGAIN_46C = (
    r"\b(?:" + _URGE_46C + r")\b (?:\w+ ){0,2}?(?:to )?(?:" + _SELF_HARM_ACT_46C + r")\b[^.?!\n]{0,30}?\b(?:" + _AGAIN_46C + r")\b|"
    r"\b(?:" + _URGE_46C + r")\b (?:\w+ ){0,2}?(?:to )?(?:" + _SELF_HARM_ACT_46C + r")\b (?:is |are |have |has |keep |keeps )?(?:been )?(?:back|coming back|returning|creeping back|stronger|worse)\b|"
    # a past of it, then in the same sentence the urge to do it again (the match runs from the past to the
    # "again", so the detector reads it as now)
    r"(?<!\bif\s)\b(?:used to|would|history of|past of|years of|clean from|stopped|quit|relapse\w*|in (?:high )?school i) (?:\w+ ){0,2}?"
    r"(?:" + _SELF_HARM_ACT_46C + r"|" + _BARE_CUT_46C + r")\b[^.?!\n]{0,80}?\b(?:" + _URGE_46C + r")\b (?:\w+ ){0,3}?(?:to )?(?:do (?:it|that)|start|cut|burn|hurt|harm)"
    r"(?: \w+)? (?:again|back)\b|"
    r"(?<!\bif\s)\b(?:used to|would|history of|past of|years of|clean from|stopped|quit|relapse\w*|in (?:high )?school i) (?:\w+ ){0,2}?"
    r"(?:" + _SELF_HARM_ACT_46C + r"|" + _BARE_CUT_46C + r")\b[^.?!\n]{0,80}?\b(?:urges?|impulses?|cravings?|the itch) (?:\w+ ){0,3}?(?:are |is )?(?:back|again|returning|coming back|came back)\b"
)
POSSIBLE_RISK = POSSIBLE_RISK + [
    NOBODY_NOTICES_IF_GONE_46C, RATHER_DEAD_THAN_FAIL_RELAYED_46C, CRASH_THOUGHT_NOT_PLANNED_46C, URGE_TO_SELF_HARM_AGAIN_46C,
]
CATEGORY_PHRASES[categories.POSSIBLE_RISK.key] = POSSIBLE_RISK
# the words of all four, for patterns' stops of older filters
ASK_TIER_EN_46C = (
    NOBODY_NOTICES_IF_GONE_46C + "|" + RATHER_DEAD_THAN_FAIL_RELAYED_46C + "|" + CRASH_THOUGHT_NOT_PLANNED_46C + "|" + URGE_TO_SELF_HARM_AGAIN_46C
)

# --- round 46's Spanish ask tier, and a wish with the means at hand (helper d) ---
# 1. "Quiero irme" told as going away from everything, said not to be a trip ("quiero irme, no de viaje,
# de todo", "ya me quiero ir de aqui, de esta vida", "irme para siempre"), often inside a question about
# care without papers or insurance: the ask tier (possible risk). Not a trip, a holiday, a job or a move
# ("me quiero ir de vacaciones", "quiere irse a vivir con mi tia", "irme para siempre a otro pais").
_WANT_TO_GO_46D = (
    r"(?:(?:ya |nomas |nada mas |solo |solamente |la verdad |neta )?(?:me |se )?(?:quiero|kiero|qiero|quisiera|kisiera|quiere|quisiese|deseo|necesito) (?:irme|irse|ir)|"
    r"ganas de (?:irme|irse)|(?:i|he|she) (?:just )?(?:want|wants|wanna) to (?:just )?(?:go|leave|be gone))"
)
_NOT_A_TRIP_46D = (
    r"[.,!]?(?: (?:pero|y|o sea|osea|digo))?,? (?:no|ni|not) (?:(?:es|hablo|digo|me refiero|lo digo|estoy hablando|talking|i mean) (?:de |a |por |about )?)?"
    r"(?:de |a |en |un |una |irme de |ir de |on |on a |a |an )?(?:viaje|viajecito|vacaciones|paseo|visita|trip|vacation|holiday)\b"
)
_MOVE_OR_JOB_46D = (
    r"vivir|mudar\w*|mudanza|viaje|viajar|vacaciones|paseo|trabajo|chamba|jale|empleo|pais|ciudad|pueblo|estado|casa|escuela|universidad|rancho|"
    r"a (?:mexico|guatemala|honduras|el salvador|colombia|espana|otro lado)|trip|vacation|holiday|job|country|town|move|moving"
)
_AWAY_FROM_ALL_46D = (
    r"de todo(?! (?:el|lo|esto de|tipo)\b)(?: y de todos)?|de esta vida|de la vida|de este mundo|de este planeta|de esta tierra|(?:pa'?|para|por) siempre|"
    r"y (?:ya )?no (?:volver|regresar|volver nunca)|sin (?:regreso|retorno)|from (?:everything|it all|this life|this world)|forever|for good"
)
WANTS_TO_GO_FROM_EVERYTHING_46D = (
    r"(?<!\bno\s)(?<!\bsi\s)(?<!\bif\s)\b(?:" + _WANT_TO_GO_46D + r")\b(?:" + _NOT_A_TRIP_46D
    + r"(?![^.?!\n]{0,30}\b(?:a vivir|para vivir|mudar\w*|a trabajar|por trabajo|de trabajo|a estudiar|de negocios|business|for work)\b)|"
    r"(?:(?!\b(?:" + _MOVE_OR_JOB_46D + r")\b)[^.?!\n]){0,30}?\b(?:" + _AWAY_FROM_ALL_46D + r")\b"
    r"(?! (?:de|a|al|del|en|con|to|from) (?:este |esta |ese |esa |mi |la |el |otro |otra |this |my )?(?:" + _MOVE_OR_JOB_46D + r")\b)(?! (?:a|al|to) (?!nada\b|ningun\w*\b)\w+))"
)

# 2. An ask-tier wish ("no tengo pa' que vivir", "no le encuentro sentido", "no reason to live") told
# beside a lethal means at hand now (a revolver on the table, pills counted out in front of the writer,
# a rope ready), in either order: a suicide emergency (self-harm), not the ask tier. The means are
# round 44 (b)'s and round 38 (k)'s at-hand forms, and means made ready (counted, loaded, tied).
_ASK_WISH_46D = (
    NO_REASON_TO_GO_ON_45D + r"|"
    r"(?:ya )?no (?:le )?(?:encuentro|veo|hallo|hayo|tiene) (?:ningun |el |ni un )?(?:sentido|caso|chiste)(?: (?:a|en) (?:nada|la vida|vivir|mi vida|seguir|existir|estar aqui|esta vida))?(?! (?:a|al|en|de|con|para)\b)|"
    r"(?:ya )?no (?:tengo|tiene|hay) (?:ninguna |ningun |una |un )?(?:razon|razones|motivo|motivos|nada|nadie) (?:pa'?|para|por (?:el|la|lo) (?:cual|que)) (?:vivir|seguir|seguir viviendo|estar aqui)|"
    r"nada (?:por|pa'?|para) (?:lo )?(?:que|cual) (?:vivir|seguir)|"
    r"(?:no|zero|not (?:a|one|any)|any) (?:\w+ )?reasons? (?:left )?(?:to|for) (?:live|living|go on|keep going|stay alive|be here|stick around|keep living)|nothing (?:left )?to live for|"
    r"no point (?:in |of )?(?:living|going on|being alive|being here|life|any of it)|(?:do not|dont|can not|cant) see (?:the |any )?(?:point|reason) (?:in |of |to |for )?(?:living|live|going on|life|being alive)|"
    r"what is the point (?:of|in) (?:living|life|going on|being alive)"
)
_MEANS_READY_46D = (
    r"(?:" + _MEANS_WORD_44B + r")\b[^.?!]{0,30}?\b(?:contad[oa]s|contaditas|counted(?: out)?|cargad[oa]|loaded|atad[oa]|amarrad[oa]|tied|colgad[oa]|hung up|alineadas|lined up|"
    r"separadas|apartadas|laid out|set out|spread out|abiert[oa]s?|open(?:ed)?|out on the|sobre la cama|en la cama)|"
    r"(?:contando|conte|counting|counted out|cargue|cargando|loaded|loading|amarre|amarrando|tied|tying|prepare|preparando|got out|saque|sacando) (?:\w+ ){0,3}?(?:" + _MEANS_WORD_44B + r")\b"
)
_MEANS_NOW_46D = _MEANS_AT_HAND_44B + r"|" + _MEANS_HELD_38K + r"|" + _MEANS_READY_46D
ASK_WISH_MEANS_AT_HAND_46D = (
    r"(?<!\bif\s)(?<!\bsi\s)(?:\b(?:" + _ASK_WISH_46D + r")\b[\s\S]{0,160}?\b(?:" + _MEANS_NOW_46D + r")\b|"
    r"\b(?:" + _MEANS_NOW_46D + r")\b[\s\S]{0,160}?\b(?:" + _ASK_WISH_46D + r")\b)"
)

# 3. Relayed (a client, a patient, a father): an older man who gave away his medals or prized things, has
# many pills (or a gun, a rope) and says he will "go be with" his late wife tonight, today, this weekend:
# a suicide emergency (self-harm). The giving, the means and a time word with an intent (going to, be
# with, join) in any order within a few sentences. Not medals given to a museum, sold or donated, nor a
# move to assisted living.
def _NEAR_46D(*parts: str, reach: int = 300) -> str:
    """Every part within `reach` characters after the first one told (the first one told is the match)."""
    return "|".join(
        r"\b(?:" + part + r")\b" + "".join(r"(?=[\s\S]{0," + str(reach) + r"}?\b(?:" + other + r")\b)" for other in parts if other is not part)
        for part in parts
    )


_TREASURED_46D = (
    r"(?:war |military |service |army |navy |marine |combat |vietnam |korea |ww2 )?medals?|medallas?|purple heart|bronze star|silver star|dog tags|uniform|"
    r"wedding ring|rings?|watch|watches|pocket watch|(?:\w+ )?collection|coins|stamps|fishing (?:rods?|poles?|gear)|tackle box|tools|guitars?|records|vinyls?|books|"
    r"paintings|jewel(?:le)?ry|keepsakes|heirlooms|photo albums?|trophies|trophy|flag|truck|favou?rite \w+|prized \w+|precious \w+|treasures|belongings|"
    r"condecoraciones|reloj|anillo|coleccion|herramientas"
)
_GAVE_TREASURED_46D = (
    r"(?:gave|gives|give|giving|given|handed|handing|hands|passed|passing|left|leaving|regalo|regalando|regalado) (?:away |out |over |down |on )?(?:(?!not\b|no\b)\w+ ){0,4}?(?:"
    + _TREASURED_46D + r")\b(?![^.?!\n]{0,40}\b(?:museum|museo|library|historical|exhibit\w*|display|legion|vfw|auction|for sale|donat\w*)\b)"
)
_MANY_PILLS_46D = (
    r"(?:lots|a lot|plenty|a bunch|bunch|tons|dozens|hundreds|handfuls?|a handful|a pile|piles|a stash|stash|a stockpile|bottles?|a whole bottle|a full bottle|whole bottle|jars?|"
    r"bag|bags|boxes|\d+|twenty|thirty|forty|fifty|sixty|seventy|hundred|months) (?:of |worth of )?(?:\w+ ){0,2}?"
    r"(?:pills|meds|tablets|capsules|medications?|painkillers|sleeping pills|oxy\w*|opioids|morphine|pain meds|heart pills|insulin|pastillas)|"
    r"(?:has|had|got|have|keeps?|kept|saved|saving|hoard\w*|stockpil\w*|stash\w*|holding|still has|tiene|guarda) (?:up )?(?:\w+ ){0,3}?(?:pills|meds|tablets|painkillers|sleeping pills|oxy\w*|opioids|morphine|pain meds|pastillas)|"
    r"(?:pills|meds|tablets) (?:\w+ ){0,2}?(?:lined up|counted|saved|stashed|hidden|piled|laid out|on the table|by the bed|in a bag|ready)|"
    r"(?:has|had|got|kept|keeps|still has|with|cleaning|loaded) (?:\w+ ){0,2}?(?:gun|pistol|revolver|rifle|shotgun|rope|noose)"
)
_TIME_46D = (
    r"tonight|tonite|2nite|today|this (?:weekend|evening|afternoon|morning)|tomorrow|this (?:friday|saturday|sunday|monday|tuesday|wednesday|thursday)|"
    r"on (?:friday|saturday|sunday)|after (?:dinner|church|the funeral|we leave)|esta noche|hoy|este fin de semana|manana"
)
_INTENT_46D = (
    r"be with|join|go to (?:his|her|my) (?:late )?(?:wife|husband|son|daughter)|see (?:his|her|my) (?:late )?(?:wife|husband|son|daughter)|going to|gonna|"
    r"will (?:go|be|join|see|leave|end|do it|finally)|is the (?:day|night)|it is time|ready|goodbye|good bye|end it|be gone|be done|leave us|go home to|"
    r"reunirse|irse con|estar con"
)
_TIME_WITH_INTENT_46D = (
    r"(?:" + _TIME_46D + r")\b[^.?!\n]{0,60}?\b(?:" + _INTENT_46D + r")|(?:" + _INTENT_46D + r")\b[^.?!\n]{0,60}?\b(?:" + _TIME_46D + r")"
)
GAVE_TREASURES_PILLS_TONIGHT_46D = (
    r"(?<!\bif\s)(?<!\bsi\s)(?![\s\S]{0,300}\b(?:museum|museo|moving|moved|move into|downsiz\w*|estate sale|yard sale|garage sale|assisted living|nursing home|mudanza)\b)(?:"
    + _NEAR_46D(_GAVE_TREASURED_46D, _MANY_PILLS_46D, _TIME_WITH_INTENT_46D) + ")"
)

POSSIBLE_RISK = POSSIBLE_RISK + [WANTS_TO_GO_FROM_EVERYTHING_46D]
CATEGORY_PHRASES[categories.POSSIBLE_RISK.key] = POSSIBLE_RISK
SELF_HARM = SELF_HARM + [ASK_WISH_MEANS_AT_HAND_46D, GAVE_TREASURES_PILLS_TONIGHT_46D]
CATEGORY_PHRASES[categories.SELF_HARM.key] = SELF_HARM
NOT_STUDY = NOT_STUDY + [ASK_WISH_MEANS_AT_HAND_46D, GAVE_TREASURES_PILLS_TONIGHT_46D]

# --- round 46's merge review ---
# A third person's attempt told with the pronoun before the verb ("se trató de suicidar", "se quiso
# matar", "se intentó ahorcar"): the forms with the pronoun after ("trató de matarse") were read, these
# were not. An attempt told as past ("hace años", "el año pasado") stays with the past filters; a denial
# ("no se quiso matar") and a killing with an object ("se trató de matar la bacteria") are not read.
SE_TRIED_46R = (
    r"(?<!\bno\s)(?<!\bnunca\s)\bse (?:trato|intento|quiso|quizo|trataba|intentaba|ha intentado|habia intentado) (?:de )?"
    r"(?:suicidar|ahorcar|colgar|quitar la vida|envenenar|cortar las venas|"
    r"matar(?! (?:a|al|el|la|los|las|un|una|unos|unas|ese|esa|esos|esas|mi|su|sus|mis|tu|tus|lo|le|les)\b| de (?:la )?risa))\b"
)
SELF_HARM = SELF_HARM + [SE_TRIED_46R]
CATEGORY_PHRASES[categories.SELF_HARM.key] = SELF_HARM
# A relative strangling another relative now, told in one clause with a word or two about the attacker
# between ("mi papá borracho está ahorcando a mi mamá"): round 46 (b)'s family wanted the drink, the
# blow or the plea after the act.
KIN_CHOKING_KIN_NOW_46R = (
    rf"(?<!\bsi\s)(?<!\bif\s)\b(?:mi|my|our|nuestro|nuestra) (?:\w+ )?{_KIN_46B}\b(?: \w+){{0,3}}? "
    rf"(?:{_STRANGLING_46B}|choking|strangling|throttling|ahorcando|estrangulando|asfixiando)\b (?:\w+ ){{0,2}}?{_VICTIM_46B}\b"
)
VIOLENCE = VIOLENCE + [KIN_CHOKING_KIN_NOW_46R]
CATEGORY_PHRASES[categories.VIOLENCE.key] = VIOLENCE
# A person lying there "sin respirar" (not breathing) was read only beside a drug word; it is the
# breathing sign itself, overdose or medical by the rest of the message (detector._resolve).
BREATHING = BREATHING + [
    r"(?<!\baguantar\s)(?<!\baguanto\s)(?<!\baguanta\s)\b(?:esta|estaba|quedo|se quedo|sigue|lo encontre|la encontre|lo encontramos|la encontramos|"
    r"tirad[oa]|acostad[oa]|en el (?:piso|suelo)) (?:\w+ ){0,3}?sin respirar\b"
]

# --- round 47's the English ask tier, envy of patients, no reason since a loss, the old thoughts (helper d) ---
# Passive wishes told in passing, in English: the ask tier (possible risk, asked directly).
# 1. A night-shift nurse, an ER tech, an EMT or a paramedic who envies (is jealous of) the patients who
# overdose, do not wake up or do not make it, or wishes it were them on the stretcher, the gurney or in
# the body bag, or envies "them" when a patient is lost. Round 21's and round 40's families read envy of
# "the dead" and "who die"; these name the work's own ends. Not a colleague's schedule, nor patients who
# never make it to their appointment, nor people who never wake up before noon.
_ENVY_47D = r"(?:envy|envies|envying|envied|envious(?: of)?|jealous(?: of)?|jelly of|a little jealous(?: of)?)"
_PATIENT_END_47D = (
    r"(?:overdos\w*|ods|od|od s|od d|oded|od ing|doas?|dead on arrival|coded|code(?:s)? fail\w*|flatlin\w*|body bags?|the morgue|(?:get|got|gets|was|were|are) pronounced|"
    r"(?:do not|did not|never|will not|does not|dont|didnt|wont|doesnt) (?:wake up|wakes up|make it|makes it|come back|survive|pull through)"
    r"(?! (?:to|in|on|through|out|back|home|for|before|early|at|until|till|again|after)\b)|"
    r"(?:we|i|they) (?:lose|lost|could not save|can not save|cant save|couldnt save|bag\w*|call\w* (?:it|the code)|bring in dead|brought in dead))"
)
_PATIENT_PLACE_47D = (
    r"(?:stretcher|gurney|cot|backboard|spine board|(?:hospital|icu|er|ed|trauma) bed|bed not waking up|bed (?:not|never) waking|trauma bay|resus bay|resus room|"
    r"vent|ventilator|body bag|bag|morgue|slab|coffin|casket|drawer|back of the (?:rig|ambulance|bus|truck|unit)|rig)"
)
_WORK_ENDING_47D = r"(?:died|overdosed|od d|oded|did not wake up|did not make it|coded|was not waking up|not waking up|got to go|got to rest|we lost|we could not save|flatlined)"
ENVY_OF_PATIENTS_47D = (
    r"\b" + _ENVY_47D + r"\b[^.?!\n]{0,40}?\b" + _PATIENT_END_47D + r"\b|"
    r"\b(?:wish|wishes|wished|wishing)\b (?:that )?(?:it|that) (?:was|were|had been|could be|would be|could have been) me\b[^.?!\n]{0,30}?\b(?:on|in|under|inside|lying on|zipped in) "
    r"(?:the|that|a|this) (?:\w+ )?" + _PATIENT_PLACE_47D + r"\b|"
    r"\b(?:wish|wishes|wished|wishing)\b (?:that )?i (?:was|were|could be|had been) (?:the one |the patient |the pt |him |her )?(?:on|in|under|inside|lying on|zipped in) "
    r"(?:the|that|a|this) (?:\w+ )?" + _PATIENT_PLACE_47D + r"\b|"
    r"\b(?:wish|wishes|wished|wishing)\b (?:that )?i (?:was|were|could be|had been) the one (?:who|that) (?:\w+ )?" + _WORK_ENDING_47D + r"\b|"
    r"\b(?:lose|lost|losing) (?:a patient|someone|somebody|one|a pt|a kid|a person|them|him|her)\b[^.?!\n]{0,60}?\b" + _ENVY_47D
    + r" (?:them|him|her|the patient|that patient|the pt|that person|the person|the body)\b|"
    r"\b(?:a |the )?code (?:fails|failed|goes bad|went bad|is called|was called|ends|ended)\b[^.?!\n]{0,60}?\b" + _ENVY_47D
    + r" (?:them|him|her|the patient|that patient|the pt|that person|the person|the body)\b"
)

# 2. A loss (sight, a leg, a job, a partner) and no reason or point to keep going, carry on or go on
# since then, typed by dictation or a screen reader: commas everywhere, few capitals ("since i lost my
# sight , there is no reason , to keep going"), and the forms the older family misses ("keep on going",
# "no reason for me to keep going", "i can not find a reason to keep going", "nothing to keep going
# for"). Not a task kept up ("no reason to keep going to physical therapy", "no point continuing the
# infusions if insurance won't pay").
_SEP_47D = r"[\s,;:]+"
_GO_ON_47D = (
    r"(?:keep(?:ing)?" + _SEP_47D + r"(?:on" + _SEP_47D + r")?going|keep(?:ing)?" + _SEP_47D + r"(?:on" + _SEP_47D + r")?living|keep(?:ing)?" + _SEP_47D + r"on|"
    r"go(?:ing)?" + _SEP_47D + r"on(?:" + _SEP_47D + r"living)?|carry(?:ing)?" + _SEP_47D + r"on|"
    r"continu(?:e|ing)" + _SEP_47D + r"(?:living|on|existing|with" + _SEP_47D + r"(?:life|my" + _SEP_47D + r"life)|like" + _SEP_47D + r"this)|"
    r"stay(?:ing)?" + _SEP_47D + r"alive|get(?:ting)?" + _SEP_47D + r"up" + _SEP_47D + r"(?:anymore|any" + _SEP_47D + r"more|in" + _SEP_47D + r"the" + _SEP_47D + r"morning))"
)
_NOT_A_TASK_47D = (
    r"(?!" + _SEP_47D + r"(?:to|with|at|on" + _SEP_47D + r"(?:the|my|this|that|a|with)|through|there|back|in" + _SEP_47D + r"(?:the|this|that|a)|for" + _SEP_47D + r"(?:the|a|this|that)|"
    r"if" + _SEP_47D + r"(?:it|they|the|my|insurance)|unless|the|this|that|my|your|his|her|treatment|infusions?|sessions?|therapy|pt|school|work|paying|taking|trying|"
    r"about|and" + _SEP_47D + r"on|on" + _SEP_47D + r"and|into|past|without|here|using|it|forever|so" + _SEP_47D + r"long|for" + _SEP_47D + r"so" + _SEP_47D + r"long|like" + _SEP_47D + r"that)\b)"
)
_NO_REASON_47D = (
    r"(?:no|zero|not" + _SEP_47D + r"(?:a|one|any))" + _SEP_47D + r"(?:(?:real|good|more|other|single)" + _SEP_47D + r")?(?:reason|point|purpose|use|sense)s?"
    r"(?:" + _SEP_47D + r"(?:left|anymore|any" + _SEP_47D + r"more|at" + _SEP_47D + r"all|for" + _SEP_47D + r"me|really))?|"
    r"(?:do" + _SEP_47D + r"not|dont|can" + _SEP_47D + r"not|cant|could" + _SEP_47D + r"not|couldnt|cannot)" + _SEP_47D
    + r"(?:see|find|think" + _SEP_47D + r"of|have|come" + _SEP_47D + r"up" + _SEP_47D + r"with)" + _SEP_47D + r"(?:a|any|the|one)" + _SEP_47D + r"(?:single" + _SEP_47D + r"|good" + _SEP_47D + r")?(?:reason|point|purpose)s?"
)
NO_REASON_SINCE_LOSS_47D = (
    r"(?<!\bif\s)\b(?:" + _NO_REASON_47D + r")" + _SEP_47D + r"(?:(?:for" + _SEP_47D + r"me" + _SEP_47D + r")?(?:to|in|of|for)" + _SEP_47D + r"|(?=(?:keep|keeping|going|carrying|continuing)\b))"
    r"(?:me" + _SEP_47D + r"to" + _SEP_47D + r")?" + _GO_ON_47D + r"\b" + _NOT_A_TASK_47D + r"|"
    r"\bnothing" + _SEP_47D + r"(?:left" + _SEP_47D + r")?to" + _SEP_47D + r"(?:keep" + _SEP_47D + r"(?:on" + _SEP_47D + r")?going|go" + _SEP_47D + r"on|carry" + _SEP_47D + r"on|keep" + _SEP_47D + r"living)"
    + _SEP_47D + r"for\b|"
    r"\bwhat" + _SEP_47D + r"(?:is" + _SEP_47D + r")?(?:even" + _SEP_47D + r")?the" + _SEP_47D + r"(?:reason|point)" + _SEP_47D + r"(?:to|of|in)" + _SEP_47D
    + r"(?:keep(?:ing)?" + _SEP_47D + r"(?:on" + _SEP_47D + r")?going|going" + _SEP_47D + r"on|carrying" + _SEP_47D + r"on)\b" + _NOT_A_TASK_47D
)

# 3. The thoughts referred to obliquely and told as back ("those thoughts are back", "the dark thoughts
# again, you know which ones", "the old thoughts are creeping back in", "having those thoughts again"),
# with a reassurance ("not going to act on them", "not gonna do anything", "i'm safe") or a nod to which
# ones anywhere in the message: the reassurance does not rule it out, it is the ask tier. Not thoughts
# with an object ("those thoughts about quitting my job are back", "intrusive thoughts about germs
# again"), nor racing or anxious thoughts, nor asked ahead ("if those thoughts come back").
_OBLIQUE_THOUGHTS_47D = (
    r"(?:those|these|them|the|my|his|her|their|same|old|that kind of|those kind of|the kind of|the same|the same old|the usual|the old|my old|his old|her old|the familiar|same old)"
    r"(?: (?:old|same|usual|familiar|dark|bad|ugly|heavy|scary|black|awful|other|nasty|evil|unwanted|old familiar)){0,2} (?:thoughts|thots|thoughs|toughts)"
)
_BACK_47D = (
    r"(?: (?:are|r|is|have|has|ve|been|keep|keeps|kept|started|start|starting))?(?: (?:all|kind of|kinda|sort of|slowly|definitely|totally|def))? "
    r"(?:back(?: again)?|coming back|came back|come back|creeping (?:back|in)|crept back|sneaking back|snuck back|returned|returning|resurfac\w*|here again|again|"
    r"showing up again|popping up again|visiting again|knocking again)"
    r"(?! (?:about|of|on|regarding|re|that|where|like|over|around|to (?:mind|work|school))\b)"
)
_REASSURED_47D = (
    r"not (?:going|gonna|planning|about|trying) (?:to )?(?:do|act|try)|not acting|not act|(?:will|would) not (?:do|act|ever do|ever act)|wont (?:do|act)|(?:would|will) never (?:do|act)|"
    r"i am (?:safe|ok|okay|fine)|im (?:safe|ok|okay|fine)|(?:do not|dont) worry|i promise|promise|no plans?|not planning|no intention|not in danger|"
    r"(?:you|u|ya) know (?:which|what|the (?:ones|kind|thoughts)|what i mean)|the (?:bad|dark|old|same|scary) ones|from before|like (?:before|last time)"
)
THOSE_THOUGHTS_BACK_47D = (
    r"(?<!\bif\s)(?<!\bwhen\s)(?<!\bwhenever\s)(?<!\bcase\s)(?<!\bunless\s)(?:"
    + _ALL_OF_42A(r"(?<!\bif\s)(?<!\bwhen\s)(?<!\bwhenever\s)" + _OBLIQUE_THOUGHTS_47D + _BACK_47D, _REASSURED_47D) + ")"
)

POSSIBLE_RISK = POSSIBLE_RISK + [ENVY_OF_PATIENTS_47D, NO_REASON_SINCE_LOSS_47D, THOSE_THOUGHTS_BACK_47D]
CATEGORY_PHRASES[categories.POSSIBLE_RISK.key] = POSSIBLE_RISK
# a nurse's or a medic's envy is her own, not a study case
NOT_STUDY = NOT_STUDY + [ENVY_OF_PATIENTS_47D]
# the words of all three, for patterns' stops of older filters
ASK_TIER_EN_47D = ENVY_OF_PATIENTS_47D + "|" + NO_REASON_SINCE_LOSS_47D + "|" + THOSE_THOUGHTS_BACK_47D
