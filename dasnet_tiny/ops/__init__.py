# SPDX-License-Identifier: Apache-2.0
"""The op registry: one `OpDef` per op type, one module per op (see base.py for what an op knows).

Every stage iterates this table: the .tflite importer (`parse`), the validator (`validate`), the
reference executor (`reference`), the summary and cost model (`macs`), the code generator
(`kernels`, `emit`, `call`). Adding an op: a module here, its kernel file(s) in
runtime/kernels/ (and its prototype in dt_nn.h), and a test file in tests/ops/.
"""
from __future__ import annotations

from .add import Add
from .base import OpDef
from .concatenation import Concatenation
from .conv_2d import Conv2D
from .depthwise_conv_2d import DepthwiseConv2D
from .fully_connected import FullyConnected
from .mean import Mean
from .mul import Mul
from .pad import Pad
from .pooling import AveragePool2D, MaxPool2D
from .quantize import Quantize
from .reshape import Reshape
from .softmax import Softmax
from .winners_take_all import WTAChannel, WTADense

OPS: dict[str, OpDef] = {d.type: d for d in (
    Conv2D(), DepthwiseConv2D(), FullyConnected(), AveragePool2D(), MaxPool2D(), Add(), Mul(),
    Softmax(), Reshape(), Pad(), Mean(), Concatenation(), Quantize(), WTAChannel(), WTADense())}

# The .tflite builtin ops the importer reads (DEQUANTIZE only at a model output).
TFLITE_OPS = tuple(t for t in OPS if not t.startswith("WTA_")) + ("DEQUANTIZE",)


def get(op_type: str) -> OpDef:
    return OPS[op_type]
