"""The languages the assistant's own texts are written in (issue 15).

The conversation's language is the `language` slot ("en" or "es"); anything
else, or no value yet, is English. Texts built in Python take `language` and
pick their Spanish version with it; Rasa picks the responses' variations from
the same slot.
"""

from __future__ import annotations

from typing import Any, Mapping, TypeVar

EN = "en"
ES = "es"
LANGUAGES = (EN, ES)
SLOT = "language"

T = TypeVar("T")


def supported(language: Any) -> str:
    """The language to write in: Spanish when asked for, English otherwise."""
    return ES if language == ES else EN


def pick(texts: Mapping[str, T], language: Any) -> T:
    """`texts[language]`, falling back to English."""
    return texts.get(supported(language), texts[EN])
