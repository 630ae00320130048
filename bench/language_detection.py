"""How well the conversation's language is read from short and mixed messages.

Run it directly (no model, no services)::

    .venv/bin/python bench/language_detection.py [--min-words 3] [--min-confidence 0.9]

It reads bench/language_messages.yml (messages labelled with the language the
conversation should switch to, or "none") and runs each through
bot.language.detect.LanguageDetector.clear_language, as a conversation does,
then prints per group: how many were read right, wrong switches (the other
language: the error a visitor would notice), and misses (no switch where
the evidence was clear). It also prints the time and memory lingua takes to
read its English and Spanish models, and the time per message after that.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.language.detect import EN, ES, MIN_CONFIDENCE, MIN_WORDS, LanguageDetector  # noqa: E402

MESSAGES = Path(__file__).with_name("language_messages.yml")
ACCEPTED = {"en": {EN}, "es": {ES}, "none": {None}, "en_or_none": {EN, None}, "es_or_none": {ES, None}}
WRONG = {"en": {ES}, "es": {EN}, "none": {EN, ES}, "en_or_none": {ES}, "es_or_none": {EN}}


def load_sets(path: Path = MESSAGES):
    """[(group, label, message)]"""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [(group, label, str(message)) for group, labels in data.items()
            for label, messages in labels.items() for message in messages]


def measure(detector: LanguageDetector, rows):
    """{(group, label): [right, wrong switch, missed, failures]}"""
    results = {}
    for group, label, message in rows:
        got = detector.clear_language(message)
        counts = results.setdefault((group, label), [0, 0, 0, []])
        if got in ACCEPTED[label]:
            counts[0] += 1
        else:
            counts[1 if got in WRONG[label] else 2] += 1
            counts[3].append(f"{message!r} -> {got}")
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-words", type=int, default=MIN_WORDS)
    parser.add_argument("--min-confidence", type=float, default=MIN_CONFIDENCE)
    args = parser.parse_args()
    detector = LanguageDetector(args.min_words, args.min_confidence)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    detector.warm()
    load_s = time.perf_counter() - started
    memory_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    rows = load_sets()
    started = time.perf_counter()
    results = measure(detector, rows)
    per_message_ms = (time.perf_counter() - started) * 1000 / len(rows)
    print(f"min words {args.min_words}, min confidence {args.min_confidence}")
    print(f"{'group':<16} {'label':<11} {'n':>4} {'right':>6} {'wrong':>6} {'missed':>7}")
    totals = [0, 0, 0, 0]
    for (group, label), (right, wrong, missed, failures) in results.items():
        n = right + wrong + missed
        totals = [totals[0] + n, totals[1] + right, totals[2] + wrong, totals[3] + missed]
        print(f"{group:<16} {label:<11} {n:>4} {right / n:>6.1%} {wrong:>6} {missed:>7}")
        for failure in failures:
            print(f"    {failure}")
    n, right, wrong, missed = totals
    print(f"{'all':<28} {n:>4} {right / n:>6.1%} {wrong:>6} {missed:>7}")
    print(f"models read in {load_s:.2f} s, +{memory_mb:.0f} MB; {per_message_ms:.2f} ms a message after")
    return 0


if __name__ == "__main__":
    sys.exit(main())
