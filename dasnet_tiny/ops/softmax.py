# SPDX-License-Identifier: Apache-2.0
"""SOFTMAX: int8 softmax over the last axis with TFLite Micro's gemmlowp fixed-point exponentials
(kernel dt_softmax_s8); output scale 1/256, zero point -128."""
from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .. import quant as Q
from ..ir import Graph, Op
from .base import OpDef


@dataclass
class SoftmaxOptions:
    beta: float


class Softmax(OpDef):
    type = "SOFTMAX"
    kernels = ("dt_softmax_s8.c",)
    Options = SoftmaxOptions
    MAX_ELEMENTS = 1 << 18
    call = """\
        status = dt_softmax_s8({{ l.in }}, {{ l.rows }}, {{ l.row_size }}, {{ l.mult }}, {{ l.shift }}, {{ l.diff_min }}, {{ l.out }});
"""

    def parse(self, imp, idx, op, ins, outs, tensors):
        o = imp.options(op, idx, self.type, "beta")
        opts = {"beta": float(o.beta)}
        y = tensors[outs[0]]
        if not (math.isfinite(opts["beta"]) and opts["beta"] > 0):
            imp.bad(f"op #{idx} SOFTMAX: beta {opts['beta']!r} must be finite and > 0")
        if y.zp != -128 or abs(float(y.s) - 1 / 256) > 0.001 / 256:  # TFLM's tolerance
            imp.fail(f"op #{idx} SOFTMAX: int8 output must have scale 1/256 and zero point -128")
        return ins, opts

    def validate(self, v, k, op, y):
        x = v.plain_input(k, op)
        if x.shape != y.shape:
            v.opfail(k, op, f"input {x.shape} and output {y.shape} differ")
        if x.size > self.MAX_ELEMENTS:
            v.opfail(k, op, f"{x.size} elements; at most {self.MAX_ELEMENTS} are supported")
        beta = float(v.opt(k, op, "beta", "num"))
        if not beta > 0.0:
            v.opfail(k, op, f"beta {beta!r} must be > 0")
        if y.zp != -128 or abs(float(y.s) - 1.0 / 256) > 0.001 / 256:  # TFLite Micro's tolerance
            v.opfail(k, op, "int8 output must have scale 1/256 and zero point -128")
        real = beta * float(x.s) * (1 << 26)
        if not real > 1.0:
            v.opfail(k, op, f"beta * input scale = {beta * float(x.s):.6g} is too small "
                     "(TFLite Micro needs beta * scale * 2^26 > 1)")

    def reference(self, g: Graph, op: Op, ins):
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

    def emit(self, em, i, op, ctx):
        x = em.g.tensor(op.inputs[0])
        sp = Q.softmax_params(em.g, op)
        ctx.update(rows=x.size // x.shape[-1], row_size=x.shape[-1], mult=sp.input_multiplier,
                   shift=sp.input_left_shift, diff_min=sp.diff_min)


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
