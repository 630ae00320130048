"""Run the whole stack as one command: action server, Rasa (RASA_REPLICAS
processes on consecutive ports) and the web app.

A small asyncio process manager (what `make run` calls through ``python -m bot
run``). It starts each service bound to 127.0.0.1 on its configured port, prefixes
their output with the service name, prints the URLs once every service answers its
health check and stops everything on Ctrl-C or SIGTERM. A service that dies before
the stack is ready fails the start (exit 1: a configuration or model problem); one
that dies afterwards is restarted with backoff (1 s, doubling to 30 s, back to 1 s
once it has run a minute) while the others keep running, so the web app, which
holds the emergency fail-safe, never goes down because Rasa or the action server did.
A process that hangs (alive but no longer answering: deadlocked, in a tight loop,
stopped) is found by a liveness check, as Kubernetes' liveness probes do: after the
start each service is asked its health URL every few seconds, and after a few
unanswered checks in a row it is killed with SIGKILL (it cannot be trusted to stop)
and restarted the same way.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Dict, List, Optional, Sequence, TextIO

import aiohttp

from bot.runtime.rasa_endpoints import write_endpoints
from bot.core.settings import PROJECT_DIR, Settings, resolve_actions_secret

STOP_GRACE_SECONDS = 10.0
RESTART_FIRST_DELAY = 1.0
RESTART_MAX_DELAY = 30.0
RESTART_RESET_AFTER = 60.0  # seconds of running that count as recovered
RASA_VENV = PROJECT_DIR / ".venv"
WEB_VENV = PROJECT_DIR / ".venv-web"


@dataclass(frozen=True)
class Service:
    name: str
    argv: Sequence[str]
    health_url: str
    env: Dict[str, str] = field(default_factory=dict)
    # What the liveness check asks, when not health_url: the web app's /health waits
    # for the database and asks every Rasa replica, so a slow database or a hung
    # replica would look like a hung web app and take the fail-safe down with it.
    liveness_url: str = ""


@dataclass(frozen=True)
class Liveness:
    """The liveness check: every `interval` s after the stack is ready, each service
    is given `timeout` s to answer; `failures` unanswered in a row mean it hangs.
    An interval of 0 turns the check off."""

    interval: float = 10.0
    timeout: float = 5.0
    failures: int = 3

    @classmethod
    def of(cls, settings: Settings) -> "Liveness":
        return cls(settings.liveness_seconds, settings.liveness_timeout,
                   settings.liveness_failures)


@dataclass(frozen=True)
class Answers:
    """What the liveness check has seen of one process (pure: no clock, no I/O).

    Until its first answer a process is starting (Rasa loads its model for tens of
    seconds): unanswered checks do not count, but it hangs after `start_timeout` s.
    Any HTTP answer, whatever its status, shows the process is alive."""

    since: float  # when watching began
    answered_at: Optional[float] = None  # its latest answer; None while starting
    missed: int = 0  # checks unanswered in a row since then

    def after(self, answered: bool, now: float) -> "Answers":
        if answered:
            return replace(self, answered_at=now, missed=0)
        if self.answered_at is None:
            return self
        return replace(self, missed=self.missed + 1)

    def hung(self, now: float, failures: int, start_timeout: float) -> bool:
        if self.answered_at is None:
            return now - self.since > start_timeout
        return self.missed >= failures

    def describe(self, now: float) -> str:
        """Why it is being killed, for the operator's log line."""
        if self.answered_at is None:
            return (f"has not answered its health check in the {now - self.since:.0f} s "
                    "since it started")
        return (f"has not answered its health check for {now - self.answered_at:.0f} s "
                f"({self.missed} checks in a row)")


