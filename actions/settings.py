"""What the action server reads from its environment and files, once per process.

Actions call `settings()` and `clinic()` instead of rebuilding a Settings on
every run; `clinic()` reloads clinic.yml only when the file changes, so an
operator's edit is picked up without a restart. Tests clear the caches
(`settings.cache_clear()`) when they change the environment.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from bot.clinic.profile import Clinic, load_clinic
from bot.core.settings import Settings


@lru_cache(maxsize=1)
def settings() -> Settings:
    return Settings.from_env()


def clinic() -> Clinic:
    """The clinic's details; raises ClinicFileError like load_clinic."""
    path = Path(settings().clinic_file)
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        stamp = None  # load_clinic raises the readable error
    return _clinic(path, stamp)


@lru_cache(maxsize=4)
def _clinic(path: Path, stamp) -> Clinic:
    return load_clinic(path)


def clear() -> None:
    settings.cache_clear()
    _clinic.cache_clear()
