"""Print intent accuracy and macro-F1 from `rasa test nlu`'s report; fail below the gates.

Usage: python tools/nlu_gate.py var/test-results/nlu/intent_report.json \
           --min-accuracy 0.95 --min-macro-f1 0.93
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report", type=Path)
    parser.add_argument("--min-accuracy", type=float, required=True)
    parser.add_argument("--min-macro-f1", type=float, required=True)
    args = parser.parse_args()

    report = json.loads(args.report.read_text(encoding="utf-8"))
    accuracy = report["accuracy"]
    macro_f1 = report["macro avg"]["f1-score"]
    support = report["macro avg"]["support"]
    weak = sorted(
        (name, scores["f1-score"])
        for name, scores in report.items()
        if isinstance(scores, dict) and "f1-score" in scores
        and name not in {"macro avg", "weighted avg", "micro avg"}
        and scores["f1-score"] < 0.9
    )
    print(f"NLU held-out evaluation: {support} examples")
    print(f"  intent accuracy  {accuracy:.3f}  (gate {args.min_accuracy:.2f})")
    print(f"  macro F1         {macro_f1:.3f}  (gate {args.min_macro_f1:.2f})")
    for name, f1 in weak:
        print(f"  weak intent      {name}: F1 {f1:.3f}")
    if accuracy < args.min_accuracy or macro_f1 < args.min_macro_f1:
        print("NLU evaluation FAILED the quality gate", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
