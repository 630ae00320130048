"""The widget in English and Spanish in a real browser (Debian's chromium through
Playwright): the "English / Español" switch rewords the widget's own text, tells
the assistant, and sets `lang` so a screen reader speaks each part in its own
language. The web app is real; Rasa is a stand-in (tests/browser/fake_stack.py).
"""

from __future__ import annotations

import pytest

from tests.browser.fake_stack import FakeStack

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    stack = FakeStack(tmp_path_factory.mktemp("language"), {"main": {}})
    stack.start()
    yield stack
    stack.stop()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 375, "height": 800})
    page = context.new_page()
    page.set_default_timeout(30_000)
    page.errors = []
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    yield page
    context.close()


def widget_words(page) -> dict:
    return page.evaluate("""() => ({
        lang: document.getElementById('kca-root').getAttribute('lang'),
        emergency: document.querySelector('.kca-emergency').textContent,
        emergencyLabel: document.querySelector('.kca-emergency').getAttribute('aria-label'),
        placeholder: document.getElementById('kca-input').getAttribute('placeholder'),
        label: document.querySelector('label[for=kca-input]').textContent,
        send: document.querySelector('.kca-send').textContent,
        end: document.querySelector('.kca-end').textContent,
        disclosure: document.querySelector('.kca-disclosure').textContent,
        privacy: document.querySelector('.kca-privacy-link').getAttribute('href'),
        log: document.getElementById('kca-log').getAttribute('aria-label'),
        pressed: document.querySelector('.kca-lang-btn[aria-pressed=true]').textContent,
    })""")


def test_the_switch_rewords_the_widget_and_tells_the_assistant(stack, page):
    page.goto(stack.url("main"))
    page.wait_for_selector(".kca-msg--bot")
    english = widget_words(page)
    assert english["lang"] == "en" and english["pressed"] == "English"
    assert "Call 911" in english["emergency"] and english["placeholder"] == "Type your message"
    spanish_button = page.get_by_role("button", name="Español")
    assert spanish_button.get_attribute("lang") == "es"  # read the Spanish way on an English page

    spanish_button.click()
    page.wait_for_selector(".kca-msg--bot >> text=Noted: Español")
    words = widget_words(page)
    assert words["lang"] == "es" and words["pressed"] == "Español"
    assert "Llame al 911" in words["emergency"] and "marque 2" in words["emergency"]
    assert "AYUDA" in words["emergency"] and words["emergencyLabel"] == "Números de emergencia"
    assert words["placeholder"] == words["label"] == "Escriba su mensaje"
    assert (words["send"], words["end"], words["log"]) == ("Enviar", "Terminar chat", "Conversación")
    assert "programa de computadora" in words["disclosure"]
    assert words["privacy"].endswith("/privacy?lang=es")
    assert page.get_attribute(".kca-emergency a[href^='sms:988']", "href") == "sms:988?body=AYUDA"
    # The visitor's choice is in the conversation, in Spanish, with a Spanish label.
    choice = page.locator(".kca-msg--visitor").last
    assert choice.get_attribute("lang") == "es"
    assert choice.locator(".kca-sr-only").inner_text() == "Usted dijo:"
    sent = [e["text"] for events in stack.rasa.events.values() for e in events if e["event"] == "user"]
    assert sent[-1] == "Español"

    page.reload()  # the tab keeps the chosen language
    page.wait_for_selector(".kca-msg--visitor")
    assert widget_words(page)["lang"] == "es"
    page.get_by_role("button", name="English").click()
    page.wait_for_selector(".kca-msg--bot >> text=Noted: English")
    assert widget_words(page)["placeholder"] == "Type your message"
    assert page.errors == []
