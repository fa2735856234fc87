# SPDX-License-Identifier: Apache-2.0
"""Seeded mutants of the shared MLPerf Tiny models, and a forked worker pool that runs them.

A mutant is fully determined by its seed: `make_case(bases, seed)` returns the kind ("tflite" or
"graph"), the mutated bytes and a one-line description. Bases are the two shared models, slices of
them (a run of consecutive ops, pruned, so that most mutants are cheap to run), op-space graphs of
tests/graphs.py exported to .tflite (`graph_to_tflite`: PAD, MEAN, CONCATENATION, MUL, QUANTIZE,
MAX_POOL_2D... which the shared models lack) and saved graph files with a WTA op. Mutations are byte-level (flips, truncations, splices, insertions) or structural through the
schema's object API (quantization, options, shapes, types, buffers, indices, topology, names) or,
for graph files, edits of the JSON header.

`check_case` is the property under test: the importer (or `load_graph`) refuses the mutant with an
`UnsupportedModelError` whose message is one line, or the graph imports and `reference.run` runs
on a random input without any other exception. `run_cases` runs cases in forked workers with a
per-case timeout; a timeout is a "hang", a worker that dies is a "crash".
"""
from __future__ import annotations

import copy
import io
import json
import math
import multiprocessing as mp
import os
import pickle
import tempfile
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from multiprocessing.connection import wait
from pathlib import Path

import numpy as np

SHARED = Path(os.environ.get("DASNET_SHARED", Path(__file__).resolve().parents[2] / "shared"))
MODEL_FILES = ("kws_ref_model.tflite", "pretrainedResnet_quant.tflite")
STATUSES = ("refused", "ran", "traceback", "hang", "crash", "warning", "generator")


def model_paths() -> list[Path]:
    return [SHARED / "models" / "mlperf_tiny" / n for n in MODEL_FILES
            if (SHARED / "models" / "mlperf_tiny" / n).exists()]


# ---------------------------------------------------------------------------------------------
# bases
# ---------------------------------------------------------------------------------------------
@dataclass
class Base:
    name: str
    kind: str  # "tflite" | "graph"
    data: bytes
    weight: float
    pickled: bytes = b""  # the ModelT (tflite bases)
    header: dict = field(default_factory=dict)  # graph bases: the JSON header
    arrays: dict = field(default_factory=dict)  # graph bases: the constant arrays


def _fb():
    from dasnet_tiny.import_tflite import fb
    return fb


def pack(model) -> bytes:
    import flatbuffers
    b = flatbuffers.Builder(1024)
    b.Finish(model.Pack(b), file_identifier=b"TFL3")
    return bytes(b.Output())


def slice_model(model, start: int, end: int):
    """The ops [start, end) of a ModelT as a model of their own (unused tensors/buffers pruned)."""
    m = copy.deepcopy(model)
    sg = m.subgraphs[0]
    ops = sg.operators[start:end]
    produced = {int(t) for op in ops for t in op.outputs}
    consumed = {int(t) for op in ops for t in op.inputs if t >= 0}
    const = {i for i, t in enumerate(sg.tensors)
             if m.buffers[t.buffer].data is not None and len(m.buffers[t.buffer].data)}
    inputs = sorted(t for t in consumed if t not in produced and t not in const)
    outputs = [int(ops[-1].outputs[0])] + sorted(t for t in produced - consumed if t != int(ops[-1].outputs[0]))
    used = sorted(consumed | produced | set(inputs) | set(outputs))
    remap = {old: new for new, old in enumerate(used)}
    bufs = [m.buffers[0]]
    tensors = []
    for old in used:
        t = sg.tensors[old]
        if t.buffer and m.buffers[t.buffer].data is not None and len(m.buffers[t.buffer].data):
            bufs.append(m.buffers[t.buffer])
            t.buffer = len(bufs) - 1
        else:
            t.buffer = 0
        tensors.append(t)
    for op in ops:
        op.inputs = [remap[int(i)] if i >= 0 else -1 for i in op.inputs]
        op.outputs = [remap[int(i)] for i in op.outputs]
    sg.tensors, sg.operators = tensors, ops
    sg.inputs = [remap[i] for i in inputs]
    sg.outputs = [remap[i] for i in outputs]
    m.buffers = bufs
    m.signatureDefs = []
    m.metadata = []
    return m


_ACT_ENUM = {"NONE": 0, "RELU": 1, "RELU_N1_TO_1": 2, "RELU6": 3}
_TYPE_ENUM = {"float32": 0, "int32": 2, "int64": 4, "int8": 9}
# op-space graphs of tests/graphs.py exported to .tflite: the ops the shared models lack
OP_SPACE_BASES = ("dw_m2_k3x2_s21_d23_valid", "fc_batch3", "maxpool_k3x3_s22_same_relu6", "add_bcast_both",
                  "mul_bcast_c", "mul_const", "softmax_beta", "pad_all", "mean_axes12_drop", "concat_c",
                  "quantize", "conv_dilation32_valid", "averagepool_k4x3_s32_same_relu6", "mean_axes3_keep")


