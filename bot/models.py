"""Database tables (SQLAlchemy 1.4, 2.0-style declarative mapping).

Schema changes go through Alembic migrations in migrations/; nothing here
creates tables.
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import Column, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import registry

mapper_registry = registry()
Base = mapper_registry.generate_base()

ESCALATION_CATEGORIES = ("overdose", "self_harm", "medical_emergency", "opioid_dependence")
ESCALATION_STATUSES = ("open", "acknowledged", "resolved")


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Escalation(Base):
    """An emergency (or opioid-dependence request) that on-call staff must acknowledge."""

    __tablename__ = "escalations"
    __table_args__ = (
        # One record per triggering message, however often the action is retried.
        UniqueConstraint("conversation_id", "message_id", name="uq_escalation_message"),
    )

    id = Column(Integer, primary_key=True)
    conversation_id = Column(String(255), nullable=False, index=True)
    message_id = Column(String(255), nullable=False)
    category = Column(String(32), nullable=False)
    message_text = Column(Text, nullable=False)
    status = Column(String(16), nullable=False, default="open")
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    acknowledged_by = Column(String(255))
    acknowledged_at = Column(DateTime(timezone=True))
    resolved_at = Column(DateTime(timezone=True))
    note = Column(Text)
    backup_paged_at = Column(DateTime(timezone=True))

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
    )

    id = Column(Integer, primary_key=True)
    escalation_id = Column(Integer, ForeignKey("escalations.id", ondelete="CASCADE"),
                           nullable=False, index=True)
    channel = Column(String(16), nullable=False)  # webhook | email
    level = Column(String(16), nullable=False)  # primary | backup
    address = Column(Text, nullable=False)
    status = Column(String(16), nullable=False, default="pending")  # pending | delivered
    attempts = Column(Integer, nullable=False, default=0)
    next_attempt_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    last_error = Column(String(255))
    delivered_at = Column(DateTime(timezone=True))
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
