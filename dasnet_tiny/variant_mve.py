# SPDX-License-Identifier: Apache-2.0
"""The Python side of the MVE kernel variant (runtime/kernels/mve, Cortex-M55): the scratch of its
kernels (each equal to the C `_get_buffer_size`) and the generate-time weight layouts of its WTA
kernels. See dasnet_tiny.scratch."""
from __future__ import annotations


def conv_wta_gather(g, op, winners) -> int:
    from .scratch import conv_wta_gather as portable

    return portable(g, op, winners)


SCRATCH = {"dt_convolve_wta_s8": conv_wta_gather}
WTA_FILTER_LAYOUT: dict = {}
