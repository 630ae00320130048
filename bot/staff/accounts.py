"""Staff accounts and sign-in (OWASP ASVS V2). Callers pass a session; no SQL elsewhere.

Usernames are stored lowercased: 3-64 of a-z 0-9 . _ -. A display name ("Dr. Ana
Ruiz", what a visitor is told when the person joins their chat) is optional: up
to 80 characters of printable text, spaces trimmed and runs of spaces made one;
empty means none (the username is shown). Errors name the field,
never a password. Account changes are not audited here: the caller records
the audit event (bot.staff.audit) with the acting admin. authenticate is the
exception: it always records the attempt and its audit event itself.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import List, Optional

from sqlalchemy import inspect, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.core.text import storable
from bot.intake.store import SchemaNotReady
from bot.core.models import ROLES, LoginAttempt, StaffUser
from bot.staff import audit, checked_now, throttle
from bot.staff.passwords import hash_password, needs_rehash, password_problem, verify_password
from bot.staff.sessions import end_all_sessions

USERNAME = re.compile(r"[a-z0-9._-]{3,64}")
MAX_DISPLAY_NAME_CHARS = 80
STAFF_TABLES = ("staff_users", "staff_sessions", "audit_events", "login_attempts", "lead_notes",
                "staff_recovery_codes")


@dataclass(frozen=True)
class LoginResult:
    """What authenticate decided.

    user: the signed-in user, or None (unknown name, wrong password, disabled,
    or throttled: show one generic message for all of them).
    retry_after: seconds; > 0 means throttled and the password was not checked.
    """

    user: Optional[StaffUser]
    retry_after: int = 0


def normalize_username(username: str) -> str:
    """The stored form of a username: surrounding spaces dropped, lowercased."""
    return username.strip().lower()


def create_user(*, session: Session, username: str, role: str, password: str,
                display_name: Optional[str] = None) -> StaffUser:
    """Create an active account. ValueError for a bad username, role, display name or
    password, or a username already taken (the message says which; a password's is
    the policy reason)."""
    username = _checked_username(username)
    role = _checked_role(role)
    display_name = checked_display_name(display_name)
    _check_password(password, username)
    if get_user_by_username(session=session, username=username) is not None:
        raise ValueError("username is already taken")
    now = checked_now(None)
    user = StaffUser(username=username, role=role, password_hash=hash_password(password),
                     display_name=display_name, active=True, created_at=now, updated_at=now,
                     password_changed_at=now)
    session.add(user)
    try:
        session.commit()
    except IntegrityError:  # created concurrently
        session.rollback()
        raise ValueError("username is already taken") from None
    return user


def set_password(*, session: Session, user_id: int, password: str) -> StaffUser:
    """Set a new password (policy applies) and end all the user's sessions.

    A user changing their own password must first prove the current one
    (verify_password); that check is the caller's.
    """
    user = _existing(session, user_id)
    _check_password(password, user.username)
    now = checked_now(None)
    user.password_hash = hash_password(password)
    user.password_changed_at = now
    user.updated_at = now
    end_all_sessions(session=session, user_id=user.id, now=now, commit=False)
    session.commit()
    return user


def set_role(*, session: Session, user_id: int, role: str) -> StaffUser:
    """Change the role (admin, staff, oncall); sessions read it afresh on every request."""
    user = _existing(session, user_id)
    user.role = _checked_role(role)
    user.updated_at = checked_now(None)
    session.commit()
    return user


def set_display_name(*, session: Session, user_id: int,
                     display_name: Optional[str]) -> StaffUser:
    """Set the display name; empty or None clears it (the username is shown)."""
    user = _existing(session, user_id)
    user.display_name = checked_display_name(display_name)
    user.updated_at = checked_now(None)
    session.commit()
    return user


def checked_display_name(display_name: object) -> Optional[str]:
    """The stored form of a display name (None for none); ValueError naming the
    problem: not text, too long, control characters or text that cannot be stored."""
    if display_name is None:
        return None
    value = storable("display name", display_name)
    if any(not ch.isprintable() and not ch.isspace() for ch in value) \
            or any(ch.isspace() and ch not in " \t" for ch in value):
        raise ValueError("display name must be on one line, without control characters")
    value = " ".join(value.split())
    if len(value) > MAX_DISPLAY_NAME_CHARS:
        raise ValueError(f"display name is too long (at most {MAX_DISPLAY_NAME_CHARS} "
                         f"characters; this one has {len(value)})")
    return value or None


def disable_user(*, session: Session, username: str) -> StaffUser:
    """Disable the account and end all its sessions. ValueError if unknown."""
    user = _by_name_or_error(session, username)
    now = checked_now(None)
    user.active = False
    user.updated_at = now
    end_all_sessions(session=session, user_id=user.id, now=now, commit=False)
    session.commit()
    return user


def enable_user(*, session: Session, username: str) -> StaffUser:
    """Re-enable a disabled account. ValueError if unknown."""
    user = _by_name_or_error(session, username)
    user.active = True
    user.updated_at = checked_now(None)
    session.commit()
    return user


def get_user(*, session: Session, user_id: int) -> Optional[StaffUser]:
    return session.get(StaffUser, user_id)


def get_user_by_username(*, session: Session, username: str) -> Optional[StaffUser]:
    return session.execute(
        select(StaffUser).where(StaffUser.username == normalize_username(username))
    ).scalar_one_or_none()


def list_users(*, session: Session) -> List[StaffUser]:
    """Every account, by username."""
    return list(session.execute(select(StaffUser).order_by(StaffUser.username)).scalars())


def authenticate(*, session: Session, username: str, password: str, ip: Optional[str],
                 now: Optional[datetime] = None) -> LoginResult:
    """Check a sign-in; always records a login attempt and a login/login_failed event.

    Throttled (retry_after > 0): the password is not checked. Unknown names,
    wrong passwords and disabled accounts all give user=None and cost one
    argon2 verification each, so timing does not tell them apart. The audit
    detail says which, for admins; never the password.
    """
    now = checked_now(now)
    typed = typed_username(username)
    ip = (ip or None) and ip[:45]
    wait = throttle.retry_after(*throttle.recent_failures(session, typed, ip, now), now)
    if wait > 0:
        return _finish(session, typed, ip, now, None, "throttled", wait)
    user = get_user_by_username(session=session, username=typed) if typed else None
    password = password if isinstance(password, str) else ""
    if user is None:
        verify_password(_dummy_hash(), password)
        return _finish(session, typed, ip, now, None, "unknown user", 0)
    if not verify_password(user.password_hash, password):
        return _finish(session, typed, ip, now, None, "wrong password", 0)
    if not user.active:
        return _finish(session, typed, ip, now, None, "account disabled", 0)
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    return _finish(session, typed, ip, now, user, None, 0)


def _finish(session: Session, typed: str, ip: Optional[str], now: datetime,
            user: Optional[StaffUser], failure: Optional[str], wait: int) -> LoginResult:
    session.add(LoginAttempt(at=now, username=typed, ip=ip, succeeded=user is not None))
    if user is not None:
        # With an authenticator the sign-in is not done yet: the code comes next.
        audit.record(session=session, action="login_password" if user.mfa_enabled else "login",
                     actor=user, ip=ip, target_type="staff_user", target_id=user.id,
                     commit=False, at=now)
    else:
        audit.record(session=session, action="login_failed", actor_username=typed, ip=ip,
                     detail=failure, commit=False, at=now)
    session.commit()
    return LoginResult(user=user, retry_after=wait)


def typed_username(username: object) -> str:
    """What someone typed as a username, made safe to store: lowercased, at most 64
    characters, with control characters and invalid Unicode replaced."""
    if not isinstance(username, str):
        return ""
    text = normalize_username(username)[:64]
    text = "".join(ch if ch.isprintable() else "\ufffd" for ch in text)
    return text.encode("utf-8", "replace").decode("utf-8")


def ensure_staff_tables(*, session: Session) -> None:
    """Raise SchemaNotReady, with what to do, when migrations 0004 and 0006 have not run."""
    existing = set(inspect(session.connection()).get_table_names())
    if not set(STAFF_TABLES) <= existing:
        raise SchemaNotReady(
            "the database has no staff tables yet: run `python -m bot db upgrade` first"
        )


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    # Verified when the user does not exist, so that costs the same as a real check.
    return hash_password(secrets.token_urlsafe(16))


def _checked_username(username: str) -> str:
    if not isinstance(username, str) or not USERNAME.fullmatch(normalize_username(username)):
        raise ValueError("username must be 3 to 64 characters: letters a-z, digits, "
                         "'.', '_' or '-'")
    return normalize_username(username)


def _checked_role(role: str) -> str:
    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}")
    return role


def _check_password(password: str, username: str) -> None:
    problem = password_problem(password, username)
    if problem is not None:
        raise ValueError(problem)


def _existing(session: Session, user_id: int) -> StaffUser:
    user = session.get(StaffUser, user_id)
    if user is None:
        raise ValueError("user_id does not name an account")
    return user


def _by_name_or_error(session: Session, username: str) -> StaffUser:
    user = get_user_by_username(session=session, username=username) \
        if isinstance(username, str) else None
    if user is None:
        raise ValueError("username does not name an account")
    return user
