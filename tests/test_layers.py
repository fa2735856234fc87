# SPDX-License-Identifier: Apache-2.0
"""Float behaviour of the WTA layers, their schedule callback and the dense twin."""

import math
import os
import sys

os.environ.setdefault("CUDA_VISIBLE_DEVICES", "")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

import numpy as np
import pytest

keras = pytest.importorskip("keras")
tf = pytest.importorskip("tensorflow")

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from dasnet_tiny.layers import (  # noqa: E402
    WTAChannel,
    WTADense,
    WTARateSchedule,
    wta_k,
    wta_layers,
)
from examples.models import dense_twin, digits_cnn, mnist_cnn  # noqa: E402


# ---------------------------------------------------------------------------- oracle
def oracle_k(rate, c):
    return max(1, min(c, math.ceil(rate * c - 1e-9)))


def oracle_mask(scores, k):
    """(N, C) scores -> 0/1 mask of the k best per row, ties toward the lower index."""
    order = np.argsort(-scores, axis=-1, kind="stable")[:, :k]
    mask = np.zeros_like(scores, dtype=np.float32)
    np.put_along_axis(mask, order, 1.0, axis=-1)
    return mask


def oracle_channel(x, rate):
    k = oracle_k(rate, x.shape[-1])
    mask = oracle_mask(x.astype(np.float64).mean(axis=(1, 2)), k)
    return x * mask[:, None, None, :]


def oracle_dense(x, rate):
    k = oracle_k(rate, x.shape[-1])
    return x * oracle_mask(x.astype(np.float64), k)


def run(layer, x):
    return keras.ops.convert_to_numpy(layer(x))


# ---------------------------------------------------------------------------- forward
@pytest.mark.parametrize("rate", [0.01, 0.2, 0.25, 0.5, 0.7, 1.0])
def test_channel_matches_oracle(rate):
    rng = np.random.default_rng(0)
    x = rng.normal(size=(4, 3, 5, 12)).astype(np.float32)
    y = run(WTAChannel(rate), x)
    np.testing.assert_array_equal(y, oracle_channel(x, rate))
    kept = (np.abs(y).sum(axis=(1, 2)) > 0).sum(axis=-1)
    assert (kept == oracle_k(rate, 12)).all()


@pytest.mark.parametrize("rate", [0.01, 0.1, 0.3, 0.5, 1.0])
def test_dense_matches_oracle(rate):
    rng = np.random.default_rng(1)
    x = rng.normal(size=(5, 20)).astype(np.float32)
    y = run(WTADense(rate), x)
    np.testing.assert_array_equal(y, oracle_dense(x, rate))
    assert ((y != 0).sum(axis=-1) == oracle_k(rate, 20)).all()


def test_dense_ties_go_to_lower_index():
    x = np.array(
        [
            [1, 1, 1, 1, 1, 1, 1, 1],  # all tied: first k
            [0, 3, 3, 2, 2, 5, 2, 1],  # 5, 3, 3 then one of the three 2s: index 3
            [2, 2, 2, 2, 9, 9, 9, 9],  # ties above the threshold, k=4 takes all 9s
            [-1, -1, -3, -1, -2, -1, -5, -1],  # negative ties
        ],
        np.float32,
    )
    layer = WTADense(0.5)  # k = 4
    y = run(layer, x)
    expected = np.array(
        [
            [1, 1, 1, 1, 0, 0, 0, 0],
            [0, 3, 3, 2, 0, 5, 0, 0],
            [0, 0, 0, 0, 9, 9, 9, 9],
            [-1, -1, 0, -1, 0, -1, 0, 0],
        ],
        np.float32,
    )
    np.testing.assert_array_equal(y, expected)
    np.testing.assert_array_equal(y, oracle_dense(x, 0.5))


def test_dense_zero_ties_exactly_k_winners():
    # After a ReLU many features are 0: still exactly k are "kept" (the lowest-index zeros).
    x = np.array([[0, 0, 4, 0, 0, 0, 0, 0]], np.float32)
    layer = WTADense(0.375)  # k = 3
    y = run(layer, x)
    np.testing.assert_array_equal(y, x)
    # Check the mask through the gradient: winners are 2 (value 4) and zeros at 0 and 1.
    xt = tf.constant(x)
    with tf.GradientTape() as tape:
        tape.watch(xt)
        out = layer(xt)
    g = tape.gradient(out, xt).numpy()
    np.testing.assert_array_equal(g, [[1, 1, 1, 0, 0, 0, 0, 0]])


