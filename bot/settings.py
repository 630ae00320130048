"""All configuration, read from the environment in one place.

Nothing else in the project reads ``os.environ``: processes get a ``Settings``
built by :func:`Settings.from_env` and pass it down. Every variable is listed in
README.md ("Settings").
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Mapping, Optional

PROJECT_DIR = Path(__file__).resolve().parent.parent

DEFAULT_WEB_PORT = 8000
DEFAULT_RASA_PORT = 5005
DEFAULT_ACTIONS_PORT = 5055
LOOPBACK = "127.0.0.1"


class SettingsError(ValueError):
    """A setting has a value we cannot use; the message says which and why."""


def _port(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        port = int(raw)
    except ValueError:
        raise SettingsError(f"{name} must be a port number, got {raw!r}") from None
    if not 1 <= port <= 65535:
        raise SettingsError(f"{name} must be between 1 and 65535, got {port}")
    return port


def _path(env: Mapping[str, str], name: str, default: Path) -> Path:
    raw = env.get(name, "").strip()
    path = Path(raw) if raw else default
    return path if path.is_absolute() else (PROJECT_DIR / path)


@dataclass(frozen=True)
class Settings:
    """Typed, immutable configuration for every process of the assistant."""

    var_dir: Path = PROJECT_DIR / "var"
    # The public web app's address. Loopback by default; a reverse proxy (or
    # WEB_HOST=0.0.0.0) exposes it. Rasa and the action server are always loopback.
    web_host: str = LOOPBACK
    web_port: int = DEFAULT_WEB_PORT
    rasa_port: int = DEFAULT_RASA_PORT
    actions_port: int = DEFAULT_ACTIONS_PORT
    # Token for Rasa's HTTP API. Empty means "generate one into var/ and reuse it"
    # (see resolve_rasa_token); never logged.
    rasa_token: str = field(default="", repr=False)
    database_url: str = ""
    # Rasa's tracker store. Empty: SQLite under var/. Otherwise an SQLAlchemy URL
    # such as postgresql://user:pass@host:5432/rasa (see bot.rasa_endpoints).
    tracker_store_url: str = field(default="", repr=False)
    # Rasa's lock store. Empty: in memory (one Rasa process). Otherwise redis://...
    lock_store_url: str = field(default="", repr=False)
    clinic_file: Path = PROJECT_DIR / "clinic.yml"
    model_dir: Path = PROJECT_DIR / "models"
    log_level: str = "INFO"

    @classmethod
    def from_env(cls, env: Optional[Mapping[str, str]] = None) -> "Settings":
        env = os.environ if env is None else env
        var_dir = _path(env, "BOT_VAR_DIR", PROJECT_DIR / "var")
        log_level = env.get("BOT_LOG_LEVEL", "INFO").strip().upper() or "INFO"
        if log_level not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
            raise SettingsError(
                f"BOT_LOG_LEVEL must be DEBUG, INFO, WARNING or ERROR, got {log_level!r}"
            )
        settings = cls(
            var_dir=var_dir,
            web_host=env.get("WEB_HOST", "").strip() or LOOPBACK,
            web_port=_port(env, "WEB_PORT", DEFAULT_WEB_PORT),
            rasa_port=_port(env, "RASA_PORT", DEFAULT_RASA_PORT),
            actions_port=_port(env, "ACTIONS_PORT", DEFAULT_ACTIONS_PORT),
            rasa_token=env.get("RASA_TOKEN", "").strip(),
            database_url=env.get("BOT_DATABASE_URL", "").strip()
            or f"sqlite:///{var_dir / 'bot.db'}",
            tracker_store_url=env.get("RASA_TRACKER_STORE_URL", "").strip(),
            lock_store_url=env.get("RASA_LOCK_STORE_URL", "").strip(),
            clinic_file=_path(env, "CLINIC_FILE", PROJECT_DIR / "clinic.yml"),
            model_dir=_path(env, "RASA_MODEL_DIR", PROJECT_DIR / "models"),
            log_level=log_level,
        )
        ports = [settings.web_port, settings.rasa_port, settings.actions_port]
        if len(set(ports)) != len(ports):
            raise SettingsError(
                "WEB_PORT, RASA_PORT and ACTIONS_PORT must differ, got "
                + ", ".join(map(str, ports))
            )
        return settings

    @property
    def rasa_url(self) -> str:
        return f"http://{LOOPBACK}:{self.rasa_port}"

    @property
    def actions_url(self) -> str:
        return f"http://{LOOPBACK}:{self.actions_port}"

    @property
    def web_url(self) -> str:
        return f"http://{LOOPBACK}:{self.web_port}"

    @property
    def run_dir(self) -> Path:
        """Files generated for one run of the stack (rendered endpoints)."""
        return self.var_dir / "run"

    @property
    def tracker_sqlite_path(self) -> Path:
        return self.var_dir / "rasa_tracker.db"

    def with_token(self, token: str) -> "Settings":
        return replace(self, rasa_token=token)


def resolve_rasa_token(settings: Settings) -> Settings:
    """Return settings with a Rasa API token: the configured one, else one kept in var/.

    A generated token is written once with owner-only permissions and reused by
    every later run, so a restarted web app keeps talking to a restarted Rasa.
    """
    if settings.rasa_token:
        return settings
    token_file = settings.var_dir / "rasa_token"
    if token_file.exists():
        token = token_file.read_text(encoding="utf-8").strip()
        if token:
            return settings.with_token(token)
    settings.var_dir.mkdir(parents=True, exist_ok=True)
    token = secrets.token_urlsafe(32)
    fd = os.open(token_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(token + "\n")
    return settings.with_token(token)
