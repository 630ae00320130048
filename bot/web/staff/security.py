"""Staff authentication for every /staff/ request: the encrypted cookie, the
server-side session behind it, CSRF on state changes, and roles.

The cookie (aiohttp-session, Fernet-encrypted with a key derived from
BOT_SECRET_KEY) holds only a random session token; bot.staff.sessions decides
whether it is still valid (idle and absolute timeouts, logout, disabled users).

Every handler declares who may use it (@roles, @signed_in or @public); one that
does not is refused. Refusals and CSRF failures are audited.
"""

from __future__ import annotations

import asyncio
import hashlib
import secrets
from functools import wraps
from typing import Any, Callable, Optional

from aiohttp import web
from aiohttp_session import Session as CookieSession, get_session
from aiohttp_session.cookie_storage import EncryptedCookieStorage

from bot.core.models import ROLES
from bot.core.settings import Settings
from bot.staff import audit
from bot.staff.mfa import must_enrol
from bot.staff.reauth import is_recent
from bot.staff.sessions import ABSOLUTE_TIMEOUT, check_csrf, load_session
from bot.web.staff.urls import staff_url
from bot.web import keys

COOKIE_NAME = "kca_staff"
USER = "staff_user"
STAFF_SESSION = "staff_session"
# Set on every dashboard handler by @roles or @public: who may use it. A handler
# without it is refused (fail closed), and a test walks the router for it.
ROLES_ATTRIBUTE = "staff_roles"
PUBLIC = "public"
# All a signed-in user who must still set up an authenticator may reach.
ENROL_ROUTES = {"staff_enrol", "staff_enrol_submit", "staff_logout"}
# Server-Sent Events streams: a signed-out browser gets 401, not the sign-in page.
LIVE_FEEDS = {"staff_events", "staff_live_events"}


def cookie_key(secret_key: str) -> bytes:
    """32 key bytes of its own for the cookie's Fernet encryption, derived from the
    app's secret (aiohttp-session base64-encodes raw bytes itself)."""
    return hashlib.sha256(b"kca staff session cookie\x00" + secret_key.encode()).digest()


class StaffCookieStorage(EncryptedCookieStorage):
    """HttpOnly, SameSite=Lax, path /staff/; Secure whenever the request came over
    HTTPS (WEB_HTTPS=1, an https PUBLIC_URL, or a proxy's X-Forwarded-Proto)."""

    def __init__(self, settings: Settings) -> None:
        super().__init__(cookie_key(settings.secret_key), cookie_name=COOKIE_NAME,
                         httponly=True, samesite="Lax", path="/staff/",
                         max_age=int(ABSOLUTE_TIMEOUT.total_seconds()))
        self._always_secure = settings.web_https or settings.public_url.startswith("https://")

    async def save_session(self, request, response, session) -> None:
        await super().save_session(request, response, session)
        forwarded = request.headers.get("X-Forwarded-Proto", "").split(",")[0].strip()
        morsel = response.cookies.get(COOKIE_NAME)
        if morsel is not None and (self._always_secure or request.secure
                                   or forwarded == "https"):
            morsel["secure"] = True


async def run_db(request: web.Request, fn: Callable[..., Any], **kwargs) -> Any:
    """Call a data function with a fresh session, off the event loop."""
    sessions = request.config_dict[keys.SESSIONS]

    def call():
        with sessions() as session:
            return fn(session=session, **kwargs)

    return await asyncio.get_running_loop().run_in_executor(None, call)


def client_ip(request: web.Request) -> str:
    return (request.remote or "")[:45]


async def record_audit(request: web.Request, action: str, *, target_type: Optional[str] = None,
                       target_id: Optional[object] = None, detail: Optional[str] = None) -> None:
    user = request.get(USER)
    await run_db(request, audit.record, action=action, actor=user, ip=client_ip(request),
                 target_type=target_type,
                 target_id=None if target_id is None else str(target_id), detail=detail)


