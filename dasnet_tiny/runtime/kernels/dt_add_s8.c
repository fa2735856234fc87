/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_add_s8.c - int8 ADD with broadcasting up to DT_MAX_DIMS dimensions (TensorFlow Lite Micro's
 * reference quantized add: left shift 20, per-input rescale, output rescale, clamp).
 */
#include "dt_nn.h"
#include "dt_nn_support.h"

static int8_t add_one(const dt_add_params *p, int32_t a, int32_t b)
{
    const int32_t sa = dt_shl_wrap(a + p->input1_offset, p->left_shift);
    const int32_t sb = dt_shl_wrap(b + p->input2_offset, p->left_shift);
    const int32_t ra =
        dt_multiply_by_quantized_multiplier_smaller_than_one(sa, p->input1_multiplier, p->input1_shift);
    const int32_t rb =
        dt_multiply_by_quantized_multiplier_smaller_than_one(sb, p->input2_multiplier, p->input2_shift);
    const int32_t raw = dt_multiply_by_quantized_multiplier_smaller_than_one(
        dt_add_wrap(ra, rb), p->output_multiplier, p->output_shift);
    return (int8_t)dt_offset_clamp(raw, p->output_offset, p->activation.min, p->activation.max);
}

dt_status dt_add_s8(const dt_add_params *params, const dt_broadcast_shape *shape,
                    const int8_t *input1, const int8_t *input2, int8_t *output)
{
    const int32_t *d = shape->dims, *s1 = shape->stride1, *s2 = shape->stride2;
    int32_t i0, i1, i2, i3, i4, i5;
    if (params->left_shift < 0 || params->left_shift > 30) {
        return DT_ERR_ARG;
    }
    for (i0 = 0; i0 < d[0]; i0++) {
        for (i1 = 0; i1 < d[1]; i1++) {
            for (i2 = 0; i2 < d[2]; i2++) {
                for (i3 = 0; i3 < d[3]; i3++) {
                    for (i4 = 0; i4 < d[4]; i4++) {
                        const int32_t a = i0 * s1[0] + i1 * s1[1] + i2 * s1[2] + i3 * s1[3] + i4 * s1[4];
                        const int32_t b = i0 * s2[0] + i1 * s2[1] + i2 * s2[2] + i3 * s2[3] + i4 * s2[4];
                        const int8_t *x1 = input1 + a;
                        const int8_t *x2 = input2 + b;
                        for (i5 = 0; i5 < d[5]; i5++) {
                            *output++ = add_one(params, x1[i5 * s1[5]], x2[i5 * s2[5]]);
                        }
                    }
                }
            }
        }
    }
    return DT_OK;
}
