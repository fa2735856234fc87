# SPDX-License-Identifier: Apache-2.0
"""MEAN across the stages: typed options, MACs, validation, generated C vs the reference."""

from op_stages import op_tests

globals().update(op_tests(
    "MEAN",
    macs=(lambda g, op: 0),
    mutations=[lambda g, op: op.options.update(axes=[9]), lambda g, op: op.options.update(keep_dims="yes")],
))
