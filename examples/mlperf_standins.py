# SPDX-License-Identifier: Apache-2.0
"""Stand-ins for the two MLPerf Tiny models that are not in shared/: the same layer structure with
random weights, full-int8 converted (the kernels' shapes, strides and channel counts are what
matter for bit-exactness and instruction counts).

- VWW: MobileNetV1 alpha 0.25 at 96x96x3 (conv 3x3/2, 13 depthwise-separable blocks, average
  pool, FC 2, softmax), as vww_96_int8.tflite.
- AD: the FC autoencoder of ad01_int8.tflite: 640 -> 128 -> 128 -> 128 -> 128 -> 8 -> 128 -> 128
  -> 128 -> 128 -> 640 (batch norm folded, ReLU).

Usage: python examples/mlperf_standins.py OUT_DIR  (writes vww_standin.tflite, ad_standin.tflite,
ad_standin_per_tensor.tflite)
"""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np


def vww_model():
    import keras
    from keras import layers as K

    inp = keras.Input((96, 96, 3), batch_size=1)
    h = K.ReLU(6.0)(K.Conv2D(8, 3, strides=2, padding="same", use_bias=True)(inp))
    for filters, stride in ((16, 1), (32, 2), (32, 1), (64, 2), (64, 1), (128, 2), (128, 1), (128, 1),
                            (128, 1), (128, 1), (128, 1), (256, 2), (256, 1)):
        h = K.ReLU(6.0)(K.DepthwiseConv2D(3, strides=stride, padding="same")(h))
        h = K.ReLU(6.0)(K.Conv2D(filters, 1, padding="same")(h))
    h = K.AveragePooling2D(3)(h)
    h = K.Flatten()(h)
    fc = K.Dense(2)
    model = keras.Model(inp, K.Softmax()(fc(h)), name="vww_standin")
    # untrained logits are tiny; give the softmax input a trained model's range (TFLite Micro
    # needs beta * input scale * 2^26 > 1)
    w, b = fc.get_weights()
    fc.set_weights([w * 200.0, b + np.array([4.0, -4.0], np.float32)])
    return model


def ad_model():
    import keras
    from keras import layers as K

    inp = keras.Input((640,), batch_size=1)
    h = inp
    for units in (128, 128, 128, 128, 8, 128, 128, 128, 128):
        h = K.Dense(units, activation="relu")(h)
    return keras.Model(inp, K.Dense(640)(h), name="ad_standin")


def main(out: Path) -> None:
    from dasnet_tiny.converter import int8_tflite

    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(0)
    for name, build, shape, per_channel in (("vww_standin", vww_model, (96, 96, 3), True),
                                            ("ad_standin", ad_model, (640,), True),
                                            ("ad_standin_per_tensor", ad_model, (640,), False)):
        m = build()
        calib = rng.uniform(0.0, 1.0, size=(16, *shape)).astype(np.float32)
        (out / f"{name}.tflite").write_bytes(int8_tflite(m, calib, per_channel))
        print(f"wrote {out / (name + '.tflite')}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "build/standins"))
