# SPDX-License-Identifier: Apache-2.0
"""Winners-take-all (WTA) layers: DASNet-style dynamic activation sparsity.

DASNet (Yang et al., "DASNet: Dynamic Activation Sparsity for Neural Network
Efficiency Improvement", arXiv:1909.06964) makes activations sparse *per input*:
after a layer, only the ``k`` most strongly activated units are kept and all
the others are set to zero ("winners take all"). Because the set of winners
depends on the sample, the next layer can skip the work that would have
consumed the zeroed units (whole input channels of a convolution, whole input
features of a fully connected layer). The network is trained with the WTA
masks in place, so it learns to put the useful signal in few units; the rate is
usually annealed from 1.0 (no sparsity) down to the target so training stays
stable (:class:`WTARateSchedule`).

Two layers are provided, both Keras 3 layers written with ``keras.ops``:

* :class:`WTAChannel` -- for NHWC feature maps. Each channel of each sample is
  scored by its mean over H and W; the ``k`` best channels are kept.
* :class:`WTADense` -- for ``(N, F)`` vectors. Each feature is scored by its
  value; the ``k`` best features are kept.

Rules shared by both layers:

* ``k = wta_k(rate, C) = max(1, ceil(rate * C))`` (clipped to ``C``), where
  ``C`` is the number of channels / features. A product ``rate * C`` within
  ``1e-9`` of an integer counts as that integer, so ``0.3 * 10`` gives 3, not
  the 4 that float rounding (``3.0000000000000004``) would give. Everything
  that needs ``k`` (layers, converter, code generator) must use :func:`wta_k`.
* Ties are broken toward the LOWER index: among equal scores, the unit with the
  smaller channel / feature index wins. Exactly ``k`` units are kept per sample.
* The output is ``x * mask`` with the mask a constant (``stop_gradient``):
  gradient flows to the winners unchanged and is zero for the losers.
* Training and inference behave the same.
* ``rate`` (constructor argument) is the *target* rate: it is what
  ``get_config()`` serializes and what the converter uses. The rate the layer
  actually applies is the *current* rate, kept in a non-trainable variable
  (saved with the weights) so that a callback can change it between epochs
  without recompiling; it starts at the target rate.
"""

from __future__ import annotations

import math
from typing import Callable, Sequence

import keras
from keras import ops

from .wta import WTA_K_EPSILON, check_rate as _check_rate, wta_k  # the one k rule (no Keras)

__all__ = [
    "WTA_K_EPSILON",
    "wta_k",
    "WTABase",
    "WTAChannel",
    "WTADense",
    "WTARateSchedule",
    "wta_layers",
    "is_wta_layer",
]


def _winner_mask(scores, k):
    """0/1 mask (same dtype as ``scores``) of the ``k`` best entries along the last axis.

    ``scores``: (N, C) tensor; ``k``: int32 scalar tensor in [1, C] (may be dynamic).
    Exactly ``k`` ones per row; among equal scores the lower index wins. Works
    under XLA because it uses sort + a dynamic gather, not ``top_k`` with a
    dynamic ``k``, and does not rely on the tie order of any sort.
    """
    c = scores.shape[-1]
    ascending = ops.sort(scores, axis=-1)
    # k-th largest value of each row: the threshold.
    thr = ops.take(ascending, c - k, axis=-1)  # (N,)
    thr = ops.expand_dims(thr, -1)
    greater = ops.greater(scores, thr)
    equal = ops.equal(scores, thr)
    n_greater = ops.sum(ops.cast(greater, "int32"), axis=-1, keepdims=True)
    # Rank (1-based) of each tied entry among the ties of its row, in index order.
    tie_rank = ops.cumsum(ops.cast(equal, "int32"), axis=-1)
    keep_tie = ops.logical_and(equal, ops.less_equal(tie_rank, k - n_greater))
    return ops.cast(ops.logical_or(greater, keep_tie), scores.dtype)


