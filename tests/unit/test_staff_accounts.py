"""Staff accounts and sign-in on SQLite and PostgreSQL."""

from datetime import datetime, timedelta, timezone

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from bot.core.db import make_session_factory
from bot.core.models import AuditEvent, LoginAttempt, StaffSession, StaffUser
from bot.staff import accounts, as_utc
from bot.staff.accounts import (LoginResult, authenticate, create_user, disable_user,
                                enable_user, get_user, get_user_by_username, list_users,
                                set_password, set_role)
from bot.staff.passwords import verify_password
from bot.staff.sessions import load_session, start_session
from tests.db_fixtures import database_url, migrated_engine  # noqa: F401

PASSWORD = "orchid-Lantern-velvet-42"
NEW_PASSWORD = "harbour-Pebble-quartz-77"
IP = "203.0.113.7"
T0 = datetime(2026, 11, 27, 9, 0, tzinfo=timezone.utc)


@pytest.fixture
def sessions(database_url):  # noqa: F811
    engine = migrated_engine(database_url)
    yield make_session_factory(engine)
    engine.dispose()


def _user(session, username="alice", role="staff"):
    return create_user(session=session, username=username, role=role, password=PASSWORD)


def test_create_stores_a_lowercase_name_and_an_argon2id_hash(sessions):
    with sessions() as session:
        user = create_user(session=session, username=" Nurse.Joy ", role="oncall",
                           password=PASSWORD)
    with sessions() as session:
        stored = get_user_by_username(session=session, username="NURSE.JOY")
        assert stored.id == user.id and stored.username == "nurse.joy"
        assert stored.role == "oncall" and stored.active is True
        assert stored.password_hash.startswith("$argon2id$")
        assert PASSWORD not in stored.password_hash
        assert verify_password(stored.password_hash, PASSWORD)
        assert stored.created_at and stored.updated_at and stored.password_changed_at
        assert "password_hash" not in stored.as_dict()
        assert get_user(session=session, user_id=user.id).username == "nurse.joy"


def test_a_duplicate_username_is_refused_whatever_its_case(sessions):
    with sessions() as session:
        _user(session)
        with pytest.raises(ValueError, match="already taken"):
            create_user(session=session, username="ALICE", role="admin", password=NEW_PASSWORD)
        assert [u.username for u in list_users(session=session)] == ["alice"]


@pytest.mark.parametrize("change, message", [
    (dict(username="al"), "username must be"),
    (dict(username="a" * 65), "username must be"),
    (dict(username="alice smith"), "username must be"),
    (dict(username="zoë"), "username must be"),
    (dict(username="alice\x00"), "username must be"),
    (dict(username=None), "username must be"),
    (dict(role="root"), "role must be one of admin, staff, oncall"),
    (dict(password="short-pass1"), "at least 12"),
    (dict(password="Password123!"), "too common"),
    (dict(password="alice-in-wonderland-7"), "username"),
])
def test_bad_usernames_roles_and_passwords_are_refused_clearly(tmp_path, change, message):
    engine = migrated_engine(f"sqlite:///{tmp_path / 'x.db'}")
    with make_session_factory(engine)() as session:
        values = dict(username="alice", role="staff", password=PASSWORD, **{})
        values.update(change)
        with pytest.raises(ValueError, match=message) as raised:
            create_user(session=session, **values)
        assert values["password"] not in str(raised.value)
        assert list_users(session=session) == []
    engine.dispose()


def test_list_users_is_by_username(sessions):
    with sessions() as session:
        for name in ("carol", "alice", "bob"):
            _user(session, name)
        assert [u.username for u in list_users(session=session)] == ["alice", "bob", "carol"]


def test_set_role_and_unknown_ids(sessions):
    with sessions() as session:
        user = _user(session)
        assert set_role(session=session, user_id=user.id, role="admin").role == "admin"
        with pytest.raises(ValueError, match="role must be one of"):
            set_role(session=session, user_id=user.id, role="superuser")
        with pytest.raises(ValueError, match="user_id"):
            set_role(session=session, user_id=user.id + 99, role="staff")
        assert get_user(session=session, user_id=user.id + 99) is None


def test_set_password_applies_the_policy_and_ends_all_sessions(sessions):
    with sessions() as session:
        user = _user(session)
        tokens = [start_session(session=session, user=user, ip=IP)[0] for _ in range(2)]
        with pytest.raises(ValueError, match="too common"):
            set_password(session=session, user_id=user.id, password="Password123!")
        assert all(load_session(session=session, token=t) for t in tokens)
        before = user.password_changed_at
        set_password(session=session, user_id=user.id, password=NEW_PASSWORD)
    with sessions() as session:
        stored = get_user(session=session, user_id=user.id)
        assert verify_password(stored.password_hash, NEW_PASSWORD)
        assert not verify_password(stored.password_hash, PASSWORD)
        assert as_utc(stored.password_changed_at) >= as_utc(before)
        assert all(load_session(session=session, token=t) is None for t in tokens)


