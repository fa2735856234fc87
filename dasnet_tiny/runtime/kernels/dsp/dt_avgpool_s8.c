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
    const int32_t ch = input_dims->c, row = input_dims->w * ch;
    const int32_t lo = params->activation.min, hi = params->activation.max;
    int32_t b, oy, ox, c, r, k;
    (void)ctx;

    if (output_dims->c != ch || output_dims->n != input_dims->n || params->stride.h < 1 ||
        params->stride.w < 1) {
        return DT_ERR_ARG;
    }

    for (b = 0; b < input_dims->n; b++) {
        const int8_t *in_batch = input + b * input_dims->h * row;
        for (oy = 0; oy < output_dims->h; oy++) {
            for (ox = 0; ox < output_dims->w; ox++, output += ch) {
                int32_t rows, cols, count;
                const int8_t *win = dt_pool_window(params, input_dims, filter_dims, in_batch, oy, ox,
                                                   &rows, &cols);
                count = rows * cols;
                if (count == 0) {
                    return DT_ERR_ARG; /* a window entirely in the padding */
                }
                c = 0;
                if (count <= 256) {
                    for (; c + 4 <= ch; c += 4) {
                        uint32_t ev = 0, od = 0; /* channels c, c+2 and c+1, c+3 */
                        for (r = 0; r < rows; r++) {
                            const int8_t *p = win + r * row + c;
                            for (k = cols; k > 0; k--, p += ch) {
                                const uint32_t w = dt_dsp_read4(p);
                                ev = __sxtab16(ev, w);
                                od = dt_dsp_sxtab16_ror8(od, w);
                            }
                        }
                        output[c] = dt_avg_out((int16_t)(ev & 0xFFFFu), count, lo, hi);
                        output[c + 1] = dt_avg_out((int16_t)(od & 0xFFFFu), count, lo, hi);
                        output[c + 2] = dt_avg_out((int16_t)(ev >> 16), count, lo, hi);
                        output[c + 3] = dt_avg_out((int16_t)(od >> 16), count, lo, hi);
                    }
                }
                for (; c < ch; c++) {
                    int32_t sum = 0;
                    for (r = 0; r < rows; r++) {
                        const int8_t *p = win + r * row + c;
                        for (k = cols; k > 0; k--, p += ch) {
                            sum += *p;
                        }
                    }
                    output[c] = dt_avg_out(sum, count, lo, hi);
                }
            }
        }
    }
    return DT_OK;
}
