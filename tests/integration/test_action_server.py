"""The action server as `make run` starts it (bot.runtime.action_server), on loopback:
only calls carrying the shared secret reach the actions."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
import requests

from bot.core.settings import PROJECT_DIR
from bot.runtime.action_server import SECRET_HEADER, secret_matches
from tests.conftest import TEST_CLINIC, free_port

pytestmark = pytest.mark.integration
SECRET = "s3cret-for-this-test-only"


def hours_call() -> dict:
    """What Rasa sends for "what are your hours" (a real action, a minimal tracker)."""
    return {
        "next_action": "action_clinic_info",
        "sender_id": "visitor-1",
        "version": "3.6.21",
        "domain": {},
        "tracker": {
            "sender_id": "visitor-1", "slots": {}, "events": [], "paused": False,
            "followup_action": None, "active_loop": {}, "latest_action_name": "action_listen",
            "latest_message": {"text": "what are your hours", "intent": {"name": "ask_hours"},
                               "entities": []},
        },
    }


@pytest.fixture(scope="module")
def action_server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("actions")
    clinic = tmp / "clinic.yml"
    clinic.write_text(TEST_CLINIC, encoding="utf-8")
    port = free_port()
    env = {**os.environ, "ACTIONS_PORT": str(port), "ACTIONS_SECRET": SECRET,
           "BOT_VAR_DIR": str(tmp / "var"), "CLINIC_FILE": str(clinic),
           "SANIC_HOST": "0.0.0.0"}  # the launcher binds loopback whatever this says
    log = tmp / "actions.log"
    proc = subprocess.Popen([sys.executable, "-m", "bot.runtime.action_server"],
                            cwd=PROJECT_DIR, env=env, stdout=log.open("w"),
                            stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                requests.get(f"{base}/health", timeout=2)
                break
            except requests.ConnectionError:
                assert proc.poll() is None, log.read_text()[-3000:]
                assert time.monotonic() < deadline, "action server did not start"
                time.sleep(0.3)
        yield base, port
    finally:
        proc.terminate()
        proc.wait(timeout=30)


@pytest.mark.parametrize("headers", [
    {}, {SECRET_HEADER: ""}, {SECRET_HEADER: "wrong"}, {SECRET_HEADER: SECRET + "x"},
    {SECRET_HEADER: SECRET[:-1]}, {"Authorization": f"Bearer {SECRET}"},
    {SECRET_HEADER: "s3cret-\u00e9"},
])
def test_a_call_without_the_secret_is_refused_before_any_action_runs(action_server, headers):
    base, _ = action_server
    refused = requests.post(f"{base}/webhook", json=hours_call(), headers=headers, timeout=10)
    assert refused.status_code == 403
    assert "Sat 10am-2pm" not in refused.text
    assert requests.get(f"{base}/actions", headers=headers, timeout=10).status_code == 403


def test_a_call_with_the_secret_runs_the_action(action_server):
    base, _ = action_server
    answer = requests.post(f"{base}/webhook", json=hours_call(),
                           headers={SECRET_HEADER: SECRET}, timeout=10)
    assert answer.status_code == 200
    assert any("Sat 10am-2pm" in r.get("text", "") for r in answer.json()["responses"])


def test_health_stays_open_for_the_supervisor(action_server):
    base, _ = action_server
    assert requests.get(f"{base}/health", timeout=10).json() == {"status": "ok"}


def test_it_listens_on_loopback_only(action_server):
    _, port = action_server
    out = subprocess.run(["ss", "-ltnH", f"sport = :{port}"], capture_output=True,
                         text=True).stdout
    assert out.strip() and all(line.split()[3].startswith("127.0.0.1:")
                               for line in out.splitlines())


def test_secret_comparison():
    assert secret_matches("abc", "abc")
    assert not secret_matches("abc", None) and not secret_matches("abc", "abd")
    assert not secret_matches("", "")  # no secret configured: nothing gets in
    assert not secret_matches("abc", "\u00e9\u00e9\u00e9")
