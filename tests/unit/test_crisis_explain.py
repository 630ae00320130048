"""The crisis guard names the rule that decided each message
(choose_category_with_reason), and tools/crisis_explain.py reports the guard's
own reading, so a false alarm is fixed in the layer that raised it (patterns,
DIET's examples or the risk model). Each branch must be named as the guard
took it, including the ones where DIET's top intent is the fallback."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from rasa.shared.nlu.training_data.message import Message

TOOLS = Path(__file__).resolve().parents[2] / "tools"
sys.path.insert(0, str(TOOLS))

from bot.crisis import rasa_component as G  # noqa: E402


def which(detected=None, ruled_out=False, intent="out_of_scope", confidence=0.5,
          risk_kind=None, risk_probability=None, ranking=None):
    ranking = ranking if ranking is not None else [{"name": intent, "confidence": confidence}]
    chosen, reason = G.choose_category_with_reason(detected, intent, ranking, ruled_out,
                                                   risk_kind, risk_probability)
    assert chosen == G.choose_category(detected, intent, ranking, ruled_out,
                                       risk_kind, risk_probability)
    return chosen, reason


def test_the_detector_is_named_when_it_fires():
    assert which(detected="overdose") == ("overdose", "detector")


def test_a_rule_out_is_named_even_over_a_confident_diet():
    chosen, rule = which(ruled_out=True, intent="crisis_self_harm", confidence=0.99)
    assert chosen is None and rule.startswith("ruled out")


@pytest.mark.parametrize("intent,expected", [("crisis_self_harm", "self_harm"),
                                             ("crisis_medical", "medical_emergency")])
def test_a_confident_diet_reading_is_named(intent, expected):
    chosen, rule = which(intent=intent, confidence=0.98, risk_probability=0.5)
    assert chosen == expected and rule.startswith("DIET confident")


def test_a_confident_diet_reading_the_risk_model_disagrees_with_is_named_as_such():
    chosen, rule = which(intent="crisis_medical", confidence=0.98, risk_probability=0.05)
    assert chosen is None and "risk model disagrees" in rule


def test_a_suicide_risk_reading_under_the_fallback_is_named_as_the_ask_tier():
    # DIET's top intent is nlu_fallback; the guard reads the best intent after it.
    ranking = [{"name": "nlu_fallback", "confidence": 0.55},
               {"name": "crisis_self_harm", "confidence": G.ASK_MIN_CONFIDENCE + 0.02}]
    chosen, rule = which(intent="nlu_fallback", ranking=ranking, risk_probability=0.5)
    assert chosen == "possible_risk" and rule.startswith("DIET suicide-risk reading")


def test_weak_readings_that_agree_under_the_fallback_are_named():
    ranking = [{"name": "nlu_fallback", "confidence": 0.55},
               {"name": "crisis_overdose", "confidence": G.AGREED_DIET_MIN + 0.05}]
    chosen, rule = which(intent="nlu_fallback", ranking=ranking, risk_probability=0.9)
    assert chosen == "overdose" and rule.startswith("DIET and risk model agree")


def test_weak_readings_that_agree_are_named():
    chosen, rule = which(intent="crisis_possible_risk", confidence=0.7, risk_probability=0.9)
    assert chosen == "possible_risk" and rule.startswith("DIET and risk model agree")


def test_the_risk_model_alone_is_named():
    chosen, rule = which(intent="ask_cost", confidence=0.8, risk_kind="medical",
                         risk_probability=0.99)
    assert chosen == "medical_emergency" and rule == "risk model alone (medical)"


def test_no_reading_names_no_rule():
    assert which(intent="ask_cost", confidence=0.9, risk_probability=0.1) == (None, "-")


def _parsed(text, intent, confidence):
    message = Message(data={"text": text})
    message.set("intent", {"name": intent, "confidence": confidence})
    message.set("intent_ranking", [{"name": intent, "confidence": confidence}])
    message.set("entities", [])
    return message


def test_the_guard_reads_what_it_acts_on():
    guard = G.CrisisGuard({"risk_model": None})
    reading = guard.read(_parsed("my friend is not breathing after fentanyl", "ask_cost", 0.9))
    assert (reading.category, reading.reason, reading.risk_consulted) == ("overdose", "detector", False)
    quiet = guard.read(_parsed("what are your hours", "ask_hours", 0.99))
    assert quiet.category is None and quiet.risk_consulted and quiet.reason == "-"


def test_the_tool_reports_the_guards_reading(monkeypatch):
    import crisis_explain as ce

    guard = G.CrisisGuard({"risk_model": None})

    def parse_with_the_guard(_model):
        def parse(text):
            message = _parsed(text, "ask_hours", 0.99)
            guard.process([message])
            return {"intent": message.get("intent"), "entities": message.get("entities")}
        return parse

    monkeypatch.setattr(ce, "load_parser", parse_with_the_guard)
    rows = ce.explain(["my friend is not breathing after fentanyl", "what are your hours"],
                      Path("unused"))
    assert [(r["category"], r["reason"], r["final_intent"]) for r in rows] == [
        ("overdose", "detector", "crisis_overdose"), (None, "-", "ask_hours")]
    assert G.CrisisGuard.read is not None and "recording" not in G.CrisisGuard.read.__name__
