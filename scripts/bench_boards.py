#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Benchmark: the shared MLPerf Tiny models on emulated boards (instructions, estimated M4 cycles,
flash, RAM), bit-exact checked. Usage: .venv/bin/python scripts/bench_boards.py [BOARD ...]
Writes build/bench/boards.json and prints a Markdown table."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = Path(os.environ.get("DASNET_SHARED", ROOT.parent / "shared"))

import dasnet_tiny as dt  # noqa: E402
from dasnet_tiny.verify import verify  # noqa: E402


def inputs(name: str, n: int) -> np.ndarray:
    if name.startswith("kws"):
        d = np.load(SHARED / "data" / "speech_commands_v2_mfcc49x10.npz")
        return np.clip(np.round(d["x_test"][:n] / 0.5847) + 83, -128, 127).astype(np.int8)[..., None]
    d = np.load(SHARED / "data" / "cifar10_jpeg_q75_25k.npz")
    return (d["x_test"][:n].astype(np.int16) - 128).astype(np.int8)


def main(boards: list[str]) -> int:
    rows = []
    for name in ("kws_ref_model", "pretrainedResnet_quant"):
        g = dt.import_tflite(SHARED / "models" / "mlperf_tiny" / f"{name}.tflite")
        for board in boards:
            print(f"{name} on {board} ...", flush=True)
            r = verify(g, inputs(name, 5), board=board, build_dir=ROOT / "build" / "bench" / f"{name}-{board}")
            m = r.report
            rows.append({"model": name, "board": board, "cpu": m["cpu"], "bit_exact": r.ok,
                         "macs": m["macs"]["dense"],
                         "instructions": m["instructions_per_inference_mean"],
                         "est_m4_cycles": m["estimated_m4_cycles_per_inference"],
                         "flash": m["flash"]["total"], "weights": m["flash"]["weights"],
                         "ram": m["ram"]["total"], "arena": m["ram"]["arena"],
                         "stack": m["ram"]["stack_high_water"]})
    out = ROOT / "build" / "bench" / "boards.json"
    out.write_text(json.dumps(rows, indent=1))
    print("\n| model | board (cpu) | bit-exact | MACs | instructions/inf | est. M4 cycles/inf | flash B (weights) | RAM B (arena, stack) |")
    print("|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['model']} | {r['board']} ({r['cpu']}) | {'yes' if r['bit_exact'] else 'NO'} | {r['macs']:,} | "
              f"{r['instructions']:,.0f} | {r['est_m4_cycles']:,.0f} | {r['flash']:,} ({r['weights']:,}) | "
              f"{r['ram']:,} ({r['arena']:,}, {r['stack']:,}) |")
    print(f"\nwritten {out}")
    return 0 if all(r["bit_exact"] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["mps2-an386", "mps3-an547"]))
