# SPDX-License-Identifier: Apache-2.0
"""MVE (Helium) kernel variants (runtime/kernels/mve) on the emulated Cortex-M55 (mps3-an547): every
output byte against the NumPy reference (op space, WTA consumers, random graphs) and against
TFLite Micro (MLPerf Tiny models). verify() generates for cortex-m55, so the MVE files replace the
portable kernels there."""
from __future__ import annotations

import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

import dasnet_tiny as dt
from dasnet_tiny import codegen
from dasnet_tiny.resources import KERNEL_DIR
from dasnet_tiny.scratch import kernel_function, scratch_bytes
from dasnet_tiny.targets import get_target
from dasnet_tiny.verify import verify

import graphs
from conftest import TFLM, shared_file

BOARD = "mps3-an547"
pytestmark = [
    pytest.mark.board,
    pytest.mark.skipif(not (shutil.which("arm-none-eabi-gcc") and shutil.which("qemu-system-arm")),
                       reason="needs gcc-arm-none-eabi, libnewlib-arm-none-eabi and qemu-system-arm"),
]

# The op kinds with an MVE kernel (name prefixes of graphs.op_space_cases()).
MVE_KINDS = ("conv_", "dw_", "fc_", "add_", "averagepool_", "maxpool_", "wta_on_input")


def _run_all(items, tmp_path, n=2, seed=0):
    """verify() every (name, graph) on the M55; a list of failure texts (empty when all match)."""
    def one(item):
        name, g = item
        rng = np.random.default_rng(seed)
        xs = rng.integers(-128, 128, (n, *g.input_tensors[0].shape)).astype(np.int8)
        r = verify(g, xs, board=BOARD, build_dir=tmp_path / name, timeout=600)
        return None if r.ok else f"{name}: {r.text}"

    with ThreadPoolExecutor(2) as ex:
        return [f for f in ex.map(one, items) if f]


def test_mve_variant_files_are_used_on_the_m55():
    t = get_target("cortex-m55")
    for k in ("dt_convolve_s8.c", "dt_depthwise_conv_s8.c", "dt_fully_connected_s8.c", "dt_add_s8.c",
              "dt_mul_s8.c", "dt_avgpool_s8.c", "dt_maxpool_s8.c", "dt_convolve_wta_s8.c", "dt_depthwise_conv_wta_s8.c",
              "dt_fully_connected_wta_s8.c", "dt_wta_select_s8.c"):
        assert t.kernel_source(k).parent.name == "mve"
    assert "dt_nn_mve.h" in {f.name for f in t.variant_extras()}


def _op_cases(prefixes, every=1):
    cases = [(n, f(0)) for n, f in graphs.op_space_cases() if n.startswith(prefixes)]
    return [(n, g) for n, g in cases if len(g.inputs) == 1][::every]


# Default tests run a sample of each list (about 3 minutes on one core); the slow ones run all.
def test_op_space_mve_kinds_bit_exact(tmp_path):
    """Every eighth op-space case of the kinds with an MVE kernel (all: the slow test)."""
    assert _run_all(_op_cases(MVE_KINDS, every=8), tmp_path) == []


@pytest.mark.slow
def test_op_space_all_bit_exact(tmp_path):
    assert _run_all(_op_cases(tuple(n for n, _ in graphs.op_space_cases())), tmp_path) == []


def _binary_graphs():
    """ADD / MUL of an input and a constant, every broadcast pattern of the op space, both operand
    orders (verify() takes single-input models)."""
    shapes = (((1, 4, 5, 6), (1, 4, 5, 6)), ((1, 4, 5, 6), (1, 1, 1, 6)), ((1, 4, 5, 6), (1, 4, 1, 1)),
              ((1, 4, 5, 6), (1, 1, 5, 1)), ((1, 4, 5, 6), (6,)), ((1, 4, 1, 6), (1, 1, 5, 1)),
              ((2, 3, 4, 5, 6), (1, 3, 1, 5, 1)), ((1, 37), (1, 37)))
    items = []
    for kind in ("add", "mul"):
        for i, (a_shape, b_shape) in enumerate(shapes):
            for swap, act in ((False, "NONE"), (True, "RELU6")):
                b = graphs.GraphBuilder(i, f"{kind}{i}")
                x = b.input(a_shape)
                y = b.const(b_shape)
                z = getattr(b, kind)(*((y, x) if swap else (x, y)), act=act)
                items.append((f"{kind}{i}_{int(swap)}", b.graph([z])))
    return items


