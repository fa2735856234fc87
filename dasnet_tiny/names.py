# SPDX-License-Identifier: Apache-2.0
"""Keras layer names for the ops of a converted graph.

The TFLite converter names an op's output tensor after the TensorFlow ops it fused, e.g.
``functional_3_1/conv2d_1_2/Relu;functional_3_1/conv2d_1_2/convolution``: the second path
segment is the Keras layer name plus a ``_N`` suffix added by tracing. The output op is often
named ``StatefulPartitionedCall_1:0``: it gets the name of the Keras layer producing the model
output. The original TFLite name stays in ``graph.metadata["tflite_op_names"]`` (op index ->
name, after the WTA ops are inserted)."""
from __future__ import annotations

import re

_SUFFIX = re.compile(r"^(.*)_\d+$")


def keras_layer_name(tflite_name: str, layer_names: set[str]) -> str | None:
    """The Keras layer an op's TFLite output name refers to, or None."""
    for part in (tflite_name or "").split(";"):
        segs = part.split("/")
        for seg in segs[1:-1] if len(segs) > 2 else segs[:1]:
            m = _SUFFIX.match(seg)
            if m and m.group(1) in layer_names:
                return m.group(1)
            if seg in layer_names:
                return seg
    return None


def annotate_keras_names(graph, model) -> None:
    """Set `op.name` of every op of `graph` (converted from `model`) to its Keras layer name when
    it can be recovered; WTA ops keep their layer names."""
    names = set()
    stack = list(getattr(model, "layers", []))
    while stack:
        l = stack.pop()
        names.add(l.name)
        stack.extend(getattr(l, "layers", []) or [])
    out_layers = []
    for t in (model.outputs if isinstance(model.outputs, (list, tuple)) else [model.outputs]):
        h = getattr(t, "_keras_history", None)
        out_layers.append(h[0].name if h else None)
    producers = graph.producers()
    orig = {}
    for i, op in enumerate(graph.ops):
        if op.type in ("WTA_CHANNEL", "WTA_DENSE"):
            continue
        orig[i] = op.name
        k = keras_layer_name(op.name, names)
        if k is None:
            for pos, ti in enumerate(graph.outputs):
                if producers.get(ti) == i and pos < len(out_layers) and out_layers[pos]:
                    k = out_layers[pos]
        if k is not None:
            op.name = k
    graph.metadata["tflite_op_names"] = {str(i): n for i, n in orig.items()}
