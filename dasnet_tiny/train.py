# SPDX-License-Identifier: Apache-2.0
"""Training recipe: from a trained dense Keras model to a WTA model that keeps its accuracy.

    from dasnet_tiny import train
    wta = train.insert_wta(dense, rates=0.5)                # or {"conv2": 0.25, "fc1": 0.5}
    hist = train.finetune(wta, x, y, teacher=dense, epochs=6)   # gradual rates + distillation
    report = train.winner_diversity(wta, x_val)             # how many channels ever win
    model_b1 = train.with_batch_size(wta, 1)                # for dasnet_tiny.convert

Steps and defaults (chosen on MNIST / KWS subsets, see README):
- `insert_wta` clones the model (weights copied, the dense model is untouched) and puts a
  `WTAChannel` after every convolution-with-activation (Conv2D, DepthwiseConv2D, or a ReLU /
  Activation layer following one) and a `WTADense` after every hidden Dense with activation;
  `rates` is one rate for all, or {layer name: rate} (a WTA layer only after the named layers).
- `finetune` anneals every WTA layer from rate 1.0 to its target over the first 60% of the epochs
  (`WTARateSchedule`, cosine), then holds the target; with `teacher` the targets mix the labels
  with the dense model's predictions (distillation weight `distill`, default 0.5). Learning rate
  1e-3 with Adam, cosine-decayed.
- Winner collapse (a few channels winning for every input: static pruning paid with a run-time
  selection) is countered while training by `score_noise` (e.g. 0.3: noise on the scores so
  near-winners win sometimes and learn) and `balance` (e.g. 0.01: pulls every channel's mean
  score towards the layer mean). Both act only in training; `winner_diversity` measures the
  effect. Off by default: on the MNIST CNN (rate 0.5, 4 epochs) they make every channel contested
  (5 -> 70 distinct winner sets in the first layer) but cost about 1 point of accuracy.
The model used for training has an open batch dimension (`with_batch_size(model, None)`);
`with_batch_size(model, 1)` gives the batch-1 copy the converter needs.
"""
from __future__ import annotations

import math

import numpy as np

__all__ = ["insert_wta", "default_wta_points", "finetune", "winner_diversity", "with_batch_size",
           "strip_wta", "set_rates", "train_dense"]


def _functional(model, keras, batch_size="keep"):
    """A functional copy of `model`'s graph structure (layers reused) with its input rebuilt."""
    if isinstance(model, keras.Sequential):
        shape = tuple(model.inputs[0].shape[1:])
        bs = model.inputs[0].shape[0] if batch_size == "keep" else batch_size
        inp = keras.Input(shape, batch_size=bs, name=model.inputs[0].name.split(":")[0])
        x = inp
        for l in model.layers:
            x = l(x)
        return keras.Model(inp, x, name=model.name)
    return model


def _is_conv(layer, keras):
    return isinstance(layer, (keras.layers.Conv2D, keras.layers.DepthwiseConv2D))


def _act_name(layer) -> str:
    a = getattr(layer, "activation", None)
    return getattr(a, "__name__", str(a)) if a is not None else "linear"


def default_wta_points(model) -> list[str]:
    """Names of the layers a WTA layer goes after by default: convolutions with a ReLU-like fused
    activation, ReLU/Activation layers directly after a convolution or batch norm, and hidden
    Dense layers with an activation (never the last layer)."""
    import keras

    fm = _functional(model, keras)
    layers = [l for l in fm.layers if not isinstance(l, keras.layers.InputLayer)]
    out = []
    for i, l in enumerate(layers[:-1]):
        act = _act_name(l)
        if _is_conv(l, keras) and act in ("relu", "relu6"):
            out.append(l.name)
        elif isinstance(l, (keras.layers.ReLU, keras.layers.Activation)):
            prev = _inbound(l)
            if prev is not None and (_is_conv(prev, keras) or
                                     isinstance(prev, keras.layers.BatchNormalization)) and \
                    len(l.output.shape) == 4:
                out.append(l.name)
        elif isinstance(l, keras.layers.Dense) and act in ("relu", "relu6") and \
                any(isinstance(m, keras.layers.Dense) for m in layers[i + 1:]):
            out.append(l.name)
    return out


def _inbound(layer):
    try:
        node = layer._inbound_nodes[0]
        ts = node.input_tensors
        return ts[0]._keras_history[0] if ts else None
    except (AttributeError, IndexError):
        return None


