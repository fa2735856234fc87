# SPDX-License-Identifier: Apache-2.0
"""The one WTA analysis and the one int8 top-k rule.

`winner_mask` is the int8 winners-take-all rule (the k highest scores, ties to the lower index):
the reference executor, the code generator's layer comparison and the tests use it.

`analyze_wta(g)` decides, for every WTA op, which consumers read only its winners (directly or
through RESHAPE / MAX_POOL / AVERAGE_POOL), which tensors are *lazy* (only the winner channels
hold valid data, the losers are never read), whether the WTA output must be materialized (some
reader needs the losers as zero points), and which pools write zero-point losers. The code
generator, `inspect`'s summary and the cost model all use this one analysis.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import math

import numpy as np

from .ir import Graph, Op

WTA_OPS = ("WTA_CHANNEL", "WTA_DENSE")
SKIP_CONSUMERS = ("CONV_2D", "DEPTHWISE_CONV_2D", "FULLY_CONNECTED")
POOLS = ("MAX_POOL_2D", "AVERAGE_POOL_2D")


# A rate * channels product within this of an integer counts as that integer.
WTA_K_EPSILON = 1e-9


def check_rate(rate, what: str = "rate") -> float:
    try:
        value = float(rate)
    except (TypeError, ValueError):
        raise ValueError(
            f"WTA {what} must be a number in (0, 1] (the fraction of units kept), got {rate!r}."
        ) from None
    if not (0.0 < value <= 1.0):  # also rejects NaN
        raise ValueError(
            f"WTA {what} must be in (0, 1] (the fraction of units kept per sample; "
            f"1.0 keeps everything), got {rate!r}."
        )
    return value


def wta_k(rate: float, channels: int) -> int:
    """Number of winners kept out of ``channels`` units at ``rate``.

    ``max(1, ceil(rate * channels))``, clipped to ``channels``; a product within
    :data:`WTA_K_EPSILON` of an integer counts as that integer. This is the one
    formula used by the layers (in graph, in float64) and by the converter.
    """
    rate = check_rate(rate)
    channels = int(channels)
    if channels < 1:
        raise ValueError(f"WTA needs at least one channel/feature, got {channels}.")
    return max(1, min(channels, math.ceil(rate * channels - WTA_K_EPSILON)))


def winner_mask(scores: np.ndarray, k: int) -> np.ndarray:
    """Boolean mask of the k highest scores per row (last axis), ties broken towards the lower
    index: the int8 WTA rule of the reference and the C kernel dt_wta_select_s8."""
    order = np.argsort(-scores, axis=-1, kind="stable")[..., :k]
    mask = np.zeros(scores.shape, bool)
    np.put_along_axis(mask, order, True, axis=-1)
    return mask


def channel_scores(x: np.ndarray, zero_point: int, channels: int) -> np.ndarray:
    """Per-channel WTA scores of one int8 sample: the sum of (x - zero point) over positions
    (element j belongs to channel j % channels)."""
    return (np.asarray(x).astype(np.int64).reshape(-1, channels) - zero_point).sum(axis=0)


def winners(x: np.ndarray, zero_point: int, channels: int, k: int) -> np.ndarray:
    """The winning channel indices of one sample, ascending (uint16, as the C winner list)."""
    return np.flatnonzero(winner_mask(channel_scores(x, zero_point, channels), k)).astype(np.uint16)


def wta_channels(g: Graph, op: Op) -> int:
    """C of a WTA op: the last dimension (WTA_CHANNEL) or the features per sample (WTA_DENSE)."""
    x = g.tensor(op.inputs[0])
    if op.type == "WTA_CHANNEL":
        return x.shape[-1]
    return x.size // x.shape[0]


@dataclass
class WtaInfo:
    op: int
    channels: int  # C: data element j belongs to channel j % C
    k: int
    positions: int
    materialize: bool  # some reader needs the losers as zero points
    in_place: bool  # output shares the input's storage
    last_use: int = -1  # last op that reads the winner list

    @property
    def identity(self) -> bool:
        """k == C: every channel wins; the op does nothing (its output is its input)."""
        return self.k == self.channels


@dataclass
class WtaAnalysis:
    wta: dict[int, WtaInfo] = field(default_factory=dict)  # WTA op index -> info
    skip: dict[int, int] = field(default_factory=dict)  # consumer op -> WTA op whose winners it reads
    pool_fill: set[int] = field(default_factory=set)  # pools that write zero-point losers
    lazy: dict[int, int] = field(default_factory=dict)  # tensor -> WTA op (only winners valid)

    def fraction(self, op_index: int) -> tuple[int, int] | None:
        """(k, C) of the winners op `op_index` reads, or None when it reads every channel."""
        if op_index not in self.skip:
            return None
        w = self.wta[self.skip[op_index]]
        return w.k, w.channels


def analyze_wta(g: Graph) -> WtaAnalysis:
    """Winner regions of every WTA op of `g` (see the module docstring)."""
    a = WtaAnalysis()
    consumers = g.consumers()
    outputs = set(g.outputs)
    for wi, op in enumerate(g.ops):
        if op.type not in WTA_OPS:
            continue
        x = g.tensor(op.inputs[0])
        c = wta_channels(g, op)
        info = WtaInfo(wi, c, int(op.options["k"]), x.size // c, False, False)
        a.wta[wi] = info
        if info.identity:
            continue  # every channel wins: the op is the identity, nothing to skip
        kind: dict[int, str] = {}  # region tensor -> "wta" | "pool" | "reshape"
        parent: dict[int, int] = {}  # reshape output -> reshape input
        order: list[int] = []  # region tensors in discovery order
        other: dict[int, bool] = {}  # region tensor has a reader that needs full data

        def visit(t: int, how: str, src: int | None = None):
            kind[t] = how
            if src is not None:
                parent[t] = src
            order.append(t)
            other[t] = t in outputs
            for ci in consumers.get(t, []):
                cop = g.ops[ci]
                slots = [s for s, v in enumerate(cop.inputs) if v == t]
                tt = g.tensor(t)
                if slots == [0] and cop.type in ("CONV_2D", "DEPTHWISE_CONV_2D") and \
                        len(tt.shape) == 4 and tt.shape[-1] == c:
                    a.skip[ci] = wi
                elif slots == [0] and cop.type == "FULLY_CONNECTED" and \
                        g.tensor(cop.inputs[1]).shape[1] % c == 0:
                    a.skip[ci] = wi
                elif slots == [0] and cop.type in POOLS and len(tt.shape) == 4 and tt.shape[-1] == c:
                    a.skip[ci] = wi
                    visit(cop.outputs[0], "pool")
                elif slots == [0] and cop.type == "RESHAPE":
                    visit(cop.outputs[0], "reshape", t)
                else:
                    other[t] = True

        visit(op.outputs[0], "wta")
        # needs_full: a reader needs the losers; a reshape shares storage with its input.
        needs = dict(other)
        for t in reversed(order):  # children come after parents in `order`
            if kind[t] == "reshape" and needs[t]:
                needs[parent[t]] = True
        full: dict[int, bool] = {}
        for t in order:
            if kind[t] == "reshape":
                full[t] = full[parent[t]]
            else:
                full[t] = needs[t]
            if not full[t]:
                a.lazy[t] = wi
        info.materialize = full[op.outputs[0]]
        for ci, w in a.skip.items():
            if w == wi and g.ops[ci].type in POOLS and full[g.ops[ci].outputs[0]]:
                a.pool_fill.add(ci)
        users = [ci for ci, w in a.skip.items() if w == wi]
        info.last_use = max([wi] + users)
    return a
