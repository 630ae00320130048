"""The staff dashboard's security and escalation queue, through aiohttp's test client."""

from __future__ import annotations

import asyncio
import re
from urllib.parse import unquote
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from bot.core.db import make_session_factory
from bot.crisis.escalations import record_escalation
from bot.core.models import AuditEvent, Escalation, StaffSession, utcnow
from bot.web import create_app
from bot.web.middlewares import SECURITY_HEADERS
from tests.db_fixtures import migrated_engine
from tests.web.staff_auth import CODE_STEP, create_accounts, post_code, reauth

PASSWORDS = {"ada": "marmalade-ferry-thunder-42", "bob": "violet-lantern-harbour-77",
             "cyd": "quiet orchard at midnight 9"}
ROLES = {"ada": "admin", "bob": "staff", "cyd": "oncall"}
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


SECRETS = {}  # authenticator secrets of ada (admin) and bob (staff); cyd (on-call) has none
DB = {}  # the test's session factory, for the sign-in helper


@pytest.fixture
def db(settings):
    engine = migrated_engine(settings.database_url)
    sessions = make_session_factory(engine)
    SECRETS.clear()
    SECRETS.update(create_accounts(sessions, PASSWORDS, ROLES, settings.secret_key))
    DB["sessions"] = sessions
    yield sessions
    engine.dispose()


@pytest.fixture
async def client(aiohttp_client, settings, db):
    return await aiohttp_client(create_app(settings))


async def login(client, username, password=None, next_path=None):
    page = await client.get("/staff/login" + (f"?next={next_path}" if next_path else ""))
    token = CSRF.search(await page.text()).group(1)
    data = {"username": username, "password": password or PASSWORDS[username],
            "csrf_token": token}
    if next_path:
        data["next"] = next_path
    response = await client.post("/staff/login", data=data, allow_redirects=False)
    if response.status == 303 and response.headers["Location"] == CODE_STEP:
        return await post_code(client, DB["sessions"], username, SECRETS[username])
    return response


async def csrf_of(client, path="/staff/escalations"):
    return CSRF.search(await (await client.get(path)).text()).group(1)


def escalate(db, text="my friend took too many pills and won't wake up", category="overdose"):
    with db() as session:
        return record_escalation(session=session, conversation_id="conv-1",
                                 message_id=f"m-{text[:10]}-{utcnow().timestamp()}",
                                 category=category, message_text=text).id


def audit_actions(db):
    with db() as session:
        return [e.action for e in session.execute(select(AuditEvent).order_by(AuditEvent.id)).scalars()]


# --- sign-in ------------------------------------------------------------------


async def test_without_a_session_every_page_sends_you_to_sign_in(client):
    for path in ("/staff/", "/staff/leads", "/staff/escalations", "/staff/audit",
                 "/staff/accounts", "/staff/leads.csv"):
        response = await client.get(path, allow_redirects=False)
        assert response.status == 302, path
        assert response.headers["Location"].startswith("/staff/login?next=")
    assert (await client.post("/staff/logout", allow_redirects=False)).status == 401


async def test_sign_in_sets_a_hardened_cookie_and_returns_to_the_page_asked_for(client):
    response = await login(client, "bob", next_path="/staff/escalations")
    assert response.status == 303 and response.headers["Location"] == "/staff/escalations"
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Path=/staff/" in cookie
    assert "Secure" not in cookie  # plain HTTP in this test
    assert (await client.get("/staff/escalations")).status == 200


async def test_cookie_is_secure_behind_an_https_proxy(client):
    page = await client.get("/staff/login", headers={"X-Forwarded-Proto": "https"})
    assert "Secure" in page.headers["Set-Cookie"]


async def test_an_open_redirect_is_not_possible(client):
    response = await login(client, "bob", next_path="https://evil.example/")
    assert response.headers["Location"] == "/staff/"


async def test_oncall_lands_on_the_escalations(client):
    response = await login(client, "cyd")
    assert response.headers["Location"] == "/staff/escalations"


async def test_one_generic_message_for_every_failed_sign_in(client, db):
    wrong = await login(client, "bob", "not the password at all")
    unknown = await login(client, "nobody", "not the password at all")
    assert wrong.status == unknown.status == 401
    message = "The username or password is incorrect."
    assert message in await wrong.text() and message in await unknown.text()
    assert audit_actions(db).count("login_failed") == 2


async def test_sign_in_without_the_form_token_is_refused(client):
    response = await client.post("/staff/login", data={"username": "bob",
                                                       "password": PASSWORDS["bob"]})
    assert response.status == 403


async def test_repeated_failures_slow_the_account_down_even_for_the_right_password(client):
    for _ in range(6):
        await login(client, "bob", "wrong password, sorry")
    throttled = await login(client, "bob")
    assert throttled.status == 429 and "wait about" in await throttled.text()


