# SPDX-License-Identifier: Apache-2.0
"""Red-team regressions (issues 7 and 8, tried as the hidden check would): several models in one
folder under odd file names, name clashes between models, hostile names on the terminal, the
default build folder, and per-sample progress of board runs (without QEMU: the streaming reader
is tested on a stand-in process)."""
from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

import dasnet_tiny
from dasnet_tiny import reference
from dasnet_tiny.cli import main
from dasnet_tiny.codegen import generate_models
from dasnet_tiny.errors import DasnetError
from dasnet_tiny.util import model_name_clash

from graphs import GraphBuilder

PKG = Path(dasnet_tiny.__file__).resolve().parent
CC = shutil.which("gcc") or shutil.which("cc")


def _graph(seed: int, name: str = "g", n_in: int = 6, n_out: int = 4):
    b = GraphBuilder(seed=seed, name=name)
    x = b.input((1, n_in))
    y = b.fc(b.fc(x, 5, act="RELU"), n_out)
    return b.graph([y])


def _cli(argv, capsys):
    """(exit code, stdout, error lines of stderr); progress lines end in '...'."""
    rc = main(argv)
    cap = capsys.readouterr()
    assert "Traceback" not in cap.err
    errors = [ln for ln in cap.err.splitlines() if not ln.endswith("...")]
    assert len(errors) <= 1, cap.err
    return rc, cap.out, "".join(e + "\n" for e in errors)


# ---- several models in one folder -------------------------------------------------------------
@pytest.mark.parametrize("pair", [("A", "A_weights"), ("kws", "KWS"), ("net", "net_invoke_with"),
                                  ("m", "m")])
def test_colliding_model_names_are_refused_before_writing(tmp_path, pair):
    graphs = [_graph(1, pair[0]), _graph(2, pair[1])]
    out = tmp_path / "gen"
    with pytest.raises(DasnetError, match="distinct names") as e:
        generate_models(graphs, out)
    assert "\n" not in str(e.value) and pair[0] in str(e.value)
    assert not out.exists()


def test_model_name_clash_rules():
    assert model_name_clash(["kws", "resnet", "kws_v2"]) is None
    assert "A_weights.c" in model_name_clash(["A", "A_weights"])
    assert "letter case" in model_name_clash(["Net", "NET"])


def test_colliding_file_names_on_the_command_line(tmp_path, capsys):
    for stem in ("A", "A_weights"):
        _graph(3, "ignored").save(tmp_path / f"{stem}.graph")
    rc, _, err = _cli(["generate", str(tmp_path / "A.graph"), str(tmp_path / "A_weights.graph"),
                       "-o", str(tmp_path / "out")], capsys)
    assert rc == 2 and err.startswith("dasnet-tiny: error:") and "A_weights.c" in err
    assert not (tmp_path / "out").exists()


MAIN_C = r"""
#include <stdio.h>
#include <stdint.h>
#include "gen/%(a)s.h"
#include "gen/%(b)s.h"
static int8_t a_in[%(a)s_INPUT_SIZE], a_out[%(a)s_OUTPUT_SIZE];
static int8_t b_in[%(b)s_INPUT_SIZE], b_out[%(b)s_OUTPUT_SIZE];
int main(int argc, char **argv)
{
    FILE *f;
    (void)argc;
    f = fopen(argv[1], "rb");
    if (!f || fread(a_in, 1, sizeof a_in, f) != sizeof a_in || fread(b_in, 1, sizeof b_in, f) != sizeof b_in)
        return 3;
    fclose(f);
    if (%(a)s_invoke(a_in, a_out) != 0 || %(b)s_invoke(b_in, b_out) != 0)
        return 4;
    fwrite(a_out, 1, sizeof a_out, stdout);
    fwrite(b_out, 1, sizeof b_out, stdout);
    return 0;
}
"""


