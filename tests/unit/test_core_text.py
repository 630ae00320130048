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


# --- files holding personal health information are private (issue 14) ---------

import os  # noqa: E402
import stat  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402

from bot.core.db import make_engine  # noqa: E402
from bot.core.settings import PROJECT_DIR  # noqa: E402


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_sqlite_database_and_its_folder_are_readable_by_their_owner_only(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'var' / 'bot.db'}")
    engine.dispose()
    assert mode(tmp_path / "var" / "bot.db") == 0o600
    assert mode(tmp_path / "var") == 0o700


def test_an_existing_world_readable_database_is_made_private(tmp_path):
    path = tmp_path / "bot.db"
    path.write_bytes(b"")
    path.chmod(0o644)
    make_engine(f"sqlite:///{path}").dispose()
    assert mode(path) == 0o600


def test_the_command_line_creates_everything_private(tmp_path):
    env = {**os.environ, "BOT_VAR_DIR": str(tmp_path / "var"),
           "BOT_DATABASE_URL": f"sqlite:///{tmp_path / 'var' / 'bot.db'}"}
    subprocess.run([sys.executable, "-m", "bot", "db", "upgrade"], cwd=PROJECT_DIR, env=env, check=True,
                   capture_output=True, timeout=120)
    created = [p for p in (tmp_path / "var").rglob("*") if p.is_file()]
    assert created and all(mode(p) & 0o077 == 0 for p in created), [(p.name, oct(mode(p))) for p in created]
