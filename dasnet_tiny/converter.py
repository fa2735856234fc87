# SPDX-License-Identifier: Apache-2.0
"""Keras model with WTA layers -> int8 `Graph` with WTA ops.

The WTA layers themselves are not given to the TFLite converter (it would emit a mixed float/int8
graph with a wrong mask that TFLite Micro cannot run). Instead:
1. build the *dense twin*: the same model with every WTA layer replaced by an identity, whose
   outputs are the model's outputs plus, as extra named outputs (`wta_0`, `wta_1`, ...), the
   tensors that feed the WTA layers;
2. convert the twin with the TFLite converter (full int8, int8 input and output);
3. import it, find each tap tensor through the signature's output names (tensor names are not
   reliable), insert a WTA op after it (same quantization, k from the layer's rate) and rewire
   the tap's consumers to the WTA output; drop the extra outputs.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import numpy as np

from .errors import DasnetError, UnsupportedModelError
from .import_tflite import import_tflite
from .ir import Graph, Op, Tensor
from .util import c_identifier

MAX_CALIBRATION_SAMPLES = 500


@dataclass
class TwinConversion:
    tflite: bytes  # the dense twin, full int8, with the extra tap outputs
    output_names: list[str]  # signature names of the model's own outputs, in model order
    taps: list[tuple[str, object]]  # (signature name, WTA layer), in model order


def convert_dense_twin(model, calibration_data: np.ndarray, wta_calibration: bool = True) -> TwinConversion:
    """Convert the dense twin of `model` (WTA layers as identities, taps as extra outputs).

    With `wta_calibration` (default) every tensor is quantized on the activations of the model
    with its WTA layers active (see `dasnet_tiny.calibrate`); otherwise on the dense twin's."""
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    import keras

    from .layers import is_wta_layer

    calib = _check_calibration(model, calibration_data)
    twin, taps = _dense_twin(model, keras, is_wta_layer)
    if wta_calibration and taps:
        from .calibrate import convert_wta_calibrated
        return convert_wta_calibrated(model, calib)
    outs = list(twin.outputs) if isinstance(twin.outputs, (list, tuple)) else [twin.outputs]
    output_names = [f"output_{i}" for i in range(len(outs))]
    named = dict(zip(output_names, outs))
    for j, (tensor, _layer) in enumerate(taps):
        named[f"wta_{j}"] = tensor
    export = keras.Model(twin.inputs, named)

    try:
        tflite = int8_tflite(export, calib)
    except Exception as e:  # the converter raises many types; keep the first line of its message
        first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        raise UnsupportedModelError(f"the TFLite converter failed on the dense twin: {first}") from None
    return TwinConversion(tflite, output_names, [(f"wta_{j}", l) for j, (_t, l) in enumerate(taps)])


def int8_tflite(model, calibration: np.ndarray, per_channel: bool = True) -> bytes:
    """The TFLite full-integer scheme: int8 weights and activations, int8 input and output,
    calibrated on `calibration` (float samples without the batch dimension)."""
    import tensorflow as tf

    def representative():
        for x in calibration:
            yield [x[None].astype(np.float32)]

    converter = tf.lite.TFLiteConverter.from_keras_model(model)
    converter.optimizations = [tf.lite.Optimize.DEFAULT]
    converter.representative_dataset = representative
    converter.target_spec.supported_ops = [tf.lite.OpsSet.TFLITE_BUILTINS_INT8]
    converter.inference_input_type = tf.int8
    converter.inference_output_type = tf.int8
    if not per_channel:
        converter._experimental_disable_per_channel = True
    return converter.convert()


