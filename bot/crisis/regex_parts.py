"""A pattern's own structure, read as text: where a group closes and what its
top-level alternatives are.

The crisis patterns are built from named pieces, and two places take pieces
apart again: the tail guards (bot.crisis.tail_guard) find where a leading
"none of these words from here to the end" lookahead closes, and the look-alike
filters' shared stops (bot.crisis.patterns) drop some alternatives of a pool of
danger words. Both need to skip escapes and character classes and count
parentheses; `structure` is that one reading. Pure string work.
"""

from __future__ import annotations

from typing import Iterator, List, Optional, Tuple


def structure(pattern: str, i: int = 0) -> Iterator[Tuple[int, str]]:
    """(index, char) of each "(", ")" and "|" from `i` that is neither escaped
    nor inside a character class (where "]" first, or after "^", is a literal)."""
    in_class = False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "^":
                i += 1
            if pattern[i + 1:i + 2] == "]":
                i += 1
        elif char in "()|":
            yield i, char
        i += 1


def closing(pattern: str, i: int) -> Optional[int]:
    """The index of the ")" that closes the group open before `i`, or None."""
    depth = 1
    for index, char in structure(pattern, i):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index
    return None


def alternatives(group: str) -> List[str]:
    """The alternatives of a pattern written as one "(?:...|...)" group, split at
    its own bars only (not at a bar inside a nested group or a character class)."""
    assert group.startswith("(?:") and closing(group, 3) == len(group) - 1, group[:80]
    body, parts, depth, start = group[3:-1], [], 0, 0
    for index, char in structure(body):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif depth == 0:
            parts.append(body[start:index])
            start = index + 1
    return parts + [body[start:]]
