"""The intake form's details, declared once: one `IntakeField` per question, in
the order the form asks.

Everything that names an intake detail reads it from here: the form's order
(bot.intake.flow), the chat summary and its change buttons, the words a visitor
uses to ask for a correction (bot.intake.parsing), the action that turns slots
into a lead (actions/intake.py), the CSV export (bot.staff.export) and the
dashboard's lead page (bot.web.staff.leads). tests/unit/test_intake_catalogue.py
checks `domain.yml` (slots, the form's order, the questions asked) and the
database (the leads table, in the models and after the migrations) against it.

Every detail may be skipped ("skip"), except that a lead needs one way to reach
the visitor: a `contact` detail may be skipped only while another was given.

Pure: no I/O, nothing of the chat or the web app.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Callable, Dict, Mapping, Optional, Tuple

import phonenumbers

from bot.clinic.language import EN, ES, supported
from bot.triage import rules as triage

NOT_GIVEN = "not given"  # what a skipped field is stored as in a slot

CONTACT_LABELS = {"phone": "Phone call", "text": "Text message", "email": "Email"}
BEST_TIME_LABELS = {"morning": "Morning", "afternoon": "Afternoon", "evening": "Evening",
                    "any time": "Any time"}
CONTACT_LABELS_ES = {"phone": "Llamada telefónica", "text": "Mensaje de texto",
                     "email": "Correo electrónico"}
BEST_TIME_LABELS_ES = {"morning": "Por la mañana", "afternoon": "Por la tarde",
                       "evening": "Por la noche", "any time": "A cualquier hora"}
SUMMARY_DESCRIPTION_CHARS = 160
MONTHS_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre")


def _verbatim(text: str) -> str:
    return text


def _phone_for_display(e164: str) -> str:
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def _date_for_display(iso: str) -> str:
    try:
        value = date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{value:%B} {value.day}, {value.year}"


def _date_for_display_es(iso: str) -> str:
    try:
        value = date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{value.day} de {MONTHS_ES[value.month - 1]} de {value.year}"


def _insurance_for_display(text: str) -> str:
    return "None (self-pay)" if text == "none" else text


def _insurance_for_display_es(text: str) -> str:
    return "Ninguno (paga por su cuenta)" if text == "none" else text


@dataclass(frozen=True)
class IntakeField:
    slot: str  # the domain.yml slot, asked by intake_form (utter_/action_ask_<slot>)
    label: str  # what the visitor reads in the summary and its change buttons
    label_es: str  # the same, for a Spanish-speaking visitor
    column: str  # the leads table column it is stored in (bot.core.models.Lead)
    csv_title: str  # its column title in the CSV export
    names: Tuple[str, ...]  # what a visitor calls it when asking to change it
    show: Callable[[str], str] = _verbatim  # a stored value as people read it
    show_es: Optional[Callable[[str], str]] = None  # the same in Spanish (None: as `show`)
    to_column: Callable[[str], Any] = _verbatim  # the slot's text as the column's value
    staff_label: str = ""  # on the lead page, when staff read it differently than label
    contact: bool = False  # a way to reach the visitor: one of these must be given
    # Typed freely: a question typed here is answered before the text is tried
    # as an answer (structured answers are parsed first: a phone number is never
    # mistaken for a question).
    free_text: bool = False
    # Runs to several lines: shortened in the chat summary; shown whole, after
    # the short details, in the CSV export and on the lead page.
    long_text: bool = False

    @property
    def label_for_staff(self) -> str:
        return self.staff_label or self.label

    def label_for(self, language: str = EN) -> str:
        """The label the visitor reads, in the conversation's language."""
        return self.label_es if supported(language) == ES else self.label

    def display(self, value: Any, *, whole: bool = False, language: str = EN) -> str:
        """A stored value as people read it ("-" when empty, "(skipped)" when
        skipped); long text is shortened unless `whole`."""
        spanish = supported(language) == ES
        if value in (None, ""):
            return "-"
        if value == NOT_GIVEN:
            return "(omitido)" if spanish else "(skipped)"
        show = self.show_es if spanish and self.show_es else self.show
        text = show(str(value))
        if self.long_text and not whole and len(text) > SUMMARY_DESCRIPTION_CHARS:
            return text[:SUMMARY_DESCRIPTION_CHARS].rstrip() + "…"
        return text