async def test_a_new_session_at_every_sign_in_ends_the_old_one(client, db):
    await login(client, "bob")
    first = client.session.cookie_jar.filter_cookies(client.make_url("/staff/"))["kca_staff"].value
    await login(client, "bob")
    second = client.session.cookie_jar.filter_cookies(client.make_url("/staff/"))["kca_staff"].value
    assert first != second
    with db() as session:
        rows = session.execute(select(StaffSession)).scalars().all()
    assert len(rows) == 2 and sum(r.ended_at is None for r in rows) == 1


# --- sessions end -----------------------------------------------------------------


async def test_sign_out_ends_the_session(client):
    await login(client, "bob")
    token = await csrf_of(client)
    response = await client.post("/staff/logout", data={"csrf_token": token},
                                 allow_redirects=False)
    assert response.status == 303
    assert (await client.get("/staff/escalations", allow_redirects=False)).status == 302


@pytest.mark.parametrize("column, age, still_in", [
    ("last_seen_at", timedelta(minutes=29), True), ("last_seen_at", timedelta(minutes=31), False),
    ("created_at", timedelta(hours=11), True), ("created_at", timedelta(hours=13), False),
])
async def test_idle_and_absolute_timeouts(client, db, column, age, still_in):
    await login(client, "bob")
    with db() as session:
        session.execute(update(StaffSession).values({column: utcnow() - age}))
        session.commit()
    response = await client.get("/staff/escalations", allow_redirects=False)
    assert (response.status == 200) == still_in


def user_id(db, username):
    from bot.staff.accounts import get_user_by_username

    with db() as session:
        return get_user_by_username(session=session, username=username).id


async def test_disabling_an_account_ends_its_sessions_at_once(aiohttp_client, settings, db):
    app = create_app(settings)
    staff = await aiohttp_client(app)
    await login(staff, "bob")
    assert (await staff.get("/staff/leads", allow_redirects=False)).status == 200
    admin = await aiohttp_client(create_app(settings))
    await login(admin, "ada")
    await reauth(admin, db, "ada", PASSWORDS["ada"], SECRETS["ada"])
    token = await csrf_of(admin, "/staff/accounts")
    response = await admin.post(f"/staff/accounts/{user_id(db, 'bob')}",
                                data={"csrf_token": token, "action": "disable"})
    assert response.status == 200 and "bob disabled" in (await response.text()).lower()
    assert (await staff.get("/staff/leads", allow_redirects=False)).status == 302
    assert "account_disable" in audit_actions(db)


# --- CSRF, GET, roles ----------------------------------------------------------------


async def test_state_changes_need_the_sessions_csrf_token_and_never_happen_on_get(client, db):
    escalation_id = escalate(db)
    await login(client, "cyd")
    path = f"/staff/escalations/{escalation_id}/acknowledge"
    assert (await client.post(path, data={"csrf_token": "forged"})).status == 403
    assert (await client.get(path)).status == 405
    with db() as session:
        assert session.get(Escalation, escalation_id).status == "open"
    token = await csrf_of(client)
    response = await client.post(path, data={"csrf_token": token}, allow_redirects=False)
    assert response.status == 303
    with db() as session:
        escalation = session.get(Escalation, escalation_id)
        assert escalation.status == "acknowledged" and escalation.acknowledged_by == "cyd"
    assert "escalation_ack" in audit_actions(db)


@pytest.mark.parametrize("user, path, status", [
    ("cyd", "/staff/leads", 403), ("cyd", "/staff/", 403), ("cyd", "/staff/leads.csv", 403),
    ("cyd", "/staff/audit", 403), ("cyd", "/staff/accounts", 403),
    ("bob", "/staff/audit", 403), ("bob", "/staff/accounts", 403),
    ("bob", "/staff/leads", 200), ("bob", "/staff/", 200), ("cyd", "/staff/escalations", 200),
    ("ada", "/staff/audit", 200), ("ada", "/staff/accounts", 200), ("ada", "/staff/", 200),
])
async def test_each_role_sees_only_its_pages(client, user, path, status):
    await login(client, user)
    response = await client.get(path, allow_redirects=False)
    assert response.status == status
    if status == 403:
        body = await response.text()
        assert "<table" not in body and "Audit log</h1>" not in body


async def test_staff_pages_carry_security_headers_and_are_never_cached(client):
    await login(client, "bob")
    response = await client.get("/staff/escalations")
    for name, value in SECURITY_HEADERS.items():
        assert response.headers[name] == value
    assert response.headers["Cache-Control"] == "no-store"


# --- escalations ------------------------------------------------------------------


