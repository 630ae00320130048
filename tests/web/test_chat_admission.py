"""Visitor messages in flight to a Rasa replica are bounded (bot.web.admission):
more wait their turn briefly, then the fail-safe answers them without Rasa ever
seeing them; an emergency never waits behind other visitors."""

from __future__ import annotations

import asyncio
from dataclasses import replace

import pytest
from aiohttp import web

from bot.web import create_app
from bot.web.admission import Admission, Answered, Busy
from tests.conftest import free_port
from tests.web.test_chat import OVERDOSE, connect, replies_to, texts

# --- the admission rule on its own -------------------------------------------


async def hold(admission: Admission, replica: str, release: asyncio.Event, entered: list, name: str):
    async with admission.slot(replica):
        entered.append(name)
        await release.wait()


async def slot_taken(admission: Admission):
    """One visitor holds the replica's only slot: (let it go, who got in, its task)."""
    release, entered = asyncio.Event(), []
    holder = asyncio.create_task(hold(admission, "r1", release, entered, "a"))
    await asyncio.sleep(0)
    return release, entered, holder


async def assert_turned_away(admission: Admission, returning: bool = True) -> None:
    with pytest.raises(Busy):
        async with admission.slot("r1", returning=returning):
            pass


async def test_messages_beyond_the_limit_wait_and_go_in_arrival_order():
    admission = Admission(limit=2, wait_seconds=5)
    release, entered = asyncio.Event(), []
    first = [asyncio.create_task(hold(admission, "r1", release, entered, n)) for n in ("a", "b")]
    await asyncio.sleep(0)
    later = [asyncio.create_task(hold(admission, "r1", asyncio.Event(), entered, n)) for n in ("c", "d")]
    await asyncio.sleep(0.05)
    assert entered == ["a", "b"] and admission.saturated("r1") and admission.waiting("r1") == 2
    assert not admission.saturated("r2")  # each replica has its own slots
    release.set()
    await asyncio.gather(*first)
    await asyncio.sleep(0.05)
    assert entered == ["a", "b", "c", "d"] and admission.in_flight("r1") == 2
    for task in later:
        task.cancel()
    await asyncio.gather(*later, return_exceptions=True)
    assert admission.in_flight("r1") == 0 and not admission.saturated("r1")


async def test_a_slot_given_back_goes_to_the_one_waiting_not_to_a_newcomer():
    """Between a slot's release and the waiting message's turn to run, the
    replica still counts as full: a new conversation arriving in that instant
    is turned away and cannot take the slot from the message that waited."""
    admission = Admission(limit=1, wait_seconds=5)
    release, entered, holder = await slot_taken(admission)
    waiter = asyncio.create_task(hold(admission, "r1", asyncio.Event(), entered, "waited"))
    await asyncio.sleep(0.01)
    release.set()
    await holder  # the slot is given back; the waiter has not run yet
    assert admission.saturated("r1")
    await assert_turned_away(admission, returning=False)
    await asyncio.sleep(0.01)
    assert entered == ["a", "waited"] and admission.in_flight("r1") == 1
    waiter.cancel()
    await asyncio.gather(waiter, return_exceptions=True)
    assert admission.in_flight("r1") == 0


async def test_a_message_still_waiting_at_the_end_of_the_wait_is_turned_away():
    admission = Admission(limit=1, wait_seconds=0.1)
    release, _, holder = await slot_taken(admission)
    await assert_turned_away(admission)
    assert admission.turned_away == 1 and admission.waiting("r1") == 0
    release.set()
    await holder
    async with admission.slot("r1"):  # the slot came back: nothing was lost
        assert admission.in_flight("r1") == 1


async def test_with_no_wait_a_full_replica_turns_away_at_once():
    admission = Admission(limit=1, wait_seconds=0)
    release, _, holder = await slot_taken(admission)
    await assert_turned_away(admission)
    release.set()
    await holder


async def test_a_new_conversation_is_turned_away_at_once_while_a_returning_one_waits():
    admission = Admission(limit=1, wait_seconds=5)
    release, entered, holder = await slot_taken(admission)
    await assert_turned_away(admission, returning=False)
    returning = asyncio.create_task(hold(admission, "r1", asyncio.Event(), entered, "back"))
    await asyncio.sleep(0.05)
    assert admission.waiting("r1") == 1
    release.set()
    await holder
    await asyncio.sleep(0.05)
    assert entered == ["a", "back"]
    returning.cancel()
    await asyncio.gather(returning, return_exceptions=True)


def test_the_answered_conversations_keep_only_the_newest():
    answered = Answered(size=2)
    for conversation in ("a", "b", "a", "c"):
        answered.add(conversation)
    assert "a" in answered and "c" in answered and "b" not in answered


async def test_a_visitor_who_leaves_while_waiting_takes_no_slot_with_them():
    admission = Admission(limit=1, wait_seconds=5)
    release, entered, holder = await slot_taken(admission)
    leaver = asyncio.create_task(hold(admission, "r1", asyncio.Event(), entered, "gone"))
    await asyncio.sleep(0.05)
    release.set()  # the slot is handed on in the same turn of the loop as the cancel
    leaver.cancel()
    await asyncio.gather(holder, leaver, return_exceptions=True)
    await asyncio.sleep(0.05)
    assert admission.in_flight("r1") == 0
    async with admission.slot("r1"):
        pass


