# SPDX-License-Identifier: Apache-2.0
"""`dasnet-tiny bench`: run models on emulated boards and compare with TFLite Micro + CMSIS-NN.

For each model and board: generate the C for the board's core (its kernel variants), build, run
real or seeded inputs under QEMU, check every output byte against the reference, and report
instructions per inference, MACs per instruction, the estimated cycles (labelled with the cost
model's core), flash, RAM, arena, and the ratio to the TFLite Micro figures of
`dasnet_tiny/data/peers.json` (with their provenance). Writes JSON and a bar chart; optionally the
per-layer breakdown and a WTA-rate sweep.
"""
from __future__ import annotations

import copy
import json
import os
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from .errors import DasnetError
from .ir import Graph

PEERS_FILE = Path(__file__).resolve().parent / "data" / "peers.json"
DEFAULT_MODELS = ("kws_ref_model.tflite", "pretrainedResnet_quant.tflite")
DEFAULT_BOARDS = ("mps2-an386", "mps3-an547")


def shared_dir() -> Path:
    return Path(os.environ.get("DASNET_SHARED", "../shared"))


def load_peers() -> dict:
    return json.loads(PEERS_FILE.read_text())


@dataclass
class BenchRow:
    model: str
    board: str
    core: str
    bit_exact: bool
    samples: int
    macs: int
    macs_after_skipping: int
    instructions: float
    estimated_cycles: float
    cycles_model: str
    flash: int
    weights: int
    ram: int
    arena: int
    stack: int
    peer: float | None = None  # TFLite Micro + CMSIS-NN instructions on this core, if known
    per_layer: list = field(default_factory=list)

    @property
    def macs_per_instruction(self) -> float:
        return self.macs_after_skipping / self.instructions if self.instructions else 0.0

    @property
    def ratio(self) -> float | None:
        return self.instructions / self.peer if self.peer else None


def model_inputs(graph: Graph, stem: str, n: int, seed: int = 0) -> np.ndarray:
    """Real inputs for the shared MLPerf Tiny models, seeded random int8 otherwise."""
    data = shared_dir() / "data"
    shape = graph.input_tensors[0].shape[1:]
    if stem.startswith("kws") and (data / "speech_commands_v2_mfcc49x10.npz").exists():
        d = np.load(data / "speech_commands_v2_mfcc49x10.npz")
        x = np.clip(np.round(d["x_test"][:n] / 0.5847) + 83, -128, 127).astype(np.int8)
        return x.reshape(n, *shape)
    if "resnet" in stem.lower() and (data / "cifar10_jpeg_q75_25k.npz").exists():
        d = np.load(data / "cifar10_jpeg_q75_25k.npz")
        return (d["x_test"][:n].astype(np.int16) - 128).astype(np.int8).reshape(n, *shape)
    rng = np.random.default_rng(seed)
    return rng.integers(-128, 128, size=(n, *shape), dtype=np.int8)


def with_wta_rate(graph: Graph, rate: float) -> Graph:
    """A copy of `graph` whose WTA ops keep wta_k(rate, C) channels (the layers' rule)."""
    from .wta import wta_channels, wta_k

    g = copy.deepcopy(graph)
    for op in g.wta_ops():
        op.options["k"] = wta_k(rate, wta_channels(g, op))
        op.options["rate"] = rate
    return g


def bench_one(graph: Graph, stem: str, board: str, n: int, build: Path, peers: dict,
              timeout: float = 900.0, progress=None) -> BenchRow:
    from .boards import get_board
    from .verify import verify

    b = get_board(board)
    xs = model_inputs(graph, stem, n)
    r = verify(graph, xs, board=board, build_dir=build, timeout=timeout, progress=progress)
    m = r.report
    peer_stem = peers.get("standins", {}).get(stem, stem)  # stand-ins compare with the real model
    peer = peers.get("models", {}).get(peer_stem, {}).get(b.core, {}).get("tflm_cmsis_nn")
    return BenchRow(
        model=stem, board=board, core=b.core, bit_exact=r.ok, samples=len(xs),
        macs=m["macs"]["dense"], macs_after_skipping=m["macs"]["after_skipping"],
        instructions=float(m["instructions_per_inference_mean"]),
        estimated_cycles=float(m.get("estimated_cycles_per_inference",
                                     m.get("estimated_m4_cycles_per_inference", 0.0))),
        cycles_model=str(m.get("estimated_cycles_model", "Cortex-M4")),
        flash=m["flash"]["total"], weights=m["flash"]["weights"], ram=m["ram"]["total"],
        arena=m["ram"]["arena"], stack=m["ram"]["stack_high_water"], peer=peer,
        per_layer=[{k: v for k, v in row.items() if k in ("index", "type", "name", "macs_dense",
                                                            "macs_after_skipping", "instructions_mean")}
                   for row in m.get("per_layer", [])])


def table(rows: list[BenchRow]) -> str:
    head = ("| model | board (core) | bit-exact | MACs | instructions / inference | MAC / instr | "
            "est. cycles (cost model) | flash B (weights) | RAM B | arena B | vs TFLM+CMSIS-NN |")
    lines = [head, "|---" * 11 + "|"]
    for r in rows:
        ratio = f"{r.ratio:.2f}x ({r.peer / 1e6:.2f} M)" if r.ratio else "-"
        lines.append(
            f"| {r.model} | {r.board} ({r.core}) | {'yes' if r.bit_exact else 'NO'} | {r.macs:,} | "
            f"{r.instructions:,.0f} | {r.macs_per_instruction:.3f} | {r.estimated_cycles:,.0f} "
            f"({r.cycles_model}) | {r.flash:,} ({r.weights:,}) | {r.ram:,} | {r.arena:,} | {ratio} |")
    return "\n".join(lines)


