# SPDX-License-Identifier: Apache-2.0
"""Hostile and careless input (issue 7): nothing from a model file or the command line becomes
code, no file is lost, the generated C has no undefined behaviour, WTA at the model output."""
from __future__ import annotations

import dataclasses
import hashlib
import re
from pathlib import Path

import numpy as np
import pytest

import dasnet_tiny
from dasnet_tiny import reference
from dasnet_tiny.cli import main
from dasnet_tiny.codegen import generate
from dasnet_tiny.errors import DasnetError, UnsupportedModelError
from dasnet_tiny.util import c_comment_text, check_c_identifier, safe_c_identifier

from conftest import shared_file
from graphs import GraphBuilder

PKG = Path(dasnet_tiny.__file__).resolve().parent
REPO = PKG.parent
KWS = "models/mlperf_tiny/kws_ref_model.tflite"


def _tree_hashes(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and "__pycache__" not in p.parts}


def _strip_c_comments(src: str) -> str:
    """C source without comments and string literals (an independent, simple lexer)."""
    out, i, n = [], 0, len(src)
    while i < n:
        if src.startswith("/*", i):
            j = src.find("*/", i + 2)
            i = n if j < 0 else j + 2
            out.append(" ")
        elif src.startswith("//", i):
            j = src.find("\n", i)
            i = n if j < 0 else j
        elif src[i] == '"':
            j = i + 1
            while j < n and src[j] != '"':
                j += 2 if src[j] == "\\" else 1
            out.append('""')
            i = j + 1
        else:
            out.append(src[i])
            i += 1
    return "".join(out)


PAYLOAD = ('*/\n#include <stdio.h>\n__attribute__((constructor)) static void evil(void) '
           '{{ FILE *f = fopen("{marker}", "w"); if (f) fclose(f); }}\n/* ??/\n \\\n')


# ---- 1. nothing becomes code --------------------------------------------------------------------
@pytest.mark.parametrize("s", ["a */ b", "/*x", "x\ny\r\n", "line\\\nnext", "??/ ??= ???", "\x1b[31m",
                               "é\u2028\0", "*" * 3 + "/" * 3, "a" * 500, PAYLOAD.format(marker="m")])
def test_comment_text_is_inert(s):
    t = c_comment_text(s, 80)
    assert len(t) <= 82 and t.isascii() and t.isprintable()
    assert "*/" not in t and "/*" not in t and "??" not in t and "\\" not in t and "\n" not in t
    # inert between the delimiters of a comment too
    assert "*/" not in ("/*" + t + "*/")[2:-2] and not t.startswith(("/", "*")) and not t.endswith(("/", "*"))


@pytest.mark.parametrize("name", ["int", "dt_nn", "dt_convolve_s8", "DT_NN", "_x", "__init", "a b",
                                  "1abc", "x" * 49, "", "naïve", "main"])
def test_bad_c_names_are_refused(name):
    with pytest.raises(DasnetError):
        check_c_identifier(name)
    s = safe_c_identifier(name)
    assert check_c_identifier(s) == s


def _renamed_kws(tmp_path: Path, marker: Path) -> Path:
    """The shared KWS model with the payload in every tensor name (schema object API)."""
    from dasnet_tiny.import_tflite import fb
    import flatbuffers

    m = fb.ModelT.InitFromPackedBuf(shared_file(KWS).read_bytes(), 0)
    for i, t in enumerate(m.subgraphs[0].tensors):
        t.name = (f"t{i}" + PAYLOAD.format(marker=marker)).encode()
    m.description = PAYLOAD.format(marker=marker).encode()
    b = flatbuffers.Builder(1024)
    b.Finish(m.Pack(b), file_identifier=b"TFL3")
    # the path carries the payload as well (a folder named "...*" then a file name with a newline)
    d = tmp_path / "evil*"
    d.mkdir()
    p = d / ("\n__attribute__((constructor)) static void evil2(void) { __builtin_abort(); }\n"
             "#define x.tflite")
    p.write_bytes(bytes(b.Output()))
    return p


