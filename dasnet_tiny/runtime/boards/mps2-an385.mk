# SPDX-License-Identifier: Apache-2.0
# Generated from dasnet_tiny/boards.py and targets.py by `python -m dasnet_tiny.boards`;
# do not edit (tests/test_boards.py checks it is current).
# mps2-an385: Arm MPS2 AN385, Cortex-M3 (no FPU)
QEMU_MACHINE := mps2-an385
QEMU_CPU := cortex-m3
CPU_FLAGS := -mcpu=cortex-m3 -mthumb -mfloat-abi=soft
LDSCRIPT := ld/mps2_an385.ld
