"""Literal prefilters for regular expressions (the idea of RE2's FilteredRE2).

`required_literals(pattern)` gives a set of strings such that every match of
the pattern contains at least one of them, or None when no such set is known.
A text that contains none of them cannot match, so the caller may skip the
regex: `may_match(literals, text)` is that test, a few substring searches in C
instead of a regex scan. The crisis detector runs about 1,400 phrase and idiom
regexes over every message, and almost none of them can match it. With that
many sets (~15,000 strings), `LiteralIndex(sets).passing(text)` finds the sets
a text passes from the text's own 3-character substrings instead of searching
for every string.

The set is read off the parse tree of `sre_parse` (Python 3.10), bottom up.
Each node gets an `_Info`:
- `exact`: every string the node can match, when that set is small and known
  ("overdos(?:e|ed)" -> {"overdose", "overdosed"}; a zero-width assertion such
  as \\b or a lookaround -> {""}, it consumes nothing);
- `required`: a set of strings one of which every match of the node contains.
A sequence multiplies runs of exact neighbours (up to MAX_EXACT strings) and
keeps the most selective set among its parts (the set whose shortest string is
longest), since each part's match is a substring of the sequence's. An
alternation (a branch or a character class) is the union of its alternatives,
or nothing known when one alternative has nothing. A repeat with a minimum of
one or more requires what its body requires; an optional part requires nothing.
Anything else (., \\w, a negated class, a back reference, a conditional)
consumes unknown text and requires nothing.

Safe by construction: whatever is not understood gives "nothing known", which
means the regex always runs. Patterns with IGNORECASE or LOCALE (global or in
a group) get None: case folding would have to follow the engine's own rules.
A set holding the empty string would be no filter at all and is returned as
None. bot.core.compiled_patterns keeps the sets between starts; its file
is tied to `fingerprint()`, a digest of this module's source, so that sets
computed by an older version of the extraction are never used.
"""

from __future__ import annotations

import hashlib
import sre_constants as C
import sre_parse
from functools import lru_cache
from pathlib import Path
from typing import Dict, FrozenSet, Iterable, List, NamedTuple, Optional, Sequence, Set, Tuple

VERSION = 1  # the fingerprint's fallback when the source cannot be read
MAX_EXACT = 16  # most strings an exact set may hold (cross products included)
GOOD_LENGTH = 6  # a string this long is selective enough: fewer strings count more then
KEY_LENGTH = 3  # LiteralIndex files literals under substrings this long
MAX_CLASS = 16  # most characters a character class may enumerate
CASE_FLAGS = C.SRE_FLAG_IGNORECASE | C.SRE_FLAG_LOCALE
ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)
STRING = "string"  # a run of LITERAL characters (_joined_literals)

Literals = Optional[FrozenSet[str]]


class _Info(NamedTuple):
    exact: Literals  # all the strings the node can match, when few and known
    required: Literals  # one of these is in every match; None: nothing known


NOTHING_KNOWN = _Info(None, None)
EMPTY = _Info(frozenset({""}), None)


class _CaseInsensitive(Exception):
    """The pattern folds case somewhere: no literal set is given."""


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """What the stored sets depend on: this module's source (any change to the
    extraction is a new fingerprint)."""
    try:
        return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]
    except OSError:
        return f"version-{VERSION}"


def required_literals(pattern: str, flags: int = 0) -> Literals:
    """Strings one of which every match of `pattern` contains, or None."""
    return literals_of_parsed(sre_parse.parse(pattern, flags), flags)


def literals_of_parsed(parsed: "sre_parse.SubPattern", flags: int = 0) -> Literals:
    """required_literals for a tree `sre_parse.parse` already gave (the
    compiled-pattern cache parses once for both)."""
    if (flags | parsed.state.flags) & CASE_FLAGS:
        return None
    try:
        info = _sequence(parsed)
    except _CaseInsensitive:
        return None
    return _without_redundant(_best(info))


