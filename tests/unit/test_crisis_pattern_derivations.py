"""Patterns derived from another by a text replacement (bot/crisis/patterns.py): the replaced
words must still be in the source, or the derived pattern silently equals its source and the
look-alike it was made for fires again (e.g. "suicide wings" stopping the food idiom's filter)."""

import pytest

from bot.crisis import patterns as P

DERIVED = [
    # (derived, source): the derived one leaves out or narrows some of the source's words
    ("_OWN_WISH_38", "_OWN_WISH_32"),  # "suicide" naming a dish
    ("_EARNEST_38_NOT_DECIDED", "_EARNEST_32_NOT_LETTER"),  # "ya lo decidi" about a treatment
    ("_OWN_WISH_39", "_OWN_WISH_32"),  # "suicide disease" (trigeminal neuralgia)
    ("_OWN_WISH_THREAT_39F", "_OWN_WISH_38"),  # "me amenazo con matarme" is the threat's
    ("_OWN_WISH_40D", "_OWN_WISH_39D"),  # "me voy a matar el estomago"
    ("_SIGNS_NOW_40C", "_SIGNS_NOW_37"),  # a bare "i took"
]


@pytest.mark.parametrize("derived, source", DERIVED)
def test_derived_pattern_differs_from_its_source(derived, source):
    assert getattr(P, derived) != getattr(P, source)


def test_help_me_stop_is_the_own_crisis_one():
    """The treatment filters' "help me" is OWN_CRISIS's, less "help me understand/find..."."""
    assert P._HELP_ME in P.OWN_CRISIS
