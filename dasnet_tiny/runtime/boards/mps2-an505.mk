# SPDX-License-Identifier: Apache-2.0
# Generated from dasnet_tiny/boards.py and targets.py by `python -m dasnet_tiny.boards`;
# do not edit (tests/test_boards.py checks it is current).
# mps2-an505: Arm MPS2 AN505 (IoT Kit), Cortex-M33 (FPv5-SP, DSP), Secure state
QEMU_MACHINE := mps2-an505
QEMU_CPU := cortex-m33
CPU_FLAGS := -mcpu=cortex-m33 -mthumb -mfpu=fpv5-sp-d16 -mfloat-abi=hard
LDSCRIPT := ld/mps2_an505.ld
