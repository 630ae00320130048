"""A leading "none of these words from here to the end" lookahead, run once per message
(bot.crisis.tail_guard), finds exactly the matches the regex engine finds with it, and
the detector reads messages the same with it or without it."""

import re
import tempfile
from pathlib import Path

import pytest

from bot.crisis import tail_guard
from bot.crisis.detector import CrisisDetector


@pytest.mark.parametrize("pattern, expected", [
    (r"(?![\s\S]*\b(?:flight|trip)\b)goodbye", ([r"\b(?:flight|trip)\b"], "goodbye")),
    (r"(?![\s\S]*(?:a\)|[)(]))(?![\s\S]*b)x(y)", ([r"(?:a\)|[)(])", "b"], "x(y)")),
    (r"(?![\s\S]*[]x)])rest", ([r"[]x)]"], "rest")),
    (r"(?![^?]*\bsafe\b)gun", None),  # reads up to a question mark, not to the end
    (r"(?![\s\S]*(a))\1", None),  # a back-reference would be renumbered
    (r"(?![\s\S]*a)", None),  # nothing after the guard
    (r"gun(?![\s\S]*range)", None),  # not leading
])
def test_split_finds_the_leading_guards(pattern, expected):
    assert tail_guard.split(pattern) == expected


@pytest.mark.parametrize("pattern", [
    r"\b(?:(?![\s\S]*\b(?:flight|trip|vuelo)\b)(?:goodbye|adios)(?: \w+)?)\b",
    r"\b(?:(?![\s\S]*\bhunt\w*)(?![\s\S]*range\b)gun\w*)\b",
])
@pytest.mark.parametrize("text", [
    "goodbye everyone, goodbye", "my flight leaves, goodbye", "goodbye, my flight is at 6. goodbye mom",
    "adios trip adios amigos", "gun range gun", "hunting season, the gun is loaded", "gun gun gun",
    "guns for the hunt, then guns again", "", "no match here at all",
])
def test_the_split_pattern_finds_the_same_matches(pattern, text):
    inner = pattern[len(r"\b(?:"):-len(r")\b")]
    guards, rest = tail_guard.split(inner)
    split = tail_guard.TailGuarded(re.compile(r"\b(?:" + rest + r")\b"), [re.compile(g) for g in guards])
    whole = re.compile(pattern)
    assert [m.span() for m in split.finditer(text)] == [m.span() for m in whole.finditer(text)]
    for pos in range(0, len(text) + 1, 7):
        assert [m.span() for m in split.finditer(text, pos)] == [m.span() for m in whole.finditer(text, pos)]
        found, expected = split.search(text, pos), whole.search(text, pos)
        assert (found and found.span()) == (expected and expected.span())


def test_the_detector_reads_the_same_with_and_without_it():
    pattern_file = Path(tempfile.mkdtemp()) / "patterns.marshal"
    fast, slow = CrisisDetector(pattern_file=pattern_file), CrisisDetector(pattern_file=pattern_file, tail_guards=False)
    assert any(isinstance(regex, tail_guard.TailGuarded) for regex, _ in fast._idioms)
    texts = [
        "mi hermano me mando gracias por todo y no contesta, esta en un vuelo a santo domingo",
        "cancel all my appointments, i won't be around, tomorrow is the day",
        "my gun is loaded for saturday, opening day of deer season",
        "i already bought everything i need for tonight",
        "lmaooo im gonna kms if this test has one more question 💀 anyway are you open sunday",
        "me corte el dedo pelando papas anoche, sangro mucho pero ya esta bien",
        "i slit my wrists and there is so much blood",
    ]
    long = " ".join(texts * 12)[:5000]
    for text in texts + [long]:
        assert fast.analyze(text) == slow.analyze(text), text
