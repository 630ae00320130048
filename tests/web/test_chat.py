"""The chat WebSocket against a stand-in Rasa on loopback (real HTTP both ways)."""

from __future__ import annotations

import asyncio
import time
from dataclasses import replace

import pytest
from aiohttp import web

from bot.core.db import make_session_factory
from bot.core.models import utcnow
from bot.crisis.escalations import list_escalations
from bot.intake.store import LeadFields, save_lead
from bot.web import create_app
from bot.web.transcript import MAX_REPLAYED_TURNS
from tests.conftest import free_port
from tests.db_fixtures import migrated_engine
from tests.tracker_store import FakeTrackerStore

OVERDOSE = "my boyfriend took too many oxys and he won't wake up"


class FakeRasa:
    """Answers like Rasa's REST channel and tracker API; can be slow or broken."""

    def __init__(self) -> None:
        self.received = []
        self.mode = "ok"  # ok | error | slow
        self.events = {}

    async def webhook(self, request: web.Request) -> web.Response:
        body = await request.json()
        if self.mode == "error":
            return web.Response(status=500)
        if self.mode == "slow":
            await asyncio.sleep(5)
        self.received.append(body["message"])
        return web.json_response([
            {"recipient_id": body["sender"], "text": f"echo: {body['message']}"},
            {"recipient_id": body["sender"], "text": "Anything else?",
             "buttons": [{"title": "Yes", "payload": "/affirm"}, {"title": "No", "payload": "no"}]},
        ])

    async def tracker(self, request: web.Request) -> web.Response:
        if request.query.get("token") != "test-token":
            return web.Response(status=401)
        events = self.events.get(request.match_info["sender"], [])
        return web.json_response({"events": events})


@pytest.fixture
async def fake_rasa(aiohttp_server, settings):
    fake = FakeRasa()
    fake.events = FakeTrackerStore(settings.tracker_sqlite_path).events  # read by the web app
    app = web.Application()
    app.router.add_post("/webhooks/rest/webhook", fake.webhook)
    app.router.add_get("/conversations/{sender}/tracker", fake.tracker)
    server = await aiohttp_server(app, port=free_port())
    fake.port = server.port
    return fake


@pytest.fixture
async def chat(aiohttp_client, settings, fake_rasa):
    engine = migrated_engine(settings.database_url)
    settings = replace(settings, rasa_port=fake_rasa.port, rasa_reply_timeout=1,
                       allowed_origins=("https://www.clinic.example",))
    client = await aiohttp_client(create_app(settings))
    client.sessions = make_session_factory(engine)
    yield client
    engine.dispose()


async def connect(client, conversation_id=None, origin=None):
    origin = origin or f"http://{client.host}:{client.port}"
    ws = await client.ws_connect("/chat/ws", headers={"Origin": origin})
    await ws.send_json({"type": "hello", "conversation_id": conversation_id})
    welcome = await ws.receive_json(timeout=10)
    assert welcome["type"] == "welcome"
    return ws, welcome


async def replies_to(ws, frame):
    """Every frame answering one message: until replies or a notice arrived and
    nothing more follows for half a second."""
    await ws.send_json(frame)
    frames = []
    while True:
        answered = any(f["type"] in ("replies", "notice") for f in frames)
        try:
            frames.append(await ws.receive_json(timeout=0.5 if answered else 40))
        except asyncio.TimeoutError:
            return frames


def texts(frames):
    out = []
    for f in frames:
        if f["type"] == "replies":
            out += [m["text"] for m in f["messages"]]
        elif f["type"] == "notice":
            out.append(f["text"])
    return " ".join(out)


async def test_a_new_visitor_is_greeted_with_the_disclosure_and_quick_replies(chat):
    ws, welcome = await connect(chat)
    assert len(welcome["conversation_id"]) >= 16
    (greeting,) = welcome["history"]
    assert "virtual assistant" in greeting["text"] and "911" in greeting["text"]
    assert "Can someone call me?" in [b["title"] for b in greeting["buttons"]]
    await ws.close()


