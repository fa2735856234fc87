/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_dsp_fc_core.c (DSP variant helper) - the loops of the DSP FULLY_CONNECTED kernels, shared by
 * dt_fully_connected_wta_s8 (the WTA winners of C channels) and dt_fully_connected_s8 (dense: one
 * channel, its one element list {0}, P = depth), on the channel-major weight layout made at
 * generate time. Input element j of a row belongs to channel j % C (C = winners->num_channels;
 * P = depth / C elements per channel, e.g. the positions of a flattened NHWC map); the cost scales
 * with the k winners read.
 *
 * The weights are re-laid out at generate time (dasnet_tiny/variant_dsp.py, channel-major,
 * still int8, same size): channel c owns one contiguous block of out_c * P bytes,
 *   for each block of four output channels: P/4 groups of 16 bytes (output q = 0..3, then the
 *   4 elements p = 4g..4g+3 of q), then the P % 4 tail elements as 4 bytes each (outputs 0..3);
 *   then the out_c % 4 remaining outputs, P bytes each.
 * Per row the winners' elements are gathered once and extended with the input offset (pairs
 * along P, the lanes of SXTB16), then every block of four outputs runs over the winners' weight
 * blocks: per group of four elements 1 + 2 LDRD, 8 SXTB16, 8 SMLAD (16 MACs).
 *
 * P = 1 (a WTA_DENSE before the layer: one element per channel) has no pairs along P: two
 * winners are paired instead, their weights (two rows of the transposed matrix) packed into
 * 16-bit lanes with PKHBT / PKHTB: 18 instructions per 8 MACs, against about 1.4 per MAC for a
 * dense row; this shape cannot reach k/C + 0.1 at k/C = 0.5 (see the README).
 *
 * TensorFlow Lite Micro's arithmetic, bit for bit (integer sums in another order).
 */
#include "dt_nn.h"
#include "dt_nn_dsp.h"
#include "dt_nn_support.h"
#include "dt_dsp_wta.h"
#include "dt_dsp_wta_sizes.h"

/* What the block loops read besides their registers. */
typedef struct {
    const uint16_t *ip_end; /* one past the last winner index */
    int32_t cs;             /* bytes per channel block (out_c * P) */
    const int8_t *wb;       /* the weights of this output block in channel 0's block */
    int32_t g;              /* groups of four elements per channel */
    int32_t t;              /* tail elements per channel */
} dt_fc_wta_ctx;

/* Two weight words of the group at wp (post-incremented): one LDRD when the weights are 4-byte
 * aligned, else two LDR (any address). */
#define DT_FC_W2_LDRD "ldrd %[w0], %[w1], [%[wp]], #8\n\t"
#define DT_FC_W2_LDR "ldr %[w0], [%[wp]], #4\n\t" "ldr %[w1], [%[wp]], #4\n\t"

#define DT_FC_WTA_BLOCK_ASM(W2)                                                                    \
    "3:\n\t"                                                                                       \
    "ldrh %[t], [%[ip]], #2\n\t"                                                                   \
    "ldr %[w0], [%[c], #4]\n\t"                                                                    \
    "ldr %[wp], [%[c], #8]\n\t"                                                                    \
    "mla %[wp], %[t], %[w0], %[wp]\n\t"                                                            \
    "ldr %[n], [%[c], #12]\n\t"                                                                    \
    "cmp %[n], #0\n\t"                                                                             \
    "beq 4f\n\t"                                                                                   \
    "1:\n\t"                                                                                       \
    "ldrd %[x0], %[x1], [%[xp]], #8\n\t" W2                                                        \
    "sxtb16 %[t], %[w0]\n\t"                                                                       \
    "smlad %[a0], %[x0], %[t], %[a0]\n\t"                                                          \
    "sxtb16 %[t], %[w0], ror #8\n\t"                                                               \
    "smlad %[a0], %[x1], %[t], %[a0]\n\t"                                                          \
    "sxtb16 %[t], %[w1]\n\t"                                                                       \
    "smlad %[a1], %[x0], %[t], %[a1]\n\t"                                                          \
    "sxtb16 %[t], %[w1], ror #8\n\t"                                                               \
    "smlad %[a1], %[x1], %[t], %[a1]\n\t" W2                                                       \
    "sxtb16 %[t], %[w0]\n\t"                                                                       \
    "smlad %[a2], %[x0], %[t], %[a2]\n\t"                                                          \
    "sxtb16 %[t], %[w0], ror #8\n\t"                                                               \
    "smlad %[a2], %[x1], %[t], %[a2]\n\t"                                                          \
    "sxtb16 %[t], %[w1]\n\t"                                                                       \
    "smlad %[a3], %[x0], %[t], %[a3]\n\t"                                                          \
    "sxtb16 %[t], %[w1], ror #8\n\t"                                                               \
    "subs %[n], %[n], #1\n\t"                                                                      \
    "smlad %[a3], %[x1], %[t], %[a3]\n\t"                                                          \
    "bne 1b\n\t"                                                                                   \
    "4:\n\t"                                                                                       \
    "ldr %[n], [%[c], #16]\n\t"                                                                    \
    "cmp %[n], #0\n\t"                                                                             \
    "beq 6f\n\t"                                                                                   \
    "5:\n\t"                                                                                       \
    "ldr %[w0], [%[wp]], #4\n\t"                                                                   \
    "ldr %[x0], [%[xp]], #4\n\t"                                                                   \
    "sxtb16 %[t], %[w0]\n\t"                                                                       \
    "smlabb %[a0], %[t], %[x0], %[a0]\n\t"                                                         \
    "smlatb %[a2], %[t], %[x0], %[a2]\n\t"                                                         \
    "sxtb16 %[t], %[w0], ror #8\n\t"                                                               \
    "smlabb %[a1], %[t], %[x0], %[a1]\n\t"                                                         \
    "smlatb %[a3], %[t], %[x0], %[a3]\n\t"                                                         \
    "subs %[n], %[n], #1\n\t"                                                                      \
    "bne 5b\n\t"                                                                                   \
    "6:\n\t"                                                                                       \
    "ldr %[t], [%[c]]\n\t"                                                                         \
    "cmp %[ip], %[t]\n\t"                                                                          \
    "bcc 3b\n\t"

