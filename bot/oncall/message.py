"""What an on-call notification says: the minimum, never the visitor's words."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from bot.clinic.language import name as language_name, speaker
from bot.crisis.categories import label


@dataclass(frozen=True)
class Notification:
    escalation_id: int
    category: str
    created_at: str  # ISO 8601, UTC
    ack_url: str
    backup: bool = False
    upgraded: bool = False  # the visitor's situation got more severe since the first page
    language: Optional[str] = None  # the conversation's ("en", "es"), so the right person calls
    local_time: str = ""  # created_at in the clinic's time zone, in words (the text shows it)

    @property
    def subject(self) -> str:
        prefix = "BACKUP PAGE: " if self.backup else "UPGRADED: " if self.upgraded else ""
        who = speaker(self.language)
        return (f"{prefix}Escalation #{self.escalation_id}: {label(self.category)}"
                + (f" ({who})" if who else ""))

    @property
    def text(self) -> str:
        lines = [self.subject, f"Time: {self.local_time or self.created_at}"]
        if language_name(self.language):
            lines.append(f"Language: {language_name(self.language)}"
                         + (f" (call back in {language_name(self.language)})"
                            if speaker(self.language) else ""))
        if self.backup:
            lines.append("Not acknowledged in time by the primary on-call.")
        if self.upgraded:
            lines.append("Escalation upgraded: the visitor's later message is more severe; "
                         "the escalation page shows every message.")
        lines.append(f"Acknowledge: {self.ack_url}")
        return "\n".join(lines)

    def webhook_body(self) -> dict:
        # `text` makes it Slack-compatible; the rest is for other receivers.
        return {"text": self.text, "escalation_id": self.escalation_id,
                "category": self.category, "created_at": self.created_at,
                "ack_url": self.ack_url, "backup": self.backup, "upgraded": self.upgraded,
                "language": self.language}


@dataclass(frozen=True)
class DigestNotification:
    """One page for what the paging budget held back (bot.oncall.budget)."""

    page_id: int
    escalations: int  # new escalations not paged one by one
    upgrades: int  # upgrades of escalations not paged one by one
    created_at: str  # ISO 8601, UTC
    dashboard_url: str
    budget: int
    budget_minutes: int
    local_time: str = ""  # created_at in the clinic's time zone, in words

    @property
    def subject(self) -> str:
        parts = []
        if self.escalations:
            parts.append(f"{self.escalations} more escalation{'s' if self.escalations != 1 else ''}")
        if self.upgrades:
            parts.append(f"{self.upgrades} upgrade{'s' if self.upgrades != 1 else ''}")
        return f"DIGEST: {' and '.join(parts) or 'escalations'}: see the dashboard"

    @property
    def text(self) -> str:
        return "\n".join([
            self.subject, f"Time: {self.local_time or self.created_at}",
            f"Not paged one by one: the paging budget allows {self.budget} pages per "
            f"{self.budget_minutes} minutes across all conversations.",
            f"Open the escalations: {self.dashboard_url}",
        ])

    def webhook_body(self) -> dict:
        return {"text": self.text, "digest": True, "escalations": self.escalations,
                "upgrades": self.upgrades, "created_at": self.created_at,
                "dashboard_url": self.dashboard_url}
