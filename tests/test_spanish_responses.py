"""Every visitor-facing response speaks Spanish when the conversation does (issue 15).

Checked with Rasa's own variation filter (the code that picks a response at run
time), for each value of the other slot a response is conditioned on
(`crisis_category`): with `language` es every variation Rasa could pick is a
Spanish one, with en every one is English (Rasa picks at random among all
matching variations, so one stray match would be a coin toss). Spanish buttons
send the English payloads, in the same order, so the forms and rules read them
the same way. The emergency numbers are the Spanish-language ones.
"""

import re

import pytest
import yaml
from rasa.core.nlg.generator import ResponseVariationFilter

from bot.core.settings import PROJECT_DIR
from bot.language.detect import EN, ES
from bot.language.responses import SLOT, conditions, language_of, text_for

DOMAIN = yaml.safe_load((PROJECT_DIR / "domain.yml").read_text(encoding="utf-8"))
RESPONSES = DOMAIN["responses"]
CRISIS_VALUES = DOMAIN["slots"]["crisis_category"]["values"]


def slot_cases(name):
    """The slot values under which a response can be uttered, besides the language."""
    other = {k for v in RESPONSES[name] for k in conditions(v) if k != SLOT}
    if not other:
        return [{}]
    assert other == {"crisis_category"}, f"{name}: conditioned on {other}"
    return [{"crisis_category": value} for value in [None, *CRISIS_VALUES]]


CASES = [pytest.param(name, slots, id=f"{name}{slots or ''}")
         for name in RESPONSES for slots in slot_cases(name)]


def picks(name, slots, language):
    return ResponseVariationFilter(RESPONSES).responses_for_utter_action(
        name, "rest", {**slots, SLOT: language})


@pytest.mark.parametrize("name, slots", CASES)
def test_every_response_has_a_spanish_variation_and_only_it_is_picked_in_spanish(name, slots):
    chosen = picks(name, slots, ES)
    assert chosen, f"{name} has no variation for {slots} in Spanish"
    assert {language_of(v) for v in chosen} == {ES}, f"{name} lacks its Spanish variation for {slots}"
    english = {v.get("text") for v in picks(name, slots, EN)}
    assert len({v.get("text") for v in chosen}) == len(english), \
        f"{name}: Rasa could pick among several Spanish texts for {slots} where English has one"


@pytest.mark.parametrize("name, slots", CASES)
def test_an_english_conversation_never_gets_spanish(name, slots):
    chosen = picks(name, slots, EN)
    assert chosen and {language_of(v) for v in chosen} == {EN}, name


@pytest.mark.parametrize("name, slots", CASES)
def test_spanish_buttons_send_the_english_payloads(name, slots):
    payloads = [[b["payload"] for b in v.get("buttons") or []] for v in picks(name, slots, EN)]
    spanish = [[b["payload"] for b in v.get("buttons") or []] for v in picks(name, slots, ES)]
    assert {tuple(p) for p in spanish} == {tuple(p) for p in payloads}, name
    titles = [b["title"] for v in picks(name, slots, ES) for b in v.get("buttons") or []]
    english = {b["title"] for v in picks(name, slots, EN) for b in v.get("buttons") or []}
    translated = [t for t in titles if t in english and not re.fullmatch(r"[\d\W]+|No|PTSD|MCAS|Spravato", t)]
    assert translated == [], f"{name}: titles left in English: {translated}"


@pytest.mark.parametrize("name", ["utter_greet", "utter_crisis_self_harm", "utter_crisis_ask_suicide",
                                  "utter_crisis_not_safe", "utter_crisis_lines", "utter_goodbye"])
def test_spanish_crisis_lines_say_how_to_reach_988_in_spanish(name):
    text = " ".join(text_for(RESPONSES, name, ES).split())
    assert "988" in text and re.search(r"marque 2|marcar 2|AYUDA", text), text
    assert "988lifeline.org" not in text


@pytest.mark.parametrize("category", ["overdose_intentional", "poisoning", None])
def test_spanish_overdose_guidance_keeps_911_and_its_own_steps(category):
    text = text_for(RESPONSES, "utter_crisis_overdose", ES, crisis_category=category)
    english = text_for(RESPONSES, "utter_crisis_overdose", EN, crisis_category=category)
    assert text.count("\n") == english.count("\n"), "the same steps, one to a line"
    text, english = " ".join(text.split()), " ".join(english.split())
    assert "911" in text and "naloxona" in text
    assert ("1-800-222-1222" in text) == ("1-800-222-1222" in english)
    assert ("intérpretes" in text) == ("interpreters" in english)


def test_spanish_opioid_help_gives_samhsa_in_spanish():
    text = " ".join(text_for(RESPONSES, "utter_crisis_opioid_help", ES).split())
    assert "1-800-662-4357" in text and "español" in text and "911" in text


CLINICAL_PREFIXES = ("utter_clinical_", "utter_crisis_", "utter_condition_", "utter_side_effects_")


def test_every_clinical_spanish_text_is_listed_for_review_next_to_its_source():
    doc = " ".join((PROJECT_DIR / "docs" / "clinical-content.md").read_text(encoding="utf-8")
                    .replace("\n>", " ").split())
    for name, variations in RESPONSES.items():
        if not name.startswith(CLINICAL_PREFIXES):
            continue
        for variation in variations:
            if language_of(variation) == ES:
                text = " ".join(variation["text"].split())
                assert text in doc, f"{name}: Spanish text not in docs/clinical-content.md"
    assert "to be confirmed by the clinic's bilingual clinician" in doc.lower()


@pytest.mark.parametrize("category, expected", [
    ("self_harm", "marque 2"), ("overdose_intentional", "Poison Help"), ("overdose", "naloxona"),
    ("medical_emergency", "convulsión"),
])
async def test_rasa_says_the_guidance_in_spanish_in_a_spanish_conversation(category, expected):
    from rasa.core.nlg.response import TemplatedNaturalLanguageGenerator
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import SlotSet
    from rasa.shared.core.trackers import DialogueStateTracker

    from bot.crisis import categories

    domain = Domain.load(str(PROJECT_DIR / "domain.yml"))
    tracker = DialogueStateTracker.from_events("visitor", [SlotSet(SLOT, ES), SlotSet("crisis_category", category)],
                                               domain.slots)
    response = categories.get(category).response
    for _ in range(5):  # Rasa picks at random among matching variations
        message = await TemplatedNaturalLanguageGenerator(domain.responses).generate(response, tracker, "rest")
        assert "911" in message["text"] and expected in message["text"], message["text"]
