"""Which answer each question intent gets: the single table behind the FAQ rules.

`tools/gen_faq_rules.py` writes data/faq_rules.yml from it (a test keeps them in
agreement), so that every question is answered the same way outside a form and
in the middle of one, after which the form resumes.
"""

from __future__ import annotations

from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple, Union

from bot.intake.flow import looks_like_question

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
    "ask_medical_advice": "action_answer_medical_advice",
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

# The NLU's best reading of a message FallbackClassifier was unsure about is
# taken as the question asked when it is a question intent at least this
# confident ("can i drive home after a treatment?" read as ask_driving 0.52 next
# to ask_take_home 0.45). Inside a form the text must also read as a question,
# because there it may just as well be the answer to the form's question.
UNSURE_QUESTION_FLOOR = 0.4
# Below that floor, question readings at least this confident are offered as
# buttons ("Did you mean...?"), at most this many, best first.
SUGGESTION_FLOOR = 0.1
MAX_SUGGESTIONS = 3


def _readings(ranking: Sequence[Mapping[str, Any]]) -> List[Tuple[str, float]]:
    return [(str(entry.get("name")), float(entry.get("confidence") or 0.0))
            for entry in ranking if entry.get("name") != "nlu_fallback"]


def question_asked(intent: Optional[str], ranking: Sequence[Mapping[str, Any]],
                   text: str, *, in_form: bool = True) -> Optional[str]:
    """The question intent a message asks, or None: its intent when that is a
    question, else (when the NLU fell back) its best reading if that is a
    question and confident enough, and, inside a form, the text reads as one."""
    if intent in FAQ_ANSWERS:
        return intent
    if intent != "nlu_fallback" or (in_form and not looks_like_question(text)):
        return None
    readings = _readings(ranking)
    if readings and readings[0][0] in FAQ_ANSWERS and readings[0][1] >= UNSURE_QUESTION_FLOOR:
        return readings[0][0]
    return None


def likely_questions(ranking: Sequence[Mapping[str, Any]]) -> List[str]:
    """The question intents worth offering for a message the NLU fell back on
    and no reading was sure enough to answer: best first."""
    return [name for name, confidence in _readings(ranking)
            if name in FAQ_ANSWERS and confidence >= SUGGESTION_FLOOR][:MAX_SUGGESTIONS]


# Run after every answer: answers the other questions of the same message
# (bot.faq.next_question).
NEXT_QUESTION_ACTION = "action_answer_next_question"

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
        steps = [f"      - action: {answer}" for answer in answers + (NEXT_QUESTION_ACTION,)]
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
