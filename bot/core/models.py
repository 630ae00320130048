"""Database tables (SQLAlchemy 1.4, 2.0-style declarative mapping).

Schema changes go through Alembic migrations in migrations/; nothing here
creates tables.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from typing import Any, List, Optional, Sequence

from sqlalchemy import (BigInteger, Boolean, Column, Date, DateTime, ForeignKey, Index, Integer,
                        String, Text, UniqueConstraint, true)
from sqlalchemy.orm import registry

from bot.crisis import categories as _crisis_categories
from bot.intake import statuses as _lead_statuses

mapper_registry = registry()
Base = mapper_registry.generate_base()

# Declared once in bot/crisis/categories.py (which imports nothing of ours).
ESCALATION_CATEGORIES = _crisis_categories.ESCALATION_KEYS
# An escalation is open until on-call acknowledges it, then resolved with a note.
OPEN, ACKNOWLEDGED, RESOLVED = "open", "acknowledged", "resolved"
ESCALATION_STATUSES = (OPEN, ACKNOWLEDGED, RESOLVED)
# Declared once, with their labels, in bot/intake/statuses.py (which imports nothing of ours).
LEAD_STATUSES = _lead_statuses.KEYS
CONTACT_METHODS = ("phone", "text", "email")
# Staff dashboard roles (see bot.staff.accounts).
ROLES = ("admin", "staff", "oncall")


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Escalation(Base):
    """An emergency (or opioid-dependence request) that on-call staff must acknowledge."""

    __tablename__ = "escalations"
    __table_args__ = (
        # One record per triggering message, however often the action is retried.
        UniqueConstraint("conversation_id", "message_id", name="uq_escalation_message"),
        # One unresolved escalation per conversation: later crisis messages attach to it.
        Index("uq_escalations_coalesce_key", "coalesce_key", unique=True),
        Index("ix_escalations_page_held_at", "page_held_at"),
    )

    id = Column(Integer, primary_key=True)
    conversation_id = Column(String(255), nullable=False, index=True)
    message_id = Column(String(255), nullable=False)
    category = Column(String(32), nullable=False)
    message_text = Column(Text, nullable=False)
    status = Column(String(16), nullable=False, default=OPEN)  # ESCALATION_STATUSES
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    acknowledged_by = Column(String(255))
    acknowledged_at = Column(DateTime(timezone=True))
    resolved_at = Column(DateTime(timezone=True))
    resolved_by = Column(String(255))  # staff username (migration 0004)
    note = Column(Text)
    backup_paged_at = Column(DateTime(timezone=True))
    # Migration 0005 (coalescing and the paging budget, bot.crisis.escalations):
    coalesce_key = Column(String(255))  # the conversation id until resolved, then NULL
    paged_at = Column(DateTime(timezone=True))  # its own primary page was queued
    page_held_at = Column(DateTime(timezone=True))  # a page held by the budget, for a digest
    upgraded_at = Column(DateTime(timezone=True))  # last raised to a more severe category
    last_message_at = Column(DateTime(timezone=True))
    # The conversation's language when the escalation opened (migration 0007):
    # "en" or "es" (bot.clinic.language); NULL when not known.
    language = Column(String(8))

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "conversation_id": self.conversation_id,
            "category": self.category,
            "status": self.status,
            "created_at": self.created_at.isoformat() if self.created_at else None,
            "acknowledged_by": self.acknowledged_by,
            "acknowledged_at": self.acknowledged_at.isoformat() if self.acknowledged_at else None,
            "backup_paged_at": self.backup_paged_at.isoformat() if self.backup_paged_at else None,
            "language": self.language,
        }


class Delivery(Base):
    """Outbox: one notification of one escalation on one channel, retried until sent.

    Written in the same transaction as the escalation (or the backup page), so
    nothing is lost when a process restarts; the unique key keeps it to one
    notification per escalation, channel and level.
    """

    __tablename__ = "deliveries"
    __table_args__ = (
        UniqueConstraint("escalation_id", "channel", "level", name="uq_delivery_channel"),
        UniqueConstraint("page_id", "channel", name="uq_delivery_page_channel"),
    )

    id = Column(Integer, primary_key=True)
    # NULL for a digest page, which covers many escalations (migration 0005).
    escalation_id = Column(Integer, ForeignKey("escalations.id", ondelete="CASCADE"),
                           index=True)
    page_id = Column(Integer, ForeignKey("pages.id", name="fk_deliveries_page_id",
                                         ondelete="CASCADE"), index=True)
    channel = Column(String(16), nullable=False)  # webhook | email
    level = Column(String(16), nullable=False)  # primary | backup | upgrade-N | digest
    address = Column(Text, nullable=False)
    status = Column(String(16), nullable=False, default="pending")  # pending | delivered
    attempts = Column(Integer, nullable=False, default=0)
    next_attempt_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    last_error = Column(String(255))
    delivered_at = Column(DateTime(timezone=True))
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)


class EscalationMessage(Base):
    """One crisis message of a conversation, attached to its escalation (migration 0005).

    Kept for every message, paged or not, so on-call staff see everything the
    visitor wrote that was answered with emergency guidance.
    """

    __tablename__ = "escalation_messages"
    __table_args__ = (
        # One row per message, however often the action is retried.
        UniqueConstraint("conversation_id", "message_id", name="uq_escalation_messages_message"),
    )

    id = Column(Integer, primary_key=True)
    escalation_id = Column(Integer, ForeignKey("escalations.id", ondelete="CASCADE"),
                           nullable=False, index=True)
    conversation_id = Column(String(255), nullable=False)
    message_id = Column(String(255), nullable=False)
    category = Column(String(32), nullable=False)
    message_text = Column(Text, nullable=False)
    received_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    outcome = Column(String(16), nullable=False)  # bot.crisis.escalations.OUTCOMES


class Page(Base):
    """One page queued for on-call staff (its deliveries fan it out per channel).

    The paging budget counts these (bot.oncall.budget); a digest covers the
    escalations and upgrades the budget held back.
    """

    __tablename__ = "pages"

    id = Column(Integer, primary_key=True)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow, index=True)
    kind = Column(String(16), nullable=False)  # primary | upgrade | backup | digest
    escalation_id = Column(Integer, ForeignKey("escalations.id", ondelete="CASCADE"))
    conversation_id = Column(String(255), index=True)
    category = Column(String(32))
    held_escalations = Column(Integer)  # digest: new escalations it covers
    held_upgrades = Column(Integer)  # digest: upgrades it covers


def _iso(value: Optional[datetime]) -> Optional[str]:
    """ISO 8601 in UTC. SQLite hands back naive datetimes; we only ever store UTC."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc).isoformat()


