"""A short fuzz run through the real chat gateway (bench/fuzz_gateway.py): generated
Unicode, control characters, huge numbers, JSON-looking text, HTML and slashes
give no server error, no forced intent and no altered or unescaped output."""

from __future__ import annotations

import sys

import pytest

from bot.core.settings import PROJECT_DIR

pytestmark = pytest.mark.integration


def test_a_short_fuzz_run_finds_nothing(capsys):
    sys.path.insert(0, str(PROJECT_DIR / "bench"))
    try:
        import fuzz_gateway
    finally:
        sys.path.remove(str(PROJECT_DIR / "bench"))
    status = fuzz_gateway.main(["--messages", "400", "--seconds", "240", "--seed", "7"])
    printed = capsys.readouterr().out
    assert "server errors: 0" in printed and "forced intents: 0" in printed
    assert "unescaped output: 0" in printed
    assert status == 0, printed
