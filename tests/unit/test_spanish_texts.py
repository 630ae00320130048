"""Texts built in Python, in the conversation's language (issue 15): the triage
summary, the intake form's messages, buttons and summary, the clinic's answers
and the privacy notice. English stays the default; Spanish is complete (every
English text has its Spanish one), plain (Fernández Huerta reading ease of at
least 60, grade 8 or lower: the measure tests/test_response_style.py uses for
the responses), and its buttons are read back by the parsers."""

from pathlib import Path
import re

import pytest
from textstat.textstat import textstatistics

from bot.clinic.language import EN, ES
from bot.clinic.profile import Clinic, answer_contact, answer_hours, answer_location
from bot.clinic.profile import load_clinic, parse_clinic
from bot.core.settings import PROJECT_DIR
from bot.intake import flow as intake
from bot.intake import parsing
from bot.intake.fields import CONTACT_LABELS, FIELDS, INTAKE_FIELDS, NOT_GIVEN
from bot.nlp.pipeline import load_vocabulary
from bot.triage import rules as triage

CLINIC = Clinic(name="Clínica Prueba", city="Nueva York", phone="+1 212 555 0100",
                website="https://clinic.example", privacy_notice="We keep what you type.",
                privacy_notice_es="Guardamos lo que usted escribe.")
BARE_CLINIC = Clinic(name="Clínica Prueba", city="Nueva York")
STATE = {"full_name": "Ana María Pérez Rodríguez", "date_of_birth": "1985-03-14",
         "phone": "+12125550100", "email": "ana@example.com", "contact_method": "text",
         "best_time": "evening", "intake_condition": "postpartum_depression",
         "description": "Nada me ha ayudado.", "insurance": "none"}
ENGLISH_WORDS = re.compile(r"\b(you|your|the|please|would|with|and|said)\b", re.I)

# --- plain Spanish ------------------------------------------------------------

MIN_EASE_ES = 60.0
SPANISH = textstatistics()
SPANISH.set_lang("es")
TERMS_ES = ("esketamina", "ketamina", "opioides", "antihistamínicos", "aneurisma", "psicosis",
            "alucinaciones", "delirios", "malformación", "mastocitos", "trigémino", "fibromialgia",
            "posparto", "postraumático", "ganglio", "estelar", "intravenosa", "privacidad")
_NAMES = {form for entries in load_vocabulary().values() for canonical, forms in entries.items()
          for form in (canonical, *forms)} | set(TERMS_ES)
NAMES = re.compile(r"\b(" + "|".join(sorted(map(re.escape, _NAMES), key=len, reverse=True))
                   + r")\b", re.I)


def ease_es(text):
    """Fernández Huerta reading ease, clinical names, numbers and links counted as 'sal'."""
    text = re.sub(r"https?://\S+|\S+@\S+|\+?\d[\d\- ()]{5,}\d", "sal", text)
    return SPANISH.fernandez_huerta(NAMES.sub("sal", text))


def all_triage_summaries(language):
    answers = [
        triage.Answers(condition=triage.DEPRESSION, antidepressants_tried=3,
                       high_blood_pressure="yes", psychosis_history="unsure",
                       substance_use="declined", can_stay_and_ride="no"),
        triage.Answers(condition=triage.POSTPARTUM, pregnancy_status="breastfeeding",
                       self_harm_thoughts="several_days"),
        triage.Answers(condition=triage.CHRONIC_PAIN, current_opioid_use="yes",
                       spravato_contraindications="yes"),
        triage.Answers(condition=triage.PTSD, prior_sgb="unsure"),
        triage.Answers(condition=triage.MCAS), triage.Answers(condition=triage.OPIOID),
        triage.Answers(condition=triage.OTHER),
    ]
    return [triage.summary_text(a, triage.assess(a), language) for a in answers]


def all_intake_texts(language):
    texts = [intake.consent_prompt(CLINIC, "https://clinic.example/privacy", language),
             intake.summary_text(STATE, language), intake.which_change(language),
             intake.confirm_unclear(language), intake.contact_question(language),
             intake.no_consent_message(CLINIC, language), intake.minor_message(CLINIC, language),
             intake.saved_message(STATE, CLINIC, True, language),
             intake.save_failed_message(BARE_CLINIC, language)]
    texts += [intake.invalid_message(field, problem, language) for field, problem in intake.INVALID]
    texts += [intake.trouble_message(field, CLINIC, skippable, language)
              for field in FIELDS for skippable in (True, False)]
    texts += [intake.correcting(field, language) for field in FIELDS]
    return texts


def clinic_answers(language):
    return [answer(clinic, language) for answer in (answer_location, answer_hours, answer_contact)
            for clinic in (CLINIC, BARE_CLINIC)]


