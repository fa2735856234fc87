#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Sparse scaling of the WTA consumer kernels on emulated boards (a benchmark, not a test).

    .venv/bin/python scripts/sparse_scaling.py [--boards mps2-an386,mps3-an547] [--ratios 0.5,0.25]
        [--kinds conv1x1,conv3x3,depthwise,fc_flatten,fc_dense] [--json out.json]

For each consumer kind one synthetic int8 graph is built: a producer layer with C output
channels (or features) feeding the consumer directly (dense) and, once per k/C ratio, through a
WTA op with k = ratio * C winners into a twin of the consumer (same shape). `verify` runs it on
each board (every output byte against the NumPy reference, which is bit-exact with TFLite
Micro) and its per-layer instruction counts give, per kind and ratio:

  dense    instructions of the dense consumer
  sparse   instructions of the consumer reading k of C winners
  ratio    sparse / dense;  limit k/C + 0.1 (issue 9's rule); pass when ratio <= limit
  select   instructions of the winner selection (the WTA layer) / dense consumer (limit 5%)

Kinds (C = 64 unless said): conv1x1 25x5x64 -> 64, conv3x3 16x16x32 -> 32 (C = 32), depthwise
3x3 on 25x5x64, fc_flatten 5x5x64 -> flatten -> 64 units, fc_dense 256 -> WTA_DENSE -> 128 units
(C = 256 features, one element per channel).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from dasnet_tiny import quant as Q  # noqa: E402
from dasnet_tiny import reference  # noqa: E402
from dasnet_tiny.ir import Graph, Op, Tensor  # noqa: E402
from dasnet_tiny.ops.base import patches  # noqa: E402


def _f32(v: float) -> float:
    return float(np.float32(v))


class Builder:
    """A minimal int8 graph builder (calibrated on one random sample, as the tests' builder):
    each new output gets a quantization fitted to its real range."""

    def __init__(self, seed: int, name: str):
        self.rng = np.random.default_rng(seed)
        self.name = name
        self.tensors: list[Tensor] = []
        self.ops: list[Op] = []
        self.inputs: list[int] = []
        self.values: dict[int, np.ndarray] = {}

    def graph(self, outputs) -> Graph:
        return Graph(tensors=self.tensors, ops=self.ops, inputs=list(self.inputs), outputs=list(outputs),
                     name=self.name)

    def _add(self, t: Tensor) -> int:
        self.tensors.append(t)
        return len(self.tensors) - 1

    def _real(self, t: int) -> np.ndarray:
        tt = self.tensors[t]
        v = self.values[t] if tt.data is None else tt.data
        return (v.astype(np.float64) - tt.zp) * float(tt.scale[0])

    def _fit(self, real: np.ndarray, act: str) -> tuple[float, int]:
        lo, hi = float(min(real.min(), 0.0)), float(max(real.max(), 0.0))
        if act == "RELU":
            lo = 0.0
        if hi - lo < 1e-6:
            hi = lo + 1.0
        scale = _f32((hi - lo) / 255.0)
        return scale, int(np.clip(round(-128 - lo / scale), -128, 127))

    def _emit(self, type_: str, inputs: list[int], shape: tuple, scale: float, zp: int, options: dict) -> int:
        y = self._add(Tensor(f"{type_.lower()}_{len(self.ops)}", tuple(shape), "int8", (_f32(scale),), (int(zp),)))
        op = Op(type_, list(inputs), [y], dict(options), name=self.tensors[y].name)
        self.ops.append(op)
        ins = [None if i < 0 else (self.values[i] if self.tensors[i].data is None else self.tensors[i].data)
               for i in inputs]
        self.values[y] = np.asarray(reference._KERNELS[type_](self.graph([]), op, ins)).astype(np.int8).reshape(shape)
        return y

    def _act(self, act: str, scale: float, zp: int) -> dict:
        lo, hi = Q.activation_range(act, scale, zp)
        return {"activation": act, "act_min": lo, "act_max": hi}

    def _weights(self, shape, qdim: int) -> int:
        data = self.rng.integers(-127, 128, size=shape).astype(np.int8)
        scales = tuple(_f32(s) for s in self.rng.uniform(0.002, 0.02, size=shape[qdim]))
        return self._add(Tensor(f"w{len(self.tensors)}", tuple(shape), "int8", scales, (0,) * len(scales), qdim, data))

    def _bias(self, x: int, w: int, acc: np.ndarray, n: int) -> int:
        sx = float(self.tensors[x].scale[0])
        ws = np.array(self.tensors[w].scale, np.float64)
        real_b = self.rng.normal(0.0, 0.5 * float(acc.std()) + 1e-3, size=n)
        data = np.clip(np.round(real_b / (sx * ws)), -(1 << 24), 1 << 24).astype(np.int32)
        return self._add(Tensor(f"b{len(self.tensors)}", (n,), "int32", tuple(_f32(sx * s) for s in ws), (0,) * n, 0,
                                data))

    def input(self, shape) -> int:
        t = self._add(Tensor("input", tuple(shape), "int8", (_f32(0.05),), (3,)))
        self.inputs.append(t)
        self.values[t] = self.rng.integers(-128, 128, size=shape).astype(np.int8)
        return t

    def _finish(self, type_, x, w, acc, n, shape, act, o):
        b = self._bias(x, w, acc, n)
        acc = acc + self.tensors[b].data * np.array(self.tensors[b].scale)
        scale, zp = self._fit(np.maximum(acc, 0) if act == "RELU" else acc, act)
        o.update(self._act(act, scale, zp))
        return self._emit(type_, [x, w, b], shape, scale, zp, o)

    def conv2d(self, x, cout, k, act="RELU"):
        n, h, wd, c = self.tensors[x].shape
        kh, kw = k
        w = self._weights((cout, kh, kw, c), 0)
        o = dict(stride_h=1, stride_w=1, dilation_h=1, dilation_w=1, padding="SAME", pad_h=(kh - 1) // 2,
                 pad_w=(kw - 1) // 2)
        p = patches(self._real(x), o, kh, kw, h, wd, 0.0).reshape(-1, kh * kw * c)
        wt = self.tensors[w]
        acc = p @ (wt.data.reshape(cout, -1).astype(np.float64) * np.array(wt.scale)[:, None]).T
        return self._finish("CONV_2D", x, w, acc, cout, (n, h, wd, cout), act, o)

    def depthwise(self, x, k=(3, 3), act="RELU"):
        n, h, wd, c = self.tensors[x].shape
        kh, kw = k
        w = self._weights((1, kh, kw, c), 3)
        o = dict(stride_h=1, stride_w=1, dilation_h=1, dilation_w=1, padding="SAME", pad_h=(kh - 1) // 2,
                 pad_w=(kw - 1) // 2, depth_multiplier=1)
        p = patches(self._real(x), o, kh, kw, h, wd, 0.0).reshape(-1, kh * kw, c)
        wt = self.tensors[w]
        wk = wt.data.reshape(kh * kw, c).astype(np.float64) * np.array(wt.scale)
        acc = np.einsum("pkc,kc->pc", p, wk)
        return self._finish("DEPTHWISE_CONV_2D", x, w, acc, c, (n, h, wd, c), act, o)

    def fc(self, x, units, act="NONE"):
        shp = self.tensors[x].shape
        depth = int(np.prod(shp)) // shp[0]
        w = self._weights((units, depth), 0)
        wt = self.tensors[w]
        acc = self._real(x).reshape(shp[0], depth) @ (wt.data.astype(np.float64) * np.array(wt.scale)[:, None]).T
        return self._finish("FULLY_CONNECTED", x, w, acc, units, (shp[0], units), act, {})

    def flatten(self, x):
        xt = self.tensors[x]
        return self._emit("RESHAPE", [x], (xt.shape[0], int(np.prod(xt.shape[1:]))), xt.scale[0], xt.zp, {})

    def wta(self, x, k: int, dense: bool):
        xt = self.tensors[x]
        channels = xt.size // xt.shape[0] if dense else xt.shape[-1]
        return self._emit("WTA_DENSE" if dense else "WTA_CHANNEL", [x], xt.shape, xt.scale[0], xt.zp,
                          {"k": int(k), "rate": float(k) / channels, "layer": f"wta{len(self.ops)}"})


# kind -> (channels C, description)
KINDS = {
    "conv1x1": (64, "conv 1x1 25x5x64 -> 64"),
    "conv3x3": (32, "conv 3x3 16x16x32 -> 32"),
    "depthwise": (64, "depthwise 3x3 25x5x64"),
    "fc_flatten": (64, "FC 5x5x64 -> flatten -> 64"),
    "fc_dense": (256, "FC 256 -> WTA_DENSE -> 128"),
}


def build(kind: str, ratios: list[float], seed: int = 0) -> tuple[Graph, dict]:
    """The graph of one kind: the dense consumer and one sparse twin per ratio; returns the graph
    and {"dense": consumer op name, ratio: (WTA op name, consumer op name, k)}."""
    b = Builder(seed, f"sparse_{kind}")
    C = KINDS[kind][0]
    if kind == "fc_dense":
        src = b.fc(b.input((1, 64)), C, act="RELU")
    else:
        shape = {"conv1x1": (1, 25, 5, 8), "conv3x3": (1, 16, 16, 8), "depthwise": (1, 25, 5, 8),
                 "fc_flatten": (1, 5, 5, 8)}[kind]
        src = b.conv2d(b.input(shape), C, (1, 1), act="RELU")

    def consumer(x):
        if kind == "conv1x1":
            return b.conv2d(x, 64, (1, 1))
        if kind == "conv3x3":
            return b.conv2d(x, 32, (3, 3))
        if kind == "depthwise":
            return b.depthwise(x)
        if kind == "fc_flatten":
            return b.fc(b.flatten(x), 64, act="RELU")
        return b.fc(x, 128)

    names: dict = {}
    outs = [consumer(src)]
    names["dense"] = b.tensors[outs[-1]].name
    for r in ratios:
        k = max(1, int(round(r * C)))
        w = b.wta(src, k, dense=(kind == "fc_dense"))
        outs.append(consumer(w))
        names[r] = (b.tensors[w].name, b.tensors[outs[-1]].name, k)
    return b.graph(outs), names


def measure(kind: str, board: str, ratios: list[float], build_dir: Path, n: int = 2) -> dict:
    from dasnet_tiny.verify import verify

    g, names = build(kind, ratios)
    xs = np.random.default_rng(1).integers(-128, 128, (n, *g.input_tensors[0].shape[1:])).astype(np.int8)
    r = verify(g, xs, board=board, build_dir=build_dir / board / kind, timeout=900)
    per = {row["name"]: row.get("instructions_mean", 0.0) for row in r.report["per_layer"]}
    dense = per[names["dense"]]
    C = KINDS[kind][0]
    rows = []
    for ratio in ratios:
        wta_name, cons_name, k = names[ratio]
        sparse = per[cons_name]
        limit = k / C + 0.1
        rows.append(dict(ratio=k / C, k=k, channels=C, dense=dense, sparse=sparse, sparse_ratio=sparse / dense,
                         limit=limit, ok=sparse / dense <= limit, select=per.get(wta_name, 0.0),
                         select_fraction=per.get(wta_name, 0.0) / dense))
    return dict(kind=kind, description=KINDS[kind][1], board=board, bit_exact=bool(r.ok), rows=rows)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--boards", default="mps2-an386", help="comma-separated boards (default mps2-an386)")
    ap.add_argument("--ratios", default="0.5,0.25", help="k/C ratios (default 0.5,0.25)")
    ap.add_argument("--kinds", default=",".join(KINDS), help=f"comma-separated, of {', '.join(KINDS)}")
    ap.add_argument("--samples", type=int, default=2)
    ap.add_argument("--build-dir", default="build/sparse_scaling")
    ap.add_argument("--json", help="write the results to this file")
    a = ap.parse_args(argv)
    ratios = [float(v) for v in a.ratios.split(",")]
    kinds = [k for k in a.kinds.split(",") if k]
    for k in kinds:
        if k not in KINDS:
            ap.error(f"unknown kind {k!r}; choose from {', '.join(KINDS)}")
    results, ok = [], True
    for board in a.boards.split(","):
        print(f"{board}: consumer instructions, dense vs reading k of C winners (limit k/C + 0.1; "
              f"selection limit 5% of the dense consumer)")
        print(f"  {'kind':<11s} {'k/C':>5s} {'dense':>10s} {'sparse':>10s} {'ratio':>6s} {'limit':>6s} "
              f"{'':4s} {'select':>7s} bit-exact")
        for kind in kinds:
            m = measure(kind, board, ratios, Path(a.build_dir), a.samples)
            results.append(m)
            for row in m["rows"]:
                ok &= row["ok"] and row["select_fraction"] <= 0.05 and m["bit_exact"]
                print(f"  {kind:<11s} {row['ratio']:5.3f} {row['dense']:10,.0f} {row['sparse']:10,.0f} "
                      f"{row['sparse_ratio']:6.3f} {row['limit']:6.3f} {'ok' if row['ok'] else 'FAIL':4s} "
                      f"{100 * row['select_fraction']:6.2f}% {m['bit_exact']}", flush=True)
    if a.json:
        Path(a.json).write_text(json.dumps(results, indent=1))
        print(f"written {a.json}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
