"""The action server builds its settings once per process (actions.settings);
each test starts from the environment it sets up."""

import pytest

from actions import settings


@pytest.fixture(autouse=True)
def fresh_action_settings():
    settings.clear()
    yield
    settings.clear()
