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

import hashlib
import json
import math
import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from . import quant as Q
from .errors import DasnetError, UnsupportedModelError
from .ir import Graph, Op, Tensor
from .summary import dense_macs
from .util import (atomic_write, c_comment_text, check_c_identifier, protected_output,
                   safe_c_identifier)
from .wta import (WtaInfo, analyze_wta, channel_scores, winner_mask, winners,
                  wta_channels)
from .ops import OPS
from .ops.base import broadcast as _broadcast, extend as _extend
from .scratch import scratch_bytes
from .memory_plan import BufferRequest, MemoryPlan, align_up, plan_memory

from .resources import KERNEL_DIR, TEMPLATE_DIR
from .targets import TARGETS as _TARGET_TABLE, get_target

TARGETS = tuple(_TARGET_TABLE)

SUPPORTED = tuple(OPS)
# Kernel source files per op type (dt_nn.h, dt_nn_support.h/.c always come along).
KERNELS = {t: list(d.kernels) for t, d in OPS.items()}
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
        scores = channel_scores(values[op.inputs[0]], self.graph.tensor(op.inputs[0]).zp, w.channels)
        return np.tile(winner_mask(scores, w.k), self.graph.tensor(t).size // w.channels)

    def winners(self, wta_op: int, values: dict[int, np.ndarray]) -> np.ndarray:
        """The reference winner indices (ascending) of a WTA op."""
        w = self.wta[wta_op]
        op = self.graph.ops[wta_op]
        return winners(values[op.inputs[0]], self.graph.tensor(op.inputs[0]).zp, w.channels, w.k)


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


_wta_channels = wta_channels


def analyze(g: Graph, target: str = "portable") -> Analysis:
    """Decide WTA skipping, lazy/materialized WTA outputs, storage sharing and the memory plan."""
    _check_graph(g)
    _check_c_limits(g)
    n_ops = len(g.ops)
    consumers = g.consumers()
    outputs = set(g.outputs)
    inputs = set(g.inputs)

    # ---- WTA regions (the one analysis: dasnet_tiny.wta) ------------------------------------
    wa = analyze_wta(g)
    wta, skip, pool_fill, lazy = wa.wta, wa.skip, wa.pool_fill, wa.lazy

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
    for ci, op in enumerate(g.ops):
        size = scratch_bytes(g, op, target, wta[skip[ci]].k if ci in skip else None)
        if size:
            name = g.ops[ci].name or f"op{ci}"
            what = "compacted winner weights + input" if ci in skip else "kernel scratch"
            requests.append(BufferRequest(f"compact{ci}", size, ci, ci, "scratch",
                                          label=f"{what} of op {ci} ({name})"))
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
                                                       f"constant tensor {c_comment_text(tt.name, 60)}")
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
        ctx: dict = {"index": i, "type": op.type, "name": c_comment_text(op.name or "", 60),
                     "in_shape": _fmt_shape(x.shape) if x is not None else "",
                     "out_shape": _fmt_shape(y.shape), "note": a.layers[i].note,
                     "out": self.out_ptr(op.outputs[0]) if op.type not in ("RESHAPE",) and
                     not (op.type in ("WTA_CHANNEL", "WTA_DENSE") and not a.wta[i].materialize) else None,
                     "dump": self.ptr(op.outputs[0]), "dump_tensor": op.outputs[0], "dump_size": y.size,
                     "in": self.ptr(op.inputs[0]) if op.inputs[0] >= 0 else None,
                     "channels": self.winners(a.skip[i]) if i in a.skip else None, "fill": None,
                     "scratch": self.scratch(i)}
        OPS[op.type].emit(self, i, op, ctx)
        return ctx


def _jinja_env():
    import jinja2

    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATE_DIR)),
                              undefined=jinja2.StrictUndefined, keep_trailing_newline=True,
                              trim_blocks=True, lstrip_blocks=True)


