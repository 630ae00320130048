"""Rasa custom actions. Each module is thin: it reads the tracker, calls into
``bot`` for the logic, and returns events. ``python -m rasa_sdk --actions actions``
imports this package, which imports every action module below."""

from actions import clinic_info, conversation, escalation, faq, intake, triage  # noqa: F401
