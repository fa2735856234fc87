# SPDX-License-Identifier: Apache-2.0
# Generated from dasnet_tiny/boards.py and targets.py by `python -m dasnet_tiny.boards`;
# do not edit (tests/test_boards.py checks it is current).
# mps2-an386: Arm MPS2 AN386, Cortex-M4F (FPv4-SP)
QEMU_MACHINE := mps2-an386
QEMU_CPU := cortex-m4
CPU_FLAGS := -mcpu=cortex-m4 -mthumb -mfpu=fpv4-sp-d16 -mfloat-abi=hard
LDSCRIPT := ld/mps2_an386.ld
