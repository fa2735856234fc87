/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_fully_connected_s8.c (DSP variant) - int8 FULLY_CONNECTED with the Arm DSP extension.
 * Depth up to DT_DSP_FC_LAYOUT_MAX_DEPTH: the weights come in the generate-time layout of
 * dasnet_tiny/variant_dsp.py (blocks of four outputs, groups of four elements) and the loops of
 * dt_dsp_fc_core.c run with one channel: per row the input is extended once (stack), per 16 MACs
 * one LDRD of inputs, two LDRD of weights, 8 SXTB16, 8 SMLAD, and the short requantization.
 * Deeper rows ([out_c][depth] weights): each row is sign-extended into 16-bit pairs with the input
 * offset added (DT_FC_CHUNK elements at a time), then every block of four output channels runs
 * SMLAD over its four weight rows (dt_dsp_mac4x1_x16). Same results as the portable kernel.
 */
#include "dt_nn.h"
#include "dt_nn_dsp.h"
#include "dt_nn_support.h"

/* Input elements extended at a time (8 bytes of stack per 4 elements). */
#define DT_FC_CHUNK 512

int32_t dt_fully_connected_s8_get_buffer_size(const dt_dims *filter_dims)
{
    (void)filter_dims;
    return 0;
}

dt_status dt_fully_connected_s8(const dt_context *ctx, const dt_fc_params *params,
                                const dt_per_channel_quant_params *quant,
                                const dt_dims *input_dims, const int8_t *input,
                                const dt_dims *filter_dims, const int8_t *filter,
                                const int32_t *bias,
                                const dt_dims *output_dims, int8_t *output)
{
    const int32_t rows = input_dims->n;
    const int32_t depth = input_dims->c;
    const int32_t out_c = output_dims->c;
    const int32_t input_offset = params->input_offset;
    const int32_t output_offset = params->output_offset;
    const int32_t act_min = params->activation.min, act_max = params->activation.max;
    int32_t r, o, j;
    (void)ctx;

    if (filter_dims->c != depth || filter_dims->n != out_c || output_dims->n != rows) {
        return DT_ERR_ARG;
    }
    if (depth <= DT_DSP_FC_LAYOUT_MAX_DEPTH) {
        static const uint16_t first = 0;
        const dt_channel_list one = {&first, 1, 1}; /* one channel: P = depth */
        uint32_t xe[DT_DSP_FC_LAYOUT_MAX_DEPTH / 2 + 3];
        dt_context row;
        row.buf = xe;
        row.size = (int32_t)sizeof(xe);
        return dt_dsp_fc_run(&row, params, quant, input_dims, input, filter_dims, filter, bias,
                             output_dims, output, &one);
    }

    {
        const uint32_t off2 = dt_dsp_pair(input_offset);
        uint32_t xe[DT_FC_CHUNK / 2];
        const int32_t depth4 = depth & ~3;
        const int32_t single = depth4 <= DT_FC_CHUNK;
        dt_dsp_rq4 q4;
        q4.min4 = ((uint32_t)act_min & 0xFFu) * 0x01010101u;
        q4.max4 = ((uint32_t)act_max & 0xFFu) * 0x01010101u;
        q4.clamp = act_min > -128 || act_max < 127;
        q4.output_offset = output_offset;
        for (r = 0; r < rows; r++) {
            const int8_t *x = input + r * depth;
            if (single) {
                dt_dsp_extend(x, depth4 >> 2, off2, xe);
            }
            for (o = 0; o + 4 <= out_c; o += 4) {
                const int8_t *f = filter + o * depth;
                int32_t a[4], j0, k;
                for (k = 0; k < 4; k++) {
                    a[k] = bias != NULL ? bias[o + k] : 0;
                }
                for (j0 = 0; j0 < depth4; j0 += DT_FC_CHUNK) {
                    const int32_t n = depth4 - j0 < DT_FC_CHUNK ? depth4 - j0 : DT_FC_CHUNK;
                    if (!single) {
                        dt_dsp_extend(x + j0, n >> 2, off2, xe);
                    }
                    dt_dsp_mac4x1_x16(xe, f + j0, depth, n >> 2, a);
                }
                for (j = depth4; j < depth; j++) {
                    const int32_t xv = (int32_t)x[j] + input_offset;
                    a[0] += xv * f[j];
                    a[1] += xv * f[j + depth];
                    a[2] += xv * f[j + 2 * depth];
                    a[3] += xv * f[j + 3 * depth];
                }
                if (dt_dsp_rq4_quick(&q4, quant->multiplier + o, quant->shift + o)) {
                    dt_dsp_rq4_put(output, a[0], a[1], a[2], a[3], &q4, act_min, act_max);
                } else {
                    for (k = 0; k < 4; k++) {
                        output[k] = dt_dsp_requantize(a[k], quant->multiplier[o + k],
                                                      quant->shift[o + k], output_offset, act_min,
                                                      act_max);
                    }
                }
                output += 4;
            }
            for (; o < out_c; o++) {
                const int8_t *f = filter + o * depth;
                int32_t acc = bias != NULL ? bias[o] : 0, j0;
                for (j0 = 0; j0 < depth4; j0 += DT_FC_CHUNK) {
                    const int32_t n = depth4 - j0 < DT_FC_CHUNK ? depth4 - j0 : DT_FC_CHUNK;
                    if (!single) {
                        dt_dsp_extend(x + j0, n >> 2, off2, xe);
                    }
                    acc = dt_dsp_mac1_x16(xe, f + j0, n >> 2, acc);
                }
                for (j = depth4; j < depth; j++) {
                    acc += ((int32_t)x[j] + input_offset) * f[j];
                }
                *output++ = dt_dsp_requantize(acc, quant->multiplier[o], quant->shift[o],
                                              output_offset, act_min, act_max);
            }
        }
    }
    return DT_OK;
}
