"""Shared pieces of the browser tests: the services on loopback and page helpers."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Optional

import requests

from bot.core.settings import PROJECT_DIR, Settings
from bot.runtime.supervisor import child_environment, stack_services
from tests.conftest import TEST_CLINIC, free_port
from tests.pattern_cache import seed_pattern_cache

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

    def __init__(self, tmp: Path, settings: Optional[dict] = None,
                 env: Optional[dict] = None) -> None:
        """`settings`: Settings fields to change; `env`: the same for the processes."""
        clinic = tmp / "clinic.yml"
        clinic.write_text(TEST_CLINIC, encoding="utf-8")
        self.settings = Settings(**{
            "var_dir": tmp / "var", "web_port": free_port(), "rasa_port": free_port(),
            "actions_port": free_port(), "rasa_token": "browser-token", "clinic_file": clinic,
            "secret_key": "browser-secret", "database_url": f"sqlite:///{tmp / 'var' / 'bot.db'}",
            **(settings or {}),
        })
        self.env = child_environment(self.settings, dict(os.environ))
        self.env.update(env or {})
        self.env.update(CLINIC_FILE=str(clinic), BOT_SECRET_KEY="browser-secret",
                        RASA_REPLY_TIMEOUT="8")
        self.logs = tmp
        self.procs = {}

    def start(self) -> None:
        seed_pattern_cache(self.settings.var_dir)
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


def open_page(browser, services, width, height=900, query=""):
    """The demo page (`query`: "?lang=es" for the Spanish one), once the chat is connected."""
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    page.set_default_timeout(45_000)
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(services.url + query)
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
