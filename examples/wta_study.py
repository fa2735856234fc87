# SPDX-License-Identifier: Apache-2.0
"""One study: a dense model against static channel pruning, WTA, WTA + never-winning-channel
removal and a searched WTA configuration, at the same fine-tuning budget; float and int8
accuracy (bit-exact reference), MACs, and instructions measured on an emulated board.

Used by examples/mnist_wta.py, examples/kws_wta.py and examples/cifar_wta.py."""
from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DASNET_SHARED", ROOT.parent / "shared"))


def log(msg):
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


def measure(name, model, xcal, xte, yte, board, n_board, build_dir, n_int8):
    """Float/int8 accuracy, MACs, board instructions of one Keras model (open batch)."""
    import dasnet_tiny as dt
    from dasnet_tiny import evaluate, summary, train

    m1 = train.with_batch_size(model, 1)
    g = dt.convert(m1, xcal, name=name)
    s = summary.summarize(g)
    row = {"variant": name,
           "float_acc": evaluate.float_accuracy(model, xte, yte),
           "int8_acc": evaluate.int8_accuracy(g, xte[:n_int8], yte[:n_int8]),
           "macs_dense": int(s.total_macs), "macs": int(s.total_macs_skipped)}
    g.save(Path(build_dir) / f"{name}.graph.npz")
    if board:
        try:
            b = evaluate.board_accuracy(g, xte[:n_board], yte[:n_board], board=board,
                                        build_dir=str(Path(build_dir) / name))
        except Exception as e:  # keep the study going; the table shows the failure
            row["board_error"] = str(e).splitlines()[0][:200]
            log(f"{name}: board run failed: {row['board_error']}")
        else:
            row["instructions"] = b["instructions_mean"]
            row["bit_exact"] = b["bit_exact"]
            row["_report"] = b["report"]
    row["_graph"] = g
    return row