def may_match(literals: Literals, text: str) -> bool:
    """False only when the regex with these literals cannot match `text`."""
    if literals is None:
        return True
    for literal in literals:
        if literal in text:
            return True
    return False


class LiteralIndex:
    """Which of many literal sets a text passes, without a substring search for
    every literal of every set (~15,000 for the crisis detector's regexes).

    Each literal of KEY_LENGTH characters or more is filed under one of its
    KEY_LENGTH-grams (substrings of that length). A text holding the literal
    holds all its grams, so only the literals filed under the text's own grams
    are searched for; the sets with a shorter literal (or none) are checked
    whole with `may_match`. Same answers as `may_match` on every set."""

    def __init__(self, sets: Sequence[Literals]) -> None:
        self._sets = list(sets)
        self._unfiled: List[int] = []  # no set, or a literal too short to file
        self._by_gram: Dict[str, List[Tuple[str, int]]] = {}
        for index, literals in enumerate(self._sets):
            if literals is None or min(map(len, literals)) < KEY_LENGTH:
                self._unfiled.append(index)
                continue
            for literal in literals:
                self._by_gram.setdefault(self._key(literal), []).append((literal, index))

    def _key(self, literal: str) -> str:
        """The gram to file `literal` under: of its first, middle and last grams,
        the one with the fewest literals filed so far (a common gram such as
        "the" then stays a short list). Any of its grams would be correct."""
        middle = (len(literal) - KEY_LENGTH) // 2
        grams = [literal[:KEY_LENGTH], literal[middle:middle + KEY_LENGTH], literal[-KEY_LENGTH:]]
        return min(grams, key=lambda gram: len(self._by_gram.get(gram, ())))

    def passing(self, text: str) -> List[int]:
        """The indices, in order, of the sets that `text` passes (may_match)."""
        passed = {index for index in self._unfiled if may_match(self._sets[index], text)}
        for gram in _grams(text) & self._by_gram.keys():
            for literal, index in self._by_gram[gram]:
                if index not in passed and literal in text:
                    passed.add(index)
        return sorted(passed)


def _grams(text: str) -> Set[str]:
    """Every substring of KEY_LENGTH characters."""
    return {text[i:i + KEY_LENGTH] for i in range(len(text) - KEY_LENGTH + 1)}


def _usable(literals: Literals) -> Literals:
    """None for no set, an empty set or a set with "" (every text passes it)."""
    if not literals or "" in literals:
        return None
    return literals


def _without_redundant(literals: Literals) -> Literals:
    """Drop the strings that contain another string of the set: a text that
    contains them contains that one too ({"bar", "foobar"} -> {"bar"})."""
    if literals is None:
        return None
    return frozenset(s for s in literals if not any(t != s and t in s for t in literals))


def _best(info: _Info) -> Literals:
    """The most selective set a node requires: its exact strings (every match is
    one of them) or the set found among its parts."""
    if info.required is None:
        return _usable(info.exact)
    if info.exact is None:
        return info.required
    return _most_selective([info.exact, info.required])


def _selectivity(literals: FrozenSet[str]):
    """Larger is better: a shortest string of GOOD_LENGTH or more, then the
    fewest strings (each costs a substring search), then the longest shortest."""
    shortest = min(map(len, literals))
    return min(shortest, GOOD_LENGTH), -len(literals), shortest


def _most_selective(candidates: Iterable[Literals]) -> Literals:
    usable = [c for c in map(_usable, candidates) if c is not None]
    if not usable:
        return None
    return max(usable, key=_selectivity)


def _product(left: FrozenSet[str], right: FrozenSet[str]) -> FrozenSet[str]:
    return frozenset(a + b for a in left for b in right)


def _sequence(items: Iterable) -> _Info:
    """A concatenation. The match of each part, of each run of parts with one
    string each ("\\bfoo" -> "foo") and of each run of exact parts (multiplied
    while small) is a substring of the sequence's match, so any of their sets
    will do: the most selective is kept."""
    infos = [_node(op, av) for op, av in _joined_literals(items)]
    if len(infos) == 1:
        return infos[0]
    runs, whole = _exact_runs(infos)
    candidates = [_best(info) for info in infos] + _plain_strings(infos) + runs
    return _Info(whole, _most_selective(candidates))


