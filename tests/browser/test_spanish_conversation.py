"""A Spanish-speaking visitor in a real browser (Debian's chromium through
Playwright) against the real stack and the trained model (issue 15, item 6):
the demo page in Spanish, a greeting and a question answered in Spanish, the
intake form in Spanish through to a saved lead (the Spanish privacy notice and
consent first, details typed as a Spanish speaker types them), and an overdose
told in Spanish in the middle of the form. Every step checks what the visitor
sees and what a screen reader is told: `lang` on the widget and on every
bubble, and the labels in Spanish.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys

import pytest

from bot.core.settings import PROJECT_DIR
from tests.browser.support import (
    ARTIFACTS, MODEL, Services, log_text, open_page, wait_for_more,
)

pytestmark = pytest.mark.integration

# The clinic's notice in Spanish (clinic.yml's privacy_notice_es), which the
# consent question must show and the lead must record as the one agreed to.
SPANISH_NOTICE = "Guardamos lo que usted escribe para que el personal de la clínica le llame."
# Small English words that no Spanish text here contains (names and places aside).
ENGLISH_WORDS = re.compile(
    r"\b(you|your|the|please|would|with|and|said|call|what|now|here|sent|details)\b", re.I)


@pytest.fixture(scope="module")
def services(tmp_path_factory):
    """The real stack, as tests/browser/conftest.py starts it, for a clinic that
    gives its privacy notice in Spanish too, as clinic.yml does."""
    assert MODEL.exists(), "no trained model: run `make train` (make test does)"
    services = Services(tmp_path_factory.mktemp("spanish"))
    with services.settings.clinic_file.open("a", encoding="utf-8") as clinic:
        clinic.write(f'  privacy_notice_es: "{SPANISH_NOTICE}"\n')
    try:
        services.start()
        yield services
    finally:
        services.stop_all()


def open_spanish_page(browser, services):
    page = open_page(browser, services, 375, 800, query="?lang=es")
    assert page.evaluate("document.documentElement.lang") == "es"
    return page


REPLIES = ".kca-msg--bot, .kca-notice"  # the assistant's bubbles and the chat's notes
# Typed key by key, as a visitor types (if quickly): the chat takes a burst of
# 10 messages, then one a second (bot/web/chat_input.py), and an intake is more
# than 10 answers, which pasting each one at once would send too fast.
KEY_DELAY_MS = 25


def say(page, text) -> str:
    """Type a message as the visitor; what the chat answered in this turn, as shown."""
    before = page.locator(REPLIES).count()
    page.locator("#kca-input").press_sequentially(text, delay=KEY_DELAY_MS)
    page.keyboard.press("Enter")
    wait_for_more(page, REPLIES, before)
    return "\n".join(page.locator(REPLIES).all_inner_texts()[before:])


def tap(page, title) -> str:
    """Tap one of the quick replies on offer; what the chat answered in this turn."""
    before = page.locator(REPLIES).count()
    page.locator(".kca-quick").get_by_role("button", name=title, exact=True).click()
    wait_for_more(page, REPLIES, before)
    return "\n".join(page.locator(REPLIES).all_inner_texts()[before:])


def languages(page, selector) -> set:
    return set(page.eval_on_selector_all(
        selector, "nodes => nodes.map(n => n.getAttribute('lang'))"))


def quick_replies(page) -> dict:
    """{title: lang} of the quick replies on offer."""
    return dict(page.eval_on_selector_all(
        ".kca-quick-btn", "nodes => nodes.map(n => [n.textContent, n.getAttribute('lang')])"))


def english_in(text: str) -> list:
    return ENGLISH_WORDS.findall(text)


def conversation_id(page) -> str:
    return page.evaluate("sessionStorage.getItem('kca.conversation_id')")


def cli_json(services, *command) -> list:
    result = subprocess.run(
        [sys.executable, "-m", "bot", *command, "--json"], cwd=PROJECT_DIR, env=services.env,
        capture_output=True, text=True, timeout=60, check=True)
    return json.loads(result.stdout)


def assert_spanish_for_screen_readers(page):
    """The widget's root, every bubble and every label of the conversation in Spanish."""
    assert page.get_attribute("#kca-root", "lang") == "es"
    assert languages(page, ".kca-msg") == {"es"}
    assert languages(page, ".kca-msg .kca-sr-only") == {"es"}
    labels = set(page.locator(".kca-msg--bot .kca-sr-only").all_inner_texts())
    assert labels == {"El asistente dijo:"}
    assert set(page.locator(".kca-msg--visitor .kca-sr-only").all_inner_texts()) <= {"Usted dijo:"}
    panel = page.locator("#kca-panel").inner_text()
    assert english_in(panel) == [], panel