def test_hostile_names_and_path_stay_inert(tmp_path):
    from dasnet_tiny.hostbuild import verify_host
    from dasnet_tiny.import_tflite import import_tflite

    marker = tmp_path / "constructor_ran"
    g = import_tflite(_renamed_kws(tmp_path, marker))
    out = tmp_path / "gen"
    res = generate(g, out)
    for f in [res.header, res.source, res.weights]:
        code = _strip_c_comments(f.read_text())
        # (the model name derived from the file name is an inert identifier such as
        # attribute____constructor___static_void_evil2_voi)
        assert "__attribute__" not in code and "(constructor)" not in code and "fopen" not in code
        assert "abort" not in code and "#include <stdio.h>" not in code and "evil(" not in code
    x = np.random.default_rng(0).integers(-128, 128, (2, *g.input_tensors[0].shape[1:]), dtype=np.int8)
    r = verify_host(g, x, model_dir=out)  # compiles with -Wall -Wextra -Werror, runs, compares
    assert r.ok and r.n == 2
    assert not marker.exists()


# ---- 2. no file is lost ---------------------------------------------------------------------------
def _small_graph(name="g"):
    b = GraphBuilder(seed=3, name=name)
    x = b.input((1, 6))
    y = b.fc(x, 4, act="RELU")
    return b.graph([y])


def test_generate_refuses_package_and_repo_root(tmp_path):
    g = _small_graph()
    before = _tree_hashes(PKG)
    for target in [PKG, PKG / "runtime" / "kernels", PKG / "runtime" / "new_folder", REPO]:
        with pytest.raises(DasnetError, match="refusing"):
            generate(g, target)
    assert _tree_hashes(PKG) == before
    assert not (PKG / "runtime" / "new_folder").exists() and not (REPO / "g.c").exists()


def test_generate_refuses_foreign_folder_and_kernel_names(tmp_path):
    g = _small_graph()
    foreign = tmp_path / "mine"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("keep me")
    (foreign / "dt_nn.h").write_text("my own file")
    with pytest.raises(DasnetError, match="not made by dasnet-tiny"):
        generate(g, foreign)
    assert sorted(p.name for p in foreign.iterdir()) == ["dt_nn.h", "notes.txt"]
    for bad in ["dt_nn", "dt_fully_connected_s8", "dt_nn_support", "int"]:
        with pytest.raises(DasnetError, match="cannot be used"):
            generate(g, tmp_path / "new", name=bad)
    assert not (tmp_path / "new").exists()
    f = tmp_path / "file"
    f.write_text("x")
    with pytest.raises(DasnetError, match="not a folder"):
        generate(g, f)


def test_regenerate_deletes_only_its_own_files(tmp_path):
    out = tmp_path / "m"
    first = generate(_small_graph(), out, name="first")
    assert first.manifest.exists()
    assert not list(out.glob(".dt-*")) and not list(out.glob("*.tmp"))
    (out / "user.c").write_text("int user;\n")  # a file the user put there
    (out / "dt_add_s8.c").write_text("user copy\n")  # a kernel name the generator never wrote
    edited = out / "first_weights.c"
    edited.write_text(edited.read_text() + "/* edited */\n")
    generate(_small_graph(), out, name="second")
    names = {p.name for p in out.iterdir()}
    assert {"second.c", "second.h", "second_weights.c", "user.c", "dt_add_s8.c"} <= names
    assert "first.c" not in names and "first.h" not in names  # stale, unchanged: removed
    assert "first_weights.c" in names  # edited since: kept
    assert (out / "dt_add_s8.c").read_text() == "user copy\n"


def _cli(argv, capsys):
    """(exit code, stdout, the error lines of stderr); progress lines end in '...'."""
    rc = main(argv)
    cap = capsys.readouterr()
    assert "Traceback" not in cap.err
    errors = [ln for ln in cap.err.splitlines() if not ln.endswith("...")]
    assert len(errors) <= 1, cap.err
    return rc, cap.out, "".join(e + "\n" for e in errors)


