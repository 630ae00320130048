"""Answer "where are you / what are your hours / what's your phone" from clinic.yml."""

from __future__ import annotations

import logging
from typing import Any, Callable, Dict, List, Optional, Text, Tuple

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import settings
from actions.language import conversation_language
from bot.clinic.profile import Clinic, ClinicFileError, answer_contact, answer_hours
from bot.clinic.profile import answer_location

logger = logging.getLogger(__name__)

# Each takes the clinic and the conversation's language ("en" by default).
ANSWERS: Dict[str, Callable[..., str]] = {
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
            dispatcher.utter_message(text=answer(clinic, conversation_language(tracker)))
        return []


def person_responses(clinic: Optional[Clinic], distressed: bool,
                     language: str = "en") -> List[Tuple[str, Dict[str, str]]]:
    """What "can I talk to a person?" gets, in order: the clinic's phone when it
    is set (with its hours), 988 when the conversation showed distress, then the
    offer of a callback. (response name, template values) pairs."""
    replies: List[Tuple[str, Dict[str, str]]] = []
    if clinic is not None and clinic.phone:
        hours = "; ".join(clinic.hours_for(language))  # the Spanish ones in Spanish
        replies.append(("utter_person_call_clinic_hours" if hours else "utter_person_call_clinic",
                        {"clinic_name": clinic.name, "clinic_phone": clinic.phone, "clinic_hours": hours}))
    if distressed:
        replies.append(("utter_person_988", {}))
    replies.append(("utter_person_offer_callback", {}))
    return replies


class ActionOfferPerson(Action):
    """Immediate ways to reach a person, then the offer of a callback (issue 13):
    asking for a person does not start the intake form by itself."""

    def name(self) -> Text:
        return "action_offer_person"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        offer_person(dispatcher, tracker)
        return []


def offer_person(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    try:
        clinic = settings.clinic()
    except ClinicFileError as exc:
        logger.error("clinic settings unavailable: %s", exc)
        clinic = None
    distressed = bool(tracker.get_slot("crisis_category") or tracker.get_slot("risk_screen_positive"))
    for response, values in person_responses(clinic, distressed, conversation_language(tracker)):
        dispatcher.utter_message(response=response, **values)
