# SPDX-License-Identifier: Apache-2.0
"""Per-op summary of a graph: shapes, MACs (dense and after WTA channel skipping), params, bytes."""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .ir import Graph, Op
from .ops import OPS



def dense_macs(g: Graph, op: Op) -> int:
    """Multiply-accumulates of `op` with every input channel (the op's own count, dasnet_tiny.ops)."""
    return OPS[op.type].macs(g, op)


def active_fraction(g: Graph) -> dict[int, tuple[int, int]]:
    """op index -> (winners k, channels C) for every conv/depthwise/FC/pool that reads only the
    winners of a WTA op (the code generator's analysis, dasnet_tiny.wta); its MACs scale by k / C."""
    from .wta import analyze_wta

    a = analyze_wta(g)
    return {i: a.fraction(i) for i in a.skip}


@dataclass
class OpRow:
    index: int
    type: str
    name: str
    in_shape: tuple
    out_shape: tuple
    macs: int
    macs_skipped: int  # MACs left after skipping WTA losers
    params: int
    act_bytes: int
    note: str = ""


@dataclass
class Summary:
    name: str
    rows: list[OpRow] = field(default_factory=list)

    @property
    def total_macs(self) -> int:
        return sum(r.macs for r in self.rows)

    @property
    def total_macs_skipped(self) -> int:
        return sum(r.macs_skipped for r in self.rows)

    @property
    def total_params(self) -> int:
        return sum(r.params for r in self.rows)

    def table(self) -> str:
        head = f"{'#':>3} {'op':<18} {'input':<16} {'output':<16} {'MACs':>11} {'MACs(WTA)':>11} {'params':>8} {'act B':>7}  notes"
        lines = [f"model {self.name}", head, "-" * len(head)]
        for r in self.rows:
            lines.append(f"{r.index:>3} {r.type:<18} {_fmt(r.in_shape):<16} {_fmt(r.out_shape):<16} "
                         f"{r.macs:>11,} {r.macs_skipped:>11,} {r.params:>8,} {r.act_bytes:>7,}  {r.note}")
        lines.append("-" * len(head))
        saved = self.total_macs - self.total_macs_skipped
        pct = 100.0 * saved / self.total_macs if self.total_macs else 0.0
        lines.append(f"total: {self.total_macs:,} MACs dense, {self.total_macs_skipped:,} after WTA skipping "
                     f"({saved:,} saved, {pct:.1f}%), {self.total_params:,} parameters")
        return "\n".join(lines)


def _fmt(shape) -> str:
    return "x".join(str(d) for d in shape)


def summarize(g: Graph) -> Summary:
    frac = active_fraction(g)
    s = Summary(g.name)
    for i, op in enumerate(g.ops):
        x = g.tensor(op.inputs[0]) if op.inputs and op.inputs[0] >= 0 else None
        y = g.tensor(op.outputs[0])
        macs = dense_macs(g, op)
        sparse = macs
        note = ""
        if i in frac:
            k, c = frac[i]
            sparse = macs * k // c
            note = f"reads {k}/{c} winning channels"
        if op.type in ("WTA_CHANNEL", "WTA_DENSE"):
            note = f"rate {op.options['rate']:.3g}, k={op.options['k']} of {y.shape[-1]}"
        params = sum(g.tensor(t).size for t in op.inputs if t >= 0 and g.tensor(t).is_const)
        s.rows.append(OpRow(i, op.type, op.name, x.shape if x is not None else (), y.shape, macs, sparse,
                            params, y.nbytes, note))
    return s
