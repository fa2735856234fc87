# SPDX-License-Identifier: Apache-2.0
"""Rate search (dasnet_tiny.search): the Keras-level cost model against the converted graph's own
MAC counts (dasnet_tiny.summary), the search loop and the CLI verb on a tiny model."""
from __future__ import annotations

import numpy as np
import pytest

keras = pytest.importorskip("keras")

import dasnet_tiny as dt  # noqa: E402
from dasnet_tiny import search, summary, train  # noqa: E402

from test_train import _data, _dense  # noqa: E402


@pytest.mark.parametrize("rates", [{}, {"conv1": 0.5}, {"conv1": 0.25, "conv2": 0.5, "fc1": 0.5}])
def test_predicted_macs_match_the_converted_graph(rates):
    d = _dense()
    x, _ = _data(16)
    m = train.with_batch_size(train.insert_wta(d, rates) if rates else d, 1)
    g = dt.convert(m, x)
    s = summary.summarize(g)
    pred = search.predict_cost(search.layer_costs(d), rates, metric="macs")
    assert pred == s.total_macs_skipped


def test_search_front_and_cli(tmp_path):
    d = _dense()
    x, y = _data(64)
    train.train_dense(d, x, y, epochs=1)
    res = search.search(d, x, y, budget=0.6, max_steps=3, progress=lambda s: None)
    front = res.pareto()
    assert res.configs[0]["rates"] == {"conv1": 1.0, "conv2": 1.0, "fc1": 1.0}
    assert all(a["cost"] <= b["cost"] and a["accuracy"] < b["accuracy"] for a, b in zip(front, front[1:]))
    assert len(res.configs) == 4 and res.configs[-1]["cost"] < res.configs[0]["cost"]
    assert res.chosen in res.configs
    assert "speed-up" in res.table()
    res.plot(tmp_path / "p.png")
    assert (tmp_path / "p.png").stat().st_size > 1000
    d.save(tmp_path / "m.keras")
    np.savez(tmp_path / "val.npz", x=x, y=y)
    from dasnet_tiny.cli import main
    rc = main(["search", str(tmp_path / "m.keras"), "--data", str(tmp_path / "val.npz"), "--metric", "macs",
               "--rates", "1,0.5", "--plot", str(tmp_path / "q.png")])
    assert rc == 0 and (tmp_path / "q.png").exists()
