"""Time-based one-time codes (RFC 6238, via pyotp) and their QR code. Pure: no I/O.

A code is accepted for the current 30-second step and one step either side
(clocks drift), and only for a step later than the last one the account used,
so a code seen over a shoulder or replayed from a proxy log is worthless.
"""

from __future__ import annotations

import hmac
import re
from datetime import datetime
from typing import Optional
from urllib.parse import urlsplit

import pyotp
import segno

STEP_SECONDS = 30
DIGITS = 6
TOLERANCE_STEPS = 1
_CODE = re.compile(r"[0-9]{6}")
_SEPARATORS = str.maketrans("", "", " -\u00a0\u2009")


def new_secret() -> str:
    """A fresh base32 secret (160 bits, as RFC 4226 recommends)."""
    return pyotp.random_base32(length=32)


def issuer_for(link_base: str) -> str:
    """The name an authenticator app shows: the dashboard and the host it lives on."""
    host = urlsplit(link_base).hostname or ""
    return f"Clinic dashboard ({host})" if host else "Clinic dashboard"


def provisioning_uri(secret: str, username: str, issuer: str) -> str:
    """The otpauth:// URI an authenticator app reads (from the QR code or typed)."""
    return pyotp.TOTP(secret).provisioning_uri(name=username, issuer_name=issuer)


def time_step(now: datetime) -> int:
    return int(now.timestamp()) // STEP_SECONDS


def code_at(secret: str, step: int) -> str:
    """The code for one time step (tests and the CLI's users compute codes this way too)."""
    return pyotp.TOTP(secret).at(step * STEP_SECONDS)


def cleaned_code(typed: object) -> Optional[str]:
    """Six digits from what was typed (spaces and dashes dropped), else None."""
    if not isinstance(typed, str) or len(typed) > 20:
        return None
    text = typed.translate(_SEPARATORS)
    return text if _CODE.fullmatch(text) else None


def matching_step(secret: str, typed: object, now: datetime,
                  last_step: Optional[int]) -> Optional[int]:
    """The time step `typed` is the code of, if it may be used now; else None.

    None for malformed input, a code outside the +-1 step window, and a code of
    a step at or before `last_step` (already used, or older than one used).
    """
    code = cleaned_code(typed)
    if code is None:
        return None
    current = time_step(now)
    found = None
    for step in range(current - TOLERANCE_STEPS, current + TOLERANCE_STEPS + 1):
        # Check every step (no early exit), comparing in constant time.
        if hmac.compare_digest(code_at(secret, step), code) and found is None:
            found = step
    if found is None or (last_step is not None and found <= last_step):
        return None
    return found


def is_reused(secret: str, typed: object, now: datetime, last_step: Optional[int]) -> bool:
    """True when `typed` is a valid code of a step already used (for the audit detail)."""
    if last_step is None:
        return False
    return matching_step(secret, typed, now, None) is not None \
        and matching_step(secret, typed, now, last_step) is None


def qr_svg(uri: str) -> str:
    """The URI as an inline <svg> QR code: drawn with presentation attributes only (no
    style attribute, no script), so the dashboard's strict CSP lets it render."""
    qr = segno.make(uri, error="m")
    return qr.svg_inline(scale=5, border=4, dark="#000", light="#fff",
                         title="QR code for your authenticator app",
                         svgclass="qr", lineclass=None, omitsize=False)
