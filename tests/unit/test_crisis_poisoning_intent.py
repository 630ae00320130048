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


import pytest  # noqa: E402

from bot.crisis.detector import CrisisDetector  # noqa: E402

# Round 41's merge review: pills found with a note or a letter left beside them.
WITH_A_NOTE = [
    "came home and my son is on the couch with an empty bottle of advil and a note on the table",
    "my sister swallowed a whole pack of her sleeping pills, she wrote a goodbye letter",
    "encontre a mi hija con el frasco de tylenol vacio y una carta de despedida",
    "mi papa se tomo muchas pastillas de la presion y dejo una nota",
]
NOT_A_FAREWELL = [
    # a doctor's note is not a farewell: the plain poisoning guidance fits
    ("my dad took 30 aspirin by mistake, his ears are ringing. i have a note from his doctor saying 2 a day", "poisoning"),
]


@pytest.fixture(scope="module")
def detector() -> CrisisDetector:
    return CrisisDetector()


@pytest.mark.parametrize("text", WITH_A_NOTE)
def test_pills_with_a_note_left_get_the_intentional_overdose_guidance(detector, text):
    found = detector.detect(text)
    assert found is not None and found.category == categories.OVERDOSE_INTENTIONAL.key, found


@pytest.mark.parametrize("text, kind", NOT_A_FAREWELL)
def test_a_doctors_note_is_not_a_farewell(detector, text, kind):
    found = detector.detect(text)
    assert found is not None and found.category == kind, found
