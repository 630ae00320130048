"""What on-call staff need to know about an escalated conversation at a glance
(issue 17): the condition the visitor named, and the language to call back in.

Pure: reads a lead (or None) and Rasa's tracker events (or None when Rasa could
not give them).
"""

from __future__ import annotations

from typing import Any, Iterable, Optional

from bot.clinic.language import name as language_name
from bot.triage import rules as triage

# Slots that hold a triage condition key once validated, most specific first;
# `condition` holds an entity value ("CRPS") from any message.
_CONDITION_SLOTS = ("intake_condition", "triage_condition")
_ENTITY_SLOT = "condition"
NOT_STATED = "not stated yet"


def latest_slots(events: Optional[Iterable[Any]]) -> dict:
    """The last value set for each slot in the events (unset slots left out)."""
    values: dict = {}
    for event in events or ():
        if isinstance(event, dict) and event.get("event") == "slot" and event.get("name"):
            values[str(event["name"])] = event.get("value")
    return {key: value for key, value in values.items() if value not in (None, "")}


def condition_text(lead: Any, events: Optional[Iterable[Any]]) -> str:
    """The lead's condition when there is a lead, else what the conversation
    named (a triage answer, else a condition mentioned in passing)."""
    if lead is not None and getattr(lead, "condition", None):
        return triage.CONDITION_LABELS.get(lead.condition, lead.condition)
    slots = latest_slots(events)
    for slot in _CONDITION_SLOTS:
        if slots.get(slot) in triage.CONDITION_LABELS:
            return triage.CONDITION_LABELS[slots[slot]]
    entity = slots.get(_ENTITY_SLOT)
    if isinstance(entity, str):
        key = triage.ENTITY_TO_CONDITION.get(entity)
        return f"{entity} ({triage.CONDITION_LABELS[key]})" if key else entity
    return NOT_STATED


def language_text(*candidates: Optional[str]) -> str:
    """The first known language by name ("Spanish"), else "not recorded"."""
    for code in candidates:
        if language_name(code):
            return language_name(code)
    return "not recorded"
