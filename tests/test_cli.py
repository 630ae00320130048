import json
import re
import subprocess
import sys

from bot.core.settings import PROJECT_DIR


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

    from bot.core.db import make_session_factory
    from bot.intake.store import save_lead
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

    from bot.core.models import Lead
    from bot.core.settings import Settings

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
    assert re.fullmatch(r"purged 1 lead, 1 conversation \(3 events\) and 0 staff sign-in attempts "
                        r"last active before "
                        r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\n", result.stdout)
    again = json.loads(run_cli("purge", "--older-than", "90d", "--json", env=env).stdout)
    assert (again["leads"], again["conversations"], again["events"]) == (0, 0, 0)


def test_purge_refuses_a_bad_age_clearly(tmp_path):
    for age in ("0d", "ninety", "-3w"):
        result = run_cli("purge", "--older-than", age, env=_db_env(tmp_path))
        assert result.returncode == 2
        assert "--older-than" in result.stderr and "Traceback" not in result.stderr
    assert "more than zero" in run_cli("purge", "--older-than", "0d", env=_db_env(tmp_path)).stderr


STAFF_PASSWORD = "orchid-Lantern-velvet-42"


def run_cli_input(*args, env, stdin):
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=PROJECT_DIR, capture_output=True, text=True, timeout=120, env=env, input=stdin,
    )


def _migrated_env(tmp_path):
    from tests.db_fixtures import migrated_engine

    env = _db_env(tmp_path)
    migrated_engine(env["BOT_DATABASE_URL"]).dispose()
    return env


def test_staff_create_reads_the_password_from_stdin_and_list_shows_no_hashes(tmp_path):
    env = _migrated_env(tmp_path)
    created = run_cli_input("staff", "create", "--username", "Nurse.Joy", "--role", "oncall",
                            "--password-stdin", env=env, stdin=STAFF_PASSWORD + "\n")
    assert created.returncode == 0, created.stderr
    assert STAFF_PASSWORD not in created.stdout + created.stderr
    assert "nurse.joy" in created.stdout

    listed = run_cli("staff", "list", "--json", env=env)
    assert listed.returncode == 0, listed.stderr
    (row,) = json.loads(listed.stdout)
    assert set(row) == {"username", "role", "active", "created_at"}
    assert (row["username"], row["role"], row["active"]) == ("nurse.joy", "oncall", True)
    assert "argon2" not in listed.stdout
    readable = run_cli("staff", "list", env=env)
    assert "nurse.joy" in readable.stdout and "argon2" not in readable.stdout

    from bot.core.db import make_engine, make_session_factory
    from bot.core.settings import Settings
    from bot.staff.accounts import authenticate
    from bot.staff.audit import list_events

    engine = make_engine(Settings.from_env(env).database_url)
    with make_session_factory(engine)() as session:
        (event,) = list_events(session=session, action="account_create")
        assert event.actor_username == "cli" and event.actor_user_id is None
        assert authenticate(session=session, username="nurse.joy", password=STAFF_PASSWORD,
                            ip=None).user is not None  # the newline was not part of it
    engine.dispose()


def test_staff_create_takes_an_optional_display_name(tmp_path):
    env = _migrated_env(tmp_path)
    created = run_cli_input("staff", "create", "--username", "aruiz", "--role", "oncall",
                            "--display-name", "Dr. Ana Ruiz", "--password-stdin", "--json",
                            env=env, stdin=STAFF_PASSWORD + "\n")
    assert created.returncode == 0, created.stderr
    assert json.loads(created.stdout)["display_name"] == "Dr. Ana Ruiz"
    too_long = run_cli_input("staff", "create", "--username", "bea", "--role", "staff",
                             "--display-name", "B" * 81, "--password-stdin", env=env,
                             stdin=STAFF_PASSWORD + "\n")
    assert too_long.returncode == 2 and "Traceback" not in too_long.stderr
    assert "display name is too long (at most 80 characters" in too_long.stderr
    assert [row["username"] for row in json.loads(
        run_cli("staff", "list", "--json", env=env).stdout)] == ["aruiz"]


def test_staff_create_refuses_a_weak_password_with_the_reason(tmp_path):
    env = _migrated_env(tmp_path)
    for password, reason in (("Password123!", "too common"), ("short1!", "at least 12"),
                             ("", "no password")):
        result = run_cli_input("staff", "create", "--username", "alice", "--role", "staff",
                               "--password-stdin", env=env, stdin=password + "\n")
        assert result.returncode == 2
        assert reason in result.stderr and "Traceback" not in result.stderr
        assert (password or "\n") not in result.stdout
        if password:
            assert password not in result.stderr
    assert json.loads(run_cli("staff", "list", "--json", env=env).stdout) == []


