# SPDX-License-Identifier: Apache-2.0
"""Shared fixtures: the shared data folder, TFLite Micro as the golden reference, Keras->tflite."""
from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ.setdefault("CUDA_VISIBLE_DEVICES", "")

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DASNET_SHARED", ROOT.parent / "shared"))
MODELS = SHARED / "models" / "mlperf_tiny"
DATA = SHARED / "data"


def shared_file(rel: str) -> Path:
    p = SHARED / rel
    if not p.exists():
        pytest.skip(f"{p} not found: set DASNET_SHARED to the shared data folder")
    return p


class TFLM:
    """TFLite Micro (the golden reference) for one model, run in a worker process so that an
    abort inside TFLite Micro fails one test instead of the whole run."""

    def __init__(self, tflite: bytes, n_outputs: int = 1):
        self.tflite, self.n = tflite, n_outputs

    def __call__(self, x):
        return self.many(np.asarray(x)[None])[0]

    def many(self, xs):
        """Outputs for a batch of inputs (each with its own batch dimension of 1)."""
        from tflm_worker import run_tflm
        return run_tflm(self.tflite, xs, self.n)


def keras_to_tflite(model, calib: np.ndarray, per_channel: bool = True) -> bytes:
    """Full-int8 conversion with the TFLite converter (int8 input and output)."""
    from dasnet_tiny.converter import int8_tflite
    return int8_tflite(model, calib, per_channel)


def random_int8(shape, n, seed=0):
    return np.random.default_rng(seed).integers(-128, 128, size=(n, *shape), dtype=np.int8)