def _joined_literals(items: Iterable) -> List[tuple]:
    """The parts of a sequence with each run of LITERAL characters made one
    STRING part (fewer nodes to weigh: most of a pattern is plain text)."""
    parts: List[tuple] = []
    for op, av in getattr(items, "data", items):  # a SubPattern's list: iterating it is slow
        if op is C.LITERAL and parts and parts[-1][0] is STRING:
            parts[-1] = (STRING, parts[-1][1] + chr(av))
        elif op is C.LITERAL:
            parts.append((STRING, chr(av)))
        else:
            parts.append((op, av))
    return parts


def _plain_strings(infos: List[_Info]) -> List[Literals]:
    """The strings of consecutive parts that match one string each."""
    strings, current = [], ""
    for info in infos:
        if info.exact is not None and len(info.exact) == 1:
            current += next(iter(info.exact))
        else:
            strings.append(frozenset({current}))
            current = ""
    strings.append(frozenset({current}))
    return strings


def _exact_runs(infos: List[_Info]) -> Tuple[List[Literals], Literals]:
    """The cross products of consecutive exact parts, each cut before it would
    exceed MAX_EXACT strings; and the whole sequence's exact set, when it is
    one such run."""
    runs: List[Literals] = []
    run = frozenset({""})
    whole = True
    for info in infos:
        if info.exact is not None and len(run) * len(info.exact) <= MAX_EXACT:
            run = _product(run, info.exact)
            continue
        whole = False
        runs.append(run)
        run = info.exact if info.exact is not None else frozenset({""})
    runs.append(run)
    return runs, run if whole else None


def _alternatives(infos: List[_Info]) -> _Info:
    """Any one of the alternatives: exact if all are (and few), and requiring
    the union of what each requires (nothing known if one requires nothing)."""
    exact = None
    if all(info.exact is not None for info in infos):
        exact = frozenset().union(*(info.exact for info in infos))
        if len(exact) > MAX_EXACT:
            exact = None
    required = [_best(info) for info in infos]
    if any(r is None for r in required):
        return _Info(exact, None)
    return _Info(exact, frozenset().union(*required))


def _character_class(items) -> _Info:
    """[abc], [a-d]: exact when small and made only of literals and ranges."""
    chars = set()
    for op, av in items:
        if op is C.LITERAL:
            chars.add(chr(av))
        elif op is C.RANGE and av[1] - av[0] < MAX_CLASS:
            chars.update(chr(code) for code in range(av[0], av[1] + 1))
        else:  # NEGATE, CATEGORY (\w, \d...), a wide range
            return NOTHING_KNOWN
    if not chars or len(chars) > MAX_CLASS:
        return NOTHING_KNOWN
    return _Info(frozenset(chars), None)


def _repeat(low: int, high: int, body) -> _Info:
    """body{low,high}: requires what the body requires when it must occur."""
    info = _sequence(body)
    if low == 1 and high == 1:
        return info
    if low == 0 and high == 1 and info.exact is not None and len(info.exact) < MAX_EXACT:
        return _Info(info.exact | {""}, None)
    if low >= 1:
        return _Info(None, _best(info))
    return NOTHING_KNOWN


def _node(op, av) -> _Info:
    if op is STRING:
        return _Info(frozenset({av}), None)
    if op is C.IN:
        return _character_class(av)
    if op is C.BRANCH:
        return _alternatives([_sequence(branch) for branch in av[1]])
    if op is C.SUBPATTERN:
        _group, add_flags, _del_flags, body = av
        if add_flags & CASE_FLAGS:
            raise _CaseInsensitive()
        return _sequence(body)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        low, high, body = av
        return _repeat(low, high, body)
    if op in ZERO_WIDTH:
        return EMPTY
    return NOTHING_KNOWN  # ANY, NOT_LITERAL, GROUPREF, GROUPREF_EXISTS, CATEGORY...
