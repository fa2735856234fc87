# SPDX-License-Identifier: Apache-2.0
"""The DSP kernel variants (runtime/kernels/dsp, Cortex-M4/M7/M33) on the emulated boards: every
output byte against the NumPy reference (bit-exact with TFLite Micro) over batched multi-branch
graphs (many kernel shapes per firmware), the WTA cases, the op space, and the MLPerf Tiny models
against TFLite Micro."""
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

M4, M7, M33 = "mps2-an386", "mps2-an500", "mps2-an505"


def _xs(g, n, seed):
    return np.random.default_rng(seed).integers(-128, 128, (n, *g.input_tensors[0].shape)).astype(np.int8)


def _check(g, board, tmp_path, n=3, seed=0):
    r = verify(g, _xs(g, n, seed), board=board, build_dir=tmp_path / g.name, timeout=900)
    assert r.ok, f"{g.name} on {board}: {r.text}"
    return r


# ---- batched graphs: one input, many branches (one firmware checks many kernel shapes) -----------
def conv_graph(seed=0):
    """CONV_2D: 1x1 (stride 1/2, wide), 3x3 (SAME/VALID, stride 2), 5x3, 2x4 (1x3 strides),
    dilation, per-tensor without bias, first-layer shapes (1 and 3 input channels)."""
    b = graphs.GraphBuilder(seed, "dsp_conv")
    x = b.input((1, 9, 11, 8))
    outs = [
        b.conv2d(x, 16, (1, 1), act="RELU"),
        b.conv2d(x, 7, (1, 1), (2, 2), "VALID", act="NONE"),
        b.conv2d(x, 12, (3, 3), act="RELU6"),
        b.conv2d(x, 9, (3, 3), (2, 2), "VALID", act="RELU"),
        b.conv2d(x, 8, (3, 3), (2, 2), "SAME", act="NONE", per_channel=False, bias=False),
        b.conv2d(x, 5, (5, 3), (1, 3), "SAME", act="RELU_N1_TO_1"),
        b.conv2d(x, 6, (2, 4), (1, 1), "SAME", act="RELU"),
        b.conv2d(x, 4, (3, 3), (1, 1), "SAME", (2, 2), act="NONE"),
        b.conv2d(x, 4, (3, 2), (1, 1), "VALID", (1, 3), act="RELU"),
    ]
    one = b.conv2d(x, 1, (1, 1), act="NONE")  # a 1-channel map: first-layer style convolutions
    outs += [b.conv2d(one, 16, (4, 3), (2, 2), "SAME", act="RELU"),
             b.conv2d(one, 5, (3, 3), (1, 1), "VALID", act="NONE")]
    three = b.conv2d(x, 3, (1, 1), act="NONE")
    outs += [b.conv2d(three, 8, (3, 3), (1, 1), "SAME", act="RELU"),
             b.conv2d(three, 6, (3, 3), (2, 2), "SAME", act="RELU6")]
    wide = b.conv2d(x, 20, (1, 1), act="RELU")
    outs += [b.conv2d(wide, 12, (1, 1), act="NONE"), b.conv2d(wide, 8, (3, 3), act="RELU")]
    return b.graph(outs)


def dw_graph(seed=0):
    """DEPTHWISE_CONV_2D: channels 8/12/13/16, 3x3 SAME/VALID, stride 2, 5x2, dilation, depth
    multiplier 2, per-tensor without bias."""
    b = graphs.GraphBuilder(seed, "dsp_dw")
    x = b.input((1, 10, 9, 16))
    c13 = b.conv2d(x, 13, (1, 1), act="RELU")
    c12 = b.conv2d(x, 12, (1, 1), act="NONE")
    c8 = b.conv2d(x, 8, (1, 1), act="NONE")
    outs = [
        b.depthwise(x, (3, 3), act="RELU"),
        b.depthwise(x, (3, 3), (2, 2), "SAME", act="RELU6"),
        b.depthwise(x, (3, 3), (2, 2), "VALID", act="NONE"),
        b.depthwise(c13, (3, 3), act="RELU"),
        b.depthwise(c12, (5, 2), (1, 2), "SAME", act="NONE"),
        b.depthwise(c12, (3, 3), (1, 1), "SAME", (2, 2), act="RELU"),
        b.depthwise(c8, (3, 3), (1, 1), "SAME", mult=2, act="NONE"),
        b.depthwise(c8, (3, 3), (1, 1), "VALID", per_channel=False, bias=False, act="NONE"),
        b.depthwise(c13, (1, 1), act="NONE"),
    ]
    return b.graph(outs)


