# SPDX-License-Identifier: Apache-2.0
"""WTA-aware int8 calibration: quantization ranges from the model with its WTA layers active.

The plain dense twin (WTA layers as identities) is calibrated on *dense* activations: after each
WTA point the ranges are those of a network in which every channel is alive, which is far wider
than what the WTA model produces (rate 0.25 leaves about a quarter of the signal), so the int8 WTA
model wastes bits on every tensor downstream of a WTA layer and its output error grows 30-80x.

Here the TFLite converter itself sees the WTA model's activations:

1. run the float Keras model (WTA layers active, at their target rates) over the calibration set
   and record, per sample, each WTA layer's winner mask (the float rule: channel score = mean
   over H, W; feature score = value; k = ``wta_k(rate, C)``; ties to the lower index);
2. build the *masked twin*: the same graph, every WTA layer replaced by ``Multiply([x, mask_j])``
   with ``mask_j`` an extra model input (``(1, 1, 1, C)`` or ``(1, F)``);
3. convert it with the TFLite converter, the representative data set feeding each sample with its
   own masks, so every tensor (before and after each WTA point, biases, requantization) is
   calibrated on exactly the activations of the WTA model;
4. edit the flatbuffer back into an ordinary dense twin: each ``MUL(t, mask_j) -> m`` is removed
   and ``t`` takes ``m``'s quantization when its producer requantizes anyway (conv, depthwise,
   fully connected, add, mul, mean, quantize: their multipliers are derived from the scales, and
   TFLite Micro re-derives them at prepare time); otherwise the MUL becomes an int8 -> int8
   QUANTIZE. The mask inputs disappear and the WTA inputs become extra outputs ``wta_j``, exactly
   the layout `converter.convert_dense_twin` produces. The result is a genuine TFLite model: TFLite
   Micro runs it and the reference matches it bit for bit upstream of every WTA op.

5. bias correction (`correct_wta_biases`): the layers feeding WTA layers get their int32 biases
   shifted so that each channel's mean int8 score matches the float one on the calibration set
   (weight rounding otherwise moves near-ties the same way on every sample).

`converter.convert` then inserts the WTA ops as usual; the IR carries the scales, and the reference
and the generated C derive their multipliers from them, so they stay bit-exact with each other.
Models without WTA layers never come here: their conversion is unchanged.
"""
from __future__ import annotations

import numpy as np

from .errors import DasnetError, UnsupportedModelError

#: producers whose output quantization can change freely (their requantization is derived from
#: the input/weight/output scales at prepare time, and their biases do not depend on it).
REQUANTIZING = ("CONV_2D", "DEPTHWISE_CONV_2D", "FULLY_CONNECTED", "ADD", "MUL", "MEAN", "QUANTIZE")


def winner_masks(model, data: np.ndarray, batch_size: int = 64, return_scores: bool = False):
    """Per WTA layer (model order), the float winner masks of every sample: (N, C) float32 0/1.

    The WTA layers run at their *target* rates (the rates the converter uses), whatever their
    current rate is; the current rates are restored afterwards. With `return_scores`, returns
    (masks, scores): the float scores too, (N, C) float64 (channel mean over H, W, or the value).
    """
    import keras

    from .layers import wta_layers
    from .reference import winner_mask

    layers = wta_layers(model)
    if not layers:
        return ([], []) if return_scores else []
    saved = [l.current_rate for l in layers]
    try:
        for l in layers:
            l.set_current_rate(l.rate)
        probe = keras.Model(model.inputs[0], [l.input for l in layers])
        outs = []
        for s in range(0, len(data), batch_size):
            xb = np.asarray(data[s:s + batch_size], np.float32)
            taps = probe(xb, training=False) if len(xb) == 1 else _run_batched(probe, xb)
            taps = taps if isinstance(taps, (list, tuple)) else [taps]
            outs.append([np.asarray(t) for t in taps])
    finally:
        for l, r in zip(layers, saved):
            l.set_current_rate(r)
    masks, all_scores = [], []
    for j, layer in enumerate(layers):
        vals = np.concatenate([o[j] for o in outs])
        scores = vals.mean(axis=(1, 2)) if vals.ndim == 4 else vals.reshape(len(vals), -1)
        masks.append(winner_mask(scores, layer.k_for(scores.shape[-1])).astype(np.float32))
        all_scores.append(np.asarray(scores, np.float64))
    return (masks, all_scores) if return_scores else masks


