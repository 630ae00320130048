"""The crisis risk model: its decisions, its file, and the model `make train` built."""

import hashlib
import sys
from pathlib import Path

import numpy as np
import pytest

from bot.crisis import risk_model
from bot.crisis.risk_model import KINDS, NONE, RiskModel, fit, threshold_for

ROOT = Path(__file__).resolve().parents[2]


def toy():
    """Three well-separated crisis clusters and a 'none' cluster in 4 dimensions."""
    rng = np.random.default_rng(7)
    centres = {"overdose": [1, 0, 0, 0], "self_harm": [0, 1, 0, 0], "medical": [0, 0, 1, 0], NONE: [0, 0, 0, 1]}
    rows, labels = [], []
    for label, centre in centres.items():
        for _ in range(40):
            rows.append(np.array(centre, float) + rng.normal(0, 0.1, 4))
            labels.append(label)
    return np.array(rows), labels


def test_it_tells_crisis_kinds_apart_and_stays_quiet_on_everything_else():
    X, y = toy()
    model = fit(X, y, threshold=0.9, provenance={})
    kinds = [model.crisis_kind(a) for a in model.assess(np.eye(4))]
    assert kinds == ["overdose", "self_harm", "medical", None]


def test_below_the_threshold_there_is_no_crisis_whatever_the_kind():
    X, y = toy()
    model = fit(X, y, threshold=0.9, provenance={})
    between = model.assess(np.array([[0.5, 0, 0, 0.5]]))[0]
    assert between.kind in KINDS
    assert model.crisis_kind(between) == (between.kind if between.probability >= 0.9 else None)


def test_unknown_labels_are_refused():
    X, y = toy()
    with pytest.raises(ValueError, match="unknown labels"):
        fit(X, y[:-1] + ["suicide"], threshold=0.9, provenance={})


def test_a_saved_model_reads_back_identically(tmp_path):
    X, y = toy()
    model = fit(X, y, threshold=0.93, provenance={"trained": "today"})
    model.save(tmp_path / "risk.npz")
    again = RiskModel.load(tmp_path / "risk.npz")
    assert again.threshold == 0.93 and again.provenance == {"trained": "today"}
    assert [a.kind for a in again.assess(X)] == [a.kind for a in model.assess(X)]


def test_the_threshold_keeps_look_alike_false_alarms_under_the_limit():
    probabilities = np.array([0.99, 0.97, 0.95, 0.6, 0.2, 0.96, 0.4])
    look_alike = np.array([False, False, False, True, True, True, True])
    # one look-alike of four at 0.96: a 25% limit allows 0.61 (only it alarms), 0% needs 0.97
    assert threshold_for(probabilities, look_alike, 0.25) == 0.61
    assert threshold_for(probabilities, look_alike, 0.0) == 0.97


TRAINED = ROOT / "models" / "crisis_risk.npz"


@pytest.mark.skipif(not TRAINED.exists(), reason="make train builds the risk model")
def test_the_trained_model_never_saw_the_current_blind_round_and_matches_the_installed_encoder():
    sys.path.insert(0, str(ROOT / "tools"))
    from crisis_sets import BLIND_ROUND

    from bot.crisis.sentence_encoder import packaged_model_zip

    provenance = RiskModel.load(TRAINED).provenance
    assert provenance["blind_round_held_out"] == BLIND_ROUND
    assert provenance["sentence_model_zip_sha256"] == hashlib.sha256(packaged_model_zip().read_bytes()).hexdigest()
    assert 0.5 <= RiskModel.load(TRAINED).threshold < 1.0
    assert risk_model.KINDS == ("overdose", "self_harm", "medical")
