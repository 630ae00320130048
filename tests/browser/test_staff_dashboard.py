"""A clinic's day in a real browser: a visitor leaves a lead in the chat, staff
sign in, read it with its transcript, change its status and export it, and an
on-call clinician watches an emergency arrive live and acknowledges it."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pyotp
import pytest

from bot.core.settings import PROJECT_DIR
from tests.browser.axe_check import assert_accessible
from tests.browser.support import ARTIFACTS, OVERDOSE, log_text, open_page, send

pytestmark = pytest.mark.integration
PASSWORD = "lighthouse-quartz-ribbon-58"


AUTHENTICATORS = {}  # username -> pyotp.TOTP, as the user's phone app would hold it


@pytest.fixture(scope="module", autouse=True)
def staff_accounts(services):
    """Accounts made the way a clinic makes them: the CLI, password on stdin; the
    authenticator URI it prints goes into the 'phone' (pyotp)."""
    for username, role in (("nurse.kim", "staff"), ("dr.osei", "oncall"), ("ada.admin", "admin")):
        created = subprocess.run(
            [sys.executable, "-m", "bot", "staff", "create", "--username", username,
             "--role", role, "--password-stdin", "--json"], cwd=PROJECT_DIR, env=services.env,
            input=PASSWORD + "\n", capture_output=True, text=True, timeout=60)
        assert created.returncode == 0, created.stderr
        AUTHENTICATORS[username] = pyotp.parse_uri(json.loads(created.stdout)["totp_uri"])


def visitor_leaves_a_lead(browser, services):
    page = open_page(browser, services, 1280)
    answers = ["can someone call me back?", "I agree", "Marisol Quintana-Reyes", "March 3 1979",
               "(917) 555-0142", "marisol.qr@example.com", "text me", "evenings",
               "fibromyalgia", "Burning pain in my legs for six years, nothing helps.",
               "Blue Cross PPO"]
    for answer in answers:
        send(page, answer)
        page.wait_for_timeout(700)  # a person reads before answering (and the rate limit knows)
    assert "Here is what I'll send" in log_text(page)
    send(page, "yes send it")
    assert "sent your details" in log_text(page)
    return page


def sign_in(browser, services, username):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(45_000)
    page.goto(services.settings.web_url + "/staff/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()
    enter_code(page, AUTHENTICATORS[username])
    return page


def enter_code(page, authenticator):
    """The second step: the newest code from the phone (a code works once, so wait for
    the next half-minute when this one was just used)."""
    page.get_by_role("heading", name="Enter your authenticator code").wait_for()
    code = authenticator.now()
    while code == USED_CODES.get(authenticator.secret):
        page.wait_for_timeout(1000)
        code = authenticator.now()
    USED_CODES[authenticator.secret] = code
    page.get_by_label("6-digit code from your authenticator app").fill(code)
    page.get_by_role("button", name="Verify").click()
    page.wait_for_load_state()


USED_CODES = {}


def test_staff_work_a_lead_the_chat_just_left(browser, services):
    visitor_leaves_a_lead(browser, services)
    page = sign_in(browser, services, "nurse.kim")
    assert page.get_by_role("heading", name="Overview").is_visible()
    page.get_by_role("link", name="Leads", exact=True).click()
    page.get_by_role("link", name="Marisol Quintana-Reyes").click()
    body = page.locator("main").inner_text()
    assert "+1 917-555-0142" in body and "marisol.qr@example.com" in body
    # The transcript comes from Rasa's tracker: the visitor's own words are there.
    assert "Burning pain in my legs for six years" in page.locator(".transcript").inner_text()
    page.get_by_label("Status").select_option("contacted")
    page.get_by_role("button", name="Change status").click()
    page.wait_for_load_state()
    assert "Contacted" in page.locator("main").inner_text()
    page.screenshot(path=str(ARTIFACTS / "staff-lead-1280.png"), full_page=True)

    page.get_by_role("link", name="Leads", exact=True).click()
    with page.expect_download() as download:
        page.get_by_role("link", name="Export CSV").click()
    text = open(download.value.path(), encoding="utf-8-sig").read()
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [row["Full name"] for row in rows] == ["Marisol Quintana-Reyes"]
    assert rows[0]["Phone"] == "'+19175550142"  # formula-safe: a leading quote


def test_on_call_sees_an_emergency_arrive_live_and_acknowledges_it(browser, services):
    staff = sign_in(browser, services, "dr.osei")
    assert "No open escalations" in staff.locator("#escalation-banner").inner_text()
    visitor = open_page(browser, services, 1280)
    send(visitor, OVERDOSE)
    assert "naloxone (Narcan)" in log_text(visitor)
    # No reload: the banner updates over Server-Sent Events.
    staff.locator("#banner-title", has_text="1 open escalation").wait_for(timeout=20_000)
    assert staff.title().startswith("(1)")  # the tab title counts them too
    staff.screenshot(path=str(ARTIFACTS / "staff-escalation-live-1280.png"), full_page=True)
    staff.locator("#banner-list a").first.click()
    staff.get_by_role("button", name="Acknowledge: I'm handling this").click()
    staff.wait_for_load_state()
    assert "acknowledged" in staff.locator("main").inner_text()
    result = subprocess.run(
        [sys.executable, "-m", "bot", "escalations", "list", "--json"], cwd=PROJECT_DIR,
        env=services.env, capture_output=True, text=True, timeout=60, check=True)
    assert [e["acknowledged_by"] for e in json.loads(result.stdout)
            if e["category"] == "overdose"] == ["dr.osei"]


def test_a_signed_out_browser_sees_nothing(browser, services):
    context = browser.new_context()
    page = context.new_page()
    for path in ("/staff/leads", "/staff/escalations", "/staff/audit"):
        page.goto(services.settings.web_url + path)
        assert page.get_by_role("heading", name="Clinic staff sign-in").is_visible()
        assert "Marisol" not in page.content()


def test_a_new_staff_member_sets_up_an_authenticator_then_signs_in_with_it(browser, services):
    """An account made without an authenticator (by an admin on the web): the first
    sign-in leads straight to the QR code; the code from the app turns it on."""
    from bot.core.db import make_engine, make_session_factory
    from bot.staff.accounts import create_user

    engine = make_engine(services.settings.database_url)
    with make_session_factory(engine)() as session:
        create_user(session=session, username="nurse.lee", role="staff", password=PASSWORD)
    engine.dispose()
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.set_default_timeout(45_000)
    errors = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.goto(services.settings.web_url + "/staff/leads")
    page.get_by_label("Username").fill("nurse.lee")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("heading", name="Set up your authenticator app").wait_for()
    qr = page.locator(".qr-code svg")
    assert qr.is_visible() and qr.bounding_box()["width"] > 100  # drawn, not blocked by CSP
    page.goto(services.settings.web_url + "/staff/leads")  # nothing else opens meanwhile
    page.get_by_role("heading", name="Set up your authenticator app").wait_for()
    phone = pyotp.TOTP(page.locator("#totp-key").inner_text().replace(" ", ""))
    page.screenshot(path=str(ARTIFACTS / "staff-enrol-390.png"), full_page=True)
    page.get_by_label("6-digit code from the app").fill(phone.now())
    USED_CODES[phone.secret] = phone.now()
    page.get_by_role("button", name="Turn on").click()
    page.get_by_role("heading", name="Your recovery codes").wait_for()
    assert page.locator("#recovery-codes li").count() == 10
    page.get_by_role("link", name="I have saved them: continue").click()
    assert page.get_by_role("heading", name="Overview").is_visible()
    assert not [e for e in errors if "Content Security Policy" in e]
    page.get_by_role("button", name="Sign out").click()
    page.wait_for_load_state()
    page.get_by_label("Username").fill("nurse.lee")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()
    code_field = page.get_by_label("6-digit code from your authenticator app")
    assert code_field.get_attribute("autocomplete") == "one-time-code"
    enter_code(page, phone)
    assert page.get_by_role("heading", name="Overview").is_visible()


def test_every_dashboard_page_and_the_widget_pass_axe_wcag_22_aa(browser, services):
    """axe-core's WCAG 2.2 AA rules find nothing on any dashboard page (with the
    red banner of an open escalation showing), the lead page's transcript
    included, nor on the chat widget after an exchange."""
    visitor = open_page(browser, services, 1280)
    assert_accessible(visitor, "the demo page with the widget's greeting")
    send(visitor, OVERDOSE)  # an open escalation: the banner turns red on every page
    assert_accessible(visitor, "the widget showing emergency guidance")

    signed_out = browser.new_context().new_page()
    signed_out.goto(services.settings.web_url + "/staff/login")
    assert_accessible(signed_out, "the sign-in page")
    signed_out.get_by_label("Username").fill("ada.admin")
    signed_out.get_by_label("Password").fill(PASSWORD)
    signed_out.get_by_role("button", name="Sign in").click()
    signed_out.get_by_role("heading", name="Enter your authenticator code").wait_for()
    assert_accessible(signed_out, "the sign-in code step")

    admin = sign_in(browser, services, "ada.admin")
    admin.locator("#banner-title", has_text="open escalation").wait_for(timeout=20_000)
    pages = ["/staff/", "/staff/leads", "/staff/escalations", "/staff/escalations?status=open",
             "/staff/audit", "/staff/accounts", "/staff/account"]
    for path in pages:
        admin.goto(services.settings.web_url + path)
        assert_accessible(admin, path)
    admin.goto(services.settings.web_url + "/staff/escalations?status=open")
    admin.locator("main table a").first.click()
    admin.get_by_role("heading", name="Escalation #").wait_for()
    assert_accessible(admin, "an escalation's page")
    admin.get_by_role("link", name="Join conversation").click()  # the live hand-over page
    admin.get_by_role("heading", name="Live chat").wait_for()
    assert_accessible(admin, "a live conversation's page")
    admin.goto(services.settings.web_url + "/staff/live")
    admin.get_by_role("heading", name="Live conversations").wait_for()
    assert_accessible(admin, "/staff/live")
    admin.goto(services.settings.web_url + "/staff/leads")
    if not admin.locator("table.leads a").count():  # run alone: leave a lead first
        visitor_leaves_a_lead(browser, services)
        admin.reload()
    admin.locator("table.leads a").first.click()
    admin.locator(".transcript .turn--visitor").first.wait_for()
    assert_accessible(admin, "a lead's page with its transcript")
