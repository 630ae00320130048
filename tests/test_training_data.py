"""Checks on the NLU data itself: enough variety, and a held-out set kept apart."""

import re
from collections import defaultdict
from pathlib import Path

import yaml

from bot.core.settings import PROJECT_DIR

MIN_TRAINING_EXAMPLES = 20
MIN_HOLDOUT_EXAMPLES = 5


def examples_by_intent(paths):
    found = defaultdict(list)
    for path in paths:
        for item in yaml.safe_load(Path(path).read_text(encoding="utf-8")).get("nlu", []):
            if "intent" in item:
                lines = [l.strip()[2:] for l in item["examples"].splitlines() if l.strip()]
                found[item["intent"]].extend(lines)
    return found


def normalise(text: str) -> str:
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)|\[([^\]]*)\]\{[^}]*\}", r"\1\2", text)
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


TRAINING = examples_by_intent(sorted((PROJECT_DIR / "data" / "nlu").glob("*.yml")))
HOLDOUT = examples_by_intent([PROJECT_DIR / "tests" / "nlu_holdout.yml"])
DOMAIN_INTENTS = set(yaml.safe_load((PROJECT_DIR / "domain.yml").read_text())["intents"])


def test_every_domain_intent_has_enough_varied_training_examples():
    for intent in DOMAIN_INTENTS:
        examples = {normalise(e) for e in TRAINING[intent]}
        assert len(examples) >= MIN_TRAINING_EXAMPLES, intent


def test_every_intent_is_in_the_holdout_set():
    for intent in DOMAIN_INTENTS:
        assert len(HOLDOUT[intent]) >= MIN_HOLDOUT_EXAMPLES, intent


def test_holdout_examples_never_appear_in_training():
    training = {normalise(e) for examples in TRAINING.values() for e in examples}
    leaked = [e for examples in HOLDOUT.values() for e in examples if normalise(e) in training]
    assert leaked == []


def test_no_example_is_trained_under_two_intents():
    owner = {}
    for intent, examples in TRAINING.items():
        for example in examples:
            key = normalise(example)
            assert owner.setdefault(key, intent) == intent, f"{example!r}: {owner[key]} and {intent}"
