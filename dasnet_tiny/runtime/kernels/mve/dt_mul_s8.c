/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_mul_s8.c (MVE) - int8 MUL with broadcasting for Cortex-M55 (Helium), bit-exact with the
 * portable kernel (TensorFlow Lite Micro's reference: (x1 + offset1) * (x2 + offset2) requantized
 * to the output, clamped). The innermost dimension runs four lanes at a time (contiguous loads or
 * byte gathers at lane * stride), requantized by dt_nn_mve.h; the row tail is predicated.
 */
#include "dt_nn.h"
#include "dt_nn_support.h"
#include "dt_nn_mve.h"

DT_INLINE int32x4_t load4(const int8_t *x, int32_t stride, uint32x4_t ofs, mve_pred16_t p)
{
    return stride == 1 ? vldrbq_z_s32(x, p) : vldrbq_gather_offset_z_s32(x, ofs, p);
}

dt_status dt_mul_s8(const dt_mul_params *params, const dt_broadcast_shape *shape,
                    const int8_t *input1, const int8_t *input2, int8_t *output)
{
    const int32_t *d = shape->dims, *s1 = shape->stride1, *s2 = shape->stride2;
    const int32_t n = d[5], st1 = s1[5], st2 = s2[5];
    const int32_t off1 = params->input1_offset, off2 = params->input2_offset;
    const uint32x4_t lane = vidupq_n_u32(0, 1);
    const uint32x4_t o1 = vmulq_n_u32(lane, (uint32_t)st1), o2 = vmulq_n_u32(lane, (uint32_t)st2);
    const dt_mve_rq q = dt_mve_rq_dup(params->output_multiplier, params->output_shift);
    int32_t i0, i1, i2, i3, i4, i;
    if (st1 < 0 || st2 < 0) {
        return DT_ERR_ARG;
    }
    for (i0 = 0; i0 < d[0]; i0++) {
        for (i1 = 0; i1 < d[1]; i1++) {
            for (i2 = 0; i2 < d[2]; i2++) {
                for (i3 = 0; i3 < d[3]; i3++) {
                    for (i4 = 0; i4 < d[4]; i4++) {
                        const int32_t a = i0 * s1[0] + i1 * s1[1] + i2 * s1[2] + i3 * s1[3] + i4 * s1[4];
                        const int32_t b = i0 * s2[0] + i1 * s2[1] + i2 * s2[2] + i3 * s2[3] + i4 * s2[4];
                        for (i = 0; i < n; i += 4) {
                            const mve_pred16_t pr = vctp32q((uint32_t)(n - i));
                            const int32x4_t va = vaddq_n_s32(load4(input1 + (a + i * st1), st1, o1, pr), off1);
                            const int32x4_t vb = vaddq_n_s32(load4(input2 + (b + i * st2), st2, o2, pr), off2);
                            const int32x4_t y = dt_mve_requantize(vmulq_s32(va, vb), &q,
                                                                  params->output_offset,
                                                                  params->activation.min,
                                                                  params->activation.max);
                            vstrbq_p_s32(output, y, pr);
                            output += n - i < 4 ? n - i : 4;
                        }
                    }
                }
            }
        }
    }
    return DT_OK;
}
