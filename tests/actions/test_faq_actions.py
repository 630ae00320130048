"""The topic answers send the responses chosen for this message's entities."""

import yaml
from rasa_sdk.executor import CollectingDispatcher

from actions.faq import ActionAnswerCondition, ActionAnswerMedicalAdvice, ActionAnswerSideEffects
from bot.core.settings import PROJECT_DIR
from bot.faq import topics
from tests.actions.trackers import tracker

DOMAIN = yaml.safe_load((PROJECT_DIR / "domain.yml").read_text(encoding="utf-8"))


async def responses_of(action, **kwargs):
    dispatcher = CollectingDispatcher()
    events = await action.run(dispatcher, tracker(**kwargs), DOMAIN)
    assert events == []
    return [m["response"] for m in dispatcher.messages]


async def test_anxiety_after_depression_gets_the_unlisted_answer():
    sent = await responses_of(ActionAnswerCondition(), intent="ask_condition", text="do you treat anxiety?",
                              slots={"condition": "depression"},
                              entities=[{"entity": "other_condition", "value": "anxiety"}])
    assert sent == ["utter_condition_unlisted"]


async def test_side_effects_of_spravato_come_in_short_messages_ending_with_911():
    sent = await responses_of(ActionAnswerSideEffects(), intent="ask_side_effects",
                              entities=[{"entity": "treatment", "value": "Spravato"}])
    assert sent == ["utter_side_effects_spravato", "utter_side_effects_spravato_more",
                    "utter_side_effects_emergency"]


async def test_stopping_a_named_medicine_gets_the_physician_first_then_the_general_facts():
    sent = await responses_of(ActionAnswerMedicalAdvice(), intent="ask_medical_advice",
                              text="should I stop my lexapro before I start ketamine?",
                              entities=[{"entity": "medication", "value": "antidepressant"},
                                        {"entity": "medication", "value": "ketamine"}])
    assert sent == ["utter_medical_advice", "utter_clinical_interactions"]


async def test_a_missed_dose_of_ketamine_gets_only_the_physician():
    sent = await responses_of(ActionAnswerMedicalAdvice(), intent="ask_medical_advice",
                              text="i missed my ketamine dose this week what do i do",
                              entities=[{"entity": "medication", "value": "ketamine"}])
    assert sent == ["utter_medical_advice"]


def test_every_response_the_topic_answers_can_send_is_in_the_domain():
    names = {r for answers in list(topics.CONDITION_ANSWERS.values()) + list(topics.SIDE_EFFECT_ANSWERS.values())
             for r in answers}
    names |= {*topics.UNLISTED_CONDITION, *topics.WHICH_CONDITION, *topics.WHICH_TREATMENT,
              topics.SIDE_EFFECTS_EMERGENCY, *topics.MEDICAL_ADVICE, *topics.MEDICINE_FACTS}
    assert names - set(DOMAIN["responses"]) == set()
    assert {"action_answer_condition", "action_answer_side_effects",
            "action_answer_medical_advice"} <= set(DOMAIN["actions"])


def test_a_question_inside_the_intake_form_gets_the_same_answer_as_anywhere_else():
    from actions.faq import send_answer
    from bot.faq.rules import FAQ_ANSWERS

    dispatcher = CollectingDispatcher()
    assert send_answer("ask_compare", dispatcher, tracker(intent="ask_compare", active_loop="intake_form"))
    assert [m["response"] for m in dispatcher.messages] == list(FAQ_ANSWERS["ask_compare"])
    dispatcher = CollectingDispatcher()
    assert send_answer("ask_condition", dispatcher, tracker(
        intent="ask_condition", active_loop="intake_form", entities=[{"entity": "condition", "value": "MCAS"}]))
    assert [m["response"] for m in dispatcher.messages] == ["utter_condition_mcas"]
    assert not send_answer("inform", CollectingDispatcher(), tracker(intent="inform"))


def sentence(text, start, end, name, confidence=0.9):
    return {"text": text[start:end], "start": start, "end": end, "intent": {"name": name, "confidence": confidence},
            "intent_ranking": [{"name": name, "confidence": confidence}]}


TWO = "where are you located? and do you treat crps?"


async def test_a_second_question_in_the_message_is_answered_after_the_first():
    from actions.faq import ActionAnswerNextQuestion

    crps = {"entity": "condition", "value": "CRPS", "start": TWO.index("crps"), "end": TWO.index("crps") + 4}
    sent = await responses_of(ActionAnswerNextQuestion(), intent="ask_location", text=TWO, entities=[crps],
                              sentence_intents=[sentence(TWO, 0, 22, "ask_location"),
                                                sentence(TWO, 23, len(TWO), "ask_condition")])
    assert sent == list(topics.CONDITION_ANSWERS["CRPS"])


async def test_nothing_more_is_sent_for_a_message_with_one_question():
    from actions.faq import ActionAnswerNextQuestion

    assert await responses_of(ActionAnswerNextQuestion(), intent="ask_cost", text="how much is it?") == []
    assert await responses_of(ActionAnswerNextQuestion(), intent="ask_cost", text=TWO, sentence_intents=[
        sentence(TWO, 0, 22, "ask_cost"), sentence(TWO, 23, len(TWO), "ask_cost")]) == []


def test_every_answer_in_the_table_is_followed_by_the_next_question_action():
    rules = yaml.safe_load((PROJECT_DIR / "data" / "faq_rules.yml").read_text(encoding="utf-8"))["rules"]
    for rule in rules:
        actions = [step["action"] for step in rule["steps"] if "action" in step]
        answers = [a for a in actions if a not in ("triage_form",)]
        assert answers[-1] == "action_answer_next_question", rule["rule"]
    assert "action_answer_next_question" in DOMAIN["actions"]


async def test_how_fast_for_postpartum_depression_is_followed_by_its_cautions():
    from actions.faq import ActionAnswerNextQuestion

    text = "had my baby in june, how fast does ketamine work for postpartum depression?"
    start = text.index("postpartum")
    ppd = {"entity": "condition", "value": "postpartum depression", "start": start, "end": len(text) - 1}
    sent = await responses_of(ActionAnswerNextQuestion(), intent="ask_how_fast", text=text, entities=[ppd])
    assert sent == list(topics.CONDITION_ANSWERS["postpartum depression"])
