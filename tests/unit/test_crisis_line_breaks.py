"""Round 23: a message typed over several lines reads as clauses, so that the
fragments ("already took about 20" / "of my mother's pills" / "don't tell
anyone") keep their meaning together, and a line that ends in punctuation keeps it."""

from __future__ import annotations

import pytest

from bot.crisis.normalize import normalize


@pytest.mark.parametrize("raw,expected", [
    ("idk\nalready took like 20\nof my moms pills", "idk, already took like 20, of my moms pills"),
    ("no se\r\n\r\nya me tome 20", "no se, ya me tome 20"),
    ("hola.\ntengo una pregunta", "hola. tengo una pregunta"),
    ("hi!\n  when do you open?", "hi! when do you open?"),
    ("one line only", "one line only"),
])
def test_line_breaks_are_clause_breaks(raw, expected):
    assert normalize(raw) == expected
