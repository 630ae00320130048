"""Answers that depend on what this message names: a condition, a treatment.

The choice is made in bot.faq.topics; these actions read the tracker and send
the chosen responses (Rasa renders them, with their language variations)."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any, Callable, Dict, Iterable, List, Optional, Text, Tuple

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.clinic_info import ANSWERS as CLINIC_ANSWERS
from actions.clinic_info import clinic_or_apology, offer_person
from bot.faq.next_question import next_questions
from bot.faq.rules import FAQ_ANSWERS, question_asked
from bot.faq.topics import condition_answer, medical_advice_answer, side_effects_answer


class _TopicAnswer(Action, ABC):
    """Abstract (rasa_sdk's Action is not an ABC: without ABC here the action
    server registered this base too, under the name None), so that the action
    server registers only the answers built on it."""

    slot: Optional[str]
    choose: Callable[[Iterable[Dict[str, Any]], Optional[str]], Tuple[str, ...]]

    @abstractmethod
    def name(self) -> Text:
        """action_answer_<topic>"""

    @classmethod
    def responses(cls, tracker: Tracker, entities: Optional[List[Dict[str, Any]]] = None) -> Tuple[str, ...]:
        """The responses for what this message (or the sentence with `entities`)
        names, else the slot's value."""
        if entities is None:
            entities = tracker.latest_message.get("entities") or []
        return cls.choose(entities, tracker.get_slot(cls.slot) if cls.slot else None)

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        for response in self.responses(tracker):
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


class ActionAnswerMedicalAdvice(_TopicAnswer):
    """What only a physician can decide about one's own medicines, then the
    general facts about a medicine this message names."""

    slot = None
    choose = medical_advice_answer

    def name(self) -> Text:
        return "action_answer_medical_advice"


_TOPIC_ANSWERS = {"action_answer_condition": ActionAnswerCondition,
                  "action_answer_side_effects": ActionAnswerSideEffects,
                  "action_answer_medical_advice": ActionAnswerMedicalAdvice}


def send_answer(intent: Optional[str], dispatcher: CollectingDispatcher, tracker: Tracker,
                entities: Optional[List[Dict[str, Any]]] = None) -> bool:
    """Send the FAQ table's answer to `intent` (False if it is not a question).

    Both forms answer questions asked in the middle of them with this
    (actions.forms.ClinicFormValidationAction.answered_question), and so does
    action_clarify for a question the NLU was unsure of, so the answers are the
    ones the FAQ rules give everywhere else (the triage form
    gets them from the generated rules). `entities` are those of the sentence
    that asked, when it is not the whole message (a second question)."""
    answers = FAQ_ANSWERS.get(intent or "")
    if not answers:
        return False
    for answer in answers:
        if answer in _TOPIC_ANSWERS:
            for response in _TOPIC_ANSWERS[answer].responses(tracker, entities):
                dispatcher.utter_message(response=response)
        elif answer == "action_offer_person":
            offer_person(dispatcher, tracker)
        elif answer == "action_clinic_info":
            clinic = clinic_or_apology(dispatcher)
            if clinic is not None:
                dispatcher.utter_message(text=CLINIC_ANSWERS.get(intent, CLINIC_ANSWERS["ask_contact"])(
                    clinic, tracker.get_slot("language") or "en"))
        else:
            dispatcher.utter_message(response=answer)
    return True


def question_in(tracker: Tracker, *, in_form: bool = True) -> Optional[str]:
    """The question intent the visitor's latest message asks, inside a form
    unless `in_form` is False (bot.faq.rules.question_asked), or None."""
    message = tracker.latest_message or {}
    return question_asked((message.get("intent") or {}).get("name"),
                          message.get("intent_ranking") or [], message.get("text") or "", in_form=in_form)


class ActionAnswerNextQuestion(Action):
    """After the answer to a message's question, answer the other questions
    asked in the same message (bot.faq.next_question), in the order asked."""

    def name(self) -> Text:
        return "action_answer_next_question"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        answer_next_questions(dispatcher, tracker, answered=question_in(tracker, in_form=False))
        return []


def answer_next_questions(dispatcher: CollectingDispatcher, tracker: Tracker, answered: Optional[str]) -> bool:
    """Send the answers to the further questions of the latest message (all
    the questions found in its sentences when `answered` is None); False if
    there were none."""
    message = tracker.latest_message or {}
    questions = next_questions(message, [answered] if answered else [])
    for question in questions:
        send_answer(question.intent, dispatcher, tracker, entities=question.entities)
    return bool(questions)
