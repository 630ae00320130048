"""The literal prefilter (bot.core.regex_prefilter): what it extracts from hand-made
patterns, and its one safety property, that a regex which matches a text never has
a literal set the text misses, on random patterns and on every phrase and idiom
regex of the crisis detector over real messages."""

import random
import re
import sys
from pathlib import Path

import pytest

from bot.core.regex_prefilter import LiteralIndex, may_match, required_literals

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

EXTRACTED = [
    # plain text, runs of literals across zero-width assertions
    (r"overdose", {"overdose"}),
    (r"\bnot breathing\b", {"not breathing"}),
    (r"^he is blue$", {"he is blue"}),
    # alternation: the union, or nothing when one alternative requires nothing
    (r"\b(?:a|b)\b", {"a", "b"}),
    (r"\b(?:overdosed|no respira)\b", {"overdosed", "no respira"}),
    (r"(?:ab|.*)", None),
    (r"(?:ab|)", None),
    (r"(?:ab|c.d)", {"ab", "c"}),
    # optional parts: multiplied into an exact set, or left out
    (r"\bpills?\b", {"pill"}),
    (r"(?:foo)?bar", {"bar"}),
    (r"(?:my|his) (?:son|daughter) is (?:blue|grey)",
     {f"{who} {child} is {colour}" for who in ("my", "his") for child in ("son", "daughter")
      for colour in ("blue", "grey")}),
    (r"barely,? (?:keep|stay),? awake", {"barely"}),
    (r"(?:a|ab|b)c?x", {"ax", "bx", "acx", "bcx"}),
    # repeats: the body's set when it must occur at least once
    (r"x*", None),
    (r"(?:ab)+c", {"ab"}),
    (r"(?:pill|tab)s{2,}", {"pill", "tab"}),
    (r"(?:pills )*taken", {"taken"}),
    (r"a{0,3}", None),
    (r"\d+ pills", {" pills"}),
    (r"took \w+ pills", {" pills"}),
    # lookarounds require nothing of the match, and break no run
    (r"(?<!not )going to", {"going to"}),
    (r"(?!never)\bhelp", {"help"}),
    (r"a(?=b)c", {"ac"}),
    (r"(?=foo)", None),
    # character classes: small and enumerable, or nothing
    (r"[abc]x", {"ax", "bx", "cx"}),
    (r"[a-c]", {"a", "b", "c"}),
    (r"[^a]x", {"x"}),
    (r"[a-z]", None),
    (r"\w+", None),
    # back references and conditionals consume unknown text
    (r"(\w+) and \1", {" and "}),
    (r"(a)?(?(1)b|c)", None),
    (r"(?P<w>ha)(?P=w)", {"ha"}),
    # nested groups
    (r"(?:(?:very )?(?:sleepy|drowsy)|(?:out cold))", {"sleepy", "drowsy", "out cold"}),
    (r"((a|b)(c|d))e", {"ace", "ade", "bce", "bde"}),
    # case folding: no set at all
    (r"(?i)overdose", None),
    (r"(?i:over)dose", None),
    (r".", None),
    (r"", None),
]


@pytest.mark.parametrize("pattern, expected", EXTRACTED)
def test_the_literals_of_hand_made_patterns(pattern, expected):
    assert required_literals(pattern) == (None if expected is None else frozenset(expected))


def test_ignorecase_given_as_a_flag_gives_no_set():
    assert required_literals("overdose", re.IGNORECASE) is None
    assert required_literals("overdose") == {"overdose"}


def test_may_match():
    assert may_match(None, "anything")
    assert may_match(frozenset({"pill", "tab"}), "two tabs")
    assert not may_match(frozenset({"pill", "tab"}), "two capsules")


HAND_TEXTS = ["", "a", "b", "ab", "abc", "ac", "x", "ax", "bcx", "my son is blue", "his daughter is grey",
              "i am barely, keep, awake", "pills pills taken", "he took 12 pills", "going to", "not going to",
              "help", "never help", "ha ha", "haha", "tabss", "overdosed", "OVERDOSE", "sleepy", "out cold",
              "bde", "x and x", "ace"]


@pytest.mark.parametrize("pattern", [pattern for pattern, _ in EXTRACTED])
def test_a_hand_made_pattern_that_matches_passes_its_prefilter(pattern):
    regex, literals = re.compile(pattern), required_literals(pattern)
    for text in HAND_TEXTS:
        assert may_match(literals, text) or not regex.search(text), text


