"""The staff leads pages through aiohttp's test client, with a stand-in Rasa tracker API."""

from __future__ import annotations

import csv
import html
import io
import re
from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest
from aiohttp import web
from sqlalchemy import select, update

from bot.core.db import make_session_factory
from bot.crisis.escalations import record_escalation
from bot.intake.store import save_lead
from bot.core.models import AuditEvent, Lead
from bot.web import create_app
from bot.web.staff import leads as staff_leads
from tests.conftest import free_port
from tests.db_fixtures import migrated_engine
from tests.web.staff_auth import CODE_STEP, create_accounts, post_code
from tests.tracker_store import FakeTrackerStore
from tests.unit.test_leads import FIELDS

PASSWORDS = {"ada": "amber-teapot-glacier-31", "bob": "violet-lantern-harbour-77",
             "cyd": "quiet orchard at midnight 9"}
ROLES = {"ada": "admin", "bob": "staff", "cyd": "oncall"}
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
DAY = datetime(2026, 3, 10, 12, 0, tzinfo=timezone.utc)
SECRETS = {}  # authenticator secrets of ada and bob (cyd, on-call, has none)
DB = {}
SCRIPT = "<script>alert(1)</script>"
FORMULA = '=HYPERLINK("http://x")'


@pytest.fixture
def rasa(settings):
    """Rasa's tracker store, which the lead page reads (read-only); Rasa itself is not
    needed, so nothing listens on its port."""
    fake = FakeTrackerStore(settings.tracker_sqlite_path)
    fake.port = free_port()
    return fake


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
async def client(aiohttp_client, settings, db, rasa):
    settings = replace(settings, rasa_port=rasa.port, rasa_reply_timeout=2)
    return await aiohttp_client(create_app(settings))


async def sign_in(client, username):
    client.session.cookie_jar.clear()
    page = await client.get("/staff/login")
    token = CSRF.search(await page.text()).group(1)
    response = await client.post("/staff/login", allow_redirects=False, data={
        "username": username, "password": PASSWORDS[username], "csrf_token": token})
    if username in SECRETS:  # the second step: the authenticator's code
        assert response.headers["Location"] == CODE_STEP
        response = await post_code(client, DB["sessions"], username, SECRETS[username])
    assert response.status == 303
    return client


async def csrf_of(client, path="/staff/escalations"):
    return CSRF.search(await (await client.get(path)).text()).group(1)


def add_lead(db, conversation_id, created_at=DAY, **changes) -> int:
    with db() as session:
        lead, _ = save_lead(session=session, conversation_id=conversation_id,
                            fields=replace(FIELDS, **changes))
        session.execute(update(Lead).where(Lead.id == lead.id).values(created_at=created_at))
        session.commit()
        return lead.id


def escalate(db, conversation_id):
    with db() as session:
        return record_escalation(session=session, conversation_id=conversation_id,
                                 message_id="m-1", category="overdose",
                                 message_text="he took too many pills").id


def audit_events(db, action):
    with db() as session:
        return [e.as_dict() for e in session.execute(
            select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)
        ).scalars()]


def names_in(body):
    """Lead names in table order (the second cell of each body row)."""
    return re.findall(r"<tr>\s*<td>.*?</td>\s*<td><a [^>]*>(.*?)</a></td>", body, re.S)


# --- the list -----------------------------------------------------------------------


async def test_the_list_shows_formatted_rows_with_badges_count_and_links(client, db):
    lead_id = add_lead(db, "c1", urgency="urgent callback", condition="ptsd")
    await sign_in(client, "bob")
    response = await client.get("/staff/leads")
    body = await response.text()
    assert response.status == 200
    assert "2026-03-10" in body and "Maria Lopez" in body
    assert "+1 212-555-0100" in body and ">PTSD<" in body
    assert '<span class="badge badge--urgent">urgent callback</span>' in body
    assert f'href="/staff/leads/{lead_id}"' in body
    assert "<strong>1</strong> lead." in body and "Page 1 of 1" in body
    assert 'href="/staff/leads.csv"' in body
    for control in ("f-q", "f-status", "f-urgency", "f-condition", "f-from", "f-to", "f-sort"):
        assert f'<label for="{control}">' in body and f'id="{control}"' in body


