/* SPDX-License-Identifier: Apache-2.0 */
/*
 * startup.S - reset handler shared by all boards (ARMv7-M, ARMv8-M Mainline, ARMv8.1-M).
 *
 * Everything before main() is written in assembly so that no compiler-generated code runs
 * before the FPU/MVE is switched on: GCC 12 at -O2 auto-vectorizes plain C loops with MVE on
 * the Cortex-M55, and FP/MVE instructions fault (NOCP) while CPACR.CP10/CP11 are off.
 *
 * Order: SP, CPACR (FPU/MVE), MSPLIM (v8-M), stack paint, .data copy, .bss zero,
 * dt_system_init(), main(), dt_sh_exit(main's return value).
 * The linker script (firmware/ld/common.ld) defines the symbols used here.
 */
#include "board.h"

    .syntax unified
    .thumb

    .section .text.Reset_Handler, "ax", %progbits
    .global Reset_Handler
    .type Reset_Handler, %function
    .thumb_func
Reset_Handler:
    cpsid   i
    ldr     r0, =__StackTop
    mov     sp, r0

#if defined(__ARM_FP) || defined(__ARM_FEATURE_MVE)
    /* CPACR: CP10 and CP11 full access (FPU and, on ARMv8.1-M, MVE). */
    ldr     r0, =0xE000ED88
    ldr     r1, [r0]
    orr     r1, r1, #(0xF << 20)
    str     r1, [r0]
    dsb
    isb
#endif

#if defined(__ARM_ARCH_8M_MAIN__) || defined(__ARM_ARCH_8_1M_MAIN__)
    /* Stack limit: a stack overflow raises a UsageFault (STKOF) instead of corrupting RAM. */
    ldr     r0, =__StackLimit
    msr     msplim, r0
#endif

    /* Paint the whole stack with DT_STACK_PAINT for the high-water mark. */
    ldr     r0, =__StackLimit
    ldr     r1, =__StackTop
    ldr     r2, =DT_STACK_PAINT
1:  cmp     r0, r1
    bhs     2f
    str     r2, [r0], #4
    b       1b
2:
    /* Copy .data from its load address (flash region) to RAM. */
    ldr     r0, =__data_load__
    ldr     r1, =__data_start__
    ldr     r2, =__data_end__
3:  cmp     r1, r2
    bhs     4f
    ldr     r3, [r0], #4
    str     r3, [r1], #4
    b       3b
4:
    /* Zero .bss. */
    ldr     r1, =__bss_start__
    ldr     r2, =__bss_end__
    movs    r3, #0
5:  cmp     r1, r2
    bhs     6f
    str     r3, [r1], #4
    b       5b
6:
    cpsie   i
    bl      dt_system_init
    bl      main
    bl      dt_sh_exit
7:  b       7b
    .size Reset_Handler, . - Reset_Handler
    .pool
