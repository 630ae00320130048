"""A question about a condition or about side effects is answered about what this
message names, not about what the visitor named earlier."""

import pytest

from bot.faq.topics import (CONDITION_ANSWERS, MEDICAL_ADVICE, MEDICINE_FACTS, SIDE_EFFECT_ANSWERS,
                            SIDE_EFFECTS_EMERGENCY, UNLISTED_CONDITION, condition_answer, medical_advice_answer,
                            side_effects_answer)
from bot.nlp import pipeline


def entity(label, value):
    return {"entity": label, "value": value, "start": 0, "end": 1}


def test_a_condition_named_now_wins_over_one_named_earlier():
    assert condition_answer([entity("condition", "PTSD")], "depression") == CONDITION_ANSWERS["PTSD"]


def test_an_unlisted_condition_named_now_is_not_answered_with_an_earlier_one():
    # "do you treat anxiety?" after "I have depression"
    answer = condition_answer([entity("other_condition", "anxiety")], "depression")
    assert answer == ("utter_condition_unlisted",)


def test_a_question_naming_nothing_uses_the_condition_named_earlier_or_asks():
    assert condition_answer([], "fibromyalgia") == ("utter_condition_pain",)
    assert condition_answer([], None) == ("utter_condition_which",)
    assert condition_answer([entity("medication", "ketamine")], None) == ("utter_condition_which",)


def test_conditions_with_safety_facts_get_them_as_a_second_short_message():
    assert condition_answer([entity("condition", "postpartum depression")], None)[-1] == \
        "utter_condition_postpartum_safety"
    assert condition_answer([entity("condition", "opioid dependence")], None)[-1] == "utter_condition_opioid_safety"


def test_side_effects_follow_the_treatment_named_now_then_say_when_to_call_911():
    answer = side_effects_answer([entity("treatment", "IV ketamine infusion")], "Spravato")
    assert answer == SIDE_EFFECT_ANSWERS["IV ketamine infusion"] + (SIDE_EFFECTS_EMERGENCY,)
    assert side_effects_answer([], "Spravato")[0] == "utter_side_effects_spravato"


def test_side_effects_of_an_unnamed_treatment_ask_which_one():
    assert side_effects_answer([], None) == ("utter_side_effects_which",)
    assert side_effects_answer([entity("treatment", "stellate ganglion block")], None) == ("utter_side_effects_which",)


def test_a_question_naming_an_opioid_but_no_condition_is_about_opioid_dependence():
    # "can ketamine help me get off oxycodone?", "do you prescribe suboxone too?"
    for value in ("oxycodone", "buprenorphine", "opioids", "methadone"):
        assert condition_answer([entity("medication", value)], None) == CONDITION_ANSWERS["opioid dependence"]
    # a condition named beside it still decides
    assert condition_answer([entity("condition", "CRPS"), entity("medication", "oxycodone")], None) == \
        CONDITION_ANSWERS["CRPS"]


def test_opioid_maintenance_named_beside_a_condition_adds_the_opioid_answer():
    # "I'm on Suboxone for chronic pain, does ketamine clash with it?"
    for value in ("buprenorphine", "methadone"):
        assert condition_answer([entity("medication", value), entity("condition", "neuropathic pain")], None) == \
            CONDITION_ANSWERS["neuropathic pain"] + CONDITION_ANSWERS["opioid dependence"]
    # once, when opioid dependence is itself named
    assert condition_answer([entity("condition", "opioid dependence"), entity("medication", "methadone")],
                            None) == CONDITION_ANSWERS["opioid dependence"]


def test_a_narrower_condition_in_the_same_message_wins_wherever_it_stands():
    # "I've had depression since giving birth": "depression" comes first.
    postpartum = CONDITION_ANSWERS["postpartum depression"]
    assert condition_answer([entity("condition", "depression"), entity("condition", "postpartum depression")],
                            None) == postpartum
    assert condition_answer([entity("condition", "treatment-resistant depression"),
                             entity("condition", "postpartum depression")], None) == postpartum
    # narrowed, not doubled: postpartum depression is answered once
    assert condition_answer([entity("condition", "postpartum depression"), entity("condition", "depression")],
                            None) == postpartum


