"""The append-only audit trail: recording, filters, ordering, and no way to change it."""

import inspect as pyinspect
from datetime import datetime, timedelta, timezone

import pytest

from bot.core.db import make_session_factory
from bot.staff import audit
from bot.staff.accounts import create_user
from bot.staff.audit import ACTIONS, count_events, list_events, record
from tests.db_fixtures import database_url, migrated_engine  # noqa: F401

T0 = datetime(2026, 11, 27, 9, 0, tzinfo=timezone.utc)
MIN = timedelta(minutes=1)


@pytest.fixture
def sessions(database_url):  # noqa: F811
    engine = migrated_engine(database_url)
    yield make_session_factory(engine)
    engine.dispose()


def test_actions_name_everything_the_dashboard_does():
    assert set(ACTIONS) == {
        "login", "login_failed", "logout", "lead_list", "lead_view", "lead_export", "lead_status",
        "lead_note", "escalation_ack", "escalation_resolve", "account_create",
        "account_disable", "account_enable", "account_role", "account_password", "audit_view",
        "account_display_name",
        "login_password", "mfa_enrol", "mfa_enrol_failed", "mfa_reset", "mfa_recovery_codes",
        "reauth", "reauth_failed", "escalation_view", "access_denied", "csrf_failed",
        "conversation_view", "handover_take", "handover_takeover", "handover_message",
        "handover_return", "handover_lapsed"}


def test_the_module_offers_no_way_to_change_or_delete_an_event():
    public = {name for name, obj in vars(audit).items()
              if callable(obj) and not name.startswith("_") and obj.__module__ == audit.__name__}
    assert public == {"record", "list_events", "count_events"}
    source = pyinspect.getsource(audit)
    for word in ("update(", "delete(", ".delete", "DELETE", "UPDATE"):
        assert word not in source


def test_record_with_an_actor_and_a_target(sessions):
    with sessions() as session:
        admin = create_user(session=session, username="boss", role="admin",
                            password="orchid-Lantern-velvet-42")
        event = record(session=session, action="lead_status", actor=admin, ip="192.0.2.9",
                       target_type="lead", target_id=17, detail="status new -> contacted",
                       at=T0)
    with sessions() as session:
        (stored,) = list_events(session=session)
        assert stored.id == event.id
        assert stored.as_dict() == {
            "id": event.id, "at": "2026-11-27T09:00:00+00:00", "actor_user_id": admin.id,
            "actor_username": "boss", "action": "lead_status", "target_type": "lead",
            "target_id": "17", "ip": "192.0.2.9", "detail": "status new -> contacted"}


def test_record_without_committing_joins_the_callers_transaction(sessions):
    with sessions() as session:
        record(session=session, action="lead_export", actor_username="cli", commit=False)
        session.rollback()
        assert count_events(session=session) == 0
        record(session=session, action="lead_export", actor_username="CLI", commit=False)
        session.commit()
        assert list_events(session=session)[0].actor_username == "cli"


@pytest.mark.parametrize("change, field", [
    (dict(action="lead_delete"), "action"),
    (dict(detail="x" * 501), "detail"),
    (dict(target_type="t" * 33), "target_type"),
    (dict(target_id="9" * 65), "target_id"),
    (dict(ip="1" * 46), "ip"),
    (dict(detail="bad\x00byte"), "detail"),
    (dict(detail="\ud800"), "detail"),
    (dict(at=datetime(2026, 11, 27)), "at"),
])
def test_bad_values_are_refused_and_nothing_is_written(sessions, change, field):
    values = dict(action="lead_view", actor_username="alice", detail="ok")
    values.update(change)
    with sessions() as session:
        with pytest.raises(ValueError, match=field):
            record(session=session, **values)
        session.rollback()
        assert count_events(session=session) == 0
    with sessions() as session:
        assert record(session=session, action="lead_view", detail="d" * 500).detail == "d" * 500


def test_filters_ordering_and_paging(sessions):
    with sessions() as session:
        plan = [("login", "alice", 0), ("lead_view", "alice", 1), ("lead_view", "bob", 2),
                ("lead_status", "alice", 3), ("logout", "alice", 4), ("lead_view", "alice", 4)]
        ids = [record(session=session, action=action, actor_username=who, at=T0 + m * MIN).id
               for action, who, m in plan]
    with sessions() as session:
        newest_first = [e.id for e in list_events(session=session)]
        # Same time: the later id first.
        assert newest_first == [ids[5], ids[4], ids[3], ids[2], ids[1], ids[0]]
        assert [e.id for e in list_events(session=session, action="lead_view")] == \
            [ids[5], ids[2], ids[1]]
        assert [e.id for e in list_events(session=session, actor_username="Bob")] == [ids[2]]
        assert [e.id for e in list_events(session=session, since=T0 + MIN,
                                          until=T0 + 3 * MIN)] == [ids[2], ids[1]]
        assert [e.id for e in list_events(session=session, action="lead_view",
                                          actor_username="alice", since=T0 + 2 * MIN)] == \
            [ids[5]]
        assert [e.id for e in list_events(session=session, limit=2, offset=1)] == \
            [ids[4], ids[3]]
        assert count_events(session=session) == 6
        assert count_events(session=session, action="lead_view") == 3
        assert count_events(session=session, actor_username="alice", until=T0 + 3 * MIN) == 2
        assert count_events(session=session, since=T0 + 10 * MIN) == 0


@pytest.mark.parametrize("kwargs", [dict(limit=0), dict(limit=1001), dict(offset=-1),
                                    dict(action="nope"), dict(since=datetime(2026, 1, 1))])
def test_bad_filters_are_refused(tmp_path, kwargs):
    engine = migrated_engine(f"sqlite:///{tmp_path / 'x.db'}")
    with make_session_factory(engine)() as session:
        with pytest.raises(ValueError):
            list_events(session=session, **kwargs)
    engine.dispose()
