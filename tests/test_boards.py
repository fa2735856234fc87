# SPDX-License-Identifier: Apache-2.0
"""Board support: build the hand-written dummy model for every emulated board, run it under QEMU,
compare with NumPy, and check the instruction counts (plugin) and memory report."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import numpy as np
import pytest

from dasnet_tiny import boards as boards_mod
from dasnet_tiny.boards import BOARDS, FIRMWARE_DIR, get_board
from dasnet_tiny.errors import DasnetError, ToolError

DUMMY = Path(__file__).parent / "fixtures" / "dummy_model"
BOARD_NAMES = list(BOARDS)

HAVE_GCC = shutil.which("arm-none-eabi-gcc") is not None
HAVE_QEMU = shutil.which("qemu-system-arm") is not None
HAVE_HOSTCC = shutil.which("gcc") is not None or shutil.which("cc") is not None

_MISSING = [name for ok, name in (
    (HAVE_GCC, "arm-none-eabi-gcc (apt-get install gcc-arm-none-eabi libnewlib-arm-none-eabi)"),
    (HAVE_QEMU, "qemu-system-arm (apt-get install qemu-system-arm)"),
    (HAVE_HOSTCC, "gcc (builds the QEMU plugin)"),
) if not ok]


def needs_tools(f):
    """Marks a test `board` and skips it when the cross compiler or QEMU is missing."""
    f = pytest.mark.skipif(bool(_MISSING), reason="not installed: " + ", ".join(_MISSING))(f)
    return pytest.mark.board(f)


# ---- the dummy model in NumPy --------------------------------------------------------------

def _c_array(src: str, name: str) -> np.ndarray:
    m = re.search(rf"\b{name}\[\d+\][^=]*=\s*\{{(.*?)\}};", src, re.S)
    assert m, name
    return np.array([int(v) for v in m.group(1).replace("\n", " ").split(",") if v.strip()])


def dummy_reference(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Outputs [N, 8] and executed (non-skipped) MACs [N] of tests/fixtures/dummy_model."""
    src = (DUMMY / "dummy_weights.c").read_text()
    dims = [(32, 24), (24, 16), (16, 8)]
    shifts, lows = [8, 7, 7], [0, 0, -128]
    ws = [_c_array(src, f"dummy_w{i}").reshape(o, n) for i, (n, o) in enumerate(dims)]
    bs = [_c_array(src, f"dummy_b{i}") for i in range(3)]
    h = x.astype(np.int64)
    macs = np.full(len(x), 32 * 24, dtype=np.int64)
    for i, (w, b, s, lo) in enumerate(zip(ws, bs, shifts, lows)):
        if i > 0:
            macs += np.count_nonzero(h, axis=1) * w.shape[0]
        acc = h @ w.T + b
        h = np.clip((acc + (1 << (s - 1))) >> s, lo, 127)
    return h.astype(np.int8), macs


@pytest.fixture(scope="module")
def inputs() -> np.ndarray:
    rng = np.random.default_rng(7)
    x = rng.integers(-128, 128, size=(5, 32), dtype=np.int8)
    x[1] = 0  # all-zero input: many zero activations, a different path through the sparse layers
    return x


# ---- board table ---------------------------------------------------------------------------

def test_make_fragments_are_generated_from_the_table():
    from dasnet_tiny.boards import make_fragments
    frags = make_fragments()
    assert set(frags) == {p.name for p in (FIRMWARE_DIR / "boards").glob("*.mk")}
    for name, text in frags.items():
        assert (FIRMWARE_DIR / "boards" / name).read_text() == text, \
            f"{name} is stale: run `python -m dasnet_tiny.boards`"


def test_board_table_matches_makefiles():
    for b in BOARDS.values():
        mk = (FIRMWARE_DIR / "boards" / f"{b.name}.mk").read_text()
        kv = dict(re.findall(r"^(\w+)\s*:=\s*(.*)$", mk, re.M))
        assert kv["QEMU_MACHINE"] == b.qemu_machine
        assert kv["QEMU_CPU"] == b.qemu_cpu
        assert kv["CPU_FLAGS"].split() == list(b.gcc_flags)
        assert FIRMWARE_DIR / kv["LDSCRIPT"] == b.linker_script
        assert b.linker_script.exists()
        ld = b.linker_script.read_text()
        for r in b.memory:
            if r.use != "unused":
                assert f"ORIGIN = {r.origin:#010x}" in ld, (b.name, r)


def test_get_board_errors_list_valid_names():
    assert get_board("mps2-an386").core == "Cortex-M4"
    with pytest.raises(DasnetError, match="mps2-an385.*mps3-an547"):
        get_board("stm32f4")


def test_missing_cross_compiler_names_debian_packages(monkeypatch, tmp_path):
    from dasnet_tiny import firmware, measure
    monkeypatch.setattr(measure.shutil, "which", lambda name: None)
    with pytest.raises(ToolError,
                       match="apt-get install gcc-arm-none-eabi libnewlib-arm-none-eabi"):
        firmware.build_firmware(DUMMY, "mps2-an386", tmp_path)


