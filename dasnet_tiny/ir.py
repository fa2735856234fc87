# SPDX-License-Identifier: Apache-2.0
"""The typed int8 graph (IR) every part of dasnet-tiny works on.

A `Graph` is a list of `Tensor`s and a list of `Op`s in execution order. Ops refer to tensors by
index. Op options are normalized at import, so nothing downstream needs the .tflite schema:

| op type            | inputs                      | options                                              |
|--------------------|-----------------------------|------------------------------------------------------|
| CONV_2D            | x (NHWC), w (OHWI), b (i32) | stride_h/w, dilation_h/w, padding, pad_h/w, act_min/max |
| DEPTHWISE_CONV_2D  | x, w (1HW(C*m)), b          | same + depth_multiplier                              |
| FULLY_CONNECTED    | x, w (O,I), b               | act_min/max                                          |
| AVERAGE_POOL_2D    | x                           | filter_h/w, stride_h/w, padding, pad_h/w, act_min/max |
| MAX_POOL_2D        | x                           | same as AVERAGE_POOL_2D                              |
| ADD, MUL           | a, b (broadcast)            | act_min/max                                          |
| SOFTMAX            | x                           | beta                                                 |
| RESHAPE            | x                           | (the output tensor's shape)                          |
| PAD                | x                           | paddings: [[before, after], ...] per dimension       |
| MEAN               | x                           | axes (sorted, non-negative), keep_dims               |
| CONCATENATION      | x0, x1, ...                 | axis (non-negative), act_min/max                     |
| QUANTIZE           | x (int8)                    | (int8 -> int8 requantize)                            |
| WTA_CHANNEL        | x (NHWC)                    | k, rate, layer                                       |
| WTA_DENSE          | x (N, F)                    | k, rate, layer                                       |

`padding` is "SAME" or "VALID"; pad_h/pad_w are the top/left padding TFLite computes (the extra
row/column of an odd SAME padding goes at the bottom/right). Bias inputs may be -1 (absent).
Activations are int8; their quantization has one scale and one zero point. Weights may be per-channel
(`Tensor.quantized_dim` names the channel axis).
"""
from __future__ import annotations

import io
import json
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

import numpy as np

from .errors import DasnetError

FORMAT_VERSION = 1


class OpType(str, Enum):
    """Every op type of the IR (a str: `op.type == OpType.CONV_2D == "CONV_2D"`)."""
    CONV_2D = "CONV_2D"
    DEPTHWISE_CONV_2D = "DEPTHWISE_CONV_2D"
    FULLY_CONNECTED = "FULLY_CONNECTED"
    AVERAGE_POOL_2D = "AVERAGE_POOL_2D"
    MAX_POOL_2D = "MAX_POOL_2D"
    ADD = "ADD"
    MUL = "MUL"
    SOFTMAX = "SOFTMAX"
    RESHAPE = "RESHAPE"
    PAD = "PAD"
    MEAN = "MEAN"
    CONCATENATION = "CONCATENATION"
    QUANTIZE = "QUANTIZE"
    WTA_CHANNEL = "WTA_CHANNEL"
    WTA_DENSE = "WTA_DENSE"

    def __str__(self) -> str:
        return self.value


WTA_TYPES = (OpType.WTA_CHANNEL, OpType.WTA_DENSE)


@dataclass
class Tensor:
    name: str
    shape: tuple[int, ...]
    dtype: str  # "int8" | "int16" | "int32" | "int64" | "float32"
    scale: tuple[float, ...] = ()  # float32 values, exactly representable as Python floats
    zero_point: tuple[int, ...] = ()
    quantized_dim: int = 0
    data: np.ndarray | None = None  # constant tensors only

    @property
    def is_const(self) -> bool:
        return self.data is not None

    @property
    def size(self) -> int:
        return int(np.prod(self.shape, dtype=np.int64)) if self.shape else 1

    @property
    def nbytes(self) -> int:
        return self.size * np.dtype(self.dtype).itemsize

    @property
    def zp(self) -> int:
        """The single zero point of an activation tensor."""
        return int(self.zero_point[0]) if self.zero_point else 0

    @property
    def s(self) -> np.float32:
        """The single scale of an activation tensor, as float32 (the arithmetic TFLite uses)."""
        return np.float32(self.scale[0]) if self.scale else np.float32(0.0)


