# SPDX-License-Identifier: Apache-2.0
"""Our static arena next to TFLite Micro's for a .tflite model.

    python tests/codegen_arena.py [MODEL.tflite ...]     (default: the two shared MLPerf Tiny models)

TFLite Micro's Python interpreter (tflite_micro.runtime) records its arena use; this binding has no
arena_used_bytes(), so the numbers come from print_allocations() (printed by C++ on stdout, captured
at the file-descriptor level): "head" is the activation/scratch part planned by its
GreedyMemoryPlanner, "tail" the persistent part (tensor structs, op data, per-channel
quantization), "total" both. Our arena holds activations, WTA scratch and winner lists only; the
model input is read in place from the caller's buffer and all per-op data is const (flash).
"""
from __future__ import annotations

import os
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def tflm_arena(tflite: bytes) -> dict[str, int]:
    """{"total", "head", "tail"} bytes of TFLite Micro's arena after AllocateTensors."""
    from tflite_micro.python.tflite_micro import runtime

    it = runtime.Interpreter.from_bytes(tflite)
    sys.stdout.flush()
    sys.stderr.flush()
    saved = os.dup(1), os.dup(2)
    with tempfile.TemporaryFile(mode="w+b") as f:
        os.dup2(f.fileno(), 1)
        os.dup2(f.fileno(), 2)
        try:
            it.print_allocations()
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os.dup2(saved[0], 1)
            os.dup2(saved[1], 2)
            os.close(saved[0])
            os.close(saved[1])
        f.seek(0)
        text = f.read().decode(errors="replace")
    out = {}
    for key in ("total", "head", "tail"):
        m = re.search(rf"Arena allocation {key} (\d+) bytes", text)
        if m:
            out[key] = int(m.group(1))
    return out


def compare(path: Path) -> dict:
    import dasnet_tiny as dt
    from dasnet_tiny.codegen import analyze

    g = dt.import_tflite(path)
    a = analyze(g)
    t = tflm_arena(path.read_bytes())
    return {"model": path.name, "ours": a.plan.arena_size, "ours_lower_bound": a.plan.lower_bound,
            "input_bytes": sum(x.size for x in g.input_tensors), **{f"tflm_{k}": v for k, v in t.items()}}


def main(argv: list[str]) -> int:
    shared = Path(os.environ.get("DASNET_SHARED", ROOT.parent / "shared"))
    paths = [Path(p) for p in argv] or [shared / "models/mlperf_tiny/kws_ref_model.tflite",
                                        shared / "models/mlperf_tiny/pretrainedResnet_quant.tflite"]
    print(f"{'model':<34} {'ours':>8} {'+input':>8} {'TFLM head':>10} {'TFLM tail':>10} {'TFLM total':>11}")
    for p in paths:
        if not p.exists():
            print(f"{p}: not found (set DASNET_SHARED)")
            continue
        r = compare(p)
        print(f"{r['model']:<34} {r['ours']:>8} {r['ours'] + r['input_bytes']:>8} "
              f"{r.get('tflm_head', -1):>10} {r.get('tflm_tail', -1):>10} {r.get('tflm_total', -1):>11}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
