"""Escalations for on-call and staff: the queue, one escalation, acknowledge and
resolve, and the live feed (Server-Sent Events) behind the banner on every page."""

from __future__ import annotations

import asyncio
import json


from aiohttp import web
from aiohttp_session import get_session
from bot.core.models import ESCALATION_STATUSES
from bot.crisis.categories import LABELS, label
from bot.crisis.escalations import (acknowledge, get_escalation, list_escalations, messages_of,
                                    resolve)
from bot.intake.store import lead_id_for_conversation
from bot.oncall.budget import OUTCOME_LABELS
from bot.staff.sessions import is_live
from bot.web.staff.pages import open_escalations, render
from bot.web.staff.urls import staff_url
from bot.web.staff.security import USER, record_audit, run_db, signed_in

MAX_NOTE_CHARS = 2000
POLL_SECONDS = 2.0
KEEPALIVE_EVERY = 10  # polls
RECHECK_SESSION_EVERY = 15  # polls


def _escalation_id(request: web.Request) -> int:
    return int(request.match_info["escalation_id"])


@signed_in
async def escalation_list(request: web.Request) -> web.Response:
    status = request.query.get("status")
    status = status if status in ESCALATION_STATUSES else None
    rows = await run_db(request, list_escalations, status=status)
    return await render(request, "escalations.html", {
        "escalations": rows[:200], "labels": LABELS, "status": status,
        "statuses": ESCALATION_STATUSES, "list_url": staff_url(request, "staff_escalations"),
    })


@signed_in
async def escalation_page(request: web.Request) -> web.Response:
    escalation = await run_db(request, get_escalation, escalation_id=_escalation_id(request))
    if escalation is None:
        raise web.HTTPNotFound(text="No such escalation.")
    lead_id = await run_db(request, lead_id_for_conversation,
                           conversation_id=escalation.conversation_id)
    # The page shows the visitor's own words: who read them is on the record.
    await record_audit(request, "escalation_view", target_type="escalation",
                       target_id=escalation.id)
    messages = await run_db(request, messages_of, escalation_id=escalation.id)
    return await render(request, "escalation.html", {
        "e": escalation, "label": label(escalation.category),
        "lead_id": lead_id, "max_note": MAX_NOTE_CHARS,
        "messages": messages, "labels": LABELS, "page_outcomes": OUTCOME_LABELS,
    })


@signed_in
async def acknowledge_submit(request: web.Request) -> web.Response:
    escalation_id = _escalation_id(request)
    user = request[USER]
    escalation = await run_db(request, acknowledge, escalation_id=escalation_id,
                              by=user.username)
    if escalation is None:
        raise web.HTTPNotFound(text="No such escalation.")
    await record_audit(request, "escalation_ack", target_type="escalation", target_id=escalation_id)
    raise web.HTTPSeeOther(staff_url(request, "staff_escalation", escalation_id=escalation_id))


@signed_in
async def resolve_submit(request: web.Request) -> web.Response:
    escalation_id = _escalation_id(request)
    form = await request.post()
    note = str(form.get("note", "")).strip()
    if not note or len(note) > MAX_NOTE_CHARS:
        escalation = await run_db(request, get_escalation, escalation_id=escalation_id)
        if escalation is None:
            raise web.HTTPNotFound(text="No such escalation.")
        return await render(request, "escalation.html", {
            "e": escalation, "label": label(escalation.category),
            "lead_id": None, "max_note": MAX_NOTE_CHARS, "note": note[:MAX_NOTE_CHARS * 2],
            "note_error": f"Please say what was done, in up to {MAX_NOTE_CHARS:,} characters.",
        }, status=400)
    escalation = await run_db(request, resolve, escalation_id=escalation_id,
                              by=request[USER].username, note=note)
    if escalation is None:
        raise web.HTTPNotFound(text="No such escalation.")
    await record_audit(request, "escalation_resolve", target_type="escalation",
                       target_id=escalation_id)
    raise web.HTTPSeeOther(staff_url(request, "staff_escalation", escalation_id=escalation_id))


@signed_in
async def events(request: web.Request) -> web.StreamResponse:
    """Open escalations as they change ("escalations" events with a JSON list)."""
    token = (await get_session(request)).get("token")
    response = web.StreamResponse(headers={
        "Content-Type": "text/event-stream", "Cache-Control": "no-store",
        "X-Accel-Buffering": "no",
    })
    await response.prepare(request)
    last = None
    polls = 0
    try:
        while True:
            if polls % RECHECK_SESSION_EVERY == 0 and polls and not await run_db(
                    request, is_live, token=token):
                await response.write(b"event: signed-out\ndata: {}\n\n")
                break
            items = await run_db(request, open_escalations)
            if items != last:
                data = json.dumps(items, separators=(",", ":"))
                await response.write(f"event: escalations\ndata: {data}\n\n".encode())
                last = items
            elif polls % KEEPALIVE_EVERY == 0:
                await response.write(b": keep-alive\n\n")
            polls += 1
            await asyncio.sleep(POLL_SECONDS)
    except ConnectionResetError:  # the browser went away
        pass
    return response
