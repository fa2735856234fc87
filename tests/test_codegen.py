# SPDX-License-Identifier: Apache-2.0
"""Code generator, memory plan and host verification: generated C (built with gcc under
ASan/UBSan) against the bit-exact reference executor, layer by layer.

Default suite: every op and option, WTA graphs (15 consumer patterns x rates 0.25/0.5/0.75/1.0),
200 random graphs, the two shared MLPerf Tiny models on real inputs. More random graphs:
`-m slow` (1000) or DASNET_RANDOM_GRAPHS=N.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess

import numpy as np
import pytest

import dasnet_tiny as dt
from dasnet_tiny import codegen
from dasnet_tiny.codegen import analyze, generate
from dasnet_tiny.errors import DasnetError, ToolError, UnsupportedModelError
from dasnet_tiny.hostbuild import build_host, run_host, verify_host
from dasnet_tiny.ir import Op
from dasnet_tiny.memory_plan import BufferRequest, plan_memory

import codegen_batch
from dasnet_tiny.targets import get_target

import graphs
from conftest import shared_file

needs_gcc = pytest.mark.skipif(shutil.which(os.environ.get("CC", "gcc")) is None, reason="gcc not installed")
RATES = (0.25, 0.5, 0.75, 1.0)
N_RANDOM = int(os.environ.get("DASNET_RANDOM_GRAPHS", "200"))


# ---------------------------------------------------------------------------------------------
# memory plan
# ---------------------------------------------------------------------------------------------
def test_plan_greedy_by_size_places_largest_first_and_reuses_dead_buffers():
    reqs = [BufferRequest("a", 100, 0, 1), BufferRequest("b", 300, 1, 2), BufferRequest("c", 100, 2, 3),
            BufferRequest("d", 50, 3, 4)]
    p = plan_memory(reqs)
    p.check()
    assert p.offset("b") == 0  # largest first
    assert p.offset("a") == 304 and p.offset("c") == 304  # a and c never live together
    assert p.offset("d") == 0  # b is dead by then
    assert p.arena_size == 416 == p.lower_bound


@pytest.mark.parametrize("seed", range(20))
def test_plan_random_lifetimes_never_overlap(seed):
    rng = np.random.default_rng(seed)
    reqs = []
    for i in range(int(rng.integers(1, 40))):
        a = int(rng.integers(0, 30))
        reqs.append(BufferRequest(f"b{i}", int(rng.integers(0, 5000)), a, a + int(rng.integers(0, 6))))
    p = plan_memory(reqs)
    p.check()
    assert p.lower_bound <= p.arena_size
    assert all(pl.offset % 16 == 0 for pl in p.placements)
    assert "arena" in p.table()


def test_reshape_and_elementwise_ops_share_storage():
    b = graphs.GraphBuilder(0, "alias")
    x = b.input((1, 6, 6, 4))
    h = b.conv2d(x, 4, (3, 3))
    c = b.conv2d(h, 4, (1, 1))
    y = b.add(c, h)  # both inputs die at the ADD: its output reuses one of their buffers
    z = b.fc(b.flatten(y), 3)
    g = b.graph([z])
    a = analyze(g)
    assert a.group[y] in (a.group[c], a.group[h])
    flat = g.ops[3].outputs[0]
    assert g.ops[3].type == "RESHAPE" and a.group[flat] == a.group[y]
    assert a.storage(x)[0] == "input"  # the input is read in place


# ---------------------------------------------------------------------------------------------
# WTA analysis and MAC accounting
# ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("consumer", graphs.WTA_CONSUMERS)
@pytest.mark.parametrize("rate", RATES)
def test_wta_mac_accounting(consumer, rate):
    g = graphs.wta_graph(consumer, rate, seed=1)
    a = analyze(g)
    assert a.wta, "graph has a WTA op"
    for i, layer in enumerate(a.layers):
        if i in a.skip and g.ops[i].type in codegen.SKIP_CONSUMERS:
            w = a.wta[a.skip[i]]
            assert layer.macs_skipped * w.channels == layer.macs_dense * w.k
        else:
            assert layer.macs_skipped == layer.macs_dense
    consumers = [i for i in a.skip if g.ops[i].type in codegen.SKIP_CONSUMERS]
    if all(w.identity for w in a.wta.values()):  # rate 1.0: the WTA is the identity, no code
        assert not consumers and not a.lazy
    else:
        assert consumers, "some conv/depthwise/FC reads only the winners"
    # the summary table (dasnet_tiny.summary) agrees with what the generated code skips
    from dasnet_tiny.summary import summarize
    s = summarize(g)
    assert [r.macs_skipped for r in s.rows] == [lay.macs_skipped for lay in a.layers]


@pytest.mark.parametrize("consumer,materialized,in_place", [
    ("conv", False, True), ("fc_flatten", False, True), ("maxpool_conv", False, True),
    ("materialized_add", True, True), ("graph_output", True, True), ("input_reused", False, True),
    ("materialized_copy", True, False), ("dense_fc", False, True)])
def test_wta_lazy_or_materialized(consumer, materialized, in_place):
    g = graphs.wta_graph(consumer, 0.5, seed=1)
    a = analyze(g)
    w = a.wta[min(a.wta)]
    assert (w.materialize, w.in_place) == (materialized, in_place)
    out = g.ops[w.op].outputs[0]
    assert (out in a.lazy) == (not materialized)


def test_wta_pool_fills_losers_when_its_output_is_needed():
    g = graphs.wta_graph("chain", 0.5, seed=1)  # maxpool output also feeds a MEAN (needs losers)
    a = analyze(g)
    pools = [i for i, op in enumerate(g.ops) if op.type == "MAX_POOL_2D"]
    assert pools[0] in a.skip and pools[0] in a.pool_fill


# ---------------------------------------------------------------------------------------------
# the generated folder
# ---------------------------------------------------------------------------------------------
def _small_graph(name="small"):
    b = graphs.GraphBuilder(3, name)
    x = b.input((1, 8, 8, 2))
    h = b.conv2d(x, 8, (3, 3), act="RELU")
    w = b.wta_channel(h, 0.5)
    h = b.depthwise(w, (3, 3), act="RELU")
    y = b.softmax(b.fc(b.flatten(b.avgpool(h)), 5))
    return b.graph([y])


def test_generated_folder_follows_the_contract(tmp_path):
    g = _small_graph()
    res = generate(g, tmp_path / "out", name="net")
    d = tmp_path / "out"
    m = json.loads((d / "manifest.json").read_text())
    for key in ("name", "target", "sources", "input_size", "output_size", "arena_size", "num_layers",
                "layers", "input", "outputs"):
        assert key in m
    assert m["name"] == "net" and m["num_layers"] == len(g.ops) == len(m["layers"])
    assert set(m["layers"][0]) >= {"index", "type", "name", "macs_dense", "macs_skipped"}
    assert m["input"]["shape"] == [1, 8, 8, 2] and m["input_size"] == 128 and m["output_size"] == 5
    assert sorted(m["sources"]) == sorted(p.name for p in d.glob("*.c"))
    assert {"net.h", "net.c", "net_weights.c", "dt_nn.h", "dt_nn_support.h", "dt_nn_support.c"} <= \
        {p.name for p in d.iterdir()}
    # exactly the kernels this model needs
    assert sorted(p.name for p in d.glob("dt_*.c")) == sorted(
        ["dt_nn_support.c", "dt_convolve_s8.c", "dt_wta_select_s8.c", "dt_depthwise_conv_s8.c",
         "dt_depthwise_conv_wta_s8.c",
         "dt_avgpool_s8.c", "dt_fully_connected_s8.c", "dt_softmax_s8.c"])
    h = (d / "net.h").read_text()
    for macro in ("net_INPUT_SIZE", "net_OUTPUT_SIZE", "net_ARENA_SIZE", "net_NUM_LAYERS",
                  "net_INPUT_ZERO_POINT", "net_OUTPUT0_SCALE"):
        assert re.search(rf"#define {macro}\b", h), macro
    assert re.search(rf"#define net_ARENA_SIZE\s+{res.arena_size}\b", h)
    assert "int net_invoke(const int8_t *input, int8_t *output);" in h
    assert "void net_layer_hook(int layer_index);" in h
    assert "Memory plan" in h and "WTA winner list" in h
    w = (d / "net_weights.c").read_text()
    assert "DT_ALIGNED(8) net_WEIGHTS_ATTR const int8_t net_l0_filter" in w
    assert res.arena_size == m["arena_size"] and res.macs_skipped < res.macs_dense
    assert "peak arena" in res.report()


@needs_gcc
def test_generated_folder_builds_on_its_own(tmp_path):
    """Every *.c of the folder with -I folder, strict flags, no runner (the contract)."""
    res = generate(_small_graph(), tmp_path / "m", name="m1")
    for src in res.sources:
        p = subprocess.run(["gcc", "-std=c99", "-pedantic", "-O2", "-Wall", "-Wextra", "-Wshadow", "-Werror",
                            f"-I{res.out_dir}", "-c", str(src), "-o", str(tmp_path / (src.stem + ".o"))],
                           capture_output=True, text=True)
        assert p.returncode == 0, p.stderr


def test_regenerating_removes_kernels_no_longer_needed(tmp_path):
    generate(_small_graph(), tmp_path, name="m")
    b = graphs.GraphBuilder(0, "fc_only")
    y = b.fc(b.input((1, 4)), 3)
    generate(b.graph([y]), tmp_path, name="m")
    assert sorted(p.name for p in tmp_path.glob("dt_*.c")) == ["dt_fully_connected_s8.c", "dt_nn_support.c"]


def test_generate_rejects_bad_arguments(tmp_path):
    g = _small_graph()
    with pytest.raises(DasnetError, match="target"):
        generate(g, tmp_path, target="pdp11")
    with pytest.raises(DasnetError, match="identifier"):
        generate(g, tmp_path, name="9 lives")
    g.ops.append(Op("TANH", [g.outputs[0]], [g.outputs[0]], {}, "t"))
    with pytest.raises(UnsupportedModelError, match="TANH"):
        generate(g, tmp_path)


def test_targets_select_the_portable_kernels(tmp_path):
    res = generate(_small_graph(), tmp_path, target="cortex-m4")
    assert json.loads(res.manifest.read_text())["target"] == "cortex-m4"


# ---------------------------------------------------------------------------------------------
# host builds: bit-exact against the reference, under ASan/UBSan
# ---------------------------------------------------------------------------------------------
OP_CASES = graphs.op_space_cases()


@pytest.fixture(scope="module")
def op_space_results(tmp_path_factory):
    items = [(name, build(i)) for i, (name, build) in enumerate(OP_CASES)]
    return codegen_batch.check_many(items, tmp_path_factory.mktemp("ops"), n=3)


@needs_gcc
@pytest.mark.parametrize("name", [c[0] for c in OP_CASES])
def test_op_space_bit_exact(op_space_results, name):
    assert op_space_results[name] is None, op_space_results[name]


def test_op_space_covers_every_op():
    seen = {op.type for _, build in OP_CASES for op in build(0).ops}
    seen |= {op.type for c in graphs.WTA_CONSUMERS for op in graphs.wta_graph(c, 0.5).ops}
    assert seen == set(codegen.SUPPORTED)


WTA_CASES = [(c, r) for c in graphs.WTA_CONSUMERS for r in RATES]


@pytest.fixture(scope="module")
def wta_results(tmp_path_factory):
    items = [(f"{c}_{r}", graphs.wta_graph(c, r, seed=i)) for i, (c, r) in enumerate(WTA_CASES)]
    return codegen_batch.check_many(items, tmp_path_factory.mktemp("wta"), n=4)


@needs_gcc
@pytest.mark.parametrize("consumer,rate", WTA_CASES)
def test_wta_graph_bit_exact(wta_results, consumer, rate):
    r = wta_results[f"{consumer}_{rate}"]
    assert r is None, r


@pytest.fixture(scope="module")
def random_results(tmp_path_factory):
    items = [(f"rand{s}", graphs.random_graph(s)) for s in range(N_RANDOM)]
    return codegen_batch.check_many(items, tmp_path_factory.mktemp("rand"), n=3)


@needs_gcc
@pytest.mark.parametrize("seed", range(N_RANDOM))
def test_random_graph_bit_exact(random_results, seed):
    r = random_results[f"rand{seed}"]
    assert r is None, f"seed {seed}: {r}"


@needs_gcc
@pytest.mark.slow
def test_many_more_random_graphs(tmp_path):
    items = [(f"rand{s}", graphs.random_graph(s)) for s in range(10_000, 11_000)]
    res = codegen_batch.check_many(items, tmp_path, n=2)
    bad = {k: v for k, v in res.items() if v}
    assert not bad, list(bad.items())[:5]


# ---------------------------------------------------------------------------------------------
# the shared MLPerf Tiny models on real inputs
# ---------------------------------------------------------------------------------------------
def _kws():
    g = dt.import_tflite(shared_file("models/mlperf_tiny/kws_ref_model.tflite"))
    d = np.load(shared_file("data/speech_commands_v2_mfcc49x10.npz"))
    x = np.clip(np.round(d["x_test"][:40] / 0.5847) + 83, -128, 127).astype(np.int8)
    return g, x


def _resnet():
    g = dt.import_tflite(shared_file("models/mlperf_tiny/pretrainedResnet_quant.tflite"))
    d = np.load(shared_file("data/cifar10_jpeg_q75_25k.npz"))
    return g, (d["x_test"][:12].astype(np.int16) - 128).astype(np.int8)


@needs_gcc
@pytest.mark.parametrize("model", ["kws", "resnet"])
def test_shared_model_real_inputs_bit_exact(model, tmp_path):
    g, x = _kws() if model == "kws" else _resnet()
    r = verify_host(g, x, model_dir=tmp_path / model, sanitize=True)
    assert r.ok and r.n == len(x), r.text
    assert r.outputs[0].shape == (len(x), *g.output_tensors[0].shape[1:])


@needs_gcc
@pytest.mark.parametrize("model", ["kws", "resnet"])
def test_shared_model_arena_not_larger_than_tflite_micro(model):
    from codegen_arena import tflm_arena

    name = "kws_ref_model" if model == "kws" else "pretrainedResnet_quant"
    path = shared_file(f"models/mlperf_tiny/{name}.tflite")
    a = analyze(dt.import_tflite(path))
    t = tflm_arena(path.read_bytes())
    assert a.plan.arena_size <= t["head"], (a.plan.arena_size, t)
    assert a.plan.arena_size == a.plan.lower_bound


# ---------------------------------------------------------------------------------------------
# verification tooling
# ---------------------------------------------------------------------------------------------
def _three_convs():
    b = graphs.GraphBuilder(5, "three")
    x = b.input((1, 6, 6, 3))
    h = b.conv2d(x, 6, (3, 3))
    h = b.wta_channel(h, 0.5)
    h = b.conv2d(h, 6, (3, 3))
    y = b.fc(b.flatten(b.conv2d(h, 4, (1, 1))), 5)
    return b.graph([y])


@needs_gcc
def test_verify_host_names_the_first_differing_layer(tmp_path):
    g = _three_convs()
    x = graphs.GraphBuilder(0).rng.integers(-128, 128, size=(4, 6, 6, 3), dtype=np.int8)
    ok = verify_host(g, x, model_dir=tmp_path)
    assert ok.ok and ok.first_mismatch is None and "4 bit-exact" in ok.text
    # corrupt the bias of layer 2 (the conv after the WTA) in the generated weights
    wf = tmp_path / "three_weights.c"
    src = wf.read_text()
    m = re.search(r"three_l2_bias\[\d+\] = \{\n    (-?\d+)", src)
    assert m
    wf.write_text(src[:m.start(1)] + str(int(m.group(1)) + 100000) + src[m.end(1):])
    bad = verify_host(g, x, model_dir=tmp_path, regenerate=False)
    assert not bad.ok and bad.mismatches >= 1
    fm = bad.first_mismatch
    assert fm.layer == 2 and fm.layer_type == "CONV_2D", bad.text
    assert "first differing layer 2 CONV_2D" in bad.text


@needs_gcc
def test_verify_host_finds_a_wrong_winner_list(tmp_path):
    g = _three_convs()
    x = np.random.default_rng(1).integers(-128, 128, size=(8, 6, 6, 3), dtype=np.int8)
    assert verify_host(g, x, model_dir=tmp_path).ok
    c = tmp_path / "three.c"
    src, n = re.subn(r"(dt_wta_select_s8\(&ctx, [^,]+), 36, 6, ", r"\1, 1, 6, ", c.read_text())
    assert n == 1
    c.write_text(src)  # the scores now see only the first pixel
    bad = verify_host(g, x, model_dir=tmp_path, regenerate=False)
    if bad.ok:
        pytest.skip("the perturbed scores happened to pick the same winners")
    assert bad.first_mismatch.layer == 1 and bad.first_mismatch.tensor == -1, bad.text


def test_missing_compiler_is_a_tool_error(tmp_path, monkeypatch):
    generate(_small_graph(), tmp_path, name="m")
    monkeypatch.setenv("CC", "no-such-compiler-dasnet")
    with pytest.raises(ToolError) as e:
        build_host(tmp_path)
    assert "no-such-compiler-dasnet" in str(e.value) and "\n" not in str(e.value)


@needs_gcc
def test_layer_hook_runs_after_every_layer(tmp_path):
    g = _small_graph()
    generate(g, tmp_path, name="hooked")
    exe = build_host(tmp_path, hooks=True)
    x = np.zeros((3, 128), np.int8)
    run = run_host(exe, x)
    assert f"hooks: {len(g.ops)}" in run.stderr
    assert len(run.outputs) == 3 * 5


@needs_gcc
def test_invoke_rejects_null_pointers(tmp_path):
    generate(_small_graph(), tmp_path, name="nul")
    main = tmp_path / "null_main.c"
    main.write_text('#include "nul.h"\n#include <stddef.h>\nint main(void) {\n'
                    '    int8_t in[nul_INPUT_SIZE] = {0}, out[nul_OUTPUT_SIZE];\n'
                    '    if (nul_invoke(NULL, out) != nul_ERR_ARG || nul_invoke(in, NULL) != nul_ERR_ARG) return 1;\n'
                    '    return nul_invoke(in, out);\n}\n')
    srcs = [str(p) for p in tmp_path.glob("*.c")]
    exe = tmp_path / "a.out"
    subprocess.run(["gcc", "-std=c99", "-Wall", "-Wextra", "-Werror", f"-I{tmp_path}", *srcs, "-o", str(exe)],
                   check=True)
    assert subprocess.run([str(exe)]).returncode == 0


def test_verify_host_checks_inputs():
    g = _small_graph()
    with pytest.raises(DasnetError, match="int8"):
        verify_host(g, np.zeros((2, 8, 8, 2), np.float32))
    with pytest.raises(DasnetError, match="samples"):
        verify_host(g, np.zeros((2, 7), np.int8))


@pytest.mark.skipif(shutil.which("arm-none-eabi-gcc") is None, reason="arm-none-eabi-gcc not installed")
@pytest.mark.parametrize("cpu", ["cortex-m0", "cortex-m4", "cortex-m55"])
def test_generated_code_cross_compiles_for_cortex_m(cpu, tmp_path):
    """Every kernel and a generated model (WTA chain: select, fill, pools, depthwise, FC, MEAN)
    compile warning-free for Cortex-M (int32_t is `long` there)."""
    res = generate(graphs.wta_graph("chain", 0.5, seed=2), tmp_path / "m", name="chain", target=cpu)
    srcs = list(res.sources) + [p for p in codegen.KERNEL_DIR.glob("dt_*.c")]
    for src in srcs:
        p = subprocess.run(["arm-none-eabi-gcc", *get_target(cpu).cpu_flags, "-std=c99", "-Os", "-Wall", "-Wextra",
                            "-Wshadow", "-Werror", f"-I{res.out_dir}", "-c", str(src), "-o",
                            str(tmp_path / (src.stem + ".o"))], capture_output=True, text=True)
        assert p.returncode == 0, p.stderr
