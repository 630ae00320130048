"""The web app's view of Rasa: transcripts come from the tracker store, read-only."""

from __future__ import annotations

import sqlite3

import aiohttp
import pytest
from sqlalchemy import text

from bot.core.rasa_tracker import TrackerEvents
from bot.web.rasa_client import RasaClient, RasaUnavailable
from tests.tracker_store import FakeTrackerStore

SESSION = [{"event": "session_started"}, {"event": "user", "text": "hi"},
           {"event": "bot", "text": "Hello!"}]


@pytest.fixture
async def client(settings):
    async with aiohttp.ClientSession() as session:
        rasa = RasaClient.from_settings(settings, session)
        yield rasa
        rasa.close()


async def test_a_conversation_is_read_from_the_tracker_store(client, settings):
    store = FakeTrackerStore(settings.tracker_sqlite_path)
    store.events["visitor-1"] = SESSION
    store.events["someone-else"] = [{"event": "user", "text": "not yours"}]
    assert await client.events("visitor-1") == SESSION


async def test_only_the_events_after_the_latest_restart_are_returned(client, settings):
    store = FakeTrackerStore(settings.tracker_sqlite_path)
    store.events["visitor-1"] = [{"event": "user", "text": "old"}, {"event": "restart"},
                                 *SESSION]
    assert await client.events("visitor-1") == SESSION


async def test_no_tracker_store_yet_means_no_events_and_none_is_created(client, settings):
    assert await client.events("visitor-1") == []
    assert not settings.tracker_sqlite_path.exists()
    settings.tracker_sqlite_path.parent.mkdir(parents=True)
    sqlite3.connect(settings.tracker_sqlite_path).close()  # Rasa created it, no table yet
    assert await client.events("visitor-1") == []


async def test_a_broken_tracker_store_is_rasa_unavailable(client, settings):
    store = FakeTrackerStore(settings.tracker_sqlite_path)
    store.broken = True
    with pytest.raises(RasaUnavailable):
        await client.events("visitor-1")


def test_the_web_app_cannot_write_to_the_tracker_store(settings):
    FakeTrackerStore(settings.tracker_sqlite_path).events["visitor-1"] = SESSION
    reader = TrackerEvents.from_settings(settings)
    reader.read("visitor-1")
    with pytest.raises(Exception, match="readonly"):
        with reader._engine.begin() as connection:
            connection.execute(text("DELETE FROM events"))
    reader.close()
    assert len(TrackerEvents.from_settings(settings).read("visitor-1")) == 3