async def test_empty_states(client, db):
    await sign_in(client, "ada")
    assert "No leads yet." in await (await client.get("/staff/leads")).text()
    add_lead(db, "c1")
    body = await (await client.get("/staff/leads?status=closed")).text()
    assert "No leads match these filters." in body and "Export CSV" not in body


async def test_filters_narrow_the_list(client, db):
    add_lead(db, "c1", DAY, full_name="Early Soon", urgency="soon", condition="ptsd")
    add_lead(db, "c2", DAY + timedelta(days=5), full_name="Later Routine",
             urgency="routine", condition="depression")
    await sign_in(client, "bob")

    async def names(query):
        return names_in(await (await client.get("/staff/leads?" + query)).text())

    assert await names("urgency=soon") == ["Early Soon"]
    assert await names("condition=depression") == ["Later Routine"]
    assert await names("from=2026-03-11") == ["Later Routine"]
    assert await names("to=2026-03-10") == ["Early Soon"]
    assert await names("from=2026-03-10&to=2026-03-15") == ["Early Soon", "Later Routine"]
    assert await names("status=contacted") == []
    body = await (await client.get("/staff/leads?urgency=soon&q=early")).text()
    assert '<option value="soon" selected>' in body and 'value="early"' in body


async def test_search_by_name_and_by_phone_fragment(client, db):
    add_lead(db, "c1", full_name="Maria Lopez", phone="+12125550100")
    add_lead(db, "c2", full_name="John Smith", phone="+442079460000")
    await sign_in(client, "bob")
    for q, expected in (("maria", ["Maria Lopez"]), ("SMITH", ["John Smith"]),
                        ("555-0100", ["Maria Lopez"]), ("7946", ["John Smith"]),
                        ("50%", [])):
        response = await client.get("/staff/leads", params={"q": q})
        assert names_in(await response.text()) == expected, q


async def test_unknown_filter_values_are_ignored_with_a_visible_note(client, db):
    add_lead(db, "c1")
    await sign_in(client, "bob")
    response = await client.get("/staff/leads", params={
        "status": "deleted", "urgency": "<b>", "condition": "flu", "sort": "name",
        "from": "2026-13-45", "to": "yesterday", "q": "x" * 101, "page": "0"})
    body = await response.text()
    assert response.status == 200 and names_in(body) == ["Maria Lopez"]
    for note in ("status filter was not recognised", "urgency filter was not recognised",
                 "condition filter was not recognised", "sort filter was not recognised",
                 "From date was not a date", "To date was not a date",
                 "longer than 100 characters", "page number was not valid"):
        assert note in body, note
    assert "<b>" not in body.split("<main")[1]
    for page in ("-1", "10001", "1e3", "٣"):
        assert (await client.get(f"/staff/leads?page={page}")).status == 200
    body = await (await client.get("/staff/leads?from=2026-03-12&to=2026-03-01")).text()
    assert "From date is after the To date" in body and names_in(body) == ["Maria Lopez"]
    body = await (await client.get("/staff/leads?q=a%00b")).text()
    assert "can&#39;t be searched for" in body


async def test_paging_keeps_the_filters(client, db):
    for n in range(120):
        add_lead(db, f"c{n}", DAY + timedelta(minutes=n), full_name=f"Lead {n:03}",
                 urgency="soon")
    add_lead(db, "other", full_name="Not soon", urgency="routine")
    await sign_in(client, "bob")
    body = await (await client.get("/staff/leads?urgency=soon&sort=newest")).text()
    assert "<strong>120</strong> leads match" in body and "Page 1 of 3" in body
    assert len(names_in(body)) == 50 and names_in(body)[0] == "Lead 119"
    assert 'href="/staff/leads?urgency=soon&amp;sort=newest&amp;page=2" rel="next"' in body
    assert 'rel="prev"' not in body
    assert 'href="/staff/leads.csv?urgency=soon&amp;sort=newest"' in body
    body = await (await client.get("/staff/leads?urgency=soon&sort=newest&page=3")).text()
    assert "Page 3 of 3" in body and len(names_in(body)) == 20
    assert names_in(body)[-1] == "Lead 000" and 'rel="next"' not in body
    assert 'href="/staff/leads?urgency=soon&amp;sort=newest&amp;page=2" rel="prev"' in body
    body = await (await client.get("/staff/leads?urgency=soon&page=99")).text()
    assert "only 3 pages, so the last one is shown" in body and "Page 3 of 3" in body


