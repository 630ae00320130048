"""All configuration, read from the environment in one place.

Nothing else in the project reads ``os.environ``: processes get a ``Settings``
built by :func:`Settings.from_env` and pass it down. Every variable is listed in
README.md ("Settings").
"""

from __future__ import annotations

import ipaddress
import os
import re
import secrets
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Mapping, Optional, Tuple

PROJECT_DIR = Path(__file__).resolve().parents[2]

DEFAULT_WEB_PORT = 8000
DEFAULT_RASA_PORT = 5005
DEFAULT_ACTIONS_PORT = 5055
LOOPBACK = "127.0.0.1"


class SettingsError(ValueError):
    """A setting has a value we cannot use; the message says which and why."""


def _path(env: Mapping[str, str], name: str, default: Path) -> Path:
    raw = env.get(name, "").strip()
    path = Path(raw) if raw else default
    return path if path.is_absolute() else (PROJECT_DIR / path)


def _int(env: Mapping[str, str], name: str, default: int, low: int, high: int,
         what: str = "a whole number") -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise SettingsError(f"{name} must be {what}, got {raw!r}") from None
    if not low <= value <= high:
        raise SettingsError(f"{name} must be between {low} and {high}, got {value}")
    return value


def _port(env: Mapping[str, str], name: str, default: int) -> int:
    return _int(env, name, default, 1, 65535, what="a port number")


_ORIGIN = re.compile(r"https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?")


def _origins(env: Mapping[str, str], name: str) -> Tuple[str, ...]:
    """Comma-separated origins such as https://www.clinic.example (no path)."""
    origins = []
    for raw in env.get(name, "").split(","):
        origin = raw.strip().rstrip("/").lower()
        if not origin:
            continue
        if not _ORIGIN.fullmatch(origin):
            raise SettingsError(
                f"{name} must list origins like https://www.clinic.example, got {raw.strip()!r}"
            )
        origins.append(origin)
    return tuple(origins)


def _broker_url(env: Mapping[str, str], name: str) -> str:
    value = env.get(name, "").strip()
    # Rasa's Pika broker on the same machine or a private network: plain amqp://
    # (its TLS options come from variables of its own, not supported here).
    if value and not re.match(r"^amqp://[^/\s]", value):
        raise SettingsError(f"{name} must be an amqp:// URL")
    return value


def _queue_name(env: Mapping[str, str], name: str, default: str) -> str:
    value = env.get(name, "").strip() or default
    if not re.fullmatch(r"[A-Za-z0-9_.-]{1,100}", value):
        raise SettingsError(f"{name} must be 1 to 100 letters, digits, '_', '.' or '-'")
    return value


def _networks(env: Mapping[str, str], name: str) -> Tuple[str, ...]:
    """Comma-separated IP addresses or networks such as 10.0.0.5, 10.1.0.0/16."""
    networks = []
    for raw in env.get(name, "").split(","):
        if not raw.strip():
            continue
        try:
            networks.append(str(ipaddress.ip_network(raw.strip(), strict=False)))
        except ValueError:
            raise SettingsError(
                f"{name} must list IP addresses or networks like 10.0.0.5 or 10.1.0.0/16, "
                f"got {raw.strip()!r}"
            ) from None
    return tuple(networks)


