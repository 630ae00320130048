"""The staff second factor (OWASP ASVS V2.8): TOTP enrolment, code checks, recovery codes.

Callers pass a SQLAlchemy session and the app's secret key (the TOTP secret is
stored encrypted with a key derived from it: bot.staff.secretbox). Every check
records a sign-in attempt of factor "code", so codes are throttled like passwords
(bot.staff.throttle), and an audit event; the audit detail says what went wrong,
never a code or a secret.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import List, Optional

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from bot.core.models import LoginAttempt, RecoveryCode, StaffUser
from bot.staff import audit, checked_now, secretbox, throttle, totp
from bot.staff.passwords import hash_password, verify_password

ROLES_ALWAYS_REQUIRED = ("admin", "staff")
RECOVERY_CODES = 10
# Recovery codes: 12 characters of an alphabet without look-alikes (59 bits), shown as
# xxxx-xxxx-xxxx; the first two are the stored selector.
_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no i, l, o, 0, 1
_RECOVERY_LENGTH = 12
SELECTOR_LENGTH = 2


def mfa_required(role: str, oncall_required: bool) -> bool:
    """Admins and staff always need a second factor; on-call users when the clinic says so."""
    return role in ROLES_ALWAYS_REQUIRED or (role == "oncall" and oncall_required)


def must_enrol(user: StaffUser, oncall_required: bool) -> bool:
    return mfa_required(user.role, oncall_required) and not user.mfa_enabled


@dataclass(frozen=True)
class CodeResult:
    """ok: the code (or recovery code) was accepted. retry_after > 0: throttled, not
    checked. recovery_left: unused recovery codes after a recovery sign-in."""

    ok: bool
    retry_after: int = 0
    used_recovery: bool = False
    recovery_left: Optional[int] = None


# --- enrolment --------------------------------------------------------------------


def start_enrolment(*, session: Session, user_id: int, secret_key: str) -> str:
    """The secret to show for enrolment (made once, kept until confirmed); ValueError when
    the account already has a second factor."""
    user = _user(session, user_id)
    if user.mfa_enabled:
        raise ValueError("this account already has an authenticator")
    secret = secretbox.unseal(secret_key, user.totp_secret)
    if secret is None:
        secret = totp.new_secret()
        user.totp_secret = secretbox.seal(secret_key, secret)
        session.commit()
    return secret


def confirm_enrolment(*, session: Session, user_id: int, secret_key: str, code: object,
                      ip: Optional[str], now: Optional[datetime] = None) -> CodeResult:
    """Turn the second factor on once the first code from the app matches (throttled)."""
    now = checked_now(now)
    user = _user(session, user_id)
    secret = secretbox.unseal(secret_key, user.totp_secret)
    if user.mfa_enabled or secret is None:
        raise ValueError("no enrolment in progress")
    wait = _wait(session, user, ip, now)
    if wait:
        return _code_finish(session, user, ip, now, "mfa_enrol_failed", "throttled", wait)
    step = totp.matching_step(secret, code, now, None)
    if step is None:
        return _code_finish(session, user, ip, now, "mfa_enrol_failed", "wrong code", 0)
    user.totp_enabled_at = now
    user.totp_last_step = step
    user.updated_at = now
    return _code_finish(session, user, ip, now, "mfa_enrol", None, 0)


def enrol_with_secret(*, session: Session, user: StaffUser, secret_key: str,
                      now: Optional[datetime] = None) -> str:
    """Turn the second factor on with a fresh secret at once (the CLI, where the
    administrator hands the URI over); returns the secret. Commits."""
    secret = totp.new_secret()
    user.totp_secret = secretbox.seal(secret_key, secret)
    user.totp_enabled_at = checked_now(now)
    user.totp_last_step = None
    session.commit()
    return secret


def reset_mfa(*, session: Session, user_id: int) -> StaffUser:
    """Remove the second factor and the recovery codes (a lost phone, a new secret key):
    the user enrols again at the next sign-in. The caller audits."""
    user = _user(session, user_id)
    user.totp_secret = None
    user.totp_enabled_at = None
    user.totp_last_step = None
    user.updated_at = checked_now(None)
    session.execute(delete(RecoveryCode).where(RecoveryCode.user_id == user.id))
    session.commit()
    return user


# --- codes ------------------------------------------------------------------------


def check_code(*, session: Session, user_id: int, secret_key: str, code: object,
               ip: Optional[str], action: str = "login",
               now: Optional[datetime] = None) -> CodeResult:
    """Check the code of an enrolled user's authenticator (+-1 step, never a used step).

    Records an attempt and `action` (login or reauth) or `action`_failed.
    """
    now = checked_now(now)
    user = _user(session, user_id)
    secret = secretbox.unseal(secret_key, user.totp_secret)
    failed = f"{action}_failed"
    wait = _wait(session, user, ip, now)
    if wait:
        return _code_finish(session, user, ip, now, failed, "throttled code", wait)
    if secret is None or not user.mfa_enabled:
        return _code_finish(session, user, ip, now, failed, "no authenticator secret", 0)
    step = totp.matching_step(secret, code, now, user.totp_last_step)
    if step is None:
        reused = totp.is_reused(secret, code, now, user.totp_last_step)
        return _code_finish(session, user, ip, now, failed,
                            "reused code" if reused else "wrong code", 0)
    user.totp_last_step = step
    return _code_finish(session, user, ip, now, action, "authenticator code", 0)


def check_recovery_code(*, session: Session, user_id: int, code: object, ip: Optional[str],
                        now: Optional[datetime] = None) -> CodeResult:
    """Sign in with a recovery code instead of a TOTP code; each works once (throttled)."""
    now = checked_now(now)
    user = _user(session, user_id)
    wait = _wait(session, user, ip, now)
    if wait:
        return _code_finish(session, user, ip, now, "login_failed", "throttled code", wait)
    typed = _cleaned_recovery(code)
    match = None
    if typed is not None:
        candidates = session.execute(select(RecoveryCode).where(
            RecoveryCode.user_id == user.id, RecoveryCode.used_at.is_(None),
            RecoveryCode.selector == typed[:SELECTOR_LENGTH])).scalars()
        match = next((row for row in candidates if verify_password(row.code_hash, typed)), None)
    if match is None:
        return _code_finish(session, user, ip, now, "login_failed", "wrong recovery code", 0)
    match.used_at = now
    session.flush()
    left = count_recovery_codes(session=session, user_id=user.id)
    result = _code_finish(session, user, ip, now, "login", f"recovery code ({left} left)", 0)
    return CodeResult(ok=True, used_recovery=True, recovery_left=left,
                      retry_after=result.retry_after)


def new_recovery_codes(*, session: Session, user_id: int,
                       now: Optional[datetime] = None) -> List[str]:
    """Replace the user's recovery codes with 10 new ones; returns them (shown once)."""
    now = checked_now(now)
    user = _user(session, user_id)
    codes = [_new_recovery_code() for _ in range(RECOVERY_CODES)]
    session.execute(delete(RecoveryCode).where(RecoveryCode.user_id == user.id))
    for code in codes:
        plain = code.replace("-", "")
        session.add(RecoveryCode(user_id=user.id, selector=plain[:SELECTOR_LENGTH],
                                 code_hash=hash_password(plain), created_at=now))
    session.commit()
    return codes


