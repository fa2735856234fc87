/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_depthwise_conv_s8.c - int8 DEPTHWISE_CONV_2D with any depth multiplier and dilation,
 * TensorFlow Lite Micro's reference DepthwiseConvPerChannel arithmetic (dense;
 * dt_depthwise_conv_wta_s8 reads WTA winners).
 */
#include "dt_nn.h"
#include "dt_nn_support.h"

int32_t dt_depthwise_conv_s8_get_buffer_size(const dt_dims *input_dims, const dt_dims *filter_dims)
{
    (void)input_dims;
    (void)filter_dims;
    return 0;
}

dt_status dt_depthwise_conv_s8(const dt_context *ctx, const dt_dw_conv_params *params,
                               const dt_per_channel_quant_params *quant,
                               const dt_dims *input_dims, const int8_t *input,
                               const dt_dims *filter_dims, const int8_t *filter,
                               const int32_t *bias,
                               const dt_dims *output_dims, int8_t *output)
{
    const int32_t in_h = input_dims->h, in_w = input_dims->w, in_c = input_dims->c;
    const int32_t k_h = filter_dims->h, k_w = filter_dims->w;
    const int32_t out_h = output_dims->h, out_w = output_dims->w, out_c = output_dims->c;
    const int32_t mult = params->ch_mult;
    const int32_t input_offset = params->input_offset;
    const int32_t output_offset = params->output_offset;
    const int32_t act_min = params->activation.min, act_max = params->activation.max;
    int32_t b, oy, ox, ic, m, ky, kx;
    (void)ctx;

    if (mult < 1 || out_c != in_c * mult || filter_dims->c != out_c ||
        input_dims->n != output_dims->n || params->stride.h < 1 || params->stride.w < 1 ||
        params->dilation.h < 1 || params->dilation.w < 1) {
        return DT_ERR_ARG;
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
                    int32_t kx_lo, kx_hi;
                    /* Input (channel 0) and filter (output channel 0) of the first valid tap. */
                    const int8_t *x0;
                    const int8_t *f0;
                    int32_t n_kx;
                    dt_tap_range(ix0, dil_w, k_w, in_w, &kx_lo, &kx_hi);
                    n_kx = kx_hi - kx_lo;
                    if (ky_hi == ky_lo || n_kx == 0) {
                        ky_hi = ky_lo; /* no valid tap: nothing is read */
                        x0 = in_batch;
                        f0 = filter;
                    } else {
                        x0 = in_batch +
                             ((iy0 + ky_lo * dil_h) * in_w + ix0 + kx_lo * dil_w) * in_c;
                        f0 = filter + (ky_lo * k_w + kx_lo) * out_c;
                    }
                    if (mult == 1) {
                        int32_t c = 0;
                        for (; c + 4 <= in_c; c += 4) {
                            int32_t a0 = 0, a1 = 0, a2 = 0, a3 = 0;
                            const int8_t *x_row = x0 + c;
                            const int8_t *f_row = f0 + c;
                            for (ky = ky_lo; ky < ky_hi; ky++) {
                                const int8_t *x = x_row;
                                const int8_t *f = f_row;
                                for (kx = n_kx;;) {
                                    a0 += ((int32_t)x[0] + input_offset) * (int32_t)f[0];
                                    a1 += ((int32_t)x[1] + input_offset) * (int32_t)f[1];
                                    a2 += ((int32_t)x[2] + input_offset) * (int32_t)f[2];
                                    a3 += ((int32_t)x[3] + input_offset) * (int32_t)f[3];
                                    if (--kx == 0) {
                                        break;
                                    }
                                    x += x_step;
                                    f += out_c;
                                }
                                if (ky + 1 < ky_hi) {
                                    x_row += dil_h * in_w * in_c;
                                    f_row += row_step;
                                }
                            }
                            if (bias != NULL) {
                                a0 = dt_add_wrap(a0, bias[c]);
                                a1 = dt_add_wrap(a1, bias[c + 1]);
                                a2 = dt_add_wrap(a2, bias[c + 2]);
                                a3 = dt_add_wrap(a3, bias[c + 3]);
                            }
                            output[c] = dt_requantize(a0, quant->multiplier[c], quant->shift[c],
                                                      output_offset, act_min, act_max);
                            output[c + 1] = dt_requantize(a1, quant->multiplier[c + 1],
                                                          quant->shift[c + 1], output_offset,
                                                          act_min, act_max);
                            output[c + 2] = dt_requantize(a2, quant->multiplier[c + 2],
                                                          quant->shift[c + 2], output_offset,
                                                          act_min, act_max);
                            output[c + 3] = dt_requantize(a3, quant->multiplier[c + 3],
                                                          quant->shift[c + 3], output_offset,
                                                          act_min, act_max);
                        }
                        for (; c < in_c; c++) {
                            int32_t acc = 0;
                            const int8_t *x_row = x0 + c;
                            const int8_t *f_row = f0 + c;
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
                                acc = dt_add_wrap(acc, bias[c]);
                            }
                            output[c] = dt_requantize(acc, quant->multiplier[c], quant->shift[c],
                                                      output_offset, act_min, act_max);
                        }
                    } else {
                        for (ic = 0; ic < in_c; ic++) {
                            for (m = 0; m < mult; m++) {
                                const int32_t oc = ic * mult + m;
                                int32_t acc = 0;
                                const int8_t *x_row = x0 + ic;
                                const int8_t *f_row = f0 + oc;
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
                                    acc = dt_add_wrap(acc, bias[oc]);
                                }
                                output[oc] = dt_requantize(acc, quant->multiplier[oc],
                                                           quant->shift[oc], output_offset,
                                                           act_min, act_max);
                            }
                        }
                    }
                    output += out_c;
                }
            }
        }
    }
    return DT_OK;
}
