"""Which answer each question intent gets: the single table behind the FAQ rules.

`tools/gen_faq_rules.py` writes data/faq_rules.yml from it (a test keeps them in
agreement), so that every question is answered the same way outside a form and
in the middle of one, after which the form resumes.
"""

from __future__ import annotations

from typing import Dict, Tuple, Union

# intent -> its answer: one response or action, or several short ones in order
# (a long answer is split into bubbles of at most about 60 words).
_DECLARED: Dict[str, Union[str, Tuple[str, ...]]] = {
    "ask_nasal_ketamine": "utter_clinical_nasal_ketamine",
    "ask_prescription": "utter_clinical_prescription",
    "ask_pharmacy": "utter_clinical_pharmacy",
    "ask_fda_approval": "utter_clinical_fda_status",
    "ask_take_home": ("utter_clinical_take_home", "utter_clinical_take_home_more"),
    "ask_iv_infusion": "utter_clinical_iv_infusion",
    "ask_how_fast": "utter_clinical_onset",
    "ask_addictive": "utter_clinical_abuse_potential",
    "ask_spravato": ("utter_clinical_spravato", "utter_clinical_spravato_more"),
    "ask_office_time": "utter_clinical_spravato_visit",
    "ask_driving": "utter_clinical_driving",
    "ask_eat_before": "utter_clinical_food_before",
    "ask_side_effects": "action_answer_side_effects",
    "ask_condition": "action_answer_condition",
    "ask_new_patient": "utter_new_patient",
    "ask_cost": "utter_cost",
    "ask_medical_advice": "utter_medical_advice",
    "bot_challenge": "utter_bot_challenge",
    "ask_location": "action_clinic_info",
    "ask_hours": "action_clinic_info",
    "ask_contact": "action_clinic_info",
    "ask_human": "action_offer_person",
    "ask_sessions": "utter_clinical_sessions",
    "ask_duration": "utter_clinical_duration",
    "ask_compare": ("utter_clinical_compare", "utter_clinical_compare_more"),
    "ask_prepare": "utter_clinical_prepare",
    "ask_interactions": "utter_clinical_interactions",
    "ask_pregnancy": "utter_clinical_pregnancy",
    "ask_bipolar_psychosis": "utter_clinical_bipolar_psychosis",
    "ask_age": "utter_clinical_age",
    "ask_sgb": ("utter_clinical_sgb", "utter_condition_ptsd_evidence"),
}
FAQ_ANSWERS: Dict[str, Tuple[str, ...]] = {
    intent: (answer,) if isinstance(answer, str) else answer for intent, answer in _DECLARED.items()}

# Forms a question may interrupt; each resumes after the answer.
FORMS: Tuple[str, ...] = ("triage_form",)


def render_rules_yaml() -> str:
    lines = [
        "# GENERATED from bot/faq/rules.py by tools/gen_faq_rules.py; edit the table, not this file.",
        'version: "3.1"',
        "",
        "rules:",
    ]
    for intent, answers in FAQ_ANSWERS.items():
        steps = [f"      - action: {answer}" for answer in answers]
        lines += [
            f"  - rule: Answer {intent}",
            "    steps:",
            f"      - intent: {intent}",
            *steps,
        ]
        for form in FORMS:
            lines += [
                f"  - rule: Answer {intent} during {form}, then resume it",
                "    condition:",
                f"      - active_loop: {form}",
                "    steps:",
                f"      - intent: {intent}",
                *steps,
                f"      - action: {form}",
                f"      - active_loop: {form}",
            ]
    return "\n".join(lines) + "\n"
