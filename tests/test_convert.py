# SPDX-License-Identifier: Apache-2.0
"""convert(): Keras WTA models -> int8 graph with WTA ops; the int8 WTA rule on converted models."""
from __future__ import annotations

import numpy as np
import pytest

import dasnet_tiny as dt
from dasnet_tiny import reference
from dasnet_tiny.converter import convert_dense_twin

from conftest import TFLM


def _model(rate_c=0.5, rate_d=0.25, consumer="conv"):
    import keras
    from dasnet_tiny.layers import WTAChannel, WTADense
    keras.utils.set_random_seed(7)
    inp = keras.Input((8, 8, 1), batch_size=1)
    h = keras.layers.Conv2D(12, 3, padding="same", activation="relu")(inp)
    h = WTAChannel(rate_c, name="wta_conv")(h)
    if consumer == "conv":
        h = keras.layers.Conv2D(10, 3, padding="same", activation="relu")(h)
    else:
        h = keras.layers.DepthwiseConv2D(3, padding="same", activation="relu")(h)
    h = keras.layers.MaxPooling2D()(h)
    h = keras.layers.Flatten()(h)
    h = keras.layers.Dense(24, activation="relu")(h)
    h = WTADense(rate_d, name="wta_fc")(h)
    return keras.Model(inp, keras.layers.Dense(10, activation="softmax")(h))


def _calib(n=64):
    return np.random.default_rng(0).random((n, 8, 8, 1)).astype(np.float32)


def _np_wta(x: np.ndarray, zp: int, k: int) -> np.ndarray:
    """Independent oracle of the int8 WTA rule: a plain loop over channels."""
    x = x.copy()
    c = x.shape[-1]
    flat = x.reshape(-1, c).astype(np.int64) - zp
    scores = flat.sum(axis=0) if x.ndim == 4 else flat[0]
    order = sorted(range(c), key=lambda i: (-scores[i], i))
    for i in order[k:]:
        x[..., i] = zp
    return x


@pytest.mark.parametrize("consumer", ["conv", "depthwise"])
def test_converted_graph_has_wta_ops_with_k(consumer):
    m = _model(consumer=consumer)
    g = dt.convert(m, _calib())
    wta = g.wta_ops()
    assert [o.type for o in wta] == ["WTA_CHANNEL", "WTA_DENSE"]
    assert [o.options["k"] for o in wta] == [6, 6]
    for o in wta:  # the WTA op keeps the input's quantization
        assert g.tensor(o.inputs[0]).scale == g.tensor(o.outputs[0]).scale
        assert g.tensor(o.inputs[0]).zero_point == g.tensor(o.outputs[0]).zero_point
    assert len(g.outputs) == 1 and g.output_tensors[0].shape == (1, 10)


def test_wta_rule_on_converted_model_against_tflite_micro():
    """Upstream of each WTA op the reference equals TFLite Micro running the dense twin (whose
    extra outputs are the WTA inputs); the WTA op output equals the independent oracle."""
    m = _model()
    twin = convert_dense_twin(m, _calib())
    g = dt.convert(m, _calib())
    tflm = TFLM(twin.tflite, n_outputs=3)
    names = twin.output_names + [n for n, _ in twin.taps]
    from dasnet_tiny.converter import _signature_outputs
    sig = _signature_outputs(twin.tflite)
    order = sorted(names, key=lambda n: sig[n])  # TFLM output order = subgraph output order
    rng = np.random.default_rng(1)
    wta0 = g.wta_ops()[0]
    for _ in range(10):
        x = rng.integers(-128, 128, (1, 8, 8, 1)).astype(np.int8)
        got = dict(zip(order, tflm(x)))
        outs, vals = reference.run(g, x, return_intermediates=True)
        tap = vals[wta0.inputs[0]]
        assert np.array_equal(tap, got["wta_0"].reshape(tap.shape))
        zp = g.tensor(wta0.inputs[0]).zp
        assert np.array_equal(vals[wta0.outputs[0]], _np_wta(tap, zp, wta0.options["k"]))


def test_rate_one_equals_dense_twin():
    m = _model(1.0, 1.0)
    g = dt.convert(m, _calib())
    g_twin = dt.convert(m, _calib(), wta=False)
    assert not g_twin.wta_ops()
    x = np.random.default_rng(2).integers(-128, 128, (1, 8, 8, 1)).astype(np.int8)
    assert np.array_equal(reference.run(g, x)[0], reference.run(g_twin, x)[0])


def test_ties_go_to_lower_channel():
    from dasnet_tiny.reference import winner_mask
    s = np.array([[5, 7, 7, 7, 1, 7]])
    assert winner_mask(s, 2).tolist() == [[False, True, True, False, False, False]]
    assert winner_mask(s, 5).tolist() == [[True, True, True, True, False, True]]


def test_calibration_shape_error():
    with pytest.raises(dt.DasnetError, match="calibration data has shape"):
        dt.convert(_model(), np.zeros((4, 9, 9, 1), np.float32))


def test_open_batch_dimension_is_refused():
    import keras
    from dasnet_tiny.layers import WTADense
    inp = keras.Input((4,))
    m = keras.Model(inp, WTADense(0.5)(keras.layers.Dense(4)(inp)))
    with pytest.raises(dt.DasnetError, match="batch_size=1"):
        dt.convert(m, np.zeros((4, 4), np.float32))
