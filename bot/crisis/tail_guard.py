"""Look-alike filters that begin with "none of these words from here to the end".

Many filters and a few phrase families begin with a negative lookahead over the
rest of the message, `(?![\\s\\S]*X)REST`: REST counts only where no X stands
anywhere from the match's start to the end. Python's engine tries that
lookahead at every position of the message, and each try reads the rest of the
message, so a long message costs the square of its length: about half of the
detector's time on a 5,000-character message.

The same matches come from reading the message once for X: a match of the
whole pattern can only start after the last place where X matches (at any
earlier start the lookahead would see that X), and after it the lookahead
always holds. So `TailGuarded.finditer` finds the last start of each guard's X,
then runs REST from just after it, with the rest of the message as context
(a `pos` argument, not a slice: word boundaries and lookbehinds still see the
characters before). Pure string work; the detector compiles the parts.
"""

from __future__ import annotations

import re
from typing import Iterator, List, Optional, Tuple

from bot.crisis.regex_parts import closing

GUARD = r"(?![\s\S]*"
# A back-reference would be renumbered by the split: such patterns are left whole.
_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=")


def split(pattern: str) -> Optional[Tuple[List[str], str]]:
    """([X, ...], REST) for a pattern `(?![\\s\\S]*X)...REST` (one or more leading
    guards), or None when it does not begin with one (or holds a back-reference)."""
    if not pattern.startswith(GUARD) or _BACKREFERENCE.search(pattern):
        return None
    guards, rest = [], pattern
    while rest.startswith(GUARD):
        end = closing(rest, len(GUARD))
        if end is None:
            return None
        guards.append(rest[len(GUARD):end])
        rest = rest[end + 1:]
    return (guards, rest) if rest else None


class TailGuarded:
    """finditer() of `(?![\\s\\S]*X)REST` from its parts, reading the message once per guard."""

    def __init__(self, rest: "re.Pattern[str]", guards: List["re.Pattern[str]"]) -> None:
        self.rest, self.guards = rest, guards
        self.pattern = rest.pattern

    def finditer(self, text: str, pos: int = 0) -> Iterator["re.Match[str]"]:
        return self.rest.finditer(text, self._first_start(text, pos))

    def search(self, text: str, pos: int = 0) -> Optional["re.Match[str]"]:
        return self.rest.search(text, self._first_start(text, pos))

    def _first_start(self, text: str, pos: int) -> int:
        """Just after the last place where a guard's words match (from `pos`), or `pos`."""
        start = pos
        for guard in self.guards:
            found = guard.search(text, pos)
            while found is not None:
                start = max(start, found.start() + 1)
                found = guard.search(text, found.start() + 1)
        return start
