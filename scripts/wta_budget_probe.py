# SPDX-License-Identifier: Apache-2.0
"""Does the WTA recipe's accuracy depend on the fine-tuning budget? KWS DS-CNN: dense model, then
WTA after the depthwise ReLUs fine-tuned for each of --ft epochs (float and int8 accuracy).

    .venv/bin/python scripts/wta_budget_probe.py --ft 6 18 [--rate 0.5]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "examples"))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ft", type=int, nargs="+", default=[6, 18])
    ap.add_argument("--rate", type=float, default=0.5)
    ap.add_argument("--epochs", type=int, default=10)
    a = ap.parse_args()
    import kws_wta
    import wta_study
    import dasnet_tiny as dt
    from dasnet_tiny import evaluate, train

    d = np.load(wta_study.SHARED / "data" / "speech_commands_v2_mfcc49x10.npz")
    mu, sd = d["x_train"].mean(axis=(0, 1)), d["x_train"].std(axis=(0, 1))
    xtr = ((d["x_train"] - mu) / sd).astype(np.float32)[..., None]
    xte = ((d["x_test"] - mu) / sd).astype(np.float32)[..., None]
    order = np.random.default_rng(0).permutation(len(xtr))
    xtr, ytr, yte = xtr[order], d["y_train"][order], d["y_test"]
    t = time.time()
    dense = kws_wta.build_dense()
    train.train_dense(dense, xtr, ytr, epochs=a.epochs, batch_size=32)
    print(f"dense {a.epochs} epochs: {evaluate.float_accuracy(dense, xte, yte):.4f} float ({time.time() - t:.0f} s)", flush=True)
    rates = {f"dw{i}_relu": a.rate for i in range(1, 5)}
    for ft in a.ft:
        t = time.time()
        w = train.insert_wta(dense, rates)
        train.finetune(w, xtr, ytr, teacher=dense, epochs=ft, batch_size=32)
        g = dt.convert(train.with_batch_size(w, 1), xtr[:300])
        print(f"WTA {a.rate} after the depthwise ReLUs, {ft} epochs: {evaluate.float_accuracy(w, xte, yte):.4f} float, "
              f"{evaluate.int8_accuracy(g, xte, yte):.4f} int8 ({time.time() - t:.0f} s)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
