# SPDX-License-Identifier: Apache-2.0
"""The command line: summaries, conversion, one-line errors with exit code 2."""
from __future__ import annotations

import subprocess
from pathlib import Path
import sys

import numpy as np
import pytest

import dasnet_tiny as dt
from dasnet_tiny.cli import main

from conftest import shared_file


def test_inspect_tflite(capsys):
    assert main(["inspect", str(shared_file("models/mlperf_tiny/kws_ref_model.tflite"))]) == 0
    out = capsys.readouterr().out
    assert "DEPTHWISE_CONV_2D" in out and "2,656,768 MACs" in out and "zero point 83" in out


def test_errors_are_one_line_exit_2(tmp_path, capsys):
    bad = tmp_path / "bad.tflite"
    bad.write_bytes(b"\0" * 64)
    assert main(["inspect", str(bad)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("dasnet-tiny: error:") and "\n" not in err
    assert main(["inspect", str(tmp_path / "nope.tflite")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_debug_shows_traceback(tmp_path):
    bad = tmp_path / "bad.tflite"
    bad.write_bytes(b"\0" * 64)
    r = subprocess.run([sys.executable, "-m", "dasnet_tiny.cli", "--debug", "inspect", str(bad)],
                       capture_output=True, text=True)
    assert r.returncode != 0 and "Traceback" in r.stderr


def test_convert_keras_to_graph_file(tmp_path, capsys):
    import keras
    from dasnet_tiny.layers import WTAChannel
    inp = keras.Input((6, 6, 1), batch_size=1)
    h = WTAChannel(0.5)(keras.layers.Conv2D(8, 3, activation="relu")(inp))
    m = keras.Model(inp, keras.layers.Dense(3)(keras.layers.Flatten()(keras.layers.Conv2D(4, 3)(h))))
    m.save(tmp_path / "m.keras")
    calib = np.random.default_rng(0).random((20, 6, 6, 1)).astype(np.float32)
    np.savez(tmp_path / "calib.npz", x=calib)
    out = tmp_path / "model.whatever"
    rc = main(["convert", str(tmp_path / "m.keras"), "--calibration", str(tmp_path / "calib.npz"), "-o", str(out)])
    assert rc == 0 and out.exists()
    g = dt.load_graph(out)
    assert [o.type for o in g.wta_ops()] == ["WTA_CHANNEL"] and g.wta_ops()[0].options["k"] == 4
    assert "reads 4/8 winning channels" in capsys.readouterr().out
    # the saved graph inspects too
    assert main(["inspect", str(out)]) == 0
    # wrong calibration shape: one line, exit 2
    np.savez(tmp_path / "bad.npz", x=np.zeros((3, 5, 5, 1), np.float32))
    assert main(["convert", str(tmp_path / "m.keras"), "--calibration", str(tmp_path / "bad.npz"),
                 "-o", str(tmp_path / "x.graph")]) == 2
    assert "calibration data has shape" in capsys.readouterr().err


# ---- issue 7: every failure is one line on stderr, exit 2, no traceback ----------------------------
def _one_error_line(capsys) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lines = [ln for ln in err.splitlines() if not ln.endswith("...")]  # progress lines end in ...
    assert len(lines) == 1 and lines[0].startswith("dasnet-tiny: error:"), err
    return lines[0]


def test_cli_bad_inputs_are_one_line(tmp_path, capsys):
    kws = str(shared_file("models/mlperf_tiny/kws_ref_model.tflite"))
    (tmp_path / "empty").write_bytes(b"")
    (tmp_path / "adir").mkdir()
    blocker = tmp_path / "afile"
    blocker.write_text("x")
    cases = [
        (["inspect", str(tmp_path / "adir")], "folder"),
        (["inspect", str(tmp_path / "empty")], "empty"),
        (["generate", str(tmp_path / "empty"), "-o", str(tmp_path / "g1")], "empty"),
        (["generate", kws, "-o", str(blocker / "sub")], "cannot be created"),
        (["generate", kws, "-o", str(tmp_path / "g2"), "--name", "x" * 300], "cannot be used"),
        (["generate", kws, "-o", str(tmp_path / ("d" * 300))], "long"),
        (["generate", kws, "-o", str(tmp_path / "g3"), "--name", "dt_nn"], "dt_"),
        (["generate", kws, "-o", str(tmp_path / "g3"), "--target", "cortex-z9"], "invalid choice"),
        (["verify", kws, "--inputs", str(tmp_path / "missing.npy"), "--outputs", str(blocker / "o.npy")],
         "cannot create"),
        (["demo", "--out", str(Path(dt.__file__).parent / "demo_out")], "inside the dasnet-tiny package"),
        (["demo", "--out", str(blocker)], "not a folder"),
    ]
    for argv, what in cases:
        assert main(argv) == 2, argv
        line = _one_error_line(capsys)
        assert what in line, (argv, line)
    assert not (tmp_path / "g1").exists() and not (tmp_path / "g2").exists()


def test_cli_unexpected_errors_are_one_line(tmp_path, capsys, monkeypatch):
    import dasnet_tiny.cli as cli

    def boom(path, calibration=None):
        raise RuntimeError("something deep\nwith a second line")

    monkeypatch.setattr(cli, "load_model", boom)
    assert main(["inspect", "whatever.tflite"]) == 2
    assert "internal error: RuntimeError: something deep" in _one_error_line(capsys)

    def oserr(path, calibration=None):
        raise PermissionError(13, "Permission denied", "/some/file")

    monkeypatch.setattr(cli, "load_model", oserr)
    assert main(["inspect", "whatever.tflite"]) == 2
    assert "/some/file: Permission denied" in _one_error_line(capsys)


def test_cli_verify_says_what_it_compared(tmp_path, capsys):
    kws = str(shared_file("models/mlperf_tiny/kws_ref_model.tflite"))
    x = tmp_path / "x.npy"
    np.save(x, np.random.default_rng(0).integers(-128, 128, (2, 49, 10, 1), dtype=np.int8))
    assert main(["verify", kws, "--inputs", str(x), "--build-dir", str(tmp_path / "b")]) == 0
    cap = capsys.readouterr()
    assert "compared 2 samples" in cap.out and "NumPy int8 reference" in cap.out
    assert f"build folder: {tmp_path / 'b'}" in cap.out
    assert "building the generated C" in cap.err  # progress
