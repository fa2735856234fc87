# SPDX-License-Identifier: Apache-2.0
"""Packaging and start-up: `import dasnet_tiny`, `--help`, `inspect` and `generate` of a .tflite
never load TensorFlow or Keras; a wheel built from the checkout carries the C runtime and
generates code when installed elsewhere; the target table agrees with the boards and kernels."""
from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from dasnet_tiny.boards import BOARDS
from dasnet_tiny.resources import KERNEL_DIR, RUNTIME_DIR
from dasnet_tiny.targets import TARGETS, get_target, target_for_core

from conftest import ROOT, shared_file

HEAVY = ("tensorflow", "keras", "tf_keras")


def _run_py(code: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=300)


def test_light_start_no_tensorflow(tmp_path):
    kws = shared_file("models/mlperf_tiny/kws_ref_model.tflite")
    code = f"""
import sys, contextlib, io
import dasnet_tiny
from dasnet_tiny.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    try:
        main(["--help"])
    except SystemExit:
        pass
    assert main(["inspect", {str(kws)!r}]) == 0
    assert main(["generate", {str(kws)!r}, "-o", {str(tmp_path / 'gen')!r}]) == 0
heavy = sorted(m for m in sys.modules if m.split(".")[0] in {HEAVY!r})
print("HEAVY", heavy)
"""
    r = _run_py(code, tmp_path)
    assert r.returncode == 0, r.stderr
    assert "HEAVY []" in r.stdout, r.stdout
    assert (tmp_path / "gen" / "kws_ref_model.c").exists()


def test_python_dash_m(tmp_path):
    r = subprocess.run([sys.executable, "-m", "dasnet_tiny", "--help"], capture_output=True, text=True,
                       cwd=tmp_path, timeout=120)
    assert r.returncode == 0 and "generate" in r.stdout


@pytest.mark.slow
def test_wheel_installed_elsewhere_generates(tmp_path):
    kws = shared_file("models/mlperf_tiny/kws_ref_model.tflite")
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(ROOT)],
                   check=True, capture_output=True, timeout=600)
    (whl,) = wheels.glob("dasnet_tiny-*.whl")
    names = zipfile.ZipFile(whl).namelist()
    for rel in ("dasnet_tiny/runtime/kernels/dt_nn.h", "dasnet_tiny/runtime/kernels/dt_convolve_s8.c",
                "dasnet_tiny/runtime/templates/model.c.j2", "dasnet_tiny/runtime/startup/startup.S",
                "dasnet_tiny/runtime/ld/common.ld", "dasnet_tiny/runtime/runner/main.c",
                "dasnet_tiny/runtime/plugin/dtcount.c", "dasnet_tiny/runtime/host/dt_host_main.c",
                "dasnet_tiny/data/peers.json"):
        assert rel in names, rel
    site = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(site), str(whl)],
                   check=True, capture_output=True, timeout=600)
    work = tmp_path / "elsewhere"
    work.mkdir()
    r = subprocess.run([sys.executable, "-m", "dasnet_tiny", "generate", str(kws), "-o", "out"], cwd=work,
                       capture_output=True, text=True, timeout=300, env={**os.environ, "PYTHONPATH": str(site)})
    assert r.returncode == 0, r.stderr
    assert (work / "out" / "kws_ref_model.c").exists() and (work / "out" / "dt_nn.h").exists()
    r = _run_py("import dasnet_tiny; print(dasnet_tiny.__file__)", work, {"PYTHONPATH": str(site)})
    assert r.stdout.strip().startswith(str(site)), r.stdout


def test_boards_take_flags_from_targets():
    for b in BOARDS.values():
        t = target_for_core(b.core)
        assert b.gcc_flags == t.cpu_flags, b.name
        mk = (RUNTIME_DIR / "boards" / f"{b.name}.mk").read_text()
        assert f"CPU_FLAGS := {' '.join(t.cpu_flags)}" in mk, b.name


def test_kernel_variants_replace_portable_files_by_name():
    m4, m55, port = get_target("cortex-m4"), get_target("cortex-m55"), TARGETS["portable"]
    assert port.kernel_dirs() == [KERNEL_DIR]
    assert m4.kernel_dirs() == [KERNEL_DIR / "dsp", KERNEL_DIR]
    assert m55.kernel_dirs() == [KERNEL_DIR / "mve", KERNEL_DIR / "dsp", KERNEL_DIR]
    # the portable host build never takes a variant; a core takes its most specialized file
    assert port.kernel_source("dt_convolve_s8.c") == KERNEL_DIR / "dt_convolve_s8.c"
    assert m4.kernel_source("dt_convolve_s8.c") == KERNEL_DIR / "dsp" / "dt_convolve_s8.c"
    assert m55.kernel_source("dt_convolve_s8.c") == KERNEL_DIR / "mve" / "dt_convolve_s8.c"
    assert m55.kernel_source("dt_wta_select_s8.c") == KERNEL_DIR / "mve" / "dt_wta_select_s8.c"
    assert m4.kernel_source("dt_wta_select_s8.c") == KERNEL_DIR / "dsp" / "dt_wta_select_s8.c"
    assert m4.kernel_source("dt_softmax_s8.c") == KERNEL_DIR / "dt_softmax_s8.c"  # no DSP one
    # helpers without a portable counterpart (headers, loops shared by a dense and a WTA kernel)
    assert {"dt_nn_dsp.h", "dt_dsp_depthwise_core.c"} <= {f.name for f in m4.variant_extras()}
    # the M55 also searches dsp/: its helpers come along for any dsp kernel it falls back to
    assert {"dt_nn_mve.h", "dt_nn_dsp.h", "dt_mve_depthwise_core.c", "dt_dsp_fc_core.c"} <= \
        {f.name for f in m55.variant_extras()}
    assert not any(f.parent.name == "mve" for f in m4.variant_extras())
    for t in (m4, m55):
        for extra in t.variant_extras():
            assert not (KERNEL_DIR / extra.name).exists()
