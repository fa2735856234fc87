# SPDX-License-Identifier: Apache-2.0
"""TFLite Micro's integer quantization arithmetic, bit for bit.

Two groups of functions:
- parameter derivation done once per op at prepare time (`quantize_multiplier`, `op_params`), in
  the same float32/double steps TFLite Micro takes; the code generator emits these numbers as C
  constants and the reference executor uses them, so both share one source of truth;
- the run-time integer primitives, vectorized over NumPy int64 arrays that hold int32 values
  (`multiply_by_quantized_multiplier`, `rounding_divide_by_pot`, ...).
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .ir import Graph, Op

INT32_MIN = -(1 << 31)
INT32_MAX = (1 << 31) - 1


# ---------------------------------------------------------------------------------------------
# prepare-time parameters
# ---------------------------------------------------------------------------------------------
def quantize_multiplier(real: float) -> tuple[int, int]:
    """tflite::QuantizeMultiplier: real = multiplier * 2^(shift - 31), multiplier in [2^30, 2^31)."""
    if real == 0.0:
        return 0, 0
    q, shift = math.frexp(real)
    q_fixed = _round_half_away(q * (1 << 31))
    if q_fixed == (1 << 31):
        q_fixed //= 2
        shift += 1
    if shift < -31:
        shift, q_fixed = 0, 0
    # TFLite Micro clamps shifts above 30 (only reachable with absurd scales).
    if shift > 30:
        shift, q_fixed = 30, INT32_MAX
    return int(q_fixed), int(shift)


def _round_half_away(x: float) -> int:
    return int(math.floor(x + 0.5)) if x >= 0 else -int(math.floor(-x + 0.5))


def quantize_multiplier_smaller_than_one(real: float) -> tuple[int, int]:
    """tflite::QuantizeMultiplierSmallerThanOneExp (shift is <= 0)."""
    assert 0.0 < real < 1.0, real
    return quantize_multiplier(real)


def activation_range(fused: str, scale: float, zero_point: int) -> tuple[int, int]:
    """tflite::CalculateActivationRangeQuantized for int8 outputs."""
    qmin, qmax = -128, 127
    s = np.float32(scale)

    def q(v: float) -> int:
        # zero_point + TfLiteRound(f / scale): float32 division, rounding half away from zero.
        return zero_point + _round_half_away(float(np.float32(v) / s))

    if fused == "NONE":
        return qmin, qmax
    if fused == "RELU":
        return max(qmin, q(0.0)), qmax
    if fused == "RELU6":
        return max(qmin, q(0.0)), min(qmax, q(6.0))
    if fused == "RELU_N1_TO_1":
        return max(qmin, q(-1.0)), min(qmax, q(1.0))
    raise ValueError(f"unsupported fused activation {fused}")


@dataclass
class ConvParams:
    """Per-output-channel requantization of CONV_2D, DEPTHWISE_CONV_2D and FULLY_CONNECTED."""
    multiplier: np.ndarray  # int32 [C_out]
    shift: np.ndarray  # int32 [C_out]


def conv_params(graph: Graph, op: Op) -> ConvParams:
    """tflite::PopulateConvolutionQuantizationParams (per-channel or per-tensor weights)."""
    x, w = graph.tensor(op.inputs[0]), graph.tensor(op.inputs[1])
    y = graph.tensor(op.outputs[0])
    out_ch = w.shape[0] if op.type in ("CONV_2D", "FULLY_CONNECTED") else w.shape[3]
    scales = list(w.scale) if len(w.scale) > 1 else [w.scale[0]] * out_ch
    mult = np.zeros(out_ch, np.int32)
    shift = np.zeros(out_ch, np.int32)
    for c, ws in enumerate(scales):
        if op.type == "FULLY_CONNECTED" and len(w.scale) == 1:
            # GetQuantizedConvolutionMultipler: the input*filter product is taken in float32.
            real = float(np.float32(x.s * np.float32(ws))) / float(y.s)
        else:
            real = float(x.s) * float(np.float32(ws)) / float(y.s)
        mult[c], shift[c] = quantize_multiplier(real)
    return ConvParams(mult, shift)


@dataclass
class AddParams:
    left_shift: int
    input1_multiplier: int
    input1_shift: int
    input2_multiplier: int
    input2_shift: int
    output_multiplier: int
    output_shift: int


def add_params(graph: Graph, op: Op) -> AddParams:
    """tflite::CalculateQuantizedAddParams for int8 (left_shift 20)."""
    a, b = graph.tensor(op.inputs[0]), graph.tensor(op.inputs[1])
    y = graph.tensor(op.outputs[0])
    left_shift = 20
    twice_max = 2.0 * max(float(a.s), float(b.s))
    m1, s1 = quantize_multiplier_smaller_than_one(float(a.s) / twice_max)
    m2, s2 = quantize_multiplier_smaller_than_one(float(b.s) / twice_max)
    mo, so = quantize_multiplier_smaller_than_one(twice_max / ((1 << left_shift) * float(y.s)))
    return AddParams(left_shift, m1, s1, m2, s2, mo, so)


def mul_params(graph: Graph, op: Op) -> tuple[int, int]:
    a, b = graph.tensor(op.inputs[0]), graph.tensor(op.inputs[1])
    y = graph.tensor(op.outputs[0])
    return quantize_multiplier(float(a.s) * float(b.s) / float(y.s))


def requantize_params(graph: Graph, op: Op) -> tuple[int, int]:
    """QUANTIZE int8 -> int8: effective scale input/output."""
    x, y = graph.tensor(op.inputs[0]), graph.tensor(op.outputs[0])
    return quantize_multiplier(float(x.s) / float(y.s))


def mean_params(graph: Graph, op: Op) -> tuple[int, int, int]:
    """MEAN (int8): multiplier and shift with 1/num_elements folded in, as TFLite Micro's
    QuantizedMeanOrSum does. Returns (multiplier, shift, num_elements_in_axis)."""
    x, y = graph.tensor(op.inputs[0]), graph.tensor(op.outputs[0])
    mult, shift = quantize_multiplier(float(x.s) / float(y.s))
    n = 1
    for a in op.options["axes"]:
        n *= x.shape[a]
    s = n.bit_length() - 1
    s = min(s, 32, 31 + shift)
    mult = int((mult << s) // n) if s >= 0 else int((mult >> -s) // n)
    return mult, shift - s, n


@dataclass
class SoftmaxParams:
    input_multiplier: int
    input_left_shift: int
    diff_min: int


def softmax_params(graph: Graph, op: Op) -> SoftmaxParams:
    """tflite::PreprocessSoftmaxScaling + CalculateInputRadius with 5 integer bits."""
    x = graph.tensor(op.inputs[0])
    beta = float(op.options.get("beta", 1.0))
    score_bits = 5
    max_real = min(beta * float(x.s) * (1 << (31 - score_bits)), float(INT32_MAX))
    mult, shift = quantize_multiplier(max_real)  # QuantizeMultiplierGreaterThanOne
    # CalculateInputRadius(input_integer_bits=5, input_left_shift=shift, total_signed_bits=31)
    max_input_rescaled = (
        1.0 * ((1 << score_bits) - 1) * (1 << (31 - score_bits)) / (1 << shift)
    )
    diff_min = -int(math.floor(max_input_rescaled))
    return SoftmaxParams(mult, shift, diff_min)


# ---------------------------------------------------------------------------------------------
# run-time integer primitives (vectorized; arrays hold int32 values in int64)
# ---------------------------------------------------------------------------------------------
def wrap_int32(x: np.ndarray) -> np.ndarray:
    return ((np.asarray(x, np.int64) + (1 << 31)) & 0xFFFFFFFF) - (1 << 31)


def _trunc_div(a: np.ndarray, b: int) -> np.ndarray:
    """C integer division (towards zero) of int64 arrays by a positive int."""
    q = np.abs(a) // b
    return np.where(a < 0, -q, q)


def saturating_rounding_doubling_high_mul(a: np.ndarray, b: np.ndarray | int) -> np.ndarray:
    a = np.asarray(a, np.int64)
    b = np.asarray(b, np.int64)
    overflow = (a == INT32_MIN) & (b == INT32_MIN)
    ab = a * b
    nudge = np.where(ab >= 0, 1 << 30, 1 - (1 << 30))
    # (ab + nudge) / 2^31 with C truncation; ab + nudge fits in int64 for int32 operands.
    res = _trunc_div(ab + nudge, 1 << 31)
    return np.where(overflow, INT32_MAX, res)


def rounding_divide_by_pot(x: np.ndarray, exponent: np.ndarray | int) -> np.ndarray:
    x = np.asarray(x, np.int64)
    e = np.asarray(exponent, np.int64)
    mask = (np.int64(1) << e) - 1
    remainder = x & mask
    threshold = (mask >> 1) + (x < 0)
    return (x >> e) + (remainder > threshold)


def multiply_by_quantized_multiplier(x: np.ndarray, multiplier, shift) -> np.ndarray:
    """tflite::MultiplyByQuantizedMultiplier (int32 input, double rounding)."""
    shift = np.asarray(shift, np.int64)
    left = np.maximum(shift, 0)
    right = np.maximum(-shift, 0)
    shifted = wrap_int32(np.asarray(x, np.int64) * (np.int64(1) << left))
    return rounding_divide_by_pot(saturating_rounding_doubling_high_mul(shifted, multiplier), right)


def multiply_by_quantized_multiplier_smaller_than_one(x: np.ndarray, multiplier, shift):
    """tflite::MultiplyByQuantizedMultiplierSmallerThanOneExp (shift <= 0)."""
    return rounding_divide_by_pot(saturating_rounding_doubling_high_mul(x, multiplier), -np.asarray(shift))


def clamp_int8(x: np.ndarray, lo: int = -128, hi: int = 127) -> np.ndarray:
    return np.clip(x, lo, hi).astype(np.int8)
