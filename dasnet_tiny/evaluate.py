# SPDX-License-Identifier: Apache-2.0
"""Evaluation helpers: float data -> int8 graph -> predictions, accuracy, int8-vs-float error.

NumPy only (the reference executor); Keras loads only when a Keras model is passed.
"""
from __future__ import annotations

import numpy as np

from . import reference
from .errors import DasnetError
from .ir import Graph


def quantize_input(graph: Graph, x, index: int = 0) -> np.ndarray:
    """Float samples -> int8 with the graph input's scale and zero point (round half away from
    zero, as TFLite's QUANTIZE does), clamped to [-128, 127]."""
    t = graph.tensor(graph.inputs[index])
    x = np.asarray(x, np.float32)
    if not t.scale:
        raise DasnetError("the graph input has no quantization")
    q = x / np.float32(t.scale[0])
    q = np.where(q >= 0, np.floor(q + 0.5), -np.floor(-q + 0.5)) + t.zp
    return np.clip(q, -128, 127).astype(np.int8)


def dequantize(graph: Graph, y: np.ndarray, index: int = 0) -> np.ndarray:
    """int8 output -> float with the graph output's scale and zero point."""
    t = graph.tensor(graph.outputs[index])
    return (np.asarray(y, np.float32) - t.zp) * np.float32(t.scale[0])


def int8_predict(graph: Graph, x, batch_size: int = 64, dequant: bool = True) -> np.ndarray:
    """Float samples (N, *input shape without batch) -> the graph's first output for each sample
    (dequantized to float unless `dequant=False`), run by the bit-exact reference in batches."""
    q = quantize_input(graph, x)
    (y,) = reference.run_batch(graph, q, batch_size=batch_size)[:1]
    return dequantize(graph, y) if dequant else y


def int8_accuracy(graph: Graph, x, y, batch_size: int = 64) -> float:
    """Top-1 accuracy of the int8 graph on float data `x` with integer labels `y`."""
    logits = int8_predict(graph, x, batch_size, dequant=False)
    pred = logits.reshape(len(logits), -1).argmax(axis=1)
    return float(np.mean(pred == np.asarray(y).reshape(-1)))


def float_predict(model, x, batch_size: int = 64) -> np.ndarray:
    """Float Keras predictions, sample by sample in batches; models built with batch size 1 are
    called one sample at a time when a batch does not fit them."""
    x = np.asarray(x, np.float32)
    outs = []
    for s in range(0, len(x), batch_size):
        xb = x[s:s + batch_size]
        try:
            outs.append(np.asarray(model(xb, training=False)))
        except Exception:
            outs.append(np.concatenate([np.asarray(model(v[None], training=False)) for v in xb]))
    return np.concatenate(outs)


def float_accuracy(model, x, y, batch_size: int = 64) -> float:
    p = float_predict(model, x, batch_size)
    return float(np.mean(p.reshape(len(p), -1).argmax(axis=1) == np.asarray(y).reshape(-1)))


def int8_float_error(graph: Graph, model, x, batch_size: int = 64) -> dict:
    """Error of the int8 graph's dequantized output against the float Keras model on `x`:
    `rmse`, `mae`, `rel` (rmse / RMS of the float output), `top1` (argmax agreement)."""
    f = float_predict(model, x, batch_size).reshape(len(x), -1)
    q = int8_predict(graph, x, batch_size).reshape(len(x), -1)
    d = q - f
    rms = float(np.sqrt(np.mean(f * f))) or 1.0
    rmse = float(np.sqrt(np.mean(d * d)))
    return {"rmse": rmse, "mae": float(np.mean(np.abs(d))), "rel": rmse / rms,
            "top1": float(np.mean(q.argmax(1) == f.argmax(1)))}


