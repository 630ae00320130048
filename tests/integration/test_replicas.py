"""Two Rasa replicas on PostgreSQL and Redis (`RASA_REPLICAS=2 python -m bot run`),
and what a visitor sees when processes are killed with SIGKILL (issue 16, item 5).

One module-scoped stack on loopback shares every check: its start is most of the
cost. The checks run in file order: a replica is killed first, then the action
server. A longer run under load is bench/replicas_load.py (`make bench`).
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time

import aiohttp
import pytest
import requests

from bot.web.replicas import preference
from tests.replica_stack import PROJECT_DIR, ReplicaStack, Visitor

pytestmark = pytest.mark.integration
MODEL = PROJECT_DIR / "models" / "clinic.tar.gz"
OVERDOSE = "my friend took too many oxys and is not breathing"


def _services_reachable() -> bool:
    import psycopg2
    import redis

    from tests.replica_stack import PG, REDIS

    try:
        psycopg2.connect(PG, connect_timeout=3).close()
        redis.Redis.from_url(REDIS, socket_connect_timeout=3).ping()
    except Exception:  # noqa: BLE001
        return False
    return True


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    assert MODEL.exists(), "no trained model: run `make train` (make test does)"
    assert _services_reachable(), "PostgreSQL (127.0.0.1:5432) and Redis (6379) must run"
    stack = ReplicaStack(tmp_path_factory.mktemp("replicas"))
    stack.start()
    yield stack
    stack.stop()


def run(coro):
    return asyncio.run(coro)


def test_two_replicas_without_shared_stores_are_refused_with_a_clear_message(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("RASA_TRACKER_STORE_URL", "RASA_LOCK_STORE_URL", "BOT_DATABASE_URL")}
    done = subprocess.run([sys.executable, "-m", "bot", "run"], cwd=PROJECT_DIR,
                          env={**env, "RASA_REPLICAS": "2", "BOT_VAR_DIR": str(tmp_path)},
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "RASA_REPLICAS=2" in done.stderr and "RASA_LOCK_STORE_URL" in done.stderr


def test_health_reports_both_replicas(stack):
    body = requests.get(stack.url("WEB_PORT", "/health"), timeout=10).json()
    assert body["status"] == "ok"
    assert body["rasa"] == {str(port): "ok" for port in stack.rasa_ports}


def test_a_killed_replica_hands_its_conversations_to_the_other(stack):
    web_pid = stack.child("-m", "bot", "web")
    # /health asks every replica, so the gateway knows both answer.
    assert requests.get(stack.url("WEB_PORT", "/health"), timeout=10).json()["rasa"] == {
        str(port): "ok" for port in stack.rasa_ports}

    async def scenario():
        async with aiohttp.ClientSession() as session:
            visitors = [Visitor(stack, session) for _ in range(4)]
            for visitor in visitors:
                await visitor.open()
                text, _ = await visitor.say("hi")
                assert "virtual assistant" in text
            # One conversation on each replica at least (rendezvous hash).
            homes = {v.conversation_id: preference(v.conversation_id, stack.rasa_urls)[0]
                     for v in visitors}
            victim = homes[visitors[0].conversation_id]
            stack.kill9(stack.rasa_pid(int(victim.rsplit(":", 1)[1])))
            seen = {}
            for visitor in visitors:
                notices = []
                for question in ("what is spravato", "where are you located"):
                    text, more = await visitor.say(question)
                    assert text, (question, more)
                    notices += more
                seen[visitor.conversation_id] = [n["text"] for n in notices]
                await visitor.close()
            return homes, victim, seen

    homes, victim, seen = run(scenario())
    for conversation, notices in seen.items():
        # The moved conversations saw at most one "one moment"; the others none.
        assert len(notices) <= (1 if homes[conversation] == victim else 0), notices
        assert all("One moment" in n for n in notices)
    assert stack.child("-m", "bot", "web") == web_pid
    name = "rasa" if victim == stack.rasa_urls[0] else "rasa-2"
    assert f"{name} exited unexpectedly with code -9; restarting it" in stack.output()
    body = requests.get(stack.url("WEB_PORT", "/health"), timeout=10).json()
    assert body["status"] == "ok" and body["rasa"][victim.rsplit(":", 1)[1]] == "down"


def test_with_the_action_server_killed_emergencies_get_guidance_and_it_comes_back(stack):
    web_pid = stack.child("-m", "bot", "web")
    stack.kill9(stack.child("-m", "bot.runtime.action_server"))

    async def scenario():
        async with aiohttp.ClientSession() as session:
            visitor = Visitor(stack, session)
            await visitor.open()
            text, _ = await visitor.say(OVERDOSE)
            await visitor.close()
            return text

    assert "Call 911 now" in run(scenario())
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            if requests.get(stack.url("ACTIONS_PORT", "/health"), timeout=2).status_code == 200:
                break
        except requests.ConnectionError:
            pass
        time.sleep(0.5)
    else:
        raise AssertionError("the action server was not restarted:\n" + stack.output()[-3000:])
    assert "actions exited unexpectedly with code -9; restarting it in 1 s" in stack.output()
    assert stack.child("-m", "bot", "web") == web_pid
    # Back in service: a custom action answers again (clinic details).
    async def clinic_hours():
        async with aiohttp.ClientSession() as session:
            visitor = Visitor(stack, session)
            await visitor.open()
            text, _ = await visitor.say("what are your hours on saturday")
            await visitor.close()
            return text

    assert "Sat 10am-2pm" in run(clinic_hours())
