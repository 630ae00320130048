"""`make test` measures the crisis regression set on a fixed stride (tools/crisis_eval.py
--regression-every); `make eval-full` measures all of it. The sample must reach every round
and be the same messages on every run, so two runs' figures compare."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

TOOLS = Path(__file__).resolve().parents[2] / "tools"
sys.path.insert(0, str(TOOLS))

import crisis_eval  # noqa: E402
from crisis_sets import BLIND_ROUND, SETS, load_phrases, load_regression, load_round  # noqa: E402


@pytest.fixture(scope="module")
def regression():
    return load_regression()


def test_the_sample_reaches_every_round_and_kind(regression):
    sample = crisis_eval.every_nth(regression, 3)
    assert len(sample) == -(-len(regression) // 3)
    rounds = [load_phrases(SETS / "phrases.yml")] + [load_round(SETS / f"blind_round{n}.yml")
                                                     for n in range(1, BLIND_ROUND)]
    assert all(set(cases) & set(sample) for cases in rounds)
    assert {c.kind for c in sample} == {c.kind for c in regression}
    assert {c.lang for c in sample} == {c.lang for c in regression}


def test_the_sample_is_the_same_messages_each_run(regression):
    assert crisis_eval.every_nth(regression, 3) == crisis_eval.every_nth(list(regression), 3)


def test_a_stride_of_one_is_the_whole_set(regression):
    assert crisis_eval.every_nth(regression, 1) == regression


def test_a_stride_below_one_is_refused_with_a_message(regression):
    with pytest.raises(SystemExit, match="at least 1"):
        crisis_eval.every_nth(regression, 0)
