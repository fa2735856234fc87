#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Fuzz report: run N seeded mutants of the shared MLPerf Tiny models (tests/fuzz_mutants.py) in
forked workers and print the counts refused / ran / traceback / hang / crash and the top refusal
reasons. Usage: .venv/bin/python scripts/fuzz_report.py [-n 10000] [--start 0] [--workers 2]
[--timeout 20] [--top 25]. Exit code 1 when any case is a traceback, hang or crash."""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import fuzz_mutants as F  # noqa: E402


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    p.add_argument("-n", type=int, default=10_000, help="number of mutants (default 10000)")
    p.add_argument("--start", type=int, default=0, help="first seed")
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--timeout", type=float, default=20.0, help="seconds per case before it is a hang")
    p.add_argument("--top", type=int, default=25, help="refusal reasons to list")
    a = p.parse_args()
    if not F.model_paths():
        print(f"shared MLPerf Tiny models not found under {F.SHARED}; set DASNET_SHARED", file=sys.stderr)
        return 2
    bases = F.load_bases()
    t0 = time.monotonic()
    step = max(1, a.n // 100)

    def progress(results):
        if len(results) % step == 0 or len(results) == a.n:
            c, _ = F.summarize(results)
            print(f"\r{len(results)}/{a.n}  " + "  ".join(f"{k} {c[k]}" for k in F.STATUSES)
                  + f"  {time.monotonic() - t0:.0f} s", end="", file=sys.stderr, flush=True)

    results = F.run_cases(range(a.start, a.start + a.n), bases, workers=a.workers, timeout=a.timeout,
                          progress=progress)
    print(file=sys.stderr)
    counts, reasons = F.summarize(results)
    print(f"{a.n} mutants (seeds {a.start}..{a.start + a.n - 1}) of {len(bases)} bases in "
          f"{time.monotonic() - t0:.0f} s")
    for k in F.STATUSES:
        print(f"  {k:10s} {counts[k]}")
    safety = sum(1 for r in results if r.status == "refused" and "unexpected" in r.detail)
    print(f"  (refused by the importer's catch-all, not a named check: {safety})")
    kinds = {}
    for r in results:
        kind = "graph file" if r.what.split(": ", 1)[0].endswith(".graph") else \
            ("tflite bytes" if ": bytes" in r.what else "tflite structural")
        kinds.setdefault(kind, {}).setdefault(r.status, 0)
        kinds[kind][r.status] += 1
    for kind, c in sorted(kinds.items()):
        print(f"  {kind:18s} " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
    print(f"top {a.top} refusal reasons:")
    for reason, n in reasons.most_common(a.top):
        print(f"  {n:6d}  {reason}")
    bad = [r for r in results if r.status not in ("refused", "ran")]
    if bad:
        print("failures:")
        for r in bad[:50]:
            print(f"  seed {r.seed} [{r.status}] {r.what}: {r.detail}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