def _run_batched(probe, xb):
    # The model is built with batch size 1; run sample by sample through a batch-free clone is
    # costly, so run the probe on each sample (Keras functional models accept any batch at call
    # time unless a layer reshapes with the batch size baked in, e.g. Flatten with batch 1).
    try:
        return probe(xb, training=False)
    except Exception:
        per = [probe(x[None], training=False) for x in xb]
        per = [p if isinstance(p, (list, tuple)) else [p] for p in per]
        return [np.concatenate([np.asarray(p[j]) for p in per]) for j in range(len(per[0]))]


def masked_twin(model, keras):
    """The model with every WTA layer replaced by `Multiply([x, mask_j])`, mask_j an extra input.

    Returns (keras.Model with inputs [x, mask_0, ...] and named outputs output_i, names of the
    mask inputs, WTA layers in model order)."""
    from .layers import is_wta_layer, wta_layers

    layers = wta_layers(model)
    fn = model if hasattr(model, "_run_through_graph") and hasattr(model, "_nodes_by_depth") else \
        getattr(model, "_functional", None)
    if fn is None:
        raise UnsupportedModelError("WTA-aware calibration needs a functional or Sequential Keras model")
    for l in fn.layers if hasattr(fn, "layers") else []:
        if getattr(l, "layers", None) and any(is_wta_layer(s) for s in l.layers):
            raise UnsupportedModelError(
                f"WTA layers inside the nested model {l.name!r}: flatten the model for conversion")
    index = {id(l): j for j, l in enumerate(layers)}
    masks = []
    for j, l in enumerate(layers):
        shape = (1, 1, l.channels) if len(l.input.shape) == 4 else (l.channels,)
        masks.append(keras.Input(shape, batch_size=1, name=f"mask_{j}"))
    x_in = [keras.Input(tuple(t.shape[1:]), batch_size=1, name=f"input_{i}")
            for i, t in enumerate(fn.inputs)]

    def call_fn(op, *args, **kwargs):
        if id(op) in index:
            return keras.layers.Multiply(name=f"{op.name}__mask")([args[0], masks[index[id(op)]]])
        return op(*args, **kwargs)

    outs = fn._run_through_graph(x_in, operation_fn=lambda op: op, call_fn=call_fn)
    outs = list(outs) if isinstance(outs, (list, tuple)) else [outs]
    named = {f"output_{i}": o for i, o in enumerate(outs)}
    m = keras.Model(x_in + masks, named)
    return m, [f"mask_{j}" for j in range(len(layers))], layers


def convert_wta_calibrated(model, calibration: np.ndarray, bias_correction: bool = True):
    """Convert `model` to the dense-twin layout of `converter.convert_dense_twin` (a full-int8
    .tflite with outputs output_i and WTA inputs wta_j), quantized on WTA-active activations.
    With `bias_correction` the layers feeding each WTA layer get their biases corrected (see
    `correct_wta_biases`)."""
    import keras

    from .converter import TwinConversion

    masks, scores = winner_masks(model, calibration, return_scores=True)
    twin, mask_names, layers = masked_twin(model, keras)
    in_names = [t.name.split(":")[0] for t in twin.inputs[:len(twin.inputs) - len(mask_names)]]

    def representative():
        for i, x in enumerate(calibration):
            d = {in_names[0]: x[None].astype(np.float32)}
            for name, m in zip(mask_names, masks):
                d[name] = m[i].reshape((1,) + tuple(twin.get_layer(name).output.shape[1:]))
            yield d

    try:
        raw = _int8_convert(twin, representative)
    except Exception as e:
        first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        raise UnsupportedModelError(f"the TFLite converter failed on the masked twin: {first}") from None
    tflite, taps = strip_masks(raw, mask_names)
    if bias_correction:
        tflite = correct_wta_biases(tflite, taps, masks, scores, calibration)
    return TwinConversion(tflite, sorted_outputs(tflite), [(t, l) for t, l in zip(taps, layers)])


