"""Outbox data functions: which deliveries are due, claiming them, recording results."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import List, Optional

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from bot.core.models import Delivery, Escalation, Page

# A claimed delivery is hidden from other workers for this long; if the worker
# dies mid-send, the delivery becomes due again afterwards.
CLAIM_SECONDS = 60
BACKOFF_BASE_SECONDS = 2.0
BACKOFF_MAX_SECONDS = 300.0


def backoff(attempts: int) -> float:
    """Seconds before the next try after `attempts` failures: 2, 4, 8 … capped at 5 min."""
    return min(BACKOFF_BASE_SECONDS * (2 ** max(attempts - 1, 0)), BACKOFF_MAX_SECONDS)


def due(*, session: Session, now: datetime, limit: int = 20) -> List[int]:
    return list(session.execute(
        select(Delivery.id).where(Delivery.status == "pending", Delivery.next_attempt_at <= now)
        .order_by(Delivery.id).limit(limit)
    ).scalars())


def claim(*, session: Session, delivery_id: int, now: datetime) -> Optional[Delivery]:
    """Take the delivery for this worker (compare-and-set), or None if another has it."""
    result = session.execute(
        update(Delivery)
        .where(Delivery.id == delivery_id, Delivery.status == "pending",
               Delivery.next_attempt_at <= now)
        .values(next_attempt_at=now + timedelta(seconds=CLAIM_SECONDS))
    )
    session.commit()
    if result.rowcount != 1:
        return None
    return session.get(Delivery, delivery_id)


def mark_delivered(*, session: Session, delivery: Delivery, now: datetime) -> None:
    delivery.status = "delivered"
    delivery.delivered_at = now
    delivery.attempts += 1
    delivery.last_error = None
    session.commit()


def mark_failed(*, session: Session, delivery: Delivery, now: datetime, error: str) -> None:
    delivery.attempts += 1
    delivery.last_error = error[:255]
    delivery.next_attempt_at = now + timedelta(seconds=backoff(delivery.attempts))
    session.commit()


def escalation_of(*, session: Session, delivery: Delivery) -> Escalation:
    return session.get(Escalation, delivery.escalation_id)


def page_of(*, session: Session, delivery: Delivery) -> Optional[Page]:
    """The page a delivery belongs to (None for deliveries queued before migration 0005)."""
    return session.get(Page, delivery.page_id) if delivery.page_id is not None else None


def deliveries_for(*, session: Session, escalation_id: int) -> List[Delivery]:
    return list(session.execute(
        select(Delivery).where(Delivery.escalation_id == escalation_id).order_by(Delivery.id)
    ).scalars())
