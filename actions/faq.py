"""Answers that depend on what this message names: a condition, a treatment.

The choice is made in bot.faq.topics; these actions read the tracker and send
the chosen responses (Rasa renders them, with their language variations)."""

from __future__ import annotations

from abc import abstractmethod
from typing import Any, Callable, Dict, Iterable, List, Optional, Text, Tuple

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.faq.rules import FAQ_ANSWERS
from bot.faq.topics import condition_answer, side_effects_answer


class _TopicAnswer(Action):
    """Abstract, so that the action server registers only the answers built on it."""

    slot: str
    choose: Callable[[Iterable[Dict[str, Any]], Optional[str]], Tuple[str, ...]]

    @abstractmethod
    def name(self) -> Text:
        """action_answer_<topic>"""

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        entities = tracker.latest_message.get("entities") or []
        for response in type(self).choose(entities, tracker.get_slot(self.slot)):
            dispatcher.utter_message(response=response)
        return []


class ActionAnswerCondition(_TopicAnswer):
    """What the clinic does for the condition asked about."""

    slot = "condition"
    choose = condition_answer

    def name(self) -> Text:
        return "action_answer_condition"


class ActionAnswerSideEffects(_TopicAnswer):
    """The side effects of the treatment asked about."""

    slot = "treatment"
    choose = side_effects_answer

    def name(self) -> Text:
        return "action_answer_side_effects"


def send_answer(intent: Optional[str], dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """Send the FAQ table's answer to `intent` (False if it is not a question).

    The intake form answers questions asked in the middle of it with this, so
    its answers are the ones the FAQ rules give everywhere else (the triage form
    gets them from the generated rules)."""
    from actions.clinic_info import ANSWERS as CLINIC_ANSWERS, clinic_or_apology, offer_person  # noqa: I001 (cycle-free)

    answers = FAQ_ANSWERS.get(intent or "")
    if not answers:
        return False
    entities = tracker.latest_message.get("entities") or []
    for answer in answers:
        if answer == "action_answer_condition":
            responses = condition_answer(entities, tracker.get_slot(ActionAnswerCondition.slot))
        elif answer == "action_answer_side_effects":
            responses = side_effects_answer(entities, tracker.get_slot(ActionAnswerSideEffects.slot))
        elif answer == "action_offer_person":
            offer_person(dispatcher, tracker)
            continue
        elif answer == "action_clinic_info":
            clinic = clinic_or_apology(dispatcher)
            if clinic is not None:
                dispatcher.utter_message(text=CLINIC_ANSWERS.get(intent, CLINIC_ANSWERS["ask_contact"])(clinic))
            continue
        else:
            responses = (answer,)
        for response in responses:
            dispatcher.utter_message(response=response)
    return True
