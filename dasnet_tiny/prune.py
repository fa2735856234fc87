# SPDX-License-Identifier: Apache-2.0
"""Static channel pruning (the baseline WTA must beat) and never-winning-channel removal.

Why not tensorflow-model-optimization: it supports only Keras 2 (through tf-keras) and prunes
individual weights (unstructured sparsity, which int8 kernels on a Cortex-M cannot exploit). Here
pruning is *structured*: whole channels are removed from the Keras model (the layer producing them
gets fewer filters, the consumers lose the matching input slices), so the int8 graph is simply
smaller and every kernel runs fewer MACs.

- `channel_importance(model, x)`: mean activation of every channel of each prunable layer.
- `prune_channels(model, keep)`: a smaller copy of a chain-structured model (each layer feeds the
  next; Conv2D, DepthwiseConv2D, Dense, BatchNormalization, pooling, Flatten, ReLU, Dropout and
  WTA layers) keeping the given channel indices per layer.
- `static_prune(model, rates, x)`: keep ``wta_k(rate, C)`` most active channels per layer (the
  same k a WTA layer at that rate keeps per sample, so the comparison is at equal MACs).
- `remove_never_winning(model, x)`: for a WTA model, drop the channels that never win on `x`
  (their WTA layer keeps the same k among the remaining channels, so the outputs on `x` are
  unchanged and the dynamic selection stays only for the contested channels).
"""
from __future__ import annotations

import numpy as np

__all__ = ["channel_importance", "prune_channels", "static_prune", "remove_never_winning"]


def _chain(model, keras):
    from .train import _functional
    fm = _functional(model, keras)
    layers = [l for l in fm.layers if not isinstance(l, keras.layers.InputLayer)]
    for a, b in zip(layers, layers[1:]):
        from .train import _inbound
        if _inbound(b) is not a:
            raise ValueError(f"prune: only chain-structured models (each layer feeds the next); "
                             f"{b.name!r} does not follow {a.name!r}")
    return fm, layers


def channel_importance(model, x, names) -> dict[str, np.ndarray]:
    """Mean (over samples and positions) activation of each output channel of the named layers."""
    import keras
    from .evaluate import float_predict
    fm = model
    probe = keras.Model(fm.inputs, [fm.get_layer(n).output for n in names])
    outs = float_predict(probe, x, 256) if len(names) == 1 else None
    if outs is not None:
        outs = [outs]
    else:
        res = [probe(np.asarray(x[s:s + 256], np.float32), training=False) for s in range(0, len(x), 256)]
        outs = [np.concatenate([np.asarray(r[j]) for r in res]) for j in range(len(names))]
    imp = {}
    for n, o in zip(names, outs):
        imp[n] = np.abs(o).reshape(-1, o.shape[-1]).mean(axis=0)
    return imp


