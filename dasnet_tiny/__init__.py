"""dasnet-tiny: dynamic activation sparsity (winners-take-all) for int8 microcontroller inference."""
import os as _os

# TensorFlow (imported through Keras for the WTA layers) logs start-up chatter to stderr unless
# told otherwise before it loads; a user's own setting wins.
_os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
from .errors import DasnetError, MismatchError, ToolError, UnsupportedModelError
from .ir import Graph, Op, Tensor, load_graph
from .import_tflite import import_tflite
from .util import quiet as _quiet

with _quiet():  # TensorFlow's native start-up lines ignore TF_CPP_MIN_LOG_LEVEL
    from . import layers  # registers WTAChannel/WTADense for keras.models.load_model (imports Keras)

__all__ = ["DasnetError", "MismatchError", "ToolError", "UnsupportedModelError", "Graph", "Op",
           "Tensor", "load_graph", "import_tflite", "convert", "layers", "reference"]


def __getattr__(name):
    # Heavy modules (TensorFlow/Keras) load on first use, so `import dasnet_tiny` stays fast.
    import importlib
    if name in ("reference", "codegen", "summary"):
        return importlib.import_module(f".{name}", __name__)
    if name == "convert":
        return importlib.import_module(".converter", __name__).convert
    raise AttributeError(name)