def child_environment(settings: Settings, base: Dict[str, str]) -> Dict[str, str]:
    """Everything given to `make run` reaches every process, plus what they need."""
    env = dict(base)
    env.update(
        # The action server reads its secret from here (never the command line).
        ACTIONS_SECRET=settings.actions_secret,
        WEB_PORT=str(settings.web_port),
        RASA_PORT=str(settings.rasa_port),
        RASA_REPLICAS=str(settings.rasa_replicas),
        # Rasa's SQL tracker store reads these two itself (its defaults, 50 and 100
        # per process, would exceed PostgreSQL's limit with two replicas).
        SQL_POOL_SIZE=str(settings.sql_pool_size),
        SQL_MAX_OVERFLOW=str(settings.sql_max_overflow),
        ACTIONS_PORT=str(settings.actions_port),
        BOT_VAR_DIR=str(settings.var_dir),
        BOT_DATABASE_URL=settings.database_url,
        # rasa-sdk binds to SANIC_HOST; the default would be every interface.
        SANIC_HOST="127.0.0.1",
        RASA_TELEMETRY_ENABLED="false",
        SQLALCHEMY_SILENCE_UBER_WARNING="1",
        TF_CPP_MIN_LOG_LEVEL="2",
        PYTHONUNBUFFERED="1",
        # Rasa's and rasa-sdk's debug output echoes what visitors type and the
        # slots they fill; it is never switched on, whatever the environment
        # says (BOT_LOG_LEVEL raises only our own code's verbosity).
        LOG_LEVEL="INFO",
        LOG_LEVEL_LIBRARIES="ERROR",
    )
    return env


@dataclass(frozen=True)
class Pythons:
    """Two environments: Rasa's pinned stack (.venv) runs Rasa and the action server;
    the public web app runs in its own (.venv-web) on a current, patched aiohttp,
    without Rasa or TensorFlow (requirements-web.lock)."""

    rasa: str
    web: str

    @classmethod
    def of_project(cls) -> "Pythons":
        return cls(rasa=venv_python(RASA_VENV), web=venv_python(WEB_VENV))


def venv_python(venv: Path) -> str:
    """The environment's interpreter; this one when it has not been built (`make
    setup` builds both; a test checks the running web app's aiohttp)."""
    python = venv / "bin" / "python"
    return str(python) if python.exists() else sys.executable


def stack_services(settings: Settings, pythons: Optional[Pythons] = None) -> List[Service]:
    pythons = pythons or Pythons.of_project()
    # The action server resolves the same secret (ACTIONS_SECRET, else var/actions_secret).
    endpoints = write_endpoints(resolve_actions_secret(settings))
    return [
        Service(
            "actions",
            # rasa-sdk behind our launcher: calls without the shared secret get 403.
            [pythons.rasa, "-m", "bot.runtime.action_server"],
            f"{settings.actions_url}/health",
        ),
        *(
            Service(
                rasa_service_name(index),
                # No --enable-api: the REST channel is all anyone needs (the web app
                # reads transcripts from the tracker store), so there is no token to
                # leak and no PUT /model or event injection to guard.
                # Rasa's own command line through bot.rasa_ext.serve: without
                # JAX, and with action replies checked by a validator built once.
                [pythons.rasa, "-m", "bot.rasa_ext.serve", "run",
                 "--interface", "127.0.0.1", "--port", str(port),
                 "--credentials", str(PROJECT_DIR / "credentials.yml"),
                 "--endpoints", str(endpoints),
                 "--model", str(settings.model_dir)],
                # Rasa loads the model before it accepts connections, so an answer
                # here means it is ready.
                f"http://127.0.0.1:{port}/webhooks/rest/",
            )
            for index, port in enumerate(settings.rasa_ports)
        ),
        Service(
            "web",
            [pythons.web, "-m", "bot", "web"],
            f"{settings.web_url}/health",
            liveness_url=f"{settings.web_url}/health/live",
        ),
    ]


def rasa_service_name(index: int) -> str:
    """"rasa" for the first replica, then "rasa-2", "rasa-3", ..."""
    return "rasa" if index == 0 else f"rasa-{index + 1}"


def restart_delay(previous: float, ran_for: float) -> float:
    """Backoff before restarting a service that died after running `ran_for` s."""
    if ran_for >= RESTART_RESET_AFTER or previous <= 0:
        return RESTART_FIRST_DELAY
    return min(previous * 2, RESTART_MAX_DELAY)


