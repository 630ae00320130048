"""Staff notes on leads. Callers pass a session; no SQL elsewhere.

A note is personal health information like the lead itself: stored verbatim
(after trimming surrounding whitespace), escaped by whoever renders it, never
logged, never put in an audit event's detail. Notes go with their lead
(ON DELETE CASCADE: the retention purge removes them too).
"""

from __future__ import annotations

from typing import List

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.core.text import storable
from bot.core.models import Lead, LeadNote, StaffUser
from bot.staff import checked_now

MAX_BODY_CHARS = 5000


def add_note(*, session: Session, lead_id: int, author: StaffUser, body: str) -> LeadNote:
    """Add a note by `author` to the lead; returns it.

    ValueError (naming the field, never quoting the text) when the body is empty
    or blank, longer than 5,000 characters, or holds a NUL or invalid Unicode,
    or when the lead does not exist.
    """
    body = _checked_body(body)
    if session.get(Lead, lead_id) is None:
        raise ValueError("lead_id does not name a lead")
    note = LeadNote(lead_id=lead_id, author_user_id=author.id,
                    author_username=author.username, body=body,
                    created_at=checked_now(None))
    session.add(note)
    session.commit()
    return note


def list_notes(*, session: Session, lead_id: int) -> List[LeadNote]:
    """The lead's notes, oldest first."""
    return list(session.execute(
        select(LeadNote).where(LeadNote.lead_id == lead_id)
        .order_by(LeadNote.created_at, LeadNote.id)
    ).scalars())


def _checked_body(body: str) -> str:
    if not isinstance(body, str):
        raise ValueError("body must be text")
    body = body.strip()
    if not body:
        raise ValueError("body must not be empty")
    return storable("body", body, MAX_BODY_CHARS)
