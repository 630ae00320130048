"""What an on-call notification says: the minimum, never the visitor's words."""

from __future__ import annotations

from dataclasses import dataclass

from bot.crisis.categories import label



@dataclass(frozen=True)
class Notification:
    escalation_id: int
    category: str
    created_at: str  # ISO 8601, UTC
    ack_url: str
    backup: bool = False

    @property
    def subject(self) -> str:
        prefix = "BACKUP PAGE: " if self.backup else ""
        return f"{prefix}Escalation #{self.escalation_id}: {label(self.category)}"

    @property
    def text(self) -> str:
        lines = [self.subject, f"Time: {self.created_at}"]
        if self.backup:
            lines.append("Not acknowledged in time by the primary on-call.")
        lines.append(f"Acknowledge: {self.ack_url}")
        return "\n".join(lines)

    def webhook_body(self) -> dict:
        # `text` makes it Slack-compatible; the rest is for other receivers.
        return {"text": self.text, "escalation_id": self.escalation_id,
                "category": self.category, "created_at": self.created_at,
                "ack_url": self.ack_url, "backup": self.backup}
