# SPDX-License-Identifier: Apache-2.0
"""CIFAR-10 (JPEG q75 copy) small CNN: dense vs static channel pruning vs WTA vs WTA + pruning vs
searched rates.

    .venv/bin/python examples/cifar_wta.py [--train 10000] [--rate 0.5]

A plain (chain) ResNet-8-sized CNN: the pruning helpers handle chain models only, so the residual
connections of ResNet-8 are left out. Training subset: 10000 images (about 12 minutes on 2 cores)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import wta_study  # noqa: E402


def build_dense():
    import keras
    L = keras.layers
    inp = keras.Input((32, 32, 3), name="image")
    x = L.Conv2D(16, 3, padding="same", activation="relu", name="conv1")(inp)
    x = L.Conv2D(32, 3, strides=2, padding="same", activation="relu", name="conv2")(x)
    x = L.Conv2D(32, 3, padding="same", activation="relu", name="conv3")(x)
    x = L.Conv2D(64, 3, strides=2, padding="same", activation="relu", name="conv4")(x)
    x = L.Conv2D(64, 3, padding="same", activation="relu", name="conv5")(x)
    x = L.GlobalAveragePooling2D(name="gap")(x)
    return keras.Model(inp, L.Dense(10, name="logits")(x), name="cifar_cnn")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", type=int, default=10000)
    ap.add_argument("--test", type=int, default=2000)
    ap.add_argument("--rate", type=float, default=0.5)
    ap.add_argument("--board", default="mps2-an386")
    ap.add_argument("--epochs", type=int, default=6)
    ap.add_argument("--out", default="build/examples")
    a = ap.parse_args()
    p = wta_study.SHARED / "data" / "cifar10_jpeg_q75_25k.npz"
    if not p.exists():
        sys.exit(f"{p} not found: set DASNET_SHARED to the shared data folder")
    d = np.load(p)
    rng = np.random.default_rng(0)  # the file is sorted by class: take random subsets
    tr = rng.permutation(len(d["x_train"]))[:a.train]
    te = rng.permutation(len(d["x_test"]))[:a.test]
    xtr, ytr = d["x_train"][tr].astype(np.float32) / 255, d["y_train"][tr].reshape(-1)
    xte, yte = d["x_test"][te].astype(np.float32) / 255, d["y_test"][te].reshape(-1)
    rates = {n: a.rate for n in ("conv1", "conv2", "conv3", "conv4")}
    wta_study.run("cifar", build_dense, (xtr, ytr, xte, yte), rates,
                  dense_epochs=a.epochs, ft_epochs=a.epochs, board=a.board, out=a.out)


if __name__ == "__main__":
    main()
