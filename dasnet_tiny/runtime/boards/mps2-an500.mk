# SPDX-License-Identifier: Apache-2.0
# Generated from dasnet_tiny/boards.py and targets.py by `python -m dasnet_tiny.boards`;
# do not edit (tests/test_boards.py checks it is current).
# mps2-an500: Arm MPS2 AN500, Cortex-M7 (FPv5, double precision)
QEMU_MACHINE := mps2-an500
QEMU_CPU := cortex-m7
CPU_FLAGS := -mcpu=cortex-m7 -mthumb -mfpu=fpv5-d16 -mfloat-abi=hard
LDSCRIPT := ld/mps2_an500.ld