class Lead(Base):
    """A visitor who agreed to be contacted: intake answers and triage, for staff.

    Every value is personal health information: never log one. Written only
    through bot.intake.store, one row per conversation.
    """

    __tablename__ = "leads"
    __table_args__ = (
        # A second submit in the same conversation updates the lead, never adds one.
        UniqueConstraint("conversation_id", name="uq_lead_conversation"),
        # Staff list leads by status, newest first.
        Index("ix_leads_status", "status"),
        Index("ix_leads_created_at", "created_at"),
        Index("ix_leads_updated_at", "updated_at"),
        Index("ix_leads_language", "language"),
    )

    id = Column(Integer, primary_key=True)
    conversation_id = Column(String(255), nullable=False)
    full_name = Column(String(100))
    date_of_birth = Column(Date)
    phone = Column(String(32))  # E.164
    email = Column(String(320))
    contact_method = Column(String(16))  # CONTACT_METHODS
    best_time = Column(String(120))
    condition = Column(String(64))
    description = Column(Text)
    insurance = Column(String(120))
    # A lead only exists with consent: when it was given, and to which notice text.
    consent_at = Column(DateTime(timezone=True), nullable=False)
    privacy_notice_sha = Column(String(64), nullable=False)  # sha256 hex of the notice
    triage_summary = Column(Text)
    urgency = Column(String(32))
    # The pathway sentence from bot.triage.rules (up to ~100 characters today).
    triage_pathway = Column(String(255))
    review_flags = Column(Text)  # JSON list of strings: see physician_review_flags
    # The conversation's language when the lead was saved (migration 0007): "en"
    # or "es" (bot.clinic.language); NULL for leads saved before it was recorded.
    language = Column(String(8))
    status = Column(String(16), nullable=False, default=_lead_statuses.NEW.key)  # LEAD_STATUSES
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    updated_at = Column(DateTime(timezone=True), nullable=False, default=utcnow,
                        onupdate=utcnow)

    @property
    def physician_review_flags(self) -> List[str]:
        return list(json.loads(self.review_flags)) if self.review_flags else []

    @staticmethod
    def encode_review_flags(flags: Sequence[str]) -> Optional[str]:
        """The review_flags column value for a list of flags (None when there are none)."""
        return json.dumps(list(flags), ensure_ascii=False) if flags else None

    def as_dict(self) -> dict:
        """Every column in table order, JSON-ready (dates ISO 8601, times in UTC);
        the review flags as the list `physician_review_flags`, in their place."""
        row = {}
        for column in self.__table__.columns:
            if column.name == "review_flags":
                row["physician_review_flags"] = self.physician_review_flags
            else:
                row[column.name] = _json_ready(getattr(self, column.name))
        return row


