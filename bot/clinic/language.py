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
# What staff read (the dashboard, on-call notifications, the CSV export).
NAMES = {EN: "English", ES: "Spanish"}

T = TypeVar("T")


def supported(language: Any) -> str:
    """The language to write in: Spanish when asked for, English otherwise."""
    return ES if language == ES else EN


def pick(texts: Mapping[str, T], language: Any) -> T:
    """`texts[language]`, falling back to English."""
    return texts.get(supported(language), texts[EN])


def name(language: Any) -> str:
    """The language's name for staff ("Spanish"); "" when not known."""
    return NAMES.get(language, "")


def speaker(language: Any) -> str:
    """"Spanish-speaking visitor", so on-call knows who should call back; ""
    for English or an unknown language (English is the clinic's default)."""
    return f"{NAMES[language]}-speaking visitor" if language in NAMES and language != EN else ""