def insert_wta(model, rates=0.5, score_noise: float = 0.0, balance: float = 0.0,
               batch_size=None):
    """A copy of the trained dense `model` with WTA layers inserted (weights copied).

    rates: one float for every default point (`default_wta_points`) or {layer name: rate}.
    batch_size: of the copy's input (None for training; 1 for conversion).
    The WTA layers are named ``wta_<layer>``."""
    import keras

    from .layers import WTAChannel, WTADense

    points = default_wta_points(model) if not isinstance(rates, dict) else list(rates)
    rate_of = rates if isinstance(rates, dict) else {n: float(rates) for n in points}
    fm = _functional(model, keras)
    names = {l.name for l in fm.layers}
    missing = [n for n in rate_of if n not in names]
    if missing:
        raise ValueError(f"insert_wta: no layer named {missing} (layers: {sorted(names)})")

    def call(layer, *args, **kwargs):
        out = layer(*args, **kwargs)
        r = rate_of.get(layer.name)
        if r is None or r >= 1.0:
            return out
        cls = WTAChannel if len(out.shape) == 4 else WTADense
        return cls(r, score_noise=score_noise, balance=balance, name=f"wta_{layer.name}")(out)

    shape = tuple(fm.inputs[0].shape[1:])
    inp = keras.Input(shape, batch_size=batch_size, name=fm.inputs[0].name.split(":")[0])
    new = keras.models.clone_model(fm, input_tensors=inp, call_function=call)
    _copy_weights(fm, new)
    return new


def _copy_weights(src, dst) -> None:
    from .layers import is_wta_layer
    by_name = {l.name: l for l in src.layers}
    for l in dst.layers:
        s = by_name.get(l.name)
        if s is not None and l.weights and not is_wta_layer(l):
            l.set_weights(s.get_weights())
        elif s is not None and is_wta_layer(l) and is_wta_layer(s):
            l.set_current_rate(s.current_rate)


def with_batch_size(model, batch_size):
    """A copy of `model` (WTA layers included, weights copied) whose input has `batch_size`
    (1: what `dasnet_tiny.convert` needs; None: for training)."""
    import keras

    from .layers import WTABase

    fm = _functional(model, keras)
    shape = tuple(fm.inputs[0].shape[1:])
    inp = keras.Input(shape, batch_size=batch_size, name=fm.inputs[0].name.split(":")[0])

    def clone(layer):
        cfg = layer.get_config()
        if isinstance(layer, WTABase):
            cfg.pop("score_noise", None)
            cfg.pop("balance", None)
        return layer.__class__.from_config(cfg)

    new = keras.models.clone_model(fm, input_tensors=inp, clone_function=clone)
    _copy_weights(fm, new)
    return new


def strip_wta(model, batch_size=None):
    """The dense model underneath a WTA model (WTA layers removed, weights copied)."""
    import keras

    from .layers import is_wta_layer

    fm = _functional(model, keras)
    shape = tuple(fm.inputs[0].shape[1:])
    inp = keras.Input(shape, batch_size=batch_size, name=fm.inputs[0].name.split(":")[0])

    def call(layer, *args, **kwargs):
        if is_wta_layer(layer):
            return args[0]
        return layer(*args, **kwargs)

    new = keras.models.clone_model(fm, input_tensors=inp, call_function=call)
    _copy_weights(fm, new)
    return new


def set_rates(model, rates) -> None:
    """Set target and current rates of the WTA layers: one float or {wta layer name: rate}."""
    from .layers import wta_layers
    for l in wta_layers(model):
        r = rates.get(l.name, l.rate) if isinstance(rates, dict) else float(rates)
        l.rate = float(r)
        l.set_current_rate(r)


def _outputs_probabilities(model) -> bool:
    last = model.layers[-1]
    import keras
    return isinstance(last, keras.layers.Softmax) or _act_name(last) == "softmax"


