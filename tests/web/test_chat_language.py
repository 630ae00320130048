"""A Spanish-speaking visitor on the web app (issue 15): the greeting, the
fail-safe when Rasa cannot answer, the notes and the privacy page in Spanish,
and the widget told which language the assistant answered in. Against a
stand-in Rasa on loopback, like tests/web/test_chat.py."""

from __future__ import annotations

from dataclasses import replace

import pytest
from aiohttp import web

from bot.core.db import make_session_factory
from bot.crisis.escalations import list_escalations
from bot.language.detect import word_language
from bot.web import create_app
from tests.conftest import TEST_CLINIC, free_port
from tests.db_fixtures import migrated_engine
from tests.tracker_store import FakeTrackerStore
from tests.web.test_chat import replies_to, texts

OVERDOSE_ES = "mi hermano tomó muchas pastillas y no respira"
SPANISH_CLINIC = TEST_CLINIC + """\
  hours_es:
    - "lunes a viernes, 9 a. m. a 5 p. m."
  privacy_notice_es: "Guardamos lo que usted escribe para comunicarnos con usted."
"""


class SpanishRasa:
    """Answers in the language of the message (as the LanguageGuard would once
    the metadata or the words say so); records what the web app sent."""

    def __init__(self) -> None:
        self.bodies = []
        self.mode = "ok"  # ok | error

    async def webhook(self, request: web.Request) -> web.Response:
        if self.mode == "error":
            return web.Response(status=500)
        body = await request.json()
        self.bodies.append(body)
        spanish = (body.get("metadata") or {}).get("language") == "es" or \
            word_language(body["message"]) == "es"
        text = ("Con gusto le ayudo con sus preguntas sobre el tratamiento." if spanish
                else "Happy to help with your questions about the treatment.")
        return web.json_response([{"recipient_id": body["sender"], "text": text}])


@pytest.fixture
def clinic_file(tmp_path):
    path = tmp_path / "clinic.yml"
    path.write_text(SPANISH_CLINIC, encoding="utf-8")
    return path


@pytest.fixture
async def rasa(aiohttp_server, settings):
    fake = SpanishRasa()
    FakeTrackerStore(settings.tracker_sqlite_path)  # the web app reads an empty store
    app = web.Application()
    app.router.add_post("/webhooks/rest/webhook", fake.webhook)
    fake.port = (await aiohttp_server(app, port=free_port())).port
    return fake


@pytest.fixture
async def client(aiohttp_client, settings, rasa):
    engine = migrated_engine(settings.database_url)
    settings = replace(settings, rasa_port=rasa.port, rasa_reply_timeout=1)
    client = await aiohttp_client(create_app(settings))
    client.sessions = make_session_factory(engine)
    yield client
    engine.dispose()


async def connect(client, language):
    ws = await client.ws_connect("/chat/ws", headers={"Origin": f"http://{client.host}:{client.port}"})
    await ws.send_json({"type": "hello", "conversation_id": None, "language": language})
    welcome = await ws.receive_json(timeout=10)
    assert welcome["type"] == "welcome"
    return ws, welcome


async def test_a_spanish_page_is_greeted_in_spanish_with_spanish_starters(client):
    _, welcome = await connect(client, "es")
    (greeting,) = welcome["history"]
    assert welcome["language"] == greeting["language"] == "es"
    assert "llame al 911" in greeting["text"] and "marque 2" in greeting["text"]
    assert "¿Qué es Spravato?" in [b["title"] for b in greeting["buttons"]]
    _, welcome = await connect(client, "en")
    assert welcome["language"] == "en" and "call 911" in welcome["history"][0]["text"]


