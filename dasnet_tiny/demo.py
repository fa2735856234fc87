# SPDX-License-Identifier: Apache-2.0
"""The end-to-end demo: train a small CNN with WTA layers, quantize it, generate C, run it on an
emulated Cortex-M board, and compare its cost with its dense twin.

Run with `dasnet-tiny demo` (README command 1).
"""
from __future__ import annotations

import importlib.util
import os
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]


def _say(msg: str = "") -> None:
    print(msg, flush=True)


def _progress(msg: str) -> None:
    _say(f"  ... {msg}")


def _step(n: int, total: int, msg: str) -> float:
    _say(f"\n[{n}/{total}] {msg}")
    return time.time()


def _examples_models():
    spec = importlib.util.spec_from_file_location("dasnet_examples_models", ROOT / "examples" / "models.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def load_digits_data(seed: int = 0):
    from sklearn.datasets import load_digits

    d = load_digits()
    x = (d.images / 16.0).astype(np.float32)[..., None]
    y = d.target.astype(np.int64)
    idx = np.random.default_rng(seed).permutation(len(x))
    n_test = len(x) // 5
    te, tr = idx[:n_test], idx[n_test:]
    return x[tr], y[tr], x[te], y[te]


def quantize_input(x: np.ndarray, scale: float, zero_point: int) -> np.ndarray:
    return np.clip(np.round(x / scale) + zero_point, -128, 127).astype(np.int8)


def main(args) -> int:
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    from . import reference
    from .converter import convert
    from .layers import WTARateSchedule, wta_layers
    from .summary import summarize
    from .util import quiet

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    total = 5

    t = _step(1, total, "Train a small CNN with winners-take-all layers on scikit-learn's 8x8 digits")
    import keras

    keras.utils.set_random_seed(0)
    models = _examples_models()
    xtr, ytr, xte, yte = load_digits_data()
    model = models.digits_cnn(wta_rate=0.5, seed=0)  # batch 1: what the microcontroller runs
    train = models.digits_cnn(wta_rate=0.5, seed=0, batch_size=None)  # same layers, batched training
    train.compile(optimizer=keras.optimizers.Adam(2e-3), loss="sparse_categorical_crossentropy",
                  metrics=["accuracy"])
    anneal = max(1, args.epochs // 2)
    _say(f"  model: {model.name}, {model.count_params():,} parameters; WTA layers: "
         + ", ".join(f"{l.name} (keep {l.rate:.0%})" for l in wta_layers(model)))
    _say(f"  {len(xtr)} training / {len(xte)} test images; {args.epochs} epochs, WTA rate annealed "
         f"from 100% to the target over the first {anneal}")
    train.fit(xtr, ytr, epochs=args.epochs, batch_size=16, verbose=0,
              callbacks=[WTARateSchedule(anneal), _EpochPrinter(args.epochs)])
    model.set_weights(train.get_weights())
    float_acc = float(np.mean(np.argmax(train.predict(xte, verbose=0), axis=1) == yte))
    _say(f"  float accuracy (WTA model, test set): {float_acc:.2%}   [{time.time() - t:.0f} s]")

    t = _step(2, total, "Quantize to int8 (TFLite converter on the dense twin) and add the WTA ops")
    with quiet():
        graph = convert(model, xtr[:300], name="digits_wta")
        twin = convert(model, xtr[:300], name="digits_dense", wta=False)
    graph.save(out / "digits_wta.graph")
    s = summarize(graph)
    _say(s.table())
    inp = graph.input_tensors[0]
    xq = quantize_input(xte, inp.scale[0], inp.zp)
    preds, wins = [], {op.name: np.zeros(graph.tensor(op.inputs[0]).shape[-1]) for op in graph.wta_ops()}
    for x in xq:
        outs, vals = reference.run(graph, x[None], return_intermediates=True)
        preds.append(int(np.argmax(outs[0])))
        for op in graph.wta_ops():  # the winners as the WTA rule picked them
            xin = vals[op.inputs[0]]
            scores = (xin.astype(np.int64) - graph.tensor(op.inputs[0]).zp).reshape(-1, xin.shape[-1]).sum(axis=0)
            wins[op.name] += reference.winner_mask(scores[None], op.options["k"])[0]
    int8_acc = float(np.mean(np.array(preds) == yte))
    _say(f"  int8 reference accuracy (whole test set, {len(xq)} images): {int8_acc:.2%} "
         f"(float {float_acc:.2%})")
    for op in graph.wta_ops():
        c = wins[op.name].size
        _say(f"  {op.name}: keeps k={op.options['k']} of {c} {'channels' if op.type == 'WTA_CHANNEL' else 'neurons'}"
             f" per input; {int((wins[op.name] > 0).sum())} of {c} win for at least one test image")
    saved = s.total_macs - s.total_macs_skipped
    _say(f"  MACs per inference: {s.total_macs:,} dense -> {s.total_macs_skipped:,} with losers skipped "
         f"({saved / s.total_macs:.1%} saved)")
    _plot_winners(wins, len(xq), out / "winners.png")
    _say(f"  [{time.time() - t:.0f} s]")

    try:
        from .codegen import generate
    except ImportError:
        _say("\n(code generator not available in this version: stopping after the reference)")
        return 0

    t = _step(3, total, "Generate C (portable int8 kernels, static arena) and verify on the host, bit for bit")
    from .verify import verify

    res = verify(graph, xq, board=None, build_dir=out / "host", progress=_progress)
    _say(res.text)
    if not res.ok:
        return 1
    _say(f"  [{time.time() - t:.0f} s]")

    n = min(args.samples, len(xq))
    t = _step(4, total, f"Cross-build for {args.board} and run {n} test images on the emulated board (QEMU)")
    board_wta = verify(graph, xq[:n], board=args.board, build_dir=out / "board_wta", report=out / "wta.json",
                       progress=_progress)
    _say(board_wta.text)
    t = _step(5, total, f"The same for the dense twin (no WTA, nothing skipped) on {args.board}")
    board_dense = verify(twin, xq[:n], board=args.board, build_dir=out / "board_dense",
                         report=out / "dense.json", progress=_progress)
    _say(board_dense.text)

    r_w, r_d = board_wta.report, board_dense.report
    board_acc = float(np.mean(np.argmax(board_wta.outputs.reshape(n, -1), axis=1) == yte[:n]))
    iw, idn = np.mean(r_w["instructions_per_inference"]), np.mean(r_d["instructions_per_inference"])
    _say("\n" + "=" * 78)
    _say(f"RESULT on {args.board} ({r_w.get('cpu', '')}), {n} test images; instructions counted by "
         f"{r_w.get('method', '?').split(':')[0]}")
    _say(f"  accuracy on the board (int8, WTA)      {board_acc:.2%}   (float model {float_acc:.2%})")
    _say(f"  output bytes identical to reference    {'yes' if board_wta.ok and board_dense.ok else 'NO'} "
         f"({n} x {graph.output_tensors[0].size} bytes, both models)")
    _say(f"  instructions per inference, dense twin {idn:,.0f}")
    _say(f"  instructions per inference, WTA model  {iw:,.0f}   ({idn / iw:.2f}x fewer)")
    from .verify import cycle_label
    _say(f"  {cycle_label(r_w.get('cpu', ''))}, WTA model: "
         f"{r_w.get('estimated_m4_cycles_per_inference', 0):,.0f}")
    fl, ram, fd, rd = r_w["flash"], r_w["ram"], r_d["flash"], r_d["ram"]
    _say(f"  flash (code + constants), WTA / dense  {fl['total']:,} B / {fd['total']:,} B  "
         f"(weights {fl['weights']:,} B)")
    _say(f"  RAM (data+bss+whole-firmware stack high-water), WTA / dense {ram['total']:,} B / {rd['total']:,} B  "
         f"(arena {ram['arena']:,} B / {rd['arena']:,} B: the WTA conv compacts its winners in scratch)")
    _plot_layers(r_d, r_w, args.board, out / "instructions_per_layer.png")
    _say(f"  plots and reports in {out}/")
    _say("=" * 78)
    return 0 if (board_wta.ok and board_dense.ok) else 1


class _EpochPrinter:
    """Keras callback printing one line per epoch (progress on long work)."""

    def __new__(cls, epochs):
        import keras

        class P(keras.callbacks.Callback):
            def on_epoch_end(self, epoch, logs=None):
                logs = logs or {}
                rates = [f"{l.current_rate:.2f}" for l in getattr(self.model, "layers", []) if hasattr(l, "current_rate")]
                _say(f"  epoch {epoch + 1:>2}/{epochs}: loss {logs.get('loss', 0):.3f}, accuracy "
                     f"{logs.get('accuracy', 0):.2%}, WTA rates {'/'.join(rates)}")
        return P()


def _plot_winners(wins: dict, n: int, path: Path) -> None:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        import matplotlib.ticker
    except ImportError:
        return
    fig, axes = plt.subplots(1, len(wins), figsize=(4 * len(wins), 3), squeeze=False)
    for ax, (name, counts) in zip(axes[0], wins.items()):
        ax.bar(np.arange(counts.size), 100 * counts / n, color="tab:blue")
        ax.set_title(f"{name}: how often each unit wins")
        ax.set_xlabel("channel / neuron")
        ax.set_ylabel("% of test images")
        ax.set_ylim(0, 100)
        ax.xaxis.set_major_locator(matplotlib.ticker.MaxNLocator(integer=True))
    fig.tight_layout()
    fig.savefig(path, dpi=90)
    plt.close(fig)
    _say(f"  plot of winner frequencies: {path}")


def _plot_layers(dense: dict, wta: dict, board: str, path: Path) -> None:
    """Grouped bars: instructions per layer, dense twin vs WTA model (layers matched by name)."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return
    # The WTA model is the dense twin with WTA ops inserted: its other ops pair with the twin's in
    # order (names can differ: the twin's come from TFLite, the WTA model's from Keras).
    others = [r for r in wta["per_layer"] if not r["type"].startswith("WTA")]
    pairs = list(zip(dense["per_layer"], others))
    if len(others) != len(dense["per_layer"]) or any(a["type"] != b["type"] for a, b in pairs):
        by_name = {r["name"]: r for r in others}
        pairs = [(r, by_name.get(r["name"], {})) for r in dense["per_layer"]]
    pairs = [(a, b) for a, b in pairs if a.get("instructions_mean")]
    labels = [f"{a['index']} {a['type'].replace('_2D', '').lower()}" for a, _ in pairs]
    d = [a["instructions_mean"] / 1e3 for a, _ in pairs]
    w = [b.get("instructions_mean", 0) / 1e3 for _, b in pairs]
    sel = sum(r.get("instructions_mean", 0) for r in wta["per_layer"] if r["type"].startswith("WTA")) / 1e3
    labels.append("WTA selection")
    d.append(0.0)
    w.append(sel)
    x = np.arange(len(labels))
    fig, ax = plt.subplots(figsize=(9, 3.6))
    ax.bar(x - 0.2, d, 0.4, label=f"dense twin ({np.sum(d):,.0f}k total)", color="tab:gray")
    ax.bar(x + 0.2, w, 0.4, label=f"WTA model ({np.sum(w):,.0f}k total)", color="tab:blue")
    ax.set_xticks(x, labels, rotation=20, ha="right")
    ax.set_ylabel("thousand instructions / inference")
    ax.set_title(f"Instructions per layer on {board} (QEMU, counted)")
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=90)
    plt.close(fig)
    _say(f"  plot of instructions per layer: {path}")


if __name__ == "__main__":
    sys.exit(main(None))
