# SPDX-License-Identifier: Apache-2.0
"""Code-generation targets: one table, used by the generator, the host and firmware builds and
the boards.

A `Target` names a core, its compiler flags and the kernel variant folders searched before the
portable kernels (as TFLite Micro keeps optimized kernels in sibling folders with the same file
and function names): `runtime/kernels/<variant>/X.c` replaces the portable `runtime/kernels/X.c`
in the generated folder, under the same name and with the same prototype (dt_nn.h). Every other
file of an active variant folder (helpers such as a specialized 1x1 kernel) is copied too.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import DasnetError
from .resources import KERNEL_DIR

# Compiler flags shared by the host build, the firmware build and the Makefile.
C_STD = ("-std=c99",)
C_WARN = ("-Wall", "-Wextra", "-Werror")
C_OPT = ("-O2",)


@dataclass(frozen=True)
class Target:
    name: str  # "portable" | "cortex-m4" | ...
    core: str  # "host" | "Cortex-M4" | ...
    cpu_flags: tuple[str, ...]  # arm-none-eabi-gcc -mcpu/-mfpu/-mfloat-abi ("" for the host)
    variants: tuple[str, ...]  # kernel variant folders, most specialized first

    def kernel_dirs(self) -> list[Path]:
        """Folders searched for a kernel file, most specialized first; the portable one last."""
        return [KERNEL_DIR / v for v in self.variants] + [KERNEL_DIR]

    def kernel_source(self, filename: str) -> Path:
        """The file that implements kernel `filename` (e.g. "dt_convolve_s8.c") on this target."""
        for d in self.kernel_dirs():
            if (d / filename).is_file():
                return d / filename
        raise DasnetError(f"kernel {filename} is missing from the installation ({KERNEL_DIR})")

    def variant_extras(self) -> list[Path]:
        """Files of the active variant folders that have no portable counterpart (always copied)."""
        seen: dict[str, Path] = {}
        for v in self.variants:
            d = KERNEL_DIR / v
            if d.is_dir():
                for f in sorted(d.iterdir()):
                    if f.is_file() and f.suffix in (".c", ".h") and not (KERNEL_DIR / f.name).exists():
                        seen.setdefault(f.name, f)
        return [seen[k] for k in sorted(seen)]


_M_FLAGS = {
    "cortex-m0": ("-mcpu=cortex-m0", "-mthumb", "-mfloat-abi=soft"),
    "cortex-m3": ("-mcpu=cortex-m3", "-mthumb", "-mfloat-abi=soft"),
    "cortex-m4": ("-mcpu=cortex-m4", "-mthumb", "-mfpu=fpv4-sp-d16", "-mfloat-abi=hard"),
    "cortex-m7": ("-mcpu=cortex-m7", "-mthumb", "-mfpu=fpv5-d16", "-mfloat-abi=hard"),
    "cortex-m33": ("-mcpu=cortex-m33", "-mthumb", "-mfpu=fpv5-sp-d16", "-mfloat-abi=hard"),
    "cortex-m55": ("-mcpu=cortex-m55", "-mthumb", "-mfloat-abi=hard"),
}
_VARIANTS = {"cortex-m4": ("dsp",), "cortex-m7": ("dsp",), "cortex-m33": ("dsp",),
             "cortex-m55": ("mve", "dsp")}

TARGETS: dict[str, Target] = {"portable": Target("portable", "host", (), ())}
for _n, _f in _M_FLAGS.items():
    TARGETS[_n] = Target(_n, "Cortex-" + _n.split("-")[1].upper(), _f, _VARIANTS.get(_n, ()))


def get_target(name: str | Target) -> Target:
    if isinstance(name, Target):
        return name
    try:
        return TARGETS[name]
    except KeyError:
        raise DasnetError(f"unknown target {name!r}; choose one of {', '.join(TARGETS)}") from None


def target_for_core(core: str) -> Target:
    """The target of a core name such as "Cortex-M4" (portable when there is none)."""
    return TARGETS.get(core.lower().replace(" ", "-"), TARGETS["portable"])