def _tensor_info(g: Graph, ti: int, offset: int) -> dict:
    t = g.tensor(ti)
    return {"name": t.name, "name_c": c_comment_text(t.name or "", 60), "shape": list(t.shape), "size": t.size, "offset": offset,
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
    name = check_c_identifier(name) if name is not None else safe_c_identifier(graph.name or "model")
    out = Path(out_dir)
    previous = check_output_dir(out)

    a = analyze(graph, target)
    em = _Emitter(graph, a, name)
    layers = []
    for i, op in enumerate(graph.ops):
        try:
            layers.append(em.layer(i, op))
        except (AssertionError, ArithmeticError, ValueError, KeyError, IndexError, TypeError) as e:
            raise _param_error(i, op, e) from None

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
                          "kind": r.kind, "label": c_comment_text(label, 100), "title": label})

    env = _jinja_env()
    calls = {t: env.from_string('{% import "layer_common.c.j2" as C %}' + OPS[t].call)
             for t in {op.type for op in graph.ops}}
    for lay in layers:  # each op's own C call template (dasnet_tiny.ops)
        lay["call"] = calls[lay["type"]].render(l=lay, name=name)
    ctx = dict(name=name, NAME=name, target=target, layers=layers, consts=em.consts,
               inputs=ins, outputs=outs, input_size=input_size, output_size=output_size,
               arena_size=a.plan.arena_size, num_layers=len(graph.ops), plan_rows=plan_rows,
               lower_bound=a.plan.lower_bound,
               source=c_comment_text(graph.metadata.get("source", ""), 120),
               macs_dense=sum(lay.macs_dense for lay in a.layers),
               macs_skipped=sum(lay.macs_skipped for lay in a.layers))
    header = out / f"{name}.h"
    source = out / f"{name}.c"
    weights = out / f"{name}_weights.c"
    # Everything is rendered and read before the first write (a failure leaves the folder as it
    # was); files of an earlier generation that this one does not need are removed afterwards.
    contents: dict[str, bytes] = {
        header.name: env.get_template("model.h.j2").render(**ctx).encode(),
        source.name: env.get_template("model.c.j2").render(**ctx).encode(),
        weights.name: env.get_template("model_weights.c.j2").render(**ctx).encode(),
    }

    # kernels: exactly the ones this model needs
    tgt = get_target(target)
    extras = {f.name: f for f in tgt.variant_extras()}
    wanted = set(COMMON_KERNEL_FILES) | set(kernels) | set(extras)
    for k in sorted(wanted):
        contents[k] = Path(extras.get(k) or tgt.kernel_source(k)).read_bytes()

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
        "memory_plan": [{"buffer": r["title"], "kind": r["kind"], "offset": r["offset"],
                         "size": r["size"], "first_op": r["first"], "last_op": r["last"]}
                        for r in plan_rows],
        "wta": [{"op": w.op, "channels": w.channels, "k": w.k, "materialized": w.materialize,
                 "in_place": w.in_place, "consumers": sorted(c for c, v in a.skip.items() if v == w.op)}
                for w in a.wta.values()],
    }
    manifest["generator"] = GENERATOR
    manifest["files"] = {n: hashlib.sha256(b).hexdigest() for n, b in sorted(contents.items())}
    contents["manifest.json"] = (json.dumps(manifest, indent=2) + "\n").encode()
    _write_folder(out, contents, previous)
    if verbose:
        print(result.report())
    return result


def _manifest_tensor(d: dict) -> dict:
    return {"name": d["name"], "shape": d["shape"], "scale": d["scale"], "zero_point": d["zero_point"],
            "offset": d["offset"], "size": d["size"]}


# ---------------------------------------------------------------------------------------------
# the output folder: only new, empty, or made by dasnet-tiny; nothing lost
# ---------------------------------------------------------------------------------------------
GENERATOR = "dasnet-tiny"


