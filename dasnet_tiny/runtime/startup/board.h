/* SPDX-License-Identifier: Apache-2.0 */
/*
 * board.h - what the startup code and linker script give the rest of the firmware.
 * Included from C and from assembly (startup.S).
 */
#ifndef DT_BOARD_H
#define DT_BOARD_H

/* Word written over the whole stack at reset; untouched words still hold it. */
#define DT_STACK_PAINT 0xA5A5A5A5

/* Exit statuses of the firmware (seen as QEMU's exit code through semihosting). */
#define DT_EXIT_OK 0
#define DT_EXIT_IO 2
#define DT_EXIT_MODEL 3
#define DT_EXIT_FAULT 4
#define DT_EXIT_INPUT 5

#ifndef __ASSEMBLER__
#include <stdint.h>

/* Linker-script symbols (firmware/ld/common.ld). */
extern uint32_t __StackTop[];
extern uint32_t __StackLimit[];
extern uint32_t __HeapBase[];
extern uint32_t __HeapLimit[];

/* Called by Reset_Handler after .data/.bss are set up and before main(). */
void dt_system_init(void);
#endif

#endif
