"""Patterns derived from another by a text replacement (bot/crisis/patterns.py): the replaced
words must still be in the source, or the derived pattern silently equals its source and the
look-alike it was made for fires again (e.g. "suicide wings" stopping the food idiom's filter)."""

import pytest

from bot.crisis import patterns as P
from bot.crisis import phrases as F

DERIVED = [
    # (derived, source): the derived one leaves out or narrows some of the source's words
    ("_OWN_WISH_38", "_OWN_WISH_32"),  # "suicide" naming a dish
    ("_EARNEST_38_NOT_DECIDED", "_EARNEST_32_NOT_LETTER"),  # "ya lo decidi" about a treatment
    ("_OWN_WISH_39", "_OWN_WISH_32"),  # "suicide disease" (trigeminal neuralgia)
    ("_OWN_WISH_THREAT_39F", "_OWN_WISH_38"),  # "me amenazo con matarme" is the threat's
    ("_OWN_WISH_40D", "_OWN_WISH_39D"),  # "me voy a matar el estomago"
    ("_SIGNS_NOW_40C", "_SIGNS_NOW_37"),  # a bare "i took"
    ("_OWN_WISH_NO_TITLE_41E", "_OWN_WISH_40D"),  # "suicide" in a song or album title
    ("_OWN_WISH_NO_WORD_41F", "_OWN_WISH_39D"),  # "suicide" named by a past stay or a boxed warning
    ("_TOOK_ALL_TOPIC_41K", "_TOOK_ALL_38"),  # "someone took too many" in a caregiver's study question
    ("_SIGNS_NOW_REPORT_42E", "_SIGNS_NOW_37"),  # "puede hacer que no respires" asked about ketamine
    ("_SIGNS_NOW_COURSE_43E", "_SIGNS_NOW_37"),  # "unresponsive" named in a course's overdose triad
    ("_NOW_NO_AMBULANCE_43E", "_NOW_39F"),  # an ambulance ride in a rescue crew's training
]

# Replacements made inline, without a name of their own: (pattern, the text the replacement needs).
_NO_POINT_43C = F.NO_POINT_GOING_ON_43C + "|"
REPLACED_INSIDE = [
    ("_TOOK_FOR_SELF_40C", r"|a handful|\d+)"),  # round 41 (c): a milligram figure is not a pill count
    ("_TODAY_40C", "|hoy|"),  # round 41 (e): "hasta hoy" is not today
    ("_OWN_WISH_39D", r"suicid\w*|"),  # round 42 (e): a comrade's suicide or a past ideation names the word
    ("_OWN_WISH_39D", "|matarme|"),  # round 42 (e): "va a matarme" is the boss's joke
    ("_OWN_THOUGHTS_NOW_43E", "(?!not |never |no )"),  # round 43 (e): "i am not suicidal" is a denial
    ("_OWN_THOUGHTS_NOW_43E", "(?!no )"),  # ...and "no estoy suicida"
    ("_RISK_43C", _NO_POINT_43C),  # round 43 (c): the treatment filter drops its own family from its stops
]


@pytest.mark.parametrize("derived, source", DERIVED)
def test_derived_pattern_differs_from_its_source(derived, source):
    assert getattr(P, derived) != getattr(P, source)


def test_help_me_stop_is_the_own_crisis_one():
    """The treatment filters' "help me" is OWN_CRISIS's, less "help me understand/find..."."""
    assert P._HELP_ME in P.OWN_CRISIS


@pytest.mark.parametrize("name, needed", REPLACED_INSIDE)
def test_inline_replacements_find_their_text(name, needed):
    assert needed in getattr(P, name)


def test_the_caregiver_stops_hold_the_pills_stop_that_round_41_k_narrows():
    assert P._TOOK_ALL_38 in P._CAREGIVER_STUDY_STOPS_41F


def test_the_filters_found_by_their_opening_words_are_found():
    """Round 43 (k) and its merge review give older filters new stops by finding them by their
    opening words: an edit there must not leave a filter without them."""
    assert len(P._RAYNAUD_FILTERS_43K) == 2
    assert len(P._NUISANCE_FILTERS_43R) == 2
