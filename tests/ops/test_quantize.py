# SPDX-License-Identifier: Apache-2.0
"""QUANTIZE across the stages: typed options, MACs, validation, generated C vs the reference."""
import dataclasses  # noqa: F401

from op_stages import op_tests

globals().update(op_tests(
    "QUANTIZE",
    macs=(lambda g, op: 0),
    mutations=[lambda g, op: g.tensors.__setitem__(op.outputs[0], dataclasses.replace(g.tensors[op.outputs[0]], scale=(1e-30,)))],
))
