# SPDX-License-Identifier: Apache-2.0
"""The int8 reference executor against TFLite Micro (the golden reference), bit for bit."""
from __future__ import annotations

import numpy as np
import pytest

import dasnet_tiny as dt
from dasnet_tiny import reference

from conftest import DATA, MODELS, TFLM, keras_to_tflite, random_int8, shared_file
import op_models


def _kws_inputs():
    d = np.load(shared_file("data/speech_commands_v2_mfcc49x10.npz"))
    return np.clip(np.round(d["x_test"] / 0.5847) + 83, -128, 127).astype(np.int8), d["y_test"]


def _cifar_inputs(n):
    d = np.load(shared_file("data/cifar10_jpeg_q75_25k.npz"))
    return (d["x_test"][:n].astype(np.int16) - 128).astype(np.int8), d["y_test"][:n]


def _count_equal(path, xs):
    b = path.read_bytes()
    g = dt.import_tflite(path)
    tflm = TFLM(b)
    xs = xs.reshape(-1, *g.input_tensors[0].shape)
    golden = tflm.many(xs)
    equal, preds = 0, []
    for x, gold in zip(xs, golden):
        out = reference.run(g, x)[0]
        equal += int(np.array_equal(out, gold[0]))
        preds.append(int(np.argmax(out)))
    return equal, np.array(preds)


def test_kws_all_1080_clips_bit_exact():
    x, y = _kws_inputs()
    equal, preds = _count_equal(shared_file("models/mlperf_tiny/kws_ref_model.tflite"), x)
    assert equal == len(x) == 1080
    assert (preds == y).mean() > 0.85  # the shared README quotes about 92%


def test_resnet8_1000_cifar_images_bit_exact():
    x, y = _cifar_inputs(1000)
    equal, preds = _count_equal(shared_file("models/mlperf_tiny/pretrainedResnet_quant.tflite"), x)
    assert equal == 1000
    assert (preds == y).mean() > 0.6  # about 75% on this lossy copy


@pytest.fixture(scope="module")
def converted_op_models():
    import keras
    keras.utils.set_random_seed(0)  # the same weights, hence the same int8 models, on every run
    rng = np.random.default_rng(0)
    out = {}
    for name, build, per_channel in op_models.all_models():
        m = build()
        shape = tuple(m.inputs[0].shape[1:])
        calib = rng.normal(size=(30, *shape)).astype(np.float32)
        out[name] = keras_to_tflite(m, calib, per_channel=per_channel)
    return out


@pytest.mark.parametrize("name", [c[0] for c in op_models.all_models()])
def test_op_space_bit_exact(converted_op_models, name):
    b = converted_op_models[name]
    g = dt.import_tflite(b)
    tflm = TFLM(b)
    shape = g.input_tensors[0].shape
    xs = random_int8(shape[1:], 8, seed=hash(name) % 1000)
    for x in xs:
        assert np.array_equal(reference.run(g, x[None])[0], tflm(x[None])[0]), name


def test_op_space_covers_supported_ops(converted_op_models):
    seen = set()
    for b in converted_op_models.values():
        seen |= {op.type for op in dt.import_tflite(b).ops}
    assert {"CONV_2D", "DEPTHWISE_CONV_2D", "FULLY_CONNECTED", "AVERAGE_POOL_2D", "MAX_POOL_2D", "ADD",
            "MUL", "SOFTMAX", "RESHAPE", "PAD", "MEAN", "CONCATENATION"} <= seen


def test_intermediates_and_input_checks():
    g = dt.import_tflite(shared_file("models/mlperf_tiny/kws_ref_model.tflite"))
    x = np.zeros(g.input_tensors[0].shape, np.int8)
    outs, values = reference.run(g, x, return_intermediates=True)
    assert all(op.outputs[0] in values for op in g.ops)
    assert np.array_equal(values[g.outputs[0]], outs[0])
    with pytest.raises(dt.DasnetError, match="int8"):
        reference.run(g, x.astype(np.float32))
    with pytest.raises(dt.DasnetError, match="shape"):
        reference.run(g, np.zeros((1, 10, 49, 2), np.int8))


def test_requantize_matches_tflite_micro_rounding():
    """Exact halves: gemmlowp's doubling high-mul nudges them up (-0.5 -> 0), RoundingDivideByPOT
    rounds them away from zero (-1.5 -> -2). Values worked out by hand from the definitions."""
    from dasnet_tiny import quant as Q
    m, s = Q.quantize_multiplier(0.5)
    assert (m, s) == (1 << 30, 0)
    x = np.array([1, -1, 3, -3, 5, -5], np.int64)
    assert Q.multiply_by_quantized_multiplier(x, m, s).tolist() == [1, 0, 2, -1, 3, -2]
    assert Q.rounding_divide_by_pot(np.array([-3, -2, -1, 1, 2, 3]), 1).tolist() == [-2, -1, -1, 1, 1, 2]
    m, s = Q.quantize_multiplier(0.25)  # 2^30 * 2^-1: the half now falls to RoundingDivideByPOT
    assert Q.multiply_by_quantized_multiplier(np.array([2, -2, 6, -6]), m, s).tolist() == [1, -1, 2, -2]
    assert Q.quantize_multiplier(0.0) == (0, 0)
    m, s = Q.quantize_multiplier(3.0)
    assert s == 2 and m == 3 << 29
