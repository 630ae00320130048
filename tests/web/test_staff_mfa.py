"""Staff sign-in with a second factor, through aiohttp's test client: the two steps,
enrolment (QR code under the strict CSP), recovery codes, re-authentication before
account changes and the password change."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from sqlalchemy import select

from bot.core.db import make_session_factory
from bot.core.models import AuditEvent, StaffSession, StaffUser
from bot.staff.mfa import new_recovery_codes
from bot.staff.totp import code_at, time_step
from bot.web import create_app
from bot.web.middlewares import SECURITY_HEADERS
from tests.db_fixtures import migrated_engine
from tests.web.staff_auth import CODE_STEP, CSRF, create_accounts, fresh_code, post_code, reauth

PASSWORDS = {"ada": "marmalade-ferry-thunder-42", "bob": "violet-lantern-harbour-77",
             "cyd": "quiet orchard at midnight 9", "eve": "copper kettle on the hill 5"}
ROLES = {"ada": "admin", "bob": "staff", "cyd": "oncall", "eve": "staff"}
KEY_TEXT = re.compile(r'<code id="totp-key">([A-Z2-7 ]+)</code>')


@pytest.fixture
def db(settings):
    engine = migrated_engine(settings.database_url)
    sessions = make_session_factory(engine)
    # eve (staff) has no authenticator yet: she must set one up at her first sign-in.
    sessions.secrets = create_accounts(sessions, {k: v for k, v in PASSWORDS.items()}, ROLES,
                                       settings.secret_key, enrolled=("admin",))
    with sessions() as session:
        from bot.staff.accounts import get_user_by_username
        from bot.staff.mfa import enrol_with_secret
        bob = get_user_by_username(session=session, username="bob")
        sessions.secrets["bob"] = enrol_with_secret(session=session, user=bob,
                                                    secret_key=settings.secret_key)
    yield sessions
    engine.dispose()


@pytest.fixture
async def client(aiohttp_client, settings, db):
    return await aiohttp_client(create_app(settings))


async def password_step(client, username, password=None):
    page = await client.get("/staff/login")
    token = CSRF.search(await page.text()).group(1)
    return await client.post("/staff/login", allow_redirects=False, data={
        "username": username, "password": password or PASSWORDS[username],
        "csrf_token": token})


def audit(db, action):
    with db() as session:
        return [e.detail for e in session.execute(
            select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)
        ).scalars()]


async def test_an_enrolled_user_signs_in_in_two_steps_and_the_first_opens_nothing(client, db):
    first = await password_step(client, "bob")
    assert first.status == 303 and first.headers["Location"] == CODE_STEP
    for path in ("/staff/leads", "/staff/escalations", "/staff/", "/staff/enrol",
                 "/staff/account"):
        response = await client.get(path, allow_redirects=False)
        assert response.status == 302 and response.headers["Location"].startswith("/staff/login")
    assert (await client.get("/staff/events", allow_redirects=False)).status == 401
    form = await (await client.get(CODE_STEP)).text()
    assert 'autocomplete="one-time-code"' in form and 'inputmode="numeric"' in form
    done = await post_code(client, db, "bob", db.secrets["bob"])
    assert done.status == 303 and done.headers["Location"] == "/staff/"
    assert (await client.get("/staff/leads", allow_redirects=False)).status == 200
    assert audit(db, "login_password") and audit(db, "login") == ["authenticator code"]


async def test_a_wrong_code_is_refused_and_so_is_a_reused_one(client, db):
    await password_step(client, "bob")
    wrong = await post_code(client, db, "bob", db.secrets["bob"], code="000000")
    assert wrong.status == 401 and "not right" in await wrong.text()
    assert (await client.get("/staff/leads", allow_redirects=False)).status == 302
    code = fresh_code(db, "bob", db.secrets["bob"])
    assert (await post_code(client, db, "bob", db.secrets["bob"], code=code)).status == 303
    client.session.cookie_jar.clear()
    await password_step(client, "bob")
    reused = await post_code(client, db, "bob", db.secrets["bob"], code=code)
    assert reused.status == 401
    assert (await client.get("/staff/leads", allow_redirects=False)).status == 302
    assert audit(db, "login_failed") == ["wrong code", "reused code"]


async def test_codes_are_throttled_like_passwords(client, db):
    await password_step(client, "bob")
    for _ in range(6):
        await post_code(client, db, "bob", db.secrets["bob"], code="000000")
    throttled = await post_code(client, db, "bob", db.secrets["bob"])
    assert throttled.status == 429 and "Too many attempts" in await throttled.text()


async def test_the_code_step_without_a_password_first_goes_back_to_sign_in(client):
    response = await client.get(CODE_STEP, allow_redirects=False)
    assert response.status == 303 and response.headers["Location"] == "/staff/login"


async def test_a_recovery_code_signs_in_once(client, db):
    with db() as session:
        bob = session.execute(select(StaffUser).where(StaffUser.username == "bob")).scalar_one()
        codes = new_recovery_codes(session=session, user_id=bob.id)
    await password_step(client, "bob")
    token = CSRF.search(await (await client.get(CODE_STEP)).text()).group(1)
    used = await client.post(CODE_STEP, allow_redirects=False,
                             data={"recovery_code": codes[0], "csrf_token": token})
    assert used.status == 303 and used.headers["Location"].startswith("/staff/account")
    page = await (await client.get(used.headers["Location"])).text()
    assert "recovery code; 9 left" in page
    client.session.cookie_jar.clear()
    await password_step(client, "bob")
    token = CSRF.search(await (await client.get(CODE_STEP)).text()).group(1)
    again = await client.post(CODE_STEP, allow_redirects=False,
                              data={"recovery_code": codes[0], "csrf_token": token})
    assert again.status == 401


async def test_staff_without_an_authenticator_must_enrol_before_anything_else(client, db):
    first = await password_step(client, "eve")
    assert first.status == 303 and first.headers["Location"] == "/staff/enrol"
    for path in ("/staff/leads", "/staff/", "/staff/escalations", "/staff/account"):
        response = await client.get(path, allow_redirects=False)
        assert response.status == 302 and response.headers["Location"] == "/staff/enrol"
    page = await client.get("/staff/enrol")
    html = await page.text()
    for name, value in SECURITY_HEADERS.items():  # the strict CSP is unchanged
        assert page.headers[name] == value
    assert '<svg' in html and "<title>QR code for your authenticator app</title>" in html
    assert "<script" not in html and "style=" not in html
    assert "open escalation" not in html.lower()  # no banner before the second factor
    secret = KEY_TEXT.search(html).group(1).replace(" ", "")
    token = CSRF.search(html).group(1)
    bad = await client.post("/staff/enrol", data={"csrf_token": token, "code": "000000"})
    assert bad.status == 400
    done = await client.post("/staff/enrol", data={
        "csrf_token": token, "code": code_at(secret, time_step(_now()))})
    codes = re.findall(r"<li><code>([a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4})</code></li>",
                       await done.text())
    assert done.status == 200 and len(set(codes)) == 10
    assert (await client.get("/staff/leads", allow_redirects=False)).status == 200
    assert audit(db, "mfa_enrol") == [None] and audit(db, "mfa_recovery_codes")
    # Next time, the code is asked for.
    client.session.cookie_jar.clear()
    assert (await password_step(client, "eve")).headers["Location"] == CODE_STEP


async def test_on_call_may_go_without_unless_the_clinic_requires_it(aiohttp_client, settings, db):
    optional = await aiohttp_client(create_app(settings))
    response = await password_step(optional, "cyd")
    assert response.headers["Location"] == "/staff/escalations"
    assert (await optional.get("/staff/escalations", allow_redirects=False)).status == 200
    required = await aiohttp_client(create_app(replace(settings, mfa_oncall_required=True)))
    response = await password_step(required, "cyd")
    assert response.headers["Location"] == "/staff/enrol"
    assert (await required.get("/staff/escalations", allow_redirects=False)).headers[
        "Location"] == "/staff/enrol"


async def test_changing_your_password_needs_password_and_code_again(aiohttp_client, settings,
                                                                    db):
    other = await aiohttp_client(create_app(settings))
    await password_step(other, "bob")
    await post_code(other, db, "bob", db.secrets["bob"])
    client = await aiohttp_client(create_app(settings))
    await password_step(client, "bob")
    await post_code(client, db, "bob", db.secrets["bob"])
    page = await (await client.get("/staff/account")).text()
    token = CSRF.search(page).group(1)
    data = {"csrf_token": token, "new_password": "a fresh and unusual phrase 8",
            "again": "a fresh and unusual phrase 8"}
    early = await client.post("/staff/account/password", data=data, allow_redirects=False)
    assert early.status == 303 and early.headers["Location"].startswith("/staff/account/confirm")
    wrong = await client.post("/staff/account/confirm", allow_redirects=False, data={
        "csrf_token": token, "password": PASSWORDS["bob"], "code": "000000",
        "next": "/staff/account"})
    assert wrong.status == 401
    await reauth(client, db, "bob", PASSWORDS["bob"], db.secrets["bob"])
    changed = await client.post("/staff/account/password", data=data, allow_redirects=False)
    assert changed.status == 303
    assert "Password changed" in await (await client.get(changed.headers["Location"])).text()
    assert (await other.get("/staff/leads", allow_redirects=False)).status == 302
    assert audit(db, "account_password") == ["own password changed"]
    assert audit(db, "reauth") == ["authenticator code"] and audit(db, "reauth_failed")


async def test_admins_need_to_reauthenticate_before_changing_accounts(client, db):
    await password_step(client, "ada")
    await post_code(client, db, "ada", db.secrets["ada"])
    page = await (await client.get("/staff/accounts")).text()
    assert "confirm it&#39;s you" in page.lower() or "confirm it's you" in page.lower()
    token = CSRF.search(page).group(1)
    with db() as session:
        bob_id = session.execute(select(StaffUser.id).where(StaffUser.username == "bob")
                                 ).scalar_one()
    refused = await client.post(f"/staff/accounts/{bob_id}", allow_redirects=False,
                                data={"csrf_token": token, "action": "mfa_reset"})
    assert refused.status == 303 and "/staff/account/confirm" in refused.headers["Location"]
    await reauth(client, db, "ada", PASSWORDS["ada"], db.secrets["ada"])
    reset = await client.post(f"/staff/accounts/{bob_id}",
                              data={"csrf_token": token, "action": "mfa_reset"})
    assert reset.status == 200 and "authenticator reset" in await reset.text()
    with db() as session:
        assert not session.get(StaffUser, bob_id).mfa_enabled
    assert audit(db, "mfa_reset") == ["bob: authenticator reset"]


def _now():
    from datetime import datetime, timezone
    return datetime.now(timezone.utc)
