# SPDX-License-Identifier: Apache-2.0
# Generated from dasnet_tiny/boards.py and targets.py by `python -m dasnet_tiny.boards`;
# do not edit (tests/test_boards.py checks it is current).
# mps3-an547: Arm MPS3 AN547 (Corstone SSE-300), Cortex-M55 (Helium MVE, FPv5), Secure state
QEMU_MACHINE := mps3-an547
QEMU_CPU := cortex-m55
CPU_FLAGS := -mcpu=cortex-m55 -mthumb -mfloat-abi=hard
LDSCRIPT := ld/mps3_an547.ld
