"""The one check for text we store (bot/core/text.py)."""

import pytest

from bot.core.text import storable


def test_storable_text_is_returned_unchanged():
    assert storable("note", "café ☕ 中文 \n tabs\t") == "café ☕ 中文 \n tabs\t"


@pytest.mark.parametrize("value, message", [
    (42, "note must be text"),
    ("x" * 11, "note is too long (at most 10 characters)"),
    ("a\x00b", "note contains a NUL character"),
    ("a\ud800b", "note is not valid Unicode text"),
])
def test_what_cannot_be_stored_is_refused_with_a_clear_message(value, message):
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        storable("note", value, limit=10)
