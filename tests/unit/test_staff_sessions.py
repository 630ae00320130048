"""Server-side staff sessions: timeouts, logout, disabling, stored ids, CSRF."""

import hashlib
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from bot.core.db import make_session_factory
from bot.core.models import StaffSession
from bot.staff import as_utc
from bot.staff.accounts import create_user, disable_user
from bot.staff.sessions import (ABSOLUTE_TIMEOUT, IDLE_TIMEOUT, check_csrf, end_all_sessions,
                                end_session, load_session, start_session)
from tests.db_fixtures import database_url, migrated_engine  # noqa: F401

T0 = datetime(2026, 11, 27, 9, 0, tzinfo=timezone.utc)
MIN = timedelta(minutes=1)
IP = "2001:db8::1"


@pytest.fixture
def sessions(database_url):  # noqa: F811
    engine = migrated_engine(database_url)
    yield make_session_factory(engine)
    engine.dispose()


@pytest.fixture
def user(sessions):
    with sessions() as session:
        return create_user(session=session, username="alice", role="staff",
                           password="orchid-Lantern-velvet-42")


def test_timeouts_are_30_idle_minutes_and_12_hours():
    assert (IDLE_TIMEOUT, ABSOLUTE_TIMEOUT) == (timedelta(minutes=30), timedelta(hours=12))


def test_only_the_sha256_of_the_token_is_stored(sessions, user):
    with sessions() as session:
        token, record = start_session(session=session, user=user, ip=IP, now=T0)
        assert len(token) >= 43
        assert record.id == hashlib.sha256(token.encode()).hexdigest()
        row = session.execute(select(StaffSession)).scalar_one()
        assert token not in {row.id, row.csrf_token, row.ip}
        assert (row.user_id, row.ip, row.ended_at) == (user.id, IP, None)
        assert len(row.csrf_token) >= 43 and row.csrf_token != token
        assert load_session(session=session, token=record.id, now=T0) is None  # id is no token


def test_every_sign_in_gets_a_new_token_and_csrf_token(sessions, user):
    with sessions() as session:
        (t1, s1), (t2, s2) = (start_session(session=session, user=user, ip=IP) for _ in range(2))
        assert t1 != t2 and s1.id != s2.id and s1.csrf_token != s2.csrf_token


def test_idle_29_minutes_is_alive_31_is_ended(sessions, user):
    with sessions() as session:
        token, _ = start_session(session=session, user=user, ip=IP, now=T0)
        loaded_user, record = load_session(session=session, token=token, now=T0 + 29 * MIN)
        assert loaded_user.id == user.id
        assert as_utc(record.last_seen_at) == T0 + 29 * MIN  # touched
        assert load_session(session=session, token=token, now=T0 + 58 * MIN) is not None
        assert load_session(session=session, token=token, now=T0 + 89 * MIN) is None
        ended = session.execute(select(StaffSession.ended_at)).scalar_one()
        assert as_utc(ended) == T0 + 89 * MIN
        assert load_session(session=session, token=token, now=T0 + 90 * MIN) is None


def test_last_seen_is_written_at_most_once_a_minute(sessions, user):
    with sessions() as session:
        token, _ = start_session(session=session, user=user, ip=IP, now=T0)
        _, record = load_session(session=session, token=token, now=T0 + timedelta(seconds=59))
        assert as_utc(record.last_seen_at) == T0
        _, record = load_session(session=session, token=token, now=T0 + MIN)
        assert as_utc(record.last_seen_at) == T0 + MIN


def test_a_busy_session_still_ends_after_12_hours(sessions, user):
    with sessions() as session:
        token, _ = start_session(session=session, user=user, ip=IP, now=T0)
        now = T0
        while now < T0 + timedelta(hours=12):
            assert load_session(session=session, token=token, now=now) is not None
            now += 20 * MIN
        assert load_session(session=session, token=token, now=T0 + timedelta(hours=12)) \
            is not None
        assert load_session(session=session, token=token,
                            now=T0 + timedelta(hours=12, seconds=1)) is None


def test_logout_ends_only_that_session(sessions, user):
    with sessions() as session:
        token, _ = start_session(session=session, user=user, ip=IP, now=T0)
        other, _ = start_session(session=session, user=user, ip=IP, now=T0)
        assert end_session(session=session, token=token) is True
        assert end_session(session=session, token=token) is False
        assert load_session(session=session, token=token, now=T0 + MIN) is None
        assert load_session(session=session, token=other, now=T0 + MIN) is not None


def test_disabling_the_user_ends_their_sessions(sessions, user):
    with sessions() as session:
        token, _ = start_session(session=session, user=user, ip=IP, now=T0)
        disable_user(session=session, username="alice")
        assert load_session(session=session, token=token, now=T0 + MIN) is None


def test_a_disabled_user_is_refused_even_if_the_session_was_not_ended(sessions, user):
    with sessions() as session:
        token, _ = start_session(session=session, user=user, ip=IP, now=T0)
        user = session.merge(user)
        user.active = False  # e.g. changed directly in the database
        session.commit()
        assert load_session(session=session, token=token, now=T0 + MIN) is None
        assert session.execute(select(StaffSession.ended_at)).scalar_one() is not None


def test_end_all_sessions_counts_what_it_ended(sessions, user):
    with sessions() as session:
        tokens = [start_session(session=session, user=user, ip=IP, now=T0)[0] for _ in range(3)]
        end_session(session=session, token=tokens[0])
        assert end_all_sessions(session=session, user_id=user.id) == 2
        assert end_all_sessions(session=session, user_id=user.id) == 0
        assert all(load_session(session=session, token=t, now=T0) is None for t in tokens)


@pytest.mark.parametrize("token", [None, "", "nope", "x" * 10_000, "\ud800", 42])
def test_garbage_tokens_are_simply_unknown(sessions, token):
    with sessions() as session:
        assert load_session(session=session, token=token) is None
        assert end_session(session=session, token=token) is False


def test_csrf_check_is_exact(sessions, user):
    with sessions() as session:
        _, record = start_session(session=session, user=user, ip=IP)
        assert check_csrf(record, record.csrf_token)
        for wrong in (None, "", record.csrf_token[:-1], record.csrf_token + "x",
                      record.csrf_token.upper() if record.csrf_token.upper() != record.csrf_token
                      else "A" * 43, "é" * 43, "\ud800", 42):
            assert check_csrf(record, wrong) is False, wrong


def test_check_csrf_uses_a_constant_time_comparison():
    import inspect

    from bot.staff import sessions as module

    assert "hmac.compare_digest" in inspect.getsource(module.check_csrf)


def test_is_live_answers_like_load_session_without_touching_or_ending(sessions, user):
    from bot.staff.sessions import is_live

    with sessions() as session:
        token, record = start_session(session=session, user=user, ip=IP, now=T0)
        assert is_live(session=session, token=token, now=T0 + 29 * MIN)
        assert as_utc(session.get(StaffSession, record.id).last_seen_at) == T0  # not touched
        assert not is_live(session=session, token=token, now=T0 + 31 * MIN)
        assert session.get(StaffSession, record.id).ended_at is None  # not ended
        assert not is_live(session=session, token="not-a-token", now=T0)
