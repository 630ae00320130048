"""The demo page and its chat widget in a real browser (Debian's chromium through
Playwright), against the real services started one by one on loopback, so that
Rasa can be stopped while the web app keeps serving.

Screenshots land in tests/artifacts/ (git-ignored).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from bot.settings import PROJECT_DIR, Settings
from bot.supervisor import child_environment, stack_services
from tests.conftest import TEST_CLINIC, free_port

pytestmark = pytest.mark.integration
MODEL = PROJECT_DIR / "models" / "clinic.tar.gz"
ARTIFACTS = PROJECT_DIR / "tests" / "artifacts"
READY_TIMEOUT = 240
OVERDOSE = "my brother took a bunch of fentanyl and he is not breathing"


def chromium_path() -> str:
    path = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
    assert Path(path).exists(), (
        "Debian's chromium is needed for the browser tests: `make test` installs it "
        "(apt-get install chromium)")
    return path


class Services:
    """Action server, Rasa and the web app as separate processes."""

    def __init__(self, tmp: Path) -> None:
        clinic = tmp / "clinic.yml"
        clinic.write_text(TEST_CLINIC, encoding="utf-8")
        self.settings = Settings(
            var_dir=tmp / "var", web_port=free_port(), rasa_port=free_port(),
            actions_port=free_port(), rasa_token="browser-token", clinic_file=clinic,
            secret_key="browser-secret", database_url=f"sqlite:///{tmp / 'var' / 'bot.db'}",
        )
        self.env = child_environment(self.settings, dict(os.environ))
        self.env.update(CLINIC_FILE=str(clinic), BOT_SECRET_KEY="browser-secret",
                        RASA_REPLY_TIMEOUT="8")
        self.logs = tmp
        self.procs = {}

    def start(self) -> None:
        subprocess.run([sys.executable, "-m", "bot", "db", "upgrade"], cwd=PROJECT_DIR,
                       env=self.env, check=True, capture_output=True)
        for service in stack_services(self.settings):
            log = (self.logs / f"{service.name}.log").open("w")
            self.procs[service.name] = (service, subprocess.Popen(
                service.argv, cwd=PROJECT_DIR, env=self.env, stdout=log,
                stderr=subprocess.STDOUT))
        for name, (service, proc) in self.procs.items():
            self._wait(name, service.health_url, proc)

    def _wait(self, name, url, proc) -> None:
        deadline = time.monotonic() + READY_TIMEOUT
        while time.monotonic() < deadline:
            assert proc.poll() is None, f"{name} exited:\n{self.log(name)[-3000:]}"
            try:
                if requests.get(url, timeout=2).status_code == 200:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.5)
        raise AssertionError(f"{name} not ready:\n{self.log(name)[-3000:]}")

    def log(self, name: str) -> str:
        return (self.logs / f"{name}.log").read_text(encoding="utf-8", errors="replace")

    def stop(self, name: str) -> None:
        proc = self.procs[name][1]
        if proc.poll() is None:
            proc.terminate()
            proc.wait(timeout=60)

    def stop_all(self) -> None:
        for name in reversed(list(self.procs)):
            self.stop(name)

    @property
    def url(self) -> str:
        return self.settings.web_url + "/"


@pytest.fixture(scope="module")
def services(tmp_path_factory):
    assert MODEL.exists(), "no trained model: run `make train` (make test does)"
    services = Services(tmp_path_factory.mktemp("browser"))
    try:
        services.start()
        yield services
    finally:
        services.stop_all()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path())
        yield browser
        browser.close()


def open_page(browser, services, width, height=900):
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    page.set_default_timeout(45_000)
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(services.url)
    page.wait_for_selector(".kca-msg--bot")  # the greeting: the chat is connected
    page.errors = errors
    return page


def send(page, text):
    bots_before = page.locator(".kca-msg--bot, .kca-notice").count()
    page.fill("#kca-input", text)
    page.keyboard.press("Enter")
    wait_for_more(page, ".kca-msg--bot, .kca-notice", bots_before)


def wait_for_more(page, selector, count):
    page.wait_for_function(
        "([sel, n]) => document.querySelectorAll(sel).length > n", arg=[selector, count])
    page.wait_for_selector("#kca-typing:not(.kca-typing--on)", state="attached")


def last_bot_text(page) -> str:
    return page.locator(".kca-msg--bot").last.inner_text()


def log_text(page) -> str:
    return page.locator("#kca-log").inner_text()


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
