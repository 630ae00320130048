"""Escalation records on SQLite and PostgreSQL: one per conversation episode,
every crisis message kept, pages within the paging budget."""

from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from bot.core.db import make_session_factory
from bot.core.models import Delivery, Escalation, EscalationMessage, Page, utcnow
from bot.crisis.escalations import (acknowledge, list_escalations, messages_of, page_backups,
                                    record_crisis_message, record_escalation, resolve)
from bot.oncall.budget import Budget
from bot.oncall.pages import queue_digest
from tests.db_fixtures import database_url, migrated_engine  # noqa: F401

FIELDS = dict(conversation_id="conv-1", message_id="msg-1", category="overdose",
              message_text="he is not breathing")
TARGETS = {"webhook": "http://127.0.0.1:9/page", "email": "oncall@clinic.example"}
BUDGET = Budget(conversation_interval=timedelta(minutes=10), window=timedelta(minutes=10),
                limit=5, digest_delay=timedelta(seconds=60))


@pytest.fixture
def sessions(database_url):  # noqa: F811
    engine = migrated_engine(database_url)
    yield make_session_factory(engine)
    engine.dispose()


def record(sessions, **overrides):
    fields = {**FIELDS, "notify": TARGETS, "budget": BUDGET, **overrides}
    with sessions() as session:
        recorded = record_crisis_message(session=session, **fields)
        return recorded.escalation.id, recorded.outcome


def pages(sessions, kind=None):
    with sessions() as session:
        query = select(Page).order_by(Page.id)
        if kind:
            query = query.where(Page.kind == kind)
        return list(session.execute(query).scalars())


def count(sessions, model):
    with sessions() as session:
        return session.execute(select(func.count()).select_from(model)).scalar_one()


def test_a_retry_is_the_same_record_and_another_conversation_is_another_escalation(sessions):
    with sessions() as session:
        first = record_escalation(session=session, **FIELDS).id
        again = record_escalation(session=session, **FIELDS).id
        later = record_escalation(session=session, **{**FIELDS, "message_id": "msg-2"}).id
        other = record_escalation(session=session, **{**FIELDS, "conversation_id": "conv-2"}).id
        assert first == again == later != other
        rows = list_escalations(session=session)
        assert [r.id for r in rows] == [other, first]
        assert rows[1].status == "open" and rows[1].message_text == "he is not breathing"
        assert rows[1].as_dict()["created_at"]
        assert [m.message_id for m in messages_of(session=session, escalation_id=first)] == [
            "msg-1", "msg-2"]


def test_a_burst_of_20_crisis_messages_is_one_escalation_one_page_and_20_records(sessions):
    outcomes = [record(sessions, message_id=f"m{i}", message_text=f"words {i}")[1]
                for i in range(20)]
    assert outcomes == ["paged"] + ["attached"] * 19
    assert count(sessions, Escalation) == 1
    assert [p.kind for p in pages(sessions)] == ["primary"]
    assert count(sessions, Delivery) == len(TARGETS)  # one page, on each channel
    with sessions() as session:
        (escalation,) = list_escalations(session=session)
        kept = messages_of(session=session, escalation_id=escalation.id)
    assert [m.message_text for m in kept] == [f"words {i}" for i in range(20)]
    assert all(m.category == "overdose" and m.received_at for m in kept)


def test_a_more_severe_message_upgrades_the_escalation_and_pages_once_more(sessions):
    record(sessions, message_id="m1", category="medical_emergency")
    assert record(sessions, message_id="m2", category="overdose")[1] == "upgraded"
    assert record(sessions, message_id="m3", category="overdose")[1] == "attached"
    assert record(sessions, message_id="m4", category="opioid_dependence")[1] == "attached"
    assert record(sessions, message_id="m2", category="overdose")[1] == "upgraded"  # a retry
    assert [(p.kind, p.category) for p in pages(sessions)] == [
        ("primary", "medical_emergency"), ("upgrade", "overdose")]
    with sessions() as session:
        (escalation,) = list_escalations(session=session)
        assert escalation.category == "overdose" and escalation.upgraded_at is not None
        levels = sorted({d.level for d in session.execute(select(Delivery)).scalars()})
    assert levels == ["primary", "upgrade-1"]
    assert record(sessions, message_id="m5", category="overdose_intentional")[1] == "upgraded"
    assert [p.kind for p in pages(sessions)] == ["primary", "upgrade", "upgrade"]


