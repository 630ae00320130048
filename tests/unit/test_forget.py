"""Retention inside kept records: an escalation's words go, the safety record stays;
old notification addresses and staff session addresses go."""

from datetime import datetime, timedelta, timezone

from sqlalchemy import select, update

from bot.core.db import make_session_factory
from bot.core.models import Delivery, Escalation, EscalationMessage, StaffSession
from bot.core.purge import parse_age, purge
from bot.core.settings import Settings
from bot.crisis.escalations import acknowledge, record_crisis_message
from bot.staff.accounts import create_user
from bot.staff.sessions import start_session
from tests.db_fixtures import migrated_engine

NOW = datetime.now(timezone.utc).replace(microsecond=0)
OLD = NOW - timedelta(days=120)
WORDS = "my sister swallowed all her pills"


def _settings(tmp_path):
    return Settings(var_dir=tmp_path / "var", database_url=f"sqlite:///{tmp_path / 'bot.db'}",
                    tracker_store_url=f"sqlite:///{tmp_path / 'no-tracker.db'}")


def _escalation(sessions, conversation_id, at, acknowledged=True):
    with sessions() as session:
        recorded = record_crisis_message(
            session=session, conversation_id=conversation_id, message_id="m1",
            category="overdose", message_text=WORDS,
            notify={"email": "oncall@clinic.example"}, now=at)
        escalation_id = recorded.escalation.id
        if acknowledged:
            acknowledge(session=session, escalation_id=escalation_id, by="dr.osei")
        session.execute(update(Escalation).where(Escalation.id == escalation_id)
                        .values(created_at=at, last_message_at=at))
        session.execute(update(Delivery).where(Delivery.escalation_id == escalation_id)
                        .values(created_at=at, status="delivered"))
        session.commit()
        return escalation_id


def test_purge_clears_old_words_and_addresses_and_keeps_the_safety_record(tmp_path):
    settings = _settings(tmp_path)
    engine = migrated_engine(settings.database_url)
    sessions = make_session_factory(engine)
    old = _escalation(sessions, "old-conversation", OLD)
    still_open = _escalation(sessions, "open-conversation", OLD, acknowledged=False)
    recent = _escalation(sessions, "recent-conversation", NOW - timedelta(days=2))
    with sessions() as session:
        user = create_user(session=session, username="nurse", role="staff",
                           password="violet-lantern-harbour-77")
        _, old_session = start_session(session=session, user=user, ip="198.51.100.7", now=OLD)
        _, new_session = start_session(session=session, user=user, ip="198.51.100.8")
        old_sid, new_sid = old_session.id, new_session.id

    report = purge(settings, parse_age("90d"), now=NOW)

    assert (report.escalation_texts, report.session_addresses) == (1, 1)
    assert report.delivery_addresses >= 1
    with sessions() as session:
        kept = session.get(Escalation, old)
        assert kept.message_text == "" and kept.category == "overdose"
        assert kept.acknowledged_by == "dr.osei" and kept.created_at is not None
        texts = session.execute(select(EscalationMessage.escalation_id,
                                       EscalationMessage.message_text)).all()
        assert {eid: text for eid, text in texts} == {old: "", still_open: WORDS,
                                                      recent: WORDS}
        addresses = dict(session.execute(select(Delivery.escalation_id, Delivery.address)).all())
        assert addresses[old] == "" and addresses[recent] == "oncall@clinic.example"
        assert session.get(Escalation, still_open).message_text == WORDS  # on-call needs it
        assert session.get(StaffSession, old_sid).ip is None
        assert session.get(StaffSession, new_sid).ip == "198.51.100.8"
    again = purge(settings, parse_age("90d"), now=NOW)
    assert (again.escalation_texts, again.delivery_addresses, again.session_addresses) == (
        0, 0, 0)
    engine.dispose()
