"""Data functions for escalations. Callers pass a session; no SQL elsewhere."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Dict, List, Optional

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.clinic.language import LANGUAGES
from bot.core.models import (ACKNOWLEDGED, ESCALATION_CATEGORIES, OPEN, RESOLVED, Escalation,
                             EscalationMessage, utcnow)
from bot.core.settings import OnCallSettings
from bot.oncall.budget import (ATTACHED, HELD, NOT_PAGED, PAGED, UPGRADED, Budget,
                               is_upgrade)
from bot.oncall.pages import (last_page_of_conversation, pages_since, queue_page,
                              serialise_paging, upgrade_pages_of)

MAX_MESSAGE_CHARS = 5000
# Concurrent messages of one conversation (or retries of one message) lose a
# unique-key race at most once or twice before they find the winner's record.
MAX_ATTEMPTS = 4


@dataclass(frozen=True)
class Recorded:
    escalation: Escalation
    outcome: str  # bot.oncall.budget.OUTCOMES: what became of this message's page


def record_escalation(*, session: Session, **fields) -> Escalation:
    """record_crisis_message, for callers that only need the escalation."""
    return record_crisis_message(session=session, **fields).escalation


def record_crisis_message(
    *, session: Session, conversation_id: str, message_id: str, category: str,
    message_text: str, notify: Optional[Dict[str, str]] = None,
    budget: Optional[Budget] = None, now: Optional[datetime] = None,
    language: Optional[str] = None,
) -> Recorded:
    """Keep this crisis message and attach it to its conversation's escalation.

    The first crisis message of a conversation opens an escalation and pages
    on-call (`notify`: {channel: address}); later ones attach to it without a
    new page, unless their category is more severe, which upgrades the
    escalation and pages once more, "upgraded". The budget may hold a page back
    for the next digest; the message is recorded either way. Retries of one
    message id return the first record. Pages are queued in the same
    transaction, so nothing is recorded without its deliveries.
    """
    if category not in ESCALATION_CATEGORIES:
        raise ValueError(f"unknown escalation category {category!r}")
    message = dict(conversation_id=conversation_id[:255], message_id=message_id[:255],
                   category=category, message_text=message_text[:MAX_MESSAGE_CHARS])
    budget = budget or Budget.from_settings(OnCallSettings())
    if language is not None and language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    for _ in range(MAX_ATTEMPTS):
        serialise_paging(session)
        known = _find_message(session, message["conversation_id"], message["message_id"])
        if known is not None:
            session.rollback()  # releases the paging lock
            return Recorded(session.get(Escalation, known.escalation_id), known.outcome)
        try:
            recorded = _record(session, message, notify or {}, budget, now or utcnow(), language)
            session.commit()
            return recorded
        except IntegrityError:  # a concurrent message or retry won a race: look again
            session.rollback()
    raise RuntimeError("could not record the crisis message after repeated conflicts")


def _record(session: Session, message: dict, targets: Dict[str, str], budget: Budget,
            now: datetime, language: Optional[str] = None) -> Recorded:
    escalation = _unresolved(session, message["conversation_id"])
    if escalation is None:
        escalation = Escalation(
            conversation_id=message["conversation_id"], message_id=message["message_id"],
            category=message["category"], message_text=message["message_text"], status=OPEN,
            coalesce_key=message["conversation_id"], created_at=now, last_message_at=now,
            language=language)
        session.add(escalation)
        session.flush()
        outcome = _page_new(session, escalation, targets, budget, now)
    else:
        escalation.last_message_at = now
        # The visitor may have switched language since: staff call back in the latest.
        escalation.language = language or escalation.language
        if is_upgrade(escalation.category, message["category"]):
            escalation.category = message["category"]
            escalation.upgraded_at = now
            outcome = _page_upgrade(session, escalation, targets, budget, now)
        else:
            outcome = ATTACHED if targets else NOT_PAGED
    session.add(EscalationMessage(escalation_id=escalation.id, received_at=now, outcome=outcome,
                                  **message))
    session.flush()
    return Recorded(escalation, outcome)


def _unresolved(session: Session, conversation_id: str) -> Optional[Escalation]:
    # Acknowledged-but-unresolved escalations take new messages too: the
    # clinician who acknowledged is handling this visitor, reads every attached
    # message on the escalation page, and is paged again if the visitor's
    # situation gets worse (an upgrade). A second page to the whole rota for
    # the same person would only be noise; after resolution, a new crisis in
    # the same conversation is a new episode and opens a new escalation.
    return session.execute(
        select(Escalation).where(Escalation.coalesce_key == conversation_id)
    ).scalar_one_or_none()


def _page_new(session: Session, escalation: Escalation, targets: Dict[str, str],
              budget: Budget, now: datetime) -> str:
    if not targets:
        return NOT_PAGED
    allowed = budget.allows_primary(
        pages_in_window=pages_since(session=session, since=now - budget.window),
        conversation_paged_at=last_page_of_conversation(
            session=session, conversation_id=escalation.conversation_id),
        now=now)
    if not allowed:
        escalation.page_held_at = now
        return HELD
    queue_page(session=session, kind="primary", level="primary", targets=targets, now=now,
               escalation=escalation)
    escalation.paged_at = now
    return PAGED


def _page_upgrade(session: Session, escalation: Escalation, targets: Dict[str, str],
                  budget: Budget, now: datetime) -> str:
    if not targets:
        return NOT_PAGED
    if not budget.allows_upgrade(
            pages_in_window=pages_since(session=session, since=now - budget.window)):
        escalation.page_held_at = escalation.page_held_at or now
        return HELD
    number = upgrade_pages_of(session=session, escalation_id=escalation.id) + 1
    queue_page(session=session, kind="upgrade", level=f"upgrade-{number}", targets=targets,
               now=now, escalation=escalation)
    escalation.paged_at = escalation.paged_at or now
    escalation.page_held_at = None  # this page tells staff about it
    return UPGRADED


def _find_message(session: Session, conversation_id: str,
                  message_id: str) -> Optional[EscalationMessage]:
    return session.execute(
        select(EscalationMessage).where(
            EscalationMessage.conversation_id == conversation_id,
            EscalationMessage.message_id == message_id,
        )
    ).scalar_one_or_none()


def messages_of(*, session: Session, escalation_id: int) -> List[EscalationMessage]:
    """Every crisis message attached to the escalation, oldest first."""
    return list(session.execute(
        select(EscalationMessage).where(EscalationMessage.escalation_id == escalation_id)
        .order_by(EscalationMessage.received_at.asc(), EscalationMessage.id.asc())
    ).scalars())


def list_escalations(*, session: Session, status: Optional[str] = None,
                     language: Optional[str] = None) -> List[Escalation]:
    """Newest first; only those with `status`, or in the conversation `language`, when given."""
    query = select(Escalation).order_by(Escalation.created_at.desc(), Escalation.id.desc())
    if status:
        query = query.where(Escalation.status == status)
    if language:
        query = query.where(Escalation.language == language)
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
    """Queue backup pages for escalations paged to the primary on-call and not
    acknowledged in time. Escalations the budget folded into a digest are not
    backup-paged one by one (that would undo the budget); the digest and the
    dashboard banner show them."""
    stale = session.execute(
        select(Escalation).where(
            Escalation.status == OPEN,
            Escalation.paged_at.is_not(None),
            Escalation.paged_at <= older_than,
            Escalation.backup_paged_at.is_(None),
        )
    ).scalars().all()
    now = utcnow()
    for escalation in stale:
        escalation.backup_paged_at = now
        note = "Backup paged: not acknowledged in time."
        escalation.note = f"{escalation.note}\n{note}" if escalation.note else note
        queue_page(session=session, kind="backup", level="backup", targets=targets, now=now,
                   escalation=escalation)
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
        escalation.coalesce_key = None  # the conversation's next crisis opens a new one
        escalation.resolved_by = by[:255]
        escalation.resolved_at = now
        entry = f"Resolved by {by[:255]}: {note.strip()[:MAX_MESSAGE_CHARS]}"
        escalation.note = f"{escalation.note}\n{entry}" if escalation.note else entry
        session.commit()
    return escalation
