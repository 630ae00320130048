"""The crisis detector's compiled patterns, shared with the stacks tests start."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from bot.core.settings import PROJECT_DIR

PROJECT_CACHE = PROJECT_DIR / "var" / "cache"


def seed_pattern_cache(var_dir: Path) -> None:
    """Give a test stack's own var directory the project's compiled-pattern cache
    (var/cache/crisis-patterns-<build>.marshal, written by the first detector this
    checkout built: `make train`, or an earlier test). Without it every process of
    every stack compiles the detector's patterns from scratch, over a minute of CPU
    each on the two-core CI machine, as a clinic's first start does. The cache is
    keyed by Python build and pattern (bot.core.compiled_patterns): a stale or
    missing entry is compiled as before, so readings do not depend on it. Linked
    where the file system allows (the detector replaces the file, never writes into
    it), else copied; nothing to do when the project has no cache yet."""
    target = Path(var_dir) / "cache"
    for cached in sorted(PROJECT_CACHE.glob("crisis-patterns-*.marshal")):
        destination = target / cached.name
        if destination.exists():
            continue
        target.mkdir(parents=True, exist_ok=True)
        try:
            os.link(cached, destination)
        except OSError:
            shutil.copyfile(cached, destination)
