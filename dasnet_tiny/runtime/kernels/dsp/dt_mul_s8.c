/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_mul_s8.c (DSP variant) - int8 MUL with broadcasting (TensorFlow Lite Micro's reference:
 * (x1 + offset1) * (x2 + offset2) requantized to the output, clamped). The innermost dimension
 * runs as a flat loop; with both inputs contiguous there (equal shapes, or a broadcast of the
 * outer dimensions) four elements at a time: one word load and two SXTAB16 per input add the
 * offset in 16-bit lanes, SMULBB / SMULTT form the products, and the requantization is one SMLAL
 * on a constant (dt_dsp_rq_fast). Bit-exact with the portable kernel.
 */
#include "dt_nn.h"
#include "dt_nn_dsp.h"
#include "dt_nn_support.h"

/* Products of the bottom / top 16-bit lanes (SMULBB / SMULTT). */
DT_INLINE int32_t dt_mul_bb(uint32_t a, uint32_t b)
{
    return (int32_t)(int16_t)(a & 0xFFFFu) * (int32_t)(int16_t)(b & 0xFFFFu);
}

DT_INLINE int32_t dt_mul_tt(uint32_t a, uint32_t b)
{
    return (int32_t)(int16_t)(a >> 16) * (int32_t)(int16_t)(b >> 16);
}

/* One output element: the product requantized, offset, clamped. */
DT_INLINE int8_t dt_mul_out(int32_t prod, const dt_dsp_rq *q, int32_t out_off, int32_t act_min,
                            int32_t act_max)
{
    return dt_dsp_clamp8(__qadd(dt_dsp_rq_fast(prod, q), out_off), act_min, act_max);
}

dt_status dt_mul_s8(const dt_mul_params *params, const dt_broadcast_shape *shape,
                    const int8_t *input1, const int8_t *input2, int8_t *output)
{
    const int32_t *d = shape->dims, *s1 = shape->stride1, *s2 = shape->stride2;
    const int32_t off1 = params->input1_offset, off2 = params->input2_offset;
    const int32_t out_off = params->output_offset;
    const int32_t act_min = params->activation.min, act_max = params->activation.max;
    const uint32_t o1 = dt_dsp_pair(off1), o2 = dt_dsp_pair(off2);
    const int32_t st1 = s1[5], st2 = s2[5];
    dt_dsp_rq q;
    int32_t i0, i1, i2, i3, i4;

    if (off1 < -255 || off1 > 255 || off2 < -255 || off2 > 255) {
        return DT_ERR_ARG; /* int8 zero points: |offset| <= 128 */
    }
    dt_dsp_rq_prep(&q, params->output_multiplier, params->output_shift);
    for (i0 = 0; i0 < d[0]; i0++) {
        for (i1 = 0; i1 < d[1]; i1++) {
            for (i2 = 0; i2 < d[2]; i2++) {
                for (i3 = 0; i3 < d[3]; i3++) {
                    for (i4 = 0; i4 < d[4]; i4++) {
                        const int32_t a = i0 * s1[0] + i1 * s1[1] + i2 * s1[2] + i3 * s1[3] + i4 * s1[4];
                        const int32_t b = i0 * s2[0] + i1 * s2[1] + i2 * s2[2] + i3 * s2[3] + i4 * s2[4];
                        const int8_t *x1 = input1 + a;
                        const int8_t *x2 = input2 + b;
                        int32_t n = d[5];
                        if (q.slow) {
                            for (; n > 0; n--, x1 += st1, x2 += st2) {
                                *output++ = dt_requantize(((int32_t)*x1 + off1) * ((int32_t)*x2 + off2),
                                                          params->output_multiplier,
                                                          params->output_shift, out_off, act_min,
                                                          act_max);
                            }
                            continue;
                        }
                        if (st1 == 1 && st2 == 1) {
                            for (; n >= 4; n -= 4, x1 += 4, x2 += 4, output += 4) {
                                const uint32_t w1 = dt_dsp_read4(x1), w2 = dt_dsp_read4(x2);
                                const uint32_t e1 = __sxtab16(o1, w1), e2 = __sxtab16(o2, w2);
                                const uint32_t d1 = dt_dsp_sxtab16_ror8(o1, w1);
                                const uint32_t d2 = dt_dsp_sxtab16_ror8(o2, w2);
                                output[0] = dt_mul_out(dt_mul_bb(e1, e2), &q, out_off, act_min, act_max);
                                output[1] = dt_mul_out(dt_mul_bb(d1, d2), &q, out_off, act_min, act_max);
                                output[2] = dt_mul_out(dt_mul_tt(e1, e2), &q, out_off, act_min, act_max);
                                output[3] = dt_mul_out(dt_mul_tt(d1, d2), &q, out_off, act_min, act_max);
                            }
                        }
                        for (; n > 0; n--, x1 += st1, x2 += st2) {
                            *output++ = dt_mul_out(((int32_t)*x1 + off1) * ((int32_t)*x2 + off2), &q,
                                                   out_off, act_min, act_max);
                        }
                    }
                }
            }
        }
    }
    return DT_OK;
}
