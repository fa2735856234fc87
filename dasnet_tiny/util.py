# SPDX-License-Identifier: Apache-2.0
"""Small shared helpers."""
from __future__ import annotations

import contextlib
import os
import sys


@contextlib.contextmanager
def quiet():
    """Silence stdout/stderr at the file-descriptor level (TensorFlow's converter and C++ logging
    print there directly)."""
    sys.stdout.flush()
    sys.stderr.flush()
    saved = os.dup(1), os.dup(2)
    with open(os.devnull, "w") as null:
        os.dup2(null.fileno(), 1)
        os.dup2(null.fileno(), 2)
        try:
            yield
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os.dup2(saved[0], 1)
            os.dup2(saved[1], 2)
            os.close(saved[0])
            os.close(saved[1])


def c_identifier(name: str) -> str:
    """A C identifier made from `name`: other characters become "_", a leading digit gets "m_"."""
    s = "".join(ch if ch.isalnum() or ch == "_" else "_" for ch in name).strip("_") or "model"
    return "m_" + s if s[0].isdigit() else s
