# SPDX-License-Identifier: Apache-2.0
"""WTA_CHANNEL and WTA_DENSE: winners-take-all (DASNet). Per sample, the k channels (WTA_CHANNEL:
the last axis of an NHWC tensor, score = sum over H, W of q - zero point) or the k features
(WTA_DENSE) with the highest score survive, ties to the lower index; the rest become the zero
point. The generated code selects the winners at run time (dt_wta_select_s8) and the consumers
read only them (see dasnet_tiny.wta for the analysis); the losers are written only when a reader
needs them (dt_fill_losers_s8)."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..errors import UnsupportedModelError
from ..ir import Graph, Op
from ..wta import winner_mask
from .base import OpDef


@dataclass
class WTAOptions:
    k: int
    rate: float = 1.0
    layer: str = ""


class _WTA(OpDef):
    kernels = ("dt_wta_select_s8.c",)
    Options = WTAOptions
    MAX_CHANNELS = 65536
    call = """\
{% if l.identity %}
        /* k == C: every channel wins, the output is the input (shared storage); nothing to do */
{% else %}
        const dt_context ctx = {{ "{" }}arena + {{ l.scores }}, {{ l.scores_size }}};
        uint16_t *const winners = (uint16_t *)(arena + {{ l.win.offset }});
        status = dt_wta_select_s8(&ctx, {{ l.in }}, {{ l.positions }}, {{ l.channels_n }}, {{ l.input_offset }}, {{ l.k }}, winners);
{% if l.materialize %}
        if (status == DT_OK) { /* some reader needs the losers: write them as the zero point */
            const dt_channel_list channels = {winners, {{ l.k }}, {{ l.channels_n }}};
            status = dt_fill_losers_s8({{ l.in }}, {{ l.out }}, {{ l.positions }}, &channels, {{ l.zp }});
        }
{% else %}
        /* lazy: every reader skips the losers, so the output is the input's storage, unchanged */
{% endif %}
        {{ name }}_DUMP({{ l.index }}, -1, winners, {{ 2 * l.k }});
{% endif %}
"""

    def validate(self, v, k, op, y):
        x = v.plain_input(k, op)
        if x.shape != y.shape or x.scale != y.scale or x.zero_point != y.zero_point:
            v.opfail(k, op, "input and output must have the same shape and quantization")
        if self.type == "WTA_CHANNEL":
            v.rank(k, op, x, "input", (4,))
        if len(x.shape) < 2 or x.shape[0] != 1:
            v.opfail(k, op, f"needs a batch of 1 and at least 2 dimensions, got {x.shape}")
        c = x.shape[-1] if self.type == "WTA_CHANNEL" else x.size // x.shape[0]
        if c > self.MAX_CHANNELS:
            v.opfail(k, op, f"{c} channels; at most {self.MAX_CHANNELS} are supported")
        v.opt(k, op, "k", "int", 0, c)
        if "rate" in op.options:
            rate = v.opt(k, op, "rate", "num")
            if not 0.0 < float(rate) <= 1.0:
                v.opfail(k, op, f"rate {rate!r} is not in (0, 1]")

    def emit(self, em, i, op, ctx):
        a = em.a
        x, y = em.g.tensor(op.inputs[0]), em.g.tensor(op.outputs[0])
        w = a.wta[i]
        ctx.update(positions=w.positions, channels_n=w.channels, k=w.k, input_offset=-x.zp,
                   zp=x.zp, materialize=w.materialize, in_place=w.in_place, identity=w.identity)
        if not w.identity:
            ctx.update(scores=a.plan.offset(f"scores{i}"), scores_size=4 * w.channels,
                       win=em.winners(i))
        if x.scale != y.scale or x.zero_point != y.zero_point:
            raise UnsupportedModelError(f"op #{i} {op.type}: output quantization must equal the input's")


class WTAChannel(_WTA):
    type = "WTA_CHANNEL"

    def reference(self, g: Graph, op: Op, ins):
        (x,) = ins
        zp = g.tensor(op.inputs[0]).zp
        scores = (x.astype(np.int64) - zp).sum(axis=tuple(range(1, x.ndim - 1)))  # (N, C)
        keep = winner_mask(scores, op.options["k"])
        return np.where(keep.reshape(keep.shape[0], *([1] * (x.ndim - 2)), -1), x, np.int8(zp))


class WTADense(_WTA):
    type = "WTA_DENSE"

    def reference(self, g: Graph, op: Op, ins):
        (x,) = ins
        zp = g.tensor(op.inputs[0]).zp
        flat = x.reshape(x.shape[0], -1)
        keep = winner_mask(flat.astype(np.int64) - zp, op.options["k"])
        return np.where(keep, flat, np.int8(zp)).reshape(x.shape)
