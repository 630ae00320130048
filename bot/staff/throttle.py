"""Sign-in throttling (OWASP ASVS 2.2.1): slow guessing down, never lock anyone out for good.

Per account (the typed username, so unknown names behave like real ones):
failures since the account's last successful sign-in form a run while no 15
quiet minutes separate them. The first 5 failures of a run are free; after the
6th the next attempt waits 30 s, after the 7th 60 s, doubling up to 15 minutes.
Because the longest wait is 15 minutes, a run always ends: waiting it out makes
the account free again.

Per address: 30 failures within 15 minutes (any usernames) make the address wait
until the oldest of the last 30 is 15 minutes old.

Attempts refused by the throttle are recorded as failures too (see
bot.staff.accounts.authenticate), so hammering lengthens the wait.

Passwords and second-factor codes (bot.staff.mfa) are counted apart, by the
attempt's `factor`: a right password does not wipe out a run of wrong codes.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta
from typing import List, Optional, Sequence, Tuple

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from bot.core.models import LoginAttempt
from bot.staff import as_utc

WINDOW = timedelta(minutes=15)
FREE_FAILURES = 5
FIRST_DELAY = timedelta(seconds=30)
MAX_DELAY = timedelta(minutes=15)
IP_FAILURES = 30
# Failures past this many in a run no longer change the delay (it is capped).
_RUN_LIMIT = FREE_FAILURES + 1 + math.ceil(math.log2(MAX_DELAY / FIRST_DELAY))


def retry_after(failures_for_account: Sequence[datetime], failures_for_ip: Sequence[datetime],
                now: datetime) -> int:
    """Seconds to wait before the next attempt may be checked (0: go ahead).

    `failures_for_account`: failure times since the account's last success;
    `failures_for_ip`: recent failure times from the address. Any order; naive
    datetimes are taken as UTC.
    """
    now = as_utc(now)
    wait = max(_account_wait(failures_for_account, now), _ip_wait(failures_for_ip, now))
    return max(0, math.ceil(wait.total_seconds()))


def account_delay(failures_in_run: int) -> timedelta:
    """How long after the latest failure of a run of this many the next attempt waits."""
    if failures_in_run <= FREE_FAILURES:
        return timedelta(0)
    doublings = min(failures_in_run, _RUN_LIMIT) - FREE_FAILURES - 1
    return min(FIRST_DELAY * (2 ** doublings), MAX_DELAY)


def _account_wait(failures: Sequence[datetime], now: datetime) -> timedelta:
    times = sorted((as_utc(t) for t in failures), reverse=True)
    if not times or now - times[0] >= WINDOW:
        return timedelta(0)
    run = 1
    for newer, older in zip(times, times[1:]):
        if newer - older >= WINDOW or run >= _RUN_LIMIT:
            break
        run += 1
    return times[0] + account_delay(run) - now


def _ip_wait(failures: Sequence[datetime], now: datetime) -> timedelta:
    recent = sorted((t for t in (as_utc(t) for t in failures) if now - t < WINDOW),
                    reverse=True)
    if len(recent) < IP_FAILURES:
        return timedelta(0)
    return recent[IP_FAILURES - 1] + WINDOW - now


def recent_failures(session: Session, username: str, ip: Optional[str],
                    now: datetime, factor: str = "password"
                    ) -> Tuple[List[datetime], List[datetime]]:
    """(account failures since its last success, the address's failures in 15 minutes).

    Only as many as retry_after can use: the latest of the account's run and
    the latest 30 of the address. `username` as stored (lowercased); `factor`
    "password" or "code".
    """
    now = as_utc(now)
    last_success = session.execute(
        select(LoginAttempt.at).where(LoginAttempt.username == username,
                                      LoginAttempt.factor == factor,
                                      LoginAttempt.succeeded.is_(True), LoginAttempt.at <= now)
        .order_by(LoginAttempt.at.desc()).limit(1)
    ).scalar_one_or_none()
    account = select(LoginAttempt.at).where(
        LoginAttempt.username == username, LoginAttempt.factor == factor,
        LoginAttempt.succeeded.is_(False), LoginAttempt.at <= now)
    if last_success is not None:
        account = account.where(LoginAttempt.at > last_success)
    account_times = list(session.execute(
        account.order_by(LoginAttempt.at.desc()).limit(_RUN_LIMIT)).scalars())
    ip_times: List[datetime] = []
    if ip:
        ip_times = list(session.execute(
            select(LoginAttempt.at).where(LoginAttempt.ip == ip, LoginAttempt.factor == factor,
                                          LoginAttempt.succeeded.is_(False),
                                          LoginAttempt.at > now - WINDOW, LoginAttempt.at <= now)
            .order_by(LoginAttempt.at.desc()).limit(IP_FAILURES)).scalars())
    return [as_utc(t) for t in account_times], [as_utc(t) for t in ip_times]


def delete_attempts_before(*, session: Session, cutoff: datetime) -> int:
    """Retention: sign-in attempts (addresses, typed usernames) older than `cutoff`.
    Throttling only ever looks back 15 minutes."""
    result = session.execute(delete(LoginAttempt).where(LoginAttempt.at < as_utc(cutoff))
                             .execution_options(synchronize_session=False))
    session.commit()
    return result.rowcount
