"""Numbers keep their digits through normalisation: a repeated digit is a quantity, not
panic spelling ("1000 mg" was read as "100 mg", "20000" as "200")."""

import pytest

from bot.crisis.detector import CrisisDetector
from bot.crisis.normalize import normalize


@pytest.mark.parametrize("raw,expected", [
    ("i took 1000 mg of tylenol", "i took 1000 mg of tylenol"),
    ("he owes 20000 dollars", "he owes 20000 dollars"),
    ("call 911 now, he took 3 pills at 11:11", "call 911 now, he took 3 pills at 11:11"),
    ("pleeeease help", "pleease help"),  # letters still fold
    ("noooo!!!!", "noo!!"),
])
def test_digits_are_never_folded(raw, expected):
    assert normalize(raw) == expected


@pytest.fixture(scope="module")
def detector():
    return CrisisDetector()


@pytest.mark.parametrize("text", [
    "i took 10000 mg of tylenol on purpose an hour ago",
    "my son swallowed 1000 mg of my tylenol, hes 3",
])
def test_a_large_quantity_still_fires(detector, text):
    assert detector.detect(text) is not None
