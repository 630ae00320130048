"""Where a lead stands, declared once: the value stored in `leads.status` and the
label staff read on the dashboard. A lead starts as NEW; staff move it along.

The database (bot.core.models.LEAD_STATUSES), the lead store's checks, the
command line and the dashboard's lists, filters and counts read this;
tests/unit/test_intake_catalogue.py checks that the database takes exactly these.
Imports nothing of ours.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, Tuple


@dataclass(frozen=True)
class LeadStatus:
    key: str  # stored in leads.status (a String(16) column)
    label: str  # what staff read


NEW = LeadStatus("new", "New")
CONTACTED = LeadStatus("contacted", "Contacted")
SCHEDULED = LeadStatus("scheduled", "Scheduled")
CLOSED = LeadStatus("closed", "Closed")
NOT_A_FIT = LeadStatus("not_a_fit", "Not a fit")

STATUSES: Tuple[LeadStatus, ...] = (NEW, CONTACTED, SCHEDULED, CLOSED, NOT_A_FIT)
KEYS: Tuple[str, ...] = tuple(status.key for status in STATUSES)
LABELS: Dict[str, str] = {status.key: status.label for status in STATUSES}


def label(key: str) -> str:
    """What staff read for a stored status (the key itself if it is not ours)."""
    return LABELS.get(key, key)