async def test_urgent_callbacks_are_listed_first(client, db):
    add_lead(db, "c1", DAY + timedelta(hours=3), full_name="Newest routine", urgency="routine")
    add_lead(db, "c2", DAY, full_name="Old urgent", urgency="urgent callback")
    add_lead(db, "c3", DAY + timedelta(hours=2), full_name="Soon", urgency="soon")
    add_lead(db, "c4", DAY + timedelta(hours=1), full_name="New urgent",
             urgency="urgent callback")
    await sign_in(client, "bob")
    body = await (await client.get("/staff/leads")).text()
    assert names_in(body) == ["New urgent", "Old urgent", "Soon", "Newest routine"]
    body = await (await client.get("/staff/leads?sort=newest")).text()
    assert names_in(body) == ["Newest routine", "Soon", "New urgent", "Old urgent"]


async def test_names_are_escaped_in_the_list_and_on_the_lead_page(client, db):
    lead_id = add_lead(db, "c1", full_name=SCRIPT, triage_summary=SCRIPT,
                       physician_review_flags=(SCRIPT,))
    await sign_in(client, "bob")
    for path in ("/staff/leads", f"/staff/leads/{lead_id}"):
        body = await (await client.get(path)).text()
        assert SCRIPT not in body and html.escape(SCRIPT, quote=False) in body, path


# --- export ----------------------------------------------------------------------------


async def test_export_is_a_filtered_csv_attachment_with_formulas_neutralised(client, db):
    add_lead(db, "c1", full_name=FORMULA, urgency="soon")
    add_lead(db, "c2", full_name="Maria Lopez", urgency="routine")
    await sign_in(client, "bob")
    response = await client.get("/staff/leads.csv?urgency=soon")
    assert response.status == 200
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    today = datetime.now(timezone.utc).strftime("%Y%m%d")
    assert response.headers["Content-Disposition"] == f'attachment; filename="leads-{today}.csv"'
    assert response.headers["Cache-Control"] == "no-store"
    text = (await response.read()).decode("utf-8")
    assert text.startswith("\ufeffID,Created (UTC),Status,Urgency,Full name")
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert [row["Full name"] for row in rows] == ["'" + FORMULA]
    assert rows[0]["Phone"] == "'+12125550100"
    everything = (await (await client.get("/staff/leads.csv")).read()).decode("utf-8")
    assert len(list(csv.DictReader(io.StringIO(everything.lstrip("\ufeff"))))) == 2


async def test_export_streams_every_page_and_is_audited_without_personal_details(
        client, db, monkeypatch):
    monkeypatch.setattr(staff_leads, "EXPORT_BATCH", 7)  # several batches from few leads
    for n in range(60):
        add_lead(db, f"c{n}", DAY + timedelta(seconds=n), full_name=f"Lead {n}")
    await sign_in(client, "bob")
    text = (await (await client.get("/staff/leads.csv?sort=newest")).read()).decode("utf-8")
    assert text.count("\ufeff") == 1 and text.count("Full name") == 1
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert [row["Full name"] for row in rows] == [f"Lead {n}" for n in range(59, -1, -1)]
    await client.get("/staff/leads.csv", params={"q": "Lead 5"})
    details = [(e["detail"], e["actor_username"]) for e in audit_events(db, "lead_export")]
    assert details == [("60 leads", "bob"), ("11 leads, filtered", "bob")]


# --- one lead ------------------------------------------------------------------------------


