# SPDX-License-Identifier: Apache-2.0
"""The command line: summaries, conversion, one-line errors with exit code 2."""
from __future__ import annotations

import subprocess
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
