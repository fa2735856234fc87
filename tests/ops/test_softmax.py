# SPDX-License-Identifier: Apache-2.0
"""SOFTMAX across the stages: typed options, MACs, validation, generated C vs the reference."""

from op_stages import op_tests

globals().update(op_tests(
    "SOFTMAX",
    macs=(lambda g, op: 0),
    mutations=[lambda g, op: op.options.update(beta=float("inf")), lambda g, op: op.options.update(beta=-1.0)],
))
