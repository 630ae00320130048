"""Leads on SQLite and PostgreSQL: one per conversation, stored verbatim, validated."""

import json
import threading
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from bot.core.db import make_session_factory
from bot.intake.store import (MAX_TEXT_CHARS, LeadFields, SchemaNotReady, ensure_leads_table,
                       get_lead_by_conversation, list_leads, save_lead, set_status)
from bot.core.models import LEAD_STATUSES, Base
from bot.core.settings import PROJECT_DIR
from tests.db_fixtures import database_url, migrated_engine  # noqa: F401

CONSENT_AT = datetime(2026, 11, 27, 15, 30, tzinfo=timezone.utc)
NOTICE_SHA = "a" * 64
# A distinctive value: error messages must never contain what the visitor typed.
PRIVATE = "Hypothetical Private Value"

FIELDS = LeadFields(
    full_name="Maria Lopez",
    date_of_birth=date(1985, 3, 14),
    phone="+12125550100",
    email="maria@example.com",
    contact_method="text",
    best_time="morning",
    condition="depression",
    description="Two antidepressants have not helped.",
    insurance="Aetna",
    consent_at=CONSENT_AT,
    privacy_notice_sha=NOTICE_SHA,
    triage_summary="Depression, 2 antidepressants tried.",
    urgency="routine",
    triage_pathway="Spravato (esketamine) nasal spray, taken in the office under supervision",
    physician_review_flags=("History of psychosis reported or uncertain",),
)

# Free-text fields (phone, contact method and the notice hash have fixed formats).
TEXT_FIELDS = ("full_name", "email", "best_time", "condition", "description", "insurance",
               "triage_summary", "urgency", "triage_pathway")


@pytest.fixture
def sessions(database_url):  # noqa: F811
    engine = migrated_engine(database_url)
    yield make_session_factory(engine)
    engine.dispose()


def test_a_second_submit_updates_the_lead_and_keeps_its_status(sessions):
    with sessions() as session:
        lead, created = save_lead(session=session, conversation_id="conv-1", fields=FIELDS)
        assert created and lead.status == "new"
        first_created, first_updated = lead.created_at, lead.updated_at
        set_status(session=session, lead_id=lead.id, status="contacted")
    with sessions() as session:
        again, created = save_lead(session=session, conversation_id="conv-1",
                                   fields=replace(FIELDS, full_name="Maria López", phone=None))
        assert not created and again.id == lead.id
    with sessions() as session:
        stored = get_lead_by_conversation(session=session, conversation_id="conv-1")
        assert stored.full_name == "Maria López" and stored.phone is None
        assert stored.status == "contacted"
        assert stored.as_dict()["created_at"] == lead.as_dict()["created_at"]
        assert _utc(stored.updated_at) > _utc(first_updated) >= _utc(first_created)
        assert len(list_leads(session=session)) == 1


def test_an_identical_resubmit_still_moves_updated_at(sessions):
    with sessions() as session:
        lead, _ = save_lead(session=session, conversation_id="conv-1", fields=FIELDS)
        before = _utc(lead.updated_at)
        again, created = save_lead(session=session, conversation_id="conv-1", fields=FIELDS)
        assert not created and _utc(again.updated_at) > before