def test_missing_qemu_names_debian_package(monkeypatch):
    from dasnet_tiny import emulator
    monkeypatch.setattr(emulator.shutil, "which", lambda name: None)
    with pytest.raises(ToolError, match="apt-get install qemu-system-arm"):
        emulator.QemuBackend().require()
    with pytest.raises(ToolError, match="renode not installed"):
        emulator.RenodeBackend().require()


def test_cost_model_classes():
    from dasnet_tiny.measure import Insn, m4_cost
    c = lambda m, o="": m4_cost(Insn(0, 4, m, o))  # noqa: E731
    assert c("ldrsb.w", "r3, [r0, #1]!").cls == "load"
    assert c("ldrsb.w", "r3, [r0, #1]!").cycles == 2
    assert c("ldrsb.w", "r3, [r0, #1]!").cycles_after_mem == 1
    assert c("str", "r3, [r1]").cycles == 1
    assert c("pop", "{r4, r5, pc}").cycles == 4 and c("pop", "{r4, r5, pc}").taken_extra == 2
    assert c("push", "{r4, r5, r6, lr}").cls == "store_multiple"
    assert c("smlad", "r0, r1, r2, r0").cls == "mul"
    assert c("smlabb", "r3, fp, sl, r3").cls == "mul"
    assert c("sdiv", "r0, r1, r2").cycles == 6
    b = c("bne.n", "1e0")
    assert (b.cls, b.taken_cls) == ("branch_not_taken", "branch_taken")
    assert (b.cycles, b.taken_extra) == (1, 2)
    assert c("ble.n").cls == "branch_not_taken" and c("bls").cls == "branch_not_taken"
    assert c("bl", "ad4 <f>").taken_cls == "branch_taken"
    assert c("le", "lr, 218").cls == "branch_not_taken"
    assert c("vldrw.u32", "q3, [ip], #16").cls == "vector"
    assert c("vmladava.s8", "r0, q1, q2").cls == "vector"
    assert c("vadd.f32", "s0, s1, s2").cls == "fp"
    assert c("movs", "r0, #0").cls == "alu" and c("usat", "r3, #7, r3").cls == "alu"
    assert c("it", "ne").cls == "other"


# ---- build and run on each board ------------------------------------------------------------

@needs_tools
@pytest.mark.parametrize("board", BOARD_NAMES)
def test_dummy_model_on_board(board, inputs, tmp_path):
    from dasnet_tiny.firmware import build_firmware, run_on_board

    elf = build_firmware(DUMMY, board, tmp_path / "build")
    assert elf.exists()
    r1 = run_on_board(elf, board, inputs, timeout=60)
    r2 = run_on_board(elf, board, inputs, timeout=60)

    want, macs = dummy_reference(inputs)
    np.testing.assert_array_equal(r1.outputs, want)
    assert r1.outputs.dtype == np.int8 and r1.outputs.shape == (len(inputs), 8)

    # deterministic
    assert r1.instructions_per_inference == r2.instructions_per_inference
    assert r1.instructions_per_layer == r2.instructions_per_layer
    assert r1.estimated_m4_cycles == r2.estimated_m4_cycles
    assert r1.instruction_mix == r2.instruction_mix

    assert "plugin" in r1.method
    assert r1.layer_names == ["fc0", "fc1", "fc2"]
    n = len(inputs)
    assert len(r1.instructions_per_inference) == n
    assert all(len(layers) == 3 for layers in r1.instructions_per_layer)
    for total, layers, after, mac in zip(r1.instructions_per_inference, r1.instructions_per_layer,
                                         r1.instructions_after_layers, macs):
        assert sum(layers) <= total
        assert sum(layers) + after == total
        assert all(v > 0 for v in layers)
        assert total >= mac / 2, (total, mac)
    # the sparse layers depend on the input: the all-zero input takes fewer instructions there
    zero_l1 = r1.instructions_per_layer[1][1]
    assert zero_l1 < max(layers[1] for layers in r1.instructions_per_layer)
    # mix adds up; cycles estimate is at least the instruction count
    for total, mix, cyc in zip(r1.instructions_per_inference, r1.instruction_mix_per_inference,
                               r1.estimated_m4_cycles):
        assert sum(mix.values()) == total
        assert cyc >= total
    assert r1.instruction_mix["mul"] >= 32 * 24 * n or r1.instruction_mix["vector"] > 0
    assert r1.instruction_mix["unknown"] == 0

    mem = r1.memory
    assert mem["flash_weights"] == 768 + 384 + 128 + 4 * (24 + 16 + 8)
    assert 0 < mem["flash_model_code"] < mem["flash_text"]
    assert mem["arena"] == 40
    assert mem["ram_model_data_bss"] >= 40
    assert 0 < r1.stack_high_water <= r1.stack_high_water_total < mem["stack_reserved"]
    assert mem["ram_total"] == mem["ram_data"] + mem["ram_bss"] + mem["stack_high_water_total"]


# ---- failures are reported ------------------------------------------------------------------

def _broken_model(tmp_path: Path, body: str) -> Path:
    d = tmp_path / "model"
    shutil.copytree(DUMMY, d)
    src = (d / "dummy.c").read_text()
    src = src.replace("    fc_dense(input, 32,", body + "\n    fc_dense(input, 32,", 1)
    (d / "dummy.c").write_text(src)
    return d


