# SPDX-License-Identifier: Apache-2.0
"""C code generation: `generate(graph, out_dir)` writes a self-contained folder (see
docs/generated_c_contract.md): NAME.h, NAME.c, NAME_weights.c, the dt_* kernels the model needs,
and manifest.json.

Everything numeric is decided here, at generation time: requantization multipliers/shifts (from
`dasnet_tiny.quant`, the same numbers the reference executor uses), broadcast strides, the
static memory plan, and how WTA sparsity is exploited:

* a WTA op runs `dt_wta_select_s8` (scores + top-k, winners into a small index buffer);
* the layers that read its output directly or through RESHAPE / MAX_POOL / AVERAGE_POOL
  (CONV_2D, DEPTHWISE_CONV_2D, FULLY_CONNECTED; pools compute the winners only) get the winner
  list and skip the losing input channels;
* the WTA output is *lazy* (never written; its buffer is the WTA input's) unless some other op
  or a graph output needs its loser channels: then `dt_fill_losers_s8` materializes them as the
  zero point (in place when the input dies there).
"""
from __future__ import annotations

import hashlib
import json
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from .analysis import (POOLS, SKIP_CONSUMERS, SUPPORTED, Analysis, LayerInfo, _fmt_shape,
                       _param_error, analyze)
from .emit import _Emitter, _jinja_env, _tensor_info
from .errors import DasnetError
from .ir import Graph
from .memory_plan import MemoryPlan
from .ops import OPS
from .ops.base import broadcast as _broadcast
from .output import GENERATOR, _write_folder, check_output_dir
from .resources import KERNEL_DIR
from .targets import TARGETS as _TARGET_TABLE, get_target
from .util import c_comment_text, check_c_identifier, safe_c_identifier

# Re-exported for callers and tests: the analysis and the output-folder check.
__all__ = ["generate", "generate_models", "GenerateResult", "MultiResult", "analyze", "Analysis",
           "LayerInfo", "SUPPORTED", "SKIP_CONSUMERS", "POOLS", "KERNELS", "KERNEL_DIR", "TARGETS",
           "check_output_dir", "GENERATOR", "_broadcast"]

TARGETS = tuple(_TARGET_TABLE)
# Kernel source files per op type (dt_nn.h, dt_nn_support.h/.c always come along).
KERNELS = {t: list(d.kernels) for t, d in OPS.items()}
COMMON_KERNEL_FILES = ["dt_nn.h", "dt_nn_support.h", "dt_nn_support.c"]
FILL_KERNEL = "dt_fill_losers_s8.c"


# ---------------------------------------------------------------------------------------------
# results
# ---------------------------------------------------------------------------------------------
@dataclass
class GenerateResult:
    name: str
    target: str
    out_dir: Path
    header: Path
    source: Path
    weights: Path
    manifest: Path
    sources: list[Path]  # every .c file of the folder
    kernels: list[str]  # kernel .c files copied
    arena_size: int
    plan: MemoryPlan
    layers: list[LayerInfo]
    input_size: int
    output_size: int
    weights_bytes: int  # const data emitted (weights, biases, multipliers, shifts, constants)
    analysis: "Analysis" = field(repr=False, default=None)

    @property
    def macs_dense(self) -> int:
        return sum(layer.macs_dense for layer in self.layers)

    @property
    def macs_skipped(self) -> int:
        return sum(layer.macs_skipped for layer in self.layers)

    def layer_table(self) -> str:
        head = (f"{'#':>3} {'op':<18} {'input':<14} {'output':<14} {'MACs':>11} {'MACs(WTA)':>11}  "
                "notes")
        lines = [head, "-" * len(head)]
        for r in self.layers:
            lines.append(f"{r.index:>3} {r.type:<18} {_fmt_shape(r.in_shape):<14} "
                         f"{_fmt_shape(r.out_shape):<14} {r.macs_dense:>11,} {r.macs_skipped:>11,}  "
                         f"{r.note}")
        lines.append("-" * len(head))
        d, s = self.macs_dense, self.macs_skipped
        pct = 100.0 * (d - s) / d if d else 0.0
        lines.append(f"MACs: {d:,} dense, {s:,} after skipping WTA losers ({pct:.1f}% skipped)")
        return "\n".join(lines)

    def report(self) -> str:
        """Human-readable summary: layers with MACs, the memory plan, sizes."""
        return "\n".join([
            f"model {self.name} (target {self.target}) -> {self.out_dir}",
            self.layer_table(),
            "",
            "memory plan:",
            self.plan.table(),
            "",
            f"peak arena {self.arena_size:,} bytes; input {self.input_size:,} bytes (read in place), "
            f"output {self.output_size:,} bytes; const data {self.weights_bytes:,} bytes",
        ])


