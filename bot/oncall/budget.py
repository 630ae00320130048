"""The paging budget and the severity order: pure decisions, no I/O.

Why a budget: one visitor (or a script) sending crisis messages must not be
able to page on-call staff without limit; alert fatigue endangers the real
emergency. The record and the visitor's guidance never depend on the budget,
only whether a page goes out now or is folded into one digest page.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Optional

from bot.crisis import categories
from bot.core.settings import OnCallSettings

# What became of one crisis message's page (escalation_messages.outcome).
PAGED = "paged"  # opened an escalation; its primary page was queued
UPGRADED = "upgraded"  # raised the escalation's category; an "upgraded" page was queued
ATTACHED = "attached"  # joined an escalation staff were already told about
HELD = "held"  # its page was held back by the budget: it goes into the next digest
NOT_PAGED = "not_paged"  # no on-call channel is configured
OUTCOMES = (PAGED, UPGRADED, ATTACHED, HELD, NOT_PAGED)
# How the escalation page says it.
OUTCOME_LABELS = {
    PAGED: "paged on-call",
    UPGRADED: "more severe: paged again (upgraded)",
    ATTACHED: "added here, no new page",
    HELD: "held by the paging budget: in a digest page",
    NOT_PAGED: "nobody paged: no on-call channel configured",
}


def severity(category_key: str) -> int:
    """Lower is more severe. The order is the categories' own priority (declared
    once in bot/crisis/categories.py): emergencies first, the intentional
    overdose above all, the urgent callback (opioid dependence) last. An unknown
    key (an old record) ranks below every known one."""
    category = categories.BY_KEY.get(category_key)
    return category.priority if category else len(categories.CATEGORIES)


def is_upgrade(current: str, new: str) -> bool:
    return severity(new) < severity(current)


@dataclass(frozen=True)
class Budget:
    conversation_interval: timedelta  # one primary page per conversation per this
    window: timedelta  # the global window
    limit: int  # pages (primary and upgrade) per window across all conversations
    digest_delay: timedelta  # a digest waits this long for the rest of the burst

    @classmethod
    def from_settings(cls, oncall: OnCallSettings) -> "Budget":
        return cls(conversation_interval=timedelta(minutes=oncall.page_interval_minutes),
                   window=timedelta(minutes=oncall.page_budget_minutes),
                   limit=oncall.page_budget,
                   digest_delay=timedelta(seconds=oncall.digest_delay_seconds))

    def allows_primary(self, *, pages_in_window: int,
                       conversation_paged_at: Optional[datetime], now: datetime) -> bool:
        """A new escalation's own page: within both the conversation's and the global budget."""
        if conversation_paged_at is not None and now - conversation_paged_at < self.conversation_interval:
            return False
        return pages_in_window < self.limit

    def allows_upgrade(self, *, pages_in_window: int) -> bool:
        """A more severe category is news for the clinician: only the global budget applies."""
        return pages_in_window < self.limit

    def digest_due(self, *, oldest_held_at: Optional[datetime],
                   last_digest_at: Optional[datetime], now: datetime) -> bool:
        """One digest per window, once the oldest held page has waited for the rest."""
        if oldest_held_at is None or now - oldest_held_at < self.digest_delay:
            return False
        return last_digest_at is None or now - last_digest_at >= self.window


def minutes_since(then: datetime, now: datetime) -> int:
    """Whole minutes, at least 1, for "in the last N minutes"."""
    return max(1, math.ceil((now - then).total_seconds() / 60))
