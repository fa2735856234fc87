# SPDX-License-Identifier: Apache-2.0
"""CONV_2D across the stages: typed options, MACs, validation, generated C vs the reference."""
import numpy as np  # noqa: F401

from op_stages import op_tests

globals().update(op_tests(
    "CONV_2D",
    macs=(lambda g, op: g.tensor(op.outputs[0]).size * int(np.prod(g.tensor(op.inputs[1]).shape[1:]))),
    mutations=[lambda g, op: op.options.update(stride_h=0), lambda g, op: op.options.update(padding="FULL"), lambda g, op: op.options.update(act_min=5, act_max=4)],
))