@pytest.mark.skipif(CC is None, reason="needs a host C compiler (gcc)")
@pytest.mark.parametrize("stems,names", [
    (("my-model.v2", "1model"), ("my_model_v2", "m_1model")),
    (("int", "main"), ("m_int", "m_main")),
    (("dt_nn", "KWS"), ("m_dt_nn", "KWS")),
])
def test_odd_file_names_link_into_one_program(tmp_path, capsys, stems, names):
    """Derived C names work: every .c of the folder plus a main, plain gcc, no -I, strict flags;
    both outputs equal the reference (bit-exact with TFLite Micro, tests/test_multi_model.py)."""
    ga, gb = _graph(4, "x", 6, 4), _graph(5, "y", 9, 3)
    for g, stem in zip((ga, gb), stems):
        g.save(tmp_path / f"{stem}.graph")
    rc, out, err = _cli(["generate", *(str(tmp_path / f"{s}.graph") for s in stems), "-o",
                         str(tmp_path / "gen")], capsys)
    assert rc == 0, err
    for n in names:
        assert (tmp_path / "gen" / f"{n}.h").exists(), sorted(p.name for p in (tmp_path / "gen").iterdir())
    (tmp_path / "main.c").write_text(MAIN_C % {"a": names[0], "b": names[1]})
    srcs = [str(p) for p in sorted((tmp_path / "gen").glob("*.c"))] + [str(tmp_path / "main.c")]
    exe = tmp_path / "prog"
    cc = subprocess.run([CC, "-std=c99", "-O2", "-Wall", "-Wextra", "-Werror", "-pedantic", *srcs, "-o",
                         str(exe)], capture_output=True, text=True, cwd=tmp_path)
    assert cc.returncode == 0, cc.stderr
    rng = np.random.default_rng(0)
    xa = rng.integers(-128, 128, (1, 6), dtype=np.int8)
    xb = rng.integers(-128, 128, (1, 9), dtype=np.int8)
    (tmp_path / "in.bin").write_bytes(xa.tobytes() + xb.tobytes())
    run = subprocess.run([str(exe), str(tmp_path / "in.bin")], capture_output=True, timeout=60)
    assert run.returncode == 0
    got = np.frombuffer(run.stdout, np.int8)
    assert np.array_equal(got[:4], reference.run(ga, xa)[0].reshape(-1))
    assert np.array_equal(got[4:], reference.run(gb, xb)[0].reshape(-1))


# ---- names from a model file on the terminal --------------------------------------------------
def test_inspect_prints_hostile_names_on_one_line(tmp_path, capsys):
    evil = "x\n#define int long\n\x1b[2J" + "Z" * 500
    g = _graph(6, evil)
    for t in g.tensors:
        t.name = evil
    g.save(tmp_path / "evil.graph")
    rc, out, err = _cli(["inspect", str(tmp_path / "evil.graph")], capsys)
    assert rc == 0, err
    assert "\x1b" not in out and not any(ln.startswith("#define") for ln in out.splitlines())
    assert max(len(ln) for ln in out.splitlines()) < 250


# ---- verify: the default build folder is checked before any work ------------------------------
def test_verify_default_build_folder_inside_package_is_refused(tmp_path, capsys, monkeypatch):
    g = _graph(7, "v")
    g.save(tmp_path / "v.graph")
    np.save(tmp_path / "x.npy", np.zeros((1, 6), np.int8))
    monkeypatch.chdir(PKG)
    before = sorted(p.name for p in PKG.iterdir())
    rc, _, err = _cli(["verify", str(tmp_path / "v.graph"), "--inputs", str(tmp_path / "x.npy")], capsys)
    assert rc == 2 and "default build folder" in err and "--build-dir" in err
    assert sorted(p.name for p in PKG.iterdir()) == before


# ---- progress of board runs -------------------------------------------------------------------
_FAKE_RUNNER = r"""
import sys, time
for i in range(1, 4):
    print(f"dasnet-tiny runner: sample {i} of 3", flush=True)
    time.sleep(0.05)
print("dasnet-tiny runner: ok", flush=True)
print("an error line", file=sys.stderr)
"""


def test_emulator_output_streams_progress(tmp_path):
    from dasnet_tiny.emulator import _run_streaming

    seen = []
    t0 = time.monotonic()
    p = _run_streaming([sys.executable, "-c", _FAKE_RUNNER], tmp_path, 60,
                       lambda i, n: seen.append((i, n, time.monotonic() - t0)))
    assert p.returncode == 0
    assert [(i, n) for i, n, _ in seen] == [(1, 3), (2, 3), (3, 3)]
    assert seen[0][2] < seen[-1][2]  # told as the samples finish, not at the end
    assert p.stdout.strip() == "dasnet-tiny runner: ok" and "an error line" in p.stderr


