# SPDX-License-Identifier: Apache-2.0
"""What the code generator decides before emitting anything: the supported-op checks and the
limits that keep the C free of undefined behaviour, WTA skipping (dasnet_tiny.wta), storage
sharing (in-place reshape, WTA and element-wise ops), the buffers and the static memory plan, and
the per-layer MACs."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .errors import DasnetError, UnsupportedModelError
from .ir import Graph, Op
from .memory_plan import BufferRequest, MemoryPlan, plan_memory
from .ops import OPS
from .scratch import scratch_bytes
from .summary import dense_macs
from .util import c_comment_text
from .wta import WtaInfo, analyze_wta, channel_scores, winner_mask, winners, wta_channels

SUPPORTED = tuple(OPS)
SKIP_CONSUMERS = ("CONV_2D", "DEPTHWISE_CONV_2D", "FULLY_CONNECTED")
POOLS = ("MAX_POOL_2D", "AVERAGE_POOL_2D")
MAX_DIMS = 6
NEVER = 1 << 30  # "last use" of a graph output: alive to the end


# ---------------------------------------------------------------------------------------------
# layers
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
            c = wta_channels(g, op)
            if c > 65536:
                fail(i, op, f"{c} channels; at most 65536 are supported")
            if not 0 <= int(op.options["k"]) <= c:
                fail(i, op, f"k={op.options['k']} is not in [0, {c}]")




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
