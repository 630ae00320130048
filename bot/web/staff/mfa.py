"""The second factor on the web: the code step of signing in, and setting up an
authenticator app (QR code drawn on the server as inline SVG; no script).

Between the password and the code the browser holds only an encrypted cookie
naming the account and the time (PENDING); it opens no page. A user who must
have an authenticator and has none is held on the enrolment page by the
authentication middleware (bot.web.staff.security) until it is done.
"""

from __future__ import annotations

import hmac
import time
from typing import List, Optional

import aiohttp_jinja2
from aiohttp import web
from aiohttp_session import get_session
from markupsafe import Markup

from bot.staff import mfa, totp
from bot.staff.accounts import get_user
from bot.web import keys
from bot.web.staff.login import PENDING, finish_sign_in, home_for
from bot.web.staff.pages import render_plain
from bot.web.staff.security import (
    STAFF_SESSION, USER, client_ip, new_login_token, public, record_audit, run_db, secret_key,
    signed_in,
)
from bot.web.staff.urls import staff_url

PENDING_SECONDS = 5 * 60
WRONG_CODE = "That code is not right, or was already used. Enter the newest code from your app."


def throttled_message(seconds: int) -> str:
    minutes = max(1, round(seconds / 60))
    return (f"Too many attempts: please wait about {minutes} minute"
            f"{'s' if minutes != 1 else ''} before trying again.")


# --- the code step of signing in --------------------------------------------------


async def _pending(request: web.Request) -> Optional[dict]:
    """The half-finished sign-in in the cookie, if it is recent enough."""
    cookie = await get_session(request)
    pending = cookie.get(PENDING)
    if not isinstance(pending, dict) or not isinstance(pending.get("uid"), int):
        return None
    if not 0 <= time.time() - pending.get("at", 0) <= PENDING_SECONDS:
        return None
    return pending


async def _code_form(request: web.Request, *, error: str = "", status: int = 200,
                     recovery_open: bool = False) -> web.Response:
    cookie = await get_session(request)
    return await render_plain(request, "login_code.html", {
        "error": error, "login_csrf": new_login_token(cookie), "recovery_open": recovery_open,
    }, status=status)


def _to_sign_in(request: web.Request) -> web.HTTPException:
    return web.HTTPSeeOther(staff_url(request, "staff_login"))


@public
async def login_code_page(request: web.Request) -> web.Response:
    if await _pending(request) is None:
        raise _to_sign_in(request)
    return await _code_form(request)


@public
async def login_code_submit(request: web.Request) -> web.Response:
    form = await request.post()
    cookie = await get_session(request)
    pending = await _pending(request)
    if pending is None:
        raise _to_sign_in(request)
    expected = cookie.get("login_csrf") or ""
    if not expected or not hmac.compare_digest(expected, str(form.get("csrf_token", ""))[:128]):
        return await _code_form(request, error="The form had expired. Please try again.",
                                status=403)
    recovery = str(form.get("recovery_code", ""))[:64]
    if recovery:
        result = await run_db(request, mfa.check_recovery_code, user_id=pending["uid"],
                              code=recovery, ip=client_ip(request))
    else:
        result = await run_db(request, mfa.check_code, user_id=pending["uid"],
                              secret_key=secret_key(request),
                              code=str(form.get("code", ""))[:20], ip=client_ip(request))
    if not result.ok:
        error = throttled_message(result.retry_after) if result.retry_after else (
            "That recovery code is not right, or was already used." if recovery else WRONG_CODE)
        return await _code_form(request, error=error, recovery_open=bool(recovery),
                                status=429 if result.retry_after else 401)
    user = await run_db(request, get_user, user_id=pending["uid"])
    if user is None or not user.active:
        raise _to_sign_in(request)
    await finish_sign_in(request, user)
    if result.used_recovery:  # so they see how many are left and can make new ones
        raise web.HTTPSeeOther(staff_url(request, "staff_account", {"recovered": "1"}))
    raise web.HTTPSeeOther(home_for(request, user, str(pending.get("next") or "/staff/")))


# --- enrolment --------------------------------------------------------------------


def issuer(request: web.Request) -> str:
    return totp.issuer_for(request.config_dict[keys.SETTINGS].link_base)


def grouped(secret: str) -> str:
    """The secret in groups of four, for typing it into an app by hand."""
    return " ".join(secret[i:i + 4] for i in range(0, len(secret), 4))


async def _enrol_form(request: web.Request, *, error: str = "",
                      status: int = 200) -> web.Response:
    user = request[USER]
    secret = await run_db(request, mfa.start_enrolment, user_id=user.id,
                          secret_key=secret_key(request))
    uri = totp.provisioning_uri(secret, user.username, issuer(request))
    return await render_plain(request, "enrol.html", {
        "error": error, "csrf_token": request[STAFF_SESSION].csrf_token,
        # segno draws the code with presentation attributes only (tested): safe to inline.
        "qr_svg": Markup(totp.qr_svg(uri)), "secret_text": grouped(secret),
        "required": mfa.mfa_required(user.role, request.config_dict[keys.SETTINGS]
                                     .mfa_oncall_required),
    }, status=status)


@signed_in
async def enrol_page(request: web.Request) -> web.Response:
    if request[USER].mfa_enabled:
        raise web.HTTPSeeOther(staff_url(request, "staff_account"))
    return await _enrol_form(request)


@signed_in
async def enrol_submit(request: web.Request) -> web.Response:
    user = request[USER]
    if user.mfa_enabled:
        raise web.HTTPSeeOther(staff_url(request, "staff_account"))
    form = await request.post()
    result = await run_db(request, mfa.confirm_enrolment, user_id=user.id,
                          secret_key=secret_key(request), code=str(form.get("code", ""))[:20],
                          ip=client_ip(request))
    if not result.ok:
        error = throttled_message(result.retry_after) if result.retry_after else (
            "That code does not match. Check the app shows this account, and enter its "
            "newest code.")
        return await _enrol_form(request, error=error, status=429 if result.retry_after else 400)
    return await show_recovery_codes(request, await make_recovery_codes(request),
                                     continue_to=home_for(request, user))


async def make_recovery_codes(request: web.Request) -> List[str]:
    codes = await run_db(request, mfa.new_recovery_codes, user_id=request[USER].id)
    await record_audit(request, "mfa_recovery_codes", target_type="staff_user",
                       target_id=request[USER].id, detail=f"{len(codes)} new codes")
    return codes


async def show_recovery_codes(request: web.Request, codes: List[str], *,
                              continue_to: str) -> web.Response:
    """The only time the codes are shown: they are stored hashed."""
    return await render_plain(request, "recovery_codes.html", {
        "codes": codes, "continue_to": continue_to,
    })
