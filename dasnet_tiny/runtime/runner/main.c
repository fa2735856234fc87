/* SPDX-License-Identifier: Apache-2.0 */
/*
 * main.c - firmware test runner for a generated model (docs/generated_c_contract.md).
 *
 * Build with -DDT_MODEL=NAME -DDT_MODEL_HEADER='"NAME.h"' -I <model dir>.
 *
 * Through semihosting (paths relative to the emulator's working directory):
 *   inputs.bin   N * NAME_INPUT_SIZE bytes (N from the file size), read one vector at a time
 *   outputs.bin  N * NAME_OUTPUT_SIZE bytes, written after each inference
 *   results.txt  key=value lines: inferences, stack high-water marks, stack size
 * On the console: "dasnet-tiny runner: sample I of N" after each inference (progress), then
 * "dasnet-tiny runner: ok" and the results.
 * Exit status: 0 ok, 2 file I/O, 3 NAME_invoke returned an error or the stack overflowed,
 * 4 CPU fault, 5 bad inputs.bin.
 *
 * Instruction counting: the QEMU plugin (firmware/plugin/dtcount.c) is given the addresses of
 * dt_inference_begin, dt_inference_end and NAME_layer_hook. Everything executed from the return
 * of dt_inference_begin to the call of dt_inference_end is one inference; each call of
 * NAME_layer_hook closes one layer. The three functions are tiny leaf functions with distinct
 * bodies (so that no identical-code folding merges them) and their own instructions are not
 * counted by the plugin.
 */
#include <stdint.h>

#include "board.h"
#include "semihost.h"

#ifndef DT_MODEL
#error "build with -DDT_MODEL=<model name>"
#endif
#ifndef DT_MODEL_HEADER
#error "build with -DDT_MODEL_HEADER='\"<model name>.h\"'"
#endif
#include DT_MODEL_HEADER

#define DT_CAT_(a, b) a##b
#define DT_CAT(a, b) DT_CAT_(a, b)
#define DT_INVOKE DT_CAT(DT_MODEL, _invoke)
#define DT_LAYER_HOOK DT_CAT(DT_MODEL, _layer_hook)
#define DT_INPUT_SIZE DT_CAT(DT_MODEL, _INPUT_SIZE)
#define DT_OUTPUT_SIZE DT_CAT(DT_MODEL, _OUTPUT_SIZE)
#define DT_NUM_LAYERS DT_CAT(DT_MODEL, _NUM_LAYERS)

/* Bytes below the runner's stack pointer that are re-painted before each inference: they cover
 * the runner's own semihosting calls, which share that stack area with the model. */
#define DT_REPAINT_BYTES 512u

/* Marker functions (see the top of this file). */
volatile uint32_t dt_marker_sink;
void dt_inference_begin(uint32_t index) __attribute__((noinline, noipa, used));
void dt_inference_end(uint32_t index) __attribute__((noinline, noipa, used));

void dt_inference_begin(uint32_t index)
{
    dt_marker_sink = index + 0x10000u;
}

void dt_inference_end(uint32_t index)
{
    dt_marker_sink = index ^ 0x5A5A0000u;
}

void DT_LAYER_HOOK(int layer_index) __attribute__((noinline, noipa, used));
void DT_LAYER_HOOK(int layer_index)
{
    dt_marker_sink = (uint32_t)layer_index + 0x20000u;
}

static int8_t dt_input[DT_INPUT_SIZE] __attribute__((aligned(8)));
static int8_t dt_output[DT_OUTPUT_SIZE] __attribute__((aligned(8)));

static void fail(int32_t status, const char *what, int32_t detail)
{
    char line[160];
    char *p = line;
    p = dt_fmt_str(p, "runner error: ");
    p = dt_fmt_str(p, what);
    if (detail != -1) {
        p = dt_fmt_str(p, " ");
        p = dt_fmt_i32(p, detail);
    }
    (void)dt_fmt_str(p, "\n");
    dt_sh_puts(line);
    dt_sh_exit(status);
}

static inline uint32_t current_sp(void)
{
    uint32_t sp;
    __asm__ volatile("mov %0, sp" : "=r"(sp));
    return sp;
}

/* Lowest stack word in [from, to) that no longer holds the paint pattern, or `to`. */
static uint32_t lowest_touched(uint32_t from, uint32_t to)
{
    const volatile uint32_t *p = (const volatile uint32_t *)from;
    const volatile uint32_t *end = (const volatile uint32_t *)to;
    while (p < end && *p == DT_STACK_PAINT) {
        p++;
    }
    return (uint32_t)(uintptr_t)p;
}

static void paint(uint32_t from, uint32_t to)
{
    volatile uint32_t *p = (volatile uint32_t *)from;
    volatile uint32_t *end = (volatile uint32_t *)to;
    while (p < end) {
        *p++ = DT_STACK_PAINT;
    }
}

static char *kv(char *p, const char *key, uint32_t value)
{
    p = dt_fmt_str(p, key);
    p = dt_fmt_str(p, "=");
    p = dt_fmt_u32(p, value);
    return dt_fmt_str(p, "\n");
}