class WTABase(keras.layers.Layer):
    """Common part of the WTA layers (not meant to be used directly).

    Args:
        rate: target fraction of units kept per sample, in (0, 1].

    Attributes:
        rate: the target rate (float), serialized by ``get_config()``.
        current_rate: the rate applied now (float); set it with
            :meth:`set_current_rate` (used by :class:`WTARateSchedule`).
        channels: number of channels / features (once built).
        k: number of winners at the *target* rate (once built).
        current_k: number of winners at the current rate (once built).
    """

    #: rank of the input the layer accepts (set by subclasses)
    _input_rank = None
    _what = "units"
    _shape_doc = "?"

    def __init__(self, rate, score_noise: float = 0.0, balance: float = 0.0, **kwargs):
        super().__init__(**kwargs)
        self.rate = _check_rate(rate)
        # Training-only aids against winners collapsing onto a fixed set (see dasnet_tiny.train):
        # score_noise: Gaussian noise (times each sample's score standard deviation) added to the
        # scores while training, so near-winners win sometimes and receive gradient;
        # balance: weight of a loss pulling every unit's batch-mean score towards the layer's mean
        # (scaled by the scores' spread), so no unit wins for every input. Inference ignores both.
        self.score_noise = float(score_noise)
        self.balance = float(balance)
        self._noise_seed = keras.random.SeedGenerator(0) if self.score_noise > 0.0 else None
        self._pending_rate = self.rate
        self.rate_variable = None
        self.channels = None
        self.supports_masking = False

    # -- build / call -----------------------------------------------------------------
    def build(self, input_shape):
        input_shape = tuple(input_shape)
        if len(input_shape) != self._input_rank:
            raise ValueError(
                f"{type(self).__name__} '{self.name}' expects inputs of rank "
                f"{self._input_rank} ({self._shape_doc}), got shape {input_shape}."
            )
        channels = input_shape[-1]
        if channels is None:
            raise ValueError(
                f"{type(self).__name__} '{self.name}' needs a known last dimension "
                f"(number of {self._what}), got shape {input_shape}."
            )
        self.channels = int(channels)
        # float64 so that ceil(rate * C) in graph equals wta_k() in Python exactly.
        self.rate_variable = self.add_weight(
            name="current_rate",
            shape=(),
            dtype="float64",
            initializer="ones",
            trainable=False,
            autocast=False,
        )
        # Assigned, not a Constant initializer: that one rounds through float32.
        self.rate_variable.assign(self._pending_rate)

    def _k_tensor(self):
        c = self.channels
        k = ops.ceil(ops.convert_to_tensor(self.rate_variable) * float(c) - WTA_K_EPSILON)
        k = ops.clip(ops.cast(k, "int32"), 1, c)
        return k

    def _scores(self, x):
        raise NotImplementedError

    def _broadcast_mask(self, mask):
        return mask

    def call(self, inputs, training=None):
        x = inputs
        scores = self._scores(x)
        if training and self.balance > 0.0:
            mean_c = ops.mean(scores, axis=0)
            spread = ops.stop_gradient(ops.std(scores) + 1e-6)
            self.add_loss(self.balance * ops.mean(ops.square((mean_c - ops.mean(mean_c)) / spread)))
        if training and self.score_noise > 0.0:
            sd = ops.stop_gradient(ops.std(scores, axis=-1, keepdims=True))
            scores = scores + self.score_noise * sd * keras.random.normal(ops.shape(scores), seed=self._noise_seed)
        mask = _winner_mask(scores, self._k_tensor())
        mask = ops.stop_gradient(ops.cast(self._broadcast_mask(mask), x.dtype))
        return x * mask

    def compute_output_shape(self, input_shape):
        return tuple(input_shape)

    # -- rate / k -----------------------------------------------------------------------
    def k_for(self, channels: int | None = None, rate: float | None = None) -> int:
        """Winners kept out of ``channels`` units (default: this layer's) at ``rate``
        (default: the target rate). See :func:`wta_k`."""
        if channels is None:
            if self.channels is None:
                raise ValueError(
                    f"{type(self).__name__} '{self.name}' is not built yet: pass `channels`."
                )
            channels = self.channels
        return wta_k(self.rate if rate is None else rate, channels)

    @property
    def k(self) -> int:
        """Winners kept at the target rate (the layer must be built)."""
        return self.k_for()

    @property
    def current_rate(self) -> float:
        """The rate the layer applies now."""
        if self.rate_variable is None:
            return self._pending_rate
        return float(ops.convert_to_tensor(self.rate_variable))

    @property
    def current_k(self) -> int:
        """Winners kept at the current rate (the layer must be built)."""
        return self.k_for(rate=self.current_rate)

    def set_current_rate(self, rate: float) -> None:
        """Set the rate applied from now on (no recompiling needed); in (0, 1]."""
        rate = _check_rate(rate, "current rate")
        self._pending_rate = rate
        if self.rate_variable is not None:
            self.rate_variable.assign(rate)

    def reset_rate(self) -> None:
        """Set the current rate back to the target rate."""
        self.set_current_rate(self.rate)

    def get_config(self):
        config = super().get_config()
        config["rate"] = self.rate
        if self.score_noise:
            config["score_noise"] = self.score_noise
        if self.balance:
            config["balance"] = self.balance
        return config


