# SPDX-License-Identifier: Apache-2.0
"""Emulated Cortex-M boards: QEMU 7.2 machine, CPU, GCC flags, memory map and linker script.

CPU flags come from the target table (targets.py). ``runtime/boards/*.mk`` (for ``make -C
firmware``) are generated from this table and the compiler flags (`make_fragments`).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import DasnetError

from .resources import FIRMWARE_DIR
from .targets import TARGETS


@dataclass(frozen=True)
class MemoryRegion:
    name: str
    origin: int
    length: int
    use: str  # "code", "rodata", "code+rodata", "ram", "unused"

    @property
    def end(self) -> int:
        return self.origin + self.length


@dataclass(frozen=True)
class Board:
    name: str  # dasnet-tiny board name (= QEMU machine name)
    description: str
    qemu_machine: str  # qemu-system-arm -M
    qemu_cpu: str  # qemu-system-arm -cpu
    core: str  # e.g. "Cortex-M4"
    gcc_flags: tuple[str, ...]  # arm-none-eabi-gcc CPU/FPU/ABI flags (compile and link)
    memory: tuple[MemoryRegion, ...]
    linker_script: Path
    fpu: bool
    mve: bool = False

    def region(self, use: str) -> MemoryRegion:
        for r in self.memory:
            if use in r.use.split("+"):
                return r
        raise KeyError(use)

    @property
    def ram(self) -> MemoryRegion:
        return self.region("ram")


def _ld(name: str) -> Path:
    return FIRMWARE_DIR / "ld" / name


_MPS2_MEM = (
    MemoryRegion("SSRAM1", 0x0000_0000, 4 << 20, "code+rodata"),
    MemoryRegion("SSRAM2&3", 0x2000_0000, 4 << 20, "ram"),
)

BOARDS: dict[str, Board] = {
    b.name: b
    for b in (
        Board(
            name="mps2-an385",
            description="Arm MPS2 AN385, Cortex-M3 (no FPU)",
            qemu_machine="mps2-an385",
            qemu_cpu="cortex-m3",
            core="Cortex-M3",
            gcc_flags=TARGETS["cortex-m3"].cpu_flags,
            memory=_MPS2_MEM + (MemoryRegion("PSRAM", 0x2100_0000, 16 << 20, "unused"),),
            linker_script=_ld("mps2_an385.ld"),
            fpu=False,
        ),
        Board(
            name="mps2-an386",
            description="Arm MPS2 AN386, Cortex-M4F (FPv4-SP)",
            qemu_machine="mps2-an386",
            qemu_cpu="cortex-m4",
            core="Cortex-M4",
            gcc_flags=TARGETS["cortex-m4"].cpu_flags,
            memory=_MPS2_MEM + (MemoryRegion("PSRAM", 0x2100_0000, 16 << 20, "unused"),),
            linker_script=_ld("mps2_an386.ld"),
            fpu=True,
        ),
        Board(
            name="mps2-an500",
            description="Arm MPS2 AN500, Cortex-M7 (FPv5, double precision)",
            qemu_machine="mps2-an500",
            qemu_cpu="cortex-m7",
            core="Cortex-M7",
            gcc_flags=TARGETS["cortex-m7"].cpu_flags,
            memory=_MPS2_MEM + (MemoryRegion("PSRAM", 0x6000_0000, 16 << 20, "unused"),),
            linker_script=_ld("mps2_an500.ld"),
            fpu=True,
        ),
        Board(
            name="mps2-an505",
            description="Arm MPS2 AN505 (IoT Kit), Cortex-M33 (FPv5-SP, DSP), Secure state",
            qemu_machine="mps2-an505",
            qemu_cpu="cortex-m33",
            core="Cortex-M33",
            gcc_flags=TARGETS["cortex-m33"].cpu_flags,
            memory=(
                MemoryRegion("SSRAM1 (secure alias)", 0x1000_0000, 4 << 20, "code+rodata"),
                MemoryRegion("SSRAM2+3 (secure alias)", 0x3800_0000, 4 << 20, "ram"),
                MemoryRegion("PSRAM", 0x8000_0000, 16 << 20, "unused"),
            ),
            linker_script=_ld("mps2_an505.ld"),
            fpu=True,
        ),
        Board(
            name="mps3-an547",
            description="Arm MPS3 AN547 (Corstone SSE-300), Cortex-M55 (Helium MVE, FPv5), "
            "Secure state",
            qemu_machine="mps3-an547",
            qemu_cpu="cortex-m55",
            core="Cortex-M55",
            gcc_flags=TARGETS["cortex-m55"].cpu_flags,
            memory=(
                MemoryRegion("ITCM", 0x0000_0000, 512 << 10, "code"),
                MemoryRegion("SRAM", 0x0100_0000, 2 << 20, "rodata"),
                MemoryRegion("DTCM", 0x2000_0000, 512 << 10, "ram"),
                MemoryRegion("SRAM 2", 0x2100_0000, 4 << 20, "unused"),
            ),
            linker_script=_ld("mps3_an547.ld"),
            fpu=True,
            mve=True,
        ),
    )
}

DEFAULT_BOARD = "mps2-an386"


def board_names() -> list[str]:
    return list(BOARDS)


def get_board(name: str | Board) -> Board:
    """The board called `name` (a QEMU machine name such as "mps2-an386")."""
    if isinstance(name, Board):
        return name
    try:
        return BOARDS[name]
    except KeyError:
        raise DasnetError(
            f"unknown board {name!r}: valid boards are {', '.join(BOARDS)}") from None


# ---- the Makefile's board fragments, generated from this table --------------------------------
MK_HEADER = ("# SPDX-License-Identifier: Apache-2.0\n"
             "# Generated from dasnet_tiny/boards.py and targets.py by `python -m dasnet_tiny.boards`;\n"
             "# do not edit (tests/test_boards.py checks it is current).\n")


def make_fragments() -> dict[str, str]:
    """File name -> text of runtime/boards/*.mk: one per board (QEMU machine and CPU, CPU flags,
    linker script) and common.mk (the compiler flags every build shares)."""
    from .firmware import CFLAGS

    out = {"common.mk": MK_HEADER + f"FW_CFLAGS := {' '.join(CFLAGS)}\n"}
    for b in BOARDS.values():
        out[f"{b.name}.mk"] = (MK_HEADER + f"# {b.name}: {b.description}\n"
                               f"QEMU_MACHINE := {b.qemu_machine}\nQEMU_CPU := {b.qemu_cpu}\n"
                               f"CPU_FLAGS := {' '.join(b.gcc_flags)}\n"
                               f"LDSCRIPT := {b.linker_script.relative_to(FIRMWARE_DIR).as_posix()}\n")
    return out


def write_make_fragments(folder: Path = FIRMWARE_DIR / "boards") -> list[Path]:
    """Rewrite the board fragments of the source tree (a developer command, after editing the
    tables)."""
    paths = []
    for name, text in make_fragments().items():
        p = folder / name
        p.write_text(text)
        paths.append(p)
    return paths


if __name__ == "__main__":
    for p in write_make_fragments():
        print(f"wrote {p}")
