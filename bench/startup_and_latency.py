"""Start-up, latency, throughput and memory: our stack against Rasa's stock bot.

Run it with ``make bench`` (which trains our model first), or directly::

    .venv/bin/python bench/startup_and_latency.py [--skip-stock]
        [--requests 200] [--concurrency-requests 300] [--keep-stock-dir]

Two systems are measured in the same run, one after the other, never together:

* ``ours``: ``python -m bot run`` (action server, Rasa, web app) with free ports,
  a throw-away BOT_VAR_DIR (so a fresh SQLite tracker store) and
  models/clinic.tar.gz. The throw-away directory gets a copy of var/cache (the
  crisis detector's compiled patterns, bot/core/compiled_patterns.py), as on
  any start after a machine's first; ``--cold-cache`` leaves it out and
  measures a first start, which compiles them.
* ``stock``: the assistant ``rasa init --no-prompt`` creates and trains, started
  with ``rasa run --enable-api``. It is trained once and cached in
  var/bench/stock (retrained when the installed Rasa version changes).

For each system:

* ready seconds: from launching the process until the first successful answer
  of Rasa's REST channel to "hi" (polled every 0.25 s). Our greeting must
  contain the emergency number 911.
* p50 / p95 ms and msg/s @1: N sequential requests (default 200), a new sender
  every 20 messages, greetings and goodbyes both bots were trained on.
* msg/s @10: M requests (default 300) from 10 concurrent workers, one sender
  per worker.
* peak RSS MB: the largest sum of VmRSS over the launched process and all its
  descendants, sampled from /proc every 0.2 s from launch until stop.

The client runs on the same machine as the bot, so it competes for CPU; other
load (tests, training) makes the figures noisy, and the 1-minute load averages
at start and end are recorded with the results. Results are printed as a table
and written to var/bench/results.json; the systems' output goes to
var/bench/<system>.log. All traffic goes to 127.0.0.1. Exit status: 0 on
success, 1 if any request failed, 2 if a system could not be measured.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime
import json
import math
import os
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from importlib.metadata import version as package_version
from pathlib import Path
from typing import Dict, Iterator, List, Optional, Sequence, Tuple

import aiohttp
import requests

PROJECT_DIR = Path(__file__).resolve().parent.parent
VENV_BIN = PROJECT_DIR / ".venv" / "bin"
PYTHON = VENV_BIN / "python"
RASA = VENV_BIN / "rasa"
OUR_MODEL = PROJECT_DIR / "models" / "clinic.tar.gz"
BENCH_DIR = PROJECT_DIR / "var" / "bench"
STOCK_DIR = BENCH_DIR / "stock"
STOCK_STAMP = STOCK_DIR / ".rasa-version"
RESULTS_FILE = BENCH_DIR / "results.json"
HOST = "127.0.0.1"

READY_TIMEOUT = 300.0
READY_POLL = 0.25
REQUEST_TIMEOUT = 30.0
STOP_TIMEOUT = 30.0
LEFTOVER_GRACE = 10.0
STOCK_TRAIN_TIMEOUT = 1800.0
RSS_INTERVAL = 0.2
CONCURRENCY = 10
MESSAGES_PER_SENDER = 20
# Greetings and goodbyes: in the training data of both bots.
MESSAGES = (
    "hi", "hello there", "good morning", "hey there", "good evening",
    "bye", "goodbye", "bye bye", "see you later", "have a nice day",
)
QUIET_ENV = {
    "RASA_TELEMETRY_ENABLED": "false",
    "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
    "TF_CPP_MIN_LOG_LEVEL": "2",
    "PYTHONUNBUFFERED": "1",
}
# Settings that would point our stack at shared databases; the bench uses its own.
SHARED_STORE_VARS = ("RASA_TRACKER_STORE_URL", "RASA_LOCK_STORE_URL", "BOT_DATABASE_URL",
                     "RASA_MODEL_DIR")


class BenchError(RuntimeError):
    """A system could not be measured; the message says why."""


# --- processes and memory, from /proc ------------------------------------------------


def read_stat(pid: int) -> Optional[Tuple[int, int]]:
    """(parent pid, start time in clock ticks) of a process, None if it is gone."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = raw.rsplit(")", 1)[1].split()  # the command name may contain spaces
    return int(fields[1]), int(fields[19])


