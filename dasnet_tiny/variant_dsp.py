# SPDX-License-Identifier: Apache-2.0
"""The Python side of the DSP kernel variant (runtime/kernels/dsp, Cortex-M4/M7/M33): the scratch
of its kernels (each equal to the C `_get_buffer_size`) and the generate-time weight layouts of
its WTA kernels. See dasnet_tiny.scratch."""
from __future__ import annotations


def _dims4(shape) -> list[int]:
    s = list(shape)
    return [1] * (4 - len(s)) + s


def depthwise_wta_gather(g, op, winners) -> int:
    """dt_depthwise_conv_wta_s8_get_buffer_size (dsp): the k winners' input channels gathered,
    N*H*W*k rounded up to 4 bytes; depth multiplier 1 only (the plain loops need none)."""
    if int(op.options.get("depth_multiplier", 1)) != 1:
        return 0
    n, h, wd = _dims4(g.tensor(op.inputs[0]).shape)[:3]
    return (n * h * wd * (winners or 0) + 3) & ~3


SCRATCH = {"dt_depthwise_conv_wta_s8": depthwise_wta_gather}
WTA_FILTER_LAYOUT: dict = {}
