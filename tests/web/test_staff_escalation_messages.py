"""The escalation page shows every crisis message the visitor wrote, with its
time, kind and what became of its page."""

from __future__ import annotations

from datetime import timedelta

from bot.core.models import utcnow
from bot.crisis.escalations import record_crisis_message
from tests.web.test_staff import client, db, login  # noqa: F401 - fixtures and sign-in

TARGETS = {"webhook": "http://127.0.0.1:9/page"}


def say(db, message_id, category, text, minutes):  # noqa: F811
    with db() as session:
        return record_crisis_message(
            session=session, conversation_id="conv-9", message_id=message_id, category=category,
            message_text=text, notify=TARGETS,
            now=utcnow().replace(microsecond=0) - timedelta(minutes=minutes)).escalation.id


async def test_the_clinician_sees_every_message_that_triggered_guidance(client, db):  # noqa: F811
    first = say(db, "m1", "overdose", "he took something and is slumped over", 6)
    assert say(db, "m2", "overdose", "<b>still</b> not waking up", 4) == first
    assert say(db, "m3", "overdose_intentional", "he said he wanted to die", 2) == first
    await login(client, "cyd")
    page = await (await client.get(f"/staff/escalations/{first}")).text()
    body = page.split("What the visitor wrote", 1)[1]
    order = [body.index(t) for t in ("slumped over", "&lt;b&gt;still&lt;/b&gt; not waking up",
                                     "wanted to die")]
    assert order == sorted(order) and "<b>still" not in page
    assert "3 messages answered with emergency guidance" in page
    assert body.count("possible opioid overdose") == 2
    assert "intentional overdose or poisoning (suicide risk)" in body
    assert "paged on-call" in body and "added here, no new page" in body
    assert "paged again (upgraded)" in body
    assert "Upgraded</strong> to intentional overdose" in page
    assert body.count("<time datetime=") == 3
