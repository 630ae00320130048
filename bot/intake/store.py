"""Data functions for leads. Callers pass a session; no SQL elsewhere.

Every value is personal health information: errors name the field, never the
value, and nothing here logs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields as dataclass_fields
from datetime import date, datetime, timedelta, timezone, tzinfo
from typing import Any, Dict, List, Optional, Sequence, Tuple

from sqlalchemy import Date, DateTime, case, delete, func, inspect, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.clinic.language import LANGUAGES
from bot.core.text import storable
from bot.core.models import CONTACT_METHODS, LEAD_STATUSES, Lead, utcnow
from bot.intake import statuses as lead_statuses
from bot.triage import rules as triage_rules

MAX_TEXT_CHARS = 10_000  # description and triage summary (Text columns)
MAX_FLAGS = 50
MAX_FLAG_CHARS = 500
E164 = re.compile(r"\+[1-9][0-9]{6,14}")
SHA256_HEX = re.compile(r"[0-9a-f]{64}")


class SchemaNotReady(RuntimeError):
    """Our database has not been migrated to a schema with the leads table."""


@dataclass(frozen=True, kw_only=True)
class LeadFields:
    """What the intake form collected, as stored on the lead (None: not given).

    One attribute per lead column: the intake answers (bot.intake.fields; its
    test checks they are all here), consent, and triage.
    """

    consent_at: datetime
    privacy_notice_sha: str
    full_name: Optional[str] = None
    date_of_birth: Optional[date] = None
    phone: Optional[str] = None  # E.164, e.g. +12125550100
    email: Optional[str] = None
    contact_method: Optional[str] = None  # phone | text | email
    best_time: Optional[str] = None
    condition: Optional[str] = None
    description: Optional[str] = None
    insurance: Optional[str] = None
    triage_summary: Optional[str] = None
    urgency: Optional[str] = None
    triage_pathway: Optional[str] = None
    physician_review_flags: Tuple[str, ...] = ()
    language: Optional[str] = None  # the conversation's: "en" or "es" (bot.clinic.language)


def save_lead(*, session: Session, conversation_id: str, fields: LeadFields) -> Tuple[Lead, bool]:
    """Create this conversation's lead, or update it with a later submit.

    Returns (lead, created). Status and created_at survive an update; updated_at
    moves. Raises ValueError (naming the field) for values we cannot store.
    """
    values = _column_values(conversation_id, fields)
    existing = get_lead_by_conversation(session=session, conversation_id=conversation_id)
    if existing is not None:
        return _update(session, existing.id, values), False
    now = utcnow()
    lead = Lead(conversation_id=conversation_id, status=lead_statuses.NEW.key, created_at=now,
                updated_at=now, **values)
    session.add(lead)
    try:
        session.commit()
    except IntegrityError:  # a concurrent submit of the same conversation won the race
        session.rollback()
        existing = get_lead_by_conversation(session=session, conversation_id=conversation_id)
        assert existing is not None
        return _update(session, existing.id, values), False
    return lead, True


def _update(session: Session, lead_id: int, values: Dict[str, Any]) -> Lead:
    # Every column, changed or not, in one statement: concurrent submits then
    # leave the row as one whole submission, never a mix of two.
    session.execute(
        update(Lead).where(Lead.id == lead_id).values(**values, updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    session.commit()
    return session.get(Lead, lead_id, populate_existing=True)


def get_lead_by_conversation(*, session: Session, conversation_id: str) -> Optional[Lead]:
    return session.execute(
        select(Lead).where(Lead.conversation_id == conversation_id)
    ).scalar_one_or_none()


def list_leads(*, session: Session, status: Optional[str] = None) -> List[Lead]:
    """Newest first; only those with `status` when given."""
    query = select(Lead).order_by(Lead.created_at.desc(), Lead.id.desc())
    if status is not None:
        query = query.where(Lead.status == _checked_status(status))
    return list(session.execute(query).scalars())


def set_status(*, session: Session, lead_id: int, status: str) -> Optional[Lead]:
    """Move a lead along (bot.intake.statuses); None if the lead is unknown."""
    status = _checked_status(status)
    lead = session.get(Lead, lead_id)
    if lead is None:
        return None
    lead.status = status
    lead.updated_at = utcnow()
    session.commit()
    return lead


def delete_leads_updated_before(*, session: Session, cutoff: datetime) -> int:
    """Delete leads last updated before `cutoff` (retention); returns how many."""
    ensure_leads_table(session=session)
    result = session.execute(
        delete(Lead).where(Lead.updated_at < _utc(cutoff, "cutoff"))
        .execution_options(synchronize_session=False)
    )
    session.commit()
    return result.rowcount


def ensure_leads_table(*, session: Session) -> None:
    """Raise SchemaNotReady, with what to do, when the database was never migrated."""
    if not inspect(session.connection()).has_table(Lead.__tablename__):
        raise SchemaNotReady(
            "the database has no leads table yet: run `python -m bot db upgrade` first"
        )


# --- Validation (field names in messages, never values) -----------------------


def _checked_status(status: str) -> str:
    if status not in LEAD_STATUSES:
        raise ValueError(f"status must be one of {', '.join(LEAD_STATUSES)}")
    return status


def _column_values(conversation_id: str, fields: LeadFields) -> Dict[str, Any]:
    if not isinstance(conversation_id, str) or not conversation_id:
        raise ValueError("conversation_id must be non-empty text")
    _check_text("conversation_id", conversation_id, _limit("conversation_id"))
    # Every other attribute is the lead column of the same name, checked by its type.
    values = {field.name: _checked_column(field.name, getattr(fields, field.name))
              for field in dataclass_fields(LeadFields) if field.name != "physician_review_flags"}
    _check_formats(fields)
    values["review_flags"] = _flags_json(fields.physician_review_flags)
    return values


def _checked_column(column: str, value: Any) -> Any:
    """`value` as the column takes it (ValueError naming the column otherwise)."""
    kind = Lead.__table__.c[column].type
    if isinstance(kind, DateTime):  # required: consent_at
        return _utc(value, column)
    if value is None:
        return None
    if isinstance(kind, Date):
        return _checked_date(column, value)
    _check_text(column, value, _limit(column))
    return value


def _limit(column: str) -> int:
    return getattr(Lead.__table__.c[column].type, "length", None) or MAX_TEXT_CHARS


def _check_text(field: str, value: Any, limit: int) -> None:
    storable(field, value, limit)


def _check_formats(fields: LeadFields) -> None:
    if fields.phone is not None and not E164.fullmatch(fields.phone):
        raise ValueError("phone must be an E.164 number such as +12125550100")
    if fields.contact_method is not None and fields.contact_method not in CONTACT_METHODS:
        raise ValueError(f"contact_method must be one of {', '.join(CONTACT_METHODS)}")
    if fields.privacy_notice_sha is None or not SHA256_HEX.fullmatch(fields.privacy_notice_sha):
        raise ValueError("privacy_notice_sha must be 64 lowercase hex digits (sha256)")
    _check_choice("language", fields.language, LANGUAGES)


def _checked_date(column: str, value: date) -> date:
    if not isinstance(value, date) or isinstance(value, datetime):
        raise ValueError(f"{column} must be a date")
    return value


def _utc(value: datetime, field: str) -> datetime:
    # SQLite keeps no offset, so everything is stored (and compared) in UTC.
    if not isinstance(value, datetime) or value.tzinfo is None:
        raise ValueError(f"{field} must be a timezone-aware datetime")
    return value.astimezone(timezone.utc)


def _flags_json(flags: Tuple[str, ...]) -> Optional[str]:
    if isinstance(flags, str) or not isinstance(flags, (tuple, list)):
        raise ValueError("physician_review_flags must be a tuple of text")
    if len(flags) > MAX_FLAGS:
        raise ValueError(f"physician_review_flags has too many entries (at most {MAX_FLAGS})")
    for flag in flags:
        _check_text("physician_review_flags", flag, MAX_FLAG_CHARS)
    return Lead.encode_review_flags(flags)


# --- Staff dashboard: finding leads (issue 7) -----------------------------------

URGENCIES = triage_rules.URGENCY_LABELS
SORTS = ("urgent", "newest")
MAX_QUERY_CHARS = 100
MAX_PAGE_SIZE = 1000
# What a phone search may look like: digits with the usual separators.
_PHONE_QUERY = re.compile(r"[0-9+\-().\s]*[0-9][0-9+\-().\s]*")


@dataclass(frozen=True, kw_only=True)
class LeadQuery:
    """Which leads staff want to see (None: any). Dates are calendar days,
    both ends inclusive, in `zone`. `q` matches the name (contains, case-insensitive for
    ASCII letters on every database) or, when it looks like a phone number, the
    phone's digits ("555-0100" finds +12125550100)."""

    status: Optional[str] = None
    urgency: Optional[str] = None
    condition: Optional[str] = None
    created_from: Optional[date] = None
    created_to: Optional[date] = None
    q: Optional[str] = None
    language: Optional[str] = None  # "en" or "es": the conversation's language
    # Whose calendar days created_from and created_to are (the clinic's time zone).
    zone: tzinfo = timezone.utc
    sort: str = "urgent"  # urgent callback, soon, then the rest; newest first within

    def __post_init__(self) -> None:
        _check_choice("status", self.status, LEAD_STATUSES)
        _check_choice("language", self.language, LANGUAGES)
        _check_choice("urgency", self.urgency, URGENCIES)
        _check_choice("sort", self.sort, SORTS)
        for name in ("created_from", "created_to"):
            value = getattr(self, name)
            if value is not None and (not isinstance(value, date) or isinstance(value, datetime)):
                raise ValueError(f"{name} must be a date")
        if self.condition is not None:
            _check_text("condition", self.condition, _limit("condition"))
        if self.q is not None:
            _check_text("q", self.q, MAX_QUERY_CHARS)

    @property
    def filtered(self) -> bool:
        """True when any filter (not the sort) narrows the list."""
        return any(getattr(self, name) not in (None, "") for name in
                   ("status", "urgency", "condition", "created_from", "created_to", "q",
                    "language"))