@keras.saving.register_keras_serializable(package="dasnet_tiny")
class WTAChannel(WTABase):
    """Channel winners-take-all for NHWC feature maps.

    For each sample, every channel is scored by its mean over H and W; the
    ``k = wta_k(rate, C)`` best channels are kept unchanged and the others are
    set to zero (ties: lower channel index wins). A convolution that consumes
    the output can skip the zeroed input channels.

    Args:
        rate: target fraction of channels kept, in (0, 1].
        **kwargs: usual Keras layer arguments (``name``, ``dtype``...).

    Input shape: ``(N, H, W, C)``. Output shape: the same.
    """

    _input_rank = 4
    _what = "channels"
    _shape_doc = "N, H, W, C"

    def _scores(self, x):
        return ops.mean(x, axis=(1, 2))

    def _broadcast_mask(self, mask):
        return ops.expand_dims(ops.expand_dims(mask, 1), 1)


@keras.saving.register_keras_serializable(package="dasnet_tiny")
class WTADense(WTABase):
    """Feature winners-take-all for ``(N, F)`` vectors.

    For each sample, the ``k = wta_k(rate, F)`` largest features are kept
    unchanged and the others are set to zero (ties: lower feature index wins).
    A fully connected layer that consumes the output can skip the weight
    columns of the zeroed features.

    Args:
        rate: target fraction of features kept, in (0, 1].
        **kwargs: usual Keras layer arguments (``name``, ``dtype``...).

    Input shape: ``(N, F)``. Output shape: the same.
    """

    _input_rank = 2
    _what = "features"
    _shape_doc = "N, F"

    def _scores(self, x):
        return x


def is_wta_layer(layer) -> bool:
    """True for a :class:`WTAChannel` / :class:`WTADense` layer."""
    return isinstance(layer, WTABase)


def wta_layers(model) -> list:
    """The WTA layers of ``model`` in model order (nested models included, depth first)."""
    found = []
    seen = set()

    def visit(layer):
        if id(layer) in seen:
            return
        seen.add(id(layer))
        if is_wta_layer(layer):
            found.append(layer)
            return
        for sub in getattr(layer, "layers", None) or []:
            visit(sub)

    for layer in model.layers:
        visit(layer)
    return found


def _linear(progress: float) -> float:
    return progress


def _cosine(progress: float) -> float:
    return 0.5 * (1.0 - math.cos(math.pi * progress))


_SCHEDULES = {"linear": _linear, "cosine": _cosine}