@dataclass(frozen=True)
class OnCallSettings:
    """Where escalations are delivered (see README, "On-call hand-off")."""

    webhook_url: str = field(default="", repr=False)
    email: str = ""
    backup_webhook_url: str = field(default="", repr=False)
    backup_email: str = ""
    ack_minutes: int = 5
    smtp_host: str = ""
    smtp_port: int = 587
    smtp_user: str = ""
    smtp_password: str = field(default="", repr=False)
    smtp_from: str = ""
    smtp_starttls: bool = True
    # Paging budget (README, "On-call hand-off"): a conversation's next escalation
    # is paged at most once per page_interval_minutes (an upgrade always may be);
    # at most page_budget pages per page_budget_minutes across all conversations;
    # what is held back goes into one digest page per window, sent once the
    # oldest held page has waited digest_delay_seconds (so a burst makes one digest).
    page_interval_minutes: int = 10
    page_budget: int = 5
    page_budget_minutes: int = 10
    digest_delay_seconds: int = 60

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> "OnCallSettings":
        get = lambda name: env.get(name, "").strip()  # noqa: E731
        for name in ("ONCALL_WEBHOOK_URL", "ONCALL_BACKUP_WEBHOOK_URL"):
            if get(name) and not get(name).startswith(("http://", "https://")):
                raise SettingsError(f"{name} must be an http(s) URL")
        return cls(
            webhook_url=get("ONCALL_WEBHOOK_URL"),
            email=get("ONCALL_EMAIL"),
            backup_webhook_url=get("ONCALL_BACKUP_WEBHOOK_URL"),
            backup_email=get("ONCALL_BACKUP_EMAIL"),
            ack_minutes=_int(env, "ONCALL_ACK_MINUTES", 5, 1, 24 * 60),
            smtp_host=get("SMTP_HOST"),
            smtp_port=_int(env, "SMTP_PORT", 587, 1, 65535),
            smtp_user=get("SMTP_USER"),
            smtp_password=env.get("SMTP_PASSWORD", ""),
            smtp_from=get("SMTP_FROM"),
            smtp_starttls=get("SMTP_STARTTLS").lower() not in ("0", "false", "no"),
            page_interval_minutes=_int(env, "ONCALL_PAGE_INTERVAL_MINUTES", 10, 0, 24 * 60,
                                       "a number of minutes"),
            page_budget=_int(env, "ONCALL_PAGE_BUDGET", 5, 1, 1000),
            page_budget_minutes=_int(env, "ONCALL_PAGE_BUDGET_MINUTES", 10, 1, 24 * 60,
                                     "a number of minutes"),
            digest_delay_seconds=_int(env, "ONCALL_DIGEST_DELAY_SECONDS", 60, 0, 3600,
                                      "a number of seconds"),
        )

    def targets(self, level: str) -> dict:
        """Configured channels for 'primary' or 'backup': {channel: address}."""
        webhook, email = ((self.webhook_url, self.email) if level == "primary"
                          else (self.backup_webhook_url, self.backup_email))
        found = {}
        if webhook:
            found["webhook"] = webhook
        if email and self.smtp_host:
            found["email"] = email
        return found


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
    # Shared secret Rasa sends to the action server (X-Actions-Secret header).
    # Empty: generated into var/actions_secret (see resolve_actions_secret); never logged.
    actions_secret: str = field(default="", repr=False)
    database_url: str = ""
    # Rasa's tracker store. Empty: SQLite under var/. Otherwise an SQLAlchemy URL
    # such as postgresql://user:pass@host:5432/rasa (see bot.runtime.rasa_endpoints).
    tracker_store_url: str = field(default="", repr=False)
    # Where the web app reads transcripts (read-only): a read-only role's URL for
    # the same database. Empty: the tracker store's own URL, opened read-only.
    tracker_read_url: str = field(default="", repr=False)
    # Rasa's lock store. Empty: in memory (one Rasa process). Otherwise redis://...
    lock_store_url: str = field(default="", repr=False)
    clinic_file: Path = PROJECT_DIR / "clinic.yml"
    # Secret for signed links (on-call acknowledgement). Empty: generated into
    # var/secret_key and reused. Never logged.
    secret_key: str = field(default="", repr=False)
    # Base URL staff use to reach the web app (links in notifications).
    public_url: str = ""
    oncall: "OnCallSettings" = field(default_factory=lambda: OnCallSettings())
    # The web app delivers on-call notifications; tests of other parts turn it off.
    run_delivery_worker: bool = True
    model_dir: Path = PROJECT_DIR / "models"
    log_level: str = "INFO"
    # Other sites allowed to embed the chat widget (WebSocket Origin check), as
    # "https://www.clinic.example". The web app's own origin is always allowed.
    allowed_origins: Tuple[str, ...] = ()
    # Seconds the web app waits for Rasa before its fail-safe answers instead.
    rasa_reply_timeout: int = 8
    # Seconds Rasa waits for the action server on one custom action before it gives
    # up on that action's events and ends the turn (bot.rasa_ext.action_timeout);
    # Rasa's own wait is 300 s, so a hung action server held a conversation that long.
    actions_timeout: int = 15
    # Visitor messages in flight to one Rasa replica at once, and the seconds a
    # further message waits for its turn before the fail-safe answers it
    # (bot.web.admission).
    rasa_max_in_flight: int = 8
    rasa_queue_seconds: int = 4
    # Served over HTTPS (directly or behind a TLS proxy): staff cookies are Secure.
    web_https: bool = False
    # On-call accounts must use an authenticator too (admins and staff always must).
    mfa_oncall_required: bool = False
    # A reloaded chat shows the conversation so far only this long after its last
    # event (0: never), and never once an intake was submitted.
    chat_replay_minutes: float = 30
    # A chat socket with no frame from the visitor for this long is closed; the
    # widget reconnects with the visitor's next message.
    chat_idle_minutes: float = 10
    # Open chat sockets allowed per client address at once.
    max_sockets_per_address: int = 8
    # Reverse proxies whose X-Forwarded-For / Forwarded headers name the client
    # (addresses or networks). Empty: those headers are ignored.
    trusted_proxies: Tuple[str, ...] = ()
    # Rasa's event broker (RabbitMQ, amqp://user:pass@host:5672/): Rasa publishes every
    # conversation event and the staff live view consumes them. Empty: no broker;
    # the live view reads the tracker store (read-only) every LIVE_POLL_SECONDS.
    event_broker_url: str = field(default="", repr=False)
    # The broker queue Rasa publishes conversation events to and the web app
    # consumes (one web app per queue: a second one would take half the events).
    event_queue: str = "kca_live_events"
    live_poll_seconds: int = 2
    # A staff member holding a chat who stays silent this long while the visitor
    # writes gives it back to the assistant (and the escalation is paged again).
    handover_silence_seconds: int = 180
    # Rasa processes on consecutive ports from rasa_port (scale-out, README
    # "Several Rasa replicas"). Two or more need the shared stores below.
    rasa_replicas: int = 1
    # SQLAlchemy pool of every process on PostgreSQL (each Rasa replica's tracker
    # store, our database in the web app and the action server): each process
    # opens at most pool_size + max_overflow connections (README, the formula).
    sql_pool_size: int = 5
    sql_max_overflow: int = 5
    # The supervisor's liveness check (README, "Several Rasa replicas"): after the
    # start, every process is asked its health URL every liveness_seconds (0: never),
    # waiting liveness_timeout for an answer; liveness_failures unanswered in a row
    # and it is killed (SIGKILL) and restarted, since a hung process keeps its
    # conversations and answers none of them.
    liveness_seconds: int = 10
    liveness_timeout: int = 5
    liveness_failures: int = 3

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
            actions_secret=env.get("ACTIONS_SECRET", "").strip(),
            database_url=env.get("BOT_DATABASE_URL", "").strip()
            or f"sqlite:///{var_dir / 'bot.db'}",
            tracker_store_url=env.get("RASA_TRACKER_STORE_URL", "").strip(),
            tracker_read_url=env.get("RASA_TRACKER_READ_URL", "").strip(),
            lock_store_url=env.get("RASA_LOCK_STORE_URL", "").strip(),
            clinic_file=_path(env, "CLINIC_FILE", PROJECT_DIR / "clinic.yml"),
            secret_key=env.get("BOT_SECRET_KEY", "").strip(),
            public_url=env.get("PUBLIC_URL", "").strip().rstrip("/"),
            oncall=OnCallSettings.from_env(env),
            model_dir=_path(env, "RASA_MODEL_DIR", PROJECT_DIR / "models"),
            log_level=log_level,
            allowed_origins=_origins(env, "WEB_ALLOWED_ORIGINS"),
            rasa_reply_timeout=_int(env, "RASA_REPLY_TIMEOUT", 8, 1, 60, "a number of seconds"),
            actions_timeout=_int(env, "ACTIONS_TIMEOUT", 15, 1, 300, "a number of seconds"),
            rasa_max_in_flight=_int(env, "RASA_MAX_IN_FLIGHT", 8, 1, 1000),
            rasa_queue_seconds=_int(env, "RASA_QUEUE_SECONDS", 4, 0, 60, "a number of seconds"),
            web_https=_int(env, "WEB_HTTPS", 0, 0, 1, "0 or 1") == 1,
            mfa_oncall_required=_int(env, "STAFF_MFA_ONCALL", 0, 0, 1, "0 or 1") == 1,
            chat_replay_minutes=_int(env, "WEB_CHAT_REPLAY_MINUTES", 30, 0, 24 * 60,
                                     "a number of minutes"),
            chat_idle_minutes=_int(env, "WEB_CHAT_IDLE_MINUTES", 10, 1, 24 * 60,
                                   "a number of minutes"),
            max_sockets_per_address=_int(env, "WEB_MAX_SOCKETS_PER_ADDRESS", 8, 1, 10_000),
            trusted_proxies=_networks(env, "BOT_TRUSTED_PROXIES"),
            event_broker_url=_broker_url(env, "RASA_EVENT_BROKER_URL"),
            event_queue=_queue_name(env, "RASA_EVENT_QUEUE", "kca_live_events"),
            live_poll_seconds=_int(env, "LIVE_POLL_SECONDS", 2, 1, 60, "a number of seconds"),
            handover_silence_seconds=_int(env, "HANDOVER_SILENCE_SECONDS", 180, 5, 3600,
                                          "a number of seconds"),
            rasa_replicas=_int(env, "RASA_REPLICAS", 1, 1, 16),
            sql_pool_size=_int(env, "SQL_POOL_SIZE", 5, 1, 200),
            sql_max_overflow=_int(env, "SQL_MAX_OVERFLOW", 5, 0, 200),
            liveness_seconds=_int(env, "SUPERVISOR_LIVENESS_SECONDS", 10, 0, 3600,
                                  "a number of seconds"),
            liveness_timeout=_int(env, "SUPERVISOR_LIVENESS_TIMEOUT", 5, 1, 60,
                                  "a number of seconds"),
            liveness_failures=_int(env, "SUPERVISOR_LIVENESS_FAILURES", 3, 1, 20),
        )
        ports = [settings.web_port, settings.rasa_port, settings.actions_port]
        if len(set(ports)) != len(ports):
            raise SettingsError(
                "WEB_PORT, RASA_PORT and ACTIONS_PORT must differ, got "
                + ", ".join(map(str, ports))
            )
        _check_replicas(settings)
        return settings

    @property
    def rasa_url(self) -> str:
        return f"http://{LOOPBACK}:{self.rasa_port}"

    @property
    def rasa_ports(self) -> Tuple[int, ...]:
        """Every Rasa replica's port: RASA_PORT, RASA_PORT + 1, ..."""
        return tuple(self.rasa_port + i for i in range(self.rasa_replicas))

    @property
    def rasa_urls(self) -> Tuple[str, ...]:
        return tuple(f"http://{LOOPBACK}:{port}" for port in self.rasa_ports)

    @property
    def actions_url(self) -> str:
        return f"http://{LOOPBACK}:{self.actions_port}"

    @property
    def web_url(self) -> str:
        return f"http://{LOOPBACK}:{self.web_port}"

    @property
    def link_base(self) -> str:
        return self.public_url or self.web_url

    @property
    def run_dir(self) -> Path:
        """Files generated for one run of the stack (rendered endpoints)."""
        return self.var_dir / "run"

    @property
    def tracker_sqlite_path(self) -> Path:
        return self.var_dir / "rasa_tracker.db"

    def with_token(self, token: str) -> "Settings":
        return replace(self, rasa_token=token)


