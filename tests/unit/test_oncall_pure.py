from datetime import datetime, timedelta, timezone

import pytest

from bot.core.settings import OnCallSettings, SettingsError
from bot.crisis import categories
from bot.oncall.budget import Budget, is_upgrade, severity
from bot.oncall.message import DigestNotification, Notification
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
    assert set(body) == {"text", "escalation_id", "category", "created_at", "ack_url", "backup",
                         "upgraded", "language"}
    assert "suicidal thoughts or self-harm" in body["text"] and "https://x/oncall/ack/t" in body["text"]
    backup = Notification(7, "overdose", "t", "u", backup=True)
    assert backup.subject.startswith("BACKUP PAGE")


def test_a_spanish_speaking_visitor_is_named_so_the_right_person_calls_back():
    note = Notification(7, "overdose", "t", "u", language="es")
    assert note.subject == "Escalation #7: possible opioid overdose (Spanish-speaking visitor)"
    assert "Language: Spanish (call back in Spanish)" in note.text
    assert note.webhook_body()["language"] == "es"
    english = Notification(7, "overdose", "t", "u", language="en")
    assert english.subject == "Escalation #7: possible opioid overdose"
    assert "Language: English" in english.text and "call back in" not in english.text
    assert "Language" not in Notification(7, "overdose", "t", "u").text


def test_the_time_reads_in_the_clinics_zone_when_given():
    note = Notification(7, "overdose", "2026-11-30T20:04:00+00:00", "u",
                        local_time="Nov 30, 2026, 3:04 PM EST")
    assert "Time: Nov 30, 2026, 3:04 PM EST" in note.text
    assert note.webhook_body()["created_at"] == "2026-11-30T20:04:00+00:00"  # for machines


def test_an_upgrade_page_says_upgraded_and_names_the_new_category():
    note = Notification(7, "overdose_intentional", "t", "u", upgraded=True)
    assert note.subject.startswith("UPGRADED: Escalation #7: intentional overdose")
    assert "upgraded" in note.text and note.webhook_body()["upgraded"] is True


def test_a_digest_counts_what_was_held_and_points_to_the_dashboard():
    note = DigestNotification(3, escalations=45, upgrades=1, created_at="t",
                              dashboard_url="https://x/staff/escalations?status=open",
                              budget=5, budget_minutes=10)
    assert note.subject == "DIGEST: 45 more escalations and 1 upgrade: see the dashboard"
    assert "5 pages per 10 minutes" in note.text and "https://x/staff/escalations" in note.text
    one = DigestNotification(4, 1, 0, "t", "u", 5, 10)
    assert one.subject == "DIGEST: 1 more escalation: see the dashboard"


def test_severity_follows_the_declared_priority_of_the_categories():
    order = sorted(categories.ESCALATION_KEYS, key=severity)
    assert order[0] == "overdose_intentional" and order[-1] == "opioid_dependence"
    assert is_upgrade("opioid_dependence", "self_harm") and is_upgrade("overdose", "overdose_intentional")
    assert not is_upgrade("overdose", "medical_emergency") and not is_upgrade("overdose", "overdose")
    assert is_upgrade("an-old-unknown-key", "opioid_dependence")


def test_the_budget_allows_one_page_per_conversation_interval_and_a_global_limit():
    now = datetime(2026, 11, 30, 12, tzinfo=timezone.utc)
    budget = Budget.from_settings(OnCallSettings(page_interval_minutes=10, page_budget=5,
                                                 page_budget_minutes=10, digest_delay_seconds=60))
    assert budget.allows_primary(pages_in_window=4, conversation_paged_at=None, now=now)
    assert not budget.allows_primary(pages_in_window=5, conversation_paged_at=None, now=now)
    recent = now - timedelta(minutes=9)
    assert not budget.allows_primary(pages_in_window=0, conversation_paged_at=recent, now=now)
    assert budget.allows_primary(pages_in_window=0, conversation_paged_at=now - timedelta(minutes=10),
                                 now=now)
    assert budget.allows_upgrade(pages_in_window=4) and not budget.allows_upgrade(pages_in_window=5)
    held = now - timedelta(seconds=59)
    assert not budget.digest_due(oldest_held_at=held, last_digest_at=None, now=now)
    assert budget.digest_due(oldest_held_at=now - timedelta(seconds=60), last_digest_at=None, now=now)
    assert not budget.digest_due(oldest_held_at=now - timedelta(hours=1),
                                 last_digest_at=now - timedelta(minutes=9), now=now)
    assert not budget.digest_due(oldest_held_at=None, last_digest_at=None, now=now)


def test_the_budget_settings_are_read_from_the_environment_and_checked():
    oncall = OnCallSettings.from_env({"ONCALL_PAGE_BUDGET": "3", "ONCALL_PAGE_INTERVAL_MINUTES": "15",
                                      "ONCALL_PAGE_BUDGET_MINUTES": "30",
                                      "ONCALL_DIGEST_DELAY_SECONDS": "0"})
    assert (oncall.page_budget, oncall.page_interval_minutes, oncall.page_budget_minutes,
            oncall.digest_delay_seconds) == (3, 15, 30, 0)
    defaults = OnCallSettings.from_env({})
    assert (defaults.page_budget, defaults.page_interval_minutes, defaults.page_budget_minutes,
            defaults.digest_delay_seconds) == (5, 10, 10, 60)
    with pytest.raises(SettingsError):
        OnCallSettings.from_env({"ONCALL_PAGE_BUDGET": "0"})


def test_a_database_outage_is_logged_once_then_reminded_then_its_end(caplog):
    import logging

    from bot.oncall.worker import OUTAGE_REMINDER_SECONDS, OutageLog

    now = [100.0]
    outage = OutageLog(clock=lambda: now[0])
    with caplog.at_level(logging.WARNING, logger="bot.oncall.worker"):
        for _ in range(int(OUTAGE_REMINDER_SECONDS) * 2 + 5):  # one poll a second
            try:
                raise RuntimeError("connection refused")
            except RuntimeError:
                outage.failed()
            now[0] += 1
        outage.succeeded()
        outage.succeeded()  # nothing more once it is over
    messages = [record.getMessage() for record in caplog.records]
    assert len(messages) == 4, messages
    assert "database error" in messages[0] and caplog.records[0].exc_info
    assert "still unreachable after 60 s" in messages[1]
    assert "still unreachable after 120 s" in messages[2]
    assert "answers again after 125 s" in messages[3]
