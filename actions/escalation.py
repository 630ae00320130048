"""Record an escalation for on-call staff, after the static emergency guidance."""

from __future__ import annotations

import asyncio
import logging
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy.exc import SQLAlchemyError

from actions.database import sessions
from bot.escalations import record_escalation
from bot.settings import Settings

logger = logging.getLogger(__name__)

INTENT_CATEGORY = {
    "crisis_overdose": "overdose",
    "crisis_self_harm": "self_harm",
    "crisis_medical": "medical_emergency",
    "opioid_dependence_help": "opioid_dependence",
}


def category_of(message: Dict[str, Any]) -> str:
    for entity in message.get("entities") or []:
        if entity.get("entity") == "crisis_category":
            return entity["value"]
    return INTENT_CATEGORY.get((message.get("intent") or {}).get("name"), "medical_emergency")


def _save(database_url: str, **fields) -> int:
    with sessions(database_url)() as session:
        return record_escalation(session=session, **fields).id


class ActionRecordEscalation(Action):
    def name(self) -> Text:
        return "action_record_escalation"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        message = tracker.latest_message
        fields = dict(
            conversation_id=tracker.sender_id,
            message_id=str(message.get("message_id") or len(tracker.events)),
            category=category_of(message),
            message_text=message.get("text") or "",
        )
        settings = Settings.from_env()
        fields["notify"] = settings.oncall.targets("primary")
        try:
            escalation_id = await asyncio.get_running_loop().run_in_executor(
                None, lambda: _save(settings.database_url, **fields))
        except SQLAlchemyError:
            # The guidance has already been sent; say nothing untrue, alert the operator.
            logger.exception("could not record an escalation (category %s)", fields["category"])
            return []
        logger.info("escalation %s recorded (category %s)", escalation_id, fields["category"])
        dispatcher.utter_message(response="utter_crisis_staff_notified")
        return []
