from rasa_sdk.executor import CollectingDispatcher

from actions.escalation import ActionRecordEscalation, category_of
from bot.core.db import make_session_factory
from bot.crisis.escalations import list_escalations
from tests.actions.trackers import tracker
from tests.db_fixtures import migrated_engine


def crisis_tracker(message_id="m1", text="my bf took fentanyl and is not breathing", slots=None):
    t = tracker(intent="crisis_overdose", text=text, slots=slots,
                entities=[{"entity": "crisis_category", "value": "overdose"}])
    t.latest_message["message_id"] = message_id
    return t


async def test_records_once_and_tells_the_visitor(monkeypatch, tmp_path):
    url = f"sqlite:///{tmp_path / 'bot.db'}"
    engine = migrated_engine(url)
    monkeypatch.setenv("BOT_DATABASE_URL", url)
    monkeypatch.setenv("ONCALL_WEBHOOK_URL", "http://127.0.0.1:9/page")
    dispatcher = CollectingDispatcher()
    for _ in range(2):  # Rasa may retry an action: still one record
        await ActionRecordEscalation().run(dispatcher, crisis_tracker(), {})
    with make_session_factory(engine)() as session:
        rows = list_escalations(session=session)
    assert [(r.category, r.conversation_id, r.message_id) for r in rows] == [
        ("overdose", "test-conversation", "m1")]
    assert dispatcher.messages[0]["response"] == "utter_crisis_staff_notified"
    engine.dispose()


async def test_the_escalation_carries_the_conversation_language(monkeypatch, tmp_path):
    url = f"sqlite:///{tmp_path / 'bot.db'}"
    engine = migrated_engine(url)
    monkeypatch.setenv("BOT_DATABASE_URL", url)
    await ActionRecordEscalation().run(CollectingDispatcher(),
                                       crisis_tracker(slots={"language": "es"}), {})
    english = crisis_tracker(message_id="m2")  # no language slot yet: the default, English
    english.sender_id = "other"
    await ActionRecordEscalation().run(CollectingDispatcher(), english, {})
    with make_session_factory(engine)() as session:
        by_conversation = {r.conversation_id: r.language for r in list_escalations(session=session)}
    assert by_conversation == {"test-conversation": "es", "other": "en"}
    engine.dispose()


async def test_without_an_on_call_channel_nobody_is_promised_and_911_and_988_come_first(monkeypatch, tmp_path):
    url = f"sqlite:///{tmp_path / 'bot.db'}"
    engine = migrated_engine(url)
    monkeypatch.setenv("BOT_DATABASE_URL", url)
    for name in ("ONCALL_WEBHOOK_URL", "ONCALL_EMAIL"):
        monkeypatch.delenv(name, raising=False)
    dispatcher = CollectingDispatcher()
    await ActionRecordEscalation().run(dispatcher, crisis_tracker(), {})
    with make_session_factory(engine)() as session:
        assert len(list_escalations(session=session)) == 1  # still on the dashboard
    assert [m["response"] for m in dispatcher.messages] == ["utter_crisis_recorded_no_oncall"]
    engine.dispose()


async def test_database_down_sends_no_false_reassurance(monkeypatch, tmp_path):
    monkeypatch.setenv("BOT_DATABASE_URL", f"sqlite:///{tmp_path / 'no-tables.db'}")
    dispatcher = CollectingDispatcher()
    assert await ActionRecordEscalation().run(dispatcher, crisis_tracker(), {}) == []
    assert dispatcher.messages == []


def test_category_from_entity_else_intent():
    assert category_of({"entities": [{"entity": "crisis_category", "value": "self_harm"}]}) == "self_harm"
    assert category_of({"intent": {"name": "opioid_dependence_help"}}) == "opioid_dependence"


def test_every_detected_category_is_recorded_under_a_category_the_database_takes():
    from bot.crisis import categories
    from bot.core.models import ESCALATION_CATEGORIES

    for category in categories.CATEGORIES:
        message = {"entities": [{"entity": "crisis_category", "value": category.key}]}
        assert category_of(message) in ESCALATION_CATEGORIES


def test_a_yes_to_the_direct_question_is_recorded_as_suicide_risk():
    assert category_of({"intent": {"name": "affirm"}}, "possible_risk") == "self_harm"
    assert category_of({"intent": {"name": "inform"}}, "overdose_intentional") == "overdose_intentional"


