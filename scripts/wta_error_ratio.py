# SPDX-License-Identifier: Apache-2.0
"""Calibration error ratio on random WTA models: int8-vs-float RMSE of the converted WTA model
over that of its dense twin (same weights, no WTA layers, converted on its own activations).

    .venv/bin/python scripts/wta_error_ratio.py --rate 0.25 --seeds 1-10 [--no-bias-correction]

Per seed: the end-to-end ratio, the ratio with the float model forced to the int8 winners
(quantization error proper), the ratio over the samples without a winner flip, and the flip
rate of each WTA layer (tests/wta_random_models.py models; 96 uniform calibration inputs, --n-test
uniform test inputs)."""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))


def seeds(text: str) -> list[int]:
    out = []
    for part in text.split(","):
        a, _, b = part.partition("-")
        out += list(range(int(a), int(b) + 1)) if b else [int(a)]
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rate", type=float, default=0.25)
    ap.add_argument("--seeds", type=seeds, default=seeds("1-10"))
    ap.add_argument("--n-cal", type=int, default=96)
    ap.add_argument("--n-test", type=int, default=200)
    ap.add_argument("--no-bias-correction", action="store_true")
    a = ap.parse_args()
    import dasnet_tiny as dt
    from dasnet_tiny import calibrate, evaluate
    from wta_random_models import data, dense_twin, random_wta_model

    if a.no_bias_correction:
        calibrate.convert_wta_calibrated.__defaults__ = (False,)
    e2e, same = [], []
    for seed in a.seeds:
        t = time.time()
        m = random_wta_model(seed, a.rate)
        d = dense_twin(m)
        cal, xt = data(m, a.n_cal, 1), data(m, a.n_test, 2)
        g, gd = dt.convert(m, cal), dt.convert(d, cal)
        e = evaluate.wta_error_breakdown(g, m, xt)
        ed = evaluate.int8_float_error(gd, d, xt)["rmse"]
        e2e.append(e["rmse"] / ed)
        same.append(e["rmse_same_winners"] / ed)
        print(f"seed {seed}: end to end {e2e[-1]:.2f}, same winners {same[-1]:.2f}, "
              f"no-flip samples {e['rmse_no_flip'] / ed:.2f}, flip rate per layer "
              f"{np.round(e['flip_rate'], 3).tolist()} ({time.time() - t:.0f} s)", flush=True)
    print(f"rate {a.rate}, bias correction {not a.no_bias_correction}: end to end "
          f"{min(e2e):.2f}-{max(e2e):.2f} (median {np.median(e2e):.2f}, <= 2 on "
          f"{sum(r <= 2 for r in e2e)}/{len(e2e)}), same winners {min(same):.2f}-{max(same):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
