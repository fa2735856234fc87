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
    const int32_t in_h = input_dims->h, in_w = input_dims->w, ch = input_dims->c;
    const int32_t out_h = output_dims->h, out_w = output_dims->w;
    const int32_t k_h = filter_dims->h, k_w = filter_dims->w;
    int32_t b, oy, ox, c, fy, fx;
    (void)ctx;

    if (output_dims->c != ch || output_dims->n != input_dims->n || params->stride.h < 1 ||
        params->stride.w < 1) {
        return DT_ERR_ARG;
    }

    for (b = 0; b < input_dims->n; b++) {
        const int8_t *in_batch = input + b * in_h * in_w * ch;
        for (oy = 0; oy < out_h; oy++) {
            const int32_t iy0 = oy * params->stride.h - params->padding.h;
            int32_t fy_start, fy_end;
            dt_tap_range(iy0, 1, k_h, in_h, &fy_start, &fy_end);
            for (ox = 0; ox < out_w; ox++) {
                const int32_t ix0 = ox * params->stride.w - params->padding.w;
                int32_t fx_start, fx_end;
                dt_tap_range(ix0, 1, k_w, in_w, &fx_start, &fx_end);
                const int32_t count = (fy_end - fy_start) * (fx_end - fx_start);
                int8_t *out = output + ((b * out_h + oy) * out_w + ox) * ch;
                if (fy_end <= fy_start || fx_end <= fx_start) {
                    return DT_ERR_ARG; /* a window entirely in the padding */
                }
                for (c = 0; c < ch; c++) {
                    int32_t acc = 0;
                    for (fy = fy_start; fy < fy_end; fy++) {
                        const int8_t *row = in_batch + ((iy0 + fy) * in_w + ix0 + fx_start) * ch + c;
                        for (fx = 0; fx < fx_end - fx_start; fx++) {
                            acc += row[fx * ch];
                        }
                    }
                    acc = acc > 0 ? (acc + count / 2) / count : (acc - count / 2) / count;
                    out[c] = (int8_t)dt_clamp(acc, params->activation.min, params->activation.max);
                }
            }
        }
    }
    return DT_OK;
}
