"""Encryption at rest for the staff second factor's secrets (Fernet: AES-128-CBC +
HMAC-SHA256), with a key of its own derived from BOT_SECRET_KEY.

A copy of the database alone does not reveal anyone's authenticator secret.
Changing BOT_SECRET_KEY makes the stored secrets unreadable: every enrolled
account then has to enrol again (`python -m bot staff reset-mfa`).
"""

from __future__ import annotations

import base64
import hashlib
from typing import Optional

from cryptography.fernet import Fernet, InvalidToken


def _fernet(secret_key: str) -> Fernet:
    if not secret_key:
        raise ValueError("secret_key is empty: resolve it first (bot.core.settings)")
    raw = hashlib.sha256(b"kca staff totp secret\x00" + secret_key.encode("utf-8")).digest()
    return Fernet(base64.urlsafe_b64encode(raw))


def seal(secret_key: str, plaintext: str) -> str:
    return _fernet(secret_key).encrypt(plaintext.encode("utf-8")).decode("ascii")


def unseal(secret_key: str, token: Optional[str]) -> Optional[str]:
    """The plaintext, or None when there is none or it cannot be decrypted with this key."""
    if not token:
        return None
    try:
        return _fernet(secret_key).decrypt(token.encode("ascii")).decode("utf-8")
    except (InvalidToken, ValueError, UnicodeError):
        return None
