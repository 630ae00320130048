"""The "is ketamine right for me?" form: validation and the closing summary.

The questions and rules live in bot.triage.rules; parsing of free-text answers in
bot.triage.parsing. These classes only move values between the tracker and them.
"""

from __future__ import annotations

from typing import Any, Callable, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.forms import ClinicFormValidationAction
from actions.language import conversation_language
from bot.triage import rules as triage
from bot.crisis import categories
from bot.triage.parsing import (
    parse_condition, parse_count, parse_duration, parse_pregnancy, parse_risk_screen,
    parse_yes_no,
)

# After this many answers in a row that we cannot read, the question is recorded
# as "unsure" (for the physician to ask) instead of being asked forever.
MAX_UNREADABLE_ANSWERS = 2
UNREADABLE_SLOT = "unreadable_answers"
# Set when the PHQ-9 item-9 answer is positive; crisis rules then ask directly.
RISK_SCREEN_SLOT = "risk_screen_positive"

PARSERS: Dict[str, Callable[[str], Any]] = {
    "symptom_duration": parse_duration,
    "antidepressants_tried": parse_count,
    "pregnancy_status": parse_pregnancy,
    triage.RISK_SCREEN: parse_risk_screen,
    **{slot: parse_yes_no for slot in (
        "prior_iv_ketamine", "prior_sgb", "current_opioid_use",
        "spravato_contraindications", "high_blood_pressure", "psychosis_history",
        "substance_use", "can_stay_and_ride",
    )},
}
# An answer to the risk screen we cannot read twice is "unsure", which counts as
# positive: asking directly is safe, and it is better than guessing "no".
UNREADABLE_FALLBACK = {"symptom_duration": "unknown", "antidepressants_tried": "unknown",
                       "pregnancy_status": "unsure", triage.RISK_SCREEN: "unsure"}


def _latest_entity(tracker: Tracker, entity: str) -> Optional[str]:
    values = [e.get("value") for e in tracker.latest_message.get("entities", [])
              if e.get("entity") == entity]
    return values[0] if values else None


