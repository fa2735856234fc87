/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_nn_support.h - integer requantization primitives shared by the dasnet-tiny kernels.
 *
 * The same arithmetic as TensorFlow Lite Micro / gemmlowp (SaturatingRoundingDoublingHighMul,
 * RoundingDivideByPOT, MultiplyByQuantizedMultiplier with double rounding), written without
 * undefined behaviour: no signed overflow and no shift of a negative value (arithmetic right
 * shifts are spelled ~(~x >> e) for negative x; left shifts are done on uint32_t).
 */
#ifndef DT_NN_SUPPORT_H
#define DT_NN_SUPPORT_H

#include <stdint.h>

#include "dt_nn.h"

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__) || defined(__clang__)
#define DT_INLINE static inline __attribute__((always_inline))
#else
#define DT_INLINE static inline
#endif

/* Arithmetic shift right (floor(x / 2^e)), 0 <= e <= 31, defined for negative x. */
DT_INLINE int32_t dt_asr(int32_t x, int32_t e)
{
    return x >= 0 ? (x >> e) : ~((~x) >> e);
}

/* x * 2^e with wrap-around (as the int32 multiply TFLite uses), 0 <= e <= 31. */
DT_INLINE int32_t dt_shl_wrap(int32_t x, int32_t e)
{
    const uint32_t u = (uint32_t)x << e;
    /* Two's complement conversion without relying on implementation-defined behaviour. */
    return u <= (uint32_t)INT32_MAX ? (int32_t)u : -(int32_t)(~u) - 1;
}

/* gemmlowp SaturatingRoundingDoublingHighMul: round(a * b / 2^31), saturating the one
 * overflowing case INT32_MIN * INT32_MIN. */
DT_INLINE int32_t dt_sat_rdhm(int32_t a, int32_t b)
{
    if (a == INT32_MIN && b == INT32_MIN) {
        return INT32_MAX;
    }
    /* trunc((ab + nudge) / 2^31) with nudge = 2^30 (ab >= 0) or 1 - 2^30 (ab < 0) equals
     * floor((ab + 2^30) / 2^31); its low 32 bits are bits 31..62 of ab + 2^30, which a logical
     * shift of the two's complement bit pattern yields as well. |ab| <= 2^62 (the one larger
     * product is handled above), so ab + 2^30 cannot overflow and the result fits int32. */
    const int64_t ab = (int64_t)a * (int64_t)b;
    const uint32_t u = (uint32_t)((uint64_t)(ab + (INT64_C(1) << 30)) >> 31);
    return u <= (uint32_t)INT32_MAX ? (int32_t)u : -(int32_t)(~u) - 1;
}

/* gemmlowp RoundingDivideByPOT: x / 2^exponent rounded half away from zero, 0 <= exponent <= 31. */
DT_INLINE int32_t dt_rounding_divide_by_pot(int32_t x, int32_t exponent)
{
    const int32_t mask = (int32_t)((UINT32_C(1) << exponent) - 1u);
    const int32_t remainder = x & mask;
    const int32_t threshold = (mask >> 1) + (x < 0 ? 1 : 0);
    return dt_asr(x, exponent) + (remainder > threshold ? 1 : 0);
}

/* tflite::MultiplyByQuantizedMultiplier (double rounding):
 * x * multiplier * 2^(shift - 31), rounded. */
DT_INLINE int32_t dt_multiply_by_quantized_multiplier(int32_t x, int32_t multiplier, int32_t shift)
{
    const int32_t left = shift > 0 ? shift : 0;
    const int32_t right = shift > 0 ? 0 : -shift;
    return dt_rounding_divide_by_pot(dt_sat_rdhm(dt_shl_wrap(x, left), multiplier), right);
}

/* tflite::MultiplyByQuantizedMultiplierSmallerThanOneExp (shift <= 0). */
DT_INLINE int32_t dt_multiply_by_quantized_multiplier_smaller_than_one(int32_t x, int32_t multiplier,
                                                                     int32_t shift)
{
    return dt_rounding_divide_by_pot(dt_sat_rdhm(x, multiplier), -shift);
}

/* a + b with two's complement wrap-around (the int32 addition TFLite Micro does, defined here
 * for every input; equal to it wherever that addition does not overflow). */
DT_INLINE int32_t dt_add_wrap(int32_t a, int32_t b)
{
    const uint32_t u = (uint32_t)a + (uint32_t)b;
    return u <= (uint32_t)INT32_MAX ? (int32_t)u : -(int32_t)(~u) - 1;
}

/* v + offset clamped to [act_min, act_max]. The sum is formed in 64 bits: a saturated v plus an
 * offset cannot overflow (TFLite Micro adds in int32, which is only defined when it fits, and
 * then gives the same result). */
DT_INLINE int32_t dt_offset_clamp(int32_t v, int32_t offset, int32_t act_min, int32_t act_max)
{
    const int64_t s = (int64_t)v + (int64_t)offset;
    return s < act_min ? act_min : (s > act_max ? act_max : (int32_t)s);
}

