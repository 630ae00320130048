"""The tracker store as Rasa 3.6 itself writes it, read by bot.core.rasa_tracker: the
same events Rasa's tracker API returned (EventVerbosity.AFTER_RESTART)."""

from __future__ import annotations

from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, Restarted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker, EventVerbosity

from bot.core.rasa_tracker import TrackerEvents, after_latest_restart, decode_rows
from bot.core.settings import Settings


async def test_events_written_by_rasa_read_back_as_its_api_returned_them(tmp_path):
    settings = Settings(var_dir=tmp_path)
    store = SQLTrackerStore(Domain.empty(), dialect="sqlite",
                            db=str(settings.tracker_sqlite_path))
    tracker = DialogueStateTracker.from_events("visitor-1", [
        UserUttered("before the restart", {"name": "greet"}), Restarted(),
        ActionExecuted("action_listen"), UserUttered("hi", {"name": "greet"}),
        BotUttered("Hello!", {"buttons": [{"title": "Yes", "payload": "/affirm"}]}),
    ])
    await store.save(tracker)
    api_view = tracker.current_state(EventVerbosity.AFTER_RESTART)["events"]
    assert TrackerEvents.from_settings(settings).read("visitor-1") == api_view
    assert TrackerEvents.from_settings(settings).read("visitor-2") == []


def test_after_latest_restart_and_odd_rows():
    events = [{"event": "user"}, {"event": "restart"}, {"event": "bot"}]
    assert after_latest_restart(events) == [{"event": "bot"}]
    assert after_latest_restart(events[:1]) == events[:1]
    assert decode_rows(['{"event": "user"}', "not json", "[1]", None, ""]) == [{"event": "user"}]
