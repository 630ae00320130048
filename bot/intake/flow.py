"""The intake form's flow: which question comes next, what may be skipped, what a
correction clears, and every message the visitor sees along the way.

Pure (no Rasa, no I/O): `actions/intake.py` moves slot values in and out. Values
are personal health information: nothing here logs.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any, Dict, List, Mapping, Optional, Sequence

from bot.triage import rules as triage
from bot.crisis import categories as crisis_categories
from bot.clinic.language import EN, ES, pick, supported
from bot.clinic.profile import Clinic
from bot.intake.fields import (CONTACT_LABELS, CONTACT_LABELS_ES, CONTACT_SLOTS, FIELD_LABELS,
                               FIELD_LABELS_ES, FIELDS, NOT_GIVEN, display_value)
from bot.intake.parsing import MAX_DESCRIPTION_CHARS

CONSENT = "intake_consent"
CONFIRMED = "intake_confirmed"
OUTCOME = "intake_outcome"
INVALID_COUNT = "intake_invalid_answers"
PENDING_CHANGE = "intake_pending_change"

# The order the form asks in. Consent comes first: nothing personal is asked
# before the visitor has read the privacy notice and agreed to be contacted.
QUESTIONS = (CONSENT,) + FIELDS + (CONFIRMED,)

# Outcomes that end the form without a lead.
NO_CONSENT = "no_consent"
MINOR = "minor"
STOPPED = "stopped"
ENDED = (NO_CONSENT, MINOR, STOPPED)

# "stop" / "never mind" ends the form; a long answer that happens to read like
# one (a description: "I want to stop feeling like this") is an answer.
MAX_STOP_WORDS = 8

_QUESTION_START = re.compile(
    r"^\s*(what|what's|whats|how|when|where|why|who|which|can|could|do|does|did|is|are|"
    r"will|would|should|may|am"
    # Spanish: an opening "¿", an interrogative (with or without its accent,
    # except "como", which also opens statements: "como le dije..."), or a verb
    # that opens a question far more often than a statement.
    r"|¿|qu[eé]\s+(?:es|son|pasa|hago|tengo|necesito|debo|tan)|c[oó]mo\s+(?:se|es|funciona|puedo|hago)"
    r"|cómo|cu[aá]ndo|d[oó]nde|cu[aá]nt[oa]s?|cu[aá]l(?:es)?|qui[eé]n(?:es)?|por\s+qu[eé]"
    r"|puedo|puede|pueden|hay|aceptan|tienen|necesito\s+(?:una?\s+)?(?:receta|cita|seguro))"
    r"(?=\b|\s|$)", re.IGNORECASE)


def looks_like_question(text: str) -> bool:
    """A question mark, or a sentence that opens like a question (in English
    or in Spanish)."""
    text = text.strip()
    return text.endswith("?") or bool(_QUESTION_START.match(text[:40]))


def wants_to_stop(intent: Optional[str], text: str) -> bool:
    """A short "stop" message; never one that carries an address, a number or a
    date (an email read as "stop" by the NLU is an answer, not a request)."""
    return (intent == "stop" and len(text.split()) <= MAX_STOP_WORDS
            and not re.search(r"[@\d]", text))

# After this many answers in a row that cannot be read, explain and offer a way on.
MAX_INVALID_ANSWERS = 2



def required_questions(state: Mapping[str, Any]) -> List[str]:
    """Every question, in order; none once the form has ended without a lead.

    Rasa asks the first one whose slot is empty, so answered (or skipped)
    questions are passed over and a correction simply empties one slot.
    """
    if state.get(CONSENT) == "no" or state.get(OUTCOME) in ENDED:
        return []
    return list(QUESTIONS)


def can_skip(field: str, state: Mapping[str, Any]) -> bool:
    """Consent and the final confirmation cannot be skipped, and a lead needs at
    least one way to reach the visitor: phone or email."""
    if field in (CONSENT, CONFIRMED):
        return False
    if field in CONTACT_SLOTS:
        return any(state.get(other) != NOT_GIVEN for other in CONTACT_SLOTS if other != field)
    return True


_NO_EMAIL = re.compile(
    r"\b(no|don'?t|do not|dont|haven'?t|have no|without)\b.{0,20}\b(e-?mail|email address)\b"
    r"|^\s*(none|no|nope|n/?a)\s*[.!]?\s*$"
    r"|\b(no tengo|sin|no uso)\b.{0,12}\b(correo|e-?mail|email)\b|^\s*(ninguno|nada)\s*[.!]?\s*$",
    re.IGNORECASE,
)


def declines_email(text: str) -> bool:
    """ "I don't have email", "no email", "none": the visitor has no address to give."""
    return bool(_NO_EMAIL.search(text[:200]))


def contact_methods(state: Mapping[str, Any]) -> List[str]:
    """The ways we may contact the visitor, given which details they gave."""
    methods = []
    if state.get("phone") not in (None, NOT_GIVEN):
        methods += ["phone", "text"]
    if state.get("email") not in (None, NOT_GIVEN):
        methods.append("email")
    return methods


def privacy_notice_sha(notice: str) -> str:
    """Fingerprint of the notice the visitor agreed to, stored with the lead."""
    return hashlib.sha256(notice.encode("utf-8")).hexdigest()


# --- What the visitor sees -------------------------------------------------------
# Every message in English and in Spanish (usted, plain words), side by side so a
# translator can compare them; `language` is the conversation's ("en" or "es").
# Button payloads are the titles in the visitor's language: the parsers read
# both, and a Spanish tap is never taken as evidence of English.

_DEFAULT_NOTICE = {
    EN: "What you type here is stored so that clinic staff can follow up.",
    ES: ("Lo que usted escribe aquí se guarda para que el personal de la clínica pueda "
         "comunicarse con usted."),
}


def notice_shown(clinic: Clinic, language: str = EN) -> str:
    """The privacy notice the consent question shows in this language; its
    fingerprint is stored with the consent (privacy_notice_sha)."""
    return clinic.notice_for(language) or pick(_DEFAULT_NOTICE, language)


def consent_prompt(clinic: Clinic, privacy_url: str, language: str = EN) -> str:
    notice = notice_shown(clinic, language)
    if supported(language) == ES:
        return (
            f"Antes de pedirle sus datos: {notice} El aviso de privacidad completo está "
            f"en {privacy_url}.\n\n"
            f"Le voy a pedir su nombre, fecha de nacimiento, teléfono, correo electrónico, "
            f"la condición con la que quiere ayuda y su seguro médico. ¿Acepta que "
            f"{clinic.name} se comunique con usted sobre el tratamiento, y acepta el aviso "
            f"de privacidad?"
        )
    return (
        f"Before I take your details: {notice} The full privacy notice is at "
        f"{privacy_url}.\n\n"
        f"I'll ask for your name, date of birth, phone, email, the condition you'd "
        f"like help with and your insurance. Do you agree to {clinic.name} contacting "
        f"you about treatment, and to the privacy notice?"
    )


CONSENT_BUTTONS = {
    EN: [{"title": "I agree", "payload": "I agree"},
         {"title": "No, thanks", "payload": "No, I do not agree"}],
    ES: [{"title": "Acepto", "payload": "Acepto"},
         {"title": "No, gracias", "payload": "No, no acepto"}],
}


def consent_buttons(language: str = EN) -> List[Dict[str, str]]:
    return pick(CONSENT_BUTTONS, language)


CONTACT_QUESTION = {
    EN: "How would you prefer the clinic to contact you?",
    ES: "¿Cómo prefiere que la clínica se comunique con usted?",
}


def contact_question(language: str = EN) -> str:
    return pick(CONTACT_QUESTION, language)


def contact_buttons(methods: Sequence[str], language: str = EN) -> List[Dict[str, str]]:
    labels = pick({EN: CONTACT_LABELS, ES: CONTACT_LABELS_ES}, language)
    return [{"title": labels[m], "payload": labels[m]} for m in methods]


_SUMMARY = {
    EN: ("Here is what I'll send to the clinic:",
         "Shall I send it? If anything is wrong, tell me what to change "
         "(for example \"change my phone number\")."),
    ES: ("Esto es lo que voy a enviar a la clínica:",
         "¿Lo envío? Si algo está mal, dígame qué quiere cambiar "
         "(por ejemplo, \"cambiar mi teléfono\")."),
}


def summary_text(state: Mapping[str, Any], language: str = EN) -> str:
    head, question = pick(_SUMMARY, language)
    labels = pick({EN: FIELD_LABELS, ES: FIELD_LABELS_ES}, language)
    lines = [head]
    lines += [f"- {labels[f]}: {display_value(f, state.get(f), language)}" for f in FIELDS]
    lines.append(question)
    return "\n".join(lines)


CONFIRM_BUTTONS = [
    {"title": "Yes, send it", "payload": "Yes, send it"},
    {"title": "Change something", "payload": "Change something"},
]
CONFIRM_BUTTONS_ES = [
    {"title": "Sí, envíelo", "payload": "Sí, envíelo"},
    {"title": "Cambiar algo", "payload": "Cambiar algo"},
]


def confirm_buttons(language: str = EN) -> List[Dict[str, str]]:
    return pick({EN: CONFIRM_BUTTONS, ES: CONFIRM_BUTTONS_ES}, language)


def change_buttons(language: str = EN) -> List[Dict[str, str]]:
    if supported(language) == ES:
        return [{"title": FIELD_LABELS_ES[f], "payload": f"Cambiar {FIELD_LABELS_ES[f].lower()}"}
                for f in FIELDS]
    return [{"title": FIELD_LABELS[f], "payload": f"Change {FIELD_LABELS[f].lower()}"}
            for f in FIELDS]


WHICH_CHANGE = "Which detail would you like to change?"
WHICH_CHANGE_ES = "¿Qué dato quiere cambiar?"

CONFIRM_UNCLEAR = ("Sorry, I didn't catch that. Choose \"Yes, send it\" to send your "
                   "details, or tell me what to change.")
CONFIRM_UNCLEAR_ES = ("Perdone, no le entendí. Elija \"Sí, envíelo\" para enviar sus datos, "
                      "o dígame qué quiere cambiar.")


def which_change(language: str = EN) -> str:
    return pick({EN: WHICH_CHANGE, ES: WHICH_CHANGE_ES}, language)


def confirm_unclear(language: str = EN) -> str:
    return pick({EN: CONFIRM_UNCLEAR, ES: CONFIRM_UNCLEAR_ES}, language)


def correcting(field: str, language: str = EN) -> str:
    """Said when the visitor asks to change one detail."""
    if supported(language) == ES:
        return f"Muy bien, vamos a corregir este dato: {FIELD_LABELS_ES[field].lower()}."
    return f"Okay, let's correct your {FIELD_LABELS[field].lower()}."


# (field, problem) -> what to say; (field, None) is the fallback for that field.
INVALID: Dict[tuple, str] = {
    (CONSENT, None): ("I need a clear yes or no: do you agree to be contacted and to "
                      "the privacy notice?"),
    ("full_name", "too_long"): "That's longer than I can store as a name. What's your full name?",
    ("full_name", None): ("Sorry, that doesn't look like a name to me. Please type your "
                          "first and last name, for example \"Maria Lopez\"."),
    ("date_of_birth", "future"): "That date is in the future. What is your date of birth?",
    ("date_of_birth", "impossible"): ("That date doesn't exist on the calendar. Could you "
                                      "check it? For example 03/14/1985."),
    ("date_of_birth", "too_old"): "I couldn't use that date. Could you check the year?",
    ("date_of_birth", None): ("I couldn't read that as a date. Please type your date of "
                              "birth with the day, month and year, for example 03/14/1985 "
                              "or March 14 1985."),
    ("phone", None): ("That doesn't look like a phone number I can use. Please type the "
                      "full number, for example 212-555-0100, or with the country code "
                      "(+44 ...) if it's outside the US."),
    ("email", None): ("That doesn't look like an email address. Please check it, for "
                      "example name@example.com."),
    ("contact_method", None): "How should we contact you: a phone call, a text message or email?",
    ("contact_method", "unavailable"): ("I don't have the details for that. How should we "
                                        "contact you?"),
    ("best_time", "too_long"): ("That's a bit long. In a few words, when is a good time "
                                "to reach you?"),
    ("best_time", None): "When is a good time to reach you: morning, afternoon or evening?",
    ("intake_condition", None): "Which of these is closest to what you'd like help with?",
    ("description", "too_long"): (f"That's more than I can take in one answer (the limit "
                                  f"is {MAX_DESCRIPTION_CHARS:,} characters). Could you "
                                  f"shorten it? Staff will ask for the details when they "
                                  f"call."),
    ("description", None): "In a sentence or two, what would you like the clinic to know?",
    ("insurance", "too_long"): ("That's longer than I can store. Just the name of your "
                                "insurance plan is enough."),
    ("insurance", None): "Which insurance do you have? You can also say \"none\" or \"skip\".",
}
INVALID_ES: Dict[tuple, str] = {
    (CONSENT, None): ("Necesito un sí o un no claro: ¿acepta que le contactemos y acepta "
                      "el aviso de privacidad?"),
    ("full_name", "too_long"): ("Es más largo de lo que puedo guardar como nombre. ¿Cuál es "
                                "su nombre completo?"),
    ("full_name", None): ("Perdone, eso no parece un nombre. Escriba su nombre y sus "
                          "apellidos, por ejemplo \"María López García\"."),
    ("date_of_birth", "future"): "Esa fecha es en el futuro. ¿Cuál es su fecha de nacimiento?",
    ("date_of_birth", "impossible"): ("Esa fecha no existe en el calendario. ¿Puede "
                                      "revisarla? Por ejemplo: 14 de marzo de 1985."),
    ("date_of_birth", "too_old"): "No pude usar esa fecha. ¿Puede revisar el año?",
    ("date_of_birth", None): ("No pude leer eso como una fecha. Escriba su fecha de "
                              "nacimiento con el día, el mes y el año, por ejemplo: "
                              "14 de marzo de 1985."),
    ("phone", None): ("Ese número de teléfono no me sirve. Escriba el número completo, por "
                      "ejemplo 212-555-0100, o con el código del país (+52 ...) si es de "
                      "fuera de los Estados Unidos."),
    ("email", None): ("Eso no parece un correo electrónico. Revíselo, por ejemplo: "
                      "nombre@ejemplo.com."),
    ("contact_method", None): ("¿Cómo prefiere que le contactemos: por llamada, por mensaje "
                               "de texto o por correo electrónico?"),
    ("contact_method", "unavailable"): ("No tengo sus datos para eso. ¿Cómo prefiere que le "
                                        "contactemos?"),
    ("best_time", "too_long"): ("Es un poco largo. En pocas palabras, ¿a qué hora es mejor "
                                "comunicarse con usted?"),
    ("best_time", None): ("¿A qué hora es mejor comunicarse con usted: por la mañana, por la "
                          "tarde o por la noche?"),
    ("intake_condition", None): "¿Cuál de estas opciones se parece más a lo que necesita?",
    ("description", "too_long"): (f"Es más de lo que puedo recibir en una respuesta (el "
                                  f"límite es de {MAX_DESCRIPTION_CHARS} letras y signos). "
                                  f"¿Puede escribirlo más corto? El personal le preguntará "
                                  f"los detalles cuando le llame."),
    ("description", None): "En una o dos oraciones, ¿qué quiere que sepa la clínica?",
    ("insurance", "too_long"): ("Es más largo de lo que puedo guardar. Basta con el nombre "
                                "de su plan de seguro."),
    ("insurance", None): ("¿Qué seguro médico tiene? También puede decir \"ninguno\" o "
                          "\"saltar\"."),
}
_INVALID_ANY = {EN: "Sorry, I couldn't use that answer. Could you try again?",
                ES: "Perdone, no pude usar esa respuesta. ¿Puede intentarlo otra vez?"}


def invalid_message(field: str, problem: Optional[str], language: str = EN) -> str:
    messages = pick({EN: INVALID, ES: INVALID_ES}, language)
    return messages.get((field, problem)) or messages.get((field, None)) or \
        pick(_INVALID_ANY, language)


def trouble_message(field: str, clinic: Clinic, skippable: bool, language: str = EN) -> str:
    """After repeated answers we can't read: explain, and offer a way on."""
    if supported(language) == ES:
        label = FIELD_LABELS_ES.get(field, field).lower()
        text = (f"Lo siento, todavía no puedo usar esa respuesta para este dato ({label}). "
                f"{invalid_message(field, None, ES)}")
        if skippable:
            return text + (" Si prefiere, puede saltar esta pregunta y el personal se la "
                           "hará cuando le llame.")
        return text + " " + _reach_us_instead(clinic, ALSO, ES)
    label = FIELD_LABELS.get(field, field).lower()
    text = f"I'm sorry, I still can't use that as your {label}. {invalid_message(field, None)}"
    if skippable:
        text += (" If you'd rather, skip this question and our staff will ask you "
                 "when they call.")
    else:
        text += " " + _reach_us_instead(clinic)
    return text


