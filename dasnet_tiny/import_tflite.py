# SPDX-License-Identifier: Apache-2.0
"""Read a full-integer (int8) .tflite flatbuffer into the dasnet-tiny IR.

Uses the maintained schema module shipped with ai-edge-litert (the LiteRT flatbuffer object API).
Options are normalized (padding offsets, activation ranges, axes) so later stages never need the
schema. Float QUANTIZE/DEQUANTIZE ops at the model boundary are stripped: the graph's input and
output are the int8 tensors, and `graph.metadata` records the float boundary quantization.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

from .errors import DasnetError, MalformedModelError, UnsupportedModelError
from .ir import Graph, Op, Tensor
from .ops import OPS, TFLITE_OPS
from .quant import activation_range
from .util import c_identifier
from .validate import MAX_OPS, MAX_TENSORS, one_line, short, validate_graph, validate_tensor

try:  # the maintained schema module installed with ai-edge-litert
    from ai_edge_litert import schema_py_generated as fb
except ImportError:  # pragma: no cover - tflite-micro ships the same module
    from tflite_micro.tensorflow.lite.micro.python import schema_py_generated as fb  # type: ignore

SUPPORTED_OPS = TFLITE_OPS  # from the op registry (dasnet_tiny.ops)

_OP_NAMES = {v: k for k, v in vars(fb.BuiltinOperator).items() if not k.startswith("_")}
_TYPE_NAMES = {v: k for k, v in vars(fb.TensorType).items() if not k.startswith("_")}
_ACT_NAMES = {v: k for k, v in vars(fb.ActivationFunctionType).items() if not k.startswith("_")}
_FLOAT_HINT = ("convert it with full-integer int8 quantization (converter.optimizations="
               "[tf.lite.Optimize.DEFAULT], a representative_dataset, inference_input/output_type=tf.int8)")
_DTYPES = {"INT8": "int8", "INT16": "int16", "INT32": "int32", "INT64": "int64",
           "FLOAT32": "float32", "UINT8": "uint8", "BOOL": "bool"}


def import_tflite(path_or_bytes: str | Path | bytes) -> Graph:
    """Import a full-int8 .tflite model (path or bytes) into a `Graph`.

    Raises UnsupportedModelError naming the op, its index and the supported list when the model
    uses anything dasnet-tiny cannot run, and MalformedModelError (a subclass) naming the op or
    tensor when the file is corrupt or structurally invalid (see `dasnet_tiny.validate`).
    """
    if isinstance(path_or_bytes, (bytes, bytearray, memoryview)):
        buf, where, name = bytes(path_or_bytes), "<bytes>", "model"
    else:
        p = Path(path_or_bytes)
        where = one_line(str(p))
        if p.is_dir():
            raise MalformedModelError(f"{where}: is a directory, not a .tflite model file")
        try:
            buf = p.read_bytes()
        except OSError as e:
            raise UnsupportedModelError(f"{where}: cannot read the model ({e.strerror or e})") from None
        name = c_identifier(p.stem)
    model = _parse(buf, where)
    try:
        with np.errstate(all="ignore"):  # hostile scales: overflow is detected, not warned about
            return _Importer(model, buf, where, name).run()
    except DasnetError:
        raise
    except Exception as e:  # noqa: BLE001 - a hostile file must never escape as a traceback
        msg = one_line(str(e))[:160]
        raise MalformedModelError(f"{where}: malformed model (unexpected {type(e).__name__}: {msg})") from None


def _parse(buf: bytes, where: str):
    if len(buf) == 0:
        raise MalformedModelError(f"{where}: the file is empty; pass a .tflite file produced by the "
                                  "TFLite converter")
    if len(buf) < 8 or buf[4:8] != b"TFL3":
        raise UnsupportedModelError(
            f"{where}: not a TensorFlow Lite flatbuffer (missing the TFL3 identifier); "
            "pass a .tflite file produced by the TFLite converter")
    try:
        _check_counts(buf, where)
        return fb.ModelT.InitFromPackedBuf(buf, 0)
    except DasnetError:
        raise
    except Exception as e:  # the flatbuffer runtime raises assorted errors on corrupt data
        msg = one_line(str(e))[:120]
        raise MalformedModelError(f"{where}: corrupt .tflite flatbuffer ({type(e).__name__}: {msg})") from None


def _check_counts(buf: bytes, where: str) -> None:
    """Vector lengths read lazily before the object API unpacks everything, so that a corrupt
    length (or a hostile file aliasing one large table many times) cannot make unpacking hang."""
    root = fb.Model.GetRootAs(buf, 0)
    n = root.SubgraphsLength()
    if n > 64:
        raise MalformedModelError(f"{where}: {n} subgraphs: corrupt .tflite flatbuffer")
    if n > 1:
        raise UnsupportedModelError(f"{where}: the model has {n} subgraphs; only single-subgraph models "
                                    "(no control flow) are supported")
    counts = {"buffers": root.BuffersLength(), "operator codes": root.OperatorCodesLength(),
              "signatures": root.SignatureDefsLength(), "metadata entries": root.MetadataLength()}
    if n == 1:
        sg = root.Subgraphs(0)
        counts.update(tensors=sg.TensorsLength(), operators=sg.OperatorsLength(),
                      inputs=sg.InputsLength(), outputs=sg.OutputsLength())
    limits = {"signatures": 64, "metadata entries": 4096, "operator codes": 4096}
    for what, c in counts.items():
        if c > limits.get(what, MAX_TENSORS + 1):
            raise MalformedModelError(f"{where}: {c} {what}: corrupt or far beyond any microcontroller model")


def _text(v) -> str:
    """A flatbuffer string (bytes, str or None) as str; undecodable bytes are replaced."""
    if v is None:
        return ""
    if isinstance(v, (bytes, bytearray)):
        return bytes(v).decode("utf-8", errors="replace")
    return str(v)


def _ints(v, what: str, fail) -> list[int]:
    if v is None:
        return []
    try:
        return [int(i) for i in v]
    except (TypeError, ValueError, OverflowError):
        fail(f"{what} is not a list of integers")


class _Importer:
    def __init__(self, model, buf: bytes, where: str, name: str):
        self.m, self.buf, self.where, self.name = model, buf, where, name

    def fail(self, msg: str):
        raise UnsupportedModelError(f"{self.where}: {msg}")

    def bad(self, msg: str):
        """A malformed file (as opposed to a valid model dasnet-tiny does not support)."""
        raise MalformedModelError(f"{self.where}: {msg}")

    # ---- tensors -----------------------------------------------------------------------------
    def buffer_data(self, t, i: int, tname: str, shape: tuple[int, ...]) -> np.ndarray | None:
        buffers = self.m.buffers or []
        bi = int(t.buffer)
        if not 0 <= bi < max(len(buffers), 1):
            self.bad(f"tensor #{i} {short(tname)}: buffer index {bi} is out of range (0..{len(buffers) - 1})")
        b = buffers[bi] if bi < len(buffers) else None
        if b is None:
            return None
        offset, size = int(getattr(b, "offset", 0) or 0), int(getattr(b, "size", 0) or 0)
        if b.data is not None and len(b.data):
            raw = np.asarray(b.data, dtype=np.uint8).tobytes()
        elif offset > 1:
            if offset + size > len(self.buf) or size < 0:
                self.bad(f"tensor #{i} {short(tname)}: buffer {bi} (offset {offset}, size {size}) lies "
                         f"outside the {len(self.buf)}-byte file")
            raw = self.buf[offset:offset + size]
        else:
            return None
        dtype = _DTYPES.get(_TYPE_NAMES.get(t.type, ""), None)
        if dtype is None:
            return None
        if any(d < 0 for d in shape):
            self.bad(f"tensor #{i} {short(tname)}: negative dimension in shape {shape}")
        elems = 1
        for d in shape:
            elems *= d
        need = elems * np.dtype(dtype).itemsize
        if len(raw) != need:
            self.bad(f"tensor #{i} {short(tname)}: buffer {bi} holds {len(raw)} bytes, its shape {shape} "
                     f"and type {dtype} need {need}")
        return np.frombuffer(raw, dtype=np.dtype(dtype).newbyteorder("<")).astype(dtype).reshape(shape)

    def make_tensor(self, t, i: int) -> Tensor:
        tname = _TYPE_NAMES.get(t.type, f"unknown type {t.type}")
        dtype = _DTYPES.get(tname, tname.lower())
        q = t.quantization
        name = _text(t.name)
        fail = lambda msg: self.bad(f"tensor #{i} {short(name)}: {msg}")  # noqa: E731
        try:
            scale = tuple(float(np.float32(s)) for s in (q.scale if q is not None and q.scale is not None else []))
        except (TypeError, ValueError, OverflowError):
            fail("quantization scales are not numbers")
        zp = tuple(_ints(q.zeroPoint if q is not None else None, "zero points", fail))
        qdim = int(q.quantizedDimension) if q is not None else 0
        shape = tuple(_ints(t.shape, "shape", fail))
        return Tensor(name=name, shape=shape, dtype=dtype, scale=scale, zero_point=zp,
                      quantized_dim=qdim, data=self.buffer_data(t, i, name, shape))

    # ---- graph -------------------------------------------------------------------------------
    def run(self) -> Graph:
        m = self.m
        if not m.subgraphs:
            self.bad("the model has no subgraph")
        if len(m.subgraphs) > 1:
            self.fail(f"the model has {len(m.subgraphs)} subgraphs; only single-subgraph models "
                      "(no control flow) are supported")
        sg = m.subgraphs[0]
        raw_tensors = list(sg.tensors or [])
        if len(raw_tensors) > MAX_TENSORS:
            self.bad(f"{len(raw_tensors)} tensors: too many")
        tensors = [self.make_tensor(t, i) for i, t in enumerate(raw_tensors)]
        n = len(tensors)
        inputs = _ints(sg.inputs, "subgraph inputs", self.bad)
        outputs = _ints(sg.outputs, "subgraph outputs", self.bad)
        for what, lst in (("input", inputs), ("output", outputs)):
            if not lst:
                self.bad(f"the subgraph has no {what}s")
            for i in lst:
                if not 0 <= i < n:
                    self.bad(f"subgraph {what} tensor index {i} is out of range (0..{n - 1})")
        ops_raw = list(sg.operators or [])
        if len(ops_raw) > MAX_OPS:
            self.bad(f"{len(ops_raw)} ops: too many")
        metadata: dict = {"source": self.where}

        # Indices first, so nothing below indexes out of range.
        parsed = []
        used = set(inputs) | set(outputs)
        for idx, op in enumerate(ops_raw):
            code = self.op_name(op, idx)
            ins = _ints(op.inputs, f"op #{idx} {code} inputs", self.bad)
            outs = _ints(op.outputs, f"op #{idx} {code} outputs", self.bad)
            if not ins or len(outs) != 1:
                self.bad(f"op #{idx} {code}: {len(ins)} inputs and {len(outs)} outputs")
            for s, i in enumerate(ins + outs):
                if not (-1 if 0 < s < len(ins) else 0) <= i < n:
                    self.bad(f"op #{idx} {code}: tensor index {i} is out of range (0..{n - 1})")
            used |= {i for i in ins + outs if i >= 0}
            parsed.append((idx, code, op, ins, outs))
        for i in sorted(used):
            validate_tensor(tensors[i], i, self.bad)

        # Strip float QUANTIZE at the inputs and DEQUANTIZE at the outputs.
        keep = []
        for idx, code, op, ins, outs in parsed:
            if code == "QUANTIZE" and tensors[ins[0]].dtype == "float32" and ins[0] in inputs:
                pos = inputs.index(ins[0])
                metadata.setdefault("float_inputs", {})[str(pos)] = self.qinfo(tensors[outs[0]])
                inputs[pos] = outs[0]
                continue
            if code == "DEQUANTIZE" and tensors[outs[0]].dtype == "float32" and outs[0] in outputs:
                pos = outputs.index(outs[0])
                metadata.setdefault("float_outputs", {})[str(pos)] = self.qinfo(tensors[ins[0]])
                outputs[pos] = ins[0]
                continue
            keep.append((idx, code, op, ins, outs))

        ops = [self.convert_op(idx, code, op, ins, outs, tensors) for idx, code, op, ins, outs in keep]
        graph = Graph(tensors=tensors, ops=ops, inputs=inputs, outputs=outputs, name=self.name,
                      metadata=metadata)
        self.check_types(graph)
        graph = _drop_unused(graph)
        validate_graph(graph, self.where, MalformedModelError, graph.metadata["tflite_tensor_indices"],
                       [idx for idx, *_ in keep])
        return graph

    @staticmethod
    def qinfo(t: Tensor) -> dict:
        return {"scale": t.scale[0] if t.scale else 0.0, "zero_point": t.zp}

    def op_name(self, op, idx: int) -> str:
        codes = self.m.operatorCodes or []
        oi = int(op.opcodeIndex)
        if not 0 <= oi < len(codes):
            self.bad(f"op #{idx}: opcode index {oi} is out of range (0..{len(codes) - 1})")
        oc = codes[oi]
        code = max(int(oc.builtinCode), int(oc.deprecatedBuiltinCode))
        name = _OP_NAMES.get(code, f"builtin {code}")
        if name == "CUSTOM":
            name = f"CUSTOM({short(_text(oc.customCode))})"
        if name not in SUPPORTED_OPS:
            self.fail(f"op #{idx} {name} is not supported; supported ops: {', '.join(SUPPORTED_OPS)}")
        return name

    def check_types(self, g: Graph) -> None:
        for i, op in enumerate(g.ops):
            for t in g.op_inputs(op)[:1] + g.op_outputs(op):
                if t is None:
                    continue
                if t.dtype == "float32":
                    self.fail(f"op #{i} {op.type} has float32 activations ({short(t.name)}); " + _FLOAT_HINT)
                if t.dtype != "int8":
                    self.fail(f"op #{i} {op.type} has {t.dtype} activations ({short(t.name)}); only int8 "
                              "activations are supported (not the 16x8 scheme)")
                if len(t.scale) != 1:
                    self.fail(f"op #{i} {op.type}: activation {short(t.name)} lacks per-tensor quantization")
            if op.type in ("CONV_2D", "DEPTHWISE_CONV_2D", "FULLY_CONNECTED"):
                w = g.tensor(op.inputs[1])
                if w.dtype != "int8" or w.data is None:
                    self.fail(f"op #{i} {op.type}: weights must be constant int8, got {w.dtype}"
                              f"{'' if w.data is not None else ' (not constant)'}")
                if any(z != 0 for z in w.zero_point):
                    self.fail(f"op #{i} {op.type}: weights have a non-zero zero point (asymmetric "
                              "weights are not part of the TFLite int8 scheme)")
                if len(op.inputs) > 2 and op.inputs[2] >= 0 and g.tensor(op.inputs[2]).dtype != "int32":
                    self.fail(f"op #{i} {op.type}: bias must be int32")

    # ---- ops ---------------------------------------------------------------------------------
    def options(self, op, idx: int, code: str, *attrs: str):
        """The op's builtin options, refused when absent or of another option type."""
        o = op.builtinOptions
        if o is None or any(not hasattr(o, a) for a in attrs):
            self.bad(f"op #{idx} {code}: builtin options are missing or of the wrong type "
                     f"({type(o).__name__ if o is not None else 'none'})")
        return o

    def act(self, opts, out: Tensor, idx: int, code: str) -> dict:
        raw = int(getattr(opts, "fusedActivationFunction", 0)) if opts is not None else 0
        fused = _ACT_NAMES.get(raw, f"enum value {raw}")
        if fused not in ("NONE", "RELU", "RELU6", "RELU_N1_TO_1"):
            err = self.fail if raw in _ACT_NAMES else self.bad
            err(f"op #{idx} {code}: fused activation {fused} is not supported "
                "(supported: NONE, RELU, RELU6, RELU_N1_TO_1)")
        if len(out.scale) != 1:
            self.bad(f"op #{idx} {code}: output {short(out.name)} lacks per-tensor quantization")
        try:
            lo, hi = activation_range(fused, out.scale[0], out.zp)
        except (OverflowError, ValueError):
            self.bad(f"op #{idx} {code}: output scale {out.scale[0]!r} gives no activation range")
        return {"activation": fused, "act_min": lo, "act_max": hi}

    def const(self, tensors, i: int, idx: int, code: str, what: str) -> np.ndarray:
        if i < 0 or tensors[i].data is None:
            self.fail(f"op #{idx} {code}: {what} must be a constant tensor")
        d = tensors[i].data
        if d.dtype not in (np.int32, np.int64):
            self.bad(f"op #{idx} {code}: {what} must be int32 or int64, got {d.dtype}")
        return d

    def rank(self, idx: int, code: str, t: Tensor, role: str, rank: int) -> None:
        if len(t.shape) != rank:
            self.bad(f"op #{idx} {code}: {role} {short(t.name)} has shape {t.shape}; expected rank {rank}")

    def padding(self, o, idx: int, code: str) -> str:
        p = int(o.padding)
        if p not in (fb.Padding.SAME, fb.Padding.VALID):
            self.bad(f"op #{idx} {code}: padding enum value {p} is not SAME ({fb.Padding.SAME}) or "
                     f"VALID ({fb.Padding.VALID})")
        return "SAME" if p == fb.Padding.SAME else "VALID"

    def convert_op(self, idx, code, op, ins, outs, tensors) -> Op:
        o = op.builtinOptions
        want = _OPTIONS_CLASS.get(code)
        if o is not None and want is not None and type(o).__name__ != want:
            self.bad(f"op #{idx} {code}: builtin options are {type(o).__name__[:-1]}, expected {want[:-1]}")
        x = tensors[ins[0]]
        y = tensors[outs[0]]
        if "float32" in (x.dtype, y.dtype):
            self.fail(f"op #{idx} {code} has float32 activations; this is a float model: " + _FLOAT_HINT)
        if code == "DEQUANTIZE":
            self.fail(f"op #{idx} DEQUANTIZE inside the graph is not supported (only at model outputs)")
        ins, opts = OPS[code].parse(self, idx, op, ins, outs, tensors)  # the op's own parser
        return Op(type=code, inputs=ins, outputs=outs, options=opts, name=y.name)

    def same_quant(self, a: Tensor, b: Tensor, idx: int, code: str) -> None:
        if a.scale != b.scale or a.zero_point != b.zero_point:
            self.bad(f"op #{idx} {code}: input and output quantization differ "
                      f"({a.scale}/{a.zero_point} vs {b.scale}/{b.zero_point}); TFLite Micro requires them equal")


_OPTIONS_CLASS = {
    "CONV_2D": "Conv2DOptionsT", "DEPTHWISE_CONV_2D": "DepthwiseConv2DOptionsT",
    "FULLY_CONNECTED": "FullyConnectedOptionsT", "AVERAGE_POOL_2D": "Pool2DOptionsT",
    "MAX_POOL_2D": "Pool2DOptionsT", "ADD": "AddOptionsT", "MUL": "MulOptionsT",
    "SOFTMAX": "SoftmaxOptionsT", "RESHAPE": "ReshapeOptionsT", "PAD": "PadOptionsT",
    "MEAN": "ReducerOptionsT", "CONCATENATION": "ConcatenationOptionsT", "QUANTIZE": "QuantizeOptionsT",
    "DEQUANTIZE": "DequantizeOptionsT",
}


def _drop_unused(g: Graph) -> Graph:
    """Remove tensors no op, input or output refers to (shape constants of RESHAPE, axes, ...)."""
    remap = g.drop_unused_tensors()
    g.metadata["tflite_tensor_indices"] = sorted(remap)  # new index -> index in the .tflite subgraph
    return g