def run(name, build_dense, data, rates, dense_epochs=4, ft_epochs=4, board="mps2-an386",
        n_board=8, n_int8=2000, search_budget=0.5, out="build/examples", batch_size=64,
        score_noise=0.0, balance=0.0, search_steps=12, combined_keep=0.75):
    import keras

    from dasnet_tiny import prune, search, train
    from dasnet_tiny.search import fit_cost_model

    t0 = time.time()
    out = Path(out) / name
    out.mkdir(parents=True, exist_ok=True)
    xtr, ytr, xte, yte = data
    xcal = xtr[:300]
    times = {}
    # the board inputs and labels, for re-measuring the saved graphs later (scripts/wta_remeasure.py)
    np.savez(out / "board_inputs.npz", x=np.asarray(xte[:n_board], np.float32), y=np.asarray(yte[:n_board]))
    log(f"{name}: training the dense model ({dense_epochs} epochs on {len(xtr)} samples)")
    dense = build_dense()
    train.train_dense(dense, xtr, ytr, epochs=dense_epochs, batch_size=batch_size)
    times["dense"] = time.time() - t0
    rows = [measure("dense", dense, xcal, xte, yte, board, n_board, out, n_int8)]
    log(f"dense: {rows[-1]['float_acc']:.4f} float, {rows[-1]['int8_acc']:.4f} int8")

    def ft(model, label):
        t = time.time()
        train.finetune(model, xtr, ytr, teacher=dense, epochs=ft_epochs, batch_size=batch_size)
        times[label] = time.time() - t
        return model

    rate_map = rates if isinstance(rates, dict) else {p: rates for p in train.default_wta_points(dense)}
    log(f"static channel pruning to the WTA k per layer {rate_map}, fine-tuned {ft_epochs} epochs")
    static = ft(prune.static_prune(dense, rate_map, xtr[:1000]), "static")
    rows.append(measure("static_prune", static, xcal, xte, yte, board, n_board, out, n_int8))
    log(f"static: {rows[-1]['float_acc']:.4f} float, {rows[-1]['int8_acc']:.4f} int8")

    log(f"WTA at {rate_map}, fine-tuned {ft_epochs} epochs (gradual rates, distillation)")
    wta = ft(train.insert_wta(dense, rate_map, score_noise=score_noise, balance=balance), "wta")
    rows.append(measure("wta", wta, xcal, xte, yte, board, n_board, out, n_int8))
    div = train.winner_diversity(wta, xte[:1000])
    log(f"wta: {rows[-1]['float_acc']:.4f} float, {rows[-1]['int8_acc']:.4f} int8\n" + train.diversity_table(div))

    # static pruning at the WTA model's predicted instructions (WTA at rate r keeps the producer's
    # full work, static pruning to the same k does not: compare at equal cost as well)
    wta_cost = search.predict_cost(search.layer_costs(dense), rate_map)
    best = None
    for keep in (0.5625, 0.625, 0.6875, 0.75, 0.8125, 0.875, 0.9375):
        cand = prune.static_prune(dense, {n: max(keep, r) for n, r in rate_map.items()}, xtr[:1000])
        c = search.predict_cost(search.layer_costs(cand), {})
        if best is None or abs(c - wta_cost) < abs(best[1] - wta_cost):
            best = (keep, c, cand)
    log(f"static pruning at about the WTA model's predicted instructions: keep {best[0]:.3g} of the channels")
    sm = ft(best[2], "static_matched")
    rows.append(measure("static_matched", sm, xcal, xte, yte, board, n_board, out, n_int8))
    rows[-1]["keep"] = best[0]
    log(f"static matched: {rows[-1]['float_acc']:.4f} float, {rows[-1]['int8_acc']:.4f} int8")

    log("WTA + pruning: channels that never win on 2000 training samples removed from the graph")
    small, removed = prune.remove_never_winning(wta, xtr[:2000])
    rows.append(measure("wta_pruned", small, xcal, xte, yte, board, n_board, out, n_int8))
    rows[-1]["removed"] = {k: len(v) for k, v in removed.items()}
    log(f"wta+prune: {rows[-1]['float_acc']:.4f} float, removed {rows[-1]['removed']}")

    if combined_keep:
        # structured pruning + WTA: keep `combined_keep` of the channels statically, then WTA among
        # them with the same k per sample as the WTA model (same fine-tuning budget in total)
        log(f"static pruning to {combined_keep:.3g} of the channels + WTA at the same k, fine-tuned {ft_epochs} epochs")
        base_p = prune.static_prune(dense, {n: combined_keep for n in rate_map}, xtr[:1000])
        cr = {n: min(1.0, r / combined_keep) for n, r in rate_map.items()}
        comb = ft(train.insert_wta(base_p, cr, score_noise=score_noise, balance=balance), "static_wta")
        rows.append(measure("static_wta", comb, xcal, xte, yte, board, n_board, out, n_int8))
        rows[-1]["keep"] = combined_keep
        log(f"static+wta: {rows[-1]['float_acc']:.4f} float, {rows[-1]['int8_acc']:.4f} int8")

    log(f"search: per-layer rates under {search_budget:.0%} of the dense predicted instructions")
    t = time.time()
    res = search.search(dense, xtr[-500:], ytr[-500:], budget=search_budget, tolerance=0.03,
                        max_steps=search_steps, progress=lambda s: None)
    times["search"] = time.time() - t
    print(res.table(), flush=True)
    res.plot(out / "pareto.png")
    chosen = {n: r for n, r in res.chosen["rates"].items() if r < 1.0}
    log(f"searched configuration {chosen}")
    if chosen:
        sw = ft(train.insert_wta(dense, chosen, score_noise=score_noise, balance=balance), "searched")
        rows.append(measure("searched", sw, xcal, xte, yte, board, n_board, out, n_int8))
        rows[-1]["rates"] = chosen

    base = rows[0]
    lines = [f"{name}: {len(xtr)} training samples, {len(xte)} test (int8 on {min(n_int8, len(xte))}, "
             f"board on {n_board}), dense {dense_epochs} epochs, every other variant fine-tuned "
             f"{ft_epochs} epochs from it",
             f"{'variant':<14} {'float':>7} {'int8':>7} {'MACs':>11} {'MACs x':>7} {'instr':>12} {'instr x':>8} {'exact':>5}"]
    for r in rows:
        ins = r.get("instructions")
        lines.append(f"{r['variant']:<14} {r['float_acc']*100:>6.2f}% {r['int8_acc']*100:>6.2f}% {r['macs']:>11,} "
                     f"{base['macs']/r['macs']:>6.2f}x {ins or 0:>12,.0f} "
                     f"{(base['instructions']/ins if ins and base.get('instructions') else 0):>7.2f}x {str(r.get('bit_exact', '-')):>5}")
    table = "\n".join(lines)
    print(table, flush=True)
    (out / "table.txt").write_text(table + "\n\n" + train.diversity_table(div) + "\n")
    reps = [(r["_graph"], r["_report"]) for r in rows if "_report" in r]
    if reps:
        cm = fit_cost_model(reps)
        (out / "cost_model_fit.json").write_text(json.dumps(cm, indent=1))
        log(f"cost model refit from these board runs: {json.dumps({k: v for k, v in cm.items() if not k.startswith('_')})}")
    _plot(rows, out / "accuracy_vs_instructions.png", name)
    clean = [{k: v for k, v in r.items() if not k.startswith("_")} for r in rows]
    times["total"] = time.time() - t0
    (out / "results.json").write_text(json.dumps({"rows": clean, "diversity": div, "times_s": times,
                                                  "search": res.to_json()}, indent=1, default=float))
    log(f"{name}: done in {times['total']:.0f} s; results in {out}")
    return clean, div, times


def _plot(rows, path, title):
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return
    fig, ax = plt.subplots(figsize=(6, 4))
    for r in rows:
        x = r.get("instructions") or r["macs"]
        ax.scatter([x], [r["int8_acc"] * 100])
        ax.annotate(r["variant"], (x, r["int8_acc"] * 100), fontsize=8)
    ax.set_xlabel("board instructions per inference" if rows[0].get("instructions") else "MACs")
    ax.set_ylabel("int8 accuracy (%)")
    ax.set_title(title)
    ax.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