def test_disable_ends_sessions_and_enable_restores_sign_in(sessions):
    with sessions() as session:
        user = _user(session)
        token, _ = start_session(session=session, user=user, ip=IP)
        assert disable_user(session=session, username="ALICE").active is False
        assert session.execute(select(StaffSession.ended_at)).scalar_one() is not None
        assert load_session(session=session, token=token) is None
        assert authenticate(session=session, username="alice", password=PASSWORD,
                            ip=IP).user is None
        with pytest.raises(ValueError):
            start_session(session=session, user=user, ip=IP)
        enable_user(session=session, username="alice")
        assert authenticate(session=session, username="alice", password=PASSWORD,
                            ip=IP).user.id == user.id
        assert load_session(session=session, token=token) is None  # ended stays ended
        for action in (disable_user, enable_user):
            with pytest.raises(ValueError, match="does not name an account"):
                action(session=session, username="nobody")


def test_authenticate_success_records_the_attempt_and_a_login_event(sessions):
    with sessions() as session:
        user = _user(session)
        result = authenticate(session=session, username=" Alice ", password=PASSWORD, ip=IP,
                              now=T0)
        assert result == LoginResult(user=user, retry_after=0)
    with sessions() as session:
        attempt = session.execute(select(LoginAttempt)).scalar_one()
        assert (attempt.username, attempt.ip, attempt.succeeded) == ("alice", IP, True)
        event = session.execute(select(AuditEvent)).scalar_one()
        assert (event.action, event.actor_user_id, event.actor_username, event.ip) == \
            ("login", user.id, "alice", IP)


@pytest.mark.parametrize("username, password, detail", [
    ("alice", "wrong-Password-entirely", "wrong password"),
    ("mallory", PASSWORD, "unknown user"),
    ("disabled.bob", PASSWORD, "account disabled"),
])
def test_every_failure_is_the_same_generic_none(sessions, username, password, detail):
    with sessions() as session:
        _user(session)
        _user(session, "disabled.bob")
        disable_user(session=session, username="disabled.bob")
        result = authenticate(session=session, username=username, password=password, ip=IP)
        assert result == LoginResult(user=None, retry_after=0)
        attempt = session.execute(select(LoginAttempt)).scalar_one()
        assert (attempt.username, attempt.succeeded) == (username, False)
        event = session.execute(select(AuditEvent)).scalar_one()
        assert (event.action, event.actor_username, event.actor_user_id, event.detail) == \
            ("login_failed", username, None, detail)
        texts = [str(v) for v in (event.detail, event.actor_username, event.target_id)]
        assert all(password not in text for text in texts)


def test_an_unknown_user_still_costs_one_verification(sessions, monkeypatch):
    calls = []
    real = accounts.verify_password
    monkeypatch.setattr(accounts, "verify_password",
                        lambda h, p: calls.append(h) or real(h, p))
    with sessions() as session:
        authenticate(session=session, username="nobody", password=PASSWORD, ip=IP)
        authenticate(session=session, username="", password=PASSWORD, ip=IP)
    assert len(calls) == 2 and all(h.startswith("$argon2id$") for h in calls)


@pytest.mark.parametrize("typed", ["ALICE\x00", "\ud800root", "x" * 500, "<script>", 42])
def test_hostile_usernames_are_recorded_safely(sessions, typed):
    with sessions() as session:
        result = authenticate(session=session, username=typed, password="\x00\ud800", ip=IP)
        assert result.user is None
        attempt = session.execute(select(LoginAttempt)).scalar_one()
        assert len(attempt.username) <= 64 and "\x00" not in attempt.username
        assert session.execute(select(AuditEvent.action)).scalar_one() == "login_failed"


def test_after_five_failures_the_account_waits_and_the_password_is_not_checked(
        sessions, monkeypatch):
    with sessions() as session:
        user = _user(session)
        for i in range(6):
            result = authenticate(session=session, username="alice", password="nope-nope-nope",
                                  ip=f"198.51.100.{i}", now=T0 + timedelta(seconds=i))
            assert result.retry_after == 0
        checked = []
        monkeypatch.setattr(accounts, "verify_password", lambda h, p: checked.append(1))
        result = authenticate(session=session, username="alice", password=PASSWORD, ip=IP,
                              now=T0 + timedelta(seconds=15))
        assert result == LoginResult(user=None, retry_after=20)
        assert checked == []  # the right password, but it was never looked at
        events = session.execute(select(AuditEvent).order_by(AuditEvent.id)).scalars().all()
        assert events[-1].detail == "throttled"
        assert session.execute(select(LoginAttempt).order_by(LoginAttempt.id.desc())
                               ).scalars().first().succeeded is False
        monkeypatch.undo()
        # The throttled attempt counted as a failure: 7 in the run, so 60 s from it.
        later = T0 + timedelta(seconds=15 + 60)
        result = authenticate(session=session, username="alice", password=PASSWORD, ip=IP,
                              now=later)
        assert result.user.id == user.id
        # Success clears the account's count.
        result = authenticate(session=session, username="alice", password="nope-nope-nope",
                              ip=IP, now=later + timedelta(seconds=1))
        assert result.retry_after == 0


