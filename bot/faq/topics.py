"""Which answer a question about a condition or about side effects gets.

A slot filled from an entity keeps its value until another entity replaces it,
so "do you treat anxiety?" after "I have depression" would be answered about
depression. These choices therefore read the entities of the message being
answered first, and fall back to what the visitor named earlier only when this
message names nothing. Pure: entity dicts in, response names out.
"""

from __future__ import annotations

from typing import Any, Dict, FrozenSet, Iterable, Optional, Tuple

# Canonical condition (bot/nlp/vocabulary.yml, label "condition") -> the
# responses that answer it, in order (each at most a short bubble).
CONDITION_ANSWERS: Dict[str, Tuple[str, ...]] = {
    "CRPS": ("utter_condition_pain",),
    "fibromyalgia": ("utter_condition_pain",),
    "trigeminal neuralgia": ("utter_condition_pain",),
    "neuropathic pain": ("utter_condition_pain",),
    "depression": ("utter_condition_depression",),
    "treatment-resistant depression": ("utter_condition_depression",),
    "PTSD": ("utter_condition_ptsd", "utter_condition_ptsd_evidence"),
    "postpartum depression": ("utter_condition_postpartum", "utter_condition_postpartum_safety"),
    "MCAS": ("utter_condition_mcas",),
    "opioid dependence": ("utter_condition_opioid", "utter_condition_opioid_safety"),
}
UNLISTED_CONDITION = ("utter_condition_unlisted",)
# The conditions whose answer carries a safety caution (a "..._safety" response:
# off-label use, pregnancy and breastfeeding; a lost tolerance, added sedation).
# A general treatment question asked for one of them is followed by that answer
# (bot/faq/next_question.py, condition_cautions).
CAUTIONED_CONDITIONS: FrozenSet[str] = frozenset(
    condition for condition, answers in CONDITION_ANSWERS.items()
    if any(answer.endswith("_safety") for answer in answers))
# A condition that narrows another one named in the same message wins over it,
# wherever it stands: "I've had depression since giving birth" is about
# postpartum depression.
NARROWS: Dict[str, FrozenSet[str]] = {
    "postpartum depression": frozenset({"depression", "treatment-resistant depression"}),
}
# Medicines (label "medication") whose naming in a question about conditions
# means opioid dependence ("can ketamine help me get off oxycodone?", "do you
# prescribe suboxone too?"): the opioids and the medicines used against them.
OPIOID_MEDICATIONS = frozenset({
    "opioids", "fentanyl", "heroin", "oxycodone", "hydrocodone", "morphine", "methadone",
    "buprenorphine", "tramadol", "hydromorphone", "naloxone"})
# The medicines of opioid maintenance treatment: named beside a condition ("I'm on
# Suboxone for chronic pain, does ketamine clash with it?") the opioid answer
# (ketamine with opioids, the approved medicines) follows the condition's. An
# opioid painkiller beside a condition does not: that is pain treatment.
MAINTENANCE_MEDICATIONS = frozenset({"buprenorphine", "methadone"})
WHICH_CONDITION = ("utter_condition_which",)
# Two answers read in a chat; a third would bury the first.
MAX_CONDITIONS_ANSWERED = 2

# Canonical treatment (label "treatment") -> its side-effect answer.
SIDE_EFFECT_ANSWERS: Dict[str, Tuple[str, ...]] = {
    "Spravato": ("utter_side_effects_spravato", "utter_side_effects_spravato_more"),
    "ketamine nasal spray": ("utter_side_effects_nasal", "utter_side_effects_nasal_more"),
    "IV ketamine infusion": ("utter_side_effects_iv",),
}
WHICH_TREATMENT = ("utter_side_effects_which",)

# A question about one's own medicine (stopping, lowering or skipping it when
# starting ketamine, a missed dose) is answered first with what only a
# physician can decide; when it names a medicine other than ketamine itself,
# the general facts about medicines with ketamine follow (which ones add
# sedation or raise blood pressure; don't stop one on your own), because a
# visitor who asks "should I stop my Lexapro before ketamine?" is asking both.
MEDICAL_ADVICE = ("utter_medical_advice",)
MEDICINE_FACTS = ("utter_clinical_interactions",)
NOT_AN_INTERACTION = frozenset({"ketamine", "naloxone"})
SIDE_EFFECTS_EMERGENCY = "utter_side_effects_emergency"  # after every side-effect answer


def medical_advice_answer(entities: Iterable[Dict[str, Any]], named_earlier: Optional[str] = None) -> Tuple[str, ...]:
    """The responses for "should I stop / lower / skip my X", "I missed a dose".
    Only this message's medicines count (`named_earlier` is ignored): an answer
    about a medicine named three turns ago would answer a question not asked."""
    named = any(e.get("entity") == "medication" and e.get("value") and e.get("value") not in NOT_AN_INTERACTION
                for e in entities)
    return MEDICAL_ADVICE + MEDICINE_FACTS if named else MEDICAL_ADVICE


def _first(entities: Iterable[Dict[str, Any]], *labels: str) -> Optional[Dict[str, Any]]:
    return next((e for e in entities if e.get("entity") in labels and e.get("value")), None)


def condition_answer(entities: Iterable[Dict[str, Any]], named_earlier: Optional[str]) -> Tuple[str, ...]:
    """The responses for "do you treat X / can ketamine help with X". A message
    that names two conditions ("fibromyalgia and MCAS") gets both answers, in the
    order named (at most MAX_CONDITIONS_ANSWERED, one answer per distinct text:
    CRPS and fibromyalgia share the pain answer)."""
    entities = list(entities)
    answers: list = []
    for named in (e for e in entities if e.get("entity") in ("condition", "other_condition") and e.get("value")):
        named = _narrowest(named, entities)
        answer = UNLISTED_CONDITION if named["entity"] == "other_condition" \
            else CONDITION_ANSWERS.get(named["value"], UNLISTED_CONDITION)
        if answer not in answers:
            answers.append(answer)
    if answers and any(e.get("entity") == "medication" and e.get("value") in MAINTENANCE_MEDICATIONS
                       for e in entities) and CONDITION_ANSWERS["opioid dependence"] not in answers:
        answers.append(CONDITION_ANSWERS["opioid dependence"])  # "on suboxone for chronic pain"
    if answers:
        return tuple(r for answer in answers[:MAX_CONDITIONS_ANSWERED] for r in answer)
    if any(e.get("entity") == "medication" and e.get("value") in OPIOID_MEDICATIONS for e in entities):
        return CONDITION_ANSWERS["opioid dependence"]
    return CONDITION_ANSWERS.get(named_earlier or "", WHICH_CONDITION)


def _narrowest(named: Dict[str, Any], entities: Iterable[Dict[str, Any]]) -> Dict[str, Any]:
    for entity in entities:
        if entity.get("entity") == "condition" and named.get("value") in NARROWS.get(entity.get("value"), ()):
            return entity
    return named


def side_effects_answer(entities: Iterable[Dict[str, Any]], named_earlier: Optional[str]) -> Tuple[str, ...]:
    """The responses for "what are the side effects (of X)"."""
    named = _first(entities, "treatment")
    key = named["value"] if named is not None else named_earlier
    answer = SIDE_EFFECT_ANSWERS.get(key or "")
    return answer + (SIDE_EFFECTS_EMERGENCY,) if answer else WHICH_TREATMENT
