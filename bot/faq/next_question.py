"""A second question in the same message ("How much is it? And do you take Aetna?").

Rasa classifies a message as a whole, so one message gets one intent and one
answer. The DIET component (bot.rasa_ext.fast_load) also reads each sentence of
a longer message on its own and puts what it read in the parse data under
`sentence_intents` (`sentences` says where a message splits). After the FAQ
answer to the message, `action_answer_next_question` answers the other
questions found there, with the same table, the same way the first was
answered; `tools/question_eval.py` measures through this same function.

A further sentence is answered only when it reads as a question (a question
mark, or a question's opening words in English or Spanish) and DIET is sure of
it: a story told before a question ("my mom uses a wheelchair") is not asked,
and an unsure sentence is left alone rather than guessed. Chosen on question
rounds 1-6 (README, "Visitor questions, measured"): with FallbackClassifier's
threshold (0.55) and any sentence, 86.8% of questions were answered on topic
but 20.4% also got an answer they had not asked for (10.1% without further
answers); with a question's form and 0.7, 85.3% and 13.6%.
"""

from __future__ import annotations

import re
from typing import Any, Dict, List, Mapping, NamedTuple, Optional, Sequence

from bot.faq.rules import FAQ_ANSWERS
from bot.faq.topics import CAUTIONED_CONDITIONS
from bot.intake.flow import looks_like_question

# How sure DIET must be of a further sentence's reading, and how far ahead of
# the next reading (FallbackClassifier's `ambiguity_threshold` in config.yml).
SURE = 0.7
MARGIN = 0.1
# At most this many further questions answered after the first: a visitor who
# asks three things gets three answers, a long story does not get five.
MAX_MORE = 2
# A sentence shorter than this many words is not read on its own ("Thanks.", "Ok.").
MIN_WORDS = 2

PARSE_KEY = "sentence_intents"

# Where a message may start its next question: after ? ! . ; and a space, before
# an opening "¿", before words that open another question ("and also", "and what
# about", "y también", "otra pregunta", "and how", "y cuánto"), or after a comma
# before "also", "plus", "what about", "también", "además". A bare "also" inside a sentence ("can my
# husband also come in?") is not a boundary.
_OPENERS = (r"and also|oh and|and what about|another question|one more thing|"
            r"y tambi[eé]n|y adem[aá]s|otra pregunta|y qu[eé] tal")
_AFTER_COMMA = r"also|plus|what about|tambi[eé]n|adem[aá]s"
# "and" or "y" before a question's opening words ("how fast does it work and how
# long does it last", "cuánto cuesta y aceptan Medicaid"). Measured on question
# rounds 1-8 with the same model: 86.9% -> 87.4% answered on topic, second
# questions 221 -> 252 of 583, answers not asked for 13.5% -> 13.9%.
_AND_ASKS = (r"and (?:how|what|where|when|which|who|is|are|do|does|did|can|could|will|would|should)|"
             r"y (?:cu[aá]nt[oa]s?|c[oó]mo|d[oó]nde|cu[aá]ndo|aceptan|tienen|hay|puedo|se puede|necesito|tengo que)")
# Punctuation that voice typing leaves as words ("cuánto cuesta Spravato punto aceptan Medicaid",
# "is it covered question mark how long is a visit"): the word itself ends the sentence. A bare
# "punto" is not one in "a punto de", "en punto" (a time), "el/un punto" (a point made), "punto de
# vista" or an address dictated with "punto com".
_DICTATED_STOPS = (r"question mark|full stop|new (?:line|paragraph)|"
                   r"signo de (?:interrogaci[oó]n|pregunta)|punto y (?:seguido|aparte|coma)|nueva l[ií]nea")
_DICTATED_PUNTO = r"(?<!\ba)(?<!\ben)(?<!\bel)(?<!\bun)\s+punto\b(?!\s+(?:de|del|com|net|org|edu|gov|es)\b)"
_BOUNDARY = re.compile(
    rf"(?<=[?!.;])\s+|\s+(?=¿)|\s+(?=(?:{_OPENERS})\b)|,\s*(?=(?:{_AFTER_COMMA})\b)|\s+(?=(?:{_AND_ASKS})\b)"
    rf"|\s+(?:{_DICTATED_STOPS})\b[\s,.]*|{_DICTATED_PUNTO}[\s,.]*",
    re.IGNORECASE)