def test_an_address_with_30_failures_waits_whatever_the_username(sessions):
    with sessions() as session:
        _user(session)
        for i in range(30):
            session.add(LoginAttempt(at=T0 + timedelta(seconds=i), username=f"guess{i}", ip=IP,
                                     succeeded=False))
        session.commit()
        now = T0 + timedelta(seconds=60)
        result = authenticate(session=session, username="alice", password=PASSWORD, ip=IP,
                              now=now)
        assert result == LoginResult(user=None, retry_after=15 * 60 - 60)
        other = authenticate(session=session, username="alice", password=PASSWORD,
                             ip="192.0.2.1", now=now)
        assert other.user is not None


@pytest.mark.production_hashing
def test_an_outdated_hash_is_upgraded_at_sign_in(sessions):
    old = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1).hash(PASSWORD)
    with sessions() as session:
        user = _user(session)
        user.password_hash = old
        session.commit()
        assert authenticate(session=session, username="alice", password=PASSWORD, ip=IP).user
    with sessions() as session:
        stored = get_user(session=session, user_id=user.id).password_hash
        assert stored != old and "m=65536" in stored
        assert verify_password(stored, PASSWORD)


def test_deleting_an_account_keeps_its_audit_trail(sessions):
    with sessions() as session:
        user = _user(session)
        start_session(session=session, user=user, ip=IP)
        authenticate(session=session, username="alice", password=PASSWORD, ip=IP)
        session.delete(user)
        session.commit()
    with sessions() as session:
        assert session.execute(select(StaffSession)).first() is None  # cascade
        event = session.execute(select(AuditEvent)).scalar_one()
        assert (event.actor_user_id, event.actor_username) == (None, "alice")
        assert session.execute(select(StaffUser)).first() is None


# --- display names (issue 17: the name a visitor is told when staff join) ----------


def test_a_display_name_is_optional_trimmed_and_changeable(sessions):
    with sessions() as session:
        plain = _user(session, "plain")
        named = create_user(session=session, username="aruiz", role="oncall", password=PASSWORD,
                            display_name="  Dr.  Ana   Ruiz ")
    with sessions() as session:
        assert get_user(session=session, user_id=plain.id).display_name is None
        assert get_user(session=session, user_id=plain.id).shown_name == "plain"
        stored = get_user(session=session, user_id=named.id)
        assert stored.display_name == "Dr. Ana Ruiz" and stored.shown_name == "Dr. Ana Ruiz"
        assert stored.as_dict()["display_name"] == "Dr. Ana Ruiz"
        accounts.set_display_name(session=session, user_id=named.id,
                                  display_name="José Ñúñez-Pérez")
        assert get_user(session=session, user_id=named.id).display_name == "José Ñúñez-Pérez"
        accounts.set_display_name(session=session, user_id=named.id, display_name="   ")
        assert get_user(session=session, user_id=named.id).shown_name == "aruiz"
        with pytest.raises(ValueError, match="user_id"):
            accounts.set_display_name(session=session, user_id=9999, display_name="X")


@pytest.mark.parametrize("value, message", [
    ("A" * 81, "display name is too long (at most 80 characters; this one has 81)"),
    ("Ana\nRuiz", "display name must be on one line, without control characters"),
    ("Ana\u202eziuR", "display name must be on one line, without control characters"),
    ("Ana\x00", "display name contains a NUL character"),
    ("Ana\ud800", "display name is not valid Unicode text"),
    (42, "display name must be text"),
])
def test_bad_display_names_are_refused_clearly(sessions, value, message):
    with sessions() as session:
        with pytest.raises(ValueError) as refused:
            create_user(session=session, username="dee", role="staff", password=PASSWORD,
                        display_name=value)
        assert str(refused.value) == message
        assert get_user_by_username(session=session, username="dee") is None
        user = _user(session)
        with pytest.raises(ValueError) as refused:
            accounts.set_display_name(session=session, user_id=user.id, display_name=value)
        assert str(refused.value) == message


def test_eighty_characters_is_the_limit():
    assert accounts.checked_display_name("é" * 80) == "é" * 80
    assert accounts.checked_display_name("") is None and accounts.checked_display_name(None) is None
