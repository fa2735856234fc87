/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_depthwise_conv_wta_s8.c - int8 DEPTHWISE_CONV_2D reading only the WTA winners of its input.
 * A loser input channel contributes zero, so its output channels are the requantized bias: those
 * constants are computed once per call into scratch and copied per pixel; only the winners' output
 * channels run a MAC loop. TensorFlow Lite Micro's arithmetic, bit for bit.
 */
#include <string.h>

#include "dt_nn.h"
#include "dt_nn_support.h"

int32_t dt_depthwise_conv_wta_s8_get_buffer_size(const dt_dims *input_dims,
                                                 const dt_dims *filter_dims, int32_t count)
{
    (void)input_dims;
    (void)count;
    return (filter_dims->c + 3) & ~3; /* one loser value per output channel */
}

dt_status dt_depthwise_conv_wta_s8(const dt_context *ctx, const dt_dw_conv_params *params,
                                   const dt_per_channel_quant_params *quant,
                                   const dt_dims *input_dims, const int8_t *input,
                                   const dt_dims *filter_dims, const int8_t *filter,
                                   const int32_t *bias,
                                   const dt_dims *output_dims, int8_t *output,
                                   const dt_channel_list *winners)
{
    const int32_t in_h = input_dims->h, in_w = input_dims->w, in_c = input_dims->c;
    const int32_t k_h = filter_dims->h, k_w = filter_dims->w;
    const int32_t out_h = output_dims->h, out_w = output_dims->w, out_c = output_dims->c;
    const int32_t mult = params->ch_mult;
    const int32_t input_offset = params->input_offset;
    const int32_t output_offset = params->output_offset;
    const int32_t act_min = params->activation.min, act_max = params->activation.max;
    int32_t b, oy, ox, i, m, ky, kx, oc;
    int8_t *losers;

    if (mult < 1 || out_c != in_c * mult || filter_dims->c != out_c ||
        input_dims->n != output_dims->n || params->stride.h < 1 || params->stride.w < 1 ||
        params->dilation.h < 1 || params->dilation.w < 1 || winners == NULL ||
        !dt_channel_list_ok(winners, in_c) || ctx == NULL || ctx->buf == NULL ||
        ctx->size < dt_depthwise_conv_wta_s8_get_buffer_size(input_dims, filter_dims,
                                                             winners->count)) {
        return DT_ERR_ARG;
    }
    losers = (int8_t *)ctx->buf;
    for (oc = 0; oc < out_c; oc++) {
        losers[oc] = dt_requantize(bias != NULL ? bias[oc] : 0, quant->multiplier[oc],
                                   quant->shift[oc], output_offset, act_min, act_max);
    }

    {
        const int32_t dil_h = params->dilation.h, dil_w = params->dilation.w;
        const int32_t x_step = dil_w * in_c;  /* input bytes between horizontal taps */
        const int32_t row_step = k_w * out_c; /* filter bytes per kernel row */
        for (b = 0; b < input_dims->n; b++) {
            const int8_t *in_batch = input + (int32_t)b * in_h * in_w * in_c;
            for (oy = 0; oy < out_h; oy++) {
                const int32_t iy0 = oy * params->stride.h - params->padding.h;
                int32_t ky_lo, ky_hi;
                dt_tap_range(iy0, dil_h, k_h, in_h, &ky_lo, &ky_hi);
                for (ox = 0; ox < out_w; ox++) {
                    const int32_t ix0 = ox * params->stride.w - params->padding.w;
                    int32_t kx_lo, kx_hi, n_kx;
                    const int8_t *x0 = in_batch;
                    const int8_t *f0 = filter;
                    dt_tap_range(ix0, dil_w, k_w, in_w, &kx_lo, &kx_hi);
                    n_kx = kx_hi - kx_lo;
                    if (ky_hi == ky_lo || n_kx == 0) {
                        ky_hi = ky_lo; /* no valid tap: nothing is read */
                    } else {
                        x0 = in_batch + ((iy0 + ky_lo * dil_h) * in_w + ix0 + kx_lo * dil_w) * in_c;
                        f0 = filter + (ky_lo * k_w + kx_lo) * out_c;
                    }
                    memcpy(output, losers, (size_t)out_c);
                    for (i = 0; i < winners->count; i++) {
                        const int32_t ic = winners->index[i];
                        for (m = 0; m < mult; m++) {
                            const int32_t o = ic * mult + m;
                            const int8_t *x_row = x0 + ic;
                            const int8_t *f_row = f0 + o;
                            int32_t acc = 0;
                            for (ky = ky_lo; ky < ky_hi; ky++) {
                                for (kx = 0; kx < n_kx; kx++) {
                                    acc += ((int32_t)x_row[kx * x_step] + input_offset) *
                                           (int32_t)f_row[kx * out_c];
                                }
                                if (ky + 1 < ky_hi) {
                                    x_row += dil_h * in_w * in_c;
                                    f_row += row_step;
                                }
                            }
                            if (bias != NULL) {
                                acc = dt_add_wrap(acc, bias[o]);
                            }
                            output[o] = dt_requantize(acc, quant->multiplier[o], quant->shift[o],
                                                      output_offset, act_min, act_max);
                        }
                    }
                    output += out_c;
                }
            }
        }
    }
    return DT_OK;
}
