# SPDX-License-Identifier: Apache-2.0
"""What every op knows, in one class per op (as TinyEngine's operators know their MACs, scratch
and code): how it is read from a .tflite, its typed options, its validation, its NumPy int8
reference, its MAC count, its kernel files and the C call the generator emits.

Each stage passes its own context object with the helpers it offers:
- `parse(imp, idx, op, ins, outs, tensors)`: `imp` is the .tflite importer (`imp.options`,
  `imp.act`, `imp.rank`, `imp.padding`, `imp.const`, `imp.same_quant`, `imp.fail`, `imp.bad`);
  returns (inputs, options dict).
- `validate(v, k, op, y)`: `v` is the graph validator (`v.opt`, `v.act_opts`, `v.window`,
  `v.rank`, `v.mult`, `v.acc_bound`, `v.same_quant`, `v.opfail`, `v.act_tensor`, `v.operand`).
- `emit(em, i, op, ctx)`: `em` is the code generator's emitter (`em.const`, `em.ptr`, `em.dims`,
  `em.winners`, `em.a` the analysis); fills the template context `ctx` of the `call` template.
Scratch per target lives in `dasnet_tiny.scratch` (beside the kernels' `_get_buffer_size`).
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from typing import ClassVar

import numpy as np

from .. import quant as Q
from ..ir import Graph, Op

MAX_DIMS = 6


class OpDef:
    """One op type across all stages. Subclasses set `type` and override what applies."""

    type: ClassVar[str] = ""
    kernels: ClassVar[tuple[str, ...]] = ()  # kernel .c files (dt_nn.h and support always come)
    # The kernel function of a layer that reads a WTA's winners (its file: <name>.c), chosen at
    # generate time instead of the dense kernel; "" when the op runs its dense kernel anyway.
    wta_kernel: ClassVar[str] = ""
    inputs: ClassVar[tuple[int, int]] = (1, 1)  # (min, max) inputs in the IR
    call: ClassVar[str] = ""  # jinja2 source of the C call (context `l`, `name`)
    Options: ClassVar[type | None] = None  # typed options (a dataclass), if the op has any

    def parse(self, imp, idx: int, op, ins: list[int], outs: list[int], tensors) -> tuple[list[int], dict]:
        return ins, {}

    def kernel_function(self, sparse: bool) -> str:
        """The C function a layer calls: the WTA kernel when it reads winners, else the dense one
        (the first kernel file's name; "" for an op without a kernel)."""
        if sparse and self.wta_kernel:
            return self.wta_kernel
        return self.kernels[0][:-2] if self.kernels else ""

    def kernel_files(self, sparse: bool) -> tuple[str, ...]:
        """Kernel .c files a layer needs (the WTA kernel may call the dense one)."""
        return self.kernels + ((self.wta_kernel + ".c",) if sparse and self.wta_kernel else ())

    def validate(self, v, k: int, op: Op, y) -> None:
        pass

    def reference(self, g: Graph, op: Op, ins: list) -> np.ndarray:
        raise NotImplementedError(self.type)

    def macs(self, g: Graph, op: Op) -> int:
        return 0

    def emit(self, em, i: int, op: Op, ctx: dict) -> None:
        pass

    def options(self, op: Op):
        """The op's options as its typed dataclass (None for an op without options)."""
        if self.Options is None:
            return None
        names = {f.name for f in fields(self.Options)}
        return self.Options(**{k: v for k, v in op.options.items() if k in names})


# ---- options shared by several ops ---------------------------------------------------------
@dataclass
class Activation:
    activation: str  # NONE | RELU | RELU6 | RELU_N1_TO_1
    act_min: int
    act_max: int


@dataclass
class Window:
    stride_h: int
    stride_w: int
    dilation_h: int
    dilation_w: int
    padding: str  # SAME | VALID
    pad_h: int  # top padding TFLite computes (the odd extra goes bottom)
    pad_w: int  # left padding


# ---- reference helpers -----------------------------------------------------------------------
def requant_clamp(acc, mult, shift, zp, lo, hi) -> np.ndarray:
    return Q.clamp_int8(Q.multiply_by_quantized_multiplier(acc, mult, shift) + zp, lo, hi)


def patches(xs: np.ndarray, o: dict, kh: int, kw: int, oh: int, ow: int, fill) -> np.ndarray:
    """(N, OH, OW, KH, KW, C) windows of a padded NHWC array (pad value `fill`)."""
    n, h, w, c = xs.shape
    sh, sw, dh, dw = o["stride_h"], o["stride_w"], o["dilation_h"], o["dilation_w"]
    need_h = (oh - 1) * sh + (kh - 1) * dh + 1
    need_w = (ow - 1) * sw + (kw - 1) * dw + 1
    pt, pl = o["pad_h"], o["pad_w"]
    pb, pr = max(need_h - h - pt, 0), max(need_w - w - pl, 0)
    xp = np.pad(xs, ((0, 0), (pt, pb), (pl, pr), (0, 0)), constant_values=fill)
    out = np.empty((n, oh, ow, kh, kw, c), xs.dtype)
    for i in range(kh):
        for j in range(kw):
            out[:, :, :, i, j, :] = xp[:, i * dh:i * dh + (oh - 1) * sh + 1:sh,
                                       j * dw:j * dw + (ow - 1) * sw + 1:sw, :]
    return out


def bias_or_zero(b, n) -> np.ndarray:
    return np.zeros(n, np.int64) if b is None else b.astype(np.int64)


def padding_offsets(in_shape, out_shape, kh, kw, o) -> dict:
    """tflite::ComputePaddingHeightWidth: top/left padding (the odd extra goes bottom/right)."""
    def pad(in_size, out_size, k, stride, dil):
        eff = (k - 1) * dil + 1
        total = (out_size - 1) * stride + eff - in_size
        return max(total, 0) // 2 if o["padding"] == "SAME" else 0
    return {"pad_h": pad(in_shape[1], out_shape[1], kh, o["stride_h"], o["dilation_h"]),
            "pad_w": pad(in_shape[2], out_shape[2], kw, o["stride_w"], o["dilation_w"])}


# ---- emit helpers ----------------------------------------------------------------------------
def extend(shape, n=MAX_DIMS) -> list[int]:
    shape = list(shape)
    return [1] * (n - len(shape)) + shape


def broadcast(out_shape, a_shape, b_shape) -> dict:
    """6-D broadcast strides (in elements) for a binary op, with collapsed dimensions."""
    od = extend(out_shape)
    s1: list[int] = []
    s2: list[int] = []
    for ish, strides in ((a_shape, s1), (b_shape, s2)):
        e = extend(ish)
        st = [0] * MAX_DIMS
        acc = 1
        for d in range(MAX_DIMS - 1, -1, -1):
            st[d] = 0 if (e[d] == 1 and od[d] != 1) else acc
            acc *= e[d]
        strides.extend(st)
    # drop size-1 dims, merge adjacent dims with compatible strides
    ds = [(od[d], s1[d], s2[d]) for d in range(MAX_DIMS) if od[d] != 1]
    merged: list[list[int]] = []
    for dim, a, b in ds:
        if merged:
            pd, pa, pb = merged[-1]
            if pa == a * dim and pb == b * dim:
                merged[-1] = [pd * dim, a, b]
                continue
        merged.append([dim, a, b])
    merged = [[1, 0, 0]] * (MAX_DIMS - len(merged)) + merged
    return {"dims": [m[0] for m in merged], "s1": [m[1] for m in merged], "s2": [m[2] for m in merged]}