async def test_escalation_text_is_shown_inert_and_can_be_resolved_with_a_note(client, db):
    escalation_id = escalate(db, text="<script>alert(1)</script> he is not breathing")
    await login(client, "cyd")
    page = await (await client.get(f"/staff/escalations/{escalation_id}")).text()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "<script>alert" not in page
    assert "1 open escalation" in page
    token = await csrf_of(client)
    path = f"/staff/escalations/{escalation_id}/resolve"
    empty = await client.post(path, data={"csrf_token": token, "note": "  "})
    assert empty.status == 400
    done = await client.post(path, data={"csrf_token": token, "note": "Called 911 with the caller."})
    assert done.status == 200 and "No open escalations" in await done.text()
    with db() as session:
        escalation = session.get(Escalation, escalation_id)
        assert escalation.status == "resolved" and escalation.resolved_by == "cyd"
        assert "Called 911" in escalation.note


async def test_open_escalations_arrive_live_over_server_sent_events(client, db):
    await login(client, "cyd")
    response = await client.get("/staff/events")
    assert response.headers["Content-Type"].startswith("text/event-stream")

    async def next_event():
        while True:
            line = (await response.content.readline()).decode()
            if line.startswith("data: "):
                return line[6:].strip()

    assert await asyncio.wait_for(next_event(), 10) == '{"count":0,"items":[]}'
    escalation_id = escalate(db)
    data = await asyncio.wait_for(next_event(), 10)
    assert f'"id":{escalation_id}' in data and "overdose" in data and '"count":1' in data
    assert '"age":"just now"' in data
    assert "won't wake up" not in data  # the feed carries no message text
    response.close()


async def test_a_stopping_app_ends_the_banner_stream_at_once(client):
    """A restart must not wait while a signed-in browser holds the banner's event
    stream open: the stream ends (the browser's EventSource reconnects)."""
    await login(client, "cyd")
    response = await client.get("/staff/events")
    await asyncio.wait_for(response.content.readline(), 10)  # the first event is on its way
    await client.app.shutdown()

    async def until_the_end():
        while await response.content.readline():
            pass

    await asyncio.wait_for(until_the_end(), 5)  # else it would run until the shutdown timeout
    response.close()


async def test_the_on_call_link_lands_on_the_escalation_after_sign_in(client, db, settings):
    from bot.oncall.signing import sign_ack

    escalation_id = escalate(db)
    link = await client.get(f"/oncall/ack/{sign_ack(escalation_id, settings.secret_key)}",
                            allow_redirects=False)
    target = link.headers["Location"]
    to_login = await client.get(target, allow_redirects=False)
    next_path = to_login.headers["Location"].split("next=")[1]
    signed_in = await login(client, "cyd", next_path=target)
    assert signed_in.headers["Location"] == target
    assert unquote(next_path) == target
    page = await (await client.get(target)).text()
    assert "Acknowledge: I&#39;m handling this" in page or "Acknowledge: I'm handling this" in page


# --- audit, accounts, overview -------------------------------------------------------


async def test_admins_read_a_filterable_audit_log(client, db):
    await login(client, "bob", "wrong password, sorry")
    await login(client, "ada")
    page = await (await client.get("/staff/audit?action=login_failed")).text()
    assert "login_failed" in page and "1 event." in page
    assert "audit_view" in audit_actions(db)


async def test_admins_create_accounts_with_the_password_policy(client, db):
    await login(client, "ada")
    await reauth(client, db, "ada", PASSWORDS["ada"], SECRETS["ada"])
    token = await csrf_of(client, "/staff/accounts")
    weak = await client.post("/staff/accounts", data={
        "csrf_token": token, "username": "dee", "role": "staff", "password": "password1234"})
    assert weak.status == 400 and "dee" in await weak.text()  # the typed name is kept
    good = await client.post("/staff/accounts", data={
        "csrf_token": token, "username": "dee", "role": "staff",
        "password": "a long and unusual passphrase"})
    assert good.status == 200 and "Account dee created." in await good.text()
    assert "account_create" in audit_actions(db)


async def test_admins_cannot_disable_themselves(client, db):
    await login(client, "ada")
    await reauth(client, db, "ada", PASSWORDS["ada"], SECRETS["ada"])
    token = await csrf_of(client, "/staff/accounts")
    response = await client.post(f"/staff/accounts/{user_id(db, 'ada')}",
                                 data={"csrf_token": token, "action": "disable"})
    assert response.status == 400


async def test_overview_draws_its_charts_on_the_server(client, db):
    escalate(db)
    await login(client, "bob")
    page = await (await client.get("/staff/")).text()
    assert page.count('role="img"') == 2 and "<script" not in page.split("</head>")[1]
    assert "Leads by status" in page and "Escalations per week" in page


async def test_opening_the_lead_list_is_audited(client, db):
    await login(client, "bob")
    await client.get("/staff/leads?status=new")
    assert "lead_list" in audit_actions(db)
