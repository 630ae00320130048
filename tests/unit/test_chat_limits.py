"""The pure parts of the chat's limits: what a reload may show, sockets per
address, and the settings that tune them."""

from __future__ import annotations

import pytest

from bot.core.settings import Settings, SettingsError
from bot.web.socket_limits import AddressCounter
from bot.web.transcript import replay

NOW = 1_800_000_000.0


def turns(n, last_at=NOW):
    events = []
    for i in range(n):
        events += [{"event": "user", "text": f"q{i}", "timestamp": last_at - 2 * (n - i)},
                   {"event": "bot", "text": f"a{i}", "timestamp": last_at - 2 * (n - i) + 1}]
    events.append({"event": "action", "name": "action_listen", "timestamp": last_at})
    return events


@pytest.mark.parametrize("minutes_ago, shown", [(0, 4), (29.9, 4), (30.1, 0)])
def test_a_conversation_is_shown_only_within_the_window_of_its_last_event(minutes_ago, shown):
    events = turns(2, last_at=NOW - minutes_ago * 60)
    assert len(replay(events, now=NOW, window_seconds=30 * 60)) == shown


def test_only_the_current_session_is_shown():
    before = [{"event": "user", "text": "from an earlier session", "timestamp": NOW - 10}]
    events = before + [{"event": "session_started", "timestamp": NOW - 5}] + turns(2)
    shown = [t["text"] for t in replay(events, now=NOW, window_seconds=60)]
    assert shown == ["q0", "a0", "q1", "a1"]


def test_only_the_latest_turns_are_shown():
    shown = replay(turns(40), now=NOW, window_seconds=60, limit=50)
    assert len(shown) == 50 and shown[0]["text"] == "q15" and shown[-1]["text"] == "a39"


@pytest.mark.parametrize("events", [
    [{"event": "user", "text": "hi"}],  # undated: cannot tell its age
    [{"event": "user", "text": "hi", "timestamp": "yesterday"}],
    [],
])
def test_an_undated_conversation_is_never_shown(events):
    assert replay(events, now=NOW, window_seconds=3600) == []


def test_a_window_of_zero_never_shows_anything():
    assert replay(turns(1), now=NOW, window_seconds=0) == []


def test_each_address_has_its_own_cap_and_a_closed_socket_frees_its_place():
    sockets = AddressCounter(2)
    assert sockets.acquire("203.0.113.1") and sockets.acquire("203.0.113.1")
    assert not sockets.acquire("203.0.113.1")
    assert sockets.acquire("203.0.113.2")
    sockets.release("203.0.113.1")
    assert sockets.acquire("203.0.113.1")
    for _ in range(2):
        sockets.release("203.0.113.1")
    assert sockets.open_for("203.0.113.1") == 0


def test_trusted_proxies_and_chat_limits_are_read_from_the_environment():
    settings = Settings.from_env({
        "BOT_TRUSTED_PROXIES": "127.0.0.1, 10.0.0.0/8,2001:db8::/32",
        "WEB_MAX_SOCKETS_PER_ADDRESS": "3", "WEB_CHAT_IDLE_MINUTES": "5",
        "WEB_CHAT_REPLAY_MINUTES": "0"})
    assert settings.trusted_proxies == ("127.0.0.1/32", "10.0.0.0/8", "2001:db8::/32")
    assert (settings.max_sockets_per_address, settings.chat_idle_minutes,
            settings.chat_replay_minutes) == (3, 5, 0)
    defaults = Settings.from_env({})
    assert defaults.trusted_proxies == () and defaults.max_sockets_per_address == 8
    assert (defaults.chat_idle_minutes, defaults.chat_replay_minutes) == (10, 30)


@pytest.mark.parametrize("env", [{"BOT_TRUSTED_PROXIES": "proxy.internal"},
                                 {"WEB_MAX_SOCKETS_PER_ADDRESS": "0"},
                                 {"WEB_CHAT_IDLE_MINUTES": "0"}])
def test_unusable_values_are_refused_with_the_setting_named(env):
    with pytest.raises(SettingsError, match=next(iter(env))):
        Settings.from_env(env)
