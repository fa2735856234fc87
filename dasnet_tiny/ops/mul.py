# SPDX-License-Identifier: Apache-2.0
"""MUL: int8 element-wise product with broadcast (up to 6-D) (kernel dt_mul_s8)."""
from __future__ import annotations

import numpy as np

from .. import quant as Q
from ..ir import Graph, Op
from .add import Binary


class Mul(Binary):
    type = "MUL"
    kernels = ("dt_mul_s8.c",)
    call = """\
        static const dt_mul_params params = {{ "{" }}{{ l.mul.in1_off }}, {{ l.mul.in2_off }}, {{ l.mul.out_off }}, {{ l.mul.out_mult }}, {{ l.mul.out_shift }}, {{ "{" }}{{ l.act_min }}, {{ l.act_max }}}};
{{ C.bcast(l) }}        status = dt_mul_s8(&params, &shape, {{ l.in }}, {{ l.in2 }}, {{ l.out }});
"""

    def validate(self, v, k, op, y):
        a, b = self.operands(v, k, op, y)
        m, s = v.mult(k, op, float(a.s) * float(b.s) / float(y.s), "product")
        v.acc_bound(k, op, float(v.max_dx(a) * v.max_dx(b)), s, "product")

    def reference(self, g: Graph, op: Op, ins):
        a, b = (np.asarray(v, np.int64) for v in ins)
        at, bt, yt = g.tensor(op.inputs[0]), g.tensor(op.inputs[1]), g.tensor(op.outputs[0])
        m, s = Q.mul_params(g, op)
        o = op.options
        prod = (a - at.zp) * (b - bt.zp)
        return Q.clamp_int8(Q.multiply_by_quantized_multiplier(prod, m, s) + yt.zp, o["act_min"], o["act_max"])

    def emit(self, em, i, op, ctx):
        x, bt, y = self.emit_binary(em, i, op, ctx)
        m, s = Q.mul_params(em.g, op)
        ctx["mul"] = dict(in1_off=-x.zp, in2_off=-bt.zp, out_off=y.zp, out_mult=m, out_shift=s)
