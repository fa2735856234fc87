# SPDX-License-Identifier: Apache-2.0
"""AVERAGE_POOL_2D and MAX_POOL_2D (kernels dt_avgpool_s8, dt_maxpool_s8): 2-D windows over NHWC,
input and output quantization equal. After a WTA they pool the winner channels only; when a later
reader needs the losers, they write them as the zero point."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .. import quant as Q
from ..errors import UnsupportedModelError
from ..ir import Graph, Op
from .base import Activation, OpDef, Window, padding_offsets, patches


@dataclass
class Pool2DOptions(Window, Activation):
    filter_h: int
    filter_w: int


class _Pool(OpDef):
    Options = Pool2DOptions
    call = """\
        static const dt_pool_params params = {{ "{" }}{{ "{" }}{{ l.stride|join(", ") }}}, {{ "{" }}{{ l.pad|join(", ") }}}, {{ "{" }}{{ l.act_min }}, {{ l.act_max }}}};
        static const dt_dims in_dims = {{ l.in_dims }}, filter_dims = {{ l.filter_dims }}, out_dims = {{ l.out_dims }};
{% if l.fill %}{{ C.channels(l) }}{% endif %}
        status = {{ l.fn }}(NULL, &params, &in_dims, {{ l.in }}, &filter_dims, &out_dims, {{ l.out }});
{% if l.fill %}
        if (status == DT_OK) { /* the losers of a pooled WTA output are the zero point */
            status = dt_fill_losers_s8({{ l.out }}, {{ l.out }}, {{ l.fill.positions }}, &channels, {{ l.fill.value }});
        }
{% endif %}
"""

    def parse(self, imp, idx, op, ins, outs, tensors):
        code = self.type
        o = imp.options(op, idx, code, "filterHeight", "filterWidth", "strideH", "strideW",
                        "padding", "fusedActivationFunction")
        x, y = tensors[ins[0]], tensors[outs[0]]
        for t, role in ((x, "input"), (y, "output")):
            imp.rank(idx, code, t, role, 4)
        opts: dict = dict(filter_h=int(o.filterHeight), filter_w=int(o.filterWidth),
                          stride_h=int(o.strideH), stride_w=int(o.strideW), dilation_h=1, dilation_w=1,
                          padding=imp.padding(o, idx, code))
        for key in ("filter_h", "filter_w", "stride_h", "stride_w"):
            if opts[key] < 1:
                imp.bad(f"op #{idx} {code}: {key} {opts[key]} must be >= 1")
        opts.update(padding_offsets(x.shape, y.shape, opts["filter_h"], opts["filter_w"], opts))
        opts.update(imp.act(o, y, idx, code))
        imp.same_quant(x, y, idx, code)
        return ins, opts

    def validate(self, v, k, op, y):
        x = v.plain_input(k, op)
        v.rank(k, op, x, "input", (4,))
        v.rank(k, op, y, "output", (4,))
        if x.shape[0] != y.shape[0] or x.shape[3] != y.shape[3]:
            v.opfail(k, op, f"input {x.shape} and output {y.shape} differ in batch or channels")
        fh = v.opt(k, op, "filter_h", "int", 1, v.MAX_DIM)
        fw = v.opt(k, op, "filter_w", "int", 1, v.MAX_DIM)
        v.window(k, op, x, y, fh, fw)
        v.act_opts(k, op)
        v.same_quant(k, op, x, y)

    def emit(self, em, i, op, ctx):
        g, o = em.g, op.options
        x, y = g.tensor(op.inputs[0]), g.tensor(op.outputs[0])
        ctx["fn"] = self.kernel_function(False)  # winners or not: the losers are filled after
        ctx["in_dims"], ctx["out_dims"] = em.dims(x.shape), em.dims(y.shape)
        ctx["filter_dims"] = f"{{1, {o['filter_h']}, {o['filter_w']}, 1}}"
        ctx.update(stride=(o["stride_h"], o["stride_w"]), pad=(o["pad_h"], o["pad_w"]),
                   act_min=o["act_min"], act_max=o["act_max"])
        if x.scale != y.scale or x.zero_point != y.zero_point:
            raise UnsupportedModelError(f"op #{i} {op.type}: input and output quantization differ")
        if i in em.a.pool_fill:
            ctx["fill"] = {"value": min(max(y.zp, o["act_min"]), o["act_max"]),
                           "positions": y.size // x.shape[3]}


class AveragePool2D(_Pool):
    type = "AVERAGE_POOL_2D"
    kernels = ("dt_avgpool_s8.c",)

    def reference(self, g: Graph, op: Op, ins):
        (x,) = ins
        o = op.options
        yt = g.tensor(op.outputs[0])
        oh, ow = yt.shape[1], yt.shape[2]
        kh, kw = o["filter_h"], o["filter_w"]
        s = patches(x.astype(np.int64), o, kh, kw, oh, ow, 0).sum(axis=(3, 4))
        ones = np.ones(x.shape[:3] + (1,), np.int64)
        cnt = patches(ones, o, kh, kw, oh, ow, 0).sum(axis=(3, 4))
        half = cnt // 2
        # C integer division: (s + half) / cnt for s > 0, (s - half) / cnt otherwise (toward zero).
        avg = np.where(s > 0, (s + half) // cnt, -((half - s) // cnt))
        return Q.clamp_int8(avg, o["act_min"], o["act_max"])


class MaxPool2D(_Pool):
    type = "MAX_POOL_2D"
    kernels = ("dt_maxpool_s8.c",)

    def reference(self, g: Graph, op: Op, ins):
        (x,) = ins
        o = op.options
        yt = g.tensor(op.outputs[0])
        kh, kw = o["filter_h"], o["filter_w"]
        m = patches(x.astype(np.int16), o, kh, kw, yt.shape[1], yt.shape[2], -32768).max(axis=(3, 4))
        return Q.clamp_int8(m, o["act_min"], o["act_max"])
