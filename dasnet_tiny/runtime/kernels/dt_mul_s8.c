/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_mul_s8.c - int8 MUL with broadcasting up to DT_MAX_DIMS dimensions (TensorFlow Lite Micro's
 * reference: (x1 + offset1) * (x2 + offset2) requantized to the output, clamped).
 */
#include "dt_nn.h"
#include "dt_nn_support.h"

dt_status dt_mul_s8(const dt_mul_params *params, const dt_broadcast_shape *shape,
                    const int8_t *input1, const int8_t *input2, int8_t *output)
{
    const int32_t *d = shape->dims, *s1 = shape->stride1, *s2 = shape->stride2;
    const int32_t off1 = params->input1_offset, off2 = params->input2_offset;
    int32_t i0, i1, i2, i3, i4, i5;
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
                            const int32_t prod = ((int32_t)x1[i5 * s1[5]] + off1) *
                                                 ((int32_t)x2[i5 * s2[5]] + off2);
                            *output++ = dt_requantize(prod, params->output_multiplier,
                                                      params->output_shift, params->output_offset,
                                                      params->activation.min,
                                                      params->activation.max);
                        }
                    }
                }
            }
        }
    }
    return DT_OK;
}