def prune_channels(model, keep: dict[str, np.ndarray], batch_size=None):
    """A copy of the chain model with only the `keep[name]` output channels of the named layers
    (Conv2D, DepthwiseConv2D or Dense); downstream layers are sliced to match."""
    import keras

    from .layers import WTABase, wta_k

    fm, layers = _chain(model, keras)
    keep = {n: np.sort(np.asarray(v, np.int64)) for n, v in keep.items()}
    shape = tuple(fm.inputs[0].shape[1:])
    inp = keras.Input(shape, batch_size=batch_size, name=fm.inputs[0].name.split(":")[0])
    x = inp
    cur = None  # channels of the current tensor kept (indices into the original channels), or None
    spatial = None  # (H, W) before Flatten, to slice Dense rows
    for l in layers:
        cfg = l.get_config()
        w = l.get_weights()
        in_keep = cur
        if isinstance(l, keras.layers.DepthwiseConv2D):
            out_keep = in_keep
            if in_keep is not None:
                w = [w[0][:, :, in_keep, :]] + ([w[1][in_keep]] if len(w) > 1 else [])
            if l.name in keep:
                raise ValueError(f"prune: prune the layer before the depthwise {l.name!r} instead")
        elif isinstance(l, keras.layers.Conv2D):
            if in_keep is not None:
                w = [w[0][:, :, in_keep, :]] + w[1:]
            out_keep = keep.get(l.name)
            if out_keep is not None:
                w = [w[0][..., out_keep]] + ([w[1][out_keep]] if len(w) > 1 else [])
                cfg["filters"] = int(len(out_keep))
        elif isinstance(l, keras.layers.Dense):
            if in_keep is not None:
                if spatial is not None:
                    c = w[0].shape[0] // (spatial[0] * spatial[1])
                    rows = (np.arange(spatial[0] * spatial[1])[:, None] * c + in_keep[None, :]).reshape(-1)
                else:
                    rows = in_keep
                w = [w[0][rows]] + w[1:]
            spatial = None
            out_keep = keep.get(l.name)
            if out_keep is not None:
                w = [w[0][:, out_keep]] + ([w[1][out_keep]] if len(w) > 1 else [])
                cfg["units"] = int(len(out_keep))
        elif isinstance(l, keras.layers.BatchNormalization):
            out_keep = in_keep
            if in_keep is not None:
                w = [a[in_keep] for a in w]
        elif isinstance(l, keras.layers.Flatten):
            spatial = tuple(x.shape[1:3]) if len(x.shape) == 4 else None
            out_keep = in_keep
        elif isinstance(l, WTABase):
            out_keep = in_keep
        elif isinstance(l, (keras.layers.MaxPooling2D, keras.layers.AveragePooling2D, keras.layers.ReLU,
                            keras.layers.Activation, keras.layers.Dropout, keras.layers.Softmax,
                            keras.layers.GlobalAveragePooling2D, keras.layers.GlobalMaxPooling2D)):
            out_keep = in_keep
        else:
            raise ValueError(f"prune: layer {l.name!r} ({type(l).__name__}) is not supported")
        new = l.__class__.from_config(cfg)
        x = new(x)
        if w:
            new.set_weights(w)
        if isinstance(l, WTABase):
            new.set_current_rate(l.current_rate)
            c_new = x.shape[-1]
            if c_new != l.channels:  # keep the same k among the remaining channels
                new.rate = min(1.0, wta_k(l.rate, l.channels) / c_new)
                new.set_current_rate(new.rate)
        cur = out_keep
    return keras.Model(inp, x, name=f"{fm.name}_pruned")


def static_prune(model, rates, x):
    """Static channel pruning to the k a WTA layer would keep: for each {layer name: rate} keep the
    ``wta_k(rate, C)`` channels with the largest mean |activation| on `x` (measured at the named
    layer; a ReLU / BatchNormalization / Activation name prunes the convolution feeding it)."""
    import keras

    from .wta import wta_k
    imp = channel_importance(model, x, list(rates))
    keep = {}
    for n, r in rates.items():
        keep[_producer(model, n, keras).name] = np.argsort(-imp[n], kind="stable")[:wta_k(r, len(imp[n]))]
    return prune_channels(model, keep)


def _producer(model, name, keras):
    """The Conv2D / Dense whose filters make the channels of layer `name` (through ReLU, batch
    norm and depthwise convolutions: a depthwise channel is its input channel, so pruning it
    means pruning the convolution before it)."""
    from .train import _inbound
    l = model.get_layer(name)
    while isinstance(l, (keras.layers.ReLU, keras.layers.Activation, keras.layers.BatchNormalization,
                         keras.layers.DepthwiseConv2D)):
        l = _inbound(l)
    if isinstance(l, keras.layers.DepthwiseConv2D) or not isinstance(l, (keras.layers.Conv2D, keras.layers.Dense)):
        raise ValueError(f"prune: the channels of {name!r} do not come from a Conv2D or Dense layer")
    return l


def remove_never_winning(model, x):
    """Remove, from a chain WTA model, the channels that never win on `x` (the layers feeding each
    WTA layer lose those filters; each WTA layer keeps the same k among the rest). Returns
    (new model, {wta layer: removed channel indices})."""
    import keras

    from .calibrate import winner_masks
    from .layers import wta_layers

    fm, layers = _chain(model, keras)
    masks = winner_masks(fm, np.asarray(x, np.float32))
    keep, removed = {}, {}
    for wl, m in zip(wta_layers(fm), masks):
        idx = layers.index(wl)
        try:
            prod = _producer(fm, layers[idx - 1].name, keras)
        except ValueError:
            continue
        won = m.max(axis=0) > 0
        if won.all():
            continue
        keep[prod.name] = np.flatnonzero(won)
        removed[wl.name] = np.flatnonzero(~won)
    return prune_channels(fm, keep), removed
