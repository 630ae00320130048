"""What a reload, a new tab, "End chat" and a quiet spell show in a real browser
(Debian's chromium through Playwright): the conversation may hold a name, a birth
date and health answers, and the browser may be shared. The web app is real; Rasa
is a stand-in (tests/browser/fake_stack.py), since its answers do not matter here.
"""

from __future__ import annotations

import pytest

from bot.core.models import utcnow
from bot.intake.store import LeadFields, save_lead
from tests.browser.fake_stack import FakeStack
from tests.browser.support import ARTIFACTS, log_text, send
from tests.browser.test_chat_widget import assert_contrast

pytestmark = pytest.mark.integration

STORED_ID = "sessionStorage.getItem('kca.conversation_id')"
GREETING_ONLY = ".kca-msg--bot"


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    stack = FakeStack(tmp_path_factory.mktemp("continuity"),
                      {"main": {}, "quiet": {"chat_idle_minutes": 2 / 60}})
    stack.start()
    yield stack
    stack.stop()


@pytest.fixture
def context(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield context
    context.close()


def open_chat(context, url):
    page = context.new_page()
    page.set_default_timeout(30_000)
    page.errors = []
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    page.goto(url)
    page.wait_for_selector(".kca-msg--bot")  # the greeting: connected
    return page


def greeted_afresh(page) -> bool:
    return (page.locator(".kca-msg--visitor").count() == 0
            and "virtual assistant" in log_text(page))


def test_a_reload_in_the_same_tab_keeps_the_chat(stack, context):
    page = open_chat(context, stack.url("main"))
    send(page, "my name is Ada and I was born 12/10/1985")
    page.reload()
    page.wait_for_selector(".kca-msg--visitor")
    assert "I was born 12/10/1985" in log_text(page)
    assert "Noted: my name is Ada" in log_text(page)
    # The id is kept for this tab only, never in localStorage.
    assert page.evaluate(STORED_ID)
    assert page.evaluate("localStorage.getItem('kca.conversation_id')") is None
    assert page.errors == []


def test_a_new_tab_starts_a_new_chat(stack, context):
    first = open_chat(context, stack.url("main"))
    send(first, "I have PTSD and my phone is 212 555 0100")
    # An id left in localStorage by an earlier version of the widget is dropped too.
    first.evaluate(f"localStorage.setItem('kca.conversation_id', {STORED_ID})")
    second = open_chat(context, stack.url("main"))
    assert greeted_afresh(second)
    assert second.evaluate(STORED_ID) != first.evaluate(STORED_ID)
    assert second.evaluate("localStorage.getItem('kca.conversation_id')") is None
    assert second.errors == []


def test_end_chat_asks_in_plain_words_and_clears_the_chat(stack, context):
    page = open_chat(context, stack.url("main"))
    send(page, "I take sertraline")
    old_id = page.evaluate(STORED_ID)
    end = page.get_by_role("button", name="End chat", exact=True)
    end.focus()
    page.keyboard.press("Enter")
    question = page.locator("#kca-confirm")
    assert question.is_visible() and "End this chat?" in question.inner_text()
    assert end.get_attribute("aria-expanded") == "true"
    # The safe choice has the focus; Escape keeps chatting (the panel stays open).
    assert page.evaluate("document.activeElement.textContent") == "No, keep chatting"
    page.keyboard.press("Escape")
    assert not question.is_visible() and "I take sertraline" in log_text(page)
    assert page.evaluate("document.activeElement.textContent") == "End chat"
    # Keyboard alone: open the question again, go back to "Yes, end chat", press it.
    page.keyboard.press("Enter")
    page.keyboard.press("Shift+Tab")
    assert page.evaluate("document.activeElement.textContent") == "Yes, end chat"
    page.keyboard.press("Enter")
    page.wait_for_function(f"old => {STORED_ID} && {STORED_ID} !== old", arg=old_id)
    page.wait_for_selector(GREETING_ONLY)
    assert greeted_afresh(page) and not question.is_visible()
    assert page.evaluate("document.activeElement.id") == "kca-input"
    page.reload()
    page.wait_for_selector(GREETING_ONLY)
    assert greeted_afresh(page)
    send(page, "a new question")
    assert "Noted: a new question" in log_text(page)
    assert page.errors == []


def test_after_an_intake_was_submitted_a_reload_shows_nothing(stack, context):
    page = open_chat(context, stack.url("main"))
    send(page, "my name is Grace Hopper")
    conversation_id = page.evaluate(STORED_ID)
    stack.run_data(save_lead, conversation_id=conversation_id, fields=LeadFields(
        consent_at=utcnow(), privacy_notice_sha="0" * 64, full_name="Grace Hopper"))
    page.reload()
    page.wait_for_selector(GREETING_ONLY)
    assert greeted_afresh(page) and "Grace" not in log_text(page)
    assert page.evaluate(STORED_ID) != conversation_id


def test_after_a_quiet_spell_the_next_message_reconnects(stack, context):
    page = open_chat(context, stack.url("quiet"))
    send(page, "first question")
    status = page.locator("#kca-status")
    status.wait_for(state="visible", timeout=15_000)
    assert "paused" in status.inner_text()
    assert page.get_by_role("button", name="Send").is_enabled()
    page.fill("#kca-input", "second question")
    page.keyboard.press("Enter")
    page.get_by_text("Noted: second question").wait_for()
    said = log_text(page)
    assert "Noted: second question" in said and "first question" in said
    assert said.count("second question") == 2  # shown once, answered once
    assert not status.is_visible()
    assert page.errors == []


def test_end_chat_fits_a_phone_and_is_readable(stack, browser):
    context = browser.new_context(viewport={"width": 375, "height": 740})
    try:
        page = open_chat(context, stack.url("main"))
        page.get_by_role("button", name="End chat", exact=True).click()
        assert page.evaluate("document.scrollingElement.scrollWidth") <= 375
        assert_contrast(page, [".kca-end", ".kca-confirm-text", ".kca-confirm-yes",
                               ".kca-confirm-no"])
        page.screenshot(path=str(ARTIFACTS / "chat-end-375.png"), full_page=True)
    finally:
        context.close()