def graph_to_tflite(g) -> bytes:
    """A `Graph` (no WTA ops) as a .tflite flatbuffer, written with the schema's object API."""
    fb = _fb()
    m = fb.ModelT()
    m.version = 3
    m.buffers = [fb.BufferT()]
    m.operatorCodes = []
    sg = fb.SubGraphT()
    tensors = []

    def add_tensor(shape, dtype, data=None, scale=(), zp=(), qdim=0, name="t"):
        t = fb.TensorT()
        t.shape = np.array(shape, np.int32)
        t.type = _TYPE_ENUM[dtype]
        t.name = name.encode()
        t.buffer = 0
        if data is not None:
            b = fb.BufferT()
            b.data = np.frombuffer(np.ascontiguousarray(data).astype(np.dtype(dtype).newbyteorder("<")).tobytes(),
                                   np.uint8)
            m.buffers.append(b)
            t.buffer = len(m.buffers) - 1
        if len(scale):
            q = fb.QuantizationParametersT()
            q.scale = np.array(scale, np.float32)
            q.zeroPoint = np.array(zp, np.int64)
            q.quantizedDimension = qdim
            t.quantization = q
        tensors.append(t)
        return len(tensors) - 1

    for t in g.tensors:
        add_tensor(t.shape, t.dtype, t.data, t.scale, t.zero_point, t.quantized_dim, t.name or "t")
    codes: dict[int, int] = {}
    ops = []
    for op in g.ops:
        code = getattr(fb.BuiltinOperator, op.type)
        if code not in codes:
            oc = fb.OperatorCodeT()
            oc.builtinCode = code
            oc.deprecatedBuiltinCode = min(code, 127)
            oc.version = 1
            m.operatorCodes.append(oc)
            codes[code] = len(m.operatorCodes) - 1
        o = op.options
        x = fb.OperatorT()
        x.opcodeIndex = codes[code]
        x.inputs = list(op.inputs)
        x.outputs = list(op.outputs)
        act = _ACT_ENUM.get(o.get("activation", "NONE"), 0)
        pad = fb.Padding.SAME if o.get("padding") == "SAME" else fb.Padding.VALID
        opts, kind = None, 0
        if op.type in ("CONV_2D", "DEPTHWISE_CONV_2D"):
            opts = fb.Conv2DOptionsT() if op.type == "CONV_2D" else fb.DepthwiseConv2DOptionsT()
            opts.padding, opts.strideH, opts.strideW = pad, o["stride_h"], o["stride_w"]
            opts.dilationHFactor, opts.dilationWFactor = o["dilation_h"], o["dilation_w"]
            opts.fusedActivationFunction = act
            if op.type == "DEPTHWISE_CONV_2D":
                opts.depthMultiplier = o["depth_multiplier"]
            kind = getattr(fb.BuiltinOptions, "Conv2DOptions" if op.type == "CONV_2D" else "DepthwiseConv2DOptions")
        elif op.type == "FULLY_CONNECTED":
            opts, kind = fb.FullyConnectedOptionsT(), fb.BuiltinOptions.FullyConnectedOptions
            opts.fusedActivationFunction = act
        elif op.type in ("AVERAGE_POOL_2D", "MAX_POOL_2D"):
            opts, kind = fb.Pool2DOptionsT(), fb.BuiltinOptions.Pool2DOptions
            opts.padding, opts.strideH, opts.strideW = pad, o["stride_h"], o["stride_w"]
            opts.filterHeight, opts.filterWidth, opts.fusedActivationFunction = o["filter_h"], o["filter_w"], act
        elif op.type in ("ADD", "MUL"):
            opts = fb.AddOptionsT() if op.type == "ADD" else fb.MulOptionsT()
            kind = getattr(fb.BuiltinOptions, "AddOptions" if op.type == "ADD" else "MulOptions")
            opts.fusedActivationFunction = act
        elif op.type == "SOFTMAX":
            opts, kind = fb.SoftmaxOptionsT(), fb.BuiltinOptions.SoftmaxOptions
            opts.beta = o["beta"]
        elif op.type == "PAD":
            x.inputs.append(add_tensor((len(o["paddings"]), 2), "int32", np.array(o["paddings"], np.int32)))
            opts, kind = fb.PadOptionsT(), fb.BuiltinOptions.PadOptions
        elif op.type == "MEAN":
            x.inputs.append(add_tensor((len(o["axes"]),), "int32", np.array(o["axes"], np.int32)))
            opts, kind = fb.ReducerOptionsT(), fb.BuiltinOptions.ReducerOptions
            opts.keepDims = bool(o["keep_dims"])
        elif op.type == "CONCATENATION":
            opts, kind = fb.ConcatenationOptionsT(), fb.BuiltinOptions.ConcatenationOptions
            opts.axis, opts.fusedActivationFunction = o["axis"], act
        elif op.type == "RESHAPE":
            y = g.tensor(op.outputs[0])
            x.inputs.append(add_tensor((len(y.shape),), "int32", np.array(y.shape, np.int32)))
        elif op.type != "QUANTIZE":
            raise ValueError(f"cannot export {op.type}")
        x.builtinOptions, x.builtinOptionsType = opts, kind
        ops.append(x)
    sg.tensors, sg.operators = tensors, ops
    sg.inputs, sg.outputs = list(g.inputs), list(g.outputs)
    m.subgraphs = [sg]
    return pack(m)


def op_space_tflites() -> list[tuple[str, bytes, object]]:
    """(name, .tflite bytes, graph) of the OP_SPACE_BASES graphs."""
    import sys
    here = str(Path(__file__).resolve().parent)
    if here not in sys.path:
        sys.path.insert(0, here)
    import graphs
    cases = dict(graphs.op_space_cases())
    out = []
    for name in OP_SPACE_BASES:
        g = cases[name](0)
        out.append((name, graph_to_tflite(g), g))
    return out


