# SPDX-License-Identifier: Apache-2.0
"""Small Keras models with WTA layers, for the demo and the tests.

Every model has a fixed batch size of 1 (``keras.Input(shape, batch_size=1)``),
which is what a microcontroller runs and what makes ``Flatten`` convert to a
single RESHAPE in TFLite.

* :func:`digits_cnn` -- 8x8x1 inputs (``sklearn.datasets.load_digits``), Sequential.
* :func:`mnist_cnn` -- 28x28x1 inputs (MNIST-like), functional, with a
  depthwise convolution that consumes a WTAChannel output.
* :func:`dense_twin` -- the same model with the WTA layers replaced by
  ``keras.layers.Identity`` (same names), used for int8 conversion: the WTA
  layers are not converted, the converter exports their inputs as extra outputs.
"""

from __future__ import annotations

import keras

from dasnet_tiny.layers import WTAChannel, WTADense, is_wta_layer

__all__ = ["digits_cnn", "mnist_cnn", "dense_twin"]


def digits_cnn(wta_rate: float = 0.5, num_classes: int = 10, seed: int | None = None,
               batch_size: int | None = 1):
    """CNN for 8x8x1 digit images, as a ``keras.Sequential``.

    Conv(16, 3, relu, same) -> WTAChannel -> Conv(32, 3, relu, same) ->
    WTAChannel -> MaxPool(2) -> Flatten -> Dense(64, relu) -> WTADense ->
    Dense(num_classes) -> Softmax. ``wta_rate`` is the target rate of all
    three WTA layers; ``seed`` makes the initial weights reproducible.
    ``batch_size=None`` gives a copy for fast batched training; convert the
    batch-1 model (copy the weights over with ``set_weights``).
    """
    def init(i):
        return keras.initializers.GlorotUniform(seed=seed + i) if seed is not None else "glorot_uniform"

    return keras.Sequential(
        [
            keras.Input(shape=(8, 8, 1), batch_size=batch_size, name="image"),
            keras.layers.Conv2D(16, 3, padding="same", activation="relu",
                                kernel_initializer=init(0), name="conv1"),
            WTAChannel(wta_rate, name="wta1"),
            keras.layers.Conv2D(32, 3, padding="same", activation="relu",
                                kernel_initializer=init(1), name="conv2"),
            WTAChannel(wta_rate, name="wta2"),
            keras.layers.MaxPooling2D(2, name="pool"),
            keras.layers.Flatten(name="flatten"),
            keras.layers.Dense(64, activation="relu", kernel_initializer=init(2), name="fc1"),
            WTADense(wta_rate, name="wta3"),
            keras.layers.Dense(num_classes, kernel_initializer=init(3), name="logits"),
            keras.layers.Softmax(name="softmax"),
        ],
        name="digits_cnn",
    )


def mnist_cnn(wta_rate: float = 0.5, num_classes: int = 10, seed: int | None = None):
    """CNN for 28x28x1 images, as a functional ``keras.Model``.

    Conv(16, 3, relu, same) -> MaxPool(2) -> WTAChannel -> DepthwiseConv(3,
    relu, same) -> Conv(32, 1, relu) -> WTAChannel -> MaxPool(2) -> Flatten ->
    Dense(64, relu) -> WTADense -> Dense(num_classes) -> Softmax.
    The depthwise convolution consumes a WTAChannel output, so it can skip the
    losing channels entirely; the 1x1 convolution skips their input columns.
    """
    def init(i):
        return keras.initializers.GlorotUniform(seed=seed + i) if seed is not None else "glorot_uniform"

    inputs = keras.Input(shape=(28, 28, 1), batch_size=1, name="image")
    x = keras.layers.Conv2D(16, 3, padding="same", activation="relu",
                            kernel_initializer=init(0), name="conv1")(inputs)
    x = keras.layers.MaxPooling2D(2, name="pool1")(x)
    x = WTAChannel(wta_rate, name="wta1")(x)
    x = keras.layers.DepthwiseConv2D(3, padding="same", activation="relu",
                                     depthwise_initializer=init(1), name="dwconv")(x)
    x = keras.layers.Conv2D(32, 1, activation="relu", kernel_initializer=init(2),
                            name="pwconv")(x)
    x = WTAChannel(wta_rate, name="wta2")(x)
    x = keras.layers.MaxPooling2D(2, name="pool2")(x)
    x = keras.layers.Flatten(name="flatten")(x)
    x = keras.layers.Dense(64, activation="relu", kernel_initializer=init(3), name="fc1")(x)
    x = WTADense(wta_rate, name="wta3")(x)
    x = keras.layers.Dense(num_classes, kernel_initializer=init(4), name="logits")(x)
    outputs = keras.layers.Softmax(name="softmax")(x)
    return keras.Model(inputs, outputs, name="mnist_cnn")


def dense_twin(model, share_weights: bool = False):
    """The same architecture with every WTA layer replaced by an identity.

    Works for Sequential and functional models (``keras.models.clone_model``).
    Each WTA layer becomes a ``keras.layers.Identity`` with the SAME name, so the
    converter can find it (and export its input as an extra output) by name.
    Every other layer is rebuilt from its config and gets a copy of the weights
    of the original; with ``share_weights=True`` the original layer objects are
    reused instead (the twin then follows any later training of ``model``).

    The twin computes what ``model`` computes with all WTA rates at 1.0.
    Nested models are cloned recursively.
    """

    def clone(layer):
        if is_wta_layer(layer):
            return keras.layers.Identity(name=layer.name)
        if isinstance(layer, keras.Model):
            return dense_twin(layer, share_weights=share_weights)
        if share_weights:
            return layer
        return layer.__class__.from_config(layer.get_config())

    twin = keras.models.clone_model(model, clone_function=clone)
    twin.name = f"{model.name}_dense_twin"
    if not share_weights:
        for layer in model.layers:
            if is_wta_layer(layer) or isinstance(layer, keras.Model):
                continue
            if layer.weights:
                twin.get_layer(layer.name).set_weights(layer.get_weights())
    return twin
