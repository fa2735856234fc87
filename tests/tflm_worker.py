# SPDX-License-Identifier: Apache-2.0
"""TFLite Micro in a separate, clean process.

TFLite Micro's Python interpreter aborts the whole process on a few valid int8 models (seen on
about 2.5% of random models with stacked MEAN/MUL blocks). Running it in a spawned worker turns
such an abort into a BrokenProcessPool error for that one case instead of killing pytest.
"""
from __future__ import annotations

import hashlib
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

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
    list of outputs. If the worker dies, it is restarted and the run repeated once; a second
    abort raises BrokenProcessPool (the model is one TFLite Micro cannot run)."""
    global _pool
    digest = hashlib.sha1(tflite).hexdigest()
    for attempt in (1, 2):
        try:
            return _get_pool().submit(_invoke, tflite, digest, np.asarray(xs), n_outputs).result()
        except BrokenProcessPool:
            _pool.shutdown(wait=False, cancel_futures=True)
            _pool = None
            if attempt == 2:
                raise
    raise AssertionError("unreachable")