#define DT_FC_WTA_BLOCK_OPERANDS                                                                   \
    : [ip] "+r"(ip), [xp] "+r"(xe), [a0] "+r"(a0), [a1] "+r"(a1), [a2] "+r"(a2), [a3] "+r"(a3),    \
      [x0] "=&r"(x0), [x1] "=&r"(x1), [w0] "=&r"(w0), [w1] "=&r"(w1), [t] "=&r"(t),                \
      [wp] "=&r"(wp), [n] "=&r"(n)                                                                 \
    : [c] "r"(c)                                                                                   \
    : "cc", "memory"

/* a[0..3] += the winners' (ip .. c->ip_end, at least one) products for one block of four
 * outputs, P >= 2 layout; xe: per winner c->g groups of 2 words, then c->t words (the element in
 * the low lane). Per group of 16 MACs: LDRD, 2 LDRD (4 LDR when `aligned` is 0), 8 SXTB16,
 * 8 SMLAD, SUBS, BNE. */
#if defined(__OPTIMIZE__) || !defined(__GNUC__)
DT_DSP_ASM_FN
static void dt_fc_wta_block(const uint16_t *ip, const uint32_t *xe, const dt_fc_wta_ctx *c,
                            int aligned, int32_t *a)
{
    int32_t a0 = a[0], a1 = a[1], a2 = a[2], a3 = a[3];
    uint32_t x0, x1, w0, w1, t;
    const int8_t *wp;
    int32_t n;
    if (aligned) {
        __asm__ volatile(DT_FC_WTA_BLOCK_ASM(DT_FC_W2_LDRD) DT_FC_WTA_BLOCK_OPERANDS);
    } else {
        __asm__ volatile(DT_FC_WTA_BLOCK_ASM(DT_FC_W2_LDR) DT_FC_WTA_BLOCK_OPERANDS);
    }
    a[0] = a0;
    a[1] = a1;
    a[2] = a2;
    a[3] = a3;
}
#else
/* -O0 keeps a frame pointer and leaves too few registers for the asm: the same in C. */
__attribute__((unused)) static void dt_fc_wta_block(const uint16_t *ip, const uint32_t *xe,
                                                    const dt_fc_wta_ctx *c, int aligned, int32_t *a)
{
    (void)aligned;
    for (; ip < c->ip_end; ip++) {
        const int8_t *wp = c->wb + (int32_t)*ip * c->cs;
        int32_t i, q;
        for (i = 0; i < c->g; i++, xe += 2, wp += 16) {
            for (q = 0; q < 4; q++) {
                const uint32_t w = dt_dsp_read4(wp + 4 * q);
                a[q] = __smlad(xe[0], __sxtb16(w), a[q]);
                a[q] = __smlad(xe[1], dt_dsp_sxtb16_ror8(w), a[q]);
            }
        }
        for (i = 0; i < c->t; i++, xe++, wp += 4) {
            const int32_t x = (int32_t)(int16_t)(xe[0] & 0xFFFFu);
            for (q = 0; q < 4; q++) {
                a[q] += x * (int32_t)wp[q];
            }
        }
    }
}
#endif

/* P = 1: a[0..3] += the products of the winner pairs rec[0 .. n) (n >= 1; each: byte offsets
 * of the two winners' rows, their inputs + offset in the two lanes) for the four outputs at wb. */
