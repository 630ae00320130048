"""A long-standing condition or a mood told in words that name a sign
(question round 13: a new mother for whom everything went grey since the
birth, a visitor with mast cell activation who has had hives and fainting
spells for years, blotchy skin the day after an infusion) is a question, not
an emergency; the same words with a danger now still get the guidance."""

import pytest

from bot.crisis import categories as C
from bot.crisis.detector import CrisisDetector


@pytest.fixture(scope="module")
def detector():
    return CrisisDetector()


@pytest.mark.parametrize("text", [
    "ever since the birth everything went grey and i cant enjoy my baby, can ketamine help with postpartum",
    "my life has been so gray since the divorce, is that the kind of depression you treat",
    "desde que naci mi bebe todo se ve gris, es depresion posparto?",
    "mi vida se volvio gris hace meses, la ketamina ayuda?",
    "i get hives, flushing and fainting spells all the time, can ketamine help mcas",
    "for years i have had dizzy spells and hives, could it be mast cells",
    "tengo desmayos a veces y ronchas, la ketamina sirve para el mcas?",
    "my daughter has fainting episodes every few weeks from pots, can she still get spravato",
    "got blotchy skin the day after the iv, is that a normal side effect",
])
def test_a_long_standing_condition_or_a_mood_is_a_question(detector, text):
    assert detector.detect(text) is None


@pytest.mark.parametrize("text, category", [
    ("his face went grey and he collapsed, not breathing", None),
    ("she has had fainting spells for years and right now she fainted and is not breathing", None),
    ("i have fainting spells all the time and now my throat is closing", C.MEDICAL.key),
    ("my skin is blotchy and my throat is closing", C.MEDICAL.key),
    ("everything went grey and i have the pills ready for tonight", None),
])
def test_the_same_words_with_a_danger_now_still_get_the_guidance(detector, text, category):
    found = detector.detect(text)
    assert found is not None
    if category is not None:
        assert found.category == category
