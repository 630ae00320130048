"""A heart sign after a ketamine or Spravato dose: racing now is an emergency;
the heart named alone, or a past racing asked about, is not (question round
12: a racing heart the day after an infusion elsewhere, asked as "is that
normal?", got the 911 guidance)."""

import pytest

from bot.crisis.detector import CrisisDetector
from bot.crisis import categories as C


@pytest.fixture(scope="module")
def detector():
    return CrisisDetector()


@pytest.mark.parametrize("text", [
    "just got home from my infusion and my heart is pounding so hard i feel faint",
    "after the spravato my heart will not stop racing and its been 20 min",
    "right after my ketamine session my heart keeps skipping, what do i do",
    "despues del tratamiento tengo el corazon acelerado y me siento muy mal",
    "acabo de salir de la sesion de ketamina y el corazon me esta latiendo muy rapido",
    "since my treatment an hour ago i have bad palpitations and feel dizzy",
])
def test_a_heart_racing_now_after_a_dose_gets_the_emergency_guidance(detector, text):
    found = detector.detect(text)
    assert found is not None and found.category == C.MEDICAL.key


@pytest.mark.parametrize("text", [
    "after my infusions my heart feels lighter than it has in years",
    "does your heart rate go up after spravato?",
    "after my last session at another place my heart was racing for a bit the next day, is that normal?",
    "la semana pasada despues de la infusion el corazon me latia rapido, eso es efecto secundario?",
    "after the treatment last month i had palpitations for an hour, is that common with ketamine",
    "since starting ketamine my heart is in a better place honestly",
])
def test_the_heart_named_alone_or_a_past_racing_asked_about_is_not_an_emergency(detector, text):
    assert detector.detect(text) is None


@pytest.mark.parametrize("text", [
    "i did my 3 sprays of spravato today and felt a little dizzy after",
    "took 6 sprays of my ketamine nasal spray like the doctor said, bit dizzy now, normal?",
    "hice mis 4 disparos del spray y me maree un poco, es normal?",
    "el spray de ketamina me dio demasiado sueno, es normal que me maree?",
])
def test_an_ordinary_dose_counted_in_sprays_is_not_an_overdose(detector, text):
    assert detector.detect(text) is None


@pytest.mark.parametrize("text", [
    "i used my ketamine spray like 12 times and my legs are numb",
    "took 8 extra sprays of my ketamine and i cant feel my legs",
    "did like 9 sprays of my ketamine spray in an hour, i cant feel my body",
    "i think i used too much of my ketamine spray, cant feel my legs",
    "me puse demasiado spray de ketamina y tengo las piernas dormidas",
    "me puse el spray como 10 veces y tengo las piernas dormidas",
])
def test_more_sprays_than_a_dose_with_numbness_is_still_caught(detector, text):
    assert detector.detect(text) is not None
