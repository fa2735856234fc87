# SPDX-License-Identifier: Apache-2.0
"""Build int8 IR graphs directly (no TensorFlow): an op-space builder with calibrated quantization,
the op-space cases, WTA graphs, and a random graph generator.

`GraphBuilder` adds one op at a time. It keeps the reference executor's int8 values of every
tensor for one calibration sample, so each new output gets a quantization fitted to its real
range (randomly a bit too narrow or too wide, so clamping is exercised too). Weights are random
int8 with per-channel or per-tensor scales; biases int32 at scale input*weight.
"""
from __future__ import annotations


import numpy as np

from dasnet_tiny.ops.base import patches
from dasnet_tiny.wta import wta_k  # noqa: F401  (the one k rule)
from dasnet_tiny import quant as Q
from dasnet_tiny import reference
from dasnet_tiny.ir import Graph, Op, Tensor

ACTS = ("NONE", "RELU", "RELU6", "RELU_N1_TO_1")


def conv_out(size: int, k: int, stride: int, dilation: int, padding: str) -> int:
    eff = (k - 1) * dilation + 1
    if padding == "SAME":
        return -(-size // stride)
    return -(-(size - eff + 1) // stride)


def tflite_pad(size: int, out: int, k: int, stride: int, dilation: int, padding: str) -> int:
    eff = (k - 1) * dilation + 1
    total = (out - 1) * stride + eff - size
    return max(total, 0) // 2 if padding == "SAME" else 0


def f32(v: float) -> float:
    return float(np.float32(v))


class GraphBuilder:
    def __init__(self, seed: int = 0, name: str = "g", calib_seed: int | None = None):
        self.rng = np.random.default_rng(seed)
        self.name = name
        self.tensors: list[Tensor] = []
        self.ops: list[Op] = []
        self.inputs: list[int] = []
        self.values: dict[int, np.ndarray] = {}  # int8 values for the calibration sample
        self.calib_rng = np.random.default_rng(seed + 7919 if calib_seed is None else calib_seed)

    # ---- plumbing ----------------------------------------------------------------------------
    def graph(self, outputs=()) -> Graph:
        return Graph(tensors=self.tensors, ops=self.ops, inputs=list(self.inputs),
                     outputs=list(outputs), name=self.name)

    def shape(self, t: int) -> tuple:
        return self.tensors[t].shape

    def t(self, t: int) -> Tensor:
        return self.tensors[t]

    def add_tensor(self, tensor: Tensor) -> int:
        self.tensors.append(tensor)
        return len(self.tensors) - 1

    def real(self, t: int) -> np.ndarray:
        tt = self.tensors[t]
        v = self.values[t] if tt.data is None else tt.data
        return (v.astype(np.float64) - tt.zp) * float(tt.scale[0])

    def fit_quant(self, real: np.ndarray, act: str = "NONE") -> tuple[float, int]:
        lo, hi = float(min(real.min(), 0.0)), float(max(real.max(), 0.0))
        if act in ("RELU", "RELU6"):
            lo = 0.0
        if act == "RELU6":
            hi = min(hi, 6.0)
        if act == "RELU_N1_TO_1":
            lo, hi = max(lo, -1.0), min(hi, 1.0)
        if hi - lo < 1e-6:
            hi = lo + 1.0
        span = (hi - lo) * float(self.rng.choice([0.7, 0.9, 1.0, 1.0, 1.1, 1.4]))
        scale = f32(span / 255.0)
        zp = int(np.clip(round(-128 - lo / scale), -128, 127))
        return scale, zp

    def emit(self, type_: str, inputs: list[int], out_shape: tuple, scale: float, zp: int,
             options: dict | None = None, name: str = "") -> int:
        y = self.add_tensor(Tensor(name or f"{type_.lower()}_{len(self.ops)}", tuple(out_shape), "int8",
                                   (f32(scale),), (int(zp),)))
        op = Op(type_, list(inputs), [y], dict(options or {}), name=self.tensors[y].name)
        self.ops.append(op)
        g = self.graph()
        ins = [None if i < 0 else (self.values[i] if self.tensors[i].data is None else self.tensors[i].data)
               for i in inputs]
        out = reference._KERNELS[type_](g, op, ins)
        self.values[y] = np.asarray(out).astype(np.int8).reshape(out_shape)
        return y

    def act_options(self, act: str, scale: float, zp: int) -> dict:
        lo, hi = Q.activation_range(act, scale, zp)
        return {"activation": act, "act_min": lo, "act_max": hi}

    def weights(self, shape, qdim: int, per_channel: bool, name: str) -> int:
        data = self.rng.integers(-127, 128, size=shape).astype(np.int8)
        n = shape[qdim]
        if per_channel:
            scales = tuple(f32(s) for s in self.rng.uniform(0.002, 0.02, size=n))
        else:
            scales = (f32(self.rng.uniform(0.002, 0.02)),)
        return self.add_tensor(Tensor(name, tuple(shape), "int8", scales, (0,) * len(scales), qdim, data))

    def bias(self, x: int, w: int, acc_real: np.ndarray, n: int, name: str) -> int:
        sx = float(self.t(x).scale[0])
        ws = self.t(w).scale
        ws = np.array(ws if len(ws) > 1 else ws * n, np.float64)
        spread = float(acc_real.std()) if acc_real.size else 1.0
        real_b = self.rng.normal(0.0, 0.5 * spread + 1e-3, size=n)
        data = np.clip(np.round(real_b / (sx * ws)), -(1 << 24), 1 << 24).astype(np.int32)
        return self.add_tensor(Tensor(name, (n,), "int32", tuple(f32(sx * s) for s in ws), (0,) * n, 0, data))

    # ---- inputs ------------------------------------------------------------------------------
    def input(self, shape, scale: float | None = None, zp: int | None = None, name: str = "input") -> int:
        scale = f32(scale if scale is not None else self.rng.uniform(0.01, 0.1))
        zp = int(zp if zp is not None else self.rng.integers(-30, 31))
        t = self.add_tensor(Tensor(name, tuple(shape), "int8", (scale,), (zp,)))
        self.inputs.append(t)
        self.values[t] = self.calib_rng.integers(-128, 128, size=shape).astype(np.int8)
        return t

    def const(self, shape, name: str = "const") -> int:
        data = self.rng.integers(-128, 128, size=shape).astype(np.int8)
        return self.add_tensor(Tensor(name, tuple(shape), "int8", (f32(self.rng.uniform(0.01, 0.1)),),
                                      (int(self.rng.integers(-20, 21)),), 0, data))

    # ---- ops ---------------------------------------------------------------------------------
    def conv2d(self, x, cout, k=(3, 3), stride=(1, 1), padding="SAME", dilation=(1, 1), act="RELU",
               per_channel=True, bias=True):
        n, h, w_, c = self.shape(x)
        kh, kw = k
        oh = conv_out(h, kh, stride[0], dilation[0], padding)
        ow = conv_out(w_, kw, stride[1], dilation[1], padding)
        assert oh > 0 and ow > 0, (self.shape(x), k, stride, dilation, padding)
        w = self.weights((cout, kh, kw, c), 0, per_channel, f"conv{len(self.ops)}_w")
        o = dict(stride_h=stride[0], stride_w=stride[1], dilation_h=dilation[0], dilation_w=dilation[1],
                 padding=padding, pad_h=tflite_pad(h, oh, kh, stride[0], dilation[0], padding),
                 pad_w=tflite_pad(w_, ow, kw, stride[1], dilation[1], padding))
        p = patches(self.real(x), o, kh, kw, oh, ow, 0.0).reshape(-1, kh * kw * c)
        wr = self.t(w).data.reshape(cout, -1).astype(np.float64) * np.array(
            self.t(w).scale if per_channel else self.t(w).scale * cout)[:, None]
        acc = p @ wr.T
        b = self.bias(x, w, acc, cout, f"conv{len(self.ops)}_b") if bias else -1
        if b >= 0:
            acc = acc + self.t(b).data * np.array(self.t(b).scale)
        scale, zp = self.fit_quant(_apply_act(acc, act), act)
        o.update(self.act_options(act, scale, zp))
        return self.emit("CONV_2D", [x, w, b], (n, oh, ow, cout), scale, zp, o)

    def depthwise(self, x, k=(3, 3), stride=(1, 1), padding="SAME", dilation=(1, 1), mult=1, act="RELU",
                  per_channel=True, bias=True):
        n, h, w_, c = self.shape(x)
        kh, kw = k
        oc = c * mult
        oh = conv_out(h, kh, stride[0], dilation[0], padding)
        ow = conv_out(w_, kw, stride[1], dilation[1], padding)
        assert oh > 0 and ow > 0
        w = self.weights((1, kh, kw, oc), 3, per_channel, f"dw{len(self.ops)}_w")
        o = dict(stride_h=stride[0], stride_w=stride[1], dilation_h=dilation[0], dilation_w=dilation[1],
                 padding=padding, pad_h=tflite_pad(h, oh, kh, stride[0], dilation[0], padding),
                 pad_w=tflite_pad(w_, ow, kw, stride[1], dilation[1], padding), depth_multiplier=mult)
        p = patches(self.real(x), o, kh, kw, oh, ow, 0.0).reshape(-1, kh * kw, c)
        ws = np.array(self.t(w).scale if per_channel else self.t(w).scale * oc)
        wk = (self.t(w).data.reshape(kh * kw, oc).astype(np.float64) * ws).reshape(kh * kw, c, mult)
        acc = np.einsum("pkc,kcm->pcm", p, wk).reshape(-1, oc)
        b = self.bias(x, w, acc, oc, f"dw{len(self.ops)}_b") if bias else -1
        if b >= 0:
            acc = acc + self.t(b).data * np.array(self.t(b).scale)
        scale, zp = self.fit_quant(_apply_act(acc, act), act)
        o.update(self.act_options(act, scale, zp))
        return self.emit("DEPTHWISE_CONV_2D", [x, w, b], (n, oh, ow, oc), scale, zp, o)

    def fc(self, x, units, act="NONE", per_channel=False, bias=True, depth=None):
        """FULLY_CONNECTED; the input is flattened to rows of `depth` (default: all but batch)."""
        shp = self.shape(x)
        size = int(np.prod(shp))
        depth = depth or size // shp[0]
        rows = size // depth
        w = self.weights((units, depth), 0, per_channel, f"fc{len(self.ops)}_w")
        xr = self.real(x).reshape(rows, depth)
        ws = np.array(self.t(w).scale if per_channel else self.t(w).scale * units)
        acc = xr @ (self.t(w).data.astype(np.float64) * ws[:, None]).T
        b = self.bias(x, w, acc, units, f"fc{len(self.ops)}_b") if bias else -1
        if b >= 0:
            acc = acc + self.t(b).data * np.array(self.t(b).scale)
        scale, zp = self.fit_quant(_apply_act(acc, act), act)
        o = self.act_options(act, scale, zp)
        return self.emit("FULLY_CONNECTED", [x, w, b], (rows, units), scale, zp, o)

    def pool(self, kind, x, k=(2, 2), stride=(2, 2), padding="VALID", act="NONE"):
        n, h, w_, c = self.shape(x)
        oh = conv_out(h, k[0], stride[0], 1, padding)
        ow = conv_out(w_, k[1], stride[1], 1, padding)
        assert oh > 0 and ow > 0
        xt = self.t(x)
        o = dict(filter_h=k[0], filter_w=k[1], stride_h=stride[0], stride_w=stride[1], dilation_h=1,
                 dilation_w=1, padding=padding, pad_h=tflite_pad(h, oh, k[0], stride[0], 1, padding),
                 pad_w=tflite_pad(w_, ow, k[1], stride[1], 1, padding))
        o.update(self.act_options(act, xt.scale[0], xt.zp))
        return self.emit(kind, [x], (n, oh, ow, c), xt.scale[0], xt.zp, o)

    def avgpool(self, x, **kw):
        return self.pool("AVERAGE_POOL_2D", x, **kw)

    def maxpool(self, x, **kw):
        return self.pool("MAX_POOL_2D", x, **kw)

    def add(self, a, b, act="NONE"):
        real = self.real(a) + self.real(b)
        scale, zp = self.fit_quant(_apply_act(real, act), act)
        return self.emit("ADD", [a, b], real.shape, scale, zp, self.act_options(act, scale, zp))

    def mul(self, a, b, act="NONE"):
        real = self.real(a) * self.real(b)
        scale, zp = self.fit_quant(_apply_act(real, act), act)
        return self.emit("MUL", [a, b], real.shape, scale, zp, self.act_options(act, scale, zp))

    def softmax(self, x, beta=1.0):
        return self.emit("SOFTMAX", [x], self.shape(x), 1.0 / 256.0, -128, {"beta": float(beta)})

    def reshape(self, x, shape):
        xt = self.t(x)
        assert int(np.prod(shape)) == xt.size
        return self.emit("RESHAPE", [x], tuple(shape), xt.scale[0], xt.zp, {})

    def flatten(self, x):
        s = self.shape(x)
        return self.reshape(x, (s[0], int(np.prod(s[1:]))))

    def pad(self, x, paddings):
        xt = self.t(x)
        shape = tuple(d + a + b for d, (a, b) in zip(xt.shape, paddings))
        return self.emit("PAD", [x], shape, xt.scale[0], xt.zp,
                         {"paddings": [[int(a), int(b)] for a, b in paddings]})

    def mean(self, x, axes, keep_dims=True):
        axes = sorted({a % len(self.shape(x)) for a in axes})
        real = self.real(x).mean(axis=tuple(axes), keepdims=keep_dims)
        scale, zp = self.fit_quant(real)
        return self.emit("MEAN", [x], real.shape, scale, zp, {"axes": axes, "keep_dims": keep_dims})

    def quantize(self, x, scale=None, zp=None):
        if scale is None:
            scale, zp = self.fit_quant(self.real(x))
        return self.emit("QUANTIZE", [x], self.shape(x), scale, zp, {})

    def concat(self, xs, axis, scale=None, zp=None):
        """CONCATENATION; inputs with another quantization are requantized (QUANTIZE) first."""
        if scale is None:
            scale, zp = self.fit_quant(np.concatenate([self.real(v) for v in xs], axis=axis))
        ins = []
        for v in xs:
            vt = self.t(v)
            ins.append(v if (vt.scale[0] == f32(scale) and vt.zp == zp) else self.quantize(v, scale, zp))
        shape = list(self.shape(ins[0]))
        shape[axis] = sum(self.shape(v)[axis] for v in ins)
        o = {"axis": axis, "activation": "NONE", "act_min": -128, "act_max": 127}
        return self.emit("CONCATENATION", ins, tuple(shape), scale, zp, o)

    def wta_channel(self, x, rate=0.5, k=None):
        xt = self.t(x)
        k = k if k is not None else wta_k(rate, xt.shape[-1])
        return self.emit("WTA_CHANNEL", [x], xt.shape, xt.scale[0], xt.zp,
                         {"k": int(k), "rate": float(rate), "layer": f"wta{len(self.ops)}"})

    def wta_dense(self, x, rate=0.5, k=None):
        xt = self.t(x)
        k = k if k is not None else wta_k(rate, xt.size // xt.shape[0])
        return self.emit("WTA_DENSE", [x], xt.shape, xt.scale[0], xt.zp,
                         {"k": int(k), "rate": float(rate), "layer": f"wta{len(self.ops)}"})


def _apply_act(real: np.ndarray, act: str) -> np.ndarray:
    if act == "RELU":
        return np.maximum(real, 0)
    if act == "RELU6":
        return np.clip(real, 0, 6)
    if act == "RELU_N1_TO_1":
        return np.clip(real, -1, 1)
    return real


# ---------------------------------------------------------------------------------------------
# op-space cases: every op and option, one small graph each
# ---------------------------------------------------------------------------------------------
def op_space_cases() -> list[tuple[str, callable]]:
    """(name, builder() -> Graph) for every op and option the code generator must handle."""
    cases = []

    def case(name):
        def deco(fn):
            cases.append((name, fn))
            return fn
        return deco

    def conv_case(k, s, pad, dil, act, pc, bias, shape=(1, 9, 11, 3), cout=5):
        def build(seed):
            b = GraphBuilder(seed, "conv")
            x = b.input(shape)
            y = b.conv2d(x, cout, k, s, pad, dil, act, pc, bias)
            return b.graph([y])
        return build

    i = 0
    for k in ((1, 1), (3, 3), (5, 3), (2, 4)):
        for s in ((1, 1), (2, 2), (1, 3)):
            for pad in ("SAME", "VALID"):
                act = ACTS[i % 4]
                cases.append((f"conv_k{k[0]}x{k[1]}_s{s[0]}{s[1]}_{pad.lower()}_{act.lower()}",
                              conv_case(k, s, pad, (1, 1), act, i % 3 != 0, i % 5 != 0)))
                i += 1
    for dil in ((2, 2), (1, 3), (3, 2)):
        for pad in ("SAME", "VALID"):
            cases.append((f"conv_dilation{dil[0]}{dil[1]}_{pad.lower()}",
                          conv_case((3, 3), (1, 1), pad, dil, "RELU", True, True, (1, 12, 13, 4))))
    cases.append(("conv_per_tensor_no_bias", conv_case((3, 3), (2, 2), "SAME", (1, 1), "NONE", False, False)))
    cases.append(("conv_batch2", conv_case((3, 3), (1, 1), "SAME", (1, 1), "RELU", True, True, (2, 5, 6, 3))))
    cases.append(("conv_1x1_wide", conv_case((1, 1), (1, 1), "VALID", (1, 1), "RELU6", True, True, (1, 3, 3, 40), 33)))

    def dw_case(k, s, pad, dil, mult, act, pc, bias, shape=(1, 10, 9, 5)):
        def build(seed):
            b = GraphBuilder(seed, "dw")
            x = b.input(shape)
            y = b.depthwise(x, k, s, pad, dil, mult, act, pc, bias)
            return b.graph([y])
        return build

    i = 0
    for mult in (1, 2, 3):
        for k, s, pad, dil in (((3, 3), (1, 1), "SAME", (1, 1)), ((3, 3), (2, 2), "VALID", (1, 1)),
                               ((5, 2), (1, 2), "SAME", (1, 1)), ((3, 3), (1, 1), "SAME", (2, 2)),
                               ((3, 2), (2, 1), "VALID", (2, 3))):
            act = ACTS[i % 4]
            cases.append((f"dw_m{mult}_k{k[0]}x{k[1]}_s{s[0]}{s[1]}_d{dil[0]}{dil[1]}_{pad.lower()}",
                          dw_case(k, s, pad, dil, mult, act, i % 3 != 1, i % 4 != 2)))
            i += 1

    def fc_case(in_shape, units, act, pc, bias, depth=None):
        def build(seed):
            b = GraphBuilder(seed, "fc")
            x = b.input(in_shape)
            y = b.fc(x, units, act, pc, bias, depth)
            return b.graph([y])
        return build

    cases += [
        ("fc_2d", fc_case((1, 37), 11, "NONE", False, True)),
        ("fc_2d_relu_per_channel", fc_case((1, 20), 7, "RELU", True, True)),
        ("fc_no_bias_relu6", fc_case((1, 16), 5, "RELU6", False, False)),
        ("fc_4d_flattened", fc_case((1, 3, 4, 5), 9, "NONE", True, True)),
        ("fc_4d_rows", fc_case((1, 3, 4, 6), 4, "RELU", False, True, depth=6)),
        ("fc_batch3", fc_case((3, 10), 4, "NONE", False, True)),
    ]

    def pool_case(kind, k, s, pad, act, shape=(1, 9, 10, 4)):
        def build(seed):
            b = GraphBuilder(seed, "pool")
            x = b.input(shape)
            y = b.pool(kind, x, k, s, pad, act)
            return b.graph([y])
        return build

    for kind in ("AVERAGE_POOL_2D", "MAX_POOL_2D"):
        for k, s, pad in (((2, 2), (2, 2), "VALID"), ((3, 3), (2, 2), "SAME"), ((3, 2), (1, 1), "SAME"),
                          ((9, 10), (9, 10), "VALID"), ((4, 3), (3, 2), "SAME")):
            for act in ("NONE", "RELU6"):
                cases.append((f"{kind.split('_')[0].lower()}pool_k{k[0]}x{k[1]}_s{s[0]}{s[1]}_{pad.lower()}_{act.lower()}",
                              pool_case(kind, k, s, pad, act)))

    def binary_case(kind, a_shape, b_shape, act="NONE", const_b=False, swap=False):
        def build(seed):
            b = GraphBuilder(seed, kind.lower())
            x = b.input(a_shape)
            y = b.const(b_shape) if const_b else b.input(b_shape, name="input2")
            args = (y, x) if swap else (x, y)
            z = (b.add if kind == "ADD" else b.mul)(*args, act=act)
            return b.graph([z])
        return build

    for kind in ("ADD", "MUL"):
        for a_shape, b_shape, tag in (((1, 4, 5, 6), (1, 4, 5, 6), "same"),
                                      ((1, 4, 5, 6), (1, 1, 1, 6), "bcast_c"),
                                      ((1, 4, 5, 6), (1, 4, 1, 1), "bcast_h"),
                                      ((1, 4, 5, 6), (1, 1, 5, 1), "bcast_w"),
                                      ((1, 4, 5, 6), (6,), "bcast_rank1"),
                                      ((1, 4, 1, 6), (1, 1, 5, 1), "bcast_both"),
                                      ((2, 3, 4, 5, 6), (1, 3, 1, 5, 1), "rank5"),
                                      ((2, 1, 3, 2, 2, 3), (1, 2, 1, 2, 1, 3), "rank6"),
                                      ((1, 10), (1, 10), "2d")):
            cases.append((f"{kind.lower()}_{tag}", binary_case(kind, a_shape, b_shape, "RELU" if tag == "same" else "NONE")))
        cases.append((f"{kind.lower()}_const", binary_case(kind, (1, 3, 3, 4), (1, 1, 1, 4), const_b=True)))
        cases.append((f"{kind.lower()}_small_first", binary_case(kind, (1, 3, 3, 4), (1, 1, 1, 4), swap=True)))
        cases.append((f"{kind.lower()}_relu6", binary_case(kind, (1, 3, 3, 4), (1, 3, 3, 4), act="RELU6")))

    def softmax_case(shape, beta):
        def build(seed):
            b = GraphBuilder(seed, "softmax")
            x = b.input(shape, scale=b.rng.uniform(0.02, 0.3))
            return b.graph([b.softmax(x, beta)])
        return build

    cases += [("softmax_10", softmax_case((1, 10), 1.0)), ("softmax_rows", softmax_case((1, 3, 4, 7), 1.0)),
              ("softmax_beta", softmax_case((1, 33), 0.37)), ("softmax_1", softmax_case((1, 1), 1.0)),
              ("softmax_wide_scale", softmax_case((2, 200), 2.5))]

    def pad_case(shape, paddings):
        def build(seed):
            b = GraphBuilder(seed, "pad")
            x = b.input(shape)
            return b.graph([b.pad(x, paddings)])
        return build

    cases += [("pad_hw", pad_case((1, 4, 5, 3), [[0, 0], [1, 2], [0, 1], [0, 0]])),
              ("pad_all", pad_case((1, 3, 2, 2), [[1, 0], [2, 1], [1, 3], [2, 2]])),
              ("pad_channels", pad_case((1, 2, 2, 3), [[0, 0], [0, 0], [0, 0], [1, 4]])),
              ("pad_2d", pad_case((1, 7), [[0, 0], [3, 2]])),
              ("pad_rank5", pad_case((1, 2, 3, 2, 2), [[0, 1], [1, 0], [0, 0], [2, 1], [1, 1]])),
              ("pad_none", pad_case((1, 3, 3, 2), [[0, 0]] * 4))]

    def mean_case(shape, axes, keep):
        def build(seed):
            b = GraphBuilder(seed, "mean")
            x = b.input(shape)
            return b.graph([b.mean(x, axes, keep)])
        return build

    for axes in ((1, 2), (1,), (2,), (3,), (1, 2, 3), (0, 3), (0, 1, 2, 3)):
        for keep in (True, False):
            cases.append((f"mean_axes{''.join(map(str, axes))}_{'keep' if keep else 'drop'}",
                          mean_case((1, 5, 6, 7), axes, keep)))
    cases.append(("mean_2d", mean_case((3, 9), (1,), False)))
    cases.append(("mean_big", mean_case((1, 16, 16, 3), (1, 2), True)))

    def concat_case(shapes, axis, same_quant):
        def build(seed):
            b = GraphBuilder(seed, "concat")
            xs = [b.input(s, name=f"input{i}") for i, s in enumerate(shapes)]
            if same_quant:
                q = b.t(xs[0])
                return b.graph([b.concat(xs, axis, q.scale[0], q.zp)])
            return b.graph([b.concat(xs, axis)])
        return build

    cases += [("concat_c", concat_case([(1, 3, 4, 2), (1, 3, 4, 5)], 3, False)),
              ("concat_h", concat_case([(1, 2, 4, 3), (1, 5, 4, 3), (1, 1, 4, 3)], 1, True)),
              ("concat_w", concat_case([(1, 3, 2, 3), (1, 3, 3, 3)], 2, False)),
              ("concat_batch", concat_case([(1, 3, 2, 3), (2, 3, 2, 3)], 0, True)),
              ("concat_2d", concat_case([(1, 5), (1, 7)], 1, False))]

    def quantize_case(shape):
        def build(seed):
            b = GraphBuilder(seed, "quantize")
            x = b.input(shape)
            y = b.quantize(x, f32(b.t(x).scale[0] * b.rng.uniform(0.3, 3.0)), int(b.rng.integers(-100, 100)))
            return b.graph([y])
        return build

    cases += [("quantize", quantize_case((1, 4, 4, 3))), ("quantize_2d", quantize_case((1, 50)))]

    def reshape_case():
        def build(seed):
            b = GraphBuilder(seed, "reshape")
            x = b.input((1, 4, 3, 2))
            y = b.reshape(x, (1, 24))
            z = b.fc(y, 5)
            return b.graph([b.reshape(z, (1, 5, 1)), y])
        return build

    cases.append(("reshape_in_out", reshape_case()))

    def wta_input_case(materialize):
        def build(seed):
            b = GraphBuilder(seed, "wta_input")
            x = b.input((1, 5, 6, 8))
            w = b.wta_channel(x, 0.5)
            y = b.conv2d(w, 4, (3, 3))
            if materialize:  # an ADD reads the losers: a copy (the input is read-only)
                y = b.add(b.conv2d(w, 8, (1, 1)), w)
            return b.graph([y])
        return build

    cases += [("wta_on_input_lazy", wta_input_case(False)), ("wta_on_input_copy", wta_input_case(True))]
    return cases


# ---------------------------------------------------------------------------------------------
# WTA graphs
# ---------------------------------------------------------------------------------------------
WTA_CONSUMERS = ("conv", "conv_strided", "depthwise", "depthwise_m2", "fc_flatten", "fc_4d", "fc_rows",
                 "maxpool_conv", "avgpool_flatten_fc", "dense_fc", "dense_reshape_conv",
                 "materialized_add", "materialized_copy", "graph_output", "input_reused", "chain")


def wta_graph(consumer: str, rate: float, seed: int = 0) -> Graph:
    """A small graph with a WTA op (rate) whose output feeds `consumer` (see WTA_CONSUMERS)."""
    b = GraphBuilder(seed, f"wta_{consumer}")
    x = b.input((1, 8, 7, 3))
    h = b.conv2d(x, 12, (3, 3), act="RELU")
    outs = []
    if consumer.startswith("dense"):
        f = b.fc(b.flatten(h), 20, act="RELU")
        wv = b.wta_dense(f, rate)
        if consumer == "dense_fc":
            y = b.fc(wv, 6)
        else:
            y = b.conv2d(b.reshape(wv, (1, 1, 1, 20)), 5, (1, 1), act="NONE")
        return b.graph([y])
    w = b.wta_channel(h, rate)
    if consumer == "conv":
        y = b.conv2d(w, 7, (3, 3), act="RELU")
    elif consumer == "conv_strided":
        y = b.conv2d(w, 6, (3, 2), (2, 2), "VALID", (1, 1), "NONE", per_channel=False)
    elif consumer == "depthwise":
        y = b.depthwise(w, (3, 3), act="RELU")
    elif consumer == "depthwise_m2":
        y = b.depthwise(w, (3, 3), (2, 1), "SAME", (1, 1), mult=2, act="NONE", bias=False)
    elif consumer == "fc_flatten":
        y = b.fc(b.flatten(w), 9, act="RELU")
    elif consumer == "fc_4d":
        y = b.fc(w, 8)
    elif consumer == "fc_rows":
        y = b.fc(w, 5, depth=12)
    elif consumer == "maxpool_conv":
        y = b.conv2d(b.maxpool(w, k=(2, 2), stride=(2, 2)), 5, (1, 1), act="RELU")
    elif consumer == "avgpool_flatten_fc":
        y = b.fc(b.flatten(b.avgpool(w, k=(3, 3), stride=(2, 2), padding="SAME")), 4)
    elif consumer == "materialized_add":
        c = b.conv2d(w, 12, (1, 1), act="NONE")
        y = b.add(c, w, act="RELU")
    elif consumer == "materialized_copy":
        c = b.conv2d(w, 12, (1, 1), act="NONE")
        y = b.add(b.add(c, w), h)
    elif consumer == "graph_output":
        y = b.conv2d(w, 4, (3, 3), act="RELU")
        outs.append(w)
    elif consumer == "input_reused":
        c = b.conv2d(w, 12, (1, 1), act="RELU")
        y = b.add(c, h)
    elif consumer == "chain":
        p = b.maxpool(w, k=(2, 2), stride=(1, 1), padding="SAME")
        y1 = b.depthwise(p, (3, 3), act="RELU")
        w2 = b.wta_channel(y1, rate)
        y = b.fc(b.flatten(b.avgpool(w2, k=(2, 2), stride=(2, 2))), 6)
        outs.append(b.mean(p, (1, 2), keep_dims=False))
    else:
        raise ValueError(consumer)
    return b.graph([y] + outs)


# ---------------------------------------------------------------------------------------------
# random graphs
# ---------------------------------------------------------------------------------------------
def random_graph(seed: int) -> Graph:
    """A random valid graph of 2-9 ops over the whole op space (WTA included)."""
    rng = np.random.default_rng(seed)
    b = GraphBuilder(seed, f"rand{seed}")
    h0, w0 = int(rng.integers(3, 11)), int(rng.integers(3, 11))
    c0 = int(rng.integers(1, 9))
    x = b.input((1, h0, w0, c0))
    cur = x
    extra_outputs: list[int] = []
    n_steps = int(rng.integers(2, 9))

    def act():
        return str(rng.choice(ACTS, p=[0.3, 0.4, 0.2, 0.1]))

    for _ in range(n_steps):
        shp = b.shape(cur)
        batch1 = shp[0] == 1
        if len(shp) == 4:
            n, h, w, c = shp
            choices = ["conv", "dw", "pool", "add", "mul", "pad", "concat", "quantize", "mean",
                       "flatten", "fc4d"]
            weights = [5, 3, 3, 2, 1, 1, 1, 1, 1, 1, 1]
            if batch1:
                choices += ["wta", "wta_block"]
                weights += [3, 2]
            kind = str(rng.choice(choices, p=np.array(weights) / sum(weights)))
            if kind == "conv":
                k = (int(rng.integers(1, min(h, 4) + 1)), int(rng.integers(1, min(w, 4) + 1)))
                s = (int(rng.integers(1, 3)), int(rng.integers(1, 3)))
                pad = str(rng.choice(["SAME", "VALID"]))
                dil = (1, 1)
                if rng.random() < 0.2 and h >= 5 and w >= 5:
                    dil, s, k = (2, 2), (1, 1), (3, 3)
                cur = b.conv2d(cur, int(rng.integers(2, 17)), k, s, pad, dil, act(), bool(rng.random() < 0.7),
                               bool(rng.random() < 0.9))
            elif kind == "dw":
                k = (int(rng.integers(1, min(h, 3) + 1)), int(rng.integers(1, min(w, 3) + 1)))
                s = (int(rng.integers(1, 3)), int(rng.integers(1, 3)))
                mult = int(rng.choice([1, 1, 2, 3]))
                if c * mult > 32:
                    mult = 1
                cur = b.depthwise(cur, k, s, str(rng.choice(["SAME", "VALID"])), (1, 1), mult, act(),
                                  bool(rng.random() < 0.7), bool(rng.random() < 0.9))
            elif kind == "pool":
                k = (int(rng.integers(1, min(h, 3) + 1)), int(rng.integers(1, min(w, 3) + 1)))
                s = (int(rng.integers(1, 3)), int(rng.integers(1, 3)))
                cur = b.pool(str(rng.choice(["AVERAGE_POOL_2D", "MAX_POOL_2D"])), cur, k, s,
                             str(rng.choice(["SAME", "VALID"])), str(rng.choice(["NONE", "RELU", "RELU6"])))
            elif kind in ("add", "mul"):
                form = int(rng.integers(0, 4))
                if form == 0:  # residual with a same-shaped branch
                    other = b.conv2d(cur, c, (1, 1), act=act())
                elif form == 1:  # broadcast vector from a mean
                    other = b.mean(cur, (1, 2), keep_dims=True)
                elif form == 2:
                    other = b.const((1, 1, 1, c) if rng.random() < 0.5 else (1, h, 1, 1))
                else:
                    other = cur
                args = (other, cur) if rng.random() < 0.3 else (cur, other)
                cur = (b.add if kind == "add" else b.mul)(*args, act=act())
            elif kind == "pad":
                pads = [[int(rng.integers(0, 2)) if rng.random() < 0.1 else 0, 0]] + \
                       [[int(rng.integers(0, 3)), int(rng.integers(0, 3))] for _ in range(3)]
                if not batch1 or any(b.t(o).shape[0] != 1 for o in extra_outputs):
                    pads[0] = [0, 0]
                cur = b.pad(cur, pads)
            elif kind == "concat":
                axis = int(rng.integers(1, 4))
                if axis == 3:
                    other = b.conv2d(cur, int(rng.integers(1, 6)), (1, 1), act=act())
                else:
                    other = b.quantize(cur)
                ins = [cur, other] + ([cur] if rng.random() < 0.3 else [])
                cur = b.concat(ins, axis)
            elif kind == "quantize":
                cur = b.quantize(cur)
            elif kind == "mean":
                axes = sorted({int(a) for a in rng.choice([1, 2, 3], size=int(rng.integers(1, 4)))})
                keep = bool(rng.random() < 0.6)
                cur = b.mean(cur, axes, keep)
                if len(b.shape(cur)) not in (2, 4):
                    cur = b.flatten(cur)
            elif kind == "flatten":
                cur = b.flatten(cur)
            elif kind == "fc4d":
                depth = None if rng.random() < 0.6 else c
                cur = b.fc(cur, int(rng.integers(2, 17)), act(), bool(rng.random() < 0.5), True, depth)
            elif kind == "wta":
                cur = b.wta_channel(cur, float(rng.choice([0.25, 0.5, 0.75, 1.0])))
            elif kind == "wta_block":  # WTA with a typical consumer chain
                wv = b.wta_channel(cur, float(rng.choice([0.25, 0.5, 0.75])))
                nxt = int(rng.integers(0, 5))
                if nxt == 0:
                    cur = b.conv2d(wv, int(rng.integers(1, 13)), (3, 3), act=act())
                elif nxt == 1:
                    cur = b.depthwise(wv, (3, 3), mult=int(rng.choice([1, 2])), act=act())
                elif nxt == 2:
                    cur = b.fc(b.flatten(b.maxpool(wv, k=(2, 2), stride=(1, 1), padding="SAME")), 8)
                elif nxt == 3:
                    cur = b.fc(wv, int(rng.integers(2, 9)), act())
                else:
                    cur = b.add(b.conv2d(wv, c, (1, 1), act="NONE"), wv)
                if rng.random() < 0.15:
                    extra_outputs.append(wv)
        else:  # 2-D (rows, features)
            rows, f = shp
            choices = ["fc", "add", "mul", "softmax", "quantize", "pad", "concat", "mean", "reshape4d"]
            weights = [5, 1, 1, 1, 1, 1, 1, 1, 1]
            if rows == 1:
                choices += ["wta_dense"]
                weights += [3]
            kind = str(rng.choice(choices, p=np.array(weights) / sum(weights)))
            if kind == "fc":
                cur = b.fc(cur, int(rng.integers(2, 25)), act(), bool(rng.random() < 0.5), bool(rng.random() < 0.9))
            elif kind in ("add", "mul"):
                other = b.const((1, f)) if rng.random() < 0.5 else cur
                cur = (b.add if kind == "add" else b.mul)(cur, other, act=act())
            elif kind == "softmax":
                cur = b.softmax(cur, float(rng.choice([1.0, 0.5, 2.0])))
            elif kind == "quantize":
                cur = b.quantize(cur)
            elif kind == "pad":
                cur = b.pad(cur, [[0, 0], [int(rng.integers(0, 3)), int(rng.integers(0, 3))]])
            elif kind == "concat":
                cur = b.concat([cur, b.quantize(cur)], 1)
            elif kind == "mean":
                m = b.mean(cur, (1,), True)
                cur = b.add(cur, m)
            elif kind == "reshape4d":
                cur = b.reshape(cur, (rows, 1, 1, f))
            elif kind == "wta_dense":
                wv = b.wta_dense(cur, float(rng.choice([0.25, 0.5, 0.75, 1.0])))
                cur = b.fc(wv, int(rng.integers(1, 13)), act()) if rng.random() < 0.8 else wv
    outputs = [cur] + [o for o in extra_outputs if o != cur]
    return b.graph(outputs)
