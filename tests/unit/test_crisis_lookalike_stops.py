"""Round 21: a look-alike filter (a film scene, a death of old age, a pet put to
sleep, a naloxone training, a former medic's memories) rules a message out and
overrules DIET only when nothing of the writer's own is told after it; where the
writer's own wish or plan follows in words no pattern knows, DIET still reads it."""

from __future__ import annotations

import pytest

from bot.crisis.detector import CrisisDetector


@pytest.fixture(scope="module")
def detector() -> CrisisDetector:
    return CrisisDetector()


@pytest.mark.parametrize("text", [
    "the character in that show jumps and i keep thinking i should do the same tonight",
    "my grandma passed peacefully at 95 and i keep thinking it's my turn",
    "we had to put our cat down and i keep thinking it's my turn next",
    "went to a naloxone training today, help me, i can't stop thinking about doing it",
    "as a former paramedic i remember the calls, and honestly i'm thinking about doing the same",
])
def test_a_filter_leaves_diet_alone_where_the_writers_own_crisis_follows(detector, text):
    assert detector.analyze(text) == ([], False)


@pytest.mark.parametrize("text", [
    "the character in that show jumps at the end, i cried",
    "my grandma passed peacefully at 95, can i move my session?",
    "we had to put our cat down this morning, can i cancel today?",
    "when is the next naloxone training at the library?",
    "as a former paramedic i remember the calls, does ketamine help with ptsd?",
])
def test_the_same_filters_rule_out_the_look_alike_alone(detector, text):
    assert detector.analyze(text) == ([], True)