# ---------------------------------------------------------------------------------------------
# the public entry point
# ---------------------------------------------------------------------------------------------
def generate(graph: Graph, out_dir, target: str = "portable", name: str | None = None,
             verbose: bool = False) -> GenerateResult:
    """Write the C code of `graph` into `out_dir` (created if needed) and return what was made.

    target: "portable" or a Cortex-M core name (dasnet_tiny.targets): selects the kernel variants.
    name: C identifier prefix (default: the graph name). verbose: print `report()`.
    """
    target = get_target(target).name
    name = check_c_identifier(name) if name is not None else safe_c_identifier(graph.name or "model")
    out = Path(out_dir)
    previous = check_output_dir(out)

    a = analyze(graph, target)
    em = _Emitter(graph, a, name, target)
    layers = []
    for i, op in enumerate(graph.ops):
        try:
            layers.append(em.layer(i, op))
        except (AssertionError, ArithmeticError, ValueError, KeyError, IndexError, TypeError) as e:
            raise _param_error(i, op, e) from None

    # inputs/outputs
    ins, off = [], 0
    for ti in graph.inputs:
        ins.append(_tensor_info(graph, ti, off))
        off += graph.tensor(ti).size
    input_size = off
    outs, off = [], 0
    for ti in graph.outputs:
        d = _tensor_info(graph, ti, off)
        d["src"] = em.ptr(ti)
        outs.append(d)
        off += graph.tensor(ti).size
    output_size = off

    kernels = sorted({k for i, op in enumerate(graph.ops) for k in OPS[op.type].kernel_files(i in a.skip)
                      if not (i in a.wta and a.wta[i].identity)} |
                     ({FILL_KERNEL} if any(w.materialize for w in a.wta.values()) or a.pool_fill else set()))

    plan_rows = []
    for p in sorted(a.plan.placements, key=lambda p: (p.offset, p.request.first)):
        r = p.request
        label = r.title
        plan_rows.append({"offset": p.offset, "size": r.size, "first": r.first, "last": r.last,
                          "kind": r.kind, "label": c_comment_text(label, 100), "title": label})

    env = _jinja_env()
    calls = {t: env.from_string('{% import "layer_common.c.j2" as C %}' + OPS[t].call)
             for t in {op.type for op in graph.ops}}
    for lay in layers:  # each op's own C call template (dasnet_tiny.ops)
        lay["call"] = calls[lay["type"]].render(l=lay, name=name)
    ctx = dict(name=name, NAME=name, target=target, layers=layers, consts=em.consts,
               inputs=ins, outputs=outs, input_size=input_size, output_size=output_size,
               arena_size=a.plan.arena_size, num_layers=len(graph.ops), plan_rows=plan_rows,
               lower_bound=a.plan.lower_bound,
               source=c_comment_text(graph.metadata.get("source", ""), 120),
               macs_dense=sum(lay.macs_dense for lay in a.layers),
               macs_skipped=sum(lay.macs_skipped for lay in a.layers))
    header = out / f"{name}.h"
    source = out / f"{name}.c"
    weights = out / f"{name}_weights.c"
    # Everything is rendered and read before the first write (a failure leaves the folder as it
    # was); files of an earlier generation that this one does not need are removed afterwards.
    contents: dict[str, bytes] = {
        header.name: env.get_template("model.h.j2").render(**ctx).encode(),
        source.name: env.get_template("model.c.j2").render(**ctx).encode(),
        weights.name: env.get_template("model_weights.c.j2").render(**ctx).encode(),
    }

    # kernels: exactly the ones this model needs
    tgt = get_target(target)
    extras = {f.name: f for f in tgt.variant_extras()}
    wanted = set(COMMON_KERNEL_FILES) | set(kernels) | set(extras)
    for k in sorted(wanted):
        contents[k] = Path(extras.get(k) or tgt.kernel_source(k)).read_bytes()

    sources = sorted([source, weights] + [out / k for k in wanted if k.endswith(".c")])
    weights_bytes = sum(c.nbytes for c in em.consts)
    result = GenerateResult(name=name, target=target, out_dir=out, header=header, source=source,
                            weights=weights, manifest=out / "manifest.json", sources=sources,
                            kernels=sorted(k for k in wanted if k.endswith(".c")),
                            arena_size=a.plan.arena_size, plan=a.plan, layers=a.layers,
                            input_size=input_size, output_size=output_size,
                            weights_bytes=weights_bytes, analysis=a)
    manifest = {
        "name": name,
        "target": target,
        "sources": [p.name for p in sources],
        "headers": sorted([header.name] + [k for k in wanted if k.endswith(".h")]),
        "input_size": input_size,
        "output_size": output_size,
        "arena_size": a.plan.arena_size,
        "num_layers": len(graph.ops),
        "layers": [{"index": lay.index, "type": lay.type, "name": lay.name,
                    "macs_dense": lay.macs_dense, "macs_skipped": lay.macs_skipped}
                   for lay in a.layers],
        "input": _manifest_tensor(ins[0]),
        "inputs": [_manifest_tensor(d) for d in ins],
        "outputs": [_manifest_tensor(d) for d in outs],
        "macs_dense": result.macs_dense,
        "macs_skipped": result.macs_skipped,
        "const_bytes": weights_bytes,
        "memory_plan": [{"buffer": r["title"], "kind": r["kind"], "offset": r["offset"],
                         "size": r["size"], "first_op": r["first"], "last_op": r["last"]}
                        for r in plan_rows],
        "wta": [{"op": w.op, "channels": w.channels, "k": w.k, "materialized": w.materialize,
                 "in_place": w.in_place, "consumers": sorted(c for c, v in a.skip.items() if v == w.op)}
                for w in a.wta.values()],
    }
    manifest["generator"] = GENERATOR
    manifest["files"] = {n: hashlib.sha256(b).hexdigest() for n, b in sorted(contents.items())}
    contents["manifest.json"] = (json.dumps(manifest, indent=2) + "\n").encode()
    _write_folder(out, contents, previous)
    if verbose:
        print(result.report())
    return result


