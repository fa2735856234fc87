# SPDX-License-Identifier: Apache-2.0
"""`dasnet-tiny verify`: run the generated C on the host or an emulated board and compare every
output byte with the reference executor; on a board, also measure each inference.

The host path is `hostbuild.verify_host` (gcc, optional ASan/UBSan). The board path generates the
code, cross-builds the firmware, runs all inputs under QEMU with the instruction-count plugin, and
compares the outputs; a mismatch is located layer by layer with the host's dump build of the same
C code.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .targets import target_for_core
from .errors import DasnetError
from .ir import Graph

CYCLE_NOTE = ("estimated Cortex-M4 cycles: a static per-instruction cost model (Cortex-M4 TRM timing "
              "table) applied to the executed instruction mix; an estimate, not a measurement")


@dataclass
class Verification:
    ok: bool
    n: int
    mismatches: int
    outputs: np.ndarray  # [N, *output shape without batch] (several outputs: [N, total bytes])
    text: str
    report: dict = field(default_factory=dict)


def _samples(graph: Graph, inputs) -> np.ndarray:
    if len(graph.inputs) != 1:
        raise DasnetError(f"verify handles single-input models; this one has {len(graph.inputs)} inputs")
    t = graph.input_tensors[0]
    a = np.asarray(inputs)
    if a.dtype != np.int8:
        raise DasnetError(f"inputs must be int8 (quantize with scale {t.scale[0]:.6g} and zero point {t.zp}),"
                          f" got {a.dtype}")
    per = t.size
    if a.ndim < 2 or len(a) == 0 or tuple(a.shape[1:]) not in (tuple(t.shape[1:]), tuple(t.shape)):
        raise DasnetError(f"inputs have shape {a.shape}; expected (N, {', '.join(map(str, t.shape[1:]))}): "
                          "samples on the first axis, then the model input shape without its batch dimension")
    return a.reshape(-1, per)


def _output_array(graph: Graph, flat: np.ndarray) -> np.ndarray:
    """[N, output bytes] -> [N, *output shape without batch] for single-output models."""
    if len(graph.outputs) == 1:
        shape = graph.output_tensors[0].shape
        shape = shape[1:] if shape and shape[0] == 1 else shape
        return flat.reshape(len(flat), *shape)
    return flat


def _reference_outputs(graph: Graph, xs: np.ndarray) -> np.ndarray:
    from . import reference

    shape = graph.input_tensors[0].shape
    return np.stack([np.concatenate([o.reshape(-1) for o in reference.run(graph, x.reshape(shape))])
                     for x in xs])


def verify(graph: Graph, inputs, board: str | None = None, outputs: str | Path | None = None,
           report: str | Path | None = None, build_dir: str | Path | None = None,
           timeout: float = 600.0, sanitize: bool = False, progress=None) -> Verification:
    """Generate, build and run the C for `graph` on every input (int8, [N, *input shape without
    batch]) on the host (board=None) or an emulated board; compare every byte with the reference.

    outputs / report: files written (through a temporary name) exactly at these paths; they are
    checked before the build. progress: optional callable(str) told about each long step."""
    from .util import atomic_output, check_output_file, safe_c_identifier

    say = progress or (lambda msg: None)
    xs = _samples(graph, inputs)
    for what, path in (("outputs", outputs), ("report", report)):
        if path:
            check_output_file(path, what)
    sub = safe_c_identifier(graph.name)  # never a path taken from the model file
    build = Path(build_dir) if build_dir else Path("build") / "verify" / sub
    if board is None:
        say(f"building the generated C on the host in {build / sub} and running {len(xs)} samples")
        res = _verify_host(graph, xs, build, sanitize)
    else:
        res = _verify_board(graph, xs, board, build, timeout, say)
    res.text += (f"\ncompared {res.n} samples, every output byte, with the NumPy int8 reference "
                 "(dasnet_tiny.reference, bit-exact with TFLite Micro)")
    res.text += f"\nbuild folder: {build}"
    if outputs:
        with atomic_output(outputs) as tmp:
            with open(tmp, "wb") as f:
                np.save(f, res.outputs)
        res.text += f"\noutputs written to {outputs} {res.outputs.shape}"
    if report:
        with atomic_output(report) as tmp:
            Path(tmp).write_text(json.dumps(res.report, indent=1))
        res.text += f"\nreport written to {report}"
    return res


def _verify_host(graph: Graph, xs: np.ndarray, build: Path, sanitize: bool) -> Verification:
    from .hostbuild import verify_host

    from .util import safe_c_identifier

    r = verify_host(graph, xs.reshape(len(xs), *graph.input_tensors[0].shape[1:]),
                    model_dir=build / safe_c_identifier(graph.name), sanitize=sanitize)
    flat = np.concatenate([o.reshape(r.n, -1) for o in r.outputs], axis=1)
    rep = {"board": "host", "n": r.n, "bit_exact": r.ok, "mismatches": r.mismatches,
           "first_mismatch": r.first_mismatch.text() if r.first_mismatch else None}
    return Verification(r.ok, r.n, r.mismatches, _output_array(graph, flat), r.text, rep)


def _verify_board(graph: Graph, xs: np.ndarray, board_name: str, build: Path, timeout: float,
                  say=lambda msg: None) -> Verification:
    from .boards import get_board
    from .codegen import generate
    from .firmware import run_on_board
    from .util import safe_c_identifier

    board = get_board(board_name)
    model_dir = build / safe_c_identifier(graph.name)
    say(f"{board.name}: generating C into {model_dir}")
    gen = generate(graph, model_dir, target=_target_for(board.core))
    say(f"{board.name}: building the firmware in {build / f'fw-{board.name}'} and running {len(xs)} "
        f"samples under QEMU with instruction counting")
    run = run_on_board(gen.out_dir, board, xs, timeout=timeout, build_dir=build / f"fw-{board.name}",
                       progress=sample_progress(board.name, say))
    say(f"{board.name}: comparing {len(xs)} samples with the reference")
    got = run.outputs.reshape(len(xs), -1)
    want = _reference_outputs(graph, xs)
    bad = np.flatnonzero((got != want).any(axis=1))
    lines = [f"{board.name} ({board.core}, QEMU): {len(xs)} samples, {len(xs) - bad.size} bit-exact, "
             f"{bad.size} differ"]
    first = None
    if bad.size:
        s = int(bad[0])
        b = int(np.flatnonzero(got[s] != want[s])[0])
        first = f"sample {s}, byte {b}: expected {int(want[s, b])}, got {int(got[s, b])}"
        from .hostbuild import verify_host
        # Localize on the host with the portable kernels (a target's variant kernels, e.g. DSP
        # or MVE intrinsics, do not build there): the same model code, layer by layer.
        h = verify_host(graph, xs[s:s + 1].reshape(1, *graph.input_tensors[0].shape[1:]),
                        model_dir=build / "host-portable", regenerate=True)
        first += ("; " + h.first_mismatch.text().split("; ", 1)[-1] if h.first_mismatch else
                  f"; the portable C on the host matches the reference: the difference comes from "
                  f"the {board.core} build (its kernel variants, compiler or flags)")
        lines.append(f"first difference: {first}")
    rep = board_report(graph, gen, run, board, ok=not bad.size, mismatches=int(bad.size), first=first)
    m = rep
    lines.append(f"instructions per inference: mean {np.mean(m['instructions_per_inference']):,.0f} "
                 f"(min {min(m['instructions_per_inference']):,}, max {max(m['instructions_per_inference']):,}), "
                 f"by {m['method']}")
    lines.append(f"{cycle_label(board.core)} per inference: {m['estimated_m4_cycles_per_inference']:,.0f}")
    lines.append(f"MACs per inference: {m['macs']['dense']:,} dense, {m['macs']['after_skipping']:,} after WTA skipping")
    lines.append(f"flash {m['flash']['total']:,} B (weights {m['flash']['weights']:,} B); RAM {m['ram']['total']:,} B "
                 f"(arena {m['ram']['arena']:,} B); stack high-water: whole firmware "
                 f"{m['ram']['stack_high_water']:,} B, {gen.name}_invoke alone "
                 f"{m['ram']['stack_high_water_invoke']:,} B")
    return Verification(not bad.size, len(xs), int(bad.size), _output_array(graph, got), "\n".join(lines), rep)


def sample_progress(label: str, say, every_s: float = 1.0):
    """A progress(done, total) callback for run_on_board that tells `say` "LABEL: sample I of N"
    at most every `every_s` seconds, and always for the first and the last sample."""
    import time

    last = [float("-inf")]

    def progress(done: int, total: int) -> None:
        now = time.monotonic()
        if done in (1, total) or now - last[0] >= every_s:
            last[0] = now
            say(f"{label}: sample {done} of {total}")
    return progress


def cycle_label(core: str) -> str:
    """What the cycle figure is: the Cortex-M4 cost model (the only one) applied to `core`'s code."""
    c = str(core).replace("cortex-", "Cortex-").replace("Cortex-m", "Cortex-M")
    if c.lower().replace(" ", "-") in ("cortex-m4", "cortex-m4f", "m4"):
        return "estimated Cortex-M4 cycles (Cortex-M4 cost model)"
    return f"estimated Cortex-M4 cycles (Cortex-M4 cost model applied to the {c} code; not {c} cycles)"


