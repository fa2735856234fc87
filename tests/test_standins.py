# SPDX-License-Identifier: Apache-2.0
"""The two MLPerf Tiny models that are not in shared/ (VWW MobileNetV1 0.25 96x96 and the AD FC
autoencoder), as stand-ins with the same layer structure (examples/mlperf_standins.py): the
reference equals TFLite Micro, and the generated C equals TFLite Micro's bytes on the M4 (DSP
kernels) and the M55 (MVE kernels)."""
from __future__ import annotations

import importlib.util
import shutil

import numpy as np
import pytest

import dasnet_tiny as dt
from dasnet_tiny import reference
from dasnet_tiny.verify import verify

from conftest import ROOT, TFLM

needs_arm = pytest.mark.skipif(
    not (shutil.which("arm-none-eabi-gcc") and shutil.which("qemu-system-arm")),
    reason="needs gcc-arm-none-eabi, libnewlib-arm-none-eabi and qemu-system-arm (scripts/run.sh setup)")


@pytest.fixture(scope="module")
def standins(tmp_path_factory):
    spec = importlib.util.spec_from_file_location("mlperf_standins", ROOT / "examples" / "mlperf_standins.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    out = tmp_path_factory.mktemp("standins")
    mod.main(out)
    rng = np.random.default_rng(3)
    res = {}
    for name in ("vww_standin", "ad_standin", "ad_standin_per_tensor"):
        path = out / f"{name}.tflite"
        g = dt.import_tflite(path)
        xs = rng.integers(-128, 128, size=(2, *g.input_tensors[0].shape[1:]), dtype=np.int8)
        want = np.stack([o[0].reshape(-1) for o in TFLM(path.read_bytes()).many(xs[:, None])])
        res[name] = (g, xs, want)
    return res


@pytest.mark.parametrize("name", ["vww_standin", "ad_standin", "ad_standin_per_tensor"])
def test_reference_equals_tflite_micro(standins, name):
    g, xs, want = standins[name]
    got = np.stack([reference.run(g, x[None])[0].reshape(-1) for x in xs])
    assert np.array_equal(got, want)


@needs_arm
@pytest.mark.board
@pytest.mark.parametrize("board", ["mps2-an386", "mps3-an547"])
@pytest.mark.parametrize("name", ["vww_standin", "ad_standin", "ad_standin_per_tensor"])
def test_board_bytes_equal_tflite_micro(standins, name, board, tmp_path):
    g, xs, want = standins[name]
    r = verify(g, xs, board=board, build_dir=tmp_path)
    assert r.ok, r.text
    assert np.array_equal(r.outputs.reshape(len(xs), -1), want)