def _random_pattern(rng: random.Random, depth: int = 0) -> str:
    """A small random regex over the letters a, b, c and a space."""
    leaf = ["a", "b", "c", " ", "ab", "ba", "abc", ".", "[ab]", "[^a]", r"\b", r"\w"]
    if depth >= 3 or rng.random() < 0.3:
        return rng.choice(leaf)
    kind = rng.choice(["seq", "seq", "alt", "opt", "star", "plus", "count", "ahead", "behind", "not", "group"])
    inner = _random_pattern(rng, depth + 1)
    if kind == "seq":
        return inner + _random_pattern(rng, depth + 1)
    if kind == "alt":
        return f"(?:{inner}|{_random_pattern(rng, depth + 1)})"
    if kind == "group":
        return f"({inner})"
    if kind == "ahead":
        return f"(?={inner})"
    if kind == "not":
        return f"(?!{inner})"
    if kind == "behind":
        return f"(?<={rng.choice(['a', 'b', 'ab'])})"
    suffix = {"opt": "?", "star": "*", "plus": "+", "count": f"{{{rng.randint(0, 2)},{rng.randint(2, 3)}}}"}[kind]
    return f"(?:{inner}){suffix}"


def test_random_patterns_never_skip_a_text_they_match():
    rng = random.Random(29)
    texts = ["".join(rng.choice("abc ") for _ in range(rng.randint(0, 9))) for _ in range(300)]
    for _ in range(2000):
        pattern = _random_pattern(rng)
        if rng.random() < 0.2:
            pattern = f"({pattern}) \\1"
        regex, literals = re.compile(pattern), required_literals(pattern)
        for text in texts:
            assert may_match(literals, text) or not regex.search(text), (pattern, text, literals)


def test_the_literal_index_passes_exactly_the_sets_may_match_passes():
    rng = random.Random(30)
    words = ["ab", "abc", "bca", "cab", "abcab", "ca", "b", "aaa", "bbbc", " a b", "c c"]
    sets = [None] + [frozenset(rng.sample(words, rng.randint(1, 4))) for _ in range(300)]
    index = LiteralIndex(sets)
    for _ in range(500):
        text = "".join(rng.choice("abc ") for _ in range(rng.randint(0, 12)))
        assert index.passing(text) == [i for i, literals in enumerate(sets) if may_match(literals, text)], text


@pytest.fixture(scope="module")
def detector(tmp_path_factory):
    from bot.crisis.detector import CrisisDetector

    return CrisisDetector(pattern_file=tmp_path_factory.mktemp("patterns") / "crisis.marshal")


def test_the_detector_keeps_a_prefilter_for_every_phrase_and_idiom(detector):
    regexes = [(regex, literals) for _, _, regex, literals in detector._phrases] + detector._idioms
    assert len(regexes) > 1000
    assert all(literals == required_literals(regex.pattern) for regex, literals in regexes)


def test_no_phrase_or_idiom_regex_matches_a_real_message_its_prefilter_skips(detector):
    """Every regex, on a fixed sample of the regression set and the NLU examples
    (normalised as the detector normalises): matching implies passing. All texts
    take minutes; bench/detector_equivalence.py --all-pairs checks them all."""
    from detector_texts import nlu_texts, regression_texts

    from bot.crisis.normalize import normalize

    texts = sorted({normalize(text) for text in regression_texts() + nlu_texts()})
    sample = texts[::10]
    regexes = [(regex, literals) for _, _, regex, literals in detector._phrases] + detector._idioms
    unsafe = [(regex.pattern, text) for text in sample for regex, literals in regexes
              if not may_match(literals, text) and regex.search(text)]
    assert len(sample) > 2000 and unsafe == []
    # and the detector's indexes find exactly the regexes whose prefilter passes
    phrase_sets = [literals for _, _, _, literals in detector._phrases]
    idiom_sets = [literals for _, literals in detector._idioms]
    for text in sample:
        assert detector._phrase_index.passing(text) == [i for i, s in enumerate(phrase_sets) if may_match(s, text)]
        assert detector._idiom_index.passing(text) == [i for i, s in enumerate(idiom_sets) if may_match(s, text)]


def test_the_prefilter_changes_no_reading(detector, tmp_path):
    from detector_texts import case_texts

    from bot.crisis.detector import CrisisDetector

    unfiltered = CrisisDetector(pattern_file=tmp_path / "crisis.marshal", prefilter=False)
    texts = case_texts()[::15]
    assert len(texts) > 100
    assert [detector.analyze(text) for text in texts] == [unfiltered.analyze(text) for text in texts]
