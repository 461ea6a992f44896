"""Sentence vectors from static word embeddings, to measure alignment by meaning.

Used by `train_align.py` only (not by claimdiff): install `wordllama` in the venv to measure
it (`.venv/bin/pip install wordllama`). The model is WordLlama's `l2_supercat` (256
dimensions, 32,000 tokens, 16 MB), shipped inside the `wordllama` wheel; it loads offline in
about a quarter of a second. A text's vector is the mean of its tokens' vectors, normalised,
so the cosine of two texts is one dot product. Only the model files and `tokenizers` are
used: `wordllama`'s own loader tries a download for a file its wheel keeps under another
folder name.
"""

from __future__ import annotations

import importlib.util
import json
import threading
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

DIMENSIONS = 256
_TOKENIZER = "tokenizers/l2_supercat_tokenizer_config.json"
_WEIGHTS = "weights/l2_supercat_256.safetensors"
_lock = threading.Lock()


class EmbeddingUnavailable(RuntimeError):
    """The model files are not installed (the `wordllama` package is missing)."""


def _package_dir() -> Path:
    spec = importlib.util.find_spec("wordllama")
    if spec is None or not spec.submodule_search_locations:
        raise EmbeddingUnavailable("the wordllama package is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def _read_safetensors(path: Path, key: str) -> np.ndarray:
    """One tensor of a .safetensors file (an 8-byte header length, a JSON header, the data)."""
    raw = path.read_bytes()
    size = int.from_bytes(raw[:8], "little")
    info = json.loads(raw[8 : 8 + size])[key]
    dtype = {"F16": np.float16, "F32": np.float32}[info["dtype"]]
    start, end = info["data_offsets"]
    count = (end - start) // np.dtype(dtype).itemsize
    data = np.frombuffer(raw, dtype=dtype, offset=8 + size + start, count=count)
    return data.reshape(info["shape"]).astype(np.float32)


class Embedder:
    """Turns texts into unit vectors (rows), texts without known tokens into zeros."""

    def __init__(self) -> None:
        from tokenizers import Tokenizer

        base = _package_dir()
        self._tokenizer: Any = Tokenizer.from_file(str(base / _TOKENIZER))
        self._tokenizer.no_padding()
        self._tokenizer.no_truncation()
        self._vectors = _read_safetensors(base / _WEIGHTS, "embedding.weight")

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self._vectors.shape[1]), dtype=np.float32)
        if not texts:
            return out
        limit = self._vectors.shape[0] - 1
        encoded = self._tokenizer.encode_batch(list(texts), add_special_tokens=False)
        for row, enc in enumerate(encoded):
            ids = [i for i in enc.ids if 0 <= i <= limit]
            if ids:
                out[row] = self._vectors[ids].mean(axis=0)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        np.divide(out, norms, out=out, where=norms > 0)
        return out


@lru_cache(maxsize=1)
def _embedder() -> Embedder:
    return Embedder()


def embedder() -> Embedder:
    """The shared embedder (loaded once per process, on first use; thread safe)."""
    with _lock:
        return _embedder()
