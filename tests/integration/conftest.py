"""The trained model's NLU, loaded once for the integration tests that parse
messages in this process."""

from __future__ import annotations

import asyncio
from typing import Any, Callable, Dict

import pytest

from bot.core.settings import PROJECT_DIR

MODEL = PROJECT_DIR / "models" / "clinic.tar.gz"


@pytest.fixture(scope="session")
def parse() -> Callable[[str], Dict[str, Any]]:
    assert MODEL.exists(), "no trained model: run `make train` (make test does)"
    from rasa.core.agent import Agent

    loop = asyncio.new_event_loop()
    agent = Agent.load(str(MODEL))
    yield lambda text: loop.run_until_complete(agent.parse_message(text))
    loop.close()