@dataclass
class Op:
    type: str
    inputs: list[int]
    outputs: list[int]
    options: dict[str, Any] = field(default_factory=dict)
    name: str = ""


@dataclass
class Graph:
    tensors: list[Tensor]
    ops: list[Op]
    inputs: list[int]
    outputs: list[int]
    name: str = "model"
    # Where the graph came from and what was stripped at the boundary (float in/out quantization).
    metadata: dict[str, Any] = field(default_factory=dict)

    # ---- convenience -------------------------------------------------------------------------
    def tensor(self, index: int) -> Tensor:
        return self.tensors[index]

    def op_inputs(self, op: Op) -> list[Tensor | None]:
        return [self.tensors[i] if i >= 0 else None for i in op.inputs]

    def op_outputs(self, op: Op) -> list[Tensor]:
        return [self.tensors[i] for i in op.outputs]

    @property
    def input_tensors(self) -> list[Tensor]:
        return [self.tensors[i] for i in self.inputs]

    @property
    def output_tensors(self) -> list[Tensor]:
        return [self.tensors[i] for i in self.outputs]

    def producers(self) -> dict[int, int]:
        """tensor index -> index of the op that writes it."""
        return {t: i for i, op in enumerate(self.ops) for t in op.outputs}

    def consumers(self) -> dict[int, list[int]]:
        """tensor index -> indices of the ops that read it."""
        out: dict[int, list[int]] = {}
        for i, op in enumerate(self.ops):
            for t in op.inputs:
                if t >= 0:
                    out.setdefault(t, []).append(i)
        return out

    def wta_ops(self) -> list[Op]:
        return [op for op in self.ops if op.type in WTA_TYPES]

    # ---- edit helpers (graph rewrites: WTA insertion, pruning, rate search) -------------------
    def add_tensor(self, tensor: Tensor) -> int:
        """Append a tensor; returns its index."""
        self.tensors.append(tensor)
        return len(self.tensors) - 1

    def replace_uses(self, old: int, new: int, ops: list[int] | None = None,
                     outputs: bool = True) -> None:
        """Make every op input reading tensor `old` (only ops `ops` if given) read `new`; with
        `outputs`, a graph output `old` becomes `new` too."""
        for i, op in enumerate(self.ops):
            if ops is None or i in ops:
                op.inputs = [new if t == old else t for t in op.inputs]
        if outputs:
            self.outputs = [new if t == old else t for t in self.outputs]

    def insert_op(self, op: Op, after: int | None = None, rewire: bool = False) -> int:
        """Insert `op` right after op index `after` (None: right after the op producing its first
        input, or first for a graph input). With `rewire`, the readers of its first input that
        come after it (and a graph output equal to it) read its output instead. Returns its index."""
        if after is None:
            prod = self.producers().get(op.inputs[0]) if op.inputs else None
            after = -1 if prod is None else prod
        at = after + 1
        if rewire:
            src, dst = op.inputs[0], op.outputs[0]
            self.replace_uses(src, dst, ops=list(range(at, len(self.ops))))
        self.ops.insert(at, op)
        return at

    def remove_op(self, index: int) -> Op:
        """Remove op `index` whose output has the same shape as its first input; its readers
        (and a graph output) read that input instead (the op becomes the identity)."""
        op = self.ops.pop(index)
        self.replace_uses(op.outputs[0], op.inputs[0])
        return op

    def drop_unused_tensors(self) -> dict[int, int]:
        """Remove tensors nothing refers to; returns the old -> new index map."""
        used = set(self.inputs) | set(self.outputs)
        for op in self.ops:
            used |= {t for t in op.inputs if t >= 0} | set(op.outputs)
        order = sorted(used)
        remap = {old: new for new, old in enumerate(order)}
        self.tensors = [self.tensors[i] for i in order]
        for op in self.ops:
            op.inputs = [remap[t] if t >= 0 else -1 for t in op.inputs]
            op.outputs = [remap[t] for t in op.outputs]
        self.inputs = [remap[t] for t in self.inputs]
        self.outputs = [remap[t] for t in self.outputs]
        return remap

    # ---- persistence -------------------------------------------------------------------------
    def save(self, path: str | Path) -> Path:
        """Write the graph as one file (a NumPy .npz archive) at exactly `path`."""
        path = Path(path)
        header = {
            "format": "dasnet-tiny-graph",
            "version": FORMAT_VERSION,
            "name": self.name,
            "inputs": self.inputs,
            "outputs": self.outputs,
            "metadata": self.metadata,
            "tensors": [
                {
                    "name": t.name,
                    "shape": list(t.shape),
                    "dtype": t.dtype,
                    "scale": list(t.scale),
                    "zero_point": list(t.zero_point),
                    "quantized_dim": t.quantized_dim,
                    "const": t.is_const,
                }
                for t in self.tensors
            ],
            "ops": [
                {"type": o.type, "inputs": o.inputs, "outputs": o.outputs,
                 "options": o.options, "name": o.name}
                for o in self.ops
            ],
        }
        arrays = {"__header__": np.frombuffer(json.dumps(header).encode(), dtype=np.uint8)}
        for i, t in enumerate(self.tensors):
            if t.is_const:
                arrays[f"t{i}"] = t.data
        buf = io.BytesIO()
        np.savez_compressed(buf, **arrays)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_bytes(buf.getvalue())
        tmp.replace(path)
        return path


