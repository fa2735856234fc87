/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_wta_select_s8.c (DSP variant) - winners-take-all channel selection. The scores of four
 * channels at a time are summed in 16-bit lanes (SXTAB16, at most 255 positions per pass, then
 * widened), the input offset added once as positions * offset (the same int32 sum); the
 * selection is the portable kernel's.
 *
 * score[c] = sum over positions of (x + input_offset), int32. The k highest scores win; ties go
 * to the lower channel index. A size-k min-heap of channel indices (ordered by score, then by
 * higher index = worse) is kept in the `winners` buffer while the channels are scanned, so the
 * root is always the weakest current winner: O(C log k). The root then gives the threshold and
 * one more O(C) pass writes the winners in ascending channel order.
 */
#include "dt_nn.h"
#include "dt_nn_dsp.h"
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
    for (c = 0; c + 4 <= channels; c += 4) {
        int32_t p0;
        for (p0 = 0; p0 < positions; p0 += 255) {
            const int32_t np = positions - p0 < 255 ? positions - p0 : 255;
            const int8_t *x = input + p0 * channels + c;
            const int8_t *const x_end = x + np * channels;
            uint32_t s02 = 0, s13 = 0;
            while (x < x_end) {
                const uint32_t v = dt_dsp_read4(x);
                s02 = __sxtab16(s02, v);
                s13 = dt_dsp_sxtab16_ror8(s13, v);
                x += channels;
            }
            score[c] += (int32_t)(int16_t)(s02 & 0xFFFFu);
            score[c + 2] += (int32_t)(int16_t)(s02 >> 16);
            score[c + 1] += (int32_t)(int16_t)(s13 & 0xFFFFu);
            score[c + 3] += (int32_t)(int16_t)(s13 >> 16);
        }
    }
    for (; c < channels; c++) {
        const int8_t *x = input + c;
        for (p = 0; p < positions; p++, x += channels) {
            score[c] += *x;
        }
    }
    {
        const int32_t add = (int32_t)((uint32_t)positions * (uint32_t)input_offset);
        for (c = 0; c < channels; c++) {
            score[c] = (int32_t)((uint32_t)score[c] + (uint32_t)add);
        }
    }
    return dt_wta_top_k(score, channels, k, winners);
}
