"""What the two forms' validation actions share.

`ClinicFormValidationAction` (in the spirit of RasaHQ financial-demo's
`CustomFormValidationAction`) owns the policy for answers we cannot use: a
counter slot says how many came in a row for the current question; below
`max_failures` the form asks again, at the limit it stops asking (each form
says how: the triage notes "unsure" for the physician, intake offers to skip or
to call). It also owns questions asked in the middle of a form: the visitor's
question is answered from the FAQ table (the same answer as outside a form,
including a question the NLU was unsure of but read well enough:
bot.faq.rules.question_asked) and the form asks its own question again. Each
form writes its `validate_<slot>` methods out by name, so grep finds them; they
call the form's one shared checker.
"""

from __future__ import annotations

from abc import abstractmethod
from typing import Any, Callable, Dict, Text

from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.faq import answer_next_questions, question_in, send_answer

Result = Dict[Text, Any]


class ClinicFormValidationAction(FormValidationAction):
    """Base for our forms' validation actions. Abstract, so that the action
    server registers only the forms built on it."""

    failure_slot: str = ""
    max_failures: int = 2

    @abstractmethod
    def name(self) -> Text:
        """validate_<form name>"""

    def failures(self, tracker: Tracker) -> int:
        """Unusable answers in a row to the current question."""
        return int(tracker.get_slot(self.failure_slot) or 0)

    def answered_question(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
        """Answer the question the latest message asks instead of the form's
        (False if it asks none); the caller leaves the slot empty, so the form
        asks its question again, and it is not counted as unusable."""
        asked = question_in(tracker)
        if not send_answer(asked, dispatcher, tracker):
            return False
        answer_next_questions(dispatcher, tracker, answered=asked)
        return True

    def accepted(self, slot: str, value: Any) -> Result:
        return {slot: value, self.failure_slot: 0}

    def unusable(self, slot: str, tracker: Tracker, *, ask_again: Callable[[], Result],
                 give_up: Callable[[], Result]) -> Result:
        """Ask again (the slot stays empty) until `max_failures` in a row, then
        `give_up` decides what the form keeps; the counter starts over."""
        count = self.failures(tracker) + 1
        if count < self.max_failures:
            return {slot: None, **ask_again(), self.failure_slot: count}
        return {slot: None, **give_up(), self.failure_slot: 0}