def test_staff_create_refuses_bad_input_clearly(tmp_path):
    env = _migrated_env(tmp_path)
    ok = run_cli_input("staff", "create", "--username", "alice", "--role", "admin",
                       "--password-stdin", env=env, stdin=STAFF_PASSWORD)
    assert ok.returncode == 0, ok.stderr
    for args, message in ((["--username", "ALICE", "--role", "staff"], "already taken"),
                          (["--username", "a b", "--role", "staff"], "username must be"),
                          (["--username", "bob", "--role", "root"], "invalid choice")):
        result = run_cli_input("staff", "create", *args, "--password-stdin", env=env,
                               stdin=STAFF_PASSWORD + "\n")
        assert result.returncode == 2 and message in result.stderr, result.stderr
        assert "Traceback" not in result.stderr
    no_flag = run_cli_input("staff", "create", "--username", "bob", "--role", "staff",
                            env=env, stdin=STAFF_PASSWORD + "\n")
    assert no_flag.returncode == 2 and "--password-stdin" in no_flag.stderr


def test_staff_disable_ends_sessions_and_is_audited(tmp_path):
    env = _migrated_env(tmp_path)
    run_cli_input("staff", "create", "--username", "alice", "--role", "staff",
                  "--password-stdin", env=env, stdin=STAFF_PASSWORD + "\n")
    from bot.core.db import make_engine, make_session_factory
    from bot.core.settings import Settings
    from bot.staff.accounts import get_user_by_username
    from bot.staff.audit import list_events
    from bot.staff.sessions import load_session, start_session

    engine = make_engine(Settings.from_env(env).database_url)
    factory = make_session_factory(engine)
    with factory() as session:
        user = get_user_by_username(session=session, username="alice")
        token, _ = start_session(session=session, user=user, ip="192.0.2.1")

    result = run_cli("staff", "disable", "--username", "Alice", env=env)
    assert result.returncode == 0, result.stderr
    unknown = run_cli("staff", "disable", "--username", "nobody", env=env)
    assert unknown.returncode == 2 and "does not name an account" in unknown.stderr

    with factory() as session:
        assert load_session(session=session, token=token) is None
        (event,) = list_events(session=session, action="account_disable")
        assert (event.actor_username, event.target_id) == ("cli", str(user.id))
    assert json.loads(run_cli("staff", "list", "--json", env=env).stdout)[0]["active"] is False
    engine.dispose()


def test_staff_commands_on_an_unmigrated_database_say_what_to_run(tmp_path):
    assert "staff" in run_cli("--help").stdout
    env = _db_env(tmp_path)
    for args in (["list"], ["disable", "--username", "alice"]):
        result = run_cli("staff", *args, env=env)
        assert result.returncode == 1 and "python -m bot db upgrade" in result.stderr
        assert "Traceback" not in result.stderr
    created = run_cli_input("staff", "create", "--username", "alice", "--role", "staff",
                            "--password-stdin", env=env, stdin=STAFF_PASSWORD + "\n")
    assert created.returncode == 1 and "python -m bot db upgrade" in created.stderr


def test_staff_create_json_gives_the_account_and_its_authenticator_uri(tmp_path):
    import pyotp

    from bot.core.db import make_engine, make_session_factory
    from bot.core.models import StaffUser
    from bot.core.settings import Settings, resolve_secret_key
    from bot.staff.mfa import check_code

    env = _migrated_env(tmp_path)
    created = run_cli_input("staff", "create", "--username", "dr.osei", "--role", "admin",
                            "--password-stdin", "--json", env=env, stdin=STAFF_PASSWORD + "\n")
    assert created.returncode == 0, created.stderr
    account = json.loads(created.stdout)
    assert (account["username"], account["role"], account["mfa_enabled"]) == (
        "dr.osei", "admin", True)
    assert "password_hash" not in account and "argon2" not in created.stdout
    totp = pyotp.parse_uri(account["totp_uri"])
    assert totp.name == "dr.osei" and totp.issuer.startswith("Clinic dashboard")

    settings = resolve_secret_key(Settings.from_env(env))
    engine = make_engine(settings.database_url)
    with make_session_factory(engine)() as session:
        stored = session.get(StaffUser, account["id"]).totp_secret
        assert totp.secret not in stored  # kept encrypted
        assert check_code(session=session, user_id=account["id"],
                          secret_key=settings.secret_key, code=totp.now(), ip=None).ok
    engine.dispose()

    reset = run_cli("staff", "reset-mfa", "--username", "dr.osei", env=env)
    assert reset.returncode == 0, reset.stderr
    (row,) = json.loads(run_cli("staff", "list", "--json", env=env).stdout)
    assert row["username"] == "dr.osei"
    engine = make_engine(settings.database_url)
    with make_session_factory(engine)() as session:
        assert not session.get(StaffUser, account["id"]).mfa_enabled
    engine.dispose()