INTAKE_FIELDS: Tuple[IntakeField, ...] = (
    IntakeField(
        slot="full_name", label="Name", label_es="Nombre", column="full_name",
        csv_title="Full name",
        names=("name", "first name", "last name", "surname", "full name",
               "spelling of my name", "nombre", "nombre completo", "apellido", "apellidos"),
        free_text=True),
    IntakeField(
        slot="date_of_birth", label="Date of birth", label_es="Fecha de nacimiento",
        column="date_of_birth", csv_title="Date of birth",
        names=("date of birth", "birth date", "birthdate", "birthday", "dob", "d o b", "age",
               "born", "birth", "date", "bday", "b day", "fecha de nacimiento", "fecha",
               "nacimiento", "cumpleaños", "cumpleanos", "edad"),
        show=_date_for_display, show_es=_date_for_display_es, to_column=date.fromisoformat),
    IntakeField(
        slot="phone", label="Phone", label_es="Teléfono", column="phone", csv_title="Phone",
        names=("phone", "phone number", "number", "cell", "mobile", "telephone",
               "cellphone", "cell phone", "tel", "teléfono", "telefono", "numero", "número",
               "celular", "numero de telefono", "número de teléfono"),
        show=_phone_for_display, contact=True),
    IntakeField(
        slot="email", label="Email", label_es="Correo electrónico", column="email",
        csv_title="Email",
        names=("email", "e mail", "email address", "mail address", "correo",
               "correo electrónico", "correo electronico"),
        contact=True),
    IntakeField(
        slot="contact_method", label="Preferred contact", label_es="Forma de contacto",
        column="contact_method", csv_title="Contact method",
        names=("contact method", "method of contact", "how to contact", "how you contact",
               "how to reach", "contact preference", "preferred contact", "call or text",
               "text or call", "way to contact", "how you reach", "forma de contacto",
               "como contactarme", "cómo contactarme", "contacto"),
        show=lambda text: CONTACT_LABELS.get(text, text),
        show_es=lambda text: CONTACT_LABELS_ES.get(text, text)),
    IntakeField(
        slot="best_time", label="Best time", label_es="Mejor hora", column="best_time",
        csv_title="Best time to contact", staff_label="Best time to call",
        names=("best time", "time", "when to call", "time to call", "when to reach",
               "when to contact", "time to reach", "call time", "mejor hora", "hora",
               "horario", "hora para llamar"),
        show=lambda text: BEST_TIME_LABELS.get(text, text),
        show_es=lambda text: BEST_TIME_LABELS_ES.get(text, text), free_text=True),
    IntakeField(
        slot="intake_condition", label="Condition", label_es="Condición", column="condition",
        csv_title="Condition",
        names=("condition", "diagnosis", "reason for", "what i need help with", "condición",
               "condicion", "diagnóstico", "diagnostico", "motivo"),
        show=lambda text: triage.CONDITION_LABELS.get(text, text),
        show_es=lambda text: triage.condition_label(text, ES)),
    IntakeField(
        slot="description", label="In your words", label_es="En sus palabras",
        column="description", csv_title="Description", staff_label="What they wrote",
        names=("description", "details", "my words", "your words", "in your words",
               "what i wrote", "symptoms", "what i said", "my story", "descripción",
               "descripcion", "mis palabras", "sus palabras", "en sus palabras",
               "lo que escribí", "lo que escribi", "síntomas", "sintomas"),
        free_text=True, long_text=True),
    IntakeField(
        slot="insurance", label="Insurance", label_es="Seguro médico", column="insurance",
        csv_title="Insurance",
        names=("insurance", "insurer", "plan", "coverage", "insurance provider", "seguro",
               "seguro médico", "seguro medico", "aseguranza", "aseguradora"),
        show=_insurance_for_display, show_es=_insurance_for_display_es, free_text=True),
)

BY_SLOT: Dict[str, IntakeField] = {field.slot: field for field in INTAKE_FIELDS}
BY_COLUMN: Dict[str, IntakeField] = {field.column: field for field in INTAKE_FIELDS}
FIELDS: Tuple[str, ...] = tuple(BY_SLOT)  # the slots, in the order the form asks
FIELD_LABELS: Dict[str, str] = {field.slot: field.label for field in INTAKE_FIELDS}
FIELD_LABELS_ES: Dict[str, str] = {field.slot: field.label_es for field in INTAKE_FIELDS}
CONTACT_SLOTS: Tuple[str, ...] = tuple(field.slot for field in INTAKE_FIELDS if field.contact)
# The order staff read them in (CSV columns, lead page rows): short details first.
STAFF_ORDER: Tuple[IntakeField, ...] = tuple(sorted(INTAKE_FIELDS, key=lambda f: f.long_text))


def display_value(slot: str, value: Any, language: str = EN) -> str:
    """A slot's value as the chat summary shows it (see IntakeField.display)."""
    return BY_SLOT[slot].display(value, language=language)


def given(value: Any) -> Optional[str]:
    """A slot value as stored on the lead: None for empty or skipped."""
    if value in (None, "", NOT_GIVEN):
        return None
    return str(value)


def lead_answers(slot_values: Mapping[str, Any]) -> Dict[str, Any]:
    """The intake answers as lead column values, {column: value} (None: not given)."""
    answers: Dict[str, Any] = {}
    for field in INTAKE_FIELDS:
        text = given(slot_values.get(field.slot))
        answers[field.column] = None if text is None else field.to_column(text)
    return answers
