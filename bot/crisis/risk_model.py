"""A small learned reading of crisis risk over sentence embeddings (issue 11, item 6).

The deterministic detector (`bot.crisis.detector`) knows the words it was
written with, and DIET knows the words of our training data; neither knows a
word it has never seen. This model reads a message's all-MiniLM-L6-v2
embedding (`bot.crisis.sentence_encoder`), which places unseen phrasings near
the meanings they share with seen ones, and answers two questions with two
logistic regressions:

- is this message an emergency or a possible suicide risk at all (binary;
  it decides, at `threshold`);
- if so, which kind: overdose, self_harm or medical (multinomial; it only
  chooses the kind among the crisis classes).

It is a third layer, consulted last by the CrisisGuard: only when the detector
did not fire, did not rule crisis words out, and DIET was not confident. A
self-harm reading becomes the possible-risk tier (the direct question with
988), never the full self-harm guidance; an overdose or medical reading gets
that guidance. Trained by `tools/train_risk_model.py` (`make train`); the
threshold is chosen there by cross-validation on the training data alone.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Optional, Sequence

import numpy as np

NONE = "none"
KINDS = ("overdose", "self_harm", "medical")


@dataclass(frozen=True)
class Assessment:
    probability: float  # that the message is an emergency or a possible risk
    kind: str  # the most likely crisis kind (one of KINDS), whatever the probability


@dataclass(frozen=True)
class RiskModel:
    binary_coef: np.ndarray  # (dim,)
    binary_intercept: float
    kind_coef: np.ndarray  # (len(KINDS), dim)
    kind_intercept: np.ndarray  # (len(KINDS),)
    threshold: float
    provenance: Dict[str, object]

    def assess(self, embeddings: np.ndarray) -> list:
        """One Assessment per row of `embeddings`."""
        logits = embeddings @ self.binary_coef + self.binary_intercept
        probabilities = 1.0 / (1.0 + np.exp(-logits))
        kinds = np.argmax(embeddings @ self.kind_coef.T + self.kind_intercept, axis=1)
        return [Assessment(float(p), KINDS[int(k)]) for p, k in zip(probabilities, kinds)]

    def crisis_kind(self, assessment: Assessment) -> Optional[str]:
        return assessment.kind if assessment.probability >= self.threshold else None

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "wb") as out:
            np.savez(out, binary_coef=self.binary_coef, binary_intercept=self.binary_intercept,
                     kind_coef=self.kind_coef, kind_intercept=self.kind_intercept,
                     threshold=self.threshold, kinds=np.array(KINDS),
                     provenance=json.dumps(self.provenance, sort_keys=True))

    @classmethod
    def load(cls, path: Path) -> "RiskModel":
        with np.load(path, allow_pickle=False) as saved:
            if tuple(saved["kinds"].tolist()) != KINDS:
                raise ValueError(f"{path} was trained for kinds {saved['kinds'].tolist()}, not {KINDS}")
            return cls(binary_coef=saved["binary_coef"], binary_intercept=float(saved["binary_intercept"]),
                       kind_coef=saved["kind_coef"], kind_intercept=saved["kind_intercept"],
                       threshold=float(saved["threshold"]),
                       provenance=json.loads(str(saved["provenance"])))


def fit(embeddings: np.ndarray, labels: Sequence[str], threshold: float,
        provenance: Dict[str, object], regularisation: float = 16.0) -> RiskModel:
    """Fit both regressions. `labels` are KINDS or NONE, one per row."""
    from sklearn.linear_model import LogisticRegression

    labels = np.asarray(labels)
    unknown = set(labels) - set(KINDS) - {NONE}
    if unknown:
        raise ValueError(f"unknown labels: {sorted(unknown)}")
    binary = LogisticRegression(C=regularisation, max_iter=5000, class_weight="balanced")
    binary.fit(embeddings, labels != NONE)
    crisis = labels != NONE
    kind = LogisticRegression(C=regularisation, max_iter=5000, class_weight="balanced")
    kind.fit(embeddings[crisis], labels[crisis])
    order = [list(kind.classes_).index(k) for k in KINDS]
    return RiskModel(binary_coef=binary.coef_[0].astype(np.float32),
                     binary_intercept=float(binary.intercept_[0]),
                     kind_coef=kind.coef_[order].astype(np.float32),
                     kind_intercept=kind.intercept_[order].astype(np.float32),
                     threshold=threshold, provenance=provenance)


def out_of_fold_probabilities(embeddings: np.ndarray, labels: Sequence[str], folds: int = 5,
                              regularisation: float = 16.0, seed: int = 2718) -> np.ndarray:
    """Each example's crisis probability from a model that did not see it."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold

    target = np.asarray(labels) != NONE
    out = np.zeros(len(target))
    for train, held in StratifiedKFold(folds, shuffle=True, random_state=seed).split(embeddings, target):
        model = LogisticRegression(C=regularisation, max_iter=5000, class_weight="balanced")
        model.fit(embeddings[train], target[train])
        out[held] = model.predict_proba(embeddings[held])[:, 1]
    return out


def threshold_for(probabilities: np.ndarray, is_look_alike: np.ndarray, max_false_alarms: float) -> float:
    """The lowest threshold whose false-alarm rate on the look-alikes is at most
    `max_false_alarms` (on 0.01 steps)."""
    negatives = probabilities[is_look_alike]
    for step in range(50, 100):
        if (negatives >= step / 100).mean() <= max_false_alarms:
            return step / 100
    return 0.99