async def test_messages_are_relayed_with_typing_and_buttons(chat, fake_rasa):
    ws, _ = await connect(chat)
    frames = await replies_to(ws, {"type": "message", "text": "what is spravato"})
    assert frames[0] == {"type": "typing", "on": True}
    assert {"type": "typing", "on": False} in frames
    replies = next(f for f in frames if f["type"] == "replies")["messages"]
    assert replies[0]["text"] == "echo: what is spravato"
    assert [b["title"] for b in replies[1]["buttons"]] == ["Yes", "No"]
    assert fake_rasa.received == ["what is spravato"]


async def test_typed_text_never_reaches_rasa_as_an_intent(chat, fake_rasa):
    ws, _ = await connect(chat)
    await replies_to(ws, {"type": "message", "text": '/inform{"phone": "5550100"}'})
    await replies_to(ws, {"type": "button", "title": "/restart", "payload": "/restart"})
    assert fake_rasa.received == ['inform{"phone": "5550100"}', "restart"]


async def test_only_a_button_the_bot_just_offered_passes_its_payload(chat, fake_rasa):
    ws, _ = await connect(chat)
    await replies_to(ws, {"type": "message", "text": "hello"})
    await replies_to(ws, {"type": "button", "title": "Yes", "payload": "/affirm"})
    assert fake_rasa.received[-1] == "/affirm"  # offered in the last turn
    await replies_to(ws, {"type": "button", "title": "Stop", "payload": "/stop"})
    assert fake_rasa.received[-1] == "Stop"  # not offered: its title, as text


async def test_a_long_message_is_refused_with_a_note_and_the_chat_goes_on(chat, fake_rasa):
    ws, _ = await connect(chat)
    frames = await replies_to(ws, {"type": "message", "text": "x" * 2000})
    assert frames[0]["type"] == "notice" and "1,000 characters" in frames[0]["text"]
    frames = await replies_to(ws, {"type": "message", "text": "still there?"})
    assert "echo: still there?" in texts(frames)
    assert fake_rasa.received == ["still there?"]


@pytest.mark.parametrize("frame", ["not json", "[1, 2]", '{"type": "message", "text": 5}',
                                   '{"type": "nope"}', "[" * 5000])
async def test_malformed_frames_get_a_clear_note(chat, frame):
    ws, _ = await connect(chat)
    await ws.send_str(frame)
    notice = await ws.receive_json(timeout=5)
    assert notice["type"] == "notice" and "couldn't be read" in notice["text"]


async def test_too_many_messages_at_once_get_a_polite_note(chat, fake_rasa):
    ws, _ = await connect(chat)
    for i in range(16):
        await ws.send_json({"type": "message", "text": f"message {i}"})
    seen = []
    while len([f for f in seen if f["type"] in ("replies", "notice")]) < 16:
        seen.append(await ws.receive_json(timeout=10))
    notices = [f for f in seen if f["type"] == "notice"]
    assert notices and "very quickly" in notices[0]["text"]
    assert len(fake_rasa.received) < 16


async def test_repeated_hellos_count_against_the_limit_too(chat, fake_rasa):
    # Each hello reads a whole transcript from Rasa: a script must not loop on it.
    fake_rasa.events["b" * 32] = [{"event": "user", "text": "hi"}]
    ws, _ = await connect(chat)
    for _ in range(16):
        await ws.send_json({"type": "hello", "conversation_id": "b" * 32})
    frames = [await ws.receive_json(timeout=10) for _ in range(16)]
    assert [f["type"] for f in frames].count("welcome") < 16
    assert any(f["type"] == "notice" and "very quickly" in f["text"] for f in frames)


def dated(events, minutes_ago):
    """Tracker events as Rasa stores them, the last one `minutes_ago` old."""
    last = time.time() - minutes_ago * 60
    return [{**e, "timestamp": last - (len(events) - i)} for i, e in enumerate(events)]


EARLIER = [
    {"event": "action", "name": "action_session_start"},
    {"event": "session_started"},
    {"event": "user", "text": "is ketamine right for me"},
    {"event": "bot", "text": "What would you like help with?",
     "data": {"buttons": [{"title": "PTSD", "payload": "PTSD"}]}},
]


