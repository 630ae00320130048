"""'In and out' and 'knocked out' name an emergency when they are about
consciousness, not when a visitor asks about a visit or about sedation.

A class found while writing question data (round 5): questions about how long a
visit takes ("a quick in and out"), driving to the clinic and back, and whether
a patient is "knocked out" during an infusion read as a medical emergency."""

from __future__ import annotations

import pytest

from bot.crisis.detector import CrisisDetector


@pytest.fixture(scope="module")
def detector() -> CrisisDetector:
    return CrisisDetector()


@pytest.mark.parametrize("text", [
    "my uncle keeps going in and out after his pain pills, hard to keep him awake",
    "she is in and out of it and her lips look grey",
    "grandpa has been in and out of consciousness since lunch",
    "he's in and out and mumbling, what do i do",
    "mi tía está entrando y saliendo, casi no contesta",
    "my daughter fell off the monkey bars, was knocked out for a few seconds and now she's vomiting",
    "he got knocked out playing hockey and keeps asking the same questions",
])
def test_consciousness_coming_and_going_is_an_emergency(detector, text):
    assert detector.detect(text) is not None


@pytest.mark.parametrize("text", [
    "is a spravato visit a quick in and out or should i take the day off",
    "can i get in and out within an hour for the nasal spray visit",
    "i'd like to drive in and out the same day, is that allowed after the dose",
    "my son has been in and out of the hospital for years, could ketamine help his depression",
    "mi esposo ha estado entrando y saliendo del hospital, aceptan pacientes nuevos?",
    "are you knocked out during the infusion or awake the whole time",
    "will i be knocked out for the iv or just relaxed",
    "getting knocked out by the medicine scares me, how strong is the dose",
])
def test_visit_and_sedation_questions_are_not_emergencies(detector, text):
    assert detector.detect(text) is None