def test_convert_refuses_output_equal_to_input(tmp_path, capsys):
    model = tmp_path / "m.keras"
    model.write_bytes(b"not really a keras file")
    calib = tmp_path / "c.npz"
    np.savez(calib, x=np.zeros((2, 3), np.float32))
    link = tmp_path / "link.keras"
    link.symlink_to(model)
    for out in [model, link, calib]:
        rc, _, err = _cli(["convert", str(model), "--calibration", str(calib), "-o", str(out)], capsys)
        assert rc == 2 and err.count("\n") == 1 and "same file" in err, err
    assert model.read_bytes() == b"not really a keras file"


def test_failed_convert_leaves_nothing_behind(tmp_path, capsys, monkeypatch):
    import dasnet_tiny.cli as cli
    from dasnet_tiny.ir import Graph

    model = tmp_path / "m.keras"
    model.write_bytes(b"x")
    monkeypatch.setattr(cli, "keras_to_graph", lambda path, calib: _small_graph())

    def failing_save(self, path):
        Path(path).write_bytes(b"partial")
        Path(str(path) + ".tmp").write_bytes(b"partial")
        raise OSError(28, "No space left on device", str(path))

    monkeypatch.setattr(Graph, "save", failing_save)
    out = tmp_path / "out" / "o.graph"
    rc, _, err = _cli(["convert", str(model), "--calibration", "c.npz", "-o", str(out)], capsys)
    assert rc == 2 and err.startswith("dasnet-tiny: error:") and "No space left" in err
    assert list(out.parent.iterdir()) == [] and sorted(p.name for p in tmp_path.iterdir()) == ["m.keras", "out"]


def test_verify_output_paths_checked_before_work(tmp_path, capsys):
    model = shared_file(KWS)
    x = tmp_path / "x.npy"
    np.save(x, np.zeros((1, 49, 10, 1), np.int8))
    before = x.read_bytes()
    build = tmp_path / "build"
    blocker = tmp_path / "afile"
    blocker.write_text("")
    cases = [["--outputs", str(x)], ["--report", str(x)], ["--report", str(model)],
             ["--outputs", str(tmp_path / "o.npy"), "--report", str(tmp_path / "o.npy")],
             ["--outputs", str(blocker / "o.npy")], ["--report", str(blocker / "sub" / "r.json")],
             ["--outputs", str(tmp_path / ("n" * 300 + ".npy"))], ["--build-dir", str(PKG)],
             ["--build-dir", str(blocker)]]
    for extra in cases:
        rc, _, err = _cli(["verify", str(model), "--inputs", str(x), "--build-dir", str(build), *extra]
                          if "--build-dir" not in extra else
                          ["verify", str(model), "--inputs", str(x), *extra], capsys)
        assert rc == 2 and err.startswith("dasnet-tiny: error:") and err.count("\n") == 1, (extra, err)
        assert not build.exists(), extra  # refused before any build
    assert x.read_bytes() == before


def test_verify_writes_outputs_and_report_atomically(tmp_path, capsys):
    b = GraphBuilder(seed=5, name="tiny")
    y = b.fc(b.input((1, 8)), 3)
    g = b.graph([y])
    gp = tmp_path / "tiny.graph"
    g.save(gp)
    x = tmp_path / "x.npy"
    np.save(x, np.random.default_rng(0).integers(-128, 128, (3, 8), dtype=np.int8))
    outs, rep = tmp_path / "res" / "outs", tmp_path / "res" / "r.json"
    rc, out, err = _cli(["verify", str(gp), "--inputs", str(x), "--outputs", str(outs), "--report",
                         str(rep), "--build-dir", str(tmp_path / "b")], capsys)
    assert rc == 0, err
    assert "NumPy int8 reference" in out
    got = np.load(outs)  # exactly the path given (no .npy appended)
    want = np.stack([reference.run(g, s.reshape(1, 8))[0].reshape(-1) for s in np.load(x)])
    assert np.array_equal(got.reshape(3, -1), want)
    assert sorted(p.name for p in outs.parent.iterdir()) == ["outs", "r.json"]


