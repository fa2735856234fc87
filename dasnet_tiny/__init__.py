# SPDX-License-Identifier: Apache-2.0
"""dasnet-tiny: dynamic activation sparsity (winners-take-all) for int8 microcontroller inference.

`import dasnet_tiny` is light: NumPy only. TensorFlow/Keras load only for Keras work
(`dasnet_tiny.layers`, `dasnet_tiny.convert`); importing `dasnet_tiny.layers` registers the WTA
layers with Keras so `keras.models.load_model` needs no `custom_objects`.
"""
import os as _os

# TensorFlow logs start-up chatter to stderr unless told otherwise before it loads; a user's own
# setting wins.
_os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
from .errors import DasnetError, MismatchError, ToolError, UnsupportedModelError
from .ir import Graph, Op, Tensor, load_graph
from .import_tflite import import_tflite

__all__ = ["DasnetError", "MismatchError", "ToolError", "UnsupportedModelError", "Graph", "Op",
           "Tensor", "load_graph", "import_tflite", "convert", "layers", "reference"]

_LAZY = ("reference", "codegen", "summary", "layers", "verify", "quant")


def __getattr__(name):
    # Heavy modules (TensorFlow/Keras) load on first use, so `import dasnet_tiny` stays fast.
    import importlib
    if name in _LAZY:
        return importlib.import_module(f".{name}", __name__)
    if name == "convert":
        return importlib.import_module(".converter", __name__).convert
    raise AttributeError(name)
