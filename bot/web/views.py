"""Thin request handlers: read the request, call the data layer, respond."""

from __future__ import annotations

import asyncio
from urllib.parse import urlsplit

import aiohttp_jinja2
from aiohttp import web
from sqlalchemy.exc import SQLAlchemyError

from bot.core.db import ping
from bot.language.detect import EN, ES
from bot.oncall.signing import InvalidLink, verify_ack
from bot.web.staff.urls import staff_url
from bot.web import keys


def page_language(request: web.Request) -> str:
    """?lang=es shows a page in Spanish (the widget links its Spanish visitors
    there); anything else is English."""
    return ES if request.query.get("lang") == ES else EN


@aiohttp_jinja2.template("index.html")
async def index(request: web.Request) -> dict:
    """The demo page; in Spanish it says lang="es", so the widget starts in Spanish."""
    clinic, language = request.app[keys.CLINIC], page_language(request)
    return {"clinic": clinic, "lang": language, "hours": clinic.hours_for(language)}


def static_file(path):
    """A handler serving one file, cacheable for a few minutes (widget updates reach
    clinics' sites quickly)."""
    async def handler(request: web.Request) -> web.FileResponse:
        return web.FileResponse(path, headers={"Cache-Control": "public, max-age=300"})

    return handler


@aiohttp_jinja2.template("privacy.html")
async def privacy(request: web.Request) -> dict:
    """The privacy notice the intake form links to before asking for any details,
    in Spanish with the clinic's Spanish notice (clinic.yml) for ?lang=es."""
    clinic, language = request.app[keys.CLINIC], page_language(request)
    return {"clinic": clinic, "lang": language, "notice": clinic.notice_for(language)}


async def health(request: web.Request) -> web.Response:
    """200 when the web app and its database answer; 503 otherwise. Each Rasa
    replica is reported ("ok" or "down", by port) without deciding the status:
    with every replica down the web app still answers emergencies (fail-safe)."""
    engine = request.app[keys.ENGINE]
    rasa = {str(urlsplit(url).port): state
            for url, state in (await request.app[keys.RASA].probe()).items()}
    try:
        await asyncio.get_running_loop().run_in_executor(None, ping, engine)
    except SQLAlchemyError:
        return web.json_response({"status": "unavailable", "database": "error",
                                  "rasa": rasa}, status=503)
    return web.json_response({"status": "ok", "database": "ok", "rasa": rasa})


async def alive(request: web.Request) -> web.Response:
    """The supervisor's liveness check: answered by the event loop alone (no
    database, no Rasa, no thread pool), so only a hung web app fails it; a slow
    dependency must never get the web app, and its fail-safe, restarted."""
    return web.json_response({"status": "alive"})


def _escalation_id(request: web.Request) -> int:
    token = request.match_info["token"]
    try:
        return verify_ack(token[:200], request.app[keys.SETTINGS].secret_key)
    except InvalidLink:
        raise web.HTTPForbidden(text="This acknowledgement link is invalid or has expired.")


async def ack_link(request: web.Request) -> web.Response:
    """The link in an on-call notification: checked, then on to the escalation in
    the staff dashboard (sign-in first), where acknowledging is one button."""
    escalation_id = _escalation_id(request)
    raise web.HTTPFound(staff_url(request, "staff_escalation", escalation_id=escalation_id))
