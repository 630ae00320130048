"""Data functions for escalations. Callers pass a session; no SQL elsewhere."""

from __future__ import annotations

from datetime import datetime
from typing import Dict, List, Optional

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.core.models import (ACKNOWLEDGED, ESCALATION_CATEGORIES, OPEN, RESOLVED, Delivery,
                             Escalation, utcnow)

MAX_MESSAGE_CHARS = 5000


def record_escalation(
    *, session: Session, conversation_id: str, message_id: str, category: str,
    message_text: str, notify: Optional[Dict[str, str]] = None,
) -> Escalation:
    """Create the escalation for this message, or return the one already recorded.

    `notify` ({channel: address}) queues the on-call notifications in the same
    transaction, so an escalation is never recorded without its deliveries.
    """
    if category not in ESCALATION_CATEGORIES:
        raise ValueError(f"unknown escalation category {category!r}")
    existing = _find(session, conversation_id, message_id)
    if existing is not None:
        return existing
    escalation = Escalation(
        conversation_id=conversation_id[:255],
        message_id=message_id[:255],
        category=category,
        message_text=message_text[:MAX_MESSAGE_CHARS],
        status=OPEN,
    )
    session.add(escalation)
    try:
        session.flush()
        _queue(session, escalation, "primary", notify or {})
        session.commit()
    except IntegrityError:  # a concurrent retry of the same message won the race
        session.rollback()
        existing = _find(session, conversation_id, message_id)
        assert existing is not None
        return existing
    return escalation


def _find(session: Session, conversation_id: str, message_id: str) -> Optional[Escalation]:
    return session.execute(
        select(Escalation).where(
            Escalation.conversation_id == conversation_id[:255],
            Escalation.message_id == message_id[:255],
        )
    ).scalar_one_or_none()


def list_escalations(*, session: Session, status: Optional[str] = None) -> List[Escalation]:
    query = select(Escalation).order_by(Escalation.created_at.desc(), Escalation.id.desc())
    if status:
        query = query.where(Escalation.status == status)
    return list(session.execute(query).scalars())


def open_escalations(*, session: Session, limit: int) -> List[Escalation]:
    """Open (unacknowledged) escalations, oldest first: the most overdue on top."""
    return list(session.execute(
        select(Escalation).where(Escalation.status == OPEN)
        .order_by(Escalation.created_at.asc(), Escalation.id.asc())
        .limit(limit)
    ).scalars())


def count_open(*, session: Session) -> int:
    return session.execute(
        select(func.count()).select_from(Escalation).where(Escalation.status == OPEN)
    ).scalar_one()


def escalation_times_since(*, session: Session, since: datetime) -> List[datetime]:
    """When each escalation since `since` was recorded (for the weekly chart)."""
    return list(session.execute(
        select(Escalation.created_at).where(Escalation.created_at >= since)).scalars())


def escalations_for_conversation(*, session: Session, conversation_id: str) -> List[Escalation]:
    """The conversation's escalations, oldest first (shown on its lead's page; an
    on-call user may see a lead only when there is one)."""
    return list(session.execute(
        select(Escalation).where(Escalation.conversation_id == conversation_id)
        .order_by(Escalation.created_at.asc(), Escalation.id.asc())
    ).scalars())


def _queue(session: Session, escalation: Escalation, level: str, targets: Dict[str, str]) -> None:
    for channel, address in targets.items():
        session.add(Delivery(escalation_id=escalation.id, channel=channel, level=level,
                             address=address, status="pending", next_attempt_at=utcnow()))


def get_escalation(*, session: Session, escalation_id: int) -> Optional[Escalation]:
    return session.get(Escalation, escalation_id)


def acknowledge(*, session: Session, escalation_id: int, by: str) -> Optional[Escalation]:
    """Mark acknowledged (idempotent: the first acknowledgement is kept)."""
    escalation = session.get(Escalation, escalation_id)
    if escalation is None:
        return None
    if escalation.status == OPEN:
        escalation.status = ACKNOWLEDGED
        escalation.acknowledged_by = by[:255]
        escalation.acknowledged_at = utcnow()
        session.commit()
    return escalation


def page_backups(*, session: Session, older_than: datetime, targets: Dict[str, str]) -> List[int]:
    """Queue backup notifications for open escalations nobody acknowledged in time."""
    stale = session.execute(
        select(Escalation).where(
            Escalation.status == OPEN,
            Escalation.created_at <= older_than,
            Escalation.backup_paged_at.is_(None),
        )
    ).scalars().all()
    for escalation in stale:
        escalation.backup_paged_at = utcnow()
        note = "Backup paged: not acknowledged in time."
        escalation.note = f"{escalation.note}\n{note}" if escalation.note else note
        _queue(session, escalation, "backup", targets)
    session.commit()
    return [e.id for e in stale]


def resolve(*, session: Session, escalation_id: int, by: str, note: str) -> Optional[Escalation]:
    """Close an escalation with what was done (acknowledging it too if nobody had)."""
    escalation = session.get(Escalation, escalation_id)
    if escalation is None:
        return None
    now = utcnow()
    if escalation.status == OPEN:
        escalation.acknowledged_by = by[:255]
        escalation.acknowledged_at = now
    if escalation.status != RESOLVED:
        escalation.status = RESOLVED
        escalation.resolved_by = by[:255]
        escalation.resolved_at = now
        entry = f"Resolved by {by[:255]}: {note.strip()[:MAX_MESSAGE_CHARS]}"
        escalation.note = f"{escalation.note}\n{entry}" if escalation.note else entry
        session.commit()
    return escalation
