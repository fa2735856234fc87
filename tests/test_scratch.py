# SPDX-License-Identifier: Apache-2.0
"""The generator's scratch sizes (dasnet_tiny.scratch) equal the kernels' *_get_buffer_size
functions, compiled from the portable C, over the WTA consumer cases; and the plan reserves
exactly that much for each layer, on every target whose kernel is the portable one."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from dasnet_tiny import codegen
from dasnet_tiny.resources import KERNEL_DIR
from dasnet_tiny.scratch import implementing_variant, kernel_function, scratch_bytes
from dasnet_tiny.targets import TARGETS

import graphs

CC = shutil.which("gcc") or shutil.which("cc")
_C_CALL = {  # kernel function -> its buffer-size call on dims `in`, `f` and winner count `k`
    "dt_convolve_wta_s8": "dt_convolve_wta_s8_get_buffer_size(&in, &f, {k})",
    "dt_depthwise_conv_wta_s8": "dt_depthwise_conv_wta_s8_get_buffer_size(&in, &f, {k})",
    "dt_fully_connected_wta_s8": "dt_fully_connected_wta_s8_get_buffer_size(&f, {k})",
}


def _c_sizes(tmp_path, cases):
    lines = []
    for fn, x, w, k in cases:
        n, h, wd, c = ([1] * (4 - len(x)) + list(x))
        fd = list(w) if len(w) == 4 else [w[0], 1, 1, w[1]]
        lines.append(f"{{ dt_dims in = {{{n}, {h}, {wd}, {c}}}, f = {{{fd[0]}, {fd[1]}, {fd[2]}, {fd[3]}}}; "
                     f"(void)in; printf(\"%ld\\n\", (long){_C_CALL[fn].format(k=k)}); }}")
    src = tmp_path / "sizes.c"
    src.write_text("#include <stdio.h>\n#include \"dt_nn.h\"\nint main(void) {\n" + "\n".join(lines)
                   + "\nreturn 0;\n}\n")
    exe = tmp_path / "sizes"
    kernels = [str(p) for p in sorted(KERNEL_DIR.glob("dt_*.c"))]
    subprocess.run([CC, "-std=c99", "-Wall", "-Wextra", "-Werror", "-I", str(KERNEL_DIR), str(src),
                    *kernels, "-lm", "-o", str(exe)], check=True, capture_output=True)
    return [int(v) for v in subprocess.run([str(exe)], capture_output=True, text=True, check=True).stdout.split()]


@pytest.mark.skipif(CC is None, reason="needs a host C compiler")
def test_wta_scratch_equals_the_portable_kernels_buffer_size(tmp_path):
    cases, expect = [], []
    for consumer in graphs.WTA_CONSUMERS:
        for rate in (0.25, 0.5, 0.75):
            g = graphs.wta_graph(consumer, rate)
            a = codegen.analyze(g)
            for ci, wi in a.skip.items():
                op = g.ops[ci]
                k = a.wta[wi].k
                fn = kernel_function(g, op, k)
                if fn not in _C_CALL:
                    continue
                x, w = g.tensor(op.inputs[0]).shape, g.tensor(op.inputs[1]).shape
                if op.type == "FULLY_CONNECTED":
                    x = (g.tensor(op.inputs[0]).size // w[1], 1, 1, w[1])
                cases.append((fn, x, w, k))
                portable = [t for t in TARGETS if implementing_variant(t, fn) == "portable"]
                expect.append({t: scratch_bytes(g, op, t, k) for t in portable})
                # the plan reserves exactly this much for the layer
                planned = [r.size for r in a.requests if r.name == f"compact{ci}"]
                assert planned == ([expect[-1]["portable"]] if expect[-1]["portable"] else [])
    assert {c[0] for c in cases} == set(_C_CALL)
    got = _c_sizes(tmp_path, cases)
    for g_, e in zip(got, expect):
        assert all(v == g_ for v in e.values()), (g_, e)