def sorted_outputs(tflite: bytes) -> list[str]:
    from .converter import _signature_outputs
    names = [n for n in _signature_outputs(tflite) if n.startswith("output_")]
    return sorted(names, key=lambda n: int(n.split("_")[1]))


def _int8_convert(model, representative) -> bytes:
    import tensorflow as tf

    converter = tf.lite.TFLiteConverter.from_keras_model(model)
    converter.optimizations = [tf.lite.Optimize.DEFAULT]
    converter.representative_dataset = representative
    converter.target_spec.supported_ops = [tf.lite.OpsSet.TFLITE_BUILTINS_INT8]
    converter.inference_input_type = tf.int8
    converter.inference_output_type = tf.int8
    return converter.convert()


# ---------------------------------------------------------------------------------------------
# flatbuffer surgery: masked twin -> dense twin with WTA-calibrated quantization
# ---------------------------------------------------------------------------------------------
def strip_masks(tflite: bytes, mask_names: list[str]) -> tuple[bytes, list[str]]:
    """Remove the mask inputs and their MUL ops; add the WTA inputs as outputs wta_j.

    Returns (new .tflite bytes, tap signature names in mask order)."""
    import flatbuffers

    from .import_tflite import _OP_NAMES, fb

    m = fb.ModelT.InitFromPackedBuf(tflite, 0)
    sg = m.subgraphs[0]
    sig = m.signatureDefs[0]

    def sname(tm):
        return tm.name.decode() if isinstance(tm.name, bytes) else tm.name

    sig_in = {sname(tm): int(tm.tensorIndex) for tm in sig.inputs}
    missing = [n for n in mask_names if n not in sig_in]
    if missing:
        raise DasnetError(f"masked twin: signature inputs {missing} not found")
    mask_t = {sig_in[n]: j for j, n in enumerate(mask_names)}

    def opname(op):
        oc = m.operatorCodes[op.opcodeIndex]
        return _OP_NAMES.get(max(int(oc.builtinCode), int(oc.deprecatedBuiltinCode)), "?")

    ops = list(sg.operators)
    producer = {int(t): i for i, op in enumerate(ops) for t in op.outputs}
    n_consumers: dict[int, int] = {}
    for op in ops:
        for t in op.inputs:
            n_consumers[int(t)] = n_consumers.get(int(t), 0) + 1
    outputs = [int(t) for t in sg.outputs]

    tap_of: dict[int, int] = {}  # mask j -> tap tensor index
    remove: set[int] = set()
    redirect: dict[int, int] = {}  # tensor -> tensor replacing it everywhere
    for i, op in enumerate(ops):
        ins = [int(t) for t in op.inputs]
        hit = [t for t in ins if t in mask_t]
        if not hit:
            continue
        j = mask_t[hit[0]]
        if opname(op) != "MUL" or len(ins) != 2:
            raise UnsupportedModelError(
                f"WTA-aware calibration: the mask of WTA layer {j} feeds {opname(op)} instead of MUL")
        t_in = ins[1] if ins[0] == hit[0] else ins[0]
        t_out = int(op.outputs[0])
        qt, qm = sg.tensors[t_in].quantization, sg.tensors[t_out].quantization
        same = list(qt.scale) == list(qm.scale) and list(qt.zeroPoint) == list(qm.zeroPoint)
        p = producer.get(t_in)
        own = n_consumers.get(t_in, 0) == 1 and t_in not in outputs
        if same or (p is not None and own and opname(ops[p]) in REQUANTIZING):
            # the producer writes straight in the post-WTA quantization
            qt.scale, qt.zeroPoint = np.array(qm.scale), np.array(qm.zeroPoint)
            if qm.min is not None:
                qt.min, qt.max = qm.min, qm.max
            remove.add(i)
            redirect[t_out] = t_in
            tap_of[j] = t_in
        else:
            # requantize to the post-WTA quantization with an int8 -> int8 QUANTIZE
            op.opcodeIndex = _opcode(m, fb, fb.BuiltinOperator.QUANTIZE)
            op.inputs = np.array([t_in], np.int32)
            op.builtinOptionsType = fb.BuiltinOptions.NONE
            op.builtinOptions = None
            tap_of[j] = t_out
    if len(tap_of) != len(mask_names):
        lost = [mask_names[j] for j in range(len(mask_names)) if j not in tap_of]
        raise UnsupportedModelError(f"WTA-aware calibration: masks {lost} are not used by the converted model")

    def fix(t: int) -> int:
        return redirect.get(t, t)

    kept = []
    for i, op in enumerate(ops):
        if i in remove:
            continue
        op.inputs = np.array([fix(int(t)) if t >= 0 else -1 for t in op.inputs], np.int32)
        kept.append(op)
    sg.operators = kept
    sg.inputs = np.array([int(t) for t in sg.inputs if int(t) not in mask_t], np.int32)
    sig.inputs = [tm for tm in sig.inputs if int(tm.tensorIndex) not in mask_t]
    for tm in sig.outputs:
        tm.tensorIndex = fix(int(tm.tensorIndex))
    taps = []
    for j in range(len(mask_names)):
        tm = fb.TensorMapT()
        tm.name = f"wta_{j}"
        tm.tensorIndex = tap_of[j]
        sig.outputs.append(tm)
        taps.append(tm.name)
    new_out = sorted({fix(t) for t in outputs} | set(tap_of.values()))
    sg.outputs = np.array(new_out, np.int32)

    b = flatbuffers.Builder(1024)
    b.Finish(m.Pack(b), file_identifier=b"TFL3")
    return bytes(b.Output()), taps


