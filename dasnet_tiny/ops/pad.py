# SPDX-License-Identifier: Apache-2.0
"""PAD: constant padding with the zero point, up to 6-D (kernel dt_pad_s8)."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..errors import UnsupportedModelError
from ..ir import Graph, Op
from .base import MAX_DIMS, OpDef, extend


@dataclass
class PadOptions:
    paddings: list  # [[before, after], ...] per dimension


class Pad(OpDef):
    type = "PAD"
    kernels = ("dt_pad_s8.c",)
    Options = PadOptions
    call = """\
        static const dt_pad_params params = {{ "{{" }}{{ l.dims|join(", ") }}}, {{ "{" }}{{ l.before|join(", ") }}}, {{ "{" }}{{ l.after|join(", ") }}}, {{ l.pad_value }}};
        status = dt_pad_s8(&params, {{ l.in }}, {{ l.out }});
"""

    def parse(self, imp, idx, op, ins, outs, tensors):
        code = self.type
        x, y = tensors[ins[0]], tensors[outs[0]]
        if len(ins) > 2:
            imp.fail(f"op #{idx} PAD with constant values (PADV2) is not supported")
        if len(ins) < 2:
            imp.bad(f"op #{idx} PAD: the paddings input is missing")
        p = imp.const(tensors, ins[1], idx, code, "paddings")
        if p.shape != (len(x.shape), 2):
            imp.bad(f"op #{idx} PAD: paddings of shape {p.shape}, expected ({len(x.shape)}, 2)")
        imp.same_quant(x, y, idx, code)
        return ins[:1], {"paddings": [[int(a), int(b)] for a, b in p]}

    def validate(self, v, k, op, y):
        x = v.plain_input(k, op)
        p = op.options.get("paddings")
        if (not isinstance(p, list) or len(p) != len(x.shape) or
                not all(isinstance(r, list) and len(r) == 2 and all(v.is_int(e) for e in r) for r in p)):
            v.opfail(k, op, f"paddings {v.short(p)} must be [before, after] integer pairs, one per "
                     f"dimension of the input {x.shape}")
        if any(e < 0 or e > v.MAX_DIM for r in p for e in r):
            v.opfail(k, op, f"paddings {p} must be non-negative")
        want = tuple(d + a + b for d, (a, b) in zip(x.shape, p))
        if want != y.shape:
            v.opfail(k, op, f"input {x.shape} padded by {p} gives {want}, the output is {y.shape}")
        v.same_quant(k, op, x, y)

    def reference(self, g: Graph, op: Op, ins):
        yt = g.tensor(op.outputs[0])
        return np.pad(ins[0], op.options["paddings"], constant_values=yt.zp)

    def emit(self, em, i, op, ctx):
        x, y = em.g.tensor(op.inputs[0]), em.g.tensor(op.outputs[0])
        pads = [list(map(int, pp)) for pp in op.options["paddings"]]
        if len(pads) != len(x.shape):
            raise UnsupportedModelError(f"op #{i} PAD: {len(pads)} paddings for a rank-{len(x.shape)} input")
        pads = [[0, 0]] * (MAX_DIMS - len(pads)) + pads
        ctx.update(dims=extend(x.shape), before=[pp[0] for pp in pads],
                   after=[pp[1] for pp in pads], pad_value=y.zp)
