"""The intake form's actions, driven with tracker fixtures the way Rasa calls them."""

from datetime import date

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.intake import (
    ActionAskContactMethod, ActionAskIntakeConfirmed, ActionAskIntakeConsent,
    ActionIntakeStart, ActionIntakeSubmit, ValidateIntakeForm,
)
from bot.intake import flow as intake
from bot.core.db import make_session_factory
from bot.intake.parsing import NOT_GIVEN
from bot.intake.store import list_leads
from tests.actions.trackers import tracker
from tests.db_fixtures import migrated_engine

DOMAIN = {"forms": {"intake_form": {"required_slots": list(intake.QUESTIONS)}}}

ANSWERED = {
    "intake_consent": "yes",
    "intake_consent_at": "2026-11-27T09:00:00+00:00",
    "intake_privacy_sha": "a" * 64,
    "full_name": "Ana María Pérez",
    "date_of_birth": "1985-03-14",
    "phone": "+12125550100",
    "email": "ana@example.com",
    "contact_method": "text",
    "best_time": "evening",
    "intake_condition": "depression",
    "description": "Nothing has helped so far.",
    "insurance": "Aetna",
}


@pytest.fixture(autouse=True)
def test_clinic(monkeypatch, clinic_file):
    monkeypatch.setenv("CLINIC_FILE", str(clinic_file))


async def validate(slot, text, intent="inform", slots=None):
    """Run validate_intake_form as Rasa does after the visitor answered `slot`."""
    slots = {**(slots or {}), "requested_slot": slot, slot: text}
    events = [{"event": "user", "text": text}, {"event": "slot", "name": slot, "value": text}]
    t = tracker(intent=intent, text=text, slots=slots, active_loop="intake_form", events=events)
    dispatcher = CollectingDispatcher()
    events = await ValidateIntakeForm().run(dispatcher, t, DOMAIN)
    result = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    if "requested_slot" not in result:  # Rasa's form picks the first empty question
        merged = {**slots, **result}
        result["requested_slot"] = next((q for q in intake.QUESTIONS if merged.get(q) is None), None)
    return result, dispatcher.messages


def texts(messages):
    return " ".join(m.get("text") or m.get("response") or "" for m in messages)


# --- consent -----------------------------------------------------------------


async def test_consent_is_asked_first_with_the_privacy_notice():
    dispatcher = CollectingDispatcher()
    await ActionAskIntakeConsent().run(dispatcher, tracker(), DOMAIN)
    text = dispatcher.messages[0]["text"]
    assert "We keep what you type to follow up." in text  # the clinic's own notice
    assert "/privacy" in text
    assert [b["title"] for b in dispatcher.messages[0]["buttons"]] == ["I agree", "No, thanks"]
    assert intake.QUESTIONS[0] == "intake_consent"


async def test_consent_given_records_when_and_which_notice():
    slots, _ = await validate("intake_consent", "I agree", intent="affirm")
    assert slots["intake_consent"] == "yes"
    assert slots["intake_consent_at"].startswith(str(date.today().year))
    assert slots["intake_privacy_sha"] == intake.privacy_notice_sha(
        "We keep what you type to follow up.")
    assert slots["requested_slot"] == "full_name"


async def test_consent_declined_ends_the_form():
    slots, _ = await validate("intake_consent", "no i don't agree", intent="deny")
    assert slots["intake_outcome"] == intake.NO_CONSENT
    assert slots["requested_slot"] is None


async def test_unclear_consent_is_asked_again():
    slots, messages = await validate("intake_consent", "hmm what", intent="nlu_fallback")
    assert slots["intake_consent"] is None and slots["requested_slot"] == "intake_consent"
    assert "yes or no" in texts(messages)


# --- answers as people type them ----------------------------------------------


