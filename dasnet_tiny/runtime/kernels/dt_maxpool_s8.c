/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_maxpool_s8.c - int8 MAX_POOL_2D over the in-bounds window elements, clamped to the
 * activation range (TensorFlow Lite Micro's reference).
 */
#include "dt_nn.h"
#include "dt_nn_support.h"

dt_status dt_maxpool_s8(const dt_context *ctx, const dt_pool_params *params,
                        const dt_dims *input_dims, const int8_t *input,
                        const dt_dims *filter_dims,
                        const dt_dims *output_dims, int8_t *output)
{
    const int32_t ch = input_dims->c, row = input_dims->w * ch;
    int32_t b, oy, ox, c, r, k, rows, cols;
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
                for (c = 0; c < ch; c++) {
                    int32_t max = -128;
                    for (r = 0; r < rows; r++) {
                        const int8_t *p = win + r * row + c;
                        for (k = 0; k < cols; k++, p += ch) {
                            max = *p > max ? *p : max;
                        }
                    }
                    output[c] = (int8_t)dt_clamp(max, params->activation.min, params->activation.max);
                }
            }
        }
    }
    return DT_OK;
}
