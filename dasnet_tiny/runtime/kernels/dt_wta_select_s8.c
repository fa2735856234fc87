/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_wta_select_s8.c - winners-take-all channel selection.
 *
 * score[c] = sum over positions of (x + input_offset), int32. The k highest scores win; ties go
 * to the lower channel index. A size-k min-heap of channel indices (ordered by score, then by
 * higher index = worse) is kept in the `winners` buffer while the channels are scanned, so the
 * root is always the weakest current winner: O(C log k). The root then gives the threshold and
 * one more O(C) pass writes the winners in ascending channel order (dt_wta_top_k,
 * dt_nn_support.c, shared with the target variants).
 */
#include "dt_nn.h"
#include "dt_nn_support.h"

int32_t dt_wta_select_s8_get_buffer_size(int32_t channels)
{
    return channels > 0 ? channels * (int32_t)sizeof(int32_t) : 0;
}

dt_status dt_wta_select_s8(const dt_context *ctx, const int8_t *input, int32_t positions,
                           int32_t channels, int32_t input_offset, int32_t k, uint16_t *winners)
{
    int32_t *score;
    int32_t p, c;
    if (ctx == NULL || ctx->buf == NULL || ctx->size < dt_wta_select_s8_get_buffer_size(channels) ||
        channels < 1 || channels > 65536 || positions < 1 || k < 0 || k > channels) {
        return DT_ERR_ARG;
    }
    if (k == 0) {
        return DT_OK;
    }
    score = (int32_t *)ctx->buf;
    for (c = 0; c < channels; c++) {
        score[c] = 0;
    }
    for (p = 0; p < positions; p++) {
        const int8_t *x = input + p * channels;
        for (c = 0; c < channels; c++) {
            score[c] += (int32_t)x[c] + input_offset;
        }
    }
    return dt_wta_top_k(score, channels, k, winners);
}
