"""The domain's responses seen through the conversation's language (pure).

Rasa picks a response variation by its conditions (slot `language`, and for
the overdose guidance also `crisis_category`); `variation_for` does the same
for code outside Rasa that repeats the assistant's words (the web app's
fail-safe), and the tests use it to prove every visitor-facing response has a
Spanish variation. `button_payloads` lists what a tapped button sends, which is
no evidence of the visitor's language (the payloads stay English).
"""

from __future__ import annotations

from typing import Any, Dict, Iterable, List, Mapping, Optional

from bot.language.detect import EN, ES

SLOT = "language"


def conditions(variation: Mapping[str, Any]) -> Dict[str, Any]:
    """{slot name: value} of a variation's slot conditions."""
    return {c.get("name"): c.get("value") for c in variation.get("condition") or []
            if c.get("type") == "slot"}


def language_of(variation: Mapping[str, Any]) -> str:
    """The language a variation is written in: its `language` condition, else English."""
    return conditions(variation).get(SLOT) or EN


def variation_for(variations: List[Mapping[str, Any]], slots: Mapping[str, Any]) -> Optional[Mapping[str, Any]]:
    """The first variation Rasa could choose with these slot values: the
    conditioned ones that match, else the unconditioned ones."""
    def matches(variation):
        return all(slots.get(name) == value for name, value in conditions(variation).items())

    conditioned = [v for v in variations if v.get("condition") and matches(v)]
    default = [v for v in variations if not v.get("condition")]
    return (conditioned or default or [None])[0]


def text_for(responses: Mapping[str, List[Mapping[str, Any]]], name: str, language: str = EN,
             **slots: Any) -> str:
    """The text of response `name` in `language` (other slots as keywords)."""
    chosen = variation_for(responses.get(name) or [], {SLOT: language, **slots})
    if not chosen or not chosen.get("text"):
        raise ValueError(f"response {name} has no text for {slots or ''} in {language}")
    return chosen["text"].strip()


def button_payloads(responses: Mapping[str, List[Mapping[str, Any]]]) -> Iterable[str]:
    """Every payload a response's button can send."""
    for variations in responses.values():
        for variation in variations:
            for button in variation.get("buttons") or []:
                if button.get("payload"):
                    yield str(button["payload"])


__all__ = ["EN", "ES", "SLOT", "button_payloads", "conditions", "language_of", "text_for", "variation_for"]
