# SPDX-License-Identifier: Apache-2.0
"""C code generation: `generate(graph, out_dir)` writes a self-contained folder (see
docs/generated_c_contract.md): NAME.h, NAME.c, NAME_weights.c, the dt_* kernels the model needs,
and manifest.json.

Everything numeric is decided here, at generation time: requantization multipliers/shifts (from
`dasnet_tiny.quant`, the same numbers the reference executor uses), broadcast strides, the
static memory plan, and how WTA sparsity is exploited:

* a WTA op runs `dt_wta_select_s8` (scores + top-k, winners into a small index buffer);
* the layers that read its output directly or through RESHAPE / MAX_POOL / AVERAGE_POOL
  (CONV_2D, DEPTHWISE_CONV_2D, FULLY_CONNECTED; pools compute the winners only) get the winner
  list and skip the losing input channels;
* the WTA output is *lazy* (never written; its buffer is the WTA input's) unless some other op
  or a graph output needs its loser channels: then `dt_fill_losers_s8` materializes them as the
  zero point (in place when the input dies there).
"""
from __future__ import annotations

import json
import math
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from . import quant as Q
from .errors import DasnetError, UnsupportedModelError
from .ir import Graph, Op, Tensor
from .summary import dense_macs
from .util import c_identifier
from .memory_plan import BufferRequest, MemoryPlan, align_up, plan_memory

from .resources import KERNEL_DIR, TEMPLATE_DIR
from .targets import TARGETS as _TARGET_TABLE, get_target

TARGETS = tuple(_TARGET_TABLE)

SUPPORTED = ("CONV_2D", "DEPTHWISE_CONV_2D", "FULLY_CONNECTED", "AVERAGE_POOL_2D", "MAX_POOL_2D",
             "ADD", "MUL", "SOFTMAX", "RESHAPE", "PAD", "MEAN", "CONCATENATION", "QUANTIZE",
             "WTA_CHANNEL", "WTA_DENSE")

# Kernel source files per op type (dt_nn.h, dt_nn_support.h/.c always come along).
KERNELS = {
    "CONV_2D": ["dt_convolve_s8.c"],
    "DEPTHWISE_CONV_2D": ["dt_depthwise_conv_s8.c"],
    "FULLY_CONNECTED": ["dt_fully_connected_s8.c"],
    "AVERAGE_POOL_2D": ["dt_avgpool_s8.c"],
    "MAX_POOL_2D": ["dt_maxpool_s8.c"],
    "ADD": ["dt_add_s8.c"],
    "MUL": ["dt_mul_s8.c"],
    "SOFTMAX": ["dt_softmax_s8.c"],
    "RESHAPE": [],
    "PAD": ["dt_pad_s8.c"],
    "MEAN": ["dt_mean_s8.c"],
    "CONCATENATION": ["dt_concat_s8.c"],
    "QUANTIZE": ["dt_requantize_s8.c"],
    "WTA_CHANNEL": ["dt_wta_select_s8.c"],
    "WTA_DENSE": ["dt_wta_select_s8.c"],
}
COMMON_KERNEL_FILES = ["dt_nn.h", "dt_nn_support.h", "dt_nn_support.c"]
FILL_KERNEL = "dt_fill_losers_s8.c"

SKIP_CONSUMERS = ("CONV_2D", "DEPTHWISE_CONV_2D", "FULLY_CONNECTED")
POOLS = ("MAX_POOL_2D", "AVERAGE_POOL_2D")
MAX_DIMS = 6
NEVER = 1 << 30  # "last use" of a graph output: alive to the end


# ---------------------------------------------------------------------------------------------
# results
# ---------------------------------------------------------------------------------------------
@dataclass
class LayerInfo:
    index: int
    type: str
    name: str
    in_shape: tuple
    out_shape: tuple
    macs_dense: int
    macs_skipped: int  # MACs left after skipping the WTA losers (== macs_dense when nothing skips)
    note: str = ""


@dataclass
class GenerateResult:
    name: str
    target: str
    out_dir: Path
    header: Path
    source: Path
    weights: Path
    manifest: Path
    sources: list[Path]  # every .c file of the folder
    kernels: list[str]  # kernel .c files copied
    arena_size: int
    plan: MemoryPlan
    layers: list[LayerInfo]
    input_size: int
    output_size: int
    weights_bytes: int  # const data emitted (weights, biases, multipliers, shifts, constants)
    analysis: "Analysis" = field(repr=False, default=None)

    @property
    def macs_dense(self) -> int:
        return sum(layer.macs_dense for layer in self.layers)

    @property
    def macs_skipped(self) -> int:
        return sum(layer.macs_skipped for layer in self.layers)

    def layer_table(self) -> str:
        head = (f"{'#':>3} {'op':<18} {'input':<14} {'output':<14} {'MACs':>11} {'MACs(WTA)':>11}  "
                "notes")
        lines = [head, "-" * len(head)]
        for r in self.layers:
            lines.append(f"{r.index:>3} {r.type:<18} {_fmt_shape(r.in_shape):<14} "
                         f"{_fmt_shape(r.out_shape):<14} {r.macs_dense:>11,} {r.macs_skipped:>11,}  "
                         f"{r.note}")
        lines.append("-" * len(head))
        d, s = self.macs_dense, self.macs_skipped
        pct = 100.0 * (d - s) / d if d else 0.0
        lines.append(f"MACs: {d:,} dense, {s:,} after skipping WTA losers ({pct:.1f}% skipped)")
        return "\n".join(lines)

    def report(self) -> str:
        """Human-readable summary: layers with MACs, the memory plan, sizes."""
        return "\n".join([
            f"model {self.name} (target {self.target}) -> {self.out_dir}",
            self.layer_table(),
            "",
            "memory plan:",
            self.plan.table(),
            "",
            f"peak arena {self.arena_size:,} bytes; input {self.input_size:,} bytes (read in place), "
            f"output {self.output_size:,} bytes; const data {self.weights_bytes:,} bytes",
        ])


