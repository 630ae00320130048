"""Record an escalation for on-call staff, after the static emergency guidance."""

from __future__ import annotations

import asyncio
import logging
from typing import Any, Dict, List, Optional, Text, Tuple

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import settings
from actions.database import sessions
from actions.language import conversation_language
from bot.crisis import categories
from bot.crisis.escalations import record_crisis_message
from bot.crisis.guidance import follow_up_response
from bot.oncall.budget import Budget

logger = logging.getLogger(__name__)


def category_of(message: Dict[str, Any], slot_value: Optional[str] = None) -> str:
    """The escalation category: the CrisisGuard's entity, else the intent's own
    category, else the conversation's crisis slot (a yes to the direct question
    about suicide is an answer, "affirm", after a possible-risk message); a
    category that is not paged by itself is recorded as a confirmed risk."""
    key = next((e["value"] for e in message.get("entities") or []
                if e.get("entity") == "crisis_category"), None)
    if key not in categories.BY_KEY:
        intent = categories.BY_INTENT.get((message.get("intent") or {}).get("name"))
        key = intent.key if intent else slot_value
    category = categories.BY_KEY.get(key, categories.MEDICAL)
    return category.key if category.escalates else categories.CONFIRMED_RISK.key


def _save(database_url: str, **fields) -> Tuple[int, str]:
    with sessions(database_url)() as session:
        recorded = record_crisis_message(session=session, **fields)
        return recorded.escalation.id, recorded.outcome


class ActionRecordEscalation(Action):
    def name(self) -> Text:
        return "action_record_escalation"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        message = tracker.latest_message
        fields = dict(
            conversation_id=tracker.sender_id,
            message_id=str(message.get("message_id") or len(tracker.events)),
            category=category_of(message, tracker.get_slot("crisis_category")),
            message_text=message.get("text") or "",
            # So on-call knows a Spanish speaker should call back (issue 15).
            language=conversation_language(tracker),
        )
        try:
            current = settings.settings()
            fields["notify"] = current.oncall.targets("primary")
            fields["budget"] = Budget.from_settings(current.oncall)
            escalation_id, outcome = await asyncio.get_running_loop().run_in_executor(
                None, lambda: _save(current.database_url, **fields))
        except Exception:  # noqa: BLE001 - whatever fails, the guidance has been sent
            # Say nothing untrue to the visitor; the traceback alerts the operator.
            logger.exception("could not record an escalation (category %s)", fields["category"])
            return []
        logger.info("escalation %s: message recorded (category %s, page %s)", escalation_id,
                    fields["category"], outcome)
        dispatcher.utter_message(response=follow_up_response(outcome))
        return []
