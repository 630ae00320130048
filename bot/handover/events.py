"""What a hand-over writes into Rasa's tracker (pure, shared by the web app and
the Rasa channel that applies it).

Only three kinds of request exist, so the channel can never be used to inject
arbitrary events (a forged ``slot`` or ``action`` event): ``pause`` (Rasa's own
``pause`` event, ConversationPaused), ``resume`` (``resume``, ConversationResumed)
and ``say`` (a ``bot`` event, BotUttered, whose metadata names the staff member,
so transcripts and reloads show who wrote it).
"""

from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Tuple

ACTIONS = ("pause", "resume", "say")
MAX_TEXT_CHARS = 2000
MAX_NAME_CHARS = 80
MAX_SENDER_CHARS = 255
ASSISTANT = "assistant"
ROLE_TITLES = {"oncall": "on-call clinician", "staff": "clinic staff", "admin": "clinic staff"}
# The same titles in a Spanish conversation (usted, plain words; issue 15).
ROLE_TITLES_ES = {"oncall": "clínico de guardia", "staff": "personal de la clínica",
                  "admin": "personal de la clínica"}


class BadHandover(ValueError):
    """The request is not one of the three hand-over requests, or is malformed."""


def _text(body: dict, key: str, limit: int) -> str:
    value = body.get(key)
    if not isinstance(value, str) or not value.strip() or len(value) > limit:
        raise BadHandover(f"{key} must be text of 1 to {limit} characters")
    return value.strip()


def staff_metadata(name: str, role: str) -> Dict[str, Any]:
    return {"staff": {"name": name[:MAX_NAME_CHARS], "role": role}}


def events_for(body: Any) -> Tuple[str, List[dict]]:
    """(sender, [event dict]) for one hand-over request; BadHandover otherwise.

    ``pause`` and ``resume`` may carry a text the visitor is told ("... has
    joined", "the assistant is back"); it is the assistant speaking, so its
    bot event names no staff member. ``say`` by a staff role is that person's
    message; ``say`` by the role "assistant" is the assistant's (the emergency
    guidance the web app sends while a human holds the chat), tagged with the
    crisis category it answered.
    """
    if not isinstance(body, dict) or body.get("action") not in ACTIONS:
        raise BadHandover("action must be pause, resume or say")
    sender = _text(body, "sender", MAX_SENDER_CHARS)
    name = _text(body, "staff_name", MAX_NAME_CHARS)
    role = body.get("staff_role")
    if role not in ROLE_TITLES and role != ASSISTANT:
        raise BadHandover("staff_role must be oncall, staff, admin or assistant")
    action, text = body["action"], body.get("text")
    events: List[dict] = []
    if action in ("pause", "resume"):
        events.append({"event": action, "metadata": staff_metadata(name, role)})
        if text:
            events.append({"event": "bot", "text": _text(body, "text", MAX_TEXT_CHARS),
                           "data": {}, "metadata": {}})
        return sender, events
    said = _text(body, "text", MAX_TEXT_CHARS)
    if role == ASSISTANT:
        crisis = body.get("crisis")
        metadata = ({"crisis": crisis} if isinstance(crisis, str)
                    and re.fullmatch(r"[a-z_]{1,32}", crisis) else {})
    else:
        metadata = staff_metadata(name, role)
    return sender, [{"event": "bot", "text": said, "data": {}, "metadata": metadata}]


def staff_of(event: dict) -> Optional[Dict[str, str]]:
    """The staff member who wrote a bot event ({"name", "role"}), or None."""
    staff = (event.get("metadata") or {}).get("staff")
    if isinstance(staff, dict) and isinstance(staff.get("name"), str):
        return {"name": staff["name"], "role": str(staff.get("role", ""))}
    return None


def is_paused(events: List[dict]) -> bool:
    """Whether the latest pause/resume of the conversation is a pause."""
    for event in reversed(events):
        if event.get("event") in ("pause", "resume"):
            return event["event"] == "pause"
    return False


def role_title(role: str, language: Optional[str] = None) -> str:
    """The role as the visitor is told it ("on-call clinician"), in English or Spanish."""
    if language == "es":
        return ROLE_TITLES_ES.get(role, "personal de la clínica")
    return ROLE_TITLES.get(role, "clinic staff")


def joined_text(name: str, role: str, language: Optional[str] = None) -> str:
    """What the visitor is told when a staff member joins: their display name (or
    username) and role, in the conversation's language ("es" or English)."""
    title = role_title(role, language)
    if language == "es":
        return f"Se unió a la conversación un miembro del personal de la clínica: {name} ({title})."
    return f"A member of the clinic's staff has joined: {name} ({title})."
