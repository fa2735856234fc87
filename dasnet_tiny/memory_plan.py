# SPDX-License-Identifier: Apache-2.0
"""Static memory plan: every activation, scratch and WTA winner-list buffer gets an offset in one
arena, from buffer lifetimes (op index ranges), greedy by size as TFLite Micro's
GreedyMemoryPlanner (and TinyEngine) do: the largest buffer first, each at the lowest offset
where it does not overlap any already placed buffer that is alive at the same time.

In-place reuse (RESHAPE, WTA, elementwise ops writing over a dying input) is decided by the code
generator: tensors that share storage are one buffer request whose lifetime is the union of
theirs.
"""
from __future__ import annotations

from dataclasses import dataclass, field

ALIGNMENT = 16


def align_up(n: int, a: int = ALIGNMENT) -> int:
    return (n + a - 1) // a * a


@dataclass
class BufferRequest:
    """A buffer alive from op `first` to op `last` (inclusive)."""
    name: str
    size: int
    first: int
    last: int
    kind: str = "tensor"  # "tensor" | "scratch" | "winners"
    tensors: tuple[int, ...] = ()  # IR tensor indices stored in it (tensor buffers)
    label: str = ""  # what the buffer holds, for tables

    @property
    def title(self) -> str:
        return self.label or self.name


@dataclass
class Placement:
    request: BufferRequest
    offset: int

    @property
    def end(self) -> int:
        return self.offset + self.request.size


@dataclass
class MemoryPlan:
    placements: list[Placement] = field(default_factory=list)
    arena_size: int = 0
    alignment: int = ALIGNMENT

    def offset(self, name: str) -> int:
        for p in self.placements:
            if p.request.name == name:
                return p.offset
        raise KeyError(name)

    @property
    def lower_bound(self) -> int:
        """The largest sum of (aligned) sizes alive at one time: no plan can do better."""
        if not self.placements:
            return 0
        last = max(p.request.last for p in self.placements)
        best = 0
        for t in range(0, last + 1):
            best = max(best, sum(align_up(p.request.size, self.alignment) for p in self.placements
                                 if p.request.first <= t <= p.request.last))
        return best

    def check(self) -> None:
        """Raise AssertionError if two buffers alive at the same time overlap or misalign."""
        ps = self.placements
        for i, a in enumerate(ps):
            assert a.offset % self.alignment == 0, a
            assert a.end <= self.arena_size, a
            for b in ps[i + 1:]:
                if _live_together(a.request, b.request) and a.request.size and b.request.size:
                    assert a.end <= b.offset or b.end <= a.offset, (a, b)

    def table(self) -> str:
        """The plan as a text table (one row per buffer, by offset)."""
        rows = sorted(self.placements, key=lambda p: (p.offset, p.request.first))
        head = f"{'offset':>8} {'bytes':>8} {'ops':>9}  {'kind':<8} buffer"
        lines = [head, "-" * len(head)]
        for p in rows:
            r = p.request
            lines.append(f"{p.offset:>8} {r.size:>8} {f'{r.first}-{r.last}':>9}  {r.kind:<8} {r.title}")
        lines.append("-" * len(head))
        lines.append(f"arena {self.arena_size} bytes (lower bound {self.lower_bound}, "
                     f"alignment {self.alignment})")
        return "\n".join(lines)


def _live_together(a: BufferRequest, b: BufferRequest) -> bool:
    return a.first <= b.last and b.first <= a.last


def plan_memory(requests: list[BufferRequest], alignment: int = ALIGNMENT) -> MemoryPlan:
    """Greedy-by-size placement (TFLite Micro's GreedyMemoryPlanner): sort by size, largest
    first (ties: earlier first use, then request order); put each buffer at the lowest aligned
    offset that does not overlap a placed buffer with an overlapping lifetime."""
    order = sorted(range(len(requests)),
                   key=lambda i: (-align_up(requests[i].size, alignment), requests[i].first, i))
    placed: list[Placement] = []
    by_index: dict[int, Placement] = {}
    for i in order:
        r = requests[i]
        size = align_up(r.size, alignment)
        offset = 0
        if size:
            live = sorted((p for p in placed if p.request.size and _live_together(p.request, r)),
                          key=lambda p: p.offset)
            for p in live:
                if p.offset >= offset + size:
                    break  # the gap before p is large enough
                offset = max(offset, align_up(p.end, alignment))
        by_index[i] = Placement(r, offset)
        placed.append(by_index[i])
    arena = max((align_up(p.end, alignment) for p in placed), default=0)
    return MemoryPlan([by_index[i] for i in range(len(requests))], arena, alignment)
