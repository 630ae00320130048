"""Database tables (SQLAlchemy 1.4, 2.0-style declarative mapping).

Schema changes go through Alembic migrations in migrations/; nothing here
creates tables.
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import Column, DateTime, Integer, String, Text, UniqueConstraint
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

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "conversation_id": self.conversation_id,
            "category": self.category,
            "status": self.status,
            "created_at": self.created_at.isoformat() if self.created_at else None,
            "acknowledged_by": self.acknowledged_by,
            "acknowledged_at": self.acknowledged_at.isoformat() if self.acknowledged_at else None,
        }
