"""Why the trained assistant read a message as a crisis, layer by layer.

Usage:
    python tools/crisis_explain.py [--model models/clinic.tar.gz] TEXT [TEXT ...]
    python tools/crisis_explain.py --file texts.txt          (one message per line)
    python tools/crisis_explain.py --regression-alarms       (look-alikes of the
                                                              regression set that alarm)

For each message it prints the three layers that bot/crisis/rasa_component.py
combines: the deterministic detector (its category, or "ruled out" when it found
crisis words and dismissed them), DIET's reading before the crisis guard (top
intent and confidence), and the sentence-embedding risk model (its kind at the
threshold, and its crisis probability); then the category the guard chose and
the rule that gave it, in the guard's own words (`CrisisGuard.read`, so the
tool cannot drift from the running assistant). A false alarm is fixed by class
in the layer that raised it: the detector's patterns, DIET's training examples
(data/nlu) or the risk model's look-alikes (tests/data/crisis regression).

Never point it at the current blind set: that set is measured, not studied.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from dataclasses import asdict
from typing import Any, Dict, List

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from model_parser import load_parser  # noqa: E402


def explain(texts: List[str], model: Path) -> List[Dict[str, Any]]:
    """One row per text: the guard's own reading (CrisisGuard.read, recorded as
    the running assistant takes it) and the intent the parse ended with. When
    the guard did not consult the risk model, its reading is shown for
    information only (marked "not consulted")."""
    from rasa.shared.nlu.constants import TEXT

    from bot.crisis import rasa_component as G

    seen: Dict[str, Dict[str, Any]] = {}
    original = G.CrisisGuard.read

    def recording(self, message):
        reading = original(self, message)
        row = asdict(reading)
        if not reading.risk_consulted:
            row["risk_kind"], row["risk_probability"] = self._risk_reading(message.get(TEXT) or "")
        seen[message.get(TEXT) or ""] = row
        return reading

    G.CrisisGuard.read = recording
    try:
        parse = load_parser(model)
        rows = []
        for text in texts:
            parsed = parse(text)
            rows.append({"text": text, **seen[text],
                         "final_intent": (parsed.get("intent") or {}).get("name")})
    finally:
        G.CrisisGuard.read = original
    return rows


def _print(rows: List[Dict[str, Any]]) -> None:
    for row in rows:
        probability = row["risk_probability"]
        print(row["text"][:150])
        print(f"    detector: {row['detected'] or ('ruled out' if row['ruled_out'] else '-')}"
              f" | DIET: {row['intent']} {row['confidence']:.2f}"
              f" | risk: {row['risk_kind'] or '-'}"
              f" {'' if probability is None else f'{probability:.2f}'}"
              f"{'' if row['risk_consulted'] else ' (not consulted)'}"
              f" | chosen: {row['category'] or '-'} ({row['reason']}) -> {row['final_intent']}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("texts", nargs="*")
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "clinic.tar.gz")
    parser.add_argument("--file", type=Path)
    parser.add_argument("--regression-alarms", action="store_true",
                        help="the regression set's look-alikes the assistant alarms on")
    args = parser.parse_args()
    texts = list(args.texts)
    if args.file:
        texts += [line.strip() for line in args.file.read_text(encoding="utf-8").splitlines()
                  if line.strip()]
    only_alarms = False
    if args.regression_alarms:
        from crisis_sets import load_regression

        texts += [case.text for case in load_regression() if case.kind == "none"]
        only_alarms = True
    if not texts:
        parser.error("no messages given")
    rows = explain(texts, args.model)
    if only_alarms:
        rows = [row for row in rows if row["category"]]
        by_rule: Dict[str, int] = {}
        for row in rows:
            rule = row["reason"].split(" (")[0]
            by_rule[rule] = by_rule.get(rule, 0) + 1
        print(f"{len(rows)} look-alikes alarm; by rule: {by_rule}")
    _print(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
