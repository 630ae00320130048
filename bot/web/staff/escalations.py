"""Escalations for on-call and staff: the queue, one escalation, acknowledge and
resolve, and the live feed (Server-Sent Events) behind the banner on every page."""

from __future__ import annotations

import asyncio
import json
from typing import Any, Dict, List, Optional

from aiohttp import web
from aiohttp_session import get_session
from yarl import URL
from bot.clinic.language import LANGUAGES, NAMES as LANGUAGE_NAMES
from bot.core.models import ESCALATION_STATUSES
from bot.crisis.categories import LABELS, label
from bot.crisis.escalations import (acknowledge, get_escalation, list_escalations, messages_of,
                                    resolve)
from bot.intake.store import get_lead_by_conversation
from bot.oncall.budget import OUTCOME_LABELS
from bot.staff.context import condition_text, language_text
from bot.staff.sessions import is_live
from bot.web import keys
from bot.web.rasa_client import RasaUnavailable
from bot.web.staff.pages import banner, clinic_zone, render
from bot.web.staff.urls import staff_url
from bot.web.staff.security import USER, record_audit, run_db, signed_in

MAX_NOTE_CHARS = 2000
POLL_SECONDS = 2.0
KEEPALIVE_EVERY = 10  # polls
RECHECK_SESSION_EVERY = 15  # polls
# The live hand-over page of a conversation (issue 17, built apart): the first of
# these route names the dashboard registers, taking the conversation's id. Until
# one is registered the escalation page shows no "Join conversation" button.
JOIN_ROUTES = ("staff_live", "staff_live_conversation", "staff_conversation")


def _escalation_id(request: web.Request) -> int:
    return int(request.match_info["escalation_id"])


@signed_in
async def escalation_list(request: web.Request) -> web.Response:
    status = request.query.get("status")
    status = status if status in ESCALATION_STATUSES else None
    language = request.query.get("language")
    language = language if language in LANGUAGES else None
    rows = await run_db(request, list_escalations, status=status, language=language)
    return await render(request, "escalations.html", {
        "escalations": rows[:200], "labels": LABELS, "status": status,
        "statuses": ESCALATION_STATUSES, "list_url": staff_url(request, "staff_escalations"),
        "language": language, "languages": LANGUAGE_NAMES,
        "filter_url": lambda **change: _list_link(
            request, **{"status": status, "language": language, **change}),
    })


def _list_link(request: web.Request, **params: Optional[str]) -> str:
    return staff_url(request, "staff_escalations",
                     {key: value for key, value in params.items() if value})


def join_url(request: web.Request, conversation_id: str) -> Optional[str]:
    """The live hand-over page of this conversation, when the dashboard has one
    that takes this conversation's id (a link that would be a 404 is no link)."""
    router = request.config_dict[keys.STAFF].router
    for name in JOIN_ROUTES:
        if name not in router:
            continue
        try:
            url = staff_url(request, name, conversation_id=conversation_id)
        except (KeyError, ValueError, TypeError):  # a route without that part
            continue
        pattern = router[name].get_info().get("pattern")  # the route's own path rule
        if pattern is None or pattern.fullmatch(URL(url).path):
            return url
    return None


async def _conversation_events(request: web.Request, conversation_id: str) -> Optional[List[Any]]:
    """Rasa's events of the conversation, or None when Rasa cannot give them."""
    try:
        return await request.config_dict[keys.RASA].events(conversation_id)
    except (RasaUnavailable, AttributeError, TypeError, ValueError):
        return None


async def _context(request: web.Request, escalation) -> Dict[str, Any]:
    """Condition, language, lead and the way to join: what on-call needs first."""
    lead = await run_db(request, get_lead_by_conversation,
                        conversation_id=escalation.conversation_id)
    events = None if lead is not None and lead.condition else await _conversation_events(
        request, escalation.conversation_id)
    return {
        "lead_id": lead.id if lead is not None else None,
        "condition": condition_text(lead, events),
        "language_name": language_text(escalation.language,
                                       lead.language if lead is not None else None),
        "join_url": join_url(request, escalation.conversation_id),
    }


@signed_in
async def escalation_page(request: web.Request) -> web.Response:
    escalation = await run_db(request, get_escalation, escalation_id=_escalation_id(request))
    if escalation is None:
        raise web.HTTPNotFound(text="No such escalation.")
    context = await _context(request, escalation)
    # The page shows the visitor's own words: who read them is on the record.
    await record_audit(request, "escalation_view", target_type="escalation",
                       target_id=escalation.id)
    messages = await run_db(request, messages_of, escalation_id=escalation.id)
    return await render(request, "escalation.html", {
        **context, "e": escalation, "label": label(escalation.category),
        "max_note": MAX_NOTE_CHARS,
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
            **await _context(request, escalation),
            "e": escalation, "label": label(escalation.category),
            "max_note": MAX_NOTE_CHARS, "note": note[:MAX_NOTE_CHARS * 2],
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
    """The banner as it changes ("escalations" events: JSON with the open count and
    the most urgent few, ages included, so an age ticks over each minute)."""
    token = (await get_session(request)).get("token")
    zone = clinic_zone(request)
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
            items = await run_db(request, banner, zone=zone)
            if items != last:
                data = json.dumps(items, separators=(",", ":"))
                await response.write(f"event: escalations\ndata: {data}\n\n".encode())
                last = items
            elif polls % KEEPALIVE_EVERY == 0:
                await response.write(b": keep-alive\n\n")
            polls += 1
            if await _app_stopping(request, POLL_SECONDS):
                break  # the browser's EventSource reconnects to the restarted app
    except ConnectionResetError:  # the browser went away
        pass
    return response


async def _app_stopping(request: web.Request, seconds: float) -> bool:
    """Wait up to `seconds`; True as soon as the app starts to stop."""
    try:
        await asyncio.wait_for(request.config_dict[keys.STOPPING].wait(), seconds)
        return True
    except asyncio.TimeoutError:
        return False
