# SPDX-License-Identifier: Apache-2.0
"""ADD: int8 element-wise addition with broadcast (up to 6-D), TFLite's input rescaling with a
left shift of 20 (kernel dt_add_s8)."""
from __future__ import annotations

import numpy as np

from .. import quant as Q
from ..errors import UnsupportedModelError
from ..ir import Graph, Op
from .base import Activation, OpDef, broadcast


class Binary(OpDef):
    """ADD and MUL: two int8 operands (constants allowed), broadcast to the output."""
    inputs = (2, 2)
    Options = Activation

    def parse(self, imp, idx, op, ins, outs, tensors):
        code = self.type
        if len(ins) != 2:
            imp.bad(f"op #{idx} {code}: expected 2 inputs")
        for t in (tensors[ins[0]], tensors[ins[1]]):
            if len(t.shape) > 6:
                imp.fail(f"op #{idx} {code}: more than 6 dimensions")
        o = op.builtinOptions
        if o is not None and not hasattr(o, "fusedActivationFunction"):
            imp.bad(f"op #{idx} {code}: builtin options of the wrong type ({type(o).__name__})")
        return ins, imp.act(o, tensors[outs[0]], idx, code)

    def operands(self, v, k, op, y):
        a, b = (v.operand(k, op, i, s) for s, i in enumerate(op.inputs))
        try:
            shape = tuple(np.broadcast_shapes(a.shape, b.shape))
        except ValueError:
            v.opfail(k, op, f"input shapes {a.shape} and {b.shape} do not broadcast")
        if shape != y.shape:
            v.opfail(k, op, f"inputs {a.shape} and {b.shape} broadcast to {shape}, the output is {y.shape}")
        v.act_opts(k, op)
        return a, b

    def emit_binary(self, em, i, op, ctx):
        g = em.g
        x, bt, y = g.tensor(op.inputs[0]), g.tensor(op.inputs[1]), g.tensor(op.outputs[0])
        ctx["in2"] = em.ptr(op.inputs[1])
        bshape = np.broadcast_shapes(x.shape, bt.shape)
        if tuple(bshape) != tuple(y.shape) and int(np.prod(bshape)) != y.size:
            raise UnsupportedModelError(f"op #{i} {op.type}: {x.shape} and {bt.shape} do not broadcast "
                                        f"to {y.shape}")
        ctx["bc"] = broadcast(bshape, x.shape, bt.shape)
        ctx["act_min"], ctx["act_max"] = op.options["act_min"], op.options["act_max"]
        return x, bt, y


class Add(Binary):
    type = "ADD"
    kernels = ("dt_add_s8.c",)
    call = """\
        static const dt_add_params params = {{ "{" }}{{ l.add.in1_off }}, {{ l.add.in1_mult }}, {{ l.add.in1_shift }}, {{ l.add.in2_off }}, {{ l.add.in2_mult }}, {{ l.add.in2_shift }}, {{ l.add.left_shift }}, {{ l.add.out_off }}, {{ l.add.out_mult }}, {{ l.add.out_shift }}, {{ "{" }}{{ l.act_min }}, {{ l.act_max }}}};
{{ C.bcast(l) }}        status = dt_add_s8(&params, &shape, {{ l.in }}, {{ l.in2 }}, {{ l.out }});
"""

    def validate(self, v, k, op, y):
        a, b = self.operands(v, k, op, y)
        twice = 2.0 * max(float(a.s), float(b.s))
        for t, nm in ((a, "input 0"), (b, "input 1")):
            v.mult(k, op, float(t.s) / twice, nm)
        real = twice / ((1 << 20) * float(y.s))
        if not real < 1.0:
            v.opfail(k, op, f"output scale {float(y.s):.6g} is too small for the input scales "
                     "(TFLite Micro requires 2 * max input scale < 2^20 * output scale)")
        v.mult(k, op, real, "output")

    def reference(self, g: Graph, op: Op, ins):
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

    def emit(self, em, i, op, ctx):
        x, bt, y = self.emit_binary(em, i, op, ctx)
        ap = Q.add_params(em.g, op)
        ctx["add"] = dict(in1_off=-x.zp, in1_mult=ap.input1_multiplier, in1_shift=ap.input1_shift,
                          in2_off=-bt.zp, in2_mult=ap.input2_multiplier, in2_shift=ap.input2_shift,
                          left_shift=ap.left_shift, out_off=y.zp, out_mult=ap.output_multiplier,
                          out_shift=ap.output_shift)