def _opcode(m, fb, builtin: int) -> int:
    for i, oc in enumerate(m.operatorCodes):
        if max(int(oc.builtinCode), int(oc.deprecatedBuiltinCode)) == builtin:
            return i
    oc = fb.OperatorCodeT()
    oc.builtinCode = builtin
    oc.deprecatedBuiltinCode = min(builtin, 127)
    oc.version = 1
    m.operatorCodes.append(oc)
    return len(m.operatorCodes) - 1


# ---------------------------------------------------------------------------------------------
# bias correction of the layers feeding a WTA layer
# ---------------------------------------------------------------------------------------------
#: producers whose per-channel bias can shift a WTA score
BIASED = ("CONV_2D", "DEPTHWISE_CONV_2D", "FULLY_CONNECTED")


def run_forced(graph, q: np.ndarray, taps: list[int], masks: list[np.ndarray], stop: int | None = None,
               batch_size: int = 128) -> dict:
    """Run a dense-twin graph (no WTA ops) on int8 inputs `q` (N, ...), applying the given winner
    masks (N, C) at the tap tensors (losers become the zero point, as the WTA op writes them),
    i.e. the int8 WTA model with the winners forced. Stops after op index `stop` (its output
    masked too when it is a tap). Returns {tensor index: (N, ...) int8} of every computed tensor."""
    from .reference import _KERNELS

    tap_j = {t: j for j, t in enumerate(taps)}
    parts: dict[int, list] = {}
    for s in range(0, len(q), batch_size):
        xb = q[s:s + batch_size]
        n = len(xb)
        values = {graph.inputs[0]: xb.reshape((n,) + tuple(graph.tensor(graph.inputs[0]).shape[1:]))}
        for i, op in enumerate(graph.ops):
            if stop is not None and i > stop:
                break
            ins = [values[t] if t >= 0 and graph.tensor(t).data is None else
                   (graph.tensor(t).data if t >= 0 else None) for t in op.inputs]
            o = op.outputs[0]
            y = np.asarray(_KERNELS[op.type](graph, op, ins)).astype(np.int8, copy=False)
            y = y.reshape((n,) + tuple(graph.tensor(o).shape[1:]))
            if o in tap_j:
                y = _apply_mask(y, masks[tap_j[o]][s:s + n], graph.tensor(o).zp)
            values[o] = y
        for t, v in values.items():
            parts.setdefault(t, []).append(v)
    return {t: np.concatenate(v) for t, v in parts.items()}


