"""Load a trained Rasa model one way, and report time, memory and its outputs.

    .venv/bin/python bench/model_load.py --loader fast|stock [--model models/clinic.tar.gz]

`--loader` chooses how DIET's and TED's trained networks are built, whatever
class names the model's config uses (the component classes, files and weights
stay the same; only `model_class()` is switched):

* ``stock``: Rasa's own `RasaModel.load` (one dummy training step, then the
  checkpoint, then a warm-up prediction);
* ``fast``: `bot.rasa_ext.deferred_restore` (the checkpoint restored as the
  warm-up prediction builds the weights).

Prints one JSON object: seconds to import Rasa's Agent and to `Agent.load` the
model, resident memory after loading, and the probe outputs: the intent ranking
of each probe message, and TED's action probabilities (with the action the whole
ensemble chose) at each step of a short conversation. The conversation runs
without an action server: each predicted action is recorded as executed, with no
events of its own, the same for both loaders. tests/integration/test_fast_load.py
runs it both ways in fresh processes and compares the outputs.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import resource
import sys
import time
import warnings
from pathlib import Path
from typing import Any, Dict, List

PROJECT_DIR = Path(__file__).resolve().parent.parent
DEFAULT_MODEL = PROJECT_DIR / "models" / "clinic.tar.gz"
LOADERS = ("fast", "stock")
RANKING_LENGTH = 10
MAX_ACTIONS_PER_TURN = 5

# Questions, crisis messages, triage and intake openers, typos and small talk.
PROBE_MESSAGES = (
    "hi",
    "what is spravato",
    "is ketamine nasal spray fda approved",
    "how long does a spravato visit take",
    "can i drive home after my treatment",
    "how much does it cost",
    "do you take insurance",
    "does ketamine help with ptsd",
    "i have fibro and crps, can you help",
    "is ketamine right for me",
    "can someone call me back",
    "i took too many pills",
    "i don't want to be here anymore",
    "my friend is not breathing",
    "spravto side efects",
    "what are your hours",
    "are you a real person",
    "asdf qwerty",
    "thanks, bye",
    "quiero hablar con alguien",
)
# A short conversation: greeting, a question, the start of triage, an answer.
CONVERSATION = (
    "hello",
    "what is spravato",
    "is ketamine right for me",
    "depression",
    "more than a year",
    "thank you",
)


def quiet() -> None:
    """No log lines with message text, no warnings in the JSON output."""
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    warnings.filterwarnings("ignore")
    logging.disable(logging.WARNING)
    import structlog

    structlog.configure(
        wrapper_class=structlog.make_filtering_bound_logger(logging.WARNING))


def choose_loader(loader: str) -> None:
    """Make every DIET and TED component build its network the `loader` way."""
    from rasa.core.policies.ted_policy import TED, TEDPolicy
    from rasa.nlu.classifiers.diet_classifier import DIET, DIETClassifier

    from bot.rasa_ext.deferred_restore import DeferredRestoreDIET, DeferredRestoreTED
    from bot.rasa_ext.fast_load import FastLoadDIETClassifier, FastLoadTEDPolicy

    diet, ted = (DeferredRestoreDIET, DeferredRestoreTED) if loader == "fast" else (DIET, TED)
    for component in (DIETClassifier, FastLoadDIETClassifier):
        component.model_class = staticmethod(lambda: diet)
    for policy in (TEDPolicy, FastLoadTEDPolicy):
        policy.model_class = staticmethod(lambda: ted)


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def ranking(parse: Dict[str, Any]) -> List[List[Any]]:
    return [[item["name"], float(item["confidence"])]
            for item in parse.get("intent_ranking", [])[:RANKING_LENGTH]]


def ted_node(agent: Any) -> str:
    from rasa.core.policies.ted_policy import TEDPolicy

    nodes = agent.processor.model_metadata.predict_schema.nodes
    names = [name for name, node in nodes.items() if issubclass(node.uses, TEDPolicy)]
    if len(names) != 1:
        raise SystemExit(f"expected one TED policy in the model, found {names}")
    return names[0]


async def converse(agent: Any) -> List[Dict[str, Any]]:
    """TED's probabilities and the ensemble's action at each step of CONVERSATION."""
    from rasa.core.policies.policy import PolicyPrediction
    from rasa.shared.core.constants import ACTION_LISTEN_NAME, ACTION_SESSION_START_NAME
    from rasa.shared.core.events import ActionExecuted, SessionStarted, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker
    from rasa.engine.constants import PLACEHOLDER_TRACKER

    processor, domain = agent.processor, agent.domain
    ted, core = ted_node(agent), processor.model_metadata.core_target
    tracker = DialogueStateTracker("probe", domain.slots)
    for event in (ActionExecuted(ACTION_SESSION_START_NAME), SessionStarted(),
                  ActionExecuted(ACTION_LISTEN_NAME)):
        tracker.update(event)
    steps: List[Dict[str, Any]] = []
    for text in CONVERSATION:
        parse = await agent.parse_message(text)
        tracker.update(UserUttered(parse["text"], parse["intent"], parse["entities"], parse))
        for _ in range(MAX_ACTIONS_PER_TURN):
            results = processor.graph_runner.run(
                inputs={PLACEHOLDER_TRACKER: tracker}, targets=[ted, core])
            ted_prediction: PolicyPrediction = results[ted]
            chosen: PolicyPrediction = results[core]
            action = domain.action_names_or_texts[chosen.max_confidence_index]
            steps.append({"user": text, "action": action,
                          "ted": [float(p) for p in ted_prediction.probabilities]})
            tracker.update(ActionExecuted(action))
            if action == ACTION_LISTEN_NAME:
                break
    return steps


def probe(model: Path, loader: str) -> Dict[str, Any]:
    quiet()
    started = time.perf_counter()
    from rasa.core.agent import Agent

    from rasa.utils.tensorflow.environment import setup_tf_environment

    imported = time.perf_counter()
    setup_tf_environment()  # as `rasa run` does: TF_*_PARALLELISM_THREADS
    choose_loader(loader)
    agent = Agent.load(str(model))
    loaded = time.perf_counter()
    figures = {
        "loader": loader,
        "import_s": imported - started,
        "load_s": loaded - imported,
        "rss_mb_after_load": rss_mb(),
        "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
    loop = asyncio.new_event_loop()
    messages = {text: ranking(loop.run_until_complete(agent.parse_message(text)))
                for text in PROBE_MESSAGES}
    conversation = loop.run_until_complete(converse(agent))
    return {**figures, "intents": messages, "conversation": conversation,
            "action_names": list(agent.domain.action_names_or_texts)}


def main(argv: List[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--loader", choices=LOADERS, required=True)
    parser.add_argument("--model", type=Path, default=DEFAULT_MODEL)
    args = parser.parse_args(argv)
    if not args.model.is_file():
        print(f"{args.model} not found: run `make train` first", file=sys.stderr)
        return 2
    print(json.dumps(probe(args.model, args.loader)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
