/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_wta_select_s8.c (MVE) - winners-take-all channel selection for Cortex-M55 (Helium); the same
 * winners as the portable kernel.
 *
 * score[c] = sum over positions of (x + input_offset), int32: eight channels per vector, summed
 * in 16-bit lanes (VLDRB.S16 + VADD, at most 255 positions per pass, then added to the int32
 * scores), the offset added once as positions * offset. The k highest scores win, ties to the
 * lower channel index: the k-th highest score T is found by a binary search over [min, max] of
 * the scores, each step counting the scores >= a value four lanes at a time (the sign bits of the
 * saturated differences, summed by VADDVA); then one pass writes the channels with a score > T and the first ones equal to T, in
 * ascending order, from the compare predicates (one trailing-zero count per winner). With one
 * position (a WTA_DENSE) the scores are the inputs plus one offset, so the search runs on the
 * int8 inputs sixteen lanes at a time.
 */
#include "dt_nn.h"

int32_t dt_wta_select_s8_get_buffer_size(int32_t channels)
{
    return channels > 0 ? channels * (int32_t)sizeof(int32_t) : 0;
}

#if defined(__ARM_FEATURE_MVE)
#include "dt_nn_mve.h"

#if defined(__GNUC__) || defined(__clang__)
#define DT_CTZ(v) __builtin_ctz(v)
#else
DT_INLINE int DT_CTZ(uint32_t v)
{
    int n = 0;
    while (!(v & 1u)) {
        v >>= 1;
        n++;
    }
    return n;
}
#endif

/* How many of the n scores are >= v: n minus the count of negative saturated differences
 * (sign bits summed, no predicates). */
static int32_t count_ge(const int32_t *s, int32_t n, int32_t v)
{
    int32_t neg = 0, i;
    for (i = 0; i + 4 <= n; i += 4) {
        neg = vaddvaq_s32(neg, vshrq_n_s32(vqsubq_n_s32(vldrwq_s32(s + i), v), 31));
    }
    for (; i < n; i++) {
        neg -= s[i] < v;
    }
    return n + neg;
}

/* How many of the n bytes are >= v (as count_ge, sixteen lanes). */
static int32_t count_ge8(const int8_t *x, int32_t n, int8_t v)
{
    int32_t neg = 0, i;
    for (i = 0; i + 16 <= n; i += 16) {
        neg = vaddvaq_s8(neg, vshrq_n_s8(vqsubq_n_s8(vldrbq_s8(x + i), v), 7));
    }
    for (; i < n; i++) {
        neg -= x[i] < v;
    }
    return n + neg;
}

/* Append the lanes set in gt | eq (predicate bits, `step` bits per lane) of the vector of
 * channels c.. to winners[*n], ascending; a lane only in eq takes one of *ties. */
DT_INLINE void emit_mask(uint32_t gt, uint32_t eq, int32_t step_log2, int32_t c, int32_t *ties,
                         uint16_t *winners, int32_t *n)
{
    uint32_t m = gt | eq;
    while (m != 0u) {
        const int b = DT_CTZ(m);
        if ((gt >> b) & 1u) {
            winners[(*n)++] = (uint16_t)(c + (b >> step_log2));
        } else if (*ties > 0) {
            (*ties)--;
            winners[(*n)++] = (uint16_t)(c + (b >> step_log2));
        }
        m &= m - 1u;
    }
}

