# SPDX-License-Identifier: Apache-2.0
"""`verify` on the host and on the five emulated boards: every output byte against TFLite Micro
(dense models) or the reference (WTA and random graphs); counts deterministic and plausible."""
from __future__ import annotations

import json
import shutil

import numpy as np
import pytest

import dasnet_tiny as dt
from dasnet_tiny.boards import board_names, get_board
from dasnet_tiny.cli import main
from dasnet_tiny.verify import verify

import graphs
from conftest import TFLM, shared_file

needs_arm = pytest.mark.skipif(
    not (shutil.which("arm-none-eabi-gcc") and shutil.which("qemu-system-arm")),
    reason="needs gcc-arm-none-eabi, libnewlib-arm-none-eabi and qemu-system-arm (scripts/run.sh setup)")
BOARDS = board_names()


def _kws(n):
    d = np.load(shared_file("data/speech_commands_v2_mfcc49x10.npz"))
    return np.clip(np.round(d["x_test"][:n] / 0.5847) + 83, -128, 127).astype(np.int8)[..., None]


def _cifar(n):
    d = np.load(shared_file("data/cifar10_jpeg_q75_25k.npz"))
    return (d["x_test"][:n].astype(np.int16) - 128).astype(np.int8)


def _golden(path, xs):
    return np.stack([o[0].reshape(-1) for o in TFLM(path.read_bytes()).many(xs[:, None])])


def test_host_verify_cli_outputs_equal_tflite_micro(tmp_path, capsys):
    path = shared_file("models/mlperf_tiny/kws_ref_model.tflite")
    xs = _kws(6)
    np.save(tmp_path / "x.npy", xs)
    rc = main(["verify", str(path), "--inputs", str(tmp_path / "x.npy"), "--outputs", str(tmp_path / "y.npy"),
               "--build-dir", str(tmp_path / "b")])
    assert rc == 0, capsys.readouterr()
    y = np.load(tmp_path / "y.npy")
    assert y.shape == (6, 12) and y.dtype == np.int8
    assert np.array_equal(y.reshape(6, -1), _golden(path, xs))


def test_verify_rejects_wrong_input_shape(tmp_path, capsys):
    np.save(tmp_path / "x.npy", np.zeros((2, 10, 49), np.int8))
    rc = main(["verify", str(shared_file("models/mlperf_tiny/kws_ref_model.tflite")), "--inputs",
               str(tmp_path / "x.npy")])
    assert rc == 2 and "expected (N, 49, 10, 1)" in capsys.readouterr().err


@needs_arm
@pytest.mark.board
@pytest.mark.parametrize("board", BOARDS)
def test_mlperf_models_on_board_bit_exact(board, tmp_path):
    for name, xs in (("kws_ref_model", _kws(2)), ("pretrainedResnet_quant", _cifar(1))):
        path = shared_file(f"models/mlperf_tiny/{name}.tflite")
        g = dt.import_tflite(path)
        r = verify(g, xs, board=board, build_dir=tmp_path / name, timeout=900)
        assert r.ok, r.text
        assert np.array_equal(r.outputs.reshape(len(xs), -1), _golden(path, xs))
        rep = r.report
        macs = rep["macs"]["dense"]
        # plausible: at most 2 MACs per instruction (SMLAD, dual 16-bit MAC), 16 with Helium
        # (VMLADAVA on 16 int8 lanes counts as one instruction)
        per_instr = 16 if get_board(board).mve else 2
        assert all(i >= macs / per_instr for i in rep["instructions_per_inference"])
        assert rep["flash"]["weights"] >= sum(t.nbytes for t in g.tensors if t.is_const) * 0.9
        assert rep["ram"]["arena"] > 0 and rep["ram"]["total"] >= rep["ram"]["arena"]


@needs_arm
@pytest.mark.board
@pytest.mark.parametrize("board", BOARDS)
def test_wta_and_random_graphs_on_board(board, tmp_path):
    rng = np.random.default_rng(0)
    cases = [graphs.wta_graph(c, rate, seed=3) for c, rate in
             (("conv", 0.25), ("depthwise", 0.5), ("dense_fc", 0.75), ("chain", 0.5))]
    cases += [graphs.random_graph(seed) for seed in range(3)]
    for i, g in enumerate(cases):
        xs = rng.integers(-128, 128, (3, *g.input_tensors[0].shape[1:])).astype(np.int8)
        r = verify(g, xs, board=board, build_dir=tmp_path / f"g{i}", timeout=600)
        assert r.ok, f"{g.name}: {r.text}"  # verify compares every byte with reference.run


@needs_arm
@pytest.mark.board
def test_counts_deterministic_and_fall_with_the_wta_rate(tmp_path):
    xs = np.random.default_rng(1).integers(-128, 128, (3, 8, 7, 3)).astype(np.int8)
    counts = {}
    for rate in (0.25, 1.0):
        g = graphs.wta_graph("conv", rate, seed=5)
        a = verify(g, xs, board="mps2-an386", build_dir=tmp_path / f"r{rate}a")
        b = verify(g, xs, board="mps2-an386", build_dir=tmp_path / f"r{rate}b")
        assert a.ok and b.ok
        assert a.report["instructions_per_inference"] == b.report["instructions_per_inference"]
        assert a.report["instructions_per_layer"] == b.report["instructions_per_layer"]
        consumer = next(r for r in a.report["per_layer"] if r["index"] == 2)  # conv after the WTA
        assert consumer["type"] == "CONV_2D"
        counts[rate] = consumer["instructions_mean"]
    # k = 3 of 12 channels read instead of 12: MACs fall 4x; per-output requantization stays
    assert counts[0.25] < 0.6 * counts[1.0]


@needs_arm
@pytest.mark.board
def test_board_verify_cli_report_and_mismatch_exit_code(tmp_path, monkeypatch, capsys):
    path = shared_file("models/mlperf_tiny/kws_ref_model.tflite")
    xs = _kws(2)
    np.save(tmp_path / "x.npy", xs)
    args = ["verify", str(path), "--inputs", str(tmp_path / "x.npy"), "--board", "mps3-an547",
            "--outputs", str(tmp_path / "y.npy"), "--report", str(tmp_path / "r.json"),
            "--build-dir", str(tmp_path / "b")]
    assert main(args) == 0
    assert np.array_equal(np.load(tmp_path / "y.npy").reshape(2, -1), _golden(path, xs))
    rep = json.loads((tmp_path / "r.json").read_text())
    for key in ("board", "cpu", "method", "instructions_per_inference", "per_layer",
                "estimated_m4_cycles_per_inference", "macs", "flash", "ram"):
        assert key in rep
    assert rep["cpu"] == "Cortex-M55" and len(rep["instructions_per_inference"]) == 2
    assert sum(row.get("instructions_mean", 0) for row in rep["per_layer"]) <= rep["instructions_per_inference_mean"]
    # a corrupted expectation must be reported as a mismatch with exit code 1
    import dasnet_tiny.verify as V
    real = V._reference_outputs
    monkeypatch.setattr(V, "_reference_outputs", lambda g, x: real(g, x) ^ np.int8(1))
    capsys.readouterr()
    assert main(args) == 1
    assert "first difference: sample 0, byte 0" in capsys.readouterr().out
