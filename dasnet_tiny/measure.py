# SPDX-License-Identifier: Apache-2.0
"""Flash/RAM sizes from a firmware ELF and its linker map, and the static Cortex-M4 cycle model.

Instruction classes and the cycle model
---------------------------------------
Every instruction of the ELF (``arm-none-eabi-objdump -d``) gets a class and a Cortex-M4 cost
from the instruction timing table of the Cortex-M4 Technical Reference Manual, simplified:

==================  =====================================================================
class               cycles (Cortex-M4 estimate)
==================  =====================================================================
alu                 1 (data processing, shifts, extends, saturation, SIMD adds, IT, MOV...)
load                2; 1 when the previous instruction of the same basic block is a single
                    load/store (the TRM's pipelined neighbouring load/store); LDRD 3
store               1; STRD 3
load_multiple       1 + N (LDM, POP, VLDM, VPOP); + 2 pipeline refill when it loads PC
store_multiple      1 + N (STM, PUSH, VSTM, VPUSH)
mul                 1 (MUL, MLA, MLS, SMLAD, SMLABB, SMULL, SMLAL, ...)
div                 6 (SDIV/UDIV take 2-12)
branch_taken        1 + 2 pipeline refill (B, BL, BX, BLX, CBZ/CBNZ, TBB/TBH +1, LE, ...)
branch_not_taken    1
fp                  scalar FPv4/FPv5: 1; VMLA/VFMA 3; VDIV/VSQRT 14; VLDR/VSTR 2
vector              MVE (Helium): 1 per instruction (no Cortex-M4 equivalent)
other               1 (NOP, barriers, system instructions, BKPT/SVC)
unknown             1 (not in the disassembly)
==================  =====================================================================

The QEMU plugin (firmware/plugin/dtcount.c) applies this table to every executed instruction,
decides taken/not-taken for the last instruction of each translation block, and sums cycles per
inference and layer. The result is an *estimate* of Cortex-M4 cycles (no wait states, no bus
contention, no stalls from register dependencies); for code built for another core it is that
core's instruction stream priced as if it ran on a Cortex-M4.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from .errors import ToolError

CLASSES: tuple[str, ...] = (
    "unknown", "alu", "load", "store", "load_multiple", "store_multiple", "mul", "div",
    "branch_taken", "branch_not_taken", "fp", "vector", "other",
)
CLASS_INDEX = {c: i for i, c in enumerate(CLASSES)}

CROSS_PACKAGES = "gcc-arm-none-eabi libnewlib-arm-none-eabi"


def cross_tool(name: str) -> str:
    """Path of arm-none-eabi-<name>, or a ToolError naming the Debian packages."""
    exe = shutil.which(f"arm-none-eabi-{name}")
    if exe is None:
        raise ToolError(f"arm-none-eabi-{name} not found: apt-get install {CROSS_PACKAGES}")
    return exe


def _run(cmd: list[str]) -> str:
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        raise ToolError(f"{Path(cmd[0]).name} failed: {p.stderr.strip() or p.stdout.strip()}")
    return p.stdout


# ---------------------------------------------------------------------------------------------
# Disassembly and classification
# ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Insn:
    addr: int
    size: int
    mnemonic: str  # as objdump prints it, e.g. "ldrsb.w", "bne.n", "vldrw.u32"
    operands: str


@dataclass(frozen=True)
class Cost:
    cls: str  # class when the instruction falls through
    taken_cls: str  # class when it ends a block and control does not fall through
    cycles: int
    cycles_after_mem: int  # when the previous instruction is a single load/store
    taken_extra: int
    is_mem: bool  # a single load/store (pipelines with a following load)


_LINE = re.compile(r"^\s*([0-9a-f]+):\s+((?:[0-9a-f]{4,8} ?)+)\s+(\S+)\s*(.*)$")


def disassemble(elf: Path, arch: str | None = None) -> list[Insn]:
    """All instructions in the ELF's executable sections (literal-pool words excluded).
    `arch` is objdump's -m machine (needed for MVE: "armv8.1-m.main")."""
    cmd = [cross_tool("objdump"), "-d"]
    if arch:
        cmd += ["-m", arch]
    out = _run(cmd + [str(elf)])
    insns = []
    for line in out.splitlines():
        m = _LINE.match(line)
        if not m:
            continue
        mnem = m.group(3)
        if mnem.startswith(".") or mnem.startswith("<"):  # .word/.short (literal pools)
            continue
        hexwords = m.group(2).split()
        size = sum(len(h) // 2 for h in hexwords)
        ops = m.group(4).split("@")[0].split(";")[0].strip()
        insns.append(Insn(int(m.group(1), 16), size, mnem, ops))
    return insns


_COND = r"(?:eq|ne|cs|hs|cc|lo|mi|pl|vs|vc|hi|ls|ge|lt|gt|le|al)?"
_BRANCH = re.compile(rf"^(?:bl|blx|bx|b){_COND}$")
_LOAD1 = re.compile(rf"^(?:ldr|ldrb|ldrh|ldrsb|ldrsh|ldrt|ldrbt|ldrht|ldrsbt|ldrsht|ldrex|ldrexb|"
                    rf"ldrexh|lda|ldab|ldah|ldaex|ldaexb|ldaexh){_COND}$")
_LOAD2 = re.compile(rf"^(?:ldrd|ldaexd|ldrexd){_COND}$")
_STORE1 = re.compile(rf"^(?:str|strb|strh|strt|strbt|strht|strex|strexb|strexh|stl|stlb|stlh|"
                     rf"stlex|stlexb|stlexh){_COND}$")
_STORE2 = re.compile(rf"^(?:strd|strexd|stlexd){_COND}$")
_LDM = re.compile(rf"^(?:ldm|ldmia|ldmfd|ldmdb|ldmea|pop){_COND}$")
_STM = re.compile(rf"^(?:stm|stmia|stmea|stmdb|stmfd|push){_COND}$")
_MUL = re.compile(rf"^(?:mul|muls|mla|mls|smull|umull|smlal|umlal|umaal|smla[bt][bt]|smlaw[bt]|"
                  rf"smlal[bt][bt]|smlald|smlaldx|smlsld|smlsldx|smlad|smladx|smlsd|smlsdx|"
                  rf"smuad|smuadx|smusd|smusdx|smul[bt][bt]|smulw[bt]|smmul|smmulr|smmla|smmlar|"
                  rf"smmls|smmlsr){_COND}$")
_DIV = re.compile(rf"^(?:sdiv|udiv){_COND}$")
_OTHER = re.compile(rf"^(?:nop|dmb|dsb|isb|sev|wfe|wfi|yield|bkpt|svc|udf|cpsid|cpsie|mrs|msr|"
                    rf"clrex|pld|pli|pldw|csdb|ssbb|pssbb|sg|tt|ttt|tta|ttat|esb|dbg){_COND}$")
_LOOP_BRANCH = {"le", "letp", "wls", "wlstp", "lctp"}
_LOOP_SETUP = {"dls", "dlstp"}
_QREG = re.compile(r"\bq[0-7]\b")
_MVE_ONLY = re.compile(r"^(?:vpst|vpt|vpte|vptt|vptee|vpttt|vptte|vptet|vpsel|vctp|vldr[bhwd]|"
                       r"vstr[bhwd]|vld[24]\d|vst[24]\d|vddup|vdwdup|vidup|viwdup|vmladav|"
                       r"vmlaldav|vrmlaldavh|vaddv|vaddlv|vminv|vmaxv|vminav|vmaxav|vabav|"
                       r"vmlsdav|vmlsldav|vrmlsldavh|vshlc|vpnot|vmovlb|vmovlt|vmovnb|vmovnt|"
                       r"vqmovnb|vqmovnt|vqmovunb|vqmovunt|vqrshrnb|vqrshrnt|vqshrnb|vqshrnt|"
                       r"vrshrnb|vrshrnt|vshrnb|vshrnt|vqdmladh|vqrdmladh|vqdmlsdh|vqrdmlsdh|"
                       r"vmulh|vrmulh|vhcadd|vcadd|vcmla|vcmul|vbrsr|vadc|vsbc|vmullb|vmullt|"
                       r"vqdmullb|vqdmullt|vshllb|vshllt|vrev\d*|vfmas|vmlas|vqdmlash|vqrdmlash)")


def _nregs(operands: str) -> int:
    """Registers in a register list "{r4, r5, lr}" / "{d8-d15}" (d registers count 2)."""
    m = re.search(r"\{([^}]*)\}", operands)
    if not m:
        return 1
    n = 0
    for part in m.group(1).split(","):
        part = part.strip()
        if not part:
            continue
        scale = 2 if part.startswith("d") else 1
        if "-" in part:
            a, b = part.split("-")
            try:
                n += (int(b.strip()[1:]) - int(a.strip()[1:]) + 1) * scale
            except ValueError:
                n += scale
        else:
            n += scale
    return max(n, 1)


def _writes_pc(operands: str) -> bool:
    first = operands.split(",")[0].strip()
    return first == "pc"


def m4_cost(insn: Insn) -> Cost:
    """Class and Cortex-M4 cycle estimate of one instruction (see the module docstring)."""
    base = insn.mnemonic.lower().split(".")[0]
    ops = insn.operands.lower()

    def plain(cls: str, cycles: int, *, mem: bool = False, after_mem: int | None = None) -> Cost:
        return Cost(cls, cls, cycles, cycles if after_mem is None else after_mem, 0, mem)

    if _BRANCH.match(base) or base in ("cbz", "cbnz") or base in _LOOP_BRANCH:
        return Cost("branch_not_taken", "branch_taken", 1, 1, 2, False)
    if base in ("tbb", "tbh"):
        return Cost("branch_not_taken", "branch_taken", 2, 2, 2, False)
    if base in _LOOP_SETUP:
        return plain("alu", 1)
    if _LOAD1.match(base):
        if _writes_pc(ops):  # ldr pc, [...]: a return / computed branch
            return Cost("load", "load", 2, 2, 2, False)
        return plain("load", 2, mem=True, after_mem=1)
    if _LOAD2.match(base):
        return plain("load", 3)
    if _STORE1.match(base):
        return plain("store", 1, mem=True)
    if _STORE2.match(base):
        return plain("store", 3)
    if _LDM.match(base):
        n = _nregs(ops)
        extra = 2 if re.search(r"\bpc\b", ops) else 0
        return Cost("load_multiple", "load_multiple", 1 + n, 1 + n, extra, False)
    if _STM.match(base):
        return plain("store_multiple", 1 + _nregs(ops))
    if _MUL.match(base):
        return plain("mul", 1)
    if _DIV.match(base):
        return plain("div", 6)
    if base.startswith("v"):
        if _MVE_ONLY.match(base) or _QREG.search(ops):
            return plain("vector", 1)
        if base in ("vldr",):
            return plain("fp", 2)
        if base in ("vstr",):
            return plain("fp", 2)
        if base.startswith(("vldm", "vpop")):
            return plain("fp", 1 + _nregs(ops))
        if base.startswith(("vstm", "vpush")):
            return plain("fp", 1 + _nregs(ops))
        if base.startswith(("vdiv", "vsqrt")):
            return plain("fp", 14)
        if base.startswith(("vmla", "vmls", "vnmla", "vnmls", "vfma", "vfms", "vfnma", "vfnms")):
            return plain("fp", 3)
        return plain("fp", 1)
    if _OTHER.match(base) or base == "it" or re.match(r"^it[te]{0,3}$", base):
        return plain("other", 1)
    if re.search(r"^(?:mov|add|sub)", base) and _writes_pc(ops):  # mov pc, lr / add pc, ...
        return Cost("alu", "alu", 1, 1, 2, False)
    return plain("alu", 1)


def cost_table(insns: list[Insn]) -> list[tuple[Insn, Cost]]:
    return [(i, m4_cost(i)) for i in insns]


def write_cost_table(elf: Path, path: Path, arch: str | None = None) -> int:
    """Writes the per-instruction table the plugin reads (see firmware/plugin/dtcount.c).
    Returns the number of instructions."""
    rows = cost_table(disassemble(elf, arch))
    with open(path, "w") as f:
        f.write("# addr class taken_class cycles cycles_after_mem taken_extra is_mem\n")
        for insn, c in rows:
            f.write(f"{insn.addr:x} {CLASS_INDEX[c.cls]} {CLASS_INDEX[c.taken_cls]} {c.cycles} "
                    f"{c.cycles_after_mem} {c.taken_extra} {int(c.is_mem)}\n")
    return len(rows)


# Average cycles per class, for a rough estimate from a mix alone (no per-address data).
MIX_CYCLES: dict[str, float] = {
    "unknown": 1, "alu": 1, "load": 2, "store": 1, "load_multiple": 5, "store_multiple": 5,
    "mul": 1, "div": 6, "branch_taken": 3, "branch_not_taken": 1, "fp": 1, "vector": 1,
    "other": 1,
}


def m4_cycles_from_mix(mix: dict[str, int]) -> int:
    """A coarser Cortex-M4 cycle estimate from class counts only (average cost per class)."""
    return int(round(sum(MIX_CYCLES.get(k, 1) * v for k, v in mix.items())))


# ---------------------------------------------------------------------------------------------
# Sizes
# ---------------------------------------------------------------------------------------------

def section_sizes(elf: Path) -> dict[str, tuple[int, int]]:
    """{section: (size, address)} from `arm-none-eabi-size -A`."""
    out = _run([cross_tool("size"), "-A", str(elf)])
    res = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0].startswith(".") and parts[1].isdigit():
            res[parts[0]] = (int(parts[1]), int(parts[2]))
    return res


