# SPDX-License-Identifier: Apache-2.0
"""FULLY_CONNECTED: int8 matrix-vector product, weights (O, I), per-channel requantization
(kernel dt_fully_connected_s8). After a WTA only the winners' inputs are read."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .. import quant as Q
from ..errors import UnsupportedModelError
from ..ir import Graph, Op
from .base import Activation, bias_or_zero, requant_clamp
from .weighted import WeightedOp


@dataclass
class FullyConnectedOptions(Activation):
    pass


class FullyConnected(WeightedOp):
    type = "FULLY_CONNECTED"
    kernels = ("dt_fully_connected_s8.c",)
    wta_kernel = "dt_fully_connected_wta_s8"
    Options = FullyConnectedOptions
    qdim = 0
    call = """\
        static const dt_fc_params params = {{ "{" }}{{ l.input_offset }}, {{ l.output_offset }}, {{ "{" }}{{ l.act_min }}, {{ l.act_max }}}};
        static const dt_per_channel_quant_params quant = {{ "{" }}{{ l.mult }}, {{ l.shift }}};
        static const dt_dims in_dims = {{ l.in_dims }}, filter_dims = {{ l.filter_dims }}, out_dims = {{ l.out_dims }};
{{ C.channels(l) }}{{ C.scratch(l) }}        status = {{ l.fn }}({{ "&scratch" if l.scratch else "NULL" }}, &params, &quant, &in_dims, {{ l.in }}, &filter_dims, {{ l.filter }}, {{ l.bias }}, &out_dims, {{ l.out }}{{ C.winners_arg(l) }});
"""

    def parse(self, imp, idx, op, ins, outs, tensors):
        code = self.type
        o = imp.options(op, idx, code, "fusedActivationFunction", "weightsFormat")
        if int(o.weightsFormat) != 0:
            imp.fail(f"op #{idx} FULLY_CONNECTED: shuffled weights format is not supported")
        if len(ins) < 2:
            imp.bad(f"op #{idx} {code}: {len(ins)} inputs (expected 2 or 3)")
        x, w, y = tensors[ins[0]], tensors[ins[1]], tensors[outs[0]]
        imp.rank(idx, code, w, "weights", 2)
        if len(w.scale) > 1 and w.quantized_dim != 0:
            imp.fail(f"op #{idx} FULLY_CONNECTED: per-channel weights must be quantized on axis 0")
        if w.shape[1] < 1 or x.size % w.shape[1]:
            imp.bad(f"op #{idx} FULLY_CONNECTED: input size {x.size} is not a multiple of "
                    f"the weights' depth {w.shape[1]}")
        return self.with_bias(ins), imp.act(o, y, idx, code)

    def validate(self, v, k, op, y):
        x, w = self.operands(v, k, op)
        v.rank(k, op, w, "weights", (2,))
        oc, depth = w.shape
        if oc < 1 or depth < 1:
            v.opfail(k, op, f"weights shape {w.shape} is empty")
        if x.size % depth:
            v.opfail(k, op, f"input size {x.size} is not a multiple of the weights' depth {depth}")
        batches = x.size // depth
        if not y.shape or y.shape[-1] != oc or y.size != batches * oc:
            v.opfail(k, op, f"output {y.shape} does not match {batches} rows x {oc} units")
        v.act_opts(k, op)
        self.check_weights(v, k, op, x, w, oc, batches * oc * depth)

    def reference(self, g: Graph, op: Op, ins):
        x, w, b = ins
        xt, yt = g.tensor(op.inputs[0]), g.tensor(op.outputs[0])
        oc, depth = w.shape
        xs = (x.reshape(-1, depth).astype(np.int64) - xt.zp).astype(np.float64)
        acc = (xs @ w.astype(np.float64).T).astype(np.int64) + bias_or_zero(b, oc)
        prm = Q.conv_params(g, op)
        o = op.options
        return requant_clamp(acc, prm.multiplier, prm.shift, yt.zp, o["act_min"], o["act_max"])

    def macs(self, g, op):
        return g.tensor(op.outputs[0]).size * g.tensor(op.inputs[1]).shape[1]

    def emit(self, em, i, op, ctx):
        x, w, y = self.emit_weights(em, i, op, ctx)
        depth = w.shape[1]
        rows = x.size // depth
        if rows * depth != x.size or y.size != rows * w.shape[0]:
            raise UnsupportedModelError(f"op #{i} FULLY_CONNECTED: input {x.shape}, weights "
                                        f"{w.shape} and output {y.shape} do not agree")
        ctx["in_dims"] = f"{{{rows}, 1, 1, {depth}}}"
        ctx["filter_dims"] = f"{{{w.shape[0]}, 1, 1, {depth}}}"
        ctx["out_dims"] = f"{{{rows}, 1, 1, {w.shape[0]}}}"
