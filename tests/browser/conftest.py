"""Fixtures of the browser tests: real services on loopback and Debian's chromium."""

from __future__ import annotations

import pytest

from tests.browser.support import ARTIFACTS, MODEL, Services, chromium_path


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
