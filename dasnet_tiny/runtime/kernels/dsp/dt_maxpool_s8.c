/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_maxpool_s8.c (DSP variant) - int8 MAX_POOL_2D over the in-bounds window elements, clamped to
 * the activation range (TensorFlow Lite Micro's reference). Four channels at a time: one word load
 * per tap and a SIMD byte maximum (SSUB8 sets the per-byte GE flags, SEL picks); the clamp is two
 * more SSUB8/SEL pairs. Channel tails take the scalar loop. Bit-exact with the portable kernel.
 */
#include "dt_nn.h"
#include "dt_nn_dsp.h"
#include "dt_nn_support.h"

/* Per-byte signed maximum / minimum of a and b. */
DT_INLINE uint32_t dt_max4(uint32_t a, uint32_t b)
{
    (void)__ssub8(a, b);
    return __sel(a, b);
}

DT_INLINE uint32_t dt_min4(uint32_t a, uint32_t b)
{
    (void)__ssub8(a, b);
    return __sel(b, a);
}

dt_status dt_maxpool_s8(const dt_context *ctx, const dt_pool_params *params,
                        const dt_dims *input_dims, const int8_t *input,
                        const dt_dims *filter_dims,
                        const dt_dims *output_dims, int8_t *output)
{
    const int32_t ch = input_dims->c, row = input_dims->w * ch;
    const int32_t lo = params->activation.min, hi = params->activation.max;
    const uint32_t lo4 = ((uint32_t)lo & 0xFFu) * 0x01010101u;
    const uint32_t hi4 = ((uint32_t)hi & 0xFFu) * 0x01010101u;
    const int32_t ch4 = ch & ~3;
    int32_t b, oy, ox, c, r, k;
    (void)ctx;

    if (output_dims->c != ch || output_dims->n != input_dims->n || params->stride.h < 1 ||
        params->stride.w < 1 || lo < -128 || hi > 127 || lo > hi) {
        return DT_ERR_ARG;
    }

    for (b = 0; b < input_dims->n; b++) {
        const int8_t *in_batch = input + b * input_dims->h * row;
        for (oy = 0; oy < output_dims->h; oy++) {
            for (ox = 0; ox < output_dims->w; ox++, output += ch) {
                int32_t rows, cols;
                const int8_t *win = dt_pool_window(params, input_dims, filter_dims, in_batch, oy, ox,
                                                   &rows, &cols);
                for (c = 0; c < ch4; c += 4) {
                    uint32_t m = 0x80808080u; /* -128 in every byte */
                    for (r = 0; r < rows; r++) {
                        const int8_t *p = win + r * row + c;
                        for (k = cols; k > 0; k--, p += ch) {
                            m = dt_max4(m, dt_dsp_read4(p));
                        }
                    }
                    dt_dsp_write4(output + c, dt_min4(dt_max4(m, lo4), hi4));
                }
                for (; c < ch; c++) {
                    int32_t m = -128;
                    for (r = 0; r < rows; r++) {
                        const int8_t *p = win + r * row + c;
                        for (k = cols; k > 0; k--, p += ch) {
                            m = *p > m ? *p : m;
                        }
                    }
                    output[c] = (int8_t)dt_clamp(m, lo, hi);
                }
            }
        }
    }
    return DT_OK;
}
