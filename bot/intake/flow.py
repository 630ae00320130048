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
from bot.clinic.profile import Clinic
from bot.intake.fields import (CONTACT_LABELS, CONTACT_SLOTS, FIELD_LABELS, FIELDS, NOT_GIVEN,
                               display_value)
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
    r"will|would|should|may|am)\b", re.IGNORECASE)


def looks_like_question(text: str) -> bool:
    """A question mark, or a sentence that opens like a question."""
    text = text.strip()
    return text.endswith("?") or bool(_QUESTION_START.match(text[:40]))


def wants_to_stop(intent: Optional[str], text: str) -> bool:
    return intent == "stop" and len(text.split()) <= MAX_STOP_WORDS

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
    r"|^\s*(none|no|nope|n/?a)\s*[.!]?\s*$",
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


def consent_prompt(clinic: Clinic, privacy_url: str) -> str:
    notice = clinic.privacy_notice or (
        "What you type here is stored so that clinic staff can follow up.")
    return (
        f"Before I take your details: {notice} The full privacy notice is at "
        f"{privacy_url}.\n\n"
        f"I'll ask for your name, date of birth, phone, email, the condition you'd "
        f"like help with and your insurance. Do you agree to {clinic.name} contacting "
        f"you about treatment, and to the privacy notice?"
    )




def summary_text(state: Mapping[str, Any]) -> str:
    lines = ["Here is what I'll send to the clinic:"]
    lines += [f"- {FIELD_LABELS[f]}: {display_value(f, state.get(f))}" for f in FIELDS]
    lines.append("Shall I send it? If anything is wrong, tell me what to change "
                 "(for example \"change my phone number\").")
    return "\n".join(lines)


CONFIRM_BUTTONS = [
    {"title": "Yes, send it", "payload": "Yes, send it"},
    {"title": "Change something", "payload": "Change something"},
]


def change_buttons() -> List[Dict[str, str]]:
    return [{"title": FIELD_LABELS[f], "payload": f"Change {FIELD_LABELS[f].lower()}"}
            for f in FIELDS]


WHICH_CHANGE = "Which detail would you like to change?"

CONFIRM_UNCLEAR = ("Sorry, I didn't catch that. Choose \"Yes, send it\" to send your "
                   "details, or tell me what to change.")

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


def invalid_message(field: str, problem: Optional[str]) -> str:
    return INVALID.get((field, problem)) or INVALID.get((field, None)) or \
        "Sorry, I couldn't use that answer. Could you try again?"


def trouble_message(field: str, clinic: Clinic, skippable: bool) -> str:
    """After repeated answers we can't read: explain, and offer a way on."""
    label = FIELD_LABELS.get(field, field).lower()
    text = f"I'm sorry, I still can't use that as your {label}. {invalid_message(field, None)}"
    if skippable:
        text += (" If you'd rather, skip this question and our staff will ask you "
                 "when they call.")
    else:
        text += " " + _reach_us_instead(clinic)
    return text


def trouble_buttons(skippable: bool) -> List[Dict[str, str]]:
    buttons = [{"title": "Skip this question", "payload": "Skip this question"}] if skippable else []
    return buttons + [{"title": "Stop", "payload": "Stop"}]


def _reach_us_instead(clinic: Clinic, lead: str = "You can also") -> str:
    """How to reach a person, never an invented number: "{lead} call ... at ..."."""
    if clinic.phone:
        return f"{lead} call {clinic.name} at {clinic.phone}."
    if clinic.website:
        return f"{lead} contact the front desk through {clinic.website}."
    return f"{lead} use the contact details on the clinic's website."


def no_consent_message(clinic: Clinic) -> str:
    return ("Understood. I haven't stored any of your details. If you'd like to talk "
            f"with someone, {_reach_us_instead(clinic, 'you can')}")


def minor_message(clinic: Clinic) -> str:
    return (
        f"Thank you for telling me. {clinic.name} treats adults (18 and over), so I "
        "can't take your details here, and I haven't stored them. If you're looking "
        "for help for yourself, a parent or guardian can contact the clinic with you "
        f"to talk about options. {_reach_us_instead(clinic)}"
    )


def saved_message(state: Mapping[str, Any], clinic: Clinic, urgent: bool) -> str:
    method = CONTACT_LABELS.get(str(state.get("contact_method") or ""), "").lower()
    when = str(state.get("best_time") or "")
    when_text = {"any time": "", "morning": " in the morning", "afternoon": " in the afternoon",
                 "evening": " in the evening"}.get(when, "")
    lead = f"Thank you. I've sent your details to {clinic.name}'s staff"
    how = f", who will contact you by {method}{when_text}." if method else "."
    text = lead + how
    if urgent:
        text += (" Your answers suggest you should talk with someone soon. "
                 + _reach_us_instead(clinic, "You can"))
    return text + (" If anything becomes an emergency, call 911; for a mental-health "
                   "crisis, call or text 988.")


def save_failed_message(clinic: Clinic) -> str:
    return ("I'm sorry, something went wrong and I couldn't send your details just now. "
            f"{_reach_us_instead(clinic, 'Please')} "
            "If this is an emergency, call 911; for a mental-health crisis, call or text 988.")


def at_risk(intents_seen: Sequence[str], urgency: Optional[str]) -> bool:
    """Did anything in the conversation suggest the visitor may be at risk?"""
    return bool(set(crisis_categories.CRISIS_INTENTS).intersection(intents_seen)) or urgency == triage.Urgency.URGENT.label
