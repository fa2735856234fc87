/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_convolve_s8.c - int8 CONV_2D (NHWC input, OHWI filter, per-channel requantization),
 * TensorFlow Lite Micro's reference ConvPerChannel arithmetic (dense; dt_convolve_wta_s8 reads
 * WTA winners).
 */
#include "dt_nn.h"
#include "dt_nn_support.h"

/* Four output channels at once: filter rows oc..oc+3 are ks bytes apart. */
#define DT_CONV_MAC4(xv_expr, fp_expr)                                                             \
    do {                                                                                           \
        const int32_t xv_ = (xv_expr);                                                             \
        const int8_t *fp_ = (fp_expr);                                                             \
        a0 += xv_ * (int32_t)fp_[0];                                                               \
        fp_ += ks;                                                                                 \
        a1 += xv_ * (int32_t)fp_[0];                                                               \
        fp_ += ks;                                                                                 \
        a2 += xv_ * (int32_t)fp_[0];                                                               \
        fp_ += ks;                                                                                 \
        a3 += xv_ * (int32_t)fp_[0];                                                               \
    } while (0)

int32_t dt_convolve_s8_get_buffer_size(const dt_dims *input_dims, const dt_dims *filter_dims)
{
    (void)input_dims;
    (void)filter_dims;
    return 0;
}

dt_status dt_convolve_s8(const dt_context *ctx, const dt_conv_params *params,
                         const dt_per_channel_quant_params *quant,
                         const dt_dims *input_dims, const int8_t *input,
                         const dt_dims *filter_dims, const int8_t *filter,
                         const int32_t *bias,
                         const dt_dims *output_dims, int8_t *output)
{
    const int32_t in_h = input_dims->h, in_w = input_dims->w, in_c = input_dims->c;
    const int32_t k_h = filter_dims->h, k_w = filter_dims->w;
    const int32_t out_h = output_dims->h, out_w = output_dims->w, out_c = output_dims->c;
    const int32_t input_offset = params->input_offset;
    const int32_t output_offset = params->output_offset;
    const int32_t act_min = params->activation.min, act_max = params->activation.max;
    int32_t b, oy, ox, oc, ky, kx;
    (void)ctx;

    if (filter_dims->c != in_c || filter_dims->n != out_c || input_dims->n != output_dims->n ||
        params->stride.h < 1 || params->stride.w < 1 || params->dilation.h < 1 ||
        params->dilation.w < 1) {
        return DT_ERR_ARG;
    }
    {
        const int32_t ks = k_h * k_w * in_c; /* filter elements per output channel */
        const int32_t dil_h = params->dilation.h, dil_w = params->dilation.w;
        /* With dilation.w 1 the valid taps of a kernel row are one contiguous run. */
        const int contiguous_row = dil_w == 1;
        for (b = 0; b < input_dims->n; b++) {
            const int8_t *in_batch = input + (int32_t)b * in_h * in_w * in_c;
            for (oy = 0; oy < out_h; oy++) {
                const int32_t iy0 = oy * params->stride.h - params->padding.h;
                int32_t ky_lo, ky_hi;
                dt_tap_range(iy0, dil_h, k_h, in_h, &ky_lo, &ky_hi);
                for (ox = 0; ox < out_w; ox++) {
                    const int32_t ix0 = ox * params->stride.w - params->padding.w;
                    int32_t kx_lo, kx_hi;
                    dt_tap_range(ix0, dil_w, k_w, in_w, &kx_lo, &kx_hi);
                    for (oc = 0; oc + 4 <= out_c; oc += 4) {
                        const int8_t *f_oc = filter + oc * ks;
                        int32_t a0 = 0, a1 = 0, a2 = 0, a3 = 0;
                        for (ky = ky_lo; ky < ky_hi; ky++) {
                            const int8_t *x_row = in_batch + (iy0 + ky * dil_h) * in_w * in_c;
                            const int8_t *f_row = f_oc + ky * k_w * in_c;
                            if (contiguous_row) {
                                const int8_t *x = x_row + (ix0 + kx_lo) * in_c;
                                const int8_t *f = f_row + kx_lo * in_c;
                                const int8_t *const x_end = x + (kx_hi - kx_lo) * in_c;
                                while (x < x_end) {
                                    DT_CONV_MAC4((int32_t)*x++ + input_offset, f++);
                                }
                                continue;
                            }
                            for (kx = kx_lo; kx < kx_hi; kx++) {
                                const int8_t *x = x_row + (ix0 + kx * dil_w) * in_c;
                                const int8_t *f = f_row + kx * in_c;
                                const int8_t *const x_end = x + in_c;
                                while (x < x_end) {
                                    DT_CONV_MAC4((int32_t)*x++ + input_offset, f++);
                                }
                            }
                        }
                        if (bias != NULL) {
                            a0 = dt_add_wrap(a0, bias[oc]);
                            a1 = dt_add_wrap(a1, bias[oc + 1]);
                            a2 = dt_add_wrap(a2, bias[oc + 2]);
                            a3 = dt_add_wrap(a3, bias[oc + 3]);
                        }
                        output[0] = dt_requantize(a0, quant->multiplier[oc], quant->shift[oc],
                                                  output_offset, act_min, act_max);
                        output[1] = dt_requantize(a1, quant->multiplier[oc + 1],
                                                  quant->shift[oc + 1], output_offset, act_min,
                                                  act_max);
                        output[2] = dt_requantize(a2, quant->multiplier[oc + 2],
                                                  quant->shift[oc + 2], output_offset, act_min,
                                                  act_max);
                        output[3] = dt_requantize(a3, quant->multiplier[oc + 3],
                                                  quant->shift[oc + 3], output_offset, act_min,
                                                  act_max);
                        output += 4;
                    }
                    for (; oc < out_c; oc++) {
                        const int8_t *f_oc = filter + oc * ks;
                        int32_t acc = 0;
                        for (ky = ky_lo; ky < ky_hi; ky++) {
                            const int8_t *x_row = in_batch + (iy0 + ky * dil_h) * in_w * in_c;
                            const int8_t *f_row = f_oc + ky * k_w * in_c;
                            for (kx = kx_lo; kx < kx_hi; kx++) {
                                const int8_t *x = x_row + (ix0 + kx * dil_w) * in_c;
                                const int8_t *f = f_row + kx * in_c;
                                acc += dt_dot1_s8(x, f, in_c, input_offset);
                            }
                        }
                        if (bias != NULL) {
                            acc = dt_add_wrap(acc, bias[oc]);
                        }
                        *output++ = dt_requantize(acc, quant->multiplier[oc], quant->shift[oc],
                                                  output_offset, act_min, act_max);
                    }
                }
            }
        }
    }
    return DT_OK;
}
