"""The Rasa component: the detector decides when it fires; DIET's crisis intents
keep their category; a low-confidence reading of suicide risk becomes a
possible risk (the visitor is asked directly); nothing else is touched."""

from rasa.shared.nlu.training_data.message import Message

from bot.crisis import categories
from bot.crisis.rasa_component import (AGREED_DIET_MIN, AGREED_RISK_MIN, ASK_MIN_CONFIDENCE, DIET_MIN_CONFIDENCE,
                                       RISK_AGREEMENT_MIN, CrisisGuard, apply_category, choose_category, demote)


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


def test_violence_at_home_takes_the_medical_rule_with_its_own_category():
    # "other emergencies get 911": the crisis_medical rule, and the slot picks the violence guidance
    m = message("my husband is choking me")
    apply_category(m, categories.VIOLENCE.key)
    assert m.get("intent") == {"name": "crisis_medical", "confidence": 1.0}
    assert m.get("entities")[-1]["value"] == "violence"


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


def test_the_risk_model_is_heard_only_when_the_detector_and_diet_are_silent():
    quiet = sure("ask_cost", 0.6)
    assert choose_category(None, "ask_cost", quiet, risk_kind="overdose") == "overdose"
    assert choose_category(None, "ask_cost", quiet, risk_kind="medical") == "medical_emergency"
    assert choose_category("poisoning", "ask_cost", quiet, risk_kind="medical") == "poisoning"
    assert choose_category(None, "crisis_overdose", sure("crisis_overdose"), risk_kind="medical") == "overdose"
    assert choose_category(None, "ask_cost", quiet, ruled_out=True, risk_kind="overdose") is None
    assert choose_category(None, "ask_cost", quiet, risk_kind=None) is None


def test_diet_needs_the_risk_model_not_to_disagree_outright():
    # An unconfirmed DIET emergency reading that the risk model reads as
    # almost surely not a crisis is dropped; self-harm becomes the direct question.
    low, high = RISK_AGREEMENT_MIN / 2, RISK_AGREEMENT_MIN
    assert choose_category(None, "crisis_overdose", sure("crisis_overdose"), risk_probability=low) is None
    assert choose_category(None, "crisis_medical", sure("crisis_medical"), risk_probability=low) is None
    assert choose_category(None, "crisis_self_harm", sure("crisis_self_harm"), risk_probability=low) == "possible_risk"
    assert choose_category(None, "crisis_possible_risk", sure("crisis_possible_risk"),
                           risk_probability=low) == "possible_risk"
    assert choose_category(None, "crisis_overdose", sure("crisis_overdose"), risk_probability=high) == "overdose"
    # a low-confidence reading of suicide risk needs it too
    unsure = sure("crisis_self_harm", (ASK_MIN_CONFIDENCE + DIET_MIN_CONFIDENCE) / 2)
    assert choose_category(None, "nlu_fallback", unsure, risk_probability=low) is None
    assert choose_category(None, "nlu_fallback", unsure, risk_probability=high) == "possible_risk"
    # the detector and opioid-dependence help never depend on it
    assert choose_category("overdose", "ask_cost", [], risk_probability=0.0) == "overdose"


def test_two_weak_readings_that_agree_are_heard():
    # DIET below its own thresholds and the risk model below its threshold,
    # both reading a crisis: suicide risk is asked about, the rest get guidance.
    weak = AGREED_DIET_MIN
    assert choose_category(None, "nlu_fallback", sure("crisis_medical", weak),
                           risk_probability=AGREED_RISK_MIN) == "medical_emergency"
    assert choose_category(None, "nlu_fallback", sure("crisis_overdose", weak),
                           risk_probability=AGREED_RISK_MIN) == "overdose"
    assert choose_category(None, "nlu_fallback", sure("crisis_self_harm", weak),
                           risk_probability=AGREED_RISK_MIN) == "possible_risk"
    # either one alone is not enough
    assert choose_category(None, "nlu_fallback", sure("crisis_medical", weak),
                           risk_probability=AGREED_RISK_MIN - 0.1) is None
    assert choose_category(None, "nlu_fallback", sure("crisis_medical", weak - 0.1),
                           risk_probability=AGREED_RISK_MIN) is None
    assert choose_category(None, "ask_cost", sure("ask_cost", 0.9), risk_probability=AGREED_RISK_MIN) is None


def test_a_self_harm_reading_of_the_risk_model_is_asked_about_not_treated_as_an_emergency():
    # The model is a guess over meanings: the visitor is asked directly, with 988.
    quiet = sure("ask_cost", 0.6)
    assert choose_category(None, "ask_cost", quiet, risk_kind="self_harm") == "possible_risk"
    assert categories.get("possible_risk").tier is categories.Tier.ASK


class FixedRisk:
    """A stand-in for the trained model that reads every message as one kind."""

    def __init__(self, kind):
        self.kind, self.calls = kind, 0

    def assess(self, embeddings):
        from bot.crisis.risk_model import Assessment

        self.calls += len(embeddings)
        return [Assessment(1.0 if self.kind else 0.0, self.kind or "self_harm")] * len(embeddings)

    def crisis_kind(self, _assessment):
        return self.kind


class NoEncoder:
    def encode(self, texts):
        return [[0.0]] * len(texts)


def guard_with(kind):
    guard = CrisisGuard({})
    guard._risk, guard._encoder = FixedRisk(kind), NoEncoder()
    return guard


def test_the_guard_consults_the_risk_model_only_when_it_can_change_the_answer():
    guard = guard_with("medical")
    [unknown] = guard.process([message("something feels very wrong with my husband", "ask_cost", 0.5)])
    assert unknown.get("intent")["name"] == "crisis_medical"
    assert guard._risk.calls == 1
    # the detector fires on an overdose: the model is not asked
    guard.process([message("he took a bunch of fentanyl and is not breathing")])
    # the detector rules crisis words out: the model is not asked either
    guard.process([message("i have never had a seizure")])
    assert guard._risk.calls == 1


def test_the_guard_turns_a_risk_model_self_harm_reading_into_the_direct_question():
    [m] = guard_with("self_harm").process([message("what is the point of any of it anymore", "ask_cost", 0.5)])
    assert m.get("intent")["name"] == "crisis_possible_risk"
    assert m.get("entities")[-1]["value"] == "possible_risk"


def test_a_short_reply_to_the_assistants_question_is_not_read_by_the_risk_model():
    guard = guard_with("self_harm")
    # the triage form's last button, read by DIET as "deny"
    [button] = guard.process([message("None of these", "deny", 0.87)])
    assert button.get("intent")["name"] == "deny" and button.get("entities") == []
    [spanish] = guard.process([message("no estoy segura", "inform", 0.6)])
    assert spanish.get("intent")["name"] == "inform"
    assert guard._risk.calls == 0


def test_the_risk_model_still_reads_a_longer_message_or_a_reply_diet_is_unsure_of():
    guard = guard_with("self_harm")
    [longer] = guard.process([message("none of it matters to me anymore honestly", "deny", 0.87)])
    assert longer.get("intent")["name"] == "crisis_possible_risk"
    [unsure] = guard.process([message("done with it", "deny", 0.3)])
    assert unsure.get("intent")["name"] == "crisis_possible_risk"
    [question] = guard.process([message("the third one", "ask_cost", 0.9)])
    assert question.get("intent")["name"] == "crisis_possible_risk"
    assert guard._risk.calls == 3


def test_a_short_reply_keeps_the_detector():
    [m] = guard_with(None).process([message("want to die", "deny", 0.9)])
    assert m.get("intent")["name"] in {"crisis_possible_risk", "crisis_self_harm"}
