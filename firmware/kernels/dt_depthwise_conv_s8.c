/*
 * dt_depthwise_conv_s8.c - int8 DEPTHWISE_CONV_2D with any depth multiplier and dilation,
 * TensorFlow Lite Micro's reference DepthwiseConvPerChannel arithmetic; optional WTA input
 * channel list (the output channels of a loser input channel are the requantized bias).
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
                               const dt_dims *output_dims, int8_t *output,
                               const dt_channel_list *in_channels)
{
    const int32_t in_h = input_dims->h, in_w = input_dims->w, in_c = input_dims->c;
    const int32_t k_h = filter_dims->h, k_w = filter_dims->w;
    const int32_t out_h = output_dims->h, out_w = output_dims->w, out_c = output_dims->c;
    const int32_t mult = params->ch_mult;
    const int32_t input_offset = params->input_offset;
    const int32_t output_offset = params->output_offset;
    const int32_t act_min = params->activation.min, act_max = params->activation.max;
    const uint16_t *idx = in_channels != NULL ? in_channels->index : NULL;
    const int32_t n_idx = in_channels != NULL ? in_channels->count : in_c;
    int32_t b, oy, ox, ic, m, ky, kx;
    (void)ctx;

    if (mult < 1 || out_c != in_c * mult || filter_dims->c != out_c ||
        input_dims->n != output_dims->n || params->stride.h < 1 || params->stride.w < 1 ||
        params->dilation.h < 1 || params->dilation.w < 1) {
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
                int32_t next = 0; /* position in the winner list */
                for (ic = 0; ic < in_c; ic++) {
                    int32_t winner = 1;
                    if (idx != NULL) {
                        winner = next < n_idx && (int32_t)idx[next] == ic;
                        next += winner;
                    }
                    for (m = 0; m < mult; m++) {
                        const int32_t oc = ic * mult + m;
                        int32_t acc = 0;
                        if (winner) {
                            for (ky = 0; ky < k_h; ky++) {
                                const int32_t iy = iy0 + ky * params->dilation.h;
                                if (iy < 0 || iy >= in_h) {
                                    continue;
                                }
                                for (kx = 0; kx < k_w; kx++) {
                                    const int32_t ix = ix0 + kx * params->dilation.w;
                                    if (ix < 0 || ix >= in_w) {
                                        continue;
                                    }
                                    acc += ((int32_t)in_batch[(iy * in_w + ix) * in_c + ic] +
                                            input_offset) *
                                           (int32_t)filter[(ky * k_w + kx) * out_c + oc];
                                }
                            }
                        }
                        if (bias != NULL) {
                            acc += bias[oc];
                        }
                        output[oc] = dt_requantize(acc, quant->multiplier[oc], quant->shift[oc],
                                                   output_offset, act_min, act_max);
                    }
                }
                output += out_c;
            }
        }
    }
    return DT_OK;
}