@pytest.mark.parametrize("slot, text, stored", [
    ("full_name", "my name is José Álvarez-O'Neil", "José Álvarez-O'Neil"),
    ("full_name", "李小龍", "李小龍"),
    ("date_of_birth", "3/14/85", "1985-03-14"),
    ("date_of_birth", "14 de marzo de 1985", "1985-03-14"),
    ("phone", "my cell is (212) 555-0100", "+12125550100"),
    ("phone", "+44 20 7946 0958", "+442079460958"),
    ("email", "it's Ana.Perez@Example.COM", "Ana.Perez@example.com"),
    ("best_time", "after work", "evening"),
    ("intake_condition", "fibromyalgia", "chronic_pain"),
    ("insurance", "Aetna", "Aetna"),
    ("insurance", "i pay out of pocket", "none"),
])
async def test_answers_are_normalised(slot, text, stored):
    slots, messages = await validate(slot, text, slots=ANSWERED)
    assert slots[slot] == stored
    assert messages == []


async def test_an_insurer_the_classifier_reads_as_a_cost_question_is_still_the_answer():
    slots, messages = await validate("insurance", "Aetna", intent="ask_cost", slots=ANSWERED)
    assert slots["insurance"] == "Aetna" and messages == []


@pytest.mark.parametrize("field", ["full_name", "description", "insurance", "best_time"])
async def test_html_and_sql_never_become_a_name_but_are_kept_verbatim_elsewhere(field):
    text = "<script>alert(1)</script>'); DROP TABLE leads; --"
    slots, _ = await validate(field, text, slots=ANSWERED)
    if field == "full_name":
        assert slots["full_name"] is None
    else:
        assert slots[field] == text


async def test_a_description_over_the_limit_is_refused_kindly_and_nothing_is_cut():
    slots, messages = await validate("description", "x" * 5000, slots=ANSWERED)
    assert slots["description"] is None
    assert "1,000 characters" in texts(messages)


# --- control: questions, skipping, stopping, repeated trouble -----------------


async def test_a_question_mid_form_is_answered_and_the_same_question_comes_back():
    slots, messages = await validate("phone", "how much does it cost?", intent="ask_cost",
                                     slots={**ANSWERED, "phone": None})
    assert messages[0]["response"] == "utter_cost"
    assert slots["phone"] is None and slots["requested_slot"] == "phone"
    assert "intake_invalid_answers" not in slots  # a question is not a wrong answer


async def test_a_clinic_question_mid_form_gets_the_configured_answer():
    slots, messages = await validate("full_name", "where are you located?",
                                     intent="ask_location", slots={"intake_consent": "yes"})
    assert "1 Test Plaza" in texts(messages) and slots["full_name"] is None


async def test_two_unreadable_answers_get_an_explanation_and_a_way_out():
    slots, messages = await validate("phone", "banana", slots={**ANSWERED, "phone": None})
    assert slots["intake_invalid_answers"] == 1 and "phone number" in texts(messages)
    slots, messages = await validate("phone", "banana again", slots={
        **ANSWERED, "phone": None, "intake_invalid_answers": 1})
    assert [b["title"] for b in messages[0]["buttons"]] == ["Skip this question", "Stop"]
    assert slots["intake_invalid_answers"] == 0  # the count starts over: never a dead end


async def test_skip_is_a_skip_even_when_the_classifier_hears_stop():
    slots, _ = await validate("date_of_birth", "Skip this question", intent="stop",
                              slots={**ANSWERED, "date_of_birth": None})
    assert slots["date_of_birth"] == NOT_GIVEN
    assert "intake_outcome" not in slots


async def test_stop_ends_the_form():
    slots, _ = await validate("email", "never mind", intent="stop", slots={
        **ANSWERED, "email": None})
    assert slots["intake_outcome"] == intake.STOPPED and slots["requested_slot"] is None


async def test_without_a_phone_the_email_cannot_be_skipped_and_becomes_the_contact():
    base = {**ANSWERED, "phone": NOT_GIVEN, "email": None, "contact_method": None}
    slots, messages = await validate("email", "I don't have email", slots=base)
    assert slots["email"] is None and messages[0]["response"] == "utter_intake_need_contact"
    slots, _ = await validate("email", "ana@example.com", slots=base)
    assert slots["email"] == "ana@example.com" and slots["contact_method"] == "email"


