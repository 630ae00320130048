"""Signing staff in through both steps in web tests: accounts get an authenticator
(as `python -m bot staff create` gives them), and helpers compute the code with
pyotp from the account's secret."""

from __future__ import annotations

import re
from datetime import datetime, timezone
from typing import Dict

from bot.staff.accounts import create_user, get_user_by_username
from bot.staff.mfa import enrol_with_secret
from bot.staff.totp import code_at, time_step

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
CODE_STEP = "/staff/login/code"


def create_accounts(sessions, passwords: Dict[str, str], roles: Dict[str, str], secret_key: str,
                    enrolled=("admin", "staff")) -> Dict[str, str]:
    """Create the accounts; those whose role is in `enrolled` get an authenticator.
    Returns {username: TOTP secret} for the enrolled ones."""
    secrets = {}
    with sessions() as session:
        for name, password in passwords.items():
            user = create_user(session=session, username=name, role=roles[name],
                               password=password)
            if roles[name] in enrolled:
                secrets[name] = enrol_with_secret(session=session, user=user,
                                                  secret_key=secret_key)
    return secrets


def fresh_code(sessions, username: str, secret: str) -> str:
    """The current code. A code works once per half-minute step; when this step was
    already used, the account's last step is moved back, as if half a minute had passed."""
    step = time_step(datetime.now(timezone.utc))
    with sessions() as session:
        user = get_user_by_username(session=session, username=username)
        if user.totp_last_step is not None and user.totp_last_step >= step:
            user.totp_last_step = step - 1
            session.commit()
    return code_at(secret, step)


async def post_code(client, sessions, username: str, secret: str, code: str = None):
    page = await client.get(CODE_STEP)
    token = CSRF.search(await page.text()).group(1)
    return await client.post(CODE_STEP, allow_redirects=False, data={
        "code": code or fresh_code(sessions, username, secret), "csrf_token": token})


async def reauth(client, sessions, username: str, password: str, secret: str = None):
    """Confirm it's you (password and code), as account changes need."""
    page = await client.get("/staff/account/confirm")
    token = CSRF.search(await page.text()).group(1)
    data = {"csrf_token": token, "password": password, "next": "/staff/account"}
    if secret:
        data["code"] = fresh_code(sessions, username, secret)
    response = await client.post("/staff/account/confirm", data=data, allow_redirects=False)
    assert response.status == 303, await response.text()
    return response
