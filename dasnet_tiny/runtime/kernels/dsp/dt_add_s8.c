/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_add_s8.c (DSP variant) - int8 ADD with broadcasting (TensorFlow Lite Micro's reference
 * quantized add). Each input's rescale depends on its int8 value only, so for tensors of at
 * least DT_ADD_TABLE_MIN elements both rescales come from two 256-entry tables built once per
 * call (with the portable arithmetic); per element there remain two table loads, one add and
 * the output requantization (dt_dsp_rq_fast). The innermost dimension runs as a flat loop.
 */
#include "dt_nn.h"
#include "dt_nn_dsp.h"
#include "dt_nn_support.h"

#define DT_ADD_TABLE_MIN 256

static int32_t dt_add_rescale(int32_t v, int32_t offset, int32_t left_shift, int32_t m, int32_t s)
{
    return dt_multiply_by_quantized_multiplier_smaller_than_one(dt_shl_wrap(v + offset, left_shift),
                                                               m, s);
}

dt_status dt_add_s8(const dt_add_params *params, const dt_broadcast_shape *shape,
                    const int8_t *input1, const int8_t *input2, int8_t *output)
{
    const int32_t *d = shape->dims, *s1 = shape->stride1, *s2 = shape->stride2;
    const int32_t ls = params->left_shift;
    const int32_t out_off = params->output_offset;
    const int32_t act_min = params->activation.min, act_max = params->activation.max;
    int32_t t1[256], t2[256];
    dt_dsp_rq qo;
    int32_t i0, i1, i2, i3, i4, v;
    int32_t total = 1;

    if (ls < 0 || ls > 30) {
        return DT_ERR_ARG;
    }
    for (v = 0; v < DT_MAX_DIMS; v++) {
        total *= d[v];
    }
    dt_dsp_rq_prep(&qo, params->output_multiplier, params->output_shift);
    if (total < DT_ADD_TABLE_MIN || params->output_shift > 0 || qo.slow) {
        /* Small tensors: the rescales directly (no table to build). */
        for (v = 0; v < 256; v++) {
            t1[v] = 0;
            t2[v] = 0;
        }
    } else {
        for (v = -128; v < 128; v++) {
            t1[v + 128] = dt_add_rescale(v, params->input1_offset, ls, params->input1_multiplier,
                                         params->input1_shift);
            t2[v + 128] = dt_add_rescale(v, params->input2_offset, ls, params->input2_multiplier,
                                         params->input2_shift);
        }
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
                        const int32_t st1 = s1[5], st2 = s2[5];
                        int32_t n = d[5];
                        if (total < DT_ADD_TABLE_MIN || params->output_shift > 0 || qo.slow) {
                            for (; n > 0; n--, x1 += st1, x2 += st2) {
                                const int32_t ra = dt_add_rescale(*x1, params->input1_offset, ls,
                                                                  params->input1_multiplier,
                                                                  params->input1_shift);
                                const int32_t rb = dt_add_rescale(*x2, params->input2_offset, ls,
                                                                  params->input2_multiplier,
                                                                  params->input2_shift);
                                const int32_t sum = (int32_t)((uint32_t)ra + (uint32_t)rb);
                                *output++ = dt_dsp_clamp8(
                                    dt_multiply_by_quantized_multiplier_smaller_than_one(
                                        sum, params->output_multiplier, params->output_shift) +
                                        out_off,
                                    act_min, act_max);
                            }
                        } else {
                            /* Locals: stores through int8_t pointers may alias any field. */
                            const int32_t *const ta = t1 + 128;
                            const int32_t *const tb = t2 + 128;
                            int8_t *o = output;
                            output += n;
                            if (!qo.e0) {
                                const int64_t c = qo.c;
                                const int32_t m = qo.m, sh = qo.sh;
                                for (; n > 0; n--, x1 += st1, x2 += st2) {
                                    const int32_t sum =
                                        (int32_t)((uint32_t)ta[*x1] + (uint32_t)tb[*x2]);
                                    const int64_t p = c - (sum < 0 ? (INT64_C(1) << 31) : 0) +
                                                      (int64_t)sum * (int64_t)m;
                                    *o++ = dt_dsp_clamp8(__qadd((int32_t)(p >> 32) >> sh, out_off),
                                                         act_min, act_max);
                                }
                            } else {
                                for (; n > 0; n--, x1 += st1, x2 += st2) {
                                    const int32_t sum =
                                        (int32_t)((uint32_t)ta[*x1] + (uint32_t)tb[*x2]);
                                    *o++ = dt_dsp_clamp8(__qadd(dt_dsp_rq_fast(sum, &qo), out_off),
                                                         act_min, act_max);
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    return DT_OK;
}
