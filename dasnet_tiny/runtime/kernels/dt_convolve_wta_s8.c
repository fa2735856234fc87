/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_convolve_wta_s8.c - int8 CONV_2D reading only the WTA winners of its input: a planned gather
 * step. The winners' input channels ([n][h][w][k]) and weights ([out_c][kh][kw][k]) are gathered
 * into scratch once per call, then the dense dt_convolve_s8 of the target (portable, DSP or MVE)
 * runs on k channels with the rest of the scratch. Integer sums in another order: bit-exact.
 */
#include "dt_nn.h"
#include "dt_nn_support.h"

/* Bytes of the gathered weights and inputs, rounded up to 4. */
static int32_t dt_convolve_wta_gather_size(const dt_dims *input_dims, const dt_dims *filter_dims,
                                           int32_t count)
{
    const int32_t weights = filter_dims->n * filter_dims->h * filter_dims->w * count;
    const int32_t inputs = input_dims->n * input_dims->h * input_dims->w * count;
    return (weights + inputs + 3) & ~3;
}

int32_t dt_convolve_wta_s8_get_buffer_size(const dt_dims *input_dims, const dt_dims *filter_dims,
                                           int32_t count)
{
    dt_dims c_in = *input_dims, c_filter = *filter_dims;
    c_in.c = count;
    c_filter.c = count;
    return dt_convolve_wta_gather_size(input_dims, filter_dims, count) +
           dt_convolve_s8_get_buffer_size(&c_in, &c_filter);
}

/* rows x [channels] int8 rows -> rows x [count] (the listed channels). */
static void dt_gather_channels(const int8_t *src, int32_t rows, int32_t channels,
                               const uint16_t *idx, int32_t count, int8_t *dst)
{
    const uint16_t *const ip_end = idx + count;
    int32_t r;
    for (r = 0; r < rows; r++, src += channels) {
        const uint16_t *ip = idx;
        while (ip < ip_end) {
            *dst++ = src[*ip++];
        }
    }
}

dt_status dt_convolve_wta_s8(const dt_context *ctx, const dt_conv_params *params,
                             const dt_per_channel_quant_params *quant,
                             const dt_dims *input_dims, const int8_t *input,
                             const dt_dims *filter_dims, const int8_t *filter,
                             const int32_t *bias,
                             const dt_dims *output_dims, int8_t *output,
                             const dt_channel_list *winners)
{
    const int32_t in_c = input_dims->c;
    int32_t k, gather;
    int8_t *cf;
    int8_t *cx;
    dt_dims c_in, c_filter;
    dt_context inner;

    if (winners == NULL || ctx == NULL || ctx->buf == NULL || filter_dims->c != in_c ||
        !dt_channel_list_ok(winners, in_c) || input_dims->n < 0 || input_dims->h < 0 ||
        input_dims->w < 0 || filter_dims->n < 0 || filter_dims->h < 0 || filter_dims->w < 0) {
        return DT_ERR_ARG;
    }
    k = winners->count;
    if (ctx->size < dt_convolve_wta_s8_get_buffer_size(input_dims, filter_dims, k)) {
        return DT_ERR_ARG;
    }
    gather = dt_convolve_wta_gather_size(input_dims, filter_dims, k);
    cf = (int8_t *)ctx->buf;
    cx = cf + filter_dims->n * filter_dims->h * filter_dims->w * k;
    dt_gather_channels(filter, filter_dims->n * filter_dims->h * filter_dims->w, in_c,
                       winners->index, k, cf);
    dt_gather_channels(input, input_dims->n * input_dims->h * input_dims->w, in_c, winners->index,
                       k, cx);
    c_in = *input_dims;
    c_in.c = k;
    c_filter = *filter_dims;
    c_filter.c = k;
    inner.buf = (int8_t *)ctx->buf + gather;
    inner.size = ctx->size - gather;
    return dt_convolve_s8(&inner, params, quant, &c_in, cx, &c_filter, cf, bias, output_dims,
                          output);
}
