# SPDX-License-Identifier: Apache-2.0
"""Where the package's own C runtime lives (package data, so a wheel install can generate and
build): kernels, templates, startup code, linker scripts, runner, host main and the QEMU plugin."""
from __future__ import annotations

from pathlib import Path

RUNTIME_DIR = Path(__file__).resolve().parent / "runtime"
KERNEL_DIR = RUNTIME_DIR / "kernels"
TEMPLATE_DIR = RUNTIME_DIR / "templates"
FIRMWARE_DIR = RUNTIME_DIR  # startup/, ld/, runner/, plugin/, boards/*.mk, Makefile
HOST_MAIN = RUNTIME_DIR / "host" / "dt_host_main.c"
