"""Thin request handlers: read the request, call the data layer, respond."""

from __future__ import annotations

import asyncio

import aiohttp_jinja2
from aiohttp import web
from sqlalchemy.exc import SQLAlchemyError

from bot.db import ping
from bot.web import keys


@aiohttp_jinja2.template("index.html")
async def index(request: web.Request) -> dict:
    return {"clinic": request.app[keys.CLINIC]}


async def health(request: web.Request) -> web.Response:
    """200 when the web app and its database answer; 503 otherwise."""
    engine = request.app[keys.ENGINE]
    try:
        await asyncio.get_running_loop().run_in_executor(None, ping, engine)
    except SQLAlchemyError:
        return web.json_response({"status": "unavailable", "database": "error"}, status=503)
    return web.json_response({"status": "ok", "database": "ok"})
