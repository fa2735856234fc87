/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_depthwise_conv_wta_s8.c (MVE) - int8 DEPTHWISE_CONV_2D reading only the WTA winners, for Cortex-M55 (Helium);
 * the loops are in dt_mve_depthwise_core.c. Bit-exact with the portable kernel.
 */
#include "dt_nn.h"
#include "dt_nn_support.h"
#include "dt_nn_mve.h"

int32_t dt_depthwise_conv_wta_s8_get_buffer_size(const dt_dims *input_dims,
                                                 const dt_dims *filter_dims, int32_t count)
{
    (void)input_dims;
    (void)filter_dims;
    (void)count;
    return 0;
}

dt_status dt_depthwise_conv_wta_s8(const dt_context *ctx, const dt_dw_conv_params *params,
                                   const dt_per_channel_quant_params *quant,
                                   const dt_dims *input_dims, const int8_t *input,
                                   const dt_dims *filter_dims, const int8_t *filter,
                                   const int32_t *bias,
                                   const dt_dims *output_dims, int8_t *output,
                                   const dt_channel_list *winners)
{
    if (winners == NULL) {
        return DT_ERR_ARG;
    }
    return dt_mve_dw_run(ctx, params, quant, input_dims, input, filter_dims, filter, bias, output_dims, output, winners);
}
