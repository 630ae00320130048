"""Typed keys for what the web app keeps on itself."""

from __future__ import annotations

import asyncio
from typing import Dict, List

from aiohttp import web
from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker

from bot.clinic.profile import Clinic
from bot.core.settings import Settings
from bot.web.rasa_client import RasaClient

SETTINGS = web.AppKey("settings", Settings)
CLINIC = web.AppKey("clinic", Clinic)
ENGINE = web.AppKey("engine", Engine)
SESSIONS = web.AppKey("sessions", sessionmaker)
RASA = web.AppKey("rasa", RasaClient)
# Resolves to a bot.crisis.detector.CrisisDetector (loaded in the background at start).
DETECTOR = web.AppKey("detector", asyncio.Future)
GUIDANCE = web.AppKey("guidance", Dict[str, List[str]])
TEXTS = web.AppKey("texts", Dict[str, str])
# The same, as the assistant says them in Spanish (the `language` slot's variations).
GUIDANCE_ES = web.AppKey("guidance_es", Dict[str, List[str]])
TEXTS_ES = web.AppKey("texts_es", Dict[str, str])
# The staff dashboard sub-application, for links to its named routes.
STAFF = web.AppKey("staff", web.Application)
# Set when the app starts to stop (on_shutdown): long-lived responses (the staff
# banner's event stream) end at once instead of holding the shutdown back.
STOPPING = web.AppKey("stopping", asyncio.Event)