def read_rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0  # gone, or a zombie (no VmRSS line)


def children_by_parent() -> Dict[int, List[int]]:
    children: Dict[int, List[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            stat = read_stat(int(entry))
            if stat is not None:
                children.setdefault(stat[0], []).append(int(entry))
    return children


def process_tree(root: int) -> List[int]:
    """The root pid and every descendant's pid."""
    children = children_by_parent()
    tree, todo = [], [root]
    while todo:
        pid = todo.pop()
        tree.append(pid)
        todo.extend(children.get(pid, ()))
    return tree


class RssSampler(threading.Thread):
    """Samples the summed RSS of a process tree until stopped; keeps the peak."""

    def __init__(self, root_pid: int) -> None:
        super().__init__(name=f"rss-{root_pid}", daemon=True)
        self.root_pid = root_pid
        self.peak_kb = 0
        self.samples = 0
        self._done = threading.Event()

    def sample(self) -> None:
        total = sum(read_rss_kb(pid) for pid in process_tree(self.root_pid))
        self.peak_kb = max(self.peak_kb, total)
        self.samples += 1

    def run(self) -> None:
        while not self._done.is_set():
            self.sample()
            self._done.wait(RSS_INTERVAL)

    def stop(self) -> None:
        self._done.set()
        self.join(timeout=5)

    @property
    def peak_mb(self) -> float:
        return self.peak_kb / 1024


def still_running(pid: int, start_ticks: int) -> bool:
    stat = read_stat(pid)
    return stat is not None and stat[1] == start_ticks


def kill_leftovers(snapshot: Sequence[Tuple[int, int]]) -> List[int]:
    """Give descendants seen before the stop LEFTOVER_GRACE s, then SIGKILL them."""
    deadline = time.monotonic() + LEFTOVER_GRACE
    alive = list(snapshot)
    while alive and time.monotonic() < deadline:
        time.sleep(0.2)
        alive = [(pid, start) for pid, start in alive if still_running(pid, start)]
    for pid, _ in alive:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    return [pid for pid, _ in alive]


def stop_process_tree(proc: subprocess.Popen, stop_signal: int) -> None:
    """Signal the launched process, wait, then force whatever is left."""
    snapshot = [(pid, stat[1]) for pid in process_tree(proc.pid)[1:]
                if (stat := read_stat(pid)) is not None]
    if proc.poll() is None:
        proc.send_signal(stop_signal)
    try:
        proc.wait(timeout=STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        print(f"  pid {proc.pid} ignored {signal.Signals(stop_signal).name} "
              f"for {STOP_TIMEOUT:.0f} s: killing its process group", file=sys.stderr)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)  # its own group: start_new_session
        proc.wait(timeout=STOP_TIMEOUT)
    forced = kill_leftovers(snapshot)
    if forced:
        print(f"  killed leftover processes {forced}", file=sys.stderr)


@contextlib.contextmanager
def sigint_ignored() -> Iterator[None]:
    """Let clean-up finish even if Ctrl-C is pressed again (it is time-bounded)."""
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def raise_keyboard_interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


# --- the two systems ---------------------------------------------------------------


@dataclass
class System:
    name: str
    argv: List[str]
    cwd: Path
    env: Dict[str, str]
    rasa_port: int
    stop_signal: int
    greeting_must_contain: str = ""
    temp_dirs: List[Path] = field(default_factory=list)

    @property
    def rest_url(self) -> str:
        return f"http://{HOST}:{self.rasa_port}/webhooks/rest/webhook"

    @property
    def log_path(self) -> Path:
        return BENCH_DIR / f"{self.name}.log"


def free_ports(count: int) -> List[int]:
    """Distinct free ports on 127.0.0.1 (all held open until every one is chosen)."""
    with contextlib.ExitStack() as stack:
        sockets = [stack.enter_context(socket.socket()) for _ in range(count)]
        for sock in sockets:
            sock.bind((HOST, 0))
        return [sock.getsockname()[1] for sock in sockets]


def child_env(extra: Dict[str, str]) -> Dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in SHARED_STORE_VARS}
    env.update(QUIET_ENV)
    env.update(extra)
    return env


def our_system(cold_cache: bool = False) -> System:
    if not OUR_MODEL.is_file():
        raise BenchError(f"{OUR_MODEL} not found: run `make train` first")
    web_port, rasa_port, actions_port = free_ports(3)
    var_dir = Path(tempfile.mkdtemp(prefix="bench-ours-"))
    if not cold_cache and (PROJECT_DIR / "var" / "cache").is_dir():
        shutil.copytree(PROJECT_DIR / "var" / "cache", var_dir / "cache")
    env = child_env({
        "WEB_PORT": str(web_port), "RASA_PORT": str(rasa_port),
        "ACTIONS_PORT": str(actions_port), "BOT_VAR_DIR": str(var_dir),
        "RASA_TOKEN": secrets.token_urlsafe(24),
    })
    return System("ours", [str(PYTHON), "-m", "bot", "run"], PROJECT_DIR, env,
                  rasa_port, signal.SIGINT, greeting_must_contain="911",
                  temp_dirs=[var_dir])


def stock_system(stock_dir: Path) -> System:
    (port,) = free_ports(1)
    argv = [str(RASA), "run", "--enable-api", "-i", HOST, "-p", str(port),
            "--model", str(stock_dir / "models")]
    return System("stock", argv, stock_dir, child_env({}), port, signal.SIGTERM)


def stock_model_ready(directory: Path) -> bool:
    return any((directory / "models").glob("*.tar.gz"))


def stock_cache_valid() -> bool:
    stamp = STOCK_STAMP.read_text().strip() if STOCK_STAMP.is_file() else ""
    return stock_model_ready(STOCK_DIR) and stamp == package_version("rasa")


def run_rasa_init(directory: Path, log_path: Path) -> None:
    """`rasa init --no-prompt` in `directory` (creates and trains the stock bot)."""
    argv = [str(RASA), "init", "--no-prompt", "--init-dir", str(directory)]
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(argv, cwd=directory, env=child_env({}), stdout=log,
                                stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                start_new_session=True)
        try:
            code = proc.wait(timeout=STOCK_TRAIN_TIMEOUT)
        except subprocess.TimeoutExpired:
            raise BenchError(f"`rasa init` took over {STOCK_TRAIN_TIMEOUT:.0f} s; "
                             f"see {log_path}") from None
        finally:
            if proc.poll() is None:
                with sigint_ignored():
                    stop_process_tree(proc, signal.SIGTERM)
    if code != 0 or not stock_model_ready(directory):
        raise BenchError(f"`rasa init` failed (exit {code}); see {log_path}")


def ensure_stock_bot(keep_failed_dir: bool) -> Path:
    """The trained stock bot in var/bench/stock, training it once if needed."""
    if stock_cache_valid():
        print(f"stock bot: reusing {STOCK_DIR}")
        return STOCK_DIR
    work = Path(tempfile.mkdtemp(prefix="stock-init-", dir=BENCH_DIR))
    log_path = BENCH_DIR / "stock-init.log"
    print(f"stock bot: running `rasa init` in {work} (takes a few minutes; "
          f"log: {log_path})", flush=True)
    started = time.monotonic()
    try:
        run_rasa_init(work, log_path)
    except BaseException:
        if not keep_failed_dir:
            shutil.rmtree(work, ignore_errors=True)
        raise
    (work / STOCK_STAMP.name).write_text(package_version("rasa") + "\n")
    shutil.rmtree(STOCK_DIR, ignore_errors=True)
    work.rename(STOCK_DIR)
    print(f"stock bot: trained in {time.monotonic() - started:.0f} s, cached in {STOCK_DIR}")
    return STOCK_DIR


# --- requests ----------------------------------------------------------------------


def post_message(session: requests.Session, url: str, sender: str, text: str) -> list:
    response = session.post(url, json={"sender": sender, "message": text},
                            timeout=REQUEST_TIMEOUT)
    response.raise_for_status()
    body = response.json()
    if not isinstance(body, list):
        raise ValueError(f"expected a list, got {body!r:.200}")
    return body


def log_tail(path: Path, lines: int = 20) -> str:
    with contextlib.suppress(OSError):
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    return ""


def wait_until_ready(system: System, proc: subprocess.Popen, launched: float) -> float:
    """Seconds from launch to the first non-empty REST answer to "hi"."""
    deadline = launched + READY_TIMEOUT
    sender = f"bench-ready-{secrets.token_hex(4)}"
    with requests.Session() as session:
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise BenchError(f"{system.name} exited with code {proc.returncode} "
                                 f"before answering; last lines of {system.log_path}:\n"
                                 + log_tail(system.log_path))
            with contextlib.suppress(requests.RequestException, ValueError):
                replies = post_message(session, system.rest_url, sender, "hi")
                if replies:
                    ready = time.monotonic() - launched
                    check_greeting(system, replies)
                    return ready
            time.sleep(READY_POLL)
    raise BenchError(f"{system.name} did not answer within {READY_TIMEOUT:.0f} s; "
                     f"see {system.log_path}")


def check_greeting(system: System, replies: list) -> None:
    text = " ".join(str(r.get("text", "")) for r in replies if isinstance(r, dict))
    if system.greeting_must_contain not in text:
        raise BenchError(f"{system.name}: greeting lacks "
                         f"{system.greeting_must_contain!r}: {text!r}")


def percentile(values: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(pct / 100 * len(ordered)) - 1)]


