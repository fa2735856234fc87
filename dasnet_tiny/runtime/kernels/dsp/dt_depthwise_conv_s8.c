/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_depthwise_conv_s8.c (DSP variant) - int8 DEPTHWISE_CONV_2D with the Arm DSP extension
 * (the loops are in dt_dsp_depthwise_core.c): depth multiplier 1 in blocks of four channels with
 * the weights sign-extended once, other multipliers and large kernels the plain loops.
 * Bit-exact with the portable kernel.
 */
#include "dt_nn.h"
#include "dt_nn_dsp.h"
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
    const int32_t in_c = input_dims->c;
    const int32_t out_c = output_dims->c;
    const int32_t mult = params->ch_mult;
    (void)ctx;

    if (mult < 1 || out_c != in_c * mult || filter_dims->c != out_c ||
        input_dims->n != output_dims->n || params->stride.h < 1 || params->stride.w < 1 ||
        params->dilation.h < 1 || params->dilation.w < 1) {
        return DT_ERR_ARG;
    }
    if (mult != 1 || filter_dims->h * filter_dims->w > DT_DSP_DW_TAPS_MAX) {
        dt_dsp_dw_plain(params, quant, input_dims, input, filter_dims, filter, bias, output_dims,
                        output, NULL, in_c);
    } else {
        dt_dsp_dw_blocks(params, quant, input_dims, input, filter_dims, filter, bias, output_dims,
                         output, NULL, in_c, NULL);
    }
    return DT_OK;
}
