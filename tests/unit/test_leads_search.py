"""Finding leads for the staff dashboard, on SQLite and PostgreSQL."""

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import update

from bot.core.db import make_session_factory
from bot.crisis.escalations import record_escalation
from bot.crisis.escalations import escalations_for_conversation
from bot.intake.store import (LeadQuery, get_lead, leads_by_ids,
                       save_lead, search_lead_ids, search_leads,
                       set_status)
from bot.core.models import Lead
from tests.db_fixtures import database_url, migrated_engine  # noqa: F401
from tests.unit.test_leads import FIELDS

DAY = datetime(2026, 3, 10, 12, 0, tzinfo=timezone.utc)


@pytest.fixture
def sessions(database_url):  # noqa: F811
    engine = migrated_engine(database_url)
    yield make_session_factory(engine)
    engine.dispose()


def add_lead(session, conversation_id, created_at=DAY, **changes) -> int:
    lead, _ = save_lead(session=session, conversation_id=conversation_id,
                        fields=replace(FIELDS, **changes))
    session.execute(update(Lead).where(Lead.id == lead.id).values(created_at=created_at))
    session.commit()
    return lead.id


def names(leads):
    return [lead.full_name for lead in leads]


def search(session, **criteria):
    leads, total = search_leads(session=session, query=LeadQuery(**criteria), limit=1000)
    assert total == len(leads)
    return names(leads)


def test_urgent_callbacks_come_first_then_soon_newest_first_within(sessions):
    with sessions() as session:
        add_lead(session, "c1", DAY, full_name="Old routine", urgency="routine")
        add_lead(session, "c2", DAY + timedelta(hours=1), full_name="New routine",
                 urgency="routine")
        add_lead(session, "c3", DAY, full_name="Old urgent", urgency="urgent callback")
        add_lead(session, "c4", DAY + timedelta(hours=2), full_name="New urgent",
                 urgency="urgent callback")
        add_lead(session, "c5", DAY + timedelta(hours=3), full_name="Soon", urgency="soon")
        add_lead(session, "c6", DAY + timedelta(hours=4), full_name="No triage", urgency=None)
        assert search(session) == ["New urgent", "Old urgent", "Soon", "No triage",
                                   "New routine", "Old routine"]
        # Same time: the later id first.
        assert search(session, sort="newest") == ["No triage", "Soon", "New urgent",
                                                  "New routine", "Old urgent", "Old routine"]


def test_filters_by_status_urgency_condition_and_inclusive_dates(sessions):
    with sessions() as session:
        add_lead(session, "c1", datetime(2026, 3, 1, 0, 0, tzinfo=timezone.utc),
                 full_name="March first", condition="ptsd", urgency="soon")
        add_lead(session, "c2", datetime(2026, 3, 31, 23, 59, tzinfo=timezone.utc),
                 full_name="March last", condition="depression")
        third = add_lead(session, "c3", datetime(2026, 4, 1, 0, 0, tzinfo=timezone.utc),
                         full_name="April first", condition="depression")
        set_status(session=session, lead_id=third, status="contacted")
        march = {"created_from": date(2026, 3, 1), "created_to": date(2026, 3, 31)}
        assert sorted(search(session, **march)) == ["March first", "March last"]
        assert search(session, created_from=date(2026, 4, 1)) == ["April first"]
        assert search(session, created_to=date(2026, 2, 28)) == []
        assert search(session, status="contacted") == ["April first"]
        assert search(session, urgency="soon") == ["March first"]
        assert sorted(search(session, condition="depression")) == ["April first", "March last"]
        assert search(session, condition="depression", status="new") == ["March last"]


def test_free_text_finds_names_case_insensitively_and_phones_by_digits(sessions):
    with sessions() as session:
        add_lead(session, "c1", full_name="Maria López", phone="+12125550100")
        add_lead(session, "c2", full_name="John Smith", phone="+442079460000")
        add_lead(session, "c3", full_name="Anonymous", phone=None)
        assert search(session, q="maria") == ["Maria López"]
        assert search(session, q="  SMITH ") == ["John Smith"]
        assert search(session, q="LÓPEZ") == ["Maria López"]
        assert search(session, q="555-0100") == ["Maria López"]
        assert search(session, q="(212) 555") == ["Maria López"]
        assert search(session, q="+44 20 7946") == ["John Smith"]
        assert search(session, q="999") == []
        assert sorted(search(session, q="")) == ["Anonymous", "John Smith", "Maria López"]