def search_leads(*, session: Session, query: LeadQuery, limit: int = 50,
                 offset: int = 0) -> Tuple[List[Lead], int]:
    """One page of the leads matching `query`, in its sort order, and how many match."""
    if not isinstance(limit, int) or not 1 <= limit <= MAX_PAGE_SIZE:
        raise ValueError(f"limit must be between 1 and {MAX_PAGE_SIZE}")
    if not isinstance(offset, int) or offset < 0:
        raise ValueError("offset must be zero or more")
    conditions = _search_conditions(query)
    total = session.execute(select(func.count(Lead.id)).where(*conditions)).scalar_one()
    rows = session.execute(
        select(Lead).where(*conditions).order_by(*_search_order(query.sort))
        .limit(limit).offset(offset)
    ).scalars()
    return list(rows), total


def search_lead_ids(*, session: Session, query: LeadQuery) -> List[int]:
    """The ids of every lead matching `query`, in its sort order (for exports:
    fetch the rows in batches with leads_by_ids)."""
    conditions = _search_conditions(query)
    return list(session.execute(
        select(Lead.id).where(*conditions).order_by(*_search_order(query.sort))
    ).scalars())


def leads_by_ids(*, session: Session, lead_ids: Sequence[int]) -> List[Lead]:
    """These leads, in the order of `lead_ids` (ids of deleted leads are skipped)."""
    if not lead_ids:
        return []
    found = {lead.id: lead for lead in session.execute(
        select(Lead).where(Lead.id.in_(list(lead_ids)))).scalars()}
    return [found[lead_id] for lead_id in lead_ids if lead_id in found]


