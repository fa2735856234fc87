# SPDX-License-Identifier: Apache-2.0
"""Command line: a thin layer over the public API. Errors print one line and exit 2."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import numpy as np

from .errors import DasnetError, MismatchError
from .util import c_identifier

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")


def load_model(path: str, calibration: str | None = None):
    """A .tflite, a saved graph or a .keras model (with calibration data) -> Graph."""
    from .import_tflite import import_tflite
    from .ir import load_graph

    p = Path(path)
    if not p.exists():
        raise DasnetError(f"{p}: no such file")
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
    from . import layers  # noqa: F401  registers the WTA layers for deserialization
    from .converter import convert
    from .util import quiet

    import keras

    try:
        with quiet():
            model = keras.models.load_model(path)
    except Exception as e:
        raise DasnetError(f"{path}: cannot load the Keras model ({str(e).splitlines()[0] if str(e) else type(e).__name__})") from None
    data = load_array(calibration, "calibration")
    with quiet():
        return convert(model, data, name=c_identifier(path.stem))


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
    except (OSError, ValueError) as e:
        raise DasnetError(f"{p}: cannot read the {what} data ({e})") from None


# ---- commands ---------------------------------------------------------------------------------
def cmd_inspect(a) -> int:
    from .summary import summarize

    g = load_model(a.model, a.calibration)
    print(summarize(g).table())
    for t in g.input_tensors:
        print(f"input  {t.name or '?'}: {t.shape} int8, scale {t.scale[0]:.6g}, zero point {t.zp}")
    for t in g.output_tensors:
        print(f"output {t.name or '?'}: {t.shape} int8, scale {t.scale[0]:.6g}, zero point {t.zp}")
    return 0


def cmd_convert(a) -> int:
    from .summary import summarize

    g = keras_to_graph(Path(a.model), a.calibration)
    out = g.save(a.output)
    print(summarize(g).table())
    print(f"wrote {out}")
    return 0


def cmd_generate(a) -> int:
    from .codegen import generate

    g = load_model(a.model, a.calibration)
    res = generate(g, a.output, target=a.target, name=a.name)
    print(res.report())
    print(f"wrote {a.output}")
    return 0


def cmd_verify(a) -> int:
    from .verify import verify

    g = load_model(a.model, a.calibration)
    x = load_array(a.inputs, "inputs")
    result = verify(g, x, board=a.board, outputs=a.outputs, report=a.report, build_dir=a.build_dir,
                    timeout=a.timeout)
    print(result.text)
    return 0 if result.ok else 1


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="dasnet-tiny", description="int8 inference with dynamic activation "
                                "sparsity (winners-take-all) for microcontrollers")
    p.add_argument("--debug", action="store_true", help="show tracebacks")
    sub = p.add_subparsers(dest="cmd", required=True)

    s = sub.add_parser("inspect", help="print the per-op summary of a .tflite, .keras or saved graph")
    s.add_argument("model")
    s.add_argument("--calibration", help=".npz of float samples (for .keras models)")
    s.set_defaults(fn=cmd_inspect)

    s = sub.add_parser("convert", help="quantize a .keras model with WTA layers to an int8 graph file")
    s.add_argument("model")
    s.add_argument("--calibration", required=True, help=".npz whose first array holds float samples")
    s.add_argument("-o", "--output", required=True, help="graph file to write (any name)")
    s.set_defaults(fn=cmd_convert)

    s = sub.add_parser("generate", help="generate C code for a model")
    s.add_argument("model")
    s.add_argument("-o", "--output", required=True, help="output folder")
    s.add_argument("--target", default="portable",
                   choices=["portable", "cortex-m3", "cortex-m4", "cortex-m7", "cortex-m33", "cortex-m55"])
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
    s.set_defaults(fn=lambda a: __import__("dasnet_tiny.demo", fromlist=["main"]).main(a))

    a = p.parse_args(argv)
    try:
        return a.fn(a)
    except (DasnetError, MismatchError) as e:
        if a.debug:
            raise
        print(f"dasnet-tiny: error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("dasnet-tiny: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
