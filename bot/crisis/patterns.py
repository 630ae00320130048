"""Crisis patterns, written in a small token syntax compiled to spaCy Matcher rules.

Syntax, one pattern per string, tokens separated by spaces (text is normalised
first, see normalize.py, so contractions are already expanded: "can not",
"will not", "he is"):

    word        the token's lower-case text is `word`
    a|b|c       one of these texts
    @lemma      the token's lemma, or that exact text (``@overdose`` matches
                overdose, overdosed, overdoses); mixes with texts: ``@turn|went``
    ?tok        optional token (any of the forms above may take the ?)
    _           any one word, optional; never a negator, punctuation or
                conjunction, so "i am [not] suicidal" cannot bridge a "not"
    $           end of a clause: punctuation, a conjunction or end of message
                ("i want to cut $" but not "i want to cut my hair")
    !pattern    a TOPIC pattern (see below)

Kinds of trigger:

    SIGNS       present states and first-person intent ("he is not breathing",
                "how do i kill myself"): emergencies however they are asked, so
                never suppressed as questions, only by negation/past/idioms.
    TOPICS      (prefix !) named conditions and events ("having a seizure",
                "suicidal", "chest pain"): emergencies as statements, not inside
                an information question ("is chest pain a side effect").
    UNRESPONSIVE / CYANOSIS / BREATHING signs are generic: an overdose when the
                message has opioid/drug context (OPIOID_CONTEXT), or when blue
                skin comes with unresponsiveness and no other medical cause
                (naloxone harms no one, so overdose guidance is the safe pick);
                otherwise a medical emergency. Both answers put 911 first.

Word lists in CAPITALS are spliced into patterns with f-strings.
"""

from __future__ import annotations

from typing import Dict, List

from bot.crisis import categories as _categories
from bot.crisis import phrases as _F
from bot.crisis import regex_parts as _regex_parts

# Pattern groups are named by the category keys they detect (categories.py).
OVERDOSE = _categories.OVERDOSE.key
SELF_HARM = _categories.SELF_HARM.key
MEDICAL = _categories.MEDICAL.key
POSSIBLE_RISK = _categories.POSSIBLE_RISK.key
VIOLENCE = _categories.VIOLENCE.key

# --- word lists -----------------------------------------------------------

# Someone other than the writer; also used as "the one who is not breathing".
WHO = (
    "he|she|they|him|her|them|friend|boyfriend|girlfriend|husband|wife|son|daughter|"
    "brother|sister|mother|father|partner|roommate|someone|somebody|baby|kid|child|teen|"
    "teenager|guy|man|woman|person|uncle|aunt|cousin|fiance|fiancee|grandma|grandpa|"
    "grandmother|grandfather|niece|nephew|neighbor|coworker|buddy|patient|he's|she's"
)
# Subject slot for a state: a person, or "and"/"but" when the subject is
# elided ("she collapsed and will not respond").
STATE_SUBJECT = f"{WHO}|and|but|now"
AUX = (
    "is|are|was|were|'s|am|will|would|does|did|do|can|could|has|have|had|been|keeps|keep|"
    "just|still|really|now|even|literally|completely|totally|suddenly|again|already|also"
)
BE = "is|are|was|'s|am|still|now|just|really|already|all|so"
SELF = "myself|himself|herself|themselves|themself|ourselves"
POSS = "my|his|her|their|our"
COLOR = "blue|bluish|grey|gray|greyish|grayish|purple|ashen"
SKIN = "lips|lip|face|fingertips|fingers|fingernails|nails|skin|mouth|toes"
TURN = "turning|turned|turn|turns|going|gone|went|getting|got|looks|look|looking|seems"
DRUGS = (
    "fentanyl|heroin|oxycodone|oxycontin|percocet|methadone|morphine|opioid|opioids|"
    "opiate|opiates|dope|pills|pill|xanax|hydrocodone|vicodin|norco|dilaudid|tramadol|"
    "ambien|benadryl|tylenol|acetaminophen|gabapentin|klonopin|valium|ativan|insulin|"
    "codeine|carfentanil|xylazine|tranq|benzos|m30|m30s|blues|pressed|drugs|drug|meds|"
    "medication|medications|suboxone|kratom|pastillas|droga|drogas|heroina|fentanilo|"
    "oxicodona|metadona|morfina|hidrocodona|codeina|oxis"
)
# Past-tense "took": what has happened is an overdose; "going to take" is intent.
TOOK = "took|taken|swallowed|popped|ate|downed|snorted|smoked|shot|injected|used|mixed"
AIRWAY = "throat|tongue|lips|lip|face|mouth|airway|airways"
AIRWAY_LINK = (
    "and|is|are|feels|feel|feeling|keeps|keep|getting|starting|started|to|so|really|very|"
    "all|still|kind|kinda|of|up|like|it|seems|looks|just|going|completely"
)
SWELL = (
    "closing|close|closes|closed|tight|tighter|tightening|swelling|swell|swells|swollen|"
    "huge|puffy|blowing|thick|thickening"
)
HIGH_PLACE = (
    "bridge|building|roof|rooftop|balcony|ledge|cliff|overpass|tower|window|train|car|"
    "truck|bus|traffic|garage|parking|subway"
)
BABY = "baby|newborn|infant|son|daughter|kid|kids|child|children|bebe|hijo|hija"
SYSTOLIC_CRISIS = "|".join(str(n) for n in range(180, 300))
DIASTOLIC_CRISIS = "|".join(str(n) for n in range(120, 200))

# --- generic signs (resolved to overdose or medical, see above) -------------

UNRESPONSIVE_SIGNS: List[str] = [
    "not|barely|hardly|stopped|stop|stops|quit|no ?longer ?really breathing",
    "@breathe|breaths|breath ?is|are|has|got|keeps|seems ?_ "
        "slow|slower|shallow|weird|funny|strange|irregular|raspy|labored|ragged",
    "slow|shallow|weird|strange|gasping|agonal|labored ?and ?slow|shallow breathing|breaths",
    "@breathe ?like ?only ?once every|a ?_ second|seconds|secs|sec|minute|minutes|min",
    "@breathe|breath|breaths ?keeps|keep|is|are ?_ @stop|@pause",
    f"can|could not wake|rouse ?up ?my|our|the ?_ {WHO}",
    f"can|could not get|make ?my|our|the ?_ {WHO} to wake|respond|open|come",
    f"{STATE_SUBJECT} ?{AUX} ?{AUX} ?{AUX} not|barely|hardly|stopped|quit "
        "waking|wake|respond|responding|rousing|reacting|moving",
    "hard|impossible|difficult|tough to wake|rouse $|him|her|them",
    "@unresponsive|@unconscious|lifeless",
    "is|are|'s|went|go|gone|goes|just|completely|totally ?very|really|so|all|super|kinda limp|lifeless|floppy",
    "no|without ?a pulse|heartbeat",
    "can|could not find|feel ?a|his|her|their pulse|heartbeat",
    "heart ?has|is ?just stopped",
    "heart ?is not beating",
    "snoring|gurgling|rattling|choking ?_ sound|sounds|noise|noises",
    "snoring|gurgling weird|weirdly|strange|strangely|funny",
    f"{STATE_SUBJECT} ?{AUX} ?{AUX} @pass|@black|knocked out",
    f"{STATE_SUBJECT} ?{AUX} ?{AUX} @collapse|@faint",
    "@collapse",
    "@find|@found ?_ ?_ ?_ passed|@pass out",
    # Spanish
    "no|casi respira|responde|reacciona|despierta",
    "no esta respirando|respondiendo|reaccionando",
    "no puedo|puede|podemos despertarlo|despertarla|despertarle|despertar",
    "inconsciente|desmayado|desmayada",
    "se desmayo|desmayó",
]

CYANOSIS_SIGNS: List[str] = [
    f"{SKIN}|{WHO} ?{BE} ?{BE} ?{TURN} ?kind|kinda|so|really|very|all|slightly ?of {COLOR}",
    f"@turn|@go|went|gone {COLOR}",
    f"{COLOR} {SKIN}",
    "labios|cara|piel azules|azul|morados|morada|morado|grises",
    "se esta ?poniendo azul|morado|morada",
]

BREATHING_SIGNS: List[str] = [
    "can|could not|barely|hardly breathe|breathing",
    "can|could not|barely|hardly catch|get ?my|his|her|their|a breath|breathe|air",
    "hard|trouble|struggling|struggle|difficulty|unable|trying ?to catch|catching "
        "?my|his|her|their breath|breathe",
    "trouble|difficulty|difficulties|problems|struggling|struggle|fighting ?to breathing|breathe",
    "hard time breathing|breathe",
    "@gasp ?for air|breath|breathe",
    "really|very|so|severely|extremely|suddenly short of breath|breathe",
    "no puedo|puede|podia respirar",
    "?me|le|te|nos|se falta|faltaba|faltando el aire",
    "le cuesta respirar",
]

# Drug context: any of these in the message makes a generic sign an overdose.
OPIOID_CONTEXT: List[str] = [
    DRUGS + "|narcan|naloxone|needle|needles|syringe|overdose|overdosed|overdosing|sobredosis",
    "after|been|was|were|from|while|started|keeps|keep|from ?_ using|shooting|snorting|injecting",
    "@relapse",
    # round 18: a relapse in Spanish ("hoy recayo y no respira")
    "recayo|recai|recaida|recaer|drogado|drogada|drogandose",
    "volvio|volvi|volvieron a usar|consumir|drogarse|inyectarse|meterse",
    "shot|shoot|shooting up",
    "used|using $|again|tonight|today",
    "what|something|whatever ?he|she|they|i ?has|have|had took|taken",
    f"{TOOK}|sniffed something|stuff",
    "snorted|sniffed|did ?a|some line|lines|bump|bumps",
    f"got|get|getting|{WHO} ?is|was|are high|stoned|wasted",
    # Spanish: something smoked, snorted or injected ("se fumo algo")
    "fumo|metio|inyecto|esnifo|aspiro|fume|meti|inyecte|fumar|fumarse|meterse|inyectarse|esnifar algo|eso|droga|drogas|pastillas|un|una",
]

OVERDOSE_SIGNS: List[str] = [
    "!overdosing",
    "@overdose right now",
    "overdose|overdosing help|emergency|911|happening",
    f"!{WHO}|i|who ?{AUX} ?{AUX} ?might|may|think|just ?have ?just overdosed",
    "!is|having|@have|had|in|took|taken ?a|an ?_ overdose",
    "@nod|nodding|noddin out",
    "pinpoint|pinned|pin|tiny|small ?point|prick ?_ pupils",
    "pupils ?are|is|look|r|@be|were ?_ tiny|pinpoint|pinned|pin|small",
    f"{TOOK} ?way too many|much ?of ?{POSS}|the ?_ {DRUGS}|$",
    f"{TOOK} ?a|an|the ?whole|entire bottle|pack|box|strip|sheet",
    f"{TOOK} a bunch|handful|lot|ton|fistful of ?_ ?_ {DRUGS}",
    f"{TOOK} all ?of ?{POSS}|the ?_ ?_ at once|together",
    "@put|@wear|@use|@stick|@apply ?on too|extra|multiple|several|2|3|two|three ?many ?_ patches|patch",
    "needle|syringe|rig ?still in his|her|their arm|hand|neck|leg|foot|vein",
    f"gave|given|sprayed|used|administered ?{WHO} ?_ ?_ ?of narcan|naloxone",
    "another|more|second|2nd|third|3rd narcan|naloxone",
    "narcan|naloxone ?is|@be|@do not working|work|helping|help",
    "narcan|naloxone ?is|@be @wear|wore off",
    # Spanish (accents folded)
    "!sobredosis",
    "tomo|tome|tomaron|tomaste|tomado ?_ demasiadas|muchas|todas ?las|sus|mis ?_ pastillas|pildoras",
    "tomo|tome|tomaron|tomado ?_ todo|toda el|la frasco|bote|caja",
]

SELF_HARM_SIGNS: List[str] = [
    # direct statements of intent, plans and means
    "@kill|@hang|@shoot|@stab|@drown|@poison|@suffocate|@smother|@electrocute|@overdose|@off|@end|@strangle "
        f"{SELF}",
    f"to @hurt|@harm|@cut|@burn|@injure|@starve|@punish|@scratch {SELF}",
    f"hurting|harming|cutting|burning|injuring|starving|punishing|scratching {SELF}",
    f"@hurt|@harm|@cut|@burn|@injure {SELF} ?_ ?_ ?_ ?_ "
        "again|purpose|deliberately|intentionally|purposely|tonight|today|yesterday|night",
    "@slit|@cut|@slash ?my|his|her|their wrists|wrist|throat",
    "urge|urges|craving|cravings|tempted|temptation to cut|hurt|harm|burn|relapse",
    "cutting again",
    "been|keep|keeps|started|still|stop cutting $",
    "want|wanna|need|going|have to cut $",
    "!@self harm|harming|harmed",
    f"@end|@take {POSS} ?own life|lives",
    "@end it all|tonight|today|tomorrow|now|forever|soon|$",
    "@end everything $",
    "@end things|everything tonight|today|now",
    "@end this life",
    "want|need|wanted|wish it|everything all|everything to stop|end|be",
    "want|need|wanted|wish everything to stop|end|be",
    "can|could not go on|continue",
    "can|could not live $|like|anymore|with",
    "can|could not keep going|living",
    "not think|sure|know ?if|whether|how i can|could go|keep|hold|last on|going|anymore|longer",
    "can|could not do|take ?it|this|life anymore",
    "ending it all|tonight|$",
    "i|to|me|myself|going|gonna ?_ commit|attempt suicide",
    "want|wants|wanted|wanting|ready|plan|planning|decided|deserve|deserves|hope|trying|wanna|need|needs "
        "to die",
    "want|wants|wanted|wanting|ready|wanna to be dead|gone",
    "rather be ?_ dead|gone",
    "rather @die|dying",
    "better off dead|gone",
    "better off without me",
    "better off if|when i ?was|were|am ?_ @die|dead|gone",
    "@wish|hope|hoping|pray|praying ?that i ?was|were|could|would|will|just|had ?just ?_ "
        "dead|die|gone|disappear|vanish",
    "@wish|hope ?that i ?was|had ?never ?been born",
    "hope|hoping|wish|praying ?that ?i ?do|will|would|could not|never wake up",
    "sleep|bed|asleep and|then ?just not|never wake",
    "so ?that i ?do|will|would not|never wake up",
    "not wake up tomorrow|again|ever",
    "want|wish|hope|hoping ?to ?_ ?_ ?_ never wake up",
    "want|wanna|wish|hope ?to ?just disappear|vanish forever|permanently|$",
    "never hear|see from ?me again",
    "not ?_ want|wanna|wish ?to live|exist|living",
    "not ?_ want|wanna ?to be|stay alive|living",
    "not ?_ want|wanna ?to be here anymore|now|tomorrow|$",
    "not ?_ want|wanna ?to wake up tomorrow|again|ever|anymore|$",
    "not ?_ want|wanna to keep living",
    "not ?_ want|wanna to go|keep on|going $",
    "tired|sick|done ?of|with living|life|existing",
    "tired|sick|done of|with being alive",
    "?not ?see|find|have|got|know ?_ no|any|the|what point|reason|purpose ?for ?me ?in|of|to|for "
        "?keep|go|stay|be ?on living|live|life|alive|existing|exist",
    "nothing|nobody|reason to live for",
    "not worth living",
    "life is|@be not|no ?longer worth",
    "nobody would|will|'d ?even ?really notice|care|miss ?me if|when i",
    "nobody would|will ?even ?really miss me",
    "i|he|she|they|me ?am|is|are|feel|feels|just|only|being|be ?_ a|such burden",
    "like a|such burden",
    "this is ?my goodbye",
    "my last message",
    "@say|@text|@send|@write my|final|last ?final goodbyes|goodbye",
    "@say|@text|@send|@write|@tell me|us goodbye",
    "goodbye to everyone|everybody|all|the world",
    "will not be here|around anymore|much|long",
    "@write|@leave|@finish ?a|my|the suicide|goodbye note|letter|letters|notes",
    "!suicide note|plan|attempt",
    "!@suicidal|suicidality",
    "!@suicide",
    "i|my ?_ ?_ ?_ suicidal|suicide",
    "!thoughts|thinking|think|thought ?of|about dying|death|suicide",
    "@save|@stockpile|@hoard|@collect|@stash ?up ?_ ?_ pills|meds|medication|medications|pill",
    "pills|meds|medication ?are ?_ saved|stockpiled|stashed|hoarded",
    "pills|meds|enough ?_ to die|kill|overdose",
    "take|need|enough to kill me|myself",
    "lethal|fatal|deadly dose|amount|overdose",
    "going|gonna|about|want|plan|planning|thinking|decided|ready ?to|of|about "
        "take|taking|swallow|swallowing ?them all|every|whole|bunch|handful",
    "@give away my|all ?my stuff|things|belongings|possessions|everything",
    "will not need it|them|anything|any|my ?_ after|where",
    "@use|@turn|@point it|gun|pistol ?_ on|at myself|me",
    # round 21: "use my pistol on myself"
    "@use|@turn|@point my|the|a|his|her gun|pistol|rifle|shotgun|revolver|weapon|piece ?_ on|at|against myself",
    "gun|pistol to|against my|his|her head",
    "@tie|@make|@have|@buy|@get ?a|the noose",
    "!noose",
    f"@jump|@throw|@step ?myself off|from|into ?of ?_ ?_ {HIGH_PLACE}",
    f"@jump|@throw|@step|@walk|@lie ?myself ?down in front of ?_ ?_ {HIGH_PLACE}",
    "going|gonna|about|ready|want|plan|planning to jump $",
    "@drive|@crash|@steer ?my|the|his|her ?car off|into ?the|a ?_ "
        "road|bridge|cliff|tree|wall|traffic|river|lake|ocean|pole|truck",
    "@overdose|od ?_ ?_ on purpose",
    "@overdose intentionally|deliberately|purposely",
    "going|want|wants|plan|planning|trying|try|wanna|about|decided|ready to overdose|od",
    "talking|talks|talked|threatening|threatened|threatens ?about|to ?_ suicide|killing|dying|ending",
    # thoughts of harming a baby or child (postpartum); a topic, so "will
    # spravato hurt my baby?" stays a question
    "!@hurt|@harm|@kill|@smother|@suffocate|@drown|@shake|@strangle|"
        f"hurting|harming|killing|smothering|drowning|shaking ?{POSS}|the {BABY}",
    # Spanish
    "me quiero morir|matar|suicidar",
    "se quiere morir|matar|suicidar",
    "quiero|quiere morir|morirme|suicidarme|matarme|morirse|suicidarse|matarse",
    "me voy|va a matar|suicidar",
    "se va a matar|suicidar",
    "@quitarme|quitarse la vida",
    "suicidarme|suicidarse|suicidarte|matarme|matarse",
    "no quiero vivir|seguir|existir|despertar",
    # ...of someone else, "no quiere despertar" is "won't wake up" (phrases.UNRESPONSIVE)
    "no quiere vivir|seguir|existir",
    "no quiero|quiere estar aqui|vivo|viva",
    "no tengo ganas|razones de vivir|seguir",
    "mejor sin mi|muerto|muerta",
    "me corto|corte|cortando",
    "me estoy cortando",
    "hacerme|haciendome dano",
    "hacerle dano a mi bebe|hijo|hija",
    "!suicidio|suicida|suicidas",
]

MEDICAL_SIGNS: List[str] = [
    # airway and anaphylaxis
    f"{AIRWAY} ?{AIRWAY_LINK} ?{AIRWAY_LINK} ?{AIRWAY_LINK} ?{AIRWAY_LINK} {SWELL}",
    "!@anaphylactic",
    "!having|into|in ?a|an ?really|very|super "
        "?bad|severe|serious|scary|horrible|terrible|major|huge|allergic|anaphylactic|weird|strange "
        "reaction|attack|shock",
    "!mast cell reaction|attack|crisis|storm",
    "allergic|anaphylactic reaction right now",
    "!@use|@give|@need|@inject|@grab ?my|an|the|his|her epipen",
    "epipen ?is|@be|@do not working|work|help|helping",
    "something|food ?is|@be|@get ?_ stuck in ?my|his|her throat",
    "is|are|am|'s|keeps|keep|started|@start|now|still|baby choking",
    "choking on",
    "!@wheeze|wheezing",
    "@bite|@bit by a ?_ snake",
    "se me cierra|cierra la garganta",
    "hinchando|hinchada|hinchado|hinchados|hinchadas|inflamada|cerrando ?la|el|los|las|mi|mis ?_ "
        "lengua|garganta|cara|labios|boca",
    "lengua|garganta|cara|labios|boca ?se ?esta|estan|muy ?_ "
        "hinchada|hinchado|hinchados|hinchadas|cerrada|cerrando|hinchando",
    "!reaccion alergica",
    "esta|estoy ahogando|atragantando|asfixiando",
    "me ahogo|asfixio",
    # heart
    "!chest pain|pains|pressure|tightness|heaviness",
    "@chest ?is|feels|feel|@be|really|so|very|super ?_ hurts|hurting|hurt|tight|heavy|crushing|squeezing",
    "!crushing|pressure|tightness|pain|pains|squeezing|heaviness ?in|on my|his|her chest",
    "@clutch|@grab|@hold|@grasp|clutching|grabbing|holding ?his|her|my|their chest",
    "pain|numb|numbness|tingling|ache ?_ ?going|shooting|spreading|radiating ?down|into|to|in|up "
        "?my|his|her|the left arm",
    "pain|ache ?_ ?going|shooting|spreading|radiating down|into|to|up ?my|his|her|the jaw",
    "left arm|jaw|side ?is|are|feels|feel|@go|went|just|really ?_ "
        "numb|tingling|tingly|hurts|hurting|heavy|weak|dead",
    "!heart|asthma attack",
    "@clutch|@grab|@hold chest",
    "chest|heart ?is killing me",
    "!dolor ?_ de|en el pecho",
    "me|le|te|nos duele ?mucho|tanto ?_ el pecho|corazon",
    "!ataque al ?_ corazon|cardiaco",
    "!infarto",
    # stroke
    "face|mouth|smile|eye ?is|are|@be|@go|went|just|suddenly|looks|look|all ?_ "
        "drooping|droopy|droop|crooked|numb|uneven|lopsided|paralyzed|sagging",
    "@droop|drooping ?_ face|mouth|smile|eye",
    "slurred|slurring speech|words",
    "speech|words|talking|voice ?is|are|@be|sounds|@sound|all|really|suddenly ?_ slurred|slurring|garbled",
    "@slur|slurring his|her|my|their ?words|speech",
    "is|are|am|started|@start slurring",
    "can|could not lift|move|raise|feel|use ?_ ?_ ?left|right arm|arms|leg|legs|side|face|hand",
    "left|right|one ?_ arm|leg|side|hand ?is|are|@feel|just|suddenly|so|really|@go|went ?_ "
        "weak|numb|limp|dead|heavy|paralyzed|tingling",
    "arm|leg|side|face ?just|suddenly|all ?_ @go|went ?_ weak|numb|limp|dead|droopy",
    "worst headache",
    "worst pain of my|his|her life",
    "thunderclap headache",
    "sudden|suddenly ?_ ?severe|terrible|horrible|excruciating|splitting|worst headache",
    "can|could not see ?anything|right|straight|properly|out",
    "lost|losing ?my|his|her|their ?_ vision|sight",
    "@go|going|went blind",
    "vision|everything|eyes ?is|are|@be|@go|going|went|just ?_ dark|black",
    "!@have|having|had|@go|going|into|in ?into ?a|an ?_ ?_ "
        "seizure|seizures|convulsion|convulsions|stroke|arrest",
    "@stroke right now",
    "!@seize|seizure|convulsing|@convulse|convulsion",
    "!derrame cerebral",
    "cara caida|torcida|paralizada|dormida",
    "no puede|puedo hablar|mover|levantar",
    "!convulsion|convulsionando|convulsiones",
    # bleeding
    "@bleed|bleeding ?_ ?really|so|very heavily|badly|everywhere|profusely|nonstop|out",
    "@bleed|bleeding a lot|ton",
    "@bleed|bleeding so|too|really much|bad",
    "@bleed|bleeding|blood ?is|@be ?_ will|@do|can|could not stop|stopping",
    "can|could not stop ?the|his|her|my ?_ bleeding",
    "blood ?is|@be|keeps|just ?_ spurting|gushing|pouring|squirting|everywhere|spraying|pumping",
    "spurting|gushing|pouring|squirting ?_ blood",
    "@cough|coughing|@vomit|vomiting|@throw|throwing|@puke|puking ?up ?_ blood",
    "@soak|soaking|@bleed ?through ?_ ?_ pad|pads|tampon|tampons|towel|towels",
    "clots ?_ ?as ?big|size|bigger|larger",
    "@pass|passing huge|big|large|giant clots",
    "sangrando|sangra mucho",
    "no para de sangrar",
    # head injury and falls
    f"@hit|@bang|@bump|@smash|@crack|hitting|banging {POSS} head ?hard|badly ?and|now ?and ?now "
        f"?{WHO}|i ?am|is|are|@be|keeps|keep|started ?_ "
        "confused|vomiting|throwing|puking|unconscious|bleeding|drowsy|sleepy|disoriented|slurring|seizing",
    f"{STATE_SUBJECT} ?is|are ?_ confused ?and ?_ throwing|vomiting|puking",
    "@fall|fell|falling down|off ?the|a ?_ stairs|ladder|roof|balcony",
    # blood pressure and fainting
    f"?blood pressure|bp ?is|@be|of|at|was|reading|just ?_ {SYSTOLIC_CRISIS} over",
    f"?blood pressure|bp ?is|@be|of|at|was|reading|just ?_ ?_ over {DIASTOLIC_CRISIS}",
    "?blood pressure|bp ?is|@be|keeps ?_ dropping|crashing|tanking|plummeting",
    "about|going|gonna|feel|feels ?like ?i ?am ?going ?to|gonna pass|black out",
    "about|going|gonna ?to faint",
    "!call|calling|called 911|ambulance",
]

# --- possible risk: ask directly (tier ASK) ----------------------------------

RISK_SIGNS: List[str] = [
]

# Words that, before a trigger in the same clause, negate it ("i am not
# suicidal", "not having any thoughts of self harm").
NEGATORS = {"not", "never", "no", "nobody", "none", "without", "nunca", "n't", "ni", "jamas"}
# Spanish negators before "he" ("nunca he tenido", "no he intentado"): there "he"
# is "i have", not a new English subject that ends the negation's reach.
SPANISH_NEGATORS = {"no", "nunca", "jamas", "ni"}
# A Spanish consequence after "si no ...": a reflexive verb or a time opens it
# ("si no me atienden hoy | me tiro del puente").
SPANISH_CONSEQUENCE_OPENERS = {"me", "se", "te", "hoy", "ahora", "manana", "esta"}
# Words that end the negation's reach when scanning back from a trigger:
# a new subject ("i am not sure i want to live"), or a double negative
# ("i can not stop cutting myself").
NEGATION_STOPS = {
    "i", "he", "she", "they", "we", "you", "stop", "stopping", "help", "ok", "okay", "just",
    "fine", "sure", "safe", "alright",
}
NEGATION_WINDOW = 6
# Drug words are negated only up close ("no drugs", "did not take any pills"),
# and not by a negator that belongs to a sign ("no respira, tomo fentanilo").
CONTEXT_NEGATION_WINDOW = 3

# Clause structure. Separators end a clause; starters open a new one (an
# information question or a conditional lives in its own clause).
CONJUNCTIONS = {
    "and", "but", "so", "because", "then", "though", "although",
    "however", "plus", "y", "pero", "porque", "pues",
}
STARTERS = {
    "if", "when", "whether", "while", "unless", "what", "whats", "why", "how", "who",
    "where", "which", "que", "como", "cuando", "si",
}
# A new subject opens a clause unless a starter just did ("if someone ...").
SUBJECT_RESTARTS = {"he", "she", "they", "my", "his", "her", "their", "someone", "somebody"}
POSSESSIVES = {"my", "his", "her", "their"}
PREPOSITIONS = {"in", "of", "from", "with", "at", "on", "about", "to", "for", "by", "near"}

# Clause-level markers: a trigger in a clause with one of these (and no sign
# of "now") is not happening now. Regular expressions over the clause text.
PAST_MARKERS: List[str] = [
    r"(years?|yrs?|months?|weeks?|summers?|winters?|springs?|falls?|decades?) (ago|back)", r"used to", r"when (i|he|she|they) (was|were)",
    r"in the past", r"back in", r"(?<!my )(?<!is )last (year|month|week)",
    # round 41 (k): a number 1900-2099 directly before a unit is a dose ("se trago 2000 mg"), not a year
    r"\b(19|20)\d\d\b(?!\s?(mg|mgs|miligramos?|milligrams?|milligramos?|g|gr|grs|gramos?|grams?|ml|mls|mcg|ug|mililitros?|milliliters?|units?|unidades|iu|ui)\b)",
    r"history",
    r"in recovery", r"(clean|sober) for", r"survived", r"a (while|long time) (ago|back)",
    r"long time ago", r"as a (teen|teenager|kid|child|toddler|baby)", r"in (college|high school)",
    r"died (of|from|by)", r"passed away", r"lost (my|a|his|her) \w+ to",
    # long-standing conditions
    r"disorder", r"epilepsy", r"epileptic", r"diagnosed", r"prone to", r"once had", r"i once", r"previously",
    r"checked out", r"got (it )?checked", r"false alarm", r"turned out", r"hace (anos|meses)",
    r"el ano pasado", r"el (verano|invierno|otono) pasado|la primavera pasada|el pasado (verano|invierno|otono)", r"de nin[oa]", r"de (chiquit[oa]|pequen[oa]|bebe)", r"(ya )?de grande", r"last (summer|spring|fall|winter|christmas)", r"cuando (yo |el |ella )?(era|eramos|eran)", r"hace (\w+ ){0,2}(anos|meses|semanas)",
    r"murio (de|por)", r"before (\w+ )?(treatment|therapy|ketamine|spravato|infusions?)",
    r"(i am|now i am|and now i am) (much |so much |doing )?(better|fine|okay|ok|good)",
    # ...not children coming back from school today (round 16: "antes que los ninos vuelvan de la escuela")
    r"(?<!vuelvan )(?<!vuelva )(?<!vuelven )(?<!vuelve )(?<!lleguen )(?<!llegue )(?<!llegan )(?<!llega )(?<!regresen )(?<!regrese )(?<!regresan )(?<!regresa )(?<!salgan )(?<!salga )(?<!salen )(?<!sale )(?<!vienen )(?<!viene )"
    r"(en|de) la (secundaria|escuela|prepa|universidad)|de adolescente",
    # recovered: "estoy bien", not "no estoy bien", nor the intensifier "estoy bien mal / bien triste"
    r"(?<!\bno\s)(?<!\bni\s)estoy bien\b(?!\s(?:mal\w*|triste\w*|jodid\w*|fregad\w*|cansad\w*|deprimid\w*|desesperad\w*|asustad\w*|"
    r"preocupad\w*|sol[oa]|perdid\w*|hart[oa]|agotad\w*|ahogad\w*|hundid\w*|loc[oa]|enferm\w*|adolorid\w*|metid[oa]))",
    r"en (la|mi) (adolescencia|juventud|pubertad)|de (muy )?joven", r"ever (had|been|attempted|tried|felt|thought|struggled|cut|overdosed)",
    r"alguna vez", r"(we|i) thought (he|she|they|it)('d|'s| had| was| would| might)?\b", r"(doctor|cardiologist|neurologist|the er|er) (cleared|checked|saw) (him|her|me|them)",
r"(have|has) had( \w+){1,3} (twice|once|three times|several times|a few times|before)",
    r"(could|can|might) (i |you |someone |a person )?accidentally", r"la semana pasada", r"el mes pasado",
    r"(before|ahead of) my first (infusion|session|treatment|appointment|visit|dose|block)|asking (before|ahead|in advance)|pa(ra)? estar preparad[oa]|to be prepared|just in case", r"(yrs|yr) ago", r"(once|twice|three times) \(", r"when i was (a kid|little|young|\d+)",
    # hypotheticals
    r"in the future", r"in case", r"hypothetically", r"someday", r"if (i|you) ever",
    # an episode that is over, of the writer or someone else
    r"back then", r"at (the|that) time", r"en (ese|aquel) (entonces|momento|tiempo)",
    r"(cleared|cleared up|went away|resolved|got better|passed) (with|after) (treatment|therapy|meds|medication|time|help|ketamine)",
    r"(after|with|during) (our|her|my|his) (first|1st|second|2nd|last|previous|older)( (baby|pregnancy|child|kid|son|daughter|delivery|birth))?\b(?! (infusion|session|dose|treatment|appointment|visit))",
    # a fear of what might happen one day ("me da miedo que algun dia se tome de mas")
    r"(afraid|scared|worried|worry|fear|terrified|nervous|me da miedo|tengo miedo|me preocupa|temo)( that| que)? (\w+ ){0,4}?(might|may|could|will|would|someday|one day|algun dia|pueda|vaya a|se vaya a)\b(?! have)",
    r"algun dia", r"some ?day", r"one day (he|she|they|i) (might|will|could)",
]
# Recurring physical symptoms are history; recurring suicidal thoughts are not,
# so these only silence overdose and medical triggers.
HABIT_MARKERS: List[str] = [
    r"sometimes", r"usually", r"occasionally", r"whenever", r"every time", r"tend to",
    r"when i get", r"at times", r"a vece?s", r"same as always|as usual|the usual|like always|como siempre|lo de siempre",
    r"when (i am|he is|she is|my|his|her) (\w+ )?(anxious|stressed|nervous|anxiety|panic)",
    r"desde siempre|de toda la vida|toda mi vida|all my life|my whole life",
    # fingers or toes that go white in the cold (Raynaud's): a habit, not a limb without blood
    r"in (?:the )?(?:cold|winter)|when it(?: is)? cold|raynaud\w*|cuando hace frio|en invierno",
]
# A sentence that ends in a visit already made ("had an asthma attack last night
# and ended up in the ER") tells a past event, whatever its "and"s.
TREATED_MARKERS: List[str] = [
    # an episode told as over in its sentence ("back then", "it cleared up with
    # treatment"); "then" ends a clause, so this is read over the whole sentence
    r"back then|at (the|that) time|en (ese|aquel) (entonces|momento|tiempo)",
    r"(cleared|cleared up|went away|resolved|got better|passed|se le quito|se me quito|se fue) (with|after|con|despues de) (the )?(treatment|therapy|meds|medication|time|help|ketamine|tratamiento|terapia)",
    r"(landed|ended up|wound up|went|were|was|spent the night) (\w+ )?in the (er|hospital|emergency room|urgent care|icu)",
    r"(fue|fuimos|terminamos|termino|estuvo) en (la )?(emergencia|el hospital|urgencias)",
    r"(sent|discharged|released) (\w+ )?(home|from the (er|hospital))",
    # a rescue medicine given in the ER or the ambulance ("they gave me epi in the ER")
    r"(gave|given|dieron|pusieron) (me |him |her |them |le |me |les )?(\w+ ){0,2}(epi|epinephrine|epipen|epi pen|adrenalin\w*|epinefrina|steroids|esteroides|benadryl|narcan|naloxone|naloxona)\b[^.?!]{0,30}\b(in|at|en) (the |la |el )?(er|hospital|emergency room|urgent care|ambulance|emergencia|urgencias|ambulancia)",
    # taken to the ER, where the cause was found ("dijeron que fue la presion baja")
    r"((took|brought|drove|rushed) (him|her|them|me|us)|(lo|la|los|las|me|nos) (llevamos|lleve|llevaron|llevo)) (to|a) (the |la |el )?(er|hospital|emergency room|urgent care|emergencia|urgencias|sala de emergencias)\b[^.?!]{0,80}?\b(said|told us|told me|dijeron|nos dijeron|me dijeron)( that| que)? (it |that it )?(was|fue|era|had been)\b",
    # someone else's event already in hospital hands ("she is admitted and stable now")
    r"(she|he|they|and) (is|are|was|were|got|has been|have been) (now )?(admitted|hospitali[sz]ed)|(she|he|they|and) (is|are) (now )?(admitted and )?stable",
    r"(esta|estan|quedo|quedaron) (internad[oa]s?|ingresad[oa]s?|hospitalizad[oa]s?|estables?)|(lo|la|los|las) (internaron|ingresaron|hospitalizaron)",
    # a dated event, and the person is fine now ("od'd last summer, we used narcan and he's fine now")
    r"(last (summer|spring|fall|winter|year|christmas|new year'?s)|(\w+ ){1,2}(years?|months?) ago|hace (\w+ ){0,2}(anos|meses)|el (ano|verano|invierno) pasado)\b[^.?!]{0,100}\b(he is|she is|they are|i am|hes|shes|theyre|im|esta|estan|estoy) (totally |completely |doing |perfectly |muy )?(fine|ok|okay|good|great|well|better|bien|mejor|perfect[oa])\b",
]
# A one-off event (a faint, a collapse) in a sentence that says the person is
# fine again is over; states ("not breathing", "blue") and anything swallowed
# are never over by a "he is fine" (an ingestion can look fine for hours).
RECOVERED_EVENTS = r"passed out|pass out|fainted|faint|collapsed|blacked out|knocked out|desmay\w*"
RECOVERED: List[str] = [
    r"(he|she|they|i|we) (is|are|am) (totally |completely |perfectly |all |doing )?(fine|ok|okay|alright|all right|good|better)\b(?! (but|except|until))",
    r"(ya )?(esta|estan|estoy) (bien|perfect[oa]s?|mejor)\b(?! (pero|excepto))",
]
# Within the C-SSRS screener's window (the past month), thoughts of suicide are
# asked about, not filed as history: these times do not make a possible-risk
# match past in a clause about such thoughts ("i have had suicidal thoughts in
# the last month"); other low moods of last month stay history.
RECENT_IDEATION = (
    r"suicid\w*|(quitarme|quitarse) la vida|matarme|matarse|kill(ing)? (myself|himself|herself)|"
    r"end(ing)? (it|my life|things)|not (being|be) here|(wanting|want) to die|no querer vivir|morir(me)?|dying|death|muerte"
)
RECENT_MARKERS: List[str] = [
    r"(in|during|over|within) the (last|past) (month|week|\w+ weeks|couple of weeks|few days|\d+ days)",
    r"last (week|month)|this (week|month)|(a|one|two|three|a few|a couple of|\d) (weeks?|days?) ago|a month ago|recently|lately",
    r"hace (unas|unos|un par de|pocas|algunas|una|un|dos|tres|\d) (semanas?|dias|mes)|la semana pasada|el mes pasado|este mes|esta semana",
    r"ultimamente|recientemente|en (el|este) ultimo mes|en las ultimas (\w+ )?semanas",
]
# "Desde hace semanas" is a duration that runs up to now, not a date in the
# past: wishes to die said "for weeks" are ongoing, so these spans do not make
# a suicide-risk match past (round 15). Physical signs keep them as history
# ("dolor de pecho desde hace anos").
ONGOING_MARKERS: List[str] = [
    r"desde hace (?:\w+ ){0,2}(?:anos|meses|semanas|dias)",
    # round 23: "hace meses que nada vale la pena", "llevo semanas guardando": a time that runs up to now
    r"hace (?:\w+ ){0,2}(?:anos|meses|semanas|dias|rato|tiempo) (?:(?:que|q)\b|(?=(?:ya )?(?:nada|no|ni)\b))",
    r"(?:llevo|lleva|llevamos) (?:\w+ ){0,2}(?:anos|meses|semanas|dias)",
]
# A time that dates the birth, not the event told after it ("pari hace 3 semanas
# y anoche me dio una convulsion"): the weeks after a birth are when postpartum
# emergencies happen, so such a time never makes a match past.
BIRTH_ANCHORS: List[str] = [
    r"(pari|di a luz|dio a luz|nacio (mi|el|la) \w+|tuve (a )?(mi|el|la|al) (bebe|nene|nena|hij[oa])|me hicieron (la )?cesarea|gave birth|had (my|the|our|a) (baby|son|daughter|c ?section)|delivered|(my|a|the) c ?section)"
    r",? (hace (\w+ ){0,2}(anos|meses|semanas|dias)|(\w+ ){1,2}(weeks?|months?|days?) ago|last (week|month))",
]
NOW_MARKERS: List[str] = [
    # round 25: an urge to cut oneself felt now, whatever school years it recalls
    r"(?:tengo|me (?:estan|esta) dando|me dan|siento) (?:unas )?ganas de (?:volver a )?(?:cortarme|hacerme dano|lastimarme)",
    # round 26: the urge back after a year clean ("pero tengo ganas otra vez", "the urge is back")
    r"(?:tengo|me (?:estan|esta) dando|me dan|siento) (?:unas )?ganas (?:otra vez|de nuevo)|(?:the )?urges? (?:is|are) back",
    r"right now", r"now", r"tonight", r"today", r"currently", r"again", r"just(?! in case)",
    r"keeps?(?! (?:a|an|the|some|extra|spare|my|his|her|their|our|one|it|them|narcan|naloxone|naloxona)\b)",
    # a sign that is not the usual pain ("my usual flare, but this is different")
    r"(?:not|nothing like) (?:my|the) (?:usual|normal|regular)|different (?:from|than) (?:my |the )?(?:usual|normal|regular|other)|"
    r"this (?:one )?is (?:different|new)|never (?:had|felt) (?:this|anything like)|"
    r"(?:no es|nada que ver con) (?:mi|el) (?:dolor )?(?:de siempre|normal|usual)|esto es (?:nuevo|distinto|diferente)|nunca me habia pasado",
    # a diagnosis wished for is a wish now, not a diagnosis in the past
    r"(?:wish|wishing|hope|hoping|envy|jealous of|ojala|quisiera)\b[^.?!]{0,40}\bdiagnos\w*",
    # urges or thoughts that have come back are now ("i used to cut, lately the urge is back")
    r"(urges?|ganas|cravings?|thoughts|pensamientos|impulsos?) (\w+ ){0,3}(is|are|came|come|coming|has come|have come|keeps? coming) back",
    r"(volvieron|regresaron|volvio|regreso) (las ganas|los pensamientos|los impulsos|la urgencia)",
    r"still", r"this (morning|evening|afternoon)", r"ahora", r"hoy", r"anymore",
    # the writer's own suicidal thoughts feared to get worse are present, not a fear of one day (round 13)
    r"(my|mis) (own |current |existing |actuales )?(suicidal (thoughts|ideas|ideation|feelings|urges)|thoughts (of|about) (suicide|killing myself|ending (it|my life)|dying)|pensamientos suicidas|ideas suicidas|ganas de morir\w*)"
    r"\b[^.?!]{0,20}?\b(worse|stronger|empeor\w*|aument\w*|peor(es)?)\b|(worse|stronger|worsen|empeor\w*|aument\w*) (\w+ ){0,2}(my|mis) (own )?(suicidal|pensamientos suicidas|ideas suicidas)",
    # the means to self-harm bought is preparation now, whatever history comes before it (round 13)
    r"(bought|picked up|ordered|grabbed|compre|consegui|me compre|se compro) (\w+ ){0,4}?(lighter fluid|butane|razor blades|box cutters?|"
    r"liquido (para|de) encendedor|gas (para|de) encendedor|navajas|cuchillas|hojas de afeitar)",
]
# The writer says plainly that nothing is happening now. With no crisis pattern
# matched, such a message is not read as a crisis by DIET either.
ACKNOWLEDGING = (
    r"ok|okay|sure|great|perfect|cool|awesome|thanks|thank you|all|that|this|it|everything|looks|look|"
    r"sounds|seems|is|good|fine|right|correct|to me|so far|se ve|todo|esta|bien|me parece|perfecto|correcto|"
    r"asi|gracias|listo|dale|vale|claro"
)
REASSURANCE: List[str] = [
    # the whole message approves or acknowledges ("looks good", "sounds fine to
    # me", "todo bien, gracias"): a short reply inside a form, never a crisis,
    # whatever DIET or the risk model make of two words (found by the intake
    # end-to-end test: "looks good" at the summary read as possible risk)
    rf"^(?:{ACKNOWLEDGING})(?:\W+(?:{ACKNOWLEDGING}))*(?=\W*$)",
    # the screening form's answer "not pregnant" (or breastfeeding, nursing), the whole message: a status
    # given (found by the everyday-replies test: the retrained DIET of 2026-12-07 read it as crisis_medical)
    r"^(?:(?:i am|i m|im) )?not (?:pregnant|breastfeeding|nursing)(?: (?:or|and|nor) (?:pregnant|breastfeeding|nursing))?(?=[\s.!]*$)",
    r"(i am|i feel|feeling|i am feeling|everything is|all is|i am doing|doing|he is|she is|they are|we are|everyone is) (totally |completely |perfectly |really |much |so much )?(fine|ok|okay|good|great|well|better|safe|alright) (now|right now|today|these days)",
    r"(breathing|heart|pressure|everything|bp) (is|are|feels) (totally |completely |perfectly )?(fine|normal|ok|okay)",
    r"nothing (crazy|serious|major|dramatic|urgent)|nada (grave|serio|urgente)",
    r"(el medico|la doctora|el doctor|the doctor|the er|his doctor|her doctor) (dijo|said|says) (que )?(esta|is|he is|she is|it is|it was|todo|everything) (bien|fine|ok|okay|normal)",
    r"(is|are) (home|back home|stable)( and (fine|ok|okay|good|stable|doing well))? now",
    r"(then|and|but) (it|they|that|everything) (went away|passed|resolved|stopped|got better|wore off)|(se me|se le) (quito|paso|fue)(?! la mano)",
    r"(?<!\bnot )(?<!\bnever )(i feel|feel|i am|im) (totally |completely |perfectly )?(fine|ok|okay|good|great|safe)( after| and| but|$)",
    r"(is|are|was) (totally |completely |perfectly )?normal",
    r"(nothing|nothing is|nothing's) (is )?(happening|going on|wrong) (right )?now", r"just asking", r"asking for (future reference|a friend|later|the future)",
    r"(not|never) (in danger|at risk|suicidal)", r"(i am|im) (not )?(in no danger|safe right now|safe now)",
    r"(nobody|no one|nadie) (needs|necesita) (it|them|lo|la|los) (right now|now|ahora|ahorita)",
    r"(is|are|am|esta|estan|estoy) (totally |perfectly |completely |muy )?(fine|ok|okay|alright|bien),? (just|only|solo|nada mas) (forgetful|curious|asking|wondering|tired|old|distraid[oa]|olvidadiz[oa]|preguntando)",
    r"(?<!\bno )(?<!\bnunca )(estoy|me siento) (bien|tranquil[oa]|a salvo)(?= ahora| gracias| y no|[.,!?]|$)", r"solo (pregunto|preguntaba|es una pregunta)", r"por si acaso",
    # round 18: years clean told in Spanish word order or as a count ("lleva 10 anos limpio",
    # "12 years sober", "no ha consumido en 8 anos")
    r"(?:lleva|llevo|llevamos|llevan|lleve|tiene|tengo) (?:ya )?(?:\w+ ){0,2}(?:anos|meses) (?:limpi[oa]s?|sobri[oa]s?|sin (?:consumir|usar|drogas|drogarse|tomar|beber|recaer))\b|"
    r"(?:no ha|no he|no han) (?:consumido|usado|tomado|recaido|tocado (?:las )?drogas)(?: nada)? (?:en|desde hace|hace) (?:\w+ ){0,2}(?:anos|meses)\b|"
    r"(?:dejo|deje|dejaron|dejamos) (?:las drogas|de consumir|de usar|de drogarse|la heroina|los opioides|las pastillas|el alcohol) hace (?:\w+ ){0,2}anos\b|"
    r"(?:has not|have not|hasnt|havent) (?:used|touched (?:drugs|anything|a drink|a pill)|used anything|had a drink|drank) (?:in|for) (?:\w+ ){0,2}years\b|"
    r"(?:sober|clean) since (?:\d{4}|(?:\w+ ){0,2}years)|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty) (?:years|yrs) (?:clean|sober)\b|"
    r"(?:been|is|was|has been|stayed) (?:clean|sober) (?:for )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|many|several) (?:years|yrs)\b",
    # a past dependence, told as over ("estuve en metadona hace 10 anos, ahora estoy limpio")
    r"(ahora|now|today|hoy) (i am|im|he is|she is|estoy|esta|estamos) (completely |totally |completamente )?(clean|sober|limpi[oa]s?|sobri[oa]s?)\b|(clean|sober|limpi[oa]|sobri[oa]) (for|since|desde hace|hace) (\w+ ){0,2}(years|yrs|months|anos|meses)",
    # a pain score, however high, with nothing else wrong ("9/10 today but nothing else is wrong")
    r"nothing else (?:is |seems )?(?:wrong|going on|new|different|off|unusual)|no (?:other|new) symptoms|"
    r"(?:otherwise|besides that|other than that|apart from that|aside from that) (?:i am |i feel |everything is |all is )?(?:fine|ok|okay|good|normal|alright)|"
    r"(?:fuera|aparte|ademas) de eso (?:estoy bien|todo (?:esta )?bien|nada)|ningun otro sintoma|sin otros sintomas|nada mas (?:raro|nuevo|fuera de lo normal)",
    # a pain told as easing
    r"(it is|its|is|and it is|y ya se|ya se esta|se esta) (finally |already |ya )?(easing|easing up|easing off|getting better|going away|wearing off|calming down|subsiding|quitando|calmando|pasando)\b",
    # a clinician or chaplain asking how to refer patients (no crisis told)
    r"(i am|im|as) (a|an) (\w+ ){0,2}(chaplain|therapist|counselor|counsellor|social worker|case manager|psychiatrist|psychologist|pcp|physician|nurse practitioner|clinician|pastor|priest|rabbi|minister|care coordinator)\b[^?]{0,200}\b(referrals?|refer|referring|referral process)\b",
    r"(soy|trabajo como) (un |una )?(capellan|terapeuta|consejer[oa]|trabajador[a]? social|psicolog[oa]|psiquiatra|medic[oa] de cabecera|pastor|sacerdote)\b[^?]{0,200}\b(referir|referencias?|derivar|derivaciones|mandarles pacientes|enviarles pacientes)\b",
]

# Already handled by a professional: a pharmacist, poison control, a doctor,
# a nurse line or the ER said it is harmless, or checked the person and let
# them go. Overdose and medical words in such a message are not an emergency
# now, unless something after it says it turned bad (HANDLED_UNDONE).
PROFESSIONAL = (
    r"(?:pharmacist|pharmacy|poison control|poison center|poison help|poison line|(?:the |my |his |her |our )?doctor|"
    r"(?:the |my |his |her |our )?doc|dr \w+|gp|pcp|pediatrician|peds|nurse(?: line| hotline)?|the er|the hospital|urgent care|"
    r"dentist|oral surgeon|vet|paramedics?|emts?|ambulance crew|dispatcher|911|telehealth|ob|obgyn|midwife|"
    r"neurologist|cardiologist|psychiatrist|allergist|toxicolog\w*|specialist|"
    r"farmaceutic[oa]|la farmacia|(?:el |la |mi |su )?(?:medic[oa]|doctora?|pediatra|enfermera|dentista)|"
    r"centro de (?:toxicologia|envenenamiento\w*|control de (?:envenenamiento|intoxicacion)\w*)|toxicologia|urgencias|la sala de emergencias|los paramedicos)"
)
HANDLED: List[str] = [
    PROFESSIONAL + r"(?:(?: [\w']+){0,3}?,? (?:and|y)(?: (?:he|she|they|we|i|el|ella|ellos|ellas))?| (?:he|she|they))?"
    r" (?:said|says|told (?:me|us|him|her|them)|confirmed|assured (?:me|us)|reassured (?:me|us)|(?:me |nos |le |les )?(?:dijo|dijeron|dice|dicen|confirmo|confirmaron))"
    r"(?: that| que)?(?: [\w']+){0,7}? (?:(?:it|this|that|she|he|they|i|the \w+) (?:is|was|are|were|would be|will be|should be) (?:totally |completely |perfectly |probably |just )?(?:fine|ok|okay|safe|harmless|normal|nothing)|"
    r"harmless|nothing to worry about|no big deal|not dangerous|nothing serious|no harm|(?:will|would|should) not (?:hurt|harm|do anything|cause (?:any )?(?:harm|problems))|"
    r"(?:just|only) (?:watch|monitor|keep an eye on) (?:him|her|them|it|me)|(?:can|could) stay home|"
    r"inofensiv[oa]s?|no (?:pasa|pasaba|paso|iba a pasar) nada|no (?:es|era) (?:peligros[oa]|grave|nada)|(?:esta|estaba|esta todo|estaba todo) bien|no (?:le|me|te|les) (?:va a )?(?:hace|hacer|pasa|pasar) (?:dano|nada))",
    PROFESSIONAL + r" (?:checked|cleared|examined|looked at|saw|monitored|observed|reviso|revisaron|vio|vieron|chequeo|chequearon) "
    r"(?:him|her|them|me|us|it|my \w+|the \w+|his \w+|her \w+|lo|la|los|las|me)\b(?:[^.?!]{0,60}? (?:sent|send|let) (?:him|her|them|me|us) (?:home|go))?",
    r"(?:sent|discharged|released) (?:him|her|them|me|us) home|(?:lo|la|los|me|nos) (?:mandaron|enviaron|dieron de alta)",
    # Spanish order: the pronoun before the verb ("el pediatra lo reviso y dijo que esta bien")
    PROFESSIONAL + r" (?:lo|la|los|las|me|nos|le|les) (?:reviso|revisaron|vio|vieron|checo|chequeo|examino|examinaron|atendio|atendieron)\b"
    r"(?:[^.?!]{0,40}? (?:dijo|dijeron) que (?:esta|estaba|todo esta|todo estaba|no es|no era) (?:bien|nada|normal|grave))?",
]
# ...but it has turned bad since ("but now she will not wake up").
HANDLED_UNDONE: List[str] = [
    r"but (?:now|then|since|tonight|today|this)|and now|now (?:he|she|they|i|his|her|my|it|the)\b|(?:getting|got|is|feels) worse|"
    r"started (?:to|having|vomit\w*|shak\w*)|pero (?:ahora|ya|hoy)|y ahora|ahora (?:esta|tiene|no|le|me)|empeor\w*",
]

# Laughter and joke marks; with an everyday annoyance in the same sentence
# ("the wait made me want to scream into the void lol"), crisis words are
# hyperbole. Not when something makes it serious (NOT_A_JOKE).
LAUGHTER = (
    r"\b(?:ha(?:ha)+h?|he(?:he)+|lol+|lmf?ao+|rofl|jaja\w*|jeje\w*|jk|j/k|just kidding|kidding|xd+|smh)\b|"
    "[\U0001F602\U0001F923\U0001F606\U0001F605\U0001F639\U0001F480\U0001F643\U0001F61C\U0001F61D\U0001F92A\U0001F644\U0001F926]"
)
ORDINARY_ANNOYANCES: List[str] = [
    r"the wait|wait times?|waiting room|waitlist|wait list|(?:in|the|long) line|queue|on hold|hold music|paperwork|(?:intake |these |the |this )forms?|"
    r"traffic|commute|parking|bills?|the price|prices|pricing|the cost|costs|copays?|deductible|insurance company|my insurance|invoice|estimate|"
    r"meetings?|homework|exams?|finals|midterms?|printer|wifi|the internet|your website|the website|portal|the app|your app|emails?|inbox|spreadsheets?|taxes|"
    r"dmv|customer service|phone tree|autocorrect|group chat|this weather|the heat|the cold|my boss|coworkers?|in-?laws|"
    r"math|calculus|zoom|playlist|this song|that song|the game|my team|referee|laundry|dishes|"
    r"la espera|la fila|papeleo|formularios?|trafico|factura|el precio|los precios|el seguro|reunion|tarea|examen|el calor|mi jefe|la suegra",
    # insurers, their denials and their paperwork (round 12)
    r"prior auth\w*|pre-?auth\w*|authorization|denials?|claims?|appeals?|aetna|cigna|humana|anthem|uhc|united ?healthcare|bcbs|blue cross|"
    r"kaiser|optum|insurance|insurer|la aseguradora|aseguranza|cobertura",
    # the insurer and its phone calls, in Spanish (round 13)
    r"(?:al|del|mi|con el|el) seguro\b(?! de vida)|llamar (?:al|a la|otra vez al) (?:seguro|aseguradora|farmacia|banco|consultorio)",
    # round 18: tax forms and other paperwork ("gonna kill myself doing this tax form lol")
    r"tax(?:es)? (?:forms?|returns?|paperwork|stuff|season|documents)|w-?2s?|w-?9s?|1099s?|1040s?|fafsa|financial aid|expense reports?|job applications?|cover letters?|jury duty|"
    r"(?:this|that|the|my) (?:application|renewal|essay|assignment|lab report|worksheet|spreadsheet|report card)|"
    r"(?:declaracion|declaraciones) (?:de )?(?:impuestos|anual)|(?:los|mis|de) impuestos|(?:esta|la|mi) (?:solicitud|declaracion|renovacion)|tramites?",
    # a bad haircut, or hunger while fasting (round 17)
    r"haircut|hair ?cut|my hair|barber|hairdresser|(?:el|mi) (?:pelo|cabello|corte)|cortaron el (?:pelo|cabello)|peluquer\w*|barber\w*|de hambre|hambre|ayun\w*|fasting|hangry",
]
# Being fed up, one family of words shared by the three filters that read it:
# FED_UP below (the pain or an errand beside a practical question), and in
# IDIOMS being fed up with living with the pain beside a treatment question,
# and with pills that do not work. FED_UP_WORDS is weariness; FED_UP_DONE
# ("done", "over") only joins it for errands and pills, because "done with
# living" is a wish to die, never weariness with the pain.
FED_UP_WORDS = (
    r"(?:harta|harto|hartisim[oa]|cansad[oa]|cansadisim[oa]|jart[oa]|fed up|sick and tired|so sick|so tired|sick|tired|exhausted)"
)
FED_UP_DONE = r"(?:so over|over|done)"
FED_UP_ANY = rf"(?:{FED_UP_WORDS}|{FED_UP_DONE})"
# Spanish as texted: "q" or "k" for "que", "pq", "xq" or "porq" for "porque".
QUE = r"(?:que|q|k)"
PORQUE = r"(?:porque|por que|pq|xq|x q|xk|porq)"
# Fed up with the pain or an errand, beside a practical question ("estoy harta
# de este dolor, lo cubre el Medicaid?"): weariness, not a crisis, unless
# something serious is said (NOT_A_JOKE). DIET's reading alone is overruled.
FED_UP: List[str] = [
    rf"{FED_UP_ANY} "
    r"(?:de|del|of|with) (?:\w+ ){0,2}?(?:dolor|dolores|pain|neuralgia|migraine|migra\w*|flares?|fibro|crps|insurance|insurance company|seguro|aseguranza|mta|tren|train|subway|trafico|traffic|wait\w*|espera|paperwork|papeleo|calls|llamadas|runaround|vueltas|"
    # forms and questionnaires (round 15)
    r"forms?|formularios?|cuestionarios?|questionnaires?|tramites?)\b",
    r"(?:que )?(?:jartera|hartera|fastidio)\b",
]
PRACTICAL_ASKS: List[str] = [
    r"(?:cover|covers|covered|cubre|cubren|insurance|seguro|medicaid|medicare|options|opciones|appointment|cita|schedule|horario|reschedule|cancel\w*|cost|costs|price|precio|cuesta|cuanto|late|tarde|esperan|superbill|bill|factura|open|abren|parking|estacionamiento|slot|next|proxim[oa])\b[^.!]{0,80}\?|\?[^.!]{0,10}$",
]
NOT_A_JOKE: List[str] = [
    r"not (?:joking|kidding)|no (?:es|estoy) (?:broma|bromeando)|serious(?:ly)?|for real|de verdad|en serio|"
    r"tonight|today|right now|this weekend|ahora mismo|esta noche|hoy|"
    r"gun|pistol|rope|noose|pills|blade|razor|knife|note|goodbye|plan\b|pistola|soga|pastillas|cuchill\w*|life insurance|seguro de vida|suicide clause|"
    r"not breathing|no respira|blue lips|unresponsive|will not wake|overdos\w*|bleeding|sangr\w*",
]
# A treatment or medicine used "as usual" is not a symptom that comes as usual
# ("after using the spray like always, the worst headache of my life").
ROUTINE_USE: List[str] = [
    r"(?:than|what|de lo que|mas de lo que|more than) (?:i |he |she |they |we )?(?:usually|normally|always|suelo|suele)\b",
    r"(?:use|used|using|usar|use|uso|tome|took|take|taking|had|did|hice|got|recibi|me puse|me pongo|spray\w*) (?:\w+ ){0,5}"
    r"(?:como siempre|como de costumbre|as usual|like always|as always|like usual|same as always)",
]

# Asking ahead, to be prepared: physical signs in such a message are not
# happening (suicide risk words still count).
# A plan made ahead for a taper or a condition, asked beside a conditional.
_IF = r"(if|in case|por si|what (should|do|would) (i|we) do|que (hago|hacemos|debo hacer))"
_PLAN_AHEAD = (
    r"((emergency|seizure|action|crisis|backup|contingency|withdrawal) plan|(a|the|our|an) plan (ready|in place|for (if|when))|"
    r"(queremos|quiero|hacer|tener|armar) un plan)"
)
PREPAREDNESS: List[str] = [
    r"(before|ahead of) my first (infusion|session|treatment|appointment|visit|dose|block)",
    r"asking (before|ahead|in advance|for the future)|to be prepared|just in case|in case it happens",
    r"pa(ra)? estar preparad[oa]|por si (acaso|pasa|me pasa)",
    # a plan made ahead for someone else's taper or condition (round 12)
    _IF + r"[\s\S]*" + _PLAN_AHEAD + "|" + _PLAN_AHEAD + r"[\s\S]*" + _IF + r"|plan(ning)? ahead|(un |el |nuestro )?plan (de emergencia|de accion|por si)",
]
# ...but something is happening now: the plan is needed ("we made a plan for his
# taper and he is seizing right now").
PREPARED_UNDONE: List[str] = [
    r"right now|ahora mismo|happening now|(just|has just|ya) (had|started|collapsed|fell|went down|le dio|empezo)\b",
    r"(?<!if )(?<!case )(?<!when )\b(he|she|they) (is|are) (not breathing|unresponsive|turning blue|seizing|convulsing|shaking)\b",
    r"(?<!si )\b(esta|estan) (convulsionando|morad[oa]|azul|inconsciente)|no (respira|responde|despierta)\b",
    r"\b(i|he|she|they) (just |already )?(took|swallowed|overdosed|ate|drank)\b|\b(ya )?(me|se) (tome|tomo|trague|trago)\b",
]

# round 24: "what do i do if someone took...? she is my roommate": the someone is named as a person
# of the writer's, so the question is about now, not about anyone.
NAMED_NOW: List[str] = [
    r"\b(?:she|he|they) (?:is|are) my (?:best )?(?:friend|roommate|sister|brother|mom|mother|dad|father|son|daughter|wife|husband|partner|girlfriend|boyfriend|cousin|neighbou?r|coworker)s?\b|"
    r"\b(?:es|son) mis? (?:mejor )?(?:amig[oa]s?|herman[oa]s?|mama|papa|hij[oa]s?|espos[oa]|novi[oa]|prim[oa]s?|vecin[oa]s?|roommate|companer[oa] de cuarto|pareja)\b",
]
PREPARED_UNDONE = PREPARED_UNDONE + NAMED_NOW

# A conditional about anyone at all ("what do i do if someone overdoses") is
# an information question even for signs.
GENERIC_SUBJECTS = {
    "someone", "somebody", "anyone", "anybody", "you", "your", "people", "one", "a", "an",
    "alguien", "uno",
}
CONDITIONALS = {"if", "when", "si", "cuando"}
# Subjects that mean people in general, in a question ("do patients stop breathing?").
PEOPLE_IN_GENERAL = {"people", "patients", "folks", "persons", "gente", "pacientes", "personas"}

# A reason or a date for being away: a trip, an event, an appointment to move.
_SCHEDULE = (
    r"(?:(?:next|this coming|the following) (?:week|weekend|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"vacation|holidays?|trip|wedding|conference|business|honeymoon|retreat|camp|cruise|visiting|visit my|"
    r"out of town|traveling|travelling|flight|surgery|moving|until the \d+\w*|till the \d+\w*|back on \w+|"
    r"when i (?:get|am) back|once i am back|christmas|thanksgiving|spring break|summer break|"
    r"semana que viene|proxima semana|vacaciones|viaje|boda|de viaje|fuera de la ciudad)"
)

# ...but not an absence beside the means already bought or a farewell (round 18:
# "cancel my consult, i won't be here next week. i already bought what i need").
_NOT_A_FAREWELL = (
    r"(?![\s\S]*\b(already (bought|got|have|ordered) (what|everything) i need\w*|(bought|got|have) (what|everything) i need\w*|"
    r"ya (compre|tengo|consegui) (lo que|todo lo que) (necesito|necesitaba|ocupo)|ya (compre|consegui) todo|thanks? (you )?for everything|gracias por todo|"
    r"goodbye|adios|despedirme|say goodbye)\b)"
)

# Old age's "going to die soon anyway" is not a wish, unless care is being given up.
_GIVING_UP = r"(?![^.?!]*\b(stopped|stopping|quit|refus\w+|not taking|not eating|giving away|saving|saved|dej(e|o|ado) de|no (quiero|quiere) (comer|tomar))\b)"

# Research into one's own method is not a study topic ("i did my research on how
# to do it quietly", "reading articles on painless ways to go").
_OWN_METHOD = (
    r"(?! ?(\w+ ){0,10}?(how to (do it|go|end it|die|kill myself|not wake up)|how long it takes to (die|lose consciousness|bleed out)|"
    r"which (of my )?(pills|meds|\w+) would|(the )?(most |least )?(painless|quickest|quietest|fastest|easiest|surest|least painful|gentlest|peaceful|cleanest) "
    r"(way|ways|method) to (go|die|do it|end it)|(painless|quick|quiet|easy) ways to (die|go|end it)))"
)

# The writer's own suicidal thoughts told after a question about the treatment
# ("does ketamine get rid of suicidal thoughts? i have them almost every day"):
# the question's look-alike filters stop there (round 18).
_OWN_IDEATION = (
    r"(?![\s\S]{0,80}?\b(suicidal|suicide|ideation|suicidas?|ganas de morir\w*|pensamientos de (muerte|morir\w*))\b[\s\S]{0,100}?\b("
    r"i (do |still |also |too |already )?(have|get|experience|deal with|struggle with|live with|battle) (them|those|these|it|that)\b|i (have been|am|keep) (having|getting) (them|those|it)\b|"
    r"i (think|guess) i (have|get) (them|it|those)\b|mine (are|have been|come)\b|(?<!no )(?<!nunca )(yo )?(tambien )?(los|las) (tengo|estoy teniendo|sigo teniendo|vengo teniendo)\b|"
    r"no (los|las) actuo|(estan|siguen) ahi\b|(never|nunca) act(uo)? on them))"
)

# A screening answer taken back later in the message ("i said no but i lied").
_TAKEN_BACK = (
    r"(?![\s\S]*\b(lied|lying|not true|honestly|actually|the truth|truthfully|menti|mentira|la verdad|en realidad|"
    r"but (i am|i do|i have|now)|pero (si|ahora))\b)"
)

# ...and nothing of an emergency told either (something swallowed, naloxone, a body in trouble).
_NO_EMERGENCY_WORDS = (
    r"(?![\s\S]*\b(?:took|taken|swallowed|drank|tomo|tomado|se tomo|me tome|trago|bebio|bottle|frasco|breath\w*|respir\w*|wake|waking|despert\w*|despierta|blue|azul|morad[oa]s?|"
    r"unresponsive|inconsciente|narcan|naloxon\w*|seiz\w*|convuls\w*|chest|pecho|bleed\w*|sangr\w*|faint\w*|desmay\w*|passed out|collaps\w*|right now|ahora mismo|tonight|esta noche|"
    r"ambulance|ambulancia|er\b|hospital\w*|poison\w*|venen\w*|intoxic\w*|fentanyl|fentanilo|heroin\w*|xanax|oxy\w*|percocet|percs|pills|pastillas|meds|drugs|drogas|"
    r"drunk|borrach\w*|high|using|usando|relaps\w*|reca\w*|dose|doses|dosis|what (?:do|should) (?:i|we) do|que (?:hago|hacemos)|help me|ayuda\w*|scared|asustad[oa])\b)"
)
# A relative's condition beside a coverage question, with nothing about safety
# said after it (round 19: "my brother has depression, does his plan cover it?").
_RELATIVE = (
    r"(?:my|mi|his|her|our) (?:\w+ )?(?:brother|sister|son|daughter|mom|mother|dad|father|husband|wife|partner|boyfriend|girlfriend|cousin|uncle|aunt|friend|"
    r"grandson|granddaughter|nephew|niece|fiance|fiancee|stepson|stepdaughter|hermano|hermana|hijo|hija|mama|madre|papa|padre|esposo|esposa|pareja|novio|novia|"
    r"primo|prima|tio|tia|amigo|amiga|nieto|nieta|sobrino|sobrina|suegro|suegra|cunado|cunada)"
)
_CONDITION = (
    r"(?:depression|depressed|depressive|depresion|deprimid[oa]|anxiety|ansiedad|ptsd|bipolar|ocd|toc|treatment resistant|trd|mental health|salud mental|"
    r"trastorno (?:depresivo|bipolar|de ansiedad)|major depressive disorder|mdd)"
)
_COVERAGE = (
    r"(?:plan|plans|insurance|insurer|seguro|aseguranza|medicaid|medicare|emblem|fidelis|healthfirst|metroplus|oscar|aetna|cigna|united\w*|bcbs|empire|1199|"
    r"cover|covers|covered|coverage|cubre|cubren|cobertura|in-network|in network|accept|accepts|aceptan|acepta|copay|deductible|out of pocket|"
    r"cost|costs|cuesta|cuestan|price|precio|pay|pagar|payment|pago|financing|financiamiento|sliding scale)"
)
_NO_RISK_TOLD = (
    r"(?![\s\S]*\b(?:suicid\w*|kill\w*|die|dies|dying|dead|death|muert\w*|morir\w*|matar\w*|self harm|hurt (?:him|her|them)sel\w*|hurting (?:him|her|them)sel\w*|hacerse dano|lastimarse|"
    r"cutting|cortarse|overdos\w*|sobredosis|pills|pastillas|gun|guns|arma|pistola|rope|soga|hopeless|sin esperanza|give up|giving up|rendirse|burden|carga|not eating|no come|no quiere comer|"
    r"goodbye|despedi\w*|attempt\w*|intento|intentado|psych ward|emergency|emergencia|urgencias|911|988|not safe|peligro|a plan to|un plan para|end (?:it|his life|her life)|"
    r"acabar con|quitarse la vida|no quiere vivir|does not want to live|not want to be here|disappear|desaparecer|worried (?:about|for) (?:his|her) (?:safety|life))\b)"
    + _NO_EMERGENCY_WORDS
)
# No effect felt after a number of sessions: a treatment question, unless life
# itself is named (round 19: "6 infusions and nothing works, should i keep going?").
_TX_COUNT = (
    r"(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|all|all my|all of my|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|varias|todas (?:mis|las)) "
    r"(?:\w+ )?(?:infusions?|sessions?|treatments?|ketamine (?:doses|rounds)|spravato (?:doses|sprays)|infusiones|sesiones|tratamientos|(?:dosis|aplicaciones) (?:de )?(?:ketamina|spravato|esketamina))|"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d+(?:st|nd|rd|th)|primera|segunda|tercera|cuarta|quinta|sexta|septima|octava|novena|decima|ultima) "
    r"(?:infusion|session|treatment|ketamine dose|spravato dose|infusion|sesion|dosis de (?:ketamina|spravato)))"
)
_NO_EFFECT = (
    r"(?:nothing|no effect|no change|no changes|zero (?:effect|change|difference|improvement)|no difference|no improvement|no results|not (?:feel|feeling|felt) (?:any|a) ?(?:thing|different|better|difference|change)|"
    r"(?:do not|dont|did not|didnt) (?:feel|notice|see) (?:any|a) ?(?:thing|difference|change|improvement)|felt nothing|feel nothing|still (?:the same|nothing|no (?:change|difference))|"
    r"(?:is not|isnt|not|did not|didnt|does not|doesnt|has not|hasnt) (?:been )?(?:working|work|worked|helping|help|helped|doing anything|done anything)|"
    r"nada|no (?:siento|senti|noto|note|veo|vi|he sentido|he notado|he visto) (?:nada|ningun cambio|ninguna diferencia|mejoria|ninguna mejoria|diferencia|cambio)|"
    r"sin (?:efecto|cambio|cambios|resultado|resultados|mejoria)|no (?:me )?(?:funciona|funciono|sirve|sirvio|hace efecto|hizo efecto|ha funcionado|ha servido|ha hecho nada|hace nada|hizo nada)|"
    r"ningun (?:efecto|cambio|resultado)|sigo igual|igual que antes|same as before)"
)
_NO_LIFE_WORDS = (
    r"(?![\s\S]*\b(?:die|dying|dead|death|kill\w*|suicid\w*|morir\w*|muert\w*|matar\w*|live|living|alive|life|lives|vivir|viviendo|vida|viv[oa]|exist\w*|end it|end things|acabar con|"
    r"give up on (?:life|myself|everything)|rendirme|me rindo|hopeless|no hope|sin esperanza|last hope|ultima esperanza|last (?:option|resort|chance)|ultima (?:opcion|oportunidad)|"
    r"(?:do not|dont) know what (?:i will|ill|i am going to|to) do|no se (?:que|lo que) (?:voy a )?hacer|no se que (?:hare|haria)|burden|carga|disappear|desaparecer|be here|estar aqui|"
    r"pointless|no point|sin sentido|what is the point|para que seguir|pa que seguir|ya no puedo mas|ya no aguanto|can not go on|cant go on|can not do this anymore)\b)"
    + _NO_EMERGENCY_WORDS
)

# The look-alike filters of rounds 20 and 21 (and the older pet and naloxone-training ones)
# stop where the writer's own wish, plan or means, or a danger happening now, is told in the
# rest of the message (round 21: a hospice volunteer with a late husband's morphine who says
# it is "my turn"); read from where the filter matched. Such a message is then not ruled out,
# so DIET still reads it when no pattern matched.
OWN_CRISIS = (
    r"(?:kill(?:ing)? myself|end (?:it all|my life|things)|(?:want|wanted|ready|plan|planning|need) to die|(?:want|wanted|going|ready|plan|planning|need) to (?:be dead|join (?:him|her|them))|"
    r"wish i (?:was|were) dead|better off (?:dead|without me)|(?:do not|not) want to (?:live|be alive|be here|wake up)|a plan|my (?:own )?(?:plan|note)|goodbye|"
    r"my turn|join (?:him|her|them|my \w+)|(?:i have|i still have|i kept|tengo|guarde) (?:his|her|their|su|sus) (?:\w+ )?(?:pills|meds|gun|pastillas|medicinas|pistola|morphine|morfina)|be with (?:him|her|them) (?:again|now|soon)|(?:is|are|has|have) (?:not breathing|stopped breathing|unresponsive)|(?:will|can|does) not wake|"
    r"right now|911|help me(?! (?:understand|find|figure|with|choose|pick|know|learn))|(?:do|doing) the same(?: thing)?|do (?:it|that) (?:too|myself)|hacer lo mismo|copy (?:him|her|them)|"
    r"(?:me )?quiero (?:morir\w*|matarme|suicidarme)|me voy a (?:matar|suicidar)|matarme|suicidarme|no quiero (?:vivir|seguir|existir|despertar)|quitarme la vida|acabar con (?:todo|mi vida)|"
    r"me toca|mi turno|irme con (?:el|ella|ellos)|no (?:respira|despierta|reacciona)|ahora mismo|ayudenme|ayudame|despedirme|"
    r"(?:i have|got|tengo) (?:the |my |las |mis |la |una |a )?(?:pills|gun|rope|pastillas|pistola|soga|navaja)|"
    # round 22: a scene copied ("do what she did"), the means bought ("ya compre las pastillas")
    r"do what (?:he|she|they|the \w+) did|do exactly (?:that|the same|what)|hacer (?:lo que hizo|igual)|imitarl[oa]|"
    r"(?:bought|picked up|ordered|compre|consegui|ya tengo) (?:\w+ )?(?:the |my |las |mis |la |una |unas |a )?(?:pills|gun|rope|pastillas|pistola|soga|navajas?|veneno|poison)(?! (?:para|de|for) (?:la |el |my |mi )?(?:alergia|dolor|presion|gripa|gripe|tos|allergy|pain|cold|headache|dormir|sleep))|"
    # round 29: the writer joins a story's act ("yo tambien quiero hacerlo", "i did that an hour ago")
    r"yo tambien (?:quiero|me quiero|voy a|lo voy a|lo hice)|me too,? i (?:want|am going|will|did)|(?:yo )?ya me (?:tome|trague) (?:las|los) (?:mias|mios)|i took mine too|"
    r"i (?:just )?did (?:that|it|the same)(?: too)? (?:an? \w+ ago|\w+ minutes ago|tonight|today|last night|just now))"
)
_NO_OWN_CRISIS = r"(?![\s\S]*\b" + OWN_CRISIS + r"\b)"


def _filter(words: str, *after: str) -> str:
    """A look-alike filter: its words, bracketed, then what follows them (a word boundary, the
    stops: the writer's own crisis told elsewhere, something happening now). Bracketed, the
    stops bind to every branch of the words, not to the last one only (round 28)."""
    return "(?:" + words + ")" + "".join(after)


# A show or a book whose character is told about (round 14's fiction filter below).
_SHOW_OR_BOOK = r"(novela|telenovela|soap opera|show|tv show|series|serie|movie|film|pelicula|book|libro|episode|episodio|drama|programa)\b"

# "me va a matar si no llego a tiempo": a relative's threat over a trivial condition, an idiom; it
# gives way to violence or fear told anywhere in the message (domestic violence's section below).
_KILL_ME_IF = r"(me|te|nos|lo|la) va(n)? a matar si"

# A child's outburst over a game or a screen taken away (round 14; round 35 gives them stops).
_CHILD_OUTBURST_14 = (
    r"\b(son|daughter|kid|child|boy|girl|\d+ ?(year|yr)s? old|\d+ ?yo|hijo|hija|nino|nina|nene|nena)\b[^.?!]{0,60}?"
    r"(want\w* to die|wanna die|kill (myself|himself|herself)|se (quiere|queria) morir|quiero morirme|me quiero morir|se (quiere|queria) matar|me voy a matar)\b"
    r"[^.?!]{0,60}?\b(when|because|after|over|since|cuz|every time|whenever|cuando|cada vez que|porque|por que|despues de que|por)\b((?!\b(and|but|y|pero)\b)[^.?!,;]){0,40}?"
    r"\b(xbox|playstation|ps[45]|switch|nintendo|ipad|tablet|tableta|fortnite|minecraft|roblox|video ?games?|videojuegos?|screen time|wifi|controller|consola|console|game|juego|match|partida|phone|celular)\b"
)
_SCREEN_OUTBURST_14 = (
    r"\b(xbox|playstation|ps[45]|switch|nintendo|ipad|tablet|tableta|fortnite|minecraft|roblox|video ?games?|videojuegos?|screen time|wifi|consola|console)\b[^.?!]{0,60}?"
    r"\b(son|daughter|kid|hijo|hija|nino|nina) (\w+ ){0,4}?(want\w* to die|wanna die|kill (myself|himself|herself)|se (quiere|queria) morir|quiero morirme|me quiero morir)"
)

# A naloxone training or course, and a course in overdose response (round 36's leftover gaps give it
# stops at a danger told now, below).
_NALOXONE_TRAINING = (
    r"(?:(narcan|naloxone|naloxona) (training|trainings|class|course|workshop|demo|demonstration|session|capacitacion|entrenamiento|taller|curso|charla)|"
    r"(capacitacion|entrenamiento|taller|curso|charla|training|class|course|workshop) (de|sobre|on|in|about|for) (using |usar |el uso de )?"
    r"(narcan|naloxone|naloxona|overdose response|respuesta a sobredosis))" + _NO_OWN_CRISIS
)

# Idioms and look-alike phrases whose words look like triggers; a trigger
# overlapping one is dropped. Regular expressions over the normalised text.
IDIOMS: List[str] = [
    # ...except a chest or heart that is "killing me", which may be a heart attack.
    r"(?<!chest is )(?<!chest )(?<!heart is )(?<!heart )killing me", r"kills me", r"killing it", r"killed it", r"dying to", r"to die for(?! (?:real|reals|sure)\b)",
    r"died laughing", r"dying laughing", r"(could|would) kill for", r"kill for an?",
    r"kill time", r"drop dead(?! in (?:my|this|the|our) (?:apartment|room|place|house|studio|bed|kitchen)| (?:and|y) (?:no one|nobody|nadie))", r"murdering me", r"dead tired",
    r"(bored|scared|sick|worried|worry \w+|tickled|freezing|starving) to death", r"dead battery",
    r"(almost|nearly) died (of|from) (embarrassment|shame|laughing|boredom)",
    r"me (muero|moria|estoy muriendo) de (ganas|hambre|risa|sueno|frio|calor|verguenza|curiosidad)",
    r"(precio|price|bill|cost|costo|factura|cuenta|copay|deductible|rent|renta|traffic|trafico|commute|wait|espera) "
    r"(\w+ ){0,6}(me va a matar|va a matarme|me mata|is going to kill me|will kill me|is killing me|going to be the death)",
    r"(phone|battery|laptop|car) (is |just )?(died|dead)", r"deadline", r"kill(ing)? the pain",
    r"painkillers?", r"death of me", r"feeling blue", r"blue (cross|shield)",
    r"unconscious bias", r"shot (myself|me) in the foot", r"jump(ing)? through hoops",
    r"jump(ed|ing|s)? (ship|to conclusions|the gun|at the chance|on the bandwagon|the queue|the line)",
    r"cut (myself|me) (some )?(slack|a break)", r"dying (my|her|his) hair",
    r"(panic|anxiety) attacks?", r"choking up",
    r"(respond|responding|responsive|unresponsive|react|reacting) to (the |my |his |her )?"
    r"(treatment|medications?|meds|antidepressants|therapy|ssris|ketamine|spravato|"
    r"emails?|messages?|calls?|texts?)",
    r"not moving (to|out|in|forward|on|away)",
    r"(suicide|overdose|self harm) (prevention|awareness|hotline|line|risk|rates?|statistics|training|barriers?|nets?|fences?|research|survivors?|screening|questions?)"
    # ...not a survivor who has bought the means again (round 13)
    r"(?![^.?!]*\b(bought|picked up|ordered|compre|consegui)\b)",
    # a form's or questionnaire's question, quoted or told about
    # getting naloxone to have at hand is preparedness, not an emergency
    r"(more|extra|another|spare|free) (narcan|naloxone) (kits?|boxes|sprays|for (home|the house|my bag|work))|"
    r"(get|buy|order|pick up|find|carry|keep|stock) (some |more |extra |another |a )?(narcan|naloxone)",
    # pain told by a simile ("feels like getting electrocuted")
    r"(feels?|felt|feeling|is|like) like (getting |being |i am being |i am getting )?(electrocuted|stabbed|shocked|struck|hit by lightning|on fire|a knife|knives|lightning|burned alive|an electric shock)",
    r"(would|id|i would|'d) (literally )?die for (a|an|the|one)", r"dead on my feet", r"hasta la coronilla",
    # laughter idioms: "lmao i am dead", "she is going to kill me 💀", with no everyday annoyance needed
    r"(i am|i'm|im) (literally |actually |so |lowkey |deadass |legit |straight up )?(dead|deceased|dying|crying|screaming)\b(?! inside| tired)(?=[^.?!]{0,60}?(" + LAUGHTER + r"))",
    r"(" + LAUGHTER + r")[^.?!]{0,40}?(i am|i'm|im) (literally |actually |so |lowkey |deadass |legit |straight up )?(dead|deceased|dying|crying|screaming)\b(?! inside| tired)",
    r"(he|she|they|mom|dad|my \w+) (is |are )?(going to|gonna|will) (literally |actually |lowkey )?kill (me|us)\b(?=[^.?!]{0,60}?(" + LAUGHTER + r"))",
    r"(if|when) (i|we) (\w+ ){1,6}(he|she|they|mom|dad|my \w+) (is |are )?(going to|gonna|will) (literally |actually )?kill (me|us)\b",
    r"killer (commute|traffic|deal|workout|playlist|view|app|outfit|heels|sale|hangover|shift|schedule|week|day)",
    # how to recognise an emergency, asked by anyone
    r"how (do|can|would|should|could|will) (you|i|we|one|parents?|someone|people|a person) (ever )?(spot|recognize|recognise|tell|know|identify|notice|detect|check|see) (if |when |whether )?[^.?!]{0,40}?(overdos\w*|od|a stroke|a seizure|a heart attack|anaphyla\w+|an allergic reaction)\b",
    r"como (se )?(reconoce|reconozco|reconocer|sabe|se sabe|saber|identifica|identificar|detecta|detectar|nota|darse cuenta|me doy cuenta)( \w+){0,6}? (de )?(una |un )?(sobredosis|derrame|convulsion|infarto)",
    # a fear of getting hooked on a treatment
    r"(miedo|afraid|scared|worried|worry|fear|nervous|preocupa\w*|temo|me asusta)( \w+){0,4}? (engancharme|engancharse|enganchar|volverme adict[oa]|hacerme adict[oa]|crear adiccion|adiccion|adictiv[oa]|getting hooked|get hooked|becoming addicted|become addicted|get addicted|getting addicted|addiction|addictive|dependen\w*)\b",
    r"(handle|handles|deal with|respond to|protocols? for|what happens (if|when)|what do you do (if|when|with)) "
    r"(a |the )?(patients?|person|clients?|someone|somebody|people) (who|that|with)( \w+){0,6}",
    r"(if you put a |with a )?gun to my head,? (i would|id|i'd)", r"(nearly|almost) (had|gave me) a heart attack (when|because|at|after|over)",
    r"(could|would|will|gonna|going to) (just )?die of (embarrassment|shame|boredom)",
    r"(novela|cuento|libro|pelicula|documental|trabajo|ensayo|tesis|novel|story|film|screenplay)" + _NO_OWN_CRISIS + r" (sobre|de|donde|where|about|in which) (\w+ ){0,8}\w+",
    # (round 16: up to an answer taken back, "i answered no but honestly i want to die tonight")
    r"(questionnaire|form|survey|screening|screener|intake|paperwork|formulario|cuestionario)s? (asks?|asked|says|said|has a question|question|pregunta\w*)((?!\b(but|pero|honestly|actually|truthfully|la verdad|en realidad|lied|menti)\b)[^.?!])*",
    # a worry that the treatment itself would hurt ("she thinks i'll kill myself with it")
    r"(worried|afraid|scared|freaking out|paranoid|thinks|think|convinced|preocupad[oa]) (\w+ ){0,6}(kill|hurt|harm|overdose|od)( \w+)? (with|on) (it|this|that|ketamine|spravato|the \w+)",
    # a drug or treatment as the thing that might hurt: a side-effect question
    r"(ketamine|spravato|it|medication|meds|treatment|infusions?|this|the drug|drugs) "
    r"(could|can|will|would|might|may) (hurt|harm)",
    # writing, reading or learning about a topic
    r"(paper|essay|article|research|documentary|podcast|lecture|presentation|project|report|"
    r"book|movie|class|training|course)( \w+){0,3} (about|on|for) " + _OWN_METHOD + r"(\w+ ){0,6}\w+",
    r"breath\w* (\w+ )?(out of|through) (my|his|her) nose",
    r"(overdos\w*|od'?d?) on (\w+ ){0,3}(caffeine|coffee|sugar|chocolate|candy|netflix|tv|podcasts?|shows?|series|music|work|memes|tiktok|youtube|books?|news|reality tv|anime|true crime)",
    # a question about what the treatment itself can do
    _OWN_IDEATION + r"(can|could|does|do|will|would) (ketamine|spravato|esketamine|it|the (infusion|spray|treatment|medication|medicine|drug|block)) (make|cause|stop|slow|affect|depress|give)( \w+){0,5}",
    r"(never wake up|not wake up|stop breathing|die|overdose)( \w+){0,3} (during|from|under|with|after) (an |the |a |my )?(iv |ketamine )?(infusion|treatment|session|anesthesia|anesthetic|procedure|ketamine|spravato|sedation)",
    _OWN_IDEATION + r"(black box|boxed) warning( \w+){0,8}",
    # ...not when the writer says they have already taken some (round 18: "ya me tome 6 con tequila")
    r"(?![\s\S]{0,160}?\b(already (took|had|taken|swallowed|popped|downed)|i (took|had|have had|swallowed|popped|downed) (like |about |maybe )?(\d+|two|three|four|five|six|seven|eight|nine|ten)\b|"
    r"ya (me )?(tome|trague)|me (tome|trague) (como |unas |unos )?(\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|varias)\b|llevo (\w+ )?(\d+|dos|tres|cuatro|cinco|seis)\b))"
    r"(cuantas|cuantos|how many|how much) (\w+ ){0,5}(son demasiad[oa]s|is too much|are too many|es demasiado|is too many|would be too much)"
    # ...not when someone is then told about (round 13)
    r"(?!\?\s*(\w+ ){0,3}?(mi|my|su|his|her|our) (\w+ )?(hermana|hermano|hija|hijo|sister|brother|daughter|son|prima|primo|mama|papa|mom|dad|esposo|esposa|husband|wife|novio|novia|boyfriend|girlfriend|friend|amig[oa]|roommate))"
    # ...nor when the writer adds that the question is for themself (round 15)
    r"(?![^.!]{0,80}?\b(for myself|(it is|this is|asking|i am asking|question is) (\w+ ){0,3}?for me|(not|no) (for|asking for) a friend|(es|pregunto|lo pregunto) (\w+ ){0,2}?(para|por) mi( mism[oa])?(?=\s*([.,!?;]|$| y | pero | no ))|no es (para|por) (un |una )?(amig[oa]|otra persona|alguien mas)))",
    r"(coming|driving|drive|taking|take|cross|crossing|biking|commute|commuting|come) (over|across|on|via|through|from) (the )?(gwb|george washington bridge|bridge|\w+ bridge|tappan zee|verrazzano|tunnel)"
    # ...not when the crossing draws a thought (round 21: "every time i drive over the bridge i think about it")
    r"(?![^.?!]{0,80}?\b(?:i (?:\w+ )?(?:think|thinking|picture|imagine|imagining|wonder|wondering) (?:about )?(?:it|that|jumping|going over|driving off|how easy|how high|letting go|stopping)|"
    r"pienso en (?:tirarme|aventarme|saltar|eso|hacerlo)|me dan ganas de)\b)",
    r"hung up (the phone|on|by accident|accidentally|the call)|hang up (the phone|on me)",
    r"(rock )?climb\w*( \w+){0,6} (ropes?|harness)|(ropes?|harness)( \w+){0,6} climb\w*",
    # patches without an opioid worn as told (a child who chews one is another matter)
    r"(put|puts|wear|wears|wearing|stuck|stick|applied|apply|use|using|me puse|me pongo|uso) (on )?(\w+ ){0,2}(lidocaine|lidoderm|nicotine|salonpas|icy hot|heat|heating|cooling|menthol|capsaicin|estrogen|birth control|contraceptive) (patch|patches)|"
    r"(me puse|me pongo|uso|use) (\w+ ){0,2}parches? (de|con) (lidocaina|nicotina|mentol|calor)",
    r"(me quiero|me voy a|quisiera|me iba a) morir de (la )?(verguenza|risa|pena|hambre|sueno|ganas)",
    r"(rest|sleep) when (i am|im|you are|he is|she is) dead",
    r"(saw|watched|seen|vi) (a |an |this |un |una )?(tiktok|video|youtube|reel|clip|show|episode|movie|documentary|pelicula)" + _NO_OWN_CRISIS + _OWN_METHOD + r"( \w+){0,8}",
    r"(season finale|finale|episode|show|series|movie|film|novel|scene|serie|pelicula|novela)" + _NO_OWN_CRISIS + r"( \w+){0,3} (where|in which|when|donde|en la que)( \w+){0,10}",
    # round 26: not a farewell post ("post si kuya ng paalam na sa inyong lahat"), not the suicide
    # disease understood now ("i understand it too well")
    # (round 29: the verb, "post it for me because she won't be able to", is not a post)
    r"(podcast|episode|article|blog|post(?! (it|them|the letter|the envelope|the card|this letter|this envelope|a letter|for (him|her|me))\b))" + _OWN_METHOD + r"(?![^.?!]{0,60}?\b(goodbye|good bye|farewell|paalam|adios a todos|despedida)\b)( \W*\w+){0,12}",
    r"(nickname|nicknamed|called|known as|le dicen|llaman)\W+(\w+\W+){0,3}suicide (disease|headache)"
    r"(?![\s\S]{0,80}?\b(i (understand|get|see|know) (it|that|why)|now i (understand|get it|see why|know why)|too well|i understand now)\b)",
    r"(seizure|symptom|convulsion)[ -]?free|sin convulsiones desde",
    r"\b(my|the|our) (cat|dog|kitten|puppy|pet|bird|hamster)" + _NO_OWN_CRISIS + r"( is| was|'s)?( \w+){1,2}",
    r"(numb|asleep) from (sitting|crossing|lying|sleeping)",
    # a treatment or condition as what might cause the thing: a side-effect question
    _OWN_IDEATION + r"(cause|causes|caused|causing|trigger|triggers|lower|lowers|raise|raises|increase|increases|"
    r"risk of|dar|causar|provocar|puede dar|da|efecto secundario)( \w+){0,3} (throat \w+|chest pain|"
    r"seizures?|seizure threshold|convulsion\w*|heart attacks?|strokes?|anaphyla\w+|suicidal \w+|"
    r"suicid\w+|pensamientos suicidas|overdoses?|jaundice|yellow (eyes|skin)|liver (damage|failure|problems|toxicity|injury)|ictericia|dano (al|del|en el) higado)",
    r"(give|gives|giving|gave|almost had|nearly had) (me|him|her|you) a heart attack",
    _KILL_ME_IF, r"me muero (por|de (la )?(risa|ganas|hambre|sueno|verguenza))",
    r"suicidal (patients|people|clients|individuals|teens|youth|veterans)", r"acute suicidal ideation",
    # an absence for a reason or a date: a trip, a wedding, an appointment to move
    # (not "much longer", "anymore", "for good": those stay risk words)
    _NOT_A_FAREWELL + r"(will not|am not going to|not going to|wo not|no voy a|no vamos a) (be|estar) (around|here|in town|home|available|reachable|in the office|aqui|aca|en la ciudad|en casa|disponible)"
    r"(?! (much )?longer| anymore| any more| for good| forever| for long| to see| alive| after (this|tonight|today)| by\b| for (it|that|this|much)\b| then\b)(\W+[\w']+){0,12}?\W+" + _SCHEDULE,
    _NOT_A_FAREWELL + _SCHEDULE + r"(\W+[\w']+){0,12}?\W+(will not|am not going to|not going to|no voy a|no vamos a) (be|estar) (around|here|in town|home|available|reachable|aqui|aca|en la ciudad|en casa|disponible)(?! (much )?longer| anymore| for good| forever| alive| by\b| for (it|that|this|much)\b| then\b)",
    _NOT_A_FAREWELL + r"(i will|i am going to|i am gonna|i will be|we will) (be )?(gone|away|out|out of town|traveling|travelling|unavailable|offline|off the grid)"
    r"(?! for good| forever| soon| by)(\W+[\w']+){0,12}?\W+" + _SCHEDULE,
    # ...not a trip of no return (round 20: "me voy de viaje largo... ya les deje cartas")
    r"(voy a estar|estare|me voy) (fuera|de viaje|de vacaciones|afuera)(?! (muy )?largo| para siempre| sin (regreso|retorno|vuelta)| del que| de ida)(\W+[\w']+){0,10}",
    _NOT_A_FAREWELL + r"no (voy|vamos) a estar\b(?! (mas|viv[oa]|para siempre|nunca))(\W+[\w']+){0,8}?\W+(me voy|nos vamos) (pa|para|de viaje|de vacaciones|fuera)\b|(me voy|nos vamos) (pa|para|de viaje|de vacaciones)\b(\W+[\w']+){0,8}?\W+no (voy|vamos) a estar",
    # information questions about the crisis line and the nickname of a disease
    r"(what|que) (is|es|does|are|do|hace) (the |el )?(988|nine eight eight)\b(\W+[\w']+){0,10}|(is|does|do|es|puedo|can i) (the )?988 (\w+ ){0,6}(free|confidential|gratis|call the police|track|record|text|send|in spanish|en espanol)\b|how does (the )?988 work|988 (is|es) (for|para|only|solo)",
    r"suicide disease,? (right|correct|true|verdad)\b|(why|how come) (is|do|does|are|did) (\w+ ){0,5}(called|call|calls|known as|named|nicknamed) (\w+ ){0,4}(the )?suicide (disease|headache)|suicide (disease|headache)\W+(\w+\W+){0,2}why (is|was) (that|it)|(what|why) (is|does) (the )?\W?suicide (disease|headache)",
    # laughter as the cause ("my chest hurts from laughing", "casi me ahogo de risa")
    r"(ataque de risa|(de|from|with) (la |tanta |tanto |so much )?(risa|reir\w*|laugh\w*)|laugh(ing|ed) (so|too) (hard|much)|de tanto reir\w*|riendo\w* tanto)"
    r"( \w+){0,8}? (casi )?(me ahog\w*|me asfixi\w*|se ahog\w*|chok\w*|(could|can) (not|barely|hardly) breathe|"
    r"(my |his |her |the )?(chest|ribs|stomach|sides|abs|pecho|panza|estomago|costillas) (hurt|hurts|ache|aches|duele|duelen)|(me|le) duele(n)? (el pecho|la panza|el estomago|las costillas))",
    r"((casi )?(me|se) ahog\w*|chok\w*|(could|can) (not|barely|hardly) breathe|(chest|ribs|stomach|sides|abs|pecho|panza|estomago|costillas) (hurt|hurts|ache|aches|duele|duelen)|(me|le) duele(n)? (el pecho|la panza|el estomago))"
    r"( \w+){0,3}? ((de|from) (la |tanta |tanto |so much )?(risa|reir\w*|reirme|laugh\w*)|de tanto reir\w*)",
    # hyperbole: a heart attack or a stroke at a price, a bill, a sight
    r"(casi|por poco|ya mero|me va a|le va a|me iba a|nos va a|me van a) (me |le |nos )?(da|dio|daba|dar|de) (un |el )?(infarto|ataque al corazon|ataque cardiaco|paro cardiaco|soponcio|patatus|derrame)( \w+){0,2}? (cuando|al (ver|saber|leer|oir)|con|de|por|porque|si)\b",
    r"(almost|nearly|about to|going to) (have|had|die of) (a )?(heart attack|stroke|aneurysm|coronary)( \w+){0,2}? (when|because|at|after|over|seeing|looking at|reading|with (this|these|that|the))\b",
    # "rather die than <an ordinary thing>" (not "than live like this")
    r"rather (die|be dead|dying)['\"]?,? (\w+ ){0,2}?than (?!(live|living|go on|going on|keep|keeping|feel|feeling|wake|waking|be alive|be here|be a burden|exist|existing|continue|continuing|spend|suffer|suffering|face|facing|go through|deal|dealing|another|this|be in|be like|stay)\b)\w+( \w+){0,5}",
    r"(prefiero|prefiere|preferiria|prefieren) (morir|morirme|morirse|estar muert[oa])['\"]?,? (antes )?(que|a) (?!(vivir|seguir|sentir|sentirme|pasar otr|despertar|estar asi|aguantar|ser una carga|volver a (sentir|pasar|vivir|tener)|tener que (vivir|sentir|pasar|aguantar)|sufrir)\w*)\w+( \w+){0,5}",
    # ending things with a person or a job ("end it with my psychiatrist lol")
    r"end (it|things|this)\W{1,6}(with|con) (my|his|her|the|this|our|mi|su|el|la) (current |old |new |ex |former |actual )?"
    r"(psychiatrist|therapist|doctor|dr|boyfriend|girlfriend|partner|husband|wife|fiance|fiancee|job|boss|landlord|counselor|provider|insurance|insurer|gym|friend|roommate|clinic|dentist|psychologist|psiquiatra|terapeuta|novio|novia|esposo|esposa|pareja|trabajo|jefe|doctora?)",
    # "ready to go", explained as going home or leaving
    r"ready to go['\"]?(\W+[\w']+){0,14}?\W+(means?|meant|meaning|quiere decir|se refiere)(\W+[\w']+){0,6}?\W+(home|casa|leave|out of|irse|salir)",
    # asking how the clinic would handle a patient's crisis, hypothetically
    r"what (do|does|would|will|did) (you|the clinic|your clinic|the staff|your staff|the doctors?|your team|the team|the nurses?|yall|y'all|you guys|the office) (guys )?do (if|when) (a|the|one of your|your|any) (patients?|person|clients?|someone|somebody)( \w+){0,8}",
    r"que (hace|hacen|harian|haria) (la clinica|ustedes|el personal|los doctores|el equipo|los medicos) (si|cuando) (un|una|el|la|algun) (paciente|persona|cliente)( \w+){0,8}",
    r"how (do|does|would|will) (you|the clinic|your clinic|the staff|y'all|yall|you guys) (handle|deal with|respond to|manage)( it| that| things)? (if|when) (a|the|one of your|your|any) (patients?|person|clients?)( \w+){0,8}",
    # a doubled dose of something harmless ("it is just my vitamin d"), unless
    # a medicine that matters is named in the same sentence
    r"(took|taken|had|doubled|double|tome|me tome)( [\w']+){0,6},? (it is|it was|they are|they were|just|only|both|solo|es|son|fueron|eran) (just |only |solo |nada mas )?(my |a |an |mi |mis |la |el |las |los )?"
    r"(vitamins?|multivitamins?|vitamina\w*|stool softeners?|fiber|fibra|probiotics?|probioticos?|fish oil|omega \d|supplements?|suplementos?|magnesium|magnesio|calcium|calcio|biotin|colace|metamucil|zinc|gummy vitamins)"
    r"(?![^.?!]*\b(oxy\w*|opioids?|fentanyl|methadone|morphine|insulin|xanax|benzo\w*|lithium|tylenol|acetaminophen|warfarin|blood pressure|heart|seizure|klonopin|ativan|valium|ambien|seroquel|iron|hierro)\b)",
    # information questions about naloxone and street drugs (they overrule DIET's reading)
    r"(que|what) (es|is|son|are) (el |la |los |las )?(narcan|naloxone|naloxona|fentanyl|fentanilo|xylazine|xilacina)",
    r"(narcan|naloxone|naloxona)( \w+){0,3} (expire|expires|expired|expiration|go bad|goes bad|shelf life|se vence|se caduca|caduca|vencid[oa]|caducad[oa]|store|stored|storage|guardar|guardo|se guarda)\b|(expire|expired|expiration|se vence|caduca|vencid[oa])( \w+){0,3} (narcan|naloxone|naloxona)",
    r"(donde|where) (can |do |could |puedo |se puede |se )?(i |we |you )?(get|buy|find|conseguir|consigo|consigue|compro|comprar|obtener|compra)( it| lo| la| some)?( el| la)? (narcan|naloxone|naloxona)",
    r"(es verdad|es cierto|is it true|is it possible|sera verdad)( \w+){0,8}? (fentanyl|fentanilo|xylazine|xilacina)",
    r"(street|de la calle|fake|pressed|falsas?|falsos?)( \w+){0,4}? (can|could|may|might|puede|pueden|podria|podrian) (\w+ ){0,2}?(fentanyl|fentanilo|xylazine|xilacina)",
    # more of the same families (round 12)
    # a first responder's work: suicides and overdoses seen, calls answered
    r"(responded to|respond to|responding to|saw|seen|see|seeing|witnessed|witness|attended|handled|handle|worked|working|cleaned up after|cut down|vi|he visto|veia|atendi|atendia|me toco (ver|atender)|trabaje)( (?!(my|his|her|our|mi|su)\b)\w+){0,5}? "
    r"(suicides|suicidios|overdoses|hangings|jumpers|dead bodies|fatal overdoses|(overdose|suicide) deaths|ahorcados)(,? (and|y|or|o) (\w+ )?(suicides|suicidios|overdoses|sobredosis|deaths|muertes|accidents|accidentes|shootings|homicides|homicidios))*",
    r"(suicide|overdose|suicidio|sobredosis) (calls|scenes|runs|cases|notifications|casos|llamadas|escenas)\b",
    # a child's outburst over a game or a screen taken away
    _CHILD_OUTBURST_14,
    _SCREEN_OUTBURST_14,
    # a grandparent's "going to die soon anyway" (age, not intent)
    r"(grandma|grandmother|grandpa|grandfather|granny|nana|abuel[oa]|abuelit[oa]|\d+ ?(year|yr)s? old|she|he|mother|mom|dad|father|mama|papa|madre|padre)\b[^.?!]{0,40}?"
    r"\b(says?|said|keeps saying|tells (me|us|everyone)|told (me|us)|insists|dice|dijo|repite|sigue diciendo)\b[^.?!]{0,20}?"
    r"\b(going to die|will die|gonna die|is dying|se va a morir|va a morir|se muere)\b[^.?!]{0,20}?\b(anyway|anyhow|regardless|de todas (formas|maneras)|de todos modos|igual)" + _GIVING_UP,
    r"(de todas (formas|maneras)|de todos modos) se va a morir" + _GIVING_UP,
    # ...or said of oneself at a great age
    r"(at my age|i am (old|elderly|[6-9]\d|1\d\d)|i am a (great )?grand(mother|father|ma|pa)|[6-9]\d (years old|yo)|a mi edad|(ya )?tengo [6-9]\d anos|ya (estoy|soy) (viej|grande|mayor)\w*)\b"
    r"[^.?!]{0,60}?\b(going to die|will die|gonna die|me voy a morir|me muero|voy a morir)\b[^.?!]{0,20}?\b(anyway|anyhow|soon|de todas (formas|maneras)|de todos modos|igual|pronto)" + _GIVING_UP,
    r"(de todas (formas|maneras)|de todos modos) me voy a morir (pronto|ya)" + _GIVING_UP,
    # a naloxone kit kept since an overdose long ago
    r"(kept|keep|keeps|keeping|carry|carries|carrying|carried|have had|have kept|always have|tengo|guardo|llevo|cargo|tenemos)( \w+){0,3}? (narcan|naloxone|naloxona)\b[^.?!]{0,60}?\b(ever since|since|desde)\b[^.?!]{0,40}?\b(overdos\w*|sobredosis)",
    # allergy history: an epipen carried, anaphylaxis once or long ago
    r"(carry|carries|carrying|have|keep|keeps|tengo|llevo|cargo|traigo)( (?!(use|used|using|inject\w*|give|gave|grab\w*|need\w*|usar|puse|ponerle|ponerme)\b)\w+){0,2}? (epipens?|epinephrine|auto-?injectors?|epinefrina)\b[^.?!]{0,20}?\b(because|for|since|due to|por|para|desde)\b",
    r"(history of|historial de|antecedentes? de)( \w+){0,4}? (anaphylactic|severe allergic reactions?|reacciones alergicas graves)",
    r"(had|have had|has had|he tenido|tuve|me dio|le dio)( \w+){0,2}? anaphylactic( \w+){0,4}? (once|twice|as a (kid|child|teen)|years ago|in the past|una vez|de nin[oa]|hace (\w+ ){0,2}anos)|"
    r"(una vez|alguna vez|de nin[oa]|hace (\w+ ){0,2}anos) (me|le) dio (una )?anaphylactic",
    # a worry that the treatment brings on suicidal thoughts (read, heard, feared)
    _OWN_IDEATION + r"(worried|worry|afraid|scared|nervous|concerned|fear|heard|read|someone told me|is it true|lei|escuche|me dijeron|me preocupa|tengo miedo|miedo|es cierto|es verdad)\b[^.?!]{0,60}?"
    r"\b(ketamine|ketamina|spravato|esketamine|the infusions?|infusions|the treatment|the spray|las infusiones|el tratamiento)\b((?!\b(and|but|then|so|pero|y)\b)[^.?!]){0,30}?"
    r"\b(bring on|brings on|bring up|lead to|leads to|cause|causes|trigger|triggers|make|makes|worsen|worsens|increase|increases|induce|induces|dar|de|den|provocar|provoque|provoca|causar|cause|empeorar|empeore|aumentar|aumente|poner|ponga)\b[^.?!]{0,30}?"
    r"(?<!\bmy )(?<!\bmis )\b(suicidal( \w+)?|suicid\w+|pensamientos suicidas|ideas suicidas|ganas de morir\w*|want(ing)? to die)"
    r"(?! (that|which|que) (i |yo )?(already |ya )?(have|tengo|get|i am having))",
    # Spanish hyperbole: dying of boredom, "no puedo con la vida" over the traffic
    r"(me quiero|me voy a|quisiera|me iba a|me muero|me estoy muriendo|me moria|se quiere) (morir(me)? )?de (lo |la |el |tanto |tanta )?"
    r"(aburrid\w*|aburrimiento|lent[oa]|larg[oa]|tardad\w*|ridicul\w*|cursi|ric[oa]|buen[oa]|fe[oa]|calor|frio|hambre|sed|flojera|pereza|verguenza|pena|risa|envidia|celos|sueno|cringe|chistos[oa]|"
    # tiredness, nerves and excitement (merge review of round 48): "me quiero morir de cansancio"
    r"cansancio|cansada|cansado|desvelo|nervios|los nervios|emocion|ganas de verte|gusto|ansias)\b",
    r"no (puedo|puede|aguanto|soporto) con (la|mi|esta) vida\b[^.?!]{0,20}?\b(con|de|por) (este|esta|el|la|tanto|tanta|estos|estas|los|las) "
    r"(trafico|calor|frio|lluvia|fila|cola|espera|tarea|tareas|lunes|clima|papeleo|tramites|jefe|suegra|examenes|examen|trabajo|seguro|portal|formularios|ninos|filas|colas|humedad)|"
    r"(trafico|calor|frio|lluvia|fila|cola|espera|tarea|lunes|papeleo|tramites|jefe|suegra)\b[^.?!]{0,30}?no (puedo|aguanto) con (la|mi) vida",
    # a screening question already answered no (unless the answer is then taken back)
    r"(asked|asks|ask|asking|preguntaron|pregunto|pregunta|preguntan|preguntaba|question)( (me|us|him|her|le))? (if|whether|about|si|sobre|de si)\b[^.?!]{0,100}?"
    r"(and |y |, )?(i |he |she |we |yo )?(said|answered|told (her|him|them)|checked|marked|circled|put|wrote|clicked|dije|dijo|conteste|contesto|respondi|respondio|marque|puse|"
    r"(la|mi|the|my) (respuesta|answer) (es|fue|is|was)) "
    r"(no|none|nope|never|not at all|zero|0|que no|nada|ninguno|para nada)\b" + _TAKEN_BACK,
    r"(question|pregunta)s? (about|on|asking( me)? (about|if)|sobre|de si)\b[^.?!]{0,60}?\b(on|in|en) (the |that |this |el |la )?(form|questionnaire|intake|survey|screening|screener|paperwork|formulario|cuestionario|encuesta)\b",
    r"(answered|said|checked|marked|circled|put|clicked|scored|conteste|respondi|marque|puse) (no|none|zero|0|not at all|never|nada|que no|para nada|ninguna vez|nunca) "
    r"(for|to|on|a|en|para) (the |that |those |la |esa |las )?(question|item|pregunta|questions|preguntas|thoughts?|pensamientos|ideas|one about|la de|el de)\b[^.?!]{0,80}" + _TAKEN_BACK,
    # more of the same families (round 13)
    # a screening question answered no, told as "the answer is no" or "never had thoughts like that"
    r"(la respuesta|mi respuesta|the answer|my answer)( \w+){0,2}? (es|fue|is|was|would be|seria|sigue siendo) (no|nope|never|nunca|que no|un no)\b"
    r"(,? (when|cuando|to|a|for|para) (they |the \w+ |he |she |la \w+ |el \w+ |me |i was )?(asked|ask|preguntaron|pregunto|preguntan|question|pregunta|asked about)[^.?!,]{0,40})?" + _TAKEN_BACK,
    r"(no,? )?(i have|i) never (had|felt|thought|have had) (any )?(thoughts|ideas|feelings|anything) (like that|like those|of that kind|that way)|"
    r"(no,? )?(nunca|jamas) (he|ha|hemos) (tenido|sentido|pensado) (pensamientos|ideas|cosas|nada) (asi|como esos|como esas|de ese tipo|parecidos?)" + _TAKEN_BACK,
    # fed up with living with the pain, beside a treatment question (not "rather die than live with it")
    rf"{FED_UP_WORDS} (de|of|with) (vivir|living|lidiar|dealing) (con|with) "
    r"(este|esta|el|la|mi|this|the|my|these|estos|estas|all this) (\w+ ){0,2}?(dolor|dolores|pain|migrana\w*|migraine\w*|neuralgia|fibro\w*|crps|flares?|artritis|arthritis|neuropat\w*|neuropathy)\b"
    r"(?=[^?]*\?)(?![\s\S]*\b(prefiero morir\w*|rather die|rather be dead|want to die|quiero morir\w*|kill myself|matarme|end it|acabar con todo|no quiero vivir)\b)",
    # a grandmother's saying or a proverb about death
    r"(como (decia|dice|diria|dicen|decian) (mi |la |el )?(abuel[oa]|abuelit[oa]|mama|papa|madre|padre|refran|dicho|tia|gente)|como dice el (refran|dicho)|el (refran|dicho)|"
    r"as (my )?(grandma|grandmother|granny|nana|grandpa|grandfather|mom|mother|dad|father|abuela|the saying|the proverb|the old saying|they) (always |used to )?(said|says|say|put it|would say)|"
    r"(my )?(late )?(grandma|grandmother|granny|nana|grandpa|grandfather|abuela) (always said|always says|used to say|would always say|would say|had a saying)|the (old )?saying (goes|is)|an old saying|un dicho|solia decir|"
    r"(mi|la) (abuela|abuelita|abuelo|abuelito|bisabuela) (siempre )?(decia|solia decir)( que)?)"
    r"[,:]? ['\"]?((?!\b(and|but|y|pero|so|asi que|now|ahora)\b)[^.?!,;]){0,50}",
    r"de algo (hay que|tiene uno que|se tiene que) morir(se)?|el muerto al pozo|nobody gets out (of )?(here|this life|this world|of life)? ?alive|no one gets out (of )?(here|this life|this world)? ?alive|"
    r"death and taxes|la muerte y los impuestos|(cuando|when) (te toca|it is your time)(,? (te toca|it is your time))?|para morir nacimos|todos nos vamos a morir (algun dia|tarde o temprano)",
    # overdoses in the news or the headlines, beside a treatment question
    r"(in the news|on the news|the news|news|headlines|en las noticias|en el noticiero|las noticias|el noticiero|en la tele|en el periodico|reportajes?|documentar\w*)\b[^.?!]{0,60}?\b(overdos\w*|sobredosis|dying from|muriendo (de|por)|muertes (de|por)|deaths from|people dying)",
    r"(overdos\w*|sobredosis)( (of|de) \w+| deaths)? (in|on|en) (the |las |los |el )?(news|headlines|noticias|noticiero|tele)\b",
    # ordinary drunkenness slept off, with nothing taken and nothing wrong
    r"^(?![\s\S]*\b(pills?|pastillas|xanax|benzo\w*|klonopin|valium|ativan|\w+azepam|\w+azolam|ambien|sleeping (pills|tablets|meds|aids?)|oxy\w*|perc\w*|opioid\w*|fentanyl|fentanilo|heroin|methadone|tramadol|gabapentin|seroquel|"
    r"breath\w*|respir\w*|blue|azul|morad\w*|gr[ae]y|vomit\w*|threw up|throwing up|choking|gurgl\w*|snor\w*|wake|waking|despierta\w*|unresponsive|inconsciente|head|cabeza|seizure|convuls\w*|overdos\w*|sobredosis|suicid\w*)\b)"
    r"[\s\S]{0,80}?\b(drank|drinking|had|tomo|tome|bebio|bebi) (way |a bit |a little |un poco |mucho |demasiado )?(too much|de mas|too many drinks|demasiado)\b[^.?!]{0,60}?\b(sleeping it off|sleep it off|durmiendo(la)? la mona|dormir la mona|hungover|resaca|crud[oa]|la cruda|asleep|dormid[oa]|durmiendo|sleeping)\b",
    # fingers or toes that go white or blue in the cold (Raynaud's), with no lost pulse and nothing new
    r"(fingers|toes|hands|feet|fingertips|dedos|manos|pies)\b[^.?!]{0,40}?\b(white|blue|purple|bluish|numb|blanc\w*|azul\w*|morad\w*)\b[^.?!]{0,40}?\b(when it is cold|when it gets cold|in the cold|in (the )?winter|raynaud\w*|con el frio|cuando hace frio|en invierno|en el frio)"
    r"(?![\s\S]*\b(pulse|pulso|not (my|the) usual|different|no es (mi|el) (de siempre|normal)|distint[oa]|nunca me habia)\b)",
    r"(raynaud\w*)\b[^.?!]{0,60}?\b(white|blue|purple|blanc\w*|azul\w*|morad\w*)(?![\s\S]*\b(pulse|pulso|not (my|the) usual|different|distint[oa])\b)",
    # hair dyed blue, purple or grey
    r"(dye|dyes|dyed|dyeing|dying|color|colour|colored|coloured|bleach|bleached|tint|tinted|paint|tinte|tinto|tino|tenir|tenirse|tenido|pintar|pinto|pintarse) (\w+ ){0,3}(hair|pelo|cabello|mechas|beard|barba)( \w+){0,2}? (blue|purple|gr[ae]y|silver|azul|morado|gris|lila)|(blue|purple|gr[ae]y|azul|morado) (hair|pelo|cabello)|(pelo|cabello) (azul|morado|gris)",
    # a cut or a burn by accident: cooking, shaving, paper
    r"(me|se) (corte|corto|queme|quemo) (\w+ ){0,3}?(cocinando|picando|pelando|afeitandome|rasurandome|con (un |el |una )?(papel|hoja de papel|vidrio|lata|plancha|sarten|horno)|sin querer|por accidente)|"
    r"(cut|burned|burnt) (my|his|her) (finger|thumb|hand) (\w+ ){0,2}?(while |when )?(cooking|chopping|slicing|shaving|on (a|the) (can|glass|stove|pan|oven))|(cut|burned|burnt) (myself|my finger) (by accident|accidentally)",
    # round 14: hyperbole with a twist. A wish to die "... of embarrassment"
    # (the twist names the cause; a plain "i want to die" has none)
    r"(want|wants|wanted|wanting|wanna|wish|wished|could|would|just) (to )?(literally |just |actually )?die\W+(of|from) (pure |sheer |the )?(embarrassment|shame|cringe|boredom|laughter|laughing|secondhand embarrassment)",
    r"(me|se|te) (quiero|quise|queria|quiere|quiso|queria|voy a|iba a|va a) (matar|morir)\W+de (la |tanta |pura )?(risa|verguenza|pena|aburrimiento|cringe)",
    r"(me|lo|la|nos|te) (mata|mato|matan|mataba|va a matar) de (la )?risa",
    # an exam or a workout that "killed me, i am dead, bury me in the library"
    r"(exam|exams|test|final|finals|midterm|quiz|class|workout|hike|shift|examen|parcial|clase|entrenamiento)( \w+){0,2}? (killed|murdered|destroyed|wrecked|ended|mato|destrozo)( me)?\b[^.?!]{0,60}?",
    r"bury me (in|under|at|with) (the |my )?(library|books|textbooks|notes|homework|paperwork|laundry|dishes|biblioteca|libros)",
    r"entierr(e|en)me (en|bajo) (la |los )?(biblioteca|libros|apuntes|tarea)",
    # "not die, just scream" (the wish is to scream)
    r"(not|no) (to )?(die|dying|morir|morirme),? (i |yo )?(just|only|solo|nomas) (want to |wanna |quiero )?(scream|yell|cry|gritar|llorar)",
    # a small child's "i am gonna die" over vegetables, a bath, bedtime
    r"\b(son|daughter|kid|child|toddler|boy|girl|\d+ ?(year|yr)s? old|\d+ ?yo|hijo|hija|nino|nina|nene|nena)\b[^.?!]{0,60}?"
    r"(gonna die|going to die|will die|want\w* to die|me voy a morir|se va a morir|me muero|me quiero morir)\b[^.?!]{0,60}?"
    r"\b(broccoli|peas|vegetables|veggies|carrots|spinach|brussels sprouts|green beans|salad|verduras|brocoli|chicharos|zanahorias?|espinacas|vegetales|ensalada|bath|bathtime|bedtime|nap|homework|bano|siesta|tarea)\b",
    # a phone, a battery or a car that "se me murio"
    r"(se me|se le|se nos|se te) (murio|muere|murieron|mueren|esta muriendo) (el |la |mi |su )?(celular|cel|telefono|movil|bateria|laptop|compu|computadora|carro|coche|auto|tablet|tableta|cargador)",
    r"(celular|cel|telefono|movil|bateria|laptop|compu|computadora|carro|coche|tablet|tableta) (se )?(me |le |nos )?(murio|muere|esta muriendo|se murio)",
    # "almost killed him", told by someone who exaggerates
    r"(almost|nearly|practically|basically|casi|por poco) (killed|kill|kills|mato|mata|me mata|lo mata|la mata|lo mato|la mato|me mato)( me| him| her| us| them)?\b[^.?!]{0,60}?\b(exaggerat\w*|dramatic|so dramatic|drama queen|exagera\w*|dramatic[oa]|exagerad[oa])",
    # self-harm word play: one's own bangs or hair cut "basically self harm"
    r"(cut|cutting|trimmed|trimming|trim|chopped|me corte|me corto|cortarme|cortandome) (my |mi |el |los |her |his )?(own )?(bangs|hair|fringe|fleco|flequillo|pelo|cabello)"
    r"((?!\b(myself|my (arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin)|el brazo|las munecas|la piel)\b)[^.?!]){0,60}?\b(self harm|self-harm|autolesion\w*)",
    # round 14: work that meets suicide or overdose. A chaplain or counsellor
    # who sits with families after suicides (secondary trauma)
    r"(sit|sits|sat|sitting|work|works|worked|working|support|supports|supporting|counsel\w*|help|helps|helping|be|being|am|was) with (the |grieving |bereaved )?(families|survivors|loved ones|relatives)( \w+){0,2}? (after|of|affected by|touched by|bereaved by|who lost someone to) (a |the )?(\w+ )?(suicides?|overdoses?|overdose deaths)",
    r"(acompano|acompane|acompanaba|atiendo|atendia|apoyo|apoyaba|trabajo con) (a )?(las |los )?(familias|familiares|deudos|sobrevivientes)( \w+){0,2}? (despues de|tras|de|que perdieron a alguien por) (un |una |los |las )?(suicidios?|sobredosis)",
    # a responder's spouse: "ha visto muchas sobredosis"
    r"(ha|han|has|he|hemos|habia) (visto|atendido|presenciado) (muchas|tantas|varias|demasiadas|cientos de|miles de|un monton de|muchisimas) (sobredosis|muertes por sobredosis|suicidios)",
    r"(has|have|had) (seen|witnessed|responded to|worked) (so many|too many|a lot of|lots of|hundreds of|dozens of|countless|many) (overdoses|suicides|overdose deaths|fatal overdoses)",
    # hospice and palliative work, end-of-life depression as a topic
    r"end[- ]of[- ]life (depression|care|patients|resources|conversations|planning|doula|issues|distress|anxiety)|(hospice|palliative|paliativos?) (nurse|nurses|worker|workers|chaplain|care|patients|team|social worker|enfermer[oa]s?)|(enfermer[oa]|trabajo) (de|en) (cuidados paliativos|hospicio)",
    # learning to help: volunteering, a naloxone training that felt empowering
    r"(prevencion|prevenir) (del|de) (suicidio|las sobredosis|sobredosis)|(voluntari\w*|volunteer\w*)( \w+){0,4}? (crisis line|crisis text line|linea de crisis|linea de prevencion)",
    _NALOXONE_TRAINING,
    # round 14: fiction and news. A character in a novela or a show, with no
    # first person in what is told about them
    _SHOW_OR_BOOK + _NO_OWN_CRISIS + r"[^.?!]{0,40}?\b(a |the |la |el |una |un |this |that |esta |ese |esa )?"
    r"(character|characters|protagonist|protagonista|personaje|villain|villana|villano|heroine|hero|guy|girl|woman|man|actress|actor|chica|chico|mujer|hombre|senora|senor)\b"
    r"((?!\b(i|me|my|myself|yo|mi|mis|we|our)\b)[^.?!]){0,90}",
    # a headline's claim about what the treatment does to suicidal thoughts
    _OWN_IDEATION + r"(ketamine|ketamina|spravato|esketamine|esketamina|the infusions?|infusions|the treatment|las infusiones|el tratamiento)( \w+){0,3}? "
    r"(removes?|gets? rid of|takes? away|erases?|eliminates?|stops?|wipes? out|reduces?|cures?|ends?|quita|quitan|elimina|eliminan|borra|borran|reduce|disminuye|acaba con|cura)"
    r"( (the|los|las|el|la))? (suicidal( thoughts| ideation| feelings)?|suicidality|pensamientos suicidas|ideas suicidas|ganas de morir\w*)"
    r"(?![^.?!]*\b(i have|i am having|i have been having|mine|my own|los tengo|las tengo|tengo esos|estoy teniendo|yo tengo)\b)",
    # a denial before an information question: a warning about suicidal thoughts on the label
    _OWN_IDEATION + r"(advertencia|warning|warnings|aviso|label|etiqueta|black box|boxed)( \w+){0,3}? (de|about|on|for|sobre|of|regarding|acerca de) (\w+ ){0,2}?(suicidal( thoughts| ideation| behavior| behaviour)?|suicidality|suicide|pensamientos suicidas|ideas suicidas|suicidio)"
    r"(?![^.?!]*\b(i have them|i am having them|i have been having them|i have those|los tengo|las tengo|los estoy teniendo|estoy teniendo)\b)",
    # round 14: expected treatment effects told calmly and over. Feeling floaty
    # "as the leaflet said"
    r"(como (decia|dice|dijo|advertia|explicaba|explica) (el|la) (folleto|prospecto|instructivo|hoja|enfermera|doctora?))|(as|like|just like|just as|como|tal como|tal y como) (the |my |el |la |lo que )?(leaflet|pamphlet|handout|label|insert|package insert|info sheet|instructions|guide|folleto|prospecto|instructivo|hoja|instrucciones|guia|nurse|doctor|enfermera|doctora?) (said|says|warned|told us|told me|explained|described|dice|decia|dijo|advirtio|explicaba|explico|avisaba)",
    # blood pressure that rose in the session and came down before leaving
    r"(blood pressure|bp|presion|presion arterial)( \w+){0,3}? (went up|rose|spiked|was high|climbed|jumped|subio|se subio|se elevo|se me subio)\b[^.?!]{0,60}?\b(came (back )?down|went (back )?down|dropped back|back to normal|normalized|settled|bajo|se normalizo|volvio a (la )?normal\w*)\b[^.?!]{0,30}?\b(before (i|we|he|she) (left|went home)|before leaving|antes de (irme|salir|que me fuera|irnos|que se fuera)|by the end|al final)",
    # numbness for a minute after a session, then fine
    r"(numb|numbness|tingl\w*|pins and needles|dormid[oa]s?|entumid\w*|durmieron|adormecid\w*|hormigueo)\b[^.?!]{0,40}?\b(for a (minute|moment|few minutes|second|bit|little while)|un (minuto|momento|ratito|rato)|unos (minutos|segundos))\b[^.?!]{0,30}?\b(then|and then|after that|luego|despues|y luego|y despues)( it was| they were| i was| it went away| se me paso| se paso| todo| estaba| quede)? (fine|ok|okay|normal|bien|gone|back to normal)\b",
    # round 14: pills kept in order. A weekly pill organiser and a worry about mix-ups
    # (filled or kept by someone; not one a child or a confused adult got into or emptied)
    r"^(?![\s\S]*\b(got into|gets into|into (the|her|his|my|a)|empty|emptied|empties|missing|gone|vacio|vacia|se metio|swallow\w*|ate|eaten|took|taken|se tomo|se comio|trago|se trago|sleepy|drowsy|floppy|confused|confusion|pale|wake|breath\w*|dormid[oa]|somnolient[oa]|confundid[oa]|no despierta|respira\w*)\b)"
    r"[\s\S]*?\b(fill|fills|filled|filling|refill\w*|set up|sets up|load|loads|sort|sorts|organi[sz]e|organi[sz]es|lleno|llena|le lleno|relleno|preparo|prepara|organizo|arreglo)( \w+){0,3}? (weekly |daily |monthly )?(pill (organizer|organiser|box|case|dispenser|planner)|pillbox|(pastillero|organizador de pastillas|caja de pastillas)( semanal| diario)?)",
    # a daily count of pills told as a routine, beside an interaction question
    r"(take|takes|taking|tomo|toma|tomamos|tomando) (\d+|\w+) (different )?(pills|meds|medications|medicines|tablets|pastillas|medicamentos|pildoras|medicinas) (a|per|each|every|al|por|cada) (day|dia)\b",
    # round 14: everyday things. A watch's or a phone's fall detection that called 911
    # (only when the watch itself was dropped or the call was a false alarm; a real fall still counts)
    r"(watch|smartwatch|apple watch|fitbit|reloj|fall detection|crash detection|deteccion de caidas)( \w+){0,4}? (called|dialed|rang|llamo|marco) (al |a )?(911|9 1 1|emergency services|emergencias|the police)"
    r"(?=[^.?!]{0,50}?\b(dropped (the|my) (watch|phone)|i dropped it|se me cayo( el reloj)?|false alarm|by (mistake|accident)|por error|sin querer|falsa alarma)\b)"
    r"(?![\s\S]*\b(i fell|he fell|she fell|me cai|se cayo (mi|el|la) (abuel\w*|mama|papa|padre|madre|esposo|esposa)|hit (my|his|her) head|can not get up|cant get up|no (me )?puedo levantar|bleeding|sangr\w*|unconscious|inconsciente)\b)[^.?!]{0,60}",
    # an old, healed rib fracture that hurts when laughing
    r"(old|healed|healing|previous|prior|viej[oa]|antigu[oa]|sanad[oa]) (\w+ ){0,2}?(rib|ribs|costilla|costillas) (fracture|break|fractura|rota)|(fractura|fracture) (de |of (my |the |a )?)?(costilla|rib)\w* (\w+ ){0,2}?(vieja|antigua|old|healed|ya sano|ya sanada|que ya sano|that healed)",
    # fed up with pills that do not work, wanting something else
    # (round 15: "de las pastillas", "de tantas pastillas", and "q", "pq", "xq" as texted)
    rf"{FED_UP_ANY}( and tired)? (de|del|of|with) (tomar |taking )?(las |los |tantas |tantos |estas |estos |mis |these |all these |all the |the |so many |my )?"
    r"(pills|meds|medications|pastillas|pildoras|medicamentos|medicinas|antidepresivos|antidepressants)( \w+){0,3}?,? "
    rf"({QUE} (ya )?no|{PORQUE} (ya )?(no|ninguna|ninguno|nada|nunca)|(y |pero )?(ninguna|ninguno|ya no|no)|that do not|that dont|that never|that did not|that have not|which do not|because (they do not|they dont|none)|(and |but )?none) "
    r"(me |le |nos )?(work|funciona\w*|sirve\w*|help|ayuda\w*|worked|hace\w* nada|do anything|hace\w* efecto)"
    # (stops where the message goes on to take them all, names tonight or an end)
    r"(?![\s\S]*\b(todas|todos|all of them|take them all|me las|me los|tonight|esta noche|overdose|sobredosis|kill myself|matarme|end it|acabar con|no despertar|not wake up)\b)",
    # worn out by a form, a queue, an errand ("ya no puedo mas con este formulario")
    r"(ya )?no (puedo|aguanto|soporto) mas con (este|esta|estos|estas|el|la|los|las|tanto|tanta) (\w+ )?(formularios?|papeleo|tramites?|filas?|colas?|espera|trafico|calor|tarea|tareas|portal|pagina|app|aplicacion|seguro|cuestionarios?|llamadas?|burocracia|facturas?)\b",
    r"(can not|cannot) (take|stand|deal with|handle) (this|these|the|that) (form|forms|paperwork|portal|app|website|questionnaire|wait|queue|line|traffic|hold music)( \w+)? any ?more",
    # round 15: the clinical term for suicidal thoughts asked about (an intake
    # form's wording), not the writer's own thoughts
    _OWN_IDEATION + r"(what does|what do|what is|what are|what exactly is|whats|what is meant by|meaning of|definition of|que significa|que significan|que quiere decir|que es|que son|a que se refiere\w*|significado de|definicion de)\b"
    r"((?!\b(i|my|me|yo|mi|mis|tengo|have|having|he|she|his|her|el|ella|su|sus)\b)[^.?!]){0,40}?\b(suicidal (ideation|thoughts)|passive (suicidal )?ideation|active (suicidal )?ideation|ideation|ideacion( suicida)?( pasiva| activa)?|conducta suicida)\b"
    r"(?!\W+(i have|i am having|yo tengo|tengo|la tengo|lo tengo))",
    r"(form|forms|formulario|hoja de (admision|ingreso|registro)|intake|questionnaire|cuestionario|screening|screener|paperwork|encuesta|planilla)\b"
    r"((?!\b(i|my|me|yo|mi|mis|tengo|have|having|he|she|his|her|el|ella|su|sus)\b)[^.?!]){0,50}?\b(suicidal ideation|passive (suicidal )?ideation|active (suicidal )?ideation|ideation|ideacion( suicida)?( pasiva| activa)?)\b",
    # a double dose in the past, asking what to do if it happens again (no signs
    # now); the sentence that tells the double dose
    r"(?<![^.?!])\s*(?=[\s\S]*\b(if|what if|in case|si|por si|en caso de que)\b[^.?!]{0,40}?\b(again|ever again|otra vez|de nuevo|vuelve a (pasar|suceder|ocurrir)|volviera a (pasar|suceder)|vuelva a (pasar|suceder)|se repite|repeat\w*)\b)"
    r"(?=[^.?!]*\b(yesterday|last (night|week|month|time)|the other (day|night)|a (few|couple of) days ago|\w+ days ago|once|one time|ayer|anoche|antier|anteayer|la semana pasada|el otro dia|la otra vez|hace (unos |un par de |\w+ )?dias|una vez|el mes pasado)\b)"
    r"(?![\s\S]*\b(sleepy|drowsy|dizzy|confused|vomit\w*|throwing up|chest|breath\w*|faint\w*|passed out|pass out|racing|pounding|seiz\w*|convuls\w*|wake|waking|despert\w*|mare\w*|somnolient\w*|confundid\w*|respir\w*|pecho|desmay\w*|lips|labios|blue|azul|morad\w*|unresponsive|inconsciente|feel (sick|bad|weird|awful|terrible|strange)|me siento (mal|rar[oa])|right now|ahora mismo|todas|all of them|the whole|todo el frasco|on purpose|a proposito)\b)"
    r"[^.?!]*?\b(doubled|double|twice|two doses|2 doses|an extra dose|extra dose|dos veces|doble|dos dosis|de mas|otra dosis|una dosis extra)\b[^.?!]*",
    # a band, a song, a show or a game whose name holds an emergency word: named
    # ("a band called ..."), quoted, or the band itself ("the band Overdose")
    r"(band|group|song|album|track|single|show|series|podcast|movie|film|book|novel|game|video ?game|banda|grupo|cancion|rola|disco|album|serie|programa|pelicula|libro|novela|juego|videojuego)"
    r"( (called|named|titled|llamad[oa]|que se llama|de nombre)[ :]+['\"]?|[ :]+['\"]|(?<=band|anda|rupo|song|cion) (is |es |was |era )?['\"]?)"
    r"(\w+ ){0,2}?(overdose|overdosed|sobredosis|suicide|suicidal|suicidio|suicida|cardiac arrest|heart attack|seizure|self harm|infarto|paro cardiaco|convulsion\w*|ataque al corazon)\b['\"]?",
    # a trivial injury told as a joke (laughter, nothing serious): its sentence
    r"(?<![^.?!])\s*(?=[\s\S]*(" + LAUGHTER + r"))(?![\s\S]*\b(not joking|not kidding|no es broma|seriously|for real|de verdad|en serio|not breathing|no respira|unresponsive|overdos\w*|sobredosis|pills|pastillas|gun|rope|noose|kill myself|matarme|suicid\w*|will not stop bleeding|wont stop bleeding|no para de sangrar|a lot of blood|mucha sangre|blood everywhere|stitches|puntos|chest|pecho|seizure|convuls\w*|hit (my|his|her) head|se pego en la cabeza|broke|broken|rota|roto|fractur\w*)\b)"
    r"[^.?!]*?\b(paper ?cut|papercut|stubbed|stub my|funny bone|hangnail|splinter|bit my (tongue|lip|cheek)|brain freeze|pinched my finger|cortada de papel|corte con (una |un )?(hoja|papel)|con una hoja de papel|dedo chiquito del pie|dedito del pie|dedo pequeno del pie|me mordi la (lengua|boca|cachete)|padrastro|astilla|me machuque (el|un) dedo|me pegue en el (dedo|codo|dedito))[^.?!]*",
    # an extra vitamin or supplement taken by mistake (no medicine that matters, no child, no bottle)
    r"(took|taken|had|swallowed|tome|me tome|se tomo|doubled|double)\b[^.?!]{0,40}?\b(extra|another|two|2|double|dos|otra|otro|doble|de mas|una mas|one more|an additional)\b[^.?!]{0,20}?\b"
    r"(vitamins?|multivitamins?|multi|vitamina\w*|multivitaminico\w*|stool softeners?|fiber|fibra|probiotics?|probioticos?|fish oil|omega ?\d|capsulas? de omega ?\d|supplements?|suplementos?|magnesium|magnesio|calcium|calcio|biotin|biotina|colace|metamucil|zinc|gummy vitamins?|vitamin [a-z]\d*|vitamina [a-z]\d*|b12|collagen|colageno|turmeric|curcuma)\b"
    r"(?![\s\S]*\b(oxy\w*|opioids?|fentanyl|methadone|morphine|insulin|xanax|benzo\w*|lithium|tylenol|acetaminophen|paracetamol|warfarin|heart|seizure|klonopin|ativan|valium|ambien|seroquel|iron|hierro|prenatal\w*|bottle|frasco|whole|entero|entera|todas|all of|toddler|baby|bebe|child|kid|nino|nina|hijo|hija|son|daughter|sleepy|dizzy|vomit\w*|mare\w*|confus\w*|confundid\w*|chest|pecho|breath\w*|respir\w*)\b)[^.?!]*",
    # a commute, traffic or a job called "suicide" (hyperbole)
    r"(commute|traffic|driving (in|on|through|around|at|here|there)\b|the (\d+|highway|freeway|interstate|beltway|expressway)|rush hour|that road|this road|that job|this job|the job|my job|that shift|this shift|that schedule|this schedule|that diet|this diet|parking|biking|cycling|"
    r"trabajar|manejar|el trafico|el periferico|la carretera|la autopista|ese trabajo|este trabajo|ese jefe|ese horario|este horario|la ruta|esa dieta|ir en bici|cruzar la (calle|avenida))\b"
    r"((?!\b(i|me|my|myself|yo|mi|quiero|voy|going|want|plan|tonight|esta noche|into|contra)\b)[^.?!]){0,50}?\b(is|was|would be|will be|it is|es|era|seria|sera|fue) (pure |total |basically |literally |just |like |un |una |puro |pura |practicamente |literal |como un |todo un )*(suicide|suicidal|suicidio|suicida)\b|"
    r"\b(career|social|financial|political|professional|academic) suicide\b|\bsuicidio (social|laboral|financiero|profesional|politico|academico)\b",
    # a game's or a film's warning about seizures from flashing lights
    r"(warning|warnings|warns|warned|warn|advertencia|advertencias|advierte|aviso|avisos|advisory|disclaimer|alerta)\b((?!\b(and|but|y|pero|now|ahora|right now|is having|esta teniendo|started|empezo)\b)[^.?!]){0,50}?\b(seizures?|convulsion\w*|epilep\w*|photosensitiv\w*|fotosensib\w*)\b|"
    r"(photosensitive|photosensitivity|seizure|epilepsy|epileptic|fotosensible|fotosensibilidad)\s+(seizure )?(warning|warnings|advisory|disclaimer)|"
    r"(flashing|flashes|strobe|strobing|blinking|luces intermitentes|luces parpadeantes|destellos|luces que parpadean)\b[^.?!]{0,30}?\b(can|could|may|might|puede|pueden|podria|podrian)\b[^.?!]{0,20}?\b(trigger|cause|provoke|provocar|causar|dar)\b[^.?!]{0,20}?\b(seizures?|convulsion\w*|epilep\w*)",
    # a child (or anyone) pretending or playing at fainting or dying
    r"(?<!not )(?<!no esta )(?<!isn't )(?<!is not )(pretend\w*|fake|fakes|faked|faking|play(s|ing)? (at|dead)|finge\w*|fingiendo|fingio|juega a|jugando a|jugar a|hace como que|se hace (el|la) (desmayad[oa]|muert[oa])|haciendose (el|la) (desmayad[oa]|muert[oa]))\b"
    r"((?!\b(and|but|y|pero|now|ahora|then|luego|despues)\b)[^.?!,;]){0,25}?\b(faint\w*|pass\w* out|collaps\w*|dead|die|dying|desmay\w*|muert[oa]|morir\w*)\b"
    r"(?![\s\S]*\b(not breathing|no respira|will not wake|wont wake|does not wake|no despierta|blue|azul|morad\w*|unresponsive|inconsciente|hit (his|her|their) head|se pego|seiz\w*|convuls\w*|not pretending|no esta fingiendo|no es broma|really faint\w*|de verdad se desmayo|for real|pills?|pastillas|percs?|fentanyl|fentanilo|xanax|oxy\w*|heroin\w*)\b)",
    # a Spanish "overdose" of love, coffee, television, work (a metaphor)
    r"sobredosis de (amor|carino|ternura|cafe|cafeina|tele|television|series|netflix|trabajo|chamba|azucar|dulce|dulces|chocolate|redes|redes sociales|memes|tiktok|estres|reuniones|informacion|noticias|futbol|compras|musica|belleza|felicidad|alegria|risa|drama|tarea|tareas|examenes|fiestas|comida|tacos|pan|navidad|vacaciones|sol|ejercicio|gym|gimnasio|anime|abrazos|besos|pantallas?|videojuegos|youtube|realidad|emociones|romance|nostalgia|cumbia|reggaeton|suegra|familia|ninos|trafico|juntas|zoom|correos|mensajes|selfies|fotos|libros|lectura)\b",
    # snoring that sounds like choking, told with laughter (no drug, no pauses, wakes up): its sentence
    r"(?<![^.?!])\s*(?=[\s\S]*(" + LAUGHTER + r"))(?![\s\S]*\b(stops? breathing|stopped breathing|pauses?|deja de respirar|dejo de respirar|no respira|wake|waking|woke|despierta|blue|azul|morad\w*|gr[ae]y|gris|pills?|pastillas|oxy\w*|opioid\w*|fentanyl|fentanilo|heroin\w*|xanax|benzo\w*|methadone|metadona|morphine|morfina|percocet|took|taken|tomo|se tomo|drank|drunk|borrach\w*|alcohol|overdos\w*|sobredosis|high|drogad\w*|not joking|en serio|seriously|de verdad)\b)"
    r"[^.?!]*?\b((snor\w*|ronca\w*|ronquido\w*)\b[^.?!]{0,60}?\b(chok\w*|gurgl\w*|drown\w*|ahog\w*|asfixi\w*|atragant\w*|dying|muriendo|suffocat\w*|strangl\w*)|(chok\w*|gurgl\w*|ahog\w*|atragant\w*)\b[^.?!]{0,40}?\b(snor\w*|ronca\w*|ronquido\w*))[^.?!]*",
    # a fit of laughter ("un ataque de risa", "a laughing fit", "the giggles")
    r"(ataques?|attacks?|fits?|case|bout) (de|of) (risa|risas|laughter|laughing|giggles|the giggles|carcajadas|giggling)|(laughing|giggle|giggling|giggles|laughter) (fits?|attacks?|spell)|"
    r"(got|get|gets|getting|had|have|has) (a case of )?the giggles",
    # refilling or picking up compounded troches or lozenges
    r"(refill\w*|re-?fill|pick(ing)? up|pickup|picked up|renew\w*|reorder\w*|order\w*|resurt\w*|surtir|recoger|recojo|renovar|pedir|comprar|mandar|enviar|ship\w*|deliver\w*|mail\w*|get (my|more|a new))\b"
    r"((?!\b(took|taken|swallowed|ate|tome|se tomo|me tome|se trago|all at once|de golpe|juntas|juntos|todas|todos|too many|demasiad\w*|whole)\b)[^.?!]){0,50}?\b(troches?|lozenges?|trociscos?|pastillas (para disolver|sublinguales|de chupar)|rdts?|sublingual (tablets|ketamine|tabs)|compounded (ketamine|tablets|medication|meds))\b|"
    r"(troches?|lozenges?|trociscos?)\b((?!\b(took|taken|swallowed|ate|tome|se tomo|me tome|se trago|all at once|de golpe|juntas|juntos|todas|todos|too many|demasiad\w*|whole)\b)[^.?!]){0,50}?\b(refill\w*|pick(ing)? up|pickup|ready|resurt\w*|recoger|listos?|listas?|renovar|reorder\w*|ship\w*|deliver\w*)\b",
    # round 16: a denial told before a treatment question is handled above (REASSURANCE);
    # nightmares or flashbacks of a blast or an explosion (PTSD), asked about
    r"(?:nightmares?|bad dreams?|dreams?|dreaming|flashbacks?|pesadillas?|suenos?|sonando|flashazos?) (?:\w+ ){0,6}?(?:about|of|with|con|de|sobre|from|del|de la)? ?(?:\w+ ){0,4}?"
    r"(?:explosions?|blasts?|bombs?|bombings?|ieds?|mortars?|rockets?|gunfire|firefights?|shelling|explosion(?:es)?|bombas?|bombardeos?|estallidos?|balaceras?|disparos|tiroteos?|granadas?)\b",
    r"(?:explosions?|blasts?|bomb|ieds?|explosion(?:es)?|bomba|estallido)\b(?: site| zone)?[^.?!]{0,60}?\b(?:in my (?:dreams|sleep|nightmares)|en (?:mis )?(?:suenos|pesadillas)|nightmares?|pesadillas?|flashbacks?)\b",
    # a heart attack at a price, a bill or a parking fee, told laughing
    r"(?:\$\s?\d+|price|prices|cost|costs|bill|bills|copay|copays|parking|park|rent|fee|fees|charge|charged|cobran|cobraron|precio|precios|cuenta|factura|estacionamiento|estacionar|renta|cuesta|dolares|bucks)\b[^.!]{0,80}?"
    r"\b(?:having|had|have|gave me|give me|giving me|get|getting|me da|me dio|me va a dar|me dan|darme) (?:a |an |un |el )?(?:heart attack|cardiac arrest|coronary|stroke|infarto|paro cardiaco|ataque al corazon|soponcio|patatus)\b(?=[^.?!]{0,40}?(?:" + LAUGHTER + r"))"
    r"(?![\s\S]*\b(?:chest|pecho|arm|brazo|jaw|mandibula|sweat\w*|sudor\w*|sudando|numb|dormid[oa]|breath\w*|respir\w*|911|not joking|for real|de verdad|en serio|seriously|right now|ahora mismo|clutching|dolor)\b)",
    r"(?:heart attack|cardiac arrest|infarto|paro cardiaco|ataque al corazon)\b[^.?!]{0,40}?(?:" + LAUGHTER + r")[^.!]{0,80}?\b(?:price|prices|cost|bill|copay|parking|rent|fee|cobran|precio|cuenta|factura|estacionamiento|renta|dolares)\b"
    r"(?![\s\S]*\b(?:chest|pecho|arm|brazo|jaw|sweat\w*|sudor\w*|numb|breath\w*|respir\w*|911|not joking|for real|de verdad|en serio|seriously|right now|ahora mismo|dolor)\b)",
    # a psychologist's or a chaplain's patients with suicidal ideation (their work), in Spanish
    r"(?:pacientes|personas|clientes|usuarios|jovenes|veteranos|adolescentes|gente|casos)\b(?: \w+){0,3}? (?:con|que tienen|que presentan|en) (?:ideacion suicida|ideas suicidas|pensamientos suicidas|riesgo suicida|intentos? de suicidio|conducta suicida|crisis suicidas?)|"
    r"(?:pacientes|personas|clientes|usuarios) suicidas|(?:mis|los|sus|nuestros) (?:pacientes|clientes|usuarios)( \w+){0,3}? (?:son|estan) suicidas",
    # a film's, a series' or a show's overdose or suicide scene
    r"(?:overdose|overdosing|suicide|od|self harm|sobredosis|suicidio|autolesion) scenes?|scenes? (?:where|in which|with|of) (?:\w+ ){0,4}?(?:overdos\w*|kills? (?:himself|herself|themselves)|suicide)|"
    r"escenas? (?:de|del|con) (?:una |un |la |el )?(?:\w+ )?(?:sobredosis|suicidio|autolesion\w*|overdose)|escenas? (?:donde|en (?:la|el) que) (?:\w+ ){0,4}?(?:se suicida|se mata|sobredosis)",
    # the intake form's suicide question answered no, told question first
    r"(?:question|item|pregunta|preguntas)\b[^.?!]{0,60}?\b(?:suicid\w*|self harm|hurting (?:yourself|myself)|hacerte dano|hacerme dano|autolesion\w*|matarte|matarme|quitarte la vida)\b[^.?!]{0,40}?"
    r"\b(?:i |yo )?(?:(?:la|lo|le) )?(?:answered|said|marked|checked|put|circled|wrote|clicked|conteste|respondi|puse|marque|dije|escribi)(?: que)? (?:no|none|never|nunca|nada|que no|ninguna|nope)\b" + _TAKEN_BACK,
    # a safe or a maximum daily dose of an over-the-counter painkiller, asked
    r"(?:(?=[^.?!]*\b(?:tylenol|acetaminophen|acetaminofen|paracetamol|panadol|excedrin|ibuprofen|ibuprofeno|advil|motrin|aleve|naproxen|naproxeno|aspirin|aspirina|painkillers?|analgesicos?)\b)|"
    r"(?:tylenol|acetaminophen|acetaminofen|paracetamol|panadol|excedrin|ibuprofen|ibuprofeno|advil|motrin|aleve|naproxen|naproxeno|aspirin|aspirina|painkillers?|analgesicos?)\b[^.?!]{0,50}?)"
    r"(?:(?:safe|safely|max|maximum|maxima|maximo|recommended|recomendad[oa]|segur[oa]|sin riesgo|limit|limite|most)\b[^.?!]{0,60}?\b(?:per day|a day|in a day|daily|each day|every day|in 24 hours|al dia|por dia|diari[oa]|cada dia|en 24 horas|en un dia)|"
    r"(?:per day|a day|in a day|daily|al dia|por dia|en un dia|diari[oa])\b[^.?!]{0,40}?\b(?:safe|safely|max\w*|segur[oa]|sin riesgo|sin que me haga dano))"
    r"(?![\s\S]*\b(?:already took|i took|took \d{2,}|took (?:the |a )?whole|ya me tome|me tome (?:todo|todas|\d{2,})|whole bottle|todo el frasco|overdos\w*|sobredosis|yellow|amarill\w*|vomit\w*|throwing up|confus\w*|kill|matar\w*|morir\w*|die|dying|lethal|letal|mortal|suicid\w*|for myself|para mi)\b)",
    # a pet that ate a sock or a toy, told laughing ("mi perro se comio un calcetin jaja")
    r"\b(?:mi|el|la|my|the|our|nuestro|nuestra|su) (?:perr[oa]|perrit[oa]|gat[oa]|gatit[oa]|cachorr[oa]|mascota|dog|doggo|puppy|pup|cat|kitten)\b[^.?!]{0,30}?\b(?:se comio|se trago|comio|trago|se mastico|ate|swallowed|chewed|mordio)\b[^.?!]{0,30}?"
    r"\b(?:calcetin\w*|calcetas?|socks?|juguetes?|toys?|shoes?|zapatos?|chanclas?|sandal\w*|underwear|calzon\w*|tapete|cables?|remote|control|pelotas?|balls?|rocks?|piedras?|huesos?|bones?|papel|paper|pillow|almohada|crayon\w*|legos?|towel|toalla|sticks?|palos?|homework|tarea)\b"
    r"(?![\s\S]*\b(?:pills?|pastillas|medicin\w*|meds|xanax|oxy\w*|fentanyl|fentanilo|drogas?|chocolate|grapes|uvas|xylitol|rat poison|veneno)\b)",
    # snoring or pauses in breathing at night from a known sleep apnoea, with nothing taken
    r"(?![\s\S]*\b(?:pills?|pastillas|took|taken|tomo|se tomo|me tome|drank|drunk|alcohol|borrach\w*|oxy\w*|fentanyl|fentanilo|heroin\w*|xanax|benzo\w*|methadone|metadona|overdos\w*|sobredosis|blue|azul|morad\w*|gr[ae]y|gris|can not wake|will not wake|does not wake|no despierta|unresponsive|inconsciente|right now|ahora mismo|not breathing now)\b)"
    r"(?:sleep apnea|sleep apnoea|apnea del sueno|apnea|apnoea|cpap|bipap)\b[^.?!]{0,80}?\b(?:snor\w*|ronc\w*|(?:stop|stops|stopped|quit)s? breathing|deja(?:r)? de respirar|dejo de respirar|pauses?|pausas)[^.?!]*",
    r"(?![\s\S]*\b(?:pills?|pastillas|took|taken|tomo|se tomo|me tome|drank|drunk|alcohol|borrach\w*|oxy\w*|fentanyl|fentanilo|heroin\w*|xanax|benzo\w*|methadone|metadona|overdos\w*|sobredosis|blue|azul|morad\w*|gr[ae]y|gris|can not wake|will not wake|does not wake|no despierta|unresponsive|inconsciente|right now|ahora mismo|not breathing now)\b)"
    r"(?:snor\w*|ronc\w*|(?:stop|stops|stopped|quit)s? breathing|deja(?:r)? de respirar|dejo de respirar)\b[^.?!]{0,80}?\b(?:sleep apnea|sleep apnoea|apnea del sueno|apnea|apnoea|cpap|bipap)\b[^.?!]*",
    # a naloxone rescue some days ago, and a question about the trauma or treatment now
    r"(?![\s\S]*\b(?:again|still (?:not|blue|unresponsive)|not breathing|no respira|blue|azul|morad\w*|unresponsive|no despierta|using again|relaps\w*|right now|ahora mismo|tonight|esta noche|volvio a (?:usar|consumir)|recayo|otra vez)\b)"
    r"(?:narcan|naloxone|naloxona|narcanned)\b[^.?!]{0,60}?\b(?:a (?:few|couple(?: of)?) days ago|\w+ days ago|the other (?:day|night)|last (?:week|weekend|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b[^.?!]{0,100}?"
    r"\b(?:trauma\w*|shaken|shook|replay\w*|(?:can not|cant) stop thinking|nightmares?|flashbacks?|therapy|counsel\w*|support|help (?:me|with)|family members?|ptsd|anxiety|sleep)[^.?!]*",
    r"(?![\s\S]*\b(?:again|still (?:not|blue|unresponsive)|not breathing|no respira|blue|azul|morad\w*|unresponsive|no despierta|using again|relaps\w*|right now|ahora mismo|tonight|esta noche|volvio a (?:usar|consumir)|recayo|otra vez)\b)"
    r"(?:hace (?:\w+ ){0,2}dias|hace (?:una|un par de|dos|tres) semanas?|el otro dia|la otra noche|antier|anteayer|la semana pasada|el fin (?:de semana )?pasado|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo) pasado|a (?:few|couple(?: of)?) days ago|\w+ days ago|the other (?:day|night)|last (?:week|weekend))\b"
    r"[^.?!]{0,60}?\b(?:narcan|naloxone|naloxona|narcanned)\b[^.?!]{0,100}?\b(?:trauma\w*|no puedo dejar de pensar|no dejo de pensar|no duermo|no he dormido|pesadillas?|terapia|apoyo|ayud\w*|ansiedad|desde entonces|shaken|replay\w*|therapy|counsel\w*|help)[^.?!]*",
    # chest pain from coughing, with a cold or the flu (no sign of the heart)
    r"(?![\s\S]*\b(?:sweat\w*|sud\w*|arm|brazo|jaw|mandibula|(?:can not|cant|could not) breathe|no puedo respirar|short of breath|falta el aire|pressure|presion|crushing|aprieta|opresion|blood|sangre|faint\w*|desmay\w*|numb|dormid[oa]|spread\w*|radiat\w*|left|izquierd\w*|blue|azul|right now|ahora mismo|911|heart|corazon)\b)"
    r"(?:chest|pecho|ribs|costillas)\b[^.?!]{0,30}?\b(?:hurts?|hurting|sore|aches?|aching|pain|duele|dolor|adolorid\w*)\b[^.?!]{0,40}?\b(?:when i cough|from (?:all the |the )?cough\w*|coughing|de tanto toser|al toser|cuando toso|por la tos|con la tos|cough)[^.?!]*",
    r"(?![\s\S]*\b(?:sweat\w*|sud\w*|arm|brazo|jaw|mandibula|(?:can not|cant|could not) breathe|no puedo respirar|short of breath|falta el aire|pressure|presion|crushing|aprieta|opresion|blood|sangre|faint\w*|desmay\w*|numb|dormid[oa]|spread\w*|radiat\w*|left|izquierd\w*|blue|azul|right now|ahora mismo|911|heart|corazon)\b)"
    r"(?:duele|duelen|hurts?|dolor|sore)\b[^.?!]{0,20}?\b(?:chest|pecho|costillas|ribs)\b[^.?!]{0,20}?\b(?:de tanto toser|al toser|cuando toso|por la tos|con la tos|from (?:all the |the )?cough\w*|when i cough|por (?:el|la|este|esta) (?:resfriado|gripa|gripe|catarro|tos|bronquitis)|(?:from|with) (?:the|this|my|a) (?:cold|flu|cough|bronchitis))[^.?!]*",
    r"(?![\s\S]*\b(?:sweat\w*|sud\w*|arm|brazo|jaw|mandibula|(?:can not|cant|could not) breathe|no puedo respirar|short of breath|falta el aire|pressure|presion|crushing|aprieta|opresion|blood|sangre|faint\w*|desmay\w*|numb|dormid[oa]|spread\w*|radiat\w*|left|izquierd\w*|blue|azul|right now|ahora mismo|911|heart|corazon)\b)(?:(?:cough\w*|toser|tos|cold|flu|gripa|gripe|resfriado|catarro|bronquitis|bronchitis)\b[^.?!]{0,40}?\b(?:chest|pecho)\b[^.?!]{0,20}?(?:hurts?|sore|aches?|pain|duele|dolor)[^.?!]*|(?:dolor de pecho|chest pain) (?:por|from|with|con) (?:el |la |this |the )?(?:resfriado|gripa|gripe|tos|catarro|cold|flu|cough\w*|bronquitis|bronchitis))",
    # a hangover (nothing taken, nothing alarming)
    r"(?![\s\S]*\b(?:blood|sangre|pills?|pastillas|xanax|benzo\w*|oxy\w*|fentanyl|fentanilo|(?:can not|cant|will not|does not) wake|no despierta|unresponsive|inconsciente|seiz\w*|convuls\w*|confus\w*|breath\w*|respir\w*|chest|pecho|yellow|amarill\w*|overdos\w*|sobredosis|suicid\w*|kill|matar\w*|morir\w*|die|all day|todo el dia|(?:can not|cant) keep (?:anything|water) down|no retengo)\b)"
    r"(?:hangover|hungover|hung over|(?:una|la|tengo|ando|estoy|con|que) (?:cruda|crudo|resaca|guayabo)|crudisim[oa]|enguayabad[oa])\b[^.?!]*",
    # drowning in debt, bills or work
    r"(?:drowning|drowned|buried|swimming|ahogad[oa]s?|ahogandome|ahogandonos|ahogandose|me ahogo|nos ahogamos|hundid[oa]s?|hasta el cuello) (?:\w+ ){0,2}?(?:in|en|con|de|under) (?:\w+ ){0,2}?"
    r"(?:debt|debts|bills|medical bills|paperwork|work|emails|homework|loans|deudas?|cuentas|facturas|pagos|trabajo|tareas|papeleo|gastos|prestamos|tarjetas)\b",
    # round 17: drowning in debt with "estoy"/"me estoy" before the verb
    r"(?:me |nos |se )?(?:esta|estoy|estamos|estan|ando|andamos) ahogando (?:\w+ ){0,2}?(?:en|con|de) (?:\w+ ){0,2}?(?:deudas?|cuentas|facturas|pagos|gastos|prestamos|tarjetas|papeleo|trabajo)\b",
    # round 17: a faint from locked knees, laughed off or asked about
    r"(?![\s\S]*\b(?:now (?:he|she|i|my|they)|but now|ahora (?:no|tiene|tengo|esta|estoy|mi)|pero ahora|right now|ahora mismo|not breathing|no respira|(?:will not|can not|cant) wake|no despierta|unresponsive|inconsciente|blue|azul|morad[oa]|crushing|chest pain|dolor (?:en el|de) pecho|seiz\w*|convuls\w*|911)\b)(?:faint\w*|passed out|pass out|desmay\w*)\b[^.?!]{0,60}?\b(?:lock\w* (?:my|his|her|their) knees|knees? locked|rodillas (?:trabadas|bloqueadas|rigidas|tiesas)|trab\w* las rodillas)[^.?!]*",
    # round 17: a heart attack feared, and the ER found the heart fine (panic)
    r"(?![\s\S]*\b(?:now (?:he|she|i|my|they)|but now|ahora (?:no|tiene|tengo|esta|estoy|mi)|pero ahora|right now|ahora mismo|not breathing|no respira|(?:will not|can not|cant) wake|no despierta|unresponsive|inconsciente|blue|azul|morad[oa]|crushing|chest pain|dolor (?:en el|de) pecho|seiz\w*|convuls\w*|911)\b)(?:thought|felt like|was sure|pense|crei|senti que)\b[^.?!]{0,40}?\b(?:heart attack|infarto|ataque al corazon)\b[^?!]{0,100}?\b(?:heart (?:is|was) (?:fine|ok|okay|normal|healthy)|corazon (?:esta|estaba) bien|panic attack|ataque de panico)",
    # round 17: legs "dead" from the gym
    r"(?![\s\S]*\b(?:now (?:he|she|i|my|they)|but now|ahora (?:no|tiene|tengo|esta|estoy|mi)|pero ahora|right now|ahora mismo|not breathing|no respira|(?:will not|can not|cant) wake|no despierta|unresponsive|inconsciente|blue|azul|morad[oa]|crushing|chest pain|dolor (?:en el|de) pecho|seiz\w*|convuls\w*|911)\b)(?:gym|gimnasio|gym|workout|leg day|squats?|sentadillas|entren\w*|pesas|ejercicio|crossfit|spin class|marathon|maraton)\b[^.?!]{0,60}?\b(?:legs?|piernas) (?:\w+ ){0,2}?(?:dead|muertas?)\b",
    # round 17: someone seen nodding out, and the writer's own use (dependence help, not an overdose)
    r"(?![\s\S]*\b(?:now (?:he|she|i|my|they)|but now|ahora (?:no|tiene|tengo|esta|estoy|mi)|pero ahora|right now|ahora mismo|not breathing|no respira|(?:will not|can not|cant) wake|no despierta|unresponsive|inconsciente|blue|azul|morad[oa]|crushing|chest pain|dolor (?:en el|de) pecho|seiz\w*|convuls\w*|911)\b)(?:saw|seeing|watched|noticed|vi|ver|mire|vimos) (?:\w+ ){0,4}?(?:nodding (?:out|off)|nod(?:ded)? out|cabeceando|cabeceaba)\b[^.?!]{0,80}?\b(?:made me think|got me thinking|reminded me|my own|me hizo pensar|me puso a pensar|me recordo|mi propio|mi consumo)",
    # round 18: a scene watched or read, and whether it can really happen (a screen or a
    # book named, or the question is whether it is real; nobody of the writer's in it)
    r"(?:watching|watched|watch|binge\w*|reading|read|saw|seen|viendo|vi|veo|vimos|leyendo|lei|leo|mirando|mire)\b"
    r"((?!\b(?:right now|ahora mismo|just now|911|my|mi|mis|our|nuestro|nuestra|him|her|le|lo|la)\b)[^.!]){0,140}?\b"
    r"(?:(?:can|could|does|do|would|will) (?:that|this|it|something like that|stuff like that) (?:actually|really|even|ever|truly|realmente) (?:happen\w*|be real|be true)|"
    r"(?:is|was) (?:that|this|it) (?:realistic|accurate|even real|actually real|real life|a real thing|actually possible|really possible|possible in real life)|"
    r"in real life|irl\b|(?:eso|esto|algo asi) (?:\w+ ){0,2}?(?:pasa|puede pasar|sucede|puede suceder|es real|es posible) (?:de verdad|en la vida real|en serio|realmente)|"
    r"(?:es|sera) (?:posible|real|cierto|verdad) en la vida real|(?:es|sera) realista)",
    # round 18: exasperation at a trip, a line or a wait, in Spanish ("el trafico estaba para
    # matarse", "la fila estaba de morirse") and English ("traffic was murder")
    r"(?:trafico|transito|la fila|las filas|la cola|la espera|el calor|el frio|el metro|el tren|el camion|el bus|la guagua|la autopista|el periferico|la carretera|el camino|"
    r"el estacionamiento|el parking|el seguro|el papeleo|los tramites|el tramite|la tarea|el examen|la linea|la oficina|el dmv|la farmacia|el banco|el aeropuerto|el vuelo|"
    r"la lluvia|el clima|el dia|la semana|el lunes|la junta|la reunion|la chamba|el trabajo|el jefe|la gente)\b[^.?!]{0,40}?\b"
    r"(?:esta|estaba|estuvo|es|era|fue|anda|andaba|se puso|estan|estaban|estuvieron) (?:\w+ ){0,2}?(?:(?:para|pa) (?:matarse|morirse|matar a alguien)|de (?:morirse|muerte|morir))\b|"
    r"(?:esta|estaba|estuvo|es|era|fue|se puso) (?:\w+ )?(?:(?:para|pa) (?:matarse|morirse)|de (?:morirse|muerte))\b[^.?!]{0,30}?\b(?:el |la |los |las )?"
    r"(?:trafico|transito|fila|filas|cola|espera|calor|frio|metro|tren|autopista|periferico|carretera|estacionamiento|papeleo|tramites?|tarea|examen|linea|oficina|aeropuerto)\b|"
    r"(?:trafico|transito|fila|cola|espera|calor|frio) (?:de muerte|de morirse|para morirse|para matarse|mortal|matador)\b",
    r"(?:traffic|the commute|my commute|the line|the lines|the wait|parking|the drive|the subway|the train|the bus|rush hour|the dmv|the heat|the highway|the freeway|the bridge|the tunnel|"
    r"the turnpike|the parkway|the expressway|the beltway|the queue|security|the airport|getting here|the trip)\b[^.?!]{0,30}?\b(?:was|is|has been|were|are|will be) "
    r"(?:absolute |pure |literally |total |just |a |an )?(?:murder|murderous|killer|a killer|deadly|death|lethal|absolute murder)\b|(?:it was|it is|it has been) (?:absolute |pure |literally )?murder (?:getting|finding|to get|trying|out there|on the)",
    # round 19: a trip, a line or an errand that "esta pa suicidarse" (Spanish exasperation, as in
    # round 18's "para matarse"; only the impersonal "-se" after "esta", "es", "fue" or a comma:
    # "pastillas para suicidarme" stays a plan, and "me dan ganas ... jaja" is the joke filter's)
    r"(?:trafico|transito|tapon|tapones|fila|filas|cola|espera|calor|frio|metro|subway|tren|train|guagua|bus|autobus|camion|autopista|expressway|highway|puente|tunel|bqe|fdr|cross bronx|"
    r"la \d+|el \d+|estacionamiento|parking|papeleo|tramites?|tarea|examen|linea|oficina|dmv|farmacia|banco|aeropuerto|vuelo|lluvia|clima|lunes|junta|reunion|chamba|trabajo|jefe|"
    r"manejar|manejando|estacionar|conseguir (?:parking|estacionamiento)|esta ciudad|manhattan|brooklyn|el bronx|queens|midtown|seguro|aseguranza|formulario|llamada|hold|espera telefonica)\b"
    r"[^.?!]{0,50}?(?:\b(?:esta|estaba|estuvo|es|era|fue|anda|andaba|se puso|estan|estaban|como) (?:\w+ ){0,2}?|, ?)(?:pa|para) "
    r"(?:suicidarse|tirarse (?:a las vias|al metro|al tren|del puente|por la ventana)|pegarse un tiro|darse un tiro|colgarse|ahorcarse|aventarse (?:del puente|al tren|a las vias))\b|"
    r"\b(?:esta|estaba|estuvo|es|era|fue) (?:\w+ )?(?:pa|para) (?:suicidarse|pegarse un tiro|darse un tiro|tirarse a las vias)\b[^.?!]{0,30}?\b(?:el |la |los |las |este |esta )?"
    r"(?:trafico|transito|tapon|fila|cola|espera|calor|metro|subway|tren|guagua|autopista|puente|tunel|papeleo|tramites?|linea|dmv|aeropuerto)\b",
    # round 19: a student's thesis or a paper on the treatment for suicidal ideation is a study
    # topic (phrases.STUDY_MARKERS); a trans visitor worn out by being deadnamed, beside a
    # question about the forms (the "dead" in the name and the form's "place for my name")
    r"dead ?nam\w*|dead-nam\w*|(?:mi|el|su|tu) nombre muerto|nombre muerto|misgender\w*",
    r"(?:have|has|got|there is|is there|hay|tiene|tienen) (?:a |any |un |una |algun |alguna )?(?:place|spot|space|field|box|line|section|blank|lugar|espacio|casilla|campo|seccion|renglon) "
    r"(?:on (?:the|your|el) \w+ )?(?:for|to (?:put|write|enter|list|add|fill in)|para (?:poner |escribir )?|donde (?:poner|escribir)) (?:my|a|the|your|our|his|her|mi|el|la|su|un|una) (?:\w+ ){0,2}?"
    r"(?:name|names|pronouns|gender|nickname|insurance|address|email|phone|info\w*|details|signature|contact|nombre|pronombres|genero|apodo|seguro|direccion|correo|telefono|firma|contacto)\b",
    # round 19: one pupil bigger than the other since birth or all one's life (anisocoria),
    # an absence from a session noticed
    r"anisocoria|(?:always (?:had|have|been)|since (?:birth|i was (?:a kid|little|born|young|a baby))|(?:my|his|her) whole life|de nacimiento|desde (?:siempre|nin[oa]|chiquit[oa]|bebe)|siempre (?:he|ha) tenido|toda (?:mi|su|la) vida)\b"
    r"[^.?!]{0,40}?\bpupil(?:s|a|as)?\b[^.?!,]{0,30}?\b(?:bigger|larger|smaller|different|uneven|grande|chica|pequena|distint[oa]s?|diferentes?)\b|"
    r"pupil(?:s|a|as)?\b[^.?!,]{0,40}?\b(?:always been|since birth|my whole life|de nacimiento|desde siempre|toda (?:mi|su|la) vida)\b",
    r"(?:notice|care|realize|even know) if i (?:skipped|skip|missed|miss|cancel\w*|moved|move|rescheduled|reschedule|showed up late|was late|am late|did not show|came late|took a day off|called out|left early)\b"
    r"(?! (?:forever|for good|this world|and never))",
    # round 19: a relative's depression told beside a question about a health plan or the cost
    # (nothing about safety said)
    _NO_RISK_TOLD + _RELATIVE + r"(?:'s)?\b[^.?!]{0,60}?\b" + _CONDITION + r"\b[\s\S]{0,140}?\b" + _COVERAGE + r"\b(?=[^.?!]*\?)",
    _NO_RISK_TOLD + _COVERAGE + r"\b(?=[^.?!]*\?)[\s\S]{0,100}?\b" + _RELATIVE + r"(?:'s)?\b[^.?!]{0,60}?\b" + _CONDITION + r"\b",
    # round 19: no effect felt after a number of infusions ("nothing works" about the treatment,
    # not about life): a treatment question
    _NO_LIFE_WORDS + _TX_COUNT + r"\b[^?]{0,120}?\b" + _NO_EFFECT + r"\b[^?.!]{0,80}\??",
    _NO_LIFE_WORDS + _NO_EFFECT + r"\b[^?.!]{0,100}?\b" + _TX_COUNT + r"\b[^?.!]{0,80}\??",
    # round 19: thanks for the will to live found again (gratitude, recovered)
    r"(?<!\bno )(?<!\bnot )(?<!\bnever )(?<!\bsin )(?:have|got|found|regained|recovered|feel|gave me|given me|give me|brought back|bring back|restored|tengo|volvi a tener|recupere|encontre|"
    r"me (?:devolvieron|devolvio|dieron|dio|regresaron|regreso|han devuelto|ha devuelto)|devolverme|me devuelven|regresarme)"
    r" (?:(?!(?:no|not|nothing|never|lost|sin|ni|ya no)\b)\w+ ){0,3}?(?:the |my |a |las |mis |unas |el )?(?:will to live|ganas de vivir|reason to live|razon(?:es)? (?:para|de) vivir|desire to live|"
    r"love (?:of|for) life|amor (?:a|por) la vida)(?: again| back| otra vez| de nuevo)?",
]
# round 20: hospice and palliative care work, dying patients' pain as a topic
_END_OF_LIFE_CARE = (
    r"(?:work|works|working|worked|volunteer\w*|trabajo|trabaja|trabajando|voluntari[oa]) (?:\w+ ){0,2}?(?:in|at|for|en|para) (?:a |an |the |un |una |el |la )?"
    r"(?:hospice|hospicio|palliative care|cuidados paliativos|end[- ]of[- ]life care)|"
    r"(?:hospice|hospicio|palliative|paliativos?) (?:aides?|workers?|staff|volunteers?|doctors?|physicians?|medic[oa]s?|cnas?|rns?|nps?|unit|program|agency|setting|social workers?)|"
    r"(?:dying|terminally ill|terminal|end[- ]stage|actively dying|comfort care|hospice) (?:patients?|residents?|clients?)|"
    r"(?:pacientes|enfermos|residentes) (?:moribundos|terminales|en (?:etapa|fase) terminal|al final de (?:la|su) vida|que se estan muriendo|que estan muriendo)|"
    r"(?:patients?|people) (?:who are|that are) (?:actively )?dying|(?:at|near|for|in) (?:the )?end of life|al final de la vida|(?:el )?final de (?:la )?vida|fin de vida"
)
# round 20: a gatekeeper's training question (a resident adviser, a teacher, a coach):
# what to do if one of "my residents" or "a student" says they are suicidal; a generic
# member of a group, in a conditional (a person who "just told me" is not in it)
_ANY_MEMBER = (
    r"(?:a|an|one of (?:my|our|the)|any|some|un|una|alguno de (?:mis|los|nuestros)|alguna de (?:mis|las|nuestras)|algun|alguna) (?:\w+ )?"
    r"(?:residents?|students?|tenants?|campers?|clients?|patients?|callers?|members?|employees?|coworkers?|peers?|mentees?|athletes?|parishioners?|"
    r"estudiantes?|residentes?|alumn[oa]s?|inquilin[oa]s?|clientes?|pacientes?|emplead[oa]s?|companer[oa]s?)"
)
_DISCLOSES_SUICIDAL = (
    r"(?: \w+){0,4}? (?:tells|told|says|said|discloses|disclosed|mentions|admits|reveals|seems|is|are|texts|writes|dice|cuenta|comenta|menciona|confiesa|esta|parece|escribe|expresa)\b"
    r"[^.?!]{0,60}?\b(?:suicid\w*|(?:wants?|wanting) to (?:die|kill (?:themselves|himself|herself)|end (?:it|their life|his life|her life))|thinking (?:about|of) (?:suicide|killing|ending)|"
    r"(?:se )?quiere (?:matar|morir|suicidar)\w*|pensamientos suicidas|ideas suicidas|ganas de morir\w*|quitarse la vida)"
)
IDIOMS = IDIOMS + [
    _filter(_END_OF_LIFE_CARE, _NO_OWN_CRISIS),
    r"(?:if|when|whenever|in case|si|cuando|en caso de que) " + _ANY_MEMBER + _DISCLOSES_SUICIDAL,
]

# --- round 21's look-alikes ---------------------------------------------------

# A word between a frame's parts: never "and", "but", a person of the writer's own or "now",
# where the message turns from the frame to something happening.
_GAP = r"(?:(?!(?:and|but|y|pero|my|mi|mis|i|yo|he|she|el|ella|just|now|ahora|tonight|today|hoy)\b)[\w']+ )"
# Laughter close by (in the same sentence, either side).
_LAUGHING_NEAR = r"(?=[^.?!]{0,50}?(?:" + LAUGHTER + r"))"
_LAUGHED_BEFORE = r"(?:" + LAUGHTER + r")[^.?!]{0,50}?"
# A comic or embarrassing moment: a blunder in front of people, a message sent to the wrong
# person, a fall at a meeting, a funny video.
COMIC_MOMENTS = (
    r"(?:cringe\w*|embarrass\w*|awkward|mortif\w*|humiliat\w*|in front of (?:\w+ ){0,3}?(?:everyone|everybody|the (?:whole )?(?:class|team|office|room|company|meeting)|all|my (?:boss|crush|class|coworkers|teacher|in-?laws))|"
    r"out loud|by accident|accidentally|instead of|wrong (?:chat|person|group|number|email|name)|repl(?:y|ied)[- ]all|sent (?:it|that|the \w+|a \w+|my \w+) to|(?:texted|called|named) (?:my|the|our) (?:\w+ )?(?:boss|ex|teacher|professor|crush|mother|father)|"
    r"memes?|tiktok|(?:this|that|the|a) (?:\w+ )?video|baby (?:pics|pictures|photos)|(?:posted|shared) (?:\w+ ){0,2}?(?:pics|pictures|photos|videos?|fotos)|fotos de (?:bebe|chiquit[oa])|funny|hilarious|my crush|my ex|tripped|wardrobe|inside out|voice (?:memo|note|message)|autocorrect|group chat|"
    r"que oso|osazo|oso|que pena|verguenza|ridicul\w*|(?:enfrente|delante|frente) (?:de|a) (?:todos|toda (?:la|mi) \w+|mi \w+)|en voz alta|por error|sin querer|en vez de|equivocad[oa]|"
    r"me cai|se cayo|tropece|chiste|gracios\w*|mi crush|mi ex|le dije (?:mama|papa|mami|papi|te amo|mi amor|gord[oa])|le mande|al grupo|audio|mensaje equivocado|video|"
    # ...a blunder of one's own, or someone who saw it or told everyone
    r"forgot (?:my|the|to|his|her)|messed up|screwed up|wav(?:ed|ing) (?:back )?at|said (?:love you|you too)|le dije (?:te quiero|igualmente)|(?:saw|heard|read|found) my|caught me|walked in on|search history|projector|screen ?shar\w*|"
    r"la regue|la cague|me equivoque|se me olvido|me olvide|(?:le|les) (?:conto|dijo|enseno|mostro) a todos|se entero|me (?:vio|vieron|cacho|cacharon))"
)
# Words of dying said as a figure of speech (not "kill myself" with means, not a plan).
DEATH_HYPERBOLE = (
    r"(?:(?:i|we) (?:just |literally |actually |really |kind of |kinda )?(?:want|wanted) to die|(?:i am|i was|we are) (?:literally |so |actually |lowkey )?(?:going to die|dying|dead|deceased)|"
    r"(?:i|we) (?:could|will|would) (?:have )?(?:literally |just )?(?:die|died)|kill me(?: now)?|me (?:quiero|queria|quise) morir|quiero morirme|me muero|me mori|me (?:voy|iba) a morir|tragame tierra|"
    r"me (?:voy|iba) a matar|i am going to kill myself|i will kill myself|(?:i|he|she) (?:is |am )?going to kill (?:me|us))"
)
# "Seriously", "en serio", "for real" said beside the laughter is irony; any other serious
# word (a time, means, "not joking") still stops the joke filter.
_SERIOUS_WORDS = (
    r"(?:not (?:joking|kidding)|no (?:es|estoy) (?:broma|bromeando)|"
    r"(?:serious(?:ly)?|for real|de verdad|en serio)(?![^.?!]{0,40}?(?:" + LAUGHTER + r"))(?<!(?:ja|ol|ha|ao|je|xd) serious)(?<!(?:ja|ol|ha|ao|je|xd) seriously)(?<!(?:ja|ol|ha|ao|je|xd) en serio)(?<!(?:ja|ol|ha|ao|je|xd) for real)|"
    r"tonight|today|right now|this weekend|ahora mismo|esta noche|hoy|"
    r"gun|pistol|rope|noose|pills|blade|razor|knife|note|goodbye|plan\b|pistola|soga|pastillas|cuchill\w*|life insurance|seguro de vida|suicide clause|"
    r"not breathing|no respira|blue lips|unresponsive|will not wake|overdos\w*|bleeding|sangr\w*|"
    r"(?:hit|banged|bumped) (?:my|his|her) head|(?:se|me) (?:pego|pegue|golpeo|golpee)|(?:can not|cant) (?:feel|move|breathe)|no (?:puedo|siento) (?:mover|respirar|las piernas))"
)
_NOT_SERIOUS_AFTER = r"(?![\s\S]*\b" + _SERIOUS_WORDS + r"\b)"
# round 25: not after "si"/"if": "nobody would care si me muero lol" is a wish, not a laugh
_LAUGHING_DEATH = r"(?<!\bsi )(?<!\bif )(?:me muero|me mori|kill me(?: now)?|(?:i am )?(?:going to|about to) die(?: of (?:cringe|embarrassment|laughter))?|i could die|i died)"
# Frustration shouted at a form, a hold or a portal (often in capitals): "i am going to die if
# i have to wait on hold again", "this insurance company wants me dead", "esta llamada en espera
# me esta matando"; not "kill myself", not "want to die".
_DYING_OF_IT = (
    r"(?:(?:i am|i will|i swear i am|i swear i will|i swear|we are|we will) (?:literally |actually |seriously |just |really |so )?(?:going to |about to )?(?:die|be dead|drop dead)|"
    r"(?:is|are|has been|have been) (?:literally |actually |slowly |really )?killing (?:me|us)|(?:is|are) (?:going to|trying to) kill (?:me|us)|(?:will|would) (?:be the death of|kill) (?:me|us)|wants? (?:me|us) dead|"
    r"(?:me|nos) (?:va|van|iba|iban) a matar|(?:me|nos) (?:esta|estan) matando|me mata|me muero|me voy a morir|me va a dar algo)"
)
_SHOUTED_AT = (
    r"(?:" + "|".join(ORDINARY_ANNOYANCES) + r"|(?:this|the|that|your|this stupid|esta|este|esa|ese|la|el|tu|su) (?:\w+ )?(?:form|page|site|website|webpage|portal|login|password|app|system|call|callback|phone line|line|queue|insurance|bank|"
    r"formulario|pagina|pagina web|sistema|llamada|contrasena|linea|aplicacion|seguro|aseguranza|aseguradora|banco|papeleo|tramite)s?|(?:on|en) (?:hold|espera)|callback|one more form|otro formulario|logging me out|me saca(?:n)? del)"
)
# A gathering about suicide or overdose: a support group, a talk, a training, a panel, a vigil.
_GATHERING = (
    r"(?:(?:support|grief|peer|bereavement|survivors?|loss|family|parents?|healing) (?:groups?|circles?|meetings?|nights?)|groups?|circles?|panels?|panel discussions?|workshops?|trainings?|talks?|"
    r"lectures?|seminars?|webinars?|conferences?|summits?|vigils?|walks?|5ks?|fundraisers?|town halls?|forums?|classes|courses?|events?|presentations?|assembl(?:y|ies)|memorials?|"
    r"grupos? de (?:apoyo|duelo|ayuda|sobrevivientes|familias|padres)|grupos?|circulos?|charlas?|platicas?|taller(?:es)?|conferencias?|capacitacion(?:es)?|vigilias?|caminatas?|jornadas?|"
    r"foros?|cursos?|eventos?|presentaciones?|conversatorios?|paneles?|seminarios?)"
)
_DEATH_TOPIC = r"(?:suicid\w*|overdos\w*|sobredosis|naloxon\w*|narcan|self harm|autolesion\w*|fentanyl|fentanilo)"
_TOPIC_NOUN = r"(?:suicide|overdose|overdoses|naloxone|narcan|suicidio|sobredosis|naloxona|self harm)"
_TOPIC_MODIFIER = (
    r"(?:(?:prevention|awareness|loss|survivors?|response|reversal|education|support|recovery|grief|bereavement|remembrance|memorial|first aid|prevencion|concientizacion|duelo|sobrevivientes) )*"
)
# "a support group on suicide", "una charla sobre sobredosis"; "overdose prevention training"
_GATHERING_ON_A_DEATH_TOPIC = (
    _GATHERING + _NO_OWN_CRISIS + r" " + _GAP + r"{0,4}(?:on|about|for|around|sobre|de|del|para|acerca de) " + _GAP + r"{0,5}" + _DEATH_TOPIC
)
_DEATH_TOPIC_GATHERING = _TOPIC_NOUN + _NO_OWN_CRISIS + r" " + _TOPIC_MODIFIER + _GATHERING
# A death of old age, of natural causes, in one's sleep at a great age; a pet put to sleep.
_OLD = r"(?:[7-9]\d|1[01]\d)"
_PET = r"(?:dogs?|cats?|pets?|labs?|labradors?|golden retrievers?|pit ?bulls?|beagles?|chihuahuas?|poodles?|terriers?|huskies|husky|shepherds?|pupp(?:y|ies)|pup|kitt(?:en|y)|doggo|bunny|rabbit|horse|bird|perr[oa]s?|perrit[oa]s?|gat[oa]s?|gatit[oa]s?|mascotas?|cachorr[oa]s?|conej[oa]s?|conejit[oa]s?|caballo|perico)"
_PEACEFUL_DEATH = (
    r"(?:passed|died|passed away|passed on|murio|se murio|fallecio|se nos fue) (?:(?!(?:by|from|of an?|por|de una?|suicide|overdose|suicidio|sobredosis)\b)\w+ ){0,3}?"
    rf"(?:peacefully|in (?:her|his|their) sleep|of old age|of natural causes|(?:at|aged) (?:the age of )?{_OLD}\b|surrounded by|en paz|tranquil[oa]|mientras dormia|dormid[oa]|"
    rf"de viej\w*|de vejez|de causas naturales|a los {_OLD}\b|de {_OLD} anos|rodead[oa] de)"
)
_PET_PUT_DOWN = (
    r"(?:had to be|has been|was|were|got) put (?:down|to sleep)(?! for)|"
    rf"(?:put|putting|had to put|have to put) (?:our|my|the|his|her|their) (?:\w+ ){{0,2}}?{_PET} (?:down|to sleep)|{_PET} (?:was|were|got|had to be|has been) put (?:down|to sleep)|"
    rf"(?:my|our|the) (?:\w+ )?{_PET} (?:\w+ ){{0,2}}?(?:died|passed|passed away|crossed the rainbow bridge)|"
    rf"(?:dormir|sacrificar|eutanasiar|poner a dormir|poner a descansar) a (?:mi|mis|nuestr[oa]s?|su|la|el|los) (?:\w+ )?{_PET}|(?:lo|la) (?:tuvimos|tuve|tuvieron) que (?:dormir|sacrificar|poner a dormir|eutanasiar)|"
    rf"(?:mi|nuestr[oa]|el|la) (?:\w+ )?{_PET} (?:\w+ ){{0,2}}?(?:se murio|murio|fallecio|se nos fue|se fue al cielo)|(?:se murio|murio|fallecio|se nos fue) (?:mi|nuestr[oa]) (?:\w+ )?{_PET}"
)
# A film, a series or a book: a character who overdoses or jumps.
_FICTION = (
    r"(?:show|series|movie|film|book|novel|episode|season|play|anime|manga|comic|video ?game|documentary|miniseries|musical|"
    r"serie|pelicula|peli|libro|novela|telenovela|episodio|temporada|obra|historieta|videojuego|documental)"
)
_CHARACTER = (
    r"(?:(?:main|lead|other|side) )?(?:characters?|protagonists?|heroine|hero|villain|narrator|personajes?|protagonistas?|villan[oa]|narrador[a]?)"
)
_STORY_WORD = r"(?!(?:my|mi|mis|our|nuestr[oa]|i|yo|me|now|ahora|just|acaba|tonight|and|but|y|pero)\b)[\w']+"
# Study or curiosity: how naloxone works, whether xylazine responds to it (nothing taken by anyone,
# no naloxone given that is not working).
_NOBODY_TOOK = (
    r"(?![\s\S]*\b(?:took|taken|swallowed|snorted|smoked|injected|shot up|using|used|se (?:tomo|metio|inyecto|fumo)|me (?:tome|meti|inyecte)|consumio|nodding|blue|azul|morad[oa]s?|"
    r"(?:is |are |it is )?not working|no (?:esta |le esta )?(?:funcionando|funciono|sirvio|hizo efecto)|did not work|gave|given|sprayed|another|second|otra|le (?:puse|pusimos|di|dimos))\b)"
)
_OPIOID_TOPIC = (
    r"(?:narcan|naloxone|naloxona|xylazine|xilacina|tranq|fentanyl|fentanilo|carfentanil|opioids?|opioides?|opiates?|nitazenes?|buprenorphine|buprenorfina|methadone|metadona|suboxone)"
)
_MECHANISM = (
    r"(?:work|works|working|funciona|funcionan|actua|actuan|respond|responds|responde|responden|reverse|reverses|reversed|revierte|revertir|block|blocks|bloquea|bind|binds|last|lasts|dura|duran|"
    r"wear off|wears off|absorb\w*|se absorbe|metaboli\w*|half[- ]life|vida media|receptors?|receptores|mechanism|mecanismo|affect|affects|afecta|compare|compared|comparad[oa]|"
    r"work on|sirve (?:para|con|contra)|hace efecto)"
)
# A first responder's or a medic's memories of calls and patients.
_MEMORY = (
    r"(?:remember|recall|still think about|still see|can not forget|never forget|keep thinking about|think about|flashbacks? (?:of|about|from)|nightmares? (?:of|about)|haunt\w*|"
    r"me acuerdo|recuerdo|no olvido|no puedo olvidar|sigo pensando en|todavia veo|pesadillas con|suen[oa] con)"
)
_CALLS = (
    r"(?:calls?|runs?|patients?|codes?|cpr|overdoses?|bodies|victims?|kids|children|scenes?|faces|the ones|the people|pacientes|llamadas|victimas|sobredosis|cuerpos|rcp|escenas|caras|los que|las que|a los que|la gente|ninos)"
)
_RESPONDER = (
    r"(?:emts?|paramedics?|medics?|firefighters?|nurses?|er nurses?|corpsm[ae]n|lifeguards?|cops?|police officers?|dispatchers?|first responders?|rescuers?|"
    r"paramedic[oa]s?|bomber[oa]s?|enfermer[oa]s?|salvavidas|policias?|socorristas?|rescatistas?|despachador[a]?)"
)
_FORMER = r"(?:former|retired|ex-?|used to be (?:a |an )?|was (?:a |an )|worked as (?:a |an )?|fui|era|trabaje (?:de|como)|ex|retirad[oa]|jubilad[oa])"
IDIOMS = IDIOMS + [
    # (each filter's stop, a lookahead over the rest of the message, is read after its first
    # words, so that it runs only where the filter may start)
    # round 21: laughter beside a comic or embarrassing moment makes words of dying hyperbole
    # ("i want to die lol i called my teacher mom", "me quiero morir jajaja le mande el audio a
    # mi suegra"); not with a time, means, a plan or "not joking" after it
    DEATH_HYPERBOLE + _NOT_SERIOUS_AFTER + r"(?=[^.?!]{0,80}?\b" + COMIC_MOMENTS + r"\b)(?=[^.?!]{0,80}?(?:" + LAUGHTER + r"))",
    r"(?:" + LAUGHTER + r")" + _NOT_SERIOUS_AFTER + r"[^.?!]{0,50}?" + DEATH_HYPERBOLE + r"(?=[^.?!]{0,80}?\b" + COMIC_MOMENTS + r"\b)",
    COMIC_MOMENTS + _NOT_SERIOUS_AFTER + r"\b[^.?!]{0,80}?" + DEATH_HYPERBOLE + _LAUGHING_NEAR,
    r"(?:" + COMIC_MOMENTS + _NOT_SERIOUS_AFTER + r"\b[^.?!]{0,80}?(?:" + LAUGHTER + r")|(?:" + LAUGHTER + r")" + _NOT_SERIOUS_AFTER + r"[^.?!]{0,80}?\b" + COMIC_MOMENTS + r")\b[^.?!]{0,40}?" + DEATH_HYPERBOLE,
    # ...and "me muero", "kill me now", "i am going to die of cringe" right beside the laughter
    _LAUGHING_DEATH + _NOT_SERIOUS_AFTER + _LAUGHING_NEAR,
    r"(?:" + LAUGHTER + r")" + _NOT_SERIOUS_AFTER + r"[^.?!]{0,50}?" + _LAUGHING_DEATH,
    # round 21: frustration shouted at a form, a hold or a portal (often in capitals)
    _DYING_OF_IT + _NOT_SERIOUS_AFTER + _NO_OWN_CRISIS + r"[^.?!]{0,60}?\b" + _SHOUTED_AT,
    _SHOUTED_AT + _NOT_SERIOUS_AFTER + _NO_OWN_CRISIS + r"[^.?!]{0,60}?\b" + _DYING_OF_IT,
    # round 21: a support group, a talk, a training, a panel or a vigil about suicide or overdose
    _GATHERING_ON_A_DEATH_TOPIC,
    _DEATH_TOPIC_GATHERING,
    # round 21: a death of old age or of natural causes, a pet put to sleep (grief, no wish)
    _PEACEFUL_DEATH + _NO_OWN_CRISIS,
    _filter(_PET_PUT_DOWN, _NO_OWN_CRISIS),
    # round 21: a character in a film, a series or a book who overdoses or jumps
    _CHARACTER + _NO_OWN_CRISIS + r"(?: \w+){0,3}? (?:in|on|of|from|de|en|del) (?:the |that |this |a |la |el |esa |ese |esta |este |una |un )?(?:\w+ )?" + _FICTION + r"\b(?: " + _STORY_WORD + r"){0,12}",
    r"(?:in|on|en) (?:the |that |this |la |el |esa |ese |esta |este )?(?:\w+ ){0,2}?" + _FICTION + _NO_OWN_CRISIS + r"(?: \w+)?,? (?:the |a |el |la |un |una )?" + _CHARACTER + r"(?: " + _STORY_WORD + r"){0,12}",
    r"(?:a|the|un|una|el|la|that|this|ese|esa) (?:\w+ )?(?:character|personaje)" + _NO_OWN_CRISIS + r" (?:who|that|que|where|donde)(?: " + _STORY_WORD + r"){0,10}",
    # round 21: a question, for study or out of curiosity, on how naloxone works or whether
    # xylazine responds to it (nothing taken, nothing given, nothing failing)
    _OPIOID_TOPIC + _NO_OWN_CRISIS + _NOBODY_TOOK + r"\b[^.?!]{0,60}?\b" + _MECHANISM + r"\b(?:[^.?!]{0,60}?\w)?(?=\W{0,3}\?)",
    _MECHANISM + _NO_OWN_CRISIS + _NOBODY_TOOK + r"\b[^.?!]{0,60}?\b" + _OPIOID_TOPIC + r"\b(?:[^.?!]{0,60}?\w)?(?=\W{0,3}\?)",
    # round 21: a former medic's memories of calls and patients
    _FORMER + r" ?" + _RESPONDER + _NO_OWN_CRISIS + r"\b[^.?!]{0,80}?\b" + _MEMORY + r"\b(?: " + _STORY_WORD + r"){0,4}? " + _CALLS + r"(?: " + _STORY_WORD + r"){0,10}",
    _MEMORY + _NO_OWN_CRISIS + r"\b(?: " + _STORY_WORD + r"){0,4}? " + _CALLS + r"\b[^.?!]{0,80}?\b(?:as (?:a|an) )?" + _FORMER + r" ?" + _RESPONDER,
]

# --- round 22's look-alikes ---------------------------------------------------

# A leaflet, the clinic's website or a label quoted about opioids or overdose, then a question.
_QUOTED_SOURCE = (
    r"(?:(?:your|the|their|this|that|su|la|el|ese|esa|este|esta|vuestra|tu) (?:\w+ )?(?:website|site|web ?page|page|pagina(?: web)?|sitio(?: web)?|leaflet|pamphlet|brochure|flyer|handout|"
    r"folleto|volante|panfleto|consent form|consentimiento|faq|info sheet|information sheet|hoja informativa|label|etiqueta|package insert|prospecto|instructivo|paperwork|papeles)|"
    r"(?:en|on|in) (?:su|la|el|your|the) (?:pagina|sitio|website|site|folleto|leaflet|pamphlet|brochure)) (?:\w+ ){0,2}?"
    r"(?:says?|said|states?|mentions?|warns?|dice|decia|menciona|advierte|pone|explica|habla de|talks about)\b"
)
_QUOTED_TOPIC = r"(?:overdos\w*|sobredosis|opioid\w*|opioides?|opiates?|narcan|naloxon\w*|fentanyl|fentanilo|respiratory depression|depresion respiratoria|stop breathing|dejar de respirar)"
# A church's grief group, a sermon on dying to self.
_GRIEF_GROUP = (
    r"(?:grief|bereavement|mourning|widows?|duelo|luto|viudas?) (?:support )?(?:group|groups|ministry|circle|class|meeting|share)|"
    r"(?:grupo|grupos|ministerio|circulo|reunion) de (?:duelo|luto|viudas|apoyo para el duelo)"
)
_DYING_TO_SELF = (
    r"(?:dying|die|dies|died|death|morir|muerte|muriendo) (?:daily |a diario )?(?:to|a) (?:self|yourself|ourselves|oneself|the self|the flesh|the old self|sin|uno mismo|si mismo|nosotros mismos|el yo|el ego|la carne|el pecado|nuestro ego)\b|i die daily|muero cada dia"
)
# Laughter as what one dies of.
_DIE_LAUGHING = (
    r"(?:die|dying|died|dead|death|morir\w*|muero|mori|murio|muert[oa]s?|muriendo|morimos) (?:\w+ )?(?:laughing|from laughing|of laughter|from laughter|laughin|with laughter|"
    r"de (?:la )?risa|de tanto reir\w*|riendo|de la carcajada)|(?:laughed|laughing|laugh|reir|rei|nos reimos) (?:so hard |myself |ourselves )?(?:to death|until i (?:died|cried)|til i died|till i died|hasta morir)"
)
# Sports drills called "suicides".
_SUICIDE_DRILL = (
    r"(?:(?:run|runs|running|ran|do|doing|did|made us (?:run|do)|make us (?:run|do)|hizo correr|corrio|corrimos|corren|corriendo|hacer|hicimos|haciendo|correr) (?:\w+ ){0,2}?"
    r"(?:suicides|suicide sprints|suicide runs|suicide drills|suicidios|suicidas)\b|(?:suicides|suicidios|suicide sprints|suicide drills)\b[^.?!]{0,40}?\b"
    r"(?:practice|drills?|conditioning|sprints?|basketball|basket|soccer|football|futbol|volleyball|voleibol|track|gym|pe|coach|entrenamiento|entreno|practica|cancha|educacion fisica)|"
    r"(?:practice|conditioning|coach|entrenamiento|entrenador|practica|basketball|basket|soccer|football|futbol|volleyball)\b[^.?!]{0,40}?\b(?:suicides|suicidios|suicide sprints|suicide drills))"
)
# A song, a lyric or a poem quoted (not "that song is me").
_SONG = r"(?:songs?|lyrics?|poems?|poema|poemas|cancion|canciones|letra|verse|verso|chorus|coro|hymn|himno|track|rap|corrido|bolero|ballad|balada)"
_NOT_ME_SONG = (
    r"(?![\s\S]*\b(?:is me|is so me|that is me|literally me|my life|is how i feel|how i feel|soy yo|es mi vida|habla de mi|asi me siento|lo que siento|como me siento|relate)\b)"
)
# Fainting at a blood draw or at the sight of needles.
_FAINT = r"(?:faint|fainted|faints|fainting|pass out|passed out|passing out|black out|blacked out|desmay\w*|vasovagal|get woozy|went woozy)"
_NEEDLE_SIGHT = (
    r"(?:blood (?:draws?|tests?|work)|bloodwork|labs|needles?|(?:they|nurses?) (?:draw|take|took|drew) (?:my )?blood|(?:the )?sight of (?:blood|needles?)|(?:see|seeing|saw) (?:blood|needles?|agujas)|agujas?|"
    r"(?:sacan|sacar|sacaron|me sacan|me sacaron) sangre|analisis de sangre|(?:ver|veo|vi) (?:sangre|agujas?|la aguja)|las inyecciones|las vacunas)"
)
_FAINT_HABIT = (
    r"(?:always|every time|everytime|whenever|usually|tend to|afraid|scared|worried|nervous|fear|might|will i|last time|once|before|siempre|cada vez|me da miedo|miedo|"
    r"tengo miedo|la ultima vez|una vez|suelo|casi siempre|prone)"
)
_FAINT_BY = r"(?:at|during|for|when|whenever|every time|from|before|after|cuando|al|en|durante|por|de solo|con solo|nada mas de)"
_FAINT_NOT_NOW = (
    r"(?![\s\S]*\b(?:not breathing|no respira|will not wake|no despierta|still out|sigue desmayad[oa]|seiz\w*|convuls\w*|chest|pecho|tongue|lengua|throat|garganta|swell\w*|hinch\w*|"
    r"hives|ronchas|itch\w*|heart|corazon|rattle|gurgl\w*|grey\w*|gray\w*|blue|azul|morad\w*|needle (?:next|still|in (?:his|her))|aguja (?:todavia|en el|al lado))\b)"
)

# A dark time, thanked for, over.
_THANKS = r"(?:thank\w*|gracias|grateful|agradec\w*)"
_LAST_YEAR = (
    r"(?:last year|a year ago|\w+ (?:years?|months) ago|back then|el ano pasado|hace (?:\w+ ){0,2}(?:anos|meses|un ano)|(?:in|en) (?:19|20)\d\d)"
)
_PULLED_OUT = (
    r"(?:got me (?:through|out)|pulled me (?:out|through)|helped me (?:get |climb |come )?(?:out|through|back)|brought me back|saved (?:my life|me)|"
    r"sali del hoyo|salir del hoyo|me (?:sacaron|ayudaron a salir)|sali adelante|(?:now i am|i am now|ahora estoy) (?:doing )?(?:well|good|better|fine|okay|bien|mejor))"
)
_BACK_AGAIN = (
    r"(?![\s\S]*\b(?:again|is back|are back|came back|coming back|volvio|volvieron|otra vez|de nuevo|but now|pero ahora|want to die|wanna die|quiero morir\w*|me quiero morir|"
    r"kill myself|matarme|tonight|esta noche|right now|ahora mismo|pills|pastillas|plan)\b)"
)
# A question, in a rotation or a class, on how naloxone is given.
_GIVEN_HOW = (
    r"(?:how|what|which|como|cual|cuanto|que)\b(?: [\w']+){0,4}? (?:dose|dosage|dosis|route|via|given|administered|administer|give|administra\w*|aplica|se da|se pone|se usa|inject\w*)\b"
)
_NOBODY_IN_TROUBLE = (
    r"(?![\s\S]*\b(?:took|taken|swallowed|snorted|injected|se (?:tomo|metio|inyecto)|not breathing|no respira|blue|azul|morad[oa]s?|unresponsive|will not wake|no despierta|"
    r"my (?:\w+ )?(?:brother|sister|son|daughter|friend|husband|wife|boyfriend|girlfriend|mom|dad)|mi (?:hermano|hermana|hijo|hija|amigo|amiga|esposo|esposa|novio|novia|mama|papa))\b)"
)
# A small cut with a plaster on it.
_PLASTER = r"(?:band-?aids?|band aids?|plasters?|curitas?|tiritas?|banditas?|gauze|gasa)"
_SMALL_CUT_STOP = (
    r"(?![\s\S]*\b(?:deep|profund\w*|will not stop|no (?:para|deja) de sangrar|bleeding through|a proposito|on purpose|again|otra vez|urges?|ganas|relaps\w*|reca\w*|stitches|puntos|"
    r"wrists?|munecas?|thighs?|muslos?|to feel|para sentir|myself)\b)"
)
# Toy guns: nerf, water, foam darts.
_TOY_GUN = (
    r"(?:nerf|toy|water|squirt|foam|bubble|cap|paintball|airsoft|bb|pellet|gel|orbeez|splatter|dart|marshmallow)(?: \w+){0,1}? (?:guns?|pistols?|blasters?|darts?|fights?|wars?|battles?|balloons?)|"
    r"(?:pistolas?|armas?|rifles?) (?:de (?:agua|juguete|balines|dardos|gotcha|paintball)|nerf)|nerf"
)
_REAL_HARM = (
    r"(?![\s\S]*\b(?:real (?:gun|one|bullet|pistol)|bullets?|balas?|de verdad|bleeding|sangr\w*|911|hospital|ambulance|ambulancia|tourniquet|torniquete|eye|ojo)\b)"
)
# One extra antihistamine for a rash or hives, asked about.
_MILD_ANTIHISTAMINE = (
    r"(?:zyrtec|cetirizin\w*|claritin|loratadin\w*|allegra|fexofenadin\w*|xyzal|levocetirizin\w*|desloratadin\w*|clarinex|benadryl|antihistamin\w*|antialergic\w*|allergy (?:pill|tablet|med))"
)
_ONE_EXTRA = (
    r"(?:took|take|taking|had|tome|me tome|tomo|me tomo) (?:(?:an|one|a|una|un) (?:extra|additional|more|adicional)|(?:an|one|a|una|un) (?:pill|tablet|dose|pastilla|tableta|dosis) (?:extra|adicional|mas|de mas)|"
    r"(?:otra|another) (?:pill|tablet|dose|pastilla|tableta|dosis)?) (?:of |de )?(?:\w+ )?"
)

# a class's question on how naloxone is given ("how is narcan given?"; round 35 gives it a stop)
_NALOXONE_HOW_GIVEN_22 = (
    _OPIOID_TOPIC + _NO_OWN_CRISIS + _NOBODY_IN_TROUBLE + r" (?:is |se |es )?(?:given|administered|dosed|administra|aplica|da|pone)\b[^.?!]{0,60}(?=\W{0,3}\?)"
)
IDIOMS = IDIOMS + [
    # round 22: a question quoting the clinic's website or a leaflet about opioids and overdose
    _QUOTED_SOURCE + _NO_OWN_CRISIS + _NOBODY_IN_TROUBLE + r"(?: that| que)?(?: \W*[\w']+){0,12}? \W*" + _QUOTED_TOPIC + r"\b(?:[^.?!]{0,80}\w)?",
    # round 22: a church grief group, a sermon on dying to self
    _filter(_GRIEF_GROUP, _NO_OWN_CRISIS),
    _filter(_DYING_TO_SELF, _NO_OWN_CRISIS),
    # round 22: laughter as what one dies of ("going to die laughing", "me mori de la risa")
    _filter(_DIE_LAUGHING, _NO_OWN_CRISIS),
    r"(?:i am|i was|we were|we are|i almost|we almost|almost|casi|nearly) (?:literally |so |totally )?(?:dead|dying|died|me muero|me mori|nos morimos)" + _NO_OWN_CRISIS + r"(?: \w+){0,3}? (?:laughing|from laughing|of laughter|de (?:la )?risa)",
    # round 22: sports drills called "suicides"
    _SUICIDE_DRILL + _NO_OWN_CRISIS,
    # round 22: a song, a lyric or a poem quoted about dying, the song named
    _SONG + r"(?:(?: \w+){0,3}? (?:goes|says|dice|called|named|titled|llamad[oa]|que se llama|with the line|line|lines|where|que dice|that goes|sings|canta))?\W{0,3}['\"][^'\"]{0,79}\w(?=['\"])" + _NO_OWN_CRISIS + _NOT_ME_SONG,
    r"(?:listen(?:ing)? to|play(?:ing)?|sing(?:ing)?|escuchar|poner|cantar|canto|canta) ['\"][^'\"]{0,79}\w(?=['\"])" + _NO_OWN_CRISIS + _NOT_ME_SONG,
    r"\w+\W{1,3}['\"][^'\"]{1,80}['\"]" + _NO_OWN_CRISIS + _NOT_ME_SONG + r"[\s\S]{0,80}?\b(?:that|this|the|my|a|esa|esta|la|mi|una) (?:\w+ )?" + _SONG + r"\b",
    # round 22: fainting at a blood draw or at the sight of needles, past or feared
    _FAINT_HABIT + _NO_OWN_CRISIS + _FAINT_NOT_NOW + r"\b[^.?!]{0,40}?\b" + _FAINT + r"\b[^.?!]{0,40}?\b" + _NEEDLE_SIGHT + r"\b",
    _FAINT + _NO_OWN_CRISIS + _FAINT_NOT_NOW + r"(?: \w+){0,2}? " + _FAINT_BY + r" (?:\w+ ){0,3}?" + _NEEDLE_SIGHT + r"\b",
    _NEEDLE_SIGHT + _NO_OWN_CRISIS + _FAINT_NOT_NOW + r" (?:\w+ ){0,2}?(?:make|makes|made|hacen|hace|hicieron) (?:me|him|her|them|que me) (?:\w+ )?" + _FAINT + r"\b",
    # round 22: thanks for help out of a dark place last year (over)
    _THANKS + _BACK_AGAIN + r"\b[\s\S]{0,80}?\b" + _LAST_YEAR + r"\b[\s\S]{0,200}?\b" + _PULLED_OUT + r"\b[^?]{0,80}",
    _THANKS + _BACK_AGAIN + r"\b[\s\S]{0,60}?\b" + _PULLED_OUT + r"\b[\s\S]{0,80}?\b" + _LAST_YEAR + r"\b[^?]{0,120}",
    # round 22: a clinical rotation's or a class's question on how naloxone is given
    _GIVEN_HOW + _NO_OWN_CRISIS + _NOBODY_IN_TROUBLE + r"(?: [\w']+){0,3}? (?:of |de |for |para )?(?:la |el |the |intranasal |im )?" + _OPIOID_TOPIC + r"\b[^.?!]{0,60}(?=\W{0,3}\?)",
    _NALOXONE_HOW_GIVEN_22,
    # round 22: a small cut covered with a plaster
    r"(?:cut|nicked|sliced|scraped|corte|corto|raspe|rasguñe)\b" + _NO_OWN_CRISIS + _SMALL_CUT_STOP + r"(?: \w+){0,9}? (?:put|stuck|covered|applied|slapped|me puse|le puse|puse|con|tape) (?:\w+ ){0,2}?(?:a |an |the |una |un )?" + _PLASTER,
    # round 22: toy guns (nerf, water, foam darts)
    _filter(_TOY_GUN, _NO_OWN_CRISIS, _REAL_HARM, r"\b[^.?!]{0,80}"),
    r"(?:shot|hit|disparo|dispararon|me dio)\b[^.?!]{0,40}?\b(?:with|con) (?:a |an |my |his |her |the |un |una |mi |su )?(?:" + _TOY_GUN + r")\w*" + _NO_OWN_CRISIS + _REAL_HARM,
    # round 22: one extra antihistamine for a rash or hives, asked as a side effect
    _filter(_ONE_EXTRA + _MILD_ANTIHISTAMINE + r"|(?:took|tome|me tome|had) (?:an|one|a|una|un) " + _MILD_ANTIHISTAMINE + r" (?:extra|adicional|de mas|mas)",
            _NO_OWN_CRISIS, r"\b(?![\s\S]*\b(?:all|bottle|frasco|many|handful|bunch|todas|muchas|monton|box|caja|\d{2,}|not breathing|no respira|seeing|hallucinat\w*|alucin\w*|heart|corazon|throat|garganta|tongue|lengua)\b)"),
]

# Question round 13's look-alikes (a visitor describing a long-standing condition or a mood):
# grey said of life or of everything is a mood, not a face turning grey ("since the birth
# everything went grey"); fainting spells had for years, sometimes or all the time are a
# condition asked about (mast cell activation, dysautonomia), unless something is happening now.
_LIFE_ITSELF = (
    r"(?:everything|life|my life|the world|my world|the days|my days|days|it all|all of it|"
    r"todo|la vida|mi vida|el mundo|mi mundo|los dias|mis dias)"
)
_CHRONIC = (
    r"(?:all the time|for (?:years|months|a while|a long time)|on and off|off and on|every (?:now and then|so often|few (?:days|weeks|months)|month|week)|"
    r"sometimes|from time to time|every once in a while|since (?:i was|childhood|my teens)|"
    r"a veces|de vez en cuando|seguido|muy seguido|desde hace (?:años|anos|meses|tiempo)|hace (?:años|anos|meses)|cada (?:rato|tanto|mes|semana))"
)
_FAINT_SPELLS = r"(?:(?:fainting|faint|dizzy|passing out|blackout|black out) (?:spells|episodes)|syncope|episodios de desmayo|desmayos|mareos)"
_HAPPENING_NOW = (
    r"(?![\s\S]*\b(?:right now|just now|ahora mismo|ahorita|at the moment|not breathing|no respira|will not wake|wont wake|no despierta|"
    r"(?:can not|cannot|cant|can't) breathe|no puede respirar|throat|garganta|swell\w*|hinch\w*|blue|azul|morad\w*)\b)"
)
IDIOMS = IDIOMS + [
    _LIFE_ITSELF + r" (?:has |had |just |kind of |kinda )?(?:went|gone|turned|became|become|feels?|felt|looks?|looked|seems?|seemed|is|was|se (?:puso|pone|volvio|ve|veia|siente)|esta|estaba|se siente) "
    r"(?:so |all |kind of |kinda |muy |todo |toda |tan |medio )?(?:grey|gray|gris|grises)\b" + _NO_OWN_CRISIS,
    _FAINT_SPELLS + _NO_OWN_CRISIS + _HAPPENING_NOW + r"\b[^.?!]{0,40}?\b" + _CHRONIC + r"\b",
    _CHRONIC + _NO_OWN_CRISIS + _HAPPENING_NOW + r"\b[^.?!]{0,40}?\b" + _FAINT_SPELLS + r"\b",
]

# --- round 23's look-alikes ---------------------------------------------------

# A stranger's overdose witnessed (naloxone given, the person woke up), now asked about as trauma.
_WITNESSED = r"(?:saw|watched|witnessed|found|vi|presencie|me toco ver|encontre)"
_STRANGER = (
    r"(?:a |an |un |una |some )?(?:stranger|random (?:guy|man|woman|person)|desconocid[oa]|man|woman|guy|person|girl|kid|teen|someone|somebody|alguien|hombre|senor|muchacho|chavo|tipo|mujer|senora|muchacha)"
)
_CAME_TO = r"(?:woke up|came to|came back|came around|survived|was okay|was ok|was fine|lived|made it|desperto|reacciono|revivio|sobrevivio|volvio en si|se salvo)"
# Exasperation at an unanswered phone, with an appointment to move.
_NOBODY_ANSWERS = (
    r"(?:nobody|nadie) (?:is |ever |even |will |ever |nunca )?(?:answer\w*|pick\w* up|picks up|call\w* back|contesta\w*|responde\w*|atiende\w*|me (?:contesta|responde|atiende|regresa la llamada))"
)
_BOOKING = r"(?=[\s\S]*\b(?:appointments?|appt|reschedul\w*|move|moving|book\w*|schedul\w*|cancel\w*|cita|citas|cambiar|mover|reprogramar|agendar|cancelar)\b)"
# Tired of trying medicines or treatments that do nothing (treatment-resistant), not of life.
_TREATMENTS = (
    r"(?:medicines|medications|meds|pills|treatments|drugs|antidepressants|ssris|therapies|therapists|doctors|"
    r"medicamentos|medicinas|pastillas|tratamientos|terapias|antidepresivos|doctores)"
)
# Workplace hyperbole: dying every time someone says a pet phrase.
_SAYS = r"(?:says?|said|saying|writes?|uses?|sends?|replies|dice|dicen|escribe|usa|manda|responde)"
# A game: killed, respawning.
_GAME = (
    r"(?:in (?:the )?game|in-game|ingame|respawn\w*|reapare\w*|en el juego|fortnite|minecraft|roblox|valorant|warzone|apex|elden ring|dark souls|call of duty|cod|checkpoint|boss fight|"
    r"npc|pvp|lobby|my character|mi personaje|extra life|vidas extra|game over)"
)
# Insurance denied, and "i could just die" in sarcasm.
_DENIED = r"(?:insurance|claim|denied|denial|den(?:y|ies)|prior auth\w*|pre-?auth\w*|copay|deductible|bill|aseguranza|seguro|negaron|rechazaron)"
# A known allergy, with hives once or in childhood, asked about.
_ALLERGIC_TO = r"(?:alergic[oa]s?|alergia|allergic|allergy|allergies) (?:a |to |de |al |a la )?(?:la |el )?\w+"
_ONCE = (
    r"(?:once|one time|una vez|de (?:chiquit[oa]|pequen[oa]|nin[oa]|bebe)|as a (?:baby|kid|child|toddler)|when (?:he|she|i|they) (?:was|were) (?:little|small|a baby)|years ago|hace (?:\w+ )?anos|cuando (?:era|estaba) (?:chiquit[oa]|bebe|pequen[oa])|"
    r"in the past|before|antes|la ultima vez|last time)"
)
# Pain all over and sad, beside a practical question (a relative's low mood, not a risk).
_ALL_OVER = r"(?:todo el cuerpo|all over|everywhere|everything hurts|le duele todo|me duele todo)"
_SAD = r"(?:triste|sad|deprimid[oa]|depressed|down|desanimad[oa]|bajoneada|bajoneado)"
# Tusi (pink cocaine) in the news, asked about beside ketamine.
_TUSI = r"(?:tusi|tussi|tucibi|tusibi|pink cocaine|cocaina rosa|2c-?b)"
# A television scene of a girl cutting herself, asked about as a parent.
_SHOW = r"(?:tv |television )?(?:novela|telenovela|serie|series|show|episode|episodio|capitulo|programa|movie|pelicula|cartoon|anime|caricatura)"
_CUT_SCENE = r"(?:se corto|se cortaba|se cortaban|se estaba cortando|cut (?:herself|himself|themselves)|cutting (?:herself|himself|themselves)|self harm\w*|autolesion\w*|se hacia dano)"
# Caribbean frights: "me dio un soponcio", "casi me da un infarto" at a price.
_FRIGHT = (
    r"(?:(?:me|le|nos|te) (?:dio|da|dan|va a dar|iba a dar|dieron) (?:un |el )?(?:soponcio|patatus|yeyo|telele|jamacuco|sincope)|"
    r"casi (?:me|le|nos|te) (?:da|dio|dan|daba) (?:un |el )?(?:infarto|ataque(?: al corazon)?|paro(?: cardiaco)?|soponcio|patatus|yeyo|telele))"
)
_NOT_REALLY_HURT = (
    r"(?![\s\S]*\b(?:pecho|chest|brazo izquierdo|left arm|no (?:puedo|puede) respirar|falta (?:el )?aire|ahorita|ahora mismo|right now|desmay\w*|sudando|sudor)\b)"
)

IDIOMS = IDIOMS + [
    # round 23: a stranger's overdose witnessed months ago (naloxone given, they woke up), asked as trauma
    _WITNESSED + r" " + _STRANGER + r"\b[^.?!]{0,60}?\b(?:overdos\w*|od|sobredosis)\b[\s\S]{0,140}?\b" + _CAME_TO + r"\b" + _NO_OWN_CRISIS,
    # round 23: an unanswered phone shouted about, with an appointment to move
    _NOBODY_ANSWERS + r"\b[^.?!]{0,40}" + _BOOKING + _NO_OWN_CRISIS,
    # round 23: "dead serious" beside a laugh (sleepless nights, not a death)
    r"(?:dead|deadass|dead ass) serious\b" + _NO_OWN_CRISIS,
    # round 23: tired of trying medicines or treatments that do nothing, not of life
    r"(?:tired|sick|exhausted|worn out|cansad[oa]|hart[oa]|me canse|ya me canse|agotad[oa]) (?:of|de) (?:trying |probar |intentar |taking |tomar )?(?:\w+ ){0,2}?" + _TREATMENTS + r"\b" + _NO_OWN_CRISIS,
    # round 23: workplace hyperbole: dying every time someone says a pet phrase
    r"(?:want to die|could die|die a little|wanna die|(?:me )?quiero morir\w*|me muero|me dan ganas de morirme) (?:\w+ )?(?:every time|everytime|whenever|each time|cada vez que|siempre que)\b[^.?!]{0,50}?\b" + _SAYS + r"\b" + _NO_OWN_CRISIS,
    # round 23: a game: killed, "kms in game", respawning
    r"(?:kill myself|killed|kill me|killing me|die|died|dying|me mataron|matarme|me mato|me muero)\b[^.?!]{0,60}?\b" + _GAME + r"\b" + _NO_OWN_CRISIS,
    _GAME + r"\b[^.?!]{0,60}?\b(?:kill myself|killed|kill me|killing me|die|died|me mataron|matarme|me mato)\b" + _NO_OWN_CRISIS,
    # round 23: sarcasm about an insurance denial ("i could just die")
    _DENIED + r"\b[^.?!]{0,80}?\bi could (?:\w+ ){0,2}?die\b" + _NO_OWN_CRISIS,
    r"i could (?:\w+ ){0,2}?die\b[^.?!]{0,60}?\b" + _DENIED + r"\b" + _NO_OWN_CRISIS,
    # round 23: a child's known allergy, hives once or in childhood, asked about (not a reaction now)
    _ALLERGIC_TO + r"\b(?:[^.?!]{0,60}?\b(?:ronchas|hives|rash|sarpullido|salpullido)\b[^.?!]{0,30}?\b" + _ONCE + r"|[^.?!]{0,60}?\b" + _ONCE + r"\b[^.?!]{0,30}?\b(?:ronchas|hives|rash|sarpullido|salpullido))\b" + _NO_OWN_CRISIS + _HAPPENING_NOW,
    # round 23: a relative in pain all over and sad, beside a practical question
    r"(?:dolor|duele|pain|hurts|aches?)\b[^.?!]{0,30}?\b" + _ALL_OVER + r"\b[^.?!]{0,40}?\b" + _SAD + r"\b" + _NO_OWN_CRISIS,
    # round 23: tusi (pink cocaine) in the news, or asked about beside ketamine
    r"(?:died|murio|muerto|dead|death|muerte) (?:\w+ )?(?:of|from|por|de|with|con) (?:el |la |the )?" + _TUSI + r"\b" + _NO_OWN_CRISIS,
    r"(?:news|noticias|article|articulo|story|heard|escuche|salio)\b[^.?!]{0,80}?\b(?:died|murio|muerto|dead|death|muerte)\b[^.?!]{0,40}?\b" + _TUSI + r"\b" + _NO_OWN_CRISIS,
    # round 23: a television scene of someone cutting herself, asked about as a parent
    r"(?:en|on|in) (?:la |el |the |a |una |un |that |this |esa |ese |esta |este )?" + _SHOW + r"\b[^.?!]{0,80}?\b" + _CUT_SCENE + r"\b" + _NO_OWN_CRISIS,
    _CUT_SCENE + r"\b[^.?!]{0,60}?\b(?:en|on|in) (?:la |el |the |a |una |un |that |this |esa |ese )?" + _SHOW + r"\b" + _NO_OWN_CRISIS,
    # round 23: Caribbean frights at a price ("me dio un soponcio", "casi me da un infarto")
    _FRIGHT + r"\b" + _NO_OWN_CRISIS + _NOT_REALLY_HURT,
]

# --- round 24's look-alikes ---------------------------------------------------

# Frustration shouted in capitals and exclamation marks (normalised to lower case), with a practical "what now".
_FRUSTRATED = r"(?:so|really|very|super|tan|muy|re|bien) (?:frustrated|fed up|annoyed|angry|mad|pissed|frustrad[oa]|enojad[oa]|molest[oa]|encabronad[oa])"
# Thanks for a page or an article that told one's own past illness, recovered from.
_THANKS_PAGE = r"(?:thank\w*|thx|gracias)\b[^.?!]{0,40}?\b(?:page|article|post|info\w*|section|pagina|articulo|seccion|publicacion)"
_RECOVERED_FROM = (
    r"(?:got better|recovered|came out of it|got through it|got over it|healed|am (?:better|fine|well) now|"
    r"sali adelante|me recupere|lo supere|la supere|sali de eso|me cure|ya estoy bien)"
)
# A pharmacy worker asking whether her advice to a customer was right.
_PHARMACY_JOB = (
    r"(?:i work (?:at|in) (?:a |the )?(?:pharmacy|drugstore|cvs|walgreens|rite aid)|i am a (?:pharmacy tech\w*|pharmacist|pharmacy (?:worker|assistant))|"
    r"trabajo en (?:una |la )?farmacia|soy (?:tecnic[oa] de farmacia|farmaceutic[oa]|dependient[oa] de (?:una )?farmacia))"
)
_CUSTOMER = r"(?:customer|client|patient|patron|clienta|cliente|paciente|senora|senor)"
# Sports hyperbole: a team "killing us", the bullpen giving one a heart attack.
_SPORTS = (
    r"(?:yankees|mets|dodgers|red sox|knicks|nets|giants|jets|lakers|heat|marlins|cubs|astros|bullpen|pitcher|lanzador|bateador|umpire|arbitro|"
    r"equipo|team|partido|game|juego|liga|serie|playoffs?|final|defensa|portero|delantero|el america|las chivas|boca|river|el barca|el madrid|la seleccion)"
)
_SPORTS_HYPERBOLE = (
    r"(?:nos (?:estan|esta|van a) (?:matando|matar)|me (?:va|van) a (?:dar un (?:infarto|ataque(?: al corazon)?|paro)|matar)|me (?:esta|estan) matando|"
    r"(?:is|are) killing (?:us|me)|(?:is|are) (?:going to|gonna) give me a heart attack|giving me a heart attack)"
)
# The weather: "ya no aguanto mas este calor".
_WEATHER = r"(?:calor|frio|humedad|heat|cold|humidity|weather|clima|sol|lluvia|nieve|snow|rain)"
# The anniversary of a relative's suicide years ago, asked about as grief.
_ANNIVERSARY = (
    r"(?:anniversary|aniversario|(?:\w+ )?years (?:since|ago)|se cumplen (?:\w+ )?anos|hace (?:\w+ )?anos|cumple (?:\w+ )?anos)"
)
_OTHERS_SUICIDE = (
    r"(?:(?:my|mi) \w+ (?:died by suicide|died of suicide|committed suicide|took (?:his|her|their) (?:own )?life|killed (?:himself|herself|themselves))|"
    r"(?:suicide|suicidio) (?:of|de|del) (?:my |mi )?\w+|(?:my|mi) \w+(?:'s)? suicide|(?:se suicido|se quito la vida|se mato) (?:mi )?\w*)"
)
# A joke about poisoning a spouse with too much salt (or sugar, grease) in the food.
_POISON_JOKE = (
    r"(?:poison\w*|kill\w*|envenen\w*|matar\w*|mato)\b(?: \w+){0,3}? (?:with|con) (?:\w+ ){0,3}?(?:salt|sugar|grease|butter|sal|azucar|grasa|manteca|chile|spice|picante)\b"
)
# A coworker's (or a relative's) allergic reaction the other day, taken to hospital and fine now.
_PAST_REACTION = (
    r"(?:allergic reaction|reaccion alergica|anaphylactic|anaphylaxis|anafilaxia)\b[\s\S]{0,120}?\b"
    r"(?:(?:is|was|she is|he is|they are) (?:fine|ok|okay|better|back)(?: now)?|(?:ya )?esta (?:bien|mejor)|ya (?:volvio|regreso)|(?:came|is) back|se recupero|recovered)"
)
_OTHER_DAY = r"(?:the other day|last (?:week|month)|yesterday|el otro dia|la semana pasada|ayer|el mes pasado|hace (?:unos|dos|tres) dias)"
# A parent's dinner-table hyperbole: you will die if you do not eat your vegetables.
_VEGETABLES = r"(?:vegetables|veggies|greens|broccoli|verduras|vegetales|brocoli|la sopa|your food|la comida)"
# A small burn from a hair straightener, a curling iron, an oven or a pan.
_BURN = r"(?:burn\w*|me queme|se quemo|me quemo|quemadura|quemaduras)"
_HOT_TOOL = (
    r"(?:hair straightener|straightener|flat iron|curling iron|curling wand|the iron|oven|stove|pan|the kettle|hot water|"
    r"plancha(?: del pelo| de pelo| para el pelo)?|rizador|encrespador|tenazas|horno|estufa|sarten|la olla|agua caliente|el comal|"
    # round 30: cooking oil ("me queme con el aceite haciendo tortillas, nada grave, ya me puse sabila")
    r"aceite(?: caliente| hirviendo)?|hot oil|cooking oil|frying oil|grease|the oil|manteca)"
)

_SMALL_BURN_ONLY = (
    r"(?![\s\S]*\b(?:again|otra vez|de nuevo|on purpose|a proposito|adrede|open|abiert[oa]|blister\w*|ampolla\w*|bien feo|muy feo|bad|badly|"
    r"hospital|er|urgencias|skin (?:is )?(?:peeling|coming off|white|black)|piel (?:abierta|blanca|negra))\b)"
)

IDIOMS = IDIOMS + [
    # round 24: frustration shouted at an insurance denial or an errand ("I'M SO FRUSTRATED!!! what do i do now???")
    _FRUSTRATED + r"\b" + _NO_OWN_CRISIS,
    # round 24: thanks for a page that told one's own past illness, recovered from
    _THANKS_PAGE + r"\b[\s\S]{0,160}?\b" + _RECOVERED_FROM + r"\b" + _NO_OWN_CRISIS,
    # round 24: a pharmacy worker asking whether her advice to a customer was right
    _PHARMACY_JOB + r"\b[\s\S]{0,160}?\b" + _CUSTOMER + r"\b" + _NO_OWN_CRISIS + _HAPPENING_NOW,
    # round 24: sports hyperbole ("los yankees nos estan matando, el bullpen me va a dar un infarto")
    _SPORTS + r"\b[^.?!]{0,40}?\b" + _SPORTS_HYPERBOLE + r"\b" + _NO_OWN_CRISIS + _NOT_REALLY_HURT,
    # round 24: the weather ("ya no aguanto mas este calor jaja")
    r"(?:(?:ya )?no (?:aguanto|soporto)|(?:can not|cannot) (?:take|stand|handle)) (?:mas |more |anymore )?(?:este |esta |el |la |this |the )?(?:\w+ )?" + _WEATHER + r"\b" + _NO_OWN_CRISIS,
    # round 24: the anniversary of a relative's suicide years ago, asked about as grief
    _ANNIVERSARY + r"\b[^.?!]{0,40}?\b" + _OTHERS_SUICIDE + r"\b" + _NO_OWN_CRISIS,
    # round 24: a joke about poisoning a spouse with salt in the beans
    _POISON_JOKE + r"\b" + _NO_OWN_CRISIS + _HAPPENING_NOW,
    # round 24: a coworker's allergic reaction the other day, fine now, asking what anaphylaxis is
    _filter(_OTHER_DAY + r"\b[\s\S]{0,60}?\b" + _PAST_REACTION + r"|" + _PAST_REACTION, r"\b", _NO_OWN_CRISIS, _HAPPENING_NOW),
    # round 24: "you'll die if you don't eat your vegetables"
    r"(?:die|dying|morir\w*|muera\w*|muere\w*)\b(?: \w+){0,2}? (?:if|si) (?:\w+ ){0,3}?(?:eat|eats|come|comes|comen)\b(?: \w+){0,2}? " + _VEGETABLES + r"\b" + _NO_OWN_CRISIS,
    # round 24: a small burn from a hair straightener, an oven or a pan
    # (a small one, soothed and fine: not a burn again, on purpose, or open or blistered)
    _SMALL_BURN_ONLY + _BURN + r"\b(?: \w+){0,6}? (?:on|with|from|con|en|de) (?:my |the |a |la |el |mi |una |un )?" + _HOT_TOOL + r"\b"
    r"[^?]{0,80}?\b(?:aloe|sabila|(?:it is|its|is|it is all|esta|ya esta|todo) (?:fine|ok|okay|bien|mejor|healing|sanando)|no es nada|nada grave|(?:it is )?nothing serious|it is nothing|cold water|agua fria|small|minor|tiny|little|un poco|poquito|pequena|chiquita|leve)\b"
    + _NO_OWN_CRISIS + _HAPPENING_NOW,
]

# --- round 25's look-alikes ---------------------------------------------------

# A double dose taken by mistake (a pet knocked the pill organiser over), fine today.
_BY_MISTAKE = r"(?:by mistake|by accident|accidentally|sin querer|por error|por equivocacion|por accidente)"
_DOUBLE_DOSE = r"(?:double|extra|doble|una dosis de mas|dos veces la) ?(?:dose|dosis|pill|pastilla)?"
_FINE_TODAY = (
    r"(?:(?:feel|feeling|felt|am|i am) (?:totally |completely |perfectly |just )?(?:fine|ok|okay|good|normal)|"
    r"(?:me siento|estoy|ando) (?:perfectamente|perfecta|perfecto|bien|normal|muy bien)|no (?:senti|siento|tuve|tengo) nada)"
)
# A relative's saying about the drug ("leaves you like dead"), asked about.
_GENERIC_ONE = r"(?:uno|you|one|people|la gente|a person|una persona|someone|alguien)"
_LIKE_DEAD_SAYING = (
    r"(?:deja|dejan|leaves?|makes?) (?:a )?" + _GENERIC_ONE + r" (?:like|como) (?:a |un |una )?(?:muert[oa]|dead|corpse|zombie|zombi|cadaver)"
)
_IS_IT_TRUE_OUT = (
    r"(?:es verdad|es cierto|is it true|it is true|true) (?:que |that )?" + _GENERIC_ONE + r" (?:se )?(?:\w+ )?(?:inconsciente|unconscious|out cold|knocked out|como muert[oa])"
)
# Hyperbole about studying or work, with laughter ("me quiero matar estudiando para el mcat jaja").
_STUDY_DEATH = (
    r"(?:me quiero (?:matar|morir)|me voy a (?:matar|morir)|me muero|(?:i )?(?:want to|going to|wanna|gonna) (?:kill myself|die)|kill me)"
    r" (?:\w+ ){0,2}?(?:estudiando|studying|trabajando|working|con (?:tanto|este|el|la) (?:estudio|examen|trabajo|tarea)|with (?:this|all this|the) (?:studying|exam|homework|work)|for (?:the|this) (?:exam|test|mcat|boards|final))"
)
# A year (or months) without thoughts of death since treatment began.
_WITHOUT_THOUGHTS = (
    r"(?:llevo|ya llevo|cumplo|been|it has been|going on|over|more than|mas de) (?:un|una|one|a|\w+) (?:ano|anos|year|years|meses|months)\b[^.?!]{0,20}?\b"
    r"(?:sin|without|with no|free of|free from|no) (?:\w+ )?(?:pensamientos|ideas|thoughts) (?:de|of|about) (?:muerte|morir|suicidio|dying|death|suicide|hacerme dano)"
)
# Read about overdose on the clinic's site.
_READ_ABOUT_OVERDOSE = (
    r"(?:lei|read|vi|saw|estaba leyendo|was reading) (?:about|sobre|acerca de|de) (?:la |las |an? |el |los )?(?:\w+ )?(?:sobredosis|overdoses?)(?: \w+){0,3}? "
    r"(?:en|on|in) (?:su|your|the|la|el|this) (?:pagina|website|site|web|sitio|blog|article|articulo|page)"
)

IDIOMS = IDIOMS + [
    # round 25: a double dose by mistake yesterday, fine today
    _filter(_DOUBLE_DOSE + r"\b[^.?!]{0,60}?\b" + _BY_MISTAKE + r"|" + _BY_MISTAKE + r"\b[^.?!]{0,40}?\b" + _DOUBLE_DOSE,
            r"\b[\s\S]{0,100}?\b", _FINE_TODAY, r"\b", _NO_OWN_CRISIS, _HAPPENING_NOW),
    # round 25: "lo deja a uno como muerto, es verdad que uno se queda inconsciente?"
    _LIKE_DEAD_SAYING + r"\b" + _NO_OWN_CRISIS + _HAPPENING_NOW,
    _IS_IT_TRUE_OUT + r"\b" + _NO_OWN_CRISIS + _HAPPENING_NOW,
    # round 25: hyperbole about studying or work with laughter
    _STUDY_DEATH + r"\b(?=[^.?!]{0,60}?(?:" + LAUGHTER + r"))" + _NO_OWN_CRISIS + _NOT_SERIOUS_AFTER,
    # round 25: a year without thoughts of death since treatment
    _WITHOUT_THOUGHTS + r"\b" + _NO_OWN_CRISIS,
    # round 25: read about overdose on the website (a preparedness question follows)
    _READ_ABOUT_OVERDOSE + r"\b" + _NO_OWN_CRISIS + _HAPPENING_NOW,
]

# round 25: "should i keep narcan at home?" for a relative on opioids, well controlled: asking ahead
PREPAREDNESS = PREPAREDNESS + [
    r"(?:should|do|must) (?:i|we) (?:keep|have|get|buy|carry) (?:some )?(?:narcan|naloxone|naloxona) (?:at|in|around) (?:home|the house)|"
    r"(?:debo|debemos|deberia|deberiamos|tengo que|hay que) (?:tener|guardar|comprar) (?:narcan|naloxona|naloxone) en (?:la )?casa",
]
# round 25: an embedded question ("quisiera saber si...", "i'd like to know whether...") reads as asking
EMBEDDED_QUESTION_HEADS = {
    "saber", "preguntar", "pregunto", "preguntaba", "consultar", "averiguar", "know", "wondering", "wonder",
    "wondered", "ask", "asking", "asked",
}
EMBEDDED_QUESTION_OPENERS = {"si", "whether", "if"}

# round 22: the look-alike filters that stop at the writer's own crisis (those read with
# _NO_OWN_CRISIS, and the joke filters read with _NOT_SERIOUS_AFTER) stop wherever it is told:
# before the filter's words as well as after them ("ya compre las pastillas para esta noche.
# me quiero morir jajaja"). The detector reads OWN_CRISIS over the whole message and leaves these
# filters out when it is there.
# Words in quotes (a lyric, a leaflet, a title) are someone else's: they do not stop a filter.
# A quote opens and closes outside a word, so possessives ("my husband's pills") are not quotes.
QUOTED = r"(?<![\w'\"])['\"][^'\"\n]{1,80}['\"](?![\w'\"])"

# Words that open an information question. Not "am" ("am i overdosing" is
# about now) and not "if"/"when" (a conditional about a person is about now;
# about anyone, see GENERIC_SUBJECTS).
QUESTION_STARTS = {
    "what", "whats", "how", "can", "could", "is", "are", "does", "do", "did", "should",
    "why", "which", "will", "would", "where", "who", "que", "como", "cual", "puedo", "es",
    "donde",
}
# Two words that open an information question about what is possible, where the
# first alone would not ("se puede tener una sobredosis de spravato", "hay riesgo
# de sobredosis con la ketamina" - often written without "?"). A statement about
# someone names them first ("mi hermano se puede morir") and is not read here.
QUESTION_OPENING_PAIRS = {
    ("se", "puede"), ("se", "pueden"), ("se", "podria"), ("uno", "puede"), ("uno", "se"),
    ("puede", "uno"), ("puede", "alguien"), ("alguien", "puede"), ("hay", "riesgo"),
    ("hay", "peligro"), ("existe", "riesgo"), ("existe", "el"), ("hay", "posibilidad"),
}
# Words after which Spanish "que" means "that" ("creo que", "dice que").
QUE_THAT_HEADS = {
    "creo", "pienso", "parece", "dice", "dijo", "dicen", "siento", "veo", "temo", "sospecho",
    "seguro", "ojala", "claro", "noto", "note", "sabe", "supongo", "imagino", "juro", "grita",
    # a note or a text told about (round 16): "una nota diciendo que manana se suicida"
    "diciendo", "decia", "escribio", "escribe", "puso", "pone", "mando", "avisa", "avisando",
}
# A clause that names a person is about someone now, even with a "?".
FIRST_PERSON = {"i", "me", "my", "myself", "mi", "yo"}
PERSONAL = {
    "i", "me", "my", "he", "she", "they", "him", "her", "his", "their", "we", "our", "mi",
}

CATEGORY_PATTERNS: Dict[str, List[str]] = {
    OVERDOSE: OVERDOSE_SIGNS,
    SELF_HARM: SELF_HARM_SIGNS,
    MEDICAL: MEDICAL_SIGNS,
    POSSIBLE_RISK: RISK_SIGNS,
}
# Groups about suicide risk: recurring thoughts are not history, and a generic
# sign inside one of their phrases ("sleep and not wake up") is read as it.
RISK_GROUPS = (SELF_HARM, POSSIBLE_RISK)

# Which overdose guidance fits (detector._refine_overdose); regular expressions
# over the normalised message.
OVERDOSE_KINDS: Dict[str, List[str]] = {
    # on purpose, or the writer swallowed too much medicine themselves
    "intentional": [
        r"on purpose", r"intentional(ly)?", r"deliberately", r"purposely", r"to (die|end it|end (my|his|her|their) life|kill (myself|himself|herself|themselves)|not wake up|sleep forever)",
        r"suicid\w*", r"(want|wanted|wants|trying|tried) to die", r"a proposito", r"para (morir(me|se)?|matar(me|se)|no despertar)",
        r"i (just |already |have |had )?(took|taken|swallowed|downed|ate|popped|overdosed)\b(?! (it|them) (as|like) prescribed)",
        r"i (just |already )?(took|swallowed|tome|me tome)( \w+){0,4} (pills|tablets|bottle|pastillas|pildoras|frasco)",
        r"(me )?tome (todas|muchas|demasiadas|un monton)",
    ],
    # named drugs and medicines that naloxone does not reverse (unnamed pills
    # keep the naloxone steps: they may be opioids, and naloxone harms no one)
    "non_opioid": [
        r"ketamine?|special k|spravato|tylenol|acetaminophen|paracetamol|ibuprofen|advil|motrin|aleve|aspirin",
        r"xanax|alprazolam|benzos?|benzodiazepines?|klonopin|clonazepam|valium|diazepam|ativan|lorazepam",
        r"alcohol|drunk|drinking|vodka|whiskey|tequila|liquor|beer|wine|rum",
        r"sleeping (pills|tablets|meds)|ambien|zolpidem|melatonin|benadryl|diphenhydramine|nyquil|unisom",
        r"antidepressants?|sertraline|zoloft|lexapro|escitalopram|prozac|fluoxetine|wellbutrin|bupropion|trazodone|amitriptyline|lithium|seroquel|quetiapine|lamictal|lamotrigine|gabapentin|lyrica|pregabalin",
        r"adderall|ritalin|cocaine|coke|crack|meth|molly|mdma|ecstasy|insulin|iron (pills|tablets)|vitamins|blood pressure (pills|meds)|heart (pills|meds)",
        r"bleach|cloro|detergent|laundry pods?|cleaner|limpiador|antifreeze",
        # round 19: hand sanitizer and other alcohols that are not drinks
        r"(hand )?saniti[sz]er|purell|germ-?x|alcohol gel|gel (antibacterial|desinfectante|sanitizante|de manos|de alcohol|con alcohol)|alcohol en gel|rubbing alcohol|isopropyl\w*|alcohol isopropilico|mouthwash|listerine|enjuague bucal",
    ],
    # opioids, and street drugs that may hold fentanyl (naloxone steps first)
    "opioid": [
        r"morfina|hidrocodona|codeina|oxis|oxicodona|fentanyl|fentanilo|carfentanil|heroin|heroina|dope|opioids?|opiates?|oxy\w*|percocet|vicodin|norco|hydrocodone|dilaudid|hydromorphone|morphine|methadone|metadona|codeine|tramadol|suboxone|buprenorphine|kratom",
        r"foil|xylazine|tranq|m30s?|blues|pressed|fake (pills|xanax|percs?|oxys?)|street|laced|cut with|contaminated|tainted|from a (friend|dealer|guy)|dealer|narcan|naloxone|needle|syringe|nodding|pinpoint|pinned",
        r"not breathing|(stopped|stops) breathing|no respira|blue|azul|morad[oa]|gurgling|snoring",
    ],
}

# --- round 26's look-alikes ---------------------------------------------------

# Heat and workload idioms: "this heat is murder", "killer commute", "este calor me esta matando".
_DAILY_GRIND = (
    r"(?:heat|humidity|commute|workload|traffic|shift|week|day|schedule|hike|workout|class|exam|calor|trafico|chamba|trabajo|semana|turno|bochorno)"
)
_GRIND_IDIOM = (
    r"(?:this |the |that |today'?s |el |este |esta |la )?" + _DAILY_GRIND + r" (?:is|was|has been|today is|es|esta|estuvo) (?:absolute |absolutely |pure |just |literally |actual )?"
    r"(?:murder|a killer|killer|brutal|deadly|a death march|murderous|mortal|matador|de muerte|asesino)|"
    r"killer (?:commute|heat|workload|shift|week|traffic|hike|workout|day|schedule|cramps|heels|class)|"
    r"(?:el |este |esta |la )?" + _DAILY_GRIND + r" (?:me (?:esta matando|va a matar)|me mata|me tiene muert[oa])"
)
# Singing or cheering so hard the throat "is on fire", with laughter or an emoji.
_THROAT_ON_FIRE = (
    r"(?:sang|sing|singing|sung|choir|karaoke|cheer\w*|yell\w*|scream\w*|shout\w*|concert|cante|cantar|cantando|coro|grite|gritar|gritando|concierto)\b[^.?!]{0,60}?\b"
    r"(?:throat|voice|garganta|voz)\b(?: \w+){0,2}? (?:is |was |feels |me )?(?:on fire|burning|killing me|shredded|destroyed|dead|arde|quema|en llamas|destrozada|muerta)|"
    r"(?:sang|sing|singing|sung|choir|karaoke|cheer\w*|yell\w*|scream\w*|shout\w*|concert|cante|cantar|cantando|coro|grite|gritar|gritando|concierto)\b[^.?!]{0,60}?\b"
    r"(?:me arde|me quema|me duele|quede sin|me quede sin) (?:la |mi )?(?:garganta|voz)"
)
# Cutting in the teenage years, fine now, asking about scars and treatment (Spanish and English).
_PAST_CUTTING = (
    r"(?:me cortaba|me lastimaba|me autolesionaba|me hacia dano|i used to cut|used to self harm|i cut myself|i self harmed|me corte)\b[^.?!]{0,50}?\b"
    r"(?:cuando (?:tenia|era)|de (?:adolescente|joven|chic[oa]|nin[oa])|en (?:la )?(?:secundaria|prepa|preparatoria)|hace (?:\w+ ){1,2}anos|"
    r"when i was|in high school|as a teen\w*|years ago|in my teens)"
)
_FINE_NOW_SCARS = (
    r"(?:(?:ahora|ya|hoy|now|today)\b[^.?!]{0,20}?\b(?:estoy bien|bien|fine|okay|ok|doing well|doing good|good)|cicatri\w*|scars?|marcas)"
)
# Resolved ideation told as history ("years ago i did not want to go on, counselling helped").
_HISTORY_HELPED = (
    r"(?:years ago|hace (?:\w+ ){0,2}anos|back in \d{4}|long ago|as a teen\w*)\b[^.?!]{0,80}?\b(?:counsel\w*|therapy|terapia|treatment|tratamiento|medication|medicamentos?) "
    r"(?:helped|help me|ayudo|me ayudo|worked|funciono)"
)

IDIOMS = IDIOMS + [
    # round 26: heat and workload idioms
    _filter(_GRIND_IDIOM, r"\b", _NO_OWN_CRISIS, _HAPPENING_NOW),
    # round 26: singing hyperbole, "my throat is on fire" (not swelling, not blue, not breathing)
    _filter(_THROAT_ON_FIRE, r"\b", _NO_OWN_CRISIS, r"(?![\s\S]*\b(?:swell\w*|hinch\w*|blue|azul|morad\w*|not breathing|no respira|can not breathe|no puede respirar|right now|ahora mismo)\b)"),
    # round 26: cutting as a teenager, fine now, asking about the scars
    _PAST_CUTTING + r"\b[\s\S]{0,100}?\b" + _FINE_NOW_SCARS + r"\b" + _NO_OWN_CRISIS
    + r"(?![\s\S]*\b(?:me corte|me volvi a cortar|me acabo de cortar|i cut myself (?:today|tonight|again)|sangr\w*|bleed\w*|ganas de cortarme|urge to cut)\b)",
    # round 26: ideation years ago that counselling helped
    _HISTORY_HELPED + r"\b" + _NO_OWN_CRISIS + _HAPPENING_NOW,
]

# --- round 27's look-alikes -------------------------------------------------------
# Hyperbole about a project ("gonna make me jump off the library roof fr"), not a plan.
_MAKE_ME_JUMP = (
    r"(?:gonna|going to|is going to|will|finna|bout to|about to) make me (?:want to )?(?:jump off|throw myself off|yeet myself off) (?:the |a |this |that )?(?:\w+ ){0,2}?(?:roof|bridge|building|window|balcony)|"
    r"me va a hacer (?:que me )?(?:tirarme|aventarme|saltar|tire|avente) (?:del|de la|por la|desde el|desde la) (?:\w+ )?(?:techo|azotea|ventana|puente|edificio|balcon)"
)
# A sermon, a homily or a Mass about suicide; an association that asks for resources.
_SERMON_ON_SUICIDE = (
    r"(?:sermon|homily|homilia|preach\w*|predica\w*|misa|mass|church|iglesia|congregation|congregacion|parroquia|sacerdote|priest|pastor|cura)\b"
    r"[^.?!]{0,80}?\b(?:about|on|sobre|del|de la|de) (?:\w+ ){0,4}?suicid\w*"
)
# A gaming or sports "suicide mission", "suicide squad", "suicide sprints".
_SUICIDE_COMPOUND = r"suicide (?:mission|missions|run|runs|squad|doors?|drills?|sprints?|king|pass|lane)|mision(?:es)? suicidas?"
# Cliff jumping with friends on a trip.
_CLIFF_FUN = (
    r"cliff (?:jumping|diving|jump|jumps|dive|dives)|"
    r"(?:jump\w*|tirarnos|aventarnos|saltar|clavarnos|lanzarnos|dive|diving) (?:off |de |desde )?(?:un |a |the |el |los |some )?(?:acantilados?|cliffs?)\b"
    r"[^.?]{0,60}?\b(?:friends|amigos|trip|viaje|weekend|finde|fin de semana|vacation|vacaciones|al mar|al agua|into the (?:water|ocean|lake|sea|river))"
)
# A telenovela's plot.
# Own intent or a time told after fiction (round 29): a fiction filter's span must not run over
# them, and it stops there ("the book club novel ends with a suicide and i want to do it too tonight").
_MINE_TOO = (
    r"\b(?:yo tambien|yo igual|a mi tambien|me too|i too|same here|so do i|so will i|i want to|i am going to|im going to|i will do|quiero hacer\w*|voy a hacer\w*|"
    r"hacerlo|do it|do that|i did|lo hice|tonight|esta noche|hoy en la noche|right now|ahora mismo|ahorita|bleeding|sangr\w*|i took|i swallowed|i already took|me tome|ya me (?:tome|trague|corte))\b"
)
_SOAP_OPERA = r"(?:telenovela|culebron|soap opera|k ?drama|dorama)"
# Postpartum depression in the past, treated, fine now.
_POSTPARTUM_TREATED = (
    r"(?:had|tuvo|tenia|suffered)\b(?: \w+){0,2}? (?:postpartum|postparto|post partum|perinatal) (?:depression|depresion|psychosis|psicosis)"
    r"[\s\S]{0,100}?\b(?:was treated|got treated|got help|recovered|is fine now|is doing well|is well now|se trato|la trataron|se recupero|esta bien)"
)
# Ready to go with God when one's time comes, happy and healthy: acceptance, not a wish.
_READY_WHEN_TIME_COMES = (
    r"(?:listo|lista|preparad[oa]) para (?:irse|irme|partir|reunirse) con (?:dios|el senor|diosito) cuando (?:le|me|nos) (?:toque|llegue (?:la|su|mi) hora)|"
    r"ready to (?:go|meet (?:god|the lord|his maker|her maker|my maker)) when (?:his|her|my) time comes"
)
# A double dose asked about, for a stronger effect.
_DOUBLE_DOSE_ASKED = (
    r"(?:can|could|should|may) (?:i|we) (?:take|do) (?:a |my )?(?:double|extra|twice the|2x) (?:dose|dosis|amount)|"
    r"(?:is it (?:ok|okay|safe|fine) to|would it be (?:ok|okay|safe) to) (?:take|do) (?:a |my )?(?:double|extra|twice the) (?:dose|amount)|"
    r"puedo (?:tomar|tomarme) (?:una |la )?(?:doble dosis|el doble|dosis doble)"
)

IDIOMS = IDIOMS + [
    _filter(_MAKE_ME_JUMP, r"\b", _NO_OWN_CRISIS),
    _SERMON_ON_SUICIDE + r"\b" + _NO_OWN_CRISIS,
    _filter(_SUICIDE_COMPOUND, r"\b", _NO_OWN_CRISIS),
    _filter(_CLIFF_FUN, r"\b", _NO_OWN_CRISIS),
    _SOAP_OPERA + _NO_OWN_CRISIS + r"(?![\s\S]*" + _MINE_TOO + r")( \w+){0,20}",
    _POSTPARTUM_TREATED + r"\b" + _NO_OWN_CRISIS,
    _filter(_READY_WHEN_TIME_COMES, r"\b", _NO_OWN_CRISIS),
    _filter(_DOUBLE_DOSE_ASKED, r"\b", _NO_OWN_CRISIS, r"( \w+){0,8}"),
]

# round 27: wanting to go with a child who died last year is a wish now
NOW_MARKERS = NOW_MARKERS + [r"(?:solo |nomas )?(?:quiero|quisiera) irme con (?:el|ella|ellos)|all i want is to (?:go )?be with (?:him|her|them)"]

# --- round 28's look-alikes -------------------------------------------------------
# A video-game death: a squad wiped, bleeding out waiting for a revive.
_GAME_WORDS = (
    r"(?:squad|teammates?|team ?mates?|the team|lobby|raid|match|game|gaming|warzone|fortnite|apex|valorant|call of duty|cod|pubg|halo|overwatch|"
    r"respawn\w*|revive|rez|res|downed|wiped|juego|partida|escuadra|escuadron)"
)
_GAME_BLEED_OUT = (
    rf"{_GAME_WORDS}\b[^.?!]{{0,80}}?\b(?:bleed\w*|bled|desangr\w*) out|(?:bleed\w*|bled) out\b[^.?!]{{0,60}}?\b{_GAME_WORDS}\b|"
    rf"{_GAME_WORDS}\b[^.?!]{{0,60}}?\bme desangr\w*|me desangr\w*\b[^.?!]{{0,60}}?\b{_GAME_WORDS}\b"
)
# Football hyperbole after a lost match, said to be not serious.
_MATCH_LOST = (
    r"(?:lost|losing|lose|relegated|knocked out|eliminated|beat us|thrashed|perdimos|perdio|perdieron|perder|nos golearon|nos eliminaron|descendimos|"
    r"match|final|derby|league|cup|penalt\w*|partido|liga|copa|clasico|\d+ ?- ?\d+)"
)
_NOT_SERIOUSLY = (
    r"(?:not seriously|not serious|not literally|not for real|just kidding|only joking|i am joking|kidding|jk|"
    r"no es en serio|no en serio|no lo digo en serio|es broma|de broma|bromeando|no literal\w*)"
)
_FOOTBALL_HYPERBOLE = rf"{_MATCH_LOST}\b[^?]{{0,120}}?\b{_NOT_SERIOUSLY}\b"
# A double dose asked about so that a medicine works faster (the class of round 27's wording).
_DOUBLE_TO_WORK_FASTER = (
    r"(?:can|could|should|may|is it (?:ok|okay|safe|fine|bad) (?:if i|to)|would it be (?:ok|okay|safe|bad) (?:if i|to)|what if i|what happens if i) (?:i |we )?"
    r"(?:take |do |just )?(?:double|twice|2x|two times|double up on)(?: the)?(?: dose of| amount of| my dose of)? (?:my |the |of my )?(?:\w+ ){0,2}?"
    r"(?:dose|dosage|antidepressant|meds|medication|pills?|sertraline|zoloft|lexapro|escitalopram|prozac|fluoxetine|wellbutrin|bupropion|effexor|venlafaxine|cymbalta|duloxetine|paxil|celexa|trintellix|\w+ine)|"
    r"(?:puedo|podria|debo|deberia|se puede|esta bien|es peligroso|que pasa si) (?:tomar(?:me)? |duplicar |doblar )(?:una |la |el |mi )?"
    r"(?:doble dosis|el doble|dosis doble|la dosis|dosis)(?: de (?:mi |la |el )?\w+)?"
)

# Pain "killing" me and "can't take it" (Caribbean English too) beside an ordinary question.
_PAIN_CANT_TAKE = (
    r"(?:back|knee|knees|neck|hip|foot|feet|tooth|teeth|head|shoulder|pain|arthritis|sciatica|migraine|espalda|rodilla|cuello|cadera|muela|dolor)\b[^.?!]{0,30}?\b"
    r"(?:killing|kill|a kill|a kill me|is killing|me esta matando|me mata)\b[^.?!]{0,40}?\b"
    r"(?:(?:can not|cyaan|cyan|cyah|caan|cah|kyaan|cant) (?:take|tek|bear|stand) (?:it|dis|this)|no (?:lo )?aguanto|ya no aguanto)"
    r"(?![^.?!]{0,40}?\b(?:life|living|alive|here|vivir|vida|viv[oa]|existir)\b)"
)
# An everyday exclamation of dying: the stairs, a climb, the heat ("me muero", a named expression).
_STAIRS_DYING = (
    r"(?:stairs|steps|staircase|flights?|hill|climb\w*|walk(?:ing)? up|escaleras|escalones|subir|subiendo|el calor|the heat)\b[^.?!]{0,60}?\b"
    r"(?:i (?:am|was) (?:dying|dead)|nearly kill\w* (?:me|mi)|almost kill\w* (?:me|mi)|kill\w* (?:me|mi)|me muero|me mori|casi me mata|me mat\w*|dying|muriendo)|"
    r"(?:i (?:am|was) dying|me muero|ay me muero)\b[^.?!]{0,30}?\b(?:stairs|steps|escaleras|escalones|subir|the heat|el calor)|"
    r"(?:korean|japanese|chinese|filipino|tagalog|spanish|italian|arabic|coreano|japones) (?:expression|saying|phrase|way of saying|expresion|dicho)|"
    r"(?:in|en) (?:korean|japanese|tagalog|coreano|japones) (?:we|they|people)? ?(?:say|dicen|decimos)"
)
# Dominican slang: a friend greeted as "loco" before an ordinary question.
_SLANG_LOCO = r"(?<![\s\S])(?:klk|k lo k|q lo q|que lo que|dime a ver|wepa|ey|hey|hola|saludos|buenas) (?:mi |manito |manin |bro |pana )?(?:loco|loca|locote|loquito|loquita|loquillo)\b"
# A blessing to the staff after a good treatment ("que Dios me los guarde").
_BLESSING = (
    r"(?:god|dios|diosito|the lord|el senor|la virgen)\b(?: \w+){0,3}? (?:keep|keeps|bless|blesses|guard|protect|guarde|bendiga|cuide|proteja|acompane|pague)\w*\b"
    r"[\s\S]{0,160}?\b(?:happy|feliz|felices|contento|contenta|better|mejor|so good|muy bien)\b|"
    r"(?:happy|feliz|contento|contenta|better|mejor)\b[\s\S]{0,160}?\b(?:god|dios|diosito|the lord|el senor)\b(?: \w+){0,3}? "
    r"(?:keep|keeps|bless|blesses|guard|protect|guarde|bendiga|cuide|proteja|acompane|pague)\w*"
)
# ...not a farewell ("god bless you all, thank you for everything")
_NOT_A_GOODBYE = (
    r"(?![\s\S]*\b(?:for everything|por todo|goodbye|good bye|adios|end it|tonight|esta noche|forgive me|perdon\w*|take care of|cuiden?|last time|ultima vez|no longer|ya no|be over|be here|be around|no voy a estar|se va a acabar)\b)"
)
# The special pharmacy: where it is, no car to get there, whether it is mailed.
_PHARMACY_NO_CAR = (
    r"(?:farmacia|pharmacy)\b[\s\S]{0,100}?\b(?:no tengo (?:carro|coche|auto|camioneta|como llegar|transporte|ride)|i do not have a (?:car|ride)|no car|without a car|sin carro)"
    r"\b[\s\S]{0,80}?\b(?:correo|mail|mailed|envian|envio|mandan|deliver\w*|a domicilio|ship\w*)|"
    r"(?:no tengo (?:carro|coche|auto)|i do not have a car)\b[\s\S]{0,80}?\b(?:farmacia|pharmacy)"
)

IDIOMS = IDIOMS + [
    _PAIN_CANT_TAKE + r"\b" + _NO_OWN_CRISIS,
    _filter(_STAIRS_DYING, r"\b", _NO_OWN_CRISIS, _HAPPENING_NOW),
    _SLANG_LOCO + _NO_OWN_CRISIS,
    _filter(_BLESSING, r"\b", _NO_OWN_CRISIS, _NOT_A_GOODBYE),
    _filter(_PHARMACY_NO_CAR, r"\b", _NO_OWN_CRISIS),
    _filter(_GAME_BLEED_OUT, r"\b", _NO_OWN_CRISIS, _HAPPENING_NOW),
    _FOOTBALL_HYPERBOLE + _NO_OWN_CRISIS,
    _filter(_DOUBLE_TO_WORK_FASTER, r"\b", _NO_OWN_CRISIS, r"( \w+){0,10}"),
]

# --- round 29's look-alikes (part B) ------------------------------------------------
# ...nor over someone of the writer's own, or help called to a place ("at the movies a man next to me
# collapsed, we called 911")
_REAL_PEOPLE = (
    r"\b(?:(?:my|mi|mis|our|nuestr[oa]s?) (?:\w+ )?(?:husband|wife|son|daughter|mom|mother|dad|father|brother|sister|friend|boyfriend|girlfriend|grandpa|grandma|uncle|aunt|cousin|"
    r"esposo|esposa|hijo|hija|mama|madre|papa|padre|hermano|hermana|amig[oa]|novi[oa]|abuel[oa]|tio|tia|prim[oa])|next to me|a mi lado|in front of me|frente a mi|delante de mi|"
    r"ambulance|ambulancia|911|cpr|rcp|paramedic\w*|still|todavia|sigue|right here|aqui mismo)\b"
)
_HELP_CALLED = r"(?![\s\S]*\b(?:next to me|a mi lado|in front of me|frente a mi|delante de mi|ambulance|ambulancia|911|cpr|rcp|paramedic\w*|still|todavia|sigue|right here|aqui mismo)\b)"
# (a character's line is read whole, _CHARACTER_LINE, before the span looks for the writer's own words)
_SPAN = r"(?:(?!" + _MINE_TOO + r"|" + _REAL_PEOPLE + r"|\b(?:yo|me quiero|quiero (?:matarme|morirme))\b)[^.?!])"
# A character's line quoted or repeated ("la villana grita me quiero morir"): the character's, not the writer's.
_CHARACTER_LINE = (
    r"(?:dice|dijo|decia|grita|gritaba|grito|repite|repetia|llora|says|said|screams|screamed|yells|yelled|cries|keeps saying|sigue diciendo)"
    r"(?: que)? (?:me quiero morir|quiero morirme|me voy a matar|i want to die|i am going to kill myself|im going to kill myself)"
)
_FICTION_WORK = (
    r"(?:crime novel|novela (?:policiaca|negra|de misterio)|novel|novela|thriller|mystery|book club|club de lectura|chapter|capitulo|screenplay|script|guion|"
    r"screenwriting|dance piece|choreography|coreografia|obra de teatro|the play|our play|telenovela|soap|movie|film|pelicula|serie|tv show)"
)
_FICTION_ROLE = (
    r"(?:character|personaje|protagonist|protagonista|villain|villana?|heroine|hero|heroe|detective|victim|victima|killer|asesin[oa]|the lead|bailarin[ao]?|"
    r"narrator|narrador[a]?|scene|escena)"
)
_REALISM_ASKED = (
    r"(?:realistic\w*|realista|realisticamente|de forma realista|accurate|would (?:narcan|naloxone) have saved|(?:la )?(?:naloxona|narcan) (?:lo|la) (?:habria|hubiera) salvado)"
)
# Fiction asked about or described: a character in a novel, a script, a piece or a soap, or how a scene would look.
_FICTION_SCENE = (
    rf"{_FICTION_WORK}\b(?:{_CHARACTER_LINE}|{_SPAN}){{0,120}}?\b{_FICTION_ROLE}\b(?:{_CHARACTER_LINE}|{_SPAN}){{0,160}}|"
    rf"{_FICTION_ROLE}\b{_SPAN}{{0,160}}?\b{_REALISM_ASKED}"
)
# Sports watched: a team that gives the fan a heart attack every weekend, a fighter knocked out on TV.
_FAN_HEART_ATTACK = (
    r"(?:me|nos|te) (?:tiene|tienen|tuvo|tuvieron|pone|ponen|puso|deja|dejan|dejo) al borde del? (?:un )?infarto|"
    r"(?:team|equipo|club|seleccion)\b[^.?!]{0,30}?\b(?:gives?|is going to give|will give|gonna give|me (?:va|van) a dar|me da|me dan|me provoca|me provocan) (?:me )?(?:a |un )?(?:heart attack|infarto)|"
    r"(?:heart attack|infarto)\b[^.?!]{0,30}?\b(?:every|each|todos los|todas las|cada) (?:single )?(?:weekend|game|match|sunday|saturday|season|fin de semana|partido|domingo|sabado|temporada|jornada)"
)
_FIGHTER_KNOCKED_OUT = (
    r"(?:on (?:the )?tv|on television|en la tele\w*|en la television|por la tele|pay per view|ppv)\b[^.?!]{0,80}?\b(?:the|el|al|ese|that) (?:\w+ )?(?:boxer|boxeador|fighter|peleador|luchador|retador|challenger|oponente|opponent|campeon|champ)\b"
    r"[^.?!]{0,60}?\b(?:knocked out|out cold|unconscious|inconsciente|noquead[oa]|en la lona|on the canvas)"
)
_NO_HEART_SIGN = (
    r"(?![\s\S]*\b(?:chest|pecho|arm|brazo|jaw|mandibula|sweat\w*|sud\w*|pressure|presion|faint\w*|desmay\w*|collaps\w*|ambulance|ambulancia|911|hospital)\b)"
)
# Everyday hyperbole: food "para morirse", an overdose of sweets.
_FOOD_TO_DIE_FOR = r"(?:esta|estaba|estan|estaban|es|son|quedo|quedaron|sabe|sabia|te quedo) (?:\w+ )?para morirse"
_SWEETS_OVERDOSE = (
    r"(?:overdos\w*|od'?d?) on (?:\w+ ){0,3}(?:frosting|icing|cake|cupcakes?|cookies|dessert|ice cream|pizza|carbs|sweets|donuts|pie|pastries|nutella)|"
    r"sobredosis de (?:\w+ ){0,2}(?:dulces?|azucar|chocolate|pastel|torta|helado|galletas|series|tele|pan dulce|betun)"
)
# Crying at a film or a show until the chest hurts.
_CHEST_FROM_CRYING = (
    r"(?:me duele el pecho|chest (?:hurts|aches|is sore|hurt)|dolor de pecho)\b[^.?!]{0,20}?\b(?:de tanto llorar|de llorar|por llorar|from (?:all the |so much )?crying)|"
    r"(?:llore|llorado|llorando|cried|crying)\b[^.?!]{0,60}?\b(?:me duele el pecho|my chest (?:hurts|aches|is sore))"
)
_SCREEN = r"(?:pelicula|movie|film|serie|series|show|episode|capitulo|escena|scene|novela|telenovela|documentary|documental|the ending|el final)"
_CRIED_AT_A_FILM = (
    rf"(?:{_CHEST_FROM_CRYING})\b[^.?!]{{0,80}}?\b{_SCREEN}|{_SCREEN}\b[^.?!]{{0,80}}?(?:{_CHEST_FROM_CRYING})|"
    rf"(?:llore|cried|crying|llorando)\b[^.?!]{{0,60}}?\b{_SCREEN}\b[^.?!]{{0,60}}?\b(?:me duele el pecho|my chest (?:hurts|aches|is sore))"
)
_NOT_A_HEART_SIGN = (
    r"(?![\s\S]*\b(?:arm|brazo|jaw|mandibula|sweat\w*|sud\w*|pressure|presion|can not breathe|cant breathe|no puedo respirar|faint\w*|desmay\w*|still|todavia|sigue|pills|pastillas|took|tome)\b)"
)
# Resolved past: a relative who wanted to die and has been well for a year or more.
_RELATIVE = (
    r"(?:my|mi|our|nuestr[oa]) (?:\w+ )?(?:sister|brother|mom|mother|dad|father|son|daughter|wife|husband|aunt|uncle|cousin|grandma|grandpa|friend|"
    r"hermana|hermano|mama|madre|papa|padre|hijo|hija|esposa|esposo|tia|tio|prima|primo|abuela|abuelo|amig[oa])"
)
_WELL_FOR_A_YEAR = (
    r"(?:(?:has been|been|is|doing|stayed) (?:well|fine|good|great|okay|ok|better|stable) (?:for|since) (?:a|one|1|two|three|\d+|over a|more than a) (?:year|years)|"
    r"since (?:one|a|1) year|for (?:a year|years|over a year|more than a year) now|"
    r"desde hace (?:mas de )?(?:un|1|dos|tres|\d+) anos?|(?:lleva|llevamos|tiene) (?:mas de )?(?:un|1|dos|tres|\d+) anos? (?:bien|estable|tranquil[oa]|sin)|"
    r"hace (?:mas de )?(?:un|1|dos|\d+) anos? que esta bien|esta bien desde hace)"
)
_PAST_WISH = (
    r"(?:wanted to die|wanted to kill (?:him|her)self|was suicidal|queria morir\w*|se queria (?:morir|matar)|queria matarse|estaba suicida)"
)
_RELATIVE_WELL_AGAIN = rf"{_RELATIVE}\b[^.?!]{{0,30}}?\b{_PAST_WISH}\b[^?!]{{0,80}}?\b{_WELL_FOR_A_YEAR}"
# ...not when the relative's means, farewell or wish is told again now
_NOT_AGAIN_NOW = (
    r"(?![\s\S]*\b(?:but now|pero ahora|now (?:he|she|they) (?:has|have|is|are|says|wants)|ahora (?:tiene|dice|quiere|se esta|esta hablando)|"
    r"(?:has|have|tiene) (?:a |the |una |la |las |unas |sus |his |her )?(?:rope|pills|gun|knife|soga|cuerda|pastillas|pistola|arma|cuchillo)|"
    r"goodbye|good bye|despid\w*|adios|wants to die|quiere morir\w*|se quiere (?:morir|matar)|tonight|esta noche|relapse\w*|recaida|recayo|volvio a)\b)"
)
# Own cutting in the past (an age, years ago), well since, asking about scars.
_OLD_CUTS_SCARS = (
    r"(?:i (?:used to )?cut (?:myself)?|i was cutting|me cortaba|me corte|self[- ]?harm\w*|autolesion\w*)\b[^.?!]{0,40}?\b"
    r"(?:(?:at|when i was) \d+|a los \d+(?: anos)?|cuando tenia \d+|de joven|years ago|hace (?:\w+ )?anos|in high school|en la prepa|en la secundaria)"
    r"[\s\S]{0,100}?\b(?:scars?|cicatri\w*)"
)
_NOT_NEW_CUTS = (
    r"(?![\s\S]*\b(?:again|otra vez|de nuevo|volvi a|last night|anoche|today|hoy|tonight|esta noche|bleed\w*|sangr\w*|fresh|frescas?|new cuts?|cortes nuevos|this week|esta semana)\b)"
)
# Serene acceptance of death in faith, with treatment asked for meanwhile.
_PEACE_WHEN_CALLED = (
    r"(?:el dia que|cuando|when|the day) (?:dios|diosito|el senor|the lord|god|jesus|jesucristo)\b(?: \w+){0,2}? "
    r"(?:me llame|me recoja|me lleve|disponga|quiera|lo disponga|calls me|takes me|decides|wants me)\b[^.?!]{0,40}?\b"
    r"(?:me voy|me ire|me iria|i will go|ill go|i go|i am ready|im ready|estoy list[oa])\b[^.?!]{0,20}?\b"
    r"(?:tranquil[oa]|en paz|content[oa]|feliz|peacefully|in peace|at peace|happy)\b[\s\S]{0,30}?\b(?:mientras tanto|por ahora|mientras|until then|in the meantime|meanwhile|for now)\b"
)
_NOT_SOON = r"(?![\s\S]*\b(?:tonight|esta noche|today|hoy|soon|pronto|ya (?:tengo|compre)|pills|pastillas|gun|pistola|rope|soga|goodbye|adios|despid\w*)\b)"


def _starting(first: str, stops: str) -> str:
    """Stops checked from where a filter's first words stand (so inside its span too), the first
    words checked ahead so that the stops are not searched from every position of a message."""
    return r"(?=\b(?:" + first + r")\b)" + stops


IDIOMS = IDIOMS + [
    _filter(_FICTION_SCENE, _NO_OWN_CRISIS, _HAPPENING_NOW, r"(?![\s\S]*" + _MINE_TOO + r")"),
    _filter(_FAN_HEART_ATTACK, r"\b", _NO_OWN_CRISIS, _HAPPENING_NOW, _NO_HEART_SIGN),
    _starting(r"on (?:the )?tv|on television|en la tele|en la television|por la tele|pay per view|ppv", _HELP_CALLED) + _filter(_FIGHTER_KNOCKED_OUT, r"\b", _NO_OWN_CRISIS, _HAPPENING_NOW, _HELP_CALLED),
    _filter(_FOOD_TO_DIE_FOR, r"\b", _NO_OWN_CRISIS, _HAPPENING_NOW),
    _filter(_SWEETS_OVERDOSE, r"\b", _NO_OWN_CRISIS, _HAPPENING_NOW),
    # (the stops of these four are checked from where the words start, inside them too; a first
    # word checked ahead keeps that check off every other position of the message)
    _starting(r"me duele|chest|dolor de pecho|llore|llorado|llorando|cried|crying|" + _SCREEN, _NOT_A_HEART_SIGN)
    + _filter(_CRIED_AT_A_FILM, r"\b", _NO_OWN_CRISIS, _HAPPENING_NOW),
    _starting(_RELATIVE, _NOT_AGAIN_NOW) + _filter(_RELATIVE_WELL_AGAIN, r"\b", _NO_OWN_CRISIS, _HAPPENING_NOW),
    _starting(r"i (?:used to )?cut|i was cutting|me cortaba|me corte|self[- ]?harm|autolesion", _NOT_NEW_CUTS)
    + _filter(_OLD_CUTS_SCARS, r"\b", _NO_OWN_CRISIS, _HAPPENING_NOW),
    _starting(r"(?:el dia que|cuando|when|the day) (?:dios|diosito|el senor|the lord|god|jesus|jesucristo)", _NOT_SOON)
    + _filter(_PEACE_WHEN_CALLED, r"\b", _NO_OWN_CRISIS),
]

# --- round 29 (part C): a danger told now beside a past, a recovery, a story or faith ----------
# An old episode, a relative well for years, a story or a serene faith is no emergency; but when
# another clause of the same message tells a danger now (the means at hand, a farewell under way,
# a time set for today, the writer's own act just done), the look-alike must not rule the message
# out: the past wish is read as the present one (detector: the clause-level past rule-out and the
# filters below give way to PRESENT_DANGER).
_MEANS = (
    r"(?:guns?|pistol|handgun|revolver|rifle|shotgun|pills|meds|rope|noose|knife|razor|blades?|poison|"
    r"pistola|arma|escopeta|pastillas|medicinas|soga|cuerda|cuchillo|navaja|cuchillas|veneno)"
)
_HOLDS = r"(?:has|have|got|is holding|holding|is carrying|tiene|tengo|trae|traigo|agarro|agarra|saco|sostiene)"
# ...not means kept for care or kept safe, nor beside a recovery ("has the pills for her pressure",
# "a gun license", "locked up", "has her pills in an organizer and is doing great")
_NOT_FOR_CARE = (
    r"(?![^.?!]{0,40}?\b(?:for (?:his |her |my |the |their )?(?:allergies|allergy|pain|cold|headache|sleep|blood pressure|pressure|anxiety|depression|hunting)|"
    r"para (?:la |el |su |mi )?(?:alergia|dolor|presion|gripa|gripe|tos|dormir|ansiedad|depresion|caza)|prescri\w*|recet\w*|psychiatrist|psiquiatra|doctor|medico|"
    r"license|permit|licencia|permiso|safe|caja fuerte|locked|guardad\w*|bajo llave|organizer|pastillero|collection|coleccion|"
    r"(?:is |are |doing |esta |estan )(?:so |really |very |muy )?(?:great|well|fine|good|better|bien|mejor|estable))\b)"
)
# between the verb and the means only small words and one more ("has his hunting rifle", "tiene otra
# vez las pastillas"), never a clause ("have been stable on meds for years now")
_HOLD_GAP = (
    r"(?:(?:the|a|an|my|his|her|their|some|all|those|these|again|already|still|now|out|las|los|la|el|una|unas|un|unos|sus|su|mis|mi|"
    r"todas|todos|otra vez|de nuevo|ya|ahora|\w+'s) ){0,3}(?:\w+ )?"
)
_NOW_WORD = r"(?:now|right now|again|tonight|already|ya|ahora|ahorita|otra vez|de nuevo|esta noche)"
_AT_HAND = (
    r"(?:now|again|ready|out|right here|in (?:his|her|my|their) (?:hand|hands|lap|room|car)|on the (?:table|bed|desk)|tonight|"
    r"otra vez|de nuevo|lista|listas|listo|listos|aqui|aca|en la mano|en (?:su|mi) cuarto|en la mesa|esta noche|ahora)"
)
# the means held now, by the writer or a relative ("now he has the pills again", "ya tengo la soga")
_MEANS_NOW = (
    rf"{_NOW_WORD}\b[^.?!]{{0,30}}?\b{_HOLDS} {_HOLD_GAP}{_MEANS}\b{_NOT_FOR_CARE}|"
    rf"{_HOLDS} {_HOLD_GAP}{_MEANS}\b{_NOT_FOR_CARE}[^.?!]{{0,30}}?\b{_AT_HAND}"
)
# a farewell under way ("she is texting goodbye to all of us", "se esta despidiendo de todos")
_FAREWELL_NOW = (
    r"(?:saying|texting|sending|writing|calling to say) (?:\w+ )?goodbyes?|(?:sent|texted|wrote|left) (?:\w+ ){0,2}?goodbye (?:texts?|messages?|letters?|notes?)|"
    r"se (?:esta|anda) despidiendo|(?:esta|anda) despidiendose|se despidio de (?:todos|todo el mundo|nosotros|toda la familia)|"
    r"(?:me|nos|les) (?:dijo|escribio|mando) (?:un )?(?:adios|mensaje de despedida)"
)
# the death wished for today ("i want it to be tonight", "quiero que sea esta noche", "va a hacerlo hoy")
_SET_FOR_TODAY = (
    r"(?:want|wants|wish) it (?:to be|was|were) (?:tonight|today|now)|(?:quiero|quiere|ojala) que sea (?:hoy|esta noche|ya|ahora)|"
    r"(?:going to|gonna|will|plans? to|va a|voy a|piensa|planea) (?:do it|hacerlo|lo hace|lo hago|hacerlo) (?:tonight|today|esta noche|hoy)|"
    r"(?:i am|im) ready tonight|(?:estoy|esta) list[oa] (?:para )?(?:esta noche|hoy)"
)
# the writer's own act just done ("i swallowed mine an hour ago", "ya me tome las mias")
_OWN_ACT_DONE = (
    r"(?:took|swallowed|me tome|me trague) (?:mine|las mias|los mios|el mio|la mia)\b|"
    r"(?:took|swallowed|me tome|me trague) (?:all|todas|todo|the whole)\b[^.?!]{0,30}?\b(?:an? \w+ ago|\w+ minutes ago|hace (?:una|media|un|\w+) (?:hora|minutos|rato))"
)
PRESENT_DANGER: List[str] = [_MEANS_NOW, _FAREWELL_NOW, _SET_FOR_TODAY, _OWN_ACT_DONE]
# The look-alikes of a past, a recovery, a story or faith that give way to PRESENT_DANGER told
# anywhere in the message (detector._filter_gives_way).
_PAST_OR_STORY_FILTERS = (_SHOW_OR_BOOK, _FICTION_SCENE, _RELATIVE_WELL_AGAIN, _OLD_CUTS_SCARS, _PEACE_WHEN_CALLED, _POSTPARTUM_TREATED, _FICTION, _CHARACTER)

# round 28: someone found outside in the cold is found now (not the habit "in the cold")
NOW_MARKERS = NOW_MARKERS + [r"(?:just )?(?:found|encontre|encontramos) (?:\w+ ){1,3}?(?:outside|outdoors|afuera) (?:in the (?:cold|snow)|en el frio|en la nieve)"]

# --- round 30's look-alikes -----------------------------------------------------------------
# A first-aid, CPR or naloxone class's signs asked about for another drug ("the instructor said blue
# lips and pinpoint pupils are the signs, is it the same for xanax?").
_TRAINING = (
    r"(?:(?:cpr|first aid|primeros auxilios|rcp|naloxone|narcan|naloxona|overdose|sobredosis) )?(?:class|course|training|workshop|clase|curso|taller|capacitacion|entrenamiento)|"
    r"instructor|instructora|trainer|profesor[a]?|maestr[oa]"
)
_SAME_FOR_ANOTHER = (
    r"(?:(?:the )?same (?:signs? |symptoms? |thing )?(?:for|with|on)|(?:es|son|seria|serian|sera|seran)? ?(?:igual|iguales|lo mismo|las mismas|los mismos) (?:\w+ ){0,2}?(?:con|para|en|que)|"
    r"different (?:for|with|on)|distint[oa]s? (?:con|para|en))"
)
_CLASS_SIGNS_ASKED = (
    rf"(?:{_TRAINING})\b[^?]{{0,120}}?\b(?:signs?|senales|sintomas|symptoms|mean|means|significan?|indican?)\b[^?]{{0,80}}?\b{_SAME_FOR_ANOTHER}\b"
)
# Nerves before a (first) appointment that leave one "barely breathing", a practical question beside.
_VISIT = (
    r"(?:appointment|appt|visit|session|infusion|consultation|intake|cita|consulta|sesion|evaluacion)"
)
_NERVES = r"(?:nervous|anxious|nerves|anxiety|nervios[oa]|nervios|ansios[oa]|ansiedad)"
_BARELY_BREATHE = (
    r"(?:can barely breathe|can hardly breathe|barely breathing|could barely breathe|no puedo ni respirar|casi no puedo (?:ni )?respirar|apenas puedo respirar|no podia ni respirar)"
)
_NERVOUS_BREATH = (
    rf"{_NERVES}\b[^.?!]{{0,30}}?\b{_BARELY_BREATHE}|{_BARELY_BREATHE} (?:de|from|with|por) (?:los |the |la |tantos |all the |so much |my )?{_NERVES}"
)
_NERVES_BEFORE_VISIT = (
    rf"{_VISIT}\b[^?]{{0,80}}?\b(?:{_NERVOUS_BREATH})|(?:{_NERVOUS_BREATH})\b[^?]{{0,60}}?\b{_VISIT}|"
    rf"{_NERVES}\b[^.?!]{{0,40}}?\b{_VISIT}\b[^.?!]{{0,30}}?\b{_BARELY_BREATHE}"
)
_NO_BODY_SIGN = (
    r"(?![\s\S]*\b(?:chest|pecho|arm|brazo|jaw|mandibula|lips|labios|blue|azul|morad[oa]|faint\w*|desmay\w*|pass(?:ed|ing)? out|collaps\w*|"
    r"throat|garganta|swell\w*|hinch\w*|wheez\w*|silb\w*|inhaler|inhalador|still|todavia|sigue|pills|pastillas|took|tome)\b)"
)
# A habit called suicidal in a joke or a comedy bit ("my coffee habit is honestly suicidal").
_HABIT_WORD = (
    r"(?:habit|addiction|obsession|shopping|coffee|caffeine|spending|sugar|workload|commute|schedule|"
    r"habito|adiccion|obsesion|cafe|cafeina|compras|azucar|horario)"
)
_HABIT_SUICIDAL = (
    rf"{_HABIT_WORD}\b[^.?!]{{0,40}}?\b(?:is|are|es|son|feels|seems|looks|has become|became|se ha vuelto|se volvio|esta) (?:\w+ ){{0,4}}?(?:suicidal|suicida)\b"
)
# "mi hijo me va a matar del coraje": anger, a fright or worry that "will kill me".
_KILL_ME_WITH = (
    r"me (?:va|van|vas|iba|iban|esta|estan) (?:a )?(?:matar|matando) (?:de|del|con) (?:un |una |tanto |tantos |puro |puros |tanta |sus |tus )?"
    r"(?:coraje|corajes|rabia|disgusto|disgustos|susto|sustos|preocupacion|preocupaciones|nervios|risa|la risa|hambre|cansancio|verguenza|angustia|"
    r"desesperacion|enojo|berrinches|travesuras|sus travesuras)\b"
)
# A final or a match that left the fan "muerto, no podia ni respirar jaja".
_MATCH_WORD = (
    r"(?:final|finals|la final|partido|partidazo|match|game|juego|pelea|clasico|penales|penalties|shootout|overtime|tiempo extra|semifinal|serie|derby)"
)
_FAN_DEAD = (
    r"(?:de infarto|quede muert[oa]|quedamos muert[oa]s|estoy muert[oa]|no podia ni respirar|no podiamos ni respirar|could not (?:even )?breathe|couldnt breathe|"
    r"i am dead|im dead|i died|me mori|casi me muero|me dio un infarto|casi me da un infarto|casi me dio un infarto)"
)
_MATCH_LEFT_DEAD = rf"{_MATCH_WORD}\b[^?]{{0,40}}?\b{_FAN_DEAD}\b(?:[^?]{{0,40}}?\b{_FAN_DEAD}\b){{0,3}}"
_LAUGHED_AFTER = r"(?=[\s\S]*?(?:" + LAUGHTER + r"))"
# Overdoses counted in a neighbourhood, then a question about naloxone.
_AREA = (
    r"(?:in (?:my|our|the|this) (?:neighborhood|neighbourhood|area|town|city|building|block|county|school|community|hood|street)|"
    r"en (?:mi|la|nuestra|el|nuestro|esta|este) (?:colonia|barrio|vecindario|zona|ciudad|edificio|cuadra|pueblo|escuela|area|comunidad|condado|calle))"
)
_OVERDOSE_NEWS = r"(?:overdoses|overdose deaths|ods|sobredosis|muertes por sobredosis)"
_AREA_OVERDOSES = rf"{_OVERDOSE_NEWS}\b[^.?!]{{0,40}}?\b{_AREA}\b[\s\S]{{0,120}}?\b(?:narcan|naloxon\w*)\b"
_NOBODY_DOWN_NOW = (
    r"(?![\s\S]*\b(?:my|mi|mis|our|nuestr[oa]) (?:\w+ )?(?:brother|sister|son|daughter|friend|husband|wife|mom|dad|roommate|neighbor|"
    r"hermano|hermana|hijo|hija|amig[oa]|esposo|esposa|mama|papa|vecin[oa]|roommate)\b[^.?!]{0,40}?\b(?:is|esta|has|tiene|took|se tomo|on the floor|en el piso)\b)"
)

IDIOMS = IDIOMS + [
    # round 30: a class's signs asked about for another drug
    _filter(_CLASS_SIGNS_ASKED, _NO_OWN_CRISIS, _HAPPENING_NOW),
    # round 30: nerves before an appointment, "can barely breathe"
    _starting(_VISIT + r"|" + _NERVES + r"|" + _BARELY_BREATHE, _NO_BODY_SIGN + _HAPPENING_NOW)
    + _filter(_NERVES_BEFORE_VISIT, r"\b", _NO_OWN_CRISIS),
    # round 30: a habit called suicidal in jest; "me va a matar del coraje"
    _starting(_HABIT_WORD, _HAPPENING_NOW) + _filter(_HABIT_SUICIDAL, _NO_OWN_CRISIS),
    _starting(r"me", _HAPPENING_NOW) + _filter(_KILL_ME_WITH, _NO_OWN_CRISIS),
    # round 30: a match that left the fan "dead", laughing
    _starting(_MATCH_WORD, _HAPPENING_NOW + _NO_HEART_SIGN) + _filter(_MATCH_LEFT_DEAD, _LAUGHED_AFTER, _NO_OWN_CRISIS),
    # round 30: overdoses in the neighbourhood, naloxone asked about
    _starting(_OVERDOSE_NEWS, _HAPPENING_NOW + _NOBODY_DOWN_NOW) + _filter(_AREA_OVERDOSES, _NO_OWN_CRISIS),
]

# Computed once, over every filter above (it was computed mid-file, so some later filters were
# left out of it).
STOPPED_AT_OWN_CRISIS = frozenset(
    i for i, idiom in enumerate(IDIOMS) if _NO_OWN_CRISIS in idiom or _NOT_SERIOUS_AFTER in idiom
)
# An absence with a reason or a date gives way to relief that comes from knowing of the end,
# told anywhere in the message (phrases.RELIEF_FROM_AN_END: "god bless you all, i feel better now
# that i know i won't be here next week").
STOPPED_AT_RELIEF = frozenset(i for i, idiom in enumerate(IDIOMS) if _NOT_A_FAREWELL in idiom)
# A past, a recovery, a story or faith gives way to a danger told now (round 29, part C).
STOPPED_AT_PRESENT_DANGER = frozenset(
    i for i, idiom in enumerate(IDIOMS) if any(words in idiom for words in _PAST_OR_STORY_FILTERS)
)

# --- question round 21's look-alikes --------------------------------------------------------
# The writer's own crisis stops these filters, as OWN_CRISIS says it, except "help me" asked of a
# treatment ("can ketamine help me get off it?"): that is the question these filters are about; a
# cry for help ("help me!", "help me please", "ayudenme") still stops them. For the same reason
# they are not in STOPPED_AT_OWN_CRISIS (computed above, before them): their stops are their own.
_HELP_ME = r"help me(?! (?:understand|find|figure|with|choose|pick|know|learn))"
_NO_OWN_CRISIS_ASKED = (
    r"(?![\s\S]*\b" + OWN_CRISIS.replace(_HELP_ME, r"help me(?=\s*(?:[.!]|$|please|now|someone|somebody|por favor))") + r"\b)"
)
#
# A. "Collapse" said of a thing, not a person: a roof, ceiling, scaffold, building, bridge, tent,
# trench, shelf; a stock market, a deal, a business, a marriage ("took oxycodone for years after a
# ceiling collapsed on me at work"; "cuando se desplomo la bolsa"). Never a body part ("collapsed
# lung", "a collapsed vein" are medical), never a person ("he collapsed", "mi papa se desplomo"):
# the gap between the thing and the verb holds no person, no "and" or comma, so a person's own
# collapse told beside it stays outside the filter and still fires. Stops: the collapse happening
# now (just, right now, trapped, under the rubble, 911, an ambulance) and the writer's own crisis.
_COLLAPSING_THING = (
    r"(?:roof|roofs|ceiling|ceilings|scaffold|scaffolding|building|buildings|bridge|tent|trench|shelf|shelves|shelving|rack|racks|"
    r"wall|walls|deck|porch|balcony|stage|bleachers|staircase|stairs|crane|tunnel|mine|mine shaft|house|garage|structure|beam|"
    r"stack|pallets?|ladder|chair|bed|sinkhole|tower|"
    r"(?:stock )?market|stocks|economy|currency|crypto|bitcoin|bank|housing market|prices|sales|deal|negotiations|talks|merger|"
    r"business|company|startup|marriage|relationship|engagement|career|plans|project|government|world|life as i knew it|mood|self esteem|"
    r"techo|techos|plafon|cielo raso|cielorraso|andamio|andamios|edificio|edificios|puente|carpa|tienda de campana|casa de campana|"
    r"zanja|repisa|estante|estantes|estanteria|anaquel|anaqueles|rack|pared|barda|muro|balcon|escenario|grada|gradas|escalera|grua|"
    r"tunel|mina|casa|estructura|viga|tarima|pila|silla|cama|socavon|torre|"
    r"bolsa|bolsa de valores|mercado|acciones|economia|moneda|peso|banco|precios|ventas|trato|negocio|negociacion|empresa|"
    r"matrimonio|relacion|compromiso|carrera|planes|proyecto|gobierno|mundo|animo|autoestima)"
)
# between the thing and the verb: a few words, none a person, a conjunction or a comma
_NO_PERSON_GAP = (
    r"(?:(?!(?:and|but|then|y|pero|luego|he|she|they|i|we|him|her|el|ella|ellos|yo|" + WHO + r")\b)[\w']+ ){0,3}?"
)
_COLLAPSE_VERB = (
    r"(?:(?:had |has |have |was |were |is |had just |kept )?(?:collapsed|collapses|collapsing|collapse|caved in|came down|came crashing down|gave way)|"
    r"(?:se )?(?:(?:me|le|nos|les) )?(?:colapso|colapsaron|colapsara|colapsaba|derrumbo|derrumbaron|desplomo|desplomaron|vino abajo|vinieron abajo|"
    r"cayo encima|cayeron encima|hundio|hundieron))"
)
_ES_THING_ARTICLE = r"(?:el|la|los|las|un|una|mi|mis|su|sus|nuestro|nuestra|todo el|toda la)"
_THING_COLLAPSED = (
    rf"(?:the |a |an |my |our |his |her |their |that |this |whole |entire |el |la |los |las |un |una |mi |su |nuestro |nuestra )?"
    rf"{_COLLAPSING_THING} {_NO_PERSON_GAP}{_COLLAPSE_VERB}\b|"
    # "se derrumbo el techo", "colapso encima de mi el andamio"
    rf"(?:se )?(?:(?:me|le|nos|les) )?(?:colapso|colapsaron|derrumbo|derrumbaron|desplomo|desplomaron|vino abajo|cayo encima) (?:encima (?:de (?:mi|el|ella|nosotros) )?)?"
    rf"{_ES_THING_ARTICLE} (?:\w+ )?{_COLLAPSING_THING}\b|"
    # the noun: "the roof collapse", "a market collapse", "the collapse of the bridge", "el derrumbe del techo"
    rf"{_COLLAPSING_THING} (?:collapse|collapses|cave in|cave-in)\b|"
    rf"(?:collapse|collapsing|collapsed|cave in) of (?:the |a |an |my |our |his |her |their |that )?(?:\w+ )?{_COLLAPSING_THING}\b|"
    rf"(?:colapso|derrumbe|desplome|hundimiento|caida) (?:del|de la|de los|de las|de un|de una|de mi|de su|de) (?:\w+ )?{_COLLAPSING_THING}\b|"
    # the adjective: "a collapsed roof", "the collapsed bridge"
    rf"(?:collapsed|caved in) {_COLLAPSING_THING}\b"
)
_COLLAPSE_NOW = (
    r"(?![\s\S]*\b(?:just (?:collapsed|caved|came down|fell)|acaba de (?:caer|colapsar|derrumbarse|desplomarse|caerse)|se acaba de|right now|ahora mismo|ahorita|"
    r"trapped|stuck under|pinned|under the rubble|atrapad[oa]s?|bajo los escombros|debajo de los escombros|aplastad[oa]|"
    r"911|ambulance|ambulancia|paramedics|paramedicos)\b)"
)
_THING_COLLAPSE_FILTER = _filter(_THING_COLLAPSED, r"\b", _NO_OWN_CRISIS_ASKED, _HAPPENING_NOW, _COLLAPSE_NOW)

# B. A comparison asked of treatments, "which is better / what would you recommend for me / cual es
# mejor para mi (caso)", beside a hospital, a clinic or a doctor: a recommendation, not the lethal
# question of a health worker with the means (phrases.WORK_ACCESS / SELF_METHOD_Q). Stops: a lethal
# end told anywhere in the message (not waking up, quickest, painless, a size, lethal, to die), the
# writer's own crisis, something happening now.
_BETTER = (
    r"(?:better|best|mejor|mejores|recommend|recommended|recommends|recomienda|recomiendan|recomiendas|recomendaria|recomendarian|recomendarias|"
    r"suggest|suggests|sugieren|sugiere|sugeririan|sugeriria|prefer|preferible|conviene|convendria|suits|fits|right choice|best option|mas adecuad[oa]|indicad[oa])"
)
_FOR_MY_CASE = (
    r"(?:for (?:me|myself|my (?:case|situation|condition|symptoms|depression|anxiety|ptsd|pain|type|needs))|in my (?:case|situation)|"
    r"para (?:mi|mi caso|mi situacion|mi condicion|mi depresion|mi ansiedad|mi dolor|lo que tengo)|en mi (?:caso|situacion))"
)
_WHICH_BETTER_FOR_ME = (
    rf"(?:which|what|cual|cuales|que|lo que)\b(?: [\w']+){{0,4}}? {_BETTER}\b[^.?!]{{0,60}}?\b{_FOR_MY_CASE}\b|"
    rf"{_FOR_MY_CASE},? (?:which|what|cual|cuales|que)\b(?: [\w']+){{0,4}}? {_BETTER}\b"
)
_LETHAL_END = (
    r"(?![\s\S]*\b(?:not wake|never wake|wont wake|no despertar|no despierte|no volver a despertar|die|dying|death|dead|morir\w*|muert[oa]|kill\w*|matar\w*|"
    r"lethal|letal|letales|mortal|fatal|quickest|fastest|quicker|surest|painless\w*|sin dolor|no duela|my (?:size|weight)|mi (?:peso|tamano)|"
    r"end it|end my life|acabar con|suicid\w*|overdose|sobredosis|do it|hacerlo|for good|para siempre|insulin|insulina|potassium|potasio|pyxis|omnicell)\b)"
)
_WHICH_BETTER_FILTER = _filter(_WHICH_BETTER_FOR_ME, r"\b", _NO_OWN_CRISIS_ASKED, _HAPPENING_NOW, _LETHAL_END)

# C. A diagnosis told with the symptoms that led to it, months or years before ("diagnosed with
# MCAS after months of hives, racing heart and fainting", "me diagnosticaron POTS despues de anos
# de taquicardia y desmayos", "after a year of blacking out i was finally diagnosed"): history,
# not a faint and a racing heart now. Stops: those signs told as now anywhere in the message
# (right now, today, this morning, just fainted, "estoy desmayandome", "me desmaye otra vez"),
# the writer's own crisis, something happening now.
_DIAGNOSED = (
    r"(?:diagnosed|diagnosis|dx|dxd|diagnosticaron|diagnosticado|diagnosticada|diagnostico|diagnosticar|detectaron|found (?:out )?(?:i|he|she) (?:had|has))"
)
_LED_UP_TO = r"(?:after|following|because of|due to|from|despues de|tras|luego de|por|a raiz de|debido a)"
_LONG_SPAN = (
    r"(?:months|years|weeks|decades|a year|a few (?:months|years)|a couple (?:of )?(?:months|years)|a long time|ages|half a year|\d+ (?:months|years)|"
    r"(?:two|three|four|five|six|several|many) (?:months|years)|meses|anos|semanas|un ano|un par de (?:meses|anos)|mucho tiempo|\d+ (?:meses|anos)|"
    r"(?:dos|tres|cuatro|cinco|seis|varios|muchos) (?:meses|anos))"
)
_DIAGNOSIS_HISTORY = (
    # "diagnosed with X (two years ago) after months of ...", "me diagnosticaron X despues de anos de ..."
    rf"{_DIAGNOSED}\b[^.?!]{{0,60}}?\b{_LED_UP_TO} [^.?!]{{0,160}}|"
    # "after a year of ... i was finally diagnosed", "tras meses de ... me diagnosticaron"
    rf"{_LED_UP_TO} (?:\w+ ){{0,2}}?{_LONG_SPAN} (?:of|de) [^.?!]{{0,160}}?\b{_DIAGNOSED}\b|"
    # "months of ... before they diagnosed", "anos de ... hasta que me diagnosticaron"
    rf"{_LONG_SPAN} (?:of|de) [^.?!]{{0,160}}?\b(?:before|until|till|antes de que|hasta que) (?:\w+ ){{0,4}}?{_DIAGNOSED}\b"
)
_SIGNS_NOW = (
    r"(?![\s\S]*\b(?:right now|ahora mismo|ahorita|just now|at the moment|en este momento|today|tonight|this (?:morning|afternoon|evening)|hoy|esta (?:manana|tarde|noche)|"
    r"since this morning|desde esta (?:manana|tarde)|desde hoy|hace (?:un rato|unos minutos|\d+ minutos|una hora|media hora)|(?:\w+ )?minutes ago|an hour ago|"
    r"just (?:fainted|passed out|blacked out|collapsed)|(?:am|is|are|keep|keeps) (?:\w+ )?(?:fainting|passing out|blacking out)|"
    r"(?:estoy|esta|sigo|sigue) (?:\w+ )?(?:desmayando\w*|a punto de desmayar\w*)|(?:me|se) (?:acabo|acaba) de desmayar|"
    r"(?:fainted|passed out|blacked out|me desmaye|se desmayo) (?:again|otra vez|de nuevo)|not breathing|no respira|chest pain|dolor de pecho|me duele el pecho)\b)"
)
_DIAGNOSIS_HISTORY_FILTER = _filter(_DIAGNOSIS_HISTORY, _NO_OWN_CRISIS_ASKED, _HAPPENING_NOW, _SIGNS_NOW)

_QUESTION_ROUND_21 = [
    # question round 21: a thing that collapsed (a ceiling, a market, a marriage), not a person
    _starting(_COLLAPSING_THING + r"|collapse|collapsing|collapsed|cave in|caved in|se|me|le|nos|les|colapso|colapsaron|derrumbo|derrumbaron|desplomo|desplomaron|vino|cayo|derrumbe|desplome|hundimiento|caida",
              _COLLAPSE_NOW) + _THING_COLLAPSE_FILTER,
    # question round 21: which treatment is better for me, asked beside a hospital or a doctor
    _starting(r"which|what|cual|cuales|que|lo que|for|in|para|en", _LETHAL_END) + _WHICH_BETTER_FILTER,
    # question round 21: a diagnosis told with the symptoms that came before it
    _starting(_DIAGNOSED + r"|" + _LED_UP_TO + r"|" + _LONG_SPAN, _SIGNS_NOW) + _DIAGNOSIS_HISTORY_FILTER,
]
IDIOMS = IDIOMS + _QUESTION_ROUND_21

# --- round 32's look-alikes (Spanish) -----------------------------------------------------------
# Like round 31's below (created here, before both): each filter has stops read over the whole
# message (STOPS_ANYWHERE_IN_MESSAGE: the writer's own wish, plan or means, a danger now, signs now)
# and may need a mark the whole message holds (MARK_REQUIRED_IN_MESSAGE: a match, a screen, a class,
# a question about a child); each gives way to a danger told now (STOPPED_AT_PRESENT_DANGER).
STOPS_ANYWHERE_IN_MESSAGE = {}
MARK_REQUIRED_IN_MESSAGE = {}


def _add_whole_message_filters(rows, stop_at_present_danger: bool = True) -> None:
    """Append look-alike filters, given as (words, stops, mark or None), to IDIOMS: each filter's
    stops are read over the whole message, some need a mark the message must hold, and each
    gives way to a danger told now, like a past or a story (STOPPED_AT_PRESENT_DANGER), unless
    `stop_at_present_danger` is False (a filter whose mark is itself such a danger)."""
    global IDIOMS, STOPPED_AT_PRESENT_DANGER
    for words, stops, needs in rows:
        if stops:
            STOPS_ANYWHERE_IN_MESSAGE[len(IDIOMS)] = stops
        if needs:
            MARK_REQUIRED_IN_MESSAGE[len(IDIOMS)] = needs
        if stop_at_present_danger:
            STOPPED_AT_PRESENT_DANGER = STOPPED_AT_PRESENT_DANGER | {len(IDIOMS)}
        IDIOMS = IDIOMS + [words]


def _add_stops(idiom: str, stops: str, stop_at_present_danger: bool = False, extend: bool = False) -> None:
    """Give a filter already in IDIOMS stops read over the whole message
    (STOPS_ANYWHERE_IN_MESSAGE) and, where `stop_at_present_danger`, let it give way to a danger
    told now (STOPPED_AT_PRESENT_DANGER), as _add_whole_message_filters does for a new one. With
    `extend`, the stops are added to any the filter already has instead of replacing them."""
    global STOPPED_AT_PRESENT_DANGER
    index = IDIOMS.index(idiom)
    if extend:
        _extend_stops(index, stops)
    else:
        STOPS_ANYWHERE_IN_MESSAGE[index] = stops
    if stop_at_present_danger:
        STOPPED_AT_PRESENT_DANGER = STOPPED_AT_PRESENT_DANGER | {index}


def _extend_stops(index: int, stops: str) -> None:
    """Add `stops` to those the filter at `index` in IDIOMS already has (or give it these)."""
    old = STOPS_ANYWHERE_IN_MESSAGE.get(index)
    STOPS_ANYWHERE_IN_MESSAGE[index] = "(?:" + old + ")|" + stops if old else stops


# the writer's own crisis, except "help me" asked of a thing ("help me find the scale in spanish")
_OWN_CRISIS_32 = OWN_CRISIS.replace(_HELP_ME, r"help me(?=\s*(?:[.!]|$|please|now|someone|somebody|por favor))")
# told in earnest, a farewell, a time or a plan, the means named (a letter, "carta", kept apart: round
# 33's filter for a relative's suicide long ago reads all the others but that one)
_EARNEST_32_NOT_LETTER = (
    r"en serio|no es broma|no estoy bromeando|de verdad|neta|literal\w*|not joking|not kidding|seriously|for real|i mean it|lo digo en serio|"
    r"ya no aguanto|no aguanto mas|no puedo mas|nadie me quiere|mejor sin mi|estarian mejor|better off without me|no quiero (?:vivir|seguir|despertar)|"
    r"me quiero (?:matar|morir)|quiero (?:morirme|matarme|morir)|me voy a (?:matar|morir)|i want to die|i wanna die|igual que (?:el|ella|ellos)|lo mismo que|"
    r"can not go on|cant go on|can not do this anymore|(?:want|wanna) to disappear|no reason to live|no point in living|hopeless|sin esperanza|honestly|la verdad|"
    r"ganas de (?:morir\w*|desaparecer|matarme)|ya no quiero|adios|goodbye|despedirme|me despido|gracias por todo|perdonenme|testamento|"
    r"esta noche|ahora mismo|ahorita mismo|tonight|right now|mi plan|un plan|ya lo decidi|ya decidi|"
    r"pastillas?|pills?|pistola|gun|arma|soga|rope|cuerda|navaja|knife|cuchill\w*|veneno|poison|matarme|kill myself|quitarme la vida|" + _OWN_CRISIS_32
)
_EARNEST_32 = r"carta|" + _EARNEST_32_NOT_LETTER
# (suicide named stops every filter but the homework about a suicide-risk scale)
_EARNEST_32_SUICIDE = r"suicid\w*|" + _EARNEST_32

# 1. A fan's team or game that "me va a matar de un infarto", "casi me muero del infarto en los
# penales", a season "para tirarse del puente": a match named in the message (penalties, innings,
# a goal, a team, a score). Stops: heart signs (chest, arm, sweat, a faint), help called, earnest.
_MATCH_32 = (
    r"\b(?:partido|partidazo|juego|juegazo|final|semifinal|liguilla|penales|penal|penalty|penalties|shootout|gol|goles|golazo|autogol|equipo|seleccion|temporada|"
    r"jornada|clasico|entrada|entradas|novena|extra innings?|innings?|jonron|jonrones|home run|ponche|bases llenas|cuadrangular|marcador|empatamos|empataron|"
    r"perdimos|ganamos|perdieron|ganaron|tiempo extra|tiempos extra|prorroga|arbitro|portero|delantero|estadio|liga|mundial|copa|serie mundial|super ?bowl|"
    r"touchdown|playoffs?|overtime|bottom of the ninth|bases loaded|quarterback|goalie|referee|stadium|world cup|world series|game|match|team|season|"
    r"futbol|beisbol|basquet|fut|soccer|football|baseball|basketball|hockey|nfl|nba|mlb|liga mx)\b"
)
_FAN_HEART_32 = (
    r"(?:me|nos) (?:va|van|vas|iba|iban|esta|estan|quiere|quieren)(?: a)? (?:matar|matando|dar|provocar) (?:de|del|con|un) (?:un |el |puro )?"
    r"(?:infarto|paro cardiaco|paro|ataque al corazon)|"
    r"(?:casi|por poco|poquito mas y) (?:me|nos) (?:muero|mori|morimos|da|dio|daba|dan) (?:(?:de|del|un|el|con el) )*(?:infarto|paro cardiaco|paro|ataque al corazon)|"
    r"(?:is|are|was) (?:going to|gonna) (?:give me a heart attack|give us a heart attack)|(?:almost|nearly) (?:had a heart attack|gave me a heart attack)"
)
_FAN_STOPS_32 = (
    r"pecho|chest|brazo|arm|mandibula|jaw|sudor\w*|sudando|sweat\w*|presion|pressure|desmay\w*|faint\w*|colaps\w*|collaps\w*|mare\w*|dizzy|hormigue\w*|numb|"
    r"no puedo respirar|can not breathe|ambulancia|ambulance|911|hospital|urgencias|paramedic\w*|cpr|rcp|infarto de verdad|real heart attack|" + _EARNEST_32_SUICIDE
)
# ...a season or a team "para tirarse del puente" (said of anyone, "tirarse", never "tirarme")
_SEASON_BRIDGE_32 = (
    r"(?:temporada|equipo|partido|torneo|seleccion|liga|defensa|season|team|game|defense|offense|bullpen)\b[^.?!]{0,40}?\b"
    r"(?:(?:esta|es|fue|estuvo|va|anda) )?(?:para|como para|dan ganas de|da ganas de) (?:tirarse|aventarse|lanzarse) (?:del|de un|de|desde el|desde un) (?:puente|edificio)|"
    r"(?:para|como para|dan ganas de|da ganas de) (?:tirarse|aventarse|lanzarse) (?:del|de un|de|desde el|desde un) (?:puente|edificio)\b[^.?!]{0,40}?\b"
    r"(?:temporada|equipo|partido|torneo|seleccion|liga|defensa)|"
    r"(?:season|team|game|defense|offense|bullpen)\b[^.?!]{0,40}?\b(?:makes|made|is making) (?:me |us )?(?:want to|wanna) (?:jump|drive) off (?:a|the) (?:bridge|building)"
)
_BRIDGE_STOPS_32 = r"tirarme|aventarme|lanzarme|me voy a tirar|me tiro|i will jump|i am going to jump|i am gonna jump|" + _EARNEST_32_SUICIDE

# 2. A series, a novela or a film watched: a character or a patient convulsing or killed on screen;
# "todavia me duele el pecho de tanto llorar" after it. Stops: someone of the writer's, a real
# place or help (next to me, the cinema, 911), the writer's own signs, earnest.
_SCREEN_32 = (
    r"(?:serie|series|novela|telenovela|pelicula|peli|movie|film|episodio|episode|capitulo|dorama|k ?drama|anime|"
    r"grey'?s anatomy|grey s anatomy|the good doctor|tv show|show|chicago med|the pitt|la rosa de guadalupe)"
)
_SCREEN_ROLE_32 = (
    r"(?:el|la|los|las|un|una|the|a|this|that|este|esta|ese|esa) (?:\w+ )?(?:paciente|pacientes|patient|patients|personaje|character|protagonista|protagonist|"
    r"villan[oa]|villain|heroe|heroina|hero|heroine|actor|actriz|actress|doctor|doctora|lead|galan)"
)
_ON_SCREEN_32 = rf"{_SCREEN_32}\b[^.?!]{{0,80}}?\b{_SCREEN_ROLE_32}\b[^.?!]{{0,120}}"
_CHEST_CRYING_32 = (
    r"(?:todavia |aun |still )?(?:me duele|me dolio|me arde|me quedo doliendo) el pecho (?:de|por|from) (?:tanto |lo que )?llor\w*|"
    r"(?:my )?chest (?:still )?(?:hurts|hurt|aches|is sore) (?:from|after) (?:all the |so much |the )?crying|"
    r"(?:llore|cried) (?:tanto|so much|so hard) (?:que|that) (?:todavia |aun |still )?(?:me duele el pecho|my chest (?:hurts|aches))"
)
_SCREEN_STOPS_32 = (
    r"(?:mi|mis|my|our|nuestr[oa]s?) (?:\w+ )?(?:husband|wife|son|daughter|kid|baby|mom|mother|dad|father|brother|sister|friend|boyfriend|girlfriend|grandpa|grandma|"
    r"esposo|esposa|hijo|hija|nino|nina|bebe|mama|madre|papa|padre|hermano|hermana|amig[oa]|novi[oa]|abuel[oa]|tio|tia|prim[oa])|"
    r"next to me|a mi lado|al lado|in front of me|frente a mi|delante de mi|cine|theater|theatre|ambulancia|ambulance|911|cpr|rcp|paramedic\w*|"
    r"yo tambien|me too|i am also|estoy convulsion\w*|tengo (?:una )?convulsion|i am having|brazo|arm|mandibula|jaw|sudor\w*|sweat\w*|presion|pressure|"
    r"no puedo respirar|can not breathe|desmay\w*|faint\w*|mare\w*|dizzy|took|tome|me tome|" + _EARNEST_32_SUICIDE
)

# 3. Spanglish kin over a trivial matter: "mi mom / my jefa / mi dad me va a matar cuando vea mis
# notas / la cuenta" (round 31's filter below holds the Spanish kin). Stops: any violence, a threat
# or fear, a weapon, earnest ("mi esposo me pego y dice que me va a matar" still fires).
_SPANGLISH_KIN_32 = (
    r"(?:mi|my|la|el|tu|su) (?:mom|mother|mommy|momma|mama|mami|ma|ama|dad|father|daddy|papi|pops|pa|apa|jefa|jefe|jefita|jefito|viejita|viejito|"
    r"husband|hubby|wife|wifey|grandma|granny|grandpa|abuelita|abuelito|sis|sister|brother|bro|aunt|uncle|tia|tio|boss|parents|folks)"
)
_TRIVIAL_32 = (
    r"cuenta|bill|compras|tarjeta|credit card|card|gastos|gaste|notas|calificaciones|grades|report card|boleta|examen|exam|test|reprobe|failed|"
    r"llego tarde|llegar tarde|late|curfew|el carro|el coche|the car|raye|choque|rompi|quebre|broke|tatuaje|tattoo|piercing|perforacion|pelo|hair|tinte|"
    r"cuarto|room|desorden|mess|telefono|phone|celular|cel|la renta|rent|el cheque|zapatos|shoes"
)
_SPANGLISH_KILL_32 = rf"{_SPANGLISH_KIN_32} (?:\w+ ){{0,2}}?me (?:va|van) a matar\b(?=[^.?!]{{0,80}}?\b(?:{_TRIVIAL_32})\b)"
_THREAT_STOPS_32 = (
    r"me (?:pega|pego|pegaba|golpea|golpeo|golpeaba|amenaz\w*|encerr\w*|ahorc\w*|empuj\w*|jalone\w*|persigue|corrio de la casa)|pegar\w*|golpe\w*|amenaz\w*|"
    r"maltrat\w*|abus\w*|violen\w*|cinturon|cinto|belt|arma|pistola|gun|cuchillo|knife|navaja|machete|tengo miedo|miedo|asustad[oa]|scared|afraid|terrified|"
    r"morete\w*|bruise\w*|policia|police|911|orden de restriccion|borracho|drunk|drogado|high|hits me|hit me|beats me|beat me|threat\w*|locked|escondid[oa]|hiding|"
    r"dice que me va a matar|dijo que me (?:iba|va) a matar|said (?:he|she) (?:would|will|is going to|was going to)|la ultima vez|last time|" + _EARNEST_32_SUICIDE
)

# 4. Nursing or medical homework about a suicide-risk scale (Columbia, C-SSRS, PHQ-9, Beck, SAD
# PERSONS, ASQ): the item's words read as the writer's. Needs a class or a study mark (tarea, para
# la clase, homework, "alguien la tiene en espanol"). Stops: the writer's own answers or score,
# a patient of theirs told now, the writer's own crisis, earnest.
_RISK_SCALE_32 = (
    r"(?:escala|scale|cuestionario|questionnaire|screener|screening|inventario|inventory|test|herramienta|tool) (?:\w+ ){0,3}?"
    r"(?:columbia|c-?ssrs|phq-? ?9|beck|sad ?persons|asq)|columbia (?:suicide|scale|protocol|severity)|c-?ssrs|cssrs|phq-? ?9|phq ?9|bdi(?:-?ii)?"
)
_SCALE_HOMEWORK_32 = rf"(?:[^?]{{0,160}}?\b)?(?:{_RISK_SCALE_32})\b[^?]{{0,200}}"
_STUDY_MARK_32 = (
    r"\b(?:tarea|tareas|homework|assignment|para (?:la|mi|una) clase|clase de|en clase|class|course|curso|materia|semestre|universidad|facultad|university|"
    r"college|nursing school|escuela de enfermeria|enfermeria|nursing|estudiante|student|practicas|clinicals|rotacion|rotation|examen|exam|nclex|proyecto|project|"
    r"ensayo|essay|tesis|thesis|investigacion|research|presentacion|presentation|profe|profesor\w*|professor|instructor\w*|"
    r"alguien (?:la|lo) tiene|does anyone have|anyone have|en espanol|in spanish|spanish version|traduccion|translation)\b"
)
# (a scale's own items, "thoughts of being better off dead", "do you have a plan", are not the writer's)
_SCALE_EARNEST_32 = (
    _EARNEST_32.replace("better off (?:dead|without me)", r"(?<!being )(?<!you would be )(?<!you d be )better off (?:dead|without me)")
    .replace("|a plan|", r"|(?<!you have )(?<!they have )(?<!patient has )(?<!he has )(?<!she has )a plan|")
    .replace("|un plan|", r"|(?<!tienes )(?<!tiene )(?<!tienen )un plan|")
)
_SCALE_STOPS_32 = (
    r"i answered|i scored|my score|my answer|mi puntaje|mi resultado|mi respuesta|conteste|respondi|saque|yo tambien|me too|yo tengo esos|i have those|"
    r"i (?:also|too) (?:have|feel|think)|me identifico|i relate|me hizo pensar|made me think|sobre mi mism[oa]|about myself|mis propios|my own|"
    r"(?:mi|my) (?:paciente|patient|client|cliente) (?:\w+ )?(?:dijo|dice|tiene|esta|said|says|has|is)|" + _SCALE_EARNEST_32
)

# 5. A child's small bump on the head ("golpecito", "chichon", "goose egg") with the child playing,
# eating, laughing as ever, asked "es normal?". Stops: vomiting, sleepiness, confusion, a faint or a
# seizure, blood, a high fall, a baby of months, a child not acting as ever.
_HEAD_BUMP_32 = (
    r"golpecito|golpecillo|chichon|chichoncito|chipote|chipotito|huevo en la (?:cabeza|frente)|goose egg|(?:small |little |tiny )?bump|bumped|bonked|"
    r"se (?:pego|golpeo|dio) (?:\w+ ){0,3}?(?:en )?(?:la )?(?:cabeza|frente|cabecita)|(?:hit|bumped|banged|bonked|smacked) (?:his|her|their) (?:head|forehead)"
)
_ACTING_AS_EVER_32 = (
    r"jugando|juega|comiendo|come|comio|riendo|riendose|se rie|corriendo|normal|normalito|como si nada|feliz|contento|contenta|"
    r"playing|plays|eating|ate|laughing|running around|acting normal|acting (?:like )?(?:himself|herself|fine)|seems fine|happy|normally"
)
_SMALL_BUMP_32 = (
    rf"(?:{_HEAD_BUMP_32})\b[^?]{{0,200}}?\b(?:{_ACTING_AS_EVER_32})\b|(?:{_ACTING_AS_EVER_32})\b[^?]{{0,200}}?\b(?:{_HEAD_BUMP_32})\b"
)
_CHILD_ASKED_32 = (
    r"(?<![\s\S])(?=[\s\S]*(?:\?|\bes normal\b|\bis (?:this|that|it) normal\b|\bdebo preocuparme\b|\bshould i (?:worry|be worried)\b))"
    r"(?=[\s\S]*\b(?:hijo|hija|hijito|hijita|nino|nina|nene|nena|bebe|baby|toddler|kid|son|daughter|chiquito|chiquita|little one|sobrin[oa]|nieto|nieta|"
    r"niece|nephew|grandson|granddaughter|\d+ anos|\d+ (?:years?|yr) old|\d+ year)\b)"
)
_HEAD_STOPS_32 = (
    r"vomit\w*|vomito|devolvio|threw up|throwing up|throw up|puk\w*|nause\w*|nausea\w*|somnolient[oa]|sleepy|drowsy|dormid[oa]|sueno|se quiere dormir|"
    r"can not wake|wont wake|no despierta|no se despierta|hard to wake|confundid[oa]|confus\w*|desorientad[oa]|no reconoce|raro|rara|weird|strange|"
    r"not acting right|no es el mismo|no es la misma|not himself|not herself|conocimiento|se desmayo|desmay\w*|passed out|knocked out|lost consciousness|"
    r"unconscious|inconsciente|blacked out|out cold|convuls\w*|seiz\w*|shaking|temblando|sangr\w*|bleed\w*|blood|liquido|fluid|pupil\w*|bizco|cross eyed|"
    r"ve doble|double vision|no camina|can not walk|cant walk|tambalea\w*|stumbl\w*|wobbly|balance|equilibrio|llora sin parar|no para de llorar|inconsolable|"
    r"dolor de cabeza|headache|hundid\w*|soft spot|fontanela|enorme|huge|blando|aguado|soft|escaleras?|stairs|balcon|balcony|ventana|window|segundo piso|"
    r"second floor|litera|bunk bed|accidente|accident|choque|crash|atropell\w*|hit by|recien nacid[oa]|newborn|(?:[1-9]|1[01]) (?:meses|months)|"
    r"anticoagul\w*|blood thinners?|hemofilia|hemophilia|911|ambulancia|ambulance|no (?:quiere |ha querido )?(?:jugar|comer|juega|come)|ni (?:come|juega)|"
    r"not (?:eating|playing)|wont (?:eat|play)|does not want to|apagad[oa]|decaid[oa]|lethargic|letargic\w*|limp|floppy|guang[oa]|palid[oa]|pale|" + _EARNEST_32_SUICIDE
)

_ROUND_32_ES = [
    # 1. "me va a matar de un infarto" / "casi me muero del infarto en los penales", a match named
    (_filter(_FAN_HEART_32), _FAN_STOPS_32, _MATCH_32),
    # 1. a season "para tirarse del puente" (English: a season that "makes me want to jump off a bridge")
    (_filter(_SEASON_BRIDGE_32), _BRIDGE_STOPS_32, None),
    # 2. a character or a patient convulsing or killed on screen; the chest sore from crying at it
    (_filter(_ON_SCREEN_32), _SCREEN_STOPS_32, None),
    (_filter(_CHEST_CRYING_32), _SCREEN_STOPS_32, _SCREEN_32 + r"|\b(?:watching|viendo|vi|vimos|watched)\b"),
    # 3. "mi mom / my jefa me va a matar cuando vea mis notas"
    (_filter(_SPANGLISH_KILL_32), _THREAT_STOPS_32, None),
    # 4. homework about a suicide-risk scale
    (_filter(_SCALE_HOMEWORK_32), _SCALE_STOPS_32, _STUDY_MARK_32),
    # 5. a child's small bump on the head, playing as ever, "es normal?"
    (_filter(_SMALL_BUMP_32), _HEAD_STOPS_32, _CHILD_ASKED_32),
]
_add_whole_message_filters(_ROUND_32_ES)

# --- round 31's look-alikes -----------------------------------------------------------------
# Each filter below has stops read over the whole message, before its words as well as after
# them (STOPS_ANYWHERE_IN_MESSAGE, detector._filter_gives_way), and some a condition the whole message must
# meet (MARK_REQUIRED_IN_MESSAGE: laughter, a song's mark, a question).
_MEANS_NAMED = (
    r"pills?|pastillas?|tabletas?|gun|pistol|pistola|arma|rifle|escopeta|rope|noose|soga|cuerda|knife|cuchill\w*|navaja\w*|blade|razor|"
    r"veneno|poison|raticida|cloro|bleach|puente|bridge|azotea|rooftop|ventana|window|balcon|balcony|vias|metro|tren|train|"
    r"tirarme|aventarme|lanzarme|colgarme|ahorcarme|cortarme|matarme|suicid\w*|kill myself|end it|acabar con \w+|quitarme la vida"
)
_FAREWELL_WORDS = r"adios|goodbye|despedirme|me despido|despedida|gracias por todo|perdonenme|perdoname|cuiden a|carta|nota|note|testamento"
_TIME_OR_PLAN = r"esta noche|hoy en la noche|ahora mismo|ahorita|ya mismo|en un rato|a las \d+|tonight|right now|mi plan|un plan|plan\b|ya lo decidi|ya decidi"
_IN_EARNEST = (
    r"en serio|no es broma|no estoy bromeando|de verdad|la verdad|neta|not joking|not kidding|seriously|for real|i mean it|lo digo en serio|"
    r"ya no aguanto|no aguanto mas|no puedo mas|nadie me quiere|nadie me extranaria|mejor sin mi|estarian mejor|better off without me|"
    r"no quiero (?:vivir|seguir|despertar)|ganas de (?:morir|desaparecer)|desaparecer|sin sentido|no vale la pena|ya no quiero"
)
_RISK_BESIDE_A_JOKE = rf"(?:{_MEANS_NAMED}|{_FAREWELL_WORDS}|{_TIME_OR_PLAN}|{_IN_EARNEST})"
_LAUGHTER_MARK = (
    r"(?:\b(?:ja(?:ja)+\w*|js(?:js)+\w*|jsj\w*|je(?:je)+\w*|lol+|lmf?ao+|xd+|ha(?:ha)+h?)\b|[\U0001F602\U0001F923\U0001F480\U0001F648\U0001F605\U0001F606\U0001F639\U0001F62D])"
)
_CLINIC_QUESTION_AFTER = (
    r"\b(?:cita|consulta|sesion|sesiones|infusion|infusiones|ketamina|spravato|clinica|horario|a que hora|cuanto cuesta|seguro|receta|"
    r"appointment|session|infusion|clinic)\b[^?]{0,80}\?"
)

# 1. "me quiero morir" / "me muero" in jest, laughing, at a trivial cause (a dye, a haircut, a messy
# house, the kids' noise, a game, a song, an outfit, a grade) or going on to a clinic question.
_ES_JOKE_DEATH = r"(?:me quiero morir|me quiero morrir|me muero|me mori|me quiero morir de (?:la )?(?:verguenza|pena|risa))"
_TRIVIAL_ES = (
    r"tinte|pintura de pelo|me pinte el pelo|pelo|cabello|corte|peinado|fleco|copete|peluquer\w*|la casa (?:esta|es) (?:un|una|hecha)|desorden|tiradero|"
    r"cochinero|desastre|gritando|gritar|gritan|ruido|escandalo|berrinche|partido|juego|jonron|home run|gol|golazo|penal|penales|"
    r"equipo|cancion|canciones|rola|esta rola|musica|outfit|vestido|ropa|zapatos|look|calificacion|calificaciones|examen|parcial|nota|un \d+|"
    r"reprobe|reprobado|saque (?:un|una) \d+|verguenza|oso|que oso|pena|cringe|chisme|meme|video|novela|serie|capitulo"
)
_JOKE_DEATH_TRIVIAL = (
    rf"{_ES_JOKE_DEATH}\b(?=[^.?!]{{0,100}}?\b(?:{_TRIVIAL_ES})\b|[\s\S]{{0,160}}?{_CLINIC_QUESTION_AFTER})|"
    rf"(?:{_TRIVIAL_ES})\b[^.?!]{{0,100}}?\b{_ES_JOKE_DEATH}"
)

# 2. "X me va a matar" of a person or a team, over a bill, the grades, being late, a match.
_WHO_WILL_KILL = (
    r"(?:mi|el|la|los|las|tu|su) (?:esposo|esposa|marido|mujer|senora|viejo|vieja|mama|madre|papa|padre|jefe|jefa|suegra|suegro|novio|novia|maestra|maestro|"
    r"profe|profesor|profesora|hermano|hermana|abuela|abuelo|equipo|seleccion|tia|tio|jefes|papas|padres|roomie|casero|casera)|el (?:\w+)|los (?:\w+)|este equipo|mi team"
)
_TRIVIAL_MATTER = (
    r"cuenta|compras|tarjeta|gastos|gaste|el super|la factura|recibo|calificaciones|notas|boleta|reprobe|examen|"
    r"del corazon|de un infarto|del coraje|partido|empat\w*|perd\w*|goles?|penales|el carro|el coche|la camioneta|raye|choque|rompi|quebre|"
    r"el florero|la tele|el tatuaje|tatuaje|perforacion|pelo|"
    # being late or missing a dinner, a party, a call (domestic violence's look-alike: "me va a ahorcar si llego tarde")
    r"si (?:no )?llego|llegue tarde|llego tarde|llegar tarde|llegamos tarde|la cena|la comida|la fiesta|la reunion|la boda|"
    r"si no voy|si no llamo|se me olvido|si se me olvida|if i am late|late again|miss (?:dinner|the party|her birthday)"
)
_OTHER_WILL_KILL_ME = (
    rf"(?:{_WHO_WILL_KILL}) (?:\w+ ){{0,2}}?me (?:va|van) a (?:matar|ahorcar|asesinar|despellejar|colgar)\b(?=[^.?!]{{0,80}}?\b(?:{_TRIVIAL_MATTER})\b)"
)
# violence or fear told, and words said in earnest: the "me va a matar si ..." idiom gives way to the
# first alone (STOPS_ANYWHERE_IN_MESSAGE below), round 31's filter 2 to either
_VIOLENCE_31 = (
    r"(?:me (?:pega|pego|golpea|golpeo|golpeaba|pegaba|amenaz\w*|encerr\w*|ahorc\w*|empuj\w*|jalone\w*|persigue|sigue)|amenaz\w*|golpe\w*|maltrat\w*|abus\w*|violen\w*|"
    r"arma|pistola|cuchillo|navaja|machete|tengo miedo|miedo|asustad[oa]|morete\w*|policia|911|orden de restriccion|borracho|drogado|"
    r"hits me|beats me|hit me|threat\w*|gun|knife|afraid|scared|locked me|abuse\w*|bruise\w*|police|"
    r"mi ex|ex esposo|exesposo|expareja|ex pareja|carcel|celos\w*|celoso|celosa)"
)
_IN_EARNEST_31 = r"(?:en serio|de verdad|no es broma|literal)"
_VIOLENCE_OR_FEAR = rf"(?:{_VIOLENCE_31}|{_IN_EARNEST_31})"

# 3. Heat or exertion that "almost killed me", on a roof or a site at work, then fine, home, bathed.
_HEAT_DEATH = (
    r"(?:casi me muero|casi me mori|por poco me muero|me estaba muriendo|me andaba muriendo|casi me mata|almost died|nearly died|i almost died|"
    r"(?:almost|nearly) killed me|was dying|i was dying) (?:\w+ )?(?:del|de|from|of|in|with|por el|por|en el)? ?(?:the )?"
    r"(?:calor|heat|sol|sun|cansancio|insolacion|heatstroke|heat stroke|exhaustion|bochorno|sed|thirst|chamba|trabajo|esfuerzo)"
)
_WORK_PLACE = r"(?:en|on|at|up on|arriba en|trabajando en|working on) (?:el|la|los|the|a|un|una) (?:techo|techos|roof|roofs|obra|job|site|jobsite|job site|construction site|campo|field|fabrica|bodega|warehouse)"
_RESOLVED_NOW = (
    r"(?:ya estoy bien|estoy bien|ya me siento bien|ya me recupere|ya llegue|ya estoy en (?:la )?casa|llegue a casa|me bane|me di un bano|ya tome agua|tome (?:mucha )?agua|"
    r"i am (?:fine|ok|okay|good|better|home)|fine now|feel fine|feeling fine|feel better|better now|home now|got home|showered|took a (?:cold )?shower|cold shower|drank (?:some |lots of )?water)"
)
_HEAT_RESOLVED = (
    rf"(?:{_WORK_PLACE}\b[^.?!]{{0,60}}?)?{_HEAT_DEATH}\b[^.?!]{{0,80}}?\b{_RESOLVED_NOW}\b"
)
_HEAT_STOPS = (
    r"(?:mareado|mareada|mareos?|dizzy|confundid[oa]|confused|confusion|desmay\w*|faint\w*|passed out|pass out|no sudo|ya no sudo|dejo de sudar|not sweating|stopped sweating|"
    r"vomit\w*|throwing up|nause\w*|ganas de vomitar|convuls\w*|seiz\w*|dolor de pecho|chest|tirar\w*|aventar\w*|lanzar\w*|jump\w*|caer|caerme|me cai|se cayo|fell|falling|fall off|"
    r"todavia|sigo|still|ahora mismo|right now)"
)

# 4. "me voy a tirar en la cama / al sol / a la piscina / a dormir": lying down or diving in.
_LIE_DOWN = (
    r"(?:me voy a tirar|voy a tirarme|me quiero tirar|quiero tirarme|me tiro|me tire|tirarme) (?:un rato |un ratito |otro rato |toda la tarde |todo el dia |ahorita )?"
    r"(?:en|a|al|sobre) (?:la |el |mi |un |una )?(?:cama|camita|sofa|sillon|hamaca|pasto|cesped|arena|playa|sol|piscina|alberca|pileta|dormir|descansar|la siesta|una siesta|siesta|colchon|ver (?:la )?tele)\b"
)
_LIE_DOWN_STOPS = (
    r"(?:puente|azotea|techo|piso \d+|\d+ ?(?:piso|pisos)|(?:decimo|quinto|sexto|septimo|octavo|noveno|ultimo) piso|ventana|balcon|metro|tren|vias|edificio|barranco|precipicio|acantilado|"
    r"a morir|para morir|morirme|para acabar|acabar con|para siempre|no despertar|no volver a despertar|para no|no volver|no salir|sin salir|ahog\w*|hundir\w*|piedras?|"
    r"rio|mar|presa|lago|canal|" + _MEANS_NAMED + r")"
)

# 5. A recipe "overdosed" on salt; "i don't wanna live forever" sung.
_RECIPE_OVERDOSE = (
    r"(?:overdosed|od'?d|over dosed) (?:my|the|our|this|that|on my) (?:\w+ ){0,2}?(?:soup|cake|chili|stew|sauce|recipe|dish|cookies|bread|pasta|curry|salad|dough|batter|rice|beans|pie|"
    r"muffins|brownies|casserole|food|dinner|lunch|breakfast|coffee|tea|smoothie|marinade|brine|salsa|cupcakes|pancakes|gumbo|pot roast|roast|chicken|steak|fries|guacamole|tacos|soup pot)"
    r" (?:on|with) (?:\w+ ){0,2}?(?:salt|sugar|baking soda|baking powder|garlic|pepper|cayenne|chili|spice|spices|vinegar|cinnamon|cumin|hot sauce|lemon|butter|oil|vanilla|paprika|ginger|honey|soy sauce|nutmeg|salt and pepper)\b"
)
_RECIPE_STOPS = (
    r"(?:pills?|tablets?|meds|medication|medicine|drugs?|ketamine|xanax|opioid\w*|fentanyl|oxy\w*|tylenol|advil|ibuprofen|acetaminophen|alcohol|vodka|"
    r"not breathing|breath\w*|unresponsive|wake up|passed out|vomit\w*|throwing up|seiz\w*|blue|chest|heart|dizzy|confused|sick|hospital|911|poison|er\b|"
    r"kill myself|die|dying|suicid\w*|my (?:son|daughter|kid|baby|husband|wife|mom|dad) (?:ate|is|has))"
)
_LYRIC_NOT_LIVE = r"(?:i )?(?:do not|dont|don't) (?:want to|wanna) live forever"
_SONG_MARK = r"(?:[\"\u201c\u201d\U0001F3B6\U0001F3B5\U0001F3A4\U0001F3A7]|\b(?:song|songs|lyric|lyrics|singing|sing|sang|sings|playlist|radio|stuck in my head|on repeat|karaoke|album|track|zayn|taylor swift|spotify|cancion)\b)"
_LYRIC_STOPS = (
    r"(?:not want to live(?! forever)|at all|anymore|want to die|wanna die|be dead|tonight|goodbye|not joking|not kidding|i mean it|"
    r"seriously|for real|honestly|literally|actually|plan\b|" + _MEANS_NAMED + r")"
)

# 6. A clinical case for an exam or a class listing overdose or emergency signs: Spanish markers of
# such a case, read only at the start of a message that names no one of the writer's, no "now",
# no 911 (phrases.STUDY_MARKERS takes it).
_CASE_FOR_CLASS = r"(?:caso clinico|caso de estudio|casos clinicos|diagnostico diferencial|para el examen|para mi examen|case study|clinical case|nclex)"
_CASE_STOPS = (
    r"(?:mi|mis|my|our|nuestr[oa]|ahora|right now|now|911|hoy|today|tonight|esta noche|ayuda|help|ayudenme|"
    r"yo|me|i|im|quiero|want|wanna|suicid\w*|matarme|morirme|kill myself|end it|ya no|"
    r"mama|mami|papa|papi|hermano|hermana|hijo|hija|esposo|esposa|novio|novia|abuela|abuelo|tio|tia|primo|prima|amigo|amiga|roommate|"
    r"mom|dad|brother|sister|son|daughter|husband|wife|boyfriend|girlfriend|grandma|grandpa|friend)"
)
STUDY_CASE_MARKER = rf"(?<![\s\S])(?![\s\S]*\b{_CASE_STOPS}\b)(?=[\s\S]{{0,40}}?\b{_CASE_FOR_CLASS}\b)\w+"

# 7. A poisoning or swallowing told as past and resolved: months or years ago, the ER, fine now,
# then a clinic question.
_LONG_AGO = (
    r"(?:hace (?:un|una|dos|tres|cuatro|cinco|seis|unos|unas|varios|varias|muchos|\d+) (?:mes|meses|ano|anos|semana|semanas)|hace anos|hace tiempo|"
    r"last (?:month|year|summer|winter|spring|fall)|(?:a|one|two|three|four|five|six|several|many|\d+) (?:months?|years?|weeks?) ago|years ago|el ano pasado|el mes pasado)"
)
_TO_THE_ER = r"(?:urgencias|emergencias|emergency|hospital|the er|to er|er checked|poison control|toxicolog\w*|pediatra|pediatrician|al doctor|al medico)"
_FINE_AGAIN = (
    r"(?:ya esta bien|esta bien|estan bien|salio bien|quedo bien|no le paso nada|no paso nada|ya se recupero|se recupero|"
    r"(?:the )?doctors? said (?:he|she|they|it) (?:is|was|are|were) (?:fine|ok|okay)|(?:he|she|they) (?:is|are|was|were) (?:totally |completely |perfectly )?(?:fine|ok|okay)|"
    r"(?:he|she|they) recovered|fully recovered|no harm)"
)
_PAST_EVENT_RESOLVED = rf"[^.?!]{{0,80}}?\b{_LONG_AGO}\b[^.?!]{{0,120}}?\b{_TO_THE_ER}\b[^?!]{{0,100}}?\b{_FINE_AGAIN}\b"
_PAST_EVENT_STOPS = (
    r"(?:otra vez|de nuevo|again|another|hoy|today|tonight|esta noche|this morning|esta manana|right now|ahora mismo|ahorita|just now|acaba de|acabo de|just (?:swallowed|drank|ate|took)|"
    r"todavia|sigue|still|vomit\w*|throwing up|no respira|not breathing|unresponsive|no despierta|no responde|dolor|pain|sangr\w*|blood|bleed\w*|fiebre|fever|convuls\w*|seiz\w*|"
    r"morad\w*|azul|blue|drool\w*|babea|can not swallow|no puede tragar|" + _IN_EARNEST + r")"
)

# 8. A numb mouth hours after the dentist's anesthesia, asked "is this normal".
_NUMB_PART = r"(?:boca|labio|labios|lengua|cara|media cara|mejilla|cachete|encia|encias|mandibula|mouth|lip|lips|tongue|face|half my face|cheek|gums?|jaw|chin|barbilla)"
_NUMB = r"(?:dormid[oa]s?|adormecid[oa]s?|entumid[oa]s?|entumecid[oa]s?|numb|tingly|tingling|hormigue\w*)"
_DENTIST = r"(?:dentista|dentist|dentista\w*|dental|anestesia|anesthesia|anesthetic|anestesico|novocaine|novocain|lidocaine|lidocaina|muela|wisdom tooth|wisdom teeth|filling|root canal|empaste|endodoncia|extraccion|resina|calza)"
_DENTAL_NUMB = (
    rf"{_DENTIST}\b[^?]{{0,100}}?\b{_NUMB_PART}\b[^.?!]{{0,30}}?\b{_NUMB}\b|{_NUMB_PART}\b[^.?!]{{0,30}}?\b{_NUMB}\b[^?]{{0,100}}?\b{_DENTIST}\b"
)
_DENTAL_STOPS = (
    r"(?:breath\w*|respir\w*|swallow\w*|tragar|trago|swell\w*|hinch\w*|inflam\w*|throat|garganta|chest|pecho|can not talk|no puedo hablar|no puede hablar|slurr\w*|arrastr\w*|"
    r"arm|brazo|leg|pierna|droop\w*|caida|torcid\w*|weak\w*|debil\w*|confus\w*|vision|dizzy|mare\w*|stroke|derrame|embolia|un lado del cuerpo|one side of (?:my|his|her) body|"
    r"hives|ronchas|rash|bleed\w*|sangr\w*|fiebre|fever|faint\w*|desmay\w*|pass(?:ed)? out|right now|ahora mismo)"
)

_ROUND_31 = [
    # 1. "me quiero morir jaja" at a trivial cause or beside a clinic question
    (_filter(_JOKE_DEATH_TRIVIAL), _RISK_BESIDE_A_JOKE, _LAUGHTER_MARK),
    # 2. "mi esposo me va a matar cuando vea la cuenta"
    (_filter(_OTHER_WILL_KILL_ME), _VIOLENCE_OR_FEAR, None),
    # 3. "casi me muero del calor en el techo, pero ya estoy bien"
    (_filter(_HEAT_RESOLVED), _HEAT_STOPS + "|" + _RISK_BESIDE_A_JOKE, None),
    # 4. "me voy a tirar en la cama"
    (_filter(_LIE_DOWN), _LIE_DOWN_STOPS + "|" + _RISK_BESIDE_A_JOKE, None),
    # 5. a recipe overdosed on salt; a song's "i don't wanna live forever"
    (_filter(_RECIPE_OVERDOSE), _RECIPE_STOPS, None),
    (_filter(_LYRIC_NOT_LIVE), _LYRIC_STOPS, _SONG_MARK),
    # 7. a past swallowing, the ER, fine now, a clinic question
    (_filter(_PAST_EVENT_RESOLVED), _PAST_EVENT_STOPS + "|" + _MEANS_NAMED, r"\?"),
    # 8. a numb mouth after the dentist, "is this normal"
    (_filter(_DENTAL_NUMB), _DENTAL_STOPS, r"es normal|is (?:this|that|it) normal|normal\?|how long|cuanto (?:tarda|dura)|cuando se (?:quita|pasa)"),
]
# Filter index -> stops read over the whole message (outside quotes for none: a stop in quotes
# still stops); index -> words the whole message must hold.
# (both dicts are created in round 32's section above; round 31's filters are added to them)
_add_whole_message_filters(_ROUND_31)

# --- round 32's look-alikes (English) ---
# Declared like round 31's: (filter, stops read over the whole message, a mark the message must
# hold or None). Each also gives way to a danger told now (STOPPED_AT_PRESENT_DANGER, below).
_OWN_WISH_32 = (
    r"kill myself|killing myself|end it|end my life|suicid\w*|want to die|wanna die|wish i (?:was|were) dead|better off dead|better off without me|"
    r"do not want to (?:live|be here|wake up)|matarme|suicidarme|quitarme la vida|quiero morir\w*|me quiero morir|no quiero (?:vivir|despertar)|acabar con todo"
)
_NOW_32 = r"right now|ahora mismo|ahorita|just now|as we speak|en este momento"

# 1. A pet's emergency, over or handled by the vet, then a clinic question ("our dog drank antifreeze,
# the vet treated him and he is fine, can i move my session?"). Stops: a person of the writer's or
# the writer in it too, the pet's signs going on, the writer's own wish.
_PET_32 = (
    r"(?:cat|cats|kitten|kitty|dog|dogs|puppy|pup|pet|pets|rabbit|bunny|hamster|parrot|ferret|guinea pig|"
    r"perro|perra|perrito|perrita|perros|gato|gata|gatito|gatita|gatos|mascota|cachorro|cachorrita|cachorrito|conejo|perico|loro|huron)"
)
_VET_32 = r"(?:vet|vets|veterinarian|veterinary|animal hospital|animal er|emergency vet|veterinari[oa]s?|veterinaria|vete)"
_PET_OK_32 = (
    r"(?:fine|ok|okay|alright|all right|better|stable|recovered|recovering|home|back home|out of danger|out of the woods|"
    r"bien|mejor|estable|se recupero|recuperad[oa]|fuera de peligro|en casa)"
)
_PET_OVER_32 = r"(?:(?:it|the seizure|the fit|that) (?:stopped|passed|ended|was over)|(?:ya )?se le (?:paso|quito)|ya paso|dejo de convulsionar)"
_WHOSE_32 = r"(?:my|our|the|his|her|their|mi|mis|nuestro|nuestra|nuestros|el|la|los|las)"
_PET_HANDLED = (
    rf"{_WHOSE_32} (?:\w+ )?{_PET_32}\b[^?]{{0,200}}?\b(?:{_VET_32}\b[^?]{{0,80}}?\b{_PET_OK_32}|{_PET_OVER_32})\b|"
    rf"{_VET_32}\b[^?]{{0,80}}?\b{_WHOSE_32} (?:\w+ )?{_PET_32}\b[^?]{{0,40}}?\b{_PET_OK_32}\b[^?]{{0,120}}"
)
_PET_STOPS = (
    r"(?:son|daughter|kid|kids|child|children|baby|toddler|husband|wife|partner|boyfriend|girlfriend|mom|mother|dad|father|brother|sister|"
    r"grandma|grandpa|grandmother|grandfather|friend|roommate|hijo|hija|hijos|hijas|nino|nina|ninos|bebe|esposo|esposa|marido|pareja|novio|novia|"
    r"mama|mami|papa|papi|hermano|hermana|abuela|abuelo|amigo|amiga|companero|companera|"
    r"i (?:also |too )?(?:drank|took|swallowed|ate|overdosed|had a seizure|collapsed|passed out|fainted)|me too|yo tambien|"
    r"me (?:tome|trague|desmaye|dio una convulsion)|again|otra vez|de nuevo|still (?:seizing|having|not breathing|unresponsive)|"
    r"sigue (?:convulsionando|sin respirar)|not breathing|no respira|unresponsive|no responde|" + _NOW_32 + "|" + _OWN_WISH_32 + ")"
)
_CLINIC_ASK_32 = (
    r"\?|\b(?:appointment|session|infusion|reschedule|book|booking|cancel|cita|sesion|infusion|reprogramar|cambiar mi cita|agendar|cancelar)\b"
)

# 2. Sports talk: a coach that "overdosed him on carries", a player that "overdosed on minutes", a
# player who is "dead weight". Stops: a drug or body sign, the writer's own wish.
_WORKLOAD_32 = (
    r"(?:carries|snaps|touches|targets|minutes|reps|pitches|innings|shots|at bats|rushes|attempts|passes|throws|workload|playing time|"
    r"usage|possessions|threes|three pointers|field goals|volume|laps|sets|minutos|acarreos|lanzamientos|entradas)"
)
_PLAYER_32 = (
    r"(?:qb|quarterback|running back|rb|wr|wide receiver|receiver|tight end|kicker|pitcher|closer|bullpen|goalie|keeper|striker|"
    r"point guard|center|forward|defense|offense|lineup|roster|bench|rotation|starter|rookie|player|team|squad|franchise|coach)"
)
_SPORTS_DEATH = (
    rf"(?:overdosed|overdosing|overdose|overdoses|over dosed) (?:(?:him|her|them|the \w+|our \w+|my \w+|their \w+|his \w+) )?on (?:\w+ )?{_WORKLOAD_32}\b|"
    rf"(?:my|our|the|their|this|that) (?:\w+ )?{_PLAYER_32} (?:is|are|was|were|has been|have been) (?:\w+ )?dead weight\b"
)
_SPORTS_STOPS = (
    r"(?:pills?|drugs?|fentanyl|opioid\w*|oxy\w*|heroin|cocaine|alcohol|ketamine|xanax|not breathing|unresponsive|blue|seiz\w*|collaps\w*|"
    r"passed out|hospital|911|ambulance|chest|heart|cardiac|cpr|" + _NOW_32 + "|" + _OWN_WISH_32 + ")"
)

# 3. Theatre, film, rehearsal: a character's potion, a collapse or "stops breathing" played on
# stage; how it should look "for the stage"; an audience member who called 911 because it looked
# real. The sentence names the stage; the message must say it is played (a character, for the
# scene, looked real). Stops: it was not acting, someone still down, the writer's own wish.
_STAGE_32 = (
    r"(?:on stage|onstage|on the stage|the stage|rehearsal|rehearsals|rehearsing|the play|our play|a play|school play|the musical|our musical|"
    r"theatre|theater|drama class|my character|his character|her character|their character|my role|death scene|"
    r"(?:for|in|during) (?:the|this|my|our|that) scene|the audience|audience member|short film|student film|film shoot|on set|"
    r"en el escenario|sobre el escenario|el escenario|en (?:el|los) ensayos?|ensayando|la obra|obra de teatro|el teatro|mi personaje|el personaje|"
    r"su personaje|la escena|en escena|el publico|del publico|rodaje|cortometraje|(?:for|in) (?:the|this|my|our|a) (?:film|movie|short film|shoot))"
)
_STAGED = rf"[^.?!]{{0,140}}?\b{_STAGE_32}\b[^.?!]{{0,140}}"
_PLAYED_MARK_32 = (
    r"\b(?:my character|his character|her character|their character|playing (?:a|an|the) \w+|my role|my part|"
    r"for (?:the|this|my|our) (?:stage|scene|play|role|part|show|film|movie|audition)|the script|stage combat|stage blood|fake blood|props?|"
    r"looked (?:so |too |very |really )?real|look (?:real|realistic|convincing|believable)|make it look|act(?:ing)? (?:like|as if)|"
    r"pretend\w*|death scene|in character|on cue|thought it was real|thought (?:the \w+|he|she|it|they|i) (?:had |was |were )?(?:really|actually)|mi personaje|su personaje|el personaje|para la (?:escena|obra)|"
    r"parecia real|se veia real|se vea real|creible|realista|actuar|actuando|fingir|fingiendo)\b"
)
_STAGE_STOPS = (
    r"(?:not part of|was not (?:acting|pretending|fake)|were not (?:acting|pretending)|really (?:is|was) (?:hurt|unconscious|not breathing)|"
    r"it was real|was real|for real|not (?:an act|acting)|real (?:pills|drugs|poison|knife|gun)|swapped|by accident|accidentally|"
    r"in real life|irl|en la vida real|no era (?:parte|actuado|actuacion)|no estaba (?:actuando|fingiendo)|era real|de verdad|en serio|"
    r"por accidente|still|sigue|todavia|is not breathing|i (?:just |also |then )?(?:took|swallowed|drank|cut)|me (?:tome|trague|corte)|"
    r"do (?:it|the same|that)|hacer lo mismo|tonight|esta noche|pills|pastillas|video game|videojuego|game|juego|not waking|unresponsive|turning blue|no respira|no despierta|"
    r"(?:we|i) (?:called|call|am calling|are calling) 911|call 911|llam(?:e|amos) al 911|hospital|ambulance|ambulancia|paramedics|paramedicos|"
    + _NOW_32 + "|" + _OWN_WISH_32 + ")"
)

# 4. A dream of overdosing or dying, then a question about strange dreams as a side effect. Stops:
# a wish, a plan or signs now on waking, the writer's own wish.
_DREAMED = (
    r"(?:had (?:a|this|the same) (?:dream|nightmare)|have (?:had )?(?:dreams|nightmares)|dreamed|dreamt|dreaming|in my dream|"
    r"a (?:dream|nightmare) (?:that|where|in which|about)|sone|sonaba|sonando|tuve un sueno|tuve una pesadilla|una pesadilla|en mi sueno|en el sueno)"
)
_DREAM_32 = rf"{_DREAMED}\b[^.?!]{{0,120}}"
_DREAM_STOPS = (
    r"(?:wish (?:it|i)|wished|did not want to wake|want it to be real|tempted|thinking about (?:it|doing)|plan\w*|tonight|esta noche|"
    r"the pills|my pills|stockpil\w*|gun|rope|noose|knife|blade|can not breathe|cannot breathe|no puedo respirar|chest pain|dolor de pecho|"
    r"woke up (?:and )?(?:took|swallowed|cut|had|could not)|ojala|quisiera|ganas de|" + _NOW_32 + "|" + _OWN_WISH_32 + ")"
)

# 5. "Hopeless with apps / technology / directions / cooking": a trivial skill, with an apology or a
# booking. Stops: hopelessness about life, the writer's own wish or means.
_TRIVIAL_SKILL_32 = (
    r"(?:apps?|technology|tech|computers?|phones?|smartphones?|directions|maps|navigation|cooking|baking|math|numbers|names|dates|"
    r"online forms|forms|websites?|portals?|emails?|the internet|gadgets|typing|texting|spelling|paperwork|calendars?|scheduling|parking|"
    r"driving|zoom|video calls|passwords|time zones|computadoras?|celulares?|la tecnologia|las apps|aplicaciones)"
)
_HOPELESS_AT = (
    rf"(?:hopeless|a lost cause|un caso perdido) (?:with|at|when it comes to|about|con|para) (?:\w+ ){{0,2}}?{_TRIVIAL_SKILL_32}\b|"
    rf"{_TRIVIAL_SKILL_32}\b[^.?!]{{0,20}}?\b(?:i am|i have always been|i was) (?:\w+ )?hopeless\b"
)
_HOPELESS_STOPS = (
    r"(?:feel hopeless|feeling hopeless|felt hopeless|hopeless about (?:my|the|everything|life|the future)|life is hopeless|everything is hopeless|"
    r"hopeless and|no point|no reason to live|give up|giving up|worthless|burden|can not go on|no hope|sin esperanza|no tiene sentido|"
    r"pills|gun|rope|noose|knife|" + _NOW_32 + "|" + _OWN_WISH_32 + ")"
)
_APOLOGY_OR_BOOKING_32 = (
    r"\b(?:sorry|apolog\w*|excuse|forgive|my bad|lol|haha\w*|book\w*|appointment|schedul\w*|reschedul\w*|session|perdon|disculp\w*|cita|reserv\w*)\b"
)

# 6. Self-harm or an attempt when young, none for years, asked about a form or eligibility
# ("cuando tenia 17 me cortaba, hace anos que no, lo pongo en el formulario?"). Stops: again,
# lately, an urge now, the writer's own wish.
_WHEN_YOUNG_32 = (
    r"(?:cuando (?:tenia|era)|when i was|at|as a (?:teen|teenager|kid)|in (?:high school|college|my teens|my twenties)|a los|de (?:adolescente|joven|nina|nino|chic[oa])|"
    r"en (?:la )?(?:prepa|preparatoria|secundaria|universidad|adolescencia))"
)
_OLD_HARM_32 = (
    r"(?:me cortaba|me corte|me lastimaba|me hacia dano|me autolesionaba|intente (?:suicidarme|matarme|quitarme la vida)|"
    r"i (?:used to )?cut(?: myself)?|i used to self[- ]?harm|i self[- ]?harmed|i (?:tried|attempted) (?:to kill myself|suicide)|attempted suicide)"
)
_YOUNG_HARM = (
    rf"{_WHEN_YOUNG_32} [^.?!]{{0,40}}?\b{_OLD_HARM_32}\b[^.?!]{{0,60}}|"
    rf"{_OLD_HARM_32}\b[^.?!]{{0,30}}?\b{_WHEN_YOUNG_32}\b[^.?!]{{0,60}}"
)
_LONG_SINCE_32 = (
    r"(?:hace (?:\w+ )?(?:anos|mucho(?: tiempo)?) que no|no lo hago desde hace|desde hace (?:\w+ )?anos|llevo (?:\w+ )?anos sin|ya no lo hago|"
    r"years (?:ago|clean|free|since|without)|(?:have not|had not|not) (?:since|in (?:\w+ )?years|for (?:\w+ )?years)|"
    r"stable|estable|recovered|recuperad[oa])"
)
_FORM_ASK_32 = (
    r"(?:form|forms|intake|questionnaire|paperwork|disqualif\w*|eligib\w*|rule me out|candidate|still qualify|formulario|cuestionario|"
    r"papeles|expediente|historial|descalific\w*|candidat[oa]|elegible|me aceptan|puedo recibir)"
)
_YOUNG_HARM_STOPS = (
    r"(?:again|otra vez|de nuevo|relaps\w*|reca\w*|volvi a|started (?:again|cutting)|lately|recently|ultimamente|last (?:week|night|month)|"
    r"la semana pasada|anoche|ayer|yesterday|this week|esta semana|today|hoy|tonight|esta noche|urges?|ganas de|want to (?:cut|die)|"
    r"quiero (?:cortarme|morir\w*)|i am cutting|me estoy cortando|fresh|frescas?|new cuts?|cortes nuevos|bleed\w*|sangr\w*|"
    r"kill myself|want to die|wanna die|matarme|" + _NOW_32 + ")"
)

# 7. Free naloxone from the pharmacist with an opioid refill, "do i still need it": preparedness.
# Stops: someone overdosing or down now, having had to use it, the writer's own wish.
_NALOXONE_32 = r"(?:narcan|naloxone|naloxona|kloxxado|zimhi)"
_PHARMACY_GAVE_NALOXONE = (
    rf"(?:pharmacist|pharmacy|pharmacist's|farmaceutic[oa]|farmacia|la farmacia)\b[^.?!]{{0,40}}?\b"
    rf"(?:gave|handed|gives|offered|included|threw in|sent me home with|dio|dieron|regalo|regalaron|entrego|incluyo)\b[^.?!]{{0,30}}?\b{_NALOXONE_32}\b[^.?!]{{0,80}}|"
    rf"(?:got|received|recibi|me dieron|me regalaron) (?:a |an |some |un |una )?(?:free |gratis )?(?:\w+ )?{_NALOXONE_32}\b[^.?!]{{0,20}}?\b"
    rf"(?:from|at|de|en) (?:the |my |la |mi )?(?:pharmacist|pharmacy|farmaceutic[oa]|farmacia)\b[^.?!]{{0,80}}|"
    rf"{_NALOXONE_32} (?:gratis|free)\b[^.?!]{{0,20}}?\b(?:en|at) (?:la |the )?(?:farmacia|pharmacy)\b[^.?!]{{0,80}}"
)
_NALOXONE_STOPS = (
    r"(?:not breathing|no respira|unresponsive|no responde|will not wake|can not wake|no despierta|blue|azul|morad\w*|overdosed|overdosing|"
    r"sobredosis ahora|se paso|took too (?:many|much)|double dose|used it|had to use|lo use|le puse|le di|pinpoint|passed out|nodding|snoring|gurgl\w*|"
    r"all of them|todas|" + _NOW_32 + "|" + _OWN_WISH_32.replace("want to die|wanna die|", "") + ")"
)

# 8. "i wanna die haha joke lang / joke only / char" (Taglish or English) with a job question. Stops:
# a means, a farewell, a time or a plan, words in earnest (round 31's), "seryoso", "totoo".
_JEST_DEATH_32 = (
    r"(?:i (?:want to|wanna) die|i am going to die|gusto ko (?:na )?(?:mamatay|mamatay na)|"
    r"mamatay na (?:ako|lang ako)|sana mamatay na ako)\b[^.?!]{0,30}?"
    r"\b(?:joke lang|joke only|jk lang|jk only|biro lang|char|charot|charr+|chariz|charing|chos|chz|joke joke|de joke)\b"
)
_JEST_STOPS = (
    _RISK_BESIDE_A_JOKE[:-1] + r"|seryoso|seryosong|totoo|hindi (?:joke|biro)|di joke|not a joke|half joking|half-joking|kinda serious|but really|pero totoo)"
)
_JOB_ASK_32 = (
    r"\?|\b(?:hiring|hire|job|jobs|apply|application|applications|position|opening|openings|vacancy|vacancies|resume|cv|requirements|"
    r"work|career|careers|receptionist|nurse|trabajo|empleo|vacante)\b"
)

_ROUND_32_EN = [
    # 1. a pet's seizure over, a pet's swallowing the vet handled, then a clinic question
    (_filter(_PET_HANDLED), _PET_STOPS, _CLINIC_ASK_32),
    # 2. sports: "overdosed him on carries", "our bullpen is dead weight"
    (_filter(_SPORTS_DEATH), _SPORTS_STOPS, None),
    # 3. a collapse, a potion, "stops breathing" played on a stage or for a scene
    (_filter(_STAGED), _STAGE_STOPS, _PLAYED_MARK_32),
    # 4. a dream of overdosing or dying, then a side-effect question
    (_filter(_DREAM_32), _DREAM_STOPS, r"\?|side effect|efecto secundario|normal\b"),
    # 5. hopeless with apps or directions, sorry about the booking
    (_filter(_HOPELESS_AT), _HOPELESS_STOPS, _APOLOGY_OR_BOOKING_32),
    # 6. self-harm when young, none for years, asked about a form
    (_filter(_YOUNG_HARM), _YOUNG_HARM_STOPS,
     rf"(?<![\s\S])(?=[\s\S]*\b{_LONG_SINCE_32}\b)(?=[\s\S]*\b{_FORM_ASK_32}\b)"),
    # 7. free naloxone with an opioid refill, "do i still need it"
    (_filter(_PHARMACY_GAVE_NALOXONE), _NALOXONE_STOPS, None),
    # 8. "i wanna die haha joke lang" with a job question
    (_filter(_JEST_DEATH_32), _JEST_STOPS, _JOB_ASK_32),
]
_add_whole_message_filters(_ROUND_32_EN)

# --- domestic violence's look-alikes (phrases.VIOLENCE) -------------------------------------
# "me va a matar si ..." (the idiom above) is no idiom beside violence or fear ("me pego y me va
# a matar si llego tarde"): its stops are round 31's _VIOLENCE_OR_FEAR, read over the whole message.
# (not its "en serio", "de verdad": "¿son 2 horas de verdad?" asks about the visit)
_add_stops(_KILL_ME_IF, _VIOLENCE_31, stop_at_present_danger=True)
# A relative or a boss who "me va a ahorcar / matar" over being late or missing a dinner is round
# 31's filter 2 (_OTHER_WILL_KILL_ME, with the hanging verb and lateness among its trivial matters).
# A game or story character stabbed, shot or beaten: kept apart from round 23's game filter, whose
# game words include "in the game" (this one must not take "in the game room") and which judges
# a span rather than the whole message. It gives way to violence or fear told anywhere in the
# message (round 31's _VIOLENCE_OR_FEAR), to someone of the writer's own hurt, blood, a hospital
# or 911, and, like round 31's, to a danger told now.
_STORY_CHARACTER = (
    r"(?:my character|mi personaje|his character|her character|the character|el personaje|npc|respawn\w*|reapare\w*|fortnite|minecraft|roblox|valorant|"
    r"warzone|elden ring|call of duty|gta|boss fight|plot twist|cutscene|side quest|the campaign|la campana del juego)"
)
_GAME_ATTACK = (
    rf"{_STORY_CHARACTER}\b[^.?!]{{0,60}}?\b(?:got |get |gets )?(?:stabbed|shot|beaten|beat up|choked|strangled|apunalad[oa]|balead[oa]|le dispararon)\b|"
    rf"(?:got |get |gets )?(?:stabbed|shot|beaten|beat up|choked|strangled|apunalad[oa]|balead[oa])\b[^.?!]{{0,60}}?\b{_STORY_CHARACTER}"
)
_HURT_FOR_REAL = (
    r"(?:bleed\w*|blood|sangr\w*|hospital|ambulance|ambulancia|911|er\b|emergencias|stabbed me|shot me|me (?:apunalo|dispararon|disparo)|"
    r"for real|in real life|en la vida real|de verdad)"
)
_add_whole_message_filters([(_filter(_GAME_ATTACK), _VIOLENCE_OR_FEAR + "|" + _HURT_FOR_REAL, None)])

# --- round 33's look-alikes (helper b) -------------------------------------------------------
# Declared like round 32's: (filter, stops read over the whole message, a mark the message must
# hold or None); each also gives way to a danger told now (STOPPED_AT_PRESENT_DANGER).

# 1. A relative's suicide decades ago ("my grandfather took his own life in the 70s", "mi tio se
# quito la vida hace muchos anos"), told to ask about heredity, family risk or worry for one's
# children. The message must date it long ago and ask about family risk. Stops: the writer's own
# wish, plan or means now, doing the same, earnest words (round 32's, suicide named left out:
# the relative's suicide is itself named).
_RELATIVE_33 = (
    r"(?:grandfather|grandpa|granddad|grandmother|grandma|granny|great[- ]?(?:grand)?(?:father|mother|uncle|aunt|grandpa|grandma)|"
    r"great[- ]?grandparent|grandparent|uncle|aunt|auntie|cousin|father|dad|mother|mom|brother|sister|relative|ancestor|"
    r"abuelo|abuela|abuelito|abuelita|bisabuelo|bisabuela|tatarabuel[oa]|tio abuelo|tia abuela|tio|tia|primo|prima|papa|padre|mama|madre|"
    r"hermano|hermana|pariente|familiar)"
)
_RELATIVE_SUICIDE_33 = (
    r"(?:took|take) (?:his|her|their) (?:own )?li(?:fe|ves)|ended (?:his|her|their) (?:own )?li(?:fe|ves)|killed (?:himself|herself|themselves)|"
    r"(?:committed|completed|died by|died of|died from|lost (?:him|her|them) to) suicide|shot (?:himself|herself)|hanged (?:himself|herself)|hung (?:himself|herself)|"
    r"se quito la vida|se quitaron la vida|se suicido|se suicidaron|se mato|se ahorco|se colgo|se disparo|se dio un tiro|"
    r"(?:murio|fallecio) (?:por|de) suicidio|cometio suicidio|lo perdimos por suicidio"
)
_LONG_AGO_33 = (
    r"in the (?:19)?[1-9]0'?s|in the '[1-9]0s|in the (?:fifties|sixties|seventies|eighties|nineties|forties|thirties)|in 19\d\d|back in (?:19)?\d\d|"
    r"(?:decades|many years|years and years|\d+ years|(?:twenty|thirty|forty|fifty|sixty) (?:some )?years|a long time|long) ago|"
    r"(?:long )?before i was born|when i was (?:a (?:baby|kid|child|toddler|boy|girl)|little|small|young|\d+)|"
    r"when my (?:dad|mom|father|mother|mum) was (?:a (?:boy|girl|kid|child|teen\w*)|little|young|small|\d+)|"
    r"hace (?:ya )?(?:muchos|varios|tantos|mas de \d+|como \d+|unos \d+|\d+|mas de (?:veinte|treinta|cuarenta|cincuenta)|(?:veinte|treinta|cuarenta|cincuenta)) (?:anos|decadas)|"
    r"hace (?:decadas|mucho(?: tiempo)?|muchisimo)|en los (?:anos )?(?:'?[1-9]0s?|19[1-9]0s?|cincuenta|sesenta|setenta|ochenta|noventa|cuarenta|treinta)|"
    r"en (?:el )?(?:ano )?19\d\d|antes de que yo naciera|antes de nacer yo|cuando yo (?:era|tenia) (?:un )?(?:bebe|nin[oa]|chic[oa]|pequen[oa]|chiquit[oa]|\d+)|"
    r"cuando mi (?:papa|mama|padre|madre) (?:era|tenia) (?:un |una )?(?:nin[oa]|chic[oa]|joven|pequen[oa]|adolescente|\d+)"
)
_RELATIVE_LONG_AGO_33 = rf"{_RELATIVE_33}\b[^.?!]{{0,60}}?\b(?:{_RELATIVE_SUICIDE_33})\b[^.?!]{{0,100}}"
_FAMILY_RISK_33 = (
    r"hereditar\w*|heredit\w*|inherit\w*|genetic\w*|genes?|dna|runs? in (?:the |my |our )?famil\w*|family history|family risk|famil\w* link|"
    r"(?:higher|more|increased|extra|greater|bigger) risk|at risk|my risk|(?:raise|raises|increase|increases) (?:my|the|our) (?:\w+ )?risk|predispos\w*|"
    r"pass(?:ed)? (?:it )?(?:on|down)|my (?:kids|children|son|sons|daughter|daughters|grandkids|grandchildren|baby|babies)|our (?:kids|children)|"
    r"se hereda|hereda\w*|genetic[oa]|genes?|viene de familia|corre en la familia|en la familia|antecedentes|historial familiar|historia familiar|"
    r"(?:mas|mayor) riesgo|riesgo|predisposic\w*|mis (?:hijos|hijas|nietos|ninos)|mi (?:hijo|hija|bebe)|se transmite|transmit\w*|en la sangre|in (?:my|the) blood"
)
_RELATIVE_MARK_33 = rf"(?<![\s\S])(?=[\s\S]*\b(?:{_LONG_AGO_33}))(?=[\s\S]*\b(?:{_FAMILY_RISK_33})\b)"
_RELATIVE_STOPS_33 = (
    r"(?:same as (?:him|her|them)|like (?:he|she|they) did|what (?:he|she|they) did|follow (?:him|her|them)|join (?:him|her|them)|"
    r"(?:his|her|their) footsteps|i (?:have been|keep|am|was) thinking (?:about|of) (?:it|doing|ending|suicide|dying)|thinking about it (?:too|myself)|"
    r"i think about (?:it|suicide|dying|doing)|i (?:have|had) thought about (?:it|suicide|doing)|think(?:ing)? of doing|i want to (?:do|go)|"
    r"yo tambien (?:lo )?(?:pienso|quiero|he pensado)|he pensado en (?:hacer|eso|lo mismo|matarme|quitarme)|pienso en (?:hacer|eso|lo mismo|matarme)|"
    r"como (?:el|ella|ellos) lo hizo|lo que (?:el|ella|ellos) hizo|seguir(?:le)? (?:sus|los) pasos|irme (?:con|como) (?:el|ella)|"
    + _EARNEST_32_NOT_LETTER + ")"
)

# 2. The Spanish joke "pensando en matarme... de la risa" / "me mato de la risa" with an ordinary
# question after (insurance, hours). The laughter, an interjection between ("matarme jaja de la
# risa"), is what one dies of. Needs a question. Stops: earnest words ("en serio", "no es broma"),
# the writer's own plan or means; the killing words before "de la risa" are no stop.
_LAUGH_BETWEEN_33 = r"[^a-z]{0,12}(?:(?:ja\w*|je\w*|js\w*|lol|xd+|jiji\w*)[^a-z]{0,6}){0,3}(?:de|del|con|por) (?:la |tanta |pura |puritita )?risa\b"
_KILL_MYSELF_LAUGHING_33 = (
    r"(?:(?:estaba|estoy|estuve|ando|andaba|sigo|me (?:quede|puse)) )?(?:pensando en|pense en|pensaba en|penso en|quiero|queria|quisiera|voy a|iba a|"
    r"casi|por poco|a punto de|me van a|me vas a|me va a)?\s*"
    r"(?:matarme|morirme|me (?:mato|muero|mori|moria|estoy matando|estoy muriendo|voy a matar|voy a morir|quiero matar|quiero morir|iba a matar|iba a morir)|"
    r"me (?:va|van|vas) a matar|me matan|me mataron|me mataste)" + _LAUGH_BETWEEN_33
)
_NOT_LAUGHING_33 = r"(?!(?:me|se|te)?" + _LAUGH_BETWEEN_33 + ")"
_LAUGH_STOPS_33 = (
    r"(?:en serio|no es broma|no estoy bromeando|no bromeo|ya en serio|pero en serio|hablando en serio|lo digo en serio|de verdad|neta|"
    r"not joking|not kidding|seriously|for real|i mean it|" + _EARNEST_32 + ")" + r"\b" + _NOT_LAUGHING_33
)
_ORDINARY_ASK_33 = (
    r"\?|\b(?:seguro|aseguranza|insurance|horario|horarios|a que hora|abren|cierran|cuanto cuesta|precio|costo|cita|citas|consulta|sesion|"
    r"infusion|ketamina|spravato|direccion|donde (?:estan|quedan)|aceptan|tienen|pregunta)\b"
)

# 5. (DIET's class, the detector's word) nerve pain told as an electric shock in the face, a
# "corrientazo" of trigeminal neuralgia: the message names the nerve or the neuralgia. Stops: a
# cable, a plug or a socket, lightning, a burn, a faint, the writer's own wish.
_FACE_SHOCK_33 = (
    r"(?:corrientazos?|toques? electricos?|descargas? electricas?|electric(?:al)? shocks?|shocks?|zaps?|jolts?)\b[^.?!]{0,40}?\b"
    r"(?:en|de|por|in|on|along|through|across) (?:la |el |las |los |mi |my |the |one side of (?:my |the )?)?"
    r"(?:cara|rostro|mejilla|mejillas|quijada|mandibula|encia|dientes|muela|labio|frente|ojo|sien|face|cheek|jaw|teeth|gums?|lip|forehead|eye|temple)"
)
_NERVE_PAIN_MARK_33 = r"\b(?:trigemin\w*|neuralgi\w*|nervio\w*|nerve|tegretol|carbamazepin\w*|oxcarbazepin\w*|gabapentin\w*)"
_FACE_SHOCK_STOPS_33 = (
    r"(?:cable\w*|enchufe|contacto|tomacorriente|toma de corriente|outlet|socket|wire|wires|power line|electrocut\w*|electrocuc\w*|rayo|lightning|"
    r"quemad\w*|burn\w*|desmay\w*|faint\w*|passed out|inconsciente|unconscious|no respira|not breathing|" + _OWN_WISH_32 + ")"
)

_ROUND_33_B = [
    # 1. a relative's suicide decades ago, asked about heredity or one's children
    (_filter(_RELATIVE_LONG_AGO_33), _RELATIVE_STOPS_33, _RELATIVE_MARK_33),
    # 2. "pensando en matarme... de la risa", then an ordinary question
    (_filter(_KILL_MYSELF_LAUGHING_33), _LAUGH_STOPS_33, _ORDINARY_ASK_33),
    # 5. a "corrientazo" in the face of trigeminal neuralgia
    (_filter(_FACE_SHOCK_33), _FACE_SHOCK_STOPS_33, _NERVE_PAIN_MARK_33),
]
_add_whole_message_filters(_ROUND_33_B)

# --- round 33: a farewell message from someone who then "no contesta" -------------------------
# "mi hermano me mando gracias por todo, no entres a mi cuarto, y no contesta": the unanswered
# phone or door beside a farewell message is a suicide risk (phrases.THIRD_FAREWELL_33), not a
# body that does not respond. Only "no contesta / no responde" is taken, and only when the message
# holds a farewell sent; any sign of a body down (breathing, waking, the floor, pills, blood, a
# colour, a seizure) stops it, and the medical reading stands.
_NO_REPLY_WORDS_33 = r"(?:no (?:contesta|responde|ha contestado|ha respondido)(?! a (?:estimulos|nada|el dolor|cuando|si))|not (?:answering|responding))"
# (the sending and farewell words are phrases.THIRD_FAREWELL_33's; here anyone or anything to be
# cared for counts)
_FAREWELL_SENT_33 = (
    rf"\b{_F.SENT_BY}\b[^?]{{0,60}}?\b"
    rf"(?:{_F.FAREWELL_MESSAGE}|cuid(?:a|en|ame|enme) (?:a |bien a )?(?:mi|mis) \w+|take care of my \w+)\b"
)
_BODY_DOWN_33 = (
    r"(?:respir\w*|breath\w*|despiert\w*|wake|waking|awake|inconsciente|unconscious|desmay\w*|passed out|tirad[oa]|en el (?:piso|suelo)|on the floor|"
    r"pastillas|pills|sangr\w*|blood|morad\w*|azul|blue|palid\w*|pale|convuls\w*|seiz\w*|vomit\w*|ojos en blanco|no se mueve|not moving)"
)
_add_whole_message_filters([(_filter(_NO_REPLY_WORDS_33), _BODY_DOWN_33, _FAREWELL_SENT_33)])

# --- round 34's look-alikes (helper c): false alarms ------------------------------------------
# Declared like round 32's and 33's: (filter, stops read over the whole message, a mark the
# message must hold or None); each also gives way to a danger told now (STOPPED_AT_PRESENT_DANGER).

# 1. Hyperbole with laughter beside it at a trivial cause, then an ordinary question ("gonna kms
# if this test has one more question 💀, what are your hours?", "me quiero matar xD se me olvido
# el cargador, aceptan seguro?"). The laughter follows the words in their sentence or just precedes them.
# Stops: earnest words, the means or a plan, a farewell, pills taken, the wish told in earnest
# (round 31's risk beside a joke, the joke's own killing words left out). The laughter after the
# words is a lookahead: a match ending on an emoji would fail the detector's closing word boundary.
_JEST_WORDS_34 = (
    r"(?:kill(?:ing)? myself|(?:want|wanted|wanting) to die|wanna die|end it all|"
    r"me (?:quiero|voy a|iba a|queria) (?:matar|morir|suicidar)|(?:quiero|voy a|iba a) (?:matarme|morirme|suicidarme))"
)
_JEST_34 = (
    rf"{_JEST_WORDS_34}\b(?=[^.?!\n]{{0,80}}?{_LAUGHTER_MARK})|"
    rf"{_LAUGHTER_MARK}[^.?!\n]{{0,24}}?\b{_JEST_WORDS_34}\b"
)
_MEANS_ONLY_34 = (
    r"pills?|pastillas?|tabletas?|gun|pistol|pistola|arma|rifle|escopeta|rope|noose|soga|cuerda|knife|cuchill\w*|navaja\w*|blade|razor|"
    r"veneno|poison|raticida|cloro|bleach|puente|bridge|azotea|rooftop|ventana|window|balcon|balcony|vias|tirarme|aventarme|lanzarme|colgarme|ahorcarme|cortarme"
)
_JEST_STOPS_34 = (
    rf"(?:{_MEANS_ONLY_34}|{_FAREWELL_WORDS}|{_TIME_OR_PLAN}|{_IN_EARNEST}|not a joke|no bromeo|half joking|medio en serio|i mean it|honestly|but really|"
    r"nobody|no one|(?:feel|so|all) alone|hate myself|worthless|burden|give up|giving up|tired of living|done with (?:life|living|everything)|hopeless|no point|"
    r"nadie|(?:me siento|estoy|tan) sol[oa]|me odio|no valgo|estorbo|rendirme|cansad[oa] de vivir|"
    r"took|taken|swallowed|tome|me tome|trague|me trague|overdos\w*|sobredosis|" + _NOW_32 + ")"
)

# 2. A story, a show or a film in which a person ("el tipo", "la muchacha", "the dad") jumps from a
# bridge, takes the pills or dies of a heart attack, then a general question: round 32's screen
# words, any person of the story after an article (never "my", "mi"). Stops: the writer's own
# people, someone beside them, help called, the writer's own wish or signs, doing the same ("do
# what she did"), "in real life".
_STORY_PERSON_34 = (
    r"(?:tipo|tipa|muchacho|muchacha|chavo|chava|senor|senora|senorita|joven|papa|mama|padre|madre|esposo|esposa|marido|novio|novia|"
    r"hermano|hermana|abuelo|abuela|doctor|doctora|policia|guy|dude|girl|man|woman|lady|dad|mom|father|mother|husband|wife|boyfriend|"
    r"girlfriend|brother|sister|grandpa|grandma|cop|detective|villano|villana)"
)
_STORY_DEATH_34 = (
    rf"(?:{_SCREEN_32}|telenovela|novela)\b[^.?!]{{0,60}}?\b(?:el|la|un|una|the|a|this|that|este|esta|ese|esa) {_STORY_PERSON_34}\b[^.?!]{{0,120}}"
)
_STORY_STOPS_34 = (
    r"(?:(?:mi|mis|my|our|nuestr[oa]s?) (?:\w+ )?(?:husband|wife|son|daughter|kid|baby|mom|mother|dad|father|brother|sister|friend|boyfriend|girlfriend|grandpa|grandma|"
    r"esposo|esposa|hijo|hija|nino|nina|bebe|mama|madre|papa|padre|hermano|hermana|amig[oa]|novi[oa]|abuel[oa]|tio|tia|prim[oa])|"
    r"next to (?:me|us)|beside (?:me|us)|a mi lado|al lado|junto a (?:mi|nosotros)|in front of me|frente a mi|cine|theater|theatre|ambulancia|ambulance|911|"
    r"cpr|rcp|paramedic\w*|started|empezo|comenzo|acaba de|just|not breathing|no respira|unresponsive|no responde|yo tambien|me too|i want to|i wanna|"
    r"quiero hacer|voy a hacer|lo mismo|lo que (?:el|ella|ellos) hizo|the same|same thing|what (?:she|he|they) did|exactly that|do that|"
    r"going to do|gonna do|will do|i think i will|ganas de|i am having|estoy teniendo|in real life|en la vida real|for real|de verdad|en serio|no es broma|"
    r"not joking|not kidding|seriously|" + _OWN_WISH_32 + ")"
)

# 3. War, a disaster or violence witnessed years ago, told to explain PTSD ("in the war in syria i
# saw people dying, blood everywhere; now 6 years in new york"), and abuse in childhood told in the
# past ("my dad used to beat us all, i'm 45 now", "mi papa nos golpeaba cuando eramos ninos").
# The war needs a distance or the trauma named; the abuse a habit in the past and a distance (an age
# now, years ago, a childhood). Stops: happening now, today, he is here, a threat now, fear, help called.
_WITNESSED_34 = (
    r"(?:war|guerra|combat|deployment|deployed|battle|bombing|bombings|bombardeo\w*|earthquake|terremoto|sismo|hurricane|huracan|tsunami|"
    r"massacre|masacre|genocide|genocidio|iraq|irak|afghanistan|afganistan|syria|siria|ukraine|ucrania|vietnam|gaza)\b[^.?!]{0,100}?\b"
    r"(?:saw|seen|watched|witnessed|vi|vimos|veia|presencie)\b[^.?!]{0,140}"
)
_TRAUMA_DISTANCE_34 = (
    r"\b(?:years|anos|ago|hace|since|desde|(?:19|20)\d\d|ptsd|tept|postraumatico|post ?traumatic|nightmares|pesadillas|flashbacks?|trauma\w*)\b"
)
_HABIT_ABUSE_34 = (
    r"(?:used to|would|always) (?:\w+ ){0,2}?(?:beat|hit|punch|kick|slap|choke|whip|abuse|hurt)\w*\b[^.?!]{0,120}|"
    r"(?:me|nos|le|les|te) (?:golpeaba|golpeaban|pegaba|pegaban|maltrataba|maltrataban|amenazaba|amenazaban|lastimaba|lastimaban)\b[^.?!]{0,120}"
)
_CHILDHOOD_DISTANCE_34 = (
    r"\b(?:i am \d+|now i am \d+|ya tengo \d+|ahora tengo \d+|tengo \d+ anos|\d+ years ago|years ago|decades ago|hace (?:\w+ )?(?:\d+ )?(?:anos|decadas)|"
    r"as a (?:kid|child|teen\w*)|when (?:i was|we were) (?:a |little|young|small|kids|children|teen\w*|\d+)|cuando (?:yo )?(?:era|eramos|tenia) \w+|"
    r"de (?:nin[oa]s?|chic[oa]s?)|childhood|infancia|ninez|grew up|growing up|creci)\b"
)
_PAST_VIOLENCE_STOPS_34 = (
    r"(?:right now|now (?:he|she|they|someone|there|it)|today|tonight|hoy|esta noche|just now|again|otra vez|de nuevo|he is here|she is here|"
    r"they are here|is here|esta aqui|estan aqui|is coming|viene|still (?:hits|beats|hurts|threatens)|todavia me|aun me|sigue (?:pegando|golpeando|amenazando)|"
    r"threatens|threatened me|me amenaza\b|me amenazo|scared|afraid|miedo|asustad\w*|hiding|escondid\w*|911|police|policia|ambulance|ambulancia|"
    r"bleeding|sangrando|i am hurt|estoy herid\w*|shot me|me dispararon|pills?|pastillas?|took|swallowed|tome|me tome|trague|overdos\w*|sobredosis|"
    + _OWN_WISH_32 + ")"
)

# 4. A small cut or burn of one's own in the kitchen or at the ironing board yesterday, already
# bandaged and fine, asked about a treatment ("me corte el dedo haciendo la cena ayer, ya tiene
# curita"). The message names an everyday cause and says it is healed; the filter ends at the cause,
# so nothing told after it is covered. Stops: on purpose, again, an urge, bleeding that goes on,
# depth, an infection, the wrist, pills taken, the writer's own wish.
_HOUSEHOLD_34 = (
    r"(?:cocinando|haciendo (?:la|el) (?:cena|comida|desayuno|almuerzo)|pelando|picando|cortando (?:cebolla|papas|verdura\w*|fruta|pan|tomate\w*)|"
    r"sarten|plancha|olla|horno|estufa|aceite|vidrio|lata|cocina|rasur\w*|afeit\w*|cooking|chopping|slicing|peeling|shaving|stove|oven|pan|"
    r"iron|can|glass|kitchen|onions?|dinner|lunch|breakfast)"
)
_SMALL_HURT_34 = (
    rf"(?:me (?:corte|queme|raspe)|(?:i )?(?:cut|burned|burnt|nicked|sliced|scraped) (?:my|myself))\b[^.?!]{{0,60}}?\b{_HOUSEHOLD_34}"
)
_HEALED_34 = (
    r"\b(?:curitas?|vendita|venda\w*|band ?aids?|bandage\w*|ya (?:esta|estan) (?:bien|cerrad[oa]|mejor)|ya no (?:duele|me duele|sangra)|ya (?:se )?(?:cerro|sano)|"
    r"cicatriz\w*|pomada|sabila|aloe|it is fine|they are fine|fine now|all good|healing|healed|stopped bleeding|already stopped|se me paro la sangre|ya paro)\b"
)
_SMALL_HURT_STOPS_34 = (
    r"(?:a proposito|on purpose|adrede|intencional\w*|i wanted to|quise|queria|ganas|urges?|otra vez|again|de nuevo|no para de sangrar|sigue sangrando|"
    r"(?:will not|wont|can not|cant) stop (?:the )?bleeding|still bleeding|mucha sangre|a lot of blood|profund\w*|deep|hueso|bone|tendon|infect\w*|pus|"
    r"fiebre|fever|wrist|muneca|munecas|pills?|pastillas?|took|swallowed|tome|me tome|trague|overdos\w*|sobredosis|" + _OWN_WISH_32 + ")"
)

_BLED_34 = r"(?:it |and )?(?:bled|sangro|sangre|me sangro|le sangro) (?:a lot|a bunch|like crazy|so much|quite a bit|mucho|muchisimo|bastante)"
_SMALL_HURT_HEALED_MARK_34 = rf"(?<![\s\S])(?=[\s\S]*{_SMALL_HURT_34})(?=[\s\S]*{_HEALED_34})"

_ROUND_34_C = [
    # 1. hyperbole with laughter beside it, then an ordinary question
    (_filter(_JEST_34), _JEST_STOPS_34, _ORDINARY_ASK_33),
    # 2. a person of a story, a show or a film who jumps, takes the pills or dies
    (_filter(_STORY_DEATH_34), _STORY_STOPS_34, None),
    # 3. war or a disaster witnessed years ago; abuse in childhood told in the past
    (_filter(_WITNESSED_34), _PAST_VIOLENCE_STOPS_34, _TRAUMA_DISTANCE_34),
    (_filter(_HABIT_ABUSE_34), _PAST_VIOLENCE_STOPS_34, _CHILDHOOD_DISTANCE_34),
    # 4. a small cut or burn at home, already bandaged
    (_filter(_SMALL_HURT_34), _SMALL_HURT_STOPS_34, _HEALED_34),
    # ...and the bleeding it is told with, in the past ("it bled a lot but it's fine now"), in a
    # message that holds both the small hurt at home and its healing
    (_filter(_BLED_34), _SMALL_HURT_STOPS_34, _SMALL_HURT_HEALED_MARK_34),
]
_add_whole_message_filters(_ROUND_34_C)
# --- round 34's look-alikes and readings (helper a) -------------------------------------------
# 1. Veins or wrists opened, a blade used, and blood after it (phrases.SELF_INJURY_DONE_BLEEDING):
# the bleeding words are that act's, so the medical reading of them ("a lot of blood", "no para de
# sangrar") gives way and the self-harm guidance (which also says 911) leads. Only where the message
# tells such an act done (the mark); it is no look-alike of a past or a story, so it is added outside
# _add_whole_message_filters and does not give way to a danger told now (the act is that danger).
_SELF_INJURY_BLOOD_34 = r"(?:blood|bleed\w*|sangre|sangr\w*|desangr\w*|hemorrag\w*)"
_add_whole_message_filters([(_filter(_SELF_INJURY_BLOOD_34), None, r"\b" + _F.SELF_INJURY_ACT_34)],
                           stop_at_present_danger=False)

# 2. Blood drawn at a lab, a blood test or a donation ("they drew a lot of blood at the lab, i feel a
# bit light-headed"): no bleeding wound. Needs a lab, a test, a nurse or a donation in the message.
# Stops: bleeding that will not stop, a faint, not breathing, a cut or the writer's own act.
_BLOOD_DRAWN_34 = (
    r"(?:drew|drawn|draw|took|taken|take|takes|taking) (?:some |a lot of |lots of |so much |too much |a little |my |his |her |\w+ vials? of |vials? of |a sample of )?blood"
    r"(?! (?:pressure|sugar|thinners?|pills?|meds|medicine|medication|tablets?))|blood (?:draw|work|test|tests|panel|sample|samples|drawn|donation)|"
    r"(?:me|le|nos|les) (?:sacaron|sacaban|van a sacar|tomaron|quitaron|extrajeron) (?:\w+ ){0,3}?sangre|"
    r"(?:analisis|examen(?:es)?|pruebas?|muestras?) de sangre|(?:donated|donating|donate) blood|(?:done|dona|done|donar) sangre"
)
_LAB_MARK_34 = (
    r"\b(?:lab|labs|laboratory|laboratorio|clinic|clinica|blood test|bloodwork|blood work|quest|labcorp|phlebotom\w*|nurse|enfermer[oa]|"
    r"donat\w*|donar|don[eo]|red cross|cruz roja|analisis|examen(?:es)?|physical|chequeo|checkup|doctor|medico)\b"
)
_BLOOD_DRAWN_STOPS_34 = (
    r"(?:will not stop|wont stop|does not stop|can not stop|no (?:para|paro|deja|se detiene|se para)|still bleeding|sigue sangrando|keeps bleeding|"
    r"passed out|fainted|unconscious|desmay\w*|inconsciente|not breathing|no respira|no responde|unresponsive|" + _F.SELF_INJURY_ACT_34 + ")"
)
_add_whole_message_filters([(_filter(_BLOOD_DRAWN_34), _BLOOD_DRAWN_STOPS_34, _LAB_MARK_34)])

# --- round 35's look-alikes (helper c): false alarms ------------------------------------------
# Declared like round 34's: (filter, stops read over the whole message, a mark the message must
# hold or None); each also gives way to a danger told now (STOPPED_AT_PRESENT_DANGER).

# 1. Hyperbole of heat, crowds or hunger: about to pass out, faint or die on a hot subway platform,
# in a packed bus or a kitchen, with laughter or running late ("gonna faint on this bus, no ac lol,
# i'm 10 min late"). The words are a near future ("about to", "gonna"), never a faint told done; the
# message names the heat, the crowd, the hunger or the place, and laughs or runs late. Stops: a faint
# or a collapse told done, the chest or the heart, breathing, someone else down, an earnest word,
# a diabetic's sugar, a pregnancy, 911, the tracks or a jump, tonight, pills.
_ABOUT_TO_FAINT_35 = (
    r"(?:about to|going to|gon na|finna|ready to|could|might|i will|feel like i am going to|feels like i am going to) (?:literally |actually |straight up )?"
    r"(?:pass out|faint|black out|keel over|collapse|melt|die|drop)\b[^.?!]{0,60}|"
    r"(?:me voy a|casi me|ya me|siento que me voy a|ando que me) (?:desmayar|desmayo|morir|muero|derretir|derrito)\b[^.?!]{0,60}"
)
_HEAT_CROWD_HUNGER_35 = (
    r"\b(?:heat|hot|hottest|humid\w*|sweltering|degrees|sauna|oven|no ac|no a c|air conditioning|crowd\w*|packed|sardines|rush hour|"
    r"hunger|hungry|starving|not eaten|have not eaten|since breakfast|subway|platform|train|bus|kitchen|line|"
    r"calor|caloron|bochorno|grados|horno|sin aire|lleno|llena|a reventar|gente|hambre|no he comido|no desayune|metro|anden|tren|camion|autobus|cocina|fila)\b|"
    r"[\U0001F975]"
)
_LAUGH_OR_LATE_35 = rf"(?:{_LAUGHTER_MARK}|\b(?:running late|late|running behind|behind|tarde|retrasad[oa]|atrasad[oa])\b)"
_FAINT_MARK_35 = rf"(?<![\s\S])(?=[\s\S]*(?:{_HEAT_CROWD_HUNGER_35}))(?=[\s\S]*{_LAUGH_OR_LATE_35})"
_FAINT_STOPS_35 = (
    r"(?:passed out|fainted|blacked out|collapsed|keeled over|me desmaye|se desmayo|se desmayaron|desmayad[oa]|se cayo|colapso|"
    r"chest|pecho|heart|corazon|arm is numb|brazo|breath\w*|respir\w*|unconscious|inconsciente|unresponsive|no responde|seiz\w*|convuls\w*|"
    r"vision|se me nubla|confused|confundid[oa]|vomit\w*|someone|somebody|alguien|(?:a|the|this|that) (?:man|woman|guy|lady|kid|passenger|girl|boy|person)\b|"
    r"(?:un|una|el|la) (?:senor|senora|muchacho|muchacha|nino|nina|pasajer[oa]|persona)\b|diabet\w*|sugar|azucar|insulin\w*|insulina|pregnan\w*|embarazad[oa]|"
    r"911|ambulance|ambulancia|for real|not joking|not kidding|seriously|en serio|de verdad|no es broma|"
    r"jump\w*|tracks|vias|tirarme|aventarme|lanzarme|edge|orilla|tonight|esta noche|goodbye|adios|pills?|pastillas?|" + _OWN_WISH_32 + ")"
)

# 2. An overdose the writer witnessed at work or in their life months or a year ago (a passenger, a
# customer, a cousin), naloxone given and the person lived, told to ask about nightmares, PTSD or a
# treatment. The sentence of the overdose or of the naloxone is covered when the message holds a
# distance in the past, the survival and the aftermath. Stops: happening now (not breathing, will not
# wake, blue), again, tonight, help called, the writer's own use or wish.
_WITNESSED_OD_35 = (
    r"(?:overdos\w*|od d|oded|sobredos\w*|narcan\w*|naloxon\w*)\b[^.?!]{0,100}"
)
_OD_LONG_AGO_35 = (
    r"\b(?:\w+ months ago|a year ago|\w+ years? ago|last (?:year|spring|summer|fall|autumn|winter)|(?:19|20)\d\d|"
    r"(?:in|back in|since|last) (?:january|february|march|april|may|june|july|august|september|october|november|december)|"
    r"en (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)|"
    r"hace (?:unos |un par de |\w+ )?(?:meses|ano|anos)|hace un ano|el ano pasado|(?:la )?(?:primavera|verano|invierno|otono) pasad[oa]|el (?:verano|invierno|otono) pasado)\b"
)
_OD_SURVIVED_35 = (
    r"\b(?:lived|survived|made it|pulled through|woke up|came to|came back|is fine now|he is fine|she is fine|they are fine|is ok now|recovered|"
    r"vivio|sobrevivio|se salvo|desperto|reacciono|se recupero|esta bien)\b"
)
_OD_AFTERMATH_35 = (
    r"\b(?:nightmares?|ptsd|flashbacks?|trauma\w*|reliving|can not sleep|see (?:his|her|their) face|treatment|therapy|"
    r"pesadillas?|postraumatico|tept|no duermo|no puedo dormir|tratamiento|terapia|trauma)\b"
)
_OD_LONG_AGO_MARK_35 = rf"(?<![\s\S])(?=[\s\S]*{_OD_LONG_AGO_35})(?=[\s\S]*{_OD_SURVIVED_35})(?=[\s\S]*{_OD_AFTERMATH_35})"
_OD_NOW_STOPS_35 = (
    r"(?:is not breathing|are not breathing|not breathing now|no respira\b|no esta respirando|will not wake|wont wake|can not wake|is not waking|no despierta|"
    r"is unresponsive|no responde\b|(?:is|are|turning|going) (?:blue|gray|grey|purple)|se esta poniendo morad\w*|esta morad\w*|again|otra vez|de nuevo|"
    r"tonight|today|esta noche|hoy|911|ambulance|ambulancia|i (?:used|took|relapsed)|me tome|recai|" + _NOW_32 + "|" + _OWN_WISH_32 + ")"
)

# 3. A child's or a teenager's quoted hyperbolic threat to kill themselves over something trivial
# (a jacket, homework, chores, a phone rule), laughed at by the parent, before an ordinary question.
# Stops: signs the child means it: a plan, the means, an earlier attempt, saying it for weeks,
# self-harm, a farewell, the parent's worry that she means it. The same stops are given to the older
# filters of a child's outburst over a game or a phone (round 14), which had none.
_CHILD_35 = (
    r"(?:son|daughter|kid|kiddo|child|teen|teenager|boy|girl|stepson|stepdaughter|\d+ ?(?:year|yr)s? old|\d+ ?yo|"
    r"hijo|hija|hijastr[oa]|nino|nina|nene|nena|chamac[oa]|adolescente|escuincle)"
)
_CHILD_THREAT_WORDS_35 = (
    r"(?:kill (?:myself|himself|herself|themselves)|kms|want\w* to die|wanna die|end it all|"
    r"me (?:voy a|quiero) (?:matar|morir|suicidar)|(?:se|me) mato|se (?:va|iba) a (?:matar|morir|suicidar)|se (?:quiere|queria) (?:matar|morir))"
)
_CHILD_THREAT_35 = rf"\b{_CHILD_35}\b[^.?!]{{0,80}}?\b{_CHILD_THREAT_WORDS_35}\b[^.?!]{{0,80}}"
_TRIVIAL_CAUSE_35 = (
    r"\b(?:jacket|coat|hoodie|shoes|sneakers|homework|worksheet|math|chores|dishes|laundry|room|bed|curfew|party|sleepover|phone|screen|wifi|"
    r"bedtime|haircut|braces|vegetables|school|test|practice|"
    r"chamarra|chaqueta|sudadera|tenis|zapatos|tarea|quehaceres|trastes|platos|cuarto|cama|fiesta|pijamada|celular|telefono|pantalla|internet|"
    r"escuela|colegio|examen|corte de pelo|brackets|verduras|xbox|playstation|consola|tablet|tableta|ipad)\b"
)
_PARENT_LAUGHS_35 = (
    rf"(?:{_LAUGHTER_MARK}|\b(?:dramatic|drama queen|so dramatic|teenagers|teens|classic|typical|eye roll|"
    r"dramatic[oa]|exagerad[oa]|adolescentes|cosas de (?:ninos|adolescentes|chamacos))\b)"
)
_CHILD_MARK_35 = rf"(?<![\s\S])(?=[\s\S]*{_TRIVIAL_CAUSE_35})(?=[\s\S]*{_PARENT_LAUGHS_35})(?=[\s\S]*(?:{_ORDINARY_ASK_33}))"
_CHILD_MEANS_IT_35 = (
    r"(?:plan|planned|plane\w*|pills?|pastillas?|gun|pistola|arma|rope|soga|cuerda|knife|cuchillo|navaja|razor|blade|bridge|puente|"
    r"tried|attempt\w*|intento|lo intento|ya lo hizo|before|antes|for (?:weeks|days|months)|every day|all the time|keeps saying|kept saying|been saying|"
    r"(?:lleva|llevamos) (?:semanas|dias|meses)|desde hace (?:semanas|dias|meses)|todos los dias|a cada rato|siempre lo dice|sigue diciendo|"
    r"worried|worry|scared|afraid|concerned|means it|meant it|serious\w*|for real|not joking|not kidding|"
    r"preocupad[oa]|me preocupa|miedo|asustad[oa]|lo dice en serio|en serio|de verdad|no es broma|"
    r"cutting|cuts|cut (?:herself|himself|themselves)|self harm|se corta|cortadas|autolesion\w*|goodbye|gave away|giving away|note|carta|adios|despid\w*|regal\w*)"
)

# 4. Figurative choking or drowning on information, jargon, paperwork, emails or bills ("choking on
# all this medical jargon", "me ahogo con tanto papeleo"). Stops: food or a throat, breathing, a colour,
# water, 911, the writer's own wish.
_FIGURATIVE_CHOKE_35 = (
    r"(?:choking|choke|drowning|drown|suffocating|suffocate|smothered|smothering|ahogo|ahogando|ahogad[oa]|ahogarme|ahogandome|ahogandose|asfixi\w*|me atraganto)"
    r" (?:on|in|under|with|by|con|en|entre|de|bajo) (?:\w+ ){0,4}?"
    r"(?:paperwork|papers|jargon|terminology|terms|acronyms|information|info|details|data|emails?|inbox|messages|texts|notifications|bills|debt|debts|"
    r"forms|paperwork|documents|requirements|homework|reading|research|words|questions|options|"
    r"papeleo|papeles|tramites|jerga|terminos|terminologia|siglas|informacion|datos|detalles|correos?|mensajes|notificaciones|facturas|cuentas|"
    r"deudas|formularios|formatos|documentos|requisitos|tarea|lecturas|palabras|preguntas|opciones)\b"
)
_CHOKE_STOPS_35 = (
    r"(?:breath\w*|respir\w*|throat|garganta|food|comida|bite|bocado|pedazo|piece|bone|hueso|steak|carne|candy|dulce|stuck|atorad\w*|atascad\w*|"
    r"blue|azul|morad\w*|water|agua|pool|alberca|piscina|river|rio|lake|lago|ocean|mar|911|heimlich|ambulance|ambulancia|" + _OWN_WISH_32 + ")"
)

# 5. A past allergic reaction (yesterday, last week: hives, swollen lips, a tight throat) treated in
# urgent care or the ER and now fine, asked about before a session. The sentence of the reaction is
# covered when the message holds a past, the treatment and being fine now. Stops: swelling or
# breathing trouble now, getting worse, again, spreading, dizziness or a faint, 911.
_PAST_ALLERGY_35 = (
    r"(?:allergic|allergy|allergies|hives|welts|swell\w*|swollen|anaphyla\w*|epipen|epi pen|throat (?:felt|was|got) (?:tight|closing)|"
    r"alergi\w*|urticaria|ronchas|se (?:me|le) (?:hincharon|hincho|cerraba|cerro)|hinchad[oa]s?|anafila\w*|reaccion alergica)\b[^.?!]{0,120}"
)
_ALLERGY_PAST_35 = (
    r"\b(?:yesterday|last (?:night|week|weekend|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|\w+ (?:days|weeks) ago|a week ago|the other day|"
    r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|ayer|anoche|antier|anteayer|la semana pasada|el fin de semana|el otro dia|"
    r"hace (?:unos |un par de |\w+ )?(?:dias|semanas)|hace una semana|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo))\b"
)
_ALLERGY_TREATED_35 = (
    r"\b(?:urgent care|er|emergency room|emergency|hospital|clinic|doctor|benadryl|steroids?|prednisone|shot|epipen|epinephrine|antihistamines?|"
    r"urgencias|sala de emergencias|emergencias|clinica|doctor|medico|inyeccion|esteroides|epinefrina|antihistaminico|cortisona)\b"
)
_ALLERGY_FINE_35 = (
    r"\b(?:fine now|fine since|all better|better now|totally fine|i am fine|i am ok|i am okay|ok now|okay now|recovered|cleared up|went away|gone now|"
    r"back to normal|discharged|sent me home|ya estoy bien|ya paso|ya se me quito|ya se quito|estoy bien|me dieron de alta|ya me siento bien|todo bien)\b"
)
_ALLERGY_MARK_35 = rf"(?<![\s\S])(?=[\s\S]*{_ALLERGY_PAST_35})(?=[\s\S]*{_ALLERGY_TREATED_35})(?=[\s\S]*{_ALLERGY_FINE_35})"
_ALLERGY_NOW_STOPS_35 = (
    r"(?:right now|ahorita|ahora mismo|again|otra vez|de nuevo|getting worse|worse|peor|spreading|se esta extendiendo|"
    r"still (?:swollen|swelling|itchy|tight|have hives)|todavia (?:tengo|esta|estan)|sigue hinchad\w*|siguen hinchad\w*|"
    r"(?:is|are) swelling|swelling up|se (?:me|le) (?:esta|estan) (?:hinchando|cerrando)|"
    r"(?:hard|harder|trouble|difficult\w*) (?:to )?breath\w*|can not breathe|short of breath|no puedo respirar|(?:me )?cuesta respirar|wheez\w*|silb\w*|"
    r"dizzy|mare\w*|faint\w*|desmay\w*|passing out|911|ambulance|ambulancia|" + _NOW_32 + ")"
)

# 7. A missed blood-pressure pill and whether to take two the next time ("olvide mi pastilla de la
# presion, la tomo doble manana?"): a dose asked about, not an overdose. Needs the missed dose and a
# question. Stops: the double already taken, all the pills, symptoms, the writer's own wish.
_DOUBLE_DOSE_ASKED_35 = (
    r"(?:(?:la|lo|las|los|me la|me lo|me las|me los) )?(?:tomo|tomare|me tomo|debo tomar|puedo tomar|tomar) (?:doble|dos|el doble|las dos|ambas|2)\b|"
    r"(?:take|double|double up on|take two of) (?:a |my |the )?(?:double|two|2|dose|it|pill)\b"
)
_MISSED_DOSE_MARK_35 = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:olvide|se me olvido|se me paso|no me tome|no me la tome|no la tome|me salte|forgot|missed|skipped|did not take)\b)(?=[\s\S]*\?)"
)
_DOUBLE_DOSE_STOPS_35 = (
    r"(?:ya (?:me )?(?:la |las |lo |los )?tome|ya me tome|me tome (?:las|los|dos|doble|todas)|i took (?:both|two|2|a double|all)|already took|todas|todo el frasco|all of|the whole|"
    r"mare\w*|dizzy|desmay\w*|faint\w*|pecho|chest|no puedo respirar|can not breathe|" + _OWN_WISH_32 + ")"
)

_ROUND_35_C = [
    # 1. hyperbole of heat, crowds or hunger
    (_filter(_ABOUT_TO_FAINT_35), _FAINT_STOPS_35, _FAINT_MARK_35),
    # 2. an overdose witnessed months or a year ago, the person lived
    (_filter(_WITNESSED_OD_35), _OD_NOW_STOPS_35, _OD_LONG_AGO_MARK_35),
    # 3. a child's quoted hyperbole over something trivial
    (_filter(_CHILD_THREAT_35), _CHILD_MEANS_IT_35, _CHILD_MARK_35),
    # 4. choking or drowning on paperwork, jargon, emails, bills
    (_filter(_FIGURATIVE_CHOKE_35), _CHOKE_STOPS_35, None),
    # 5. a past allergic reaction, treated and fine now
    (_filter(_PAST_ALLERGY_35), _ALLERGY_NOW_STOPS_35, _ALLERGY_MARK_35),
    # 7. a missed pill and whether to double it, asked
    (_filter(_DOUBLE_DOSE_ASKED_35), _DOUBLE_DOSE_STOPS_35, _MISSED_DOSE_MARK_35),
]
_add_whole_message_filters(_ROUND_35_C)

# 3. (continued) round 14's filters of a child's outburst over a game, a screen or a phone had no
# stops: they now give way to the same signs that the child means it.
for _outburst in (_CHILD_OUTBURST_14, _SCREEN_OUTBURST_14):
    _add_stops(_outburst, _CHILD_MEANS_IT_35)
# --- round 35's readings (helper a): suicide risk -------------------------------------------------
# A jump from a school's or a building's roof planned with a time or the way up known
# (phrases.ROOF_JUMP_PLANNED), and a recent attempt with the thought of trying again
# (phrases.RECENT_ATTEMPT_AGAIN), are dangers told now: "techo de la escuela" is no school years
# long ago, "ayer intente ahorcarme" no old history, whatever past marker the clause holds.
PRESENT_DANGER = PRESENT_DANGER + [_F.ROOF_JUMP_PLANNED, _F.RECENT_ATTEMPT_AGAIN]
# The will to live taken by an illness or by losses (phrases.WILL_TO_LIVE_TAKEN) is no joke about
# a parking lot or a bill beside a "lmao": the sarcasm is the class's own voice.
NOT_A_JOKE = NOT_A_JOKE + [_F.WILL_TO_LIVE_TAKEN]
# --- round 35's look-alikes (helper b): overdose, medical and violence -------------------------
# 1. Round 22's information question on how naloxone is given ("narcan given ... ?") is no question
# where the writer gave it and it did nothing ("narcan given 2 min ago, still no response, give the
# second?"): that filter stops at phrases.NALOXONE_BY_ME_NO_RESPONSE_35 and its shorthand, read over
# the whole message.
_add_stops(_NALOXONE_HOW_GIVEN_22, "(?:" + _F.NALOXONE_BY_ME_NO_RESPONSE_35 + "|" + _F.NALOXONE_SHORTHAND_AGAIN_35 + ")")

# 2. Pinpoint pupils from eye drops (pilocarpine, glaucoma drops): no opioid. Needs the drops named.
# Stops: naloxone, not breathing, unresponsive, blue, a drug taken.
_PINPOINT_35 = r"(?:pinpoint|pin point|tiny|puntiformes|como puntitos|chiquititas)"
_EYE_DROPS_35 = r"\b(?:eye ?drops|drops for (?:my|his|her) eyes|pilocarpin\w*|glaucoma|gotas (?:para|de) (?:los|mis|sus) ojos|gotas oftalmicas|colirio)\b"
_PINPOINT_STOPS_35 = (
    r"(?:narcan|naloxon\w*|not breathing|barely breathing|no respira|unresponsive|no responde|will not wake|no despierta|blue|azul|morad[oa]|cyano\w*|cianot\w*|"
    r"took|taken|swallowed|snorted|smoked|se tomo|fumo|fentanyl|fentanilo|heroin\w*|oxy\w*|pills|pastillas|overdos\w*|sobredosis)"
)

# 3. A question about anyone in general, out of curiosity or for a class, on someone who smoked,
# snorted or took something and stopped breathing ("what happens if a person snorts something and
# stops breathing, just curious", "ke hace uno si alguien fuma algo y no respira? es para una tarea").
# Needs the curiosity or the class named. Stops: the person here, someone of the writer's, now.
_ANYONE_TOOK_SOMETHING_35 = (
    r"(?:what happens|what do you do|what do you|what would you do|what should you do|what does one do|how do you help|"
    r"que pasa|que hace uno|ke hace uno|q hace uno|que se hace|ke se hace|que haces|que hay que hacer)\b[^?]{0,20}?\b(?:if|when|si|cuando) "
    r"(?:a person|someone|somebody|anyone|people|a guy|a kid|una persona|alguien|uno|la gente|un chavo|una chava)\b[^?]{0,120}"
)
_JUST_ASKING_35 = (
    r"\b(?:just curious|curious|wondering|hypothetical\w*|in general|for (?:a|my) (?:class|school|paper|project)|health class|"
    r"por curiosidad|curiosidad|hipotetic\w*|en general|(?:es )?para (?:una|la|mi) (?:tarea|clase|escuela)|tarea)\b"
)
_SOMEONE_HERE_35 = (
    r"(?:here|with me|next to me|right now|in my|in the car|my (?:\w+ )?(?:friend|boyfriend|girlfriend|brother|sister|son|daughter|roommate|cousin|husband|wife)|"
    r"aqui|aca|conmigo|a mi lado|ahorita|ahora mismo|en (?:el|mi) carro|mi (?:\w+ )?(?:amig[oa]|novi[oa]|herman[oa]|hij[oa]|prim[oa]|espos[oa]|roommate)|"
    r"help|ayuda|911|please|por favor)"
)

# 4. "Stabbed me in the back", "una punalada por la espalda", "apunalado por la espalda": betrayal,
# no wound. Stops: blood, a knife, a wound, 911, a hospital.
_BACKSTAB_35 = (
    r"(?:stabbed|stabbing|stab|stabs) (?:me|him|her|us|them|you|my \w+|his \w+|her \w+) in the back|back ?stab\w*|"
    r"(?:punalada|punaladas|punalad[oa]|apunalad[oa]s?|apunalo|apunalaron|me apunal\w*) (?:\w+ ){0,2}?(?:por la espalda|trapera|traicion\w*)|"
    r"(?:por la espalda|traicion\w*) (?:\w+ ){0,3}?(?:punalada|apunal\w+)"
)
_BACKSTAB_STOPS_35 = (
    r"(?:blood|bleed\w*|sangr\w*|knife|knives|cuchill\w*|navaja|wound|herida|911|hospital|ambulan\w*|er\b|emergencias|police|policia)"
)

# 5. Violence next door told of a show, a game or children playing (a story's neighbour who hears the
# husband through the wall). Needs the screen or the game named. Stops: now, a call asked for.
_NEIGHBOUR_STORY_MARK_35 = (
    r"\b(?:show|movie|film|series|episode|book|novel|podcast|true crime|video ?game|game|playing|play fighting|pretend|"
    r"pelicula|peli|serie|novela|telenovela|episodio|libro|juego|jugando|videojuego)\b"
)
_NEIGHBOUR_STORY_STOPS_35 = (
    r"(?:right now|ahora mismo|ahorita|(?:should|do|can) i call|llamo|debo llamar|what do i do|que hago|ke hago|q hago|i am scared|tengo miedo|for real|de verdad|en serio|real life)"
)

_ROUND_35_B = [
    (_filter(_PINPOINT_35), _PINPOINT_STOPS_35, _EYE_DROPS_35),
    (_filter(_ANYONE_TOOK_SOMETHING_35), _SOMEONE_HERE_35, _JUST_ASKING_35),
    (_filter(_BACKSTAB_35), _BACKSTAB_STOPS_35, None),
    (_filter(_F.NEIGHBOUR_ATTACK_35), _NEIGHBOUR_STORY_STOPS_35, _NEIGHBOUR_STORY_MARK_35),
]
_add_whole_message_filters(_ROUND_35_B)
# --- round 35's leftover gaps (helper e): emergencies after a past or a figure; fun look-alikes ----
# A real choking told now after a figurative one ("this paperwork is choking me lol, but now my son
# is choking on a grape"): the laughter belongs to the figure, not to the choking.
NOT_A_JOKE = NOT_A_JOKE + [_F.REAL_CHOKING_NOW_35E, _F.OVERDOSE_NOW_AFTER_PAST_35E]

# The suicide-risk words every filter below gives way to: a wish to die, killing oneself, the
# means, a farewell, a note.
_RISK_WORDS_35E = (
    r"\b(?:" + _OWN_WISH_32 + r"|kill (?:himself|herself|themselves)|end (?:his|her|their) life|take (?:his|her|their) (?:own )?life|"
    r"wants? to die|wanted to die|die|dying|dead|matarse|suicidarse|quitarse la vida|se quiere morir|quiere morir|morirse|morir|"
    r"goodbye|good bye|farewell|adios|despedi\w*|note|carta|pills?|pastillas?|gun|pistola|arma|rope|soga|cuerda|knife|cuchillo|"
    r"overdose|sobredosis|hang|ahorcar\w*|colgarse|not coming back|no va a volver|no voy a volver|no one will|nadie va a)\b"
)
# A body in trouble told beside the fun (a sting at the barbecue, a fall off the trampoline): the
# medical reading is not the filter's to rule out.
_BODY_NOW_35E = (
    r"\b(?:breath\w*|respir\w*|wheez\w*|throat|garganta|swell\w*|swollen|puffing|hinch\w*|lips|labios|epipen|epi pen|allerg\w*|alergi\w*|"
    r"sting|stung|pico|picadura|unconscious|inconsciente|unresponsive|no responde|passed out|se desmayo|seiz\w*|convuls\w*|"
    r"hit (?:his|her|their) head|se pego en la cabeza|neck|cuello|broke|broken|fractur\w*|se rompio|blood|bleeding|sangr\w*|"
    r"drown\w*|ahog\w*|911|ambulance|ambulancia|er|hospital|urgencias)\b"
)
# A plan told calmly ("he has figured out how he is going to do it and is at peace"): no errand.
_PLAN_35E = (
    r"\b(?:figured out|worked out|decided|knows? how|knows? when|at peace|calm\w*|will not tell|would not tell|plan|plans|planned|planning|"
    r"ya sabe como|ya decidio|tiene un plan|en paz|muy tranquil[oa]|no me quiere decir|planea\w*)\b"
)
# A height one jumps from, with no fun activity around it.
_HEIGHT_35E = (
    r"\b(?:roof|rooftop|bridge|building|balcony|window|ledge|cliff|overpass|floor|story|storey|tracks|train|parking garage|"
    r"azotea|techo|puente|edificio|balcon|ventana|piso|vias|tren|barranco|acantilado)\b"
)

# 4. Jumping for fun: a child or a teenager on a trampoline, off a diving board into a pool, a
# skydive or a parachute jump tomorrow, told with an age, school or friends. Stops: the risk words,
# a height (a roof, a bridge, a window), crying or hiding.
_FUN_JUMP_35E = r"(?:trampoline|trampolin|brincolin|diving board|high dive|springboard|pool|alberca|piscina|skydiv\w*|parachut\w*|paracaidas|bungee|bounce house|inflable|lake|lago|swim\w*|nadar|natacion)"
_FUN_JUMP_WORDS_35E = (
    rf"\b(?:jump\w*|tirarse|se tira|se tiro|se avienta|aventarse|saltar|salta|salto|brinca\w*|brincar|lanzarse|se lanza)\b[^.?!]{{0,60}}?\b{_FUN_JUMP_35E}\b|"
    rf"\b{_FUN_JUMP_35E}\b[^.?!]{{0,40}}?\b(?:jump\w*|tirarse|se tira|aventarse|saltar|salta|brinca\w*|brincar|lanzarse)\b|"
    r"\b(?:skydiving|parachuting|saltar en paracaidas|salto en paracaidas|tirarme en paracaidas)\b"
)
_FUN_JUMP_MARK_35E = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:\d+ ?(?:year|yr)s? old|\d+ ?yo|\d+ anos|teen\w*|son|daughter|kid|kids|child|children|boy|girl|school|class|camp|"
    r"friends|birthday|lessons?|swim team|hijo|hija|nino|nina|ninos|nene|nena|escuela|colegio|clase|campamento|amigos|amigas|cumpleanos|clases)\b)"
)
_FUN_JUMP_STOPS_35E = (
    rf"{_RISK_WORDS_35E}|{_HEIGHT_35E}|{_BODY_NOW_35E}|\b(?:hurt (?:himself|herself|themselves)|lastimarse|crying|llorando|hiding|escondid\w*|alone|sol[oa]|"
    r"no one|nadie|self harm|cutting|se corta)\b"
)

# 5. Going up to a roof or a terrace for the stars, a party, a barbecue or the laundry, the door
# open. Stops: the risk words, a jump or a fall, the edge, alone, crying.
_ROOF_FUN_35E = r"\b(?:roof|rooftop|roof top|terrace|azotea|techo|terraza)\b"
_ROOF_FUN_MARK_35E = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:stars|star gazing|stargazing|meteor\w*|moon|eclipse|sunset|sunrise|fireworks|party|parties|barbecue|bbq|grill\w*|cookout|"
    r"laundry|clothes|hang (?:the )?(?:clothes|laundry)|drinks|picnic|garden|plants|yoga|birthday|"
    r"estrellas|luna|eclipse|atardecer|amanecer|fuegos artificiales|cohetes|fiesta|carne asada|asado|parrillada|asar|ropa|tender|lavar|tendedero|"
    r"plantas|jardin|cumpleanos|convivio|reunion|carnita asada)\b)"
)
_ROOF_FUN_STOPS_35E = (
    rf"{_RISK_WORDS_35E}|{_BODY_NOW_35E}|\b(?:jump\w*|fall|falling|edge|ledge|railing|alone|by myself|crying|last time|"
    r"tirarme|tirarse|aventarme|aventarse|lanzarme|lanzarse|saltar|brincar|caer|caerme|orilla|borde|barandal|sol[oa]|llorando|ultima vez)\b"
)

# 6. Trying a recipe, an exam, a driving test or a diet again after it failed yesterday ("ayer
# intente hacer un pastel y se quemo, voy a intentarlo otra vez"): the thing tried is named and
# burned or failed. Stops: the risk words, one's own burn or a body part, a hospital.
_TRIED_THING_35E = (
    r"(?:recipe|cake|bread|cookies|pie|lasagna|brownies|pizza|roast|turkey|dinner|rice|flan|"
    r"receta|pastel|pan|galletas|lasana|pizza|pavo|cena|arroz|flan|tortillas|frijoles|pollo|carne|comida|bizcocho|tarta)"
)
_BURNED_THING_35E = (
    rf"\b{_TRIED_THING_35E}\b[^.?!]{{0,50}}?\b(?:se (?:me )?(?:quemo|quemaron|quemaba|ahumo)|burned|burnt)\b|"
    rf"\bse (?:me )?(?:quemo|quemaron) (?:el |la |los |las |todo el |toda la )?{_TRIED_THING_35E}\b"
)
_AGAIN_MARK_35E = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:again|another try|try it again|one more time|otra vez|de nuevo|intentarlo|volver a intentar|lo vuelvo a intentar|"
    r"lo voy a volver a|repetirlo|otro intento)\b)"
)
_BURNED_STOPS_35E = (
    rf"{_RISK_WORDS_35E}|\b(?:myself|herself|himself|me queme|se quemo (?:la|el|los|las) (?:mano|manos|brazo|brazos|cara|pierna|dedo|dedos|piel)|"
    r"hand|arm|face|skin|finger|blister\w*|ampolla\w*|hospital|urgencias|911|ambulance|ambulancia|"
    r"intente (?:matarme|suicidarme|quitarme)|tried to (?:kill|end|hang|overdose))\b"
)

# 7. A relative who is "going to do it tomorrow" where "it" is an errand, paperwork, a move or a
# procedure named in the message. Stops: the risk words, a height or a jump, a worry.
_RELATIVE_35E = (
    r"(?:mom|mother|mum|dad|father|sister|brother|husband|wife|son|daughter|partner|boyfriend|girlfriend|grandma|grandpa|aunt|uncle|cousin|roommate|friend|"
    r"mama|mami|papa|papi|hermana|hermano|esposo|esposa|marido|hijo|hija|pareja|novio|novia|abuela|abuelo|tia|tio|prima|primo|amiga|amigo)"
)
_DO_IT_35E = (
    r"\b(?:doing it|do it|hacerlo|lo (?:va a |van a |iba a )?hacer|lo hace|lo hara|lo haran)\b"
)
_ERRAND_MARK_35E = (
    rf"(?<![\s\S])(?=[\s\S]*\b(?:my|mi|his|her|su) (?:\w+ )?{_RELATIVE_35E}\b|[\s\S]*\b(?:he|she|they|ella|ellos)\b)"
    r"(?=[\s\S]*\b(?:passport|pasaporte|taxes|tax return|impuestos|declaracion|move|moving|mudanza|mudarse|colonoscopy|colonoscopia|endoscopy|endoscopia|"
    r"surgery|cirugia|operacion|procedure|procedimiento|biopsy|biopsia|mri|resonancia|paperwork|papeleo|tramite|tramites|forms|application|solicitud|"
    r"renewal|renew\w*|renovar|renovacion|license|licencia|visa|dmv|bank|banco|interview|entrevista|exam|examen|test|prueba|"
    r"paint\w*|pintar|haircut|corte|shopping|groceries|compras|mandado|mandados|errand\w*|oil change|dentist|dentista|root canal|extraction|extraccion|"
    r"vaccine|vacuna|lease|contrato|contract|closing|insurance|seguro|appointment|cita)\b)"
)
_ERRAND_STOPS_35E = (
    rf"{_RISK_WORDS_35E}|{_HEIGHT_35E}|{_PLAN_35E}|\b(?:jump\w*|tirarse|aventarse|lanzarse|worried|scared|afraid|preocupad\w*|miedo|asustad\w*|"
    r"gave away|giving away|regalando|regalo sus|self harm|cutting|se corta)\b"
)

_ROUND_35_E = [
    # 4. jumping for fun
    (_filter(_FUN_JUMP_WORDS_35E), _FUN_JUMP_STOPS_35E, _FUN_JUMP_MARK_35E),
    # 5. up to a roof or a terrace for the stars, a party, a barbecue, the laundry
    (_filter(_ROOF_FUN_35E), _ROOF_FUN_STOPS_35E, _ROOF_FUN_MARK_35E),
    # 6. a recipe burned yesterday, tried again
    (_filter(_BURNED_THING_35E), _BURNED_STOPS_35E, _AGAIN_MARK_35E),
    # 7. a relative's errand, "going to do it tomorrow"
    (_filter(_DO_IT_35E), _ERRAND_STOPS_35E, _ERRAND_MARK_35E),
]
_add_whole_message_filters(_ROUND_35_E)
# An overdose or a choking told after "ahorita" ("y ahorita mi hermano se sobredoso, tiene los labios
# morados"): the family's own words say now, whatever past the sentence opened with.
NOW_MARKERS = NOW_MARKERS + [_F.OVERDOSE_NOW_AFTER_PAST_35E, _F.REAL_CHOKING_NOW_35E]
# --- round 36's look-alikes (helper c): false alarms (Spanish) ----------------------------------
# Declared like round 35's: (filter, stops read over the whole message, a mark the message must
# hold or None); each also gives way to a danger told now (STOPPED_AT_PRESENT_DANGER).

# A question asked in the message (a question mark or its words).
_ASKS_36 = (
    r"(?:\?|\b(?:pregunta|duda|quisiera saber|quiero saber|me pueden decir|question|wondering|i (?:just )?want to know|can you tell me)\b)"
)
# Given or happening now, in the writer's hands: no class, no memory, no story.
_NOW_36 = (
    _NOW_32 + r"|911|ambulanc\w*|ayudame|ayudenme|help me|help please|que hago|ke hago|what do i do|what should i do now"
)

# Someone of the writer's own (a stop: the class's person is "la persona", "alguien").
_OWN_PERSON_36 = (
    r"mi (?:\w+ )?(?:hermano|hermana|hijo|hija|amigo|amiga|novio|novia|esposo|esposa|marido|primo|prima|papa|mama|roommate|vecino|vecina|tio|tia|abuelo|abuela)|"
    r"my (?:\w+ )?(?:brother|sister|son|daughter|friend|boyfriend|girlfriend|husband|wife|cousin|dad|mom|roommate|neighbor|uncle|aunt|grandpa|grandma)"
)

# 1. A student of a first-aid, home-attendant or CPR course asking how naloxone is given and how many
# times the dose may be repeated if the person does not react, "para el examen". Needs naloxone and
# the course or exam named. Stops: naloxone given by the writer now (le di, le puse, i gave), someone
# of the writer's, breathing or colour now, a time just now, 911, the writer's own wish.
_NO_REACTION_36 = (
    r"(?:no (?:reacciona|responde|despierta|reacciono|respondio|desperto)|(?:does|do|did|is|are) not (?:respond|react|wake|come to|responding|reacting|waking)\w*|"
    r"unresponsive|(?:still )?no response|sin respuesta)"
)
_NALOXONE_CLASS_36 = rf"{_NO_REACTION_36}[^.?!]{{0,80}}|(?:naloxon\w*|narcan)[^.?!]{{0,100}}"
_NALOXONE_CLASS_MARK_36 = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:naloxon\w*|narcan)\b)"
    r"(?=[\s\S]*\b(?:curso|clase|examen|certificacion|certificado|primeros auxilios|rcp|cpr|home attendant|hha|pca|auxiliar|cuidador[ae]?s?|"
    r"entrenamiento|capacitacion|class|course|exam|certification|training|first aid|bls)\b)"
)
_NALOXONE_CLASS_STOPS_36 = (
    r"(?:le (?:di|puse|pusimos|dimos|aplique|aplicamos|acabo de dar|acabo de poner)|ya le|i (?:just )?(?:gave|sprayed|used)|we (?:just )?(?:gave|used)|"
    r"(?:gave|given) (?:him|her|them|it) (?:\w+ )?(?:minutes|min|mins)|hace (?:\w+ )?minutos|minutes ago|mins ago|"
    + _OWN_PERSON_36 + r"|\b(?:he|she|they|el|ella|him|her) (?:\w+ ){0,2}?(?:not|no) (?:respond|react|wake|breath|reacciona|responde|despierta|respira)\w*|"
    r"still (?:not|no)\b|sigue sin|todavia no (?:reacciona|responde|despierta|respira)|"
    r"(?:is|are|esta|estan) (?:not breathing|barely breathing|blue|gray|grey|purple|morad[oa]|azul)|no esta respirando|se esta poniendo|"
    r"tomo|took|fentanyl|fentanilo|heroin\w*|" + _NOW_36 + "|" + _OWN_WISH_32 + ")"
)

# 2. A pain simile ("como un corrientazo que te mata", "un dolor que te mata") about a condition that
# a medicine controls, then a treatment question. Needs the control and a question. Stops: a cable, a
# socket or lightning, a burn, a faint, the chest, now, the writer's own wish.
_PAIN_SIMILE_36 = (
    r"(?:como|like|tipo) (?:un |una |a |unos )?(?:corrientazos?|toques? (?:electricos?)?|descargas? (?:electricas?)?|electric(?:al)? shocks?|shocks?|"
    r"latigazos?|piquetes?|punaladas?|cuchilladas?|stabs?)\b[^.?!]{0,60}|"
    r"(?:dolor|dolores|pain) (?:\w+ )?que (?:te|me|lo|la) (?:mata|matan|mataba|kills?)\b[^.?!]{0,60}"
)
_CONTROLLED_36 = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:controlad[oa]s?|bajo control|lo tengo controlado|la tengo controlada|me lo controla|me la controla|"
    r"under control|controlled|keeps? it (?:under control|in check|managed)|managed with|well managed)\b)(?=[\s\S]*" + _ASKS_36 + ")"
)
_PAIN_SIMILE_STOPS_36 = (
    r"(?:cable|enchufe|contacto|outlet|socket|wire|electrocut\w*|electrocu\w*|rayo|lightning|quemad\w*|burn\w*|desmay\w*|faint\w*|passed out|"
    r"pecho|chest|no puedo respirar|can not breathe|no respira|not breathing|ya no funciona|no me hace|stopped working|" + _NOW_36 + "|" + _OWN_WISH_32 + ")"
)

# 3. A football team's defeat ("nos mato el toluca, me quiero morir" as a fan), then "pregunta seria"
# and a clinic question. Needs the match and a question. Stops: round 34's jest stops (the means,
# pills taken, a farewell, earnest words, loneliness, a plan).
_FAN_WISH_36 = (
    r"(?:me quiero morir|quiero morirme|me (?:muero|mori)|me voy a morir|me quiero matar|i (?:want to|wanna) die|kill me)\b[^.?!]{0,60}"
)
_MATCH_36 = (
    r"\b(?:partido|partidazo|la final|semifinal|clasico|liguilla|mundial|penales|gol|goles|golearon|goleada|nos golearon|"
    r"nos (?:mato|mataron|metieron|ganaron|eliminaron|golearon)|descendimos|aficionad[oa]|como fan|hincha|futbol|soccer|world cup|playoffs|"
    r"america|chivas|cruz azul|pumas|tigres|rayados|toluca|barca|barcelona|real madrid|boca|river|yankees|mets|knicks|giants|jets|red bulls|nycfc)\b"
)
_FAN_MARK_36 = rf"(?<![\s\S])(?=[\s\S]*{_MATCH_36})(?=[\s\S]*\b(?:pregunta seria|ya en serio|hablando en serio|serious question)\b|[\s\S]*(?:{_ORDINARY_ASK_33}))"
_FAN_STOPS_36 = (
    rf"(?:{_MEANS_ONLY_34}|{_FAREWELL_WORDS}|{_TIME_OR_PLAN}|no es broma|i mean it|not joking|not kidding|"
    r"nobody|no one|(?:feel|so|all) alone|hate myself|worthless|burden|give up|tired of living|hopeless|no point|"
    r"nadie|(?:me siento|estoy|tan) sol[oa]|me odio|no valgo|estorbo|rendirme|cansad[oa] de vivir|ya no aguanto|no puedo mas|no quiero vivir|"
    r"took|taken|swallowed|tome|me tome|trague|me trague|overdos\w*|sobredosis|" + _NOW_32 + ")"
)

# 4. A relative's death from a heart attack long ago (in childhood), anxiety whenever the chest hurts,
# "hoy no me duele", a question about ketamine. The habitual clause ("cuando me duele el pecho") is
# covered when the message holds the death, the distance and a chest that does not hurt today.
# Stops: pain now, the arm, sweat, breathing, a faint, 911.
_WHEN_CHEST_36 = (
    r"(?:cuando|cada vez que|siempre que|si|whenever|when|every time|anytime) (?:me |i )?(?:duele|dolia|siento|sentia|tengo|feel|get|have|my)\b"
    r"[^.?!]{0,30}?\b(?:pecho|chest|corazon|heart)\b[^.?!]{0,80}"
)
_HEART_DEATH_LONG_AGO_36 = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:infarto|ataque al corazon|ataque cardiaco|paro cardiaco|heart attack|cardiac arrest)\b)"
    r"(?=[\s\S]*" + _CHILDHOOD_DISTANCE_34 + ")"
    r"(?=[\s\S]*\b(?:hoy no|ahorita no|ahora no|no me duele|ya no me duele|no tengo dolor|does not hurt|doesnt hurt|not hurting|no pain|"
    r"i am fine|estoy bien|me siento bien)\b)"
)
_CHEST_NOW_STOPS_36 = (
    r"(?:(?<!no )me esta doliendo|(?<!no )me duele (?:ahorita|ahora|mucho ahora|hoy)|(?<!not )hurts (?:right )?now|(?<!not )hurting (?:right )?now|"
    r"brazo|\barm\b|quijada|jaw|sudor|sudando|sweat\w*|no puedo respirar|can not breathe|falta el aire|short of breath|mare\w*|dizzy|desmay\w*|faint\w*|"
    r"presion en el pecho|crushing|apret\w*|" + _NOW_36 + ")"
)

# 5. Warning signs after a child's head bump learned from someone ("vigilar si vomita o se duerme"),
# the child bumped today but running and eating normally, "solo para saber". Needs the child well and
# the "just to know". Stops: vomiting, sleepiness, confusion or a faint told, blood, a seizure, 911.
_HEAD_BUMP_36 = (
    r"(?:se (?:pego|golpeo|dio un golpe|cayo)|(?:bumped|hit|banged|knocked) (?:his|her|their)|(?:golpe|golpazo|chichon|bump|bang) (?:en|on|to) (?:la|his|her|the))"
    r"\b[^.?!]{0,140}|(?:vigilar|ver|checar|fijarse|observar|watch|check|look out|monitor) (?:\w+ )?(?:si|if|for|whether)\b[^.?!]{0,80}"
)
_CHILD_WELL_36 = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:corriendo|comiendo|jugando|como siempre|normal|normalito|bien|running|eating|playing|fine|like always|acting normal)\b)"
    r"(?=[\s\S]*\b(?:solo para saber|nomas para saber|para saber|por si acaso|por curiosidad|just (?:to know|asking|curious|wondering|so i know)|just in case|"
    r"for future reference|para la proxima)\b)"
)
_HEAD_BUMP_STOPS_36 = (
    r"(?:(?<!no )(?<!no ha )(?<!not )(?:vomito|vomita(?! o)|ha vomitado|vomitando|vomited|is vomiting|threw up|throwing up)|"
    r"(?:esta|is|se ve|seems|looks) (?:muy |really |so )?(?:dormid[oa]|somnolient[oa]|adormilad[oa]|drowsy|sleepy|lethargic|confus\w*|pale|palid[oa]|raro|weird)|"
    r"no (?:despierta|responde|reacciona|me reconoce)|(?:can not|will not) (?:wake|stay awake)|no se (?:puede )?despertar|convuls\w*|seiz\w*|"
    r"sangr\w*|blood|bleed\w*|desmay\w*|passed out|fainted|unconscious|inconsciente|llora mucho|crying a lot|no para de llorar|"
    + _NOW_36 + ")"
)

# 7. A nurse's (or a paramedic's) memories of overdoses seen in her working years, then a question
# about a drug interaction today. Needs the work, a past and a question. Stops: someone now (not
# breathing, blue, will not wake told now), the writer's own use, 911, the writer's own wish.
_WORK_OVERDOSES_36 = r"(?:overdos\w*|sobredos\w*|od d|oded)\b[^.?!]{0,120}"
_NURSE_YEARS_36 = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:enfermer[oa]s?|nurse|nursing|paramedic\w*|paramedico|emt)\b)"
    r"(?=[\s\S]*\b(?:anos|years|carrera|career|jubilad[oa]|retired|trabaje|worked|trabajaba|used to work|cuando era|when i was|as a|como enfermer[oa])\b)"
    r"(?=[\s\S]*" + _ASKS_36 + ")"
)
_WORK_OD_STOPS_36 = (
    r"(?:(?:is|are) not breathing|no esta respirando|(?:will not|wont|can not) wake|no despierta\b|(?:is|are|esta|estan) (?:blue|morad[oa]|azul|unresponsive)|"
    r"i (?:took|used|relapsed|overdosed)|me tome|recai|tome (?:de mas|demasiad\w*|todas)|" + _OWN_PERSON_36 + "|" + _NOW_36 + "|" + _OWN_WISH_32 + ")"
)

# 8. Work hyperbole: "mis clientas me matan", "no tengo vida", "me quiero morir de cansancio" in a busy
# season, then a question for a relative. Needs the work and a question. Stops: as the fan's.
_WORK_MARK_36 = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:no tengo vida|ya no tengo vida|i have no life|have no life|me matan|me estan matando|me tienen muert[oa]|are killing me)\b)"
    r"(?=[\s\S]*\b(?:clientas?|clientes|clients|customers|temporada|season|diciembre|december|navidad|holidays|tanto trabajo|so much work|so busy)\b)"
    r"(?=[\s\S]*\b(?:(?:para|for|por) (?:mi|my) \w+|(?:mi|my) \w+ (?:quiere|wants|pregunta|asks))\b)(?=[\s\S]*(?:" + _ORDINARY_ASK_33 + "))"
)

# 9. Questions: the vital signs watched during the observation period; a caregiver asking whether a
# patient may take an extra pain pill until the doctor's visit, nothing taken yet; a symptom since a
# new medicine, "should i be worried", not happening now.
_VITALS_36 = (
    r"(?:blood pressure|presion(?: arterial)?|oxygen|oxigeno|saturacion|heart rate|pulse|pulso|ritmo cardiaco|frecuencia cardiaca|vital signs|signos vitales)"
    r"[^.?!]{0,100}"
)
_OBSERVATION_MARK_36 = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:observation|observacion|monitoring|monitored|monitorean|vigilan|vital signs|signos vitales)\b)"
    r"(?=[\s\S]*" + _ASKS_36 + ")"
)
_VITALS_NOW_STOPS_36 = (
    r"(?:\d+ ?/ ?\d+|\d+ over \d+|(?:is|esta|are|went|se me|se le|got) (?:\w+ )?(?:low|high|baj\w*|alt\w*|dropp\w*|drop)|dropping|bajando|subiendo|racing|pounding|"
    r"chest pain|dolor (?:de|en el) pecho|me duele el pecho|can not breathe|no puedo respirar|faint\w*|desmay\w*|passed out|unresponsive|no responde|"
    + _NOW_36 + ")"
)
_EXTRA_PILL_36 = (
    r"(?:take|have|give|taking|tomar|tomarse|tome|darle|dar|le doy|le puedo dar)\b[^.?!]{0,20}?\b(?:an? |one |una |otra |un )?(?:extra|more|mas|additional|adicional|double|doble|otra|another)\b[^.?!]{0,60}"
)
_UNTIL_DOCTOR_MARK_36 = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:until|till|before|hasta|antes de)\b[^.?!]{0,30}?\b(?:doctor|doctora|medico|dr|visit|visita|cita|appointment|nurse|enfermer[oa])\b)"
    r"(?=[\s\S]*\b(?:not (?:taken|given|had) (?:\w+ )?(?:yet|anything)|nothing (?:taken |given )?yet|has not taken|have not given|not yet|"
    r"no (?:le )?he dado nada|no (?:se )?ha tomado|todavia no|aun no|no le he dado|ask(?:ing)? first|preguntar primero|pregunto antes)\b)"
)
_EXTRA_PILL_STOPS_36 = (
    r"(?:already (?:took|taken|gave|had)|ya (?:se )?(?:tomo|le di|le dimos|tome)|(?<!not )(?<!no )took (?:two|2|three|3|extra|all|the whole|a bunch|several)|"
    r"se tomo (?:dos|tres|todas|varias|extra|otra)|le di (?:dos|tres|otra|extra)|too many|demasiad\w*|"
    r"not breathing|no respira|(?:will not|wont|can not) wake|no despierta|confus\w*|sleepy|somnolient\w*|drowsy|mare\w*|dizzy|vomit\w*|"
    + _NOW_36 + "|" + _OWN_WISH_32 + ")"
)
_SINCE_NEW_MED_36 = (
    r"(?:since|ever since|desde que)\b[^.?!]{0,15}?\b(?:started|starting|began|empece|comence|inicie|empezo|comenzo|me (?:dieron|recetaron|cambiaron))\b"
    r"[^.?!]{0,25}?\b(?:med|meds|medicine|medication|pill|pills|drug|prescription|dose|medicina|medicamento|pastilla|pastillas|tratamiento|dosis)\b[^.?!]{0,120}|"
    r"[^.?!]{0,100}\b(?:since|ever since|desde que)\b[^.?!]{0,15}?\b(?:started|starting|began|empece|comence|inicie|me (?:dieron|recetaron|cambiaron))\b"
    r"[^.?!]{0,25}?\b(?:med|meds|medicine|medication|pill|pills|drug|prescription|dose|medicina|medicamento|pastilla|pastillas|tratamiento|dosis)\b"
)
_WORRIED_ASK_36 = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:should i (?:be )?(?:worried|concerned|worry)|do i need to worry|is (?:this|that|it) (?:normal|something to worry|a concern|common)|"
    r"debo preocuparme|me debo preocupar|deberia preocuparme|es normal|es para preocuparse|hay que preocuparse|me preocupo)\b)"
    r"(?=[\s\S]*\b(?:not (?:happening|having it|now)|i am (?:fine|ok|okay) (?:right )?now|feel fine|sometimes|at times|every now and then|once in a while|"
    r"at night|in the mornings?|comes and goes|on and off|ahorita no|ahora no|no me (?:pasa|esta pasando) (?:ahorita|ahora)|ahorita estoy bien|ahora estoy bien|"
    r"a veces|de vez en cuando|en las (?:noches|mananas|tardes)|en la (?:noche|manana|tarde)|va y viene)\b)"
)
_SYMPTOM_NOW_STOPS_36 = (
    r"(?:(?<!not )(?<!no esta )happening (?:right )?now|(?<!not )going on now|right now i|i am having (?:it|them|one)|me esta pasando|ahorita (?:me|tengo|siento)|ahora mismo (?:me|tengo|siento)|"
    r"(?:can not|cant) breathe|no puedo respirar|passed out|fainted|me desmaye|desmayad\w*|getting worse|worse|peor|crushing|radiat\w*|arm|brazo|"
    r"swelling|swollen|hinch\w*|throat|garganta|hives|ronchas|lips|labios|911|ambulanc\w*|" + _OWN_WISH_32 + ")"
)

# 6. A depressed relative who says she would never hurt herself and is eating and going out, the
# writer wanting a psychiatrist for her (DIET's and the risk model's reading, no crisis words): the
# denial is ruled out, so the ordinary question leads. Needs the depression, the eating or going out
# and the psychiatrist or an appointment. Stops: the risk words, a plan, not eating, shut in, a burden,
# things given away, a farewell, self-harm, the writer's fear that she means it.
_NEVER_HURT_HERSELF_36 = (
    r"(?:nunca|jamas|never|would not|wouldnt|no) (?:\w+ ){0,2}?(?:se (?:haria|hace|lastimaria|quitaria la vida|haria nada|mataria)|"
    r"hurt (?:herself|himself|themselves)|harm (?:herself|himself|themselves)|do anything to (?:herself|himself|themselves))\b[^.?!]{0,60}"
)
_DEPRESSED_RELATIVE_MARK_36 = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:deprimid[oa]|depresion|depressed|depression)\b)"
    r"(?=[\s\S]*\b(?:comiendo|come bien|come|sale|saliendo|salir|eating|eats|going out|goes out|gets out|trabajando|working)\b)"
    r"(?=[\s\S]*\b(?:psiquiatra|psychiatrist|psiquiatria|psychiatry|terapia|therapy|therapist|terapeuta|cita|appointment|consulta|evaluacion|evaluation)\b)"
)
_DEPRESSED_RELATIVE_STOPS_36 = (
    _RISK_WORDS_35E + "|" + _PLAN_35E + r"|\b(?:no (?:quiere )?come|not eating|stopped eating|dejo de comer|no sale|ya no sale|does not go out|stopped going out|"
    r"encerrad[oa]|isolat\w*|aislad[oa]|no se levanta|will not get out of bed|burden|carga|estorbo|regal\w*|gave away|giving away|despid\w*|"
    r"me preocupa que|tengo miedo (?:de )?que|worried (?:she|he|they) (?:might|will|would)|afraid (?:she|he|they)|scared (?:she|he|they)|"
    r"cutting|se corta|self harm|autoles\w*|hopeless|sin esperanza|no ve salida|talks about|habla de|said before|antes dijo|tried|intento)\b"
)

_ROUND_36_C = [
    # 1. a course's question on naloxone repeated when the person does not react
    (_filter(_NALOXONE_CLASS_36), _NALOXONE_CLASS_STOPS_36, _NALOXONE_CLASS_MARK_36),
    # 2. a pain simile about a condition a medicine controls
    (_filter(_PAIN_SIMILE_36), _PAIN_SIMILE_STOPS_36, _CONTROLLED_36),
    # 3. a fan's "me quiero morir" after a defeat, then a question
    (_filter(_FAN_WISH_36), _FAN_STOPS_36, _FAN_MARK_36),
    # 4. a relative's heart attack in childhood; chest anxiety, no pain today
    (_filter(_WHEN_CHEST_36), _CHEST_NOW_STOPS_36, _HEART_DEATH_LONG_AGO_36),
    # 5. warning signs after a child's head bump, the child well, "solo para saber"
    (_filter(_HEAD_BUMP_36), _HEAD_BUMP_STOPS_36, _CHILD_WELL_36),
    # 7. a nurse's overdoses seen in her working years, a question today
    (_filter(_WORK_OVERDOSES_36), _WORK_OD_STOPS_36, _NURSE_YEARS_36),
    # 8. work hyperbole, then a question for a relative
    (_filter(_FAN_WISH_36), _FAN_STOPS_36, _WORK_MARK_36),
    # ...and the clients who "kill" the writer (DIET's reading, no crisis words of the detector)
    (_filter(r"(?:me (?:matan|estan matando|tienen muert[oa])|(?:are|is) killing me)\b[^.?!]{0,60}"), _FAN_STOPS_36, _WORK_MARK_36),
    # 6. a depressed relative who would never hurt herself, eating and going out; a psychiatrist wanted
    (_filter(_NEVER_HURT_HERSELF_36), _DEPRESSED_RELATIVE_STOPS_36, _DEPRESSED_RELATIVE_MARK_36),
    # 9. vital signs in the observation period; an extra pain pill asked first; a symptom since a new medicine
    (_filter(_VITALS_36), _VITALS_NOW_STOPS_36, _OBSERVATION_MARK_36),
    (_filter(_EXTRA_PILL_36), _EXTRA_PILL_STOPS_36, _UNTIL_DOCTOR_MARK_36),
    (_filter(_SINCE_NEW_MED_36), _SYMPTOM_NOW_STOPS_36, _WORRIED_ASK_36),
]
_add_whole_message_filters(_ROUND_36_C)
# --- round 36's look-alikes of violence at home (helper b) ----------------------------------------
# A door that locked the writer in by accident, or a child's prank ("my son locked me in the bathroom
# by accident, the doorknob broke", "mi nene me encerro en el bano sin querer jaja"): no one keeps the
# writer in. Needs the accident, a child or laughter named. Stops: blows, threats, fear, a weapon,
# blood, a call for help or the police.
_LOCKED_IN_WORDS_36 = (
    r"locked me (?:in|inside|up|out)\b|(?:shut|trapped) me (?:in|inside)\b|(?:has|have|got) me (?:locked|shut|trapped) (?:in|up|inside)\b|"
    r"me (?:encerro|encerraron|tiene encerrad[oa]|tienen encerrad[oa]|dejo encerrad[oa])\b"
)
_BY_ACCIDENT_36 = (
    rf"(?:{_LAUGHTER_MARK}|\b(?:by accident|accidentally|on accident|by mistake|as a joke|prank\w*|door ?knob|handle (?:broke|came off)|lock (?:broke|is broken|got stuck)|"
    r"(?:door|lock) (?:got |is )?stuck|toddler|"
    r"sin querer|por accidente|de broma|por jugar|jugando|se (?:trabo|atoro|atasco|atoraron|trabaron)|la (?:chapa|perilla|manija) (?:se )?(?:trabo|rompio|atoro))\b)"
)
_LOCKED_IN_STOPS_36 = (
    r"(?:hit|hits|hitting|beat|beats|beating|punch\w*|chok\w*|strangl\w*|threat\w*|kill|scared|afraid|terrified|knife|gun|bleeding|blood|"
    r"slap\w*|shov\w*|push\w*|cachetad\w*|bofetad\w*|patad\w*|empuj\w*|help me|911|police|cops|pega|pego|pegando|golpe\w*|ahorc\w*|amenaz\w*|matar|mata|miedo|cuchillo|pistola|sangr\w*|ayudame|auxilio|policia|"
    r"rompiendo|quebrando|destroz\w*|destruyendo|aventando|breaking|smashing|throwing|trashing)"
)
_add_whole_message_filters([(_filter(_LOCKED_IN_WORDS_36), _LOCKED_IN_STOPS_36, _BY_ACCIDENT_36)])
# The same accident or laughter beside things broken and a phone taken ("my husband broke the tv
# moving it lol, he took my phone to watch the game"): the breaking is no rampage. Stops: blows,
# threats, fear, a weapon, blood, a call for help or the police, a lock-in.
_BREAKING_STOPS_36 = (
    r"(?:hit|hits|hitting|beat|beats|beating|punch\w*|chok\w*|strangl\w*|threat\w*|kill|scared|afraid|terrified|knife|gun|bleeding|blood|"
    r"slap\w*|shov\w*|push\w*|cachetad\w*|bofetad\w*|patad\w*|empuj\w*|help me|911|police|cops|pega|pego|pegando|golpe\w*|ahorc\w*|amenaz\w*|matar|mata|miedo|cuchillo|pistola|sangr\w*|ayudame|auxilio|policia|"
    r"locked me|encerr\w*|yelling|screaming|gritando|grita)"
)
_add_whole_message_filters([(_filter(_F._BREAKING_36), _BREAKING_STOPS_36, _BY_ACCIDENT_36)])
# --- round 36's readings (helper a): suicide risk -------------------------------------------------
# Each of these tells a danger now, whatever past marker the clause holds ("se cuanto hace falta",
# "ya lo conte", "left a voicemail", "ya me tome"): the means counted and set aside for a time
# named, an engine or charcoal burning in a closed place, an older person's medicines gathered for
# a set moment, someone who announced it and showed the means then left, means kept aside to end it
# on a named day, a farewell after taking what was saved.
PRESENT_DANGER = PRESENT_DANGER + [
    _F.LETHAL_AMOUNT_SET_ASIDE, _F.CO_NOW_36, _F.ELDER_MEDS_GATHERED, _F.ANNOUNCED_MEANS_THEN_GONE,
    _F.MEANS_KEPT_TO_END_ES, _F.TOOK_SAVED_FAREWELL,
]


# --- round 36's leftover gaps (helper e): an emergency told beside a course -------------------
# 1. The filters that rule out a course's or a class's naloxone, CPR or first-aid question ("naloxone
# course", "curso de naloxona", "narcan training", a course's question on how many doses) also ruled
# out a real emergency told beside the course: someone in front of the writer not responding, not
# breathing, blue or purple now ("hice el curso de naloxona, pero la persona que tengo enfrente no
# responde y tiene los labios morados, cuantas veces se la pongo?"). Each such filter stops at a sign
# happening now, told as a statement (phrases.SIGN_NOW_BESIDE_A_COURSE_36E, also a NOT_STUDY mark),
# read over the whole message; the course's own question ("si la persona no reacciona") still
# matches its filter. The five such filters, by name:
_COURSE_FILTERS_36E = (
    _NALOXONE_TRAINING,           # a naloxone training or course
    _GATHERING_ON_A_DEATH_TOPIC,  # round 21: a class or a talk on overdose
    _DEATH_TOPIC_GATHERING,       # round 21: an overdose-response class
    _filter(_WITNESSED_OD_35),    # round 35: an overdose witnessed long ago, naloxone given
    _filter(_NALOXONE_CLASS_36),  # round 36: a course's question on how often naloxone is repeated
)
for _course_filter_36e in _COURSE_FILTERS_36E:
    _add_stops(_course_filter_36e, _F.SIGN_NOW_BESIDE_A_COURSE_36E, extend=True)


# 3. Ordinary medication questions (round 36 helper c's filters 9, widened): a caregiver or a parent
# asking whether someone may double a pain pill or take an extra one or two instead of one, nothing
# taken yet, with no doctor's visit named ("can my mom take two of her pain pills instead of one? she
# has not taken any yet", "le puedo dar doble dosis de su pastilla para el dolor? todavia no le he
# dado nada"); and a symptom since a new pill told as "empece una pastilla nueva y desde entonces ...
# a veces, debo preocuparme?" ("started a new pill and since then"). Stops: helper c's.
_EXTRA_OR_DOUBLE_36E = (
    _EXTRA_PILL_36 + r"|"
    r"(?:take|takes|have|give|gives|taking|tomar|tomarse|tome|darle|dar|le doy|le puedo dar)\b[^.?!]{0,25}?\b(?:two|2|dos)\b[^.?!]{0,50}?\b"
    r"(?:instead of (?:one|1)|rather than (?:one|1)|en vez de (?:una|uno|1)|en lugar de (?:una|uno|1))\b[^.?!]{0,40}|"
    r"(?:double (?:up|dose|the dose|her dose|his dose)|doble dosis|dosis doble|doblar (?:la|su) dosis|doblarle la dosis)\b[^.?!]{0,60}"
)
_PAIN_PILL_NOT_YET_MARK_36E = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:not (?:taken|given|had) (?:\w+ )?(?:yet|anything|today)|nothing (?:taken |given )?yet|(?:has|have) not (?:taken|given|had)|not yet|"
    r"no (?:le )?he dado nada|no (?:se )?ha tomado|todavia no|aun no|no le he dado|ask(?:ing)? first|preguntar primero|pregunto antes|just asking before)\b)"
    r"(?=[\s\S]*\b(?:pain|ache|aches|hurts|dolor|duele|tylenol|acetaminophen|ibuprofen|advil|motrin|aleve|naproxen|tramadol|percocet|oxycodone|oxy|hydrocodone|"
    r"vicodin|norco|codeine|codeina|paracetamol|acetaminofen|ibuprofeno|naproxeno|oxicodona|hidrocodona)\b)"
    r"(?=[\s\S]*" + _ASKS_36 + r"|[\s\S]*\b(?:can (?:she|he|they|i|my)|could (?:she|he|i)|is it (?:ok|okay|safe)|puede|puedo|se puede|esta bien|es seguro)\b)"
)
_NEW_PILL_SINCE_THEN_36E = (
    r"(?:started|began|starting|empece|empeze|comence|inicie|empezo|comenzo|me (?:dieron|recetaron|cambiaron)(?: a)?) (?:on |con )?(?:a |an |the |my |una |un |el |la |mi )?"
    r"(?:\w+ )?(?:med|meds|medicine|medication|pill|pills|drug|prescription|medicina|medicamento|pastilla|pastillas|tratamiento|pildora)\b(?: \w+)?"
    r"(?: y| and)? (?:desde entonces|desde ahi|desde eso|desde ese dia|since then|ever since|and since then)\b[^.?!]{0,120}"
)

_ROUND_36_E = [
    (_filter(_EXTRA_OR_DOUBLE_36E), _EXTRA_PILL_STOPS_36, _PAIN_PILL_NOT_YET_MARK_36E),
    (_filter(_NEW_PILL_SINCE_THEN_36E), _SYMPTOM_NOW_STOPS_36, _WORRIED_ASK_36),
]
_add_whole_message_filters(_ROUND_36_E)


# --- round 37's look-alikes (helper k): known false alarms --------------------------------------
# Declared like round 36's: (filter, stops read over the whole message, a mark the message must
# hold or None); each also gives way to a danger told now (STOPPED_AT_PRESENT_DANGER: an engine on
# in a closed garage, an older person's medicines gathered for a set moment, the lethal amount set
# aside), so the same words told as a real danger still alarm.

# What every filter below gives way to: the writer's own wish or plan, a farewell, something
# happening now, earnest words.
_WISH_OR_NOW_37 = (
    _OWN_WISH_32 + r"|" + _NOW_36 + r"|want to (?:die|sleep forever|not wake up)|not wake up|never wake up|no (?:volver a )?despertar|dormir para siempre|"
    r"goodbye|adios|despedirme|me despido|forgive me|perdonenme|sorry for everything|nobody will miss|nadie me va a extranar|no aguanto|ya no puedo|can not go on|"
    r"not joking|not kidding|no es broma|en serio|hopeless|sin esperanza|overdos\w*|sobredosis|no respira|not breathing|unresponsive|no responde"
)

# 1. A car left running or warming up in a garage or a driveway, told as a chore or a safety question
# ("i left the car running in the garage to warm it up, is that dangerous?", "deje el carro prendido
# en el garaje calentandose"). Needs the chore (warming up, every morning, loading the kids), a
# safety question or no one inside. Stops: someone sitting inside, a closed garage door (also
# CO_NOW_36, a danger now), sleepiness, a headache, dizziness or nausea now, the writer's wish.
_CAR_RUNNING_37 = (
    r"(?:car|truck|engine|motor|van|suv|carro|coche|auto|troca|camioneta)\b[^.?!]{0,30}?\b(?:running|idling|on|started|going|prendid[oa]|encendid[oa]|andando|"
    r"calentando\w*)\b[^.?!]{0,100}|"
    r"(?:warm|warming|start|starting|run|running|idle|idling|calentar|prendo|prender|enciendo|encender)\b[^.?!]{0,20}?\b(?:the |my |a |el |la |mi )?"
    r"(?:car|truck|engine|van|suv|carro|coche|auto|troca|camioneta)\b[^.?!]{0,100}"
)
_CAR_CHORE_MARK_37 = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:garage|garaje|cochera|driveway|entrada|carport)\b)"
    r"(?=[\s\S]*\b(?:warm (?:it |her |the car |the truck )?up|warming (?:it |her )?up|to warm|warm up|defrost\w*|de-?ice|defrost|calentar\w*|calentando\w*|se caliente|"
    r"every morning|each morning|in (?:the )?winter|cada manana|todas las mananas|en invierno|loading|loaded|unloading|grabbed|grab|groceries|mandado|"
    r"(?:is|was) (?:that|it) (?:safe|dangerous|ok|okay|bad)|how long|how many minutes|safe to|just curious|es peligroso|es seguro|cuanto tiempo|"
    r"by accident|by mistake|accidentally|sin querer|por accidente|nobody (?:was )?(?:inside|in it|in the car)|no one (?:was )?(?:inside|in it|in the car)|"
    r"nadie (?:estaba )?(?:adentro|dentro)|everyone is fine|todos estan bien|door (?:was |is )?(?:open|up)|puerta abierta|air out|ventilar)\b)"
)
_CAR_INSIDE_STOPS_37 = (
    r"(?:i am|im|i was|i sit|sitting|sat|me sente|estoy|estaba|me meti|sentad[oa]|got|get) (?:\w+ ){0,2}?(?:in|inside|en|dentro|adentro)\b(?! (?:the house|la casa|the kitchen|la cocina))|"
    r"(?:door|puerta) (?:is |was |esta )?(?:closed|shut|down|cerrada)|closed (?:the )?(?:garage|door)|cerre (?:la )?(?:cochera|garaje|puerta)|"
    r"sleepy|drowsy|headache|dizzy|nause\w*|vomit\w*|confused|passed out|fainted|somnolient\w*|dolor de cabeza|mare\w*|vomit\w*|desmay\w*|no se despierta|"
    r"will not wake|can not wake|sleep|dormir|" + _WISH_OR_NOW_37
)

# 2. Buying a rope, a cord or a line for an ordinary use named in the message (a clothesline, a tent,
# a swing, moving furniture, a boat): "compre una soga para el tendedero", "bought a rope for the
# boat". Needs the use named. Stops: a hanging of oneself, a noose or a knot, a beam, a tree or a
# height named for oneself, the use denied ("not for camping"), the writer's wish.
_ROPE_BOUGHT_37 = (
    r"(?:bought|buy|buying|got|get|getting|picked up|ordered|need|compre|compro|comprar|consegui|conseguir|necesito|fui a comprar|voy a comprar|traje)\b"
    r"[^.?!]{0,30}?\b(?:rope|ropes|cord|cords|line|twine|soga|sogas|cuerda|cuerdas|mecate|lazo|reata|cordon|cordel|tendedero)\b[^.?!]{0,100}"
)
_ROPE_USE_MARK_37 = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:clothes ?line|laundry|hang (?:the |my )?(?:clothes|laundry|washing)|tent|tents|camping|campsite|swing|swings|tire swing|tree ?house|"
    r"move|moving|movers|furniture|couch|sofa|dresser|tie (?:down|up) (?:the |a )?(?:load|tarp|tent|boat|kayak|couch|mattress)|tarp|boat|kayak|canoe|dock|anchor|sail\w*|"
    r"dog|leash|climbing gym|tug of war|jump rope|crafts?|macrame|garden|fence|"
    r"tendedero|tender (?:la )?ropa|ropa|casa de campana|acampar|campamento|columpio|columpios|mudanza|mover|muebles|sillon|colchon|amarrar (?:el|la|los|las) "
    r"(?:bote|lancha|carga|lona|casa|perro|colchon|muebles)|bote|lancha|kayak|muelle|ancla|lona|perro|correa|brincar|saltar la cuerda|manualidades|jardin|cerca)\b)"
)
_ROPE_STOPS_37 = (
    r"(?:hang myself|hanging myself|hang me|noose|slip ?knot|tie (?:it|a knot) (?:around|to) (?:my|the) (?:neck|beam)|around my neck|beam|rafter|"
    r"colgarme|ahorcarme|me voy a colgar|me cuelgo|ahorcar\w*|nudo corredizo|en el cuello|alrededor del cuello|viga|"
    r"for me to|para mi\b|para (?:acabar|terminar)|to end|"
    # the use named only to be denied ("bought rope today. not for camping.")
    r"not (?:for|to)|is not for|no (?:es )?para|no lo (?:es|uso) para|" + _WISH_OR_NOW_37 + ")"
)

# 3. A nurse, a pharmacist, a pharmacy or nursing student asking the toxic or lethal dose of a common
# medicine for work or study, nothing taken by anyone ("as a nurse i get asked this at work: what is
# the lethal dose of tylenol?"). Needs the trade named and a question. Stops: anything taken or
# swallowed, the writer's own supply or plan, a time set, counted or set aside (also
# LETHAL_AMOUNT_SET_ASIDE, a danger now), the writer's wish.
# (the guarded filter is read between word bounds, so the question mark is looked ahead at, not matched)
_LETHAL_WORD_37 = r"(?:lethal|fatal|deadly|toxic|hepatotoxic|letal|mortal|toxica|toxico)"
_DOSE_QUESTION_37 = (
    r"\b(?:what|whats|what is|how much|how many|at what|cual|cuanto|cuantos|cuantas|a partir de)\b[^.?!]{0,60}?\b" + _LETHAL_WORD_37 + r"\b[^.?!]{0,80}|"
    r"(?:\b[^.?!]{0,40})?\b" + _LETHAL_WORD_37 + r"\b[^.?!]{0,80}(?=\s*\?)"
)
_TRADE_ASKS_MARK_37 = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:nurse|nurses|nursing|rn|lpn|cna|np|pharmacist|pharmacy|pharmacology|pharm ?d|pharmd|pharm tech|paramedic|emt|medic|med student|medical student|"
    r"enfermer[oa]s?|enfermeria|farmaceutic[oa]|farmacia|farmacologia|auxiliar de farmacia|tecnic[oa] de farmacia|paramedico|estudiante de medicina)\b)"
    r"(?=[\s\S]*" + _ASKS_36 + r"|[\s\S]*\b(?:what is|whats|what are|how much|how many|at what|cual es|cuanto|cuantos|cuantas|a partir de)\b)"
)
_DOSE_TAKEN_STOPS_37 = (
    r"(?:took|taken|take (?:it|them|all)|swallow\w*|ingest\w*|ate|downed|overdid|tome|tomo|me tome|se tomo|tomado|trag\w*|se comio|ingiri\w*|"
    r"my own|for myself|for me\b|para mi\b|my (?:supply|stash|bottle)|mi (?:frasco|bote)|i have (?:enough|a bottle|\d+)|tengo (?:suficiente|un frasco|\d+)|"
    r"counted|set (?:it |them )?aside|saved|saving|stockpil\w*|guardad\w*|apartad\w*|contad\w*|tonight|esta noche|after (?:work|my shift)|"
    r"not an accident|no fue un accidente|tired of|cansad[oa] de|my (?:own )?(?:prescription|pills|meds|medications?|bottle)|mis (?:pastillas|medicinas|medicamentos)|"
    r"next to me|in front of me|beside me|at hand|piled|lined up|a mi lado|enfrente de mi|junto a mi|show up|be here|wake up|despertar|no voy a (?:ir|estar)|" + _WISH_OR_NOW_37 + ")"
)

# 4. Pills packed or counted for a trip or a week, or put in a pill organiser ("mis pastillas para el
# viaje", "counted all my pills for my vacation"), and all one's morning pills put in a cup or a
# glass to be taken together as usual ("pongo todas mis pastillas en una taza cada manana y me las
# tomo juntas"). Needs the trip, the week or the organiser named (first), or the routine (second).
# Stops: stockpiling words with a purpose (enough to, all at once, to end it), a time set tonight,
# living alone at an old age (also ELDER_MEDS_GATHERED, a danger now), the writer's wish.
_PILLS_37 = r"(?:pills|meds|medications|medicines|medicine|tablets|pastillas|medicinas|medicamentos|pildoras)"
_FOR_TRIP_37 = (
    r"(?:for|para) (?:the |my |this |next |our |a |el |mi |la |las |mis |nuestro |este |esta )?(?:whole |entire |coming |upcoming |toda la |todo el )?"
    r"(?:trip|travel|travels|vacation|holiday|holidays|flight|cruise|road trip|journey|weekend|week ahead|week|viaje|vacaciones|vuelo|crucero|fin de semana|semana|mes)\b(?! (?:ago|atras))|"
    r"(?:in|into|en) (?:my |the |a |mi |el |la )?(?:weekly |daily |travel )?(?:pill ?(?:organi[sz]er|box|case|dispenser)|pillbox|pastillero|organizador|suitcase|carry-?on|luggage|maleta|equipaje|bolsita|neceser)"
)
_PILLS_PACKED_37 = (
    rf"(?:count\w*|pack\w*|sav\w*|collect\w*|sort\w*|set aside|setting aside|put|putting|got|have|filled|prepar\w*|conte|cuento|contando|contadas|empac\w*|guard\w*|"
    rf"junt\w*|separ\w*|puse|pongo|meti|tengo|ya tengo|prepar\w*|llene|organic\w*)\b[^.?!]{{0,40}}?\b{_PILLS_37}\b[^.?!]{{0,60}}?\b(?:{_FOR_TRIP_37})[^.?!]{{0,60}}|"
    rf"(?:{_FOR_TRIP_37})\b[^.?!]{{0,40}}?\b(?:count\w*|pack\w*|sav\w*|collect\w*|sort\w*|put|conte|cuento|contando|contadas|empac\w*|guard\w*|junt\w*|separ\w*|puse|pongo)\b[^.?!]{{0,60}}"
)
_PILLS_PACKED_STOPS_37 = (
    r"(?:enough to|all at once|at once|de una vez|de golpe|to end|para (?:acabar|terminar)|lethal|letal|mortal|not wake|tonight|esta noche|"
    r"(?:live|living|vivo|viviendo) (?:all )?(?:alone|sol[oa])|stockpil\w*|hoard\w*|" + _WISH_OR_NOW_37 + ")"
)
_PILLS_IN_A_CUP_37 = (
    rf"(?:put|puts|putting|pour|poured|set|dump|puse|pongo|pone|junte|junto|meto|meti|echo|eche)\b[^.?!]{{0,20}}?\b(?:all )?(?:of )?(?:my |mis |todas mis |todas las |las )?"
    rf"(?:morning |night |nighttime |daily |evening |de la manana |de la noche |del dia |diarias )?{_PILLS_37}\b[^.?!]{{0,90}}"
)
_AS_USUAL_MARK_37 = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:every (?:morning|day|night|evening)|each (?:morning|day|night)|like (?:i )?always(?: do)?|as (?:i )?always(?: do)?|as usual|like usual|same as always|"
    r"like every (?:day|morning)|daily routine|my routine|every single day|como siempre|como de costumbre|cada manana|cada noche|cada dia|todas las (?:mananas|noches)|"
    r"todos los dias|de diario|mi rutina|como todos los dias)\b)"
    r"(?=[\s\S]*\b(?:cup|glass|mug|bowl|taza|vaso|vasito|tacita|plato|platito)\b)"
)
_PILLS_CUP_STOPS_37 = (
    r"(?:enough to|lethal|letal|mortal|to end|para (?:acabar|terminar)|tonight|esta noche|after (?:the|my) (?:show|program|dinner)|despues de (?:la|mi) (?:cena|novela|programa)|"
    r"(?:live|living|vivo|viviendo) (?:all )?(?:alone|sol[oa])|nobody comes|nadie viene|the whole bottle|todo el frasco|todas de una vez|all of them at once|" + _WISH_OR_NOW_37 + ")"
)

# 5. A joking or idiomatic "better off" / "estaria mejor" about something trivial: a sports team, a
# haircut, a phone, a job, a pizza ("the lakers would be better off without him", "estaria mejor sin
# este corte de pelo jajaja"). The words hold the trivial thing in the same sentence. Stops: without
# the writer ("without me", "sin mi", "que conmigo"), dead, gone, buried or in the ground, the
# writer's family or a life insurance named, the writer's wish, earnest words, a burden.
_TRIVIAL_37 = (
    r"(?:team|teams|coach|coaches|quarterback|qb|pitcher|goalie|goalkeeper|striker|referee|refs?|roster|lineup|bullpen|defense|offense|season|league|"
    r"lakers|knicks|nets|yankees|mets|jets|giants|eagles|cowboys|patriots|dodgers|red sox|celtics|warriors|heat|bulls|rangers|"
    r"haircut|hair ?cut|bangs|beard|hair|dye|phone|iphone|android|cell|laptop|computer|tablet|charger|car|job|boss|office|company|apartment|couch|"
    r"pizza|pineapple|coffee|decaf|sneakers|shoes|outfit|playlist|netflix|show|movie|"
    r"equipo|entrenador|tecnico|portero|arquero|delantero|defensa|arbitro|temporada|liga|america|chivas|cruz azul|pumas|barca|madrid|"
    r"corte|pelo|cabello|fleco|barba|tinte|celular|cel|telefono|compu|computadora|laptop|cargador|carro|trabajo|chamba|jefe|oficina|depa|departamento|"
    r"pizza|pina|cafe|tenis|zapatos|serie|pelicula)"
)
_BETTER_OFF_37 = (
    r"(?:better off|be better|estaria(?:n|mos)? mejor|estaria mejor|estarias mejor)"
)
_TRIVIAL_BETTER_OFF_37 = (
    rf"[^.?!]{{0,80}}?\b{_TRIVIAL_37}\b[^.?!]{{0,60}}?\b{_BETTER_OFF_37}\b[^.?!]{{0,80}}|"
    rf"[^.?!]{{0,40}}?\b{_BETTER_OFF_37}\b[^.?!]{{0,40}}?\b{_TRIVIAL_37}\b[^.?!]{{0,80}}"
)
_BETTER_OFF_STOPS_37 = (
    r"(?:without me|if i (?:was|were|am) (?:gone|dead|not here)|with me gone|sin mi\b|si (?:yo )?no (?:estuviera|existiera)|si me muero|si me muriera|"
    r"better off dead|mejor muert[oa]|dead|muert[oa]|gone for good|not (?:be )?here|disappear|desaparec\w*|burden|carga|estorbo|"
    r"nobody|no one|nadie|worthless|no valgo|hate myself|me odio|"
    # the writer's family or loved ones ("mi familia estaria mejor con el seguro de vida que conmigo"), a grave
    r"conmigo|than (?:with )?me|life insurance|seguro de vida|famil\w*|kids|children|wife|husband|partner|hijos|hijas|esposa|esposo|marido|everyone|todos|"
    r"buried|bury|grave|ground|six feet|underground|with (?:them|the ones|the dead|the fallen)|enterrad\w*|bajo tierra|tumba|con ellos|" + _WISH_OR_NOW_37 + ")"
)

_ROUND_37_K = [
    # 1. a car running in a garage or a driveway, a chore or a safety question
    (_filter(_CAR_RUNNING_37), _CAR_INSIDE_STOPS_37, _CAR_CHORE_MARK_37),
    # 2. a rope bought for an ordinary use named
    (_filter(_ROPE_BOUGHT_37), _ROPE_STOPS_37, _ROPE_USE_MARK_37),
    # 3. a health worker's or a student's question on the toxic or lethal dose
    (_filter(_DOSE_QUESTION_37), _DOSE_TAKEN_STOPS_37, _TRADE_ASKS_MARK_37),
    # 4. pills packed for a trip or a week; the morning pills in a cup, taken together as usual
    (_filter(_PILLS_PACKED_37), _PILLS_PACKED_STOPS_37, None),
    (_filter(_PILLS_IN_A_CUP_37), _PILLS_CUP_STOPS_37, _AS_USUAL_MARK_37),
    # 5. "better off" about a team, a haircut, a phone, a job
    (_filter(_TRIVIAL_BETTER_OFF_37), _BETTER_OFF_STOPS_37, None),
]
_add_whole_message_filters(_ROUND_37_K)


# --- round 37's false alarms (helper c) ----------------------------------------------------------
# Declared like round 36's (filter, stops read over the whole message, a mark the message must hold);
# each also gives way to a danger told now (STOPPED_AT_PRESENT_DANGER).

# A danger told now, someone not breathing or not waking, the writer's own act or wish: the stops most
# of this round's filters share.
_SIGNS_NOW_37 = (
    r"(?:is|are) not breathing|not breathing|no (?:esta )?respira\w*|barely breathing|(?:will not|wont|can not) wake|no (?:se )?despierta\b|no responde|"
    r"unresponsive|(?:is|are|esta|estan|se (?:esta|puso)) (?:\w+ )?(?:blue|gray|grey|morad[oa]s?|azul\w*)|labios|lips|still (?:not|no)\b|sigue sin|"
    r"hace (?:\w+ )?minutos|minutes ago|mins ago|overdosing|i (?:took|relapsed|overdosed)|me tome (?:todas|todo|muchas|demasiad\w*)"
)
_STOPS_37 = r"(?:" + _SIGNS_NOW_37 + "|" + _NOW_36 + "|" + _OWN_WISH_32 + ")"

# 1. Naloxone given at work several times over the years, everyone survived, told as background
# before a question about opioid-dependence care for a friend. Needs the work, the times or years and
# everyone's survival. Stops: someone not breathing or not waking now, minutes ago, now, 911, the
# writer's own use or wish.
_NALOXONE_AT_WORK_37 = (
    r"(?:gave|given|give|giving|used|using|sprayed|administer\w*|administrado|puesto|poner|dado|dar|aplicado|aplicar)\b[^.?!]{0,40}?\b(?:naloxon\w*|narcan)\b[^.?!]{0,120}|"
    r"(?:naloxon\w*|narcan)\b[^.?!]{0,120}"
)
_WORK_YEARS_SURVIVED_37 = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:at work|worked|working|harm reduction|at my job|on the job|my job|at the (?:shelter|library|store|station|school|site)|security|guard|shelter|outreach|"
    r"en el trabajo|en mi trabajo|mi trabajo|trabajo|albergue|refugio|guardia|seguridad)\b)"
    r"(?=[\s\S]*\b(?:times|over the years|years|several|veces|a lo largo de los anos|en estos anos|anos|varias)\b)"
    r"(?=[\s\S]*\b(?:every ?(?:one|body) (?:survived|made it|lived|pulled through|was (?:ok|okay|fine))|(?:they )?all (?:of them )?(?:survived|made it|lived)|"
    r"no ?one died|nobody died|todos (?:sobrevivieron|vivieron|se salvaron|salieron bien|se recuperaron)|nadie (?:se )?murio)\b)"
)

# 2. A daily smell at work (acetone, paint, bleach fumes) giving a headache, with an explicit "not an
# emergency, just asking". Needs the work, the headache and the "not an emergency". Stops: the breath
# (diabetes), a mixture of cleaners, the smell swallowed, breathing, a faint, confusion, vomiting,
# a child, now.
_WORK_SMELL_37 = (
    r"(?:acetone|acetona|quitaesmalte|nail polish remover|paint|pintura|thinner|bleach|cloro|lejia|fumes|vapores|olor|smell)\b[^.?!]{0,100}"
)
_WORK_SMELL_MARK_37 = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:work|job|salon|shift|painting|paint houses|cleaning|trabajo|trabajando|salon|turno|pintando|limpio|limpieza|oficinas)\b)"
    r"(?=[\s\S]*\b(?:headaches?|dolor de cabeza|dolores de cabeza|jaqueca|migra\w*)\b)"
    r"(?=[\s\S]*\b(?:not an emergency|not (?:an )?urgent|no es (?:una )?emergencia|no es urgente|no es nada urgente|just asking|solo pregunto|"
    r"solo (?:queria|quiero) preguntar|nomas pregunto)\b)"
)
_WORK_SMELL_STOPS_37 = (
    r"(?:breath|aliento|fruity|a fruta|diabet\w*|azucar|sugar|glucos\w*|ammonia|amoniaco|mezcl\w*|mixed|mixing|drank|bebi|swallow\w*|trag\w*|tomo|"
    r"can not breathe|no puedo respirar|falta el aire|short of breath|desmay\w*|faint\w*|passed out|confus\w*|vomit\w*|"
    r"my (?:son|daughter|kid|baby)|mi (?:hijo|hija|bebe|nino|nina)|" + _NOW_36 + "|" + _OWN_WISH_32 + ")"
)

# 3. Laughing so hard one "could not breathe" (with laughter, an emoji or "lol"), then a practical
# question. Needs the laughing word and the laughter mark. Stops: choking, asthma, an inhaler, the
# lips, the chest, still not breathing, a faint, now, 911.
_LAUGH_BREATH_37 = (
    r"(?:no (?:podia|podiamos|pude|pudimos|puedo|podemos)|could not|couldnt|can not|cant)\s(?:ni |even |literally )?(?:respirar|breathe)\b[^.?!]{0,40}"
)
_LAUGHED_MARK_37 = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:laugh\w*|joke|funny|hilarious|me rei|nos reimos|reir|riendo|risa|chistos[oa]|chiste)\b)(?=[\s\S]*(?:" + LAUGHTER + "))"
)
_LAUGH_BREATH_STOPS_37 = (
    r"(?:chok\w*|atragant\w*|ahog\w*|asthma|asma|inhaler|inhalador|wheez\w*|silb\w*|lips|labios|chest|pecho|still can not|still cant|todavia no puedo|"
    r"sigo sin|desmay\w*|faint\w*|passed out|" + _NOW_36 + "|" + _OWN_WISH_32 + ")"
)

# 4. A medicine taken twice by accident, already handled: the pharmacist or Poison Control said it was
# fine, skip the next dose. Needs the accident, the one consulted and the "fine" or "skip". Stops: signs
# now (dizzy, sleepy, vomiting, not waking), more than twice (three, the bottle, all), on purpose, now.
_TWICE_37 = (
    r"[^.?!]{0,50}\b(?:twice|two times|dos veces|double dose|doble dosis|doubled)\b[^.?!]{0,60}"
)
_TWICE_HANDLED_MARK_37 = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:by accident|accidentally|by mistake|mistakenly|sin querer|por error|por accidente|por equivocacion|se me olvido)\b)"
    r"(?=[\s\S]*\b(?:pharmacist|pharmacy|poison control|poison center|nurse line|farmaceutic[oa]|farmacia|control de (?:envenenamiento|intoxicaciones|venenos)|"
    r"centro de (?:toxicologia|intoxicaciones|envenenamiento)|toxicologia)\b)"
    r"(?=[\s\S]*\b(?:fine|ok|okay|no problem|nothing to worry|skip|no pasa nada|no hay problema|esta bien|estara bien|va a estar bien|sin problema|"
    r"saltar\w*|salte|se salte|me salte|no (?:tome|tomar|tomara|se tome) la (?:de manana|siguiente|proxima))\b)"
)
_TWICE_STOPS_37 = (
    r"(?:dizzy|mare\w*|sleepy|drowsy|somnolient\w*|vomit\w*|throwing up|confus\w*|faint\w*|desmay\w*|passed out|chest|pecho|racing|palpit\w*|"
    r"feels? (?:sick|bad|weird|strange)|se siente (?:mal|raro|rara)|me siento (?:mal|raro|rara)|worse|peor|three|tres|four|cuatro|whole bottle|"
    r"todas|all of|frasco|bottle|on purpose|a proposito|" + _SIGNS_NOW_37 + "|" + _NOW_36 + "|" + _OWN_WISH_32 + ")"
)

# 5. Idioms of being sued, fined, billed or nagged "to death" ("me van a cobrar hasta la muerte"), and
# paperwork or forms that make one "want to die" ("me quiero morir con tanto papeleo"), then a
# practical question. Needs the question. Stops: the writer's own wish told beside it; for the
# paperwork's wish, round 36's fan stops (the means, a farewell, a plan, earnest words, loneliness).
_TO_DEATH_37 = (
    r"(?:sue|suing|sued|sues|bill|billing|billed|bills|charge|charging|charged|fine|fining|fined|nag|nagging|nags|nagged|hound\w*|harass\w*|bug|bugging|"
    r"call|calling|tax|taxing|taxed)\s(?:me|us)\s(?:\w+ )?to death\b[^.?!]{0,60}|"
    r"(?:cobrar|cobrando|cobran|cobra|multar|multando|multan|demandar|demandando|demandan|fastidiar|fastidiando|molestar|molestando|regan\w*|llamar|llamando)\w*"
    r"[^.?!]{0,30}?\bhasta la muerte\b[^.?!]{0,60}"
)
_PAPERWORK_37 = r"(?:papeleo|papeles|formularios|formas|tramites|paperwork|forms|claims?|planillas)"
_PAPERWORK_WISH_37 = (
    r"(?:me quiero morir|quiero morirme|me dan ganas de morir\w*|ganas de morir\w*|makes? me want to die|i want to die|want to die)\b[^.?!]{0,20}?"
    r"\b(?:con|de|with|over|from|por)\s(?:\w+ ){0,3}?" + _PAPERWORK_37 + r"\b[^.?!]{0,60}|"
    + _PAPERWORK_37 + r"\b[^.?!]{0,50}?(?:me quiero morir|quiero morirme|ganas de morir\w*|makes? me want to die|want to die)\b[^.?!]{0,40}"
)
_PRACTICAL_ASK_37 = r"(?<![\s\S])(?=[\s\S]*(?:" + _ORDINARY_ASK_33 + "))"

# 6. News of a child or a stranger who died from fentanyl hidden in candy or pills, told as news, the
# writer asking for information for parents (English, Caribbean English spelling, Spanish). Needs the
# news and the parents or the information. Stops: the writer's own child or self who ate or took
# something, someone not breathing now, now, the writer's own wish.
_FENTANYL_NEWS_37 = r"[^.?!]{0,120}\b(?:fentanyl|fentanilo|fentanil)\b[^.?!]{0,120}"
_NEWS_FOR_PARENTS_MARK_37 = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:news|noticias|noticiero|the paper|newspaper|periodico|article|articulo|on tv|en la tele|television|facebook|"
    r"heard|escuche|read|lei|it was on|salio en)\b)"
    r"(?=[\s\S]*\b(?:parents|padres|papas|information|informacion|info|resources|recursos|what should|que deben|look out|weh parents)\b)"
)
_FENTANYL_NEWS_STOPS_37 = (
    r"(?:(?:my|mi) (?:\w+ )?(?:son|daughter|kid|kids|child|boy|girl|hijo|hija|hijos|nino|nina|pickney|baby|bebe|yute)\b[^.?!]{0,60}"
    r"(?:ate|eat|eaten|took|taken|swallow\w*|comio|se comio|tomo|se tomo|trago|nyam|found|encontro)|"
    r"i (?:took|ate|used)|me (?:tome|comi)|" + _SIGNS_NOW_37 + "|" + _NOW_36 + "|" + _OWN_WISH_32 + ")"
)

# 8. Pain hyperbole: "me mata el dolor de rodillas" from standing all day at work, asking for something
# that is not pills. Needs the pain, the standing or the work and the "not pills". Stops: the chest,
# breathing, numbness, a fall, pills taken, the writer's own wish, now.
_PAIN_KILLS_37 = (
    r"(?:me (?:mata|matan|esta matando|estan matando)|me tiene(?:n)? muert[oa]s?|(?:is|are) killing me)\b[^.?!]{0,80}|"
    r"(?:dolor|dolores|pain)\b[^.?!]{0,40}?(?:me (?:mata|matan|esta matando|estan matando)|(?:is|are) killing me)\b[^.?!]{0,40}"
)
_STANDING_NOT_PILLS_MARK_37 = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:dolor|dolores|pain|rodillas?|espalda|knees?|back|pies|feet|piernas|legs)\b)"
    r"(?=[\s\S]*\b(?:parad[oa]s?|de pie|standing|on my feet|trabajo|work|fabrica|warehouse|turno|shift|cajer[oa])\b)"
    r"(?=[\s\S]*\b(?:(?:que )?no sean? (?:pastillas|pildoras)|sin pastillas|other than pills|not pills|is not pills|are not pills|besides pills|"
    r"without pills|no pills|instead of pills|aparte de (?:las )?pastillas|en vez de pastillas)\b)"
)
_PAIN_KILLS_STOPS_37 = (
    r"(?:chest|pecho|brazo izquierdo|left arm|can not breathe|no puedo respirar|numb\w*|entumid\w*|adormecid\w*|can not (?:move|walk|feel)|"
    r"no (?:puedo|siento) (?:mover|caminar|las piernas)|fell|me cai|took (?:a bunch|all|too many)|tome (?:todas|muchas|demasiad\w*)|"
    r"ya no aguanto|no puedo mas|" + _NOW_36 + "|" + _OWN_WISH_32 + ")"
)

# 9. Overdoses witnessed at work long ago (a bus or taxi driver, a security guard: "he visto de todo,
# hasta gente con sobredosis") that left trauma, asking whether it counts as PTSD. Needs the job, the
# past and the PTSD or trauma question. Stops: round 36's nurse stops (someone now, the writer's own
# use, someone of the writer's, 911, the writer's own wish).
_JOB_PAST_PTSD_MARK_37 = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:chofer|driver|drove|taxi|cab|bus|autobus|camion|guardia|security|guard|seguridad|trabajo|work|worked|job|metro|subway|uber)\b)"
    r"(?=[\s\S]*\b(?:anos|years|hace|back in the day|ago|fui|used to|trabaje|he visto|have seen|saw|vi)\b)"
    r"(?=[\s\S]*\b(?:ptsd|tept|estres postraumatico|postraumatico|trauma|traumad\w*|traumatiz\w*|post traumatic)\b)"
)

_ROUND_37_C = [
    # 1. naloxone given at work over the years, everyone survived, a friend's care asked
    (_filter(_NALOXONE_AT_WORK_37), _STOPS_37, _WORK_YEARS_SURVIVED_37),
    # 2. a daily smell at work giving a headache, "not an emergency, just asking"
    (_filter(_WORK_SMELL_37), _WORK_SMELL_STOPS_37, _WORK_SMELL_MARK_37),
    # 3. laughing so hard one could not breathe, then a question
    (_filter(_LAUGH_BREATH_37), _LAUGH_BREATH_STOPS_37, _LAUGHED_MARK_37),
    # 4. a medicine taken twice by accident, the pharmacist or Poison Control consulted
    (_filter(_TWICE_37), _TWICE_STOPS_37, _TWICE_HANDLED_MARK_37),
    # 5. sued, billed or nagged "to death"; paperwork that makes one "want to die"
    (_filter(_TO_DEATH_37), _STOPS_37, _PRACTICAL_ASK_37),
    (_filter(_PAPERWORK_WISH_37), _FAN_STOPS_36, _PRACTICAL_ASK_37),
    # 6. news of a death from fentanyl in candy or pills, information for parents
    (_filter(_FENTANYL_NEWS_37), _FENTANYL_NEWS_STOPS_37, _NEWS_FOR_PARENTS_MARK_37),
    # 8. "me mata el dolor de rodillas" from standing at work, something that is not pills
    (_filter(_PAIN_KILLS_37), _PAIN_KILLS_STOPS_37, _STANDING_NOT_PILLS_MARK_37),
    # 9. overdoses seen at work long ago, a PTSD question
    (_filter(_WORK_OVERDOSES_36), _WORK_OD_STOPS_36, _JOB_PAST_PTSD_MARK_37),
]
_add_whole_message_filters(_ROUND_37_C)


# --- round 37's a condition's habitual symptoms (helper d) ----------------------------------------
# A chronic condition told by its HABITUAL symptoms as background to an ordinary question ("my sister
# has the mast cell thing where she breaks out in hives and faints, can ketamine help her?", "he gets
# seizures sometimes, controlled with meds, is it safe?", "my wife passes out when her blood pressure
# drops, it's POTS, do you treat that?", "tiene lo de los mastocitos, se desmaya cuando le da la
# reaccion, ustedes la atienden?", "a veces le dan convulsiones pero esta controlado"): the symptom
# words (faints, passes out, seizure, hives, lips swell, se desmaya, convulsiones) are not an
# emergency now. The filter covers the symptom words; it needs, over the whole message, a habitual or
# chronic marker (the X thing where, whenever, every time, sometimes, gets, when she has a flare, a
# diagnosis named, cuando le da, a veces, siempre que, de vez en cuando) AND a question about
# treatment, care or the clinic. Stops, read over the whole message: the symptom happening now (right
# now, now, is fainting, is seizing, will not wake up, can not breathe, not breathing, throat closing,
# lips swelling, turning blue, ahora, ahorita, esta convulsionando, se acaba de desmayar, no despierta,
# no puede respirar, se le cierra la garganta), a single event told in the past (fainted, passed out,
# had a seizure, se desmayo, le dio una convulsion), 911 or an ambulance, a time just now (minutes
# ago, hace cinco minutos, for six minutes, today, hoy), a cry for help, taking someone to the
# hospital, the writer's own wish to die; and any danger told now (STOPPED_AT_PRESENT_DANGER).
_SYMPTOM_37 = (
    r"faint\w*|pass(?:es|ing)? out|black(?:s|ing)? out|seizures?|convuls\w*|anaphyla\w*|hives|"
    r"(?:throat|lips?|tongue|face|eyes) (?:\w+ )?swell\w*|swell\w* up|loses? consciousness|syncope|"
    r"desmay\w*|crisis convulsivas?|ataques? epileptic\w*|anafila\w*|ronchas|se le hinchan? (?:los |la |el )?\w+|"
    r"pierde el (?:conocimiento|sentido)|sincope"
)
_HABITUAL_SYMPTOM_37 = r"(?:\w+ ){0,2}(?:" + _SYMPTOM_37 + r")(?: \w+){0,2}"
_CHRONIC_MARK_37 = (
    r"(?:the \w+(?: \w+)? thing|thing (?:where|when|that)|whenever|every time|each time|sometimes|at times|once in a while|every now and then|"
    r"from time to time|once (?:a|per|every) (?:week|month|year)|(?:twice|a few times|a couple (?:of )?times|\w+ times) (?:a|per) (?:week|month|year)|"
    r"every (?:few )?(?:days|weeks|months|years)|usually|often|tends to|gets|get|when (?:she|he|i|they|you) (?:has|have|gets?) (?:a |an )?"
    r"(?:flare|reaction|attack|episode)\w*|flare\w*|episodes|(?:if|when) (?:she|he|i|they) stands?|at the sight of|controlled|under control|"
    r"mcas|mast cells?|mastocit\w*|pots|dysautonomia|disautonomia|epilep\w*|seizure disorder|vasovagal|syncope|sincope|anaphyla\w*|anafila\w*|"
    r"allerg\w*|alergi\w*|epi ?pen|lo de (?:la|los|las|el) \w+|cuando (?:le|me|te|les) (?:da|dan|viene|vienen)|a veces|siempre que|de vez en cuando|"
    r"cada (?:vez|tanto|rato|mes|semana|ano)|seguido|suele|sufre de|padece|controlad\w*|bajo control)"
)
_CARE_QUESTION_37 = (
    r"(?:treat\w*|ketamin\w*|clinic\w*|infusion\w*|sessions?|help (?:her|him|them|me|with)|see (?:patients|people|someone|her|him|them)|"
    r"take (?:him|her|patients|people)|safe|ok for|okay for|appointment|tratan|tratar\w*|tratamiento\w*|atienden|atender\w*|atiende|"
    r"ayudar\w*|ayuda con|sirve|segur[oa]|sesion\w*|cita|consulta|pueden ver|recibir)"
)
_HABITUAL_MARK_37 = (
    r"(?<![\s\S])(?=[\s\S]*\b" + _CHRONIC_MARK_37 + r"\b)(?=[\s\S]*\b" + _CARE_QUESTION_37 + r"\b)(?=[\s\S]*" + _ASKS_36 + ")"
)
_HABITUAL_STOPS_37 = (
    r"(?:(?<!for )(?<!until )(?<!by )(?<!fine )(?<!ok )(?<!okay )(?<!stable )(?<!better )\bnow\b"
    r"(?! (?:on|controlled|under control|managed|well|stable|fine|better|taking|she is (?:fine|ok|stable)|he is (?:fine|ok|stable)))|"
    r"\bahora\b(?! (?:esta|estoy|anda|lo tiene|la tiene) (?:bien|controlad\w*|estable|tranquil\w*))|ahorita|en este momento|as we speak|"
    r"\b(?:is|are|am|keeps?|kept|started|starting|been) (?:\w+ )?(?:fainting|passing out|blacking out|seizing|convulsing|having (?:a|another) "
    r"(?:seizure|reaction|attack|fit|episode)|breaking out|swelling|collapsing|shaking|choking|gasping|turning)|"
    r"(?:will not|would not|wont|can not|cannot|could not|does not|did not|is not|not) (?:wake|waking|breathe|breathing|respond|responding)\w*|"
    r"unresponsive|hard to breathe|trouble breathing|struggling to breathe|blue|closing|"
    r"\b(?:fainted|passed out|blacked out|collapsed|had (?:a|another) (?:seizure|reaction|fit)|went into anaphyla\w*)\b|"
    r"se desmayo|convulsiono|le dio (?:una |un )?(?:convulsion|crisis|reaccion|ataque)|se acaba de|acaba de|"
    r"no (?:despierta|reacciona|responde|respira|puede respirar)|sigue sin|le cuesta respirar|se le cierra la garganta|"
    r"(?:esta|estan) (?:convulsionando|desmayad\w*|inconsciente|temblando|morad\w*|azul)|se (?:esta|estan) (?:desmayando|hinchando|cerrando|poniendo)|"
    r"se le (?:esta|estan) \w+ando|minutes? ago|mins? ago|seconds ago|for (?:\w+ )?(?:minutes|mins)|hace (?:\w+ )?(?:minutos?|segundos|un momento|un rato|ratito)|"
    r"(?:lleva|llevan) (?:\w+ )?minutos|\btoday\b|\bhoy\b|tonight|esta noche|this morning|esta manana|"
    r"(?:take|bring|rush|taking) (?:her|him|them|me) to|la llevo|lo llevo|llevarl[oa]|should i call|call (?:an )?ambulance|llamo|"
    r"(?:^|[,.!] ?)help\s*(?:!|please|$)|please help|help us|ayudanos|auxilio|socorro|\bayuda\s*(?:!|por favor|porfa|urgente|ya\b|$)|"
    + _NOW_36 + "|" + _OWN_WISH_32 + ")"
)
_add_whole_message_filters([(_filter(_HABITUAL_SYMPTOM_37), _HABITUAL_STOPS_37, _HABITUAL_MARK_37)])


# --- round 38's suicide risk (helper a) -----------------------------------------------------------
# Look-alikes of round 38's passive wishes and farewell plans (phrases.py, round 38 (a)): "para que
# sigo pagando / intentando llamar / yendo" is a complaint about an errand, not "para que sigo
# (vivo)": a gerund other than one of living follows "sigo"; and texts or emails scheduled to send
# to patients, clients or students (reminders, appointments, a birthday, a newsletter) are not
# farewell messages. Stops, read over the whole message: the writer's own wish, plan or means, a
# farewell ("goodbye", "despedida", "forgive me"), a suicide word; and any danger told now.
_ERRAND_GERUND_38 = (
    r"(?:pa'?|para) que (?:sigo|seguimos|sigue) "
    r"(?!(?:viviendo|existiendo|respirando|luchando|aguantando|despertando|aqui|vivo|viva|en este mundo|con vida)\b)\w+(?:ando|iendo|yendo)"
)
_REMINDER_TEXTS_38 = (
    r"(?:scheduled|set|timed|queued|put|programe) (?:an |a |the |un |una |my |mis |los |las )?(?:email|text|message|post|correo|mensaje)s? (?:\w+ ){0,4}?"
    r"(?:to go out|to send|on a timer|for \d|at \d|para las)"
)
_REMINDER_MARK_38 = (
    r"\b(?:patients|clients|customers|students|team|staff|members|reminders?|reminding|appointments?|birthday|marketing|campaign|newsletter|"
    r"pacientes|clientes|alumnos|recordatorios?|recordarles|citas?|cumpleanos)\b"
)
_FAREWELL_STOPS_38 = (
    r"goodbye|farewell|despedida|despedirme|adios|forgive me|perdonenme|sorry for everything|last (?:message|text|words)|ultim[oa]s? (?:mensaje|palabras)|"
    r"suicid\w*|kill myself|matarme|want to die|quiero morir\w*|" + _OWN_CRISIS_32
)
_add_whole_message_filters([
    (_filter(_ERRAND_GERUND_38), _EARNEST_32_SUICIDE, None),
    (_filter(_REMINDER_TEXTS_38), _FAREWELL_STOPS_38, _REMINDER_MARK_38),
])
# And the look-alikes of round 38's means at hand, told with an ordinary reason anywhere in the
# message (before the words too): the gas or the oven on while cooking, baking or heating, or a leak
# smelled (not a plan); half the pills taken as a doctor prescribed, the rest at the next dose;
# everything left ready for a trip, a move, a party or an appointment ("deje todo listo para el
# viaje y le di la llave a la vecina").
_GAS_ON_38 = (
    r"(?:gas|stove|oven|estufa|horno) (?:is |esta )?(?:turned on|on|prendid[oa]|abiert[oa])|(?:turned on|opened|prendi|abri) (?:the |el |la )?(?:gas|stove|oven|estufa|horno)"
)
_GAS_ORDINARY_38 = r"\b(?:cook\w*|cocinando|cocinar|cocine|dinner|cena|bak\w*|horneando|hornear|leak\w*|fuga|smell\w*|olor|huele|heat\w*|calentar|calefaccion|frio|cold)\b"
_HALF_TAKEN_38 = r"(?:took|taken|se tomo|tome|me tome) (?:half|la mitad)"
_AS_PRESCRIBED_38 = (
    r"\b(?:as prescribed|prescribed|as directed|doctor|pharmacist|receta\w*|indicad\w*|antibiotic\w*|with food|con comida|next dose|"
    r"la proxima dosis|dose|dosis|el doctor|la doctora|el medico|la medica)\b"
)
_READY_FOR_AN_EVENT_38 = (
    r"todo (?:listo|preparado|planeado|arreglado) para (?:el |la |mi |su |los |las |nuestro |nuestra )?"
    r"(?:viaje|vacaciones|mudanza|fiesta|cita|boda|cumpleanos|reunion|cena|evento|examen|entrevista|cirugia|operacion|parto|bebe|trabajo|escuela|clase|vuelo|navidad)"
)
_add_whole_message_filters([
    (_filter(_GAS_ON_38), _FAREWELL_STOPS_38, _GAS_ORDINARY_38),
    (_filter(_HALF_TAKEN_38), _FAREWELL_STOPS_38, _AS_PRESCRIBED_38),
    (_filter(_READY_FOR_AN_EVENT_38), _EARNEST_32_SUICIDE, None),
])


# --- round 38's false alarms (helper c) ----------------------------------------------------------
# Declared like round 37's (filter, stops read over the whole message, a mark the message must hold);
# each also gives way to a danger told now (STOPPED_AT_PRESENT_DANGER).
#
# The writer's own wish (round 32's), with "suicide" left out where it names a dish ("suicide wings",
# "salsa suicida"), so that the food idiom's filter is not stopped by its own words.
_FOOD_SUICIDE_38 = r"(?:wings?|sauce|salsa|hot|challenge|chicken|level|flavou?r|heat|pepper|chilis?|chiles?|alitas?|alas|tacos?)"
_OWN_WISH_38 = _OWN_WISH_32.replace(
    r"suicid\w*", r"(?<!\balitas )(?<!\balas )(?<!\bsalsa )(?<!\bsalsas )suicid\w*(?! " + _FOOD_SUICIDE_38 + r"\b)"
)
# Pills or a bottle taken all at once on purpose, told beside a look-alike.
_TOOK_ALL_38 = (
    r"i (?:took|swallowed|overdosed|relapsed)|me (?:tome|trague) (?:todo|todas|el frasco|la caja|muchas|demasiad\w*)|"
    r"(?:took|swallowed|downed) (?:all|the whole|a whole|every|too many)|whole bottle|frasco entero|todo el frasco|on purpose|a proposito|adrede"
)
_STOPS_38 = r"(?:" + _SIGNS_NOW_37 + "|" + _NOW_36 + "|" + _OWN_WISH_38 + "|" + _TOOK_ALL_38 + ")"

# 1. A hospice or palliative clinician (a nurse, an aide, a doctor) asking about a dying patient's signs
# (gurgling or wet breathing, the death rattle, mottled skin, Cheyne-Stokes) and how to answer a
# family who asks whether it is an overdose from the morphine. The filter covers any sentence naming
# those signs, the morphine or an overdose; it needs hospice or palliative care or a dying patient,
# the family or a relative, and the morphine. Stops: the writer's own wish, pills taken all at once,
# someone of the writer's own taking the morphine, now, 911.
_DYING_SIGNS_38 = (
    r"[^.?!]{0,140}\b(?:gurgl\w*|rattl\w*|death rattle|wet breathing|noisy breathing|secretions|cheyne[ -]?stokes|apnea|mottl\w*|"
    r"overdos\w*|sobredosis|morphine|morfina|estertor\w*|gorgote\w*|gorgor\w*|respiracion (?:ruidosa|humeda|con ruido)|secreciones|moteada\w*|"
    r"manchas moradas|piel (?:moteada|marmorea|marmoleada)|apnea\w*)\b[^.?!]{0,140}"
)
_HOSPICE_MARK_38 = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:hospice|palliative|comfort care|end of life|actively dying|dying patients?|terminal\w*|"
    r"hospicio|paliativ\w*|cuidados de confort|final de (?:la )?vida|agonia|agonizando|moribund[oa]|terminal(?:es)?|enfermo terminal)\b)"
    r"(?=[\s\S]*\b(?:famil\w*|relatives?|daughter|son|wife|husband|spouse|children|kids|parientes|hij[oa]s?|esposa|esposo|familiares)\b)"
    r"(?=[\s\S]*\b(?:morphine|morfina|opioids?|opioides?|comfort meds|comfort medication\w*|roxanol)\b)"
    # the writer works there: a nurse, an aide, a doctor, a chaplain, "my patient"
    r"(?=[\s\S]*\b(?:nurse|nurses|nursing|aide|cna|doctor|doc|physician|clinician|chaplain|social worker|volunteer|np|lpn|(?:my|our) patients?|the patient|"
    r"as a hospice|i work|we work|enfermer[oa]s?|auxiliar|doctora?|medic[oa]|capellan|trabajadora social|voluntari[oa]|(?:mi|mis|nuestro|nuestros) pacientes?|"
    r"el paciente|la paciente|un paciente|trabajo en|trabajamos en|(?:explain|say|tell|answer)(?: \w+)? to (?:the|a) famil\w*|"
    r"(?:explico|explicar|digo|decir|respondo|responder) a (?:la|una|los) famil\w*)\b)"
)
_HOSPICE_STOPS_38 = (
    r"(?:" + _OWN_CRISIS_32 + "|" + _NOW_36 + "|" + _OWN_WISH_38 + "|" + _TOOK_ALL_38 + r"|my turn|mi turno|me toca|(?:my|mi) own|"
    r"tonight|esta noche|(?:taking|take|took|tomar\w*|tome) (?:all|toda|todo)|(?:my|mi) late|difunt[oa]|fallecid[oa]|(?:i )?still have|todavia tengo|aun tengo|guarde|kept|"
    r"(?:i|yo) (?:took|tome|used|use) (?:the|his|her|la|su|some|algo)|tengo (?:la|su) morfina|i have (?:the|his|her) morphine|"
    r"(?:my|mi) (?:\w+ )?(?:son|daughter|husband|wife|dad|mom|brother|sister|friend|hijo|hija|esposo|esposa|papa|mama|hermano|hermana|amigo|amiga)\b"
    r"[^.?!]{0,40}\b(?:took|swallowed|tomo|se tomo|trago)\b)"
)

# 2. Food idioms: "suicide wings", "suicide sauce", the hottest wings, "my mouth is dead", "i'm dying",
# "me muero de lo picante", "alitas suicidas", "tengo la boca muerta", told with laughter or an emoji,
# before a clinic question. The filter covers the sentence naming the dish or the burn; it needs a
# food word and laughter. Stops: the throat or lips swelling, breathing, an allergy, the chest, a
# faint, vomiting, now, the writer's own wish (not the dish's "suicide").
_SPICY_IDIOM_38 = (
    r"[^.?!]{0,80}\b(?:suicide " + _FOOD_SUICIDE_38 + r"|(?:alitas|alas|salsa|salsas|chiles?|tacos?) suicidas?|"
    r"(?:my |the )?(?:mouth|tongue|lips) (?:is |are |was |were |went |feels? )?(?:dead|numb|on fire|burning)|(?:i am|im|i'm) (?:dying|dead)|i died|"
    r"me (?:muero|mori|estoy muriendo) (?:de|con|por) (?:lo |el |la )?(?:picante|picor|enchilad\w*|chile|salsa)|(?:la )?boca (?:muerta|dormida|en llamas|ardiendo)|"
    r"me (?:muero|mori)|hottest wings|wings challenge|reto de (?:las )?(?:alitas|salsa|chile))\b[^.?!]{0,80}"
)
_FOOD_LAUGH_MARK_38 = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:wings?|sauce|hot sauce|spicy|spice|chili|chilis|pepper|peppers|ghost pepper|carolina reaper|habanero|jalapeno|menu|"
    r"picante|picor|alitas|alas|salsa|tacos?|chile|chiles|enchilad\w*|comida)\b)(?=[\s\S]*(?:" + LAUGHTER + "|\U0001F525|\U0001F975|\U0001F336))"
)
_SPICY_STOPS_38 = (
    r"(?:throat|garganta|swell\w*|swollen|hinch\w*|can not breathe|cant breathe|hard to breathe|trouble breathing|no puedo respirar|no puede respirar|"
    r"le cuesta respirar|me cuesta respirar|allerg\w*|alergi\w*|anaphyla\w*|anafila\w*|epi ?pen|hives|ronchas|chest|pecho|faint\w*|desmay\w*|"
    r"passed out|vomit\w*|sangre|blood|(?:is|are) not breathing|no respira\w*|no despierta|unresponsive|" + _NOW_36 + "|" + _OWN_WISH_38 + ")"
)

# 3. A known, diagnosed benign symptom told calmly: lips or fingers going blue or white in the cold
# (Raynaud's), "not urgent, just curious", asked in relation to a condition (MCAS, fibromyalgia). The
# filter covers the sentence naming the colour; it needs Raynaud's, the cold and the calm words.
# Stops: breathing, the chest, a faint, not waking, someone of the writer's, now, the writer's own wish.
_COLD_BLUE_38 = (
    r"[^.?!]{0,100}\b(?:blue|bluish|purple|purplish|white|gray|grey|azul\w*|morad\w*|blanc\w*|gris\w*|cyano\w*|cianosis)\b[^.?!]{0,100}"
)
_RAYNAUD_MARK_38 = (
    r"(?<![\s\S])(?=[\s\S]*\braynaud\w*)(?=[\s\S]*\b(?:cold|chilly|winter|frio|fria|invierno|helad[oa])\b)"
    r"(?=[\s\S]*\b(?:not (?:an )?urgent|nothing urgent|not an emergency|just curious|only curious|just wondering|curious|"
    r"no es urgente|nada urgente|no es (?:una )?emergencia|solo curiosidad|por curiosidad|curiosidad|solo pregunto)\b)"
)
_RAYNAUD_STOPS_38 = (
    r"(?:breath\w*|breathe|respir\w*|chest|pecho|faint\w*|desmay\w*|passed out|unresponsive|not waking|(?:will not|wont|can not) wake|"
    r"no (?:se )?despierta|no responde|confus\w*|(?:my|mi) (?:\w+ )?(?:son|daughter|baby|kid|child|hijo|hija|bebe|nino|nina)\b|"
    + _NOW_36 + "|" + _OWN_WISH_38 + "|" + _TOOK_ALL_38 + ")"
)

# 4. "Sobredosis" as an idiom of excess: "una sobredosis de clientas / de trabajo / de reuniones", a
# nickname ("le dicen el sobredosis porque toma 4 cafes"); English "an overdose of meetings", "OD'd
# on coffee lol" (normalised "overdosed on coffee"), then a question. The filter covers an overdose of
# something that is no drug (people, work, meetings, calls, coffee) and the nickname; it needs a
# question or laughter. Stops: the heart racing, the chest, pills, a faint, not breathing, now.
_EXCESS_38 = (
    r"(?:clientas?|clientes|customers?|clients?|trabajo|work|chamba|reuniones|juntas|meetings?|zoom(?: calls)?|calls?|llamadas|correos|emails?|"
    r"tarea|tareas|homework|examenes|exams?|estres|stress|gente|people|ninos|kids|familia|family|drama|chisme|noticias|news|tele|tv|netflix|series|"
    r"compras|shopping|navidad|christmas|holidays?|fiestas|amor|love|sol|sun|gym|ejercicio|exercise|cafe|coffee|caffeine|cafeina|espresso|lattes?|"
    r"chocolate|dulces|candy|sugar|azucar|pizza|tacos|carbs|social media|redes|tiktok|cuteness|ternura|patients|pacientes|citas|appointments|papeleo|paperwork)"
)
_EXCESS_DOSE_38 = (
    r"(?:overdose|sobredosis) (?:de|of) (?:\w+ ){0,2}?" + _EXCESS_38 + r"\b|"
    r"(?:overdosed|overdosing|od d|oded) on (?:\w+ ){0,2}?" + _EXCESS_38 + r"\b|"
    r"(?:le|les|me|nos|te) (?:dicen|decimos|llaman|llamamos|pusieron|apodan) (?:el |la )?(?:sobredosis|overdose)\b[^.?!]{0,60}|"
    r"(?:they|we|people|everyone) (?:call|calls|called) (?:him|her|me|them) (?:the )?(?:overdose|sobredosis)\b[^.?!]{0,60}"
)
_ASK_OR_LAUGH_MARK_38 = r"(?<![\s\S])(?=[\s\S]*(?:\?|\b(?:pregunta|question|quick q)\b|" + LAUGHTER + "))"
_EXCESS_STOPS_38 = (
    r"(?:racing|palpit\w*|taquicard\w*|heart (?:is )?(?:pounding|racing)|corazon (?:acelerado|a mil)|chest|pecho|pills?|pastillas?|tablets?|"
    r"faint\w*|desmay\w*|shaking|temblando|convuls\w*|seizur\w*|vomit\w*|mare\w*|dizzy|" + _STOPS_38 + ")"
)

# 5. Spanish idioms before a booking or treatment question: "me queme con tres psiquiatras" (burned out
# on), "estoy que exploto", "me tiro al agua con este tratamiento, ya me decidi" (take the plunge),
# "me despedi de ese jefe / renuncie por fin", "regale toda mi ropa vieja a la iglesia" (giving away
# old things, happily), "mi salon / negocio esta muerto los lunes" (business is dead; English "the
# shop is dead on mondays" too). Each needs the question. Stops: the writer's own wish and the
# danger-now stops; the farewell-like ones (a plunge, a goodbye, things given away) also round 32's
# earnest words (a farewell, the means, a plan, tonight), and the plunge a river, a bridge, drowning.
_BURNED_OUT_ON_38 = (
    r"me queme (?:con|de|en)\b (?:\w+ ){0,3}?(?:psiquiatras?|psicolog[oa]s?|doctor\w*|medic[oa]s?|terapeutas?|terapias?|tratamientos?|medicamentos?|"
    r"antidepresivos?|clinicas?|consultas|jefes?|jefas?|clientes|clientas|trabajos?|empleos?|escuela|universidad|carrera|estudios|gente|sistema)\b[^.?!]{0,60}|"
    r"me queme (?:trabajando|estudiando|de tanto (?:trabajar|estudiar))\b[^.?!]{0,60}"
)
_ABOUT_TO_BURST_38 = r"(?:estoy|ando|estaba) que (?:exploto|reviento|estallo|ardo)\b[^.?!]{0,60}"
_PLUNGE_38 = (
    r"[^.?!]{0,60}\bme (?:tiro|lanzo|aviento|echo|avente|lance) al agua (?:con|en) (?:\w+ ){0,3}?(?:tratamiento|ketamina|terapia|esto|eso|infusion\w*|"
    r"sesiones|clinica|ustedes|spravato|proceso|programa)\b[^.?!]{0,60}"
)
# (an earnest word, less "ya lo decidi": deciding to plunge into a treatment is the look-alike itself)
_EARNEST_38_NOT_DECIDED = _EARNEST_32_NOT_LETTER.replace("ya lo decidi|ya decidi|", "")
_PLUNGE_STOPS_38 = (
    r"(?:rio|puente|mar|lago|presa|canal|no se nadar|ahog\w*|hundir\w*|" + _EARNEST_38_NOT_DECIDED + "|" + _STOPS_38 + ")"
)
_QUIT_BOSS_38 = (
    r"(?:por fin )?me despedi (?:de|del) (?:\w+ ){0,2}?(?:jefe|jefa|trabajo|empleo|empresa|oficina|puesto|companeros|chamba|patron|patrona|fabrica)\b[^.?!]{0,60}|"
    r"(?:por fin )?renuncie\b(?: por fin)?(?: (?:a|al|de)\b(?: \w+){0,3}?(?: trabajo| empleo| jefe| puesto| empresa| chamba))?[^.?!]{0,60}"
)
_GAVE_AWAY_38 = (
    r"(?:regale|regalo|regalamos|done|dona|donamos|di|dimos)\b (?:toda |todas |todos )?(?:mi |mis |la |las |los |el )?(?:\w+ )?"
    r"(?:ropa|cosas|zapatos|muebles|libros|juguetes|trastes|chamarras|abrigos|vestidos|tenis)\b[^.?!]{0,80}"
)
_GAVE_AWAY_MARK_38 = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:viej[oa]s?|ya no (?:uso|usaba|me queda\w*|me sirve\w*)|que no uso|usad[oa]s?|iglesia|parroquia|caridad|beneficencia|"
    r"albergue|goodwill|ejercito de salvacion|mudanza|me mudo|limpieza|espacio|closet|ropero|liviana|liviano|ligera|ligero|libre|feliz|contenta|contento|"
    r"me siento bien|" + LAUGHTER + r"))(?=[\s\S]*(?:" + _ORDINARY_ASK_33 + "))"
)
_FAREWELL_STOPS_38 = r"(?:" + _EARNEST_32_NOT_LETTER + r"|carta|no (?:las|los|la|lo) voy a necesitar|ya no (?:las|los) (?:voy a )?necesit\w*|" + _STOPS_38 + ")"
_DEAD_BUSINESS_38 = (
    r"(?:mi|el|la|nuestro|nuestra|the|my|our) (?:\w+ )?(?:salon|negocio|tienda|restaurante|local|barberia|taller|estetica|fonda|cafeteria|puesto|taqueria|panaderia|bakery|diner|gym|"
    r"shop|store|business|restaurant|bar|cafe|office|clinic|studio|estudio|oficina|trabajo|work) (?:\w+ ){0,2}?(?:esta|anda|estuvo|es|queda|se pone|"
    r"is|was|gets|goes) (?:bien |super |medio |muy |so |totally |completely |pretty )?(?:muert[oa]|dead)\b[^.?!]{0,60}"
)
_BOOKING_ASK_MARK_38 = r"(?<![\s\S])(?=[\s\S]*(?:" + _ORDINARY_ASK_33 + r"|\b(?:appointment|book|schedule|agendar|agendo|reservar)\b))"

# 6. Routine medicines (blood pressure, sugar, cholesterol) taken together every morning as
# prescribed ("todas juntas"), asked about with ketamine. The filter covers the sentence that takes
# them together; it needs the routine, the prescription and a routine medicine. Stops: a whole bottle,
# on purpose, dizziness, a faint, not waking, now, the writer's own wish.
_TOGETHER_38 = (
    r"[^.?!]{0,120}\b(?:juntas|juntos|together|all at once|at once|at the same time|al mismo tiempo|a la vez|de una vez)\b[^.?!]{0,120}"
)
_ROUTINE_RX_MARK_38 = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:every (?:morning|day|night)|each (?:morning|day)|in the morning|daily|morning (?:meds|medications?|medicines?|pills)|(?:pastillas|medicinas|medicamentos) de la manana|cada (?:manana|dia|noche)|por la manana|en la manana|"
    r"todos los dias|todas las mananas|diario|diariamente)\b)"
    r"(?=[\s\S]*\b(?:prescribed|as (?:prescribed|directed)|(?:my|his|her) doctor (?:told|said|prescribed|has)|like (?:my|his|her) doctor|recetad[oa]s?|"
    r"(?:me|le|nos) (?:las|los|la|lo) (?:receto|recetaron|indico|indicaron|mando|mandaron)|como (?:me|le) (?:dijo|indico|receto)|le recetaron|me recetaron|"
    r"prescripcion|indicaciones)\b)"
    r"(?=[\s\S]*\b(?:blood pressure|bp|hypertension|diabetes|sugar|metformin|lisinopril|amlodipine|losartan|statin|cholesterol|thyroid|levothyroxine|"
    r"presion|azucar|colesterol|tiroides|metformina|losartan|enalapril|hipertension)\b)"
)
_ROUTINE_RX_STOPS_38 = (
    r"(?:dizzy|mare\w*|sleepy|drowsy|somnolient\w*|vomit\w*|confus\w*|faint\w*|desmay\w*|passed out|chest|pecho|racing|palpit\w*|"
    r"feels? (?:sick|bad|weird|strange)|se siente (?:mal|raro|rara)|me siento (?:mal|raro|rara)|double|doble|twice|dos veces|extra|de mas|"
    r"bottle|frasco|caja|" + _STOPS_38 + ")"
)

# 7. A nursing assistant, an EMT or a paramedic who has seen opioid overdoses at work and given naloxone,
# asking whether ketamine has an antidote too: professional experience and an information question.
# The filter covers the sentence naming naloxone or an overdose; it needs the job and the antidote
# question. Stops: round 36's nurse stops (someone now, the writer's own use, someone of the writer's,
# 911, the writer's own wish) and a danger told now.
_NALOXONE_TALK_38 = r"[^.?!]{0,120}\b(?:naloxon\w*|narcan|overdos\w*|sobredosis|od d|oded)\b[^.?!]{0,120}"
_JOB_ANTIDOTE_MARK_38 = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:cna|nursing assistant|nurse aide|nurse's aide|nurses aide|aide|emt|emts|paramedic\w*|first responder|ems|medic|"
    r"nurse|nursing|lpn|rn|at work|on the job|on shift|ambulance crew|auxiliar de enfermeria|auxiliar|tecnico de emergencias|tecnico en urgencias|"
    r"paramedico|socorrista|enfermer[oa]|en el trabajo|en mi trabajo|en la ambulancia|de turno)\b)"
    r"(?=[\s\S]*\b(?:antidotes?|antidoto|reversal|reverse|reverses|reversing|revert\w*|revierta|revierte|counteract\w*|contrarrest\w*|"
    r"block(?:er|s)? (?:it|ketamine)|like naloxone|like narcan|como la naloxona|como el narcan)\b)"
)

_ROUND_38_C = [
    # 1. a hospice clinician: a dying patient's signs, a family asking about a morphine overdose
    (_filter(_DYING_SIGNS_38), _HOSPICE_STOPS_38, _HOSPICE_MARK_38),
    # 2. suicide wings, a dead mouth, "me muero de lo picante", laughing
    (_filter(_SPICY_IDIOM_38), _SPICY_STOPS_38, _FOOD_LAUGH_MARK_38),
    # 3. Raynaud's: blue in the cold, not urgent, just curious
    (_filter(_COLD_BLUE_38), _RAYNAUD_STOPS_38, _RAYNAUD_MARK_38),
    # 4. an overdose of clients, work, meetings or coffee; "le dicen el sobredosis"
    (_filter(_EXCESS_DOSE_38), _EXCESS_STOPS_38, _ASK_OR_LAUGH_MARK_38),
    # 5. Spanish idioms before a booking or treatment question
    (_filter(_BURNED_OUT_ON_38), _STOPS_38, _BOOKING_ASK_MARK_38),
    (_filter(_ABOUT_TO_BURST_38), _STOPS_38, _BOOKING_ASK_MARK_38),
    (_filter(_PLUNGE_38), _PLUNGE_STOPS_38, _BOOKING_ASK_MARK_38),
    (_filter(_QUIT_BOSS_38), _FAREWELL_STOPS_38, _BOOKING_ASK_MARK_38),
    (_filter(_GAVE_AWAY_38), _FAREWELL_STOPS_38, _GAVE_AWAY_MARK_38),
    (_filter(_DEAD_BUSINESS_38), _STOPS_38, _BOOKING_ASK_MARK_38),
    # 6. routine medicines taken together every morning as prescribed
    (_filter(_TOGETHER_38), _ROUTINE_RX_STOPS_38, _ROUTINE_RX_MARK_38),
    # 7. a nursing assistant or an EMT who has given naloxone asks whether ketamine has an antidote
    (_filter(_NALOXONE_TALK_38), _WORK_OD_STOPS_36 + "|" + _STOPS_38, _JOB_ANTIDOTE_MARK_38),
]
_add_whole_message_filters(_ROUND_38_C)


# --- round 38's violence at home now (helper e) ---------------------------------------------------
# An attack told tonight or right now in Spanish is now, whatever past it follows in the sentence
# ("hace anos mi ex me pegaba y tengo trauma, pero ahorita me agarro del cuello y sigue gritando
# afuera"): "ahorita", "esta noche" and "en este momento" mark a clause as now, as "ahora", "hoy" and
# "tonight" do (phrases.ATTACKED_STILL_HERE_38).
NOW_MARKERS = NOW_MARKERS + [r"ahorita", r"esta noche", r"en este momento"]
# Round 34's filter of abuse told as a habit long ago ("mi ex me pegaba hace anos") gives way to an
# attack told as just done with the attacker still there or the writer locked in, anywhere in the
# message, and to "ahorita" / "en este momento".
_add_stops(_filter(_HABIT_ABUSE_34), r"ahorita|en este momento|" + _F.ATTACKED_STILL_HERE_38 + "|" + _F.EX_WILL_NOT_LEAVE_38,
           extend=True)
# ...and laughter over an everyday annoyance told beside such an attack does not make it a joke
# ("my boss is going to kill me lol, but my husband just grabbed me by the throat and is still here").
NOT_A_JOKE = NOT_A_JOKE + [_F.ATTACKED_STILL_HERE_38, _F.EX_WILL_NOT_LEAVE_38]


# --- round 38's overdose and medical (helper b) ------------------------------------------------
# A one-sentence question about the signs or symptoms of heat stroke, carbon monoxide poisoning, a
# stroke, a heart attack or appendicitis ("what are the signs of heat stroke at work?", "cuales son
# los sintomas de intoxicacion por monoxido?") is a topic, not a person sick now: the filter needs
# the whole message to be that one question (its mark) and gives way to "now" told anywhere and to
# any danger told now.
_SIGNS_OF_38 = (
    r"(?:signs|symptoms|warning signs|early signs|sintomas|senales|signos) (?:of|for|de|del|de la|de una|de un) (?:\w+ ){0,2}?"
    r"(?:heat ?stroke|heat exhaustion|heat illness|golpe de calor|insolacion|agotamiento por calor|"
    r"(?:carbon monoxide|co|monoxido(?: de carbono)?)(?: poisoning)?|intoxicacion (?:por|con) (?:el )?monoxido(?: de carbono)?|"
    r"stroke|derrame(?: cerebral)?|ictus|heart attack|infarto|appendicitis|apendicitis|postpartum hemorrhage|hemorragia (?:postparto|posparto))"
    r"(?: (?:at|in|on|en|durante) (?:the |el |la )?(?:work|job|trabajo|summer|verano|heat|calor|winter|invierno))?"
)
_ONE_QUESTION_38 = r"(?<![\s\S])[^.!?]*\?\s*(?![\s\S])"
_add_whole_message_filters([(_filter(_SIGNS_OF_38), r"\b(?:now|right now|ahora|ahorita|ya mismo)\b", _ONE_QUESTION_38)])

# "hace un ano", "hace un mes" (singular) date someone's swallowing in the past, like "hace dos anos"
# does ("mi hijo mordio una capsula de detergente hace un ano y vomito"); after the act only, so that
# the time reaches no further than its clause (the writer's own loss a year ago, "enviude hace un ano
# y...", still runs up to a wish now).
_A_YEAR_AGO_38 = r"hace (?:un|1|mas de un|casi un) (?:ano|mes)"
_SWALLOWED_38 = r"(?:mordio|se tomo|se trago|trago|bebio|se bebio|se comio|se metio|fumo|chupo|lamio)"
PAST_MARKERS = PAST_MARKERS + [rf"{_SWALLOWED_38} (?:\w+ ){{0,6}}?{_A_YEAR_AGO_38}"]
# ...and at the head of a sentence, up to the recovery it tells ("hace un ano mi hijo mordio una
# capsula de detergente y vomito, ya esta bien"): a look-alike filter over those words, which gives
# way to today, now or again told anywhere (the r31 battery swallowed again "hoy").
_RECOVERED_38 = (
    r"(?:ya (?:esta|estaba|quedo|salio) bien|se recupero|ya se recupero|salio bien|no le paso nada|no paso a mayores|gracias a dios (?:esta|estuvo) bien|"
    r"(?:is|was) (?:fine|ok|okay) (?:now|after|afterwards)|recovered|made a full recovery)"
)
_add_whole_message_filters([(
    _filter(rf"{_A_YEAR_AGO_38}\b[^.?!]{{0,140}}?\b{_RECOVERED_38}"),
    r"\b(?:hoy|ahora|ahorita|otra vez|de nuevo|now|today|again|right now|tonight|esta noche)\b",
    None,
)])

# A household product named in Spanish, or nail polish remover, drain cleaner and the like, is no
# opioid: a child who swallowed one gets the Poison Help steps, not naloxone ("mi nina mordio una
# capsula de detergente y esta tosiendo").
OVERDOSE_KINDS["non_opioid"] = OVERDOSE_KINDS["non_opioid"] + [
    r"detergente|capsulas? de (?:detergente|lavar|jabon|ropa)|quitaesmalte|quita esmalte|acetona|acetone|nail polish remover|lejia|blanqueador|clorox|"
    r"destapacanos|drain cleaner|drano|amoniaco|ammonia|anticongelante|lamp oil|aceite (?:de|para) lampara|gasolina|gasoline|kerosene|queroseno|"
    r"insecticida|matarratas|rat poison|fabuloso|pinol|suavizante|fabric softener|windex|dishwasher (?:pods?|tablets?)|lavavajillas|lavaplatos",
]


# --- round 38's known gaps (helper k) -------------------------------------------------------------
# 4. Round 37's filter of a condition's habitual symptoms gives way, anywhere in the message, to an
# attack of that condition under way now ("she has epilepsy, gets seizures sometimes, she is having one
# at the moment", "le dan convulsiones seguido, le esta dando una", "he is in the middle of an
# episode"): phrases.ATTACK_UNDER_WAY_38K.
_add_stops(_filter(_HABITUAL_SYMPTOM_37), _F.ATTACK_UNDER_WAY_38K
           + r"|(?:is|am|are) having (?:one|another|an? (?:attack|episode|seizure|fit|reaction))\b|in the middle of (?:one|an? (?:attack|episode|seizure|fit|reaction))|"
             r"(?:le|me) (?:esta|estan) dando (?:una|uno|otra|otro)\b|en plena (?:crisis|convulsion)|as (?:i|we) (?:type|speak|write)|at the moment|currently",
           extend=True)
# ...and such an attack under way marks its clause and its span as now, whatever habit is told before
# it ("gets seizures sometimes, is it safe? she is having one at the moment").
NOW_MARKERS = NOW_MARKERS + [_F.ATTACK_UNDER_WAY_38K]


# --- round 38's intentional poisoning (helper p) --------------------------------------------------
# A poison or household chemical swallowed ON PURPOSE, told by the person or by a relative, gets the
# intentional overdose guidance (911, Poison Help, then 988 and "are you safe"), not the plain
# poisoning steps. A wish to die told beside it already does (an at-risk detection); what was missing
# are the other signs of intent told around a poison: after a quarrel, a fight or a break-up ("drank
# bleach after a quarrel with her husband", "tomo cloro despues de pelear con el novio"), locked in a
# room and not opening ("se encerro en su cuarto y tomo lejia, no abre la puerta"), "to take her own
# life", "para quitarse la vida", "no quiere vivir". The poisons: bleach, antifreeze, rat poison,
# pesticide, drain cleaner, kerosene, cleaning products, cloro, lejia, anticongelante, raticida,
# matarratas, insecticida, "pastillas de veneno". An accident told after the poison (a toddler, a
# water bottle, "thinking it was water", "sin querer", "por accidente") keeps it plain poisoning.
_POISON_38P = (
    rf"(?:{_F.HOUSEHOLD_POISON}|{_F.POISON_BAIT}|kerosene|queroseno|keroseno|gasolina|gasoline|lamp oil|"
    r"cleaning (?:products?|supplies|liquid|chemicals?)|productos? de limpieza|liquido de limpieza|pastillas de veneno|"
    r"destapacanos|drano|amoniaco|ammonia|clorox|blanqueador|lavandina|creolina|acido muriatico|muriatic acid)"
)
_INTENT_SIGN_38P = (
    r"(?:(?:after|following|right after|despues de|luego de|tras) (?:a |an |the |una |un |la |el |su |her |his |their |our )?"
    r"(?:big |huge |bad |terrible |fuerte |gran |horrible )?(?:quarrel|fight|argument|row|break ?-?up|pelea|discusion|pleito|rina|ruptura)|"
    r"(?:after|despues de|luego de|tras) (?:quarrel\w*|fighting|arguing|breaking up|pelear\w*|discutir|reñir|renir|terminar con|que (?:la|lo|l[ae]s) (?:dej\w+|cort\w+|termin\w+))|"
    r"(?:had|got into|having) (?:a |an )?(?:big |huge |bad )?(?:quarrel|fight|argument|row) with|"
    r"(?:broke up with|dumped|left) (?:her|him|them)\b|(?:se peleo|se pelearon|se pelio|pelearon|discutieron|se enojo|termino) con|"
    r"(?:l[ao]s?|le) (?:dejo|corto|termino) (?:el|la|su) (?:novi[oa]|espos[oa]|marido|mujer|pareja)|"
    r"locked (?:herself|himself|themselves|myself)? ?in|(?:won'?t|will not|would not|wouldn'?t|is not|isn'?t|not) (?:open|opening|answering) (?:the )?door|"
    r"se (?:encerro|encerraron|ha encerrado)|encerrad[oa] en|no (?:quiere |nos )?(?:abre|abrir|abria) la puerta|no (?:quiere )?abrir|"
    r"take (?:her|his|their|my) (?:own )?life|quitarse la vida|quitarme la vida|(?:ya )?no (?:quiere|quiero|queria) vivir|"
    r"(?:doesn'?t|does not|don'?t|do not|didn'?t) want to (?:live|be here)|(?:says|said|dice|dijo) (?:she|he|que)? ?(?:wants|wanted|se quiere|quiere|queria) (?:to )?morir|"
    r"goodbye|se despidio|despedida|carta de despedida|farewell)"
)
_ACCIDENT_38P = (
    r"(?:sin querer|por accidente|accidental\w*|by accident|by mistake|por error|por equivocacion|thinking (?:it|that) was|thought (?:it|that) was|"
    r"pensando que (?:era|es)|creyendo que (?:era|es)|crey\w* que (?:era|es)|confund\w+|mistook|water bottle|botella de agua|"
    r"toddler|baby|bebe|bebita|nene|nena|little (?:one|boy|girl)|chiquit\w+|curious|curios[oa]|under the sink|debajo del fregadero)"
)
OVERDOSE_KINDS["intentional"] = OVERDOSE_KINDS["intentional"] + [
    rf"{_POISON_38P}(?![\s\S]{{0,300}}?\b{_ACCIDENT_38P}\b)\b[\s\S]{{0,160}}?\b{_INTENT_SIGN_38P}",
    rf"{_INTENT_SIGN_38P}(?![\s\S]{{0,300}}?\b{_ACCIDENT_38P}\b)\b[\s\S]{{0,160}}?\b{_POISON_38P}",
]
# ...and a rodent bait or an insecticide named in Spanish is no opioid either: swallowed by accident it
# gets the Poison Help steps ("mi nino se tomo veneno para ratas por accidente").
OVERDOSE_KINDS["non_opioid"] = OVERDOSE_KINDS["non_opioid"] + [
    r"veneno (?:para|de|contra) (?:las |los )?(?:ratas?|ratones?|raton|roedores|cucarachas|hormigas|plagas)|raticidas?|mata ?ratas|pesticidas?|plaguicidas?|pesticides?|insecticides?",
]
# ...more signs of intent around a poison: a wish told as just past ("queria morirme", "i wanted to end
# it"), no turning back, regret for the act ("me arrepenti", "i regret it"), sad or depressed over
# someone ("ella triste por marido"), and the writer's own swallowing of a poison, as "i took" already is
# for pills ("me tome veneno para ratas", "i drank the bleach"), an accident told after it excepted.
_INTENT_SIGN_38P_MORE = (
    r"(?:queria (?:morir(?:me|se)?|matar(?:me|se)|quitarme la vida|acabar con todo)|quise (?:morir(?:me)?|matarme)|"
    r"no hay vuelta atras|no turning back|me arrepent\w+|se arrepint\w+|(?:i|she|he) regret\w*|changed (?:my|her|his) mind|"
    r"(?:triste|deprimid[oa]|sad|depressed|upset) (?:por|over|about|because of) (?:el |la |su |her |his |the )?(?:marido|esposo|esposa|novi[oa]|pareja|husband|wife|boyfriend|girlfriend|partner|ex))"
)
_OWN_TAKE_38P = r"(?:me tome|me trague|me bebi|me comi|i (?:just |already )?(?:drank|swallowed|downed|chugged))"
OVERDOSE_KINDS["intentional"] = OVERDOSE_KINDS["intentional"] + [
    rf"{_POISON_38P}(?![\s\S]{{0,300}}?\b{_ACCIDENT_38P}\b)\b[\s\S]{{0,160}}?\b{_INTENT_SIGN_38P_MORE}",
    rf"{_INTENT_SIGN_38P_MORE}(?![\s\S]{{0,300}}?\b{_ACCIDENT_38P}\b)\b[\s\S]{{0,160}}?\b{_POISON_38P}",
    rf"{_OWN_TAKE_38P} (?:\w+ ){{0,4}}?{_POISON_38P}\b(?![\s\S]{{0,300}}?\b{_ACCIDENT_38P}\b)",
]


# --- round 39's suicide risk (helper a) -----------------------------------------------------------
# Round 39's timed farewell (phrases.TIMED_FAREWELL_39: "set it to post at 6", "by then i will be gone")
# and a partner who would rather be dead than go bankrupt "and is not joking anymore" are stops of the
# filters of a post or a podcast and of "rather be dead than" (an idiom of dislike).
_add_stops(next(i for i in IDIOMS if i.startswith("(podcast|episode|article|blog|post(")),
           _F.TIMED_FAREWELL_39, extend=True)
_add_stops(next(i for i in IDIOMS if i.startswith("rather (die|be dead|dying)")),
           r"not joking|no (?:es|esta) (?:broma|bromeando)|not kidding|i (?:think|believe) he means it|lo dice en serio", extend=True)
# Look-alikes left alone by the round's families and by older ones: the nickname of trigeminal
# neuralgia ("la enfermedad del suicidio") told as a fact by someone managing; a relative's wish to
# sleep and not wake up "until monday", tiredness; things given for a birthday, a wedding or
# Christmas; a roofer or a window washer on a roof's edge at work; a goodbye message to coworkers for
# a new job or a retirement.
_SUICIDE_DISEASE_39 = r"(?:la )?enfermedad (?:del|de los) suicid\w*"
_MANAGING_39 = r"\b(?:controlad[oa]|bajo control|la (?:manejo|controlo|llevo bien)|manejad[oa]|estable|ya no me duele)\b"
_SLEEP_TILL_39 = (
    r"(?:dormir(?:me|se)?|sleep) y no (?:despertar(?:me|se)?|wake up) hasta (?:el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|fin de semana)|manana|mediodia|la tarde|las \w+)|"
    r"(?:sleep|dormir) (?:for )?(?:a week|una semana|todo el dia|all day|un mes)"
)
_GIFT_OCCASION_39 = (
    r"(?:gave|give|giving|given|regale|regalo|regalando|le di|le regale|dio)\b[^.?!]{0,60}?\b(?:for (?:his|her|their|my|the) (?:birthday|bday|graduation|wedding|anniversary)|"
    r"for christmas|as a (?:gift|present)|(?:por|para) su (?:cumpleanos|cumple|graduacion|boda|aniversario)|de cumpleanos|para navidad|de regalo)"
)
_WORK_HEIGHT_39 = (
    r"(?:roofer|techero|window washer|ironworker|i work on roofs|trabajo en (?:los )?techos|limpio ventanas)\b[^?]{0,80}?\b"
    r"(?:roof|rooftop|edge|ledge|bridge|techo|azotea|puente|orilla|borde)"
)
_JOB_FAREWELL_39 = (
    r"(?:mensajes?|correos?|posts?|cartas?|notas?) de despedida|(?:goodbye|farewell) (?:posts?|messages?|emails?|notes?|texts?)"
)
_JOB_MARK_39 = (
    r"\b(?:trabajo|empresa|companeros|colegas|coworkers|colleagues|last day|ultimo dia|new job|nuevo trabajo|me jubilo|jubilacion|retir\w+|linkedin|me cambio de)\b"
)
_JOB_STOPS_39 = (
    r"suicid\w*|kill myself|matarme|want to die|quiero morir\w*|ya no (?:voy a )?estar(?:e)?\b(?! en)|i will (?:be gone|not be here)\b(?! from)|"
    r"forgive me|perdonenme|pills|pastillas|" + _OWN_CRISIS_32
)
_add_whole_message_filters([
    (_filter(_SUICIDE_DISEASE_39), r"yo tambien lo (?:pienso|he pensado)|pienso en eso|lo he pensado|pensamientos|entiendo|se me cruz\w+|" + _EARNEST_32,
     _MANAGING_39),
    (_filter(_SLEEP_TILL_39), _EARNEST_32_SUICIDE, None),
    (_filter(_GIFT_OCCASION_39), _EARNEST_32_SUICIDE, None),
    (_filter(_WORK_HEIGHT_39), r"think\w* (?:about|of)|let(?:ting)? go|jump\w*|it all (?:stops|ends)|end it|(?:pienso|pensando) en|soltarme|saltar|tirarme|aventarme|"
                               r"se acabe|" + _EARNEST_32_SUICIDE, None),
    (_filter(_JOB_FAREWELL_39), _JOB_STOPS_39, _JOB_MARK_39),
])

# --- round 39's false alarms (helper c) ----------------------------------------------------------
# Declared like round 38's (filter, stops read over the whole message, a mark the message must hold);
# each also gives way to a danger told now (STOPPED_AT_PRESENT_DANGER).
#
# Something happening again or still, told now: a stop most of this round's filters share.
_AGAIN_NOW_39 = (
    r"\b(?:now|today|tonight|again|right now|just now|ahora|hoy|esta noche|otra vez|de nuevo|sigue|siguen|ahorita|"
    r"still (?:not|no|un\w+|out|down|bleeding|blue|gr[ae]y|on the floor|there|having)|todavia (?:no|esta|sigue|tiene))\b"
)
_STOPS_39 = r"(?:" + _NOW_36 + "|" + _OWN_WISH_38 + "|" + _TOOK_ALL_38 + ")"

# 1a. A faint in a dentist's, a tattoo artist's or a blood-draw chair, over (came to, woke up, "volvi
# en mi"), before a question about monitoring. The filter covers the sentence naming the faint; it
# needs the chair and the coming round. Stops: round 38's (signs now, the writer's own wish), now,
# again, someone of the writer's.
_FAINT_39 = (
    r"[^.?!]{0,160}\b(?:faint\w*|passed out|pass out|blacked out|black out|unconscious|out cold|desmay\w*|inconsciente|perdi el (?:conocimiento|sentido)|"
    r"me (?:quede|quedo) (?:inconsciente|sin sentido)|me (?:dio|dieron) (?:un )?(?:desmayo|vahido|sincope)|sincope|syncope|vasovagal)\b[^.?!]{0,160}"
)
_CHAIR_CAME_ROUND_MARK_39 = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:dentist\w*|dental|tattoo\w*|piercing|blood draw|getting blood drawn|a shot|vaccin\w*|numbing|dentista|muela|tatuaje\w*|tatuar\w*|"
    r"sacar(?:me)? sangre|me sacaron sangre|vacuna|inyeccion|anestesia)\b)"
    r"(?=[\s\S]*\b(?:came to|came round|came around|came back|woke (?:up|right up)|was fine|felt fine|was ok(?:ay)?|volvi en mi|desperte|reaccione|"
    r"me recupere|todo bien|estaba bien|quede bien|ya estaba bien)\b)"
)
_FAINT_STOPS_39 = r"(?:" + _STOPS_38 + "|" + _AGAIN_NOW_39 + "|" + _OWN_PERSON_36 + ")"

# 1b. A colleague seen collapsing (a heart attack, not breathing) years or decades ago, now the
# writer's PTSD or trauma, asked about how to explain it. The filter covers the sentence telling the
# collapse; it needs a time long ago and the PTSD or trauma. Stops: now, today, again, still, the
# writer's own wish, 911.
_COLLAPSE_39 = (
    r"[^.?!]{0,160}\b(?:collaps\w*|dropped|fell|went down|heart attack|cardiac arrest|unconscious|unresponsive|not breathing|stopped breathing|was not breathing|cpr|"
    r"desplom\w*|se cayo|caerse|cayo|infarto|ataque al corazon|paro cardiaco|inconsciente|no respiraba|dejo de respirar|rcp)\b[^.?!]{0,160}"
)
_LONG_AGO_TRAUMA_MARK_39 = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:years ago|decades ago|decade ago|long ago|back in (?:19|20)\d\d|in (?:19|20)\d\d|when i was (?:young|younger|\d+)|"
    r"hace (?:\w+ )?(?:\w+ )?(?:anos|decadas)|hace mucho|en (?:el )?(?:19|20)\d\d|cuando (?:era|tenia))\b)"
    r"(?=[\s\S]*\b(?:ptsd|post ?traumatic|trauma\w*|flashbacks?|estres postraumatico|tept|traumad[oa]|traumatizad[oa])\b)"
)
_COLLAPSE_STOPS_39 = r"(?:" + _STOPS_39 + "|" + _AGAIN_NOW_39 + ")"

# 1c. A drill, a simulation or a CPR class where the writer played the unconscious victim ("simulacro",
# "me toco hacer de victima"), before a clinic question. The filter covers the sentence naming the
# victim; it needs the drill and the part played. Stops: a real one, for real, now, the writer's own
# wish, 911.
_DRILL_VICTIM_39 = (
    r"[^.?!]{0,160}\b(?:unconscious|unresponsive|not breathing|passed out|fainted|collapsed|victim|dummy|inconsciente|desmayad[oa]|no respiraba|no respira|"
    r"victima|herid[oa]|desplomad[oa])\b[^.?!]{0,160}"
)
_DRILL_MARK_39 = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:drill|drills|simulation|simulated|mock|role ?play|cpr (?:class|course|training)|first aid (?:class|course|training)|"
    r"simulacro|simulacion|simulad[oa]|practica|capacitacion|entrenamiento|curso de primeros auxilios|curso de rcp)\b)"
    r"(?=[\s\S]*\b(?:victim|play|played|playing|pretend\w*|picked to be|got to be|i was the|acting|fake|victima|hacer de|hice de|me toco|fingir|fingi|actuad[oa]|actuando|"
    r"yo era (?:la|el))\b)"
)
_DRILL_STOPS_39 = (
    r"(?:for real|real one|real emergency|actually (?:collapsed|fainted|passed out|stopped)|de verdad|de a de veras|en serio|de veras|"
    r"but now|and now|pero ahora|y ahora|" + _STOPS_39 + ")"
)

# 2. A condition's nickname: "the suicide disease" (trigeminal neuralgia), "suicide headaches" (cluster
# headaches), "la enfermedad del suicidio", "dolores suicidas", told by someone who has it and manages
# it, or asked about. The filter covers the sentence naming the nickname; it needs the condition.
# Stops: the writer's own wish (not the nickname's "suicide"), the writer's own thoughts ("i get it
# now", "i think about it", "pensamientos"), now, 911.
_NICKNAME_39 = (
    r"[^.?!]{0,120}(?:\bsuicide (?:disease|illness|headaches?|condition|pain)|\benfermedad (?:del )?suicid\w*|\bdolor(?:es)? (?:de cabeza )?suicidas?|"
    r"\bcefaleas? (?:del )?suicid\w*|\bmigranas? suicidas?)\b[^.?!]{0,120}"
)
_CONDITION_NICKNAMED_MARK_39 = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:trigemin\w*|neuralgia|tic douloureux|cluster|clusters|racimos?|cefaleas?|headaches?|migran\w*|nerve pain|dolor de nervio)\b)"
)
_OWN_WISH_39 = _OWN_WISH_32.replace(
    r"suicid\w*",
    r"(?<!\benfermedad )(?<!\benfermedad del )(?<!\bdolores )(?<!\bdolor )(?<!\bcabeza )(?<!\bcefalea )(?<!\bcefaleas )(?<!\bmigranas )"
    r"suicid\w*(?! (?:disease|illness|headaches?|condition|pain)\b)",
)
_NICKNAME_STOPS_39 = (
    r"(?:i (?:\w+ )?(?:understand|get|see|know) (?:it|that|why)|(?:understand|get|see|know) why|understand\w*|entiend\w*|comprend\w*|"
    r"too well|so well|lo (?:pienso|pense|he pensado|entiendo)|a veces lo|(?:so|too|really) bad|unbearable|insoportable|can not (?:wait|stand)|"
    r"demasiado bien|thoughts?|ideation|pensamientos?|ideas? suicidas?|se me (?:cruza|cruzan|pasa|pasan|ocurre)|cross(?:es|ed)? my mind|"
    r"(?:think|thought|thinking) (?:about|of) (?:it|that|doing|ending|dying|death|killing)|(?:pienso|pensado|pensando|pense) en (?:eso|hacerlo|morir\w*|matarme|quitarme|acabar)|"
    r"i (?:would|could) (?:do it|end it)|me too|yo tambien|myself|(?:i|yo) (?:\w+ )?(?:want|wanna|quiero)\b|ganas de|"
    r"not managing|can not (?:take|handle|do) (?:it|this)|no (?:aguanto|puedo mas)|" + _NOW_36 + "|" + _OWN_WISH_39 + "|" + _TOOK_ALL_38 + ")"
)

# 3. Hyperbole told with laughter, or resolved in the same message: a friend who "will kill himself if
# the team loses" 😂, "se mata si pierde el America jaja", a girl at a bar who would kill herself if he
# did not text back, and he did and she was happy. The filter covers the sentence of the threat with
# its condition ("if", "si"); it needs laughter or the resolution. Stops: round 32's earnest words
# (not joking, tonight, pills, a gun, a farewell), self-injury, not answering, the writer's own wish.
_KILL_IF_39 = (
    r"[^.?!]{0,100}\b(?:kill (?:himself|herself|themselves|myself)|end it all|se (?:mata|matara|mataria|mataba|suicida|suicidara|suicidaria|suicidaba|"
    r"iba a (?:matar|suicidar)|va a (?:matar|suicidar))|me mato|me (?:suicido|mataria))\b[^.?!]{0,30}?\b(?:if|unless|si|cuando)\b[^.?!]{0,120}"
)
_RESOLVED_39 = (
    r"(?:so |then |and )?i (?:texted|called|replied|answered|wrote|messaged|text)(?: her| him| them)?(?: back)?|"
    r"(?:le|les) (?:escribi|conteste|respondi|marque|llame|mande (?:un )?mensaje)|"
    r"(?:she|he|they) (?:was|were|is|seemed) (?:super |all |so |really |totally )?(?:happy|fine|ok|okay|good|thrilled)|"
    r"(?:quedo|se puso|estaba) (?:super |bien |muy )?(?:feliz|contenta|contento|bien|tranquila|tranquilo)"
)
_LAUGH_OR_RESOLVED_MARK_39 = r"(?<![\s\S])(?=[\s\S]*(?:" + LAUGHTER + r"|\b(?:" + _RESOLVED_39 + r")\b))"
_KILL_IF_STOPS_39 = (
    r"(?:" + _EARNEST_32_NOT_LETTER + r"|not answering|no contesta|no responde|(?:is|was) (?:not|no longer) (?:answering|responding)|goodbye|despedid\w*|"
    r"cut\w*|cortand\w*|se corta|cortarse|hurt (?:herself|himself|themselves)|lastim\w*|hospital|depress\w*|deprimid\w*|tried|intent\w*|attempt\w*|"
    r"note|nota|" + _STOPS_39 + ")"
)

# 4. A firearm locked away at home (a spouse's security job) mentioned because a psychologist asked,
# and the writer's own risk denied ("estoy bien, no tengo pensamientos de hacerme dano"). The filter
# covers the sentence naming the weapon; it needs it locked and the denial. Stops: using it on
# oneself, thinking of it, threats or fear of the spouse, the writer's own wish, now.
_WEAPON_39 = (
    r"[^.?!]{0,140}\b(?:pistol\w*|guns?|handguns?|firearms?|rifles?|revolver|weapon|arma|armas|escopeta|glock)\b[^.?!]{0,140}"
)
_LOCKED_DENIED_MARK_39 = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:locked|lock ?box|lock|safe|gun safe|bajo llave|con llave|candado|caja fuerte|guardad[oa]|guarda)\b)"
    r"(?=[\s\S]*\b(?:no (?:thoughts|thought|ideas?|pensamientos?|intencion\w*)|not suicidal|no (?:estoy|soy) suicida|never (?:thought|had thoughts)|"
    r"nunca he (?:pensado|tenido)|(?:i am|im) (?:fine|okay|ok|safe|doing (?:fine|ok|okay|well))|estoy bien|me siento bien|do not have (?:any )?thoughts|"
    r"have no thoughts|no tengo (?:ningun\w* )?(?:ideas?|pensamientos?))\b)"
)
_WEAPON_STOPS_39 = (
    r"(?:use (?:it|that|the \w+) on (?:myself|me)|usarla (?:en|contra|conmigo)|usarlo (?:en|contra|conmigo)|"
    r"(?:think|thought|thinking|pienso|pensado|pensando|pense) (?:about|of|en) (?:using|usar\w*|agarrar\w*|grabbing|taking|tomar\w*|it|ella|eso)|"
    r"but (?:sometimes|lately|some days)|pero (?:a veces|ultimamente|hay dias)|amenaz\w*|threat\w*|point\w*|apunt\w*|scared of (?:him|her)|afraid of (?:him|her)|"
    r"le tengo miedo|me da miedo|hit me|me pega|golpe\w*|" + _STOPS_38 + "|" + _AGAIN_NOW_39 + ")"
)

# 5. An allergic reaction a year ago (hives after penicillin), over, before a question about MCAS care.
# The filter covers the sentence naming the reaction; it needs a time past and its end. Stops: the
# throat, swelling, breathing, the chest, now, again, the writer's own wish.
_REACTION_39 = (
    r"[^.?!]{0,140}\b(?:allergic reaction|reaction|reaccion(?: alergica)?|alergia|allergy|anaphyla\w*|anafila\w*|hives|ronchas|urticaria|rash|sarpullido)\b[^.?!]{0,140}"
)
_PAST_OVER_MARK_39 = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:a year ago|years ago|months ago|last (?:year|month|summer|spring|fall|winter)|once|"
    r"hace (?:un|una|\w+) (?:ano|anos|mes|meses)|el ano pasado|el mes pasado|una vez)\b)"
    r"(?=[\s\S]*\b(?:ya (?:se me )?(?:paso|quito)|se me quito|se (?:me )?fue|went away|cleared(?: up)?|resolved|se resolvio|it is over|was over|"
    r"(?:i am|im) fine (?:now|since)|ya estoy bien|bien desde)\b)"
)
_REACTION_STOPS_39 = (
    r"(?:throat|garganta|swell\w*|swollen|hinch\w*|breath\w*|respir\w*|chest|pecho|epi ?pen|dizzy|mare\w*|faint\w*|desmay\w*|"
    + _STOPS_38 + "|" + _AGAIN_NOW_39 + ")"
)

# 6. A kitchen cut ("me corte con el cuchillo lavando los trastes"), a band-aid and that is all, before
# an appointment question. The filter covers the sentence naming the cut; it needs the chore and the
# band-aid or "nothing serious". Stops: on purpose, bleeding that will not stop, deep, stitches, the
# wrist or the arm, wanting to, the writer's own wish, now.
_KITCHEN_CUT_39 = r"[^.?!]{0,80}\bme (?:corte|cortaba|rebane)\b[^.?!]{0,120}"
_CHORE_BANDAID_MARK_39 = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:lavando|lavar|cocinando|cocinar|picando|picar|pelando|pelar|cortando (?:la|el|las|los|una|un) \w+|trastes|platos|dishes|"
    r"cebolla|tomate|verdura\w*|la cocina|por accidente|sin querer)\b)"
    r"(?=[\s\S]*\b(?:curita|curitas|bandita|venda|band ?aids?|nada grave|no fue nada|y ya|ya paro|ya no sangra|estoy bien)\b)"
)
_KITCHEN_CUT_STOPS_39 = (
    r"(?:a proposito|on purpose|adrede|para sentir|quiero cortarme|me gusta cortarme|ganas de|no para de sangrar|sigue sangrando|mucha sangre|chorro|"
    r"profund\w*|hondo|honda|puntos|stitches|munec\w*|brazo|venas|pierna\w*|muslo|lastimarme|hacerme dano|castigarme|" + _STOPS_38 + ")"
)

# 7. A laboratory's study where mice or rats are given overdoses ("les damos sobredosis a los ratones
# para un estudio, nada que ver con personas"), then an insurance question. The filter covers the
# sentence naming the overdose; it needs the animals and the study. Stops: the writer's own use, a
# needle stick, a coworker, now, the writer's own wish.
_LAB_OVERDOSE_39 = r"[^.?!]{0,140}\b(?:sobredosis|overdos\w*|lethal dose|dosis letal)\b[^.?!]{0,140}"
_LAB_ANIMALS_MARK_39 = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:mice|mouse|rats?|rodents?|animals|ratones|raton|ratas|roedores|animales)\b)"
    r"(?=[\s\S]*\b(?:study|studies|research|experiment\w*|protocol|estudio|estudios|investigacion|experimento\w*|protocolo|laboratori\w*|lab)\b)"
)
_LAB_STOPS_39 = (
    r"(?:i took|i used|i injected|injected myself|stuck myself|needle ?stick|me (?:tome|inyecte|pinche con)|yo (?:tambien )?(?:la |lo )?(?:probe|use|tome)|"
    r"(?:my|mi) (?:\w+ )?(?:coworker|colleague|labmate|companer[oa]|colega)|" + _STOPS_38 + ")"
)

_ROUND_39_C = [
    # 1. a faint in a chair, over; a colleague's collapse long ago, now PTSD; a drill's victim played
    (_filter(_FAINT_39), _FAINT_STOPS_39, _CHAIR_CAME_ROUND_MARK_39),
    (_filter(_COLLAPSE_39), _COLLAPSE_STOPS_39, _LONG_AGO_TRAUMA_MARK_39),
    (_filter(_DRILL_VICTIM_39), _DRILL_STOPS_39, _DRILL_MARK_39),
    # 2. the suicide disease, suicide headaches: a condition's nickname
    (_filter(_NICKNAME_39), _NICKNAME_STOPS_39, _CONDITION_NICKNAMED_MARK_39),
    # 3. "he'll kill himself if the team loses 😂", a threat resolved in the same message
    (_filter(_KILL_IF_39), _KILL_IF_STOPS_39, _LAUGH_OR_RESOLVED_MARK_39),
    # 4. a firearm locked away, the writer's own risk denied
    (_filter(_WEAPON_39), _WEAPON_STOPS_39, _LOCKED_DENIED_MARK_39),
    # 5. an allergic reaction a year ago, over
    (_filter(_REACTION_39), _REACTION_STOPS_39, _PAST_OVER_MARK_39),
    # 6. a kitchen cut, a band-aid and that is all
    (_filter(_KITCHEN_CUT_39), _KITCHEN_CUT_STOPS_39, _CHORE_BANDAID_MARK_39),
    # 7. overdoses given to lab mice for a study
    (_filter(_LAB_OVERDOSE_39), _LAB_STOPS_39, _LAB_ANIMALS_MARK_39),
]
_add_whole_message_filters(_ROUND_39_C)

# --- round 39's overdose and medical (helper b) ---------------------------------------------------
# A household chemical, a diet pill, iron, an antidepressant or cocaine named in the words people use
# is no opioid: Poison Help steps, never the naloxone steps alone (phrases.CHEMICAL_SWALLOWED_39 and
# the round's toxic-syndrome families). An opioid sign told beside them (not breathing, blue) still
# brings the naloxone steps. ("perico" is left out: a street powder that may hold fentanyl keeps the
# naloxone steps when someone is down after it.)
OVERDOSE_KINDS["non_opioid"] = OVERDOSE_KINDS["non_opioid"] + [
    r"hair (?:developer|dye|bleach)|developer|peroxide|peroxido|agua oxigenada|revelador|tinte (?:de|para el) pelo|"
    r"pool (?:shock|chlorine|chemicals?)|cloro (?:de|para) (?:la )?(?:piscina|alberca|pileta)|toilet (?:bowl )?cleaner|limpiador de (?:inodoro|bano|taza)|"
    r"eucalyptus oil|aceite de eucalipto|tea tree oil|essential oils?|aceites? esencial\w*|methylated spirits?|denatured alcohol|alcohol de quemar|"
    r"alcohol desnaturalizado|alcohol metilico|methanol|metanol|wood alcohol|lighter fluid|herbicid\w*|weed killer|caustic soda|soda caustica|sosa caustica|lye",
    r"dnp|dinitrophenol|dinitrofenol|(?:weight ?(?:loss|cutting)|fat ?burn\w*|diet|slimming) pills|pastillas (?:para|de) (?:bajar de peso|adelgazar)|"
    r"hierro|iron vitamins|prenatal vitamins|vitaminas|rivotril|clonazepam|sertralina|fluoxetina|trazodona|acetaminofen|"
    r"pastillas (?:de|para) la presion|pastillas del corazon|metoprolol|amlodipin[ae]|lisinopril|losartan|atenolol|propranolol",
]
# ...and the opioid signs as a clinical report in Spanish writes them ("pupilas puntiformes", "miosis",
# "cianotico", lips purple in the plural): the naloxone steps, whatever else was taken with it.
OVERDOSE_KINDS["opioid"] = OVERDOSE_KINDS["opioid"] + [
    r"puntiformes?|miosis|pupilas (?:como )?(?:de )?(?:punta de )?alfiler|cianotic[oa]|cianosis|azulad[oa]s?|labios (?:morad|azul)\w*",
]


# --- round 39's known gaps (helper k) -------------------------------------------------------------
# 1-2. A non-opioid medicine or a household poison (kerosene, lamp oil, gasoline, antifreeze, cleaning
# products, cloro, lejia) swallowed with intent told beside it (after a fight, "ya no queria vivir",
# "porque ya no aguantaba"): the intentional overdose guidance (phrases.TAKEN_WITH_INTENT_39K; a mix-up,
# a child or long ago keep the Poison Help steps).
OVERDOSE_KINDS["intentional"] = OVERDOSE_KINDS["intentional"] + [_F.TAKEN_WITH_INTENT_39K]

# 7a. Heavy menstrual bleeding told as a routine question (a pad soaked every hour during a period,
# asked whether it matters for the treatment). The filter covers the sentence naming the pad; it needs
# the period. Stops: dizziness, fainting, weakness, a pregnancy or a birth, and round 38's stops; a
# negated sign ("no dizziness") does not stop it.
_PAD_39K = (
    r"[^.?!]{0,120}\b(?:soak\w*|bleed\w* through|go(?:ing)? through|fill\w*|chang\w*|empap\w*|llen\w*|manch\w*|traspas\w*|cambi\w*)\b[^.?!]{0,30}?"
    r"\b(?:pads?|tampons?|toallas?(?: femeninas?| sanitarias?)?|tampones?|kotex)\b[^.?!]{0,120}"
)
_PERIOD_MARK_39K = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:periods?|menstrua\w*|menses|heavy days|cycle|regla|menstruacion|periodo|me baja|la regla|ciclo|dias fuertes)\b)"
)
_NEG_39K = r"(?<!no\s)(?<!not\s)(?<!sin\s)(?<!nor\s)(?<!never\s)(?<!any\s)(?<!ni\s)"
_PAD_STOPS_39K = (
    rf"(?:{_NEG_39K}(?:dizz\w*|light ?headed\w*|faint\w*|pass(?:ed|ing)? out|black(?:ed|ing)? out|mare\w*|desmay\w*|weak|debil|palid\w*|pale|"
    r"short of breath|falta de aire|racing heart|heart (?:is )?racing|chest pain|dolor de pecho|confus\w*)|pregnan\w*|embaraz\w*|miscarr\w*|abort\w*|perdida|"
    r"postpartum|after (?:birth|delivery|giving birth|surgery)|parto|cesarea|despues de (?:dar a luz|la cirugia)|huge clots|clots (?:the size|as big|bigger)|coagulos (?:grandes|enormes|del tamano)|every (?:\d+|few|couple of|five|ten|fifteen|twenty|thirty|half an?) ?(?:minutes?|mins?|hour)|cada (?:\d+|pocos|cinco|diez|quince|veinte|treinta|media) ?(?:minutos|hora)|gush\w*|pouring|chorros?|hemorrhag\w*|hemorrag\w*|(?:will not|wont|does not|doesnt) stop|no (?:para|se detiene|se para)|" + _STOPS_38 + ")"
)

# 7b. A child who bit a detergent pod and spat it out, fine, before another question. The filter covers
# the sentence naming the pod; it needs the spitting out and the child fine. Stops: a sign (vomiting,
# coughing, drooling, breathing, sleepy, burning, the eyes), swallowed some, now, the writer's own wish.
_POD_39K = (
    r"[^.?!]{0,120}\b(?:pods?|detergent|detergente|capsulas? (?:de|del) (?:detergente|jabon)|pastillas? de (?:detergente|jabon)|tide pods?|jabon)\b[^.?!]{0,120}"
)
_SPAT_FINE_MARK_39K = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:spit|spat|spitting|escupi\w*|la escupio|lo escupio|sacamos|took it out of (?:his|her) mouth|se la quitamos|se lo quitamos)\b)"
    r"(?=[\s\S]*\b(?:fine|ok|okay|totally fine|perfectly fine|acting normal|normal|esta bien|sigue bien|anda bien|no le paso nada|nothing happened|good)\b)"
)
_POD_STOPS_39K = (
    rf"(?:{_NEG_39K}(?:vomit\w*|throw\w* up|threw up|puk\w*|cough\w*|tos\b|tose|tosiendo|drool\w*|babea\w*|wheez\w*|breath\w*|respir\w*|sleepy|letharg\w*|drowsy|"
    r"somnolient\w*|burn\w*|arde|quema|eyes?|ojos?|crying in pain|llora de dolor|swallowed some|se trago|trago (?:un poco|algo))|(?<!not\s)(?<!no\s)(?<!before\s)(?<!without\s)(?<!never\s)swallow\w*|" + _STOPS_38 + ")"
)

# 7c. A normal dose of a prescribed medicine taken as prescribed ("me tome 2 tramadol como me recetaron")
# with mild dizziness, asked whether that is normal. The filter covers the sentence naming the dose; it
# needs the question. Stops: more than prescribed, extra or double, signs of an overdose, the writer's
# own wish, now.
_AS_PRESCRIBED_39K = (
    r"[^.?!]{0,120}\b(?:as prescribed|like prescribed|prescribed|as directed|like the doctor (?:said|told me)|recetad[oa]s?|que me recet\w+|como me (?:lo |la |los |las )?(?:recet\w+|indic\w+|mand\w+)|"
    r"como (?:dice|indica) la receta|mi dosis (?:normal|de siempre)|my (?:normal|usual|regular) dose)\b[^.?!]{0,120}"
)
_IS_IT_NORMAL_MARK_39K = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:is (?:that|this|it) normal|normal\?|es normal|sera normal|es normal eso|eso es normal|side effect|efecto secundario|should i (?:worry|be worried)|me preocupo)\b)"
)
_DOSE_STOPS_39K = (
    r"(?:more than|extra|double|doubled|twice (?:the|my)|de mas|doble|mas de (?:lo|la)|whole|all of|todas|toda la|entera|handful|punado|bunch|un monton|"
    r"alcohol|drinks|tragos|cerveza|xanax|benzo\w*|mixed|mezcl\w*|faint\w*|desmay\w*|passed out|slow breath\w*|respira (?:lento|poco)|pinpoint|puntiforme|"
    r"blue|azul|morad\w*|can not (?:stay awake|wake)|chest|pecho|short of breath|(?:can not|hard to) breathe|falta de aire|no puedo respirar|swell\w*|hinch\w*|throat|garganta|rash|hives|ronchas|seizure|convuls\w*|heart (?:is )?(?:racing|pounding)|palpitac\w*|confus\w*|no (?:me puedo|puede) (?:despertar|mantener despiert\w*)|on purpose|a proposito|" + _STOPS_38 + ")"
)
_add_whole_message_filters([
    (_filter(_PAD_39K), _PAD_STOPS_39K, _PERIOD_MARK_39K),
    (_filter(_POD_39K), _POD_STOPS_39K, _SPAT_FINE_MARK_39K),
    (_filter(_AS_PRESCRIBED_39K), _DOSE_STOPS_39K, _IS_IT_NORMAL_MARK_39K),
])
# 4. Round 26's filter of the nickname "called the suicide disease" gives way to the writer's own "i
# finally see why" told anywhere in the message, before the nickname too (phrases.TN_FINALLY_GET_IT_39K).
_add_stops(next(i for i in IDIOMS if i.startswith(r"(nickname|nicknamed|called|known as|le dicen|llaman)\W+(\w+\W+){0,3}suicide")),
           _F._NOW_I_GET_39K, extend=True)
# 3. "he said he will use it on me": a relative's threat told of him is never the writer's own wish
# ("use it on me" is also how the writer may tell her own); the filter covers the threatened use, with
# a third person before it (phrases.RELATIVE_GUN_ON_ME_39K reads the threat as violence).
_add_whole_message_filters([(
    _filter(r"\b(?:he|she|they)\b(?: \w+){0,3}? (?:will|would|is going to|gonna|wants to|was going to|threatened to|threatens to) "
            r"(?:use|turn|point) (?:it|the gun|his gun|her gun|the pistol|his pistol|that|the rifle|his rifle) (?:on|at|against) (?:me|us)\b"),
    None, None)], stop_at_present_danger=False)


# --- round 39's overdose and medical left over (helper e) -----------------------------------------
# Drain opener, a detergent capsule, plant poison or fungicide and burning alcohol named the Spanish way
# are no opioid: Poison Help steps (phrases.CHEMICAL_SWALLOWED_39E); a child's grandparent's blood-pressure
# pills too. A whole box of a benzodiazepine found empty with someone drowsy or not waking keeps the
# naloxone steps (phrases.EMPTY_BENZO_DROWSY_39E: what else was taken, or what the pills held, is not
# known); pain relievers swallowed in quantity after a break-up or a fight are intentional.
OVERDOSE_KINDS["non_opioid"] = OVERDOSE_KINDS["non_opioid"] + [
    r"destapa\w*|desatasc\w*|drano|drain (?:opener|cleaner)|pods? (?:de|para) (?:lavar|lavadora|ropa|detergente)|(?:laundry|dishwasher|detergent|washing) (?:pods?|capsules?)|"
    r"capsulas? (?:de |del |para )?(?:detergente|lavar|lavadora|jabon|lavavajillas)|(?:veneno|insecticida|fungicida|plaguicida) (?:para|de) (?:las |los )?(?:plantas|matas|jardin|hongos|plagas)|"
    r"fungicid\w*|(?:plant|garden) (?:poison|spray|fungicide)|alcohol (?:de quemar|metilico|para quemar)|methyl alcohol|burning alcohol",
    r"pastillas? (?:de|para) (?:la )?(?:presion|el corazon)|pastillas? del corazon|(?:blood pressure|bp|heart) (?:pill|med|tablet)s?",
]
OVERDOSE_KINDS["intentional"] = OVERDOSE_KINDS["intentional"] + [_F.NSAIDS_AFTER_FIGHT_39E]
# An empty benzodiazepine box with someone who will not wake, and pills bought online or on the street
# (with cocaine or alone), which may be pressed with fentanyl: the naloxone steps stay
# ("unas pastillas que compro por internet", "pills he ordered online").
OVERDOSE_KINDS["opioid"] = OVERDOSE_KINDS["opioid"] + [
    _F.EMPTY_BENZO_DROWSY_39E,
    r"(?<![\s\S])(?![\s\S]*\b(?:dnp|dinitro\w*|weight ?(?:loss|cutting)|diet|slimming|fat ?burn\w*|bajar de peso|adelgazar|quemadores?)\b)[\s\S]*?"
    r"(?:pills?|tablets?|pastillas?|pildoras?|percs?|xanax|bars)\b[^.?]{0,40}?\b(?:(?:bought|ordered|got|purchased|compr\w+|pidi\w+|consigui\w+) )?"
    r"(?:online|off the (?:internet|street|web|dark ?web)|on the (?:street|internet)|from (?:the )?(?:internet|street|some guy|a guy|snapchat|telegram)|"
    r"por internet|en (?:la )?(?:calle|internet)|de la calle|en linea|por snap\w*)",
]

# --- round 39's false alarms left over (helper f) -------------------------------------------------
# Declared like helper c's above (filter over the sentence with the crisis words, stops read over the
# whole message, a mark the message must hold); each also gives way to a danger told now
# (STOPPED_AT_PRESENT_DANGER). "now" alone is no stop here: "i'm fine now" is how these are told over.
_NOW_39F = (
    r"(?:" + _NOW_32 + r"|911|ambulanc\w*|help me(?=\s*(?:[.!]|$|please|now|someone|somebody|por favor))|help please|ayudame|ayudenme|"
    r"que hago(?! con)|what do i do(?! with)|what should i do now)"
)
_CORE_STOPS_39F = r"(?:" + _SIGNS_NOW_37 + "|" + _NOW_39F + "|" + _OWN_WISH_38 + "|" + _TOOK_ALL_38 + ")"
_OVER_FINE_39F = (
    r"(?:(?:i am|im|i was|i feel|feeling|felt|she is|he is|she was|he was|(?:she|he)s|all|totally|perfectly) (?:\w+ )?(?:fine|ok|okay|good|better|alright)|"
    r"fine (?:now|after|afterwards|since)|(?:ok|okay|good|better) now|all good|it passed|(?:it )?passed (?:quickly|fast|after)|it(?: is| was)? (?:all )?over|"
    r"came (?:to|round|around)|woke (?:up|right up)|recovered|calmed down|talked me (?:through|down)|"
    r"ya (?:estoy|esta|me siento|se siente|quede|quedo) (?:bien|mejor|fine)|estoy bien|esta bien|me siento bien|(?:ya )?(?:se me|se le) (?:paso|quito|bajo)|"
    r"ya paso|ya se acabo|se acabo|me recupere|se recupero|volvi en mi|me calme|ya me calme|me tranquilice|todo (?:bien|tranquilo|esta tranquilo))"
)

# 1. Fainting or feeling faint in a dental or a tattoo chair, at a blood draw or giving blood, told as
# over and fine now, before a question whether ketamine is safe. The filter covers the sentence naming
# the faint (helper c's words); it needs the chair, the needle or the donation, and the end told.
# Stops: signs now (not waking, not breathing), right now, 911, again, the writer's own wish.
_CHAIR_OR_DRAW_39F = (
    r"(?:dentist\w*|dental|tattoo\w*|piercing|blood (?:draw|drive|test|tests|work|donation|bank)|(?:giving|gave|give|donat\w*) (?:blood|plasma)|"
    r"(?:getting|got|having|had) (?:my )?blood (?:drawn|taken)|(?:take|took|taking|draw|drew|drawing) (?:my )?blood|phlebotom\w*|needles?|a shot|numbing|"
    r"dentista|muela|tatuaje\w*|tatua\w*|perforacion|(?:sacar\w*|sacaron|saco|extraer\w*) (?:\w+ )?sangre|(?:don\w*) (?:sangre|plasma)|donacion|"
    r"analisis|laboratorio|agujas?|inyeccion|vacuna)"
)
_FAINT_OVER_MARK_39F = rf"(?<![\s\S])(?=[\s\S]*\b{_CHAIR_OR_DRAW_39F}\b)(?=[\s\S]*\b{_OVER_FINE_39F}\b)"
_FAINT_STOPS_39F = (
    r"(?:" + _CORE_STOPS_39F + r"|again|otra vez|de nuevo|still (?:out|down|dizzy|fainting)|sigue (?:desmayad\w*|inconsciente|sin)|"
    r"(?:i|she|he|they) (?:\w+ )?(?:feel|feels|am feeling|is feeling|are feeling) (?:\w+ )?(?:faint|dizzy|lightheaded|light headed|weak|woozy)|"
    r"me (?:\w+ )?siento (?:\w+ )?(?:desmayar|maread[oa]|debil)|(?:estoy|esta) (?:\w+ )?maread[oa]|now (?:my|i|she|he|her|his|it)\b|ahora (?:tengo|me|siento|esta|estoy|tiene)|"
    r"tongue|lengua|throat|garganta|swell\w*|swollen|hinch\w*|itch\w*|comezon|picaz\w*|hives|ronchas|rash|breath\w*|respir\w*|chest|pecho|wheez\w*)"
)

# 2. Trigeminal neuralgia's nickname, told as a fact or asked about ("why is TN called the suicide
# disease?", "por que le dicen la enfermedad del suicidio?"). The filter covers the sentence naming the
# nickname (helper c's words); it needs the condition (TN too) and the fact or the question. Stops:
# the writer's own wish (the nickname's "suicide" left out), thoughts, "now i understand why", me too,
# the writer's own want (but "i want to know"), can't take it, now.
_TN_MARK_39F = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:trigemin\w*|neuralgia|tn|t n|tic douloureux|nerve pain|facial pain|face pain|dolor (?:de|en) la cara|dolor facial|cluster|racimos?)\b)"
    r"(?=[\s\S]*(?:\?|\b(?:why|what|called|call|calls|known as|nicknamed?|dubbed|referred to|read|heard|mentioned|por que|porque|que significa|le dicen|le llaman|la llaman|"
    r"lo llaman|la conocen|conocida|conocido|apod\w*|lei|escuche|dijo|dicen)\b))"
)
_TN_STOPS_39F = (
    r"(?:" + _OWN_WISH_39 + "|" + _NOW_39F + "|" + _TOOK_ALL_38 + "|" + _F._NOW_I_GET_39K + r"|"
    r"thoughts?|ideation|pensamientos?|ideas? suicidas?|se me (?:cruza|cruzan|pasa|pasan|ocurre)|cross(?:es|ed)? my mind|"
    r"(?:think|thought|thinking) (?:about|of) (?:it|that|doing|ending|dying|death|killing)|(?:pienso|pensado|pensando|pense) en (?:eso|hacerlo|morir\w*|matarme|quitarme|acabar)|"
    r"(?:now|finally|ahora|ya|at last) (?:i )?(?:understand|get|see|know|entiendo|comprendo|se)\b|i (?:totally |really |finally )?(?:get|understand|see) why|"
    r"entiendo (?:por que|porque)|ya se (?:por que|porque)|too well|demasiado bien|me too|yo tambien|myself|"
    r"(?:i|yo) (?:\w+ )?(?:want|wanna|quiero)\b(?! (?:to )?(?:know|understand|learn|ask|find out|saber|preguntar|entender|conocer))|ganas de|"
    r"can not (?:take|handle|do) (?:it|this)|no (?:aguanto|puedo mas)|unbearable|insoportable)"
)

# 3. A threat from a stranger at a bar or in the street that was resolved (a bouncer threw him out,
# he walked off, the police came and it is over), before a clinic question. The filter covers the
# sentence of the threat; it needs the place or the stranger and the resolution. Stops: he is back,
# waiting or following, a partner or a relative (violence at home), a wound, right now, 911.
_THREAT_39F = (
    r"[^.?!]{0,160}\b(?:threat\w*|(?:said|says|told me|yelled|screamed) (?:that )?(?:he|she|they) (?:was|were|is|are|would|will|had) (?:going to |gonna )?"
    r"(?:kill|stab|shoot|hurt|beat|cut)|pulled (?:a|his|her) (?:knife|gun|blade|pistol)|came at me|"
    r"amenaz\w*|me (?:iba|va|iban|van) a (?:matar|apunalar|picar|disparar|golpear|madrear)|(?:saco|sacaron) (?:una |un |la |el |su )?(?:navaja|cuchillo|pistola|arma))\b[^.?!]{0,160}"
)
_STRANGER_RESOLVED_MARK_39F = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:bar|bars|club|pub|street|sidewalk|parking lot|outside the|gas station|subway|train|bus|stranger|some guy|a guy|a man|a drunk|drunk guy|"
    r"cantina|antro|discoteca|disco|calle|banqueta|estacionamiento|metro|camion|gasolinera|tipo|senor|borracho|desconocido|un hombre|un man)\b)"
    r"(?=[\s\S]*\b(?:bouncer|security|threw (?:him|her|them) out|kicked (?:him|her|them) out|walked (?:off|away)|(?:he|she|they) left|ran off|took off|"
    r"police (?:came|arrived|showed up|took|arrested)|cops (?:came|showed up|took)|arrested|(?:it is|its|it was|all) over|end of it|that was it|"
    r"seguridad|guardia|cadenero|lo (?:sacaron|echaron|corrieron|saco|echo|corrio|arrestaron|detuvieron)|se fue|se lo llevaron|(?:llego|vino) la policia|se acabo|ya paso|"
    r"todo (?:esta )?tranquilo)\b)"
)
# (the writer's own wish, with "matarme" left out where it is the threat's: "me amenazo con matarme")
_OWN_WISH_THREAT_39F = _OWN_WISH_38.replace("|matarme|", r"|(?<!\bcon )(?<!\ba )matarme|")
_THREAT_STOPS_39F = (
    r"(?:" + _SIGNS_NOW_37 + "|" + _NOW_39F + "|" + _OWN_WISH_THREAT_39F + "|" + _TOOK_ALL_38
    + r"|came back|come back|is back|knows where i live|sabe donde vivo|vuelva|regrese|(?:he|she|they)(?: is| are|s)? back|returned|coming back|wait\w* (?:\w+ )?(?:outside|for me|afuera)|me (?:\w+ )?esper\w*|outside my|following me|followed me home|"
    r"still (?:out there|outside|here)|regres\w*|volvio|esta afuera|me (?:sigue|esta siguiendo|esta esperando|siguio)|sigue afuera|"
    r"husband|boyfriend|my ex\b|partner|wife|girlfriend|marido|esposo|espos[ao]|novio|novia|mi ex\b|pareja|"
    r"bleed\w*|sangr\w*|stabbed|shot|apunal\w*|dispar\w*|herid\w*|wound\w*)"
)

# 4. A PTSD episode at a work site or in a public place (a collapse, a panic, a flashback, frozen on the
# floor), managed and over, told to ask about treatment. The filter covers the sentence of the episode;
# it needs the trauma named and the end told. Stops: a wound, the head, the chest, again, right now,
# the writer's own wish.
_EPISODE_39F = (
    r"[^.?!]{0,160}\b(?:collaps\w*|went down|fell|dropped|passed out|blacked out|froze|panic attack|flashback|hit the (?:floor|ground)|"
    r"desplom\w*|me cai|me tire al (?:piso|suelo)|ataque de (?:panico|ansiedad)|crisis de (?:panico|ansiedad)|me desmaye|me congele|me paralice)\b[^.?!]{0,160}"
)
_TRAUMA_OVER_MARK_39F = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:ptsd|post ?traumatic|trauma\w*|flashbacks?|triggered|deployment|combat|tept|estres postraumatico|traumad[oa])\b)"
    rf"(?=[\s\S]*\b{_OVER_FINE_39F}\b)"
)
_EPISODE_STOPS_39F = (
    r"(?:" + _CORE_STOPS_39F + r"|again|otra vez|de nuevo|hit my head|golpe\w* (?:en )?la cabeza|chest|pecho|bleed\w*|sangr\w*|seizure|convuls\w*)"
)

# 5. A low blood sugar treated and fine now (juice, glucose tabs, candy; the number back up). The filter
# covers the sentence naming the low; it needs the food or drink and the rise or the writer fine.
# Stops: not rising, still low, passed out, a seizure, confusion, glucagon, too much insulin, now.
_LOW_SUGAR_39F = (
    r"[^.?!]{0,160}\b(?:hypo\w*|low (?:blood )?sugar|(?:blood )?sugar (?:dropped|went low|crashed|was low|tanked|fell|went down)|blood sugar|glucose|"
    r"azucar|glucosa|hipoglucemi\w*|me temblaba todo|shaky)\b[^.?!]{0,160}"
)
_TREATED_UP_MARK_39F = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:juice|soda|coke|glucose (?:tabs?|tablets?|gel)|candy|skittles|honey|ate|had (?:some|a)|drank|jugo|refresco|coca|dulce|caramelo|miel|"
    r"comi|me tome|tabletas de glucosa|gel de glucosa)\b)"
    r"(?=[\s\S]*\b(?:back (?:up|to)|came (?:back )?up|went (?:back )?up|went up to|normal|normalized|\d+ now|subio|volv\w+ a (?:los )?\d+|regres\w+ a (?:los )?\d+|se (?:me |le )?normalizo|"
    + _OVER_FINE_39F[3:-1] + r")\b)"
)
_LOW_SUGAR_STOPS_39F = (
    r"(?:" + _CORE_STOPS_39F + r"|not (?:going|coming) up|(?:will not|wont|does not|doesnt|is not|isnt) (?:go|come|going|coming|rise|rising) up|still (?:low|dropping|falling)|"
    r"no (?:le |me |se )?(?:sube|subio|ha subido|quiere subir|esta subiendo)|(?:did not|didnt|has not|hasnt|have not|havent) (?:gone|go|come|came|risen|rise|budged|moved) up|sigue (?:baj\w+|en \d+)|passed out|unconscious|unresponsive|seizure|convuls\w*|confus\w*|desmay\w*|no reacciona|"
    r"can not swallow|no puede tragar|glucagon|too much insulin|whole pen|toda la insulina|mucha insulina|demasiada insulina)"
)

# 6. A passenger's or a stranger's pill bottle found in a car, a taxi, a bus or a train (lost property),
# asking what to do with it. The filter covers the sentence naming the bottle; it needs someone else's
# bottle left or found and the vehicle. Stops: the person down, someone who took from it, a child or a
# pet that got into it, an overdose named, now, the writer's own wish.
_FOUND_BOTTLE_39F = (
    r"[^.?!]{0,160}\b(?:pill ?bottles?|bottles? of (?:\w+ ){0,2}?(?:pills|tablets|meds|medication|medicine|oxy\w*|xanax|percocet|adderall|vicodin|\w+)|"
    r"prescription bottles?|frascos? (?:de|con) (?:\w+ )?(?:pastillas|medicamentos?|medicinas?|pildoras|\w+)|botes? (?:de|con) (?:pastillas|pildoras|medicina\w*)|"
    r"pastillas|pills|meds|medication)\b[^.?!]{0,160}"
)
_LOST_PROPERTY_MARK_39F = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:passengers?|riders?|customers?|fares?|strangers?|someone|somebody|someone else|somebody else|pasajer[oa]s?|cliente|alguien|"
    r"otra persona|un desconocido|una desconocida)\b)"
    r"(?=[\s\S]*\b(?:left|forgot|forgotten|found|dropped|dejo|olvido|olvidaron|dejaron|encontre|halle|me encontre)\b)"
    r"(?=[\s\S]*\b(?:car|cab|taxi|uber|lyft|bus|back ?seat|seat|train|subway|van|carro|coche|auto|camion|asiento|metro|autobus|micro|tren)\b)"
)
_FOUND_BOTTLE_STOPS_39F = (
    r"(?:" + _CORE_STOPS_39F + "|" + _OWN_PERSON_36 + r"|passed out|unconscious|not waking|desmay\w*|inconsciente|overdos\w*|sobredosis|"
    r"(?:he|she|they|someone|my \w+) (?:took|swallowed|ate)|(?:se )?(?:tomo|trago|comio)|got into|agarro|"
    r"my (?:son|daughter|kid|child|baby|toddler|dog|cat)|mi (?:hijo|hija|nino|nina|bebe|perro|gato|nene|nena))"
)

# 7. A story told in a class or a training (a teacher's, a lecturer's, an instructor's case of an
# overdose or a suicide), asked about as study. The filter covers the sentence of the story; it needs
# the class, the telling and the study or the question. Stops: someone of the writer's, the writer's
# own wish or act (first person only: the story's "suicide" is the story's), signs now, NOT_STUDY.
_CLASS_STORY_39F = (
    r"[^.?!]{0,200}\b(?:overdos\w*|sobredosis|suicid\w*|kill(?:ed)? (?:himself|herself|themselves)|took (?:a |the )?whole bottle|attempt\w*|"
    r"se (?:mato|quito la vida|tomo (?:todo|todas|un frasco))|intento (?:suicid\w*|matarse|quitarse))\b[^.?!]{0,200}"
)
_CLASS_STUDY_MARK_39F = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:class|classes|course|lecture|lecturer|professor|prof|teacher|instructor|training|seminar|workshop|school|"
    r"clase|curso|maestr[oa]|profesor\w*|profe|instructor\w*|capacitacion|taller|catedra|seminario|escuela|facultad)\b)"
    r"(?=[\s\S]*\b(?:(?:teacher|professor|prof|instructor|lecturer|trainer|facilitator|maestr[oa]|profesor\w*|profe|instructor\w*|capacitador\w*)(?: \w+){0,3}? "
    r"(?:told|tells|shared|described|taught|talked about|gave us|presented|conto|cuenta|nos conto|platico|explico|compartio|narro|hablo de|presento)|"
    r"case stud(?:y|ies)|caso clinico|(?:a|the) case (?:of|where|about|that)|un caso (?:de|donde|sobre))\b)"
    r"(?=[\s\S]*(?:\?|\b(?:exam|paper|report|homework|assignment|study|studying|quiz|essay|project|test|examen|tarea|ensayo|informe|reporte|estudi\w*|proyecto|investigar)\b))"
)
_CLASS_STORY_STOPS_39F = (
    r"(?:" + _SIGNS_NOW_37 + "|" + _NOW_39F + "|" + _OWN_PERSON_36 + "|" + "|".join(_F.NOT_STUDY) + r"|"
    r"told me|me (?:conto|dijo|confeso)|confided|one of my|(?:my|mi|mis) (?:students?|pupils?|alumn\w*|estudiantes?|trainees?)|last night|anoche|yesterday|ayer|"
    r"this morning|esta manana|hours ago|hace (?:\w+ )?horas|just (?:told|took|said)|feels? (?:fine|sick|nause\w*)|nause\w*|vomit\w*|"
    r"kill myself|killing myself|matarme|suicidarme|quitarme la vida|(?:i|me) (?:\w+ )?(?:want|wanna) to die|quiero morir\w*|me quiero (?:morir|matar)|"
    r"i (?:took|swallowed|overdosed|tried|attempted|have thought|think about)|me (?:tome|trague)|intente|he pensado|yo tambien|me too|i did too|"
    r"(?:thinking|thought|think) (?:about|of) (?:suicide|killing myself|dying|ending (?:it|my life)|doing (?:it|that|the same))|"
    r"pens\w* en (?:suicid\w*|matarme|morir\w*|hacer lo mismo)|since then i|desde entonces (?:yo )?(?:pienso|quiero|tengo)|"
    r"i (?:\w+ )?(?:relate|feel the same|felt the same)|me identifi\w*|ganas de)"
)

# 8. A child's fever treated with a children's dose of acetaminophen, the child fine. The filter covers
# the sentence naming the medicine; it needs the child, the fever and the child fine. Stops: too much or
# the wrong medicine, swallowed or got into it, a seizure, limp, not waking, breathing, now.
_FEVER_MED_39F = (
    r"[^.?!]{0,160}\b(?:tylenol|acetaminophen|acetaminofen|paracetamol|tempra|motrin|advil|ibuprofen|ibuprofeno|fever reducer|antipiretico|medicine|medicina)\b[^.?!]{0,160}"
)
_CHILD_FEVER_FINE_MARK_39F = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:son|daughter|kid|child|baby|toddler|infant|\d+ ?(?:year|yr|month)s? old|\d+ ?yo|children'?s|childrens|kids|pediatric|"
    r"hij[oa]|nin[oa]|nene|nena|bebe|infantil|pediatric[oa]|para ninos)\b)"
    r"(?=[\s\S]*\b(?:fever|temperature|temp|fiebre|calentura|temperatura)\b)"
    r"(?=[\s\S]*\b(?:playing|running around|gone|went down|came down|broke|back to normal|jugando|se le (?:bajo|quito)|ya (?:le )?bajo|ya no tiene|"
    + _OVER_FINE_39F[3:-1] + r")\b)"
)
_FEVER_STOPS_39F = (
    r"(?:" + _CORE_STOPS_39F + r"|too much|double|twice|extra|adult|whole|all of|the bottle|by mistake|wrong (?:dose|medicine)|de mas|doble|toda\b|todo el frasco|"
    r"mas de la cuenta|dosis equivocada|por error|(?:he|she|they) (?:\w+ )?(?:swallowed|drank|ate|took|got into)|swallow\w*|got into|se (?:\w+ )?(?:tomo|trago|bebio|comio)|trag\w*|agarro|"
    r"pills|pastillas|"
    r"seizure|convuls\w*|febrile|limp|stiff neck|cuello rigido|not waking|no despierta|letharg\w*|vomit\w*|breath\w*|respir\w*|blue|azul|morad\w*|"
    r"desmay\w*|passed out|unresponsive|no responde|again|otra vez)"
)

_ROUND_39_F = [
    (_filter(_FAINT_39), _FAINT_STOPS_39F, _FAINT_OVER_MARK_39F),
    (_filter(_NICKNAME_39), _TN_STOPS_39F, _TN_MARK_39F),
    (_filter(_THREAT_39F), _THREAT_STOPS_39F, _STRANGER_RESOLVED_MARK_39F),
    (_filter(_EPISODE_39F), _EPISODE_STOPS_39F, _TRAUMA_OVER_MARK_39F),
    (_filter(_LOW_SUGAR_39F), _LOW_SUGAR_STOPS_39F, _TREATED_UP_MARK_39F),
    (_filter(_FOUND_BOTTLE_39F), _FOUND_BOTTLE_STOPS_39F, _LOST_PROPERTY_MARK_39F),
    (_filter(_CLASS_STORY_39F), _CLASS_STORY_STOPS_39F, _CLASS_STUDY_MARK_39F),
    (_filter(_FEVER_MED_39F), _FEVER_STOPS_39F, _CHILD_FEVER_FINE_MARK_39F),
]
_add_whole_message_filters(_ROUND_39_F)

# --- round 39's suicide risk left over (helper d) -------------------------------------------------
# Round 37's filter of pills packed or sorted for a trip or "for the weekend" gives way to pills saved
# up with a count and a time (phrases.PILLS_SAVED_COUNT_TIME_39D: "i have saved up 40 pills for this
# weekend", "llevo meses guardando pastillas, ya tengo 80").
_add_stops(next(i for i in IDIOMS if i.startswith(r"(?:(?:count\w*|pack\w*|sav\w*|collect\w*|sort\w*|set aside")),
           _F.PILLS_SAVED_COUNT_TIME_39D + r"|saved up|been saving|llevo (?:\w+ ){0,2}?(?:guardando|juntando)", extend=True)
# The look-alikes of the round's families (phrases.py, helper d), as filters over the sentence that
# names the roof, the rope, the poison, the pills or the gift, with a mark the message must hold (a
# job, a party or a question; camping, moving or laundry; rats in the basement; the pharmacy; a
# graduation; a trip) and stops at the writer's own wish told anywhere. They also quiet the older
# families that read the same words (a rope "ready" for camping, "counted" pills at the pharmacy, a
# watch given "en su graduacion", goodbyes said before a flight).
_OWN_WISH_39D = (
    r"suicid\w*|kill myself|end (?:it|my life|it all)|want to die|wanna die|better off (?:dead|without me)|(?:do not|dont) want to (?:live|be here|wake up)|"
    r"matarme|suicidarme|quitarme la vida|quiero morir\w*|me quiero morir|no quiero (?:vivir|seguir|despertar)|acabar con (?:todo|mi vida)|ya no aguanto|no aguanto mas|"
    r"no puedo mas|can not go on|hang myself|colgarme|ahorcarme|forgive me|perdonenme|not coming back|no voy a volver|por ultima vez|for the last time|"
    r"ya no (?:voy a )?estar(?:e)?(?! en)|i will be gone|not joking|no es broma|lo digo en serio"
)
_MARK_39D = lambda words: r"(?<![\s\S])(?=[\s\S]*\b(?:" + words + r")\b)"  # noqa: E731
_SENTENCE_WITH_39D = lambda words: r"[^.?!]{0,160}\b(?:" + words + r")\b[^.?!]{0,160}"  # noqa: E731
_PHARMACY_39D = r"pharmacy|pharmacist|farmacia|farmaceutic\w*|drugstore|walgreens|cvs|rite aid"
_DISPOSAL_39D = r"take ?back|disposal|dispose|drop (?:them |it )?off|desechar|vencidas|expired|caducadas|old meds"
_SAVING_39D = (
    r"saved up|been saving|saving (?:them|it) up|stockpil\w*|hoard\w*|stash\w*|junte|juntando|guardando|guarde|acumul\w*|escondi\w*|"
    + _F.PILLS_SAVED_COUNT_TIME_39D
)
_OCCASION_39D = (
    r"(?:en|at|on|for|para|por|el dia de|the day of) (?:su|sus|his|her|their|my|mi|the|la|el) (?:\w+ )?(?:graduation|graduacion|birthday|cumpleanos|cumple|wedding|boda|"
    r"quinceanera|quince anos|xv|bautizo|baptism|primera comunion|comunion|confirmation|confirmacion|anniversary|aniversario|bar mitzvah|retirement|jubilacion)|"
    r"(?:for|en|para|on) (?:christmas|navidad|nochebuena|reyes)"
)
_TRIP_39D = (
    r"trip|travel\w*|viaje|viajo|viajar|vacation|vacaciones|airport|aeropuerto|flight|vuelo|moving|mudanza|me mudo|nos mudamos|deploy\w*|deployment|semester|semestre|"
    r"college|universidad|campamento|summer camp|cruise|crucero"
)
_PILLS_COUNTED_39D = (
    rf"(?:count\w*|conto|conte|contaron|contando|contadas)\b[^.?!]{{0,60}}?\b{_F.PILLS}\b|"
    rf"{_F.PILLS}\b[^.?!]{{0,60}}?\b(?:count\w*|conto|conte|contaron|contando|contadas)\b"
)
_PILLS_DISPOSED_39D = (
    rf"(?:sav\w*|kept|keep\w*|guard\w*|junt\w*|collect\w*)\b[^.?!]{{0,40}}?\b{_F.PILLS}\b[^.?!]{{0,80}}?\b(?:{_DISPOSAL_39D})\b"
)
_GOODBYE_SAID_39D = (
    rf"(?:{_F._GOODBYE_39D}|(?:said|saying|say|texted|sent|called|calling) (?:me |us |everyone )?(?:goodbye|bye|see y(?:a|all|ou all)))\b[^.?!]{{0,100}}"
)
_add_whole_message_filters([
    # a roof's floors at work, at a party, for the view or asked about
    (_filter(_F.ROOF_FLOORS_39D),
     _OWN_WISH_39D + r"|jump\w*|saltar|tirarme|aventarme|lanzarme|(?:not|never) (?:be )?(?:coming|come|going) (?:back )?down|no (?:voy a |pienso |vuelvo a )?bajar",
     _MARK_39D(_F._ROOF_BENIGN_39D)),
    # a rope ready for camping, moving, a boat, laundry or a dog; a karate belt, a seat belt
    (_filter(rf"{_F.LIGATURE_READY_39D}|(?:the |a |my )?{_F.LIGATURE} (?:is )?(?:ready|already|tied|up|lista|listo|amarrada)\b"),
     _OWN_WISH_39D + r"|neck|cuello|beam|viga|hook|gancho|rafter|closet rod|ceiling fan|ventilador|chair|silla|stool|banquito|noose|horca|nudo corredizo",
     _MARK_39D(_F._LIG_BENIGN_39D)),
    # rat poison bought for today for rats in the basement, a pesticide for the garden
    (_filter(_F.POISON_FOR_TIME_39D),
     _OWN_WISH_39D + r"|tomarmel[oa]|tragarmel[oa]|bebermel[oa]|for myself|for me|para mi|para mi mism[oa]|drink it|take it myself",
     _MARK_39D(_F._PEST_BENIGN_39D)),
    # pills counted at the pharmacy for the week or the month
    (_filter(_PILLS_COUNTED_39D),
     _OWN_WISH_39D + "|" + _SAVING_39D + r"|took|taken|swallowed|tome|me tome|se tomo|trague|se trago|overdos\w*|sobredosis|drowsy|sleepy|can not feel|no siento|"
     r"breath\w*|respir\w*|pass(?:ed)? out|desmay\w*", _MARK_39D(_PHARMACY_39D)),
    # expired pills kept for a take-back day
    (_filter(_PILLS_DISPOSED_39D), _OWN_WISH_39D + r"|instead|en vez de|en lugar de", None),
    # a watch or a ring given at a graduation, a birthday, a wedding
    (_filter(_F._GIVEN_39D),
     _OWN_WISH_39D + r"|goodbye|good bye|despedi\w*|despidi\w*|adios|last time|ultima vez|tonight|esta noche|i know what|ya se lo que|ya se que",
     _MARK_39D(_OCCASION_39D)),
    # goodbyes said before a trip, a flight, a move
    (_filter(_GOODBYE_SAID_39D),
     _OWN_WISH_39D + r"|pills|pastillas|took|tome|se tomo|overdos\w*|sobredosis|gun|pistola|rope|soga|cuerda|jump\w*|tirarme|bridge|puente",
     _MARK_39D(_TRIP_39D)),
])
# ...and round 39's filter of a roofer or a window washer at work gives way to not coming down told
# anywhere ("soy techero y hoy subo al techo del edificio de 20 pisos, ya no voy a bajar").
_add_stops(_filter(_WORK_HEIGHT_39),
           r"(?:not|never) (?:be )?(?:coming|come|going) (?:back )?down|(?:ya )?no (?:voy a |pienso |vuelvo a |quiero )?bajar|no bajo", extend=True)

# --- round 40's false alarms, part 2 (helper d) ---
# Declared like round 39's helper f above (filter over the sentence with the crisis words, stops read
# over the whole message, a mark the message must hold); each gives way to a danger told now
# (STOPPED_AT_PRESENT_DANGER) and to the writer's own wish told anywhere (_OWN_WISH_40D: round 39 d's
# list, its "matarme" left out where an organ follows, "me voy a matar el estomago").
_ORGAN_40D = r"(?:el |los |la |las |mi |mis |tu |tus |su |sus )?(?:estomago|higado|rinon\w*|pancreas|tripas|intestinos?|corazon|panza|gastritis)"
_OWN_WISH_40D = (
    _OWN_WISH_39D.replace("|matarme|", r"|matarme(?! " + _ORGAN_40D + r")|")
    + r"|me quiero matar|quiero matarme|me voy a (?:matar|suicidar)(?! " + _ORGAN_40D + r")|me mato|(?:want|wanna|going|gonna) to (?:kill myself|die)|"
    r"i will kill myself|hurt myself|hacerme dano|lastimarme|no quiero (?:vivir|seguir)"
)
_SENTENCE_40D = lambda words: r"[^.?!]{0,200}\b(?:" + words + r")\b[^.?!]{0,200}"  # noqa: E731
# Round 39 (f)'s _CORE_STOPS_39F with this section's own-wish variant in place of _OWN_WISH_38.
_CORE_STOPS_40D = r"(?:" + _SIGNS_NOW_37 + "|" + _NOW_39F + "|" + _OWN_WISH_40D + "|" + _TOOK_ALL_38 + ")"
# (the same without 911 and the ambulance, for family 6, whose ambulance came and went)
_CORE_STOPS_NO_AMBULANCE_40D = (
    r"(?:" + _SIGNS_NOW_37 + "|" + _NOW_32 + r"|help me(?=\s*(?:[.!]|$|please|now|someone|somebody|por favor))|help please|ayudame|ayudenme|que hago(?! con)|"
    r"what do i do(?! with)|what should i do now|" + _OWN_WISH_40D + "|" + _TOOK_ALL_38 + ")"
)
_LAUGH_40D = r"ja(?:ja)+\w*|je(?:je)+\w*|a?ha(?:ha)+\w*|lol\w*|lmao\w*|lmfao|xd|jsjs\w*"

# 1. "al borde del abismo", "me tienen al borde", "on the edge": said of children fighting or a job,
# laughed at, before a price or an insurance question. Needs the children or the job, the laughter and
# the question. Stops: the writer's own wish, can't take it, now, 911.
_EDGE_40D = r"(?:al|en el|on the) (?:borde+|edge)(?: del (?:abismo|precipicio)| of (?:the )?(?:abyss|cliff))?"
_EDGE_MARK_40D = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:kids?|children|boys|girls|son|daughter|twins|hij[oa]s?|nin[oa]s|nenes?|nenas?|muchach[oa]s|chamac[oa]s|pelea\w*|peleando\w*|fight\w*|"
    r"job|work|boss|shift|overtime|trabajo|jefe|jefa|chamba|turno|oficina|office)\b)"
    r"(?=[\s\S]*\b(?:" + _LAUGH_40D + r")\b)"
    r"(?=[\s\S]*\b(?:cuanto|precio|cuesta|cobran|sale|costo|price|cost|costs|how much|seguro|insurance|medicaid|medicare|aceptan|accept|take|copay|deducible|deductible|"
    r"aetna|fidelis|emblem|cigna|metroplus|healthfirst|oscar|united|bcbs|blue cross)\b)"
)
_EDGE_STOPS_40D = (
    r"(?:" + _CORE_STOPS_40D + r"|no aguanto|ya no puedo|can not (?:take|do) (?:it|this)|tirarme|jump\w*|brincar|saltar|bridge|puente|roof|azotea|techo|"
    r"not joking|no es broma|en serio|for real|seriously|de verdad)"
)

# 2. Neuropathic pain told as electric shocks (trigeminal neuralgia, CRPS, nerve pain): "como si le
# dieran corriente", "like being electrocuted when i chew", "toques electricos". Needs the condition
# named. Stops: a real current (a cable, an outlet, a power line, lightning), not breathing, out cold,
# a burn from it, now, 911.
_SHOCK_40D = (
    r"electrocut\w*|electric\w*|shock\w*|zap\w*|live wire|jolts?|corriente\w*|toques?|descargas?|choques? electric\w*|electrocuta\w*|chispazos?|calambres?"
)
_SHOCK_PAIN_MARK_40D = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:trigemin\w*|neuralgia\w*|tn|crps|rsd|complex regional|regional pain|dolor regional|sindrome de dolor|distrofia simpatica|"
    r"nerve pain|neuropath\w*|neuropati\w*|dolor (?:de|en los) nervios?|dolor neuropatico|sciatica|ciatica|shingles|culebrilla|herpes zoster|fibromyalgia|fibromialgia)\b)"
    r"(?=[\s\S]*\b(?:like|feels?|felt|as if|as though|kind of|sort of|como|parece|se siente|siento|siente|sentir)\b)"
)
_SHOCK_PAIN_STOPS_40D = (
    r"(?:" + _CORE_STOPS_40D + r"|cable|cables|wires?(?<!live wire)|outlet|socket|enchufe|tomacorriente|power line|linea electrica|poste|transformer|transformador|lightning|rayo|"
    r"taser|fence|cerca electrica|breaker|panel|fixing|arreglando|bathtub|banera|unconscious|inconsciente|passed out|desmay\w*|no despierta|not waking|"
    r"heart (?:stopped|racing)|chest|pecho|burn\w*|quemad\w*|quemo|(?:got|was|been|get|gets|getting) (?:electrocuted|shocked|zapped)(?! (?:\w+ )?(?:every|when|whenever|each))|"
    r"me electrocute|se electrocuto|(?:me|le|nos) (?:dio|pego) (?:la )?corriente|touched (?:a|the) (?:\w+ )?wire)"
)

# 3. Narcan or naloxone asked about (sold, given, free) to carry in a bag in case someone is ever found
# collapsed in the street: a hypothetical. Needs naloxone, the hypothetical and the carrying. Stops: a
# person down now (there is someone, right now, blue, not breathing), the writer's own use, 911.
_NARCAN_CASE_40D = (
    r"narcan|naloxon\w*|tirad[oa]s?|collaps\w*|passed out|desmay\w*|ods?|overdos\w*|sobredosis|down|inconsciente|unconscious|unresponsive"
)
_NARCAN_CARRY_MARK_40D = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:narcan|naloxon\w*)\b)"
    r"(?=[\s\S]*\b(?:in case|just in case|por si|por si acaso|if i (?:ever )?(?:see|find|come across|run into)|(?:someday|algun dia|ever)|"
    r"(?:llegara|llego) a (?:ver|encontrar))\b)"
    r"(?=[\s\S]*\b(?:carry\w*|keep|have (?:one|it|some)|bag|purse|backpack|pocket|car|cartera|bolsa|bolso|mochila|bulto|bolsillo|llevar\w*|cargar\w*|tener\w*|traer\w*)\b)"
)
_NARCAN_CARRY_STOPS_40D = (
    r"(?:" + _CORE_STOPS_40D + r"|there is (?:a |some(?:one|body)? )?(?:\w+ )?(?:collapsed|down|passed out|on the)|hay (?:un|una|alguien)\b|(?:he|she|they)(?: is| are|s)? "
    r"(?:not|turning|blue|gray|grey|down|out)|(?:esta|estan) (?:tirad|desmay|inconsc|morad|azul)\w*|turning blue|se esta (?:poniendo|muriendo)|"
    r"my (?:\w+ )?(?:son|daughter|brother|sister|friend|husband|wife|boyfriend|girlfriend|roommate)|" + _OWN_PERSON_36 + r"|i (?:use|am using|relapsed)|"
    r"(?:yo )?(?:uso|consumo|me meto)\b)"
)

# 4. A cook, a chef or a butcher who cuts himself with knives at work all the time (laughed at), asking
# about a wife's or a relative's CRPS: cuts of the trade. Needs the trade, the knives and the work.
# Stops: cutting on purpose, to feel something or for relief, hiding it, deep or not stopping, the
# writer's own wish, now, 911.
_KITCHEN_CUT_40D = (
    r"(?:i|me|myself) (?:\w+ )?(?:cut|cuts|cutting|nick|nicks|nicking|slice|slicing)\b[^.?!]{0,20}|cut (?:myself|my (?:\w+ )?(?:hands?|fingers?|thumbs?))|"
    r"me (?:\w+ )?(?:corto|corte|cortaba|cortado)\b|cortad(?:as|uras)|cortaduras?"
)
_KITCHEN_CUT_MARK_40D = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:cook|cooks|line cook|prep cook|chef|butcher|butchers|kitchen|deli|meat ?packing|restaurant|fish market|"
    r"cocin\w*|chef|carnicer\w*|carniceria|pescader\w*|restaurante|cocina|matadero|frigorifico)\b)"
    r"(?=[\s\S]*\b(?:knives|knife|blades?|cuchill\w*|navaj\w*|machete)\b)"
    r"(?=[\s\S]*\b(?:at work|work|job|shift|shifts|trabajo|chamba|turno|jale|all the time|constantly|a cada rato|seguido|siempre|todos los dias|every day|everyday)\b)"
)
_KITCHEN_CUT_STOPS_40D = (
    r"(?:" + _CORE_STOPS_40D + r"|on purpose|a proposito|adrede|intentional\w*|deliberat\w*|to feel|para sentir|relief|alivi\w*|release|desahog\w*|"
    r"hide (?:it|them|the cuts)|escond\w*|nobody knows|nadie sabe|wrists?|munecas?|thighs?|muslos?|deep|profund\w*|"
    r"(?:will not|wont|can not|does not|doesnt) stop bleeding|no (?:para|deja) de sangrar|stitches now|deserve|merezco|castig\w*|punish\w*|"
    r"stab\w*|apunal\w*|attack\w*|holding|threat\w*|amenaz\w*|bleeding a lot|mucha sangre|sangrando mucho|(?:he|she|they) (?:cut|cuts)|me (?:corto|corte) (?:el|la|mi) (?:\w+ )?(?:novio|novia|esposo|marido))"
)

# 5. "me voy a matar el estomago", "you'll kill your liver": a doctor's warning about ibuprofen or
# painkillers, before asking whether ketamine is better for pain. Needs the painkiller or the doctor.
# Stops: pills taken all at once, the writer's own wish (its "matarme" before an organ left out), now.
_ORGAN_EN_40D = r"(?:my|your|ur|his|her|the|their) (?:stomach|liver|kidneys?|gut|guts|insides|heart|stomach lining)"
_KILL_ORGAN_40D = (
    r"(?:(?:me|te|se|le|lo) )?(?:(?:voy|vas|va|van|vamos) a )?(?:matar\w*|mata|matas|matando|acabar\w* con|destroz\w*|destru\w*) " + _ORGAN_40D + r"|"
    r"(?:going to |gonna |will |(?:you|i|he|she)(?: a)?re going to |(?:you|i|he|she) will |youll |ill )?(?:kill\w*|destroy\w*|wreck\w*|ruin\w*|shred\w*|fry\w*) " + _ORGAN_EN_40D
)
_PAINKILLER_MARK_40D = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:ibuprof\w*|advil|motrin|aleve|naproxen\w*|naproxeno|tylenol|acetaminof\w*|acetaminophen|paracetamol|aspirin\w*|aspirina|excedrin|"
    r"nsaids?|aines|anti ?inflamatori\w*|anti ?inflammator\w*|painkillers?|pain ?(?:pills|meds|medication|killers)|analgesic\w*|analgesicos?|pastillas (?:para|del) (?:el )?dolor|"
    r"meloxicam|diclofenac\w*|celebrex|doctor\w*|doc|medic[oa]|gp|pcp|provider)\b)"
)
_KILL_ORGAN_STOPS_40D = (
    r"(?:" + _CORE_STOPS_40D + r"|todas las pastillas|todo el frasco|all the pills|the whole bottle|whole box|la caja entera|a proposito|on purpose|to die|para morir\w*|"
    r"sobredosis|overdos\w*|vomit\w* (?:blood|sangre)|sangre|blood|black stool|heces negras|tonight|esta noche|all at once|de una vez|de golpe)"
)

# 6. A customer or a stranger who fainted at a restaurant or a store the other day; an ambulance came
# and all went well (low sugar); asking whether the clinic takes emergencies or only appointments.
# Needs the place, the other person, the time gone by and the good end. Stops: not waking or not
# breathing now, still out, now, the writer's own wish (911 and the ambulance are no stop here).
_FAINTED_40D = r"desmay\w*|faint\w*|passed out|collaps\w*|blacked out|se (?:nos )?cayo|fell|ambulanc\w*|ems|paramedic\w*|paramedicos?|911"
_FAINTED_OVER_MARK_40D = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:restaurant\w*|store|shop|bodega|deli|supermarket|supermercado|grocery|market|mercado|tienda|mall|cafe|cafeteria|diner|bakery|panaderia|"
    r"salon|barberia|lavanderia|laundromat|pharmacy|farmacia|church|iglesia|bus|train|subway|metro)\b)"
    r"(?=[\s\S]*\b(?:customers?|client\w*|clientes?|stranger|lady|guy|man|woman|someone|somebody|person|senor\w*|senora|muchach[oa]|hombre|mujer|persona|alguien|viejit[oa]|don|dona)\b)"
    r"(?=[\s\S]*\b(?:the other day|el otro dia|yesterday|ayer|last (?:week|month|night)|la semana pasada|el mes pasado|anteayer|antier|this morning|esta manana|"
    r"days ago|hace (?:unos |un par de |dos |tres )?dias)\b)"
    r"(?=[\s\S]*\b(?:all went well|went well|turned out (?:fine|ok|okay|to be)|(?:he|she|they)(?: was| were|s)? (?:\w+ )?(?:fine|ok|okay|good|alright)|was fine|was ok|"
    r"todo (?:salio )?bien|salio bien|(?:ya )?(?:esta|estaba) bien|se recupero|(?:just|only|solo|nada mas|era) (?:\w+ )?(?:low sugar|sugar|azucar|la presion|dehydrat\w*|deshidrat\w*)|"
    r"low (?:blood )?sugar|azucar baja|gracias a dios|thank god)\b)"
)
_FAINTED_OVER_STOPS_40D = (
    r"(?:" + _CORE_STOPS_NO_AMBULANCE_40D + r"|still (?:out|down|unconscious|not)|sigue (?:desmay\w*|inconsciente|sin)|(?:is|esta|estan) (?:still )?(?:on the floor|en el piso|en el suelo)|"
    r"not waking|no despierta|died|murio|fallecio|hit (?:his|her|their) head|se pego en la cabeza|seizure|convuls\w*|"
    r"(?:i|me) (?:\w+ )?(?:feel|siento) (?:\w+ )?(?:faint|dizzy|maread\w*|desmay\w*)|calling 911|llamando al 911|waiting for (?:the )?ambulanc\w*|esperando (?:a )?la ambulancia)"
)

# 7. A health class's homework on fentanyl and overdoses ("mi prof d salud nos pidio buscar info",
# "for my health class"), asking what to say or write. Needs the class or the homework and the
# question. Stops: someone of the writer's, the writer's own use or wish, signs now, NOT_STUDY.
_DRUG_TOPIC_40D = r"fentan\w*|overdos\w*|sobredosis|ods?|opioid\w*|opiaceos?|opioides?|narcan|naloxon\w*|drogas?|drugs?"
_HEALTH_HOMEWORK_MARK_40D = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:health class|clase de salud|homework|tarea|assignment|project|proyecto|report|reporte|informe|presentation|presentacion|essay|ensayo|"
    r"research|investig\w*|buscar info\w*|buscar informacion|look up info\w*|look up|nos (?:pidio|pidieron|mandaron|dejaron)|asked us|told us to|assigned)\b)"
    r"(?=[\s\S]*(?:\?|\b(?:what (?:should|do|can) i (?:say|write|put|include|tell|add)|que (?:le |les )?(?:digo|pongo|escribo|incluyo|pongo)|what to (?:say|write|include)|"
    r"que (?:deberia|debo|puedo) (?:decir|poner|escribir)|should i include|due)\b))"
)
_HEALTH_HOMEWORK_STOPS_40D = (
    r"(?:" + _SIGNS_NOW_37 + "|" + _NOW_39F + "|" + _OWN_PERSON_36 + "|" + _OWN_WISH_40D + "|" + "|".join(_F.NOT_STUDY) + r"|"
    r"(?:just|acaba de|acabo de) (?:took|take|tomo|tomar|usar|used|snorted|smoked|fumo|fumar)|(?:took|tomo|se tomo|used|uso) (?:some|un poco|algo)|"
    r"i (?:use|used|took|tried|am using)|yo (?:uso|use|consumo|probe|tome)|me (?:tome|meti|fume)|classmate|companer[oa] (?:se |tomo|uso)|"
    r"not breathing|no respira|not waking|no despierta|blue|azul|morad\w*)"
)

# 8. An old burn (oil in the kitchen, years ago) that still stings or burns, asking whether ketamine can
# treat it. Needs the time long gone (years, an old burn, a scar) and "still". Stops: a burn just
# now or today, blisters, peeling, a fire, the face or the airway, infection, now, 911.
_OLD_BURN_40D = r"burn\w*(?! out)|quemadura\w*|(?:me|se|le) (?:\w+ )?quem\w*|arde\w*|ardor|sting\w*|grease|aceite"
_OLD_BURN_MARK_40D = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:years? ago|(?:\d+|a|one|two|three|four|five|couple|few) (?:of )?years|anos?|hace (?:\w+ )?(?:anos?|tiempo|meses)|months ago|"
    r"old|vieja|viejo|antigua|back in (?:\d{4}|the day)|en (?:el )?(?:19|20)\d\d|scar\w*|cicatriz\w*)\b)"
    r"(?=[\s\S]*\b(?:still|todavia|aun|sigue\w*|sigo|always|all the time|a veces|sometimes|de vez en cuando|to this day|hasta (?:hoy|ahora|el dia de hoy))\b)"
    r"(?=[\s\S]*\b(?:oil|aceite|grease|frying|fryer|freidora|stove|estufa|kitchen|cocin\w*|sarten|pan|pot|olla|hot water|agua (?:caliente|hirviendo)|boiling|iron|plancha|"
    r"scald\w*|steam|vapor|quemadura|burn scar|grill|parrilla|horno|oven)\b)"
)
_OLD_BURN_STOPS_40D = (
    r"(?:" + _CORE_STOPS_40D + r"|just (?:burned|burnt|got)|acabo de|acaba de|today|hoy|tonight|esta noche|this morning|esta manana|"
    r"blister\w*|ampolla\w*|peel\w*|pelando|se (?:me |le )?(?:esta )?(?:pelando|cayendo la piel)|skin (?:coming|falling) off|fire|fuego|incendio|llamas|flames|"
    r"face|cara|eyes?|ojos?|throat|garganta|breath\w*|respir\w*|infect\w*|pus|fever|fiebre|red streaks|rayas rojas|swell\w*|hinch\w*|"
    r"burn(?:ed|t)? out|burnout|exist\w*|fantasiz\w*|disappear\w*|desaparecer|no existir|not wake|no despertar)"
)

_ROUND_40_D = [
    (_filter(_SENTENCE_40D(_EDGE_40D)), _EDGE_STOPS_40D, _EDGE_MARK_40D),
    (_filter(_SENTENCE_40D(_SHOCK_40D)), _SHOCK_PAIN_STOPS_40D, _SHOCK_PAIN_MARK_40D),
    (_filter(_SENTENCE_40D(_NARCAN_CASE_40D)), _NARCAN_CARRY_STOPS_40D, _NARCAN_CARRY_MARK_40D),
    (_filter(_SENTENCE_40D(_KITCHEN_CUT_40D)), _KITCHEN_CUT_STOPS_40D, _KITCHEN_CUT_MARK_40D),
    (_filter(_SENTENCE_40D(_KILL_ORGAN_40D)), _KILL_ORGAN_STOPS_40D, _PAINKILLER_MARK_40D),
    (_filter(_SENTENCE_40D(_FAINTED_40D)), _FAINTED_OVER_STOPS_40D, _FAINTED_OVER_MARK_40D),
    (_filter(_SENTENCE_40D(_DRUG_TOPIC_40D)), _HEALTH_HOMEWORK_STOPS_40D, _HEALTH_HOMEWORK_MARK_40D),
    (_filter(_SENTENCE_40D(_OLD_BURN_40D)), _OLD_BURN_STOPS_40D, _OLD_BURN_MARK_40D),
]
_add_whole_message_filters(_ROUND_40_D)

# --- round 40's phone and speech look-alikes (helper e) -------------------------------------------
# "Can't talk" said of the phone, a call or the moment, by a visitor at work, deaf or hard of hearing,
# anxious about calls, in a loud place, with a baby asleep or no minutes left, who asks for an email, a
# text or the chat ("cant talk phone. email?", "no puedo hablar ahorita, estoy en el trabajo, me
# escriben?"): no sudden loss of speech. The filter covers the words of not talking: the writer's own
# (first person or no subject), or anyone's said of the phone or a call ("my husband is deaf, he can't
# talk on the phone"). The message must name the phone, a call, another channel or the situation.
# Stops anywhere: a stroke sign (sudden, a face or mouth drooping, slurred or jumbled words, a weak or
# numb arm or leg, confusion, sight), a blocked airway or breathing (choking, throat, swelling), a
# seizure or someone down, someone near who threatens or hurts the writer; and a danger told now.
_TALK_40E = r"(?:talk|speak|hablar|platicar)"
_CANT_40E = (
    r"(?:can not|cannot|could not|unable to|not able to|no (?:puedo|podemos|podre|podria|pude)|no (?:\w+ )?(?:puedo|podemos))"
)
_ON_PHONE_40E = (
    r"(?:on|over|by|via|through|in) (?:the |a |my )?(?:phone|telephone|cell|call|calls|phone calls?)|"
    r"por (?:el |la )?(?:telefono|cel|celular|llamada|fon)|en (?:una |la )?llamada|al (?:telefono|cel|celular)"
)
_PHONE_TALK_40E = (
    # the writer's own: "i can not (really) talk", "no puedo hablar (ahorita)", a bare "can not talk" opening a clause
    rf"(?:(?:^|[.,;:!?] ?|\b(?:i|yo|we|sorry|lo siento|perdon|ahorita|ahora|now|rn|ok|okay|hey|hi|hola)\b ?|\b(?:i am|i was|we are)(?: \w+){{0,5}}? (?:and|so) )(?:really |just |honestly |actually )?"
    rf"(?:can not|cannot|could not|unable to|not able to)(?: \w+){{0,2}}? (?:talk|speak)(?! right\b(?! (?:now|away|this)))\b|"
    rf"\bno (?:\w+ )?(?:puedo|podemos|podre|pude)(?: \w+){{0,2}}? (?:hablar|platicar)\b|"
    # anyone's, said of the phone or a call: "he can not talk on the phone"
    rf"{_CANT_40E.replace('no (?:puedo', 'no (?:puede|pueden|puedo', 1)}(?: \w+){{0,2}}? {_TALK_40E}(?: \w+){{0,3}}? (?:{_ON_PHONE_40E})\b)"
)
_PHONE_OR_CHANNEL_MARK_40E = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:phone|telephone|cell|call|calls|calling|phone ?calls?|voice ?mail|voicemail|ring|telefono|cel|celular|llamad\w*|llamar\w*|llamen|llame|marcar|"
    r"email|e ?mail|mail|correo\w*|text|texts|texting|txt|sms|message|messages|msg|dm|chat|portal|whatsapp|wsp|wapp|write|escrib\w*|mensaje\w*|textear|texto|"
    r"at work|at my job|work|working|shift|meeting|in class|trabajo|trabajando|chamba|chambeando|turno|reunion|junta|en clase|"
    r"deaf|hard of hearing|hearing (?:impaired|loss)|asl|sord[oa]|no (?:oigo|escucho) bien|"
    r"baby|sleeping|asleep|nap|bebe|dormid[oa]|durmiendo|noisy|loud|noise|ruido|bulla|subway|train|bus|metro|tren|guagua|"
    r"minutes|minutos|saldo|data|datos|anxiety|ansiedad|nervous|nervios\w*|shy|verguenza|penoso)\b)"
)
_PHONE_TALK_STOPS_40E = (
    r"(?:suddenly|sudden|all of a sudden|out of nowhere|de repente|de pronto|derrepente|de la nada|"
    r"droop\w*|crooked|lopsided|uneven|torcid[ao]|chuec[ao]|caid[ao]|se (?:me|le) (?:cae|cayo|tuerce|torcio)|"
    r"face|mouth|smile|cara|boca|sonrisa|slur\w*|garbled|jumbled|gibberish|mumbl\w*|words (?:come|coming|came) out|arrastr\w*|trab\w* la lengua|lengua trabada|incoheren\w*|palabras|"
    r"arm|arms|leg|legs|hand|brazo|brazos|pierna|piernas|mano|numb\w*|tingl\w*|entumid\w*|adormecid\w*|hormigue\w*|weak\w*|debil\w*|paraly\w*|parali\w*|can not move|no (?:puede|puedo) mover|"
    r"confus\w*|disoriented|desorientad\w*|blurr\w*|borros\w*|double vision|can not see|no (?:puede|puedo) ver|dizz\w*|marea\w*|balance|equilibrio|worst headache|stroke|derrame|embolia|ictus|"
    r"chok\w*|gag\w*|throat|garganta|swell\w*|swollen|hinch\w*|tongue|lengua|breath\w*|respir\w*|ahog\w*|atragant\w*|asfixi\w*|airway|blue|azul|morad\w*|wheez\w*|silbido|"
    r"can not swallow|no (?:puede|puedo) tragar|chest|pecho|seiz\w*|convuls\w*|collaps\w*|(?:fell|fall|falling|fallen|falls)(?! asleep)|went down|se (?:cayo|desplomo)|me cai|desplom\w*|hit (?:my|his|her) head|passed out|unconscious|unresponsive|desmay\w*|inconsciente|no responde|no reacciona|"
    r"panic attack|ataque de (?:panico|ansiedad)|"
    r"hiding|hide|escondid\w*|escond\w*|he is (?:here|listening|right here|in the)|(?:he|she) (?:will|would|might) hear|listening|me (?:oye|escucha|esta escuchando|vigila)|"
    r"scared|afraid|miedo|hurt\w* me|hit\w* me|beat\w*|abus\w*|threat\w*|amenaz\w*|pega\w*|golpe\w*|maltrat\w*|kill|matar|help me|ayuda\w*|911|ambulanc\w*|emergenc\w*)"
)
_add_whole_message_filters([
    (_filter(_PHONE_TALK_40E), _PHONE_TALK_STOPS_40E, _PHONE_OR_CHANNEL_MARK_40E),
])

# --- round 40's false alarms (helper c) ---
# Declared like round 39's helper f section above (filter over the sentence with the crisis words,
# stops read over the whole message, a mark the message must hold); each also gives way to a danger
# told now (STOPPED_AT_PRESENT_DANGER).
_TODAY_40C = r"today|tonight|this morning|this week|hoy|esta noche|esta manana|anoche|ahora mismo|ahorita|right now|just now|as we speak"
_AGAIN_40C = r"again|otra vez|de nuevo|volvio a|started again"
# Round 37's signs now without a bare "i took" (kept: "i relapsed", "i overdosed").
_SIGNS_NOW_40C = _SIGNS_NOW_37.replace("|i (?:took|relapsed|overdosed)|", "|i (?:relapsed|overdosed)|")
# Pills taken all at once by the writer (round 38's list without a bare "i took": "i took my zyrtec",
# "i took her to the hospital" are how these stories are told).
_TOOK_FOR_SELF_40C = (
    r"i (?:took|swallowed|downed) (?:all|too many|too much|the whole|a whole|every|a bunch|a handful|\d+)|i (?:overdosed|relapsed)|"
    r"me (?:tome|trague) (?:todo|todas|el frasco|la caja|muchas|demasiad\w*)|(?:took|swallowed|downed) (?:all|the whole|a whole|every) (?:bottle|box|pack)|"
    r"whole bottle|frasco entero|todo el frasco|on purpose|a proposito|adrede"
)

# 1. A gamer's hyperbole: a ranked match lost badly ("got murdered", "went 0-14"), "i wanna die" with
# laughter, then an unrelated question. The filter covers the sentence of the wish; it needs the game
# lost and the laughter. Stops: a method or the means named, a plan or a time, in earnest ("not
# joking"), a farewell, now.
_GAMER_WISH_40C = (
    r"[^.?!]{0,160}\b(?:(?:want|wanna|going to|gonna|about to) (?:\w+ )?(?:die+|kill myself|off myself|unalive myself|end it)|kill myself|kms|"
    r"(?:me )?quiero (?:morir\w*|matar\w*)|me (?:voy a|quiero) (?:morir|matar)|me muero)\b[^.?!]{0,160}"
)
_GAME_LOST_MARK_40C = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:ranked|rank|ranks|rango|placements?|placement match|match|matches|games?|partidas?|game|lobby|elo|mmr|valorant|fortnite|warzone|"
    r"league|lol games|apex|overwatch|cod|call of duty|fifa|2k|rocket league|clasificatoria|competitiv[oa]|ranqued|rankeds?|scrims?)\b)"
    r"(?=[\s\S]*\b(?:murdered|destroyed|demolished|stomped|smoked|bodied|got (?:\w+ )?(?:wrecked|clapped|rolled|cooked|diffed|dogged)|lost|losing|loss|went \d+|"
    r"\d+ ?(?:-|and|to|y|a) ?\d+|0 ?(?:-|y|and) ?\d+|carried|feeding|fed|tilted|derank\w*|perdi|perdimos|destrozaron|destruyeron|mataron|humillaron|quede|apalearon|palizas?)\b)"
    rf"(?=[\s\S]*{_LAUGHTER_MARK})"
)
_GAMER_STOPS_40C = (
    r"(?:" + _NOW_39F + "|" + _FAREWELL_WORDS + "|" + _TIME_OR_PLAN + "|" + _IN_EARNEST + r"|"
    r"pills?|pastillas?|gun|pistol\w*|arma|rope|noose|soga|cuerda|knife|cuchill\w*|navaja\w*|blade|razor|veneno|poison|bleach|cloro|puente|bridge|rooftop|azotea|"
    r"tirarme|aventarme|lanzarme|colgarme|ahorcarme|cortarme|hang myself|cut myself|overdos\w*|sobredosis|jump off|method|metodo|how to do it|como hacerlo|"
    r"serious|serio|deadass not|actually want|really want|de veras|not (?:a )?joke|no es (?:un )?chiste|forgive me|perdon\w*)"
)

# 2. Old abuse told with the years (a husband or a father who beat the writer 15 years ago, when she
# was a young girl, in another country), now nightmares, startle, poor sleep, asking about PTSD or
# ketamine. The filter covers the sentence of the beating; it needs the years and the after-effects or
# the question. Stops: he is here, back, hit me today, again, afraid now, the writer's own wish, now.
_OLD_BEATING_40C = (
    r"[^.?!]{0,160}\b(?:beat|beated|beaten|beating|beats|hit|hits|hitting|abus\w*|hurt|punch\w*|slap\w*|lick|licks|bus my|golpe\w*|pegaba|pegaban|pego|maltrat\w*|abusaba|abuso|violencia)\b[^.?!]{0,160}"
)
_YEARS_AGO_40C = (
    r"(?:\d+|many|so many|a lot of|two|three|four|five|ten|twenty|thirty|some) (?:year|yr)s? (?:ago|back)|decades? ago|long (?:time )?ago|many year\w* ago|years back|back in (?:19|20)\d\d|in (?:19|20)\d\d|"
    r"when i was (?:a )?(?:young|little|small|child|kid|girl|boy|teen\w*)(?: girl| boy)?|as a (?:young )?(?:girl|boy|child|kid)|growing up|back home|in my country|old country|"
    r"hace (?:\d+|muchos|mas de \d+|\w+) anos|hace mucho(?: tiempo)?|cuando (?:yo )?era (?:nin[oa]|chiquit[oa]|pequen[oa]|joven|muchach\w*)|de nin[oa]|en mi pais|alla en|anos atras"
)
_AFTER_EFFECTS_40C = (
    r"nightmares?|bad dreams?|dreams|startl\w*|jump(?:y|s|ed)? (?:at|when)|on edge|flashbacks?|(?:can not|cannot|do not|dont|not|poor|bad|no) (?:\w+ )?sleep|sleep (?:poor|bad|very poor)|insomnia|"
    r"ptsd|trauma\w*|tept|pesadillas?|me asusto|sobresalt\w*|no (?:puedo )?duermo|no duermo|duermo mal|insomnio"
)
_OLD_ABUSE_MARK_40C = rf"(?<![\s\S])(?=[\s\S]*\b(?:{_YEARS_AGO_40C})\b)(?=[\s\S]*\b(?:{_AFTER_EFFECTS_40C})\b)"
_OLD_ABUSE_STOPS_40C = (
    r"(?:" + _CORE_STOPS_39F + "|" + _TODAY_40C + "|" + _AGAIN_40C + r"|"
    r"(?:has|have|had) been (?:\w+ )?(?:beat|hit|hurt|abus|hitt|punch|chok)\w*|keeps? (?:on )?(?:beat|hit|hurt|abus|punch|chok)\w*|yesterday|last (?:night|week)|ayer|la semana pasada|"
    r"(?:he|she|they)(?: is| are|s)? (?:back|here|home|outside|coming)|came back|come back|found me|knows where|still (?:beat|beats|hit|hits|hurt|hurts|live|living|with him)|"
    r"(?:live|living|lives) with (?:him|her|them)|threat\w*|afraid (?:of )?(?:him|he|for my life)|scared (?:of )?(?:him|he)|will kill me|gonna kill me|going to kill me|"
    r"volvio|regreso|esta aqui|esta afuera|me encontro|sigue (?:pegando|golpeando)|todavia me (?:pega|golpea)|vivo con el|amenaz\w*|me va a matar|tengo miedo|miedo de el|"
    r"bleed\w*|sangr\w*|broken|rot[oa]|herid\w*)"
)

# 3. "X kill my head" / "me mata la cabeza": a headache from a smell (acetone, paint, perfume), with
# laughter or a question about migraine. The filter covers the sentence of the idiom and that of the
# smell; it needs the idiom and the headache, migraine or a question. Stops: breath that smells, sugar
# or diabetes, the worst headache, weakness, numbness, speech or sight, swallowed or drank, now.
_SMELL_40C = r"smell\w*|fumes?|scent|odor|olor\w*|peste|perfume\w*|acetone|acetona|paint|pintura|thinner|cologne|colonia|bleach|cloro|nail polish|esmalte"
_KILL_MY_HEAD_40C = (
    r"(?:kill\w*|kills|mash up|bus) (?:up )?(?:my|mi|me|mah) head|(?:me|le) (?:esta |estan )?mat\w* (?:la )?cabeza|(?:me|le) (?:revienta|parte) la cabeza|head killer"
)
_HEAD_SENTENCE_40C = rf"[^.?!]{{0,160}}\b(?:{_KILL_MY_HEAD_40C}|{_SMELL_40C})\b[^.?!]{{0,160}}"
_KILL_MY_HEAD_MARK_40C = (
    rf"(?<![\s\S])(?=[\s\S]*\b(?:{_KILL_MY_HEAD_40C})\b)(?=[\s\S]*\b(?:{_SMELL_40C})\b)"
    rf"(?=[\s\S]*(?:\?|{_LAUGHTER_MARK}|\b(?:migraine\w*|migran\w*|jaqueca|headaches?|dolor de cabeza)\b))"
)
_KILL_MY_HEAD_STOPS_40C = (
    r"(?:" + _CORE_STOPS_39F + r"|"
    r"breath|aliento|diabet\w*|sugar|azucar|glucos\w*|insulin\w*|ketoacid\w*|dka|worst headache|peor dolor|thunderclap|sudden\w*|de repente|de golpe|"
    r"numb\w*|weak\w*|can not (?:move|speak|talk|see|feel)|no puedo (?:mover|hablar|ver)|slurr\w*|arrastr\w*|droop\w*|vision|blind|confus\w*|faint\w*|passed out|desmay\w*|"
    r"vomit\w*|seizure|convuls\w*|stiff neck|cuello rigido|swallow\w*|drank|drink|trag\w*|bebi\w*|se tomo|me tome|carbon monoxide|monoxido|gas leak|fuga de gas)"
)

# 4. A relative took too much of a heart or blood-pressure medicine years ago (a year given), was in
# hospital, is fine now, asking about ketamine. The filter covers the sentence of the overdose; it
# needs the year or the years, the hospital and fine now. Stops: again, today, signs now, the writer's
# own act or wish, now.
_TOO_MUCH_40C = (
    r"[^.?!]{0,160}\b(?:too much|too many|overdos\w*|extra|double|doble|de mas|demasiad\w*|mas de la cuenta|sobredosis|all of (?:her|his|them)|whole bottle|todo el frasco)\b[^.?!]{0,160}"
)
_MED_YEARS_FINE_MARK_40C = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:(?:19|20)\d\d|\d+ years ago|years ago|years back|hace (?:\d+|\w+) anos|hace anos|long time ago|last year|el ano pasado)\b)"
    r"(?=[\s\S]*\b(?:hospital\w*|er|emergency room|icu|admit\w*|ingres\w*|emergencia|sala de emergencia|internad[oa]|dem keep)\b)"
    r"(?=[\s\S]*\b(?:(?:him|her|she|he|dem|them)(?: is| be)? (?:fine|good|ok|okay|alright|better|well) now|" + _OVER_FINE_39F[3:-1] + r")\b)"
)
_MED_YEARS_STOPS_40C = (
    r"(?:" + _SIGNS_NOW_40C + "|" + _NOW_39F + "|" + _OWN_WISH_38 + "|" + _TOOK_FOR_SELF_40C + "|" + _TODAY_40C + "|" + _AGAIN_40C + r"|"
    r"dizzy|mareado|maread[oa]|faint\w*|desmay\w*|passed out|slow (?:pulse|heart)|chest|pecho|vomit\w*|confus\w*)"
)

# 5. An old blast or war injury (an IED, a year given) with headaches ever since, manageable, asking
# whether ketamine interferes with a medicine. The filter covers the sentence of the blast; it needs the
# year or "since" and the headaches manageable or the question. Stops: a new or the worst headache,
# weakness, numbness, a seizure, today, now.
_BLAST_40C = (
    r"[^.?!]{0,160}\b(?:ieds?|i e d|blast\w*|explosion\w*|explosiv\w*|bomb\w*|roadside|mortar|grenade|rpg|artefacto|explot\w*|bomba\w*|tbi|traumatic brain injury|"
    r"war injur\w*|combat injur\w*|herida de guerra)\b[^.?!]{0,160}"
)
_BLAST_OLD_MARK_40C = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:(?:19|20)\d\d|years ago|\d+ years|since then|ever since|since|desde entonces|desde (?:el |ese )|hace (?:\d+|\w+) anos|deploy\w*|afghanistan|iraq|irak|afganistan|army|ejercito|marines?|military|militar)\b)"
    r"(?=[\s\S]*\b(?:manageable|managed|under control|controlled|manejables?|controlad[oa]s?|ketamin\w*|topiramat\w*|topamax|interfer\w*|interact\w*|medication|meds|medicina\w*)\b)"
)
_BLAST_STOPS_40C = (
    r"(?:" + _CORE_STOPS_39F + "|" + _TODAY_40C + r"|"
    r"worst headache|peor dolor|thunderclap|sudden\w*|de repente|numb\w*|weak\w*|can not (?:move|speak|talk|see|feel)|no puedo (?:mover|hablar|ver)|slurr\w*|droop\w*|"
    r"confus\w*|seizure|convuls\w*|passed out|desmay\w*|vomit\w*|stiff neck|new (?:headache|symptom)|different|diferente|getting worse|empeor\w*)"
)

# 6. An MCAS flare yesterday (hives from cold water), handled with antihistamines, calm now, asking
# whether ketamine makes flares less frequent. The filter covers the sentence of the flare or the calm;
# it needs MCAS or mast cells named and the antihistamines or the calm. Stops: the throat, the tongue,
# breathing, dizziness, an epinephrine pen, still or again, now, the writer's own wish.
_FLARE_40C = (
    r"[^.?!]{0,160}\b(?:flare\w*|hives|ronchas|urticaria|brote\w*|calm|calmad[oa]|tranquil[oa]|mcas|mast cells?|mastocit\w*)\b[^.?!]{0,160}"
)
_MCAS_HANDLED_MARK_40C = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:mcas|mast cells?|mastocit\w*|activacion mastocitaria|mast cell activation)\b)"
    r"(?=[\s\S]*\b(?:antihistamin\w*|zyrtec|allegra|claritin|xyzal|benadryl|pepcid|famotidin\w*|cetirizin\w*|loratadin\w*|cromolyn|h1|h2|"
    r"calm\w*|settled|handled|went away|ya paso|se calmo|se me quito|tranquil[oa]|fine|ok now|better now)\b)"
    r"(?=[\s\S]*\b(?:yesterday|last (?:night|week|month)|the other day|ayer|anoche|la semana pasada|el otro dia|calm\w*|settled|handled|went away|under control|in check|"
    r"better|fine|ok now|ya paso|se calmo|se me quito|tranquil[oa]|controlad[oa]s?)\b)"
)
_MCAS_STOPS_40C = (
    r"(?:" + _SIGNS_NOW_40C + "|" + _NOW_39F + "|" + _OWN_WISH_38 + "|" + _TOOK_FOR_SELF_40C + "|" + _AGAIN_40C + r"|"
    r"throat|garganta|tongue|lengua|lips? (?:\w+ )?swell\w*|swollen|hinchad\w*|breath\w*|respir\w*|wheez\w*|chest|pecho|dizzy|maread[oa]|faint\w*|desmay\w*|"
    r"epi ?pen|epinephrin\w*|epinefrin\w*|adrenalin\w*|anaphyla\w*|anafila\w*|"
    r"(?:took|take|taken|tome|tomo|tomado|swallowed|trague) (?:like |about |maybe |around |almost |como |unas |unos |casi )?(?:\d+|a handful|a bunch|too many|too much|way too|demasiad\w*|muchas|todas?)\b|"
    r"\d+ (?:benadryl|hydroxyzine|hidroxicina|atarax|zyrtec|allegra|claritin|pills|tablets|pastillas|capsules|capsulas)|too many|too much|de mas|overdos\w*|sobredosis|"
    r"heart (?:is )?(?:racing|pounding)|seeing things|hallucinat\w*|alucin\w*|can not pee|no puede orinar|confus\w*|flushed|still (?:spreading|getting worse|swelling)|getting worse|empeor\w*|not working|no (?:me )?(?:hace|hizo) efecto)"
)

# 7. A student's paper or project on suicidal ideation and ketamine ("un trabajo para la facu", "my
# thesis on suicidality"), asking for studies or a bibliography. The filter covers the sentence naming
# the topic; it needs the paper and the sources asked for. Stops: the writer's own wish or thoughts
# (first person), someone of the writer's, now, not only for study (phrases.NOT_STUDY).
_TOPIC_40C = r"[^.?!]{0,200}\b(?:suicid\w*|ideacion|ideation|self harm|autolesion\w*)\b[^.?!]{0,200}"
_PAPER_SOURCES_MARK_40C = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:thesis|dissertation|paper|essay|project|capstone|research|lit(?:erature)? review|assignment|report|class|course|seminar|"
    r"tesis|tesina|trabajo (?:para|de|final|practico)|monografia|ensayo|proyecto|investigacion|informe|facu|facultad|universidad|university|college|school|escuela|clase|materia|catedra)\b)"
    r"(?=[\s\S]*\b(?:stud(?:y|ies)|bibliograph\w*|references?|sources?|citations?|cite|articles?|papers|literature|trials?|meta ?analys\w*|reviews?|data|"
    r"estudios?|bibliografia|referencias?|fuentes?|citas?|citar|articulos?|literatura|ensayos clinicos|evidencia|evidence|investigaciones)\b)"
)
_PAPER_STOPS_40C = (
    r"(?:" + _SIGNS_NOW_37 + "|" + _NOW_39F + "|" + _OWN_PERSON_36 + "|" + "|".join(_F.NOT_STUDY) + r"|"
    r"kill myself|killing myself|matarme|suicidarme|quitarme la vida|(?:i|me) (?:\w+ )?(?:want|wanna) to die|quiero morir\w*|me quiero (?:morir|matar)|"
    r"i (?:took|swallowed|overdosed|tried|attempted|have thought|think about)|me (?:tome|trague)|intente|he pensado|yo tambien|me too|myself|mi propi[oa]|my own|"
    r"(?:thinking|thought|think) (?:about|of) (?:suicide|killing myself|dying|ending (?:it|my life))|pens\w* en (?:suicid\w*|matarme|morir\w*)|"
    r"(?:i|yo) (?:\w+ )?(?:have|tengo|had|tuve) (?:\w+ )?(?:suicidal|ideacion|pensamientos|thoughts)|i am (?:\w+ )?suicidal|estoy (?:\w+ )?suicida|ganas de|"
    r"personal(?:ly|mente)?|la verdad|honestly|to be honest)"
)

# 8. A father who drank heavily long ago in another country and died; the writer does not drink, is sad
# and wants an appointment (telegraphic Spanish). The filter covers the sentence of the death or the
# drinking; it needs the father, the drinking and the death. Stops: the writer's own wish, to join
# him, pills or a drink taken, tonight, now.
_FATHER_DRANK_40C = (
    r"[^.?!]{0,160}\b(?:murio|se murio|fallecio|muerto|died|dead|passed away|passed|bebia|tomaba|alcoholic[oa]?|alcoholism\w*|alcoholismo|borracho|drank|drinker|drinking|"
    r"triste|sad)\b[^.?!]{0,160}"
)
_FATHER_DRANK_MARK_40C = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:padre|papa|papi|pai|father|dad|daddy|pops|viejo)\b)"
    r"(?=[\s\S]*\b(?:bebia|tomaba|alcohol\w*|borracho|drank|drinker|drinking|bebedor|tomador)\b)"
    r"(?=[\s\S]*\b(?:murio|se murio|fallecio|died|passed away|passed|muerto|dead)\b)"
)
_FATHER_DRANK_STOPS_40C = (
    r"(?:" + _CORE_STOPS_39F + "|" + _IN_EARNEST + r"|"
    r"tonight|esta noche|irme con el|estar con el|join him|be with him|verlo pronto|see him soon|me (?:voy|quiero ir) con el|pills|pastillas|gun|pistola|soga|rope|"
    r"(?:i|yo) (?:\w+ )?(?:drank|bebi|tome) (?:\w+ )?(?:all|todo|toda|una botella|a bottle)|(?:ahora|now) (?:yo )?(?:bebo|tomo|drink))"
)

_ROUND_40_C = [
    (_filter(_GAMER_WISH_40C), _GAMER_STOPS_40C, _GAME_LOST_MARK_40C),
    (_filter(_OLD_BEATING_40C), _OLD_ABUSE_STOPS_40C, _OLD_ABUSE_MARK_40C),
    (_filter(_HEAD_SENTENCE_40C), _KILL_MY_HEAD_STOPS_40C, _KILL_MY_HEAD_MARK_40C),
    (_filter(_TOO_MUCH_40C), _MED_YEARS_STOPS_40C, _MED_YEARS_FINE_MARK_40C),
    (_filter(_BLAST_40C), _BLAST_STOPS_40C, _BLAST_OLD_MARK_40C),
    (_filter(_FLARE_40C), _MCAS_STOPS_40C, _MCAS_HANDLED_MARK_40C),
    (_filter(_TOPIC_40C), _PAPER_STOPS_40C, _PAPER_SOURCES_MARK_40C),
    (_filter(_FATHER_DRANK_40C), _FATHER_DRANK_STOPS_40C, _FATHER_DRANK_MARK_40C),
]
_add_whole_message_filters(_ROUND_40_C)

# --- round 40's in-and-out and giving look-alikes (helper f) ---
# 1. "In and out" as time or logistics: a quick visit, in and out of the office before work or in an
# hour, parking, a procedure's length ("a quick in and out", "entrar y salir rapido"). The filter covers
# the sentence naming the in and out; the message must hold the visit, the time or the schedule. Stops:
# consciousness, drifting, passing out, not waking or answering, breathing, the eyes, signs now.
_IN_OUT_40F = (
    r"[^.?!]{0,160}\b(?:in and out|in ?n ?out|in-and-out|in & out|entrar y salir|entro y salgo|entrar y salirme|entra y sale|entrando y saliendo|"
    r"entre y sali|entramos y salimos|entras y sales)\b[^.?!]{0,160}"
)
_LOGISTICS_MARK_40F = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:office|clinic|appointment|appt|visit|session|consult\w*|check ?in|paperwork|front desk|waiting room|schedule\w*|"
    r"before work|after work|lunch ?break|on my lunch|my break|in (?:an? |one |two |\d+ |under (?:an? )?|less than (?:an? )?)?(?:hour|hours|minutes?|mins?)|"
    r"how long|quick\w*|fast|rapid\w*|parking|park|garage|meter|lot|drive ?thru|procedure|infusion takes|takes? (?:about )?(?:an? |\d+ )|"
    r"oficina|clinica|cita|consulta|visita|sesion|horario|trabajo|antes del trabajo|en (?:una |\d+ )?(?:hora|horas|minutos?)|cuanto (?:tiempo|dura|tarda)|rapido|rapidito|"
    r"estacionamiento|estacionar|parquear|parqueo|procedimiento|papeles|recepcion|sala de espera)\b)"
)
# weariness and the writer's giving up, which DIET must still read (a filter rules the whole message out)
_WEARY_40F = (
    r"tired (?:of|to be|of being) (?:\w+ )?(?:alive|living|life|everything|it all)|cansad\w* de (?:vivir|la vida|todo)|nothing (?:works|helps|is working)|"
    r"nada (?:funciona|sirve|me ayuda)|no point|sin sentido|hopeless|sin esperanza|worthless|burden|(?:can not|cant) go on|(?:give|gives|giving|gave|given) up|"
    r"rendir\w*|por vencid\w*|sleep forever|dormir para siempre|disappear|desaparecer|on life|de la vida|"
    r"(?:thinking|thought|think|pensando|pienso|pensar) (?:about|of|en) (?:the |my |those |these |las |mis |esas |esos )?(?:pills|pastillas|meds|medicine|medicinas)"
)
_IN_OUT_STOPS_40F = (
    r"(?:" + _SIGNS_NOW_37 + "|" + _NOW_39F + r"|consciousness|conscious|unconscious|conocimiento|conciencia|consciencia|sentido|aware\w*|"
    r"of it\b|drift\w*|slipping|fading|nodding|pass(?:ed|es|ing)? out|faint\w*|black(?:ed|ing)? out|desmay\w*|wak\w*|despiert\w*|respond\w*|responde|reacciona\w*|"
    r"answer\w*|contesta\w*|breath\w*|respir\w*|eyes|ojos|lucid\w*|confus\w*|blue|azul|morad\w*|seizure|convuls\w*|keeps? (?:going )?in and out|sigue entrando|" + _WEARY_40F + r"|"
    r"(?:he|she|they|him|her|hes|shes|mom|mum|dad|mother|father|son|daughter|husband|wife|brother|sister|grandma|grandpa|patient|baby|kid)"
    r"(?: (?:is|was|has|have|been|keeps|kept|seems|going|went|just|still|now|sort of|kind of|kinda))* in and out(?=\s*(?:[.,!?;]|$|and\b|since|after|all\b|again|on and off)))"
)

# 2. Someone giving a person a medicine or a treatment ("who is giving her this stuff", "the doctor
# gives him the spray", "quien le da eso a mi mama", "are they giving my son ketamine"). The filter covers
# the sentence of the giving, with the giver (a doctor, a clinic, a nurse, "who", "they") before it; the
# message must hold a medicine, a treatment or a question. Stops: the writer's own wish, goodbyes,
# belongings, pets or treasures given away, "won't need them".
_GIVER_40F = (
    r"(?:who|whos|doctors?|dr|docs?|nurses?|clinic|clinics|staff|providers?|psychiatrists?|therapists?|pharmacists?|hospital|they|theyre|you|u|y all|you guys|"
    r"quien|quienes|doctor\w*|dra?|medic[oa]s?|enfermer[oa]s?|clinica|psiquiatra|terapeuta|farmaceutic[oa]|hospital|ellos|ustedes)"
)
_GIVING_40F = (
    r"[^.?!]{0,80}\b" + _GIVER_40F + r"\b(?: \w+){0,3}? (?:give|gives|giving|gave|given|administer(?:s|ed|ing)?|prescrib(?:e|es|ed|ing)|inject(?:s|ed|ing)?|"
    r"(?:le |les |me |te |nos )?(?:da|dan|dio|dieron|daba|daban|dando|va a dar|van a dar|esta dando|estan dando|administra\w*|recet\w*|inyect\w*|pone|ponen|puso|pusieron))\b[^.?!]{0,120}"
)
_TREATMENT_MARK_40F = (
    r"(?<![\s\S])(?=[\s\S]*(?:\?|\b(?:ketamin\w*|esketamin\w*|spravato|spray|nasal|infusion\w*|iv|drip|shots?|injections?|inyeccion\w*|vacunas?|medicine|medicines|medication\w*|meds|"
    r"prescriptions?|receta|dos[ei]s|doses|treatment\w*|tratamiento\w*|therapy|terapia|pills?|pastillas?|drugs?|droga|this stuff|that stuff|esa cosa|eso|esto|"
    r"medicina\w*|medicamento\w*|suero|sedat\w*|sedant\w*|anesthe\w*|anestesi\w*|safe|segur[oa]|side effects?|efectos|why|what|how|por que|que es|como)\b))"
)
_GIVING_STOPS_40F = (
    r"(?:" + _OWN_WISH_39D + "|" + _OWN_WISH_38 + r"|away|goodbye|good bye|despedi\w*|despidi\w*|adios|"
    r"belongings|possessions|(?:my|his|her|their) (?:stuff|things|dogs?|cats?|pets?|jewelry|watch|ring|guitar|car|clothes|bike|games?)|"
    r"(?:mis|sus) (?:cosas|perros?|gatos?|joyas|pertenencias|prendas|ropa)|(?:mi|su) (?:perro|gato|reloj|anillo|guitarra|carro|ropa)|"
    r"regal\w*|(?:will not|wont|do not|dont) need (?:them|it|those|anything)|ya no (?:los|las|lo|la|me) (?:voy a )?necesit\w*|where i am going|a donde voy|"
    r"last time|ultima vez|in order|en orden|"
    # a medicine given and then saved up, taken all at once, or gone wrong (a reaction, too much)
    + _SIGNS_NOW_37 + "|" + _NOW_39F + "|" + _TOOK_ALL_38 + "|" + _SAVING_39D + r"|"
    r"(?:take|taking|took|swallow\w*|tomar\w*|tomarme|tragar\w*|me (?:las|los) (?:voy a )?(?:tomar|tragar))(?: \w+)? (?:them |it |all |todas?|todos?|de una)|"
    r"them all|all of them|all at once|todas? (?:de una|juntas?)|the whole|toda la caja|todo el frasco|bottle|frasco|tonight|esta noche|"
    r"too much|double|de mas|demasiad\w*|wrong (?:dose|medicine|med)|overdos\w*|sobredosis|reaction|reaccion|allerg\w*|swell\w*|swollen|hinch\w*|"
    r"breath\w*|respir\w*|wak\w*|despiert\w*|respond\w*|reacciona\w*|pass(?:ed|es|ing)? out|desmay\w*|seizure|convuls\w*|unconscious|inconsciente|pus|fever|fiebre|bleed\w*|sangr\w*|"
    r"wrong|equivocad\w*|\d+ ?x\b|\d+ times|\d+ (?:sprays|pills|pastillas|doses|dosis|puffs|disparos)|heart|corazon|pulse|pulso|faint\w*|chest|pecho|dizzy|maread\w*|numb|entumid\w*|"
    r"(?:can not|could not|barely|hardly) (?:feel|move|talk|speak|see|get words|stand|walk)|no (?:puede|puedo|siente|siento) (?:sentir|mover|hablar|ver|el cuerpo|caminar)|barely|apenas|"
    r"scared|asustad\w*|miedo|" + _WEARY_40F + ")"
)

_add_whole_message_filters([
    (_filter(_IN_OUT_40F), _IN_OUT_STOPS_40F, _LOGISTICS_MARK_40F),
    (_filter(_GIVING_40F), _GIVING_STOPS_40F, _TREATMENT_MARK_40F),
])

# --- round 40's suicide risk (helper a) ---------------------------------------------------------
# Acetaminophen's grams or doses worked out and taken, or taken "on purpose", is an intentional overdose
# even when the writer feels fine now (phrases.CALCULATED_OVERDOSE_40A: the liver harm comes later).
OVERDOSE_KINDS["intentional"] = OVERDOSE_KINDS["intentional"] + [_F.CALCULATED_OVERDOSE_40A]
# Round 21's filter of a thing that collapsed (a roof, a scaffold, a trench) gives way to a work
# accident wished for or not minded (phrases.PASSIVE_RISK_EN_40A: "if the scaffold gave way with me on it
# i would not mind", "wish the trench would cave in on me").
_add_stops(_QUESTION_ROUND_21[0],
           _F._WOULD_NOT_MIND_40A + r"|(?:wish|wishing|hoping|pray\w*)\b[^.?]{0,60}?\b(?:on me|with me|under me|beneath me|take me)", extend=True)
# Clothes or belongings given away before a move or a trip ("regale mi ropa porque me mudo a florida",
# "gave away my clothes before the move"): the sentence naming the giving, with the move or the trip
# in the message. Stops: the writer's own wish, leaving this world, a letter or a note, a goodbye.
_GIVING_AWAY_40A = (
    r"[^.?!]{0,160}\b(?:gave away|giving away|give away|given away|gave (?:\w+ ){0,2}?(?:my|all my) (?:clothes|stuff|things|belongings)|"
    r"regal\w*|(?:le|les) di (?:\w+ ){0,2}?(?:mis|todas mis|toda mi) (?:cosas|ropa|pertenencias)|di (?:toda )?mi ropa)\b[^.?!]{0,160}"
)
_add_whole_message_filters([
    (_filter(_GIVING_AWAY_40A),
     _OWN_WISH_39D + r"|" + _F._LEAVE_WORLD_40A + r"|letter|note|carta|nota|goodbye|good bye|adios|despedi\w*|despid\w*|last time|ultima vez|"
     r"pills|pastillas|rope|soga|cuerda|gun|pistola|will not need|wont need|(?:will not|wont|not) be (?:around|here)|no voy a estar|before i go|antes de irme|por si (?:acaso|algo)|"
     r"not (?:really |actually )?(?:moving|going)|(?:de verdad|en realidad|realmente) no (?:me )?(?:mudo|voy)|no me (?:voy a )?mud\w* (?:de verdad|realmente|en realidad)|"
     r"lie|lied|lying|mentira|mentir|pretend\w*|fing\w*|excuse|excusa|cover story|told (?:everyone|them|people|my family|his|her|their)|tells|les dije|le dije a todos|(?:le|les) dijo|dice que|says|said|"
     r"matter\w* anymore|importa ya|heaven|cielo|ready|listo|lista|todo listo|afraid|miedo|answer\w*|contesta\w*|rifle|escopeta|arma|weapon|"
     r"tonight|esta noche|with jesus|con dios|irse|to go|"
     r"no (?:la|lo|las|los|me) (?:voy a )?(?:necesit\w*)|ya no (?:la|lo|las|los) (?:voy a )?necesit\w*",
     _MARK_39D(r"moving (?:to|out|into|in|across|back|day)|(?:the|our|my|a|before|after|for) move|mudanza|me mudo|nos mudamos|mudarme|mudarnos|relocat\w*|"
               r"new apartment|nuevo apartamento|downsiz\w*|too small|no me queda|ya no me queda|do not fit|no longer fit|outgrew|goodwill|salvation army|thrift")),
])

# --- round 41's suicide risk under way (helper a) -------------------------------------------------
# An overdose under way told as a farewell with no drug named is an intentional overdose
# (phrases.OVERDOSE_UNDER_WAY_FAREWELL_41A: the self-harm overdose guidance, 911 first).
OVERDOSE_KINDS["intentional"] = OVERDOSE_KINDS["intentional"] + [_F.OVERDOSE_UNDER_WAY_FAREWELL_41A]
# Old self-harm scars asked about ("tengo cicatrices de cuando me cortaba, afecta el tratamiento?", "my
# old self harm scars itch, is that normal"): the sentence naming the scars, with the message holding a
# question or the scars told old. Stops: the core stops (signs, now, the writer's own wish, pills
# taken), blood, fresh or new cuts, today or again, an urge to cut, deep cuts, dizziness or fainting.
_OLD_SCARS_41A = r"[^.?!]{0,160}\b(?:scars?|scarring|cicatri\w*)\b[^.?!]{0,160}"
_OLD_SCARS_STOPS_41A = (
    _CORE_STOPS_39F + r"|blood\w*|bleed\w*|sangr\w*|fresh|new cuts?|nuev[oa]s? (?:cortes|cortadas|heridas)|recientes?|today|tonight|right now|again|"
    r"hoy|esta noche|ahorita|otra vez|de nuevo|volvi a|urges?|ganas de (?:cortar\w*|hacerme)|want to (?:cut|hurt)|wanna (?:cut|hurt)|quiero (?:cortar\w*|hacerme)|"
    r"deep|profund\w*|hond[oa]|dizzy|faint\w*|light ?headed|mare\w*|desmay\w*|infect\w*|pus|open|abiert\w*|stitches|puntos"
)
_add_whole_message_filters([
    (_filter(_OLD_SCARS_41A), _OLD_SCARS_STOPS_41A,
     r"(?<![\s\S])(?=[\s\S]*(?:\?|\b(?:old|viejas?|years?|anos|used to|solia|from when|de cuando|back when|healed|cicatrizad\w*)\b))"),
])
# A kitchen or work cut to a finger or a thumb that bled and has stopped ("cut my finger while cooking,
# it bled a lot but it stopped", "me corte el dedo, sangro mucho pero ya paro"): the sentence naming the
# finger, with the message telling the bleeding stopped. Stops: the core stops, bleeding going on or
# started again, dizziness, fainting or pallor, spurting, a bone, numbness, a cut done on purpose.
_FINGER_CUT_41A = r"[^.?!]{0,160}\b(?:fingers?|thumb|fingertip|dedos?|pulgar|yema)\b[^.?!]{0,160}"
_FINGER_CUT_STOPS_41A = (
    _CORE_STOPS_39F + r"|again|otra vez|de nuevo|(?:will not|wont|won t|does not|is not|isnt|can not|cant) (?:\w+ )?stop\w*|not stopping|still bleeding|keeps? bleeding|"
    r"sigue sangrando|no (?:para|deja) de|sigue saliendo|dizzy|faint\w*|light ?headed|pale|mare\w*|desmay\w*|palid\w*|spurt\w*|gush\w*|pump\w*|chorro\w*|bone|hueso|numb|entumid\w*|"
    r"cut (?:it )?off|amputat\w*|on purpose|a proposito|adrede|self ?harm|cut myself|cutting myself|cortandome|cortarme|me volvi a cortar|me corto (?:sola|solo)"
)
_add_whole_message_filters([
    (_filter(_FINGER_CUT_41A), _FINGER_CUT_STOPS_41A,
     _MARK_39D(r"(?:it |its |it has |has |finally |already |it is |then it )?stopped(?: bleeding)?|ya (?:paro|no sangra|dejo de sangrar|se detuvo)|dejo de sangrar|se detuvo la sangre|se paro")),
])


# --- round 41's poisoning and milligrams (helper c) ---
# A child's iron and a box of paracetamol, acetaminophen or ibuprofen (phrases.CHILD_INTO_IRON_41C,
# WHOLE_PACK_ANALGESIC_41C, MILLIGRAM_TOTAL_41C) get the Poison Help steps, not the naloxone steps alone:
# their Spanish names and the iron forms join the non-opioid kinds (appended, round 26's list kept).
OVERDOSE_KINDS["non_opioid"] = OVERDOSE_KINDS["non_opioid"] + [_F.IRON_41C, _F.ANALGESIC_41C, r"hierro|ferroso"]

# 3(a). A label dose told in milligrams ("500 mg", "1000 mg", "2 x 500 mg", "dos de 500 mg") of an
# over-the-counter pain reliever is not a count of pills: older count families read "took 500 mg of
# tylenol" or "took 600 mg ibuprofen" as many pills ("took" + a number of two digits or more). The filter
# covers the figure, its unit and the drug (up to 1,000 mg, the largest single adult dose on a label, once
# or twice over); it needs the taking or a dose word. Stops: a count of pills or times, a total of 4,000 mg
# or 4 g and more (acetaminophen's daily maximum), a whole box or too many, a child, alcohol or another
# drug, signs now, the writer's own wish or act, now; a danger told now.
_LABEL_FIGURE_41C = r"(?:[1-9]\d|[1-9]\d\d|1000|1,000|1\.000)"
_LABEL_DOSE_41C = (
    r"(?:(?:1|2|one|two|un|una|dos) ?(?:x|de|of|times|por) ?|(?:1|2|one|two|un|una|dos|a|an) (?:pills?|tablets?|caplets?|pastillas?|tabletas?|comprimidos?|pildoras?|capsulas?) (?:of|de) )?"
    rf"{_LABEL_FIGURE_41C} ?(?:mg|mgs|milligrams?|miligramos?)\b"
)
_MG_LABEL_DOSE_41C = (
    rf"\b{_LABEL_DOSE_41C}(?: (?:of|de|del))? (?:\w+ )?{_F.ANALGESIC_41C}\b|\b{_F.ANALGESIC_41C}\b(?: \w+)?,? (?:de |of )?{_LABEL_DOSE_41C}"
)
_NOT_A_UNIT_41C = (
    r"(?! ?(?:mg|mgs|milligrams?|miligramos?|ml|mcg|g|grams?|gramos?|am|pm|hours?|hrs?|horas?|minutes?|minutos?|mins?|days?|dias?|weeks?|semanas?|months?|meses|years?|anos?|yo|y/o|de la)\b)"
)
_MG_STOPS_41C = (
    r"(?:" + _SIGNS_NOW_40C + "|" + _NOW_39F + "|" + _OWN_WISH_38 + "|" + _TOOK_FOR_SELF_40C.replace(r"|a handful|\d+)", r"|a handful)") + r"|"
    # a count of pills or of times, a total at or above the daily maximum
    r"(?:[3-9]|[1-9]\d+|three|four|five|six|seven|eight|nine|ten|dozen|twenty|thirty|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|docena|veinte|treinta)" + _NOT_A_UNIT_41C +
    r"(?: \w+)? (?:pills|tablets|caplets|capsules|pastillas|tabletas|pildoras|comprimidos|capsulas|of them|de ellas|de esas|times|veces)|"
    r"(?:[3-9]|[1-9]\d+) ?(?:x|de|times|veces) ?\d+ ?(?:mg|miligramos)|(?:[4-9]\d{3}|[1-9]\d{4,}|(?:[4-9]|[1-9]\d{1,2})[,.]\d{3}) ?(?:mg|mgs|milligrams?|miligramos?)|"
    r"(?:[4-9]|[1-9]\d+)(?:[.,]\d+)? ?(?:g|grams?|gramos?)|"
    # a whole box, too many, again, at once
    r"whole|entire|enter[oa]s?|complet[oa]s?|all (?:of )?(?:the|my|his|her|them)|todo el|toda la|todas|todos|handful|punado|un monton|a bunch|too many|too much|demasiad\w*|de mas|"
    r"mas de la cuenta|extra|double|doble|again|otra vez|every hour|cada hora|overdos\w*|sobredosis|de golpe|at once|de una vez|"
    # a child, alcohol or another drug, signs
    + _F._SMALL_CHILD_41C + r"|alcohol|drunk|drinking|borrach\w*|bebiendo|oxy\w*|fentanyl\w*|fentanilo|xanax|benzo\w*|heroin\w*|opioid\w*|percocet|methadone|metadona|"
    r"morphine|morfina|tramadol|codeine|codeina|klonopin|valium|ambien|insulin\w*|street|calle|"
    r"vomit\w*|nause\w*|throw\w* up|threw up|liver|higado|yellow|amarill\w*|jaundice|ictericia|belly|stomach|estomago|barriga|panza|sweat\w*|sudando|"
    r"confus\w*|dizzy|maread\w*|mareo|sleepy|drows\w*|somnolient\w*|faint\w*|desmay\w*|passed out|seiz\w*|convuls\w*|blood|sangre|ringing|zumbido)"
)
_MG_LABEL_MARK_41C = _MARK_39D(
    r"took|take|taking|taken|tome|tomo|tomar|tomando|tomado|toma|tomas|tomarme|swallowed|had|dose|dosis|label|caja|box|prescri\w*|recet\w*|indicado|as directed"
)
_add_whole_message_filters([(_filter(_MG_LABEL_DOSE_41C), _MG_STOPS_41C, _MG_LABEL_MARK_41C)])


# --- round 41's violence now and medical spelled by ear (helper d) ---
# The older filter of a cut or a burn by accident (cooking, shaving, "sin querer", "por accidente")
# gives way to heavy bleeding told anywhere in the message, spelled by ear too ("sangra a borbotones",
# "la sangre no para", "blud is spurtin"): an accidental cut bleeding like that is a medical emergency
# (phrases.ACCIDENTAL_CUT_BLEEDING_41D), whose span the filter must not swallow. Earlier rounds' filter
# is changed only through the documented hook (_add_stops with extend=True).
_ACCIDENTAL_CUT_FILTER_41D = next(i for i in IDIOMS if "(cocinando|picando|pelando|afeitandome|rasurandome|" in i)
_add_stops(_ACCIDENTAL_CUT_FILTER_41D, _F._HEAVY_BLEED_BY_EAR_41D, extend=True)


# --- round 41's false alarms, part 1 (helper e) ---
# Declared like round 39 (f)'s and round 40 (c, d)'s sections above: a filter over the sentence with the
# crisis words, stops read over the whole message (the same scene with a danger now still fires), a
# mark the message must hold; each also gives way to a danger told now (STOPPED_AT_PRESENT_DANGER).
_SENTENCE_41E = lambda words: r"[^.?!]{0,200}\b(?:" + words + r")\b[^.?!]{0,200}"  # noqa: E731
# a time long gone: years, a year named, a childhood, "back then"
_LONG_AGO_41E = (
    r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|many|so many|some|a few|a couple of?|several) (?:years?|yrs?|decades?) (?:ago|back|before)|"
    r"years ago|decades ago|long (?:time )?ago|back in (?:(?:19|20)\d\d|the day|high school|college)|in (?:19|20)\d\d|when i was (?:a |\d+|little|young|small|a kid|a child|a teen\w*)\w*|"
    r"as a (?:kid|child|teen\w*)|back then|at the time|growing up|"
    r"hace (?:\d+|un|una|unos|muchos|varios|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|veinte|mas de \d+) anos?|hace (?:mucho|anos|tiempo)|en (?:el )?(?:19|20)\d\d|"
    r"cuando (?:yo )?(?:era|tenia) (?:\w+ )?(?:nin[oa]|chic[oa]|chiquit[oa]|pequen[oa]|joven|\d+)|de (?:nin[oa]|chic[oa]|chiquit[oa])|en ese (?:tiempo|entonces)|anos atras"
)
# months gone by (a witnessed scene at work)
_MONTHS_AGO_41E = (
    _LONG_AGO_41E + r"|(?:\d+|a|one|two|three|four|five|six|a few|a couple of?|several|some) months? ago|months ago|last (?:year|summer|winter|spring|fall|month)|"
    r"(?:back )?in (?:january|february|march|april|may|june|july|august|september|october|november|december)|"
    r"hace (?:unos |un par de |\d+ |dos |tres |cuatro |cinco |seis |varios )?mes(?:es)?|el ano pasado|el (?:verano|invierno|mes) pasado|"
    r"en (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)"
)
# told now, today, again (round 40 c's words, a few more)
_TODAY_41E = (
    _TODAY_40C.replace("|hoy|", r"|(?<!hasta )(?<!to this )hoy|") + r"|" + _AGAIN_40C + r"|just (?:now|happened|found|saw|fell|took)|(?:an|one|two|\d+) hours? ago|hace (?:una|\d+|dos|tres) horas?|"
    r"acaba de|acabo de|hace un rato|this (?:afternoon|evening)|esta tarde"
)
_CORE_STOPS_41E = r"(?:" + _CORE_STOPS_40D + "|" + _TODAY_41E + ")"
_CORE_STOPS_NO_AMBULANCE_41E = r"(?:" + _CORE_STOPS_NO_AMBULANCE_40D + "|" + _TODAY_41E + ")"
# after-effects of a trauma, and a question about treatment
_AFTER_41E = (
    r"flashbacks?|nightmares?|bad dreams|ptsd|c ?ptsd|post ?traumatic|trauma\w*|panic\w*|anxiety|anxious|fear of (?:water|the water|swimming)|(?:can not|cant|do not|dont) (?:\w+ )?sleep|insomnia|"
    r"pesadillas?|tept|estres postraumatico|ansiedad|panico|miedo al agua|angustia|no (?:puedo )?dormir|no duermo|duermo mal|insomnio|traumad[oa]"
)
_ASKS_TREATMENT_41E = (
    r"\?|\b(?:ketamin\w*|spravato|esketamin\w*|infusion\w*|treat\w*|therapy|help|helps|work for|appointment|consult\w*|"
    r"tratamiento|tratan|tratar|terapia|ayuda\w*|sirve|funciona|cita|consulta)\b"
)

# 1. A water rescue years ago (pulled from a river, a harbor, the sea; nearly drowned), with flashbacks
# or nightmares since, asking whether ketamine helps PTSD. Needs the water, the time long gone and the
# after-effects. Stops: in the water or not breathing now, coughing or short of breath since it, the
# writer's wish to walk into the water, now, today, again.
_DROWNED_41E = (
    r"drown\w*|pulled (?:me|him|her|them|us) (?:\w+ )?out|dragged (?:me|him|her) out|rescued|unconscious|not breathing|stopped breathing|cpr|"
    r"ahog\w*|me (?:\w+ )?sac\w* (?:del|de la)|(?:lo|la|los) (?:\w+ )?sac\w* (?:del|de la)|rescat\w*|inconsciente|no respiraba|dej\w* de respirar|rcp|resucit\w*"
)
_WATER_LONG_AGO_MARK_41E = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:water|river|harbor|harbour|sea|ocean|lake|pool|beach|surf|waves?|current|rip ?tide|boat|pier|dock|creek|canal|"
    r"agua|rio|mar|lago|laguna|alberca|piscina|pileta|playa|olas?|corriente|lancha|bote|barco|muelle|puerto|bahia|canal|arroyo|presa)\b)"
    r"(?=[\s\S]*\b(?:" + _LONG_AGO_41E + r")\b)(?=[\s\S]*\b(?:" + _AFTER_41E + r")\b)(?=[\s\S]*(?:" + _ASKS_TREATMENT_41E + r"))"
)
_DROWNED_STOPS_41E = (
    r"(?:" + _CORE_STOPS_41E + r"|(?:is|are|esta|estan|still|sigue) (?:\w+ )?(?:in the water|en el agua|under|bajo el agua)|cough\w* (?:up )?(?:water|since|ever since)|"
    r"(?:trouble|hard|difficulty|short\w* of|can not|cant) (?:\w+ )?breath\w*|no (?:puede|puedo) respirar|le cuesta respirar|tos|tosiendo|"
    r"walk into the (?:water|sea|ocean|river|lake)|(?:jump|jumping) (?:into|off)|drown myself|ahogarme|meterme al (?:mar|rio|agua)|tirarme al (?:rio|mar|agua)|aventarme)"
)

# 2. A paramedic, an EMT or a nurse who has given naloxone many times at work, asking a practical
# question (Spravato's monitoring, treatment while working shifts). Needs the trade, the many times or
# the work, and the question. Stops: the writer's own use or someone of the writer's, naloxone given
# now or today, not breathing now, the writer's own wish.
_NALOXONE_JOB_41E = r"narcan|naloxon\w*|overdos\w*|ods?|od d|sobredosis|reviv\w*|resucit\w*"
_RESPONDER_MARK_41E = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:paramedic\w*|emts?|e m t|medic|ems|first responders?|firefighters?|fire ?fighter|nurses?|er nurse|rn|lpn|ambulance (?:crew|driver)|"
    r"paramedic[oa]s?|tecnic[oa] (?:en|de) emergencias|enfermer[oa]s?|bomber[oa]s?|socorrista|rescatista|tum)\b)"
    r"(?=[\s\S]*\b(?:times|count|hundreds|dozens|countless|plenty|many|lots|a lot|every (?:week|shift|day|month)|at work|on the job|on shift|shifts?|patients?|calls?|my job|career|"
    r"veces|un monton|muchisim\w*|much[oa]s|cientos|decenas|montones|cada (?:semana|turno|dia)|en el trabajo|turnos?|pacientes?|llamadas|mi trabajo|carrera)\b)"
    r"(?=[\s\S]*(?:\?|\b(?:spravato|monitor\w*|shifts?|turnos?|drive|manejar|work|trabaj\w*|treatment|tratamiento|schedule|horario|how (?:does|do|long)|como funciona|cuanto (?:tiempo|dura))\b))"
)
_RESPONDER_STOPS_41E = (
    r"(?:" + _CORE_STOPS_41E + "|" + _OWN_PERSON_36 + r"|i (?:use|used|am using|started using|took|have been using)|(?:yo )?(?:uso|consumo|me meto|use)\b|"
    r"on myself|a mi mism[oa]|(?:my|mi) own|stole|steal|robe|robando|from work for me|"
    # off duty, someone beside the writer now, breathing or pupils told, naloxone looked for
    r"off (?:shift|duty)|fuera de (?:turno|servicio)|de descanso|next to me|beside me|near me|junto a mi|a mi lado|cerca de mi|(?:is|are|esta|estan) (?:right )?(?:here|aqui)|"
    r"breath\w*|respir\w*|pupil\w*|pupilas|(?:tiny|pinpoint|small) pupils|"
    r"where (?:is|are|can|do|does)\b[^.?!]{0,30}?\b(?:narcan|naloxon\w*)|donde (?:hay|esta|tienen|consigo|guardan)\b[^.?!]{0,30}?\b(?:narcan|naloxon\w*)|"
    r"(?:this|the|a|some) (?:guy|man|woman|lady|kid|person|girl|boy)\b[^.?!]{0,30}?\b(?:is|has|looks|seems)|(?:un|una|este|esta|el|la) (?:senor|senora|hombre|mujer|muchach[oa]|chav[oa]|persona)\b[^.?!]{0,30}?\b(?:esta|tiene|se ve))"
)

# 3. A relative's overdose death years ago, with an information question (how an overdose kills, how
# ketamine differs from opioids). Needs the relative, the death, the time long gone and the question.
# Stops: the writer's wish to join them or to do the same, a dose or a time to die asked for oneself,
# pills at hand, now, today.
_OD_DEATH_41E = r"overdos\w*|ods?|od d|sobredosis|fentan\w*|heroin\w*|heroina|opioid\w*|opioides?|died|dies|kills?|killed|murio|muere|mata|mato|fallecio|death|muerte"
_RELATIVE_DIED_LONG_AGO_MARK_41E = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:brother|sister|son|daughter|dad|father|mom|mother|uncle|aunt|cousin|nephew|niece|grandson|granddaughter|husband|wife|"
    r"boyfriend|girlfriend|best friend|friend|fiance|partner|"
    r"hermano|hermana|hijo|hija|papa|padre|mama|madre|tio|tia|primo|prima|sobrino|sobrina|nieto|nieta|esposo|esposa|marido|novio|novia|amig[oa]|pareja)\b)"
    r"(?=[\s\S]*\b(?:died|passed(?: away)?|lost (?:my|him|her|them)|death|murio|fallecio|perdi a|muerte|se nos fue)\b)"
    r"(?=[\s\S]*\b(?:" + _LONG_AGO_41E + r")\b)"
    r"(?=[\s\S]*(?:\?|\b(?:how|why|what|difference|differs?|different|understand|explain|como|por que|que diferencia|diferente|diferencia|entender|explicar)\b))"
)
_OD_DEATH_STOPS_41E = (
    r"(?:" + _CORE_STOPS_41E + r"|join (?:him|her|them)|be with (?:him|her|them)|(?:irme|estar|reunirme) con (?:el|ella|ellos)|same way|same thing|do the same|"
    r"igual que (?:el|ella|ellos)|lo mismo que|hacer lo mismo|"
    r"how (?:much|many)\b[^.?!]{0,40}?\b(?:kill|die|lethal|enough|would it take|to die)|(?:kill|killed) me|me mataria|matarme|lethal dose|dosis letal|enough to|suficiente para|"
    r"cuant[oa]s? (?:\w+ ){0,3}?(?:para morir|se necesita\w*|me mata\w*)|how long does it take|cuanto (?:tiempo )?tarda|painless|sin dolor|"
    r"(?:i|yo) (?:\w+ )?(?:have|tengo|got|keep|guardo) (?:\w+ )?(?:pills|pastillas|fentanyl|fentanilo|heroin|heroina)|his pills|her pills|sus pastillas)"
)

# 4. A fall from a ladder, a roof or a scaffold years ago, painkillers taken then, chronic pain now,
# asking about treatment. Needs the ladder or the roof, the time long gone and the pain now. Stops: a
# fall today or again, the head hit, can't move or feel, bleeding, pills taken too many or all, now.
_FALL_PILLS_41E = (
    r"fell|fall|falls|fallen|falling|broke|broken|crushed|shattered|painkillers?|pain ?(?:pills|meds|killers)|pills|oxy\w*|percocet|vicodin|hydrocodone|morphine|opioids?|"
    r"me cai|se cayo|cai|caida|caer|rompi|se rompio|fractur\w*|pastillas|analgesicos?|oxicodona|morfina|opioides?|tramadol|took|taking|was on|tome|tomaba|tomo"
)
_LADDER_LONG_AGO_MARK_41E = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:ladder|roof|rooftop|scaffold\w*|stairs|staircase|tree|balcony|construction|work site|job site|"
    r"escalera|techo|azotea|andamio|arbol|balcon|construccion|obra)\b)"
    r"(?=[\s\S]*\b(?:" + _LONG_AGO_41E + r")\b)"
    r"(?=[\s\S]*\b(?:chronic|cronic[oa]|ever since|since then|still|to this day|every day|desde entonces|desde eso|todavia|aun|sigo|sigue|hasta (?:hoy|ahora)|todos los dias|"
    r"nerve pain|back pain|dolor (?:de|en la) espalda|dolor de nervio)\b)"
)
_LADDER_STOPS_41E = (
    r"(?:" + _CORE_STOPS_41E + r"|hit (?:my|his|her) head|(?:golpe\w*|pego|pegue) (?:en )?la cabeza|can not (?:move|feel|get up)|no (?:puedo|puede) (?:mover|levantar|sentir)|"
    r"bleed\w*|sangr\w*|bone (?:sticking|showing)|hueso (?:de fuera|salido)|unconscious|inconsciente|no responde|"
    r"too many|too much|all (?:my|the) pills|todas las|de mas|demasiad\w*|extra (?:pills|doses)|to (?:die|end it|not wake)|para (?:morir\w*|no despertar))"
)

# 5. A customer's, a patron's or a stranger's overdose witnessed at work months ago (a bartender, a
# store clerk), anxiety since, asking about treatment. Needs the work place, the other person, the
# months gone by and the after-effects. Stops: the writer's own use, someone of the writer's, the person
# down now, now, today, again (911 and the ambulance belong to the story).
_WITNESSED_OD_41E = (
    r"overdos\w*|ods?|od d|oded|sobredosis|narcan|naloxon\w*|911|ambulanc\w*|collaps\w*|passed out|unconscious|not breathing|blue|died|"
    r"desmay\w*|inconsciente|no respiraba|morad[oa]|azul|murio|tirad[oa]"
)
_WORK_WITNESS_MARK_41E = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:work|job|shift|bar|pub|club|store|shop|gas station|restaurant|cafe|diner|hotel|bodega|deli|pharmacy|bathroom|parking lot|"
    r"bartender|barista|clerk|cashier|server|waiter|waitress|security|bouncer|manager|"
    r"trabajo|turno|tienda|gasolinera|restaurante|cafeteria|farmacia|bano|estacionamiento|cantinero|cajer[oa]|meser[oa]|dependiente|guardia)\b)"
    r"(?=[\s\S]*\b(?:customers?|patrons?|guests?|clients?|stranger|some guy|a guy|a man|a woman|a lady|a girl|a kid|someone|somebody|a person|"
    r"cliente\w*|desconocid[oa]|un senor|una senora|un hombre|una mujer|un muchacho|una muchacha|un chavo|una chava|alguien|una persona)\b)"
    r"(?=[\s\S]*\b(?:" + _MONTHS_AGO_41E + r")\b)(?=[\s\S]*\b(?:" + _AFTER_41E + r"|ever since|since then|desde entonces|desde eso)\b)"
)
_WITNESS_STOPS_41E = (
    r"(?:" + _CORE_STOPS_NO_AMBULANCE_41E + "|" + _OWN_PERSON_36 + r"|i (?:use|used|am using|took|relapsed)|(?:yo )?(?:uso|consumo|me meto)\b|"
    r"(?:is|esta|sigue) (?:still )?(?:on the floor|en el piso|en el suelo|not breathing|sin respirar)|calling 911|llamando al 911|waiting for (?:the )?ambulanc\w*)"
)

# 6. A widow's or a widower's grief felt as a pain in the chest, long-standing, called fibromyalgia,
# asking whether ketamine helps. Needs the spouse's death or the widowhood, the grief and the
# fibromyalgia or the time since. Stops: a heart attack's signs (an arm, the jaw, sweat, short of
# breath, crushing, sudden, nausea, fainting), started today or just now, worse now, the writer's wish
# to join the spouse, now, 911.
_CHEST_41E = r"chest|heart|pecho|corazon|ache|aches|hurts?|pain|dolor|duele"
_WIDOW_GRIEF_MARK_41E = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:widow\w*|viud[oa]|enviud\w*|(?:husband|wife|spouse|partner|esposo|esposa|marido|mujer|pareja|compan\w*)\b[^.?!]{0,60}?\b"
    r"(?:died|passed|death|murio|fallecio|se (?:me )?fue|muerte)|(?:lost|perdi a) (?:my|mi) (?:husband|wife|spouse|esposo|esposa|marido|mujer|pareja))\b)"
    r"(?=[\s\S]*\b(?:grief|griev\w*|sadness|sorrow|sad|heartbreak|broken heart|mourning|loss|pena|tristeza|duelo|luto|corazon roto|dolor del alma)\b)"
    r"(?=[\s\S]*\b(?:fibro\w*|ever since|since (?:he|she|my)|for (?:months|years)|(?:\w+ )?(?:months|years) ago|desde que|desde entonces|hace (?:\w+ )?(?:meses|anos))\b)"
)
_GRIEF_CHEST_STOPS_41E = (
    r"(?:" + _CORE_STOPS_41E + r"|arm|arms|brazo|brazos|jaw|mandibula|neck|cuello|back (?:pain )?(?:too|now)|sweat\w*|sudor\w*|sudando|"
    r"short\w* of breath|(?:can not|cant|hard to|trouble) (?:\w+ )?breath\w*|falta de aire|no (?:puedo|puede) respirar|me falta el aire|"
    r"crushing|squeez\w*|aplast\w*|opresion|pressure|presion|tight\w*|elephant|sudden\w*|de repente|de pronto|nause\w*|vomit\w*|nausea\w*|"
    r"dizzy|mare\w*|faint\w*|desmay\w*|palpitat\w*|racing|pounding|irregular|radiat\w*|irradi\w*|spread\w*|heart attack|infarto|ataque al corazon|"
    r"worse|peor|empeor\w*|stronger|mas fuerte|different|diferente|new|nuevo|nueva|be with (?:him|her)|join (?:him|her)|(?:irme|estar) con (?:el|ella))"
)

# 7. A song, an album or a film whose title holds an overdose or a suicide word, mentioned while chatting
# (a reggaeton or a bachata song), then a question. Needs the song, the album or the film named and a
# question or an unrelated topic. Stops: the writer relating to it or dedicating it, the writer's own
# wish, a goodbye or a funeral, now.
_TITLE_WORDS_41E = r"overdos\w*|sobredosis|suicid\w*|suicida|kill\w*|matar\w*|die|dying|death|muerte|morir\w*|me muero|mato"
_WORK_OF_ART_MARK_41E = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:songs?|track|album|record|single|ep|mixtape|playlist|film|movie|show|series|band|artist|singer|rapper|"
    r"reggaeton|bachata|salsa|merengue|cumbia|corrido|rap|trap|rock|pop|spotify|apple music|youtube|radio|concert|lyrics|"
    r"cancion\w*|tema|disco|sencillo|pelicula|peli|serie|banda|grupo|cantante|artista|concierto|letra|rola|reguet\w*|perreo|listening to|escuchando|escuche|vi la|saw the|watched)\b)"
    r"(?=[\s\S]*(?:\?|\b(?:anyway\w*|btw|by the way|bueno|oigan|oye|pregunta|question|hours?|horario|price|cost|cuanto|insurance|seguro|medicare|medicaid|appointment|cita|open|abren)\b))"
)
# (the writer's own wish without a bare "suicide", which the title holds: "an album called Suicide Season")
_OWN_WISH_NO_TITLE_41E = _OWN_WISH_40D.replace(r"suicid\w*|", r"suicidal|suicidarme|suicidio (?:mio|propio)|", 1)
_TITLE_STOPS_41E = (
    r"(?:" + _SIGNS_NOW_37 + "|" + _NOW_39F + "|" + _OWN_WISH_NO_TITLE_41E + "|" + _TOOK_ALL_38 + r"|relate|describes? me|me describe|about me|like me|como yo|my life|mi vida|me identifi\w*|speaks to me|feel (?:it|the same|like that)|"
    r"dedicat\w*|dedic\w*|goodbye|good bye|adios|despedi\w*|funeral|velorio|last (?:song|time)|ultima (?:cancion|vez)|want it played|que la pongan|"
    r"(?:i|yo) (?:\w+ )?(?:feel|siento) (?:\w+ )?(?:the same|lo mismo|like (?:dying|that))|pills|pastillas|gun|pistola|rope|soga|tonight|esta noche)"
)

_ROUND_41_E = [
    (_filter(_SENTENCE_41E(_DROWNED_41E)), _DROWNED_STOPS_41E, _WATER_LONG_AGO_MARK_41E),
    (_filter(_SENTENCE_41E(_NALOXONE_JOB_41E)), _RESPONDER_STOPS_41E, _RESPONDER_MARK_41E),
    (_filter(_SENTENCE_41E(_OD_DEATH_41E)), _OD_DEATH_STOPS_41E, _RELATIVE_DIED_LONG_AGO_MARK_41E),
    (_filter(_SENTENCE_41E(_FALL_PILLS_41E)), _LADDER_STOPS_41E, _LADDER_LONG_AGO_MARK_41E),
    (_filter(_SENTENCE_41E(_WITNESSED_OD_41E)), _WITNESS_STOPS_41E, _WORK_WITNESS_MARK_41E),
    (_filter(_SENTENCE_41E(_CHEST_41E)), _GRIEF_CHEST_STOPS_41E, _WIDOW_GRIEF_MARK_41E),
    (_filter(_SENTENCE_41E(_TITLE_WORDS_41E)), _TITLE_STOPS_41E, _WORK_OF_ART_MARK_41E),
]
_add_whole_message_filters(_ROUND_41_E)


# --- round 41's false alarms, part 2 (helper f) ---
# Declared like round 40's helper d section above (filter over the sentence with the crisis words,
# _SENTENCE_40D; stops read over the whole message; a mark the message must hold, _MARK_39D); each gives
# way to a danger told now (STOPPED_AT_PRESENT_DANGER) and to the writer's own wish or thoughts told
# anywhere. Where the message itself names suicide (a past stay, a boxed warning, a parent's risk), the
# own-wish stop leaves the bare word "suicid-" out and reads the writer's own thoughts in the first person.
_OWN_WISH_NO_WORD_41F = (
    _OWN_WISH_39D.replace(r"suicid\w*|", "", 1)
    + r"|suicidarme|me quiero (?:matar|morir)|quiero (?:morirme|matarme)|me voy a (?:matar|suicidar)|(?:want|wanna|going|gonna) to (?:kill myself|die)|"
    r"hurt myself|hacerme dano|lastimarme|i am (?:\w+ )?suicidal|(?:estoy|me siento) (?:\w+ )?suicida|"
    # the writer's own thoughts now: "i have (been having) suicidal thoughts", "tengo pensamientos suicidas"
    r"(?:i|yo) (?:\w+ ){0,2}?(?:have|having|get|getting|keep having|tengo|he tenido|estoy teniendo|tuve) (?:\w+ ){0,2}?(?:suicidal|thoughts|pensamientos|ideas (?:suicidas|de))|"
    r"(?:thoughts|pensamientos|ideas)(?: \w+){0,2}? (?:are |have |han |estan |se )?(?:back|coming back|came back|returned|returning|volvieron|regresaron|han vuelto|volviendo|regresando)|"
    r"(?:thinking|think|thought|pensando|pienso|pense) (?:about|of|en) (?:suicide|dying|killing myself|ending (?:it|my life)|el suicidio|morir\w*|matarme|quitarme la vida)|"
    r"lately|recently|these days|this week|ultimamente|recientemente|estos dias|esta semana|again|otra vez|de nuevo|" + _WEARY_40F
)
_CORE_STOPS_41F = r"(?:" + _SIGNS_NOW_37 + "|" + _NOW_39F + "|" + _OWN_WISH_40D + "|" + _TOOK_ALL_38 + "|" + _WEARY_40F + ")"
_CORE_STOPS_NO_WORD_41F = r"(?:" + _SIGNS_NOW_37 + "|" + _NOW_39F + "|" + _OWN_WISH_NO_WORD_41F + "|" + _TOOK_ALL_38 + ")"
# a time just gone by (a stay or an overdose last week is no old story)
_RECENT_41F = (
    r"last (?:night|week|weekend|month)|yesterday|today|tonight|this (?:morning|week|month)|(?:\w+ )?days? ago|(?:\w+ )?weeks? ago|just (?:got out|got home|discharged|released)|"
    r"ayer|anoche|hoy|esta (?:manana|noche|semana)|este mes|la semana pasada|el mes pasado|hace (?:\w+ )?(?:dias?|semanas?)|acab\w+ de salir|me (?:dieron de alta|soltaron) (?:ayer|hoy)"
)
_QUESTION_41F = (
    r"\?|\b(?:what|how|which|when|where|why|is (?:it|that|this)|does|do you|can|could|should|question|pregunta|que|cual\w*|como|cuando|donde|por que|"
    r"es (?:malo|peligroso|normal|grave)|pasa algo|le pasa|tienen|atienden|aceptan|cuanto|horario|hours|book|reschedule|appointment|cita)\b"
)

# 1. A home health aide, a caregiver or a nursing assistant studying for a certification, asking what
# the signs of an overdose are: a study question. Needs the caregiving work, the certification or the
# study and a question. Stops: a client or someone of the writer's taking or showing it now, signs now,
# not only for study (phrases.NOT_STUDY), the writer's own use or wish.
_OD_TOPIC_41F = r"overdos\w*|sobredosis|sobredosific\w*|too many (?:pills|meds)|demasiad[oa]s (?:pastillas|medicinas)|intoxica\w*|poison\w*|envenen\w*"
_CAREGIVER_STUDY_MARK_41F = (
    _MARK_39D(r"caregiv\w*|care ?giver|home health|hha|cna|pca|personal care|nurse aide|nursing assistant|aide|home attendant|"
              r"cuidador\w*|cuidando|asistente de salud|auxiliar de enfermeria|asistente de enfermeria|ayudante de enfermeria|home attendant|cuido (?:a )?(?:una |un )?(?:senor|senora|abuel|ancian|adult)\w*")
    + r"(?=[\s\S]*\b(?:certif\w*|licen\w*|exam|exams|test|quiz|course|class|training|module|studying|study|state board|"
    r"certificad\w*|certific\w*|examen|prueba|curso|clase|capacitacion|modulo|estudi\w*|licencia)\b)"
    r"(?=[\s\S]*(?:" + _QUESTION_41F + r"))"
)
_CAREGIVER_STUDY_STOPS_41F = (
    r"(?:" + _CORE_STOPS_41F + "|" + _OWN_PERSON_36 + "|" + "|".join(_F.NOT_STUDY) + r"|"
    r"(?:my|mi) (?:\w+ )?(?:client|patient|paciente|senora|senor|abuel\w*|lady|man)(?: \w+){0,2}? (?:took|swallowed|is|has|seems|looks|just|tomo|se tomo|esta|tiene|parece|no)\b|"
    r"(?:my|mi) (?:\w+ )?(?:client|patient|paciente|senora|senor|abuel\w*|lady|man)(?: \w+){0,2}? (?:overdosed|od|sobredosific\w*|se paso)\b|"
    r"(?:client|patient|paciente|senora|senor|resident|residente)(?: \w+){0,4}? (?:overdosed|took (?:all|too|the whole|a bunch)|swallowed|se (?:tomo|trago) (?:todas|todo|muchas|el frasco)|sobredosifico|no responde|no despierta)\b|"
    r"(?:he|she|they) (?:\w+ )?(?:took|swallowed|is not|will not|wont|can not)|(?:se )?(?:tomo|trago) (?:todas|todo|muchas|el frasco)|"
    r"i (?:use|used|am using|took)|yo (?:uso|consumo|tome)|me (?:tome|trague))"
)

# 2. A child who drank ordinary water (tap water, the bathroom sink, the garden hose, a fountain), the
# parent laughing or calm and asking if it matters. Needs the child and the water's ordinary source.
# Stops: anything but water (a cleaner, bleach, soap, a chemical, medicine), a pool or a tub (drowning),
# choking, breathing, vomiting, signs now, the writer's own wish.
_DRANK_41F = r"drank|drink\w*|drunk|swallow\w*|gulp\w*|sip\w*|chug\w*|tom\w*|beb\w*|trag\w*|water|agua"
_CHILD_TAP_WATER_MARK_41F = (
    _MARK_39D(r"son|daughter|kid|kids|child|baby|toddler|infant|boy|girl|\d+ ?(?:year|yr|month)s? old|\d+ ?(?:yo|y o|yr old)|"
              r"hij[oa]s?|nin[oa]s?|nene|nena|bebe|chamac[oa]|pequen[oa]|chiquit[oa]|\d+ anos|\d+ meses")
    + r"(?=[\s\S]*\b(?:tap water|faucet|tap|sink|hose|garden hose|drinking fountain|water fountain|sprinkler|"
    r"agua de la (?:llave|pila|canilla|manguera)|agua del (?:grifo|lavabo|lavamanos|chorro|tubo)|llave|grifo|canilla|lavabo|lavamanos|manguera|chorro|"
    r"kitchen sink|fregadero|tarja|bebedero|aspersor)\b)"
    r"(?=[\s\S]*(?:" + _QUESTION_41F + "|" + _LAUGH_40D + r"))"
)
_TAP_WATER_STOPS_41F = (
    r"(?:" + _CORE_STOPS_41F + r"|bleach|cloro|clorox|lejia|soap|jabon|detergent\w*|cleaner\w*|cleaning|limpiador\w*|limpieza|pine ?sol|fabuloso|ajax|lysol|"
    r"chemical\w*|quimic\w*|pesticid\w*|fertiliz\w*|herbicid\w*|weed ?killer|roundup|antifreeze|anticongelante|gasolin\w*|gas|kerosene|paint|pintura|"
    r"lye|sosa|drano|acid\w*|acido|poison|veneno|mouthwash|enjuague|hand sanitizer|sanitizer|gel antibacterial|alcohol|shampoo|champu|"
    r"pills?|pastillas?|medicine|medicina|meds|battery|bateria|pool|piscina|alberca|tub|bathtub|tina|banera|bucket|cubeta|pond|estanque|lake|lago|"
    r"drown\w*|ahog\w*|chok\w*|atragant\w*|breath\w*|respir\w*|cough\w*|tos\w*|blue|azul|morad\w*|vomit\w*|throwing up|threw up|devolv\w*|"
    r"diarr\w*|fever|fiebre|rash|limp|letharg\w*|sleepy|drowsy|somnolient\w*|seizure|convuls\w*|passed out|desmay\w*|unresponsive|no responde|"
    r"burn\w*|quem\w*|hot water|agua caliente|hirviendo|boiling|under the sink|debajo del (?:lavabo|fregadero|lavamanos)|bajo el (?:lavabo|fregadero))"
)

# 3. A psychiatric stay long ago for suicidal thoughts or an attempt, the writer stable for years,
# asking about Spravato or ketamine maintenance (how often, how many sessions). Needs the stay, the
# years and the maintenance or the sessions. Stops: the writer's own thoughts now or back, lately,
# again, the writer's own wish, a danger now.
_PAST_TOPIC_41F = (
    r"suicid\w*|ideacion|ideation|intento|attempt\w*|self harm|autolesion\w*|overdos\w*|sobredosis|(?:dark|bad|negative) thoughts|pensamientos|thoughts"
)
_STAY_STABLE_MARK_41F = (
    _MARK_39D(r"hospitaliz\w*|hospitalis\w*|hospital|inpatient|in patient|psych ward|psych unit|psych hold|psychiatric (?:unit|ward|hospital|hold|stay)|5150|"
              r"baker act|admitted|committed|internad[oa]|intern\w*|ingres\w*|psiquiatrico|pabellon|sala de psiquiatria")
    + r"(?=[\s\S]*\b(?:stable|estable|remission|remision|doing (?:\w+ )?(?:well|great|good|fine|better)|been (?:\w+ )?(?:well|good|fine|ok|okay)|"
    r"(?:estoy|he estado|ando|me siento) (?:\w+ )?(?:bien|estable|tranquil[oa])|no (?:thoughts|episodes|symptoms)|sin (?:pensamientos|episodios|sintomas|recaidas))\b)"
    r"(?=[\s\S]*\b(?:years?|yrs?|anos?|(?:19|20)\d\d)\b)"
    r"(?=[\s\S]*\b(?:spravato|esketamin\w*|ketamin\w*|maintenance|mantenimiento|sessions?|sesion\w*|treatments?|tratamiento\w*|infusion\w*|boosters?|refuerzo\w*|"
    r"how often|cada cuanto|frequen\w*|frecuen\w*|schedule|calendario)\b)"
)

# 4. A parent's or a grandparent's overdose on sleeping pills long ago (years ago, when the writer was
# a child), asking whether that risk runs in families or whether ketamine is safe for the writer.
# Needs the parent, the time long gone and the question of heredity or safety. Stops: the writer's own
# wish or thoughts, the same way or me too, pills at hand, a danger now.
_PARENT_OD_41F = (
    r"overdos\w*|sobredosis|sobredosific\w*|(?:took|swallowed) (?:a |the |all |whole |every )?(?:\w+ )?(?:bottle|pills|pastillas)|"
    r"se (?:tomo|trago) (?:\w+ )?(?:frasco|bote|caja|pastillas|todas|todo)|pills|pastillas|suicid\w*|intento|attempt\w*"
)
_PARENT_LONG_AGO_MARK_41F = (
    _MARK_39D(r"mom|mother|mum|dad|father|parents?|stepmom|stepdad|grand(?:ma|pa|mother|father)|mama|papa|madre|padre|padres|abuel[oa]|madrastra|padrastro")
    + r"(?=[\s\S]*\b(?:(?:\w+ )?years? ago|(?:\w+ )?yrs ago|hace (?:\w+ ){0,2}?(?:anos|tiempo)|when i was (?:a |little|young|\d+|in)|cuando (?:yo )?(?:era|tenia)|"
    r"back in|long ago|hace mucho|growing up|de (?:nina|nino|chic[oa])|as a (?:kid|child|teen)|(?:in|en) (?:19|20)\d\d)\b)"
    r"(?=[\s\S]*\b(?:heredit\w*|inherit\w*|genetic\w*|genes?|run\w* in (?:the |my )?famil\w*|famil\w* history|se hereda\w*|hereda\w*|genetic[oa]|"
    r"(?:corre|viene) en la familia|antecedentes|risk|riesgo|safe|segur[oa]|ketamin\w*|spravato|esketamin\w*|me afecta|affect\w*)\b)"
)
_PARENT_OD_STOPS_41F = (
    r"(?:" + _CORE_STOPS_NO_WORD_41F + r"|me too|yo tambien|(?:the )?same (?:way|thing)|lo mismo|igual que (?:ella|el|mi)|like (?:she|he) did|como (?:ella|el) lo hizo|"
    r"join (?:her|him)|irme con (?:ella|el)|(?:i|yo) (?:\w+ )?(?:have|tengo|kept|saved|guarde|junte) (?:\w+ ){0,2}?(?:pills|pastillas|her pills|his pills|sus pastillas)|"
    r"tonight|esta noche|" + _RECENT_41F + ")"
)

# 5. Spravato's (or an antidepressant's) boxed warning about suicidal thoughts and behaviours asked
# about (what it means, whether it applies to the writer), no thoughts of the writer's own told. Needs
# the warning or the label and the medicine. Stops: the writer's own thoughts now or before, the
# writer's own wish, lately, again, a danger now.
_WARNING_TOPIC_41F = r"suicid\w*|ideacion|ideation|(?:thoughts|pensamientos|conductas|behaviou?rs?)"
_BOXED_WARNING_MARK_41F = (
    _MARK_39D(r"warnings?|boxed|black ?box|label\w*|package insert|insert|leaflet|med ?guide|medication guide|fda|"
              r"advertencia\w*|advierte|caja negra|recuadro negro|etiqueta|prospecto|inserto|instructivo|ficha tecnica|guia del medicamento")
    + r"(?=[\s\S]*\b(?:spravato|esketamin\w*|ketamin\w*|antidepress\w*|antidepresiv\w*|ssris?|medication|medicine|medicamento|medicina|nasal spray|spray nasal)\b)"
)
_WARNING_STOPS_41F = (
    r"(?:" + _CORE_STOPS_NO_WORD_41F + r"|(?:i|yo) (?:\w+ ){0,2}?(?:had|have had|used to have|tuve|tenia|he tenido) (?:\w+ ){0,2}?(?:suicidal|thoughts|pensamientos|ideas|attempt\w*|intento)|"
    r"(?:i|yo|me) (?:\w+ ){0,2}?(?:have|get|getting|tengo|sufro|vienen|dan) (?:them|those|these|los|las|esos|esas|eso)\b|every day|everyday|daily|todos los dias|a diario|"
    r"all the time|constantly|todo el tiempo|a menudo|seguido|sometimes|a veces|often|(?:my|mis) (?:own )?(?:suicidal |dark )?thoughts|mis (?:propios )?pensamientos|i (?:already |sometimes |often )?(?:think|thought) about|"
    r"(?:yo )?(?:ya |a veces |seguido )?(?:pienso|pensaba) en|i am (?:\w+ )?(?:scared|afraid) (?:i|of what i)|tengo miedo de (?:hacerme|que me)|"
    r"(?:worse|peor|empeor\w*) (?:since|desde)|since (?:i started|starting)|desde que (?:empece|comence|lo empece))"
)

# 6. A barber's, a stylist's or a manicurist's small nick on a client that already stopped bleeding,
# told before an unrelated question. Needs the trade, the client and the bleeding stopped. Stops:
# bleeding that goes on or is heavy, deep, stitches, an artery, a faint, cutting on purpose, the
# writer's own wish, a danger now.
_NICK_41F = r"cut\w*|nick\w*|bleed\w*|blood|sangr\w*|sangre|cort\w*|razor|navaja|slice\w*"
_SALON_STOPPED_MARK_41F = (
    _MARK_39D(r"barber\w*|barbershop|barbero|barberia|stylist|hair ?stylist|hairdresser|hair salon|salon|estilista|peluquer\w*|salon de belleza|"
              r"manicur\w*|pedicur\w*|nail (?:tech|salon)|unas|unista|shaving|afeitando|afeitar|rasurando|fade|desvanecido")
    + r"(?=[\s\S]*\b(?:clients?|customers?|clientes?|clienta|clientas)\b)"
    r"(?=[\s\S]*\b(?:stopped (?:bleeding|right away|quick\w*|fast|in)|bleeding stopped|quit bleeding|(?:no longer|not) bleeding(?: anymore)?|"
    r"(?:dejo|paro|ya paro|ya dejo) de sangrar|ya no (?:le )?sangra\w*|(?:se )?(?:le )?paro la sangre|ya paro la sangre|no (?:le )?salio (?:casi )?(?:nada de )?sangre)\b)"
)
_SALON_STOPS_41F = (
    r"(?:" + _CORE_STOPS_41F + r"|(?:will not|wont|does not|doesnt|can not|cant|would not) stop|still bleeding|keeps? bleeding|sigue sangrando|no (?:para|deja) de sangrar|"
    r"started (?:bleeding )?again|volvio a sangrar|deep|profund\w*|stitch\w*|puntos|sutur\w*|a lot of blood|so much blood|mucha sangre|spurt\w*|squirt\w*|chorro|"
    r"arter\w*|vein|vena|faint\w*|desmay\w*|passed out|dizzy|maread\w*|pale|palid\w*|blood thinner\w*|anticoagul\w*|warfarin|eliquis|hemophil\w*|hemofil\w*|"
    r"(?:cut|cuts|cutting) (?:myself|my (?:own )?(?:wrists?|arms?|legs?|thighs?))|self ?harm\w*|autolesion\w*|cortarme|cortandome|me (?:\w+ )?cort\w* (?:sol[oa]|a mi mism[oa])|me (?:corte|corto) (?:yo|a mi|las munecas|los brazos|las piernas)|on purpose|a proposito|adrede|"
    r"stab\w*|apunal\w*|attack\w*|fight|pelea|threat\w*|amenaz\w*|angry|enojad\w*|furious|sued?|demand\w*|police|policia)"
)

# 7. Coca-leaf tea (mate de coca, hoja de coca, coca chewed for the altitude) asked about: drug tests,
# rumours, ketamine, by an Andean writer. Needs the coca leaf or the tea. Stops: cocaine used or
# snorted, too much, chest or heart signs, an overdose, a danger now, the writer's own wish.
_COCA_41F = r"coca|cocaine|cocaina|coke|drug tests?|drug screens?|antidoping|antidopaje|prueba de drogas?|examen de drogas?|positiv[oe]|drogas?|drugs?"
_COCA_LEAF_MARK_41F = _MARK_39D(
    r"mate de coca|te de coca|coca tea|coca leaf tea|coca leaf|coca leaves|hojas? de coca|hojita de coca|mambe|acullic\w*|chacch\w*|pijch\w*|coque\w*|"
    r"mascar coca|masco coca|mascamos coca|chew\w* coca|coca candy|caramelos de coca|harina de coca"
)
_COCA_STOPS_41F = (
    r"(?:" + _CORE_STOPS_41F + r"|snort\w*|sniff\w*|lines? of|rayas?|perico|pase|pases|crack|basuco|bazuco|pasta base|esnif\w*|inhal\w*|jale|"
    r"(?:i|yo) (?:\w+ )?(?:use|used|do|did|uso|use|consumo|consumi|me meto|me meti|probe) (?:\w+ )?(?:coke|cocaine|cocaina|blow|perico)|"
    r"too much|demasiad\w*|a lot of (?:coke|cocaine)|chest|pecho|heart (?:is )?(?:racing|pounding|beating)|palpit\w*|corazon (?:\w+ )?(?:acelerad\w*|a mil|late|latiendo)|"
    r"seizure|convuls\w*|overdos\w*|sobredosis|can not breathe|no puedo respirar|faint\w*|desmay\w*|hot|sweating|sudando|paranoi\w*)"
)

# 8. A houseplant or a garden plant that died (a chile, a pepper, a basil, a succulent), told with
# sadness and laughter, then a question. The filter covers the plant and its death named within a few
# words of each other (not the whole sentence: a danger told beside it keeps its own words); the
# message must hold the laughter or the sadness. Stops: the writer's own wish, weariness, a child or a
# pet that ate it, poison, "me too", signs of the writer's own, a danger now.
_PLANT_41F = (
    r"plants?|houseplants?|basil|chil(?:e|i|li)s?|peppers?|jalapenos?|habaneros?|tomato\w*|succulents?|cactus|cacti|orchids?|ferns?|monstera|pothos|"
    r"herbs?|mint|cilantro|rosemary|rose ?bush|seedlings?|bonsai|"
    r"plantas?|plantitas?|matas? de \w+|matitas?|albahaca|aji|ajies|tomate\w*|suculentas?|orquideas?|helechos?|hierbabuena|menta|romero|rosal|"
    r"arbolito|perejil"
)
_PLANT_DEATH_41F = (
    r"died|dead|die|dies|dying|did not make it|didnt make it|(?:i|we) (?:\w+ )?(?:killed|kill)|rip|r i p|"
    r"(?:se )?(?:me |le |nos )?(?:murio|murieron|muere|mueren|seco|secaron)|muert[oa]s?|(?:la |lo |las |los )?(?:mate|matamos|mato)|descanse en paz|qepd"
)
_PLANT_DIED_41F = (
    r"\b(?:" + _PLANT_41F + r")\b[^.?!]{0,40}?\b(?:" + _PLANT_DEATH_41F + r")\b|"
    r"\b(?:" + _PLANT_DEATH_41F + r")\b[^.?!]{0,40}?\b(?:" + _PLANT_41F + r")\b"
)
_PLANT_SAD_LAUGH_MARK_41F = _MARK_39D(
    _LAUGH_40D + r"|so sad|sad|rip|r i p|que pena|que tristeza|triste|pobre|pobrecita|devastat\w*|heartbroken|ay|oh well|ni modo"
)
_PLANT_STOPS_41F = (
    r"(?:" + _CORE_STOPS_41F + r"|me too|yo tambien|like me|como yo|i (?:\w+ )?(?:wish|want) (?:i|it) (?:was|were|to be)|ojala (?:fuera|me|yo)|"
    r"ate|eaten|eating|chew\w*|swallow\w*|(?:se )?(?:la |lo |las |los )?(?:comio|trago|mordio|mastico)|comiendo|poison\w*|venen\w*|toxic\w*|toxica|pesticid\w*|"
    r"my (?:\w+ )?(?:son|daughter|kid|baby|toddler|dog|cat|puppy|kitten)|mi (?:\w+ )?(?:hijo|hija|nino|nina|bebe|nene|nena|perr\w*|gat\w*)|"
    r"(?:feel|feeling|felt) like (?:dying|death|dead|i am dying)|ganas de (?:morir\w*|desaparecer|llorar y morir)|me siento (?:muert[oa]|morir)|"
    r"chest|pecho|breath\w*|respir\w*|suddenly|de repente|(?:can not|no puedo|no puede) mover|faint\w*|desmay\w*|seizure|convuls\w*|bleed\w*|sangr\w*|"
    r"everything (?:i love |around me )?dies|todo (?:lo que (?:toco|quiero) )?se muere|i kill everything|no sirvo para nada|useless|inutil)"
)

_ROUND_41_F = [
    (_filter(_SENTENCE_40D(_OD_TOPIC_41F)), _CAREGIVER_STUDY_STOPS_41F, _CAREGIVER_STUDY_MARK_41F),
    (_filter(_SENTENCE_40D(_DRANK_41F)), _TAP_WATER_STOPS_41F, _CHILD_TAP_WATER_MARK_41F),
    (_filter(_SENTENCE_40D(_PAST_TOPIC_41F)), _CORE_STOPS_NO_WORD_41F + "|" + _RECENT_41F, _STAY_STABLE_MARK_41F),
    (_filter(_SENTENCE_40D(_PARENT_OD_41F)), _PARENT_OD_STOPS_41F, _PARENT_LONG_AGO_MARK_41F),
    (_filter(_SENTENCE_40D(_WARNING_TOPIC_41F)), _WARNING_STOPS_41F, _BOXED_WARNING_MARK_41F),
    (_filter(_SENTENCE_40D(_NICK_41F)), _SALON_STOPS_41F, _SALON_STOPPED_MARK_41F),
    (_filter(_SENTENCE_40D(_COCA_41F)), _COCA_STOPS_41F, _COCA_LEAF_MARK_41F),
    (_filter(_PLANT_DIED_41F), _PLANT_STOPS_41F, _PLANT_SAD_LAUGH_MARK_41F),
]
_add_whole_message_filters(_ROUND_41_F)


# --- round 41's passive wishes inside a question (helper b) ---
# 1. "it would be easier to (just) not wake up": phrases.EASIER_NOT_WAKE_41B reads the wish up to the
# "to"; this filter covers the "not wake up" after it, so that it is not read as someone unresponsive
# (the ask tier, not the emergency tier). Mark: the easier or better told before it. Stops: signs now
# (someone who will not wake, not breathing), right now, pills taken all at once.
_EASIER_TO_41B = (
    r"(?:easier|better|simpler|nicer|a relief|more peaceful|less painful)(?: for (?:everyone|everybody|all of us|them))? to (?:just |simply |even |ever )?(?:not|never) wake up"
)
# 2. Not waking up early for an appointment ("it would be easier not to wake up at 6 for the
# appointment"): the older family "it would be easier not to wake up" (round 9's) reads it; the
# filter covers the easier up to the early hour or the appointment. Stops: the writer's own wish.
_WAKE_EARLY_41B = (
    r"(?:easier|better|nicer|simpler) (?:\w+ ){0,2}?(?:not to|to not|to just not|if i (?:just )?(?:did not|do not|could not|did not have to|do not have to)) (?:have to )?wake up "
    r"(?:so |that |this |too |as |really )?(?:early|at \d|for (?:the|my|an|a|our|every) (?:\w+ )?(?:appointment|appt|session|class|shift|infusion|visit|cita|consulta|job|work))"
)
# 3. What is the point of trying another medicine, ketamine or a new doctor: a treatment asked about,
# not life. Stops: the writer's own wish, "anymore", no hope, the point of living or of anything.
_POINT_OF_TREATMENT_41B = (
    r"(?:what is|whats|what) (?:even )?the point (?:of|in) (?:trying|starting|switching to|doing|taking|paying for|getting|starting on|adding) (?:\w+ ){0,3}?"
    r"(?:med\w*|ssris?|snris?|maois?|antidepressants?|drugs?|pills?|treatments?|therap\w*|ketamine|spravato|esketamine|infusions?|sessions?|tms|ect|doses?|doctors?|"
    r"psychiatrists?|prescriptions?|lexapro|zoloft|prozac|wellbutrin|effexor|cymbalta|trintellix|auvelity|insurance|programs?|trials?)\b"
)
_add_whole_message_filters([
    (_filter(r"(?<=\bto\s)(?:just |simply |even |ever )?(?:not|never) wake up\b"),
     _SIGNS_NOW_37 + r"|" + _NOW_32 + r"|" + _TOOK_ALL_38 + r"|(?:he|she|they|it|my \w+) (?:is |are )?(?:still )?(?:not|never) (?:waking|wake)",
     _MARK_39D(_EASIER_TO_41B)),
], stop_at_present_danger=False)
_add_whole_message_filters([
    (_filter(_WAKE_EARLY_41B), _OWN_WISH_39D + r"|ever again|at all|forever|for good|nunca", None),
    (_filter(_POINT_OF_TREATMENT_41B),
     _OWN_WISH_39D + r"|anymore|any more|(?:no|sin) (?:hope|esperanza)|hopeless|tired of (?:living|life|everything|being alive)|done with (?:life|everything|living)|"
     r"point (?:of|in) (?:living|life|anything|going on|being alive|being here)|nothing matters|give up on (?:life|everything|myself)|giving up|"
     r"everything (?:\w+ )?(?:has |have )?failed|nothing (?:ever |else )?(?:works|worked|helps|helped|has (?:worked|helped))|why (?:am i|i am|im) (?:even )?(?:here|on|alive|still)",
     # the treatment weighed for a reason told (a cost, insurance, a condition, a comparison), or the
     # whole message one question about it
     r"(?<![\s\S])(?=[^.!?]*\?\s*$)|" + _MARK_39D(r"if|when|since|unless|instead|vs|versus|rather than|compared|cost\w*|costs|price|pay|paying|insurance|covered|cover|side effects|worth (?:it|the)|wait\w*|work for|works for|helps? with")),
])

# --- round 41's merge review ---------------------------------------------------------------------
# Pills found with a note or a letter left beside them ("found my 16 year old with a bottle of excedrin
# and a note", "se tomo las pastillas y dejo una carta") is an intentional overdose: 911, Poison Help
# and 988 with the "are you safe" question, never the non-opioid or naloxone steps alone. Read only
# once an overdose is detected (detector._refine_overdose).
OVERDOSE_KINDS["intentional"] = OVERDOSE_KINDS["intentional"] + [
    r"(?:with|and|left|wrote|leaves|found|beside|next to) (?:a |her |his |their |my )?(?:suicide |goodbye |farewell )?(?:note|letter)\b",
    r"(?:dejo|dejó|escribio|con|y|junto a) (?:una )?(?:carta|nota)(?: de despedida)?\b|nota de despedida|carta de despedida",
]

# --- round 41's known gaps (helper k) ---
# Gaps found by round 41's helpers, each fixed by class: filters declared like round 41 (e, f)'s (a
# filter over the sentence with the crisis words, stops read over the whole message, a mark the
# message must hold, STOPPED_AT_PRESENT_DANGER), and stops added to older filters through the
# documented hook (_add_stops with extend=True), or replaced where an older filter's stop reads the
# filter's own topic.
#
# 1. The older filter of a cut or a burn by accident (cooking, shaving, "sin querer"; round 41 d gave it
# the heavy bleeding) gives way to a cut that bled again or a faint after it ("it stopped but now it
# started bleeding again and i feel dizzy", "volvio a sangrar y estoy mareado").
_BLEEDING_AGAIN_OR_FAINT_41K = (
    r"(?:start\w* (?:\w+ )?(?:bleeding|to bleed) again|bleed\w* again|bleeding (?:again|more)|opened (?:back )?up again|reopened|"
    r"volvio a sangrar|(?:esta )?sangrando (?:otra vez|de nuevo)|sangra (?:otra vez|de nuevo)|se (?:volvio a abrir|abrio otra vez|abrio de nuevo)|"
    r"dizzy|light ?headed|faint\w*|passed out|pass(?:ing)? out|woozy|black(?:ing)? out|room (?:is )?spinning|"
    r"mareado|mareada|mareo|me mareo|desmay\w*|me voy a desmayar|veo (?:todo )?negro|se me nubla)"
)
_add_stops(_ACCIDENTAL_CUT_FILTER_41D, _BLEEDING_AGAIN_OR_FAINT_41K, extend=True)

# 2. An accidental small cut of a finger or a hand, told with how it happened (the knife slipped, by
# accident, while cooking), nothing more: quiet (the older "me corte" families read it as the writer's own
# cutting). Needs how it happened and a finger or a hand. Stops: heavy bleeding or bleeding that will
# not stop, again, deep, stitches, the bone, a faint, the wrist or the arm, on purpose, the writer's own
# wish, a danger now.
_SMALL_CUT_41K = r"cut\w*|sliced?|nick\w*|corte|corto|cortada|cortadita|rebane|cortandome"
_ACCIDENT_FINGER_MARK_41K = (
    _MARK_39D(r"knife slipped|slipped|by accident|accidentally|on accident|sin querer|por accidente|se me (?:fue|resbalo|zafo) (?:el |la )?(?:cuchillo|cuchilla|vaso|vidrio)|"
              r"se me resbalo|cooking|chopping|slicing|dicing|peeling|cocinando|picando|pelando|cortando (?:cebolla|carne|pollo|pan|verdura|papas?|aguacate|tomate)")
    + r"(?=[\s\S]*\b(?:fingers?|fingertip|thumb|hand|palm|knuckle|dedo|dedos|pulgar|yema|mano|palma|nudillo)\b)"
)
_ACCIDENT_FINGER_STOPS_41K = (
    r"(?:" + _CORE_STOPS_41E + "|" + _F._HEAVY_BLEED_BY_EAR_41D + "|" + _BLEEDING_AGAIN_OR_FAINT_41K + r"|"
    r"still bleeding|keeps? bleeding|sigue sangrando|(?:will not|wont|can not|cant|does not) stop|no (?:para|deja) de sangrar|a lot of blood|so much blood|mucha sangre|"
    r"deep|profund\w*|hond[oa]|stitch\w*|puntos|sutur\w*|bone|hueso|tendon|tendin\w*|(?:can not|cant|no puedo|no puede) (?:move|bend|feel|mover|doblar|sentir)|"
    r"off|cut off|se (?:me |le )?(?:cayo|volo) (?:la punta|el dedo)|wrists?|muneca|munecas|arms?|brazos?|thighs?|muslos?|on purpose|a proposito|adrede|myself|a mi mism[oa]|"
    r"again|otra vez|de nuevo|volvi a|urge\w*|ganas de)"
)

# 3. A stroke long ago whose after-effects remain (the mouth still crooked, an arm still weak, speech
# still slow): a condition, not a stroke now. Needs the stroke (or a Bell's palsy), the time long gone
# and the after-effects said to remain. Stops: a new one, again, worse, suddenly, today or now, a
# headache, confusion, the other side.
_STROKE_SIGN_41K = (
    r"face|mouth|smile|lip|arm|hand|leg|speech|speak\w*|talk\w*|slur\w*|droop\w*|weak\w*|numb\w*|"
    r"cara|boca|sonrisa|labio|brazo|mano|pierna|habla\w*|torcid[oa]|caid[oa]|arrastrad[oa]|sin fuerza|debil|entumid[oa]|dormid[oa]"
)
_OLD_STROKE_MARK_41K = (
    _MARK_39D(r"stroke|strokes|cva|tia|bell\w*|palsy|derrame|derrame cerebral|embolia|ictus|infarto cerebral|ataque cerebral|accidente cerebrovascular|paralisis facial")
    + r"(?=[\s\S]*\b(?:" + _LONG_AGO_41E + r"|since (?:her|his|the|my|their) stroke|desde (?:el|su|la|ese|aquel) (?:derrame|embolia|ictus|ataque)|after ?effects?|secuelas?|residual|permanent\w*|permanente\w*)\b)"
    r"(?=[\s\S]*\b(?:still|ever since|left (?:him|her|me|them) with|has had|remains?|permanent\w*|todavia|aun|sigue|siguen|se (?:le|me) quedo|(?:le|me) quedo|quedo con|desde entonces|secuelas?)\b)"
)
_OLD_STROKE_STOPS_41K = (
    r"(?:" + _CORE_STOPS_41E + r"|new|nuev[oa]|another|otro (?:derrame|ataque)|otra (?:embolia|vez)|worse|peor|empeor\w*|more (?:crooked|droopy|slurred)|mas (?:torcid[oa]|caid[oa])|"
    r"sudden\w*|de repente|de golpe|de la nada|now (?:his|her|the)|ahora (?:la|el|tiene|no)|(?:since|desde) (?:this morning|today|yesterday|last night|esta manana|hoy|ayer|anoche)|"
    r"headache|dolor de cabeza|confus\w*|(?:can not|cant|no puede) (?:talk|speak|walk|hablar|caminar)|other side|el otro lado)"
)

# 4. Not waking someone else ("better not to wake up the baby", "mejor no despertar al bebe", "please
# do not wake up the kids"): the person woken is named right after the verb. The writer's own not
# waking ("not wake up the next morning", "no despertar mas", "no despertarme") is not covered.
_WAKE_OTHER_41K = (
    r"(?:not|never|no) (?:to )?(?:wake|waking|awaken) (?:up )?(?:the (?:baby|babies|kids?|children|neighbou?rs?|dog|dogs|cat|twins|house|whole house|household|family|roommates?)|"
    r"(?:my|our|his|her|your|their) (?:\w+ )?(?:baby|babies|kids?|children|son|daughter|husband|wife|partner|boyfriend|girlfriend|roommates?|mom|mother|dad|father|parents|neighbou?rs?|family|dog|cat|grandma|grandpa|sister|brother)|"
    r"(?:him|them|everyone|everybody|anyone|anybody)\b(?! (?:up )?(?:ever|again|anymore|any more)))|"
    r"(?:no|nunca) (?:despertar|despierten|despiertes|despierte|despertemos) (?:a (?:nadie|todos|mi|mis|tu|su|sus|la|las|los|nuestr[oa]s?)|al|a el)\b|"
    r"(?:no|nunca) (?:despertarlo|despertarla|despertarlos|despertarlas)\b"
)
_WAKE_OTHER_STOPS_41K = (
    r"(?:" + _OWN_WISH_39D + r"|(?:will not|wont|can not|cant|does not|did not|is not|isnt) (?:\w+ )?(?:wake|waking|respond\w*|breath\w*)|no (?:se )?(?:despierta|responde|respira)|"
    r"unresponsive|inconsciente|blue|azul|morad[oa]|not breathing)"
)

# 5. "lived long enough" told of a place or of knowing ("i have lived long enough in this city to know the
# trains"): experience, not a life lived out. Stops: the writer's own wish, weariness, done or ready,
# nothing left, no point.
_LIVED_LONG_41K = (
    r"(?:lived|living|have lived|been living|been here|been around) (?:here |there )?long enough "
    r"(?:(?:in|at|on|around|near) (?:this|the|that|my|our|a|an) (?:\w+ ){0,2}?(?:city|town|country|neighbou?rhood|area|state|place|building|street|island|village|house|apartment|block|region|valley|coast)\b|"
    r"(?:here |there )?to (?:know|learn|see|tell|remember|recogni[sz]e|understand|figure out|speak|get around|find)(?: (?:that|the|how|which|what|where|when|who|a|an|every|all|most|some|its|his|her|their|its|better)\b))|"
    r"(?:he|hemos|ha) vivido (?:lo suficiente|bastante|suficiente tiempo) (?:en|aqui|alla) (?:este|esta|la|el|mi|una|un|aqui)? ?\w+"
)
_LIVED_LONG_STOPS_41K = (
    r"(?:" + _OWN_WISH_39D + r"|" + _WEARY_40F + r"|done|ready|tired|enough of|no more|anymore|any more|die|dying|death|worth|no point|what is the point|"
    r"nothing (?:left|changes|will change|ever)|never gets? better|goodbye|adios|morir\w*|muerte|cansad[oa]|ya no|sin sentido|no vale la pena)"
)

# 6. God or faith that carries the writer through ("god can take me through this", "the lord will get me
# through it"): being carried through, not taken away. Stops: the writer's own wish, "take me home" or
# "away", "now", ready to go, let me die.
_TAKE_ME_THROUGH_41K = (
    r"(?:take|taking|takes|get|gets|getting|carry|carries|carrying|see|sees|bring|brings|walk|walks|pull|pulls|lead|leads|guide|guides) me "
    r"(?:through|thru|past|beyond) (?:this|it|these|that|the|all|everything|whatever|my|hard times|tough times)\b"
)
_TAKE_ME_THROUGH_STOPS_41K = (
    r"(?:" + _OWN_WISH_39D + r"|take me (?:home|away|now|already|tonight|with (?:you|him|her))|ready to (?:go|die|meet)|let me die|please take me(?! (?:through|thru|past|out))|"
    r"(?:want|wanna|wish) to (?:go|be with)|(?:do not|dont) want to (?:be here|wake)|end (?:it|this)|pills|gun|rope)"
)

# 7. "nobody would notice if i" + an ordinary act (swam in the pool after hours, took a nap, left
# early, borrowed a pen): mischief, not an absence. Not "if i was gone", "did not come back", "left"
# alone, "disappeared". Stops: the writer's own wish, gone, vanished, drowned, never came back, too far,
# forever, lonely.
_NOBODY_NOTICE_MISCHIEF_41K = (
    r"(?:nobody|no one|noone|nadie) (?:would|will|is going to|gonna|'d)? ?(?:even |ever |really )?(?:notice|know|see|care|se (?:daria|va a dar|daria ni) cuenta|notaria) "
    r"(?:if|si) (?:i|we|yo) (?:just |quietly |secretly |only )?(?:"
    r"swam|swim|went (?:swimming|for a swim|in the pool)|took (?:a |an |the |one |some |my |another )?(?:\w+ )?(?:nap|naps|break|breaks|day off|long lunch|cookie|cookies|shortcut|dip|snack|slice|piece|pen|donut|sample)|"
    r"napped|ate (?:a|the|some|one|another|your|his|her|their|all the)|borrowed|skipped (?:a |the |my |class|work|the gym|lunch|dessert|a meeting)|wore|parked|snuck|sneaked|"
    r"came (?:in )?late|showed up late|left (?:work |class |the office |school |the party )?early|used (?:the|your|his|her|their|a|his)|brought|played|danced|sang|dyed|painted|rearranged|"
    r"worked from home|logged off|clocked out|grabbed (?:a|an|some|the)|had (?:a|an|another|seconds|dessert|an extra)|switched|changed (?:the|my)|moved (?:the|my)|turned (?:off|up|down)|cheated on (?:my|the) diet|"
    r"nado|nadara|me meto (?:a|en) (?:la )?(?:alberca|piscina|pileta)|me como|me comiera|me salgo (?:temprano|antes)|llego tarde|tomo prestad[oa]|falto a|me llevo (?:un|una|el|la)|uso (?:el|la|tu|su))"
)
_NOBODY_NOTICE_STOPS_41K = (
    r"(?:" + _OWN_WISH_39D + r"|" + _WEARY_40F + r"|gone|disappear\w*|vanish\w*|\bdie\b|died|dead|death|never (?:came|come|returned|woke|wake|came back)|"
    r"(?:did not|didnt|not) (?:come|came) (?:back|out|up)|drown\w*|too far|under(?:water)?|sank|sink|forever|for good|lonely|alone|"
    r"nobody (?:cares|loves|would care)|no one (?:cares|loves|would care)|desaparec\w*|muriera|me muero|ahog\w*|no volviera|para siempre|nadie me quiere|sol[oa] (?:en|de) noche)"
)

_ROUND_41_K = [
    (_filter(_SENTENCE_40D(_SMALL_CUT_41K)), _ACCIDENT_FINGER_STOPS_41K, _ACCIDENT_FINGER_MARK_41K),
    (_filter(_SENTENCE_40D(_STROKE_SIGN_41K)), _OLD_STROKE_STOPS_41K, _OLD_STROKE_MARK_41K),
    (_filter(_WAKE_OTHER_41K), _WAKE_OTHER_STOPS_41K, None),
    (_filter(_LIVED_LONG_41K), _LIVED_LONG_STOPS_41K, None),
    (_filter(_TAKE_ME_THROUGH_41K), _TAKE_ME_THROUGH_STOPS_41K, None),
    (_filter(_NOBODY_NOTICE_MISCHIEF_41K), _NOBODY_NOTICE_STOPS_41K, None),
]
_add_whole_message_filters(_ROUND_41_K)

# 8. Round 41 (f)'s caregiver's study filter: its core stop "took too many" (a writer who took all) also
# read the study question's own topic ("signs someone took too many pills?"). Round 41 (k): the same
# stops, with a taking said of "someone", "a person", "a patient" or "people" left to the filter; the
# stops are replaced through the documented hook (_add_stops without extend).
_TOOK_ALL_TOPIC_41K = _TOOK_ALL_38.replace(
    r"(?:took|swallowed|downed) (?:all",
    r"(?<!someone )(?<!somebody )(?<!a person )(?<!people )(?<!patient )(?<!client )(?<!resident )(?:took|swallowed|downed) (?:all", 1)
assert _TOOK_ALL_TOPIC_41K != _TOOK_ALL_38
_add_stops(_filter(_SENTENCE_40D(_OD_TOPIC_41F)), _CAREGIVER_STUDY_STOPS_41F.replace(_TOOK_ALL_38, _TOOK_ALL_TOPIC_41K))


# --- round 42's overdoses and poisonings told by signs (helper c) ---
# A heart medicine (digoxin, a beta blocker, a calcium channel blocker) is no opioid: taken twice or by
# mistake it gets the Poison Help steps, not the naloxone steps alone (phrases.HEART_MED_MIXUP_42C).
OVERDOSE_KINDS["non_opioid"] = OVERDOSE_KINDS["non_opioid"] + [_F.HEART_MED_42C]

# A partner, a parent or a roommate who snores at night or in their sleep, loud or with pauses, asked
# about (a sleep study, tips, the treatment): a habit, not an overdose. The filter covers the sentence
# naming the snoring; the message must name the sleeper and the nights ("at night", "cuando duerme"). Stops:
# anything taken or used (pills, a drug, alcohol), blue or grey, not waking or rousing, collapsed, now, a
# fall or a blow to the head, a blood thinner, sleeping it off, the writer's own wish.
_SNORE_42C = r"snor\w*|ronc[ao]|roncando|ronquidos?|roncar|ronca\w*"
_SNORING_SLEEPER_MARK_42C = (
    _MARK_39D(r"husband|wife|partner|boyfriend|girlfriend|bf|gf|hubby|fiance|fiancee|spouse|roommate|dad|father|mom|mother|grandpa|grandma|brother|sister|son|he|she|"
              r"esposo|esposa|marido|mujer|pareja|novio|novia|companero de cuarto|papa|padre|mama|madre|abuel[oa]|herman[oa]|hijo|hija")
    + r"(?=[\s\S]*\b(?:at night|every night|all night|most nights|in (?:his|her|their) sleep|while (?:he|she|they) (?:sleeps?|is sleeping)|when (?:he|she|they) sleeps?|"
    r"en la noche|por la noche|en las noches|todas las noches|toda la noche|cada noche|cuando duerme|mientras duerme)\b)"
)
_SNORING_SLEEPER_STOPS_42C = (
    r"(?:" + _CORE_STOPS_41F + r"|pills?|pastillas?|took|taken|tomo|se tomo|swallowed|trago|drank|drunk|borrach\w*|alcohol|beer|wine|cerveza|vino|tragos|"
    + DRUGS + r"|oxy\w*|fentanyl|fentanilo|heroin\w*|xanax|benzo\w*|methadone|metadona|sleeping pills|powder|polvo|drogas?|drugs?|"
    r"overdos\w*|sobredosis|blue|azul\w*|morad\w*|gr[ae]y|gris|pale|palid\w*|(?:can not|cant|will not|wont|does not|could not) (?:wake|be woken)|no (?:lo |la )?(?:puedo |podemos )?despert\w*|no despierta|"
    r"unresponsive|inconsciente|collaps\w*|desplom\w*|right now|ahora mismo|ahorita|now he|now she|tonight|esta noche|"
    r"(?:can not|cant|could not|will not|wont) (?:get|rouse|wake) (?:him|her|them)|rub\w*|sternum|chest|sleeping it off|sleep it off|(?:he|she|they) uses?|using|"
    r"fell|fall|falls|cayo|caida|head|cabeza|golpe\w*|hit (?:his|her|their)|coumadin|warfarin\w*|blood thinner\w*|anticoagul\w*|sleeping (?:a lot|so much|more)|durmiendo mucho)"
)
_add_whole_message_filters([
    (_filter(_SENTENCE_40D(_SNORE_42C)), _SNORING_SLEEPER_STOPS_42C, _SNORING_SLEEPER_MARK_42C),
])

# --- round 42's suicide plans told calmly (helper a) ---
# Declared like round 41's (a filter, stops read over the whole message, a mark the message must hold;
# each gives way to a danger told now, STOPPED_AT_PRESENT_DANGER).
#
# 1. Someone who sent passwords, account access or instructions and now "is not answering" / "no
# contesta" (phrases.THIRD_PERSON_ACCESS_SILENCE_42A): a silence, not a body that does not respond (like
# round 33's farewell sent). Needs the access sent. Stops: a body down (breathing, waking, the floor,
# blood, a colour, a seizure), pills or a drug taken, found.
_NO_REPLY_42A = (
    _NO_REPLY_WORDS_33 + r"|(?:is not|isnt|not|has not been|hasnt been) (?:\w+ )?(?:picking up|replying|answering (?:his|her|their|the) (?:phone|texts?|calls?)|responding to (?:texts?|messages?|calls?))|"
    r"no (?:me |nos |le )?(?:contesta|responde) (?:el telefono|el celular|los mensajes|mis mensajes|las llamadas|el cel)"
)
_BODY_DOWN_42A = (
    r"(?:respir\w*|breath\w*|despiert\w*|wake|waking|awake|inconsciente|unconscious|desmay\w*|passed out|tirad[oa]|en el (?:piso|suelo)|on the floor|"
    r"sangr\w*|blood|morad\w*|azul|blue|palid\w*|pale|convuls\w*|seiz\w*|vomit\w*|ojos en blanco|no se mueve|not moving|found (?:him|her|them)|(?:lo|la) encontr\w*|"
    r"took|swallowed|se tomo|se trago|overdos\w*|sobredosis|shot|se disparo|hanging|colgad[oa]|ahorcad[oa])"
)
# 2. A belt, a rope or a cord bought or given as a gift (a birthday, Christmas, "de regalo"): a present,
# not a means. Stops: the writer's own wish, a closet, a door, a hook, tied or hung.
_LIGATURE_GIFT_42A = (
    r"(?:bought|buying|got|getting|ordered|picked (?:out|up)|gave|giving|compre|comprando|le compre|le regale|regale|pedi)\b[^.?!]{0,40}?\b(?:belt|belts|rope|cord|cinturon|cinturones|cuerda|correa)\b"
    r"[^.?!]{0,60}?\b(?:as a (?:gift|present)|for (?:his|her|their|my|our) (?:\w+ )?(?:birthday|bday|anniversary|graduation|christmas)|for christmas|for fathers day|for mothers day|"
    r"de regalo|para (?:su|mi) (?:cumpleanos|cumple|aniversario|graduacion)|para navidad|del dia del padre)"
)
_LIGATURE_GIFT_STOPS_42A = (
    r"(?:" + _OWN_WISH_39D + r"|closet|door|hook|beam|rafter|tied|hung|noose|neck|cuello|clos(?:e|s)et|puerta|gancho|viga|amarr\w*|colg\w*)"
)
# 3. Passwords shared with a partner or a relative just in case, or for a password manager: ordinary
# household planning. Stops: the writer's own wish, a farewell (understand later, goodbye), a means,
# someone not answering.
_PASSWORDS_SHARED_42A = (
    r"(?:shared|share|sharing|gave|give|giving|sent|le di|les di|le pase|le mande|comparti|compartimos|compartir)\b[^.?!]{0,30}?\b(?:passwords?|passcodes?|logins?|contrasenas|claves)\b"
    r"[^.?!]{0,40}?\b(?:with|to|a|con) (?:my|mi|mis|our) (?:husband|wife|partner|spouse|mom|mother|dad|father|parents|sister|brother|son|daughter|esposo|esposa|marido|pareja|mama|papa|padres|hermana|hermano|hijo|hija)"
)
_PASSWORDS_SHARED_MARK_42A = _MARK_39D(
    r"in case|just in case|por si acaso|por si algo|emergenc\w*|password manager|1password|bitwarden|lastpass|gestor de contrasenas|bills|facturas|netflix|streaming|is that normal|es normal"
)
_PASSWORDS_SHARED_STOPS_42A = (
    r"(?:" + _OWN_WISH_39D + r"|understand (?:later|soon|one day)|entender\w* (?:despues|luego|algun dia)|goodbye|adios|farewell|despedi\w*|"
    r"gun|pistol\w*|arma|pills|pastillas|rope|soga|not answering|no contesta|no responde|last (?:message|time)|ultimo mensaje)"
)
_ROUND_42_A = [
    (_filter(_NO_REPLY_42A), _BODY_DOWN_42A, _MARK_39D(_F._ACCESS_SENT_42A)),
    (_filter(_SENTENCE_40D(_LIGATURE_GIFT_42A)), _LIGATURE_GIFT_STOPS_42A, None),
    (_filter(_SENTENCE_40D(_PASSWORDS_SHARED_42A)), _PASSWORDS_SHARED_STOPS_42A, _PASSWORDS_SHARED_MARK_42A),
]
_add_whole_message_filters(_ROUND_42_A)

# --- round 42's Spanish intentional overdoses and ask-tier wishes (helper b) ---
# 1. The other ways to say a taking was meant, or is regretted, read once an overdose is detected
# (detector._refine_overdose): "adrede", "queriendo", "de proposito", "porque queria morirme", "me
# arrepenti", "ya no quiero morir", "changed my mind": the intentional overdose guidance (911, Poison
# Help and 988 with the "are you safe" question).
OVERDOSE_KINDS["intentional"] = OVERDOSE_KINDS["intentional"] + [
    r"adrede|a drede|(?<!no\slo\shizo\s)(?<!no\sfue\s)(?<!si\sfue\s)(?<!sin\s)queriendo(?! o no)|de proposito|aproposito|a conciencia|intencionalmente|deliberadamente|purposefully",
    r"porque (?:me )?(?:queria|quise) (?:morir(?:me)?|matarme|suicidarme|quitarme la vida|no despertar)|"
    r"me arrepenti\w*|me arrepiento|me he arrepentido|ya no (?:me )?quiero morir(?:me)?|no me quiero morir|i regret (?:it|taking)|changed my mind",
]

# 2. A parent telling of a teenager's social post ("posted 'i wanna die lol' on her story", "publico en
# instagram que se quiere morir jaja") that the teen called a joke: the ask tier, not a joke. The
# filters of a hyperbole beside laughter (round 34) and of a child's quoted threat over a trivial cause
# (round 35) give way to a child's post on social media told by the parent.
_TEEN_POST_42B = (
    r"(?:(?:my|mi|our|nuestr[oa]) (?:\w+ ){0,3}?(?:son|daughter|kid|kiddo|child|teen|teenager|stepson|stepdaughter|boy|girl|hij[oa]|hijastr[oa]|nin[oa]|adolescente|chamac[oa])\b"
    r"[\s\S]{0,160}?\b(?:posted|posts|posting|post|story|stories|status|tiktok|instagram|insta|snapchat|snap|twitter|tweeted|tweet|facebook|finsta|caption|"
    r"publico|publica|publicacion|subio|sube|historia|historias|estado|estados|perfil|face|redes)\b|"
    r"\b(?:posted|publico|subio)\b[\s\S]{0,160}?\b(?:my|mi) (?:\w+ )?(?:son|daughter|kid|teen|hij[oa]|adolescente)\b)"
)
_add_stops(_filter(_JEST_34), _TEEN_POST_42B, extend=True)
_add_stops(_filter(_CHILD_THREAT_35), _TEEN_POST_42B, extend=True)

# --- round 42's false alarms (helper e) ---
# Declared like round 41 (e, f)'s sections above: a filter over the sentence with the crisis words
# (_SENTENCE_41E), stops read over the whole message (the same scene with a danger now still fires), a
# mark the message must hold; each also gives way to a danger told now (STOPPED_AT_PRESENT_DANGER).
#
# The writer's own thoughts or wish told now, in the first person, a negated one left out ("i have
# never had those thoughts myself", "no tengo pensamientos de eso"): for the families whose message
# itself names a suicide (a comrade's, a past ideation).
_OWN_THOUGHTS_NOW_42E = (
    _OWN_WISH_39D.replace(r"suicid\w*|", "", 1)
    + r"|suicidarme|me quiero (?:matar|morir)|quiero (?:morirme|matarme)|me voy a (?:matar|suicidar)|(?:want|wanna|going|gonna) to (?:kill myself|die)|"
    r"hurt myself|hacerme dano|lastimarme|i am (?:\w+ )?suicidal|(?:estoy|me siento) (?:\w+ )?suicida|"
    r"(?:i|yo) (?!(?:\w+ ){0,2}?(?:never|not|no|nunca|none|ni)\b)(?:\w+ ){0,2}?(?:have|having|get|getting|keep having|tengo|estoy teniendo)(?! had\b| tenido\b) (?:\w+ ){0,2}?"
    r"(?:suicidal|thoughts|pensamientos|ideas (?:suicidas|de))|"
    r"(?:thoughts|pensamientos|ideas|ideation|ideacion|si)(?: \w+){0,2}? (?:are |have |has |han |estan |se )?(?:back|coming back|came back|returned|returning|volvieron|regresaron|han vuelto|volviendo|regresando)|"
    r"(?:thinking|think|thought|pensando|pienso|pense) (?:about|of|en) (?:suicide|dying|killing myself|ending (?:it|my life)|el suicidio|morir\w*|matarme|quitarme la vida)|"
    r"join (?:him|her|them)|be with (?:him|her|them)|irme con (?:el|ella|ellos)|(?:do|did|doing) the same|same way|hacer lo mismo|me too|yo tambien|my turn|mi turno|"
    r"(?:my|mi|his|her|su) (?:own |service )?(?:gun|pistol|rifle|weapon|pistola|arma|rifle)|" + _WEARY_40F
)
_CORE_STOPS_42E = r"(?:" + _SIGNS_NOW_37 + "|" + _NOW_39F + "|" + _OWN_THOUGHTS_NOW_42E + "|" + _TOOK_ALL_38 + ")"

# 1. Someone who fainted days ago (from the heat, at church, at work, at a game), fine now, and the
# writer asking about a CPR or a first-aid class. Needs a past day, the recovery and the class.
# Stops: again, today, still out, not breathing, 911 being called now, the writer's own wish.
_FAINTED_42E = (
    r"faint\w*|passed out|pass(?:es|ing)? out|collaps\w*|blacked out|black(?:s|ing)? out|keeled over|went down|dropped|heat ?stroke|heat exhaustion|"
    r"desmay\w*|desvanec\w*|se (?:cayo|desplomo|fue al piso|fue al suelo)|perdio el (?:conocimiento|sentido)|golpe de calor|insolacion|agotamiento por calor"
)
_PAST_DAY_42E = (
    r"last (?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|week|weekend|month|summer|year)|(?:on|this past|this) (?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)|"
    r"sunday|saturday|friday|the other (?:day|week)|a (?:few|couple of?) (?:days|weeks) ago|(?:\d+|two|three|four|five|six) (?:days|weeks) ago|yesterday|"
    r"el (?:domingo|lunes|martes|miercoles|jueves|viernes|sabado|otro dia|fin de semana)|la semana pasada|el mes pasado|el fin pasado|ayer|hace (?:unos |un par de |\d+ |dos |tres )?(?:dias|semanas?)|"
    + _MONTHS_AGO_41E
)
_CPR_CLASS_MARK_42E = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:" + _PAST_DAY_42E + r")\b)(?=[\s\S]*\b" + _OVER_FINE_39F + r"\b)"
    r"(?=[\s\S]*\b(?:cpr|rcp|first aid|primeros auxilios|reanimacion|resucitacion|bls|aed|dea|desfibrilador\w*|red cross|cruz roja|heimlich)\b)"
    r"(?=[\s\S]*\b(?:class\w*|course\w*|training|trained|certif\w*|learn|sign up|enroll|workshop|curso\w*|clase\w*|taller\w*|capacita\w*|entrenamiento|"
    r"certific\w*|aprender|inscrib\w*)\b)"
)
_CPR_CLASS_STOPS_42E = (
    r"(?:" + _CORE_STOPS_NO_AMBULANCE_41E + "|" + _OWN_THOUGHTS_NOW_42E + r"|calling 911|call 911 now|llamando al 911|waiting for (?:the )?ambulanc\w*|esperando (?:a )?la ambulancia|"
    r"(?:keeps?|kept) (?:fainting|passing out|collapsing)|(?:se )?sigue desmayando|still (?:out|unconscious|on the floor|not awake)|sigue (?:inconsciente|desmayad[oa]|en el piso)|"
    r"is (?:not|still not) (?:waking|responding|awake))"
)

# 2. A veteran or a first responder who lost comrades, one to suicide, stable and in therapy, asking
# about PTSD treatment (nightmares, sleep): grief for another's suicide. Needs the service or the
# comrades, the therapy or the stability, and the trauma or the sleep. Stops: the writer's own thoughts
# or wish told now (a negated one left out), joining the comrade, the writer's own gun, a danger now.
_COMRADE_SUICIDE_42E = (
    r"suicid\w*|took (?:his|her|their) (?:own )?life|killed (?:himself|herself|themselves)|ended (?:his|her|their) (?:own )?life|shot (?:himself|herself)|hanged (?:himself|herself)|"
    r"se quito la vida|se mato|se suicid\w*|se dio un tiro|se disparo|se ahorco|se colgo"
)
_SERVICE_THERAPY_MARK_42E = (
    _MARK_39D(r"veterans?|vets?|marines?|army|navy|air force|soldiers?|military|deploy\w*|combat|tours?|unit|platoon|squad|battalion|crew|station|department|"
              r"firefighters?|fireman|firemen|paramedics?|emts?|police|cops?|officers?|deputy|first responders?|dispatch\w*|corpsman|medic|buddy|buddies|brothers|comrades?|partner|"
              r"veteran[oa]s?|militar\w*|soldad[oa]s?|ejercito|marina|infanteria|peloton|unidad|escuadron|bomber[oa]s?|paramedic[oa]s?|policias?|agentes?|oficial\w*|"
              r"companer[oa]s?|camaradas?|colegas?|guerra|war|iraq|irak|afghanistan|afganistan|vietnam")
    + r"(?=[\s\S]*\b(?:therap\w*|counsel\w*|psycholog\w*|psychiatr\w*|the va|va clinic|vet center|stable|doing (?:\w+ )?(?:ok|okay|well|good|better|fine)|"
    r"terapia|terapeuta|psicolog\w*|psiquiatr\w*|consejer\w*|estable|(?:estoy|esta|ando|me siento) (?:\w+ )?(?:bien|estable|tranquil[oa]))\b)"
    r"(?=[\s\S]*\b(?:" + _AFTER_41E + r"|sleep\w*|insomni\w*|(?:can not|cant) sleep|dorm\w*|duerm\w*|sueno)\b)"
)

# 3. An information question whether ketamine can stop one's breathing at high (anaesthetic) doses,
# compared with the low nasal or infusion doses. Needs ketamine named, a high or an anaesthetic dose,
# a low dose or the nasal spray or an infusion, and a question. Stops: someone's breathing in trouble
# now, a dose taken, the writer's own wish, how much it takes, now.
_BREATHING_42E = r"breath\w*|respirat\w*|respir\w*|apnea|apnoea|airways?|via aerea|vias respiratorias|oxygen|oxigen\w*"
# (round 37's signs now with "no respira" read as a report only: "no respira", "no esta respirando",
# not "puede hacer que no respires")
_SIGNS_NOW_REPORT_42E = _SIGNS_NOW_37.replace(r"no (?:esta )?respira\w*", r"no (?:esta )?respira(?:ndo|ba)?\b", 1)
assert _SIGNS_NOW_REPORT_42E != _SIGNS_NOW_37
_KETAMINE_DOSE_QUESTION_MARK_42E = (
    _MARK_39D(r"ketamin\w*|esketamin\w*|spravato|special k")
    + r"(?=[\s\S]*\b(?:high|higher|large|larger|big|anesthe\w*|anaesthe\w*|surg\w*|sedation|sedating|operating room|"
    r"alta|altas|alto|altos|grande\w*|anestesi\w*|anestesic\w*|cirugia\w*|quirofano|sedacion)\b)"
    r"(?=[\s\S]*\b(?:low|lower|small|smaller|sub ?anesthe\w*|nasal|spray|infusion\w*|iv|baja|bajas|bajo|bajos|pequen\w*|subanest\w*|infusion\w*|intravenos\w*)\b)"
    r"(?=[\s\S]*(?:" + _QUESTION_41F + r"|\b(?:wonder\w*|curious|is it true|i read|i heard|lei|escuche|me pregunto|quisiera saber|quiero saber)\b))"
)
_KETAMINE_BREATHING_STOPS_42E = (
    r"(?:" + _SIGNS_NOW_REPORT_42E + "|" + _NOW_39F + "|" + _OWN_WISH_40D + "|" + _TOOK_ALL_38 + r"|"
    r"(?:can not|cant|hard to|trouble|struggling to|is not|isnt) (?:\w+ )?breath\w*|gasp\w*|jade\w*|no (?:puedo|puede|podia|podemos) respirar|(?:me|le) falta (?:el )?aire|"
    r"after (?:my|his|her|their|the|today s) (?:\w+ )?(?:infusion|session|dose|treatment|spravato)|despues de (?:mi|su|la) (?:infusion|sesion|dosis)|"
    r"(?:took|taken|snorted|injected|used|did) (?:a |some |the |too much |a lot of |a bunch of )?(?:\w+ )?(?:ketamin\w*|k|special k|vials?|bumps?|lines?)\b|"
    r"(?:tome|se tomo|me inyecte|se inyecto|esnif\w*|se metio|me meti) (?:\w+ )?(?:ketamin\w*|frasco|ampolla|vial)|"
    r"how much (?:\w+ ){0,3}?(?:to|would|does it take|kill)|cuant[oa] (?:\w+ ){0,3}?(?:para|necesito|hace falta)|lethal|letal|to die|para morir|kill (?:me|myself|someone|him|her)|"
    # a dose big enough asked with doses at hand or saved, or with weariness ("so tired of all of it")
    r"(?:big|high|large|strong) enough|enough (?:to|of it to)|lo (?:bastante|suficiente)|suficiente(?:mente)? (?:alta|grande|fuerte|para)|"
    r"a lot of (?:my|the|it|them)|(?:extra|leftover|spare) (?:doses?|sprays?|vials?|bottles?)|tengo (?:mucha|mucho|muchas|muchos|bastante\w*)|me sobr\w*|"
    r"tired of|sick of|done with|fed up|cansad[oa] de|hart[oa] de|" + _SAVING_39D + "|" + _WEARY_40F + r")"
)

# 4. "My boss / my mother / my wife is going to kill me" ("me va a matar") over overtime, lateness or a
# bill, laughed at: an idiom. Needs the boss or the relative and the laughter. Stops: violence or fear
# told anywhere (round 31's list), told in earnest, the writer's own wish, signs now.
_KILL_ME_42E = (
    r"(?:me|nos) (?:va|van|iba|iban|vaya|vayan) a (?:matar|asesinar|ahorcar|colgar|descuartizar|linchar)|(?:va|van|iba|iban) a (?:matarme|asesinarme|ahorcarme|colgarme)|"
    r"(?:me|nos) (?:mata|matan|matara|mataria|asesina)\b|"
    r"(?:is|are|was|s|will be)? ?(?:going to|gonna|finna|will|would|ll) (?:literally |actually |lowkey |straight up |seriously |totally |so |absolutely )?"
    r"(?:kill|murder|strangle|end|skin) (?:me|us)\b|(?:i am|im) (?:so |literally |totally )?dead meat"
)
_BOSS_OR_RELATIVE_LAUGH_MARK_42E = (
    _MARK_39D(r"boss|bosses|jefe|jefa|jefes|patron\w*|manager|supervisor\w*|encargad[oa]|foreman|capataz|mom|mum|mommy|mother|mama|madre|ma|moms|dad|father|papa|padre|"
              r"wife|wifey|esposa|mujer|vieja|viejo|husband|hubby|esposo|marido|suegr[oa]|mother in law|girlfriend|gf|novia|novio|boyfriend|bf|abuel[oa]|grandma|"
              r"teacher|maestr[oa]|profe\w*|landlord|casero|casera|duena|dueno|dona|senora|coach|entrenador")
    + r"(?=[\s\S]*\b(?:" + _LAUGH_40D + r")\b)"
    # an everyday reason: lateness, overtime, a bill, a day off, something forgotten or bought
    r"(?=[\s\S]*\b(?:late|later|tarde|overtime|over ?time|extra hours|horas extras?|shift|turno|day off|days off|time off|dia libre|permiso|"
    r"bill|bills|cuenta|recibo|factura|charge|cargo|card|tarjeta|spent|spend|gaste|gastar|bought|buy|compre|comprar|shopping|amazon|price|precio|cost\w*|cuesta|money|dinero|"
    r"forgot|forget|olvid\w*|se me paso|missed|miss|falt\w*|appointment|cita|meeting|junta|reunion|deadline|work|working|trabaj\w*|chamba|oficina|office|"
    r"dinner|cena|comida|grades|calificaciones|boleta|dent|rayon|car|carro|again|otra vez|hora|hour|hours|clock|reloj|schedule|horario)\b)"
)
_KILL_ME_JOKE_STOPS_42E = (
    r"(?:" + _VIOLENCE_31 + r"|en serio|de verdad|no es broma|not joking|not kidding|seriously(?! late)|for real|i mean it|neta|"
    # a rage under way: things smashed or thrown, screaming, the phone taken, the writer locked in
    r"smash\w*|break\w* (?:\w+ )?(?:things|everything|stuff|the|my)|broke (?:\w+ )?(?:things|everything|the|my)|throw\w*|threw|scream\w*|yell\w*|shout\w*|rage|raging|"
    r"took my (?:phone|keys|car)|(?:won t|will not) let me (?:leave|go|out)|rompi\w*|romp\w*|avent\w*|tir\w+ (?:cosas|todo)|grit\w*|me quito (?:el|mi) (?:celular|telefono|cel|llaves)|"
    r"no me deja (?:salir|ir)|hiding|escondid[oa]|me escondi|grabbed me|by the (?:throat|neck|hair)|chok\w*|locked (?:in|myself)|me agarro|del (?:cuello|pelo)|"
    + _F.ATTACKED_STILL_HERE_38 + "|" + _F.EX_WILL_NOT_LEAVE_38 + r"|"
    + _OWN_WISH_39D.replace("|matarme|", "|(?<!a )matarme|", 1) + "|" + _SIGNS_NOW_37 + r")"
)
assert _OWN_WISH_39D.replace("|matarme|", "|(?<!a )matarme|", 1) != _OWN_WISH_39D

# 5. A psychiatrist's or a physician's referral note, or a patient's history: past suicidal ideation,
# none for over a year or in remission, now on maintenance esketamine, asking about a referral or a
# transfer of care. Needs the history or the remission, the maintenance treatment and the referral.
# Stops: the ideation back or active now, a plan, an attempt, the writer's own wish, a danger now.
_PAST_IDEATION_42E = (
    r"suicid\w*|ideation|ideacion|si|passive si|thoughts of (?:suicide|death|dying|self harm)|self harm|autolesi\w*|attempts?|intentos?|"
    r"pensamientos (?:suicidas|de muerte)|ideas (?:suicidas|de muerte)"
)
_REFERRAL_MAINTENANCE_MARK_42E = (
    _MARK_39D(r"history|hx|past|prior|previous|remote|remission|resolved|antecedentes?|historia|historial|previ[oa]s?|pasad[oa]s?|remision|remitid[oa]|resuelt[oa]|hace (?:tiempo|anos)|years ago")
    + r"(?=[\s\S]*\b(?:remission|remision|resolved|resuelt[oa]|(?:none|no \w+|free of \w+|free|without \w+|denies \w+(?: \w+)?) (?:for|in|since|x)|"
    r"(?:for|in|over|than) (?:over |more than )?(?:a|one|1|\d+|two|several) (?:years?|yrs?|months)|"
    r"sin (?:\w+ ){0,3}?(?:desde|por|en)|mas de (?:un|1|\d+|dos) (?:anos?|mes\w*)|\d+ ?(?:months|meses|years|anos|yrs?|mo)\b)\b)"
    r"(?=[\s\S]*\b(?:maintenance|mantenimiento|spravato|esketamin\w*|ketamin\w*)\b)"
    r"(?=[\s\S]*\b(?:refer\w*|transfer\w*|continu\w*|take over|accept\w*|establish care|new (?:provider|clinic|psychiatrist|prescriber)|moving|relocat\w*|closer to home|"
    r"refier\w*|refiri\w*|referi\w*|referencia|envi\w*|traslad\w*|transferencia|continuidad|recibir|aceptar|me mudo|nos mudamos|mudanza|nuevo (?:psiquiatra|proveedor|medico))\b)"
)
_REFERRAL_STOPS_42E = (
    r"(?:" + _CORE_STOPS_42E + r"|active (?:si|suicidal|ideation)|ideacion (?:suicida )?activa|(?:with|has|had|tiene|con) (?:a )?(?:plan|intent)\b|plan (?:and|y) (?:intent|intencion)|"
    r"(?<!no )(?<!denies )(?<!niega )(?:endorses|endorsing|reports|reporting|presents with|presenta|refiere|reporta) (?:\w+ )?(?:si|suicidal|ideation|ideacion|pensamientos)|"
    r"recent (?:attempt|si|ideation)|intento reciente|relaps\w*|reca[iy]\w*|again|otra vez|de nuevo|lately|ultimamente|these days|estos dias)"
)

_ROUND_42_E = [
    (_filter(_SENTENCE_41E(_FAINTED_42E)), _CPR_CLASS_STOPS_42E, _CPR_CLASS_MARK_42E),
    (_filter(_SENTENCE_41E(_COMRADE_SUICIDE_42E)), _CORE_STOPS_42E, _SERVICE_THERAPY_MARK_42E),
    (_filter(_SENTENCE_41E(_BREATHING_42E)), _KETAMINE_BREATHING_STOPS_42E, _KETAMINE_DOSE_QUESTION_MARK_42E),
    (_filter(_SENTENCE_41E(_KILL_ME_42E)), _KILL_ME_JOKE_STOPS_42E, _BOSS_OR_RELATIVE_LAUGH_MARK_42E),
    (_filter(_SENTENCE_41E(_PAST_IDEATION_42E)), _REFERRAL_STOPS_42E, _REFERRAL_MAINTENANCE_MARK_42E),
]
_add_whole_message_filters(_ROUND_42_E)

# --- round 42's violence now and a faint after a dose elsewhere (helper d) ---
# A husband, a wife or a parent who fainted after a ketamine or Spravato dose given at a clinic (another
# clinic, elsewhere) and does not come round though breathing, with naloxone asked about ("should i give
# the narcan we have at home?", "debo darle naloxona?"): naloxone named is no drug context there (the
# detector, round 42 d), so the generic signs get the medical emergency guidance (911), not the naloxone
# steps alone. Naloxone already given, or any other drug word in the message (pills, fentanyl, "took
# something"), keeps the overdose reading.
NALOXONE_WORD_42D = r"(?:narcan|naloxone|naloxona)"
CLINIC_DOSE_MARK_42D = (
    r"\b(?:spravato|esketamin\w*|eskétamin\w*|"
    r"ketamin\w*\b[^.?!]{0,60}?\b(?:clinic|clinica|session|sesion|infusion|treatment|tratamiento|appointment|cita|consultorio|centro|office|practice|facility|provider|elsewhere|otro lugar)|"
    r"(?:clinic|clinica|session|sesion|infusion|treatment|tratamiento|appointment|cita|consultorio|centro|office|practice|facility)\b[^.?!]{0,60}?\bketamin\w*)\b"
)
NALOXONE_GIVEN_42D = (
    r"\b(?:gave|given|sprayed|used|administered|le (?:di|dimos|dieron|pusimos|puse|pusieron)|ya (?:le )?(?:di|dimos|pusimos|puse))\b[^.?!]{0,20}?\b(?:narcan|naloxone|naloxona)\b"
)


# --- round 42's a limb's colour as a chronic symptom (helper k) ---
# A hand, a foot or the skin whose colour or warmth changes as a KNOWN, RECURRING symptom of a chronic
# condition (CRPS/RSD, Raynaud's, MCAS flushing, erythromelalgia), told in a question to the clinic
# ("my crps foot turns purple and cold after i exercise, should i worry?", "mi mano con distrofia
# simpatica refleja se pone roja y caliente en las crisis, la ketamina ayuda?"): the limb patterns
# ("foot ... purple ... cold"), "@turn|@go purple" and the flushing of an antihistamine poisoning read it
# as an emergency now. The filter covers the sentence naming the colour or the warmth of a limb, the skin
# or the face (or "it", "they", "se pone"); the message must name the condition and a habitual wording
# (after exercise, in the cold, with flares, every evening, sometimes, always, cuando, a veces, siempre).
_LIMB_SUBJECT_42K = (
    r"legs?|foot|feet|arms?|hands?|toes?|fingers?|fingertips?|calf|calves|shins?|knees?|ankles?|wrists?|limbs?|extremit\w*|skin|face|cheeks?|"
    r"it|they|both|piernas?|pies?|brazos?|manos?|dedos?|dedit[oa]s?|pantorrillas?|rodillas?|tobillos?|munecas?|extremidad\w*|piel|cara|mejillas?|"
    r"se (?:me |le |les |te )?(?:pone|ponen|vuelve|vuelven)"
)
_LIMB_COLOUR_42K = (
    r"purple|purplish|blue|bluish|red|reddish|mottled|blotchy|marbled|white|pale|gr[ae]y|dusky|discolou?r\w*|flush\w*|"
    r"cold|colder|icy|ice cold|freezing|hot|warm|burning hot|swollen|"
    r"morad\w*|amoratad\w*|azul\w*|roj[oa]s?|rojiz[oa]s?|enrojec\w*|colorad[oa]s?|jaspead[oa]s?|manchad[oa]s?|marmore\w*|blanc[oa]s?|palid[oa]s?|gris\w*|"
    r"fri[oa]s?|helad[oa]s?|calient\w*|hinchad[oa]s?|ardiendo"
)
_LIMB_COLOUR_SENTENCE_42K = (
    r"(?=[^.?!]{0,200}\b(?:" + _LIMB_SUBJECT_42K + r")\b)" + _SENTENCE_40D(_LIMB_COLOUR_42K)
)
_CHRONIC_LIMB_CONDITION_42K = (
    r"crps|rsd|sdrc|complex regional\w*|regional pain|reflex sympathetic|sympathetic dystroph\w*|causalgia|algo ?dystroph\w*|sudeck\w*|"
    r"(?:sindrome de )?dolor regional complejo|sindrome de dolor regional|distrofia simpatic\w*|algodistrofia|"
    r"raynaud\w*|erythromelalgia|eritromelalgia|mcas|mast cells?|mastocit\w*|activacion mastocitaria|mast cell activation"
)
_HABITUAL_42K = (
    r"when|whenever|every ?time|each time|every (?:\w+ )?(?:evening|night|morning|afternoon|day|winter|week|time)|in the (?:evening|evenings|morning|mornings|winter|cold)|"
    r"at night|by the evening|sometimes|some days|always|often|usually|normally|at times|tends? to|again and again|on and off|off and on|"
    r"after (?:i |he |she |we )?(?:exercis\w*|work\w* out|walk\w*|running|run|a walk|a run|gym|showers?|showering|standing|sitting|stress|the gym|workouts?|yoga|swimming|a long day)|"
    r"in (?:a |the |my )?(?:cold|flares?|flare ?ups?)|(?:with|during|in) (?:the |my |a |her |his )?(?:flares?|flare ?ups?|stress|cold)|flares?|flaring|flare ?ups?|"
    r"(?:turns|goes|gets|changes|becomes|go|turn|get|change|become)|"
    r"siempre|a veces|aveces|cada (?:vez|noche|tarde|manana|dia|invierno|rato)|todas las (?:noches|tardes|mananas)|todos los dias|cuando|en las (?:noches|tardes|crisis|mananas)|"
    r"por las (?:noches|tardes|mananas)|con el frio|en el frio|en invierno|despues de (?:hacer ejercicio|ejercicio|caminar|correr|banarme|bañarme|entrenar|estar de pie)|"
    r"en (?:las |los )?(?:crisis|brotes|ataques)|durante (?:las |los )?(?:crisis|brotes)|suele\w*|seguido|se (?:me |le |les )?(?:pone|ponen|vuelve|vuelven)"
)
_CHRONIC_LIMB_MARK_42K = (
    _MARK_39D(_CHRONIC_LIMB_CONDITION_42K) + r"(?=[\s\S]*\b(?:" + _HABITUAL_42K + r")\b)"
)
# Stops, read over the whole message: the limb an emergency now (sudden, not going back, numb and
# unmovable, since an injury or a cast, no pulse, after an injection into it, since this morning or for
# hours, new, worse or black), chest pain or short of breath, a long flight or a clot, blue lips or face,
# not breathing or fainting, pills taken too many, the writer's own wish, a danger now.
_CHRONIC_LIMB_STOPS_42K = (
    r"(?:" + _NOW_39F + "|" + _OWN_WISH_40D + r"|"
    r"sudden\w*|all of a sudden|out of nowhere|de repente|de golpe|de la nada|repentin\w*|"
    r"(?:is not|isnt|has not|hasnt|not|never|will not|wont|does not|doesnt|did not|didnt) (?:\w+ )?(?:going|gone|go|went|come|coming|came) (?:back|away)|"
    r"no (?:se )?(?:me |le )?(?:quita|quito|pasa|paso|vuelve|volvio|regresa|regreso|mejora)|sigue (?:\w+ )?(?:morad\w*|azul\w*|fri[oa]|helad[oa]|blanc[oa]|negr[oa])|"
    r"still (?:\w+ )?(?:purple|blue|cold|white|black|numb)|(?:for|since) (?:\w+ )?hours|hours? ago|hace (?:\w+ )?horas?|lleva (?:\w+ )?horas|"
    r"(?:in|within|over|for) (?:the |an |one |a )?(?:last |past )?(?:\w+ )?hours?|(?:en|durante) (?:la|las) (?:ultimas? )?(?:\w+ )?horas?|en la ultima hora|"
    r"not (?:\w+ )?(?:my|the|her|his|their) (?:\w+ )?(?:crps|rsd|sdrc|raynaud\w*|mcas)|no es (?:\w+ )?(?:mi|la|su|el) (?:\w+ )?(?:con )?(?:crps|sdrc|raynaud\w*|mcas)|"
    r"(?:the )?other (?:leg|foot|hand|arm|side)|(?:la |el )?otr[oa] (?:pierna|pie|mano|brazo|lado)|"
    r"since (?:this morning|today|yesterday|last night|lunch|noon|\d+)|this morning|esta manana|desde (?:esta manana|hoy|ayer|anoche|la manana|el mediodia)|today|hoy|tonight|esta noche|"
    r"(?:can not|cant|could not|couldnt|unable to|will not|wont|would not|does not|doesnt|do not|dont) (?:\w+ )?(?:move|feel|wiggle|bend|lift)|no (?:lo |la |los |las |me |le )?(?:puedo|puede|podia) (?:mover|sentir|doblar|levantar)|"
    r"no (?:lo |la |los |las )?(?:siento|siente)|paraly\w*|paraliz\w*|"
    r"injur\w*|since (?:i|he|she|they) (?:\w+ )?(?:fell|broke|hurt|injured|twisted|crushed|sprained|hit)|since the (?:fall|accident|crash|fracture|break)|"
    r"just (?:fell|broke|hurt|injured|twisted|crushed|sprained|hit)|(?:fell|broke|crushed|twisted|sprained) (?:it|my|his|her) (?:\w+ )?(?:today|yesterday|this)|"
    r"desde (?:que )?(?:me |se |le )?(?:cai|cayo|golpe\w*|lastim\w*|fractur\w*|torc\w*|quebr\w*|romp\w*)|desde (?:la|el) (?:caida|golpe|accidente|fractura|lesion)|"
    r"casts?|splints?|yeso|ferula|escayola|enyesad\w*|tight bandage|vendaje apretado|"
    r"pulse|pulses|pulso|"
    r"(?:inject\w*|injection|shot|inyecc\w*|inyect\w*|pinchazo|bloqueo|nerve block|block|iv|needle|aguja) (?:in|into|en|on|at) (?:it|my|the|his|her|el|la|mi|su)\b|"
    r"(?:after|since|right after|desde|despues de) (?:the|an|my|a|that|la|una|el|mi|su|esa) (?:\w+ )?(?:injection|shot|nerve block|block|iv|inyeccion|bloqueo|pinchazo)|"
    r"me (?:inyect\w*|pinch\w*)|le (?:inyect\w*|pinch\w*)|injected|"
    r"chest|pecho|breath\w*|respir\w*|short of|shortness|sob|winded|ahog\w*|falta (?:de )?aire|"
    r"flights?|flew|plane|airplane|vuelo|avion|long (?:drive|car ride|trip|bus ride)|road trip|viaje largo|clot\w*|dvt|thromb\w*|trombo\w*|coagul\w*|embol\w*|"
    r"(?:lips|labios|boca|mouth|face|cara|tongue|lengua) (?:\w+ ){0,3}?(?:blue|purple|gr[ae]y|azul\w*|morad\w*|gris\w*)|(?:blue|purple|gr[ae]y) (?:lips|face)|"
    r"not breathing|no (?:esta )?respira|unresponsive|inconsciente|no responde|no despierta|faint\w*|passed out|pass(?:ing)? out|desmay\w*|collaps\w*|"
    r"first time|primera vez|this time|esta vez|(?:not|unlike) (?:\w+ )?(?:my|the|her|his) (?:usual|normal)|no es (?:lo|mi|su) (?:normal|usual|de siempre)|never (?:done|happened|been|looked|gotten|got|seen)|nunca (?:se|le|me|habia)|different|diferente|worse|peor|empeor\w*|black|negr[oa]|gangren\w*|"
    r"fever|fiebre|pus|infect\w*|"
    r"(?:took|swallowed|downed) (?:all|the whole|a whole|every|too many)|too many|too much|demasiad\w*|whole bottle|frasco entero|todo el frasco|overdos\w*|sobredosis|"
    r"seeing things|hallucinat\w*|alucin\w*|confus\w*|heart (?:is )?(?:racing|pounding)|on purpose|a proposito|adrede)"
)
_add_whole_message_filters([
    (_filter(_LIMB_COLOUR_SENTENCE_42K), _CHRONIC_LIMB_STOPS_42K, _CHRONIC_LIMB_MARK_42K),
])

# The older filters of a chest that hurts from a cough or a cold (three, sharing one lookahead of
# stops) read "cold" as the illness ("my foot is purple and cold and i have chest pain and shortness of
# breath"); they give way to a shortness of breath told in any words (their own stop reads "short of
# breath" only) and to a limb told cold or purple.
_COUGH_CHEST_HEAD_42K = r"(?![\s\S]*\b(?:sweat\w*|sud\w*|arm|brazo|jaw|mandibula|(?:can not|cant|could not) breathe"
_COUGH_CHEST_FILTERS_42K = [i for i in IDIOMS if i.startswith(_COUGH_CHEST_HEAD_42K)]
assert len(_COUGH_CHEST_FILTERS_42K) == 3
for _idiom_42k in _COUGH_CHEST_FILTERS_42K:
    _add_stops(_idiom_42k, r"shortness|short of breath\w*|breathless\w*|sob|winded|(?:can not|cant|could not) (?:catch|get) (?:my |a )?breath\w*|"
               r"me falta (?:el )?aire|me ahogo|"
               # ...and to a limb told cold or purple (the cold is the limb's, not a chest cold)
               r"(?:legs?|foot|feet|arms?|hands?|toes|fingers|pierna|piernas|pie|pies|brazo|mano|dedos) (?:\w+ ){0,4}?(?:cold|icy|fri[oa]|helad[oa])|"
               r"purple|purplish|mottled|morad[oa]s?|jaspead[oa]s?", extend=True)

# --- round 42's gaps left by the round's helpers (helper m) ---
# Declared like round 42 (a, e)'s sections above: a filter over the sentence with the crisis words,
# stops read over the whole message, a mark the message must hold; each gives way to a danger told now
# (STOPPED_AT_PRESENT_DANGER).
#
# 1. A barber, a hairdresser or a surgeon with a razor, a blade or a scalpel at a customer's or a
# patient's neck, face or skin as part of the job (a shave, a trim, a fade, an operation): the trade,
# not a blade held to one's own neck or to someone's throat as a threat. Needs the trade or the job
# named. Stops: the writer's own wish or weariness, the writer's own neck or wrist, a threat, an ex or
# a robbery, blood that will not stop, a danger now.
_BLADE_42M = (
    r"razors?|straight razor|razor blades?|blades?|scalpels?|navajas?|navaja de afeitar|cuchillas?|hojas? de afeitar|bisturi\w*"
)
_BARBER_OR_SURGEON_MARK_42M = _MARK_39D(
    r"barbers?|barbershop|barber shop|hairdressers?|hair ?stylists?|stylists?|beautician|esthetician|"
    r"surgeons?|surgery|surgical|operation|operating (?:room|table)|dermatologists?|biopsy|mole removal|hot towel|"
    r"barber[oa]s?|barberia|peluquer[oa]s?|peluqueria|estilistas?|salon de belleza|cirujan[oa]s?|cirugia|operacion|quirofano|dermatolog[oa]s?|biopsia"
)
_BARBER_OR_SURGEON_STOPS_42M = (
    r"(?:" + _CORE_STOPS_40D + "|" + _OWN_WISH_39D + "|" + _WEARY_40F + r"|myself|my own (?:neck|throat|wrists?|skin|arm)|wrists?|"
    r"a mi mism[oa]|mi propi[oa] (?:cuello|garganta|muneca|piel)|munecas?|"
    r"threat\w*|amenaz\w*|(?:said|told me|dijo) (?:\w+ ){0,3}?(?:kill|hurt|cut|slit|matar|cortar|rajar)|or else|o te (?:mato|corto|rajo)|do not move or|no te muevas o|"
    r"kill|killed|murder\w*|matar\w*|mato|slit|degoll\w*|rob\w*|mugg\w*|asalt\w*|rob[oa]|my ex|mi ex|police|policia|hostage|reh[ea]n|"
    # a cut made by the writer, locked in, bleeding, a faint
    r"cut myself|cutting myself|cuts on|(?:me )?(?:hice|he hecho) (?:\w+ )?cortes?|me corte|cortarme|cortandome|heridas?|sangr\w*|blood|bleed\w*|"
    r"locked|encerr\w*|bathroom|bano|bathtub|tub|banera|tina|dizzy|faint\w*|mare\w*|desmay\w*|"
    r"(?:will not|wont|can not|cant) stop bleeding|no (?:para|deja) de sangrar|mucha sangre|a lot of blood)"
)

# 2. A relative or a roommate banging or pounding on a bathroom or a bedroom door in an ordinary
# household hurry (the baby, a towel, the shower, the toilet, late for work or school): a morning
# rush, not an attack at the door. Needs the household need named. Stops: threats, fear, an ex or a
# parent under an order, a weapon, drunk or high, a door kicked in or broken, hiding or locked in
# afraid, hitting, the police, the writer's own wish, a danger now.
_DOOR_BANG_42M = (
    r"(?:bang\w*|pound\w*|knock\w*|hammer\w*|rapping|beat\w*|slam\w*|kick\w*|golpe\w*|aporre\w*|toca\w*|toque\w*|tocaba\w*|azot\w*|pate\w*)"
    r"[^.?!]{0,40}?\b(?:door|puerta)"
)
_HOUSEHOLD_HURRY_MARK_42M = _MARK_39D(
    r"baby|babies|newborn|infant|diaper|diapers|bottle|towel|towels|shower|bath|bathe|bathing|toilet|potty|pee|peeing|poop|tooth ?brush|toothpaste|hair ?dryer|makeup|"
    r"need\w* (?:the|to use the|to use the) (?:bathroom|restroom|toilet)|had to (?:go|pee)|late for (?:work|school|the bus|class|church)|the bus|hurry|rush\w*|taking (?:forever|too long|so long)|"
    r"bebe|bebes|panal\w*|mamila|biberon|toalla\w*|regadera|ducha|banar\w*|banarse|banarme|excusado|inodoro|hacer pipi|pipi|popo|cepillo de dientes|secadora|maquillaje|"
    r"se (?:le|me|les|nos) (?:hace|hacia|hizo) tarde|llegar tarde|tarde (?:al|a la|para el|para la) (?:trabajo|escuela|camion|clase)|prisa|apur\w*|carrera"
)
_DOOR_HURRY_STOPS_42M = (
    r"(?:" + _CORE_STOPS_40D + "|" + _OWN_WISH_39D + r"|threat\w*|amenaz\w*|kill|killed|matar\w*|mato|hurt me|lastimar\w*|hit me|hits me|beat me|me pega\w*|me golpe\w*|"
    r"scared|afraid|terrified|fear|frighten\w*|miedo|asustad[oa]|aterrad[oa]|panic\w*|hiding|hide|escond\w*|locked myself|me encerre|"
    r"my ex|mi ex|ex (?:husband|wife|boyfriend|girlfriend)|(?:restraining|protective|protection|no contact) order|orden de (?:restriccion|alejamiento|proteccion)|"
    r"knife|gun|weapon|bat|hammer|machete|cuchillo|pistola|arma|bate|martillo|"
    r"drunk|high|wasted|borrach\w*|drogad\w*|kick\w* (?:it|the door) in|broke (?:down |in |through )?(?:the )?door|tumb\w* la puerta|romp\w* la puerta|rompio la puerta|"
    r"police|policia|cops|911|abus\w*|maltrat\w*|violen\w*|(?:will not|wont) (?:let me|leave)|no me deja|no se va|"
    # someone shut in who does not answer, a goodbye, pills or a blade
    r"(?:will not|wont|does not|doesnt|is not|isnt|not|did not|didnt) (?:\w+ )?(?:answer\w*|respond\w*|open\w*|come out|reply\w*)|no (?:me )?(?:contesta|responde|abre|sale)|"
    r"locked (?:herself|himself|themselves)|se encerro|goodbye|adios|despedi\w*|pills|pastillas|se tomo|swallowed|se trago|"
    r"razor|blade|navaja|cuchilla|cutting|cortando|overdos\w*|sobredosis)"
)

# 3. Passwords, logins or account access shared for ordinary reasons: a coworker covering while the
# writer is on vacation or on parental leave (a handover), a family's streaming account, a relative
# paying bills while the writer travels. Needs the ordinary reason named. Stops: the writer's own wish
# or weariness, a farewell or not needing them any more, a means (a gun, pills), silence and worry.
_LOGINS_42M = (
    r"passwords?|passcodes?|pass codes?|logins?|log ins?|credentials|account access|(?:access|acceso) (?:to|a) (?:my|mi|mis|his|her|the|la|el|los)|"
    r"contrasenas?|claves?|usuarios? y contrasenas?|credenciales|accesos"
)
_ORDINARY_SHARING_MARK_42M = _MARK_39D(
    r"vacation|vacations|vacay|holiday|pto|time off|out of office|ooo|travel\w*|trip|(?:parental|maternity|paternity|medical|sick) leave|maternity|paternity|parental|handover|hand over|hand off|handoff|"
    r"cover\w* for me|covering|while i am (?:out|off|away|gone)|while im (?:out|off|away|gone)|shared (?:drive|folder|account|inbox|calendar)|"
    r"netflix|hulu|disney|hbo|max|spotify|prime|streaming|family (?:plan|account)|wifi|bills|pay (?:my|the) bills|"
    r"vacaciones|viaje|viajando|de viaje|licencia|incapacidad|baja|permiso|maternidad|paternidad|entrega|relevo|cubrir\w*|me cubra|me cubre|suplir\w*|"
    r"carpeta compartida|drive compartido|cuenta (?:familiar|compartida)|project handover|handover|"
    r"pagar (?:mis|las) (?:cuentas|facturas)|facturas"
)
_ORDINARY_SHARING_STOPS_42M = (
    r"(?:" + _CORE_STOPS_40D + "|" + _OWN_WISH_39D + "|" + _WEARY_40F + r"|goodbye|good bye|bye|farewell|adios|despedi\w*|me despido|"
    r"(?:will not|wont|do not|dont) need (?:them|it|these) (?:\w+ )?(?:any ?more|anymore|where)|no (?:los|las|lo|la) (?:voy a )?necesit\w*|"
    r"(?:not|never) (?:be )?(?:coming|come) back|no (?:voy a |va a )?(?:volver|regresar)|any ?more|anymore|no longer|ya no|for good|forever|para siempre|understand (?:later|soon|one day)|entender\w* (?:despues|luego|algun dia)|"
    r"gun|pistol\w*|arma|pills|pastillas|rope|soga|"
    r"not answering|(?:has not|hasnt|have not|havent) (?:answered|replied|heard)|no (?:contesta|responde)|no (?:ha )?(?:contestado|respondido)|"
    + _NO_REPLY_42A + r"|(?:is not|isnt|not|has not been|hasnt been) (?:\w+ )?picking up|know what to do|sabras? (?:que|lo que) hacer|lives alone|vive sol[oa]|"
    r"401 ?k|retirement|pension|life insurance|seguro de vida|bank accounts?|cuentas? (?:del banco|bancarias?)|"
    r"worried|worry|scared|afraid|preocupad[oa]|miedo|asustad[oa]|last (?:message|time|text)|ultimo mensaje|my will|last will|testamento|take care of (?:my|the) (?:kids|dog|cat|pets)|cuid\w* a mis)"
)

_ROUND_42_M = [
    (_filter(_SENTENCE_40D(_BLADE_42M)), _BARBER_OR_SURGEON_STOPS_42M, _BARBER_OR_SURGEON_MARK_42M),
    (_filter(_SENTENCE_40D(_DOOR_BANG_42M)), _DOOR_HURRY_STOPS_42M, _HOUSEHOLD_HURRY_MARK_42M),
    (_filter(_SENTENCE_40D(_LOGINS_42M)), _ORDINARY_SHARING_STOPS_42M, _ORDINARY_SHARING_MARK_42M),
]
_add_whole_message_filters(_ROUND_42_M)

# 4. A medicine taken "with the intention of dying", "intending to die", "wanting to die", "con la
# intención de morirse", "con intenciones de quitarse la vida", "para quitarse la vida": the intent
# named by a noun or a gerund, like "on purpose" / "a propósito" above, read once an overdose is
# detected (detector._refine_overdose): the intentional overdose guidance, not the non-opioid steps.
OVERDOSE_KINDS["intentional"] = OVERDOSE_KINDS["intentional"] + [
    r"(?<!\bnot\s)(?<!\bwithout\s)(?:with|with the|with an|with every|with full|w|w the|w/|w/ the) (?:intention|intent|idea|aim|goal|purpose|plan) (?:of|to) "
    r"(?:dying|die|killing (?:myself|himself|herself|themselves)|kill (?:myself|himself|herself|themselves)|ending (?:it|it all|my life|his life|her life|their life|their lives)|"
    r"end (?:it|it all|my life|his life|her life|their life)|taking (?:my|his|her|their) (?:own )?life|not waking up|never waking up|suicide)",
    r"(?<!\bnot\s)(?<!\bnot really\s)(?:intending|meaning|wanting|wishing|hoping|planning|aiming|determined) to (?:die|be dead|kill (?:myself|himself|herself|themselves)|"
    r"end (?:it|it all|my life|his life|her life|their life|their lives)|take (?:my|his|her|their) (?:own )?life|not wake up|never wake up)",
    r"(?<!\bsin\s)(?:con|con la|con toda la|con una|con intencion|con la idea|con el proposito|con el fin|con el objetivo) ?(?:intencion|intenciones|idea|proposito|fin|objetivo|plan)? (?:de|para) "
    r"(?:morir\w*|matar(?:me|se|te)|suicidar(?:me|se|te)|quitar(?:me|se|te) la vida|acabar con (?:su|mi|tu) vida|no despertar\w*|no volver a despertar)",
    r"(?<!\bsin\s)(?<!\bno\s)(?<!\bno estoy\s)(?<!\bno estaba\s)(?:queriendo|deseando) (?:morir\w*|matar(?:se|me)|suicidar(?:se|me)|quitar(?:se|me) la vida|acabar con (?:su|mi) vida|no despertar\w*)",
    r"para (?:quitar(?:se|me|te) la vida|suicidar(?:se|me|te)|acabar con (?:su|mi|tu) vida|no volver a despertar|dormir(?:se|me)? para siempre)",
]

# --- round 43's passive wishes inside a question (helper c) ---
# The families are phrases.py's (round 43, helper c): a doubt of still wanting to be around by the next
# opening, a first responder's survivor wish, an elderly writer's weariness of life in learner's English,
# a relayed "no point going on", "just existing until i am not". These filters keep their look-alikes
# harmless; each stops at the writer's own wish (any of those families, or the older own-wish words).
_RISK_43C = "|".join([
    _OWN_WISH_39D, _F.WANT_AROUND_BY_THEN_43C, _F.SURVIVOR_WISH_RESPONDER_43C, _F.ESL_WEARY_OF_LIFE_43C, _F.NO_POINT_GOING_ON_43C,
    _F.EXISTING_UNTIL_NOT_43C,
    r"tired of (?:life|being alive|it all|everything)|(?:no|what is the|whats the) point (?:in |of )?(?:living|life|anything|being alive)|want to (?:disappear|be dead)|"
    r"not want to (?:be here|be alive|exist|live)|(?:wish|wished|wishes) (?:that )?i (?:was|were|had been|would been|could be) dead|hopeless|no hope|give up on life|"
    r"died with|should have (?:died|been me)|shouldve (?:died|been me)|survivor(?:s)? guilt|why did i (?:survive|live|make it)|kill(?:ed)? myself|overdos\w*|pills",
])
# 1. Away on the date asked about ("not sure i will be around that week, i travel", "might not be here
# the 12th, i am at a conference"): a schedule, with a trip, work or a move named in the message.
_AWAY_43C = (
    r"(?:not sure|unsure|may not|might not|probably not|probably will not|will not|wont|not going to|(?:do not|dont) know if|idk if|no idea if|not certain)(?: if| whether)?"
    r"(?: i will| i would| i am going to| i| we will| we)?(?: be)? (?:around|here|in town|available|home|free|back|able to make it|in the area|in the country)\b"
    r"(?:[^.?!]{0,40})"
)
_AWAY_MARK_43C = (
    r"travel\w*|trip|out of town|vacation|holiday|business|conference|work\w*|flying|fly|flight|visiting|visit|moving|move|schedule|shift|deploy\w*|cruise|wedding|"
    r"surgery|family|kids|school|camp|out of state|abroad|overseas|reschedul\w*"
)
# The appointment asked about is not a reason to be away, and "by then", "still", "anymore" make the
# doubt one of being alive ("i have an appointment next week but i will not be around by then").
_NOT_AWAY_43C = r"by then|by that (?:date|time|day|point)|by the time|by the date|still|anymore|any more|much longer|for long"
# 2. A wish to have been somewhere for an event ("i wish i had been in new york for the parade", "wish i
# could have been at the game").
_EVENT_43C = (
    r"(?:parade|parades|game|games|concert|wedding|show|festival|party|celebration|marathon|event|birthday|ceremony|graduation|fireworks|match|premiere|reunion|"
    r"opening|fair|holidays|christmas|new year\w*|thanksgiving|vacation|trip|countdown|ball drop|super ?bowl|world series|finals|launch|eclipse|funeral|memorial|play|recital)"
)
_WISH_EVENT_43C = (
    r"wish(?:ed|es)? (?:that )?i (?:had |would |would have |could have |could |was |were |d |had gone |went )?(?:have )?(?:been |gone |went |be |go )?(?:to|in|at|there|over) "
    rf"(?:(?:\w+ ){{0,3}}?(?:for|to see|to watch|during|at|in time for|when|on) )?(?:the |a |an |that |his |her |my |their |our |this )?(?:[\w']+ ){{0,2}}?{_EVENT_43C}\b"
)
# 3. Tired of living in a place or with someone, learner's English or not ("i am tired of living in this
# apartment", "tired of live with my son", "tired of living paycheck to paycheck").
_PLACE_43C = (
    r"(?:apartment|apartments|flat|house|home|room|building|city|town|village|neighborhood|neighbourhood|street|basement|trailer|dorm|condo|area|place|country|state|"
    r"noise|mess|suitcase|boxes|box|car|shelter|motel|hotel|roommates?|in laws|parents|son|daughter|family|cold|heat|dust|mold|cockroaches|roaches|rent|hospital|nursing home)"
)
_TIRED_OF_PLACE_43C = (
    r"(?:tired|tire|sick|weary|fed up) (?:of|from|with) (?:living|live|to live|stay|staying) (?:in|at|with|near|on|under|above|next to|out of|inside|by|among) "
    rf"(?:this |the |my |a |an |our |that |such a |these |those |his |her )?(?:\w+ ){{0,2}}?{_PLACE_43C}\b|tired (?:of|from) (?:living|live) (?:paycheck to paycheck|alone in)"
)
# 4. No point going on with a treatment ("no point going on with the old medicine", "no reason to
# continue on the lexapro").
_NO_POINT_TREATMENT_43C = (
    r"no (?:point|reason|use|sense) (?:in |of |to )?(?:going on|continuing|continue|carrying on|carry on|keeping on|staying|sticking|keep going|go on) (?:with|on|taking) "
    r"(?:the |my |this |that |his |her |these |those |it |them )?(?:\w+ ){0,2}?(?:medicine|medicines|med|meds|medication|medications|treatment|treatments|pills|pill|dose|doses|"
    r"therapy|therapist|drug|drugs|antidepressants?|ssris?|infusions?|sessions?|spravato|ketamine|program|plan|prescription|lexapro|zoloft|prozac|wellbutrin|"
    r"injections?|spray|insurance|doctor|psychiatrist|clinic|one|ones|brand|generic)\b"
)
# 5. Getting by on something until a date ("just existing on coffee until my vacation", "surviving on
# ramen till payday").
_ON_UNTIL_43C = (
    r"(?:just |only |basically |kinda |pretty much )*(?:existing|exist|surviving|survive|living|running|getting by|going|functioning|coasting|hanging on|holding on) "
    r"(?:(?:on|off) (?:\w+ ){1,3}?)?(?:until|till|til|untill) (?:my|the|payday|pay day|friday|saturday|sunday|monday|tuesday|wednesday|thursday|summer|spring|winter|fall|christmas|"
    r"vacation|break|next|i get|we get|school|the weekend|\d+|5|five|retirement|graduation)\b"
)
# 6. A 9/11 or first responder with PTSD asking about treatment, with no wish told.
_RESPONDER_PTSD_43C = (
    r"(?:9/11|911|9 11|ground zero|wtc|world trade center|first|fdny|nypd|emergency|retired|former|ex)(?: \w+){0,2}? (?:responder|firefighter|fireman|cop|officer|medic|paramedic|emt|"
    r"worker|volunteer|survivor|recovery worker|rescuer|ironworker)s?\b[^.?!]{0,80}?\b(?:ptsd|post traumatic|trauma|nightmares|flashbacks)\b"
)
_TREATMENT_ASKED_43C = (
    r"treat\w*|help|ketamine|spravato|infusion\w*|therap\w*|insurance|covered|cover|program|appointment|appt|intake|referral|eligible|accept|take|see|work with|cost|price"
)
_ROUND_43_C = [
    (_filter(_AWAY_43C), _RISK_43C + r"|want to|wanna|alive|exist|make it|last that long|living|gave away|giving away|given away|give away|cancel\w*|"
     + _NOT_AWAY_43C, _MARK_39D(_AWAY_MARK_43C)),
    (_filter(_WISH_EVENT_43C), _RISK_43C + r"|towers?|ground zero|crash|collapse|rubble|died|dead|instead of (?:him|her|them)", None),
    (_filter(_TIRED_OF_PLACE_43C), _RISK_43C, None),
    (_filter(_NO_POINT_TREATMENT_43C), _RISK_43C.replace(_F.NO_POINT_GOING_ON_43C + "|", ""), None),
    (_filter(_ON_UNTIL_43C), _RISK_43C, None),
    (_filter(_RESPONDER_PTSD_43C), _RISK_43C + r"|wish\w*|should have been|shouldve been|been me|instead|instead of me|suicid\w*", _MARK_39D(_TREATMENT_ASKED_43C)),
]
_add_whole_message_filters(_ROUND_43_C)

# --- round 43's overdose and medical told in clinical Spanish (helper d) ---
# A nursing, medical or EMT student asking to have agonal or gasping breathing explained for a class or
# an exam, without a question mark ("nursing student here, can someone explain agonal breathing vs normal
# breathing for my pharm class", "explicame la respiracion agonica para mi examen de enfermeria"): a
# topic. The filter covers the sentence naming the breathing; the message must name the study and ask for
# an explanation. Stops: a rescue under way now (phrases._RESCUE_NOW_43D), someone in front of the writer
# or not breathing now, now, 911, the writer's own wish or use.
_AGONAL_WORDS_43D = (
    r"agonal(?: breathing| breaths?| resp\w*| gasps?)?|gasping|respiracion(?:es)? agonicas?|agonic[oa]s?|boqueo|boqueadas|jadeos? agonicos?"
)
_EXPLAIN_STUDY_MARK_43D = (
    _MARK_39D(r"explain\w*|what (?:is|are|does|do)|what s|difference|differ\w*|vs|versus|define|definition|describe|how (?:do you|to) (?:recogni[sz]e|tell|identify|spot)|"
              r"looks? like|sounds? like|explica\w*|que es|que son|diferencia\w*|defin\w*|describ\w*|como (?:se )?(?:reconoce|identifica|distingue|ve|oye|escucha)")
    + r"(?=[\s\S]*\b(?:nursing|medical|med|emt|paramedic|pharm|pharmacy|pa|np|anatomy|physiology|pathophys\w*|premed|pre med) (?:student|school|class|exam|final|quiz|test|course|lecture|program)|"
    r"(?:student|class|exam|lecture|course|quiz|homework|assignment|nclex|usmle|boards|estudiante|clase|examen|parcial|curso|tarea|carrera|facultad|universidad|enarm)\b)"
)
_AGONAL_STUDY_STOPS_43D = (
    r"(?:" + _CORE_STOPS_42E + "|" + _F._RESCUE_NOW_43D + r"|in front of me|next to me|on the floor|frente a mi|enfrente de mi|a mi lado|en el (?:piso|suelo)|"
    r"my (?:roommate|friend|son|daughter|brother|sister|mom|dad|husband|wife|boyfriend|girlfriend|patient)\b[^.?!]{0,40}?\b(?:is|keeps|started)|"
    r"mi (?:companer[oa]|amig[oa]|hij[oa]|herman[oa]|mama|papa|espos[oa]|novi[oa]|paciente)\b[^.?!]{0,40}?\b(?:esta|tiene|sigue|empezo))"
)
_add_whole_message_filters([
    (_filter(_SENTENCE_41E(_AGONAL_WORDS_43D)), _AGONAL_STUDY_STOPS_43D, _EXPLAIN_STUDY_MARK_43D),
])

# --- round 43's false alarms, English (helper e) ---
# Declared like round 42 (e)'s section above: a filter over the sentence with the crisis words
# (_SENTENCE_41E), stops read over the whole message (the same scene with a danger now still fires), a
# mark the message must hold; each also gives way to a danger told now (STOPPED_AT_PRESENT_DANGER).
#
# The writer's own thoughts told now (round 42 e's list), a denial left out ("i am not suicidal", "i am
# never suicidal"), with a wish to join the dead ("thinking of joining them") and another's wish added.
_OWN_THOUGHTS_NOW_43E = (
    _OWN_THOUGHTS_NOW_42E.replace(r"i am (?:\w+ )?suicidal", r"i am (?!not |never |no )(?:\w+ )?suicidal", 1)
    .replace(r"(?:estoy|me siento) (?:\w+ )?suicida", r"(?:estoy|me siento) (?!no )(?:\w+ )?suicida", 1)
    + r"|join(?:ing)? (?:him|her|them|my (?:\w+ )?(?:friends?|brothers?|sisters?|buddies|son|daughter|dad|mom|husband|wife))|"
    r"(?:want|wants|wanted|wanna|going|gonna|trying|tried|threaten\w*|plan\w*) to (?:kill (?:myself|himself|herself|themselves)|die|end (?:it|my life|his life|her life))|"
    r"(?:thinking|think|thought) (?:about|of) (?:joining|following|going with|being with)|follow (?:him|her|them)|"
    r"(?:i am|i feel) (?:\w+ )?(?:next|the next one)|(?:i|he|she) (?:has|have|had) (?:a|the) (?:plan|gun|rope|pills)\b|"
    # self-harm under way, a wish to be dead, tonight
    r"(?:been |started |keep |keeps |still )?(?:cutting|burning|hitting|starving) (?:my|him|her)self|cut (?:my|him|her)self|me (?:estoy cortando|corto|he cortado)|"
    r"wish (?:i|he|she) (?:was|were|could be) dead|wish (?:i|he|she) (?:could )?(?:die|disappear|not wake up|never woke up)|tonight|esta noche"
)
assert _OWN_THOUGHTS_NOW_43E.count("(?!not |never |no )") == 1 and "(?!no )" in _OWN_THOUGHTS_NOW_43E
_CORE_STOPS_43E = r"(?:" + _SIGNS_NOW_37 + "|" + _NOW_39F + "|" + _OWN_THOUGHTS_NOW_43E + "|" + _TOOK_ALL_38 + ")"

# 1. A nursing-assistant, an EMT, a nursing or a paramedic class that learned the opioid overdose triad
# (pinpoint pupils, slow breathing, unresponsive) and a student asking whether a ketamine overdose looks
# the same: a course question. Needs the course, ketamine, the opioid or the triad, and a question.
# Stops: a classmate or someone overdosing, unresponsive or not breathing now, the writer's own use or wish.
_OD_SIGNS_WORDS_43E = (
    r"overdos\w*|od|ods|o ?d ?ing|triad|pinpoint\w*|pupils?|breath\w*|respirat\w*|respir\w*|unresponsiv\w*|unconscious\w*|apnea|"
    r"sobredosis|pupilas?|inconscien\w*|no responde"
)
# (round 37's signs now without "unresponsive" told as the triad: an unresponsive person is a stop)
_SIGNS_NOW_COURSE_43E = _SIGNS_NOW_37.replace("unresponsive|", "", 1)
assert _SIGNS_NOW_COURSE_43E != _SIGNS_NOW_37
_OD_COURSE_MARK_43E = (
    _MARK_39D(r"class|classes|course\w*|cna|lna|stna|nursing|nurse aide|nursing assistant|emt|emts|emt b|aemt|paramedic|medic|ems|school|program|"
              r"lecture|instructor|teacher|professor|module|textbook|book|exam|test|quiz|nclex|nremt|training|trained|study\w*|student\w*|taught|learn\w*|covered|"
              r"homework|lab|semester|clinicals?|curso|clase|escuela|estudi\w*|aprend\w*|ensen\w*")
    + r"(?=[\s\S]*\b(?:ketamin\w*|special k|esketamin\w*|k hole)\b)"
    + r"(?=[\s\S]*\b(?:opioid\w*|opiate\w*|heroin|fentanyl|morphine|narcotic\w*|triad|opioide\w*|opiaceo\w*|fentanilo)\b)"
    + r"(?=[\s\S]*(?:" + _QUESTION_41F + r"|\b(?:wonder\w*|curious|look the same|same (?:signs|way|thing)|compare\w*|differ\w*|me pregunto)\b))"
)
_OD_COURSE_STOPS_43E = (
    r"(?:" + _SIGNS_NOW_COURSE_43E + "|" + _NOW_39F + "|" + _OWN_THOUGHTS_NOW_43E + "|" + _TOOK_ALL_38 + r"|"
    r"(?:is|are|was|looks|seems|went|just went|got) (?:\w+ )?(?:unresponsive|unconscious|limp|inconsciente)|(?<!an )(?<!the )(?<!a )unresponsive (?:now|right|on|in|and)|"
    r"(?:classmate|friend|roommate|partner|brother|sister|someone|somebody|guy|girl|he|she|they|patient)(?: \w+){0,3}? (?:took|snorted|injected|did|used|is (?:overdosing|oding|blue|gray|grey)|just)\b|"
    r"(?:i|we) (?:just )?(?:took|snorted|injected|did|used) (?:\w+ )?(?:ketamin\w*|k|lines?|bumps?|vials?|pills)\b|at (?:the|a|this) party|"
    r"(?:can not|cant|won t|will not) (?:wake|get) (?:him|her|them)|(?:is|are) (?:still )?not (?:waking|responding|moving))"
)

# 2. "I'm killing myself working 16 hours a day", "killing myself with these double shifts", "she kills
# herself working": overwork told as an idiom, in the first or the third person, in learner's English
# ("i am kill myself working") or relayed by a spouse, asking about treatment. The filter needs the work
# (a job, shifts, hours, overtime) within a few words of the killing words; no mark. Stops: a wish to die
# or to kill oneself told beside it ("i want to kill myself"), a plan, the means, now, signs now.
_WORK_43E = (
    r"work\w*|job|jobs|shifts?|doubles|double(?:s| shifts?)?|overtime|over time|(?:\d+|twelve|fourteen|sixteen|eighteen|long|extra) ?(?:hours?|hrs?|h)|hours|"
    r"(?:two|three|2|3) jobs|grind\w*|hustl\w*|the (?:office|hospital|plant|factory|restaurant|warehouse|farm|site|store)|business|company|career|studying|"
    r"trabaj\w*|chamb\w*|turnos?|horas(?: extras?)?|doble turno"
)
_KILL_SELF_43E = (
    r"kill\w* (?:my|him|her|them|your|our)sel(?:f|ves)|kils? (?:my|him|her)self|kill myself|"
    r"(?:me|se|te) (?:estoy |esta |estas |estan )?(?:matando|mata|matan)|(?:matandome|matandose)"
)
_OVERWORK_43E = (
    r"[^.?!]{0,200}\b(?:(?:" + _KILL_SELF_43E + r")\b(?: \w+){0,4}? (?:" + _WORK_43E + r")|"
    r"(?:" + _WORK_43E + r")\b(?: \w+){0,3}? (?:is |are |was |has been |s )?(?:" + _KILL_SELF_43E + r"))\b[^.?!]{0,200}"
)
_OVERWORK_STOPS_43E = (
    r"(?:" + _SIGNS_NOW_37 + "|" + _NOW_39F + "|" + _TOOK_ALL_38 + "|" + _WEARY_40F + r"|"
    r"suicid\w*|(?:want|wants|wanted|wanna|going|gonna|trying|tried|thinking (?:about|of)|thought (?:about|of)|plan\w*|ready|decided|threaten\w*) (?:to )?(?:kill\w* (?:my|him|her)self|die|dying|end (?:it|my life|his life|her life))|"
    r"(?:i|he|she) will (?:kill (?:my|him|her)self|end it)|kill myself (?:tonight|today|for real|literally)|literally kill myself|"
    r"end (?:it all|my life)|better off (?:dead|without me)|(?:do not|dont|does not|doesnt) want to (?:live|be here|wake up|be alive)|hang (?:my|him|her)self|"
    r"hurt (?:my|him|her)self|(?:a|the|my) (?:gun|rope|plan)\b|not joking|not kidding|for real|i mean it|me quiero (?:matar|morir)|quiero (?:matarme|morir\w*)|"
    r"se quiere (?:matar|morir)|quitarme la vida|no es broma|en serio|ya no aguanto|no aguanto mas|tonight|esta noche|"
    r"(?:kill\w* (?:my|him|her)self|end it) (?:\w+ ){0,2}?(?:today|tomorrow|this (?:week|weekend|evening))|"
    r"wish (?:i|he|she) (?:was|were|could be) dead|(?:cutting|burning) (?:my|him|her)self|cut (?:my|him|her)self)"
)

# 3. Someone who lost friends, family or comrades to suicide, saying they are not suicidal or never had
# such thoughts, grieving, asking about grief, depression or PTSD treatment (with or without "but", in
# therapy or not, the loss recent or old). Needs the loss, the writer's denial and a treatment or grief
# word. Stops: the writer's own thoughts or wish told now (a denial left out), joining the dead, the
# writer's own gun or plan, a danger now.
_SUICIDE_LOSS_43E = (
    _COMRADE_SUICIDE_42E + r"|died by suicide|lost (?:\w+ ){0,4}?to suicide|took their own lives|killed themselves|ended their lives|overdos\w* on purpose|"
    r"not suicidal|suicidal thoughts|thoughts of (?:suicide|dying|killing myself|ending it|self harm)|such thoughts|those thoughts|that kind of thoughts?"
)
_LOSS_DENIAL_MARK_43E = (
    _MARK_39D(r"lost|losing|loss|losses|died|dead|death|deaths|passed|gone|suicides|buried|funeral|perdi|perdimos|murio|murieron|muerte")
    + r"(?=[\s\S]*\b(?:(?:i am|i m|im|i was|i have been|i ve been|i feel) (?:\w+ )?(?:not|never) (?:\w+ )?(?:suicidal|been suicidal)|not suicidal|never (?:\w+ ){0,2}?suicidal|"
    r"(?:never|not|no|do not|dont|don t|did not|have not|haven t|havent) (?:\w+ ){0,3}?(?:had|have|having|felt|feel|thought|think|get|got)? ?(?:\w+ ){0,2}?"
    r"(?:suicidal|thoughts (?:of|about) (?:suicide|killing|ending|hurting|harming|dying|joining)|those (?:thoughts|feelings)|such (?:thoughts|feelings)|that kind of (?:thoughts?|feelings?)|"
    r"any (?:thoughts|urges|intention|plans?) (?:of|to|about)|(?:want|wanted) to (?:die|hurt myself|end (?:it|my life)))|"
    r"no (?:suicidal )?(?:thoughts|ideation|intention|urges|plans?) (?:of|to|about|myself|like that)|no si\b|denies si)\b)"
    + r"(?=[\s\S]*\b(?:" + _AFTER_41E + r"|grie\w*|griev\w*|mourn\w*|bereave\w*|loss|depress\w*|sad\w*|sadness|guilt\w*|cry\w*|numb|"
    r"therap\w*|counsel\w*|treat\w*|help|helps|ketamin\w*|spravato|esketamin\w*|infusion\w*|appointment|psychiatr\w*|psycholog\w*)\b)"
)

# 4. A Coast Guard, Navy, EMS or lifeguard member whose training or work covered overdoses, drownings or
# rescues (at sea, on the job), now with PTSD and sleep trouble, asking whether the VA or insurance
# covers treatment. Needs the service, the trauma or the sleep, and the coverage. Stops: someone not
# breathing, drowning or overdosing now, the writer's own thoughts or wish, a danger now.
_RESCUE_WORDS_43E = (
    r"overdos\w*|ods?|drown\w*|near drown\w*|rescu\w*|recover\w* bodies|bodies|body recover\w*|overboard|man overboard|mass casualt\w*|cpr|narcan|naloxon\w*|"
    r"dead|died|death\w*|dying|fatal\w*|suicid\w*|calls?|unresponsiv\w*|not breathing|sobredosis|ahog\w*|rescat\w*|cadaver\w*|muert[oa]s?"
)
_SERVICE_COVERAGE_MARK_43E = (
    _MARK_39D(r"coast ?guard|coastie|uscg|navy|sailor|seaman|corpsman|marines?|cutter|ship|ships|boat crew|rescue swimmer|swimmer|ems|emt|emts|paramedic\w*|medic|"
              r"ambulance|lifeguard\w*|life guard\w*|beach patrol|firefighter\w*|fire department|first responders?|search and rescue|sar|military|army|air force|"
              r"veterans?|vet|active duty|reserv\w*|guardacostas|marina|salvavidas|paramedic[oa]s?|bomber[oa]s?|socorrista\w*")
    + r"(?=[\s\S]*\b(?:" + _AFTER_41E + r"|sleep\w*|insomni\w*|nightmares?)\b)"
    + r"(?=[\s\S]*\b(?:va|veterans affairs|v a|tricare|champva|insurance|insurer|cover|covers|covered|coverage|copay\w*|benefits?|in network|out of pocket|pay for|"
    r"medicare|medicaid|community care|workers comp\w*|workman s comp|seguro|cubre|cobertura|aseguranza)\b)"
)
# (the ambulance is the writer's work here: 911 and "help me" still stop)
_NOW_NO_AMBULANCE_43E = _NOW_39F.replace(r"|ambulanc\w*|", "|", 1)
assert _NOW_NO_AMBULANCE_43E != _NOW_39F
_RESCUE_STOPS_43E = (
    r"(?:" + _SIGNS_NOW_37 + "|" + _NOW_NO_AMBULANCE_43E + "|" + _OWN_THOUGHTS_NOW_43E + "|" + _TOOK_ALL_38 + r"|call(?:ing|ed)? (?:an |the )?ambulanc\w*|mayday|(?:is|are) (?:\w+ )?(?:drowning|overdosing|unconscious|in the water|going under|sinking)|"
    r"(?:someone|somebody|a man|a guy|a woman|a kid|a child|my \w+) (?:\w+ ){0,2}?(?:fell|went) (?:overboard|in the water|into the water)|"
    r"(?:on|in) the (?:boat|ship|deck|water) (?:right )?now|(?:start|starting|doing|giving) cpr)"
)

_ROUND_43_E = [
    (_filter(_SENTENCE_41E(_OD_SIGNS_WORDS_43E)), _OD_COURSE_STOPS_43E, _OD_COURSE_MARK_43E),
    (_filter(_OVERWORK_43E), _OVERWORK_STOPS_43E, None),
    (_filter(_SENTENCE_41E(_SUICIDE_LOSS_43E)), _CORE_STOPS_43E, _LOSS_DENIAL_MARK_43E),
    (_filter(_SENTENCE_41E(_RESCUE_WORDS_43E)), _RESCUE_STOPS_43E, _SERVICE_COVERAGE_MARK_43E),
]
_add_whole_message_filters(_ROUND_43_E)

# --- round 43's Spanish suicide risk and wishes (helper b) ---
# Declared like round 42 (a, e, m)'s sections above: a filter over the sentence with the crisis words,
# stops read over the whole message, a mark the message must hold; each gives way to a danger told now
# (STOPPED_AT_PRESENT_DANGER).
#
# 1. Pills taken "with the idea of not waking" told in other words ("para ya no despertar", "con la
# idea de no despertar mas", "esperando no despertar nunca"): round 42 (m)'s intentional kinds read
# "no despertar" right after "de/para"; these add "ya", "nunca", "mas" and the hoping verbs.
OVERDOSE_KINDS["intentional"] = OVERDOSE_KINDS["intentional"] + [
    r"(?<!\bsin\s)(?:con (?:la |una |toda la )?(?:idea|intencion|intenciones|esperanza|proposito|fin|ilusion|ganas) (?:de|para)|para|pa|queriendo|esperando|deseando|pensando en|a ver si) "
    r"(?:ya |nunca |jamas )?(?:no )?(?:volver a )?despertar(?:me|se|te)?(?: nunca| nunca mas| mas| jamas)?"
    r"(?! en toda la noche| hasta| temprano| a media| en la noche| durante la noche| a las| tan)(?!\w)",
]

# 2. A sleeping pill taken "with the idea of not waking up all night" or "until morning": sleeping
# through, not an overdose. The filter covers the sentence naming the night. Stops: many or all pills,
# a bottle or a box, the writer's own wish or weariness, a danger now, "never" or "ever again".
_SLEEP_THROUGH_43B = (
    r"(?:no )?despertar(?:me|se|te)? (?:en toda la noche|toda la noche|hasta (?:la manana|el otro dia|el dia siguiente|las \d+|mediodia|que suene)|"
    r"a (?:media noche|medianoche|mitad de la noche)|en la madrugada|durante la noche|en la noche|temprano|tan temprano)|"
    r"(?:sleep|sleeping) (?:through the night|all night|until (?:morning|the alarm))|(?:not|never) wak\w* up (?:in the middle of the night|at night|all night|at \d+)"
)
_SLEEP_THROUGH_STOPS_43B = (
    r"(?:" + _CORE_STOPS_41F + r"|todas|todo el|frasco|bote|caja|cajas|blister\w*|pomo|muchas|varias|demasiad\w*|un monton|puno|punado|"
    r"all (?:of )?(?:the|my)|whole|bottle|box|too many|handful|nunca mas|jamas|para siempre|never again|forever|no volver|morir\w*|die|dying|vivir|live)"
)
# 3. A friend leaving for another country or a trip ("se muda a Mexico", "mientras estoy en Mexico")
# thanking for everything or asking for a pet or the plants to be looked after: a goodbye before a
# move. Stops: no answer, a means or a job with medicines, the writer's own wish, worry, a note, forever.
_FRIEND_MOVE_MARK_43B = _MARK_39D(
    r"(?:se|me|nos) (?:muda|mudo|mude|va a mudar|voy a mudar|mudamos|mudara|mudaria)|mudanza|se va a vivir|me voy a vivir|se fue a vivir|mientras (?:estoy|esta|este|estoy fuera|ando|andes|ande) (?:en|de|fuera)|"
    r"(?:mientras|cuando) (?:regres\w*|vuelv\w*)|hasta que (?:regres\w*|vuelv\w*)|de viaje|de vacaciones|viaj\w*|intercambio|beca|nuevo trabajo|trabajo nuevo|"
    r"moving|moves|moved|while (?:i am|im|she is|he is|shes|hes) (?:in|away|gone|abroad)|trip|vacation|abroad|al extranjero|en el extranjero|"
    r"mexico|espana|colombia|peru|chile|argentina|venezuela|puerto rico|guatemala|honduras|el salvador|ecuador|cuba|dominicana|canada|europa|francia|alemania|italia|japon"
)
_FRIEND_MOVE_STOPS_43B = (
    r"(?:" + _CORE_STOPS_41F + "|" + _F._SILENCE_43B + r"|pastillas|pills|pistola|gun|arma|soga|rope|enfermer[oa]|nurse|farmac\w*|pharmac\w*|medicamentos|meds|"
    r"no (?:se )?(?:donde|sabemos donde) (?:esta|anda)|preocupad[oa]|worried|scared|miedo|nota|carta|letter|note|para siempre|forever|never (?:coming )?back|no (?:va a |voy a )?volver|"
    r"ultimo mensaje|last message|despedida|goodbye forever|perdon|sorry)"
)
_FRIEND_FAREWELL_WORDS_43B = _F._FAREWELL_43B
# 4. A gun kept at home asked about for a form (the VA, a permit, a license, insurance, a background
# check): no act. Stops: the gun put to the mouth or the head, beside the writer now, the writer's own
# wish or weariness, a danger now, a threat.
_GUN_WORDS_43B = r"pistolas?|armas?(?: de fuego)?|escopetas?|rifles?|revolver|guns?|firearms?|handguns?|pistols?"
_GUN_FORM_MARK_43B = _MARK_39D(
    r"formularios?|form|forms|paperwork|papeleo|solicitud|application|tramite|declarar|declaro|declare|registrar\w*|register\w*|"
    r"permiso|permit|licencia|license|seguro de (?:casa|hogar)|home insurance|homeowners|background check|"
    r"cuestionario|questionnaire|encuesta|survey"
)
_GUN_FORM_STOPS_43B = (
    r"(?:" + _CORE_STOPS_41F + r"|boca|cabeza|sien|mouth|head|temple|me (?:puse|meti|apunte)|se (?:puso|metio|apunto)|(?:put|held) (?:it|the gun)|"
    r"al lado|a mi lado|junto a mi|next to me|beside me|cargad[oa]|loaded|usarla|use it on|dispar\w*|shoot\w*|tiro|tiros|balazo|matar\w*|kill\w*|"
    r"(?:la|lo) (?:saco|saque|tiene en la mano|agarro)|estuche|amenaz\w*|threat\w*|anoche|last night|"
    r"done it|do it|hacerlo|lo hago|by then|para entonces|already|ya (?:la|lo) tengo|closet|clos(?:e|s)et|listo|lista|ready|plan|planned)"
)
# 5. An older person bored in retirement looking for a hobby, a class or volunteering: not a life
# without meaning. Stops: no meaning or nothing to live for, the writer's own wish or weariness.
_BORED_43B = r"aburrid[oa]s?|aburr\w*|me aburro|se aburre|bored|boring|boredom|tedio|no se que hacer con (?:mi|su|tanto) tiempo"
_HOBBY_MARK_43B = _MARK_39D(
    r"pasatiempos?|hobb(?:y|ies|ie)|aficion\w*|manualidades|voluntari\w*|volunteer\w*|clases?|cursos?|talleres?|taller|club|jardiner\w*|pintura|tejer|crochet|"
    r"gardening|painting|classes|class|course|crafts?|golf|pickleball|ajedrez|chess|baile|dance|yoga|que me recomiendan|recomendaciones|ideas para|what (?:can|should) i do"
)
_HOBBY_STOPS_43B = (
    r"(?:" + _CORE_STOPS_41F + "|" + _F._NO_MEANING_43B + "|" + _F._NOTHING_TO_LIVE_43B + r"|sin sentido|no tiene sentido|sentido|meaning|pointless|no vale la pena|"
    r"morir\w*|muerte|die|dying|death|dead|despertar|wake up|ketamin\w*|deprim\w*|depress\w*|triste|sad|solo|sola|alone|lonely)"
)
# 6. "Ojala no me hubiera despertado tan temprano": woken too early or by a noise, an annoyance. The
# phrase family (phrases.WISHED_NOT_WOKEN_43B) leaves the early waking out; this filter rules it out.
_WOKE_EARLY_43B = (
    r"ojala (?:ya )?no (?:me |se |te )?(?:hubiera|hubiese|hubieras) (?:despertado|levantado) (?:tan |mas |muy )?(?:temprano|tarde|pronto|con (?:el|la|ese|esa)|por (?:el|la)|a las|de la siesta|antes|en la madrugada)|"
    r"wish i (?:had not|hadnt|did not|didnt) (?:wake|woken|woke) up (?:so )?(?:early|at \d+)"
)
_WOKE_EARLY_STOPS_43B = r"(?:" + _CORE_STOPS_41F + r"|nunca mas|jamas|para siempre|morir\w*|vivir|ketamin\w*)"

_ROUND_43_B = [
    (_filter(_SENTENCE_40D(_SLEEP_THROUGH_43B)), _SLEEP_THROUGH_STOPS_43B, None),
    (_filter(_SENTENCE_40D(_FRIEND_FAREWELL_WORDS_43B)), _FRIEND_MOVE_STOPS_43B, _FRIEND_MOVE_MARK_43B),
    (_filter(_SENTENCE_40D(_GUN_WORDS_43B)), _GUN_FORM_STOPS_43B, _GUN_FORM_MARK_43B),
    (_filter(_SENTENCE_40D(_BORED_43B)), _HOBBY_STOPS_43B, _HOBBY_MARK_43B),
    (_filter(_SENTENCE_40D(_WOKE_EARLY_43B)), _WOKE_EARLY_STOPS_43B, None),
]
_add_whole_message_filters(_ROUND_43_B)

# --- round 43's questions read as crises and known gaps (helper k) ---
# Declared like round 42 (m)'s section above: a filter over the sentence with the crisis words, stops
# read over the whole message, a mark the message may need; each gives way to a danger told now.
#
# 1. "In and out of" a place of transit or of the commute: a station, a terminal, the subway, an
# airport, the city, work ("I'm in and out of Penn Station every day, is the clinic close?", "entro y
# salgo de la estacion todos los dias"). Round 40 (f)'s filter needs a visit or a schedule named; this
# one needs the place right after the in and out. Stops: round 40 (f)'s (consciousness, drifting,
# fainting, waking, answering, breathing, the eyes, someone "in and out" as a state, signs now).
_TRANSIT_PLACE_43K = (
    r"penn(?: station)?|grand central|port authority|union station|south station|north station|(?:30th|thirtieth) street|"
    r"(?:\w+ )?(?:station|stations|terminal|terminals|depot)|subways?|metro|the tube|trains?|buses|bus|ferry|ferries|airports?|jfk|laguardia|la guardia|lga|newark|ewr|"
    r"o ?hare|lax|path|lirr|metro ?north|nj ?transit|amtrak|septa|marta|bart|mbta|the city|manhattan|midtown|downtown|uptown|brooklyn|queens|the bronx|nyc|new york|"
    r"town|work|the office|my office|the building|the hospital parking|parking|garage|meetings?|"
    r"estacion|estaciones|terminal|central|subte|subterraneo|tren|trenes|camion|autobus|aeropuerto|la ciudad|el centro|nueva york|trabajo|la oficina"
)
_IN_OUT_OF_PLACE_43K = (
    r"(?:in and out|in ?n ?out|in-and-out|in & out|entrar y salir|entro y salgo|entra y sale|entrando y saliendo|entramos y salimos|entras y sales|entran y salen) "
    r"(?:of|from|de|del|at) (?:the |la |el |los |las |my |mi |a |an )?(?:\w+ ){0,2}?(?:" + _TRANSIT_PLACE_43K + r")"
)

# 2. A condition or an illness that "does not respond" to a treatment, a medicine or a class of them:
# MCAS that does not respond to antihistamines, a depression that did not respond to SSRIs ("que no
# responde a los antihistaminicos / al tratamiento / a los medicamentos"). The filter covers the
# sentence; the treatment must follow the response words. Stops: a person not responding now (a "no
# responde" with no treatment after it, "he is not responding"), breathing, waking, a faint, a
# colour, an anaphylaxis now (throat closing, swelling, lips, tongue, an epipen), now, the writer's own wish.
_TREATMENT_43K = (
    r"treatments?|meds|medications?|medicines?|drugs|antihistamin\w*|anti ?histamin\w*|antidepressants?|ssris?|snris?|maois?|tms|ect|therap(?:y|ies)|psychotherapy|"
    r"ketamine|spravato|infusions?|steroids?|prednison\w*|h1s?|h2s?|(?:h1|h2|histamine) blockers?|blockers|mast cell stabili[sz]ers?|benadryl|zyrtec|allegra|claritin|xyzal|"
    r"pepcid|famotidin\w*|cetirizin\w*|loratadin\w*|cromolyn|ketotifen|xolair|singulair|montelukast|zoloft|prozac|lexapro|wellbutrin|effexor|cymbalta|paxil|celexa|"
    r"trintellix|lithium|lamictal|abilify|seroquel|pills|painkillers|pain meds|nsaids|ibuprofen|gabapentin|lyrica|(?:any|every|all the|most) (?:\w+ )?(?:med|meds|medication|treatment|drug|pill)s?|"
    r"tratamientos?|medicamentos?|medicinas?|medicacion|antihistaminicos?|antidepresivos?|esteroides|cortisona|corticoides|prednisona|terapias?|pastillas|"
    r"analgesicos|ketamina|infusiones|ningun (?:tratamiento|medicamento|antidepresivo|antihistaminico)|ninguna (?:medicina|terapia|pastilla)"
)
_NOT_RESPONDING_TO_TREATMENT_43K = (
    r"(?:no|not|never|nunca|ya no|apenas|barely|hardly|does not|doesnt|did not|didnt|has not|hasnt|have not|havent|is not|isnt|are not|stopped|dejo de|dejaron de|won t|will not|wont|poorly|mal) "
    r"(?:\w+ ){0,2}?(?:respond|responds|responded|responding|responsive|react|reacts|reacted|reacting|responde|responden|respondio|respondido|respondiendo|reacciona|reaccionan|reacciono)"
    r"(?: (?:well|bien|fully|at all|completely|del todo|para nada|mucho|much|anymore|any more|ya|tan bien|as well))* (?:to|a|al|con|ante|for) (?:\w+ ){0,3}?(?:" + _TREATMENT_43K + r")"
)
_NOT_RESPONDING_STOPS_43K = (
    r"(?:" + _NOW_39F + "|" + _OWN_WISH_40D + "|" + _TOOK_ALL_38 + r"|"
    r"(?<!\bque )no (?:responde|reacciona|contesta)(?! (?:bien |del todo |para nada |mucho |ya |tan bien )?(?:a |al |con |ante ))|no (?:se )?despierta|"
    r"(?:not|no longer) (?:respond\w*|responsive|reacting|waking)(?! (?:well |fully |at all |anymore |any more |as well )?(?:to|for) )|unresponsive(?! to )|"
    r"(?:will not|wont|can not|cant) wake|not waking|(?:is|are) not breathing|not breathing|breath\w*|respir\w*|wheez\w*|"
    r"throat|garganta|closing|cerrando|swell\w*|swollen|hinch\w*|lips|labios|tongue|lengua|epi ?pen|epinephrin\w*|epinefrin\w*|adrenalin\w*|anaphyla\w*|anafila\w*|"
    r"passed out|pass(?:ing)? out|faint\w*|desmay\w*|collaps\w*|unconscious|inconsciente|blue|azul\w*|morad\w*|gr[ae]y|seizure|convuls\w*|chest|pecho|"
    r"emergency room|urgencias|on the floor|en el (?:piso|suelo)|overdos\w*|sobredosis)"
)

_ROUND_43_K = [
    (_filter(_SENTENCE_40D(_IN_OUT_OF_PLACE_43K)), _IN_OUT_STOPS_40F, None),
    (_filter(_SENTENCE_40D(_NOT_RESPONDING_TO_TREATMENT_43K)), _NOT_RESPONDING_STOPS_43K, None),
]
_add_whole_message_filters(_ROUND_43_K)

# 3. Round 42 (a)'s access sent, or belongings given away, and nobody can reach the person now
# (phrases.ACCESS_OR_GIVING_THEN_UNREACHABLE_43K) is a farewell under way, whatever past marker the
# clause of the sending holds ("he sent me all his passwords last week and nobody can reach him").
# Round 42 (a)'s filter of that silence ("no contesta" beside access sent: not a body that does not
# respond) must not give way to it, or the silence would read as a medical "no responde" again; its own
# stops (a body down, pills taken, found) still undo it.
PRESENT_DANGER = PRESENT_DANGER + [_F.ACCESS_OR_GIVING_THEN_UNREACHABLE_43K]
# Round 33's filter of the same silence beside a farewell sent (its stops: a body down) must hold for
# the same reason (merge review: "gave his watch away, 'gracias por todo', no contesta el telefono"
# had read as a medical "no responde").
STOPPED_AT_PRESENT_DANGER = STOPPED_AT_PRESENT_DANGER - {IDIOMS.index(_filter(_NO_REPLY_42A)), IDIOMS.index(_filter(_NO_REPLY_WORDS_33))}

# 4. Round 13's two Raynaud's filters (fingers white or blue in the cold; Raynaud's then a colour)
# ruled out a Raynaud's the writer denies: "not my Raynaud's, my hand is blue and cold for hours", "no
# es mi raynaud". They give way to the condition negated and to a limb cold or blue for hours.
_RAYNAUD_FILTERS_43K = [i for i in IDIOMS if i.startswith("(raynaud\\w*)\\b") or (
    i.startswith("(fingers|toes|hands|feet|fingertips|dedos|manos|pies)\\b") and "raynaud" in i)]
_RAYNAUD_DENIED_43K = (
    r"(?:not|isnt|is not|aint|never|no|nothing like|unlike) (?:\w+ ){0,2}?(?:my |the |her |his |their |a |from |due to |because of |just |usual |typical )*raynaud\w*|"
    r"raynaud\w* (?:is not|isnt|does not|doesnt|never|wont|will not) (?:\w+ ){0,2}?(?:last|do|like|this|it)|"
    r"no (?:es|son|parece|se parece a) (?:\w+ ){0,2}?(?:mi |el |su |la |del |por |de )*raynaud\w*|"
    r"(?:for|since) (?:\w+ )?hours|hours? (?:now|ago)|hace (?:\w+ )?horas?|lleva (?:\w+ )?horas|desde hace horas|por horas"
)
for _idiom_43k in _RAYNAUD_FILTERS_43K:
    _add_stops(_idiom_43k, _RAYNAUD_DENIED_43K, extend=True)

# --- round 43's Spanish false alarms widened (helper f) ---
# Declared like round 42 (e)'s section above, whose filters for these scenes were too narrow (a faint
# needed a day named and "fine now", "me va a matar" needed laughter): a filter over the sentence with
# the crisis words, stops read over the whole message, a mark the message must hold; each also gives
# way to a danger told now (STOPPED_AT_PRESENT_DANGER).
#

# 1. A relative, a neighbour or "people" saying ketamine kills, is dangerous or is a horse drug, and the
# writer asking whether it is true: an information question. Needs ketamine (or the treatment) named,
# someone's saying relayed and a question or a doubt. Stops: the writer's own wish or weariness, a dose
# taken, someone not waking or not breathing, how much it takes, hoping it does, now.
_KILLS_43F = (
    r"mata|matan|matar(?!se|me|te)\w*|mato|muere\w*|morir\w*|muert[oa]s?|muertes?|letal\w*|mortal\w*|peligros\w*|riesgos[oa]s?|caballos?|"
    r"kills?|killing|killed|die|dies|dying|dead|deadly|lethal|dangerous|horses?"
)
_SAYING_ASKED_MARK_43F = (
    _MARK_39D(r"ketamin\w*|esketamin\w*|spravato|special k|keta|el tratamiento|este tratamiento|ese tratamiento|esa (?:droga|medicina|sustancia)|ese (?:medicamento|tratamiento)|"
              r"the treatment|this treatment|that (?:drug|medicine|stuff)|infusion\w*|(?:con|de|por) (?:eso|esa cosa|esa madre)|(?:from|with|on) (?:that|it|this stuff)")
    + r"(?=[\s\S]*\b(?:dice|dicen|decia|decian|dijo|dijeron|me dijo|le dijeron|anda diciendo|andan diciendo|leyo|lei|leimos|escuche|escucho|escucharon|oi|oyo|vio|vi|"
    r"piensa|piensan|cree|creen|asegura|jura|insiste|segun|le da miedo|tiene miedo|tienen miedo|esta preocupad[oa]|"
    r"says|said|keeps saying|told me|tells me|heard|hears|read|saw|thinks|believes|claims|swears|insists|according to|is scared|is worried|is afraid)\b)"
    r"(?=[\s\S]*(?:\?|\b(?:es verdad|es cierto|sera verdad|sera cierto|eso es verdad|eso es cierto|es real|mito|que tan|que tanto|es seguro|es segura|sera|que le digo|como le explico|"
    r"verdad o|cierto o|es vdd|is (?:it|that|this) true|true or|myth|how (?:safe|dangerous|risky)|is it safe|what do i tell|how do i explain|should i worry)\b))"
)
_SAYING_ASKED_STOPS_43F = (
    r"(?:" + _SIGNS_NOW_REPORT_42E + "|" + _NOW_39F + "|" + _OWN_WISH_40D + "|" + _TOOK_ALL_38 + r"|"
    r"(?:took|taken|snorted|injected|used|did) (?:a |some |the |too much |a lot of |a bunch of )?(?:\w+ )?(?:ketamin\w*|k|special k|vials?|bumps?|lines?)\b|"
    r"(?:tome|se tomo|me tome|me inyecte|se inyecto|esnif\w*|se metio|me meti|se puso|me puse) (?:\w+ )?(?:ketamin\w*|frasco|ampolla|vial|keta)|"
    r"no (?:despierta|reacciona|responde|respira)|(?:will not|wont|is not|isnt) (?:waking|responding|breathing)|"
    r"how much (?:\w+ ){0,3}?(?:to|would|does it take|kill)|cuant[oa] (?:\w+ ){0,3}?(?:para|necesito|hace falta|se necesita)|para (?:morir\w*|matarme|suicidarme)|to die\b|"
    r"(?:big|high|large|strong) enough|enough (?:to|of it to)|lo (?:bastante|suficiente)|suficiente(?:mente)? (?:alta|grande|fuerte|para)|"
    r"suicid\w*|matarse|matarme|quitarse la vida|piens\w* en (?:matar|morir|quitar)\w*|pensamientos|ideas? de|la idea|pregunto por mi|por mi mism[oa]|for myself|asking for me|ojala|hopefully|i hope (?:it|so)|eso (?:es lo que )?(?:quiero|busco)|what i want|that s the point|perfect|perfecto|"
    r"tired of|sick of|done with|fed up|cansad[oa] de|hart[oa] de|" + _SAVING_39D + "|" + _WEARY_40F + r")"
)

# 2. "me va a matar", "me mata", "me está matando", "me tiene muerto" said of a queue, a wait, the heat,
# a boss, a bill, the VA or the insurance, with no laughter needed; the same said of a relative or a
# partner when an everyday reason (lateness, a bill, something forgotten) is named; and "me muero de la
# risa / del aburrimiento / de hambre / de sueño". The nuisance must share the sentence with the words.
# Stops: violence or fear told anywhere, told in earnest, a rage under way (round 42 e's list), drink or
# jealousy, the writer's own wish, signs now.
_KILL_ME_IDIOM_43F = (
    _KILL_ME_42E + r"|(?:me|nos) (?:esta|estan|estaba|estaban|anda|andan) matando|(?:esta|estan) matandome|(?:me|nos) tiene(?:n)? (?:muert[oa]s?|frit[oa]s?)|"
    r"(?:is|are|was|were|s) (?:literally |actually |slowly |so |lowkey )?killing (?:me|us)"
)
_NUISANCE_43F = (
    r"fila|filas|cola|colas|linea|espera|esperas|sala de espera|lista de espera|tiempo de espera|calor|calorón|calorazo|frio|humedad|sol|clima|trafico|transito|"
    r"va|the va|el va|la va|veterans affairs|seguro|seguros|aseguranza|aseguradora|medicaid|medicare|cobertura|deducibles?|copagos?|cuenta|cuentas|facturas?|recibos?|biles|billes|"
    r"renta|pagos?|cobros?|precios?|papeleo|burocracia|tramites?|formularios?|autorizacion|horas extras?|overtime|turno|turnos|horario|chamba|trabajo|"
    r"jefe|jefa|jefes|patron|patrona|supervisor\w*|encargad[oa]|gerente|manager|boss|"
    r"line|queue|wait|waiting room|waitlist|the heat|heat|traffic|insurance|insurer|bills?|paperwork|overtime"
)
_SENTENCE_PAIR_43F = lambda a, b: (  # noqa: E731
    r"[^.?!]{0,200}\b(?:" + a + r")\b[^.?!]{0,120}?\b(?:" + b + r")\b[^.?!]{0,200}|"
    r"[^.?!]{0,200}\b(?:" + b + r")\b[^.?!]{0,120}?\b(?:" + a + r")\b[^.?!]{0,200}"
)
_RELATIVE_43F = (
    r"mama|mami|madre|jefa|papa|papi|padre|jefe|esposa|esposo|mujer|marido|vieja|viejo|senora|suegr[oa]|novi[oa]|abuel[oa]|tia|tio|herman[oa]|"
    r"mom|mum|mother|dad|father|wife|husband|girlfriend|boyfriend|grandma|grandpa|mother in law"
)
_EVERYDAY_REASON_MARK_43F = _MARK_39D(
    r"tarde|late|later|overtime|horas extras?|turno|shift|dia libre|permiso|day off|time off|cuenta|recibo|factura|bill|bills|tarjeta|card|gaste|gastar|spent|spend|"
    r"compre|comprar|bought|buy|precio|price|cuesta|cost\w*|dinero|money|olvid\w*|se me paso|forgot|forget|falt\w*|missed|cita|appointment|junta|reunion|meeting|"
    r"cena|comida|dinner|calificaciones|boleta|grades|carro|car|rayon|dent|hora|horario|schedule|sesion|infusion|tratamiento|seguro|insurance|pagar|pay"
)
_DIE_OF_43F = (
    r"(?:me|nos) (?:muero|morimos|mori|estoy muriendo|estamos muriendo|estaba muriendo|voy a morir|vamos a morir|muriendo) "
    r"(?:de|del|de la|de las|de los|de tanto|de tanta|de pura|de puro)(?: \w+)?? (?:aburrimiento|aburrida|risa|risas|hambre|sed|sueno|frio|calor|nervios|ansias|ganas|"
    r"verguenza|pena|envidia|celos|cansancio|flojera|pereza|tedio|curiosidad|emocion|antojo|espera)"
)
_IDIOM_STOPS_43F = (
    r"(?:" + _KILL_ME_JOKE_STOPS_42E + "|" + _OWN_WISH_40D + r"|miedo|scared|afraid|terrified|asustad[oa]|aterrad[oa]|borrach\w*|drunk|drogad\w*|celos\w*|celoso|jealous|"
    r"amenaz\w*|threat\w*|golpe\w*|me pega\w*|hits? me|hit me|beat\w*|cuchillo|knife|pistola|gun|arma|weapon|policia|police|911|"
    # the heat or a faint turned medical, a jump or a fall wished
    r"desmay\w*|faint\w*|passed out|pass(?:ing)? out|convuls\w*|seiz\w*|no (?:puedo |puede )?respir\w*|(?:can not|cant) breathe|mare\w*|dizzy|vomit\w*|"
    r"golpe de calor|heat ?stroke|insolacion|pecho|chest|confus\w*|ahora (?:estoy|me|esta|se)|now (?:i am|im|he|she)|"
    r"tirar(?:me|se)|aventar(?:me|se)|lanzar(?:me|se)|jump\w*)"
)

# 3. Someone (a passenger, a customer, a relative) who fainted yesterday, last night, last week or any
# day gone, with paramedics or without, fine or not said, and the writer asking about a first-aid or a
# CPR class. Needs a day gone, a recovery or help that came and went; the first aid or CPR; and a class
# or learning. Stops: fainting again, still out, not breathing, the writer's own wish, today, now.
_PAST_TIME_43F = (
    _PAST_DAY_42E + r"|anoche|antier|anteayer|antenoche|el otro dia|la otra noche|la otra vez|una vez|hace (?:unos|un par de|\d+|dos|tres|cuatro|varios) (?:dias|semanas|meses)|"
    r"el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo) pasado|la semana antepasada|hace poco|last night|the other night|once|a while ago|recently|earlier this (?:week|month)"
)
_HELP_CAME_43F = (
    r"llegaron|llego la ambulancia|vinieron|vino la ambulancia|lo (?:revisaron|atendieron|llevaron|checaron)|la (?:revisaron|atendieron|llevaron|checaron)|se (?:lo|la) llevaron|"
    r"(?:paramedics?|emts?|ambulance) (?:came|arrived|checked|took)|they (?:checked|took) (?:him|her)|se recupero|volvio en si|desperto|reacciono|came to|woke up|recovered"
)
_FIRST_AID_CLASS_MARK_43F = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:" + _PAST_TIME_43F + "|" + _HELP_CAME_43F + r")\b|[\s\S]*\b" + _OVER_FINE_39F + r"\b)"
    r"(?=[\s\S]*\b(?:cpr|rcp|first aid|primeros auxilios|reanimacion|resucitacion|bls|aed|dea|desfibrilador\w*|red cross|cruz roja|heimlich)\b)"
    r"(?=[\s\S]*\b(?:class\w*|course\w*|training|trained|certif\w*|learn\w*|teach\w*|lessons?|sign up|enroll|workshop|curso\w*|clase\w*|taller\w*|capacita\w*|entrenamiento|"
    r"certific\w*|aprend\w*|ensen\w*|inscrib\w*)\b)"
)
_FIRST_AID_CLASS_STOPS_43F = (
    r"(?:" + _SIGNS_NOW_37 + "|" + _NOW_32 + r"|help me(?=\s*(?:[.!]|$|please|now|someone|somebody|por favor))|help please|ayudame|ayudenme|que hago(?! con)|"
    r"what do i do(?! with)|what should i do now|" + _OWN_WISH_40D + "|" + _TOOK_ALL_38 + r"|"
    r"today|tonight|hoy|esta noche|just (?:now|happened)|acaba de|acabo de|hace un rato|(?:an|one|two|\d+) hours? ago|hace (?:una|\d+|dos|tres) horas?|"
    r"(?<!pase )(?<!pasa )(?<!pasar )(?<!happens )(?<!happen )(?:again|otra vez|de nuevo)|(?:se )?volvio a (?:desmay\w*|caer|perder)|started again|"
    r"calling 911|call 911 now|llamando al 911|waiting for (?:the )?ambulanc\w*|esperando (?:a )?la ambulancia|"
    r"(?:keeps?|kept) (?:fainting|passing out|collapsing)|(?:se )?sigue desmayando|still (?:out|unconscious|on the floor|not awake)|sigue (?:inconsciente|desmayad[oa]|en el piso)|"
    r"is (?:not|still not) (?:waking|responding|awake)|no (?:despierta|reacciona|responde|respira))"
)

_ROUND_43_F = [
    (_filter(_SENTENCE_41E(_KILLS_43F)), _SAYING_ASKED_STOPS_43F, _SAYING_ASKED_MARK_43F),
    (_filter(_SENTENCE_PAIR_43F(_NUISANCE_43F, _KILL_ME_IDIOM_43F)), _IDIOM_STOPS_43F, None),
    (_filter(_SENTENCE_PAIR_43F(_RELATIVE_43F, _KILL_ME_IDIOM_43F)), _IDIOM_STOPS_43F, _EVERYDAY_REASON_MARK_43F),
    (_filter(_SENTENCE_41E(_DIE_OF_43F)), _IDIOM_STOPS_43F, None),
    (_filter(_SENTENCE_41E(_FAINTED_42E)), _FIRST_AID_CLASS_STOPS_43F, _FIRST_AID_CLASS_MARK_43F),
]
_add_whole_message_filters(_ROUND_43_F)

# --- round 43's merge review ---
# Round 43 (f)'s filters (a relative's saying that ketamine kills, asked about; "me va a matar" said of a
# nuisance; "me muero de"; a faint gone, a first-aid class) held beside the writer's own thoughts of death
# told plainly ("lo pienso casi todos los dias") and beside a lethal dose and its access named ("se que
# dosis me mataria y tengo acceso en el trabajo"), overruling the trained model. They give way to both.
_THOUGHTS_OF_DEATH_43R = (
    r"piens\w* (?:\w+ ){0,3}?en (?:la muerte|morir\w*|matar\w*|quitar\w*|suicid\w*|no despertar\w*|desaparecer)|lo pienso|"
    r"ideas? (?:de|sobre) (?:la muerte|muerte|morir\w*|matar\w*|suicid\w*)|pensamientos (?:de|sobre) (?:la muerte|muerte|morir\w*)|"
    r"think\w* (?:\w+ ){0,3}?about (?:death|dying|killing myself|suicide|not waking)"
)
_LETHAL_MEANS_43R = r"dosis|doses?|acceso|access|(?:me|te|nos|lo|la) mataria\w*|would kill (?:me|him|her)|letal\w*|lethal|potasio|potassium|insulina|insulin"
for _filter_43r in _ROUND_43_F:
    _add_stops(_filter_43r[0], _THOUGHTS_OF_DEATH_43R + "|" + _LETHAL_MEANS_43R, extend=True)
# Round 11's and round 17's filters of a nuisance "killing me" (a wait, the forms, traffic, the heat, a
# shift) held the same way beside those words in a later sentence; they give way to them too.
_NUISANCE_FILTERS_43R = [i for i in IDIOMS if i.startswith(r"(?:the wait|wait times?|waiting room|waitlist|wait list|")
                         or i.startswith(r"(?:(?:this |the |that |today'?s |el |este |esta |la )?(?:heat|humidity|commute|")]
for _filter_43r in _NUISANCE_FILTERS_43R:
    _add_stops(_filter_43r, _THOUGHTS_OF_DEATH_43R + "|" + _LETHAL_MEANS_43R, extend=True)

# --- round 44's Spanish suicide emergencies told calmly or by a third party (helper b) ---
# Round 44 (b)'s families (phrases.RELAYED_HIGH_PLACE_MESSAGE_44B, FINAL_ARRANGEMENTS_MEANS_AT_HAND_44B,
# GOT_PILLS_NOT_WAKING_TOMORROW_44B) are a danger told now: the older filters give way to them.
PRESENT_DANGER = PRESENT_DANGER + [
    _F.RELAYED_HIGH_PLACE_MESSAGE_44B, _F.FINAL_ARRANGEMENTS_MEANS_AT_HAND_44B, _F.GOT_PILLS_NOT_WAKING_TOMORROW_44B]
# The silence beside a message from a high place ("no contesta", "no responde llamadas") is someone who
# cannot be reached, not a body that does not respond (like round 33's and round 42 (a)'s filters): needs
# the message from the high place; a body down (round 42 (a)'s stops) undoes it. It must not give way to
# the family it serves (stop_at_present_danger=False).
_NO_REPLY_44B = _NO_REPLY_42A + r"|no (?:responde|contesta) (?:\w+ )?(?:llamadas|mensajes|whatsapps?)"
_HIGH_MESSAGE_MARK_44B = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:" + _F._MESSAGE_44B + r")\b)(?=[\s\S]*\b(?:" + _F._HIGH_44B + r")\b)"
    r"(?=[\s\S]*\b(?:" + _F._JUMP_44B + "|" + _F._FAREWELL_44B + r")\b)"
)
_add_whole_message_filters([(_filter(_NO_REPLY_44B), _BODY_DOWN_42A, _HIGH_MESSAGE_MARK_44B)], stop_at_present_danger=False)
# --- round 44's Spanish ask tier and Spanish gaps (helper d) ---
# 1. A farewell posted on social media and then no answer (phrases.POSTED_FAREWELL_THEN_SILENCE_44D):
# round 33's filter of "no contesta" beside a farewell sent needs a message, a note or "publico"; this
# one takes the posted farewell ("puso en facebook 'gracias por todo'", "subio una despedida a
# instagram"), so the silence is not read as a body that does not respond. Its stops are round 33's (a
# body down: breathing, waking, the floor, pills, blood, a colour). It must not give way to a danger
# told now (the posted farewell itself is one).
_NO_REPLY_POSTED_44D = (
    _NO_REPLY_WORDS_33 + r"|no (?:me |nos |le )?(?:contesta|responde|contesto|respondio)(?: (?:el|los|sus|mis) (?:telefono|cel|celular|whatsapp|mensajes?|llamadas?))?|"
    r"(?:is not|isnt|not|has not been|hasnt been) (?:answering|responding|replying|picking up)(?: (?:his|her|their|the|my) (?:phone|texts?|calls?|messages?))?"
)
_add_whole_message_filters([
    (_filter(_NO_REPLY_POSTED_44D), _BODY_DOWN_33, _MARK_39D(_F._POSTED_FAREWELL_44D)),
], stop_at_present_danger=False)

# 2. Fingers or toes purple, white or blue from the cold (snow, ice, winter, skiing), told as over ("ya
# bien", "se calentaron", "fine now"): not a limb without blood now. The filter covers the sentence
# naming the limb's colour (round 42 (k)'s); the message must name the cold and the recovery. Stops:
# round 42 (k)'s (sudden, for hours, numb, cannot move, still purple, an injury, chest pain...), and
# frostbite, blisters, black or hard skin, not warming up.
_COLD_CAUSE_44D = (
    r"de frio|del frio|por el frio|con el frio|en el frio|frio que hacia|nieve|nevada|nevando|hielo|invierno|esqui\w*|patina\w*|bajo cero|"
    r"snow\w*|skiing|ski trip|sledding|ice|winter|the cold|from the cold|in the cold|freezing (?:outside|out|weather)|below zero|frigid|cold (?:weather|outside|water)"
)
_OVER_NOW_44D = (
    r"ya (?:bien|estan bien|esta bien|estoy bien|normal|normales|se (?:me |le |les )?(?:paso|pasaron|quito|quitaron|calentaron|compusieron)|volvieron|agarraron color|recuperaron)|"
    r"se (?:me |le |les )?(?:calentaron|pasaron|compusieron)|volvieron a (?:su )?(?:color|la normalidad|estar normales)|(?:todo|todos) bien|"
    r"(?:fine|ok|okay|normal|better|good) now|back to normal|warmed (?:up|back up)|(?:went|gone) away|(?:got|came) (?:back|their colou?r back)|recovered"
)
_COLD_LIMB_STOPS_44D = (
    r"(?:" + _CHRONIC_LIMB_STOPS_42K + r"|frostbit\w*|congelamiento|quemadura por frio|blisters?|ampollas?|waxy|cerac\w*|hard|dur[oa]s?|"
    r"(?:not|no|never|nunca|still not|todavia no|aun no) (?:\w+ )?(?:warm\w*|calienta\w*|calentado|se calientan|vuelven|volvieron|recuperan))"
)
_add_whole_message_filters([
    (_filter(_LIMB_COLOUR_SENTENCE_42K), _COLD_LIMB_STOPS_44D,
     _MARK_39D(_COLD_CAUSE_44D) + r"(?=[\s\S]*\b(?:" + _OVER_NOW_44D + r")\b)"),
])

# 3. The older filters of a nuisance "me muero" or "me va a matar" said of the insurance (round 11's wait
# and forms, round 43 (f)'s nuisances) held over the family better off collecting the writer's life
# insurance ("le iria mejor cobrando el seguro si me muero"); they give way to it
# (phrases.INSURANCE_BETTER_OFF_44D's wish).
for _filter_44d in _NUISANCE_FILTERS_43R + [_ROUND_43_F[1][0], _ROUND_43_F[2][0]]:
    _add_stops(_filter_44d, _F._INSURANCE_WISH_44D, extend=True)
# --- round 44's Spanish false alarms (helper f) ---
# Declared like round 43 (e, f)'s sections above: a filter over the sentence with the crisis words
# (_SENTENCE_41E), stops read over the whole message (the same scene with a danger now still fires), a
# mark the message must hold; each also gives way to a danger told now (STOPPED_AT_PRESENT_DANGER).
#
# 1. A clinician, a resident or a student asking, formally, for literature, studies or evidence on
# ketamine or esketamine in acute suicidal ideation, for a journal club, a clinical session, a case, a
# presentation or a thesis ("busco bibliografia", "revision sobre ideacion suicida aguda"). Needs
# ketamine named, the literature asked for and the clinician or the academic occasion. Stops: round 40
# (c)'s stops of a student's paper (the writer's own wish or thoughts, someone of the writer's, now,
# NOT_STUDY) and a patient with a plan in front of the writer now.
_IDEATION_TOPIC_44F = r"suicid\w*|antisuicid\w*|ideacion|ideation|self harm|autolesi\w*|conducta suicida|riesgo suicida"
_CLINICIAN_LITERATURE_MARK_44F = (
    _MARK_39D(r"ketamin\w*|esketamin\w*|spravato|arketamin\w*")
    + r"(?=[\s\S]*\b(?:bibliograf\w*|literatura|literature|estudios?|stud(?:y|ies)|evidencia|evidence|articulos?|articles?|papers?|publicaciones|publications?|"
    r"revision(?:es)?(?: sistematica\w*)?|reviews?|meta ?analys\w*|metaanalis\w*|meta ?analisis|ensayos?(?: clinicos?)?|trials?|rcts?|referencias?|references?|datos|data|"
    r"guias?(?: clinicas?)?|guidelines?)\b)"
    r"(?=[\s\S]*\b(?:residente\w*|resident\w*|r[1-5]|mir|pir|eir|medic[oa]s?|doctor\w*|dr|dra|psiquiatra\w*|psychiatrist\w*|psicolog[oa]s?|psychologist\w*|enfermer[oa]s?|nurse\w*|"
    r"farmaceutic[oa]s?|pharmacist\w*|clinician\w*|clinic[oa]s?|fellow\w*|attending|intern[oa]?s?|estudiante\w*|student\w*|alumn[oa]s?|"
    r"journal club|club de revistas|sesion(?:es)? (?:clinica|bibliografica|academica|general)\w*|caso clinico|casos clinicos|case report|case presentation|presentacion|presentation|"
    r"ponencia|charla|seminario|seminar|congreso|conference|grand rounds|rounds|tesis|thesis|tfg|tfm|tesina|dissertation|monografia|trabajo (?:de fin|final|de grado|de investigacion)|"
    r"rotacion|rotation|guardia\w*|servicio|protocolo|protocol|docencia|teaching|clase|class|lecture)\b)"
)
_PATIENT_IN_FRONT_44F = (
    r"(?:in front of me|delante de mi|frente a mi|enfrente de mi|enfrente mio|conmigo ahora|with me (?:right )?now|en (?:mi|la) consulta (?:ahora|ahorita|en este momento)|"
    r"(?:is|esta) (?:here|aqui|aca) (?:now|ahora|ahorita)|"
    r"(?:tiene|tengo a un\w* paciente con|has|have a patient with|paciente con) (?:un |a )?plan\b|(?:plan|planes) (?:y|and) (?:intent\w*|intencion\w*|medios|means)|"
    r"(?:what|que) (?:should i|do i|debo|hago)(?: \w+){0,2}? (?:now|ahora|right now)|urgente\w*|urgent\w*|hoy mismo|esta noche|tonight)"
)
_CLINICIAN_LITERATURE_STOPS_44F = r"(?:" + _PAPER_STOPS_40C + "|" + _OWN_THOUGHTS_NOW_43E + "|" + _PATIENT_IN_FRONT_44F + ")"

# 2. An overdose witnessed in the past at a former job or place (a coworker in a bar, a customer years
# ago): nightmares, avoidance or PTSD ever since, asking about treatment. Needs the job or the place
# gone by, the aftermath and a treatment ask. Stops: someone overdosing, collapsing or not breathing
# now, the writer's own thoughts or wish, today, again.
_WITNESSED_OD_WORDS_44F = (
    r"overdos\w*|od|ods|od ?d|sobredosis|desplom\w*|desmay\w*|convuls\w*|inconscien\w*|unconscious|collaps\w*|passed out|se (?:cayo|murio|muri[oa])|died"
)
_FORMER_JOB_MARK_44F = (
    _MARK_39D(r"trabajaba|trabaje|curraba|curre|laburaba|chambeaba|trabajando (?:antes|en ese entonces)|(?:mi |un |el )?(?:antiguo|ex|anterior|viejo|primer) (?:trabajo|empleo|curro|chamba|jale)|"
              r"ex trabajo|cuando (?:era|estaba|trabajaba|curraba|tenia) |en ese entonces|en aquel (?:entonces|tiempo)|hace (?:anos|tiempo|mucho|\w+ anos|\d+ anos)|anos atras|"
              r"used to (?:work|bartend|be)|worked|back when|back then|my (?:old|former|previous|last|first) (?:job|work|workplace)|years ago|a while ago|at the time")
    + r"(?=[\s\S]*\b(?:" + _AFTER_41E + r"|desde entonces|desde ahi|desde ese dia|since then|ever since|since that|evito|evitar|avoid\w*|"
    r"(?:todavia|aun|sigo|still) (?:\w+ )?(?:sueno|suenos|pienso|tengo|veo|recuerdo|dream|think|see|remember|have)|flashbacks?|recuerdos|memories)\b)"
    + r"(?=[\s\S]*" + _ASKS_TREATMENT_41E + r")"
    # the overdose itself named (a collapse or a death alone is another story: a disaster, a war)
    + r"(?=[\s\S]*\b(?:overdos\w*|od|ods|sobredosis|narcan|naloxon\w*|fentanyl|fentanilo|heroin\w*|heroina)\b)"
)
_WITNESSED_OD_STOPS_44F = (
    r"(?:" + _SIGNS_NOW_37 + "|" + _NOW_39F + "|" + _OWN_THOUGHTS_NOW_43E + "|" + _TOOK_ALL_38 + r"|"
    r"wish (?:i|i had|i would have|i d) (?:\w+ ){0,2}?(?:died|been dead|gone with)|ojala (?:me hubiera|yo hubiera|hubiera) muerto|"
    r"(?:is|are|esta|estan) (?:\w+ )?(?:overdosing|oding|teniendo (?:una )?sobredosis|convulsionando|seizing|desmayad[oa]|inconsciente|unconscious|collapsing)|"
    r"se (?:esta|acaba de) (?:desmay\w*|desplom\w*|caer)|(?:acaba|acabo) de|just (?:collapsed|overdosed|passed out|happened)|"
    r"today|hoy|tonight|esta noche|(?<!pase )(?<!happens )(?:again|otra vez|de nuevo))"
)

# 3. A relative's past faint or overdose told while asking about a class, a talk or a support group for
# families (round 43 (f)'s filter of a faint gone needed a first-aid or CPR class). Needs the relative,
# a time gone by, a recovery, or the families' group named, and the group or the class asked about.
# Stops: round 43 (f)'s (again, today, still out, not breathing, 911, the writer's own wish).
_RELATIVE_OD_WORDS_44F = _FAINTED_42E + r"|overdos\w*|sobredosis|od|ods|intoxic\w*|poison\w*"
_RELATIVE_44F = (
    _RELATIVE_43F + r"|hij[oa]s?|hermanit[oa]|prim[oa]s?|cunad[oa]s?|sobrin[oa]s?|nieto|nieta|pareja|son|daughter|brother|sister|cousin|uncle|aunt|nephew|niece|partner|"
    r"brother in law|sister in law|family member|familiar|pariente"
)
_FAMILY_GROUP_44F = (
    r"grupos?(?: de apoyo| de ayuda| de familias| de padres| para (?:familias|familiares|padres|hijos|parejas|madres))?|al ?anon|alanon|nar ?anon|naranon|alateen|"
    r"alcoholicos anonimos|narcoticos anonimos|charlas?|platicas?|talleres?|taller|clases?|cursos?|sesiones (?:educativas|informativas|para familias)|psicoeducacion|"
    r"support groups?|family groups?|groups? for (?:families|parents|relatives)|class\w*|course\w*|workshops?|education(?:al)? (?:sessions?|classes)|family program\w*"
)
_RELATIVE_GONE_BY_MARK_44F = (
    _MARK_39D(_RELATIVE_44F)
    + r"(?=[\s\S]*\b(?:" + _PAST_TIME_43F + "|" + _HELP_CAME_43F + r"|el ano pasado|el verano pasado|en (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|navidad)|"
    r"hace (?:tiempo|meses|anos|mucho|\w+ anos|un ano)|cuando era\w*|last year|years ago|months ago|in (?:january|february|march|april|may|june|july|august|september|october|november|december)|"
    r"(?:esta|anda|is|s) (?:\w+ )?(?:limpi[oa]|sobri[oa]|en recuperacion|estable|clean|sober|in recovery|stable)|se salvo|sobrevivio|survived|lo salvaron|la salvaron|lo reanimaron|la reanimaron|"
    r"grupos? (?:de apoyo )?para (?:familias|familiares|padres|hijos|parejas)|al ?anon|alanon|nar ?anon|naranon|alateen)\b|[\s\S]*\b" + _OVER_FINE_39F + r"\b)"
    + r"(?=[\s\S]*\b(?:" + _FAMILY_GROUP_44F + r")\b)"
    + r"(?=[\s\S]*" + _ASKS_TREATMENT_41E.replace(r"\?|", r"\?|\b(?:hay|dan|ofrecen|tienen|busco|buscamos|quiero|queremos|donde|where|do you|is there|are there|any)\b|", 1) + r")"
)

# 4. "me muero de / me mata(n) / me esta matando" said of a feeling or a bodily want (nerves, anxiety,
# curiosity, love, boredom, laughter, hunger, cold), either order ("los nervios me matan", "me muero de
# amor por"), no laughter needed. Stops: round 43 (f)'s idiom stops and its merge review's (thoughts of
# death, a lethal dose).
_FEELINGS_44F = (
    r"nervios|ansiedad|ansias|angustia|curiosidad|intriga|impaciencia|amor|ternura|aburrimiento|aburrida|aburrido|tedio|flojera|pereza|risa|risas|carcajadas|hambre|sed|antojo|"
    r"sueno|cansancio|frio|calor|pena|verguenza|envidia|emocion|ganas|ilusion|alegria|felicidad|gusto|nostalgia|tristeza de (?:no )?verte|extranarte|la espera|el suspenso"
)
_DIE_OR_KILL_44F = (
    _KILL_ME_IDIOM_43F + r"|(?:me|nos) (?:muero|morimos|estoy muriendo|estamos muriendo|estaba muriendo|moria|voy a morir|vamos a morir|morire)|"
    r"(?:me|nos) (?:mataba|mataban|matan|mata)|muert[oa] de|matandome"
)
_FEELING_IDIOM_STOPS_44F = (
    r"(?:" + _IDIOM_STOPS_43F + "|" + _THOUGHTS_OF_DEATH_43R + "|" + _LETHAL_MEANS_43R + r"|dolor|pain|duele|hurts?|"
    # a wish to die told beside the feeling ("ya no tengo ganas de nada y pienso que mejor me muero")
    r"mejor (?:me muero|morir\w*|muert[oa]|estar muert[oa]|no despertar|desaparecer)|(?:pienso|creo|siento) que (?:\w+ ){0,2}?(?:me muero|morir\w*|mejor)|"
    r"(?:no|sin) (?:tengo |tener )?ganas de (?:vivir|nada|seguir|despertar)|ya no (?:quiero|tengo)|quisiera (?:morir\w*|no despertar|desaparecer)|ojala (?:me muera|muriera|no despierte)|"
    r"tristeza|triste|deprimid[oa]|depresion|vacio|vacia|soledad|hopeless|sin sentido)"
)

_ROUND_44_F = [
    (_filter(_SENTENCE_41E(_IDEATION_TOPIC_44F)), _CLINICIAN_LITERATURE_STOPS_44F, _CLINICIAN_LITERATURE_MARK_44F),
    (_filter(_SENTENCE_41E(_WITNESSED_OD_WORDS_44F)), _WITNESSED_OD_STOPS_44F, _FORMER_JOB_MARK_44F),
    (_filter(_SENTENCE_41E(_RELATIVE_OD_WORDS_44F)), _FIRST_AID_CLASS_STOPS_43F + "|" + _THOUGHTS_OF_DEATH_43R + "|" + _LETHAL_MEANS_43R, _RELATIVE_GONE_BY_MARK_44F),
    (_filter(_SENTENCE_PAIR_43F(_FEELINGS_44F, _DIE_OR_KILL_44F)), _FEELING_IDIOM_STOPS_44F, None),
]
_add_whole_message_filters(_ROUND_44_F)
# --- round 44's overdose and medical misses (helper a) ---
# Which overdose guidance fits (detector._refine_overdose). A caustic household product swallowed
# (phrases.CAUSTIC_SWALLOWED_44A: lye, drain opener, oven cleaner, a dishwasher tablet, destapacanos, sosa
# caustica) is a poisoning: Poison Help, never make them vomit. A large count of tablets a patient
# reported having taken, relayed by a clinician with the call cut off (phrases.RELAYED_LARGE_INGESTION_44A),
# is an intentional overdose. Pills bought or handed out at school or by a friend as "xanax", "percs",
# "blues" (phrases.STREET_PILLS_TEEN_SIGNS_44A) may be pressed with fentanyl: the naloxone steps.
OVERDOSE_KINDS["non_opioid"] = OVERDOSE_KINDS["non_opioid"] + [_F._CAUSTIC_44A]
OVERDOSE_KINDS["intentional"] = OVERDOSE_KINDS["intentional"] + [_F.RELAYED_INGESTION_CALL_ENDED_44A]
OVERDOSE_KINDS["opioid"] = OVERDOSE_KINDS["opioid"] + [_F.STREET_PILLS_TEEN_SIGNS_44A]
# (pills from school told with the signs now: "en la escuela" alone reads as past)
NOW_MARKERS = NOW_MARKERS + [
    _F.CANNOT_STAND_NOW_44A,
    r"(?:(?:pastillas|pastis|pepas|pills|xanax|percs?|blues|bars|tachas) (?:\w+ ){0,2}?|\bque )(?:le |les |me )?(?:vendieron|vendio|dieron|dio|pasaron|paso|regalaron|consiguio|compro) (?:\w+ ){0,4}?"
    r"(?:en|de) (?:la|el) (?:escuela|colegio|prepa|secundaria|instituto|cole|liceo|bachillerato)",
]
# --- round 44's the ask tier in English, passive thoughts told in passing (helper c) ---
# The families are phrases.py's (round 44, helper c): an intrusive thought at a place of danger told as
# not acted on, a clipped "why bother", a relative in chronic pain who would rather be dead than live
# years more of it, a relative who won't be around to worry about the future, not being around by the
# date given, weariness of life with sleeping tablets saved for tonight.
_RISK_44C = "|".join([
    _F.PASSIVE_THOUGHT_AT_EDGE_44C, _F.WHY_BOTHER_WEARY_44C, _F.RATHER_DEAD_THAN_PAIN_44C, _F.WONT_BE_AROUND_RELAYED_44C,
    _F.WONT_BE_AROUND_BY_44C, _F.WEARY_LIFE_SAVED_PILLS_TONIGHT_44C,
])
# Round 43 (c)'s filter of an absence with a schedule ("not sure i will be around that week, i travel")
# ruled out "i won't be around by the appointment" where the message named work or the family, and a
# relative's "he won't be here for that" beside a wedding or a trip; it stops at those families now.
_add_stops(_filter(_AWAY_43C), _F.WONT_BE_AROUND_BY_44C + "|" + _F.WONT_BE_AROUND_RELAYED_44C, extend=True)
# Round 43 (f)'s filter of a relative's saying that ketamine kills, asked about, ruled out a relative in
# pain who "would rather be dead than live 20 more years of this", asked about ketamine: it stops there.
_add_stops(_ROUND_43_F[0][0], _F.RATHER_DEAD_THAN_PAIN_44C, extend=True)

# 1. Tired of this life in a place ("tired of this life in the city", "sick of the life in this small
# town"): round 43 (c)'s family of weariness reads "this life" before the place. Stops: the writer's
# own wish (round 39 d's words), this section's families, hopelessness and a wish to die or disappear.
_LIFE_IN_PLACE_44C = (
    r"(?:tired|tire|sick|weary|fed up|done|bored|exhausted) (?:of|with|from) (?:this|the|my|that|our) (?:\w+ )?life (?:in|at|of|on|with) "
    r"(?:the |this |that |a |an |my |our |big |small |these )?(?:\w+ ){0,2}?(?:" + _PLACE_43C + r"|suburbs|farm|office|job|army|military|road|streets?|rat race|traffic|commute|cubicle|corporate|nine to five|9 to 5|"
    r"new york|nyc|manhattan|brooklyn|queens|the bronx|jersey|new jersey|la|los angeles|chicago|boston|miami|florida|texas|california|the us|the states|america|this country)\b"
)
_LIFE_IN_PLACE_STOPS_44C = (
    _OWN_WISH_39D + "|" + _RISK_44C + r"|hopeless|no hope|want to (?:disappear|be dead|die)|not want to (?:be here|be alive|exist|live)|(?:wish|wished) (?:that )?i (?:was|were) dead|"
    r"pills|tablets|overdos\w*|no point (?:in )?(?:living|going on)|end (?:it|my life)|be gone"
)
# 2. Someone away for a session or a visit ("my sister won't be here for that session, she is in
# florida"): older families read "won't be here for" as a farewell. The thing missed follows the "for".
_AWAY_FOR_44C = (
    r"(?:will not|wont|is not going to|isnt going to|am not going to|not going to|not gonna|can not|cant|may not|might not) (?:\w+ )?be (?:here|around|there|home|in town|available) for "
    r"(?:the|that|this|my|his|her|our|your|their|a|an) (?:\w+ ){0,2}?(?:session|appointment|appt|visit|meeting|call|infusion|intake|consult\w*|class|party|dinner|wedding|"
    r"game|trip|week|weekend|day|date|slot|one|birthday|holidays?|shift|pickup|drop ?off|ride)s?\b"
)
# 3. What is the point of a form, a call or a visit ("whats the point of the intake call if i already did
# the forms"): older families read "what is the point" alone. A thing of the clinic follows the "of".
_POINT_OF_THING_44C = (
    r"(?:what is|whats|what s|what) (?:even |really )?the point (?:of|in) (?:the|a|an|this|that|these|those|my|your|our|having|doing|filling|calling|going|paying|getting|booking|"
    r"sending|signing|asking|scheduling|another|a second|re ?doing|redoing) (?:\w+ ){0,2}?(?:call|calls|form|forms|intake|questionnaire|survey|appointment|appt|visit|consult\w*|referral|"
    r"paperwork|portal|app|email|text|voicemail|copay|deposit|fee|screening|assessment|phone screen|waitlist|wait list|test|labs?|ekg|prior auth\w*|authorization|step|meeting)s?\b"
)
_POINT_OF_THING_STOPS_44C = (
    _OWN_WISH_39D + "|" + _RISK_44C + r"|hopeless|no hope|alive|living|be around|be here|die|dead|dying|anymore|any more|some days|most days|of anything|of life|of it all"
)
_ROUND_44_C = [
    (_filter(_LIFE_IN_PLACE_44C), _LIFE_IN_PLACE_STOPS_44C, None),
    (_filter(_AWAY_FOR_44C), _LIFE_IN_PLACE_STOPS_44C + r"|by then|anyway|much longer|to worry|to see (?:it|that)", None),
    (_filter(_POINT_OF_THING_44C), _POINT_OF_THING_STOPS_44C, None),
]
_add_whole_message_filters(_ROUND_44_C)
# 4. Gone or away for a while named ("my dad would be less stressed if i was gone for the weekend at
# camp"): older families read "less stressed if i was gone" as a teenager's burden. A stretch of time or
# a place follows the gone. Stops: the writer's own wish, this section's families, a burden or a waste
# of space told, hatred of oneself, a wish to disappear or to be dead.
_GONE_FOR_A_WHILE_44C = (
    r"(?:was|were|am|is|i m|im) (?:gone|away|out|not (?:around|here|home)) (?:for|to|on|at|over|during) (?:the |a |an |my |this |that |next |two |three |\d+ |a few |a couple of )?"
    r"(?:\w+ )?(?:weekend|weekends|week|weeks|day|days|night|nights|trip|camp|summer|vacation|holiday|holidays|visit|sleepover|semester|month|months|class|school|college|"
    r"practice|game|tournament|grandma s|grandmas|my dad s|my dads|my mom s|my moms|work|a while)\b"
)
_ROUND_44_C_MORE = [
    (_filter(_GONE_FOR_A_WHILE_44C), _LIFE_IN_PLACE_STOPS_44C + r"|waste of (?:space|oxygen|air)|burden|hate myself|worthless|disappear\w*|dead|die|forever|for good", None),
]
_add_whole_message_filters(_ROUND_44_C_MORE)
# Round 9's filter of an absence with a trip or a week named ("not going to be here next week, i am on a
# trip") ruled out a relative's "he is not going to be here for any of that" beside a trip talked about:
# it stops at this section's relayed family and the date family.
_ABSENCE_WITH_TRIP_44C = [i for i in IDIOMS if i.startswith(r"(?![\s\S]*\b(already (bought|got|have|ordered) (what|everything) i need")
                          and "(will not|am not going to|not going to|wo not|no voy a|no vamos a) (be|estar) (around|here" in i]
for _idiom_44c in _ABSENCE_WITH_TRIP_44C:
    _add_stops(_idiom_44c, _F.WONT_BE_AROUND_RELAYED_44C + "|" + _F.WONT_BE_AROUND_BY_44C, extend=True)
# --- round 44's English false alarms (helper e) ---
# Declared like round 43 (e)'s section above: (words, stops read over the whole message, a mark the
# message must hold or None); each also gives way to a danger told now (STOPPED_AT_PRESENT_DANGER).
_DENIAL_FREE_WISH_44E = (
    r"suicid\w*|(?:want|wants|wanted|wanna|going|gonna|trying|tried|thinking (?:about|of)|thought (?:about|of)|plan\w*|ready|decided|threaten\w*|said|says|told \w+) "
    r"(?:\w+ )?(?:to |he would |she would |he will |she will |he is going to |she is going to )?(?:kill\w* (?:my|him|her|them)sel(?:f|ves)|die|dying|end (?:it|things|my life|his life|her life)|jump\w*)|"
    r"end (?:it all|my life|his life|her life)|ending it|better off (?:dead|without me)|(?:do not|dont|does not|doesnt) want to (?:live|be here|wake up|be alive)|"
    r"goodbye|good bye|farewell|said bye|last (?:text|message|goodbye)|not coming back|jump\w*|throw (?:my|him|her)self|hang (?:my|him|her)self|"
    r"hurt (?:my|him|her)self|(?:a|the|my|his|her) (?:gun|rope|plan|note)\b|not joking|not kidding|for real|i mean it|wish (?:i|he|she) (?:was|were|could be) dead"
)
_STOPS_44E = r"(?:" + _CORE_STOPS_43E + "|" + _WEARY_40F + "|" + _DENIAL_FREE_WISH_44E + ")"

# 1. Overwork told with a body part or the work as the subject: "the night shifts on the tracks are
# killing me", "my knees are killing me after three twelves", "these doubles are murdering my back",
# "his shoulders are killing him from the warehouse" (round 43's filter needed "killing myself").
# The filter covers the sentence holding the killing words said of the writer or a body part (a
# place in it, "at the rail yard", "on the tracks", is the work's); the message must name the work.
# Stops: a wish to die or a plan beside it, the writer standing or sitting at a height or on the
# tracks, signs or a danger now.
_BODY_44E = (
    r"back|lower back|upper back|backs|knees?|feet|foot|legs?|shoulders?|neck|hips?|body|bodies|joints|wrists?|hands?|arms?|elbows?|spine|ankles?|calves|heels|"
    r"toes|fingers|carpal tunnel|sciatica|plantar fasciitis|arthritis|disc|discs|muscles|head|headaches?|migraines?|eyes|bones|old bones"
)
_HURT_VERB_44E = r"kill\w*|murder\w*|destroy\w*|wreck\w*|ruin\w*|tortur\w*|eat\w* me alive|finish\w* me off"
_WORKLOAD_44E = (
    _WORK_43E + r"|\d+s|twelves|tens|nights|overnights?|over nights?|night shifts?|graveyard|nightshift|shift work|doubles|on my feet|standing all day|lifting|"
    r"rail ?yard|railroad|railway|tracks|track work|the line|the floor|loading dock|forklift|warehouse|kitchen|restaurant|nursing|nurse|cna|er|icu|floor nurse|"
    r"construction|site|plant|factory|amazon|ups|fedex|delivery|deliveries|route|driving|truck\w*|cleaning|housekeeping|cook\w*|line cook|server|serving|waitress\w*|bartend\w*"
)
# the work or a body part doing the killing ("the doubles are killing me", "my back is killing me"),
# or a body part killed ("murdering my knees"); never a person doing it ("he is killing me")
_OVERWORK_BODY_WORDS_44E = (
    r"(?:" + _WORKLOAD_44E + r"|" + _BODY_44E + r"|these|those|this|that|it)\b(?: \w+){0,4}? (?:is|are|was|were|has been|have been|s|been|keeps?|keep|will be) (?:\w+ )?"
    r"(?:" + _HURT_VERB_44E + r") (?:me|him|her|us|them|(?:my|his|her|our|their) (?:\w+ )?(?:" + _BODY_44E + r"))|"
    r"(?:kill\w*|murder\w*|destroy\w*|wreck\w*|ruin\w*|tortur\w*) (?:my|his|her|our|their) (?:\w+ )?(?:" + _BODY_44E + r")|"
    r"(?:" + _BODY_44E + r") (?:is|are|was|were|has been|have been|s|keeps?|been) (?:\w+ )?(?:" + _HURT_VERB_44E + r")"
)
_OVERWORK_MARK_44E = _MARK_39D(_WORKLOAD_44E)
_HEIGHT_NOW_44E = (
    r"(?:standing|sitting|stand|sit|stood|sat|walk\w* (?:to|onto|out)|step\w*|climb\w*|lying|laying|lay) (?:\w+ ){0,3}?(?:on|at|onto|off|in front of|near|by|over|to) "
    r"(?:the |a )?(?:bridge|roof|rooftop|ledge|tracks|edge|rail|railing|platform|train|overpass|cliff|window|balcony)"
)
_ATTACK_44E = (
    r"hit|hits|hitting|beat|beats|beating|punch\w*|chok\w*|strangl\w*|attack\w*|abus\w*|stab\w*|shoot\w*|shot|weapon|knife|police|scared|afraid|"
    r"(?:he|she|they) (?:is|are|will|wants to|is going to|said he would|said she would) (?:\w+ )?kill"
)
_OVERWORK_BODY_STOPS_44E = r"(?:" + _OVERWORK_STOPS_43E + "|" + _STOPS_44E + "|" + _HEIGHT_NOW_44E + "|" + _ATTACK_44E + ")"

# 2. A heart attack, a stroke, a heart that stopped or dying said of an everyday mishap (a cake or a
# souffle that fell, a dress or trousers that ripped, a price, a bill, a form), with laughter,
# "figuratively", "almost" or embarrassment: the sentence with the figure, and any object's collapse.
# Needs the mishap in the message. Stops: chest pain, an arm or a face numb, sweating, short of breath,
# a person who collapsed or fainted, now, "seriously", signs or the writer's own wish.
_FIGURE_44E = (
    r"(?:almost|nearly|about to|practically|like to|bout to|basically|lowkey|literally|legit|gonna|going to|(?:i|we) (?:am|m|are|was|were) having|(?:had|have|having)? ?(?:gave|give|giving) (?:me|us|him|her)) "
    r"(?:\w+ )?(?:had |have |die of |died of |give |gave )?(?:a |an )?(?:\w+ )?(?:heart attack|stroke|aneurysm|coronary|cardiac arrest|conniption|heart failure)|"
    r"(?:my |our |his |her )?heart (?:\w+ )?(?:stopped|skipped|dropped|sank)|(?:almost|nearly|about|practically|literally|like to|bout to) died|"
    r"(?:i|we) (?:am|m|are|was|were) (?:literally |so |just |actually |lowkey )?dying|(?:died|dying|die|dead) (?:of|from) (?:embarrass\w*|shame|laughter|laughing|cringe|mortification)|"
    r"(?:i|we) (?:literally |just |almost |nearly )?died"
)
_MISHAP_44E = (
    r"cake|cakes|cupcakes?|souffle|pie|bread|loaf|cookies|meringue|frosting|icing|layers?|gingerbread|lasagna|turkey|bake\w*|"
    r"dress|gown|suit|pants|trousers|jeans|skirt|shirt|zipper|seam|heels|shoes?|button|costume|outfit|wig|"
    r"ripped|rip|tore|torn|spilled|spilt|shrank|stained|"
    r"price|prices|bill|bills|invoice|receipt|quote|estimate|cost|costs|copay|deductible|tuition|form|forms|paperwork|"
    r"shelf|shelves|bookshelf|bookcase|tent|canopy|table|chair|air mattress|sandcastle|tower|display|stack|fort|"
    r"embarrass\w*|humiliat\w*|mortif\w*|cringe|awkward|in front of everyone|in front of (?:the )?(?:whole|entire) \w+|on stage|at the party|at the wedding"
)
_FIGURATIVE_44E = (
    r"lol|lmao|lmfao|rofl|haha\w*|jaja\w*|hehe\w*|omg|jk|figurativ\w*|not literally|metaphor\w*|just kidding|almost|nearly|practically|"
    r"embarrass\w*|mortif\w*|humiliat\w*|so funny|hilarious|ded|crying laughing|dramatic|exaggerat\w*"
)
_FIGURE_MARK_44E = _MARK_39D(_MISHAP_44E) + r"(?=[\s\S]*\b(?:" + _FIGURATIVE_44E + r")\b)"
_PERSON_FELL_44E = (
    r"(?:he|she|they|him|her|someone|somebody|grandma|grandpa|mom|mum|dad|my (?:\w+ )?(?:mom|mother|dad|father|husband|wife|son|daughter|friend|brother|sister|"
    r"grandma|grandpa|grandmother|grandfather|partner|boyfriend|girlfriend|aunt|uncle|baby|kid)) (?:\w+ ){0,2}?(?:collapsed|fainted|passed out|fell down|went down|dropped)"
)
_REAL_HEART_44E = (
    r"chest (?:pain|pains|pressure|tightness|hurts?|is (?:\w+ )?(?:hurting|tight|heavy))|(?:my|his|her) chest (?:\w+ )?(?:hurts|hurting|tight|heavy|pressure)|crushing|"
    r"(?:arm|arms|jaw|face|hand|leg|side) (?:is |are |went |feels? |gone )?(?:\w+ )?(?:numb|tingl\w*|weak|droop\w*|heavy)|numb\w*|tingl\w*|drooping|slurr\w*|"
    r"sweat\w*|clammy|short of breath|shortness of breath|(?:can not|cant|hard to) breathe|breathless|pale|vomit\w*|throwing up|nause\w*|dizz\w*|"
    r"seriously|actually having|really having|real (?:heart attack|stroke)|for real|not joking|not kidding|hospital|emergency room|ambulance|paramedics|icu|cpr|" + _PERSON_FELL_44E
)
_FIGURE_STOPS_44E = r"(?:" + _STOPS_44E + "|" + _REAL_HEART_44E + ")"
# an object's fall or collapse, alone (a cake, a shelf, a tent, a market): not a person's collapse
_THING_COLLAPSED_44E = (
    r"(?:cake|cakes|cupcakes?|souffle|pie|bread|loaf|meringue|layers?|gingerbread house|sandcastle|tent|canopy|gazebo|shelf|shelves|bookshelf|bookcase|"
    r"table|folding table|chair|folding chair|cot|air mattress|bed frame|crib|fort|tower|display|stack|pile|box|boxes|umbrella|"
    r"market|stock market|stocks|economy|prices|deal|plan|project|company|business|negotiations|talks|team|lung)\b(?: \w+){0,2}? "
    r"(?:collaps\w*|caved in|fell (?:apart|in|flat|over))"
)

# 3. After a nasal ketamine dose or Spravato, a relative felt drunk, dizzy, woozy or sleepy for some
# hours and was fine by the evening or the next morning, asked about (often relayed in learner's
# English). Needs the nasal ketamine or Spravato, the effect over and a question. Stops: not waking,
# slow or shallow breathing now, blue, still out of it, now, 911, signs or a wish.
_NASAL_EFFECT_WORDS_44E = (
    r"drunk|tipsy|dizzy|dizziness|woozy|sleepy|drowsy|sleepiness|drowsiness|sedat\w*|spacey|spaced out|floaty|out of it|disorient\w*|dissociat\w*|"
    r"groggy|foggy|loopy|high|slept|sleep|sleeping|nausea|nauseous|mareado|mareada|borracho|borracha|sonolient[oa]|dormid[oa]"
)
_NASAL_DOSE_MARK_44E = (
    _MARK_39D(r"spravato|esketamin\w*|nasal (?:ketamin\w*|spray|dose)|nose spray|intranasal|in the nose|by the nose|nasal|"
              r"ketamin\w* (?:nasal|nose|spray)|ketamin\w* (?:\w+ )?spray|spray nasal|espray nasal")
    + r"(?=[\s\S]*\b(?:" + _OVER_FINE_39F + r"|back to (?:normal|herself|himself|themselves)|(?:by|in|at|next|the next|until|till) (?:the )?(?:evening|night|dinner|bedtime|morning|day|afternoon)|"
    r"next (?:morning|day)|slept it off|wore off|wears off|worn off|(?:is|was|were|felt|feels) (?:\w+ )?(?:normal|fine|ok|okay|good|himself|herself)|"
    r"(?:\d+|one|two|three|four|five|six|some|few|a few|couple(?: of)?|several) (?:\w+ )?(?:hours?|hrs?|h)|all (?:afternoon|day|evening))\b)"
    + r"(?=[\s\S]*(?:" + _QUESTION_41F + r"|\b(?:normal|expected|usual|common|side effects?|worry|worried|concern\w*|ok|okay)\b))"
)
_NASAL_DOSE_STOPS_44E = (
    r"(?:" + _STOPS_44E + r"|"
    r"breath\w* (?:is |are |very |so |really )*(?:slow|shallow|weird|strange|funny|noisy|stopp\w*)|(?:slow|shallow) (?:\w+ )?breath\w*|gasping|snoring loud\w*|"
    r"(?:can not|cant|could not|couldnt) (?:wake|rouse|get) (?:him|her|them|up)|(?:not|hasn t|has not|have not|still not) (?:\w+ )?(?:waking|woken|woke|responding|answering|moving)|"
    r"(?:still|is still|are still) (?:\w+ )?(?:asleep|unconscious|sleeping|out|drunk|dizzy|confused)|will not wake|wont wake|blue|gray|grey|seiz\w*|convuls\w*|chest pain|"
    r"(?:now|right now|currently)(?: \w+){0,3}? (?:he|she|they|is|are|not|i|my)\b|still|hours later|chest|heavy|numb\w*|tingl\w*|slurr\w*|words|"
    r"(?:can not|cant|could not) (?:walk|talk|speak|move|see|stand)|walk straight|face|droop\w*|pills|pastillas|tablets|se tomo|se trago|took|swallow\w*)"
)

# 4. A regular, a coworker or a relative who stands near the platform edge or by the tracks for work (a
# conductor, a track worker, a signal maintainer), no threat told; and an everyday edge (of a stage, a
# pool, a bed, a seat) or a rail yard. The rail work: the sentence with the tracks, needing the work in
# the message. The everyday edge and the rail yard: their own words. Stops: an announced end, a
# goodbye, a jump, the writer's or another's wish or plan, a danger now.
_RAIL_PLACE_44E = (
    r"tracks|track|train tracks|subway tracks|rail ?yard|platform edge|edge of (?:the )?(?:platform|tracks|track)|platforms?|track bed|trackbed"
)
_RAIL_WORK_MARK_44E = _MARK_39D(
    r"conductors?|motorm[ae]n|train operators?|brakem[ae]n|switchm[ae]n|trackm[ae]n|track (?:workers?|inspectors?|crew|walkers?|maintainers?|maintenance|foreman|gang)|"
    r"signal maintainers?|flaggers?|railroad(?:ers?)?|railway\w*|rail workers?|mta|amtrak|lirr|metro ?north|nj transit|septa|station agents?|"
    r"for work|for (?:his|her|their|my) job|on the job|"
    # merge review: a job told on the tracks with its hours between ("works overnights on the tracks",
    # "12 hour night shifts on the train tracks"); the older height family only spares "work on"
    r"(?:work|works|worked|working|shifts?|overnights?|nights|doubles|overtime|trabaj\w*|turnos?)(?: \w+){0,3}? "
    r"(?:on|at|by|near|along|en|por) (?:the |las |los )?(?:train |subway |el tren |del tren )?(?:tracks|track|vias|rieles)"
)
_EVERYDAY_EDGE_44E = (
    r"(?:on|at|by|near|over|to|off|from) (?:the |a |my |his |her |its )?(?:very )?edge of (?:the |a |my |his |her |their |our |this |that )?(?:\w+ )?"
    r"(?:bed|beds|stage|pool|swimming pool|pool deck|couch|sofa|seat|seats|chair|table|desk|counter|mattress|mat|rug|bench|field|court|rink|"
    r"crib|cot|stretcher|exam table|recliner|dance floor|runway|plate|screen|page|paper|lawn|garden|photo|picture|frame|map|town|"
    r"forest|woods|stool|blanket|sandbox|trampoline|ring|mat|gurney|treatment chair|infusion chair|my seat|your seat)\b|"
    r"(?:on|at|by|near|under|over) (?:the )?rail ?(?:yard|road|way|car|cars|line|station|trail|pass|fan|pass)s?\b"
)
_RAIL_STOPS_44E = (
    r"(?:" + _STOPS_44E + r"|step\w* (?:\w+ ){0,2}?(?:off|onto|down onto|in front)|in front of (?:a |the )?(?:train|subway)|lean\w* over|"
    r"(?:said|says|told|texted|wrote|posted|announc\w*|threaten\w*|talk\w* about) (?:\w+ ){0,4}?(?:end|ending|die|dying|kill|jump|goodbye|bye|gone|sorry)|"
    r"last (?:stop|ride|run|shift|day|time)|this would be|tell (?:my|his|her) \w+|love (?:them|you|him|her)|not answering|not responding|keep thinking|thinking about|"
    r"go\w* over|walk\w* (?:onto|into|on to|in front)|sway\w*|pulling in|boots off|shoes off|razor|blade|knife|bleed\w*|blood|bathwater|cut\w*|pills)"
)

_ROUND_44_E = [
    (_filter(_SENTENCE_41E(_OVERWORK_BODY_WORDS_44E)), _OVERWORK_BODY_STOPS_44E, _OVERWORK_MARK_44E),
    (_filter(_SENTENCE_41E(_FIGURE_44E)), _FIGURE_STOPS_44E, _FIGURE_MARK_44E),
    (_filter(_THING_COLLAPSED_44E), _FIGURE_STOPS_44E, None),
    (_filter(_SENTENCE_41E(_NASAL_EFFECT_WORDS_44E)), _NASAL_DOSE_STOPS_44E, _NASAL_DOSE_MARK_44E),
    (_filter(_SENTENCE_41E(_RAIL_PLACE_44E)), _RAIL_STOPS_44E, _RAIL_WORK_MARK_44E),
    (_filter(_EVERYDAY_EDGE_44E), _RAIL_STOPS_44E, None),
]
_add_whole_message_filters(_ROUND_44_E)
# --- round 44's merge review ---
# (pills from school told verb first, "le vendieron unas pastillas en la secundaria", and the signs
# staggering or words that will not come, now: the school does not date them)
NOW_MARKERS = NOW_MARKERS + [
    r"(?:le |les |me )?(?:vendieron|vendio|dieron|dio|pasaron|paso|regalaron) (?:\w+ ){0,3}?(?:pastillas|pastis|pepas|xanax|percs?|blues|bars|tachas) "
    r"(?:\w+ ){0,2}?(?:en|de) (?:la|el) (?:escuela|colegio|prepa|secundaria|instituto|cole|liceo|bachillerato)",
    r"(?:ahora|now) (?:\w+ ){0,2}?(?:se tambalea\w*|no le salen (?:las )?palabras|(?:is |s )?stagger\w*)",
]
# --- round 45's overdose and medical emergencies told by signs (helper b) ---
# Which overdose guidance: a children's fever or pain syrup (acetaminophen, ibuprofen) and a pesticide, a
# roach or rat poison or a weed killer swallowed get the Poison Help steps (no opioid in them).
OVERDOSE_KINDS["non_opioid"] = OVERDOSE_KINDS["non_opioid"] + [_F._KID_MED_45B, _F._PEST_POISON_45B]

# --- round 45's the ask tier in English (helper c) ---
# The families are phrases.py's (round 45, helper c): an intrusive thought on the water told as not acted
# on, hating being alive, trapped with no exit in life, an elderly parent who asks God to take her.
_RISK_45C = "|".join([
    _F.PASSIVE_THOUGHT_ON_WATER_45C, _F.HATE_BEING_ALIVE_45C, _F.NO_EXIT_LIFE_45C, _F.ELDER_WANTS_TO_GO_45C,
])
# 1. No way out of a lease, a contract, a plan or a place ("is there no way out of the lease?", "the
# parking garage had no way out"): the older family reads "no way out" alone. A thing or a place is
# named with it. Stops: the writer's own wish (round 39 d's words), this section's and round 44 (c)'s
# families, hopelessness, a wish to die, life or living.
_THING_45C = (
    r"lease|leases|contract|contracts|agreement|subscription|membership|gym membership|plan|payment plan|deal|commitment|warranty|loan|mortgage|"
    r"policy|insurance|fine|ticket|fee|fees|penalty|cancellation|cancellation fee|appointment|booking|reservation|deposit|bill|debt|payment|job offer|"
    r"garage|parking garage|parking lot|parking structure|parking deck|lot|building|mall|maze|traffic|jam|escape room|room|game|level|puzzle|tunnel|highway|freeway|airport|stadium|venue|car park"
)
_NO_WAY_OUT_THING_45C = (
    r"no (?:way|exit|escape) out (?:of|from) (?:the|my|this|that|our|a|an|his|her|their|your) (?:\w+ ){0,2}?(?:" + _THING_45C + r")\b|"
    r"(?:the|my|this|that|our|a|an|his|her|their|your) (?:\w+ ){0,1}?(?:" + _THING_45C + r") (?:\w+ ){0,3}?(?:has|had|have|with|there is|there was|is|was) (?:\w+ )?no (?:way out|exit)\b"
)
_NO_WAY_OUT_STOPS_45C = (
    _OWN_WISH_39D + "|" + _RISK_45C + "|" + _RISK_44C + r"|hopeless|no hope|want to (?:disappear|be dead|die)|not want to (?:be here|be alive|exist|live)|(?:wish|wished) (?:that )?i (?:was|were) dead|"
    r"pills|overdos\w*|no point|end (?:it|my life)|be gone|my life|this life|of life|living|alive|suicid\w*|kill myself|trapped in my|hurt myself|panic\w*|can not breathe|smoke|fire|flood\w*|gas"
)
_ROUND_45_C = [
    (_filter(_NO_WAY_OUT_THING_45C), _NO_WAY_OUT_STOPS_45C, None),
]
_add_whole_message_filters(_ROUND_45_C)

# --- round 45's English false alarms (helper e) ---
# Declared like round 44 (e)'s section above: (words, stops read over the whole message, a mark the
# message must hold or None); each also gives way to a danger told now (STOPPED_AT_PRESENT_DANGER).
# A wish told seriously: a wish, a plan or the means beside "seriously", "not joking", "for real".
_EARNEST_WISH_45E = (
    r"(?:serious\w*|for real|not joking|not kidding|jokes? aside|no joke|honestly|but really)\b[^.?!]{0,60}?\b(?:"
    r"(?:want|wanna|wanted|going|gonna|plan\w*|ready|decided|thinking (?:about|of)|thought (?:about|of)|about) (?:to )?(?:\w+ )?(?:die|dying|kill (?:my|him|her)self|end (?:it|things|my life)|disappear|not (?:be here|wake up|live))|"
    r"(?:do not|dont|don t) want to (?:live|be here|wake up|be alive|exist)|i mean it|suicid\w*)"
)
_MEANS_TIME_45E = (
    r"tonight|right now|gun|pistol|rifle|rope|noose|pills|blade|razor|note|goodbye|plan\b|bridge|ledge|life insurance|"
    r"kill (?:my|him|her)self|suicid\w*|end (?:it all|my life)|better off (?:dead|without me)|hurt (?:my|him|her)self|cut (?:my|him|her)self|"
    r"(?:die|kill \w+self|end it) (?:\w+ ){0,2}?(?:today|tomorrow)|not (?:joking|kidding)|i mean it|no joke"
)

# 1. A figurative "dying", "kill me", "i am dead" said with laughter, then "but serious question",
# "seriously though", "jokes aside" before a practical question: the joke filter reads any
# "serious" as a stop, but a serious question about the clinic is not seriousness about dying. The
# filter covers the sentence holding the figure; the message must hold laughter and the serious
# turn followed by a question. Stops: a wish, a plan or the means told seriously, a danger now.
_FIGURATIVE_DEATH_45E = (
    DEATH_HYPERBOLE + "|" + _DYING_OF_IT + "|" + _LAUGHING_DEATH + r"|"
    r"(?:just |someone |somebody |please )?(?:shoot|end|bury|kill) me(?: now| already| please)?|take me now|"
    r"(?:i am|i m|im|we are|i was|i just) (?:literally |so |actually |lowkey |basically |officially )?(?:dead|deceased|ded|dying|done for|finished)|"
    r"(?:he|she|they) (?:is|are|s|was) (?:literally |so |actually |lowkey )?(?:dying|dead)|(?:is|are|was|were|has been|have been) (?:literally |actually |slowly |really )?killing (?:me|us|him|her|them)|"
    r"(?:i|we|he|she) (?:literally |just |almost |nearly )?(?:want|wanna|wanted|wants) to die|(?:i|we) (?:am|are|was|m) (?:going to|gonna|about to) die"
)
_SERIOUS_TURN_45E = (
    r"(?:serious|real|honest|srs|legit|actual) (?:question|q|ask|inquiry)|seriously (?:though|tho|tho+|but|now|speaking)|but seriously|ok(?:ay)? seriously|anyway(?:s)? seriously|"
    r"jokes? aside|joking aside|kidding aside|all jokes aside|on a (?:more )?serious note|in all seriousness|for real (?:though|tho)|real talk|srsly|seriously\W{0,3}(?:do|does|can|is|are|how|what|when|where|who)"
)
_SERIOUS_QUESTION_MARK_45E = (
    r"(?<![\s\S])(?=[\s\S]*(?:" + LAUGHTER + r"))"
    r"(?=[\s\S]*\b(?:" + _SERIOUS_TURN_45E + r")\b[^.!]{0,160}?(?:\?|\b(?:do you|does|can i|could i|how much|how long|how many|what|when|where|which|is there|are you|is it|"
    r"insurance|appointment|cost|price|hours|open|book|referral|accept|take)\b))"
)
# The merge review: the serious turn that says how the writer is ("but seriously i'm not ok", "pero en
# serio no estoy bien", "honestly i'm struggling") is the message's point, not a question about the clinic.
_NOT_OK_45R = (
    r"(?:not|no|nt) (?:ok|okay|o k|fine|alright|all right|doing (?:ok|okay|well|good|great))|not good|"
    r"struggl\w*|falling apart|(?:can not|cannot|can t|cant|not) cop\w*|barely (?:holding|hanging|making it)|"
    r"(?:hanging|holding) on by a thread|(?:in a|such a) (?:dark|bad) place|(?:really|so|very) (?:low|down|depressed)|"
    r"need (?:help|to talk)|no (?:estoy|ando|me siento) bien|no estoy ok|(?:estoy|ando) (?:muy |bien )?(?:mal|bajoneada?|deprimid[ao])|"
    r"no (?:puedo|aguanto) mas|necesito (?:ayuda|hablar)"
)
_SERIOUS_QUESTION_STOPS_45E = (
    r"(?:" + _SIGNS_NOW_37 + "|" + _NOW_39F + "|" + _TOOK_ALL_38 + "|" + _EARNEST_WISH_45E + "|" + _MEANS_TIME_45E
    + "|" + _NOT_OK_45R + ")"
)

# 2. A veteran or a first responder who lost comrades or coworkers to suicide (years ago, over a
# career, after coming home), asking an intake question (PTSD care, the VA, Tricare, insurance, a
# referral), no therapy nor denial told (round 42 and 43 (e) needed those). The filter covers the
# sentence with the losses; the message must name the service and ask. Stops: the writer's own thoughts
# or wish now, the writer's own gun or plan, joining them, a danger now.
_COMRADE_LOSS_45E = (
    _COMRADE_SUICIDE_42E + r"|lost (?:\w+ ){0,6}?to suicide|took their own lives|killed themselves|ended their lives|ate (?:his|their) guns?|\d+ a day"
)
_SERVICE_INTAKE_MARK_45E = (
    _MARK_39D(r"veterans?|vets?|marines?|army|navy|air force|national guard|soldiers?|military|deploy\w*|combat|tours?|unit|platoon|squad|battalion|company|"
              r"firefighters?|fireman|firemen|fire department|paramedics?|emts?|ems|police|cops?|officers?|deputy|deputies|first responders?|dispatch\w*|corpsman|medic|"
              r"buddies|brothers in arms|comrades?|shipmates?|partners|coworkers|co workers|colleagues|crew|station|precinct|department|career|iraq|afghanistan|vietnam")
    + r"(?=[\s\S]*\b(?:" + _AFTER_41E + r"|va|the va|veterans affairs|tricare|champva|community care|insurance|cover|covers|covered|coverage|bill|referral|workers comp\w*|"
    r"in network|out of pocket|treat|treats|treating|treatment|ketamin\w*|spravato|appointment|consult\w*)\b)"
    + r"(?=[\s\S]*(?:" + _QUESTION_41F + r"))"
)
_COMRADE_STOPS_45E = (
    r"(?:" + _CORE_STOPS_43E + r"|(?:my|i have a|i ve got a|i got a|i have my) (?:\w+ )?(?:gun|pistol|rifle|service weapon|sidearm|glock)|should have been me|"
    r"(?:i am|i m|im|i feel) (?:\w+ )?(?:next|the next one)|(?:my|i have a|i made a) plan\b|cleaning my (?:gun|pistol|rifle)|loaded|"
    # the merge review: the writer who now understands or shares their choice ("some days i get why",
    # "i get now why guys from my unit ate their guns", "i understand them more every day")
    r"(?:i|some days i|sometimes i|now i|lately i) (?:\w+ )?(?:get|understand|see|know) (?:now |more |better )?why|"
    r"i (?:now )?(?:get|understand) (?:it|them|him|her)\b(?! (?:covered|booked|scheduled|done))|i (?:can )?relate\b|(?:could|might|will) be me\b|"
    r"(?:thinking|think|thought) (?:about|of) (?:joining|doing the same|following)|same (?:way|road|thing) (?:out|they did))"
)

# 3. A child or a teen who asks, after one parent died (of an illness), whether the other parent will
# die too, relayed by the surviving parent asking about grief counselling: the child's fear, not a
# wish. The filter covers the sentence with the question or the fear; the message must hold the death,
# a child and the grief care. Stops: the child's or the parent's wish (to die, to be with the dead),
# self-harm, the means, a danger now.
_WILL_YOU_DIE_TOO_45E = (
    r"(?:ask\w*|wonder\w*|scared|afraid|worried|worries|fear\w*|terrified|panic\w*|cries|crying|thinks?|convinced)\b[^.?!]{0,60}?\b"
    r"(?:die|dying|dies|pass away|be gone|leave)\b(?: \w+){0,3}? (?:too|as well|also|next|like (?:daddy|mommy|dad|mom|mum|mummy|papa|mama|him|her|(?:his|her|their) (?:dad|mom|mum|father|mother)) (?:did|had))|"
    r"(?:am i|are you|is (?:mommy|daddy|mom|dad|mum)|will (?:i|you|mommy|daddy|mom|dad|mum)|(?:i|you) (?:will|ll|are going to|re going to|m going to|am going to)) (?:\w+ )?(?:going to |gonna )?die (?:too|as well|also|next)"
)
_PARENT_DIED_GRIEF_MARK_45E = (
    _MARK_39D(r"died|passed|passed away|lost|death|cancer|leukemia|leukaemia|tumou?r|als|covid|heart attack|stroke|illness|sick|disease|hospice")
    + r"(?=[\s\S]*\b(?:son|daughter|kids?|child|children|teen|teenager|boy|girl|\d+ ?(?:yo|y o|year old|yr old|years old)|toddler|stepson|stepdaughter)\b)"
    + r"(?=[\s\S]*\b(?:grie\w*|griev\w*|bereave\w*|mourn\w*|counsel\w*|therap\w*|therapist|support group|play therapy|child psycholog\w*)\b)"
)
_CHILD_FEAR_STOPS_45E = (
    r"(?:" + _SIGNS_NOW_37 + "|" + _NOW_39F + "|" + _TOOK_ALL_38 + r"|"
    r"(?:want|wants|wanted|wanna|wishes|wish) (?:to )?(?:die|be dead|be with (?:daddy|mommy|dad|mom|mum|him|her|them)|go (?:to heaven|with)|join|kill|not be here|not wake up|disappear)|"
    r"(?:wish|wishes) (?:i|she|he) (?:was|were) dead|be with (?:daddy|mommy|him|her) in heaven|kill (?:my|him|her|them)sel(?:f|ves)|suicid\w*|"
    r"(?:hurt|cut|hit|harm\w*) (?:my|him|her)self|(?:do not|dont|doesn t|does not) want to (?:live|be here|be alive|wake up)|"
    r"gun|pills|rope|knife|blade|razor|note\b|goodbye|plan\b|tonight|not eating for days|stopped eating)"
)

# 4. A clinician or a student asking about a clinical trial or study of ketamine (or esketamine) for
# suicidal ideation: effect size, response rate, how long it lasts, which papers. The filter covers the
# sentence naming the ideation; the message must name ketamine, a research word and a question. Stops:
# the writer's own ideation or wish now (or a patient's now), a danger now.
_IDEATION_TOPIC_45E = r"suicid\w*|si|ideation|anti ?suicidal|antisuicidal|suicidality"
_KETAMINE_RESEARCH_MARK_45E = (
    _MARK_39D(r"ketamin\w*|esketamin\w*|spravato|arketamin\w*")
    + r"(?=[\s\S]*\b(?:trials?|stud(?:y|ies)|rcts?|effect sizes?|response rates?|remission rates?|meta ?analys\w*|papers?|literature|data|evidence|cohorts?|placebo|"
    r"midazolam|nnt|number needed to treat|journals?|published|pubmed|review|citations?|references?|research\w*|aspire|grunebaum|wilkinson|findings|outcomes|endpoints?)\b)"
    + r"(?=[\s\S]*(?:" + _QUESTION_41F + r"|\b(?:which|any)\b))"
)
_RESEARCH_STOPS_45E = (
    r"(?:" + _CORE_STOPS_43E + r"|(?:i|i ve|i have|i m|im|i am|me) (?:\w+ ){0,2}?(?:si|ideation|suicidal)\b|for (?:me|myself)\b|my own (?:si|ideation|thoughts)|"
    r"(?:my|our) (?:patient|client|son|daughter|husband|wife|friend|brother|sister|mother|father|mom|dad) (?:\w+ ){0,2}?(?:is|has been|was) (?:\w+ )?(?:suicidal|talking about))"
)

# 5. A past overdose told line by line (one short line each: found, narcan, the ICU), ending with being
# clean or sober since (a year, 2019), asking about depression care or ketamine in recovery. The filter
# covers the story from the overdose to the clean time; the message must ask about treatment. Stops: a
# use or a relapse today, signs now, the writer's own wish now, a danger now (a story's "i overdosed"
# and its past signs are not stops here).
_CLEAN_SINCE_45E = (
    r"(?:clean|sober|in recovery|drug free|off (?:drugs|opioids|opiates|heroin|fentanyl|pills|everything))(?: (?:and|&) (?:sober|clean))?"
    r"(?: (?:ever )?since\b| for\b| now\b| almost\b| over\b| going on\b| about\b| a year\b| (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:years?|yrs?|months?|weeks?)\b)|"
    r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|few|couple of) (?:\w+ )?(?:years?|yrs?|months?|weeks?|days?) (?:clean|sober|in recovery|drug free)\b"
)
_PAST_OD_STORY_45E = (
    r"\b(?:overdos\w*|od|ods|od ed|oded|took too many|almost died|nearly died)\b[\s\S]{0,400}?(?:" + _CLEAN_SINCE_45E + r")"
)
_RECOVERY_QUESTION_MARK_45E = (
    r"(?<![\s\S])(?=[\s\S]*(?:\?|\b(?:depress\w*|ketamin\w*|spravato|esketamin\w*|treat\w*|therapy|infusion\w*|recovery|relapse|sobriety|appointment|intake)\b))"
)
_SIGNS_NOW_STORY_45E = (
    _SIGNS_NOW_37.replace(r"labios|lips|", "", 1).replace(r"|i (?:took|relapsed|overdosed)|", "|", 1)
)
assert _SIGNS_NOW_STORY_45E.count("lips") == 0 and "i (?:took|relapsed|overdosed)" not in _SIGNS_NOW_STORY_45E
_STORY_STOPS_45E = (
    r"(?:" + _SIGNS_NOW_STORY_45E + "|" + _NOW_39F + "|" + _OWN_THOUGHTS_NOW_43E + r"|"
    r"(?:i|he|she|they) (?:just |have |has |had )?relapsed\b(?! (?:in|back in|once|years?|\d))|relapsed (?:today|tonight|again|yesterday|last night|this morning)|"
    r"(?:used|using|took|shot up|snorted|smoked|drank|slipped) (?:\w+ ){0,3}?(?:today|tonight|this morning|last night|an hour ago|earlier|again)\b|"
    r"(?:is|are|s) (?:\w+ )?(?:not breathing|unresponsive|blue|gray|grey|passed out|nodding out|not waking)|whole bottle|on purpose)"
)

_ROUND_45_E = [
    (_filter(_SENTENCE_41E(_FIGURATIVE_DEATH_45E)), _SERIOUS_QUESTION_STOPS_45E, _SERIOUS_QUESTION_MARK_45E),
    (_filter(_SENTENCE_41E(_COMRADE_LOSS_45E)), _COMRADE_STOPS_45E, _SERVICE_INTAKE_MARK_45E),
    (_filter(_SENTENCE_41E(_WILL_YOU_DIE_TOO_45E)), _CHILD_FEAR_STOPS_45E, _PARENT_DIED_GRIEF_MARK_45E),
    (_filter(_SENTENCE_41E(_IDEATION_TOPIC_45E)), _RESEARCH_STOPS_45E, _KETAMINE_RESEARCH_MARK_45E),
    (_filter(_PAST_OD_STORY_45E), _STORY_STOPS_45E, _RECOVERY_QUESTION_MARK_45E),
]
_add_whole_message_filters(_ROUND_45_E)

# --- round 45's Spanish false alarms (helper f) ---
# Declared like round 44 (f)'s section above: a filter over the sentence with the crisis words
# (_SENTENCE_41E), stops read over the whole message (the same scene with a danger now still fires), a
# mark the message must hold; each also gives way to a danger told now (STOPPED_AT_PRESENT_DANGER).
#
# Shared stops: round 43 (e)'s core stops (signs now, now, 911, the writer's own thoughts, all taken),
# a dose just taken or a rescue under way ("me acabo de tomar", "se inyecto y no despierta"), and the
# writer saying it is not homework ("no es tarea", phrases.NOT_STUDY).
_TAKEN_NOW_45F = (
    r"(?:me|se|nos) (?:la |lo |las |los )?(?:acabo|acaba|acabamos) de (?:tomar|meter|inyectar|fumar|tragar)|me (?:tome|trague|inyecte|meti)\b|se (?:tomo|trago|inyecto|metio)\b|"
    r"(?:ahora|ahorita|ahora mismo|right now) (?:\w+ ){0,4}?(?:no (?:despierta|responde|respira)|inconsciente|desmayad[oa]|tirad[oa])|"
    r"no (?:despierta|reacciona)|esta (?:tirad[oa]|inconsciente|desmayad[oa])|just (?:took|swallowed|injected)"
)
_CORE_STOPS_45F = r"(?:" + _CORE_STOPS_43E + "|" + _TAKEN_NOW_45F + "|" + "|".join(_F.NOT_STUDY) + ")"

# 1. Pharmacology homework, a class or a presentation asking for a drug's toxic, lethal or overdose dose
# range ("para mi tarea de farmacologia, cual es la dosis toxica del paracetamol"). Needs a dose or a
# range asked, the drug named and the study (homework, class, a presentation, the faculty).
_DOSE_WORDS_45F = (
    r"dosis (?:\w+ ){0,2}?(?:toxic\w*|letal\w*|mortal\w*|de sobredosis|maxima\w*|peligros\w*)|dosis|rangos? (?:\w+ ){0,2}?toxic\w*|rango|sobredosis|sobredosific\w*|"
    r"intoxica\w*|toxic\w*|letal\w*|mortal|overdos\w*|toxic dose|lethal dose"
)
_DRUG_45F = (
    r"ketamin\w*|ketamine|esketamin\w*|paracetamol|acetaminofen\w*|acetaminophen|tylenol|ibuprofen\w*|aspirina|opioid\w*|opiaceo\w*|morfina|fentanil\w*|fentanyl|"
    r"heroina|oxicodona|tramadol|metadona|codeina|benzodiazepin\w*|clonazepam|alprazolam|diazepam|litio|farmacos?|medicamentos?|drogas?"
)
_STUDY_MARK_45F = (
    _MARK_39D(r"tarea|tareas|deberes|homework|assignment|clase|clases|class|farmacologia|farmaco|pharmacology|pharm|exposicion|exponer|presentacion|presentation|"
              r"facultad|facu|universidad|uni|university|escuela|colegio|prepa|preparatoria|liceo|examen|parcial|quiz|estudiante|alumn[oa]|student|profe|profesor\w*|"
              r"catedra|materia|trabajo (?:de|para|practico)|informe|monografia|seminario|taller")
    + r"(?=[\s\S]*\b(?:" + _DRUG_45F + r")\b)"
    + r"(?=[\s\S]*\b(?:dosis|rangos?|dose|doses|range|mg|miligramos|gramos|cuanto|cuantos|cuantas|a partir de)\b)"
)
_DOSE_STUDY_STOPS_45F = _CORE_STOPS_45F

# 2. A nursing, medical or psychology exam or class question about suicide warning signs or risk factors
# ("en el examen de enfermeria preguntan las senales de alerta del suicidio"). Needs the signs or risk
# factors named and the exam or the class. Stops: round 44 (f)'s clinician's stops (the writer's own
# thoughts, a patient with a plan in front of them, now) and the writer's own signs ("yo tengo todas").
_SUICIDE_TOPIC_45F = (
    _IDEATION_TOPIC_44F + r"|quitarse la vida|quitar(?:se)? la vida|matarse|se quiere (?:matar|morir|suicidar)|quiere (?:suicidarse|matarse|morir\w*)|"
    r"piensa en (?:quitarse la vida|matarse|suicid\w*|morir\w*)"
)
_SIGNS_EXAM_MARK_45F = (
    _MARK_39D(r"senales|señales|signos|sintomas|indicadores|factores|warning signs|risk factors|red flags|banderas rojas")
    + r"(?=[\s\S]*\b(?:senales|signos|sintomas|indicadores) (?:de )?(?:alerta|alarma|advertencia|aviso|riesgo)|[\s\S]*\bfactores (?:de )?(?:riesgo|proteccion)|"
    r"[\s\S]*\b(?:warning signs|risk factors|red flags|banderas rojas))"
    + r"(?=[\s\S]*\b(?:examen|examenes|parcial|final|quiz|exam|nclex|enarm|eir|mir|pir|residencia|pregunta del? (?:examen|parcial)|clase|class|curso|materia|catedra|"
    r"enfermeria|nursing|medicina|psicologia|psiquiatria|tarea|homework|estudiante|student|profe|profesor\w*|facultad|universidad)\b)"
)
_OWN_SIGNS_45F = (
    r"(?:yo )?(?:tengo|cumplo|me identifico con) (?:\w+ ){0,2}?(?:todas|todos|varias|varios|muchas|muchos|esas|esos|las mismas)|me di cuenta (?:de )?que (?:yo|tengo)|"
    r"i have (?:all|most|many) of (?:them|those)|(?:mi|my) (?:amig[oa]|herman[oa]|novi[oa]|companer[oa]|hij[oa]|mama|papa|friend|roommate)\b[^.?!]{0,60}?\b(?:tiene|has|dice|dijo|se despidio|regalo)"
)
_SIGNS_EXAM_STOPS_45F = r"(?:" + _CLINICIAN_LITERATURE_STOPS_44F + "|" + _CORE_STOPS_45F + "|" + _OWN_SIGNS_45F + ")"

# 4. A scene in a film, a soap, a series or a book where someone is injected and falls unconscious,
# asked about ("en una novela le inyectan ketamina a alguien y queda inconsciente, eso pasa de
# verdad?"). Needs the work named in the sentence before the scene. Stops: the core stops, someone of
# the writer's injected or out now.
_FICTION_WORK_45F = (
    r"(?:pelicula|peliculas|peli|pelis|serie|series|telenovela|novela|novelas|netflix|movie|movies|film|tv show|libro|book|novel|anime|documental|dorama|k ?drama|caricatura)"
)
_FICTION_FAINT_45F = (
    r"\b" + _FICTION_WORK_45F + r"\b(?:(?!\b(?:mi|mis|yo|me|my|i|ahora|ahorita)\b)[^.?!\n]){0,120}?\b(?:inconscien\w*|unconscious|desmay\w*|noquead\w*|dormid[oa]|"
    r"(?:se )?(?:cae|cayo|queda|quedo) (?:\w+ )?(?:inconscien\w*|desmayad[oa]|dormid[oa]|tirad[oa])|pierde el conocimiento|perdio el conocimiento|passes out|passed out|knocked out)\b[^.?!\n]{0,160}"
)

# 6. Hearsay that an overdose of ketamine is hard, asked whether it is true ("un amigo me dijo que es
# muy dificil sobredosificarse con ketamina, es verdad?", Spanglish "heard que es hard to overdose").
_HEARSAY_OD_45F = (
    r"\b(?:dificil|dificiles|hard|imposible|impossible|casi imposible|raro|rare|poco probable)\b[^.?!\n]{0,40}?\b(?:sobredosi\w*|sobredosific\w*|overdos\w*|od)\b[^.?!\n]{0,60}|"
    r"\b(?:sobredosi\w*|sobredosific\w*|overdos\w*)\b[^.?!\n]{0,40}?\b(?:es|is|son|sea) (?:\w+ ){0,3}?(?:dificil|hard|imposible|impossible|rar[oa]|rarisim[oa]|rare|poco comun)\b[^.?!\n]{0,60}"
)
_HEARSAY_MARK_45F = (
    _MARK_39D(r"escuche|oi|oido|me dijeron|me dijo|dicen|dice|lei|leido|he leido|supuestamente|heard|i heard|they say|people say|read|told me|alguien (?:me )?dijo|un amigo|una amiga|mito|myth")
    + r"(?=[\s\S]*\b(?:ketamin\w*|ketamine|esketamin\w*|spravato|keta|special k)\b)"
    + r"(?=[\s\S]*(?:\?|\b(?:es (?:cierto|verdad|real)|es mito|true|verdad|cierto|right)\b))"
)
_HEARSAY_STOPS_45F = (
    r"(?:" + _CORE_STOPS_45F + r"|asi que (?:me|voy|puedo)|so i (?:can|will|took|am going)|para (?:morir|matarme)|to die|(?:cuant[oa]s?|how much|how many) (?:\w+ ){0,3}?(?:necesito|tomar|para morir|to take|to die))"
)

_ROUND_45_F = [
    (_filter(_SENTENCE_41E(_DOSE_WORDS_45F)), _DOSE_STUDY_STOPS_45F, _STUDY_MARK_45F),
    (_filter(_SENTENCE_41E(_SUICIDE_TOPIC_45F)), _SIGNS_EXAM_STOPS_45F, _SIGNS_EXAM_MARK_45F),
    (_filter(_FICTION_FAINT_45F), _CORE_STOPS_45F, None),
    (_filter(_HEARSAY_OD_45F), _HEARSAY_STOPS_45F, _HEARSAY_MARK_45F),
]
_add_whole_message_filters(_ROUND_45_F)

# --- round 45's the Spanish ask tier (helper d) ---
# The filters of a nuisance "me muero" beside a clinic question or laughter ("me muero, a que hora abren?
# jaja") held over the Spanish ask tier told with them (phrases.DIE_TOMORROW_NO_MATTER_45D,
# NO_REASON_TO_GO_ON_45D, WHY_LIVE_ONLY_WORK_45D, WOULD_ANYONE_CRY_45D: "jaja alguien lloraria si me
# muero? bueno a que hora abren", "si me muero manana nada cambiaria jaja"); they give way to them.
_ME_MUERO_FILTERS_45D = [i for i in IDIOMS if i.startswith(r"(?:(?:me quiero morir|me quiero morrir|me muero|me mori|me quiero morir de (?:la )?(?:verg")]
for _filter_45d in _ME_MUERO_FILTERS_45D:
    _add_stops(_filter_45d, _F.ASK_TIER_ES_45D, extend=True)

# --- round 46's suicide emergencies told calmly in English (helper a) ---
# The families are phrases.py's (round 46, helper a): pills put aside little by little until there are
# enough or a day is picked, goodbye messages scheduled with the means at hand, hours on a roof or a
# ledge without wanting to go back down. Two older families read their look-alikes as self-harm;
# declared like round 45 (c)'s and (e)'s sections: (words, stops read over the whole message, a mark the
# message must hold); each also gives way to a danger told now (STOPPED_AT_PRESENT_DANGER).
_FAMILIES_46A = "|".join(_F._SELF_HARM_46A)
_OWN_ACT_46A = (
    r"goodbye|good bye|farewell|bye (?:everyone|every1|all|forever|world)|last (?:msgs?|messages?|texts?|words|letters?|notes?)|forgive me|sorry for everything|"
    r"(?:will not|wont|not going to) be (?:here|around|alive)|kill (?:my|him|her)self|end (?:it|it all|my life|things)|suicid\w*|(?:want|wanna|going|ready|plan\w*) to die|"
    r"overdos\w*|take (?:them|it) all|(?:day|date) (?:is |was )?(?:picked|chosen|set|decided)|(?:picked|chose|chosen|decided on|set) (?:a |the |my )?(?:day|date)"
)
_STOPS_46A = r"(?:" + _CORE_STOPS_43E + "|" + _OWN_WISH_39D + "|" + _OWN_ACT_46A + "|" + _FAMILIES_46A + ")"

# 1. Pharmacy or ward staff putting pills aside or counting them for work ("we put aside pills for
# expired stock every week"): round 12's pills put aside every day read it. The sentence with the pill
# words; the message names the stock, an expiry, a recall, an audit or a count for work. Stops: the
# writer's own hoard (enough, a day, for me, home, hidden), a wish or a danger now.
_PILL_WORK_46A = r"pills?|tablets?|capsules?|meds|medications?|doses?|blister packs?|bottles?|narcotics?|controlled (?:drugs|substances)"
_STOCK_MARK_46A = (
    _MARK_39D(r"stock|inventory|expired|expiry|expiring|short dated|recall\w*|restock\w*|audit\w*|count sheet|narcotic (?:count|log)|(?:the|a) log|"
              r"returns?|wholesaler|supplier|disposal|destruction|reverse distributor|for (?:the )?(?:customers|patients|residents|pharmacist|order|orders)")
)
_PILL_WORK_STOPS_46A = (
    r"(?:" + _STOPS_46A + r"|enough|for me|for myself|my own|(?:take|took|bring|brought) (?:\w+ ){0,3}?home|pocket\w*|hid|hide|hiding|hidden|stash\w*|secret\w*)"
)

# 2. A message or a reminder scheduled for an appointment, a birthday or work ("can i schedule a text to
# go out at midnight to remind me about the appointment"): round 4's scheduled messages read it. The
# sentence with the scheduling; the message names the errand. Stops: a farewell, a wish, the means.
_SCHEDULED_WORDS_46A = (
    r"schedul\w*|(?:set|timed|queued|programmed|program) (?:\w+ ){0,3}?(?:messages?|msgs?|texts?|txts?|emails?|reminders?|posts?|alarms?)"
)
_ERRAND_MARK_46A = _MARK_39D(
    r"remind\w*|reminders?|appointments?|appts?|birthday|bday|anniversary|meetings?|pick ?up|refills?|newsletters?|invoices?|happy|congrat\w*|"
    r"work|boss|clients?|coworkers?|colleagues|holidays?|christmas|new year|party|mothers day|fathers day|valentines?"
)
_ERRAND_STOPS_46A = r"(?:" + _STOPS_46A + r"|pills? (?:are |is )?(?:here|ready|next to|beside|counted|out)|gun|rope|noose)"

# 3. A goodbye email or message to coworkers on a last day at work, a retirement or a move to a new job
# ("wrote a goodbye email to my coworkers for my last day at work, scheduled it for 5pm"): the older
# farewell families read it. The sentence with the farewell; the message names the job left. Stops: a
# wish, the means, a danger now (a farewell is itself the filter's words, so it is no stop here).
_WORK_FAREWELL_46A = r"goodbye|good bye|farewell|last day|bye"
_JOB_LEFT_MARK_46A = _MARK_39D(
    r"(?:my|our|his|her) last day (?:at|of|in) (?:work|the job|the office|the company)|leaving (?:the|my|this|his|her) (?:job|company|firm)|"
    r"retiring|retire|retired|retirement|(?:my|his|her) new job|farewell party|going away party|leaving do|resign\w*|two weeks notice|notice period|"
    r"(?:goodbye|good bye|farewell) (?:email|message|note|card|speech|lunch|drinks|party|post) (?:to|for) (?:my |the |our |his |her |all )?(?:coworkers|co workers|colleagues|team|office|staff|department|clients)"
)
_JOB_FAREWELL_STOPS_46A = (
    r"(?:" + _CORE_STOPS_43E + "|" + _OWN_WISH_39D + r"|(?:will not|wont|not going to) be (?:here|around|alive)|pills?|tablets|gun|pistol|rope|noose|blade|bridge|ledge|roof|"
    r"platform|tracks|edge|jump\w*|not answering|sorry for everything|do not want to be here|no reason to live|kill (?:my|him|her)self|overdos\w*)"
)

# 4. A pet stuck on a roof or a ledge for hours that will not come down ("our cat has been on the roof
# since 3am and does not want to come down"): round 46 (a)'s hours on a roof and the older "on the roof"
# family read it. The sentence with the animal on the roof. Stops: a person's wish, a jump, a danger now.
_PET_ON_ROOF_46A = (
    r"(?:cat|cats|kitten|kitty|dog|puppy|parrot|bird|squirrel|raccoon|pet|tortoise|goat)\b[^.?!]{0,60}?\b(?:on|onto|up on|stuck on|off) (?:the |our |my |a |his |her )?"
    r"(?:\w+ )?(?:roof|rooftop|ledge)"
)
# ...and a pastime up there told with it (sunbathing, reading, a barbecue, the garden, a beer): "been on
# the roof deck for hours reading, do not want to go back down to my hot apartment".
_PASTIME_46A = (
    r"sunbath\w*|tanning|reading|a book|my book|laptop|bbq|barbecue|grill\w*|garden\w*|plants|yoga|chilling|hanging out|beers?|wine|picnic|stargazing|"
    r"music|podcast|hammock|lounge chair|deck chair|pool|hot tub|breeze|fresh air|cool (?:off|down)|power (?:outage|cut)|blackout|heat ?wave|air conditioning"
)
_PET_ON_ROOF_46A = (
    _PET_ON_ROOF_46A + r"|(?:" + _PASTIME_46A + r")\b[^.?!]{0,60}?\b(?:roof|rooftop|roof deck|roofdeck|ledge)|(?:roof|rooftop|roof deck|roofdeck)\b[^.?!]{0,60}?\b(?:" + _PASTIME_46A + r")"
)
# ...and a low roof: a playhouse, a treehouse, a shed ("my kid was on the roof of the playhouse for hours").
_PET_ON_ROOF_46A = (
    _PET_ON_ROOF_46A + r"|(?:roof|top) of (?:the|a|my|our|his|her|their) (?:\w+ )?(?:playhouse|treehouse|tree house|shed|doghouse|dog house|jungle gym|climbing frame|play ?set)"
)
_PET_ON_ROOF_STOPS_46A = r"(?:" + _CORE_STOPS_43E + "|" + _OWN_WISH_39D + "|" + _OWN_ACT_46A + r"|jump\w*|i (?:am|have been|been) (?:up )?on (?:the|a|my) (?:\w+ )?(?:roof|ledge))"

_ROUND_46_A = [
    (_filter(_SENTENCE_41E(_PILL_WORK_46A)), _PILL_WORK_STOPS_46A, _STOCK_MARK_46A),
    (_filter(_SENTENCE_41E(_SCHEDULED_WORDS_46A)), _ERRAND_STOPS_46A, _ERRAND_MARK_46A),
    (_filter(_SENTENCE_41E(_WORK_FAREWELL_46A)), _JOB_FAREWELL_STOPS_46A, _JOB_LEFT_MARK_46A),
    (_filter(_SENTENCE_41E(_PET_ON_ROOF_46A)), _PET_ON_ROOF_STOPS_46A, None),
]
_add_whole_message_filters(_ROUND_46_A)
# --- round 46's Spanish emergencies told by signs, and 'acabar de' with a taking verb (helper b) ---
# An electrician's or a first-aid course told with what to do if someone is electrocuted and lies
# still ("estoy en un curso de electricista, nos ensenaron que hacer si alguien se electrocuta y no
# responde"): a lesson, no shock now. The filter spans the lesson's hypothetical; it gives way to a
# danger told now, like the other whole-message filters.
_SHOCK_LESSON_46B = (
    r"(?:curso|cursos|capacitacion|clase|clases|taller|entrenamiento|certificacion|training|course|class|classes|workshop|certification)\b[^?]{0,150}?"
    r"\b(?:que hacer|que se hace|como actuar|como ayudar|como reaccionar|como responder|what to do|what you do|how to (?:help|act|respond|react))"
    r"(?: \w+)? (?:si|if|cuando|when|en caso de que) (?:alguien|someone|somebody|una persona|a person|un companero|a coworker|un trabajador|a worker)\b[^.?!]{0,120}"
)
_add_whole_message_filters([(_filter(_SHOCK_LESSON_46B), None, None)])
# --- round 46's the English ask tier, thoughts told in passing (helper c) ---
# The families are phrases.py's (round 46, helper c): nobody would notice if the writer vanished, a
# student or a worker relayed as rather dead than fail, intrusive thoughts of crashing the car told as
# not planned, urges to cut or burn oneself again.
# The older filter of "rather die than <a thing>" (a joke: "rather die than be caught in those shoes")
# ruled out a student relayed by a teacher, a coach or a resident assistant as "rather be dead than
# fail": it gives way to phrases.RATHER_DEAD_THAN_FAIL_RELAYED_46C.
_RATHER_DIE_THAN_THING_46C = [i for i in IDIOMS if i.startswith(r"rather (die|be dead|dying)['\"]?,? (\w+ ){0,2}?than (?!(live|living|go on")]
for _idiom_46c in _RATHER_DIE_THAN_THING_46C:
    _add_stops(_idiom_46c, _F.RATHER_DEAD_THAN_FAIL_RELAYED_46C, extend=True)
# Round 41 (e)'s filter of a song or a film told with a death word and a question read "track" (a coach's
# high school track team) as a song's; it gives way to the same family.
_add_stops(_ROUND_41_E[6][0], _F.RATHER_DEAD_THAN_FAIL_RELAYED_46C, extend=True)
# An urge to cut back or down on something ("the urge to cut back on caffeine again"): the older token
# family "urge to cut" read it as self-harm. The cutting is a thing's. Stops: self-harm told (the
# words, the body, a blade, blood), the writer's own wish (round 39 d's words), this section's families.
_CUT_BACK_46C = (
    r"\b(?:urges?|cravings?|tempted|temptation|want\w*|wanna|need\w*|trying|try|going|gonna|have|plan\w*|decided) (?:\w+ )?to cut (?:back|down|out)\b(?: on\b)?|"
    r"\bcut(?:ting)? (?:back|down) on\b"
)
_CUT_BACK_STOPS_46C = (
    _OWN_WISH_39D + "|" + _F.ASK_TIER_EN_46C + r"|myself|self[ -]?harm\w*|my (?:arms?|wrists?|legs?|thighs?|skin|stomach)|blade|razor|blood|bleed\w*|scars?|relaps\w*"
)
_add_whole_message_filters([(_filter(_CUT_BACK_46C), _CUT_BACK_STOPS_46C, None)])
# --- round 46's Spanish ask tier, and a wish with the means at hand (helper d) ---
# 4. "Muerto/a de cansancio", "muerta de sueño", "me muero de hambre" in the forms the older nuisance
# filters (round 43 f's _DIE_OF_43F, round 44 f's feelings) miss: "muerta del sueño", "muertisima de
# cansancio", "morida de", "me muero de cansada", "me quiero morir de cansancio", a typo ("cansansio"),
# "estoy muerta, de cansancio nomas", told beside a question about prices or appointments. Nothing read
# and not ruled out, such a text went on to DIET and the risk model and reached the ask tier; and "me
# quiero morir de cansancio" was read as self-harm. The filter covers the sentence; it needs the price
# or appointment question in the message and gives way to round 44 (f)'s feeling stops (a wish, thoughts
# of death, lethal means, sadness), and to a danger told now.
_TIRED_46D = (
    r"cansancio|cansansio|cansanzio|cansacio|cansada|cansado|cansadisim[oa]|agotamiento|sueno|sue|suenito|hambre|ambre|hambruna|flojera|sed|desvelo|desvelad[oa]"
)
_DEAD_OF_46D = (
    r"(?:muert[oa]s?|muertisim[oa]s?|muertit[oa]|morid[oa]|bien muert[oa]|(?:me|nos) (?:muero|morimos|mori|estoy muriendo|estamos muriendo|voy a morir)|"
    r"estoy que me muero|ando que me muero|muriendome|muriendonos)(?: en vida)?,? (?:(?:de|del|de tanto|de tanta|de puro|de pura|de la)(?: \w+)?? )?(?:" + _TIRED_46D + r")"
)
_PRICE_OR_VISIT_MARK_46D = _MARK_39D(
    r"cuanto|cuanta|precio|precios|cuesta|cuestan|costo|cobran|cobra|sale|salen|tarifa|pago|pagar|seguro|cita|citas|consulta|consultas|turno|turnos|horario|horarios|abren|cierran|"
    r"agenda|agendar|reagendar|disponibles?|disponibilidad|sesion|sesiones|infusion|infusiones|lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana|price|cost|appointment|open"
)
_ROUND_46_D = [
    (_filter(_SENTENCE_41E(_DEAD_OF_46D)), _FEELING_IDIOM_STOPS_44F, _PRICE_OR_VISIT_MARK_46D),
]
_add_whole_message_filters(_ROUND_46_D)
# --- round 46's Spanish false alarms (helper f) ---
# Declared like round 44 (f)'s and round 45 (f)'s sections above: a filter over the sentence with the
# crisis words (_SENTENCE_41E, _SENTENCE_PAIR_43F), stops read over the whole message (the same scene with
# a danger now still fires), a mark the message must hold; each also gives way to a danger told now
# (STOPPED_AT_PRESENT_DANGER). Shared stops: round 45 (f)'s core stops (signs now, now, 911, the writer's
# own thoughts, all taken, a dose just taken, NOT_STUDY).
_CORE_STOPS_46F = _CORE_STOPS_45F

# 1. A relative's overdose years ago or in another country, told as background, then a question about
# treating the writer's pain (the back, a hernia, sciatica) without opioids ("mi hermano murio de
# sobredosis hace anos en Mexico, por eso no quiero opioides para mi dolor de espalda"). Needs the
# relative, a time gone by (or a death, which is over), the pain and the opioids or an alternative
# asked about. Stops: the core stops, round 44 (f)'s stops of a witnessed overdose (signs now, today,
# again, just), the writer's own wish or thoughts.
_OD_WORDS_46F = r"sobredosis|sobredosific\w*|sobre dosis|overdos\w*|od|od d|se paso de (?:droga|drogas|pastillas|dosis|heroina|fentanilo)"
_GONE_BY_46F = (
    r"hace (?:tiempo|mucho|muchos anos|anos|meses|varios anos|un ano|unos anos|\w+ anos|\d+ anos)|ase (?:tiempo|mucho|muchos anos|anos|\w+ anos|\d+ anos)|"
    r"anos atras|hace rato|en (?:19|20)\d\d|el ano pasado|cuando (?:yo )?(?:era|eramos|estaba|tenia)\b|de (?:chic[oa]|nin[oa]|joven)|en aquel (?:entonces|tiempo)|"
    r"years ago|a long time ago|back in (?:19|20)\d\d|when i was|murio|se murio|fallecio|perdi a|perdimos a|died|passed away|sobrevivio|se salvo|survived"
)
_PAIN_46F = (
    r"dolor\w*|duele\w*|lumbalgia|lumbar|ciatica|ciatico|hernia\w*|espalda|columna|cintura|rodilla\w*|cadera|cuello|artritis|artrosis|migran\w*|neuropat\w*|"
    r"fibromialgia|cirugia|operacion|operaron|pain|back|sciatica|hernia|spine|arthritis|surgery"
)
_NO_OPIOIDS_ASKED_46F = (
    r"opioid\w*|opiaceo\w*|opiacios|opiates?|oxicodona|oxycodone|oxy|morfina|morphine|tramadol|hidrocodona|hydrocodone|codeina|percocet|vicodin|fentanilo|"
    r"pastillas fuertes|calmantes fuertes|alternativ\w*|otra cosa|otras opciones|opciones|sin (?:pastillas|medicamentos|narcoticos)|narcoticos|ketamin\w*"
)
_PAST_OD_PAIN_MARK_46F = (
    _MARK_39D(_RELATIVE_44F + r"|papi|mami|tio|tia|abuel[oa]|amig[oa]|novi[oa]|ex|vecin[oa]")
    + r"(?=[\s\S]*\b(?:" + _GONE_BY_46F + r")\b)"
    + r"(?=[\s\S]*\b(?:" + _PAIN_46F + r")\b)"
    + r"(?=[\s\S]*\b(?:" + _NO_OPIOIDS_ASKED_46F + r")\b)"
)
_PAST_OD_PAIN_STOPS_46F = (
    r"(?:" + _CORE_STOPS_46F + "|" + _WITNESSED_OD_STOPS_44F + "|" + _THOUGHTS_OF_DEATH_43R + r"|"
    r"(?:quiero|quisiera|voy a|pienso) (?:\w+ ){0,2}?(?:hacer lo mismo|irme (?:con|igual)|seguir(?:le)? los pasos)|igual que (?:el|ella)\b(?! (?:no|me|nos))|"
    r"(?:tengo|guardo|junte|juntando) (?:\w+ ){0,2}?(?:pastillas|oxicodona|morfina|fentanilo)(?! (?:para el dolor|recetad\w*))|para (?:morir\w*|matarme|no despertar)|"
    r"se (?:esta|estan) (?:muriendo|pasando)|(?:esta|anda) (?:tirad[oa]|morad[oa]|azul))"
)

# 2. A household object, a chore or a baby that will not sleep that "me va a matar", "me mata", "me esta
# matando", with laughter ("jaja", "jeje", the laughing emoji), often beside a postpartum question ("la
# lavadora me va a matar jaja, atienden depresion posparto?"). Needs the thing in the sentence with the
# words and laughter in the message. Stops: round 42 (e)'s joke stops (violence, earnest, a rage, the
# writer's own wish, signs now), thoughts of death, harm to the baby, a wish to vanish; not round 43
# (f)'s idiom stops, whose "pecho" is breastfeeding here ("doy pecho").
_HOUSEHOLD_46F = (
    r"lavadora|secadora|maquina de coser|maquina|aspiradora|licuadora|batidora|plancha|planchar|planchando|estufa|horno|microondas|refri|refrigerador|lavavajillas|"
    r"trastes|platos|ropa|lavar|lavando|tender|doblar|limpiar|limpiando|trapear|barrer|cocinar|cocinando|quehacer\w*|la casa|pan(?:al|ales)|pañales|biberon\w*|mamilas?|"
    r"sacaleches|extractor|tiraleches|cuna|carriola|carrito|colicos|los dientes|la dentici\w*|"
    r"bebe|bebito|bebita|baby|nene|nena|nin[oa]|chamac[oa]|escuincle|criatura|crio|cria|hij[oa]|recien nacid[oa]|gemel[oa]s|"
    r"no (?:duerme|dormir|dormi|dormimos|se duerme|para de llorar)|sin dormir|desvelad[oa]s?|desvelos?|noches? sin dormir"
)
_HOUSEHOLD_JOKE_STOPS_46F = (
    # (round 45 (f)'s core stops without NOT_STUDY: round 45's merge review's suicide announced for
    # tomorrow reads "me va a matar, cada manana" as one)
    r"(?:" + _KILL_ME_JOKE_STOPS_42E + "|" + _THOUGHTS_OF_DEATH_43R + "|" + _CORE_STOPS_43E + "|" + _TAKEN_NOW_45F + r"|"
    r"(?:hacerle|hacer|causarle) (?:\w+ )?dano|lastimar(?:lo|la|le)?|sacudi\w*|shak\w*|tirarlo|ahogar\w*|(?:al|a mi|a la) (?:bebe|nin[oa]|hij[oa]) (?:\w+ )?(?:pegar|lastimar|hacer dano)|"
    r"desaparecer|desaparezca|mejor muert[oa]|estarian mejor|sin mi|no quiero (?:vivir|seguir|despertar)|ya no (?:puedo|aguanto)|no aguanto mas|no puedo mas|"
    r"pensamientos|intrusiv\w*|voces|psicosis|alucin\w*)"
)
_LAUGH_MARK_46F = r"(?<![\s\S])(?=[\s\S]*(?:" + LAUGHTER + r"))"

# 5. A friend (or the writer) who "se quiere morir" or "se muere" when she sees her ex, teased with
# laughter or "es broma" ("mi amiga se quiere morir cada vez que ve a su ex jaja es broma, a que hora
# abren?"). Needs the ex seen in the sentence with the words and the laughter or the joke named. Stops:
# the core stops, a wish in earnest ("de verdad", "no es broma"), the means, a plan, her sadness or not
# eating, a farewell.
_WANTS_TO_DIE_46F = (
    r"(?:se|me|nos) (?:quiere|quiero|queremos|quieren|queria|queria|quisiera) morir|(?:quiere|quiero|quieren) morirse|(?:se|me) (?:muere|muero|moria|morimos)|"
    r"(?:quiere|quiero) (?:que (?:la|lo|me) trague la tierra)|(?:se|me) (?:quiere|quiero) (?:matar|tirar)"
)
_SEES_EX_46F = (
    r"(?:cuando|cada vez que|cada que|si|al|apenas|nomas|nada mas) (?:\w+ ){0,3}?(?:ve|vea|veo|vemos|ver|mira|miro|se (?:encuentra|topa|cruza)|me (?:encuentro|topo|cruzo)|"
    r"encontrarse|toparse|cruzarse|aparece|sale|escucha|oye|stalkea|stalkeo)(?: \w+){0,4}? (?:ex|exnovi[oa]|exesposo|exesposa|expareja|crush|ex-novi[oa])\b|"
    r"(?:ex|exnovi[oa]|exesposo|exesposa|expareja|crush)\b(?: \w+){0,4}? (?:aparece|llega|pasa|(?:le|me) (?:habla|escribe|saluda|da like|likea|comenta)|da like|"
    r"sube|publica|postea|comenta)\b"
)
_EX_TEASE_46F = (
    r"[^.?!\n]{0,120}\b(?:" + _WANTS_TO_DIE_46F + r")\b[^.?!\n]{0,40}?\b(?:" + _SEES_EX_46F + r")[^.?!\n]{0,120}|"
    r"[^.?!\n]{0,120}\b(?:" + _SEES_EX_46F + r")[^.?!\n]{0,40}?\b(?:" + _WANTS_TO_DIE_46F + r")\b[^.?!\n]{0,120}"
)
_TEASE_MARK_46F = (
    r"(?<![\s\S])(?=[\s\S]*(?:" + LAUGHTER + r"|\b(?:es broma|es chiste|de broma|bromeando|broma|molestando|la estoy molestando|lo estoy molestando|"
    r"exagerando|exagerada|dramatica|drama|jk|es un decir)\b))"
)
_EX_TEASE_STOPS_46F = (
    r"(?:" + _CORE_STOPS_46F + "|" + _THOUGHTS_OF_DEATH_43R + r"|no es (?:broma|chiste)|no (?:estoy|esta) (?:bromeando|jugando)|en serio|de verdad|neta|la verdad|"
    r"pastillas|pills|pistola|arma|soga|cuerda|navaja|cuchillo|veneno|plan\b|carta|despedi\w*|adios|se (?:corta|cortaba|corto)|cortarse|"
    r"deprimid[oa]|depresion|no come|no duerme|llora todo el dia|no sale de su cuarto|ya no quiere (?:vivir|seguir|nada)|no quiere vivir|"
    r"(?:hizo|tuvo) un intento|lo intento|intento (?:matarse|suicid\w*)|" + _F.ASK_TIER_ES_45D + ")"
)

_ROUND_46_F = [
    (_filter(_SENTENCE_41E(_OD_WORDS_46F)), _PAST_OD_PAIN_STOPS_46F, _PAST_OD_PAIN_MARK_46F),
    (_filter(_SENTENCE_PAIR_43F(_HOUSEHOLD_46F, _KILL_ME_IDIOM_43F)), _HOUSEHOLD_JOKE_STOPS_46F, _LAUGH_MARK_46F),
    (_filter(_EX_TEASE_46F), _EX_TEASE_STOPS_46F, _TEASE_MARK_46F),
]
_add_whole_message_filters(_ROUND_46_F)

# --- round 46's merge review ---
# Choking or strangling said of a thing, a debt or questions ("esta corbata me está ahorcando", "me
# está ahorcando con tantas preguntas", "the deadline is choking me lol"): no one's throat, no attack.
# Gives way to a danger told now, to breathing signs, a blow, drink or hands at the neck.
_FIGURATIVE_CHOKING_46R = (
    r"\b(?:corbata|camisa|cuello de la camisa|cinturon|faja|brasier|bufanda|mascarilla|pantalon\w*|ropa|tie|collar|shirt|belt|scarf|mask|jeans|pants|"
    r"deadlines?|workload|debts?|rent|bills|mortgage|this job|my job|school|homework|tareas?|trabajo|deudas?|renta|cuentas|hipoteca)\b"
    r"[^.?!\n]{0,25}?\b(?:is |are |keeps |esta |estan |me esta |me estan |me )?(?:choking|strangling|suffocating|ahorcando|asfixiando|ahogando)(?: me)?\b|"
    r"\b(?:me (?:esta|estan|estas|tiene|tienen) )?(?:ahorcando|asfixiando|ahogando|choking me|strangling me|suffocating me) (?:con|with) "
    r"(?:tantas|tantos|tanta|tanto|sus|tus|all (?:the|these|those|his|her|your)|so many|so much|these|those|his|her|your) "
    r"(?:preguntas|questions|trabajo|work|tareas|homework|cuentas|bills|deudas|reglas|rules|exigencias|demands|mensajes|messages|texts|"
    r"llamadas|calls|emails|correos|quejas|complaints)\b"
)
_add_whole_message_filters([
    (_FIGURATIVE_CHOKING_46R,
     r"(?:can not|cant|cannot|could not|no (?:puedo|puede|podia|podemos)) (?:breathe|respirar)|turning blue|\bblue\b|morad[oa]|azul|911|"
     r"hit me|hits me|me pego|le pego|golpe\w*|borrach\w*|drunk|con (?:las|sus) manos|with (?:his|her|their|both) hands|"
     r"around (?:my|her|his) neck|del cuello|por el cuello|on the floor|en el (?:piso|suelo)", None),
])
# Round 46 (a)'s four look-alike filters (pill work, a scheduled errand, a work farewell, a pastime or a
# pet on a roof) also give way to the means and the absence told in other words: "i dont think ill be
# here", "dont wake up", "finish the bottle", a helium tank, a car running in a closed garage, the
# smoke detector's batteries out, standing at the edge and stepping off, nobody noticing.
_MEANS_AND_ABSENCE_46R = (
    r"(?:do not|dont) think (?:i will|ill|i am going to|i am gonna) (?:be (?:here|around|alive)|make it)|(?:do not|dont|never|not) wake up|"
    r"finish (?:off )?(?:the|my|that) (?:bottle|pills|meds|tablets)|helium|smoke (?:detector|alarm)|carbon monoxide|exhaust|"
    r"(?:in|inside) the (?:closed )?garage|garage door (?:is )?(?:down|shut|closed)|(?:car|engine) (?:is )?(?:running|on)\b|"
    r"step (?:off|out|over)|edge of the (?:roof|building|ledge)|standing on the edge|over the edge|nobody (?:notices|will notice|would notice|cares)"
)
for _words, _stops, _mark in _ROUND_46_A:
    _add_stops(_words, _MEANS_AND_ABSENCE_46R, extend=True)

# --- round 46's English false alarms and a shared distress stop (helper e) ---
# Declared like round 45 (e)'s section above: (words, stops read over the whole message, a mark the
# message must hold or None); each also gives way to a danger told now (STOPPED_AT_PRESENT_DANGER).
#
# 4 (first, the others use it). Distress told now, in the writer's own words, with no crisis words:
# "i am not ok", "i am struggling", "i can not cope", "i need to talk to someone", "can someone call
# me", "i am breaking down", "no estoy bien", "ya no puedo mas", "necesito hablar con alguien". A turn
# to it after a joke or a hyperbole ("lol my boss is killing me. ok for real though, i am struggling, can
# someone call me") is the message's point: every joke and hyperbole filter gives way to it (below), and
# the joke, hyperbole and weariness readings of the detector (NOT_A_JOKE) stop there, so the message is
# not ruled out and the trained model's reading stands. Not asked ahead ("if i am not ok after the
# infusion"), not denied ("i am not struggling"), not an errand ("not ok with the price", "need to talk
# to someone about my bill", "call me back about the appointment"), not a laugh ("no puedo mas de la risa").
_ANNOYANCE_46E = r"(?:" + "|".join(ORDINARY_ANNOYANCES) + r")"
_NOT_ASKED_AHEAD_46E = r"(?<!\bif )(?<!\bwhen )(?<!\bcase )(?<!\bunless )(?<!\bwhether )(?<!\bsi )(?<!\bcuando )"
_ERRAND_46E = (
    r"(?:bill\w*|pay\w*|insurance|appointment\w*|booking|book|schedul\w*|reschedul\w*|price\w*|pricing|cost\w*|refund\w*|invoice\w*|claims?|account|"
    r"intake|forms?|paperwork|directions|parking|hours|times?|dates?|results?|records|prescription\w*|referral\w*|quote)"
)
_DISTRESS_NOW_46E = (
    # not ok, not fine, not doing well (said of the writer, now)
    _NOT_ASKED_AHEAD_46E + r"(?:i am|i feel|i am feeling|i have been|i been|feeling|and am|but am)"
    r"(?: (?:so|really|just|honestly|truly|actually|definitely|seriously|very|totally|genuinely|kinda|kind of|literally))? not "
    r"(?:ok|okay|o k|fine|alright|all right|well|good|doing (?:ok|okay|well|good|great|fine|alright|so good|too good))\b"
    r"(?! (?:with|about|to|that|if|for|paying|at all with)\b)|"
    + _NOT_ASKED_AHEAD_46E + r"i do not feel (?:ok|okay|fine|alright|all right|safe|like myself)\b(?! (?:with|about|to|paying|that)\b)|"
    r"(?:for real|seriously|honestly|real talk|ngl|tbh|jokes aside|but really)(?: though| tho)?,? (?:i am )?not (?:ok|okay|fine|alright)\b(?! (?:with|about|to)\b)|"
    # struggling, told as a state now
    + _NOT_ASKED_AHEAD_46E + r"(?:i am|i have been|i been|been) (?!not\b|never\b)(?:\w+ )?struggl(?:ing|in)\b"
    r"(?=\s*(?:[.,!?;:)]|$|and\b|so\b|a lot|bad|badly|hard|really|right now|today|tonight|lately|mentally|emotionally|big time|here|honestly|again|"
    r"more than|with (?:everything|life|it all|my mental health|my head|my mind|the thoughts|dark thoughts|how i feel|myself)))|"
    # can not cope (not with an everyday annoyance)
    + _NOT_ASKED_AHEAD_46E + r"(?:i )?(?:can not|cannot|could not|unable to|not able to) cope\b(?! with (?:\w+ ){0,2}?" + _ANNOYANCE_46E + r")|"
    + _NOT_ASKED_AHEAD_46E + r"i am (?:just |really |barely |not )?(?:not coping|coping badly|barely coping)|"
    # to talk to someone, someone to call
    r"(?<!\bdo i )(?<!\bshould i )(?<!\bwill i )(?<!\bwould i )(?<!\bdo you )(?:need|want|have) (?:to talk|to speak|to vent) to (?:someone|somebody|anyone|a (?:real )?(?:person|human))\b"
    r"(?! (?:about|regarding|in|from|at|re) (?:\w+ ){0,2}?" + _ERRAND_46E + r")|"
    r"(?<!\bdo i )(?<!\bshould i )(?:need|want) (?:someone|somebody|anyone|a person) to (?:talk|speak|vent) to\b|"
    r"(?:i )?(?:just |really )?need to (?:talk|vent)(?=\s*(?:[.,!?;]|$|please|now|right now|asap|tonight|so bad|badly))|"
    r"(?:(?:please|pls|plz) (?:someone |somebody |anyone )?|(?:can|could|would|will) (?:someone|somebody|anyone) (?:please )?|(?:someone|somebody|anyone) (?:please )?)"
    r"call me\b(?! (?:back|at|about|to|re|regarding|on|tomorrow|when|after|before|with|this|next|between|in|later|if|for|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)|"
    # breaking down, falling apart
    r"i am (?:\w+ )?(?:breaking down|falling apart|at my breaking point|in a (?:really |very )?(?:dark|bad) place)|my (?:life|world|mind|head) is falling apart|"
    r"i (?:just |kind of |kinda )?(?:broke down|had a (?:mental |nervous )?breakdown)|(?:having|have) a (?:mental |nervous |full )?breakdown|"
    # Spanish
    + _NOT_ASKED_AHEAD_46E + r"no (?:estoy|ando|me siento) (?:nada )?(?:bien|ok|okay)\b(?! (?:de|del|con) (?:la |el |mi )?(?:estomago|panza|garganta|gripa|gripe|espalda|rodilla|dinero|pago|precio))|"
    r"(?:ya )?no (?:puedo|aguanto) mas\b(?! (?:de (?:la )?risa|con (?:este|esta|el|la) (?:calor|frio|trafico|tarea|espera|fila|papeleo)))|"
    r"necesito (?:hablar con (?:alguien|una persona)|que alguien me (?:llame|hable|escuche)|desahogarme)\b"
    r"(?! (?:sobre|acerca de|de|del|para|por) (?:\w+ ){0,2}?(?:factura|cita|pago|seguro|precio|costo|reembolso|horario|cuenta))|"
    r"(?:alguien|por favor) (?:me puede |me podria |puede )?(?:llamar(?:me)?|llameme|llamenme)\b(?! (?:manana|para (?:la cita|agendar|reagendar)))|"
    r"me estoy (?:derrumbando|desmoronando|cayendo a pedazos)"
)

# Every joke or hyperbole filter told so far gives way to it (STOPS_ANYWHERE_IN_MESSAGE, read by
# detector._filter_gives_way): a filter is one when it is built of the laughter, the death hyperbole or
# the serious words of the joke families, or when its words are a figure of dying or killing said of the
# writer. Filters appended after this line are not covered: a later joke filter adds
# _DISTRESS_NOW_46E to its own stops.
_HYPERBOLE_BLOCKS_46E = (
    LAUGHTER, DEATH_HYPERBOLE, _DYING_OF_IT, _LAUGHING_DEATH, _SERIOUS_WORDS, _KILL_SELF_43E, _FIGURATIVE_DEATH_45E,
    "killing me", "kills me", "murdering me", "death of me", "to death", "kill me", "killing him", "killing her",
    "me muero", "me mata", "matando", "me quiero morir", "morir de", "die of", "laughing", "risa", "heart attack",
)
JOKE_FILTERS_46E = frozenset(
    i for i, idiom in enumerate(IDIOMS) if any(block in idiom for block in _HYPERBOLE_BLOCKS_46E)
)
for _i_46e in sorted(JOKE_FILTERS_46E):
    _extend_stops(_i_46e, _DISTRESS_NOW_46E)
# ...and the detector's own joke, hyperbole and weariness readings (detector._joking, _joke, _weary)
NOT_A_JOKE = NOT_A_JOKE + [_DISTRESS_NOW_46E]
# ...and the past reading (a message only about the past is ruled out): distress told now is now
# ("i am dead lol my crush saw my search history. ok but actually i am struggling").
NOW_MARKERS = NOW_MARKERS + [_DISTRESS_NOW_46E]

# 1. Money or work told with body words, often with an emoji: "my savings are bleeding out", "my
# portfolio is dying", "my 401k is on life support", "the business is flatlining", "my paycheck bled out
# before the 15th", then ("for real though") a question about the cost or the payment. The filter covers
# the sentence holding the money word and the body word; the message must ask about a cost, a price or
# a way to pay. Stops: a person bleeding or hurt (a wrist, a cut, blood everywhere), distress told now
# (_DISTRESS_NOW_46E), the writer's own thoughts or wish, a danger or signs now.
_MONEY_46E = (
    r"savings?|savings account|bank account|checking(?: account)?|account|wallet|purse|portfolio|401 ?k|ira|roth|stocks?|shares|investments?|"
    r"retirement(?: fund| account)?|nest egg|emergency fund|credit(?: card)?|credit score|cards?|paycheck|pay check|salary|wages?|budget|finances|"
    r"bank|money|cash|funds?|rent money|business|company|startup|shop|store|restaurant|side hustle|crypto|bitcoin|hsa|fsa|pockets?|"
    r"cuenta(?: de banco)?|ahorros|cartera|bolsillo|quincena|sueldo|negocio|tarjeta|dinero|lana|plata"
)
_MONEY_BODY_46E = (
    r"bleed\w*|bled(?: out| dry)?|hemorr?hag\w*|haemorrhag\w*|dying|died|dead|on life support|flat ?lin\w*|on (?:its|their) (?:last|death) ?bed|"
    r"gasping(?: for air)?|suffocating|drowning|in (?:the )?icu|on a ventilator|in critical condition|in cardiac arrest|having a heart attack|code blue|"
    r"bleeding out|crying|screaming|sangr\w*|desangr\w*|muriendo|murio|muert[oa]s?|agoniz\w*|en terapia intensiva"
)
_MONEY_HYPERBOLE_46E = (
    r"(?:" + _MONEY_46E + r")\b(?: [\w']+){0,4}? (?:is |are |s |has been |have been |was |were |just |literally |officially |esta |estan )?"
    r"(?:literally |slowly |officially |basically |so |just |lowkey |actually )?(?:" + _MONEY_BODY_46E + r")\b|"
    r"(?:bleeding|bled|hemorr?hag\w*|sangrando) (?:\w+ )?(?:money|cash|dollars|funds|savings|dinero|lana|plata)\b"
)
_COST_ASK_MARK_46E = (
    _MARK_39D(r"how much|cost\w*|price\w*|pricing|pay|paying|payment\w*|payment plans?|pay upfront|upfront|out of pocket|charge|charges|fee|fees|afford\w*|"
              r"financ\w*|sliding scale|discount\w*|care ?credit|hsa|fsa|insurance|deductible|copay\w*|bill|billing|cash price|per session|per infusion|"
              r"cuanto|cuesta|cuestan|costo|precio|pago|pagos|pagar|plan de pagos|descuento|seguro")
    + r"(?=[\s\S]*(?:" + _QUESTION_41F + r"|\b(?:is there|are there|do you|can i|could i|do i|will it|would it)\b))"
)
# (giving up "on life" is a stop; a business "on life support" is the class)
_CORE_NOT_LIFE_SUPPORT_46E = _CORE_STOPS_43E.replace("|on life|", "|on life(?! support)|")
_WEARY_NOT_LIFE_SUPPORT_46E = _WEARY_40F.replace("|on life|", "|on life(?! support)|")
assert _CORE_NOT_LIFE_SUPPORT_46E != _CORE_STOPS_43E and _WEARY_NOT_LIFE_SUPPORT_46E != _WEARY_40F
_MONEY_STOPS_46E = (
    r"(?:" + _CORE_NOT_LIFE_SUPPORT_46E + "|" + _WEARY_NOT_LIFE_SUPPORT_46E + "|" + _DISTRESS_NOW_46E + r"|"
    r"(?:my|his|her|their|the) (?:\w+ )?(?:wrist|wrists|arm|arms|leg|legs|head|nose|wound|cut|cuts|mouth|stomach|thigh|thighs|neck|hand|finger|gums|face|lip)s? "
    r"(?:\w+ )?(?:is |are |s |will not |keeps? |won t )?(?:stop )?(?:bleed\w*|bled)|"
    r"(?<!money )(?:i|he|she|they) (?:am|is|are|was|were) (?:\w+ )?bleeding\b(?! (?:money|cash|dollars|out money|me dry|us dry))|"
    r"blood everywhere|(?:lot|lots|pool) of blood|(?:will not|won t|does not|can not) stop bleeding|cut (?:my|him|her)self|(?:me|se) (?:corte|corto)|"
    r"(?:me estoy|estoy) (?:\w+ )?sangrando(?! (?:dinero|lana|plata))|(?:mi|su) (?:\w+ ){0,2}?(?:muneca|brazo|pierna|cabeza|nariz|herida|corte|boca) (?:\w+ )?sangr\w*|"
    r"sangre por todos lados|suicid\w*|kill (?:my|him|her)self|want to die|end it all)"
)

# 2. A medicine taken twice by mistake (an antidepressant, a blood-pressure pill) some hours ago, the
# writer (or a parent, a spouse) feeling fine, asking whether it matters before a visit, an infusion or a
# session: "took my sertraline twice by mistake this morning, i feel fine, does it matter for tomorrow?".
# Round 37's filter needed a pharmacist consulted. The filter covers the sentence with the double dose;
# the message must hold the mistake, the person fine, and the visit asked about. Stops: any sign (dizzy,
# sleepy, racing, vomiting, fainting), more than twice or a bottle, a child, on purpose, the writer's own
# thoughts or wish, now (a story's "i took" is no stop here).
_TWICE_46E = (
    r"twice|two times|2 times|2x|x2|two doses|2 doses|two pills|2 pills|a second (?:dose|pill|one)|another (?:dose|pill)|"
    r"double[- ]?dos\w*|doubled? (?:up|dosed|my|his|her|the)|double (?:dose|pill|up)|dos veces|doble dosis|dos pastillas|otra pastilla|otra dosis"
)
_BY_MISTAKE_46E = (
    r"by mistake|by accident|on accident|accidental\w*|accidently|mistakenly|mistake|oops|oopsie|whoops|forgot (?:that )?(?:i|he|she|they) (?:had )?(?:already )?(?:took|taken|had)|"
    r"(?:may|might|could) have (?:taken|took|had)|not sure (?:if|whether) (?:i|he|she|they) (?:took|had|already)|(?:i|he|she) think (?:i|he|she) (?:took|had)|"
    r"my bad|silly me|dumb me|forgot\w*|forgetful|brain fog|"
    r"without (?:realizing|realising|thinking)|did not realize|did not realise|mixed up|confused|not thinking|"
    r"por error|por equivocacion|sin querer|por accidente|se me olvido|se le olvido|me confundi|se confundio"
)
_PERSON_FINE_46E = (
    r"(?:feel|feels|feeling|felt|am|is|are|seem|seems|seemed|looks?|looked) (?:totally |perfectly |completely |just |really |absolutely |pretty much |100 |totally )?"
    r"(?:fine|ok|okay|normal|good|great|alright|all right|like usual|the same)|"
    r"no (?:symptoms|side effects|issues|reaction|problems)|(?:nothing|not anything) (?:weird|strange|different|unusual|off)|not feeling anything|"
    r"(?:me|se) (?:siento|siente) (?:bien|normal)|(?:estoy|esta) (?:bien|normal)|sin (?:sintomas|molestias)|no (?:siento|siente) nada"
)
_DOUBLE_DOSE_VISIT_MARK_46E = (
    _MARK_39D(_BY_MISTAKE_46E)
    + r"(?=[\s\S]*\b(?:" + _PERSON_FINE_46E + r")\b)"
    + r"(?=[\s\S]*\b(?:appointment|appt|visit|session|infusion|treatment|consult\w*|intake|spravato|ketamin\w*|esketamin\w*|procedure|nurse|doctor|dr|"
    r"tomorrow|this (?:afternoon|evening)|later today|friday|monday|tuesday|wednesday|thursday|saturday|sunday|cita|sesion|consulta|infusion|manana)\b)"
    + r"(?=[\s\S]*(?:" + _QUESTION_41F + r"|\b(?:matter|matters|problem|affect|change|mention|tell|reschedule|importa|afecta|problema|cambia)\b))"
)
_DOUBLE_DOSE_STOPS_46E = (
    r"(?:" + _SIGNS_NOW_STORY_45E + "|" + _NOW_39F + "|" + _OWN_THOUGHTS_NOW_43E + "|" + _DISTRESS_NOW_46E + r"|"
    r"dizz\w*|lightheaded|light headed|mare\w*|sleepy|drowsy|somnolient\w*|can not stay awake|vomit\w*|throwing up|threw up|nause\w*|confus(?:ed|ion) now|"
    r"faint\w*|desmay\w*|passed out|chest|pecho|racing|pounding|palpit\w*|slow heart|heart rate|pulse|low blood pressure|presion (?:muy )?baja|shak\w*|tremor\w*|"
    r"sweat\w*|fever|agitat\w*|serotonin|seiz\w*|convuls\w*|feels? (?:sick|bad|weird|strange|off|terrible|awful)|not feeling (?:well|good|right)|"
    r"(?:se|me) (?:siente|siento) (?:mal|raro|rara)|worse|peor|"
    r"(?:three|four|five|six|3|4|5|6|tres|cuatro|cinco|seis|several|many|a few|varias|muchas) (?:\w+ )?(?:times|doses|pills|tablets|capsules|veces|dosis|pastillas)|"
    r"triple\w*|a handful|whole (?:bottle|pack|box)|all of (?:them|my|his|her)|the bottle|todas|frasco|"
    r"toddler|baby|infant|(?:my|his|her) (?:kid|child|\d+ (?:year|yr) old)|nino|nina|bebe|"
    r"on purpose|intentional\w*|a proposito|to (?:die|sleep forever|not wake up)|suicid\w*)"
)

# 3. A relative (or the writer) praying that God takes her pain away, in a treatment question: "my mom
# prays every night that god takes her pain away, can ketamine help her nerve pain?". Relief of the
# pain, not death ("god take her", "take me" stay the ask tier, phrases). The filter covers the words
# "take (her|his|my|the) pain (away)"; the message must name God or a prayer. Stops: a wish to die, to be
# taken home, to be let go, the writer's own thoughts, distress told now, a danger now.
_PAIN_AWAY_46E = (
    r"(?:take|takes|took|taking) (?:away )?(?:me|my|him|his|her|them|their|this|that|the|all (?:of )?(?:my|his|her|the|this))"
    r"(?: (?!(?:to|with|for|into|out|home|back|now|soon|already|tonight|today)\b)[\w']+){0,2}? "
    r"(?:pain|pains|suffering|agony|aches?|aching|hurt|hurting|migraines?|headaches?|neuralgia|burning)\b(?: away| from (?:me|him|her|them))?"
)
_PRAYER_MARK_46E = _MARK_39D(r"god|lord|jesus|christ|heaven|pray\w*|prayers?|dios|senor|diosito|allah|oh lord")
_PAIN_AWAY_STOPS_46E = (
    r"(?:" + _CORE_STOPS_43E + "|" + _WEARY_40F + "|" + _DENIAL_FREE_WISH_44E + "|" + _DISTRESS_NOW_46E + r"|"
    r"(?:take|takes|took|taking|call|calls|bring|brings) (?:me|him|her|them) (?:home|now|soon|already|tonight|today|to (?:heaven|you|him|be with)|in (?:my|his|her|their) sleep)|"
    r"let (?:me|him|her|them) (?:die|go|pass|rest)|(?:wants?|wish\w*|ready|begs?|begging|asks?|asking) (?:god )?to (?:die|go home|be taken|pass|be with)|"
    r"(?:end|ending) (?:my|his|her|their) (?:life|suffering)|(?:want|wants|wanted) (?:it|this|her life|his life) (?:to be )?over|better off dead|"
    r"no (?:want|wants|quiere|quiero) (?:to )?(?:live|vivir)|(?:does not|do not|doesn t) want to (?:live|be here|wake up|go on)|"
    r"(?:can not|cannot|can t|cant) (?:do|take|handle|bear|stand|live with|keep doing) (?:this|it|the pain|this pain)(?: [\w']+){0,2}? (?:anymore|any more|much longer|longer)|"
    r"(?:can not|cannot|can t|cant) (?:live like this|keep (?:going|living)|go on)|ya no (?:puedo|aguanta|aguanto|quiere|quiero)|no (?:puede|puedo) mas)"
)

_ROUND_46_E = [
    (_filter(_SENTENCE_41E(_MONEY_HYPERBOLE_46E)), _MONEY_STOPS_46E, _COST_ASK_MARK_46E),
    (_filter(_SENTENCE_41E(_TWICE_46E)), _DOUBLE_DOSE_STOPS_46E, _DOUBLE_DOSE_VISIT_MARK_46E),
    (_filter(_PAIN_AWAY_46E), _PAIN_AWAY_STOPS_46E, _PRAYER_MARK_46E),
]
_add_whole_message_filters(_ROUND_46_E)
# A past told as years well since ("ya lleva 3 años bien", "has been doing well for years") or at
# university in its short names ("en la uni", "en la facu"): a past, like "en la universidad".
PAST_MARKERS = PAST_MARKERS + [
    r"(ya )?(lleva|llevan|llevamos|llevo|tiene|tienen) (\w+ ){0,2}?(anos|meses) (bien|estable|tranquil[oa]|sin (recaer|recaidas|intentos|problemas))",
    r"(has|have) been (doing )?(fine|well|good|great|stable) (for|since) (\w+ ){0,2}?(years|months)",
    r"(en|de) la (uni|facu)\b",
]
# --- round 47's Spanish self-harm emergencies told by plans and by a professional (helper b) ---
# The families are phrases.py's (round 47, helper b): pills gathered or saved up for a named day, and a
# professional reporting a patient's farewell with a lethal amount of medicine at hand or no answer.
# A patient, a client or a student who said goodbye because of a move, a new clinic or the end of a
# treatment, and who no longer answers the therapist's emails ("mi paciente se despidió porque se mudó a
# otra clínica y ya no contesta mis correos", "my client said goodbye because she moved to another
# clinic"): the older farewell families read a goodbye, the unresponsive sign read "no contesta". The
# filter covers the sentence with the farewell or the silence; the message must name the person in
# one's care and the move. Stops: the means ready or a lethal amount (phrases._LETHAL_MEANS_47B), this
# section's families, a wish, signs or a danger now.
_GOODBYE_OR_SILENCE_47B = _F._FAREWELL_47B + "|" + _F._UNREACHABLE_47B + r"|no (?:ha )?(?:vuelto a )?(?:contestar|responder)|not (?:answered|replied)"
_MOVED_CHARGE_MARK_47B = (
    _MARK_39D(_F._CHARGE_47B)
    + r"(?=[\s\S]*\b(?:se (?:muda|mudo|mudara|cambia|cambio|fue) (?:a|de)|mudanza|otra (?:clinica|ciudad|terapeuta|consulta)|otro (?:terapeuta|psicologo|consultorio|pais|estado)|"
    r"termin\w* (?:la |su )?(?:terapia|tratamiento|proceso)|fin de (?:la |su )?(?:terapia|tratamiento)|le dieron de alta|dada de alta|dado de alta|"
    r"mov(?:ed|ing|es) (?:to|away|out)|relocat\w*|transferr?\w*|new (?:clinic|therapist|provider|city|job|state)|another (?:clinic|therapist|provider|state)|"
    r"finished (?:therapy|treatment)|end of (?:therapy|treatment)|termination session|discharged)\b)"
)
_MOVED_CHARGE_STOPS_47B = (
    r"(?:" + _CORE_STOPS_43E + "|" + _OWN_WISH_39D + "|" + _F._LETHAL_MEANS_47B + "|" + "|".join(_F._SELF_HARM_47B) + r"|"
    r"suicid\w*|kill (?:him|her|them)self|matarse|quitarse la vida|overdos\w*|sobredosis|nota suicida|suicide note|no quiere (?:vivir|seguir)|(?:wants|want) to die|quiere morir\w*)"
)
_add_whole_message_filters([(_filter(_SENTENCE_41E(_GOODBYE_OR_SILENCE_47B)), _MOVED_CHARGE_STOPS_47B, _MOVED_CHARGE_MARK_47B)])

# --- round 47's Spanish medical emergencies told by a bystander (helper c) ---
# A formal report's "que" is "that", not "what": "le informo que un paciente esta convulsionando", "le
# comunico que", "me permito informarle que", "se informa que", "reporto que" tell, they do not ask.
QUE_THAT_HEADS = QUE_THAT_HEADS | {
    "informo", "informa", "informamos", "informan", "informarle", "informarles", "comunico", "comunica", "comunicamos",
    "comunicarle", "aviso", "avisamos", "avisarle", "reporto", "reporta", "reportamos", "reportarle", "notifico",
    "notifica", "notificarle", "indico", "senalo", "confirmo",
}
# A blood sugar reading told as "tiene 45 de azucar" is no .45 pistol (phrases.FIREARM reads "tiene 45"):
# the number before a sugar word is a reading. The filter spans the verb and the number only, so round
# 47 (c)'s low-sugar family (which starts at the sugar word) still reads the signs after it.
_SUGAR_READING_NOT_GUN_47C = (
    r"(?:tengo|tiene|tenia|tenemos|tienen|trae|traia|anda en|esta en|marca|marco) \.?\d{1,3}"
    r"(?= (?:mg/dl )?(?:de|en) (?:la |el |su )?(?:azucar|glucosa|glucemia|glicemia|el glucometro))"
)
# It gives way to a plea or distress told with the reading ("tengo 45 de azucar y me siento muy mal,
# ayuda"), so such a message is never ruled out (the trained model's reading stands).
_SUGAR_READING_STOPS_47C = (
    r"ayuda\w*|auxilio|help|911|urgencias?|emergencia|ambulancia|que (?:hago|hacemos)|what do (?:i|we) do|"
    r"(?:me siento|se siente|esta|estoy|feel|feels|feeling) (?:muy |bien |super |really |so )?(?:mal|fatal|horrible|terrible|awful|bad|sick)|"
    r"pistola|arma|gun|matar\w*|suicid\w*|morir\w*"
)
_add_whole_message_filters([(_filter(_SUGAR_READING_NOT_GUN_47C), _SUGAR_READING_STOPS_47C, None)])
# "si un paciente se cae y convulsiona, que hacen ustedes?": Spanish "un"/"una" after "si"/"cuando" are
# anyone, as "a"/"an" are in English ("if a patient collapses").
GENERIC_SUBJECTS = GENERIC_SUBJECTS | {"un", "una"}
# A drill or a practice on a mannequin ("el simulacro de caida con convulsion sera el lunes", "in the
# drill a dummy collapses and we do compressions"): a report's "se informa que" no longer reads it as a
# question. The filter covers the sentence with the drill; it gives way to a real one told ("de verdad",
# "no es simulacro", "not a drill") and to a danger told now.
_DRILL_47C = (
    r"simulacros?|simulacion|simulaciones|mock code|simulation|maniqui|maniquies|mannequins?|cpr dummy|muneco de (?:practica|rcp)|"
    # a practice drill, not a power drill, a soldier's drill weekend or "i know the drill" (round 47's review)
    r"(?:fire|practice|training|mock|cpr|code|emergency|safety|evacuation|earthquake|tornado|first aid|overdose|naloxone|narcan|"
    r"mass casualty|medical|resuscitation|choking|seizure|simulated) drills?|"
    r"(?:it is|it was|this is|this was|just|only) (?:a|an) (?:\w+ )?drill\b"
)
_add_whole_message_filters([
    (_filter(_SENTENCE_41E(_DRILL_47C)),
     r"de verdad|en serio|no es (?:un )?simulacro|not a drill|for real|real (?:one|emergency)|emergencia real|"
     r"(?:ahora|ahorita) mismo|right now|(?:mi|my) (?:\w+ )?(?:papa|mama|hijo|hija|esposo|esposa|dad|mom|son|daughter|husband|wife)\b", None),
])

# --- round 47's English false alarms: a past told as past beside a question now (helper e) ---
# Declared like round 46 (e)'s section above: (words over the sentence with the crisis words, stops read
# over the whole message, a mark the message must hold); each also gives way to a danger told now
# (STOPPED_AT_PRESENT_DANGER), and each stops at distress told now (_DISTRESS_NOW_46E).
_ASK_47E = r"\?|\b(?:what|which|how|is|does|do|can|could|should|would|will|question|wondering|asking)\b"

# 1. An artist or an organiser (a theatre director, a playwright, a teacher putting on a play, a film
# student) asking which crisis line to print in a programme, show notes or credits for a work about
# suicide ("directing a play about a teen who dies by suicide, which number goes in the programme?").
# The filter covers the sentences naming the work or what it is about; the message must name a crisis
# line and a place it is printed. Stops: the writer's own wish, someone's act or a time set now, distress.
_WORK_47E = (
    r"plays?|playwright|playbill|theat(?:er|re)\w*|drama|musical|show|production|staging|stage|performance|rehears\w*|cast|actors?|actress|"
    r"films?|movie|short|documentary|doc|screenplay|script|scene|piece|credits|programmes?|programs?|show notes|program notes|zine|exhibit\w*|"
    r"character\w*|protagonist|lead|about|deals? with|dealing with|touches on|explores?|portrays?|depicts?|ends with|tells the story|is the story"
)
_LINE_PRINTED_MARK_47E = (
    _MARK_39D(r"(?:crisis|suicide|support|help|hot|text|prevention) ?lines?|hotlines?|helplines?|988|samaritans|lifeline|crisis text line|crisis number|"
              r"(?:phone )?numbers?|resources?")
    + r"(?=[\s\S]*\b(?:programmes?|programs?|playbill|show notes|program notes|programme notes|credits|end credits|end card|title card|poster|flyer|"
    r"lobby|handout|booklet|pamphlet|insert|slide|print\w*|list(?:ed)?|include\w*|put)\b)"
    + r"(?=[\s\S]*\b(?:plays?|playwright|theat(?:er|re)\w*|drama|musical|show|production|staging|stage|performance|films?|movie|short film|"
    r"documentary|screenplay|script|piece|credits|playbill)\b)"
    + r"(?=[\s\S]*(?:" + _ASK_47E + r"))"
)
_LINE_PRINTED_STOPS_47E = (
    r"(?:" + _CORE_STOPS_43E + "|" + _DISTRESS_NOW_46E + r"|(?:i|he|she|they) (?:is|are|am|s) (?:going|gonna|planning) to (?:do it|kill|end|die|hurt)|"
    r"(?:says?|said|told me|texted|messaged) (?:\w+ ){0,3}?(?:will|is going to|gonna|wants to) (?:do it|kill|end|die)|(?:for real|in real life|irl|not acting)\b|"
    r"(?:keeps?|kept|been|is|was|started) (?:talking|saying|posting|texting|joking) (?:about|that)|(?:talks?|talking|talked) about (?:killing|ending|suicide|dying|wanting|not being))"
)

# 2. Abuse or violence years ago, in another country or another life, the writer safe now, asking about
# a pain condition (fibromyalgia, CRPS) or PTSD treatment ("my husband strangled me once, in another life,
# 10 yrs ago. im safe now. would ketamine help my ptsd?"). The filter covers the sentence with the
# abuse; the message must date it far back, say the writer is safe and ask about a treatment. Stops: the
# abuser near or at it now, fear of them now, the writer's own wish, distress told now.
_ABUSE_47E = (
    r"abus\w*|beat|beats|beaten|beating|hit|hits|hitting|raped?|assault\w*|strangl\w*|chok\w*|trafficked|trafficking|gunpoint|"
    r"tried to kill|threaten\w*|stabbed|violen\w*|molest\w*|bombed|tortur\w*|kidnapp\w*|hurt me|attack\w*"
)
_FAR_PAST_47E = (
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|\w+teen|twenty|thirty|many|several|some|a few|decades?|years?|yrs?) (?:\w+ )?(?:years?|yrs?|decades?) ago|"
    r"years ago|yrs ago|decades ago|long time ago|years back|another (?:country|life|lifetime)|past (?:life|marriage|relationship)|previous (?:marriage|relationship)|"
    r"back home|overseas|as a (?:child|kid|teen|teenager|girl|boy)|childhood|grew up|when i was (?:a |little|young|\w+teen|\d+)|in (?:college|high school)"
)
_SAFE_NOW_47E = (
    r"(?:i am|i feel|and|now|am|but) (?:\w+ )?safe|safe (?:now|here)|(?:that|this) (?:life|chapter) is over|(?:he|she|they) (?:is|are) (?:in prison|in jail|dead|gone|locked up)|"
    r"remarried|no contact|out and safe|(?:got|am|i am) out|escaped|left (?:him|her|them)|moved (?:away|here|out)|survivor"
)
_ABUSE_PAST_MARK_47E = (
    _MARK_39D(_FAR_PAST_47E)
    + r"(?=[\s\S]*\b(?:" + _SAFE_NOW_47E + r")\b)"
    + r"(?=[\s\S]*\b(?:fibro\w*|crps|complex regional|rsd|ptsd|c ?ptsd|cptsd|trauma\w*|nightmares?|flashbacks?|chronic pain|nerve pain|pain|ketamin\w*|spravato|therap\w*|treat\w*)\b)"
    + r"(?=[\s\S]*(?:" + _ASK_47E + r"))"
)
_ABUSE_PAST_STOPS_47E = (
    r"(?:" + _CORE_STOPS_43E + "|" + _DISTRESS_NOW_46E + r"|"
    r"(?:he|she|they|my ex) (?:\w+ )?(?:found me|is (?:here|outside|back|coming|out)|knows where|still (?:hits|hurts|threatens|beats|follows|texts|calls)|got out|was released)|"
    r"(?:scared|afraid|terrified) (?:that |of what )?(?:he|she|they|my ex)|(?:again|today|yesterday|last night|this (?:week|morning))\b|not safe|unsafe)"
)

# 3. A partner's or a relative's opioid double dose or overdose last year, handled then with naloxone, a
# pill organiser or a lockbox now, and a question about ketamine or safety at home ("my husband double
# dosed his oxycodone last year, we used narcan, now we use a pill organizer. is ketamine safe for him?").
# The filter covers the sentence with the overdose or the naloxone; the message must date it, name the
# naloxone and the organiser or the lockbox. Stops: signs, use or naloxone now, again, distress told now.
_OD_HANDLED_47E = (
    r"overdos\w*|od|ods|od d|oded|od ed|double[- ]?dos\w*|doubled?|twice|too many|stopped breathing|went blue|turned blue|not breathing|unresponsive|"
    r"narcan\w*|naloxone|naloxon\w*|brought (?:him|her|them) back|saved (?:him|her|them)"
)
_OD_LAST_YEAR_MARK_47E = (
    _MARK_39D(r"last (?:year|summer|spring|fall|winter|christmas)|(?:a|one|two|\d+) (?:years?|yrs?) ago|(?:\w+ )?months ago|back in|in (?:19|20)\d\d")
    + r"(?=[\s\S]*\b(?:narcan\w*|naloxone|naloxon\w*)\b)"
    + r"(?=[\s\S]*\b(?:pill (?:organi[sz]ers?|box|boxes|case|dispenser)|pillbox|pill-box|organi[sz]er|lock ?box(?:es)?|locked (?:box|cabinet|safe|drawer|up|away)|"
    r"lock (?:them|it|his|her|the \w+) (?:up|away)|medication safe|med safe|safe|dispenser|blister packs?|manages? (?:his|her|their) (?:pills|meds))\b)"
    + r"(?=[\s\S]*(?:" + _ASK_47E + r"))"
)
_OD_LAST_YEAR_STOPS_47E = (
    r"(?:" + _STORY_STOPS_45E + "|" + _DISTRESS_NOW_46E + r"|again|overdosing|(?:is|are|s) (?:\w+ )?(?:od ing|oding|nodding|high)|"
    r"(?:just|today|tonight|this morning|last night) (?:\w+ ){0,3}?(?:gave|used|sprayed) (?:\w+ ){0,2}?(?:narcan|naloxone))"
)

# 4. Past suicidal thoughts in college or years ago, recovered, dictated with commas everywhere, asking
# whether that history matters for treatment ("i was suicidal, in my twenties, i have been well, for ten
# years, does the clinic, need to know"). The filter covers the sentence with the thoughts (a dictated
# message is one sentence); the message must date them, say the writer is well and ask whether it
# matters. Stops: thoughts told now or back, recently, a plan or the means, distress told now.
_PAST_THOUGHTS_47E = (
    r"suicid\w*|kill(?:ing)? myself|end(?:ing)? (?:my life|it all|it)|dying|death|die|dark thoughts|ideation|attempt\w*|self ?harm\w*|cutting|overdos\w*"
)
_PAST_RECOVERED_MARK_47E = (
    _MARK_39D(r"college|university|uni|grad school|high school|years ago|yrs ago|years back|long time ago|decades? ago|(?:\w+ ){1,2}years ago|"
              r"in my (?:teens|twenties|thirties|20s|30s|early \w+|late \w+)|when i was (?:\w+|a \w+)|as a (?:teen|teenager|kid|student)|back in")
    + r"(?=[\s\S]*\b(?:recovered|recovery|fine now|i am fine|doing (?:great|well|good|fine|ok|okay)|been (?:well|fine|good|stable|ok|okay)|stable|better|"
    r"all good|got help|in remission|healed|much better|good place|(?:i am|im) (?:ok|okay|good|well) now)\b)"
    + r"(?=[\s\S]*\b(?:matter\w*|affect\w*|disqualif\w*|eligib\w*|need to know|form|forms|intake|history|problem|change|count|mention|tell|rule me out|screen\w*|treatment)\b)"
)
_PAST_RECOVERED_STOPS_47E = (
    r"(?:" + _SIGNS_NOW_37 + "|" + _NOW_39F + "|" + _TOOK_ALL_38 + "|" + _DISTRESS_NOW_46E + r"|"
    r"again|lately|recently|these days|this (?:week|month|year)|(?:last|past) (?:few |couple of )?(?:days?|weeks?|month)|tonight|today|right now|"
    r"(?:thoughts|urges|feelings|ideas?) (?:\w+ ){0,2}?(?:back|returned|returning|coming back)|still (?:have|get|think|feel|want|having)|"
    r"i (?:still |now |really )?(?:want|wanna|am going|am gonna|plan) to (?:die|kill myself|end)|i am (?:\w+ )?suicidal|"
    r"(?:i feel|i am feeling|i have been feeling|i been feeling|feeling) (?:\w+ )?suicidal|(?:am|been|keep|started) having (?:\w+ )?(?:suicidal |dark )?thoughts|i (?:have|got|made) (?:a |the )?plan|"
    r"(?:my|the) (?:pills|gun|rope|knife)|better off (?:dead|without me)|no reason to live)"
)

# 5. A healthcare worker who was part of a resuscitation (a code, CPR on a patient) last week at work and
# now has flashbacks or nightmares, asking about ketamine for PTSD ("icu nurse, we coded a patient last
# week, he had no pulse, nightmares since. ketamine for ptsd?"). The filter covers the sentence with
# the code; the message must name the work, a past day and the flashbacks. Stops: the writer's own wish,
# plan or means, a time set, distress told now (not the patient's signs, which are the story).
_CODE_47E = (
    r"codes?|coded|coding|code blue|cpr|compressions|cardiac arrest|arrested|no pulse|pulseless|not breathing|unresponsive|bled out|bleed out|bleeding out|"
    r"shocked|defib\w*|bagged|bagging|intubat\w*|resuscitat\w*|flatlin\w*|died|passed|did not make it|revive|revived"
)
_CODE_AT_WORK_MARK_47E = (
    _MARK_39D(r"nurse|rn|lpn|doctor|doc|physician|paramedic|emt|medic|cna|aide|respiratory therapist|rt|resident|intern|attending|"
              r"med student|medical student|nursing student|icu|er|ed|or|hospital|unit|ward|at work|shift|patient|my resident|hospice")
    + r"(?=[\s\S]*\b(?:last (?:week|night|shift|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|(?:\w+ )?days ago|(?:a|two|\d) weeks? ago|"
    r"the other day|first code|since)\b)"
    + r"(?=[\s\S]*\b(?:flashbacks?|nightmares?|ptsd|trauma\w*|(?:can not|cannot) stop (?:seeing|thinking)|keep (?:seeing|reliving)|reliving|intrusive)\b)"
)
_CODE_AT_WORK_STOPS_47E = (
    r"(?:" + _NOW_39F + "|" + _OWN_THOUGHTS_NOW_43E + "|" + _TOOK_ALL_38 + "|" + _DISTRESS_NOW_46E + r"|"
    r"(?:a|my|the) plan\b|planned|i (?:have|got|took|stole|kept) (?:\w+ ){0,3}?(?:from work|vials?|pills|drugs|fentanyl|propofol|morphine)|"
    r"do it (?:tonight|today|tomorrow)|(?:is|are|am|s) (?:\w+ )?(?:not breathing|unresponsive|bleeding|not waking|blue))"
)

_ROUND_47_E = [
    (_filter(_SENTENCE_41E(_WORK_47E)), _LINE_PRINTED_STOPS_47E, _LINE_PRINTED_MARK_47E),
    (_filter(_SENTENCE_41E(_ABUSE_47E)), _ABUSE_PAST_STOPS_47E, _ABUSE_PAST_MARK_47E),
    (_filter(_SENTENCE_41E(_OD_HANDLED_47E)), _OD_LAST_YEAR_STOPS_47E, _OD_LAST_YEAR_MARK_47E),
    (_filter(_SENTENCE_41E(_PAST_THOUGHTS_47E)), _PAST_RECOVERED_STOPS_47E, _PAST_RECOVERED_MARK_47E),
    (_filter(_SENTENCE_41E(_CODE_47E)), _CODE_AT_WORK_STOPS_47E, _CODE_AT_WORK_MARK_47E),
]
_add_whole_message_filters(_ROUND_47_E)
# A past told as another life or a former marriage ("in another life", "from a past marriage"): a past.
PAST_MARKERS = PAST_MARKERS + [
    r"in (a|another) (past |former |previous )?(life|lifetime)\b",
    r"(from|in|during) (a|my) (past|previous|former|first) (marriage|relationship)\b",
]

# --- round 47's Spanish false alarms (helper f) ---
# Declared like round 46 (f)'s section above: a filter over the sentence with the crisis words
# (_SENTENCE_41E), stops read over the whole message (the same scene with a danger now still fires), a
# mark the message must hold; each also gives way to a danger told now (STOPPED_AT_PRESENT_DANGER) and,
# being a joke or hyperbole filter added after round 46 (e)'s, carries _DISTRESS_NOW_46E in its stops.
#
# Shared stops: signs now, now, 911, a dose taken now, distress told now, thoughts of death, a wish told
# in earnest or with its means; not the older own-thought stops, which hold the very words these filters
# cover ("me quiero morir", "intente suicidarme").
_NOT_FIGURE_47F = (
    # told in earnest ("en serio", "de verdad", "neta", "literal") but not denied ("no en serio", "no es de verdad")
    r"(?<!\bno )(?<!\bno es )(?<!\bno lo digo )(?<!\bno hablo )(?<!\bno lo dije )(?:en serio|de verdad|de veras|neta|la neta|la verdad)|"
    r"(?<!\bno )(?<!\bno es )(?<!\bnada )(?<!\bni )literal\w*|"
    r"no es (?:un decir|broma|chiste|forma de hablar|manera de hablar|exageracion)|no (?:estoy|estaba) (?:bromeando|exagerando|jugando)|lo digo en serio|hablo en serio"
)
_MEANS_OR_PLAN_47F = (
    r"plan\b|un plan|mi plan|pastillas|pildoras|pistola|arma|soga|cuerda|navaja|cuchill\w*|veneno|cloro|raticida|tirarme|aventarme|colgarme|ahorcarme|cortarme|"
    r"carta|despedi\w*|me despido|adios|esta noche|hoy mismo|testamento|quitarme la vida|suicid\w*|matarme|acabar con (?:todo|mi vida)|"
    r"no quiero (?:vivir|seguir|despertar)|ya no quiero (?:vivir|seguir|nada)|mejor muert[oa]|estarian mejor|sin mi\b|desaparecer|"
    r"(?:otra vez|de nuevo) (?:\w+ ){0,3}?(?:quiero|las ganas|los pensamientos|las ideas)|volver a (?:intentarlo|hacerlo)"
)
_SHARED_STOPS_47F = (
    r"(?:" + _SIGNS_NOW_37.replace(r"|me tome (?:todas|todo|muchas|demasiad\w*)", "") + "|" + _NOW_39F + "|" + _DISTRESS_NOW_46E + "|"
    + _THOUGHTS_OF_DEATH_43R + "|" + _NOT_FIGURE_47F + "|" + _MEANS_OR_PLAN_47F + r"|"
    r"(?:me|se) (?:la |lo |las |los )?(?:acabo|acaba) de (?:tomar|meter|inyectar|tragar|cortar)|"
    r"(?:hoy|ahorita|anoche|hace (?:un rato|rato|\w+ (?:minutos|horas))|recien) (?:\w+ ){0,3}?(?:me|se) (?:tome|trague|corte|inyecte|tomo|trago|corto|inyecto)\b|"
    r"urgencias|emergencia|ambulancia|hospital)"
)
assert "me tome (?:todas" not in _SHARED_STOPS_47F.split("|(?:me|se) (?:la")[0]

# 1. Pain hyperbole with a wish to die that the writer marks as a figure of speech: a headache, a migraine
# or a tooth so strong "que me quiero morir", then "es un decir (nomas)", "es forma de hablar", "no
# literal", "no en serio", then a question ("me duele tanto la cabeza que me quiero morir, es un decir,
# tratan migranas?"). The filter covers the sentence with the wish; the message must name the pain and the
# figure. Stops: the shared stops (a wish told in earnest, the means, a plan, distress now), and the signs
# of a headache or a pain that is itself an emergency (the worst of one's life, sudden, the vision or the
# speech lost, a limb asleep, the chest, a blow to the head, a fever with a stiff neck).
_PAIN_WISH_47F = (
    r"(?:me|nos) (?:quiero|queria|quisiera|dan ganas de) (?:morir|matar)|quiero (?:morirme|matarme)|ganas de (?:morirme|morir|matarme)|"
    r"(?:me|nos) (?:muero|moria|estoy muriendo)|me voy a morir|(?:que|q) me muero"
)
_PAIN_47F = (
    r"dolor\w*|duele\w*|dolia|migran\w*|jaqueca\w*|cefalea\w*|cabeza|muelas?|diente|dientes|colicos?|espalda|rodillas?|oidos?|garganta|regla|periodo|menstruacion|"
    r"ciatica|neuralgia|calambres?|cruda|resaca|panza|estomago|barriga|cadera|cuello|hombro|pie|pies|juanete|uña enterrada|una enterrada|encias"
)
_FIGURE_47F = (
    r"es un decir(?: nomas| nada mas| nada mas)?|(?:es|fue) (?:una |un )?(?:forma|manera|modo) de (?:hablar|decir)|(?:hablando |hablo )?en sentido figurado|"
    r"(?:no|nada) literal\w*|no (?:es |lo digo |lo dije |hablo )?en serio|no es (?:literal\w*|de verdad)|por decir algo|es un dicho|es pura exageracion|exagero|exagerando|"
    r"no (?:es que )?(?:me )?(?:quiera|quiero) morir(?:me)? (?:de verdad|en serio|realmente|de veras)"
)
_PAIN_FIGURE_MARK_47F = _MARK_39D(_FIGURE_47F) + r"(?=[\s\S]*\b(?:" + _PAIN_47F + r")\b)"
_PAIN_EMERGENCY_47F = (
    r"(?:el )?peor dolor|de golpe|repentin\w*|subit\w*|como un (?:trueno|rayo|balazo)|no (?:puedo|podia|pude) (?:hablar|mover|ver)|no veo|veo (?:doble|borroso)|"
    r"vision|entumid\w*|adormecid\w*|hormigue\w*|se me (?:duerme|durmio|cae|cayo) (?:la cara|el brazo|la pierna|la mano)|cara (?:caida|chueca)|"
    r"rigid\w*|tieso|convuls\w*|desmay\w*|fiebre|golpe|me pegue|me cai|vomit\w*|embarazada|pecho|brazo izquierdo|falta (?:el )?aire|no (?:puedo|podia) respirar"
)
_PAIN_FIGURE_STOPS_47F = r"(?:" + _SHARED_STOPS_47F + "|" + _PAIN_EMERGENCY_47F + ")"

# 2. A cooking or household mishap told with "casi se muere", "casi me muero", "se me paso la mano" and a
# laugh (jaja, the laughing emoji): too much salt or chili, a burnt dish, a mother-in-law who nearly died
# of the spice. Not a poisoning and not an overdose. The filter covers the sentence with the words; the
# message must name the food or the cooking and laugh. Stops: the shared stops, someone not breathing,
# choking or swelling, an allergy, a chemical, a drink, a medicine or a drug, the ER.
_NEAR_DEATH_47F = (
    r"casi (?:se|me|nos|te) (?:muere|muero|morimos|mueres|murio|mori|moria|morian|mueren|murieron)|por poco (?:se|me|nos) (?:muere|muero|morimos|murio|mori)|"
    r"casi (?:la|lo|los|las|me|nos|te) (?:mato|mata|matamos|mate|matas|matan|mataron)|(?:la|lo|los|las|me|nos) (?:iba|ibamos|iban) a matar|"
    r"casi (?:le|me|nos|les) (?:da|dio|daba) (?:un |el )?(?:infarto|soponcio|patatus|ataque)|se me (?:paso|fue|pasaron) (?:la mano|las manos)|"
    r"(?:se|me) (?:estaba|andaba|estaban) muriendo|(?:quedo|quede|quedaron) (?:medio )?muert[oa]s?"
)
_COOKING_47F = (
    r"sal|salado|salada|salados|saladas|salero|chiles?|chilito|picante|picosa?|picoso|pique|enchil\w*|habanero\w*|jalapeno\w*|chipotle|serrano|rocoto|aji|"
    r"salsa\w*|mole|guiso|guisado|comida|cena|almuerzo|desayuno|receta|sazon|condimento\w*|pimienta|ajo|limon|vinagre|azucar|dulce|arroz|frijol\w*|pozole|"
    r"tamales?|carne|pollo|pastel|torta|galletas?|pan|quemad[oa]s?|queme|quemo|quemaron|horno|sarten|olla|cocin\w*|chef|especias?|curry|wasabi|mostaza|tacos?|"
    r"sopa|caldo|tortillas?|ceviche|empanadas?|paella|ensalada|postre|flan|cafe|te|mate|suegra|suegro|la mano"
)
_COOKING_LAUGH_MARK_47F = r"(?<![\s\S])(?=[\s\S]*(?:" + LAUGHTER + r"))(?=[\s\S]*\b(?:" + _COOKING_47F.replace("|suegra|suegro|la mano", "") + r")\b)"
_COOKING_STOPS_47F = (
    r"(?:" + _SHARED_STOPS_47F + r"|ahog\w*|atragant\w*|atoro|atorad[oa]|se le atoro|hinch\w*|alergi\w*|alergic\w*|anafila\w*|epipen|epinefrina|ronchas|urticaria|"
    r"se puso (?:\w+ )?(?:morad[oa]|azul|palid[oa])|sangre|intoxica\w*|envenen\w*|lejia|detergente|quimic\w*|amoniaco|gas\b|hongos|mariscos|"
    r"medicin\w*|medicamento\w*|dosis|drogas?|ketamin\w* (?:de mas|extra)|alcohol|tequila|mezcal|vodka|borrach\w*|bebe|bebito|nin[oa] de \d+)"
)

# 3. A suicide attempt long ago (at 15 or 17, "de adolescente", "hace 20 anos"), told now at an adult age
# ("ahora tengo 34") and well ("estoy bien", "ya estoy bien", "hoy estoy bien"), asking whether it matters
# for the treatment. The filter covers the sentence with the attempt; the message must hold the time long
# ago, the writer well now (never "no estoy bien", "estoy bien mal") and a question. Stops: the shared
# stops (the means now, a plan, "otra vez", distress now), the thoughts back.
_ATTEMPT_47F = (
    r"intent\w* (?:de )?(?:suicid\w*|matarme|quitarme la vida|ahorcarme|colgarme|tirarme|cortarme)|(?:tuve|hice) (?:un |dos |varios )?intentos?|"
    r"(?:trate|quise) (?:de )?(?:suicidarme|matarme|quitarme la vida|morir\w*)|me quise (?:matar|suicidar|morir|ahorcar|colgar|tirar)|"
    r"me (?:tome|trague) (?:\w+ ){0,3}?(?:pastillas|pildoras|medicamentos|medicinas|frasco|veneno|cloro)|me corte (?:las venas|los brazos|las munecas)|"
    r"sobredosis|suicid\w*|matarme"
)
_LONG_AGO_47F = (
    r"a los (?:1[0-9]|[7-9]|once|doce|trece|catorce|quince|dieciseis|diecisiete|dieciocho|diecinueve)(?: anos| anitos)?(?! (?:minutos|min|dias|horas|segundos|meses|semanas))|"
    r"de (?:adolescente|chamac[oa]|chavit[oa]|chav[oa]|joven|morr[oa]|nin[oa]|pequen[oa]|chic[oa]|escuincle|muchach[oa]|teen|teenager)|"
    r"en (?:la |el |mi )?(?:prepa|secundaria|preparatoria|colegio|escuela|liceo|instituto|bachillerato|adolescencia|juventud|high school)|"
    r"cuando (?:era|tenia|estaba en|iba en|iba a)\b|hace (?:mas de |como |casi |unos )?(?:\d+|diez|doce|quince|veinte|treinta|muchos|varios) anos|"
    r"hace (?:mucho|muchisimo) tiempo|(?:en|el) (?:19|200|201)\d\b|anos atras|de eso hace"
)
_WELL_NOW_47F = (
    r"(?<!\bno )(?<!\bnunca )(?<!\bno siempre )(?:estoy|me siento|me encuentro|ando|sigo) (?:muy |super |bastante |totalmente |completamente |ya |mucho )?"
    r"(?:bien|estable|tranquil[oa]|recuperad[oa]|mejor)(?! (?:mal|jodid\w*|triste|deprimid\w*|agotad\w*|sol[oa]|perdid\w*|desesperad\w*|fregad\w*|ansios\w*|bajonead\w*|hart[oa]|down)\b)|"
    r"(?:llevo|tengo) (?:\w+ ){0,2}?anos (?:bien|estable|sin (?:intentos|pensamientos|recaidas|problemas))|(?:ya )?lo (?:supere|deje atras)|estoy en paz"
)
_MATTERS_ASKED_47F = (
    r"(?:" + _QUESTION_41F + r"|\b(?:importa|importaria|afecta|afectaria|cuenta|influye|impide|contraindic\w*|mencionar\w*|decirlo|decir|avisar|informar|"
    r"aclarar|declarar|descalifica|excluye)\b)"
)
_OLD_ATTEMPT_MARK_47F = (
    _MARK_39D(_LONG_AGO_47F) + r"(?=[\s\S]*\b(?:" + _WELL_NOW_47F + r"))(?=[\s\S]*" + _MATTERS_ASKED_47F + ")"
)
_OLD_ATTEMPT_STOPS_47F = (
    r"(?:" + _SHARED_STOPS_47F.replace(r"quitarme la vida|suicid\w*|matarme|", "", 1).replace(r"plan\b|un plan|mi plan|pastillas|pildoras|", r"plan\b|un plan|mi plan|", 1)
    .replace(r"veneno|cloro|raticida|", "", 1) + r"|"
    r"estoy bien (?:mal|jodid\w*|triste|deprimid\w*|agotad\w*|perdid\w*|desesperad\w*|fregad\w*|ansios\w*|bajonead\w*|hart[oa])|"
    r"(?:quiero|quisiera|pienso|voy a|estoy pensando en) (?:\w+ ){0,2}?(?:hacerlo|intentarlo|repetirlo|matarme|suicidarme|morir\w*|quitarme la vida)|me quiero (?:morir|matar)|"
    r"(?:tengo|guardo|junte|juntando|guardando|compre) (?:\w+ ){0,3}?(?:pastillas|pildoras|pistola|arma|soga|cuerda|navaja|veneno)|"
    r"(?:han|ha|me han|me ha) (?:vuelto|regresado)|volvieron|regresaron|ultimamente|estos dias|esta semana|recai\w*)"
)
assert r"quitarme la vida|suicid\w*|matarme|" not in _OLD_ATTEMPT_STOPS_47F and "mi plan|pistola" in _OLD_ATTEMPT_STOPS_47F
assert "veneno|cloro" not in _OLD_ATTEMPT_STOPS_47F

_ROUND_47_F = [
    (_filter(_SENTENCE_41E(_PAIN_WISH_47F)), _PAIN_FIGURE_STOPS_47F, _PAIN_FIGURE_MARK_47F),
    (_filter(_SENTENCE_41E(_NEAR_DEATH_47F)), _COOKING_STOPS_47F, _COOKING_LAUGH_MARK_47F),
    (_filter(_SENTENCE_41E(_ATTEMPT_47F)), _OLD_ATTEMPT_STOPS_47F, _OLD_ATTEMPT_MARK_47F),
]
_add_whole_message_filters(_ROUND_47_F)
# The wish to do it again after an attempt told as past (phrases.PAST_ATTEMPT_AGAIN_47F) is a now.
NOW_MARKERS = NOW_MARKERS + [_F.AGAIN_WISH_47F]

# --- round 47's English self-harm emergencies told sideways (helper a) ---
# Everything in the medicine cabinet or all the pills in the house taken now (phrases.py's
# ALL_PILLS_IN_HOUSE_TAKEN_47A) is taken on purpose, whoever tells it: the intentional overdose guidance.
OVERDOSE_KINDS["intentional"] = OVERDOSE_KINDS["intentional"] + [_F.ALL_PILLS_IN_HOUSE_TAKEN_47A]
# A pet handed over or a key left for a trip, a move, an allergy or a pet sitter ("my friend is moving
# abroad and asked me to take care of her cat, she left the key under the mat"): phrases.py's farewell by
# a pet and a key (FAREWELL_PET_KEY_NO_ANSWER_47A) reads the three parts; this filter covers the sentence
# with the pet or the key when the message names such a reason anywhere (before the words too). Stops: a
# farewell or a wish, the means, a danger or signs now, distress told now.
_PET_OR_KEY_47A = _F._PET_HANDOVER_47A + "|" + _F._KEY_LEFT_47A
_AWAY_REASON_MARK_47A = _MARK_39D(
    r"trip|vacation|vacay|holiday|holidays|flight|flying|travel\w*|abroad|overseas|cruise|camping|festival|conference|business trip|work trip|"
    # (a move, not "his chest is barely moving": round 47's review)
    r"(?:moving|move|moved) (?:to|out|away|abroad|overseas|in with|back (?:home|to)|across|house|apartments?|states|upstate|down south)|relocat\w*|"
    r"new (?:place|apartment|house|job)|allerg\w*|asthma|landlord|lease|no pets|pet ?sitter|sitter|dog ?walker|boarding|kennel|"
    r"for the weekend|out of town|away for (?:the|a|two|three|\d+)|until (?:she|he|they|i) (?:gets?|comes?) back|surgery"
)
_AWAY_REASON_STOPS_47A = (
    r"(?:" + _CORE_STOPS_43E + "|" + _OWN_WISH_39D + "|" + _DISTRESS_NOW_46E + r"|goodbye|good bye|farewell|for good|forever|sorry for everything|"
    r"love (?:you|u) (?:all|guys|always)|thank (?:you|u) for everything|(?:will not|wont|not going to) (?:be (?:here|around|back)|need (?:it|them|him|her))|"
    r"(?:does not|do not|doesnt|dont|did not|didnt) want to (?:live|be here|be alive|go on|wake up)|want\w* to die|kill (?:him|her|them|my)sel(?:f|ves)|"
    r"end (?:it|it all|his life|her life|their life|things)|pills?|gun|pistol|rope|noose|bridge|note|"
    # a drug taken or a body found (round 47's review: "did heroin, door is open, he is on the floor")
    r"heroin\w*|fentanyl|fent|dope|overdos\w*|narcan|naloxone|on the floor|not breathing|barely (?:breathing|moving)|unresponsive|"
    r"(?:will|would|can) not wake|blue lips|lips (?:are |look )?blue|"
    # a trip or a move told as a cover ("told her i am going on a trip. there is no trip")
    r"(?:there is|there s|theres|there was) no (?:\w+ )?(?:trip|vacation|holiday|move|flight)|no (?:real )?(?:trip|vacation|holiday)\b|"
    r"not (?:really|actually) (?:going|moving|traveling|travelling|leaving)|(?:fake|pretend\w*|made up|lied about|lying about|cover story) (?:\w+ )?(?:trip|vacation|move))"
)
_add_whole_message_filters([
    (_filter(_SENTENCE_41E(_PET_OR_KEY_47A)), _AWAY_REASON_STOPS_47A, _AWAY_REASON_MARK_47A),
])

# --- round 47's the English ask tier, envy of patients, no reason since a loss, the old thoughts (helper d) ---
# The families are phrases.py's (round 47, helper d): a nurse or a medic who envies the patients who
# overdose or do not wake up, no reason to keep going since a loss (typed with commas everywhere), the
# old thoughts told as back with a reassurance.
# Round 43 (e)'s filter of a Coast Guard, EMS or lifeguard member's work (overdoses, bodies, calls) told
# with sleep trouble and coverage ruled out a medic who envies the overdoses: it gives way to the families.
_add_stops(_ROUND_43_E[3][0], _F.ASK_TIER_EN_47D, extend=True)
assert _ROUND_43_E[3][1] is _RESCUE_STOPS_43E
# A lasting loss of sight told with its date or as "since" ("since i lost my sight", "i went blind in
# march", "lost my vision two years ago", "blind since 2019"): no sudden loss of vision now, not the
# medical emergency the older tokens "lost my sight", "went blind" read. The filter covers the loss's own
# words, not the sentence, so a wish told beside it is read. Stops: a loss told as sudden or of today,
# the signs of a stroke, a danger now.
_MONTH_47D = r"january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|aug|sept|oct|nov|dec"
_SIGHT_47D = r"(?:sight|vision|eyesight|eye sight|sight in (?:one|my \w+|his \w+|her \w+) eye)"
_LASTING_SIGHT_LOSS_47D = (
    r"\b(?:since|ever since|after|because|from) (?:i|he|she|they|my \w+|mom|dad)? ?(?:\w+ )?(?:lost|losing|lose|went|going|became|go|gone) (?:\w+ ){0,2}?(?:" + _SIGHT_47D + r"|blind)\b|"
    r"\b(?:lost|losing) (?:my|his|her|their|all (?:my|his|her)) (?:\w+ )?" + _SIGHT_47D + r"\b(?=[^.?!]{0,40}?\b(?:ago|last (?:year|month|spring|summer|fall|autumn|winter|week)|"
    r"in (?:\d{4}|" + _MONTH_47D + r"|the (?:war|accident|fire|crash|explosion))|years|as a (?:kid|child|teen|baby|boy|girl)|when (?:i|he|she) was|since then|"
    r"to (?:diabetes|glaucoma|macular|ms|cancer|retinitis|an? \w+)|from (?:diabetes|glaucoma|macular|ms|cancer|retinitis|an? \w+)|permanently|for good)\b)|"
    r"\b(?:went|gone|been|am|is|was|became|totally|legally|completely) (?:\w+ )?blind (?:since|for (?:\d+|a|two|three|four|five|several|many|some|years|months)|in (?:\d{4}|" + _MONTH_47D + r")|"
    r"\w+ (?:years?|months?) ago|years ago|last|as a|when|after|from|due to|because)\b|"
    r"\bblind since\b"
)
_SIGHT_LOSS_NOW_47D = (
    r"sudden\w*|all of a sudden|out of nowhere|just now|right now|this (?:morning|afternoon|evening)|tonight|today|an hour ago|(?:\d+|a few|few|couple|two|three) (?:minutes?|mins?|hours?|hrs?) ago|"
    r"since (?:this|last night|yesterday|an hour|\d+ (?:minutes?|hours?))|curtain|flash\w*|droop\w*|slurr\w*|numb\w*|weak (?:arm|leg|side|face)|worst headache|(?:having|is having) a stroke|"
    r"can not (?:see|move|talk|speak) (?:anything )?(?:now|right now)|911|help me"
)
_add_whole_message_filters([(_filter(_LASTING_SIGHT_LOSS_47D), _SIGHT_LOSS_NOW_47D, None)])
# Thoughts "creeping back in" are coming back now: round 47 (d)'s old thoughts told as back read "back in"
# as a past ("back in 2015").
NOW_MARKERS = NOW_MARKERS + [r"(?:creeping|creep|creeps|crept|coming|come|comes|sneaking|sneak|snuck|seeping|slipping|slip|slipped) back in(?! \d| (?:the|high|college|school|my|his|her|those|them|our)\b)"]
# No reason or point to keep going TO a place or a task, or to continue a treatment ("no reason to keep
# going to physical therapy if it doesn't help", "no point continuing the infusions if my insurance won't
# pay", "no reason to keep going to that side of town"): the older families read "no reason to keep
# going" alone. A task, a treatment or a place follows. Not dialysis, insulin or a heart medicine (stopping
# them is a danger told in other words). Stops: the writer's own wish, the ask-tier families of rounds 46
# and 47 (c, d), distress told now, life or living.
_TASK_47D = (
    r"physical therapy|physio\w*|pt|therapy|therapist|counsel\w*|gym|class|classes|school|college|work|church|appointments?|sessions?|infusions?|treatments?|"
    r"spravato|ketamine|doctor|dr|clinic|side of town|place|meetings?|groups?|program|rehab|chiro\w*|acupunct\w*|massage|shots?|injections?|visits?|"
    r"that \w+|this \w+|the \w+ (?:class|program|group|clinic|office|gym|appointments?|sessions?)"
)
_TASK_GOING_47D = (
    r"\b(?:no|any|zero|not a|not any) (?:real |good )?(?:reason|point|sense|use|purpose)s? (?:in |of |to |for me to )?"
    r"(?:keep(?:ing)? (?:on )?going|continu(?:e|ing)|going|go|paying for|doing) (?:back )?(?:to |with |at |for |through |on with )?(?:the |my |that |this |those |these |all |more )?"
    r"(?:\w+ ){0,2}?(?:" + _TASK_47D + r")\b(?! (?:dialysis|insulin)\b)"
)
_TASK_GOING_STOPS_47D = (
    _OWN_WISH_39D + "|" + _F.ASK_TIER_EN_46C + "|" + _F.ASK_TIER_EN_47D + "|" + _DISTRESS_NOW_46E
    + r"|dialysis|insulin|heart (?:meds|medicine|pills)|living|alive|my life|life|be here|hopeless|suicid\w*|kill myself|want to die|end it|give up on (?:everything|life|myself)"
)
_add_whole_message_filters([(_filter(_TASK_GOING_47D), _TASK_GOING_STOPS_47D, None)])

# --- merge review of round 48: work or debt "choking" the writer (figure of speech) ---
# "work is choking me and i can not breathe lol", "las deudas me estan ahogando", "this job is
# suffocating me, i cant breathe": a burden choking or smothering the writer is a figure of speech, and
# the "can not breathe" beside it is the same figure (the laughter filter for "can not breathe" gives way
# at any choking word, so this filter spans the sentence). Stops: food or an object in the throat, the
# signs of a blocked airway (blue, fainting, no breath), help or 911 asked, asthma, the chest, a wish to
# die or distress told now.
_BURDEN_48R = (
    r"work|my job|this job|the job|stress|debt|debts|bills|rent|school|college|grad school|finals|deadlines|this city|life|my boss|"
    r"the workload|workload|anxiety|my schedule|the commute|overtime|responsibilities|el trabajo|mi trabajo|este trabajo|las deudas|"
    r"el estres|la renta|las cuentas|los biles|mi jefe|la escuela|el colegio|los examenes|la ansiedad|el horario|las responsabilidades"
)
_BURDEN_CHOKING_48R = (
    r"\b(?:" + _BURDEN_48R + r")\b (?:is|are|has been|have been|keeps|keep|me esta|me estan|me tiene|me tienen|me sigue|me siguen) "
    r"(?:literally |lowkey |kinda |kind of |just |really |so |bien |literalmente )?"
    r"(?:choking|suffocating|smothering|strangling|asfixiando|ahogando|estrangulando)(?: me)?\b[^.?!]{0,80}"
)
_BURDEN_CHOKING_STOPS_48R = (
    _DISTRESS_NOW_46E
    + r"|food|comida|bone|hueso|piece|pedazo|bite|bocado|candy|dulce|coin|moneda|toy|juguete|throat|garganta|"
    r"turn\w* blue|went blue|lips|labios|morad[oa]|azul|passed out|pass out|faint\w*|desmay\w*|unconscious|inconsciente|"
    r"911|ambulanc\w*|help me|ayudame|ayudenme|right now|ahora mismo|asthma|asma|inhaler|inhalador|chest|pecho|"
    r"kill myself|suicid\w*|want to die|wanna die|end it|quiero morir\w*|me quiero morir|matarme|acabar con todo"
)
_add_whole_message_filters([(_filter(_BURDEN_CHOKING_48R), _BURDEN_CHOKING_STOPS_48R, None)])
# --- round 48's the English ask tier and two false alarms: an interpreter relaying, pills stored from children (helper C) ---
# The ask-tier families are phrases.py's (round 48, helper C). The token pattern "can|could not see" moves
# to phrases.py (CAN_NOT_SEE_48C), which leaves out "i can not see myself sticking around" (picturing
# oneself, phrases' CONDITIONAL_PAIN_NOT_AROUND_48C): a narrow change to MEDICAL_SIGNS, the only way, as a
# look-alike filter over those words would also silence the wish told in them.
_CAN_NOT_SEE_TOKENS = "can|could not see ?anything|right|straight|properly|out"
assert CATEGORY_PATTERNS[MEDICAL].count(_CAN_NOT_SEE_TOKENS) == 1
CATEGORY_PATTERNS[MEDICAL][CATEGORY_PATTERNS[MEDICAL].index(_CAN_NOT_SEE_TOKENS)] = "can|could not see anything|right|straight|properly|out"
_ASK_48C = r"\?|\b(?:what|which|how|is|does|do|can|could|should|would|will|question|wondering|asking|offer|options?|help|treat\w*|qualify|eligible|candidate)\b"

# 4. A medical interpreter or a translator relaying a patient's or a relative's condition ("i am translating
# for my mother, she has crps and her chest hurts all the time, what do you offer", "interpreter here, the
# patient says he has had seizures for years"): the relayed condition is a history told for a question, not
# an emergency. The filter covers the sentences that relay or name the condition; the message must name the
# interpreting and ask. Stops: a wish, a plan or an act of the patient's or the writer's (relayed too), signs
# or an event now, distress told now.
_RELAY_48C = (
    r"says?|said|saying|tells? (?:me|us)|told (?:me|us)|explains?|describes?|reports?|complains?|mentions?|(?:has|have|had) (?:had )?|suffers?|suffering|"
    r"lives with|living with|deals? with|dealing with|struggles? with|diagnos\w*|condition|chronic|history|for (?:years|months|a long time)|all the time|every day|"
    r"crps|fibro\w*|neuropath\w*|migraines?|arthritis|depress\w*|ptsd|anxiety|pain|seizures?|epilep\w*|asthma|copd|diabet\w*|heart|chest|breath\w*"
)
_INTERPRETING_MARK_48C = (
    _MARK_39D(r"interpret\w*|translat\w*|(?:only|just) speaks? \w+|does not speak (?:\w+ )?english|do not speak (?:\w+ )?english|no english|language (?:line|barrier)")
    + r"(?=[\s\S]*(?:" + _ASK_48C + r"))"
)
_INTERPRETING_STOPS_48C = (
    r"(?:" + _CORE_STOPS_43E + "|" + _OWN_WISH_39D + "|" + _DISTRESS_NOW_46E + "|" + _F.ASK_TIER_EN_48C + r"|"
    r"(?:wants?|wanted|wanting|trying|tried|going|gonna|plans?|planning|threaten\w*|ready) to (?:die|kill|end|hurt)|suicid\w*(?! disease)|kill (?:him|her|my|them)sel\w*|"
    r"better off (?:dead|without)|(?:does not|do not|did not) want to (?:live|be here|be alive|wake up|go on)|no (?:will|reason) to live|"
    r"overdos\w*|too many (?:pills|tablets)|took (?:all|a bunch|the whole)|just now|right now|today|tonight|this (?:morning|afternoon|evening)|an hour ago|minutes ago|"
    r"sudden\w*|worst|(?:is|are) (?:having|seizing|bleeding|choking|unconscious|passed out|collapsing|turning)|(?:passed|passing) out|fainted|collapsed|"
    r"ambulance|emergency|er now|quiere morir|me quiero morir|se quiere morir|matarse|matarme|"
    # (merge review of round 48) a symptom relayed as happening now ("he says his heart is fluttering very fast, he
    # feels like he will faint and has pressure in his chest")
    r"(?:is|are|feels?|feeling) (?:\w+ )?(?:fluttering|racing|pounding|faint\w*|dizzy|numb|weak)|(?:feels? like|going to|gonna) (?:he|she|i)? ?(?:will |ll )?(?:faint|pass out|die)|"
    r"pressure in (?:his|her|my|the) chest|chest (?:pressure|tight\w*)|(?:can not|cant|can t) (?:breathe|talk|move|see)|slurr\w*|droop\w*|vomit\w*|throwing up)"
    # (a symptom that comes with the condition is the condition's: "says she can not breathe when the pain flares",
    # "chest pressure for months with her anxiety")
    r"(?![^.?!]{0,30}?\b(?:when|whenever|if|during|each time|every time|at night|in the mornings?|sometimes|all the time|"
    r"for (?:months|years|weeks|a long time|a while|ages)|since (?:\d{4}|her|his|the)|from (?:her|his) \w+)\b)"
)

# 5. Pills kept away from grandchildren or children (a lockbox, a high shelf, child-proof caps), told with a
# near miss where nothing was swallowed ("my grandson almost got into my pill bottle, so now i use a lockbox",
# "the child-proof cap held, nothing swallowed"): safe storage, not an overdose. The filter covers the
# sentence with the child and the pills; the message must name the storage and the near miss. Stops: a pill
# missing or swallowed, not knowing how many, any sign (sleepy, vomiting, not waking), poison control, now.
_CHILD_PILLS_48C = (
    r"grand\w*|kids?|child\w*|toddlers?|babies|baby|\d+ ?(?:year|yr|yo|y)\w*|son|daughter|little ones?|nephew|niece|"
    r"pills?|bottles?|meds|medicine|medications?|cabinet|purse|tablets?|spray|patch\w*|oxy\w*|opioids?"
)
_STORED_MARK_48C = (
    _MARK_39D(r"lock ?box(?:es)?|locked (?:up|away|box|cabinet|drawer|bag|case|safe)|lock (?:them|it|my|the|his|her|all) (?:\w+ )?(?:up|away)|"
              r"(?:high|top|higher) (?:shelf|cabinet|cupboard)|up high|higher|out of reach|child[- ]?(?:proof|resistant|safe|lock\w*)|child locked|safety (?:caps?|lids?)|"
              r"(?:medication|med|pill|lock) (?:safe|bags?)|store|storage|storing|hide|hid|hidden|safe keeping")
    + r"(?=[\s\S]*\b(?:almost|nearly|before (?:he|she|they|it) (?:could |got to )?(?:open\w*|swallow\w*|took|take|eat|ate|get|got)|"
    r"(?:did not|could not|never|was not able to|were not able to|unable to|can not) (?:\w+ ){0,2}?(?:open|swallow|take|eat|get (?:it|them|any|into))|"
    r"(?:nothing|none|no pills?|not a single (?:one|pill)) (?:was |were )?(?:swallowed|missing|taken|eaten|opened|gone|out)|nothing (?:got )?swallowed|"
    r"(?:cap|caps|lid|lids|lock|bottle|top) (?:\w+ )?(?:held|worked|stayed (?:on|shut|closed)|was (?:still )?(?:closed|shut|sealed|on))|"
    r"(?:still|was|were) (?:closed|sealed|shut)|all (?:\w+ )?accounted for|took it (?:away|back|from)|grabbed it (?:back|away))\b)"
)
_STORED_STOPS_48C = (
    # not _CORE_STOPS_43E: its "i took" is the writer taking the bottle away here
    r"(?:" + _SIGNS_NOW_STORY_45E + "|" + _NOW_39F + "|" + _OWN_THOUGHTS_NOW_43E + "|" + _DISTRESS_NOW_46E + r"|"
    r"i (?:took|swallowed|overdosed|relapsed)\b(?! (?:it|them|the (?:\w+ )?(?:bottle|pills|box|spray)) (?:away|back|from|out of))|on purpose|whole bottle|"
    r"(?:one|some|a few|two|three|\d+|a|a couple|pills?|tablets?) (?:\w+ )?(?:is |are |was |were )?missing|(?:do not|dont) know how many|not sure (?:how many|if|whether)|"
    r"(?:might|may|could) have (?:swallowed|eaten|taken|had|chewed)|(?<!nothing )(?<!not )(?:he|she|they) (?:swallowed|ate|took|chewed|had) (?:some|one|a|two|\d+|a few|pills?|them|it|the|my|his|her)\b|"
    r"sleepy|drowsy|letharg\w*|vomit\w*|throwing up|threw up|wobbl\w*|acting (?:weird|strange|funny|off|drunk|different)|not (?:himself|herself)|"
    r"poison control|poison help|hospital|\ber\b|pupils?)"
)

_add_whole_message_filters([
    (_filter(_SENTENCE_41E(_RELAY_48C)), _INTERPRETING_STOPS_48C, _INTERPRETING_MARK_48C),
    (_filter(_SENTENCE_41E(_CHILD_PILLS_48C)), _STORED_STOPS_48C, _STORED_MARK_48C),
])
# --- round 48's Spanish self-harm and ask tier, and "ya no aguanto" said of an annoyance (helper E) ---
# 1. "Ya no aguanto el trafico / el calor / a mi jefe / el ruido": an everyday complaint, not the
# distress "ya no aguanto mas" told alone (round 46 (e)'s shared distress stop and the older ask-tier
# family read "ya no aguanto mas" whatever follows). The filter covers the words and their annoyance;
# pain, life, loneliness or sadness are never such an object ("ya no aguanto mas este dolor" stays the
# ask tier). Stops: the writer's own wish, distress told now (not the complaint's own words), pain,
# round 48 (e)'s families, an act under way.
_ANNOYANCE_OBJECT_48E = (
    r"(?:trafico|calor|calorón|calorazo|frio|humedad|lluvia|ruido|ruidero|jefe|jefa|jefes|supervisor\w*|gerente|suegr[oa]s?|vecin[oa]s?|"
    r"companer[oa]s?(?: de (?:trabajo|cuarto|casa|clase|oficina))?|roomies?|mosquitos|zancudos|moscas|metro|camion|bus|autobus|micro|"
    r"filas?|colas?|espera|papeleo|tramites?|burocracia|oficina|chamba|tarea|tareas|lunes|juntas|reuniones|horario|turnos?|internet|wifi|"
    r"senal|musica|olor|obra|construccion|ladridos|ronquidos|perro del vecino|reggaeton|politica|politicos|noticias|clima|sol|polvo|smog|"
    r"contaminacion|carretera|aeropuerto|tos|gripa|gripe|resfriado|alergias?|comezon|picazon|zapatos|dieta|escuela|maestr[oa]|profe|clientes?|"
    r"estar (?:en|atorad[oa] en|sentad[oa] en) (?:el |la )?(?:trafico|fila|cola|metro|camion|oficina)|manejar (?:en|con) (?:el |este |tanto )?trafico)"
)
_ANNOYANCE_AFTER_48E = (
    r"(?:a |al |el |la |los |las |este |esta |estos |estas |ese |esa |esos |esas |mi |mis |tanto |tanta |tantos |tantas |a mi |a mis |a la |a los |a las |"
    r"a este |a esta |a estos |a estas |del |de )?(?:(?!vida\b|vivir\b|dolor|depres|ansiedad|soledad|triste|pena\b|angustia|sufr|existir)\w+ ){0,2}?"
    + _ANNOYANCE_OBJECT_48E + r"\b"
)
_FED_UP_WITH_48E = (
    r"(?<!\bsi\s)(?<!\bcuando\s)(?:ya )?no (?:aguanto|soporto|tolero|resisto|me aguanto)(?: (?:mas|ya|ni))?(?: ,)? " + _ANNOYANCE_AFTER_48E
)
# round 46 (e)'s shared distress stop, less "ya no aguanto mas" followed by such an annoyance
_DISTRESS_NOW_48E = _DISTRESS_NOW_46E.replace(
    r"(?:ya )?no (?:puedo|aguanto) mas\b(?! (?:de (?:la )?risa|", r"(?:ya )?no (?:puedo|aguanto) mas\b(?! (?:" + _ANNOYANCE_AFTER_48E + r"|de (?:la )?risa|", 1
)
assert _DISTRESS_NOW_48E != _DISTRESS_NOW_46E
_OWN_WISH_48E = _OWN_WISH_39D.replace(r"ya no aguanto|no aguanto mas|", "", 1)
assert _OWN_WISH_48E != _OWN_WISH_39D
_FED_UP_STOPS_48E = (
    r"(?:" + _OWN_WISH_48E + "|" + _DISTRESS_NOW_48E + "|" + _TOOK_ALL_38 + "|" + _F.RISK_ES_48E + r"|"
    r"dolor\w*|duele|pain|vida|vivir|me quiero (?:morir|matar|ir)|quiero (?:morirme|desaparecer)|desaparecer|no quiero (?:estar|seguir)|"
    r"(?:ya )?no (?:aguanto|puedo|soporto) mas(?=\s*(?:[.,!?;]|$|y |con todo|con esto|con mi))|no aguanto nada|todo me (?:pesa|duele|cansa)|"
    r"911|ayudame|ayudenme|auxilio|no es broma|en serio)"
)
_add_whole_message_filters([(_filter(_FED_UP_WITH_48E), _FED_UP_STOPS_48E, None)])

# 2. All the day's pills taken together by the regimen ("me las tomo todas en la manana con el
# desayuno", "se las toma todas juntas antes de dormir como le dijo el cardiologo"): the older family
# "me las tomo todas" read the dose as intent. Stops: a burden or a wish (round 48 (e)'s words), distress
# now, a dose already taken too many.
_REGIMEN_48E = (
    r"(?:en|por|de) la (?:manana|noche|tarde)|con (?:el|la) (?:desayuno|comida|cena|almuerzo|lonche)|antes de (?:dormir|acostarme|desayunar|comer|cenar)|"
    r"al (?:despertar|levantarme|acostarme)|(?:como|lo que) (?:me|le|nos) (?:dijo|indico|receto|mando|pidio) (?:el|la|mi|su) \w+|cada (?:manana|noche|dia)|diario|"
    r"todos los dias|a la misma hora|a sus horas|a su hora|juntas? con (?:agua|leche|jugo)"
)
_ALL_BY_REGIMEN_48E = (
    r"(?:me|se|te) (?:las|los) (?:tomo|toma|tomas|tomamos|voy a tomar|va a tomar|tomare|tomara) tod[oa]s(?: juntas| juntos)?[\s,]+(?:\w+ ){0,3}?(?:" + _REGIMEN_48E + r")\b"
)
_REGIMEN_STOPS_48E = (
    r"(?:" + _F._BURDEN_48E + "|" + _OWN_WISH_39D + "|" + _DISTRESS_NOW_46E + "|" + _TOOK_ALL_38 + r"|para (?:siempre|no despertar|morir\w*|acabar)|de una vez|despedir\w*|adios)"
)
_add_whole_message_filters([(_filter(_ALL_BY_REGIMEN_48E), _REGIMEN_STOPS_48E, None)])
# --- round 48's danger now told around something ordinary (helper B) ---
# The writer at a height now (phrases.AT_HEIGHT_NOW_48B: a roof edge, a ledge, a balcony rail, floors up
# or right now) is serious: the detector's joke and hyperbole readings ("lol", "jk... or not", a parking
# garage read as an everyday annoyance) stop there. The bare thoughts told as back and someone at the door
# who found the writer are told now (a "used to" beside them does not date them).
NOT_A_JOKE = NOT_A_JOKE + [_F.AT_HEIGHT_NOW_48B, _F.FOUND_ME_AT_DOOR_48B]
NOW_MARKERS = NOW_MARKERS + [_F.FOUND_ME_AT_DOOR_48B]
# Every older joke or hyperbole filter gives way to the height told now, as to distress told now.
for _i_48b in sorted(JOKE_FILTERS_46E):
    _extend_stops(_i_48b, _F.AT_HEIGHT_NOW_48B)

# Look-alikes. Work at a height (roofers, window washers, a crew in a harness, gutters, solar panels) and a
# rooftop party, bar or view: the sentence with the edge or the height is covered when the message names
# the work or the party. Stops: the writer's own wish, distress told now, the joke that means it ("the funny
# one is always the one", "or not", "or am i"), a jump, a goodbye.
_EDGE_WORDS_48B = (
    r"edge(?! of (?:the |my |his |her |a )?(?:tub|bathtub|bed|seat|chair|couch|sofa|table|desk|counter|sink|bench|stage|road|curb|town|the city|my seat))|ledge|rail|railing|parapet|guardrail|rooftop|balcony|(?:\d+|top) (?:floors?|stor(?:ies|ey|eys|y)|levels?)|\d+(?:st|nd|rd|th) floor"
)
_AT_WORK_UP_HIGH_48B = _MARK_39D(
    r"roofers?|roofing|re-?roof\w*|shingles?|gutters?|window ?wash\w*|window ?clean\w*|washing windows|cleaning (?:the )?windows|harness(?:ed)?|tied off|"
    r"scaffold\w*|swing ?stage|bosun|rope access|lineman|linemen|ironworkers?|steelworkers?|construction|crew|my shift|on shift|on the job|at work|for work|"
    r"my job|our job|job site|jobsite|installing|install|repair\w*|fixing|painting|painters?|inspect\w*|solar panels?|hvac|antenna|satellite dish|chimney|"
    r"rooftop (?:party|bar|pool|lounge|restaurant|dinner|brunch|drinks|terrace|garden|bbq|barbecue|yoga|cinema|movie|event)|"
    r"(?:party|bbq|barbecue|drinks|dinner|wedding|fireworks|concert) (?:on|at|up on) (?:the|a|our|my) (?:roof|rooftop|terrace|balcony)|"
    r"party|parties|sunset|sunrise|the view|views|fireworks|stargazing|drinks|cocktails?|wedding|birthday"
)
_HEIGHT_MEANT_48B = (
    r"(?:" + _OWN_WISH_39D + "|" + _DISTRESS_NOW_46E + "|" + _SIGNS_NOW_37 + r"|jump\w*|step off|nice knowing|see you on the other side|not (?:answering|picking up)|(?:will not|wont|won t) (?:answer|pick up|open)|"
    r"(?:would not|wouldnt) mind|wish (?:i|it)|hope (?:i|it)|can not breathe|cant breathe|swell\w*|stung|bleeding|unconscious|fell|fallen|911|ambulance|help me|let go|lean forward|fall\w*|goodbye|good bye|farewell|"
    r"the funny (?:one|ones|guy|guys|girl|girls|friend) (?:is|are) always|class clown|who (?:would|will|d) (?:even )?miss|miss me|"
    r"or not\b|or am i|unless\b|not (?:at work|working|on the job|on shift)|off (?:work|shift|the clock)|alone up here|no harness|without (?:a |my )?harness|"
    r"die|dying|dead|end it|done with (?:it|life|everything)|kill\w*|let(?:ting)? (?:go|myself (?:go|fall|slip|drop))|lets go|"
    r"think\w* about (?:jumping|falling|letting|going over|stepping|leaning)|(?:so|till|until) (?:it|everything) (?:all )?stops|make it stop|"
    # (merge review of round 48) drugs and their signs up there, a while at the edge (an hour),
    # looking down, over the rail, a threat to jump, the writer not coming down
    r"pills?|every pill|tablets|lines?|coke|cocaine|fentanyl|heroin|overdos\w*|snort\w*|high|wasted|dropped|collapsed|down and|not respond\w*|"
    r"foam\w*|eyes rolled|seiz\w*|blue|"
    r"(?:for|about) (?:an|about an|half an|\d+|a couple of|two|three) (?:hours?|hrs?)|looking down|staring down|climbed (?:over|onto|up on|out)|"
    r"hanging (?:on|off|from) (?:the )?outside|over the (?:rail\w*|edge|side)|(?:says?|said|threaten\w*) (?:\w+ )?(?:will|ll|is going to|gonna)? ?jump|"
    r"(?:taking|take) the stairs|not coming down|crew (?:went home|left)|nobody (?:sees|knows|is around))"
)
_add_whole_message_filters([
    (_filter(_SENTENCE_41E(_EDGE_WORDS_48B)), _HEIGHT_MEANT_48B, _AT_WORK_UP_HIGH_48B),
])

# A rope, a cord or a belt tied on a beam, a tree or a rafter for a swing, a hammock, a boat, a punching
# bag, a hoist, plants or lights (phrases.LIGATURE_SET_WITH_QUESTION_48B reads the means beside a
# treatment question; round 39's filter of a rope's errands gives way to a beam or a rafter). Stops: the
# writer's own wish, distress told now, a noose, a chair or a stool under it, a step, a goodbye.
_LIGATURE_WORDS_48B = r"ropes?|cords?|extension cords?|belts?|leash|straps?|noose"
_LIGATURE_ERRAND_48B = _MARK_39D(
    r"swings?|tire swing|rope swing|hammocks?|boats?|kayaks?|canoes?|dock|sail\w*|punching bag|heavy bag|speed bag|boxing bag|hoist\w*|pulley|winch|"
    r"engine|bikes?|bicycles?|deer|elk|hunting|tarp|tents?|clothes ?line|(?:hang|hanging|dry|drying) (?:the |my )?(?:laundry|clothes|towels)|hanging plants?|plants?|planters?|bird ?feeders?|lights|"
    r"string lights|christmas|decorations?|halloween|pinata|climbing|rappel\w*|aerial|silks|trx|gym rings|rings|yoga|dog run|tie ?out|flag|banner|"
    r"tree ?house|fort|zip ?line|tug of war|moving|furniture|tie ?down"
)
_LIGATURE_MEANT_48B = (
    r"(?:" + _OWN_WISH_39D + "|" + _DISTRESS_NOW_46E + r"|noose|loop (?:at|on) the end|slip ?knot|hangman|(?:chair|stool|bucket|ladder) (?:under|beneath|below)|"
    r"kick (?:the|away the) (?:chair|stool)|step off|my neck|around my neck|goodbye|good bye|farewell|not for (?:a|the) \w+|no (?:swing|hammock|boat)|"
    # (merge review of round 48) someone else's plan to hang himself ("he's been planning to hang himself with his belt")
    r"hang(?:ing)? (?:himself|herself|themselves|myself|yourself)|(?:his|her|their) neck|plann\w* to (?:hang|kill|end)|kill (?:himself|herself|themselves)|where (?:he|she|they)(?: d| would| will)? tie)"
)
_add_whole_message_filters([
    (_filter(_SENTENCE_41E(_LIGATURE_WORDS_48B)), _LIGATURE_MEANT_48B, _LIGATURE_ERRAND_48B),
])
# --- round 48's English false alarms: a course, a past, a stage, a doorstep, a scrape, a war (helper F) ---
# Declared like round 47 (e)'s section above: (words over the sentence with the crisis words, stops read
# over the whole message, a mark the message must hold); each also gives way to a danger told now
# (STOPPED_AT_PRESENT_DANGER) and stops at distress told now (_DISTRESS_NOW_46E). Their stops are written
# for each class: the shared stops (_SIGNS_NOW_37, _CORE_STOPS_43E) hold the very words these messages
# tell as a topic, a history or a doorstep ("unresponsive", "not breathing", "tonight").
_HELP_NOW_48F = (
    r"(?:" + _NOW_32 + r"|911|999|112|ambulanc\w*|paramedics?|help me(?=\s*(?:[.!]|$|please|now|someone|somebody))|help please|please help|"
    r"what do i do now|what should i do now|what do we do now|hurry|asap)"
)
# Someone of the writer's own (normalize.py writes "mom" as "mother"), a stop where the class tells a stranger.
_OWN_PERSON_48F = (
    _OWN_PERSON_36 + r"|my (?:\w+ )?(?:mother|father|mum|grandmother|grandfather|partner|fiance\w*|kid|child|baby|stepdad|stepmom|stepmother|stepfather|"
    r"best friend|bf|gf|client|patient|neighbour|flatmate|housemate|roomie|grandson|granddaughter|nephew|niece)\b"
)
# Someone's act or signs told as now, about a person ("he is not breathing", "she took a handful").
_PERSON_SIGNS_NOW_48F = (
    r"(?<!\bif\s)(?<!\bwhen\s)(?<!\bcase\s)(?<!\bunless\s)(?<!\bwhether\s)(?<!\bsay\s)\b(?:he|she|they|him|her|someone|somebody|my \w+|the (?:guy|man|woman|lady|kid|person)) "
    r"(?:is|are|s|has been|have been|keeps?|just|was just|still) "
    r"(?:\w+ )?(?:not breathing|barely breathing|unresponsive|not responding|blue|gray|grey|purple|gurgling|snoring weird\w*|seizing|convulsing|passed out|"
    r"unconscious|not waking|not moving|limp|foaming|overdosing|od ing|oding|nodding)|"
    r"(?:will not|wont|can not|does not|cannot|could not|cant) (?:get (?:him|her|them) to )?wake (?:him|her|them)|(?:he|she|they) (?:will not|wont|does not|is not|isnt) wak\w*|"
    r"(?:on|in) front of me|next to me|on the floor|"
    r"(?:he|she|they|i) (?:just|has just|have just|had just) (?:took|taken|swallowed|shot up|snorted|used|smoked|injected|overdosed)\b"
)

# 1. A first-aid, CPR, BLS or naloxone course or certificate question about the signs of an overdose ("for
# my certificate, what are the signs of an overdose?", "cpr recert tomorrow, pinpoint pupils and slow
# breathing, right?"). The filter covers the sentence with the overdose or its signs; the message must
# name a certificate, or a course with its first-aid kind, and ask. Stops: a person of the writer's,
# someone's act or signs told now, help asked now, the writer's own thoughts or act, distress now,
# phrases.NOT_STUDY.
_OD_TOPIC_48F = (
    r"overdos\w*|od|ods|oding|od ing|signs?|symptoms?|unresponsive|not responding|not breathing|slow(?:ed)? breathing|shallow breathing|barely breathing|"
    r"breathing (?:slow\w*|shallow\w*)|pinpoint(?: pupils)?|tiny pupils|small pupils|blue lips|lips (?:\w+ )?blue|turn(?:s|ing|ed)? blue|bluish|gurgl\w*|snor\w*|"
    r"(?:will not|wont|can not|does not|not) wak\w*|limp|passed out|unconscious|narcan|naloxone|recovery position|rescue breaths?"
)
_COURSE_KIND_48F = (
    r"first aid|cpr|bls|acls|pals|aed|red cross|st john\w*|heartsaver|lifeguard\w*|narcan|naloxone|overdose (?:response|awareness|prevention|training)|"
    r"mental health first aid|emt|cna|community health|harm reduction"
)
_COURSE_MARK_48F = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:certificat\w*|certification|certs?|recert\w*|re cert\w*|certified|(?:" + _COURSE_KIND_48F + r") (?:\w+ ){0,2}?"
    r"(?:course|class|training|exam|test|quiz|module|workshop|card|program|instructor|homework|assignment)s?|"
    r"(?:course|class|training|exam|test|quiz|module|workshop|instructor)s? (?:\w+ ){0,3}?(?:" + _COURSE_KIND_48F + r"))\b)"
    r"(?=[\s\S]*(?:" + _ASK_47E + r"|\b(?:list|name|describe|explain|recogni[sz]e|tell|look for|watch for|spot|identify)\b))"
)
_COURSE_STOPS_48F = (
    r"(?:" + _HELP_NOW_48F + "|" + _PERSON_SIGNS_NOW_48F + "|" + _OWN_THOUGHTS_NOW_43E + "|" + _TOOK_ALL_38 + "|" + _DISTRESS_NOW_46E + "|"
    + "|".join(_F.NOT_STUDY) + r"|" + _OWN_PERSON_48F + r"|this is (?:real|not (?:a|for) (?:test|class|course|homework|practice))|not (?:for|a) (?:class|course|test|quiz)|for real)"
)

# 2. An overdose years ago (in 2019, three years back), the writer now sober, clean or well, asking about
# a treatment ("had an od in 2019, was unresponsive, they used narcan. 3 yrs clean now, is ketamine ok?").
# The filter covers the sentence with the overdose or what happened then; the message must date it years
# back, say the writer is sober or well now, and ask. Stops: use or signs now, again, a relapse now,
# the writer's own thoughts or act, distress told now.
_OD_THEN_48F = (
    r"overdos\w*|od|ods|od d|oded|od ed|unresponsive|not breathing|stopped breathing|(?:went|turned|was) blue|blue lips|narcan\w*|naloxone|"
    r"flatlin\w*|coded|died|dead|dying|nearly died|almost died|brought (?:me|him|her) back|revived|resuscitat\w*|icu|intubat\w*|ventilator|"
    r"too many pills|a bottle of pills|pills|heroin|fentanyl|fent|opioids?|oxy\w*"
)
_YEARS_BACK_48F = (
    r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|several|many|some|couple(?: of)?) (?:\w+ )?(?:years?|yrs?) (?:ago|back|earlier)|"
    r"years ago|yrs ago|years back|back in (?:19|20)?\d\d|in (?:19|20)\d\d|(?:19|20)\d\d\b|long time ago|years before|when i was (?:\d+|younger|using|in (?:my|college|high))"
)
_SOBER_NOW_48F = (
    r"sober|clean|recovery|recovered|in remission|(?:i am|im|i have been|i been|been|now|doing|feel|feeling) (?:\w+ )?(?:well|fine|good|great|ok|okay|healthy|stable|better)|"
    r"(?:\d+|\w+) (?:years?|yrs?|months?) (?:clean|sober|free)|(?:clean|sober) (?:since|for|ever since)|turned my life around|"
    r"do not (?:use|drink) (?:anymore|any more)|(?:stopped|quit) using|no longer use|never used since"
)
_OD_YEARS_BACK_MARK_48F = (
    _MARK_39D(_YEARS_BACK_48F) + r"(?=[\s\S]*\b(?:" + _SOBER_NOW_48F + r")\b)"
    + r"(?=[\s\S]*(?:" + _ASK_47E + r"|\b(?:treat\w*|therap\w*|ketamin\w*|spravato|infusions?|eligib\w*|disqualif\w*|intake|appointment|consult\w*)\b))"
)
_OD_YEARS_BACK_STOPS_48F = (
    r"(?:" + _HELP_NOW_48F + "|" + _PERSON_SIGNS_NOW_48F + "|" + _OWN_THOUGHTS_NOW_43E + "|" + _DISTRESS_NOW_46E + r"|"
    r"again|(?:i|he|she|they) (?:just |have |has |had )?relapsed\b(?! (?:in|back in|once|years?|\d))|relapsed (?:today|tonight|yesterday|last night|this morning)|"
    r"using (?:again|now|today)|"
    r"(?:used|took|shot up|snorted|smoked|drank|slipped|swallowed) (?:\w+ ){0,3}?(?:today|tonight|this morning|last night|an hour ago|earlier|yesterday|just now)\b|"
    r"(?:just|today|tonight|this morning) (?:\w+ ){0,2}?(?:used|took|shot up|snorted|swallowed|overdosed)\b|whole bottle|on purpose|"
    r"(?:i|i am|im) (?:so |really )?(?:dizzy|drowsy|sleepy|can not breathe|cant breathe))"
)

# 3. A comedian's or a writer's joke or opener about jumping off a bridge, a stage bit ("my set opens with
# 'i almost jumped off the bridge... then i saw the toll'"). The filter covers the sentence with the
# jump; the message must name the stage, the set, the bit or the joke. Stops: the writer's own wish or
# plan told outside the bit ("it is not a bit", "true story"), the means or a place now, distress now.
_JUMP_48F = (
    r"jump\w*|leap\w*|threw myself|throw myself|throwing myself|bridge|ledge|off (?:a|the) (?:roof|building|cliff|overpass)"
)
# (a performance, not a joke alone: "my teen joked about jumping off a bridge" is a warning sign, a
# caption or a tweet is a farewell's place)
_STAGE_MARK_48F = _MARK_39D(
    r"comedian|comedienne|comic|comedy|stand ?up|standup|stand-up|open ?mics?|(?:my|the|this|a|tight) (?:\w+ )?(?:set|five)|sets|"
    r"(?:my|the|this|that) bit|bits|a bit (?:about|where|on|that)|(?:comedy|stand ?up|my) routine|opener|opening (?:line|joke|bit)|(?:my|the|a) closer|closing (?:bit|joke)|"
    r"punch ?line|punchlines?|one ?liner|sketch|skit|improv|roast|monologue|audience|crowd|heckl\w*|gig|comedy club|comedy special|my special|"
    r"writers? room|sitcom|screenplay|script"
)
_STAGE_STOPS_48F = (
    # (an ambulance in a punchline, "then i remembered i can not afford the ambulance", is the joke's)
    r"(?:" + _HELP_NOW_48F.replace(r"|ambulanc\w*|", r"|(?:call|calling|called|get|send) (?:an |the )?ambulance|ambulance (?:is )?(?:coming|on (?:the|its) way)|", 1) + "|" + _SIGNS_NOW_37 + "|" + _TOOK_ALL_38 + "|" + _DISTRESS_NOW_46E + r"|"
    r"not (?:a|just a|part of (?:the|my)) (?:joke|bit|set|act|routine)|(?:is|it s|its|that is) not (?:a )?(?:joke|bit)|no joke|not joking|not kidding|"
    r"true story|(?:really|actually) (?:happened|did (?:it|jump|try)|tried|wanted|want|thinking|think|thought)|for real|seriously|honestly|i mean it|"
    r"but (?:it|that) (?:is|s|was) not\b|(?:think|thinks|thought) (?:it is|its|it s|it was|i am|i was) (?:a joke|joking|kidding|a bit)|"
    r"(?:jumped|jump|tried|almost|nearly|climbed) (?:\w+ ){0,4}?(?:last night|yesterday|this morning|today|earlier|an hour ago)|"
    r"(?:i|i am|im) (?:\w+ )?(?:suicidal|on (?:the|a) (?:bridge|ledge|roof))|(?:standing|sitting) (?:on|at) (?:the|a|her|his|my) (?:\w+ )?(?:edge|bridge|ledge|railing)|(?:says|said) (?:she|he|they) (?:will|ll|is going to|is gonna) jump|\d+(?:st|nd|rd|th) floor|"
    r"i (?:still |really |honestly )?(?:want|wanna|plan|am going|am gonna|have been thinking about) (?:to )?(?:die|jump|kill myself|end it)|"
    r"(?:thoughts|urges) (?:of|about) (?:jumping|dying|suicide)|(?:my|a) (?:plan|note)\b|goodbye|tonight i|after the show i)"
)

# 4. A parcel or a delivery at the door and nobody answering the door or the bell, told by a courier or
# about one ("courier here, customer is unresponsive, will not answer the door", "fedex driver, nobody
# home, unresponsive to the buzzer"): not a person unresponsive. The filter covers the sentence with the
# not answering; the message must name the delivery and the door, the bell or the phone. Stops: a person
# seen or heard inside in trouble, a fall, a smell, a welfare check, worry, help asked now, distress.
_NO_ANSWER_48F = (
    r"unresponsive|not responding|no response|not responsive|(?:not|nobody|no one|noone|no body) (?:is )?(?:answer\w*|respond\w*|picking up|coming|opening)|"
    r"(?:will not|wont|does not|doesnt|did not|didnt) (?:answer|respond|pick up|open)|no answer|does not respond|did not respond"
)
_DELIVERY_MARK_48F = (
    _MARK_39D(r"couriers?|deliver\w*|parcels?|packages?|pkg|shipments?|boxes|box|fedex|ups|usps|dhl|amazon|doordash|door dash|uber ?eats|grubhub|instacart|"
              r"postman|mailman|mail carrier|postal|drop ?off|signature|sign for|tracking|groceries|food order|takeout|pizza")
    + r"(?=[\s\S]*\b(?:doors?|door ?bell|bell|buzzer|intercom|knock\w*|rang|ring\w*|gate|lobby|reception|front desk|address|phone|calls?|texts?|porch|doorstep|suite|unit|apartment)\b)"
)
_DELIVERY_STOPS_48F = (
    r"(?:" + _HELP_NOW_48F + "|" + _OWN_THOUGHTS_NOW_43E + "|" + _TOOK_ALL_38 + "|" + _DISTRESS_NOW_46E + "|" + _OWN_PERSON_48F + r"|"
    r"\b(?:he|she|they) (?:is|are|s|was|were) (?:\w+ )?unresponsive|since (?:yesterday|last night|this morning)|"
    r"not breathing|barely breathing|not moving|will not wake|can not wake|unconscious|passed out|collaps\w*|on the floor|lying (?:on|in|there|face|still)|slumped|"
    r"through the (?:window|glass|door)|fell|fallen|a fall|blood|bleeding|smell\w*|gas|blue|seiz\w*|overdos\w*|pills|police|cops|welfare check|wellness check|"
    r"worried|scared|afraid|concerned|something (?:is )?wrong|(?:heard|hear) (?:\w+ ){0,2}?(?:thud|groan\w*|moan\w*|scream\w*|cry\w*|crash|calling for help|fall)|"
    r"elderly|old (?:man|lady|woman|guy)|(?:has|have) not (?:seen|heard from)|for days|(?:his|her) (?:car|lights|tv) (?:is|are)? ?(?:still )?(?:here|there|on))"
)

# 5. "Blood everywhere lol" about a scraped knee, a grazed elbow or a nosebleed already cleaned up and
# fine ("fell off my bike lol blood everywhere but it is just a scrape, cleaned up and fine"). The filter
# covers the sentence with the blood; the message must name a small injury and say it stopped or is fine.
# Stops: bleeding that goes on or is heavy (will not stop, soaking through, spurting, deep, stitches),
# faintness, a blood thinner, a blow to the head, a wrist or self-harm, help asked now, distress now.
_BLOOD_48F = (
    r"blood everywhere|blood all over(?: \w+)?|(?:a lot of|lots of|so much|such a lot of|tons of|a ton of|buckets of|loads of|pools? of|a pool of) blood|"
    r"(?:bleeding|bled|bleeds) (?:like crazy|like a \w+|a lot|so much|everywhere|all over|buckets|like mad)|bloody nose|nose ?bleeds?|"
    r"(?:gushing|pouring|spurting) (?:out )?blood|blood (?:was |is )?(?:gushing|pouring)"
)
_SMALL_INJURY_48F = (
    r"scrap\w*|skinned|grazed?|graze|scuff\w*|nosebleeds?|nose bleeds?|nose bleeding|bloody nose|nose (?:started|was|is) bleeding|my nose|his nose|her nose|"
    r"knee|knees|elbow|elbows|shin|chin|paper ?cut|papercut|shaving|nicked|scratch\w*|bit my (?:lip|tongue|cheek)|little cut|tiny cut|small cut|"
    r"stubbed|toe|toenail|pimple|zit|lip|tooth|baby tooth|wiggly tooth|loose tooth|popped a blister|hangnail|splinter"
)
_STOPPED_FINE_48F = (
    r"stopped|it stopped|has stopped|cleaned (?:it |everything |him |her |myself |\w+ )?up|all cleaned|cleaned|washed|band ?aids?|bandaids?|bandag\w*|plaster|gauze|"
    r"(?:i am|im|he is|she is|hes|shes|they are|we are|all|totally|perfectly|it is|its) (?:\w+ )?(?:fine|ok|okay|good|alright|all right)|all good|fine now|"
    r"(?:looked|looks|look) (?:way |much )?worse|just a (?:scrape|scratch|graze|nosebleed|cut)|only a (?:scrape|scratch|graze|nosebleed|cut)|nothing serious|no big deal"
)
_SCRAPE_MARK_48F = _MARK_39D(_SMALL_INJURY_48F) + r"(?=[\s\S]*\b(?:" + _STOPPED_FINE_48F + r")\b)"
_SCRAPE_STOPS_48F = (
    r"(?:" + _HELP_NOW_48F + "|" + _SIGNS_NOW_37 + "|" + _PERSON_SIGNS_NOW_48F + "|" + _OWN_THOUGHTS_NOW_43E + "|" + _TOOK_ALL_38 + "|" + _DISTRESS_NOW_46E + r"|"
    r"(?:will not|wont|won t|does not|doesnt|did not|didnt|is not|isnt|can not|cant|not) (?:\w+ )?(?:stop\w*|slow\w*)|still (?:bleeding|going|coming|dripping|pouring)|"
    r"keeps? (?:bleeding|coming|going|pouring|dripping)|(?:soak\w*|bled) through|spurt\w*|squirt\w*|puls\w*|deep|gaping|stitch\w*|bone|fat|"
    r"faint\w*|dizzy|lightheaded|light headed|passed out|pale|clammy|blood thinners?|warfarin|coumadin|eliquis|xarelto|hit (?:my|his|her|their) head|head|"
    r"wrists?|cut (?:my|him|her)self|on purpose|self ?harm\w*|for (?:\d+|twenty|thirty|forty) (?:minutes|mins)|an hour|hours|"
    r"confus\w*|vomit\w*|throwing up|threw up|not making sense|knocked out|unconscious|broke|broken|fractur\w*|pills|overdos\w*|"
    r"(?:coughing|cough|coughed|spitting|spit|throwing|threw|puking|puked) (?:up )?blood|blood in (?:my |his |her )?(?:stool|poop|urine|pee|vomit)|"
    r"blood (?:from|out of) (?:my|his|her|the) (?:ear|ears|eyes|mouth))"
)

# 6. Blood lost in a war or an old injury (in 2004, in Iraq, in the army) told as history, with a question
# about PTSD or its treatment ("took shrapnel in iraq in 2004, lost so much blood i nearly died, now the
# nightmares. can ketamine help my ptsd?"). The filter covers the sentence with the blood or the wound; the
# message must name the war, the service or a year back, and ask about PTSD, the trauma or a treatment.
# Stops: bleeding now, a wound open now, the writer's own thoughts or wish (often told beside it), help
# asked now, distress told now.
_WAR_BLOOD_48F = (
    r"blood|bled|bleed\w*|bleeding out|bled out|hemorr?hag\w*|haemorrhag\w*|wounded|wounds?|shot|shrapnel|ied|blast|blown up|tourniquet\w*|"
    r"nearly died|almost died|died|dying|flatlin\w*|coded|medevac\w*|transfusions?"
)
_WAR_MARK_48F = (
    _MARK_39D(r"iraq|afghanistan|vietnam|korea|kuwait|bosnia|kosovo|somalia|syria|fallujah|ramadi|mosul|kandahar|helmand|war|wars|army|military|marines?|"
              r"navy|air force|national guard|deploy\w*|deployment|combat|tour|in service|served|veterans?|vet|the va|soldier|infantry|convoy|humvee|firefight|"
              r"(?:\d+|a|one|two|three|four|five|ten|twenty|many|several) (?:\w+ )?(?:years?|yrs?) ago|years ago|decades? ago|back in|in (?:19|20)\d\d")
    + r"(?=[\s\S]*\b(?:ptsd|p t s d|c ?ptsd|trauma\w*|nightmares?|flashbacks?|triggers?|hypervigilan\w*|ketamin\w*|spravato|treat\w*|therap\w*|infusions?|help)\b)"
    + r"(?=[\s\S]*(?:" + _ASK_47E + r"))"
)
_WAR_STOPS_48F = (
    r"(?:" + _HELP_NOW_48F + "|" + _OWN_THOUGHTS_NOW_43E + "|" + _TOOK_ALL_38 + "|" + _DISTRESS_NOW_46E + "|" + _OWN_WISH_39D + r"|"
    r"(?:i am|im|he is|she is|is|am|it is|its) (?:\w+ )?bleeding|(?:will not|wont|does not|can not|not) stop(?:ping)? bleeding|still bleeding|(?:wound|scar|stitches|incision) (?:\w+ )?(?:opened|reopened|burst|split)|"
    r"not breathing|unresponsive|passed out|today|tonight|this morning|just now|(?:my|a|the) (?:gun|pistol|rifle|pills)\b)"
)

_ROUND_48_F = [
    (_filter(_SENTENCE_41E(_OD_TOPIC_48F)), _COURSE_STOPS_48F, _COURSE_MARK_48F),
    (_filter(_SENTENCE_41E(_OD_THEN_48F)), _OD_YEARS_BACK_STOPS_48F, _OD_YEARS_BACK_MARK_48F),
    (_filter(_SENTENCE_41E(_JUMP_48F)), _STAGE_STOPS_48F, _STAGE_MARK_48F),
    (_filter(_SENTENCE_41E(_NO_ANSWER_48F)), _DELIVERY_STOPS_48F, _DELIVERY_MARK_48F),
    (_filter(_SENTENCE_41E(_BLOOD_48F)), _SCRAPE_STOPS_48F, _SCRAPE_MARK_48F),
    (_filter(_SENTENCE_41E(_WAR_BLOOD_48F)), _WAR_STOPS_48F, _WAR_MARK_48F),
]
_add_whole_message_filters(_ROUND_48_F)
# --- round 48's English medical emergencies told by a medic, a bystander or a cook (helper A) ---
# A cut by accident (a knife that slipped while cooking, a box cutter at work, a glass that broke) that
# will not stop bleeding is medical (phrases.py's ACCIDENTAL_CUT_BLEEDING_48A, 911 and pressure), not the
# self-injury or self-harm guidance the older cut families give it ("cut myself really deep", "i cut
# myself bad, it's not stopping"). The filter covers only the cut's object right after a cutting verb
# ("myself", "my hand", "my wrist"), so the older cut readings (which all hold it) give way and the
# medical reading (the message's first word) stands. It needs an accident told anywhere in the message;
# it stops at a cut done on purpose, self-harm named, an urge, a relapse, a wish or the writer's crisis.
_CUT_VERB_BEHIND_48A = "(?:" + "|".join(
    r"(?<=\b" + verb + r"\s)" for verb in (
        "cut", "cuts", "cutting", "sliced", "slicing", "slit", "gashed", "nicked", "slashed", "stabbed", "split", "opened",
        "cut open", "sliced open", "split open", "cut into", "sliced into", "cut up", "sliced up")) + ")"
_CUT_OBJECT_48A = (
    _CUT_VERB_BEHIND_48A + r"(?:myself|himself|herself|themselves|"
    r"(?:my|his|her|their) (?:\w+ )?(?:hands?|fingers?|thumbs?|palms?|fingertips?|knuckles?|wrists?|arms?|forearms?|legs?|feet|foot|toes?|knees?|shins?|thighs?|"
    r"calf|ankles?|face|lips?|chin|head|forehead|scalp|hip|stomach|side))\b"
)
_ON_PURPOSE_STOPS_48A = (
    r"(?:on purpose|intentionally|deliberately|to hurt myself|to feel (?:something|better|it)|self ?harm\w*|relaps\w*|i (?:cut|did it) again|cutting again|"
    r"clean for|the urge|urges|punish\w*|i deserve|kill myself|suicid\w*|wants? to die|wanted to die|end it|end my life|hide (?:it|the cuts)|"
    r"(?:do not|dont) want to (?:live|be here|be alive|wake up)|better off dead|a proposito|lastimarme|"
    r"than (?:normal|usual|ever|before|last time|i meant|i wanted)|like (?:usual|always|i always do)|as usual|my usual|"
    # (merge review of round 48) cutting told as a practice ("i've been cutting my thigh") or with distress now
    r"(?:been|keep|kept|started|start) cutting|cutting (?:my|her|his) (?:thighs?|arms?|wrists?|legs?|stomach)|hiding|" + _DISTRESS_NOW_46E + "|" + OWN_CRISIS.replace(r"right now|911|", "", 1).replace(_HELP_ME + "|", "", 1) + ")"
)
# (not "right now", "911" nor "help me": a cook whose cut will not stop asks for help now too)
assert r"right now|911|" not in _ON_PURPOSE_STOPS_48A and _HELP_ME not in _ON_PURPOSE_STOPS_48A
_add_whole_message_filters([(_filter(_CUT_OBJECT_48A), _ON_PURPOSE_STOPS_48A, _MARK_39D(_F.ACCIDENT_MARK_48A))],
                           stop_at_present_danger=False)

# A medic's shorthand with a low respiratory rate beside a low GCS reads as an overdose (phrases.py's
# SHORTHAND_OVERDOSE, round 27: "found w/ empty bottle, rr 6, gcs 8"). After a crash, a fall, a wound, an
# arrest or a stroke told in the same message, with no drug named, the low rate is the injury's: the
# filter covers the rate's own words ("rr 6"), so the medical readings of the GCS, the pressure and the
# grave findings (phrases.py's EMS_SHORTHAND_GRAVE_NOW_48A) stand. Stops: any drug, a bottle, naloxone.
_TRAUMA_CAUSE_48A = (
    r"mvc|mva|crash|collision|wreck|rollover|roll over|ejected|fall|fell|fallen|found down|gsw|gunshot|shot|stab\w*|head (?:injury|trauma|bleed|wound)|"
    r"tbi|ped struck|pedestrian struck|struck|hit by|trauma\w*|hemorrhag\w*|pulseless|arrest|v ?fib|asystole|stroke|cva|seiz\w*|post ?ictal|"
    r"sepsis|septic|hypoglyc\w*|diabetic|dka|drown\w*|hanging|burns?|electrocut\w*|bp (?:[3-7]\d)(?: over \d+)?"
)
_DRUG_STOPS_48A = (
    r"(?:pills?|tablets?|bottle|heroin|fent\w*|opioid\w*|opiate\w*|oxy\w*|percocet|vicodin|norco|narcan|naloxone|pinpoint|overdos\w*|od|drugs?|etoh|"
    r"alcohol|drunk|benzo\w*|xanax|klonopin|ativan|lorazepam|methadone|morphine|dilaudid|suboxone|needle|syringe|track marks|tox\w*|ingest\w*|"
    r"took|swallowed|poison\w*|empty|emptied|ketamine|spravato)"
)
_add_whole_message_filters([
    (_filter(_F.LOW_RR), _DRUG_STOPS_48A,
     _MARK_39D(_TRAUMA_CAUSE_48A) + r"(?=[\s\S]*\b(?:" + _F.LOW_GCS + r"))"),
], stop_at_present_danger=False)
# --- round 48's Spanish false alarms: a small cut with a band-aid and a laugh, a weekly pill box (helper D) ---
# 5. A small cut with scissors or a kitchen knife, a band-aid ("curita", "bandita", "tirita") and a laugh
# ("jaja", "xd"), nothing more: "me corte con las tijeras jaja, ya tengo curita". Round 39's kitchen-cut
# filter needs a chore; this one needs the tool, the band-aid and the laugh, and covers the sentence naming
# the cut. Stops: on purpose, again, relief, bleeding that will not stop, deep, the wrist or the arm, the
# writer's own wish, distress told now.
_SMALL_CUT_48D = (
    r"me (?:\w+ )?(?:corte|corto|cortaba|rebane|pique|raje)|me hice (?:un |una |otro |otra )?(?:cortecito|cortadita|cortada|corte|cortadura|heridita|rajadita)|"
    r"cortecito|cortadita|cortadura|(?:i |me )?(?:cut|nicked|sliced) (?:myself|my (?:finger|thumb|hand))"
)
_TOOL_BANDAID_LAUGH_MARK_48D = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:tijeras?|tijerita\w*|cuchillo\w*|cuchillito\w*|cutter|exacto|abrelatas|scissors|kitchen knife|knife|papel)\b)"
    r"(?=[\s\S]*\b(?:curitas?|bandita\w*|band ?aids?|tiritas?|vendita\w*|bandaid\w*)\b)"
    r"(?=[\s\S]*(?:" + LAUGHTER + r"))"
)
_SMALL_CUT_STOPS_48D = (
    r"(?:" + _KITCHEN_CUT_STOPS_39 + "|" + _OWN_WISH_39D + "|" + _DISTRESS_NOW_46E + r"|otra vez|de nuevo|volvi a|again|"
    r"alivio|me (?:calma|relaja|tranquiliza|hace sentir)|se siente bien|me gusta (?:sentir|ver)|ya ni (?:me )?duele|"
    r"no (?:deja|para) de salir|no se detiene|empapad\w*|charco|muchas curitas|todas las curitas|no alcanzan)"
)
# 6. Pills set out in a weekly pill box ("pastillero", "organizador de pastillas") with a question about
# ketamine or an interaction: "tengo todas mis pastillas de la semana en el pastillero, alguna choca con la
# ketamina?". The older families read "todas mis pastillas de la semana" or a week's pills as taken at
# once. The filter covers the sentences naming the pills or the box; it needs the box and the question.
# Stops: the box swallowed, the pills taken all together, the writer's own wish, signs now.
_PILLBOX_WORDS_48D = (
    r"pastillero\w*|organizador\w*|pastillas|pildoras|tabletas|capsulas|medicamentos|medicinas|meds|pills|pill ?box|pill organi[sz]er"
)
_PILLBOX_ASK_MARK_48D = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:pastillero\w*|organizador (?:\w+ )?(?:de )?(?:pastillas|pildoras|medicamentos|medicinas)|pill ?box|pill organi[sz]er|caj(?:a|ita) (?:organizadora|de (?:pastillas|la semana)))\b)"
    r"(?=[\s\S]*\b(?:ketamin\w*|esketamin\w*|spravato|infusion\w*|interact\w*|interaccion\w*|mezcl\w*|combin\w*|choca\w*|contraindic\w*|se llevan|"
    r"(?:puedo|podria|se pueden|debo) (?:seguir )?(?:tomar\w*|mezclar\w*|combinar\w*)|es (?:peligroso|seguro|malo)|afecta\w*)\b)"
)
_PILLBOX_STOPS_48D = (
    r"(?:" + _CORE_STOPS_43E + "|" + _OWN_WISH_39D + "|" + _DISTRESS_NOW_46E + r"|"
    r"(?:me|se) (?:las |los )?(?:tome|tomo|trague|trago|eche|meti|acabe) (?:\w+ ){0,3}?(?:todas|todos|juntas|juntos|de (?:un )?golpe|de una (?:vez|sola vez)|el pastillero|la semana|el mes)|"
    r"(?:tome|trague|ingeri|vacie|me acabe|me comi|took|swallowed|emptied) (?:\w+ ){0,3}?(?:el |mi |todo el |the |my |whole )?(?:pastillero|pill ?box|pill organi[sz]er)|"
    r"sobredosis|overdos\w*|a proposito|on purpose)"
)
_add_whole_message_filters([
    (_filter(_SENTENCE_41E(_SMALL_CUT_48D)), _SMALL_CUT_STOPS_48D, _TOOL_BANDAID_LAUGH_MARK_48D),
    (_filter(_SENTENCE_41E(_PILLBOX_WORDS_48D)), _PILLBOX_STOPS_48D, _PILLBOX_ASK_MARK_48D),
])
# Look-alikes of round 48 (helper D)'s families, told in the older families' words:
# "me pego la gripa" is a cold caught, never a blow ("mi esposo me pego la gripa, ahora estoy en cama"); the
# filter covers the words of the cold. Stops: a blow, blood, fear or a plea, distress told now.
_COLD_CAUGHT_48D = (
    r"(?:me|nos|le|les|te) (?:\w+ )?(?:pego|pega|pegaba|pegado|contagio|contagia|paso|pasaron) (?:la |el |un |una |su |sus |sus |tremend[oa] |fuerte )?"
    r"(?:gripe|gripa|resfriado|resfrio|catarro|covid|virus|tos|flu|cold|bicho|infeccion|piojos|varicela|sarampion|conjuntivitis|influenza|dengue|chikungunya|hongos?)\b"
)
_COLD_CAUGHT_STOPS_48D = (
    r"(?:" + _DISTRESS_NOW_46E + r"|sangre|sangr\w*|blood|bleed\w*|golpe\w*|punetazo\w*|madrazo\w*|cachetad\w*|bofetad\w*|moreton\w*|moretes?|hitting|beating|punch\w*|"
    r"me (?:esta|sigue|anda) (?:pegando|golpeando)|(?:pegando|golpeando)me|me pego (?:en|con|un (?:golpe|punetazo|madrazo))|amenaz\w*|miedo|ayuda|auxilio|help|911|policia|encerr\w*)"
)
# A paracetamol (or ibuprofen) count spread over days ("me tome 20 pastillas de paracetamol en toda la
# semana por la gripa", "tomo 2 cada 8 horas"): a regimen, not tablets taken at once. The filter covers the
# sentence naming the medicine; it needs the spread. Stops: at once, just now, the writer's wish, signs now.
_PARACETAMOL_WORDS_48D = _F._PARACETAMOL_48D[3:-1] + r"|ibuprofen\w*|advil|motrin|aspirina|naproxeno|aleve"
_SPREAD_MARK_48D = _MARK_39D(
    r"en (?:toda la |toda una |todo el |una |la |el |un )?(?:semana|mes)|durante (?:la |una |toda la |el |un |(?:\d+|dos|tres|cuatro|cinco|varios) )?(?:semana|mes|dias)|"
    r"en (?:\d+|dos|tres|cuatro|cinco|seis|siete|varios) dias|cada (?:\d+|ocho|seis|cuatro|doce) horas|(?:al|por) dia|diari\w*|a la semana|over (?:the|a) (?:week|month)|"
    r"(?:a|per) day|every (?:\d+|four|six|eight) hours"
)
_SPREAD_STOPS_48D = (
    r"(?:" + _CORE_STOPS_43E + "|" + _OWN_WISH_39D + "|" + _DISTRESS_NOW_46E + r"|de (?:un )?golpe|de una (?:sola )?vez|todas juntas|todas a la vez|a la vez|"
    r"at once|all together|hace (?:\d+|un|una|media|unos|unas|poco) (?:minutos?|mins?|hora|horas|rato|ratito)|acabo de|just took|sobredosis|overdos\w*|"
    r"higado|liver|vomit\w*|nause\w*|amarill\w*|yellow|jaundice\w*|dolor (?:de|en el) (?:estomago|costado|abdomen)|"
    # a staggered overdose told by its signs ("22 over a day and a half, now her upper right stomach hurts and she threw up")
    r"threw up|throwing up|throw up|upper right|right side|stomach|belly|abdom\w*|tummy|confus\w*|drows\w*|estomago|panza|barriga|costado|confundid\w*|somnolient\w*|"
    # taken too often ("every 2 hours instead of every 6", "cada hora en vez de cada 8")
    r"instead of|en vez de|en lugar de|every (?:1|2|one|two|hour)\b|every hour|cada (?:1|2|una|dos|hora)\b|cada hora|more than|mas de lo|too (?:many|much|often)|demasiad\w*|"
    # (merge review of round 48) a child given an adult's medicine, or a dose given by mistake
    r"adult|de adulto|by accident|by mistake|accidentally|por accidente|por error|sin querer|\d+ (?:year|yr|month|mo) old|toddler|baby|infant|bebe|nin[oa]|"
    r"tired|sleepy|lethargic|cansad[oa]|decaid[oa]|pale|palid[oa]|is that an emergency|es una emergencia)"
)
_add_whole_message_filters([
    (_filter(_COLD_CAUGHT_48D), _COLD_CAUGHT_STOPS_48D, None),
    (_filter(_SENTENCE_41E(_PARACETAMOL_WORDS_48D)), _SPREAD_STOPS_48D, _SPREAD_MARK_48D),
])
# --- round 49's English poisoning and overdose told without the usual words (helper A) ---
# A household or car chemical drunk from a drink container is a poisoning: Poison Help (phrases.py's
# DRINK_CONTAINER_CHEMICAL_49A), never the naloxone steps alone.
# (the chemicals' own names only: not a bare "chemicals", "thinner" or "gasoline", which an opioid
# overdose's scene may hold, "found him at the gas station")
_CHEM_KIND_49A = (
    r"(?:windshield (?:wiper |washer )?(?:fluid|juice)|washer fluid|wiper fluid|lamp oil|tiki (?:torch )?(?:oil|fuel)|torch fuel|kerosene|lighter fluid|"
    r"paint thinner|lacquer thinner|mineral spirits|turpentine|rubbing alcohol|isopropyl(?: alcohol)?|denatured alcohol|wood alcohol|degreaser|windex|pine ?sol|"
    r"(?:window|glass|floor|toilet|oven|all purpose|bathroom|kitchen) cleaner)"
)
OVERDOSE_KINDS["non_opioid"] = OVERDOSE_KINDS["non_opioid"] + [_CHEM_KIND_49A]
# An overdose by accident years ago, told in broken or simple English by a writer careful now who asks
# a question ("long time ago i overdose by mistake, now i very careful, ketamine is ok for me?"): not an
# overdose now. The filter covers the sentence with the overdose; the message must date it long ago,
# say the writer is careful, fine or sober now, and ask. Stops: round 48 (f)'s for an overdose years back
# (use or signs now, again, a relapse, the writer's own thoughts, distress now), drugs taken now.
_OD_LONG_AGO_WORDS_49A = _OD_THEN_48F + r"|by mistake|by accident|accidental\w*|mistake|poison\w*"
_OD_LONG_AGO_MARK_49A = (
    _MARK_39D(r"long (?:long )?(?:time )?ago|long time before|(?:many|some|few|a few|several|\d+|two|three|four|five|six|seven|eight|nine|ten) (?:\w+ )?(?:years?|yrs?|year s) "
              r"(?:ago|back|before|past)|years (?:ago|back|before)|before (?:many|some|\d+|few) (?:years?|yrs?)|(?:in|at) (?:19|20)\d\d|"
              r"when i (?:was |am )?(?:young|younger|teen|teenager|student|small|little|\d+)|in the past|in my (?:past|youth|young)")
    + r"(?=[\s\S]*\b(?:careful\w*|carefull|very care|safe now|(?:now|today) (?:i |i am |im |i m )?(?:very |so |more )?(?:good|ok|okay|fine|well|careful|safe|healthy|better)|"
      r"no more|not anymore|never (?:again|since|more)|sober|clean)\b)"
    + r"(?=[\s\S]*(?:" + _ASK_47E + r"|\b(?:ketamin\w*|spravato|infusions?|treat\w*|safe|ok|okay)\b))"
)
_OD_LONG_AGO_STOPS_49A = (
    r"(?:" + _OD_YEARS_BACK_STOPS_48F + "|" + _TOOK_ALL_38 + r"|(?:i|he|she|they) (?:just |have just |has just )?(?:took|swallowed|drank|overdosed)\b(?! (?:by mistake|by accident)? ?(?:long|years|\d+ years|many years|when|in (?:19|20)))|"
    r"right now|tonight|today i (?:took|drank|swallowed))"
)
_add_whole_message_filters([
    (_filter(_SENTENCE_41E(_OD_LONG_AGO_WORDS_49A)), _OD_LONG_AGO_STOPS_49A, _OD_LONG_AGO_MARK_49A),
])
# --- round 49's Spanish overdose now and two Spanish false alarms (helper F) ---
# A mood medicine taken whole (phrases.MOOD_MED_ALL_TAKEN_49F) or an insulin pen injected whole or 200 units
# and more (phrases.INSULIN_PEN_INJECTED_49F), told as done: the intentional overdose guidance (911, Poison
# Help, 988), not the non-opioid steps alone. Not a mix-up told as one ("por error", "sin querer").
_NOT_A_MIXUP_49F = r"(?![\s\S]*\b(?:por error|por equivocacion|me equivoque|se equivoco|sin querer|por accidente|accidentalmente|by mistake|by accident|accidentally)\b)"


def _intentional_unless_a_mixup(told: str, *guards: str) -> str:
    """An intentional overdose kind: a message in which `told` is found anywhere, where no mix-up is told
    (and none of `guards`, lookaheads over the whole message, rules it out)."""
    return r"(?<![\s\S])" + _NOT_A_MIXUP_49F + "".join(guards) + r"(?=[\s\S]*?(?:" + told + r"))"


OVERDOSE_KINDS["intentional"] = OVERDOSE_KINDS["intentional"] + [
    _intentional_unless_a_mixup(_F.MOOD_MED_ALL_TAKEN_49F),
    _intentional_unless_a_mixup(_F.INSULIN_PEN_INJECTED_49F),
]
# 4. A laughing "me va a dar un infarto" about a baby or a child who does not sleep, often beside a question
# about breastfeeding: a figure of speech. The filter covers the sentence with the heart attack; the message
# must name a baby or a child, its not sleeping, and a laugh. Stops: chest pain, an arm, breath, a faint, a
# heart racing now, the writer's own wish, drugs taken, distress now.
_HEART_ATTACK_49F = (
    r"(?:me|le|nos) (?:va|van) a dar (?:un )?(?:infarto|paro(?: cardiaco)?|ataque(?: al corazon| cardiaco)?|soponcio|patatus|algo)|me (?:voy a )?infart\w*|"
    r"me (?:da|dio|esta dando|dara) (?:un )?(?:infarto|paro(?: cardiaco)?|ataque al corazon|soponcio|patatus)|(?:un )?infarto (?:de|con) (?:este|esta|mi|la|el)"
)
_SLEEPLESS_BABY_MARK_49F = (
    _MARK_39D(r"bebes?|bebit[oa]s?|beba|bb|nene|nena|nin[oa]s?|chiquit[oa]s?|criatura|recien nacid[oa]|hij[oa]s?|peque|crio|cria|gemel[oa]s?|mellizos|cachorr[oa]")
    + r"(?=[\s\S]*\b(?:no (?:\w+ )?(?:duerme|dormia|durmio|se duerme|se dormia|quiere dormir|deja dormir|me deja dormir|nos deja dormir|para de llorar)|sin dormir|desvel\w*|"
    r"despierta (?:cada|toda)|toda la noche|ni (?:un )?(?:ojo|minuto)|dormir nada|se despierta cada)\b)"
    + r"(?=[\s\S]*(?:" + LAUGHTER + r"))"
)
_HEART_ATTACK_STOPS_49F = (
    r"(?:" + _SIGNS_NOW_37 + "|" + _TOOK_ALL_38 + "|" + _OWN_WISH_39D + "|" + _DISTRESS_NOW_46E + r"|"
    r"dolor (?:\w+ ){0,2}?(?:pecho|brazo|mandibula|espalda)|me duele (?:el pecho|el brazo|la mandibula)|opresion|presion en el pecho|brazo izquierdo|"
    r"no puedo respirar|me falta (?:el )?aire|falta de aire|sin aire|sudor frio|sudando frio|me (?:voy a )?desmay\w*|desmay\w*|mare\w*|"
    r"corazon (?:\w+ ){0,2}?(?:acelerad\w*|a mil|rapid\w*|muy fuerte)|palpitaciones|taquicardi\w*|entumid\w*|hormigue\w*|911|ambulancia|urgencias|"
    r"en serio|de verdad|no es broma|(?:hipertens\w*|presion alta|cardiac\w*|cardiopat\w*|preeclampsia))"
)
# 5. A cake, a dessert or a dish "para matarse", "de muerte", "para morirse" (slang for delicious): the filter
# covers the sentence with the phrase; the message must name a food or a taste. Stops: the writer's own wish,
# drugs taken, signs now, distress now.
_TO_DIE_FOR_49F = (
    r"(?:esta|estan|estaba|estaban|quedo|quedaron|queda|es|son|sabe|saben|sabia|uno|una) (?:\w+ )?(?:para (?:matarse|morirse|morir|chuparse los dedos y morir)|de (?:muerte|morirse|morir)(?: lenta)?)|"
    r"(?:para|de) (?:matarse|morirse)(?: de (?:lo )?(?:rico|bueno|sabroso|delicioso))?|de muerte lenta|"
    r"(?:me|te|nos) (?:muero|mori|moria|morimos) de (?:lo )?(?:rico|rica|bueno|buena|sabroso|sabrosa|delicios[oa])"
)
_FOOD_MARK_49F = _MARK_39D(
    r"pastel\w*|tarta\w*|torta\w*|pay|pie|flan|postres?|cheesecake|brownies?|galletas?|helados?|nieve|chocolate\w*|pan|panes|pancito|conchas?|churros?|donas?|"
    r"comida|tacos?|tamales?|pizzas?|hamburguesas?|sushi|mole|pozole|birria|carnitas|barbacoa|enchiladas?|paella|sopa|caldo|platillos?|receta|guisado|cafe|"
    r"cocina|restaurante|fonda|taqueria|panaderia|rico|rica|delicios[oa]|sabros[oa]|sabor|sabe|saben|riquisim[oa]|manjar|antojo"
)
_TO_DIE_FOR_STOPS_49F = r"(?:" + _CORE_STOPS_43E + "|" + _OWN_WISH_39D + "|" + _DISTRESS_NOW_46E + r"|alergi\w*|cacahuate|mani|nueces|garganta|hinchad\w*|ronchas)"
# 6. A teen "borracho de sueno" (groggy with sleep), not drunk and not drugged: the filter covers the
# sentence with it. Stops: pills, drugs or alcohol, not breathing, not waking, blue, a seizure, a fall, the
# writer's own wish, distress now.
_SLEEP_DRUNK_49F = r"(?:borrach[oa]s?|ebri[oa]s?|pedo|mare[oa]d[oa]s?|zombi\w*) de(?:l)? sueno|(?:cae|caia|cayendo) de sueno"
_SLEEP_DRUNK_STOPS_49F = (
    r"(?:" + _CORE_STOPS_43E + "|" + _OWN_WISH_39D + "|" + _DISTRESS_NOW_46E + r"|pastill\w*|pildoras|tabletas|drog\w*|alcohol|cerveza|tomo|bebio|tomando|fumo|mota|"
    r"vape\w*|vodka|tequila|no reacciona|convuls\w*|se pego|golpe|se cayo|vomit\w*|fiebre|no puede (?:hablar|caminar|respirar))"
)
_add_whole_message_filters([
    (_filter(_SENTENCE_41E(_HEART_ATTACK_49F)), _HEART_ATTACK_STOPS_49F, _SLEEPLESS_BABY_MARK_49F),
    (_filter(_SENTENCE_41E(_TO_DIE_FOR_49F)), _TO_DIE_FOR_STOPS_49F, _FOOD_MARK_49F),
    (_filter(_SENTENCE_41E(_SLEEP_DRUNK_49F)), _SLEEP_DRUNK_STOPS_49F, None),
])
# A child's taking of a friend's pills at school told up to the sign now (phrases.KID_FRIENDS_PILLS_AT_SCHOOL_49F):
# "en la escuela" beside the taking is where, not a time gone by ("when i was in school").
NOW_MARKERS = NOW_MARKERS + [_F.KID_FRIENDS_PILLS_AT_SCHOOL_49F]
# --- round 49's the English ask tier told in broken or relayed English (helper D) ---
# The families are phrases.py's (round 49, helper D): a relative relaying an old or ill person's death
# wish in broken English, the writer's own passive wish in broken English beside a practical question.
# Round 48 (c)'s interpreter filter covers the sentences that relay a patient's condition ("he say",
# "she tell me", "pain"); a relayed wish in broken English ("she want only die", "what reason for
# living") is not a condition: it gives way to the families.
_add_stops(_filter(_SENTENCE_41E(_RELAY_48C)), _F.ASK_TIER_EN_49D, extend=True)
# Round 47 (d)'s filter of no reason to keep going to a task or a place gives way to them too.
_add_stops(_filter(_TASK_GOING_47D), _F.ASK_TIER_EN_49D, extend=True)
# 1. "Die" written for "dye" (hair, roots, a beard, a colour): "my mother wants to die her hair before the
# wedding", "mom want to die her roots red". The filter covers the die and what it colours. Stops: a wish
# to die told with nothing to colour after it, distress now, drugs taken, signs now (not the filter's own
# "want to die", which the look-alike holds).
_DIE_HAIR_49D = (
    r"\b(?:die|dies|died|dying|to die|die out)\b (?:(?:her|his|my|their|the|our|your|it|them|some|all) )?(?:\w+ )?"
    r"(?:hair|roots|beard|eyebrows|brows|lashes|mustache|moustache|bangs|highlights|tips|ends|wig)\b(?: \w+)?|"
    r"\b(?:die|dies|died|dying)\b (?:(?:her|his|my|their|the|it) )?(?:hair )?(?:grey|gray|blonde|blond|platinum|red|black|brown|purple|pink|blue|green|silver|auburn|henna)\b"
)
_DIE_HAIR_STOPS_49D = (
    r"(?:" + _SIGNS_NOW_37 + "|" + _TOOK_ALL_38 + "|" + _DISTRESS_NOW_46E + r"|suicid\w*|kill (?:my|him|her|them)sel\w*|end (?:it all|my life|his life|her life)|"
    r"better off dead|(?:do not|dont|does not|doesnt|no) (?:want|wants|wish) (?:to )?(?:live|be alive|go on|wake up)|tired of (?:living|life)|no reason to (?:live|go on)|"
    r"(?:want|wants|wanna|wish|wishes|going|gonna|ready) to die(?! (?:(?:her|his|my|their|the|our|your|it|them|some|all) )?(?:\w+ )?"
    r"(?:hair|roots|beard|eyebrows|brows|lashes|mustache|moustache|bangs|highlights|tips|ends|wig|grey|gray|blonde|blond|platinum|red|black|brown|purple|pink|blue|green|silver|auburn|henna))\b|"
    r"\b(?:die|dying) (?:now|tonight|today|soon|alone)\b|overdos\w*|pills)"
)
# 2. Not waking up early or at a time, wished for a schedule ("i want not wake up early tomorrow, can i have
# a later time?", "i prefer not to wake up at 5 for the drive"): a time asked, not a wish. The filter covers
# the not waking and its time. Stops: someone who will not wake, signs now, drugs taken, a wish to die,
# distress now.
_NOT_WAKE_EARLY_49D = (
    r"\bi (?:\w+ )?(?:want|wanna|wish|like|would like|prefer|hope|rather) (?:to )?(?:not|no|never) (?:to )?(?:wake|waking|get) up "
    r"(?:so |too |that )?(?:early|at (?:\d+|six|five|four|seven|dawn|sunrise)|before (?:\d+|six|five|seven|eight|nine|ten|noon|dawn|sunrise)|"
    r"for (?:the|my|a|an) (?:\w+ )?(?:drive|flight|appointment|infusion|shift|bus|train|class))\b"
)
_NOT_WAKE_EARLY_STOPS_49D = (
    r"(?:" + _SIGNS_NOW_37 + "|" + _TOOK_ALL_38 + "|" + _DISTRESS_NOW_46E + "|" + _OWN_WISH_39D + r"|"
    r"(?:he|she|they|my \w+) (?:will not|wont|does not|doesnt|is not|can not) (?:wake|waking)|ever again|forever|never again|dead|gone)"
)
_add_whole_message_filters([
    (_filter(_DIE_HAIR_49D), _DIE_HAIR_STOPS_49D, None),
    (_filter(_NOT_WAKE_EARLY_49D), _NOT_WAKE_EARLY_STOPS_49D, None),
])
# --- round 49's Spanish ask tier: a burden "para el presupuesto" said as a joke (helper E) ---
# "Soy una carga para el presupuesto jaja", "somos un gasto para la economia de la casa": a cost to a budget,
# not the writer a burden to the people around (the older ask-tier families read "soy una carga" alone).
# The filter covers the burden and its budget; the budget is the look-alike's own mark. Stops: the writer's
# own wish, distress told now, drugs taken or signs now, round 48 (e)'s and round 49 (e)'s families, a life
# or people that would be better without the writer.
_BUDGET_BURDEN_49E = (
    r"(?<!\bsi\s)(?:soy|eres|es|somos|son|seria|sere|sera|seriamos|me siento|se siente|nos sentimos) (?:solo |nomas |pura |puro |una |un |mucha |mucho |gran |tremenda |tremendo |otra |otro )*"
    r"(?:carga|gasto|estorbo|lastre|hoyo|sangria) (?:\w+ ){0,2}?(?:para|en|de) (?:el|la|los|las|mi|mis|su|sus|nuestro|nuestra|tu) (?:\w+ )?"
    r"(?:presupuesto|economia|bolsillo|cartera|finanzas|quincena|tarjeta|cuenta|cuentas|seguro|aseguradora|sistema|gobierno|medicare|medicaid|banco|"
    r"deducible|copago|nomina|gastos|ahorros|sueldo|salario|billetera)\b"
)
_BUDGET_BURDEN_STOPS_49E = (
    r"(?:" + _CORE_STOPS_43E + "|" + _OWN_WISH_39D + "|" + _DISTRESS_NOW_46E + "|" + _F.RISK_ES_48E + "|" + _F.RISK_ES_49E + r"|"
    r"mejor sin mi|sin mi (?:estarian|estarias|estariamos|estaria)|(?:estarian|estarias|estariamos|estaria) mejor|para (?:todos|mi familia|mis hijos|mi esposa|mi esposo|los demas)|"
    r"me quiero (?:morir|ir|matar)|quiero (?:morirme|desaparecer)|desaparecer|no quiero (?:vivir|estar|seguir)|ya no (?:quiero|puedo|aguanto)|para que sigo|"
    r"me mato|matarme|me voy a matar|suicid\w*|quitarme la vida|me quito la vida|me muero|morirme|"
    r"911|ayudame|ayudenme|auxilio|no es broma|en serio|de verdad)"
)
_add_whole_message_filters([(_filter(_BUDGET_BURDEN_49E), _BUDGET_BURDEN_STOPS_49E, None)])
# Older filters that covered round 49 (e)'s wishes: "no despertar al..." read as not waking the baby (a
# relative's "espera no despertar al otro dia"), and a killing word read as an ordinary danger ("y que mejor
# se muere", said by a spouse who is a burden). Each gives way to round 49 (e)'s families.
for _i_49e, _words_49e in enumerate(IDIOMS):
    if "(?:no|nunca) (?:despertar|despierten|despiertes|despierte|despertemos) (?:a (?:nadie" in _words_49e or \
            _words_49e.startswith(r"(?:[^.?!]{0,200}\b(?:mata|matan|matar(?!se|me|te)\w*|mato|muere\w*|morir\w*|"):
        _add_stops(_words_49e, _F.RISK_ES_49E, extend=True)
# --- round 49's a vehicle left at a bridge, a cliff or a height (helper B) ---
# phrases.py's IN_VEHICLE_AT_HEIGHT_DECIDING_49B and VEHICLE_LEFT_AT_HEIGHT_APOLOGY_49B read a car at a
# bridge, a cliff, an overlook or a garage roof with the writer deciding, or a relative's car left there
# with an apology and no answer. Look-alikes: the everyday trip past such a place (stuck in traffic on the
# bridge and late for an appointment, a car broken down or towed there, parking by the clinic near the
# bridge, a photographer's shoot at an overlook). The filter covers the sentence with the place; the
# message must name the trip's own situation. Stops: the families' cues (deciding, no one would notice,
# this is the place, an apology with no answer), a jump, the writer's own wish, signs now, pills taken,
# distress told now.
_PLACE_WORDS_49B = (
    r"bridges?|cliffs?|cliffside|bluffs?|overlook|lookout|viewpoint|vista point|overpass|dam|parking (?:garage|deck|structure)|garage roof|rooftop|"
    r"puente|acantilado|barranco|precipicio|mirador|risco|presa|estacionamiento"
)
_TRIP_MARK_49B = _MARK_39D(
    r"traffic|stuck in (?:\w+ )?traffic|bumper to bumper|gridlock|accident ahead|road ?work|detour|lanes? closed|"
    r"(?:running |gonna be |going to be |will be |be )late(?: (?:for|to) (?:my|the|our|your) (?:\w+ )?(?:appointment|appt|session|infusion|visit|consult\w*))?|"
    r"broke down|broken down|breakdown|break down|tow(?: truck)?|towing|towed|roadside (?:assistance|service)|aaa|flat tire|blew a tire|overheat\w*|dead battery|battery died|engine (?:light|trouble|died|failure|overheat\w*|stalled|quit)|"
    r"(?:park|parked|parking|street parking) (?:\w+ ){0,3}?(?:near|by|next to|close to|across from|behind|at) (?:the |your |ur )?(?:clinic|office|building|entrance)|"
    r"where (?:do|should|can) (?:i|we) park|is parking free|free parking|(?:drove|driving|drive|crossed|crossing|came|coming) (?:over|across) (?:the |a )?(?:\w+ )?(?:bridge|overpass)|parking (?:lot|spot|validation|meter|fee|pass)|"
    r"photograph\w*|photo ?shoot|shooting (?:the )?(?:sunset|sunrise|stars|milky way|skyline)|camera|tripod|drone footage|lens|golden hour|time ?lapse|"
    r"trafico|trafico|atorad[oa]s?|embotellamiento|tapon|llego tarde|voy a llegar tarde|vamos a llegar tarde|retras\w*|"
    r"se (?:me |nos |le )?(?:descompuso|quedo|ponch[oa]|calento)|descompuesto|ponchad[oa]|llanta|grua|bateria|(?:el )?motor (?:se )?(?:calento|fallo|murio)|"
    r"(?:estacione|estacionarme|estacionar|estaciono|me estaciono) (?:\w+ ){0,3}?(?:cerca|junto|frente|al lado) (?:de|del|a|al) (?:la )?(?:clinica|consultorio|edificio)|"
    r"fotograf\w*|camara|sesion de fotos|(?:i was|was|while|because i was|cause i was|bc i was) driving|estaba manejando|iba manejando|venia manejando"
)
# (someone else's silence, not the writer's own "sorry i did not answer, i was driving")
_THEIR_NO_ANSWER_49B = (
    r"(?<!\bi\s)(?<!\bim\s)(?<!\bi\sdid\s)(?<!\bi\sam\s)(?<!\bi\swas\s)(?<!\bi\scould\s)(?<!\bi\sdo\s)(?:" + _F._NO_ANSWER_49B + r")"
)
_TRIP_STOPS_49B = (
    r"(?:" + _OWN_WISH_39D + "|" + _DISTRESS_NOW_46E + "|" + _SIGNS_NOW_37 + "|" + _TOOK_ALL_38 + "|" + _OWN_THOUGHTS_NOW_43E + "|"
    + _F._DECIDING_49B + "|" + _THEIR_NO_ANSWER_49B + "|" + _F.ASK_TIER_EN_49D + "|" + _F.RISK_ES_49E + r"|sorry for everything|pidiendo perdon|perdoname por todo|"
    # (merge review of round 49) a passive wish told on the trip: not arriving would be no loss
    r"(?:would ?n'?t|would not|wouldnt|wont|won'?t) be (?:the |so |that )?(?:worst|bad|a loss|a big deal)|(?:did ?n'?t|didnt|did not|never|dont|don'?t|do not) (?:\w+ )?make it (?:home|back)|"
    r"(?:ojala|que) no (?:llegue|llegara|volviera|vuelva)|no (?:me )?importaria no (?:llegar|volver)|"
    r"jump\w*|salt\w*|tirarme|aventarme|arrojarme|lanzarme|drive (?:off|over)|go over (?:the )?(?:edge|side|rail)|over the (?:rail\w*|edge|side)|let(?:ting|s)? go|imagin\w*|picture myself|fantasi[sz]\w*|"
    r"swerv\w*|(?:steer|steering|drive|driving|drove|veer\w*) (?:\w+ )?(?:into|off|through)|the wheel|crash\w*|wreck\w*|"
    r"goodbye|good bye|farewell|despedi\w*|adios|note|nota|carta|pills?|pastillas|overdos\w*|sobredosis|bleed\w*|sangr\w*|unconscious|inconsciente|"
    r"(?:for|about|like) (?:an|about an|half an|\d+|a couple of|two|three) (?:hours?|hrs?)|(?:look|looking|looked|stare|staring|stared|peer\w*) (?:\w+ )?down|mirando (?:hacia )?abajo|keep (?:going|coming) back|(?:go|went|going) back to|"
    # on the way to the place (a ride there, a cover story told to the driver)
    r"(?:on (?:my|the|our) way|heading|headed|going|driving|walking|riding|uber|lyft|taxi|cab|ride) (?:\w+ ){0,3}?to (?:the |a )?(?:\w+ ){0,2}?(?:" + _PLACE_WORDS_49B + r")|"
    r"(?:told|telling|tell) (?:the|my|him|her|them|everyone) (?:\w+ )?(?:i|im|i am|that i|we)\b|camino (?:al|a la) (?:" + _PLACE_WORDS_49B + r"))"
)
_add_whole_message_filters([
    (_filter(_SENTENCE_41E(_PLACE_WORDS_49B)), _TRIP_STOPS_49B, _TRIP_MARK_49B),
])

# A relative's "no contesta" beside a message sent and a car left at a bridge is the phone not answered,
# not a person unresponsive (the medical reading): phrases.VEHICLE_LEFT_AT_HEIGHT_APOLOGY_49B reads it as
# self-harm. The filter covers the words of the silence only; the message must name a message, a call
# or the phone, and the place. Stops: a person seen down or not breathing, pills, blood, 911 called.
_PHONE_SILENCE_49B = (
    r"(?:no|ni) (?:me |nos |le |les )?(?:contesta|contestan|responde|responden|ha contestado|ha respondido|me ha contestado|me ha respondido)"
    r"(?: (?:el|al|mi|su|los|las|mis|sus) (?:telefono|celular|cel|llamadas?|mensajes?|whatsapp|textos?))?"
)
_PHONE_AT_PLACE_MARK_49B = (
    _MARK_39D(r"mensajes?|whatsapp|textos?|telefono|celular|cel|llamadas?|(?:me |nos |le )?(?:mando|envio|escribio|dejo un audio|dejo una nota)|(?:le |les )?(?:marco|marque|marcamos|llamo|llame|llamamos|escribo|escribi)|buzon|apagado")
    + r"(?=[\s\S]*\b(?:" + _F._HIGH_PLACE_49B + r")\b)"
)
_PHONE_SILENCE_STOPS_49B = (
    # (merge review of round 49) a farewell sent with the location: the friend's goodbye, not a phone left unanswered
    r"(?:" + _TOOK_ALL_38 + "|" + _DISTRESS_NOW_46E + r"|despid\w*|despedida|adios|goodbye|farewell|nota|carta|ubicacion|location|no respira\w*|not breathing|no (?:se )?despierta|inconsciente|desmay\w*|desvaneci\w*|tirad[oa]|en el (?:piso|suelo)|"
    r"morad[oa]|azul|convuls\w*|sangr\w*|pastillas|sobredosis|ambulancia|cuando le (?:hablo|muevo|grito|sacudo|hablamos|movemos))"
)
# "sorry for everything" or an apology after a fight, the partner at work now: a making-up, not a farewell.
# The filter covers the sentence with the apology; the message must name the fight and the work now.
# Stops: no answer, a car or a bridge, the writer's or the partner's wish, signs now, pills, goodbye.
_MAKING_UP_49B = r"sorry for everything|sorry for (?:all|every ?thing)|apologi[sz]\w*|an apology|perdon por todo|pidio perdon|me pidio perdon|disculp\w*"
_FIGHT_AT_WORK_MARK_49B = (
    _MARK_39D(r"after (?:\w+ ){0,2}?(?:fight|argument|row|disagreement|blowup|blow up)|(?:we|we had a) (?:fight|argued|fought)|despues de (?:la |nuestra |una )?(?:pelea|discusion)|peleamos|discutimos")
    + r"(?=[\s\S]*\b(?:(?:is|s|he is|she is|hes|shes|now|went|back) (?:\w+ ){0,2}?(?:at work|at the office|on shift|working)|(?:esta|ahora esta|se fue) (?:\w+ ){0,2}?(?:en el trabajo|en la oficina|trabajando|a trabajar))\b)"
)
_MAKING_UP_STOPS_49B = (
    r"(?:" + _OWN_WISH_39D + "|" + _DISTRESS_NOW_46E + "|" + _SIGNS_NOW_37 + "|" + _TOOK_ALL_38 + "|" + _F._NO_ANSWER_49B + "|" + _F._HIGH_PLACE_49B + r"|"
    r"goodbye|good bye|farewell|adios|despedi\w*|note|nota|carta|gun|pistola|kill (?:himself|herself)|hurt (?:himself|herself)|matarse|hacerse algo|morir\w*|die|dead)"
)
_add_whole_message_filters([
    (_filter(_PHONE_SILENCE_49B), _PHONE_SILENCE_STOPS_49B, _PHONE_AT_PLACE_MARK_49B),
    (_filter(_SENTENCE_41E(_MAKING_UP_49B)), _MAKING_UP_STOPS_49B, _FIGHT_AT_WORK_MARK_49B),
])
# --- round 49's English preparatory behaviour told by deeds (helper C) ---
# phrases.py's FINISHING_WITH_MEANS_WAITING_49C and SCHEDULED_GOODBYES_WITH_MEANS_49C read a farewell by
# acts (a last show or shift, things sold or given away, a pet handed over, goodbye messages scheduled)
# beside the means waiting or pills gathered. Two older filters read parts of such a message as
# ordinary: a pill bottle left in someone's car (lost property, round 39 (f): "he left his dog with me,
# pills and a bottle in the car, just wanted someone to know") and a medicine a clinic "gave me" (round
# 40 (f): "i put aside every pill they gave me, the emails go out at sunrise"); both give way where
# the round 49 (c) combination reads.
_PREPARED_BY_DEEDS_49C = "(?:" + _F.FINISHING_WITH_MEANS_WAITING_49C + "|" + _F.SCHEDULED_GOODBYES_WITH_MEANS_49C + ")"
_add_stops(_filter(_FOUND_BOTTLE_39F), _PREPARED_BY_DEEDS_49C, extend=True)
_add_stops(_filter(_GIVING_40F), _PREPARED_BY_DEEDS_49C, extend=True)

# "Just wanted someone to know" (or "so someone knows") beside an appointment moved or rescheduled, or a
# musician's last show before a move or a farewell tour: news told, not a farewell. The filter covers the
# words of the telling; the message must name the appointment changed, the tour or the move. Stops: the
# round 49 (c) combination, the means (pills, alcohol), a goodbye or an apology to the family, signs
# or drugs taken now, the writer's own wish or thoughts, distress now.
_SOMEONE_KNOWS_49C = (
    r"(?:just )?(?:wanted|want|needed|wanna|need) (?:someone|somebody|some one|one person|anyone|you) to (?:know|understand)|"
    r"(?:just |only )?so (?:that )?(?:someone|somebody|some one|one person|you) (?:knows?|is aware)"
)
_NEWS_MARK_49C = _MARK_39D(
    r"(?:appointment|appt|infusion|session|consult\w*|booking|visit) (?:\w+ ){0,3}?(?:moved|changed|rescheduled|pushed|postponed|cancel\w*|switched|is now)|"
    r"resched\w*|postponed|(?:moved|changed|switched|pushed|cancel\w*) (?:\w+ ){0,2}?(?:appointment|appt|infusion|session|consult\w*|booking)|"
    r"farewell tour|(?:last|final) (?:show|gig|set|concert|performance|shift) (?:\w+ ){0,6}?before (?:i|we) (?:move|leave|head|relocate)|"
    r"(?:moving|move|relocating|relocate) to (?!the (?:other side|next life|end)\b)\w+"
)
_NEWS_STOPS_49C = (
    # (not _CORE_STOPS_43E: a last gig "tonight" before a move is the news itself; its signs, thoughts and drugs taken are here)
    r"(?:" + _SIGNS_NOW_37 + "|" + _OWN_THOUGHTS_NOW_43E.replace("|tonight|esta noche", "", 1) + "|" + _TOOK_ALL_38 + "|" + _OWN_WISH_39D + "|" + _DISTRESS_NOW_46E + "|" + _PREPARED_BY_DEEDS_49C + r"|"
    r"tonight (?:i|is the night|it ends)|(?:after|when) (?:\w+ ){0,3}?(?:show|gig|set|shift) (?:i am|i will|i ll|i)\b|pills?|meds|tablets|overdos\w*|vodka|whiskey|whisky|booze|alcohol|liquor|rope|gun|razor|blade|goodbye|good bye|forever|for good|last time (?:you|i|we)|"
    r"(?:tell|let) (?:\w+ ){1,3}?(?:i am |he is |she is )?sorry|sorry (?:for everything|to everyone)|take care of (?:my|yourself)|love you all|thank you for everything|"
    r"(?:gave|giving) away|(?:will not|not) (?:be (?:here|around)|need (?:it|them))|of my life|the end)"
)
assert "|tonight|esta noche" not in _NEWS_STOPS_49C
_add_whole_message_filters([(_filter(_SOMEONE_KNOWS_49C), _NEWS_STOPS_49C, _NEWS_MARK_49C)])
# --- round 49's merge review: a whole container taken, told in Spanish (review R) ---
# The writer's own whole container (phrases.SPANISH_WHOLE_CONTAINER_TAKEN_49R with "me"), told with no mix-up:
# the intentional overdose guidance (911, Poison Help, 988), as "i took the whole bottle" gets in English.
# Not where a reason of pain or fever is told ("una caja entera de paracetamol por el dolor de muelas"): too
# much taken for the pain is the poisoning guidance.
_FOR_THE_PAIN_49R = (
    r"(?![\s\S]*\b(?:(?:por|para) (?:el|la|un|una|mi) (?:dolor|fiebre|gripa|gripe|jaqueca|migrana|resfriado|tos)|dolor de \w+|porque me dol\w*|me dolia\w*|"
    r"for (?:the|my) (?:pain|fever|headache|toothache|cold|cough))\b)"
)
OVERDOSE_KINDS["intentional"] = OVERDOSE_KINDS["intentional"] + [
    _intentional_unless_a_mixup(r"\b" + _F.OWN_WHOLE_CONTAINER_TAKEN_49R, _FOR_THE_PAIN_49R),
]
OVERDOSE_KINDS["intentional"] = OVERDOSE_KINDS["intentional"] + [
    _intentional_unless_a_mixup(_F.INSULIN_PEN_NAMED_WHOLE_49R),
]
# --- round 50's the English ask tier told in passing and false alarms from work talk and hyperbole (helper C) ---
# phrases.py's round 50 (c) families (a broken "what point for living", a survivor's wish, going to sleep
# and not waking up told as fine) are the writer's own: older filters that cover their sentences give way
# to them (the interpreter relaying a condition, round 48 (c): "what point of living, you have interpreter?";
# the rail work on the tracks, round 44 (e): a train operator who wishes it had been him under the train;
# round 47 (d)'s no reason to keep going to a task).
_add_stops(_filter(_SENTENCE_41E(_RELAY_48C)), _F.RISK_EN_50C, extend=True)
_add_stops(_filter(_SENTENCE_41E(_RAIL_PLACE_44E)), _F.RISK_EN_50C, extend=True)
_add_stops(_filter(_TASK_GOING_47D), _F.RISK_EN_50C, extend=True)

# 1. A counsellor, a teacher, a nurse or a night-shift worker asking how to talk with a suicidal person
# before the shifts start or for a training ("school counselor here, how do i approach a kid who says he
# wants to die?", "night staff at a group home, tips for talking to a resident who is suicidal before my
# first shifts"): a professional's question, not a crisis. The filter covers the sentence with the suicide
# words; the message must name the work and ask how to talk, respond or support. Stops: the writer's own
# wish, distress told now, drugs taken or signs now, and the person at risk in danger now (with the writer
# now, the means held, an act done, today or tonight, 911).
_CARE_TALK_WORDS_50C = (
    r"suicid\w*|kill (?:him|her|them)sel(?:f|ves)|kill (?:himself|herself|themselves)|wants? to die|wanna die|wanting to die|"
    r"end (?:his|her|their) (?:own )?li(?:fe|ves)|take (?:his|her|their) (?:own )?li(?:fe|ves)|self ?harm\w*|hurt (?:him|her|them)sel(?:f|ves)|hurting (?:him|her|them)sel(?:f|ves)"
)
_CARE_WORK_MARK_50C = (
    _MARK_39D(r"counsel+or\w*|counsel+ing|teacher|teach|teaching|nurse|nursing|night shifts?|overnight shifts?|overnights|night staff|shifts|social worker|case ?manager|caseworker|"
              r"resident (?:assistant|advisor|adviser)|chaplain|peer (?:support|specialist|mentor)|hotline|crisis (?:line|text line|counsel\w*|worker)|warmline|volunteer\w*|"
              r"youth worker|group home|care home|aide|caregiver|cna|emt|paramedic|therapist|psych tech|mental health tech|intern(?:ship)?|practicum|trainee|new hire|staff")
    + r"(?=[\s\S]*\b(?:how (?:do|should|can|would|could|to|best to) (?:i |we |you |one )?(?:best )?(?:talk|speak|approach|respond|react|support|help|handle|deal|ask|start|bring|engage|listen|reply)|"
    r"what (?:do|should|can|would) (?:i|we|you) (?:say|do|ask|tell)|what to (?:say|do|ask)|tips|advice|training|guidance|best (?:way|practice\w*)|scripts?|de ?escalat\w*|"
    r"(?:before|ahead of) (?:my|our|the) (?:\w+ )?(?:shifts?|rotation|placement|job|training|orientation))\b)"
)
_CARE_TALK_STOPS_50C = (
    r"(?:" + _SIGNS_NOW_37 + "|" + _TOOK_ALL_38 + "|" + _DISTRESS_NOW_46E + "|" + _F.RISK_EN_50C + r"|"
    r"kill myself|end my (?:own )?life|i (?:am|feel|have been|ve been) (?:\w+ )?suicidal|(?:i|me) (?:want|wanna|need) (?:to )?die|my own (?:thoughts|suicid\w*)|i (?:have|get|keep having) (?:\w+ )?thoughts|"
    r"right now|as we speak|at the moment|tonight|today|just (?:now|told|said|texted|called|messaged|sent)|(?:is|are) (?:here|with me|in my (?:office|room|class))|"
    r"(?:has|had|got|holding|is holding|with) (?:a |the |his |her |their )?(?:gun|knife|pills|rope|blade|razor|noose|bottle of pills)|"
    r"(?:took|swallowed|overdosed|cut (?:him|her|them)sel\w*|jumped)|on (?:the|a) (?:roof|ledge|bridge)|911|ambulance|what do i do now|please help)"
)
# 2. Needles or an IV told with a laugh as "makes me want to die", "i would rather die", "kill me now"
# ("iv in my arm?? i will literally die lmao", "needles make me wanna die lol, is there a nasal one"): a
# fear of needles, not a wish. The filter covers the sentence with the needle or the IV; the message must
# laugh. Stops: a wish told in earnest or over time, the means at hand (pills ready), a plan or a time,
# drugs taken or signs now, distress now.
_NEEDLE_WORDS_50C = (
    r"needles?|ivs?|i v|iv line|drips?|injections?|shots?|blood draws?|blood work|cannula\w*|catheters?|butterfly|jabs?|poked|pokes|poking|stick|sticks|infusion chair|vein|veins"
)
_NEEDLE_LAUGH_MARK_50C = _MARK_39D(_NEEDLE_WORDS_50C) + r"(?=[\s\S]*(?:" + LAUGHTER + r"))"
_NEEDLE_LAUGH_STOPS_50C = (
    r"(?:" + _SIGNS_NOW_37 + "|" + _TOOK_ALL_38 + "|" + _DISTRESS_NOW_46E + "|" + _F.RISK_EN_50C + r"|"
    r"suicid\w*|end (?:it all|my life)|better off dead|(?:do not|dont) want to (?:live|be here|be alive|wake up)|no (?:reason|point) (?:to|in|of) (?:live|living|go on)|"
    r"(?:have|got|saved|saving|ready|counted|stockpil\w*|stash\w*|bought|keep) (?:\w+ ){0,3}?(?:pills|meds|tablets|gun|rope|razor|blade)|(?:pills|meds|tablets|gun|rope) (?:\w+ ){0,3}?(?:ready|lined up|waiting|counted|saved|in my (?:hand|drawer|car|bag))|"
    r"plan\b|planned|tonight|goodbye|not joking|no joke|not kidding|for real|seriously|i mean it|in all seriousness|jokes aside|but really|honestly|"
    r"every day|everyday|all the time|lately|for (?:weeks|months|years)|(?:dark|suicidal) thoughts|hurt myself|cutting|hang myself)"
)
# 3. A subway or a railroad track worker naming where the work is, with the hours ("i am on the tracks till
# 6", "out on the tracks from 7 to 3") while asking about Saturday hours or an evening slot: the older rail
# work filter needs the job named. The filter covers the sentence with the tracks; the message must hold the
# hours on the tracks and a question of the clinic's hours or a booking. Stops: the older rail filter's
# (a jump, a step in front of a train, a goodbye), a train waited for, the writer's own wish, distress now.
_TRACK_HOURS_MARK_50C = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:on|at|by|along|out on|down on) (?:the )?(?:\w+ )?(?:tracks|track|rails)(?: \w+)? (?:till|until|til|untill|to|from|between|through) "
    r"(?:\d|noon|midnight|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|close|end of (?:shift|the shift|day))\w*)"
    r"(?=[\s\S]*\b(?:hours|open|opened|close|closes|saturdays?|sundays?|weekends?|appointments?|appts?|book|booking|schedule|available|availability|slots?|evenings?|after work|late)\b)"
)
_TRACK_HOURS_STOPS_50C = (
    r"(?:" + _RAIL_STOPS_44E + "|" + _OWN_WISH_39D + "|" + _DISTRESS_NOW_46E + "|" + _F.RISK_EN_50C + r"|"
    r"(?:till|until|til|for|wait\w*) (?:\w+ )?(?:the |a )?(?:next )?(?:train|subway|express)|train (?:comes|is coming|passes|pulls in)|lie down|lay down|laying|lying)"
)
_add_whole_message_filters([
    (_filter(_SENTENCE_41E(_CARE_TALK_WORDS_50C)), _CARE_TALK_STOPS_50C, _CARE_WORK_MARK_50C),
    (_filter(_SENTENCE_41E(_NEEDLE_WORDS_50C)), _NEEDLE_LAUGH_STOPS_50C, _NEEDLE_LAUGH_MARK_50C),
    (_filter(_SENTENCE_41E(_RAIL_PLACE_44E)), _TRACK_HOURS_STOPS_50C, _TRACK_HOURS_MARK_50C),
])
# --- round 50's Spanish self-harm and ask tier told quietly, and a Spanish joke look-alike (helper F) ---
# phrases.py's round 50 (f) families read a mother after giving birth with the pills at hand tonight, "ya ni
# quiero estar aqui" with no place named, a relative's wish to be dead because of pain (with a gun at home,
# self-harm), and a window joke told then as no joke.
# 1. Not wanting to be here, with the here named as a place or a company: a job, a city, a waiting room,
# alone tonight and asking whether the clinic is open ("no quiero estar aqui en esta oficina", "ya no
# quiero seguir aca en este pueblo", "no quiero estar aqui sola hoy, atienden?"). The filter covers the
# wish and its place. Not "en este mundo", "en esta vida". Stops: the writer's own wish, dying or
# disappearing named, pills or a gun, signs now, drugs taken, distress now, the round 50 (f) families'
# relayed wish and joke told as earnest (not its "ya ni quiero estar aqui", which the look-alike holds).
_HERE_PLACED_50F = (
    r"(?:ya )?(?:no|ni) (?:me )?(?:quiero|quiere|quisiera|queria|deseo|tengo ganas de) (?:ni )?(?:estar|seguir|quedarme)(?: mas)? (?:aqui|aca)(?: (?:ya|mas))? "
    r"(?:en (?!(?:este|el) mundo\b|esta vida\b|la tierra\b|este planeta\b|serio\b|verdad\b|realidad\b)(?:\w+ ){0,3}?\w+|sol[oa]s?\b(?: \w+){0,3}|encerrad[oa]s?(?: \w+){0,3}|"
    r"esperando(?: \w+){0,3}|trabajando(?: \w+){0,3}|sentad[oa]s?(?: \w+){0,3})"
)
_OWN_WISH_50F = _OWN_WISH_39D.replace(
    r"no quiero (?:vivir|seguir|despertar)", r"no quiero (?:vivir|seguir(?! (?:aqui|aca|en|trabajando|esperando))|despertar)", 1)
assert _OWN_WISH_50F != _OWN_WISH_39D
_HERE_PLACED_STOPS_50F = (
    r"(?:" + _OWN_WISH_50F + "|" + _DISTRESS_NOW_46E + "|" + _SIGNS_NOW_37 + "|" + _TOOK_ALL_38 + "|" + _F._RELAYED_WISH_50F + "|" + _F.JOKE_TOLD_AS_EARNEST_50F + r"|"
    r"morir\w*|muert[oa]s?|matarme|me mato|desaparecer|en este mundo|en esta vida|no despertar|irme con (?:el|ella|ellos|mi)|reunirme con|estar con (?:el|ella) en el cielo|"
    r"pastillas|pildoras|pistola|arma|soga|navaja|cuchill\w*|ya no puedo mas|no puedo mas|no aguanto|sin sentido|no tiene sentido|no vale la pena|para que sigo|cansad[oa] de vivir|"
    r"911|ayudame|ayudenme|auxilio)"
)
# 2. A jump out of the window over the rent, a bill or a price, said with a laugh ("jaja", "xD"): a figure of
# speech. The filter covers the sentence with the jump; the message must name the money and a laugh.
# Stops: no joke told, pills or a means at hand, the writer's own wish, distress now, drugs taken, signs now.
_WINDOW_JUMP_50F = (
    r"(?:tir|avent|lanz|arroj)\w* (?:\w+ ){0,2}?(?:por|de|desde) (?:la|una|el|mi|un|este|esta) (?:ventana|balcon|azotea|techo|terraza|edificio|(?:\w+ )?piso)"
)
_MONEY_JOKE_MARK_50F = (
    _MARK_39D(r"renta|alquiler|arriendo|recibos?|facturas?|cuentas?|precios?|cobran|cobraron|cuesta|cuestan|costo|costos|cuota|copago|deducible|luz|gas|"
              r"tarjeta|pagos?|pagar|hipoteca|mensualidad|colegiatura|impuestos|quincena|sueldo|salario|presupuesto|dolar|dolares|pesos|la cuenta|el seguro")
    + r"(?=[\s\S]*(?:" + LAUGHTER + r"))"
)
_WINDOW_JOKE_STOPS_50F = (
    r"(?:" + _CORE_STOPS_43E + "|" + _OWN_WISH_39D + "|" + _DISTRESS_NOW_46E + "|" + _F.JOKE_TOLD_AS_EARNEST_50F + "|" + _F.RISK_ES_49E + r"|"
    r"no es broma|no estoy bromeando|en serio|de verdad|neta|pastillas|pildoras|frasco|pistola|soga|navaja|me quiero morir|quiero morirme|ya no quiero vivir|"
    r"ya no puedo mas|no aguanto|suicid\w*|matarme|911|ayudame|ayudenme)"
)
_add_whole_message_filters([
    (_filter(_HERE_PLACED_50F), _HERE_PLACED_STOPS_50F, None),
    (_filter(_SENTENCE_41E(_WINDOW_JUMP_50F)), _WINDOW_JOKE_STOPS_50F, _MONEY_JOKE_MARK_50F),
])
# The older filter of a killing word read as an ordinary danger ("mas vale estar muerto que...", "mejor muerto
# que...") covered a relative's wish to be dead relayed: it gives way to round 50 (f)'s families.
for _words_50f in IDIOMS:
    if _words_50f.startswith(r"(?:[^.?!]{0,200}\b(?:mata|matan|matar(?!se|me|te)\w*|mato|muere\w*|morir\w*|"):
        _add_stops(_words_50f, _F.RISK_ES_50F, extend=True)
# --- round 50's English false alarms about overdose as a topic (helper A) ---
# Three look-alikes where an overdose's signs (blue lips, pinpoint pupils, not breathing) are a topic, not
# a scene now. Each filter covers the sentence with the overdose or its signs; the message must hold the
# look-alike's own situation (its mark); each gives way to a danger told now (STOPPED_AT_PRESENT_DANGER)
# and to its stops: help asked now, a person's signs told now, drugs taken, the writer's own wish or
# thoughts, distress told now.
_OD_TOPIC_50A = (
    _OD_TOPIC_48F + r"|overdosing|overdosed|unresponsiveness|stopped breathing|stops breathing|slow breaths?|pupils|"
    r"(?:went|goes|turned|turns|go) (?:\w+ )?(?:blue|gray|grey)|resps?|respirations?|respiratory depression|fentanyl|fent|opioids?|heroin|oxy\w*|narcanned"
)
# a scene now, told of anyone: present-tense signs, a collapse just now, help asked now
_SCENE_NOW_50A = (
    r"(?:" + _HELP_NOW_48F + "|" + _PERSON_SIGNS_NOW_48F + "|" + _TOOK_ALL_38 + "|" + _OWN_THOUGHTS_NOW_43E + "|" + _OWN_WISH_39D + "|" + _DISTRESS_NOW_46E + r"|"
    r"(?:is|are|s) (?:\w+ )?(?:not breathing|barely breathing|unresponsive|not responding|turning (?:blue|gray|grey)|not waking)|"
    r"(?:just|suddenly) (?:collapsed|passed out|went down|dropped|fell|keeled over|turned blue)|"
    r"(?:call|calling|called) (?:911|an ambulance|ems)|what do (?:i|we) do|(?:help|hurry)(?=\s*(?:[.!]|$))|this is (?:real|not a drill|happening)|"
    # the writer's own question of a lethal amount ("how much would it take to not wake up")
    r"how (?:much|many) (?:\w+ ){0,4}?(?:would (?:it )?(?:take|kill)|to (?:not|never) wake|to die|to kill|is (?:lethal|fatal|deadly))|to (?:not|never) wake up|lethal|enough to (?:die|kill|not wake))"
)

# 1. A workplace safety memo, poster, flyer or bulletin that lists an overdose's signs, asked about
# ("the safety flyer in our warehouse says blue lips and gurgling mean an overdose, is that right?",
# "hr put up a poster on overdose symptoms, should we stock narcan too?"). Mark: the memo or poster (or
# its workplace) and a question or a request. Not a coworker overdosing now (the stops).
_SAFETY_NOTICE_MARK_50A = (
    _MARK_39D(r"memos?|posters?|flyers?|fliers?|bulletins?|handouts?|pamphlets?|brochures?|leaflets?|newsletters?|signage|infographic|wall chart|"
              r"safety (?:\w+ )?(?:sheet|section|talk|meeting|briefing|policy|plan|notice|email|e mail|slide|board|binder|manual|guide)|"
              r"(?:break ?room|staff ?room|lunch ?room) (?:\w+ )?(?:sign|board|wall)|toolbox talk|hr (?:\w+ )?(?:sent|put|posted|shared|email\w*)|human resources|osha")
    + r"(?=[\s\S]*(?:" + _ASK_47E + r"|\b(?:send|share|print|need|want|looking for|recommend)\b))"
)
# 2. Someone who wants to learn an overdose's signs to teach the family, the children or friends ("i want
# to learn how to spot an overdose so i can teach my parents", "what does an overdose look like? i want to
# explain blue lips to my kids"). Mark: learning or teaching, and the people it is for.
_TEACH_FAMILY_MARK_50A = (
    _MARK_39D(r"learn\w*|teach\w*|taught|show|explain\w*|educat\w*|prepare|ready|recogni[sz]e|spot|look like|looks like|know (?:the|what|how)")
    + r"(?=[\s\S]*\b(?:(?:teach|show|explain (?:it |this |them )?to|tell|train|prepare|educate|warn) (?:\w+ )?(?:my|our) (?:\w+ ){0,2}?"
    r"(?:family|kids|children|parents|teens?|teenagers?|husband|wife|partner|son|daughter|sister|brother|mother|father|friends|roommates?|household)|"
    r"(?:my|our) (?:\w+ ){0,2}?(?:family|kids|children|parents|teens?|teenagers?|household|friends) (?:\w+ ){0,3}?(?:know|knows|learn|be ready|be prepared|recogni[sz]e|spot)|"
    r"(?:my|our) (?:\w+ ){0,2}?(?:family|kids|children|parents|teens?|teenagers?|husband|wife|partner|son|daughter|sister|brother|mother|father|friends?|roommates?) "
    r"(?:asked|asks|wants|wanted|begged|needs) (?:me|us) to (?:teach|show|explain|walk)\w*)\b)"
    + r"(?=[\s\S]*(?:" + _ASK_47E + r"|\b(?:resources?|handouts?|pamphlets?|tips|info|information|guide|video)\b))"
)
# 3. A nurse (a medic, an ED tech) telling of a patient on fentanyl or in an overdose she cared for on a
# shift gone by, then asking the clinic something ("rn here, last night on shift a patient on a fentanyl
# drip went blue, we fixed it. do you hire nurses?"). Mark: the profession, the shift gone by and a
# question. Not her own relative not breathing now (the stops).
_NURSE_SHIFT_MARK_50A = (
    _MARK_39D(r"nurse|nurses|nursing|rn|lpn|cna|np|emt|paramedic|medic|er|icu|ed|pacu|ems|doctor|physician|resident|tech|aide|respiratory therapist|rt|pharmacist")
    + r"(?=[\s\S]*\b(?:last night|yesterday|the other (?:night|day)|earlier (?:today|this week)|overnight|(?:my|the|a) (?:last|previous) shift)\b)"
    + r"(?=[\s\S]*\b(?:patients?|pts?|a (?:\w+ )?(?:guy|man|woman|lady|kid|teen|person)|an overdose (?:came|come|was brought|that came)|(?:he|she) (?:was|pulled|made|came|went))\b)"
    + r"(?=[\s\S]*(?:" + _ASK_47E + r"))"
)
_add_whole_message_filters([
    (_filter(_SENTENCE_41E(_OD_TOPIC_50A)), _SCENE_NOW_50A, _SAFETY_NOTICE_MARK_50A),
    (_filter(_SENTENCE_41E(_OD_TOPIC_50A)), _SCENE_NOW_50A, _TEACH_FAMILY_MARK_50A),
    (_filter(_SENTENCE_41E(_OD_TOPIC_50A)), _SCENE_NOW_50A, _NURSE_SHIFT_MARK_50A),
])
# A superlative told now is not a habit: "the worst headache of my whole life just came on" (HABIT_MARKERS
# read "my whole life" as a lifelong symptom). Not where the sentence dates it ("years ago", "last week").
NOW_MARKERS = NOW_MARKERS + [
    r"\b(?:worst|most painful) (?:\w+ ){0,3}?of (?:my|his|her|their) (?:whole|entire) life\b"
    r"(?=[^.?!]{0,60}\b(?:just|started|came on|hit|now|right now|in an instant|in seconds|out of nowhere|suddenly)\b)"
    r"(?![^.?!]{0,160}\b(?:ago|last (?:week|month|year|time)|back in|when (?:i|he|she) was|used to)\b)"
]
# --- round 50's self-harm told by deeds, by a caregiver, or about an old man with a gun (helper B) ---
# phrases.py's FAREWELL_BY_DEEDS_WITH_A_DAY_50B, OLD_MAN_GUN_LOCKED_IN_BURDEN_50B and CARER_FINDS_WRIST_CUT_50B
# read their combinations anywhere in the message. Two look-alikes name suicide as something else:
# 1. A Bible study, a church small group or a Sunday school that discusses suicide and faith as a topic
# ("our small group is reading what scripture says about suicide", "the pastor wants a talk on suicide and
# grace at church, can someone from the clinic come?"). The filter covers the sentence with the suicide
# word; the message must name the church or faith group and the discussion. Stops: the writer's own wish,
# thoughts or plan now, the means ready ("i have my pills ready"), drugs taken, signs now, distress now.
_SUICIDE_TOPIC_50B = (
    r"suicid\w*|kill(?:ed|ing|s)? (?:himself|herself|themselves|oneself|yourself)|took (?:his|her|their) (?:own )?life|taking (?:one s|your|their) (?:own )?life|self ?harm"
)
_FAITH_GROUP_MARK_50B = (
    _MARK_39D(r"bible study|bible class|bible group|church|churches|congregation|parish|pastor|priest|minister|deacon|elders?|ministry|sunday school|small group|"
              r"youth group|women s group|men s group|prayer group|sermon|scripture|scriptures|bible|faith|god|god s|christian|catholic|judas|synagogue|rabbi|mosque|imam")
    + r"(?=[\s\S]*\b(?:discuss\w*|talk\w*|speak\w*|reading|read|studying|study|lesson|topic|session|series|sermon|teach\w*|lead\w*|class|whether|is (?:it )?a sin|"
    r"forgiv\w*|grace|theolog\w*|what (?:the bible|scripture|god) says|resources?|pamphlets?|handouts?|speaker|invite|presentation)\b)"
)
_FAITH_TOPIC_STOPS_50B = (
    r"(?:" + _CORE_STOPS_43E + "|" + _DISTRESS_NOW_46E + r"|kill myself|end (?:it all|my life|my own life)|(?:i )?(?:want|wanna|need|am going|am gonna|plan|planning) to die|"
    r"better off (?:dead|without me)|(?:do not|dont) want to (?:live|be here|be alive|wake up)|i am (?!not |never |no )(?:\w+ )?suicidal|(?:i|i am|i have been) (?:\w+ )?(?:thinking|thought) (?:about|of) (?:it|suicide|ending|killing)|"
    r"(?:my|the|i have (?:my |the )?|i got (?:my |the )?)(?:pills|meds|gun|rope|razor|blade)s? (?:\w+ ){0,2}?(?:ready|waiting|counted|lined up|here|next to me|in front of me)|"
    r"i have (?:my |the )?(?:pills|gun|rope) ready|(?:i|me) (?:too|myself)(?: (?:want|am|think|feel))|myself|herself now|himself now|forgive me|goodbye)"
)
# 2. The writer in a dark place years ago (wanted to die, suicidal, an attempt), better now on hormone
# therapy, on medication or on treatment, who asks a clinic question ("a few years back i wanted to end
# it; on testosterone i finally feel like myself. can i do ketamine with hrt?"). Round 47 (e)'s filter asks
# for a word of whether the history matters; this one takes any question beside treatment now. The filter
# covers the sentence with the past thoughts; the message must date them, say the writer is better on
# treatment now, and ask. Stops: round 47 (e)'s (thoughts back, again, tonight, a plan, the means, distress now).
_DARK_PAST_WORDS_50B = (
    _PAST_THOUGHTS_47E + r"|dark (?:place|time|period|phase|stretch|years?)|wanted to (?:die|end (?:my life|it|it all)|not be here|disappear)|suicidal|tried to (?:kill|end)"
)
_BETTER_ON_TREATMENT_MARK_50B = (
    _MARK_39D(_LONG_AGO_41E + r"|(?:a |two |three |few |a few |couple |a couple |several |\d+ )(?:of )?(?:years?|yrs?) (?:back|ago)|in college|in high school|"
              r"before (?:my|i) (?:transition\w*|started|came out|got (?:help|diagnosed|treatment))|i used to|used to (?:think|want|be)|back then|at one point")
    + r"(?=[\s\S]*\b(?:(?:on|with|since starting|since i started|started|taking) (?:\w+ )?(?:hormone\w*|hrt|estrogen|estradiol|testosterone|t|treatment|therapy|meds|medication|medications|"
    r"sertraline|zoloft|lexapro|prozac|wellbutrin|lithium|lamotrigine|antidepressants?)|(?:much |so much |a lot |way )?better now|doing (?:great|well|good|fine|much better)|"
    r"(?:been )?(?:well|stable|good|fine) (?:for|since|now)|feel like myself|happy now|(?:in a|a) good place|recovered|in recovery|stable now)\b)"
    + r"(?=[\s\S]*(?:" + _ASK_47E + r"))"
)
_add_whole_message_filters([
    (_filter(_SENTENCE_41E(_SUICIDE_TOPIC_50B)), _FAITH_TOPIC_STOPS_50B, _FAITH_GROUP_MARK_50B),
    (_filter(_SENTENCE_41E(_DARK_PAST_WORDS_50B)), _PAST_RECOVERED_STOPS_47E, _BETTER_ON_TREATMENT_MARK_50B),
])
# --- round 50's Spanish overdose told in a formal or medical register, and after a ketamine spray (helper D) ---
# phrases.py's round 50 (d) families read the taking; the guidance is the intentional overdose's (911, Poison
# Help, 988) where the message tells a wish not to wake up or not to suffer any more, by the writer or relayed
# ("mi mama se tomo todas sus pastillas de la depresion, dice que ya no queria sufrir", "ingeri la totalidad
# de los comprimidos, mi intencion es no despertar"), and where the writer tells her own formal taking of a
# large amount ("ingeri la totalidad de...", "he ingerido una cantidad considerable de..."), as "me tome el
# frasco entero" gets. Not a mix-up told as one, not a reason of pain or fever.
_OWN_FORMAL_TAKING_50D = (
    r"ingeri|(?:he|hemos) ingerido|acabo de ingerir|me (?:he )?(?:administre|administrado|autoadministre|tome|tomado|trague|tragado)|consumi|he consumido"
)
OVERDOSE_KINDS["intentional"] = OVERDOSE_KINDS["intentional"] + [
    _intentional_unless_a_mixup(_F.NO_MORE_SUFFERING_50D),
    _intentional_unless_a_mixup(
        r"\b(?:" + _OWN_FORMAL_TAKING_50D + r") (?:\w+ ){0,2}?(?:" + _F._LARGE_AMOUNT_50D + r"|" + _F._COMPLETE_DOSE_50D + r" del? )",
        _FOR_THE_PAIN_49R),
]
# A ketamine spray used half or more at once (phrases.KETAMINE_SPRAY_HALF_CONFUSED_50D) is no opioid: with no
# opioid named, the Poison Help steps and 911, not the naloxone steps alone.
OVERDOSE_KINDS["non_opioid"] = OVERDOSE_KINDS["non_opioid"] + [_F.KETAMINE_SPRAY_HALF_CONFUSED_50D]
# A relative (or the writer) who took all of her pills of the day, the week or the course as prescribed and
# is fine ("mi mama se tomo todas sus pastillas de la depresion como se las recetaron y se siente bien", "mi
# papa se tomo todos sus comprimidos sin faltar uno, esta perfecto"): the older families read "se tomo
# todas sus pastillas" as too many taken. The filter covers the sentence with the taking; the message must name
# the prescription or the regimen (the look-alike's own situation). Stops: signs or distress now, the writer's
# own wish or thoughts, a wish not to suffer or not to wake (phrases.NO_MORE_SUFFERING_50D), a container taken
# whole, at once, too many, a week's or a month's pills, breathing, an opioid, not responding, confused or
# drowsy, 911, on purpose.
_ALL_PILLS_TAKEN_50D = (
    r"(?:se|me) (?:tomo|tome|ha tomado|he tomado|acabo|acabe|termino|termine) (?:\w+ ){0,2}?(?:todas|todos|toditas|toditos) (?:sus |las |los |mis )?(?:\w+ )?"
    r"(?:pastillas|pildoras|tabletas|comprimidos|capsulas|medicinas|medicamentos|dosis|tomas|antidepresivos|ansioliticos)"
)
_AS_PRESCRIBED_MARK_50D = _MARK_39D(
    r"como (?:se |le |me |nos )?(?:las |los |la |lo )?(?:recet\w*|indic\w*|prescrib\w*|mand\w*|dijo|dijeron|pidio)|segun (?:la receta|las indicaciones|lo indicado|lo recetado)|"
    # (review R: not "recetadas" nor "que le recetaron", which name the pills: "se tomo todas las pastillas que le
    # recetaron" is all of them taken)
    r"al pie de la letra|sin (?:falta|faltar|saltarse|saltar|olvidar)\w*|no se (?:le|me) (?:olvido|paso) (?:ninguna|ninguno|ni una)|"
    r"a (?:su|sus|mi|mis) horas?|puntualmente|(?:de|del) (?:hoy|dia|la manana|la noche|tratamiento)"
)
_AS_PRESCRIBED_STOPS_50D = (
    r"(?:" + _SIGNS_NOW_37 + "|" + _OWN_THOUGHTS_NOW_43E + "|" + _OWN_WISH_39D + "|" + _DISTRESS_NOW_46E + "|" + _F.NO_MORE_SUFFERING_50D + r"|"
    r"frasco|caja|blister|envase|bote|de (?:un )?golpe|de una (?:sola )?vez|(?:todas )?juntas|a la vez|demasiad\w*|de mas|doble|no reacciona|inconsciente|"
    r"confundid\w*|desorientad\w*|somnolient\w*|mare\w*|vomit\w*|no (?:la|lo) (?:puedo|podemos) despertar|sobredosis|911|urgencias|ambulancia|a proposito|adrede|"
    r"despedi\w*|carta|nota|morir\w*|matar\w*|suicid\w*|respir\w*|morfina|oxicodona|fentanilo|metadona|tramadol|hidrocodona|opio\w*|"
    # (a week's or a month's pills at once is too many, not the day's dose)
    r"(?:de|del|para) (?:la|el|toda la|todo el) (?:semana|mes|quincena)|"
    # (review R: painkillers, and the signs "esta ido", pinpoint pupils)
    r"(?:pastillas|pildoras|tabletas) (?:del|para el|pal|de) dolor|esta id[oa]|pupilas?|puntit\w*)"
)
_add_whole_message_filters([(_filter(_SENTENCE_41E(_ALL_PILLS_TAKEN_50D)), _AS_PRESCRIBED_STOPS_50D, _AS_PRESCRIBED_MARK_50D)])
# --- round 50's Spanish and Spanglish street-drug overdose told by a bystander, songs and fights (helper E) ---
# phrases.py's SYNTH_WEED_SMOKED_DOWN_50E (K2, spice or synthetic marijuana smoked, the person stiff or down
# now) and FENT_LACED_FAINTED_NOISE_50E (something vaped or smoked that held fentanyl, a faint and snoring or
# gurgling) are an opioid overdose's scene for the guidance: naloxone first. Synthetic cannabis is a street
# drug that may hold fentanyl, so it keeps the naloxone steps even beside alcohol.
OVERDOSE_KINDS["opioid"] = OVERDOSE_KINDS["opioid"] + [_F._SYNTH_WEED_50E, _F._FENT_50E]
# Words of a body in trouble now, in Spanish and Spanglish, for the stops below.
_DOWN_NOW_50E = (
    r"no (?:se )?(?:despierta|responde|reacciona|mueve)|no (?:lo|la|le) (?:puedo|podemos|pude|pudimos) (?:despertar|levantar)|no me (?:responde|contesta)|no respira\w*|"
    r"inconsciente|se (?:desmayo|desvanecio|privo|desplomo)|desmayad[oa]|tirad[oa] en el (?:piso|suelo)|morad[oa]|azul|labios|convuls\w*|"
    r"not (?:waking|breathing|responding)|(?:will not|wont|can not|cant) wake|unresponsive|passed out|collapsed|"
    r"911|ambulancia|ambulance|narcan|naloxon\w*|ayudame|ayudenme|auxilio|help me|ahorita|ahora mismo|right now|que hago|what do i do"
)
_STOPS_50E = (
    r"(?:" + _SIGNS_NOW_37 + "|" + _TOOK_ALL_38 + "|" + _OWN_WISH_39D + "|" + _DISTRESS_NOW_46E + "|" + _DOWN_NOW_50E + "|" + _F.OVERDOSE_ES_50E + r"|"
    r"(?:se|me|le) (?:tomo|tome|metio|meti|inyecto|inyecte|fumo|fume|trago|trague)|tomo (?:\w+ )?pastillas|pastillas|pills|took|swallowed|snorted|injected)"
)
# 1. A song, an album or a singer's track called "Sobredosis" (or with overdose in the title), a singer who sings
# about it, a telenovela's scene: "me encanta el album Sobredosis", "pusieron la rola de sobredosis en la fiesta",
# "ese cantante tiene un tema sobre una sobredosis". The filter covers the sentence with the overdose; the
# mark is the song or the show told beside it (a few words apart). Stops: someone down now (not waking, not
# breathing, fainted), something taken, the writer's own wish, distress now, round 50 (e)'s families.
_OD_WORD_50E = r"sobredosis|overdosis|overdose|overdosed|overdosing"
_MEDIA_50E = (
    r"canci[oa]n\w*|rolas?|temas?|album\w*|disco|discos|sencillo|single|songs?|tracks?|lyrics?|letra|cantante|artista|singer|rapper|reguet\w*|reggaeton\w*|bachata|"
    r"corrido\w*|banda|grupo|concierto|spotify|playlist|karaoke|radio|video ?clip|videoclip|telenovela|novela|culebron|serie|capitulo|episodio|escena|pelicula|peli|"
    r"movie|show|soap opera|actriz|actor|protagonista|villan[oa]|galan|personaje"
)
_MEDIA_MARK_50E = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:(?:" + _MEDIA_50E + r")\b[^.?!\n]{0,50}?\b(?:" + _OD_WORD_50E + r")|(?:" + _OD_WORD_50E + r")\b[^.?!\n]{0,50}?\b(?:" + _MEDIA_50E + r"))\b)"
)
# 2. A fight, an argument or a match told "pa matarse", "se iban a matar", "casi se matan" as emphasis: "mis
# tios discutieron pa matarse por la herencia", "el clasico estuvo pa matarse", "en la junta se querian matar".
# The filter covers the sentence; the message must name the
# fight, the argument or the game. Stops: a wound or a weapon (stabbed, bleeding, a shot, a knife), a blow to
# the head, someone down now, police called, the writer's own wish, distress now, drugs taken.
_TO_KILL_EACH_OTHER_50E = (
    # (plural only: "se va a matar", "se queria matar" is one person's own threat, never a fight's emphasis)
    r"(?:pa|para|a) matarse|(?:se|nos) (?:iban|van|querian|quieren|fueran|fuesen|estaban por|estaban a punto de) (?:a )?matar|"
    r"casi (?:se|nos) (?:matan|mataban|matamos)"
)
_FIGHT_MARK_50E = _MARK_39D(
    r"pele\w*|pelea\w*|discut\w*|discusion\w*|gritaba\w*|gritando|gritos|se gritaron|alegando|alegaron|bronca|pleito\w*|agarraron|se agarraron|enojad[oa]s?|"
    r"partido|juego|clasico|final|futbol|cancha|equipos?|jugadores|aficion\w*|barras?|estadio|america|chivas|boca|river|madrid|barca|"
    r"junta|reunion|herencia|control|la tele|tele|cena|comida|domingo|navidad|politica|elecciones|debate|vecinos|tios|suegr[oa]|hermanos|cunad[oa]s?"
)
_FIGHT_STOPS_50E = (
    r"(?:" + _STOPS_50E + "|" + _F.WOUNDED_IN_FIGHT_50E + r"|apunal\w*|acuchill\w*|navaj\w*|cuchill\w*|filero|machete|sangr\w*|herid[oa]s?|herida|balaz\w*|bala|disparo\w*|dispararon|pistola|arma|"
    r"le (?:pego|pegaron|rompio|rompieron|abrio|abrieron)|golpe\w* (?:en|de) la cabeza|se pego|se cayo|desangr\w*|policia|patrulla|hospital|urgencias|"
    r"stab\w*|bleed\w*|blood|shot|gun|knife|wound\w*|me quiero matar|matarme|suicid\w*)"
)
# 3. Snoring as a habit asked about beside the treatment: "mi esposo ronca mucho, afecta la ketamina?", "ronco
# como tren, puedo hacerme la infusion?", "my wife snores a lot, does it matter for spravato?". The filter
# covers the sentence with the snoring; the message must name the habit (a lot, loud, always, like a train)
# or the treatment asked about. Stops: round 42 (c)'s snoring stops (something taken, a sign now, a fall), a
# faint, someone down now, round 50 (e)'s families.
# (not a hoarse voice, "la voz ronca", "ronca la voz": a sign of a throat swelling after a dose)
_SNORE_50E = r"(?<!\bvoz\s)ronc[ao](?! la voz\b)|roncas|roncan|roncaba|roncando|ronquidos?|roncar|snor\w*"
_SNORING_HABIT_MARK_50E = _MARK_39D(
    r"mucho|muchisimo|bastante|siempre|diario|a diario|cada noche|todas las noches|de noche|en la noche|al dormir|cuando duerme|como (?:un )?(?:tren|oso|motor|camion|locomotora|tractor|cerdo|puerco|marrano)|"
    r"durisimo|fuertisimo|(?:bien|muy|super) (?:fuerte|duro|recio)|horrible|espantoso|a lot|so loud|really loud|loudly|always|every night|like a (?:train|bear|chainsaw|freight train)|"
    r"tratamiento|ketamin\w*|spravato|infusion\w*|esketamin\w*|apnea|cpap|cita|consulta|affect\w*|afecta\w*|treatment"
)
_SNORING_HABIT_STOPS_50E = (
    r"(?:" + _SNORING_SLEEPER_STOPS_42C + "|" + _STOPS_50E + r"|" + _F._SYNTH_WEED_50E + r"|vape\w*|vapeo|fumo|smoked|se cayo|se pego|"
    r"respir\w*|garganta|ronchas|hinchad\w*|hinchazon|urticaria|voz ronca|ronquera|breath\w*|throat|hives|swell\w*)"
)
_add_whole_message_filters([
    (_filter(_SENTENCE_41E(_OD_WORD_50E)), _STOPS_50E, _MEDIA_MARK_50E),
    (_filter(_SENTENCE_41E(_TO_KILL_EACH_OTHER_50E)), _FIGHT_STOPS_50E, _FIGHT_MARK_50E),
    (_filter(_SENTENCE_41E(_SNORE_50E)), _SNORING_HABIT_STOPS_50E, _SNORING_HABIT_MARK_50E),
])
# --- round 50's merge review (review R) ---
# 1. An empty container with a wish not to suffer any more (phrases.EMPTY_CONTAINER_FOUND_WITH_WISH_50R): the
# intentional overdose guidance, as round 50 (d)'s relayed wish gets it.
OVERDOSE_KINDS["intentional"] = OVERDOSE_KINDS["intentional"] + [
    _intentional_unless_a_mixup(_F.EMPTY_CONTAINER_FOUND_WITH_WISH_50R),
]
# The review's stops for the three look-alikes below: the writer's own wish or thoughts now, distress now,
# signs now, drugs taken whole or at once, a farewell.
_DANGER_TOLD_50R = (
    r"(?:" + _SIGNS_NOW_37 + "|" + _OWN_THOUGHTS_NOW_43E.replace("|tonight|esta noche", "", 1) + "|" + _TOOK_ALL_38 + "|" + _OWN_WISH_39D + "|"
    + _DISTRESS_NOW_46E + "|" + _F.NO_MORE_SUFFERING_50D + r"|"
    r"all of them|every one of them|all at once|at once|the whole (?:bottle|pack|box)|todas (?:juntas|de una vez)|de (?:un )?golpe|de una (?:sola )?vez|"
    r"goodbye|good bye|despedi\w*|adios|carta|note to|die|dying|morir\w*|matar\w*|suicid\w*|overdos\w*|sobredosis|tonight is the night|esta noche se acaba)"
)
assert "|tonight|esta noche" not in _DANGER_TOLD_50R
# 2. An empty bottle told to ask for a refill ("se me acabo el frasco de sertralina, esta vacio, me dan otra
# receta?", "my pill bottle is empty, can you send a refill to the pharmacy"): a prescription run out, not pills
# swallowed. The filter covers the sentence with the empty container; the message must ask for a refill or a
# new prescription, or tell the medicine run out. Stops: the danger told, a week's or a month's box emptied at
# once, "he says he took them".
_EMPTY_BOTTLE_50R = (
    r"(?:pill bottles?|bottles?|frasco|frasquito|pomo|bote|caja|blister|envase|pack|box)\b(?:,? [\w']+){0,4}?,? (?:is |are |esta |estan |quedo |quedaron )?(?:empty|vaci[oa]s?)|"
    r"(?:empty|vaci[oa]s?) (?:pill )?(?:bottles?|frasco|pomo|bote|caja|envase)"
)
_REFILL_MARK_50R = _MARK_39D(
    r"refill\w*|renew\w*|new (?:prescription|script|rx)|another (?:prescription|script|bottle|box)|(?:otra|nueva) receta|receta nueva|renov\w*|resurt\w*|surt\w*|"
    # (not a pharmacy merely named: "i come back from the pharmacy and his pill box is empty")
    r"reponer|otro frasco|otra caja|ran out|run out|running out|se me (?:acab\w*|termin\w*)|me (?:quede|he quedado) sin|send (?:it|them|more)|"
    r"me (?:dan|pueden dar|puede dar|mandan|manda|envian|envia) (?:otra|otro|mas)|(?:can|could) (?:i|you) get (?:more|another)"
)
_EMPTIED_AT_ONCE_50R = (
    r"(?:whole|entire|all the|the) (?:week|month)|toda la semana|todo el mes|all (?:open|opened|gone)|(?:he|she|they) (?:say|says|said) (?:he|she|they) (?:take|took|ate|swallow\w*)|"
    r"(?:dice|dijo) que se (?:las|los) (?:tomo|trago|comio)"
)
_add_whole_message_filters([(_filter(_SENTENCE_41E(_EMPTY_BOTTLE_50R)), _DANGER_TOLD_50R + "|" + _EMPTIED_AT_ONCE_50R, _REFILL_MARK_50R)])
# 3. Pills "ready" (or "listas") named by an everyday purpose (birth control, blood pressure, vitamins, an
# antibiotic, allergy) with a question of when or whether to start or take them ("tengo las pastillas
# anticonceptivas listas, empiezo hoy?", "i have my blood pressure pills ready, do i take them tonight?"): a
# medicine asked about, not pills gathered. The message must name the purpose and ask when or whether to
# take or start.
_PURPOSE_PILLS_READY_50R = (
    r"(?:birth control|contraceptive|bc|blood pressure|bp|cholesterol|thyroid|vitamins?|prenatal|iron|allergy|antibiotics?|diabetes|metformin|"
    r"anticonceptiv\w*|de la presion|para la presion|de la tiroides|vitaminas?|prenatales|hierro|alergia|antibiotic\w*|colesterol|metformina)"
    r"(?: \w+){0,3}? (?:ready|set out|lined up|listas?|listos?|preparad[oa]s)"
)
_WHEN_TO_TAKE_MARK_50R = _MARK_39D(
    r"(?:do|should|can|could|shall) i (?:start|take|begin)|when (?:do|should|can) i (?:start|take|begin)|(?:start|take) (?:them|it) (?:today|tonight|now|tomorrow)\s*\?|"
    r"empiezo|comienzo|las tomo|los tomo|la tomo|lo tomo|puedo (?:empezar|tomar|comenzar)|debo (?:empezar|tomar|comenzar)|cuando (?:empiezo|las tomo|los tomo|comienzo)|"
    r"(?:is it|it is) (?:ok|okay|fine|safe) to (?:start|take)"
)
# (not stopped at "present danger": pills ready with today named is that reading; the stops tell the danger)
_add_whole_message_filters([(_filter(_SENTENCE_41E(_PURPOSE_PILLS_READY_50R)), _DANGER_TOLD_50R, _WHEN_TO_TAKE_MARK_50R)],
                           stop_at_present_danger=False)
# 4. "What is the point of living in the city / in new york / here with this rent", "que sentido tiene vivir en
# esta ciudad": living somewhere asked about, not living itself. The filter covers the sentence; the message must
# name the place (a city, a borough, an apartment) or its price.
_POINT_OF_LIVING_IN_50R = (
    r"(?:point|reason|purpose|sense) (?:of|in|to|for) (?:living|live|staying) (?:in|on|at|near|here in|out in) (?:the |this |a |my |new )?(?:\w+ )?"
    r"(?:city|cities|nyc|new york|manhattan|brooklyn|queens|bronx|staten island|jersey|apartment|apt|building|neighborhood|neighbourhood|country|state|town|suburbs?|area|place|shoebox|studio)|"
    r"(?:sentido|caso|chiste) (?:tiene |de )?(?:vivir|seguir viviendo|quedarse|quedarme) (?:en|aqui en|aca en) (?:esta |este |la |el |nueva |un |una )?(?:\w+ )?"
    r"(?:ciudad|york|nueva york|manhattan|brooklyn|queens|bronx|apartamento|apartamiento|depa|edificio|barrio|pais|estado|pueblo|zona|lugar)"
)
_PLACE_OR_PRICE_MARK_50R = _MARK_39D(
    r"rent|rents|renta|alquiler|price|prices|precio\w*|cost\w*|expensive|caro|cara|landlord|casero|dueno|lease|contrato|taxes|impuestos|commute|subway|traffic|trafico|"
    r"city|nyc|new york|manhattan|brooklyn|queens|bronx|apartment|ciudad|nueva york|apartamento|barrio"
)
_add_whole_message_filters([(_filter(_SENTENCE_41E(_POINT_OF_LIVING_IN_50R)), _DANGER_TOLD_50R, _PLACE_OR_PRICE_MARK_50R)])
# --- round 51's English overdose and poisoning told plainly, a plan with means, and overdose as a topic (helper A) ---
# Which overdose guidance: a pest poison named (phrases._PEST_NAMED_51A: a cockroach killer, the poison for the
# rats, an insect spray) gets the Poison Help steps. Its small or pinpoint pupils are the poison's sign, not an
# opioid's: "pinpoint" or "pinned" counts as an opioid sign only in a message that names no pest poison.
_PINPOINT_51A = "|pinpoint|pinned"
assert OVERDOSE_KINDS["opioid"][1].endswith(_PINPOINT_51A)
OVERDOSE_KINDS["opioid"] = (
    [OVERDOSE_KINDS["opioid"][0], OVERDOSE_KINDS["opioid"][1][:-len(_PINPOINT_51A)]] + OVERDOSE_KINDS["opioid"][2:]
    + [r"(?:(?<![\s\S])|(?<=^\W)|(?<=^\W\W))(?![\s\S]*\b(?:" + _F._PEST_NAMED_51A + r")\b)[\s\S]*?\b(?:pinpoint|pinned)"]
)
OVERDOSE_KINDS["non_opioid"] = OVERDOSE_KINDS["non_opioid"] + [_F._PEST_NAMED_51A]
# ...and intentional where the writer says so in broken English: "she want to finish her life", "he take it for die",
# "to kill himself".
OVERDOSE_KINDS["intentional"] = OVERDOSE_KINDS["intentional"] + [
    r"(?:want|wants|wanted|wanting|try|tries|tried|trying|for|to) (?:to )?(?:finish|end|take) (?:his|her|my|their) (?:own )?life|"
    r"for (?:to )?(?:die|dying|kill (?:himself|herself|myself|themselves))|kill (?:himself|herself|themselves)"
]


# Review R's stop pool less some of its alternatives, for filters whose look-alikes tell those words as their topic
# (the alternatives read by bot.crisis.regex_parts, the scan the tail guards use).
def _danger_told_without(*told: str) -> str:
    """_DANGER_TOLD_50R less the alternatives `told` (a named piece stands for each of its own alternatives):
    each must be one of its alternatives, whole (a word inside a longer alternative, "die" in "want to die",
    stays there). Review R's stop pool shared by filters whose look-alikes tell some of its words as their
    topic (round 51 (a) and (b))."""
    alternatives = _regex_parts.alternatives(_DANGER_TOLD_50R)
    assert "(?:" + "|".join(alternatives) + ")" == _DANGER_TOLD_50R
    removed = [words for piece in told for words in _regex_parts.alternatives("(?:" + piece + ")")]
    missing = [words for words in removed if words not in alternatives]
    assert not missing, missing
    return "(?:" + "|".join(words for words in alternatives if words not in removed) + ")"


# The stops this round's three look-alikes share: review R's danger told (_DANGER_TOLD_50R) without the words
# these messages tell as their history (someone not breathing, blue or unresponsive then, "i took", "i overdosed",
# dying, an overdose), and with a scene told now in their place: someone not breathing, blue or unresponsive now,
# a collapse just now, help asked now, breathing trouble now.
_DANGER_TOLD_51A = _danger_told_without(_SIGNS_NOW_37, _TOOK_ALL_38, r"die", r"dying", r"overdos\w*", r"sobredosis")
_SCENE_NOW_51A = (
    r"(?:is|are|s|am) (?:still |now |currently |just |not )?(?:not breathing|barely breathing|unresponsive|not responding|not waking|turning (?:blue|gray|grey|purple)|"
    r"blue|gray|grey|purple|passed out|unconscious|seizing|overdosing|gurgling|snoring)|"
    r"(?:just|suddenly) (?:collapsed|passed out|went down|dropped|fell|keeled over|turned blue|stopped breathing|overdosed|od ed|oded)|"
    r"right now|as we speak|at the moment|currently|(?:i am|we are) (?:calling|on the phone with) (?:911|ems|an ambulance)|"
    r"(?:should|do|can) (?:i|we) (?:call|give|use)|what do (?:i|we) do|what should (?:i|we) do|help me|please help|help us|hurry|"
    r"(?:can not|cannot|cant|could not|unable to|not able to) (?:\w+ ){0,3}?breath\w*|(?:trouble|difficulty|hard time|struggling|hard) (?:to )?breath\w*|"
    r"short of breath|gasping|(?:my|his|her|their) (?:breathing|breaths?|lips|chest) (?:is|are|feels?|got|has|have|went|seems?|keeps?|just)\b|"
    r"(?:i|he|she) (?:just )?(?:took|had|did|got) (?:my|his|her|the|a) (?:\w+ )?(?:dose|spray|infusion|session|treatment)\b[^.?!]{0,80}\b(?:breath\w*|lips|chest)|"
    # a taking just done or done again, an hour or minutes ago
    r"(?:i|he|she|they|we|my \w+) (?:just|have just|has just|had just|already) (?:took|taken|swallowed|drank|ate|used|shot up|snorted|smoked|injected|overdosed|od ed|oded)|"
    r"(?:took|taken|swallowed|drank|downed|used|overdosed|relapsed) (?:\w+ ){0,3}?again|again (?:tonight|today|now|this (?:morning|afternoon|evening))|"
    r"(?:an?|one|two|three|\d+|few|couple of) (?:minutes?|mins?|hours?|hrs?) ago"
)
# (and a survivor's wish to have died with them: "sometimes i wish i had died in the collapse")
_WISH_TO_HAVE_DIED_51A = (
    r"wish (?:that )?(?:i|i had|i would have|i could have|i was|i were) (?:\w+ ){0,2}?(?:died|dead|gone down|been killed|not survived|not made it|gone with)|"
    r"should (?:have|of) been (?:me|the one|in)|(?:me|i) instead of (?:him|her|them|my)|instead of (?:me)\b"
)
# (a responder's own report of a scene now, in a medic's shorthand: "neighbor's kid is down in the hallway, agonal
# breathing, resps 4", "wife is on with 911", "what else while ems is en route", "no narcan on me")
_RESPONDER_SCENE_NOW_51A = (
    r"(?:is|s|are|was|found) down\b|down (?:in|on|at) (?:the|a|my|his|her) (?:\w+ )?(?:hallway|hall|stairwell|stairs|sidewalk|street|floor|bathroom|platform|lobby|car|couch)|"
    r"agonal|cyanotic|cyanosis|sternal rub|resps? (?:\w+ ){0,2}?\d|rr (?:of |is |at )?\d|\d+ breaths? (?:a|per) min\w*|going back under|came around|"
    r"(?:started|starting|doing|giving) (?:rescue breaths|cpr|compressions|chest compressions)|"
    r"(?:ems|911|ambulance|paramedics|medics|fdny|the bus) (?:is |are |has been |have been |was )?(?:en route|on the way|on their way|coming|called|says|said|\d+ min\w*)|"
    r"on (?:the phone )?with (?:911|ems|dispatch)|911 is called|called 911 (?:just now|already|now)|(?:while|till|until) (?:ems|911|the ambulance|they|the medics|paramedics) (?:get|gets|arrive|arrives|is|are|en route)|"
    r"what else|anything else (?:i|we) (?:should|can|could)|what do (?:i|we) keep doing|advise|confirm for me|"
    r"no (?:narcan|naloxone|kit) on me|(?:do not|dont) have (?:narcan|naloxone|a kit) (?:on|with) me|anyone with (?:a |some )?(?:kit|narcan|naloxone)|(?:\d+|twenty|ten|five) minutes later"
)
# (and a lethal amount asked with the means saved up, or weariness told: "a big enough dose... i have a lot of my
# spray saved up and im so tired of all of it")
_LETHAL_OR_WEARY_51A = (
    _F.LETHAL_Q + r"|(?:big|large|high|strong) enough (?:dose|amount)|enough (?:\w+ ){0,3}?to (?:stop (?:my|your|the) breath\w*|kill|not wake|die|end it)|"
    r"(?:saved|saving|stockpil\w*|hoard\w*|stash\w*|collect\w*|put aside|set aside|kept|keeping) (?:up )?(?:\w+ ){0,3}?(?:sprays?|doses?|vials?|pills|bottles?|devices?|ketamine)|"
    r"(?:sprays?|doses?|vials?|pills|bottles?|devices?) (?:\w+ ){0,2}?(?:saved|stashed|put aside|set aside|hoarded|stockpiled)|"
    r"(?:tired|sick|done|exhausted|worn out) (?:of|with) (?:all of it|it all|everything|this life|life|living|all this|being here|being alive)"
)
_STOPS_51A = _DANGER_TOLD_51A + "|" + _SCENE_NOW_51A + "|" + _WISH_TO_HAVE_DIED_51A + "|" + _RESPONDER_SCENE_NOW_51A + "|" + _LETHAL_OR_WEARY_51A
# a question or a request of the clinic
_CLINIC_ASK_51A = (
    _ASK_47E + r"|\b(?:ask|want to (?:know|try|start|book|get|come off|ask)|looking for|interested in|info|information|help (?:with|for)|taper\w*|treat\w*|therapy|"
    r"book\w*|appointment|consult\w*|schedul\w*|insurance|ketamin\w*|spravato)\b"
)
# 1. A retired (or former) police officer, EMT, paramedic, firefighter or corrections officer who gave naloxone
# on the job years ago, to people blue or not breathing, and now asks about a taper, a treatment or the clinic
# ("retired cop here, narcanned dozens of people who were blue back then. now i want to taper off my oxycodone").
# The filter covers the sentence with the overdose, the naloxone or the signs; the message must name the job, a
# time gone by (retired, former, years, a career) and a question or a request. Not the writer's partner or child
# not breathing now (the stops, and a danger told now).
_RESPONDER_WORDS_51A = (
    _OD_TOPIC_50A + r"|od|ods|od d|oded|od ed|stopped breathing|(?:went|turned|was|were) (?:\w+ )?(?:blue|gray|grey)|blue lips|too many pills|pills|narcanned|narcan ed|revived|reviving|revive|brought (?:back|them back|people back)|bring (?:people|them) back|"
    r"pinpoint|pupils|lips|victims?|inmates?|(?:on|in) front of me"
)
_RESPONDER_MARK_51A = (
    _MARK_39D(r"cop|cops|police|policeman|policewoman|police officer|officer|nypd|trooper|state trooper|deputy|sheriff|detective|sergeant|patrol\w*|"
              r"emt|emts|paramedic|paramedics|medic|ems|fdny|firefighter|fireman|fire fighter|first responder|corrections? officer|co|correctional officer|"
              r"lifeguard|security guard|transit cop|park ranger|ambulance (?:driver|crew|tech)")
    # (the naloxone given as a practice gone by, many times or over years: "retired" alone dates no scene)
    + r"(?=[\s\S]*\b(?:used to|years? ago|back (?:then|in the day|in (?:19|20)\d\d)|in my (?:career|day|days|time)|(?:my|a|the) career|"
    r"on the (?:job|force|street|streets|beat)|for (?:\d+|many|so many|a lot of|twenty|ten|fifteen|thirty)? ?(?:\w+ )?years|(?:\d+|many|twenty|ten|fifteen|thirty) years (?:on|in|as|of)|"
    r"during my (?:\w+ )?years|decades?|(?:a lot|lots|dozens|hundreds|so many|many|countless|plenty) of (?:people|overdoses|them|times|victims|guys|folks)|"
    r"more times than|(?:many|countless|so many|a lot of|dozens of|hundreds of) times|every (?:shift|week|day|night|call)|all the time|more than (?:once|a few))\b)"
    + r"(?=[\s\S]*(?:" + _CLINIC_ASK_51A + r"))"
)
# 2. A question whether ketamine (an infusion, esketamine, Spravato, the spray) can stop, slow or depress the
# breathing, or is dangerous for it ("can ketamine stop your breathing?", "is spravato dangerous for breathing?
# i have asthma"): information asked, no one ill now. The filter covers the sentence that holds both; the message
# must ask. Not a dose just taken with breathing trouble now (the stops).
_KETAMINE_51A = r"ketamin\w*|esketamin\w*|spravato|ketalar|(?:the |a )?(?:nasal )?spray|(?:the |an? |my |your )?infusions?|k hole|special k"
_BREATHING_51A = r"breath\w*|respirat\w*|respiratory|lungs?|airways?|apnea|oxygen|suffocat\w*"
_KETAMINE_BREATHING_51A = (
    r"[^.?!]{0,200}\b(?:" + _KETAMINE_51A + r")\b[^.?!]{0,200}?\b(?:" + _BREATHING_51A + r")[^.?!]{0,200}|"
    r"[^.?!]{0,200}\b(?:" + _BREATHING_51A + r")[^.?!]{0,200}?\b(?:" + _KETAMINE_51A + r")\b[^.?!]{0,200}"
)
_BREATHING_ASKED_MARK_51A = (
    # (a question asked: a question mark, or a question word heading a clause; not "can not catch a breath")
    r"(?<![\s\S])(?=[\s\S]*(?:\?|(?:^|[.!?,;:\n]\s*|\b(?:and|but|so|just|also|question|quick question)\s)(?:can|could|does|do|is|are|will|would|may|might|how)\b(?! not\b)|"
    r"\b(?:question|wondering|curious|i (?:read|heard|saw)|is it true)\b))"
    r"(?=[\s\S]*\b(?:stop\w*|slow\w*|depress\w*|suppress\w*|dangerous|danger|risk\w*|safe|unsafe|bad|harm\w*|affect\w*|problems?|issues?|trouble|effects?|hurt|kill)\b)"
)
# 3. A story of a 911 call a brother, a sister or another relative (or the writer) made long ago, for an overdose
# or someone not breathing, told before a clinic question ("my sister called 911 when my father stopped breathing
# from his pain meds, that was in 2015. can ketamine help with trauma?"). The filter covers the sentence with the
# call and the one after it; the message must date it long ago and ask. Not a call made now (the stops).
_CALL_51A = (
    r"(?:called|dialed|dialled|phoned|rang|call|calling|had to call) (?:\w+ ){0,2}?(?:911|nine one one|an ambulance|the ambulance|ems|paramedics|for help)|911 call"
)
_CALL_STORY_51A = r"[^.?!]{0,200}\b(?:" + _CALL_51A + r")\b[^.?!]{0,200}(?:[.!]\s*[^.?!]{0,200})?"
_CALL_LONG_AGO_MARK_51A = (
    r"(?<![\s\S])(?=[\s\S]*\b(?:" + _LONG_AGO_41E + "|" + _YEARS_BACK_48F + r"|once|(?:we|i) were (?:kids|teens|young)|(?:i am|she is|he is|i m) (?:\d+|fine|ok|okay|good|doing (?:ok|okay|well|good|fine)|better|clean|sober) now)\b)"
    + r"(?=[\s\S]*(?:" + _CLINIC_ASK_51A + r"))"
)
_add_whole_message_filters([
    (_filter(_SENTENCE_41E(_RESPONDER_WORDS_51A)), _STOPS_51A, _RESPONDER_MARK_51A),
    (_filter(_KETAMINE_BREATHING_51A), _STOPS_51A, _BREATHING_ASKED_MARK_51A),
    (_filter(_CALL_STORY_51A), _STOPS_51A, _CALL_LONG_AGO_MARK_51A),
])
# --- round 51's English false alarms about suicide as a topic: a birth's dark time past, a phrase, a show (helper B) ---
# phrases.py's WATER_EDGE_CANT_SWIM_UNNOTICED_51B and RELATIVE_DRINKING_WITH_GUN_DONE_51B read their parts
# anywhere in the message. Three look-alikes name suicide, a wish to die or dying as something other than
# a danger now: a past told as past, a phrase studied, a story watched or staged. Their stops are review R's
# shared ones (_DANGER_TOLD_50R) less the words each look-alike is about (the wish said in the past, the
# phrase in quotes, the character's act), which would stop every one of them; each filter also gives way to
# a danger told now (STOPPED_AT_PRESENT_DANGER).
# the writer's own wish or thoughts now, the means kept, a new baby or a time now: what the three stops add back
_NOW_51B = (
    r"again|lately|recently|these days|this (?:week|month|morning|evening)|(?:last|past) (?:few |couple of )?(?:nights?|days?|weeks?)|tonight|right now|"
    r"(?:thoughts|urges|feelings|darkness|it) (?:\w+ ){0,2}?(?:back|returned|returning|coming back|came back|creeping back)|"
    r"(?:i|and) (?:still |now |really |actually )(?:want|think about|have (?:the )?thoughts|feel like (?:dying|ending)|do\b|feel (?:that way|the same))|"
    r"(?:i am|i have been|i keep|been) thinking (?:about|of) (?:suicide|dying|killing myself|ending (?:it|my life))|"
    r"(?:i have|i got|i saved|saving|saved up|stockpil\w*) (?:\w+ ){0,2}?(?:pills|meds|gun|rope)|(?:a|my|the) plan\b|"
    r"(?:i|me) (?:too|myself)(?: (?:want|feel|think|have))|for real|(?:for|in) real life|irl|not (?:a joke|joking|kidding)|goodbye"
)
# 1. Dark thoughts after a birth told as past (two years ago, back then, "when my daughter was born"), the
# writer better now, asking about ketamine or the clinic for what remains ("after my son was born two
# years ago i did not want to live, i am much better now but the low moods linger, would ketamine help?").
# The filter covers the sentence with the thoughts; the message must name the birth, date it back, say the
# writer is better and ask. Stops: the shared ones less the past wish's own words, and the thoughts told
# now (again, lately, back), a new baby now (weeks postpartum, pregnant again), the means kept.
_DARK_AFTER_BIRTH_51B = (
    _DARK_PAST_WORDS_50B + r"|(?:did not|didnt|no longer) want(?:ed)? to (?:live|be (?:here|alive)|wake up|exist)|"
    r"(?:wish|wished|wishing|prayed) (?:that )?i (?:could |would )?(?:just )?(?:not wake up|disappear|die|was dead|were dead|was gone|were gone)|"
    r"better off without me|(?:thoughts|thought|thinking) (?:\w+ ){0,2}?(?:of|about) (?:ending|killing|hurting|harming|driving|jumping|not (?:being|waking))|"
    r"intrusive thoughts|ending my life|killing myself|hurting myself|(?:driving|drive) (?:\w+ ){0,2}?into (?:a |the )?(?:wall|tree|traffic|river)|"
    r"(?:did not|didnt) (?:care|think i) (?:if i|would) (?:lived|died|live|survive)"
)
_AFTER_BIRTH_MARK_51B = (
    _MARK_39D(r"postpartum|post partum|post-partum|ppd|perinatal|after (?:giving birth|i gave birth|the birth|birth|delivery|i delivered|(?:my|the) c-? ?section|having (?:my|the|our|a) (?:\w+ )?(?:baby|son|daughter|twins|kid|child))|"
              r"(?:my|the|our) (?:\w+ )?(?:baby|son|daughter|twins|kid|child|second|first|third|youngest|little one) (?:was|were) born|when (?:i|we) had (?:my|our|the) (?:\w+ )?(?:baby|son|daughter|twins)")
    + r"(?=[\s\S]*\b(?:" + _LONG_AGO_41E + r"|(?:\d+|one|two|three|four|five|a couple of|a couple|couple|a few|few) (?:years?|yrs?) (?:ago|back|postpartum|later|on|since|now|out|after)|"
    r"(?:\d+|two|three|four|five|six|eight|ten|eleven|eighteen) months (?:ago|back)|last year|that was|(?:is|turned|just turned) (?:two|2|three|3|four|4|five|5)\b|"
    r"(?:the first|that first) year)\b)"
    # (better told as now, not wished: "i just want to feel better" is no recovery)
    + r"(?=[\s\S]*\b(?:(?:i am|i feel|i am feeling|feeling|things are|life is|doing|got|gotten|getting|much|so much|a lot|way|far|mostly|now|since) (?:\w+ )?better|better now|"
    r"recovered|got through|came out of|through it|improved|mostly (?:ok|okay|fine)|(?:i am|i feel|feeling) (?:ok|okay|fine|good|well)(?: now)?|doing (?:ok|okay|well|good|great|fine)|"
    r"in a (?:\w+ )?(?:better|good) place|(?:feel|feeling) like myself|gone now|(?:they|it) (?:are|is) gone|went away|(?:it|that|they|those) (?:\w+ )?passed|"
    r"(?:do not|no longer) (?:feel|think) (?:that way|like that)|behind me|stable)\b)"
    + r"(?=[\s\S]*(?:" + _ASK_47E + r"))"
)
_AFTER_BIRTH_STOPS_51B = (
    _danger_told_without(
        r"suicid\w*", r"die", r"dying", r"disappear", r"burden", r"kill myself", r"hurt myself", r"end (?:it|my life|it all)", r"still (?:not|no)\b",
        r"better off (?:dead|without me)", r"hopeless", r"worthless", r"no point",
        r"(?:want|wants|wanted|wanna|going|gonna|trying|tried|threaten\w*|plan\w*) to (?:kill (?:myself|himself|herself|themselves)|die|end (?:it|my life|his life|her life))",
        r"(?:thinking|think|thought|pensando|pienso|pense) (?:about|of|en) (?:suicide|dying|killing myself|ending (?:it|my life)|el suicidio|morir\w*|matarme|quitarme la vida)",
        r"(?:want|wanna|going|gonna) to (?:kill myself|die)",
    )
    + r"|" + _NOW_51B + r"|pregnant again|new baby|(?:\d+|one|two|three|four|five|six|a few|few) (?:weeks?|days?) (?:ago|old|postpartum|since|after)|just (?:had|gave birth)"
)
# 2. A student's (or a child's) school project on the phrase "i want to die", "kill me", "i am going to kill
# myself" said casually: what it means, why people say it ("for health class i am presenting on why teens say
# 'i want to die' when they are bored; can i interview someone?"). The filter covers the phrase as said,
# quoted or named ("why people say i want to die", '"kill me now"', "suicide jokes"), not the writer's own
# words beside it; the message must name the school work and the phrase or its meaning. Stops: the shared
# ones less the phrase's own words, the writer's own wish told beside it (outside the phrase and its
# quotes: STOPPED_AT_OWN_CRISIS), the means kept, a time now.
_PHRASE_51B = (
    r"(?:i )?(?:want|wants) to (?:die|kill myself)|kill (?:myself|me)(?: now)?|i am (?:going to|about to) (?:die|kill myself)|i am (?:literally )?dying|i am dead|"
    r"i (?:could|will|would) (?:literally )?die|end it(?: all)?|unalive(?: myself)?|off myself"
)
# (the phrase as said, quoted or named as a phrase: not the writer's own wish told in the same sentence)
_PHRASE_WORDS_51B = (
    r"\b(?:say|says|saying|said|the phrase|phrases? like|the expression|expressions? like|the saying|sayings? like|the words|words like|stuff like|things like|"
    r"use|uses|using|joke|jokes|joking|post|posts|posting|text|texts|texting|type|typing)\W{1,3}(?:\w+\W{1,3}){0,2}?(?:" + _PHRASE_51B + r")\b|"
    # (a quoted phrase: the word before the quote to the phrase's last word, the quote closing after it)
    r"\w+ ?[\"\u201c]\s*(?:\w+\W{1,3}){0,3}?(?:" + _PHRASE_51B + r")\b(?=[^\"\u201d.?!]{0,30}[\"\u201d])|"
    r"\bsuicid\w* (?:language|jokes?|slang|phrases?|talk|memes?|expressions?|words)\b"
)
_SCHOOL_PHRASE_MARK_51B = (
    _MARK_39D(r"health class|health project|health teacher|class project|school project|group project|project|assignment|homework|presentation|presenting|present on|"
              r"essay|(?:research|term|school|class) paper|book report|school report|poster|slideshow|powerpoint|research\w*|my teacher|our teacher|for (?:class|school)|"
              r"psych(?:ology)? class|english class|linguistics|sociology|debate|speech class")
    + r"(?=[\s\S]*\b(?:phrases?|sayings?|expressions?|figure of speech|idioms?|slang|language|hyperbole|exaggerat\w*|casually|as a joke|jokingly|"
    r"(?:what|whether) [^.?!]{0,60}\b(?:means?|meant)|(?:mean|means|meant) when|really means?|actually means?|meaning (?:of|behind)|"
    r"why (?:do |would )?(?:people|kids|teens|teenagers|students|we|everyone|so many people|young people|gen z) (?:\w+ )?(?:say|use|joke|throw)|"
    r"when (?:people|someone|kids|teens|students|a (?:kid|friend|teen|student)) (?:\w+ )?(?:say|says|said|use|joke))\b)"
)
_SCHOOL_PHRASE_STOPS_51B = (
    _danger_told_without(
        r"suicid\w*", r"die", r"dying", r"kill myself", r"want to die", r"wanna die", r"end (?:it|my life|it all)", r"me too",
        r"(?:want|wanna|going|gonna) to (?:kill myself|die)",
        r"(?:want|wants|wanted|wanna|going|gonna|trying|tried|threaten\w*|plan\w*) to (?:kill (?:myself|himself|herself|themselves)|die|end (?:it|my life|his life|her life))",
    )
    + r"|" + _NOW_51B
)
# 3. A show, a film or a play about a student's suicide in a dorm (or on campus), watched or being staged by
# the writer, beside a question for the clinic or a general one ("we are putting on a play where a freshman
# takes her own life in her dorm room, could a counselor come to a rehearsal?", "just watched a series about
# a dorm suicide, how does ketamine work?"). The filter covers the sentence with the act; the message must
# name the work, the watching or the staging, the dorm or the campus, and ask. Stops: the shared ones less
# the character's act, the writer's own wish told beside it (STOPPED_AT_OWN_CRISIS: "it made me want to do
# the same"), the means kept, a time now.
_CHARACTER_ACT_51B = (
    _SUICIDE_TOPIC_50B + r"|kill(?:s|ed|ing)? (?:him|her|them)sel(?:f|ves)|tak(?:es|en|ing) (?:his|her|their) (?:own )?li(?:fe|ves)|"
    r"hang(?:s|ed|ing)? (?:him|her|them)sel(?:f|ves)|hanged|overdos\w*(?: on purpose)?|(?:jumps|jumped|jumping) (?:off|from|out)|(?:dies|died|dying) by|"
    r"end(?:s|ed|ing)? (?:his|her|their) (?:own )?li(?:fe|ves)|(?:slits|slit|cuts|cut) (?:his|her|their) wrists|dies|died"
)
_WORK_51B = (
    r"plays?|show|shows|series|tv show|episodes?|season (?:finale|\d+|one|two|three)|finale|film|movie|musical|production|one act|skit|documentary|docuseries|miniseries"
)
_DORM_SHOW_MARK_51B = (
    # the work watched or staged, the verb beside it (not "i saw her" and "show me" apart)
    _MARK_39D(r"(?:watch\w*|saw|seen|seeing|binge\w*|finished|streaming|streamed) (?:\w+ ){0,4}?(?:" + _WORK_51B + r")|"
              r"(?:directing|direct|staging|stage|putting on|put on|doing|performing|perform|rehears\w*|acting in|act in|cast in|(?:i am|we are|i was|we were|she is|he is) in) (?:\w+ ){0,4}?"
              r"(?:plays?|musical|production|show|one act|skit|film|movie)|"
              r"(?:" + _WORK_51B + r") (?:\w+ ){0,3}?(?:i|we) (?:just )?(?:watched|saw|are staging|am directing|are putting on|are rehearsing|are performing|am in|are doing)|"
              r"drama club|theat(?:er|re) (?:class|group|club|department|kids|program|troupe)|on ?stage|netflix|hulu|hbo")
    + r"(?=[\s\S]*\b(?:dorm\w*|residence halls?|res halls?|campus|college|university|freshman|freshmen|roommates?|boarding school)\b)"
    + r"(?=[\s\S]*(?:" + _ASK_47E + r"))"
)
_DORM_SHOW_STOPS_51B = (
    _danger_told_without(r"suicid\w*", r"die", r"dying", r"overdos\w*", r"on purpose")
    + r"|" + _NOW_51B + r"|(?:made|makes|making) me (?:want|think|feel like)|i relate|relate to (?:him|her|them)|(?:like|just like) (?:him|her|them)\b"
)
_add_whole_message_filters([
    (_filter(_SENTENCE_41E(_DARK_AFTER_BIRTH_51B)), _AFTER_BIRTH_STOPS_51B, _AFTER_BIRTH_MARK_51B),
    (_filter(_PHRASE_WORDS_51B), _SCHOOL_PHRASE_STOPS_51B, _SCHOOL_PHRASE_MARK_51B),
    (_filter(_SENTENCE_41E(_CHARACTER_ACT_51B)), _DORM_SHOW_STOPS_51B, _DORM_SHOW_MARK_51B),
])
# (the phrase and the character's act are the two look-alikes' own words: the writer's own wish told beside
# them, outside the filter's words and outside quotes, stops them, as it stops the older filters of a topic)
STOPPED_AT_OWN_CRISIS = STOPPED_AT_OWN_CRISIS | {len(IDIOMS) - 2, len(IDIOMS) - 1}
# --- round 51's the English ask tier told in passing, and a household false alarm (helper C) ---
# phrases.py's round 51 (c) families (a telegraphic wish, the writer's own indifference to living or dying,
# "might as well not exist", "would it even matter if i was gone", "no reason to keep going" misspelled) are the
# writer's own: the older filters that cover their sentences give way to them (the treatment-effect question,
# "would it make any difference if i was not around" read as "would it make ... "; the interpreter relaying a
# condition, round 48 (c); round 47 (d)'s no reason to keep going to a task).
_TREATMENT_EFFECT_QUESTION = (
    _OWN_IDEATION + r"(can|could|does|do|will|would) (ketamine|spravato|esketamine|it|the (infusion|spray|treatment|medication|medicine|drug|block)) (make|cause|stop|slow|affect|depress|give)( \w+){0,5}"
)
_add_stops(_TREATMENT_EFFECT_QUESTION, _F.RISK_EN_51C, extend=True)
_add_stops(_filter(_SENTENCE_41E(_RELAY_48C)), _F.RISK_EN_51C, extend=True)
_add_stops(_filter(_TASK_GOING_47D), _F.RISK_EN_51C, extend=True)
# A wish taken back after a laugh or "never mind" ("would it even matter if i did not wake up tomorrow lol i am
# ok", "jk i am fine", "nvm i am fine though") is no recovery told: for the risk groups such a take-back does not
# date the wish as past (the recovery "i am fine now", "now i am ok" still does).
ONGOING_MARKERS = ONGOING_MARKERS + [
    r"(?:lol|lmao|lmfao|haha\w*|hehe\w*|jk|j/k|just kidding|kidding|nvm|never ?mind|nevermind|anyway|anyways|whatever|idk|forget it|ignore (?:that|me)|sorry)"
    r"[,.!]? (?:but |honestly |really |seriously )?(?:i am|i feel|i am doing) (?:fine|ok|okay|good|alright|all right)(?! now\b)"
]
# 1. A partner's snoring, a baby's crying, a dog's barking or a neighbour's music "killing" the writer or the
# spouse, or the writer joking about killing the snorer, with a laugh or a question about sleep ("i am killing my
# husband with my snoring lol", "hubby snorin is killin me lol", "if he snores one more time tonight im going to
# kill him haha", "the babys crying is killin me lol"): a household joke. The filter covers the sentence with the
# noise and the killing word; the message must laugh or speak of sleep. Stops: review R's danger told now (the
# writer's own wish, distress, signs now, drugs taken), violence told as done or feared, breathing, choking or
# not waking, 911.
_HOUSE_NOISE_51C = (
    r"snor\w*|snorin|"
    r"(?:baby|babys|baby s|newborn|infant|toddler|kid|kids|son|daughter|twins)(?: is| s)? (?:\w+ )?(?:cry\w*|cries|scream\w*|whin\w*|fuss\w*|teething|colic\w*|tantrums?)|"
    r"(?:crying|screaming|fussy|colicky|teething) (?:baby|babies|newborn|toddler|twins)|"
    r"(?:dog|dogs|puppy|neighbor|neighbors|neighbour|neighbours)(?: s)? (?:\w+ )?(?:bark\w*|howl\w*|music|party|parties|stereo|bass)"
)
_HOUSE_KILLING_51C = (
    r"kill\w*|killin|murder\w*|the death of (?:me|him|her|us)|the end of (?:me|him|her|us)"
)
_HOUSE_NOISE_KILLING_51C = (
    r"(?:" + _HOUSE_NOISE_51C + r")\b[^.?!]{0,80}?\b(?:" + _HOUSE_KILLING_51C + r")|(?:" + _HOUSE_KILLING_51C + r")\b[^.?!]{0,80}?\b(?:" + _HOUSE_NOISE_51C + r")"
)
_HOUSE_JOKE_MARK_51C = (
    r"(?<![\s\S])(?=[\s\S]*(?:" + LAUGHTER + r"|\b(?:sleep\w*|slept|insomnia|rest|tired|exhausted|earplugs?|ear plugs|apnea|apnoea|cpap|naps?|awake|bed|couch|melatonin|ambien|"
    r"white noise|night|nights|tonight|3am|2am|4am)\b))"
)
_HOUSE_JOKE_STOPS_51C = (
    _DANGER_TOLD_50R + r"|"
    r"(?:hit|hits|hitting|punch\w*|slap\w*|kick\w*|beat|beats|beating|beaten|push\w*|shov\w*|chok\w*|strangl\w*|grab\w*|threaten\w*|hurt|hurts|hurting) (?:me|my (?:kids?|son|daughter|baby))|"
    r"(?:afraid|scared|terrified) (?:of|for)|(?:a |his |her |the )?(?:gun|knife|weapon)|(?:is|are) (?:hurting|attacking)|abus\w*|police|cops|911|ambulance|"
    r"breath\w*|chok\w*|gasp\w*|blue|(?:will not|can not|could not|does not|did not) wake|unresponsive|seiz\w*"
)
_add_whole_message_filters([(_filter(_SENTENCE_41E(_HOUSE_NOISE_KILLING_51C)), _HOUSE_JOKE_STOPS_51C, _HOUSE_JOKE_MARK_51C)])
# ...and round 8's snoring that sounds like choking, told with laughter, gives way to the writer choked or hit
# by the snorer now ("his snoring is killing me lol, he just hit me and he is choking me").
_SNORE_CHOKE_LAUGH = next(i for i in IDIOMS if r"(snor\w*|ronca\w*|ronquido\w*)\b[^.?!]{0,60}?\b(chok\w*" in i)
_add_stops(_SNORE_CHOKE_LAUGH,
           r"(?:hit|hits|hitting|punch\w*|slap\w*|kick\w*|beat|beats|beating|push\w*|shov\w*|chok\w*|strangl\w*|grab\w*|threaten\w*|hurt|hurting) (?:me|my (?:kids?|son|daughter|baby))|"
           r"(?:afraid|scared|terrified) of (?:him|her)|police|cops|911", extend=True)
# --- round 51's Spanish medical emergencies, a poisoning and violence now, and Spanish false alarms (helper D) ---
# 1. A household product in a child's mouth (phrases.CHILD_SWALLOWED_HOUSEHOLD_PRODUCT_51D: nail polish remover,
# Fabuloso, a cleaning liquid, dish soap) is a poisoning: Poison Help, never the naloxone steps alone.
OVERDOSE_KINDS["non_opioid"] = OVERDOSE_KINDS["non_opioid"] + [_F._HOUSEHOLD_51D]
# 2. Round 12's filter of a work about something ("trabajo de ...", "una pelicula sobre ...") read a nanny's or a
# cleaner's job ("trabajo de ninera y el senor le esta pegando a su esposa ahorita") as a work about a beating:
# it gives way to a man beating a woman now (phrases.BEATING_HER_NOW_51D).
_add_stops(next(i for i in IDIOMS if i.startswith("(novela|cuento|libro|pelicula|documental|trabajo|")), _F.BEATING_HER_NOW_51D, extend=True)
# The look-alikes' shared stops: review R's danger told now, except "me mataron" said by the writer of a day's
# load ("los ninos me mataron hoy": the kitchen, the job, the children killed me, tired), which its "matar\w*" reads.
_DANGER_TOLD_51D = r"(?!(?<=\bme\s)mataron\b)(?!(?<=\bnos\s)mataron\b)(?:" + _DANGER_TOLD_50R + r")"
# 3. "La cocina me mato hoy", "el trabajo me mato", "la chamba me esta matando esta semana", "hoy me mataron los
# ninos": a day's work or load that wore the writer out, told with tiredness, a day, rest or a laugh. The filter
# covers those words only (a plan told in the same sentence is read on its own); the message must hold such a
# mark. Stops: the danger told now (_DANGER_TOLD_51D) and the means named (_MEANS_51D).
_DAY_LOAD_51D = (
    r"(?:cocina|trabajo|chamba|jale|camello|chambita|turno|doble turno|jornada|escuela|uni|universidad|clase|clases|examen|examenes|tarea|"
    r"gym|gimnasio|entrenamiento|ejercicio|limpieza|mudanza|trafico|calor|caminata|viaje|fiesta|boda|restaurante|fabrica|obra|almacen|warehouse|oficina|tienda|"
    r"shift|job|clientes|pedidos|ninos|nenes|chamacos|escuincles|gemelos|cuates|lavada|planchada|cosecha|ruta|entregas)"
)
_KILLED_ME_51D = r"(?:me|nos) (?:mato|mataron|mata|matan|esta matando|estan matando|tiene muert[oa]s?|tienen muert[oa]s?|dejo muert[oa]s?|dejaron muert[oa]s?)"
# (the load is the subject, at the head of its clause: not "si pierdo el trabajo me mato", where "me mato" is the
# writer's own act; at most a day or an intensifier between the load and the verb)
_CLAUSE_HEAD_51D = (
    r"(?:(?<![\s\S])|(?<=[.,;:!?\n])|(?<=[.,;:!?] )|(?<=\by )|(?<=\bpero )|(?<=\bhoy )|(?<=\bayer )|(?<=\btoday )|(?<=\bay )|(?<=\bneta )|(?<=\bpues )|"
    r"(?<=\bbueno )|(?<=\bwey )|(?<=\bguey )|(?<=\bamiga )|(?<=\bamigo )|(?<=\buff )|(?<=\bufff )|(?<=\bjaja )|(?<=\bjajaja )|(?<=\bla verdad )|(?<=\bliteral )|(?<=\bomg ))"
)
_DAY_KILLED_ME_51D = (
    _CLAUSE_HEAD_51D + r"(?:(?:la|el|los|las|mi|mis|este|esta|ese|esa) )?(?:\w+ )?" + _DAY_LOAD_51D
    + r"(?: (?:de hoy|de ayer|de la manana|de la noche|de esta semana|de hoy en dia|doble|triple|de noche|de dia))?(?: (?:de|del|en|at|in) (?:\w+ ){0,2}?\w+)?"
    r"(?: (?:hoy|ayer|today|ahora si|si que|literal|literalmente|de verdad|bien|ya))? " + _KILLED_ME_51D + r"|"
    r"(?:hoy|ayer|today|uff+|ay|jaja\w*|neta|literal) " + _KILLED_ME_51D + r" (?:la|el|los|las|mi|mis|este|esta) (?:\w+ )?" + _DAY_LOAD_51D
)
_WORN_OUT_MARK_51D = _MARK_39D(
    r"cansad\w*|cansancio|rendid[oa]s?|molid[oa]s?|agotad[oa]s?|reventad[oa]s?|exhaust\w*|tired|dead tired|muert[oa]s? de cansancio|estoy muert[oa]|quede muert[oa]|"
    r"(?:quiero|necesito|me voy a|voy a) (?:dormir|descansar|acostar\w*|tirar\w* en la cama|banar\w*)|a dormir|descans\w*|vacaciones|sueno|me duele(?:n)? (?:los pies|la espalda|todo|las piernas)|"
    r"hoy|today|esta semana|this week|todo el dia|all day|horas|parad[oa] todo|de pie|jaja\w*|jeje\w*|lol|lmao|uff+|ufff*|ay+|no mames"
)
# (the means named anywhere: pills, a weapon, a rope, a bridge, "para no despertar")
_PLAN_MEANS_51D = (
    r"pistola|arma|gun|soga|cuerda|puente|bridge|veneno|poison|(?:tomar|tomarme|tragar|tragarme|me tome|me trague) tod[oa]s?|(?:para|pa) no despertar|no despertar"
)
_MEANS_51D = r"pastillas|pildoras|pills|tabletas|frasco|cuchillo|navaja|" + _PLAN_MEANS_51D
# 4. "Un dolor que me mata de noche", "la ciatica me mata todas las noches": a pain at night told as a long-standing
# complaint with a question to the clinic (does ketamine help, do you treat pain, an appointment, insurance). The
# filter covers the sentence; the message must tell it as chronic or ask the clinic. Stops: the danger told now,
# and signs of a heart attack, a stroke or a spine in trouble told now (the chest, the left arm, the breath, a
# limb gone numb or weak).
_PAIN_WORD_51D = (
    r"(?:dolor|dolores|dolorcito|ciatica|artritis|fibromialgia|neuropatia|neuralgia|migrana\w*|jaqueca\w*|reuma\w*|gota|hernia|espalda|rodillas?|cadera|huesos|"
    r"piernas|pies|cintura|cuello|hombros?|muela\w*|la cabeza)"
)
_AT_NIGHT_51D = (
    r"(?:de noche|en la noche|en las noches|por la noche|por las noches|todas las noches|cada noche|noche tras noche|al acostarme|a la hora de dormir|"
    r"de madrugada|en la madrugada|en las madrugadas|cuando me acuesto|cuando (?:trato de|quiero) dormir|at night|every night)"
)
_PAIN_KILLS_AT_NIGHT_51D = (
    _PAIN_WORD_51D + r"\b(?: \w+){0,6}? (?:que )?(?:me|le) (?:mata|matan|esta matando|estan matando|tiene muert[oa]) (?:\w+ ){0,3}?" + _AT_NIGHT_51D + r"|"
    + _AT_NIGHT_51D + r"(?: \w+){0,3}? (?:me|le) (?:mata|matan) (?:\w+ ){0,3}?(?:el|la|los|las|este|esta|ese|esa|un|una) (?:\w+ )?" + _PAIN_WORD_51D
)
_CHRONIC_OR_CLINIC_MARK_51D = _MARK_39D(
    r"cronic[oa]s?|chronic|hace (?:\w+ )?(?:anos|meses|semanas|tiempo|rato)|desde hace|desde (?:que|el|la)|siempre|todas las noches|cada noche|noche tras noche|"
    r"ketamin\w*|infusion\w*|spravato|tratamiento\w*|tratan|tratar|atienden|atender|ven pacientes|consulta|cita|clinica|doctor\w*|seguro|medicare|medicaid|"
    r"sirve|sirva|ayuda|ayudar|ayudaria|funciona|puede(?:n)? (?:ayudar|darme|hacer)|quisiera saber|queria saber|pregunta|informacion|info|precio|costo|cuanto cuesta"
) + r"|(?<![\s\S])(?=[\s\S]*\?)"
_PAIN_AT_NIGHT_STOPS_51D = (
    r"(?:" + _DANGER_TOLD_51D + r"|pecho|brazo izquierdo|no puedo respirar|me falta (?:el )?aire|falta de aire|me ahogo|entumid\w*|adormecid\w*|"
    r"no (?:puedo|siento) (?:mover|caminar|las piernas|los pies)|la cara (?:chueca|caida|torcida)|desmay\w*|vomit\w*|sangr\w*|fiebre|ahorita|ahora mismo|en este momento|911|" + _PLAN_MEANS_51D + r")"
)
# 5. A relative's MCAS, allergy or anaphylaxis attack (abroad, often), over now, the relative well: "mi prima
# tuvo una crisis de mcas en mexico pero ya paso y esta bien", "a mi primo le dio un ataque de alergia en
# colombia, ya esta bien gracias a dios". The filter covers the sentence with the attack; the message must say it
# is over or that the relative is well now. Stops: the danger told now, and an attack told now or again (it is
# closing, swelling, worse, again, a breath lost now).
_KIN_51D = (
    r"(?:prim[oa]s?|ti[oa]s?|herman[oa]s?|cunad[oa]s?|sobrin[oa]s?|mama|mami|madre|papa|papi|padre|abuel[oa]s?|suegr[oa]s?|hij[oa]s?|espos[oa]|marido|novi[oa]|"
    r"amig[oa]s?|familiar|pariente|nuera|yerno|comadre|compadre|madrina|padrino|cousin|aunt|uncle|sister|brother|mom|dad|grandma|grandpa|niece|nephew|friend|relative)"
)
_ALLERGY_ATTACK_51D = (
    r"(?:mcas|mastocit\w*|mast cells?|alergi\w*|anafila\w*|anaphyla\w*|choque anafilactico|reaccion(?: alergica| de mastocitos| fuerte)?|allerg\w*|"
    r"se le (?:cerro|hincho|inflamo) (?:la garganta|la cara|la lengua|los labios|todo)|flare)"
)
_KIN_ALLERGY_51D = (
    r"(?:(?:mi|mis|a mi|a mis|my|our|su) )(?:\w+ )?" + _KIN_51D + r"\b(?: \w+){0,12}? " + _ALLERGY_ATTACK_51D
)
_OVER_WELL_MARK_51D = _MARK_39D(
    r"ya (?:paso|se le paso|se recupero|salio|esta (?:bien|mejor|estable|en (?:su )?casa|fuera de peligro)|anda bien|lo dieron de alta|la dieron de alta|le dieron de alta)|"
    r"(?:esta|anda|sigue) (?:bien|mejor|estable|tranquil[oa]|perfect[oa])(?: ahora| ya| gracias a dios)?|se recupero|se compuso|fuera de peligro|de alta|ya todo bien|"
    r"is (?:fine|ok|okay|better|stable|home) now|(?:she|he) (?:is|s) (?:fine|ok|okay|better)|recovered|all good now|it (?:is|s) over"
)
_ALLERGY_AGAIN_STOPS_51D = (
    r"(?:" + _DANGER_TOLD_51D + r"|otra vez|de nuevo|volvio a|le volvio|empeor\w*|again|worse|"
    r"(?:se (?:me|le|te) )?(?:esta|estan) (?:cerrando|hinchando|inflamando|poniendo (?:morad|azul))|(?:no|casi no) (?:puede|puedo|podia) (?:respirar|tragar|hablar)|"
    r"can not breathe|cant breathe|(?:is|are) (?:swelling|closing)|ahorita|ahora mismo|en este momento|right now|911|ambulanc\w*|ayudenme|ayudame|auxilio|"
    + _PLAN_MEANS_51D + r")"
)
_add_whole_message_filters([
    (_filter(_DAY_KILLED_ME_51D + r"(?: (?:hoy|ayer|today|esta semana|esta manana|otra vez))?"), _DANGER_TOLD_51D + "|" + _MEANS_51D, _WORN_OUT_MARK_51D),
    (_filter(_SENTENCE_41E(_PAIN_KILLS_AT_NIGHT_51D)), _PAIN_AT_NIGHT_STOPS_51D, _CHRONIC_OR_CLINIC_MARK_51D),
    (_filter(_SENTENCE_41E(_KIN_ALLERGY_51D)), _ALLERGY_AGAIN_STOPS_51D, _OVER_WELL_MARK_51D),
])
# A colour told right after a product's name is the product's, not the skin's ("se bebio el limpiavidrios azul",
# "el fabuloso morado"; not "los labios color morado", the lips' colour): the opioid kind's "azul / morado" (a blue or purple face) is not read there, so the
# poisoning guidance stands.
_PRODUCT_BEFORE_COLOUR_51D = "".join(
    r"(?<!\b" + word + r" )" for word in (
        "fabuloso", "limpiavidrios", "windex", "cloro", "detergente", "jabon", "liquido", "limpiador", "pinol", "suavizante", "mistolin",
        "desinfectante", "lavaplatos", "lavatrastes", "producto", "botella", "bote", "galon", "envase", "quitaesmalte", "enjuague")
)
_OPIOID_COLOURS = "blue|azul|morad[oa]"
assert sum(_OPIOID_COLOURS in words for words in OVERDOSE_KINDS["opioid"]) == 1
OVERDOSE_KINDS["opioid"] = [
    words.replace(_OPIOID_COLOURS, "blue|" + _PRODUCT_BEFORE_COLOUR_51D + "(?:azul|morad[oa])") for words in OVERDOSE_KINDS["opioid"]
]
# --- round 51's Spanish ask tier told by relatives, in church words or as a burden (helper F) ---
# phrases.py's round 51 (f) families read a widowed parent's wish to go with the late spouse, the writer a burden
# with a wish to be gone, church words for losing the will to go on, and a relayed wish to disappear after a birth.
# 1. "Una carga" as a load or a charge, not a person: a truck's or a worker's load, a workload or a course load, a
# phone's, a battery's or a car's charge, a viral load, a load on the liver ("el camión trae una carga pesada",
# "tengo una carga de trabajo enorme", "le di una carga completa al teléfono", "una carga rápida del carro cuesta
# 20 dólares"). The filter covers the carga and its qualifier or its verb. Stops: the writer or a relative a carga
# for the family or the children ("soy una carga pesada para mis hijos", "se siente una carga"), a burden's other
# words, the round 51 (f) families, the danger told (review R's shared stop).
_CARGA_AS_LOAD_51F = (
    r"\buna carga (?:\w+ )?(?:de (?:trabajo|bateria|ropa|materiales?|mercancia|cajas|lena|arena|agua|datos|estudios?|tareas|clases|horas|credito|saldo|energia|"
    r"\d+ ?(?:horas|kilos|libras|toneladas|por ciento|%)|\w+ (?:horas|kilos|libras|toneladas))|pesada|completa|rapida|lenta|academica|electrica|viral|extra|laboral|horaria|"
    r"genetica|maxima|minima|inicial|parcial|nueva|gratis)\b|"
    r"\b(?:trae|traia|traen|lleva|llevaba|llevan|transporta|transportaba|sube|subir|bajar|baja|entregar|entrego|entregue|recoger|recogi|descargar|descargo|"
    r"cargar|levantar|levante|levanto|le di|le doy|le dio|le das|hacer|hice|hace|pagar|pague|cuesta|cobran por) (?:\w+ )?una carga\b|"
    r"\buna carga (?:\w+ )?(?:para|en|sobre) (?:el|la|los|las|mi|su) (?:higado|rinon|rinones|corazon|cuerpo|sistema|economia|presupuesto|bolsillo|telefono|celular|"
    r"cel|carro|coche|auto|bateria|camion|espalda|columna|rodillas?)\b"
)
_CARGA_PERSON_51F = (
    r"(?:soy|sea|seria|sere|ser|siendo|me siento|siento que soy|me he vuelto|me volvi|me considero|me veo como|se siente|se considera|se ve como|nomas soy|solo soy|ya soy) "
    r"(?:\w+ ){0,3}?carga|carga (?:\w+ ){0,2}?para (?:mi familia|mis hijos|mis \w+|los demas|todos|nadie|ellos|nosotros|sus hijos|su familia|la familia)|"
    r"estorbo|molestia|mejor sin mi|mejor (?:si|que) (?:yo )?(?:ya )?no (?:estuviera|existiera)|desaparecer|no quiero (?:vivir|seguir|estar)"
)
# The review's shared stop with two of its words read as the writer's own only when they take no object: "no quiero
# seguir" not followed by a course, a job or a wait ("seguir con el tratamiento", "seguir esperando"), "desaparecer"
# not followed by a thing made to go or a weekend ("desaparecer las estrias", "desaparecer el fin de semana").
_GONE_ON_WITH_SOMETHING_51F = (
    r"(?:con (?:el|la|los|las|mi|mis|su|sus|este|esta|estos|estas|ese|esa|esos|esas|tanto|tanta|tantos|tantas) "
    r"(?!(?:\w+ )?(?:vida|vidas|dolor|dolores|sufrimiento|existencia|mundo|pena|tristeza|depresion|agonia|infierno|tortura|situacion|condicion|estado|enfermedad|"
    r"lucha|batalla|carga|cruz|soledad|angustia|ansiedad|miseria|desesperacion)\b)\w+|"
    r"en (?:el|la|los|las|mi|su|este|esta|ese|esa) (?!(?:\w+ )?(?:vida|mundo|tierra|planeta|situacion|condicion|estado|infierno|oscuridad|hoyo|pozo)\b)\w+|"
    r"esperando|pagando|tomando|trabajando|estudiando|usando|yendo|viniendo|manejando|gastando|buscando|haciendo|llamando)\b"
)
_DISAPPEARED_THING_51F = (
    r"(?:las|los|el|la|mis|sus|tus|esas|esos|estas|estos) (?!(?:\w+ )?(?:mundo|mapa|tierra|faz|planeta)\b)(?!fin de semana\b)\w+|"
    r"(?:un|el|este|todo el|todo un) (?:fin de semana|finde|rato|dia|mes|ratito)|(?:unos|unas|un par de) (?:dias|horas|semanas)|"
    r"(?:de|del) (?:las redes|redes|facebook|instagram|tiktok|whatsapp|el trabajo|trabajo|la oficina|la escuela|el grupo|el chat|la fiesta)"
)
_DANGER_TOLD_51F = _DANGER_TOLD_50R.replace(
    r"no quiero (?:vivir|seguir|despertar)", r"no quiero (?:vivir|seguir(?!\s(?:" + _GONE_ON_WITH_SOMETHING_51F + r"))|despertar)").replace(
    r"|disappear|desaparecer|", r"|disappear|desaparecer(?!\s(?:" + _DISAPPEARED_THING_51F + r"))|", 1)
assert _DANGER_TOLD_51F.count(r"seguir(?!\s(?:" + _GONE_ON_WITH_SOMETHING_51F) == _DANGER_TOLD_50R.count(r"no quiero (?:vivir|seguir|despertar)") == 2
assert r"desaparecer(?!\s(?:" in _DANGER_TOLD_51F
_STOPS_51F = _DANGER_TOLD_51F + "|" + _F.RISK_ES_51F + "|" + _F.RISK_ES_49E + "|" + _F.RISK_ES_50F
# 2. Not wanting to go on WITH something: a treatment, a course, a job, a wait, a payment ("ya no quiero seguir con el
# tratamiento", "mi mama no quiere seguir con la quimio", "no tengo ganas de seguir en este trabajo", "no quiero seguir
# esperando, cuándo me llaman?"). Not with a life, a pain, a situation or this world ("no quiero seguir con esta
# vida", "con este dolor", "en este mundo"). The filter covers the wish and its object.
_GOING_ON_WITH_SOMETHING_51F = (
    r"\b(?:ya )?(?:no|ni) (?:quiero|quiere|quieren|quisiera|deseo|desea|tengo ganas de|tiene ganas de|me dan ganas de|le dan ganas de) seguir "
    + _GONE_ON_WITH_SOMETHING_51F
)
# 3. "Señor" (a man, sir) or God asked for a ride somewhere on this earth or for a phone call ("señor, llévame a la
# cita del martes", "diosito llévame al trabajo temprano", "señor, llámame cuando esté lista la receta"). Not to
# heaven, to His side, to rest.
_TAKE_ME_SOMEWHERE_51F = (
    r"\b(?:senor|dios mio|dios|diosito|virgen\w*|jesus)\b,? (?:\w+ ){0,3}?llevame,? (?:por favor |porfa )?(?:a|al|hasta|para|pa) "
    r"(?!(?:el |al )?cielo\b|(?:tu|su) (?:lado|reino|gloria|presencia)\b|la gloria\b|descansar\b|otra vida\b|(?:a )?donde (?:esta|estan)\b|mejor vida\b)\w+|"
    r"\b(?:senor|jesus)\b,? (?:\w+ ){0,2}?llamame,? (?:por favor |porfa )?(?:cuando|al (?:cel|celular|telefono|numero|trabajo)|a (?:mi|este) (?:cel|celular|telefono|numero)|"
    r"por telefono|manana|hoy|despues|luego|mas tarde|en la (?:tarde|manana|noche)|a las \w+|para (?:confirmar|la cita|agendar))\b"
)
# 4. "Desaparecer" said of a thing made to go or a time away: stretch marks, spots, a pain, a weekend, the social
# networks ("quiero desaparecer las estrías del embarazo", "quisiera desaparecer un fin de semana a la playa").
_DISAPPEAR_SOMETHING_51F = r"\bdesaparecer\b (?:" + _DISAPPEARED_THING_51F + r")\b"
_add_whole_message_filters([
    (_filter(_CARGA_AS_LOAD_51F), _STOPS_51F + "|" + _CARGA_PERSON_51F, None),
    (_filter(_GOING_ON_WITH_SOMETHING_51F), _STOPS_51F, None),
    (_filter(_TAKE_ME_SOMEWHERE_51F), _STOPS_51F, None),
    (_filter(_DISAPPEAR_SOMETHING_51F), _STOPS_51F, None),
])
# 5. A death's date does not date the wish to go with the one who died, told beside it ("mi mamá quiere irse con
# mi papá que murió hace 2 meses", "hace 3 meses murió mi esposo y me quiero ir con él"): for the ask tier, a clause
# with that wish (phrases' round 51 (f) words) or a death dated drops such a time, as it drops a recent one beside a
# wish to die.
_DEATH_DATED_51F = (
    r"(?:murio|se murio|se (?:nos|me|le) (?:murio|fue|adelanto)|fallecio|enviud\w*|(?:lo|la) enterr\w+|enterramos|enterraron|partio|"
    r"(?:perdi|perdimos|perdio) a (?:mi|su|nuestr[oa]) \w+)(?: \w+){0,3}? "
    r"(?:hace (?:\w+ ){0,2}(?:anos|ano|meses|mes|semanas|semana|dias)|en (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)|"
    r"el (?:ano|mes) pasado|la semana pasada|(?:ayer|antier|anteayer))|"
    r"hace (?:\w+ ){0,2}(?:anos|ano|meses|mes|semanas|semana|dias) (?:que )?(?:murio|se murio|se (?:nos|me|le) (?:murio|fue|adelanto)|fallecio|enviud\w*|(?:lo|la) enterr\w+|enterramos|enterraron)"
)
RECENT_IDEATION = RECENT_IDEATION + "|" + _F._GO_WITH_51F + "|" + _DEATH_DATED_51F
RECENT_MARKERS = RECENT_MARKERS + [_DEATH_DATED_51F]
# --- round 51's Spanish self-harm told by a place, self-injury to feel something, and Spanish false alarms (helper E) ---
# 1. Boiling oil or water told as the means of a burn done to feel something else (phrases.BURN_TO_FEEL_ELSE_51E:
# "metí la mano en el aceite hirviendo para sentir otra cosa"): the self-harm reading, not the kitchen burn's
# medical one. The filter covers the word "hirviendo" after the liquid only, so that a burn's own signs told
# beside it (blisters, skin peeling, a faint) keep the medical reading; the message must hold the family's words.
_BOILING_51E = r"(?:(?<=\baceite )|(?<=\bagua )|(?<=\bmanteca )|(?<=\bgrasa ))hirviendo"
_add_whole_message_filters([(_filter(_BOILING_51E), None, _MARK_39D(_F.BURN_TO_FEEL_ELSE_51E))], stop_at_present_danger=False)
# 2. "Mi esposo me va a matar cuando vea lo que gasté en las uñas jaja", "el viejo me mata jaja, el set de uñas me
# salió en 70": a spouse's or a parent's "killing" over the writer's spending on nails, hair, clothes or a purse,
# laughed at. Round 42 (e)'s filter reads the boss or the relative, the laughter and an everyday reason; its reasons
# now hold the spending (what was paid, what it came to, the beauty salon and the shopping). Its stops (violence or
# fear told, "en serio", a rage under way, the writer's own wish, signs now) are unchanged.
_SPENDING_51E = (
    r"unas|nails?|acrilic\w*|acrylics?|manicur\w*|pedicur\w*|mani|pedi|gelish|salon|nail salon|pestanas|lashes|cejas|brows|tinte|mechas|highlights|"
    r"extensiones|extensions|peinado|pelo|cabello|hair|cartera|bolsa|purse|handbag|zapatos|tenis|sneakers|shoes|ropa|clothes|vestido|mall|tienda|outlet|"
    r"pague|pagu\w*|paid|salio en|me salio|costaron|costo|dolares|dollars|bucks|quincena|paycheck|sueldo"
)
_KILL_ME_JOKE_51E = _filter(_SENTENCE_41E(_KILL_ME_42E))
_i_51e = IDIOMS.index(_KILL_ME_JOKE_51E)
assert MARK_REQUIRED_IN_MESSAGE[_i_51e] == _BOSS_OR_RELATIVE_LAUGH_MARK_42E
MARK_REQUIRED_IN_MESSAGE[_i_51e] = _BOSS_OR_RELATIVE_LAUGH_MARK_42E.replace("|dinner|cena|comida|", "|dinner|cena|comida|" + _SPENDING_51E + "|", 1)
assert MARK_REQUIRED_IN_MESSAGE[_i_51e] != _BOSS_OR_RELATIVE_LAUGH_MARK_42E
# 3. "Mi hermano se quiere matar trabajando", "mi mamá se va a matar trabajando si sigue así", "se anda matando en esa
# chamba", "se quiere matar a trabajar": overwork told as wanting or going to kill oneself working (round 43 (e)'s
# filter reads "se mata trabajando" and gives way to "se quiere matar"). The filter needs the working (or studying)
# right after the killing words. Stops: review R's danger told, with a killing word that is not the overwork's own
# ("se quiere matar de verdad", "se quiere matar, tiene una pistola").
_WANTS_KILL_SELF_51E = (
    r"(?:me|se|te) (?:me |nos )?(?:quiere|quiero|quieres|queria|quiso|va|voy|vas|iba|anda|ando|andas|vive|vivo|sigue|sigo|esta queriendo|estoy queriendo)(?: a)? (?:matar|matando)|"
    r"(?:quiere|quiero|queria|va a|voy a|iba a|vive|anda|sigue) (?:matarse|matarme|matandose|matandome)"
)
_OVERWORK_WAY_51E = (
    r"trabajando|chambeando|camellando|jalando|bregando|laborando|estudiando|a (?:trabajar|chambear|estudiar)|"
    r"(?:en|con) (?:el|ese|este|su|la|esa|esta|tanto|tantas|tantos|los|las|sus|mis|dos|tres) (?:\w+ )?(?:trabajos?|chambas?|turnos|horas|dobles|empleos?|oficina|fabrica|factoria|construccion|restaurante|negocio)|"
    r"de sol a sol|doble turno"
)
# (the killing words and the work only, not their sentence: a danger told beside them is read as it is)
_OVERWORK_WANTS_51E = r"\b(?:" + _WANTS_KILL_SELF_51E + r")\b(?: \w+){0,2}? (?:" + _OVERWORK_WAY_51E + r")\b"
_KILLING_NOT_OVERWORK_51E = r"matar\w*(?!(?: \w+){0,2}? (?:" + _OVERWORK_WAY_51E + r")\b)"
_OVERWORK_STOPS_51E = _DANGER_TOLD_50R.replace(r"|matar\w*|", "|" + _KILLING_NOT_OVERWORK_51E + "|", 1)
assert _OVERWORK_STOPS_51E != _DANGER_TOLD_50R
_add_whole_message_filters([(_filter(_OVERWORK_WANTS_51E), _OVERWORK_STOPS_51E, None)])
# 4. A car on a bridge with a farewell told of a soap opera's, a film's or a book's character ("en la novela el carro
# queda en el puente y él les pide perdón a todos"): a story (phrases.IN_VEHICLE_ON_BRIDGE_FAREWELL_51E reads the
# fiction told after the place; this filter, the one told before it, in the sentence). Stops: review R's danger told.
_FICTION_51E = r"novela|telenovela|pelicula|peli|serie|movie|film|show|episodio|episode|capitulo|libro|book|cuento|story"
_FICTION_CAR_ON_BRIDGE_51E = (
    r"[^.?!]{0,200}\b(?:" + _FICTION_51E + r")\b[^.?!]{0,200}?(?:" + _F._VEHICLE_ON_BRIDGE_51E + r")\b[^.?!]{0,200}"
)
# (and the writer's own turn told beside the story: "pero yo ahorita estoy igual en mi carro en el puente")
_OWN_TURN_51E = (
    r"(?:pero |y )?yo (?:\w+ ){0,2}?(?:estoy|ando|sigo|tambien|igual)|(?:i am|im|i m) (?:\w+ ){0,2}?(?:in|on|at) (?:my|the)|ahorita|ahora mismo|right now|en este momento|"
    r"no aguanto\w*|ya no puedo|no puedo mas|me quiero|quiero (?:hacer|morir\w*)|lo mismo|same thing|yo adentro|(?:mi|my) (?:\w+ )?" + _F._VEHICLE_51E
)
_add_whole_message_filters([(_filter(_FICTION_CAR_ON_BRIDGE_51E), _DANGER_TOLD_50R + "|" + _OWN_TURN_51E, None)])
# --- round 52's Spanish ask tier: not waking up told as better, indifference to living, and their look-alikes (helper D) ---
# phrases.py's round 52 (d) families read not waking up told as better (or wished, or relayed) and indifference
# to everything, living included, in slang. Three look-alikes beside their words; each filter's stops are review
# R's danger told (_DANGER_TOLD_50R) and the round 52 (d) families, so a wish told beside them is still read.
_STOPS_52D = _DANGER_TOLD_50R + "|" + _F.RISK_ES_52D
# 1. Not waking up WITH something: a pain, a migraine, a hangover, tired, swollen, in a bad mood ("ojalá no
# despertar con dolor", "espero no amanecer con migraña otra vez", "quisiera no despertar cansada mañana"). The
# wish is about the state woken in, not about waking. The filter covers the wish and that state, told right after
# the waking (a comma between, "ojalá no despertar, con este dolor ya no puedo", is the wish itself; and "con este
# dolor" or "con tanto dolor" is left to the families: the pain given as the reason).
_WAKE_WISH_52D = (
    r"(?:ojala|quisiera|quiero|espero|esperando|deseo|prefiero|preferiria|mejor|pido|le pido a dios|rezo|dios quiera)(?: (?:que|q|ya|yo|manana|poder))*"
)
_WAKE_STATE_52D = (
    r"(?:con (?!(?:este|esta|estos|estas|ese|esa|tanto|tanta|tantos|tantas|todo esto|lo mismo)\b)(?:\w+ ){0,2}?"
    r"(?:dolor\w*|migran\w*|jaqueca|resaca|cruda|ratón|raton|guayabo|fiebre|calentura|nauseas|mareo\w*|hambre|sed|frio|calor|hinchazon|ansiedad|panico|"
    r"la espalda|el cuello|la cabeza|los pies|las piernas|las manos|la presion|el azucar|tos|gripa|gripe|mocos|alergia|comezon|picazon|calambres?|agruras|acidez|"
    r"pesadillas|sueno|flojera|pereza|mal humor|la boca seca|ojeras|la cara hinchada|los ojos hinchados)|"
    r"(?:tan |muy |toda |todo )?(?:cansad[oa]|adolorid[oa]|hinchad[oa]|maread[oa]|entumid[oa]|ties[oa]|crud[oa]|enguayabad[oa]|de malas|de mal humor|con el pie izquierdo|"
    r"agotad[oa]|rendid[oa]|molid[oa]|aturdid[oa]|atontad[oa]|trasnochad[oa]|desvelad[oa]))"
)
_WAKE_WITH_SOMETHING_52D = (
    r"\b" + _WAKE_WISH_52D + r" (?:ya )?no (?:me )?(?:volver a )?(?:despertar(?:me)?|despierte|despertarme|amanecer|amanezca)"
    r"(?: (?:manana|hoy|otra vez|de nuevo|mas|nunca mas|asi))? " + _WAKE_STATE_52D + r"\b"
)
# 2. Living somewhere, alone or with someone, not cared about: "me da igual vivir solo", "me da lo mismo vivir en
# queens o en el bronx", "le da igual vivir con su suegra" (the older DYING_SAME family reads "da igual vivir" as
# indifference to living). The filter covers the indifference and the place or the company.
_LIVING_SOMEWHERE_52D = (
    r"\b(?:me |le |nos |a mi |a el |a ella )?(?:da|daba|dan|daria) (?:exactamente |completamente )?(?:igual|lo mismo),? (?:si )?(?:vivir|vivo|vive|vivimos) "
    r"(?:sol[oa]s?|en|con|cerca|lejos|aqui|alla|alli|aca|juntos|juntas|arriba|abajo|acompanad[oa]|de (?:renta|alquiler|arrimad[oa])|rentando|por|al lado)\b(?: \w+){0,4}"
)
# 3. Waking someone else, the writer the one who wakes (a child, a husband, a mother): "si no despierto al niño,
# mejor que duerma", "si no despierto a mi esposo a las 6 llega tarde". The filter covers the waking and the one woken.
_WAKING_SOMEONE_52D = (
    r"\bsi (?:ya )?no (?:lo |la |los |las )?(?:despierto|despertamos|despertara|despertaramos) (?:al|a (?:la|las|los|el|mi|mis|su|sus|tu|tus|nuestr[oa]s?)) \w+"
)
_add_whole_message_filters([
    (_filter(_WAKE_WITH_SOMETHING_52D), _STOPS_52D, None),
    (_filter(_WAKING_SOMEONE_52D), _STOPS_52D, None),
    (_filter(_LIVING_SOMEWHERE_52D), _STOPS_52D, None),
])