async def test_contact_methods_offered_match_the_details_given():
    dispatcher = CollectingDispatcher()
    await ActionAskContactMethod().run(dispatcher, tracker(slots={
        "phone": "+12125550100", "email": NOT_GIVEN}), DOMAIN)
    assert [b["title"] for b in dispatcher.messages[0]["buttons"]] == ["Phone call", "Text message"]
    slots, messages = await validate("contact_method", "email", slots={
        **ANSWERED, "email": NOT_GIVEN, "contact_method": None})
    assert slots["contact_method"] is None and messages


# --- age --------------------------------------------------------------------------


def years_ago(years, days=0):
    today = date.today()
    try:
        born = today.replace(year=today.year - years)
    except ValueError:  # 29 February
        born = today.replace(year=today.year - years, day=28)
    return date.fromordinal(born.toordinal() + days).isoformat()


async def test_exactly_eighteen_today_is_accepted():
    slots, _ = await validate("date_of_birth", years_ago(18), slots={
        **ANSWERED, "date_of_birth": None})
    assert slots["date_of_birth"] == years_ago(18)


async def test_a_minor_is_told_kindly_and_nothing_of_theirs_is_kept(monkeypatch, tmp_path):
    slots, _ = await validate("date_of_birth", years_ago(18, days=1), slots={
        **ANSWERED, "date_of_birth": None})
    assert slots["intake_outcome"] == intake.MINOR
    assert slots["full_name"] is None and slots["date_of_birth"] is None
    assert slots["requested_slot"] is None

    url = f"sqlite:///{tmp_path / 'bot.db'}"
    engine = migrated_engine(url)
    monkeypatch.setenv("BOT_DATABASE_URL", url)
    dispatcher = CollectingDispatcher()
    events = [{"event": "user", "parse_data": {"intent": {"name": "crisis_self_harm"}}}]
    await ActionIntakeSubmit().run(dispatcher, tracker(
        slots={"intake_outcome": intake.MINOR}, events=events), DOMAIN)
    said = texts(dispatcher.messages)
    assert "adults (18 and over)" in said and "parent or guardian" in said
    assert "+1 212 555 0100" in said
    assert dispatcher.messages[-1]["response"] == "utter_crisis_lines"  # risk was suggested
    with make_session_factory(engine)() as session:
        assert list_leads(session=session) == []
    engine.dispose()


# --- pre-fill, summary and corrections -------------------------------------------


async def test_condition_from_the_triage_form_is_prefilled():
    t = tracker(slots={"triage_condition": "ptsd"}, active_loop="intake_form")
    assert await ValidateIntakeForm().extract_intake_condition(
        CollectingDispatcher(), t, DOMAIN) == {"intake_condition": "ptsd"}


async def test_summary_shows_every_detail_readably():
    dispatcher = CollectingDispatcher()
    await ActionAskIntakeConfirmed().run(dispatcher, tracker(slots=ANSWERED), DOMAIN)
    text = dispatcher.messages[0]["text"]
    for shown in ("Ana María Pérez", "March 14, 1985", "+1 212-555-0100", "ana@example.com",
                  "Text message", "Evening", "depression", "Aetna"):
        assert shown in text
    assert [b["title"] for b in dispatcher.messages[0]["buttons"]] == [
        "Yes, send it", "Change something"]


async def test_change_my_phone_number_clears_only_the_phone():
    slots, messages = await validate("intake_confirmed", "change my phone number",
                                     intent="ask_contact", slots=ANSWERED)
    assert slots["phone"] is None and slots["requested_slot"] == "phone"
    assert "phone" in texts(messages)


async def test_change_something_asks_which_detail():
    slots, _ = await validate("intake_confirmed", "Change something", slots=ANSWERED)
    assert slots["intake_pending_change"] == "ask"
    dispatcher = CollectingDispatcher()
    await ActionAskIntakeConfirmed().run(dispatcher, tracker(slots={**ANSWERED, **slots}), DOMAIN)
    assert "Which detail" in dispatcher.messages[0]["text"]
    assert "Phone" in [b["title"] for b in dispatcher.messages[0]["buttons"]]