def test_binary_broadcast_bit_exact(tmp_path):
    assert _run_all(_binary_graphs()[::8], tmp_path) == []


@pytest.mark.slow
def test_binary_broadcast_all_bit_exact(tmp_path):
    assert _run_all(_binary_graphs(), tmp_path) == []


def _wide_graphs():
    """Shapes the op space does not reach: depthwise with 16+ channels (16-lane groups, overlapping
    last group, padded rows), wide and strided convolutions (chunk tables, pixel-major windows)."""
    items = []
    for i, (shape, k, st, pad, dil) in enumerate((((1, 10, 9, 20), (3, 3), (1, 1), "SAME", (1, 1)),
                                                  ((1, 7, 8, 35), (3, 3), (2, 2), "SAME", (1, 1)),
                                                  ((1, 9, 9, 16), (5, 3), (1, 2), "SAME", (1, 1)),
                                                  ((1, 12, 11, 24), (3, 3), (1, 1), "SAME", (2, 2)),
                                                  ((1, 6, 6, 17), (3, 3), (1, 1), "VALID", (1, 1)))):
        b = graphs.GraphBuilder(i, f"dw_wide{i}")
        y = b.depthwise(b.input(shape), k, st, pad, dil, act="RELU6" if i % 2 else "NONE")
        items.append((f"dw_wide{i}", b.graph([y])))
    for i, (shape, cout, k, st, pad) in enumerate((((1, 8, 8, 32), 20, (1, 1), (1, 1), "VALID"),
                                                   ((1, 9, 7, 16), 9, (3, 3), (1, 1), "SAME"),
                                                   ((1, 11, 10, 3), 8, (3, 3), (2, 2), "SAME"),
                                                   ((1, 13, 6, 1), 12, (6, 3), (2, 1), "SAME"),
                                                   ((1, 6, 5, 40), 6, (2, 2), (1, 2), "SAME"))):
        b = graphs.GraphBuilder(10 + i, f"conv_wide{i}")
        y = b.conv2d(b.input(shape), cout, k, st, pad, act="RELU")
        items.append((f"conv_wide{i}", b.graph([y])))
    for i, (depth, units, rate) in enumerate(((300, 300, 0.5), (640, 37, 0.25))):
        b = graphs.GraphBuilder(20 + i, f"fc_wide{i}")
        h = b.fc(b.input((1, depth)), units, act="RELU" if i == 0 else "NONE")
        y = b.fc(b.wta_dense(h, rate), 7)  # winners of a 300-channel block: halfword gathers
        items.append((f"fc_wide{i}", b.graph([y])))
    for i, (kind, rate) in enumerate((("depthwise", 0.5), ("depthwise", 0.25), ("conv", 0.25))):
        b = graphs.GraphBuilder(40 + i, f"wta_wide{i}")  # 64 channels: 16-lane winner groups
        w = b.wta_channel(b.conv2d(b.input((1, 7, 6, 8)), 64, (1, 1), act="RELU"), rate)
        y = b.depthwise(w, (3, 3), act="RELU") if kind == "depthwise" else b.conv2d(w, 20, (3, 3))
        items.append((f"wta_wide{i}", b.graph([y])))
    b = graphs.GraphBuilder(30, "ad_standin")  # the AD autoencoder's layer shapes
    h = b.input((1, 640))
    for u in (128, 128, 8, 128, 640):
        h = b.fc(h, u, act="RELU" if u != 640 else "NONE")
    items.append(("ad_standin", b.graph([h])))
    return items


def test_wide_shapes_bit_exact(tmp_path):
    assert _run_all(_wide_graphs()[::3], tmp_path) == []


@pytest.mark.slow
def test_wide_shapes_all_bit_exact(tmp_path):
    assert _run_all(_wide_graphs(), tmp_path) == []


def test_wta_consumers_bit_exact(tmp_path):
    items = [(f"{c}_{r}", graphs.wta_graph(c, r, seed=3)) for c, r in
             (("conv", 0.25), ("depthwise_m2", 0.75), ("fc_rows", 0.5), ("chain", 0.5))]
    assert _run_all(items, tmp_path) == []


