# SPDX-License-Identifier: Apache-2.0
"""PAD across the stages: typed options, MACs, validation, generated C vs the reference."""

from op_stages import op_tests

globals().update(op_tests(
    "PAD",
    macs=(lambda g, op: 0),
    mutations=[lambda g, op: op.options.update(paddings=[[0, -1]]), lambda g, op: op.options.update(paddings="x")],
))
