# SPDX-License-Identifier: Apache-2.0
"""The DSP kernel variants (runtime/kernels/dsp, Cortex-M4/M7/M33) on the emulated boards: every
output byte against the NumPy reference (bit-exact with TFLite Micro) over batched multi-branch
graphs (many kernel shapes per firmware), the WTA cases, the op space, and the MLPerf Tiny models
against TFLite Micro."""
from __future__ import annotations

import shutil
import subprocess

import numpy as np
import pytest

from dasnet_tiny.resources import KERNEL_DIR
from dasnet_tiny.scratch import implementing_variant, kernel_function as op_kernel_function, scratch_bytes
from dasnet_tiny.targets import get_target
from dasnet_tiny.verify import verify

import graphs

needs_arm = pytest.mark.skipif(
    not (shutil.which("arm-none-eabi-gcc") and shutil.which("qemu-system-arm")),
    reason="needs gcc-arm-none-eabi, libnewlib-arm-none-eabi and qemu-system-arm (scripts/run.sh setup)")

M4, M7, M33 = "mps2-an386", "mps2-an500", "mps2-an505"
CC = shutil.which("gcc") or shutil.which("cc")


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


# ---- WTA (sparse) kernels: dt_*_wta_s8.c of runtime/kernels/dsp ---------------------------------
WTA_FUNCTIONS = ("dt_convolve_wta_s8", "dt_depthwise_conv_wta_s8", "dt_fully_connected_wta_s8")


def wta_kernels_graph(seed=0):
    """Every DSP WTA kernel path in one firmware: odd channel counts and winner counts (k of 13,
    k4 > C for 5 of 6), rates 0.25 / 0.5 / 0.75, conv 1x1 / 3x3 / strided / dilated / output
    channels not a multiple of 4, depthwise (multiplier 1 and 2, stride, dilation), FC after a
    flatten (P = 42: groups and a tail), FC rows (P = 1), FC after a WTA_DENSE (P = 1, odd k; 21
    features: heap selection, 70 and 96: histogram selection with ties), and a bias too large
    for the short requantization (the exact fallback)."""
    b = graphs.GraphBuilder(seed, "dsp_wta")
    x = b.input((1, 7, 6, 5))
    h13 = b.conv2d(x, 13, (1, 1), act="RELU")
    h16 = b.conv2d(x, 16, (3, 3), act="RELU")
    h24 = b.conv2d(x, 24, (1, 1), act="NONE")
    h6 = b.conv2d(x, 6, (1, 1), act="RELU6")
    w13 = b.wta_channel(h13, 0.5)   # k = 7
    w16 = b.wta_channel(h16, 0.25)  # k = 4
    w24 = b.wta_channel(h24, 0.75)  # k = 18
    w6 = b.wta_channel(h6, k=5)     # k4 = 8 > 6 channels
    big = b.conv2d(w24, 8, (1, 1), act="NONE")
    outs = [
        b.conv2d(w13, 6, (1, 1), act="NONE"),
        b.conv2d(w16, 9, (3, 3), act="RELU"),
        b.conv2d(w24, 8, (3, 3), (2, 2), "VALID", act="RELU6"),
        b.conv2d(w13, 5, (3, 2), (1, 1), "SAME", (2, 1), act="NONE", per_channel=False),
        b.conv2d(w6, 4, (3, 3), act="RELU", bias=False),
        big,
        b.depthwise(w13, (3, 3), act="RELU"),
        b.depthwise(w16, (3, 3), (2, 2), "SAME", act="NONE"),
        b.depthwise(w24, (3, 3), mult=2, act="NONE", bias=False),
        b.depthwise(w16, (5, 2), (1, 1), "SAME", (1, 2), act="RELU"),
        b.depthwise(w6, (3, 3), act="RELU6"),
        b.fc(b.flatten(w13), 9, act="RELU"),
        b.fc(b.flatten(w24), 6, per_channel=True),
        b.fc(w16, 7, depth=16),
    ]
    d = b.fc(b.flatten(h6), 21, act="RELU")
    outs += [b.fc(b.wta_dense(d, 0.5), 6), b.fc(b.wta_dense(d, 0.25), 9, act="RELU")]
    # one position, >= 64 features: the histogram selection (ties at the ReLU zero point)
    d96 = b.fc(b.flatten(h6), 96, act="RELU")
    d70 = b.fc(b.flatten(h13), 70, act="NONE")
    outs += [b.fc(b.wta_dense(d96, 0.5), 8), b.fc(b.wta_dense(d96, 0.25), 5),
             b.fc(b.wta_dense(d70, 0.75), 4, act="RELU")]
    g = b.graph(outs)
    bias = g.tensor(g.ops[g.producers()[big]].inputs[2])
    bias.data[1] = 700_000_000  # |bias| >= 2^29: this conv's exact requantization path
    return g


