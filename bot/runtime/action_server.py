"""The action server as `make run` starts it: rasa-sdk's own server, accepting only
calls that carry the shared secret (`python -m bot.runtime.action_server`).

rasa-sdk answers anything that reaches its port: a forged tracker could create or
overwrite a lead, or page on-call staff. Rasa sends the secret in the
``X-Actions-Secret`` header (bot.runtime.rasa_endpoints renders it into the
action endpoint's ``headers``); a request middleware, attached through rasa-sdk's
own plugin hook, answers 403 to every request without it, except ``/health``.

Nothing secret is on the command line: the port comes from ``ACTIONS_PORT`` and
the secret from ``ACTIONS_SECRET`` or ``var/actions_secret`` (bot.core.settings).
"""

from __future__ import annotations

import hmac
import sys
from typing import Callable, List, Optional

SECRET_HEADER = "X-Actions-Secret"
OPEN_PATHS = frozenset({"/health"})


def secret_matches(expected: str, given: Optional[str]) -> bool:
    """Constant-time comparison of the header's value with the secret (bytes, so a
    non-ASCII value is simply wrong instead of an error)."""
    if not expected or given is None:
        return False
    return hmac.compare_digest(expected.encode("utf-8"), given.encode("utf-8", "replace"))


def secret_middleware(expected: str) -> Callable:
    """A Sanic request middleware: 403 unless the path is open or the secret matches."""
    from sanic import response

    async def require_secret(request):
        if request.path in OPEN_PATHS:
            return None
        if secret_matches(expected, request.headers.get(SECRET_HEADER)):
            return None
        return response.json({"error": "forbidden"}, status=403)

    return require_secret


def secret_plugin(expected: str):
    """A rasa-sdk plugin (pluggy) that guards the Sanic app rasa-sdk builds."""
    import pluggy

    hookimpl = pluggy.HookimplMarker("rasa_sdk")

    class SecretPlugin:
        @hookimpl
        def attach_sanic_app_extensions(self, app) -> None:
            app.register_middleware(secret_middleware(expected), "request")

    return SecretPlugin()


def server_arguments(port: int) -> List[str]:
    # No CORS: only Rasa calls this server, never a browser.
    return ["--actions", "actions", "--port", str(port)]


def main(argv: Optional[List[str]] = None) -> int:
    import os

    from rasa_sdk.__main__ import main_from_args
    from rasa_sdk.endpoint import create_argument_parser
    from rasa_sdk.plugin import plugin_manager

    from bot.core.settings import LOOPBACK, Settings, resolve_actions_secret

    settings = resolve_actions_secret(Settings.from_env())
    os.umask(0o077)
    # rasa-sdk binds to SANIC_HOST (every interface by default): always loopback.
    os.environ["SANIC_HOST"] = LOOPBACK
    plugin_manager().register(secret_plugin(settings.actions_secret))
    args = create_argument_parser().parse_args(
        (argv or []) + server_arguments(settings.actions_port))
    main_from_args(args)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
