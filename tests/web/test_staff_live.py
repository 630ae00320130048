"""Live conversations and the hand-over on the dashboard: who may take a chat
over, the explicit take-over from a colleague, CSRF and validation on every new
form, the audit trail, and the assistant taking back a chat whose staff member
went silent (with the escalation paged again)."""

from __future__ import annotations

import time

import pytest

from bot.core.models import Escalation
from bot.web import keys
from bot.web.live.handover import HANDOVER, LAPSED_TEXT
from tests.web.test_staff import (audit_actions, client, csrf_of, db, escalate,  # noqa: F401
                                  login, user_id)

CONV = "conv-1"  # escalate() records its escalation on this conversation
LIVE = "/staff/live/conv-1-0123456789ab"
CID = "conv-1-0123456789ab"


class StandIn:
    """What the dashboard asks of Rasa, recorded."""

    def __init__(self) -> None:
        self.calls = []
        self.down = False

    async def handover(self, action, sender, **kwargs):
        from bot.web.rasa_client import RasaUnavailable

        if self.down:
            raise RasaUnavailable("down")
        self.calls.append((action, sender, kwargs))

    async def events(self, sender):
        return [{"event": "user", "text": "he is not breathing", "timestamp": time.time()}]

    async def recent(self, since):
        return [(CID, time.time())]


@pytest.fixture
async def rasa(client):  # noqa: F811
    stand_in = StandIn()
    real = client.app[keys.RASA]
    for name in ("handover", "events", "recent"):
        setattr(real, name, getattr(stand_in, name))
    return stand_in


async def post(client, path, **data):  # noqa: F811
    data.setdefault("csrf_token", await csrf_of(client, LIVE))
    return await client.post(path, data=data, allow_redirects=False)


async def test_every_role_may_watch_and_take_over_and_the_holder_writes(client, rasa, db):  # noqa: F811
    await login(client, "cyd")  # on-call
    page = await (await client.get(LIVE)).text()
    assert "he is not breathing" in page and "Take over" in page
    assert (await post(client, LIVE + "/take")).status == 303
    assert rasa.calls[-1][0] == "pause" and "cyd" in rasa.calls[-1][2]["text"]
    page = await (await client.get(LIVE)).text()
    assert "Message to visitor" in page and "Hand back to assistant" in page
    assert (await post(client, LIVE + "/send", text="I'm here with you.")).status == 303
    assert rasa.calls[-1] == ("say", CID, {"text": "I'm here with you.", "crisis": "",
                                           "staff_name": "cyd", "staff_role": "oncall"})
    assert (await post(client, LIVE + "/hand-back")).status == 303
    assert rasa.calls[-1][0] == "resume"
    actions = audit_actions(db)
    for action in ("conversation_view", "handover_take", "handover_message", "handover_return"):
        assert action in actions


async def test_only_one_holder_and_an_explicit_take_over_from_them(client, rasa, db):  # noqa: F811
    await login(client, "cyd")
    await post(client, LIVE + "/take")
    client.session.cookie_jar.clear()
    await login(client, "bob")  # staff
    page = await (await client.get(LIVE)).text()
    assert "Take over from cyd" in page and "Message to visitor" not in page
    assert (await post(client, LIVE + "/take")).status == 409  # not without naming cyd
    assert (await post(client, LIVE + "/send", text="hello")).status == 409
    taken = await post(client, LIVE + "/take", from_user=str(user_id(db, "cyd")))
    assert taken.status == 303
    assert client.app[HANDOVER].holds.get(CID).name == "bob"
    assert "handover_takeover" in audit_actions(db)


async def test_new_forms_need_the_csrf_token_and_valid_input(client, rasa, db):  # noqa: F811
    await login(client, "ada")
    assert (await post(client, LIVE + "/take", csrf_token="forged")).status == 403
    assert client.app[HANDOVER].holds.get(CID) is None and rasa.calls == []
    await post(client, LIVE + "/take")
    assert (await post(client, LIVE + "/send", text="   ")).status == 400
    assert (await post(client, LIVE + "/send", text="x" * 2001)).status == 400
    assert [c[0] for c in rasa.calls] == ["pause"]
    assert (await client.get("/staff/live/not-a-conversation!")).status == 404


async def test_nothing_changes_when_rasa_cannot_record_it(client, rasa, db):  # noqa: F811
    await login(client, "cyd")
    rasa.down = True
    response = await post(client, LIVE + "/take")
    assert response.status == 303 and "error=rasa" in response.headers["Location"]
    assert client.app[HANDOVER].holds.get(CID) is None


async def test_list_shows_escalated_conversations_and_needs_sign_in(client, rasa, db):  # noqa: F811
    assert (await client.get("/staff/live", allow_redirects=False)).status == 302
    await login(client, "cyd")
    page = await (await client.get("/staff/live")).text()
    assert f"/staff/live/{CID}" in page


async def test_a_silent_holder_gives_the_chat_back_and_on_call_is_paged_again(client, rasa, db):  # noqa: F811
    escalation_id = escalate(db)  # on conversation "conv-1"
    await login(client, "cyd")
    await client.post(f"/staff/escalations/{escalation_id}/acknowledge",
                      data={"csrf_token": await csrf_of(client)})
    handover = client.app[HANDOVER]
    now = [1000.0]
    handover.clock = lambda: now[0]
    await handover.take(CONV, user_id=1, name="cyd", role="oncall", token="t")
    handover.holds.visitor_wrote(CONV, now[0])
    now[0] += 179
    await handover.watch_once(check_sessions=False)
    assert handover.holds.get(CONV) is not None
    now[0] += 1
    await handover.watch_once(check_sessions=False)
    assert handover.holds.get(CONV) is None
    assert rasa.calls[-1][0] == "resume" and rasa.calls[-1][2]["text"] == LAPSED_TEXT
    with db() as session:
        escalation = session.get(Escalation, escalation_id)
        assert escalation.status == "open" and "Paged again" in escalation.note
    assert "handover_lapsed" in audit_actions(db)


async def test_a_hold_ends_with_its_staff_session(client, rasa, db):  # noqa: F811
    handover = client.app[HANDOVER]
    await handover.take(CID, user_id=1, name="cyd", role="oncall", token="no-such-session")
    await handover.watch_once(check_sessions=True)
    assert handover.holds.get(CID) is None and rasa.calls[-1][0] == "resume"
