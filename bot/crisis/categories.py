"""The crisis categories, declared once.

Everything that names a crisis category reads it from here: the detector's
pattern groups, the Rasa component (intent and `crisis_category` entity), the
escalation action and record, the on-call message, the dashboard labels, the
web fail-safe's guidance and the evaluation tool. A test checks `domain.yml`
(intents, the `crisis_category` slot's values, the guidance responses and their
conditional variations) and the crisis rules against this table.

Tiers (issue 11):
- EMERGENCY: guidance first (911, naloxone, Poison Help, 988), then the
  escalation is recorded and on-call staff are paged.
- ASK: possible suicide risk (hopelessness, being a burden, ideation mentioned
  in passing, a low-confidence crisis reading): the reply gives 988 and asks
  directly "Are you thinking about ending your life?"; a yes (or an unclear
  answer) is routed to the self-harm guidance and paged, a no is thanked.
  Asking directly is clinical best practice and does not raise risk.
- URGENT: an urgent callback, not an emergency (opioid dependence help).

Several categories share one intent: the intent chooses the rule (guidance,
escalation, follow-up question) and the `crisis_category` slot chooses the
conditional variation of the guidance response, so an intentional overdose
gets the combined overdose-and-suicide guidance through the same rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Dict, Tuple


class Tier(str, Enum):
    EMERGENCY = "emergency"
    ASK = "ask"
    URGENT = "urgent"


@dataclass(frozen=True)
class CrisisCategory:
    key: str  # stored in escalations.category and the crisis_category slot
    intent: str  # the NLU intent whose rule gives the guidance
    response: str  # the guidance response (its variation is chosen by the slot)
    priority: int  # lower is more urgent: which guidance wins in a mixed message
    label: str  # what on-call staff and the dashboard read
    at_risk: bool  # suggests suicide risk (988 in later messages, e.g. under-18 intake)
    tier: Tier
    escalates: bool = True  # recorded and paged when the guidance is given


OVERDOSE_INTENTIONAL = CrisisCategory(
    key="overdose_intentional", intent="crisis_overdose", response="utter_crisis_overdose",
    priority=0, label="intentional overdose or poisoning (suicide risk)", at_risk=True,
    tier=Tier.EMERGENCY)
OVERDOSE = CrisisCategory(
    key="overdose", intent="crisis_overdose", response="utter_crisis_overdose",
    priority=1, label="possible opioid overdose", at_risk=False, tier=Tier.EMERGENCY)
POISONING = CrisisCategory(
    key="poisoning", intent="crisis_overdose", response="utter_crisis_overdose",
    priority=2, label="overdose of a non-opioid drug or medicine", at_risk=False,
    tier=Tier.EMERGENCY)
# Self-injury done and bleeding now (veins or wrists opened, a blade used): 911 and
# pressure on the wound first, then 988. It shares crisis_self_harm's rule (the
# "are you safe" question follows); the slot picks its own variation of the guidance.
SELF_INJURY = CrisisCategory(
    key="self_injury", intent="crisis_self_harm", response="utter_crisis_self_harm",
    priority=3, label="self-injury, bleeding now (suicide risk)", at_risk=True, tier=Tier.EMERGENCY)
MEDICAL = CrisisCategory(
    key="medical_emergency", intent="crisis_medical", response="utter_crisis_medical",
    priority=4, label="medical emergency", at_risk=False, tier=Tier.EMERGENCY)
SELF_HARM = CrisisCategory(
    key="self_harm", intent="crisis_self_harm", response="utter_crisis_self_harm",
    priority=5, label="suicidal thoughts or self-harm", at_risk=True, tier=Tier.EMERGENCY)
# Violence at home now or threatened now (a partner, an ex or a relative hitting,
# choking, threatening to kill, waiting at the door): 911 if in danger now and the
# domestic violence hotlines. It shares crisis_medical's rule ("other emergencies
# get 911"); the slot picks its own variation of the guidance.
VIOLENCE = CrisisCategory(
    key="violence", intent="crisis_medical", response="utter_crisis_medical",
    priority=6, label="domestic violence (check it is safe before calling back)", at_risk=False,
    tier=Tier.EMERGENCY)
POSSIBLE_RISK = CrisisCategory(
    key="possible_risk", intent="crisis_possible_risk", response="utter_crisis_ask_suicide",
    priority=7, label="possible suicide risk (asked directly)", at_risk=True, tier=Tier.ASK,
    escalates=False)
OPIOID_DEPENDENCE = CrisisCategory(
    key="opioid_dependence", intent="opioid_dependence_help", response="utter_crisis_opioid_help",
    priority=8, label="opioid dependence, urgent callback requested", at_risk=False,
    tier=Tier.URGENT)

CATEGORIES: Tuple[CrisisCategory, ...] = (
    OVERDOSE_INTENTIONAL, OVERDOSE, POISONING, SELF_INJURY, MEDICAL, SELF_HARM, VIOLENCE, POSSIBLE_RISK,
    OPIOID_DEPENDENCE,
)
BY_KEY: Dict[str, CrisisCategory] = {c.key: c for c in CATEGORIES}
# The category an intent means when nothing more specific is known (DIET alone).
BY_INTENT: Dict[str, CrisisCategory] = {
    c.intent: c for c in (OVERDOSE, MEDICAL, SELF_HARM, POSSIBLE_RISK, OPIOID_DEPENDENCE)
}

# Every key an escalation may be stored under.
ESCALATION_KEYS = tuple(c.key for c in CATEGORIES if c.escalates)
CRISIS_INTENTS = tuple(dict.fromkeys(c.intent for c in CATEGORIES))
# An answer of yes to the direct question is recorded as this category.
CONFIRMED_RISK = SELF_HARM
# For each kind of emergency (a base category), the categories whose guidance
# fits it: how the evaluation and the tests judge "the right guidance".
FITTING: Dict[str, frozenset] = {
    OVERDOSE.key: frozenset({OVERDOSE.key, OVERDOSE_INTENTIONAL.key, POISONING.key}),
    SELF_HARM.key: frozenset({SELF_HARM.key, POSSIBLE_RISK.key, OVERDOSE_INTENTIONAL.key, SELF_INJURY.key}),
    MEDICAL.key: frozenset({MEDICAL.key, VIOLENCE.key, SELF_INJURY.key}),
    VIOLENCE.key: frozenset({VIOLENCE.key}),
}


# Display labels for every category (the dashboard's filters and badges).
LABELS: Dict[str, str] = {c.key: c.label for c in CATEGORIES}


def get(key: str) -> CrisisCategory:
    """The category for a stored or detected key; KeyError names it if unknown."""
    return BY_KEY[key]


def most_urgent(detections):
    """The detection (anything with a `.category` key) whose category comes first."""
    return min(detections, key=lambda d: BY_KEY[d.category].priority, default=None)


def label(key: str) -> str:
    """Display label; an unknown key (an old record) shows as itself."""
    category = BY_KEY.get(key)
    return category.label if category else key