def test_50_conversations_in_a_burst_get_the_budgeted_pages_and_one_digest(sessions):
    now = utcnow()
    outcomes = [record(sessions, conversation_id=f"c{i}", now=now + timedelta(seconds=i / 10))[1]
                for i in range(50)]
    assert outcomes == ["paged"] * 5 + ["held"] * 45
    assert count(sessions, Escalation) == 50 and count(sessions, EscalationMessage) == 50
    with sessions() as session:  # the burst is still arriving: the digest waits for the rest
        assert queue_digest(session=session, budget=BUDGET, targets=TARGETS,
                            now=now + timedelta(seconds=10)) is None
    with sessions() as session:
        digest = queue_digest(session=session, budget=BUDGET, targets=TARGETS,
                              now=now + timedelta(seconds=70))
        assert (digest.held_escalations, digest.held_upgrades) == (45, 0)
    with sessions() as session:  # nothing more to tell, now or later
        for later in (71, 900):
            assert queue_digest(session=session, budget=BUDGET, targets=TARGETS,
                                now=now + timedelta(seconds=later)) is None
    assert [p.kind for p in pages(sessions)] == ["primary"] * 5 + ["digest"]
    with sessions() as session:
        digest_deliveries = session.execute(
            select(Delivery).where(Delivery.level == "digest")).scalars().all()
    assert {d.channel for d in digest_deliveries} == set(TARGETS)
    assert all(d.escalation_id is None for d in digest_deliveries)


def test_a_second_burst_in_the_same_window_waits_for_the_next_digest(sessions):
    now = utcnow()
    for i in range(7):
        record(sessions, conversation_id=f"c{i}", now=now)
    with sessions() as session:
        assert queue_digest(session=session, budget=BUDGET, targets=TARGETS,
                            now=now + timedelta(minutes=1)).held_escalations == 2
    record(sessions, conversation_id="late", now=now + timedelta(minutes=2))
    with sessions() as session:
        assert queue_digest(session=session, budget=BUDGET, targets=TARGETS,
                            now=now + timedelta(minutes=5)) is None
        assert queue_digest(session=session, budget=BUDGET, targets=TARGETS,
                            now=now + timedelta(minutes=11)).held_escalations == 1


def test_an_upgrade_over_the_budget_is_held_for_the_digest(sessions):
    now = utcnow()
    for i in range(5):
        record(sessions, conversation_id=f"c{i}", category="opioid_dependence", now=now)
    assert record(sessions, conversation_id="c0", message_id="m2", category="self_harm",
                  now=now)[1] == "held"
    with sessions() as session:
        digest = queue_digest(session=session, budget=BUDGET, targets=TARGETS,
                              now=now + timedelta(minutes=2))
        assert (digest.held_escalations, digest.held_upgrades) == (0, 1)
        assert session.get(Escalation, 1).category == "self_harm"


def test_a_conversation_pages_at_most_once_per_interval_across_escalations(sessions):
    now = utcnow()
    first, _ = record(sessions, now=now)
    with sessions() as session:
        resolve(session=session, escalation_id=first, by="cyd", note="Called back.")
    second, outcome = record(sessions, message_id="m2", now=now + timedelta(minutes=3))
    assert second != first and outcome == "held"  # recorded, in the digest
    with sessions() as session:
        resolve(session=session, escalation_id=second, by="cyd", note="Called back.")
    assert record(sessions, message_id="m3", now=now + timedelta(minutes=11))[1] == "paged"


def test_an_acknowledged_escalation_takes_new_messages_a_resolved_one_does_not(sessions):
    first, _ = record(sessions)
    with sessions() as session:
        acknowledge(session=session, escalation_id=first, by="cyd")
    assert record(sessions, message_id="m2") == (first, "attached")
    with sessions() as session:
        resolve(session=session, escalation_id=first, by="cyd", note="Spoke with them.")
    later, _ = record(sessions, message_id="m3")
    assert later != first


