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
 *
 * One position (a WTA_DENSE, or a 1x1 map) with at least 64 channels: the scores are the int8
 * inputs plus one offset, so their order is the inputs' order and a 256-bin histogram (on the
 * stack) gives the k-th highest value T and how many of the inputs equal to T win (the lowest
 * channels first); one pass then writes the winners: O(C + 256).
 */
#include "dt_nn.h"
#include "dt_nn_dsp.h"
#include "dt_nn_support.h"

int32_t dt_wta_select_s8_get_buffer_size(int32_t channels)
{
    return channels > 0 ? channels * (int32_t)sizeof(int32_t) : 0;
}

/* winners[0..k) = the channels c with x[c] > t and the first `need` (>= 1) with x[c] == t, in
 * ascending order (exactly k such channels exist). 7 instructions per channel (9 for a tie). */
DT_DSP_ASM_FN
static void dt_wta_emit(const int8_t *x, int32_t t, int32_t need, uint16_t *p, const uint16_t *p_end)
{
    int32_t v, c = 0;
    __asm__ volatile("1:\n\t"
                     "ldrsb %[v], [%[x]], #1\n\t"
                     "cmp %[v], %[t]\n\t"
                     "bgt 2f\n\t"
                     "bne 3f\n\t"
                     "subs %[n], %[n], #1\n\t"
                     "bmi 3f\n\t"
                     "2:\n\t"
                     "strh %[c], [%[p]], #2\n\t"
                     "3:\n\t"
                     "add %[c], %[c], #1\n\t"
                     "cmp %[p], %[pe]\n\t"
                     "bcc 1b\n\t"
                     : [x] "+r"(x), [c] "+r"(c), [p] "+r"(p), [v] "=&r"(v), [n] "+r"(need)
                     : [t] "r"(t), [pe] "r"(p_end)
                     : "cc", "memory");
}

/* The top k (0 < k <= channels < 65536) of one position's int8 inputs, ties to the lower
 * channel, ascending. */
#if defined(__GNUC__) && !defined(__clang__)
__attribute__((optimize("no-tree-loop-distribute-patterns")))
#endif
static void dt_wta_top_k_1pos(const int8_t *x, int32_t channels, int32_t k, uint16_t *winners)
{
    uint32_t h32[128]; /* 256 uint16 counters indexed by the byte (uint8) x */
    uint16_t *const h = (uint16_t *)(void *)h32;
    const uint16_t *const p_end = winners + k;
    int32_t c, v, acc = 0, need;
    for (c = 0; c < 128; c += 4) {
        h32[c] = 0;
        h32[c + 1] = 0;
        h32[c + 2] = 0;
        h32[c + 3] = 0;
    }
    for (c = 0; c + 4 <= channels; c += 4) {
        const uint32_t w = dt_dsp_read4(x + c);
        h[w & 0xFFu]++;
        h[(w >> 8) & 0xFFu]++;
        h[(w >> 16) & 0xFFu]++;
        h[w >> 24]++;
    }
    for (; c < channels; c++) {
        h[(uint8_t)x[c]]++;
    }
    /* From the highest value (127, byte 0x7F) down to 0, then -1 (0xFF) down to -128 (0x80):
     * v ends at the k-th highest value, acc at the number of inputs above it. */
    {
        const uint16_t *hp = h + 127;
        const uint16_t *stop = h;
        for (;;) {
            acc += *hp;
            if (acc >= k) {
                break;
            }
            if (hp == stop) {
                if (stop != h) {
                    break; /* not reached: k <= channels */
                }
                hp = h + 256;
                stop = h + 128;
            }
            hp--;
        }
        acc -= *hp;
        v = (int32_t)(int8_t)(uint8_t)(hp - h);
    }
    need = k - acc; /* inputs equal to v that win (the lowest channels), 1 <= need */
    dt_wta_emit(x, v, need, winners, p_end);
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
    if (positions == 1 && channels >= 64 && channels < 65536) {
        dt_wta_top_k_1pos(input, channels, k, winners);
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
#if defined(__OPTIMIZE__) || !defined(__GNUC__)
            if (np >= 4) {
                /* four positions per iteration: 4 LDR, ADD, 8 SXTAB16, SUBS, BNE */
                int32_t n4 = np >> 2;
                const int32_t c2 = 2 * channels, c3 = 3 * channels, c4 = 4 * channels;
                uint32_t v0, v1, v2, v3;
                __asm__ volatile("1:\n\t"
                                 "ldr %[v0], [%[x]]\n\t"
                                 "ldr %[v1], [%[x], %[c1]]\n\t"
                                 "ldr %[v2], [%[x], %[c2]]\n\t"
                                 "ldr %[v3], [%[x], %[c3]]\n\t"
                                 "add %[x], %[x], %[c4]\n\t"
                                 "sxtab16 %[s02], %[s02], %[v0]\n\t"
                                 "sxtab16 %[s13], %[s13], %[v0], ror #8\n\t"
                                 "sxtab16 %[s02], %[s02], %[v1]\n\t"
                                 "sxtab16 %[s13], %[s13], %[v1], ror #8\n\t"
                                 "sxtab16 %[s02], %[s02], %[v2]\n\t"
                                 "sxtab16 %[s13], %[s13], %[v2], ror #8\n\t"
                                 "subs %[n], %[n], #1\n\t"
                                 "sxtab16 %[s02], %[s02], %[v3]\n\t"
                                 "sxtab16 %[s13], %[s13], %[v3], ror #8\n\t"
                                 "bne 1b\n\t"
                                 : [x] "+r"(x), [n] "+r"(n4), [s02] "+r"(s02), [s13] "+r"(s13),
                                   [v0] "=&r"(v0), [v1] "=&r"(v1), [v2] "=&r"(v2), [v3] "=&r"(v3)
                                 : [c1] "r"(channels), [c2] "r"(c2), [c3] "r"(c3), [c4] "r"(c4)
                                 : "cc", "memory");
            }
#endif
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
