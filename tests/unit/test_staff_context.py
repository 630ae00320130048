"""What the escalation page says about the conversation."""

from types import SimpleNamespace

from bot.staff.context import NOT_STATED, condition_text, language_text, latest_slots


def slot(name, value):
    return {"event": "slot", "name": name, "value": value}


def test_the_lead_condition_wins_then_the_triage_answer_then_a_mention():
    events = [slot("condition", "CRPS"), slot("triage_condition", "depression")]
    assert condition_text(SimpleNamespace(condition="ptsd"), events) == "PTSD"
    assert condition_text(None, events) == "depression"
    assert condition_text(None, events[:1]).startswith("CRPS (chronic nerve pain")
    assert condition_text(None, [slot("condition", "migraine")]) == "migraine"


def test_nothing_known_says_so_and_odd_events_are_ignored():
    assert condition_text(None, None) == NOT_STATED
    assert condition_text(SimpleNamespace(condition=None), ["x", {"event": "user"}]) == NOT_STATED
    assert latest_slots([slot("a", 1), slot("a", None), slot("b", 2)]) == {"b": 2}


def test_language_by_name():
    assert language_text("es") == "Spanish"
    assert language_text(None, "en") == "English"
    assert language_text(None, "fr") == "not recorded"
