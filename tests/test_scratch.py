# SPDX-License-Identifier: Apache-2.0
"""The generator's scratch sizes (dasnet_tiny.scratch) equal the kernels' *_get_buffer_size
functions, compiled from the portable C, over the WTA consumer cases and every target."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from dasnet_tiny import codegen
from dasnet_tiny.resources import KERNEL_DIR
from dasnet_tiny.scratch import scratch_bytes
from dasnet_tiny.targets import TARGETS

import graphs

CC = shutil.which("gcc") or shutil.which("cc")


def _c_sizes(tmp_path, cases):
    lines = []
    for (n, h, w, c), (o, kh, kw, i), k in cases:
        lines.append(f"{{ dt_dims in = {{{n}, {h}, {w}, {c}}}, f = {{{o}, {kh}, {kw}, {i}}}; "
                     f"printf(\"%ld\\n\", (long)dt_convolve_s8_get_winner_buffer_size(&in, &f, {k})); }}")
    src = tmp_path / "sizes.c"
    src.write_text("#include <stdio.h>\n#include \"dt_nn.h\"\nint main(void) {\n" + "\n".join(lines)
                   + "\nreturn 0;\n}\n")
    exe = tmp_path / "sizes"
    subprocess.run([CC, "-std=c99", "-Wall", "-Wextra", "-Werror", "-I", str(KERNEL_DIR), str(src),
                    str(KERNEL_DIR / "dt_convolve_s8.c"), str(KERNEL_DIR / "dt_nn_support.c"), "-o", str(exe)],
                   check=True, capture_output=True)
    return [int(v) for v in subprocess.run([str(exe)], capture_output=True, text=True, check=True).stdout.split()]


@pytest.mark.skipif(CC is None, reason="needs a host C compiler")
def test_conv_winner_scratch_equals_kernel_buffer_size(tmp_path):
    cases, expect = [], []
    for consumer in graphs.WTA_CONSUMERS:
        for rate in (0.25, 0.5, 0.75):
            g = graphs.wta_graph(consumer, rate)
            a = codegen.analyze(g)
            for ci, wi in a.skip.items():
                op = g.ops[ci]
                if op.type != "CONV_2D":
                    continue
                x, w = g.tensor(op.inputs[0]).shape, g.tensor(op.inputs[1]).shape
                k = a.wta[wi].k
                cases.append(((x[0], x[1], x[2], x[3]), tuple(w), k))
                expect.append({t: scratch_bytes(g, op, t, k) for t in TARGETS})
                # the plan reserves exactly this much for the layer
                planned = [r.size for r in a.requests if r.name == f"compact{ci}"]
                assert planned == [expect[-1]["portable"]]
    assert cases
    got = _c_sizes(tmp_path, cases)
    for g_, e in zip(got, expect):
        assert all(v == g_ for v in e.values()), (g_, e)
