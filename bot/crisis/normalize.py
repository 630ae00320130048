"""Normalise a message typed in a panic before crisis matching.

Lowercase, accents folded (Spanish typed without them matches the same
patterns), apostrophes unified, and the abbreviations and misspellings people use
under stress expanded ("hes not breating rn" -> "he is not breathing right now").
Spanish spelled by ear ("mi ermano no rrespira, tiene los lavios asules") is
respelled word by word through a phonetic key onto the Spanish crisis lexicon
(SPANISH_LEXICON), so that the same patterns match it.
Pure string work; no spaCy here.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Dict, Iterator, Optional, Tuple

# Whole-word replacements, applied after lowercasing and accent folding.
REPLACEMENTS: Dict[str, str] = {
    # time and urgency
    "rn": "right now", "asap": "right now", "pls": "please", "plz": "please", "plss": "please",
    "tonite": "tonight", "2nite": "tonight", "tmrw": "tomorrow", "tmr": "tomorrow",
    "bc": "because", "cuz": "because", "cos": "because", "tho": "though",
    "abt": "about", "rly": "really", "smth": "something", "sth": "something", "r": "are",
    "ppl": "people", "noone": "nobody", "no1": "nobody", "gunna": "going to",
    "finna": "going to", "imma": "i am going to", "ima": "i am going to",
    # people
    "bf": "boyfriend", "gf": "girlfriend", "bff": "friend", "bro": "brother", "sis": "sister",
    "mom": "mother", "mum": "mother", "dad": "father", "hubby": "husband", "u": "you",
    "ur": "your", "im": "i am", "ive": "i have", "id": "i would", "ill": "i will",
    # contractions typed without apostrophes
    "hes": "he is", "shes": "she is", "theyre": "they are", "its": "it is",
    "cant": "can not", "can't": "can not", "cannot": "can not", "wont": "will not",
    "won't": "will not", "isnt": "is not", "isn't": "is not", "dont": "do not",
    "don't": "do not", "doesnt": "does not", "doesn't": "does not", "didnt": "did not",
    "didn't": "did not", "arent": "are not", "aren't": "are not", "wasnt": "was not",
    "wasn't": "was not", "aint": "is not", "he's": "he is", "she's": "she is",
    "i'm": "i am", "i've": "i have", "they're": "they are", "it's": "it is",
    "i'll": "i will", "i'd": "i would", "we're": "we are", "you're": "you are",
    "couldnt": "could not", "couldn't": "could not", "wouldnt": "would not",
    "wouldn't": "would not", "havent": "have not", "haven't": "have not",
    "hasnt": "has not", "hadnt": "had not", "shouldnt": "should not", "werent": "were not",
    "theres": "there is", "there's": "there is", "whats": "what is", "what's": "what is",
    "thats": "that is", "that's": "that is", "youre": "you are",
    # overdose words
    "od": "overdose", "ods": "overdoses", "od'd": "overdosed",
    "oded": "overdosed", "od'ed": "overdosed", "od'ing": "overdosing", "oding": "overdosing",
    "odeing": "overdosing", "overdosin": "overdosing", "fent": "fentanyl",
    "fentynal": "fentanyl", "fentanil": "fentanyl", "fentenyl": "fentanyl",
    "fentanly": "fentanyl", "fetanyl": "fentanyl", "fentanyls": "fentanyl",
    "herion": "heroin", "heroine": "heroin", "narcon": "narcan", "narcam": "narcan",
    "naloxon": "naloxone", "nalaxone": "naloxone", "naloxene": "naloxone",
    "fentinal": "fentanyl", "fentanal": "fentanyl", "overdosd": "overdosed",
    "overdoesed": "overdosed", "overdossed": "overdosed",
    "noddin": "nodding", "percs": "percocet", "perc": "percocet", "oxys": "oxycodone",
    "oxy": "oxycodone", "oxies": "oxycodone", "xans": "xanax", "bars": "xanax",
    # breathing and consciousness
    "breating": "breathing", "breathin": "breathing", "brething": "breathing",
    "breahting": "breathing", "breathng": "breathing", "braething": "breathing",
    "breath": "breathe", "brethe": "breathe", "breth": "breathe", "breathig": "breathing",
    "unconsious": "unconscious", "unconcious": "unconscious", "unconscius": "unconscious",
    "unresponsve": "unresponsive", "unresponive": "unresponsive", "wakeup": "wake up",
    "wakin": "waking", "respondin": "responding", "respondng": "responding",
    "breatheing": "breathing", "breathign": "breathing", "breating": "breathing",
    "unresponsice": "unresponsive", "unconsciouss": "unconscious",
    # self-harm
    "suicidel": "suicidal", "suicidial": "suicidal", "sucidal": "suicidal",
    "suicidle": "suicidal", "suiside": "suicide", "sucide": "suicide", "suicde": "suicide",
    "kms": "kill myself", "unalive": "kill", "unaliving": "killing", "selfharm": "self harm",
    "suisidal": "suicidal", "suicdal": "suicidal", "sewerslide": "suicide",
    "suacide": "suicide", "suicied": "suicide", "suicidality": "suicidal",
    "self-harm": "self harm", "wanna": "want to", "gonna": "going to", "gotta": "have to",
    # medical
    "seizing": "having a seizure", "siezing": "having a seizure", "siezure": "seizure",
    "seizur": "seizure", "seizre": "seizure", "seazure": "seizure", "seisure": "seizure",
    "anaphylaxis": "anaphylactic", "anaphalactic": "anaphylactic", "anaphalaxis": "anaphylactic",
    "anafilaxis": "anaphylactic", "anafilaxia": "anaphylactic", "epi-pen": "epipen", "epi": "epipen",
    "chestpain": "chest pain", "stroking": "having a stroke",
}

# Multi-word forms, applied before the word replacements.
PHRASES = [
    (re.compile(r"\bod+(?:'|\s)?ing\b"), "overdosing"),          # od'ing, oding, odding, od ing
    (re.compile(r"\b(i|he|she|they|we|you) odd\b"), r"\1 overdosed"),  # "she ODd" (not "that's odd")
    (re.compile(r"\b(my|him|her|them|your|our) self\b"), r"\1self"),  # "kill my self"
    (re.compile(r"\bno one\b"), "nobody"),                           # keeps "no" out of negation
    (re.compile(r"\bsewer slide\b"), "suicide"),
    (re.compile(r"\bepi pen\b"), "epipen"),
    (re.compile(r"\b(\d{2,3}) ?/ ?(\d{2,3})\b"), r"\1 over \2"),     # blood pressure 210/120
    (re.compile(r"\b(blu|purpl|gr[ae]y)e?[- ]ish\b"), r"\1ish"),          # "purple-ish" -> "purplish"
    (re.compile(r"\bso[bv]re[- ]?d[oa][scz]is\b"), "sobredosis"),        # "sobre dosis", "sovre docis"
    # Caribbean Spanish: an infinitive with its r dropped or said as l after a verb of wanting
    # ("ya no quiero vivil", "pa moril", "quiere matalse")
    (re.compile(r"\b(quier[eo]n?|quiera|quisiera|ganas de|pa|para|voy a|va a|puedo|puede) "
                r"(vivi|mori|segui|existi|desperta|mata)l?(me|se)?\b"), r"\1 \2r\3"),
    (re.compile(r"\b(quier[eo]n?|quiera|quisiera|ganas de|pa|para|voy a|va a|puedo|puede) ta\b"), r"\1 estar"),  # "no quiero ta vivo"
    (re.compile(r"\bta (\w+(?:ando|iendo))\b"), r"esta \1"),             # "ta respirando"
]
# Spanish words of the crisis patterns that people spell by ear: a word that
# is none of these but has the same phonetic key (or one letter more, less or
# changed, for long words) is respelled as the word of the lexicon.
SPANISH_LEXICON = (
    # breathing, waking, responding
    "respira respirar respirando respiraba respiro despierta despiertan despertar despierto despertarse "
    "despierte despierten desperto desperte reacciona reaccionar reaccionando responde responder respondiendo inconsciente "
    "desmayado desmayada desmayando desmayo ahogando ahogandose ahogado ahogada roncando tirado tirada"
    # blue lips
    " labios labio boca cara azul azules morado morada morados moradas"
    # the drug, taken
    " sobredosis heroina fentanilo pastillas pastilla pildoras inyecto inyectando inyectado tomado tomando"
    # the people and the plea
    " hermano hermana hijo hija esposo esposa ayuda ayudenme ayudame"
)
_KNOWN_SPANISH = frozenset(SPANISH_LEXICON.split())
_KEY_RULES = [
    (re.compile(r"h"), ""),  # "ermano", "ijo" (a "ch" folds too: both sides of the index fold alike)
    (re.compile(r"ll"), "y"), (re.compile(r"(?<=[aeiou])i(?=[aeiou])"), "y"),  # "pastiyas", "aiuda"
    (re.compile(r"v"), "b"), (re.compile(r"z|c(?=[ei])"), "s"),                 # "lavios", "asul", "sobredocis"
    (re.compile(r"qu|c|k"), "k"), (re.compile(r"g(?=[ei])"), "j"),
    (re.compile(r"(.)\1+"), r"\1"),                                             # "rrespira", "despierrta"
]
_SHORTEST_EDITED = 6  # a shorter word is respelled only by its key
_CONFUSED_VOWELS = {("e", "i"), ("i", "e"), ("o", "u"), ("u", "o")}  # "dispierta", "sobredusis"


def phonetic_key(word: str) -> str:
    """The sound of a Spanish word, whatever letters spell it."""
    for pattern, replacement in _KEY_RULES:
        word = pattern.sub(replacement, word)
    return word


def _deletions(key: str) -> Iterator[Tuple[int, str]]:
    """(position, key without it), inside the word only: a slip of the hand
    falls inside a word, while its first letter and its ending carry
    meaning ("respond", "ayudar", "reaccion" are other words)."""
    return ((i, key[:i] + key[i + 1:]) for i in range(1, len(key) - 2))


def _index():
    """Key -> word, and key with one letter deleted -> (position, letter,
    word); a key that two words share is left out, with no guess between
    them."""
    exact = {phonetic_key(word): word for word in _KNOWN_SPANISH}
    edited: Dict[str, Optional[Tuple[int, str, str]]] = {}
    for key, word in exact.items():
        if len(key) >= _SHORTEST_EDITED:
            for i, deleted in _deletions(key):
                if deleted not in exact:
                    edited[deleted] = (i, key[i], word) if deleted not in edited else None
    return exact, {k: v for k, v in edited.items() if v}


_EXACT, _EDITED = _index()


def _nearest(key: str) -> Optional[str]:
    """The lexicon word one slip away: a letter missing ("respra"), one too
    many ("respirra"), or a vowel for its neighbour ("dispierta")."""
    if key in _EDITED:
        return _EDITED[key][2]
    for i, deleted in _deletions(key):
        if deleted in _EXACT:
            return _EXACT[deleted]
        near = _EDITED.get(deleted)
        if near and near[0] == i and (key[i], near[1]) in _CONFUSED_VOWELS:
            return near[2]
    return None


@lru_cache(maxsize=50000)
def respell(word: str) -> str:
    """A Spanish crisis word spelled by ear, as the lexicon spells it; run
    together with "no" ("norrespira") it is split; any other word unchanged."""
    if word in _KNOWN_SPANISH or len(word) < 3 or not word.isalpha():
        return word
    if word.startswith("no") and len(word) >= 7:
        rest = respell(word[2:])
        if rest in _KNOWN_SPANISH:
            return "no " + rest
    key = phonetic_key(word)
    found = _EXACT.get(key)
    if found is None and len(key) >= _SHORTEST_EDITED:
        found = _nearest(key)
    return found or word


# Contractions the table does not list ("hasn't", "shouldn't", "she'll"),
# applied last. The irregular negatives first: "won't" is "will not", never
# "wo not"; "can't" is "can not".
_IRREGULAR_NOT = {"wo": "will", "ca": "can", "sha": "shall", "ai": "is"}
_NOT = re.compile(r"\b([a-z]+)n't\b")
_HAS_AFTER = r"been|got|gotten|had|swallowed|overdosed|tried|stopped|started|eaten|fallen|taken (?:all|every|a|the|his|her|my|too|more|some|like|\d+)"
_IS_AFTER = (
    r"not|the|a|an|going|gonna|gone|loaded|ready|set|still|already|over|done|dead|here|there|coming|just|really|so|too|very|"
    r"in|on|at|out|never|always|finally|definitely|getting|breathing|bleeding|turning|shaking|choking|seizing|waiting|sitting|lying|"
    r"locked|hidden|packed|planned|decided|unconscious|unresponsive|collapsed|passed|blue|purple|grey|gray|cold|pale|limp|happening|when"
)
_SUFFIXES = [
    (re.compile(r"\b([a-z]+)'ll\b"), r"\1 will"),
    (re.compile(r"\b([a-z]+)'re\b"), r"\1 are"),
    (re.compile(r"\b([a-z]+)'ve\b"), r"\1 have"),
    # "he'd never been born" is "had"; "she'd rather" is "would"
    (re.compile(r"\b(i|he|she|they|we|you|it)'d(?= (?:never |already |just |not |ever )?"
                r"(?:been|gone|taken|had|done|seen|told|died|left|started|got|gotten|tried|eaten|used|"
                r"swallowed|overdosed|fallen|hit|cut|said|thought|wanted|planned)\b)"), r"\1 had"),
    (re.compile(r"\b([a-z]+)'d\b"), r"\1 would"),
    # "'s" after a noun or a time word ("the gun's loaded", "tomorrow's the day", "my brother's not
    # breathing") is "is", or "has" before a participle ("the baby's been sick"), only where the next
    # word cannot follow a possessive; "my mom's pills", "today's appointment" keep theirs.
    (re.compile(rf"\b(?!let\b)([a-z]+)'s(?= (?:{_HAS_AFTER})\b)"), r"\1 has"),
    (re.compile(rf"\b(?!let\b)([a-z]+)'s(?= (?:{_IS_AFTER})\b)"), r"\1 is"),
]
# round 38 (helper k): "rn" is "right now" in chat ("im scared rn", "he is not breathing rn"), but a
# registered nurse where the job comes with it: an article, a possessive, "as" or "soy"/"como" before
# it ("i am an rn", "as an rn", "soy rn", "the rn said"), a unit or a shift word led by such a word,
# by "i am" or opening the message ("icu rn here", "a night shift rn", "im icu rn", "er rn, 12 years"), or the job's words after
# it ("rn for 10 years", "rn license", "rn, bsn", "rn de la uci"); "rn here, ..." opening a sentence. A unit after "in/at/on the" is a
# place ("we are at the er rn", "on night shift rn"): there "rn" is still "right now".
_RN_UNIT = (
    r"(?:icu|nicu|picu|ccu|cvicu|sicu|micu|uci|er|ed|pacu|ob|l&d|l and d|labor and delivery|labor & delivery|hospice|palliative(?: care)?|"
    r"psych|peds|pediatric|oncology|onc|med[- ]?surg|tele|telemetry|trauma|cardiac|dialysis|home health|school|travel(?:ing|ler)?|travel nurse|"
    r"charge|staff|float(?: pool)?|night(?: shift)?|day(?: shift)?|nights|days|flight|triage|clinic|nursing home|ltc|step ?down|ems|"
    r"new grad|new|retired|former|senior|experienced|licensed|bsn|lpn|urgencias)"
)
_RN_LEAD = r"(?:a|an|as|as a|as an|the|my|our|your|his|their|fellow|soy|como|un|una|la|el|otra|otro|trabajo de|trabajo como)"
_RN_AFTER = (
    r"(?:(?:for|of|with) (?:over |almost |about |like )?(?:\d+|a few|many|several|two|three|five|ten|twenty) (?:\+ )?(?:years?|yrs?|anos)|"
    r"licen[cs]e|program|school|student|degree|bsn|msn|dnp|cen|ccrn|by trade|who works|working (?:in|at|on|nights|days)|"
    r"(?:,|/|and|y) ?(?:bsn|msn|np|lpn|nurse|enfermer[oa])|de (?:la |el )?(?:uci|urgencias|hospicio|cuidados|turno|noche|pediatria|oncologia)|en (?:la uci|urgencias|un hospital|el hospital|un hospicio))\b"
)
_NURSE_RN = re.compile(
    # led by an article, a possessive, "as", "soy"... (not after "in/at/on/to the ...": a place)
    rf"(?<!\bin )(?<!\bat )(?<!\bon )(?<!\bto )(?<!\binto )(?<!\bfrom )(?<!\ben )\b{_RN_LEAD} (?:{_RN_UNIT} ){{0,3}}(?P<a>rn)\b"
    # a unit or a shift word opening the message or a sentence ("icu rn here", "night shift rn.")
    rf"|(?:^|[.!?;,:(]\s*|\b(?:i am|i'm|im|am|estoy de) )(?:{_RN_UNIT} ){{1,3}}(?P<b>rn)\b"
    # the job's words after it
    rf"|\b(?P<c>rn)(?=,? {_RN_AFTER})"
    r"|\b(?:bsn|lpn|np|nurse|enfermer[oa]),? ?(?:/ ?)?(?P<d>rn)\b|\((?P<e>rn)\)"
    # "rn here, quick question" opening the message or a sentence
    r"|(?:^|[.!?;]\s*)(?P<f>rn)(?= here\s*(?:[,.!:;)-]|$))"
)


def _nurse_rn_spans(text: str) -> frozenset:
    """Start offsets of the "rn"s that name a registered nurse (kept as "rn", not "right now")."""
    if "rn" not in text:
        return frozenset()
    starts = set()
    for m in _NURSE_RN.finditer(text):
        starts.update(m.start(g) for g in "abcdef" if m.group(g))
    return frozenset(starts)


def _kept_word_starts(text: str, spanish: bool) -> frozenset:
    """Start offsets of the words that keep their spelling through the word table: the "rn" that
    names a nurse (round 38: "an rn", "icu rn here" is not "right now") and, in a Spanish message,
    the "d" that names a letter (round 40: "vitamina d", "plan d" is not "de")."""
    kept = set(_nurse_rn_spans(text))
    if spanish:
        kept.update(m.end() - 1 for m in _LETTER_D_40B.finditer(text))
    return frozenset(kept)


def _replace_word(m: "re.Match[str]", kept: frozenset, spanish: bool = False) -> str:
    word = m.group(0)
    if m.start() in kept:
        return word
    if spanish and word in SMS_SPANISH_40B:
        return SMS_SPANISH_40B[word]
    if word in SMS_SPANISH_ANYWHERE_40B:
        return SMS_SPANISH_ANYWHERE_40B[word]
    return REPLACEMENTS.get(word) or respell(word)


# --- round 40's overdose and medical (helper b) ---
# Spanish SMS abbreviations ("mi hno se tomo unos xanax d la calle, xfa", "toy sola, q hago"):
# the ones English shares ("d", "q", "k", "toy", "tb", "bn", "plis") expanded only in a message that reads as Spanish (two of its words are Spanish function words
# that English does not use), so that "plan d", "q and a", "toy story", "tb test" in English stay
# as they are. "pa" and "ma" are left alone (they are words, "para" and "mama" are not sure), and
# "x" alone never ("x favor" is a phrase). "d" before a letter's name ("vitamina d", "plan d",
# "hepatitis d") stays a letter.
SMS_SPANISH_40B: Dict[str, str] = {
    "d": "de", "toy": "estoy", "tb": "tambien", "bn": "bien", "plis": "por favor",
}
# ...and the forms no English word shares, expanded in any message
SMS_SPANISH_ANYWHERE_40B: Dict[str, str] = {
    "xfa": "por favor", "xf": "por favor", "porfa": "por favor", "tamos": "estamos", "hno": "hermano", "hna": "hermana",
    "hnos": "hermanos", "hnas": "hermanas", "pq": "porque", "xq": "porque", "tmb": "tambien",
}
_SPANISH_WORDS_40B = frozenset(
    "de la el los las que se mi mis esta estoy una por con para pero lo le ya muy hay tiene tomo y del al mas como "
    "nada algo porque cuando donde aqui ahora tengo estaba fue hace sus nos les ella ellos ayuda hermano hermana "
    "hijo hija senora senor calle pastillas xfa porfa hno hna xq pq tmb tamos respira despierta reacciona responde "
    "sangre hago vengan ayudame ayudenme necesito estamos".split()
)
_LETTER_D_40B = re.compile(r"\b(vitamina?|plan|grado|tipo|hepatitis|dimero|dia|opcion|letra|clase|nivel|grade|type|option|level|class) d\b")
# "q"/"k" for "que" only where "que" is sure: after "lo", "por", "ya"..., opening a sentence, or before
# "hago", "paso", "me", "no"... ("lo q paso", "q hago", "k me muero"); never "de k" or "4 gramos de k"
# (ketamine), nor "pastillas q compro" where a relative clause would change how the sentence is read.
_QUE_40B = [
    (re.compile(r"\b(lo|por|ya|es|fue|era|y|asi|tanto|creo|dice|dijo|digo|sera|para) [qk]\b(?= \w)"), r"\1 que"),
    (re.compile(r"(^|[,.!?:;] )[qk](?= \w)"), r"\1que"),
    (re.compile(r"\b[qk](?= (?:hago|hacemos|hacer|hacen|paso|pasa|pasara|me|te|le|les|nos|no|es|esta|estoy|tengo|tiene|va|voy|vaya|venga|vengan)\b)"), "que"),
]
_X_FAVOR_40B = re.compile(r"\bx ?(?:fa|favor|fis)\b")


def _looks_spanish_40b(text: str) -> bool:
    """Two or more Spanish function words (or SMS forms only Spanish uses) among the message's words."""
    return sum(w in _SPANISH_WORDS_40B for w in re.findall(r"[a-z]+", text)) >= 2


