"""Your own account: authenticator status, recovery codes, password change, and the
re-authentication (password, then code) every account change needs first."""

from __future__ import annotations

from aiohttp import web
from aiohttp_session import get_session

from bot.staff import accounts, mfa
from bot.staff.reauth import is_recent, reauthenticate
from bot.web.staff.login import finish_sign_in, safe_next
from bot.web.staff.mfa import make_recovery_codes, throttled_message, show_recovery_codes
from bot.web.staff.pages import render
from bot.web.staff.security import (
    STAFF_SESSION, USER, client_ip, record_audit, recent_reauth, run_db, secret_key,
    signed_in,
)
from bot.web.staff.urls import staff_url


@signed_in
async def account_page(request: web.Request) -> web.Response:
    return await _account(request)


async def _account(request: web.Request, *, error: str = "", notice: str = "",
                       status: int = 200) -> web.Response:
    user = request[USER]
    left = await run_db(request, mfa.count_recovery_codes, user_id=user.id)
    if request.query.get("changed") and not notice:
        notice = "Password changed. Every other browser signed in as you was signed out."
    if request.query.get("recovered") and not notice:
        notice = (f"You signed in with a recovery code; {left} left. Make new ones below "
                  "when few are left.")
    return await render(request, "account.html", {
        "recovery_left": left, "error": error, "flashes": [notice] if notice else [],
        "reauth_recent": is_recent(request[STAFF_SESSION]),
        "reauth_url": staff_url(request, "staff_reauth",
                                {"next": staff_url(request, "staff_account")}),
    }, status=status)


@signed_in
async def reauth_page(request: web.Request) -> web.Response:
    return await render(request, "reauth.html", {
        "error": "", "next": safe_next(request.query.get("next")),
    })


@signed_in
async def reauth_submit(request: web.Request) -> web.Response:
    form = await request.post()
    next_path = safe_next(form.get("next"))
    result = await run_db(request, reauthenticate,
                          session_id=request[STAFF_SESSION].id,
                          password=str(form.get("password", ""))[:256],
                          code=str(form.get("code", ""))[:20], secret_key=secret_key(request),
                          ip=client_ip(request))
    if not result.ok:
        error = throttled_message(result.retry_after) if result.retry_after else (
            "The password or code is not right.")
        return await render(request, "reauth.html", {"error": error, "next": next_path},
                            status=429 if result.retry_after else 401)
    raise web.HTTPSeeOther(next_path)


@signed_in
@recent_reauth("staff_account")
async def password_submit(request: web.Request) -> web.Response:
    form = await request.post()
    new, again = str(form.get("new_password", ""))[:1024], str(form.get("again", ""))[:1024]
    if new != again:
        return await _account(request, error="The two new passwords differ.", status=400)
    user = request[USER]
    try:  # ends every session of the account, this one too: a new one follows
        await run_db(request, accounts.set_password, user_id=user.id, password=new)
    except ValueError as exc:  # the policy's reason, never the password
        return await _account(request, error=str(exc), status=400)
    await record_audit(request, "account_password", target_type="staff_user",
                       target_id=user.id, detail="own password changed")
    (await get_session(request)).invalidate()
    await finish_sign_in(request, user)
    raise web.HTTPSeeOther(staff_url(request, "staff_account", {"changed": "1"}))


@signed_in
@recent_reauth("staff_account")
async def recovery_codes_submit(request: web.Request) -> web.Response:
    if not request[USER].mfa_enabled:
        return await _account(request, status=400,
                                  error="Set up an authenticator app first.")
    return await show_recovery_codes(request, await make_recovery_codes(request),
                                     continue_to=staff_url(request, "staff_account"))
