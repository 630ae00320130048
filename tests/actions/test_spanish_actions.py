"""The triage, intake and clinic-details actions in a Spanish conversation (issue 15):
the `language` slot set to "es" turns every text they build into Spanish; without
it they speak English (the rest of tests/actions)."""

from datetime import date

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.clinic_info import ActionClinicInfo
from actions.intake import (
    ActionAskContactMethod, ActionAskIntakeConfirmed, ActionAskIntakeConsent, ActionIntakeSubmit,
    ValidateIntakeForm,
)
from actions.triage import ActionTriageSummary
from bot.core.db import make_session_factory
from bot.intake import flow as intake
from bot.intake.store import list_leads
from tests.actions.trackers import tracker
from tests.conftest import TEST_CLINIC
from tests.db_fixtures import migrated_engine

SPANISH_NOTICE = "Guardamos lo que usted escribe para llamarle."
ENGLISH_NOTICE = "We keep what you type to follow up."
DOMAIN = {"forms": {"intake_form": {"required_slots": list(intake.QUESTIONS)}}}
ES = {"language": "es"}
ANSWERED = {
    **ES, "intake_consent": "yes", "intake_consent_at": "2026-11-27T09:00:00+00:00",
    "intake_privacy_sha": "b" * 64, "full_name": "José Luis Martínez Peña",
    "date_of_birth": "1985-03-14", "phone": "+13475550123", "email": "jose@example.com",
    "contact_method": "phone", "best_time": "morning", "intake_condition": "depression",
    "description": "Nada me ha funcionado.", "insurance": "Medicaid",
}


@pytest.fixture(autouse=True)
def bilingual_clinic(monkeypatch, tmp_path):
    path = tmp_path / "clinic.yml"
    path.write_text(TEST_CLINIC + f'  privacy_notice_es: "{SPANISH_NOTICE}"\n', encoding="utf-8")
    monkeypatch.setenv("CLINIC_FILE", str(path))


async def validate(slot, text, intent="inform", slots=None):
    slots = {**ES, **(slots or {}), "requested_slot": slot, slot: text}
    events = [{"event": "user", "text": text}, {"event": "slot", "name": slot, "value": text}]
    t = tracker(intent=intent, text=text, slots=slots, active_loop="intake_form", events=events)
    dispatcher = CollectingDispatcher()
    result = await ValidateIntakeForm().run(dispatcher, t, DOMAIN)
    return {e["name"]: e["value"] for e in result if e["event"] == "slot"}, dispatcher.messages


def said(messages):
    return " ".join(m.get("text") or "" for m in messages)


async def test_the_consent_question_is_in_spanish_with_the_spanish_notice_and_buttons():
    dispatcher = CollectingDispatcher()
    await ActionAskIntakeConsent().run(dispatcher, tracker(slots=ES), DOMAIN)
    (message,) = dispatcher.messages
    assert message["text"].startswith(f"Antes de pedirle sus datos: {SPANISH_NOTICE}")
    assert "¿Acepta que Test Clinic se comunique" in message["text"]
    assert [b["title"] for b in message["buttons"]] == ["Acepto", "No, gracias"]


@pytest.mark.parametrize("language, link", [("es", "/privacy?lang=es."), ("en", "/privacy."),
                                            (None, "/privacy.")])
async def test_the_consent_question_links_to_the_privacy_page_in_its_language(language, link):
    dispatcher = CollectingDispatcher()
    await ActionAskIntakeConsent().run(dispatcher, tracker(slots={"language": language}), DOMAIN)
    (message,) = dispatcher.messages
    assert link in message["text"]


@pytest.mark.parametrize("language, notice", [("es", SPANISH_NOTICE), ("en", ENGLISH_NOTICE),
                                              (None, ENGLISH_NOTICE)])
async def test_consent_records_the_fingerprint_of_the_notice_shown(language, notice):
    slots, _ = await validate("intake_consent", "Acepto", intent="affirm",
                              slots={"language": language})
    assert slots["intake_consent"] == "yes"
    assert slots["intake_privacy_sha"] == intake.privacy_notice_sha(notice)


async def test_an_unclear_consent_is_asked_again_in_spanish():
    _, messages = await validate("intake_consent", "mmm que", intent="nlu_fallback")
    assert said(messages).startswith("Necesito un sí o un no claro")


async def test_a_phone_number_that_cannot_be_used_is_explained_in_spanish_then_a_way_out():
    slots, messages = await validate("phone", "no se", slots={**ANSWERED, "phone": None})
    assert said(messages).startswith("Ese número de teléfono no me sirve.")
    _, messages = await validate("phone", "otra vez no se", slots={
        **ANSWERED, "phone": None, "intake_invalid_answers": 1})
    assert [b["title"] for b in messages[0]["buttons"]] == ["Saltar esta pregunta", "Parar"]
    assert "Lo siento, todavía no puedo usar esa respuesta" in said(messages)


async def test_the_spanish_skip_button_skips():
    slots, _ = await validate("insurance", "Saltar esta pregunta", intent="stop",
                              slots={**ANSWERED, "insurance": None})
    assert slots["insurance"] == "not given"