def layer_table(row: BenchRow) -> str:
    lines = [f"{row.model} on {row.board}: instructions per layer",
             f"{'#':>3} {'op':<18} {'MACs':>11} {'instructions':>13} {'instr/MAC':>9}  name"]
    for p in row.per_layer:
        ins = p.get("instructions_mean", 0.0)
        macs = p.get("macs_after_skipping", 0)
        per = f"{ins / macs:9.2f}" if macs else f"{'-':>9}"
        lines.append(f"{p['index']:>3} {p['type']:<18} {macs:>11,} {ins:>13,.0f} {per}  "
                     f"{(p.get('name') or '')[:40]}")
    return "\n".join(lines)


def bar_chart(rows: list[BenchRow], path: Path) -> Path:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    labels = [f"{r.model}\n{r.board}" for r in rows]
    x = np.arange(len(rows))
    fig, ax = plt.subplots(figsize=(max(6, 1.6 * len(rows)), 4))
    ax.bar(x - 0.2, [r.instructions / 1e6 for r in rows], 0.4, label="dasnet-tiny")
    ax.bar(x + 0.2, [(r.peer or 0) / 1e6 for r in rows], 0.4, label="TFLite Micro + CMSIS-NN")
    for xi, r in zip(x, rows):
        if r.ratio:
            ax.annotate(f"{r.ratio:.2f}x", (xi - 0.2, r.instructions / 1e6), ha="center", va="bottom",
                        fontsize=8)
    ax.set_xticks(x, labels, fontsize=8)
    ax.set_ylabel("million instructions / inference")
    ax.set_title("Instructions per inference (QEMU, counted)")
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def run(models: list[str], boards: list[str], out: Path, n: int = 3, layers: bool = False,
        sweep: list[float] | None = None, calibration: str | None = None,
        progress=print) -> list[BenchRow]:
    from .cli import load_model

    peers = load_peers()
    out.mkdir(parents=True, exist_ok=True)
    rows: list[BenchRow] = []
    jobs = [(m, b) for m in models for b in boards]
    graphs: dict[str, Graph] = {}
    for i, (m, b) in enumerate(jobs, 1):
        stem = Path(m).stem
        if m not in graphs:
            graphs[m] = load_model(m, calibration)
        progress(f"[{i}/{len(jobs)}] {stem} on {b}: generating, building, running {n} samples ...")
        step = lambda msg: progress(f"    {msg} ...")  # noqa: E731 - building, sample i of N
        row = bench_one(graphs[m], stem, b, n, out / "build" / f"{stem}-{b}", peers, progress=step)
        rows.append(row)
        progress(f"    {row.instructions:,.0f} instructions / inference"
                 + (f", {row.ratio:.2f}x TFLite Micro + CMSIS-NN" if row.ratio else "")
                 + ("" if row.bit_exact else "  ** NOT BIT-EXACT **"))
        if sweep and graphs[m].wta_ops():
            for rate in sweep:
                progress(f"    WTA rate {rate:g} ...")
                srow = bench_one(with_wta_rate(graphs[m], rate), f"{stem}@{rate:g}", b, n,
                                 out / "build" / f"{stem}-{b}-r{rate:g}", peers, progress=step)
                rows.append(srow)
    (out / "bench.json").write_text(json.dumps(
        {"peers_source": peers.get("about"), "rows": [asdict(r) | {"ratio": r.ratio} for r in rows]},
        indent=1) + "\n")
    bar_chart(rows, out / "bench.png")
    return rows


def main(a) -> int:
    models = a.models or [str(shared_dir() / "models" / "mlperf_tiny" / f) for f in DEFAULT_MODELS]
    for m in models:
        if not Path(m).exists():
            raise DasnetError(f"{m}: no such model file (set DASNET_SHARED for the default models)")
    out = Path(a.out)
    rows = run(models, a.board or list(DEFAULT_BOARDS), out, n=a.samples, layers=a.layers,
               sweep=a.sweep, calibration=a.calibration,
               progress=lambda s: print(s, file=sys.stderr, flush=True))
    print(table(rows))
    if a.layers:
        for r in rows:
            print()
            print(layer_table(r))
    print(f"\nTFLite Micro figures: {PEERS_FILE.name} ({load_peers()['about'][:120]}...)")
    print(f"wrote {out / 'bench.json'} and {out / 'bench.png'}")
    return 0 if all(r.bit_exact for r in rows) else 1


def add_parser(sub) -> None:
    s = sub.add_parser("bench", help="run models on emulated boards: instructions, flash, RAM, "
                                     "ratio to TFLite Micro + CMSIS-NN; JSON and a bar chart")
    s.add_argument("models", nargs="*", help=".tflite, graph or .keras files (default: the shared "
                                             "MLPerf Tiny KWS and ResNet-8)")
    s.add_argument("--board", action="append", help="board (repeatable; default: mps2-an386 and "
                                                    "mps3-an547)")
    s.add_argument("--samples", type=int, default=3, help="inputs per model (default 3)")
    s.add_argument("--layers", action="store_true", help="print the per-layer breakdown")
    s.add_argument("--sweep", type=float, nargs="+", metavar="RATE",
                   help="also run each WTA model with every WTA layer at these rates")
    s.add_argument("--calibration", help=".npz of float samples (for .keras models)")
    s.add_argument("--out", default="build/bench", help="output folder (default build/bench)")
    s.set_defaults(fn=main)