def run_sequential(system: System, count: int, run_id: str) -> Dict[str, float]:
    """`count` requests one at a time: latency percentiles and msg/s @1."""
    latencies, failures = [], 0
    with requests.Session() as session:
        started = time.perf_counter()
        for i in range(count):
            sender = f"bench-{run_id}-seq-{i // MESSAGES_PER_SENDER}"
            sent = time.perf_counter()
            try:
                post_message(session, system.rest_url, sender, MESSAGES[i % len(MESSAGES)])
            except (requests.RequestException, ValueError):
                failures += 1
            latencies.append((time.perf_counter() - sent) * 1000)
        elapsed = time.perf_counter() - started
    return {"p50_ms": statistics.median(latencies), "p95_ms": percentile(latencies, 95),
            "msg_per_s_1": count / elapsed, "failures_1": failures}


async def post_async(http: aiohttp.ClientSession, url: str, sender: str, text: str) -> bool:
    try:
        async with http.post(url, json={"sender": sender, "message": text}) as response:
            body = await response.json(content_type=None)
            return response.status == 200 and isinstance(body, list)
    except (aiohttp.ClientError, asyncio.TimeoutError, ValueError):
        return False


async def worker(http: aiohttp.ClientSession, url: str, sender: str, count: int) -> int:
    """Send `count` messages in turn; return how many failed."""
    results = [await post_async(http, url, sender, MESSAGES[i % len(MESSAGES)])
               for i in range(count)]
    return results.count(False)


