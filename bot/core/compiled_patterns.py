"""Regular expressions compiled once per machine, not once per start.

The crisis detector builds about 1,200 regular expressions from its lexicons
when it starts, in every process that holds one (Rasa's CrisisGuard, the web
app's fail-safe). Python spends that time (about 2.5 s on this project's 2-core
machine, a fifth of Rasa's start-up) in `sre_parse` and `sre_compile`, pure
Python, turning each pattern into the code that the C regex engine runs. That
code depends only on the pattern, its flags and the Python build, so this
module keeps it in one file per user and Python build (`marshal`, under the
var directory) and builds the pattern objects from it directly on the next
start (about 0.06 s for all of them), the way `re.compile` itself does at its
last step.

Beside the code, each entry keeps the pattern's literal prefilter
(bot.core.regex_prefilter: strings one of which every match contains), read
off the same parse, so that callers can skip a regex that cannot match a text
without parsing anything at start-up either.

Safe by construction:
- the file is read only when it was written by the same Python build and
  regex engine (`sys.version`, `_sre.MAGIC`, `_sre.CODESIZE`) and the same
  version of the prefilter's extraction (`regex_prefilter.fingerprint()`); otherwise
  every pattern is compiled as usual;
- an entry is looked up by its exact pattern text and flags, so a changed
  pattern is a new entry, compiled normally and stored at the next `save()`,
  and entries no longer used are dropped then;
- any problem reading or writing the file (missing, damaged, read-only disk)
  falls back to plain compilation: slower, never wrong;
- the file is written atomically (a temporary file renamed into place), so a
  second process reading it never sees half of it.
Like the database under the same directory, the file is the application's own
data: `marshal` is not meant for untrusted input, and nothing but this module
writes it.

In one process, compiled pattern objects are also shared between the
instances that use the same file (the test suite builds many detectors).
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import re
import sre_compile
import sre_parse
import sys
import tempfile
import threading
from array import array
from contextlib import contextmanager
from pathlib import Path
from typing import Dict, Iterator, Optional, Tuple

import _sre

from bot.core import regex_prefilter
from bot.core.regex_prefilter import Literals

logger = logging.getLogger(__name__)

FORMAT = 2  # 2: a literal prefilter beside the code
CODE_TYPE = "I"
# What the stored entries depend on: the Python build, the regex engine and the
# prefilter's extraction.
BUILD = (FORMAT, sys.version, _sre.MAGIC, _sre.CODESIZE, array(CODE_TYPE).itemsize,
         regex_prefilter.fingerprint())

Key = Tuple[str, int]
# What `_sre.compile` takes after the pattern: final flags, code (kept as the
# bytes of unsigned 32-bit words, CODESIZE 4, a quarter of a list's memory),
# the number of groups, group names -> numbers, numbers -> names; then the
# pattern's literal prefilter (regex_prefilter.required_literals).
Spec = Tuple[int, bytes, int, Dict[str, int], tuple, Literals]
Compiled = Tuple["re.Pattern[str]", Literals]

_SHARED: Dict[Optional[Path], Dict[Key, Compiled]] = {}
_LOCK = threading.Lock()


def for_this_build(path: Path) -> Path:
    """`path` with a tag of this Python build in its name, so that processes
    on different Pythons (Rasa's and the web app's environments) keep a file
    each instead of overwriting each other's."""
    tag = hashlib.sha256(repr(BUILD).encode()).hexdigest()[:12]
    return path.with_name(f"{path.stem}-{tag}{path.suffix}")


def compile_spec(pattern: str, flags: int = 0) -> Spec:
    """The arguments `_sre.compile` needs for `pattern`, computed as
    `sre_compile.compile` computes them (Python 3.8 to 3.10), and its literal
    prefilter."""
    parsed = sre_parse.parse(pattern, flags)
    literals = regex_prefilter.literals_of_parsed(parsed, flags)
    code = array(CODE_TYPE, [int(op) for op in sre_compile._code(parsed, flags)]).tobytes()
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup), literals


