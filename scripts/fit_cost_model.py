#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Refit the per-layer cost model (dasnet_tiny/data/cost_model.json, used by `dasnet-tiny search`
to predict board instructions) on the kernels of the day (a benchmark command, not a test).

    .venv/bin/python scripts/fit_cost_model.py [--board mps2-an386] [--out PATH]

Runs the sparse-scaling graphs of scripts/sparse_scaling.py (conv 1x1, conv 3x3, depthwise, FC
after a flatten, FC after a WTA_DENSE; each dense and reading k of C winners at k/C 0.25, 0.5 and
0.75) through `verify` on the board (every output byte checked), then fits instructions = a * MACs
+ b * output elements per layer kind and mode (dasnet_tiny.search.fit_cost_model).
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]

from sparse_scaling import KINDS, build  # noqa: E402

from dasnet_tiny.search import COST_FILE, fit_cost_model  # noqa: E402
from dasnet_tiny.verify import verify  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--board", default="mps2-an386")
    ap.add_argument("--out", default=str(COST_FILE), help=f"default {COST_FILE}")
    ap.add_argument("--build-dir", default="build/fit_cost_model")
    a = ap.parse_args(argv)
    reports = []
    for i, kind in enumerate(KINDS, 1):
        print(f"[{i}/{len(KINDS)}] {kind} on {a.board} ...", flush=True)
        g, _ = build(kind, [0.25, 0.5, 0.75])
        xs = np.random.default_rng(1).integers(-128, 128, (2, *g.input_tensors[0].shape[1:])).astype(np.int8)
        r = verify(g, xs, board=a.board, build_dir=Path(a.build_dir) / kind, timeout=900)
        if not r.ok:
            print(f"{kind}: the board's outputs differ from the reference; not fitted", file=sys.stderr)
            return 1
        reports.append((g, r.report))
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                            text=True).stdout.strip() or "unknown"
    cm = fit_cost_model(reports, a.out, note=f"{a.board}, scripts/fit_cost_model.py graphs, commit {commit}")
    for kind in ("conv", "depthwise", "dense"):
        print(f"  {kind:<10s} " + ", ".join(f"{k} {v}" for k, v in cm.get(kind, {}).items()))
    print(f"  wta_select {cm.get('wta_select')} per scored element, other {cm.get('other')} per output")
    print(f"written {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
