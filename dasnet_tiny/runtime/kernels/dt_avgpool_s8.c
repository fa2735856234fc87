/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_avgpool_s8.c - int8 AVERAGE_POOL_2D, TensorFlow Lite Micro's reference arithmetic: the
 * average of the in-bounds window elements, rounded half away from zero.
 */
#include "dt_nn.h"
#include "dt_nn_support.h"

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
                const int32_t count = rows * cols;
                if (count == 0) {
                    return DT_ERR_ARG; /* a window entirely in the padding */
                }
                for (c = 0; c < ch; c++) {
                    int32_t acc = 0;
                    for (r = 0; r < rows; r++) {
                        const int8_t *p = win + r * row + c;
                        for (k = 0; k < cols; k++, p += ch) {
                            acc += *p;
                        }
                    }
                    acc = acc > 0 ? (acc + count / 2) / count : (acc - count / 2) / count;
                    output[c] = (int8_t)dt_clamp(acc, params->activation.min, params->activation.max);
                }
            }
        }
    }
    return DT_OK;
}
