"""Signing in and out. One generic message for every failed sign-in; a new
session (new id) at every sign-in; throttling per account and per address."""

from __future__ import annotations

import hmac
import time
from urllib.parse import urlsplit

import aiohttp_jinja2
from aiohttp import web
from aiohttp_session import get_session, new_session

from bot.core.models import StaffUser
from bot.staff.accounts import authenticate
from bot.staff.mfa import must_enrol
from bot.staff.sessions import end_session, start_session
from bot.web.staff.urls import staff_url
from bot.web.staff.security import (
    USER, client_ip, new_login_token, oncall_mfa_required, public, record_audit, run_db,
    signed_in,
)

FAILED = "The username or password is incorrect."
EXPIRED_FORM = "The sign-in form had expired. Please try again."
# The cookie key of a sign-in waiting for its authenticator code (bot.web.staff.mfa).
PENDING = "mfa_pending"


def safe_next(value: object) -> str:
    """Only a path inside the dashboard: never another site (no open redirect)."""
    text = str(value or "")[:500]
    parts = urlsplit(text)
    if parts.scheme or parts.netloc or not text.startswith("/staff/") or "\\" in text:
        return "/staff/"
    return text


async def _form(request: web.Request, *, error: str = "", username: str = "",
                next_path: str = "/staff/", status: int = 200) -> web.Response:
    cookie = await get_session(request)
    context = {"error": error, "username": username, "next": next_path,
               "login_csrf": new_login_token(cookie),
               "notice": "You have signed out." if request.query.get("signed_out") else ""}
    response = aiohttp_jinja2.render_template("staff/login.html", request, context)
    response.set_status(status)
    return response


@public
async def login_page(request: web.Request) -> web.Response:
    return await _form(request, next_path=safe_next(request.query.get("next")))


@public
async def login_submit(request: web.Request) -> web.Response:
    form = await request.post()
    cookie = await get_session(request)
    username = str(form.get("username", ""))[:64]
    password = str(form.get("password", ""))[:256]
    next_path = safe_next(form.get("next"))
    expected = cookie.get("login_csrf") or ""
    if not expected or not hmac.compare_digest(expected, str(form.get("csrf_token", ""))[:128]):
        return await _form(request, error=EXPIRED_FORM, username=username,
                           next_path=next_path, status=403)
    result = await run_db(request, authenticate, username=username, password=password,
                          ip=client_ip(request))
    if result.user is None:
        error = FAILED
        if result.retry_after:
            minutes = max(1, round(result.retry_after / 60))
            error += (f" Too many attempts: please wait about {minutes} minute"
                      f"{'s' if minutes != 1 else ''} before trying again.")
        return await _form(request, error=error, username=username, next_path=next_path,
                           status=429 if result.retry_after else 401)
    old_token = cookie.get("token")
    if old_token:
        await run_db(request, end_session, token=old_token)
    if result.user.mfa_enabled:
        # Half signed in: the cookie names who typed the right password, and when; no
        # staff session exists, so no page opens until the code is right.
        cookie = await new_session(request)
        cookie[PENDING] = {"uid": result.user.id, "at": int(time.time()), "next": next_path}
        raise web.HTTPSeeOther(staff_url(request, "staff_login_code"))
    await finish_sign_in(request, result.user)
    if must_enrol(result.user, oncall_mfa_required(request)):
        raise web.HTTPSeeOther(staff_url(request, "staff_enrol"))
    raise web.HTTPSeeOther(home_for(request, result.user, next_path))


async def finish_sign_in(request: web.Request, user: StaffUser) -> None:
    """A new session id at every sign-in (no session fixation), in a fresh cookie."""
    token, _ = await run_db(request, start_session, user=user, ip=client_ip(request))
    cookie = await new_session(request)
    cookie["token"] = token


def home_for(request: web.Request, user: StaffUser, next_path: str = "/staff/") -> str:
    if next_path == "/staff/" and user.role == "oncall":
        return staff_url(request, "staff_escalations")  # on-call's home: the overview is not theirs
    return next_path


@signed_in
async def logout(request: web.Request) -> web.Response:
    cookie = await get_session(request)
    await run_db(request, end_session, token=cookie.get("token"))
    await record_audit(request, "logout", target_type="staff_user", target_id=request[USER].id)
    cookie.invalidate()
    raise web.HTTPSeeOther(staff_url(request, "staff_login", {"signed_out": "1"}))
