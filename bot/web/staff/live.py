"""Live conversations for on-call and staff: the list of conversations active in
the last 30 minutes (escalated first), one conversation's live transcript
(Server-Sent Events), and the hand-over: take over, write to the visitor, hand
back (bot.web.live.handover). Every role may watch and take over; the forms
carry the session's CSRF token like every dashboard form, and every step is in
the audit log (the live page shows the visitor's own words, so opening it is too).
"""

from __future__ import annotations

import asyncio
import json
import time
from typing import List, Optional

from aiohttp import web
from aiohttp_session import get_session

from bot.crisis.categories import label
from bot.handover.events import MAX_TEXT_CHARS
from bot.handover.holds import HeldByOther, NotHolder
from bot.handover.repage import unresolved_by_conversation
from bot.staff.sessions import is_live
from bot.web import keys
from bot.web.chat_input import clean_text, valid_conversation_id
from bot.web.live.feed import FEED
from bot.web.live.handover import HANDOVER
from bot.web.live.hub import HUB
from bot.web.rasa_client import RasaUnavailable
from bot.web.staff.pages import render
from bot.web.staff.security import USER, record_audit, run_db, signed_in
from bot.web.staff.urls import staff_url
from bot.web.transcript import transcript

ACTIVE_SECONDS = 30 * 60
KEEPALIVE_SECONDS = 15.0
RECHECK_SESSION_SECONDS = 30.0
RASA_DOWN = ("The assistant's service did not answer, so nothing was changed. "
             "Please try again in a moment.")


def _conversation_id(request: web.Request) -> str:
    conversation_id = valid_conversation_id(request.match_info["conversation_id"])
    if conversation_id is None:
        raise web.HTTPNotFound(text="No such conversation.")
    return conversation_id


def hold_view(request: web.Request, conversation_id: str) -> Optional[dict]:
    hold = request.config_dict[HANDOVER].holds.get(conversation_id)
    if hold is None:
        return None
    return {"name": hold.name, "role": hold.role, "user_id": hold.user_id,
            "yours": hold.user_id == request[USER].id}


