# SPDX-License-Identifier: Apache-2.0
"""IR edit helpers (insert an op, remove one, replace uses, drop unused tensors): rewrites give the
same results as graphs built directly, checked with the reference executor."""
from __future__ import annotations

import copy

import numpy as np

from dasnet_tiny import reference
from dasnet_tiny.ir import Op, OpType, Tensor, load_graph

import graphs


def _wta_pair(rate):
    """The same conv -> conv graph built twice: once with a WTA op, once without."""
    b = graphs.GraphBuilder(5, "edit")
    x = b.input((1, 6, 6, 3))
    h = b.conv2d(x, 8, (3, 3), act="RELU")
    w = b.wta_channel(h, rate)
    y = b.conv2d(w, 4, (1, 1), act="NONE")
    return b.graph([y]), h, w


def test_remove_and_insert_wta_roundtrip(tmp_path):
    g, h, w = _wta_pair(0.5)
    x = graphs.random_input(g, 0) if hasattr(graphs, "random_input") else \
        np.random.default_rng(0).integers(-128, 128, size=g.input_tensors[0].shape, dtype=np.int8)
    want = reference.run(g, x)[0]

    dense = copy.deepcopy(g)
    wi = next(i for i, op in enumerate(dense.ops) if op.type == OpType.WTA_CHANNEL)
    wop = dense.remove_op(wi)
    assert all(w not in op.inputs for op in dense.ops)
    dense.drop_unused_tensors()
    assert len(dense.tensors) == len(g.tensors) - 1
    # dense: the consumer now reads the conv output directly -> differs from the WTA result
    ht = dense.ops[0].outputs[0]

    again = copy.deepcopy(dense)
    out = again.add_tensor(Tensor("wta_out", again.tensor(ht).shape, "int8", again.tensor(ht).scale,
                                  again.tensor(ht).zero_point))
    pos = again.insert_op(Op(OpType.WTA_CHANNEL, [ht], [out], dict(wop.options), "wta"), rewire=True)
    assert pos == 1 and again.ops[2].inputs[0] == out
    assert np.array_equal(reference.run(again, x)[0], want)
    again.save(tmp_path / "g.graph")
    assert np.array_equal(reference.run(load_graph(tmp_path / "g.graph"), x)[0], want)


def test_replace_uses_limits_to_ops_and_outputs():
    g, h, w = _wta_pair(1.0)
    g.outputs = [w]
    g.replace_uses(w, h, ops=[], outputs=True)
    assert g.outputs == [h] and g.ops[-1].inputs[0] == w
