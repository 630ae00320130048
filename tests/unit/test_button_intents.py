"""A tapped button means what it was made for: every payload is a training
example of one intent, that intent counts as an answer to the form question the
button belongs to, and the component gives it at full confidence whatever DIET
read (bot/rasa_ext/button_intents.py)."""

from pathlib import Path

import pytest
import yaml
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.loading import load_data
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.core.settings import PROJECT_DIR
from bot.language.detect import fold
from bot.rasa_ext.button_intents import ButtonIntentClassifier, all_payloads, payload_intents

DOMAIN = PROJECT_DIR / "domain.yml"


@pytest.fixture(scope="module")
def mapping():
    data = load_data(str(PROJECT_DIR / "data" / "nlu"))
    examples = [(m.get("text") or "", m.get("intent") or "") for m in data.intent_examples]
    return payload_intents(all_payloads(DOMAIN), examples)


def message(text, intent="nlu_fallback", confidence=0.4):
    m = Message(data={"text": text})
    m.set("intent", {"name": intent, "confidence": confidence})
    m.set("intent_ranking", [{"name": intent, "confidence": confidence},
                             {"name": "start_triage", "confidence": 0.3}])
    return m


def test_every_button_payload_is_an_example_of_exactly_one_intent(mapping):
    mapped, unmapped = mapping
    assert unmapped == {}, "payloads that are examples of no intent (set()) or of several"
    assert fold("Is ketamine treatment right for me?") in mapped  # the widget's first buttons count


def test_a_form_questions_buttons_count_as_answers_to_it(mapping):
    mapped, _ = mapping
    domain = yaml.safe_load(DOMAIN.read_text(encoding="utf-8"))
    slots, checked = domain["slots"], 0
    for name, variations in domain["responses"].items():
        slot = slots.get(name[len("utter_ask_"):]) if name.startswith("utter_ask_") else None
        if not slot:
            continue
        excluded = {i for m in slot.get("mappings") or [] for i in m.get("not_intent") or []}
        for variation in variations:
            for button in variation.get("buttons") or []:
                intent = mapped.get(fold(button["payload"]))
                assert intent not in excluded, (name, button["payload"], intent)
                checked += 1
    assert checked > 50


def test_payloads_are_matched_folded_and_ambiguous_ones_are_left_to_diet():
    mapped, unmapped = payload_intents(
        ["Not sure", "¿Qué es Spravato?", "Morning", "Unknown"],
        [("not sure!", "inform"), ("Que es spravato", "ask_spravato"),
         ("morning", "greet"), ("Morning", "inform"), ("something else", "inform")])
    assert mapped == {"not sure": "inform", "que es spravato": "ask_spravato"}
    assert unmapped == {"morning": {"greet", "inform"}, "unknown": set()}


def test_the_component_learns_the_payloads_persists_them_and_sets_the_intent(tmp_path):
    domain = tmp_path / "domain.yml"
    domain.write_text(yaml.safe_dump({"responses": {"utter_ask_x": [{
        "text": "Anything else?", "buttons": [{"title": "Not sure", "payload": "Not sure"},
                                              {"title": "Start", "payload": "/start_triage"}]}]}}))
    storage, resource = LocalModelStorage(tmp_path), Resource("buttons")
    context = ExecutionContext(GraphSchema({}), "test")
    config = {"domain": str(domain)}
    component = ButtonIntentClassifier.create(config, storage, resource, context)
    component.train(TrainingData([Message(data={"text": "not sure", "intent": "inform"}),
                                  Message(data={"text": "how much is it", "intent": "ask_cost"})]))

    loaded = ButtonIntentClassifier.load(config, storage, resource, context)
    tapped, typed, other, slash = (message("Not sure"), message(" NOT SURE. "), message("how much is it"),
                                   message("/start_triage", "start_triage", 1.0))
    loaded.process([tapped, typed, other, slash])
    assert tapped.get("intent") == {"name": "inform", "confidence": 1.0}
    assert [r["name"] for r in tapped.get("intent_ranking")] == ["inform", "nlu_fallback", "start_triage"]
    assert typed.get("intent")["name"] == "inform"
    # Not a payload: DIET's reading stands, even for a training example.
    assert other.get("intent") == {"name": "nlu_fallback", "confidence": 0.4}
    assert slash.get("intent") == {"name": "start_triage", "confidence": 1.0}


def test_an_untrained_model_reads_nothing(tmp_path):
    storage = LocalModelStorage(tmp_path)
    context = ExecutionContext(GraphSchema({}), "test")
    component = ButtonIntentClassifier.load({}, storage, Resource("missing"), context)
    m = message("Not sure")
    component.process([m])
    assert m.get("intent")["name"] == "nlu_fallback"
