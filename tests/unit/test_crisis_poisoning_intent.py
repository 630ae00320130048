"""A poison swallowed on purpose gets the intentional-overdose guidance (the overdose
steps with 988 and "are you safe"); one swallowed by accident gets the poisoning
guidance without them (round 38, helper p: tests/unit/crisis_round38_p_cases.py)."""

from __future__ import annotations

import pytest

from bot.crisis import categories
from bot.crisis.detector import CrisisDetector
from tests.unit import crisis_round38_p_cases as cases


@pytest.fixture(scope="module")
def detector() -> CrisisDetector:
    return CrisisDetector()


@pytest.mark.parametrize("text", [text for text, _ in cases.CLASSES])
def test_a_poison_swallowed_on_purpose_is_an_intentional_overdose(detector, text):
    found = detector.detect(text)
    assert found is not None and found.category == categories.OVERDOSE_INTENTIONAL.key
    assert categories.OVERDOSE_INTENTIONAL.at_risk


# the accidents among the cases that must stay emergencies (the others state a wish)
@pytest.mark.parametrize("text", [text for text, kind in cases.STILL_EMERGENCIES if kind == cases.O])
def test_a_poison_swallowed_by_accident_gets_the_poisoning_guidance(detector, text):
    found = detector.detect(text)
    assert found is not None and found.category == categories.POISONING.key
