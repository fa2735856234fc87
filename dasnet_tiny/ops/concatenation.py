# SPDX-License-Identifier: Apache-2.0
"""CONCATENATION: int8 inputs of equal quantization joined on one axis (kernel dt_concat_s8)."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..errors import UnsupportedModelError
from ..ir import Graph, Op
from .base import Activation, OpDef


@dataclass
class ConcatenationOptions(Activation):
    axis: int  # non-negative


class Concatenation(OpDef):
    type = "CONCATENATION"
    kernels = ("dt_concat_s8.c",)
    inputs = (1, 64)
    Options = ConcatenationOptions
    call = """\
        const int8_t *const inputs[{{ l.ins|length }}] = {{ "{" }}{{ l.ins|join(", ") }}};
        static const int32_t inner[{{ l.inner|length }}] = {{ "{" }}{{ l.inner|join(", ") }}};
        status = dt_concat_s8(inputs, inner, {{ l.ins|length }}, {{ l.outer }}, {{ l.out }});
"""

    def parse(self, imp, idx, op, ins, outs, tensors):
        code = self.type
        y = tensors[outs[0]]
        o = imp.options(op, idx, code, "axis", "fusedActivationFunction")
        r = len(y.shape)
        if not -r <= int(o.axis) < r:
            imp.bad(f"op #{idx} CONCATENATION: axis {int(o.axis)} out of range for the {r}-D output")
        opts = {"axis": int(o.axis) % r}
        opts.update(imp.act(o, y, idx, code))
        for i in ins:
            if i < 0:
                imp.bad(f"op #{idx} CONCATENATION: missing input")
            imp.same_quant(tensors[i], y, idx, code)
        return ins, opts

    def validate(self, v, k, op, y):
        xs = [v.operand(k, op, i, s) for s, i in enumerate(op.inputs)]
        axis = v.opt(k, op, "axis", "int", 0, len(y.shape) - 1)
        total = 0
        for s, t in enumerate(xs):
            if len(t.shape) != len(y.shape) or any(
                    d != e for j, (d, e) in enumerate(zip(t.shape, y.shape)) if j != axis):
                v.opfail(k, op, f"input {s} of shape {t.shape} does not fit the output {y.shape} "
                         f"on axis {axis}")
            total += t.shape[axis]
            v.same_quant(k, op, t, y)
        if total != y.shape[axis]:
            v.opfail(k, op, f"inputs add up to {total} on axis {axis}, the output has {y.shape[axis]}")
        v.act_opts(k, op)

    def reference(self, g: Graph, op: Op, ins):
        return np.concatenate(ins, axis=op.options["axis"])

    def emit(self, em, i, op, ctx):
        y = em.g.tensor(op.outputs[0])
        axis = int(op.options["axis"])
        outer = int(np.prod(y.shape[:axis], dtype=np.int64))
        ins = [em.g.tensor(v) for v in op.inputs]
        for v in ins:
            if v.scale != y.scale or v.zero_point != y.zero_point:
                raise UnsupportedModelError(f"op #{i} CONCATENATION: input {v.name!r} quantization "
                                            "differs from the output's (TFLite Micro requires them equal)")
        ctx.update(outer=outer, ins=[em.ptr(v) for v in op.inputs],
                   inner=[int(np.prod(v.shape[axis:], dtype=np.int64)) for v in ins])
