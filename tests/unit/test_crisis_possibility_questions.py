"""Questions about whether an overdose is possible are information questions, not
overdoses under way: a worried parent asking "can my daughter overdose on her
spravato?" wants the answer about the medicine, not 911 and naloxone steps. The
emergency itself, told beside or after such a question, is still an emergency."""

from __future__ import annotations

import pytest

from bot.crisis.detector import CrisisDetector
from tests.unit.crisis_classes import copied_from_blind_sets

POSSIBILITY_QUESTIONS = [
    "can someone overdose on ketamine?",
    "could my son overdose on the nasal spray if he uses it twice in one day",
    "can my wife overdose on her spravato at home",
    "would a person overdose on the compounded spray?",
    "se puede tener una sobredosis de spravato",
    "se pueden dar sobredosis con la ketamina nasal",
    "hay riesgo de sobredosis con la ketamina de ustedes",
    "existe el riesgo de una sobredosis con el spray",
    "uno se puede dar una sobredosis con el spravato",
    "puede alguien tener una sobredosis de ketamina en la clinica",
]

STILL_EMERGENCIES = [
    "can someone help he overdosed on his pills and wont wake up",
    "my son overdosed on fent, can you help",
    "mi hermano se puede estar muriendo de una sobredosis, no respira",
    "hay una sobredosis en el tren ahora mismo, que hago",
    "can someone overdose on ketamine? my roommate took a lot and now he is not breathing",
]


@pytest.fixture(scope="module")
def detector() -> CrisisDetector:
    return CrisisDetector()


def test_the_examples_are_not_copied_from_the_blind_sets():
    assert not copied_from_blind_sets(POSSIBILITY_QUESTIONS + STILL_EMERGENCIES)


@pytest.mark.parametrize("text", POSSIBILITY_QUESTIONS)
def test_asking_whether_an_overdose_is_possible_is_not_an_overdose(detector, text):
    assert detector.detect(text) is None


@pytest.mark.parametrize("text", STILL_EMERGENCIES)
def test_an_overdose_told_is_still_an_emergency(detector, text):
    found = detector.detect(text)
    assert found is not None and found.category in ("overdose", "overdose_intentional", "poisoning"), found