def roles(*allowed: str):
    """Only these roles may use the view; anyone else gets 403 and no data (audited)."""
    if not allowed or PUBLIC in allowed:
        raise ValueError("name the roles, or use @public")

    def decorate(handler):
        @wraps(handler)
        async def wrapper(request: web.Request):
            if request[USER].role not in allowed:
                await record_audit(request, "access_denied", target_type="route",
                                   target_id=request.match_info.route.name,
                                   detail=f"role {request[USER].role}")
                raise web.HTTPForbidden(text="Your role may not see this page.")
            return await handler(request)
        setattr(wrapper, ROLES_ATTRIBUTE, frozenset(allowed))
        return wrapper
    return decorate


def signed_in(handler):
    """Any signed-in role may use the view (admin, staff, oncall)."""
    return roles(*ROLES)(handler)


def public(handler):
    """Anyone may reach this view, signed in or not (the sign-in steps)."""
    setattr(handler, ROLES_ATTRIBUTE, PUBLIC)
    return handler


def route_roles(handler) -> object:
    """What @roles or @public declared for a handler (None: nothing, so refused)."""
    return getattr(handler, ROLES_ATTRIBUTE, None)


def recent_reauth(page: str):
    """Account changes need the password (and code) proved again in the last 10 minutes
    (bot.staff.reauth); otherwise the user is sent to prove it, then back to `page`."""
    def decorate(handler):
        @wraps(handler)
        async def wrapper(request: web.Request):
            if not is_recent(request[STAFF_SESSION]):
                back = staff_url(request, page)
                raise web.HTTPSeeOther(staff_url(request, "staff_reauth", {"next": back}))
            return await handler(request)
        return wrapper
    return decorate


def secret_key(request: web.Request) -> str:
    return request.config_dict[keys.SETTINGS].secret_key


def oncall_mfa_required(request: web.Request) -> bool:
    return request.config_dict[keys.SETTINGS].mfa_oncall_required


@web.middleware
async def authenticate(request: web.Request, handler) -> web.StreamResponse:
    if request.match_info.http_exception is not None:  # no such page (404) or method (405)
        return await handler(request)
    route = request.match_info.route.name
    declared = route_roles(request.match_info.handler)
    if declared == PUBLIC:
        return await handler(request)
    cookie = await get_session(request)
    loaded = await run_db(request, load_session, token=cookie.get("token"))
    if loaded is None:
        cookie.pop("token", None)  # a sign-in waiting for its code stays in the cookie
        if request.method == "GET" and route not in LIVE_FEEDS:
            raise web.HTTPFound(staff_url(request, "staff_login", {"next": request.path_qs}))
        raise web.HTTPUnauthorized(text="Your session has ended. Please sign in again.")
    request[USER], request[STAFF_SESSION] = loaded
    if declared is None:  # a route nobody declared roles for: refuse, never guess
        await record_audit(request, "access_denied", target_type="route", target_id=route,
                           detail="no roles declared")
        raise web.HTTPForbidden(text="Your role may not see this page.")
    if route not in ENROL_ROUTES and must_enrol(request[USER], oncall_mfa_required(request)):
        # Signed in with the password only: nothing but setting up the authenticator.
        if request.method == "GET" and route not in LIVE_FEEDS:
            raise web.HTTPFound(staff_url(request, "staff_enrol"))
        raise web.HTTPForbidden(text="Set up your authenticator app first.")
    if request.method not in ("GET", "HEAD", "OPTIONS"):
        form = await request.post()
        if not check_csrf(request[STAFF_SESSION], str(form.get("csrf_token", ""))[:128]):
            await record_audit(request, "csrf_failed", target_type="route", target_id=route)
            raise web.HTTPForbidden(text="This form has expired. Please go back, reload the "
                                         "page and try again.")
    return await handler(request)


async def no_store(request: web.Request, response: web.StreamResponse) -> None:
    """on_response_prepare of the dashboard: health information must not linger in
    caches or the back/forward cache (raised redirects and errors included)."""
    response.headers["Cache-Control"] = "no-store"


def new_login_token(cookie: CookieSession) -> str:
    """CSRF for the sign-in form itself (before there is a staff session)."""
    token = secrets.token_urlsafe(32)
    cookie["login_csrf"] = token
    return token
