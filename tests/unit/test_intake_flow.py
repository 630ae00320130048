"""The intake form's flow (bot.intake.flow) and its agreement with domain.yml."""

import yaml

from bot.intake import flow as intake
from bot.clinic.profile import Clinic
from bot.intake.fields import NOT_GIVEN, SUMMARY_DESCRIPTION_CHARS
from bot.core.settings import PROJECT_DIR

DOMAIN = yaml.safe_load((PROJECT_DIR / "domain.yml").read_text(encoding="utf-8"))
CLINIC = Clinic(name="Test Clinic", city="Springfield", phone="+1 212 555 0100")
BARE = Clinic(name="Bare Clinic", city="Albany")
EMERGENCIES = {"crisis_overdose", "crisis_self_harm", "crisis_medical"}


def test_the_domain_form_asks_the_questions_in_our_order():
    assert DOMAIN["forms"]["intake_form"]["required_slots"] == list(intake.QUESTIONS)


def test_no_intake_answer_can_swallow_an_emergency():
    for question in intake.QUESTIONS:
        for mapping in DOMAIN["slots"][question]["mappings"]:
            assert EMERGENCIES <= set(mapping.get("not_intent", [])), question


def test_the_form_ends_without_questions_after_no_consent_a_minor_or_stop():
    assert intake.required_questions({}) == list(intake.QUESTIONS)
    for state in ({"intake_consent": "no"}, {"intake_outcome": intake.MINOR},
                  {"intake_outcome": intake.STOPPED}):
        assert intake.required_questions(state) == []


def test_a_lead_always_keeps_one_way_to_reach_the_visitor():
    assert intake.can_skip("email", {"phone": "+12125550100"})
    assert not intake.can_skip("email", {"phone": NOT_GIVEN})
    assert not intake.can_skip("phone", {"email": NOT_GIVEN})
    assert not intake.can_skip("intake_consent", {}) and not intake.can_skip("intake_confirmed", {})
    assert intake.contact_methods({"phone": "+1", "email": NOT_GIVEN}) == ["phone", "text"]
    assert intake.contact_methods({"phone": NOT_GIVEN, "email": "a@b.org"}) == ["email"]


def test_declining_email_in_everyday_words():
    for text in ("I don't have an email", "no email", "none", "dont use email", "N/A"):
        assert intake.declines_email(text), text
    assert not intake.declines_email("noemail@example.com")


def test_questions_are_told_apart_from_answers():
    assert intake.looks_like_question("do you take aetna?")
    assert intake.looks_like_question("how much is it")
    assert not intake.looks_like_question("Aetna PPO")
    assert intake.wants_to_stop("stop", "never mind")
    assert not intake.wants_to_stop("stop", "I want to stop feeling like this every single day of my life")
    for answer in ("mariajose.ramirez@ejemplo.com", "(718) 555-0142", "14 de marzo de 1985"):
        assert not intake.wants_to_stop("stop", answer), answer


def test_summary_is_readable_and_cuts_only_the_display_of_a_long_description():
    state = {"full_name": "Zoë O'Neil", "date_of_birth": "1985-03-14", "phone": "+442079460958",
             "email": "zoe@example.com", "contact_method": "phone", "best_time": "any time",
             "intake_condition": "mcas", "description": "x" * 900, "insurance": "none"}
    text = intake.summary_text(state)
    assert "Zoë O'Neil" in text and "March 14, 1985" in text and "+44 20 7946 0958" in text
    assert "mast cell activation syndrome" in text and "None (self-pay)" in text
    assert "x" * SUMMARY_DESCRIPTION_CHARS + "…" in text and "x" * 900 not in text
    assert "(skipped)" in intake.summary_text({**state, "insurance": NOT_GIVEN})


def test_messages_never_invent_a_phone_number():
    for message in (intake.no_consent_message(BARE), intake.minor_message(BARE),
                    intake.save_failed_message(BARE), intake.trouble_message("email", BARE, False)):
        digits = message.replace("911", "").replace("988", "").replace("18", "")
        assert not any(ch.isdigit() for ch in digits), message
    assert "+1 212 555 0100" in intake.no_consent_message(CLINIC)


def test_minor_message_is_kind_and_points_to_a_guardian():
    text = intake.minor_message(CLINIC)
    assert "adults (18 and over)" in text and "parent or guardian" in text
    assert "haven't stored" in text


def test_risk_is_any_emergency_in_the_conversation_or_an_urgent_triage():
    assert intake.at_risk(["greet", "crisis_self_harm"], None)
    assert intake.at_risk([], "urgent callback")
    assert not intake.at_risk(["greet", "request_callback"], "routine")


def test_saved_message_says_how_and_when_and_keeps_the_emergency_numbers():
    text = intake.saved_message({"contact_method": "text", "best_time": "morning"}, CLINIC, False)
    assert "by text message in the morning" in text and "911" in text and "988" in text
    urgent = intake.saved_message({"contact_method": "phone"}, CLINIC, True)
    assert "soon" in urgent and "+1 212 555 0100" in urgent