@signed_in
async def live_list(request: web.Request) -> web.Response:
    rasa = request.config_dict[keys.RASA]
    try:
        recent = await rasa.recent(time.time() - ACTIVE_SECONDS)
        trouble = False
    except RasaUnavailable:
        recent, trouble = [], True
    escalated = await run_db(request, unresolved_by_conversation,
                             conversation_ids=[cid for cid, _ in recent])
    holds = request.config_dict[HANDOVER]
    rows = [{"id": cid, "last": last, "escalation": escalated.get(cid),
             "label": label(escalated[cid].category) if cid in escalated else None,
             "hold": holds.holds.get(cid),
             "minutes": max(0, int((time.time() - last) // 60))} for cid, last in recent]
    rows.sort(key=lambda r: (r["escalation"] is None, -r["last"]))
    return await render(request, "live.html", {"rows": rows, "trouble": trouble})


@signed_in
async def live_page(request: web.Request) -> web.Response:
    conversation_id = _conversation_id(request)
    await record_audit(request, "conversation_view", target_type="conversation",
                       target_id=conversation_id)
    turns, trouble = await _turns(request, conversation_id)
    escalated = await run_db(request, unresolved_by_conversation,
                             conversation_ids=[conversation_id])
    return await render(request, "live_conversation.html", {
        "conversation_id": conversation_id, "turns": turns, "trouble": trouble,
        "hold": hold_view(request, conversation_id), "max_text": MAX_TEXT_CHARS,
        "escalation": escalated.get(conversation_id), "labels_of": label,
        "error": request.query.get("error") == "rasa",
        "events_url": staff_url(request, "staff_live_events", conversation_id=conversation_id),
    })


async def _turns(request: web.Request, conversation_id: str):
    try:
        events = await request.config_dict[keys.RASA].events(conversation_id)
    except RasaUnavailable:
        return [], True
    return transcript(events, current_session_only=False), False


def _back(request: web.Request, conversation_id: str, error: bool = False) -> web.HTTPSeeOther:
    return web.HTTPSeeOther(staff_url(request, "staff_live", {"error": "rasa"} if error else None,
                                      conversation_id=conversation_id))


@signed_in
async def take_submit(request: web.Request) -> web.Response:
    conversation_id = _conversation_id(request)
    form = await request.post()
    user = request[USER]
    raw_from = str(form.get("from_user", ""))
    from_user = int(raw_from) if raw_from.isdigit() and len(raw_from) < 10 else None
    try:
        replaced = await request.config_dict[HANDOVER].take(
            conversation_id, user_id=user.id, name=user.shown_name, role=user.role,
            token=await _session_token(request), from_user_id=from_user)
    except HeldByOther:
        raise web.HTTPConflict(text="Someone else has taken this conversation over. Reload "
                                    "the page to see who, and to take it over from them.")
    except RasaUnavailable:
        raise _back(request, conversation_id, error=True)
    await record_audit(request, "handover_takeover" if replaced else "handover_take",
                       target_type="conversation", target_id=conversation_id,
                       detail=f"from user {replaced.user_id}" if replaced else None)
    raise _back(request, conversation_id)


async def _session_token(request: web.Request) -> str:
    """The staff session's token (from the cookie): when that session ends, so
    does the hold (bot.web.live.handover)."""
    return str((await get_session(request)).get("token") or "")


@signed_in
async def send_submit(request: web.Request) -> web.Response:
    conversation_id = _conversation_id(request)
    form = await request.post()
    text = clean_text(str(form.get("text", "")))
    if not text or len(text) > MAX_TEXT_CHARS:
        raise web.HTTPBadRequest(
            text=f"Please write a message of 1 to {MAX_TEXT_CHARS:,} characters.")
    try:
        await request.config_dict[HANDOVER].say(conversation_id, request[USER].id, text)
    except NotHolder:
        raise web.HTTPConflict(text="You are not holding this conversation; take it over first.")
    except RasaUnavailable:
        if request.headers.get("X-Requested-With") == "fetch":
            return web.json_response({"error": RASA_DOWN}, status=503)
        raise _back(request, conversation_id, error=True)
    # Who wrote to which conversation, never what (the tracker holds the text).
    await record_audit(request, "handover_message", target_type="conversation",
                       target_id=conversation_id, detail=f"{len(text)} characters")
    if request.headers.get("X-Requested-With") == "fetch":
        return web.json_response({"ok": True})
    raise _back(request, conversation_id)


@signed_in
async def hand_back_submit(request: web.Request) -> web.Response:
    conversation_id = _conversation_id(request)
    try:
        await request.config_dict[HANDOVER].hand_back(conversation_id, request[USER].id)
    except NotHolder:
        raise web.HTTPConflict(text="You are not holding this conversation.")
    await record_audit(request, "handover_return", target_type="conversation",
                       target_id=conversation_id)
    raise _back(request, conversation_id)


@signed_in
async def live_events(request: web.Request) -> web.StreamResponse:
    """The conversation as it changes: "turns" (the new turns), "hold" (who holds
    it) and "alert" (emergency guidance was sent while a human held it)."""
    conversation_id = _conversation_id(request)
    token = await _session_token(request)
    response = web.StreamResponse(headers={
        "Content-Type": "text/event-stream", "Cache-Control": "no-store",
        "X-Accel-Buffering": "no"})
    await response.prepare(request)
    hub = request.config_dict[HUB]
    queue = hub.watch(conversation_id)
    try:
        await _stream(request, response, queue, conversation_id, token)
    except ConnectionResetError:  # the browser went away
        pass
    finally:
        hub.unwatch(conversation_id, queue)
    return response


def _sse(kind: str, data: object) -> bytes:
    return f"event: {kind}\ndata: {json.dumps(data, separators=(',', ':'))}\n\n".encode()


async def _stream(request, response, queue, conversation_id: str, token: str) -> None:
    settings = request.config_dict[keys.SETTINGS]
    sent: List[dict] = []
    hold_sent: object = object()
    checked = time.monotonic()
    nudge: dict = {}
    while True:
        turns, _ = await _turns(request, conversation_id)
        if turns[:len(sent)] != sent:  # a new session or a restart: start over
            await response.write(_sse("reset", {}))
            sent = []
        if len(turns) > len(sent):
            await response.write(_sse("turns", turns[len(sent):]))
            sent = turns
        hold = hold_view(request, conversation_id)
        if hold != hold_sent:
            await response.write(_sse("hold", hold))
            hold_sent = hold
        if nudge.get("alert"):
            await response.write(_sse("alert", {"label": label(nudge["alert"])}))
        if time.monotonic() - checked > RECHECK_SESSION_SECONDS:
            checked = time.monotonic()
            if not await run_db(request, is_live, token=token):
                await response.write(_sse("signed-out", {}))
                return
        feed = request.config_dict.get(FEED)
        wait = KEEPALIVE_SECONDS if feed is not None and feed.connected \
            else settings.live_poll_seconds
        try:
            nudge = await asyncio.wait_for(queue.get(), wait)
        except asyncio.TimeoutError:
            nudge = {}
            await response.write(b": keep-alive\n\n")
        if nudge.get("stop"):
            return
