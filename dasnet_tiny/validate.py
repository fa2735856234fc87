# SPDX-License-Identifier: Apache-2.0
"""Structural validation of an int8 `Graph` before anything runs it.

`validate_graph(g, where)` checks every invariant the reference executor and the code generator
rely on, so that a corrupt or hostile model file (a .tflite or a saved graph) is refused with one
line naming the op or tensor instead of crashing, hanging or producing undefined behaviour later:

- tensors: name is a str, shape is a tuple of non-negative ints (rank <= 6, activations >= 1 per
  dim), dtype known, constants hold an ndarray of exactly that dtype and shape, scales finite > 0,
  zero points in range (int8 activations -128..127, weights 0), `quantized_dim` in range and
  per-channel counts equal to the channel count;
- ops: known type, input/output counts and indices, options present with the right type and range
  (strides, dilations, filters >= 1; padding, activation, axes, beta, depth multiplier, k), shapes
  consistent with TFLite's output-size and padding formulas;
- topology: every input is a constant, a graph input or written by an earlier op (so no cycle);
  no op writes a constant, a graph input or a tensor written before; outputs are produced;
- sizes: activations <= MAX_ACTIVATION_BYTES, per-op MACs <= MAX_MACS, im2col windows bounded;
- arithmetic: requantization multipliers and shifts in TFLite Micro's range ([-31, 30], no
  clamping), the ADD/SOFTMAX preconditions TFLite Micro checks, and int32 accumulators (bias
  included) that cannot overflow, so the generated C has no signed overflow.
"""
from __future__ import annotations

import math
from typing import Any

import numpy as np

from . import quant as Q
from .errors import MalformedModelError, UnsupportedModelError
from .ir import Graph, Op, Tensor
from .ops import OPS

MAX_DIMS = 6
MAX_DIM = (1 << 31) - 1
MAX_ACTIVATION_BYTES = 16 << 20  # far beyond any microcontroller's RAM
MAX_CONST_BYTES = 256 << 20
MAX_MACS = 1 << 28  # per op; seconds of work even on a fast Cortex-M
MAX_WINDOW_ELEMENTS = 1 << 24  # output positions x kernel taps x channels (the reference's im2col)
MAX_TENSORS = 1 << 16
MAX_OPS = 1 << 16
ACC_LIMIT = Q.INT32_MAX - 256  # |accumulator| bound leaving room for the output offset

DTYPES = ("int8", "int16", "int32", "int64", "float32", "uint8", "bool")
ACTIVATIONS = ("NONE", "RELU", "RELU6", "RELU_N1_TO_1")
PADDINGS = ("SAME", "VALID")
OP_INPUTS = {t: d.inputs for t, d in OPS.items()}  # op type -> (min, max) inputs


def _is_int(v: Any) -> bool:
    return isinstance(v, (int, np.integer)) and not isinstance(v, (bool, np.bool_))


def _is_num(v: Any) -> bool:
    return (isinstance(v, (int, float, np.integer, np.floating))
            and not isinstance(v, (bool, np.bool_)))


def short(s: Any, n: int = 40) -> str:
    """A printable, one-line, length-capped repr of a name for messages."""
    s = s if isinstance(s, str) else str(s)
    r = repr(s[:n] + ("..." if len(s) > n else ""))
    return r.encode("ascii", "backslashreplace").decode("ascii")


def one_line(s: str) -> str:
    """`s` with control characters escaped (paths in messages)."""
    if s.isprintable():
        return s
    return s.encode("unicode_escape", "backslashreplace").decode("ascii")


def out_size(padding: str, size: int, k: int, stride: int, dil: int) -> int:
    """tflite::ComputeOutSize."""
    eff = (k - 1) * dil + 1
    if padding == "SAME":
        return (size + stride - 1) // stride
    return (size - eff + stride) // stride


