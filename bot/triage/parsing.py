"""Turn what visitors type (or the buttons they press) into triage answers.

Pure functions: text in, a normalised value out, or None when the text does not
answer the question (the form then asks again, explaining the options).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Dict, List, Optional, Tuple

from bot.triage import rules as triage

_YES = {
    "yes", "y", "yeah", "yea", "yep", "yup", "ya", "sure", "correct", "right", "true",
    "i have", "i do", "i am", "i did", "definitely", "absolutely", "of course", "si", "sí",
    "affirmative", "ok", "okay", "uh huh", "mhm", "probably",
}
_NO = {
    "no", "n", "nope", "nah", "never", "not really", "none", "no i haven't", "i haven't",
    "i don't", "i do not", "i have not", "not at all", "negative", "neither", "no never",
    "nothing", "no none", "not that i know of",
}
_UNSURE = {
    "not sure", "unsure", "i don't know", "idk", "dont know", "don't know", "maybe",
    "i'm not sure", "im not sure", "no idea", "can't remember", "cant remember",
    "not certain", "possibly", "i think so", "no se", "no sé", "prefer not to say",
    "rather not say", "i'd rather not say",
}


def _clean(text: str) -> str:
    text = text.lower().replace("’", "'")
    text = re.sub(r"[^\w\s']", " ", text)
    return " ".join(text.split())


def parse_yes_no(text: str) -> Optional[str]:
    """'yes' | 'no' | 'unsure' | None."""
    cleaned = _clean(text)
    if not cleaned:
        return None
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
}


# Brand and generic names, so "zoloft and lexapro" counts as two.
_ANTIDEPRESSANTS = (
    ("sertraline", "zoloft"), ("fluoxetine", "prozac"), ("escitalopram", "lexapro"),
    ("citalopram", "celexa"), ("paroxetine", "paxil"), ("venlafaxine", "effexor"),
    ("duloxetine", "cymbalta"), ("bupropion", "wellbutrin"), ("mirtazapine", "remeron"),
    ("trazodone", "desyrel"), ("vortioxetine", "trintellix"), ("desvenlafaxine", "pristiq"),
    ("vilazodone", "viibryd"), ("amitriptyline", "elavil"), ("nortriptyline", "pamelor"),
    ("zuranolone", "zurzuvae"), ("brexanolone", "zulresso"),
)


def parse_count(text: str) -> Optional[int]:
    """Antidepressants tried: 0, 1, 2 or 3 (three or more); None if not a count."""
    cleaned = _clean(text)
    named = sum(1 for names in _ANTIDEPRESSANTS if any(n in cleaned for n in names))
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


_MONTHS_PER_UNIT = {"day": 1 / 30, "week": 0.25, "month": 1, "mo": 1, "year": 12, "yr": 12}
_AMOUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "couple": 2, "few": 3, "several": 4}
_DURATION = re.compile(
    r"(\d+(?:\.\d+)?|an?|one|two|three|couple|few|several)\s*(?:of\s*)?(day|week|month|mo|year|yr)s?\b"
)
_LIFELONG = re.compile(
    r"\b(since (i was|childhood|my teens|high school|college)|forever|"
    r"as long as i can remember|my whole life|decades?|years)\b"
)


def _bucket(months: float) -> str:
    if months < 6:
        return "under_6_months"
    if months <= 12:
        return "6_to_12_months"
    return "over_1_year"


def parse_duration(text: str) -> Optional[str]:
    """'under_6_months' | '6_to_12_months' | 'over_1_year' | None."""
    cleaned = _clean(text)
    if re.search(r"\b(less than|under) 6\b", cleaned):
        return "under_6_months"
    if re.search(r"\b6 (to )?12\b", cleaned):
        return "6_to_12_months"
    if re.search(r"\b(more than|over) (a|1|one) (year|yr)", cleaned):
        return "over_1_year"
    match = _DURATION.search(cleaned)
    if match:
        amount, unit = match.groups()
        count = _AMOUNT_WORDS[amount] if amount in _AMOUNT_WORDS else float(amount)
        return _bucket(count * _MONTHS_PER_UNIT[unit])
    if _LIFELONG.search(cleaned):
        return "over_1_year"
    return None


def parse_pregnancy(text: str) -> Optional[str]:
    """'pregnant' | 'breastfeeding' | 'recent_birth' | 'none' | None."""
    cleaned = _clean(text)
    if re.search(r"\b(breast ?feed\w*|nursing|pumping|lactating)\b", cleaned) and not cleaned.startswith("not "):
        return "breastfeeding"
    if re.search(r"\b(not|never|no)\b.*\bpregnan", cleaned) or cleaned.startswith("none"):
        return "none"
    if re.search(r"\bpregnan|expecting\b", cleaned):
        return "pregnant"
    if re.search(r"\b(gave birth|had (a|my) baby|delivered|postpartum|newborn|baby (is|was)|months? postpartum)\b", cleaned):
        return "recent_birth"
    if parse_yes_no(cleaned) == "no" or cleaned in {"none of these", "none of the above", "no to all"}:
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


def _strip_accents(text: str) -> str:
    return text.translate(str.maketrans("áéíóúüñ", "aeiouun"))


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
    if _RISK_NEVER.search(cleaned):
        return "not_at_all"
    answer = parse_yes_no(cleaned)
    if answer == "yes":
        return "yes"
    if answer == "unsure":
        return "unsure"
    return None


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
