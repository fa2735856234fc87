/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_fully_connected_wta_s8.c (DSP variant) - int8 FULLY_CONNECTED reading only the k WTA winners
 * of its input, at a cost that scales with k. Input element j of a row belongs to channel
 * j % C (C = winners->num_channels; P = depth / C elements per channel, e.g. the positions of a
 * flattened NHWC map).
 *
 * The weights are re-laid out at generate time (dasnet_tiny/variant_dsp.py, channel-major,
 * still int8, same size): channel c owns one contiguous block of out_c * P bytes,
 *   for each block of four output channels: P/4 groups of 16 bytes (output q = 0..3, then the
 *   4 elements p = 4g..4g+3 of q), then the P % 4 tail elements as 4 bytes each (outputs 0..3);
 *   then the out_c % 4 remaining outputs, P bytes each.
 * Per row the winners' elements are gathered once and extended with the input offset (pairs
 * along P, the lanes of SXTB16), then every block of four outputs runs over the winners' weight
 * blocks: per group of four elements 1 + 2 LDRD, 8 SXTB16, 8 SMLAD (16 MACs).
 *
 * P = 1 (a WTA_DENSE before the layer: one element per channel) has no pairs along P: two
 * winners are paired instead, their weights (two rows of the transposed matrix) packed into
 * 16-bit lanes with PKHBT / PKHTB: 18 instructions per 8 MACs, against about 1.4 per MAC for a
 * dense row; this shape cannot reach k/C + 0.1 at k/C = 0.5 (see the README).
 *
 * TensorFlow Lite Micro's arithmetic, bit for bit (integer sums in another order).
 */
#include "dt_nn.h"
#include "dt_nn_dsp.h"
#include "dt_nn_support.h"
#include "dt_dsp_wta.h"
#include "dt_dsp_wta_sizes.h"

int32_t dt_fully_connected_wta_s8_get_buffer_size(const dt_dims *filter_dims, int32_t count)
{
    return dt_dsp_fc_wta_size(filter_dims, count);
}

dt_status dt_fully_connected_wta_s8(const dt_context *ctx, const dt_fc_params *params,
                                    const dt_per_channel_quant_params *quant,
                                    const dt_dims *input_dims, const int8_t *input,
                                    const dt_dims *filter_dims, const int8_t *filter,
                                    const int32_t *bias,
                                    const dt_dims *output_dims, int8_t *output,
                                    const dt_channel_list *winners)
{
    return dt_dsp_fc_run(ctx, params, quant, input_dims, input, filter_dims, filter, bias,
                         output_dims, output, winners);
}
