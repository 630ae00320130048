"""Replies from the action server are checked as strictly as Rasa checks them,
with a validator built once instead of on every call."""

from __future__ import annotations

from typing import Any, Dict, List

import jsonschema
import pytest
from rasa.core.actions.action import RemoteAction

from bot.rasa_ext import action_replies

VALID: List[Dict[str, Any]] = [
    {"events": [], "responses": []},
    {},
    {"events": [{"event": "slot", "name": "language", "value": "es"}],
     "responses": [{"response": "utter_crisis_overdose"}]},
    {"events": [{"event": "active_loop", "name": None},
                {"event": "followup", "name": "action_listen"}],
     "responses": [{"text": "Llame al 911 ahora."}]},
]

INVALID: List[Dict[str, Any]] = [
    {"events": "slot language es"},
    {"events": [{"event": "no_such_event"}]},
    {"responses": "Call 911 now."},
    {"responses": ["Call 911 now."]},
]


@pytest.fixture
def installed(monkeypatch: pytest.MonkeyPatch) -> RemoteAction:
    # Undo the install after each test: other tests see Rasa's own method.
    monkeypatch.setattr(RemoteAction, "_validate_action_result",
                        RemoteAction._validate_action_result)
    monkeypatch.setattr(RemoteAction, action_replies._INSTALLED_FLAG, False, raising=False)
    action_replies.install()
    return RemoteAction("action_record_escalation", None)


def rasa_accepts(reply: Dict[str, Any]) -> bool:
    try:
        jsonschema.validate(reply, RemoteAction.action_response_format_spec())
        return True
    except jsonschema.ValidationError:
        return False


@pytest.mark.parametrize("reply", VALID)
def test_a_reply_rasa_accepts_is_accepted(installed: RemoteAction, reply) -> None:
    assert rasa_accepts(reply)
    assert installed._validate_action_result(reply) is True


@pytest.mark.parametrize("reply", INVALID)
def test_a_reply_rasa_rejects_is_rejected_with_rasas_message(
        installed: RemoteAction, reply) -> None:
    assert not rasa_accepts(reply)
    with pytest.raises(jsonschema.ValidationError) as error:
        installed._validate_action_result(reply)
    assert "Failed to validate Action server response" in error.value.message


def test_valid_replies_no_longer_rebuild_the_validator(
        installed: RemoteAction, monkeypatch: pytest.MonkeyPatch) -> None:
    def rebuilt(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("jsonschema.validate called for a valid reply")

    monkeypatch.setattr(jsonschema, "validate", rebuilt)
    for reply in VALID:
        assert installed._validate_action_result(reply) is True


def test_installing_twice_keeps_one_wrapper(installed: RemoteAction) -> None:
    wrapper = RemoteAction._validate_action_result
    action_replies.install()
    assert RemoteAction._validate_action_result is wrapper
