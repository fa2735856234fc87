# SPDX-License-Identifier: Apache-2.0
"""The Python side of the DSP kernel variant (runtime/kernels/dsp, Cortex-M4/M7/M33): the scratch
of its kernels (each equal to the C `_get_buffer_size`, runtime/kernels/dsp/dt_dsp_wta_sizes.h)
and the generate-time weight layouts of its WTA kernels. See dasnet_tiny.scratch."""
from __future__ import annotations

import numpy as np

from .ops.base import extend

# dt_dsp_wta_sizes.h: DT_CONV_WTA_WE_BYTES
CONV_WTA_WE_BYTES = 12288


def _up4(v: int) -> int:
    return (v + 3) & ~3


def conv_wta(g, op, winners) -> int:
    """dt_convolve_wta_s8 (dt_dsp_conv_wta_size): the winners' input channels gathered
    ([n][h][w][k4], k4 = k rounded up to 4), one extended window (2 * K4 bytes, K4 = kh*kw*k4)
    and, for a chunk of output channels (a multiple of 4 whose weights fit 12288 bytes, at least
    one block), their extended weights (2 * K4 bytes each) and requantization constants (16)."""
    x, w = g.tensor(op.inputs[0]), g.tensor(op.inputs[1])
    n, h, wd = extend(x.shape, 4)[:3]
    k4 = _up4(winners or 0)
    kk4 = w.shape[1] * w.shape[2] * k4
    oc4 = _up4(w.shape[0])
    chunk = (CONV_WTA_WE_BYTES // (2 * kk4)) & ~3 if kk4 > 0 else oc4
    chunk = min(max(chunk, 4), oc4)
    return n * h * wd * k4 + 2 * kk4 + chunk * (2 * kk4 + 16)


def depthwise_wta(g, op, winners) -> int:
    """dt_depthwise_conv_wta_s8 (dt_dsp_dw_wta_size): the winners' input channels gathered
    (N*H*W*k4), their weights (KH*KW*km4), biases and requantization constants (12 * km4), the
    loser template (out_c rounded up to 4), one compact output row (km4) and the winners' byte
    offsets (4 * k); k4, km4: k and k * depth multiplier rounded up to 4."""
    x, w, y = g.tensor(op.inputs[0]), g.tensor(op.inputs[1]), g.tensor(op.outputs[0])
    n, h, wd, c = extend(x.shape, 4)
    out_c = y.shape[-1]
    mult = out_c // c if c > 0 else 1
    k = winners or 0
    k4, km4 = _up4(k), _up4(k * mult)
    return n * h * wd * k4 + w.shape[1] * w.shape[2] * km4 + 12 * km4 + _up4(out_c) + km4 + 4 * k


def fc_wta(g, op, winners) -> int:
    """dt_fully_connected_wta_s8 (dt_dsp_fc_wta_size): a row's winners' elements extended,
    2 * (P // 4) + P % 4 words per winner (bounded over every P <= depth // k), or 3 words per
    pair of winners for one element per channel."""
    k = winners or 0
    depth = g.tensor(op.inputs[1]).shape[-1]
    if k < 1 or depth < 1:
        return 0
    p = depth // k
    gr, t = p >> 2, p & 3
    if gr > 0 and t < 1:
        t = 1
    return max(4 * k * (2 * gr + t), 12 * ((k + 1) >> 1))


def fc_wta_layout(w: np.ndarray, channels: int) -> np.ndarray:
    """The FC weights (out_c, depth) channel-major for dt_fully_connected_wta_s8: channel c owns
    out_c * P contiguous bytes (P = depth // channels; element p of channel c is input element
    p * channels + c): per block of four outputs the P // 4 groups [output q][4 elements], then
    the P % 4 tail elements [element][output q]; then the out_c % 4 remaining outputs, P bytes
    each."""
    o, depth = w.shape
    p = depth // channels
    gr, ob = p // 4, o // 4
    w3 = np.asarray(w).reshape(o, p, channels).transpose(2, 0, 1)  # [c][o][p]
    full = w3[:, :4 * ob].reshape(channels, ob, 4, p)  # [c][block][q][p]
    groups = full[..., :4 * gr].reshape(channels, ob, 4, gr, 4).transpose(0, 1, 3, 2, 4)
    tail = full[..., 4 * gr:].transpose(0, 1, 3, 2)  # [c][block][r][q]
    blocks = np.concatenate([groups.reshape(channels, ob, 4 * 4 * gr),
                             tail.reshape(channels, ob, 4 * (p - 4 * gr))], axis=2)
    rest = w3[:, 4 * ob:].reshape(channels, -1)
    return np.concatenate([blocks.reshape(channels, -1), rest], axis=1).reshape(-1).astype(np.int8)


SCRATCH = {
    "dt_convolve_wta_s8": conv_wta,
    "dt_depthwise_conv_wta_s8": depthwise_wta,
    "dt_fully_connected_wta_s8": fc_wta,
}


# dt_nn_dsp.h: DT_DSP_FC_LAYOUT_MAX_DEPTH
FC_LAYOUT_MAX_DEPTH = 1024


def fc_dense_layout(w: np.ndarray, channels: int | None) -> np.ndarray:
    """dt_fully_connected_s8 (dsp): rows of at most FC_LAYOUT_MAX_DEPTH elements run the WTA
    kernel's loops with one channel, so their weights take its layout with one channel; deeper
    rows keep [out_c][depth]."""
    return fc_wta_layout(w, 1) if w.shape[1] <= FC_LAYOUT_MAX_DEPTH else w


# kernel function -> the layout of the weights it reads (dasnet_tiny.scratch.FILTER_LAYOUT)
FILTER_LAYOUT = {"dt_fully_connected_s8": fc_dense_layout, "dt_fully_connected_wta_s8": fc_wta_layout}
