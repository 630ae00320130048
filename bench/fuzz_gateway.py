"""Fuzz the public chat gateway and the intake parsers with generated input.

    .venv/bin/python bench/fuzz_gateway.py [--messages 10000] [--seconds 600] [--seed 14]

No trained model is needed: the real web app (``bot.web.create_app``) runs on a
loopback port with a stand-in Rasa on another, both in this process. Clients
speak the widget's protocol over real WebSockets and send generated text:
Unicode of every plane, control, zero-width and bidi characters, huge numbers,
JSON-looking text, HTML, leading slashes with intents and slot values, messages
near and over the length limit, button clicks (offered and forged) and frames
that are not ours at all. Every 50th call to the stand-in Rasa fails, so the
fail-safe (the crisis detector in the web app) sees the same input.

It counts, and the exit status is 1 unless all three are 0:

* server errors: a log record at ERROR or above from any logger, a socket the
  server closed or failed, a frame that was expected and never came;
* forced intents: text reaching Rasa that Rasa would read as an intent (after
  its own ``strip()`` it starts with "/") and that is not the payload of a
  button Rasa offered that conversation in its latest reply;
* unescaped output: a frame that is not JSON of a known type, a reply whose
  text or buttons differ from what Rasa sent (the gateway neither escapes nor
  unescapes; the widget renders text with textContent only), or a notice that
  repeats anything the visitor typed.

Then the same generated texts go through every intake parser (and triage's);
any exception counts as a server error.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import random
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable, Dict, List, Optional, Set, Tuple

import aiohttp
from aiohttp import web

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))

from bot.core.db import make_engine  # noqa: E402
from bot.core.migrate import upgrade  # noqa: E402
from bot.core.settings import Settings  # noqa: E402
from bot.web import create_app, keys  # noqa: E402
from bot.web.chat_input import BadFrame, Offered, parse_frame  # noqa: E402
from tests.browser.fake_stack import EVENTS_TABLE  # noqa: E402
from tests.conftest import TEST_CLINIC, free_port  # noqa: E402

FRAMES_PER_CONNECTION = 8  # under the per-connection burst of 10 (hello counts)
CLIENTS = 6  # under the per-address socket cap of 8
ANSWER_TIMEOUT = 40.0  # the fail-safe may wait for the crisis detector to load
RASA_FAILS_EVERY = 50
KNOWN_FRAMES = {"welcome", "typing", "replies", "notice"}

# --- generated text -------------------------------------------------------------

INTENTS = ["inform", "affirm", "deny", "restart", "crisis_overdose", "request_callback",
           "EXTERNAL_page", "session_start", "stop", "greet"]
SLASHES = ["/", "//", " /", "/ /", "\u200b/", "\u2003//", "\u202e/", "\ufeff/", "\t/\n/",
           "\u00a0/", "\u3000/", "\u2028/", "\u180e/", "\u2060/", "\\/", "\uff0f", "/\u200d/"]
HTML = ['<script>alert(1)</script>', '<img src=x onerror="window.__pwned=1">',
        '"><svg onload=alert(1)>', '&lt;b&gt;bold&lt;/b&gt;', '<a href="javascript:alert(1)">x</a>',
        "{{ 7*7 }}", "{% raw %}", "<!--", "]]>", "<iframe srcdoc='<b>x</b>'>", "&#x3C;script&#x3E;",
        "javascript:alert(1)", "https://evil.example/\"onmouseover=alert(1)", "/privacy<b>"]
INVISIBLE = ([chr(c) for c in range(0x00, 0x20)] + [chr(c) for c in range(0x7f, 0xa0)]
             + list("\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067"
                    "\u2068\u2069\ufeff\u00ad\u034f\u061c\u115f\u3164\ufff9\ufffb"))
PLANES = [(0x20, 0x7e), (0xa0, 0x24f), (0x300, 0x36f), (0x590, 0x6ff), (0x900, 0x97f),
          (0x4e00, 0x4fff), (0xac00, 0xacff), (0xe000, 0xe0ff), (0xfff0, 0xfffd),
          (0x1f300, 0x1faff), (0x10000, 0x1007f), (0xe0000, 0xe007f), (0x10fff0, 0x10fffd)]


def unicode_text(rng: random.Random) -> str:
    return "".join(chr(rng.randint(*rng.choice(PLANES))) for _ in range(rng.randint(1, 60)))


def control_text(rng: random.Random) -> str:
    words = ["my name is Ada", "I took 40 pills", "yes", "12/10/1985", "call me"]
    return "".join(rng.choice(INVISIBLE + [rng.choice(words)]) for _ in range(rng.randint(1, 12)))


def number_text(rng: random.Random) -> str:
    return rng.choice([
        "9" * rng.randint(1, 1200), "1e309", "-1e-400", "NaN", "Infinity", "-0", "0x" + "f" * 40,
        "\u0661\u0662\u0663", "\uff11\uff12\uff13", str(rng.getrandbits(512)), "12/10/1985",
        "+1 (212) 555-0100" + "0" * rng.randint(0, 30), str(-rng.getrandbits(64)) + ".5e-99",
        "99999999999999999999 years", "31/02/2000", "0000-00-00", "1985-13-45",
    ])


def json_text(rng: random.Random) -> str:
    intent = rng.choice(INTENTS)
    return rng.choice([
        json.dumps({"type": "hello", "conversation_id": "a" * 32}),
        '/%s{"condition": "ptsd", "phone": "+12125550100"}' % intent,
        json.dumps({"intent": intent, "entities": [{"entity": "category", "value": "x" * 50}]}),
        json.dumps([1, [2, [3, [4]]], {"a": None}]), "{" * rng.randint(1, 200), '{"__proto__": {}}',
        '{"text": "\\u0000"}', "null", "true", '"' + "\\" * rng.randint(1, 20) + '"',
    ])


def slash_text(rng: random.Random) -> str:
    prefix = "".join(rng.choice(SLASHES) for _ in range(rng.randint(1, 4)))
    tail = rng.choice(['{"category": "overdose"}', '{"phone": "5550100"}', "", "{}", '["x"]'])
    return prefix + rng.choice(INTENTS) + tail


def long_text(rng: random.Random) -> str:
    return rng.choice("ab \u00e9\u4e2d\U0001f600") * rng.randint(950, 1100)


GENERATORS: List[Callable[[random.Random], str]] = [
    unicode_text, control_text, number_text, json_text, slash_text, long_text,
    lambda rng: rng.choice(HTML),
]


def fuzz_text(rng: random.Random) -> str:
    text = rng.choice(GENERATORS)(rng)
    if rng.random() < 0.3:  # mixtures: HTML after slashes, numbers in Unicode...
        text += rng.choice(GENERATORS)(rng)
    return text


def junk_frame(rng: random.Random, text: str):
    """A frame the widget never sends: the server must answer with a note."""
    return rng.choice([
        text.encode("utf-8", "surrogatepass"),  # binary
        "not json " + text, json.dumps([text]), json.dumps({"type": "message", "text": 5}),
        '{"type": "message", "text": 1e999}', '{"type": "message", "text": "\\ud800"}',
        json.dumps({"type": rng.choice(["MESSAGE", "hello ", "", None, "restart"]), "text": text}),
        json.dumps({"type": "button", "title": {"x": 1}, "payload": text}),
        "[" * 5000, json.dumps({"type": "message", "text": "x" * 20_000}),
    ])


# --- the stand-in Rasa --------------------------------------------------------


@dataclass
class StandInRasa:
    """Rasa's REST channel, writing each turn to Rasa's SQL tracker store (where the
    web app reads a conversation back on reconnect) and serving the tracker API."""

    tracker_db: Path
    calls: int = 0
    received: int = 0
    forced: List[str] = field(default_factory=list)
    offered: Dict[str, Set[str]] = field(default_factory=dict)
    last_reply: Dict[str, list] = field(default_factory=dict)
    events: Dict[str, list] = field(default_factory=dict)

    async def webhook(self, request: web.Request) -> web.Response:
        body = await request.json()
        sender, text = body["sender"], body["message"]
        self.calls += 1
        if self.calls % RASA_FAILS_EVERY == 0:
            # The latest offer stands: a reconnect shows it again with the history.
            return web.Response(status=500)
        self.received += 1
        if text.strip().startswith("/") and text not in self.offered.get(sender, set()):
            self.forced.append(text)
        buttons = [{"title": text[:40] or "?", "payload": '/inform{"condition": "ptsd"}'},
                   {"title": "Yes", "payload": "/affirm"}]
        reply = [{"recipient_id": sender, "text": f"You said: {text}"},
                 {"recipient_id": sender, "text": "<b>Pick</b> one", "buttons": buttons}]
        self.offered[sender] = {b["payload"] for b in buttons}
        self.last_reply[sender] = [{"text": r["text"], "buttons": r.get("buttons", [])}
                                   for r in reply]
        now = time.time()
        self.store(sender, [
            {"event": "user", "text": text, "timestamp": now},
            {"event": "bot", "text": reply[0]["text"], "timestamp": now},
            {"event": "bot", "text": reply[1]["text"], "data": {"buttons": buttons},
             "timestamp": now}])
        return web.json_response(reply)

    def store(self, sender: str, events: List[dict]) -> None:
        self.events.setdefault(sender, []).extend(events)
        with sqlite3.connect(self.tracker_db) as db:
            db.execute(EVENTS_TABLE)
            db.executemany("INSERT INTO events (sender_id, type_name, timestamp, data) "
                           "VALUES (?, ?, ?, ?)",
                           [(sender, e["event"], e["timestamp"], json.dumps(e)) for e in events])
        db.close()

    async def tracker(self, request: web.Request) -> web.Response:
        return web.json_response({"events": self.events.get(request.match_info["sender"], [])})

    def app(self) -> web.Application:
        app = web.Application(client_max_size=1024 ** 2)
        app.router.add_post("/webhooks/rest/webhook", self.webhook)
        app.router.add_get("/conversations/{sender}/tracker", self.tracker)
        return app


# --- counting -------------------------------------------------------------------


@dataclass
class Tally:
    frames: Dict[str, int] = field(default_factory=dict)
    server_errors: List[str] = field(default_factory=list)
    unescaped: List[str] = field(default_factory=list)
    answers: Dict[str, int] = field(default_factory=dict)

    def count(self, table: Dict[str, int], key: str) -> None:
        table[key] = table.get(key, 0) + 1


class ErrorLog(logging.Handler):
    def __init__(self, tally: Tally) -> None:
        super().__init__(level=logging.ERROR)
        self.tally = tally

    def emit(self, record: logging.LogRecord) -> None:
        self.tally.server_errors.append(f"log {record.name}: {record.getMessage()[:200]}")


# --- one client -------------------------------------------------------------------


class Client:
    def __init__(self, session, url, origin, rasa: StandInRasa, tally: Tally, rng) -> None:
        self.session, self.url, self.origin = session, url, origin
        self.rasa, self.tally, self.rng = rasa, tally, rng
        self.known_ids: List[str] = []

    async def connection(self, frames: List[object]) -> None:
        async with self.session.ws_connect(self.url, headers={"Origin": self.origin}) as ws:
            ids = self.known_ids[-20:] or [None]
            hello_id = self.rng.choice(ids + [None, fuzz_text(self.rng)[:80]])
            await ws.send_json({"type": "hello", "conversation_id": hello_id})
            welcome = await self.answer(ws, {"welcome"})
            if welcome is None:
                return
            conversation = welcome["conversation_id"]
            if any(turn.get("from") == "visitor" for turn in welcome.get("history", [])):
                self.tally.count(self.tally.answers, "welcome back (history shown)")
            self.known_ids.append(conversation)
            offered = Offered()
            offered.replace(welcome.get("history", [])[-1:])
            for frame in frames:
                frame = self.with_buttons(frame, offered)
                expect = self.expected(frame, offered)
                await (ws.send_bytes(frame) if isinstance(frame, bytes) else ws.send_str(frame))
                if expect is None:
                    continue
                answer = await self.answer(ws, expect)
                if answer and answer["type"] == "replies":
                    self.check_reply(conversation, answer)
                    offered.replace(answer["messages"])
                elif answer and answer["type"] == "notice":
                    self.check_notice(frame, answer)
                    if answer["level"] == "error":
                        offered.replace([])  # the fail-safe's trouble note

    def with_buttons(self, frame, offered: Offered):
        if frame == "CLICK_OFFERED":
            payloads = sorted(offered.payloads) or ["/affirm"]
            return json.dumps({"type": "button", "title": "Yes", "payload": self.rng.choice(payloads)})
        return frame

    @staticmethod
    def expected(frame, offered: Offered) -> Optional[Set[str]]:
        """What the server answers with, or None when it ignores the frame (nothing
        left to send after cleaning)."""
        if isinstance(frame, bytes):
            return {"notice"}
        try:
            incoming = parse_frame(frame)
        except BadFrame:
            return {"notice"}
        if incoming.kind == "hello":
            return {"welcome"}
        return {"replies", "notice"} if offered.to_rasa(incoming) else None

    async def answer(self, ws, kinds: Set[str]) -> Optional[dict]:
        while True:
            try:
                message = await ws.receive(timeout=ANSWER_TIMEOUT)
            except asyncio.TimeoutError:
                self.tally.server_errors.append(f"no answer (waited for {sorted(kinds)})")
                return None
            if message.type != aiohttp.WSMsgType.TEXT:
                self.tally.server_errors.append(f"socket {message.type.name} ({ws.close_code})")
                return None
            try:
                frame = json.loads(message.data)
            except ValueError:
                self.tally.unescaped.append(f"not JSON: {message.data[:80]!r}")
                return None
            kind = frame.get("type") if isinstance(frame, dict) else None
            if kind not in KNOWN_FRAMES:
                self.tally.unescaped.append(f"unknown frame: {message.data[:80]!r}")
                return None
            self.tally.count(self.tally.frames, kind)
            if kind in kinds:
                self.tally.count(self.tally.answers, kind)
                return frame

    def check_reply(self, conversation: str, frame: dict) -> None:
        # What the visitor reads: each bubble's text and buttons (the gateway also
        # says which language a bubble is in, for the widget's lang attributes).
        sent = self.rasa.last_reply.get(conversation)
        shown = [{"text": m.get("text"), "buttons": m.get("buttons")} for m in frame["messages"]]
        if shown != sent and not self.is_failsafe(frame):
            self.tally.unescaped.append(f"reply altered: {str(frame['messages'])[:120]}")

    @staticmethod
    def is_failsafe(frame: dict) -> bool:
        return all(not m["buttons"] and "You said:" not in m["text"] for m in frame["messages"])

    def check_notice(self, frame, notice: dict) -> None:
        typed = frame if isinstance(frame, str) else ""
        text = notice.get("text", "")
        try:
            typed = json.loads(typed).get("text") or ""
        except (ValueError, AttributeError, RecursionError):
            pass
        if isinstance(typed, str) and len(typed.strip()) > 3 and typed.strip() in text:
            self.tally.unescaped.append(f"notice repeats the visitor: {text[:80]!r}")


def frames_for(rng: random.Random, n: int) -> List[object]:
    frames: List[object] = []
    for _ in range(n):
        text, roll = fuzz_text(rng), rng.random()
        if roll < 0.75:
            frames.append(json.dumps({"type": "message", "text": text}))
        elif roll < 0.83:
            frames.append("CLICK_OFFERED")
        elif roll < 0.93:
            payload = rng.choice(SLASHES) + rng.choice(INTENTS) + '{"category": "overdose"}'
            frames.append(json.dumps({"type": "button", "title": text[:150], "payload": payload}))
        else:
            frames.append(junk_frame(rng, text))
    return frames


# --- the run ---------------------------------------------------------------------------


async def fuzz_socket(settings: Settings, messages: int, deadline: float, seed: int,
                      tally: Tally, rasa: StandInRasa) -> int:
    sent = 0
    url = f"http://127.0.0.1:{settings.web_port}/chat/ws"
    origin = f"http://127.0.0.1:{settings.web_port}"
    counter = iter(range(messages))

    async def worker(index: int) -> None:
        nonlocal sent
        rng = random.Random(seed * 1000 + index)
        async with aiohttp.ClientSession() as session:
            client = Client(session, url, origin, rasa, tally, rng)
            while time.monotonic() < deadline:
                batch = [i for _, i in zip(range(FRAMES_PER_CONNECTION), counter)]
                if not batch:
                    return
                await client.connection(frames_for(rng, len(batch)))
                sent += len(batch)

    await asyncio.gather(*(worker(i) for i in range(CLIENTS)))
    return sent


def fuzz_parsers(texts: List[str], deadline: float, tally: Tally) -> Tuple[int, int]:
    """(calls made, calls planned); (0, 0) where the parsers' libraries are not
    installed (the web app's own environment: they run in the action server)."""
    try:
        from bot.intake import parsing as intake
        from bot.triage import parsing as triage
    except ImportError:
        return 0, 0

    today = date(2026, 6, 1)
    parsers = [intake.is_skip, intake.parse_full_name, intake.parse_phone, intake.parse_email,
               intake.parse_contact_method, intake.parse_best_time, intake.parse_insurance,
               intake.parse_description, intake.parse_consent, intake.parse_confirmation,
               lambda t: intake.parse_date_of_birth(t, today), triage.parse_yes_no,
               triage.parse_count, triage.parse_duration, triage.parse_pregnancy,
               triage.parse_risk_screen, triage.parse_condition]
    calls = 0
    for text in texts:
        if time.monotonic() > deadline:
            break
        for parse in parsers:
            try:
                parse(text)
            except Exception as exc:  # noqa: BLE001 - counted and shown
                tally.server_errors.append(f"parser {getattr(parse, '__name__', '?')}: "
                                           f"{type(exc).__name__} on {text[:40]!r}")
            calls += 1
    return calls, len(texts) * len(parsers)


async def serve(app: web.Application, port: int) -> web.AppRunner:
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    return runner


async def run(args: argparse.Namespace) -> int:
    tally = Tally()
    errors = ErrorLog(tally)
    logging.getLogger().addHandler(errors)
    try:
        return await fuzz(args, tally)
    finally:
        logging.getLogger().removeHandler(errors)


async def fuzz(args: argparse.Namespace, tally: Tally) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        clinic = Path(tmp) / "clinic.yml"
        clinic.write_text(TEST_CLINIC, encoding="utf-8")
        settings = Settings(var_dir=Path(tmp) / "var", web_port=free_port(), rasa_port=free_port(),
                            rasa_token="fuzz", secret_key="fuzz", clinic_file=clinic,
                            run_delivery_worker=False, rasa_reply_timeout=5,
                            database_url=f"sqlite:///{Path(tmp) / 'bot.db'}")
        engine = make_engine(settings.database_url)
        upgrade(engine)
        engine.dispose()
        settings.var_dir.mkdir(parents=True, exist_ok=True)
        rasa = StandInRasa(settings.tracker_sqlite_path)
        app = create_app(settings)
        runners = [await serve(rasa.app(), settings.rasa_port),
                   await serve(app, settings.web_port)]
        await app[keys.DETECTOR]  # loaded at start, as in production, before visitors come
        started = time.monotonic()
        deadline = started + args.seconds
        try:
            sent = await fuzz_socket(settings, args.messages, deadline, args.seed, tally, rasa)
        finally:
            for runner in reversed(runners):
                await runner.cleanup()
        socket_seconds = time.monotonic() - started
    rng = random.Random(args.seed)
    texts = [fuzz_text(rng) for _ in range(args.messages)]
    parser_started = time.monotonic()
    calls, planned = fuzz_parsers(texts, parser_started + args.seconds, tally)
    parser_seconds = time.monotonic() - parser_started
    return report(args, tally, rasa, sent, socket_seconds, calls, planned, parser_seconds)


def report(args, tally: Tally, rasa: StandInRasa, sent: int, socket_seconds: float,
           calls: int, planned: int, parser_seconds: float) -> int:
    print(f"seed {args.seed}; frames sent through /chat/ws: {sent:,} in {socket_seconds:.1f} s "
          f"({sent / max(socket_seconds, 1e-9):,.0f}/s, {CLIENTS} sockets at a time)")
    print(f"  answers: {dict(sorted(tally.answers.items()))}; frames received: "
          f"{dict(sorted(tally.frames.items()))}")
    print(f"  reached Rasa: {rasa.received:,} (+{rasa.calls - rasa.received} failed on "
          f"purpose, answered by the fail-safe)")
    if planned:
        print(f"parsers: {calls:,} of {planned:,} calls ({args.messages:,} texts) in "
              f"{parser_seconds:.1f} s")
    else:
        print("parsers: skipped (not installed here; run with .venv, the action server's)")
    print(f"server errors: {len(tally.server_errors)}")
    print(f"forced intents: {len(rasa.forced)}")
    print(f"unescaped output: {len(tally.unescaped)}")
    for label, items in (("error", tally.server_errors), ("forced", rasa.forced),
                         ("unescaped", tally.unescaped)):
        for item in items[:10]:
            print(f"  {label}: {item!r}"[:240])
    complete = sent >= args.messages and calls == planned
    if not complete:
        print(f"incomplete: the {args.seconds} s bound was reached first")
    return 0 if complete and not (tally.server_errors or rasa.forced or tally.unescaped) else 1


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--seconds", type=float, default=600.0,
                        help="bound for each of the two phases")
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR, format="%(levelname)s %(name)s: %(message)s")
    return asyncio.run(run(args))


if __name__ == "__main__":
    sys.exit(main())
