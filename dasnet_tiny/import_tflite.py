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

from .errors import UnsupportedModelError
from .ir import Graph, Op, Tensor
from .quant import activation_range
from .util import c_identifier

try:  # the maintained schema module installed with ai-edge-litert
    from ai_edge_litert import schema_py_generated as fb
except ImportError:  # pragma: no cover - tflite-micro ships the same module
    from tflite_micro.tensorflow.lite.micro.python import schema_py_generated as fb  # type: ignore

SUPPORTED_OPS = (
    "CONV_2D", "DEPTHWISE_CONV_2D", "FULLY_CONNECTED", "AVERAGE_POOL_2D", "MAX_POOL_2D", "ADD",
    "MUL", "SOFTMAX", "RESHAPE", "PAD", "MEAN", "CONCATENATION", "QUANTIZE", "DEQUANTIZE",
)

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
    uses anything dasnet-tiny cannot run.
    """
    if isinstance(path_or_bytes, (bytes, bytearray)):
        buf, where, name = bytes(path_or_bytes), "<bytes>", "model"
    else:
        p = Path(path_or_bytes)
        try:
            buf = p.read_bytes()
        except OSError as e:
            raise UnsupportedModelError(f"{p}: cannot read the model ({e.strerror})") from None
        where, name = str(p), c_identifier(p.stem)
    model = _parse(buf, where)
    return _Importer(model, buf, where, name).run()


def _parse(buf: bytes, where: str):
    if len(buf) < 8 or buf[4:8] != b"TFL3":
        raise UnsupportedModelError(
            f"{where}: not a TensorFlow Lite flatbuffer (missing the TFL3 identifier); "
            "pass a .tflite file produced by the TFLite converter")
    try:
        return fb.ModelT.InitFromPackedBuf(buf, 0)
    except Exception as e:  # the flatbuffer runtime raises assorted errors on corrupt data
        raise UnsupportedModelError(f"{where}: corrupt .tflite flatbuffer ({e})") from None


class _Importer:
    def __init__(self, model, buf: bytes, where: str, name: str):
        self.m, self.buf, self.where, self.name = model, buf, where, name

    def fail(self, msg: str):
        raise UnsupportedModelError(f"{self.where}: {msg}")

    # ---- tensors -----------------------------------------------------------------------------
    def buffer_data(self, t) -> np.ndarray | None:
        b = self.m.buffers[t.buffer] if t.buffer < len(self.m.buffers or []) else None
        if b is None:
            return None
        if b.data is not None and len(b.data):
            raw = np.asarray(b.data, dtype=np.uint8).tobytes()
        elif getattr(b, "offset", 0) and b.offset > 1:
            raw = self.buf[b.offset:b.offset + b.size]
        else:
            return None
        dtype = _DTYPES.get(_TYPE_NAMES.get(t.type, ""), None)
        if dtype is None:
            return None
        shape = tuple(int(d) for d in (t.shape if t.shape is not None else []))
        return np.frombuffer(raw, dtype=np.dtype(dtype).newbyteorder("<")).astype(dtype).reshape(shape)

    def make_tensor(self, t) -> Tensor:
        tname = _TYPE_NAMES.get(t.type, str(t.type))
        dtype = _DTYPES.get(tname, tname.lower())
        q = t.quantization
        scale = tuple(float(np.float32(s)) for s in (q.scale if q is not None and q.scale is not None else []))
        zp = tuple(int(z) for z in (q.zeroPoint if q is not None and q.zeroPoint is not None else []))
        qdim = int(q.quantizedDimension) if q is not None else 0
        name = t.name.decode() if isinstance(t.name, bytes) else (t.name or "")
        shape = tuple(int(d) for d in (t.shape if t.shape is not None else []))
        return Tensor(name=name, shape=shape, dtype=dtype, scale=scale, zero_point=zp,
                      quantized_dim=qdim, data=self.buffer_data(t))

    # ---- graph -------------------------------------------------------------------------------
    def run(self) -> Graph:
        m = self.m
        if not m.subgraphs:
            self.fail("the model has no subgraph")
        if len(m.subgraphs) > 1:
            self.fail(f"the model has {len(m.subgraphs)} subgraphs; only single-subgraph models "
                      "(no control flow) are supported")
        sg = m.subgraphs[0]
        tensors = [self.make_tensor(t) for t in (sg.tensors or [])]
        inputs = [int(i) for i in sg.inputs]
        outputs = [int(i) for i in sg.outputs]
        ops_raw = list(sg.operators or [])
        metadata: dict = {"source": self.where}

        # Strip float QUANTIZE at the inputs and DEQUANTIZE at the outputs.
        keep = []
        for idx, op in enumerate(ops_raw):
            code = self.op_name(op, idx)
            ins = [int(i) for i in op.inputs]
            outs = [int(i) for i in op.outputs]
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
        return _drop_unused(graph)

    @staticmethod
    def qinfo(t: Tensor) -> dict:
        return {"scale": t.scale[0] if t.scale else 0.0, "zero_point": t.zp}

    def op_name(self, op, idx: int) -> str:
        oc = self.m.operatorCodes[op.opcodeIndex]
        code = max(int(oc.builtinCode), int(oc.deprecatedBuiltinCode))
        name = _OP_NAMES.get(code, f"builtin {code}")
        if name == "CUSTOM":
            cname = oc.customCode.decode() if isinstance(oc.customCode, bytes) else oc.customCode
            name = f"CUSTOM({cname})"
        if name not in SUPPORTED_OPS:
            self.fail(f"op #{idx} {name} is not supported; supported ops: {', '.join(SUPPORTED_OPS)}")
        return name

    def check_types(self, g: Graph) -> None:
        for i, op in enumerate(g.ops):
            for t in g.op_inputs(op)[:1] + g.op_outputs(op):
                if t is None:
                    continue
                if t.dtype == "float32":
                    self.fail(f"op #{i} {op.type} has float32 activations ({t.name!r}); " + _FLOAT_HINT)
                if t.dtype != "int8":
                    self.fail(f"op #{i} {op.type} has {t.dtype} activations ({t.name!r}); only int8 "
                              "activations are supported (not the 16x8 scheme)")
                if len(t.scale) != 1:
                    self.fail(f"op #{i} {op.type}: activation {t.name!r} lacks per-tensor quantization")
            if op.type in ("CONV_2D", "DEPTHWISE_CONV_2D", "FULLY_CONNECTED"):
                w = g.tensor(op.inputs[1])
                if w.dtype != "int8" or w.data is None:
                    self.fail(f"op #{i} {op.type}: weights must be constant int8, got {w.dtype}"
                              f"{'' if w.data is not None else ' (not constant)'}")
                if any(z != 0 for z in w.zero_point):
                    self.fail(f"op #{i} {op.type}: weights have a non-zero zero point (asymmetric "
                              "weights are not part of the TFLite int8 scheme)")
                if op.inputs[2] >= 0 and g.tensor(op.inputs[2]).dtype != "int32":
                    self.fail(f"op #{i} {op.type}: bias must be int32")

    # ---- ops ---------------------------------------------------------------------------------
    def act(self, opts, out: Tensor, idx: int, code: str) -> dict:
        fused = _ACT_NAMES.get(getattr(opts, "fusedActivationFunction", 0), "?") if opts else "NONE"
        if fused not in ("NONE", "RELU", "RELU6", "RELU_N1_TO_1"):
            self.fail(f"op #{idx} {code}: fused activation {fused} is not supported "
                      "(supported: NONE, RELU, RELU6, RELU_N1_TO_1)")
        lo, hi = activation_range(fused, out.scale[0] if out.scale else 1.0, out.zp)
        return {"activation": fused, "act_min": lo, "act_max": hi}

    def const(self, tensors, i: int, idx: int, code: str, what: str) -> np.ndarray:
        if i < 0 or tensors[i].data is None:
            self.fail(f"op #{idx} {code}: {what} must be a constant tensor")
        return tensors[i].data

    def convert_op(self, idx, code, op, ins, outs, tensors) -> Op:
        o = op.builtinOptions
        x = tensors[ins[0]]
        y = tensors[outs[0]]
        if "float32" in (x.dtype, y.dtype):
            self.fail(f"op #{idx} {code} has float32 activations; this is a float model: " + _FLOAT_HINT)
        opts: dict = {}
        if code in ("CONV_2D", "DEPTHWISE_CONV_2D"):
            w = tensors[ins[1]]
            kh, kw = (w.shape[1], w.shape[2])
            opts.update(stride_h=int(o.strideH), stride_w=int(o.strideW),
                        dilation_h=int(o.dilationHFactor or 1), dilation_w=int(o.dilationWFactor or 1),
                        padding="SAME" if o.padding == fb.Padding.SAME else "VALID")
            opts.update(_padding(x.shape, y.shape, kh, kw, opts))
            if code == "DEPTHWISE_CONV_2D":
                if y.shape[3] % x.shape[3]:
                    self.fail(f"op #{idx} {code}: output channels {y.shape[3]} are not a multiple of "
                              f"input channels {x.shape[3]}")
                opts["depth_multiplier"] = y.shape[3] // x.shape[3]
            elif w.shape[3] != x.shape[3]:
                self.fail(f"op #{idx} CONV_2D: grouped convolution (filter depth {w.shape[3]} vs "
                          f"{x.shape[3]} input channels) is not supported")
            opts.update(self.act(o, y, idx, code))
            if len(ins) < 3:
                ins = ins + [-1]
        elif code == "FULLY_CONNECTED":
            if o is not None and getattr(o, "weightsFormat", 0) != 0:
                self.fail(f"op #{idx} FULLY_CONNECTED: shuffled weights format is not supported")
            w = tensors[ins[1]]
            if len(w.scale) > 1 and w.quantized_dim != 0:
                self.fail(f"op #{idx} FULLY_CONNECTED: per-channel weights must be quantized on axis 0")
            if x.size % w.shape[1]:
                self.fail(f"op #{idx} FULLY_CONNECTED: input size {x.size} is not a multiple of "
                          f"the weights' depth {w.shape[1]}")
            opts.update(self.act(o, y, idx, code))
            if len(ins) < 3:
                ins = ins + [-1]
        elif code in ("AVERAGE_POOL_2D", "MAX_POOL_2D"):
            opts.update(filter_h=int(o.filterHeight), filter_w=int(o.filterWidth),
                        stride_h=int(o.strideH), stride_w=int(o.strideW), dilation_h=1, dilation_w=1,
                        padding="SAME" if o.padding == fb.Padding.SAME else "VALID")
            opts.update(_padding(x.shape, y.shape, opts["filter_h"], opts["filter_w"], opts))
            opts.update(self.act(o, y, idx, code))
            self.same_quant(x, y, idx, code)
        elif code in ("ADD", "MUL"):
            if len(ins) != 2:
                self.fail(f"op #{idx} {code}: expected 2 inputs")
            for t in (tensors[ins[0]], tensors[ins[1]]):
                if len(t.shape) > 6:
                    self.fail(f"op #{idx} {code}: more than 6 dimensions")
            opts.update(self.act(o, y, idx, code))
        elif code == "SOFTMAX":
            opts["beta"] = float(o.beta) if o is not None else 1.0
            if y.zp != -128 or abs(float(y.s) - 1 / 256) > 1e-9:
                self.fail(f"op #{idx} SOFTMAX: int8 output must have scale 1/256 and zero point -128")
        elif code == "RESHAPE":
            ins = ins[:1]
            if x.size != y.size:
                self.fail(f"op #{idx} RESHAPE: {x.shape} -> {y.shape} changes the element count")
            self.same_quant(x, y, idx, code)
        elif code == "PAD":
            p = self.const(tensors, ins[1], idx, code, "paddings").reshape(-1, 2)
            opts["paddings"] = [[int(a), int(b)] for a, b in p]
            if len(ins) > 2:
                self.fail(f"op #{idx} PAD with constant values (PADV2) is not supported")
            ins = ins[:1]
            self.same_quant(x, y, idx, code)
        elif code == "MEAN":
            axes = self.const(tensors, ins[1], idx, code, "axes").reshape(-1)
            axes = sorted({int(a) % len(x.shape) for a in axes})
            opts.update(axes=axes, keep_dims=bool(o.keepDims) if o is not None else False)
            ins = ins[:1]
        elif code == "CONCATENATION":
            opts["axis"] = int(o.axis) % len(y.shape)
            opts.update(self.act(o, y, idx, code))
            for i in ins:
                self.same_quant(tensors[i], y, idx, code)
        elif code == "QUANTIZE":
            if x.dtype != "int8" or y.dtype != "int8":
                self.fail(f"op #{idx} QUANTIZE {x.dtype}->{y.dtype} inside the graph is not supported "
                          "(only int8->int8 requantization, and float quantize at the model input)")
        elif code == "DEQUANTIZE":
            self.fail(f"op #{idx} DEQUANTIZE inside the graph is not supported (only at model outputs)")
        return Op(type=code, inputs=ins, outputs=outs, options=opts, name=y.name)

    def same_quant(self, a: Tensor, b: Tensor, idx: int, code: str) -> None:
        if a.scale != b.scale or a.zero_point != b.zero_point:
            self.fail(f"op #{idx} {code}: input and output quantization differ "
                      f"({a.scale}/{a.zero_point} vs {b.scale}/{b.zero_point}); TFLite Micro requires them equal")


def _padding(in_shape, out_shape, kh, kw, o) -> dict:
    """tflite::ComputePaddingHeightWidth: top/left padding (the odd extra goes bottom/right)."""
    def pad(in_size, out_size, k, stride, dil):
        eff = (k - 1) * dil + 1
        total = (out_size - 1) * stride + eff - in_size
        return max(total, 0) // 2 if o["padding"] == "SAME" else 0
    return {"pad_h": pad(in_shape[1], out_shape[1], kh, o["stride_h"], o["dilation_h"]),
            "pad_w": pad(in_shape[2], out_shape[2], kw, o["stride_w"], o["dilation_w"])}


def _drop_unused(g: Graph) -> Graph:
    """Remove tensors no op, input or output refers to (shape constants of RESHAPE, axes, ...)."""
    used = set(g.inputs) | set(g.outputs)
    for op in g.ops:
        used |= {i for i in op.inputs if i >= 0} | set(op.outputs)
    order = sorted(used)
    g.metadata["tflite_tensor_indices"] = order  # new index -> index in the .tflite subgraph
    remap = {old: new for new, old in enumerate(order)}
    g.tensors = [g.tensors[i] for i in order]
    for op in g.ops:
        op.inputs = [remap[i] if i >= 0 else -1 for i in op.inputs]
        op.outputs = [remap[i] for i in op.outputs]
    g.inputs = [remap[i] for i in g.inputs]
    g.outputs = [remap[i] for i in g.outputs]
    return g
