"""Bound Rasa's wait for the action server on one custom action.

Rasa's `RemoteAction` waits up to five minutes for the action server
(`rasa.core.constants.DEFAULT_REQUEST_TIMEOUT`). An action server that is alive
but answers nothing (deadlocked, stopped, swapping) therefore held the visitor's
turn, and the conversation's lock with it, for five minutes: the emergency
guidance had been uttered first (a static response, before any custom action),
but Rasa's REST channel returns a turn's messages only when the turn ends, so
nobody saw it until then.

The action endpoint's `timeout` (seconds; `ACTIONS_TIMEOUT`, rendered into the
endpoints file by `bot.runtime.rasa_endpoints`) bounds the whole call. When it
passes, the call fails the way an unreachable action server fails, with a
`RasaException`: Rasa logs it, drops that action's events and ends the turn with
what was already uttered. An endpoint without `timeout` keeps Rasa's behaviour.
`install()` is called by `bot.rasa_ext.serve` before Rasa starts and is idempotent.
"""

from __future__ import annotations

import asyncio
from typing import Any, List, Optional

_INSTALLED_FLAG = "_clinicbot_bounded_wait"


def seconds_allowed(endpoint: Any) -> Optional[float]:
    """The endpoint's `timeout` in seconds, or None when it sets none (or an unusable one)."""
    kwargs = getattr(endpoint, "kwargs", None) or {}
    value = kwargs.get("timeout")
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        return None
    return float(value)


def install() -> None:
    """Make `RemoteAction.run` give up after its endpoint's `timeout`."""
    from rasa.core.actions.action import RemoteAction
    from rasa.shared.exceptions import RasaException

    if getattr(RemoteAction, _INSTALLED_FLAG, False):
        return
    rasa_run = RemoteAction.run

    async def run(self: Any, *args: Any, **kwargs: Any) -> List[Any]:
        seconds = seconds_allowed(self.action_endpoint)
        if seconds is None:
            return await rasa_run(self, *args, **kwargs)
        try:
            return await asyncio.wait_for(rasa_run(self, *args, **kwargs), seconds)
        except asyncio.TimeoutError:
            raise RasaException(
                f"Failed to execute custom action '{self.name()}': the action server "
                f"did not answer within {seconds:g} s (ACTIONS_TIMEOUT)"
            ) from None

    RemoteAction.run = run  # type: ignore[method-assign]
    setattr(RemoteAction, _INSTALLED_FLAG, True)
