# SPDX-License-Identifier: Apache-2.0
"""DEPTHWISE_CONV_2D: int8 depthwise convolution with a depth multiplier, weights 1HW(C*m),
per-channel requantization (kernel dt_depthwise_conv_s8). After a WTA only winner channels count."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .. import quant as Q
from ..errors import UnsupportedModelError
from ..ir import Graph, Op
from .base import Activation, Window, bias_or_zero, patches, requant_clamp
from .conv_2d import emit_window, parse_window_conv, validate_window_conv
from .weighted import WeightedOp


@dataclass
class DepthwiseConv2DOptions(Window, Activation):
    depth_multiplier: int


class DepthwiseConv2D(WeightedOp):
    type = "DEPTHWISE_CONV_2D"
    kernels = ("dt_depthwise_conv_s8.c",)
    wta_kernel = "dt_depthwise_conv_wta_s8"
    Options = DepthwiseConv2DOptions
    qdim = 3
    call = """\
        static const dt_dw_conv_params params = {{ "{" }}{{ l.input_offset }}, {{ l.output_offset }}, {{ l.ch_mult }}, {{ "{" }}{{ l.stride|join(", ") }}}, {{ "{" }}{{ l.pad|join(", ") }}}, {{ "{" }}{{ l.dilation|join(", ") }}}, {{ "{" }}{{ l.act_min }}, {{ l.act_max }}}};
        static const dt_per_channel_quant_params quant = {{ "{" }}{{ l.mult }}, {{ l.shift }}};
        static const dt_dims in_dims = {{ l.in_dims }}, filter_dims = {{ l.filter_dims }}, out_dims = {{ l.out_dims }};
{{ C.channels(l) }}{{ C.scratch(l) }}        status = {{ l.fn }}({{ "&scratch" if l.scratch else "NULL" }}, &params, &quant, &in_dims, {{ l.in }}, &filter_dims, {{ l.filter }}, {{ l.bias }}, &out_dims, {{ l.out }}{{ C.winners_arg(l) }});
"""

    def parse(self, imp, idx, op, ins, outs, tensors):
        return parse_window_conv(self, imp, idx, op, ins, outs, tensors)

    def validate(self, v, k, op, y):
        x, w = self.operands(v, k, op)
        validate_window_conv(self, v, k, op, x, w, y)

    def reference(self, g: Graph, op: Op, ins):
        x, w, b = ins
        xt, yt = g.tensor(op.inputs[0]), g.tensor(op.outputs[0])
        o = op.options
        _, oh, ow, oc = yt.shape
        kh, kw, c = w.shape[1], w.shape[2], x.shape[3]
        m = o["depth_multiplier"]
        p = patches(x.astype(np.int64) - xt.zp, o, kh, kw, oh, ow, 0).reshape(-1, kh * kw, c)
        wk = w.reshape(kh * kw, c, m).astype(np.int64)
        acc = np.einsum("pkc,kcm->pcm", p, wk).reshape(-1, oc) + bias_or_zero(b, oc)
        prm = Q.conv_params(g, op)
        return requant_clamp(acc, prm.multiplier, prm.shift, yt.zp, o["act_min"], o["act_max"])

    def macs(self, g, op):
        w = g.tensor(op.inputs[1])
        return g.tensor(op.outputs[0]).size * w.shape[1] * w.shape[2]

    def emit(self, em, i, op, ctx):
        x, w, y = self.emit_weights(em, i, op, ctx)
        emit_window(em, op, ctx, x, w, y)
        ctx["ch_mult"] = int(op.options["depth_multiplier"])
        if y.shape[3] != x.shape[3] * ctx["ch_mult"] or w.shape[3] != y.shape[3]:
            raise UnsupportedModelError(f"op #{i} DEPTHWISE_CONV_2D: channel counts "
                                        f"{x.shape} x{ctx['ch_mult']} -> {y.shape} disagree")
