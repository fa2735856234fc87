# SPDX-License-Identifier: Apache-2.0
"""Training recipe (dasnet_tiny.train) and pruning (dasnet_tiny.prune) on tiny models.

References: the float Keras models (the dense model, a copy with zeroed filters)."""
from __future__ import annotations

import numpy as np
import pytest

keras = pytest.importorskip("keras")

from dasnet_tiny import evaluate, prune, train  # noqa: E402
from dasnet_tiny.layers import wta_layers  # noqa: E402


def _dense(seed=0):
    keras.utils.set_random_seed(seed)
    L = keras.layers
    inp = keras.Input((10, 10, 1))
    x = L.Conv2D(8, 3, padding="same", activation="relu", name="conv1")(inp)
    x = L.MaxPooling2D(name="pool1")(x)
    x = L.Conv2D(12, 3, padding="same", activation="relu", name="conv2")(x)
    x = L.Flatten(name="flatten")(x)
    x = L.Dense(16, activation="relu", name="fc1")(x)
    return keras.Model(inp, L.Dense(4, name="logits")(x))


def _data(n=64, seed=0):
    r = np.random.default_rng(seed)
    x = r.random((n, 10, 10, 1)).astype(np.float32)
    y = (x[:, :5, :5, 0].mean((1, 2)) > x[:, 5:, 5:, 0].mean((1, 2))).astype(np.int64) + \
        2 * (x[:, :, :5, 0].mean((1, 2)) > 0.5)
    return x, y


def test_default_points_and_rate_one_is_the_dense_model():
    d = _dense()
    assert train.default_wta_points(d) == ["conv1", "conv2", "fc1"]
    w = train.insert_wta(d, {"conv1": 1.0})
    assert not wta_layers(w)
    w = train.insert_wta(d, 0.5)
    assert [l.name for l in wta_layers(w)] == ["wta_conv1", "wta_conv2", "wta_fc1"]
    x, _ = _data(8)
    for l in wta_layers(w):
        l.set_current_rate(1.0)
    np.testing.assert_allclose(evaluate.float_predict(w, x), evaluate.float_predict(d, x), rtol=1e-5, atol=1e-6)


def test_finetune_and_convert_batch_one():
    import dasnet_tiny as dt
    d = _dense()
    x, y = _data(96)
    train.train_dense(d, x, y, epochs=1)
    w = train.insert_wta(d, 0.5)
    h = train.finetune(w, x, y, teacher=d, epochs=2, batch_size=32)
    assert len(h.history["loss"]) == 2
    assert all(l.current_rate == l.rate for l in wta_layers(w))
    w1 = train.with_batch_size(w, 1)
    np.testing.assert_allclose(evaluate.float_predict(w1, x[:4]), evaluate.float_predict(w, x[:4]), rtol=1e-5, atol=1e-6)
    g = dt.convert(w1, x[:32])
    assert [op.options["k"] for op in g.wta_ops()] == [4, 6, 8]
    rep = train.winner_diversity(w, x)
    assert [r["k"] for r in rep] == [4, 6, 8]
    for r in rep:
        assert r["ever_win"] + r["never_win"] == r["channels"]
        assert abs(sum(r["win_frequency"]) - r["k"]) < 1e-3


def test_prune_channels_equals_zeroed_filters():
    d = _dense(1)
    keep = {"conv1": np.array([0, 2, 3, 7]), "conv2": np.arange(0, 12, 2), "fc1": np.arange(10)}
    p = prune.prune_channels(d, keep)
    ref = keras.models.clone_model(d)
    ref.set_weights(d.get_weights())
    for name, idx in keep.items():
        l = ref.get_layer(name)
        k, b = l.get_weights()
        drop = np.setdiff1d(np.arange(k.shape[-1]), idx)
        k[..., drop] = 0
        b[drop] = 0
        l.set_weights([k, b])
    x, _ = _data(8, 3)
    np.testing.assert_allclose(evaluate.float_predict(p, x), evaluate.float_predict(ref, x), rtol=1e-4, atol=1e-5)
    assert p.get_layer("conv1").filters == 4 and p.get_layer("fc1").units == 10


