"""The crisis detector's compiled patterns, shared with the stacks tests start."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from bot.core.settings import PROJECT_DIR


def seed_pattern_cache(var_dir: Path) -> None:
    """Give a test stack's own var directory the project's compiled-pattern cache
    (bot.crisis.detector.pattern_file_in, one file per Python build, written by the
    first detector this checkout built: `make train`, or an earlier test). Without
    it every process of every stack compiles the detector's patterns from scratch,
    over a minute of CPU each on the two-core CI machine, as a clinic's first start
    does. The cache is keyed by Python build and pattern (bot.core.compiled_patterns):
    a stale or missing entry is compiled as before, so readings do not depend on it.
    Every build's file is given (a stack's processes may run on another environment's
    Python than the test's). Linked where the file system allows (the detector
    replaces the file, never writes into it), else copied; nothing to do when the
    project has no cache yet."""
    from bot.crisis.detector import pattern_file_in

    project, own = pattern_file_in(PROJECT_DIR / "var"), pattern_file_in(Path(var_dir))
    for cached in sorted(project.parent.glob(f"{project.stem}-*{project.suffix}")):
        destination = own.parent / cached.name
        if destination.exists():
            continue
        own.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(cached, destination)
        except OSError:
            shutil.copyfile(cached, destination)