def _apply_mask(y: np.ndarray, mask: np.ndarray, zp: int) -> np.ndarray:
    m = np.asarray(mask).astype(bool).reshape((len(y),) + (1,) * (y.ndim - 2) + (-1,))
    return np.where(m, y, np.int8(zp))


def int8_scores(graph, tensor: int, values: np.ndarray) -> np.ndarray:
    """Dequantized WTA scores of int8 tap values (N, ..., C): channel mean over H, W, or value."""
    t = graph.tensor(tensor)
    v = (values.astype(np.float64) - t.zp) * float(t.scale[0])
    return v.mean(axis=(1, 2)) if v.ndim == 4 else v.reshape(len(v), -1)


def correct_wta_biases(tflite: bytes, tap_names: list[str], masks: list[np.ndarray],
                       float_scores: list[np.ndarray], calibration: np.ndarray,
                       passes: int = 2, max_samples: int = 128) -> bytes:
    """Bias correction for the layers that feed a WTA layer, so that int8 winners agree with the
    float winners.

    A WTA layer ranks channels by score (channel mean or feature value). Weight quantization
    shifts every channel's mean by a fixed amount (the rounding errors of its weights times the
    mean input), which moves near-ties the same way on every sample: int8 then chooses other
    winners than the float model. In one pass over the int8 twin on the first `max_samples`
    calibration samples, with the float winners forced at every WTA point (as `run_forced`), each
    layer feeding a WTA layer gets mean correction (Nagel et al. 2019,
    "Data-free quantization", sec. 4.2): the mean difference between the float and the
    dequantized int8 score of each channel shifts the producing convolution's / fully connected
    layer's int32 bias (divided by the fraction of outputs its fused activation does not clamp,
    in units of input scale x weight scale); `passes` iterations, keeping the biases with the
    smallest mean error, before the pass goes on with them.

    (Greedy per-channel bias steps that minimize the number of calibration samples whose int8
    winners differ from the float winners were tried too: no better on held-out inputs, and slow
    on convolutions.)

    Only bias values change (a layer without a bias gets one); the result is still an ordinary
    int8 .tflite, and the reference and the generated C read the new biases like any other.
    """
    from .converter import _signature_outputs
    from .evaluate import quantize_input
    from .import_tflite import fb, import_tflite
    from .reference import _KERNELS

    graph = import_tflite(tflite)
    old_of = graph.metadata["tflite_tensor_indices"]
    new_of = {o: n for n, o in enumerate(old_of)}
    sig = _signature_outputs(tflite)
    tap_j = {new_of[sig[n]]: j for j, n in enumerate(tap_names)}
    n = min(len(calibration), max_samples)
    q = quantize_input(graph, np.asarray(calibration[:n], np.float32))
    values = {graph.inputs[0]: q.reshape((n,) + tuple(graph.tensor(graph.inputs[0]).shape[1:]))}
    updates = []
    # one pass in graph order with the float winners forced at every tap; each producer of a tap
    # is corrected on its (already corrected upstream) input before the pass goes on
    for op in graph.ops:
        ins = [values[t] if t >= 0 and graph.tensor(t).data is None else
               (graph.tensor(t).data if t >= 0 else None) for t in op.inputs]
        o = op.outputs[0]
        y_t = graph.tensor(o)
        if o in tap_j and op.type in BIASED:
            j = tap_j[o]
            bias = _mean_correct(graph, op, ins, y_t, float_scores[j][:n], passes, _KERNELS)
            if bias is not None:
                ins = ins[:2] + [bias.astype(np.int32)]
                acc_scale = float(graph.tensor(op.inputs[0]).scale[0]) * np.broadcast_to(
                    np.asarray(graph.tensor(op.inputs[1]).scale, np.float64), (y_t.shape[-1],))
                updates.append((old_of[op.inputs[0]], old_of[o], bias.astype(np.int32), acc_scale))
        y = np.asarray(_KERNELS[op.type](graph, op, ins)).astype(np.int8, copy=False)
        y = y.reshape((n,) + tuple(y_t.shape[1:]))
        if o in tap_j:
            y = _apply_mask(y, masks[tap_j[o]][:n], y_t.zp)
        values[o] = y
    return _write_biases(tflite, fb, updates) if updates else tflite


