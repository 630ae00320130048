"""Round 40 (helper b): Spanish SMS abbreviations expanded in a Spanish message only
(bot/crisis/normalize.py, SMS_SPANISH_40B); English with the same letters left as it is."""

import pytest

from bot.crisis.normalize import normalize


@pytest.mark.parametrize("raw,expected", [
    ("mi hno se tomo unos xanax d la calle xfa", "mi hermano se tomo unos xanax de la calle por favor"),
    ("toy sola con mi hna q hago", "estoy sola con mi hermana que hago"),
    ("tamos en la casa, porfa vengan", "estamos en la casa, por favor vengan"),
    ("lo k paso fue q mi tio tb se cayo", "lo que paso fue que mi tio tambien se cayo"),
    ("unas pastillas q compro online, 4 gramos de k", "unas pastillas q compro online, 4 gramos de k"),
    ("no se xq no despierta, x favor ayuda", "no se porque no despierta, por favor ayuda"),
    ("pq no respira bn, plis", "porque no respira bien, por favor"),
    ("mi mama tmb esta mal xf", "mi mama tambien esta mal por favor"),
    # "pa" and "ma" are left alone, and a letter's name stays a letter
    ("pa que sigo aqui, mi ma no sabe", "pa que sigo aqui, mi ma no sabe"),
    ("tengo la vitamina d baja y el plan d de la aseguradora", "tengo la vitamina d baja y el plan d de la aseguradora"),
])
def test_spanish_sms_abbreviations_expand(raw, expected):
    assert normalize(raw) == expected


@pytest.mark.parametrize("raw", [
    "what is plan d if the insurance says no to plan c?",
    "is there a q and a after group?",
    "my vitamin d is low",
    "toy story was on during my infusion",
    "tb test came back negative",
    "k thanks see you friday",
    "can i bring my ma? pa can not drive",
    "x marks the spot, q tips and a d grade",
])
def test_english_with_the_same_letters_is_unchanged(raw):
    assert normalize(raw) == raw.lower()
