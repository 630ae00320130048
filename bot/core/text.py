"""The one check for text we store: a string, within its limit, without NUL
(PostgreSQL cannot store it) and without lone surrogates (not UTF-8). Refused
alike on every database, with a message naming the field, instead of failing
deep in the driver."""

from __future__ import annotations

from typing import Optional


def storable(field: str, value: object, limit: Optional[int] = None) -> str:
    """`value` unchanged when it can be stored; otherwise ValueError naming `field`."""
    if not isinstance(value, str):
        raise ValueError(f"{field} must be text")
    if limit is not None and len(value) > limit:
        raise ValueError(f"{field} is too long (at most {limit} characters)")
    if "\x00" in value:
        raise ValueError(f"{field} contains a NUL character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError(f"{field} is not valid Unicode text") from None
    return value
