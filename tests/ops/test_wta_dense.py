# SPDX-License-Identifier: Apache-2.0
"""WTA_DENSE across the stages: typed options, MACs, validation, generated C vs the reference."""

from op_stages import op_tests

globals().update(op_tests(
    "WTA_DENSE",
    macs=(lambda g, op: 0),
    mutations=[lambda g, op: op.options.update(k=-1)],
))