def test_channel_ties_go_to_lower_index():
    # Channel means: [2, 1, 2, 2, 1, 3] (integer-valued, exact) -> k=3 keeps 5, 0, 2.
    means = np.array([2, 1, 2, 2, 1, 3], np.float32)
    x = np.broadcast_to(means, (1, 2, 2, 6)).copy()
    # Same mean, different spatial layout for channel 3: mean still 2.
    x[0, :, :, 3] = [[4, 0], [0, 4]]
    y = run(WTAChannel(0.5), x)
    kept = np.abs(y).sum(axis=(0, 1, 2)) > 0
    np.testing.assert_array_equal(kept, [True, False, True, False, False, True])
    np.testing.assert_array_equal(y, oracle_channel(x, 0.5))


def test_all_channels_tied_keeps_first_k():
    x = np.zeros((2, 3, 3, 10), np.float32)
    layer = WTAChannel(0.3)  # k = 3 (not 4: 0.3 * 10 rounds up to 3.0000000000000004)
    xt = tf.constant(x)
    with tf.GradientTape() as tape:
        tape.watch(xt)
        out = layer(xt)
    g = tape.gradient(out, xt).numpy()
    np.testing.assert_array_equal(g[:, 0, 0, :], np.tile([1, 1, 1, 0, 0, 0, 0, 0, 0, 0], (2, 1)))


def test_top_k_tie_order_assumption():
    # The layers do not rely on top_k's tie order, but document what TF/Keras do.
    vals, idx = tf.math.top_k(tf.constant([[1.0, 2.0, 2.0, 1.0, 2.0]]), k=3)
    assert idx.numpy().tolist() == [[1, 2, 4]]
    _, idx = keras.ops.top_k(keras.ops.convert_to_tensor([[1.0, 2.0, 2.0, 1.0, 2.0]]), k=2)
    assert keras.ops.convert_to_numpy(idx).tolist() == [[1, 2]]


# ---------------------------------------------------------------------------- k / rate
@pytest.mark.parametrize(
    "rate,c,k",
    [(0.01, 16, 1), (0.01, 1, 1), (1.0, 16, 16), (1.0, 1, 1), (0.5, 16, 8), (0.5, 15, 8),
     (0.3, 10, 3), (0.1, 10, 1), (0.11, 10, 2), (0.25, 64, 16), (0.7, 3, 3)],
)
def test_k_formula(rate, c, k):
    assert wta_k(rate, c) == k
    layer = WTADense(rate)
    layer.build((None, c))
    assert layer.k == k and layer.k_for(c) == k and layer.current_k == k
    assert layer.rate == rate
    # The in-graph k (float64 variable) agrees with the Python formula.
    y = run(layer, np.arange(c, 0, -1, dtype=np.float32)[None])
    assert (y != 0).sum() == k


def test_k_formula_in_graph_matches_python_many_rates():
    c = 37
    layer = WTADense(1.0)
    x = np.arange(c, 0, -1, dtype=np.float32)[None]
    layer.build((None, c))
    for rate in np.linspace(0.01, 1.0, 60):
        layer.set_current_rate(float(rate))
        assert (run(layer, x) != 0).sum() == wta_k(float(rate), c), rate


@pytest.mark.parametrize("bad", [0, 0.0, 1.5, -1, float("nan"), "x", None])
def test_rate_out_of_range_raises(bad):
    for cls in (WTAChannel, WTADense):
        with pytest.raises(ValueError, match=r"\(0, 1\]"):
            cls(bad)
    with pytest.raises(ValueError, match=r"\(0, 1\]"):
        wta_k(bad, 4)


def test_set_current_rate_validates_and_keeps_target():
    layer = WTAChannel(0.25)
    layer.build((1, 2, 2, 8))
    with pytest.raises(ValueError):
        layer.set_current_rate(0)
    layer.set_current_rate(0.75)
    assert layer.current_rate == 0.75 and layer.current_k == 6
    assert layer.rate == 0.25 and layer.k == 2
    assert layer.get_config()["rate"] == 0.25
    layer.reset_rate()
    assert layer.current_rate == 0.25
    # The rate variable is non-trainable.
    assert layer.trainable_weights == [] and len(layer.non_trainable_weights) == 1