def from_spec(pattern: str, spec: Spec) -> Compiled:
    """The pattern object and its literal prefilter; ValueError for a prefilter
    that is not a set of non-empty strings."""
    flags, code, groups, groupindex, indexgroup, literals = spec
    if literals is not None and not _literal_set(literals):
        raise ValueError("stored literals are not a set of non-empty strings")
    compiled = _sre.compile(pattern, flags, array(CODE_TYPE, code).tolist(), groups, groupindex, indexgroup)
    return compiled, literals


def _literal_set(literals) -> bool:
    return isinstance(literals, frozenset) and bool(literals) \
        and all(isinstance(literal, str) and literal for literal in literals)


@contextmanager
def compiled_through(path: Optional[Path]) -> Iterator["CompiledPatterns"]:
    """Compile through the file at `path` for the duration of the block, then
    store what was new and let go of the stored code (only the pattern objects
    are kept)."""
    patterns = CompiledPatterns(path)
    try:
        yield patterns
    finally:
        patterns.save()
        patterns.release()


class CompiledPatterns:
    """Compile patterns through the file at `path` (None: in memory only)."""

    def __init__(self, path: Optional[Path]) -> None:
        self.path = for_this_build(path) if path is not None else None
        self._stored: Dict[Key, Spec] = self._read(self.path)
        self._used: Dict[Key, Optional[Spec]] = {}  # None: compiled earlier in this process
        with _LOCK:
            self._objects = _SHARED.setdefault(self.path, {})

    @staticmethod
    def _read(path: Optional[Path]) -> Dict[Key, Spec]:
        if path is None:
            return {}
        try:
            with open(path, "rb") as handle:
                build, specs = marshal.load(handle)
        except FileNotFoundError:
            return {}
        except (OSError, EOFError, ValueError, TypeError) as exc:
            logger.warning("compiled patterns: %s unreadable (%s); compiling afresh", path, type(exc).__name__)
            return {}
        if build != BUILD or not isinstance(specs, dict):
            return {}
        return specs

    def compile(self, pattern: str, flags: int = 0) -> "re.Pattern[str]":
        """The same pattern object `re.compile(pattern, flags)` gives."""
        return self.compile_filtered(pattern, flags)[0]

    def compile_filtered(self, pattern: str, flags: int = 0) -> Compiled:
        """compile()'s pattern object and its literal prefilter: strings one of
        which every match contains, or None (regex_prefilter.may_match)."""
        key = (pattern, int(flags))
        compiled = self._objects.get(key)
        spec = self._stored.get(key)
        if compiled is None:
            if spec is None:
                spec = compile_spec(*key)
            try:
                compiled = from_spec(pattern, spec)
            except (RuntimeError, TypeError, ValueError):  # a stored spec this engine refuses
                spec = compile_spec(*key)
                compiled = re.compile(pattern, flags), spec[-1]
            self._objects[key] = compiled
        self._used[key] = spec
        return compiled

    def save(self) -> bool:
        """Store the patterns compiled through this instance (only those: a
        pattern no longer used is dropped) unless the file already holds
        exactly them; True if the file was written."""
        if self.path is None or self._used.keys() == self._stored.keys():
            return False
        specs = {key: spec if spec is not None else compile_spec(*key) for key, spec in self._used.items()}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=self.path.name, suffix=".tmp")
            try:
                with os.fdopen(handle, "wb") as out:
                    marshal.dump((BUILD, specs), out)
                os.replace(temporary, self.path)
            finally:
                if os.path.exists(temporary):
                    os.unlink(temporary)
        except OSError as exc:
            logger.warning("compiled patterns: could not write %s (%s); the next start compiles afresh",
                           self.path, type(exc).__name__)
            return False
        self._stored = specs
        return True

    def release(self) -> None:
        """Forget the stored code (a few megabytes); compiling again rereads nothing
        and computes what it needs."""
        self._stored, self._used = {}, {}