def pad_before(padding: str, size: int, out: int, k: int, stride: int, dil: int) -> int:
    """tflite::ComputePaddingWithOffset (the top/left part)."""
    if padding != "SAME":
        return 0
    total = (out - 1) * stride + (k - 1) * dil + 1 - size
    return max(total, 0) // 2


def validate_tensor(t: Tensor, i: int, fail) -> None:
    """Checks of one tensor on its own (no op context). `fail(msg)` raises."""
    what = f"tensor #{i}"
    if not isinstance(t.name, str):
        fail(f"{what}: name is not a string")
    what = f"tensor #{i} {short(t.name)}"
    if t.dtype not in DTYPES:
        fail(f"{what}: unknown type {short(t.dtype)}")
    if not isinstance(t.shape, tuple) or not all(_is_int(d) for d in t.shape):
        fail(f"{what}: shape {short(t.shape)} is not a list of integers")
    if len(t.shape) > MAX_DIMS:
        fail(f"{what}: {len(t.shape)} dimensions (at most {MAX_DIMS} are supported)")
    if any(d < 0 or d > MAX_DIM for d in t.shape):
        fail(f"{what}: shape {t.shape} has a negative or huge dimension")
    elems = 1
    for d in t.shape:
        elems *= int(d)
    if elems > MAX_DIM:
        fail(f"{what}: shape {t.shape} has {elems} elements, too large")
    if t.data is None and elems * np.dtype(t.dtype).itemsize > MAX_ACTIVATION_BYTES:
        fail(f"{what}: activation of shape {t.shape} is {elems * np.dtype(t.dtype).itemsize} bytes, more "
             f"than {MAX_ACTIVATION_BYTES >> 20} MiB (far beyond any microcontroller)")
    if not isinstance(t.scale, tuple) or not all(_is_num(s) and not (_is_int(s) and abs(int(s)) > 1 << 128) for s in t.scale):
        fail(f"{what}: scales are not numbers")
    if not isinstance(t.zero_point, tuple) or not all(_is_int(z) for z in t.zero_point):
        fail(f"{what}: zero points are not integers")
    for s in t.scale:
        if not (math.isfinite(float(s)) and float(s) > 0.0 and math.isfinite(float(np.float32(s)))
                and float(np.float32(s)) > 0.0):
            fail(f"{what}: quantization scale {float(s)!r} is not a finite positive float32")
    if not _is_int(t.quantized_dim) or not 0 <= t.quantized_dim < max(len(t.shape), 1):
        fail(f"{what}: quantized_dimension {short(t.quantized_dim)} is out of range for shape {t.shape}")
    if len(t.scale) > 1:
        ch = t.shape[t.quantized_dim] if t.shape else 1
        if len(t.scale) != ch:
            fail(f"{what}: {len(t.scale)} per-channel scales for {ch} channels on axis {t.quantized_dim}")
    if t.zero_point and len(t.zero_point) not in (1, len(t.scale)):
        fail(f"{what}: {len(t.zero_point)} zero points for {len(t.scale)} scales")
    if t.scale and not t.zero_point:
        fail(f"{what}: has scales but no zero point")
    if any(not Q.INT32_MIN <= int(z) <= Q.INT32_MAX for z in t.zero_point):
        fail(f"{what}: zero point out of the int32 range")
    if t.dtype == "int8" and any(not -128 <= int(z) <= 127 for z in t.zero_point):
        fail(f"{what}: zero point {max(t.zero_point, key=lambda z: abs(int(z)))} is out of the int8 "
             "range -128..127")
    if t.data is not None:
        d = t.data
        if not isinstance(d, np.ndarray) or d.dtype != np.dtype(t.dtype) or tuple(d.shape) != t.shape:
            got = f"{d.dtype}{tuple(d.shape)}" if isinstance(d, np.ndarray) else type(d).__name__
            fail(f"{what}: constant data is {got}, its declared type and shape are {t.dtype}{t.shape}")
        if d.nbytes > MAX_CONST_BYTES:
            fail(f"{what}: constant of {d.nbytes} bytes is too large")


