# SPDX-License-Identifier: Apache-2.0
"""Generated code composes: two models generated into one folder link into one program (kernels
once, every symbol under its model's name), with the caller's arena and placement macros; both
outputs equal TFLite Micro's."""
from __future__ import annotations

import shutil
import subprocess

import numpy as np
import pytest

import dasnet_tiny as dt
from dasnet_tiny.cli import main as cli_main
from dasnet_tiny.errors import DasnetError

from conftest import TFLM, shared_file

CC = shutil.which("gcc") or shutil.which("cc")
pytestmark = pytest.mark.skipif(CC is None, reason="needs a host C compiler (gcc)")

MAIN_C = r"""
#include <stdio.h>
#include <stdint.h>
#include "kws_ref_model.h"
#include "pretrainedResnet_quant.h"

static int8_t kws_in[kws_ref_model_INPUT_SIZE], kws_out[kws_ref_model_OUTPUT_SIZE];
static int8_t res_in[pretrainedResnet_quant_INPUT_SIZE], res_out[pretrainedResnet_quant_OUTPUT_SIZE];
#define SHARED_ARENA (kws_ref_model_ARENA_SIZE > pretrainedResnet_quant_ARENA_SIZE ? \
                      kws_ref_model_ARENA_SIZE : pretrainedResnet_quant_ARENA_SIZE)
/* one arena for both models (they never run at the same time) */
static int8_t arena[SHARED_ARENA] __attribute__((aligned(16)));

int main(int argc, char **argv)
{
    FILE *f;
    (void)argc;
    f = fopen(argv[1], "rb");
    if (!f || fread(kws_in, 1, sizeof kws_in, f) != sizeof kws_in ||
        fread(res_in, 1, sizeof res_in, f) != sizeof res_in) return 3;
    fclose(f);
#ifdef USE_CALLER_ARENA
    if (kws_ref_model_invoke_with_arena(kws_in, kws_out, arena) != 0) return 4;
    if (pretrainedResnet_quant_invoke_with_arena(res_in, res_out, arena) != 0) return 5;
    if (kws_ref_model_invoke_with_arena(kws_in, kws_out, arena + 1) == 0) return 6; /* misaligned */
#else
    (void)arena;
    if (kws_ref_model_invoke(kws_in, kws_out) != 0) return 4;
    if (pretrainedResnet_quant_invoke(res_in, res_out) != 0) return 5;
#endif
    fwrite(kws_out, 1, sizeof kws_out, stdout);
    fwrite(res_out, 1, sizeof res_out, stdout);
    return 0;
}
"""


def _inputs():
    d = np.load(shared_file("data/speech_commands_v2_mfcc49x10.npz"))
    kws = np.clip(np.round(d["x_test"][:1] / 0.5847) + 83, -128, 127).astype(np.int8).reshape(1, 49, 10, 1)
    c = np.load(shared_file("data/cifar10_jpeg_q75_25k.npz"))
    res = (c["x_test"][3:4].astype(np.int16) - 128).astype(np.int8)
    return kws, res


@pytest.mark.parametrize("variant", [
    [],
    ["-DUSE_CALLER_ARENA", "-Dkws_ref_model_NO_STATIC_ARENA", "-DpretrainedResnet_quant_NO_STATIC_ARENA"],
    ["-DDT_ARENA_ATTR=__attribute__((section(\".bss.dt_arena\")))",
     "-DDT_WEIGHTS_ATTR=__attribute__((section(\".rodata.dt_weights\")))"],
], ids=["static-arenas", "caller-arena", "section-macros"])
def test_two_models_one_folder_one_program(tmp_path, variant, capsys):
    kws_p = shared_file("models/mlperf_tiny/kws_ref_model.tflite")
    res_p = shared_file("models/mlperf_tiny/pretrainedResnet_quant.tflite")
    out = tmp_path / "gen"
    assert cli_main(["generate", str(kws_p), str(res_p), "-o", str(out)]) == 0, capsys.readouterr().err
    kernels = sorted(p.name for p in out.glob("dt_*.c"))
    assert len(kernels) == len(set(kernels)) and "dt_convolve_s8.c" in kernels
    (tmp_path / "main.c").write_text(MAIN_C)
    exe = tmp_path / "prog"
    srcs = [str(p) for p in sorted(out.glob("*.c"))] + [str(tmp_path / "main.c")]
    subprocess.run([CC, "-std=c99", "-O1", "-Wall", "-Wextra", "-Werror", *variant, "-I", str(out),
                    *srcs, "-o", str(exe)], check=True, capture_output=True)
    kws, res = _inputs()
    (tmp_path / "in.bin").write_bytes(kws.tobytes() + res.tobytes())
    run = subprocess.run([str(exe), str(tmp_path / "in.bin")], capture_output=True, timeout=120)
    assert run.returncode == 0, run.returncode
    got = np.frombuffer(run.stdout, np.int8)
    want_kws = TFLM(kws_p.read_bytes())(kws)[0].reshape(-1)
    want_res = TFLM(res_p.read_bytes())(res)[0].reshape(-1)
    assert np.array_equal(got[:12], want_kws)
    assert np.array_equal(got[12:], want_res)


def test_two_models_with_the_same_name_are_refused(tmp_path):
    g = dt.import_tflite(shared_file("models/mlperf_tiny/kws_ref_model.tflite"))
    from dasnet_tiny.codegen import generate_models
    with pytest.raises(DasnetError, match="distinct names"):
        generate_models([g, g], tmp_path / "gen")
    assert not (tmp_path / "gen").exists()