def test_remove_never_winning_keeps_outputs():
    d = _dense(2)
    w = train.insert_wta(d, {"conv1": 0.5, "conv2": 0.25}, score_noise=0, balance=0)
    x, _ = _data(48, 4)
    small, removed = prune.remove_never_winning(w, x)
    np.testing.assert_allclose(evaluate.float_predict(small, x), evaluate.float_predict(w, x), rtol=1e-4, atol=1e-5)
    for wl in wta_layers(small):
        orig = w.get_layer(wl.name)
        assert wl.k_for() == orig.k_for()


def test_static_prune_through_batchnorm_and_relu():
    keras.utils.set_random_seed(5)
    L = keras.layers
    inp = keras.Input((10, 10, 1))
    x = L.Conv2D(8, 3, padding="same", use_bias=False, name="c1")(inp)
    x = L.BatchNormalization(name="bn1")(x)
    x = L.ReLU(name="r1")(x)
    x = L.DepthwiseConv2D(3, padding="same", name="dw")(x)
    x = L.Conv2D(6, 1, activation="relu", name="pw")(x)
    x = L.GlobalAveragePooling2D(name="gap")(x)
    d = keras.Model(inp, L.Dense(3, name="out")(x))
    bn = d.get_layer("bn1")
    g, b, m, v = bn.get_weights()
    r = np.random.default_rng(0)
    bn.set_weights([g * r.uniform(0.5, 2, 8), b + r.normal(size=8) * 0.1, m + r.normal(size=8) * 0.1, v])
    x, _ = _data(32, 6)
    p = prune.static_prune(d, {"r1": 0.5}, x)
    assert p.get_layer("c1").filters == 4 and p.get_layer("dw").get_weights()[0].shape[2] == 4
    kept = np.sort(np.argsort(-prune.channel_importance(d, x, ["r1"])["r1"], kind="stable")[:4])
    ref = keras.models.clone_model(d)
    ref.set_weights(d.get_weights())
    g, b, m, v = ref.get_layer("bn1").get_weights()
    drop = np.setdiff1d(np.arange(8), kept)
    g[drop] = 0
    b[drop] = 0
    ref.get_layer("bn1").set_weights([g, b, m, v])
    np.testing.assert_allclose(evaluate.float_predict(p, x), evaluate.float_predict(ref, x), rtol=1e-4, atol=1e-5)


def test_static_prune_at_a_depthwise_prunes_the_convolution_before_it():
    """A depthwise channel is its input channel: pruning the channels of a depthwise's ReLU keeps
    the convolution before it to the channels most active *after* the depthwise, and equals the
    dense model with those channels' depthwise filters zeroed (no bias)."""
    keras.utils.set_random_seed(7)
    L = keras.layers
    inp = keras.Input((10, 10, 1))
    x = L.Conv2D(8, 3, padding="same", activation="relu", name="c1")(inp)
    x = L.DepthwiseConv2D(3, padding="same", use_bias=False, name="dw")(x)
    x = L.ReLU(name="dw_relu")(x)
    x = L.Conv2D(6, 1, activation="relu", name="pw")(x)
    x = L.GlobalAveragePooling2D(name="gap")(x)
    d = keras.Model(inp, L.Dense(3, name="out")(x))
    x, _ = _data(32, 8)
    p = prune.static_prune(d, {"dw_relu": 0.5}, x)
    assert p.get_layer("c1").filters == 4 and p.get_layer("dw").get_weights()[0].shape[2] == 4
    kept = np.argsort(-prune.channel_importance(d, x, ["dw_relu"])["dw_relu"], kind="stable")[:4]
    ref = keras.models.clone_model(d)
    ref.set_weights(d.get_weights())
    w = ref.get_layer("dw").get_weights()
    w[0][:, :, np.setdiff1d(np.arange(8), kept), :] = 0
    ref.get_layer("dw").set_weights(w)
    np.testing.assert_allclose(evaluate.float_predict(p, x), evaluate.float_predict(ref, x), rtol=1e-4, atol=1e-5)