def count_recovery_codes(*, session: Session, user_id: int) -> int:
    """Unused recovery codes."""
    return session.execute(select(func.count(RecoveryCode.id)).where(
        RecoveryCode.user_id == user_id, RecoveryCode.used_at.is_(None))).scalar_one()


def _new_recovery_code() -> str:
    text = "".join(secrets.choice(_ALPHABET) for _ in range(_RECOVERY_LENGTH))
    return "-".join(text[i:i + 4] for i in range(0, _RECOVERY_LENGTH, 4))


def _cleaned_recovery(typed: object) -> Optional[str]:
    if not isinstance(typed, str) or len(typed) > 40:
        return None
    text = "".join(ch for ch in typed.strip().lower() if ch not in " -")
    if len(text) != _RECOVERY_LENGTH or any(ch not in _ALPHABET for ch in text):
        return None
    return text


# --- shared -----------------------------------------------------------------------


def _user(session: Session, user_id: int) -> StaffUser:
    user = session.get(StaffUser, user_id)
    if user is None:
        raise ValueError("user_id does not name an account")
    return user


def _wait(session: Session, user: StaffUser, ip: Optional[str], now: datetime) -> int:
    failures = throttle.recent_failures(session, user.username, _ip(ip), now, factor="code")
    return throttle.retry_after(*failures, now)


def _ip(ip: Optional[str]) -> Optional[str]:
    return (ip or None) and ip[:45]


def _code_finish(session: Session, user: StaffUser, ip: Optional[str], now: datetime,
                 action: str, detail: Optional[str], wait: int) -> CodeResult:
    ok = not action.endswith("_failed")
    session.add(LoginAttempt(at=now, username=user.username, ip=_ip(ip), succeeded=ok,
                             factor="code"))
    audit.record(session=session, action=action, actor=user, ip=_ip(ip),
                 target_type="staff_user", target_id=user.id, detail=detail, commit=False,
                 at=now)
    session.commit()
    return CodeResult(ok=ok, retry_after=wait)
