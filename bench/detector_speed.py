"""How long the crisis detector takes a message, with and without its literal prefilter.

    .venv/bin/python bench/detector_speed.py [--every 5]

Times `CrisisDetector.analyze` on the regression crisis texts (tools/crisis_sets.py's
regression set; `--every N` takes every Nth text, 1 for all) once with the
prefilter (the default, bot.core.regex_prefilter) and once without it
(`CrisisDetector(prefilter=False)`: every phrase and idiom regex runs), the two
alternating text by text so that machine load falls on both alike, and prints ms
per message (median and p95) of each. Then the slowest cases: messages of the
web chat's longest (1,000 characters) and of the detector's (MAX_CHARS, reached
only through Rasa's own REST channel), each the regression texts run together
from a different start, timed with the prefilter; a pattern that rereads the whole
message from every position shows here first. The 1-minute load average is
printed: other work on the machine changes the figures.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable, List

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from detector_texts import regression_texts  # noqa: E402


def elapsed_ms(analyze: Callable, text: str) -> float:
    started = time.perf_counter()
    analyze(text)
    return (time.perf_counter() - started) * 1000


def summary(name: str, times: List[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return f"{name:<18} median {statistics.median(ordered):6.2f} ms   p95 {p95:6.2f} ms   " \
           f"mean {statistics.fmean(ordered):6.2f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--every", type=int, default=5, help="take every Nth regression text (1: all)")
    args = parser.parse_args()

    from bot.crisis.detector import CrisisDetector

    pattern_file = Path(tempfile.mkdtemp()) / "crisis-patterns.marshal"
    filtered = CrisisDetector(pattern_file=pattern_file)
    unfiltered = CrisisDetector(pattern_file=pattern_file, prefilter=False)
    texts = regression_texts()[::args.every]
    for text in texts[:20]:  # warm up
        filtered.analyze(text)
        unfiltered.analyze(text)

    on: List[float] = []
    off: List[float] = []
    for i, text in enumerate(texts):
        if i % 2:
            on.append(elapsed_ms(filtered.analyze, text))
            off.append(elapsed_ms(unfiltered.analyze, text))
        else:
            off.append(elapsed_ms(unfiltered.analyze, text))
            on.append(elapsed_ms(filtered.analyze, text))

    print(f"{len(texts)} regression texts, load average {os.getloadavg()[0]:.2f}")
    print(summary("without prefilter", off))
    print(summary("with prefilter", on))

    from bot.crisis.detector import MAX_CHARS
    from bot.web.chat_input import MAX_MESSAGE_CHARS

    for length in (MAX_MESSAGE_CHARS, MAX_CHARS):
        longest = []
        for start in range(0, len(texts), max(1, len(texts) // 10))[:10]:
            message = ""
            for text in texts[start:] + texts[:start]:
                if len(message) >= length:
                    break
                message += text + " "
            longest.append(elapsed_ms(filtered.analyze, message[:length]))
        print(summary(f"{length}-char messages", longest) + f"   max {max(longest):7.1f} ms")

if __name__ == "__main__":
    main()
