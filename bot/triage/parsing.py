"""Turn what visitors type (or the buttons they press) into triage answers.

Pure functions: text in, a normalised value out, or None when the text does not
answer the question (the form then asks again, explaining the options).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Dict, List, NamedTuple, Optional, Tuple

from bot.triage import rules as triage

_YES = {
    "yes", "y", "yeah", "yea", "yep", "yup", "ya", "sure", "correct", "right", "true",
    "i have", "i do", "i am", "i did", "definitely", "absolutely", "of course", "si", "sí",
    "affirmative", "ok", "okay", "uh huh", "mhm", "probably",
    # Spanish (issue 15), matched without accents
    "claro", "claro que si", "si claro", "por supuesto", "asi es", "correcto", "cierto",
    "sip", "aja", "si tengo", "si he", "si estoy", "si senor", "si senora", "afirmativo",
    "probablemente",
}
_NO = {
    "no", "n", "nope", "nah", "never", "not really", "none", "no i haven't", "i haven't",
    "i don't", "i do not", "i have not", "not at all", "negative", "neither", "no never",
    "nothing", "no none", "not that i know of",
    "nunca", "no nunca", "para nada", "ninguno", "ninguna", "nada", "no tengo", "jamas",
    "tampoco", "negativo", "no gracias", "que yo sepa no",
}
_UNSURE = {
    "not sure", "unsure", "i don't know", "idk", "dont know", "don't know", "maybe",
    "i'm not sure", "im not sure", "no idea", "can't remember", "cant remember",
    "not certain", "possibly", "i think so", "no se", "no sé", "nose", "nose la verdad",
}
# Spanish answers that open like a "no" but are unsure ("no estoy segura", "no sé").
_UNSURE_ES = re.compile(
    r"^(?:no (?:estoy|esta) segur[oa]|no (?:lo )?se\b|no me acuerdo|no recuerdo|"
    r"quizas?\b|tal vez|a lo mejor|puede ser|creo que|no tengo idea|ni idea)")
# Declining to answer is not being unsure, and never a finding: the visitor's
# summary says "you said you'd rather not answer" (bot.triage.rules). Read on
# cleaned, accent-free text, before any "no" (a "no comment" is not a no).
DECLINED = triage.DECLINED
_DECLINED = re.compile(
    r"\b(?:prefer|rather) not(?: to)? (?:say|answer|share|tell|disclose|discuss)\b"
    r"|\b(?:prefer|rather) not(?: to)?$|\bnot telling\b|\bno comment\b"
    r"|\b(?:don't|dont|do not) (?:want|wish) to (?:say|answer|share|tell)\b"
    r"|\bnone of (?:your|ur) business\b|\bdecline(?:d)? to (?:answer|say)\b|^skip\b"
    r"|\b(?:rather|prefer to) keep (?:that|it|this) (?:private|to myself)\b"
    r"|\b(?:that's|thats|it's|its) (?:private|personal)\b"
    r"|\bprefiero no (?:decir|decirlo|contestar|responder)\b"
    r"|\bno quiero (?:decir|decirlo|contestar|responder)\b"
)


def _clean(text: str) -> str:
    text = text.lower().replace("’", "'")
    text = re.sub(r"[^\w\s']", " ", text)
    return " ".join(text.split())


def _strip_accents(text: str) -> str:
    return text.translate(str.maketrans("áéíóúüñ", "aeiouun"))


def _declined(cleaned: str) -> bool:
    return bool(_DECLINED.search(_strip_accents(cleaned)))


def parse_yes_no(text: str) -> Optional[str]:
    """One of triage.YES_NO_ANSWERS, or None."""
    cleaned = _strip_accents(_clean(text))
    if not cleaned:
        return None
    if _declined(cleaned):
        return DECLINED
    if _UNSURE_ES.match(cleaned):
        return "unsure"
    for value, words in (("unsure", _UNSURE), ("no", _NO), ("yes", _YES)):
        if cleaned in words:
            return value
    # Leading word decides short sentences: "no i haven't", "yes twice".
    first_two = " ".join(cleaned.split()[:2])
    for value, words in (("unsure", _UNSURE), ("no", _NO), ("yes", _YES)):
        if first_two in words or cleaned.split()[0] in words:
            return value
    return None


_NUMBER_WORDS = {
    "zero": 0, "none": 0, "no": 0, "never": 0, "one": 1, "once": 1, "two": 2,
    "twice": 2, "couple": 2, "three": 3, "four": 3, "five": 3, "several": 3, "many": 3,
    "lots": 3, "few": 3, "multiple": 3, "more": 3, "tons": 3,
    # Spanish
    "cero": 0, "ninguno": 0, "ninguna": 0, "nada": 0, "nunca": 0, "uno": 1, "una": 1,
    "dos": 2, "par": 2, "tres": 3, "cuatro": 3, "cinco": 3, "varios": 3, "varias": 3,
    "muchos": 3, "muchas": 3, "bastantes": 3, "mas": 3,
}


# One row per medicine: generic (English, Spanish) and brand names, so that
# "zoloft and lexapro" counts two and "lexapro (escitalopram)" one. Names match as
# whole words only, so no name counts inside another (escitalopram/citalopram,
# desvenlafaxine/venlafaxine); text is matched without accents (bupropión).
_ANTIDEPRESSANTS: Tuple[Tuple[str, ...], ...] = (
    ("sertraline", "sertralina", "zoloft"), ("fluoxetine", "fluoxetina", "prozac"),
    ("escitalopram", "lexapro"), ("citalopram", "celexa"),
    ("paroxetine", "paroxetina", "paxil"), ("venlafaxine", "venlafaxina", "effexor"),
    ("duloxetine", "duloxetina", "cymbalta"), ("bupropion", "wellbutrin"),
    ("mirtazapine", "mirtazapina", "remeron"), ("trazodone", "trazodona", "desyrel"),
    ("vortioxetine", "vortioxetina", "trintellix"),
    ("desvenlafaxine", "desvenlafaxina", "pristiq"),
    ("vilazodone", "vilazodona", "viibryd"), ("amitriptyline", "amitriptilina", "elavil"),
    ("nortriptyline", "nortriptilina", "pamelor"), ("zuranolone", "zuranolona", "zurzuvae"),
    ("brexanolone", "brexanolona", "zulresso"),
)
_ANTIDEPRESSANT_PATTERNS = tuple(
    re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b")
    for names in _ANTIDEPRESSANTS
)


def antidepressants_named(text: str) -> int:
    """How many different antidepressants the text names."""
    cleaned = _strip_accents(_clean(text))
    return sum(1 for pattern in _ANTIDEPRESSANT_PATTERNS if pattern.search(cleaned))


def parse_count(text: str) -> Optional[int]:
    """Antidepressants tried: 0, 1, 2 or 3 (three or more); None if not a count."""
    cleaned = _strip_accents(_clean(text))
    named = antidepressants_named(cleaned)
    if named:
        return min(named, 3)
    digits = re.findall(r"\d+", cleaned)
    if digits:
        return min(int(digits[0]), 3)
    for word in cleaned.split():
        if word in _NUMBER_WORDS:
            return _NUMBER_WORDS[word]
    if parse_yes_no(cleaned) == "no":
        return 0
    return None


class _DurationWords(NamedTuple):
    """One language's ways of saying how long: the three answer buttons' own
    wordings, an amount with a unit, and phrases that mean a very long time."""

    under_6: "re.Pattern[str]"
    six_to_12: "re.Pattern[str]"
    over_1_year: "re.Pattern[str]"
    amount_unit: "re.Pattern[str]"  # groups: amount, unit
    amounts: Dict[str, int]  # amount words -> count
    months_per_unit: Dict[str, float]
    lifelong: "re.Pattern[str]"


_AMOUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "couple": 2, "few": 3, "several": 4}
_DURATION_EN = _DurationWords(
    under_6=re.compile(r"\b(less than|under) 6\b"),
    six_to_12=re.compile(r"\b6 (to )?12\b"),
    over_1_year=re.compile(r"\b(more than|over) (a|1|one) (year|yr)"),
    amount_unit=re.compile(
        r"(\d+(?:\.\d+)?|an?|one|two|three|couple|few|several)\s*(?:of\s*)?(day|week|month|mo|year|yr)s?\b"),
    amounts=_AMOUNT_WORDS,
    months_per_unit={"day": 1 / 30, "week": 0.25, "month": 1, "mo": 1, "year": 12, "yr": 12},
    lifelong=re.compile(
        r"\b(since (i was|childhood|my teens|high school|college)|forever|"
        r"as long as i can remember|my whole life|decades?|years)\b"),
)

# Spanish ("hace como dos años", "unos 8 meses", "más de un año"), read without accents.
_AMOUNT_WORDS_ES = {"un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
                    "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11,
                    "doce": 12, "par": 2, "varios": 3, "varias": 3, "unos": 3, "unas": 3}
_DURATION_ES = _DurationWords(
    under_6=re.compile(r"\b(menos de|menos que) (6|seis) meses\b"),
    six_to_12=re.compile(r"\b(6|seis) (a|y) (12|doce)\b"),
    over_1_year=re.compile(r"\b(mas de|mas que|over) (un|1|uno) ano\b"),
    amount_unit=re.compile(
        r"(\d+(?:\.\d+)?|" + "|".join(_AMOUNT_WORDS_ES) + r")\s*(?:de\s*)?(dia|semana|meses|mes|ano)s?\b"),
    amounts=_AMOUNT_WORDS_ES,
    months_per_unit={"dia": 1 / 30, "semana": 0.25, "mes": 1, "meses": 1, "ano": 12},
    lifelong=re.compile(
        r"\b(toda (?:la|mi) vida|desde (?:nino|nina|chiquito|chiquita|pequeno|pequena|joven|"
        r"la adolescencia|la escuela)|decadas?|anos|hace mucho)\b"),
)


def _bucket(months: float) -> str:
    if months < 6:
        return "under_6_months"
    if months <= 12:
        return "6_to_12_months"
    return "over_1_year"


def _duration_in(text: str, words: _DurationWords) -> Optional[str]:
    if words.under_6.search(text):
        return "under_6_months"
    if words.six_to_12.search(text):
        return "6_to_12_months"
    if words.over_1_year.search(text):
        return "over_1_year"
    match = words.amount_unit.search(text)
    if match:
        amount, unit = match.groups()
        count = words.amounts[amount] if amount in words.amounts else float(amount)
        return _bucket(count * words.months_per_unit[unit])
    if words.lifelong.search(text):
        return "over_1_year"
    return None


def parse_duration(text: str) -> Optional[str]:
    """'under_6_months' | '6_to_12_months' | 'over_1_year' | None (English first,
    then Spanish read without accents)."""
    cleaned = _clean(text)
    return _duration_in(cleaned, _DURATION_EN) or _duration_in(_strip_accents(cleaned), _DURATION_ES)


# --- Pregnancy and breastfeeding ------------------------------------------------
# Read clause by clause, because a negation belongs to its own clause: "not
# pregnant but breastfeeding" is breastfeeding, "pregnant, not breastfeeding" is
# pregnant. Within a clause a negation covers what follows it ("not pregnant or
# nursing"); "nor"/"ni" negate the clause they open; doubt ("not sure if I'm
# pregnant", "no sé si estoy embarazada") makes the answer "unsure", which the
# rules send to the physician. Text is lower-cased and accent-free.

# A late period is a question about pregnancy, and a doubt.
_LATE_PERIOD = (r"\b(?:late|missed) (?:my |a )?period\b|\bperiod (?:is |was )?late\b"
                r"|\bretraso\b|\bno me (?:ha )?(?:bajado|llegado) (?:la regla|el periodo)\b")
_PREGNANCY_TOPICS: Tuple[Tuple[str, re.Pattern], ...] = (
    ("pregnant", re.compile(
        r"\bpreg(?:nan\w*|gers|go|o)?\b|\bexpecting\b|\bconceiv\w*|\bttc\b"
        r"|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine) (?:weeks?|months?) along\b"
        r"|\bembarazad\w*|\bembarazo\b|\bencinta\b|\besperando (?:un|una|mi) (?:bebe|hij[oa])\b"
        r"|" + _LATE_PERIOD)),
    ("breastfeeding", re.compile(
        r"\bbreast ?fe(?:e)?d\w*|\bchest ?fe(?:e)?d\w*|\bnursing\b|\bpumping\b|\blactat\w*"
        r"|\bamamant\w*|\blactancia\b|\blactando\b|\b(?:dando|doy|dar|le doy) (?:el )?pecho\b"
        r"|\bde mamar\b")),
    ("recent_birth", re.compile(
        r"\b(?:gave|given) birth\b|\bhad (?:a|my|the|our) (?:baby|son|daughter|child)\b"
        r"|\bdelivered\b|\bpost ?partum\b|\bnewborn\b|\bbaby (?:is|was)\b|\bc ?section\b"
        r"|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven) (?:month|week)s? old\b"
        r"|\b(?:di|dado) a luz\b|\btuve (?:a )?(?:mi|un|una) (?:bebe|hij[oa]|nin[oa])\b"
        r"|\b(?:pos|post) ?parto\b|\bparto\b|\brecien nacid[oa]\b")),
)
# Doubt, checked before negation ("no sé si", "not sure if").
_DOUBT = re.compile(
    r"\bnot (?:sure|certain)\b|\bunsure\b|\b(?:don't|dont|do not) know\b|\bidk\b"
    r"|\bno idea\b|\bni idea\b|\bmight\b|\bmay be\b|\bmaybe\b|\bcould be\b|\bpossibl[ey]\b"
    r"|\bchance\b|\bposible\b"
    r"|\bperhaps\b|\bprobably\b|\bi think\b|\bwaiting (?:for|on)\b|" + _LATE_PERIOD +
    r"|\b(?:trying|planning|hoping|want|wanting) (?:to|for|on)\b"
    r"|\bno (?:lo )?(?:se|sabe|estoy segur[ao])\b|\bquizas?\b|\btal vez\b|\bpuede (?:que|ser)\b"
    r"|\ba lo mejor\b|\bposiblemente\b|\bpodria\b|\bcreo que\b"
    r"|\b(?:buscando|intentando|planeando)\b")
_NEGATION = re.compile(
    r"\b(?:not|no|never|neither|nor|none|nope|nah|negative|\w+n't|dont|didnt|havent|hasnt"
    r"|isnt|arent|wasnt|aint|cannot|longer|stopped|quit|weaned|used to|done|finished"
    r"|ni|nunca|tampoco|deje de|sin)\b")
# What may follow a topic and still negate it: "pregnant? no", "breastfeeding, not anymore".
_TRAILING_NEGATION = re.compile(
    r"^(?=.*\b(?:no|nope|nah|not|anymore|longer|tampoco|nunca)\b)"
    r"(?:\s*\b(?:no|nope|nah|not|anymore|longer|more|now|currently|ya|tampoco|nunca)\b)+$")
_CLAUSE_BREAK = re.compile(
    r"[,.;:!?()\[\]\-–—]+|\b(but|and|though|although|however|yet|nor|just|only"
    r"|pero|y|sino|sin embargo|aunque|ni(?! idea)|solo|solamente)\b")
# A leading "no" before a statement is an answer of its own: "no i'm breastfeeding".
_LEADING_ANSWER = re.compile(
    r"^(no|nope|nah|yes|yeah|yep|si) (?=(?:i|i'm|im|i've|ive|i am|currently|actually"
    r"|right now)\b)")
# A clause naming no topic can still answer: "neither", "not currently", "ninguna".
_NONE_OF_THESE = re.compile(
    r"^(?:(?:i'm|im|i am) )?(?:none|neither|not|ninguna|ninguno|nada|no aplica|n a|na"
    r"|no to all|(?:it )?(?:doesn't|doesnt|does not) apply)\b")


def _clauses(text: str) -> List[Tuple[str, bool]]:
    """(clause, opened by nor/ni) pairs, each clause cleaned."""
    text = _strip_accents(text.lower().replace("’", "'"))
    text = re.sub(r"(?<=[a-z])-(?=[a-z])", "", text).replace("/", " or ")
    # "pregnant? no", "breastfeeding: yes": the answer stays in its question's clause.
    text = re.sub(r"\s*[?:\-–—]+\s*(?=(?:no|nope|nah|not|yes|yeah|yep|si)\b)", " ", text)
    clauses: List[Tuple[str, bool]] = []
    negate_next = False
    pieces = _CLAUSE_BREAK.split(text)
    for index, piece in enumerate(pieces):
        if index % 2:  # a separator: a conjunction, or None for punctuation
            negate_next = piece in ("nor", "ni")
            continue
        cleaned = _clean(piece or "")
        leading = _LEADING_ANSWER.match(cleaned)
        if leading:
            clauses.append((leading.group(1), negate_next))
            cleaned = cleaned[leading.end():]
        if cleaned:
            clauses.append((cleaned, negate_next))
    return clauses


def _topic_states(clause: str, negated_clause: bool) -> Dict[str, str]:
    """Each topic the clause names: 'yes', 'unsure' or 'no'."""
    states = {}
    doubt = _DOUBT.search(clause)
    for topic, pattern in _PREGNANCY_TOPICS:
        match = pattern.search(clause)
        if not match:
            continue
        if doubt:
            states[topic] = "unsure"
        elif (negated_clause or _NEGATION.search(clause[:match.start()])
              or _TRAILING_NEGATION.match(clause[match.end():])):
            states[topic] = "no"
        else:
            states[topic] = "yes"
    return states


_STRENGTH = {"no": 0, "unsure": 1, "yes": 2}


def parse_pregnancy(text: str) -> Optional[str]:
    """One of triage.PREGNANCY_STATUSES, or None when the text does not answer."""
    cleaned = _clean(text)
    if not cleaned:
        return None
    if _declined(cleaned):
        return DECLINED
    states: Dict[str, str] = {}
    plain_answers = []  # what clauses naming no topic said: "no", "not sure", "none"
    for clause, negated in _clauses(text):
        found = _topic_states(clause, negated)
        for topic, state in found.items():  # a yes anywhere outweighs a no elsewhere
            if _STRENGTH[state] >= _STRENGTH[states.get(topic, "no")]:
                states[topic] = state
        if not found:
            plain_answers.append(_plain_answer(clause))
    return _pregnancy_value(states, plain_answers)


def _plain_answer(clause: str) -> Optional[str]:
    """What a clause that names no topic says: 'unsure', 'no', 'yes' or None."""
    if _DOUBT.search(clause):  # "not sure", "no estoy segura"
        return "unsure"
    if _NONE_OF_THESE.match(clause):
        return "no"
    return parse_yes_no(clause)


def _pregnancy_value(states: Dict[str, str], plain_answers: List[Optional[str]]) -> Optional[str]:
    # Most important for the physician first; one value fits the slot.
    if states.get("pregnant") == "yes":
        return "pregnant"
    if states.get("breastfeeding") == "yes":
        return "breastfeeding"
    if "unsure" in (states.get("pregnant"), states.get("breastfeeding")) or "unsure" in plain_answers:
        return "unsure"
    if states.get("recent_birth") in ("yes", "unsure"):
        return "recent_birth"
    if states or "no" in plain_answers:
        return "none"
    return None


# PHQ-9 item 9, by frequency (English and Spanish). Checked most frequent first,
# and before "no": "no, just sometimes" is a positive answer.
_RISK_FREQUENCIES: Tuple[Tuple[str, re.Pattern], ...] = (
    ("nearly_every_day", re.compile(
        r"(?<!not )\b(nearly|almost) (every|each) day\b|(?<!not )\bevery ?day\b|\bdaily\b"
        r"|\ball (the )?time\b|\bconstant(ly)?\b|\balways\b|\bnon ?stop\b"
        r"|\b(casi )?todos los dias\b|\bsiempre\b|\btodo el (tiempo|dia)\b|\ba diario\b")),
    ("more_than_half", re.compile(
        r"\bmore than half\b|\bmost (days|of the time)\b|\boften\b|\bfrequent(ly)?\b"
        r"|\ba lot\b|\bmas de la mitad\b|\bmuchos dias\b|\bcon frecuencia\b"
        r"|\bfrecuente(mente)?\b|\bmuchas veces\b")),
    ("several_days", re.compile(
        r"\bseveral( days)?\b|\bsome(times| days)\b|\b(a )?few (days|times)\b"
        r"|\bonce( or twice)?\b|\btwice\b|\bcouple\b|\boccasional(ly)?\b"
        r"|\ba (little|bit)\b|\bnow and (then|again)\b|\bhere and there\b"
        r"|\bvarios dias\b|\balgunos dias\b|\ba veces\b|\bde vez en cuando\b"
        r"|\buna vez\b|\bun poco\b")),
)
_RISK_NEVER = re.compile(r"^(no|nope|nah|never|not at all|none|nunca|para nada|no nunca"
                         r"|not really|no not at all|de ninguna manera|0)\b")


def parse_risk_screen(text: str) -> Optional[str]:
    """PHQ-9 item 9 answer: one of triage.RISK_SCREEN_ANSWERS, "yes" when a yes
    gives no frequency, or None when the text does not answer the question."""
    cleaned = _strip_accents(_clean(text))
    if not cleaned:
        return None
    digits = {"0": "not_at_all", "1": "several_days", "2": "more_than_half",
              "3": "nearly_every_day"}
    if cleaned in digits:
        return digits[cleaned]
    for value, pattern in _RISK_FREQUENCIES:
        if pattern.search(cleaned):
            return value
    if _declined(cleaned):  # before "no": "no quiero contestar" is not "not at all"
        return DECLINED
    if _RISK_NEVER.search(cleaned):
        return "not_at_all"
    answer = parse_yes_no(cleaned)
    return answer if answer in ("yes", "unsure") else None


@lru_cache(maxsize=1)
def _condition_forms() -> List[Tuple[re.Pattern, str]]:
    from bot.nlp.pipeline import load_vocabulary

    forms = []
    for canonical, variants in load_vocabulary()["condition"].items():
        for variant in variants:
            pattern = re.compile(r"\b" + re.escape(variant.lower()) + r"\b")
            forms.append((pattern, triage.ENTITY_TO_CONDITION[canonical]))
    forms.sort(key=lambda item: -len(item[0].pattern))  # longest form first
    return forms


_EXTRA_CONDITION_WORDS: Dict[str, str] = {
    "pain": triage.CHRONIC_PAIN,
    "depressed": triage.DEPRESSION,
    "trauma": triage.PTSD,
    "mast cell": triage.MCAS,
    "opioid": triage.OPIOID,
    "opiate": triage.OPIOID,
    "something else": triage.OTHER,
    "other": triage.OTHER,
}


def parse_condition(text: str, entity_value: Optional[str] = None) -> Optional[str]:
    """The triage condition from an extracted entity, else from the words typed."""
    if entity_value in triage.ENTITY_TO_CONDITION:
        return triage.ENTITY_TO_CONDITION[entity_value]
    cleaned = _clean(text)
    if cleaned in triage.CONDITION_LABELS:
        return cleaned
    for pattern, condition in _condition_forms():
        if pattern.search(cleaned):
            return condition
    for word, condition in _EXTRA_CONDITION_WORDS.items():
        if re.search(r"\b" + word + r"\b", cleaned):
            return condition
    return None
