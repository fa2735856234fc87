# SPDX-License-Identifier: Apache-2.0
"""Scratch memory per op and target, planned in the arena by the code generator.

Each entry mirrors a kernel's `*_get_buffer_size` function (the same formula, tested equal by
compiling the C function), per kernel variant: a variant folder (`dsp`, `mve`) that needs a
different amount adds its own entry; the portable entry applies otherwise. `winners` is the
number of winning input channels the op reads (None: a dense op).
"""
from __future__ import annotations

from typing import Callable

from .ir import Graph, Op
from .targets import Target, get_target

ScratchFn = Callable[[Graph, Op, "int | None"], int]


def _dims4(shape) -> list[int]:
    s = list(shape)
    return [1] * (4 - len(s)) + s


def conv_winner_compaction(g: Graph, op: Op, winners: int | None) -> int:
    """dt_convolve_s8_get_winner_buffer_size: the k winners' weights (O*KH*KW*k) and input
    channels (N*H*W*k) compacted, rounded up to 4 bytes; 0 for a dense conv."""
    if not winners:
        return 0
    x, w = g.tensor(op.inputs[0]), g.tensor(op.inputs[1])
    n, h, wd = _dims4(x.shape)[:3]
    return (w.shape[0] * w.shape[1] * w.shape[2] * winners + n * h * wd * winners + 3) & ~3


def dsp_depthwise_winner_compaction(g: Graph, op: Op, winners: int | None) -> int:
    """dt_dsp_depthwise_winner_buffer_size (runtime/kernels/dsp): the k winners' input channels
    compacted, N*H*W*k rounded up to 4 bytes; depth multiplier 1 only, 0 for a dense layer."""
    if not winners or int(op.options.get("depth_multiplier", 1)) != 1:
        return 0
    n, h, wd = _dims4(g.tensor(op.inputs[0]).shape)[:3]
    return (n * h * wd * winners + 3) & ~3


# variant ("portable", "dsp", "mve") -> op type -> scratch function
SCRATCH: dict[str, dict[str, ScratchFn]] = {
    "portable": {"CONV_2D": conv_winner_compaction},
    "dsp": {"DEPTHWISE_CONV_2D": dsp_depthwise_winner_compaction},
    # the MVE depthwise kernel takes no scratch (the "dsp" entry is the DSP kernel's)
    "mve": {"DEPTHWISE_CONV_2D": lambda g, op, winners: 0},
}


def scratch_bytes(g: Graph, op: Op, target: str | Target = "portable", winners: int | None = None) -> int:
    """Bytes of arena scratch the kernel of `op` needs on `target` (0: none)."""
    t = get_target(target)
    for variant in (*t.variants, "portable"):
        fn = SCRATCH.get(variant, {}).get(op.type)
        if fn is not None:
            return int(fn(g, op, winners))
    return 0