_TROUBLE_BUTTONS = {EN: ("Skip this question", "Stop"), ES: ("Saltar esta pregunta", "Parar")}


def trouble_buttons(skippable: bool, language: str = EN) -> List[Dict[str, str]]:
    skip, stop = pick(_TROUBLE_BUTTONS, language)
    buttons = [{"title": skip, "payload": skip}] if skippable else []
    return buttons + [{"title": stop, "payload": stop}]


# How a "reach us" sentence starts: "You can also call ...", "If you'd like to
# talk with someone, you can call ...", "You can call ...", "Please call ...".
ALSO, CAN_LOWER, CAN, PLEASE = "also", "can_lower", "can", "please"
_LEADS = {
    EN: {ALSO: "You can also", CAN_LOWER: "you can", CAN: "You can", PLEASE: "Please"},
    ES: {ALSO: "También puede", CAN_LOWER: "puede", CAN: "Puede", PLEASE: "Por favor,"},
}


def _reach_us_instead(clinic: Clinic, lead: str = ALSO, language: str = EN) -> str:
    """How to reach a person, never an invented number: "{lead} call ... at ..."."""
    start = pick(_LEADS, language)[lead]
    if supported(language) == ES:
        if clinic.phone:
            return f"{start} llamar a {clinic.name} al {clinic.phone}."
        if clinic.website:
            return f"{start} comunicarse con la recepción en {clinic.website}."
        return f"{start} usar los datos de contacto del sitio web de la clínica."
    if clinic.phone:
        return f"{start} call {clinic.name} at {clinic.phone}."
    if clinic.website:
        return f"{start} contact the front desk through {clinic.website}."
    return f"{start} use the contact details on the clinic's website."


