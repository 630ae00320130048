"""The compact escalation banner, the clinic's time zone, and what an escalation's
page says about its conversation (issue 17 item 5), and the conversation's
language on leads and escalations (issue 15 item 5)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from bot.core.models import utcnow
from bot.crisis.escalations import record_crisis_message
from bot.intake.store import save_lead
from tests.unit.test_leads import FIELDS
from tests.web.test_staff import client, db, login  # noqa: F401  (fixtures)


def escalate(db, conversation_id, category="overdose", language=None, minutes_ago=0):  # noqa: F811
    with db() as session:
        return record_crisis_message(
            session=session, conversation_id=conversation_id, message_id="m-1",
            category=category, message_text="he took too many pills", language=language,
            now=utcnow() - timedelta(minutes=minutes_ago)).escalation.id


def banner_items(page: str) -> list:
    banner = page.split('id="banner-list"', 1)[1].split("</ul>", 1)[0]
    return re.findall(r"#\d+ ([^<]+)</a>, <time[^>]*>([^<]+)</time>", banner)


async def test_the_banner_counts_all_and_names_the_three_most_urgent_with_their_age(client, db):  # noqa: F811
    escalate(db, "c1", "opioid_dependence", minutes_ago=50)
    escalate(db, "c2", "overdose", minutes_ago=4)
    escalate(db, "c3", "self_harm", minutes_ago=130)
    escalate(db, "c4", "overdose_intentional")
    escalate(db, "c5", "overdose", minutes_ago=9)
    await login(client, "cyd")
    page = await (await client.get("/staff/escalations")).text()
    assert "5 open escalations: acknowledge now" in page
    assert banner_items(page) == [
        ("intentional overdose or poisoning (suicide risk)", "just now"),
        ("possible opioid overdose", "9 min ago"), ("possible opioid overdose", "4 min ago")]
    assert 'href="/staff/escalations?status=open">See all 5 in the queue</a>' in page


async def test_times_are_in_the_clinics_zone_not_utc(client, db):  # noqa: F811
    escalation_id = escalate(db, "c1")
    await login(client, "cyd")
    page = await (await client.get(f"/staff/escalations/{escalation_id}")).text()
    assert re.search(r"\d{1,2}:\d\d:\d\d [AP]M E[SD]T", page)  # America/New_York by default
    assert "UTC" not in page and "+00:00</" not in page


async def test_an_escalation_shows_condition_language_and_lead(client, db):  # noqa: F811
    with db() as session:
        lead, _ = save_lead(session=session, conversation_id="c-es",
                            fields=replace(FIELDS, condition="depression", language="es"))
    spanish = escalate(db, "c-es", language="es")
    unknown = escalate(db, "c-none")
    await login(client, "cyd")
    page = await (await client.get(f"/staff/escalations/{spanish}")).text()
    assert "<dt>Condition</dt><dd>depression</dd>" in page
    assert "<dt>Language</dt><dd>Spanish</dd>" in page
    assert f'href="/staff/leads/{lead.id}"' in page
    page = await (await client.get(f"/staff/escalations/{unknown}")).text()
    assert "<dt>Condition</dt><dd>not stated yet</dd>" in page
    assert "<dt>Language</dt><dd>not recorded</dd>" in page
    assert "has not asked to be contacted" in page


async def test_join_conversation_links_to_the_live_page_when_it_takes_the_conversation(client, db):  # noqa: F811
    live = escalate(db, "0123456789abcdef0123")
    other = escalate(db, "c!")  # an id the live page does not take: no dead link
    await login(client, "cyd")
    page = await (await client.get(f"/staff/escalations/{live}")).text()
    assert 'href="/staff/live/0123456789abcdef0123">Join conversation</a>' in page
    assert "Join conversation" not in await (await client.get(f"/staff/escalations/{other}")).text()


async def test_escalations_and_leads_filter_by_language(client, db):  # noqa: F811
    escalate(db, "c-es", language="es")
    escalate(db, "c-en", language="en")
    with db() as session:
        save_lead(session=session, conversation_id="l-es",
                  fields=replace(FIELDS, full_name="Lucía Ortega", language="es"))
        save_lead(session=session, conversation_id="l-en",
                  fields=replace(FIELDS, full_name="Liam Olsen", language="en"))
    await login(client, "bob")
    spanish = await (await client.get("/staff/escalations?language=es")).text()
    table = spanish.split("<tbody>", 1)[1]
    assert table.count("<tr>") == 1 and "<td>Spanish</td>" in table
    assert 'href="/staff/escalations?status=open&amp;language=es"' in spanish
    leads = await (await client.get("/staff/leads?language=es")).text()
    assert "Lucía Ortega" in leads and "Liam Olsen" not in leads
    assert '<option value="es" selected>Spanish</option>' in leads
    export = await (await client.get("/staff/leads.csv?language=es")).text()
    assert export.splitlines()[0].endswith(",Language") and export.splitlines()[1].endswith(",Spanish")
    ignored = await (await client.get("/staff/leads?language=klingon")).text()
    assert "The language filter was not recognised" in ignored
