"""Times for staff: the clinic's time zone, words, ages."""

from datetime import datetime, timedelta, timezone

import pytest

from bot.staff.clock import UnknownTimeZone, ago, day, from_epoch, when, zone

NEW_YORK = zone("America/New_York")
NOW = datetime(2026, 11, 30, 20, 0, tzinfo=timezone.utc)


def test_times_are_shown_in_the_clinic_zone_with_its_abbreviation():
    winter = datetime(2026, 11, 30, 20, 4, 9, 123456, tzinfo=timezone.utc)
    assert when(winter, NEW_YORK) == "Nov 30, 2026, 3:04 PM EST"
    assert when(winter, NEW_YORK, seconds=True) == "Nov 30, 2026, 3:04:09 PM EST"
    summer = datetime(2026, 7, 4, 4, 30, tzinfo=timezone.utc)
    assert when(summer, NEW_YORK) == "Jul 4, 2026, 12:30 AM EDT"  # the day before in UTC terms
    assert when(summer, zone("America/Los_Angeles")) == "Jul 3, 2026, 9:30 PM PDT"
    assert day(summer, NEW_YORK) == "Jul 4, 2026"


def test_sqlite_naive_times_are_utc_and_no_time_is_a_dash():
    assert when(datetime(2026, 1, 1, 17, 0), NEW_YORK) == "Jan 1, 2026, 12:00 PM EST"
    assert when(None, NEW_YORK) == day(None, NEW_YORK) == ago(None, NOW) == "-"


@pytest.mark.parametrize("elapsed, text", [
    (timedelta(seconds=5), "just now"), (timedelta(seconds=-30), "just now"),
    (timedelta(minutes=1), "1 min ago"), (timedelta(minutes=4, seconds=59), "4 min ago"),
    (timedelta(minutes=60), "1 h ago"), (timedelta(hours=2, minutes=5), "2 h 5 min ago"),
    (timedelta(days=1), "1 day ago"), (timedelta(days=3, hours=23), "3 days ago"),
])
def test_ages_read_like_a_person_would_say_them(elapsed, text):
    assert ago(NOW - elapsed, NOW) == text


def test_an_unknown_zone_is_refused_by_name():
    for bad in ("Mars/Olympus", "", "../etc/passwd", None):
        with pytest.raises(UnknownTimeZone):
            zone(bad)


def test_rasa_event_times():
    assert from_epoch(0) == datetime(1970, 1, 1, tzinfo=timezone.utc)
    assert from_epoch(True) is None and from_epoch("1") is None and from_epoch(1e20) is None
