"""On-call hand-off against a real webhook receiver and a real SMTP server on loopback.

The web app runs as a real process (`python -m bot web`) so it can be killed
mid-retry and restarted; its outbox lives in the database and must survive.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
from aiohttp import web
from aiosmtpd.controller import Controller

from bot.core.db import make_session_factory
from bot.crisis.escalations import record_escalation
from bot.core.models import Escalation, utcnow
from bot.oncall.outbox import deliveries_for
from bot.oncall.signing import sign_ack
from bot.core.settings import PROJECT_DIR, OnCallSettings
from bot.oncall.budget import Budget
from tests.conftest import free_port
from tests.db_fixtures import migrated_engine
from tests.pattern_cache import seed_pattern_cache

pytestmark = pytest.mark.integration
SECRET = "integration-secret"
WAIT_SECONDS = 40


class Receiver:
    """An aiohttp webhook receiver that can be started late on a reserved port."""

    def __init__(self, port: int) -> None:
        self.port, self.bodies, self.runner = port, [], None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hook"

    async def start(self) -> None:
        async def hook(request):
            self.bodies.append(await request.json())
            return web.json_response({"ok": True})
        app = web.Application()
        app.router.add_post("/hook", hook)
        self.runner = web.AppRunner(app)
        await self.runner.setup()
        await web.TCPSite(self.runner, "127.0.0.1", self.port).start()

    async def stop(self) -> None:
        if self.runner:
            await self.runner.cleanup()


class Mailbox:
    def __init__(self) -> None:
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(envelope.content.decode("utf-8", "replace"))
        return "250 OK"


@pytest.fixture
def world(tmp_path):
    db = f"sqlite:///{tmp_path / 'bot.db'}"
    engine = migrated_engine(db)
    mailbox = Mailbox()
    smtp = Controller(mailbox, hostname="127.0.0.1", port=free_port())
    smtp.start()
    state = {"db": db, "sessions": make_session_factory(engine), "mailbox": mailbox,
             "smtp_port": smtp.port, "tmp": tmp_path, "procs": []}
    yield state
    for proc in state["procs"]:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    smtp.stop()
    engine.dispose()


def start_web(world, webhook_url: str, backup_url: str = "", email: bool = False,
              budget: int = 5):
    port = free_port()
    env = {**os.environ, "BOT_DATABASE_URL": world["db"], "BOT_VAR_DIR": str(world["tmp"] / "var"),
           "WEB_PORT": str(port), "RASA_PORT": str(free_port()), "ACTIONS_PORT": str(free_port()),
           "BOT_SECRET_KEY": SECRET, "ONCALL_WEBHOOK_URL": webhook_url,
           "ONCALL_BACKUP_WEBHOOK_URL": backup_url, "ONCALL_ACK_MINUTES": "1",
           "ONCALL_DIGEST_DELAY_SECONDS": "0", "ONCALL_PAGE_BUDGET": str(budget)}
    seed_pattern_cache(world["tmp"] / "var")
    if email:
        env.update(SMTP_HOST="127.0.0.1", SMTP_PORT=str(world["smtp_port"]), SMTP_STARTTLS="0",
                   SMTP_FROM="assistant@clinic.example", ONCALL_EMAIL="oncall@clinic.example")
    log = (world["tmp"] / f"web-{port}.log").open("w")
    proc = subprocess.Popen([sys.executable, "-m", "bot", "web"], cwd=PROJECT_DIR, env=env,
                            stdout=log, stderr=subprocess.STDOUT)
    world["procs"].append(proc)
    return proc, port


def escalate(world, targets, message_id="m1", age_minutes=0, conversation_id="c1",
             category="overdose", budget=None) -> int:
    with world["sessions"]() as session:
        escalation = record_escalation(session=session, conversation_id=conversation_id,
                                       message_id=message_id, category=category,
                                       message_text="SENTINEL-VISITOR-WORDS", notify=targets,
                                       budget=budget)
        if age_minutes:
            escalation.created_at = utcnow() - timedelta(minutes=age_minutes)
            escalation.paged_at = escalation.created_at
            session.commit()
        return escalation.id


def attempts(world, escalation_id: int) -> int:
    with world["sessions"]() as session:
        return deliveries_for(session=session, escalation_id=escalation_id)[0].attempts


async def wait_for(predicate, seconds=WAIT_SECONDS):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        await asyncio.sleep(0.2)
    return False


async def test_delivered_by_webhook_and_email_with_the_minimum(world):
    receiver = Receiver(free_port())
    await receiver.start()
    escalation_id = escalate(world, {"webhook": receiver.url, "email": "oncall@clinic.example"})
    start_web(world, receiver.url, email=True)
    assert await wait_for(lambda: receiver.bodies and world["mailbox"].messages)
    await asyncio.sleep(2)  # nothing more arrives: once per channel
    assert len(receiver.bodies) == 1 and len(world["mailbox"].messages) == 1
    body, mail = receiver.bodies[0], world["mailbox"].messages[0]
    assert body["category"] == "overdose" and "/oncall/ack/" in body["ack_url"]
    assert "Escalation #%d" % escalation_id in mail and "/oncall/ack/" in mail
    assert "SENTINEL-VISITOR-WORDS" not in str(body) + mail
    await receiver.stop()


async def test_receiver_down_then_up_is_delivered_once_after_retry(world):
    receiver = Receiver(free_port())
    escalation_id = escalate(world, {"webhook": receiver.url})
    start_web(world, receiver.url)
    assert await wait_for(lambda: attempts(world, escalation_id) >= 1)
    await receiver.start()
    assert await wait_for(lambda: receiver.bodies)
    await asyncio.sleep(2)
    assert len(receiver.bodies) == 1
    with world["sessions"]() as session:
        (delivery,) = deliveries_for(session=session, escalation_id=escalation_id)
        assert delivery.status == "delivered" and delivery.attempts >= 2
    await receiver.stop()


async def test_web_app_killed_mid_retry_still_delivers_after_restart(world):
    receiver = Receiver(free_port())
    escalation_id = escalate(world, {"webhook": receiver.url})
    proc, _ = start_web(world, receiver.url)
    assert await wait_for(lambda: attempts(world, escalation_id) >= 1)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    await receiver.start()
    start_web(world, receiver.url)
    assert await wait_for(lambda: receiver.bodies)
    await asyncio.sleep(2)
    assert len(receiver.bodies) == 1
    await receiver.stop()


async def test_unacknowledged_escalation_pages_the_backup_and_says_so(world):
    primary, backup = Receiver(free_port()), Receiver(free_port())
    await primary.start()
    await backup.start()
    stale = escalate(world, {"webhook": primary.url}, conversation_id="c1", age_minutes=5)
    acked = escalate(world, {"webhook": primary.url}, conversation_id="c2", age_minutes=5)
    with world["sessions"]() as session:
        from bot.crisis.escalations import acknowledge
        acknowledge(session=session, escalation_id=acked, by="Dr. On-call")
    start_web(world, primary.url, backup_url=backup.url)
    assert await wait_for(lambda: backup.bodies)
    await asyncio.sleep(2)
    assert [b["escalation_id"] for b in backup.bodies] == [stale]  # the acknowledged one is not paged
    assert backup.bodies[0]["backup"] is True and "BACKUP PAGE" in backup.bodies[0]["text"]
    with world["sessions"]() as session:
        record = session.get(Escalation, stale)
        assert record.backup_paged_at is not None and "Backup paged" in record.note
    await primary.stop()
    await backup.stop()


async def test_a_burst_is_paged_within_the_budget_then_as_one_digest(world):
    receiver = Receiver(free_port())
    await receiver.start()
    targets = {"webhook": receiver.url}
    budget = Budget.from_settings(OnCallSettings(page_budget=2))
    for i in range(7):  # 7 conversations at once; the budget allows 2 pages
        for message_id in ("m1", "m2"):  # the second joins the first
            escalate(world, targets, conversation_id=f"c{i}", message_id=message_id,
                     budget=budget)
    start_web(world, receiver.url, budget=2)
    assert await wait_for(lambda: any(b.get("digest") for b in receiver.bodies))
    await asyncio.sleep(2)
    assert len(receiver.bodies) == 3
    singles = [b for b in receiver.bodies if not b.get("digest")]
    (digest,) = [b for b in receiver.bodies if b.get("digest")]
    assert len(singles) == 2 and not any(b["upgraded"] for b in singles)
    assert digest["escalations"] == 5 and "5 more escalations" in digest["text"]
    assert "/staff/escalations" in digest["dashboard_url"] and "2 pages per 10 minutes" in digest["text"]
    assert "SENTINEL-VISITOR-WORDS" not in str(receiver.bodies)
    await receiver.stop()


async def test_ack_link_opens_the_escalation_in_the_dashboard_and_refuses_bad_links(
        world, aiohttp_client):
    from dataclasses import replace

    from bot.core.settings import Settings
    from bot.web import create_app

    escalation_id = escalate(world, {})
    settings = replace(Settings(), database_url=world["db"], secret_key=SECRET,
                       run_delivery_worker=False, var_dir=world["tmp"] / "var")
    client = await aiohttp_client(create_app(settings))
    token = sign_ack(escalation_id, SECRET)
    page = await client.get(f"/oncall/ack/{token}", allow_redirects=False)
    assert page.status == 302
    assert page.headers["Location"] == f"/staff/escalations/{escalation_id}"
    # Signed out, the dashboard asks for a sign-in and comes back here after it.
    login = await client.get(page.headers["Location"], allow_redirects=False)
    assert login.status == 302 and login.headers["Location"].startswith("/staff/login?next=")
    with world["sessions"]() as session:
        assert session.get(Escalation, escalation_id).status == "open"  # GETs changed nothing
    tampered = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    assert (await client.get(f"/oncall/ack/{tampered}")).status == 403
    expired = sign_ack(escalation_id, SECRET, now=time.time() - 2 * 24 * 3600)
    assert (await client.get(f"/oncall/ack/{expired}")).status == 403
