"""Live hand-over across two Rasa replicas (issue 17, "across two Rasa replicas
when those are configured"): the same real-browser flow as
tests/browser/test_live_handover.py, with `RASA_REPLICAS=2` sharing a PostgreSQL
tracker store and a Redis lock store, our own database on PostgreSQL, and
Rasa's event broker on the local RabbitMQ. The pause, the staff messages and
the resume go to whichever replica serves the conversation, and the staff page
and both reloads read the one shared record."""

from __future__ import annotations

import socket
import uuid

import psycopg2
import pytest

from bot.web.live.handover import BACK_TEXT
from tests.browser.support import OVERDOSE, Services, log_text, open_page, send
from tests.browser.test_live_handover import (  # noqa: F401 - close_contexts is a fixture
    BROKER, DISPLAY_NAME, OPEN, close_contexts, create_clinician, delete_queue,
    reloads_show_the_exchange, sign_in, status_line, type_only, wait_text)
from tests.replica_stack import admin_sql, consecutive_ports, pg_url

pytestmark = pytest.mark.integration
PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"
REDIS = "redis://127.0.0.1:6379/6"


def _reachable(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
    except OSError:
        return False
    return True


def _admin(sql: str) -> None:
    admin_sql(PG_ADMIN, sql)


@pytest.fixture(scope="module")
def services(tmp_path_factory):
    for port, what in ((5672, "RabbitMQ"), (5432, "PostgreSQL"), (6379, "Redis")):
        if not _reachable(port):
            pytest.fail(f"{what} is needed on 127.0.0.1:{port} (`.ci/run` checks it)")
    tag = uuid.uuid4().hex[:8]
    tracker_db, bot_db = f"clinic_test_{tag}_rasa", f"clinic_test_{tag}_bot"
    queue = f"kca_test_{tag}"
    for name in (tracker_db, bot_db):
        _admin(f'CREATE DATABASE "{name}"')
    shared = {"RASA_TRACKER_STORE_URL": pg_url(tracker_db, PG_ADMIN), "RASA_LOCK_STORE_URL": REDIS}
    stack = Services(tmp_path_factory.mktemp("handover_replicas"),
                     settings={"event_broker_url": BROKER, "event_queue": queue,
                               "rasa_replicas": 2, "rasa_port": consecutive_ports(2),
                               "tracker_store_url": shared["RASA_TRACKER_STORE_URL"],
                               "lock_store_url": REDIS, "database_url": pg_url(bot_db, PG_ADMIN),
                               "sql_pool_size": 3, "sql_max_overflow": 3},
                     env={"RASA_EVENT_BROKER_URL": BROKER, "RASA_EVENT_QUEUE": queue, **shared})
    try:
        stack.start()
        yield stack
    finally:
        stack.stop_all()
        delete_queue(queue)
        for name in (tracker_db, bot_db):
            try:
                _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            except Exception:  # noqa: BLE001 - its name says it is a test's
                pass


@pytest.fixture(scope="module")
def authenticator(services):
    return create_clinician(services)


def audit_actions(services):
    connection = psycopg2.connect(services.settings.database_url, connect_timeout=5)
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT action FROM audit_events ORDER BY id")
            return [row[0] for row in cursor.fetchall()]
    finally:
        connection.close()


def test_take_over_and_hand_back_across_two_replicas(browser, services, authenticator):
    assert len(services.settings.rasa_ports) == 2
    visitor = open_page(browser, services, 1280)
    OPEN.append(visitor.context)
    send(visitor, OVERDOSE)
    assert "911" in log_text(visitor)

    staff = sign_in(browser, services, authenticator)
    staff.reload()
    staff.locator(".live-row--escalated a").first.click()
    staff.get_by_role("heading", name="Live chat").wait_for()
    wait_text(staff, "#live-log", "not breathing")

    staff.get_by_role("button", name="Take over").click()
    wait_text(visitor, "#kca-log", f"{DISPLAY_NAME} (on-call clinician).")
    status_line(visitor).wait_for(state="visible")
    staff.get_by_label("Message to visitor").fill("This is Dr. Osei. Is he breathing now?")
    staff.get_by_role("button", name="Send", exact=True).click()
    wait_text(visitor, "#kca-log", "Is he breathing now?")

    assistant_said = visitor.locator(".kca-msg--bot").count()
    type_only(visitor, "yes he is breathing, the ambulance is here")
    wait_text(staff, "#live-log", "the ambulance is here")
    # While the clinician holds the chat, no replica answers the visitor.
    assert visitor.locator(".kca-msg--bot").count() == assistant_said
    staff.get_by_role("button", name="Hand back to assistant").click()
    wait_text(visitor, "#kca-log", BACK_TEXT)
    status_line(visitor).wait_for(state="hidden")

    send(visitor, "how much does spravato cost?")
    assert visitor.locator(".kca-msg--bot").last.inner_text() not in ("", BACK_TEXT)

    reloads_show_the_exchange(visitor, staff)
    assert {"handover_take", "handover_message", "handover_return"} <= set(audit_actions(services))
    assert not visitor.errors