# ---- 3. no undefined behaviour in the generated C -------------------------------------------------
def _verify_sanitized(g, tmp_path, n=4, seed=0):
    from dasnet_tiny.hostbuild import verify_host

    shape = g.input_tensors[0].shape[1:]
    x = np.random.default_rng(seed).integers(-128, 128, (n, *shape), dtype=np.int8)
    r = verify_host(g, x, model_dir=tmp_path / "ub", sanitize=True)
    assert r.ok, r.text
    return r


def _retensor(g, ti, **kw):
    g.tensors[ti] = dataclasses.replace(g.tensors[ti], **kw)


@pytest.mark.parametrize("kind", ["fc", "conv", "depthwise"])
def test_bias_int32_max_is_defined_and_matches_reference(kind, tmp_path):
    b = GraphBuilder(seed=11, name="bias")
    x = b.input((1, 5, 5, 3), zp=-128)
    if kind == "fc":
        y = b.fc(x, 4, act="NONE")
    elif kind == "conv":
        y = b.conv2d(x, 4, act="NONE")
    else:
        y = b.depthwise(x, act="NONE")
    g = b.graph([y])
    op = g.ops[-1]
    bias = g.tensor(op.inputs[2])
    data = bias.data.copy()
    data[0], data[-1] = np.iinfo(np.int32).max, np.iinfo(np.int32).min
    _retensor(g, op.inputs[2], data=data)
    _verify_sanitized(g, tmp_path)


def test_saturated_requantization_plus_offset_is_defined(tmp_path):
    # weight scale 1e20: the multiplier saturates (x 2^30 wraps to -2^31); the output zero point -100 is added after it
    b = GraphBuilder(seed=12, name="sat")
    x = b.input((1, 6), zp=0)
    y = b.fc(x, 5, act="NONE")
    g = b.graph([y])
    w = g.ops[-1].inputs[1]
    _retensor(g, w, scale=(1e20,) * len(g.tensor(w).scale))
    _retensor(g, y, zero_point=(-100,))
    _verify_sanitized(g, tmp_path)


def test_mul_with_tiny_output_scale_is_defined(tmp_path):
    b = GraphBuilder(seed=13, name="mulsat")
    x1, x2 = b.input((1, 4, 4, 2)), b.input((1, 4, 4, 2), name="in2")
    y = b.mul(x1, x2)
    g = b.graph([y])
    _retensor(g, y, scale=(1e-7,), zero_point=(-90,))
    from dasnet_tiny.hostbuild import verify_host
    rng = np.random.default_rng(1)
    xs = [rng.integers(-128, 128, (3, 4, 4, 2), dtype=np.int8) for _ in range(2)]
    r = verify_host(g, xs, model_dir=tmp_path / "ub", sanitize=True)
    assert r.ok, r.text


def test_unrepresentable_parameters_are_refused(tmp_path):
    g = _small_graph()
    w = g.ops[0].inputs[1]
    five = dataclasses.replace(g.tensor(w), shape=(1, 1, 1, 4, 6),
                               data=g.tensor(w).data.reshape(1, 1, 1, 4, 6))
    g5 = dataclasses.replace(g, tensors=list(g.tensors))
    g5.tensors[w] = five
    with pytest.raises(UnsupportedModelError, match="2-D"):
        generate(g5, tmp_path / "a")
    g40 = dataclasses.replace(g, tensors=list(g.tensors))
    _retensor(g40, g.inputs[0], zero_point=(1 << 40,))
    with pytest.raises(UnsupportedModelError, match="zero point"):
        generate(g40, tmp_path / "b")
    assert not (tmp_path / "a").exists() and not (tmp_path / "b").exists()


# ---- 4. WTA at the model output -------------------------------------------------------------------
def _np_wta(x: np.ndarray, zp: int, k: int) -> np.ndarray:
    """The int8 WTA rule, written independently: channel score = sum of (x - zp) over positions
    (WTAChannel, 4-D) or the value itself (WTADense); the k best win, ties to the lower index;
    losers become the zero point."""
    x = x.copy()
    c = x.shape[-1]
    flat = x.reshape(-1, c).astype(np.int64) - zp
    scores = flat.sum(axis=0) if x.ndim == 4 else flat[0]
    order = sorted(range(c), key=lambda i: (-scores[i], i))
    for i in order[k:]:
        x[..., i] = zp
    return x


