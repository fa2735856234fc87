# SPDX-License-Identifier: Apache-2.0
"""Import of .tflite models, the graph file, and every refusal path."""
from __future__ import annotations

import numpy as np
import pytest

import dasnet_tiny as dt
from dasnet_tiny import reference
from dasnet_tiny.import_tflite import fb

from conftest import keras_to_tflite, shared_file


def test_shared_models_import_and_summary():
    from dasnet_tiny.summary import summarize
    for name, macs in (("kws_ref_model.tflite", 2_656_768), ("pretrainedResnet_quant.tflite", 12_501_632)):
        g = dt.import_tflite(shared_file(f"models/mlperf_tiny/{name}"))
        s = summarize(g)
        assert s.total_macs == macs, name
        assert "CONV_2D" in s.table()


def test_graph_save_load_round_trip(tmp_path):
    g = dt.import_tflite(shared_file("models/mlperf_tiny/pretrainedResnet_quant.tflite"))
    p = g.save(tmp_path / "resnet.graph.bin")  # any name, written exactly there
    assert p.exists() and not (tmp_path / "resnet.graph.bin.npz").exists()
    g2 = dt.load_graph(p)
    x = np.random.default_rng(0).integers(-128, 128, g.input_tensors[0].shape).astype(np.int8)
    assert np.array_equal(reference.run(g, x)[0], reference.run(g2, x)[0])
    assert [o.type for o in g.ops] == [o.type for o in g2.ops]


def test_load_graph_rejects_other_files(tmp_path):
    p = tmp_path / "x.npz"
    np.savez(p, a=np.zeros(3))
    with pytest.raises(dt.DasnetError, match="not a dasnet-tiny graph"):
        dt.load_graph(p)


# ---- refusals ---------------------------------------------------------------------------------
def _tiny_keras(act="relu"):
    import keras
    inp = keras.Input((4, 4, 2), batch_size=1)
    return keras.Model(inp, keras.layers.Conv2D(3, 3, activation=act)(inp))


def test_refuses_non_tflite(tmp_path):
    p = tmp_path / "m.tflite"
    p.write_bytes(b"not a model at all")
    with pytest.raises(dt.UnsupportedModelError, match="not a TensorFlow Lite flatbuffer"):
        dt.import_tflite(p)
    with pytest.raises(dt.UnsupportedModelError, match="cannot read"):
        dt.import_tflite(tmp_path / "missing.tflite")


def test_refuses_float_model():
    with pytest.raises(dt.UnsupportedModelError, match="float"):
        dt.import_tflite(shared_file("models/mlperf_tiny/kws_ref_model_float32.tflite"))


def test_refuses_unsupported_op_naming_it():
    m = _tiny_keras(act="tanh")
    b = keras_to_tflite(m, np.random.default_rng(0).normal(size=(10, 4, 4, 2)).astype(np.float32))
    with pytest.raises(dt.UnsupportedModelError, match=r"op #\d+ TANH is not supported; supported ops: CONV_2D"):
        dt.import_tflite(b)


def test_refuses_int16_activations():
    import tensorflow as tf
    m = _tiny_keras()
    c = tf.lite.TFLiteConverter.from_keras_model(m)
    c.optimizations = [tf.lite.Optimize.DEFAULT]
    c.representative_dataset = lambda: ([np.random.rand(1, 4, 4, 2).astype(np.float32)] for _ in range(5))
    c.target_spec.supported_ops = [
        tf.lite.OpsSet.EXPERIMENTAL_TFLITE_BUILTINS_ACTIVATIONS_INT16_WEIGHTS_INT8]
    c.inference_input_type = tf.int16
    c.inference_output_type = tf.int16
    with pytest.raises(dt.UnsupportedModelError, match="int16 activations"):
        dt.import_tflite(c.convert())


def _repack(model_t) -> bytes:
    import flatbuffers
    b = flatbuffers.Builder(1024)
    b.Finish(model_t.Pack(b), file_identifier=b"TFL3")
    return bytes(b.Output())


def test_refuses_several_subgraphs():
    b = shared_file("models/mlperf_tiny/kws_ref_model.tflite").read_bytes()
    m = fb.ModelT.InitFromPackedBuf(b, 0)
    m.subgraphs.append(m.subgraphs[0])
    with pytest.raises(dt.UnsupportedModelError, match="2 subgraphs"):
        dt.import_tflite(_repack(m))


def test_refuses_corrupt_flatbuffer():
    b = bytearray(shared_file("models/mlperf_tiny/kws_ref_model.tflite").read_bytes())
    b[8:64] = b"\xff" * 56
    with pytest.raises(dt.UnsupportedModelError):
        dt.import_tflite(bytes(b))


def _append_requantize(tflite: bytes, scale_mul: float, zp: int) -> bytes:
    """Append an int8 -> int8 QUANTIZE (requantize) op after the model output, by editing the
    flatbuffer with the schema's object API."""
    import copy
    m = fb.ModelT.InitFromPackedBuf(tflite, 0)
    sg = m.subgraphs[0]
    code = fb.OperatorCodeT()
    code.builtinCode = code.deprecatedBuiltinCode = fb.BuiltinOperator.QUANTIZE
    code.version = 1
    m.operatorCodes.append(code)
    src = sg.tensors[sg.outputs[0]]
    t = copy.deepcopy(src)
    t.name = b"requantized"
    t.quantization.scale = [float(src.quantization.scale[0]) * scale_mul]
    t.quantization.zeroPoint = [zp]
    sg.tensors.append(t)
    op = fb.OperatorT()
    op.opcodeIndex = len(m.operatorCodes) - 1
    op.inputs = [sg.outputs[0]]
    op.outputs = [len(sg.tensors) - 1]
    sg.operators.append(op)
    sg.outputs = [len(sg.tensors) - 1]
    m.signatureDefs = []
    return _repack(m)


@pytest.mark.parametrize("scale_mul,zp", [(0.37, 5), (2.9, -20), (1.0, 11)])
def test_in_graph_requantize_bit_exact(scale_mul, zp):
    """QUANTIZE int8->int8 inside the graph, against TFLite Micro."""
    from conftest import TFLM
    base = keras_to_tflite(_tiny_keras(act=None), np.random.default_rng(0).normal(size=(10, 4, 4, 2)).astype(np.float32))
    b = _append_requantize(base, scale_mul, zp)
    g = dt.import_tflite(b)
    assert g.ops[-1].type == "QUANTIZE"
    xs = np.random.default_rng(1).integers(-128, 128, (16, 1, 4, 4, 2)).astype(np.int8)
    gold = TFLM(b).many(xs)
    for x, y in zip(xs, gold):
        assert np.array_equal(reference.run(g, x)[0], y[0])
