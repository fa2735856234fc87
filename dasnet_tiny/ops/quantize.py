# SPDX-License-Identifier: Apache-2.0
"""QUANTIZE inside the graph: int8 -> int8 requantization (kernel dt_requantize_s8). A float
QUANTIZE at the model input (and DEQUANTIZE at an output) is stripped by the importer."""
from __future__ import annotations

from .. import quant as Q
from ..ir import Graph, Op
from .base import OpDef


class Quantize(OpDef):
    type = "QUANTIZE"
    kernels = ("dt_requantize_s8.c",)
    call = """\
        status = dt_requantize_s8({{ l.in }}, {{ l.size }}, {{ l.input_offset }}, {{ l.mult }}, {{ l.shift }}, {{ l.output_offset }}, {{ l.out }});
"""

    def parse(self, imp, idx, op, ins, outs, tensors):
        x, y = tensors[ins[0]], tensors[outs[0]]
        if x.dtype != "int8" or y.dtype != "int8":
            imp.fail(f"op #{idx} QUANTIZE {x.dtype}->{y.dtype} inside the graph is not supported "
                     "(only int8->int8 requantization, and float quantize at the model input)")
        return ins[:1], {}

    def validate(self, v, k, op, y):
        x = v.plain_input(k, op)
        if x.size != y.size:
            v.opfail(k, op, f"input {x.shape} and output {y.shape} differ in size")
        m, s = v.mult(k, op, float(x.s) / float(y.s), "requantization")
        v.acc_bound(k, op, float(v.max_dx(x)), s, "input")

    def reference(self, g: Graph, op: Op, ins):
        xt, yt = g.tensor(op.inputs[0]), g.tensor(op.outputs[0])
        m, s = Q.requantize_params(g, op)
        return Q.clamp_int8(Q.multiply_by_quantized_multiplier(ins[0].astype("int64") - xt.zp, m, s) + yt.zp)

    def emit(self, em, i, op, ctx):
        x, y = em.g.tensor(op.inputs[0]), em.g.tensor(op.outputs[0])
        m, s = Q.requantize_params(em.g, op)
        ctx.update(size=x.size, input_offset=-x.zp, output_offset=y.zp, mult=m, shift=s)