def load_bases() -> list[Base]:
    """The shared models, slices of them and a saved graph file; [] when the models are absent."""
    fb = _fb()
    bases = []
    for path in model_paths():
        data = path.read_bytes()
        m = fb.ModelT.InitFromPackedBuf(data, 0)
        stem = path.stem
        bases.append(Base(stem, "tflite", data, 0.06, pickle.dumps(m)))
        n = len(m.subgraphs[0].operators)
        spans = [(0, 3), (3, 6), (max(0, n - 5), n), (max(0, n - 2), n), (max(0, n - 8), max(1, n - 4))]
        if "Resnet" in stem:
            spans += [(1, 4), (4, 8)]
        for a, b in spans:
            sm = slice_model(m, a, b)
            bases.append(Base(f"{stem}[{a}:{b}]", "tflite", pack(sm), 1.0, pickle.dumps(sm)))
    if bases:
        fb = _fb()
        for name, data, _ in op_space_tflites():
            bases.append(Base(f"op:{name}", "tflite", data, 0.4, pickle.dumps(fb.ModelT.InitFromPackedBuf(data, 0))))
        with tempfile.TemporaryDirectory() as td:
            for b in [b for b in bases if b.name.endswith("[0:3]")]:
                g = _with_wta(b.data)
                raw = g.save(Path(td) / "g.bin").read_bytes()
                with np.load(io.BytesIO(raw), allow_pickle=False) as z:
                    header = json.loads(bytes(z["__header__"]).decode())
                    arrays = {k: z[k] for k in z.files if k != "__header__"}
                bases.append(Base(f"{b.name}+wta.graph", "graph", raw, 0.6, header=header, arrays=arrays))
    return bases


