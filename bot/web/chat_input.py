"""What a website visitor sends through the chat, checked before it goes anywhere.

Pure (no I/O): the WebSocket view in bot.web.chat calls these. Frames are JSON
objects from our widget; anything else gets a clear message and changes nothing.
"""

from __future__ import annotations

import json
import re
import time
import unicodedata
import uuid
from dataclasses import dataclass, field
from typing import Callable, Iterable, List, Optional, Set

from bot.language.detect import LANGUAGES

MAX_MESSAGE_CHARS = 1000
MAX_FRAME_BYTES = 16 * 1024  # room for 1,000 characters of any script, escaped
MAX_BUTTON_CHARS = 200
_CONVERSATION_ID = re.compile(r"[A-Za-z0-9_-]{16,64}")
# Control characters other than newline and tab; bidi overrides that could
# disguise text in the staff dashboard.
_UNWANTED = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

TOO_LONG = (f"Your message is over {MAX_MESSAGE_CHARS:,} characters, so I couldn't send it. "
            "Could you shorten it or send it in parts?")
BAD_FRAME = "Sorry, that message couldn't be read. Please type it again."
SLOW_DOWN = ("You're sending messages very quickly. Please wait a few seconds, then "
             "send your message again.")


class BadFrame(ValueError):
    """A frame we cannot use; str(exc) is what the visitor is told."""


@dataclass(frozen=True)
class Incoming:
    kind: str  # hello | message | button
    text: str = ""
    payload: str = ""
    conversation_id: Optional[str] = None
    # The widget's language ("en" | "es"): its switch, the page's lang, or the
    # conversation's as the server last told it. None when not said.
    language: Optional[str] = None


def valid_conversation_id(value: object) -> Optional[str]:
    """The id the browser kept, if it is one of ours (random, URL-safe)."""
    if isinstance(value, str) and _CONVERSATION_ID.fullmatch(value):
        return value
    return None


def new_conversation_id() -> str:
    return uuid.uuid4().hex


def clean_text(text: str) -> str:
    """NFC, without control characters, trimmed. Content is otherwise untouched."""
    text = unicodedata.normalize("NFC", text)
    return _UNWANTED.sub("", text).strip()


def parse_frame(raw: object) -> Incoming:
    if not isinstance(raw, str) or len(raw.encode("utf-8", "surrogatepass")) > MAX_FRAME_BYTES:
        raise BadFrame(TOO_LONG if isinstance(raw, str) else BAD_FRAME)
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):  # deep nesting ("[[[[...") fits in 16 KB
        raise BadFrame(BAD_FRAME) from None
    if not isinstance(data, dict):
        raise BadFrame(BAD_FRAME)
    kind = data.get("type")
    language = data.get("language") if data.get("language") in LANGUAGES else None
    if kind == "hello":
        return Incoming("hello", conversation_id=valid_conversation_id(data.get("conversation_id")),
                        language=language)
    if kind == "message":
        text = _text(data.get("text"))
        if len(text) > MAX_MESSAGE_CHARS:
            raise BadFrame(TOO_LONG)
        return Incoming("message", text=text, language=language)
    if kind == "button":
        title, payload = _text(data.get("title")), _text(data.get("payload"))
        if len(title) > MAX_BUTTON_CHARS or len(payload) > MAX_BUTTON_CHARS:
            raise BadFrame(BAD_FRAME)
        return Incoming("button", text=title, payload=payload, language=language)
    raise BadFrame(BAD_FRAME)


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise BadFrame(BAD_FRAME)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates
        raise BadFrame(BAD_FRAME) from None
    return clean_text(value)


def _ignorable(char: str) -> bool:
    """A slash, or a character that shows nothing at the start of a message:
    whitespace of any script, control, zero-width and bidi formatting marks."""
    return char == "/" or char.isspace() or unicodedata.category(char) in ("Cc", "Cf", "Zs", "Zl", "Zp")


def as_plain_text(text: str) -> str:
    """Typed text is always text to Rasa: a leading "/" would make Rasa read it as
    an intent with slot values (`/inform{"phone": ...}`), so every leading run of
    slashes and invisible characters is dropped, however they are interleaved
    (`/ /inform`, `\u200b/inform`, `\u2003//inform`)."""
    start = 0
    while start < len(text) and _ignorable(text[start]):
        start += 1
    return text[start:]


@dataclass
class Offered:
    """The buttons the bot offered in its latest turn: only their payloads pass
    to Rasa as they are; anything else a client claims to click is typed text."""

    payloads: Set[str] = field(default_factory=set)

    def replace(self, messages: Iterable[dict]) -> None:
        self.payloads = {str(b.get("payload", "")) for m in messages
                         for b in (m.get("buttons") or []) if b.get("payload")}

    def to_rasa(self, incoming: Incoming) -> str:
        if incoming.kind == "button" and incoming.payload in self.payloads:
            return incoming.payload
        return as_plain_text(incoming.text)


@dataclass
class RateLimiter:
    """Token bucket per connection: `burst` messages at once, then one per `every` s.
    Generous for a person (typing, or clicking quick replies as fast as the bot
    answers); it stops scripts flooding Rasa."""

    burst: int = 10
    every: float = 1.0
    clock: Callable[[], float] = time.monotonic
    _tokens: float = field(init=False, default=-1.0)
    _last: float = field(init=False, default=0.0)

    def allow(self) -> bool:
        now = self.clock()
        if self._tokens < 0:
            self._tokens, self._last = float(self.burst), now
        self._tokens = min(float(self.burst), self._tokens + (now - self._last) / self.every)
        self._last = now
        if self._tokens >= 1:
            self._tokens -= 1
            return True
        return False


def bot_messages(replies: List[dict]) -> List[dict]:
    """Rasa REST replies -> what the widget shows (text and buttons only)."""
    shown = []
    for reply in replies:
        text = reply.get("text") or ""
        buttons = [{"title": str(b.get("title", "")), "payload": str(b.get("payload", ""))}
                   for b in reply.get("buttons") or [] if b.get("title")]
        if text or buttons:
            shown.append({"text": text, "buttons": buttons})
    return shown