def test_without_an_on_call_channel_every_message_is_still_kept(sessions):
    outcomes = [record(sessions, message_id=f"m{i}", notify={})[1] for i in range(3)]
    assert outcomes == ["not_paged"] * 3
    assert count(sessions, EscalationMessage) == 3 and pages(sessions) == []


def test_concurrent_retries_of_one_message_make_one_record_and_one_page(sessions):
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = set(pool.map(lambda _: record(sessions), range(16)))
    assert len(results) == 1 and results.pop()[1] == "paged"
    assert count(sessions, Escalation) == 1 and count(sessions, EscalationMessage) == 1
    assert len(pages(sessions)) == 1


def test_concurrent_messages_of_one_conversation_join_one_escalation(sessions):
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda i: record(sessions, message_id=f"m{i}"), range(16)))
    assert len({escalation_id for escalation_id, _ in results}) == 1
    assert sorted(outcome for _, outcome in results) == ["attached"] * 15 + ["paged"]
    assert count(sessions, EscalationMessage) == 16 and len(pages(sessions)) == 1


def test_only_escalations_paged_one_by_one_page_the_backup(sessions):
    now = utcnow() - timedelta(minutes=30)
    ids = [record(sessions, conversation_id=f"c{i}", now=now)[0] for i in range(7)]
    with sessions() as session:
        paged = page_backups(session=session, older_than=utcnow() - timedelta(minutes=5),
                             targets={"webhook": "http://127.0.0.1:9/backup"})
    assert paged == ids[:5]
    assert [p.kind for p in pages(sessions, "backup")] == ["backup"] * 5


def test_unknown_category_is_refused(tmp_path):
    engine = migrated_engine(f"sqlite:///{tmp_path / 'x.db'}")
    with make_session_factory(engine)() as session, pytest.raises(ValueError):
        record_escalation(session=session, **{**FIELDS, "category": "boredom"})
    engine.dispose()


def test_migration_keeps_existing_escalations_as_their_first_message(database_url):  # noqa: F811
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import insert

    from bot.core.settings import PROJECT_DIR

    engine = migrated_engine(database_url)
    config = Config(str(PROJECT_DIR / "alembic.ini"))
    config.set_main_option("script_location", str(PROJECT_DIR / "migrations"))
    config.attributes["engine"] = engine
    command.downgrade(config, "0004")
    now = utcnow()
    table = Escalation.__table__
    rows = [("c1", "m1", "open"), ("c1", "m2", "acknowledged"), ("c2", "m1", "resolved")]
    with engine.begin() as connection:
        for conversation_id, message_id, status in rows:
            connection.execute(insert(table).values(
                conversation_id=conversation_id, message_id=message_id, category="overdose",
                message_text=f"{conversation_id} {message_id}", status=status, created_at=now))
    command.upgrade(config, "head")
    sessions = make_session_factory(engine)
    with sessions() as session:
        kept = session.execute(select(EscalationMessage).order_by(EscalationMessage.id)).scalars()
        assert [(m.escalation_id, m.message_text) for m in kept] == [
            (1, "c1 m1"), (2, "c1 m2"), (3, "c2 m1")]
        # New messages join the newest unresolved escalation of the conversation.
        assert record_escalation(session=session, **{**FIELDS, "conversation_id": "c1",
                                                     "message_id": "m3"}).id == 2
        assert record_escalation(session=session, **{**FIELDS, "conversation_id": "c2",
                                                     "message_id": "m2"}).id == 4
    engine.dispose()


def test_the_conversation_language_is_kept_and_follows_a_switch(sessions):
    first, _ = record(sessions, language="es")
    other, _ = record(sessions, conversation_id="conv-2", language="en")
    unknown, _ = record(sessions, conversation_id="conv-3")
    with sessions() as session:
        assert [e.id for e in list_escalations(session=session, language="es")] == [first]
        assert [e.id for e in list_escalations(session=session, language="en")] == [other]
        assert session.get(Escalation, unknown).language is None
    # The visitor went on in English: staff should call back in English.
    record(sessions, message_id="msg-2", language="en")
    record(sessions, message_id="msg-3")  # not known (the fail-safe): the last known stays
    with sessions() as session:
        assert session.get(Escalation, first).language == "en"


def test_an_unknown_language_is_refused():
    with pytest.raises(ValueError, match="language"):
        record_crisis_message(session=None, **FIELDS, language="fr")
