# SPDX-License-Identifier: Apache-2.0
"""Fuzz: seeded mutants of the shared MLPerf Tiny models (byte-level and structural, .tflite and
saved graph files). Each is refused with a one-line UnsupportedModelError, or imports and runs the
reference executor; never a traceback, a hang or a crash (cases run in forked workers with a
per-case timeout). A sample of the accepted mutants also runs generated C under ASan/UBSan against
the reference. Plus the CLI's model-file cases (directories, empty files, non-models, hostile graph
files): one line on stderr, exit code 2.

Also: named invariants one by one (targeted mutants), graphs at the edge of what the validator
accepts (extreme scales, zero points, biases) under ASan/UBSan, and valid graphs that must stay
accepted. Default: 1,000 mutants (DASNET_FUZZ_N), `-m slow`: 10,000 more.
`scripts/fuzz_report.py` prints the counts and the top refusal reasons.
"""
from __future__ import annotations

import os
import shutil
import tempfile

import numpy as np
import pytest

import dasnet_tiny as dt
from dasnet_tiny import cli
from dasnet_tiny.errors import MalformedModelError, UnsupportedModelError

import fuzz_mutants as F

N_DEFAULT = int(os.environ.get("DASNET_FUZZ_N", "1000"))
N_SLOW = 10_000
WORKERS = max(1, min(2, os.cpu_count() or 1))
TIMEOUT = float(os.environ.get("DASNET_FUZZ_TIMEOUT", "20"))
needs_gcc = pytest.mark.skipif(shutil.which(os.environ.get("CC", "gcc")) is None, reason="gcc not installed")


@pytest.fixture(scope="module")
def bases():
    if not F.model_paths():
        pytest.skip(f"shared MLPerf Tiny models not found under {F.SHARED}: set DASNET_SHARED")
    return F.load_bases()


def _failures(results) -> str:
    bad = [r for r in results if r.status not in ("refused", "ran")]
    return "\n".join(f"seed {r.seed} [{r.status}] {r.what}: {r.detail}" for r in bad[:15])


def _check(results, n):
    counts, _ = F.summarize(results)
    assert len(results) == n
    assert counts["refused"] + counts["ran"] == n, f"{dict(counts)}\n{_failures(results)}"
    assert counts["refused"] > n // 10 and counts["ran"] > n // 20, dict(counts)


def test_fuzz_mutants(bases):
    _check(F.run_cases(range(N_DEFAULT), bases, workers=WORKERS, timeout=TIMEOUT), N_DEFAULT)


@pytest.mark.slow
def test_fuzz_mutants_many(bases):
    seeds = range(1_000_000, 1_000_000 + N_SLOW)
    _check(F.run_cases(seeds, bases, workers=WORKERS, timeout=TIMEOUT), N_SLOW)


def _accepted_sample(bases, seeds, k):
    """The first `k` accepted structural mutants (not plain byte flips) among `seeds`."""
    res = F.run_cases(seeds, bases, workers=WORKERS, timeout=TIMEOUT)
    picked = [r for r in res if r.status == "ran" and ": bytes" not in r.what]
    return picked[:k]


def _run_generated_c(bases, seeds, k, tmp_path):
    from dasnet_tiny.hostbuild import verify_host

    sample = _accepted_sample(bases, seeds, k)
    assert len(sample) == k
    for r in sample:
        kind, data, what = F.make_case(bases, r.seed)
        g = F.load(kind, data, tempfile.mkdtemp(dir=tmp_path))
        rng = np.random.default_rng(r.seed)
        xs = [rng.integers(-128, 128, (2, *g.tensor(i).shape[1:]), dtype=np.int8) for i in g.inputs]
        res = verify_host(g, xs if len(xs) > 1 else xs[0], model_dir=tmp_path / f"m{r.seed}", sanitize=True)
        assert res.ok, f"seed {r.seed} ({what}): {res.text}"


@needs_gcc
def test_fuzz_accepted_mutants_generated_c_sanitized(bases, tmp_path):
    _run_generated_c(bases, range(0, 200), 5, tmp_path)


