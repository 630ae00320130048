"""Data functions for escalations. Callers pass a session; no SQL elsewhere."""

from __future__ import annotations

from typing import List, Optional

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.models import ESCALATION_CATEGORIES, Escalation

MAX_MESSAGE_CHARS = 5000


def record_escalation(
    *, session: Session, conversation_id: str, message_id: str, category: str, message_text: str
) -> Escalation:
    """Create the escalation for this message, or return the one already recorded."""
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
        status="open",
    )
    session.add(escalation)
    try:
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