def test_bad_input_rank():
    with pytest.raises(ValueError, match="rank 4"):
        WTAChannel(0.5)(np.zeros((2, 8), np.float32))
    with pytest.raises(ValueError, match="rank 2"):
        WTADense(0.5)(np.zeros((1, 2, 2, 8), np.float32))


# ---------------------------------------------------------------------------- gradient
@pytest.mark.parametrize("layer_cls,shape", [(WTAChannel, (3, 2, 4, 10)), (WTADense, (3, 10))])
def test_gradient_only_through_winners(layer_cls, shape):
    rng = np.random.default_rng(2)
    x = tf.constant(rng.normal(size=shape).astype(np.float32))
    w = tf.constant(rng.normal(size=shape).astype(np.float32))
    layer = layer_cls(0.3)
    with tf.GradientTape() as tape:
        tape.watch(x)
        y = layer(x)
        loss = tf.reduce_sum(y * w)
    g = tape.gradient(loss, x).numpy()
    xn = x.numpy()
    oracle = oracle_channel if layer_cls is WTAChannel else oracle_dense
    mask = (oracle(xn, 0.3) != 0).astype(np.float32)  # random normal input: no exact zeros
    # Winners get the upstream gradient unchanged (identity), losers get exactly zero.
    np.testing.assert_array_equal(g, w.numpy() * mask)
    assert (g[mask == 0] == 0).all()
    np.testing.assert_array_equal(g[mask == 1], w.numpy()[mask == 1])


def test_same_in_training_and_inference():
    x = np.random.default_rng(3).normal(size=(2, 3, 3, 8)).astype(np.float32)
    layer = WTAChannel(0.5)
    np.testing.assert_array_equal(
        keras.ops.convert_to_numpy(layer(x, training=True)),
        keras.ops.convert_to_numpy(layer(x, training=False)),
    )


# ---------------------------------------------------------------------------- models
def test_wta_layers_in_model_order():
    m = mnist_cnn(0.25)
    layers = wta_layers(m)
    assert [l.name for l in layers] == ["wta1", "wta2", "wta3"]
    assert [type(l).__name__ for l in layers] == ["WTAChannel", "WTAChannel", "WTADense"]
    assert [l.k for l in layers] == [4, 8, 16]


def test_save_load_round_trip(tmp_path):
    m = digits_cnn(0.25, seed=0)
    layer = wta_layers(m)[0]
    layer.set_current_rate(0.5)  # a mid-annealing rate is saved with the weights
    x = np.random.default_rng(4).random((1, 8, 8, 1)).astype(np.float32)
    y = keras.ops.convert_to_numpy(m(x))
    path = str(tmp_path / "m.keras")
    m.save(path)
    loaded = keras.models.load_model(path)  # no custom_objects
    np.testing.assert_array_equal(keras.ops.convert_to_numpy(loaded(x)), y)
    lw = wta_layers(loaded)
    assert [type(l).__name__ for l in lw] == ["WTAChannel", "WTAChannel", "WTADense"]
    assert [l.rate for l in lw] == [0.25] * 3
    assert lw[0].current_rate == 0.5 and lw[1].current_rate == 0.25


def test_schedule_rate_at():
    s = WTARateSchedule(epochs=4)
    assert [s.rate_at(e, 0.5) for e in range(7)] == [1.0, 0.875, 0.75, 0.625, 0.5, 0.5, 0.5]
    s = WTARateSchedule(epochs=2, start_epoch=2)
    assert [s.rate_at(e, 0.2) for e in range(6)] == pytest.approx([1.0, 1.0, 1.0, 0.6, 0.2, 0.2])
    s = WTARateSchedule(epochs=0)
    assert s.rate_at(0, 0.3) == 0.3
    s = WTARateSchedule(epochs=2, schedule="cosine")
    assert [s.rate_at(e, 0.5) for e in range(3)] == pytest.approx([1.0, 0.75, 0.5])
    with pytest.raises(ValueError):
        WTARateSchedule(epochs=-1)
    with pytest.raises(ValueError):
        WTARateSchedule(epochs=2, schedule="nope")


