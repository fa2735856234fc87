# SPDX-License-Identifier: Apache-2.0
"""WTA-aware int8 calibration (dasnet_tiny.calibrate).

References: TFLite Micro (the calibrated twin is a genuine .tflite), the float Keras models (WTA
model, its dense twin, and the float model forced to the int8 winners)."""
from __future__ import annotations

import numpy as np
import pytest

import dasnet_tiny as dt
from dasnet_tiny import evaluate, reference
from dasnet_tiny.converter import convert_dense_twin

from conftest import TFLM, random_int8
from wta_random_models import data, dense_twin, random_wta_model


def test_calibrated_twin_runs_bit_exact_on_tflite_micro():
    m = random_wta_model(3, 0.25)
    twin = convert_dense_twin(m, data(m, 64, 1))
    g = dt.import_tflite(twin.tflite)
    assert g.inputs and len(g.inputs) == 1, "mask inputs must be gone"
    assert not any(op.type == "MUL" for op in g.ops), "mask MULs must be gone"
    xs = random_int8(tuple(m.inputs[0].shape[1:]), 6, seed=3)
    gold = TFLM(twin.tflite, n_outputs=len(g.outputs)).many(xs[:, None])
    for x, ys in zip(xs, gold):
        for a, b in zip(reference.run(g, x[None]), ys):
            assert np.array_equal(a.reshape(-1), np.asarray(b).reshape(-1))


def test_wta_ops_keep_their_input_quantization_and_k():
    m = random_wta_model(5, 0.5)
    g = dt.convert(m, data(m, 64, 1))
    from dasnet_tiny.layers import wta_layers
    assert [op.options["k"] for op in g.wta_ops()] == [l.k for l in wta_layers(m)]
    for op in g.wta_ops():
        a, b = g.tensor(op.inputs[0]), g.tensor(op.outputs[0])
        assert (a.scale, a.zero_point) == (b.scale, b.zero_point)


def test_plain_model_conversion_unchanged():
    """No WTA layers: convert() is the TFLite converter's own int8 model."""
    from dasnet_tiny.converter import int8_tflite
    m = dense_twin(random_wta_model(2, 0.5))
    cal = data(m, 32, 1)
    g = dt.convert(m, cal)
    ref = dt.import_tflite(int8_tflite(m, cal))
    assert [(t.scale, t.zero_point) for t in g.tensors] == [(t.scale, t.zero_point) for t in ref.tensors]
    x = random_int8(tuple(m.inputs[0].shape[1:]), 1, seed=0)
    assert np.array_equal(reference.run(g, x)[0], reference.run(ref, x)[0])


def _ratios(rate, seeds, n_cal=96, n_test=48):
    ratios, ratios_e2e = [], []
    for seed in seeds:
        m = random_wta_model(seed, rate)
        d = dense_twin(m)
        cal, xt = data(m, n_cal, 1), data(m, n_test, 2)
        g, gd = dt.convert(m, cal), dt.convert(d, cal)
        e = evaluate.wta_error_breakdown(g, m, xt)
        ed = evaluate.int8_float_error(gd, d, xt)
        ratios.append(e["rmse_same_winners"] / ed["rmse"])
        ratios_e2e.append(e["rmse"] / ed["rmse"])
    print(f"rate {rate}: same-winner ratios {np.round(ratios, 2)}, end-to-end {np.round(ratios_e2e, 2)}")
    return ratios, ratios_e2e


@pytest.mark.parametrize("rate", [0.25, 0.5])
def test_error_ratio_against_dense_twin(rate):
    """int8-vs-float error of the WTA model at most 2x that of its dense twin (same weights, no
    WTA), for the quantization error proper: the float model forced to the winners the int8 graph
    chose. The end-to-end error also holds near-tie winner flips (int8 rounding deciding a
    near-tie the other way), which calibration cannot remove; it is printed."""
    ratios, _ = _ratios(rate, [1, 2], n_cal=64, n_test=32)
    assert max(ratios) <= 2.0, ratios


@pytest.mark.slow
@pytest.mark.parametrize("rate", [0.25, 0.5])
def test_error_ratio_against_dense_twin_many(rate):
    ratios, _ = _ratios(rate, range(10, 18), n_cal=200, n_test=100)
    assert max(ratios) <= 2.0, ratios


def _tap_score_error(tflite, m, x):
    """Per WTA layer: mean over channels of |mean over samples of (float score - int8 score)|,
    the int8 twin run with the float winners forced (independent reference: the Keras model)."""
    from dasnet_tiny.calibrate import int8_scores, run_forced, winner_masks
    from dasnet_tiny.converter import _signature_outputs

    g = dt.import_tflite(tflite)
    new_of = {o: n for n, o in enumerate(g.metadata["tflite_tensor_indices"])}
    sig = _signature_outputs(tflite)
    taps = [new_of[sig[n]] for n in sorted((n for n in sig if n.startswith("wta_")),
                                            key=lambda n: int(n[4:]))]
    masks, scores = winner_masks(m, x, return_scores=True)
    vals = run_forced(g, evaluate.quantize_input(g, x), taps, masks)
    # the tap values come out masked (losers at the zero point): compare the winners' scores
    return [float(np.mean(np.abs((s * mk - int8_scores(g, t, vals[t])).mean(axis=0))))
            for t, s, mk in zip(taps, scores, masks)]


def test_bias_correction_lowers_wta_score_error_on_new_inputs():
    """The layers feeding WTA layers get corrected biases: on inputs not used for calibration the
    per-channel mean score error (float vs int8, same winners) drops; a fully connected layer
    without a bias gets one; the result still runs bit-exact on TFLite Micro."""
    from dasnet_tiny.calibrate import convert_wta_calibrated

    m = random_wta_model(3, 0.25)
    cal, xt = data(m, 64, 1), data(m, 64, 2)
    plain = convert_wta_calibrated(m, cal, bias_correction=False).tflite
    fixed = convert_wta_calibrated(m, cal, bias_correction=True).tflite
    e0, e1 = _tap_score_error(plain, m, xt), _tap_score_error(fixed, m, xt)
    assert sum(e1) < 0.5 * sum(e0), (e0, e1)
    g0, g1 = dt.import_tflite(plain), dt.import_tflite(fixed)
    fc0 = [op for op in g0.ops if op.type == "FULLY_CONNECTED"][0]
    fc1 = [op for op in g1.ops if op.type == "FULLY_CONNECTED"][0]
    assert (len(fc0.inputs) < 3 or fc0.inputs[2] < 0) and fc1.inputs[2] >= 0
    assert g1.tensor(fc1.inputs[2]).data.any()
    xs = random_int8(tuple(m.inputs[0].shape[1:]), 4, seed=5)
    gold = TFLM(fixed, n_outputs=len(g1.outputs)).many(xs[:, None])
    for x, ys in zip(xs, gold):
        for a, b in zip(reference.run(g1, x[None]), ys):
            assert np.array_equal(a.reshape(-1), np.asarray(b).reshape(-1))
