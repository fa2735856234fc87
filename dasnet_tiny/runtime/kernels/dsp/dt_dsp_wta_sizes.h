/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_dsp_wta_sizes.h - the scratch sizes of the DSP WTA kernels (their *_get_buffer_size), in
 * plain C99 without the DSP intrinsics, so that a host build can check them against the
 * generator's formulas (dasnet_tiny/variant_dsp.py, tests/test_kernels_dsp.py).
 */
#ifndef DT_DSP_WTA_SIZES_H
#define DT_DSP_WTA_SIZES_H

#include <stdint.h>

#include "dt_nn.h"

/* Bytes of pre-extended weights dt_convolve_wta_s8 keeps in scratch at a time. */
#define DT_CONV_WTA_WE_BYTES 12288

/* dt_convolve_wta_s8: output channels whose extended weights are kept at once (a multiple of 4,
 * at least one block of four unless there are fewer channels). */
static inline int32_t dt_dsp_conv_wta_chunk(int32_t out_c, int32_t kk4)
{
    const int32_t oc4 = (out_c + 3) & ~3;
    int32_t chunk = kk4 > 0 ? (DT_CONV_WTA_WE_BYTES / (2 * kk4)) & ~3 : oc4;
    chunk = chunk < 4 ? 4 : chunk;
    return chunk < oc4 ? chunk : oc4;
}

/* dt_convolve_wta_s8: the winners' input channels ([n][h][w][k4], k4 = count rounded up to 4),
 * one extended window (2 * K4 bytes, K4 = kh * kw * k4), and per output channel of a chunk its
 * extended weights (2 * K4 bytes) and requantization constants (16 bytes). */
static inline int32_t dt_dsp_conv_wta_size(const dt_dims *input_dims, const dt_dims *filter_dims,
                                           int32_t count)
{
    const int32_t k4 = (count + 3) & ~3;
    const int32_t kk4 = filter_dims->h * filter_dims->w * k4;
    const int32_t chunk = dt_dsp_conv_wta_chunk(filter_dims->n, kk4);
    return input_dims->n * input_dims->h * input_dims->w * k4 + 2 * kk4 + chunk * (2 * kk4 + 16);
}

/* dt_depthwise_conv_wta_s8: compact input N*H*W*k4, compact weights KH*KW*km4, bias /
 * multiplier / shift 3 * 4 * km4, the loser template out_c4, one compact output row km4 and the
 * winners' byte offsets 4 * count (k4, km4, out_c4: count, count * ch_mult, out_c rounded up
 * to 4). */
static inline int32_t dt_dsp_dw_wta_size(const dt_dims *input_dims, const dt_dims *filter_dims,
                                         int32_t count)
{
    const int32_t mult = input_dims->c > 0 ? filter_dims->c / input_dims->c : 1;
    const int32_t k4 = (count + 3) & ~3;
    const int32_t km4 = (count * mult + 3) & ~3;
    return input_dims->n * input_dims->h * input_dims->w * k4 + filter_dims->h * filter_dims->w * km4 +
           12 * km4 + ((filter_dims->c + 3) & ~3) + km4 + 4 * count;
}

/* dt_fully_connected_wta_s8: the winners' elements of a row extended, (2 * (P / 4) + P % 4)
 * words per winner for P elements per channel (bounded over every P <= depth / count), or 3
 * words per pair of winners when P = 1. */
static inline int32_t dt_dsp_fc_wta_size(const dt_dims *filter_dims, int32_t count)
{
    int32_t p, g, t, a, b;
    if (count < 1 || filter_dims->c < 1) {
        return 0;
    }
    p = filter_dims->c / count;
    g = p >> 2;
    t = p & 3;
    if (g > 0 && t < 1) {
        t = 1;
    }
    a = 4 * count * (2 * g + t);
    b = 12 * ((count + 1) >> 1);
    return a > b ? a : b;
}

#endif /* DT_DSP_WTA_SIZES_H */
