"""RASA_REPLICAS: several Rasa processes only with shared stores (bot.core.settings)."""

import pytest

from bot.core.settings import Settings, SettingsError
from bot.runtime.supervisor import child_environment, stack_services

SHARED = {
    "RASA_TRACKER_STORE_URL": "postgresql://bot@127.0.0.1:5432/rasa",
    "RASA_LOCK_STORE_URL": "redis://127.0.0.1:6379/1",
    "BOT_DATABASE_URL": "postgresql://bot@127.0.0.1:5432/bot",
}


def test_two_replicas_without_postgresql_and_redis_are_refused_by_name():
    with pytest.raises(SettingsError) as refused:
        Settings.from_env({"RASA_REPLICAS": "2"})
    message = str(refused.value)
    for name in SHARED:
        assert name in message
    with pytest.raises(SettingsError, match="RASA_LOCK_STORE_URL"):
        Settings.from_env({**SHARED, "RASA_REPLICAS": "2", "RASA_LOCK_STORE_URL": ""})


def test_replicas_run_on_consecutive_ports_that_must_not_hit_the_other_services():
    settings = Settings.from_env({**SHARED, "RASA_REPLICAS": "3", "RASA_PORT": "6005"})
    assert settings.rasa_ports == (6005, 6006, 6007)
    assert settings.rasa_urls[2] == "http://127.0.0.1:6007"
    with pytest.raises(SettingsError, match="WEB_PORT or ACTIONS_PORT"):
        Settings.from_env({**SHARED, "RASA_REPLICAS": "2", "RASA_PORT": "5054"})


def test_the_supervisor_starts_one_rasa_per_replica_with_the_pool_sizes(tmp_path):
    settings = Settings.from_env({**SHARED, "RASA_REPLICAS": "2", "RASA_PORT": "6005",
                                  "BOT_VAR_DIR": str(tmp_path), "SQL_POOL_SIZE": "4",
                                  "SQL_MAX_OVERFLOW": "2", "ACTIONS_SECRET": "x"})
    services = {s.name: s for s in stack_services(settings)}
    assert set(services) == {"actions", "rasa", "rasa-2", "web"}
    argv = list(services["rasa-2"].argv)
    assert argv[argv.index("--port") + 1] == "6006"
    env = child_environment(settings, {})
    assert (env["SQL_POOL_SIZE"], env["SQL_MAX_OVERFLOW"], env["RASA_REPLICAS"]) == ("4", "2", "2")


def test_one_replica_is_the_default_and_needs_nothing_shared():
    settings = Settings.from_env({})
    assert settings.rasa_replicas == 1 and settings.rasa_urls == ("http://127.0.0.1:5005",)