async def test_starting_again_asks_consent_afresh_and_keeps_the_details():
    events = await ActionIntakeStart().run(CollectingDispatcher(), tracker(slots=ANSWERED), DOMAIN)
    cleared = {e["name"] for e in events if e["value"] is None}
    assert {"intake_consent", "intake_confirmed", "intake_outcome"} <= cleared
    assert "phone" not in cleared


# --- saving --------------------------------------------------------------------------


@pytest.fixture
def database(monkeypatch, tmp_path):
    url = f"sqlite:///{tmp_path / 'bot.db'}"
    engine = migrated_engine(url)
    monkeypatch.setenv("BOT_DATABASE_URL", url)
    yield make_session_factory(engine)
    engine.dispose()


def confirmed(**extra):
    return tracker(slots={**ANSWERED, "intake_confirmed": "yes", "urgency": "soon",
                          "triage_summary": "Condition: depression", "triage_pathway": "spravato",
                          "triage_flags": ["blood pressure"], **extra})


async def test_a_confirmed_intake_is_saved_once_per_conversation(database):
    dispatcher = CollectingDispatcher()
    await ActionIntakeSubmit().run(dispatcher, confirmed(), DOMAIN)
    await ActionIntakeSubmit().run(dispatcher, confirmed(phone="+16465550199"), DOMAIN)
    with database() as session:
        leads = list_leads(session=session)
    assert len(leads) == 1
    lead = leads[0].as_dict()
    assert lead["phone"] == "+16465550199" and lead["email"] == "ana@example.com"
    assert lead["date_of_birth"] == "1985-03-14" and lead["urgency"] == "soon"
    assert lead["physician_review_flags"] == ["blood pressure"]
    assert lead["triage_summary"] == "Condition: depression" and lead["status"] == "new"
    assert "text message" in dispatcher.messages[0]["text"]


async def test_the_lead_carries_the_conversation_language(database):
    await ActionIntakeSubmit().run(CollectingDispatcher(), confirmed(language="es"), DOMAIN)
    with database() as session:
        assert list_leads(session=session)[0].language == "es"


async def test_skipped_details_are_stored_as_missing(database):
    await ActionIntakeSubmit().run(CollectingDispatcher(), confirmed(insurance=NOT_GIVEN), DOMAIN)
    with database() as session:
        assert list_leads(session=session)[0].insurance is None


@pytest.mark.parametrize("outcome", [intake.NO_CONSENT, intake.STOPPED])
async def test_no_consent_or_stop_stores_nothing(database, outcome):
    dispatcher = CollectingDispatcher()
    events = await ActionIntakeSubmit().run(dispatcher, tracker(slots={
        **ANSWERED, "intake_outcome": outcome}), DOMAIN)
    with database() as session:
        assert list_leads(session=session) == []
    assert any(e["name"] == "phone" and e["value"] is None for e in events)
    if outcome == intake.NO_CONSENT:
        assert "haven't stored" in texts(dispatcher.messages)
        assert "+1 212 555 0100" in texts(dispatcher.messages)


async def test_a_database_failure_is_admitted_with_the_clinic_phone(monkeypatch, tmp_path, caplog):
    monkeypatch.setenv("BOT_DATABASE_URL", f"sqlite:///{tmp_path / 'no-tables.db'}")
    dispatcher = CollectingDispatcher()
    await ActionIntakeSubmit().run(dispatcher, confirmed(), DOMAIN)
    said = texts(dispatcher.messages)
    assert "couldn't send your details" in said and "+1 212 555 0100" in said
    assert "Ana" not in caplog.text and "2125550100" not in caplog.text


async def test_slots_cleared_when_the_form_starts_are_not_answers():
    """Starting the form clears consent; that must not be read as a (question) answer."""
    events = [{"event": "user", "text": "can someone call me"},
              {"event": "slot", "name": "intake_consent", "value": None},
              {"event": "slot", "name": "intake_confirmed", "value": None}]
    t = tracker(intent="request_callback", text="can someone call me", active_loop="intake_form",
                slots={"requested_slot": None}, events=events)
    dispatcher = CollectingDispatcher()
    await ValidateIntakeForm().run(dispatcher, t, DOMAIN)
    assert dispatcher.messages == []