@needs_gcc
@pytest.mark.slow
def test_fuzz_accepted_mutants_generated_c_sanitized_many(bases, tmp_path):
    _run_generated_c(bases, range(2_000_000, 2_002_000), 50, tmp_path)


def _edge_cases(every: int):
    from dasnet_tiny.validate import validate_graph
    accepted, refused = [], 0
    for i, (name, g) in enumerate(F.edge_variants()):
        try:
            validate_graph(g, name)
        except UnsupportedModelError as e:
            assert "\n" not in str(e)
            refused += 1
            continue
        accepted.append((name, g))
    assert accepted and refused
    return accepted[::every]


def _run_edge(cases, tmp_path):
    from dasnet_tiny.hostbuild import verify_host
    bad = []
    for name, g in cases:
        rng = np.random.default_rng(0)
        xs = []
        for i in g.inputs:
            a = rng.integers(-128, 128, (4, *g.tensor(i).shape[1:]), dtype=np.int8)
            a[0], a[1] = -128, 127  # the extremes of every input
            xs.append(a)
        r = verify_host(g, xs if len(xs) > 1 else xs[0], model_dir=tmp_path / name.replace("*", "x"),
                        sanitize=True)
        if not r.ok:
            bad.append(f"{name}: {r.text}")
    assert not bad, "\n".join(bad)


@needs_gcc
def test_edge_parameters_accepted_run_clean_under_sanitizers(tmp_path):
    """A sample of the accepted extreme-parameter graphs (all of them under -m slow)."""
    _run_edge(_edge_cases(every=12), tmp_path)


@needs_gcc
@pytest.mark.slow
def test_edge_parameters_accepted_run_clean_under_sanitizers_all(tmp_path):
    _run_edge(_edge_cases(every=1), tmp_path)


# ---- targeted mutants (named invariants) -------------------------------------------------------
def _kws_model():
    from conftest import shared_file
    from dasnet_tiny.import_tflite import fb
    return fb.ModelT.InitFromPackedBuf(shared_file("models/mlperf_tiny/kws_ref_model.tflite").read_bytes(), 0)


def _refused(m, match):
    with pytest.raises(UnsupportedModelError, match=match) as e:
        dt.import_tflite(F.pack(m))
    assert "\n" not in str(e.value)
    return e.value


@pytest.mark.parametrize("mutate,match", [
    (lambda m, sg: setattr(sg.tensors[22].quantization, "scale", np.array([0.0], np.float32)),
     r"tensor #\d+ .*scale 0.0 is not a finite positive"),
    (lambda m, sg: setattr(sg.tensors[22].quantization, "scale", np.array([np.nan], np.float32)),
     "not a finite positive"),
    (lambda m, sg: setattr(sg.tensors[22].quantization, "zeroPoint", np.array([200])),
     "zero point 200 is out of the int8 range"),
    (lambda m, sg: setattr(sg.tensors[17].quantization, "quantizedDimension", 2),
     r"per-channel scales for \d+ channels on axis 2"),
    (lambda m, sg: setattr(sg.operators[0].builtinOptions, "dilationHFactor", 0), "dilation_h 0 must be >= 1"),
    (lambda m, sg: setattr(sg.operators[0].builtinOptions, "padding", 7), "padding enum value 7"),
    (lambda m, sg: setattr(sg.operators[0].builtinOptions, "fusedActivationFunction", 99),
     "fused activation enum value 99"),
    (lambda m, sg: setattr(sg.operators[12].builtinOptions, "beta", float("inf")), "beta inf"),
    (lambda m, sg: setattr(sg.operators[0], "builtinOptions", None), "builtin options are missing"),
    (lambda m, sg: setattr(sg.tensors[22], "shape", np.array([1, 15, 100000, 128], np.int32)),
     r"tensor #22 .*more than 16 MiB"),
    (lambda m, sg: setattr(sg.tensors[22], "shape", np.array([1, -3, 5, 64], np.int32)), "negative"),
    (lambda m, sg: setattr(sg.operators[1], "inputs", [25, 5, 4]), "read before any op writes it"),
    (lambda m, sg: setattr(sg.operators[1], "outputs", [22]), "written by op #0"),
    (lambda m, sg: setattr(sg.operators[0], "opcodeIndex", 99), "opcode index 99 is out of range"),
    (lambda m, sg: setattr(sg.tensors[22], "name", b"\xff\xfe*/\n"), r"zero point|read before|\?"),
])
def test_targeted_mutants_refused_in_one_line(mutate, match):
    m = _kws_model()
    sg = m.subgraphs[0]
    mutate(m, sg)
    if match == r"zero point|read before|\?":  # a non-UTF-8 name is replaced, the model still imports
        g = dt.import_tflite(F.pack(m))
        assert any("\ufffd" in t.name for t in g.tensors)
        return
    _refused(m, match)


