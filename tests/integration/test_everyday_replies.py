"""Everyday replies are never read as a crisis by the trained model.

Most of what a visitor types in a conversation is short: yes, no, thanks, a
name, a date, a phone number, an answer to a form's question. Each learned
layer (DIET, the risk model) has read two ordinary words as possible risk
before ("looks good" at the intake summary, 0.997 self-harm): a visitor who
confirms their details must never be asked whether they are thinking of ending
their life. The replies below are the answers the assistant's own questions
invite, in English and Spanish."""

from __future__ import annotations

import pytest
from rasa.shared.nlu.training_data.loading import load_data

from bot.core.settings import PROJECT_DIR
from bot.crisis import categories as C
from bot.language.detect import fold
from bot.rasa_ext.button_intents import all_payloads, payload_intents

pytestmark = pytest.mark.integration

ALARMING_INTENTS = {c.intent for c in C.CATEGORIES if c.tier is not C.Tier.URGENT}

EVERYDAY = [
    # yes, no, and thanks
    "yes", "yeah", "yep", "sure", "ok", "okay", "sounds good", "that's right", "correct", "perfect",
    "no", "nope", "no thanks", "not really", "not now", "maybe later", "i'm not sure", "idk",
    "thanks", "thank you so much", "great, thanks", "bye", "got it", "all good", "that's all",
    "sí", "si", "claro", "de acuerdo", "está bien", "no gracias", "todavía no", "gracias", "muchas gracias",
    "perfecto", "así es", "correcto", "listo", "adiós",
    # the intake form's questions: name, date of birth, phone, email, contact, consent
    "John Smith", "María José García López", "my name is Ana Lucía Pérez", "me llamo José Hernández",
    "03/14/1985", "march 14 1985", "14 de marzo de 1985", "born in 1972",
    "917-555-0134", "(212) 555 0199", "mi número es 646 555 0123",
    "ana.perez@example.com", "text me", "call me in the morning", "email is best", "por teléfono, por la tarde",
    "I agree", "i consent", "acepto", "sí, doy mi consentimiento", "looks good", "todo bien",
    "change my phone number", "the date is wrong",
    # the screening form: condition, how long, treatments, medicines, pregnancy
    "depression", "CRPS", "fibromyalgia", "chronic pain", "PTSD", "dolor crónico", "depresión",
    "about 3 years", "since 2019", "hace 5 años", "a few months",
    "zoloft and wellbutrin", "sertraline 100mg", "none", "ninguno", "therapy and two antidepressants",
    "not pregnant", "no estoy embarazada", "not breastfeeding",
    "Not at all", "several days", "varios días", "none of these", "ninguna de estas",
]


@pytest.mark.parametrize("text", EVERYDAY)
def test_an_everyday_reply_is_not_read_as_a_crisis(parse, text):
    parsed = parse(text)
    assert parsed["intent"]["name"] not in ALARMING_INTENTS, parsed["intent"]


def button_intents():
    """(payload, the intent it is a training example of) for every button."""
    data = load_data(str(PROJECT_DIR / "data" / "nlu"))
    payloads = sorted(set(all_payloads(PROJECT_DIR / "domain.yml")))
    mapped, _ = payload_intents(payloads, [(m.get("text") or "", m.get("intent") or "")
                                           for m in data.intent_examples])
    return [(p, mapped.get(fold(p))) for p in payloads]


@pytest.mark.parametrize("payload,intent", button_intents())
def test_every_button_tap_reads_as_the_intent_it_was_made_for(parse, payload, intent):
    """Through the whole trained pipeline (DIET, the fallback, the crisis guard,
    the language guard): a tap is never a fallback, a crisis or another intent."""
    assert parse(payload)["intent"] == {"name": intent, "confidence": 1.0}