class ValidateTriageForm(ClinicFormValidationAction):
    failure_slot = UNREADABLE_SLOT
    max_failures = MAX_UNREADABLE_ANSWERS

    def name(self) -> Text:
        return "validate_triage_form"

    async def required_slots(
        self, domain_slots: List[Text], dispatcher: CollectingDispatcher,
        tracker: Tracker, domain: DomainDict,
    ) -> List[Text]:
        return triage.required_questions(
            tracker.get_slot("triage_condition"),
            interested_in_spravato=tracker.get_slot("treatment") == "Spravato",
            risk_screen=tracker.get_slot(triage.RISK_SCREEN),
        )

    async def extract_triage_condition(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict,
    ) -> Dict[Text, Any]:
        """Pre-fill from a condition the visitor already named in the conversation."""
        if tracker.get_slot("triage_condition") or tracker.get_slot("requested_slot"):
            return {}
        known = triage.ENTITY_TO_CONDITION.get(tracker.get_slot("condition") or "")
        return {"triage_condition": known} if known else {}

    def validate_triage_condition(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
        domain: DomainDict,
    ) -> Dict[Text, Any]:
        condition = parse_condition(str(value or ""), _latest_entity(tracker, "condition"))
        return self._accept_or_ask_again("triage_condition", condition, triage.OTHER,
                                         dispatcher, tracker)

    def _validate_answer(self, slot: str, value: Any, dispatcher: CollectingDispatcher,
                         tracker: Tracker) -> Dict[Text, Any]:
        parsed = PARSERS[slot](str(value or ""))
        result = self._accept_or_ask_again(
            slot, None if parsed is None else str(parsed),
            UNREADABLE_FALLBACK.get(slot, "unsure"), dispatcher, tracker,
        )
        if slot == triage.RISK_SCREEN and triage.screens_positive(result.get(slot)):
            # The form ends here; the crisis rules ask directly, and a yes is
            # paged as a confirmed risk (actions.escalation.category_of).
            result[RISK_SCREEN_SLOT] = True
            result["crisis_category"] = categories.POSSIBLE_RISK.key
        return result

    def _accept_or_ask_again(self, slot: str, parsed: Optional[str], fallback: str,
                             dispatcher: CollectingDispatcher,
                             tracker: Tracker) -> Dict[Text, Any]:
        """A readable answer is kept; an unreadable one is asked again once, then
        recorded as `fallback` so the physician asks instead (never an endless loop)."""
        if parsed is not None:
            return self.accepted(slot, parsed)
        # A question the NLU was unsure of ("can i drive home after?") is answered,
        # and the form asks its question again; it does not count as unreadable.
        if self.answered_question(dispatcher, tracker):
            return {slot: None}

        def ask_again():
            dispatcher.utter_message(response="utter_triage_unreadable")
            return {}

        def give_up():
            dispatcher.utter_message(response="utter_triage_noted_unsure")
            return {slot: fallback}
        return self.unusable(slot, tracker, ask_again=ask_again, give_up=give_up)

    # One validator per question, each reading its answer with PARSERS[slot].
    def validate_symptom_duration(self, value, dispatcher, tracker, domain):
        return self._validate_answer("symptom_duration", value, dispatcher, tracker)

    def validate_prior_iv_ketamine(self, value, dispatcher, tracker, domain):
        return self._validate_answer("prior_iv_ketamine", value, dispatcher, tracker)

    def validate_antidepressants_tried(self, value, dispatcher, tracker, domain):
        return self._validate_answer("antidepressants_tried", value, dispatcher, tracker)

    def validate_prior_sgb(self, value, dispatcher, tracker, domain):
        return self._validate_answer("prior_sgb", value, dispatcher, tracker)

    def validate_self_harm_thoughts(self, value, dispatcher, tracker, domain):
        return self._validate_answer("self_harm_thoughts", value, dispatcher, tracker)

    def validate_current_opioid_use(self, value, dispatcher, tracker, domain):
        return self._validate_answer("current_opioid_use", value, dispatcher, tracker)

    def validate_pregnancy_status(self, value, dispatcher, tracker, domain):
        return self._validate_answer("pregnancy_status", value, dispatcher, tracker)

    def validate_spravato_contraindications(self, value, dispatcher, tracker, domain):
        return self._validate_answer("spravato_contraindications", value, dispatcher, tracker)

    def validate_high_blood_pressure(self, value, dispatcher, tracker, domain):
        return self._validate_answer("high_blood_pressure", value, dispatcher, tracker)

    def validate_psychosis_history(self, value, dispatcher, tracker, domain):
        return self._validate_answer("psychosis_history", value, dispatcher, tracker)

    def validate_substance_use(self, value, dispatcher, tracker, domain):
        return self._validate_answer("substance_use", value, dispatcher, tracker)

    def validate_can_stay_and_ride(self, value, dispatcher, tracker, domain):
        return self._validate_answer("can_stay_and_ride", value, dispatcher, tracker)


def answers_from_slots(get: Callable[[str], Any]) -> triage.Answers:
    """Build the pure Answers from slot values (strings as the form stored them)."""
    def text(slot: str) -> Optional[str]:
        value = get(slot)
        return None if value in (None, "unknown") else str(value)

    count = get("antidepressants_tried")
    return triage.Answers(
        condition=get("triage_condition") or triage.OTHER,
        symptom_duration=text("symptom_duration"),
        prior_iv_ketamine=text("prior_iv_ketamine"),
        antidepressants_tried=int(count) if str(count).isdigit() else None,
        prior_sgb=text("prior_sgb"),
        current_opioid_use=text("current_opioid_use"),
        pregnancy_status=text("pregnancy_status"),
        self_harm_thoughts=text(triage.RISK_SCREEN),
        spravato_contraindications=text("spravato_contraindications"),
        high_blood_pressure=text("high_blood_pressure"),
        psychosis_history=text("psychosis_history"),
        substance_use=text("substance_use"),
        can_stay_and_ride=text("can_stay_and_ride"),
        interested_in_spravato=get("treatment") == "Spravato",
    )


class ActionTriageSummary(Action):
    """Assess the answers, show the plain-language summary, keep it for intake."""

    def name(self) -> Text:
        return "action_triage_summary"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        answers = answers_from_slots(tracker.get_slot)
        result = triage.assess(answers)
        dispatcher.utter_message(
            text=triage.summary_text(answers, result, conversation_language(tracker)))
        return [
            SlotSet("urgency", result.urgency.label),
            SlotSet("triage_pathway", result.pathway),
            SlotSet("triage_flags", result.flags),
            SlotSet("triage_summary", triage.staff_summary(answers, result)),
            # The screen's answer has been routed (the direct question was answered).
            SlotSet(RISK_SCREEN_SLOT, None),
        ]