def finetune(model, x, y, teacher=None, epochs: int = 6, anneal_fraction: float = 0.6,
             distill: float = 0.5, batch_size: int = 64, learning_rate: float = 1e-3,
             validation_data=None, verbose: int = 0, seed: int = 0, freeze_bn: bool = True):
    """Fine-tune a WTA model (open batch dimension) on integer labels `y`.

    The WTA rates go from 1.0 to each layer's target over `anneal_fraction` of the epochs (cosine),
    then stay there; with `teacher` (the trained dense model) the training targets are
    (1 - distill) * one-hot + distill * teacher probabilities. `freeze_bn`: batch normalization
    layers keep the dense model's statistics and affine parameters (they run in inference mode).
    Returns the Keras History."""
    import keras

    from .layers import WTARateSchedule

    keras.utils.set_random_seed(seed)
    if freeze_bn:  # BatchNormalization in inference mode: its statistics stay those of the dense model
        for l in model.layers:
            if isinstance(l, keras.layers.BatchNormalization):
                l.trainable = False
    n_cls = int(model.outputs[0].shape[-1])
    y = np.asarray(y).reshape(-1).astype(np.int64)
    targets = np.eye(n_cls, dtype=np.float32)[y]
    probs_out = _outputs_probabilities(model)
    if teacher is not None and distill > 0:
        from .evaluate import float_predict
        t = float_predict(teacher, x, 256).reshape(len(x), -1)
        if not _outputs_probabilities(teacher):
            t = np.exp(t - t.max(1, keepdims=True))
            t /= t.sum(1, keepdims=True)
        targets = (1 - distill) * targets + distill * t.astype(np.float32)
    anneal = max(0, int(math.ceil(epochs * anneal_fraction)) - 1)
    steps = int(math.ceil(len(x) / batch_size)) * epochs
    lr = keras.optimizers.schedules.CosineDecay(learning_rate, max(1, steps), alpha=0.05)
    model.compile(optimizer=keras.optimizers.Adam(lr),
                  loss=keras.losses.CategoricalCrossentropy(from_logits=not probs_out),
                  metrics=["accuracy"])
    val = None
    if validation_data is not None:
        vx, vy = validation_data
        val = (vx, np.eye(n_cls, dtype=np.float32)[np.asarray(vy).reshape(-1).astype(np.int64)])
    cb = [WTARateSchedule(anneal, schedule="cosine", restore_target_on_end=True)]
    return model.fit(x, targets, batch_size=batch_size, epochs=epochs, callbacks=cb,
                     validation_data=val, verbose=verbose)


def train_dense(model, x, y, epochs: int = 5, batch_size: int = 64, learning_rate: float = 2e-3,
                verbose: int = 0, seed: int = 0):
    """Plain supervised training of a dense model (integer labels), Adam, cosine-decayed rate."""
    import keras
    keras.utils.set_random_seed(seed)
    steps = int(math.ceil(len(x) / batch_size)) * epochs
    lr = keras.optimizers.schedules.CosineDecay(learning_rate, max(1, steps), alpha=0.05)
    model.compile(optimizer=keras.optimizers.Adam(lr),
                  loss=keras.losses.SparseCategoricalCrossentropy(from_logits=not _outputs_probabilities(model)),
                  metrics=["accuracy"])
    return model.fit(x, np.asarray(y).reshape(-1), batch_size=batch_size, epochs=epochs, verbose=verbose)


def winner_diversity(model, x, batch_size: int = 256) -> list[dict]:
    """Per WTA layer (model order), how the winners vary over the samples `x` (target rates):
    channels, k, `ever_win` (channels that win at least once), `always_win` (win for >= 99% of
    the samples), `never_win`, `contested` (the others), `win_frequency` per channel, and
    `distinct_sets` (number of distinct winner sets)."""
    from .calibrate import winner_masks
    from .layers import wta_layers

    masks = winner_masks(model, np.asarray(x, np.float32), batch_size)
    out = []
    for l, m in zip(wta_layers(model), masks):
        f = m.mean(axis=0)
        out.append({
            "layer": l.name, "channels": int(m.shape[1]), "k": int(l.k), "rate": float(l.rate),
            "ever_win": int((f > 0).sum()), "always_win": int((f >= 0.99).sum()),
            "never_win": int((f == 0).sum()), "contested": int(((f > 0) & (f < 0.99)).sum()),
            "distinct_sets": int(len({r.tobytes() for r in m.astype(bool)})),
            "win_frequency": [round(float(v), 4) for v in f],
        })
    return out


def diversity_table(report: list[dict]) -> str:
    lines = [f"{'WTA layer':<22} {'k/C':>7} {'ever':>5} {'always':>6} {'never':>5} {'contested':>9} {'sets':>6}"]
    for r in report:
        lines.append(f"{r['layer']:<22} {r['k']:>3}/{r['channels']:<3} {r['ever_win']:>5} {r['always_win']:>6} "
                     f"{r['never_win']:>5} {r['contested']:>9} {r['distinct_sets']:>6}")
    return "\n".join(lines)
