"""What the round-by-round crisis class tests share: the categories they expect,
what counts as a fitting detection, and the check that their texts were written
for the test, not copied from a blind evaluation set."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Set

import yaml

from bot.crisis.categories import FITTING

SETS = Path(__file__).resolve().parents[1] / "data" / "crisis"
O, S, M, R = "overdose", "self_harm", "medical_emergency", "possible_risk"


def fits(category, expected) -> bool:
    """A possible risk may also be read as self-harm; an overdose as a poisoning."""
    if expected == R:
        return category in (R, S)
    return category in FITTING[expected] | ({"poisoning"} if expected == O else set())


def copied_from_blind_sets(texts: Iterable[str]) -> Set[str]:
    blind = {item["text"].lower() for path in SETS.glob("blind_round*.yml")
             for item in yaml.safe_load(path.read_text(encoding="utf-8"))}
    return blind & {t.lower() for t in texts}
