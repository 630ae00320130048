"""Retention for what outlives its purpose inside records we keep: the visitor's
words in escalations, where notifications were sent, and staff sign-in addresses.

The escalation record itself stays (category, times, who acknowledged and
resolved it, the resolution note, the page history): it is the clinic's safety
record. Only its text goes. An escalation still open keeps its words, however
old: on-call staff still need them.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import and_, or_, select, update
from sqlalchemy.orm import Session

from bot.core.models import OPEN, Delivery, Escalation, EscalationMessage, StaffSession

PURGED_TEXT = ""  # message_text columns are NOT NULL


def forget_escalation_texts(*, session: Session, cutoff: datetime) -> int:
    """Clear the visitor's words of escalations not open and quiet since `cutoff` (the
    escalation's own text and every attached message); returns how many escalations."""
    stale = select(Escalation.id).where(
        Escalation.status != OPEN, Escalation.created_at < cutoff,
        or_(Escalation.last_message_at.is_(None), Escalation.last_message_at < cutoff),
        or_(Escalation.message_text != PURGED_TEXT,
            Escalation.id.in_(select(EscalationMessage.escalation_id).where(
                EscalationMessage.message_text != PURGED_TEXT))))
    ids = list(session.execute(stale).scalars())
    if not ids:
        return 0
    session.execute(update(Escalation).where(Escalation.id.in_(ids))
                    .values(message_text=PURGED_TEXT)
                    .execution_options(synchronize_session=False))
    session.execute(update(EscalationMessage).where(EscalationMessage.escalation_id.in_(ids))
                    .values(message_text=PURGED_TEXT)
                    .execution_options(synchronize_session=False))
    session.commit()
    return len(ids)


def forget_delivery_addresses(*, session: Session, cutoff: datetime) -> int:
    """Clear the webhook URL or email address of notifications sent (or given up)
    before `cutoff`; one still pending keeps its address so it can still be sent."""
    result = session.execute(
        update(Delivery).where(Delivery.created_at < cutoff, Delivery.status != "pending",
                               Delivery.address != "")
        .values(address="").execution_options(synchronize_session=False))
    session.commit()
    return result.rowcount


def forget_session_addresses(*, session: Session, cutoff: datetime) -> int:
    """Clear the IP address of staff sessions that ended, or started, before `cutoff`
    (a session lasts at most 12 hours)."""
    result = session.execute(
        update(StaffSession).where(
            StaffSession.ip.is_not(None),
            or_(StaffSession.created_at < cutoff,
                and_(StaffSession.ended_at.is_not(None), StaffSession.ended_at < cutoff)))
        .values(ip=None).execution_options(synchronize_session=False))
    session.commit()
    return result.rowcount