/* Requantize an int32 accumulator to int8 with the output offset and clamp range. */
DT_INLINE int8_t dt_requantize(int32_t acc, int32_t multiplier, int32_t shift, int32_t output_offset,
                               int32_t act_min, int32_t act_max)
{
    return (int8_t)dt_offset_clamp(dt_multiply_by_quantized_multiplier(acc, multiplier, shift),
                                   output_offset, act_min, act_max);
}

DT_INLINE int32_t dt_clamp(int32_t v, int32_t lo, int32_t hi)
{
    return v < lo ? lo : (v > hi ? hi : v);
}

/* ---- dot-product helpers of the conv / fully connected kernels -------------------------- */

/* 1 when `list` is NULL (all channels) or a valid winner list over `channels` channels. */
DT_INLINE int dt_channel_list_ok(const dt_channel_list *list, int32_t channels)
{
    return list == NULL || (list->num_channels == channels && list->count >= 0 &&
                            list->count <= channels && (list->count == 0 || list->index != NULL));
}

/* Valid kernel tap range [*lo, *hi) along one axis: positions p0 + k * dil in [0, size). */
DT_INLINE void dt_tap_range(int32_t p0, int32_t dil, int32_t k, int32_t size, int32_t *lo, int32_t *hi)
{
    int32_t l = 0, h = k;
    if (p0 < 0) {
        l = (-p0 + dil - 1) / dil;
    }
    if (size - p0 <= 0) {
        h = 0;
    } else {
        const int32_t m = (size - p0 + dil - 1) / dil;
        h = m < k ? m : k;
    }
    *lo = l;
    *hi = h > l ? h : l;
}

/* The in-bounds window of a pool's output position (oy, ox) in batch `in_batch`: its first
 * element (channel 0), *rows x *cols elements, rows in_w * c bytes apart, columns c apart. */
DT_INLINE const int8_t *dt_pool_window(const dt_pool_params *params, const dt_dims *input_dims,
                                       const dt_dims *filter_dims, const int8_t *in_batch,
                                       int32_t oy, int32_t ox, int32_t *rows, int32_t *cols)
{
    const int32_t iy0 = oy * params->stride.h - params->padding.h;
    const int32_t ix0 = ox * params->stride.w - params->padding.w;
    int32_t y_lo, y_hi, x_lo, x_hi;
    dt_tap_range(iy0, 1, filter_dims->h, input_dims->h, &y_lo, &y_hi);
    dt_tap_range(ix0, 1, filter_dims->w, input_dims->w, &x_lo, &x_hi);
    *rows = y_hi - y_lo;
    *cols = x_hi - x_lo;
    if (*rows <= 0 || *cols <= 0) {
        *rows = 0;
        *cols = 0;
        return in_batch;
    }
    return in_batch + ((iy0 + y_lo) * input_dims->w + ix0 + x_lo) * input_dims->c;
}

/* sum_i (x[i] + off) * f[i], i = 0..n-1. */
DT_INLINE int32_t dt_dot1_s8(const int8_t *x, const int8_t *f, int32_t n, int32_t off)
{
    int32_t acc = 0;
    const int8_t *const x_end = x + n;
    while (x < x_end) {
        acc += ((int32_t)*x++ + off) * (int32_t)*f++;
    }
    return acc;
}

/* As dt_dot1_s8 over the listed elements idx[0..n) only. */
DT_INLINE int32_t dt_dot1_idx_s8(const int8_t *x, const int8_t *f, const uint16_t *idx, int32_t n,
                                 int32_t off)
{
    int32_t acc = 0;
    const uint16_t *const idx_end = idx + n;
    while (idx < idx_end) {
        const int32_t c = *idx++;
        acc += ((int32_t)x[c] + off) * (int32_t)f[c];
    }
    return acc;
}

/* ---- gemmlowp fixed point (dt_nn_support.c), used by dt_softmax_s8 ---------------------- */

/* exp(a) for a <= 0; a has 5 integer bits (Q5.26), the result 0 integer bits (Q0.31). */
int32_t dt_exp_on_negative_values(int32_t a);

/* 1 / (1 + a) for a in [0, 1), Q0.31 in and out. */
int32_t dt_one_over_one_plus_x_for_x_in_0_1(int32_t a);

/* tflite::GetReciprocal: the reciprocal of x > 0 with x_integer_digits integer bits, as a Q0.31
 * value scaled by 2^-num_bits_over_unit. */
int32_t dt_get_reciprocal(int32_t x, int32_t x_integer_digits, int32_t *num_bits_over_unit);

/* gemmlowp SaturatingRoundingMultiplyByPOT for a positive exponent (saturating x * 2^e). */
int32_t dt_saturating_left_shift(int32_t x, int32_t exponent);

/* The k highest of `channels` int32 scores, ties to the lower index, written ascending to
 * winners[0..k-1] (winners also serves as the size-k heap): O(C log k). 0 < k <= channels. */
dt_status dt_wta_top_k(const int32_t *score, int32_t channels, int32_t k, uint16_t *winners);

#ifdef __cplusplus
}
#endif

#endif /* DT_NN_SUPPORT_H */
