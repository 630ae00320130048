from rasa_sdk.executor import CollectingDispatcher

from actions.escalation import ActionRecordEscalation, category_of
from bot.db import make_session_factory
from bot.escalations import list_escalations
from tests.actions.trackers import tracker
from tests.db_fixtures import migrated_engine


def crisis_tracker(message_id="m1", text="my bf took fentanyl and is not breathing"):
    t = tracker(intent="crisis_overdose", text=text,
                entities=[{"entity": "crisis_category", "value": "overdose"}])
    t.latest_message["message_id"] = message_id
    return t


async def test_records_once_and_tells_the_visitor(monkeypatch, tmp_path):
    url = f"sqlite:///{tmp_path / 'bot.db'}"
    engine = migrated_engine(url)
    monkeypatch.setenv("BOT_DATABASE_URL", url)
    dispatcher = CollectingDispatcher()
    for _ in range(2):  # Rasa may retry an action: still one record
        await ActionRecordEscalation().run(dispatcher, crisis_tracker(), {})
    with make_session_factory(engine)() as session:
        rows = list_escalations(session=session)
    assert [(r.category, r.conversation_id, r.message_id) for r in rows] == [
        ("overdose", "test-conversation", "m1")]
    assert dispatcher.messages[0]["response"] == "utter_crisis_staff_notified"
    engine.dispose()


async def test_database_down_sends_no_false_reassurance(monkeypatch, tmp_path):
    monkeypatch.setenv("BOT_DATABASE_URL", f"sqlite:///{tmp_path / 'no-tables.db'}")
    dispatcher = CollectingDispatcher()
    assert await ActionRecordEscalation().run(dispatcher, crisis_tracker(), {}) == []
    assert dispatcher.messages == []


def test_category_from_entity_else_intent():
    assert category_of({"entities": [{"entity": "crisis_category", "value": "self_harm"}]}) == "self_harm"
    assert category_of({"intent": {"name": "opioid_dependence_help"}}) == "opioid_dependence"
