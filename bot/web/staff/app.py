"""Build the /staff/ sub-application and its URL table."""

from __future__ import annotations

from aiohttp import web
from aiohttp_session import session_middleware

from bot.core.settings import Settings
from bot.web.staff import account, accounts, escalations, leads, live, login, mfa, overview
from bot.web.staff.security import StaffCookieStorage, authenticate, no_store


# Record ids in paths: at most 9 digits, so a huge number is a 404, never an overflow
# in the database (a 500). Every handler declares its roles (@roles, @signed_in, @public).
LEAD = "/leads/{lead_id:[0-9]{1,9}}"
ESCALATION = "/escalations/{escalation_id:[0-9]{1,9}}"
ACCOUNT = "/accounts/{user_id:[0-9]{1,9}}"
LIVE = "/live/{conversation_id:[A-Za-z0-9_-]{16,64}}"


def create_staff_app(settings: Settings) -> web.Application:
    app = web.Application(middlewares=[
        session_middleware(StaffCookieStorage(settings)), authenticate,
    ])
    app.on_response_prepare.append(no_store)
    r = app.router
    r.add_get("/login", login.login_page, name="staff_login")
    r.add_post("/login", login.login_submit, name="staff_login_submit")
    r.add_get("/login/code", mfa.login_code_page, name="staff_login_code")
    r.add_post("/login/code", mfa.login_code_submit, name="staff_login_code_submit")
    r.add_post("/logout", login.logout, name="staff_logout")
    r.add_get("/enrol", mfa.enrol_page, name="staff_enrol")
    r.add_post("/enrol", mfa.enrol_submit, name="staff_enrol_submit")
    r.add_get("/account", account.account_page, name="staff_account")
    r.add_get("/account/confirm", account.reauth_page, name="staff_reauth")
    r.add_post("/account/confirm", account.reauth_submit, name="staff_reauth_submit")
    r.add_post("/account/password", account.password_submit, name="staff_account_password")
    r.add_post("/account/recovery-codes", account.recovery_codes_submit,
               name="staff_account_recovery_codes")
    r.add_get("/", overview.overview, name="staff_overview")
    r.add_get("/leads", leads.lead_list, name="staff_leads")
    r.add_get("/leads.csv", leads.lead_export, name="staff_leads_csv")
    r.add_get(LEAD, leads.lead_page, name="staff_lead")
    r.add_post(LEAD + "/status", leads.lead_status, name="staff_lead_status")
    r.add_post(LEAD + "/notes", leads.lead_note, name="staff_lead_note")
    r.add_get("/escalations", escalations.escalation_list, name="staff_escalations")
    r.add_get(ESCALATION, escalations.escalation_page,
              name="staff_escalation")
    r.add_post(ESCALATION + "/acknowledge", escalations.acknowledge_submit,
               name="staff_escalation_ack")
    r.add_post(ESCALATION + "/resolve", escalations.resolve_submit,
               name="staff_escalation_resolve")
    r.add_get("/events", escalations.events, name="staff_events")
    r.add_get("/live", live.live_list, name="staff_live_list")
    r.add_get(LIVE, live.live_page, name="staff_live")
    r.add_get(LIVE + "/events", live.live_events, name="staff_live_events")
    r.add_post(LIVE + "/take", live.take_submit, name="staff_live_take")
    r.add_post(LIVE + "/send", live.send_submit, name="staff_live_send")
    r.add_post(LIVE + "/hand-back", live.hand_back_submit, name="staff_live_hand_back")
    r.add_get("/audit", overview.audit_log, name="staff_audit")
    r.add_get("/accounts", accounts.account_list, name="staff_accounts")
    r.add_post("/accounts", accounts.account_create, name="staff_account_create")
    r.add_post(ACCOUNT, accounts.account_update, name="staff_account_update")
    return app
