# SPDX-License-Identifier: Apache-2.0
"""FULLY_CONNECTED across the stages: typed options, MACs, validation, generated C vs the reference."""

from op_stages import op_tests

globals().update(op_tests(
    "FULLY_CONNECTED",
    macs=(lambda g, op: g.tensor(op.outputs[0]).size * g.tensor(op.inputs[1]).shape[1]),
    mutations=[lambda g, op: op.options.update(act_min=200), lambda g, op: op.options.pop("act_max")],
))
