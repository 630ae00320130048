"""Admins manage staff accounts: create, change role or display name (the name a
visitor is told when the person joins their chat), reset a password or an
authenticator, disable (which ends the account's sessions at once) and enable again.
Every change needs the admin's password and code proved in the last 10 minutes."""

from __future__ import annotations

from aiohttp import web

from bot.core.models import ROLES
from bot.staff import accounts, mfa
from bot.web.staff.pages import render
from bot.staff.reauth import is_recent
from bot.web.staff.security import (
    STAFF_SESSION, USER, record_audit, recent_reauth, roles, run_db,
)
from bot.web.staff.urls import staff_url

ACTIONS = ("disable", "enable", "role", "display_name", "password", "mfa_reset")
# Longer than any valid display name, so a too-long one is refused with its length
# (bot.staff.accounts), never cut short silently.
DISPLAY_NAME_FORM_CHARS = 1024


async def _page(request: web.Request, *, error: str = "", notice: str = "",
                form: dict = None, status: int = 200) -> web.Response:
    users = await run_db(request, accounts.list_users)
    return await render(request, "accounts.html", {
        "users": users, "roles": ROLES, "error": error, "flashes": [notice] if notice else [],
        "form": form or {"username": "", "role": "staff", "display_name": ""},
        "max_display_name": accounts.MAX_DISPLAY_NAME_CHARS,
        "reauth_recent": is_recent(request[STAFF_SESSION]),
        "reauth_url": staff_url(request, "staff_reauth",
                                {"next": staff_url(request, "staff_accounts")}),
    }, status=status)


@roles("admin")
async def account_list(request: web.Request) -> web.Response:
    return await _page(request)


@roles("admin")
@recent_reauth("staff_accounts")
async def account_create(request: web.Request) -> web.Response:
    form = await request.post()
    username = str(form.get("username", ""))[:64]
    role = str(form.get("role", ""))[:16]
    password = str(form.get("password", ""))[:1024]
    display_name = str(form.get("display_name", ""))[:DISPLAY_NAME_FORM_CHARS]
    try:
        user = await run_db(request, accounts.create_user, username=username, role=role,
                            password=password, display_name=display_name)
    except ValueError as exc:  # the message names the problem, never the password
        return await _page(request, error=_sentence(exc), status=400,
                           form={"username": username, "role": role,
                                 "display_name": display_name})
    await record_audit(request, "account_create", target_type="staff_user", target_id=user.id,
                       detail=f"{user.username} as {user.role}")
    return await _page(request, notice=f"Account {user.username} created.")


@roles("admin")
@recent_reauth("staff_accounts")
async def account_update(request: web.Request) -> web.Response:
    user_id = int(request.match_info["user_id"])
    form = await request.post()
    action = str(form.get("action", ""))
    target = await run_db(request, accounts.get_user, user_id=user_id)
    if target is None:
        raise web.HTTPNotFound(text="No such account.")
    if action not in ACTIONS:
        return await _page(request, error="Unknown change.", status=400)
    if target.id == request[USER].id and action in ("disable", "role"):
        return await _page(request, status=400, error=(
            "You can't disable your own account or change your own role; ask another admin."))
    try:
        if action == "disable":
            await run_db(request, accounts.disable_user, username=target.username)
            detail = f"{target.username} disabled"
        elif action == "enable":
            await run_db(request, accounts.enable_user, username=target.username)
            detail = f"{target.username} enabled"
        elif action == "role":
            role = str(form.get("role", ""))[:16]
            await run_db(request, accounts.set_role, user_id=target.id, role=role)
            detail = f"{target.username}: {target.role} -> {role}"
        elif action == "display_name":
            display_name = str(form.get("display_name", ""))[:DISPLAY_NAME_FORM_CHARS]
            changed = await run_db(request, accounts.set_display_name, user_id=target.id,
                                   display_name=display_name)
            # The name itself stays out of the audit detail (bot.staff.audit).
            detail = (f"{target.username}: display name "
                      + ("set" if changed.display_name else "removed"))
        elif action == "mfa_reset":
            await run_db(request, mfa.reset_mfa, user_id=target.id)
            detail = f"{target.username}: authenticator reset"
        else:
            await run_db(request, accounts.set_password, user_id=target.id,
                         password=str(form.get("password", ""))[:1024])
            detail = f"{target.username}: password reset"
    except ValueError as exc:
        return await _page(request, error=_sentence(exc), status=400)
    await record_audit(request, "mfa_reset" if action == "mfa_reset" else f"account_{action}",
                       target_type="staff_user",
                       target_id=target.id, detail=detail)
    return await _page(request, notice=detail[0].upper() + detail[1:] + ".")


def _sentence(exc: ValueError) -> str:
    """A validation message as a sentence ("Display name is too long (...).")."""
    text = str(exc)
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")
