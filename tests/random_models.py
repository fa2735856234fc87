# SPDX-License-Identifier: Apache-2.0
"""Random small Keras CNNs/MLPs covering the supported ops in random combinations."""
from __future__ import annotations

import numpy as np


def random_model(seed: int):
    import keras
    from keras import layers as K

    r = np.random.default_rng(seed)
    h_in, w_in = int(r.integers(5, 14)), int(r.integers(5, 14))
    c_in = int(r.integers(1, 6))
    inp = keras.Input((h_in, w_in, c_in), batch_size=1)
    x = inp
    acts = ["relu", "relu6", None]
    for _ in range(int(r.integers(2, 6))):
        h, w, c = x.shape[1], x.shape[2], x.shape[3]
        kind = r.choice(["conv", "dw", "pool", "res", "concat", "pad", "se"])
        k = int(r.choice([1, 3, 5])) if min(h, w) >= 5 else 1
        s = int(r.choice([1, 2])) if min(h, w) >= 4 else 1
        pad = str(r.choice(["same", "valid"])) if min(h, w) >= k + 1 else "same"
        act = acts[int(r.integers(0, 3))]
        if kind == "conv":
            x = K.Conv2D(int(r.integers(1, 13)), k, strides=s, padding=pad, activation=act)(x)
        elif kind == "dw":
            x = K.DepthwiseConv2D(k, strides=s, padding=pad, depth_multiplier=int(r.integers(1, 3)),
                                  activation=act)(x)
        elif kind == "pool" and min(h, w) >= 2:
            P = K.MaxPooling2D if r.random() < 0.5 else K.AveragePooling2D
            x = P(int(r.choice([2, 3])) if min(h, w) >= 3 else 2, strides=s,
                  padding=str(r.choice(["same", "valid"])))(x)
        elif kind == "res":
            y = K.Conv2D(c, 3, padding="same", activation=act)(x)
            x = K.Add()([x, y]) if r.random() < 0.7 else K.Multiply()([x, y])
        elif kind == "concat":
            y = K.Conv2D(int(r.integers(1, 6)), 1, activation="relu")(x)
            x = K.Concatenate()([x, y])
        elif kind == "pad":
            x = K.ZeroPadding2D(((int(r.integers(0, 3)), int(r.integers(0, 3))),
                                 (int(r.integers(0, 3)), int(r.integers(0, 3)))))(x)
        elif kind == "se":
            sq = K.GlobalAveragePooling2D(keepdims=True)(x)
            x = K.Multiply()([x, K.Conv2D(c, 1, activation="relu")(sq)])
    if r.random() < 0.5:
        x = K.GlobalAveragePooling2D()(x)
    else:
        x = K.Flatten()(x)
    x = K.Dense(int(r.integers(2, 20)), activation=acts[int(r.integers(0, 3))])(x)
    if r.random() < 0.5:
        x = K.Softmax()(x)
    return keras.Model(inp, x)
