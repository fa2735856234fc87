/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_avgpool_s8.c (MVE) - int8 AVERAGE_POOL_2D for Cortex-M55 (Helium), bit-exact with the
 * portable kernel: the in-bounds window elements of eight channels at a time summed in 16-bit
 * lanes (VLDRB.S16 + VADD, at most 255 elements per pass, then widened into int32), then per
 * channel TFLite's average, rounded half away from zero, clamped to the activation range.
 */
#include "dt_nn.h"
#include "dt_nn_support.h"
#include "dt_nn_mve.h"

int32_t dt_avgpool_s8_get_buffer_size(const dt_dims *output_dims)
{
    (void)output_dims;
    return 0;
}

dt_status dt_avgpool_s8(const dt_context *ctx, const dt_pool_params *params,
                        const dt_dims *input_dims, const int8_t *input,
                        const dt_dims *filter_dims,
                        const dt_dims *output_dims, int8_t *output)
{
    const int32_t ch = input_dims->c, row = input_dims->w * ch;
    int32_t b, oy, ox, c, i, rows, cols;
    (void)ctx;

    if (output_dims->c != ch || output_dims->n != input_dims->n || params->stride.h < 1 ||
        params->stride.w < 1) {
        return DT_ERR_ARG;
    }
    for (b = 0; b < input_dims->n; b++) {
        const int8_t *in_batch = input + b * input_dims->h * row;
        for (oy = 0; oy < output_dims->h; oy++) {
            for (ox = 0; ox < output_dims->w; ox++, output += ch) {
                const int8_t *win = dt_pool_window(params, input_dims, filter_dims, in_batch, oy, ox,
                                                   &rows, &cols);
                const int32_t count = rows * cols;
                if (count == 0) {
                    return DT_ERR_ARG; /* a window entirely in the padding */
                }
                for (c = 0; c < ch; c += 8) {
                    const int32_t nc = ch - c < 8 ? ch - c : 8;
                    const mve_pred16_t p = vctp16q((uint32_t)nc);
                    int32x4_t s0 = vdupq_n_s32(0), s1 = vdupq_n_s32(0);
                    int32_t sums[8];
                    int16x8_t a = vdupq_n_s16(0);
                    int32_t n = 0, r, k;
                    for (r = 0; r < rows; r++) {
                        const int8_t *x = win + r * row + c;
                        for (k = cols; k > 0; k--, x += ch) {
                            a = vaddq_s16(a, nc == 8 ? vldrbq_s16(x) : vldrbq_z_s16(x, p));
                            if (++n == 255) { /* |sum| <= 255 * 128 fits int16 */
                                s0 = vaddq_s32(s0, vmovlbq_s16(a));
                                s1 = vaddq_s32(s1, vmovltq_s16(a));
                                a = vdupq_n_s16(0);
                                n = 0;
                            }
                        }
                    }
                    s0 = vaddq_s32(s0, vmovlbq_s16(a)); /* channels c, c+2, c+4, c+6 */
                    s1 = vaddq_s32(s1, vmovltq_s16(a)); /* channels c+1, c+3, c+5, c+7 */
                    vstrwq_s32(sums, s0);
                    vstrwq_s32(sums + 4, s1);
                    for (i = 0; i < nc; i++) {
                        int32_t acc = sums[(i >> 1) + ((i & 1) << 2)];
                        acc = acc > 0 ? (acc + count / 2) / count : (acc - count / 2) / count;
                        output[c + i] =
                            (int8_t)dt_clamp(acc, params->activation.min, params->activation.max);
                    }
                }
            }
        }
    }
    return DT_OK;
}
