"""The hand-over in the web app: taking a conversation over, writing to the
visitor, handing back, and the assistant taking back a chat whose staff member
has gone (silent while the visitor writes, or signed out).

The holds live in this process (bot.handover.holds); Rasa's tracker is the
record: every change is written there first (bot.rasa_ext.handover_channel),
and only then shown to the visitor, so a reload shows exactly what was said.
A tracker left paused with no hold here (the web app restarted) is resumed by
the next visitor message (bot.web.chat), so nobody is left unanswered.

What the visitor is told (who joined, the hand-back, the assistant taking the
chat back) is in the conversation's language: the visitor's open chat socket
knows it (bot.web.chat); with none open, the tracker's `language` slot.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import AsyncIterator, List, Optional

from aiohttp import web

from bot.clinic.language import SLOT as LANGUAGE_SLOT
from bot.handover.events import ASSISTANT, joined_text
from bot.handover.holds import Hold, Holds
from bot.handover.repage import page_again
from bot.language.detect import EN, ES
from bot.staff import audit
from bot.staff.sessions import is_live
from bot.web import background, keys
from bot.web.live.hub import HUB, Hub
from bot.web.rasa_client import RasaUnavailable

logger = logging.getLogger(__name__)
ASSISTANT_NAME = "Assistant"
BACK_TEXT = ("You're back with the clinic's virtual assistant. Thank you for talking "
             "with our staff. You can keep asking questions here.")
LAPSED_TEXT = ("The staff member had to step away, so the clinic's virtual assistant is "
               "back with you, and our on-call staff have been alerted again. If this is "
               "an emergency, call 911; for a mental-health crisis, call or text 988.")
# The same two messages in a Spanish conversation (usted, plain words; issue 15).
BACK_TEXT_ES = ("Ahora está otra vez con el asistente virtual de la clínica. Gracias por "
                "hablar con nuestro personal. Puede seguir haciendo preguntas aquí.")
LAPSED_TEXT_ES = ("El miembro del personal tuvo que irse, así que el asistente virtual de la "
                  "clínica está otra vez con usted. Ya avisamos de nuevo a nuestro personal "
                  "de guardia. Si es una emergencia, llame al 911. Si tiene una crisis de "
                  "salud mental, llame al 988 y marque 2 para español, o envíe AYUDA por "
                  "texto al 988.")
WATCH_SECONDS = 1.0
SESSION_CHECK_EVERY = 15  # watch rounds


def back_text(language: str) -> str:
    return BACK_TEXT_ES if language == ES else BACK_TEXT


def lapsed_text(language: str) -> str:
    return LAPSED_TEXT_ES if language == ES else LAPSED_TEXT


def language_of(events: List[dict]) -> str:
    """The conversation's language from its tracker events: the last value of
    the `language` slot ("es" or "en"), English when it was never set."""
    for event in reversed(events):
        if event.get("event") == "slot" and event.get("name") == LANGUAGE_SLOT \
                and event.get("value") in (EN, ES):
            return event["value"]
    return EN


def staff_reply(text: str, hold: Hold) -> dict:
    return {"text": text, "buttons": [], "from": "staff",
            "staff": {"name": hold.name, "role": hold.role}}


class Handover:
    def __init__(self, app: web.Application) -> None:
        self.app = app
        self.holds = Holds()
        self.clock = time.monotonic

    @property
    def hub(self) -> Hub:
        return self.app[HUB]

    async def _tracker(self, action: str, conversation_id: str, hold: Optional[Hold],
                       text: str = "", crisis: str = "") -> None:
        """Write to Rasa's tracker; RasaUnavailable if it could not be written."""
        await self.app[keys.RASA].handover(
            action, conversation_id, text=text, crisis=crisis,
            staff_name=hold.name if hold else ASSISTANT_NAME,
            staff_role=hold.role if hold else ASSISTANT)

    async def language(self, conversation_id: str) -> str:
        """The conversation's language ("en" or "es"): the visitor's chat socket's
        when one is open here, else the tracker's `language` slot."""
        known = self.hub.visitor_language(conversation_id)
        if known in (EN, ES):
            return known
        try:
            return language_of(await self.app[keys.RASA].events(conversation_id))
        except Exception:  # noqa: BLE001 - never let the wording hold up a hand-over
            logger.warning("hand-over: the conversation's language is unknown; English")
            return EN

    async def take(self, conversation_id: str, *, user_id: int, name: str, role: str,
                   token: str, from_user_id: Optional[int] = None) -> Optional[Hold]:
        """Hold the conversation and pause the assistant (HeldByOther if someone
        else holds it and was not named); the hold it replaced, if any."""
        replaced = self.holds.take(conversation_id, user_id=user_id, name=name, role=role,
                                   token=token, now=self.clock(), from_user_id=from_user_id)
        hold = self.holds.get(conversation_id)
        language = await self.language(conversation_id)
        text = joined_text(name, role, language)
        try:
            await self._tracker("pause", conversation_id, hold, text=text)
        except RasaUnavailable:
            self.holds.release(conversation_id)
            if replaced is not None:  # put the earlier holder back
                self.holds.restore(replaced)
            raise
        await self.hub.to_visitor(conversation_id, {
            "type": "handover", "state": "staff", "staff": {"name": name, "role": role}})
        await self.hub.to_visitor(conversation_id, {
            "type": "replies", "messages": [{"text": text, "buttons": [], "language": language}]})
        self.hub.nudge(conversation_id)
        return replaced

    async def say(self, conversation_id: str, user_id: int, text: str) -> None:
        hold = self.holds.check_holder(conversation_id, user_id)
        await self._tracker("say", conversation_id, hold, text=text)
        self.holds.staff_spoke(conversation_id, user_id, self.clock())
        await self.hub.to_visitor(conversation_id, {
            "type": "replies", "messages": [staff_reply(text, hold)]})
        self.hub.nudge(conversation_id)

    async def hand_back(self, conversation_id: str, user_id: int) -> None:
        hold = self.holds.check_holder(conversation_id, user_id)
        await self._resume(conversation_id, hold, back_text)

    async def _resume(self, conversation_id: str, hold: Hold, words) -> None:
        """`words`: the text the visitor is told, given the conversation's language."""
        self.holds.release(conversation_id)
        language = await self.language(conversation_id)
        text = words(language)
        try:
            await self._tracker("resume", conversation_id, hold, text=text)
        except RasaUnavailable:
            # Released here regardless: the next visitor message resumes Rasa.
            logger.warning("hand-over: could not resume the assistant in the tracker")
        await self.hub.to_visitor(conversation_id, {"type": "handover", "state": "assistant"})
        await self.hub.to_visitor(conversation_id, {
            "type": "replies", "messages": [{"text": text, "buttons": [], "language": language}]})
        self.hub.nudge(conversation_id)

    async def assistant_said(self, conversation_id: str, texts: List[str], category: str) -> None:
        """Emergency guidance the web app sent while a human holds the chat: into
        the tracker (tagged with its category), and an alert to the staff page."""
        for text in texts:
            try:
                await self._tracker("say", conversation_id, None, text=text, crisis=category)
            except RasaUnavailable:
                logger.warning("hand-over: guidance sent but not written to the tracker")
                break
        self.hub.nudge(conversation_id, {"alert": category})

    async def resume_orphan(self, conversation_id: str) -> None:
        """Resume a tracker paused by a hold this app no longer has."""
        await self._tracker("resume", conversation_id, None)

    async def lapse(self, hold: Hold, reason: str) -> None:
        """The holder has gone: the assistant resumes, tells the visitor, the
        escalation is paged again, and the audit log says why."""
        if self.holds.get(hold.conversation_id) is not hold:
            return
        await self._resume(hold.conversation_id, hold, lapsed_text)
        settings = self.app[keys.SETTINGS]
        escalation_id = await self._db(page_again, conversation_id=hold.conversation_id,
                                       targets=settings.oncall.targets("primary"))
        await self._db(audit.record, action="handover_lapsed", actor_username="system",
                       target_type="conversation", target_id=hold.conversation_id[:64],
                       detail=f"{reason}; held by user {hold.user_id}"
                              + (f"; escalation {escalation_id} paged again"
                                 if escalation_id else ""))
        logger.warning("hand-over lapsed (%s); the assistant resumed", reason)

    async def _db(self, fn, **kwargs):
        sessions = self.app[keys.SESSIONS]

        def call():
            with sessions() as session:
                return fn(session=session, **kwargs)

        return await asyncio.get_running_loop().run_in_executor(None, call)

    async def watch_once(self, check_sessions: bool) -> None:
        silence = self.app[keys.SETTINGS].handover_silence_seconds
        for hold in self.holds.lapsed(self.clock(), silence):
            await self.lapse(hold, "silent while the visitor wrote")
        if check_sessions:
            for hold in self.holds.all():
                if not await self._db(is_live, token=hold.token):
                    await self.lapse(hold, "staff session ended")

    async def watch(self) -> None:
        rounds = 0
        while True:
            await asyncio.sleep(WATCH_SECONDS)
            rounds += 1
            try:
                await self.watch_once(rounds % SESSION_CHECK_EVERY == 0)
            except Exception:  # noqa: BLE001 - the watch must go on
                logger.exception("hand-over watch failed; retrying")


HANDOVER = web.AppKey("live_handover", Handover)


async def handover_watch(app: web.Application) -> AsyncIterator[None]:
    """cleanup_ctx: lapse holds whose staff member has gone, while the app runs."""
    task = asyncio.create_task(app[HANDOVER].watch())
    yield
    await background.stop(task)
