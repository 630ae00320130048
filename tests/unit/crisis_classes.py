"""What the round-by-round crisis class tests share: the categories they expect,
what counts as a fitting detection, and the check that their texts were written
for the test, not copied from a blind evaluation set."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import FrozenSet, Iterable, Set

import yaml

from bot.crisis.categories import FITTING

SETS = Path(__file__).resolve().parents[1] / "data" / "crisis"
O, S, M, R = "overdose", "self_harm", "medical_emergency", "possible_risk"
V = "violence"  # domestic violence now


def fits(category, expected) -> bool:
    """A possible risk may also be read as self-harm; an overdose as a poisoning."""
    if expected == R:
        return category in (R, S)
    return category in FITTING[expected] | ({"poisoning"} if expected == O else set())


@lru_cache(maxsize=1)
def blind_texts() -> FrozenSet[str]:
    """Every blind set's messages, lowercased: read once per test run (with
    libyaml's parser when PyYAML has it; thirty files of pure-Python parsing
    in every test that asked cost minutes)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return frozenset(item["text"].lower() for path in sorted(SETS.glob("blind_round*.yml"))
                     for item in yaml.load(path.read_text(encoding="utf-8"), Loader=loader))


def copied_from_blind_sets(texts: Iterable[str]) -> Set[str]:
    return blind_texts() & {t.lower() for t in texts}
