import stat

import pytest

from bot.core.settings import PROJECT_DIR, Settings, SettingsError, resolve_rasa_token


def test_defaults_run_everything_on_loopback_with_sqlite_under_var():
    settings = Settings.from_env({})
    assert (settings.web_port, settings.rasa_port, settings.actions_port) == (8000, 5005, 5055)
    assert settings.web_host == "127.0.0.1"
    assert settings.rasa_url == "http://127.0.0.1:5005"
    assert settings.database_url == f"sqlite:///{PROJECT_DIR / 'var' / 'bot.db'}"
    assert settings.tracker_store_url == "" and settings.lock_store_url == ""


def test_environment_overrides_ports_paths_and_urls(tmp_path):
    settings = Settings.from_env({
        "WEB_PORT": "9000", "RASA_PORT": "9005", "ACTIONS_PORT": "9055",
        "BOT_VAR_DIR": str(tmp_path), "BOT_DATABASE_URL": "postgresql://db/x",
        "CLINIC_FILE": "other.yml", "BOT_LOG_LEVEL": "debug",
    })
    assert settings.web_url == "http://127.0.0.1:9000"
    assert settings.actions_url == "http://127.0.0.1:9055"
    assert settings.var_dir == tmp_path
    assert settings.database_url == "postgresql://db/x"
    assert settings.clinic_file == PROJECT_DIR / "other.yml"
    assert settings.log_level == "DEBUG"


@pytest.mark.parametrize("env, message", [
    ({"WEB_PORT": "eighty"}, "WEB_PORT must be a port number"),
    ({"RASA_PORT": "70000"}, "RASA_PORT must be between 1 and 65535"),
    ({"WEB_PORT": "5005"}, "must differ"),
    ({"BOT_LOG_LEVEL": "loud"}, "BOT_LOG_LEVEL"),
    ({"SUPERVISOR_LIVENESS_SECONDS": "-1"}, "SUPERVISOR_LIVENESS_SECONDS must be between 0"),
    ({"SUPERVISOR_LIVENESS_TIMEOUT": "0"}, "SUPERVISOR_LIVENESS_TIMEOUT must be between 1"),
    ({"SUPERVISOR_LIVENESS_FAILURES": "0"}, "SUPERVISOR_LIVENESS_FAILURES must be between 1"),
    ({"SUPERVISOR_LIVENESS_TIMEOUT": "2.5"}, "SUPERVISOR_LIVENESS_TIMEOUT must be a number of"),
])
def test_bad_values_are_refused_with_the_variable_named(env, message):
    with pytest.raises(SettingsError, match=message):
        Settings.from_env(env)


def test_token_is_never_in_repr():
    assert "s3cret" not in repr(Settings(rasa_token="s3cret"))


def test_configured_token_wins(tmp_path):
    settings = resolve_rasa_token(Settings(var_dir=tmp_path, rasa_token="given"))
    assert settings.rasa_token == "given"
    assert not (tmp_path / "rasa_token").exists()


def test_generated_token_is_private_and_reused(tmp_path):
    first = resolve_rasa_token(Settings(var_dir=tmp_path / "var"))
    token_file = tmp_path / "var" / "rasa_token"
    assert len(first.rasa_token) >= 32
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    second = resolve_rasa_token(Settings(var_dir=tmp_path / "var"))
    assert second.rasa_token == first.rasa_token
