"""The intake form: consent, validated contact details, a summary to correct, and
one lead per conversation.

Parsing lives in bot.intake.parsing, the flow and every message in bot.intake.flow,
storage in bot.intake.store. These classes move values between the tracker and them.
Values are personal health information: nothing here logs them.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import date, datetime, timezone
from typing import Any, Callable, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy.exc import SQLAlchemyError

from actions import settings
from actions.clinic_info import clinic_or_apology
from actions.database import sessions
from actions.forms import ClinicFormValidationAction
from actions.language import conversation_language
from bot.clinic.language import ES, supported
from bot.intake import fields
from bot.intake import flow as intake
from bot.intake import parsing
from bot.intake.store import LeadFields, save_lead
from bot.triage import rules as triage
from bot.triage.parsing import parse_condition

logger = logging.getLogger(__name__)

INTAKE_SLOTS = intake.QUESTIONS + (
    intake.OUTCOME, intake.INVALID_COUNT, intake.PENDING_CHANGE, "intake_consent_at",
    "intake_privacy_sha",
)

# Free-text answers could be anything, so a recognised question is answered
# before the text is tried as an answer (IntakeField.free_text).
QUESTION_FIRST = {field.slot for field in fields.INTAKE_FIELDS if field.free_text}
# A description is the visitor's own words: only a short question is taken as one.
SHORT_QUESTION_CHARS = 80

Parser = Callable[[str], parsing.Parsed]


def _parse_dob(text: str) -> parsing.Parsed:
    return parsing.parse_date_of_birth(text, today=date.today())


def _parse_condition(text: str) -> parsing.Parsed:
    condition = parse_condition(text)
    return parsing.Parsed(condition) if condition else parsing.Parsed(None, "unreadable")


PARSERS: Dict[str, Parser] = {
    "full_name": parsing.parse_full_name,
    "date_of_birth": _parse_dob,
    "phone": parsing.parse_phone,
    "email": parsing.parse_email,
    "contact_method": parsing.parse_contact_method,
    "best_time": parsing.parse_best_time,
    "intake_condition": _parse_condition,
    "description": parsing.parse_description,
    "insurance": parsing.parse_insurance,
}


def _state(tracker: Tracker) -> Dict[str, Any]:
    return {slot: tracker.get_slot(slot) for slot in INTAKE_SLOTS}


def _intent(tracker: Tracker) -> Optional[str]:
    return (tracker.latest_message.get("intent") or {}).get("name")


def privacy_url(language: str) -> str:
    """The privacy page in the conversation's language (?lang=es shows the
    clinic's Spanish notice and the page in Spanish)."""
    query = "?lang=es" if supported(language) == ES else ""
    return f"{settings.settings().link_base}/privacy{query}"


