"""A second question in the same message: where a message splits into sentences,
and which sentence readings are answered after the first answer."""

from __future__ import annotations

import pytest
import yaml

from bot.core.settings import PROJECT_DIR
from bot.faq import next_question as nq
from bot.faq.answering import questions_answered
from bot.faq.next_question import next_questions, sentence_reading, sentences


def parts(text):
    return [text[s.start:s.end] for s in sentences(text)]


@pytest.mark.parametrize("text,expected", [
    ("How much is it? And do you take Aetna?", ["How much is it?", "And do you take Aetna?"]),
    ("where are you. what are your hours", ["where are you.", "what are your hours"]),
    ("what is spravato and what about side effects", ["what is spravato", "and what about side effects"]),
    ("how much is it, also do you take insurance", ["how much is it", "also do you take insurance"]),
    ("cuánto cuesta ¿aceptan seguro médico?", ["cuánto cuesta", "¿aceptan seguro médico?"]),
    ("¿Dónde están? y también quiero saber el horario", ["¿Dónde están?", "y también quiero saber el horario"]),
    ("how fast does it work and how long does it last", ["how fast does it work", "and how long does it last"]),
    ("is it addictive and do you take medicaid", ["is it addictive", "and do you take medicaid"]),
    ("cuanto cuesta la consulta y aceptan medicaid", ["cuanto cuesta la consulta", "y aceptan medicaid"]),
    # punctuation left as words by voice typing
    ("cuanto cuesta el spravato punto aceptan medicaid punto",
     ["cuanto cuesta el spravato", "aceptan medicaid"]),
    ("es persona o robot signo de interrogacion donde queda la clinica",
     ["es persona o robot", "donde queda la clinica"]),
    ("is it covered by medicaid question mark how long is a visit question mark",
     ["is it covered by medicaid", "how long is a visit"]),
])
def test_a_message_with_two_questions_splits_into_them(text, expected):
    assert parts(text) == expected


@pytest.mark.parametrize("text", [
    "can my husband also come in with me?",          # "also" inside a sentence
    "how much does an infusion cost",
    "Thanks. How long is a visit?",                  # one word is not a sentence
    "2.5 mg of what exactly",
    "can i eat and drink before the infusion",      # "and" before a word that opens no question
    "my husband and i want to know the cost",
    "tengo dolor y ansiedad, me pueden ayudar",
    "mi cita es a las tres en punto, donde me estaciono",   # a time, not a full stop
    "estoy a punto de empezar el tratamiento que debo saber",
    "mi correo es ana en gmail punto com para la cita",     # a dictated address
    "desde mi punto de vista es caro, hay descuentos",
    "",
])
def test_one_question_is_not_split(text):
    assert sentences(text) == []


def ranking(*pairs):
    return [{"name": name, "confidence": confidence} for name, confidence in pairs]


def reading(text, start, end, *pairs):
    return {"text": text[start:end], "start": start, "end": end,
            "intent": ranking(*pairs)[0], "intent_ranking": ranking(*pairs)}


TEXT = "where is the clinic? does it help crps? how much is it? what about fibro?"


def parse(*readings, entities=()):
    return {"text": TEXT, "entities": list(entities), "sentence_intents": list(readings)}


def test_the_questions_not_yet_answered_are_found_in_the_order_asked():
    data = parse(reading(TEXT, 0, 20, ("ask_location", 0.9), ("ask_hours", 0.05)),
                 reading(TEXT, 21, 39, ("ask_condition", 0.8), ("ask_cost", 0.1)),
                 reading(TEXT, 40, 55, ("ask_cost", 0.95), ("ask_hours", 0.01)))
    assert [q.intent for q in next_questions(data, ["ask_location"])] == ["ask_condition", "ask_cost"]


