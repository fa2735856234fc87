/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_depthwise_conv_wta_s8.c (DSP variant) - int8 DEPTHWISE_CONV_2D reading only the k WTA winners
 * of its input, at a cost that scales with k:
 *
 * each loser output channel is its requantized bias (its input contributes (zero point +
 * offset) * w = 0), the same at every position: a template row made once per call. No MAC loop
 * for a loser.
 *
 * Depth multiplier 1 (kernels up to DT_DSP_DW_TAPS_MAX taps): every output row is first filled
 * with the template (LDM / STM), the winners' input channels are gathered once into scratch
 * ([n][h][w][k]), and the blocked DSP loops (dt_dsp_depthwise_core.c: four winners at a time,
 * weights extended once, 3x3 windows in asm) compute the winners' outputs over it, stored to
 * their channels.
 *
 * Other multipliers: the winners' input channels, weights, biases and requantization
 * constants are gathered into scratch (k input, k * ch_mult output channels), the dense DSP
 * kernel convolves the compact tensor into the first n*oh*ow*k*ch_mult bytes of the output,
 * which is then expanded in place, last position first: per position the template row, then
 * the winners' bytes.
 *
 * TensorFlow Lite Micro's arithmetic, bit for bit.
 */
#include "dt_nn.h"
#include "dt_nn_dsp.h"
#include "dt_nn_support.h"
#include "dt_dsp_wta.h"
#include "dt_dsp_wta_sizes.h"

/* Scratch layout: see dt_dsp_dw_wta_size. */
int32_t dt_depthwise_conv_wta_s8_get_buffer_size(const dt_dims *input_dims,
                                                 const dt_dims *filter_dims, int32_t count)
{
    return dt_dsp_dw_wta_size(input_dims, filter_dims, count);
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
    const int32_t taps = filter_dims->h * filter_dims->w;
    const int32_t positions = output_dims->n * output_dims->h * output_dims->w;
    const int32_t rows = input_dims->n * input_dims->h * input_dims->w;
    const int aligned = (out_c & 3) == 0 && ((uintptr_t)output & 3u) == 0;
    int32_t k, k4, km, km4, j, m, t, p;
    int8_t *cx, *cf, *tmpl, *row;
    int32_t *cb, *cm, *cs;
    const uint16_t *idx;

    if (mult < 1 || out_c != in_c * mult || filter_dims->c != out_c ||
        input_dims->n != output_dims->n || params->stride.h < 1 || params->stride.w < 1 ||
        params->dilation.h < 1 || params->dilation.w < 1 || winners == NULL ||
        !dt_channel_list_ok(winners, in_c) || ctx == NULL || ctx->buf == NULL || positions < 0 ||
        rows < 0 || taps < 1) {
        return DT_ERR_ARG;
    }
    k = winners->count;
    if (ctx->size < dt_depthwise_conv_wta_s8_get_buffer_size(input_dims, filter_dims, k)) {
        return DT_ERR_ARG;
    }
    idx = winners->index;
    k4 = (k + 3) & ~3;
    km = k * mult;
    km4 = (km + 3) & ~3;
    cx = (int8_t *)ctx->buf;
    cf = cx + rows * k4;
    cb = (int32_t *)(void *)(cf + taps * km4);
    cm = cb + km4;
    cs = cm + km4;
    tmpl = (int8_t *)(cs + km4);
    row = tmpl + ((out_c + 3) & ~3);

    /* The loser template: every output channel's requantized bias. */
    for (j = 0; j < out_c; j++) {
        tmpl[j] = dt_dsp_requantize(bias != NULL ? bias[j] : 0, quant->multiplier[j],
                                    quant->shift[j], params->output_offset,
                                    params->activation.min, params->activation.max);
    }

    if (mult == 1 && taps <= DT_DSP_DW_TAPS_MAX) {
        for (p = 0; p < positions; p++) {
            int8_t *o = output + p * out_c;
            j = 0;
            if (aligned && out_c >= 16) {
                dt_wta_copy16(o, tmpl, out_c >> 4);
                j = out_c & ~15;
            }
            for (; j + 4 <= out_c; j += 4) {
                dt_dsp_write4(o + j, dt_dsp_read4(tmpl + j));
            }
            for (; j < out_c; j++) {
                o[j] = tmpl[j];
            }
        }
        if (k > 0) {
            /* The winners' channels are read in place by the padded-image path, else gathered. */
            const int ext = dt_dsp_dw_ext_ok(params, filter_dims, output_dims);
            if (!ext) {
                dt_wta_gather_rows(input, rows, in_c, idx, k, k, cx);
            }
            dt_dsp_dw_blocks(params, quant, input_dims, input, filter_dims, filter, bias,
                             output_dims, output, idx, k, ext ? NULL : cx);
        }
        return DT_OK;
    }

    if (k > 0) {
        dt_dims c_in = *input_dims, c_f = *filter_dims, c_out = *output_dims;
        dt_per_channel_quant_params c_q;
        dt_context none;
        dt_status st;
        /* Gather the winners' input channels, then per winner its ch_mult output channels. */
        dt_wta_gather_rows(input, rows, in_c, idx, k, k, cx);
        for (j = 0; j < k; j++) {
            for (m = 0; m < mult; m++) {
                const int32_t o = idx[j] * mult + m, co = j * mult + m;
                for (t = 0; t < taps; t++) {
                    cf[t * km + co] = filter[t * out_c + o];
                }
                cb[co] = bias != NULL ? bias[o] : 0;
                cm[co] = quant->multiplier[o];
                cs[co] = quant->shift[o];
            }
        }
        c_in.c = k;
        c_f.c = km;
        c_out.c = km;
        c_q.multiplier = cm;
        c_q.shift = cs;
        none.buf = NULL;
        none.size = 0;
        st = dt_depthwise_conv_s8(&none, params, &c_q, &c_in, cx, &c_f, cf, cb, &c_out, output);
        if (st != DT_OK) {
            return st;
        }
    }
    /* Expand in place, last position first (the compact row of position p lies at or before
     * its expanded row, and after every expanded row of a position < p). */
    for (p = positions - 1; p >= 0; p--) {
        int8_t *o = output + p * out_c;
        const int8_t *src = output + p * km;
        for (j = 0; j < km; j++) {
            row[j] = src[j];
        }
        for (j = 0; j < out_c; j++) {
            o[j] = tmpl[j];
        }
        for (j = 0; j < k; j++) {
            const int8_t *r = row + j * mult;
            int8_t *d = o + idx[j] * mult;
            for (m = 0; m < mult; m++) {
                d[m] = r[m];
            }
        }
    }
    return DT_OK;
}
