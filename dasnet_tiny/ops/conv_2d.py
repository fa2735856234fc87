# SPDX-License-Identifier: Apache-2.0
"""CONV_2D: int8 2-D convolution, NHWC input, OHWI weights, per-channel requantization
(kernel dt_convolve_s8). A conv after a WTA reads only the winners' input channels."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .. import quant as Q
from ..ir import Graph, Op
from .base import Activation, Window, bias_or_zero, padding_offsets, patches, requant_clamp
from .weighted import WeightedOp


@dataclass
class Conv2DOptions(Window, Activation):
    pass


class Conv2D(WeightedOp):
    type = "CONV_2D"
    kernels = ("dt_convolve_s8.c",)
    wta_kernel = "dt_convolve_wta_s8"
    Options = Conv2DOptions
    qdim = 0
    call = """\
        static const dt_conv_params params = {{ "{" }}{{ l.input_offset }}, {{ l.output_offset }}, {{ "{" }}{{ l.stride|join(", ") }}}, {{ "{" }}{{ l.pad|join(", ") }}}, {{ "{" }}{{ l.dilation|join(", ") }}}, {{ "{" }}{{ l.act_min }}, {{ l.act_max }}}};
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
        kh, kw = w.shape[1], w.shape[2]
        p = patches(x.astype(np.int32) - xt.zp, o, kh, kw, oh, ow, 0)
        cols = p.reshape(-1, kh * kw * x.shape[3]).astype(np.float64)
        acc = (cols @ w.reshape(oc, -1).astype(np.float64).T).astype(np.int64) + bias_or_zero(b, oc)
        prm = Q.conv_params(g, op)
        return requant_clamp(acc, prm.multiplier, prm.shift, yt.zp, o["act_min"], o["act_max"])

    def macs(self, g, op):
        return g.tensor(op.outputs[0]).size * int(np.prod(g.tensor(op.inputs[1]).shape[1:]))

    def emit(self, em, i, op, ctx):
        x, w, y = self.emit_weights(em, i, op, ctx)
        emit_window(em, op, ctx, x, w, y)


def parse_window_conv(d: WeightedOp, imp, idx, op, ins, outs, tensors):
    """CONV_2D and DEPTHWISE_CONV_2D options from the .tflite."""
    code = d.type
    o = imp.options(op, idx, code, "strideH", "strideW", "dilationHFactor", "dilationWFactor",
                    "padding", "fusedActivationFunction")
    if len(ins) < 2:
        imp.bad(f"op #{idx} {code}: {len(ins)} inputs (expected 2 or 3)")
    x, w, y = tensors[ins[0]], tensors[ins[1]], tensors[outs[0]]
    for t, role in ((x, "input"), (w, "weights"), (y, "output")):
        imp.rank(idx, code, t, role, 4)
    kh, kw = (w.shape[1], w.shape[2])
    opts: dict = dict(stride_h=int(o.strideH), stride_w=int(o.strideW),
                      dilation_h=int(o.dilationHFactor), dilation_w=int(o.dilationWFactor),
                      padding=imp.padding(o, idx, code))
    for key in ("stride_h", "stride_w", "dilation_h", "dilation_w"):
        if opts[key] < 1:
            imp.bad(f"op #{idx} {code}: {key} {opts[key]} must be >= 1")
    opts.update(padding_offsets(x.shape, y.shape, kh, kw, opts))
    if code == "DEPTHWISE_CONV_2D":
        if x.shape[3] < 1 or y.shape[3] % x.shape[3]:
            imp.fail(f"op #{idx} {code}: output channels {y.shape[3]} are not a multiple of "
                     f"input channels {x.shape[3]}")
        opts["depth_multiplier"] = y.shape[3] // x.shape[3]
        dm = int(getattr(o, "depthMultiplier", 0) or 0)
        if dm and dm != opts["depth_multiplier"]:
            imp.bad(f"op #{idx} {code}: depth_multiplier option {dm} does not match "
                    f"{y.shape[3]} output / {x.shape[3]} input channels")
    elif w.shape[3] != x.shape[3]:
        imp.fail(f"op #{idx} CONV_2D: grouped convolution (filter depth {w.shape[3]} vs "
                 f"{x.shape[3]} input channels) is not supported")
    opts.update(imp.act(o, y, idx, code))
    return d.with_bias(ins), opts


def validate_window_conv(d: WeightedOp, v, k, op, x, w, y):
    """Shapes, window, activation and weights of CONV_2D and DEPTHWISE_CONV_2D."""
    v.rank(k, op, x, "input", (4,))
    v.rank(k, op, w, "weights", (4,))
    v.rank(k, op, y, "output", (4,))
    if any(dd < 1 for dd in w.shape):
        v.opfail(k, op, f"weights shape {w.shape} is empty")
    kh, kw = w.shape[1], w.shape[2]
    c = x.shape[3]
    if x.shape[0] != y.shape[0]:
        v.opfail(k, op, f"input batch {x.shape[0]} and output batch {y.shape[0]} differ")
    if d.type == "CONV_2D":
        oc = w.shape[0]
        if w.shape[3] != c:
            v.opfail(k, op, f"filter depth {w.shape[3]} differs from the {c} input channels "
                     "(grouped convolution is not supported)")
        taps = kh * kw * c
    else:
        oc = w.shape[3]
        if w.shape[0] != 1:
            v.opfail(k, op, f"weights shape {w.shape} must be 1 x H x W x C")
        m = v.opt(k, op, "depth_multiplier", "int", 1, v.MAX_DIM)
        if oc != c * m:
            v.opfail(k, op, f"{oc} output channels != {c} input channels x depth multiplier {m}")
        taps = kh * kw
    if y.shape[3] != oc:
        v.opfail(k, op, f"output channels {y.shape[3]} differ from the weights' {oc}")
    v.window(k, op, x, y, kh, kw)
    v.act_opts(k, op)
    d.check_weights(v, k, op, x, w, oc, y.size * taps)


def emit_window(em, op, ctx, x, w, y):
    o = op.options
    ctx["in_dims"], ctx["out_dims"] = em.dims(x.shape), em.dims(y.shape)
    ctx["filter_dims"] = em.dims(w.shape)
    ctx.update(stride=(o["stride_h"], o["stride_w"]), pad=(o["pad_h"], o["pad_w"]),
               dilation=(o.get("dilation_h", 1), o.get("dilation_w", 1)))
