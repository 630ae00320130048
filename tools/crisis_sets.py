"""The crisis evaluation sets (tests/data/crisis/), read in one place.

- regression: `phrases.yml` (the first, hand-written set) and every blind round
  older than BLIND_ROUND. `tools/crisis_eval.py` gates on it, and
  `tools/train_risk_model.py` learns from it.
- blind: `blind_round<BLIND_ROUND>.yml`, written by helpers who never saw the
  patterns, the training data or earlier sets; measured, never tuned against and
  never trained on.
"""

from __future__ import annotations

from pathlib import Path
from typing import Dict, List, NamedTuple

import yaml

# libyaml's parser when PyYAML has it: the sets are thousands of messages.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

SETS = Path(__file__).resolve().parent.parent / "tests" / "data" / "crisis"
BLIND_ROUND = 55


class Case(NamedTuple):
    text: str
    kind: str  # overdose | self_harm | medical | none
    tier: str  # emergency | ask | none
    lang: str


def load_phrases(path: Path) -> List[Case]:
    """The first set: {overdose|self_harm|medical_emergency|not_emergency: [text]}."""
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
    kinds = {"overdose": "overdose", "self_harm": "self_harm", "medical_emergency": "medical"}
    cases = [Case(t, kind, "emergency", "?") for key, kind in kinds.items() for t in data[key]]
    return cases + [Case(t, "none", "none", "?") for t in data["not_emergency"]]


def load_round(path: Path) -> List[Case]:
    return [Case(e["text"], e["kind"], e["tier"], e.get("lang", "?"))
            for e in yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)]


def load_regression(blind_round: int = BLIND_ROUND) -> List[Case]:
    """The regression set alone (the blind set is not read)."""
    regression = load_phrases(SETS / "phrases.yml")
    for n in range(1, blind_round):
        regression += load_round(SETS / f"blind_round{n}.yml")
    return regression


def load_sets(blind_round: int = BLIND_ROUND) -> Dict[str, List[Case]]:
    return {"regression": load_regression(blind_round),
            "blind": load_round(SETS / f"blind_round{blind_round}.yml")}