@needs_tools
def test_cpu_fault_is_reported(tmp_path):
    from dasnet_tiny.firmware import run_on_board
    d = _broken_model(tmp_path, "    if (input[0] != 99) { __builtin_trap(); }")
    x = np.zeros((2, 32), np.int8)
    with pytest.raises(ToolError, match="FATAL: HardFault at pc=0x"):
        run_on_board(d, "mps2-an386", x, timeout=30)


@needs_tools
def test_invoke_error_is_reported(tmp_path):
    from dasnet_tiny.firmware import run_on_board
    d = _broken_model(tmp_path, "    if (input[0] == 5) { return 7; }")
    x = np.zeros((3, 32), np.int8)
    x[2, 0] = 5
    with pytest.raises(ToolError, match="invoke returned an error code at vector 2"):
        run_on_board(d, "mps3-an547", x, timeout=30, count=False)


@needs_tools
def test_many_inputs_stream_without_counting(tmp_path):
    from dasnet_tiny.firmware import run_on_board
    x = np.random.default_rng(3).integers(-128, 128, size=(3000, 32), dtype=np.int8)
    r = run_on_board(DUMMY, "mps2-an386", x, timeout=120, count=False)
    np.testing.assert_array_equal(r.outputs, dummy_reference(x)[0])
    assert r.instructions_per_inference == [] and r.method.startswith("qemu")


def test_input_validation(tmp_path):
    from dasnet_tiny.firmware import _as_inputs
    with pytest.raises(DasnetError, match="int8"):
        _as_inputs(np.zeros((2, 32), np.float32), 32)
    with pytest.raises(DasnetError, match="32 int8 values"):
        _as_inputs(np.zeros((2, 31), np.int8), 32)
    assert _as_inputs(np.zeros(32, np.int8), 32).shape == (1, 32)
    assert _as_inputs(np.zeros((4, 4, 8), np.int8), 32).shape == (4, 32)


def test_module_exports():
    assert boards_mod.DEFAULT_BOARD in BOARDS


# ---- generated code (dasnet_tiny.codegen) on the boards ---------------------------------------

@needs_tools
@pytest.mark.parametrize("board", ["mps2-an386", "mps3-an547"])
def test_generated_wta_model_on_board(board, tmp_path):
    graphs = pytest.importorskip("graphs")
    codegen = pytest.importorskip("dasnet_tiny.codegen")
    from dasnet_tiny import reference
    from dasnet_tiny.firmware import run_on_board

    g = graphs.wta_graph("chain", 0.5, seed=1)
    res = codegen.generate(g, tmp_path / "model", name="wta_chain")
    t = g.tensor(g.inputs[0])
    x = np.random.default_rng(5).integers(-128, 128, size=(4, *t.shape[1:]), dtype=np.int8)
    want = [np.concatenate([np.asarray(o).reshape(-1) for o in reference.run(g, x[i:i + 1])])
            for i in range(len(x))]
    r = run_on_board(res.out_dir, board, x, timeout=120)
    np.testing.assert_array_equal(r.outputs, np.stack(want).astype(np.int8))
    assert all(len(layers) == len(g.ops) for layers in r.instructions_per_layer)
    assert r.memory["arena"] == res.arena_size
    assert r.memory["flash_weights"] >= res.weights_bytes


@pytest.mark.skipif(not (shutil.which("arm-none-eabi-gcc") and shutil.which("qemu-system-arm")
                         and shutil.which("make")), reason="needs make, gcc-arm-none-eabi and qemu")
def test_makefile_builds_and_runs_a_generated_model(tmp_path):
    """`make -C runtime` (the flags of the generated .mk fragments) builds a WTA model whose
    outputs on the emulated M4 equal the reference."""
    import subprocess

    import graphs
    from dasnet_tiny import reference
    from dasnet_tiny.codegen import generate

    g = graphs.wta_graph("depthwise", 0.5, seed=4)
    generate(g, tmp_path / "model", name="net", target="cortex-m4")
    subprocess.run(["make", "-s", "-C", str(FIRMWARE_DIR), "BOARD=mps2-an386", f"MODEL_DIR={tmp_path / 'model'}",
                    "MODEL=net", f"BUILD={tmp_path / 'build'}"], check=True, capture_output=True, timeout=600)
    xs = np.random.default_rng(1).integers(-128, 128, (3, *g.input_tensors[0].shape)).astype(np.int8)
    (tmp_path / "inputs.bin").write_bytes(xs.tobytes())
    subprocess.run(["make", "-s", "-C", str(FIRMWARE_DIR), "BOARD=mps2-an386", f"MODEL_DIR={tmp_path / 'model'}",
                    "MODEL=net", f"BUILD={tmp_path / 'build'}", f"RUN_DIR={tmp_path}", "run"], check=True,
                   capture_output=True, timeout=600)
    want = b"".join(np.ascontiguousarray(reference.run(g, x)[0]).tobytes() for x in xs)
    assert (tmp_path / "outputs.bin").read_bytes() == want