def _check_replicas(settings: Settings) -> None:
    """Several Rasa processes must share their conversations and their locks; with
    SQLite or in-memory locks each would keep its own and turns would interleave."""
    if settings.rasa_ports[-1] > 65535:
        raise SettingsError(f"RASA_PORT + RASA_REPLICAS - 1 must be a port number, got "
                            f"{settings.rasa_ports[-1]}")
    clash = {settings.web_port, settings.actions_port} & set(settings.rasa_ports)
    if clash:
        raise SettingsError(
            f"RASA_REPLICAS={settings.rasa_replicas} uses ports {settings.rasa_ports[0]}-"
            f"{settings.rasa_ports[-1]}, which include WEB_PORT or ACTIONS_PORT "
            f"({', '.join(map(str, sorted(clash)))})")
    if settings.rasa_replicas < 2:
        return
    missing = []
    if not settings.tracker_store_url.startswith(("postgresql", "postgres:")):
        missing.append("RASA_TRACKER_STORE_URL=postgresql://... (the shared tracker store)")
    if not settings.lock_store_url.startswith(("redis://", "rediss://")):
        missing.append("RASA_LOCK_STORE_URL=redis://... (the shared lock store)")
    if not settings.database_url.startswith("postgresql"):
        missing.append("BOT_DATABASE_URL=postgresql://... (our database)")
    if missing:
        raise SettingsError(
            f"RASA_REPLICAS={settings.rasa_replicas} needs state every replica shares; "
            "refusing to start without " + "; ".join(missing))


def _kept_secret(var_dir: Path, filename: str, nbytes: int) -> str:
    """A random secret generated once into var/ (owner-only) and reused by every run,
    so restarted processes keep agreeing with each other."""
    path = var_dir / filename
    if path.exists():
        value = path.read_text(encoding="utf-8").strip()
        if value:
            return value
    var_dir.mkdir(parents=True, exist_ok=True)
    value = secrets.token_urlsafe(nbytes)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(value + "\n")
    return value


def resolve_rasa_token(settings: Settings) -> Settings:
    """Settings with a Rasa API token: the configured one, else one kept in var/."""
    if settings.rasa_token:
        return settings
    return settings.with_token(_kept_secret(settings.var_dir, "rasa_token", 32))


def resolve_actions_secret(settings: Settings) -> Settings:
    """Settings with the action server's shared secret: configured, else kept in var/."""
    if settings.actions_secret:
        return settings
    return replace(settings, actions_secret=_kept_secret(settings.var_dir, "actions_secret", 32))


def resolve_secret_key(settings: Settings) -> Settings:
    """Settings with a signing secret: the configured one, else one kept in var/."""
    if settings.secret_key:
        return settings
    return replace(settings, secret_key=_kept_secret(settings.var_dir, "secret_key", 48))
