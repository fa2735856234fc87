/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_convolve_wta_s8.c (DSP variant) - int8 CONV_2D reading only the k WTA winners of its input,
 * at a cost that scales with k:
 *
 *  1. the winners' input channels are gathered once into scratch ([n][h][w][k4], k4 = k rounded
 *     up to 4, zero bytes after the k winners);
 *  2. for a chunk of output channels (all of them when the scratch budget allows) the winners'
 *     weights are sign-extended once into 16-bit pairs in scratch, doubled when the short
 *     requantization applies (dt_dsp_wta.h), with zero weights for the padding lanes and for
 *     the missing channels of the last block of four;
 *  3. per output position the window of the compact input is extended once (input offset added;
 *     zeros for padding taps, which contribute (zero point + offset) * w = 0) into a K4 = kh*kw*k4
 *     element buffer, then every block of four output channels is one dual-MAC loop over it
 *     (dt_wta_mac4: 15 instructions per 16 MACs) followed by the requantization of four outputs.
 *
 * Integer sums in another order: bit-exact with TFLite Micro. Losers are never read.
 */
#include "dt_nn.h"
#include "dt_nn_dsp.h"
#include "dt_nn_support.h"
#include "dt_dsp_wta.h"
#include "dt_dsp_wta_sizes.h"

int32_t dt_convolve_wta_s8_get_buffer_size(const dt_dims *input_dims, const dt_dims *filter_dims,
                                           int32_t count)
{
    return dt_dsp_conv_wta_size(input_dims, filter_dims, count);
}