def test_buffer_size_and_index_errors_are_malformed():
    m = _kws_model()
    sg = m.subgraphs[0]
    b = m.buffers[sg.tensors[17].buffer]
    b.data = np.asarray(b.data)[:-3]
    e = _refused(m, r"tensor #17 .*holds \d+ bytes")
    assert isinstance(e, MalformedModelError)
    m = _kws_model()
    m.subgraphs[0].tensors[17].buffer = 10_000
    assert isinstance(_refused(m, "buffer index 10000 is out of range"), MalformedModelError)


def test_bias_int32_max_is_refused():
    m = _kws_model()
    sg = m.subgraphs[0]
    b = m.buffers[sg.tensors[3].buffer]
    v = np.frombuffer(np.asarray(b.data, np.uint8).tobytes(), "<i4").copy()
    v[:] = 2**31 - 1
    b.data = np.frombuffer(v.tobytes(), np.uint8)
    _refused(m, "accumulator can reach")


def test_corrupt_vector_length_refused_before_unpacking():
    """A tensors vector claiming 2^24 entries is refused from its length, not by unpacking it."""
    from conftest import shared_file
    from dasnet_tiny.import_tflite import fb
    data = bytearray(shared_file("models/mlperf_tiny/kws_ref_model.tflite").read_bytes())
    sg = fb.Model.GetRootAs(data, 0).Subgraphs(0)
    start = sg._tab.Vector(sg._tab.Offset(4))  # SubGraph.tensors is field 0 (vtable offset 4)
    assert int.from_bytes(data[start - 4:start], "little") == sg.TensorsLength() == 35
    data[start - 4:start] = (1 << 24).to_bytes(4, "little")
    with pytest.raises(MalformedModelError, match="16777216 tensors"):
        dt.import_tflite(bytes(data))


def test_huge_activation_refused_quickly():
    import time
    m = _kws_model()
    sg = m.subgraphs[0]
    for t in (22, 23):
        sg.tensors[t].shape = np.array([1, 15, 100000, 128], np.int32)
    t0 = time.monotonic()
    _refused(m, "more than 16 MiB")
    assert time.monotonic() - t0 < 30  # generous: refusing must not allocate or compute the tensor


# ---- valid graphs stay accepted ----------------------------------------------------------------
def test_valid_builder_graphs_validate_and_round_trip(tmp_path):
    """Every op-space and WTA graph of tests/graphs.py passes the validator, and a saved graph file
    loads back (through the validator) and runs to the same bytes."""
    import graphs
    from dasnet_tiny import reference
    from dasnet_tiny.validate import validate_graph

    items = [(n, b) for n, b in graphs.op_space_cases()]
    items += [(f"wta_{c}", lambda seed, c=c: graphs.wta_graph(c, 0.5, seed)) for c in graphs.WTA_CONSUMERS]
    for name, build in items:
        g = build(0)
        validate_graph(g, name)
        g2 = dt.load_graph(g.save(tmp_path / "g.bin"))
        rng = np.random.default_rng(0)
        xs = [rng.integers(-128, 128, g.tensor(i).shape, dtype=np.int8) for i in g.inputs]
        for a, b in zip(reference.run(g, xs), reference.run(g2, xs)):
            assert np.array_equal(a, b), name