def check_output_dir(out) -> dict | None:
    """Refuse (one-line DasnetError) a folder `generate` must not write into; returns the previous
    manifest of a folder dasnet-tiny generated earlier (None for a new or empty folder).

    Allowed: a folder that does not exist yet (it must be creatable), an empty folder, or one whose
    manifest.json says {"generator": "dasnet-tiny"}. Never inside the package or at the root of
    the dasnet-tiny source tree."""
    out = Path(out).expanduser()
    why = protected_output(out)
    if why:
        raise DasnetError(f"output folder {out}: refusing to write there: {why}; choose another folder")
    if out.exists() and not out.is_dir():
        raise DasnetError(f"output folder {out}: exists and is not a folder")
    if not out.exists():
        anc = out.absolute()
        while not anc.exists() and not anc.is_symlink():
            anc = anc.parent
        if not anc.is_dir() or not os.access(anc, os.W_OK | os.X_OK):
            raise DasnetError(f"output folder {out}: cannot be created ({anc} is not a writable folder)")
        if any(len(os.fsencode(part)) > 255 for part in out.parts):
            raise DasnetError(f"output folder {str(out)[:60]}...: a folder name is longer than 255 bytes")
        return None
    if not os.access(out, os.W_OK | os.X_OK):
        raise DasnetError(f"output folder {out}: not writable")
    try:
        entries = list(out.iterdir())
    except OSError as e:
        raise DasnetError(f"output folder {out}: cannot be read ({e.strerror})") from None
    if not entries:
        return None
    m = out / "manifest.json"
    try:
        prev = json.loads(m.read_text()) if m.is_file() and not m.is_symlink() else None
    except (OSError, ValueError, UnicodeDecodeError):
        prev = None
    if not isinstance(prev, dict) or prev.get("generator") != GENERATOR:
        raise DasnetError(f"output folder {out}: is not empty and was not made by dasnet-tiny (no "
                          "manifest.json with \"generator\": \"dasnet-tiny\"); choose a new or empty folder")
    return prev


def _write_folder(out: Path, contents: dict[str, bytes], previous: dict | None) -> None:
    """Write `contents` (file name -> bytes) into `out` through temporary names and renames, the
    manifest last; then remove the files of the previous generation (listed in its manifest's
    "files" and unchanged since) that this one does not write. On a failure, the files this call
    created are removed again."""
    made_dir = not out.exists()
    created: list[Path] = []
    try:
        out.mkdir(parents=True, exist_ok=True)
        for fname in sorted(contents, key=lambda n: n == "manifest.json"):
            target = out / fname
            existed = target.exists() or target.is_symlink()
            atomic_write(target, contents[fname])
            if not existed:
                created.append(target)
    except OSError as e:
        for f in created:
            try:
                f.unlink()
            except OSError:
                pass
        if made_dir:
            try:
                out.rmdir()
            except OSError:
                pass
        raise DasnetError(f"output folder {out}: cannot write {e.filename or ''} ({e.strerror or e})") from None
    old = (previous or {}).get("files")
    if not isinstance(old, dict):
        return
    for fname, digest in old.items():
        if not isinstance(fname, str) or fname in contents or Path(fname).name != fname or \
                fname in ("", ".", ".."):
            continue
        f = out / fname
        try:
            if f.is_file() and not f.is_symlink() and \
                    hashlib.sha256(f.read_bytes()).hexdigest() == digest:
                f.unlink()
        except OSError:
            pass


# ---------------------------------------------------------------------------------------------
# several models in one folder
# ---------------------------------------------------------------------------------------------
@dataclass
class MultiResult:
    out_dir: Path
    target: str
    models: list[GenerateResult]  # paths in each point into out_dir
    kernels: list[str]

    def report(self) -> str:
        lines = [f"{len(self.models)} models (target {self.target}) -> {self.out_dir}"]
        for r in self.models:
            lines.append(f"  {r.name}: {r.name}.h / {r.name}.c / {r.name}_weights.c, arena "
                         f"{r.arena_size:,} B, const data {r.weights_bytes:,} B, "
                         f"{r.macs_dense:,} MACs")
        lines.append(f"  kernels (once, shared): {', '.join(self.kernels)}")
        return "\n".join(lines)


