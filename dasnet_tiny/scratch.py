# SPDX-License-Identifier: Apache-2.0
"""The Python side of the kernels, per variant folder: the arena scratch each kernel needs and the
generate-time weight layouts its WTA kernels read.

A layer runs one kernel function: its op's dense kernel, or its WTA kernel when it reads a WTA's
winners (`OpDef.kernel_function`). The file implementing that function on a target is the first
found in the target's variant folders, then the portable folder (`Target.kernel_source`); the
scratch and layout functions are taken from the same variant, so they always describe the C that
is built:

- `SCRATCH[variant][function](graph, op, winners) -> bytes`: the same formula as the C
  `<function>_get_buffer_size` (tested equal); a function without an entry needs no scratch.
- `FILTER_LAYOUT[variant][function](weights, channels) -> weights`: the int8 weights the
  kernel reads, re-laid out at generate time (still int8, same size); identity without an entry.
  `channels` is the WTA channel count for a WTA kernel, None for a dense one.

Each variant's entries live in its own module (`variant_dsp.py`, `variant_mve.py`), so porting
kernels to a core adds files, not branches.
"""
from __future__ import annotations

from typing import Callable

import numpy as np

from . import variant_dsp, variant_mve
from .ir import Graph, Op
from .ops.base import extend
from .resources import KERNEL_DIR
from .targets import Target, get_target

ScratchFn = Callable[[Graph, Op, "int | None"], int]
LayoutFn = Callable[[np.ndarray, "int | None"], np.ndarray]


def conv_wta_gather(g: Graph, op: Op, winners: int | None) -> int:
    """dt_convolve_wta_s8_get_buffer_size (portable and MVE): the k winners' weights (O*KH*KW*k)
    and input channels (N*H*W*k) gathered, rounded up to 4 bytes (the dense conv needs none)."""
    x, w = g.tensor(op.inputs[0]), g.tensor(op.inputs[1])
    n, h, wd = extend(x.shape, 4)[:3]
    k = winners or 0
    return (w.shape[0] * w.shape[1] * w.shape[2] * k + n * h * wd * k + 3) & ~3


def dw_wta_losers(g: Graph, op: Op, winners: int | None) -> int:
    """dt_depthwise_conv_wta_s8_get_buffer_size (portable): one loser value per output channel."""
    return (g.tensor(op.outputs[0]).shape[-1] + 3) & ~3


SCRATCH: dict[str, dict[str, ScratchFn]] = {
    "portable": {"dt_convolve_wta_s8": conv_wta_gather,
                 "dt_depthwise_conv_wta_s8": dw_wta_losers},
    "dsp": variant_dsp.SCRATCH,
    "mve": variant_mve.SCRATCH,
}
FILTER_LAYOUT: dict[str, dict[str, LayoutFn]] = {
    "portable": {},
    "dsp": variant_dsp.FILTER_LAYOUT,
    "mve": variant_mve.FILTER_LAYOUT,
}


def implementing_variant(target: str | Target, function: str) -> str:
    """The variant folder ("portable", "dsp", "mve") whose file implements `function` on `target`."""
    src = get_target(target).kernel_source(function + ".c")
    return "portable" if src.parent == KERNEL_DIR else src.parent.name


def kernel_function(g: Graph, op: Op, winners: int | None) -> str:
    from .ops import OPS

    return OPS[op.type].kernel_function(winners is not None)


def scratch_bytes(g: Graph, op: Op, target: str | Target = "portable", winners: int | None = None) -> int:
    """Bytes of arena scratch the kernel of `op` needs on `target` (0: none). `winners`: the
    number of winning input channels the op reads (None: a dense op)."""
    fn = kernel_function(g, op, winners)
    if not fn:
        return 0
    size = SCRATCH.get(implementing_variant(target, fn), {}).get(fn)
    return int(size(g, op, winners)) if size is not None else 0


def filter_layout(target: str | Target, function: str, weights: np.ndarray,
                  channels: int | None) -> np.ndarray:
    """The weights as kernel `function` reads them on `target` (`channels`: the WTA channel count
    of a WTA kernel, None for a dense one)."""
    layout = FILTER_LAYOUT.get(implementing_variant(target, function), {}).get(function)
    if layout is None:
        return weights
    out = np.ascontiguousarray(layout(weights, channels))
    if out.dtype != np.int8 or out.size != weights.size:
        raise AssertionError(f"{function}: the weight layout must keep {weights.size} int8 values")
    return out
