/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_avgpool_s8.c (DSP variant) - int8 AVERAGE_POOL_2D, TensorFlow Lite Micro's reference
 * arithmetic: the average of the in-bounds window elements, rounded half away from zero. Four
 * channels at a time while a window holds at most 256 elements: one word load per tap and two
 * SXTAB16 accumulate the four sums in 16-bit lanes (|sum| <= 256 * 128 fits); then one rounded
 * division per channel. Larger windows and channel tails take the scalar loop. Bit-exact with
 * the portable kernel.
 */
#include "dt_nn.h"
#include "dt_nn_dsp.h"
#include "dt_nn_support.h"

int32_t dt_avgpool_s8_get_buffer_size(const dt_dims *output_dims)
{
    (void)output_dims;
    return 0;
}

/* The rounded average of `sum` over `count` elements, clamped (TFLite's rounding). */
DT_INLINE int8_t dt_avg_out(int32_t sum, int32_t count, int32_t lo, int32_t hi)
{
    const int32_t v = sum > 0 ? (sum + count / 2) / count : (sum - count / 2) / count;
    return (int8_t)dt_clamp(v, lo, hi);
}

dt_status dt_avgpool_s8(const dt_context *ctx, const dt_pool_params *params,
                        const dt_dims *input_dims, const int8_t *input,
                        const dt_dims *filter_dims,
                        const dt_dims *output_dims, int8_t *output)
{
    const int32_t in_h = input_dims->h, in_w = input_dims->w, ch = input_dims->c;
    const int32_t out_h = output_dims->h, out_w = output_dims->w;
    const int32_t k_h = filter_dims->h, k_w = filter_dims->w;
    const int32_t lo = params->activation.min, hi = params->activation.max;
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
                int32_t fx_start, fx_end, rows, cols, count;
                int8_t *out = output + ((b * out_h + oy) * out_w + ox) * ch;
                const int8_t *win;
                dt_tap_range(ix0, 1, k_w, in_w, &fx_start, &fx_end);
                rows = fy_end - fy_start;
                cols = fx_end - fx_start;
                if (rows <= 0 || cols <= 0) {
                    return DT_ERR_ARG; /* a window entirely in the padding */
                }
                count = rows * cols;
                win = in_batch + ((iy0 + fy_start) * in_w + ix0 + fx_start) * ch;
                c = 0;
                if (count <= 256) {
                    for (; c + 4 <= ch; c += 4) {
                        uint32_t ev = 0, od = 0; /* channels c, c+2 and c+1, c+3 */
                        for (fy = 0; fy < rows; fy++) {
                            const int8_t *p = win + fy * in_w * ch + c;
                            for (fx = cols; fx > 0; fx--, p += ch) {
                                const uint32_t w = dt_dsp_read4(p);
                                ev = __sxtab16(ev, w);
                                od = dt_dsp_sxtab16_ror8(od, w);
                            }
                        }
                        out[c] = dt_avg_out((int16_t)(ev & 0xFFFFu), count, lo, hi);
                        out[c + 1] = dt_avg_out((int16_t)(od & 0xFFFFu), count, lo, hi);
                        out[c + 2] = dt_avg_out((int16_t)(ev >> 16), count, lo, hi);
                        out[c + 3] = dt_avg_out((int16_t)(od >> 16), count, lo, hi);
                    }
                }
                for (; c < ch; c++) {
                    int32_t sum = 0;
                    for (fy = 0; fy < rows; fy++) {
                        const int8_t *p = win + fy * in_w * ch + c;
                        for (fx = cols; fx > 0; fx--, p += ch) {
                            sum += *p;
                        }
                    }
                    out[c] = dt_avg_out(sum, count, lo, hi);
                }
            }
        }
    }
    return DT_OK;
}
