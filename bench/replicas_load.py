"""Visitors at once on the widget's WebSocket against two Rasa replicas on
PostgreSQL and Redis (issue 16, item 4).

Run it (a trained model, PostgreSQL at 127.0.0.1:5432 and Redis at 6379 needed)::

    .venv/bin/python bench/replicas_load.py [--visitors 50] [--seconds 60] [--replicas 2]

It starts ``RASA_REPLICAS=2 python -m bot run`` on free loopback ports with
throw-away databases (tests/replica_stack.py), then each simulated visitor opens
the chat as the widget does and runs conversations back to back until the time is
up, with a think time between messages (1 s by default): questions; the triage
form followed by a full intake (consent, name, date of birth, phone, email,
contact, time, story, insurance, confirm); and for one visitor in 20 an emergency
message. It prints p50 / p95 seconds per turn, messages per second, errors (a
socket failure, an error notice, or a reply without what the turn must show),
whether every completed intake was stored exactly once and whether every
emergency reply carried its guidance, and the 1-minute load average.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import List, Optional, Tuple

import aiohttp

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))

from tests.replica_stack import ReplicaStack, Visitor, intake  # noqa: E402

# (message, what the reply must contain, or None for anything non-empty)
QUESTIONS = [("hi", "virtual assistant"), ("what is spravato", None),
             ("do you take insurance", None), ("how fast does ketamine work", None),
             ("where are you located", "1 Test Plaza"), ("thanks", None)]


EMERGENCY = [("my friend took too many oxys and is not breathing", "Call 911 now")]


def percentile(values: List[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


class Results:
    def __init__(self) -> None:
        self.turns: List[float] = []
        self.errors: Counter = Counter()
        self.intakes_sent: List[str] = []
        self.emergencies = 0
        self.emergencies_guided = 0
        self.one_moment = 0
        self.samples: List[str] = []


async def conversation(stack: ReplicaStack, session: aiohttp.ClientSession,
                       script: List[Tuple[str, Optional[str]]], think: float,
                       results: Results, deadline: float, kind: str) -> None:
    visitor = Visitor(stack, session)
    try:
        await visitor.open()
    except Exception as exc:  # noqa: BLE001 - counted, the run goes on
        results.errors[f"open: {type(exc).__name__}"] += 1
        await asyncio.sleep(think)
        return
    try:
        for step, (text, expected) in enumerate(script):
            if time.monotonic() > deadline:
                return
            began = time.monotonic()
            try:
                reply, notices = await visitor.say(text, timeout=120)
            except Exception as exc:  # noqa: BLE001
                results.errors[f"turn: {type(exc).__name__}"] += 1
                return
            results.turns.append(time.monotonic() - began)
            results.one_moment += sum("One moment" in n.get("text", "") for n in notices)
            if expected == "Call 911 now":
                results.emergencies += 1
                results.emergencies_guided += expected in reply
            if not reply or (expected and expected not in reply):
                what = "error notice" if not reply else "unexpected reply"
                results.errors[f"{kind} step {step + 1}: {what}"] += 1
                if len(results.samples) < 5:  # what the bot said instead (no personal data)
                    results.samples.append(f"{kind} step {step + 1} {text!r}: {reply[:160]!r}")
                return
            if expected == "sent your details":
                results.intakes_sent.append(visitor.conversation_id)
            await asyncio.sleep(think)
    finally:
        await visitor.close()


async def visitor_loop(index: int, stack: ReplicaStack, session: aiohttp.ClientSession,
                       think: float, results: Results, deadline: float) -> None:
    await asyncio.sleep((index % 20) * think / 20)  # arrivals spread over a think time
    round_ = 0
    while time.monotonic() < deadline:
        if index % 20 == 0 and round_ % 2 == 0:
            script, kind = EMERGENCY + QUESTIONS[:1], "emergency"
        elif (index + round_) % 2:
            script, kind = intake(index * 1000 + round_), "intake"
        else:
            script, kind = QUESTIONS, "questions"
        await conversation(stack, session, script, think, results, deadline, kind)
        round_ += 1


def stored_leads(stack: ReplicaStack) -> Counter:
    import psycopg2

    connection = psycopg2.connect(stack.env["BOT_DATABASE_URL"])
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT conversation_id FROM leads")
            return Counter(row[0] for row in cursor.fetchall())
    finally:
        connection.close()


async def drive(stack: ReplicaStack, visitors: int, seconds: float, think: float) -> Tuple[Results, float]:
    results = Results()
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector) as session:
        began = time.monotonic()
        deadline = began + seconds
        await asyncio.gather(*(visitor_loop(i, stack, session, think, results, deadline)
                               for i in range(visitors)))
        return results, time.monotonic() - began


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--visitors", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--think", type=float, default=1.0, help="seconds between messages")
    parser.add_argument("--replicas", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="clinic-replicas-") as tmp:
        # Every simulated visitor comes from 127.0.0.1: lift the per-address cap.
        stack = ReplicaStack(Path(tmp), replicas=args.replicas, extra_env={
            "WEB_MAX_SOCKETS_PER_ADDRESS": str(args.visitors + 10)})
        ready = stack.start()
        try:
            results, elapsed = asyncio.run(drive(stack, args.visitors, args.seconds, args.think))
            time.sleep(1)
            leads = stored_leads(stack)
        finally:
            stack.stop()
    turns = results.turns
    sent = Counter(results.intakes_sent)
    once = all(leads.get(c) == 1 for c in sent)
    print(f"replicas {args.replicas}, visitors {args.visitors}, {args.seconds:.0f} s, "
          f"think {args.think:.1f} s (stack ready in {ready:.0f} s)")
    if turns:
        print(f"turns {len(turns)}: p50 {statistics.median(turns):.2f} s, "
              f"p95 {percentile(turns, 0.95):.2f} s, max {max(turns):.2f} s")
    print(f"messages/s {len(turns) / elapsed:.1f}")
    print(f"errors {sum(results.errors.values())}"
          + (f" ({dict(results.errors)})" if results.errors else ""))
    print(f"intakes completed {len(sent)}; stored exactly once: {'yes' if once else 'NO'} "
          f"({sum(leads.values())} lead rows)")
    print(f"emergency replies {results.emergencies}, with guidance {results.emergencies_guided}")
    print(f"'one moment' notices {results.one_moment}")
    for sample in results.samples:
        print(f"  {sample}")
    print(f"load average (1 min) {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    return 0 if not results.errors and once and \
        results.emergencies == results.emergencies_guided else 1


if __name__ == "__main__":
    raise SystemExit(main())
