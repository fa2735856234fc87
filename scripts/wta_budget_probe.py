# SPDX-License-Identifier: Apache-2.0
"""Does the recipe's accuracy depend on the fine-tuning budget?

KWS DS-CNN (default): dense model, then WTA after the depthwise ReLUs fine-tuned for each of --ft
epochs (float and int8 accuracy). MNIST (--mnist): dense 4 epochs, then static pruning to the WTA k
and static pruning 75% + WTA at the same k, each fine-tuned --ft epochs; int8 accuracy on 2000
test images and board instructions (8 inferences on mps2-an386).

    .venv/bin/python scripts/wta_budget_probe.py --ft 6 18 [--rate 0.5]
    .venv/bin/python scripts/wta_budget_probe.py --mnist --ft 8 [--keep 0.75] [--no-static]
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
    ap.add_argument("--mnist", action="store_true")
    ap.add_argument("--keep", type=float, default=0.75, help="MNIST: static pruning fraction before WTA")
    ap.add_argument("--no-static", action="store_true", help="MNIST: skip the static-pruning-only model")
    a = ap.parse_args()
    if a.mnist:
        return mnist(a)
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


def mnist(a) -> int:
    import mnist_wta
    import wta_study
    import dasnet_tiny as dt
    from dasnet_tiny import evaluate, prune, train

    d = np.load(wta_study.SHARED / "data" / "mnist.npz")
    xtr = (d["x_train"][:12000].astype(np.float32) / 255)[..., None]
    xte = (d["x_test"][:2000].astype(np.float32) / 255)[..., None]
    ytr, yte = d["y_train"][:12000], d["y_test"][:2000]
    t = time.time()
    dense = mnist_wta.build_dense()
    train.train_dense(dense, xtr, ytr, epochs=4)
    rates = {"conv1": a.rate, "conv2": a.rate, "conv3": a.rate}

    def report(name, model):
        g = dt.convert(train.with_batch_size(model, 1), xtr[:300])
        b = evaluate.board_accuracy(g, xte[:8], yte[:8], board="mps2-an386", build_dir=f"build/budget_probe/{name}")
        print(f"{name}: {evaluate.float_accuracy(model, xte, yte):.4f} float, {evaluate.int8_accuracy(g, xte, yte):.4f} "
              f"int8, {b['instructions_mean']:,.0f} instructions, bit-exact {b['bit_exact']} ({time.time() - t:.0f} s)",
              flush=True)

    report("dense", dense)
    for ft in a.ft:
        if not a.no_static:
            st = prune.static_prune(dense, rates, xtr[:1000])
            train.finetune(st, xtr, ytr, teacher=dense, epochs=ft)
            report(f"static_{ft}ep", st)
        base = prune.static_prune(dense, {n: a.keep for n in rates}, xtr[:1000])
        comb = train.insert_wta(base, {n: min(1.0, r / a.keep) for n, r in rates.items()})
        train.finetune(comb, xtr, ytr, teacher=dense, epochs=ft)
        report(f"static{a.keep:g}_wta_{ft}ep", comb)
    return 0


if __name__ == "__main__":
    sys.exit(main())
