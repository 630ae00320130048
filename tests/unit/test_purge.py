"""Retention purge against a real Rasa SQL tracker store, on SQLite and PostgreSQL."""

from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy.engine import make_url

from bot.core.db import make_session_factory
from bot.intake.store import SchemaNotReady, list_leads, save_lead
from bot.core.models import Lead
from bot.core.purge import cutoff, parse_age, purge, tracker_store_url
from bot.core.settings import PROJECT_DIR, Settings
from tests.db_fixtures import database_url, migrated_engine  # noqa: F401
from tests.unit.test_leads import FIELDS

NOW = datetime.now(timezone.utc).replace(microsecond=0)
OLD = (NOW - timedelta(days=200)).timestamp()
RECENT = (NOW - timedelta(days=1)).timestamp()


@pytest.mark.parametrize("text, expected", [
    ("90d", timedelta(days=90)), ("12h", timedelta(hours=12)), ("4w", timedelta(weeks=4)),
    (" 30D ", timedelta(days=30)), ("1h", timedelta(hours=1)),
])
def test_ages(text, expected):
    assert parse_age(text) == expected


@pytest.mark.parametrize("text, message", [
    ("0d", "more than zero"), ("0h", "more than zero"), ("-5d", "12h, 90d or 4w"),
    ("90", "12h, 90d or 4w"), ("d", "12h, 90d or 4w"), ("", "12h, 90d or 4w"),
    ("1.5d", "12h, 90d or 4w"), ("90 days", "12h, 90d or 4w"), ("3m", "12h, 90d or 4w"),
    ("9999999999w", "at most 100 years"),
])
def test_bad_ages_are_refused_clearly(text, message):
    with pytest.raises(ValueError, match=message):
        parse_age(text)


def test_cutoff_is_utc_and_needs_an_aware_now():
    new_york = timezone(timedelta(hours=-5))
    assert cutoff(timedelta(days=1), NOW.astimezone(new_york)) == NOW - timedelta(days=1)
    assert cutoff(timedelta(days=1), NOW).tzinfo == timezone.utc
    with pytest.raises(ValueError):
        cutoff(timedelta(days=1), datetime(2026, 1, 1))
    with pytest.raises(ValueError):
        cutoff(timedelta(0), NOW)


def _conversation(sender_id, *timestamps):
    events = []
    for ts in timestamps:
        events += [
            ActionExecuted("action_listen", timestamp=ts),
            UserUttered("I'd like to book a consultation",
                        {"name": "book_consultation", "confidence": 1.0}, timestamp=ts),
            ActionExecuted("utter_ask_name", timestamp=ts),
            BotUttered("What's your full name?", timestamp=ts),
        ]
    return DialogueStateTracker.from_events(sender_id, events)


def _tracker_store(settings: Settings, database_url: str) -> SQLTrackerStore:  # noqa: F811
    if database_url.startswith("sqlite"):
        return SQLTrackerStore(Domain.empty(), dialect="sqlite",
                               db=str(settings.tracker_sqlite_path))
    url = make_url(database_url)
    return SQLTrackerStore(Domain.empty(), dialect="postgresql", host=url.host, port=url.port,
                           db=url.database, username=url.username)


def _settings(tmp_path, database_url):  # noqa: F811
    tracker_url = "" if database_url.startswith("sqlite") else database_url
    return Settings(var_dir=tmp_path / "var", database_url=database_url,
                    tracker_store_url=tracker_url)


def _save_leads(engine):
    sessions = make_session_factory(engine)
    with sessions() as session:
        old, _ = save_lead(session=session, conversation_id="old", fields=FIELDS)
        save_lead(session=session, conversation_id="recent", fields=FIELDS)
        # Staff last touched this one long ago.
        session.get(Lead, old.id).updated_at = NOW - timedelta(days=120)
        session.commit()
    return sessions


