"""Paging an escalation again when a hand-over ends without the staff member
(they went silent while the visitor wrote, or their session ended)."""

from __future__ import annotations

from typing import Dict, List, Optional

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.core.models import ACKNOWLEDGED, OPEN, Escalation, Page, utcnow
from bot.oncall.pages import queue_page, serialise_paging

NOTE = "Paged again: the staff member who took over the chat left it without handing it back."


def page_again(*, session: Session, conversation_id: str,
               targets: Dict[str, str]) -> Optional[int]:
    """Re-open the conversation's unresolved escalation (nobody is with the visitor
    any more) and queue a page to `targets`; its id, or None when the
    conversation has no unresolved escalation. Not held by the paging budget:
    a visitor in crisis has just lost the human who was helping."""
    serialise_paging(session)
    escalation = session.execute(
        select(Escalation).where(Escalation.coalesce_key == conversation_id)
    ).scalar_one_or_none()
    if escalation is None:
        session.rollback()
        return None
    if escalation.status == ACKNOWLEDGED:
        escalation.status = OPEN
    escalation.note = f"{escalation.note}\n{NOTE}" if escalation.note else NOTE
    if targets:
        number = session.execute(
            select(func.count()).select_from(Page)
            .where(Page.kind == "repage", Page.escalation_id == escalation.id)).scalar_one() + 1
        queue_page(session=session, kind="repage", level=f"repage-{number}", targets=targets,
                   now=utcnow(), escalation=escalation)
    session.commit()
    return escalation.id


def unresolved_by_conversation(*, session: Session, conversation_ids: List[str]) -> Dict[str, Escalation]:
    """The unresolved escalation of each of these conversations that has one."""
    if not conversation_ids:
        return {}
    rows = session.execute(
        select(Escalation).where(Escalation.coalesce_key.in_(conversation_ids))).scalars()
    return {e.conversation_id: e for e in rows}
