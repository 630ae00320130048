"""Who holds which conversation, and when a hold lapses (pure).

One staff member holds a conversation at a time; others may watch, and may take
it over only by asking explicitly ("Take over from NAME"). A hold lapses when the
visitor has written and the holder has said nothing for `silence_seconds` since
(the visitor must not wait on a human who has gone), or when the holder's
session has ended. Times are plain seconds (time.monotonic() in the web app), so
tests can pass any clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Optional


@dataclass
class Hold:
    conversation_id: str
    user_id: int
    name: str
    role: str
    token: str  # the holder's staff session (its end ends the hold)
    since: float
    staff_spoke_at: float
    # The first visitor message not yet answered by the holder (None: none waiting).
    visitor_waiting_since: Optional[float] = None


class HeldByOther(Exception):
    """Someone else holds the conversation; taking it needs an explicit take-over."""

    def __init__(self, hold: Hold) -> None:
        super().__init__(f"held by {hold.name}")
        self.hold = hold


class NotHolder(Exception):
    """Only the holder may write to the visitor or hand the conversation back."""


class Holds:
    def __init__(self) -> None:
        self._holds: Dict[str, Hold] = {}

    def get(self, conversation_id: str) -> Optional[Hold]:
        return self._holds.get(conversation_id)

    def all(self) -> List[Hold]:
        return list(self._holds.values())

    def take(self, conversation_id: str, *, user_id: int, name: str, role: str, token: str,
             now: float, from_user_id: Optional[int] = None) -> Optional[Hold]:
        """Take the conversation; returns the hold it replaced (None if it was free).
        A conversation held by someone else is taken only when `from_user_id`
        names that holder (the explicit "Take over from NAME")."""
        current = self._holds.get(conversation_id)
        if current is not None and current.user_id != user_id and current.user_id != from_user_id:
            raise HeldByOther(current)
        self._holds[conversation_id] = Hold(conversation_id, user_id, name, role, token,
                                            since=now, staff_spoke_at=now)
        return current if current is not None and current.user_id != user_id else None

    def check_holder(self, conversation_id: str, user_id: int) -> Hold:
        hold = self._holds.get(conversation_id)
        if hold is None or hold.user_id != user_id:
            raise NotHolder(conversation_id)
        return hold

    def staff_spoke(self, conversation_id: str, user_id: int, now: float) -> Hold:
        hold = self.check_holder(conversation_id, user_id)
        hold.staff_spoke_at = now
        hold.visitor_waiting_since = None
        return hold

    def visitor_wrote(self, conversation_id: str, now: float) -> Optional[Hold]:
        hold = self._holds.get(conversation_id)
        if hold is not None and hold.visitor_waiting_since is None:
            hold.visitor_waiting_since = now
        return hold

    def restore(self, hold: Hold) -> None:
        """Put back a hold (a take-over that could not be recorded undone)."""
        self._holds[hold.conversation_id] = hold

    def release(self, conversation_id: str) -> Optional[Hold]:
        return self._holds.pop(conversation_id, None)

    def lapsed(self, now: float, silence_seconds: float) -> List[Hold]:
        """Holds whose visitor has waited `silence_seconds` for the holder."""
        return [h for h in self._holds.values()
                if h.visitor_waiting_since is not None
                and now - max(h.visitor_waiting_since, h.staff_spoke_at) >= silence_seconds]

    def of_session(self, token: str) -> List[Hold]:
        return [h for h in self._holds.values() if h.token == token]
