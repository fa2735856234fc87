# SPDX-License-Identifier: Apache-2.0
"""Keyword spotting DS-CNN (Speech Commands MFCC 49x10): dense vs static channel pruning vs WTA
vs WTA + pruning vs searched rates.

    .venv/bin/python examples/kws_wta.py [--rate 0.5] [--board mps2-an386]

Data: the 3810 training / 1080 test clips of shared/data/speech_commands_v2_mfcc49x10.npz (about
10 minutes on 2 cores). WTA goes after the depthwise ReLUs (`--points dw`, the default: the
winners thin out the pointwise convolutions, three quarters of the MACs) or after the stem and
pointwise ReLUs (`--points pw`: they thin out a depthwise and the next pointwise convolution).
Static pruning removes the same channels (a depthwise channel: the channel of the convolution
feeding the depthwise).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import wta_study  # noqa: E402


def build_dense(width=64, blocks=4):
    import keras
    L = keras.layers
    inp = keras.Input((49, 10, 1), name="mfcc")
    x = L.Conv2D(width, (10, 4), strides=2, padding="same", use_bias=False, name="conv1")(inp)
    x = L.BatchNormalization(name="bn1")(x)
    x = L.ReLU(name="relu1")(x)
    for i in range(1, blocks + 1):
        x = L.DepthwiseConv2D(3, padding="same", use_bias=False, name=f"dw{i}")(x)
        x = L.BatchNormalization(name=f"dw{i}_bn")(x)
        x = L.ReLU(name=f"dw{i}_relu")(x)
        x = L.Conv2D(width, 1, use_bias=False, name=f"pw{i}")(x)
        x = L.BatchNormalization(name=f"pw{i}_bn")(x)
        x = L.ReLU(name=f"pw{i}_relu")(x)
    x = L.GlobalAveragePooling2D(name="gap")(x)
    return keras.Model(inp, L.Dense(12, name="logits")(x), name="kws_dscnn")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rate", type=float, default=0.5)
    ap.add_argument("--points", choices=("dw", "pw"), default="dw",
                    help="WTA after the depthwise ReLUs (dw) or after the stem and pointwise ReLUs (pw)")
    ap.add_argument("--board", default="mps2-an386")
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--ft-epochs", type=int, default=8)
    ap.add_argument("--out", default="build/examples")
    a = ap.parse_args()
    p = wta_study.SHARED / "data" / "speech_commands_v2_mfcc49x10.npz"
    if not p.exists():
        sys.exit(f"{p} not found: set DASNET_SHARED to the shared data folder")
    d = np.load(p)
    mu, sd = d["x_train"].mean(axis=(0, 1)), d["x_train"].std(axis=(0, 1))  # per MFCC coefficient
    xtr = ((d["x_train"] - mu) / sd).astype(np.float32)[..., None]
    xte = ((d["x_test"] - mu) / sd).astype(np.float32)[..., None]
    rng = np.random.default_rng(0)
    order = rng.permutation(len(xtr))
    if a.points == "dw":  # thins the pointwise convolutions (about 3/4 of the MACs)
        names = [f"dw{i}_relu" for i in range(1, 5)]
    else:  # thins the depthwise and the next pointwise convolution
        names = ["relu1", "pw1_relu", "pw2_relu", "pw3_relu"]
    rates = {n: a.rate for n in names}
    wta_study.run("kws", build_dense, (xtr[order], d["y_train"][order], xte, d["y_test"]), rates,
                  dense_epochs=a.epochs, ft_epochs=a.ft_epochs, board=a.board, out=a.out, batch_size=32)


if __name__ == "__main__":
    main()
