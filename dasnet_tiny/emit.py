# SPDX-License-Identifier: Apache-2.0
"""C emission: constant arrays, literals, the per-layer template contexts (each op's own `emit`,
dasnet_tiny.ops) and the jinja2 environment of the runtime templates."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .errors import UnsupportedModelError
from .ir import Graph, Op
from .analysis import Analysis, _fmt_shape
from .ops import OPS
from .ops.base import extend as _extend
from .resources import TEMPLATE_DIR
from .util import c_comment_text


# ---------------------------------------------------------------------------------------------
# C emission helpers
# ---------------------------------------------------------------------------------------------
def _c_array(values: np.ndarray, per_line: int) -> str:
    flat = np.asarray(values).reshape(-1)
    if flat.size == 0:
        return "0"
    strs = [str(int(v)) for v in flat.tolist()]
    if flat.dtype == np.int32:
        strs = ["(-2147483647 - 1)" if v == "-2147483648" else v for v in strs]
    lines = [", ".join(strs[i:i + per_line]) for i in range(0, len(strs), per_line)]
    return ",\n    ".join(lines)


@dataclass
class ConstArray:
    symbol: str
    ctype: str  # "int8_t" | "int32_t"
    values: np.ndarray
    comment: str = ""

    @property
    def size(self) -> int:
        return int(np.asarray(self.values).size)

    @property
    def nbytes(self) -> int:
        return self.size * (1 if self.ctype == "int8_t" else 4)

    @property
    def body(self) -> str:
        return _c_array(self.values, 24 if self.ctype == "int8_t" else 8)


def _float_literal(v: float) -> str:
    r = repr(float(np.float32(v)))
    if "e" not in r and "." not in r and "inf" not in r and "nan" not in r:
        r += ".0"
    return r + "f"


class _Emitter:
    """Builds the per-layer template contexts and the constant arrays."""

    def __init__(self, g: Graph, a: Analysis, name: str, target: str = "portable"):
        self.g, self.a, self.name, self.target = g, a, name, target
        self.consts: list[ConstArray] = []
        self.const_tensors: dict[int, str] = {}

    def const(self, suffix: str, ctype: str, values, comment: str = "") -> str:
        sym = f"{self.name}_{suffix}"
        self.consts.append(ConstArray(sym, ctype, np.asarray(values), comment))
        return sym

    def ptr(self, t: int) -> str:
        """C expression of tensor t's data (const int8_t * / int8_t *)."""
        kind, where = self.a.storage(t)
        if kind == "input":
            return f"(input + {where})"
        if kind == "const":
            if where not in self.const_tensors:
                tt = self.g.tensor(where)
                if tt.dtype != "int8":
                    raise UnsupportedModelError(f"constant tensor {tt.name!r} is {tt.dtype}; only int8 "
                                                "constants can be op inputs")
                self.const_tensors[where] = self.const(f"t{where}", "int8_t", tt.data,
                                                       f"constant tensor {c_comment_text(tt.name, 60)}")
            return self.const_tensors[where]
        return f"(arena + {where})"

    def out_ptr(self, t: int) -> str:
        kind, where = self.a.storage(t)
        assert kind == "arena", (t, kind)
        return f"(arena + {where})"

    def winners(self, wi: int) -> dict:
        w = self.a.wta[wi]
        return {"offset": self.a.plan.offset(f"winners{wi}"), "count": w.k, "channels": w.channels}

    def scratch(self, i: int) -> dict | None:
        for r in self.a.requests:
            if r.name == f"compact{i}":
                return {"offset": self.a.plan.offset(r.name), "size": r.size}
        return None

    @staticmethod
    def dims(shape) -> str:
        s = _extend(shape, 4)
        return "{" + ", ".join(str(v) for v in s) + "}"

    def layer(self, i: int, op: Op) -> dict:
        g, a = self.g, self.a
        x = g.tensor(op.inputs[0]) if op.inputs[0] >= 0 else None
        y = g.tensor(op.outputs[0])
        ctx: dict = {"index": i, "type": op.type, "name": c_comment_text(op.name or "", 60),
                     "in_shape": _fmt_shape(x.shape) if x is not None else "",
                     "out_shape": _fmt_shape(y.shape), "note": a.layers[i].note,
                     "out": self.out_ptr(op.outputs[0]) if op.type not in ("RESHAPE",) and
                     not (op.type in ("WTA_CHANNEL", "WTA_DENSE") and not a.wta[i].materialize) else None,
                     "dump": self.ptr(op.outputs[0]), "dump_tensor": op.outputs[0], "dump_size": y.size,
                     "in": self.ptr(op.inputs[0]) if op.inputs[0] >= 0 else None,
                     "channels": self.winners(a.skip[i]) if i in a.skip else None, "fill": None,
                     "scratch": self.scratch(i)}
        OPS[op.type].emit(self, i, op, ctx)
        return ctx


def _jinja_env():
    import jinja2

    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATE_DIR)),
                              undefined=jinja2.StrictUndefined, keep_trailing_newline=True,
                              trim_blocks=True, lstrip_blocks=True)


def _tensor_info(g: Graph, ti: int, offset: int) -> dict:
    t = g.tensor(ti)
    return {"name": t.name, "name_c": c_comment_text(t.name or "", 60), "shape": list(t.shape), "size": t.size, "offset": offset,
            "scale": float(t.scale[0]), "scale_c": _float_literal(t.scale[0]), "zero_point": t.zp}


