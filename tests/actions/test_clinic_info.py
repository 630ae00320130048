import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.clinic_info import ActionClinicInfo


def tracker_with_intent(intent: str) -> Tracker:
    return Tracker(
        sender_id="test-conversation",
        slots={},
        latest_message={"text": "…", "intent": {"name": intent, "confidence": 0.99}},
        events=[],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )


@pytest.fixture(autouse=True)
def use_test_clinic(monkeypatch, clinic_file):
    monkeypatch.setenv("CLINIC_FILE", str(clinic_file))


@pytest.mark.parametrize("intent, expected", [
    ("ask_location", "1 Test Plaza, Springfield, NY 10001"),
    ("ask_hours", "Mon-Fri 9am-5pm"),
    ("ask_contact", "+1 212 555 0100"),
])
async def test_answers_from_the_clinic_file(intent, expected):
    dispatcher = CollectingDispatcher()
    events = await ActionClinicInfo().run(dispatcher, tracker_with_intent(intent), {})
    assert events == []
    assert len(dispatcher.messages) == 1
    assert expected in dispatcher.messages[0]["text"]


async def test_a_broken_clinic_file_gets_a_polite_reply(monkeypatch, tmp_path):
    monkeypatch.setenv("CLINIC_FILE", str(tmp_path / "missing.yml"))
    dispatcher = CollectingDispatcher()
    await ActionClinicInfo().run(dispatcher, tracker_with_intent("ask_hours"), {})
    assert dispatcher.messages[0]["response"] == "utter_clinic_info_unavailable"


def test_action_name_matches_domain():
    assert ActionClinicInfo().name() == "action_clinic_info"


def test_settings_are_built_once_and_clinic_yml_is_reread_when_it_changes(tmp_path, monkeypatch):
    import os

    from actions import settings

    clinic_file = tmp_path / "clinic.yml"
    clinic_file.write_text("name: First Name\ncity: Albany\n", encoding="utf-8")
    monkeypatch.setenv("BOT_CLINIC_FILE", str(clinic_file))
    settings.clear()
    assert settings.settings() is settings.settings()
    assert settings.clinic().name == "First Name"
    clinic_file.write_text("name: Second Name\ncity: Albany\n", encoding="utf-8")
    stat = clinic_file.stat()
    os.utime(clinic_file, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert settings.clinic().name == "Second Name"


from actions.clinic_info import ActionOfferPerson, person_responses  # noqa: E402
from bot.clinic.profile import Clinic  # noqa: E402
from tests.actions.trackers import tracker  # noqa: E402


def test_asking_for_a_person_gets_the_clinic_phone_then_the_offer_of_a_call():
    clinic = Clinic(name="Test Clinic", city="NYC", phone="+1 212 555 0100", hours=("Mon-Fri 9am-5pm",))
    sent = person_responses(clinic, distressed=False)
    assert [r for r, _ in sent] == ["utter_person_call_clinic_hours", "utter_person_offer_callback"]
    assert sent[0][1]["clinic_phone"] == "+1 212 555 0100" and sent[0][1]["clinic_hours"] == "Mon-Fri 9am-5pm"


def test_without_a_phone_on_file_a_visitor_in_distress_gets_988_and_the_offer():
    clinic = Clinic(name="Test Clinic", city="NYC")
    assert [r for r, _ in person_responses(clinic, distressed=True)] == [
        "utter_person_988", "utter_person_offer_callback"]


async def test_the_action_reads_distress_from_the_conversation_and_never_starts_the_form():
    dispatcher = CollectingDispatcher()
    events = await ActionOfferPerson().run(
        dispatcher, tracker(intent="ask_human", slots={"crisis_category": "possible_risk"}), {})
    assert events == []  # no form, no slots: the visitor chooses
    responses = [m["response"] for m in dispatcher.messages]
    assert responses[0] == "utter_person_call_clinic_hours" and responses[-2:] == [
        "utter_person_988", "utter_person_offer_callback"]
    assert dispatcher.messages[0]["clinic_phone"] == "+1 212 555 0100"