@pytest.mark.parametrize("text", all_triage_summaries(ES) + all_intake_texts(ES)
                         + clinic_answers(ES))
def test_spanish_texts_read_at_grade_8_or_lower(text):
    for paragraph in text.split("\n"):
        if len(paragraph.split()) >= 5:
            assert ease_es(paragraph) >= MIN_EASE_ES, paragraph


@pytest.mark.parametrize("text", all_triage_summaries(ES) + all_intake_texts(ES)
                         + clinic_answers(ES))
def test_spanish_texts_have_no_english_left(text):
    assert not ENGLISH_WORDS.search(NAMES.sub("", text).replace("ana@example.com", ""))


def test_the_readability_measure_tells_plain_from_dense_spanish():
    plain = "Usted dijo que ahora toma opioides. Gracias por decírmelo."
    dense = ("La administración concomitante de medicamentos psicoestimulantes incrementa "
             "considerablemente la probabilidad de complicaciones cardiovasculares significativas.")
    assert ease_es(plain) >= MIN_EASE_ES > ease_es(dense)


# --- complete ----------------------------------------------------------------


def test_every_english_visitor_text_has_its_spanish_one():
    assert set(triage.VISITOR_SAID_ES) == set(triage.VISITOR_SAID)
    assert set(triage.VISITOR_TOPICS_ES) == set(triage.VISITOR_TOPICS)
    assert set(triage.NEXT_STEP_ES) == set(triage.NEXT_STEP)
    assert set(triage.CONDITION_LABELS_ES) == set(triage.CONDITION_LABELS)
    assert set(intake.INVALID_ES) == set(intake.INVALID)
    pathways = list(triage.PATHWAYS.values()) + [triage.SPRAVATO_PATHWAY,
                                                 triage.DEPRESSION_CONSULT_PATHWAY]
    assert all(p.visitor_es and p.visitor_es != p.visitor for p in pathways)
    assert all(f.label_es and f.label_es != f.label for f in INTAKE_FIELDS)


def test_english_is_the_default_and_an_unknown_language_reads_english():
    answers = triage.Answers(condition=triage.DEPRESSION, pregnancy_status="pregnant")
    result = triage.assess(answers)
    english = triage.summary_text(answers, result)
    assert english == triage.summary_text(answers, result, "fr")
    assert "You said you're pregnant." in english
    assert intake.summary_text(STATE) == intake.summary_text(STATE, None)


# --- the triage summary --------------------------------------------------------


def test_the_spanish_triage_summary_says_the_answers_back_in_spanish():
    answers = triage.Answers(condition=triage.POSTPARTUM, pregnancy_status="breastfeeding",
                             substance_use="declined")
    text = triage.summary_text(answers, triage.assess(answers), ES)
    assert text.startswith("Este es un resumen de lo que usted me dijo. No es un diagnóstico")
    assert "- Quiere ayuda con: depresión posparto" in text
    assert "Usted dijo que está dando el pecho." in text
    assert "Usted prefirió no contestar la pregunta sobre el uso de alcohol o drogas." in text
    assert "Próximo paso: Un médico debe revisar" in text


def test_the_spanish_risk_screen_answer_is_thanked_and_the_callback_is_urgent():
    answers = triage.Answers(condition=triage.DEPRESSION, self_harm_thoughts="nearly_every_day")
    text = triage.summary_text(answers, triage.assess(answers), ES)
    assert "casi todos los días de las últimas 2 semanas" in text
    assert "Gracias por decírmelo." in text
    assert "devuelva la llamada de forma urgente" in text


def test_the_staff_summary_stays_in_english_for_the_staff():
    answers = triage.Answers(condition=triage.POSTPARTUM, pregnancy_status="pregnant")
    assert "Condition: postpartum depression" in triage.staff_summary(answers, triage.assess(answers))


# --- the intake form ------------------------------------------------------------


def test_the_spanish_intake_summary_shows_every_detail_the_spanish_way():
    text = intake.summary_text({**STATE, "email": NOT_GIVEN}, ES)
    assert text.startswith("Esto es lo que voy a enviar a la clínica:")
    for line in ("- Nombre: Ana María Pérez Rodríguez", "- Fecha de nacimiento: 14 de marzo de 1985",
                 "- Correo electrónico: (omitido)", "- Forma de contacto: Mensaje de texto",
                 "- Mejor hora: Por la noche", "- Condición: depresión posparto",
                 "- Seguro médico: Ninguno (paga por su cuenta)"):
        assert line in text
    assert text.endswith("(por ejemplo, \"cambiar mi teléfono\").")


