"""DIET's reading of each sentence of a longer message is the reading that
sentence gets when sent on its own, so a second question is understood as well
as a first. Checked on the trained model: the sentence's features are cut from
the message's, and must add up to what the featurizers compute for the
sentence alone."""

from __future__ import annotations

import pytest

from bot.faq.next_question import PARSE_KEY, sentences

pytestmark = pytest.mark.integration
DECIMALS = 5

TWO_QUESTIONS = [
    "How much does an infusion cost? Do you take Aetna?",
    "what are your hours on saturday? and where are you located?",
    "Is Spravato a nasal spray, also how long do I stay after the dose",
    "¿Cuánto dura la visita? ¿Puedo manejar después?",
    "my mom has fibromyalgia and CRPS. does ketamine help with that? how many sessions would she need",
]


def diet_ranking(parsed, n):
    return [(r["name"], r["confidence"]) for r in parsed["intent_ranking"] if r["name"] != "nlu_fallback"][:n]


@pytest.mark.parametrize("text", TWO_QUESTIONS)
def test_each_sentence_is_read_as_it_would_be_alone(parse, text):
    readings = parse(text)[PARSE_KEY]
    assert [(r["start"], r["end"]) for r in readings] == [tuple(s) for s in sentences(text)]
    for reading in readings:
        inside = [(r["name"], r["confidence"]) for r in reading["intent_ranking"]]
        alone = diet_ranking(parse(reading["text"]), len(inside))
        assert [name for name, _ in inside] == [name for name, _ in alone], reading["text"]
        assert [c for _, c in inside] == pytest.approx([c for _, c in alone], abs=10 ** -DECIMALS, rel=0)


@pytest.mark.parametrize("text", ["how much does an infusion cost?", "hi", "Thanks. How long is a visit?"])
def test_a_one_question_message_has_no_sentence_readings(parse, text):
    assert PARSE_KEY not in parse(text)
