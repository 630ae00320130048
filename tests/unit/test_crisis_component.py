"""The Rasa component: the detector decides when it fires; DIET's crisis intents
keep their category; a low-confidence reading of suicide risk becomes a
possible risk (the visitor is asked directly); nothing else is touched."""

from rasa.shared.nlu.training_data.message import Message

from bot.crisis import categories
from bot.crisis.rasa_component import (ASK_MIN_CONFIDENCE, DIET_MIN_CONFIDENCE, CrisisGuard, apply_category,
                                       choose_category, demote)


def message(text, intent="ask_hours", confidence=0.8, ranking=None):
    m = Message(data={"text": text})
    m.set("intent", {"name": intent, "confidence": confidence})
    m.set("intent_ranking", ranking or [{"name": intent, "confidence": confidence}])
    m.set("entities", [])
    return m


def test_a_category_sets_its_intent_with_full_confidence_and_the_entity():
    m = message("x")
    apply_category(m, "overdose_intentional")
    assert m.get("intent") == {"name": "crisis_overdose", "confidence": 1.0}
    assert m.get("intent_ranking")[0]["name"] == "crisis_overdose"
    assert m.get("entities")[-1] == {"entity": "crisis_category", "value": "overdose_intentional",
                                     "extractor": "CrisisGuard", "start": 0, "end": 1,
                                     "confidence_entity": 1.0}


def test_no_category_leaves_the_message_alone():
    m = message("x")
    apply_category(m, None)
    assert m.get("intent")["name"] == "ask_hours" and m.get("entities") == []


def test_the_detector_wins_over_diet():
    assert choose_category("poisoning", "ask_cost", []) == "poisoning"


def sure(intent, confidence=DIET_MIN_CONFIDENCE):
    return [{"name": intent, "confidence": confidence}]


def test_a_confident_diet_crisis_intent_keeps_its_default_category():
    assert choose_category(None, "crisis_overdose", sure("crisis_overdose")) == "overdose"
    assert choose_category(None, "crisis_possible_risk", sure("crisis_possible_risk")) == "possible_risk"
    assert choose_category(None, "ask_cost", sure("ask_cost", 0.99)) is None


def test_a_less_confident_diet_crisis_intent_is_not_enough_except_for_suicide_risk():
    unsure = (DIET_MIN_CONFIDENCE + ASK_MIN_CONFIDENCE) / 2
    assert choose_category(None, "crisis_medical", sure("crisis_medical", unsure)) is None
    assert choose_category(None, "crisis_self_harm", sure("crisis_self_harm", unsure)) == "possible_risk"


def test_crisis_words_the_detector_ruled_out_overrule_diet():
    # "i have never had a seizure": negated, so DIET's crisis_medical does not stand
    assert choose_category(None, "crisis_medical", sure("crisis_medical", 0.99), ruled_out=True) is None


def test_an_unconfirmed_crisis_intent_gives_way():
    m = message("x", "crisis_medical", 0.7, [{"name": "crisis_medical", "confidence": 0.7},
                                            {"name": "ask_side_effects", "confidence": 0.2}])
    demote(m)
    assert m.get("intent")["name"] == "nlu_fallback"
    m = message("x", "crisis_medical", 0.3, [{"name": "ask_side_effects", "confidence": 0.6},
                                            {"name": "crisis_medical", "confidence": 0.3}])
    demote(m)
    assert m.get("intent")["name"] == "ask_side_effects"


def test_the_guard_overrules_diet_on_a_negated_emergency():
    guard = CrisisGuard({})
    m = message("i have never had a seizure", "crisis_medical", 0.99)
    guard.process([m])
    assert m.get("intent")["name"] == "nlu_fallback"
    assert not [e for e in m.get("entities") if e["entity"] == "crisis_category"]


def test_a_low_confidence_reading_of_suicide_risk_is_asked_about():
    low = ASK_MIN_CONFIDENCE + 0.05
    ranking = [{"name": "nlu_fallback", "confidence": 0.55},
               {"name": "crisis_self_harm", "confidence": low}]
    assert choose_category(None, "nlu_fallback", ranking) == "possible_risk"
    too_low = [{"name": "crisis_self_harm", "confidence": ASK_MIN_CONFIDENCE - 0.05}]
    assert choose_category(None, "nlu_fallback", too_low) is None
    second = [{"name": "ask_cost", "confidence": 0.05}, {"name": "crisis_self_harm", "confidence": 0.04}]
    assert choose_category(None, "nlu_fallback", second) is None


def test_component_runs_the_detector_on_every_message():
    guard = CrisisGuard({})
    crisis, calm = message("my friend is not breathing after fentanyl"), message("what are your hours")
    guard.process([crisis, calm])
    assert crisis.get("intent")["name"] == "crisis_overdose"
    assert crisis.get("entities")[-1]["value"] == "overdose"
    assert calm.get("intent")["name"] == "ask_hours"


def test_every_category_maps_to_an_intent_the_component_can_set():
    for category in categories.CATEGORIES:
        m = message("x")
        apply_category(m, category.key)
        assert m.get("intent")["name"] == category.intent


def test_a_message_only_about_the_past_or_saying_all_is_well_overrules_diet():
    from bot.crisis.detector import CrisisDetector

    detector = CrisisDetector()
    for text in ("my uncle took his own life when i was little, is depression inherited",
                 "i feel fine now, just asking what the crisis line number is",
                 "estoy bien ahora, solo pregunto por el 988"):
        detections, ruled_out = detector.analyze(text)
        assert detections == [] and ruled_out, text
    # "now" keeps the past from explaining anything away
    assert detector.analyze("years ago i tried, and now i am thinking about it again") == ([], False)
