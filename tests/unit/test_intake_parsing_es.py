"""Intake answers typed in Spanish (issue 15): names with two surnames and a
Spanish lead-in, dates of birth as Spanish speakers write them, phone numbers
in a sentence, and "I have no email"."""

from datetime import date

import pytest

from bot.intake import parsing
from bot.intake.flow import declines_email

TODAY = date(2026, 11, 30)


@pytest.mark.parametrize("text, name", [
    ("me llamo María Fernanda Rodríguez Peña", "María Fernanda Rodríguez Peña"),
    ("soy Ana Beltrán Cruz", "Ana Beltrán Cruz"),
    ("yo soy Kelvin Almonte", "Kelvin Almonte"),
    ("mi nombre completo es Luz María Santana de Jesús", "Luz María Santana de Jesús"),
    ("Yesenia De la Rosa", "Yesenia De la Rosa"),
    ("Soyla Pérez", "Soyla Pérez"),  # a name that starts like "soy" keeps its letters
])
def test_spanish_names(text, name):
    assert parsing.parse_full_name(text).value == name


@pytest.mark.parametrize("text, iso", [
    ("naci el 14 de marzo de 1985", "1985-03-14"),
    ("nací el 2 de febrero del 92", "1992-02-02"),
    ("1ro de enero de 1983", "1983-01-01"),
    ("primero de mayo de 1970", "1970-05-01"),
    ("mi fecha de nacimiento es 3 de mayo de 1970", "1970-05-03"),
])
def test_spanish_dates_of_birth(text, iso):
    assert parsing.parse_date_of_birth(text, today=TODAY).value == iso


@pytest.mark.parametrize("text, e164", [
    ("mi celular es 646-555-0187", "+16465550187"),
    ("llamame al (917) 555-0142", "+19175550142"),
    ("+52 55 1234 5678", "+525512345678"),
])
def test_spanish_phone_sentences(text, e164):
    assert parsing.parse_phone(text).value == e164


@pytest.mark.parametrize("text, declines", [
    ("no tengo correo", True), ("sin correo electronico", True), ("ninguno", True),
    ("ana@example.com", False), ("mi correo es ana@example.com", False),
])
def test_no_email_in_spanish(text, declines):
    assert declines_email(text) is declines


@pytest.mark.parametrize("text", [
    "me llamo José Ramírez Peña, gracias", "José Ramírez Peña. Muchas gracias!",
])
def test_a_spanish_thank_you_is_not_part_of_the_name(text):
    assert parsing.parse_full_name(text).value == "José Ramírez Peña"


@pytest.mark.parametrize("text, method", [
    ("llámenme por favor", "phone"), ("Llámeme al celular", "phone"),
    ("prefiero que me llamen", "phone"), ("mejor me llaman", "phone"),
    ("por teléfono", "phone"), ("al celular", "phone"), ("llamenme", "phone"),
    ("textéenme", "text"), ("un mensajito al celular", "text"),
    ("no me llamen, mejor un mensaje", "text"), ("nunca llamen, solo correo", "email"),
])
def test_contact_methods_as_spanish_speakers_type_them(text, method):
    assert parsing.parse_contact_method(text).value == method


@pytest.mark.parametrize("text", [
    "pago por mi cuenta", "pagaré en efectivo", "no tengo aseguranza",
    "no tengo seguro médico", "no tengo seguro, gracias",
])
def test_no_insurance_and_self_pay_in_spanish(text):
    assert parsing.parse_insurance(text).value == "none"


def test_a_spanish_plan_is_kept_as_typed():
    assert parsing.parse_insurance("tengo Medicaid, Fidelis Care").value == \
        "tengo Medicaid, Fidelis Care"