def no_consent_message(clinic: Clinic, language: str = EN) -> str:
    if supported(language) == ES:
        return ("Entendido. No he guardado ninguno de sus datos. Si quiere hablar con "
                f"alguien, {_reach_us_instead(clinic, CAN_LOWER, ES)}")
    return ("Understood. I haven't stored any of your details. If you'd like to talk "
            f"with someone, {_reach_us_instead(clinic, CAN_LOWER)}")


def minor_message(clinic: Clinic, language: str = EN) -> str:
    if supported(language) == ES:
        return (
            f"Gracias por decírmelo. {clinic.name} atiende a adultos (de 18 años o más), "
            "así que no puedo tomar sus datos aquí, y no los he guardado. Si busca ayuda "
            "para usted, su madre, su padre o la persona a cargo de usted puede "
            "comunicarse con la clínica junto con usted para hablar de las opciones. "
            f"{_reach_us_instead(clinic, ALSO, ES)}"
        )
    return (
        f"Thank you for telling me. {clinic.name} treats adults (18 and over), so I "
        "can't take your details here, and I haven't stored them. If you're looking "
        "for help for yourself, a parent or guardian can contact the clinic with you "
        f"to talk about options. {_reach_us_instead(clinic)}"
    )


# Emergency numbers closing the messages after the form. In Spanish, 988 answers
# in Spanish when the caller presses 2, and "AYUDA" texted to 988 reaches a
# Spanish-speaking counselor (988 Lifeline).
_EMERGENCY = {
    EN: "If anything becomes an emergency, call 911; for a mental-health crisis, call or text 988.",
    ES: ("Si algo se vuelve una emergencia, llame al 911. Si tiene una crisis de salud "
         "mental, llame al 988 y marque 2, o envíe AYUDA por texto al 988."),
}
_WHEN = {
    EN: {"morning": " in the morning", "afternoon": " in the afternoon", "evening": " in the evening"},
    ES: {"morning": " por la mañana", "afternoon": " por la tarde", "evening": " por la noche"},
}
_BY_METHOD_ES = {"phone": "por teléfono", "text": "por mensaje de texto",
                 "email": "por correo electrónico"}


