"""What the public chat gateway costs, and how fast its fail-safe answers.

Run it with ``make bench`` or directly (a trained model is needed)::

    .venv/bin/python bench/chat_gateway.py [--messages 100]

It starts ``python -m bot run`` on free loopback ports with a throw-away
BOT_VAR_DIR, then prints:

* REST p50 / p95 ms: the same visitor messages sent straight to Rasa's REST
  channel (what the gateway itself calls);
* WebSocket p50 / p95 ms: sent through ``/chat/ws`` as the widget does, from
  sending the frame to receiving the replies, so the gateway's overhead is the
  difference;
* fail-safe ms: with Rasa stopped (only the web app running, its Rasa port
  closed), from sending an overdose message to receiving the emergency guidance
  (the crisis detector runs in the web app), p50 over 20 messages.

The client shares the machine with the services, so other load makes the
figures noisy; it prints the 1-minute load average with them.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import List

import aiohttp

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))

from tests.conftest import TEST_CLINIC, free_port  # noqa: E402

MESSAGES = ["hi", "what is spravato", "do you take insurance", "how fast does ketamine work",
            "where are you located", "thanks"]
OVERDOSE = "my friend took too many oxys and is not breathing"


def percentile(values: List[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def start(env: dict, args: List[str], log: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "bot", *args], cwd=PROJECT_DIR, env=env,
                            stdout=log.open("w"), stderr=subprocess.STDOUT)


async def wait_http(url: str, timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    async with aiohttp.ClientSession() as http:
        while time.monotonic() < deadline:
            try:
                async with http.get(url) as response:
                    if response.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.25)
    raise SystemExit(f"not ready: {url}")


async def rest_times(rasa_url: str, count: int) -> List[float]:
    times = []
    async with aiohttp.ClientSession() as http:
        for i in range(count):
            started = time.perf_counter()
            async with http.post(f"{rasa_url}/webhooks/rest/webhook", json={
                    "sender": f"bench-rest-{i // 20}", "message": MESSAGES[i % len(MESSAGES)]}) as r:
                await r.json()
            times.append((time.perf_counter() - started) * 1000)
    return times


async def ws_times(web_url: str, count: int, text_for=lambda i: MESSAGES[i % len(MESSAGES)],
                   expect: str = "replies") -> List[float]:
    times = []
    async with aiohttp.ClientSession() as http:
        for i in range(count):
            if i % 20 == 0:
                if i:
                    await ws.close()
                ws = await http.ws_connect(f"{web_url}/chat/ws", headers={"Origin": web_url})
                await ws.send_json({"type": "hello", "conversation_id": None})
                await ws.receive_json()
            started = time.perf_counter()
            await ws.send_json({"type": "message", "text": text_for(i)})
            while True:
                frame = await ws.receive_json(timeout=60)
                if frame["type"] in ("replies", "notice"):
                    break
            if frame["type"] != expect:
                raise SystemExit(f"expected {expect}, got {json.dumps(frame)[:200]}")
            times.append((time.perf_counter() - started) * 1000)
            await asyncio.sleep(1.05)  # stay inside the per-connection rate limit
        await ws.close()
    return times


def report(name: str, times: List[float]) -> None:
    print(f"{name:<22} p50 {statistics.median(times):7.1f} ms   p95 {percentile(times, 0.95):7.1f} ms"
          f"   (n={len(times)})")


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=60)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-gateway-"))
    clinic = tmp / "clinic.yml"
    clinic.write_text(TEST_CLINIC, encoding="utf-8")
    ports = {"WEB_PORT": free_port(), "RASA_PORT": free_port(), "ACTIONS_PORT": free_port()}
    env = {**os.environ, **{k: str(v) for k, v in ports.items()}, "BOT_VAR_DIR": str(tmp / "var"),
           "CLINIC_FILE": str(clinic), "RASA_TOKEN": "bench-token"}
    env.pop("BOT_DATABASE_URL", None)
    web_url = f"http://127.0.0.1:{ports['WEB_PORT']}"
    rasa_url = f"http://127.0.0.1:{ports['RASA_PORT']}"
    stack = start(env, ["run"], tmp / "stack.log")
    try:
        await wait_http(f"{rasa_url}/webhooks/rest/")  # no HTTP API, no token
        await wait_http(f"{web_url}/health")
        await rest_times(rasa_url, 6)  # warm-up
        report("REST (Rasa directly)", await rest_times(rasa_url, args.messages))
        report("WebSocket (gateway)", await ws_times(web_url, args.messages))
    finally:
        stack.send_signal(signal.SIGINT)
        stack.wait(timeout=120)
    # Only the web app now: Rasa's port is closed, so every message takes the fail-safe.
    web = start(env, ["web"], tmp / "web.log")
    try:
        await wait_http(f"{web_url}/health")
        await asyncio.sleep(15)  # the crisis detector loads in the background
        report("fail-safe (Rasa down)", await ws_times(web_url, 20, lambda i: OVERDOSE))
    finally:
        web.send_signal(signal.SIGINT)
        web.wait(timeout=60)
    print(f"load average (1 min): {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")


if __name__ == "__main__":
    asyncio.run(main())
