"""Triage answers typed in Spanish (issue 15): yes, no and unsure the way people
write them, durations and counts of antidepressants."""

import pytest

from bot.triage.parsing import parse_count, parse_duration, parse_yes_no


@pytest.mark.parametrize("text, value", [
    ("sí", "yes"), ("si", "yes"), ("claro", "yes"), ("claro que si", "yes"), ("si, dos veces", "yes"),
    ("por supuesto", "yes"), ("no", "no"), ("no gracias", "no"), ("nunca", "no"), ("no, nunca", "no"),
    ("para nada", "no"), ("no estoy segura", "unsure"), ("no estoy seguro", "unsure"),
    ("no sé", "unsure"), ("nose", "unsure"), ("no me acuerdo", "unsure"), ("tal vez", "unsure"),
    ("creo que si", "unsure"), ("prefiero no decir", "declined"),
])
def test_spanish_yes_no_and_unsure(text, value):
    assert parse_yes_no(text) == value


@pytest.mark.parametrize("text, bucket", [
    ("más de un año", "over_1_year"), ("mas de un ano", "over_1_year"),
    ("desde hace dos años", "over_1_year"), ("hace años", "over_1_year"),
    ("toda la vida", "over_1_year"), ("unos 8 meses", "6_to_12_months"),
    ("6 a 12 meses", "6_to_12_months"), ("hace como 3 meses", "under_6_months"),
    ("un par de semanas", "under_6_months"), ("menos de 6 meses", "under_6_months"),
])
def test_spanish_durations(text, bucket):
    assert parse_duration(text) == bucket


@pytest.mark.parametrize("text, count", [
    ("ninguno", 0), ("uno", 1), ("dos", 2), ("tres o mas", 3), ("probé zoloft y lexapro", 2),
])
def test_spanish_counts_of_antidepressants(text, count):
    assert parse_count(text) == count
