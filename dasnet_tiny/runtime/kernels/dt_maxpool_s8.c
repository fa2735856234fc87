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
                int8_t *out = output + ((b * out_h + oy) * out_w + ox) * ch;
                for (c = 0; c < ch; c++) {
                    int32_t max = -128;
                    for (fy = fy_start; fy < fy_end; fy++) {
                        const int8_t *row = in_batch + ((iy0 + fy) * in_w + ix0 + fx_start) * ch + c;
                        for (fx = 0; fx < fx_end - fx_start; fx++) {
                            const int32_t v = row[fx * ch];
                            max = v > max ? v : max;
                        }
                    }
                    out[c] = (int8_t)dt_clamp(max, params->activation.min, params->activation.max);
                }
            }
        }
    }
    return DT_OK;
}
