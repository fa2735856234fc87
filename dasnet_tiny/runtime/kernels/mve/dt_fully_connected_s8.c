/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_fully_connected_s8.c (MVE) - int8 FULLY_CONNECTED for Cortex-M55 (Helium), bit-exact with the
 * portable kernel (TensorFlow Lite Micro's reference arithmetic).
 *
 * Four output channels per pass over the input row: 16 input bytes are loaded once and multiplied
 * with 16 bytes of each of the four filter rows by VMLADAVA.S8 (a 16-lane int8 dot product into a
 * 32-bit scalar). The input offset rides in the same accumulators (offset * w by a second
 * VMLADAVA against a vector of the offset). Tails are predicated (VCTP.8); the four accumulators
 * are requantized together (dt_nn_mve.h) and stored by one narrowing store.
 */
#include "dt_nn.h"
#include "dt_nn_support.h"
#include "dt_nn_mve.h"

int32_t dt_fully_connected_s8_get_buffer_size(const dt_dims *filter_dims)
{
    (void)filter_dims;
    return 0;
}

/* The input offset rides in the same four accumulators (VMLADAVA's accumulator must be an even
 * register: eight running sums would spill): sum (x + off) w = sum x w + sum o w (+ sum w), with
 * o = off for -128 <= off <= 127 and o = 127 plus one VADDVA for off = 128. */
#define FC_W(acc, xv, wv)                                                                          \
    do {                                                                                           \
        acc = vmladavaq_s8(acc, xv, wv);                                                           \
        acc = vmladavaq_s8(acc, ov, wv);                                                           \
        if (off128) {                                                                              \
            acc = vaddvaq_s8(acc, wv);                                                             \
        }                                                                                          \
    } while (0)

#if defined(__GNUC__) || defined(__clang__)
#define DT_NOINLINE __attribute__((noinline))
#else
#define DT_NOINLINE
#endif

/* sum_j (x[j] + off) * f_i[j] (i = 0..3) over n bytes; one function per offset kind. */
#define DEF_DOT4(NAME, OFF128)                                                                     \
    static DT_NOINLINE int32x4_t NAME(const int8_t *x, const int8_t *f0, const int8_t *f1,        \
                                      const int8_t *f2, const int8_t *f3, int32_t n, int8x16_t ov) \
    {                                                                                              \
        const int off128 = OFF128;                                                                 \
        int32_t a0 = 0, a1 = 0, a2 = 0, a3 = 0;                                                    \
        int32_t i;                                                                                 \
        for (i = n >> 4; i > 0; i--) {                                                             \
            const int8x16_t xv = vldrbq_s8(x);                                                     \
            x += 16;                                                                               \
            FC_W(a0, xv, vldrbq_s8(f0));                                                           \
            f0 += 16;                                                                              \
            FC_W(a1, xv, vldrbq_s8(f1));                                                           \
            f1 += 16;                                                                              \
            FC_W(a2, xv, vldrbq_s8(f2));                                                           \
            f2 += 16;                                                                              \
            FC_W(a3, xv, vldrbq_s8(f3));                                                           \
            f3 += 16;                                                                              \
        }                                                                                          \
        if (n & 15) {                                                                              \
            const mve_pred16_t p = vctp8q((uint32_t)(n & 15));                                     \
            const int8x16_t xv = vldrbq_z_s8(x, p);                                                \
            FC_W(a0, xv, vldrbq_z_s8(f0, p));                                                      \
            FC_W(a1, xv, vldrbq_z_s8(f1, p));                                                      \
            FC_W(a2, xv, vldrbq_z_s8(f2, p));                                                      \
            FC_W(a3, xv, vldrbq_z_s8(f3, p));                                                      \
        }                                                                                          \
        return dt_mve_vec4(a0, a1, a2, a3);                                                        \
    }
DEF_DOT4(dot4_o, 0)
DEF_DOT4(dot4_o128, 1)

/* Dense, out_c >= 4: four channels per step, the last step overlapping the previous one. */
static DT_NOINLINE void fc_dense(const int8_t *input, int32_t rows, int32_t depth,
                                 const int8_t *filter, const int32_t *bias, const int32_t *mult,
                                 const int32_t *shift, int32_t out_c, int32_t off, int32_t out_off,
                                 int32_t lo, int32_t hi, int8_t *output)
{
    const int off128 = off == 128;
    const int8x16_t ov = vdupq_n_s8((int8_t)(off128 ? 127 : off));
    int32_t o, r;
    for (o = 0; o < out_c; o += 4) {
        const int32_t ob = o + 4 <= out_c ? o : out_c - 4;
        const int8_t *f0 = filter + ob * depth;
        const int8_t *f1 = f0 + depth, *f2 = f1 + depth, *f3 = f2 + depth;
        const int32x4_t sh = vldrwq_s32(shift + ob);
        const int32x4_t bv = bias != NULL ? vldrwq_s32(bias + ob) : vdupq_n_s32(0);
        dt_mve_rq q;
        q.mult = vldrwq_s32(mult + ob);
        q.lsh = vmaxq_s32(sh, vdupq_n_s32(0));
        q.rsh = vminq_s32(sh, vdupq_n_s32(0));
        for (r = 0; r < rows; r++) {
            const int8_t *x = input + r * depth;
            const int32x4_t acc = off128 ? dot4_o128(x, f0, f1, f2, f3, depth, ov)
                                         : dot4_o(x, f0, f1, f2, f3, depth, ov);
            vstrbq_s32(output + r * out_c + ob, dt_mve_requantize(vaddq_s32(acc, bv), &q, out_off, lo, hi));
        }
    }
}

dt_status dt_fully_connected_s8(const dt_context *ctx, const dt_fc_params *params,
                                const dt_per_channel_quant_params *quant,
                                const dt_dims *input_dims, const int8_t *input,
                                const dt_dims *filter_dims, const int8_t *filter,
                                const int32_t *bias,
                                const dt_dims *output_dims, int8_t *output)
{
    const int32_t rows = input_dims->n;
    const int32_t depth = input_dims->c;
    const int32_t out_c = output_dims->c;
    const int32_t off = params->input_offset;
    const int32_t out_off = params->output_offset;
    const int32_t lo = params->activation.min, hi = params->activation.max;
    const int off128 = off == 128;
    const int8x16_t ov = vdupq_n_s8((int8_t)(off128 ? 127 : off));
    int32_t r, o;
    (void)ctx;

    if (filter_dims->c != depth || filter_dims->n != out_c || output_dims->n != rows) {
        return DT_ERR_ARG;
    }
    if (off < -128 || off > 128) {
        return DT_ERR_ARG;
    }
    if (out_c >= 4) {
        fc_dense(input, rows, depth, filter, bias, quant->multiplier, quant->shift, out_c, off,
                 out_off, lo, hi, output);
        return DT_OK;
    }
    for (o = 0; o < out_c; o += 4) {
        /* four channels per step; with out_c >= 4 the last step overlaps the previous one (no
         * predication), with out_c < 4 the missing lanes repeat the last channel (not stored) */
        const int32_t ob = out_c >= 4 && o + 4 > out_c ? out_c - 4 : o;
        const int32_t nv = out_c - ob < 4 ? out_c - ob : 4;
        const int8_t *f0 = filter + ob * depth;
        const int8_t *f1 = filter + (ob + (nv > 1 ? 1 : 0)) * depth;
        const int8_t *f2 = filter + (ob + (nv > 2 ? 2 : nv - 1)) * depth;
        const int8_t *f3 = filter + (ob + nv - 1) * depth;
        const mve_pred16_t p = vctp32q((uint32_t)nv);
        dt_mve_rq q;
        int32x4_t bv = vdupq_n_s32(0);
        if (nv == 4) {
            const int32x4_t sh = vldrwq_s32(quant->shift + ob);
            q.mult = vldrwq_s32(quant->multiplier + ob);
            q.lsh = vmaxq_s32(sh, vdupq_n_s32(0));
            q.rsh = vminq_s32(sh, vdupq_n_s32(0));
            if (bias != NULL) {
                bv = vldrwq_s32(bias + ob);
            }
        } else {
            q = dt_mve_rq_load(quant->multiplier + ob, quant->shift + ob, nv);
            if (bias != NULL) {
                bv = vldrwq_z_s32(bias + ob, p);
            }
        }
        for (r = 0; r < rows; r++) {
            const int8_t *x = input + r * depth;
            int32x4_t acc = off128 ? dot4_o128(x, f0, f1, f2, f3, depth, ov)
                                   : dot4_o(x, f0, f1, f2, f3, depth, ov);
            acc = dt_mve_requantize(vaddq_s32(acc, bv), &q, out_off, lo, hi);
            if (nv == 4) {
                vstrbq_s32(output + r * out_c + ob, acc);
            } else {
                vstrbq_p_s32(output + r * out_c + ob, acc, p);
            }
        }
    }
    return DT_OK;
}
