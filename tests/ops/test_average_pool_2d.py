# SPDX-License-Identifier: Apache-2.0
"""AVERAGE_POOL_2D across the stages: typed options, MACs, validation, generated C vs the reference."""

from op_stages import op_tests

globals().update(op_tests(
    "AVERAGE_POOL_2D",
    macs=(lambda g, op: 0),
    mutations=[lambda g, op: op.options.update(filter_h=0), lambda g, op: op.options.update(pad_h=op.options["pad_h"] + 7)],
))
