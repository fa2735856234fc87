/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_fill_losers_s8.c - write a constant into the channels that are not in a winner list (and
 * copy the winners when output != input). Materializes a WTA output (losers = zero point).
 */
#include "dt_nn.h"

dt_status dt_fill_losers_s8(const int8_t *input, int8_t *output, int32_t positions,
                            const dt_channel_list *winners, int8_t value)
{
    const int32_t ch = winners->num_channels;
    const int32_t n = winners->count;
    int32_t p, c, next;
    if (ch < 1 || positions < 0 || n < 0 || n > ch || (n > 0 && winners->index == NULL)) {
        return DT_ERR_ARG;
    }
    for (p = 0; p < positions; p++) {
        const int8_t *x = input + p * ch;
        int8_t *y = output + p * ch;
        next = 0;
        for (c = 0; c < ch; c++) {
            if (next < n && (int32_t)winners->index[next] == c) {
                if (y != x) {
                    y[c] = x[c];
                }
                next++;
            } else {
                y[c] = value;
            }
        }
    }
    return DT_OK;
}
