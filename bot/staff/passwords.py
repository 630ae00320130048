"""Staff passwords: argon2id hashes and the password policy (pure; no I/O but one file read).

Policy (OWASP ASVS 4.0 V2.1, NIST SP 800-63B 5.1.1.2): at least 12 and at most
256 characters, any characters (spaces, Unicode), no composition rules, no
truncation; refused when common (bot/staff/common_passwords.txt, also with
digits and punctuation stripped from the end: "Password123!" counts as
"password"), when it contains the username, or when it is one character
repeated, a short block repeated or a simple sequence ("123456789012",
"abcdefghijkl", "qwertyuiopas").

Passwords are NFKC-normalised before hashing, verifying and checking, so the same
text typed on different devices (composed or decomposed accents) matches.
"""

from __future__ import annotations

import string
import unicodedata
from functools import lru_cache
from importlib import resources
from typing import FrozenSet, Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

MIN_LENGTH = 12
MAX_LENGTH = 256
# verify_password refuses (returns False for) longer input without hashing it:
# nobody has such a password (NFKC can lengthen text, hence the margin).
MAX_VERIFY_LENGTH = 4 * MAX_LENGTH

_TRAILING_NOISE = string.digits + string.punctuation + " "
# Runs a person types without thinking: counting, the alphabet, keyboard rows.
_SEQUENCES = ("0123456789", "abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm",
              "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p")
_MAX_REPEATED_BLOCK = 4  # "abababababab", "abcdabcdabcd"


@lru_cache(maxsize=1)
def _hasher() -> PasswordHasher:
    return PasswordHasher()  # argon2id, the library's (RFC 9106) default parameters


def hash_password(password: str) -> str:
    """The argon2id hash (PHC string, "$argon2id$...") to store for `password`.

    Does not apply the policy: call password_problem first.
    """
    if not isinstance(password, str):
        raise TypeError("password must be text")
    return _hasher().hash(_normalized(password))


def verify_password(password_hash: str, password: str) -> bool:
    """True when `password` matches `password_hash`; False otherwise, never raising.

    Wrong password, a malformed or empty hash, non-text input, text that is not
    valid Unicode or absurdly long input all give False.
    """
    if not isinstance(password_hash, str) or not isinstance(password, str):
        return False
    if len(password) > MAX_VERIFY_LENGTH:
        return False
    try:
        return _hasher().verify(password_hash, _normalized(password))
    except (VerificationError, InvalidHashError, ValueError, TypeError):
        return False


def needs_rehash(password_hash: str) -> bool:
    """True when the hash was made with other parameters than today's (or is not ours)."""
    try:
        return _hasher().check_needs_rehash(password_hash)
    except (InvalidHashError, ValueError, TypeError):
        return True


def password_problem(password: str, username: Optional[str] = None) -> Optional[str]:
    """Why `password` may not be used, as a sentence to show the user; None if it may.

    The reason never repeats the password.
    """
    if not isinstance(password, str):
        return "Password must be text."
    try:
        password.encode("utf-8")
    except UnicodeEncodeError:
        return "Password contains characters that cannot be used."
    text = _normalized(password)
    if len(text) < MIN_LENGTH:
        return f"Password must be at least {MIN_LENGTH} characters long."
    if len(text) > MAX_LENGTH:
        return f"Password must be at most {MAX_LENGTH} characters long."
    lower = text.casefold()
    if len(set(lower)) == 1:
        return "Password must not be one character repeated."
    if _is_common(lower):
        return "Password is too common: choose one that is harder to guess."
    if username and username.strip().casefold() in lower:
        return "Password must not contain the username."
    if _is_pattern(lower):
        return "Password must not be a simple sequence or a repeated pattern."
    return None


def _normalized(password: str) -> str:
    return unicodedata.normalize("NFKC", password)


def _is_common(lower: str) -> bool:
    common = common_passwords()
    for text in (lower, "".join(lower.split())):  # "correct horse battery staple"
        stripped = text.rstrip(_TRAILING_NOISE)
        if text in common or (stripped and stripped in common):
            return True
    return False


def _is_pattern(lower: str) -> bool:
    for size in range(1, _MAX_REPEATED_BLOCK + 1):
        block = lower[:size]
        if (block * (len(lower) // size + 1)).startswith(lower):
            return True
    for sequence in _SEQUENCES:
        cycle = sequence * (len(lower) // len(sequence) + 2)
        if lower in cycle or lower in cycle[::-1]:
            return True
    return False


@lru_cache(maxsize=1)
def common_passwords() -> FrozenSet[str]:
    """The common-password list (lowercase), read once from common_passwords.txt."""
    text = resources.files("bot.staff").joinpath("common_passwords.txt").read_text("utf-8")
    return frozenset(line.strip().casefold() for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))