def test_two_conditions_named_get_both_answers_in_the_order_named():
    # "do you treat fibromyalgia and mast cell activation syndrome?"
    assert condition_answer([entity("condition", "fibromyalgia"), entity("condition", "MCAS")], None) == \
        CONDITION_ANSWERS["fibromyalgia"] + CONDITION_ANSWERS["MCAS"]
    assert condition_answer([entity("condition", "PTSD"), entity("condition", "postpartum depression")],
                            None) == CONDITION_ANSWERS["PTSD"] + CONDITION_ANSWERS["postpartum depression"]
    # one listed, one not: what the clinic treats, then the answer for conditions it does not list
    assert condition_answer([entity("condition", "CRPS"), entity("other_condition", "lupus")], None) == \
        CONDITION_ANSWERS["CRPS"] + UNLISTED_CONDITION
    # the same answer once: CRPS and fibromyalgia share the pain answer
    assert condition_answer([entity("condition", "CRPS"), entity("condition", "fibromyalgia")], None) == \
        ("utter_condition_pain",)
    # at most two answers, however many are named
    three = [entity("condition", "depression"), entity("condition", "MCAS"), entity("condition", "PTSD")]
    assert condition_answer(three, None) == CONDITION_ANSWERS["depression"] + CONDITION_ANSWERS["MCAS"]


@pytest.fixture(scope="module")
def entities_as_rasa_sees_them():
    """Entities of a message as Rasa passes them on: SpacyEntityExtractor gives the
    text matched, EntitySynonymMapper turns it into the canonical value."""
    nlp = pipeline.build_nlp()
    canonical = {form: value for value, forms in pipeline.synonyms(pipeline.load_vocabulary()).items()
                 for form in forms}

    def extract(text):
        return [entity(e.label_, canonical.get(e.text.lower(), e.text)) for e in nlp(text).ents]
    return extract


@pytest.mark.parametrize("text", [
    "my depression got so much worse after my second birth, can you help",
    "since baby #2 i've been really depressed, is that something you treat",
    "my wife has been low after her last delivery",
    "tengo depresion despues de mi segundo parto, me pueden ayudar?",
    "mi hermana anda con la depre desde su ultimo embarazo",
    "desde que nació mi tercer hijo estoy deprimida",
])
def test_depression_after_which_birth_gets_the_postpartum_answer(entities_as_rasa_sees_them, text):
    # a word between "after"/"desde" and the birth, depression named first or not at all,
    # and an earlier condition in the conversation
    assert condition_answer(entities_as_rasa_sees_them(text), "PTSD") == CONDITION_ANSWERS["postpartum depression"]


@pytest.mark.parametrize("text", [
    "should i stop my lexapro before i start ketamine",
    "can I taper off my wellbutrin when I begin spravato?",
    "my doctor has me on klonopin, do i lower it for the infusions",
    "debo dejar la sertralina antes de empezar con la ketamina?",
    "tomo lamotrigina y litio, las suspendo para el spravato?",
    "skip my gabapentin the night before?",
])
def test_stopping_ones_own_named_medicine_gets_the_physician_then_the_general_facts(entities_as_rasa_sees_them, text):
    assert medical_advice_answer(entities_as_rasa_sees_them(text), None) == MEDICAL_ADVICE + MEDICINE_FACTS


@pytest.mark.parametrize("text", [
    "i missed my dose this morning what should i do",
    "I've had a headache since my last session, should I take something?",
    "se me olvido la dosis de ayer",
    "should I skip my ketamine spray today",
])
def test_advice_that_names_no_other_medicine_gets_only_the_physician(entities_as_rasa_sees_them, text):
    assert medical_advice_answer(entities_as_rasa_sees_them(text), "antidepressant") == MEDICAL_ADVICE
