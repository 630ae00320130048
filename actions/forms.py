"""What the two forms' validation actions share."""

from __future__ import annotations

from typing import Iterable


def add_slot_validators(form_class: type, slots: Iterable[str], method: str) -> None:
    """Give `form_class` a `validate_<slot>` for each slot, each calling
    `self.<method>(slot, value, dispatcher, tracker)` (rasa-sdk finds validators
    by name, so one shared method serves every slot)."""
    for slot in slots:
        def validate_slot(self, value, dispatcher, tracker, domain, _slot=slot):
            return getattr(self, method)(_slot, value, dispatcher, tracker)

        validate_slot.__name__ = f"validate_{slot}"
        setattr(form_class, validate_slot.__name__, validate_slot)
