"""The conversation's language for texts the actions build in Python (issue 15)."""

from __future__ import annotations

from rasa_sdk import Tracker

from bot.clinic.language import SLOT, supported


def conversation_language(tracker: Tracker) -> str:
    """"es" when the `language` slot says Spanish, otherwise "en"."""
    return supported(tracker.get_slot(SLOT))