def fc_graph(seed=0):
    """FULLY_CONNECTED: depths 7..360, units 1..20, per-tensor and per-channel, rows."""
    b = graphs.GraphBuilder(seed, "dsp_fc")
    x = b.input((1, 5, 6, 12))
    f = b.flatten(x)
    outs = [b.fc(f, 20, act="RELU"), b.fc(f, 7, act="NONE", per_channel=True), b.fc(f, 1),
            b.fc(x, 10, depth=12, act="RELU6"), b.fc(x, 5, depth=30, bias=False)]
    h = b.fc(f, 33, act="RELU")
    outs += [b.fc(h, 16, act="NONE"), b.fc(b.fc(h, 7), 4, per_channel=True)]
    return b.graph(outs)


def eltwise_graph(seed=0):
    """ADD / MUL with equal shapes and broadcasts, pools."""
    b = graphs.GraphBuilder(seed, "dsp_eltwise")
    x = b.input((1, 6, 7, 12))
    y = b.conv2d(x, 12, (1, 1), act="NONE")
    z = b.conv2d(x, 1, (1, 1), act="NONE")
    outs = [b.add(x, y), b.add(x, y, act="RELU"), b.mul(x, y), b.mul(x, y, act="RELU6"),
            b.add(x, z), b.mul(y, z),
            b.maxpool(x, k=(2, 2), stride=(2, 2)), b.avgpool(x, k=(3, 3), stride=(2, 2), padding="SAME"),
            b.mean(y, (1, 2))]
    return b.graph(outs)


BATCHED = (conv_graph, dw_graph, fc_graph, eltwise_graph)


def vww_like_graph(seed=0):
    """MobileNetV1 0.25 (96x96) shapes: the VWW model's depthwise/pointwise stack."""
    b = graphs.GraphBuilder(seed, "dsp_vww_like")
    h = b.conv2d(b.input((1, 96, 96, 3)), 8, (3, 3), (2, 2), "SAME", act="RELU6")
    for s, c in ((1, 16), (2, 32), (1, 32), (2, 64), (1, 64), (2, 128), (1, 128), (2, 256), (1, 256)):
        h = b.conv2d(b.depthwise(h, (3, 3), (s, s), "SAME", act="RELU6"), c, (1, 1), act="RELU6")
    return b.graph([b.softmax(b.fc(b.flatten(b.avgpool(h, k=(3, 3), stride=(3, 3))), 2))])


def ad_like_graph(seed=0):
    """The MLPerf Tiny anomaly-detection autoencoder's shapes: 640-128x4-8-128x4-640 FC."""
    b = graphs.GraphBuilder(seed, "dsp_ad_like")
    h = b.input((1, 640))
    for u in (128, 128, 128, 128, 8, 128, 128, 128, 128):
        h = b.fc(h, u, act="RELU")
    return b.graph([b.fc(h, 640)])


def test_dsp_variant_folder_is_used_for_the_dsp_cores():
    for core in ("cortex-m4", "cortex-m7", "cortex-m33"):
        t = get_target(core)
        assert t.kernel_source("dt_convolve_s8.c").parent.name == "dsp"
        assert t.kernel_source("dt_depthwise_conv_s8.c").parent.name == "dsp"
        assert any(p.name == "dt_nn_dsp.h" for p in t.variant_extras())
    assert get_target("cortex-m3").kernel_source("dt_convolve_s8.c").parent.name == "kernels"


def test_dsp_depthwise_winner_scratch_is_planned_for_the_dsp_kernel_only():
    from dasnet_tiny.scratch import scratch_bytes
    g = graphs.wta_graph("depthwise", 0.5)
    op = next(o for o in g.ops if o.type == "DEPTHWISE_CONV_2D")
    n, h, w, _ = g.tensor(op.inputs[0]).shape
    for core in ("cortex-m4", "cortex-m7", "cortex-m33"):
        assert scratch_bytes(g, op, core, 5) == (n * h * w * 5 + 3) & ~3
        assert scratch_bytes(g, op, core, None) == 0
    assert scratch_bytes(g, op, "cortex-m55", 5) == 0  # the MVE kernel takes none
    c = g.tensor(op.outputs[0]).shape[-1]
    assert scratch_bytes(g, op, "portable", 5) == (c + 3) & ~3  # the portable kernel's loser values