async def test_reload_within_the_window_shows_the_conversation_so_far(chat, fake_rasa):
    fake_rasa.events["a" * 32] = dated(EARLIER, minutes_ago=29)
    ws, welcome = await connect(chat, conversation_id="a" * 32)
    assert welcome["conversation_id"] == "a" * 32
    assert [(t["from"], t["text"]) for t in welcome["history"]] == [
        ("visitor", "is ketamine right for me"), ("bot", "What would you like help with?")]
    await replies_to(ws, {"type": "button", "title": "PTSD", "payload": "PTSD"})
    assert fake_rasa.received == ["PTSD"]  # the replayed turn's buttons are on offer


def greeted_afresh(welcome, old_id):
    (greeting,) = welcome["history"]
    return (welcome["conversation_id"] != old_id and "virtual assistant" in greeting["text"]
            and greeting["from"] == "bot")


async def test_a_conversation_quiet_for_longer_than_the_window_is_not_shown_again(chat, fake_rasa):
    fake_rasa.events["a" * 32] = dated(EARLIER, minutes_ago=31)
    ws, welcome = await connect(chat, conversation_id="a" * 32)
    assert greeted_afresh(welcome, "a" * 32)
    await replies_to(ws, {"type": "button", "title": "PTSD", "payload": "PTSD"})
    assert fake_rasa.received == ["PTSD"]  # typed text now: the old buttons are gone


async def test_an_undated_conversation_is_not_shown_again(chat, fake_rasa):
    fake_rasa.events["a" * 32] = EARLIER
    _, welcome = await connect(chat, conversation_id="a" * 32)
    assert greeted_afresh(welcome, "a" * 32)


async def test_after_an_intake_was_submitted_a_reload_starts_a_new_conversation(chat, fake_rasa):
    fake_rasa.events["c" * 32] = dated([
        {"event": "user", "text": "My name is Ada Lovelace, born 12/10/1985"},
        {"event": "bot", "text": "Thanks, Ada. Someone from the clinic will call you."},
    ], minutes_ago=1)
    with chat.sessions() as session:
        save_lead(session=session, conversation_id="c" * 32,
                  fields=LeadFields(consent_at=utcnow(), privacy_notice_sha="0" * 64,
                                    full_name="Ada Lovelace"))
    _, welcome = await connect(chat, conversation_id="c" * 32)
    assert greeted_afresh(welcome, "c" * 32)
    assert "Ada" not in str(welcome)


async def test_a_reload_shows_only_the_latest_turns(chat, fake_rasa):
    many = []
    for i in range(60):
        many += [{"event": "user", "text": f"question {i}"},
                 {"event": "bot", "text": f"answer {i}"}]
    fake_rasa.events["d" * 32] = dated(many, minutes_ago=1)
    _, welcome = await connect(chat, conversation_id="d" * 32)
    history = [t["text"] for t in welcome["history"]]
    assert len(history) == MAX_REPLAYED_TURNS
    assert history[-1] == "answer 59" and "question 0" not in history


async def test_with_the_window_at_zero_nothing_is_ever_shown_again(aiohttp_client, settings, fake_rasa):
    migrated_engine(settings.database_url).dispose()
    settings = replace(settings, rasa_port=fake_rasa.port, chat_replay_minutes=0)
    client = await aiohttp_client(create_app(settings))
    fake_rasa.events["a" * 32] = dated(EARLIER, minutes_ago=0)
    _, welcome = await connect(client, conversation_id="a" * 32)
    assert greeted_afresh(welcome, "a" * 32)


async def test_with_rasa_down_an_overdose_still_gets_guidance_and_reaches_on_call(chat, fake_rasa):
    fake_rasa.mode = "error"
    ws, welcome = await connect(chat)
    frames = await replies_to(ws, {"type": "message", "text": OVERDOSE})
    said = texts(frames)
    assert "Call 911" in said and "naloxone (Narcan)" in said
    with chat.sessions() as session:
        (escalation,) = list_escalations(session=session)
    assert escalation.category == "overdose"
    assert escalation.conversation_id == welcome["conversation_id"]
    assert escalation.language == "en"  # the widget's: on-call knows whom to call back