@pytest.mark.parametrize("button", intake.change_buttons(ES), ids=lambda b: b["title"])
def test_each_spanish_change_button_is_read_as_a_change_to_its_own_detail(button):
    field = FIELDS[intake.change_buttons(ES).index(button)]
    assert parsing.parse_confirmation(button["payload"]) == parsing.Confirmation("change", field)


def test_the_spanish_confirm_consent_and_trouble_buttons_are_understood():
    send, change = intake.confirm_buttons(ES)
    assert parsing.parse_confirmation(send["payload"]).kind == "confirm"
    assert parsing.parse_confirmation(change["payload"]) == parsing.Confirmation("change")
    agree, refuse = intake.consent_buttons(ES)
    assert (parsing.parse_consent(agree["payload"]), parsing.parse_consent(refuse["payload"])) == \
        (True, False)
    assert parsing.is_skip(intake.trouble_buttons(True, ES)[0]["payload"])


@pytest.mark.parametrize("method", list(CONTACT_LABELS))
def test_the_spanish_contact_buttons_are_read_as_their_method(method):
    (button,) = intake.contact_buttons([method], ES)
    assert parsing.parse_contact_method(button["payload"]).value == method


@pytest.mark.parametrize("text, bucket", [
    ("en la mañana", "morning"), ("por la tarde", "afternoon"), ("en la noche", "evening"),
    ("Por la noche", "evening"), ("a cualquier hora", "any time"), ("despues del trabajo", "evening"),
    ("las mañanas por favor", "morning"), ("mañana", "mañana"),  # bare "mañana" is also tomorrow
])
def test_spanish_best_times_fall_in_their_bucket(text, bucket):
    assert parsing.parse_best_time(text).value == bucket


@pytest.mark.parametrize("text", ["saltar", "Saltar esta pregunta", "prefiero no decir", "paso"])
def test_spanish_skips_are_skips(text):
    assert parsing.is_skip(text)


@pytest.mark.parametrize("text, field", [
    ("el correo esta mal", "email"), ("no, esta mal el telefono", "phone"),
    ("cambiar la fecha de nacimiento", "date_of_birth"), ("corrija mi nombre", "full_name"),
])
def test_spanish_corrections_name_their_detail(text, field):
    assert parsing.parse_confirmation(text) == parsing.Confirmation("change", field)


def test_the_spanish_closing_message_gives_988_the_spanish_way():
    text = intake.saved_message(STATE, CLINIC, False, ES)
    assert "se comunicará con usted por mensaje de texto por la noche" in text
    assert "llame al 911" in text and "llame al 988 y marque 2, o envíe AYUDA por texto al 988" in text


def test_without_the_clinic_phone_spanish_never_invents_one():
    text = intake.no_consent_message(BARE_CLINIC, ES)
    assert "sitio web de la clínica" in text and not re.search(r"\d{3}", text)


# --- the privacy notice and the clinic's answers ----------------------------------


def test_the_consent_question_shows_the_notice_in_the_conversations_language():
    assert "Guardamos lo que usted escribe." in intake.consent_prompt(CLINIC, "/privacy", ES)
    assert "We keep what you type." in intake.consent_prompt(CLINIC, "/privacy", EN)
    assert intake.privacy_notice_sha(intake.notice_shown(CLINIC, ES)) != \
        intake.privacy_notice_sha(intake.notice_shown(CLINIC, EN))


def test_without_a_spanish_notice_the_english_one_is_shown_and_recorded():
    english_only = Clinic(name="C", city="X", privacy_notice="We keep what you type.")
    assert intake.notice_shown(english_only, ES) == "We keep what you type."


def test_the_spanish_notice_is_read_from_clinic_yml():
    clinic = parse_clinic({"name": "C", "city": "X", "settings": {
        "privacy_notice": "English.", "privacy_notice_es": "  Español,\n en  dos líneas. "}})
    assert (clinic.notice_for(ES), clinic.notice_for(EN)) == ("Español, en dos líneas.", "English.")


def test_the_shipped_clinic_file_has_a_plain_spanish_notice():
    notice = load_clinic(PROJECT_DIR / "clinic.yml").notice_for(ES)
    assert "usted" in notice and ease_es(notice) >= MIN_EASE_ES


def test_the_clinic_answers_in_spanish_never_invent_a_detail():
    assert answer_location(CLINIC, ES).startswith("Clínica Prueba está en Nueva York. Todavía no")
    assert "Teléfono: +1 212 555 0100" in answer_contact(CLINIC, ES)
    assert answer_hours(BARE_CLINIC, ES).startswith("Todavía no tengo el horario")
    assert "le pido al personal" in answer_contact(BARE_CLINIC, ES)