@needs_arm
@pytest.mark.board
@pytest.mark.parametrize("make", BATCHED, ids=lambda f: f.__name__)
def test_batched_graphs_on_m4(make, tmp_path):
    for seed in (0, 1):
        _check(make(seed), M4, tmp_path / f"s{seed}", n=2, seed=seed)


@needs_arm
@pytest.mark.board
@pytest.mark.parametrize("board", (M7, M33))
def test_batched_graphs_on_m7_m33(board, tmp_path):
    for make in (conv_graph, dw_graph, fc_graph):
        _check(make(2), board, tmp_path, n=1)


# ---- WTA consumers: sparse paths ---------------------------------------------------------------
WTA_FAST = (("conv", 0.5), ("depthwise", 0.25), ("fc_flatten", 0.75), ("dense_fc", 0.25), ("chain", 0.5))
CONSUMERS = ("conv", "conv_strided", "depthwise", "depthwise_m2", "fc_flatten", "fc_4d", "fc_rows",
             "dense_fc", "dense_conv", "maxpool_conv", "avgpool_flatten_fc", "chain")


@needs_arm
@pytest.mark.board
def test_wta_cases_on_m4(tmp_path):
    for i, (c, rate) in enumerate(WTA_FAST):
        _check(graphs.wta_graph(c, rate, seed=11 + i), M4, tmp_path / f"w{i}")


@needs_arm
@pytest.mark.board
@pytest.mark.slow
@pytest.mark.parametrize("rate", (0.25, 0.5, 0.75))
def test_all_wta_consumers_on_m4(rate, tmp_path):
    for i, c in enumerate(CONSUMERS):
        _check(graphs.wta_graph(c, rate, seed=i), M4, tmp_path / f"w{i}")


@needs_arm
@pytest.mark.board
@pytest.mark.slow
def test_op_space_and_random_graphs_on_m4(tmp_path):
    cases = [g for g in (build(0) for name, build in graphs.op_space_cases()) if len(g.inputs) == 1]
    cases += [graphs.random_graph(seed) for seed in range(100, 106)]
    for i, g in enumerate(cases):
        _check(g, M4, tmp_path / f"c{i}", n=2, seed=i)


@needs_arm
@pytest.mark.board
@pytest.mark.slow
@pytest.mark.parametrize("board", (M7, M33))
def test_wta_and_random_graphs_on_m7_m33(board, tmp_path):
    cases = [graphs.wta_graph(c, r, seed=3) for c, r in (("conv", 0.25), ("depthwise", 0.5), ("fc_4d", 0.75))]
    cases += [graphs.random_graph(seed) for seed in range(200, 203)]
    for i, g in enumerate(cases):
        _check(g, board, tmp_path / f"c{i}", n=2, seed=i)


@needs_arm
@pytest.mark.board
@pytest.mark.slow
@pytest.mark.parametrize("board", (M4, M7, M33))
def test_vww_and_ad_shaped_graphs(board, tmp_path):
    for make in (vww_like_graph, ad_like_graph):
        _check(make(), board, tmp_path, n=1)


# ---- MLPerf Tiny models: bytes equal TFLite Micro's on the M4 -------------------------------------
def _mlperf(name, n):
    import dasnet_tiny as dt
    from conftest import TFLM, shared_file
    from test_verify_boards import _cifar, _kws
    path = shared_file(f"models/mlperf_tiny/{name}.tflite")
    xs = _kws(n) if name.startswith("kws") else _cifar(n)
    golden = np.stack([o[0].reshape(-1) for o in TFLM(path.read_bytes()).many(xs[:, None])])
    return dt.import_tflite(path), xs, golden


@needs_arm
@pytest.mark.board
@pytest.mark.parametrize("name", ("kws_ref_model", pytest.param("pretrainedResnet_quant", marks=pytest.mark.slow)))
def test_mlperf_models_equal_tflite_micro_on_m4(name, tmp_path):
    g, xs, golden = _mlperf(name, 2)
    r = verify(g, xs, board=M4, build_dir=tmp_path / name, timeout=900)
    assert r.ok, r.text
    assert np.array_equal(r.outputs.reshape(len(xs), -1), golden)
