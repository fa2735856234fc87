# SPDX-License-Identifier: Apache-2.0
"""Batch execution, evaluation helpers, Keras layer names, quiet conversion.

References: `reference.run` one sample at a time (itself checked against TFLite Micro in
test_reference.py), TFLite Micro on the MLPerf KWS model, the float Keras model."""
from __future__ import annotations

import numpy as np
import pytest

import dasnet_tiny as dt
from dasnet_tiny import evaluate, reference

from conftest import TFLM, random_int8, shared_file
import graphs
from wta_random_models import data, random_wta_model


@pytest.mark.parametrize("seed", range(6))
def test_run_batch_equals_single_sample_runs(seed):
    g = graphs.random_graph(seed)
    shape = g.input_tensors[0].shape[1:]
    xs = random_int8(shape, 7, seed=seed)
    got = reference.run_batch(g, xs, batch_size=3)
    for i, x in enumerate(xs):
        want = reference.run(g, x[None])
        for a, b in zip(got, want):
            assert np.array_equal(a[i], b.reshape(b.shape[1:]))


@pytest.mark.parametrize("consumer", ["conv", "depthwise", "fc_flatten", "dense_fc", "maxpool_conv"])
def test_run_batch_wta_graphs(consumer):
    g = graphs.wta_graph(consumer, 0.25, seed=1)
    xs = random_int8(g.input_tensors[0].shape[1:], 5, seed=2)
    got = reference.run_batch(g, xs)[0]
    for i, x in enumerate(xs):
        assert np.array_equal(got[i], reference.run(g, x[None])[0][0])


def test_int8_accuracy_on_kws_matches_tflite_micro():
    path = shared_file("models/mlperf_tiny/kws_ref_model.tflite")
    d = np.load(shared_file("data/speech_commands_v2_mfcc49x10.npz"))
    x, y = d["x_test"][:40], d["y_test"][:40]
    g = dt.import_tflite(path)
    q = evaluate.quantize_input(g, x.reshape(len(x), 49, 10, 1))
    gold = TFLM(path.read_bytes()).many(q.reshape(len(q), 1, 49, 10, 1))
    acc_tflm = float(np.mean(np.asarray([np.asarray(o[0]).argmax() for o in gold]) == y))
    assert evaluate.int8_accuracy(g, x.reshape(len(x), 49, 10, 1), y) == acc_tflm


def test_converted_ops_carry_keras_layer_names(capfd):
    m = random_wta_model(4, 0.5)
    g = dt.convert(m, data(m, 16, 1))
    names = {l.name for l in m.layers}
    assert all(op.name in names for op in g.ops), [op.name for op in g.ops]
    out = capfd.readouterr()
    assert "Saved artifact" not in out.out + out.err  # quiet conversion


def test_int8_predictions_follow_the_float_model():
    m = random_wta_model(6, 0.5)
    g = dt.convert(m, data(m, 64, 1))
    x = data(m, 32, 2)
    f = evaluate.float_predict(m, x)
    q = evaluate.int8_predict(g, x)
    assert q.shape == f.shape
    assert np.mean(q.argmax(1) == f.argmax(1)) >= 0.8