def _manifest_tensor(d: dict) -> dict:
    return {"name": d["name"], "shape": d["shape"], "scale": d["scale"], "zero_point": d["zero_point"],
            "offset": d["offset"], "size": d["size"]}


# ---------------------------------------------------------------------------------------------
# several models in one folder
# ---------------------------------------------------------------------------------------------
@dataclass
class MultiResult:
    out_dir: Path
    target: str
    models: list[GenerateResult]  # paths in each point into out_dir
    kernels: list[str]

    def report(self) -> str:
        lines = [f"{len(self.models)} models (target {self.target}) -> {self.out_dir}"]
        for r in self.models:
            lines.append(f"  {r.name}: {r.name}.h / {r.name}.c / {r.name}_weights.c, arena "
                         f"{r.arena_size:,} B, const data {r.weights_bytes:,} B, "
                         f"{r.macs_dense:,} MACs")
        lines.append(f"  kernels (once, shared): {', '.join(self.kernels)}")
        return "\n".join(lines)


def generate_models(graphs: list[Graph], out_dir, target: str = "portable",
                    names: list[str | None] | None = None) -> MultiResult:
    """Write several models into one folder: each model's NAME.h/NAME.c/NAME_weights.c (every
    symbol under its own name) and the kernels they need, once. Link every .c of the folder."""
    names = list(names) if names is not None else [None] * len(graphs)
    if len(names) != len(graphs):
        raise DasnetError("give one name per model")
    out = Path(out_dir)
    previous = check_output_dir(out)
    # Names first (before any long work): no two models may share a file, an include guard or a
    # symbol (models "A" and "A_weights" would both write A_weights.c).
    from .util import model_name_clash, model_symbol_clash
    planned = [check_c_identifier(nm) if nm is not None else safe_c_identifier(g.name or "model")
               for g, nm in zip(graphs, names)]
    why = model_name_clash(planned)
    if why:
        raise DasnetError(f"{why}; give the models distinct names (rename a model file, or pass names)")
    texts: dict[str, str] = {}
    contents: dict[str, bytes] = {}
    results: list[GenerateResult] = []
    with tempfile.TemporaryDirectory(prefix="dasnet-gen-") as tmp:
        for i, (g, nm) in enumerate(zip(graphs, names)):
            r = generate(g, Path(tmp) / f"m{i}", target=target, name=nm)
            if any(r.name == o.name for o in results):
                raise DasnetError(f"two models are both called {r.name!r}; give them distinct names "
                                  "(rename a file or pass names)")
            texts[r.name] = "\n".join(p.read_text() for p in (r.header, r.source, r.weights))
            for f in sorted(r.out_dir.iterdir()):
                if f.name == "manifest.json":
                    continue
                data = f.read_bytes()
                if f.name in contents and contents[f.name] != data:
                    raise DasnetError(f"{f.name}: two models need different versions of this file")
                contents[f.name] = data
            rebase = lambda p: out / Path(p).name  # noqa: E731
            r.manifest_data = json.loads((r.out_dir / "manifest.json").read_text())
            r.out_dir, r.header, r.source, r.weights = out, rebase(r.header), rebase(r.source), rebase(r.weights)
            r.manifest = out / "manifest.json"
            r.sources = [rebase(p) for p in r.sources]
            results.append(r)
    why = model_symbol_clash(texts)
    if why:
        raise DasnetError(f"{why}; give the models distinct names (rename a model file, or pass names)")
    kernels = sorted(n for n in contents if n.startswith("dt_") and n.endswith(".c"))
    manifest = {
        "generator": GENERATOR,
        "target": get_target(target).name,
        "models": [{k: v for k, v in r.manifest_data.items() if k not in ("generator", "files")}
                   for r in results],
        "sources": sorted(n for n in contents if n.endswith(".c")),
        "headers": sorted(n for n in contents if n.endswith(".h")),
        "files": {n: hashlib.sha256(b).hexdigest() for n, b in sorted(contents.items())},
    }
    contents["manifest.json"] = (json.dumps(manifest, indent=2) + "\n").encode()
    _write_folder(out, contents, previous)
    return MultiResult(out, get_target(target).name, results, kernels)