class _Validator:
    # limits and helpers the ops' validate() use
    MAX_DIM, MAX_MACS, ACC_LIMIT = MAX_DIM, MAX_MACS, ACC_LIMIT
    short = staticmethod(short)
    is_int = staticmethod(_is_int)

    @staticmethod
    def mult_ok(m: int, s: int) -> bool:
        return _mult_ok(m, s)

    @staticmethod
    def max_dx(t: Tensor) -> int:
        return _max_dx(t)

    def __init__(self, g: Graph, where: str, error=UnsupportedModelError, tensor_ids=None, op_ids=None):
        self.g, self.where, self.error = g, one_line(where), error
        self.tensor_ids, self.op_ids = tensor_ids, op_ids

    def tn(self, i: int):
        """The tensor index shown in messages (the index in the source file)."""
        ids = self.tensor_ids
        return ids[i] if ids is not None and _is_int(i) and 0 <= i < len(ids) else i

    def on(self, k: int):
        ids = self.op_ids
        return ids[k] if ids is not None and _is_int(k) and 0 <= k < len(ids) else k

    def fail(self, msg: str):
        raise self.error(f"{self.where}: {msg}")

    # ---- helpers -----------------------------------------------------------------------------
    def t(self, i: int) -> Tensor:
        return self.g.tensors[i]

    def opfail(self, k: int, op: Op, msg: str):
        self.fail(f"op #{self.on(k)} {op.type} ({short(op.name)}): {msg}")

    def opt(self, k: int, op: Op, key: str, kind: str = "int", lo=None, hi=None):
        if key not in op.options:
            self.opfail(k, op, f"option {key!r} is missing")
        v = op.options[key]
        ok = _is_int(v) if kind == "int" else (_is_num(v) if kind == "num" else isinstance(v, kind))
        if not ok:
            self.opfail(k, op, f"option {key!r} = {short(v)} has the wrong type")
        if kind == "num" and not math.isfinite(float(v)):
            self.opfail(k, op, f"option {key!r} = {float(v)!r} is not finite")
        if lo is not None and v < lo or hi is not None and v > hi:
            self.opfail(k, op, f"option {key!r} = {v} is out of range [{lo}, {hi}]")
        return v

    def act_opts(self, k: int, op: Op):
        lo = self.opt(k, op, "act_min", "int", -128, 127)
        hi = self.opt(k, op, "act_max", "int", -128, 127)
        if lo > hi:
            self.opfail(k, op, f"activation range [{lo}, {hi}] is empty")
        if "activation" in op.options and op.options["activation"] not in ACTIVATIONS:
            self.opfail(k, op, f"fused activation {short(op.options['activation'])} is not one of "
                        f"{', '.join(ACTIVATIONS)}")

    def act_tensor(self, k: int, op: Op, i: int, role: str) -> Tensor:
        t = self.t(i)
        if t.dtype != "int8":
            self.opfail(k, op, f"{role} tensor #{self.tn(i)} {short(t.name)} is {t.dtype}; only int8 activations "
                        "are supported")
        if len(t.scale) != 1 or len(t.zero_point) != 1:
            self.opfail(k, op, f"{role} tensor #{self.tn(i)} {short(t.name)} needs per-tensor quantization "
                        f"(one scale and one zero point), has {len(t.scale)} scales")
        if any(d < 1 for d in t.shape):
            self.opfail(k, op, f"{role} tensor #{self.tn(i)} {short(t.name)} has an empty dimension {t.shape}")
        if t.nbytes > MAX_ACTIVATION_BYTES:
            self.opfail(k, op, f"{role} tensor #{self.tn(i)} {short(t.name)} of shape {t.shape} is {t.nbytes} bytes, "
                        f"more than {MAX_ACTIVATION_BYTES >> 20} MiB (far beyond any microcontroller)")
        return t

    def rank(self, k: int, op: Op, t: Tensor, role: str, ranks) -> None:
        if len(t.shape) not in ranks:
            self.opfail(k, op, f"{role} {short(t.name)} has shape {t.shape}; expected rank "
                        f"{' or '.join(map(str, ranks))}")

    def mult(self, k: int, op: Op, real: float, what: str) -> tuple[int, int]:
        """Multiplier and shift of an effective scale, refused outside TFLite Micro's range (where
        `quant.quantize_multiplier` would clamp: a zero multiplier or the (INT32_MAX, 30) cap)."""
        if not (math.isfinite(real) and real > 0.0):
            self.opfail(k, op, f"{what} effective scale {real!r} is not a finite positive number")
        m, s = Q.quantize_multiplier(real)
        if not _mult_ok(m, s):
            self.opfail(k, op, f"{what} effective scale {real:.6g} gives a requantization shift outside "
                        "TFLite Micro's range [-31, 30]; the quantization scales are inconsistent")
        return m, s

    def acc_bound(self, k: int, op: Op, acc: float, shift: int, what: str) -> None:
        """The int32 arithmetic of requantization cannot overflow: |acc| * 2^max(shift, 0)."""
        if acc * float(1 << max(shift, 0)) > ACC_LIMIT:
            self.opfail(k, op, f"{what}: the int32 accumulator can reach {acc * (1 << max(shift, 0)):.4g} "
                        f"(shift {shift}), which overflows int32; the bias or quantization scales are "
                        "out of any sensible range")

    # ---- graph -------------------------------------------------------------------------------
    def run(self) -> None:
        g = self.g
        if not isinstance(g.tensors, list) or not isinstance(g.ops, list):
            self.fail("tensors and ops must be lists")
        if len(g.tensors) > MAX_TENSORS or len(g.ops) > MAX_OPS:
            self.fail(f"{len(g.tensors)} tensors and {len(g.ops)} ops: too many")
        n = len(g.tensors)
        for i, t in enumerate(g.tensors):
            if not isinstance(t, Tensor):
                self.fail(f"tensor #{self.tn(i)} is not a tensor")
            validate_tensor(t, self.tn(i), self.fail)
        self.check_metadata()
        for name, lst in (("inputs", g.inputs), ("outputs", g.outputs)):
            if not isinstance(lst, list) or not lst:
                self.fail(f"the graph has no {name}")
            for i in lst:
                if not _is_int(i) or not 0 <= i < n:
                    self.fail(f"graph {name[:-1]} tensor index {short(i)} is out of range (0..{n - 1})")
            if len(set(lst)) != len(lst):
                self.fail(f"the graph lists a tensor twice among its {name}")
        written: dict[int, int] = {}
        for i in g.inputs:
            t = self.t(i)
            if t.is_const:
                self.fail(f"graph input tensor #{self.tn(i)} {short(t.name)} is a constant")
            written[i] = -1
        for k, op in enumerate(g.ops):
            if not isinstance(op, Op):
                self.fail(f"op #{self.on(k)} is not an op")
            if not isinstance(op.type, str) or op.type not in OP_INPUTS:
                self.fail(f"op #{self.on(k)} {short(op.type)} is not supported; supported ops: "
                          f"{', '.join(OP_INPUTS)}")
            if not isinstance(op.name, str):
                self.opfail(k, op, "name is not a string")
            if not isinstance(op.options, dict):
                self.opfail(k, op, "options are not a mapping")
            if not isinstance(op.inputs, list) or not isinstance(op.outputs, list):
                self.opfail(k, op, "inputs and outputs must be lists")
            lo, hi = OP_INPUTS[op.type]
            if not lo <= len(op.inputs) <= hi:
                self.opfail(k, op, f"{len(op.inputs)} inputs (expected {lo}..{hi})")
            if len(op.outputs) != 1:
                self.opfail(k, op, f"{len(op.outputs)} outputs (expected 1)")
            for s, i in enumerate(op.inputs):
                optional = s == 2 and op.type in ("CONV_2D", "DEPTHWISE_CONV_2D", "FULLY_CONNECTED")
                if not _is_int(i) or not (-1 if optional else 0) <= i < n:
                    self.opfail(k, op, f"input {s} tensor index {short(i)} is out of range (0..{n - 1})")
                if i < 0:
                    continue
                t = self.t(i)
                if not t.is_const and i not in written:
                    self.opfail(k, op, f"input {s} tensor #{self.tn(i)} {short(t.name)} is read before any op "
                                "writes it (not a constant, not a graph input): the graph is cyclic or "
                                "incomplete")
            for i in op.outputs:
                if not _is_int(i) or not 0 <= i < n:
                    self.opfail(k, op, f"output tensor index {short(i)} is out of range (0..{n - 1})")
                t = self.t(i)
                if t.is_const:
                    self.opfail(k, op, f"writes the constant tensor #{self.tn(i)} {short(t.name)}")
                if i in written:
                    by = "a graph input" if written[i] < 0 else f"written by op #{self.on(written[i])}"
                    self.opfail(k, op, f"writes tensor #{self.tn(i)} {short(t.name)}, which is {by}")
                if i in op.inputs:
                    self.opfail(k, op, f"reads and writes tensor #{self.tn(i)} {short(t.name)}")
                written[i] = k
            self.check_op(k, op)
        for i in g.outputs:
            if i not in written or written[i] < 0:
                self.fail(f"graph output tensor #{self.tn(i)} {short(self.t(i).name)} is not produced by any op")
        for i in list(g.inputs) + list(g.outputs):
            t = self.t(i)
            if t.dtype != "int8" or len(t.scale) != 1 or len(t.zero_point) != 1:
                self.fail(f"graph input/output tensor #{self.tn(i)} {short(t.name)} must be int8 with one scale "
                          f"and one zero point, got {t.dtype} with {len(t.scale)} scales")
            if any(d < 1 for d in t.shape) or t.nbytes > MAX_ACTIVATION_BYTES:
                self.fail(f"graph input/output tensor #{self.tn(i)} {short(t.name)} has shape {t.shape}")

    def check_metadata(self) -> None:
        md = self.g.metadata
        if not isinstance(self.g.name, str) or not isinstance(md, dict):
            self.fail("the graph name must be a string and its metadata a mapping")
        if not isinstance(md.get("source", ""), str):
            self.fail("metadata 'source' must be a string")
        for key in ("float_inputs", "float_outputs"):
            v = md.get(key, {})
            if not isinstance(v, dict) or not all(
                    isinstance(q, dict) and isinstance(q.get("scale"), float) and math.isfinite(q["scale"])
                    and _is_int(q.get("zero_point")) and -128 <= q["zero_point"] <= 127 for q in v.values()):
                self.fail(f"metadata {key!r} must map positions to {{scale, zero_point}}")
        ids = md.get("tflite_tensor_indices", [])
        if not isinstance(ids, list) or not all(_is_int(i) for i in ids):
            self.fail("metadata 'tflite_tensor_indices' must be a list of integers")

    # ---- ops ---------------------------------------------------------------------------------
    def check_op(self, k: int, op: Op) -> None:
        y = self.act_tensor(k, op, op.outputs[0], "output")
        OPS[op.type].validate(self, k, op, y)  # the op's own checks (dasnet_tiny.ops)

    def plain_input(self, k: int, op: Op) -> Tensor:
        """The single int8 activation input of an op that takes no constant operand."""
        if self.t(op.inputs[0]).is_const:
            self.opfail(k, op, "its input is a constant (fold it before conversion)")
        return self.act_tensor(k, op, op.inputs[0], "input")

    def operand(self, k: int, op: Op, i: int, s: int) -> Tensor:
        t = self.t(i)
        if t.is_const and (t.dtype != "int8" or len(t.scale) != 1):
            self.opfail(k, op, f"constant input {s} {short(t.name)} must be int8 with one scale")
        return self.act_tensor(k, op, i, f"input {s}")

    def same_quant(self, k: int, op: Op, a: Tensor, b: Tensor) -> None:
        if float(a.s) != float(b.s) or a.zp != b.zp:
            self.opfail(k, op, f"input and output quantization differ ({float(a.s):.6g}/{a.zp} vs "
                        f"{float(b.s):.6g}/{b.zp}); TFLite Micro requires them equal")

    def window(self, k: int, op: Op, x: Tensor, y: Tensor, kh: int, kw: int) -> None:
        """Strides, dilations, padding and output size of a 2-D window op (conv, dw, pool)."""
        o = op.options
        sh = self.opt(k, op, "stride_h", "int", 1, MAX_DIM)
        sw = self.opt(k, op, "stride_w", "int", 1, MAX_DIM)
        dh = self.opt(k, op, "dilation_h", "int", 1, MAX_DIM)
        dw = self.opt(k, op, "dilation_w", "int", 1, MAX_DIM)
        pad = o.get("padding")
        if pad not in PADDINGS:
            self.opfail(k, op, f"padding {short(pad)} is not SAME or VALID")
        n, h, w, c = x.shape
        oh, ow = out_size(pad, h, kh, sh, dh), out_size(pad, w, kw, sw, dw)
        if (oh, ow) != tuple(y.shape[1:3]):
            self.opfail(k, op, f"input {x.shape}, {kh}x{kw} window, stride {sh}x{sw}, dilation {dh}x{dw}, "
                        f"{pad} padding gives a {oh}x{ow} output, the output tensor is {y.shape}")
        ph, pw = pad_before(pad, h, oh, kh, sh, dh), pad_before(pad, w, ow, kw, sw, dw)
        if self.opt(k, op, "pad_h", "int") != ph or self.opt(k, op, "pad_w", "int") != pw:
            self.opfail(k, op, f"padding offsets ({o['pad_h']}, {o['pad_w']}) differ from TFLite's ({ph}, {pw})")
        need_h = max((oh - 1) * sh + (kh - 1) * dh + 1, h + ph)
        need_w = max((ow - 1) * sw + (kw - 1) * dw + 1, w + pw)
        if n * need_h * need_w * c > MAX_ACTIVATION_BYTES:
            self.opfail(k, op, f"the padded input ({need_h}x{need_w}) is too large")
        taps = n * oh * ow * kh * kw * c
        if taps > MAX_WINDOW_ELEMENTS:
            self.opfail(k, op, f"{oh}x{ow} outputs x {kh}x{kw} taps x {c} channels = {taps} window "
                        f"elements; at most {MAX_WINDOW_ELEMENTS} are supported")


def _mult_ok(m: int, s: int) -> bool:
    return 0 < m <= Q.INT32_MAX and -31 <= s <= 30 and not (m == Q.INT32_MAX and s == 30)


def _max_dx(t: Tensor) -> int:
    """Largest |q - zero_point| of an int8 tensor."""
    return max(127 - t.zp, t.zp + 128)


def validate_graph(g: Graph, where: str, error=UnsupportedModelError, tensor_ids=None, op_ids=None) -> None:
    """Refuse (raise `error`, an UnsupportedModelError) any graph the reference executor or the
    code generator cannot run safely. `where` prefixes the message (a path); `tensor_ids`/`op_ids`
    map graph indices to the indices shown (those of the source file)."""
    with np.errstate(all="ignore"):  # hostile scales: overflow is detected, not warned about
        _Validator(g, where, error, tensor_ids, op_ids).run()


def validate_malformed(g: Graph, where: str) -> None:
    """`validate_graph` raising MalformedModelError (for files)."""
    validate_graph(g, where, MalformedModelError)
