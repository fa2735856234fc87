# SPDX-License-Identifier: Apache-2.0
"""Build generated C on the host (gcc) and verify it byte for byte against the reference executor.

* `build_host(model_dir, sanitize=False)` compiles a generated folder with the host runner
  (`firmware/host/dt_host_main.c`) into an executable: `-std=c99 -O2 -Wall -Wextra -Werror`, plus
  `-fsanitize=address,undefined -fno-sanitize-recover=all` when `sanitize`.
* `run_host(exe, inputs)` runs it on int8 samples and returns the outputs.
* `verify_host(graph, inputs)` generates, builds, runs, compares every output byte with
  `reference.run`, and on a mismatch rebuilds with `-DDT_DUMP` to name the first layer whose
  output differs.

Kernel objects are identical across models, so they are cached by content and flags
(`$DASNET_CACHE`, default `~/.cache/dasnet-tiny`); only the model's own files are compiled per
model.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .errors import DasnetError, ToolError
from .ir import Graph

from .resources import HOST_MAIN
from .targets import C_OPT, C_STD, C_WARN

BASE_FLAGS = [*C_STD, *C_OPT, *C_WARN]
SANITIZE_FLAGS = ["-fsanitize=address,undefined", "-fno-sanitize-recover=all", "-fno-omit-frame-pointer",
                  "-g"]


# ---------------------------------------------------------------------------------------------
# compiler
# ---------------------------------------------------------------------------------------------
def compiler() -> str:
    """The host C compiler ($CC or gcc); ToolError if it is missing."""
    cc = os.environ.get("CC", "gcc")
    path = shutil.which(cc)
    if path is None:
        raise ToolError(f"host C compiler {cc!r} not found: install gcc (e.g. apt-get install gcc) "
                        "or set CC")
    return path


_CC_ID: dict[str, str] = {}


def _compiler_id(cc: str) -> str:
    if cc not in _CC_ID:
        try:
            out = subprocess.run([cc, "--version"], capture_output=True, text=True, timeout=60).stdout
        except OSError as e:
            raise ToolError(f"cannot run the host C compiler {cc}: {e.strerror}") from None
        _CC_ID[cc] = f"{cc}\n{out}"
    return _CC_ID[cc]


def _cache_dir() -> Path:
    d = Path(os.environ.get("DASNET_CACHE", Path.home() / ".cache" / "dasnet-tiny")) / "host-objects"
    d.mkdir(parents=True, exist_ok=True)
    return d


def _run(cmd: list[str], what: str, cwd: Path | None = None) -> None:
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, cwd=cwd, timeout=600)
    except OSError as e:
        raise ToolError(f"cannot run {cmd[0]}: {e.strerror}") from None
    except subprocess.TimeoutExpired:
        raise ToolError(f"{what}: timed out") from None
    if p.returncode != 0:
        msg = (p.stderr or p.stdout).strip().splitlines()
        first = next((ln for ln in msg if "error" in ln), msg[0] if msg else "")
        raise ToolError(f"{what} failed: {first}" + ("\n" + "\n".join(msg[:40]) if len(msg) > 1 else ""))


def _compile(cc: str, src: Path, obj: Path, flags: list[str], include: list[Path]) -> None:
    cmd = [cc, *flags, *[f"-I{p}" for p in include], "-c", str(src), "-o", str(obj)]
    _run(cmd, f"compiling {src.name}")


def _cached_object(cc: str, src: Path, flags: list[str], include: list[Path]) -> Path:
    """Compile a kernel file once per (compiler, flags, source and headers content)."""
    h = hashlib.sha256()
    h.update(_compiler_id(cc).encode())
    h.update("\0".join(flags).encode())
    h.update(src.read_bytes())
    for inc in include:
        for hdr in sorted(inc.glob("dt_*.h")):
            h.update(hdr.name.encode())
            h.update(hdr.read_bytes())
    obj = _cache_dir() / f"{src.stem}-{h.hexdigest()[:24]}.o"
    if not obj.exists():
        tmp = obj.with_name(f"{obj.name}.{os.getpid()}.{id(src)}.tmp")
        _compile(cc, src, tmp, flags, include)
        os.replace(tmp, obj)
    return obj


def _manifest_name(model_dir: Path) -> str:
    import json

    m = model_dir / "manifest.json"
    try:
        name = json.loads(m.read_text())["name"]
    except (OSError, ValueError, KeyError, TypeError):
        raise DasnetError(f"{model_dir}: no generated model (manifest.json missing or invalid); "
                          "run `dasnet-tiny generate` first") from None
    if not (isinstance(name, str) and name.isascii() and name.isidentifier() and len(name) <= 64):
        raise DasnetError(f"{model_dir}: manifest.json names no valid C identifier; regenerate the folder")
    return name


def build_host(model_dir, sanitize: bool = False, dump: bool = False, hooks: bool = False,
               jobs: int | None = None) -> Path:
    """Compile the generated folder `model_dir` with the host runner; returns the executable.

    sanitize: AddressSanitizer + UndefinedBehaviorSanitizer, aborting on the first error.
    dump: -DDT_DUMP (the runner writes every layer's output to a dump file).
    hooks: -DDT_HOST_HOOKS (the runner overrides NAME_layer_hook and checks its calls).
    """
    model_dir = Path(model_dir).resolve()
    name = _manifest_name(model_dir)
    cc = compiler()
    flags = list(BASE_FLAGS) + (SANITIZE_FLAGS if sanitize else [])
    model_flags = flags + (["-DDT_DUMP"] if dump else [])
    tag = "host" + ("-asan" if sanitize else "") + ("-dump" if dump else "") + ("-hooks" if hooks else "")
    bdir = model_dir / "build" / tag
    bdir.mkdir(parents=True, exist_ok=True)
    sources = sorted(model_dir.glob("*.c"))
    kernels = [s for s in sources if s.name.startswith("dt_")]
    own = [s for s in sources if not s.name.startswith("dt_")]
    runner_flags = model_flags + [f"-DDT_MODEL={name}", f'-DDT_MODEL_HEADER="{name}.h"'] + \
        (["-DDT_HOST_HOOKS"] if hooks else [])
    include = [model_dir]
    jobs = jobs or _default_jobs()

    def job(item):
        kind, src = item
        if kind == "kernel":
            return _cached_object(cc, src, flags, include)
        obj = bdir / f"{src.stem}.o"
        _compile(cc, src, obj, runner_flags if kind == "runner" else model_flags, include)
        return obj

    items = [("kernel", s) for s in kernels] + [("model", s) for s in own] + [("runner", HOST_MAIN)]
    if jobs > 1:
        with ThreadPoolExecutor(jobs) as ex:
            objs = list(ex.map(job, items))
    else:
        objs = [job(it) for it in items]
    exe = bdir / f"{name}_host"
    _run([cc, *flags, *[str(o) for o in objs], "-o", str(exe)], f"linking {exe.name}")
    return exe


def _default_jobs() -> int:
    return max(1, min(2, int(os.environ.get("DASNET_JOBS", os.cpu_count() or 1))))


# ---------------------------------------------------------------------------------------------
# running
# ---------------------------------------------------------------------------------------------
@dataclass
class HostRun:
    outputs: bytes
    dump: bytes | None
    stderr: str


def run_host(exe, inputs: bytes | np.ndarray, dump: bool = False, timeout: float = 600.0) -> HostRun:
    """Run a host executable on back-to-back int8 samples; returns the raw output bytes (and the
    dump of a DT_DUMP build)."""
    exe = Path(exe)
    data = inputs.tobytes() if isinstance(inputs, np.ndarray) else bytes(inputs)
    with tempfile.TemporaryDirectory(prefix="dt_run_") as td:
        fin, fout, fdump = Path(td) / "in.bin", Path(td) / "out.bin", Path(td) / "dump.bin"
        fin.write_bytes(data)
        cmd = [str(exe), str(fin), str(fout)] + ([str(fdump)] if dump else [])
        env = dict(os.environ)
        env.setdefault("ASAN_OPTIONS", "detect_leaks=1:abort_on_error=0")
        env.setdefault("UBSAN_OPTIONS", "print_stacktrace=1:halt_on_error=1")
        try:
            p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env)
        except subprocess.TimeoutExpired:
            raise ToolError(f"{exe.name} timed out after {timeout:.0f} s") from None
        if p.returncode != 0:
            lines = p.stderr.strip().splitlines()
            key = next((ln for ln in lines if "runtime error" in ln or "ERROR:" in ln),
                       lines[0] if lines else "")
            raise ToolError(f"{exe.name} failed (exit {p.returncode}): {key.strip()}"
                            + ("\n" + "\n".join(lines[:60]) if len(lines) > 1 else ""))
        return HostRun(fout.read_bytes(), fdump.read_bytes() if dump and fdump.exists() else None,
                       p.stderr)


def parse_dump(blob: bytes) -> list[tuple[int, int, int, bytes]]:
    """Records (sample, layer, tensor, data) of a DT_DUMP run."""
    out, pos = [], 0
    while pos + 16 <= len(blob):
        sample, layer, tensor, size = np.frombuffer(blob, np.int32, 4, pos).tolist()
        pos += 16
        out.append((sample, layer, tensor, blob[pos:pos + size]))
        pos += size
    return out


# ---------------------------------------------------------------------------------------------
# verification
# ---------------------------------------------------------------------------------------------
@dataclass
class Mismatch:
    sample: int
    output: int  # graph output index
    byte: int  # flat index in that output
    expected: int
    got: int
    layer: int | None = None  # first layer whose output differs (from a DT_DUMP run)
    layer_type: str = ""
    layer_name: str = ""
    tensor: int | None = None
    layer_byte: int | None = None
    layer_expected: int | None = None
    layer_got: int | None = None

    def text(self) -> str:
        s = (f"sample {self.sample}, output {self.output}, byte {self.byte}: expected {self.expected}, "
             f"got {self.got}")
        if self.layer is not None:
            what = "winner list" if self.tensor == -1 else f"tensor {self.tensor}"
            s += (f"; first differing layer {self.layer} {self.layer_type} {self.layer_name!r} "
                  f"({what}, element {self.layer_byte}: expected {self.layer_expected}, "
                  f"got {self.layer_got})")
        return s


@dataclass
class VerifyResult:
    n: int  # samples run
    mismatches: int  # samples with at least one differing output byte
    first_mismatch: Mismatch | None
    model_dir: Path
    outputs: list[np.ndarray] = field(default_factory=list, repr=False)  # per graph output, [n, ...]
    sanitize: bool = False

    @property
    def ok(self) -> bool:
        return self.mismatches == 0

    @property
    def text(self) -> str:
        head = (f"host ({'gcc, ASan/UBSan' if self.sanitize else 'gcc'}): {self.n} samples, "
                f"{self.n - self.mismatches} bit-exact, {self.mismatches} differ")
        return head + (f"\nfirst difference: {self.first_mismatch.text()}" if self.first_mismatch else "")


def _sample_shape(shape) -> tuple:
    """Shape of one sample: the tensor shape without a batch dimension of 1."""
    shape = tuple(shape)
    return shape[1:] if shape and shape[0] == 1 else shape


def _as_samples(graph: Graph, inputs) -> tuple[list[np.ndarray], int]:
    """Per graph input: an int8 array [N, *shape without batch]."""
    arrs = list(inputs) if isinstance(inputs, (list, tuple)) else [inputs]
    if len(arrs) != len(graph.inputs):
        raise DasnetError(f"the model has {len(graph.inputs)} inputs, got {len(arrs)} arrays")
    out, n = [], None
    for i, (ti, a) in enumerate(zip(graph.inputs, arrs)):
        t = graph.tensor(ti)
        a = np.asarray(a)
        if a.dtype != np.int8:
            raise DasnetError(f"inputs must be int8 (quantize with scale {t.scale[0]:.6g} and zero point "
                              f"{t.zp}), got {a.dtype}")
        per = t.size
        if a.size % per or a.size == 0:
            raise DasnetError(f"input {i}: {a.shape} is not a stack of samples of shape {t.shape[1:]}")
        a = a.reshape(-1, per)
        if n is not None and len(a) != n:
            raise DasnetError("all inputs need the same number of samples")
        n = len(a)
        out.append(a)
    return out, n


def verify_host(graph: Graph, inputs, model_dir=None, sanitize: bool = False,
                target: str = "portable", regenerate: bool = True) -> VerifyResult:
    """Generate C for `graph` (into `model_dir`, or a temporary folder), build it on the host, run
    every sample of `inputs` (int8, [N, *input shape without batch]; a list for several inputs)
    and compare every output byte with `reference.run`. On a mismatch, a DT_DUMP build locates
    the first layer whose output differs.

    regenerate=False builds the code already in `model_dir` as it is (e.g. edited by hand)."""
    from . import reference
    from .codegen import generate

    samples, n = _as_samples(graph, inputs)
    tmp = None
    if model_dir is None:
        tmp = tempfile.TemporaryDirectory(prefix="dt_verify_")
        from .util import safe_c_identifier
        model_dir = Path(tmp.name) / safe_c_identifier(graph.name)  # never a path from the model
    try:
        model_dir = Path(model_dir)
        if regenerate or not (model_dir / "manifest.json").exists():
            analysis = generate(graph, model_dir, target=target).analysis
        else:
            from .codegen import analyze
            analysis = analyze(graph)
        exe = build_host(model_dir, sanitize=sanitize)
        blob = np.concatenate(samples, axis=1) if len(samples) > 1 else samples[0]
        run = run_host(exe, np.ascontiguousarray(blob))
        got = np.frombuffer(run.outputs, np.int8).reshape(n, -1)
        outs_t = graph.output_tensors
        offsets = np.cumsum([0] + [t.size for t in outs_t])
        outputs = [got[:, offsets[j]:offsets[j + 1]].reshape(n, *_sample_shape(t.shape))
                   for j, t in enumerate(outs_t)]
        mismatches, first = 0, None
        for s in range(n):
            xs = [samples[i][s].reshape(graph.tensor(ti).shape) for i, ti in enumerate(graph.inputs)]
            ref = reference.run(graph, xs)
            bad = None
            for j, r in enumerate(ref):
                c = got[s, offsets[j]:offsets[j + 1]]
                diff = np.flatnonzero(c != r.reshape(-1))
                if diff.size and bad is None:
                    b = int(diff[0])
                    bad = Mismatch(s, j, b, int(r.reshape(-1)[b]), int(c[b]))
            if bad is not None:
                mismatches += 1
                if first is None:
                    first = bad
                    _locate_layer(graph, analysis, model_dir, sanitize, xs, [a[s] for a in samples],
                                  first)
        return VerifyResult(n, mismatches, first, model_dir, outputs, sanitize)
    finally:
        if tmp is not None:
            tmp.cleanup()


def compare_layers(graph: Graph, analysis, records, values: dict[int, np.ndarray]):
    """First (layer, tensor, element, expected, got) where a DT_DUMP record of one sample
    (`records`: (sample, layer, tensor, data) tuples, or the raw dump bytes of a one-sample run)
    differs from the reference intermediates `values`; None if all agree. Lazy WTA tensors are
    compared on the winning channels only (their losers are never written); tensor -1 records
    are WTA winner lists."""
    if isinstance(records, (bytes, bytearray)):
        records = parse_dump(records)
    for _sample, layer, tensor, data in records:
        if tensor == -1:
            want = analysis.winners(layer, values).astype("<u2")
            have = np.frombuffer(data, "<u2")
            if have.shape != want.shape or not np.array_equal(have, want):
                k = int(np.flatnonzero(have != want)[0]) if have.shape == want.shape else 0
                return (layer, -1, k, int(want[k]) if want.size > k else -1,
                        int(have[k]) if have.size > k else -1)
            continue
        want = values[tensor].reshape(-1)
        have = np.frombuffer(data, np.int8)
        if have.shape != want.shape:
            return layer, tensor, 0, int(want.size), int(have.size)
        diff = have != want
        mask = analysis.winner_mask(tensor, values)
        if mask is not None:
            diff &= mask
        if diff.any():
            k = int(np.flatnonzero(diff)[0])
            return layer, tensor, k, int(want[k]), int(have[k])
    return None


def _locate_layer(graph, analysis, model_dir, sanitize, xs, raw, m: Mismatch) -> None:
    from . import reference

    exe = build_host(model_dir, sanitize=sanitize, dump=True)
    blob = np.concatenate([r.reshape(-1) for r in raw])
    run = run_host(exe, blob, dump=True)
    _, values = reference.run(graph, xs, return_intermediates=True)
    found = compare_layers(graph, analysis, run.dump or b"", values)
    if found is not None:
        layer, tensor, k, want, have = found
        op = graph.ops[layer]
        m.layer, m.layer_type, m.layer_name, m.tensor = layer, op.type, op.name, tensor
        m.layer_byte, m.layer_expected, m.layer_got = k, want, have
