"""Data functions for pages: queueing one (with its deliveries), what the budget
counts, and the digest of what the budget held back. Callers pass a session."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Dict, List, Optional

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.core.models import Delivery, Escalation, Page
from bot.oncall.budget import Budget

BUDGETED_KINDS = ("primary", "upgrade")  # what the global budget counts
# Any constant: one PostgreSQL advisory lock serialises paging decisions.
PAGING_LOCK_KEY = 0x0C411


def as_utc(value: Optional[datetime]) -> Optional[datetime]:
    """SQLite hands back naive datetimes; we only ever store UTC."""
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value


def serialise_paging(session: Session) -> None:
    """Take the paging lock for this transaction, so concurrent decisions on
    PostgreSQL count each other's pages (SQLite has one writer at a time)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(PAGING_LOCK_KEY)))


def pages_since(*, session: Session, since: datetime) -> int:
    return session.execute(
        select(func.count()).select_from(Page)
        .where(Page.kind.in_(BUDGETED_KINDS), Page.created_at >= since)
    ).scalar_one()


def last_page_of_conversation(*, session: Session, conversation_id: str) -> Optional[datetime]:
    return as_utc(session.execute(
        select(func.max(Page.created_at))
        .where(Page.kind.in_(BUDGETED_KINDS), Page.conversation_id == conversation_id)
    ).scalar_one())


def queue_page(*, session: Session, kind: str, level: str, targets: Dict[str, str],
               now: datetime, escalation: Optional[Escalation] = None, **digest) -> Page:
    """Record the page and one delivery per configured channel, in the caller's transaction."""
    page = Page(kind=kind, created_at=now, escalation_id=escalation.id if escalation else None,
                conversation_id=escalation.conversation_id if escalation else None,
                category=escalation.category if escalation else None, **digest)
    session.add(page)
    session.flush()
    for channel, address in targets.items():
        session.add(Delivery(escalation_id=page.escalation_id, page_id=page.id, channel=channel,
                             level=level, address=address, status="pending",
                             next_attempt_at=now, created_at=now))
    return page


def upgrade_pages_of(*, session: Session, escalation_id: int) -> int:
    return session.execute(
        select(func.count()).select_from(Page)
        .where(Page.kind == "upgrade", Page.escalation_id == escalation_id)
    ).scalar_one()


def queue_digest(*, session: Session, budget: Budget, targets: Dict[str, str],
                 now: datetime) -> Optional[Page]:
    """One page for every escalation and upgrade the budget held back, when due."""
    if not targets:
        return None
    serialise_paging(session)
    held: List[Escalation] = list(session.execute(
        select(Escalation).where(Escalation.page_held_at.is_not(None))
        .order_by(Escalation.page_held_at, Escalation.id)
    ).scalars())
    last_digest = as_utc(session.execute(
        select(func.max(Page.created_at)).where(Page.kind == "digest")).scalar_one())
    oldest = as_utc(held[0].page_held_at) if held else None
    if not budget.digest_due(oldest_held_at=oldest, last_digest_at=last_digest, now=now):
        session.rollback()  # releases the lock
        return None
    upgrades = sum(1 for e in held if e.paged_at is not None)
    page = queue_page(session=session, kind="digest", level="digest", targets=targets, now=now,
                      held_escalations=len(held) - upgrades, held_upgrades=upgrades)
    for escalation in held:
        escalation.page_held_at = None
    session.commit()
    return page

