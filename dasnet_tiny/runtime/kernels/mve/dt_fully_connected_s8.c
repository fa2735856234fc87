/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_fully_connected_s8.c (MVE) - int8 FULLY_CONNECTED for Cortex-M55 (Helium), bit-exact with the
 * portable kernel (TensorFlow Lite Micro's reference arithmetic).
 *
 * Four output channels per pass over the input row: 16 input bytes are loaded once and multiplied
 * with 16 bytes of each of the four filter rows by VMLADAVA.S8 (a 16-lane int8 dot product into a
 * 32-bit scalar). The input offset enters as offset * sum(w), the weight sums accumulated beside
 * the dot products by VADDVA.S8 (skipped when the offset is 0). Tails are predicated (VCTP.8);
 * the four accumulators are requantized together (dt_nn_mve.h) and stored by one narrowing store.
 * Output channels past the end repeat the last filter row and are not stored.
 *
 * Winner path (in_channels): the winner indices are turned once per call into byte offsets
 * (period <= 256) or halfword offsets, and the winners of the input and of each filter row are
 * gathered (VLDRB gather) into the same dot-product loop: about k/C of the dense work.
 */
#include "dt_nn.h"
#include "dt_nn_support.h"
#include "dt_nn_mve.h"

/* Largest winner count of the byte-offset gather path (a block of <= 256 channels). */
#define DT_FC_MVE_MAX_IDX8 256

int32_t dt_fully_connected_s8_get_buffer_size(const dt_dims *filter_dims)
{
    (void)filter_dims;
    return 0;
}

/* sum_j x[j] * f_i[j] (i = 0..3) and, with `sums`, sum_j f_i[j], over n bytes. */
DT_INLINE int32x4_t dot4(const int8_t *x, const int8_t *f0, const int8_t *f1, const int8_t *f2,
                         const int8_t *f3, int32_t n, int32_t off)
{
    int32_t a0 = 0, a1 = 0, a2 = 0, a3 = 0;
    int32_t s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    int32_t i;
    if (off == 0) {
        for (i = n >> 4; i > 0; i--) {
            const int8x16_t xv = vldrbq_s8(x);
            a0 = vmladavaq_s8(a0, xv, vldrbq_s8(f0));
            a1 = vmladavaq_s8(a1, xv, vldrbq_s8(f1));
            a2 = vmladavaq_s8(a2, xv, vldrbq_s8(f2));
            a3 = vmladavaq_s8(a3, xv, vldrbq_s8(f3));
            x += 16;
            f0 += 16;
            f1 += 16;
            f2 += 16;
            f3 += 16;
        }
    } else {
        for (i = n >> 4; i > 0; i--) {
            const int8x16_t xv = vldrbq_s8(x);
            const int8x16_t w0 = vldrbq_s8(f0), w1 = vldrbq_s8(f1);
            const int8x16_t w2 = vldrbq_s8(f2), w3 = vldrbq_s8(f3);
            a0 = vmladavaq_s8(a0, xv, w0);
            s0 = vaddvaq_s8(s0, w0);
            a1 = vmladavaq_s8(a1, xv, w1);
            s1 = vaddvaq_s8(s1, w1);
            a2 = vmladavaq_s8(a2, xv, w2);
            s2 = vaddvaq_s8(s2, w2);
            a3 = vmladavaq_s8(a3, xv, w3);
            s3 = vaddvaq_s8(s3, w3);
            x += 16;
            f0 += 16;
            f1 += 16;
            f2 += 16;
            f3 += 16;
        }
    }
    if (n & 15) {
        const mve_pred16_t p = vctp8q((uint32_t)(n & 15));
        const int8x16_t xv = vldrbq_z_s8(x, p);
        const int8x16_t w0 = vldrbq_z_s8(f0, p), w1 = vldrbq_z_s8(f1, p);
        const int8x16_t w2 = vldrbq_z_s8(f2, p), w3 = vldrbq_z_s8(f3, p);
        a0 = vmladavaq_s8(a0, xv, w0);
        a1 = vmladavaq_s8(a1, xv, w1);
        a2 = vmladavaq_s8(a2, xv, w2);
        a3 = vmladavaq_s8(a3, xv, w3);
        if (off != 0) {
            s0 = vaddvaq_s8(s0, w0);
            s1 = vaddvaq_s8(s1, w1);
            s2 = vaddvaq_s8(s2, w2);
            s3 = vaddvaq_s8(s3, w3);
        }
    }
    {
        const int32x4_t acc = dt_mve_vec4(a0, a1, a2, a3);
        if (off == 0) {
            return acc;
        }
        return vmlaq_n_s32(acc, dt_mve_vec4(s0, s1, s2, s3), off);
    }
}

/* As dot4 over the winners of blocks of `period` elements: byte offsets o8[0..k). */
DT_INLINE int32x4_t dot4_idx8(const int8_t *x, const int8_t *f0, const int8_t *f1,
                              const int8_t *f2, const int8_t *f3, const uint8_t *o8, int32_t k,
                              int32_t blocks, int32_t period, int32_t off)
{
    int32_t a0 = 0, a1 = 0, a2 = 0, a3 = 0;
    int32_t s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    int32_t b, i;
    for (b = 0; b < blocks; b++) {
        for (i = 0; i < k; i += 16) {
            const mve_pred16_t p = vctp8q((uint32_t)(k - i));
            const uint8x16_t ov = vldrbq_z_u8(o8 + i, p);
            const int8x16_t xv = vldrbq_gather_offset_z_s8(x, ov, p);
            const int8x16_t w0 = vldrbq_gather_offset_z_s8(f0, ov, p);
            const int8x16_t w1 = vldrbq_gather_offset_z_s8(f1, ov, p);
            const int8x16_t w2 = vldrbq_gather_offset_z_s8(f2, ov, p);
            const int8x16_t w3 = vldrbq_gather_offset_z_s8(f3, ov, p);
            a0 = vmladavaq_s8(a0, xv, w0);
            a1 = vmladavaq_s8(a1, xv, w1);
            a2 = vmladavaq_s8(a2, xv, w2);
            a3 = vmladavaq_s8(a3, xv, w3);
            if (off != 0) {
                s0 = vaddvaq_s8(s0, w0);
                s1 = vaddvaq_s8(s1, w1);
                s2 = vaddvaq_s8(s2, w2);
                s3 = vaddvaq_s8(s3, w3);
            }
        }
        x += period;
        f0 += period;
        f1 += period;
        f2 += period;
        f3 += period;
    }
    return vmlaq_n_s32(dt_mve_vec4(a0, a1, a2, a3), dt_mve_vec4(s0, s1, s2, s3), off);
}

/* As dot4_idx8 with halfword offsets (blocks of more than 256 elements), 8 lanes at a time. */
DT_INLINE int32x4_t dot4_idx16(const int8_t *x, const int8_t *f0, const int8_t *f1,
                               const int8_t *f2, const int8_t *f3, const uint16_t *idx, int32_t k,
                               int32_t blocks, int32_t period, int32_t off)
{
    int32_t a0 = 0, a1 = 0, a2 = 0, a3 = 0;
    int32_t s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    int32_t b, i;
    for (b = 0; b < blocks; b++) {
        for (i = 0; i < k; i += 8) {
            const mve_pred16_t p = vctp16q((uint32_t)(k - i));
            const uint16x8_t ov = vldrhq_z_u16(idx + i, p);
            const int16x8_t xv = vldrbq_gather_offset_z_s16(x, ov, p);
            const int16x8_t w0 = vldrbq_gather_offset_z_s16(f0, ov, p);
            const int16x8_t w1 = vldrbq_gather_offset_z_s16(f1, ov, p);
            const int16x8_t w2 = vldrbq_gather_offset_z_s16(f2, ov, p);
            const int16x8_t w3 = vldrbq_gather_offset_z_s16(f3, ov, p);
            a0 = vmladavaq_s16(a0, xv, w0);
            a1 = vmladavaq_s16(a1, xv, w1);
            a2 = vmladavaq_s16(a2, xv, w2);
            a3 = vmladavaq_s16(a3, xv, w3);
            s0 = vaddvaq_s16(s0, w0);
            s1 = vaddvaq_s16(s1, w1);
            s2 = vaddvaq_s16(s2, w2);
            s3 = vaddvaq_s16(s3, w3);
        }
        x += period;
        f0 += period;
        f1 += period;
        f2 += period;
        f3 += period;
    }
    return vmlaq_n_s32(dt_mve_vec4(a0, a1, a2, a3), dt_mve_vec4(s0, s1, s2, s3), off);
}

dt_status dt_fully_connected_s8(const dt_context *ctx, const dt_fc_params *params,
                                const dt_per_channel_quant_params *quant,
                                const dt_dims *input_dims, const int8_t *input,
                                const dt_dims *filter_dims, const int8_t *filter,
                                const int32_t *bias,
                                const dt_dims *output_dims, int8_t *output,
                                const dt_channel_list *in_channels)
{
    const int32_t rows = input_dims->n;
    const int32_t depth = input_dims->c;
    const int32_t out_c = output_dims->c;
    const int32_t off = params->input_offset;
    const int32_t out_off = params->output_offset;
    const int32_t lo = params->activation.min, hi = params->activation.max;
    const uint16_t *idx = in_channels != NULL ? in_channels->index : NULL;
    const int32_t k = in_channels != NULL ? in_channels->count : 0;
    const int32_t period = in_channels != NULL ? in_channels->num_channels : depth;
    const int32_t blocks = period > 0 ? depth / period : 0;
    uint8_t o8[DT_FC_MVE_MAX_IDX8];
    int use8 = 0;
    int32_t r, o, i;
    (void)ctx;

    if (filter_dims->c != depth || filter_dims->n != out_c || output_dims->n != rows) {
        return DT_ERR_ARG;
    }
    if (in_channels != NULL && (period < 1 || depth % period != 0 || k < 0 || k > period ||
                                (k > 0 && idx == NULL))) {
        return DT_ERR_ARG;
    }
    if (idx != NULL && period <= DT_FC_MVE_MAX_IDX8) {
        /* byte offsets of the winners inside a block (all < 256), 8 at a time */
        for (i = 0; i < k; i += 8) {
            const mve_pred16_t p = vctp16q((uint32_t)(k - i));
            vstrbq_p_u16(o8 + i, vldrhq_z_u16(idx + i, p), p);
        }
        use8 = 1;
    }

    for (o = 0; o < out_c; o += 4) {
        const int32_t nv = out_c - o < 4 ? out_c - o : 4;
        const int8_t *f0 = filter + o * depth;
        const int8_t *f1 = filter + (o + (nv > 1 ? 1 : 0)) * depth;
        const int8_t *f2 = filter + (o + (nv > 2 ? 2 : nv - 1)) * depth;
        const int8_t *f3 = filter + (o + nv - 1) * depth;
        const mve_pred16_t p = vctp32q((uint32_t)nv);
        const dt_mve_rq q = dt_mve_rq_load(quant->multiplier + o, quant->shift + o, nv);
        const int32x4_t bv = bias != NULL ? vldrwq_z_s32(bias + o, p) : vdupq_n_s32(0);
        for (r = 0; r < rows; r++) {
            const int8_t *x = input + r * depth;
            int32x4_t acc;
            if (idx == NULL) {
                acc = dot4(x, f0, f1, f2, f3, depth, off);
            } else if (use8) {
                acc = dot4_idx8(x, f0, f1, f2, f3, o8, k, blocks, period, off);
            } else {
                acc = dot4_idx16(x, f0, f1, f2, f3, idx, k, blocks, period, off);
            }
            acc = dt_mve_requantize(vaddq_s32(acc, bv), &q, out_off, lo, hi);
            vstrbq_p_s32(output + r * out_c + o, acc, p);
        }
    }
    return DT_OK;
}
