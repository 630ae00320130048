"""The visitor's side of a hand-over, through the real chat WebSocket: the
visitor is told who joined, sees the staff member's messages, and, while a human
holds the chat, an emergency message still gets the guidance at once, is
recorded for on-call and alerts the staff page; the assistant says nothing."""

from __future__ import annotations

import asyncio

from bot.crisis.escalations import list_escalations
from bot.web import keys
from bot.web.live.handover import HANDOVER
from bot.web.live.hub import HUB
from tests.web.test_chat import (OVERDOSE, chat, connect, fake_rasa,  # noqa: F401
                                 replies_to, texts)


def record_rasa(client):
    """Rasa as it behaves while paused: messages are recorded, nothing is said.
    (The holds' watch is stopped: these tests' staff sessions are not real.)"""
    async def no_watch(check_sessions):
        return None

    client.app[HANDOVER].watch_once = no_watch
    rasa = client.app[keys.RASA]
    calls, sent = [], []

    async def handover(action, sender, **kwargs):
        calls.append((action, kwargs))

    async def send(sender, text, **kwargs):
        sent.append(text)
        return []

    rasa.handover, rasa.send = handover, send
    return calls, sent


async def frames_until_quiet(ws, seconds=1.0):
    frames = []
    while True:
        try:
            frames.append(await ws.receive_json(timeout=seconds))
        except asyncio.TimeoutError:
            return frames


async def test_the_visitor_sees_who_joined_and_what_they_write(chat):  # noqa: F811
    calls, _ = record_rasa(chat)
    ws, welcome = await connect(chat)
    conversation_id = welcome["conversation_id"]
    handover = chat.app[HANDOVER]
    await handover.take(conversation_id, user_id=7, name="dr.osei", role="oncall", token="t")
    frames = await frames_until_quiet(ws)
    assert {"type": "handover", "state": "staff",
            "staff": {"name": "dr.osei", "role": "oncall"}} in frames
    assert "has joined: dr.osei (on-call clinician)" in texts(frames)
    await handover.say(conversation_id, 7, "I'm a nurse at the clinic. How can I help?")
    (said,) = next(f for f in await frames_until_quiet(ws) if f["type"] == "replies")["messages"]
    assert said["from"] == "staff" and said["staff"]["name"] == "dr.osei"
    assert [c[0] for c in calls] == ["pause", "say"]
    await ws.close()


async def test_an_emergency_while_a_human_holds_the_chat_gets_the_guidance_at_once(chat):  # noqa: F811
    calls, sent = record_rasa(chat)
    ws, welcome = await connect(chat)
    conversation_id = welcome["conversation_id"]
    handover = chat.app[HANDOVER]
    await handover.take(conversation_id, user_id=7, name="dr.osei", role="oncall", token="t")
    await frames_until_quiet(ws)
    staff_page = chat.app[HUB].watch(conversation_id)

    frames = await replies_to(ws, {"type": "message", "text": OVERDOSE})
    first = next(f for f in frames if f["type"] == "replies")
    assert "911" in " ".join(m["text"] for m in first["messages"])  # the guidance comes first
    assert sent == [OVERDOSE]  # Rasa still records the message
    with chat.sessions() as session:
        assert [e.conversation_id for e in list_escalations(session=session)] == [conversation_id]
    guidance = [c for c in calls if c[0] == "say"]
    assert guidance and all(c[1]["crisis"] == "overdose" and c[1]["staff_role"] == "assistant"
                            for c in guidance)
    nudges = [staff_page.get_nowait() for _ in range(staff_page.qsize())]
    assert {"alert": "overdose"} in nudges
    assert handover.holds.get(conversation_id).visitor_waiting_since is not None

    await ws.send_json({"type": "message", "text": "ok I called them"})
    quiet = await frames_until_quiet(ws, 2.0)
    assert texts(quiet) == ""  # while a human holds the chat, the assistant is silent
    await ws.close()


async def test_a_paused_conversation_nobody_holds_is_resumed_and_answered(chat, fake_rasa):  # noqa: F811
    rasa = chat.app[keys.RASA]
    resumed = []

    async def handover(action, sender, **kwargs):
        resumed.append(action)

    async def events(sender):
        return [{"event": "pause", "timestamp": 1.0}]

    real_send, answers = rasa.send, [[]]

    async def send(sender, text, **kwargs):
        return answers.pop() if answers else await real_send(sender, text)

    rasa.handover, rasa.events, rasa.send = handover, events, send
    ws, _ = await connect(chat)
    frames = await replies_to(ws, {"type": "message", "text": "hello?"})
    assert resumed == ["resume"] and "echo: hello?" in texts(frames)
    await ws.close()


async def test_a_spanish_conversation_is_told_who_joined_and_who_left_in_spanish(chat):  # noqa: F811
    from bot.web.live.handover import BACK_TEXT_ES, LAPSED_TEXT_ES

    calls, _ = record_rasa(chat)
    origin = f"http://{chat.host}:{chat.port}"
    ws = await chat.ws_connect("/chat/ws", headers={"Origin": origin})
    await ws.send_json({"type": "hello", "conversation_id": None, "language": "es"})
    welcome = await ws.receive_json(timeout=10)
    assert welcome["language"] == "es"
    conversation_id = welcome["conversation_id"]
    handover = chat.app[HANDOVER]
    await handover.take(conversation_id, user_id=7, name="Dr. Ana Ruiz", role="oncall",
                        token="t")
    frames = await frames_until_quiet(ws)
    assert {"type": "handover", "state": "staff",
            "staff": {"name": "Dr. Ana Ruiz", "role": "oncall"}} in frames
    joined = ("Se unió a la conversación un miembro del personal de la clínica: "
              "Dr. Ana Ruiz (clínico de guardia).")
    assert texts(frames) == joined
    assert calls[-1][1]["text"] == joined  # the tracker (and a reload) say the same
    said = next(f for f in frames if f["type"] == "replies")["messages"][0]
    assert said["language"] == "es"

    await handover.hand_back(conversation_id, 7)
    frames = await frames_until_quiet(ws)
    assert {"type": "handover", "state": "assistant"} in frames
    assert texts(frames) == BACK_TEXT_ES and calls[-1][1]["text"] == BACK_TEXT_ES

    await handover.take(conversation_id, user_id=7, name="Dr. Ana Ruiz", role="oncall",
                        token="t")
    await frames_until_quiet(ws)
    await handover.lapse(handover.holds.get(conversation_id), "silent while the visitor wrote")
    frames = await frames_until_quiet(ws)
    assert LAPSED_TEXT_ES in texts(frames) and "988 y marque 2" in texts(frames)
    await ws.close()


async def test_an_english_conversation_stays_in_english(chat):  # noqa: F811
    from bot.web.live.handover import BACK_TEXT

    record_rasa(chat)
    ws, welcome = await connect(chat)
    conversation_id = welcome["conversation_id"]
    handover = chat.app[HANDOVER]
    await handover.take(conversation_id, user_id=7, name="Dr. Ana Ruiz", role="staff", token="t")
    assert texts(await frames_until_quiet(ws)) == (
        "A member of the clinic's staff has joined: Dr. Ana Ruiz (clinic staff).")
    await handover.hand_back(conversation_id, 7)
    assert texts(await frames_until_quiet(ws)) == BACK_TEXT
    await ws.close()
