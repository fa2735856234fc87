# SPDX-License-Identifier: Apache-2.0
# mps3-an547: Arm MPS3 AN547 (SSE-300), Cortex-M55 (MVE integer + float, FPv5)
QEMU_MACHINE := mps3-an547
QEMU_CPU := cortex-m55
CPU_FLAGS := -mcpu=cortex-m55 -mthumb -mfloat-abi=hard
LDSCRIPT := ld/mps3_an547.ld
