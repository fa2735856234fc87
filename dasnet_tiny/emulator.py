# SPDX-License-Identifier: Apache-2.0
"""Running firmware ELFs on emulated boards.

`Emulator` is the interface; `QemuBackend` runs qemu-system-arm (semihosting for file I/O and
the exit status, the dtcount TCG plugin for instruction counts); `RenodeBackend` is the place for
a Renode runner (a platform .repl per board and a Robot test, as TensorFlow Lite Micro tests on
Renode) and raises a ToolError until Renode support is written.

Both work on a *work directory*: the firmware reads ``inputs.bin`` there and writes
``outputs.bin`` and ``results.txt`` (see firmware/runner/main.c).
"""
from __future__ import annotations

import abc
import hashlib
import os
import re
import shutil
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from .boards import FIRMWARE_DIR, Board
from .errors import ToolError
from .measure import CLASSES

QEMU_PACKAGE = "qemu-system-arm"
PLUGIN_SOURCES = (FIRMWARE_DIR / "plugin" / "dtcount.c",
                  FIRMWARE_DIR / "plugin" / "qemu_plugin_api.h")


@dataclass(frozen=True)
class CountSetup:
    """What the instruction-count plugin needs: marker addresses and the cost table."""
    begin: int  # dt_inference_begin
    end: int  # dt_inference_end
    hook: int | None  # NAME_layer_hook
    cost_table: Path | None = None


@dataclass
class PluginCounts:
    """Parsed output of firmware/plugin/dtcount.c."""
    total: int  # instructions executed by the whole run
    outside: int  # ... outside inferences
    insns: list[int]  # per inference
    cycles: list[int]  # per inference (cost-table estimate)
    slot_insns: list[list[int]]  # per inference, per slot (layer k = slot k, last = tail)
    slot_cycles: list[list[int]]
    classes: list[dict[str, int]]  # per inference
    partial: tuple[int, int] | None = None  # an inference open at exit (insns, cycles)


@dataclass
class EmulatorResult:
    returncode: int
    stdout: str
    stderr: str
    elapsed_s: float
    workdir: Path
    counts: PluginCounts | None = None
    method: str = ""
    command: list[str] = field(default_factory=list)

    @property
    def console(self) -> str:
        return (self.stdout + self.stderr).strip()


class Emulator(abc.ABC):
    """Runs one firmware ELF on one board in a work directory."""
    name: str = "?"

    @abc.abstractmethod
    def available(self) -> bool:
        """True when the emulator can run here."""

    @abc.abstractmethod
    def require(self) -> None:
        """Raises ToolError (one line naming what to install) when not available."""

    @abc.abstractmethod
    def run(self, elf: Path, board: Board, workdir: Path, *, timeout: float = 120.0,
            count: CountSetup | None = None, progress=None) -> EmulatorResult:
        """Runs `elf` with `workdir` as the semihosting working directory. Raises ToolError on a
        timeout; a non-zero firmware exit status is returned, not raised. progress: optional
        callable(done, total) called as the firmware reports each finished sample."""


def parse_plugin_output(text: str) -> PluginCounts:
    total = outside = 0
    insns: dict[int, int] = {}
    cycles: dict[int, int] = {}
    slots: dict[int, dict[int, tuple[int, int]]] = {}
    classes: dict[int, dict[str, int]] = {}
    partial = None
    lines = text.splitlines()
    if not lines or lines[0].strip() != "dtcount 1":
        raise ToolError("instruction-count plugin: unexpected output format")
    for line in lines[1:]:
        p = line.split()
        if not p:
            continue
        if p[0] == "T":
            total = int(p[1])
        elif p[0] == "O":
            outside = int(p[1])
        elif p[0] == "I":
            i = int(p[1])
            insns[i], cycles[i] = int(p[2]), int(p[3])
        elif p[0] == "L":
            slots.setdefault(int(p[1]), {})[int(p[2])] = (int(p[3]), int(p[4]))
        elif p[0] == "C":
            c = int(p[2])
            name = CLASSES[c] if c < len(CLASSES) else f"class{c}"
            classes.setdefault(int(p[1]), {})[name] = int(p[3])
        elif p[0] == "P":
            partial = (int(p[1]), int(p[2]))
    n = len(insns)
    order = range(n)
    slot_lists = [[slots.get(i, {}).get(k, (0, 0)) for k in range(len(slots.get(i, {})))]
                  for i in order]
    return PluginCounts(
        total=total, outside=outside,
        insns=[insns[i] for i in order], cycles=[cycles[i] for i in order],
        slot_insns=[[s[0] for s in sl] for sl in slot_lists],
        slot_cycles=[[s[1] for s in sl] for sl in slot_lists],
        classes=[{c: classes.get(i, {}).get(c, 0) for c in CLASSES} for i in order],
        partial=partial,
    )


