# SPDX-License-Identifier: Apache-2.0
"""What CONV_2D, DEPTHWISE_CONV_2D and FULLY_CONNECTED share: int8 weights with per-channel
requantization, an optional int32 bias, the accumulator bounds the validator checks, and the
constant arrays the generator emits."""
from __future__ import annotations

import math

import numpy as np

from .. import quant as Q
from ..ir import Op, Tensor
from ..scratch import filter_layout
from .base import OpDef


class WeightedOp(OpDef):
    kernels = ()
    inputs = (2, 3)
    qdim = 0  # the weights' output-channel axis

    # ---- parse -------------------------------------------------------------------------------
    @staticmethod
    def with_bias(ins: list[int]) -> list[int]:
        return ins + [-1] if len(ins) < 3 else ins

    # ---- validate ----------------------------------------------------------------------------
    def operands(self, v, k: int, op: Op) -> tuple[Tensor, Tensor]:
        xi, wi = op.inputs[0], op.inputs[1]
        if v.t(xi).is_const:
            v.opfail(k, op, "its input is a constant (fold it before conversion)")
        x = v.act_tensor(k, op, xi, "input")
        w = v.t(wi)
        if w.data is None or w.dtype != "int8":
            v.opfail(k, op, f"weights #{wi} {v.short(w.name)} must be constant int8, got {w.dtype}"
                     f"{'' if w.data is not None else ' (not constant)'}")
        if not w.scale:
            v.opfail(k, op, f"weights #{wi} {v.short(w.name)} are not quantized")
        if any(int(z) != 0 for z in w.zero_point):
            v.opfail(k, op, f"weights #{wi} {v.short(w.name)} have a non-zero zero point (TFLite int8 "
                     "weights are symmetric)")
        return x, w

    def check_weights(self, v, k: int, op: Op, x: Tensor, w: Tensor, oc: int, macs: int) -> None:
        """Per-channel counts, bias, and requantization of every output channel within TFLite
        Micro's range with an int32 accumulator that cannot overflow."""
        wi = op.inputs[1]
        bi = op.inputs[2] if len(op.inputs) > 2 else -1
        if macs > v.MAX_MACS:
            v.opfail(k, op, f"{macs} multiply-accumulates; at most {v.MAX_MACS} per op are supported")
        if len(w.scale) not in (1, oc) or (len(w.scale) > 1 and w.quantized_dim != self.qdim):
            v.opfail(k, op, f"weights #{wi} {v.short(w.name)} have {len(w.scale)} scales on axis "
                     f"{w.quantized_dim}; expected 1 or {oc} on axis {self.qdim}")
        bias = np.zeros(oc, np.int64)
        if bi >= 0:
            b = v.t(bi)
            if b.data is None or b.dtype != "int32":
                v.opfail(k, op, f"bias #{bi} {v.short(b.name)} must be constant int32, got {b.dtype}"
                         f"{'' if b.data is not None else ' (not constant)'}")
            if b.shape != (oc,):
                v.opfail(k, op, f"bias #{bi} {v.short(b.name)} has shape {b.shape} for {oc} output channels")
            bias = np.abs(b.data.reshape(-1).astype(np.int64))
        y = v.t(op.outputs[0])
        prm = Q.conv_params(v.g, op)
        wabs = np.abs(w.data.astype(np.int64))
        per_ch = wabs.reshape(oc, -1).sum(axis=1) if self.qdim == 0 else wabs.reshape(-1, oc).sum(axis=0)
        acc = 256 * per_ch + bias
        for ch in range(oc):
            ws = float(np.float32(w.scale[ch if len(w.scale) > 1 else 0]))
            real = float(x.s) * ws / float(y.s)
            m, s = int(prm.multiplier[ch]), int(prm.shift[ch])
            if not (math.isfinite(real) and real > 0.0) or not v.mult_ok(m, s):
                v.opfail(k, op, f"channel {ch}: effective scale {real:.6g} (input x weight / output "
                         "scale) gives a requantization shift outside TFLite Micro's range [-31, 30]")
            if acc[ch] * float(1 << max(s, 0)) > v.ACC_LIMIT:
                v.acc_bound(k, op, float(acc[ch]), s, f"channel {ch}")

    # ---- emit --------------------------------------------------------------------------------
    def emit_weights(self, em, i: int, op: Op, ctx: dict) -> tuple[Tensor, Tensor, Tensor]:
        g = em.g
        x, w, y = g.tensor(op.inputs[0]), g.tensor(op.inputs[1]), g.tensor(op.outputs[0])
        prm = Q.conv_params(g, op)
        p = f"l{i}"
        sparse = ctx["channels"] is not None
        ctx["fn"] = self.kernel_function(sparse)
        # the layout the target's kernel reads (dasnet_tiny.scratch)
        data = filter_layout(em.target, ctx["fn"], w.data, ctx["channels"]["channels"] if sparse else None)
        note = ", laid out for " + ctx["fn"] if data is not w.data else ""
        ctx["filter"] = em.const(f"{p}_filter", "int8_t", data, f"{op.type} weights {w.shape}{note}")
        b = op.inputs[2] if len(op.inputs) > 2 else -1
        ctx["bias"] = em.const(f"{p}_bias", "int32_t", g.tensor(b).data.astype(np.int32),
                               "bias") if b >= 0 else "NULL"
        ctx["mult"] = em.const(f"{p}_multiplier", "int32_t", prm.multiplier, "requantization multipliers")
        ctx["shift"] = em.const(f"{p}_shift", "int32_t", prm.shift, "requantization shifts")
        ctx["input_offset"], ctx["output_offset"] = -x.zp, y.zp
        ctx["act_min"], ctx["act_max"] = op.options["act_min"], op.options["act_max"]
        return x, w, y
