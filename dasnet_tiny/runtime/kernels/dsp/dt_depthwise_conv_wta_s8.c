/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_depthwise_conv_wta_s8.c (DSP variant) - int8 DEPTHWISE_CONV_2D reading only the WTA winners:
 * the winners' input channels are gathered once into scratch (depth multiplier 1) and computed
 * four at a time by the blocked DSP loops (dt_dsp_depthwise_core.c); a loser channel's output is
 * its requantized bias, the same at every position, written without a MAC loop. Other depth
 * multipliers take the plain loops over the winners. Bit-exact with the portable kernel.
 */
#include "dt_nn.h"
#include "dt_nn_dsp.h"
#include "dt_nn_support.h"

/* The winners' input channels compacted (depth multiplier 1): N*H*W*count bytes, rounded up to 4. */
int32_t dt_depthwise_conv_wta_s8_get_buffer_size(const dt_dims *input_dims,
                                                 const dt_dims *filter_dims, int32_t count)
{
    if (filter_dims->c != input_dims->c) {
        return 0; /* depth multiplier > 1: the plain loops, no scratch */
    }
    return (input_dims->n * input_dims->h * input_dims->w * count + 3) & ~3;
}

dt_status dt_depthwise_conv_wta_s8(const dt_context *ctx, const dt_dw_conv_params *params,
                                   const dt_per_channel_quant_params *quant,
                                   const dt_dims *input_dims, const int8_t *input,
                                   const dt_dims *filter_dims, const int8_t *filter,
                                   const int32_t *bias,
                                   const dt_dims *output_dims, int8_t *output,
                                   const dt_channel_list *winners)
{
    const int32_t in_c = input_dims->c;
    const int32_t out_c = output_dims->c;
    const int32_t mult = params->ch_mult;
    const uint16_t *idx = winners != NULL ? winners->index : NULL;
    const int32_t n_idx = winners != NULL ? winners->count : 0;

    if (mult < 1 || out_c != in_c * mult || filter_dims->c != out_c ||
        input_dims->n != output_dims->n || params->stride.h < 1 || params->stride.w < 1 ||
        params->dilation.h < 1 || params->dilation.w < 1) {
        return DT_ERR_ARG;
    }
    if (winners == NULL || !dt_channel_list_ok(winners, in_c)) {
        return DT_ERR_ARG;
    }
    if (mult != 1 || filter_dims->h * filter_dims->w > DT_DSP_DW_TAPS_MAX) {
        dt_dsp_dw_plain(params, quant, input_dims, input, filter_dims, filter, bias, output_dims,
                        output, idx, n_idx);
        return DT_OK;
    }
    if (n_idx < in_c) {
        /* Losers: the requantized bias at every position, no MAC loop. */
        const int32_t positions = output_dims->n * output_dims->h * output_dims->w;
        int32_t next = 0, ch;
        for (ch = 0; ch < in_c; ch++) {
            int8_t v;
            int8_t *o;
            int32_t p;
            if (next < n_idx && (int32_t)idx[next] == ch) {
                next++;
                continue;
            }
            v = dt_dsp_requantize(bias != NULL ? bias[ch] : 0, quant->multiplier[ch],
                                  quant->shift[ch], params->output_offset,
                                  params->activation.min, params->activation.max);
            for (p = positions, o = output + ch; p > 0; p--, o += out_c) {
                *o = v;
            }
        }
    }
    if (n_idx > 0 && ctx != NULL && ctx->buf != NULL) {
        /* Gather the winners' input channels once ([n][h][w][count]), then every tap reads
         * four adjacent bytes. */
        const int32_t positions = input_dims->n * input_dims->h * input_dims->w;
        int8_t *const cx = (int8_t *)ctx->buf;
        const int8_t *src = input;
        int8_t *d = cx;
        int32_t p;
        if (ctx->size < dt_depthwise_conv_wta_s8_get_buffer_size(input_dims, filter_dims, n_idx)) {
            return DT_ERR_ARG;
        }
        for (p = positions; p > 0; p--, src += in_c) {
            const uint16_t *ip = idx;
            const uint16_t *const ip_end = idx + n_idx;
            const uint16_t *const ip_end4 = idx + (n_idx & ~3);
            while (ip < ip_end4) {
                const uint32_t v = (uint32_t)(uint8_t)src[ip[0]] |
                                   ((uint32_t)(uint8_t)src[ip[1]] << 8) |
                                   ((uint32_t)(uint8_t)src[ip[2]] << 16) |
                                   ((uint32_t)(uint8_t)src[ip[3]] << 24);
                dt_dsp_write4(d, v);
                d += 4;
                ip += 4;
            }
            while (ip < ip_end) {
                *d++ = src[*ip++];
            }
        }
        dt_dsp_dw_blocks(params, quant, input_dims, input, filter_dims, filter, bias,
                         output_dims, output, idx, n_idx, cx);
        return DT_OK;
    }
    dt_dsp_dw_blocks(params, quant, input_dims, input, filter_dims, filter, bias, output_dims,
                     output, idx, n_idx, NULL);
    return DT_OK;
}
