"""Live hand-over in real browsers (issue 17, item 7): a visitor on the demo page
and an on-call clinician signed in to the dashboard, in two browser contexts,
with the real stack (action server, Rasa with a trained model, the web app) and
Rasa's event broker on the local RabbitMQ. The clinician's account has a display
name, which the visitor is told and sees in the widget's status line (announced
politely to screen readers) for as long as the clinician holds the chat."""

from __future__ import annotations

import asyncio
import json
import socket
import sqlite3
import subprocess
import sys
import uuid

import pyotp
import pytest

from bot.core.settings import PROJECT_DIR
from bot.web.live.handover import BACK_TEXT, LAPSED_TEXT
from tests.browser.support import OVERDOSE, Services, log_text, open_page, send

pytestmark = pytest.mark.integration
BROKER = "amqp://guest:guest@127.0.0.1:5672/"
PASSWORD = "harbour-violet-anchor-73"
DISPLAY_NAME = "Dr. Kofi Osei"
STATUS_LINE = f"You are chatting with {DISPLAY_NAME}, on-call clinician."
SILENCE_SECONDS = 8
USED_CODES = set()
OPEN = []  # the test's browser contexts, closed after it whatever happens


@pytest.fixture(autouse=True)
def close_contexts():
    yield
    while OPEN:
        OPEN.pop().close()  # ends their streams, so the web app stops at once


def delete_queue(name: str) -> None:
    import aio_pika

    async def delete() -> None:
        connection = await aio_pika.connect(BROKER)
        async with connection:
            channel = await connection.channel()
            await channel.queue_delete(name)

    try:
        asyncio.run(delete())
    except Exception:  # noqa: BLE001 - nothing to clean up
        pass


@pytest.fixture(scope="module")
def services(tmp_path_factory):
    try:
        socket.create_connection(("127.0.0.1", 5672), timeout=2).close()
    except OSError:
        pytest.fail("RabbitMQ is needed on 127.0.0.1:5672 for Rasa's event broker: "
                    "`.ci/run` starts it (or run `rabbitmq-server -detached`)")
    queue = f"kca_test_{uuid.uuid4().hex[:8]}"
    stack = Services(tmp_path_factory.mktemp("handover"),
                     settings={"event_broker_url": BROKER, "event_queue": queue},
                     env={"RASA_EVENT_BROKER_URL": BROKER, "RASA_EVENT_QUEUE": queue,
                          "HANDOVER_SILENCE_SECONDS": str(SILENCE_SECONDS)})
    try:
        stack.start()
        yield stack
    finally:
        stack.stop_all()
        delete_queue(queue)


@pytest.fixture(scope="module")
def authenticator(services):
    return create_clinician(services)


def create_clinician(services):
    """The on-call clinician's account, with its display name; its authenticator."""
    created = subprocess.run(
        [sys.executable, "-m", "bot", "staff", "create", "--username", "dr.osei",
         "--role", "oncall", "--display-name", DISPLAY_NAME, "--password-stdin", "--json"],
        cwd=PROJECT_DIR, env=services.env,
        input=PASSWORD + "\n", capture_output=True, text=True, timeout=60)
    assert created.returncode == 0, created.stderr
    return pyotp.parse_uri(json.loads(created.stdout)["totp_uri"])


def sign_in(browser, services, authenticator):
    page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    OPEN.append(page.context)
    page.set_default_timeout(45_000)
    page.goto(services.settings.web_url + "/staff/live")
    page.get_by_label("Username").fill("dr.osei")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    code = authenticator.now()
    while code in USED_CODES:  # a code works once: wait for the next half-minute
        page.wait_for_timeout(1000)
        code = authenticator.now()
    USED_CODES.add(code)
    page.get_by_label("6-digit code from your authenticator app").fill(code)
    page.get_by_role("button", name="Verify").click()
    page.get_by_role("heading", name="Live conversations").wait_for()
    return page


def type_only(page, text):
    """The visitor writes without waiting for a reply (a human holds the chat)."""
    page.fill("#kca-input", text)
    page.keyboard.press("Enter")


def wait_text(page, selector, text, timeout=30_000):
    page.wait_for_function("([sel, t]) => (document.querySelector(sel) || {}).innerText"
                           " && document.querySelector(sel).innerText.includes(t)",
                           arg=[selector, text], timeout=timeout)


def reloads_show_the_exchange(visitor, staff):
    """After the hand-back, a reload on each side shows the staff message, the
    visitor's answer, the hand-back and the assistant's next answer."""
    visitor.reload()
    visitor.wait_for_selector(".kca-msg--bot")
    staff.reload()
    for page, log in ((visitor, "#kca-log"), (staff, "#live-log")):
        for said in ("Is he breathing now?", "the ambulance is here", BACK_TEXT,
                     "how much does spravato cost?"):
            wait_text(page, log, said)