def _with_wta(tflite: bytes):
    """The imported graph with a WTA_CHANNEL op after its first op (as the converter inserts)."""
    import dasnet_tiny as dt
    from dasnet_tiny.ir import Op, Tensor

    g = dt.import_tflite(tflite)
    src = g.ops[0].outputs[0]
    t = g.tensor(src)
    g.tensors.append(Tensor(name="wta", shape=t.shape, dtype="int8", scale=t.scale, zero_point=t.zero_point))
    new = len(g.tensors) - 1
    for op in g.ops[1:]:
        op.inputs = [new if i == src else i for i in op.inputs]
    k = max(1, t.shape[-1] // 2)
    g.ops.insert(1, Op("WTA_CHANNEL", [src], [new], {"k": k, "rate": 0.5, "layer": "wta"}, "wta"))
    g.outputs = [new if i == src else i for i in g.outputs]
    return g


# ---------------------------------------------------------------------------------------------
# mutations
# ---------------------------------------------------------------------------------------------
BAD_SCALES = (0.0, float("nan"), float("inf"), -float("inf"), -1.0, -0.5, 1e-45, 1e-38, 1e-30,
              1e-12, 1e12, 1e20, 1e38, 3.4e38)
BAD_ZPS = (200, -129, 128, 255, -200, 1 << 40, -(1 << 40), 1 << 31, 127, -128, 1, -1)
BAD_INTS = (0, -1, -2, 2, 3, 7, 99, 255, 1 << 16, (1 << 31) - 1, -(1 << 31))
BAD_DIMS = (0, -1, -7, 1 << 20, 100000, (1 << 31) - 1, 2, 3)
BAD_NAMES = (b"\xff\xfe\xfd", b"caf\xc3", b"a*/\nint x;/*", b"\x00\x01", b"x" * 5000, "é".encode())


def _tflite_mutation(m, rng, fb) -> str:
    sg = m.subgraphs[0]
    T, O = sg.tensors, sg.operators
    nt = len(T)

    def pick(seq):
        return seq[int(rng.integers(len(seq)))]

    def ti():
        return int(rng.integers(nt))

    def op_i():
        return int(rng.integers(len(O)))

    def quantized():
        cands = [i for i, t in enumerate(T) if t.quantization is not None and t.quantization.scale is not None
                 and len(t.quantization.scale)]
        return pick(cands) if cands else ti()

    def has_data(t):
        b = m.buffers[t.buffer] if 0 <= t.buffer < len(m.buffers) else None
        return b is not None and b.data is not None and len(b.data) > 0

    def act_tensors():
        return [i for i, t in enumerate(T) if not has_data(t)]

    def const_tensors():
        return [i for i, t in enumerate(T) if has_data(t)]

    kind = pick(("scale", "zp", "qdim", "perchannel", "noquant", "opt", "opt", "opt", "shape", "shape",
                 "huge", "type", "buffer", "bufdata", "bufdata", "index", "index", "topology",
                 "topology", "opcode", "dropopts", "name", "io", "bias", "weights", "reorder",
                 "dupop", "swapshape", "options_type"))
    if kind == "scale":
        i = quantized()
        q = T[i].quantization
        if q is None:
            return "scale: none"
        s = np.array(q.scale, np.float32)
        j = int(rng.integers(len(s))) if len(s) else 0
        v = pick(BAD_SCALES)
        if len(s):
            s[j] = v
        q.scale = s
        return f"scale[{j}] of tensor {i} = {v}"
    if kind == "zp":
        i = quantized()
        q = T[i].quantization
        if q is None or q.zeroPoint is None or not len(q.zeroPoint):
            return "zp: none"
        z = np.array(q.zeroPoint, np.int64)
        j = int(rng.integers(len(z)))
        z[j] = pick(BAD_ZPS)
        q.zeroPoint = z
        return f"zero point[{j}] of tensor {i} = {int(z[j])}"
    if kind == "qdim":
        i = quantized()
        if T[i].quantization is None:
            return "qdim: none"
        v = pick((-1, 1, 2, 3, 4, 5, 100, 0))
        T[i].quantization.quantizedDimension = v
        return f"quantized_dimension of tensor {i} = {v}"
    if kind == "perchannel":
        i = quantized()
        q = T[i].quantization
        if q is None:
            return "perchannel: none"
        s, z = list(np.asarray(q.scale, np.float32)), list(np.asarray(q.zeroPoint if q.zeroPoint is not None else [], np.int64))
        how = pick(("drop-scale", "add-scale", "drop-zp", "add-zp", "one-scale", "empty-zp"))
        if how == "drop-scale" and len(s) > 1:
            s = s[:-1]
        elif how == "add-scale":
            s = s + [s[-1] if s else 0.1]
        elif how == "drop-zp" and z:
            z = z[:-1]
        elif how == "add-zp":
            z = z + [0]
        elif how == "one-scale":
            s = s[:1]
        elif how == "empty-zp":
            z = []
        q.scale, q.zeroPoint = np.array(s, np.float32), np.array(z, np.int64)
        return f"per-channel {how} on tensor {i}"
    if kind == "noquant":
        i = ti()
        T[i].quantization = None if rng.random() < 0.5 else fb.QuantizationParametersT()
        return f"quantization of tensor {i} removed"
    if kind in ("opt", "dropopts", "options_type"):
        k = op_i()
        op = O[k]
        o = op.builtinOptions
        if kind == "dropopts" or o is None:
            op.builtinOptions = None
            op.builtinOptionsType = 0
            return f"builtin options of op {k} dropped"
        if kind == "options_type":
            other = pick((fb.Pool2DOptionsT(), fb.Conv2DOptionsT(), fb.SoftmaxOptionsT(),
                          fb.AddOptionsT(), fb.ReshapeOptionsT(), fb.FullyConnectedOptionsT()))
            op.builtinOptions = other
            op.builtinOptionsType = {
                "Pool2DOptionsT": fb.BuiltinOptions.Pool2DOptions,
                "Conv2DOptionsT": fb.BuiltinOptions.Conv2DOptions,
                "SoftmaxOptionsT": fb.BuiltinOptions.SoftmaxOptions,
                "AddOptionsT": fb.BuiltinOptions.AddOptions,
                "ReshapeOptionsT": fb.BuiltinOptions.ReshapeOptions,
                "FullyConnectedOptionsT": fb.BuiltinOptions.FullyConnectedOptions}[type(other).__name__]
            return f"builtin options of op {k} replaced by {type(other).__name__}"
        fields = [f for f in vars(o) if not f.startswith("_")]
        if not fields:
            return f"op {k}: no option fields"
        f = pick(fields)
        cur = getattr(o, f)
        if isinstance(cur, bool):
            v = not cur
        elif isinstance(cur, float):
            v = pick((0.0, -1.0, float("inf"), float("nan"), 1e-30, 1e30, 3.0))
        elif isinstance(cur, (int, np.integer)):
            v = pick(BAD_INTS)
            if f in ("padding", "fusedActivationFunction", "weightsFormat", "keepNumDims",
                     "asymmetricQuantizeInputs", "quantizedBiasType"):
                v = pick((2, 3, 4, 5, 7, 99, 127, -1))
            if f in ("padding", "fusedActivationFunction", "weightsFormat", "quantizedBiasType") or \
                    isinstance(cur, bool):
                v = int(np.clip(v, -128, 127))
        else:
            return f"op {k}: option {f} not mutable"
        setattr(o, f, v)
        return f"op {k} option {f} = {v}"
    if kind in ("shape", "huge", "swapshape"):
        i = ti()
        t = T[i]
        shape = list(np.asarray(t.shape if t.shape is not None else [], np.int64))
        if kind == "huge":
            acts = act_tensors()
            i = pick(acts) if acts else i
            t = T[i]
            t.shape = np.array(pick(([1, 15, 100000, 128], [1, 4096, 4096, 64], [1, 1 << 20, 1, 1],
                                     [1, 2000, 2000, 4], [1 << 16, 1 << 16])), np.int32)
            return f"tensor {i} shape = {list(t.shape)}"
        if kind == "swapshape":
            j = ti()
            T[i].shape, T[j].shape = T[j].shape, T[i].shape
            return f"shapes of tensors {i} and {j} swapped"
        how = pick(("dim", "rank+", "rank-", "empty"))
        if how == "dim" and shape:
            shape[int(rng.integers(len(shape)))] = pick(BAD_DIMS)
        elif how == "rank+":
            shape = shape + [int(pick((1, 2, 3)))] * int(rng.integers(1, 4))
        elif how == "rank-" and shape:
            shape = shape[:-1]
        else:
            shape = []
        t.shape = np.array(shape, np.int32)
        return f"tensor {i} shape {how} -> {shape}"
    if kind == "type":
        i = ti()
        v = pick((0, 1, 2, 3, 4, 6, 7, 9, 10, 16, 17, 99, 127))
        T[i].type = v
        return f"tensor {i} type = {v}"
    if kind == "buffer":
        i = ti()
        v = pick((len(m.buffers), len(m.buffers) + 1000, 0, int(rng.integers(len(m.buffers))), 1 << 30))
        T[i].buffer = v
        return f"tensor {i} buffer = {v}"
    if kind == "bufdata":
        cands = const_tensors()
        if not cands:
            return "bufdata: none"
        i = pick(cands)
        b = m.buffers[T[i].buffer]
        d = np.asarray(b.data, np.uint8)
        how = pick(("shorter", "longer", "empty", "offset", "one"))
        if how == "shorter":
            b.data = d[:int(rng.integers(len(d)))]
        elif how == "longer":
            b.data = np.concatenate([d, np.zeros(int(rng.integers(1, 64)), np.uint8)])
        elif how == "empty":
            b.data = None
        elif how == "offset":
            b.data = None
            b.offset, b.size = int(pick((2, 1 << 20, (1 << 62)))), int(pick((len(d), 1 << 30, 16)))
        else:
            b.data = d[:1]
        return f"buffer of tensor {i}: {how}"
    if kind == "index":
        k = op_i()
        op = O[k]
        where = "inputs" if rng.random() < 0.7 else "outputs"
        lst = [int(v) for v in getattr(op, where)]
        if not lst:
            return "index: empty"
        j = int(rng.integers(len(lst)))
        lst[j] = pick((nt, nt + 5, -1, -2, 1 << 20, -(1 << 31)))
        setattr(op, where, lst)
        return f"op {k} {where}[{j}] = {lst[j]}"
    if kind == "topology":
        k = op_i()
        op = O[k]
        how = pick(("cycle", "unwritten", "write-const", "write-input", "double-write", "self",
                    "swap-inputs", "extra-input", "drop-input", "no-output"))
        ins, outs = [int(v) for v in op.inputs], [int(v) for v in op.outputs]
        if how == "cycle" and k + 1 < len(O):
            ins[0] = int(O[int(rng.integers(k, len(O)))].outputs[0])
        elif how == "unwritten":
            ins[0] = pick(act_tensors() or [0])
        elif how == "write-const" and const_tensors():
            outs[0] = pick(const_tensors())
        elif how == "write-input":
            outs[0] = int(sg.inputs[0])
        elif how == "double-write" and len(O) > 1:
            outs[0] = int(O[int(rng.integers(len(O)))].outputs[0])
        elif how == "self":
            outs[0] = ins[0]
        elif how == "swap-inputs" and len(ins) > 1:
            ins[0], ins[1] = ins[1], ins[0]
        elif how == "extra-input":
            ins.append(ti())
        elif how == "drop-input":
            ins = ins[:-1]
        elif how == "no-output":
            outs = []
        op.inputs, op.outputs = ins, outs
        return f"op {k} topology {how}"
    if kind == "opcode":
        k = op_i()
        how = pick(("range", "builtin", "custom"))
        if how == "range":
            O[k].opcodeIndex = pick((len(m.operatorCodes), 1000, (1 << 31) - 1))
            return f"op {k} opcode index {O[k].opcodeIndex}"
        code = fb.OperatorCodeT()
        if how == "builtin":
            code.builtinCode = pick((0, 1, 2, 3, 4, 9, 17, 22, 25, 34, 40, 49, 114, 200, 32))
            code.deprecatedBuiltinCode = min(code.builtinCode, 127)
        else:
            code.builtinCode = code.deprecatedBuiltinCode = 32
            code.customCode = pick(BAD_NAMES)
        m.operatorCodes.append(code)
        O[k].opcodeIndex = len(m.operatorCodes) - 1
        return f"op {k} opcode -> {how} {code.builtinCode}"
    if kind == "name":
        i = ti()
        T[i].name = pick(BAD_NAMES)
        return f"tensor {i} name = {T[i].name[:12]!r}"
    if kind == "io":
        how = pick(("in-range", "out-range", "no-in", "no-out", "dup", "out=in", "in=const"))
        if how == "in-range":
            sg.inputs = [nt + 3]
        elif how == "out-range":
            sg.outputs = [-1]
        elif how == "no-in":
            sg.inputs = []
        elif how == "no-out":
            sg.outputs = []
        elif how == "dup":
            sg.outputs = [int(sg.outputs[0])] * 2
        elif how == "out=in":
            sg.outputs = [int(sg.inputs[0])]
        elif how == "in=const" and const_tensors():
            sg.inputs = [pick(const_tensors())]
        return f"subgraph io {how}"
    if kind == "bias":
        cands = [int(op.inputs[2]) for op in O if len(op.inputs) > 2 and 0 <= op.inputs[2] < nt]
        if not cands:
            return "bias: none"
        i = pick(cands)
        if not has_data(T[i]):
            return "bias: no data"
        b = m.buffers[T[i].buffer]
        raw = np.asarray(b.data, np.uint8).tobytes()
        if len(raw) % 4:
            return "bias: odd size"
        v = np.frombuffer(raw, "<i4").copy()
        how = pick(("max", "min", "big", "type"))
        if how == "max":
            v[:] = (1 << 31) - 1
        elif how == "min":
            v[int(rng.integers(len(v)))] = -(1 << 31)
        elif how == "big":
            v *= 1000
        else:
            T[i].type = pick((fb.TensorType.INT64, fb.TensorType.INT8, fb.TensorType.FLOAT32))
            return f"bias {i} type {T[i].type}"
        b.data = np.frombuffer(v.astype("<i4").tobytes(), np.uint8)
        return f"bias {i} {how}"
    if kind == "weights":
        cands = [int(op.inputs[1]) for op in O if len(op.inputs) > 1 and 0 <= op.inputs[1] < nt
                 and T[int(op.inputs[1])].type == 9 and has_data(T[int(op.inputs[1])])]
        if not cands:
            return "weights: none"
        i = pick(cands)
        b = m.buffers[T[i].buffer]
        v = np.asarray(b.data, np.uint8).copy()
        v[:] = pick((0x80, 0x7F, 0x00))
        b.data = v
        return f"weights {i} all {int(v[0])}"
    if kind == "reorder" and len(O) > 1:
        a, c = int(rng.integers(len(O))), int(rng.integers(len(O)))
        O[a], O[c] = O[c], O[a]
        return f"ops {a} and {c} swapped"
    if kind == "dupop":
        k = op_i()
        O.insert(k, copy.deepcopy(O[k]))
        return f"op {k} duplicated"
    return f"{kind}: no-op"


def _graph_mutation(header: dict, arrays: dict, rng) -> tuple[dict, dict, str]:
    h = copy.deepcopy(header)
    arrays = dict(arrays)

    def pick(seq):
        return seq[int(rng.integers(len(seq)))]

    junk = (None, -1, 0, 1, 1 << 40, 2.5, float("nan"), float("inf"), "x", "", [], {}, [1, -1], [[1]],
            True, "SAME", "VALID", [0, 1, 2], "\ud800", "a*/\n", 10 ** 30)
    how = pick(("tensor", "tensor", "op", "op", "options", "options", "io", "top", "meta", "array", "array"))
    if not isinstance(h, dict):
        return h, arrays, "graph: not a dict"
    if how == "tensor" and isinstance(h.get("tensors"), list) and h["tensors"] and \
            isinstance(h["tensors"][0], dict):
        t = pick(h["tensors"])
        k = pick(("name", "shape", "dtype", "scale", "zero_point", "quantized_dim", "const"))
        if k == "shape" and rng.random() < 0.5:
            t[k] = pick(([1, 15, 100000, 128], [1, -3], [0], [1 << 33], [1, 2, 3, 4, 5, 6, 7]))
        elif k == "scale" and rng.random() < 0.6:
            t[k] = [pick(BAD_SCALES)]
        elif k == "zero_point" and rng.random() < 0.6:
            t[k] = [pick(BAD_ZPS)]
        else:
            t[k] = pick(junk) if rng.random() < 0.8 else None
            if rng.random() < 0.2:
                del t[k]
        return h, arrays, f"graph tensor field {k}"
    if how in ("op", "options") and isinstance(h.get("ops"), list) and h["ops"] and \
            all(isinstance(o, dict) for o in h["ops"]):
        o = pick(h["ops"])
        if how == "options" and isinstance(o.get("options"), dict) and o["options"]:
            k = pick(sorted(o["options"]))
            v = o["options"][k]
            if isinstance(v, (int, float)) and not isinstance(v, bool) and rng.random() < 0.7:
                o["options"][k] = pick((0, -1, 1 << 31, 99, 7, 1.5, -128, 128))
            elif rng.random() < 0.2:
                del o["options"][k]
            else:
                o["options"][k] = pick(junk)
            return h, arrays, f"graph op option {k}"
        k = pick(("type", "inputs", "outputs", "options", "name"))
        if k in ("inputs", "outputs") and rng.random() < 0.7 and isinstance(o.get(k), list) and o[k]:
            o[k][int(rng.integers(len(o[k])))] = pick((-1, -5, 10 ** 6, 3, 0))
        elif k == "type":
            o[k] = pick(("CONV_2D", "WTA_CHANNEL", "WTA_DENSE", "SOFTMAX", "MEAN", "PAD", "TANH", 7))
        else:
            o[k] = pick(junk)
        return h, arrays, f"graph op field {k}"
    if how == "io":
        k = pick(("inputs", "outputs"))
        h[k] = pick(([], [0, 0], [-1], [10 ** 6], "x", None, [1.5]))
        return h, arrays, f"graph {k}"
    if how == "meta":
        md = dict(h.get("metadata") or {}) if isinstance(h.get("metadata"), dict) else {}
        k = pick(("source", "float_inputs", "float_outputs", "tflite_tensor_indices"))
        md[k] = pick(junk) if rng.random() < 0.5 else {"0": {"scale": pick(junk), "zero_point": pick(junk)}}
        h["metadata"] = md
        return h, arrays, f"graph metadata {k}"
    if how == "top":
        k = pick(("format", "version", "name", "metadata", "tensors", "ops"))
        h[k] = pick(junk)
        return h, arrays, f"graph header {k}"
    if arrays:
        k = pick(sorted(arrays))
        a = arrays[k]
        arrays[k] = pick((a[:0], a.astype(np.int64), a.reshape(-1)[:3], np.zeros((2, 2), np.int8),
                          a.astype(">i4") if a.dtype == np.int32 else a.astype(np.float32)))
        return h, arrays, f"graph array {k}"
    return h, arrays, "graph: no-op"


def _graph_bytes(header: dict, arrays: dict) -> bytes:
    buf = io.BytesIO()
    blob = json.dumps(header, allow_nan=True).encode("utf-8", "surrogatepass")
    np.savez(buf, __header__=np.frombuffer(blob, np.uint8), **arrays)
    return buf.getvalue()


def _byte_mutation(data: bytes, rng, bases: list[Base]) -> tuple[bytes, str]:
    b = bytearray(data)
    n = len(b)
    how = str(rng.choice(("flip", "flip", "flip", "bitflip", "truncate", "splice", "insert", "delete",
                          "zero", "ff")))
    # Half the positions land in the first 2 KiB and the last 4 KiB (tables, vtables, offsets)
    # rather than in weight data.
    def pos():
        r = rng.random()
        if r < 0.25:
            return int(rng.integers(min(n, 2048)))
        if r < 0.5:
            return int(rng.integers(max(0, n - 4096), n))
        return int(rng.integers(n))

    if how == "flip":
        k = int(rng.integers(1, 9))
        for _ in range(k):
            b[pos()] = int(rng.integers(256))
        return bytes(b), f"{k} random bytes"
    if how == "bitflip":
        p = pos()
        b[p] ^= 1 << int(rng.integers(8))
        return bytes(b), f"bit flip at {p}"
    if how == "truncate":
        k = int(rng.integers(0, n))
        return bytes(b[:k]), f"truncated to {k}"
    if how == "splice":
        other = bases[int(rng.integers(len(bases)))].data
        a, ln = int(rng.integers(len(other))), int(rng.integers(1, 256))
        p = pos()
        b[p:p + ln] = other[a:a + ln]
        return bytes(b), f"splice of {ln} bytes at {p}"
    if how == "insert":
        p = pos()
        k = int(rng.integers(1, 64))
        b[p:p] = rng.integers(0, 256, k, dtype=np.uint8).tobytes()
        return bytes(b), f"{k} bytes inserted at {p}"
    if how == "delete":
        p = pos()
        k = int(rng.integers(1, 64))
        del b[p:p + k]
        return bytes(b), f"{k} bytes deleted at {p}"
    p, k = pos(), int(rng.integers(1, 128))
    b[p:p + k] = (b"\x00" if how == "zero" else b"\xff") * len(b[p:p + k])
    return bytes(b), f"{how} {k} bytes at {p}"


def make_case(bases: list[Base], seed: int) -> tuple[str, bytes, str]:
    """(kind, bytes, description) of mutant `seed`."""
    rng = np.random.default_rng(seed)
    w = np.array([b.weight for b in bases], float)
    base = bases[int(rng.choice(len(bases), p=w / w.sum()))]
    if base.kind == "graph":
        if rng.random() < 0.25:
            data, what = _byte_mutation(base.data, rng, bases)
            return "graph", data, f"{base.name}: bytes {what}"
        h, a = base.header, base.arrays
        whats = []
        for _ in range(int(rng.integers(1, 3))):
            h, a, what = _graph_mutation(h, a, rng)
            whats.append(what)
        return "graph", _graph_bytes(h, a), f"{base.name}: {'; '.join(whats)}"
    if rng.random() < 0.4:
        data, what = _byte_mutation(base.data, rng, bases)
        return "tflite", data, f"{base.name}: bytes {what}"
    fb = _fb()
    m = pickle.loads(base.pickled)
    whats = [_tflite_mutation(m, rng, fb) for _ in range(1 if rng.random() < 0.7 else int(rng.integers(2, 4)))]
    try:
        data = pack(m)
    except Exception as e:  # noqa: BLE001 - a value the flatbuffer builder cannot encode
        data, _ = _byte_mutation(base.data, rng, bases)
        whats.append(f"(unpackable: {type(e).__name__}; byte mutant instead)")
    return "tflite", data, f"{base.name}: {'; '.join(whats)}"


# ---------------------------------------------------------------------------------------------
# edge parameters (accepted graphs at the limits of the validator)
# ---------------------------------------------------------------------------------------------
def _setq(t, scale=None, zp=None) -> None:
    if scale is not None:
        t.scale = (float(np.float32(scale)),)
    if zp is not None:
        t.zero_point = (int(zp),)


def edge_variants():
    """(name, graph) of op-space graphs pushed to extreme quantization parameters: biases at the
    accumulator bound, extreme zero points, output scales 1e-9..1e9 times the fitted one, tiny ADD
    input scales, softmax beta up to 1e30. The validator refuses some; the accepted ones must run
    clean under the sanitizers and match the reference."""
    import sys
    here = str(Path(__file__).resolve().parent)
    if here not in sys.path:
        sys.path.insert(0, here)
    import graphs
    from dasnet_tiny.validate import ACC_LIMIT

    cases = dict(graphs.op_space_cases())
    for name in ("conv_k3x3_s11_same_relu6", "conv_per_tensor_no_bias", "fc_2d", "dw_m2_k3x3_s11_d11_same"):
        g = cases[name](0)
        op = g.ops[0]
        w = g.tensor(op.inputs[1])
        if len(op.inputs) > 2 and op.inputs[2] >= 0:
            oc = g.tensor(op.inputs[2]).shape[0]
            wabs = np.abs(w.data.astype(np.int64))
            per = wabs.reshape(oc, -1).sum(1) if op.type != "DEPTHWISE_CONV_2D" else wabs.reshape(-1, oc).sum(0)
            for sign in (1, -1):  # the largest bias the validator accepts
                g2 = copy.deepcopy(g)
                g2.tensor(op.inputs[2]).data = (sign * (ACC_LIMIT - 256 * per)).astype(np.int32)
                yield f"{name}_bias{'+' if sign > 0 else '-'}max", g2
        for zx, zy in ((-128, 127), (127, -128)):
            g2 = copy.deepcopy(g)
            _setq(g2.tensor(op.inputs[0]), zp=zx)
            _setq(g2.tensor(op.outputs[0]), zp=zy)
            yield f"{name}_zp{zx}_{zy}", g2
        for f in (1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e6, 1e8, 1e9):
            g2 = copy.deepcopy(g)
            y = g2.tensor(op.outputs[0])
            _setq(y, scale=y.scale[0] * f)
            yield f"{name}_outscale*{f:g}", g2
    for name in ("mul_same", "mul_const", "add_same", "add_bcast_both", "quantize", "mean_big",
                 "mean_axes12_keep", "softmax_10", "concat_c", "pad_all", "averagepool_k3x3_s22_same_relu6"):
        g = cases[name](0)
        op = g.ops[-1]
        for f in (1e-9, 1e-6, 1e-3, 1e3, 1e6, 1e9):
            g2 = copy.deepcopy(g)
            t = g2.tensor(op.inputs[0] if name.startswith("softmax") else op.outputs[0])
            _setq(t, scale=t.scale[0] * f)
            yield f"{name}_scale*{f:g}", g2
        for zx, zy in ((-128, 127), (127, -128)):
            g2 = copy.deepcopy(g)
            for i in op.inputs:
                if i >= 0 and g2.tensor(i).data is None:
                    _setq(g2.tensor(i), zp=zx)
            if not name.startswith("softmax"):
                _setq(g2.tensor(op.outputs[0]), zp=zy)
            yield f"{name}_zp{zx}_{zy}", g2
        if name.startswith("add"):
            for f in (1e-6, 1e-9, 1e-12):
                g2 = copy.deepcopy(g)
                a = g2.tensor(op.inputs[0])
                _setq(a, scale=a.scale[0] * f)
                yield f"{name}_a*{f:g}", g2
        if name.startswith("softmax"):
            for beta in (1e-3, 1e3, 1e6, 1e30):
                g2 = copy.deepcopy(g)
                g2.ops[-1].options["beta"] = beta
                yield f"{name}_beta{beta:g}", g2


# ---------------------------------------------------------------------------------------------
# the property
# ---------------------------------------------------------------------------------------------
def load(kind: str, data: bytes, tmpdir: str):
    import dasnet_tiny as dt
    if kind == "tflite":
        return dt.import_tflite(data)
    p = Path(tmpdir) / "mutant.graph"
    p.write_bytes(data)
    return dt.load_graph(p)


def check_case(kind: str, data: bytes, seed: int, tmpdir: str) -> tuple[str, str]:
    """("refused", message) | ("ran", "") | ("traceback", where) | ("warning", what): a warning
    printed while importing is a failure too (the CLI must print one line)."""
    from dasnet_tiny import reference
    from dasnet_tiny.errors import UnsupportedModelError

    import warnings
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            g = load(kind, data, tmpdir)
        if caught:
            w = caught[0]
            return "warning", f"import: {w.category.__name__} at {Path(w.filename).name}:{w.lineno}: {w.message}"
    except UnsupportedModelError as e:
        if caught:
            w = caught[0]
            return "warning", f"refusal: {w.category.__name__} at {Path(w.filename).name}:{w.lineno}: {w.message}"
        msg = str(e)
        if "\n" in msg or not msg:
            return "traceback", f"multi-line refusal: {msg[:200]!r}"
        return "refused", msg
    except Exception as e:  # noqa: BLE001
        return "traceback", _tb(e, "import")
    try:
        rng = np.random.default_rng(seed)
        xs = [rng.integers(-128, 128, g.tensor(i).shape, dtype=np.int8) for i in g.inputs]
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            reference.run(g, xs)
    except Exception as e:  # noqa: BLE001
        return "traceback", _tb(e, "reference")
    if caught:
        w = caught[0]
        return "warning", f"reference: {w.category.__name__} at {Path(w.filename).name}:{w.lineno}: {w.message}"
    return "ran", ""


def _tb(e: BaseException, stage: str) -> str:
    frames = traceback.extract_tb(e.__traceback__)
    last = frames[-1] if frames else None
    at = f"{Path(last.filename).name}:{last.lineno}" if last else "?"
    return f"{stage}: {type(e).__name__} at {at}: {str(e)[:160]}"


# ---------------------------------------------------------------------------------------------
# forked workers
# ---------------------------------------------------------------------------------------------
@dataclass
class Result:
    seed: int
    status: str
    detail: str
    what: str = ""


def _worker(conn, bases):
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    with tempfile.TemporaryDirectory(prefix="dt_fuzz_") as td:
        while True:
            try:
                seed = conn.recv()
            except EOFError:
                return
            if seed is None:
                return
            try:
                kind, data, what = make_case(bases, seed)
            except Exception as e:  # noqa: BLE001 - a bug of the mutator, reported apart
                conn.send(("start", "?"))
                conn.send(("done", "generator", _tb(e, "mutator")))
                continue
            conn.send(("start", what))
            status, detail = check_case(kind, data, seed, td)
            conn.send(("done", status, detail))


class _Slot:
    def __init__(self, ctx, bases):
        self.parent, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker, args=(child, bases), daemon=True)
        self.proc.start()
        child.close()
        self.seed: int | None = None
        self.what = ""
        self.deadline = 0.0

    def stop(self, kill: bool = False):
        if kill:
            self.proc.kill()
        else:
            try:
                self.parent.send(None)
            except OSError:
                pass
        self.proc.join(5)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self.parent.close()