@pytest.mark.parametrize("jit", [False, True])
def test_schedule_during_fit(jit):
    keras.utils.set_random_seed(0)
    model = keras.Sequential(
        [
            keras.Input((4, 4, 1), batch_size=2),
            keras.layers.Conv2D(4, 3, padding="same", activation="relu"),
            WTAChannel(0.25, name="wc"),
            keras.layers.Flatten(),
            keras.layers.Dense(8, activation="relu"),
            WTADense(0.5, name="wd"),
            keras.layers.Dense(2),
        ]
    )
    model.compile(
        optimizer="sgd",
        loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
        jit_compile=jit,  # XLA: k is dynamic (read from the rate variable) and must still work
    )

    seen = []

    class Probe(keras.callbacks.Callback):
        def on_epoch_end(self, epoch, logs=None):
            seen.append({l.name: l.current_rate for l in wta_layers(self.model)})

    sched = WTARateSchedule(epochs=2, start_epoch=1, restore_target_on_end=False)
    x = np.random.default_rng(5).random((4, 4, 4, 1)).astype(np.float32)
    y = np.array([0, 1, 0, 1])
    model.fit(x, y, batch_size=2, epochs=5, verbose=0, callbacks=[sched, Probe()])
    expected = [
        {"wc": 1.0, "wd": 1.0},
        {"wc": 1.0, "wd": 1.0},
        {"wc": 0.625, "wd": 0.75},
        {"wc": 0.25, "wd": 0.5},
        {"wc": 0.25, "wd": 0.5},
    ]
    assert sched.history == expected
    assert seen == expected
    # The compiled graph reads the variable: predictions follow the current rate.
    wc = model.get_layer("wc")
    wc.set_current_rate(1.0)
    probe = keras.Model(model.inputs, model.get_layer("wc").output)
    full = probe.predict(x, batch_size=2, verbose=0)
    assert ((np.abs(full).sum(axis=(1, 2)) > 0).sum(axis=-1) <= 4).all()
    wc.set_current_rate(0.25)
    sparse = probe.predict(x, batch_size=2, verbose=0)
    assert ((np.abs(sparse).sum(axis=(1, 2)) > 0).sum(axis=-1) <= 1).all()
    np.testing.assert_array_equal(sparse, oracle_channel(full, 0.25))


@pytest.mark.parametrize("builder", [digits_cnn, mnist_cnn])
@pytest.mark.parametrize("share", [False, True])
def test_dense_twin_identical_at_rate_one(builder, share):
    model = builder(1.0, seed=3)
    twin = dense_twin(model, share_weights=share)
    assert type(twin) is type(model)
    assert twin.input_shape == model.input_shape and twin.input_shape[0] == 1
    assert wta_layers(twin) == []
    names = [l.name for l in twin.layers if isinstance(l, keras.layers.Identity)]
    assert names == ["wta1", "wta2", "wta3"]
    x = np.random.default_rng(6).random((3,) + model.input_shape[1:]).astype(np.float32)
    for xi in x:
        xi = xi[None]
        np.testing.assert_array_equal(
            keras.ops.convert_to_numpy(twin(xi)), keras.ops.convert_to_numpy(model(xi))
        )
    # Weights copied (not shared) by default.
    conv, conv_twin = model.get_layer("conv1"), twin.get_layer("conv1")
    assert (conv is conv_twin) == share
    np.testing.assert_array_equal(conv.get_weights()[0], conv_twin.get_weights()[0])


def test_dense_twin_differs_from_sparse_model():
    model = digits_cnn(0.25, seed=3)
    twin = dense_twin(model)
    x = np.random.default_rng(7).random((1, 8, 8, 1)).astype(np.float32)
    assert not np.array_equal(
        keras.ops.convert_to_numpy(twin(x)), keras.ops.convert_to_numpy(model(x))
    )
    # Setting every WTA layer to rate 1.0 makes them agree.
    for layer in wta_layers(model):
        layer.set_current_rate(1.0)
    np.testing.assert_array_equal(
        keras.ops.convert_to_numpy(twin(x)), keras.ops.convert_to_numpy(model(x))
    )
