import pytest
import yaml

from bot.runtime.rasa_endpoints import render_endpoints, write_endpoints
from bot.core.settings import PROJECT_DIR, Settings, SettingsError


def test_repository_endpoints_file_matches_the_default_rendering():
    """`rasa shell` (endpoints.yml) and `make run` (rendered) must agree by default."""
    in_repo = yaml.safe_load((PROJECT_DIR / "endpoints.yml").read_text())
    assert in_repo == render_endpoints(Settings.from_env({}))


def test_ports_follow_settings():
    rendered = render_endpoints(Settings(actions_port=6123))
    assert rendered["action_endpoint"]["url"] == "http://127.0.0.1:6123/webhook"


def test_rasa_sends_the_action_servers_secret_in_a_header():
    rendered = render_endpoints(Settings(actions_secret="abc123"))
    assert rendered["action_endpoint"]["headers"] == {"X-Actions-Secret": "abc123"}
    assert "headers" not in render_endpoints(Settings())["action_endpoint"]


def test_postgresql_tracker_store_and_redis_lock_store():
    rendered = render_endpoints(Settings(
        tracker_store_url="postgresql://rasa:p%40ss@db.internal:5433/tracker",
        lock_store_url="redis://:pw@cache:6380/3",
    ))
    assert rendered["tracker_store"] == {
        "type": "bot.rasa_ext.tracker_store.SharedSQLTrackerStore",
        "dialect": "postgresql", "url": "db.internal", "port": 5433,
        "db": "tracker", "username": "rasa", "password": "p@ss",
    }
    assert rendered["lock_store"] == {
        "type": "redis", "url": "cache", "port": 6380, "db": 3,
        "key_prefix": "clinicbot", "password": "pw",
    }


@pytest.mark.parametrize("field, url", [
    ("tracker_store_url", "mongodb://x/y"),
    ("lock_store_url", "memcached://x"),
])
def test_unsupported_stores_are_refused(field, url):
    with pytest.raises(SettingsError):
        render_endpoints(Settings(**{field: url}))


def test_written_file_is_private(tmp_path):
    (tmp_path / "run").mkdir()
    (tmp_path / "run" / "endpoints.yml").write_text("old")
    (tmp_path / "run" / "endpoints.yml").chmod(0o644)  # left by an older version
    path = write_endpoints(Settings(var_dir=tmp_path, actions_secret="abc"))
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    assert yaml.safe_load(path.read_text())["action_endpoint"]


def test_sqlite_tracker_store_urls_keep_absolute_paths(tmp_path):
    from bot.runtime.rasa_endpoints import tracker_store_config
    from bot.core.settings import Settings

    absolute = Settings(tracker_store_url=f"sqlite:///{tmp_path}/t.db")
    assert tracker_store_config(absolute)["db"] == f"{tmp_path}/t.db"
    relative = Settings(tracker_store_url="sqlite:///var/t.db")
    assert tracker_store_config(relative)["db"] == "var/t.db"


def test_the_lock_key_prefix_is_one_rasa_keeps():
    from rasa.core.lock_store import RedisLockStore

    from bot.runtime.rasa_endpoints import LOCK_KEY_PREFIX

    store = RedisLockStore.__new__(RedisLockStore)
    store.key_prefix = "lock:"
    store._set_key_prefix(LOCK_KEY_PREFIX)
    assert store.key_prefix == f"{LOCK_KEY_PREFIX}:lock:"
