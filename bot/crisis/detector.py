"""Deterministic crisis detection: pure logic over spaCy's Matcher, no I/O.

`CrisisDetector().detect(text)` returns a `Detection` (category and the matched
pattern) when a message describes an emergency happening now, else None. It is
one layer of three (with DIET's crisis intents and the Rasa component that runs
this detector on every message), so that no single classifier decides alone.

Steps: normalise panic spellings (normalize.py); match the patterns
(patterns.py) on lower-case text and lemmas; drop matches that are negated
("i am not suicidal"), about the past ("my dad overdosed in 2015"), inside an
idiom ("my pain is killing me"), or topic words inside an information question
("can you overdose on ketamine?"); pick the most urgent category left.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Dict, List, Optional, Tuple

from bot.crisis import patterns as P
from bot.crisis.normalize import normalize

# Most urgent first: first aid for an overdose or another emergency comes before
# crisis-line guidance (which the overdose and medical answers also point to).
PRIORITY = (P.OVERDOSE, P.MEDICAL, P.SELF_HARM)
NEGATION_WINDOW = 3
GENERIC = "generic"
# Topic patterns: emergencies as statements, not when asked about.
TOPIC_PREFIX = "!"


@dataclass(frozen=True)
class Detection:
    category: str
    pattern: str
    text: str  # the matched words, for tests and debugging; never logged

    def __str__(self) -> str:
        return self.category


def _token_spec(token: str) -> dict:
    optional = token.startswith("?")
    token = token.lstrip("?")
    if token == "_":
        return {"OP": "?"}
    if token.startswith("@"):
        values = token[1:].split("|")
        spec = {"LEMMA": {"IN": values}} if len(values) > 1 else {"LEMMA": values[0]}
    else:
        values = token.split("|")
        spec = {"LOWER": {"IN": values}} if len(values) > 1 else {"LOWER": values[0]}
    if optional:
        spec["OP"] = "?"
    return spec


def compile_pattern(pattern: str) -> List[dict]:
    return [_token_spec(t) for t in pattern.lstrip(TOPIC_PREFIX).split()]


@lru_cache(maxsize=1)
def _nlp():
    """Blank English with lookup lemmas (tables from spacy-lookups-data)."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.get_pipe("lemmatizer").initialize()
    return nlp


class CrisisDetector:
    def __init__(self, nlp=None) -> None:
        from spacy.matcher import Matcher

        self.nlp = nlp or _nlp()
        self.matcher = Matcher(self.nlp.vocab, validate=True)
        self._keys: Dict[int, Tuple[str, str]] = {}
        groups = {GENERIC: P.GENERIC_SIGNS, **P.CATEGORY_PATTERNS}
        for category, pattern_list in groups.items():
            for index, pattern in enumerate(pattern_list):
                key = f"{category}:{index}"
                self.matcher.add(key, [compile_pattern(pattern)])
                self._keys[self.nlp.vocab.strings[key]] = (category, pattern)

    def detect(self, text: str) -> Optional[Detection]:
        detections = self.detect_all(text)
        for category in PRIORITY:
            for detection in detections:
                if detection.category == category:
                    return detection
        return None

    def detect_all(self, text: str) -> List[Detection]:
        if not text or not text.strip():
            return []
        normalized = normalize(text[:5000])
        doc = self.nlp(normalized)
        idiom_spans = _idiom_spans(normalized)
        question = _is_question(normalized)
        opioid_context = any(t.lower_ in P.OPIOID_CONTEXT for t in doc)
        found = []
        for match_id, start, end in self.matcher(doc):
            category, pattern = self._keys[match_id]
            span = doc[start:end]
            if _negated(doc, start) or _in_idiom(span, idiom_spans):
                continue
            if _about_the_past(span.sent if doc.has_annotation("SENT_START") else doc, normalized):
                continue
            if question and pattern.startswith(TOPIC_PREFIX):
                continue
            if category == GENERIC:
                category = P.OVERDOSE if opioid_context else P.MEDICAL
            found.append(Detection(category, pattern, span.text))
        return found


def _negated(doc, start: int) -> bool:
    window = doc[max(0, start - NEGATION_WINDOW):start]
    return any(t.lower_ in P.NEGATORS for t in window)


def _idiom_spans(text: str) -> List[Tuple[int, int]]:
    spans = []
    for idiom in P.IDIOMS:
        for match in re.finditer(r"\b" + re.escape(idiom) + r"\b", text):
            spans.append(match.span())
    return spans


def _in_idiom(span, idiom_spans: List[Tuple[int, int]]) -> bool:
    return any(span.start_char < end and start < span.end_char for start, end in idiom_spans)


def _about_the_past(_scope, text: str) -> bool:
    has_past = any(re.search(r"\b" + re.escape(m), text) for m in P.PAST_MARKERS)
    has_now = any(re.search(r"\b" + re.escape(m) + r"\b", text) for m in P.NOW_MARKERS)
    return has_past and not has_now


def _is_question(text: str) -> bool:
    words = text.split()
    return text.rstrip().endswith("?") or (bool(words) and words[0] in P.QUESTION_STARTS)
