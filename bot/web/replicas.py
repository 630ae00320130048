"""Which Rasa replica answers a conversation (pure logic, no I/O).

Each conversation has a stable order of preference over the replicas
(rendezvous hashing of its id with each replica's address): the first healthy
one answers. A replica that stopped answering is skipped for a while (5 s,
doubling to 60 s while it keeps failing), so its conversations move to their
next choice and come back once it answers again; the conversations of the other
replicas do not move at all. Rasa's Redis lock store keeps one conversation's
turns in order whichever replica takes them.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Sequence

FIRST_PAUSE_SECONDS = 5.0
MAX_PAUSE_SECONDS = 60.0


def preference(conversation_id: str, urls: Sequence[str]) -> List[str]:
    """The replicas in this conversation's order of preference (stable across
    processes and restarts: no Python hash randomisation involved)."""
    def score(url: str) -> bytes:
        return hashlib.sha256(f"{url}\n{conversation_id}".encode("utf-8")).digest()

    return sorted(urls, key=score, reverse=True)


@dataclass
class _Down:
    until: float
    pause: float


@dataclass
class Replicas:
    urls: Sequence[str]
    clock: Callable[[], float] = time.monotonic
    _down: Dict[str, _Down] = field(default_factory=dict)

    def order(self, conversation_id: str) -> List[str]:
        """Replicas to try, the conversation's healthy choices first; replicas
        resting after a failure come last (better late than the fail-safe)."""
        now = self.clock()
        ranked = preference(conversation_id, self.urls)
        up = [url for url in ranked if not self._resting(url, now)]
        return up + [url for url in ranked if url not in up]

    def failed(self, url: str) -> None:
        """The replica did not answer: rest it, longer each time in a row."""
        previous = self._down.get(url)
        pause = (FIRST_PAUSE_SECONDS if previous is None
                 else min(previous.pause * 2, MAX_PAUSE_SECONDS))
        self._down[url] = _Down(until=self.clock() + pause, pause=pause)

    def known_down(self, url: str) -> bool:
        """It failed before and has not answered since (resting or not): its
        conversations were already moved once, so the visitor is not told again."""
        return url in self._down

    def answered(self, url: str) -> None:
        self._down.pop(url, None)

    def status(self) -> Dict[str, str]:
        """"ok" or "down" per replica, as last seen by the gateway."""
        now = self.clock()
        return {url: "down" if self._resting(url, now) else "ok" for url in self.urls}

    def _resting(self, url: str, now: float) -> bool:
        down = self._down.get(url)
        return down is not None and down.until > now