def test_op_space_graphs_exported_to_tflite_import_bit_exact():
    """The op-space bases of the fuzz (graphs exported with the schema's object API) import and
    run to the same bytes as the graphs they were written from."""
    from dasnet_tiny import reference
    for name, data, g in F.op_space_tflites():
        g2 = dt.import_tflite(data)
        rng = np.random.default_rng(1)
        xs = [rng.integers(-128, 128, g.tensor(i).shape, dtype=np.int8) for i in g.inputs]
        for a, b in zip(reference.run(g, xs), reference.run(g2, xs)):
            assert np.array_equal(a, b), name


def _op_model(name):
    from dasnet_tiny.import_tflite import fb
    data = dict((n, d) for n, d, _ in F.op_space_tflites())[name]
    return fb.ModelT.InitFromPackedBuf(data, 0)


def _set_const(m, ti, values, dtype="<i4"):
    m.buffers[m.subgraphs[0].tensors[ti].buffer].data = np.frombuffer(np.asarray(values, dtype).tobytes(), np.uint8)


def _first_op(m, code):
    from dasnet_tiny.import_tflite import fb
    sg = m.subgraphs[0]
    return next(op for op in sg.operators
                if m.operatorCodes[op.opcodeIndex].builtinCode == getattr(fb.BuiltinOperator, code))


@pytest.mark.parametrize("case", ["mean_axes", "pad_negative", "pad_shape", "concat_axis", "mul_scale",
                                  "conv_weight_scale", "dw_multiplier", "fc_depth", "pool_filter"])
def test_op_option_mutants_refused(case):
    if case == "mean_axes":
        m = _op_model("mean_axes12_drop")
        op = _first_op(m, "MEAN")
        _set_const(m, op.inputs[1], [1, 7])
        match = r"axes \[1, 7\] out of range"
    elif case == "pad_negative":
        m = _op_model("pad_all")
        op = _first_op(m, "PAD")
        _set_const(m, op.inputs[1], -np.ones((4, 2), np.int32))
        match = "must be non-negative"
    elif case == "pad_shape":
        m = _op_model("pad_all")
        op = _first_op(m, "PAD")
        m.subgraphs[0].tensors[op.inputs[1]].shape = np.array([8], np.int32)
        match = r"paddings of shape \(8,\)"
    elif case == "concat_axis":
        m = _op_model("concat_c")
        _first_op(m, "CONCATENATION").builtinOptions.axis = 9
        match = "axis 9 out of range"
    elif case == "mul_scale":  # a tiny output scale after a MUL: the shifted product overflows int32
        m = _op_model("mul_bcast_c")
        op = _first_op(m, "MUL")
        m.subgraphs[0].tensors[op.outputs[0]].quantization.scale = np.array([1e-9], np.float32)
        match = "overflows int32|outside TFLite Micro's range"
    elif case == "conv_weight_scale":  # the weight scale 1e20
        m = _op_model("conv_dilation32_valid")
        op = _first_op(m, "CONV_2D")
        q = m.subgraphs[0].tensors[op.inputs[1]].quantization
        q.scale = np.full(len(q.scale), 1e20, np.float32)
        match = "outside TFLite Micro's range"
    elif case == "dw_multiplier":
        m = _op_model("dw_m2_k3x2_s21_d23_valid")
        _first_op(m, "DEPTHWISE_CONV_2D").builtinOptions.depthMultiplier = 3
        match = "depth_multiplier option 3 does not match"
    elif case == "fc_depth":
        m = _op_model("fc_batch3")
        op = _first_op(m, "FULLY_CONNECTED")
        t = m.subgraphs[0].tensors[op.inputs[1]]
        t.shape = np.array([t.shape[1], t.shape[0]], np.int32)
        match = "FULLY_CONNECTED"
    else:
        m = _op_model("maxpool_k3x3_s22_same_relu6")
        _first_op(m, "MAX_POOL_2D").builtinOptions.filterWidth = 0
        match = "filter_w 0 must be >= 1"
    _refused(m, match)