dt_status dt_convolve_wta_s8(const dt_context *ctx, const dt_conv_params *params,
                             const dt_per_channel_quant_params *quant,
                             const dt_dims *input_dims, const int8_t *input,
                             const dt_dims *filter_dims, const int8_t *filter,
                             const int32_t *bias,
                             const dt_dims *output_dims, int8_t *output,
                             const dt_channel_list *winners)
{
    const int32_t in_n = input_dims->n, in_h = input_dims->h, in_w = input_dims->w;
    const int32_t in_c = input_dims->c;
    const int32_t k_h = filter_dims->h, k_w = filter_dims->w, out_c = filter_dims->n;
    const int32_t out_h = output_dims->h, out_w = output_dims->w;
    const int32_t sh = params->stride.h, sw = params->stride.w;
    const int32_t ph = params->padding.h, pw = params->padding.w;
    const int32_t dh = params->dilation.h, dw = params->dilation.w;
    const int32_t output_offset = params->output_offset;
    const int32_t act_min = params->activation.min, act_max = params->activation.max;
    const uint32_t off2 = dt_dsp_pair(params->input_offset);
    const uint32_t min4 = ((uint32_t)act_min & 0xFFu) * 0x01010101u;
    const uint32_t max4 = ((uint32_t)act_max & 0xFFu) * 0x01010101u;
    int32_t k, k4, kk4, n4, chunk, oc0, b, oy, ox;
    int8_t *cx;
    uint32_t *xe, *we;
    dt_wta_rq4 *rq;
    dt_wta_rows_ctx rc;

    if (winners == NULL || ctx == NULL || ctx->buf == NULL || filter_dims->c != in_c ||
        !dt_channel_list_ok(winners, in_c) || output_dims->c != out_c || in_n != output_dims->n ||
        sh < 1 || sw < 1 || dh < 1 || dw < 1 || in_n < 0 || in_h < 0 || in_w < 0 || out_c < 0 ||
        k_h < 1 || k_w < 1) {
        return DT_ERR_ARG;
    }
    k = winners->count;
    if (ctx->size < dt_convolve_wta_s8_get_buffer_size(input_dims, filter_dims, k)) {
        return DT_ERR_ARG;
    }
    k4 = (k + 3) & ~3;
    kk4 = k_h * k_w * k4;
    n4 = kk4 >> 2;
    chunk = dt_dsp_conv_wta_chunk(out_c, kk4);
    cx = (int8_t *)ctx->buf;
    xe = (uint32_t *)(void *)(cx + in_n * in_h * in_w * k4);
    we = xe + (kk4 >> 1);
    rq = (dt_wta_rq4 *)(void *)(we + (chunk * kk4 >> 1));
    rc.xe = xe;
    rc.min4 = min4;
    rc.max4 = max4;
    rc.clamp = act_min > -128 || act_max < 127;

    if (k > 0) {
        dt_wta_gather_rows(input, in_n * in_h * in_w, in_c, winners->index, k, k4, cx);
    }

    for (oc0 = 0; oc0 < out_c; oc0 += chunk) {
        const int32_t n_oc = out_c - oc0 < chunk ? out_c - oc0 : chunk;
        const int64_t bound64 = (int64_t)k_h * k_w * k * 255 * 128;
        const int32_t bound = bound64 < (INT64_C(1) << 29) ? (int32_t)bound64 : INT32_C(1) << 29;
        const int32_t n_full = n_oc >> 2; /* blocks of four channels */
        int32_t fast = 1, o;
        /* Requantization constants (short path when every channel of the chunk allows it). */
        for (o = 0; o < n_oc; o++) {
            fast &= dt_wta_rq4_prep(&rq[o >> 2], o & 3, bias != NULL ? bias[oc0 + o] : 0,
                                    quant->multiplier[oc0 + o], quant->shift[oc0 + o],
                                    output_offset, bound);
        }
        if (!fast) {
            for (o = 0; o < n_oc; o++) {
                rq[o >> 2].b2[o & 3] = bias != NULL ? bias[oc0 + o] : 0; /* the plain bias */
            }
        }
        for (; o < ((n_oc + 3) & ~3); o++) {
            rq[o >> 2].b2[o & 3] = 0;
        }
        /* Extended weights: [block][group][channel q][lanes 0/2, 1/3]. */
        if (k > 0) {
            /* Per tap and group of four winners (outer, indices in registers), every channel of
             * the chunk (inner): four byte loads, two lane pairs. Missing channels of the last
             * block and the padding lanes get zero weights. */
            const int32_t ks = k_h * k_w * in_c;
            const int32_t n_oc4 = (n_oc + 3) & ~3;
            const uint16_t *idx = winners->index;
            int32_t t, j;
            for (t = 0; t < k_h * k_w; t++) {
                for (j = 0; j < k4; j += 4) {
                    const int32_t i0 = idx[j];
                    const int32_t i1 = j + 1 < k ? idx[j + 1] : 0;
                    const int32_t i2 = j + 2 < k ? idx[j + 2] : 0;
                    const int32_t i3 = j + 3 < k ? idx[j + 3] : 0;
                    const int32_t m1 = j + 1 < k ? -1 : 0, m2 = j + 2 < k ? -1 : 0;
                    const int32_t m3 = j + 3 < k ? -1 : 0;
                    const int8_t *f = filter + oc0 * ks + t * in_c;
                    uint32_t *d = we + 2 * (t * k4 + j);
                    for (o = 0; o < n_oc; o++, f += ks) {
                        uint32_t *dq = d + (o >> 2) * 2 * kk4 + 2 * (o & 3);
                        dq[0] = dt_wta_pair16(f[i0], f[i2] & m2, fast);
                        dq[1] = dt_wta_pair16(f[i1] & m1, f[i3] & m3, fast);
                    }
                    for (; o < n_oc4; o++) {
                        uint32_t *dq = d + (o >> 2) * 2 * kk4 + 2 * (o & 3);
                        dq[0] = 0;
                        dq[1] = 0;
                    }
                }
            }
        }

        for (b = 0; b < in_n; b++) {
            const int8_t *cb = cx + b * in_h * in_w * k4;
            int8_t *out = output + b * out_h * out_w * out_c + oc0;
            for (oy = 0; oy < out_h; oy++) {
                for (ox = 0; ox < out_w; ox++, out += out_c) {
                    int32_t blk;
                    /* The window, extended. */
                    if (k > 0) {
                        uint32_t *d = xe;
                        int32_t ky, kx, g;
                        for (ky = 0; ky < k_h; ky++) {
                            const int32_t iy = oy * sh - ph + ky * dh;
                            for (kx = 0; kx < k_w; kx++) {
                                const int32_t ix = ox * sw - pw + kx * dw;
                                if (iy >= 0 && iy < in_h && ix >= 0 && ix < in_w) {
                                    const int8_t *s = cb + (iy * in_w + ix) * k4;
                                    for (g = 0; g < k4; g += 4, d += 2) {
                                        const uint32_t v = dt_dsp_read4(s + g);
                                        d[0] = __sxtab16(off2, v);
                                        d[1] = dt_dsp_sxtab16_ror8(off2, v);
                                    }
                                } else {
                                    for (g = 0; g < k4; g += 4, d += 2) {
                                        d[0] = 0;
                                        d[1] = 0;
                                    }
                                }
                            }
                        }
                    }
                    blk = 0;
                    if (fast && n4 > 0 && n_full > 0) {
                        rc.out_end = out + 4 * n_full;
                        dt_wta_rows(we, rq, n4, out, &rc);
                        blk = 4 * n_full;
                    }
                    for (; blk < n_oc; blk += 4) {
                        const dt_wta_rq4 *q = rq + (blk >> 2);
                        int32_t a[4], i;
                        a[0] = q->b2[0];
                        a[1] = q->b2[1];
                        a[2] = q->b2[2];
                        a[3] = q->b2[3];
                        if (n4 > 0) {
                            dt_wta_mac4(xe, we + (blk >> 2) * 2 * kk4, n4, a);
                        }
                        for (i = 0; i < 4 && blk + i < n_oc; i++) {
                            const int32_t oc = oc0 + blk + i;
                            out[blk + i] =
                                fast ? (int8_t)dt_clamp(dt_wta_rq4_one(a[i], q, i), act_min, act_max)
                                     : dt_dsp_requantize(a[i], quant->multiplier[oc],
                                                         quant->shift[oc], output_offset, act_min,
                                                         act_max);
                        }
                    }
                }
            }
        }
    }
    return DT_OK;
}
