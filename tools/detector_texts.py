"""Texts to check the crisis detector's literal prefilter on (bot.core.regex_prefilter):
the crisis regression set, the NLU training examples and the crisis test cases.

Never the blind set of the current round or later rounds: they stay sealed.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path
from typing import List

import yaml

from crisis_sets import load_regression

ROOT = Path(__file__).resolve().parent.parent
NLU_DATA = ROOT / "data" / "nlu"
CASES = ROOT / "tests" / "unit"
# An entity annotation in an NLU example: "[ketamine](drug)" or '[mañana]{"entity": "day"}'.
ANNOTATION = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\{[^}]*\})")


def regression_texts() -> List[str]:
    """The regression set (the first phrase set and blind rounds before BLIND_ROUND)."""
    return [case.text for case in load_regression()]


def nlu_texts(directory: Path = NLU_DATA) -> List[str]:
    """Every example of data/nlu/*.yml, entity annotations reduced to their words."""
    texts = []
    for path in sorted(directory.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for item in data.get("nlu") or []:
            texts += _examples(item.get("examples") or "")
    return texts


def _examples(block: str) -> List[str]:
    lines = [line.strip() for line in block.splitlines()]
    return [ANNOTATION.sub(r"\1", line[2:]) for line in lines if line.startswith("- ")]


def case_texts() -> List[str]:
    """Every string in the lists of tests/unit/crisis_*cases.py (a case's text is
    the first item of its tuple)."""
    texts = []
    for path in sorted(CASES.glob("crisis_*cases.py")):
        module = importlib.import_module(f"tests.unit.{path.stem}")
        for value in vars(module).values():
            if isinstance(value, list):
                texts += [_case_text(case) for case in value if _case_text(case)]
    return texts


def _case_text(case) -> str:
    if isinstance(case, tuple) and case:
        case = case[0]
    return case if isinstance(case, str) else ""
