"""Build the aiohttp application (routes, templates, middlewares, resources)."""

from __future__ import annotations

from pathlib import Path
from typing import AsyncIterator

import asyncio
import weakref

import aiohttp
import aiohttp_jinja2
import jinja2
from aiohttp import web

from bot.clinic.profile import load_clinic
from bot.crisis.guidance import guidance_of
from bot.language.detect import ES
from bot.core.domain_text import read_responses, texts_of
from bot.core.db import make_engine, make_session_factory
from bot.oncall import worker
from bot.core.settings import Settings
from bot.web import background, chat, keys
from bot.web.client_address import TrustedProxies
from bot.web.live.feed import broker_feed
from bot.web.live.handover import HANDOVER, Handover, handover_watch
from bot.web.live.hub import HUB, Hub
from bot.web.middlewares import error_pages, install_security_headers
from bot.web.pending_escalations import PENDING, PendingEscalations, retry_pending
from bot.web.socket_limits import AddressCounter
from bot.web.rasa_client import RasaClient
from bot.web.staff import create_staff_app
from bot.web.staff.pages import TIME_FILTERS
from bot.web.routes import setup_routes

HERE = Path(__file__).resolve().parent


async def _database(app: web.Application) -> AsyncIterator[None]:
    settings = app[keys.SETTINGS]
    engine = make_engine(settings.database_url, pool_size=settings.sql_pool_size,
                         max_overflow=settings.sql_max_overflow)
    app[keys.ENGINE] = engine
    app[keys.SESSIONS] = make_session_factory(engine)
    yield
    engine.dispose()


async def _rasa(app: web.Application) -> AsyncIterator[None]:
    settings = app[keys.SETTINGS]
    async with aiohttp.ClientSession() as session:
        app[keys.RASA] = RasaClient.from_settings(settings, session)
        yield
        app[keys.RASA].close()


def _load_detector():
    from bot.crisis.detector import CrisisDetector  # spaCy: seconds to import

    return CrisisDetector()


async def _crisis_detector(app: web.Application) -> AsyncIterator[None]:
    """Loaded in the background at start, so the fail-safe is ready before it is
    needed and the app answers at once."""
    app[keys.DETECTOR] = asyncio.get_running_loop().run_in_executor(None, _load_detector)
    yield
    try:
        await app[keys.DETECTOR]
    except Exception:  # noqa: BLE001 - already reported when it was needed
        pass


async def _delivery_worker(app: web.Application) -> AsyncIterator[None]:
    """Deliver on-call notifications from the outbox while the app runs."""
    task = worker.start(app[keys.SETTINGS], app[keys.SESSIONS], app[keys.CLINIC].zone)
    yield
    await background.stop(task)


async def _end_live_streams(app: web.Application) -> None:
    app[HUB].close_all()


async def _stopping(app: web.Application) -> None:
    app[keys.STOPPING].set()


def create_app(settings: Settings) -> web.Application:
    app = web.Application(
        # The client's address first, so every later middleware and view sees it.
        middlewares=[TrustedProxies(settings.trusted_proxies).middleware,
                     error_pages],
        client_max_size=64 * 1024,
    )
    app[keys.SETTINGS] = settings
    install_security_headers(app)
    app[chat.SOCKETS] = AddressCounter(settings.max_sockets_per_address)
    app[keys.STOPPING] = asyncio.Event()
    app.on_shutdown.append(_stopping)
    app[chat.OPEN_SOCKETS] = weakref.WeakSet()
    app.on_shutdown.append(chat.close_chat_sockets)
    app[keys.CLINIC] = load_clinic(settings.clinic_file)
    responses = read_responses()  # domain.yml, read once
    app[keys.GUIDANCE] = guidance_of(responses)
    app[keys.TEXTS] = texts_of(responses, ["utter_greet"])
    app[keys.GUIDANCE_ES] = guidance_of(responses, language=ES)
    app[keys.TEXTS_ES] = texts_of(responses, ["utter_greet"], language=ES)
    app[HUB] = Hub()
    app.on_shutdown.append(_end_live_streams)
    app[HANDOVER] = Handover(app)
    app[PENDING] = PendingEscalations()
    aiohttp_jinja2.setup(
        app,
        loader=jinja2.FileSystemLoader(str(HERE / "templates")),
        autoescape=jinja2.select_autoescape(default=True),
        filters=TIME_FILTERS,  # staff pages: times in the clinic's zone (clinic.yml)
    )
    app.cleanup_ctx.append(_database)
    app.cleanup_ctx.append(_rasa)
    app.cleanup_ctx.append(_crisis_detector)
    app.cleanup_ctx.append(broker_feed)
    app.cleanup_ctx.append(handover_watch)
    app.cleanup_ctx.append(retry_pending)  # after _database: it stops first
    if settings.run_delivery_worker:
        app.cleanup_ctx.append(_delivery_worker)
    setup_routes(app, HERE / "static")
    staff = create_staff_app(settings)
    app[keys.STAFF] = staff
    app.add_subapp("/staff/", staff)
    return app