def test_a_spanish_speaker_is_greeted_answered_and_leaves_details_for_a_callback(browser, services):
    page = open_spanish_page(browser, services)

    # The widget in Spanish, with Spanish labels for a screen reader.
    emergency = page.locator(".kca-emergency")
    assert "Llame al 911" in emergency.inner_text() and "marque 2" in emergency.inner_text()
    assert emergency.get_attribute("aria-label") == "Números de emergencia"
    assert page.get_attribute(".kca-emergency a[href='tel:988']", "aria-label") == \
        "Llame al 988 y marque 2 para español"
    assert page.get_attribute(".kca-emergency a[href^='sms:988']", "aria-label") == \
        "Envíe AYUDA por texto al 988"
    log = page.get_by_role("log", name="Conversación")
    assert log.get_attribute("aria-live") == "polite"
    assert page.get_by_label("Escriba su mensaje").is_visible()
    assert page.get_by_role("button", name="Enviar", exact=True).count() == 1
    assert page.get_by_role("group", name="Idioma").count() == 1
    assert page.get_attribute(".kca-lang-btn[data-lang=es]", "aria-pressed") == "true"
    assert "programa de computadora" in page.locator(".kca-disclosure").inner_text()
    assert page.get_attribute(".kca-privacy-link", "href").endswith("/privacy?lang=es")

    # A Spanish greeting, answered in Spanish with the disclosure and 911 / 988.
    greeting = say(page, "Hola, buenas tardes")
    assert "programa de computadora, no un médico" in greeting
    assert "llame al 911" in greeting and "llame al 988 y marque 2" in greeting

    # A question, answered in Spanish.
    answer = say(page, "¿Qué es el Spravato y para qué sirve?")
    assert "esketamina" in answer and "depresión" in answer, answer

    # A callback: the Spanish privacy notice and the consent question first.
    consent = say(page, "Quiero que alguien de la clínica me llame")
    assert "Puedo pasar sus datos al personal de la clínica" in consent, consent
    assert SPANISH_NOTICE in consent
    assert "¿Acepta que Test Clinic se comunique con usted" in consent
    privacy = page.locator(".kca-msg--bot").last.locator("a").first
    assert privacy.get_attribute("href").endswith("/privacy?lang=es")
    assert quick_replies(page) == {"Acepto": "es", "No, gracias": "es"}
    assert page.get_by_role("group", name="Respuestas sugeridas").count() == 1
    notice_page = page.context.new_page()  # the linked page is in Spanish too
    notice_page.goto(privacy.get_attribute("href"))
    assert notice_page.evaluate("document.documentElement.lang") == "es"
    assert SPANISH_NOTICE in notice_page.inner_text("body")
    notice_page.close()

    # Consent, then the details as a Spanish speaker types them.
    assert "¿Cuál es su nombre completo?" in say(page, "sí")
    assert "¿Cuál es su fecha de nacimiento?" in say(page, "Me llamo María José Ramírez Peña")
    assert "¿A qué número de teléfono" in say(page, "Nací el 14 de marzo de 1985")
    assert "¿Cuál es su correo electrónico?" in say(page, "mi celular es (718) 555-0142")
    contact = say(page, "mariajose.ramirez@ejemplo.com")
    assert "¿Cómo prefiere que la clínica se comunique con usted?" in contact
    assert quick_replies(page) == {"Llamada telefónica": "es", "Mensaje de texto": "es",
                                   "Correo electrónico": "es"}
    assert "¿A qué hora es mejor llamarle?" in say(page, "Llámeme al celular, por favor")
    assert "¿Con qué necesita ayuda?" in say(page, "por las tardes")
    assert "con sus propias palabras" in say(page, "Para la depresión")
    description = ("Tengo depresión desde hace unos años. Probé dos antidepresivos y mi "
                   "doctora me habló de Spravato.")
    assert "¿Tiene seguro médico?" in say(page, description)

    # The summary in Spanish, confirmed with its Spanish button.
    summary = say(page, "Fidelis Care (Medicaid)")
    for line in ("Esto es lo que voy a enviar a la clínica:", "Nombre: María José Ramírez Peña",
                 "Fecha de nacimiento: 14 de marzo de 1985", "Teléfono: +1 718-555-0142",
                 "Correo electrónico: mariajose.ramirez@ejemplo.com",
                 "Forma de contacto: Llamada telefónica", "Mejor hora: Por la tarde",
                 "Condición: depresión", "Seguro médico: Fidelis Care (Medicaid)", "¿Lo envío?"):
        assert line in summary, (line, summary)
    assert quick_replies(page) == {"Sí, envíelo": "es", "Cambiar algo": "es"}
    saved = tap(page, "Sí, envíelo")
    assert "Gracias. Envié sus datos al personal de Test Clinic" in saved, saved
    assert "por teléfono por la tarde" in saved and "marque 2" in saved
    assert_spanish_for_screen_readers(page)
    page.screenshot(path=str(ARTIFACTS / "chat-es-intake-375.png"), full_page=True)

    # The lead is stored in Spanish, with the Spanish notice as the one agreed to.
    (lead,) = [lead for lead in cli_json(services, "leads", "list")
               if lead["conversation_id"] == conversation_id(page)]
    assert lead["language"] == "es"
    assert lead["privacy_notice_sha"] == hashlib.sha256(SPANISH_NOTICE.encode()).hexdigest()
    assert (lead["full_name"], lead["date_of_birth"], lead["phone"]) == (
        "María José Ramírez Peña", "1985-03-14", "+17185550142")
    assert (lead["email"], lead["contact_method"], lead["best_time"]) == (
        "mariajose.ramirez@ejemplo.com", "phone", "afternoon")
    assert (lead["condition"], lead["description"], lead["insurance"]) == (
        "depression", description, "Fidelis Care (Medicaid)")
    assert page.errors == []


