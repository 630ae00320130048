"""Short button titles for each question the assistant answers (English and
Spanish), used when the NLU was unsure what a visitor asked and the assistant
offers its likely readings ("Did you mean...?", Rasa's two-stage fallback idea)."""

from __future__ import annotations

from typing import Dict, Tuple

# question intent -> (English title, Spanish title); at most about 40 characters.
TITLES: Dict[str, Tuple[str, str]] = {
    "ask_nasal_ketamine": ("What nasal ketamine is", "Qué es la ketamina nasal"),
    "ask_prescription": ("Whether I need a prescription", "Si necesito una receta"),
    "ask_pharmacy": ("Which pharmacy fills it", "Qué farmacia la prepara"),
    "ask_fda_approval": ("Whether it is FDA-approved", "Si la FDA la aprobó"),
    "ask_take_home": ("Taking doses at home", "Usarla en casa"),
    "ask_iv_infusion": ("IV ketamine infusions", "Infusiones de ketamina por vena"),
    "ask_how_fast": ("How fast it works", "Qué tan rápido funciona"),
    "ask_addictive": ("Whether it is addictive", "Si causa adicción"),
    "ask_spravato": ("What Spravato is", "Qué es Spravato"),
    "ask_office_time": ("How long a visit takes", "Cuánto dura la visita"),
    "ask_driving": ("Driving after a dose", "Manejar después de una dosis"),
    "ask_eat_before": ("Eating before a dose", "Comer antes de una dosis"),
    "ask_side_effects": ("Side effects", "Efectos secundarios"),
    "ask_condition": ("Conditions the clinic treats", "Qué condiciones tratan"),
    "ask_new_patient": ("Becoming a patient", "Cómo hacerme paciente"),
    "ask_cost": ("Cost and insurance", "Costo y seguro médico"),
    "ask_medical_advice": ("Advice about my own treatment", "Consejo sobre mi tratamiento"),
    "bot_challenge": ("Whether I'm talking to a bot", "Si hablo con un robot"),
    "ask_location": ("Where the clinic is", "Dónde queda la clínica"),
    "ask_hours": ("Opening hours", "Horario"),
    "ask_contact": ("Contacting the clinic", "Cómo comunicarme con la clínica"),
    "ask_human": ("Talking to a person", "Hablar con una persona"),
    "ask_sessions": ("How many sessions", "Cuántas sesiones"),
    "ask_duration": ("How long the effect lasts", "Cuánto dura el efecto"),
    "ask_compare": ("How it compares with other treatments", "Comparado con otros tratamientos"),
    "ask_prepare": ("Preparing for a visit", "Cómo prepararme"),
    "ask_interactions": ("Other medicines I take", "Mis otras medicinas"),
    "ask_pregnancy": ("Pregnancy and breastfeeding", "Embarazo y lactancia"),
    "ask_bipolar_psychosis": ("Bipolar disorder or psychosis", "Trastorno bipolar o psicosis"),
    "ask_age": ("Age limits", "Límites de edad"),
    "ask_sgb": ("Stellate ganglion block (SGB)", "Bloqueo del ganglio estrellado"),
}


def title(intent: str, language: str) -> str:
    english, spanish = TITLES[intent]
    return spanish if language == "es" else english
