/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_maxpool_s8.c (MVE) - int8 MAX_POOL_2D for Cortex-M55 (Helium), bit-exact with the portable
 * kernel: the maximum of the in-bounds window elements (VMAX on 16 channels at a time), clamped
 * to the activation range. A last group of fewer than 16 channels overlaps the previous one
 * (channels >= 16) or is predicated.
 */
#include "dt_nn.h"
#include "dt_nn_support.h"
#include "dt_nn_mve.h"

dt_status dt_maxpool_s8(const dt_context *ctx, const dt_pool_params *params,
                        const dt_dims *input_dims, const int8_t *input,
                        const dt_dims *filter_dims,
                        const dt_dims *output_dims, int8_t *output)
{
    const int32_t ch = input_dims->c, row = input_dims->w * ch;
    const int8x16_t lo = vdupq_n_s8((int8_t)params->activation.min);
    const int8x16_t hi = vdupq_n_s8((int8_t)params->activation.max);
    int32_t b, oy, ox, c, r, k, rows, cols;
    (void)ctx;

    if (output_dims->c != ch || output_dims->n != input_dims->n || params->stride.h < 1 ||
        params->stride.w < 1 || params->activation.min < -128 || params->activation.max > 127 ||
        params->activation.min > params->activation.max) {
        return DT_ERR_ARG;
    }
    for (b = 0; b < input_dims->n; b++) {
        const int8_t *in_batch = input + b * input_dims->h * row;
        for (oy = 0; oy < output_dims->h; oy++) {
            for (ox = 0; ox < output_dims->w; ox++, output += ch) {
                const int8_t *win = dt_pool_window(params, input_dims, filter_dims, in_batch, oy, ox,
                                                   &rows, &cols);
                for (c = 0; c < ch; c += 16) {
                    const int32_t cc = ch >= 16 && c + 16 > ch ? ch - 16 : c;
                    const mve_pred16_t p = vctp8q((uint32_t)(ch - cc));
                    int8x16_t m = vdupq_n_s8(-128);
                    for (r = 0; r < rows; r++) {
                        const int8_t *x = win + r * row + cc;
                        for (k = cols; k > 0; k--, x += ch) {
                            m = vmaxq_s8(m, ch >= 16 ? vldrbq_s8(x) : vldrbq_z_s8(x, p));
                        }
                    }
                    m = vminq_s8(vmaxq_s8(m, lo), hi);
                    if (ch >= 16) {
                        vstrbq_s8(output + cc, m);
                    } else {
                        vstrbq_p_s8(output + cc, m, p);
                    }
                }
            }
        }
    }
    return DT_OK;
}
