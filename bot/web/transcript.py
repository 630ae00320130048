"""A conversation's transcript from Rasa tracker events (pure).

Used by the chat widget to show the conversation so far after a reload, and by
staff to read a lead's chat.
"""

from __future__ import annotations

from typing import Iterable, List


def transcript(events: Iterable[dict], *, current_session_only: bool = True) -> List[dict]:
    """Visitor and bot turns in order: {"from": "visitor"|"bot", "text", "buttons"}.

    With `current_session_only`, only what follows the latest session start (a
    visitor coming back after the session expired starts afresh).
    """
    turns: List[dict] = []
    for event in events:
        kind = event.get("event")
        if kind == "session_started" and current_session_only:
            turns = []
        elif kind == "user":
            text = event.get("text") or ""
            if text and not text.startswith("/session_start"):
                turns.append({"from": "visitor", "text": text, "buttons": [],
                              "timestamp": event.get("timestamp")})
        elif kind == "bot":
            data = event.get("data") or {}
            buttons = [{"title": str(b.get("title", "")), "payload": str(b.get("payload", ""))}
                       for b in data.get("buttons") or [] if b.get("title")]
            text = event.get("text") or ""
            if text or buttons:
                turns.append({"from": "bot", "text": text, "buttons": buttons,
                              "timestamp": event.get("timestamp")})
    return turns
