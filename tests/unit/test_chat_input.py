"""What the chat accepts from a browser, and the transcript shown after a reload."""

import json

import pytest

from bot.web.chat_input import (
    MAX_MESSAGE_CHARS, BadFrame, Incoming, Offered, RateLimiter, as_plain_text, bot_messages,
    clean_text, parse_frame, valid_conversation_id,
)
from bot.web.transcript import transcript


def frame(**data):
    return json.dumps(data)


def test_a_message_keeps_its_words_but_loses_control_characters():
    parsed = parse_frame(frame(type="message", text="  hola\x00 qué\u202e tal\n  "))
    assert parsed == Incoming("message", text="hola qué tal")


def test_exactly_the_limit_passes_one_more_is_refused():
    assert parse_frame(frame(type="message", text="é" * MAX_MESSAGE_CHARS)).text
    with pytest.raises(BadFrame, match="1,000 characters"):
        parse_frame(frame(type="message", text="é" * (MAX_MESSAGE_CHARS + 1)))


@pytest.mark.parametrize("raw", ["", "nope", "[]", "null", frame(type="message"),
                                 frame(type="message", text=["a"]), frame(type="shout", text="a"),
                                 frame(type="button", title="x" * 500, payload="y"),
                                 '{"type": "message", "text": "\\ud800"}', b"bytes"])
def test_anything_else_is_a_bad_frame(raw):
    with pytest.raises(BadFrame):
        parse_frame(raw)


def test_huge_frames_are_refused_before_parsing():
    with pytest.raises(BadFrame, match="1,000 characters"):
        parse_frame(frame(type="message", text="a" * 100_000))


@pytest.mark.parametrize("value, ok", [("a" * 32, True), ("abc-DEF_123456789", True),
                                       ("short", False), ("../../etc/passwd/....", False),
                                       (None, False), (123, False), ("a" * 65, False)])
def test_conversation_ids_are_ours_or_ignored(value, ok):
    assert (valid_conversation_id(value) is not None) == ok


@pytest.mark.parametrize("typed, sent", [('/inform{"phone":"1"}', 'inform{"phone":"1"}'),
                                         ("  //restart", "restart"), ("a/b", "a/b"),
                                         ("what is 1/2", "what is 1/2")])
def test_typed_text_is_always_text_to_rasa(typed, sent):
    assert as_plain_text(typed) == sent


def test_offered_payloads_pass_others_become_text():
    offered = Offered()
    offered.replace([{"text": "?", "buttons": [{"title": "Yes", "payload": "/affirm"}]}])
    assert offered.to_rasa(Incoming("button", text="Yes", payload="/affirm")) == "/affirm"
    assert offered.to_rasa(Incoming("button", text="/stop", payload="/stop")) == "stop"
    offered.replace([{"text": "ok"}])  # the next turn offers nothing
    assert offered.to_rasa(Incoming("button", text="Yes", payload="/affirm")) == "Yes"


def test_rate_limit_allows_a_burst_then_one_every_two_seconds():
    now = [0.0]
    limiter = RateLimiter(burst=3, every=2.0, clock=lambda: now[0])
    assert [limiter.allow() for _ in range(4)] == [True, True, True, False]
    now[0] += 2.0
    assert limiter.allow() and not limiter.allow()


def test_bot_messages_keep_text_and_buttons_only():
    replies = [{"recipient_id": "x", "text": "Hi", "image": "http://x"},
               {"recipient_id": "x", "buttons": [{"title": "A", "payload": "a"}, {"payload": "p"}]},
               {"recipient_id": "x", "custom": {"a": 1}}]
    assert bot_messages(replies) == [{"text": "Hi", "buttons": []},
                                     {"text": "", "buttons": [{"title": "A", "payload": "a"}]}]


def test_clean_text_composes_unicode():
    assert clean_text("Jose\u0301") == "José"


def test_transcript_shows_the_current_session_only():
    events = [{"event": "user", "text": "old visit"}, {"event": "session_started"},
              {"event": "user", "text": "hi"}, {"event": "action", "name": "utter_greet"},
              {"event": "bot", "text": "Hello", "data": {"buttons": [{"title": "A", "payload": "a"}]}},
              {"event": "slot", "name": "x", "value": 1}]
    turns = transcript(events)
    assert [(t["from"], t["text"], t["buttons"]) for t in turns] == [
        ("visitor", "hi", []), ("bot", "Hello", [{"title": "A", "payload": "a"}])]
    assert len(transcript(events, current_session_only=False)) == 3


# --- typed text never becomes an intent (issue 14) ----------------------------

import unicodedata  # noqa: E402

from hypothesis import given, settings as hypothesis_settings, strategies as st  # noqa: E402

from bot.web.chat_input import as_plain_text  # noqa: E402

INVISIBLE = [chr(c) for c in range(0x110000)
             if unicodedata.category(chr(c)) in ("Zs", "Zl", "Zp", "Cc", "Cf") or chr(c).isspace()]
FORCED = ['inform{"condition": "PTSD"}', "crisis_overdose", 'affirm{"intake_consent": "yes"}']


@hypothesis_settings(max_examples=500, deadline=None)
@given(prefix=st.lists(st.sampled_from(INVISIBLE + ["/", "//"]), max_size=12), forced=st.sampled_from(FORCED))
def test_no_run_of_slashes_and_invisible_characters_lets_an_intent_through(prefix, forced):
    text = as_plain_text("".join(prefix) + "/" + forced)
    assert not text.startswith("/")
    assert text == forced  # the words are kept, only the prefix goes


@hypothesis_settings(max_examples=500, deadline=None)
@given(st.text(max_size=60))
def test_plain_text_never_starts_with_a_slash_and_keeps_the_rest(text):
    plain = as_plain_text(text)
    assert text.endswith(plain)
    assert not plain[:1] or (plain[0] != "/" and not plain[0].isspace()
                             and unicodedata.category(plain[0]) not in ("Cc", "Cf", "Zs"))


def test_the_reported_bypasses_are_closed():
    for attempt in ('/ /inform{"condition":"x"}', '\u2003/\u200b/inform', '\u202e/crisis_overdose',
                    '\ufeff/affirm', ' \u00a0 / / /greet'):
        assert not as_plain_text(attempt).startswith("/"), attempt
    assert as_plain_text("what is 1/2 a dose") == "what is 1/2 a dose"
