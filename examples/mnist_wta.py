# SPDX-License-Identifier: Apache-2.0
"""MNIST CNN: dense vs static channel pruning vs WTA vs WTA + pruning vs searched rates.

    .venv/bin/python examples/mnist_wta.py [--train 12000] [--rate 0.5] [--board mps2-an386]

Training subset: the first 12000 training images (about 8 minutes on 2 cores)."""
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
    inp = keras.Input((28, 28, 1), name="image")
    x = L.Conv2D(16, 3, padding="same", activation="relu", name="conv1")(inp)
    x = L.MaxPooling2D(name="pool1")(x)
    x = L.Conv2D(32, 3, padding="same", activation="relu", name="conv2")(x)
    x = L.MaxPooling2D(name="pool2")(x)
    x = L.Conv2D(64, 3, padding="same", activation="relu", name="conv3")(x)
    x = L.MaxPooling2D(name="pool3")(x)
    x = L.Flatten(name="flatten")(x)
    x = L.Dense(64, activation="relu", name="fc1")(x)
    return keras.Model(inp, L.Dense(10, name="logits")(x), name="mnist_cnn")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", type=int, default=12000)
    ap.add_argument("--test", type=int, default=2000)
    ap.add_argument("--rate", type=float, default=0.5)
    ap.add_argument("--board", default="mps2-an386")
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--out", default="build/examples")
    a = ap.parse_args()
    p = wta_study.SHARED / "data" / "mnist.npz"
    if not p.exists():
        sys.exit(f"{p} not found: set DASNET_SHARED to the shared data folder")
    d = np.load(p)
    xtr = (d["x_train"][:a.train].astype(np.float32) / 255)[..., None]
    xte = (d["x_test"][:a.test].astype(np.float32) / 255)[..., None]
    wta_study.run("mnist", build_dense, (xtr, d["y_train"][:a.train], xte, d["y_test"][:a.test]),
                  {"conv1": a.rate, "conv2": a.rate, "conv3": a.rate}, dense_epochs=a.epochs,
                  ft_epochs=a.epochs, board=a.board, out=a.out)


if __name__ == "__main__":
    main()