async def test_rasa_is_told_the_page_language_until_it_answers_in_it(client, rasa):
    ws, _ = await connect(client, "es")
    frames = await replies_to(ws, {"type": "message", "text": "hola", "language": "es"})
    assert rasa.bodies[-1]["metadata"] == {"language": "es"}  # "hola" shows no language
    (replies,) = [f for f in frames if f["type"] == "replies"]
    assert replies["language"] == replies["messages"][0]["language"] == "es"
    await replies_to(ws, {"type": "message", "text": "ok", "language": "es"})
    assert "metadata" not in rasa.bodies[-1]  # Rasa speaks Spanish now: nothing to tell
    ws, _ = await connect(client, "en")
    await replies_to(ws, {"type": "message", "text": "hello", "language": "en"})
    assert "metadata" not in rasa.bodies[-1]


async def test_the_widget_is_told_when_the_assistant_answers_in_spanish(client):
    ws, _ = await connect(client, "en")
    frames = await replies_to(ws, {"type": "message", "text": "¿cuánto cuesta el tratamiento?",
                                   "language": "en"})
    assert [f["language"] for f in frames if f["type"] == "replies"] == ["es"]


@pytest.mark.parametrize("widget", ["es", "en"])
async def test_with_rasa_down_a_spanish_emergency_gets_the_assistants_spanish_guidance(
        client, rasa, widget):
    """The Spanish page (or switch) decides; on an English page the message's own
    words do. The texts are domain.yml's Spanish variations."""
    rasa.mode = "error"
    ws, welcome = await connect(client, widget)
    frames = await replies_to(ws, {"type": "message", "text": OVERDOSE_ES, "language": widget})
    said = texts(frames)
    assert "Llame al 911 ahora" in said and "naloxona (Narcan)" in said
    assert "de guardia" in said  # the follow-up (nobody on call in tests) in Spanish too
    assert "Call 911" not in said
    assert {f["language"] for f in frames if f["type"] == "replies"} == {"es"}
    with client.sessions() as session:
        (escalation,) = list_escalations(session=session)
    assert escalation.category == "overdose"
    assert escalation.conversation_id == welcome["conversation_id"]


async def test_with_rasa_down_a_spanish_page_gets_the_trouble_note_in_spanish(client, rasa):
    rasa.mode = "error"
    ws, _ = await connect(client, "es")
    frames = await replies_to(ws, {"type": "message", "text": "ok", "language": "es"})
    (notice,) = [f for f in frames if f["type"] == "notice"]
    assert notice["language"] == "es" and notice["text"].startswith("El asistente tiene problemas")
    assert "+1 212 555 0100" in notice["text"] and "marque 2" in notice["text"]
    assert "AYUDA" in notice["text"]


async def test_the_gateways_own_notes_are_in_spanish(client):
    ws, _ = await connect(client, "es")
    frames = await replies_to(ws, {"type": "message", "text": "x" * 1001, "language": "es"})
    assert frames[0]["text"].startswith("Su mensaje tiene más de 1,000 caracteres")


async def test_the_privacy_page_and_hours_in_spanish(client):
    page = await (await client.get("/privacy?lang=es")).text()
    assert '<html lang="es">' in page and "<h1>Aviso de privacidad</h1>" in page
    assert "Guardamos lo que usted escribe" in page and "marque 2" in page
    english = await (await client.get("/privacy")).text()
    assert '<html lang="en">' in english and "We keep what you type" in english
    home = await (await client.get("/?lang=es")).text()
    assert '<html lang="es">' in home and "lunes a viernes, 9 a. m. a 5 p. m." in home
    assert "Mon-Fri 9am-5pm" in await (await client.get("/")).text()


@pytest.mark.parametrize("text, language", [
    (OVERDOSE_ES, "es"), ("me quiero morir", "es"), ("I want to die", "en"),
    ("Español", "es"), ("ok", None), ("hola", None), ("my son took pills", None),
    ("Con gusto le ayudo con sus preguntas sobre el tratamiento.", "es"),
])
def test_the_light_reading_of_a_language_needs_its_own_small_words(text, language):
    assert word_language(text) == language
