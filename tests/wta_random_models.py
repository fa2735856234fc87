# SPDX-License-Identifier: Apache-2.0
"""Random small Keras models with WTA layers (channel WTA after convolutions, dense WTA after a
hidden fully connected layer) and their dense twins (the same weights, no WTA layers)."""
from __future__ import annotations

import numpy as np


def random_wta_model(seed: int, rate: float):
    import keras
    from keras import layers as K

    from dasnet_tiny.layers import WTAChannel, WTADense

    keras.utils.set_random_seed(seed)
    r = np.random.default_rng(seed)
    h = int(r.integers(8, 15))
    inp = keras.Input((h, h, int(r.integers(1, 4))), batch_size=1)
    x = inp
    for i in range(int(r.integers(2, 4))):
        kind = r.choice(["conv", "conv", "dw"]) if i else "conv"
        if kind == "conv":
            x = K.Conv2D(int(r.choice([8, 12, 16])), 3, padding="same", activation="relu",
                         strides=int(r.choice([1, 2])) if x.shape[1] >= 8 else 1)(x)
        else:
            x = K.DepthwiseConv2D(3, padding="same", activation="relu")(x)
        x = WTAChannel(rate)(x)
    if r.random() < 0.5:
        x = K.GlobalAveragePooling2D()(x)
    else:
        x = K.MaxPooling2D()(x)
        x = K.Flatten()(x)
    x = K.Dense(int(r.choice([16, 24, 32])), activation="relu")(x)
    x = WTADense(rate)(x)
    out = K.Dense(int(r.integers(4, 11)))(x)
    return keras.Model(inp, out)


def dense_twin(model):
    """The same model without its WTA layers (identities), same weights."""
    import keras

    from dasnet_tiny.converter import _dense_twin
    from dasnet_tiny.layers import is_wta_layer

    twin, _ = _dense_twin(model, keras, is_wta_layer)
    return twin


def data(model, n: int, seed: int) -> np.ndarray:
    shape = tuple(model.inputs[0].shape[1:])
    return np.random.default_rng(seed).random((n, *shape)).astype(np.float32)
