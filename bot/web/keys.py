"""Typed keys for what the web app keeps on itself."""

from __future__ import annotations

from aiohttp import web
from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker

from bot.clinic import Clinic
from bot.settings import Settings

SETTINGS = web.AppKey("settings", Settings)
CLINIC = web.AppKey("clinic", Clinic)
ENGINE = web.AppKey("engine", Engine)
SESSIONS = web.AppKey("sessions", sessionmaker)
