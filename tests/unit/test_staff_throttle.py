"""Sign-in throttling: the math with explicit times, and the query behind it."""

from datetime import datetime, timedelta, timezone

import pytest

from bot.core.db import make_session_factory
from bot.core.models import LoginAttempt
from bot.staff.throttle import account_delay, recent_failures, retry_after
from tests.db_fixtures import database_url, migrated_engine  # noqa: F401

T0 = datetime(2026, 11, 27, 9, 0, tzinfo=timezone.utc)
S = timedelta(seconds=1)
MIN = timedelta(minutes=1)


def burst(count, start=T0, step=S):
    return [start + i * step for i in range(count)]


def test_the_first_five_failures_are_free():
    failures = burst(5)
    assert retry_after(failures, [], failures[-1]) == 0
    assert retry_after(failures, [], failures[-1] + S) == 0


def test_then_each_failure_doubles_the_wait_from_30_seconds_to_15_minutes():
    assert [account_delay(n).total_seconds() for n in range(1, 14)] == [
        0, 0, 0, 0, 0, 30, 60, 120, 240, 480, 900, 900, 900]
    failures = burst(6)
    last = failures[-1]
    assert retry_after(failures, [], last) == 30
    assert retry_after(failures, [], last + 10 * S) == 20
    assert retry_after(failures, [], last + 30 * S) == 0
    assert retry_after(burst(7), [], burst(7)[-1]) == 60
    assert retry_after(burst(8), [], burst(8)[-1]) == 120
    assert retry_after(burst(11), [], burst(11)[-1]) == 900  # 960 capped
    assert retry_after(burst(500), [], burst(500)[-1]) == 900


def test_waiting_out_each_delay_still_escalates_until_the_cap_ends_the_run():
    # An attacker who tries again exactly when allowed: the run is not forgotten.
    failures = burst(5)
    now = failures[-1] + S
    for expected in (30, 60, 120, 240, 480, 900):
        failures.append(now)
        wait = retry_after(failures, [], now)
        assert wait == expected
        now += wait * S
    assert retry_after(failures, [], now) == 0  # 15 minutes waited: free again


def test_fifteen_quiet_minutes_make_the_account_free_again():
    failures = burst(20)
    last = failures[-1]
    assert retry_after(failures, [], last + 15 * MIN - S) == 1
    assert retry_after(failures, [], last + 15 * MIN) == 0
    # A new failure after the quiet gap starts a new run: free again.
    assert retry_after(failures + [last + 16 * MIN], [], last + 16 * MIN) == 0


def test_failures_separated_by_quiet_gaps_are_separate_runs():
    old = burst(5)
    recent = burst(3, start=T0 + 20 * MIN)
    assert retry_after(old + recent, [], recent[-1]) == 0
    slow = burst(6, step=14 * MIN)  # never 15 quiet minutes: one run of six
    assert retry_after(slow, [], slow[-1]) == 30


def test_thirty_failures_from_an_address_in_15_minutes_make_it_wait():
    failures = burst(30, step=10 * S)  # over 290 seconds
    last = failures[-1]
    assert retry_after([], failures[:29], last) == 0
    assert retry_after([], failures, last) == 15 * 60 - 290
    assert retry_after([], failures, T0 + 15 * MIN) == 0  # the oldest left the window
    assert retry_after([], failures + burst(10, start=last + S), last + 11 * S) == \
        (failures[10] + 15 * MIN - (last + 11 * S)).total_seconds()


def test_the_longer_of_the_two_waits_wins_and_order_does_not_matter():
    account = burst(6)[::-1]
    address = burst(30)
    now = address[-1]
    assert retry_after(account, address, now) == 15 * 60 - 29
    naive = [t.replace(tzinfo=None) for t in burst(6)]
    assert retry_after(naive, [], burst(6)[-1]) == 30


@pytest.fixture
def sessions(database_url):  # noqa: F811
    engine = migrated_engine(database_url)
    yield make_session_factory(engine)
    engine.dispose()


def _attempt(session, at, username="alice", ip="10.0.0.1", succeeded=False):
    session.add(LoginAttempt(at=at, username=username, ip=ip, succeeded=succeeded))


def test_recent_failures_counts_only_those_after_the_last_success(sessions):
    with sessions() as session:
        for at in burst(4):
            _attempt(session, at)
        _attempt(session, T0 + 10 * S, succeeded=True)
        for at in burst(3, start=T0 + 20 * S):
            _attempt(session, at)
        _attempt(session, T0 + 25 * S, username="bob")
        _attempt(session, T0 + 26 * S, username="alice", ip="10.0.0.2")
        _attempt(session, T0 + 1 * MIN, username="alice")  # after `now`: ignored
        session.commit()
        now = T0 + 30 * S
        account, address = recent_failures(session, "alice", "10.0.0.1", now)
        assert account == [T0 + 26 * S] + burst(3, start=T0 + 20 * S)[::-1]
        # Address: every username, failures only, within 15 minutes.
        assert address == [T0 + 25 * S] + burst(3, start=T0 + 20 * S)[::-1] + burst(4)[::-1]
        assert recent_failures(session, "alice", None, now)[1] == []
        later = recent_failures(session, "alice", "10.0.0.1", T0 + 15 * MIN + 30 * S)[1]
        assert later == [T0 + 1 * MIN]


def test_recent_failures_returns_enough_for_the_cap(sessions):
    with sessions() as session:
        for at in burst(60):
            _attempt(session, at)
        session.commit()
        now = T0 + 60 * S
        account, address = recent_failures(session, "alice", "10.0.0.1", now)
        assert retry_after(account, address, now) == 900 - 1
        assert len(address) == 30 and address[0] == T0 + 59 * S