def _wta_layers(g, target="cortex-m4"):
    """(op index, op, winner count) of the layers that read winners."""
    from dasnet_tiny.analysis import analyze
    a = analyze(g, target)
    return a, [(ci, g.ops[ci], a.wta[wi].k) for ci, wi in a.skip.items()]


def _dsp_c_sizes(tmp_path, calls):
    src = tmp_path / "sizes.c"
    src.write_text("#include <stdio.h>\n#include \"dt_dsp_wta_sizes.h\"\nint main(void) {\n" + "\n".join(
        f"{{ dt_dims in = {{{x[0]}, {x[1]}, {x[2]}, {x[3]}}}, f = {{{f[0]}, {f[1]}, {f[2]}, {f[3]}}}; (void)in; "
        f"printf(\"%ld\\n\", (long){call}); }}" for call, x, f in calls) + "\nreturn 0;\n}\n")
    exe = tmp_path / "sizes"
    subprocess.run([CC, "-std=c99", "-Wall", "-Wextra", "-Werror", "-I", str(KERNEL_DIR / "dsp"), "-I",
                    str(KERNEL_DIR), str(src), "-o", str(exe)], check=True, capture_output=True)
    return [int(v) for v in subprocess.run([str(exe)], capture_output=True, text=True, check=True).stdout.split()]


@pytest.mark.skipif(CC is None, reason="needs a host C compiler")
def test_dsp_wta_scratch_equals_the_kernels_buffer_size(tmp_path):
    """variant_dsp.SCRATCH equals the C sizes (dt_dsp_wta_sizes.h, which the DSP kernels'
    _get_buffer_size return) and the plan reserves exactly that for each WTA layer."""
    graphs_ = [graphs.wta_graph(c, r) for c in graphs.WTA_CONSUMERS for r in (0.25, 0.5, 0.75)]
    graphs_ += [wta_kernels_graph()]
    calls, expect = [], []
    for g in graphs_:
        a, layers = _wta_layers(g)
        for ci, op, k in layers:
            fn = op_kernel_function(g, op, k)
            if fn not in WTA_FUNCTIONS:
                continue
            assert implementing_variant("cortex-m4", fn) == "dsp"
            x, w = g.tensor(op.inputs[0]).shape, g.tensor(op.inputs[1]).shape
            x = [1] * (4 - len(x)) + list(x)
            if fn == "dt_fully_connected_wta_s8":
                calls.append((f"dt_dsp_fc_wta_size(&f, {k})", x, [w[0], 1, 1, w[1]]))
            elif fn == "dt_convolve_wta_s8":
                calls.append((f"dt_dsp_conv_wta_size(&in, &f, {k})", x, list(w)))
            else:
                calls.append((f"dt_dsp_dw_wta_size(&in, &f, {k})", x, list(w)))
            size = scratch_bytes(g, op, "cortex-m4", k)
            expect.append(size)
            assert [r.size for r in a.requests if r.name == f"compact{ci}"] == ([size] if size else [])
    assert {c[0].split("(")[0] for c in calls} == {"dt_dsp_fc_wta_size", "dt_dsp_conv_wta_size",
                                                 "dt_dsp_dw_wta_size"}
    assert _dsp_c_sizes(tmp_path, calls) == expect


def test_dsp_fc_wta_layout_is_channel_major():
    from dasnet_tiny.variant_dsp import fc_wta_layout
    # 5 outputs, 2 channels, P = 6 elements per channel (input element p * 2 + c)
    w = np.arange(5 * 12).reshape(5, 12).astype(np.int8)
    lay = fc_wta_layout(w, 2).reshape(2, 30)
    for c in range(2):
        blk = lay[c]
        # block of outputs 0..3: one group of 4 elements [q][p], then the tail [p = 4, 5][q]
        assert list(blk[:16]) == [w[q, p * 2 + c] for q in range(4) for p in range(4)]
        assert list(blk[16:24]) == [w[q, p * 2 + c] for p in (4, 5) for q in range(4)]
        assert list(blk[24:30]) == [w[4, p * 2 + c] for p in range(6)]  # the fifth output
    assert sorted(lay.reshape(-1)) == sorted(w.reshape(-1))


@needs_arm
@pytest.mark.board
@pytest.mark.parametrize("board", (M4, M7, M33))
def test_wta_kernels_graph(board, tmp_path):
    for seed in ((0, 1) if board == M4 else (2,)):
        g = wta_kernels_graph(seed)
        fns = {op_kernel_function(g, op, k) for _, op, k in _wta_layers(g)[1]}
        assert set(WTA_FUNCTIONS) <= fns
        _check(g, board, tmp_path / f"s{seed}", n=3, seed=seed)


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
