"""`RASA_REPLICAS=2 python -m bot run` on loopback with throw-away PostgreSQL
databases and Redis, for the fault tests (tests/integration/test_replicas.py)
and the load bench (bench/replicas_load.py).

By default PostgreSQL at 127.0.0.1:5432 (trust, user postgres) and Redis at
127.0.0.1:6379 must be running; a stack given `pg_admin_url` and `redis_url` uses
those servers instead (the fault tests give it private ones, tests/private_services.py,
so that restarting them touches nothing else). Two databases are created per stack
and dropped when it stops. A small asyncio client speaks the widget's WebSocket
protocol.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import aiohttp

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))

from tests.conftest import TEST_CLINIC, free_port  # noqa: E402
from tests.pattern_cache import seed_pattern_cache  # noqa: E402

PG = os.environ.get("TEST_PG_ADMIN_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
REDIS = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/5")
READY_TIMEOUT = 420


def _free(port: int) -> bool:
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def consecutive_ports(count: int) -> int:
    """The first of `count` free consecutive loopback ports."""
    for _ in range(200):
        first = free_port()
        if first + count <= 65535 and all(_free(first + i) for i in range(count)):
            return first
    raise RuntimeError("no consecutive free ports")


def admin_sql(admin_url: str, sql: str) -> None:
    """Run one statement as PostgreSQL's administrator (CREATE or DROP DATABASE)."""
    import psycopg2

    connection = psycopg2.connect(admin_url)
    connection.autocommit = True
    try:
        with connection.cursor() as cursor:
            cursor.execute(sql)
    finally:
        connection.close()


def pg_url(database: str, admin_url: str = PG) -> str:
    base = admin_url.rsplit("/", 1)[0]
    return f"{base}/{database}"


