# SPDX-License-Identifier: Apache-2.0
"""The dt_* C kernels, called directly (ctypes, UBSan) against NumPy oracles and the reference
executor; plus strict-compiler checks of every kernel file."""
from __future__ import annotations

import ctypes as C
import shutil
import subprocess

import numpy as np

from dasnet_tiny.ops.softmax import _fp
import pytest

from dasnet_tiny import quant as Q
from dasnet_tiny import reference
from dasnet_tiny.codegen import _broadcast

import codegen_kernels as K
import graphs

pytestmark = pytest.mark.skipif(shutil.which("gcc") is None, reason="gcc not installed")

I32_MIN, I32_MAX = -(1 << 31), (1 << 31) - 1


@pytest.fixture(scope="module")
def L():
    return K.lib()


# ---- compilers -------------------------------------------------------------------------------
@pytest.mark.parametrize("src", sorted(p.name for p in K.KERNELS.glob("dt_*.c")))
def test_kernel_compiles_strict(src, tmp_path):
    """Each kernel on its own: C99, pedantic, -Wconversion, -Wshadow, no warnings."""
    cmd = ["gcc", "-std=c99", "-pedantic", "-O2", "-Wall", "-Wextra", "-Wconversion", "-Wshadow",
           "-Wstrict-prototypes", "-Wmissing-prototypes", "-Wcast-qual", "-Werror", f"-I{K.KERNELS}",
           "-c", str(K.KERNELS / src), "-o", str(tmp_path / "k.o")]
    p = subprocess.run(cmd, capture_output=True, text=True)
    assert p.returncode == 0, p.stderr


def test_header_is_cxx_compatible(tmp_path):
    if shutil.which("g++") is None:
        pytest.skip("g++ not installed")
    src = tmp_path / "t.cc"
    src.write_text('#include "dt_nn.h"\n#include "dt_nn_support.h"\nint main() { return DT_OK; }\n')
    p = subprocess.run(["g++", "-Wall", "-Wextra", "-Werror", f"-I{K.KERNELS}", "-fsyntax-only", str(src)],
                       capture_output=True, text=True)
    assert p.returncode == 0, p.stderr


# ---- primitives vs dasnet_tiny.quant ---------------------------------------------------------
def _call_vec(fn, *arrays):
    arrays = [np.ascontiguousarray(a, np.int32) for a in arrays]
    out = np.zeros(len(arrays[0]), np.int32)
    fn(*[K.ptr(a) for a in arrays], len(out), K.ptr(out))
    return out


def _edge_int32(rng, n):
    edges = np.array([I32_MIN, I32_MIN + 1, -(1 << 30), -1, 0, 1, 1 << 30, I32_MAX - 1, I32_MAX], np.int64)
    return np.concatenate([edges, rng.integers(I32_MIN, I32_MAX, size=n, endpoint=True),
                           rng.integers(-70000, 70000, size=n)]).astype(np.int64)


def test_sat_rdhm_and_rounding_divide(L):
    rng = np.random.default_rng(0)
    a, b = _edge_int32(rng, 3000), _edge_int32(rng, 3000)[::-1].copy()
    got = _call_vec(L.shim_sat_rdhm, a, b)
    assert np.array_equal(got, Q.saturating_rounding_doubling_high_mul(a, b))
    e = rng.integers(0, 32, size=len(a))
    got = _call_vec(L.shim_rounding_divide_by_pot, a, e)
    assert np.array_equal(got, Q.rounding_divide_by_pot(a, e))


def test_multiply_by_quantized_multiplier(L):
    rng = np.random.default_rng(1)
    x = _edge_int32(rng, 5000)
    m = rng.integers(1 << 30, 1 << 31, size=len(x))
    s = rng.integers(-31, 31, size=len(x))
    # large left shifts wrap in int32 exactly as TFLite's multiply does
    got = _call_vec(L.shim_mbqm, x, m, s)
    assert np.array_equal(got, Q.multiply_by_quantized_multiplier(x, m, s))


def test_exp_on_negative_values_matches_gemmlowp_reference(L):
    rng = np.random.default_rng(2)
    x = np.concatenate([[0, -1, -(1 << 24), -(1 << 26), I32_MIN, I32_MIN + 1],
                        -rng.integers(0, 1 << 31, size=2000)]).astype(np.int64)
    got = _call_vec(L.shim_exp_on_negative_values, x)
    want = [_fp.exp_on_negative_values(int(v)) for v in x]
    assert got.tolist() == want