def status_line(page):
    """The widget's hand-over status line: its text, and whether it shows."""
    line = page.locator("#kca-handover")
    assert line.get_attribute("aria-live") == "polite"
    assert line.get_attribute("role") == "status"
    return line


def audit_actions(services):
    path = services.settings.database_url.replace("sqlite:///", "")
    with sqlite3.connect(path) as db:
        return [row[0] for row in db.execute("SELECT action FROM audit_events ORDER BY id")]


def test_staff_take_over_write_and_hand_back(browser, services, authenticator):
    visitor = open_page(browser, services, 1280)
    OPEN.append(visitor.context)
    send(visitor, OVERDOSE)
    assert "911" in log_text(visitor)  # the assistant's guidance, as always

    staff = sign_in(browser, services, authenticator)
    staff.reload()
    staff.locator(".live-row--escalated a").first.click()  # escalated conversations first
    staff.get_by_role("heading", name="Live chat").wait_for()
    wait_text(staff, "#live-log", "not breathing")

    send(visitor, "what is spravato?")  # live: the staff page follows the conversation
    wait_text(staff, "#live-log", "what is spravato?")
    assert status_line(visitor).is_hidden()  # the assistant answers: no status line

    staff.get_by_role("button", name="Take over").click()
    wait_text(visitor, "#kca-log", "A member of the clinic's staff has joined: "
                                   f"{DISPLAY_NAME} (on-call clinician).")
    line = status_line(visitor)
    line.wait_for(state="visible")
    assert line.inner_text() == STATUS_LINE
    # Above the message box, where the visitor is about to type.
    assert line.bounding_box()["y"] < visitor.locator("#kca-input").bounding_box()["y"]
    staff.get_by_text("You are talking with the visitor").wait_for()
    staff.get_by_label("Message to visitor").fill("This is Dr. Osei. Is he breathing now?")
    staff.get_by_role("button", name="Send", exact=True).click()
    wait_text(visitor, "#kca-log", "This is Dr. Osei. Is he breathing now?")
    assert visitor.locator(".kca-msg--staff").last.inner_text().startswith(f"{DISPLAY_NAME}:")

    type_only(visitor, "yes he is breathing, the ambulance is here")
    wait_text(staff, "#live-log", "the ambulance is here")
    staff.get_by_role("button", name="Hand back to assistant").click()
    wait_text(visitor, "#kca-log", BACK_TEXT)
    status_line(visitor).wait_for(state="hidden")
    assert status_line(visitor).inner_text() == ""

    send(visitor, "how much does spravato cost?")  # the assistant answers again
    assert visitor.locator(".kca-msg--bot").last.inner_text() not in ("", BACK_TEXT)

    reloads_show_the_exchange(visitor, staff)
    assert f"{DISPLAY_NAME}:" in visitor.locator(".kca-msg--staff").first.inner_text()
    assert status_line(visitor).is_hidden()  # a reload after the hand-back: no status line
    actions = audit_actions(services)
    assert {"conversation_view", "handover_take", "handover_message",
            "handover_return"} <= set(actions)
    assert not visitor.errors


def test_a_silent_staff_member_gives_the_chat_back_to_the_assistant(browser, services,
                                                                     authenticator):
    visitor = open_page(browser, services, 1280)
    OPEN.append(visitor.context)
    send(visitor, "hi, I have a question about ketamine")
    conversation_id = visitor.evaluate("sessionStorage.getItem('kca.conversation_id')")
    staff = sign_in(browser, services, authenticator)
    staff.goto(f"{services.settings.web_url}/staff/live/{conversation_id}")
    staff.get_by_role("button", name="Take over").click()
    wait_text(visitor, "#kca-log", "has joined")
    status_line(visitor).wait_for(state="visible")
    visitor.reload()  # a reload during the hold still says who holds the chat
    status_line(visitor).wait_for(state="visible")
    assert status_line(visitor).inner_text() == STATUS_LINE

    type_only(visitor, "hello? is anyone there?")
    wait_text(staff, "#live-log", "is anyone there?")
    wait_text(visitor, "#kca-log", LAPSED_TEXT, timeout=(SILENCE_SECONDS + 20) * 1000)
    status_line(visitor).wait_for(state="hidden")  # the chat lapsed: the line goes
    staff.get_by_text("The assistant is answering this visitor.").wait_for()
    assert "handover_lapsed" in audit_actions(services)
