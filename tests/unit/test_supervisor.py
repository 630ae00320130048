"""The process manager behind `make run`, exercised with small real processes."""

import asyncio
import io
import os
import signal
import sys

from bot.core.settings import Settings
from bot.runtime.supervisor import Service, Supervisor, child_environment, stack_services
from tests.conftest import free_port

HTTP_SERVER = [sys.executable, "-m", "http.server", "--bind", "127.0.0.1"]


def http_service(name: str) -> Service:
    port = free_port()
    return Service(name, [*HTTP_SERVER, str(port)], f"http://127.0.0.1:{port}/")


async def test_a_crashed_service_is_reported_and_the_others_stopped():
    healthy = http_service("web")
    crashing = Service(
        "rasa", [sys.executable, "-c", "import time; time.sleep(0.5); raise SystemExit(3)"],
        "http://127.0.0.1:1/",
    )
    out = io.StringIO()
    supervisor = Supervisor([healthy, crashing], dict(os.environ), out=out)
    code = await asyncio.wait_for(supervisor.run(), 30)
    assert code == 1
    assert "rasa exited unexpectedly with code 3" in out.getvalue()
    assert supervisor.procs["web"].returncode is not None


async def test_ready_message_once_all_answer_then_sigterm_stops_everything():
    services = [http_service("actions"), http_service("web")]
    out = io.StringIO()
    supervisor = Supervisor(services, dict(os.environ), out=out, ready_message="ALL READY")
    task = asyncio.create_task(supervisor.run())
    for _ in range(200):
        if "ALL READY" in out.getvalue():
            break
        await asyncio.sleep(0.05)
    assert "ALL READY" in out.getvalue()
    os.kill(os.getpid(), signal.SIGTERM)
    assert await asyncio.wait_for(task, 30) == 0
    assert all(p.returncode is not None for p in supervisor.procs.values())


async def test_a_service_that_never_answers_fails_startup():
    silent = Service("actions", [sys.executable, "-c", "import time; time.sleep(60)"],
                     f"http://127.0.0.1:{free_port()}/")
    out = io.StringIO()
    supervisor = Supervisor([silent], dict(os.environ), out=out, ready_timeout=1.5)
    assert await asyncio.wait_for(supervisor.run(), 30) == 1
    assert "not ready after" in out.getvalue() and "actions" in out.getvalue()


def test_output_lines_are_prefixed_with_the_service_name():
    out = io.StringIO()
    supervisor = Supervisor([Service("actions", [], "")], {}, out=out)
    supervisor.say("actions", "hello")
    assert out.getvalue() == "actions    | hello\n"


def test_every_service_binds_loopback_and_gets_the_callers_environment(tmp_path):
    settings = Settings(var_dir=tmp_path, rasa_port=6005)
    env = child_environment(settings, {"ONCALL_EMAIL": "x@example.org"})
    assert env["ONCALL_EMAIL"] == "x@example.org"
    assert env["SANIC_HOST"] == "127.0.0.1"
    rasa = {s.name: s for s in stack_services(settings)}["rasa"]
    argv = list(rasa.argv)
    assert argv[argv.index("--interface") + 1] == "127.0.0.1"
    assert argv[argv.index("--port") + 1] == "6005"
    assert (tmp_path / "run" / "endpoints.yml").exists()
    # Rasa's command line through our entry point (no JAX, validator built once)
    assert argv[1:4] == ["-m", "bot.rasa_ext.serve", "run"]


def test_the_web_app_runs_in_its_own_environment_and_rasa_in_the_pinned_one(tmp_path):
    from bot.runtime.supervisor import Pythons

    services = {s.name: s for s in stack_services(Settings(var_dir=tmp_path),
                                                  Pythons(rasa="/r/python", web="/w/python"))}
    assert services["web"].argv[0] == "/w/python"
    assert services["rasa"].argv[0] == services["actions"].argv[0] == "/r/python"
    project = Pythons.of_project()
    assert project.web.endswith(".venv-web/bin/python") and project.rasa.endswith(".venv/bin/python")


def test_the_action_server_starts_behind_the_secret_checking_launcher(tmp_path):
    settings = Settings(var_dir=tmp_path, actions_secret="shh")
    actions = {s.name: s for s in stack_services(settings)}["actions"]
    assert list(actions.argv[1:]) == ["-m", "bot.runtime.action_server"]
    assert child_environment(settings, {})["ACTIONS_SECRET"] == "shh"


def test_every_line_of_a_multi_line_message_is_prefixed():
    out = io.StringIO()
    Supervisor([], {}, out=out).say("supervisor", "one\ntwo")
    assert out.getvalue() == "supervisor | one\nsupervisor | two\n"


def test_no_secret_and_no_http_api_on_any_command_line(tmp_path):
    settings = Settings(var_dir=tmp_path, rasa_token="tok-123", actions_secret="shh-456",
                        secret_key="key-789")
    for service in stack_services(settings):
        argv = " ".join(service.argv)
        assert not any(secret in argv for secret in ("tok-123", "shh-456", "key-789")), argv
        assert "--enable-api" not in argv and "--auth-token" not in argv
        assert "token" not in service.health_url


def test_no_model_means_a_clear_message_instead_of_a_long_wait(tmp_path, capsys):
    from bot.runtime.supervisor import run_stack

    assert run_stack(Settings(var_dir=tmp_path / "var", model_dir=tmp_path / "models")) == 1
    assert "make train" in capsys.readouterr().err


def test_rasa_debug_logging_stays_off_because_it_echoes_visitors_messages(tmp_path):
    env = child_environment(Settings(var_dir=tmp_path), {"LOG_LEVEL": "DEBUG",
                                                          "LOG_LEVEL_LIBRARIES": "DEBUG"})
    assert env["LOG_LEVEL"] == "INFO" and env["LOG_LEVEL_LIBRARIES"] == "ERROR"


async def test_after_the_start_a_dead_service_is_restarted_and_the_others_keep_running():
    """kill -9 of one process (Rasa, the action server) must not take the web app,
    which holds the emergency fail-safe, down with it."""
    web, actions = http_service("web"), http_service("actions")
    out = io.StringIO()
    supervisor = Supervisor([web, actions], dict(os.environ), out=out, ready_message="READY")
    task = asyncio.create_task(supervisor.run())
    for _ in range(200):
        if "READY" in out.getvalue():
            break
        await asyncio.sleep(0.05)
    web_pid, actions_pid = supervisor.procs["web"].pid, supervisor.procs["actions"].pid
    os.kill(actions_pid, signal.SIGKILL)
    for _ in range(100):
        if supervisor.procs["actions"].pid != actions_pid:
            break
        await asyncio.sleep(0.05)
    assert supervisor.procs["actions"].pid != actions_pid
    assert supervisor.procs["web"].pid == web_pid and supervisor.procs["web"].returncode is None
    assert "actions exited unexpectedly with code -9; restarting it in 1 s" in out.getvalue()
    assert supervisor.restarts == {"actions": 1}
    assert not task.done()
    os.kill(os.getpid(), signal.SIGTERM)
    assert await asyncio.wait_for(task, 30) == 0
    assert all(p.returncode is not None for p in supervisor.procs.values())


def test_restart_backoff_doubles_to_a_ceiling_and_resets_after_a_good_run():
    from bot.runtime.supervisor import restart_delay

    delays, delay = [], 0.0
    for _ in range(7):
        delay = restart_delay(delay, ran_for=2)
        delays.append(delay)
    assert delays == [1, 2, 4, 8, 16, 30, 30]
    assert restart_delay(30, ran_for=120) == 1
