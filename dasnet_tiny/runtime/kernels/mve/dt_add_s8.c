/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_add_s8.c (MVE) - int8 ADD with broadcasting for Cortex-M55 (Helium), bit-exact with the
 * portable kernel (TensorFlow Lite Micro's reference quantized add: left shift, per-input rescale,
 * output rescale, clamp).
 *
 * The innermost dimension runs four lanes at a time: both inputs are loaded widened to 32 bits
 * (contiguous loads, or byte gathers at lane * stride for a strided or broadcast input), each
 * rescaled with VQRDMULH and a rounding shift (dt_nn_mve.h arithmetic), summed, rescaled to the
 * output, clamped and stored narrowed; the row tail is predicated.
 */
#include "dt_nn.h"
#include "dt_nn_support.h"
#include "dt_nn_mve.h"

/* MultiplyByQuantizedMultiplierSmallerThanOne on four lanes; rsh = shift (<= 0) in every lane. */
DT_INLINE int32x4_t mbqm_r(int32x4_t x, int32_t m, int32x4_t rsh)
{
    const int32x4_t d = vqrdmulhq_n_s32(x, m);
    return vrshlq_s32(vqaddq_s32(d, vshrq_n_s32(vandq_s32(d, rsh), 31)), rsh);
}

DT_INLINE int32x4_t load4(const int8_t *x, int32_t stride, uint32x4_t ofs, mve_pred16_t p)
{
    return stride == 1 ? vldrbq_z_s32(x, p) : vldrbq_gather_offset_z_s32(x, ofs, p);
}

dt_status dt_add_s8(const dt_add_params *params, const dt_broadcast_shape *shape,
                    const int8_t *input1, const int8_t *input2, int8_t *output)
{
    const int32_t *d = shape->dims, *s1 = shape->stride1, *s2 = shape->stride2;
    const dt_add_params *p = params;
    const int32_t n = d[5], st1 = s1[5], st2 = s2[5];
    const uint32x4_t lane = vidupq_n_u32(0, 1);
    const uint32x4_t o1 = vmulq_n_u32(lane, (uint32_t)st1), o2 = vmulq_n_u32(lane, (uint32_t)st2);
    const int32x4_t r1 = vdupq_n_s32(p->input1_shift), r2 = vdupq_n_s32(p->input2_shift);
    const int32x4_t ro = vdupq_n_s32(p->output_shift);
    int32_t i0, i1, i2, i3, i4, i;
    if (p->left_shift < 0 || p->left_shift > 30 || p->input1_shift > 0 || p->input2_shift > 0 ||
        p->output_shift > 0 || st1 < 0 || st2 < 0) {
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
                            int32x4_t va = load4(input1 + (a + i * st1), st1, o1, pr);
                            int32x4_t vb = load4(input2 + (b + i * st2), st2, o2, pr);
                            int32x4_t y;
                            va = vshlq_r_s32(vaddq_n_s32(va, p->input1_offset), p->left_shift);
                            vb = vshlq_r_s32(vaddq_n_s32(vb, p->input2_offset), p->left_shift);
                            y = vaddq_s32(mbqm_r(va, p->input1_multiplier, r1),
                                          mbqm_r(vb, p->input2_multiplier, r2));
                            y = vaddq_n_s32(mbqm_r(y, p->output_multiplier, ro), p->output_offset);
                            y = vmaxq_s32(y, vdupq_n_s32(p->activation.min));
                            y = vminq_s32(y, vdupq_n_s32(p->activation.max));
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
