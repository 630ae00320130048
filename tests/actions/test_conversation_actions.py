import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.conversation import ActionClarify, ActionOfferCallback, consecutive_fallbacks
from tests.actions.trackers import tracker


def user(intent):
    return {"event": "user", "parse_data": {"intent": {"name": intent}}}


def test_consecutive_fallbacks_counts_only_the_latest_run():
    events = [user("nlu_fallback"), user("greet"), {"event": "bot"}, user("nlu_fallback"),
              {"event": "action"}, user("nlu_fallback")]
    assert consecutive_fallbacks(events) == 2
    assert consecutive_fallbacks([user("greet")]) == 0


async def test_first_miss_asks_with_topics_second_offers_a_person():
    dispatcher = CollectingDispatcher()
    await ActionClarify().run(dispatcher, tracker(events=[user("nlu_fallback")]), {})
    assert dispatcher.messages[-1]["response"] == "utter_ask_rephrase"
    await ActionClarify().run(dispatcher, tracker(events=[user("nlu_fallback")] * 2), {})
    assert dispatcher.messages[-1]["response"] == "utter_offer_staff_after_misunderstanding"


@pytest.fixture
def test_clinic(monkeypatch, clinic_file):
    monkeypatch.setenv("CLINIC_FILE", str(clinic_file))


async def test_callback_gives_the_configured_phone(test_clinic):
    dispatcher = CollectingDispatcher()
    await ActionOfferCallback().run(dispatcher, tracker(slots={"urgency": "urgent callback"}), {})
    text = dispatcher.messages[0]["text"]
    assert "+1 212 555 0100" in text and "urgent" in text and "911" in text


async def test_callback_without_a_phone_does_not_invent_one(monkeypatch, tmp_path):
    bare = tmp_path / "clinic.yml"
    bare.write_text("name: Bare Clinic\ncity: Albany, NY\n")
    monkeypatch.setenv("CLINIC_FILE", str(bare))
    dispatcher = CollectingDispatcher()
    await ActionOfferCallback().run(dispatcher, tracker(), {})
    text = dispatcher.messages[0]["text"]
    assert "don't have" in text and not any(c.isdigit() for c in text.replace("911", "").replace("988", ""))