def generate_models(graphs: list[Graph], out_dir, target: str = "portable",
                    names: list[str | None] | None = None) -> MultiResult:
    """Write several models into one folder: each model's NAME.h/NAME.c/NAME_weights.c (every
    symbol under its own name) and the kernels they need, once. Link every .c of the folder."""
    import tempfile

    names = list(names) if names is not None else [None] * len(graphs)
    if len(names) != len(graphs):
        raise DasnetError("give one name per model")
    out = Path(out_dir)
    previous = check_output_dir(out)
    contents: dict[str, bytes] = {}
    results: list[GenerateResult] = []
    with tempfile.TemporaryDirectory(prefix="dasnet-gen-") as tmp:
        for i, (g, nm) in enumerate(zip(graphs, names)):
            r = generate(g, Path(tmp) / f"m{i}", target=target, name=nm)
            if any(r.name == o.name for o in results):
                raise DasnetError(f"two models are both called {r.name!r}; give them distinct names "
                                  "(rename a file or pass names)")
            for f in sorted(r.out_dir.iterdir()):
                if f.name == "manifest.json":
                    continue
                data = f.read_bytes()
                if f.name in contents and contents[f.name] != data:
                    raise DasnetError(f"{f.name}: two models need different versions of this file")
                contents[f.name] = data
            rebase = lambda p: out / Path(p).name  # noqa: E731
            r.manifest_data = json.loads((r.out_dir / "manifest.json").read_text())
            r.out_dir, r.header, r.source, r.weights = out, rebase(r.header), rebase(r.source), rebase(r.weights)
            r.manifest = out / "manifest.json"
            r.sources = [rebase(p) for p in r.sources]
            results.append(r)
    kernels = sorted(n for n in contents if n.startswith("dt_") and n.endswith(".c"))
    manifest = {
        "generator": GENERATOR,
        "target": get_target(target).name,
        "models": [{k: v for k, v in r.manifest_data.items() if k not in ("generator", "files")}
                   for r in results],
        "sources": sorted(n for n in contents if n.endswith(".c")),
        "headers": sorted(n for n in contents if n.endswith(".h")),
        "files": {n: hashlib.sha256(b).hexdigest() for n, b in sorted(contents.items())},
    }
    contents["manifest.json"] = (json.dumps(manifest, indent=2) + "\n").encode()
    _write_folder(out, contents, previous)
    return MultiResult(out, get_target(target).name, results, kernels)


# ---------------------------------------------------------------------------------------------
# limits that keep the generated C free of undefined behaviour and compiling with -Werror
# ---------------------------------------------------------------------------------------------
MAX_ACTIVATION = 1 << 23  # elements of one activation tensor: sums of 255 per element fit int32
MAX_SOFTMAX_ROW = 4095  # TFLite Micro's Q12.19 sum of exponentials holds at most 4095 ones
INT32_MAX = (1 << 31) - 1


def _check_c_limits(g: Graph) -> None:
    """`_check_c_values`, with malformed values (strings, None, ...) refused in one line too."""
    try:
        _check_c_values(g)
    except (TypeError, ValueError, OverflowError, AttributeError, KeyError, IndexError) as e:
        raise UnsupportedModelError(f"malformed graph: {type(e).__name__}: "
                                    f"{c_comment_text(str(e) or '-', 100)}") from None


