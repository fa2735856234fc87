#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Benchmark (not a test): start-up of the command line. `dasnet-tiny --help` and `inspect` /
`generate` of a .tflite never load TensorFlow; goals: --help under 1 s, generate of KWS under 2 s
(on an idle machine). Usage: .venv/bin/python scripts/bench_startup.py [RUNS]"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SHARED = Path(os.environ.get("DASNET_SHARED", "../shared"))
KWS = SHARED / "models" / "mlperf_tiny" / "kws_ref_model.tflite"


def timed(args: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "dasnet_tiny", *args], check=True, capture_output=True)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main(runs: int) -> int:
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores (figures assume an idle machine)")
    print(f"--help            {timed(['--help'], runs):.2f} s (goal < 1 s)")
    if KWS.exists():
        print(f"inspect KWS       {timed(['inspect', str(KWS)], runs):.2f} s")
        with tempfile.TemporaryDirectory() as tmp:
            times = [timed(['generate', str(KWS), '-o', str(Path(tmp) / f'g{i}')], 1) for i in range(runs)]
        print(f"generate KWS      {statistics.median(times):.2f} s (goal < 2 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 3))
