# SPDX-License-Identifier: Apache-2.0
"""The Python side of the MVE kernel variant (runtime/kernels/mve, Cortex-M55): the scratch of its
kernels (each equal to the C `_get_buffer_size`) and the generate-time weight layouts of its WTA
kernels. See dasnet_tiny.scratch."""
from __future__ import annotations

import numpy as np

from .ops.base import extend


def _r4(v: int) -> int:
    return (int(v) + 3) & ~3


def conv_wta(g, op, winners) -> int:
    """dt_convolve_wta_s8_get_buffer_size (mve): the winners' weights in groups of four output
    channels and 16-byte chunks, then the column buffer (see col_bytes in the C file)."""
    x, w = g.tensor(op.inputs[0]), g.tensor(op.inputs[1])
    n, h, wd, _ = extend(x.shape, 4)
    o, kh, kw = w.shape[0], w.shape[1], w.shape[2]
    k = winners or 0
    chunks = (kw * kh * k + 15) // 16
    if kw == 1:
        col = 64 * chunks * ((n * h * wd + 3) // 4) + 16 * chunks
    else:
        col = n * h * (wd + kw - 1) * kh * k + 16
    return 64 * ((o + 3) // 4) * chunks + _r4(col)


def dw_wta(g, op, winners) -> int:
    """dt_depthwise_conv_wta_s8_get_buffer_size (mve), each part rounded up to 4 bytes: the
    K = k * ch_mult channel offsets (2K), their bias, multiplier and shift (12K), filter
    (KH*KW*K + 16), the padded input N*(H+KH-1)*(W+KW-1)*k + 16, the output N*H*W*K and a loser
    row (OC)."""
    x, w = g.tensor(op.inputs[0]), g.tensor(op.inputs[1])
    n, h, wd, c = extend(x.shape, 4)
    kh, kw, oc = w.shape[1], w.shape[2], w.shape[3]
    k = winners or 0
    kk = k * (oc // c if c else 0)
    return (_r4(2 * kk) + 12 * kk + _r4(kh * kw * kk + 16) + _r4(n * (h + kh - 1) * (wd + kw - 1) * k + 16)
            + _r4(n * h * wd * kk) + _r4(oc))


def fc_wta_layout(w: np.ndarray, channels: int) -> np.ndarray:
    """The weights of dt_fully_connected_wta_s8 (mve): output channels in groups of four (the
    last group holds the out_c % 4 remaining rows), each group block by block (blocks of
    `channels` input elements), within a block the `channels` weights of each row of the group:
    row i of group g, block b at g * 4 * depth + (b * rows_in_group + i) * channels."""
    out_c, depth = w.shape
    blocks = depth // channels
    parts = []
    for g in range(0, out_c, 4):
        rows = w[g:g + 4]
        parts.append(rows.reshape(rows.shape[0], blocks, channels).transpose(1, 0, 2).reshape(-1))
    return np.concatenate(parts).reshape(out_c, depth) if parts else w


SCRATCH = {"dt_convolve_wta_s8": conv_wta, "dt_depthwise_conv_wta_s8": dw_wta}
# kernel function -> the layout of the weights it reads (dasnet_tiny.scratch.FILTER_LAYOUT)
FILTER_LAYOUT = {"dt_fully_connected_wta_s8": fc_wta_layout}