@pytest.mark.parametrize("round_", range(3))
def test_concurrent_submits_of_one_conversation_leave_one_whole_lead(sessions, round_):
    threads_count = 8
    barrier = threading.Barrier(threads_count)
    results, errors = [], []
    conversation_id = f"race-{round_}"

    def submit(i):
        fields = replace(FIELDS, full_name=f"Visitor {i}", description=f"submission {i}")
        try:
            with sessions() as session:
                barrier.wait(timeout=30)
                lead, created = save_lead(session=session, conversation_id=conversation_id,
                                          fields=fields)
                results.append((lead.id, created))
        except Exception as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=submit, args=(i,)) for i in range(threads_count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert len({lead_id for lead_id, _ in results}) == 1
    assert sum(created for _, created in results) == 1
    with sessions() as session:
        (lead,) = list_leads(session=session)
        # One submission, whole: the name and the description come from the same one.
        number = lead.full_name.removeprefix("Visitor ")
        assert lead.description == f"submission {number}"


@pytest.mark.parametrize("payload", ["<script>alert(1)</script>", "'); DROP TABLE leads; --"])
def test_hostile_text_is_stored_and_read_back_verbatim(sessions, payload):
    hostile = replace(FIELDS, physician_review_flags=(payload,),
                      **{name: payload for name in TEXT_FIELDS})
    with sessions() as session:
        save_lead(session=session, conversation_id=payload, fields=hostile)
    with sessions() as session:
        (lead,) = list_leads(session=session)
        assert lead.conversation_id == payload
        for name in TEXT_FIELDS:
            assert getattr(lead, name) == payload, name
        assert lead.physician_review_flags == [payload]
        assert json.loads(json.dumps(lead.as_dict()))["description"] == payload
        assert inspect(session.connection()).has_table("leads")


def test_unicode_and_long_descriptions_round_trip(sessions):
    names = ["Zoë Ñúñez-Łukasiewicz", "李小龍", "محمد عبد الله", "Ngozi 😀 O'Neil"]
    description = ("Mañana ✓ " * 200)[:1000]
    with sessions() as session:
        for i, name in enumerate(names):
            save_lead(session=session, conversation_id=f"u-{i}",
                      fields=replace(FIELDS, full_name=name, description=description))
    with sessions() as session:
        stored = {lead.conversation_id: lead for lead in list_leads(session=session)}
        assert [stored[f"u-{i}"].full_name for i in range(len(names))] == names
        assert all(lead.description == description for lead in stored.values())
        assert len(description) == 1000


def test_list_is_newest_first_and_filters_by_status(sessions):
    with sessions() as session:
        ids = [save_lead(session=session, conversation_id=f"c-{i}", fields=FIELDS)[0].id
               for i in range(3)]
        set_status(session=session, lead_id=ids[1], status="scheduled")
        assert [lead.id for lead in list_leads(session=session)] == ids[::-1]
        assert [lead.id for lead in list_leads(session=session, status="scheduled")] == [ids[1]]
        assert list_leads(session=session, status="closed") == []


def test_status_is_validated(sessions):
    with sessions() as session:
        lead, _ = save_lead(session=session, conversation_id="conv-1", fields=FIELDS)
        for status in LEAD_STATUSES:
            assert set_status(session=session, lead_id=lead.id, status=status).status == status
        with pytest.raises(ValueError, match="status must be one of"):
            set_status(session=session, lead_id=lead.id, status="lost")
        with pytest.raises(ValueError, match="status must be one of"):
            list_leads(session=session, status="lost")
        assert set_status(session=session, lead_id=lead.id + 100, status="new") is None


def test_as_dict_is_json_ready(sessions):
    with sessions() as session:
        lead, _ = save_lead(session=session, conversation_id="conv-1", fields=FIELDS)
    with sessions() as session:
        row = json.loads(json.dumps(list_leads(session=session)[0].as_dict()))
    assert {"id", "conversation_id", "full_name", "date_of_birth", "phone", "email",
            "contact_method", "best_time", "condition", "description", "insurance",
            "consent_at", "triage_summary", "urgency", "triage_pathway",
            "physician_review_flags", "status", "created_at", "updated_at"} <= set(row)
    assert row["date_of_birth"] == "1985-03-14"
    assert row["physician_review_flags"] == ["History of psychosis reported or uncertain"]
    assert datetime.fromisoformat(row["consent_at"]) == CONSENT_AT
    for key in ("created_at", "updated_at"):
        assert datetime.fromisoformat(row[key]).utcoffset() == timedelta(0)


@pytest.mark.parametrize("change, field", [
    (dict(full_name=PRIVATE * 10), "full_name"),
    (dict(insurance=PRIVATE * 10), "insurance"),
    (dict(description="x" * (MAX_TEXT_CHARS + 1)), "description"),
    (dict(phone=PRIVATE), "phone"),
    (dict(phone="212-555-0100"), "phone"),
    (dict(contact_method="pigeon"), "contact_method"),
    (dict(email=PRIVATE + "\x00"), "email"),
    (dict(best_time="\ud800"), "best_time"),
    (dict(condition=42), "condition"),
    (dict(date_of_birth=datetime(1985, 3, 14)), "date_of_birth"),
    (dict(consent_at=datetime(2026, 11, 27, 15, 30)), "consent_at"),
    (dict(privacy_notice_sha=PRIVATE), "privacy_notice_sha"),
    (dict(physician_review_flags=PRIVATE), "physician_review_flags"),
    (dict(physician_review_flags=(PRIVATE * 50,)), "physician_review_flags"),
])
def test_values_we_cannot_store_are_refused_naming_the_field_not_the_value(tmp_path, change,
                                                                             field):
    engine = migrated_engine(f"sqlite:///{tmp_path / 'x.db'}")
    with make_session_factory(engine)() as session:
        with pytest.raises(ValueError) as raised:
            save_lead(session=session, conversation_id="conv-1", fields=replace(FIELDS, **change))
        assert field in str(raised.value)
        assert PRIVATE not in str(raised.value) and "212-555" not in str(raised.value)
        assert list_leads(session=session) == []
    engine.dispose()


def test_consent_time_is_stored_in_utc(sessions):
    new_york = timezone(timedelta(hours=-5))
    with sessions() as session:
        save_lead(session=session, conversation_id="conv-1",
                  fields=replace(FIELDS, consent_at=CONSENT_AT.astimezone(new_york)))
    with sessions() as session:
        row = list_leads(session=session)[0].as_dict()
    assert row["consent_at"] == "2026-11-27T15:30:00+00:00"


def test_migrated_schema_matches_the_models(database_url):  # noqa: F811
    engine = migrated_engine(database_url)
    with engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
    engine.dispose()


def test_leads_migration_downgrades_and_upgrades_again(database_url):  # noqa: F811
    engine = migrated_engine(database_url)
    config = Config(str(PROJECT_DIR / "alembic.ini"))
    config.set_main_option("script_location", str(PROJECT_DIR / "migrations"))
    config.attributes["engine"] = engine
    command.downgrade(config, "0002")
    assert not inspect(engine).has_table("leads")
    assert inspect(engine).has_table("deliveries")
    command.upgrade(config, "head")
    assert inspect(engine).has_table("leads")
    engine.dispose()


def test_an_unmigrated_database_is_reported_clearly(tmp_path):
    from bot.core.db import make_engine

    engine = make_engine(f"sqlite:///{tmp_path / 'fresh.db'}")
    with make_session_factory(engine)() as session:
        with pytest.raises(SchemaNotReady, match="python -m bot db upgrade"):
            ensure_leads_table(session=session)
    engine.dispose()


def _utc(value: datetime) -> datetime:
    # SQLite returns naive datetimes (stored in UTC); PostgreSQL aware ones.
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value
