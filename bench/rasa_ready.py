"""Seconds until `rasa run` answers, its memory and latency, in several variants.

    .venv/bin/python bench/rasa_ready.py [--model models/clinic.tar.gz] [--repeat 2]
        [--messages 40] [VARIANT ...]

Rasa alone (no action server, in-memory tracker store, loopback), started
from cold once per variant and repeat, in turn (variant A, B, ..., then A, B,
... again, so that other load on the machine spreads over all of them):

* ready s: from launch to the first non-empty REST answer to "hi";
* RSS MB: Rasa's resident memory after the last message;
* p50 / p95 ms: sequential REST messages (greetings, questions, small talk).

Variants (default: all):

* ``stock``: Rasa's own loading of DIET and TED (a dummy training step);
* ``fast``: our deferred restore (bot/rasa_ext/deferred_restore.py);
* ``fast-nojax``: and started by `python -m bot.rasa_ext.serve` (no JAX import);
* ``fast-nojax-1thread``: and TensorFlow limited to one inter-op and one
  intra-op thread (TF_INTER_OP_PARALLELISM_THREADS=1, TF_INTRA_OP_...=1);
* ``fast-nojax-intra1``: TensorFlow's intra-op pool alone limited to 1.

Prints a table (medians over repeats) and writes var/bench/rasa_ready.json.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Dict, List

import requests

PROJECT_DIR = Path(__file__).resolve().parent.parent
BENCH_DIR = PROJECT_DIR / "var" / "bench"
HOST = "127.0.0.1"
READY_TIMEOUT = 600.0
MESSAGES = ("hi", "what is spravato", "how much does it cost", "thanks", "bye",
            "is ketamine nasal spray fda approved", "are you a real person")
ONE_THREAD = {"TF_INTER_OP_PARALLELISM_THREADS": "1", "TF_INTRA_OP_PARALLELISM_THREADS": "1"}
# name: (loader, without JAX, extra environment)
VARIANTS: Dict[str, tuple] = {
    "stock": ("stock", False, {}),
    "fast": ("fast", False, {}),
    "fast-nojax": ("fast", True, {}),
    "fast-nojax-1thread": ("fast", True, ONE_THREAD),
    "fast-nojax-intra1": ("fast", True, {"TF_INTRA_OP_PARALLELISM_THREADS": "1"}),
}


def serve_child(loader: str, without_jax: bool, rasa_args: List[str]) -> None:
    """In the child process: choose the loader, then run Rasa's command line."""
    sys.path.insert(0, str(PROJECT_DIR / "bench"))
    if without_jax:
        from bot.rasa_ext.serve import keep_unused_imports_out

        keep_unused_imports_out()
    from model_load import choose_loader  # bench/model_load.py

    choose_loader(loader)
    from rasa.__main__ import main as rasa_main

    sys.argv = ["rasa", *rasa_args]
    rasa_main()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def rss_mb(pid: int) -> float:
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def percentile(values: List[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, round(pct / 100 * len(ordered) + 0.5) - 1)]


def measure(name: str, model: Path, messages: int) -> Dict[str, float]:
    loader, without_jax, extra = VARIANTS[name]
    port = free_port()
    env = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "2", "RASA_TELEMETRY_ENABLED": "false",
           "PYTHONHASHSEED": "0", **extra}
    argv = [sys.executable, __file__, "--child", loader, str(int(without_jax)), "--",
            "run", "--interface", HOST, "--port", str(port), "--model", str(model)]
    url = f"http://{HOST}:{port}/webhooks/rest/webhook"
    log = (BENCH_DIR / f"rasa_ready-{name}.log").open("wb")
    started = time.monotonic()
    proc = subprocess.Popen(argv, cwd=PROJECT_DIR, env=env, stdout=log,
                            stderr=subprocess.STDOUT, start_new_session=True)
    try:
        ready = wait_ready(proc, url, started)
        latencies = []
        with requests.Session() as session:
            for i in range(messages):
                sent = time.perf_counter()
                session.post(url, json={"sender": f"b{i // 7}",
                                        "message": MESSAGES[i % len(MESSAGES)]},
                             timeout=60).raise_for_status()
                latencies.append((time.perf_counter() - sent) * 1000)
        return {"ready_s": ready, "rss_mb": rss_mb(proc.pid),
                "p50_ms": statistics.median(latencies),
                "p95_ms": percentile(latencies, 95)}
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        log.close()


def wait_ready(proc: subprocess.Popen, url: str, started: float) -> float:
    with requests.Session() as session:
        while time.monotonic() - started < READY_TIMEOUT:
            if proc.poll() is not None:
                raise SystemExit(f"rasa exited with {proc.returncode}; see var/bench/")
            with contextlib.suppress(requests.RequestException, ValueError):
                reply = session.post(url, json={"sender": "ready", "message": "hi"},
                                     timeout=30)
                if reply.ok and isinstance(reply.json(), list):
                    return time.monotonic() - started
            time.sleep(0.25)
    raise SystemExit("rasa did not answer in time")


def main() -> int:
    if len(sys.argv) > 3 and sys.argv[1] == "--child":
        serve_child(sys.argv[2], sys.argv[3] == "1", sys.argv[5:])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", type=Path, default=PROJECT_DIR / "models" / "clinic.tar.gz")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--messages", type=int, default=40)
    parser.add_argument("variants", nargs="*", metavar="VARIANT",
                        help=f"any of {', '.join(VARIANTS)} (default: all)")
    args = parser.parse_args()
    unknown = set(args.variants) - set(VARIANTS)
    if unknown:
        parser.error(f"unknown variants: {', '.join(sorted(unknown))}")
    args.variants = args.variants or list(VARIANTS)
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    runs: Dict[str, List[Dict[str, float]]] = {name: [] for name in args.variants}
    load = [os.getloadavg()[0]]
    for _ in range(args.repeat):
        for name in args.variants:
            runs[name].append(measure(name, args.model, args.messages))
            print(name, {k: round(v, 2) for k, v in runs[name][-1].items()}, flush=True)
    load.append(os.getloadavg()[0])
    medians = {name: {key: statistics.median(r[key] for r in results)
                      for key in results[0]} for name, results in runs.items()}
    print(f"\n{'variant':<20} | ready s | RSS MB | p50 ms | p95 ms")
    for name, m in medians.items():
        print(f"{name:<20} | {m['ready_s']:7.1f} | {m['rss_mb']:6.0f} | "
              f"{m['p50_ms']:6.1f} | {m['p95_ms']:6.1f}")
    print(f"1-min load average {load[0]:.1f} at start, {load[1]:.1f} at end "
          f"({os.cpu_count()} CPUs)")
    (BENCH_DIR / "rasa_ready.json").write_text(json.dumps({
        "generated_at": datetime.datetime.now(datetime.timezone.utc).isoformat(),
        "load_average_1min": load, "runs": runs, "medians": medians}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
