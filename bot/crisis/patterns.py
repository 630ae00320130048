"""Crisis patterns, written in a small token syntax compiled to spaCy Matcher rules.

Syntax, one pattern per string, tokens separated by spaces (text is normalised
first, see normalize.py, so contractions are already expanded):

    word        the token's lower-case text is `word`
    a|b|c       one of these texts
    @lemma      the token's lemma (``@overdose`` matches overdose, overdosed, overdoses)
    @a|b        one of these lemmas
    ?word       optional token (any of the forms above may take the ?)
    _           any one token, optional (bridges "he is [really] not breathing")

Kinds of trigger:

    SIGNS       present-tense states that are emergencies however they are asked
                ("how do i use narcan he is not waking up"); never suppressed by the
                question filter, only by negation/past/idiom filters.
    TOPICS      words that are emergencies only as statements about now ("i am
                suicidal", "she is overdosing"); an information question about
                them ("can you overdose on ketamine?") does not fire.
    OPIOID_CONTEXT  words that turn a generic sign (unresponsive, not breathing)
                into an overdose rather than another medical emergency.
"""

from __future__ import annotations

from typing import Dict, List

OVERDOSE = "overdose"
SELF_HARM = "self_harm"
MEDICAL = "medical_emergency"

PEOPLE = "he|she|they|him|her|them|friend|boyfriend|girlfriend|husband|wife|son|daughter|brother|sister|mother|father|partner|roommate|someone|somebody|baby|kid|child|guy|man|woman|person|uncle|aunt|cousin|fiance|fiancee"

# Generic signs: an overdose if opioids or pills are in the message, otherwise
# another medical emergency (both get 911 first).
GENERIC_SIGNS: List[str] = [
    "not|barely|hardly|stopped|stop|no ?longer breathing",
    "not|barely|hardly ?really breathe",
    "can not|could not breathe",
    "is|are|was not breathing",
    "@breathing|@breathe is|are|so _ slow|shallow|weird|funny|irregular",
    "slow|shallow ?and ?slow|shallow breathing|breaths",
    "will|can|could not wake ?him|her|them|up",
    "can not|could not wake",
    "not|is not|will not waking|wake ?up",
    "not|is not|will not responding|respond|moving",
    "@unresponsive",
    "@unconscious",
    "unable to wake",
    "@pass out and|but ?is|are|wo|will not",
    "@collapse",
    "@faint and|but",
    "no pulse",
    "@turn|@go|is|are|look|looks blue|grey|gray|purple",
    "lips|lip|face|fingertips|fingers|skin ?are|is|look|looks|turning|getting ?all blue|grey|gray|purple",
    "blue|grey|gray|purple lips|lip|fingertips|fingers|face",
]

OVERDOSE_SIGNS: List[str] = [
    "@overdosing",
    "@overdose right now",
    "!@overdose on",
    "i|he|she|they|friend|boyfriend|girlfriend|husband|wife|son|daughter|brother|sister|mother|father|partner|roommate|someone|person think|just|might|is|are|has|have|had ?just ?been @overdose",
    "@nod|nodding|noddin out|off",
    "snoring|gurgling|gurgle|choking ?sounds|noises|noise",
    "@make snoring|gurgling|choking",
    "pinpoint|pin|tiny ?point pupils|eyes",
    "pupils are|look|r ?like tiny|pinpoint|pinned|pin",
    "took|swallowed|taken|ate|popped too many|all|a bunch ?of|whole",
    "took|take|taken|swallowed|ate way|too much",
    "@find ?him|her|them with a|the needle",
    "needle ?still in|in his|her|their arm",
    "@give|@use narcan|naloxone ?and|but",
    "@give ?him|her|them narcan|naloxone",
    "another|more|second narcan|naloxone",
    # Spanish (accents folded)
    "no respira",
    "no esta respirando",
    "no puede respirar",
    "no despierta",
    "no reacciona",
    "labios azules|morados",
    "!sobredosis",
    "@tomar|tomo|tomó demasiadas|muchas pastillas",
]

OPIOID_CONTEXT = (
    "fentanyl|heroin|oxycodone|oxycontin|percocet|methadone|morphine|opioid|opioids|opiate|opiates|"
    "dope|pills|pill|xanax|hydrocodone|vicodin|norco|dilaudid|tramadol|narcan|naloxone|needle|"
    "high|shooting|shot|snorted|sniffed|smoked|pressed|m30|m30s|blues|overdose|overdosed|overdosing|drugs|drug|"
    "pastillas|droga|drogas|heroina|fentanilo"
).split("|")