def test_an_unsure_sentence_is_left_alone_rather_than_guessed():
    below = parse(reading(TEXT, 40, 55, ("ask_cost", nq.SURE - 0.01), ("ask_hours", 0.0)))
    close = parse(reading(TEXT, 40, 55, ("ask_cost", 0.6), ("ask_sessions", 0.6 - nq.MARGIN + 0.01)))
    assert next_questions(below, []) == [] and next_questions(close, []) == []
    sure = parse(reading(TEXT, 40, 55, ("ask_cost", nq.SURE), ("ask_hours", nq.SURE - nq.MARGIN - 0.01)))
    assert [q.intent for q in next_questions(sure, [])] == ["ask_cost"]


def test_only_question_intents_are_answered_and_each_only_once():
    data = parse(reading(TEXT, 0, 20, ("greet", 0.99)),
                 reading(TEXT, 21, 39, ("crisis_suicide", 0.99)),
                 reading(TEXT, 40, 55, ("ask_cost", 0.9)),
                 reading(TEXT, 56, 74, ("ask_cost", 0.9)))
    assert [q.intent for q in next_questions(data, [])] == ["ask_cost"]


def test_at_most_two_more_questions_are_answered():
    intents = ["ask_cost", "ask_hours", "ask_location", "ask_sessions"]
    text = "how much? when? where? how many?"
    spans = [(0, 9), (10, 15), (16, 22), (23, 32)]
    data = {"text": text, "entities": [], "sentence_intents": [
        reading(text, a, b, (name, 0.9)) for (a, b), name in zip(spans, intents)]}
    assert len(next_questions(data, [])) == nq.MAX_MORE == 2


def test_each_question_gets_the_entities_of_its_own_sentence():
    crps = {"entity": "condition", "value": "CRPS", "start": 33, "end": 37}
    fibro = {"entity": "condition", "value": "fibromyalgia", "start": 67, "end": 72}
    data = parse(reading(TEXT, 21, 39, ("ask_condition", 0.9)), entities=[crps, fibro])
    assert next_questions(data, ["ask_location"])[0].entities == [crps]


def test_a_message_without_sentence_readings_has_no_further_questions():
    assert next_questions({"text": "how much?", "intent": {"name": "ask_cost"}}, ["ask_cost"]) == []


def test_the_margin_is_the_fallback_classifiers_and_a_sentence_must_be_surer_than_a_message():
    config = yaml.safe_load((PROJECT_DIR / "config.yml").read_text(encoding="utf-8"))
    fallback = next(c for c in config["pipeline"] if c["name"] == "FallbackClassifier")
    assert nq.MARGIN == fallback["ambiguity_threshold"] and nq.SURE > fallback["threshold"]


def test_a_sentence_that_tells_rather_than_asks_is_not_answered():
    text = "is the office accessible? my mom uses a wheelchair"
    data = {"text": text, "entities": [], "sentence_intents": [
        reading(text, 0, 25, ("ask_location", 0.95)), reading(text, 26, len(text), ("ask_side_effects", 0.95))]}
    assert next_questions(data, ["ask_location"]) == []
    spanish = "donde estan? cuanto cuesta la consulta"
    data = {"text": spanish, "entities": [], "sentence_intents": [
        reading(spanish, 0, 12, ("ask_location", 0.95)), reading(spanish, 13, len(spanish), ("ask_cost", 0.95))]}
    assert [q.intent for q in next_questions(data, ["ask_location"])] == ["ask_cost"]


def test_a_reading_records_its_sentence():
    entry = sentence_reading(nq.Span(0, 8), "how much? where?", ranking(("ask_cost", 0.9)))
    assert entry == {"text": "how much", "start": 0, "end": 8, "intent": {"name": "ask_cost", "confidence": 0.9},
                     "intent_ranking": ranking(("ask_cost", 0.9))}


# What the assistant answers for a whole message outside a form
# (bot.faq.answering): the one function the actions and the evaluation share.
TWO = "where is the clinic? how much is it?"


