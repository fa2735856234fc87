"""TFLite Micro in a separate, clean process.

TFLite Micro's Python interpreter aborts now and then when it is created in a process that has
also run TensorFlow's converter (both load their own copies of the TFLite runtime). The tests
therefore talk to it in a spawned worker that imports nothing but tflite_micro and NumPy.
"""
from __future__ import annotations

import hashlib
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor

import numpy as np

_interpreters: dict = {}  # in the worker: model digest -> interpreter
_pool: ProcessPoolExecutor | None = None


def _invoke(tflite: bytes | None, digest: str, xs: np.ndarray, n_outputs: int):
    from tflite_micro.python.tflite_micro import runtime

    it = _interpreters.get(digest)
    if it is None:
        # The default arena (10x the model size) is too small for models with few weights and
        # large activations.
        it = runtime.Interpreter.from_bytes(tflite, arena_size=16 << 20)
        _interpreters.clear()
        _interpreters[digest] = it
    outs = []
    for x in xs:
        it.set_input(x, 0)
        it.invoke()
        outs.append([it.get_output(i).copy() for i in range(n_outputs)])
    return outs


def _get_pool() -> ProcessPoolExecutor:
    global _pool
    if _pool is None:
        _pool = ProcessPoolExecutor(max_workers=1, mp_context=mp.get_context("spawn"))
    return _pool


def run_tflm(tflite: bytes, xs: np.ndarray, n_outputs: int = 1) -> list[list[np.ndarray]]:
    """Run TFLite Micro on every input in `xs` (each with its batch dimension); for each input the
    list of outputs."""
    digest = hashlib.sha1(tflite).hexdigest()
    return _get_pool().submit(_invoke, tflite, digest, np.asarray(xs), n_outputs).result()