async def test_the_lead_page_shows_intake_triage_and_the_transcript(client, db, rasa):
    lead_id = add_lead(db, "conv-7", urgency="soon",
                       triage_summary="Depression.\nTwo antidepressants tried.")
    escalation_id = escalate(db, "conv-7")
    rasa.events["conv-7"] = [
        {"event": "session_started", "timestamp": 1773144000.0},
        {"event": "user", "text": "Can someone call me?", "timestamp": 1773144001.0},
        {"event": "bot", "text": "Of course.", "timestamp": 1773144002.0,
         "data": {"buttons": [{"title": "Yes", "payload": "/affirm"}]}},
        {"event": "user", "text": SCRIPT, "timestamp": 1773144003.0},
    ]
    await sign_in(client, "bob")
    response = await client.get(f"/staff/leads/{lead_id}")
    body = await response.text()
    assert response.status == 200
    for text in ("Maria Lopez", "March 14, 1985", "+1 212-555-0100", "Text message",
                 "Morning", "maria@example.com", "Aetna", "depression",
                 '<span class="badge badge--soon">soon</span>',
                 '<dd class="pre">Depression.\nTwo antidepressants tried.</dd>',
                 "<li>History of psychosis reported or uncertain</li>",
                 f'href="/staff/escalations/{escalation_id}"', "possible opioid overdose",
                 '<option value="new" selected>New</option>',
                 '<option value="not_a_fit">Not a fit</option>'):
        assert text in body, text
    visitor = body.index('class="turn turn--visitor"><strong>Visitor:</strong>')
    bot = body.index('class="turn turn--bot"><strong>Assistant:</strong>')
    assert visitor < body.index("Can someone call me?") < bot < body.index("Of course.")
    assert "[Yes]" in body and "Mar 10, 2026, 8:00:01 AM EDT" in body
    assert html.escape(SCRIPT, quote=False) in body and SCRIPT not in body
    assert [(e["target_type"], e["target_id"]) for e in audit_events(db, "lead_view")] == [
        ("lead", str(lead_id))]


async def test_the_lead_page_still_shows_when_rasa_is_down(client, db, rasa):
    lead_id = add_lead(db, "conv-7")
    rasa.broken = True
    await sign_in(client, "bob")
    response = await client.get(f"/staff/leads/{lead_id}")
    assert response.status == 200
    body = await response.text()
    assert "The conversation can't be loaded right now" in body
    assert "Maria Lopez" in body


async def test_odd_tracker_events_do_not_break_the_page(client, db, rasa):
    lead_id = add_lead(db, "conv-7")
    rasa.events["conv-7"] = ["not an event", {"event": "user", "text": "hi", "timestamp": 1e300},
                             {"event": "bot", "text": "hello", "timestamp": True}]
    await sign_in(client, "bob")
    body = await (await client.get(f"/staff/leads/{lead_id}")).text()
    assert "<strong>Visitor:</strong>" in body and "hello" in body
    rasa.events["conv-7"] = [{"event": "user", "text": 42}]
    response = await client.get(f"/staff/leads/{lead_id}")
    assert response.status == 200
    assert "The conversation can't be loaded right now" in await response.text()


async def test_an_unknown_lead_is_404(client, db):
    await sign_in(client, "ada")
    assert (await client.get("/staff/leads/999")).status == 404
    token = await csrf_of(client)
    for action, data in (("status", {"status": "closed"}), ("notes", {"body": "hi"})):
        response = await client.post(f"/staff/leads/999/{action}",
                                     data={"csrf_token": token, **data})
        assert response.status == 404
    assert audit_events(db, "lead_view") == []


