"""`RASA_REPLICAS=2 python -m bot run` on loopback with throw-away PostgreSQL
databases and Redis, for the fault tests (tests/integration/test_replicas.py)
and the load bench (bench/replicas_load.py).

PostgreSQL at 127.0.0.1:5432 (trust, user postgres unless PGUSER) and Redis at
127.0.0.1:6379 must be running; two databases are created per stack and dropped
when it stops. A small asyncio client speaks the widget's WebSocket protocol.
"""

from __future__ import annotations

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


def _admin(sql: str) -> None:
    import psycopg2

    connection = psycopg2.connect(PG)
    connection.autocommit = True
    try:
        with connection.cursor() as cursor:
            cursor.execute(sql)
    finally:
        connection.close()


def pg_url(database: str) -> str:
    base = PG.rsplit("/", 1)[0]
    return f"{base}/{database}"


class ReplicaStack:
    def __init__(self, tmp: Path, replicas: int = 2, extra_env: Optional[dict] = None) -> None:
        self.tmp = tmp
        self.replicas = replicas
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
            "RASA_TRACKER_STORE_URL": pg_url(self.databases[0]),
            "RASA_LOCK_STORE_URL": REDIS,
            "BOT_DATABASE_URL": pg_url(self.databases[1]),
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
            _admin(f'CREATE DATABASE "{database}"')
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
        return self.child("rasa", "run", str(port))

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
                _admin(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
            except Exception:  # noqa: BLE001 - leave it; the name says it is a test's
                pass


class Visitor:
    """One browser tab on /chat/ws, speaking the widget's protocol."""

    def __init__(self, stack: ReplicaStack, session: aiohttp.ClientSession) -> None:
        self.stack = stack
        self.session = session
        self.ws: Optional[aiohttp.ClientWebSocketResponse] = None
        self.conversation_id = ""

    async def open(self) -> None:
        origin = self.stack.url("WEB_PORT", "")
        self.ws = await self.session.ws_connect(self.stack.url("WEB_PORT", "/chat/ws"),
                                                headers={"Origin": origin})
        await self.ws.send_str(json.dumps({"type": "hello", "conversation_id": None}))
        while True:
            frame = await self._frame(30)
            if frame["type"] == "welcome":
                self.conversation_id = frame["conversation_id"]
                return

    async def say(self, text: str, timeout: float = 60) -> Tuple[str, List[dict]]:
        """(the replies' text, the notices on the way) for one message; the text is
        empty when only an error notice came."""
        assert self.ws is not None
        await self.ws.send_str(json.dumps({"type": "message", "text": text}))
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
