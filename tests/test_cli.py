import json
import re
import subprocess
import sys

from bot.settings import PROJECT_DIR


def run_cli(*args, env=None):
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=PROJECT_DIR, capture_output=True, text=True, timeout=120, env=env,
    )


def test_help_lists_the_commands():
    result = run_cli("--help")
    assert result.returncode == 0
    for command in ("run", "web", "nlp", "clinic"):
        assert command in result.stdout


def test_clinic_check_json_lists_missing_settings(clinic_file):
    import os

    result = run_cli("clinic", "check", "--json", env={**os.environ, "CLINIC_FILE": str(clinic_file)})
    assert result.returncode == 0
    assert json.loads(result.stdout) == {"name": "Test Clinic", "missing_settings": []}


def test_bad_configuration_is_a_clear_error_not_a_traceback():
    import os

    result = run_cli("clinic", "check", env={**os.environ, "WEB_PORT": "abc"})
    assert result.returncode == 2
    assert "WEB_PORT must be a port number" in result.stderr
    assert "Traceback" not in result.stderr


def _db_env(tmp_path):
    import os

    return {**os.environ, "BOT_VAR_DIR": str(tmp_path / "var"),
            "BOT_DATABASE_URL": f"sqlite:///{tmp_path / 'var' / 'bot.db'}",
            "RASA_TRACKER_STORE_URL": ""}


def _save_leads(env, *conversation_ids):
    from dataclasses import replace

    from bot.db import make_session_factory
    from bot.leads import save_lead
    from tests.db_fixtures import migrated_engine
    from tests.unit.test_leads import FIELDS

    engine = migrated_engine(env["BOT_DATABASE_URL"])
    with make_session_factory(engine)() as session:
        leads = [save_lead(session=session, conversation_id=conversation_id,
                           fields=replace(FIELDS, description="very private details"))[0]
                 for conversation_id in conversation_ids]
    return engine, leads


def test_help_lists_leads_and_purge():
    result = run_cli("--help")
    assert "leads" in result.stdout and "purge" in result.stdout


def test_leads_list_json_and_readable(tmp_path):
    env = _db_env(tmp_path)
    engine, _ = _save_leads(env, "conv-1", "conv-2")
    engine.dispose()

    result = run_cli("leads", "list", "--json", env=env)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [row["conversation_id"] for row in rows] == ["conv-2", "conv-1"]
    assert rows[0]["full_name"] == "Maria Lopez" and rows[0]["status"] == "new"
    assert rows[0]["physician_review_flags"] == ["History of psychosis reported or uncertain"]
    assert rows[0]["date_of_birth"] == "1985-03-14"
    assert json.loads(run_cli("leads", "list", "--json", "--status", "closed",
                              env=env).stdout) == []

    readable = run_cli("leads", "list", env=env)
    assert readable.returncode == 0
    lines = readable.stdout.splitlines()
    assert len(lines) == 2 and "Maria Lopez" in lines[0] and "+12125550100" in lines[0]
    assert "very private details" not in readable.stdout


def test_leads_list_on_an_unmigrated_database_says_what_to_run(tmp_path):
    result = run_cli("leads", "list", env=_db_env(tmp_path))
    assert result.returncode == 1
    assert "python -m bot db upgrade" in result.stderr
    assert "Traceback" not in result.stderr


def test_purge_reports_what_it_removed(tmp_path):
    import asyncio
    from datetime import datetime, timedelta, timezone

    from rasa.core.tracker_store import SQLTrackerStore
    from rasa.shared.core.events import UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    from bot.models import Lead
    from bot.settings import Settings

    env = _db_env(tmp_path)
    engine, (old, _) = _save_leads(env, "old", "new")
    with engine.begin() as connection:  # last updated long ago
        connection.execute(Lead.__table__.update().where(Lead.__table__.c.id == old.id)
                           .values(updated_at=datetime.now(timezone.utc) - timedelta(days=91)))
    engine.dispose()
    store = SQLTrackerStore(dialect="sqlite", db=str(Settings.from_env(env).tracker_sqlite_path))
    long_ago = (datetime.now(timezone.utc) - timedelta(days=100)).timestamp()
    asyncio.run(store.save(DialogueStateTracker.from_events(
        "old-conversation", [UserUttered("hello", timestamp=long_ago)] * 3)))
    store.engine.dispose()

    result = run_cli("purge", "--older-than", "90d", env=env)
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"purged 1 lead and 1 conversation \(3 events\) last active before "
                        r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\n", result.stdout)
    again = json.loads(run_cli("purge", "--older-than", "90d", "--json", env=env).stdout)
    assert (again["leads"], again["conversations"], again["events"]) == (0, 0, 0)


def test_purge_refuses_a_bad_age_clearly(tmp_path):
    for age in ("0d", "ninety", "-3w"):
        result = run_cli("purge", "--older-than", age, env=_db_env(tmp_path))
        assert result.returncode == 2
        assert "--older-than" in result.stderr and "Traceback" not in result.stderr
    assert "more than zero" in run_cli("purge", "--older-than", "0d", env=_db_env(tmp_path)).stderr
