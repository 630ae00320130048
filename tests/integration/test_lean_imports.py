"""The web app and the action server start without TensorFlow.

Only Rasa runs Keras models. TensorFlow in the web app (pulled in by spaCy's
thinc when the crisis detector loads) cost ~20 s of start-up and ~0.5 GB; the
action server has never needed it. Each check runs the real entry in a fresh
process up to the point where it would serve, with everything it loads at
start (the web app: its startup including the crisis detector; the action
server: every action module, registered the way rasa-sdk does), then reports
what was imported.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Dict

import pytest

from bot.core.settings import PROJECT_DIR
from tests.conftest import TEST_CLINIC, free_port
from tests.pattern_cache import seed_pattern_cache

pytestmark = pytest.mark.integration
TIMEOUT = 300

WEB_ENTRY = """
import asyncio, json, sys
from aiohttp import web
from bot.web import keys

def start_then_stop(app, **options):
    async def startup():
        runner = web.AppRunner(app)
        await runner.setup()  # the app's whole start-up, as web.run_app does it
        detector = await app[keys.DETECTOR]  # loaded in the background at start
        assert detector.detect("I took all my pills") is not None
        await runner.cleanup()
    asyncio.run(startup())

web.run_app = start_then_stop
from bot.cli import main
main(["web"])
print(json.dumps({name: sys.modules.get(name) is not None
                  for name in ("tensorflow", "spacy", "rasa")}))
"""

ACTIONS_ENTRY = """
import json, sys
import bot.runtime.action_server
from rasa_sdk.executor import ActionExecutor
from rasa_sdk.endpoint import create_app
executor = ActionExecutor()
executor.register_package("actions")  # what `--actions actions` does
assert "action_record_escalation" in executor.actions  # every module imported
print(json.dumps({name: sys.modules.get(name) is not None
                  for name in ("tensorflow", "spacy", "rasa")}))
"""


def run_entry(code: str, tmp_path: Path) -> Dict[str, bool]:
    clinic = tmp_path / "clinic.yml"
    clinic.write_text(TEST_CLINIC, encoding="utf-8")
    env = {**os.environ, "BOT_VAR_DIR": str(tmp_path / "var"), "CLINIC_FILE": str(clinic),
           "WEB_PORT": str(free_port()), "TF_CPP_MIN_LOG_LEVEL": "2"}
    env.pop("BOT_DATABASE_URL", None)
    seed_pattern_cache(tmp_path / "var")
    done = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_DIR, env=env,
                          capture_output=True, text=True, timeout=TIMEOUT)
    assert done.returncode == 0, done.stderr[-4000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_web_app_starts_with_its_crisis_detector_and_without_tensorflow(tmp_path):
    imported = run_entry(WEB_ENTRY, tmp_path)
    assert imported["spacy"], "the crisis detector (spaCy) did not load"
    assert not imported["tensorflow"]
    assert not imported["rasa"]


def test_the_action_server_loads_every_action_without_tensorflow(tmp_path):
    imported = run_entry(ACTIONS_ENTRY, tmp_path)
    assert not imported["tensorflow"]


RASA_ENTRY = """
import json, sys
from bot.rasa_ext.serve import keep_unused_imports_out
keep_unused_imports_out()
import rasa.core.agent  # imports TensorFlow
import tensorflow as tf
assert float(tf.reduce_sum(tf.constant([1.0, 2.0]))) == 3.0
print(json.dumps({name: sys.modules.get(name) is not None
                  for name in ("tensorflow", "jax")}))
"""


def test_rasa_started_by_our_launcher_has_tensorflow_but_not_jax(tmp_path):
    imported = run_entry(RASA_ENTRY, tmp_path)
    assert imported == {"tensorflow": True, "jax": False}


def test_our_launcher_is_rasas_own_command_line():
    done = subprocess.run([sys.executable, "-m", "bot.rasa_ext.serve", "--version"],
                          cwd=PROJECT_DIR, capture_output=True, text=True, timeout=TIMEOUT)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Rasa Version" in done.stdout
