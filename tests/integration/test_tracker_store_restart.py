"""Rasa's tracker store across a PostgreSQL restart, on a private cluster
(tests/private_services.py): Rasa's own SQLTrackerStore fails the first read
after the restart (its pooled connection was closed), which Rasa turns into a
fresh conversation; bot.rasa_ext.tracker_store reads the conversation as stored,
and while the server is down gives a paused stand-in that is never saved."""

from __future__ import annotations

import time

import pytest
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy.exc import OperationalError

from bot.rasa_ext.tracker_store import SharedSQLTrackerStore, is_stand_in
from tests import private_services
from tests.private_services import PrivatePostgres

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def postgres():
    assert not private_services.missing(), private_services.missing()
    server = PrivatePostgres()
    try:
        server.init()
        server.start()
        yield server
    finally:
        server.remove()


def store(cls, postgres: PrivatePostgres):
    return cls(Domain.empty(), dialect="postgresql", host="127.0.0.1", port=postgres.port,
               db="postgres", username="postgres")


def visitor_said(sender: str, *texts: str) -> DialogueStateTracker:
    tracker = DialogueStateTracker(sender, [])
    for text in texts:
        tracker.update(ActionExecuted("action_listen"))
        tracker.update(UserUttered(text, {"name": "inform", "confidence": 1.0}))
    return tracker


def said(tracker: DialogueStateTracker):
    return [e.text for e in tracker.events if isinstance(e, UserUttered)]


async def test_after_a_restart_the_conversation_is_read_as_stored(postgres):
    ours, rasas = store(SharedSQLTrackerStore, postgres), store(SQLTrackerStore, postgres)
    await ours.save(visitor_said("restart-1", "I agree", "my name is Ana Ruiz"))
    assert said(await rasas.retrieve("restart-1")) == ["I agree", "my name is Ana Ruiz"]
    assert said(await ours.retrieve("restart-1")) == ["I agree", "my name is Ana Ruiz"]
    postgres.stop()
    postgres.start()
    with pytest.raises(OperationalError):  # Rasa's own: its pooled connection is gone
        await rasas.retrieve("restart-1")
    assert said(await ours.retrieve("restart-1")) == ["I agree", "my name is Ana Ruiz"]


async def test_while_the_server_is_down_a_paused_stand_in_is_read_and_never_saved(postgres):
    ours = store(SharedSQLTrackerStore, postgres)
    await ours.save(visitor_said("restart-2", "I agree"))
    postgres.stop()
    try:
        began = time.monotonic()
        tracker = await ours.retrieve("restart-2")
        waited = time.monotonic() - began
        assert is_stand_in(tracker) and tracker.is_paused()
        assert waited < 3  # the retries are bounded (about 2 s)
        tracker.update(UserUttered("text me"))
        await ours.save(tracker)
    finally:
        postgres.start()
    assert said(await ours.retrieve("restart-2")) == ["I agree"]