# ---- saved graph files -------------------------------------------------------------------------
def test_hostile_graph_files_refused(tmp_path, bases):
    graph_bases = [b for b in bases if b.kind == "graph"]
    base = graph_bases[0]
    cases = {
        "not-a-dict": [1, 2],
        "no-ops": {**base.header, "ops": 7},
        "bad-index": {**base.header, "inputs": [10 ** 9]},
        "bad-shape": {**base.header, "tensors": [{**t, "shape": [1, -1]} for t in base.header["tensors"]]},
    }
    for name, header in cases.items():
        p = tmp_path / name
        import io
        import json
        buf = io.BytesIO()
        np.savez(buf, __header__=np.frombuffer(json.dumps(header).encode(), np.uint8), **base.arrays)
        p.write_bytes(buf.getvalue())
        with pytest.raises(MalformedModelError) as e:
            dt.load_graph(p)
        assert "\n" not in str(e.value), name
    good = tmp_path / "good"
    good.write_bytes(base.data)
    g = dt.load_graph(good)
    assert any(op.type == "WTA_CHANNEL" for op in g.ops)


# ---- CLI: model files ----------------------------------------------------------------------------
def _cli_error(argv, capsys) -> str:
    code = cli.main(argv)
    err = capsys.readouterr().err
    assert code == 2, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("dasnet-tiny: error:"), err
    return lines[0]


def _model_file_cases(tmp_path, bases) -> dict:
    d = tmp_path / "somedir"
    d.mkdir()
    empty = tmp_path / "empty"
    empty.write_bytes(b"")
    text = tmp_path / "notes"
    text.write_text("hello, not a model\n")
    npy = tmp_path / "array"
    with open(npy, "wb") as f:
        np.save(f, np.zeros(3))
    trunc = tmp_path / "truncated"
    trunc.write_bytes(F.model_paths()[0].read_bytes()[:100])
    hostile = tmp_path / "hostile"
    g = [b for b in bases if b.kind == "graph"][0]
    kind, data, _ = F.make_case([g], 7)  # a mutated graph file, refused
    hostile.write_bytes(data)
    try:
        dt.load_graph(hostile)
        hostile.write_bytes(data[: len(data) // 2])
    except UnsupportedModelError:
        pass
    return {"dir": d, "empty": empty, "text": text, "npy": npy, "truncated": trunc, "hostile": hostile,
            "empty.tflite": _touch(tmp_path / "e.tflite")}


def _touch(p):
    p.write_bytes(b"")
    return p


@pytest.mark.parametrize("command", ["inspect", "generate", "verify"])
def test_cli_model_file_errors_one_line_exit_2(command, tmp_path, capsys, bases):
    x = tmp_path / "x.npy"
    np.save(x, np.zeros((1, 49, 10, 1), np.int8))
    for name, path in _model_file_cases(tmp_path, bases).items():
        argv = [command, str(path)]
        if command == "generate":
            argv += ["-o", str(tmp_path / f"out_{name}")]
        if command == "verify":
            argv += ["--inputs", str(x)]
        line = _cli_error(argv, capsys)
        assert "Traceback" not in line, (name, line)


def test_cli_inspect_on_mutants(tmp_path, capsys, bases):
    """`inspect` on mutant files: a refused one is one line on stderr with exit code 2, an accepted
    one prints its summary (exit code 0)."""
    res = F.run_cases(range(0, 120), bases, workers=WORKERS, timeout=TIMEOUT)
    refused = [r for r in res if r.status == "refused"][:20]
    ran = [r for r in res if r.status == "ran"][:5]
    assert len(refused) == 20 and len(ran) == 5
    for r in refused + ran:
        kind, data, what = F.make_case(bases, r.seed)
        p = tmp_path / f"m{r.seed}{'.tflite' if kind == 'tflite' else '.graph'}"
        p.write_bytes(data)
        if r.status == "refused":
            _cli_error(["inspect", str(p)], capsys)
        else:
            assert cli.main(["inspect", str(p)]) == 0, (r.seed, what, capsys.readouterr().err)
            assert capsys.readouterr().err == ""

