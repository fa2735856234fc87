# SPDX-License-Identifier: Apache-2.0
"""Re-measure board instructions of the graphs an example study saved (build/examples/<name>/
*.graph.npz), with the kernels of the day: every graph runs on the same inputs through `verify`
(bit-exact against the reference) on an emulated board.

    .venv/bin/python scripts/wta_remeasure.py build/examples/mnist [--board mps2-an386] [--n 8]

Inputs: board_inputs.npz of the study folder (the study's first test samples); for a folder
without it, --mnist takes the first MNIST test images. Writes remeasured.json in the folder."""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import numpy as np


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--board", default="mps2-an386")
    ap.add_argument("--n", type=int, default=8)
    ap.add_argument("--mnist", action="store_true", help="inputs: the first MNIST test images")
    ap.add_argument("--only", nargs="*", help="variant names (default: every saved graph)")
    a = ap.parse_args()
    from dasnet_tiny import evaluate
    from dasnet_tiny.ir import load_graph

    folder = Path(a.folder)
    if (folder / "board_inputs.npz").exists():
        d = np.load(folder / "board_inputs.npz")
        x, y = d["x"][:a.n], d["y"][:a.n]
    elif a.mnist:
        shared = Path(os.environ.get("DASNET_SHARED", Path(__file__).resolve().parents[2] / "shared"))
        d = np.load(shared / "data" / "mnist.npz")
        x = (d["x_test"][:a.n].astype(np.float32) / 255)[..., None]
        y = d["y_test"][:a.n]
    else:
        print(f"{folder}: no board_inputs.npz (use --mnist for the MNIST study)", file=sys.stderr)
        return 2
    rows = {}
    for p in sorted(folder.glob("*.graph.npz")):
        name = p.name[:-len(".graph.npz")]
        if a.only and name not in a.only:
            continue
        g = load_graph(p)
        t = time.time()
        r = evaluate.board_accuracy(g, x, y, board=a.board, build_dir=str(folder / "remeasure" / name))
        rows[name] = {"instructions": r["instructions_mean"], "bit_exact": r["bit_exact"],
                      "accuracy_on_n": r["accuracy"], "n": r["n"]}
        print(f"{name:<16} {r['instructions_mean'] or 0:>12,.0f} instructions  bit-exact {r['bit_exact']}  "
              f"({time.time() - t:.0f} s)", flush=True)
    base = rows.get("dense", {}).get("instructions")
    if base:
        for name, r in rows.items():
            if r["instructions"]:
                r["instr_x"] = base / r["instructions"]
                print(f"{name:<16} {r['instr_x']:.2f}x fewer than dense")
    (folder / "remeasured.json").write_text(json.dumps({"board": a.board, "rows": rows}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