class ValidateIntakeForm(ClinicFormValidationAction):
    failure_slot = intake.INVALID_COUNT
    max_failures = intake.MAX_INVALID_ANSWERS

    def name(self) -> Text:
        return "validate_intake_form"

    def answered_question(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
        """As every form does; and "please call me" is already under way here."""
        if _intent(tracker) == "request_callback":
            dispatcher.utter_message(response="utter_intake_already_arranging")
            return True
        return super().answered_question(dispatcher, tracker)

    async def required_slots(
        self, domain_slots: List[Text], dispatcher: CollectingDispatcher,
        tracker: Tracker, domain: DomainDict,
    ) -> List[Text]:
        return intake.required_questions(_state(tracker))

    async def extract_intake_condition(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict,
    ) -> Dict[Text, Any]:
        """Pre-fill from the triage form, or a condition named earlier in the chat."""
        if tracker.get_slot("intake_condition") or tracker.get_slot("requested_slot"):
            return {}
        known = tracker.get_slot("triage_condition") or \
            triage.ENTITY_TO_CONDITION.get(tracker.get_slot("condition") or "")
        return {"intake_condition": known} if known else {}

    # --- consent -------------------------------------------------------------

    def validate_intake_consent(self, value: Any, dispatcher: CollectingDispatcher,
                                tracker: Tracker, domain: DomainDict) -> Dict[Text, Any]:
        if value is None:  # cleared by action_intake_start: nothing was answered
            return {}
        agreed = parsing.parse_consent(str(value or ""))
        language = conversation_language(tracker)
        if agreed is True:
            # The fingerprint of the notice as shown, in the conversation's
            # language: the lead records which notice (and language) was agreed to.
            clinic = clinic_or_apology(dispatcher) or intake.fallback_clinic(language)
            notice = intake.notice_shown(clinic, language)
            return {intake.CONSENT: "yes", intake.INVALID_COUNT: 0,
                    "intake_consent_at": datetime.now(timezone.utc).isoformat(),
                    "intake_privacy_sha": intake.privacy_notice_sha(notice)}
        if agreed is False:
            return {intake.CONSENT: "no", intake.OUTCOME: intake.NO_CONSENT}
        if intake.wants_to_stop(_intent(tracker), str(value or "")):
            return {intake.CONSENT: None, intake.OUTCOME: intake.STOPPED}
        if self.answered_question(dispatcher, tracker):
            return {intake.CONSENT: None}
        dispatcher.utter_message(text=intake.invalid_message(intake.CONSENT, None, language))
        return {intake.CONSENT: None}

    # --- the details -----------------------------------------------------------

    def _validate_field(self, field: str, value: Any, dispatcher: CollectingDispatcher,
                        tracker: Tracker) -> Dict[Text, Any]:
        if value is None:  # cleared (a correction, or starting again): nothing to check
            return {}
        text = str(value)
        state = _state(tracker)
        intent = _intent(tracker)
        skip = parsing.is_skip(text) or (field == "email" and intake.declines_email(text))
        if not skip and intake.wants_to_stop(intent, text):
            return {field: None, intake.OUTCOME: intake.STOPPED}
        asks_first = (field in QUESTION_FIRST and intake.looks_like_question(text)
                      and len(text) <= SHORT_QUESTION_CHARS)
        if asks_first and self.answered_question(dispatcher, tracker):
            return {field: None}
        parsed = PARSERS[field](text)
        if parsed.ok and not (skip and field != "insurance"):
            return self._accepted(field, parsed.value, state, dispatcher, tracker)
        if skip:
            if intake.can_skip(field, state):
                return self._accepted(field, parsing.NOT_GIVEN, state, dispatcher, tracker)
            dispatcher.utter_message(response="utter_intake_need_contact")
            return {field: None}
        if self.answered_question(dispatcher, tracker):
            return {field: None}
        return self._rejected(field, parsed.problem, state, dispatcher, tracker)

    def _accepted(self, field: str, value: str, state: Dict[str, Any],
                  dispatcher: CollectingDispatcher, tracker: Tracker) -> Dict[Text, Any]:
        result: Dict[Text, Any] = self.accepted(field, value)
        if field == "date_of_birth" and value != parsing.NOT_GIVEN:
            if not parsing.is_adult(date.fromisoformat(value), date.today()):
                # Nothing of a minor's is kept: the form ends (see action_intake_submit).
                return {field: None, "full_name": None, intake.OUTCOME: intake.MINOR,
                        intake.INVALID_COUNT: 0}
        if field in ("phone", "email"):
            after = {**state, field: value}
            methods = intake.contact_methods(after)
            if state.get("contact_method") and state["contact_method"] not in methods:
                result["contact_method"] = None  # asked again with what is possible
            if len(methods) == 1 and methods == ["email"]:
                result["contact_method"] = "email"
        if field == "contact_method" and value not in intake.contact_methods(state):
            dispatcher.utter_message(text=intake.invalid_message(
                field, "unavailable", conversation_language(tracker)))
            return {field: None}
        return result

    def _rejected(self, field: str, problem: Optional[str], state: Dict[str, Any],
                  dispatcher: CollectingDispatcher, tracker: Tracker) -> Dict[Text, Any]:
        language = conversation_language(tracker)

        def ask_again():
            dispatcher.utter_message(text=intake.invalid_message(field, problem, language))
            return {}

        def give_up():  # offer to skip it, or to talk to a person
            clinic = clinic_or_apology(dispatcher) or intake.fallback_clinic(language)
            skippable = intake.can_skip(field, state)
            dispatcher.utter_message(
                text=intake.trouble_message(field, clinic, skippable, language),
                buttons=intake.trouble_buttons(skippable, language))
            return {}
        return self.unusable(field, tracker, ask_again=ask_again, give_up=give_up)

    # --- the summary -------------------------------------------------------------

    def validate_intake_confirmed(self, value: Any, dispatcher: CollectingDispatcher,
                                  tracker: Tracker, domain: DomainDict) -> Dict[Text, Any]:
        if value is None:
            return {}
        confirmation = parsing.parse_confirmation(str(value or ""))
        state = _state(tracker)
        if confirmation.kind == "unclear" and intake.wants_to_stop(_intent(tracker), str(value or "")):
            return {intake.CONFIRMED: None, intake.OUTCOME: intake.STOPPED}
        if confirmation.kind == "confirm" and state.get(intake.PENDING_CHANGE) != "ask":
            return {intake.CONFIRMED: "yes", intake.PENDING_CHANGE: None}
        if confirmation.kind == "change" and confirmation.field:
            dispatcher.utter_message(
                text=intake.correcting(confirmation.field, conversation_language(tracker)))
            return {confirmation.field: None, intake.CONFIRMED: None,
                    intake.PENDING_CHANGE: None, intake.INVALID_COUNT: 0}
        if confirmation.kind in ("change", "confirm"):
            return {intake.CONFIRMED: None, intake.PENDING_CHANGE: "ask"}
        if not self.answered_question(dispatcher, tracker):
            dispatcher.utter_message(text=intake.confirm_unclear(conversation_language(tracker)))
        return {intake.CONFIRMED: None, intake.PENDING_CHANGE: None}

    # --- one validator per detail, each reading its answer with PARSERS[slot] ---

    def validate_full_name(self, value, dispatcher, tracker, domain):
        return self._validate_field("full_name", value, dispatcher, tracker)

    def validate_date_of_birth(self, value, dispatcher, tracker, domain):
        return self._validate_field("date_of_birth", value, dispatcher, tracker)

    def validate_phone(self, value, dispatcher, tracker, domain):
        return self._validate_field("phone", value, dispatcher, tracker)

    def validate_email(self, value, dispatcher, tracker, domain):
        return self._validate_field("email", value, dispatcher, tracker)

    def validate_contact_method(self, value, dispatcher, tracker, domain):
        return self._validate_field("contact_method", value, dispatcher, tracker)

    def validate_best_time(self, value, dispatcher, tracker, domain):
        return self._validate_field("best_time", value, dispatcher, tracker)

    def validate_intake_condition(self, value, dispatcher, tracker, domain):
        return self._validate_field("intake_condition", value, dispatcher, tracker)

    def validate_description(self, value, dispatcher, tracker, domain):
        return self._validate_field("description", value, dispatcher, tracker)

    def validate_insurance(self, value, dispatcher, tracker, domain):
        return self._validate_field("insurance", value, dispatcher, tracker)


class ActionIntakeStart(Action):
    """Begin (or begin again): consent is always asked afresh; details given
    earlier in this conversation are kept, so they appear in the summary."""

    def name(self) -> Text:
        return "action_intake_start"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        return [SlotSet(slot, None) for slot in (
            intake.CONSENT, intake.CONFIRMED, intake.OUTCOME, intake.PENDING_CHANGE,
            "intake_consent_at", "intake_privacy_sha",
        )] + [SlotSet(intake.INVALID_COUNT, 0)]


class ActionIntakeClear(Action):
    """The visitor stopped: forget every intake answer of this conversation."""

    def name(self) -> Text:
        return "action_intake_clear"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        return [SlotSet(slot, None) for slot in INTAKE_SLOTS if slot != intake.INVALID_COUNT] \
            + [SlotSet(intake.INVALID_COUNT, 0)]


class ActionAskIntakeConsent(Action):
    def name(self) -> Text:
        return "action_ask_intake_consent"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        language = conversation_language(tracker)
        clinic = clinic_or_apology(dispatcher) or intake.fallback_clinic(language)
        dispatcher.utter_message(
            text=intake.consent_prompt(clinic, privacy_url(language), language),
            buttons=intake.consent_buttons(language),
        )
        return []


class ActionAskContactMethod(Action):
    def name(self) -> Text:
        return "action_ask_contact_method"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        methods = intake.contact_methods(_state(tracker))
        language = conversation_language(tracker)
        dispatcher.utter_message(
            text=intake.contact_question(language),
            buttons=intake.contact_buttons(methods, language),
        )
        return []


class ActionAskIntakeConfirmed(Action):
    """The summary with the chance to correct it, or the list of what can change."""

    def name(self) -> Text:
        return "action_ask_intake_confirmed"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        state = _state(tracker)
        language = conversation_language(tracker)
        if state.get(intake.PENDING_CHANGE) == "ask":
            dispatcher.utter_message(text=intake.which_change(language),
                                     buttons=intake.change_buttons(language))
        else:
            dispatcher.utter_message(text=intake.summary_text(state, language),
                                     buttons=intake.confirm_buttons(language))
        return []


def lead_fields(tracker: Tracker) -> LeadFields:
    """The lead to save: every intake answer (bot.intake.fields), consent and triage."""
    get = tracker.get_slot
    return LeadFields(
        **fields.lead_answers({field.slot: get(field.slot) for field in fields.INTAKE_FIELDS}),
        consent_at=datetime.fromisoformat(get("intake_consent_at")),
        privacy_notice_sha=get("intake_privacy_sha"),
        triage_summary=get("triage_summary"),
        urgency=get("urgency"),
        triage_pathway=get("triage_pathway"),
        physician_review_flags=tuple(get("triage_flags") or ()),
        language=conversation_language(tracker),
    )


def _save(database_url: str, conversation_id: str, fields: LeadFields) -> tuple:
    with sessions(database_url)() as session:
        lead, created = save_lead(session=session, conversation_id=conversation_id,
                                  fields=fields)
        return lead.id, created


def _intents_seen(tracker: Tracker) -> List[str]:
    return [((e.get("parse_data") or {}).get("intent") or {}).get("name")
            for e in tracker.events if e.get("event") == "user"]


class ActionIntakeSubmit(Action):
    """After the form: save the lead (once per conversation), or say why not."""

    def name(self) -> Text:
        return "action_intake_submit"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        outcome = tracker.get_slot(intake.OUTCOME)
        language = conversation_language(tracker)
        clinic = clinic_or_apology(dispatcher) or intake.fallback_clinic(language)
        if outcome == intake.STOPPED:
            dispatcher.utter_message(response="utter_intake_stopped")
            return await ActionIntakeClear().run(dispatcher, tracker, domain)
        if outcome == intake.NO_CONSENT:
            dispatcher.utter_message(text=intake.no_consent_message(clinic, language))
            return await ActionIntakeClear().run(dispatcher, tracker, domain)
        if outcome == intake.MINOR:
            dispatcher.utter_message(text=intake.minor_message(clinic, language))
            if intake.at_risk(_intents_seen(tracker), tracker.get_slot("urgency")):
                dispatcher.utter_message(response="utter_crisis_lines")
            return await ActionIntakeClear().run(dispatcher, tracker, domain)
        if (tracker.get_slot(intake.CONFIRMED) != "yes" or tracker.get_slot(intake.CONSENT) != "yes"
                or not tracker.get_slot("intake_consent_at")
                or not tracker.get_slot("intake_privacy_sha")):
            return []  # no lead without consent on record
        fields = lead_fields(tracker)
        database_url = settings.settings().database_url
        try:
            lead_id, created = await asyncio.get_running_loop().run_in_executor(
                None, lambda: _save(database_url, tracker.sender_id, fields))
        except (SQLAlchemyError, ValueError) as exc:
            logger.error("could not save a lead: %s", type(exc).__name__)
            dispatcher.utter_message(text=intake.save_failed_message(clinic, language))
            return []
        logger.info("lead %s %s", lead_id, "created" if created else "updated")
        urgent = tracker.get_slot("urgency") == triage.Urgency.URGENT.label
        dispatcher.utter_message(
            text=intake.saved_message(_state(tracker), clinic, urgent, language))
        return []
