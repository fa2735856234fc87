# SPDX-License-Identifier: Apache-2.0
"""ADD across the stages: typed options, MACs, validation, generated C vs the reference."""

from op_stages import op_tests

globals().update(op_tests(
    "ADD",
    macs=(lambda g, op: 0),
    mutations=[lambda g, op: op.options.update(act_min="x")],
))
