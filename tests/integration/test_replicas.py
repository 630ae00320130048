"""Two Rasa replicas on PostgreSQL and Redis (`RASA_REPLICAS=2 python -m bot run`),
and what a visitor sees when processes are killed with SIGKILL and the shared
stores restart (issue 16, item 5).

One module-scoped stack on loopback shares every check: its start is most of the
cost. It runs on a private Redis and a private PostgreSQL cluster of its own
(tests/private_services.py), never the machine's, so that restarting them
touches nothing else. The checks run in file order: a replica is killed first,
then the action server; then Redis is restarted, then PostgreSQL. A longer run
under load is bench/replicas_load.py (`make bench`).
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator, List, Tuple

import aiohttp
import pytest
import requests

from bot.web.replicas import preference
from tests import private_services
from tests.private_services import PrivatePostgres, PrivateRedis
from tests.replica_stack import PROJECT_DIR, ReplicaStack, Visitor, intake

pytestmark = pytest.mark.integration
MODEL = PROJECT_DIR / "models" / "clinic.tar.gz"
OVERDOSE = "my friend took too many oxys and is not breathing"


@dataclass(frozen=True)
class Stores:
    redis: PrivateRedis
    postgres: PrivatePostgres


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    """A private Redis and PostgreSQL for this module's stack (restarted by its tests)."""
    assert not private_services.missing(), f"needed to run the stores: {private_services.missing()}"
    redis = PrivateRedis(tmp_path_factory.mktemp("redis"))
    postgres = PrivatePostgres()
    try:
        redis.start()
        postgres.init()
        postgres.start()
        yield Stores(redis, postgres)
    finally:
        redis.stop()
        postgres.remove()


@pytest.fixture(scope="module")
def stack(tmp_path_factory, stores):
    assert MODEL.exists(), "no trained model: run `make train` (make test does)"
    stack = ReplicaStack(tmp_path_factory.mktemp("replicas"),
                         pg_admin_url=stores.postgres.admin_url(), redis_url=stores.redis.url())
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


TROUBLE = "having trouble"  # the web app's fail-safe notice (bot.web.chat.trouble_text)


@contextmanager
def down(store) -> Iterator[None]:
    """`store` stopped for the block, then started again on the same port and data."""
    store.stop()
    try:
        yield
    finally:
        store.start()


def _query(url: str, sql: str, *args) -> list:
    import psycopg2

    connection = psycopg2.connect(url, connect_timeout=5)
    try:
        with connection.cursor() as cursor:
            cursor.execute(sql, args)
            return cursor.fetchall()
    finally:
        connection.close()


def stored_turns(stack: ReplicaStack, conversation_id: str) -> List[Tuple[str, str]]:
    """The conversation as the tracker store keeps it, in order: ("user"|"bot", text)."""
    rows = _query(stack.env["RASA_TRACKER_STORE_URL"],
                  "SELECT type_name, data FROM events WHERE sender_id = %s "
                  "AND type_name IN ('user', 'bot') ORDER BY id", conversation_id)
    return [(kind, json.loads(data).get("text") or "") for kind, data in rows]


def visitor_lines(turns: List[Tuple[str, str]]) -> List[str]:
    return [text for kind, text in turns if kind == "user"]


def each_answered_in_turn(turns: List[Tuple[str, str]]) -> bool:
    """Every visitor message is followed by the bot's answer before the next one."""
    kinds = [kind for kind, _ in turns]
    return all(after == "bot" for kind, after in zip(kinds, kinds[1:] + ["end"]) if kind == "user")


def rows_of(stack: ReplicaStack, table: str, conversation_id: str) -> int:
    return _query(stack.env["BOT_DATABASE_URL"],
                  f"SELECT count(*) FROM {table} WHERE conversation_id = %s", conversation_id)[0][0]


def fail_safe_answered(reply: Tuple[str, List[dict]]) -> bool:
    text, notices = reply
    return not text and any(TROUBLE in notice["text"] for notice in notices)