def run_cases(seeds, bases: list[Base], workers: int = 2, timeout: float = 10.0, progress=None) -> list[Result]:
    """Run every seed in forked workers; a case past `timeout` seconds is a hang, a worker that
    dies is a crash (the worker is replaced)."""
    ctx = mp.get_context("fork")
    todo = list(seeds)[::-1]
    results: list[Result] = []
    slots = [_Slot(ctx, bases) for _ in range(max(1, min(workers, len(todo))))]

    def feed(s: _Slot):
        if todo:
            s.seed = todo.pop()
            s.what = ""
            s.deadline = time.monotonic() + timeout
            s.parent.send(s.seed)
        else:
            s.seed = None

    try:
        for s in slots:
            feed(s)
        while any(s.seed is not None for s in slots):
            busy = [s for s in slots if s.seed is not None]
            now = time.monotonic()
            ready = wait([s.parent for s in busy] + [s.proc.sentinel for s in busy],
                         timeout=max(0.0, min(s.deadline for s in busy) - now))
            for i, s in enumerate(slots):
                if s.seed is None:
                    continue
                if s.parent in ready:
                    try:
                        msg = s.parent.recv()
                    except (EOFError, OSError):
                        msg = None
                    if msg is not None and msg[0] == "start":
                        s.what = msg[1]
                        continue
                    if msg is not None:
                        results.append(Result(s.seed, msg[1], msg[2], s.what))
                        if progress:
                            progress(results)
                        feed(s)
                        continue
                    s.proc.join(5)
                    results.append(Result(s.seed, "crash", f"worker died (exit code {s.proc.exitcode})", s.what))
                elif s.proc.sentinel in ready and not s.parent.poll():
                    s.proc.join()
                    results.append(Result(s.seed, "crash", f"worker died (exit code {s.proc.exitcode})", s.what))
                elif time.monotonic() > s.deadline:
                    results.append(Result(s.seed, "hang", f"no answer within {timeout:.0f} s", s.what))
                else:
                    continue
                if progress:
                    progress(results)
                s.stop(kill=True)
                slots[i] = s = _Slot(ctx, bases)
                feed(s)
    finally:
        for s in slots:
            s.stop(kill=s.seed is not None)
    return results


def summarize(results: list[Result]) -> tuple[Counter, Counter]:
    counts = Counter({k: 0 for k in STATUSES})
    counts.update(r.status for r in results)
    reasons = Counter(refusal_reason(r.detail) for r in results if r.status == "refused")
    return counts, reasons


def refusal_reason(msg: str) -> str:
    """A refusal message with the path, indices, names and numbers taken out (for grouping)."""
    import re
    msg = msg.split(": ", 1)[1] if ": " in msg else msg
    msg = re.sub(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"", "'…'", msg)
    msg = re.sub(r"\([^()]*\)", "(…)", msg)
    msg = re.sub(r"(?<![\w.])-?\d+(\.\d+)?(e[-+]?\d+)?(?![\w])|\bnan\b|\binf\b", "N", msg)
    return msg[:110]
