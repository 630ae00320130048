"""What the two forms' validation actions share.

`ClinicFormValidationAction` (in the spirit of RasaHQ financial-demo's
`CustomFormValidationAction`) owns the policy for answers we cannot use: a
counter slot says how many came in a row for the current question; below
`max_failures` the form asks again, at the limit it stops asking (each form
says how: the triage notes "unsure" for the physician, intake offers to skip or
to call). Each form writes its `validate_<slot>` methods out by name, so grep
finds them; they call the form's one shared checker.
"""

from __future__ import annotations

from abc import abstractmethod
from typing import Any, Callable, Dict, Text

from rasa_sdk import FormValidationAction, Tracker

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
