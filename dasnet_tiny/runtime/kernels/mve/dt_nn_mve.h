/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_nn_mve.h - MVE (Helium) helpers of the dasnet-tiny Cortex-M55 kernel variants.
 *
 * Requantization, four lanes at a time, bit-exact with dt_requantize() (TensorFlow Lite Micro's
 * MultiplyByQuantizedMultiplier with double rounding):
 *
 *   left  = max(shift, 0), right = -min(shift, 0)
 *   y = RoundingDivideByPOT(SaturatingRoundingDoublingHighMul(x << left, m), right)
 *
 * - x << left: VSHL by a non-negative amount, a plain wrapping shift (as dt_shl_wrap).
 * - VQRDMULH.S32 returns sat((2ab + 2^31) >> 32) = floor((ab + 2^30) / 2^31), saturating the one
 *   overflowing product INT32_MIN * INT32_MIN to INT32_MAX: exactly dt_sat_rdhm.
 * - VRSHL by -e (e = right, 0..31) returns floor((v + 2^(e-1)) / 2^e) computed without overflow
 *   (round half up), and v for e = 0. gemmlowp rounds half away from zero: for v < 0 and e > 0 the
 *   result is floor(v / 2^e) + [rem > 2^(e-1)] with rem = v mod 2^e. Subtracting 1 from a
 *   negative v first gives floor((v - 1 + 2^(e-1)) / 2^e) = floor(v / 2^e) + [rem - 1 + 2^(e-1)
 *   >= 2^e] = floor(v / 2^e) + [rem > 2^(e-1)]: the same. The fixup (v & -e) >> 31 is -1 exactly
 *   when v < 0 and e > 0 (sign bit of both); VQADD saturates INT32_MIN - 1 to INT32_MIN, whose
 *   quotient floor((INT32_MIN + 2^(e-1)) / 2^e) = INT32_MIN / 2^e is gemmlowp's as well (rem 0).
 *   With e = 0 the fixup is 0 and VRSHL by 0 is the identity.
 */
#ifndef DT_NN_MVE_H
#define DT_NN_MVE_H

#include <arm_mve.h>
#include <stdint.h>

#include "dt_nn.h"
#include "dt_nn_support.h"

/* Hide a pointer's value from the optimizer (no code): loads through it stay where they are
 * written instead of being hoisted out of a loop and spilled to the stack. */
#if defined(__GNUC__) || defined(__clang__)
#define DT_OPAQUE(p) __asm__ __volatile__("" : "+r"(p))
#define DT_OPAQUE_V(v) __asm__ __volatile__("" : "+w"(v))
#else
#define DT_OPAQUE(p) ((void)0)
#define DT_OPAQUE_V(v) ((void)0)
#endif

/* Per-lane requantization parameters: multiplier, left shift (>= 0), negated right shift (<= 0). */
typedef struct {
    int32x4_t mult;
    int32x4_t lsh;
    int32x4_t rsh;
} dt_mve_rq;

/* The parameters of channels ch..ch+3 (the lanes >= n are zero; any result there is unused). */
DT_INLINE dt_mve_rq dt_mve_rq_load(const int32_t *mult, const int32_t *shift, int32_t n)
{
    const mve_pred16_t p = vctp32q((uint32_t)n);
    const int32x4_t s = vldrwq_z_s32(shift, p);
    dt_mve_rq r;
    r.mult = vldrwq_z_s32(mult, p);
    r.lsh = vmaxq_s32(s, vdupq_n_s32(0));
    r.rsh = vminq_s32(s, vdupq_n_s32(0));
    return r;
}

/* One multiplier and shift in all lanes. */
DT_INLINE dt_mve_rq dt_mve_rq_dup(int32_t mult, int32_t shift)
{
    dt_mve_rq r;
    r.mult = vdupq_n_s32(mult);
    r.lsh = vdupq_n_s32(shift > 0 ? shift : 0);
    r.rsh = vdupq_n_s32(shift > 0 ? 0 : shift);
    return r;
}

/* MultiplyByQuantizedMultiplier on four lanes (see the header comment). */
DT_INLINE int32x4_t dt_mve_mbqm(int32x4_t x, const dt_mve_rq *q)
{
    const int32x4_t d = vqrdmulhq_s32(vshlq_s32(x, q->lsh), q->mult);
    const int32x4_t fix = vshrq_n_s32(vandq_s32(d, q->rsh), 31);
    return vrshlq_s32(vqaddq_s32(d, fix), q->rsh);
}

/* dt_requantize on four lanes: MBQM + output offset, clamped to [lo, hi]. */
DT_INLINE int32x4_t dt_mve_requantize(int32x4_t x, const dt_mve_rq *q, int32_t out_off, int32_t lo,
                                      int32_t hi)
{
    int32x4_t y = vaddq_n_s32(dt_mve_mbqm(x, q), out_off);
    y = vmaxq_s32(y, vdupq_n_s32(lo));
    return vminq_s32(y, vdupq_n_s32(hi));
}

/* As dt_mve_requantize without the left shift (every shift <= 0), the clamp bounds duplicated
 * at the point of use (fewer vector registers live across a loop). */
DT_INLINE int32x4_t dt_mve_requantize_r(int32x4_t x, int32x4_t mult, int32x4_t rsh, int32_t out_off,
                                        int32_t lo, int32_t hi)
{
    const int32x4_t d = vqrdmulhq_s32(x, mult);
    const int32x4_t fix = vshrq_n_s32(vandq_s32(d, rsh), 31);
    int32x4_t y = vaddq_n_s32(vrshlq_s32(vqaddq_s32(d, fix), rsh), out_off);
    DT_OPAQUE(lo);
    DT_OPAQUE(hi);
    y = vmaxq_s32(y, vdupq_n_s32(lo));
    return vminq_s32(y, vdupq_n_s32(hi));
}

/* 1 when no lane of q shifts left. */
DT_INLINE int dt_mve_rq_no_left(const dt_mve_rq *q)
{
    return vmaxvq_s32(0, q->lsh) == 0;
}

/* Four int32 scalars as one vector (VDUP and three lane moves; the two-register VMOV to lanes
 * is avoided: emulators disagree on its lane order). */
DT_INLINE int32x4_t dt_mve_vec4(int32_t a0, int32_t a1, int32_t a2, int32_t a3)
{
    int32x4_t v = vdupq_n_s32(a0);
    v = vsetq_lane_s32(a1, v, 1);
    v = vsetq_lane_s32(a2, v, 2);
    v = vsetq_lane_s32(a3, v, 3);
    return v;
}

/* Sum of n int8 values. */
DT_INLINE int32_t dt_mve_sum_s8(const int8_t *x, int32_t n)
{
    int32_t s = 0;
    for (; n >= 16; n -= 16, x += 16) {
        s = vaddvaq_s8(s, vldrbq_s8(x));
    }
    if (n > 0) {
        s = vaddvaq_s8(s, vldrbq_z_s8(x, vctp8q((uint32_t)n)));
    }
    return s;
}

/* The loops of the MVE depthwise kernel (dt_mve_depthwise_core.c); the dense kernel passes
 * channels NULL. */
dt_status dt_mve_dw_run(const dt_context *ctx, const dt_dw_conv_params *params,
                        const dt_per_channel_quant_params *quant,
                        const dt_dims *input_dims, const int8_t *input,
                        const dt_dims *filter_dims, const int8_t *filter,
                        const int32_t *bias,
                        const dt_dims *output_dims, int8_t *output,
                        const dt_channel_list *in_channels);

#endif /* DT_NN_MVE_H */
