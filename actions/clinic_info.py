"""Answer "where are you / what are your hours / what's your phone" from clinic.yml."""

from __future__ import annotations

import logging
from typing import Any, Callable, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import settings
from bot.clinic.profile import Clinic, ClinicFileError, answer_contact, answer_hours
from bot.clinic.profile import answer_location

logger = logging.getLogger(__name__)

ANSWERS: Dict[str, Callable[[Clinic], str]] = {
    "ask_location": answer_location,
    "ask_hours": answer_hours,
    "ask_contact": answer_contact,
}


def clinic_or_apology(dispatcher: CollectingDispatcher) -> Optional[Clinic]:
    """The clinic's details, or None after telling the visitor we can't look them up."""
    try:
        return settings.clinic()
    except ClinicFileError as exc:
        # The visitor still gets a useful reply; the operator gets the reason.
        logger.error("clinic settings unavailable: %s", exc)
        dispatcher.utter_message(response="utter_clinic_info_unavailable")
        return None


class ActionClinicInfo(Action):
    """Reply to the latest clinic-details question with the configured facts."""

    def name(self) -> Text:
        return "action_clinic_info"

    async def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: Dict[Text, Any],
    ) -> List[Dict[Text, Any]]:
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        answer = ANSWERS.get(intent, answer_contact)
        clinic = clinic_or_apology(dispatcher)
        if clinic is not None:
            dispatcher.utter_message(text=answer(clinic))
        return []
