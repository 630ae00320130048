"""A private Redis and a private PostgreSQL cluster on free loopback ports, for tests
that stop and restart them (tests/integration/test_replicas.py).

The machine's own PostgreSQL (5432) and Redis (6379) serve other tests and CI;
a test never stops those. These servers live in temporary directories and exist
only for the test that starts them: Redis without persistence (`--save ''
--appendonly no`), PostgreSQL from `initdb` with trust authentication and no
fsync. PostgreSQL refuses to run as root, so as root its commands run as the
`postgres` OS user (`runuser -u postgres --`) over a data directory that user
owns. `stop()` then `start()` is a restart on the same port, the same data.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import List, Optional

from tests.conftest import free_port

REDIS_SERVER = os.environ.get("TEST_REDIS_SERVER", "/usr/bin/redis-server")
PG_BINDIR = Path(os.environ.get("TEST_PG_BINDIR", "/usr/lib/postgresql/15/bin"))
PG_OS_USER = "postgres"
READY_SECONDS = 30.0


def _answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


def _wait(condition, what: str, seconds: float = READY_SECONDS) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    raise RuntimeError(f"{what} within {seconds:.0f} s")


def missing() -> List[str]:
    """The server programs this machine lacks (empty when both can run)."""
    needed = [Path(REDIS_SERVER), PG_BINDIR / "initdb", PG_BINDIR / "pg_ctl"]
    gone = [str(path) for path in needed if not os.access(path, os.X_OK)]
    if os.geteuid() == 0:
        try:
            pwd.getpwnam(PG_OS_USER)
        except KeyError:
            gone.append(f"OS user {PG_OS_USER} (PostgreSQL does not run as root)")
    return gone


class PrivateRedis:
    """redis-server on 127.0.0.1:<port>, no persistence, in its own directory."""

    def __init__(self, directory: Path, port: Optional[int] = None) -> None:
        self.directory = directory
        self.port = port or free_port()
        self.proc: Optional[subprocess.Popen] = None

    def url(self, db: int = 1) -> str:
        return f"redis://127.0.0.1:{self.port}/{db}"

    def start(self) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        log = (self.directory / "redis.log").open("a")
        self.proc = subprocess.Popen(
            [REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1",
             "--save", "", "--appendonly", "no", "--dir", str(self.directory)],
            stdout=log, stderr=subprocess.STDOUT)
        log.close()
        _wait(lambda: self._ping() or self.proc.poll() is not None,
              "redis-server did not answer")
        if self.proc.poll() is not None:
            raise RuntimeError("redis-server exited:\n" + self.log())

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None

    def _ping(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as sock:
                sock.sendall(b"PING\r\n")
                return sock.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def log(self) -> str:
        return (self.directory / "redis.log").read_text(errors="replace")[-3000:]


class PrivatePostgres:
    """A PostgreSQL cluster of its own (initdb) on 127.0.0.1:<port>, user postgres
    with trust authentication, no Unix socket; `pg_ctl stop` and `start` restart it."""

    def __init__(self, port: Optional[int] = None) -> None:
        self.port = port or free_port()
        # Not under pytest's tmp dir: that is root's, and the server runs as postgres.
        self.root = Path(tempfile.mkdtemp(prefix="clinic-test-pg-"))
        self.data = self.root / "data"
        self.logfile = self.root / "server.log"
        self._as_postgres = os.geteuid() == 0
        if self._as_postgres:
            user = pwd.getpwnam(PG_OS_USER)
            os.chown(self.root, user.pw_uid, user.pw_gid)

    def admin_url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, program: str, *args: str) -> None:
        argv = [str(PG_BINDIR / program), *args]
        if self._as_postgres:
            argv = ["runuser", "-u", PG_OS_USER, "--", *argv]
        done = subprocess.run(argv, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"{program} failed ({done.returncode}):\n{done.stdout}\n"
                               f"{done.stderr}\n{self.log()}")

    def init(self) -> None:
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "-A", "trust",
                  "-E", "UTF8", "--locale", "C", "--no-sync")

    def start(self) -> None:
        options = (f"-p {self.port} -c listen_addresses=127.0.0.1 "
                   "-c unix_socket_directories='' -c fsync=off -c full_page_writes=off")
        self._run("pg_ctl", "start", "-w", "-t", str(int(READY_SECONDS)), "-D", str(self.data),
                  "-l", str(self.logfile), "-o", options)
        _wait(lambda: _answers(self.port), "PostgreSQL did not accept connections")

    def stop(self, mode: str = "fast") -> None:
        """`fast` closes every client connection and shuts down cleanly (a restart's
        first half); `immediate` is a crash."""
        if (self.data / "postmaster.pid").exists():
            self._run("pg_ctl", "stop", "-w", "-m", mode, "-D", str(self.data))

    def remove(self) -> None:
        try:
            self.stop("immediate")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def log(self) -> str:
        try:
            return self.logfile.read_text(errors="replace")[-3000:]
        except OSError:
            return ""