def saved_message(state: Mapping[str, Any], clinic: Clinic, urgent: bool,
                  language: str = EN) -> str:
    method_key = str(state.get("contact_method") or "")
    when_text = pick(_WHEN, language).get(str(state.get("best_time") or ""), "")
    if supported(language) == ES:
        method = _BY_METHOD_ES.get(method_key, "")
        text = f"Gracias. Envié sus datos al personal de {clinic.name}"
        text += f", que se comunicará con usted {method}{when_text}." if method else "."
        if urgent:
            text += (" Por sus respuestas, es mejor que hable pronto con alguien. "
                     + _reach_us_instead(clinic, CAN, ES))
        return f"{text} {_EMERGENCY[ES]}"
    method = CONTACT_LABELS.get(method_key, "").lower()
    lead = f"Thank you. I've sent your details to {clinic.name}'s staff"
    how = f", who will contact you by {method}{when_text}." if method else "."
    text = lead + how
    if urgent:
        text += (" Your answers suggest you should talk with someone soon. "
                 + _reach_us_instead(clinic, CAN))
    return f"{text} {_EMERGENCY[EN]}"


def save_failed_message(clinic: Clinic, language: str = EN) -> str:
    if supported(language) == ES:
        return ("Lo siento, algo salió mal y no pude enviar sus datos en este momento. "
                f"{_reach_us_instead(clinic, PLEASE, ES)} {_EMERGENCY[ES]}")
    return ("I'm sorry, something went wrong and I couldn't send your details just now. "
            f"{_reach_us_instead(clinic, PLEASE)} "
            "If this is an emergency, call 911; for a mental-health crisis, call or text 988.")


def fallback_clinic(language: str = EN) -> Clinic:
    """Who to name when clinic.yml cannot be read."""
    return Clinic(name="la clínica" if supported(language) == ES else "the clinic", city="")


def at_risk(intents_seen: Sequence[str], urgency: Optional[str]) -> bool:
    """Did anything in the conversation suggest the visitor may be at risk?"""
    return bool(set(crisis_categories.CRISIS_INTENTS).intersection(intents_seen)) or urgency == triage.Urgency.URGENT.label