def whole(intent, confidence, *readings, second=None):
    ranked = [(intent, confidence)] + ([second] if second else [])
    return {"text": TWO, "entities": [{"entity": "x", "start": 0, "end": 5}],
            "intent": ranking(*ranked)[0], "intent_ranking": ranking(*ranked),
            "sentence_intents": list(readings)}


SURE_SENTENCES = (reading(TWO, 0, 20, ("ask_location", 0.9), ("ask_hours", 0.05)),
                  reading(TWO, 21, 36, ("ask_cost", 0.95), ("ask_hours", 0.01)))


def test_a_question_is_answered_with_the_message_entities_then_its_other_questions():
    answered = questions_answered(whole("ask_location", 0.8, *SURE_SENTENCES))
    assert [(q.intent, len(q.entities)) for q in answered] == [("ask_location", 1), ("ask_cost", 0)]
    assert [q.intent for q in questions_answered(whole("ask_location", 0.8, *SURE_SENTENCES),
                                                 further=False)] == ["ask_location"]


def test_an_unsure_message_is_answered_from_its_best_reading_or_else_its_sure_sentences():
    best = whole("nlu_fallback", 0.55, *SURE_SENTENCES, second=("ask_hours", 0.5))
    assert [q.intent for q in questions_answered(best)] == ["ask_hours", "ask_location", "ask_cost"]
    vague = whole("nlu_fallback", 0.55, *SURE_SENTENCES, second=("ask_hours", 0.2))
    assert [q.intent for q in questions_answered(vague)] == ["ask_location", "ask_cost"]
    assert questions_answered(vague, further=False) == []


def test_a_message_that_asks_nothing_gets_no_answer():
    assert questions_answered(whole("greet", 0.99, *SURE_SENTENCES)) == []
    assert questions_answered(whole("nlu_fallback", 0.55, second=("greet", 0.9))) == []


PPD = {"entity": "condition", "value": "postpartum depression", "start": 33, "end": 43}


@pytest.mark.parametrize("first", ["ask_how_fast", "ask_compare", "ask_iv_infusion", "ask_sessions"])
def test_a_treatment_question_for_postpartum_depression_also_gets_its_cautions(first):
    # "how fast does ketamine work for postpartum depression?": the onset, then the
    # postpartum answer (off-label, the approved treatments, breastfeeding)
    data = {"text": "how fast does ketamine work for postpartum depression?", "entities": [PPD]}
    assert next_questions(data, [first]) == [nq.NextQuestion("ask_condition", [PPD])]


def test_cautions_follow_opioid_dependence_but_not_a_condition_without_them():
    opioid = {"entity": "condition", "value": "opioid dependence", "start": 0, "end": 5}
    crps = {"entity": "condition", "value": "CRPS", "start": 0, "end": 4}
    assert [q.intent for q in next_questions({"entities": [opioid]}, ["ask_sessions"])] == ["ask_condition"]
    assert next_questions({"entities": [crps]}, ["ask_sessions"]) == []


def test_no_cautions_after_the_condition_answer_itself_or_a_practical_question():
    assert next_questions({"entities": [PPD]}, ["ask_condition"]) == []
    assert next_questions({"entities": [PPD]}, ["ask_cost"]) == []


def test_a_second_sentence_about_postpartum_onset_gets_the_cautions_after_it():
    text = "where are you? how fast does it work for postpartum depression?"
    ppd = {"entity": "condition", "value": "postpartum depression", "start": 41, "end": 62}
    data = {"text": text, "entities": [ppd],
            "sentence_intents": [reading(text, 0, 14, ("ask_location", 0.9)),
                                 reading(text, 15, 63, ("ask_how_fast", 0.9))]}
    assert [q.intent for q in next_questions(data, ["ask_location"])] == ["ask_how_fast", "ask_condition"]
    assert questions_answered({**data, "intent": {"name": "ask_location"}, "intent_ranking": []})[-1].entities == [ppd]
