import pytest

from bot.clinic.profile import (
    Clinic, ClinicFileError, answer_contact, answer_hours, answer_location,
    load_clinic, parse_clinic,
)
from bot.core.settings import PROJECT_DIR

UNCONFIGURED = Clinic(name="The Ainsworth Institute", city="New York, NY")


def test_shipped_clinic_file_loads_and_reports_what_is_unset():
    clinic = load_clinic(PROJECT_DIR / "clinic.yml")
    assert clinic.name == "The Ainsworth Institute"
    assert clinic.city == "New York, NY"
    assert clinic.privacy_notice


def test_configured_details_are_answered(clinic_file):
    clinic = load_clinic(clinic_file)
    assert "1 Test Plaza" in answer_location(clinic)
    hours = answer_hours(clinic)
    assert "Mon-Fri 9am-5pm" in hours and "Sat 10am-2pm" in hours
    contact = answer_contact(clinic)
    assert "+1 212 555 0100" in contact and "https://clinic.example" in contact
    assert clinic.missing_settings() == []


def test_unset_details_are_never_invented():
    location = answer_location(UNCONFIGURED)
    assert "New York, NY" in location and "don't have the street address" in location
    assert "don't have our office hours" in answer_hours(UNCONFIGURED)
    contact = answer_contact(UNCONFIGURED)
    assert "don't have" in contact and "call you back" in contact
    for answer in (location, answer_hours(UNCONFIGURED), contact):
        assert not any(ch.isdigit() for ch in answer)
    assert UNCONFIGURED.missing_settings() == ["phone", "address", "hours", "website"]


@pytest.mark.parametrize("data, message", [
    ([], "mapping"),
    ({"city": "X"}, "name is required"),
    ({"name": "X", "city": "Y", "settings": {"hours": 9}}, "hours"),
    ({"name": "X", "city": "Y", "settings": {"phone": 5551234}}, "phone must be text"),
    ({"name": "X", "city": "Y", "settings": {"timezone": "EST5"}}, "settings.timezone"),
    ({"name": "X", "city": "Y", "settings": {"timezone": "New York"}}, "settings.timezone"),
])
def test_malformed_clinic_files_are_refused_clearly(data, message):
    with pytest.raises(ClinicFileError, match=message):
        parse_clinic(data)


def test_the_time_zone_defaults_to_new_york_and_can_be_set():
    assert parse_clinic({"name": "X", "city": "Y"}).timezone == "America/New_York"
    chicago = parse_clinic({"name": "X", "city": "Y", "settings": {"timezone": "America/Chicago"}})
    assert chicago.zone.key == "America/Chicago"
    assert load_clinic(PROJECT_DIR / "clinic.yml").zone.key == "America/New_York"


def test_missing_or_broken_file(tmp_path):
    with pytest.raises(ClinicFileError, match="cannot read"):
        load_clinic(tmp_path / "absent.yml")
    broken = tmp_path / "broken.yml"
    broken.write_text("name: [unclosed")
    with pytest.raises(ClinicFileError, match="not valid YAML"):
        load_clinic(broken)


def test_parking_transit_and_access_come_from_the_clinic_or_are_said_to_be_missing():
    # "is there parking nearby?" is answered with the location (issue 13).
    assert "don't have details on parking, transit or wheelchair access" in answer_location(UNCONFIGURED)
    assert "estacionamiento" in answer_location(UNCONFIGURED, "es")
    told = Clinic(name="C", city="NYC", address="1 Test Plaza",
                  getting_here="Garage at 2 Test St. Step-free entrance.",
                  getting_here_es="Garaje en 2 Test St. Entrada sin escalones.")
    assert answer_location(told) == "C is at 1 Test Plaza. Garage at 2 Test St. Step-free entrance."
    assert "Entrada sin escalones" in answer_location(told, "es")
    english_only = Clinic(name="C", city="NYC", getting_here="Garage at 2 Test St.")
    assert "Garage at 2 Test St." in answer_location(english_only, "es")
