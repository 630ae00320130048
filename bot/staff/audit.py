"""The audit trail (OWASP ASVS V7.2): who did what to which record, when, from where.

Append-only: this module records and reads events and has no function that
changes or deletes one. `detail` is for facts such as "status new -> contacted",
never personal or health information (no names, phone numbers, note text).

To record an event in the same transaction as the change it describes, pass
commit=False and commit the change afterwards.
"""

from __future__ import annotations

from datetime import datetime
from typing import List, Optional, Union

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.core.text import storable
from bot.core.models import AuditEvent, StaffUser
from bot.staff import checked_now

ACTIONS = (
    # login_password: the password was right and the authenticator code comes next.
    "login", "login_password", "login_failed", "logout",
    "mfa_enrol", "mfa_enrol_failed", "mfa_reset", "mfa_recovery_codes",
    "reauth", "reauth_failed",
    "lead_list", "lead_view", "lead_export", "lead_status", "lead_note",
    "escalation_view", "escalation_ack", "escalation_resolve",
    # A signed-in user refused by the roles of a page, or a form without the session's token.
    "access_denied", "csrf_failed",
    "account_create", "account_disable", "account_enable", "account_role", "account_password",
    # An admin set or removed an account's display name (the name itself is not kept here).
    "account_display_name",
    "audit_view",
    # The live hand-over (bot.web.live): a conversation watched, taken (or taken
    # over from a colleague), each staff message, handed back, or lapsed (the
    # holder went silent or signed out; the actor is "system").
    "conversation_view", "handover_take", "handover_takeover", "handover_message",
    "handover_return", "handover_lapsed",
)
MAX_LIMIT = 1000


def record(*, session: Session, action: str, actor: Optional[StaffUser] = None,
           actor_username: Optional[str] = None, ip: Optional[str] = None,
           target_type: Optional[str] = None, target_id: Union[str, int, None] = None,
           detail: Optional[str] = None, commit: bool = True,
           at: Optional[datetime] = None) -> AuditEvent:
    """Append one event and return it.

    `actor` (a StaffUser) sets both actor_user_id and actor_username; without
    one, `actor_username` names who acted ("cli", or the username typed at a
    failed sign-in: lowercased, cut to 64 characters). `target_id` may be an
    int. `at` defaults to now. Raises ValueError (naming the field) for an
    unknown action or a value too long for its column (detail: 500 characters).
    """
    if action not in ACTIONS:
        raise ValueError(f"action must be one of {', '.join(ACTIONS)}")
    if actor is not None:
        actor_username = actor.username
    elif actor_username is not None:
        actor_username = storable("actor_username", actor_username).strip().lower()[:64]
    event = AuditEvent(
        at=checked_now(None) if at is None else _aware("at", at),
        actor_user_id=actor.id if actor is not None else None,
        actor_username=actor_username,
        action=action,
        target_type=_limited("target_type", target_type, 32),
        target_id=_limited("target_id", None if target_id is None else str(target_id), 64),
        ip=_limited("ip", ip, 45),
        detail=_limited("detail", detail, 500),
    )
    session.add(event)
    if commit:
        session.commit()
    else:
        session.flush()
    return event


def list_events(*, session: Session, action: Optional[str] = None,
                actor_username: Optional[str] = None, since: Optional[datetime] = None,
                until: Optional[datetime] = None, limit: int = 200,
                offset: int = 0) -> List[AuditEvent]:
    """Events newest first, optionally only one action / one actor, since <= at < until.

    `limit` is 1..1000; page with `offset` and count_events.
    """
    if not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT:
        raise ValueError(f"limit must be between 1 and {MAX_LIMIT}")
    if not isinstance(offset, int) or offset < 0:
        raise ValueError("offset must be zero or more")
    query = _filtered(select(AuditEvent), action, actor_username, since, until)
    query = query.order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
    return list(session.execute(query.limit(limit).offset(offset)).scalars())


def count_events(*, session: Session, action: Optional[str] = None,
                 actor_username: Optional[str] = None, since: Optional[datetime] = None,
                 until: Optional[datetime] = None) -> int:
    """How many events list_events would page through with these filters."""
    query = _filtered(select(func.count(AuditEvent.id)), action, actor_username, since, until)
    return session.execute(query).scalar_one()


def _filtered(query, action, actor_username, since, until):
    if action is not None:
        if action not in ACTIONS:
            raise ValueError(f"action must be one of {', '.join(ACTIONS)}")
        query = query.where(AuditEvent.action == action)
    if actor_username is not None:
        query = query.where(AuditEvent.actor_username == actor_username.strip().lower())
    if since is not None:
        query = query.where(AuditEvent.at >= _aware("since", since))
    if until is not None:
        query = query.where(AuditEvent.at < _aware("until", until))
    return query


def _aware(field: str, value: datetime) -> datetime:
    try:
        return checked_now(value)
    except ValueError:
        raise ValueError(f"{field} must be a timezone-aware datetime") from None


def _limited(field: str, value: Optional[str], limit: int) -> Optional[str]:
    return None if value is None else storable(field, value, limit)


def _text(field: str, value: str) -> str:
    return storable(field, value)
