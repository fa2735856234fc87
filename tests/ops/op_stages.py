# SPDX-License-Identifier: Apache-2.0
"""The per-op stage checks each tests/ops/test_<op>.py runs for its op type: the op's typed
options, its MAC count against an independent formula, the validator refusing broken options,
and the generated C (host, ASan/UBSan, layer by layer) against the NumPy reference on the
op-space graphs that use it. TFLite Micro against the reference is in tests/test_reference.py
(converted Keras op models) and tests/test_import.py."""
from __future__ import annotations

import copy
import shutil
from functools import lru_cache

import pytest

from dasnet_tiny.errors import UnsupportedModelError
from dasnet_tiny.ir import Graph
from dasnet_tiny.ops import OPS
from dasnet_tiny.validate import validate_graph

import codegen_batch
import graphs

needs_gcc = pytest.mark.skipif(shutil.which("gcc") is None and shutil.which("cc") is None,
                               reason="needs a host C compiler")


@lru_cache(maxsize=None)
def _all_cases() -> tuple:
    cases = [(name, build(i)) for i, (name, build) in enumerate(graphs.op_space_cases())]
    cases += [(f"wta_{c}", graphs.wta_graph(c, 0.5)) for c in graphs.WTA_CONSUMERS]
    return tuple(cases)


def cases_with(op_type: str, limit: int = 3) -> list[tuple[str, Graph]]:
    found = [(n, g) for n, g in _all_cases() if any(op.type == op_type for op in g.ops)]
    assert found, f"no op-space graph uses {op_type}"
    return found[:limit]


def check_typed_options(op_type: str) -> None:
    d = OPS[op_type]
    for _, g in cases_with(op_type, 10):
        for op in g.ops:
            if op.type == op_type and d.Options is not None:
                opts = d.options(op)
                assert type(opts) is d.Options


def check_macs(op_type: str, formula) -> None:
    for _, g in cases_with(op_type, 10):
        for op in g.ops:
            if op.type == op_type:
                assert OPS[op_type].macs(g, op) == formula(g, op)


def check_refused(op_type: str, mutations: list) -> None:
    """Each mutation (a function editing the op in a copy of a graph) must make the validator
    refuse the graph with a one-line UnsupportedModelError naming the op."""
    name, g = cases_with(op_type, 1)[0]
    for mutate in mutations:
        bad = copy.deepcopy(g)
        i = next(k for k, op in enumerate(bad.ops) if op.type == op_type)
        mutate(bad, bad.ops[i])
        with pytest.raises(UnsupportedModelError) as e:
            validate_graph(bad, name)
        msg = str(e.value)
        assert "\n" not in msg and op_type in msg, msg


def check_generated_c(op_type: str, tmp_path, limit: int = 3) -> None:
    res = codegen_batch.check_many(cases_with(op_type, limit), tmp_path, n=2)
    bad = {k: v for k, v in res.items() if v}
    assert not bad, bad


def op_tests(op_type: str, macs, mutations: list) -> dict:
    """The test functions of one op's file: `globals().update(op_tests(...))`."""
    def test_typed_options():
        check_typed_options(op_type)

    def test_macs():
        check_macs(op_type, macs)

    def test_validator_refuses_broken_options():
        check_refused(op_type, mutations)

    @needs_gcc
    def test_generated_c_matches_reference(tmp_path):
        check_generated_c(op_type, tmp_path)

    return {f.__name__: f for f in (test_typed_options, test_macs, test_validator_refuses_broken_options,
                                     test_generated_c_matches_reference)}
