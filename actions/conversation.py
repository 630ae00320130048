"""Clarifying when a message was not understood, and the callback next step."""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.clinic_info import clinic_or_apology
from bot.clinic import answer_callback


def consecutive_fallbacks(events: List[Dict[Text, Any]]) -> int:
    """How many of the latest user messages in a row were not understood."""
    count = 0
    for event in reversed(events):
        if event.get("event") != "user":
            continue
        if (event.get("parse_data") or {}).get("intent", {}).get("name") != "nlu_fallback":
            break
        count += 1
    return count


class ActionClarify(Action):
    """First miss: ask, with likely topics as buttons. Second miss in a row: offer a
    person instead of guessing (never a guess on a medical question)."""

    def name(self) -> Text:
        return "action_clarify"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        if consecutive_fallbacks(tracker.events) >= 2:
            dispatcher.utter_message(response="utter_offer_staff_after_misunderstanding")
        else:
            dispatcher.utter_message(response="utter_ask_rephrase")
        return []


class ActionOfferCallback(Action):
    """The visitor wants a person: say how to reach one (intake arrives with its own form)."""

    def name(self) -> Text:
        return "action_offer_callback"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        clinic = clinic_or_apology(dispatcher)
        if clinic is not None:
            urgent = tracker.get_slot("urgency") == "urgent callback"
            dispatcher.utter_message(text=answer_callback(clinic, urgent=urgent))
        return []
