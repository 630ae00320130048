"""Whether the crisis detector's literal prefilter changes any reading.

    .venv/bin/python bench/detector_equivalence.py [--workers 2] [--all-pairs]

Runs `CrisisDetector.analyze` with the prefilter (the default) and without it
(`CrisisDetector(prefilter=False)`) on the regression crisis set (the first
phrase set and the blind rounds before BLIND_ROUND; the current and later blind
rounds are never read), every text of tests/unit/crisis_*cases.py and every NLU
example of data/nlu/*.yml, and prints how many texts were read differently
(detections or the ruled-out flag): it must be 0.

`--all-pairs` also checks the prefilter's safety property on every phrase and
idiom regex and every distinct normalised text: a regex that matches a text
never has a literal set the text misses (minutes; the unit test samples it).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from multiprocessing import Pool
from pathlib import Path
from typing import List, Tuple

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from detector_texts import case_texts, nlu_texts, regression_texts  # noqa: E402

_DETECTORS = {}


def _detectors(pattern_file: Path):
    """The filtered and the unfiltered detector of this worker process."""
    if not _DETECTORS:
        from bot.crisis.detector import CrisisDetector

        _DETECTORS["on"] = CrisisDetector(pattern_file=pattern_file)
        _DETECTORS["off"] = CrisisDetector(pattern_file=pattern_file, prefilter=False)
    return _DETECTORS["on"], _DETECTORS["off"]


def _reading(found) -> Tuple[list, bool]:
    detections, ruled_out = found
    return [(d.category, d.pattern, d.text) for d in detections], ruled_out


def compare(job: Tuple[Path, List[str]]) -> List[str]:
    """The texts of `job` that the two detectors read differently."""
    pattern_file, texts = job
    on, off = _detectors(pattern_file)
    return [text for text in texts if _reading(on.analyze(text)) != _reading(off.analyze(text))]


def unsafe_pairs(job: Tuple[Path, List[str]]) -> List[Tuple[str, str]]:
    """(pattern, text) pairs where a regex matches a text its prefilter skips."""
    from bot.core.regex_prefilter import may_match

    pattern_file, texts = job
    on, _ = _detectors(pattern_file)
    regexes = [(regex, literals) for _, _, regex, literals in on._phrases] + on._idioms
    return [(regex.pattern, text) for text in texts for regex, literals in regexes
            if not may_match(literals, text) and regex.search(text)]


def _in_chunks(texts: List[str], size: int = 200) -> List[List[str]]:
    return [texts[i:i + size] for i in range(0, len(texts), size)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--all-pairs", action="store_true", help="also check every regex on every text")
    args = parser.parse_args()

    sets = {"regression": regression_texts(), "crisis test cases": case_texts(), "NLU examples": nlu_texts()}
    pattern_file = Path(tempfile.mkdtemp()) / "crisis-patterns.marshal"
    _detectors(pattern_file)  # write the pattern file once, before the workers read it
    _DETECTORS.clear()
    failed = False
    with Pool(args.workers) as pool:
        for name, texts in sets.items():
            started = time.perf_counter()
            jobs = [(pattern_file, chunk) for chunk in _in_chunks(texts)]
            differ = [text for found in pool.imap(compare, jobs) for text in found]
            print(f"{name}: {len(texts)} texts, {len(differ)} read differently "
                  f"({time.perf_counter() - started:.0f} s)", flush=True)
            for text in differ[:20]:
                print("   ", text)
            failed = failed or bool(differ)
        if args.all_pairs:
            from bot.crisis.normalize import normalize

            texts = sorted({normalize(text) for found in sets.values() for text in found})
            started = time.perf_counter()
            jobs = [(pattern_file, chunk) for chunk in _in_chunks(texts)]
            unsafe = [pair for found in pool.imap(unsafe_pairs, jobs) for pair in found]
            print(f"all pairs: {len(texts)} distinct normalised texts, {len(unsafe)} (regex, text) pairs "
                  f"skipped though the regex matches ({time.perf_counter() - started:.0f} s)", flush=True)
            for pattern, text in unsafe[:20]:
                print("   ", pattern[:100], "|", text)
            failed = failed or bool(unsafe)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