def _fmt_shape(shape) -> str:
    return "x".join(str(d) for d in shape)


# ---------------------------------------------------------------------------------------------
# analysis: WTA regions, storage aliasing, buffers
# ---------------------------------------------------------------------------------------------
@dataclass
class WtaInfo:
    op: int
    channels: int  # C: data element j belongs to channel j % C
    k: int
    positions: int
    materialize: bool  # some reader needs the losers as zero points
    in_place: bool  # output shares the input's storage
    last_use: int = -1  # last op that reads the winner list

    @property
    def identity(self) -> bool:
        """k == C: every channel wins; the op does nothing (its output is its input)."""
        return self.k == self.channels


@dataclass
class Analysis:
    graph: Graph
    wta: dict[int, WtaInfo]  # WTA op index -> info
    skip: dict[int, int]  # consumer op (conv/dw/fc/pool) -> WTA op whose winners it reads
    pool_fill: set[int]  # pools that must write zero-point losers into their output
    lazy: dict[int, int]  # tensor -> WTA op: only the winner channels hold valid data
    group: dict[int, int]  # tensor -> storage root tensor
    kind: dict[int, str]  # root tensor -> "input" | "arena" | "const"
    input_offset: dict[int, int]  # root tensor (graph input) -> byte offset in the input buffer
    requests: list[BufferRequest]
    plan: MemoryPlan
    layers: list[LayerInfo]

    def storage(self, t: int) -> tuple[str, int]:
        """("input", offset) | ("arena", offset) | ("const", tensor index) of tensor t."""
        r = self.group[t]
        kind = self.kind[r]
        if kind == "input":
            return "input", self.input_offset[r]
        if kind == "const":
            return "const", r
        return "arena", self.plan.offset(f"t{r}")

    def winner_mask(self, t: int, values: dict[int, np.ndarray]) -> np.ndarray | None:
        """For a lazy tensor: a boolean mask (flat, size of t) of its valid elements, from the
        reference intermediates `values` (the WTA's input). None if t is not lazy."""
        if t not in self.lazy:
            return None
        w = self.wta[self.lazy[t]]
        op = self.graph.ops[w.op]
        x = values[op.inputs[0]].astype(np.int64) - self.graph.tensor(op.inputs[0]).zp
        scores = x.reshape(-1, w.channels).sum(axis=0)
        win = np.zeros(w.channels, bool)
        order = np.argsort(-scores, kind="stable")[:w.k]
        win[order] = True
        return np.tile(win, self.graph.tensor(t).size // w.channels)

    def winners(self, wta_op: int, values: dict[int, np.ndarray]) -> np.ndarray:
        """The reference winner indices (ascending) of a WTA op."""
        w = self.wta[wta_op]
        op = self.graph.ops[wta_op]
        x = values[op.inputs[0]].astype(np.int64) - self.graph.tensor(op.inputs[0]).zp
        scores = x.reshape(-1, w.channels).sum(axis=0)
        return np.sort(np.argsort(-scores, kind="stable")[:w.k]).astype(np.uint16)


def _winner_scratch_size(g: Graph, op: Op, k: int) -> int:
    """Bytes of scratch a winner-reading op's kernel uses to compact the k winners' weights and
    input channels (dt_convolve_s8_get_winner_buffer_size); 0: the op reads winners in place."""
    if op.type != "CONV_2D" or k <= 0:
        return 0
    x, w = g.tensor(op.inputs[0]), g.tensor(op.inputs[1])
    n, h, wd = _extend(x.shape, 4)[:3]
    return (w.shape[0] * w.shape[1] * w.shape[2] * k + n * h * wd * k + 3) & ~3


def _check_graph(g: Graph) -> None:
    def fail(i, op, msg):
        raise UnsupportedModelError(f"op #{i} {op.type} ({op.name or '?'}): {msg}")

    if not g.inputs or not g.outputs:
        raise UnsupportedModelError("the graph has no inputs or no outputs")
    for ti in list(g.inputs) + list(g.outputs):
        t = g.tensor(ti)
        if t.dtype != "int8" or len(t.scale) != 1:
            raise UnsupportedModelError(f"model input/output {t.name!r} must be int8 with one scale, "
                                        f"got {t.dtype}")
    for i, op in enumerate(g.ops):
        if op.type not in SUPPORTED:
            fail(i, op, f"not supported by the code generator; supported: {', '.join(SUPPORTED)}")
        for ti in op.outputs[:1] + [x for x in op.inputs[:1] if x >= 0]:
            t = g.tensor(ti)
            if t.dtype != "int8":
                fail(i, op, f"tensor {t.name!r} is {t.dtype}; only int8 activations are supported")
            if t.size >= 1 << 31:
                fail(i, op, f"tensor {t.name!r} is too large")
        if op.type in ("CONV_2D", "DEPTHWISE_CONV_2D", "FULLY_CONNECTED"):
            w = g.tensor(op.inputs[1])
            if w.data is None or w.dtype != "int8":
                fail(i, op, "weights must be constant int8")
            if len(op.inputs) > 2 and op.inputs[2] >= 0:
                b = g.tensor(op.inputs[2])
                if b.data is None or b.dtype != "int32":
                    fail(i, op, "bias must be constant int32")
        if op.type in ("CONV_2D", "DEPTHWISE_CONV_2D", "AVERAGE_POOL_2D", "MAX_POOL_2D"):
            if len(g.tensor(op.inputs[0]).shape) != 4:
                fail(i, op, "input must be 4-D NHWC")
        if op.type in ("ADD", "MUL", "PAD", "MEAN", "CONCATENATION") and any(
                len(g.tensor(x).shape) > MAX_DIMS for x in op.inputs if x >= 0):
            fail(i, op, f"more than {MAX_DIMS} dimensions")
        if op.type in ("WTA_CHANNEL", "WTA_DENSE"):
            x = g.tensor(op.inputs[0])
            if not x.shape or x.shape[0] != 1:
                fail(i, op, f"WTA needs a batch of 1, got shape {x.shape}")
            c = _wta_channels(g, op)
            if c > 65536:
                fail(i, op, f"{c} channels; at most 65536 are supported")
            if not 0 <= int(op.options["k"]) <= c:
                fail(i, op, f"k={op.options['k']} is not in [0, {c}]")


def _wta_channels(g: Graph, op: Op) -> int:
    x = g.tensor(op.inputs[0])
    if op.type == "WTA_CHANNEL":
        return x.shape[-1]
    return x.size // x.shape[0]


def analyze(g: Graph) -> Analysis:
    """Decide WTA skipping, lazy/materialized WTA outputs, storage sharing and the memory plan."""
    _check_graph(g)
    n_ops = len(g.ops)
    consumers = g.consumers()
    outputs = set(g.outputs)
    inputs = set(g.inputs)

    # ---- WTA regions ---------------------------------------------------------------------
    wta: dict[int, WtaInfo] = {}
    skip: dict[int, int] = {}
    pool_fill: set[int] = set()
    lazy: dict[int, int] = {}
    for wi, op in enumerate(g.ops):
        if op.type not in ("WTA_CHANNEL", "WTA_DENSE"):
            continue
        x = g.tensor(op.inputs[0])
        c = _wta_channels(g, op)
        info = WtaInfo(wi, c, int(op.options["k"]), x.size // c, False, False)
        wta[wi] = info
        if info.identity:
            continue  # every channel wins: the op is the identity, nothing to skip
        kind: dict[int, str] = {}  # region tensor -> "wta" | "pool" | "reshape"
        parent: dict[int, int] = {}  # reshape output -> reshape input
        order: list[int] = []  # region tensors in discovery order
        other: dict[int, bool] = {}  # region tensor has a reader that needs full data

        def visit(t: int, how: str, src: int | None = None):
            kind[t] = how
            if src is not None:
                parent[t] = src
            order.append(t)
            other[t] = t in outputs
            for ci in consumers.get(t, []):
                cop = g.ops[ci]
                slots = [s for s, v in enumerate(cop.inputs) if v == t]
                tt = g.tensor(t)
                if slots == [0] and cop.type in ("CONV_2D", "DEPTHWISE_CONV_2D") and \
                        len(tt.shape) == 4 and tt.shape[-1] == c:
                    skip[ci] = wi
                elif slots == [0] and cop.type == "FULLY_CONNECTED" and \
                        g.tensor(cop.inputs[1]).shape[1] % c == 0:
                    skip[ci] = wi
                elif slots == [0] and cop.type in POOLS and len(tt.shape) == 4 and tt.shape[-1] == c:
                    skip[ci] = wi
                    visit(cop.outputs[0], "pool")
                elif slots == [0] and cop.type == "RESHAPE":
                    visit(cop.outputs[0], "reshape", t)
                else:
                    other[t] = True

        visit(op.outputs[0], "wta")
        # needs_full: a reader needs the losers; a reshape shares storage with its input.
        needs = dict(other)
        for t in reversed(order):  # children come after parents in `order`
            if kind[t] == "reshape" and needs[t]:
                needs[parent[t]] = True
        full: dict[int, bool] = {}
        for t in order:
            if kind[t] == "reshape":
                full[t] = full[parent[t]]
            else:
                full[t] = needs[t]
            if not full[t]:
                lazy[t] = wi
        info.materialize = full[op.outputs[0]]
        for ci, w in skip.items():
            if w == wi and g.ops[ci].type in POOLS and full[g.ops[ci].outputs[0]]:
                pool_fill.add(ci)
        users = [ci for ci, w in skip.items() if w == wi]
        info.last_use = max([wi] + users)

    # ---- storage groups (union of tensors sharing one buffer) ---------------------------------
    root: dict[int, int] = {}

    def find(t: int) -> int:
        while root.get(t, t) != t:
            t = root[t]
        return t

    members: dict[int, list[int]] = {}

    def union(child: int, r: int):
        r = find(r)
        root[child] = r
        members.setdefault(r, [r]).append(child)

    def group_last_use(r: int) -> int:
        last = -1
        for t in members.get(r, [r]):
            if t in outputs:
                return NEVER
            last = max([last] + consumers.get(t, []))
        return last

    def writable(r: int) -> bool:
        return r not in inputs and g.tensor(r).data is None

    for i, op in enumerate(g.ops):
        y = op.outputs[0]
        if op.type == "RESHAPE":
            union(y, op.inputs[0])
        elif op.type in ("WTA_CHANNEL", "WTA_DENSE"):
            info = wta[i]
            r = find(op.inputs[0])
            if not info.materialize:
                union(y, r)
                info.in_place = True
            elif writable(r) and group_last_use(r) == i:
                union(y, r)
                info.in_place = True
        elif op.type in ("ADD", "MUL", "QUANTIZE"):
            ysize = g.tensor(y).size
            for s in range(len(op.inputs)):
                xi = op.inputs[s]
                r = find(xi)
                if xi >= 0 and writable(r) and g.tensor(xi).size == ysize and \
                        group_last_use(r) == i and y not in outputs:
                    union(y, r)
                    break

    group = {}
    for ti in range(len(g.tensors)):
        group[ti] = find(ti)
    kind_of: dict[int, str] = {}
    input_offset: dict[int, int] = {}
    off = 0
    for ti in g.inputs:
        input_offset[ti] = off
        off += g.tensor(ti).size
    for ti in range(len(g.tensors)):
        r = group[ti]
        if r in inputs:
            kind_of[r] = "input"
        elif g.tensor(r).data is not None:
            kind_of[r] = "const"
        else:
            kind_of.setdefault(r, "arena")

    # ---- buffer requests -------------------------------------------------------------------
    producers = g.producers()
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    for ti in range(len(g.tensors)):
        r = group[ti]
        if kind_of[r] != "arena" or (ti not in producers and ti not in consumers and ti not in outputs):
            continue
        p = producers.get(ti)
        if p is None:
            raise DasnetError(f"tensor {g.tensor(ti).name!r} is read but never written")
        uses = consumers.get(ti, [])
        lu = n_ops if ti in outputs else max(uses + [p])
        first[r] = min(first.get(r, p), p)
        last[r] = max(last.get(r, lu), lu)
    requests = []
    for r in sorted(first):
        names = [_short_name(g, t) for t in sorted(members.get(r, [r]))]
        requests.append(BufferRequest(f"t{r}", g.tensor(r).size, first[r], last[r], "tensor",
                                      tuple(sorted(members.get(r, [r]))), ", ".join(names)))
    for wi, info in wta.items():
        if info.identity:
            continue
        name = g.ops[wi].name or f"op{wi}"
        requests.append(BufferRequest(f"scores{wi}", 4 * info.channels, wi, wi, "scratch",
                                      label=f"WTA scores of op {wi} ({name})"))
        requests.append(BufferRequest(f"winners{wi}", 2 * info.k, wi, info.last_use, "winners",
                                      label=f"WTA winner list of op {wi} ({name})"))
    for ci, wi in sorted(skip.items()):
        size = _winner_scratch_size(g, g.ops[ci], wta[wi].k)
        if size:
            name = g.ops[ci].name or f"op{ci}"
            requests.append(BufferRequest(f"compact{ci}", size, ci, ci, "scratch",
                                          label=f"compacted winner weights + input of op {ci} ({name})"))
    plan = plan_memory(requests)

    layers = _layer_infos(g, wta, skip)
    return Analysis(g, wta, skip, pool_fill, lazy, group, kind_of, input_offset, requests, plan, layers)


def _short_name(g: Graph, t: int, width: int = 40) -> str:
    """t<index> and the first part of the tensor name (TFLite names can be very long)."""
    nm = (g.tensor(t).name or "").split(";")[0]
    if len(nm) > width:
        nm = "..." + nm[-(width - 3):]
    return f"t{t} {nm}".rstrip()


def _layer_infos(g: Graph, wta: dict[int, WtaInfo], skip: dict[int, int]) -> list[LayerInfo]:
    out = []
    for i, op in enumerate(g.ops):
        x = g.tensor(op.inputs[0]) if op.inputs and op.inputs[0] >= 0 else None
        y = g.tensor(op.outputs[0])
        macs = dense_macs(g, op)
        kept = macs
        note = ""
        if i in skip:
            w = wta[skip[i]]
            kept = macs * w.k // w.channels
            note = f"reads {w.k}/{w.channels} winning channels (WTA op {w.op})"
        if i in wta and wta[i].identity:
            note = f"k={wta[i].k} of {wta[i].channels}: identity, no code"
        elif i in wta:
            w = wta[i]
            note = (f"k={w.k} of {w.channels}, "
                    + ("materialized" if w.materialize else "lazy") + (", in place" if w.in_place else ""))
        out.append(LayerInfo(i, op.type, op.name, x.shape if x is not None else (), y.shape, macs,
                             kept, note))
    return out


# ---------------------------------------------------------------------------------------------
# C emission helpers
# ---------------------------------------------------------------------------------------------
def _c_array(values: np.ndarray, per_line: int) -> str:
    flat = np.asarray(values).reshape(-1)
    if flat.size == 0:
        return "0"
    strs = [str(int(v)) for v in flat.tolist()]
    if flat.dtype == np.int32:
        strs = ["(-2147483647 - 1)" if v == "-2147483648" else v for v in strs]
    lines = [", ".join(strs[i:i + per_line]) for i in range(0, len(strs), per_line)]
    return ",\n    ".join(lines)


@dataclass
class ConstArray:
    symbol: str
    ctype: str  # "int8_t" | "int32_t"
    values: np.ndarray
    comment: str = ""

    @property
    def size(self) -> int:
        return int(np.asarray(self.values).size)

    @property
    def nbytes(self) -> int:
        return self.size * (1 if self.ctype == "int8_t" else 4)

    @property
    def body(self) -> str:
        return _c_array(self.values, 24 if self.ctype == "int8_t" else 8)


def _float_literal(v: float) -> str:
    r = repr(float(np.float32(v)))
    if "e" not in r and "." not in r and "inf" not in r and "nan" not in r:
        r += ".0"
    return r + "f"


def _extend(shape, n=MAX_DIMS) -> list[int]:
    shape = list(shape)
    return [1] * (n - len(shape)) + shape


def _broadcast(out_shape, a_shape, b_shape) -> dict:
    """6-D broadcast strides (in elements) for a binary op, with collapsed dimensions."""
    od = _extend(out_shape)
    dims, s1, s2 = [], [], []
    for ish, strides in ((a_shape, s1), (b_shape, s2)):
        e = _extend(ish)
        st = [0] * MAX_DIMS
        acc = 1
        for d in range(MAX_DIMS - 1, -1, -1):
            st[d] = 0 if (e[d] == 1 and od[d] != 1) else acc
            acc *= e[d]
        strides.extend(st)
    # drop size-1 dims, merge adjacent dims with compatible strides
    ds = [(od[d], s1[d], s2[d]) for d in range(MAX_DIMS) if od[d] != 1]
    merged: list[list[int]] = []
    for dim, a, b in ds:
        if merged:
            pd, pa, pb = merged[-1]
            if pa == a * dim and pb == b * dim:
                merged[-1] = [pd * dim, a, b]
                continue
        merged.append([dim, a, b])
    merged = [[1, 0, 0]] * (MAX_DIMS - len(merged)) + merged
    dims = [m[0] for m in merged]
    return {"dims": dims, "s1": [m[1] for m in merged], "s2": [m[2] for m in merged]}


class _Emitter:
    """Builds the per-layer template contexts and the constant arrays."""

    def __init__(self, g: Graph, a: Analysis, name: str):
        self.g, self.a, self.name = g, a, name
        self.consts: list[ConstArray] = []
        self.const_tensors: dict[int, str] = {}

    def const(self, suffix: str, ctype: str, values, comment: str = "") -> str:
        sym = f"{self.name}_{suffix}"
        self.consts.append(ConstArray(sym, ctype, np.asarray(values), comment))
        return sym

    def ptr(self, t: int) -> str:
        """C expression of tensor t's data (const int8_t * / int8_t *)."""
        kind, where = self.a.storage(t)
        if kind == "input":
            return f"(input + {where})"
        if kind == "const":
            if where not in self.const_tensors:
                tt = self.g.tensor(where)
                if tt.dtype != "int8":
                    raise UnsupportedModelError(f"constant tensor {tt.name!r} is {tt.dtype}; only int8 "
                                                "constants can be op inputs")
                self.const_tensors[where] = self.const(f"t{where}", "int8_t", tt.data,
                                                       f"constant tensor {tt.name}")
            return self.const_tensors[where]
        return f"(arena + {where})"

    def out_ptr(self, t: int) -> str:
        kind, where = self.a.storage(t)
        assert kind == "arena", (t, kind)
        return f"(arena + {where})"

    def winners(self, wi: int) -> dict:
        w = self.a.wta[wi]
        return {"offset": self.a.plan.offset(f"winners{wi}"), "count": w.k, "channels": w.channels}

    def scratch(self, i: int) -> dict | None:
        for r in self.a.requests:
            if r.name == f"compact{i}":
                return {"offset": self.a.plan.offset(r.name), "size": r.size}
        return None

    @staticmethod
    def dims(shape) -> str:
        s = _extend(shape, 4)
        return "{" + ", ".join(str(v) for v in s) + "}"

    def layer(self, i: int, op: Op) -> dict:
        g, a = self.g, self.a
        x = g.tensor(op.inputs[0]) if op.inputs[0] >= 0 else None
        y = g.tensor(op.outputs[0])
        o = op.options
        ctx: dict = {"index": i, "type": op.type, "name": op.name.replace("*/", "* /"),
                     "in_shape": _fmt_shape(x.shape) if x is not None else "",
                     "out_shape": _fmt_shape(y.shape), "note": a.layers[i].note,
                     "out": self.out_ptr(op.outputs[0]) if op.type not in ("RESHAPE",) and
                     not (op.type in ("WTA_CHANNEL", "WTA_DENSE") and not a.wta[i].materialize) else None,
                     "dump": self.ptr(op.outputs[0]), "dump_tensor": op.outputs[0], "dump_size": y.size,
                     "in": self.ptr(op.inputs[0]) if op.inputs[0] >= 0 else None,
                     "channels": self.winners(a.skip[i]) if i in a.skip else None, "fill": None,
                     "scratch": self.scratch(i)}
        p = f"l{i}"
        t = op.type
        if t in ("CONV_2D", "DEPTHWISE_CONV_2D", "FULLY_CONNECTED"):
            w = g.tensor(op.inputs[1])
            prm = Q.conv_params(g, op)
            ctx["filter"] = self.const(f"{p}_filter", "int8_t", w.data, f"{t} weights {w.shape}")
            b = op.inputs[2] if len(op.inputs) > 2 else -1
            ctx["bias"] = self.const(f"{p}_bias", "int32_t", g.tensor(b).data.astype(np.int32),
                                     "bias") if b >= 0 else "NULL"
            ctx["mult"] = self.const(f"{p}_multiplier", "int32_t", prm.multiplier, "requantization multipliers")
            ctx["shift"] = self.const(f"{p}_shift", "int32_t", prm.shift, "requantization shifts")
            ctx["input_offset"], ctx["output_offset"] = -x.zp, y.zp
            ctx["act_min"], ctx["act_max"] = o["act_min"], o["act_max"]
            if t == "FULLY_CONNECTED":
                depth = w.shape[1]
                rows = x.size // depth
                if rows * depth != x.size or y.size != rows * w.shape[0]:
                    raise UnsupportedModelError(f"op #{i} FULLY_CONNECTED: input {x.shape}, weights "
                                                f"{w.shape} and output {y.shape} do not agree")
                ctx["in_dims"] = f"{{{rows}, 1, 1, {depth}}}"
                ctx["filter_dims"] = f"{{{w.shape[0]}, 1, 1, {depth}}}"
                ctx["out_dims"] = f"{{{rows}, 1, 1, {w.shape[0]}}}"
            else:
                ctx["in_dims"], ctx["out_dims"] = self.dims(x.shape), self.dims(y.shape)
                ctx["filter_dims"] = self.dims(w.shape)
                ctx.update(stride=(o["stride_h"], o["stride_w"]), pad=(o["pad_h"], o["pad_w"]),
                           dilation=(o.get("dilation_h", 1), o.get("dilation_w", 1)))
                if t == "DEPTHWISE_CONV_2D":
                    ctx["ch_mult"] = int(o["depth_multiplier"])
                    if y.shape[3] != x.shape[3] * ctx["ch_mult"] or w.shape[3] != y.shape[3]:
                        raise UnsupportedModelError(f"op #{i} DEPTHWISE_CONV_2D: channel counts "
                                                    f"{x.shape} x{ctx['ch_mult']} -> {y.shape} disagree")
                elif w.shape[3] != x.shape[3]:
                    raise UnsupportedModelError(f"op #{i} CONV_2D: grouped convolution is not supported")
        elif t in POOLS:
            ctx["in_dims"], ctx["out_dims"] = self.dims(x.shape), self.dims(y.shape)
            ctx["filter_dims"] = f"{{1, {o['filter_h']}, {o['filter_w']}, 1}}"
            ctx.update(stride=(o["stride_h"], o["stride_w"]), pad=(o["pad_h"], o["pad_w"]),
                       act_min=o["act_min"], act_max=o["act_max"])
            if x.scale != y.scale or x.zero_point != y.zero_point:
                raise UnsupportedModelError(f"op #{i} {t}: input and output quantization differ")
            if i in a.pool_fill:
                ctx["fill"] = {"value": min(max(y.zp, o["act_min"]), o["act_max"]),
                               "positions": y.size // x.shape[3]}
        elif t in ("ADD", "MUL"):
            bt = g.tensor(op.inputs[1])
            ctx["in2"] = self.ptr(op.inputs[1])
            bshape = np.broadcast_shapes(x.shape, bt.shape)
            if tuple(bshape) != tuple(y.shape) and int(np.prod(bshape)) != y.size:
                raise UnsupportedModelError(f"op #{i} {t}: {x.shape} and {bt.shape} do not broadcast "
                                            f"to {y.shape}")
            ctx["bc"] = _broadcast(bshape, x.shape, bt.shape)
            ctx["act_min"], ctx["act_max"] = o["act_min"], o["act_max"]
            if t == "ADD":
                ap = Q.add_params(g, op)
                ctx["add"] = dict(in1_off=-x.zp, in1_mult=ap.input1_multiplier, in1_shift=ap.input1_shift,
                                  in2_off=-bt.zp, in2_mult=ap.input2_multiplier, in2_shift=ap.input2_shift,
                                  left_shift=ap.left_shift, out_off=y.zp, out_mult=ap.output_multiplier,
                                  out_shift=ap.output_shift)
            else:
                m, s = Q.mul_params(g, op)
                ctx["mul"] = dict(in1_off=-x.zp, in2_off=-bt.zp, out_off=y.zp, out_mult=m, out_shift=s)
        elif t == "SOFTMAX":
            sp = Q.softmax_params(g, op)
            ctx.update(rows=x.size // x.shape[-1], row_size=x.shape[-1], mult=sp.input_multiplier,
                       shift=sp.input_left_shift, diff_min=sp.diff_min)
        elif t == "PAD":
            pads = [list(map(int, pp)) for pp in o["paddings"]]
            if len(pads) != len(x.shape):
                raise UnsupportedModelError(f"op #{i} PAD: {len(pads)} paddings for a rank-{len(x.shape)} input")
            pads = [[0, 0]] * (MAX_DIMS - len(pads)) + pads
            ctx.update(dims=_extend(x.shape), before=[pp[0] for pp in pads],
                       after=[pp[1] for pp in pads], pad_value=y.zp)
        elif t == "MEAN":
            m, s, _ = Q.mean_params(g, op)
            rank = len(x.shape)
            axes = set(o["axes"])
            ctx.update(dims=_extend(x.shape),
                       reduce=[0] * (MAX_DIMS - rank) + [1 if d in axes else 0 for d in range(rank)],
                       input_offset=-x.zp, output_offset=y.zp, mult=m, shift=s)
        elif t == "CONCATENATION":
            axis = int(o["axis"])
            outer = int(np.prod(y.shape[:axis], dtype=np.int64))
            ins = [g.tensor(v) for v in op.inputs]
            for v in ins:
                if v.scale != y.scale or v.zero_point != y.zero_point:
                    raise UnsupportedModelError(f"op #{i} CONCATENATION: input {v.name!r} quantization "
                                                "differs from the output's (TFLite Micro requires them equal)")
            ctx.update(outer=outer, ins=[self.ptr(v) for v in op.inputs],
                       inner=[int(np.prod(v.shape[axis:], dtype=np.int64)) for v in ins])
        elif t == "QUANTIZE":
            m, s = Q.requantize_params(g, op)
            ctx.update(size=x.size, input_offset=-x.zp, output_offset=y.zp, mult=m, shift=s)
        elif t in ("WTA_CHANNEL", "WTA_DENSE"):
            w = a.wta[i]
            ctx.update(positions=w.positions, channels_n=w.channels, k=w.k, input_offset=-x.zp,
                       zp=x.zp, materialize=w.materialize, in_place=w.in_place, identity=w.identity)
            if not w.identity:
                ctx.update(scores=a.plan.offset(f"scores{i}"), scores_size=4 * w.channels,
                           win=self.winners(i))
            if x.scale != y.scale or x.zero_point != y.zero_point:
                raise UnsupportedModelError(f"op #{i} {t}: output quantization must equal the input's")
        return ctx


def _jinja_env():
    import jinja2

    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATE_DIR)),
                              undefined=jinja2.StrictUndefined, keep_trailing_newline=True,
                              trim_blocks=True, lstrip_blocks=True)