class Span(NamedTuple):
    start: int
    end: int


def sentences(text: str) -> List[Span]:
    """The sentences of `text` worth reading on their own, as character spans;
    empty when the message is a single sentence."""
    spans: List[Span] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        spans.append(Span(start, match.start()))
        start = match.end()
    spans.append(Span(start, len(text)))
    spans = [_trim(text, s) for s in spans]
    spans = [s for s in spans if len(text[s.start:s.end].split()) >= MIN_WORDS]
    return spans if len(spans) >= 2 else []


def _trim(text: str, span: Span) -> Span:
    start, end = span
    while start < end and text[start] in " ,":
        start += 1
    while end > start and text[end - 1] in " ,":
        end -= 1
    return Span(start, end)


def _sure_reading(ranking: Sequence[Mapping[str, Any]]) -> Optional[str]:
    readings = [(str(r.get("name")), float(r.get("confidence") or 0.0)) for r in ranking]
    if not readings:
        return None
    best, confidence = readings[0]
    runner_up = readings[1][1] if len(readings) > 1 else 0.0
    if confidence < SURE or confidence - runner_up < MARGIN:
        return None
    return best


class NextQuestion(NamedTuple):
    intent: str
    entities: List[Dict[str, Any]]


# A general treatment question asked for a condition whose own answer carries
# cautions ("how fast does ketamine work for postpartum depression?", "IV or the
# spray, two months after my baby?", "how many sessions to get off oxycodone?"):
# the general answer is followed by the condition's, which says that ketamine is
# off-label there and names the approved treatments, with the pregnancy and
# breastfeeding caution (postpartum depression) or the overdose risk of a lost
# tolerance and the sedation ketamine adds to opioids (opioid dependence). A new
# mother asking how fast it works needs those as much as the onset.
GENERAL_TREATMENT_QUESTIONS = frozenset({
    "ask_how_fast", "ask_compare", "ask_iv_infusion", "ask_nasal_ketamine", "ask_spravato",
    "ask_duration", "ask_sessions", "ask_side_effects"})
CONDITION_QUESTION = "ask_condition"


def condition_cautions(entities: Sequence[Mapping[str, Any]], answered: Sequence[str]) -> List[NextQuestion]:
    """The condition's answer to follow a general treatment answer (above), or nothing."""
    if CONDITION_QUESTION in answered or not GENERAL_TREATMENT_QUESTIONS.intersection(answered):
        return []
    named = [dict(e) for e in entities if e.get("entity") == "condition" and e.get("value") in CAUTIONED_CONDITIONS]
    return [NextQuestion(CONDITION_QUESTION, named[:1])] if named else []


def next_questions(parse_data: Mapping[str, Any], answered: Sequence[str]) -> List[NextQuestion]:
    """The further questions in a message, in the order asked, given the
    question intents already answered for it: each a question intent with the
    entities found in its own sentence. A general treatment question asked for a
    cautioned condition brings that condition's answer after it (condition_cautions)."""
    done = set(answered)
    entities = parse_data.get("entities") or []
    found: List[NextQuestion] = condition_cautions(entities, answered)
    done.update(q.intent for q in found)
    for sentence in parse_data.get(PARSE_KEY) or []:
        if not looks_like_question(str(sentence.get("text") or "")):
            continue
        intent = _sure_reading(sentence.get("intent_ranking") or [])
        if intent is None or intent not in FAQ_ANSWERS or intent in done:
            continue
        start, end = int(sentence.get("start", 0)), int(sentence.get("end", 0))
        own = [e for e in entities if start <= int(e.get("start", -1)) and int(e.get("end", -1)) <= end]
        found.append(NextQuestion(intent, own))
        done.add(intent)
        if len(found) == MAX_MORE:
            break
        cautions = condition_cautions(own, [intent])
        if cautions and CONDITION_QUESTION not in done:
            found += cautions
            done.add(CONDITION_QUESTION)
            if len(found) >= MAX_MORE:
                break
    return found


def sentence_reading(span: Span, text: str, ranking: List[Dict[str, Any]]) -> Dict[str, Any]:
    """One entry of `sentence_intents` in the parse data."""
    return {"text": text[span.start:span.end], "start": span.start, "end": span.end,
            "intent": dict(ranking[0]) if ranking else {"name": None, "confidence": 0.0},
            "intent_ranking": ranking}