def test_an_overdose_told_in_spanish_mid_form_gets_spanish_guidance_only(browser, services):
    page = open_spanish_page(browser, services)
    assert "¿Acepta que Test Clinic" in say(page, "¿Me pueden llamar, por favor?")
    assert "¿Cuál es su nombre completo?" in say(page, "Sí, acepto")

    guidance = say(page, "¡Ayuda! Mi hijo usó fentanilo y no respira, tiene los labios morados")
    assert "Llame al 911 ahora" in guidance and "naloxona (Narcan)" in guidance, guidance
    assert english_in(guidance) == [], guidance
    assert_spanish_for_screen_readers(page)
    assert "Llame al 911" in page.locator(".kca-emergency").inner_text()  # still in view
    assert page.locator(".kca-emergency a[href='tel:911']").is_visible()
    page.screenshot(path=str(ARTIFACTS / "chat-es-overdose-375.png"), full_page=True)

    # On-call staff are told, with the conversation's language.
    recorded = [e for e in cli_json(services, "escalations", "list")
                if e["conversation_id"] == conversation_id(page)]
    assert [(e["category"], e["language"]) for e in recorded] == [("overdose", "es")]
    # The form gave way to the emergency: nothing of it is kept as a lead.
    assert not [lead for lead in cli_json(services, "leads", "list")
                if lead["conversation_id"] == conversation_id(page)]
    assert log_text(page).count("¿Cuál es su nombre completo?") == 1
    assert page.errors == []