@pytest.mark.slow
def test_wta_all_consumers_all_rates_bit_exact(tmp_path):
    items = [(f"{c}_{r}", graphs.wta_graph(c, r, seed=3)) for c in graphs.WTA_CONSUMERS
             for r in (0.25, 0.5, 0.75)]
    assert _run_all(items, tmp_path) == []


def test_random_graph_bit_exact(tmp_path):
    assert _run_all([("random0", graphs.random_graph(0))], tmp_path) == []


@pytest.mark.slow
def test_random_graphs_bit_exact(tmp_path):
    items = [(f"random{s}", graphs.random_graph(s)) for s in range(6)]
    assert _run_all(items, tmp_path) == []


def _sparse_graphs():
    """Shapes of the MVE WTA kernels the WTA consumer cases do not reach: conv with kernel width 1
    (flat path: strides, padding, kh > 1, winners not a multiple of 16), wider kernels (column
    path), width dilation (gather + dense), fewer than four and a non-multiple of four output
    channels, more than 256 channels (halfword offsets); depthwise in groups of 16 (overlapping
    last group, strides, a 5x3 kernel), dilated, with a depth multiplier, fewer than 16 winners,
    more than 256 channels; FC over blocks of C <= 64 and 64 < C <= 256 channels, one block, more
    than 256 features, several rows, offsets other than 128; the MVE selection on inputs with many
    equal scores (one position and several)."""
    items = []

    def conv(name, shape, c, rate, cout, k, st=(1, 1), pad="SAME", dil=(1, 1), act="RELU", seed=0):
        b = graphs.GraphBuilder(seed, name)
        w = b.wta_channel(b.conv2d(b.input(shape), c, (1, 1), act=act), rate)
        items.append((name, b.graph([b.conv2d(w, cout, k, st, pad, dil, act="RELU")])))

    conv("wconv_1x1_c40", (1, 6, 7, 5), 40, 0.25, 6, (1, 1))
    conv("wconv_1x1_s2", (1, 7, 6, 5), 24, 0.5, 5, (1, 1), (2, 2), act="NONE", seed=1)
    conv("wconv_3x1", (1, 7, 5, 4), 20, 0.5, 8, (3, 1), (1, 2), seed=2)
    conv("wconv_3x3_c33", (1, 6, 6, 3), 33, 0.75, 3, (3, 3), act="NONE", seed=3)
    conv("wconv_3x2_valid", (1, 8, 7, 4), 16, 0.25, 9, (3, 2), (2, 1), "VALID", seed=4)
    conv("wconv_dil", (1, 9, 9, 4), 12, 0.5, 6, (3, 3), (1, 1), "SAME", (2, 2), seed=5)
    conv("wconv_c300", (1, 3, 3, 4), 300, 0.1, 5, (1, 1), seed=6)

    def dw(name, shape, c, rate, k=(3, 3), st=(1, 1), pad="SAME", dil=(1, 1), mult=1, act="RELU", seed=0):
        b = graphs.GraphBuilder(seed, name)
        w = b.wta_channel(b.conv2d(b.input(shape), c, (1, 1), act=act), rate)
        items.append((name, b.graph([b.depthwise(w, k, st, pad, dil, mult, act="RELU6")])))

    dw("wdw_c40", (1, 6, 7, 3), 40, 0.5, seed=1)  # 20 winners: the last group of 16 overlaps
    dw("wdw_s2_5x3", (1, 9, 8, 3), 32, 0.75, (5, 3), (2, 2), act="NONE", seed=2)
    dw("wdw_dil", (1, 9, 9, 3), 24, 0.5, (3, 3), (1, 1), "SAME", (2, 2), seed=3)
    dw("wdw_m2", (1, 6, 5, 3), 20, 0.25, (3, 3), (1, 2), "VALID", mult=2, seed=4)
    dw("wdw_k8", (1, 5, 6, 3), 16, 0.5, seed=5)
    dw("wdw_c300", (1, 3, 4, 2), 300, 0.25, (3, 3), seed=6)

    def fc(name, shape, c, rate, units, dense=False, depth=None, act="RELU", seed=0):
        b = graphs.GraphBuilder(seed, name)
        x = b.input(shape)
        if dense:
            w = b.wta_dense(b.fc(x, c, act=act), rate)
        else:
            w = b.wta_channel(b.conv2d(x, c, (1, 1), act=act), rate)
            if depth is None:
                w = b.flatten(w)
        items.append((name, b.graph([b.fc(w, units, act="RELU", depth=depth)])))

    fc("wfc_flat_c40", (1, 4, 4, 3), 40, 0.25, 9)
    fc("wfc_flat_c100", (1, 2, 2, 3), 100, 0.5, 6, seed=1)
    fc("wfc_flat_none", (1, 3, 2, 3), 24, 0.5, 8, act="NONE", seed=2)
    fc("wfc_dense_200", (1, 16), 200, 0.25, 8, dense=True, seed=3)
    fc("wfc_dense_300", (1, 16), 300, 0.5, 7, dense=True, seed=4)
    fc("wfc_dense_none", (1, 16), 48, 0.75, 13, dense=True, act="NONE", seed=5)
    fc("wfc_rows", (1, 3, 2, 4), 20, 0.5, 6, depth=20, seed=6)
    # selection with many ties: winners straight from the random int8 input
    b = graphs.GraphBuilder(7, "wsel_dense_input")
    items.append(("wsel_dense_input", b.graph([b.fc(b.wta_dense(b.input((1, 300)), 0.5), 5)])))
    b = graphs.GraphBuilder(8, "wsel_chan_input")
    w = b.wta_channel(b.input((1, 2, 2, 70)), 0.25)
    items.append(("wsel_chan_input", b.graph([b.conv2d(w, 4, (1, 1))])))
    b = graphs.GraphBuilder(9, "wsel_one_px")
    w = b.wta_channel(b.input((1, 1, 1, 45)), 0.5)
    items.append(("wsel_one_px", b.graph([b.fc(b.flatten(w), 3)])))
    return items


