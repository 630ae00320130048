"""Staff display names (issue 17): admins set one when creating an account and
change it on the accounts page (CSRF, a recent sign-in check, audit without the
name itself); a bad one is refused with a message that says what is wrong; the
visitor is told it when the person joins their chat, and colleagues see it on
the live pages. An account without one is shown by its username, as before."""

from __future__ import annotations

import html

from sqlalchemy import select

from bot.core.models import AuditEvent
from bot.staff.accounts import get_user_by_username, set_display_name
from bot.web.live.handover import HANDOVER
from tests.web.staff_auth import reauth
from tests.web.test_staff import (PASSWORDS, SECRETS, audit_actions, client, csrf_of,  # noqa: F401
                                  db, login, user_id)
from tests.web.test_staff_live import CID, LIVE, post, rasa  # noqa: F401

ACCOUNTS = "/staff/accounts"
NEW = {"username": "aruiz", "role": "oncall", "password": "a long and unusual passphrase"}


async def as_admin(client, db):  # noqa: F811
    await login(client, "ada")
    await reauth(client, db, "ada", PASSWORDS["ada"], SECRETS["ada"])
    return await csrf_of(client, ACCOUNTS)


def display_name(db, username):  # noqa: F811
    with db() as session:
        return get_user_by_username(session=session, username=username).display_name


async def test_an_admin_creates_an_account_with_a_display_name(client, db):  # noqa: F811
    token = await as_admin(client, db)
    page = await (await client.get(ACCOUNTS)).text()
    assert 'name="display_name"' in page and "Display name (optional" in page
    created = await client.post(ACCOUNTS, data={"csrf_token": token, **NEW,
                                                "display_name": " Dr. Ana  Ruiz "})
    text = await created.text()
    assert created.status == 200 and "Account aruiz created." in text
    assert display_name(db, "aruiz") == "Dr. Ana Ruiz"
    assert "<td>Dr. Ana Ruiz</td>" in text  # the accounts table shows it
    plain = await client.post(ACCOUNTS, data={"csrf_token": token, **NEW, "username": "plain",
                                              "display_name": ""})
    assert plain.status == 200 and display_name(db, "plain") is None


async def test_a_bad_display_name_is_refused_with_a_clear_message(client, db):  # noqa: F811
    token = await as_admin(client, db)
    too_long = "Dr. " + "A" * 80
    refused = await client.post(ACCOUNTS, data={"csrf_token": token, **NEW,
                                                "display_name": too_long})
    text = html.unescape(await refused.text())
    assert refused.status == 400
    assert "Display name is too long (at most 80 characters; this one has 84)." in text
    assert too_long in text and 'value="aruiz"' in text  # what was typed is kept
    with db() as session:
        assert get_user_by_username(session=session, username="aruiz") is None
    two_lines = await client.post(ACCOUNTS, data={"csrf_token": token, **NEW,
                                                  "display_name": "Ana\nRuiz"})
    assert two_lines.status == 400
    assert ("Display name must be on one line, without control characters."
            in html.unescape(await two_lines.text()))


async def test_an_admin_changes_and_removes_a_display_name(client, db):  # noqa: F811
    token = await as_admin(client, db)
    bob = f"{ACCOUNTS}/{user_id(db, 'bob')}"
    changed = await client.post(bob, data={"csrf_token": token, "action": "display_name",
                                           "display_name": "Roberto Díaz, RN"})
    assert changed.status == 200 and "Bob: display name set." in await changed.text()
    assert display_name(db, "bob") == "Roberto Díaz, RN"
    refused = await client.post(bob, data={"csrf_token": token, "action": "display_name",
                                           "display_name": "x" * 81})
    assert refused.status == 400 and "Display name is too long" in await refused.text()
    assert display_name(db, "bob") == "Roberto Díaz, RN"  # unchanged
    removed = await client.post(bob, data={"csrf_token": token, "action": "display_name",
                                           "display_name": ""})
    assert removed.status == 200 and "Bob: display name removed." in await removed.text()
    assert display_name(db, "bob") is None
    with db() as session:
        details = [e.detail for e in session.execute(select(AuditEvent).where(
            AuditEvent.action == "account_display_name").order_by(AuditEvent.id)).scalars()]
    assert details == ["bob: display name set", "bob: display name removed"]  # never the name


async def test_only_admins_with_the_form_token_change_display_names(client, db):  # noqa: F811
    token = await as_admin(client, db)
    bob = f"{ACCOUNTS}/{user_id(db, 'bob')}"
    forged = await client.post(bob, data={"csrf_token": "forged", "action": "display_name",
                                          "display_name": "Mallory"})
    assert forged.status == 403 and display_name(db, "bob") is None
    client.session.cookie_jar.clear()
    await login(client, "bob")
    refused = await client.post(bob, data={"csrf_token": token, "action": "display_name",
                                           "display_name": "Mallory"})
    assert refused.status == 403 and display_name(db, "bob") is None
    assert "account_display_name" not in audit_actions(db)


async def test_the_visitor_and_colleagues_see_the_display_name(client, rasa, db):  # noqa: F811
    with db() as session:
        set_display_name(session=session, user_id=user_id(db, "cyd"),
                         display_name="Dr. Ana Ruiz")
    await login(client, "cyd")
    assert (await post(client, LIVE + "/take")).status == 303
    pause = rasa.calls[-1]
    assert pause[0] == "pause" and pause[2]["staff_name"] == "Dr. Ana Ruiz"
    assert pause[2]["text"] == ("A member of the clinic's staff has joined: "
                                "Dr. Ana Ruiz (on-call clinician).")
    assert client.app[HANDOVER].holds.get(CID).name == "Dr. Ana Ruiz"
    client.session.cookie_jar.clear()
    await login(client, "bob")
    assert "Dr. Ana Ruiz (staff)" in await (await client.get("/staff/live")).text()
    page = await (await client.get(LIVE)).text()
    assert "Dr. Ana Ruiz is talking with the visitor" in page
    assert "Take over from Dr. Ana Ruiz" in page


async def test_without_a_display_name_the_username_is_shown(client, rasa, db):  # noqa: F811
    await login(client, "bob")
    await post(client, LIVE + "/take")
    assert rasa.calls[-1][2]["text"] == ("A member of the clinic's staff has joined: "
                                         "bob (clinic staff).")