def get_lead(*, session: Session, lead_id: int) -> Optional[Lead]:
    return session.get(Lead, lead_id)


def lead_id_for_conversation(*, session: Session, conversation_id: str) -> Optional[int]:
    return session.execute(
        select(Lead.id).where(Lead.conversation_id == conversation_id)
    ).scalar_one_or_none()


def lead_counts_by(*, session: Session, column: str) -> Dict[Optional[str], int]:
    """{value: number of leads} for a grouping column ("status" or "urgency")."""
    if column not in ("status", "urgency", "condition"):
        raise ValueError(f"leads are not grouped by {column!r}")
    attribute = getattr(Lead, column)
    return dict(session.execute(select(attribute, func.count()).group_by(attribute)).all())


def lead_conditions_since(*, session: Session, since: datetime) -> List[Tuple[datetime, Optional[str]]]:
    """(created_at, condition) of each lead since `since` (for the weekly chart)."""
    return [tuple(row) for row in session.execute(
        select(Lead.created_at, Lead.condition).where(Lead.created_at >= since)).all()]


def _search_conditions(query: LeadQuery) -> List[Any]:
    conditions: List[Any] = []
    if query.status is not None:
        conditions.append(Lead.status == query.status)
    if query.urgency is not None:
        conditions.append(Lead.urgency == query.urgency)
    if query.condition is not None:
        conditions.append(Lead.condition == query.condition)
    if query.language is not None:
        conditions.append(Lead.language == query.language)
    # Stored in UTC (SQLite without an offset): compare with UTC midnights.
    if query.created_from is not None:
        conditions.append(Lead.created_at >= _utc_midnight(query.created_from, query.zone))
    if query.created_to is not None:
        conditions.append(Lead.created_at < _utc_midnight(query.created_to + timedelta(days=1),
                                                          query.zone))
    text = (query.q or "").strip()
    if text:
        conditions.append(_text_match(text))
    return conditions


def _text_match(text: str) -> Any:
    # autoescape: a typed % or _ is matched literally, not as a LIKE wildcard.
    # SQLite's lower() folds ASCII only, so non-ASCII letters match as typed or
    # lowercased (Python lowers q fully).
    name = func.lower(Lead.full_name).contains(text.lower(), autoescape=True)
    if not _PHONE_QUERY.fullmatch(text):
        return name
    # Phones are stored in E.164 ("+" and digits), so a digits-only fragment
    # can be matched directly.
    digits = re.sub(r"[^0-9]", "", text)
    return or_(name, Lead.phone.contains(digits, autoescape=True))


def _search_order(sort: str) -> List[Any]:
    newest = [Lead.created_at.desc(), Lead.id.desc()]
    if sort == "newest":
        return newest
    rank = case((Lead.urgency == "urgent callback", 0), (Lead.urgency == "soon", 1), else_=2)
    return [rank.asc()] + newest


def _utc_midnight(day: date, zone: tzinfo = timezone.utc) -> datetime:
    """The start of `day` in `zone`, in UTC (as times are stored)."""
    return datetime(day.year, day.month, day.day, tzinfo=zone).astimezone(timezone.utc)


def _check_choice(field: str, value: Optional[str], choices: Sequence[str]) -> None:
    if value is not None and value not in choices:
        raise ValueError(f"{field} must be one of {', '.join(choices)}")
