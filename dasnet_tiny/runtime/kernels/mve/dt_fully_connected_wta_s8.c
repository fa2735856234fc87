/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_fully_connected_wta_s8.c (MVE) - int8 FULLY_CONNECTED reading only the WTA winners, for Cortex-M55 (Helium);
 * the loops are in dt_mve_fully_connected_core.c. Bit-exact with the portable kernel.
 */
#include "dt_nn.h"
#include "dt_nn_support.h"
#include "dt_nn_mve.h"

int32_t dt_fully_connected_wta_s8_get_buffer_size(const dt_dims *filter_dims, int32_t count)
{
    (void)filter_dims;
    (void)count;
    return 0;
}

dt_status dt_fully_connected_wta_s8(const dt_context *ctx, const dt_fc_params *params,
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
    return dt_mve_fc_run(ctx, params, quant, input_dims, input, filter_dims, filter, bias, output_dims, output, winners);
}
