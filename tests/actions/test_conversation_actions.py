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


def test_the_action_server_registers_every_action_of_the_domain():
    import yaml
    from rasa_sdk.executor import ActionExecutor

    from bot.core.settings import PROJECT_DIR

    executor = ActionExecutor()
    executor.register_package("actions")
    domain = yaml.safe_load((PROJECT_DIR / "domain.yml").read_text(encoding="utf-8"))
    custom = {a for a in domain["actions"] if not a.startswith("utter_")}
    assert custom <= set(executor.actions)
