# SPDX-License-Identifier: Apache-2.0
"""Bit-exact int8 reference executor (TFLite Micro semantics) in vectorized NumPy.

`run(graph, x)` executes a `Graph` on one int8 input and returns the int8 outputs. The arithmetic
is TFLite Micro's reference integer kernels: int32 accumulation of (q - zero_point) * w + bias,
requantization by MultiplyByQuantizedMultiplier (double rounding), clamping to the fused activation
range, gemmlowp fixed-point softmax. Convolution sums are computed with float64 matrix products,
which are exact here: every product is below 2^16 and sums stay far below 2^53.
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np

from . import quant as Q
from .errors import DasnetError
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


# ---------------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------------
def _requant_clamp(acc, mult, shift, zp, lo, hi) -> np.ndarray:
    return Q.clamp_int8(Q.multiply_by_quantized_multiplier(acc, mult, shift) + zp, lo, hi)


def _patches(xs: np.ndarray, o: dict, kh: int, kw: int, oh: int, ow: int, fill) -> np.ndarray:
    """(N, OH, OW, KH, KW, C) windows of a padded NHWC array (pad value `fill`)."""
    n, h, w, c = xs.shape
    sh, sw, dh, dw = o["stride_h"], o["stride_w"], o["dilation_h"], o["dilation_w"]
    need_h = (oh - 1) * sh + (kh - 1) * dh + 1
    need_w = (ow - 1) * sw + (kw - 1) * dw + 1
    pt, pl = o["pad_h"], o["pad_w"]
    pb, pr = max(need_h - h - pt, 0), max(need_w - w - pl, 0)
    xp = np.pad(xs, ((0, 0), (pt, pb), (pl, pr), (0, 0)), constant_values=fill)
    out = np.empty((n, oh, ow, kh, kw, c), xs.dtype)
    for i in range(kh):
        for j in range(kw):
            out[:, :, :, i, j, :] = xp[:, i * dh:i * dh + (oh - 1) * sh + 1:sh,
                                       j * dw:j * dw + (ow - 1) * sw + 1:sw, :]
    return out


def _bias(b, n) -> np.ndarray:
    return np.zeros(n, np.int64) if b is None else b.astype(np.int64)


# ---------------------------------------------------------------------------------------------
# kernels: each takes (graph, op, input arrays) and returns the output array
# ---------------------------------------------------------------------------------------------
def conv_2d(g: Graph, op: Op, ins):
    x, w, b = ins
    xt, yt = g.tensor(op.inputs[0]), g.tensor(op.outputs[0])
    o = op.options
    _, oh, ow, oc = yt.shape
    kh, kw = w.shape[1], w.shape[2]
    p = _patches(x.astype(np.int32) - xt.zp, o, kh, kw, oh, ow, 0)
    cols = p.reshape(-1, kh * kw * x.shape[3]).astype(np.float64)
    acc = (cols @ w.reshape(oc, -1).astype(np.float64).T).astype(np.int64) + _bias(b, oc)
    prm = Q.conv_params(g, op)
    return _requant_clamp(acc, prm.multiplier, prm.shift, yt.zp, o["act_min"], o["act_max"])


def depthwise_conv_2d(g: Graph, op: Op, ins):
    x, w, b = ins
    xt, yt = g.tensor(op.inputs[0]), g.tensor(op.outputs[0])
    o = op.options
    _, oh, ow, oc = yt.shape
    kh, kw, c = w.shape[1], w.shape[2], x.shape[3]
    m = o["depth_multiplier"]
    p = _patches(x.astype(np.int64) - xt.zp, o, kh, kw, oh, ow, 0).reshape(-1, kh * kw, c)
    wk = w.reshape(kh * kw, c, m).astype(np.int64)
    acc = np.einsum("pkc,kcm->pcm", p, wk).reshape(-1, oc) + _bias(b, oc)
    prm = Q.conv_params(g, op)
    return _requant_clamp(acc, prm.multiplier, prm.shift, yt.zp, o["act_min"], o["act_max"])


def fully_connected(g: Graph, op: Op, ins):
    x, w, b = ins
    xt, yt = g.tensor(op.inputs[0]), g.tensor(op.outputs[0])
    oc, depth = w.shape
    xs = (x.reshape(-1, depth).astype(np.int64) - xt.zp).astype(np.float64)
    acc = (xs @ w.astype(np.float64).T).astype(np.int64) + _bias(b, oc)
    prm = Q.conv_params(g, op)
    o = op.options
    return _requant_clamp(acc, prm.multiplier, prm.shift, yt.zp, o["act_min"], o["act_max"])


def average_pool_2d(g: Graph, op: Op, ins):
    (x,) = ins
    o = op.options
    yt = g.tensor(op.outputs[0])
    oh, ow = yt.shape[1], yt.shape[2]
    kh, kw = o["filter_h"], o["filter_w"]
    s = _patches(x.astype(np.int64), o, kh, kw, oh, ow, 0).sum(axis=(3, 4))
    ones = np.ones(x.shape[:3] + (1,), np.int64)
    cnt = _patches(ones, o, kh, kw, oh, ow, 0).sum(axis=(3, 4))
    half = cnt // 2
    # C integer division: (s + half) / cnt for s > 0, (s - half) / cnt otherwise (toward zero).
    avg = np.where(s > 0, (s + half) // cnt, -((half - s) // cnt))
    return Q.clamp_int8(avg, o["act_min"], o["act_max"])


def max_pool_2d(g: Graph, op: Op, ins):
    (x,) = ins
    o = op.options
    yt = g.tensor(op.outputs[0])
    kh, kw = o["filter_h"], o["filter_w"]
    m = _patches(x.astype(np.int16), o, kh, kw, yt.shape[1], yt.shape[2], -32768).max(axis=(3, 4))
    return Q.clamp_int8(m, o["act_min"], o["act_max"])


def add(g: Graph, op: Op, ins):
    a, b = (np.asarray(v, np.int64) for v in ins)
    at, bt, yt = g.tensor(op.inputs[0]), g.tensor(op.inputs[1]), g.tensor(op.outputs[0])
    p = Q.add_params(g, op)
    sa = Q.wrap_int32((a - at.zp) * (1 << p.left_shift))
    sb = Q.wrap_int32((b - bt.zp) * (1 << p.left_shift))
    ra = Q.multiply_by_quantized_multiplier_smaller_than_one(sa, p.input1_multiplier, p.input1_shift)
    rb = Q.multiply_by_quantized_multiplier_smaller_than_one(sb, p.input2_multiplier, p.input2_shift)
    raw = Q.multiply_by_quantized_multiplier_smaller_than_one(Q.wrap_int32(ra + rb),
                                                              p.output_multiplier, p.output_shift)
    o = op.options
    return Q.clamp_int8(raw + yt.zp, o["act_min"], o["act_max"])


def mul(g: Graph, op: Op, ins):
    a, b = (np.asarray(v, np.int64) for v in ins)
    at, bt, yt = g.tensor(op.inputs[0]), g.tensor(op.inputs[1]), g.tensor(op.outputs[0])
    m, s = Q.mul_params(g, op)
    o = op.options
    prod = (a - at.zp) * (b - bt.zp)
    return Q.clamp_int8(Q.multiply_by_quantized_multiplier(prod, m, s) + yt.zp, o["act_min"], o["act_max"])


def reshape(g: Graph, op: Op, ins):
    return ins[0]


def pad(g: Graph, op: Op, ins):
    yt = g.tensor(op.outputs[0])
    return np.pad(ins[0], op.options["paddings"], constant_values=yt.zp)


def mean(g: Graph, op: Op, ins):
    (x,) = ins
    xt, yt = g.tensor(op.inputs[0]), g.tensor(op.outputs[0])
    mult, shift, n = Q.mean_params(g, op)
    s = x.astype(np.int64).sum(axis=tuple(op.options["axes"])) - xt.zp * n
    return Q.clamp_int8(Q.multiply_by_quantized_multiplier(s, mult, shift) + yt.zp)


def concatenation(g: Graph, op: Op, ins):
    return np.concatenate(ins, axis=op.options["axis"])


def quantize(g: Graph, op: Op, ins):
    xt, yt = g.tensor(op.inputs[0]), g.tensor(op.outputs[0])
    m, s = Q.requantize_params(g, op)
    return Q.clamp_int8(Q.multiply_by_quantized_multiplier(ins[0].astype(np.int64) - xt.zp, m, s) + yt.zp)


def softmax(g: Graph, op: Op, ins):
    (x,) = ins
    p = Q.softmax_params(g, op)
    rows = x.reshape(-1, x.shape[-1]).astype(np.int64)
    exp_tab = np.asarray(_softmax_exp_table(p.input_multiplier, p.input_left_shift, p.diff_min), np.int64)
    out = []
    for r in rows:
        diff = r - r.max()  # in [-255, 0]
        valid = diff >= p.diff_min
        e = np.where(valid, exp_tab[-diff], 0)
        sum_exps = int(sum(int(_fp.rounding_div_pot(int(v), 12)) for v, ok in zip(e, valid) if ok))
        scale, nbits = _fp.reciprocal(sum_exps, 12)
        res = []
        for v, ok in zip(e, valid):
            if not ok:
                res.append(-128)
                continue
            u = _fp.rounding_div_pot(_fp.srdhm(scale, int(v)), nbits + 31 - 8) - 128
            res.append(min(max(u, -128), 127))
        out.append(res)
    return np.asarray(out, np.int8).reshape(x.shape)


@lru_cache(maxsize=64)
def _softmax_exp_table(mult: int, left_shift: int, diff_min: int) -> tuple[int, ...]:
    """exp_on_negative_values(rescaled diff) for diff = 0, -1, ..., -255 (index = -diff)."""
    table = []
    for d in range(256):
        diff = -d
        if diff < diff_min:
            table.append(0)
            continue
        rescaled = _fp.srdhm(_fp.wrap(diff * (1 << left_shift)), mult)
        table.append(_fp.exp_on_negative_values(rescaled))
    return tuple(table)


class _fp:
    """Scalar gemmlowp fixed-point arithmetic on Python ints with int32 semantics."""

    @staticmethod
    def wrap(v: int) -> int:
        return ((v + (1 << 31)) & 0xFFFFFFFF) - (1 << 31)

    @staticmethod
    def srdhm(a: int, b: int) -> int:
        if a == b == Q.INT32_MIN:
            return Q.INT32_MAX
        ab = a * b
        nudge = (1 << 30) if ab >= 0 else 1 - (1 << 30)
        v = ab + nudge
        q = abs(v) >> 31
        return q if v >= 0 else -q

    @staticmethod
    def rounding_div_pot(x: int, e: int) -> int:
        mask = (1 << e) - 1
        rem = x & mask
        thr = (mask >> 1) + (1 if x < 0 else 0)
        return (x >> e) + (1 if rem > thr else 0)

    @staticmethod
    def sat_mul_pot(x: int, e: int) -> int:
        if e <= 0:
            return _fp.rounding_div_pot(x, -e)
        thr = (1 << (31 - e)) - 1
        if x > thr:
            return Q.INT32_MAX
        if x < -thr:
            return Q.INT32_MIN
        return x << e

    @staticmethod
    def exp_on_interval(a: int) -> int:  # a: F0 in [-1/4, 0)
        const_term, one_third = 1895147668, 715827883
        x = a + (1 << 28)
        x2 = _fp.srdhm(x, x)
        x3 = _fp.srdhm(x2, x)
        x4 = _fp.srdhm(x2, x2)
        x4_over_4 = _fp.rounding_div_pot(x4, 2)
        poly = _fp.rounding_div_pot(_fp.srdhm(x4_over_4 + x3, one_third) + x2, 1)
        return const_term + _fp.srdhm(const_term, x + poly)

    @staticmethod
    def exp_on_negative_values(a: int) -> int:  # a: F5 raw (26 fractional bits), result F0 raw
        frac_bits = 26
        one_quarter = 1 << (frac_bits - 2)
        mask = one_quarter - 1
        a_mod = (a & mask) - one_quarter
        result = _fp.exp_on_interval(_fp.sat_mul_pot(a_mod, 5))
        remainder = a_mod - a
        for exponent, mult in ((-2, 1672461947), (-1, 1302514674), (0, 790015084), (1, 290630308),
                               (2, 39332535), (3, 720401), (4, 242)):
            if remainder & (1 << (frac_bits + exponent)):
                result = _fp.srdhm(result, mult)
        return Q.INT32_MAX if a == 0 else result

    @staticmethod
    def one_over_one_plus_x(a: int) -> int:  # F0 in [0, 1) -> F0
        total = a + Q.INT32_MAX  # RoundingHalfSum(a, One): (sum + sign) / 2, C division
        total += 1 if total >= 0 else -1
        half_den = total // 2 if total >= 0 else -((-total) // 2)
        c48_17, cm32_17 = 1515870810, -1010580540
        x = c48_17 + _fp.srdhm(half_den, cm32_17)
        one_f2 = 1 << 29
        for _ in range(3):
            hdx = _fp.srdhm(half_den, x)
            one_minus = one_f2 - hdx
            x = x + _fp.sat_mul_pot(_fp.srdhm(x, one_minus), 2)
        return _fp.sat_mul_pot(x, 1)

    @staticmethod
    def reciprocal(x: int, integer_digits: int) -> tuple[int, int]:
        headroom_plus_one = 32 - (x & 0xFFFFFFFF).bit_length()
        nbits = integer_digits - headroom_plus_one
        shifted_minus_one = _fp.wrap(((x << headroom_plus_one) & 0xFFFFFFFF) - (1 << 31))
        return _fp.one_over_one_plus_x(shifted_minus_one), nbits


def wta_channel(g: Graph, op: Op, ins):
    """Per sample: score_c = sum over H,W of (q - zp); the k best channels win (ties to the lower
    index); losers become the zero point."""
    (x,) = ins
    zp = g.tensor(op.inputs[0]).zp
    scores = (x.astype(np.int64) - zp).sum(axis=tuple(range(1, x.ndim - 1)))  # (N, C)
    keep = winner_mask(scores, op.options["k"])
    return np.where(keep.reshape(keep.shape[0], *([1] * (x.ndim - 2)), -1), x, np.int8(zp))


def wta_dense(g: Graph, op: Op, ins):
    (x,) = ins
    zp = g.tensor(op.inputs[0]).zp
    flat = x.reshape(x.shape[0], -1)
    keep = winner_mask(flat.astype(np.int64) - zp, op.options["k"])
    return np.where(keep, flat, np.int8(zp)).reshape(x.shape)


def winner_mask(scores: np.ndarray, k: int) -> np.ndarray:
    """Boolean mask of the k highest scores per row, ties broken towards the lower index."""
    order = np.argsort(-scores, axis=-1, kind="stable")[..., :k]
    mask = np.zeros(scores.shape, bool)
    np.put_along_axis(mask, order, True, axis=-1)
    return mask


_KERNELS = {
    "CONV_2D": conv_2d, "DEPTHWISE_CONV_2D": depthwise_conv_2d, "FULLY_CONNECTED": fully_connected,
    "AVERAGE_POOL_2D": average_pool_2d, "MAX_POOL_2D": max_pool_2d, "ADD": add, "MUL": mul,
    "RESHAPE": reshape, "PAD": pad, "MEAN": mean, "CONCATENATION": concatenation,
    "QUANTIZE": quantize, "SOFTMAX": softmax, "WTA_CHANNEL": wta_channel, "WTA_DENSE": wta_dense,
}
