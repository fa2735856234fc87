/* SPDX-License-Identifier: Apache-2.0 */
/*
 * vectors.c - vector table, fault handlers and C-level system init shared by all boards.
 *
 * Every fault (HardFault, MemManage, BusFault, UsageFault, SecureFault, NMI, any unexpected
 * interrupt) prints one line with the fault registers through semihosting and ends the emulation
 * with exit status DT_EXIT_FAULT, so a crashing model fails fast instead of hanging QEMU.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "board.h"
#include "semihost.h"

void Reset_Handler(void);
void NMI_Handler(void);
void HardFault_Handler(void);
void MemManage_Handler(void);
void BusFault_Handler(void);
void UsageFault_Handler(void);
void SecureFault_Handler(void);
void Default_Handler(void);
void dt_fault_report(uint32_t kind, uint32_t pc, uint32_t lr, uint32_t xpsr)
    __attribute__((noreturn, used));
void *_sbrk(ptrdiff_t incr);
extern void initialise_monitor_handles(void);

typedef void (*dt_vector)(void);

#define DT_IRQ_VECTORS 32

/* Placed first in the code region by the linker script; VTOR points here at reset. */
__attribute__((section(".vectors"), used, aligned(256)))
const dt_vector dt_vector_table[16 + DT_IRQ_VECTORS] = {
    (dt_vector)(uintptr_t)__StackTop,
    Reset_Handler,
    NMI_Handler,
    HardFault_Handler,
    MemManage_Handler,
    BusFault_Handler,
    UsageFault_Handler,
    SecureFault_Handler, /* reserved on ARMv7-M */
    0,
    0,
    0,
    Default_Handler, /* SVCall */
    Default_Handler, /* DebugMonitor */
    0,
    Default_Handler, /* PendSV */
    Default_Handler, /* SysTick */
    Default_Handler, Default_Handler, Default_Handler, Default_Handler, Default_Handler,
    Default_Handler, Default_Handler, Default_Handler, Default_Handler, Default_Handler,
    Default_Handler, Default_Handler, Default_Handler, Default_Handler, Default_Handler,
    Default_Handler, Default_Handler, Default_Handler, Default_Handler, Default_Handler,
    Default_Handler, Default_Handler, Default_Handler, Default_Handler, Default_Handler,
    Default_Handler, Default_Handler, Default_Handler, Default_Handler, Default_Handler,
    Default_Handler, Default_Handler,
};

/*
 * Each handler picks the stacked frame (MSP or PSP from EXC_RETURN bit 2), loads the stacked
 * PC, LR and xPSR into registers, moves SP back to the top of the stack (the faulting stack may
 * be exhausted) and tail-calls dt_fault_report(kind, pc, lr, xpsr).
 */
#define DT_FAULT_STUB(name, kind)                                                              \
    __attribute__((naked)) void name(void)                                                    \
    {                                                                                          \
        __asm__ volatile("tst lr, #4\n"                                                        \
                         "ite eq\n"                                                            \
                         "mrseq r3, msp\n"                                                     \
                         "mrsne r3, psp\n"                                                     \
                         "ldr r1, [r3, #24]\n"                                                 \
                         "ldr r2, [r3, #20]\n"                                                 \
                         "ldr r3, [r3, #28]\n"                                                 \
                         "ldr r0, =__StackTop\n"                                               \
                         "mov sp, r0\n"                                                        \
                         "movs r0, #" #kind "\n"                                               \
                         "b dt_fault_report\n"                                                 \
                         ".ltorg\n");                                                          \
    }

DT_FAULT_STUB(NMI_Handler, 2)
DT_FAULT_STUB(HardFault_Handler, 3)
DT_FAULT_STUB(MemManage_Handler, 4)
DT_FAULT_STUB(BusFault_Handler, 5)
DT_FAULT_STUB(UsageFault_Handler, 6)
DT_FAULT_STUB(SecureFault_Handler, 7)
DT_FAULT_STUB(Default_Handler, 0)

#define SCB_CFSR (*(volatile uint32_t *)0xE000ED28u)
#define SCB_HFSR (*(volatile uint32_t *)0xE000ED2Cu)
#define SCB_MMFAR (*(volatile uint32_t *)0xE000ED34u)
#define SCB_BFAR (*(volatile uint32_t *)0xE000ED38u)
#define SCB_ICSR (*(volatile uint32_t *)0xE000ED04u)

static const char *fault_name(uint32_t kind)
{
    switch (kind) {
    case 2:
        return "NMI";
    case 3:
        return "HardFault";
    case 4:
        return "MemManage fault";
    case 5:
        return "BusFault";
    case 6:
        return "UsageFault";
    case 7:
        return "SecureFault";
    default:
        return "unexpected exception";
    }
}

void dt_fault_report(uint32_t kind, uint32_t pc, uint32_t lr, uint32_t xpsr)
{
    char line[256];
    char *p = line;
    uint32_t cfsr = SCB_CFSR;
    p = dt_fmt_str(p, "\nFATAL: ");
    p = dt_fmt_str(p, fault_name(kind));
    p = dt_fmt_str(p, " at pc=");
    p = dt_fmt_hex(p, pc);
    p = dt_fmt_str(p, " lr=");
    p = dt_fmt_hex(p, lr);
    p = dt_fmt_str(p, " xpsr=");
    p = dt_fmt_hex(p, xpsr);
    p = dt_fmt_str(p, " exception=");
    p = dt_fmt_u32(p, SCB_ICSR & 0x1FFu);
    p = dt_fmt_str(p, " CFSR=");
    p = dt_fmt_hex(p, cfsr);
    p = dt_fmt_str(p, " HFSR=");
    p = dt_fmt_hex(p, SCB_HFSR);
    if ((cfsr & 0x80u) != 0u) {
        p = dt_fmt_str(p, " MMFAR=");
        p = dt_fmt_hex(p, SCB_MMFAR);
    }
    if ((cfsr & 0x8000u) != 0u) {
        p = dt_fmt_str(p, " BFAR=");
        p = dt_fmt_hex(p, SCB_BFAR);
    }
    if ((cfsr & (1u << 20)) != 0u) {
        p = dt_fmt_str(p, " (stack overflow: MSPLIM reached, pc/lr/xpsr above are not valid)");
    }
    if ((cfsr & (1u << 19)) != 0u) {
        p = dt_fmt_str(p, " (coprocessor disabled: FPU/MVE)");
    }
    (void)dt_fmt_str(p, "\n");
    dt_sh_puts(line);
    dt_sh_exit(DT_EXIT_FAULT);
}

/* newlib's malloc (stdio buffers, if a model uses printf) gets [__HeapBase, __HeapLimit). */
void *_sbrk(ptrdiff_t incr)
{
    static uint8_t *brk = 0;
    uint8_t *prev;
    if (brk == 0) {
        brk = (uint8_t *)__HeapBase;
    }
    if (incr > 0 && (size_t)incr > (size_t)((uint8_t *)__HeapLimit - brk)) {
        return (void *)-1;
    }
    prev = brk;
    brk += incr;
    return prev;
}

void dt_system_init(void)
{
    static char stdout_buf[128];
    /* newlib (librdimon) stdio over semihosting, line-buffered, for any printf in a model. */
    initialise_monitor_handles();
    (void)setvbuf(stdout, stdout_buf, _IOLBF, sizeof stdout_buf);
}