def _cache_dir() -> Path:
    """$DASNET_CACHE, else $XDG_CACHE_HOME/dasnet-tiny or ~/.cache/dasnet-tiny (a temp folder
    when that is not writable)."""
    if os.environ.get("DASNET_CACHE"):
        return Path(os.environ["DASNET_CACHE"])
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "dasnet-tiny"
    try:
        base.mkdir(parents=True, exist_ok=True)
        if os.access(base, os.W_OK):
            return base
    except OSError:
        pass
    return Path(tempfile.gettempdir()) / "dasnet-tiny-cache"


def build_plugin() -> Path:
    """The dtcount plugin (.so) built with the host gcc, cached by source hash."""
    h = hashlib.sha256()
    for p in PLUGIN_SOURCES:
        h.update(p.read_bytes())
    out = _cache_dir() / f"libdtcount-{h.hexdigest()[:12]}.so"
    if out.exists():
        return out
    cc = shutil.which(os.environ.get("CC", "gcc")) or shutil.which("cc")
    if cc is None:
        raise ToolError("gcc not found (needed to build the QEMU instruction-count plugin): "
                        "apt-get install gcc")
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(suffix=".so", dir=out.parent)
    os.close(fd)
    cmd = [cc, "-std=c99", "-O2", "-Wall", "-Wextra", "-shared", "-fPIC",
           "-fvisibility=hidden", "-o", tmp, str(PLUGIN_SOURCES[0])]
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        os.unlink(tmp)
        raise ToolError(f"building the QEMU plugin failed: {p.stderr.strip()}")
    os.replace(tmp, out)
    return out


_PROGRESS = re.compile(r"dasnet-tiny runner: sample (\d+) of (\d+)")


def _run_streaming(cmd: list[str], cwd: Path, timeout: float, progress=None):
    """Run `cmd`, reading its stdout and stderr as they come (the runner prints "dasnet-tiny
    runner: sample I of N" after each inference; `progress(I, N)` is called for each such line).
    Returns a CompletedProcess; on a timeout the process is killed and TimeoutExpired raised
    with the last output lines (joined by " | ") as its output."""
    proc = subprocess.Popen(cmd, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, errors="replace", bufsize=1)
    chunks: dict[str, list[str]] = {"out": [], "err": []}

    def pump(stream, key):
        for line in stream:
            chunks[key].append(line)
            m = _PROGRESS.search(line)
            if m and progress is not None:
                try:
                    progress(int(m.group(1)), int(m.group(2)))
                except Exception:  # noqa: BLE001 - a progress display never stops the run
                    pass
        stream.close()

    threads = [threading.Thread(target=pump, args=(proc.stdout, "out"), daemon=True),
               threading.Thread(target=pump, args=(proc.stderr, "err"), daemon=True)]
    for t in threads:
        t.start()
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        for t in threads:
            t.join(timeout=5)
        tail = "".join(chunks["out"] + chunks["err"]).strip().splitlines()[-3:]
        tail = [ln for ln in tail if not _PROGRESS.search(ln)] or tail[-1:]
        raise subprocess.TimeoutExpired(cmd, timeout, output=" | ".join(tail)) from None
    except BaseException:
        proc.kill()
        proc.wait()
        raise
    for t in threads:
        t.join()
    # the progress lines served their purpose: the console keeps the rest
    out, err = ("".join(ln for ln in chunks[k] if not _PROGRESS.search(ln)) for k in ("out", "err"))
    return subprocess.CompletedProcess(cmd, proc.returncode, out, err)


def _text(b: bytes | str | None) -> str:
    if b is None:
        return ""
    return b.decode(errors="replace") if isinstance(b, bytes) else b