def _json_ready(value: Any) -> Any:
    if isinstance(value, datetime):
        return _iso(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


# --- Staff dashboard (migration 0004) ------------------------------------------
# Written only through bot.staff.*; foreign keys are plain columns (no
# relationships), so every query is explicit.


class StaffUser(Base):
    """A clinic staff account for the dashboard. Never expose password_hash."""

    __tablename__ = "staff_users"
    __table_args__ = (UniqueConstraint("username", name="uq_staff_users_username"),)

    id = Column(Integer, primary_key=True)
    username = Column(String(64), nullable=False)  # lowercase, [a-z0-9._-]{3,64}
    role = Column(String(16), nullable=False)  # ROLES
    password_hash = Column(String(255), nullable=False)  # argon2id (PHC string)
    active = Column(Boolean, nullable=False, default=True, server_default=true())
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    updated_at = Column(DateTime(timezone=True), nullable=False, default=utcnow,
                        onupdate=utcnow)
    password_changed_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    # Second factor (bot.staff.mfa): the TOTP secret, Fernet-encrypted (bot.staff.secretbox);
    # set but not enabled while enrolment waits for its first code.
    totp_secret = Column(String(255))
    totp_enabled_at = Column(DateTime(timezone=True))
    totp_last_step = Column(BigInteger)  # the last time step used: a code works once
    # The name visitors and colleagues see during a live hand-over, e.g. "Dr. Ana Ruiz"
    # (migration 0008; optional, at most 80 characters: bot.staff.accounts).
    display_name = Column(String(80))

    @property
    def mfa_enabled(self) -> bool:
        return self.totp_enabled_at is not None and bool(self.totp_secret)

    @property
    def shown_name(self) -> str:
        """The display name when set, else the username."""
        return self.display_name or self.username

    def as_dict(self) -> dict:
        """Everything safe to show an admin: never the password hash or the TOTP secret."""
        return {
            "id": self.id,
            "username": self.username,
            "display_name": self.display_name,
            "role": self.role,
            "active": bool(self.active),
            "created_at": _iso(self.created_at),
            "updated_at": _iso(self.updated_at),
            "password_changed_at": _iso(self.password_changed_at),
            "mfa_enabled": self.mfa_enabled,
        }


class RecoveryCode(Base):
    """A one-time recovery code for a lost authenticator: argon2id hash only.

    `selector` (the code's first two characters) narrows the check to one or two
    hashes; the other ten characters (about 49 bits) are only in the hash.
    """

    __tablename__ = "staff_recovery_codes"

    id = Column(Integer, primary_key=True)
    user_id = Column(Integer, ForeignKey("staff_users.id", ondelete="CASCADE"),
                     nullable=False, index=True)
    selector = Column(String(4), nullable=False)
    code_hash = Column(String(255), nullable=False)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    used_at = Column(DateTime(timezone=True))


class StaffSession(Base):
    """The server-side record behind a signed-in browser.

    The id is the sha256 hex of the random session token the browser holds; the
    token itself is never stored, so a copy of this table signs nobody in.
    """

    __tablename__ = "staff_sessions"

    id = Column(String(64), primary_key=True)
    user_id = Column(Integer, ForeignKey("staff_users.id", ondelete="CASCADE"),
                     nullable=False, index=True)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    last_seen_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    ended_at = Column(DateTime(timezone=True))  # logout, expiry, disabling, new password
    ip = Column(String(45))
    csrf_token = Column(String(64), nullable=False)
    # When the user last proved password (and code) again: account changes need it recent.
    reauth_at = Column(DateTime(timezone=True))


class AuditEvent(Base):
    """Who did what, when (append-only). `detail` never carries personal information."""

    __tablename__ = "audit_events"
    __table_args__ = (
        Index("ix_audit_events_at", "at"),
        Index("ix_audit_events_action", "action"),
    )

    id = Column(Integer, primary_key=True)
    at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    # Kept as a name too, so the trail survives the account.
    actor_user_id = Column(Integer, ForeignKey("staff_users.id", ondelete="SET NULL"))
    actor_username = Column(String(64))
    action = Column(String(64), nullable=False)  # bot.staff.audit.ACTIONS
    target_type = Column(String(32))
    target_id = Column(String(64))
    ip = Column(String(45))
    detail = Column(String(500))

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "at": _iso(self.at),
            "actor_user_id": self.actor_user_id,
            "actor_username": self.actor_username,
            "action": self.action,
            "target_type": self.target_type,
            "target_id": self.target_id,
            "ip": self.ip,
            "detail": self.detail,
        }


class LoginAttempt(Base):
    """One sign-in attempt, for throttling (bot.staff.throttle). Never the password."""

    __tablename__ = "login_attempts"
    __table_args__ = (
        Index("ix_login_attempts_at", "at"),
        Index("ix_login_attempts_username", "username"),
        Index("ix_login_attempts_ip", "ip"),
    )

    id = Column(Integer, primary_key=True)
    at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    username = Column(String(64), nullable=False)  # as typed, lowercased
    ip = Column(String(45))
    succeeded = Column(Boolean, nullable=False)
    # "password" or "code" (second factor): each is throttled on its own.
    factor = Column(String(16), nullable=False, default="password", server_default="password")


class LeadNote(Base):
    """A staff note on a lead (personal health information, like the lead)."""

    __tablename__ = "lead_notes"

    id = Column(Integer, primary_key=True)
    lead_id = Column(Integer, ForeignKey("leads.id", ondelete="CASCADE"), nullable=False,
                     index=True)
    author_user_id = Column(Integer, ForeignKey("staff_users.id", ondelete="SET NULL"))
    author_username = Column(String(64), nullable=False)
    body = Column(Text, nullable=False)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "lead_id": self.lead_id,
            "author_user_id": self.author_user_id,
            "author_username": self.author_username,
            "body": self.body,
            "created_at": _iso(self.created_at),
        }
