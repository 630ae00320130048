"""Rasa's side of the live hand-over: a Rasa input channel with one route,

    POST /webhooks/handover/events   (X-Handover-Token: <RASA_TOKEN>)

that writes a hand-over into the conversation's tracker with Rasa's own events:
ConversationPaused, ConversationResumed, and a BotUttered naming the staff member
(bot.handover.events says which requests exist). It takes the conversation's
lock like Rasa's tracker API, and saves through the tracker store, so the event
broker streams the events like any other.

Why not ``rasa run --enable-api``: that API also replaces the model, runs actions
and injects any event for any conversation behind one token. This route accepts
three requests and nothing else; Rasa still listens on 127.0.0.1 only. The token
is RASA_TOKEN (else var/rasa_token), resolved through bot.core.settings by both
processes; the channel refuses every call when it has none.

Registered in credentials.yml as ``bot.rasa_ext.handover_channel.HandoverInput``.
"""

from __future__ import annotations

import hmac
import logging
from typing import Any, Dict, Optional

from rasa.core.channels.channel import InputChannel
from rasa.shared.core.events import Event
from sanic import Blueprint, response

from bot.handover.events import BadHandover, events_for

logger = logging.getLogger(__name__)
TOKEN_HEADER = "X-Handover-Token"


def token_matches(expected: str, given: Optional[str]) -> bool:
    if not expected or given is None:
        return False
    return hmac.compare_digest(expected.encode("utf-8"), given.encode("utf-8", "replace"))


def _resolve_token() -> str:
    from bot.core.settings import Settings, resolve_rasa_token

    return resolve_rasa_token(Settings.from_env()).rasa_token


class HandoverInput(InputChannel):
    def __init__(self, token: str) -> None:
        self.token = token

    @classmethod
    def name(cls) -> str:
        return "handover"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[str, Any]]) -> "HandoverInput":
        return cls(_resolve_token())

    def blueprint(self, on_new_message) -> Blueprint:
        hook = Blueprint("handover_webhook", __name__)

        @hook.route("/events", methods=["POST"])
        async def apply(request):
            if not token_matches(self.token, request.headers.get(TOKEN_HEADER)):
                return response.json({"error": "forbidden"}, status=403)
            try:
                sender, dicts = events_for(request.json)
            except (BadHandover, ValueError) as exc:
                return response.json({"error": str(exc)}, status=400)
            agent = request.app.ctx.agent
            if agent is None or not agent.is_ready():
                return response.json({"error": "not ready"}, status=503)
            async with agent.lock_store.lock(sender):
                tracker = await agent.processor.fetch_tracker_and_update_session(sender)
                for data in dicts:
                    tracker.update(Event.from_parameters(data))
                await agent.processor.save_tracker(tracker)
            return response.json({"paused": tracker.is_paused()})

        return hook
