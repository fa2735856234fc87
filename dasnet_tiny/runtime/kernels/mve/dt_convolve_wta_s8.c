/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_convolve_wta_s8.c (MVE) - int8 CONV_2D reading only the WTA winners: the winners' weights
 * ([out_c][kh][kw][k]) and input channels ([n][h][w][k]) are compacted with byte gathers
 * (VLDRB gather, eight halfword offsets at a time) into scratch once per call, then the dense MVE
 * dt_convolve_s8 runs on k channels. Bit-exact with the portable kernel.
 */
#include "dt_nn.h"
#include "dt_nn_support.h"
#include "dt_nn_mve.h"

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

/* dst[r][0..k) = src[r][idx[0..k)] for `rows` rows of `width` bytes (byte gathers). */
static void compact_rows(int8_t *dst, const int8_t *src, int32_t rows, int32_t width,
                         const uint16_t *idx, int32_t k)
{
    int32_t r, i;
    for (r = 0; r < rows; r++, src += width) {
        for (i = 0; i < k; i += 8) {
            const mve_pred16_t p = vctp16q((uint32_t)(k - i));
            const uint16x8_t ov = vldrhq_z_u16(idx + i, p);
            vstrbq_p_s16(dst, vldrbq_gather_offset_z_s16(src, ov, p), p);
            dst += (k - i) < 8 ? (k - i) : 8;
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
    const int32_t f_rows = filter_dims->n * filter_dims->h * filter_dims->w;
    const int32_t x_rows = input_dims->n * input_dims->h * input_dims->w;
    int32_t k, gather;
    int8_t *cf;
    dt_dims c_in, c_filter;
    dt_context inner;

    if (winners == NULL || ctx == NULL || ctx->buf == NULL || filter_dims->c != in_c ||
        !dt_channel_list_ok(winners, in_c) || f_rows < 0 || x_rows < 0) {
        return DT_ERR_ARG;
    }
    k = winners->count;
    if (ctx->size < dt_convolve_wta_s8_get_buffer_size(input_dims, filter_dims, k)) {
        return DT_ERR_ARG;
    }
    gather = dt_convolve_wta_gather_size(input_dims, filter_dims, k);
    cf = (int8_t *)ctx->buf;
    compact_rows(cf, filter, f_rows, in_c, winners->index, k);
    compact_rows(cf + f_rows * k, input, x_rows, in_c, winners->index, k);
    c_in = *input_dims;
    c_in.c = k;
    c_filter = *filter_dims;
    c_filter.c = k;
    inner.buf = cf + gather;
    inner.size = ctx->size - gather;
    return dt_convolve_s8(&inner, params, quant, &c_in, cf + f_rows * k, &c_filter, cf, bias,
                          output_dims, output);
}