#if defined(__OPTIMIZE__) || !defined(__GNUC__)
DT_DSP_ASM_FN
static void dt_fc_wta_pairs(const uint32_t *rec, int32_t n, const int8_t *wb, int32_t *a)
{
    const uint32_t *const rend = rec + 3 * n;
    int32_t a0 = a[0], a1 = a[1], a2 = a[2], a3 = a[3];
    uint32_t o0, o1, xv, wa, wc, t0, t1;
    __asm__ volatile("1:\n\t"
                     "ldrd %[o0], %[o1], [%[r]], #8\n\t"
                     "ldr %[xv], [%[r]], #4\n\t"
                     "ldr %[wa], [%[wb], %[o0]]\n\t"
                     "ldr %[wc], [%[wb], %[o1]]\n\t"
                     "sxtb16 %[t0], %[wa]\n\t"
                     "sxtb16 %[t1], %[wc]\n\t"
                     "pkhbt %[o0], %[t0], %[t1], lsl #16\n\t"
                     "smlad %[a0], %[o0], %[xv], %[a0]\n\t"
                     "pkhtb %[o1], %[t1], %[t0], asr #16\n\t"
                     "smlad %[a2], %[o1], %[xv], %[a2]\n\t"
                     "sxtb16 %[t0], %[wa], ror #8\n\t"
                     "sxtb16 %[t1], %[wc], ror #8\n\t"
                     "pkhbt %[o0], %[t0], %[t1], lsl #16\n\t"
                     "smlad %[a1], %[o0], %[xv], %[a1]\n\t"
                     "pkhtb %[o1], %[t1], %[t0], asr #16\n\t"
                     "cmp %[r], %[re]\n\t"
                     "smlad %[a3], %[o1], %[xv], %[a3]\n\t"
                     "bcc 1b\n\t"
                     : [r] "+r"(rec), [a0] "+r"(a0), [a1] "+r"(a1), [a2] "+r"(a2), [a3] "+r"(a3),
                       [o0] "=&r"(o0), [o1] "=&r"(o1), [xv] "=&r"(xv), [wa] "=&r"(wa),
                       [wc] "=&r"(wc), [t0] "=&r"(t0), [t1] "=&r"(t1)
                     : [re] "r"(rend), [wb] "r"(wb)
                     : "cc", "memory");
    a[0] = a0;
    a[1] = a1;
    a[2] = a2;
    a[3] = a3;
}
#else
/* -O0: the same in C. */
__attribute__((unused)) static void dt_fc_wta_pairs(const uint32_t *rec, int32_t n, const int8_t *wb,
                                                    int32_t *a)
{
    for (; n > 0; n--, rec += 3) {
        const int32_t x0 = (int32_t)(int16_t)(rec[2] & 0xFFFFu);
        const int32_t x1 = (int32_t)(int16_t)(rec[2] >> 16);
        const int8_t *const w0 = wb + (int32_t)rec[0];
        const int8_t *const w1 = wb + (int32_t)rec[1];
        int32_t q;
        for (q = 0; q < 4; q++) {
            a[q] += x0 * (int32_t)w0[q] + x1 * (int32_t)w1[q];
        }
    }
}
#endif