def _check_c_values(g: Graph) -> None:
    """Refuse (UnsupportedModelError naming the op or tensor) what would make the generated C
    overflow int32 or not compile: int8 zero points outside [-128, 127], non-finite or non-positive
    scales, activations beyond MAX_ACTIVATION elements, weight ranks other than those of the op,
    per-channel counts that disagree, and conv/FC/depthwise weights whose worst-case dot product
    does not fit int32 (the bias is added with wrap-around, as the int32 reference does)."""
    def fail(i, op, msg):
        raise UnsupportedModelError(f"op #{i} {op.type} ({c_comment_text(op.name or '?', 40)}): {msg}")

    used = {t for op in g.ops for t in list(op.inputs) + list(op.outputs) if t >= 0}
    used |= set(g.inputs) | set(g.outputs)
    for ti in sorted(used):
        if not 0 <= ti < len(g.tensors):
            raise UnsupportedModelError(f"tensor index {ti} is out of range (the graph has "
                                        f"{len(g.tensors)} tensors)")
        t = g.tensor(ti)
        what = f"tensor #{ti} ({c_comment_text(t.name or '?', 40)})"
        if any((not isinstance(d, (int, np.integer))) or d < 1 for d in t.shape):
            raise UnsupportedModelError(f"{what}: invalid or empty shape {t.shape}")
        if t.dtype == "int8":
            zps = np.atleast_1d(np.asarray(t.zero_point, dtype=object))
            if any(not -128 <= int(z) <= 127 for z in zps):
                raise UnsupportedModelError(f"{what}: int8 zero point outside [-128, 127]")
            sc = np.atleast_1d(np.asarray(t.scale, dtype=np.float64))
            if sc.size == 0 or not np.all(np.isfinite(sc)) or not np.all(sc > 0):
                raise UnsupportedModelError(f"{what}: scale must be finite and > 0")
            if t.data is None and t.size > MAX_ACTIVATION:
                raise UnsupportedModelError(f"{what}: {t.size:,} elements; activations of at most "
                                            f"{MAX_ACTIVATION:,} elements are supported")
    for i, op in enumerate(g.ops):
        o = op.options
        for key in ("act_min", "act_max", "stride_h", "stride_w", "dilation_h", "dilation_w", "filter_h",
                    "filter_w", "depth_multiplier", "pad_h", "pad_w", "k", "axis"):
            if key in o and (isinstance(o[key], bool) or not isinstance(o[key], (int, np.integer))):
                fail(i, op, f"option {key} is not an integer")
        for key in ("act_min", "act_max"):
            if key in o and not -128 <= int(o[key]) <= 127:
                fail(i, op, f"{key} {o[key]} is outside the int8 range")
        if "act_min" in o and "act_max" in o and int(o["act_min"]) > int(o["act_max"]):
            fail(i, op, "empty activation range")
        for key in ("stride_h", "stride_w", "dilation_h", "dilation_w", "filter_h", "filter_w",
                    "depth_multiplier"):
            if key in o and not 1 <= int(o[key]) <= 1 << 16:
                fail(i, op, f"{key} {o[key]} is outside [1, 65536]")
        for key in ("pad_h", "pad_w"):
            if key in o and not 0 <= int(o[key]) <= 1 << 16:
                fail(i, op, f"{key} {o[key]} is outside [0, 65536]")
        if op.type in POOLS and any(int(o.get(f"pad_{d}", 0)) >= int(o.get(f"filter_{d}", 1))
                                    for d in "hw"):
            fail(i, op, "padding as large as the filter: a window would hold no input (TFLite Micro "
                        "divides by zero)")
        if op.type == "SOFTMAX":
            x = g.tensor(op.inputs[0])
            if not x.shape or x.shape[-1] > MAX_SOFTMAX_ROW:
                fail(i, op, f"rows of {x.shape[-1] if x.shape else 0} values; at most "
                            f"{MAX_SOFTMAX_ROW} are supported (TFLite Micro's sum would overflow)")
        if op.type not in ("CONV_2D", "DEPTHWISE_CONV_2D", "FULLY_CONNECTED"):
            continue
        if len(op.inputs) < 2 or op.inputs[1] < 0:
            fail(i, op, "no weights")
        x, w, y = g.tensor(op.inputs[0]), g.tensor(op.inputs[1]), g.tensor(op.outputs[0])
        rank = 2 if op.type == "FULLY_CONNECTED" else 4
        if len(w.shape) != rank or w.data is None:
            fail(i, op, f"weights must be a constant {rank}-D tensor, got shape {w.shape}")
        oc = w.shape[-1] if op.type == "DEPTHWISE_CONV_2D" else w.shape[0]
        if op.type == "DEPTHWISE_CONV_2D" and w.shape[0] != 1:
            fail(i, op, f"depthwise weights must have shape (1, h, w, channels), got {w.shape}")
        if not y.shape or y.shape[-1] != oc:
            fail(i, op, f"output {y.shape} does not have the {oc} channels of the weights {w.shape}")
        if len(w.scale) not in (1, oc):
            fail(i, op, f"{len(w.scale)} weight scales for {oc} output channels")
        if len(op.inputs) > 2 and op.inputs[2] >= 0:
            b = g.tensor(op.inputs[2])
            if b.data is None or np.asarray(b.data).size != oc:
                fail(i, op, f"bias has {np.asarray(b.data).size if b.data is not None else '?'} "
                            f"values for {oc} output channels")
        data = np.asarray(w.data).astype(np.int64).reshape(w.shape)
        axes = (0, 1, 2) if op.type == "DEPTHWISE_CONV_2D" else tuple(range(1, rank))
        worst_w = int(np.abs(data).sum(axis=axes).max()) if data.size else 0
        zp = x.zp
        worst_x = max(128 + zp, 127 - zp)
        if worst_w * worst_x > INT32_MAX:
            fail(i, op, f"the int32 accumulator can overflow (sum of |weights| {worst_w:,} x input "
                        f"range {worst_x}); TFLite Micro's result would be undefined")


def _param_error(i: int, op: Op, e: Exception) -> UnsupportedModelError:
    return UnsupportedModelError(f"op #{i} {op.type} ({c_comment_text(op.name or '?', 40)}): "
                                 f"invalid quantization or options ({type(e).__name__}: "
                                 f"{c_comment_text(str(e) or '-', 80)})")
