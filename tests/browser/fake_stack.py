"""The web app with a stand-in Rasa, both on loopback in a background thread.

For browser tests of the widget's own behaviour (continuity, ending a chat, idle
sockets), where the assistant's answers do not matter and a trained model is not
needed. The stand-in answers like Rasa's REST channel and records each turn, with
Rasa's timestamps, where the web app reads transcripts: Rasa's SQL tracker store
(its `events` table) and the tracker API. It also takes the hand-over channel's
requests (pause, resume, a staff message; bot.handover.events) and, while paused,
records the visitor's messages without answering, as Rasa does.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import threading
import time
from dataclasses import replace
from pathlib import Path
from typing import Dict, List

from aiohttp import web

from bot.core.db import make_engine, make_session_factory
from bot.core.settings import Settings
from bot.handover.events import BadHandover, events_for, is_paused
from bot.web import create_app
from tests.conftest import TEST_CLINIC, free_port
from tests.db_fixtures import migrated_engine

# Rasa 3.6's SQLTrackerStore table (rasa.core.tracker_store.SQLEvent).
EVENTS_TABLE = """CREATE TABLE IF NOT EXISTS events (
    id INTEGER NOT NULL PRIMARY KEY, sender_id VARCHAR(255) NOT NULL,
    type_name VARCHAR(255) NOT NULL, timestamp FLOAT, intent_name VARCHAR(255),
    action_name VARCHAR(255), data TEXT)"""


class StandInRasa:
    def __init__(self, tracker_db: Path) -> None:
        self.tracker_db = tracker_db
        self.events: Dict[str, List[dict]] = {}

    def _record(self, sender: str, event: dict) -> None:
        event = {**event, "timestamp": time.time()}
        self.events.setdefault(sender, []).append(event)
        self.tracker_db.parent.mkdir(parents=True, exist_ok=True)
        with sqlite3.connect(self.tracker_db) as db:
            db.execute(EVENTS_TABLE)
            db.execute("INSERT INTO events (sender_id, type_name, timestamp, data) "
                       "VALUES (?, ?, ?, ?)",
                       (sender, event["event"], event["timestamp"], json.dumps(event)))
        db.close()

    async def webhook(self, request: web.Request) -> web.Response:
        body = await request.json()
        sender, text = body["sender"], body["message"]
        reply = f"Noted: {text}"
        self._record(sender, {"event": "user", "text": text})
        if is_paused(self.events.get(sender, [])):  # a staff member holds the chat
            return web.json_response([])
        self._record(sender, {"event": "bot", "text": reply})
        return web.json_response([{"recipient_id": sender, "text": reply}])

    async def handover(self, request: web.Request) -> web.Response:
        """The hand-over channel (bot.rasa_ext.handover_channel): pause, resume, say."""
        try:
            sender, events = events_for(await request.json())
        except BadHandover as exc:
            return web.json_response({"error": str(exc)}, status=400)
        for event in events:
            self._record(sender, event)
        return web.json_response({"paused": is_paused(self.events.get(sender, []))})

    async def tracker(self, request: web.Request) -> web.Response:
        return web.json_response({"events": self.events.get(request.match_info["sender"], [])})

    async def ready(self, request: web.Request) -> web.Response:
        return web.json_response({"status": "ok"})

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/webhooks/rest/webhook", self.webhook)
        app.router.add_get("/webhooks/rest/", self.ready)
        app.router.add_get("/conversations/{sender}/tracker", self.tracker)
        app.router.add_post("/webhooks/handover/events", self.handover)
        return app


class FakeStack:
    """start() serves `sites` (name -> Settings changes) and the stand-in Rasa;
    url(name) is each web app's address."""

    def __init__(self, tmp: Path, sites: Dict[str, dict]) -> None:
        clinic = tmp / "clinic.yml"
        clinic.write_text(TEST_CLINIC, encoding="utf-8")
        self.settings = Settings(
            var_dir=tmp / "var", rasa_port=free_port(), rasa_token="browser-token",
            clinic_file=clinic, secret_key="browser-secret", run_delivery_worker=False,
            database_url=f"sqlite:///{tmp / 'var' / 'bot.db'}",
        )
        self.sites = {name: replace(self.settings, web_port=free_port(), **changes)
                      for name, changes in sites.items()}
        self.rasa = StandInRasa(self.settings.tracker_sqlite_path)
        self._loop = asyncio.new_event_loop()
        self._runners: List[web.AppRunner] = []
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)

    def start(self) -> None:
        migrated_engine(self.settings.database_url).dispose()
        self._thread.start()
        apps = [(self.rasa.app(), self.settings.rasa_port)]
        apps += [(create_app(s), s.web_port) for s in self.sites.values()]
        for app, port in apps:
            asyncio.run_coroutine_threadsafe(self._serve(app, port), self._loop).result(60)

    async def _serve(self, app: web.Application, port: int) -> None:
        runner = web.AppRunner(app)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", port).start()
        self._runners.append(runner)

    def stop(self) -> None:
        for runner in reversed(self._runners):
            asyncio.run_coroutine_threadsafe(runner.cleanup(), self._loop).result(60)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    def url(self, name: str) -> str:
        return self.sites[name].web_url + "/"

    def web_app(self, name: str) -> web.Application:
        """The running web app of site `name` (for tests that act as staff on it)."""
        return self._runners[1 + list(self.sites).index(name)].app

    def run_async(self, coroutine, timeout: float = 60):
        """Run a coroutine on the web apps' event loop and return its result."""
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(timeout)

    def run_data(self, fn, **kwargs):
        """Call a data function on the web app's database."""
        engine = make_engine(self.settings.database_url)
        try:
            with make_session_factory(engine)() as session:
                return fn(session=session, **kwargs)
        finally:
            engine.dispose()
