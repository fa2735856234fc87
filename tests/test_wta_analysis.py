# SPDX-License-Identifier: Apache-2.0
"""One WTA analysis: `inspect`'s summary, the code generator and the generated code agree on which
layers skip losers and how many MACs remain, including WTA -> RESHAPE -> CONV (where the channel
count changes and nothing can be skipped)."""
from __future__ import annotations

import numpy as np
import pytest

from dasnet_tiny import codegen, reference
from dasnet_tiny.summary import summarize
from dasnet_tiny.wta import channel_scores, winner_mask, winners

import graphs


@pytest.mark.parametrize("consumer", graphs.WTA_CONSUMERS)
@pytest.mark.parametrize("rate", [0.25, 0.5])
def test_summary_and_generator_agree(consumer, rate):
    g = graphs.wta_graph(consumer, rate)
    s = summarize(g)
    a = codegen.analyze(g)
    assert [r.macs_skipped for r in s.rows] == [lay.macs_skipped for lay in a.layers]
    assert [r.macs for r in s.rows] == [lay.macs_dense for lay in a.layers]


def test_reshape_that_changes_channels_is_not_credited():
    b = graphs.GraphBuilder(3, "wta_reshape_c")
    x = b.input((1, 4, 4, 8))
    h = b.conv2d(x, 8, (1, 1), act="RELU")
    w = b.wta_channel(h, 0.25)
    y = b.conv2d(b.reshape(w, (1, 4, 8, 4)), 6, (3, 3), act="NONE")
    g = b.graph([y])
    conv = len(g.ops) - 1
    s = summarize(g)
    a = codegen.analyze(g)
    assert conv not in a.skip
    assert s.rows[conv].macs_skipped == s.rows[conv].macs == a.layers[conv].macs_dense


def test_winner_rule_matches_reference_wta():
    rng = np.random.default_rng(0)
    for trial in range(50):
        c = int(rng.integers(2, 20))
        k = int(rng.integers(1, c + 1))
        x = rng.integers(-128, 128, size=(1, 3, 2, c), dtype=np.int8)
        x[..., int(rng.integers(c))] = x[..., 0]  # ties
        zp = int(rng.integers(-128, 128))
        got = winners(x, zp, c, k)
        # independent oracle: sort by (-score, index)
        sc = [int(v) for v in (x.astype(np.int64) - zp).reshape(-1, c).sum(axis=0)]
        want = sorted(sorted(range(c), key=lambda i: (-sc[i], i))[:k])
        assert got.tolist() == want
        assert np.flatnonzero(winner_mask(channel_scores(x, zp, c), k)).tolist() == want
        assert reference.winner_mask is winner_mask
