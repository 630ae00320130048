"""Server-side staff sessions (OWASP ASVS V3): the record behind the encrypted cookie.

The browser holds a random token (secrets.token_urlsafe(32)); the table holds
only its sha256 hex as the id, so a leaked table signs nobody in. A session
ends at logout, after 30 idle minutes, 12 hours after sign-in, when the user is
disabled or changes password. Ended sessions stay as rows (ended_at set).

The web layer must start a new session at every sign-in (a fresh id: no session
fixation) and end the old one, and must check the per-session CSRF token on
every state-changing request with check_csrf.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime, timedelta
from typing import Optional, Tuple

from sqlalchemy import update
from sqlalchemy.orm import Session

from bot.core.models import StaffSession, StaffUser
from bot.staff import as_utc, checked_now

IDLE_TIMEOUT = timedelta(minutes=30)
ABSOLUTE_TIMEOUT = timedelta(hours=12)
# last_seen_at is written at most this often, to keep writes low; so a session
# may expire up to this much before 30 minutes after the very last request.
TOUCH_INTERVAL = timedelta(minutes=1)
MAX_TOKEN_LENGTH = 128  # ours are 43 characters; longer input is not ours


def token_id(token: str) -> str:
    """The stored id for a session token: its sha256, hex."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def start_session(*, session: Session, user: StaffUser, ip: Optional[str],
                  now: Optional[datetime] = None) -> Tuple[str, StaffSession]:
    """Open a session for `user` (who must be active); returns (token, record).

    Put the token in the cookie; it is not stored and cannot be recovered.
    Ends no other session: at sign-in the caller ends the browser's old one.
    """
    if not user.active:
        raise ValueError("user is disabled")
    now = checked_now(now)
    token = secrets.token_urlsafe(32)
    record = StaffSession(id=token_id(token), user_id=user.id, created_at=now,
                          last_seen_at=now, ip=(ip or None) and ip[:45],
                          csrf_token=secrets.token_urlsafe(32))
    session.add(record)
    session.commit()
    return token, record


def load_session(*, session: Session, token: Optional[str],
                 now: Optional[datetime] = None) -> Optional[Tuple[StaffUser, StaffSession]]:
    """(user, record) for a live session's token, else None.

    None when the token is unknown or ended, idle for more than 30 minutes,
    older than 12 hours, or its user is disabled; those last three also end the
    session. A live session's last_seen_at moves (at most once a minute).
    """
    now = checked_now(now)
    record = _open_record(session, token)
    if record is None:
        return None
    user = session.get(StaffUser, record.user_id)
    if _expired(user, record, now):
        record.ended_at = now
        session.commit()
        return None
    if now - as_utc(record.last_seen_at) >= TOUCH_INTERVAL:
        record.last_seen_at = now
        session.commit()
    return user, record


def is_live(*, session: Session, token: Optional[str],
            now: Optional[datetime] = None) -> bool:
    """Would load_session accept this token? Unlike load_session it neither touches
    last_seen_at nor ends anything: for the live feed, which must not count as
    activity (or an open dashboard would never reach its idle timeout)."""
    record = _open_record(session, token)
    if record is None:
        return False
    return not _expired(session.get(StaffUser, record.user_id), record, checked_now(now))


def _open_record(session: Session, token: Optional[str]) -> Optional[StaffSession]:
    """The session record of a well-formed token, unless it has ended."""
    if not isinstance(token, str) or not token or len(token) > MAX_TOKEN_LENGTH:
        return None
    try:
        record = session.get(StaffSession, token_id(token))
    except UnicodeEncodeError:
        return None
    if record is None or record.ended_at is not None:
        return None
    return record


def _expired(user: Optional[StaffUser], record: StaffSession, now: datetime) -> bool:
    """Disabled user, idle too long, or signed in too long ago."""
    return (user is None or not user.active
            or now - as_utc(record.last_seen_at) > IDLE_TIMEOUT
            or now - as_utc(record.created_at) > ABSOLUTE_TIMEOUT)


def end_session(*, session: Session, token: Optional[str],
                now: Optional[datetime] = None) -> bool:
    """Log out: end the token's session. True if a live session was ended."""
    record = _open_record(session, token)
    if record is None:
        return False
    record.ended_at = checked_now(now)
    session.commit()
    return True


def end_all_sessions(*, session: Session, user_id: int, now: Optional[datetime] = None,
                     commit: bool = True) -> int:
    """End every live session of the user (disabling, new password); returns how many."""
    result = session.execute(
        update(StaffSession)
        .where(StaffSession.user_id == user_id, StaffSession.ended_at.is_(None))
        .values(ended_at=checked_now(now))
        .execution_options(synchronize_session="fetch")
    )
    if commit:
        session.commit()
    return result.rowcount


def check_csrf(staff_session: StaffSession, submitted: Optional[str]) -> bool:
    """True when `submitted` is this session's CSRF token (constant-time comparison)."""
    expected = staff_session.csrf_token
    if not isinstance(submitted, str) or not submitted or not expected:
        return False
    try:
        return hmac.compare_digest(expected.encode("utf-8"), submitted.encode("utf-8"))
    except UnicodeEncodeError:
        return False