def _mean_correct(graph, op, ins, y_t, float_scores, passes, kernels):
    """Corrected int32 bias of `op` (None when unchanged): see `correct_wta_biases`."""
    n = len(ins[0])
    c = y_t.shape[-1]
    x_t, w_t = graph.tensor(op.inputs[0]), graph.tensor(op.inputs[1])
    acc_scale = float(x_t.scale[0]) * np.broadcast_to(np.asarray(w_t.scale, np.float64), (c,))
    b_idx = op.inputs[2] if len(op.inputs) > 2 else -1
    bias0 = graph.tensor(b_idx).data.astype(np.int64) if b_idx >= 0 else np.zeros(c, np.int64)
    low = int(op.options.get("act_min", -128))

    def run(bias):
        y = kernels[op.type](graph, op, ins[:2] + [bias.astype(np.int32)])
        y = np.asarray(y).astype(np.int8).reshape((n,) + tuple(y_t.shape[1:]))
        v = (y.astype(np.float64) - y_t.zp) * float(y_t.scale[0])
        sc = v.mean(axis=(1, 2)) if v.ndim == 4 else v.reshape(n, -1)
        return y, (float_scores - sc).mean(axis=0)

    bias = bias0
    y, delta = run(bias)
    best = (float(np.mean(np.abs(delta))), bias0)
    for _ in range(passes):
        active = np.maximum((y.reshape(n, -1, c) > low).mean(axis=(0, 1)), 0.05)
        bias = np.clip(bias + np.round(delta / active / acc_scale), -2 ** 31, 2 ** 31 - 1).astype(np.int64)
        y, delta = run(bias)
        e = float(np.mean(np.abs(delta)))
        if e < best[0]:
            best = (e, bias)
    return None if np.array_equal(best[1], bias0) else best[1]


def _write_biases(tflite: bytes, fb, updates) -> bytes:
    """Set the int32 bias of each op reading tflite tensor `in_t` and writing `out_t` (updates:
    (in_t, out_t, bias, acc_scale)); a new bias tensor and buffer when it has none, a new buffer
    otherwise (never shared with another tensor)."""
    import flatbuffers

    m = fb.ModelT.InitFromPackedBuf(tflite, 0)
    sg = m.subgraphs[0]
    for in_t, out_t, bias, acc_scale in updates:
        ops = [op for op in sg.operators if int(op.outputs[0]) == out_t and int(op.inputs[0]) == in_t]
        if len(ops) != 1:
            raise DasnetError("bias correction: the producing op was not found again")
        op = ops[0]
        ins = [int(t) for t in op.inputs]
        buf = fb.BufferT()
        buf.data = np.frombuffer(np.asarray(bias).astype("<i4").tobytes(), np.uint8)
        m.buffers.append(buf)
        if len(ins) > 2 and ins[2] >= 0:
            sg.tensors[ins[2]].buffer = len(m.buffers) - 1
            continue
        t = fb.TensorT()
        t.shape = np.array([len(bias)], np.int32)
        t.type = fb.TensorType.INT32
        t.buffer = len(m.buffers) - 1
        t.name = b"wta_bias_" + str(out_t).encode()
        qp = fb.QuantizationParametersT()
        qp.scale = np.asarray(acc_scale, np.float32)
        qp.zeroPoint = np.zeros(len(bias), np.int64)
        qp.quantizedDimension = 0
        t.quantization = qp
        sg.tensors.append(t)
        op.inputs = np.array(ins[:2] + [len(sg.tensors) - 1], np.int32)
    b = flatbuffers.Builder(1024)
    b.Finish(m.Pack(b), file_identifier=b"TFL3")
    return bytes(b.Output())