class WTARateSchedule(keras.callbacks.Callback):
    """Anneal the rate of every WTA layer from 1.0 down to its target rate.

    At the start of each epoch ``e`` (0-based), every WTA layer gets the rate

    * ``1.0`` while ``e <= start_epoch`` (no sparsity yet),
    * ``1.0 + (target - 1.0) * f(p)`` with ``p = (e - start_epoch) / epochs``
      during the annealing, where ``f`` is the shape (``"linear"``: ``f(p) = p``;
      ``"cosine"``: ``f(p) = (1 - cos(pi p)) / 2``; or any callable mapping
      [0, 1] to [0, 1]),
    * ``target`` from epoch ``start_epoch + epochs`` on (held).

    So with ``epochs=4, start_epoch=0`` and target 0.5 (linear) the rates of
    epochs 0, 1, 2, 3, 4, 5... are 1.0, 0.875, 0.75, 0.625, 0.5, 0.5...;
    ``epochs=0`` applies the target from the first epoch. The rate lives in a
    variable of each layer, so no recompiling happens. The rate is never
    allowed below the target, nor above 1.0.

    The target is each layer's ``rate`` (the constructor argument, which the
    converter uses). If training stops before the annealing is over the layers
    keep the last rate applied; set ``restore_target_on_end=True`` to put the
    target back when ``fit`` returns.

    Args:
        epochs: number of epochs the annealing takes (>= 0).
        start_epoch: epochs at rate 1.0 before the annealing starts (>= 0).
        schedule: ``"linear"`` (default), ``"cosine"`` or a callable ``f(p)``.
        layers: the WTA layers to drive (default: all, from :func:`wta_layers`).
        restore_target_on_end: set every layer back to its target rate at the end of ``fit``.
        verbose: 1 prints the rates at the start of every epoch.

    Attributes:
        history: one dict ``{layer name: rate}`` per epoch run, the rates used in it.
    """

    def __init__(
        self,
        epochs: int,
        start_epoch: int = 0,
        schedule: str | Callable[[float], float] = "linear",
        layers: Sequence | None = None,
        restore_target_on_end: bool = False,
        verbose: int = 0,
    ):
        super().__init__()
        if int(epochs) != epochs or epochs < 0:
            raise ValueError(f"WTARateSchedule epochs must be an integer >= 0, got {epochs!r}.")
        if int(start_epoch) != start_epoch or start_epoch < 0:
            raise ValueError(
                f"WTARateSchedule start_epoch must be an integer >= 0, got {start_epoch!r}."
            )
        if isinstance(schedule, str):
            if schedule not in _SCHEDULES:
                raise ValueError(
                    f"WTARateSchedule schedule must be one of {sorted(_SCHEDULES)} or a "
                    f"callable, got {schedule!r}."
                )
            self._shape = _SCHEDULES[schedule]
        elif callable(schedule):
            self._shape = schedule
        else:
            raise ValueError(
                f"WTARateSchedule schedule must be a name or a callable, got {schedule!r}."
            )
        self.epochs = int(epochs)
        self.start_epoch = int(start_epoch)
        self.schedule = schedule
        self._layers = list(layers) if layers is not None else None
        self.restore_target_on_end = bool(restore_target_on_end)
        self.verbose = verbose
        self.history: list[dict] = []

    def rate_at(self, epoch: int, target: float) -> float:
        """The rate used during ``epoch`` (0-based) for a layer whose target is ``target``."""
        target = _check_rate(target, "target rate")
        e = epoch - self.start_epoch
        if e >= self.epochs:
            return target
        progress = max(0, e) / self.epochs
        f = float(self._shape(progress))
        f = min(1.0, max(0.0, f))
        rate = 1.0 + (target - 1.0) * f
        return min(1.0, max(target, rate))

    def _targets(self):
        if self._layers is None:
            self._layers = wta_layers(self.model)
        return self._layers

    def on_epoch_begin(self, epoch, logs=None):
        rates = {}
        for layer in self._targets():
            rate = self.rate_at(epoch, layer.rate)
            layer.set_current_rate(rate)
            rates[layer.name] = rate
        self.history.append(rates)
        if self.verbose:
            text = ", ".join(f"{n}={r:.4g}" for n, r in rates.items())
            print(f"WTARateSchedule epoch {epoch + 1}: {text}")

    def on_train_end(self, logs=None):
        if self.restore_target_on_end:
            for layer in self._targets():
                layer.reset_rate()