def _tensor_info(g: Graph, ti: int, offset: int) -> dict:
    t = g.tensor(ti)
    return {"name": t.name, "shape": list(t.shape), "size": t.size, "offset": offset,
            "scale": float(t.scale[0]), "scale_c": _float_literal(t.scale[0]), "zero_point": t.zp}


# ---------------------------------------------------------------------------------------------
# the public entry point
# ---------------------------------------------------------------------------------------------
def generate(graph: Graph, out_dir, target: str = "portable", name: str | None = None,
             verbose: bool = False) -> GenerateResult:
    """Write the C code of `graph` into `out_dir` (created if needed) and return what was made.

    target: "portable" or a Cortex-M core name (dasnet_tiny.targets): selects the kernel variants.
    name: C identifier prefix (default: the graph name). verbose: print `report()`.
    """
    target = get_target(target).name
    if name is not None and (not name.isidentifier() or not name.isascii()):
        raise DasnetError(f"--name {name!r} is not a C identifier (letters, digits, _; not starting "
                          "with a digit)")
    name = c_identifier(name or graph.name or "model")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)

    a = analyze(graph)
    em = _Emitter(graph, a, name)
    layers = [em.layer(i, op) for i, op in enumerate(graph.ops)]

    # inputs/outputs
    ins, off = [], 0
    for ti in graph.inputs:
        ins.append(_tensor_info(graph, ti, off))
        off += graph.tensor(ti).size
    input_size = off
    outs, off = [], 0
    for ti in graph.outputs:
        d = _tensor_info(graph, ti, off)
        d["src"] = em.ptr(ti)
        outs.append(d)
        off += graph.tensor(ti).size
    output_size = off

    kernels = sorted({k for i, op in enumerate(graph.ops) for k in KERNELS[op.type]
                      if not (i in a.wta and a.wta[i].identity)} |
                     ({FILL_KERNEL} if any(w.materialize for w in a.wta.values()) or a.pool_fill else set()))

    plan_rows = []
    for p in sorted(a.plan.placements, key=lambda p: (p.offset, p.request.first)):
        r = p.request
        label = r.title
        plan_rows.append({"offset": p.offset, "size": r.size, "first": r.first, "last": r.last,
                          "kind": r.kind, "label": label.replace("*/", "* /")})

    env = _jinja_env()
    ctx = dict(name=name, NAME=name, target=target, layers=layers, consts=em.consts,
               inputs=ins, outputs=outs, input_size=input_size, output_size=output_size,
               arena_size=a.plan.arena_size, num_layers=len(graph.ops), plan_rows=plan_rows,
               lower_bound=a.plan.lower_bound, source=str(graph.metadata.get("source", "")),
               macs_dense=sum(lay.macs_dense for lay in a.layers),
               macs_skipped=sum(lay.macs_skipped for lay in a.layers))
    header = out / f"{name}.h"
    source = out / f"{name}.c"
    weights = out / f"{name}_weights.c"
    header.write_text(env.get_template("model.h.j2").render(**ctx))
    source.write_text(env.get_template("model.c.j2").render(**ctx))
    weights.write_text(env.get_template("model_weights.c.j2").render(**ctx))

    # kernels: exactly the ones this model needs (remove stale dt_* files of an earlier model)
    tgt = get_target(target)
    extras = {f.name: f for f in tgt.variant_extras()}
    wanted = set(COMMON_KERNEL_FILES) | set(kernels) | set(extras)
    for f in out.glob("dt_*"):
        if f.is_file() and f.name not in wanted and (KERNEL_DIR / f.name).exists():
            f.unlink()
    for k in sorted(wanted):
        shutil.copyfile(extras.get(k) or tgt.kernel_source(k), out / k)

    sources = sorted([source, weights] + [out / k for k in wanted if k.endswith(".c")])
    weights_bytes = sum(c.nbytes for c in em.consts)
    result = GenerateResult(name=name, target=target, out_dir=out, header=header, source=source,
                            weights=weights, manifest=out / "manifest.json", sources=sources,
                            kernels=sorted(k for k in wanted if k.endswith(".c")),
                            arena_size=a.plan.arena_size, plan=a.plan, layers=a.layers,
                            input_size=input_size, output_size=output_size,
                            weights_bytes=weights_bytes, analysis=a)
    manifest = {
        "name": name,
        "target": target,
        "sources": [p.name for p in sources],
        "headers": sorted([header.name] + [k for k in wanted if k.endswith(".h")]),
        "input_size": input_size,
        "output_size": output_size,
        "arena_size": a.plan.arena_size,
        "num_layers": len(graph.ops),
        "layers": [{"index": lay.index, "type": lay.type, "name": lay.name,
                    "macs_dense": lay.macs_dense, "macs_skipped": lay.macs_skipped}
                   for lay in a.layers],
        "input": _manifest_tensor(ins[0]),
        "inputs": [_manifest_tensor(d) for d in ins],
        "outputs": [_manifest_tensor(d) for d in outs],
        "macs_dense": result.macs_dense,
        "macs_skipped": result.macs_skipped,
        "const_bytes": weights_bytes,
        "memory_plan": [{"buffer": r["label"], "kind": r["kind"], "offset": r["offset"],
                         "size": r["size"], "first_op": r["first"], "last_op": r["last"]}
                        for r in plan_rows],
        "wta": [{"op": w.op, "channels": w.channels, "k": w.k, "materialized": w.materialize,
                 "in_place": w.in_place, "consumers": sorted(c for c, v in a.skip.items() if v == w.op)}
                for w in a.wta.values()],
    }
    result.manifest.write_text(json.dumps(manifest, indent=2) + "\n")
    if verbose:
        print(result.report())
    return result


def _manifest_tensor(d: dict) -> dict:
    return {"name": d["name"], "shape": d["shape"], "scale": d["scale"], "zero_point": d["zero_point"],
            "offset": d["offset"], "size": d["size"]}