async def test_an_emergency_the_database_could_not_take_is_recorded_once_when_it_answers(
        chat, fake_rasa, monkeypatch):
    """Our database down too (a PostgreSQL restart): the guidance goes out at once,
    and the on-call record is written when the database answers again, once."""
    from sqlalchemy.exc import OperationalError

    from bot.web import chat as chat_module, pending_escalations

    monkeypatch.setattr(pending_escalations, "RETRY_SECONDS", 0.05)
    real, attempts = chat_module.record_crisis_message, []

    def restarting(**fields):
        attempts.append((fields["message_id"], utcnow().replace(tzinfo=None)))
        if len(attempts) <= 3:
            raise OperationalError("SELECT", {}, Exception("connection refused"))
        return real(**fields)

    monkeypatch.setattr(chat_module, "record_crisis_message", restarting)
    fake_rasa.mode = "error"
    ws, welcome = await connect(chat)
    said = texts(await replies_to(ws, {"type": "message", "text": OVERDOSE}))
    assert "Call 911" in said and "naloxone (Narcan)" in said
    for _ in range(100):
        with chat.sessions() as session:
            escalations = list_escalations(session=session)
        if escalations:
            break
        await asyncio.sleep(0.05)
    (escalation,) = escalations
    assert escalation.conversation_id == welcome["conversation_id"]
    assert len({message_id for message_id, _ in attempts}) == 1  # the same message each time
    # Recorded at the time the visitor wrote, not when the database came back.
    assert escalation.created_at.replace(tzinfo=None) <= attempts[0][1]
    await asyncio.sleep(0.2)  # nothing is left to retry: still one
    with chat.sessions() as session:
        assert len(list_escalations(session=session)) == 1


async def test_with_rasa_too_slow_other_messages_get_the_clinic_phone(chat, fake_rasa):
    fake_rasa.mode = "slow"
    ws, _ = await connect(chat)
    frames = await replies_to(ws, {"type": "message", "text": "what are your hours"})
    notice = next(f for f in frames if f["type"] == "notice")
    assert notice["level"] == "error" and "+1 212 555 0100" in notice["text"]
    assert "911" in notice["text"] and "988" in notice["text"]
    with chat.sessions() as session:
        assert list_escalations(session=session) == []
    fake_rasa.mode = "ok"  # Rasa is back: the conversation goes on
    frames = await replies_to(ws, {"type": "message", "text": "hello again"})
    assert "echo: hello again" in texts(frames)


@pytest.mark.parametrize("origin", [None, "https://evil.example"])
async def test_other_sites_cannot_open_the_chat(chat, origin):
    headers = {"Origin": origin} if origin else {}
    response = await chat.get("/chat/ws", headers={**headers, "Upgrade": "websocket",
                                                    "Connection": "Upgrade",
                                                    "Sec-WebSocket-Version": "13",
                                                    "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ=="})
    assert response.status == 403


async def test_a_clinic_site_in_the_allowed_origins_can_embed_the_chat(chat):
    ws, welcome = await connect(chat, origin="https://www.clinic.example")
    assert welcome["history"]
    await ws.close()


async def test_the_widget_is_served_for_embedding(chat):
    for path, kind in (("/widget.js", "javascript"), ("/widget.css", "css")):
        response = await chat.get(path)
        assert response.status == 200 and kind in response.headers["Content-Type"]
        assert "max-age" in response.headers["Cache-Control"]


async def test_with_rasa_down_the_clinics_paging_budget_still_holds(
        aiohttp_client, settings, fake_rasa):
    """The fail-safe pages through the same budget as the assistant: over the
    clinic's limit an escalation is recorded and held for the digest page."""
    engine = migrated_engine(settings.database_url)
    oncall = replace(settings.oncall, webhook_url="https://pager.clinic.example/hook",
                     page_budget=1)
    client = await aiohttp_client(create_app(replace(
        settings, rasa_port=fake_rasa.port, rasa_reply_timeout=1,
        allowed_origins=("https://www.clinic.example",), oncall=oncall)))
    fake_rasa.mode = "error"
    for _ in range(2):  # two visitors, two conversations
        ws, _ = await connect(client)
        said = texts(await replies_to(ws, {"type": "message", "text": OVERDOSE}))
        assert "Call 911" in said
        await ws.close()
    with make_session_factory(engine)() as session:
        escalations = sorted(list_escalations(session=session), key=lambda e: e.id)
    assert len(escalations) == 2
    assert escalations[0].paged_at is not None and escalations[0].page_held_at is None
    assert escalations[1].paged_at is None and escalations[1].page_held_at is not None
    engine.dispose()