def test_a_forged_category_is_recorded_as_a_medical_emergency_not_an_error():
    message = {"intent": {"name": "crisis_self_harm"},
               "entities": [{"entity": "crisis_category", "value": "no-such-category"}]}
    assert category_of(message) == "self_harm"
    assert category_of({"entities": [{"entity": "crisis_category", "value": "x"}]}) == "medical_emergency"


async def test_an_unexpected_error_while_recording_is_logged_and_not_raised(monkeypatch, caplog):
    import actions.escalation as module

    def boom(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(module, "_save", boom)
    dispatcher = CollectingDispatcher()
    assert await ActionRecordEscalation().run(dispatcher, crisis_tracker(), {}) == []
    assert dispatcher.messages == []
    assert "could not record an escalation" in caplog.text


def test_a_yes_after_the_triage_risk_screen_is_paged_as_a_confirmed_risk():
    # The triage validator sets crisis_category to possible_risk; the answer is "affirm".
    assert category_of({"intent": {"name": "affirm"}}, "possible_risk") == "self_harm"


async def run_messages(monkeypatch, tmp_path, messages, env=None):
    """Run the action for each (message id, category) in one conversation; the
    responses the visitor got, and the database."""
    url = f"sqlite:///{tmp_path / 'bot.db'}"
    engine = migrated_engine(url)
    monkeypatch.setenv("BOT_DATABASE_URL", url)
    monkeypatch.setenv("ONCALL_WEBHOOK_URL", "http://127.0.0.1:9/page")
    for name, value in (env or {}).items():
        monkeypatch.setenv(name, value)
    responses = []
    for message_id, category in messages:
        dispatcher = CollectingDispatcher()
        t = tracker(intent="crisis_overdose", text=f"message {message_id}",
                    entities=[{"entity": "crisis_category", "value": category}])
        t.latest_message["message_id"] = message_id
        await ActionRecordEscalation().run(dispatcher, t, {})
        responses += [m["response"] for m in dispatcher.messages]
    return responses, make_session_factory(engine), engine


async def test_a_burst_in_one_conversation_pages_once_and_every_message_is_honest(
        monkeypatch, tmp_path):
    from sqlalchemy import select

    from bot.core.models import EscalationMessage, Page

    messages = [(f"m{i}", "overdose") for i in range(20)] + [("m20", "overdose_intentional")]
    responses, sessions, engine = await run_messages(monkeypatch, tmp_path, messages)
    # Each message joined an escalation staff were paged about: "recorded for the
    # clinic's on-call staff so that a person can follow up" is true every time.
    assert responses == ["utter_crisis_staff_notified"] * 21
    with sessions() as session:
        (escalation,) = list_escalations(session=session)
        assert escalation.category == "overdose_intentional"
        assert [p.kind for p in session.execute(select(Page)).scalars()] == ["primary", "upgrade"]
        assert len(session.execute(select(EscalationMessage)).scalars().all()) == 21
    engine.dispose()


async def test_a_message_held_by_the_paging_budget_is_recorded_and_the_visitor_told_the_same(
        monkeypatch, tmp_path):
    from bot.crisis.escalations import messages_of

    # A page budget of one, already used by another conversation.
    env = {"ONCALL_PAGE_BUDGET": "1"}
    first, sessions, engine = await run_messages(monkeypatch, tmp_path, [("m1", "overdose")], env)
    dispatcher = CollectingDispatcher()
    t = tracker(intent="crisis_self_harm", text="held words",
                entities=[{"entity": "crisis_category", "value": "self_harm"}])
    t.sender_id = "other-conversation"
    t.latest_message["message_id"] = "x1"
    await ActionRecordEscalation().run(dispatcher, t, {})
    assert [m["response"] for m in dispatcher.messages] == first == ["utter_crisis_staff_notified"]
    with sessions() as session:
        held = [e for e in list_escalations(session=session)
                if e.conversation_id == "other-conversation"][0]
        assert held.page_held_at is not None and held.paged_at is None  # waits for the digest
        assert [m.outcome for m in messages_of(session=session, escalation_id=held.id)] == ["held"]
    engine.dispose()
