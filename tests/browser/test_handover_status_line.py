"""The widget's status line during a live hand-over, in a real browser (Debian's
chromium through Playwright): while a staff member holds the chat the visitor
sees, just above the message box, who they are chatting with (display name and
role, in the conversation's language), announced politely to screen readers; the
line goes when the chat is handed back or lapses. The web app is real; Rasa is a
stand-in with the hand-over channel (tests/browser/fake_stack.py), so no trained
model is needed. tests/browser/test_live_handover.py runs the same with the
real stack and a staff member in a second browser."""

from __future__ import annotations

import pytest

from bot.staff.accounts import create_user
from bot.staff.sessions import start_session
from bot.web.live.handover import BACK_TEXT, BACK_TEXT_ES, HANDOVER, LAPSED_TEXT_ES
from tests.browser.axe_check import assert_accessible
from tests.browser.fake_stack import FakeStack

pytestmark = pytest.mark.integration
PASSWORD = "copper-meadow-lantern-58"


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    stack = FakeStack(tmp_path_factory.mktemp("status_line"), {"main": {}})
    stack.start()
    yield stack
    stack.stop()


@pytest.fixture(scope="module")
def clinician(stack):
    """An on-call account with a display name, and a live staff session (a hold
    ends with its holder's session)."""
    def make(session):
        user = create_user(session=session, username="aruiz", role="oncall", password=PASSWORD,
                           display_name="Dr. Ana Ruiz")
        token, _ = start_session(session=session, user=user, ip="127.0.0.1")
        session.commit()
        return {"user_id": user.id, "name": user.shown_name, "role": user.role, "token": token}

    return stack.run_data(make)


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 375, "height": 800})
    page = context.new_page()
    page.set_default_timeout(30_000)
    page.errors = []
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    yield page
    context.close()


def open_chat(stack, page, query=""):
    page.goto(stack.url("main") + query)
    page.wait_for_selector(".kca-msg--bot")
    return page.evaluate("sessionStorage.getItem('kca.conversation_id')")


def take(stack, conversation_id, clinician):
    handover = stack.web_app("main")[HANDOVER]
    stack.run_async(handover.take(conversation_id, user_id=clinician["user_id"],
                                  name=clinician["name"], role=clinician["role"],
                                  token=clinician["token"]))


def wait_log(page, text):
    page.wait_for_function("(t) => document.getElementById('kca-log').innerText.includes(t)",
                           arg=text)


def test_the_line_shows_who_holds_the_chat_and_goes_on_hand_back(stack, page, clinician):
    conversation_id = open_chat(stack, page)
    line = page.locator("#kca-handover")
    assert line.get_attribute("aria-live") == "polite" and line.get_attribute("role") == "status"
    assert line.is_hidden() and line.inner_text() == ""

    take(stack, conversation_id, clinician)
    wait_log(page, "A member of the clinic's staff has joined: Dr. Ana Ruiz (on-call clinician).")
    line.wait_for(state="visible")
    assert line.inner_text() == "You are chatting with Dr. Ana Ruiz, on-call clinician."
    line_box, input_box = line.bounding_box(), page.locator("#kca-input").bounding_box()
    assert line_box["y"] + line_box["height"] <= input_box["y"]  # above the message box
    assert_accessible(page, "the widget while a staff member holds the chat")

    page.reload()  # a reload during the hold: the server says again who holds it
    line.wait_for(state="visible")
    assert line.inner_text() == "You are chatting with Dr. Ana Ruiz, on-call clinician."

    stack.run_async(stack.web_app("main")[HANDOVER].hand_back(conversation_id,
                                                             clinician["user_id"]))
    wait_log(page, BACK_TEXT)
    line.wait_for(state="hidden")
    assert line.inner_text() == ""
    assert not page.errors


def test_a_spanish_conversation_gets_the_line_and_messages_in_spanish(stack, page, clinician):
    conversation_id = open_chat(stack, page, "?lang=es")
    take(stack, conversation_id, clinician)
    wait_log(page, "Se unió a la conversación un miembro del personal de la clínica: "
                   "Dr. Ana Ruiz (clínico de guardia).")
    line = page.locator("#kca-handover")
    line.wait_for(state="visible")
    assert line.inner_text() == "Usted está conversando con Dr. Ana Ruiz, clínico de guardia."
    assert page.locator("#kca-root").get_attribute("lang") == "es"

    page.get_by_role("button", name="English").click()  # the visitor switches language
    page.wait_for_function("() => document.getElementById('kca-handover').innerText"
                           ".startsWith('You are chatting with Dr. Ana Ruiz')")
    page.get_by_role("button", name="Español").click()
    page.wait_for_function("() => document.getElementById('kca-handover').innerText"
                           ".startsWith('Usted está conversando')")

    stack.run_async(stack.web_app("main")[HANDOVER].hand_back(conversation_id,
                                                             clinician["user_id"]))
    wait_log(page, BACK_TEXT_ES)
    line.wait_for(state="hidden")

    take(stack, conversation_id, clinician)
    line.wait_for(state="visible")
    handover = stack.web_app("main")[HANDOVER]
    stack.run_async(handover.lapse(handover.holds.get(conversation_id), "test: staff left"))
    wait_log(page, LAPSED_TEXT_ES)  # the assistant takes the chat back, in Spanish
    line.wait_for(state="hidden")
    assert not page.errors