def symbols(elf: Path) -> dict[str, tuple[int, int, str]]:
    """{name: (address, size, type letter)} from `arm-none-eabi-nm -S`."""
    out = _run([cross_tool("nm"), "-S", "--defined-only", str(elf)])
    res = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 4:
            res[parts[3]] = (int(parts[0], 16), int(parts[1], 16), parts[2])
        elif len(parts) == 3:
            res[parts[2]] = (int(parts[0], 16), 0, parts[1])
    return res


def _section_kind(name: str) -> str | None:
    if name.startswith((".text", ".glue", ".vfp11", ".v4_bx", ".init", ".fini", ".vectors")):
        return "text" if not name.startswith((".init_array", ".fini_array")) else "rodata"
    if name.startswith((".rodata", ".ARM.extab", ".ARM.exidx", ".preinit_array", ".init_array",
                        ".fini_array")):
        return "rodata"
    if name.startswith(".data"):
        return "data"
    if name.startswith((".bss", "COMMON")):
        return "bss"
    return None


def map_contributions(map_path: Path) -> dict[str, dict[str, int]]:
    """{object file: {"text","rodata","data","bss": bytes}} of the input sections the linker
    kept (GNU ld map file, after --gc-sections)."""
    text = Path(map_path).read_text(errors="replace")
    start = text.find("Linker script and memory map")
    if start < 0:
        raise ToolError(f"{map_path}: not a GNU ld map file")
    res: dict[str, dict[str, int]] = {}
    pending: str | None = None
    one = re.compile(r"^ (\S+)\s+0x([0-9a-f]+)\s+0x([0-9a-f]+)\s+(\S.*)$")
    cont = re.compile(r"^\s+0x([0-9a-f]+)\s+0x([0-9a-f]+)\s+(\S.*)$")
    for line in text[start:].splitlines():
        m = one.match(line)
        if m and not line.startswith("  "):
            name, size, obj = m.group(1), int(m.group(3), 16), m.group(4).strip()
            pending = None
        elif pending is not None and (m2 := cont.match(line)):
            name, size, obj = pending, int(m2.group(2), 16), m2.group(3).strip()
            pending = None
        else:
            pending = line[1:].strip() if re.match(r"^ \S+$", line) else None
            continue
        kind = _section_kind(name)
        if kind is None or size == 0 or not (obj.endswith(".o") or obj.endswith(")")):
            continue
        d = res.setdefault(obj, {"text": 0, "rodata": 0, "data": 0, "bss": 0})
        d[kind] += size
    return res


