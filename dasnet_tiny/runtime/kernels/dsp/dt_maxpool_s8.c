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
    const int32_t in_h = input_dims->h, in_w = input_dims->w, ch = input_dims->c;
    const int32_t out_h = output_dims->h, out_w = output_dims->w;
    const int32_t k_h = filter_dims->h, k_w = filter_dims->w;
    const int32_t lo = params->activation.min, hi = params->activation.max;
    const uint32_t lo4 = ((uint32_t)lo & 0xFFu) * 0x01010101u;
    const uint32_t hi4 = ((uint32_t)hi & 0xFFu) * 0x01010101u;
    const int32_t ch4 = ch & ~3;
    int32_t b, oy, ox, c, fy, fx;
    (void)ctx;

    if (output_dims->c != ch || output_dims->n != input_dims->n || params->stride.h < 1 ||
        params->stride.w < 1 || lo < -128 || hi > 127 || lo > hi) {
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
                int8_t *out = output + ((b * out_h + oy) * out_w + ox) * ch;
                const int8_t *win;
                dt_tap_range(ix0, 1, k_w, in_w, &fx_start, &fx_end);
                win = in_batch + ((iy0 + fy_start) * in_w + ix0 + fx_start) * ch;
                for (c = 0; c < ch4; c += 4) {
                    uint32_t m = 0x80808080u; /* -128 in every byte */
                    for (fy = 0; fy < fy_end - fy_start; fy++) {
                        const int8_t *p = win + fy * in_w * ch + c;
                        for (fx = fx_end - fx_start; fx > 0; fx--, p += ch) {
                            m = dt_max4(m, dt_dsp_read4(p));
                        }
                    }
                    dt_dsp_write4(out + c, dt_min4(dt_max4(m, lo4), hi4));
                }
                for (; c < ch; c++) {
                    int32_t m = -128;
                    for (fy = 0; fy < fy_end - fy_start; fy++) {
                        const int8_t *p = win + fy * in_w * ch + c;
                        for (fx = fx_end - fx_start; fx > 0; fx--, p += ch) {
                            m = *p > m ? *p : m;
                        }
                    }
                    out[c] = (int8_t)dt_clamp(m, lo, hi);
                }
            }
        }
    }
    return DT_OK;
}
