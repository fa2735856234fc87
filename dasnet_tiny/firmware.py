# SPDX-License-Identifier: Apache-2.0
"""Cross-build a generated model into board firmware and run it on an emulated board.

    elf = build_firmware(model_dir, "mps2-an386", build_dir)
    run = run_on_board(model_dir_or_elf, "mps2-an386", inputs_int8)   # -> BoardRun

The firmware is firmware/runner/main.c + firmware/startup/* + every *.c of the model folder
(docs/generated_c_contract.md), linked with the board's linker script (firmware/ld/) against
newlib-nano and librdimon (semihosting). `build_firmware` writes ``firmware.json`` next to the
ELF (board, model name, input/output sizes, object lists) so that `run_on_board` can take the
ELF alone.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .boards import DEFAULT_BOARD, FIRMWARE_DIR, Board, get_board
from .emulator import CountSetup, Emulator, get_emulator
from .errors import DasnetError, ToolError
from .targets import C_OPT, C_STD, C_WARN
from .measure import CROSS_PACKAGES, CLASSES, cross_tool, firmware_memory, symbols, \
    write_cost_table

CFLAGS = (*C_STD, *C_OPT, "-g", *C_WARN, "-ffunction-sections", "-fdata-sections")
FIRMWARE_SOURCES = (
    FIRMWARE_DIR / "startup" / "startup.S",
    FIRMWARE_DIR / "startup" / "vectors.c",
    FIRMWARE_DIR / "startup" / "semihost.c",
    FIRMWARE_DIR / "runner" / "main.c",
)
SIDECAR = "firmware.json"


@dataclass
class ModelInfo:
    name: str
    input_size: int
    output_size: int
    arena_size: int | None
    num_layers: int | None
    layer_names: list[str] = field(default_factory=list)  # from manifest.json "layers"


def model_info(model_dir: Path) -> ModelInfo:
    """Name and sizes of a generated model folder (manifest.json, else NAME.h's #defines)."""
    model_dir = Path(model_dir)
    if not model_dir.is_dir():
        raise DasnetError(f"{model_dir}: not a generated model folder")
    man_path = model_dir / "manifest.json"
    if man_path.exists():
        man = json.loads(man_path.read_text())
        name = man["name"]
    else:
        heads = [h for h in model_dir.glob("*.h")
                 if re.search(r"\bint\s+\w+_invoke\s*\(", h.read_text(errors="replace"))]
        if len(heads) != 1:
            raise DasnetError(f"{model_dir}: no manifest.json and no single NAME.h with "
                              "NAME_invoke(): not a generated model folder")
        name, man = heads[0].stem, {}
    header = model_dir / f"{name}.h"
    if not header.exists():
        raise DasnetError(f"{model_dir}: {name}.h is missing")
    defines = {m.group(1): int(m.group(2)) for m in re.finditer(
        rf"#define\s+{re.escape(name)}_(\w+)\s+\(?\s*(\d+)[uUlL]*\s*\)?", header.read_text())}

    def get(key: str, man_key: str) -> int | None:
        if man_key in man:
            return int(man[man_key])
        return defines.get(key)

    info = ModelInfo(name, get("INPUT_SIZE", "input_size") or 0,
                     get("OUTPUT_SIZE", "output_size") or 0, get("ARENA_SIZE", "arena_size"),
                     get("NUM_LAYERS", "num_layers"),
                     [str(lay.get("name", lay.get("index", i)))
                      for i, lay in enumerate(man.get("layers", []))])
    if info.input_size <= 0 or info.output_size <= 0:
        raise DasnetError(f"{model_dir}: cannot tell the input/output size of model {name!r}")
    return info


def _check_newlib(gcc: str, board: Board) -> None:
    p = subprocess.run([gcc, *board.gcc_flags, "-print-file-name=rdimon.specs"],
                       capture_output=True, text=True)
    if p.returncode != 0 or not Path(p.stdout.strip()).is_absolute():
        raise ToolError(f"newlib (rdimon.specs) not found for arm-none-eabi-gcc: "
                        f"apt-get install {CROSS_PACKAGES}")


def build_firmware(model_dir: str | Path, board: str | Board = DEFAULT_BOARD,
                   build_dir: str | Path | None = None, *, extra_cflags: tuple[str, ...] = (),
                   stack_size: int | None = None) -> Path:
    """Cross-compiles the model folder with the runner for `board`; returns the ELF path.

    build_dir defaults to <model_dir>/build/<board>. Objects go to build_dir/model and
    build_dir/fw, the linker map to build_dir/firmware.map. stack_size (bytes) overrides the
    64 KiB stack reserved at the top of RAM.
    """
    b = get_board(board)
    model_dir = Path(model_dir).resolve()
    info = model_info(model_dir)
    build = Path(build_dir) if build_dir is not None else model_dir / "build" / b.name
    build = build.resolve()
    gcc = cross_tool("gcc")
    _check_newlib(gcc, b)
    sources = sorted(model_dir.glob("*.c"))
    if not sources:
        raise DasnetError(f"{model_dir}: no .c files")
    (build / "model").mkdir(parents=True, exist_ok=True)
    (build / "fw").mkdir(parents=True, exist_ok=True)
    cflags = [*b.gcc_flags, *CFLAGS, f"-DDT_MODEL={info.name}",
              f'-DDT_MODEL_HEADER="{info.name}.h"', "-I", str(model_dir),
              "-I", str(FIRMWARE_DIR / "startup"), "-I", str(FIRMWARE_DIR / "runner"),
              *extra_cflags]
    jobs = [(s, build / "model" / (s.stem + ".o")) for s in sources]
    jobs += [(s, build / "fw" / (s.stem + ".o")) for s in FIRMWARE_SOURCES]

    def compile_one(job: tuple[Path, Path]) -> str | None:
        src, obj = job
        p = subprocess.run([gcc, *cflags, "-c", str(src), "-o", str(obj)], capture_output=True,
                           text=True)
        return None if p.returncode == 0 else f"{src.name}:\n{p.stderr.strip()}"

    with ThreadPoolExecutor(max_workers=max(1, os.cpu_count() or 1)) as ex:
        errors = [e for e in ex.map(compile_one, jobs) if e]
    if errors:
        raise ToolError(f"arm-none-eabi-gcc failed for board {b.name}: " + "\n".join(errors))

    elf = build / "firmware.elf"
    map_path = build / "firmware.map"
    ldflags = [*b.gcc_flags, "-T", str(b.linker_script), "-L", str(FIRMWARE_DIR / "ld"),
               "-nostartfiles", "--specs=nano.specs", "--specs=rdimon.specs",
               "-Wl,--gc-sections", "-Xlinker", f"-Map={map_path}"]  # -Wl would split a path at commas
    if stack_size is not None:
        ldflags.append(f"-Wl,--defsym=DT_STACK_SIZE={int(stack_size)}")
    objs = [str(o) for _, o in jobs]
    p = subprocess.run([gcc, *ldflags, "-o", str(elf), *objs, "-lm"], capture_output=True,
                       text=True)
    if p.returncode != 0:
        raise ToolError(f"linking the firmware for board {b.name} failed: {p.stderr.strip()}")
    model_objs = [str(o) for s, o in jobs[:len(sources)]
                  if s.name != f"{info.name}_weights.c"]
    weight_objs = [str(o) for s, o in jobs[:len(sources)] if s.name == f"{info.name}_weights.c"]
    (build / SIDECAR).write_text(json.dumps({
        "board": b.name, "model": info.name, "model_dir": str(model_dir),
        "input_size": info.input_size, "output_size": info.output_size,
        "arena_size": info.arena_size, "num_layers": info.num_layers,
        "layer_names": info.layer_names,
        "model_objects": model_objs, "weights_objects": weight_objs,
        "map": str(map_path),
    }, indent=1))
    return elf


@dataclass
class BoardRun:
    """The result of running N inputs through a model's firmware on one emulated board.

    Instruction counts are executed guest instructions (QEMU TCG plugin), exact and
    deterministic. Cycle numbers are a static Cortex-M4 *estimate* (dasnet_tiny.measure).
    Layer k's count runs from the end of layer k-1 (or the start of NAME_invoke) to the call of
    NAME_layer_hook(k); what runs after the last hook is in instructions_after_layers, so the
    per-layer counts add up to at most the per-inference count.
    """
    board: str
    model: str
    outputs: np.ndarray  # int8 [N, output_size]
    instructions_per_inference: list[int]
    instructions_per_layer: list[list[int]]  # [N][num_layers]
    instructions_after_layers: list[int]  # [N]
    instruction_mix: dict[str, int]  # summed over the N inferences
    instruction_mix_per_inference: list[dict[str, int]]
    estimated_m4_cycles: list[int]  # [N], Cortex-M4 estimate
    estimated_m4_cycles_per_layer: list[list[int]]  # [N][num_layers], Cortex-M4 estimate
    method: str
    memory: dict[str, int]  # see dasnet_tiny.measure.firmware_memory
    stack_high_water: int  # bytes of stack used by NAME_invoke
    stack_high_water_total: int  # bytes of stack used by the whole firmware
    elf: Path | None
    elapsed_s: float
    console: str = ""
    layer_names: list[str] = field(default_factory=list)  # manifest.json layer names
    extra: dict = field(default_factory=dict)

    @property
    def n(self) -> int:
        return int(self.outputs.shape[0])

    @property
    def mean_instructions(self) -> float:
        v = self.instructions_per_inference
        return float(np.mean(v)) if v else float("nan")

    @property
    def mean_estimated_m4_cycles(self) -> float:
        v = self.estimated_m4_cycles
        return float(np.mean(v)) if v else float("nan")

    def to_dict(self) -> dict:
        """JSON-friendly summary (outputs as lists)."""
        return {
            "board": self.board, "model": self.model, "n": self.n,
            "outputs": self.outputs.tolist(),
            "instructions_per_inference": self.instructions_per_inference,
            "instructions_per_layer": self.instructions_per_layer,
            "instructions_after_layers": self.instructions_after_layers,
            "instruction_mix": self.instruction_mix,
            "estimated_m4_cycles": self.estimated_m4_cycles,
            "estimated_m4_cycles_per_layer": self.estimated_m4_cycles_per_layer,
            "layer_names": self.layer_names, "method": self.method, "memory": self.memory,
            "stack_high_water": self.stack_high_water,
            "stack_high_water_total": self.stack_high_water_total,
            "elf": str(self.elf) if self.elf else None, "elapsed_s": self.elapsed_s,
        }


def _read_sidecar(elf: Path) -> dict:
    side = elf.parent / SIDECAR
    if not side.exists():
        raise DasnetError(f"{elf}: no {SIDECAR} beside it; build it with "
                          "dasnet_tiny.firmware.build_firmware or pass the model folder")
    return json.loads(side.read_text())


def _parse_results(path: Path) -> dict[str, int]:
    res = {}
    if path.exists():
        for line in path.read_text().splitlines():
            if "=" in line:
                k, v = line.split("=", 1)
                res[k.strip()] = int(v)
    return res


def _failure_message(console: str) -> str:
    lines = [ln.strip() for ln in console.splitlines()
             if ln.strip().startswith(("FATAL", "runner error", "qemu-system", "dtcount"))]
    if lines:
        return " | ".join(lines[:3])
    tail = [ln.strip() for ln in console.splitlines() if ln.strip()][-3:]
    return " | ".join(tail) if tail else "no output"


def _as_inputs(inputs: np.ndarray, input_size: int) -> np.ndarray:
    x = np.asarray(inputs)
    if x.dtype != np.int8:
        raise DasnetError(f"inputs must be int8 (quantized model inputs), got {x.dtype}")
    if x.ndim == 1 and x.size == input_size:
        x = x[None]
    if x.ndim < 2 or x.shape[0] == 0 or int(np.prod(x.shape[1:])) != input_size:
        raise DasnetError(f"inputs must be [N, ...] with {input_size} int8 values per input, "
                          f"got shape {tuple(x.shape)}")
    return np.ascontiguousarray(x.reshape(x.shape[0], input_size))


def run_on_board(model_dir_or_elf: str | Path, board: str | Board = DEFAULT_BOARD,
                 inputs: np.ndarray | None = None, *, timeout: float = 120.0,
                 build_dir: str | Path | None = None, count: bool = True,
                 emulator: str | Emulator | None = None,
                 workdir: str | Path | None = None, progress=None) -> BoardRun:
    """Runs every input (int8 [N, ...]) through the model on the emulated board.

    model_dir_or_elf: a generated model folder (built first, into build_dir or a temporary
    folder) or a firmware.elf from build_firmware. count=False skips instruction counting
    (faster; the count fields are then empty). workdir keeps inputs.bin, outputs.bin,
    results.txt, counts.txt and costs.txt (default: a temporary folder, removed).
    progress: optional callable(done, total), called as the firmware finishes each sample.
    Raises ToolError for missing tools, a timeout, or a firmware failure (CPU fault, invoke
    error), with the firmware's message.
    """
    b = get_board(board)
    emu = get_emulator(emulator)
    emu.require()
    if inputs is None:
        raise DasnetError("run_on_board needs inputs (int8 [N, ...])")
    path = Path(model_dir_or_elf)
    with tempfile.TemporaryDirectory(prefix="dasnet-board-") as tmp:
        if path.is_dir():
            elf = build_firmware(path, b, Path(build_dir) if build_dir else Path(tmp) / "build")
            kept_elf: Path | None = elf if build_dir else None
        elif path.is_file():
            elf, kept_elf = path, path
        else:
            raise DasnetError(f"{path}: neither a model folder nor a firmware ELF")
        side = _read_sidecar(elf)
        if side["board"] != b.name:
            raise DasnetError(f"{elf} was built for board {side['board']}, not {b.name}")
        x = _as_inputs(inputs, int(side["input_size"]))
        n, out_size = x.shape[0], int(side["output_size"])

        wd = Path(workdir) if workdir else Path(tmp) / "run"
        wd.mkdir(parents=True, exist_ok=True)
        for stale in ("outputs.bin", "results.txt", "counts.txt"):
            (wd / stale).unlink(missing_ok=True)
        (wd / "inputs.bin").write_bytes(x.tobytes())

        setup = None
        if count:
            syms = symbols(elf)
            hook_name = f"{side['model']}_layer_hook"
            for s in ("dt_inference_begin", "dt_inference_end", hook_name):
                if s not in syms:
                    raise ToolError(f"{elf}: symbol {s} missing (not built by build_firmware?)")
            addrs = {s: syms[s][0] & ~1 for s in ("dt_inference_begin", "dt_inference_end",
                                                  hook_name)}
            if len(set(addrs.values())) != 3:
                raise ToolError(f"{elf}: marker functions share an address: {addrs}")
            costs = wd / "costs.txt"
            write_cost_table(elf, costs, "armv8.1-m.main" if b.mve else None)
            setup = CountSetup(addrs["dt_inference_begin"], addrs["dt_inference_end"],
                               addrs[hook_name], costs)

        t0 = time.monotonic()
        res = (emu.run(elf, b, wd, timeout=timeout, count=setup, progress=progress) if progress
               else emu.run(elf, b, wd, timeout=timeout, count=setup))
        if res.returncode != 0:
            raise ToolError(f"{b.name}: firmware for model {side['model']!r} failed (exit status "
                            f"{res.returncode}): {_failure_message(res.console)}")
        raw = (wd / "outputs.bin").read_bytes() if (wd / "outputs.bin").exists() else b""
        if len(raw) != n * out_size:
            raise ToolError(f"{b.name}: outputs.bin has {len(raw)} bytes, expected "
                            f"{n * out_size} ({n} x {out_size})")
        outputs = np.frombuffer(raw, dtype=np.int8).reshape(n, out_size).copy()
        results = _parse_results(wd / "results.txt")

        per_inf: list[int] = []
        per_layer: list[list[int]] = []
        after: list[int] = []
        cycles: list[int] = []
        cycles_layer: list[list[int]] = []
        mix_inf: list[dict[str, int]] = []
        mix: dict[str, int] = {}
        if setup is not None:
            c = res.counts
            if c is None or len(c.insns) != n:
                got = 0 if c is None else len(c.insns)
                raise ToolError(f"{b.name}: the instruction-count plugin saw {got} inferences, "
                                f"expected {n}")
            per_inf, cycles, mix_inf = c.insns, c.cycles, c.classes
            per_layer = [s[:-1] for s in c.slot_insns]
            after = [s[-1] for s in c.slot_insns]
            cycles_layer = [s[:-1] for s in c.slot_cycles]
            mix = {k: int(sum(m.get(k, 0) for m in mix_inf)) for k in CLASSES}

        stack_model = results.get("stack_model_bytes", 0)
        stack_total = results.get("stack_total_bytes", 0)
        memory = firmware_memory(elf, Path(side["map"]), side["model_objects"],
                                 side["weights_objects"], side.get("arena_size"), stack_model,
                                 stack_total, results.get("stack_size_bytes"))
        return BoardRun(
            board=b.name, model=side["model"], outputs=outputs,
            instructions_per_inference=per_inf, instructions_per_layer=per_layer,
            instructions_after_layers=after, instruction_mix=mix,
            instruction_mix_per_inference=mix_inf, estimated_m4_cycles=cycles,
            estimated_m4_cycles_per_layer=cycles_layer, method=res.method, memory=memory,
            stack_high_water=stack_model, stack_high_water_total=stack_total,
            elf=kept_elf, elapsed_s=time.monotonic() - t0, console=res.console,
            layer_names=list(side.get("layer_names", [])),
            extra={"total_instructions": res.counts.total if res.counts else None,
                   "instructions_outside_inferences": res.counts.outside if res.counts else None},
        )
