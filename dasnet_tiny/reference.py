# SPDX-License-Identifier: Apache-2.0
"""Bit-exact int8 reference executor (TFLite Micro semantics) in vectorized NumPy.

`run(graph, x)` executes a `Graph` on one int8 input and returns the int8 outputs. The arithmetic
is TFLite Micro's reference integer kernels: int32 accumulation of (q - zero_point) * w + bias,
requantization by MultiplyByQuantizedMultiplier (double rounding), clamping to the fused activation
range, gemmlowp fixed-point softmax. Convolution sums are computed with float64 matrix products,
which are exact here: every product is below 2^16 and sums stay far below 2^53.
"""
from __future__ import annotations

import numpy as np

from .errors import DasnetError
from .ops import OPS
from .wta import winner_mask  # the one int8 top-k rule
from .ir import Graph, Op


def run(graph: Graph, x, return_intermediates: bool = False):
    """Run the graph on int8 input `x` (shape of the model input, batch 1; a list for several
    inputs). Returns the list of int8 outputs, or (outputs, {tensor_index: array}) when
    `return_intermediates` is set."""
    xs = list(x) if isinstance(x, (list, tuple)) else [x]
    if len(xs) != len(graph.inputs):
        raise DasnetError(f"the model has {len(graph.inputs)} inputs, got {len(xs)} arrays")
    values: dict[int, np.ndarray] = {}
    for i, (ti, arr) in enumerate(zip(graph.inputs, xs)):
        t = graph.tensor(ti)
        arr = np.asarray(arr)
        if arr.dtype != np.int8:
            raise DasnetError(f"input {i} must be int8 (quantize with scale {t.scale[0]:.6g} and zero "
                              f"point {t.zp}), got {arr.dtype}")
        if arr.size != t.size:
            raise DasnetError(f"input {i} has shape {arr.shape}, the model expects {t.shape}")
        values[ti] = arr.reshape(t.shape)
    for op in graph.ops:
        fn = _KERNELS[op.type]
        ins = [values[i] if i >= 0 and graph.tensor(i).data is None else
               (graph.tensor(i).data if i >= 0 else None) for i in op.inputs]
        out = fn(graph, op, ins)
        y = graph.tensor(op.outputs[0])
        values[op.outputs[0]] = np.asarray(out).astype(np.int8, copy=False).reshape(y.shape)
    outs = [values[i] for i in graph.outputs]
    return (outs, values) if return_intermediates else outs


def run_batch(graph: Graph, xs, batch_size: int = 64, tensors=None):
    """Run the graph on a batch of int8 inputs, vectorized over the samples.

    `xs`: int8 array (N, *input shape without its batch dimension of 1) -- or (N, 1, ...) -- for
    a one-input graph, or a list of such arrays. Returns one int8 array (N, *output shape without
    the batch dimension) per graph output; sample i equals `run(graph, xs[i])` bit for bit (every
    kernel works per sample; WTA scores and winners are per sample). `batch_size` bounds memory.
    With `tensors` (tensor indices) returns (outputs, {index: (N, ...) values}) as well.
    """
    want = list(tensors or [])
    arrs = list(xs) if isinstance(xs, (list, tuple)) else [xs]
    if len(arrs) != len(graph.inputs):
        raise DasnetError(f"the model has {len(graph.inputs)} inputs, got {len(arrs)} arrays")
    n = None
    shaped = []
    for i, (ti, arr) in enumerate(zip(graph.inputs, arrs)):
        t = graph.tensor(ti)
        arr = np.asarray(arr)
        if arr.dtype != np.int8:
            raise DasnetError(f"input {i} must be int8 (quantize with scale {t.scale[0]:.6g} and zero "
                              f"point {t.zp}), got {arr.dtype}")
        per = t.size
        if per == 0 or arr.size % per or (arr.ndim and arr.shape[0] not in (arr.size // per, 1)):
            raise DasnetError(f"input {i} has shape {arr.shape}; expected (N, {', '.join(map(str, t.shape[1:]))})")
        m = arr.size // per
        if n is not None and m != n:
            raise DasnetError(f"inputs hold different numbers of samples ({n} and {m})")
        n = m
        shaped.append(arr.reshape((m,) + tuple(t.shape[1:])))
    ids = list(graph.outputs) + want
    outs: list[list[np.ndarray]] = [[] for _ in ids]
    for s in range(0, n, max(1, int(batch_size))):
        part = [a[s:s + batch_size] for a in shaped]
        for j, y in enumerate(_run_many(graph, part, ids)):
            outs[j].append(y)
    res = [np.concatenate(o) if o else np.zeros((0,) + tuple(graph.tensor(t).shape[1:]), np.int8)
           for o, t in zip(outs, ids)]
    if tensors is None:
        return res
    return res[:len(graph.outputs)], dict(zip(want, res[len(graph.outputs):]))


def _run_many(graph: Graph, xs: list[np.ndarray], ids) -> list[np.ndarray]:
    n = len(xs[0])
    values: dict[int, np.ndarray] = {ti: x for ti, x in zip(graph.inputs, xs)}
    for op in graph.ops:
        fn = _KERNELS[op.type]
        ins = [values[i] if i >= 0 and graph.tensor(i).data is None else
               (graph.tensor(i).data if i >= 0 else None) for i in op.inputs]
        out = fn(graph, op, ins)
        y = graph.tensor(op.outputs[0])
        values[op.outputs[0]] = np.asarray(out).astype(np.int8, copy=False).reshape((n,) + tuple(y.shape[1:]))
    return [values[i].reshape((n,) + tuple(graph.tensor(i).shape[1:])) for i in ids]


# Each op's NumPy int8 kernel lives with the op (dasnet_tiny.ops); this is the executor's table.
_KERNELS = {t: d.reference for t, d in OPS.items()}
