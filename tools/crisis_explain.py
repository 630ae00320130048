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
which rule of `choose_category` gave it. A false alarm is fixed by class in
the layer that raised it: the detector's patterns, DIET's training examples
(data/nlu) or the risk model's look-alikes (tests/data/crisis regression).

Never point it at the current blind set: that set is measured, not studied.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, Dict, List, Optional

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from model_parser import load_parser  # noqa: E402


def _which_rule(detected: Optional[str], ruled_out: bool, pre: Dict[str, Any],
                risk_kind: Optional[str], risk_probability: Optional[float],
                chosen: Optional[str]) -> str:
    """The branch of choose_category that produced `chosen`, in words."""
    from bot.crisis import categories as C
    from bot.crisis import rasa_component as G

    if detected is not None:
        return "detector"
    if ruled_out:
        return "ruled out by the detector (DIET and risk model overruled)"
    if chosen is None:
        return "-"
    intent, confidence = pre["intent"], pre["confidence"]
    if intent in C.BY_INTENT and C.BY_INTENT[intent].tier is C.Tier.URGENT:
        return f"DIET urgent intent ({intent})"
    if intent in C.BY_INTENT and confidence >= G.DIET_MIN_CONFIDENCE:
        return f"DIET confident ({intent} >= {G.DIET_MIN_CONFIDENCE})"
    if intent in G.RISK_INTENTS and confidence >= G.ASK_MIN_CONFIDENCE:
        return f"DIET suicide-risk reading >= {G.ASK_MIN_CONFIDENCE} (ask tier)"
    if intent in C.BY_INTENT and confidence >= G.AGREED_DIET_MIN \
            and (risk_probability or 0) >= G.AGREED_RISK_MIN:
        return "DIET and risk model agree (weak readings)"
    if risk_kind:
        return f"risk model alone ({risk_kind})"
    return "?"


def explain(texts: List[str], model: Path) -> List[Dict[str, Any]]:
    from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, PREDICTED_CONFIDENCE_KEY, TEXT

    from bot.crisis import rasa_component as G

    seen: Dict[str, Dict[str, Any]] = {}
    original = G.CrisisGuard.process

    def recording(self, messages):
        for message in messages:
            text = message.get(TEXT) or ""
            intent = message.get(INTENT) or {}
            detections, ruled_out = self._detector.analyze(text)
            best = G.C.most_urgent(detections)
            kind, probability = self._risk_reading(text)
            seen[text] = {"intent": intent.get(INTENT_NAME_KEY),
                          "confidence": intent.get(PREDICTED_CONFIDENCE_KEY) or 0.0,
                          "detected": best.category if best else None, "ruled_out": ruled_out,
                          "risk_kind": kind, "risk_probability": probability}
        return original(self, messages)

    G.CrisisGuard.process = recording
    parse = load_parser(model)
    rows = []
    for text in texts:
        parsed = parse(text)
        layers = seen[text]
        chosen = next((e["value"] for e in parsed.get("entities") or []
                       if e.get("entity") == G.ENTITY), None)
        rule = _which_rule(layers["detected"], layers["ruled_out"], layers,
                           layers["risk_kind"], layers["risk_probability"], chosen)
        rows.append({"text": text, **layers, "chosen": chosen, "rule": rule,
                     "final_intent": (parsed.get("intent") or {}).get("name")})
    return rows


def _print(rows: List[Dict[str, Any]]) -> None:
    for row in rows:
        probability = row["risk_probability"]
        print(row["text"][:150])
        print(f"    detector: {row['detected'] or ('ruled out' if row['ruled_out'] else '-')}"
              f" | DIET: {row['intent']} {row['confidence']:.2f}"
              f" | risk: {row['risk_kind'] or '-'}"
              f" {'' if probability is None else f'{probability:.2f}'}"
              f" | chosen: {row['chosen'] or '-'} ({row['rule']}) -> {row['final_intent']}")


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
        rows = [row for row in rows if row["chosen"]]
        by_rule: Dict[str, int] = {}
        for row in rows:
            by_rule[row["rule"].split(" (")[0]] = by_rule.get(row["rule"].split(" (")[0], 0) + 1
        print(f"{len(rows)} look-alikes alarm; by rule: {by_rule}")
    _print(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
