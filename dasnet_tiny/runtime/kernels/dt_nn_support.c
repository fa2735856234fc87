/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_nn_support.c - gemmlowp fixed-point exp and reciprocal (as TensorFlow Lite Micro's
 * reference int8 softmax uses them), without undefined behaviour.
 */
#include "dt_nn_support.h"

int32_t dt_saturating_left_shift(int32_t x, int32_t exponent)
{
    const int32_t threshold = (int32_t)((UINT32_C(1) << (31 - exponent)) - 1u);
    if (x > threshold) {
        return INT32_MAX;
    }
    if (x < -threshold) {
        return INT32_MIN;
    }
    return dt_shl_wrap(x, exponent);
}

/* exp(a) for a in [-1/4, 0), Q0.31: Taylor expansion around -1/8. */
static int32_t exp_on_interval_between_negative_one_quarter_and_0_excl(int32_t a)
{
    const int32_t constant_term = 1895147668;    /* exp(-1/8) */
    const int32_t constant_1_over_3 = 715827883; /* 1/3 */
    const int32_t x = a + (INT32_C(1) << 28);    /* a + 1/8 */
    const int32_t x2 = dt_sat_rdhm(x, x);
    const int32_t x3 = dt_sat_rdhm(x2, x);
    const int32_t x4 = dt_sat_rdhm(x2, x2);
    const int32_t x4_over_4 = dt_rounding_divide_by_pot(x4, 2);
    const int32_t poly = dt_rounding_divide_by_pot(dt_sat_rdhm(x4_over_4 + x3, constant_1_over_3) + x2, 1);
    return constant_term + dt_sat_rdhm(constant_term, x + poly);
}

int32_t dt_exp_on_negative_values(int32_t a)
{
    enum { kFractionalBits = 26 };
    const int32_t one_quarter = INT32_C(1) << (kFractionalBits - 2);
    const int32_t mask = one_quarter - 1;
    const int32_t a_mod_quarter_minus_one_quarter = (a & mask) - one_quarter;
    int32_t result = exp_on_interval_between_negative_one_quarter_and_0_excl(
        dt_saturating_left_shift(a_mod_quarter_minus_one_quarter, 5));
    const int32_t remainder = a_mod_quarter_minus_one_quarter - a;
    /* Barrel shifter: multiply by exp(-2^e) for every set bit of the remainder. */
    static const int32_t multipliers[7] = {1672461947, 1302514674, 790015084, 290630308,
                                           39332535, 720401, 242};
    int32_t i;
    for (i = 0; i < 7; i++) {
        const int32_t bit = kFractionalBits - 2 + i;
        if (remainder & (INT32_C(1) << bit)) {
            result = dt_sat_rdhm(result, multipliers[i]);
        }
    }
    return a == 0 ? INT32_MAX : result;
}

int32_t dt_one_over_one_plus_x_for_x_in_0_1(int32_t a)
{
    /* half_denominator = RoundingHalfSum(a, One) */
    const int64_t sum = (int64_t)a + (int64_t)INT32_MAX;
    const int64_t sign = sum >= 0 ? 1 : -1;
    const int32_t half_denominator = (int32_t)((sum + sign) / 2);
    const int32_t constant_48_over_17 = 1515870810;      /* Q2.29 */
    const int32_t constant_neg_32_over_17 = -1010580540; /* Q2.29 */
    const int32_t one_q2 = INT32_C(1) << 29;
    int32_t x = constant_48_over_17 + dt_sat_rdhm(half_denominator, constant_neg_32_over_17);
    int32_t i;
    for (i = 0; i < 3; i++) {
        const int32_t half_denominator_times_x = dt_sat_rdhm(half_denominator, x);
        const int32_t one_minus_half_denominator_times_x = one_q2 - half_denominator_times_x;
        x = x + dt_saturating_left_shift(dt_sat_rdhm(x, one_minus_half_denominator_times_x), 2);
    }
    return dt_saturating_left_shift(x, 1);
}

static int32_t count_leading_zeros(uint32_t x)
{
#if defined(__GNUC__) || defined(__clang__)
    return x == 0 ? 32 : (int32_t)__builtin_clz(x);
#else
    int32_t n = 0;
    if (x == 0) {
        return 32;
    }
    while ((x & UINT32_C(0x80000000)) == 0) {
        x <<= 1;
        n++;
    }
    return n;
#endif
}

int32_t dt_get_reciprocal(int32_t x, int32_t x_integer_digits, int32_t *num_bits_over_unit)
{
    const int32_t headroom_plus_one = count_leading_zeros((uint32_t)x);
    const uint32_t shifted = headroom_plus_one >= 32 ? 0u : ((uint32_t)x << headroom_plus_one);
    const uint32_t minus_one = shifted - (UINT32_C(1) << 31);
    const int32_t shifted_sum_minus_one =
        minus_one <= (uint32_t)INT32_MAX ? (int32_t)minus_one : -(int32_t)(~minus_one) - 1;
    *num_bits_over_unit = x_integer_digits - headroom_plus_one;
    return dt_one_over_one_plus_x_for_x_in_0_1(shifted_sum_minus_one);
}

/* ---- WTA selection: the k best of `channels` scores (dt_wta_select_s8 in every variant) ---- */
/* Is channel a a worse winner than channel b? (lower score, or equal score and higher index) */
static int dt_wta_worse(const int32_t *score, int32_t a, int32_t b)
{
    return score[a] < score[b] || (score[a] == score[b] && a > b);
}

static void dt_wta_sift_down(uint16_t *heap, int32_t k, int32_t i, const int32_t *score)
{
    for (;;) {
        const int32_t l = 2 * i + 1, r = l + 1;
        int32_t m = i;
        uint16_t t;
        if (l < k && dt_wta_worse(score, heap[l], heap[m])) {
            m = l;
        }
        if (r < k && dt_wta_worse(score, heap[r], heap[m])) {
            m = r;
        }
        if (m == i) {
            return;
        }
        t = heap[i];
        heap[i] = heap[m];
        heap[m] = t;
        i = m;
    }
}

dt_status dt_wta_top_k(const int32_t *score, int32_t channels, int32_t k, uint16_t *winners)
{
    int32_t c, i, n;
    int32_t t_score, t_index;
    if (k == channels) {
        for (c = 0; c < channels; c++) {
            winners[c] = (uint16_t)c;
        }
        return DT_OK;
    }
    /* Heap of the first k channels, then every later channel that beats the weakest winner. */
    for (i = 0; i < k; i++) {
        winners[i] = (uint16_t)i;
    }
    for (i = k / 2 - 1; i >= 0; i--) {
        dt_wta_sift_down(winners, k, i, score);
    }
    for (c = k; c < channels; c++) {
        /* a later channel beats the root only with a strictly higher score */
        if (score[c] > score[winners[0]]) {
            winners[0] = (uint16_t)c;
            dt_wta_sift_down(winners, k, 0, score);
        }
    }
    /* Winners are the channels at least as good as the weakest one: rewrite them in order. */
    t_index = winners[0];
    t_score = score[t_index];
    n = 0;
    for (c = 0; c < channels && n < k; c++) {
        if (score[c] > t_score || (score[c] == t_score && c <= t_index)) {
            winners[n++] = (uint16_t)c;
        }
    }
    return n == k ? DT_OK : DT_ERR_ARG;
}
