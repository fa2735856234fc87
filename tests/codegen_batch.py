# SPDX-License-Identifier: Apache-2.0
"""Check many graphs against the reference at once: generate, build (ASan/UBSan, DT_DUMP), run a few
samples, and compare every layer's output tensor (lazy WTA tensors on the winners only), every WTA
winner list and every output byte. Graphs run on a small thread pool (the work is gcc and the
runner, in subprocesses)."""
from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

from dasnet_tiny import reference
from dasnet_tiny.codegen import generate
from dasnet_tiny.hostbuild import build_host, compare_layers, parse_dump, run_host
from dasnet_tiny.ir import Graph


def sample_inputs(g: Graph, n: int, seed: int) -> list[np.ndarray]:
    """n random int8 samples per graph input, [n, *shape] (the full tensor shape)."""
    rng = np.random.default_rng(seed)
    return [rng.integers(-128, 128, size=(n, *g.tensor(i).shape), dtype=np.int8) for i in g.inputs]


def check_graph(g: Graph, workdir: Path, n: int = 3, seed: int = 0, sanitize: bool = True,
                layers: bool = True) -> str | None:
    """None if the generated C matches the reference on n random samples, else what differs."""
    gen = generate(g, workdir)
    exe = build_host(workdir, sanitize=sanitize, dump=layers, jobs=1)
    xs = sample_inputs(g, n, seed)
    blob = np.concatenate([x.reshape(n, -1) for x in xs], axis=1)
    run = run_host(exe, np.ascontiguousarray(blob), dump=layers)
    got = np.frombuffer(run.outputs, np.int8).reshape(n, -1)
    records = parse_dump(run.dump) if layers else []
    for s in range(n):
        ins = [x[s] for x in xs]
        outs, values = reference.run(g, ins, return_intermediates=True)
        want = np.concatenate([o.reshape(-1) for o in outs])
        if layers:
            found = compare_layers(g, gen.analysis, [r for r in records if r[0] == s], values)
            if found is not None:
                layer, tensor, k, w, h = found
                op = g.ops[layer]
                return (f"sample {s}: layer {layer} {op.type} ({'winners' if tensor == -1 else f'tensor {tensor}'}) "
                        f"element {k}: expected {w}, got {h}")
            n_rec = sum(1 for r in records if r[0] == s and r[2] != -1)
            if n_rec != len(g.ops):
                return f"sample {s}: {n_rec} layer records for {len(g.ops)} layers"
        if not np.array_equal(got[s], want):
            k = int(np.flatnonzero(got[s] != want)[0])
            return f"sample {s}: output byte {k}: expected {want[k]}, got {got[s][k]}"
    return None


def check_many(items: list[tuple[str, Graph]], root: Path, n: int = 3, sanitize: bool = True,
               layers: bool = True, jobs: int | None = None) -> dict[str, str | None]:
    """{name: None | error text} for every (name, graph)."""
    jobs = jobs or max(1, min(2, int(os.environ.get("DASNET_JOBS", os.cpu_count() or 1))))

    def one(item):
        name, g = item
        try:
            return name, check_graph(g, Path(root) / name, n=n, seed=len(name), sanitize=sanitize,
                                     layers=layers)
        except Exception as e:  # report, do not stop the batch
            return name, f"{type(e).__name__}: {str(e)[:3000]}"

    with ThreadPoolExecutor(jobs) as ex:
        return dict(ex.map(one, items))
