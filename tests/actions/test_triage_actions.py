import pytest
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.triage import (
    PARSERS as PARSERS_TRIAGE, UNREADABLE_FALLBACK, ActionTriageSummary, ValidateTriageForm,
    answers_from_slots,
)
from bot.triage import rules as triage
from tests.actions.trackers import tracker

DOMAIN = {"forms": {"triage_form": {"required_slots": ["triage_condition"]}}}


async def validate(slot, text, **kw):
    slots = {"requested_slot": slot, slot: text, **kw.pop("slots", {})}
    # The form validates only what was set since the visitor's latest message.
    events = [{"event": "user", "text": text}, {"event": "slot", "name": slot, "value": text}]
    t = tracker(text=text, slots=slots, active_loop="triage_form", events=events, **kw)
    dispatcher = CollectingDispatcher()
    events = await ValidateTriageForm().run(dispatcher, t, DOMAIN)
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}, dispatcher.messages


async def test_questions_follow_the_condition():
    form = ValidateTriageForm()
    t = tracker(slots={"triage_condition": "ptsd"})
    assert "prior_sgb" in await form.required_slots([], CollectingDispatcher(), t, DOMAIN)


async def test_a_condition_named_earlier_prefills_the_first_question():
    t = tracker(slots={"condition": "fibromyalgia"}, active_loop="triage_form")
    values = await ValidateTriageForm().extract_triage_condition(CollectingDispatcher(), t, DOMAIN)
    assert values == {"triage_condition": triage.CHRONIC_PAIN}


async def test_condition_answer_from_the_extracted_entity():
    slots, _ = await validate("triage_condition", "i have rsd in my arm",
                              entities=[{"entity": "condition", "value": "CRPS"}])
    assert slots["triage_condition"] == triage.CHRONIC_PAIN


@pytest.mark.parametrize("slot, text, stored", [
    ("symptom_duration", "about two years", "over_1_year"),
    ("antidepressants_tried", "zoloft, lexapro", "2"),
    ("pregnancy_status", "I'm breastfeeding", "breastfeeding"),
    ("pregnancy_status", "not pregnant but breastfeeding", "breastfeeding"),
    ("pregnancy_status", "not sure if I'm pregnant", "unsure"),
    ("antidepressants_tried", "escitalopram", "1"),
    ("high_blood_pressure", "nope", "no"),
    ("substance_use", "Prefer not to say", "declined"),
])
async def test_answers_are_normalised(slot, text, stored):
    slots, messages = await validate(slot, text, slots={"triage_condition": "depression"})
    assert slots[slot] == stored and slots["unreadable_answers"] == 0
    assert messages == []


async def test_unreadable_answer_is_asked_again_then_noted_as_unsure():
    slots, messages = await validate("psychosis_history", "purple monkey",
                                     slots={"triage_condition": "depression"})
    assert slots["psychosis_history"] is None and slots["unreadable_answers"] == 1
    assert messages[0]["response"] == "utter_triage_unreadable"
    slots, messages = await validate("psychosis_history", "banana",
                                     slots={"triage_condition": "depression", "unreadable_answers": 1})
    assert slots["psychosis_history"] == "unsure"
    assert messages[0]["response"] == "utter_triage_noted_unsure"


UNSURE = [{"name": "nlu_fallback", "confidence": 0.55}, {"name": "ask_driving", "confidence": 0.52},
          {"name": "ask_take_home", "confidence": 0.45}]


async def test_a_question_the_nlu_was_unsure_of_is_answered_and_the_question_asked_again():
    slots, messages = await validate("prior_sgb", "can i drive home after a treatment?",
                                     slots={"triage_condition": "ptsd"}, intent="nlu_fallback",
                                     ranking=UNSURE)
    assert [m["response"] for m in messages] == ["utter_clinical_driving"]
    assert slots.get("prior_sgb") is None and "unreadable_answers" not in slots  # not counted


@pytest.mark.parametrize("text, ranking", [
    ("i drove here myself", UNSURE),  # not a question: an answer the form could not read
    ("can i?", [{"name": "nlu_fallback", "confidence": 0.55},
                {"name": "ask_driving", "confidence": 0.3}]),  # too unsure to answer
])
async def test_an_unreadable_answer_is_not_taken_for_a_question(text, ranking):
    slots, messages = await validate("prior_sgb", text, slots={"triage_condition": "ptsd"},
                                     intent="nlu_fallback", ranking=ranking)
    assert messages[0]["response"] == "utter_triage_unreadable" and slots["unreadable_answers"] == 1