def board_accuracy(graph: Graph, x, y, board: str | None = "mps2-an386", limit: int | None = None,
                   progress=None, **verify_kwargs) -> dict:
    """Top-1 accuracy of the generated C on an emulated board (`board=None`: the host build).

    Float samples are quantized with the graph's input quantization; every sample runs through
    `dasnet_tiny.verify`, which also compares every output byte with the reference. Returns
    {"accuracy", "n", "board", "bit_exact", "instructions_mean"} (instructions on boards only)."""
    from . import verify

    x = np.asarray(x)
    y = np.asarray(y).reshape(-1)
    if limit is not None:
        x, y = x[:limit], y[:limit]
    q = quantize_input(graph, x)
    res = verify.verify(graph, q, board=board, progress=progress, **verify_kwargs)
    out = np.asarray(res.outputs).reshape(len(q), -1)
    pred = out.argmax(axis=1)
    rep = res.report or {}
    ipi = rep.get("instructions_per_inference")
    return {"accuracy": float(np.mean(pred == y)), "n": int(len(q)), "board": board or "host",
            "bit_exact": bool(res.ok),
            "instructions_mean": float(np.mean(ipi)) if ipi else None, "report": rep}


def int8_winner_masks(graph: Graph, q: np.ndarray, batch_size: int = 64) -> tuple[np.ndarray, list[np.ndarray]]:
    """Run the int8 graph on int8 inputs `q`; return (first output (N, ...), [per WTA op (N, C)
    0/1 float32 masks of the winners the int8 graph chose]) in graph order."""
    from .reference import winner_mask

    wops = graph.wta_ops()
    outs, vals = reference.run_batch(graph, q, batch_size=batch_size,
                                     tensors=[op.inputs[0] for op in wops])
    masks = []
    for op in wops:
        v = vals[op.inputs[0]].astype(np.int64) - graph.tensor(op.inputs[0]).zp
        scores = v.sum(axis=tuple(range(1, v.ndim - 1))) if v.ndim == 4 else v.reshape(len(v), -1)
        masks.append(winner_mask(scores, op.options["k"]).astype(np.float32))
    return outs[0], masks


def wta_error_breakdown(graph: Graph, model, x, batch_size: int = 64) -> dict:
    """Int8-vs-float error of a converted WTA model, split into its two causes.

    - `rmse`: dequantized int8 output against the float Keras WTA model;
    - `rmse_same_winners`: against the float model forced to use the winners the int8 graph chose
      (the float masked twin of `dasnet_tiny.calibrate`): the quantization error proper, what the
      calibration controls;
    - `flip_rate`: per WTA layer, the fraction of samples whose int8 winners differ from the float
      winners (near-ties that int8 rounding decides the other way);
    - `rmse_no_flip`: the error over the samples without any flip.
    """
    import keras

    from .calibrate import masked_twin, winner_masks

    x = np.asarray(x, np.float32)
    y8, m8 = int8_winner_masks(graph, quantize_input(graph, x), batch_size)
    q = dequantize(graph, y8).reshape(len(x), -1)
    f = float_predict(model, x, batch_size).reshape(len(x), -1)
    mf = winner_masks(model, x)
    twin, names, layers = masked_twin(model, keras)
    if len(layers) != len(m8):
        raise DasnetError(f"the graph has {len(m8)} WTA ops, the model {len(layers)} WTA layers")
    forced = []
    for i in range(len(x)):
        feed = [x[i:i + 1]] + [m[i].reshape((1,) + tuple(t.shape[1:]))
                               for m, t in zip(m8, twin.inputs[1:])]
        out = twin(feed, training=False)
        forced.append(np.asarray(out["output_0"] if isinstance(out, dict) else out).reshape(-1))
    forced = np.asarray(forced)
    flips = [np.any(a != b, axis=1) for a, b in zip(m8, mf)]
    any_flip = np.any(flips, axis=0) if flips else np.zeros(len(x), bool)

    def rmse(a, b):
        return float(np.sqrt(np.mean((a - b) ** 2))) if len(a) else 0.0

    return {"rmse": rmse(q, f), "rmse_same_winners": rmse(q, forced),
            "rmse_no_flip": rmse(q[~any_flip], f[~any_flip]),
            "flip_rate": [float(np.mean(fl)) for fl in flips],
            "samples_with_flip": float(np.mean(any_flip))}
