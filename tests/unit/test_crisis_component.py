"""The Rasa component overrides the intent when the detector fires, and only then."""

from rasa.shared.nlu.training_data.message import Message

from bot.crisis.rasa_component import CrisisGuard, apply_detection


def message(text, intent="ask_hours"):
    m = Message(data={"text": text})
    m.set("intent", {"name": intent, "confidence": 0.8})
    m.set("intent_ranking", [{"name": intent, "confidence": 0.8}])
    m.set("entities", [])
    return m


def test_a_detection_sets_the_crisis_intent_with_full_confidence():
    m = message("x")
    apply_detection(m, "overdose")
    assert m.get("intent") == {"name": "crisis_overdose", "confidence": 1.0}
    assert m.get("intent_ranking")[0]["name"] == "crisis_overdose"
    assert m.get("entities")[-1]["value"] == "overdose"


def test_no_detection_leaves_the_message_alone():
    m = message("x")
    apply_detection(m, None)
    assert m.get("intent")["name"] == "ask_hours" and m.get("entities") == []


def test_component_runs_the_detector_on_every_message():
    guard = CrisisGuard({})
    crisis, calm = message("my friend is not breathing after fentanyl"), message("what are your hours")
    guard.process([crisis, calm])
    assert crisis.get("intent")["name"] == "crisis_overdose"
    assert calm.get("intent")["name"] == "ask_hours"
