"""Hardening of the web app and the dashboard (issue 14, item 11): security headers on
every kind of response, HSTS over HTTPS, no server version, 4xx for bad links and
huge ids, a declared role on every dashboard route, and audited views and refusals."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from aiohttp import web
from sqlalchemy import select

from bot.core.db import make_session_factory
from bot.core.models import AuditEvent
from bot.crisis.escalations import record_escalation
from bot.web import create_app
from bot.web.middlewares import SECURITY_HEADERS
from bot.web.staff import create_staff_app
from bot.web.staff.security import PUBLIC, route_roles
from tests.db_fixtures import migrated_engine
from tests.web.staff_auth import CODE_STEP, CSRF, create_accounts, post_code

PASSWORDS = {"bob": "violet-lantern-harbour-77", "cyd": "quiet orchard at midnight 9"}
ROLES = {"bob": "staff", "cyd": "oncall"}


@pytest.fixture
def db(settings):
    engine = migrated_engine(settings.database_url)
    sessions = make_session_factory(engine)
    sessions.secrets = create_accounts(sessions, PASSWORDS, ROLES, settings.secret_key)
    yield sessions
    engine.dispose()


@pytest.fixture
async def client(aiohttp_client, settings, db):
    return await aiohttp_client(create_app(settings))


async def sign_in(client, db, username):
    page = await client.get("/staff/login")
    token = CSRF.search(await page.text()).group(1)
    response = await client.post("/staff/login", allow_redirects=False, data={
        "username": username, "password": PASSWORDS[username], "csrf_token": token})
    if response.headers["Location"] == CODE_STEP:
        response = await post_code(client, db, username, db.secrets[username])
    assert response.status == 303


def actions(db, action):
    with db() as session:
        return [(e.actor_username, e.target_id, e.detail) for e in session.execute(
            select(AuditEvent).where(AuditEvent.action == action)).scalars()]


def assert_hardened(response):
    for name, value in SECURITY_HEADERS.items():
        assert response.headers.get(name) == value, name
    assert response.headers["Server"] == "clinic-assistant"
    assert not re.search(r"\d", response.headers["Server"])


# --- every dashboard route declares who may use it ---------------------------------


def test_every_staff_route_declares_its_roles(settings):
    app = create_staff_app(settings)
    undeclared = [route.name or route.resource.canonical for route in app.router.routes()
                  if route_roles(route.handler) is None]
    assert undeclared == []
    public = sorted({route.name for route in app.router.routes()
                     if route_roles(route.handler) == PUBLIC and route.method != "HEAD"})
    assert public == ["staff_login", "staff_login_code", "staff_login_code_submit",
                      "staff_login_submit"]


async def test_a_route_without_declared_roles_is_refused(aiohttp_client, settings, db,
                                                       monkeypatch):
    import bot.web.app

    async def forgotten(request):
        return web.Response(text="secret list")

    def staff_app_with_a_forgotten_route(settings):
        app = create_staff_app(settings)
        app.router.add_get("/forgotten", forgotten)
        return app

    monkeypatch.setattr(bot.web.app, "create_staff_app", staff_app_with_a_forgotten_route)
    client = await aiohttp_client(create_app(settings))
    await sign_in(client, db, "bob")
    response = await client.get("/staff/forgotten")
    assert response.status == 403 and "secret list" not in await response.text()
    assert actions(db, "access_denied") == [("bob", None, "no roles declared")]


# --- headers on every kind of response ------------------------------------------------


async def test_security_headers_reach_redirects_errors_and_the_500_page(aiohttp_client,
                                                                         settings, db):
    app = create_app(settings)

    async def broken(request):
        raise RuntimeError("boom")

    app.router.add_get("/broken", broken)
    client = await aiohttp_client(app)
    cases = [("/staff/leads", 302), ("/nope", 404), ("/oncall/ack/forged.1.x", 403),
             ("/broken", 500), ("/staff/login", 200), ("/", 200)]
    for path, status in cases:
        response = await client.get(path, allow_redirects=False)
        assert response.status == status, path
        assert_hardened(response)
    assert "HSTS" not in str(response.headers) and "Strict-Transport-Security" not in \
        response.headers


async def test_the_staff_pages_redirects_and_live_feed_are_never_cached(client, db):
    response = await client.get("/staff/leads", allow_redirects=False)
    assert response.status == 302 and response.headers["Cache-Control"] == "no-store"
    await sign_in(client, db, "cyd")
    feed = await client.get("/staff/events")
    assert feed.headers["Content-Type"].startswith("text/event-stream")
    assert_hardened(feed)
    feed.close()


async def test_the_websocket_upgrade_carries_the_headers(client):
    ws = await client.ws_connect("/chat/ws",
                                 headers={"Origin": f"http://{client.host}:{client.port}"})
    assert_hardened(ws._response)
    await ws.close()


async def test_hsts_only_when_served_over_https(aiohttp_client, settings):
    plain = await aiohttp_client(create_app(settings))
    assert "Strict-Transport-Security" not in (await plain.get("/")).headers
    https = await aiohttp_client(create_app(replace(settings, web_https=True)))
    for path in ("/", "/staff/leads", "/nope"):
        response = await https.get(path, allow_redirects=False)
        assert response.headers["Strict-Transport-Security"] == "max-age=31536000"


# --- 4xx, never 5xx ----------------------------------------------------------------------


@pytest.mark.parametrize("token", ["١٢.٣٤.abc", "é.1.x", "1.2.☃", "%00", "1." + "9" * 400 + ".x",
                                   "²³.1.x"])
async def test_bad_acknowledgement_links_are_refused_not_crashed(client, token):
    response = await client.get(f"/oncall/ack/{token}", allow_redirects=False)
    assert response.status == 403


async def test_huge_ids_are_not_found_not_server_errors(client, db):
    await sign_in(client, db, "bob")
    token = CSRF.search(await (await client.get("/staff/escalations")).text()).group(1)
    huge = "9" * 30
    for path in (f"/staff/leads/{huge}", f"/staff/escalations/{huge}", "/staff/leads/١٢",
                 "/staff/leads/99999999999"):
        assert (await client.get(path, allow_redirects=False)).status == 404, path
    for path in (f"/staff/escalations/{huge}/acknowledge", f"/staff/leads/{huge}/notes"):
        response = await client.post(path, data={"csrf_token": token})
        assert response.status == 404, path


# --- audited views and refusals ----------------------------------------------------------


async def test_viewing_an_escalation_a_refusal_and_a_csrf_failure_are_audited(client, db):
    with db() as session:
        escalation_id = record_escalation(session=session, conversation_id="c1",
                                          message_id="m1", category="overdose",
                                          message_text="he took all of them").id
    await sign_in(client, db, "cyd")
    assert (await client.get(f"/staff/escalations/{escalation_id}")).status == 200
    assert actions(db, "escalation_view") == [("cyd", str(escalation_id), None)]
    assert (await client.get("/staff/leads")).status == 403
    assert actions(db, "access_denied") == [("cyd", "staff_leads", "role oncall")]
    forged = await client.post(f"/staff/escalations/{escalation_id}/acknowledge",
                               data={"csrf_token": "forged"})
    assert forged.status == 403
    assert actions(db, "csrf_failed") == [("cyd", "staff_escalation_ack", None)]
