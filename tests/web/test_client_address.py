"""The client address the sign-in throttle and the audit log record: the peer's,
or the one a trusted proxy names in X-Forwarded-For or Forwarded."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from sqlalchemy import select

from bot.core.db import make_session_factory
from bot.core.models import AuditEvent
from bot.web import create_app
from bot.web.client_address import TrustedProxies, parse_ip
from tests.db_fixtures import migrated_engine

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


@pytest.fixture
def sessions(settings):
    engine = migrated_engine(settings.database_url)
    yield make_session_factory(engine)
    engine.dispose()


async def failed_sign_in_address(aiohttp_client, settings, sessions, trusted, headers):
    client = await aiohttp_client(create_app(replace(settings, trusted_proxies=trusted)))
    page = await client.get("/staff/login", headers=headers)
    token = CSRF.search(await page.text()).group(1)
    await client.post("/staff/login", headers=headers, allow_redirects=False,
                      data={"username": "nobody", "password": "wrong", "csrf_token": token})
    with sessions() as session:
        event = session.execute(select(AuditEvent).where(
            AuditEvent.action == "login_failed")).scalar_one()
    return event.ip


@pytest.mark.parametrize("trusted", [(), ("10.0.0.0/8",)])
async def test_a_forged_forwarded_for_from_an_untrusted_peer_is_ignored(
        aiohttp_client, settings, sessions, trusted):
    ip = await failed_sign_in_address(aiohttp_client, settings, sessions, trusted,
                                      {"X-Forwarded-For": "203.0.113.5"})
    assert ip == "127.0.0.1"


@pytest.mark.parametrize("headers", [
    {"X-Forwarded-For": "203.0.113.5"},
    {"X-Forwarded-For": "198.51.100.1, 203.0.113.5"},  # only the right-most hop is ours
    {"Forwarded": 'for=198.51.100.1, for="203.0.113.5:4711";proto=https'},
])
async def test_from_a_trusted_proxy_the_named_client_is_recorded(
        aiohttp_client, settings, sessions, headers):
    ip = await failed_sign_in_address(aiohttp_client, settings, sessions, ("127.0.0.0/8",),
                                      headers)
    assert ip == "203.0.113.5"


def test_a_chain_of_trusted_proxies_is_walked_to_the_first_untrusted_hop():
    proxies = TrustedProxies(["10.0.0.0/8"])
    chain = [{"for": "198.51.100.1"}, {"for": "203.0.113.5"}, {"for": "10.1.2.3"}]
    assert proxies.client_from_forwarded(chain) == "203.0.113.5"
    assert proxies.client_from_forwarded([{"for": "unknown"}, {"for": "10.1.2.3"}]) == "10.1.2.3"


@pytest.mark.parametrize("text, expected", [
    ("203.0.113.5", "203.0.113.5"), ("203.0.113.5:4711", "203.0.113.5"),
    ("[2001:db8::1]:4711", "2001:db8::1"), ("::ffff:127.0.0.1", "127.0.0.1"),
    ("unknown", None), ("_hidden", None), ("", None), (None, None),
])
def test_addresses_are_read_as_proxies_write_them(text, expected):
    parsed = parse_ip(text)
    assert (str(parsed) if parsed else None) == expected