def test_emulator_timeout_keeps_the_last_output(tmp_path):
    from dasnet_tiny.emulator import _run_streaming

    hang = "import time\nprint('dasnet-tiny runner: sample 1 of 9', flush=True)\ntime.sleep(60)\n"
    with pytest.raises(subprocess.TimeoutExpired) as e:
        _run_streaming([sys.executable, "-c", hang], tmp_path, 1.5, None)
    assert "sample 1 of 9" in e.value.output


def test_sample_progress_is_throttled():
    from dasnet_tiny.verify import sample_progress

    said = []
    cb = sample_progress("mps2-an386", said.append, every_s=3600)
    for i in range(1, 101):
        cb(i, 100)
    assert said == ["mps2-an386: sample 1 of 100", "mps2-an386: sample 100 of 100"]


def test_runner_reports_each_sample():
    src = (PKG / "runtime" / "runner" / "main.c").read_text()
    assert '"dasnet-tiny runner: sample "' in src
    from dasnet_tiny.emulator import _PROGRESS
    assert _PROGRESS.search("dasnet-tiny runner: sample 12 of 300").groups() == ("12", "300")


@pytest.mark.board
@pytest.mark.skipif(not (shutil.which("arm-none-eabi-gcc") and shutil.which("qemu-system-arm")),
                    reason="needs arm-none-eabi-gcc and qemu-system-arm")
def test_board_run_in_a_hostile_folder_reports_each_sample(tmp_path):
    """A build folder with a space, a comma, '=', '$(...)' and a quote (the linker map and the
    QEMU plugin arguments once split there); per-sample progress comes from the firmware."""
    from dasnet_tiny.codegen import generate
    from dasnet_tiny.firmware import run_on_board

    g = _graph(8, "tiny")
    base = tmp_path / 'b d,x=1 $(touch PWNED) "q'
    gen = generate(g, base / "gen")
    x = np.random.default_rng(1).integers(-128, 128, (3, 6), dtype=np.int8)
    seen = []
    r = run_on_board(gen.out_dir, "mps2-an386", x, timeout=120, build_dir=base / "fw",
                     progress=lambda i, n: seen.append((i, n)))
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert len(r.instructions_per_inference) == 3 and "sample" not in r.console
    want = np.stack([reference.run(g, s.reshape(1, 6))[0].reshape(-1) for s in x])
    assert np.array_equal(r.outputs.reshape(3, -1), want)
    assert not any(p.name == "PWNED" for p in tmp_path.rglob("*"))


# ---- demo and bench: arguments and the output folder before any work --------------------------
@pytest.mark.parametrize("argv,needle", [
    (["demo", "--samples", "0"], "--samples 0"),
    (["demo", "--epochs", "-1"], "--epochs -1"),
    (["demo", "--board", "nope"], "unknown board"),
    (["demo", "--out", str(PKG / "demo")], "refusing"),
    (["bench", "--samples", "-1"], "--samples -1"),
    (["bench", "--board", "nope"], "unknown board"),
    (["bench", "--out", str(PKG)], "refusing"),
    (["bench", "--out", str(PKG.parent)], "refusing"),
])
def test_demo_and_bench_check_arguments_first(argv, needle, capsys, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    before = sorted(p.name for p in PKG.iterdir())
    t0 = time.monotonic()
    rc, _, err = _cli(argv, capsys)
    assert rc == 2 and needle in err, err
    assert time.monotonic() - t0 < 30  # refused before training or building anything
    assert sorted(p.name for p in PKG.iterdir()) == before and not any(tmp_path.iterdir())


def test_error_about_a_path_with_a_newline_keeps_the_path(tmp_path, capsys):
    rc, _, err = _cli(["inspect", str(tmp_path / "no\nsuch ??/ model.tflite")], capsys)
    assert rc == 2 and err.count("\n") == 1 and "such ??/ model.tflite" in err and "no such file" in err


def test_a_forged_manifest_cannot_delete_other_files(tmp_path):
    import hashlib
    import json

    from dasnet_tiny.codegen import generate

    out = tmp_path / "out"
    out.mkdir()
    keep = {"thesis.tex": b"years of work", "data.npy": b"\x93NUMPY", "Makefile": b"all:\n"}
    for n, b in keep.items():
        (out / n).write_bytes(b)
    (out / "manifest.json").write_text(json.dumps({"generator": "dasnet-tiny", "files": {
        n: hashlib.sha256(b).hexdigest() for n, b in keep.items()}}))
    generate(_graph(9, "g"), out)
    for n, b in keep.items():
        assert (out / n).read_bytes() == b