class QemuBackend(Emulator):
    """qemu-system-arm with semihosting (target=native) and the dtcount TCG plugin."""
    name = "qemu"

    def __init__(self, qemu: str | None = None):
        self.qemu = qemu or os.environ.get("DASNET_QEMU") or "qemu-system-arm"

    def executable(self) -> str | None:
        return shutil.which(self.qemu)

    def available(self) -> bool:
        return self.executable() is not None

    def require(self) -> None:
        if not self.available():
            raise ToolError(f"{self.qemu} not found: apt-get install {QEMU_PACKAGE}")

    def version(self) -> str:
        self.require()
        p = subprocess.run([self.executable(), "--version"], capture_output=True, text=True)
        first = p.stdout.splitlines()[0] if p.stdout else ""
        return first.replace("QEMU emulator version", "QEMU").strip()

    def command(self, elf: Path, board: Board, count: CountSetup | None,
                counts_path: Path | None) -> list[str]:
        cmd = [self.executable() or self.qemu, "-M", board.qemu_machine, "-cpu", board.qemu_cpu,
               "-nographic", "-monitor", "none", "-serial", "none",
               "-semihosting-config", "enable=on,target=native", "-kernel", str(elf)]
        if count is not None:
            args = [f"out={counts_path}", f"begin={count.begin:#x}", f"end={count.end:#x}"]
            if count.hook is not None:
                args.append(f"hook={count.hook:#x}")
            if count.cost_table is not None:
                args.append(f"costs={count.cost_table}")
            # QEMU's option syntax: a literal comma inside a value is written ",,".
            cmd += ["-plugin", ",".join(a.replace(",", ",,") for a in [str(build_plugin())] + args)]
        return cmd

    def run(self, elf: Path, board: Board, workdir: Path, *, timeout: float = 120.0,
            count: CountSetup | None = None, progress=None) -> EmulatorResult:
        self.require()
        workdir = Path(workdir)
        counts_path = workdir / "counts.txt" if count is not None else None
        if counts_path is not None and counts_path.exists():
            counts_path.unlink()
        cmd = self.command(Path(elf).resolve(), board, count, counts_path)
        t0 = time.monotonic()
        try:
            p = _run_streaming(cmd, workdir, timeout, progress)
        except subprocess.TimeoutExpired as e:
            tail = _text(e.output)
            raise ToolError(f"{board.name}: firmware did not finish within {timeout:g} s"
                            + (f" (last output: {tail})" if tail else "")) from None
        elapsed = time.monotonic() - t0
        counts = None
        method = "qemu (no instruction counting)"
        if count is not None:
            if counts_path is not None and counts_path.exists():
                counts = parse_plugin_output(counts_path.read_text())
            method = (f"qemu-tcg-plugin: executed guest instructions counted by the dtcount TCG "
                      f"plugin ({self.version()}, -M {board.qemu_machine} -cpu {board.qemu_cpu})")
        return EmulatorResult(p.returncode, p.stdout, p.stderr, elapsed, workdir, counts, method,
                              cmd)


class RenodeBackend(Emulator):
    """Placeholder for running the same firmware on Renode.

    The intended shape (as TensorFlow Lite Micro runs its Cortex-M tests on Renode): one
    platform description (.repl) per board giving the CPU and the memory map of
    `Board.memory` (code/rodata and RAM regions at the same addresses as the linker scripts),
    semihosting enabled on the CPU, and a Robot Framework test that loads the ELF, starts the
    machine, waits for "dasnet-tiny runner: ok" and reads outputs.bin / results.txt from the
    work directory. Instruction counts would come from Renode's per-CPU executed-instruction
    counter, read at the marker functions. Not implemented: `run` raises ToolError.
    """
    name = "renode"

    def available(self) -> bool:
        return shutil.which("renode") is not None and shutil.which("renode-test") is not None

    def require(self) -> None:
        if not self.available():
            raise ToolError("renode not installed (it is not a Debian package): install Renode "
                            "so that `renode` and `renode-test` are on PATH, or use the QEMU "
                            "backend (apt-get install qemu-system-arm)")
        raise ToolError("the Renode backend is not implemented yet: use the QEMU backend")

    def run(self, elf: Path, board: Board, workdir: Path, *, timeout: float = 120.0,
            count: CountSetup | None = None, progress=None) -> EmulatorResult:
        self.require()
        raise AssertionError("unreachable")


BACKENDS = {"qemu": QemuBackend, "renode": RenodeBackend}


def get_emulator(name: str | Emulator | None = None) -> Emulator:
    if isinstance(name, Emulator):
        return name
    key = name or "qemu"
    try:
        return BACKENDS[key]()
    except KeyError:
        raise ToolError(f"unknown emulator {key!r}: valid are {', '.join(BACKENDS)}") from None