class ReplicaStack:
    def __init__(self, tmp: Path, replicas: int = 2, extra_env: Optional[dict] = None,
                 pg_admin_url: str = PG, redis_url: str = REDIS) -> None:
        self.tmp = tmp
        self.replicas = replicas
        self.pg_admin_url = pg_admin_url
        tag = uuid.uuid4().hex[:8]
        self.databases = [f"clinic_test_{tag}_rasa", f"clinic_test_{tag}_bot"]
        clinic = tmp / "clinic.yml"
        clinic.write_text(TEST_CLINIC, encoding="utf-8")
        rasa_port = consecutive_ports(replicas)
        self.ports = {"WEB_PORT": free_port(), "RASA_PORT": rasa_port,
                      "ACTIONS_PORT": free_port()}
        self.env = {
            **os.environ,
            **{k: str(v) for k, v in self.ports.items()},
            "RASA_REPLICAS": str(replicas),
            "BOT_VAR_DIR": str(tmp / "var"),
            "CLINIC_FILE": str(clinic),
            "RASA_TRACKER_STORE_URL": pg_url(self.databases[0], pg_admin_url),
            "RASA_LOCK_STORE_URL": redis_url,
            "BOT_DATABASE_URL": pg_url(self.databases[1], pg_admin_url),
            "SQL_POOL_SIZE": "3",
            "SQL_MAX_OVERFLOW": "3",
            **(extra_env or {}),
        }
        self.log = tmp / "stack.log"
        self.proc: Optional[subprocess.Popen] = None

    @property
    def rasa_ports(self) -> List[int]:
        return [self.ports["RASA_PORT"] + i for i in range(self.replicas)]

    @property
    def rasa_urls(self) -> List[str]:
        return [f"http://127.0.0.1:{port}" for port in self.rasa_ports]

    def url(self, name: str, path: str) -> str:
        return f"http://127.0.0.1:{self.ports[name]}{path}"

    def start(self) -> float:
        """Start and wait for the ready banner; the seconds it took."""
        for database in self.databases:
            admin_sql(self.pg_admin_url, f'CREATE DATABASE "{database}"')
        seed_pattern_cache(Path(self.env["BOT_VAR_DIR"]))
        began = time.monotonic()
        self.proc = subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=PROJECT_DIR,
                                     env=self.env, stdout=self.log.open("w"),
                                     stderr=subprocess.STDOUT)
        deadline = began + READY_TIMEOUT
        while time.monotonic() < deadline:
            if "all services answer" in self.output():
                return time.monotonic() - began
            if self.proc.poll() is not None:
                break
            time.sleep(0.5)
        self.stop()
        raise AssertionError("replica stack did not come up:\n" + self.output()[-4000:])

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def child(self, *argv_parts: str) -> int:
        """The pid of the supervisor's child whose command line has these parts."""
        assert self.proc is not None
        children = Path(f"/proc/{self.proc.pid}/task/{self.proc.pid}/children").read_text()
        for pid in map(int, children.split()):
            try:
                argv = Path(f"/proc/{pid}/cmdline").read_bytes().decode().split("\0")
            except FileNotFoundError:
                continue
            if all(part in argv for part in argv_parts):
                return pid
        raise LookupError(argv_parts)

    def rasa_pid(self, port: int) -> int:
        return self.child("bot.rasa_ext.serve", "run", str(port))

    def kill9(self, pid: int) -> None:
        os.kill(pid, signal.SIGKILL)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        for database in self.databases:
            try:
                admin_sql(self.pg_admin_url, f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
            except Exception:  # noqa: BLE001 - leave it; the name says it is a test's
                pass


class Visitor:
    """One browser tab on /chat/ws, speaking the widget's protocol. It keeps to the
    web app's per-socket rate (bot.web.chat_input.RateLimiter: a burst of 10
    frames, then one a second), as a person typing would, so a long scripted
    conversation is never told to slow down."""

    BURST, EVERY = 10, 1.0

    def __init__(self, stack: ReplicaStack, session: aiohttp.ClientSession) -> None:
        self.stack = stack
        self.session = session
        self.ws: Optional[aiohttp.ClientWebSocketResponse] = None
        self.conversation_id = ""
        self._tokens = float(self.BURST)
        self._last = time.monotonic()

    async def _send(self, frame: dict) -> None:
        assert self.ws is not None
        now = time.monotonic()
        self._tokens = min(float(self.BURST), self._tokens + (now - self._last) / self.EVERY)
        self._last = now
        if self._tokens < 1:
            await asyncio.sleep((1 - self._tokens) * self.EVERY + 0.05)
            self._tokens, self._last = 1.0, time.monotonic()
        self._tokens -= 1
        await self.ws.send_str(json.dumps(frame))

    async def open(self) -> None:
        origin = self.stack.url("WEB_PORT", "")
        self.ws = await self.session.ws_connect(self.stack.url("WEB_PORT", "/chat/ws"),
                                                headers={"Origin": origin})
        await self._send({"type": "hello", "conversation_id": None})
        while True:
            frame = await self._frame(30)
            if frame["type"] == "welcome":
                self.conversation_id = frame["conversation_id"]
                return

    async def say(self, text: str, timeout: float = 60) -> Tuple[str, List[dict]]:
        """(the replies' text, the notices on the way) for one message; the text is
        empty when only an error notice came."""
        await self._send({"type": "message", "text": text})
        notices: List[dict] = []
        while True:
            frame = await self._frame(timeout)
            if frame["type"] == "notice":
                notices.append(frame)
                if frame.get("level") in ("error", "warning"):
                    return "", notices
            elif frame["type"] == "replies":
                return " ".join(m.get("text", "") for m in frame["messages"]), notices

    async def _frame(self, timeout: float) -> Dict:
        assert self.ws is not None
        message = await self.ws.receive(timeout=timeout)
        if message.type != aiohttp.WSMsgType.TEXT:
            raise ConnectionError(f"socket closed ({message.type})")
        return json.loads(message.data)

    async def close(self) -> None:
        if self.ws is not None:
            await self.ws.close()


FIRST = ["Maria", "James", "Aisha", "Tom", "Lena", "Omar", "Grace", "Pedro", "Nina", "Sam"]
LAST = ["Lopez", "Walker", "Khan", "Berg", "Novak", "Reyes", "Adams", "Silva", "Moreau", "Dunn"]


def intake(n: int) -> List[Tuple[str, Optional[str]]]:
    """A whole intake as a visitor types it, the triage first (visitor `n`'s name,
    phone and email): (message, what the reply must contain, or None)."""
    return [
        ("is ketamine treatment right for me?", "What would you like help with?"),
        ("fibromyalgia", "How long"),
        ("more than a year", None), ("no", None), ("no", None),
        ("none of these", "staff to call you"),
        ("yes please", "privacy notice"),
        ("I agree", "full name"),
        (f"my name is {FIRST[n % len(FIRST)]} {LAST[n // len(FIRST) % len(LAST)]}",
         "date of birth"),
        ("3/14/1980", "phone"),
        (f"212 555 {1000 + n % 9000:04d}", "email"),
        (f"loadtest{n}@example.org", "contact you"),
        ("text me", "good time"),
        ("evenings", "own words"),
        ("aching pain in my back for years", "insurance"),
        ("Aetna PPO", "Here is what I'll send"),
        ("yes send it", "sent your details"),
    ]
