# SPDX-License-Identifier: Apache-2.0
"""Small Keras models that together cover the supported op space (for tests against TFLite Micro)."""
from __future__ import annotations

import keras
from keras import layers as K


def _m(shape, body):
    inp = keras.Input(shape, batch_size=1)
    return keras.Model(inp, body(inp))


def conv(k, s, pad, act, cin=3, cout=5, dil=1, shape=(9, 11)):
    return _m((*shape, cin), lambda x: K.Conv2D(cout, k, strides=s, padding=pad, activation=act,
                                                 dilation_rate=dil)(x))


def depthwise(k, s, pad, mult, act="relu", c=5):
    return _m((10, 10, c), lambda x: K.DepthwiseConv2D(k, strides=s, padding=pad, depth_multiplier=mult,
                                                        activation=act)(x))


def resnet_block():
    def body(x):
        h = K.Conv2D(8, 3, padding="same", activation="relu")(x)
        y = K.Conv2D(8, 3, padding="same")(h)
        h = K.Activation("relu")(K.Add()([h, y]))
        h = K.AveragePooling2D(2)(h)
        h = K.Flatten()(h)
        return K.Dense(10, activation="softmax")(K.Dense(12, activation="relu")(h))
    return _m((8, 8, 3), body)


def pools():
    def body(x):
        h = K.Conv2D(6, 3, padding="same", activation="relu")(x)
        h = K.MaxPooling2D(2)(h)
        h = K.AveragePooling2D(3, strides=2, padding="same")(h)
        h = K.MaxPooling2D(3, strides=1, padding="same")(h)
        return K.AveragePooling2D(2, padding="valid")(h)
    return _m((15, 13, 3), body)


def squeeze_excite():
    """MEAN, FC on a vector, MUL with broadcasting, ADD with broadcasting."""
    def body(x):
        h = K.Conv2D(7, 3, padding="same", activation="relu")(x)
        s = K.GlobalAveragePooling2D()(h)
        s = K.Dense(7, activation="sigmoid" if False else "relu")(s)
        s = K.Reshape((1, 1, 7))(s)
        h = K.Multiply()([h, s])
        h = K.Add()([h, s])
        return K.GlobalAveragePooling2D(keepdims=True)(h)
    return _m((6, 6, 3), body)


def concat_pad():
    def body(x):
        h = K.ZeroPadding2D(((1, 2), (0, 1)))(x)
        a = K.Conv2D(4, 1, activation="relu")(h)
        b = K.Conv2D(3, 3, padding="same", activation="relu")(h)
        h = K.Concatenate(axis=-1)([a, b])
        return K.Conv2D(5, 3, strides=2)(h)
    return _m((7, 7, 2), body)


def mlp(use_bias=True):
    def body(x):
        h = K.Flatten()(x)
        h = K.Dense(33, activation="relu", use_bias=use_bias)(h)
        h = K.Dense(17, activation="relu6")(h)
        return K.Softmax()(K.Dense(6)(h))
    return _m((5, 4, 3), body)


def dscnn_like():
    def body(x):
        h = K.Conv2D(12, (5, 3), strides=2, padding="same", activation="relu")(x)
        h = K.DepthwiseConv2D(3, padding="same", activation="relu")(h)
        h = K.Conv2D(12, 1, activation="relu")(h)
        h = K.AveragePooling2D(pool_size=(h.shape[1], h.shape[2]))(h)
        h = K.Flatten()(h)
        return K.Dense(4, activation="softmax")(h)
    return _m((13, 7, 1), body)


def all_models():
    """(name, builder, per_channel) for every case."""
    cases = []
    acts = ["relu", "relu6", None]
    i = 0
    for k in (1, 3, 5):
        for s in (1, 2):
            for pad in ("same", "valid"):
                cases.append((f"conv_k{k}_s{s}_{pad}", lambda k=k, s=s, pad=pad, a=acts[i % 3]: conv(k, s, pad, a), True))
                i += 1
    cases.append(("conv_dilation2", lambda: conv(3, 1, "same", "relu", dil=2), True))
    cases.append(("conv_per_tensor", lambda: conv(3, 2, "same", "relu", cin=6, cout=7), False))
    for mult in (1, 2):
        for s, pad in ((1, "same"), (2, "valid")):
            cases.append((f"dw_m{mult}_s{s}_{pad}", lambda s=s, pad=pad, mult=mult: depthwise(3, s, pad, mult), True))
    cases += [
        ("resnet_block", resnet_block, True),
        ("pools", pools, True),
        ("squeeze_excite", squeeze_excite, True),
        ("concat_pad", concat_pad, True),
        ("mlp", mlp, True),
        ("mlp_per_tensor", mlp, False),
        ("mlp_no_bias", lambda: mlp(False), True),
        ("dscnn_like", dscnn_like, True),
    ]
    return cases