/* All model calls and all file I/O of the loop happen in this one frame, so the stack the model
 * uses is measured relative to one stack pointer value (sp_call). */
__attribute__((noinline)) static void run_all(void)
{
    const uint32_t stack_top = (uint32_t)(uintptr_t)__StackTop;
    const uint32_t stack_limit = (uint32_t)(uintptr_t)__StackLimit;
    uint32_t sp_call = current_sp();
    uint32_t repaint_from = sp_call - DT_REPAINT_BYTES;
    uint32_t low_total, low_top, low_deep, low_model;
    int32_t in_fd, out_fd, res_fd, len;
    uint32_t n, i;
    char text[256];
    char *p;

    in_fd = dt_sh_open("inputs.bin", DT_SH_OPEN_RB);
    if (in_fd < 0) {
        fail(DT_EXIT_IO, "cannot open inputs.bin", -1);
    }
    len = dt_sh_flen(in_fd);
    if (len < 0) {
        fail(DT_EXIT_IO, "cannot get the size of inputs.bin", -1);
    }
    if (len == 0 || (uint32_t)len % (uint32_t)DT_INPUT_SIZE != 0u) {
        fail(DT_EXIT_INPUT, "inputs.bin size is not a positive multiple of the input size; bytes:",
             len);
    }
    n = (uint32_t)len / (uint32_t)DT_INPUT_SIZE;
    out_fd = dt_sh_open("outputs.bin", DT_SH_OPEN_WB);
    if (out_fd < 0) {
        fail(DT_EXIT_IO, "cannot create outputs.bin", -1);
    }

    /* Stack used so far (startup, stdio init, this frame), then a fresh paint below sp_call. */
    low_total = lowest_touched(stack_limit, stack_top);
    paint(stack_limit, sp_call);
    low_top = sp_call;

    for (i = 0; i < n; i++) {
        int32_t rc;
        if (dt_sh_read_all(in_fd, dt_input, (uint32_t)DT_INPUT_SIZE) != 0) {
            fail(DT_EXIT_IO, "short read from inputs.bin at vector", (int32_t)i);
        }
        paint(repaint_from, sp_call);
        dt_inference_begin(i);
        rc = DT_INVOKE(dt_input, dt_output);
        dt_inference_end(i);
        {
            uint32_t low = lowest_touched(repaint_from, sp_call);
            if (low < low_top) {
                low_top = low;
            }
        }
        if (rc != 0) {
            fail(DT_EXIT_MODEL, "invoke returned an error code at vector", (int32_t)i);
        }
        if (dt_sh_write_all(out_fd, dt_output, (uint32_t)DT_OUTPUT_SIZE) != 0) {
            fail(DT_EXIT_IO, "cannot write outputs.bin at vector", (int32_t)i);
        }
        /* Progress on the console (the host streams it): outside the counted region, above
         * repaint_from like the file I/O. */
        p = text;
        p = dt_fmt_str(p, "dasnet-tiny runner: sample ");
        p = dt_fmt_u32(p, i + 1u);
        p = dt_fmt_str(p, " of ");
        p = dt_fmt_u32(p, n);
        (void)dt_fmt_str(p, "\n");
        dt_sh_puts(text);
    }
    (void)dt_sh_close(in_fd);
    if (dt_sh_close(out_fd) != 0) {
        fail(DT_EXIT_IO, "cannot close outputs.bin", -1);
    }

    /* Below repaint_from only the model ever writes (the runner's I/O stays above it). */
    low_deep = lowest_touched(stack_limit, repaint_from);
    low_model = low_deep < repaint_from ? low_deep : low_top;
    if (low_model < low_total) {
        low_total = low_model;
    }
    if (low_total <= stack_limit) {
        /* The lowest stack word was overwritten: the stack reached its limit (on ARMv8-M the
         * MSPLIM check faults first). Memory below it (heap, .bss) may be corrupt. */
        fail(DT_EXIT_MODEL, "stack overflow: the whole stack was used; bytes reserved:",
             (int32_t)(stack_top - stack_limit));
    }

    p = text;
    p = kv(p, "inferences", n);
    p = kv(p, "num_layers", (uint32_t)DT_NUM_LAYERS);
    p = kv(p, "input_size", (uint32_t)DT_INPUT_SIZE);
    p = kv(p, "output_size", (uint32_t)DT_OUTPUT_SIZE);
    p = kv(p, "stack_model_bytes", sp_call - low_model);
    p = kv(p, "stack_total_bytes", stack_top - low_total);
    p = kv(p, "stack_size_bytes", stack_top - stack_limit);
    res_fd = dt_sh_open("results.txt", DT_SH_OPEN_WB);
    if (res_fd < 0 || dt_sh_write_all(res_fd, text, (uint32_t)(p - text)) != 0) {
        fail(DT_EXIT_IO, "cannot write results.txt", -1);
    }
    (void)dt_sh_close(res_fd);
    dt_sh_puts("dasnet-tiny runner: ok\n");
    dt_sh_puts(text);
}

int main(void)
{
    run_all();
    return DT_EXIT_OK;
}
