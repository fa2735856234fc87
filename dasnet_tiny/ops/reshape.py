# SPDX-License-Identifier: Apache-2.0
"""RESHAPE: a new shape for the same int8 data; no code (the output shares the input's storage)."""
from __future__ import annotations

from ..ir import Graph, Op
from .base import OpDef


class Reshape(OpDef):
    type = "RESHAPE"
    call = """\
        /* in place: the output shares the input's storage */
"""

    def parse(self, imp, idx, op, ins, outs, tensors):
        x, y = tensors[ins[0]], tensors[outs[0]]
        if x.size != y.size:
            imp.bad(f"op #{idx} RESHAPE: {x.shape} -> {y.shape} changes the element count")
        imp.same_quant(x, y, idx, self.type)
        return ins[:1], {}

    def validate(self, v, k, op, y):
        x = v.plain_input(k, op)
        if x.size != y.size:
            v.opfail(k, op, f"{x.shape} -> {y.shape} changes the element count")
        v.same_quant(k, op, x, y)

    def reference(self, g: Graph, op: Op, ins):
        return ins[0]
