"""The staff dashboard's data layer (issue 7; OWASP ASVS level 2).

Modules, each taking a keyword-only SQLAlchemy ``session`` (no SQL elsewhere):

- passwords: argon2id hashing and the password policy (pure, no I/O).
- accounts: staff users and ``authenticate`` (throttled, audited).
- throttle: how long a sign-in must wait (pure), and the query behind it.
- sessions: server-side sessions behind the cookie, timeouts, CSRF tokens.
- audit: the append-only audit trail.
- notes: staff notes on leads.
- totp: one-time codes and their QR code (pure); secretbox: the TOTP secret's
  encryption at rest; mfa: enrolment, code checks, recovery codes; reauth:
  password and code again before account changes.

Times are stored in UTC. SQLite hands datetimes back without an offset, so
compare through :func:`as_utc`.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Optional


def as_utc(value: Optional[datetime]) -> Optional[datetime]:
    """`value` as an aware UTC datetime (naive values are taken to be UTC already)."""
    if value is None:
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc)


def checked_now(now: Optional[datetime]) -> datetime:
    """The current time, or `now` given by a caller or test (must be timezone-aware)."""
    if now is None:
        return datetime.now(timezone.utc)
    if not isinstance(now, datetime) or now.tzinfo is None:
        raise ValueError("now must be a timezone-aware datetime")
    return now.astimezone(timezone.utc)
