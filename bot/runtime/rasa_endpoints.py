"""Render Rasa's endpoints configuration from our settings.

`endpoints.yml` in the repository is what Rasa's own commands (`rasa shell`,
`rasa interactive`) use with the default ports on a laptop. `make run` and the
tests render the same structure from ``Settings`` so that ports, the tracker store
(SQLite or PostgreSQL) and the lock store (memory or Redis) follow the environment.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Dict, Optional
from urllib.parse import unquote, urlsplit

import yaml

from bot.core.settings import PROJECT_DIR, Settings, SettingsError
from bot.handover.stream import LIVE_EXCHANGE
from bot.runtime.action_server import SECRET_HEADER

SQL_DIALECTS = {"postgresql": "postgresql", "postgres": "postgresql", "sqlite": "sqlite"}


# Rasa's SQLTrackerStore with pre-pinged connections, short retries, and a paused
# stand-in instead of a fresh conversation when the database cannot be read.
SQL_STORE = "bot.rasa_ext.tracker_store.SharedSQLTrackerStore"


# Our conversations' locks in a shared Redis: "clinicbot:lock:<conversation id>".
LOCK_KEY_PREFIX = "clinicbot"


def tracker_store_config(settings: Settings) -> Dict[str, Any]:
    """Rasa's SQL tracker store: SQLite under var/ unless a URL is configured."""
    if not settings.tracker_store_url:
        db = settings.tracker_sqlite_path
        try:
            db = db.relative_to(PROJECT_DIR)
        except ValueError:
            pass
        return {"type": SQL_STORE, "dialect": "sqlite", "db": str(db)}
    parts = urlsplit(settings.tracker_store_url)
    scheme = parts.scheme.split("+", 1)[0]
    if scheme not in SQL_DIALECTS:
        raise SettingsError(
            "RASA_TRACKER_STORE_URL must be a postgresql:// or sqlite:/// URL"
        )
    if scheme == "sqlite":
        # sqlite:///relative.db -> "relative.db"; sqlite:////abs/x.db -> "/abs/x.db".
        return {"type": SQL_STORE, "dialect": "sqlite", "db": parts.path[1:]}
    config: Dict[str, Any] = {
        "type": SQL_STORE,
        "dialect": "postgresql",
        "url": parts.hostname or "127.0.0.1",
        "port": parts.port or 5432,
        "db": parts.path.lstrip("/") or "rasa",
    }
    if parts.username:
        config["username"] = unquote(parts.username)
    if parts.password:
        config["password"] = unquote(parts.password)
    return config


def lock_store_config(settings: Settings) -> Dict[str, Any]:
    """Rasa's lock store: in memory for one Rasa process, Redis for several."""
    if not settings.lock_store_url:
        return {"type": "in_memory"}
    parts = urlsplit(settings.lock_store_url)
    if parts.scheme not in {"redis", "rediss"}:
        raise SettingsError("RASA_LOCK_STORE_URL must be a redis:// or rediss:// URL")
    db_path = parts.path.lstrip("/")
    config: Dict[str, Any] = {
        "type": "redis",
        "url": parts.hostname or "127.0.0.1",
        "port": parts.port or 6379,
        "db": int(db_path) if db_path.isdigit() else 1,
        # Rasa keeps a prefix only if it is alphanumeric ("clinic_bot" was
        # dropped with a warning, so locks fell back to the bare "lock:").
        "key_prefix": LOCK_KEY_PREFIX,
    }
    if parts.password:
        config["password"] = unquote(parts.password)
    if parts.scheme == "rediss":
        config["use_ssl"] = True
    return config


def action_endpoint_config(settings: Settings) -> Dict[str, Any]:
    """The action server's URL, how long Rasa waits for it on one action
    (bot.rasa_ext.action_timeout) and, when there is one, the shared secret it
    requires (bot.runtime.action_server): Rasa sends these headers with every call."""
    config: Dict[str, Any] = {"url": f"{settings.actions_url}/webhook",
                              "timeout": settings.actions_timeout}
    if settings.actions_secret:
        config["headers"] = {SECRET_HEADER: settings.actions_secret}
    return config




def event_broker_config(settings: Settings) -> Optional[Dict[str, Any]]:
    """Rasa's Pika event broker on RabbitMQ, when RASA_EVENT_BROKER_URL is set."""
    if not settings.event_broker_url:
        return None
    parts = urlsplit(settings.event_broker_url)
    config: Dict[str, Any] = {
        "type": "pika",
        "url": parts.hostname or "127.0.0.1",
        "port": parts.port or 5672,
        "username": unquote(parts.username or "guest"),
        "password": unquote(parts.password or "guest"),
        "queues": [settings.event_queue],
        "exchange_name": LIVE_EXCHANGE,
        # Rasa keeps events it could not publish and retries; a clinic's chat must
        # not stop because RabbitMQ restarted.
        "raise_on_failure": False,
    }
    return config


def render_endpoints(settings: Settings) -> Dict[str, Any]:
    endpoints = {
        "action_endpoint": action_endpoint_config(settings),
        "tracker_store": tracker_store_config(settings),
        "lock_store": lock_store_config(settings),
    }
    broker = event_broker_config(settings)
    if broker:
        endpoints["event_broker"] = broker
    return endpoints


def write_endpoints(settings: Settings) -> Path:
    """Write the rendered endpoints file under var/run/, owner-only from the moment it
    exists (it holds the action server's secret and may hold a database password)."""
    settings.run_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = settings.run_dir / "endpoints.yml"
    text = ("# Generated by bot.runtime.rasa_endpoints for this run; edit settings, not this file.\n"
            + yaml.safe_dump(render_endpoints(settings), sort_keys=False))
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(fd, 0o600)  # an older file keeps its mode through O_CREAT
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    return path