def firmware_memory(elf: Path, map_path: Path, model_objects: list[str], weights_objects: list[str],
                    arena_size: int | None = None, stack_model: int | None = None,
                    stack_total: int | None = None, stack_reserved: int | None = None
                    ) -> dict[str, int]:
    """Flash and RAM in bytes.

    flash_* : whole firmware (vector table, runner, C library, model): text, rodata, and the load
              image of .data; flash_total is their sum.
    flash_model_code / flash_model_rodata / flash_weights : the model's own objects (NAME.c,
              dt_*.c) and NAME_weights.c, as kept by the linker.
    ram_data / ram_bss : whole firmware. ram_model: the model objects' data + bss (includes a
              static arena) + the model's stack high-water mark.
    arena : NAME_ARENA_SIZE (informational; it is part of bss when the arena is a static array).
    stack_high_water : stack bytes used by NAME_invoke (below the caller's SP), max over inputs.
    stack_high_water_total : stack bytes used by the whole firmware run.
    ram_total : ram_data + ram_bss + stack_high_water_total.
    """
    secs = section_sizes(elf)
    text = sum(s for n, (s, _) in secs.items() if _section_kind(n) == "text")
    rodata = sum(s for n, (s, _) in secs.items() if _section_kind(n) == "rodata")
    data = secs.get(".data", (0, 0))[0]
    bss = secs.get(".bss", (0, 0))[0]
    contrib = map_contributions(map_path)

    def tot(objs: list[str], kinds: tuple[str, ...]) -> int:
        want = {os.path.normpath(o) for o in objs}
        return sum(v for obj, d in contrib.items() if os.path.normpath(obj) in want
                   for k, v in d.items() if k in kinds)

    res = {
        "flash_text": text,
        "flash_rodata": rodata,
        "flash_data_init": data,
        "flash_total": text + rodata + data,
        "flash_model_code": tot(model_objects, ("text",)),
        "flash_model_rodata": tot(model_objects, ("rodata",)),
        "flash_weights": tot(weights_objects, ("text", "rodata", "data")),
        "ram_data": data,
        "ram_bss": bss,
        "ram_model_data_bss": tot(model_objects + weights_objects, ("data", "bss")),
    }
    if arena_size is not None:
        res["arena"] = int(arena_size)
    if stack_model is not None:
        res["stack_high_water"] = int(stack_model)
        res["ram_model"] = res["ram_model_data_bss"] + int(stack_model)
    if stack_total is not None:
        res["stack_high_water_total"] = int(stack_total)
        res["ram_total"] = data + bss + int(stack_total)
    if stack_reserved is not None:
        res["stack_reserved"] = int(stack_reserved)
    return res