async def run_concurrent(system: System, total: int, run_id: str) -> Dict[str, float]:
    """`total` requests from CONCURRENCY workers, one sender each: msg/s @10."""
    counts = [total // CONCURRENCY + (w < total % CONCURRENCY) for w in range(CONCURRENCY)]
    timeout = aiohttp.ClientTimeout(total=REQUEST_TIMEOUT)
    connector = aiohttp.TCPConnector(limit=CONCURRENCY)
    async with aiohttp.ClientSession(timeout=timeout, connector=connector) as http:
        started = time.perf_counter()
        failed = await asyncio.gather(*(
            worker(http, system.rest_url, f"bench-{run_id}-w{w}", n)
            for w, n in enumerate(counts)))
        elapsed = time.perf_counter() - started
    return {"msg_per_s_10": total / elapsed, "failures_10": sum(failed)}


# --- one system, start to stop -----------------------------------------------------


@contextlib.contextmanager
def launched(system: System) -> Iterator[Tuple[subprocess.Popen, RssSampler, float]]:
    """Start the system in its own session with memory sampling; always stop it."""
    proc = sampler = None
    try:
        with open(system.log_path, "wb") as log:
            started = time.monotonic()
            proc = subprocess.Popen(system.argv, cwd=system.cwd, env=system.env,
                                    stdout=log, stderr=subprocess.STDOUT,
                                    stdin=subprocess.DEVNULL, start_new_session=True)
        sampler = RssSampler(proc.pid)
        sampler.start()
        yield proc, sampler, started
    finally:
        with sigint_ignored():
            if sampler is not None:
                sampler.stop()
            if proc is not None:
                print(f"  stopping {system.name} "
                      f"({signal.Signals(system.stop_signal).name})", flush=True)
                stop_process_tree(proc, system.stop_signal)
            for path in system.temp_dirs:
                shutil.rmtree(path, ignore_errors=True)


def measure(system: System, args: argparse.Namespace) -> Dict[str, float]:
    run_id = f"{system.name}-{secrets.token_hex(4)}"
    print(f"{system.name}: starting (log: {system.log_path})", flush=True)
    with launched(system) as (proc, sampler, started):
        ready = wait_until_ready(system, proc, started)
        print(f"  answered after {ready:.2f} s; {args.requests} sequential requests",
              flush=True)
        figures = {"ready_s": ready, **run_sequential(system, args.requests, run_id)}
        print(f"  {args.concurrency_requests} requests from {CONCURRENCY} workers",
              flush=True)
        figures.update(asyncio.run(run_concurrent(system, args.concurrency_requests,
                                                  run_id)))
        sampler.sample()
    figures.update(peak_rss_mb=sampler.peak_mb, rss_samples=sampler.samples)
    return figures


# --- report ------------------------------------------------------------------------

ROWS = (
    ("ready seconds", "ready_s"),
    ("p50 ms", "p50_ms"),
    ("p95 ms", "p95_ms"),
    ("msg/s @1", "msg_per_s_1"),
    ("msg/s @10", "msg_per_s_10"),
    ("peak RSS MB", "peak_rss_mb"),
)


def ratios(ours: Dict[str, float], stock: Optional[Dict[str, float]]) -> Dict[str, float]:
    if not stock:
        return {}
    return {key: ours[key] / stock[key] for _, key in ROWS if stock.get(key)}


def targets(ours: Dict[str, float], stock: Optional[Dict[str, float]]) -> Dict[str, object]:
    if not stock:
        return {"ready <= 1/3 of stock": None, "throughput @10 >= stock": None,
                "p50 <= stock": None}
    return {
        "ready <= 1/3 of stock": ours["ready_s"] <= stock["ready_s"] / 3,
        "throughput @10 >= stock": ours["msg_per_s_10"] >= stock["msg_per_s_10"],
        "p50 <= stock": ours["p50_ms"] <= stock["p50_ms"],
    }


def fmt(value: Optional[float]) -> str:
    return "-" if value is None else f"{value:.2f}"


def print_table(ours: Dict[str, float], stock: Optional[Dict[str, float]]) -> None:
    ratio = ratios(ours, stock)
    print()
    print(f"{'metric':<14} | {'ours':>9} | {'stock':>9} | ratio (ours/stock)")
    print(f"{'-' * 14}-+-{'-' * 9}-+-{'-' * 9}-+-{'-' * 18}")
    for label, key in ROWS:
        stock_value = stock.get(key) if stock else None
        print(f"{label:<14} | {fmt(ours[key]):>9} | {fmt(stock_value):>9} | "
              f"{fmt(ratio.get(key))}")
    print()
    for name, met in targets(ours, stock).items():
        verdict = "n/a (stock skipped)" if met is None else ("yes" if met else "no")
        print(f"{name}: {verdict}")


def load_average() -> float:
    return os.getloadavg()[0]


def write_results(figures: Dict[str, Dict[str, float]], args: argparse.Namespace,
                  load: Tuple[float, float]) -> None:
    report = {
        "generated_at": datetime.datetime.now(datetime.timezone.utc).isoformat(),
        "rasa_version": package_version("rasa"),
        "cpus": os.cpu_count(),
        "load_average_1min": {"start": load[0], "end": load[1]},
        "options": {"requests": args.requests,
                    "concurrency_requests": args.concurrency_requests,
                    "concurrency": CONCURRENCY, "skip_stock": args.skip_stock},
        "systems": figures,
        "ratios_ours_over_stock": ratios(figures["ours"], figures.get("stock")),
        "targets": targets(figures["ours"], figures.get("stock")),
    }
    RESULTS_FILE.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"\nresults written to {RESULTS_FILE.relative_to(PROJECT_DIR)}")