async def test_status_change_round_trip_is_audited(client, db):
    lead_id = add_lead(db, "c1")
    await sign_in(client, "bob")
    token = await csrf_of(client, f"/staff/leads/{lead_id}")
    response = await client.post(f"/staff/leads/{lead_id}/status", allow_redirects=False,
                                 data={"csrf_token": token, "status": "contacted"})
    assert response.status == 303
    assert response.headers["Location"] == f"/staff/leads/{lead_id}?done=status"
    body = await (await client.get(response.headers["Location"])).text()
    assert "Status changed." in body
    assert '<option value="contacted" selected>Contacted</option>' in body
    (event,) = audit_events(db, "lead_status")
    assert (event["detail"], event["target_id"], event["actor_username"]) == (
        "new -> contacted", str(lead_id), "bob")
    for bad in ("archived", ""):
        response = await client.post(f"/staff/leads/{lead_id}/status",
                                     data={"csrf_token": token, "status": bad})
        assert response.status == 400
        assert "Please choose a status from the list" in await response.text()
    response = await client.post(f"/staff/leads/{lead_id}/status",
                                 data={"csrf_token": "forged", "status": "closed"})
    assert response.status == 403
    with db() as session:
        assert session.get(Lead, lead_id).status == "contacted"


async def test_notes_are_added_newest_last_and_audited(client, db):
    lead_id = add_lead(db, "c1")
    await sign_in(client, "bob")
    token = await csrf_of(client)
    for body in ("Left a voicemail.", "Called back: booked a consult."):
        response = await client.post(f"/staff/leads/{lead_id}/notes", allow_redirects=False,
                                     data={"csrf_token": token, "body": body})
        assert response.status == 303
        assert response.headers["Location"] == f"/staff/leads/{lead_id}?done=note"
    page = await (await client.get(f"/staff/leads/{lead_id}?done=note")).text()
    assert "Note added." in page
    assert page.index("Left a voicemail.") < page.index("Called back: booked a consult.")
    assert page.count("bob, <time") == 2
    events = audit_events(db, "lead_note")
    assert [(e["target_id"], e["detail"]) for e in events] == [(str(lead_id), None)] * 2


@pytest.mark.parametrize("typed, message", [
    ("   \n ", "Please write the note before saving it."),
    ("<b>" + "x" * 5000, "A note can be at most 5,000 characters; this one has 5,003."),
    ("bad \x00 byte", "contains characters that can&#39;t be stored"),
], ids=["blank", "too long", "NUL"])
async def test_a_rejected_note_keeps_the_typed_text(client, db, typed, message):
    lead_id = add_lead(db, "c1")
    await sign_in(client, "bob")
    token = await csrf_of(client)
    response = await client.post(f"/staff/leads/{lead_id}/notes",
                                 data={"csrf_token": token, "body": typed})
    assert response.status == 400
    page = await response.text()
    assert message in page and 'aria-invalid="true"' in page
    textarea = re.search(r'<textarea id="body"[^>]*>(.*?)</textarea>', page, re.S).group(1)
    assert html.unescape(textarea) == typed
    assert audit_events(db, "lead_note") == []


# --- on-call -----------------------------------------------------------------------------------


async def test_oncall_sees_only_escalated_leads_and_cannot_change_them(client, db):
    quiet = add_lead(db, "conv-quiet", full_name="Quiet Person")
    escalated = add_lead(db, "conv-esc", full_name="Escalated Person")
    escalate(db, "conv-esc")
    await sign_in(client, "cyd")
    response = await client.get(f"/staff/leads/{quiet}")
    assert response.status == 403
    body = await response.text()
    assert "Your role may not see this page." in body and "Quiet Person" not in body
    assert (await client.get("/staff/leads/999")).status == 403
    for path in ("/staff/leads", "/staff/leads.csv"):
        assert (await client.get(path)).status == 403
    response = await client.get(f"/staff/leads/{escalated}")
    body = await response.text()
    assert response.status == 200 and "Escalated Person" in body
    assert f'action="/staff/leads/{escalated}/status"' not in body
    token = await csrf_of(client)
    response = await client.post(f"/staff/leads/{escalated}/status",
                                 data={"csrf_token": token, "status": "closed"})
    assert response.status == 403
    response = await client.post(f"/staff/leads/{quiet}/notes",
                                 data={"csrf_token": token, "body": "hello"})
    assert response.status == 403
    with db() as session:
        assert session.get(Lead, escalated).status == "new"
    assert [e["target_id"] for e in audit_events(db, "lead_view")] == [str(escalated)]
