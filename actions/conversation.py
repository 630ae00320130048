"""What the assistant does with a message the NLU was unsure of (nlu_fallback)
outside a form: answer it when its best reading is a question and sure enough,
offer its likely readings as buttons when there are some ("Did you mean...?",
Rasa's two-stage fallback idea), else ask to rephrase; a second miss in a row
offers a person instead of guessing."""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.faq import send_answer
from actions.language import conversation_language
from bot.faq.answering import questions_answered
from bot.faq.rules import likely_questions
from bot.faq.titles import title

Event = Dict[Text, Any]


def _answered_unsure(event: Event) -> bool:
    parse_data = event.get("parse_data") or {}
    return bool(questions_answered({**parse_data, "text": parse_data.get("text") or event.get("text") or ""}))


def consecutive_fallbacks(events: List[Event]) -> int:
    """How many of the latest user messages in a row were not understood (a
    message answered from its best reading was understood)."""
    count = 0
    for event in reversed(events):
        if event.get("event") != "user":
            continue
        intent = ((event.get("parse_data") or {}).get("intent") or {}).get("name")
        if intent != "nlu_fallback" or _answered_unsure(event):
            break
        count += 1
    return count


class ActionClarify(Action):
    """Answer, offer the likely questions, or ask to rephrase; after two misses
    in a row, offer a person (never a guess on a medical question)."""

    def name(self) -> Text:
        return "action_clarify"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Event]:
        message = tracker.latest_message or {}
        ranking = message.get("intent_ranking") or []
        # Answer the best reading when it is sure enough, else the sure
        # questions among the message's sentences ("I've had back pain for
        # years. How long is a visit?"), in the order asked.
        questions = questions_answered(message)
        for question in questions:
            send_answer(question.intent, dispatcher, tracker, entities=question.entities)
        if questions:
            return []
        if consecutive_fallbacks(tracker.events) >= 2:
            dispatcher.utter_message(response="utter_offer_staff_after_misunderstanding")
            return []
        likely = [name for name in likely_questions(ranking) if name != "ask_human"]
        if likely:
            language = conversation_language(tracker)
            dispatcher.utter_message(response="utter_did_you_mean", buttons=[
                {"title": title(name, language), "payload": f"/{name}"} for name in likely
            ] + [{"title": title("ask_human", language), "payload": "/ask_human"}])
        else:
            dispatcher.utter_message(response="utter_ask_rephrase")
        return []