class Supervisor:
    """Owns the child processes of one run."""

    def __init__(
        self,
        services: Sequence[Service],
        env: Dict[str, str],
        *,
        ready_timeout: float = 300.0,
        out: TextIO = sys.stdout,
        ready_message: str = "",
        liveness: Liveness = Liveness(),
    ) -> None:
        self.services = list(services)
        self.env = env
        self.ready_timeout = ready_timeout
        self.out = out
        self.ready_message = ready_message
        self.liveness = liveness
        self.procs: Dict[str, asyncio.subprocess.Process] = {}
        self.restarts: Dict[str, int] = {}
        self._stopping = False
        self._ready = asyncio.Event()
        self._hung: Dict[str, str] = {}  # service killed as hung -> why

    def say(self, name: str, line: str) -> None:
        width = max(len(s.name) for s in self.services + [Service("supervisor", [], "")])
        for part in line.splitlines() or [""]:
            self.out.write(f"{name:<{width}} | {part}\n")
        self.out.flush()

    async def _pump(self, name: str, stream: asyncio.StreamReader) -> None:
        async for raw in stream:
            self.say(name, raw.decode("utf-8", "replace").rstrip())

    async def _start(self, service: Service) -> asyncio.Task:
        proc = await asyncio.create_subprocess_exec(
            *service.argv,
            cwd=str(PROJECT_DIR),
            env={**self.env, **service.env},
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
            # Own process group: Ctrl-C reaches the supervisor, which then stops
            # the children in order instead of all of them dying at once.
            start_new_session=True,
        )
        self.procs[service.name] = proc
        assert proc.stdout is not None
        return asyncio.create_task(self._pump(service.name, proc.stdout))

    async def _healthy(self, http: aiohttp.ClientSession, service: Service) -> bool:
        try:
            async with http.get(service.health_url) as response:
                return response.status == 200
        except (aiohttp.ClientError, asyncio.TimeoutError):
            return False

    async def _wait_ready(self) -> None:
        deadline = time.monotonic() + self.ready_timeout
        pending = list(self.services)
        timeout = aiohttp.ClientTimeout(total=2)
        async with aiohttp.ClientSession(timeout=timeout) as http:
            while pending:
                pending = [s for s in pending if not await self._healthy(http, s)]
                if pending and time.monotonic() > deadline:
                    names = ", ".join(s.name for s in pending)
                    raise TimeoutError(f"not ready after {self.ready_timeout:.0f} s: {names}")
                if pending:
                    await asyncio.sleep(0.5)

    async def _answers(self, http: aiohttp.ClientSession, url: str) -> bool:
        try:
            async with http.get(url):
                return True
        except (aiohttp.ClientError, asyncio.TimeoutError):
            return False

    async def _watch(self, service: Service, proc: asyncio.subprocess.Process, *,
                     restarted: bool) -> None:
        """Kill `proc` once it stops answering (its restart is _keep's)."""
        live = self.liveness
        if live.interval <= 0:
            return
        await self._ready.wait()
        now = time.monotonic()
        # The stack-ready check has just had an answer from the first processes.
        answers = Answers(since=now, answered_at=None if restarted else now)
        url = service.liveness_url or service.health_url
        # A new connection per check, as a kubelet makes: a kept-alive one the
        # server has since closed would count as a missed check.
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=live.timeout),
                                         connector=aiohttp.TCPConnector(force_close=True)) as http:
            next_check = now + live.interval
            while not answers.hung(time.monotonic(), live.failures, self.ready_timeout):
                await asyncio.sleep(max(0.0, next_check - time.monotonic()))
                next_check = max(next_check + live.interval, time.monotonic())
                answers = answers.after(await self._answers(http, url), time.monotonic())
        if self._stopping or proc.returncode is not None:
            return
        self._hung[service.name] = answers.describe(time.monotonic())
        try:
            # SIGKILL works on a stopped or deadlocked process; the whole group, as
            # stop() does, so that nothing it started outlives it.
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            self._hung.pop(service.name, None)

    def _restart_line(self, name: str, code: Optional[int], delay: float) -> str:
        hung = self._hung.pop(name, None)
        cause = (f"{hung}: killed it (SIGKILL)" if hung
                 else f"exited unexpectedly with code {code}")
        return f"{name} {cause}; restarting it in {delay:.0f} s (the other services keep running)"

    async def _keep(self, service: Service, died_early: asyncio.Future) -> None:
        """Run one service for the whole run: before the stack is ready its death
        fails the start (died_early); afterwards it is restarted with backoff."""
        delay = 0.0
        while True:
            pump = await self._start(service)
            proc = self.procs[service.name]
            watch = asyncio.create_task(
                self._watch(service, proc, restarted=self._ready.is_set()))
            started = time.monotonic()
            try:
                code = await proc.wait()
            finally:
                watch.cancel()
                await asyncio.gather(watch, return_exceptions=True)
            await asyncio.gather(pump, return_exceptions=True)
            if self._stopping:
                return
            if not self._ready.is_set():
                if not died_early.done():
                    died_early.set_result((service.name, code))
                return
            delay = restart_delay(delay, time.monotonic() - started)
            self.restarts[service.name] = self.restarts.get(service.name, 0) + 1
            self.say("supervisor", self._restart_line(service.name, code, delay))
            await asyncio.sleep(delay)
            if self._stopping:
                return

    async def stop(self) -> None:
        self._stopping = True
        running = [p for p in self.procs.values() if p.returncode is None]
        for proc in running:
            try:
                os.killpg(proc.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        try:
            await asyncio.wait_for(
                asyncio.gather(*(p.wait() for p in running)), STOP_GRACE_SECONDS
            )
        except asyncio.TimeoutError:
            for proc in running:
                if proc.returncode is None:
                    try:
                        os.killpg(proc.pid, signal.SIGKILL)
                    except ProcessLookupError:
                        pass
            await asyncio.gather(*(p.wait() for p in running))

    async def run(self) -> int:
        """Run until a signal (exit 0) or a service dies or never gets ready during
        the start (exit 1). After the start, dead services are restarted."""
        loop = asyncio.get_running_loop()
        stop_requested = asyncio.Event()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop_requested.set)
        died_early: asyncio.Future = loop.create_future()
        keepers = [asyncio.create_task(self._keep(s, died_early)) for s in self.services]
        ready = asyncio.create_task(self._wait_ready())
        stop_wait = asyncio.create_task(stop_requested.wait())
        code = 0
        try:
            while True:
                done, _ = await asyncio.wait(
                    [died_early, ready, stop_wait], return_when=asyncio.FIRST_COMPLETED
                )
                if stop_wait in done:
                    self.say("supervisor", "stopping (signal received)")
                    break
                if died_early in done:
                    name, rc = died_early.result()
                    self.say("supervisor", f"{name} exited unexpectedly with code {rc} "
                             "while starting; stopping the other services")
                    code = 1
                    break
                if ready in done:
                    if ready.exception() is not None:
                        self.say("supervisor", f"startup failed: {ready.exception()}")
                        code = 1
                        break
                    self._ready.set()
                    if self.ready_message:
                        self.say("supervisor", self.ready_message)
                    ready = asyncio.create_task(asyncio.Event().wait())  # never again
        finally:
            for task in (ready, stop_wait):
                task.cancel()
            if not died_early.done():
                died_early.cancel()
            await self.stop()
            for task in keepers:
                task.cancel()
            await asyncio.gather(*keepers, return_exceptions=True)
            for sig in (signal.SIGINT, signal.SIGTERM):
                loop.remove_signal_handler(sig)
        return code


