"""Which question a message asks (bot.faq.rules.question_asked), inside a form
and outside one, and which questions are offered when none is sure enough."""

import pytest

from bot.faq.rules import (MAX_SUGGESTIONS, SUGGESTION_FLOOR, UNSURE_QUESTION_FLOOR, likely_questions,
                           question_asked)

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


def test_outside_a_form_the_best_reading_counts_without_a_question_mark():
    # "i drove here" inside a form may answer the form; outside one, a message
    # whose best reading is a question is taken as that question.
    assert question_asked("nlu_fallback", ranking("ask_driving", 0.5), "driving home after",
                          in_form=False) == "ask_driving"
    assert question_asked("nlu_fallback", ranking("ask_driving", 0.5), "driving home after") is None
    assert question_asked("nlu_fallback", ranking("ask_driving", UNSURE_QUESTION_FLOOR - 0.01),
                          "driving home after", in_form=False) is None
    assert question_asked("nlu_fallback", ranking("greet", 0.9), "hey there", in_form=False) is None


def test_likely_questions_are_question_readings_above_the_floor_best_first():
    ranked = [FALLBACK, {"name": "ask_cost", "confidence": 0.3}, {"name": "greet", "confidence": 0.25},
              {"name": "ask_hours", "confidence": 0.2}, {"name": "ask_location", "confidence": 0.15},
              {"name": "ask_age", "confidence": SUGGESTION_FLOOR + 0.01},
              {"name": "ask_sgb", "confidence": SUGGESTION_FLOOR - 0.01}]
    assert likely_questions(ranked) == ["ask_cost", "ask_hours", "ask_location"][:MAX_SUGGESTIONS]
    assert likely_questions([FALLBACK, {"name": "greet", "confidence": 0.4}]) == []


@pytest.mark.parametrize("text", ["¿aceptan mi seguro", "cuanto cuesta el spray", "que es spravato",
                                  "como funciona", "dónde están ubicados", "hay parqueo cerca"])
def test_spanish_questions_read_as_questions_without_a_question_mark(text):
    assert question_asked("nlu_fallback", ranking("ask_cost", 0.5), text) == "ask_cost"


@pytest.mark.parametrize("text", ["como le dije, me duele mucho", "Es por la depresión", "porque me duele"])
def test_spanish_statements_do_not(text):
    assert question_asked("nlu_fallback", ranking("ask_cost", 0.5), text) is None
