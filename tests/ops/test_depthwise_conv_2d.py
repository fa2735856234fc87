# SPDX-License-Identifier: Apache-2.0
"""DEPTHWISE_CONV_2D across the stages: typed options, MACs, validation, generated C vs the reference."""

from op_stages import op_tests

globals().update(op_tests(
    "DEPTHWISE_CONV_2D",
    macs=(lambda g, op: g.tensor(op.outputs[0]).size * g.tensor(op.inputs[1]).shape[1] * g.tensor(op.inputs[1]).shape[2]),
    mutations=[lambda g, op: op.options.update(depth_multiplier=0), lambda g, op: op.options.update(dilation_w=0)],
))
