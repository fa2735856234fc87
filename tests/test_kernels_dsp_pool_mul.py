# SPDX-License-Identifier: Apache-2.0
"""The DSP variants of MAX_POOL_2D, AVERAGE_POOL_2D and MUL (runtime/kernels/dsp) on the emulated
Cortex-M4, M33 and M55 (which takes them when mve/ has none): every output byte against the NumPy
reference (bit-exact with TFLite Micro), one firmware holding many shapes (channel counts with and
without a 4-channel tail, SAME padding, strides, a whole-input window, activations, broadcasts)."""
from __future__ import annotations

import shutil

import numpy as np
import pytest

from dasnet_tiny.targets import get_target
from dasnet_tiny.verify import verify

import graphs

needs_arm = pytest.mark.skipif(
    not (shutil.which("arm-none-eabi-gcc") and shutil.which("qemu-system-arm")),
    reason="needs gcc-arm-none-eabi, libnewlib-arm-none-eabi and qemu-system-arm (scripts/run.sh setup)")


def pool_mul_graph(seed=5):
    b = graphs.GraphBuilder(seed, "dsp_pool_mul")
    x = b.input((1, 9, 11, 12))
    y = b.conv2d(x, 12, (1, 1), act="NONE")
    x13 = b.conv2d(x, 13, (1, 1), act="NONE")
    outs = [b.maxpool(x), b.maxpool(x, k=(3, 3), stride=(1, 1), padding="SAME"),
            b.maxpool(x, k=(2, 3), stride=(2, 1), padding="SAME", act="RELU6"),
            b.maxpool(x13, k=(3, 3), stride=(2, 2), padding="SAME"),
            b.avgpool(x), b.avgpool(x, k=(3, 3), stride=(2, 2), padding="SAME"),
            b.avgpool(x, k=(9, 11), stride=(1, 1)), b.avgpool(x13),
            b.mul(x, y, act="RELU"), b.mul(x, y), b.mul(x, b.const((1, 1, 1, 12))), b.mul(x13, x13)]
    return b.graph(outs)


def test_dsp_pool_and_mul_files_are_used_for_the_dsp_cores():
    for core in ("cortex-m4", "cortex-m7", "cortex-m33"):
        t = get_target(core)
        for f in ("dt_maxpool_s8.c", "dt_avgpool_s8.c", "dt_mul_s8.c"):
            assert t.kernel_source(f).parent.name == "dsp"


@needs_arm
@pytest.mark.board
@pytest.mark.parametrize("board", ["mps2-an386", "mps2-an505", "mps3-an547"])  # the M55 falls back to dsp
def test_dsp_pool_and_mul_bit_exact(board, tmp_path):
    g = pool_mul_graph()
    xs = np.random.default_rng(0).integers(-128, 128, (3, 1, 9, 11, 12)).astype(np.int8)
    r = verify(g, xs, board=board, build_dir=tmp_path / "b", timeout=900)
    assert r.ok, r.text