dt_status dt_wta_select_s8(const dt_context *ctx, const int8_t *input, int32_t positions,
                           int32_t channels, int32_t input_offset, int32_t k, uint16_t *winners)
{
    int32_t *score;
    int32_t c, p, lo, hi, ties, n;
    if (ctx == NULL || ctx->buf == NULL || ctx->size < dt_wta_select_s8_get_buffer_size(channels) ||
        channels < 1 || channels > 65536 || positions < 1 || k < 0 || k > channels) {
        return DT_ERR_ARG;
    }
    if (k == 0) {
        return DT_OK;
    }
    score = (int32_t *)ctx->buf;
    if (k == channels) {
        for (c = 0; c < channels; c++) {
            winners[c] = (uint16_t)c;
        }
        return DT_OK;
    }
    if (positions == 1) {
        /* the scores are the inputs plus one offset: their order is the inputs' order */
        int8x16_t mx = vdupq_n_s8(-128), mn = vdupq_n_s8(127);
        for (c = 0; c < channels; c += 16) {
            const mve_pred16_t pc = vctp8q((uint32_t)(channels - c));
            const int8x16_t v = vldrbq_z_s8(input + c, pc);
            mx = vmaxq_m_s8(mx, mx, v, pc);
            mn = vminq_m_s8(mn, mn, v, pc);
        }
        hi = vmaxvq_s8(-128, mx);
        lo = vminvq_s8(127, mn);
        while (lo < hi) {
            const int32_t mid = lo + ((hi - lo + 1) >> 1);
            if (count_ge8(input, channels, (int8_t)mid) >= k) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        ties = k - (lo == 127 ? 0 : count_ge8(input, channels, (int8_t)(lo + 1)));
        n = 0;
        for (c = 0; c + 16 <= channels && n < k; c += 16) {
            const int8x16_t v = vldrbq_s8(input + c);
            emit_mask((uint32_t)vcmpgtq_n_s8(v, (int8_t)lo), (uint32_t)vcmpeqq_n_s8(v, (int8_t)lo), 0,
                      c, &ties, winners, &n);
        }
        for (; c < channels && n < k; c++) {
            if (input[c] > lo || (input[c] == lo && ties-- > 0)) {
                winners[n++] = (uint16_t)c;
            }
        }
        return n == k ? DT_OK : DT_ERR_ARG;
    }
    /* scores: eight channels at a time, int16 sums of up to 255 positions */
    for (c = 0; c < channels; c += 8) {
        const mve_pred16_t pc = vctp16q((uint32_t)(channels - c));
        const mve_pred16_t pw = vctp32q((uint32_t)(channels - c));
        const mve_pred16_t pw2 = vctp32q((uint32_t)(channels - c > 4 ? channels - c - 4 : 0));
        int32x4_t s0 = vdupq_n_s32(positions * input_offset), s1 = s0;
        for (p = 0; p < positions; p += 255) {
            const int32_t np = positions - p < 255 ? positions - p : 255;
            const int8_t *x = input + p * channels + c;
            int16x8_t a = vdupq_n_s16(0);
            int32_t j;
            if (channels - c >= 8) {
                for (j = np; j > 0; j--, x += channels) {
                    a = vaddq_s16(a, vldrbq_s16(x));
                }
            } else {
                for (j = np; j > 0; j--, x += channels) {
                    a = vaddq_s16(a, vldrbq_z_s16(x, pc));
                }
            }
            s0 = vaddq_s32(s0, vmovlbq_s16(a)); /* channels c, c+2, c+4, c+6 */
            s1 = vaddq_s32(s1, vmovltq_s16(a)); /* channels c+1, c+3, c+5, c+7 */
        }
        {
            /* interleave back: lanes (c, c+2, c+4, c+6) and (c+1, c+3, ...) */
            const uint32x4_t ev = vmulq_n_u32(vidupq_n_u32(0, 1), 8);
            int8_t *base = (int8_t *)(void *)(score + c);
            const mve_pred16_t pe = vctp32q((uint32_t)((channels - c + 1) / 2));
            const mve_pred16_t po = vctp32q((uint32_t)((channels - c) / 2));
            vstrwq_scatter_offset_p_s32((int32_t *)(void *)base, ev, s0, pe);
            vstrwq_scatter_offset_p_s32((int32_t *)(void *)(base + 4), ev, s1, po);
            (void)pw;
            (void)pw2;
        }
    }
    /* the k-th highest score: the largest v with at least k scores >= v */
    {
        int32x4_t mx = vdupq_n_s32(INT32_MIN), mn = vdupq_n_s32(INT32_MAX);
        for (c = 0; c + 4 <= channels; c += 4) {
            const int32x4_t v = vldrwq_s32(score + c);
            mx = vmaxq_s32(mx, v);
            mn = vminq_s32(mn, v);
        }
        hi = vmaxvq_s32(INT32_MIN, mx);
        lo = vminvq_s32(INT32_MAX, mn);
        for (; c < channels; c++) {
            hi = score[c] > hi ? score[c] : hi;
            lo = score[c] < lo ? score[c] : lo;
        }
    }
    while (lo < hi) {
        const int32_t mid = (int32_t)((int64_t)lo + (((int64_t)hi - lo + 1) >> 1));
        if (count_ge(score, channels, mid) >= k) {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    /* lo = T; ties: how many scores equal to T win */
    ties = k - (lo == INT32_MAX ? 0 : count_ge(score, channels, lo + 1));
    n = 0;
    for (c = 0; c + 4 <= channels && n < k; c += 4) {
        const int32x4_t v = vldrwq_s32(score + c);
        emit_mask((uint32_t)vcmpgtq_n_s32(v, lo) & 0x1111u, (uint32_t)vcmpeqq_n_s32(v, lo) & 0x1111u,
                  2, c, &ties, winners, &n);
    }
    for (; c < channels && n < k; c++) {
        if (score[c] > lo || (score[c] == lo && ties-- > 0)) {
            winners[n++] = (uint16_t)c;
        }
    }
    return n == k ? DT_OK : DT_ERR_ARG;
}

#endif /* __ARM_FEATURE_MVE */