dt_status dt_dsp_fc_run(const dt_context *ctx, const dt_fc_params *params,
                        const dt_per_channel_quant_params *quant,
                        const dt_dims *input_dims, const int8_t *input,
                        const dt_dims *filter_dims, const int8_t *filter,
                        const int32_t *bias,
                        const dt_dims *output_dims, int8_t *output,
                        const dt_channel_list *winners)
{
    const int32_t rows = input_dims->n;
    const int32_t depth = input_dims->c;
    const int32_t out_c = output_dims->c;
    const int32_t input_offset = params->input_offset;
    const int32_t output_offset = params->output_offset;
    const int32_t act_min = params->activation.min, act_max = params->activation.max;
    const uint32_t off2 = dt_dsp_pair(input_offset);
    int32_t C, P, k, g, t, ob, cs, r, o, j, bound, lim, zp_ok, aligned;
    const uint16_t *idx;
    uint32_t *xe;

    if (filter_dims->c != depth || filter_dims->n != out_c || output_dims->n != rows ||
        winners == NULL || winners->num_channels < 1 || depth % winners->num_channels != 0 ||
        winners->count < 0 || winners->count > winners->num_channels ||
        (winners->count > 0 && winners->index == NULL) || rows < 0 || out_c < 0) {
        return DT_ERR_ARG;
    }
    C = winners->num_channels;
    k = winners->count;
    idx = winners->index;
    P = depth / C;
    g = P >> 2;
    t = P & 3;
    ob = out_c >> 2;
    cs = out_c * P;
    if (k > 0 && (ctx == NULL || ctx->buf == NULL ||
                  ctx->size < dt_dsp_fc_wta_size(filter_dims, k))) {
        return DT_ERR_ARG;
    }
    xe = k > 0 ? (uint32_t *)ctx->buf : NULL;
    /* The weight groups are 4-byte aligned when the filter and the channel blocks are. */
    aligned = ((uintptr_t)filter & 3u) == 0 && (cs & 3) == 0;
    {
        const int64_t b64 = (int64_t)k * P * 255 * 128;
        bound = b64 < (INT64_C(1) << 29) ? (int32_t)b64 : INT32_C(1) << 29;
    }
    /* Short requantization: |bias| < lim keeps |acc| < 2^29 (see dt_wta_rq_prep). */
    lim = (INT32_C(1) << 29) - bound;
    zp_ok = output_offset >= -128 && output_offset <= 128;

    for (r = 0; r < rows; r++, output += out_c) {
        const int8_t *x = input + r * depth;
        /* The winners' elements, extended. */
        if (k > 0 && P == 1) {
            uint32_t *d = xe;
            for (j = 0; j < k; j += 2, d += 3) {
                const int32_t c0 = idx[j];
                const int32_t c1 = j + 1 < k ? idx[j + 1] : c0;
                const int32_t x1 = j + 1 < k ? (int32_t)x[c1] + input_offset : 0;
                d[0] = (uint32_t)(c0 * out_c);
                d[1] = (uint32_t)(c1 * out_c);
                d[2] = (((uint32_t)x[c0] + (uint32_t)input_offset) & 0xFFFFu) | ((uint32_t)x1 << 16);
            }
        } else if (k > 0) {
            uint32_t *d = xe;
            for (j = 0; j < k; j++) {
                const int8_t *s = x + idx[j];
                int32_t i;
                for (i = 0; i < g; i++, s += 4 * C, d += 2) {
                    const uint32_t v = (uint32_t)(uint8_t)s[0] | ((uint32_t)(uint8_t)s[C] << 8) |
                                       ((uint32_t)(uint8_t)s[2 * C] << 16) |
                                       ((uint32_t)(uint8_t)s[3 * C] << 24);
                    d[0] = __sxtab16(off2, v);
                    d[1] = dt_dsp_sxtab16_ror8(off2, v);
                }
                for (i = 0; i < t; i++, s += C) {
                    *d++ = (uint32_t)((int32_t)*s + input_offset);
                }
            }
        }
        for (o = 0; o < 4 * ob; o += 4) {
            int32_t a[4] = {0, 0, 0, 0}, q;
            if (k > 0 && P == 1) {
                dt_fc_wta_pairs(xe, (k + 1) >> 1, filter + o, a);
            } else if (k > 0) {
                dt_fc_wta_ctx c;
                c.ip_end = idx + k;
                c.cs = cs;
                c.wb = filter + o * P;
                c.g = g;
                c.t = t;
                dt_fc_wta_block(idx, xe, &c, aligned, a);
            }
            for (q = 0; q < 4; q++) {
                const int32_t b = bias != NULL ? bias[o + q] : 0;
                const int32_t m = quant->multiplier[o + q], e = -quant->shift[o + q];
                /* The short requantization (dt_dsp_wta.h) when its preconditions hold. */
                if (zp_ok && m >= 0 && e >= 1 && e <= 22 && b > -lim && b < lim) {
                    const int32_t a2 = 2 * (a[q] + b);
                    const int32_t u = (INT32_C(1) << (e - 1)) + output_offset * (INT32_C(1) << e) +
                                      (a2 >> 31);
                    int32_t v;
                    __asm__("smmlar %0, %1, %2, %3" : "=r"(v) : "r"(a2), "r"(m), "r"(u));
                    v = __ssat(v >> e, 8);
                    output[o + q] = (int8_t)(v < act_min ? act_min : (v > act_max ? act_max : v));
                } else {
                    output[o + q] = dt_dsp_requantize(dt_add_wrap(a[q], b), m, quant->shift[o + q],
                                                      output_offset, act_min, act_max);
                }
            }
        }
        /* The remaining outputs: plain loops over the winners. */
        for (; o < out_c; o++) {
            int32_t acc = 0;
            for (j = 0; j < k; j++) {
                const int32_t c = idx[j];
                const int8_t *w = filter + c * cs + 4 * ob * P + (o - 4 * ob) * P;
                int32_t p;
                for (p = 0; p < P; p++) {
                    acc += ((int32_t)x[p * C + c] + input_offset) * (int32_t)w[p];
                }
            }
            if (bias != NULL) {
                acc = dt_add_wrap(acc, bias[o]);
            }
            output[o] = dt_dsp_requantize(acc, quant->multiplier[o], quant->shift[o], output_offset,
                                          act_min, act_max);
        }
    }
    return DT_OK;
}
