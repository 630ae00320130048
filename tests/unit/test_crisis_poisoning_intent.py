"""The intentional overdose guidance is an at-risk reading: it carries 988 and the
"are you safe" follow-up. Which messages get it, and which get the plain poisoning
guidance instead, is checked case by case through the OVERDOSE_KIND lists of the
cases modules (tests/unit/test_crisis_classes_by_round.py,
test_overdose_guidance_fits_the_substance; round 38's poisons are
tests/unit/crisis_round38_p_cases.py)."""

from __future__ import annotations

from bot.crisis import categories


def test_the_intentional_overdose_guidance_asks_after_the_visitors_safety():
    assert categories.OVERDOSE_INTENTIONAL.at_risk
    assert not categories.POISONING.at_risk
