"""The demo page and its chat widget in a real browser (Debian's chromium through
Playwright), against the real services started one by one on loopback, so that
Rasa can be stopped while the web app keeps serving.

Screenshots land in tests/artifacts/ (git-ignored).
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from bot.core.settings import PROJECT_DIR
from bot.language.detect import word_language
from tests.browser.support import ARTIFACTS, OVERDOSE, last_bot_text, log_text, open_page, send, wait_for_more

pytestmark = pytest.mark.integration


def test_desktop_greet_quick_reply_triage_overdose_and_reload(browser, services):
    page = open_page(browser, services, 1280)
    assert page.locator(".kca-emergency").is_visible()
    assert "911" in page.locator(".kca-emergency").inner_text()
    assert page.locator(".kca-privacy-link").get_attribute("href").endswith("/privacy")
    assert page.locator("#kca-log").get_attribute("aria-live") == "polite"
    assert "virtual assistant" in log_text(page)

    before = page.locator(".kca-msg--bot").count()
    page.get_by_role("button", name="Is ketamine right for me?").click()
    wait_for_more(page, ".kca-msg--bot", before)
    assert "What would you like help with?" in log_text(page)

    before = page.locator(".kca-msg--bot").count()
    page.get_by_role("button", name="PTSD").click()
    wait_for_more(page, ".kca-msg--bot", before)
    assert "How long" in last_bot_text(page)
    send(page, "about two years")
    assert "stellate ganglion block" in last_bot_text(page)

    send(page, OVERDOSE)
    said = log_text(page)
    assert "Call 911 now" in said and "naloxone (Narcan)" in said
    page.screenshot(path=str(ARTIFACTS / "chat-1280.png"), full_page=True)

    page.reload()
    page.wait_for_selector(".kca-msg--visitor")
    after_reload = log_text(page)
    assert "about two years" in after_reload and "naloxone (Narcan)" in after_reload
    assert page.errors == []


def test_phone_width_long_message_gets_a_note_and_the_chat_goes_on(browser, services):
    page = open_page(browser, services, 375, 740)
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 375
    send(page, "a" * 2000)
    note = page.locator(".kca-notice").last.inner_text()
    assert "1,000 characters" in note
    # Nothing is lost: the text stays in the box to be shortened.
    assert page.input_value("#kca-input") == "a" * 2000
    assert page.locator(".kca-msg--visitor").count() == 0
    send(page, "where are you located?")
    assert "1 Test Plaza" in last_bot_text(page)
    page.screenshot(path=str(ARTIFACTS / "chat-375.png"), full_page=True)
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 375
    assert page.errors == []


def test_the_chat_works_with_the_keyboard_alone(browser, services):
    page = open_page(browser, services, 1280)
    focused = []
    for _ in range(40):
        page.keyboard.press("Tab")
        focused.append(page.evaluate("document.activeElement.id || document.activeElement.className"))
        if focused[-1] == "kca-input":
            break
    assert focused[-1] == "kca-input", focused
    before = page.locator(".kca-msg--bot").count()
    page.keyboard.type("what is spravato")
    page.keyboard.press("Enter")
    wait_for_more(page, ".kca-msg--bot", before)
    assert "esketamine" in log_text(page).lower()
    # Shift+Tab back from the input reaches the quick replies of the latest turn,
    # if any, and the log; every control shows a visible focus outline.
    page.keyboard.press("Shift+Tab")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"


CONTRAST_JS = """
sel => {
  const el = document.querySelector(sel);
  const parse = c => c.match(/[0-9.]+/g).slice(0, 4).map(Number);
  let bg = null;
  for (let node = el; node; node = node.parentElement) {
    const c = parse(getComputedStyle(node).backgroundColor);
    if (c.length < 4 || c[3] > 0) { bg = c; break; }
  }
  return {fg: parse(getComputedStyle(el).color), bg: bg || [255, 255, 255]};
}
"""


def contrast(fg, bg) -> float:
    def luminance(rgb):
        channels = []
        for value in rgb[:3]:
            c = value / 255
            channels.append(c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4)
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    light, dark = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def assert_contrast(page, selectors):
    for selector in selectors:
        colours = page.evaluate(CONTRAST_JS, selector)
        ratio = contrast(colours["fg"], colours["bg"])
        assert ratio >= 4.5, f"{selector}: contrast {ratio:.2f}"


def test_text_meets_wcag_aa_contrast_and_controls_are_labelled(browser, services):
    page = open_page(browser, services, 1280)
    # The greeting offers quick replies; a visitor message follows.
    assert_contrast(page, [".kca-emergency", ".kca-title", ".kca-disclosure", ".kca-msg--bot",
                           ".kca-quick-btn", ".kca-send", ".kca-counter"])
    send(page, "hello")
    assert_contrast(page, [".kca-msg--visitor"])
    assert page.get_by_label("Type your message").is_visible()
    assert page.get_by_role("button", name="Send").is_visible()
    assert page.get_by_role("log").count() == 1


def open_spanish_page(browser, services):
    """The demo page in Spanish (<html lang="es">): the widget starts in Spanish."""
    context = browser.new_context(viewport={"width": 375, "height": 800})
    page = context.new_page()
    page.set_default_timeout(45_000)
    page.errors = []
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    page.goto(services.url + "?lang=es")
    page.wait_for_selector(".kca-msg--bot")
    return page


def bubble_languages(page, selector):
    return set(page.eval_on_selector_all(selector, "nodes => nodes.map(n => n.getAttribute('lang'))"))


def test_quick_exit_leaves_the_site_and_clears_the_chat_from_the_tab(browser, services):
    """Someone who may be watched at home: one press leaves for a neutral page that
    "Back" does not undo, and coming back to the site starts a new chat."""
    page = open_page(browser, services, 375, height=740)
    page.route("https://www.google.com/**", lambda route: route.fulfill(
        status=200, content_type="text/html", body="<html><body>search</body></html>"))
    send(page, "my boyfriend hits me and I am scared to go home")
    assert "scared to go home" in log_text(page)

    exit_button = page.get_by_role("button", name="Quick exit")
    assert exit_button.is_visible()
    assert exit_button.bounding_box()["y"] < 120  # at the top, reached without scrolling
    exit_button.click()
    page.wait_for_url("https://www.google.com/**")
    assert page.go_back() is None  # the chat page was replaced, not left in the history

    page.goto(services.url)
    page.wait_for_selector(".kca-msg--bot")
    assert "scared to go home" not in log_text(page)  # a new chat, not the old one resumed
    assert page.errors == []


def test_a_spanish_conversation_through_the_widget(browser, services):
    """Issue 15: greeting, a question and an emergency in Spanish, with `lang` on
    the widget and on every bubble and the screen-reader labels in Spanish."""
    page = open_spanish_page(browser, services)
    assert page.get_attribute("#kca-root", "lang") == "es"
    assert "Llame al 911" in page.locator(".kca-emergency").inner_text()
    assert page.locator(".kca-emergency").get_attribute("aria-label") == "Números de emergencia"
    assert page.get_by_role("button", name="Salida rápida").is_visible()
    assert "llame al 911" in log_text(page) and "marque 2" in log_text(page)
    assert page.locator(".kca-msg--bot .kca-sr-only").first.inner_text() == "El asistente dijo:"
    assert page.get_by_label("Escriba su mensaje").is_visible()
    assert page.get_by_role("log", name="Conversación").count() == 1

    before = page.locator(".kca-msg--bot").count()
    page.get_by_role("button", name="¿Qué es Spravato?").click()
    wait_for_more(page, ".kca-msg--bot", before)
    answer = last_bot_text(page)
    assert word_language(answer) == "es"  # the answer (its last bubble) in Spanish

    send(page, "hola")  # no language of its own: the conversation stays Spanish
    assert word_language(last_bot_text(page)) == "es"

    send(page, "mi hermano tomó muchas pastillas y no respira")
    said = log_text(page)
    assert "Llame al 911 ahora" in said and "naloxona (Narcan)" in said
    assert bubble_languages(page, ".kca-msg--bot") == {"es"}
    assert bubble_languages(page, ".kca-msg--visitor .kca-sr-only") == {"es"}
    page.screenshot(path=str(ARTIFACTS / "chat-es-375.png"), full_page=True)

    page.get_by_role("button", name="English").click()  # the switch tells the assistant
    page.wait_for_selector(".kca-msg--bot >> text=continue in English")
    assert page.get_attribute("#kca-root", "lang") == "en"
    assert page.get_by_label("Type your message").is_visible()
    assert page.errors == []


def test_with_rasa_stopped_an_overdose_still_gets_guidance_and_is_recorded(browser, services):
    services.stop("rasa")
    page = open_page(browser, services, 1280)
    send(page, OVERDOSE)
    said = log_text(page)
    assert "Call 911 now" in said and "naloxone (Narcan)" in said
    send(page, "what are your hours?")
    assert "having trouble" in page.locator(".kca-notice").last.inner_text()
    page.screenshot(path=str(ARTIFACTS / "chat-rasa-down-1280.png"), full_page=True)
    result = subprocess.run(
        [sys.executable, "-m", "bot", "escalations", "list", "--json"], cwd=PROJECT_DIR,
        env=services.env, capture_output=True, text=True, timeout=60, check=True)
    categories = [e["category"] for e in json.loads(result.stdout)]
    assert categories.count("overdose") >= 2  # one through Rasa, one by the fail-safe
    assert page.errors == []


def test_with_rasa_stopped_a_spanish_emergency_gets_spanish_guidance(browser, services):
    services.stop("rasa")  # stopped already by the test above when run in order
    page = open_spanish_page(browser, services)
    send(page, "mi hermano tomó muchas pastillas y no respira")
    said = log_text(page)
    assert "Llame al 911 ahora" in said and "naloxona (Narcan)" in said
    send(page, "¿cuál es su horario?")
    notice = page.locator(".kca-notice").last
    assert "El asistente tiene problemas" in notice.inner_text()
    assert notice.get_attribute("lang") == "es"
    assert page.errors == []
