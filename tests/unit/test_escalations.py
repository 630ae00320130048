"""Escalation records on SQLite and PostgreSQL: created once per message."""

from concurrent.futures import ThreadPoolExecutor

import pytest

from bot.core.db import make_session_factory
from bot.crisis.escalations import list_escalations, record_escalation
from tests.db_fixtures import database_url, migrated_engine  # noqa: F401

FIELDS = dict(conversation_id="conv-1", message_id="msg-1", category="overdose",
              message_text="he is not breathing")


def test_recorded_once_per_message(database_url):  # noqa: F811
    engine = migrated_engine(database_url)
    sessions = make_session_factory(engine)
    with sessions() as session:
        first = record_escalation(session=session, **FIELDS)
        again = record_escalation(session=session, **FIELDS)
        other = record_escalation(session=session, **{**FIELDS, "message_id": "msg-2"})
        assert first.id == again.id != other.id
        rows = list_escalations(session=session)
        assert [r.id for r in rows] == [other.id, first.id]
        assert rows[1].status == "open" and rows[1].message_text == "he is not breathing"
        assert rows[1].as_dict()["created_at"]
    engine.dispose()


def test_concurrent_retries_of_one_message_make_one_record(database_url):  # noqa: F811
    engine = migrated_engine(database_url)
    sessions = make_session_factory(engine)

    def save(_):
        with sessions() as session:
            return record_escalation(session=session, **FIELDS).id

    with ThreadPoolExecutor(max_workers=8) as pool:
        ids = set(pool.map(save, range(16)))
    assert len(ids) == 1
    with sessions() as session:
        assert len(list_escalations(session=session)) == 1
    engine.dispose()


def test_unknown_category_is_refused(tmp_path):
    engine = migrated_engine(f"sqlite:///{tmp_path / 'x.db'}")
    with make_session_factory(engine)() as session, pytest.raises(ValueError):
        record_escalation(session=session, **{**FIELDS, "category": "boredom"})
    engine.dispose()
