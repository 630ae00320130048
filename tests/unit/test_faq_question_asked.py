"""Which question a message inside a form asks (bot.faq.rules.question_asked)."""

import pytest

from bot.faq.rules import UNSURE_QUESTION_FLOOR, question_asked

FALLBACK = {"name": "nlu_fallback", "confidence": 0.55}


def ranking(name, confidence):
    return [FALLBACK, {"name": name, "confidence": confidence}]


def test_a_question_intent_is_the_question():
    assert question_asked("ask_cost", [], "how much is it") == "ask_cost"


@pytest.mark.parametrize("text", ["can i drive after?", "how long do i stay after spravato"])
def test_the_best_reading_of_an_unsure_question_counts_when_confident_enough(text):
    assert question_asked("nlu_fallback", ranking("ask_driving", UNSURE_QUESTION_FLOOR), text) == "ask_driving"


@pytest.mark.parametrize("intent, ranked, text", [
    ("nlu_fallback", ranking("ask_driving", UNSURE_QUESTION_FLOOR - 0.01), "can i drive after?"),
    ("nlu_fallback", ranking("ask_driving", 0.5), "i drove here"),  # not asked
    ("nlu_fallback", ranking("inform", 0.5), "is it three years?"),  # not a question intent
    ("inform", ranking("ask_driving", 0.5), "can i drive after?"),  # the NLU was sure
    ("nlu_fallback", [FALLBACK], "what?"),
])
def test_anything_else_is_not_a_question(intent, ranked, text):
    assert question_asked(intent, ranked, text) is None
