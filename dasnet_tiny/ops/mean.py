# SPDX-License-Identifier: Apache-2.0
"""MEAN: int8 mean over axes with TFLite Micro's requantization (kernel dt_mean_s8)."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .. import quant as Q
from ..ir import Graph, Op
from .base import MAX_DIMS, OpDef, extend


@dataclass
class MeanOptions:
    axes: list  # sorted, non-negative
    keep_dims: bool


class Mean(OpDef):
    type = "MEAN"
    kernels = ("dt_mean_s8.c",)
    Options = MeanOptions
    call = """\
        static const dt_mean_params params = {{ "{{" }}{{ l.dims|join(", ") }}}, {{ "{" }}{{ l.reduce|join(", ") }}}, {{ l.input_offset }}, {{ l.output_offset }}, {{ l.mult }}, {{ l.shift }}};
        status = dt_mean_s8(&params, {{ l.in }}, {{ l.out }});
"""

    def parse(self, imp, idx, op, ins, outs, tensors):
        code = self.type
        x = tensors[ins[0]]
        if len(ins) != 2:
            imp.bad(f"op #{idx} MEAN: {len(ins)} inputs (expected 2)")
        o = op.builtinOptions
        if o is not None and not hasattr(o, "keepDims"):
            imp.bad(f"op #{idx} MEAN: builtin options of the wrong type ({type(o).__name__})")
        r = len(x.shape)
        axes = [int(a) for a in imp.const(tensors, ins[1], idx, code, "axes").reshape(-1)]
        if not axes or any(not -r <= a < r for a in axes):
            imp.bad(f"op #{idx} MEAN: axes {axes[:8]} out of range for the {r}-D input")
        axes = sorted({a % r for a in axes})
        return ins[:1], dict(axes=axes, keep_dims=bool(o.keepDims) if o is not None else False)

    def validate(self, v, k, op, y):
        x = v.plain_input(k, op)
        axes = op.options.get("axes")
        r = len(x.shape)
        if (not isinstance(axes, list) or not axes or not all(v.is_int(a) and 0 <= a < r for a in axes)
                or sorted(set(axes)) != axes):
            v.opfail(k, op, f"axes {v.short(axes)} must be sorted distinct axes of the {r}-D input")
        keep = op.options.get("keep_dims")
        if not isinstance(keep, bool):
            v.opfail(k, op, f"keep_dims {v.short(keep)} must be a boolean")
        want = tuple(1 if i in axes else d for i, d in enumerate(x.shape)) if keep else \
            tuple(d for i, d in enumerate(x.shape) if i not in axes)
        if int(np.prod(want, dtype=np.int64)) != y.size:
            v.opfail(k, op, f"reducing {x.shape} over axes {axes} gives {want}, the output is {y.shape}")
        v.mult(k, op, float(x.s) / float(y.s), "mean")
        m, s, n = Q.mean_params(v.g, op)
        if not v.mult_ok(m, s):
            v.opfail(k, op, f"requantization shift {s} is outside [-31, 30]")
        v.acc_bound(k, op, float(n * v.max_dx(x)), s, f"sum of {n} elements")

    def reference(self, g: Graph, op: Op, ins):
        (x,) = ins
        xt, yt = g.tensor(op.inputs[0]), g.tensor(op.outputs[0])
        mult, shift, n = Q.mean_params(g, op)
        s = x.astype(np.int64).sum(axis=tuple(op.options["axes"])) - xt.zp * n
        return Q.clamp_int8(Q.multiply_by_quantized_multiplier(s, mult, shift) + yt.zp)

    def emit(self, em, i, op, ctx):
        x, y = em.g.tensor(op.inputs[0]), em.g.tensor(op.outputs[0])
        m, s, _ = Q.mean_params(em.g, op)
        rank = len(x.shape)
        axes = set(op.options["axes"])
        ctx.update(dims=extend(x.shape),
                   reduce=[0] * (MAX_DIMS - rank) + [1 if d in axes else 0 for d in range(rank)],
                   input_offset=-x.zp, output_offset=y.zp, mult=m, shift=s)
