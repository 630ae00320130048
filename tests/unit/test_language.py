"""The conversation's language switches only on clear evidence or on request."""

import pytest
from rasa.shared.nlu.training_data.message import Message

from bot.language.detect import EN, ES, LanguageDetector, explicit_choice, named_language
from bot.language.rasa_component import CHOOSE_INTENT, LanguageGuard
from bot.language.responses import text_for, variation_for


@pytest.fixture(scope="module")
def detector():
    return LanguageDetector()


@pytest.fixture(scope="module")
def guard():
    return LanguageGuard({"domain": "domain.yml"})


@pytest.mark.parametrize("text", ["ok", "no", "si", "sí", "spravato?", "gracias", "José Luis García Pérez",
                                  "212-555-0100", "14 de marzo de 1985", "maria.lopez@gmail.com", "PTSD",
                                  "dolor", "hola"])
def test_short_or_ambiguous_messages_never_switch(detector, text):
    assert detector.clear_language(text) is None


@pytest.mark.parametrize("text", ["hola, necesito información sobre la ketamina", "¿aceptan seguro médico?",
                                  "tengo depresión desde hace años y nada me funciona",
                                  "qué es spravato", "se tomó todas las pastillas"])
def test_a_spanish_message_reads_as_spanish(detector, text):
    assert detector.clear_language(text) in (ES, None)
    assert detector.clear_language(text) != EN


@pytest.mark.parametrize("text", ["hola, necesito información sobre la ketamina",
                                  "tengo depresión desde hace años y nada me funciona"])
def test_a_clear_spanish_message_switches(detector, text):
    assert detector.clear_language(text) == ES


@pytest.mark.parametrize("text", ["can i talk to a person", "what are the side effects",
                                  "My mother has CRPS and the pain medicines stopped helping"])
def test_a_clear_english_message_switches_back(detector, text):
    assert detector.clear_language(text) == EN


@pytest.mark.parametrize("text, language", [
    ("en español por favor", ES), ("Español", ES), ("español", ES), ("¿Habla español?", ES),
    ("hábleme en español", ES), ("spanish please", ES), ("in English please", EN), ("English", EN),
    ("en inglés por favor", EN), ("can we talk in english", EN),
])
def test_an_explicit_request_chooses_the_language(text, language):
    assert explicit_choice(text) == language


@pytest.mark.parametrize("text", ["I'm Spanish", "is the doctor english or spanish", "my english is bad",
                                  "el español es difícil para mi mamá porque habla quechua"])
def test_mentioning_a_language_is_not_a_request(text):
    assert explicit_choice(text) is None


def test_a_request_read_by_the_classifier_takes_the_named_language():
    assert named_language("do you have staff who speak Spanish?") == ES
    assert named_language("¿me puede escribir en inglés?") == EN
    assert named_language("english or spanish?") is None


def test_a_tapped_button_never_switches_a_spanish_conversation(guard):
    # Spanish buttons send the English payload.
    message = Message({"text": "Please have someone call me", "intent": {"name": "request_callback"}})
    guard.process([message])
    assert not message.get("entities")


def _run(guard, text, intent="nlu_fallback"):
    message = Message({"text": text, "intent": {"name": intent, "confidence": 0.4}})
    guard.process([message])
    languages = [e["value"] for e in message.get("entities") or [] if e["entity"] == "language"]
    return message.get("intent")["name"], languages


def test_the_component_adds_the_entity_only_on_clear_evidence(guard):
    assert _run(guard, "hola necesito información sobre la ketamina", "greet") == ("greet", [ES])
    assert _run(guard, "ok", "affirm") == ("affirm", [])


def test_the_component_turns_a_request_into_the_choice_intent(guard):
    assert _run(guard, "en español por favor") == (CHOOSE_INTENT, [ES])
    assert _run(guard, "do you have staff who speak spanish", CHOOSE_INTENT) == (CHOOSE_INTENT, [ES])


def test_a_crisis_keeps_its_intent(guard):
    intent, languages = _run(guard, "español", "crisis_self_harm")
    assert intent == "crisis_self_harm" and languages == [ES]


def test_variation_for_follows_rasa_conditions():
    variations = [
        {"text": "en oi", "condition": [{"type": "slot", "name": "crisis_category", "value": "oi"},
                                         {"type": "slot", "name": "language", "value": "en"}]},
        {"text": "es oi", "condition": [{"type": "slot", "name": "crisis_category", "value": "oi"},
                                         {"type": "slot", "name": "language", "value": "es"}]},
        {"text": "en default"},
        {"text": "es default", "condition": [{"type": "slot", "name": "language", "value": "es"}]},
    ]
    responses = {"r": variations}
    assert text_for(responses, "r", ES, crisis_category="oi") == "es oi"
    assert text_for(responses, "r", EN, crisis_category="oi") == "en oi"
    assert text_for(responses, "r", ES, crisis_category="other") == "es default"
    assert text_for(responses, "r", EN) == "en default"
    assert variation_for([], {}) is None


def test_the_widgets_language_counts_only_when_the_message_shows_none(guard):
    """The web app sends it as metadata while the widget's language differs from
    the assistant's (a new chat on a Spanish page)."""
    def languages(text, widget):
        message = Message({"text": text, "intent": {"name": "greet", "confidence": 0.9},
                           "metadata": {"language": widget}})
        guard.process([message])
        return [e["value"] for e in message.get("entities") or [] if e["entity"] == "language"]

    assert languages("hola", ES) == [ES]
    assert languages("ok", EN) == [EN]
    assert languages("what is spravato and how does it work", ES) == [EN]  # the words decide
    assert languages("hola", "fr") == []