def test_like_wildcards_in_the_query_are_literal(sessions):
    with sessions() as session:
        add_lead(session, "c1", full_name="Ann_Lee 100%")
        add_lead(session, "c2", full_name="Annie Lee 1000")
        assert search(session, q="Ann_") == ["Ann_Lee 100%"]
        assert search(session, q="100%") == ["Ann_Lee 100%"]
        assert search(session, q="%") == ["Ann_Lee 100%"]
        assert search(session, q="_") == ["Ann_Lee 100%"]
        assert search(session, q="\\") == []
        assert search(session, q="' OR 1=1 --") == []


def test_pages_and_total(sessions):
    with sessions() as session:
        for n in range(7):
            add_lead(session, f"c{n}", DAY + timedelta(minutes=n), full_name=f"Lead {n}")
        query = LeadQuery(sort="newest")
        first, total = search_leads(session=session, query=query, limit=3)
        third, total_again = search_leads(session=session, query=query, limit=3, offset=6)
        beyond, _ = search_leads(session=session, query=query, limit=3, offset=30)
        assert (total, total_again) == (7, 7)
        assert names(first) == ["Lead 6", "Lead 5", "Lead 4"]
        assert names(third) == ["Lead 0"] and beyond == []
        ids = search_lead_ids(session=session, query=query)
        assert names(leads_by_ids(session=session, lead_ids=ids)) == [
            f"Lead {n}" for n in range(6, -1, -1)]


@pytest.mark.parametrize("criteria", [
    {"status": "deleted"}, {"urgency": "urgent"}, {"sort": "name"},
    {"q": "x" * 101}, {"q": "a\x00b"}, {"created_from": "2026-01-01"},
    {"created_to": datetime(2026, 1, 1, tzinfo=timezone.utc)},
])
def test_bad_criteria_are_refused_naming_the_field(criteria):
    with pytest.raises(ValueError) as error:
        LeadQuery(**criteria)
    assert next(iter(criteria)) in str(error.value)


def test_limits_are_checked(sessions):
    with sessions() as session:
        for limit, offset in ((0, 0), (1001, 0), (10, -1)):
            with pytest.raises(ValueError):
                search_leads(session=session, query=LeadQuery(), limit=limit, offset=offset)


def test_filtered_says_whether_anything_narrows_the_list():
    assert not LeadQuery().filtered and not LeadQuery(sort="newest").filtered
    assert LeadQuery(q="x").filtered and LeadQuery(created_to=date(2026, 1, 1)).filtered


def test_lookups_by_id_and_conversation_and_escalations(sessions):
    with sessions() as session:
        first = add_lead(session, "conv-a", DAY, full_name="A")
        second = add_lead(session, "conv-b", DAY + timedelta(hours=1), full_name="B")
        record_escalation(session=session, conversation_id="conv-b", message_id="m1",
                          category="overdose", message_text="help")
        assert get_lead(session=session, lead_id=first).full_name == "A"
        assert get_lead(session=session, lead_id=999) is None
        assert get_lead(session=session, lead_id=second).full_name == "B"
        assert escalations_for_conversation(session=session, conversation_id="conv-a") == []
        (escalation,) = escalations_for_conversation(session=session, conversation_id="conv-b")
        assert escalation.category == "overdose"


def test_filters_by_the_conversation_language(sessions):
    with sessions() as session:
        add_lead(session, "c1", full_name="Ana", language="es")
        add_lead(session, "c2", full_name="Bob", language="en")
        add_lead(session, "c3", full_name="Old")  # saved before the language was recorded
        assert search(session, language="es") == ["Ana"]
        assert search(session, language="en") == ["Bob"]
        assert LeadQuery(language="es").filtered
    with pytest.raises(ValueError, match="language"):
        LeadQuery(language="fr")
    with pytest.raises(ValueError, match="language"):
        with sessions() as session:
            add_lead(session, "c4", language="Spanish")


def test_dates_are_the_clinics_calendar_days(sessions):
    from zoneinfo import ZoneInfo

    new_york = ZoneInfo("America/New_York")
    with sessions() as session:
        # 03:00 UTC on the 11th is still the evening of the 10th in New York.
        add_lead(session, "c1", datetime(2026, 3, 11, 3, 0, tzinfo=timezone.utc), full_name="Late")
        assert search(session, created_from=date(2026, 3, 10), created_to=date(2026, 3, 10),
                      zone=new_york) == ["Late"]
        assert search(session, created_from=date(2026, 3, 10), created_to=date(2026, 3, 10)) == []
