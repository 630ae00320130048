import pytest

from bot.triage import rules as triage
from bot.triage.parsing import (
    parse_condition, parse_count, parse_duration, parse_pregnancy, parse_risk_screen,
    parse_yes_no,
)


@pytest.mark.parametrize("text, expected", [
    ("Yes", "yes"), ("yeah i have", "yes"), ("yep", "yes"), ("Sí", "yes"),
    ("No", "no"), ("nope", "no"), ("no i haven't", "no"), ("never", "no"),
    ("Not sure", "unsure"), ("idk", "unsure"), ("maybe", "unsure"),
    ("Prefer not to say", "unsure"), ("", None), ("purple", None), ("🙂", None),
])
def test_yes_no(text, expected):
    assert parse_yes_no(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("None", 0), ("1", 1), ("two", 2), ("3 or more", 3), ("7", 3), ("zoloft and lexapro", 2),
    ("prozac, wellbutrin, cymbalta and effexor", 3), ("a couple", 2), ("lots", 3), ("banana", None),
])
def test_antidepressant_count(text, expected):
    assert parse_count(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Less than 6 months", "under_6_months"), ("6 to 12 months", "6_to_12_months"),
    ("More than a year", "over_1_year"), ("about 3 weeks", "under_6_months"),
    ("8 months", "6_to_12_months"), ("2 yrs", "over_1_year"), ("a few years now", "over_1_year"),
    ("since i was a teenager", "over_1_year"), ("a year", "6_to_12_months"), ("yesterday-ish?", None),
])
def test_duration(text, expected):
    assert parse_duration(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Pregnant", "pregnant"), ("i'm 20 weeks pregnant", "pregnant"), ("Breastfeeding", "breastfeeding"),
    ("still nursing my son", "breastfeeding"), ("Gave birth in the last year", "recent_birth"),
    ("had my baby in march", "recent_birth"), ("None of these", "none"), ("no", "none"),
    ("not pregnant", "none"), ("hmm", None),
])
def test_pregnancy(text, expected):
    assert parse_pregnancy(text) == expected


@pytest.mark.parametrize("text, entity, expected", [
    ("Chronic nerve pain", None, triage.CHRONIC_PAIN), ("my RSD", None, triage.CHRONIC_PAIN),
    ("fibro flares", None, triage.CHRONIC_PAIN), ("Depression", None, triage.DEPRESSION),
    ("TRD", None, triage.DEPRESSION), ("ptsd from combat", None, triage.PTSD),
    ("ppd", None, triage.POSTPARTUM), ("MCAS", None, triage.MCAS),
    ("Opioid dependence", None, triage.OPIOID), ("Something else", None, triage.OTHER),
    ("anything", "CRPS", triage.CHRONIC_PAIN), ("qwerty", None, None),
])
def test_condition(text, entity, expected):
    assert parse_condition(text, entity) == expected


def test_postpartum_depression_is_not_read_as_plain_depression():
    assert parse_condition("postpartum depression") == triage.POSTPARTUM


@pytest.mark.parametrize("text, expected", [
    # The buttons, in the questionnaire's own words.
    ("Not at all", "not_at_all"), ("Several days", "several_days"),
    ("More than half the days", "more_than_half"), ("Nearly every day", "nearly_every_day"),
    # Free text, English and Spanish.
    ("no", "not_at_all"), ("never", "not_at_all"), ("nunca", "not_at_all"),
    ("para nada", "not_at_all"), ("0", "not_at_all"),
    ("sometimes", "several_days"), ("once or twice", "several_days"),
    ("a veces", "several_days"), ("varios días", "several_days"),
    ("most days", "more_than_half"), ("pretty often tbh", "more_than_half"),
    ("más de la mitad de los días", "more_than_half"),
    ("every day honestly", "nearly_every_day"), ("all the time", "nearly_every_day"),
    ("casi todos los días", "nearly_every_day"), ("siempre", "nearly_every_day"),
    # A no followed by a frequency is a frequency: safety first.
    ("no, just sometimes", "several_days"), ("not every day but sometimes", "several_days"),
    ("yes", "yes"), ("sí", "yes"),
    ("not sure", "unsure"), ("prefer not to say", "unsure"),
    ("", None), ("what does this have to do with ketamine", None),
])
def test_risk_screen(text, expected):
    assert parse_risk_screen(text) == expected
    assert expected is None or expected in triage.RISK_SCREEN_ANSWERS
