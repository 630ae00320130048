"""The supervisor's liveness check: a process that hangs (alive, no longer
answering) is killed with SIGKILL and restarted, as one that dies is."""

import asyncio
import io
import os
import signal
import sys
import time

import aiohttp

from bot.core.settings import Settings
from bot.runtime.supervisor import Answers, Liveness, Service, Supervisor, stack_services
from tests.conftest import free_port

HTTP_SERVER = [sys.executable, "-m", "http.server", "--bind", "127.0.0.1"]


def http_service(name: str) -> Service:
    port = free_port()
    return Service(name, [*HTTP_SERVER, str(port)], f"http://127.0.0.1:{port}/")


async def until(condition, seconds: float) -> bool:
    """Poll `condition` (returning a bool, or a coroutine of one) until it holds or
    `seconds` have passed."""
    deadline = time.monotonic() + seconds
    while True:
        held = condition()
        if asyncio.iscoroutine(held):
            held = await held
        if held or time.monotonic() > deadline:
            return bool(held)
        await asyncio.sleep(0.05)


async def answers(url: str) -> bool:
    try:
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=0.5)) as http:
            async with http.get(url) as response:
                return response.status == 200
    except (aiohttp.ClientError, asyncio.TimeoutError):
        return False


# --- the decision, without processes ---------------------------------------------


def test_consecutive_unanswered_checks_mean_hung_and_one_answer_starts_over():
    seen = Answers(since=0, answered_at=0)
    seen = seen.after(False, 10).after(False, 20)
    assert not seen.hung(20, failures=3, start_timeout=300)
    assert not seen.after(True, 30).after(False, 40).after(False, 50).hung(
        50, failures=3, start_timeout=300)
    seen = seen.after(False, 30)
    assert seen.hung(30, failures=3, start_timeout=300)
    assert seen.describe(35) == "has not answered its health check for 35 s (3 checks in a row)"


def test_a_restarted_process_may_take_the_start_timeout_to_answer_first():
    """Rasa loads its model before it answers: unanswered checks while it starts do
    not count, but one that never answers is as hung as one that stopped."""
    starting = Answers(since=100)
    for now in range(110, 400, 10):
        starting = starting.after(False, now)
    assert starting.missed == 0
    assert not starting.hung(400, failures=3, start_timeout=300)
    assert starting.hung(401, failures=3, start_timeout=300)
    assert "in the 301 s since it started" in starting.describe(401)
    assert not starting.after(True, 120).hung(401, failures=3, start_timeout=300)


def test_settings_reach_the_check_and_the_web_app_is_asked_a_dependency_free_url(tmp_path):
    settings = Settings.from_env({"BOT_VAR_DIR": str(tmp_path), "SUPERVISOR_LIVENESS_SECONDS": "4",
                                  "SUPERVISOR_LIVENESS_TIMEOUT": "2",
                                  "SUPERVISOR_LIVENESS_FAILURES": "5"})
    assert Liveness.of(settings) == Liveness(interval=4, timeout=2, failures=5)
    assert Liveness.of(Settings.from_env({})) == Liveness(interval=10, timeout=5, failures=3)
    services = {s.name: s for s in stack_services(settings)}
    # /health waits for the database and Rasa: a slow one must not restart the web app.
    assert services["web"].liveness_url == f"{settings.web_url}/health/live"
    assert services["rasa"].liveness_url == ""  # its health URL answers from Rasa alone


async def test_an_interval_of_zero_turns_the_check_off():
    assert Settings.from_env({"SUPERVISOR_LIVENESS_SECONDS": "0"}).liveness_seconds == 0
    supervisor = Supervisor([], {}, liveness=Liveness(interval=0))
    await asyncio.wait_for(supervisor._watch(http_service("rasa"), proc=None, restarted=False), 1)


# --- real processes --------------------------------------------------------------


async def test_a_hung_service_is_killed_and_restarted_while_the_other_keeps_running():
    """SIGSTOP one stand-in (alive, answering nothing, as a deadlocked Rasa would be):
    within failures x interval + timeout it is SIGKILLed, and after the restart delay
    a new process answers its health URL; the other keeps its pid throughout."""
    rasa, web = http_service("rasa"), http_service("web")
    out = io.StringIO()
    live = Liveness(interval=0.5, timeout=0.5, failures=2)
    supervisor = Supervisor([rasa, web], dict(os.environ), out=out, ready_message="READY",
                            liveness=live)
    task = asyncio.create_task(supervisor.run())
    stopped_pid = None
    try:
        assert await until(lambda: "READY" in out.getvalue(), 30), out.getvalue()
        hung, web_pid = supervisor.procs["rasa"], supervisor.procs["web"].pid
        stopped_pid = hung.pid
        os.kill(stopped_pid, signal.SIGSTOP)
        began = time.monotonic()

        async def replaced_and_answering() -> bool:
            proc = supervisor.procs["rasa"]
            return proc is not hung and proc.returncode is None and await answers(rasa.health_url)

        # Detection (2 x 0.5 + 0.5 s), the first restart delay (1 s), the server's start.
        bound = live.failures * live.interval + live.timeout + 1 + 5
        assert await until(replaced_and_answering, bound), out.getvalue()
        took = time.monotonic() - began
        assert hung.returncode == -signal.SIGKILL
        assert supervisor.procs["web"].pid == web_pid
        assert supervisor.procs["web"].returncode is None
        assert supervisor.restarts == {"rasa": 1}
        lines = [line for line in out.getvalue().splitlines() if "SIGKILL" in line]
        assert len(lines) == 1, out.getvalue()
        assert lines[0].startswith("supervisor | rasa has not answered its health check for ")
        assert "(2 checks in a row): killed it (SIGKILL); restarting it in 1 s" in lines[0]
        assert "exited unexpectedly" not in out.getvalue()
        print(f"hung service replaced and answering after {took:.1f} s")
    finally:
        if stopped_pid is not None:
            try:
                os.kill(stopped_pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        if not task.done():
            os.kill(os.getpid(), signal.SIGTERM)
    assert await asyncio.wait_for(task, 30) == 0
    assert all(p.returncode is not None for p in supervisor.procs.values())
