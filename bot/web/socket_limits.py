"""How many chat sockets each client address has open (pure, no I/O).

One visitor has a tab or two open; a script opening hundreds of sockets from one
address is refused before it ties up the web app. The address is the client's
as the trusted proxy reports it (bot.web.client_address).
"""

from __future__ import annotations

from collections import Counter


class AddressCounter:
    """Open sockets per address, with a cap. acquire() before, release() after."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._open: Counter = Counter()

    def acquire(self, address: str) -> bool:
        if self._open[address] >= self.limit:
            return False
        self._open[address] += 1
        return True

    def release(self, address: str) -> None:
        self._open[address] -= 1
        if self._open[address] <= 0:
            del self._open[address]

    def open_for(self, address: str) -> int:
        return self._open.get(address, 0)