@pytest.mark.parametrize("kind", ["channel", pytest.param("dense", marks=pytest.mark.slow)])
def test_wta_layer_as_model_output(kind, tmp_path):
    import keras

    import dasnet_tiny as dt
    from dasnet_tiny.converter import _signature_outputs, convert_dense_twin
    from dasnet_tiny.hostbuild import verify_host
    from dasnet_tiny.import_tflite import fb
    from dasnet_tiny.layers import WTAChannel, WTADense
    from conftest import TFLM

    keras.utils.set_random_seed(3)
    inp = keras.Input((8, 8, 1), batch_size=1)
    h = keras.layers.Conv2D(6, 3, activation="relu")(inp)
    if kind == "channel":
        out, k = WTAChannel(0.5, name="wta_out")(h), 3
    else:
        h = keras.layers.Dense(12)(keras.layers.Flatten()(h))
        out, k = WTADense(0.25, name="wta_out")(h), 3
    m = keras.Model(inp, out)
    calib = np.random.default_rng(0).random((32, 8, 8, 1)).astype(np.float32)

    g = dt.convert(m, calib)
    assert [o.type for o in g.wta_ops()] == ["WTA_" + kind.upper()]
    assert g.outputs == g.wta_ops()[0].outputs  # the graph output is the WTA result

    twin = convert_dense_twin(m, calib)
    sub_outs = [int(t) for t in fb.ModelT.InitFromPackedBuf(twin.tflite, 0).subgraphs[0].outputs]
    pos = sub_outs.index(_signature_outputs(twin.tflite)["output_0"])
    tflm = TFLM(twin.tflite, n_outputs=len(sub_outs))
    zp = g.output_tensors[0].zp
    xs = np.random.default_rng(1).integers(-128, 128, (6, 1, 8, 8, 1), dtype=np.int8)
    got = tflm.many(xs)
    changed = 0
    for x, outs in zip(xs, got):
        dense = np.asarray(outs[pos]).reshape(g.output_tensors[0].shape)
        want = _np_wta(dense, zp, k)
        changed += not np.array_equal(want, dense)
        assert np.array_equal(reference.run(g, x)[0], want)
    assert changed  # the WTA does something on these inputs
    r = verify_host(g, xs.reshape(6, 8, 8, 1), model_dir=tmp_path / "c")
    assert r.ok


def test_empty_tensors_and_hollow_pool_windows_are_refused(tmp_path):
    g = _small_graph()
    ge = dataclasses.replace(g, tensors=list(g.tensors))
    _retensor(ge, g.inputs[0], shape=(1, 0))
    with pytest.raises(UnsupportedModelError, match="empty shape"):
        generate(ge, tmp_path / "a")
    b = GraphBuilder(seed=2, name="pool")
    y = b.avgpool(b.input((1, 6, 6, 2)), k=(2, 2), stride=(2, 2))
    gp = b.graph([y])
    gp.ops[-1].options["pad_h"] = 2
    with pytest.raises(UnsupportedModelError, match="padding as large as the filter"):
        generate(gp, tmp_path / "b")


def test_generated_files_have_the_usual_mode(tmp_path):
    import os
    import stat

    res = generate(_small_graph(), tmp_path / "m")
    mask = os.umask(0o022)
    os.umask(mask)
    for f in [res.header, res.source, res.manifest]:
        assert stat.S_IMODE(f.stat().st_mode) == 0o666 & ~mask


def test_mean_with_tiny_output_scale_is_defined(tmp_path):
    b = GraphBuilder(seed=14, name="meansat")
    x = b.input((1, 4, 4, 3))
    y = b.mean(x, axes=[1, 2])
    g = b.graph([y])
    _retensor(g, y, scale=(1e-12,), zero_point=(-90,))  # shift clamped to 30: x 2^30 wraps
    _verify_sanitized(g, tmp_path, n=6)
