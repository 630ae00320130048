"""Recall and false-alarm rate of the crisis detector on tests/data/crisis_phrases.yml.

Prints the figures (make test runs it) and every miss; exits 1 below the gates:
100% recall on every emergency kind, at most 2% false alarms on look-alikes.
Usage: python tools/crisis_eval.py [--verbose]
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from bot.crisis.detector import CrisisDetector

PHRASES = Path(__file__).resolve().parent.parent / "tests" / "data" / "crisis_phrases.yml"
MAX_FALSE_ALARM_RATE = 0.02


def main() -> int:
    data = yaml.safe_load(PHRASES.read_text(encoding="utf-8"))
    detector = CrisisDetector()
    ok = True
    print("Crisis detector on tests/data/crisis_phrases.yml")
    for kind in ("overdose", "self_harm", "medical_emergency"):
        messages = data[kind]
        misses = [m for m in messages if detector.detect(m) is None]
        wrong_kind = [(m, detector.detect(m).category) for m in messages
                      if detector.detect(m) is not None and detector.detect(m).category != kind]
        recall = 1 - len(misses) / len(messages)
        print(f"  {kind:<18} recall {recall:6.1%}  ({len(messages) - len(misses)}/{len(messages)}), "
              f"other category {len(wrong_kind)}")
        for message in misses:
            print(f"    MISSED: {message}")
        if "--verbose" in sys.argv:
            for message, got in wrong_kind:
                print(f"    as {got}: {message}")
        ok &= not misses
    calm = data["not_emergency"]
    alarms = [(m, detector.detect(m)) for m in calm if detector.detect(m) is not None]
    rate = len(alarms) / len(calm)
    print(f"  look-alikes        false alarms {rate:6.1%}  ({len(alarms)}/{len(calm)}, "
          f"gate {MAX_FALSE_ALARM_RATE:.0%})")
    for message, detection in alarms:
        print(f"    FALSE ALARM ({detection.category}: {detection.text!r}): {message}")
    ok &= rate <= MAX_FALSE_ALARM_RATE
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
