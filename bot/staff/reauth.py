"""Re-authentication before account changes (OWASP ASVS 3.7.1): the signed-in user
proves their password, and their authenticator code when they have one, again.

Success marks the staff session (reauth_at); account changes are allowed for
REAUTH_WINDOW after it. Password failures count against the sign-in throttle,
code failures against the code throttle (bot.staff.mfa).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Optional

from sqlalchemy.orm import Session

from bot.core.models import LoginAttempt, StaffSession, StaffUser
from bot.staff import as_utc, audit, checked_now, mfa, throttle
from bot.staff.passwords import verify_password

REAUTH_WINDOW = timedelta(minutes=10)


@dataclass(frozen=True)
class ReauthResult:
    ok: bool
    retry_after: int = 0


def is_recent(staff_session: StaffSession, now: Optional[datetime] = None) -> bool:
    """Did the user re-authenticate in this session within the last 10 minutes?"""
    if staff_session.reauth_at is None:
        return False
    age = checked_now(now) - as_utc(staff_session.reauth_at)
    return timedelta(0) <= age <= REAUTH_WINDOW


def reauthenticate(*, session: Session, session_id: str, password: object, code: object,
                   secret_key: str, ip: Optional[str],
                   now: Optional[datetime] = None) -> ReauthResult:
    """Check password (then code) of the session's user; on success mark the session."""
    now = checked_now(now)
    record = session.get(StaffSession, session_id)
    if record is None or record.ended_at is not None:
        raise ValueError("session_id does not name a live session")
    user = session.get(StaffUser, record.user_id)
    ip = (ip or None) and ip[:45]
    wait = throttle.retry_after(*throttle.recent_failures(session, user.username, ip, now), now)
    if wait:
        return _failed(session, user, ip, now, "throttled", wait)
    if not verify_password(user.password_hash, password if isinstance(password, str) else ""):
        return _failed(session, user, ip, now, "wrong password", 0)
    if user.mfa_enabled:
        result = mfa.check_code(session=session, user_id=user.id, secret_key=secret_key,
                                code=code, ip=ip, action="reauth", now=now)
        if not result.ok:
            return ReauthResult(ok=False, retry_after=result.retry_after)
    else:
        audit.record(session=session, action="reauth", actor=user, ip=ip,
                     target_type="staff_user", target_id=user.id, commit=False, at=now)
    record = session.get(StaffSession, session_id)
    record.reauth_at = now
    session.commit()
    return ReauthResult(ok=True)


def _failed(session: Session, user: StaffUser, ip: Optional[str], now: datetime,
            detail: str, wait: int) -> ReauthResult:
    session.add(LoginAttempt(at=now, username=user.username, ip=ip, succeeded=False,
                             factor="password"))
    audit.record(session=session, action="reauth_failed", actor=user, ip=ip,
                 target_type="staff_user", target_id=user.id, detail=detail, commit=False,
                 at=now)
    session.commit()
    return ReauthResult(ok=False, retry_after=wait)