MAX_GRAPH_FILE_BYTES = 256 << 20  # uncompressed members of a graph file


def load_graph(path: str | Path) -> Graph:
    """Load a graph written by `Graph.save`; a corrupt or hostile file raises MalformedModelError
    (one line) and the graph is checked by `dasnet_tiny.validate` before it is returned."""
    from .errors import MalformedModelError
    from .validate import one_line, validate_graph

    path = Path(path)
    where = one_line(str(path))
    hint = "create one with `dasnet-tiny convert`"
    if path.is_dir():
        raise MalformedModelError(f"{where}: is a directory, not a model or graph file")
    try:
        with open(path, "rb") as f:
            magic = f.read(6)
        if magic[:2] != b"PK":
            raise ValueError("a .npy array, not a graph archive" if magic == b"\x93NUMPY" else
                             "empty file" if not magic else "unknown file format")
        with np.load(path, allow_pickle=False) as z:
            if not isinstance(z, np.lib.npyio.NpzFile):
                raise ValueError("not an archive")
            sizes = [z.zip.getinfo(n).file_size for n in z.zip.namelist()]
            if sum(sizes) > MAX_GRAPH_FILE_BYTES:
                raise ValueError(f"{sum(sizes)} bytes uncompressed, too large")
            header = json.loads(bytes(z["__header__"]).decode())
            arrays = {k: z[k] for k in z.files if k != "__header__"}
    except Exception as e:  # noqa: BLE001 - numpy, zipfile, zlib and json raise assorted errors
        msg = one_line(str(e) or type(e).__name__)[:120]
        raise MalformedModelError(f"{where}: not a dasnet-tiny graph file ({msg}); {hint}") from None
    if not isinstance(header, dict) or header.get("format") != "dasnet-tiny-graph":
        raise MalformedModelError(f"{where}: not a dasnet-tiny graph file (no graph header); {hint}")
    if header.get("version") != FORMAT_VERSION:
        raise MalformedModelError(f"{where}: unsupported graph file version {one_line(str(header.get('version')))[:20]}; "
                          "re-create it with this version of dasnet-tiny")
    try:
        tensors = []
        for i, t in enumerate(header["tensors"]):
            if not isinstance(t["const"], bool):
                raise TypeError(f"tensor {i}: 'const' is not a boolean")
            tensors.append(Tensor(name=t["name"], shape=tuple(t["shape"]), dtype=t["dtype"],
                                  scale=tuple(t["scale"]), zero_point=tuple(t["zero_point"]),
                                  quantized_dim=t["quantized_dim"],
                                  data=arrays[f"t{i}"] if t["const"] else None))
        ops = [Op(type=o["type"], inputs=o["inputs"], outputs=o["outputs"], options=o["options"],
                  name=o.get("name", "")) for o in header["ops"]]
        g = Graph(tensors=tensors, ops=ops, inputs=header["inputs"], outputs=header["outputs"],
                  name=header["name"], metadata=header.get("metadata", {}))
        if not isinstance(g.name, str) or not isinstance(g.metadata, dict):
            raise TypeError("name or metadata of the wrong type")
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as e:
        msg = one_line(str(e) or type(e).__name__)[:120]
        raise MalformedModelError(f"{where}: malformed graph file ({type(e).__name__}: {msg}); {hint}") from None
    validate_graph(g, where, MalformedModelError)
    return g
