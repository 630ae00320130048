"""Thin request handlers: read the request, call the data layer, respond."""

from __future__ import annotations

import asyncio

import aiohttp_jinja2
from aiohttp import web
from sqlalchemy.exc import SQLAlchemyError

from bot.db import ping
from bot.escalations import acknowledge, get_escalation
from bot.oncall.message import CATEGORY_LABELS
from bot.oncall.signing import InvalidLink, verify_ack
from bot.web import keys

MAX_NAME_CHARS = 80


@aiohttp_jinja2.template("index.html")
async def index(request: web.Request) -> dict:
    return {"clinic": request.app[keys.CLINIC]}


def static_file(path):
    """A handler serving one file, cacheable for a few minutes (widget updates reach
    clinics' sites quickly)."""
    async def handler(request: web.Request) -> web.FileResponse:
        return web.FileResponse(path, headers={"Cache-Control": "public, max-age=300"})

    return handler


@aiohttp_jinja2.template("privacy.html")
async def privacy(request: web.Request) -> dict:
    """The privacy notice the intake form links to before asking for any details."""
    return {"clinic": request.app[keys.CLINIC]}


async def health(request: web.Request) -> web.Response:
    """200 when the web app and its database answer; 503 otherwise."""
    engine = request.app[keys.ENGINE]
    try:
        await asyncio.get_running_loop().run_in_executor(None, ping, engine)
    except SQLAlchemyError:
        return web.json_response({"status": "unavailable", "database": "error"}, status=503)
    return web.json_response({"status": "ok", "database": "ok"})


def _escalation_id(request: web.Request) -> int:
    token = request.match_info["token"]
    try:
        return verify_ack(token[:200], request.app[keys.SETTINGS].secret_key)
    except InvalidLink:
        raise web.HTTPForbidden(text="This acknowledgement link is invalid or has expired.")


async def _run(request: web.Request, fn, **kwargs):
    def call():
        with request.app[keys.SESSIONS]() as session:
            result = fn(session=session, **kwargs)
            return None if result is None else result.as_dict()
    return await asyncio.get_running_loop().run_in_executor(None, call)


@aiohttp_jinja2.template("ack.html")
async def ack_page(request: web.Request) -> dict:
    """GET shows the escalation and a button; only the POST changes anything."""
    escalation = await _run(request, get_escalation, escalation_id=_escalation_id(request))
    if escalation is None:
        raise web.HTTPNotFound(text="No such escalation.")
    return {"escalation": escalation, "label": CATEGORY_LABELS.get(escalation["category"]),
            "done": False}


async def ack_submit(request: web.Request) -> web.Response:
    escalation_id = _escalation_id(request)
    form = await request.post()
    name = " ".join(str(form.get("name", "")).split())[:MAX_NAME_CHARS] or "on-call (link)"
    escalation = await _run(request, acknowledge, escalation_id=escalation_id, by=name)
    if escalation is None:
        raise web.HTTPNotFound(text="No such escalation.")
    return aiohttp_jinja2.render_template(
        "ack.html", request,
        {"escalation": escalation, "label": CATEGORY_LABELS.get(escalation["category"]), "done": True},
    )