def test_answers_from_slots_handles_unknowns():
    values = {"triage_condition": "depression", "antidepressants_tried": "unknown",
              "symptom_duration": "unknown", "treatment": "Spravato"}
    answers = answers_from_slots(values.get)
    assert answers.antidepressants_tried is None and answers.symptom_duration is None
    assert answers.interested_in_spravato


async def test_summary_is_shown_and_kept_for_intake():
    slots = {"triage_condition": "opioid_dependence", "symptom_duration": "over_1_year",
             "current_opioid_use": "yes", "pregnancy_status": "none"}
    dispatcher = CollectingDispatcher()
    events = await ActionTriageSummary().run(dispatcher, tracker(slots=slots), {})
    text = dispatcher.messages[0]["text"]
    assert "not a diagnosis" in text and "urgently" in text
    assert "You said you're taking opioids now." in text
    assert "naloxone" not in text and "Opioid dependence with current opioid use" not in text
    kept = {e["name"]: e["value"] for e in events}
    assert kept["urgency"] == "urgent callback"
    assert "Opioid dependence with current opioid use" in " ".join(kept["triage_flags"])
    assert "Urgency: urgent callback" in kept["triage_summary"]
    assert SlotSet("triage_pathway", kept["triage_pathway"]) in events


async def test_a_declined_answer_is_shown_as_declined_and_kept_precisely_for_staff():
    slots = {"triage_condition": "depression", "substance_use": "declined",
             "pregnancy_status": "unsure"}
    dispatcher = CollectingDispatcher()
    events = await ActionTriageSummary().run(dispatcher, tracker(slots=slots), {})
    text = dispatcher.messages[0]["text"]
    assert "You said you'd rather not answer the question about alcohol or drug use." in text
    assert "You weren't sure about the question on pregnancy and breastfeeding." in text
    assert "reported" not in text.lower() and "substance use" not in text.lower()
    kept = {e["name"]: e["value"] for e in events}
    assert "Substance use reported (abuse and misuse warning)" in kept["triage_flags"]
    assert "Preferred not to answer: substance use" in kept["triage_summary"]
    assert "Not sure: pregnancy/breastfeeding" in kept["triage_summary"]


def test_values_the_form_falls_back_to_are_values_the_rules_know():
    assert UNREADABLE_FALLBACK["pregnancy_status"] in triage.PREGNANCY_STATUSES
    assert UNREADABLE_FALLBACK[triage.RISK_SCREEN] in triage.RISK_SCREEN_ANSWERS


@pytest.mark.parametrize("text", ["Several days", "nearly every day", "a veces"])
async def test_a_positive_risk_screen_ends_the_form_for_the_direct_question(text):
    slots, messages = await validate("self_harm_thoughts", text, slots={
        "triage_condition": "depression", "symptom_duration": "over_1_year",
        "antidepressants_tried": "2"})
    assert slots["risk_screen_positive"] is True
    assert slots["crisis_category"] == "possible_risk"
    assert slots["requested_slot"] is None  # nothing more is asked
    assert messages == []


async def test_not_at_all_goes_on_with_the_triage():
    slots, _ = await validate("self_harm_thoughts", "Not at all", slots={
        "triage_condition": "ptsd", "symptom_duration": "over_1_year", "prior_sgb": "no"})
    assert slots["self_harm_thoughts"] == "not_at_all"
    assert "risk_screen_positive" not in slots
    assert slots["requested_slot"] == "current_opioid_use"


async def test_an_unreadable_risk_screen_answer_twice_counts_as_positive():
    slots, _ = await validate("self_harm_thoughts", "banana",
                              slots={"triage_condition": "depression", "unreadable_answers": 1})
    assert slots["self_harm_thoughts"] == "unsure" and slots["risk_screen_positive"] is True


async def test_summary_clears_the_risk_screen_and_flags_it():
    slots = {"triage_condition": "depression", "self_harm_thoughts": "several_days",
             "risk_screen_positive": True}
    dispatcher = CollectingDispatcher()
    events = await ActionTriageSummary().run(dispatcher, tracker(slots=slots), {})
    kept = {e["name"]: e["value"] for e in events}
    assert kept["risk_screen_positive"] is None
    assert kept["urgency"] == "urgent callback"
    assert "PHQ-9 item 9: on several days" in kept["triage_summary"]


def test_every_question_has_its_own_validator_and_parser():
    from actions.intake import PARSERS as INTAKE_PARSERS, ValidateIntakeForm

    for form, parsers in ((ValidateTriageForm, PARSERS_TRIAGE), (ValidateIntakeForm, INTAKE_PARSERS)):
        for slot in parsers:
            assert callable(getattr(form, f"validate_{slot}", None)), slot
    assert set(PARSERS_TRIAGE) == set(triage.all_questions()) - {"triage_condition"}
