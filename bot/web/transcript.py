"""A conversation's transcript from Rasa tracker events (pure).

Used by the chat widget to show the conversation so far after a reload, and by
staff to read a lead's chat. What a reload may show back is decided here too
(`replay`): the transcript holds a visitor's name, date of birth and health
answers, and the browser may be shared.
"""

from __future__ import annotations

from typing import Iterable, List, Optional

from bot.handover.events import staff_of

# A reload shows at most this many turns (the latest ones).
MAX_REPLAYED_TURNS = 50


def transcript(events: Iterable[dict], *, current_session_only: bool = True) -> List[dict]:
    """Visitor, bot and staff turns in order: {"from": "visitor"|"bot"|"staff",
    "text", "buttons", "timestamp"}; a staff turn also has "staff" ({"name",
    "role"}: who wrote it, bot.handover.events), and guidance sent while a human
    held the chat has "crisis" (its category).

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
                turns.append(_bot_turn(event, text, buttons))
    return turns


def _bot_turn(event: dict, text: str, buttons: List[dict]) -> dict:
    turn = {"from": "bot", "text": text, "buttons": buttons, "timestamp": event.get("timestamp")}
    staff = staff_of(event)
    if staff is not None:
        turn.update({"from": "staff", "staff": staff, "buttons": []})
    crisis = (event.get("metadata") or {}).get("crisis")
    if isinstance(crisis, str):
        turn["crisis"] = crisis
    return turn


def last_event_at(events: Iterable[dict]) -> Optional[float]:
    """When anything last happened in the conversation (Unix seconds), if known."""
    stamps = [e.get("timestamp") for e in events]
    numbers = [s for s in stamps if isinstance(s, (int, float)) and not isinstance(s, bool)]
    return max(numbers) if numbers else None


def replay(events: List[dict], *, now: float, window_seconds: float,
           limit: int = MAX_REPLAYED_TURNS) -> List[dict]:
    """The turns a reload may show: the current session's latest `limit` turns, and
    only while the conversation's last event is under `window_seconds` old. An
    undated conversation is not shown (we cannot tell how old it is)."""
    last = last_event_at(events)
    if last is None or window_seconds <= 0 or now - last > window_seconds:
        return []
    return transcript(events)[-limit:] if limit > 0 else []