def test_with_redis_restarted_turns_go_on_in_order_and_emergencies_get_guidance(stack, stores):
    web_pid = stack.child("-m", "bot", "web")

    async def scenario():
        async with aiohttp.ClientSession() as session:
            talking, during, after = visitors = [Visitor(stack, session) for _ in range(3)]
            for visitor in visitors:
                await visitor.open()
            said = {"hi": await talking.say("hi")}
            with down(stores.redis):
                said["meanwhile"] = await talking.say("what is spravato")
                said["emergency during"] = await during.say(OVERDOSE)
            said["next turn"] = await talking.say("where are you located")
            said["emergency after"] = await after.say(OVERDOSE)
            for visitor in visitors:
                await visitor.close()
            return said, [v.conversation_id for v in visitors]

    said, (talking, during, after) = run(scenario())
    assert "virtual assistant" in said["hi"][0]
    # Without Redis no replica can take the conversation's lock: Rasa answers
    # nothing and the web app's fail-safe does, emergencies with their guidance.
    assert fail_safe_answered(said["meanwhile"]), said["meanwhile"]
    assert "Call 911 now" in said["emergency during"][0]
    # Redis back: the replicas reconnect on their own, nobody sees a notice.
    assert "1 Test Plaza" in said["next turn"][0] and said["next turn"][1] == []
    assert "Call 911 now" in said["emergency after"][0]
    turns = stored_turns(stack, talking)
    assert visitor_lines(turns) == ["hi", "where are you located"], turns
    assert each_answered_in_turn(turns), turns
    assert rows_of(stack, "escalations", during) == 1  # the fail-safe's
    assert rows_of(stack, "escalations", after) == 1  # the assistant's
    assert stack.child("-m", "bot", "web") == web_pid


def test_with_postgresql_restarted_an_intake_is_stored_once_and_its_history_kept(stack, stores):
    web_pid = stack.child("-m", "bot", "web")
    script = intake(16)

    async def scenario():
        async with aiohttp.ClientSession() as session:
            applying, talking, during, after = visitors = [Visitor(stack, session)
                                                           for _ in range(4)]
            for visitor in visitors:
                await visitor.open()
            for text, expected in script[:-2]:  # up to the insurance question
                reply = await applying.say(text)
                assert expected is None or expected in reply[0], (text, reply)
            said = {"hi": await talking.say("hi")}
            with down(stores.postgres):
                said["intake meanwhile"], said["meanwhile"], said["emergency during"] = (
                    await asyncio.gather(applying.say(script[-2][0]),
                                         talking.say("what is spravato"), during.say(OVERDOSE)))
            said["emergency after"] = await after.say(OVERDOSE)
            said["intake again"] = await applying.say(script[-2][0])
            said["intake sent"] = await applying.say(script[-1][0])
            said["next turn"] = await talking.say("where are you located")
            for visitor in visitors:
                await visitor.close()
            return said, [v.conversation_id for v in visitors]

    said, (applying, talking, during, after) = run(scenario())
    # Neither database answers: Rasa answers nothing (bot.rasa_ext.tracker_store)
    # and the fail-safe does; the emergency gets its guidance at once.
    assert fail_safe_answered(said["intake meanwhile"]), said["intake meanwhile"]
    assert fail_safe_answered(said["meanwhile"]), said["meanwhile"]
    assert "Call 911 now" in said["emergency during"][0]
    # PostgreSQL back: every conversation goes on where it was, without a notice.
    assert "Call 911 now" in said["emergency after"][0]
    assert "Here is what I'll send" in said["intake again"][0]
    assert "sent your details" in said["intake sent"][0]
    assert "1 Test Plaza" in said["next turn"][0] and said["next turn"][1] == []
    assert rows_of(stack, "leads", applying) == 1
    turns = stored_turns(stack, applying)
    assert visitor_lines(turns) == [text for text, _ in script], turns
    assert each_answered_in_turn(turns), turns
    assert visitor_lines(stored_turns(stack, talking)) == ["hi", "where are you located"]
    # The emergency the fail-safe could not record is recorded once the database
    # answers (bot.web.pending_escalations, every 2 s), and only once.
    deadline = time.monotonic() + 15
    while rows_of(stack, "escalations", during) == 0 and time.monotonic() < deadline:
        time.sleep(0.5)
    assert rows_of(stack, "escalations", during) == 1
    assert rows_of(stack, "escalations", after) == 1
    assert stack.child("-m", "bot", "web") == web_pid
