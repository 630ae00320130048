"""Which answer each question intent gets: the single table behind the FAQ rules.

`tools/gen_faq_rules.py` writes data/faq_rules.yml from it (a test keeps them in
agreement), so that every question is answered the same way outside a form and
in the middle of one, after which the form resumes.
"""

from __future__ import annotations

from typing import Dict, Tuple

FAQ_ANSWERS: Dict[str, str] = {
    "ask_nasal_ketamine": "utter_clinical_nasal_ketamine",
    "ask_prescription": "utter_clinical_prescription",
    "ask_pharmacy": "utter_clinical_pharmacy",
    "ask_fda_approval": "utter_clinical_fda_status",
    "ask_take_home": "utter_clinical_take_home",
    "ask_iv_infusion": "utter_clinical_iv_infusion",
    "ask_how_fast": "utter_clinical_onset",
    "ask_addictive": "utter_clinical_abuse_potential",
    "ask_spravato": "utter_clinical_spravato",
    "ask_office_time": "utter_clinical_spravato_visit",
    "ask_driving": "utter_clinical_driving",
    "ask_schedule": "utter_clinical_spravato_schedule",
    "ask_eat_before": "utter_clinical_food_before",
    "ask_side_effects": "utter_clinical_side_effects",
    "ask_condition": "utter_clinical_condition",
    "ask_new_patient": "utter_new_patient",
    "ask_cost": "utter_cost",
    "ask_medical_advice": "utter_medical_advice",
    "bot_challenge": "utter_bot_challenge",
    "ask_location": "action_clinic_info",
    "ask_hours": "action_clinic_info",
    "ask_contact": "action_clinic_info",
}

# Forms a question may interrupt; each resumes after the answer.
FORMS: Tuple[str, ...] = ("triage_form",)


def render_rules_yaml() -> str:
    lines = [
        "# GENERATED from bot/faq/rules.py by tools/gen_faq_rules.py; edit the table, not this file.",
        'version: "3.1"',
        "",
        "rules:",
    ]
    for intent, answer in FAQ_ANSWERS.items():
        lines += [
            f"  - rule: Answer {intent}",
            "    steps:",
            f"      - intent: {intent}",
            f"      - action: {answer}",
        ]
        for form in FORMS:
            lines += [
                f"  - rule: Answer {intent} during {form}, then resume it",
                "    condition:",
                f"      - active_loop: {form}",
                "    steps:",
                f"      - intent: {intent}",
                f"      - action: {answer}",
                f"      - action: {form}",
                f"      - active_loop: {form}",
            ]
    return "\n".join(lines) + "\n"
