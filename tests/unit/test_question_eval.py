"""The question measure (tools/question_eval.py) counts what a visitor would
notice: the answer to the question asked, and answers to questions not asked."""

from __future__ import annotations

import sys
from pathlib import Path

TOOLS = Path(__file__).resolve().parents[2] / "tools"
sys.path.insert(0, str(TOOLS))

import question_eval as qe  # noqa: E402


def question(topic: str, also: str = "") -> "qe.Question":
    return qe.Question("a visitor's question", topic, also, "en")


def test_an_answer_in_two_bubbles_is_one_answer():
    # The postpartum answer always ends with its safety note (bot/faq/topics.py).
    replies = ("utter_condition_postpartum", "utter_condition_postpartum_safety")
    assert qe.answered(question("ppd"), replies)
    assert not qe.off_topic(question("ppd"), replies)


def test_a_neighbouring_answer_is_counted_as_not_asked():
    assert qe.off_topic(question("onset"), ("utter_cost",))
    assert qe.off_topic(question("ppd"), ("utter_condition_postpartum", "utter_cost"))


def test_the_second_question_asked_is_not_counted_as_extra():
    replies = ("utter_cost", "action_clinic_info:ask_hours")
    assert not qe.off_topic(question("cost", also="hours"), replies)
    assert qe.off_topic(question("cost"), replies)


def test_a_continuation_alone_does_not_answer_its_lead_topic():
    # The safety note on its own answers a pregnancy question, not a postpartum one.
    assert not qe.answered(question("ppd"), ("utter_condition_postpartum_safety",))
    assert qe.answered(question("pregnancy"), ("utter_condition_postpartum_safety",))


def test_a_callback_request_answers_a_contact_question_only():
    # "Can someone call me back?" starts the callback form: the contact asked for.
    assert qe.answered(question("contact"), ("intent:request_callback",))
    assert not qe.answered(question("hours"), ("intent:request_callback",))
    assert not qe.answered(question("new_patient"), ("intent:start_triage",))


def test_help_with_opioid_dependence_answers_the_opioid_question_after_the_helpline():
    # data/crisis_rules.yml: the SAMHSA helpline first, then the clinic's answer.
    replies = qe.replies_for("opioid_dependence_help", [])
    assert replies.index("utter_crisis_opioid_help") < replies.index("utter_condition_opioid")
    assert qe.answered(question("opioid_dependence"), replies)
    assert not qe.off_topic(question("opioid_dependence"), replies)


def test_an_emergency_reply_answers_no_question():
    replies = qe.replies_for("crisis_overdose", [])
    assert "utter_crisis_overdose" in replies
    assert not any(qe.answered(question(topic), replies) for topic in qe.TOPIC_ANSWERS)