SELF_HARM_SIGNS: List[str] = [
    "@kill|@hang|@shoot|@hurt|@harm|@cut|@stab|@drown|@poison|@end myself",
    "@kill|@hurt|@harm my|the baby|son|daughter|kids|children",
    "@end my|it|this ?all ?life|tonight|today|now|forever",
    "@end it all",
    "@take my own life",
    "want|wants|wanna|going|ready|plan|planning|decided to die",
    "want|wants to be dead",
    "better off dead|gone|without me",
    "@wish i|he|she was|were dead|gone|never born",
    "do not|not want to live|be alive|exist|be here|wake up",
    "@not _ want to live|exist",
    "no|any reason|point to|in live|living|go on|keep going",
    "can not go on|keep going|do this anymore|take it anymore|take this anymore",
    "sleep and not|never wake ?up",
    "not wake up tomorrow|again",
    "@be a burden",
    "i am a|such a burden",
    "this is goodbye",
    "@say goodbye ?to everyone|everybody|all",
    "will not be here tomorrow|anymore",
    "@write|@leave ?a|my suicide|goodbye note|letter",
    "!suicide note|plan|attempt",
    "!@suicidal",
    "!@suicide",
    "!@self harm",
    "@cut|@burn myself",
    "@hurt|@harm myself",
    "@save|saving|@stockpile ?up ?the|my|all pills|meds",
    "@buy|@get|have a rope|gun|noose",
    "@jump off|from|in front",
    "@drive off|into the|a",
    "pills to end|die",
    "@take all my|the|of my pills|meds",
    "so i|he|she do|does|will not|never wake up",
    "overdose on purpose",
    # Spanish
    "me quiero morir",
    "quiero morir|morirme|suicidarme|matarme",
    "me voy a matar|suicidar",
    "no quiero vivir|seguir",
    "@quitarme la vida",
    "me corto|corte",
    "hacerme dano",
    "hacerle dano a mi bebe",
    "!suicidio",
]

MEDICAL_SIGNS: List[str] = [
    "throat is|feels|keeps ?getting ?closing|closing|swelling|tight|tightening|swollen",
    "throat @close|@swell",
    "tongue|lips|face is|are ?getting swelling|swollen|swelling",
    "!@anaphylactic",
    "!anaphylactic shock|reaction",
    "@use|@give|@need my|an|the epipen",
    "!epipen",
    "can not|could not swallow|talk|speak",
    "!chest pain|pains",
    "@chest hurts|hurt|pain|pressure|tight|tightness|feels",
    "crushing|pressure|tightness|pain in|on my|his|her chest",
    "pain ?going ?down|into|in my|his|her left arm|jaw",
    "!heart attack",
    "heart is|keeps racing|pounding ?and ?chest",
    "face|mouth is|are ?drooping|droop|numb",
    "@drooping face|mouth",
    "slurred|slurring ?speech|words|her|his",
    "@slur his|her|their|my words|speech",
    "can not lift|move her|his|my arm|leg|side",
    "@have|having a stroke",
    "@stroke right now",
    "@have|having|had a seizure|fit|convulsion",
    "!@seize|seizure|@convulse|convulsing",
    "@shake and|uncontrollably ?and will|is not",
    "@hit ?his|her|their|my head and|is|wo",
    "@bleed a lot|heavily|badly|everywhere|out",
    "bleeding will|wo not stop",
    "!@severe|@bad|@scary reaction",
    "@after|since my|the|her|his spravato|ketamine|dose|treatment|infusion",
    # Spanish
    "no puedo respirar",
    "se me cierra la garganta",
    "garganta cerrada|hinchada",
    "dolor de|en el pecho",
    "me duele el pecho",
    "@convulsion|convulsionando",
    "ataque al corazon",
    "derrame cerebral",
    "se desmayo|desmayado|desmayada",
    "se cayo y no|no responde",
]

# Words that, right before a trigger, negate it ("i am not suicidal").
NEGATORS = {"not", "never", "no", "nobody", "none", "without", "nunca"}
# A message with one of these (and no sign of "now") is about the past.
PAST_MARKERS: List[str] = [
    "years ago", "year ago", "months ago", "years back", "used to", "when i was",
    "in the past", "back in", "last year", "in 19", "in 20", "history of",
    "had a history", "in recovery", "clean for", "sober for", "survived",
    "a while ago", "long time ago", "as a teen", "as a kid", "in college",
    "in high school", "died of", "died from", "passed away", "documentary",
    "once had", "i once", "previously", "hace anos", "el ano pasado",
]
NOW_MARKERS: List[str] = [
    "right now", "now", "tonight", "today", "currently", "again", "just",
    "keep", "keeps", "still", "this morning", "this evening", "ahora", "hoy",
]
# Idioms whose words look like triggers.
IDIOMS: List[str] = [
    "killing me", "kills me", "killing it", "dying to", "to die for", "died laughing",
    "dying laughing", "could kill for", "kill for a", "would kill for", "kill time",
    "drop dead", "murdering me", "dead tired", "bored to death", "scared to death",
    "sick to death", "dead battery", "phone died", "phone is dead", "deadline",
    "kill the pain", "killing the pain", "painkiller", "painkillers",
]
QUESTION_STARTS = (
    "what", "whats", "what's", "how", "can", "could", "is", "are", "does", "do",
    "should", "why", "when", "which", "will", "would", "if", "que", "como",
)

CATEGORY_PATTERNS: Dict[str, List[str]] = {
    OVERDOSE: OVERDOSE_SIGNS,
    SELF_HARM: SELF_HARM_SIGNS,
    MEDICAL: MEDICAL_SIGNS,
}
