"""Security headers on every response; friendly error pages instead of tracebacks.

The headers are added when a response is prepared (aiohttp's on_response_prepare
signal), not by a middleware: that way they also reach responses no handler
returns — raised redirects and errors, 404s of unknown paths, the 500 page, the
WebSocket upgrade and the Server-Sent Events stream.
"""

from __future__ import annotations

import logging

from aiohttp import web

from bot.web import keys

logger = logging.getLogger(__name__)

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    "Cross-Origin-Opener-Policy": "same-origin",
}
# Browsers remember for a year to come back over HTTPS only (sent only over HTTPS).
HSTS = "max-age=31536000"
# No product or version: nothing for a scanner to match against advisories.
SERVER_NAME = "clinic-assistant"


def served_over_https(request: web.Request) -> bool:
    """WEB_HTTPS=1 or an https PUBLIC_URL (behind a TLS proxy), or a TLS connection."""
    settings = request.config_dict[keys.SETTINGS]
    return settings.web_https or settings.public_url.startswith("https://") or request.secure


async def add_security_headers(request: web.Request, response: web.StreamResponse) -> None:
    """on_response_prepare: every response, however it was made."""
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    if served_over_https(request):
        response.headers.setdefault("Strict-Transport-Security", HSTS)
    response.headers["Server"] = SERVER_NAME


def install_security_headers(app: web.Application) -> None:
    app.on_response_prepare.append(add_security_headers)


@web.middleware
async def error_pages(request: web.Request, handler) -> web.StreamResponse:
    try:
        return await handler(request)
    except web.HTTPException:
        raise
    except Exception:  # the visitor gets a plain message, the log gets the trace
        logger.exception("unhandled error on %s %s", request.method, request.path)
        return web.Response(
            status=500,
            text="Something went wrong on our side. If this is an emergency, call 911; "
            "for a mental-health crisis, call or text 988.",
        )
