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
