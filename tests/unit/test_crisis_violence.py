"""Violence at home, now or threatened now (categories.VIOLENCE): the detector reads it as
its own category, whoever tells it (the writer, a child, a neighbour, a friend), in English
and Spanish, and leaves abuse long past, idioms, films, sports and games alone. The cases
were written for the class by a helper who never saw the patterns
(tests/unit/crisis_violence_cases.py)."""

import pytest

from bot.crisis.detector import CrisisDetector
from tests.unit import crisis_violence_cases as cases
from tests.unit.crisis_classes import copied_from_blind_sets


@pytest.fixture(scope="module")
def detector() -> CrisisDetector:
    return CrisisDetector()


def test_the_cases_are_not_copied_from_the_blind_sets():
    assert not copied_from_blind_sets([t for t, _ in cases.CLASSES] + cases.QUIET)


@pytest.mark.parametrize("text,expected", cases.CLASSES, ids=[t[:60] for t, _ in cases.CLASSES])
def test_violence_now_gets_the_violence_guidance(detector, text, expected):
    found = detector.detect(text)
    assert found is not None and found.category == expected, found


@pytest.mark.parametrize("text", cases.QUIET, ids=[t[:60] for t in cases.QUIET])
def test_abuse_long_past_idioms_and_stories_stay_quiet(detector, text):
    assert detector.analyze(text)[0] == []


@pytest.mark.parametrize("text,expected", [
    # the killing words are the attacker's, and a wish of the writer's own still gets 988
    ("mi marido me amenazo con matarme anoche y tengo miedo", "violence"),
    ("my boyfriend threatened to kill me and honestly i want to die", "self_harm"),
    # an overdose told beside an attack keeps its first aid
    ("my husband hit me and then i took all my sleeping pills", "overdose_intentional"),
])
def test_the_attackers_words_are_not_the_writers_and_other_emergencies_keep_their_order(detector, text, expected):
    assert detector.detect(text).category == expected
