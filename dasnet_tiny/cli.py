# SPDX-License-Identifier: Apache-2.0
"""Command line: a thin layer over the public API. Errors print one line and exit 2."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import numpy as np

from .errors import DasnetError, MismatchError
from .targets import TARGETS
from .util import c_identifier

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")


def load_model(path: str, calibration: str | None = None):
    """A .tflite, a saved graph or a .keras model (with calibration data) -> Graph."""
    from .import_tflite import import_tflite
    from .ir import load_graph

    p = Path(path)
    if not p.exists():
        raise DasnetError(f"{p}: no such file")
    if p.is_dir():
        raise DasnetError(f"{p}: is a folder, not a model file (.tflite, .keras or a graph file)")
    if p.stat().st_size == 0:
        raise DasnetError(f"{p}: the file is empty")
    if p.suffix == ".tflite":
        return import_tflite(p)
    if p.suffix in (".keras", ".h5"):
        if calibration is None:
            raise DasnetError(f"{p}: a Keras model needs --calibration DATA.npz (float samples) to be "
                              "quantized")
        return keras_to_graph(p, calibration)
    with open(p, "rb") as f:
        magic = f.read(8)
    if magic[4:8] == b"TFL3":
        return import_tflite(p)
    return load_graph(p)


def keras_to_graph(path: Path, calibration: str):
    from .util import quiet

    keras = import_keras_quietly()
    from .converter import convert

    try:
        with quiet():
            model = keras.models.load_model(path)
    except Exception as e:
        raise DasnetError(f"{path}: cannot load the Keras model ({str(e).splitlines()[0] if str(e) else type(e).__name__})") from None
    data = load_array(calibration, "calibration")
    with quiet():
        return convert(model, data, name=c_identifier(path.stem))


def import_keras_quietly():
    """Import Keras/TensorFlow (and register the WTA layers) with TensorFlow's start-up chatter
    (absl and CUDA notices written straight to the file descriptors) silenced unless --verbose."""
    from .util import quiet

    if os.environ.get("DASNET_VERBOSE"):
        import keras
        from . import layers  # noqa: F401
        return keras
    with quiet():
        import keras
        from . import layers  # noqa: F401  registers the WTA layers for deserialization
    return keras


def load_array(path: str, what: str) -> np.ndarray:
    """First array of a .npz, or a .npy."""
    p = Path(path)
    try:
        if p.suffix == ".npz":
            with np.load(p, allow_pickle=False) as z:
                if not z.files:
                    raise DasnetError(f"{p}: the {what} archive is empty")
                return z[z.files[0]]
        return np.load(p, allow_pickle=False)
    except (OSError, ValueError, EOFError, KeyError, TypeError) as e:
        msg = (str(e).splitlines() or [""])[0] or type(e).__name__
        raise DasnetError(f"{p}: cannot read the {what} data ({msg})") from None


# ---- commands ---------------------------------------------------------------------------------
def cmd_inspect(a) -> int:
    from .summary import summarize

    g = load_model(a.model, a.calibration)
    s = summarize(g)
    s.name = _display(s.name)  # names from the model file: one printable line each
    for r in s.rows:
        r.name = _display(r.name)
    _print(s.table())
    for t in g.input_tensors:
        _print(f"input  {_display(t.name or '?')}: {t.shape} int8, scale {t.scale[0]:.6g}, zero point {t.zp}")
    for t in g.output_tensors:
        _print(f"output {_display(t.name or '?')}: {t.shape} int8, scale {t.scale[0]:.6g}, zero point {t.zp}")
    return 0


def _display(name, limit: int = 80) -> str:
    """A name from a model file shown on one line: control characters (newlines included) as
    "?", at most `limit` characters."""
    s = "".join(ch if ch.isprintable() and ch not in "\x1b\x9b" else "?" for ch in str(name))
    return s if len(s) <= limit else s[:limit - 3] + "..."


def _refuse_same(out, what: str, inputs: dict) -> None:
    """One-line error if output `out` is the same file as one of `inputs` ({option: path})."""
    from .util import same_file

    for opt, path in inputs.items():
        if out is not None and path is not None and same_file(out, path):
            raise DasnetError(f"{what} {out} is the same file as {opt} {path}; choose another output")


def cmd_convert(a) -> int:
    from .summary import summarize
    from .util import atomic_output, check_output_file

    _refuse_same(a.output, "-o", {"the model": a.model, "--calibration": a.calibration})
    check_output_file(a.output, "-o")
    _progress(f"loading {a.model} and converting it (TFLite converter, int8 calibration)")
    g = keras_to_graph(Path(a.model), a.calibration)
    _progress(f"writing {a.output}")
    with atomic_output(a.output) as tmp:
        g.save(tmp)
    _print(summarize(g).table())
    _print(f"wrote {a.output}")
    return 0


def _progress(msg: str) -> None:
    print(f"dasnet-tiny: {msg} ...", file=sys.stderr, flush=True)


def _print(text: str) -> None:
    """Print text that may hold names from a model file without its control characters."""
    print("".join(ch if ch == "\n" or ch == "\t" or (ch.isprintable() and ch not in "\x1b\x9b")
                  else "?" for ch in str(text)))


def cmd_generate(a) -> int:
    from .codegen import check_output_dir, generate, generate_models
    from .util import check_c_identifier, model_name_clash, safe_c_identifier

    if a.name is not None:
        check_c_identifier(a.name)
    check_output_dir(a.output)  # before the (possibly long) loading
    if len(a.model) > 1:
        if a.name:
            raise DasnetError("--name applies to one model; with several, each is named after its file")
        # each model is named after its file (graph files included), so renaming a file is the
        # way out of a name clash; checked before the (possibly long) loading
        names = [safe_c_identifier(Path(m).stem) for m in a.model]
        why = model_name_clash(names)
        if why:
            raise DasnetError(f"{why}; give the models distinct names (rename a model file)")
        graphs = [load_model(m, a.calibration) for m in a.model]
        res = generate_models(graphs, a.output, target=a.target, names=names)
    else:
        res = generate(load_model(a.model[0], a.calibration), a.output, target=a.target, name=a.name)
    _print(res.report())
    _print(f"wrote {a.output}")
    return 0


def cmd_verify(a) -> int:
    from .util import check_output_file, check_output_folder, protected_output
    from .verify import verify

    # every output path is checked before the (long) build and run
    ins = {"the model": a.model, "--inputs": a.inputs, "--calibration": a.calibration}
    _refuse_same(a.outputs, "--outputs", ins)
    _refuse_same(a.report, "--report", dict(ins, **{"--outputs": a.outputs}))
    for opt, path in (("--outputs", a.outputs), ("--report", a.report)):
        if path is not None:
            check_output_file(path, opt)
    bd = Path(a.build_dir) if a.build_dir is not None else Path("build")
    what = "--build-dir" if a.build_dir is not None else "the default build folder"
    hint = "" if a.build_dir is not None else " (choose one with --build-dir)"
    why = protected_output(bd)
    if why:
        raise DasnetError(f"{what} {bd}: refusing to write there: {why}{hint}")
    if bd.exists() and not bd.is_dir():
        raise DasnetError(f"{what} {bd}: exists and is not a folder{hint}")
    check_output_folder(bd, what)
    g = load_model(a.model, a.calibration)
    x = load_array(a.inputs, "inputs")
    result = verify(g, x, board=a.board, outputs=a.outputs, report=a.report, build_dir=a.build_dir,
                    timeout=a.timeout, progress=_progress)
    _print(result.text)
    return 0 if result.ok else 1


def _check_out_folder(path, what: str = "--out") -> None:
    from .util import check_output_folder, protected_output

    why = protected_output(path)
    if why:
        raise DasnetError(f"{what} {path}: refusing to write there: {why}")
    check_output_folder(path, what)


def _check_counts(a) -> None:
    """Counts on the command line (--samples, --epochs) are positive: one line before any work."""
    for opt in ("samples", "epochs"):
        v = getattr(a, opt, None)
        if v is not None and v < 1:
            raise DasnetError(f"--{opt} {v}: must be at least 1")


def cmd_demo(a) -> int:
    from .boards import get_board
    from .demo import ROOT

    _check_counts(a)
    get_board(a.board)
    _check_out_folder(a.out)
    if not (ROOT / "examples" / "models.py").is_file():
        raise DasnetError("the demo needs examples/models.py of the dasnet-tiny source checkout "
                          "(it is not part of an installed package)")
    import_keras_quietly()
    from .demo import main as demo_main

    return demo_main(a)


def _checked_bench(a) -> int:
    from .bench import main as bench_main
    from .boards import get_board

    _check_counts(a)
    for b in a.board or []:
        get_board(b)
    _check_out_folder(a.out)
    return bench_main(a)


def main(argv: list[str] | None = None) -> int:
    p = _Parser(prog="dasnet-tiny", description="int8 inference with dynamic activation "
                                "sparsity (winners-take-all) for microcontrollers")
    p.add_argument("--debug", action="store_true", help="show tracebacks")
    p.add_argument("--verbose", action="store_true", help="show TensorFlow's log output while converting")
    sub = p.add_subparsers(dest="cmd", required=True, parser_class=_Parser)

    s = sub.add_parser("inspect", help="print the per-op summary of a .tflite, .keras or saved graph")
    s.add_argument("model")
    s.add_argument("--calibration", help=".npz of float samples (for .keras models)")
    s.set_defaults(fn=cmd_inspect)

    s = sub.add_parser("convert", help="quantize a .keras model with WTA layers to an int8 graph file")
    s.add_argument("model")
    s.add_argument("--calibration", required=True, help=".npz whose first array holds float samples")
    s.add_argument("-o", "--output", required=True, help="graph file to write (any name)")
    s.set_defaults(fn=cmd_convert)

    s = sub.add_parser("generate", help="generate C code for one model, or several into one folder "
                                        "(kernels once, symbols under each model's name)")
    s.add_argument("model", nargs="+")
    s.add_argument("-o", "--output", required=True, help="output folder")
    s.add_argument("--target", default="portable",
                   choices=list(TARGETS))
    s.add_argument("--name", help="C identifier prefix (default: from the model file name)")
    s.add_argument("--calibration", help=".npz of float samples (for .keras models)")
    s.set_defaults(fn=cmd_generate)

    s = sub.add_parser("verify", help="build the generated C (host or emulated board), run inputs, "
                                      "compare every output byte with the reference")
    s.add_argument("model")
    s.add_argument("--inputs", required=True, help=".npy int8 inputs, samples on the first axis")
    s.add_argument("--outputs", help="write the generated code's outputs here (.npy)")
    s.add_argument("--board", help="emulated board (e.g. mps2-an386); default: the host")
    s.add_argument("--report", help="write a JSON report (instructions, flash, RAM) here")
    s.add_argument("--build-dir", help="keep generated code and builds here")
    s.add_argument("--timeout", type=float, default=600.0, help="emulator timeout in seconds")
    s.add_argument("--calibration", help=".npz of float samples (for .keras models)")
    s.set_defaults(fn=cmd_verify)

    s = sub.add_parser("demo", help="train a small WTA CNN and take it through the whole pipeline")
    s.add_argument("--board", default="mps2-an386")
    s.add_argument("--samples", type=int, default=300)
    s.add_argument("--epochs", type=int, default=30)
    s.add_argument("--out", default="build/demo")
    s.set_defaults(fn=cmd_demo)

    from .bench import add_parser as add_bench
    add_bench(sub)
    from .search import add_parser as add_search
    add_search(sub)

    try:
        a = p.parse_args(argv)
    except SystemExit as e:  # --help, or a usage error (already printed in one line)
        return e.code if isinstance(e.code, int) else 2
    if a.cmd == "bench":  # output folder, boards and counts checked before any work
        a.fn = _checked_bench
    if a.verbose:
        os.environ["DASNET_VERBOSE"] = "1"
    try:
        return a.fn(a)
    except KeyboardInterrupt:
        print("dasnet-tiny: interrupted", file=sys.stderr)
        return 130
    except Exception as e:  # the boundary: every failure is one line without --debug
        if a.debug:
            raise
        print(f"dasnet-tiny: error: {_one_line(e)}", file=sys.stderr)
        return 2


def _one_line(e: BaseException) -> str:
    """A one-line, printable message for any exception."""
    import subprocess

    if isinstance(e, DasnetError):
        # a path or a name with a newline in it stays readable: the first lines joined by " | "
        lines = [ln.strip() for ln in str(e).strip().splitlines() if ln.strip()]
        msg = " | ".join(lines[:3]) if lines else type(e).__name__
        if len(lines) > 3:
            msg = msg[:500] + " (more with --debug)"
    elif isinstance(e, OSError):
        where = f"{e.filename}: " if e.filename else ""
        msg = f"{where}{e.strerror or e}"
    elif isinstance(e, subprocess.SubprocessError):
        msg = f"external tool failed: {e}"
    elif isinstance(e, MemoryError):
        msg = "out of memory (the model or the data is too large)"
    else:
        first = (str(e).strip().splitlines() or [""])[0]
        msg = f"internal error: {type(e).__name__}: {first} (please report it; --debug shows the traceback)"
    msg = "".join(ch if ch.isprintable() and ch not in "\x1b\x9b" else "?" for ch in msg)
    return msg[:600]


class _Parser(argparse.ArgumentParser):
    """argparse with usage errors in one line."""

    def error(self, message):
        sub = " ".join(self.prog.split()[1:])
        print(f"dasnet-tiny: error: {sub + ': ' if sub else ''}{message} (see --help)", file=sys.stderr)
        raise SystemExit(2)


if __name__ == "__main__":
    sys.exit(main())
