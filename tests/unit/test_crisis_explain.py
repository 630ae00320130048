"""tools/crisis_explain.py names the layer that raised a crisis reading, so that a
false alarm is fixed in that layer (patterns, DIET's examples or the risk model).
Each branch of the crisis guard's choice must be named as the guard took it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

TOOLS = Path(__file__).resolve().parents[2] / "tools"
sys.path.insert(0, str(TOOLS))

import crisis_explain as ce  # noqa: E402
from bot.crisis import rasa_component as G  # noqa: E402


def which(detected=None, ruled_out=False, intent="out_of_scope", confidence=0.5,
          risk_kind=None, risk_probability=None):
    ranking = [{"name": intent, "confidence": confidence}]
    chosen = G.choose_category(detected, intent, ranking, ruled_out, risk_kind, risk_probability)
    return chosen, ce._which_rule(detected, ruled_out, {"intent": intent, "confidence": confidence},
                                  risk_kind, risk_probability, chosen)


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


def test_weak_readings_that_agree_are_named():
    chosen, rule = which(intent="crisis_possible_risk", confidence=0.7, risk_probability=0.9)
    assert chosen == "possible_risk" and rule.startswith("DIET and risk model agree")


def test_the_risk_model_alone_is_named():
    chosen, rule = which(intent="ask_cost", confidence=0.8, risk_kind="medical",
                         risk_probability=0.99)
    assert chosen == "medical_emergency" and rule == "risk model alone (medical)"


def test_no_reading_names_no_rule():
    assert which(intent="ask_cost", confidence=0.9, risk_probability=0.1) == (None, "-")
