"""Shared fixtures: isolated settings (own var/ dir, own ports, own databases)."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from bot.core.settings import PROJECT_DIR, Settings

TEST_CLINIC = """\
name: Test Clinic
city: Springfield, NY
settings:
  phone: "+1 212 555 0100"
  address: "1 Test Plaza, Springfield, NY 10001"
  hours:
    - "Mon-Fri 9am-5pm"
    - "Sat 10am-2pm"
  website: "https://clinic.example"
  privacy_notice: "We keep what you type to follow up."
"""


# Password hashing at its smallest argon2id cost, for in-process tests only: the
# clinic's RFC 9106 parameters (about half a second a hash on this machine) made
# every staff test spend seconds creating accounts and recovery codes. Servers the
# tests start as processes, and tests marked `production_hashing`, keep the real
# parameters (tests/unit/test_staff_passwords.py checks them).
_QUICK_HASHER = None


@pytest.fixture(autouse=True)
def quick_password_hashing(request, monkeypatch):
    if request.node.get_closest_marker("production_hashing"):
        return
    global _QUICK_HASHER
    from argon2 import PasswordHasher, Type

    from bot.staff import passwords
    if _QUICK_HASHER is None:
        _QUICK_HASHER = PasswordHasher(time_cost=1, memory_cost=2048, parallelism=1, type=Type.ID)
    monkeypatch.setattr(passwords, "_hasher", lambda: _QUICK_HASHER)


def pytest_collection_modifyitems(config, items):
    """Under pytest-xdist (`make test` runs the Rasa side's tests on every core), the
    tests that start real servers run one after another in a single worker, beside
    the unit tests in the others: stacks started side by side would compete for the
    cores and for their start-up time limits."""
    if not config.pluginmanager.hasplugin("xdist"):
        return
    for item in items:
        if item.get_closest_marker("integration"):
            item.add_marker(pytest.mark.xdist_group("servers"))


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def clinic_file(tmp_path: Path) -> Path:
    path = tmp_path / "clinic.yml"
    path.write_text(TEST_CLINIC, encoding="utf-8")
    return path


@pytest.fixture
def settings(tmp_path: Path, clinic_file: Path) -> Settings:
    var_dir = tmp_path / "var"
    return Settings(
        var_dir=var_dir,
        web_port=free_port(),
        rasa_port=free_port(),
        actions_port=free_port(),
        rasa_token="test-token",
        secret_key="test-secret-key",
        run_delivery_worker=False,
        database_url=f"sqlite:///{var_dir / 'bot.db'}",
        clinic_file=clinic_file,
        model_dir=PROJECT_DIR / "models",
    )