def test_wta_kernels_bit_exact(tmp_path):
    assert _run_all(_sparse_graphs()[::3] + _sparse_graphs()[-3:], tmp_path) == []


@pytest.mark.slow
def test_wta_kernels_all_bit_exact(tmp_path):
    assert _run_all(_sparse_graphs(), tmp_path) == []


@pytest.mark.skipif(shutil.which("gcc") is None, reason="needs a host C compiler")
def test_wta_scratch_equals_the_mve_kernels_buffer_size(tmp_path):
    """variant_mve's scratch of each MVE WTA kernel equals its C _get_buffer_size (the size
    function compiles on the host; the kernel body needs MVE)."""
    calls = {"dt_convolve_wta_s8": "dt_convolve_wta_s8_get_buffer_size(&in, &f, {k})",
             "dt_depthwise_conv_wta_s8": "dt_depthwise_conv_wta_s8_get_buffer_size(&in, &f, {k})",
             "dt_fully_connected_wta_s8": "dt_fully_connected_wta_s8_get_buffer_size(&f, {k})"}
    gs = [graphs.wta_graph(c, r) for c in graphs.WTA_CONSUMERS for r in (0.25, 0.5, 0.75)]
    gs += [g for _, g in _sparse_graphs()]
    lines, expect = [], []
    for g in gs:
        a = codegen.analyze(g)
        for ci, wi in a.skip.items():
            op = g.ops[ci]
            k = a.wta[wi].k
            fn = kernel_function(g, op, k)
            if fn not in calls:
                continue
            x, w = g.tensor(op.inputs[0]).shape, g.tensor(op.inputs[1]).shape
            if op.type == "FULLY_CONNECTED":
                x = (g.tensor(op.inputs[0]).size // w[1], 1, 1, w[1])
            n, h, wd, c = [1] * (4 - len(x)) + list(x)
            fd = list(w) if len(w) == 4 else [w[0], 1, 1, w[1]]
            if op.type == "DEPTHWISE_CONV_2D":
                fd = [1, w[1], w[2], w[3]]
            lines.append(f"{{ dt_dims in = {{{n}, {h}, {wd}, {c}}}, f = {{{fd[0]}, {fd[1]}, {fd[2]}, "
                         f"{fd[3]}}}; (void)in; printf(\"%ld\\n\", (long){calls[fn].format(k=k)}); }}")
            expect.append(scratch_bytes(g, op, "cortex-m55", k))
    src = tmp_path / "sizes.c"
    src.write_text("#include <stdio.h>\n#include \"dt_nn.h\"\nint main(void) {\n" + "\n".join(lines)
                   + "\nreturn 0;\n}\n")
    files = [str(KERNEL_DIR / "mve" / f"{fn}.c") for fn in calls if (KERNEL_DIR / "mve" / f"{fn}.c").exists()]
    exe = tmp_path / "sizes"
    subprocess.run(["gcc", "-std=c99", "-Wall", "-Wextra", "-Werror", "-I", str(KERNEL_DIR), str(src),
                    *files, "-o", str(exe)], check=True, capture_output=True)
    got = [int(v) for v in subprocess.run([str(exe)], capture_output=True, text=True, check=True).stdout.split()]
    assert got == expect


def test_fc_wta_layout_groups_rows_block_by_block():
    from dasnet_tiny.variant_mve import fc_wta_layout

    w = np.arange(6 * 12, dtype=np.int64).reshape(6, 12).astype(np.int8)  # 6 rows, 3 blocks of 4
    out = fc_wta_layout(w, 4).reshape(-1)
    # group 0: rows 0..3, block b: rows' 4 weights one after the other
    assert list(out[:8]) == list(w[0, :4]) + list(w[1, :4])
    assert list(out[16:20]) == list(w[0, 4:8])
    # group 1 (rows 4, 5): block 0 of row 4, block 0 of row 5, block 1 of row 4 ...
    assert list(out[48:60]) == list(w[4, :4]) + list(w[5, :4]) + list(w[4, 4:8])
    assert sorted(out.tolist()) == sorted(w.reshape(-1).tolist())


def _pool_graphs():
    """Pools the op space does not reach: 16 channels and more (an overlapping last group), an
    average over more than 255 elements (the 16-bit sums flushed), SAME windows at the border."""
    items = []
    for i, (kind, shape, k, st, pad, act) in enumerate((
            ("maxpool", (1, 6, 6, 20), (2, 2), (2, 2), "VALID", "NONE"),
            ("maxpool", (1, 9, 9, 40), (3, 3), (2, 2), "SAME", "RELU6"),
            ("avgpool", (1, 17, 16, 24), (17, 16), (1, 1), "VALID", "NONE"),
            ("avgpool", (1, 7, 7, 33), (3, 3), (1, 1), "SAME", "RELU6"))):
        b = graphs.GraphBuilder(50 + i, f"{kind}_wide{i}")
        x = b.input(shape)
        y = getattr(b, kind)(x, k=k, stride=st, padding=pad, act=act)
        items.append((f"{kind}_wide{i}", b.graph([y])))
    return items


def test_pools_bit_exact(tmp_path):
    pools = [(n, g) for n, g in _op_cases(("averagepool_", "maxpool_"))]
    assert _run_all(pools[::5] + _pool_graphs()[1::2], tmp_path) == []


@pytest.mark.slow
def test_pools_all_bit_exact(tmp_path):
    assert _run_all(_op_cases(("averagepool_", "maxpool_")) + _pool_graphs(), tmp_path) == []


def _kws(n):
    d = np.load(shared_file("data/speech_commands_v2_mfcc49x10.npz"))
    return np.clip(np.round(d["x_test"][:n] / 0.5847) + 83, -128, 127).astype(np.int8)[..., None]


def _cifar(n):
    d = np.load(shared_file("data/cifar10_jpeg_q75_25k.npz"))
    return (d["x_test"][:n].astype(np.int16) - 128).astype(np.int8)


@pytest.mark.parametrize("name,inputs", [("kws_ref_model", _kws), ("pretrainedResnet_quant", _cifar)])
def test_mlperf_models_equal_tflite_micro_on_the_m55(name, inputs, tmp_path):
    path = shared_file(f"models/mlperf_tiny/{name}.tflite")
    xs = inputs(2)
    r = verify(dt.import_tflite(path), xs, board=BOARD, build_dir=tmp_path / name, timeout=900)
    assert r.ok, r.text
    golden = np.stack([o[0].reshape(-1) for o in TFLM(path.read_bytes()).many(xs[:, None])])
    assert np.array_equal(r.outputs.reshape(len(xs), -1), golden)