def total_failures(figures: Dict[str, Dict[str, float]]) -> int:
    return sum(int(f["failures_1"] + f["failures_10"]) for f in figures.values())


# --- command line ------------------------------------------------------------------


def positive_int(raw: str) -> int:
    value = int(raw)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def parse_args(argv: Optional[List[str]]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Measure start-up, REST latency, throughput and peak memory "
                    "of our stack and of Rasa's stock bot (see the module docstring).")
    parser.add_argument("--requests", type=positive_int, default=200,
                        help="sequential requests for latency and msg/s @1 (default 200)")
    parser.add_argument("--concurrency-requests", type=positive_int, default=300,
                        help=f"requests over {CONCURRENCY} workers for msg/s @{CONCURRENCY} "
                             "(default 300)")
    parser.add_argument("--skip-stock", action="store_true",
                        help="measure only our stack")
    parser.add_argument("--cold-cache", action="store_true",
                        help="start ours without var/cache (a machine's first start)")
    parser.add_argument("--keep-stock-dir", action="store_true",
                        help="keep the temporary `rasa init` directory under var/bench "
                             "if training the stock bot fails (for debugging); a trained "
                             "stock bot is always kept in var/bench/stock")
    return parser.parse_args(argv)


def run(args: argparse.Namespace) -> int:
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    load_start = load_average()
    stock_dir = None if args.skip_stock else ensure_stock_bot(args.keep_stock_dir)
    figures = {"ours": measure(our_system(args.cold_cache), args)}
    if stock_dir is not None:
        figures["stock"] = measure(stock_system(stock_dir), args)
    load = (load_start, load_average())
    print_table(figures["ours"], figures.get("stock"))
    print(f"\n1-min load average: {load[0]:.2f} at start, {load[1]:.2f} at end "
          f"({os.cpu_count()} CPUs); other load makes these figures noisy")
    write_results(figures, args, load)
    failures = total_failures(figures)
    if failures:
        print(f"{failures} request(s) failed: see var/bench/*.log", file=sys.stderr)
        return 1
    return 0


def main(argv: Optional[List[str]] = None) -> int:
    args = parse_args(argv)
    signal.signal(signal.SIGTERM, raise_keyboard_interrupt)
    try:
        return run(args)
    except BenchError as exc:
        print(f"bench failed: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("bench interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