# A word with its inner apostrophes, never the quote marks around it: in
# "she said 'won't need it'" the word is "won't".
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*")


# An immediately repeated word or two-word group (letters only, not laughter).
_REPEATED = re.compile(
    r"\b(?!(?:ha|ja|je|he|hi|ji|jo|ho|lol|xd|lmao|haha\w*|jaja\w*|jeje\w*|hehe\w*|jiji\w*)\b)"
    r"([a-z]+(?: [a-z]+)?)(?: \1\b)+"
)
_LINE_BREAK = re.compile(r"([.,;:!?])?[ \t]*(?:\r?\n[ \t]*)+(?=\S)")


def fold_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def normalize(text: str) -> str:
    """Lowercased, accent-folded text with panic spellings expanded."""
    text = fold_accents(text.lower()).replace("\u2019", "'").replace("`", "'")
    # round 23: a message typed over several lines ("idk\nalready took like 20\nof my moms
    # pills") reads as clauses: a line break is a comma, unless the line already ends in one.
    text = _LINE_BREAK.sub(lambda m: m.group(1) + " " if m.group(1) else ", ", text)
    # "pleeeease" -> "pleease"; never a digit: "1000 mg" stays a thousand, not "100 mg"
    text = re.sub(r"(\D)\1{2,}", r"\1\1", text)
    for pattern, replacement in PHRASES:
        text = pattern.sub(replacement, text)
    # round 40 (b): Spanish SMS abbreviations, in a Spanish message only
    spanish = _looks_spanish_40b(text)
    if spanish:
        text = _X_FAVOR_40B.sub("por favor", text)
        for pattern, replacement in _QUE_40B:
            text = pattern.sub(replacement, text)
    kept = _kept_word_starts(text, spanish)  # offsets of the text the word table reads
    text = _WORD.sub(lambda m: _replace_word(m, kept, spanish), text)
    text = _NOT.sub(lambda m: f"{_IRREGULAR_NOT.get(m.group(1), m.group(1))} not", text)
    for pattern, replacement in _SUFFIXES:
        text = pattern.sub(replacement, text)
    # round 26: spoken, disfluent words said twice ("ya no ya no quiero estar aqui", "con con la")
    # are read once; laughter ("ja ja", "ha ha") is left as it is.
    return _REPEATED.sub(r"\1", text)
