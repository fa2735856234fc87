# SPDX-License-Identifier: Apache-2.0
"""MAX_POOL_2D across the stages: typed options, MACs, validation, generated C vs the reference."""

from op_stages import op_tests

globals().update(op_tests(
    "MAX_POOL_2D",
    macs=(lambda g, op: 0),
    mutations=[lambda g, op: op.options.update(stride_w=-1), lambda g, op: op.options.update(padding=7)],
))
