"""The intake form's details, declared once: their order, the label a visitor
and staff see, and how a stored value is shown (the chat summary and the
dashboard's lead page both read this). Pure: no I/O, nothing of the chat or the
web app."""

from __future__ import annotations

from datetime import date
from typing import Any, Dict, Tuple

import phonenumbers

from bot.triage import rules as triage

NOT_GIVEN = "not given"  # what a skipped field is stored as in a slot

# (slot, label), in the order the form asks.
_DECLARED: Tuple[Tuple[str, str], ...] = (
    ("full_name", "Name"),
    ("date_of_birth", "Date of birth"),
    ("phone", "Phone"),
    ("email", "Email"),
    ("contact_method", "Preferred contact"),
    ("best_time", "Best time"),
    ("intake_condition", "Condition"),
    ("description", "In your words"),
    ("insurance", "Insurance"),
)
FIELDS: Tuple[str, ...] = tuple(slot for slot, _ in _DECLARED)
FIELD_LABELS: Dict[str, str] = dict(_DECLARED)

CONTACT_LABELS = {"phone": "Phone call", "text": "Text message", "email": "Email"}
BEST_TIME_LABELS = {"morning": "Morning", "afternoon": "Afternoon", "evening": "Evening",
                    "any time": "Any time"}
SUMMARY_DESCRIPTION_CHARS = 160


def display_value(field: str, value: Any) -> str:
    """A stored value as people read it ("-" when empty, "(skipped)" when skipped)."""
    if value in (None, ""):
        return "-"
    if value == NOT_GIVEN:
        return "(skipped)"
    text = str(value)
    if field == "phone":
        return _phone_for_display(text)
    if field == "date_of_birth":
        return _date_for_display(text)
    if field == "contact_method":
        return CONTACT_LABELS.get(text, text)
    if field == "best_time":
        return BEST_TIME_LABELS.get(text, text)
    if field == "intake_condition":
        return triage.CONDITION_LABELS.get(text, text)
    if field == "insurance" and text == "none":
        return "None (self-pay)"
    if field == "description" and len(text) > SUMMARY_DESCRIPTION_CHARS:
        return text[:SUMMARY_DESCRIPTION_CHARS].rstrip() + "…"
    return text


def _phone_for_display(e164: str) -> str:
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def _date_for_display(iso: str) -> str:
    try:
        value = date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{value:%B} {value.day}, {value.year}"
