"""Times as clinic staff read them: in the clinic's time zone (clinic.yml
`timezone`), in words ("Nov 30, 2026, 3:04 PM EST"), and ages ("4 min ago").

Pure functions (no I/O, no clock: the caller passes `now`). Times are stored in
UTC; SQLite hands them back without an offset, so a naive value is UTC.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone, tzinfo
from typing import Optional
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_TIMEZONE = "America/New_York"
NOTHING = "-"


class UnknownTimeZone(ValueError):
    """Not an IANA time zone name this machine knows (e.g. "America/New_York")."""


def zone(name: str) -> ZoneInfo:
    """The IANA time zone `name`; UnknownTimeZone, naming it, otherwise."""
    if not isinstance(name, str) or not name.strip():
        raise UnknownTimeZone("the time zone must be a name such as America/New_York")
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise UnknownTimeZone(
            f"unknown time zone {name!r}: use an IANA name such as America/New_York") from None


def aware(value: datetime) -> datetime:
    """`value` with its offset (a naive value is UTC, as stored)."""
    return value if value.tzinfo is not None else value.replace(tzinfo=timezone.utc)


def local(value: datetime, tz: tzinfo) -> datetime:
    return aware(value).astimezone(tz)


def _clock(moment: datetime, seconds: bool) -> str:
    hour = moment.hour % 12 or 12
    text = f"{hour}:{moment.minute:02d}" + (f":{moment.second:02d}" if seconds else "")
    return f"{text} {'AM' if moment.hour < 12 else 'PM'}"


def when(value: Optional[datetime], tz: tzinfo, *, seconds: bool = False) -> str:
    """ "Nov 30, 2026, 3:04 PM EST" in `tz` (its abbreviation says which time,
    EST or EDT); "-" for no time."""
    if value is None:
        return NOTHING
    moment = local(value, tz)
    return (f"{moment:%b} {moment.day}, {moment.year}, {_clock(moment, seconds)} "
            f"{moment.tzname()}")


def day(value: Optional[datetime], tz: tzinfo) -> str:
    """ "Nov 30, 2026": the calendar day in `tz`."""
    if value is None:
        return NOTHING
    moment = local(value, tz)
    return f"{moment:%b} {moment.day}, {moment.year}"


def ago(value: Optional[datetime], now: datetime) -> str:
    """How long ago, to the minute while it matters: "just now", "4 min ago",
    "2 h 5 min ago", "3 days ago". A time in the future (clocks of two
    machines) reads "just now"."""
    if value is None:
        return NOTHING
    elapsed = aware(now) - aware(value)
    if elapsed < timedelta(minutes=1):
        return "just now"
    minutes = int(elapsed.total_seconds() // 60)
    if minutes < 60:
        return f"{minutes} min ago"
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        return f"{hours} h {minutes} min ago" if minutes else f"{hours} h ago"
    days = hours // 24
    return f"{days} day{'s' if days != 1 else ''} ago"


def from_epoch(stamp: object) -> Optional[datetime]:
    """A Rasa event's time (seconds since the epoch) as UTC; None when there is none."""
    if not isinstance(stamp, (int, float)) or isinstance(stamp, bool):
        return None
    try:
        return datetime.fromtimestamp(stamp, timezone.utc)
    except (OverflowError, OSError, ValueError):
        return None