# ---- WTA selection ---------------------------------------------------------------------------
def _select(L, x, positions, channels, offset, k, scratch_bytes=None):
    need = L.dt_wta_select_s8_get_buffer_size(channels)
    scratch = np.zeros(max(1, (scratch_bytes if scratch_bytes is not None else need) // 4), np.int32)
    ctx = K.Context(K.ptr(scratch), scratch_bytes if scratch_bytes is not None else need)
    win = np.full(max(k, 1), 0xFFFF, np.uint16)
    rc = L.dt_wta_select_s8(C.byref(ctx), K.ptr(x), positions, channels, offset, k, K.ptr(win))
    return rc, win[:k]


@pytest.mark.parametrize("seed", range(40))
def test_wta_select_top_k_ties_to_lower_index(L, seed):
    rng = np.random.default_rng(seed)
    channels = int(rng.choice([1, 2, 3, 7, 16, 33, 64, 200]))
    positions = int(rng.integers(1, 6))
    spread = int(rng.choice([1, 3, 255]))  # small spreads: many ties
    x = rng.integers(-spread, spread + 1, size=(positions, channels)).astype(np.int8)
    zp = int(rng.integers(-5, 6))
    for k in sorted({0, 1, channels // 4, channels // 2, channels - 1, channels} - {-1}):
        if k < 0:
            continue
        rc, win = _select(L, x, positions, channels, -zp, k)
        assert rc == 0
        scores = (x.astype(np.int64) - zp).sum(axis=0)
        want = np.flatnonzero(reference.winner_mask(scores[None], k)[0])
        assert win.tolist() == want.tolist(), (k, scores)


def test_wta_select_rejects_bad_arguments(L):
    x = np.zeros((2, 8), np.int8)
    assert _select(L, x, 2, 8, 0, 9)[0] == -1  # k > C
    assert _select(L, x, 2, 8, 0, 3, scratch_bytes=16)[0] == -1  # scratch too small
    assert _select(L, x, 2, 8, 0, 3)[0] == 0


def test_fill_losers_copy_and_in_place(L):
    rng = np.random.default_rng(3)
    x = rng.integers(-128, 128, size=(5, 9)).astype(np.int8)
    winners = np.array([0, 4, 8], np.uint16)
    mask = np.zeros(9, bool)
    mask[winners] = True
    want = np.where(mask, x, np.int8(-7))
    cl, keep = K.channel_list(winners, 9)
    y = np.zeros_like(x)
    L.dt_fill_losers_s8.argtypes = [K.P, K.P, C.c_int32, C.c_void_p, C.c_int8]
    assert L.dt_fill_losers_s8(K.ptr(x), K.ptr(y), 5, cl, -7) == 0
    assert np.array_equal(y, want)
    assert L.dt_fill_losers_s8(K.ptr(x), K.ptr(x), 5, cl, -7) == 0
    assert np.array_equal(x, want)


# ---- WTA kernels: reading the winners == the dense kernel on zero-point losers ---------------
def _random_winners(rng, c):
    k = int(rng.integers(0, c + 1))
    return np.sort(rng.choice(c, size=k, replace=False)).astype(np.uint16)


def _garbage_losers(rng, x, winners, zp, period):
    """(x with losers = zero point, x with losers = garbage)."""
    mask = np.zeros(period, bool)
    mask[winners] = True
    m = np.resize(mask, x.size).reshape(x.shape)
    garbage = rng.integers(-128, 128, size=x.shape).astype(np.int8)
    return np.where(m, x, np.int8(zp)), np.where(m, x, garbage)


def _scratch(n):
    buf = np.full(max(n, 4), 0x5A, np.int8)
    return buf, K.Context(K.ptr(buf), n)


@pytest.mark.parametrize("seed", range(12))
def test_conv_and_depthwise_wta_kernels_equal_dense_on_zero_point_losers(L, seed):
    rng = np.random.default_rng(seed)
    n, h, w, c = 1, int(rng.integers(3, 8)), int(rng.integers(3, 8)), int(rng.integers(1, 12))
    zp = int(rng.integers(-20, 20))
    x = rng.integers(-128, 128, size=(n, h, w, c)).astype(np.int8)
    winners = _random_winners(rng, c)
    xz, xg = _garbage_losers(rng, x, winners, zp, c)
    cl, keep = K.channel_list(winners, c)
    # CONV_2D
    oc, kh, kw = int(rng.integers(1, 6)), 3, 2
    f = rng.integers(-127, 128, size=(oc, kh, kw, c)).astype(np.int8)
    b = rng.integers(-5000, 5000, size=oc).astype(np.int32)
    m = rng.integers(1 << 30, 1 << 31, size=oc).astype(np.int32)
    s = rng.integers(-10, 0, size=oc).astype(np.int32)
    p = K.ConvParams(-zp, 3, K.Tile(1, 2), K.Tile(1, 0), K.Tile(1, 1), K.Act(-128, 127))
    q = K.Quant(K.ptr(m), K.ptr(s))
    oh, ow = h, -(-w // 2)
    dense = np.zeros((n, oh, ow, oc), np.int8)
    assert L.dt_convolve_s8(None, C.byref(p), C.byref(q), C.byref(K.dims(x.shape)), K.ptr(xz),
                            C.byref(K.dims(f.shape)), K.ptr(f), K.ptr(b), C.byref(K.dims(dense.shape)),
                            K.ptr(dense)) == 0
    need = L.dt_convolve_wta_s8_get_buffer_size(C.byref(K.dims(x.shape)), C.byref(K.dims(f.shape)),
                                                len(winners))
    assert need >= oc * kh * kw * len(winners) + n * h * w * len(winners)
    buf, ctx = _scratch(need)
    y = np.zeros_like(dense)
    assert L.dt_convolve_wta_s8(C.byref(ctx), C.byref(p), C.byref(q), C.byref(K.dims(x.shape)), K.ptr(xg),
                                C.byref(K.dims(f.shape)), K.ptr(f), K.ptr(b), C.byref(K.dims(y.shape)),
                                K.ptr(y), cl) == 0
    assert np.array_equal(dense, y)
    small = K.Context(K.ptr(buf), need - 1)  # too little scratch is refused
    if need:
        assert L.dt_convolve_wta_s8(C.byref(small), C.byref(p), C.byref(q), C.byref(K.dims(x.shape)),
                                    K.ptr(xg), C.byref(K.dims(f.shape)), K.ptr(f), K.ptr(b),
                                    C.byref(K.dims(y.shape)), K.ptr(y), cl) == -1
    # DEPTHWISE_CONV_2D, multiplier 2
    mult = 2
    f = rng.integers(-127, 128, size=(1, 3, 3, c * mult)).astype(np.int8)
    b = rng.integers(-5000, 5000, size=c * mult).astype(np.int32)
    m = rng.integers(1 << 30, 1 << 31, size=c * mult).astype(np.int32)
    s = rng.integers(-10, 0, size=c * mult).astype(np.int32)
    p = K.DwParams(-zp, -4, mult, K.Tile(1, 1), K.Tile(1, 1), K.Tile(1, 1), K.Act(-100, 127))
    q = K.Quant(K.ptr(m), K.ptr(s))
    dense = np.zeros((n, h, w, c * mult), np.int8)
    assert L.dt_depthwise_conv_s8(None, C.byref(p), C.byref(q), C.byref(K.dims(x.shape)), K.ptr(xz),
                                  C.byref(K.dims(f.shape)), K.ptr(f), K.ptr(b), C.byref(K.dims(dense.shape)),
                                  K.ptr(dense)) == 0
    need = L.dt_depthwise_conv_wta_s8_get_buffer_size(C.byref(K.dims(x.shape)), C.byref(K.dims(f.shape)),
                                                      len(winners))
    buf, ctx = _scratch(need)
    y = np.zeros_like(dense)
    assert L.dt_depthwise_conv_wta_s8(C.byref(ctx), C.byref(p), C.byref(q), C.byref(K.dims(x.shape)),
                                      K.ptr(xg), C.byref(K.dims(f.shape)), K.ptr(f), K.ptr(b),
                                      C.byref(K.dims(y.shape)), K.ptr(y), cl) == 0
    assert np.array_equal(dense, y)


@pytest.mark.parametrize("seed", range(12))
def test_fully_connected_wta_kernel_with_period(L, seed):
    rng = np.random.default_rng(100 + seed)
    period = int(rng.integers(1, 10))
    depth = period * int(rng.integers(1, 5))
    rows, oc = int(rng.integers(1, 4)), int(rng.integers(1, 8))
    zp = int(rng.integers(-20, 20))
    x = rng.integers(-128, 128, size=(rows, depth)).astype(np.int8)
    winners = _random_winners(rng, period)
    xz, xg = _garbage_losers(rng, x, winners, zp, period)
    f = rng.integers(-127, 128, size=(oc, depth)).astype(np.int8)
    m = rng.integers(1 << 30, 1 << 31, size=oc).astype(np.int32)
    s = rng.integers(-9, 0, size=oc).astype(np.int32)
    p = K.FcParams(-zp, 5, K.Act(-128, 127))
    q = K.Quant(K.ptr(m), K.ptr(s))
    cl, keep = K.channel_list(winners, period)
    dims = (C.byref(K.Dims(rows, 1, 1, depth)), C.byref(K.Dims(oc, 1, 1, depth)), C.byref(K.Dims(rows, 1, 1, oc)))
    dense = np.zeros((rows, oc), np.int8)
    assert L.dt_fully_connected_s8(None, C.byref(p), C.byref(q), dims[0], K.ptr(xz), dims[1], K.ptr(f), None,
                                   dims[2], K.ptr(dense)) == 0
    y = np.zeros_like(dense)
    assert L.dt_fully_connected_wta_s8(None, C.byref(p), C.byref(q), dims[0], K.ptr(xg), dims[1], K.ptr(f),
                                       None, dims[2], K.ptr(y), cl) == 0
    assert np.array_equal(dense, y)
    # a period that does not divide the depth is rejected
    bad = K.Channels(K.ptr(keep), len(keep), depth + 1)
    assert L.dt_fully_connected_wta_s8(None, C.byref(p), C.byref(q), dims[0], K.ptr(x), dims[1], K.ptr(f),
                                       None, dims[2], K.ptr(y), C.byref(bad)) == -1


# ---- elementwise and shape kernels vs the reference ------------------------------------------
@pytest.mark.parametrize("shapes", [((1, 4, 5, 6), (1, 1, 1, 6)), ((1, 4, 5, 6), (1, 4, 1, 1)),
                                    ((2, 3, 1, 5), (1, 1, 4, 5)), ((7,), (1, 3, 7)), ((3, 1, 2, 1, 2, 2), (2, 1, 2, 2))])
@pytest.mark.parametrize("kind", ["ADD", "MUL"])
def test_binary_broadcast_vs_reference(L, shapes, kind):
    b = graphs.GraphBuilder(11, "bin")
    x = b.input(shapes[0])
    y = b.input(shapes[1], name="b")
    z = (b.add if kind == "ADD" else b.mul)(x, y, act="RELU6")
    g = b.graph([z])
    op = g.ops[0]
    want = b.values[z]
    bc = _broadcast(g.tensor(z).shape, shapes[0], shapes[1])
    shape = K.Broadcast((C.c_int32 * 6)(*bc["dims"]), (C.c_int32 * 6)(*bc["s1"]), (C.c_int32 * 6)(*bc["s2"]))
    o = op.options
    xt, yt, zt = g.tensor(x), g.tensor(y), g.tensor(z)
    if kind == "ADD":
        ap = Q.add_params(g, op)
        p = K.AddParams(-xt.zp, ap.input1_multiplier, ap.input1_shift, -yt.zp, ap.input2_multiplier,
                        ap.input2_shift, ap.left_shift, zt.zp, ap.output_multiplier, ap.output_shift,
                        K.Act(o["act_min"], o["act_max"]))
        fn = L.dt_add_s8
    else:
        m, s = Q.mul_params(g, op)
        p = K.MulParams(-xt.zp, -yt.zp, zt.zp, m, s, K.Act(o["act_min"], o["act_max"]))
        fn = L.dt_mul_s8
    out = np.zeros(want.shape, np.int8)
    assert fn(C.byref(p), C.byref(shape), K.ptr(np.ascontiguousarray(b.values[x])),
              K.ptr(np.ascontiguousarray(b.values[y])), K.ptr(out)) == 0
    assert np.array_equal(out, want)


@pytest.mark.parametrize("seed", range(6))
def test_softmax_vs_reference(L, seed):
    rng = np.random.default_rng(seed)
    b = graphs.GraphBuilder(seed, "sm")
    rows, n = int(rng.integers(1, 5)), int(rng.integers(1, 300))
    x = b.input((rows, n), scale=float(rng.choice([0.004, 0.05, 0.3, 1.0])))
    y = b.softmax(x, float(rng.choice([1.0, 0.3, 4.0])))
    g = b.graph([y])
    sp = Q.softmax_params(g, g.ops[0])
    out = np.zeros((rows, n), np.int8)
    assert L.dt_softmax_s8(K.ptr(b.values[x]), rows, n, sp.input_multiplier, sp.input_left_shift,
                           sp.diff_min, K.ptr(out)) == 0
    assert np.array_equal(out, b.values[y])


def test_mean_pad_concat_requantize_vs_numpy(L):
    rng = np.random.default_rng(5)
    # MEAN over axes {0, 2} of a rank-5 tensor
    b = graphs.GraphBuilder(5, "m")
    x = b.input((2, 3, 4, 1, 5))
    y = b.mean(x, (0, 2), keep_dims=False)
    g = b.graph([y])
    m, s, _ = Q.mean_params(g, g.ops[0])
    p = K.MeanParams((C.c_int32 * 6)(1, 2, 3, 4, 1, 5), (C.c_int32 * 6)(0, 1, 0, 1, 0, 0),
                     -g.tensor(x).zp, g.tensor(y).zp, m, s)
    out = np.zeros(g.tensor(y).shape, np.int8)
    assert L.dt_mean_s8(C.byref(p), K.ptr(b.values[x]), K.ptr(out)) == 0
    assert np.array_equal(out, b.values[y])
    # PAD (rank 6, every dimension)
    x = rng.integers(-128, 128, size=(1, 1, 2, 3, 1, 4)).astype(np.int8)
    pads = [[0, 0], [0, 1], [2, 1], [3, 0], [1, 2], [0, 2]]
    want = np.pad(x, pads, constant_values=-9)
    p = K.PadParams((C.c_int32 * 6)(*x.shape), (C.c_int32 * 6)(*[q[0] for q in pads]),
                    (C.c_int32 * 6)(*[q[1] for q in pads]), -9)
    out = np.zeros(want.shape, np.int8)
    assert L.dt_pad_s8(C.byref(p), K.ptr(x), K.ptr(out)) == 0
    assert np.array_equal(out, want)
    # CONCATENATION on axis 1 of three inputs
    parts = [rng.integers(-128, 128, size=(2, k, 3)).astype(np.int8) for k in (1, 4, 2)]
    ins = (C.c_void_p * 3)(*[K.ptr(v) for v in parts])
    inner = np.array([v.shape[1] * 3 for v in parts], np.int32)
    out = np.zeros((2, 7, 3), np.int8)
    assert L.dt_concat_s8(ins, K.ptr(inner), 3, 2, K.ptr(out)) == 0
    assert np.array_equal(out, np.concatenate(parts, axis=1))
    # QUANTIZE in place
    x = rng.integers(-128, 128, size=100).astype(np.int8)
    m, s = Q.quantize_multiplier(0.37)
    want = Q.clamp_int8(Q.multiply_by_quantized_multiplier(x.astype(np.int64) - 3, m, s) - 11)
    assert L.dt_requantize_s8(K.ptr(x), 100, -3, m, s, -11, K.ptr(x)) == 0
    assert np.array_equal(x, want)


def test_kernels_reject_inconsistent_dims(L):
    x = np.zeros((1, 4, 4, 3), np.int8)
    f = np.zeros((2, 3, 3, 3), np.int8)
    y = np.zeros((1, 4, 4, 2), np.int8)
    m = np.full(2, 1 << 30, np.int32)
    s = np.zeros(2, np.int32)
    p = K.ConvParams(0, 0, K.Tile(1, 1), K.Tile(1, 1), K.Tile(1, 1), K.Act(-128, 127))
    q = K.Quant(K.ptr(m), K.ptr(s))
    bad_filter = K.Dims(2, 3, 3, 4)  # filter depth != input channels
    assert L.dt_convolve_s8(None, C.byref(p), C.byref(q), C.byref(K.dims(x.shape)), K.ptr(x), C.byref(bad_filter),
                            K.ptr(f), None, C.byref(K.dims(y.shape)), K.ptr(y)) == -1
    p0 = K.ConvParams(0, 0, K.Tile(0, 1), K.Tile(1, 1), K.Tile(1, 1), K.Act(-128, 127))  # stride 0
    assert L.dt_convolve_s8(None, C.byref(p0), C.byref(q), C.byref(K.dims(x.shape)), K.ptr(x),
                            C.byref(K.dims(f.shape)), K.ptr(f), None, C.byref(K.dims(y.shape)), K.ptr(y)) == -1
    wl = np.array([0, 1, 2, 3], np.uint16)
    cl = K.Channels(K.ptr(wl), 4, 3)  # more winners than channels
    buf = np.zeros(256, np.int8)
    ctx = K.Context(K.ptr(buf), 256)
    assert L.dt_convolve_wta_s8(C.byref(ctx), C.byref(p), C.byref(q), C.byref(K.dims(x.shape)), K.ptr(x),
                                C.byref(K.dims(f.shape)), K.ptr(f), None, C.byref(K.dims(y.shape)), K.ptr(y),
                                C.byref(cl)) == -1
    assert L.dt_convolve_wta_s8(C.byref(ctx), C.byref(p), C.byref(q), C.byref(K.dims(x.shape)), K.ptr(x),
                                C.byref(K.dims(f.shape)), K.ptr(f), None, C.byref(K.dims(y.shape)), K.ptr(y),
                                None) == -1  # no winner list
