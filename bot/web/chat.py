"""The chat WebSocket behind the widget: relays each visitor message to Rasa and
the replies back, and answers emergencies itself when Rasa cannot.

Protocol (JSON text frames):
  client: {"type": "hello", "conversation_id": id|null}
          {"type": "message", "text": "..."}
          {"type": "button", "title": "...", "payload": "..."}
  server: {"type": "welcome", "conversation_id": id, "history": [turn, ...]}
          {"type": "typing", "on": bool}
          {"type": "replies", "messages": [{"text", "buttons"}, ...]}
          {"type": "notice", "level": "info"|"warning"|"error", "text": "..."}
          {"type": "handover", "state": "staff"|"assistant", "staff": {"name", "role"}}
  A reply or history turn written by a staff member has "from": "staff" and
  "staff": {"name", "role"} (the live hand-over, bot.web.live).

The welcome's id may differ from the one the browser kept: a conversation is shown
again only shortly after its last event and never once an intake was submitted;
otherwise the visitor starts afresh. A socket idle for WEB_CHAT_IDLE_MINUTES is
closed with code 4000 (the widget reconnects with the visitor's next message);
one over the per-address cap gets a notice and code 1013 (try again later).

Nothing a visitor types is logged.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
import weakref
from typing import Dict, List, Optional, Tuple
from urllib.parse import urlsplit

from aiohttp import WSCloseCode, WSMsgType, web

from bot.language.detect import EN, ES
from bot.web import chat_words
from bot.web.chat_input import (
    BAD_FRAME, SLOW_DOWN, BadFrame, Offered, RateLimiter, bot_messages, new_conversation_id,
    parse_frame,
)
from bot.clinic.profile import Clinic
from bot.crisis import categories as crisis_categories
from bot.crisis.guidance import follow_up_response
from bot.crisis.escalations import record_crisis_message
from bot.faq.starters import STARTERS
from bot.core.models import utcnow
from bot.handover.events import is_paused
from bot.intake.store import lead_id_for_conversation
from bot.oncall.budget import Budget
from bot.web.socket_limits import AddressCounter
from bot.web.live.handover import HANDOVER
from bot.web.live.hub import HUB
from bot.web.pending_escalations import PENDING
from bot.web.transcript import replay
from bot.web import keys
from bot.web.rasa_client import RasaBusy, RasaUnavailable

logger = logging.getLogger(__name__)

# Generous transport limit: longer text arrives and is refused with a note
# (chat_input.MAX_FRAME_BYTES), instead of the socket being closed on the visitor.
MAX_SOCKET_MESSAGE_BYTES = 128 * 1024
DETECTOR_WAIT_SECONDS = 30
# aiohttp pings every 30 s; a peer that does not answer within 15 s is gone and its
# socket is closed (a receive timeout would restart at every pong, so the idle
# limit is kept by ChatConnection.serve instead).
HEARTBEAT_SECONDS = 30.0
IDLE_CLOSE_CODE = 4000
BUSY_CLOSE_CODE = 1013
SOCKETS = web.AppKey("chat_sockets", AddressCounter)
# Every open chat socket, so that a stopping app closes them at once ("going
# away": the widget reconnects to the restarted app) instead of waiting out
# aiohttp's shutdown timeout with visitors' sockets still open.
OPEN_SOCKETS = web.AppKey("open_chat_sockets", weakref.WeakSet)

# Shown once when the conversation's Rasa replica stops answering and the next one
# takes the message (bot.web.replicas).
ONE_MOMENT = "One moment, please."

TOO_MANY_SOCKETS = ("Too many chats are open from your network right now. Please close "
                    "other chat windows, then try again. If this is an emergency, call "
                    "911; for a mental-health crisis, call or text 988.")

def trouble_text(clinic: Clinic) -> str:
    reach = (f" You can call {clinic.name} at {clinic.phone}." if clinic.phone
             else f" You can reach the front desk through {clinic.website}." if clinic.website
             else "")
    return ("The assistant is having trouble right now, so your message didn't get "
            f"through. Please try again in a moment.{reach} If this is an emergency, "
            "call 911; for a mental-health crisis, call or text 988.")


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def origin_allowed(request: web.Request) -> bool:
    """Browsers always send Origin on a WebSocket; only our own pages and the
    sites in WEB_ALLOWED_ORIGINS may open one (no cross-site hijacking)."""
    origin = request.headers.get("Origin", "").strip().rstrip("/").lower()
    if not origin:
        return False
    settings = request.app[keys.SETTINGS]
    allowed = {f"{request.scheme}://{request.host}".lower(), *settings.allowed_origins}
    if settings.public_url:
        allowed.add(_origin(settings.public_url))
    return origin in allowed


async def chat_socket(request: web.Request) -> web.WebSocketResponse:
    if not origin_allowed(request):
        raise web.HTTPForbidden(text="This site is not allowed to open the clinic's chat.")
    ws = web.WebSocketResponse(heartbeat=HEARTBEAT_SECONDS, max_msg_size=MAX_SOCKET_MESSAGE_BYTES)
    sockets, address = request.app[SOCKETS], request.remote or ""
    if not sockets.acquire(address):
        await ws.prepare(request)
        await ws.send_json({"type": "notice", "level": "warning", "text": TOO_MANY_SOCKETS})
        await ws.close(code=BUSY_CLOSE_CODE, message=b"too many chats from this address")
        return ws
    try:
        await ws.prepare(request)
        request.app[OPEN_SOCKETS].add(ws)
        idle = request.app[keys.SETTINGS].chat_idle_minutes * 60
        connection = ChatConnection(request.app, ws)
        try:
            await connection.serve(idle)
        finally:
            request.app[HUB].remove_visitor(connection.conversation_id, connection)
    finally:
        sockets.release(address)
    return ws


async def close_chat_sockets(app: web.Application) -> None:
    """on_shutdown: tell every open widget the server is going away; each
    reconnects (and gets its history back) once the app is up again."""
    sockets = list(app[OPEN_SOCKETS])
    await asyncio.gather(*(ws.close(code=WSCloseCode.GOING_AWAY, message=b"server restarting")
                           for ws in sockets if not ws.closed), return_exceptions=True)


class ChatConnection:
    """One browser tab's socket: its conversation, buttons on offer and rate limit."""

    def __init__(self, app: web.Application, ws: web.WebSocketResponse) -> None:
        self.app = app
        self.ws = ws
        self.conversation_id: Optional[str] = None
        # The conversation's language: the widget's (switch, page) until Rasa answers,
        # then the one Rasa answered in (bot.web.chat_words).
        self.language = EN
        # The language Rasa last answered in (its `language` slot starts as English).
        self.rasa_language = EN
        self.offered = Offered()
        self.limiter = RateLimiter()

    async def serve(self, idle_seconds: float) -> None:
        """Handle the visitor's frames until they leave or stay silent for
        `idle_seconds` (heartbeat pongs do not count: they are not the visitor)."""
        while not self.ws.closed:
            try:
                message = await asyncio.wait_for(self.ws.receive(), idle_seconds)
            except asyncio.TimeoutError:
                await self.ws.close(code=IDLE_CLOSE_CODE, message=b"idle")
                return
            if message.type == WSMsgType.TEXT:
                await self.handle(message.data)
            elif message.type == WSMsgType.BINARY:
                await self.notice("warning", BAD_FRAME)
            else:  # close, closing, closed or error
                return

    async def send(self, frame: dict) -> None:
        if not self.ws.closed:
            await self.ws.send_json(frame)

    async def notice(self, level: str, text: str) -> None:
        await self.send({"type": "notice", "level": level,
                         "text": chat_words.in_language(text, self.language),
                         "language": self.language})

    def guidance(self) -> Dict[str, List[str]]:
        """The emergency guidance as the assistant words it in the conversation's language."""
        return self.app[keys.GUIDANCE_ES if self.language == ES else keys.GUIDANCE]

    async def handle(self, raw: str) -> None:
        try:
            incoming = parse_frame(raw)
        except BadFrame as exc:
            await self.notice("warning", str(exc))
            return
        # Every frame counts against the limit: a hello reads a whole transcript.
        if not self.limiter.allow():
            await self.notice("warning", SLOW_DOWN)
            return
        self.language = incoming.language or self.language
        if incoming.kind == "hello":
            await self.welcome(incoming.conversation_id)
            return
        if self.conversation_id is None:  # a client that skipped hello still gets a chat
            await self.welcome(None)
        text = self.offered.to_rasa(incoming)
        if not text:
            return
        await self.relay(text)

    async def welcome(self, conversation_id: Optional[str]) -> None:
        """Greet a new visitor; show a returning one their recent conversation so far
        (see `earlier_turns`); anyone else starts a new conversation."""
        turns: Optional[List[dict]] = []
        if conversation_id:
            turns = await self.earlier_turns(conversation_id)
            if turns == []:
                conversation_id = None
        self.app[HUB].remove_visitor(self.conversation_id, self)
        self.conversation_id = conversation_id or new_conversation_id()
        self.app[HUB].add_visitor(self.conversation_id, self)
        trouble = turns is None
        greeted = not turns
        if greeted:
            spanish = self.language == ES
            turns = [{"from": "bot", "buttons": chat_words.STARTERS_ES if spanish else STARTERS,
                      "text": self.app[keys.TEXTS_ES if spanish else keys.TEXTS]["utter_greet"]}]
        last_bot = next((t for t in reversed(turns) if t["from"] == "bot"), None)
        self.offered.replace([last_bot] if last_bot and turns[-1] is last_bot else [])
        history = [{key: t[key] for key in ("from", "text", "buttons", "staff") if key in t}
                   for t in turns]
        chat_words.mark_languages(history)
        said = [t["language"] for t in history if t["from"] != "visitor" and "language" in t]
        self.language = said[-1] if said else self.language
        self.rasa_language = said[-1] if said and not greeted else EN
        await self.send({"type": "welcome", "conversation_id": self.conversation_id,
                         "history": history, "language": self.language})
        hold = self.app[HANDOVER].holds.get(self.conversation_id)
        if hold is not None:
            await self.send({"type": "handover", "state": "staff",
                             "staff": {"name": hold.name, "role": hold.role}})
        if trouble:
            await self.notice("warning", "I couldn't load your earlier messages just now; "
                                         "the conversation can go on.")

    async def earlier_turns(self, conversation_id: str) -> Optional[List[dict]]:
        """What a reload shows: the latest turns while the conversation is recent
        (WEB_CHAT_REPLAY_MINUTES) and has no lead yet; [] to start afresh; None
        when Rasa cannot say (the conversation goes on, nothing is shown)."""
        if await self._intake_submitted(conversation_id):
            return []
        try:
            events = await self.app[keys.RASA].events(conversation_id)
        except RasaUnavailable:
            return None
        window = self.app[keys.SETTINGS].chat_replay_minutes * 60
        return replay(events, now=time.time(), window_seconds=window)

    async def _intake_submitted(self, conversation_id: str) -> bool:
        """A lead exists for the conversation (or the database cannot tell: then
        the answer is yes, so nothing is shown)."""
        def lookup() -> bool:
            with self.app[keys.SESSIONS]() as session:
                return lead_id_for_conversation(
                    session=session, conversation_id=conversation_id) is not None

        try:
            return await asyncio.get_running_loop().run_in_executor(None, lookup)
        except Exception:  # noqa: BLE001 - fail closed: a fresh chat, no replay
            logger.exception("chat: could not check for a submitted intake")
            return True

    async def relay(self, text: str) -> None:
        assert self.conversation_id is not None
        if self.app[HANDOVER].holds.get(self.conversation_id) is not None:
            await self.relay_held(text)
            return
        await self.send({"type": "typing", "on": True})
        notice: Optional[str] = None
        try:
            messages = await self._rasa_replies(text)
            if not messages:
                raise RasaUnavailable("empty reply")
            self.rasa_language = chat_words.mark_languages(messages) or self.rasa_language
        except RasaUnavailable as exc:
            logger.warning("chat: Rasa unavailable (%s); the fail-safe answers", exc)
            messages, notice = await self.failsafe(text, detected=getattr(exc, "category", None))
        finally:
            await self.send({"type": "typing", "on": False})
        self.offered.replace(messages)
        if messages:
            self.language = chat_words.mark_languages(messages) or self.language
            await self.send({"type": "replies", "messages": messages, "language": self.language})
        if notice:
            await self.notice("error", notice)

    async def _rasa_replies(self, text: str) -> List[dict]:
        """Rasa's answer. A paused tracker answers nothing: with no hold here (the
        web app restarted during a hand-over), the assistant is resumed and the
        message sent again, so the visitor is never left unanswered."""
        rasa = self.app[keys.RASA]
        if rasa.saturated(self.conversation_id):
            category = await self._detect(text)
            if category is not None:
                # Other visitors' messages fill the replica's slots: an emergency does
                # not wait behind them; the fail-safe gives its guidance now.
                raise RasaBusy("busy; an emergency answered at once", category=category)
        messages = bot_messages(await rasa.send(self.conversation_id, text,
                                                on_failover=self._one_moment,
                                                language=self._language_for_rasa()))
        if messages or self.app[HANDOVER].holds.get(self.conversation_id) is not None:
            return messages
        if is_paused(await rasa.events(self.conversation_id)):
            logger.warning("chat: a paused conversation nobody holds; the assistant resumes")
            await self.app[HANDOVER].resume_orphan(self.conversation_id)
            messages = bot_messages(await rasa.send(self.conversation_id, text,
                                                    language=self._language_for_rasa()))
        return messages

    def _language_for_rasa(self) -> Optional[str]:
        """The widget's language when it differs from the one Rasa answered in
        (a new chat on a Spanish page): Rasa takes it when the message shows none."""
        return self.language if self.language != self.rasa_language else None

    async def _one_moment(self) -> None:
        await self.notice("info", ONE_MOMENT)

    async def relay_held(self, text: str) -> None:
        """A staff member holds the chat: Rasa records the message (its tracker is
        paused, so the assistant stays quiet) and the staff page shows it. The
        crisis detector still runs here on every message: emergency guidance goes
        to the visitor at once, the message is recorded for on-call like any
        other, and the staff page is alerted."""
        conversation_id = self.conversation_id
        assert conversation_id is not None
        handover = self.app[HANDOVER]
        handover.holds.visitor_wrote(conversation_id, handover.clock())
        category = await self._detect(text)
        guidance = self.guidance()
        if category is not None:
            await self.send({"type": "replies", "messages": [
                {"text": t, "buttons": []} for t in guidance[category]]})
        try:
            replies = bot_messages(await self.app[keys.RASA].send(conversation_id, text))
        except RasaUnavailable:
            replies = []
            logger.warning("chat: Rasa unavailable while a human holds the chat")
        if replies:  # the assistant was not paused after all: it answered
            self.offered.replace(replies)
            await self.send({"type": "replies", "messages": replies})
        if category is not None and not replies:
            texts = list(guidance[category])
            if crisis_categories.get(category).escalates:
                outcome = await self._record(category, text)
                if outcome is not None:
                    more = guidance[follow_up_response(outcome)]
                    await self.send({"type": "replies", "messages": [
                        {"text": t, "buttons": []} for t in more]})
                    texts += more
            await handover.assistant_said(conversation_id, texts, category)
        handover.hub.nudge(conversation_id)

    async def failsafe(self, text: str, detected: Optional[str] = None) -> Tuple[List[dict], Optional[str]]:
        """Rasa cannot answer: emergencies still get their guidance and reach
        on-call. `detected`: the emergency already found in `text`, if any."""
        category = detected or await self._detect(text)
        self.language = chat_words.message_language(text, self.language)
        if category is None:
            clinic = self.app[keys.CLINIC]
            return [], (chat_words.trouble_text_es(clinic) if self.language == ES
                        else trouble_text(clinic))
        guidance = self.guidance()
        messages = [{"text": t, "buttons": []} for t in guidance[category]]
        # A visitor in crisis who writes again is never turned away as a new
        # conversation while Rasa is busy (bot.web.admission): their next message
        # waits its turn like any conversation already under way.
        self.app[keys.RASA].answered.add(self.conversation_id)
        outcome = await self._record(category, text) if crisis_categories.get(category).escalates else None
        if outcome is not None:
            messages += [{"text": t, "buttons": []} for t in guidance[follow_up_response(outcome)]]
        return messages, None

    async def _detect(self, text: str) -> Optional[str]:
        try:
            detector = await asyncio.wait_for(asyncio.shield(self.app[keys.DETECTOR]),
                                              DETECTOR_WAIT_SECONDS)
        except Exception:  # noqa: BLE001 - the visitor still gets 911/988 in the notice
            logger.exception("chat: crisis detector unavailable")
            return None
        detection = detector.detect(text)
        return detection.category if detection else None

    async def _record(self, category: str, text: str) -> Optional[str]:
        """Record the message for on-call staff; its paging outcome, or None
        when it could not be recorded now (it is then retried until the database
        answers, bot.web.pending_escalations)."""
        settings = self.app[keys.SETTINGS]
        conversation_id = self.conversation_id or new_conversation_id()
        language = self.language if self.language in (EN, ES) else None
        # Fixed here, so a later retry records the same message, at the time it came.
        message_id, received = f"web-{uuid.uuid4().hex}", utcnow()

        def save() -> Tuple[int, str]:
            with self.app[keys.SESSIONS]() as session:
                recorded = record_crisis_message(
                    session=session, conversation_id=conversation_id,
                    message_id=message_id, category=category,
                    message_text=text, notify=settings.oncall.targets("primary"),
                    budget=Budget.from_settings(settings.oncall), now=received,
                    language=language,  # on-call calls back in the visitor's language
                )
                return recorded.escalation.id, recorded.outcome

        try:
            escalation_id, outcome = await asyncio.get_running_loop().run_in_executor(None, save)
        except Exception:  # noqa: BLE001 - whatever fails, the guidance is sent
            logger.exception("chat fail-safe: could not record an escalation (category %s); "
                             "retrying until the database answers", category)
            self.app[PENDING].add(message_id, conversation_id, save)
            return None
        logger.warning("chat fail-safe: escalation %s recorded (category %s, page %s)",
                       escalation_id, category, outcome)
        return outcome
