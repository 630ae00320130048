"""Our fast-loading DIET and TED answer exactly as Rasa's own loading would.

The trained model is loaded twice, each time in a fresh process
(bench/model_load.py): once with Rasa's `RasaModel.load` (a dummy training step,
then the checkpoint) and once with ours (the checkpoint restored as the warm-up
prediction builds the weights). Same archive, same component classes and files;
only the way the networks are built differs. A visitor must get the same
intent and the same next action either way, so the intent rankings of the
probe messages and TED's action probabilities over a short conversation must
agree to 5 decimals.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any, Dict

import pytest
import yaml

from bot.core.settings import PROJECT_DIR

pytestmark = pytest.mark.integration
MODEL = PROJECT_DIR / "models" / "clinic.tar.gz"
PROBE = PROJECT_DIR / "bench" / "model_load.py"
DECIMALS = 5
LOAD_TIMEOUT = 600


def load_and_probe(loader: str) -> Dict[str, Any]:
    env = {**os.environ, "PYTHONHASHSEED": "0", "TF_CPP_MIN_LOG_LEVEL": "2",
           "RASA_TELEMETRY_ENABLED": "false"}
    done = subprocess.run(
        [sys.executable, str(PROBE), "--loader", loader, "--model", str(MODEL)],
        cwd=PROJECT_DIR, env=env, capture_output=True, text=True, timeout=LOAD_TIMEOUT)
    assert done.returncode == 0, done.stderr[-4000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def probes() -> Dict[str, Dict[str, Any]]:
    assert MODEL.exists(), "no trained model: run `make train` (make test does)"
    return {loader: load_and_probe(loader) for loader in ("stock", "fast")}


def same_to_decimals(actual, expected) -> bool:
    return list(actual) == pytest.approx(list(expected), abs=10 ** -DECIMALS, rel=0)


def test_config_names_the_fast_loading_components():
    config = yaml.safe_load((PROJECT_DIR / "config.yml").read_text(encoding="utf-8"))
    pipeline = [item["name"] for item in config["pipeline"]]
    policies = [item["name"] for item in config["policies"]]
    assert "bot.rasa_ext.fast_load.FastLoadDIETClassifier" in pipeline
    assert "bot.rasa_ext.fast_load.FastLoadTEDPolicy" in policies
    assert "DIETClassifier" not in pipeline and "TEDPolicy" not in policies


def test_every_probe_message_gets_the_same_intent_ranking(probes):
    stock, fast = probes["stock"]["intents"], probes["fast"]["intents"]
    assert stock.keys() == fast.keys()
    for text in stock:
        assert [name for name, _ in fast[text]] == [name for name, _ in stock[text]], text
        assert same_to_decimals((c for _, c in fast[text]), (c for _, c in stock[text])), text
    # The probe set is not trivial: several different intents come out on top.
    assert len({ranking[0][0] for ranking in stock.values()}) >= 8


def test_the_conversation_gets_the_same_action_probabilities(probes):
    stock, fast = probes["stock"]["conversation"], probes["fast"]["conversation"]
    assert [step["action"] for step in fast] == [step["action"] for step in stock]
    for step_fast, step_stock in zip(fast, stock):
        assert same_to_decimals(step_fast["ted"], step_stock["ted"]), step_stock["user"]
    # TED really ran: one probability per action of the domain, changing with
    # the conversation, and its top action is the one chosen at least once.
    names = probes["stock"]["action_names"]
    assert all(len(step["ted"]) == len(names) for step in stock)
    assert len({tuple(round(p, 4) for p in step["ted"]) for step in stock}) > 1
    assert any(names[max(range(len(names)), key=step["ted"].__getitem__)] == step["action"]
               for step in stock)


def test_the_fast_load_is_faster_and_smaller(probes):
    stock, fast = probes["stock"], probes["fast"]
    assert fast["load_s"] < stock["load_s"]
    assert fast["rss_mb_after_load"] < stock["rss_mb_after_load"]
