"""Signed, expiring acknowledgement links: pure HMAC, no I/O."""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from typing import Optional

LINK_LIFETIME_SECONDS = 24 * 3600


class InvalidLink(ValueError):
    """The link was altered, is malformed or has expired."""


def _mac(secret: str, payload: str) -> str:
    digest = hmac.new(secret.encode(), payload.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def sign_ack(escalation_id: int, secret: str, now: Optional[float] = None,
             lifetime: int = LINK_LIFETIME_SECONDS) -> str:
    expires = int((now if now is not None else time.time()) + lifetime)
    payload = f"{escalation_id}.{expires}"
    return f"{payload}.{_mac(secret, 'ack:' + payload)}"


def verify_ack(token: str, secret: str, now: Optional[float] = None) -> int:
    """Return the escalation id the token was signed for, or raise InvalidLink."""
    parts = token.split(".") if token.isascii() else []  # compare_digest: ASCII str only
    if len(parts) != 3 or not parts[0].isdigit() or not parts[1].isdigit():
        raise InvalidLink("malformed link")
    payload = f"{parts[0]}.{parts[1]}"
    if not hmac.compare_digest(parts[2], _mac(secret, "ack:" + payload)):
        raise InvalidLink("bad signature")
    if int(parts[1]) < (now if now is not None else time.time()):
        raise InvalidLink("expired")
    return int(parts[0])
