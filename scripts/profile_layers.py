#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Instructions per layer and per layer kind (instructions / MAC) of a model on emulated boards.

    .venv/bin/python scripts/profile_layers.py MODEL.tflite INPUTS.npy [--boards mps2-an386,...]
        [--json out.json]

Runs `verify` (every output byte against the reference) on each board and prints, per board,
the instructions per inference, every layer's instructions and instructions per MAC, and the
totals per layer kind. A quick way to see where the kernel variants of a core spend their time.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np


def profile(model: str, inputs: np.ndarray, board: str, build_dir: Path) -> dict:
    import dasnet_tiny as dt
    from dasnet_tiny.verify import verify

    g = dt.import_tflite(model)
    r = verify(g, inputs, board=board, build_dir=build_dir)
    rep = r.report
    layers = [dict(index=l["index"], type=l["type"], macs=l["macs_after_skipping"] or 0,
                   instructions=l["instructions_mean"]) for l in rep["per_layer"]]
    kinds: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])
    for l in layers:
        kinds[l["type"]][0] += l["macs"]
        kinds[l["type"]][1] += l["instructions"]
    return dict(board=board, bit_exact=bool(r.ok), instructions=rep["instructions_per_inference_mean"],
                macs=rep["macs"]["dense"], layers=layers,
                kinds={k: dict(macs=m, instructions=i) for k, (m, i) in kinds.items()})


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("model")
    ap.add_argument("inputs", help=".npy of int8 samples [N, *input shape]")
    ap.add_argument("--boards", default="mps2-an386")
    ap.add_argument("--build-dir", default="build/profile")
    ap.add_argument("--json")
    a = ap.parse_args(argv)
    xs = np.load(a.inputs)
    out = []
    for board in a.boards.split(","):
        p = profile(a.model, xs, board, Path(a.build_dir) / board)
        out.append(p)
        print(f"{board}: {p['instructions']:,.0f} instructions per inference, {p['macs']:,} MACs, "
              f"bit-exact {p['bit_exact']}")
        for l in p["layers"]:
            per = f"{l['instructions'] / l['macs']:6.2f}/MAC" if l["macs"] else ""
            print(f"  {l['index']:3d} {l['type']:<20s} {l['instructions']:>12,.0f} {per}")
        for k, v in sorted(p["kinds"].items(), key=lambda kv: -kv[1]["instructions"]):
            per = f"{v['instructions'] / v['macs']:.2f}/MAC" if v["macs"] else ""
            print(f"  = {k:<20s} {v['instructions']:>12,.0f} {per}")
    if a.json:
        Path(a.json).write_text(json.dumps(out, indent=1))
    return 0 if all(p["bit_exact"] for p in out) else 1


if __name__ == "__main__":
    sys.exit(main())