def ready_banner(settings: Settings) -> str:
    return (
        "all services answer:\n"
        f"  chat page        {settings.web_url}/\n"
        f"  staff dashboard  {settings.web_url}/staff/\n"
        f"  web health       {settings.web_url}/health\n"
        + "".join(f"  Rasa (REST)      {url}/webhooks/rest/webhook\n"
                  for url in settings.rasa_urls)
        + f"  action server    {settings.actions_url}/health\n"
        "press Ctrl-C to stop"
    )


def _migrate(settings: Settings) -> None:
    """Bring our database schema up to date before any service writes to it."""
    from bot.core.db import make_engine
    from bot.core.migrate import upgrade

    engine = make_engine(settings.database_url)
    try:
        upgrade(engine)
    finally:
        engine.dispose()


def run_stack(settings: Optional[Settings] = None) -> int:
    settings = resolve_actions_secret(settings or Settings.from_env())
    if not (settings.model_dir.is_file() or any(settings.model_dir.glob("*.tar.gz"))):
        print(f"no trained model in {settings.model_dir}: run `make train` first", file=sys.stderr)
        return 1
    settings.var_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    settings.var_dir.chmod(0o700)
    if settings.tracker_sqlite_path.exists():  # made world-readable by older versions
        settings.tracker_sqlite_path.chmod(0o600)
    _migrate(settings)
    services = stack_services(settings)
    env = child_environment(settings, dict(os.environ))
    supervisor = Supervisor(services, env, ready_message=ready_banner(settings),
                            liveness=Liveness.of(settings))
    return asyncio.run(supervisor.run())
