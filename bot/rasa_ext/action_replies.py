"""Check the action server's replies with a validator built once.

Rasa's `RemoteAction` checks every reply from the action server against a fixed
JSON schema with `jsonschema.validate(reply, schema)`. That function first
checks the *schema itself* against JSON Schema's metaschema and builds a new
validator, on every call: a py-spy profile of this assistant put 17% of Rasa's
time per turn there (README, "Where a turn's time goes"). The schema never
changes within a process, so the check is done once here and the compiled
validator is reused.

Behaviour is Rasa's own: a valid reply passes; an invalid one is handed to
Rasa's original method, which raises the same `ValidationError` with the same
message as before. `install()` is called by `bot.rasa_ext.serve` before Rasa
starts and is idempotent.
"""

from __future__ import annotations

from typing import Any, Callable, Dict, Text

_INSTALLED_FLAG = "_clinicbot_compiled_validator"


def compiled_validator(schema: Dict[Text, Any]) -> Any:
    """The validator `jsonschema.validate` would build for `schema`, checked once."""
    from jsonschema.validators import validator_for

    validator_class = validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema)


def install() -> None:
    """Make `RemoteAction` validate replies with one compiled validator."""
    from rasa.core.actions.action import RemoteAction

    if getattr(RemoteAction, _INSTALLED_FLAG, False):
        return
    validator = compiled_validator(RemoteAction.action_response_format_spec())
    rasa_validate: Callable[[Any, Dict[Text, Any]], bool] = (
        RemoteAction._validate_action_result
    )

    def _validate_action_result(self: Any, result: Dict[Text, Any]) -> bool:
        if validator.is_valid(result):
            return True
        # Rasa's own method raises the error, with Rasa's message.
        return rasa_validate(self, result)

    RemoteAction._validate_action_result = _validate_action_result  # type: ignore[method-assign]
    setattr(RemoteAction, _INSTALLED_FLAG, True)