def convert(model, calibration_data: np.ndarray, name: str | None = None, wta: bool = True,
            verbose: bool | None = None) -> Graph:
    """Quantize a Keras model with WTA layers to an int8 `Graph` with WTA_CHANNEL/WTA_DENSE ops.

    calibration_data: float array, samples on the first axis, then the model input shape without
    its batch dimension (up to 500 samples are used). With `wta=False` the result is the dense
    twin (same int8 weights, no WTA ops, calibrated on its own dense activations): the baseline
    to compare against. With WTA ops the quantization comes from WTA-active activations.
    `verbose`: let TensorFlow's log output through (default: the DASNET_VERBOSE variable).
    """
    from .wta import wta_k

    from .quiet import quiet_tensorflow
    with quiet_tensorflow(verbose):  # TensorFlow's chatter only with verbose (or DASNET_VERBOSE=1)
        conv = convert_dense_twin(model, calibration_data, wta_calibration=wta)
    graph = import_tflite(conv.tflite)
    graph.name = name or c_identifier(getattr(model, "name", "model"))
    # Signature name -> tensor index in the .tflite -> index in the imported graph.
    new_index = {old: new for new, old in enumerate(graph.metadata["tflite_tensor_indices"])}
    out_index = {}
    for sname, ti in _signature_outputs(conv.tflite).items():
        if ti not in new_index:
            raise DasnetError(f"converted model: signature output {sname!r} is not in the graph")
        out_index[sname] = new_index[ti]

    producers = graph.producers()
    consumers = graph.consumers()
    # A model output produced by a WTA layer is, in the twin, the WTA input itself (the identity
    # or mask disappears in conversion): the WTA op inserted there must become the graph output.
    output_taps = _output_taps(model, conv)
    wta_out: dict[int, int] = {}  # tap index -> WTA output tensor
    for j, (sname, layer) in enumerate(conv.taps if wta else []):
        ti = out_index[sname]
        t = graph.tensor(ti)
        if t.dtype != "int8" or (ti not in producers and ti not in graph.inputs):
            raise UnsupportedModelError(
                f"WTA layer {layer.name!r}: its input tensor did not survive conversion; put the WTA "
                "layer after a layer whose output the converter keeps (e.g. after the activation)")
        users = consumers.get(ti, [])
        if not users and _has_downstream(layer) and j not in output_taps:
            raise UnsupportedModelError(
                f"WTA layer {layer.name!r}: its input tensor was fused away by the converter (the "
                "layers after it were computed from another tensor); move the WTA layer after the "
                "activation that follows it")
        rank = len(t.shape)
        typ = "WTA_CHANNEL" if rank == 4 else "WTA_DENSE"
        if rank not in (2, 4):
            raise UnsupportedModelError(f"WTA layer {layer.name!r}: input rank {rank} (need 2 or 4)")
        k = wta_k(layer.rate, t.shape[-1])
        oi = graph.add_tensor(Tensor(name=layer.name, shape=t.shape, dtype="int8", scale=t.scale,
                                     zero_point=t.zero_point))
        wta_out[j] = oi
        # right after the op producing the tap; every later reader of the tap reads the WTA output
        graph.insert_op(Op(type=typ, inputs=[ti], outputs=[oi], name=layer.name,
                           options={"k": int(k), "rate": float(layer.rate), "layer": layer.name}),
                        rewire=True)
    graph.outputs = [wta_out[j] if j in wta_out else out_index[n]
                     for n, j in zip(conv.output_names, output_taps)]
    graph.metadata["source"] = f"keras:{getattr(model, 'name', 'model')}"
    from .names import annotate_keras_names
    annotate_keras_names(graph, model)  # op.name: the Keras layer name
    from .validate import validate_graph
    validate_graph(graph, graph.metadata["source"])  # the same invariants as a loaded file
    return graph


def _check_calibration(model, data) -> np.ndarray:
    data = np.asarray(data)
    want = tuple(model.inputs[0].shape[1:])
    if data.ndim == len(want) and data.shape == want:
        data = data[None]
    if tuple(data.shape[1:]) != want:
        raise DasnetError(f"calibration data has shape {data.shape}; expected (N, {', '.join(map(str, want))}) "
                          "matching the model input without its batch dimension")
    if not np.issubdtype(data.dtype, np.floating):
        raise DasnetError(f"calibration data must be float (the model's float input), got {data.dtype}")
    if len(data) == 0:
        raise DasnetError("calibration data is empty")
    return data[:MAX_CALIBRATION_SAMPLES]


def _dense_twin(model, keras, is_wta_layer):
    """Clone `model` with WTA layers as identities; return (twin, [(tap tensor, wta layer)])."""
    if not model.inputs:
        raise DasnetError("the Keras model has no defined inputs; build it with keras.Input(..., batch_size=1)")
    if model.inputs[0].shape[0] != 1:
        raise DasnetError("build the Keras model with keras.Input(shape, batch_size=1): with an open batch "
                          "dimension Flatten converts to SHAPE/STRIDED_SLICE/PACK instead of one RESHAPE")
    replaced: dict[str, object] = {}

    def clone(layer):
        if is_wta_layer(layer):
            ident = keras.layers.Identity(name=f"{layer.name}__twin")
            replaced[ident.name] = layer
            return ident
        return layer.__class__.from_config(layer.get_config())

    twin = keras.models.clone_model(model, clone_function=clone)
    for src, dst in zip(_all_layers(model), _all_layers(twin)):
        if dst.weights and not is_wta_layer(src):
            dst.set_weights(src.get_weights())
    taps = []
    for layer in _all_layers(twin):
        if layer.name in replaced:
            taps.append((layer.output, replaced[layer.name]))
    return twin, taps


def _all_layers(model):
    return [l for l in model.layers if not l.__class__.__name__ == "InputLayer"]


def _has_downstream(layer) -> bool:
    try:
        return bool(layer._outbound_nodes)
    except AttributeError:
        return True


def _signature_outputs(tflite: bytes) -> dict[str, int]:
    """Signature output name -> tensor index, from the flatbuffer's first signature."""
    from .import_tflite import fb

    m = fb.ModelT.InitFromPackedBuf(tflite, 0)
    if not m.signatureDefs:
        raise DasnetError("converted model has no signature; cannot locate the WTA inputs")
    res = {}
    for tm in m.signatureDefs[0].outputs:
        n = tm.name.decode() if isinstance(tm.name, bytes) else tm.name
        res[n] = int(tm.tensorIndex)
    return res


def _output_taps(model, conv: TwinConversion) -> list:
    """Per model output: the index in `conv.taps` of the WTA layer that produces it, or None."""
    outs = model.outputs if isinstance(model.outputs, (list, tuple)) else [model.outputs]
    res = []
    for o in outs:
        hist = getattr(o, "_keras_history", None)
        layer = hist[0] if hist else None
        res.append(next((j for j, (_n, l) in enumerate(conv.taps) if layer is not None and l is layer),
                        None))
    res += [None] * (len(conv.output_names) - len(res))
    return res[:len(conv.output_names)]
