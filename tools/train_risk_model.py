"""Train the crisis risk model (bot/crisis/risk_model.py); `make train` runs it.

What it learns from:
- the NLU training data (data/nlu/): the crisis intents by kind
  (crisis_possible_risk counts as self_harm), every other intent as "none";
- the regression crisis sets (tools/crisis_sets.py): the first phrase set and
  every blind round older than BLIND_ROUND, each labelled by its writers.
The current blind round is never read here: it stays a measurement.

The threshold is chosen on out-of-fold probabilities of the training data (5
folds): the lowest at which the look-alikes of the regression sets are false
alarms at most MAX_FALSE_ALARMS of the time. Nothing of the blind set enters it.

Usage: python tools/train_risk_model.py [--out models/crisis_risk.npz]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.crisis import risk_model  # noqa: E402
from bot.crisis.sentence_encoder import SentenceEncoder, packaged_model_zip  # noqa: E402
from crisis_sets import BLIND_ROUND, load_sets  # noqa: E402

NLU_DATA = ROOT / "data" / "nlu"
KIND_OF_INTENT = {"crisis_overdose": "overdose", "crisis_self_harm": "self_harm",
                  "crisis_possible_risk": "self_harm", "crisis_medical": "medical"}
MAX_FALSE_ALARMS = 0.01


def nlu_examples():
    from rasa.shared.nlu.training_data.loading import load_data

    data = load_data(str(NLU_DATA))
    return [(m.get("text"), KIND_OF_INTENT.get(m.get("intent"), risk_model.NONE))
            for m in data.intent_examples]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "models" / "crisis_risk.npz")
    args = parser.parse_args()

    nlu = nlu_examples()
    regression = [(c.text, c.kind) for c in load_sets()["regression"]]
    texts = [t for t, _ in nlu + regression]
    labels = np.array([k for _, k in nlu + regression])
    look_alike = np.array([False] * len(nlu) + [k == risk_model.NONE for _, k in regression])

    encoder = SentenceEncoder.load()
    # Thousands of texts in batches: here OpenBLAS's threads all earn their keep
    # (about a fifth less time on two cores than the one thread a visitor's
    # single message is encoded with).
    encoder.blas_threads = None
    embeddings = encoder.encode(texts)
    held_out = risk_model.out_of_fold_probabilities(embeddings, labels)
    threshold = risk_model.threshold_for(held_out, look_alike, MAX_FALSE_ALARMS)
    crisis = labels != risk_model.NONE
    recall = float((held_out[crisis] >= threshold).mean())
    wheel = hashlib.sha256(packaged_model_zip().read_bytes()).hexdigest()
    provenance = {
        "trained": dt.date.today().isoformat(),
        "sentence_model_zip_sha256": wheel,
        "nlu_examples": len(nlu),
        "regression_examples": len(regression),
        "blind_round_held_out": BLIND_ROUND,
        "out_of_fold_recall": round(recall, 4),
        "out_of_fold_false_alarms": round(float((held_out[look_alike] >= threshold).mean()), 4),
    }
    model = risk_model.fit(embeddings, labels, threshold, provenance)
    model.save(args.out)
    print(f"crisis risk model: {len(texts)} examples ({int(crisis.sum())} crisis), threshold "
          f"{threshold:.2f}; out of fold: recall {recall:.1%}, false alarms on look-alikes "
          f"{provenance['out_of_fold_false_alarms']:.1%} -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
