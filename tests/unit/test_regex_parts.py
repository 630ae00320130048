"""A pattern's structure read as text (bot.crisis.regex_parts): the scan the tail guards and the look-alike
filters' shared stops both use."""

import re

import pytest

from bot.crisis.regex_parts import alternatives, closing


@pytest.mark.parametrize("group,expected", [
    (r"(?:a|b c|d)", ["a", "b c", "d"]),
    (r"(?:one (?:two|three)|four)", ["one (?:two|three)", "four"]),       # a nested group's bars stay inside it
    (r"(?:[|]x|y)", ["[|]x", "y"]),                                         # a bar in a character class is a literal
    (r"(?:[]|)]z|w)", ["[]|)]z", "w"]),                                     # so are "]" first in a class and ")" in it
    (r"(?:[^]|]q|r)", ["[^]|]q", "r"]),
    (r"(?:\||\(|t)", [r"\|", r"\(", "t"]),                                  # escaped bars and parentheses
    (r"(?:only)", ["only"]),
])
def test_alternatives_split_at_the_groups_own_bars(group, expected):
    assert alternatives(group) == expected
    assert "(?:" + "|".join(expected) + ")" == group
    # each alternative is a pattern of its own that matches what the group matches there
    for alternative in expected:
        re.compile(alternative)


def test_alternatives_need_one_whole_group():
    with pytest.raises(AssertionError):
        alternatives(r"(?:a|b)c")


@pytest.mark.parametrize("pattern,start,expected", [
    (r"(?![\s\S]*x)rest", 3, 11),
    (r"(?![\s\S]*(?:a|b))c", 3, 17),
    (r"(?![\s\S]*[)])d", 3, 13),
    (r"(?!unclosed", 3, None),
])
def test_closing_finds_the_parenthesis_that_closes_the_group(pattern, start, expected):
    assert closing(pattern, start) == expected
