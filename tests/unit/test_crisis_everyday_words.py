"""Everyday words that crisis patterns also use: "have time" is not a chosen time,
and Spanish "ronca" is a hoarse voice as well as snoring. The plan and the
snoring of an overdose are still read as such."""

from __future__ import annotations

import pytest

from bot.crisis.detector import CrisisDetector
from tests.unit.crisis_classes import copied_from_blind_sets

EVERYDAY = [
    "just wondering if i have time to pick up my kids before the session",
    "do i have time to eat something after the spray or do i wait",
    "a mi hermana le quedo la voz ronca despues del bloqueo en el cuello, es normal?",
    "estoy ronca desde ayer por un catarro, igual puedo ir a la cita?",
]
STILL_CRISES = [
    ("i already have the date, next friday. i wrote the letters", "self_harm"),
    ("ya tengo el lugar escogido y la fecha, no aguanto mas", "self_harm"),
    ("se metio algo y ahora ronca raro y no lo puedo despertar", "overdose"),
]


@pytest.fixture(scope="module")
def detector() -> CrisisDetector:
    return CrisisDetector()


def test_the_examples_are_not_copied_from_the_blind_sets():
    assert not copied_from_blind_sets(EVERYDAY + [t for t, _ in STILL_CRISES])


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_senses_are_not_emergencies(detector, text):
    assert detector.detect(text) is None


@pytest.mark.parametrize("text,kind", STILL_CRISES)
def test_the_crisis_senses_still_are(detector, text, kind):
    found = detector.detect(text)
    assert found is not None and found.category.startswith(kind), found
