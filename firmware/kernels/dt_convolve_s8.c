/*
 * dt_convolve_s8.c - int8 CONV_2D (NHWC input, OHWI filter, per-channel requantization),
 * TensorFlow Lite Micro's reference ConvPerChannel arithmetic; optional WTA input channel list.
 */
#include "dt_nn.h"
#include "dt_nn_support.h"

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
                         const dt_dims *output_dims, int8_t *output,
                         const dt_channel_list *in_channels)
{
    const int32_t in_h = input_dims->h, in_w = input_dims->w, in_c = input_dims->c;
    const int32_t k_h = filter_dims->h, k_w = filter_dims->w;
    const int32_t out_h = output_dims->h, out_w = output_dims->w, out_c = output_dims->c;
    const int32_t input_offset = params->input_offset;
    const int32_t output_offset = params->output_offset;
    const int32_t act_min = params->activation.min, act_max = params->activation.max;
    const uint16_t *idx = in_channels != NULL ? in_channels->index : NULL;
    const int32_t n_idx = in_channels != NULL ? in_channels->count : in_c;
    int32_t b, oy, ox, oc, ky, kx, i;
    (void)ctx;

    if (filter_dims->c != in_c || filter_dims->n != out_c || input_dims->n != output_dims->n ||
        params->stride.h < 1 || params->stride.w < 1 || params->dilation.h < 1 ||
        params->dilation.w < 1) {
        return DT_ERR_ARG;
    }
    if (in_channels != NULL && (in_channels->num_channels != in_c || n_idx < 0 || n_idx > in_c ||
                                (n_idx > 0 && idx == NULL))) {
        return DT_ERR_ARG;
    }

    for (b = 0; b < input_dims->n; b++) {
        const int8_t *in_batch = input + (int32_t)b * in_h * in_w * in_c;
        for (oy = 0; oy < out_h; oy++) {
            const int32_t iy0 = oy * params->stride.h - params->padding.h;
            for (ox = 0; ox < out_w; ox++) {
                const int32_t ix0 = ox * params->stride.w - params->padding.w;
                for (oc = 0; oc < out_c; oc++) {
                    const int8_t *f_oc = filter + (int32_t)oc * k_h * k_w * in_c;
                    int32_t acc = 0;
                    for (ky = 0; ky < k_h; ky++) {
                        const int32_t iy = iy0 + ky * params->dilation.h;
                        if (iy < 0 || iy >= in_h) {
                            continue;
                        }
                        for (kx = 0; kx < k_w; kx++) {
                            const int32_t ix = ix0 + kx * params->dilation.w;
                            const int8_t *x;
                            const int8_t *f;
                            if (ix < 0 || ix >= in_w) {
                                continue;
                            }
                            x = in_batch + (iy * in_w + ix) * in_c;
                            f = f_oc + (ky * k_w + kx) * in_c;
                            if (idx == NULL) {
                                for (i = 0; i < in_c; i++) {
                                    acc += ((int32_t)x[i] + input_offset) * (int32_t)f[i];
                                }
                            } else {
                                for (i = 0; i < n_idx; i++) {
                                    const int32_t c = idx[i];
                                    acc += ((int32_t)x[c] + input_offset) * (int32_t)f[c];
                                }
                            }
                        }
                    }
                    if (bias != NULL) {
                        acc += bias[oc];
                    }
                    *output++ = dt_requantize(acc, quant->multiplier[oc], quant->shift[oc],
                                              output_offset, act_min, act_max);
                }
            }
        }
    }
    return DT_OK;
}