async def test_the_contact_question_and_its_buttons_are_in_spanish():
    dispatcher = CollectingDispatcher()
    await ActionAskContactMethod().run(dispatcher, tracker(slots=ANSWERED), DOMAIN)
    (message,) = dispatcher.messages
    assert message["text"] == "¿Cómo prefiere que la clínica se comunique con usted?"
    assert [b["title"] for b in message["buttons"]] == [
        "Llamada telefónica", "Mensaje de texto", "Correo electrónico"]
    slots, _ = await validate("contact_method", "Mensaje de texto",
                              slots={**ANSWERED, "contact_method": None})
    assert slots["contact_method"] == "text"


async def test_the_summary_is_in_spanish_and_a_spanish_correction_clears_one_detail():
    dispatcher = CollectingDispatcher()
    await ActionAskIntakeConfirmed().run(dispatcher, tracker(slots=ANSWERED), DOMAIN)
    (message,) = dispatcher.messages
    assert "- Fecha de nacimiento: 14 de marzo de 1985" in message["text"]
    assert [b["title"] for b in message["buttons"]] == ["Sí, envíelo", "Cambiar algo"]
    slots, messages = await validate("intake_confirmed", "el telefono esta mal", slots=ANSWERED)
    assert slots["phone"] is None and "email" not in slots  # only the phone is cleared
    assert said(messages) == "Muy bien, vamos a corregir este dato: teléfono."


async def test_change_something_lists_the_details_in_spanish():
    slots, _ = await validate("intake_confirmed", "Cambiar algo", slots=ANSWERED)
    dispatcher = CollectingDispatcher()
    await ActionAskIntakeConfirmed().run(dispatcher, tracker(slots={**ANSWERED, **slots}), DOMAIN)
    (message,) = dispatcher.messages
    assert message["text"] == "¿Qué dato quiere cambiar?"
    assert message["buttons"][0] == {"title": "Nombre", "payload": "Cambiar nombre"}


@pytest.fixture
def database(monkeypatch, tmp_path):
    url = f"sqlite:///{tmp_path / 'bot.db'}"
    engine = migrated_engine(url)
    monkeypatch.setenv("BOT_DATABASE_URL", url)
    yield make_session_factory(engine)
    engine.dispose()


async def test_a_spanish_intake_is_saved_and_the_visitor_is_told_in_spanish(database):
    dispatcher = CollectingDispatcher()
    await ActionIntakeSubmit().run(dispatcher, tracker(slots={**ANSWERED, "intake_confirmed": "yes"}),
                                   DOMAIN)
    with database() as session:
        (lead,) = list_leads(session=session)
    assert lead.full_name == "José Luis Martínez Peña" and lead.date_of_birth == date(1985, 3, 14)
    text = said(dispatcher.messages)
    assert text.startswith("Gracias. Envié sus datos al personal de Test Clinic, que se "
                           "comunicará con usted por teléfono por la mañana.")
    assert "marque 2" in text


async def test_no_consent_is_answered_in_spanish_with_the_clinic_phone(database):
    dispatcher = CollectingDispatcher()
    await ActionIntakeSubmit().run(dispatcher, tracker(slots={
        **ANSWERED, "intake_outcome": intake.NO_CONSENT}), DOMAIN)
    assert said(dispatcher.messages) == (
        "Entendido. No he guardado ninguno de sus datos. Si quiere hablar con alguien, "
        "puede llamar a Test Clinic al +1 212 555 0100.")


async def test_the_triage_summary_is_in_spanish():
    dispatcher = CollectingDispatcher()
    events = await ActionTriageSummary().run(dispatcher, tracker(slots={
        **ES, "triage_condition": "depression", "antidepressants_tried": "3",
        "pregnancy_status": "pregnant"}), {})
    text = said(dispatcher.messages)
    assert "- Quiere ayuda con: depresión" in text and "Usted dijo que está embarazada." in text
    summary = next(e["value"] for e in events if e["name"] == "triage_summary")
    assert summary.startswith("Condition: depression")  # the staff read English


@pytest.mark.parametrize("intent, expected", [
    # The test clinic gives no directions: the visitor is told so, in Spanish.
    ("ask_location", "Test Clinic está en 1 Test Plaza, Springfield, NY 10001. Todavía no tengo "
                     "información sobre estacionamiento, transporte o acceso para silla de ruedas."),
    ("ask_hours", "Horario de la oficina:\n- Mon-Fri 9am-5pm\n- Sat 10am-2pm"),
    ("ask_contact", "Puede comunicarse con Test Clinic aquí:\nTeléfono: +1 212 555 0100\n"
                    "Sitio web: https://clinic.example"),
])
async def test_the_clinics_details_are_given_in_spanish(intent, expected):
    dispatcher = CollectingDispatcher()
    await ActionClinicInfo().run(dispatcher, tracker(intent=intent, slots=ES), {})
    assert dispatcher.messages[0]["text"] == expected