def _target_for(core: str) -> str:
    return target_for_core(core).name


def board_report(graph: Graph, gen, run, board, ok: bool, mismatches: int, first) -> dict:
    """The JSON report of a board run (see README): counts, estimate, MACs, flash, RAM."""
    mem = run.memory
    per_layer = np.array(run.instructions_per_layer, dtype=np.int64) if run.instructions_per_layer else None
    cyc_layer = (np.array(run.estimated_m4_cycles_per_layer, dtype=np.int64)
                 if run.estimated_m4_cycles_per_layer else None)
    layers = []
    for i, li in enumerate(gen.layers):
        row = {"index": li.index, "type": li.type, "name": li.name,
               "macs_dense": li.macs_dense, "macs_after_skipping": li.macs_skipped}
        if per_layer is not None and i < per_layer.shape[1]:
            row["instructions_mean"] = float(per_layer[:, i].mean())
            row["instructions_min"] = int(per_layer[:, i].min())
            row["instructions_max"] = int(per_layer[:, i].max())
        if cyc_layer is not None and i < cyc_layer.shape[1]:
            row["estimated_m4_cycles_mean"] = float(cyc_layer[:, i].mean())
        layers.append(row)
    return {
        "model": graph.name,
        "board": board.name,
        "cpu": board.core,
        "qemu_machine": board.qemu_machine,
        "method": run.method,
        "n": run.n,
        "bit_exact": ok,
        "mismatches": mismatches,
        "first_mismatch": first,
        "instructions_per_inference": [int(v) for v in run.instructions_per_inference],
        "instructions_per_inference_mean": run.mean_instructions,
        "instructions_after_layers": run.instructions_after_layers,
        "per_layer": layers,
        "instructions_per_layer": run.instructions_per_layer,
        "estimated_m4_cycles": run.estimated_m4_cycles,
        "estimated_m4_cycles_per_inference": run.mean_estimated_m4_cycles,
        "estimated_m4_cycles_note": CYCLE_NOTE,
        "estimated_cycles_label": cycle_label(board.core),
        "instruction_mix": run.instruction_mix,
        "macs": {"dense": gen.macs_dense, "after_skipping": gen.macs_skipped},
        "flash": {"total": mem.get("flash_total", 0), "text": mem.get("flash_text", 0),
                  "rodata": mem.get("flash_rodata", 0), "weights": mem.get("flash_weights", 0),
                  "model_code": mem.get("flash_model_code", 0)},
        "ram": {"total": mem.get("ram_total", 0), "data": mem.get("ram_data", 0), "bss": mem.get("ram_bss", 0),
                "arena": gen.arena_size, "stack_high_water": run.stack_high_water_total,
                "stack_high_water_invoke": run.stack_high_water},
        "memory": mem,
    }
