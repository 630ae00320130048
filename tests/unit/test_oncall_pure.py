import pytest

from bot.oncall.message import Notification
from bot.oncall.outbox import BACKOFF_MAX_SECONDS, backoff
from bot.oncall.signing import InvalidLink, sign_ack, verify_ack


def test_signed_link_round_trip_and_refusals():
    token = sign_ack(42, "secret", now=1000)
    assert verify_ack(token, "secret", now=1001) == 42
    with pytest.raises(InvalidLink, match="signature"):
        verify_ack(token, "other-secret", now=1001)
    with pytest.raises(InvalidLink, match="signature"):
        verify_ack(token.replace("42.", "43.", 1), "secret", now=1001)
    with pytest.raises(InvalidLink, match="expired"):
        verify_ack(token, "secret", now=1000 + 24 * 3600 + 1)
    for junk in ("", "abc", "1.2", "1.x.y", "../../etc/passwd"):
        with pytest.raises(InvalidLink):
            verify_ack(junk, "secret")


def test_backoff_grows_and_is_capped():
    waits = [backoff(n) for n in range(1, 12)]
    assert waits[:4] == [2, 4, 8, 16]
    assert max(waits) == BACKOFF_MAX_SECONDS


def test_notification_carries_the_minimum():
    note = Notification(7, "self_harm", "2026-11-27T06:00:00", "https://x/oncall/ack/t")
    body = note.webhook_body()
    assert set(body) == {"text", "escalation_id", "category", "created_at", "ack_url", "backup"}
    assert "suicidal thoughts or self-harm" in body["text"] and "https://x/oncall/ack/t" in body["text"]
    backup = Notification(7, "overdose", "t", "u", backup=True)
    assert backup.subject.startswith("BACKUP PAGE")
