"""bot.rasa_ext.tracker_store without a database server: the retry rule, and the
paused stand-in Rasa gets when a conversation cannot be read (on SQLite). The
PostgreSQL restart itself: tests/integration/test_tracker_store_restart.py."""

from __future__ import annotations

import pytest
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy.exc import IntegrityError, OperationalError

from bot.rasa_ext import tracker_store
from bot.rasa_ext.tracker_store import SharedSQLTrackerStore, is_stand_in, retrying


def dropped() -> OperationalError:
    return OperationalError("SELECT 1", {}, Exception("server closed the connection unexpectedly"))


@pytest.fixture(autouse=True)
def no_waiting(monkeypatch):
    monkeypatch.setattr(tracker_store, "RETRY_DELAYS", (0.0, 0.0, 0.0))


def failing(times: int, error=dropped):
    calls = []

    async def operation():
        calls.append(1)
        if len(calls) <= times:
            raise error()
        return "read"
    return operation, calls


async def test_a_lost_connection_is_retried_until_the_database_answers():
    operation, calls = failing(2)
    assert await retrying(operation) == "read"
    assert len(calls) == 3


async def test_retries_stop_after_the_last_attempt():
    operation, calls = failing(10)
    with pytest.raises(OperationalError):
        await retrying(operation)
    assert len(calls) == len(tracker_store.RETRY_DELAYS) + 1


async def test_other_database_errors_are_not_retried():
    operation, calls = failing(1, lambda: IntegrityError("INSERT", {}, Exception("duplicate")))
    with pytest.raises(IntegrityError):
        await retrying(operation)
    assert len(calls) == 1


def conversation(sender: str) -> DialogueStateTracker:
    tracker = DialogueStateTracker(sender, [])
    tracker.update(ActionExecuted("action_listen"))
    tracker.update(UserUttered("my name is Ana Ruiz", {"name": "inform", "confidence": 1.0}))
    return tracker


async def test_an_unreadable_conversation_is_a_paused_stand_in_that_is_never_saved(
        tmp_path, monkeypatch):
    store = SharedSQLTrackerStore(Domain.empty(), dialect="sqlite", db=str(tmp_path / "t.db"))
    await store.save(conversation("c1"))

    async def unreachable(self, sender_id):
        raise dropped()
    monkeypatch.setattr(SQLTrackerStore, "retrieve", unreachable)
    tracker = await store.retrieve("c1")
    # Rasa runs no action for a paused conversation: it answers nothing, so the
    # web app's fail-safe does, instead of Rasa answering a stranger.
    assert tracker.is_paused() and is_stand_in(tracker)
    tracker.update(UserUttered("text me"))
    await store.save(tracker)
    monkeypatch.undo()
    stored = await store.retrieve("c1")
    assert not is_stand_in(stored)
    assert [e.text for e in stored.events if isinstance(e, UserUttered)] == ["my name is Ana Ruiz"]


async def test_a_readable_conversation_is_returned_as_stored(tmp_path):
    store = SharedSQLTrackerStore(Domain.empty(), dialect="sqlite", db=str(tmp_path / "t.db"))
    await store.save(conversation("c2"))
    assert list((await store.retrieve("c2")).events) == list(conversation("c2").events)
    assert await store.retrieve("nobody") is None
