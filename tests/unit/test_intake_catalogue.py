"""domain.yml, the database, the lead store, the CSV export and the lead page
agree with the one declaration of intake fields (bot/intake/fields.py) and of
lead statuses (bot/intake/statuses.py)."""

import csv
import io
from dataclasses import fields as dataclass_fields, replace

import pytest
import yaml
from sqlalchemy import inspect

from bot.core.db import make_session_factory
from bot.core.models import LEAD_STATUSES, Lead
from bot.core.settings import PROJECT_DIR
from bot.intake import fields as F
from bot.intake import statuses as S
from bot.intake.flow import CONFIRMED, CONSENT
from bot.intake.store import LeadFields, get_lead, list_leads, save_lead, set_status
from bot.staff.export import BOM, leads_csv
from bot.web.staff.leads import lead_facts
from tests.db_fixtures import migrated_engine
from tests.unit.test_leads import FIELDS as SAVED

DOMAIN = yaml.safe_load((PROJECT_DIR / "domain.yml").read_text(encoding="utf-8"))


@pytest.fixture
def engine(tmp_path):
    """A real SQLite database, migrated with the project's Alembic migrations."""
    engine = migrated_engine(f"sqlite:///{tmp_path / 'catalogue.db'}")
    yield engine
    engine.dispose()


# --- domain.yml ----------------------------------------------------------------


def test_every_field_is_a_slot_asked_by_the_intake_form_in_catalogue_order():
    asked = DOMAIN["forms"]["intake_form"]["required_slots"]
    assert asked == [CONSENT, *F.FIELDS, CONFIRMED]
    for slot in F.FIELDS:
        assert slot in DOMAIN["slots"], slot


def test_every_field_has_its_question():
    # utter_ask_<slot>, or action_ask_<slot> when the question depends on earlier
    # answers (contact_method offers only the ways the visitor gave details for).
    for slot in F.FIELDS:
        assert (f"utter_ask_{slot}" in DOMAIN["responses"]
                or f"action_ask_{slot}" in DOMAIN["actions"]), slot


# --- the database --------------------------------------------------------------


def test_every_field_has_an_optional_column_on_the_leads_table():
    for field in F.INTAKE_FIELDS:
        column = Lead.__table__.c.get(field.column)
        assert column is not None, field.column
        assert column.nullable, field.column  # a skipped answer is stored as NULL


def test_every_field_column_exists_after_the_migrations(engine):
    migrated = {column["name"]: column for column in inspect(engine).get_columns("leads")}
    for field in F.INTAKE_FIELDS:
        assert field.column in migrated, field.column
        assert migrated[field.column]["nullable"], field.column


def test_the_lead_store_takes_every_field():
    attributes = {attribute.name for attribute in dataclass_fields(LeadFields)}
    assert {field.column for field in F.INTAKE_FIELDS} <= attributes


# --- the catalogue itself ---------------------------------------------------------


def test_slots_columns_labels_and_titles_are_distinct():
    for attribute in ("slot", "column", "label", "label_for_staff", "csv_title"):
        values = [getattr(field, attribute) for field in F.INTAKE_FIELDS]
        assert len(set(values)) == len(values), attribute


def test_a_word_for_a_field_names_only_that_field():
    claimed = [phrase for field in F.INTAKE_FIELDS for phrase in field.names]
    assert len(set(claimed)) == len(claimed)
    assert all(phrase == phrase.lower() for phrase in claimed)


def test_a_lead_can_always_be_reached():
    assert len(F.CONTACT_SLOTS) >= 2  # skipping one leaves another


def test_staff_read_the_short_details_first_then_the_long_ones():
    assert set(F.STAFF_ORDER) == set(F.INTAKE_FIELDS)
    long = [field.long_text for field in F.STAFF_ORDER]
    assert long == sorted(long)


# --- what the visitor typed reaches staff --------------------------------------


def _slot_values(lead: LeadFields) -> dict:
    """The slots as the chat holds them after each answer was read."""
    return {field.slot: str(getattr(lead, field.column)) for field in F.INTAKE_FIELDS}


def test_every_answer_given_in_the_chat_becomes_its_lead_column():
    answers = F.lead_answers(_slot_values(SAVED))
    assert answers == {field.column: getattr(SAVED, field.column) for field in F.INTAKE_FIELDS}


def test_skipped_or_empty_answers_are_stored_as_not_given():
    skipped = {slot: F.NOT_GIVEN for slot in F.FIELDS}
    assert set(F.lead_answers(skipped).values()) == {None}
    assert set(F.lead_answers({}).values()) == {None}


def test_every_answer_appears_in_the_csv_export_and_on_the_lead_page(engine):
    fields = replace(SAVED, **F.lead_answers(_slot_values(SAVED)))
    with make_session_factory(engine)() as session:
        lead, _ = save_lead(session=session, conversation_id="conv-1", fields=fields)
        lead = get_lead(session=session, lead_id=lead.id)
        exported = leads_csv([lead.as_dict()])
        facts = {fact.label: fact.text for fact in lead_facts(lead)}
    row = next(csv.DictReader(io.StringIO(exported[len(BOM):], newline="")))
    for field in F.INTAKE_FIELDS:
        stored = getattr(SAVED, field.column)
        assert row[field.csv_title].lstrip("'") == str(stored), field.slot
        assert facts[field.label_for_staff] == field.display(str(stored), whole=True), field.slot
    assert facts["Phone"] == "+1 212-555-0100" and facts["Date of birth"] == "March 14, 1985"


# --- lead statuses -----------------------------------------------------------------


def test_statuses_are_declared_once_with_a_label_each():
    assert LEAD_STATUSES == S.KEYS
    assert len(set(S.KEYS)) == len(S.KEYS) and len(set(S.LABELS.values())) == len(S.KEYS)
    assert S.label("not_a_fit") == "Not a fit" and S.label("archived") == "archived"


def test_a_new_lead_starts_with_the_first_status_in_the_models_and_the_migrations(engine):
    assert S.STATUSES[0] is S.NEW
    assert Lead.__table__.c.status.default.arg == S.NEW.key
    column = {c["name"]: c for c in inspect(engine).get_columns("leads")}["status"]
    assert str(column["default"]).strip("'\"") == S.NEW.key


def test_the_database_takes_exactly_the_declared_statuses(engine):
    length = {c["name"]: c for c in inspect(engine).get_columns("leads")}["status"]["type"].length
    with make_session_factory(engine)() as session:
        lead, _ = save_lead(session=session, conversation_id="conv-1", fields=SAVED)
        assert lead.status == S.NEW.key
        for status in S.STATUSES:
            assert len(status.key) <= length, status.key
            set_status(session=session, lead_id=lead.id, status=status.key)
            assert [l.status for l in list_leads(session=session, status=status.key)] == [status.key]
        for other in ("archived", "New", "not a fit", ""):
            with pytest.raises(ValueError, match="status must be one of"):
                set_status(session=session, lead_id=lead.id, status=other)
        assert get_lead(session=session, lead_id=lead.id).status == S.STATUSES[-1].key
