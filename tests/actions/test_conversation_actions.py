from rasa_sdk.executor import CollectingDispatcher

from actions.conversation import ActionClarify, consecutive_fallbacks
from tests.actions.trackers import tracker


def user(intent, ranking=None, text="hmm"):
    return {"event": "user", "text": text,
            "parse_data": {"intent": {"name": intent}, "intent_ranking": ranking or [], "text": text}}


UNSURE_DRIVING = [{"name": "nlu_fallback", "confidence": 0.55}, {"name": "ask_driving", "confidence": 0.48},
                  {"name": "ask_take_home", "confidence": 0.30}]
SPLIT = [{"name": "nlu_fallback", "confidence": 0.55}, {"name": "ask_office_time", "confidence": 0.31},
         {"name": "ask_sessions", "confidence": 0.27}, {"name": "greet", "confidence": 0.2},
         {"name": "ask_human", "confidence": 0.12}]
NOTHING_LIKELY = [{"name": "nlu_fallback", "confidence": 0.55}, {"name": "greet", "confidence": 0.3},
                  {"name": "ask_cost", "confidence": 0.05}]


def test_consecutive_fallbacks_counts_only_the_latest_run():
    events = [user("nlu_fallback"), user("greet"), {"event": "bot"}, user("nlu_fallback"),
              {"event": "action"}, user("nlu_fallback")]
    assert consecutive_fallbacks(events) == 2
    assert consecutive_fallbacks([user("greet")]) == 0


def test_a_question_answered_from_its_best_reading_is_not_a_miss():
    assert consecutive_fallbacks([user("nlu_fallback"), user("nlu_fallback", UNSURE_DRIVING)]) == 0


async def test_first_miss_asks_with_topics_second_offers_a_person():
    dispatcher = CollectingDispatcher()
    await ActionClarify().run(dispatcher, tracker(intent="nlu_fallback", events=[user("nlu_fallback")]), {})
    assert dispatcher.messages[-1]["response"] == "utter_ask_rephrase"
    await ActionClarify().run(dispatcher, tracker(intent="nlu_fallback", events=[user("nlu_fallback")] * 2), {})
    assert dispatcher.messages[-1]["response"] == "utter_offer_staff_after_misunderstanding"


async def test_an_unsure_question_whose_best_reading_is_sure_enough_is_answered():
    dispatcher = CollectingDispatcher()
    await ActionClarify().run(dispatcher, tracker(
        intent="nlu_fallback", text="so i cant get behind the wheel after", ranking=UNSURE_DRIVING,
        events=[user("nlu_fallback"), user("nlu_fallback", UNSURE_DRIVING)]), {})
    assert [m["response"] for m in dispatcher.messages] == ["utter_clinical_driving"]


async def test_likely_questions_are_offered_as_buttons_best_first_then_a_person():
    dispatcher = CollectingDispatcher()
    await ActionClarify().run(dispatcher, tracker(intent="nlu_fallback", ranking=SPLIT,
                                                  events=[user("nlu_fallback", SPLIT)]), {})
    message = dispatcher.messages[-1]
    assert message["response"] == "utter_did_you_mean"
    assert [b["payload"] for b in message["buttons"]] == ["/ask_office_time", "/ask_sessions", "/ask_human"]
    assert [b["title"] for b in message["buttons"]] == [
        "How long a visit takes", "How many sessions", "Talking to a person"]


async def test_spanish_visitors_get_spanish_titles():
    dispatcher = CollectingDispatcher()
    await ActionClarify().run(dispatcher, tracker(intent="nlu_fallback", ranking=SPLIT, slots={"language": "es"},
                                                  events=[user("nlu_fallback", SPLIT)]), {})
    assert [b["title"] for b in dispatcher.messages[-1]["buttons"]] == [
        "Cuánto dura la visita", "Cuántas sesiones", "Hablar con una persona"]


async def test_no_likely_question_asks_to_rephrase():
    dispatcher = CollectingDispatcher()
    await ActionClarify().run(dispatcher, tracker(intent="nlu_fallback", ranking=NOTHING_LIKELY,
                                                  events=[user("nlu_fallback", NOTHING_LIKELY)]), {})
    assert dispatcher.messages[-1]["response"] == "utter_ask_rephrase"


def test_every_question_has_a_title_in_both_languages():
    from bot.faq.rules import FAQ_ANSWERS
    from bot.faq.titles import TITLES

    assert set(TITLES) == set(FAQ_ANSWERS)
    assert all(english and spanish and len(english) <= 40 and len(spanish) <= 40
               for english, spanish in TITLES.values())


def test_the_action_server_registers_every_action_of_the_domain():
    import yaml
    from rasa_sdk.executor import ActionExecutor

    from bot.core.settings import PROJECT_DIR

    executor = ActionExecutor()
    executor.register_package("actions")
    domain = yaml.safe_load((PROJECT_DIR / "domain.yml").read_text(encoding="utf-8"))
    custom = {a for a in domain["actions"] if not a.startswith("utter_")}
    assert custom <= set(executor.actions)
    # ... and nothing else: no base class, no action the domain does not know.
    assert set(executor.actions) == custom


STORY = "my back has hurt for eleven years now. how long does a visit take?"
SURE_SENTENCE = [
    {"text": STORY[:38], "start": 0, "end": 38, "intent": {"name": "inform", "confidence": 0.5},
     "intent_ranking": [{"name": "inform", "confidence": 0.5}, {"name": "ask_condition", "confidence": 0.4}]},
    {"text": STORY[39:], "start": 39, "end": len(STORY), "intent": {"name": "ask_office_time", "confidence": 0.9},
     "intent_ranking": [{"name": "ask_office_time", "confidence": 0.9}, {"name": "ask_sessions", "confidence": 0.05}]},
]


async def test_unsure_of_the_whole_message_but_sure_of_a_sentence_answers_that_question():
    dispatcher = CollectingDispatcher()
    await ActionClarify().run(dispatcher, tracker(intent="nlu_fallback", text=STORY, ranking=NOTHING_LIKELY,
                                                  sentence_intents=SURE_SENTENCE,
                                                  events=[user("nlu_fallback"), user("nlu_fallback")]), {})
    assert [m["response"] for m in dispatcher.messages] == ["utter_clinical_spravato_visit"]


def test_a_message_answered_from_one_of_its_sentences_is_not_a_miss():
    answered = {"event": "user", "text": STORY, "parse_data": {
        "intent": {"name": "nlu_fallback"}, "intent_ranking": NOTHING_LIKELY, "text": STORY,
        "sentence_intents": SURE_SENTENCE}}
    assert consecutive_fallbacks([user("nlu_fallback"), answered]) == 0