async def test_purge_removes_old_leads_and_conversations_and_keeps_recent_ones(
        tmp_path, database_url):  # noqa: F811
    settings = _settings(tmp_path, database_url)
    settings.var_dir.mkdir(parents=True)
    engine = migrated_engine(database_url)
    sessions = _save_leads(engine)
    store = _tracker_store(settings, database_url)
    await store.save(_conversation("old-conversation", OLD, OLD + 60))
    await store.save(_conversation("recent-conversation", RECENT))
    # Started long ago, but active yesterday: kept (last activity counts).
    await store.save(_conversation("returning-visitor", OLD, RECENT))
    kept_events = len((await store.retrieve("returning-visitor")).events)

    report = purge(settings, parse_age("90d"), now=NOW)

    assert (report.leads, report.conversations, report.events) == (1, 1, 8)
    assert report.tracker_store_found
    assert set(await store.keys()) == {"recent-conversation", "returning-visitor"}
    assert await store.retrieve("old-conversation") is None
    recent = await store.retrieve("recent-conversation")
    assert len(recent.events) == 4
    assert recent.latest_message.text == "I'd like to book a consultation"
    assert len((await store.retrieve("returning-visitor")).events) == kept_events
    with sessions() as session:
        assert [lead.conversation_id for lead in list_leads(session=session)] == ["recent"]

    again = purge(settings, parse_age("90d"), now=NOW)
    assert (again.leads, again.conversations, again.events) == (0, 0, 0)
    store.engine.dispose()
    engine.dispose()


def test_a_tracker_store_that_does_not_exist_yet_holds_nothing(tmp_path):
    settings = Settings(var_dir=tmp_path / "var",
                        database_url=f"sqlite:///{tmp_path / 'bot.db'}")
    migrated_engine(settings.database_url).dispose()
    report = purge(settings, timedelta(days=90), now=NOW)
    assert (report.leads, report.conversations, report.events) == (0, 0, 0)
    assert not report.tracker_store_found
    assert not settings.tracker_sqlite_path.exists()  # not created by the purge

    settings.var_dir.mkdir(parents=True)
    settings.tracker_sqlite_path.touch()  # a database without the events table
    assert not purge(settings, timedelta(days=90), now=NOW).tracker_store_found


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_a_postgresql_tracker_database_that_does_not_exist_yet_holds_nothing(
        tmp_path, database_url):  # noqa: F811
    migrated_engine(database_url).dispose()
    settings = replace(_settings(tmp_path, database_url),
                       tracker_store_url=database_url + "_missing")
    report = purge(settings, timedelta(days=90), now=NOW)
    assert (report.conversations, report.tracker_store_found) == (0, False)


def test_an_unmigrated_database_stops_the_purge_before_anything_is_deleted(tmp_path):
    settings = Settings(var_dir=tmp_path / "var",
                        database_url=f"sqlite:///{tmp_path / 'fresh.db'}")
    with pytest.raises(SchemaNotReady, match="db upgrade"):
        purge(settings, timedelta(days=90), now=NOW)


def test_tracker_store_location_follows_rasas_configuration(tmp_path):
    default = tracker_store_url(Settings(var_dir=tmp_path))
    assert default.database == str(tmp_path / "rasa_tracker.db")
    relative = tracker_store_url(Settings(tracker_store_url="sqlite:///var/other.db"))
    assert relative.database == str(PROJECT_DIR / "var" / "other.db")
    pg = tracker_store_url(Settings(tracker_store_url="postgresql://rasa:p%40ss@db:5433/tr"))
    assert (pg.drivername, pg.username, pg.password, pg.host, pg.port, pg.database) == (
        "postgresql", "rasa", "p@ss", "db", 5433, "tr")


def test_purge_also_removes_old_staff_sign_in_attempts(tmp_path, database_url):  # noqa: F811
    from sqlalchemy import select

    from bot.core.models import LoginAttempt

    settings = _settings(tmp_path, database_url)
    engine = migrated_engine(database_url)
    sessions = make_session_factory(engine)
    with sessions() as session:
        session.add_all([
            LoginAttempt(at=NOW - timedelta(days=100), username="nurse", ip="10.0.0.1",
                         succeeded=False),
            LoginAttempt(at=NOW - timedelta(days=1), username="nurse", ip="10.0.0.1",
                         succeeded=True),
        ])
        session.commit()
    report = purge(settings, parse_age("90d"), now=NOW)
    assert report.login_attempts == 1
    with sessions() as session:
        kept = session.execute(select(LoginAttempt)).scalars().all()
    assert [a.succeeded for a in kept] == [True]
    engine.dispose()