# --- through the chat --------------------------------------------------------


class GatedRasa:
    """Rasa's REST channel that holds each message until the test lets it go."""

    def __init__(self) -> None:
        self.received: list = []
        self.gate = asyncio.Event()

    async def webhook(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.received.append(body["message"])
        await self.gate.wait()
        return web.json_response([{"recipient_id": body["sender"], "text": f"echo: {body['message']}"}])


@pytest.fixture
async def gated(aiohttp_server):
    fake = GatedRasa()
    app = web.Application()
    app.router.add_post("/webhooks/rest/webhook", fake.webhook)
    server = await aiohttp_server(app, port=free_port())
    fake.port = server.port
    return fake


@pytest.fixture
def start_chat(aiohttp_client, settings, gated):
    async def start(queue_seconds: int):
        # One message in flight, and a reply timeout long enough that only
        # admission can explain what the visitors see.
        app = create_app(replace(settings, rasa_port=gated.port, rasa_reply_timeout=60,
                                 rasa_max_in_flight=1, rasa_queue_seconds=queue_seconds))
        return await aiohttp_client(app)
    return start


async def first_visitor_in_flight(chat, gated):
    ws, _ = await connect(chat)
    await ws.send_json({"type": "message", "text": "tell me about spravato"})
    for _ in range(250):
        if gated.received:
            return ws
        await asyncio.sleep(0.02)
    raise AssertionError("the first message never reached Rasa")


async def test_a_new_visitor_gets_the_fail_safe_at_once_and_never_reaches_rasa(start_chat, gated):
    chat = await start_chat(queue_seconds=60)  # had it waited, nothing would come for a minute
    first = await first_visitor_in_flight(chat, gated)
    second, _ = await connect(chat)
    frames = await replies_to(second, {"type": "message", "text": "what are your hours"})
    notice = next(f for f in frames if f["type"] == "notice")
    assert notice["level"] == "error" and "try again" in notice["text"] and "911" in notice["text"]
    assert gated.received == ["tell me about spravato"]
    gated.gate.set()  # the first visitor's answer arrives; the second is let in again
    assert "echo: tell me about spravato" in texts(await receive_until_replies(first))
    assert "echo: hello again" in texts(await replies_to(second, {"type": "message", "text": "hello again"}))


async def test_a_returning_visitor_waits_for_a_turn_and_is_answered(start_chat, gated):
    chat = await start_chat(queue_seconds=60)
    gated.gate.set()
    returning, _ = await connect(chat)
    assert "echo: hi" in texts(await replies_to(returning, {"type": "message", "text": "hi"}))
    gated.gate.clear()
    gated.received.clear()
    await first_visitor_in_flight(chat, gated)
    await returning.send_json({"type": "message", "text": "and how much does it cost"})
    await asyncio.sleep(0.5)
    assert gated.received == ["tell me about spravato"]  # waiting its turn here, not sent
    gated.gate.set()
    frames = await receive_until_replies(returning, timeout=30)
    assert "echo: and how much does it cost" in texts(frames)
    assert not any(f["type"] == "notice" for f in frames)


async def test_a_returning_visitor_still_waiting_at_the_end_of_the_wait_gets_the_fail_safe(start_chat, gated):
    chat = await start_chat(queue_seconds=1)
    gated.gate.set()
    returning, _ = await connect(chat)
    await replies_to(returning, {"type": "message", "text": "hi"})
    gated.gate.clear()
    gated.received.clear()
    await first_visitor_in_flight(chat, gated)
    frames = await replies_to(returning, {"type": "message", "text": "and how much does it cost"})
    notice = next(f for f in frames if f["type"] == "notice")
    assert notice["level"] == "error" and "try again" in notice["text"]
    assert gated.received == ["tell me about spravato"]
    gated.gate.set()


async def test_an_emergency_is_answered_at_once_while_the_replica_is_full(start_chat, gated):
    chat = await start_chat(queue_seconds=60)
    await first_visitor_in_flight(chat, gated)
    second, _ = await connect(chat)
    await second.send_json({"type": "message", "text": OVERDOSE})
    # Had it queued, nothing would come for the 60 s wait.
    frames = await receive_until_replies(second, timeout=30)
    said = texts(frames)
    assert "Call 911" in said and "naloxone (Narcan)" in said
    assert gated.received == ["tell me about spravato"]
    # They write again while the replica is still full: the message waits its
    # turn (they are not a new visitor to be turned away) and is answered.
    await second.send_json({"type": "message", "text": "ok i called, what now"})
    await asyncio.sleep(0.5)
    assert gated.received == ["tell me about spravato"]
    gated.gate.set()
    frames = await receive_until_replies(second, timeout=30)
    assert "echo: ok i called, what now" in texts(frames)


async def receive_until_replies(ws, timeout: float = 10):
    frames = []
    while not any(f["type"] in ("replies", "notice") for f in frames):
        frames.append(await ws.receive_json(timeout=timeout))
    return frames
