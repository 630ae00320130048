from rasa_sdk.executor import CollectingDispatcher

from actions.conversation import ActionClarify, consecutive_fallbacks
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
