"""The hand-over's pure rules: who may hold a conversation, when a hold lapses,
and what a hand-over request may write into Rasa's tracker."""

import pytest

from bot.handover.events import BadHandover, events_for, is_paused, staff_of
from bot.handover.holds import HeldByOther, Holds, NotHolder


def take(holds, user_id, now=0.0, **kw):
    return holds.take("c1", user_id=user_id, name=f"user{user_id}", role="oncall",
                      token=f"t{user_id}", now=now, **kw)


def test_one_holder_at_a_time_and_an_explicit_take_over_from_them():
    holds = Holds()
    assert take(holds, 1) is None
    with pytest.raises(HeldByOther) as refused:
        take(holds, 2)
    assert refused.value.hold.name == "user1"
    with pytest.raises(HeldByOther):
        take(holds, 2, from_user_id=3)  # naming someone else is not enough
    replaced = take(holds, 2, from_user_id=1)
    assert replaced.user_id == 1 and holds.get("c1").user_id == 2


def test_only_the_holder_writes_or_hands_back():
    holds = Holds()
    take(holds, 1)
    with pytest.raises(NotHolder):
        holds.staff_spoke("c1", 2, now=1.0)
    holds.staff_spoke("c1", 1, now=1.0)
    assert holds.release("c1").user_id == 1 and holds.get("c1") is None


def test_a_hold_lapses_only_when_the_visitor_waits_on_a_silent_holder():
    holds = Holds()
    take(holds, 1, now=0.0)
    assert holds.lapsed(now=1000.0, silence_seconds=180) == []  # nobody is waiting
    holds.visitor_wrote("c1", now=100.0)
    holds.visitor_wrote("c1", now=200.0)  # the wait counts from the first message
    assert holds.lapsed(now=279.0, silence_seconds=180) == []
    assert [h.user_id for h in holds.lapsed(now=280.0, silence_seconds=180)] == [1]
    holds.staff_spoke("c1", 1, now=281.0)  # an answer: nobody waits any more
    assert holds.lapsed(now=900.0, silence_seconds=180) == []


def test_holds_of_a_session():
    holds = Holds()
    take(holds, 1)
    assert [h.user_id for h in holds.of_session("t1")] == [1] and holds.of_session("t2") == []


def request(action, **extra):
    return {"action": action, "sender": "c1", "staff_name": "dana", "staff_role": "oncall",
            **extra}


def test_pause_names_the_staff_member_and_tells_the_visitor_as_the_assistant():
    sender, events = events_for(request("pause", text="dana has joined"))
    assert sender == "c1"
    assert events[0] == {"event": "pause", "metadata": {"staff": {"name": "dana", "role": "oncall"}}}
    assert events[1]["event"] == "bot" and staff_of(events[1]) is None
    assert is_paused(events) and not is_paused(events + events_for(request("resume"))[1])


def test_a_staff_message_is_attributed_and_guidance_is_tagged():
    _, [said] = events_for(request("say", text="I'm here with you."))
    assert staff_of(said) == {"name": "dana", "role": "oncall"}
    _, [guidance] = events_for(request("say", staff_role="assistant", text="Call 911.",
                                       crisis="overdose"))
    assert staff_of(guidance) is None and guidance["metadata"] == {"crisis": "overdose"}


@pytest.mark.parametrize("body", [
    None, [], {"action": "slot"}, request("restart"), request("say"), request("say", text=""),
    request("say", text="x" * 2001), request("pause", staff_role="visitor"),
    request("pause", sender=""), request("pause", staff_name=None),
])
def test_nothing_else_can_be_written(body):
    with pytest.raises(BadHandover):
        events_for(body)


def test_rasa_gets_the_event_broker_only_when_one_is_configured():
    from bot.core.settings import Settings, SettingsError
    from bot.runtime.rasa_endpoints import render_endpoints

    assert "event_broker" not in render_endpoints(Settings())
    settings = Settings.from_env({"RASA_EVENT_BROKER_URL": "amqp://kca:s3cret@10.0.0.5:5673/",
                                  "RASA_EVENT_QUEUE": "clinic_a"})
    broker = render_endpoints(settings)["event_broker"]
    assert broker["type"] == "pika" and broker["url"] == "10.0.0.5" and broker["port"] == 5673
    assert (broker["username"], broker["password"], broker["queues"]) == ("kca", "s3cret",
                                                                          ["clinic_a"])
    for bad in ({"RASA_EVENT_BROKER_URL": "http://x"}, {"RASA_EVENT_QUEUE": "a b"},
                {"HANDOVER_SILENCE_SECONDS": "1"}):
        with pytest.raises(SettingsError):
            Settings.from_env(bad)
    assert Settings.from_env({}).handover_silence_seconds == 180


# --- what the visitor is told, in the conversation's language (issues 15, 17) -----


def test_the_join_message_names_the_staff_member_and_role_in_the_visitors_language():
    from bot.handover.events import joined_text, role_title

    assert joined_text("Dr. Ana Ruiz", "oncall") == (
        "A member of the clinic's staff has joined: Dr. Ana Ruiz (on-call clinician).")
    assert joined_text("Dr. Ana Ruiz", "oncall", "en") == joined_text("Dr. Ana Ruiz", "oncall")
    assert joined_text("Dr. Ana Ruiz", "oncall", "es") == (
        "Se unió a la conversación un miembro del personal de la clínica: "
        "Dr. Ana Ruiz (clínico de guardia).")
    assert joined_text("bea", "staff", "es").endswith(": bea (personal de la clínica).")
    assert [role_title(r, "es") for r in ("oncall", "staff", "admin")] == [
        "clínico de guardia", "personal de la clínica", "personal de la clínica"]
    assert role_title("admin") == "clinic staff"


def test_the_hand_back_and_lapse_messages_are_in_plain_spanish_with_the_crisis_lines():
    from bot.web.live.handover import (BACK_TEXT, BACK_TEXT_ES, LAPSED_TEXT, LAPSED_TEXT_ES,
                                       back_text, lapsed_text)
    from tests.unit.test_spanish_texts import ENGLISH_WORDS, MIN_EASE_ES, ease_es

    assert back_text("en") == BACK_TEXT and lapsed_text("en") == LAPSED_TEXT
    assert back_text("es") == BACK_TEXT_ES and lapsed_text("es") == LAPSED_TEXT_ES
    assert "asistente virtual" in BACK_TEXT_ES
    # The visitor who lost the person helping them gets 911 and 988 in Spanish too.
    for words in ("911", "988 y marque 2", "AYUDA", "personal de guardia"):
        assert words in LAPSED_TEXT_ES
    for text in (BACK_TEXT_ES, LAPSED_TEXT_ES):
        assert "usted" in text.lower() or "puede" in text.lower()
        assert not ENGLISH_WORDS.search(text), text
        assert ease_es(text) >= MIN_EASE_ES, text


def test_a_conversation_without_a_socket_takes_its_language_from_the_tracker():
    from bot.web.live.handover import language_of

    slot = {"event": "slot", "name": "language"}
    assert language_of([]) == "en"
    assert language_of([{**slot, "value": "es"}, {"event": "user", "text": "hola"}]) == "es"
    assert language_of([{**slot, "value": "es"}, {**slot, "value": "en"}]) == "en"
    assert language_of([{**slot, "value": "fr"}]) == "en"
