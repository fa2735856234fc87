# SPDX-License-Identifier: Apache-2.0
"""Sensitivity analysis and per-layer WTA placement / rate search under a cost budget.

    from dasnet_tiny import search
    res = search.search(dense_model, x_val, y_val, budget=0.5, cost="instructions")
    print(res.table()); res.plot("pareto.png")

1. `layer_costs(model)`: per Keras layer, dense MACs and how a WTA layer after it would cut the
   work of its consumer (conv: input channels; depthwise: channels; dense after flatten: rows).
2. Cost model: predicted instructions = sum over layers of instr/MAC(kind, dense or winners-only)
   x MACs + the WTA selection cost per scored element. The table is a data file
   (`dasnet_tiny/data/cost_model.json`), measured on an emulated board; refresh it with
   `search.fit_cost_model` when the kernels change. `cost="macs"` uses MACs instead.
3. `sensitivity`: accuracy of the model with one WTA layer at one rate (others dense), on the
   validation data, without fine-tuning: how much each layer tolerates.
4. `search`: greedy descent from the dense model: each step lowers the rate of the layer whose
   next step costs the least accuracy per saved instruction (sensitivities are re-measured
   jointly for the candidate configurations), recording every configuration; the Pareto front
   (accuracy vs predicted cost) is returned, and the cheapest configuration within the budget
   and accuracy tolerance is chosen. Accuracy here is before fine-tuning; fine-tune the chosen
   configuration with `dasnet_tiny.train.finetune`.
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

COST_FILE = Path(__file__).with_name("data") / "cost_model.json"
DEFAULT_RATES = (1.0, 0.75, 0.5, 0.375, 0.25)


def load_cost_model(path: str | Path | None = None) -> dict:
    """{kind: {"dense": instr/MAC, "wta": instr/MAC when reading winners only}, "wta_select":
    instr per scored element, "other": instr per output element of other layers}."""
    p = Path(path) if path else COST_FILE
    return json.loads(p.read_text())


@dataclass
class LayerCost:
    name: str
    kind: str  # conv | depthwise | dense | other
    macs: int
    out_elems: int
    channels: int  # output channels / features
    consumer: str | None  # the layer whose MACs a WTA layer here would cut
    consumer_kind: str | None
    consumer_macs: int = 0


def _kind(layer, keras) -> str:
    if isinstance(layer, keras.layers.DepthwiseConv2D):
        return "depthwise"
    if isinstance(layer, keras.layers.Conv2D):
        return "conv"
    if isinstance(layer, keras.layers.Dense):
        return "dense"
    return "other"


def layer_costs(model) -> list[LayerCost]:
    """Per layer (model order) MACs and the consumer a WTA layer after it would thin out."""
    import keras

    from .train import _functional, _inbound

    fm = _functional(model, keras)
    layers = [l for l in fm.layers if not isinstance(l, keras.layers.InputLayer)]
    out = []
    for l in layers:
        k = _kind(l, keras)
        oshape = tuple(l.output.shape[1:])
        n_out = int(np.prod(oshape))
        ishape = tuple(l.input.shape[1:]) if hasattr(l, "input") else ()
        if k == "conv":
            kh, kw = l.kernel_size
            macs = n_out * kh * kw * int(ishape[-1]) // max(1, l.groups)
        elif k == "depthwise":
            kh, kw = l.kernel_size
            macs = n_out * kh * kw
        elif k == "dense":
            macs = n_out * int(ishape[-1])
        else:
            macs = 0
        out.append(LayerCost(l.name, k, int(macs), n_out, int(oshape[-1]), None, None))
    by = {c.name: c for c in out}
    # consumer: the next MAC layer reached through pass-through layers (pool, flatten, relu...)
    for i, l in enumerate(layers):
        j = i + 1
        passthrough = (keras.layers.MaxPooling2D, keras.layers.AveragePooling2D, keras.layers.Flatten,
                       keras.layers.ReLU, keras.layers.Dropout, keras.layers.Reshape)
        while j < len(layers) and isinstance(layers[j], passthrough):
            j += 1
        if j < len(layers) and _kind(layers[j], keras) != "other" and _inbound_chain(layers, i, j, _inbound):
            by[l.name].consumer = layers[j].name
            by[l.name].consumer_kind = _kind(layers[j], keras)
            by[l.name].consumer_macs = by[layers[j].name].macs
    return out


def _inbound_chain(layers, i, j, inbound) -> bool:
    for a in range(i + 1, j + 1):
        if inbound(layers[a]) is not layers[a - 1]:
            return False
    return True


def predict_cost(costs: list[LayerCost], rates: dict[str, float], cost_model: dict | None = None,
                 metric: str = "instructions") -> float:
    """Predicted instructions (or MACs) of the model with WTA layers at `rates` {layer: rate}."""
    from .wta import wta_k

    cm = cost_model or load_cost_model()
    frac = {}
    select = 0.0
    for c in costs:
        r = rates.get(c.name, 1.0)
        if r < 1.0 and c.consumer:
            frac[c.consumer] = wta_k(r, c.channels) / c.channels
            select += c.out_elems
    total = 0.0
    for c in costs:
        f = frac.get(c.name)
        if metric == "macs":
            total += c.macs * (f if f is not None else 1.0)
            continue
        if c.kind == "other":
            total += cm["other"] * c.out_elems
            continue
        k = cm[c.kind]
        mode = "wta" if f is not None else "dense"
        total += c.macs * (f if f is not None else 1.0) * k[mode] + k.get(f"per_output_{mode}", 0.0) * c.out_elems
    if metric != "macs":
        total += cm["wta_select"] * select
    return float(total)


def _accuracy_with(model, rates, x, y, batch_size=256) -> float:
    from .evaluate import float_accuracy
    from .train import insert_wta
    active = {n: r for n, r in rates.items() if r < 1.0}
    if not active:
        return float_accuracy(model, x, y, batch_size)
    m = insert_wta(model, active, score_noise=0.0, balance=0.0)
    return float_accuracy(m, x, y, batch_size)


def sensitivity(model, x, y, points=None, rates=DEFAULT_RATES[1:], progress=None) -> dict:
    """{layer: {rate: accuracy with WTA only there}} plus {"__dense__": accuracy}."""
    from .train import default_wta_points
    points = list(points or default_wta_points(model))
    say = progress or (lambda s: None)
    res = {"__dense__": _accuracy_with(model, {}, x, y)}
    n = len(points) * len(rates)
    i = 0
    for p in points:
        res[p] = {}
        for r in rates:
            i += 1
            res[p][r] = _accuracy_with(model, {p: r}, x, y)
            say(f"sensitivity {i}/{n}: {p} at rate {r}: accuracy {res[p][r]:.4f}")
    return res


@dataclass
class SearchResult:
    configs: list[dict] = field(default_factory=list)  # {"rates", "cost", "accuracy", "macs"}
    dense_cost: float = 0.0
    dense_accuracy: float = 0.0
    chosen: dict | None = None
    metric: str = "instructions"

    def pareto(self) -> list[dict]:
        pts = sorted(self.configs, key=lambda c: (c["cost"], -c["accuracy"]))
        front, best = [], -1.0
        for c in pts:
            if c["accuracy"] > best:
                front.append(c)
                best = c["accuracy"]
        return front

    def table(self) -> str:
        lines = [f"{'predicted ' + self.metric:>24} {'speed-up':>8} {'accuracy':>8}  rates"]
        for c in self.pareto():
            rs = ", ".join(f"{n}={r:g}" for n, r in c["rates"].items() if r < 1.0) or "dense"
            mark = "  <- chosen" if c is self.chosen else ""
            lines.append(f"{c['cost']:>24,.0f} {self.dense_cost / c['cost']:>7.2f}x {c['accuracy']:>8.4f}  {rs}{mark}")
        return "\n".join(lines)

    def plot(self, path) -> Path:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        fig, ax = plt.subplots(figsize=(6, 4))
        ax.scatter([c["cost"] for c in self.configs], [c["accuracy"] for c in self.configs], s=12,
                   color="0.7", label="evaluated")
        fr = self.pareto()
        ax.plot([c["cost"] for c in fr], [c["accuracy"] for c in fr], "o-", label="Pareto front")
        if self.chosen:
            ax.plot([self.chosen["cost"]], [self.chosen["accuracy"]], "r*", ms=12, label="chosen")
        ax.set_xlabel(f"predicted {self.metric}")
        ax.set_ylabel("accuracy (float, before fine-tuning)")
        ax.legend()
        ax.grid(alpha=0.3)
        fig.tight_layout()
        p = Path(path)
        fig.savefig(p, dpi=120)
        plt.close(fig)
        return p

    def to_json(self) -> dict:
        return {"metric": self.metric, "dense_cost": self.dense_cost, "dense_accuracy": self.dense_accuracy,
                "configs": self.configs, "pareto": self.pareto(), "chosen": self.chosen}


def search(model, x, y, budget: float | None = 0.5, tolerance: float = 0.02, points=None,
           rates=DEFAULT_RATES, metric: str = "instructions", cost_model: dict | None = None,
           max_steps: int | None = None, progress=None) -> SearchResult:
    """Greedy per-layer rate search on a trained dense model.

    budget: target cost as a fraction of the dense model's (0.5: half the instructions) or None.
    tolerance: accuracy drop (before fine-tuning) allowed for the chosen configuration; the chosen
    one is the most accurate within the budget, else the cheapest within the tolerance."""
    from .train import default_wta_points

    say = progress or (lambda s: print(s, file=sys.stderr, flush=True))
    points = [p for p in (points or default_wta_points(model))]
    costs = layer_costs(model)
    by = {c.name: c for c in costs}
    points = [p for p in points if by.get(p) and by[p].consumer]
    cm = None if metric == "macs" else (cost_model or load_cost_model())
    rates = sorted(set(rates) | {1.0}, reverse=True)
    cur = {p: 1.0 for p in points}
    res = SearchResult(metric=metric)
    res.dense_cost = predict_cost(costs, {}, cm, metric)
    res.dense_accuracy = _accuracy_with(model, {}, x, y)
    res.configs.append({"rates": dict(cur), "cost": res.dense_cost, "accuracy": res.dense_accuracy})
    say(f"search: dense model: accuracy {res.dense_accuracy:.4f}, predicted {metric} {res.dense_cost:,.0f}; "
        f"{len(points)} WTA points {points}")
    acc = res.dense_accuracy
    steps = 0
    while True:
        cands = []
        for p in points:
            i = rates.index(cur[p])
            if i + 1 >= len(rates):
                continue
            trial = dict(cur)
            trial[p] = rates[i + 1]
            cands.append(trial)
        if not cands:
            break
        scored = []
        for j, trial in enumerate(cands):
            c = predict_cost(costs, trial, cm, metric)
            a = _accuracy_with(model, trial, x, y)
            cur_cost = res.configs[-1]["cost"]
            saved = max(cur_cost - c, 1e-9)
            scored.append(((acc - a) / saved, -saved, trial, c, a))
            say(f"search step {steps + 1}: candidate {j + 1}/{len(cands)}: cost {c:,.0f} accuracy {a:.4f}")
        scored.sort(key=lambda s: (s[0], s[1]))
        _, _, cur, c, acc = scored[0]
        res.configs.append({"rates": dict(cur), "cost": c, "accuracy": acc})
        steps += 1
        if max_steps and steps >= max_steps:
            break
        if budget is not None and c <= budget * res.dense_cost * 0.7:
            break
    ok = [c for c in res.configs if budget is None or c["cost"] <= budget * res.dense_cost]
    if ok:
        res.chosen = max(ok, key=lambda c: (c["accuracy"], -c["cost"]))
    else:
        tol = [c for c in res.configs if c["accuracy"] >= res.dense_accuracy - tolerance]
        res.chosen = min(tol, key=lambda c: c["cost"]) if tol else res.configs[0]
    return res


def fit_cost_model(reports: list[tuple], path: str | Path | None = None, note: str = "") -> dict:
    """Refit the cost table from board runs: `reports` is a list of (graph, report dict) from
    `dasnet_tiny.verify` on a board (its `per_layer` rows: MACs and instructions_mean). For each
    MAC layer kind and mode (dense / reading WTA winners only) fits instructions = a * MACs +
    per_output * output elements (least squares, non-negative); WTA selection per scored element
    and other layers per output element are medians. Writes the JSON when `path` is given."""
    from .wta import analyze_wta

    pts: dict[str, list] = {}
    scal: dict[str, list] = {}
    for g, rep in reports:
        a = analyze_wta(g)
        for row in rep.get("per_layer", rep.get("layers", [])):
            i, t = row["index"], row["type"]
            instr = row.get("instructions_mean")
            if instr is None or i >= len(g.ops):
                continue
            op = g.ops[i]
            n_out = int(np.prod(g.tensor(op.outputs[0]).shape))
            kind = {"CONV_2D": "conv", "DEPTHWISE_CONV_2D": "depthwise", "FULLY_CONNECTED": "dense"}.get(t)
            if kind is None:
                if t in ("WTA_CHANNEL", "WTA_DENSE"):
                    n = int(np.prod(g.tensor(op.inputs[0]).shape))
                    scal.setdefault("wta_select", []).append(instr / max(n, 1))
                elif t not in ("RESHAPE",):
                    scal.setdefault("other", []).append(instr / max(n_out, 1))
                continue
            wta = i in a.skip
            macs = row["macs_after_skipping"] if wta else row["macs_dense"]
            pts.setdefault((kind, "wta" if wta else "dense"), []).append((macs, n_out, instr))
    cm = load_cost_model()
    for (kind, mode), rows in pts.items():
        A = np.array([[m, o] for m, o, _ in rows], float)
        b = np.array([v for _, _, v in rows], float)
        coef = None
        if len(rows) >= 2:
            coef, *_ = np.linalg.lstsq(A, b, rcond=None)
            if (coef < 0).any():
                coef = None
        if coef is None:
            coef = np.array([float(np.median(b / np.maximum(A[:, 0], 1))), 0.0])
        d = cm.setdefault(kind, {})
        d[mode] = round(float(coef[0]), 4)
        d[f"per_output_{mode}"] = round(float(coef[1]), 4)
    for key, vals in scal.items():
        cm[key] = round(float(np.median(vals)), 4)
    if note:
        cm["measured_on"] = note
    if path:
        Path(path).write_text(json.dumps(cm, indent=1) + "\n")
    return cm


# ---------------------------------------------------------------------------------------------
# CLI: dasnet-tiny search MODEL.keras --data val.npz
# ---------------------------------------------------------------------------------------------
def add_parser(sub) -> None:
    s = sub.add_parser("search", help="per-layer WTA placement and rates for a trained dense .keras "
                                      "model under a cost budget (Pareto table and plot)")
    s.add_argument("model", help="trained dense Keras model (.keras)")
    s.add_argument("--data", required=True, help=".npz with validation samples (x, or the first array) "
                                                 "and integer labels (y, or the second array)")
    s.add_argument("--budget", type=float, default=0.5,
                   help="target cost as a fraction of the dense model's (default 0.5)")
    s.add_argument("--metric", choices=["instructions", "macs"], default="instructions")
    s.add_argument("--rates", default="1,0.75,0.5,0.375,0.25", help="candidate rates, comma-separated")
    s.add_argument("--limit", type=int, default=1000, help="validation samples used (default 1000)")
    s.add_argument("--plot", help="write the Pareto plot here (.png)")
    s.add_argument("--json", help="write every evaluated configuration here")
    s.set_defaults(fn=cmd_search)


def cmd_search(a) -> int:
    from .errors import DasnetError
    from .quiet import quiet_tensorflow

    p = Path(a.data)
    try:
        z = np.load(p, allow_pickle=False)
    except (OSError, ValueError) as e:
        raise DasnetError(f"{p}: cannot read the validation data ({e})") from None
    keys = list(z.files)
    if len(keys) < 2 and not {"x", "y"} <= set(keys):
        raise DasnetError(f"{p}: needs samples and labels (arrays x and y)")
    x = z["x"] if "x" in keys else z[keys[0]]
    y = z["y"] if "y" in keys else z[keys[1]]
    x, y = np.asarray(x, np.float32)[:a.limit], np.asarray(y)[:a.limit]
    try:
        rates = tuple(float(r) for r in a.rates.split(","))
    except ValueError:
        raise DasnetError(f"--rates: not a comma-separated list of numbers: {a.rates!r}") from None
    print(f"loading {a.model}", file=sys.stderr, flush=True)
    with quiet_tensorflow():
        import keras

        from . import layers  # noqa: F401  (registers the WTA layers)
        try:
            model = keras.models.load_model(a.model, compile=False)
        except Exception as e:
            raise DasnetError(f"{a.model}: cannot load the Keras model ({str(e).splitlines()[0]})") from None
    res = search(model, x, y, budget=a.budget, rates=rates, metric=a.metric)
    print(res.table())
    if a.plot:
        print(f"plot written to {res.plot(a.plot)}")
    if a.json:
        Path(a.json).write_text(json.dumps(res.to_json(), indent=1))
        print(f"configurations written to {a.json}")
    return 0
