"""Tracker fixtures for action tests."""

from __future__ import annotations

from typing import Any, Dict, List, Optional

from rasa_sdk import Tracker


def tracker(
    *,
    intent: str = "inform",
    text: str = "",
    slots: Optional[Dict[str, Any]] = None,
    entities: Optional[List[dict]] = None,
    events: Optional[List[dict]] = None,
    active_loop: Optional[str] = None,
    ranking: Optional[List[dict]] = None,
    sentence_intents: Optional[List[dict]] = None,
) -> Tracker:
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.9},
              "entities": entities or [], "intent_ranking": ranking or []}
    if sentence_intents is not None:
        latest["sentence_intents"] = sentence_intents
    return Tracker(
        sender_id="test-conversation",
        slots=slots or {},
        latest_message=latest,
        events=events or [],
        paused=False,
        followup_action=None,
        active_loop={"name": active_loop} if active_loop else {},
        latest_action_name="action_listen",
    )
