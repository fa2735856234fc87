/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_fully_connected_s8.c (DSP variant) - int8 FULLY_CONNECTED with the Arm DSP extension: each
 * input row is sign-extended once into 16-bit pairs with the input offset added (a stack buffer
 * of DT_FC_CHUNK elements at a time), then every block of four output channels runs SMLAD over
 * its four weight rows (dt_dsp_mac4x1_x16). With a WTA channel list the plain loops of the
 * portable kernel run. Same results as the portable kernel.
 */
#include "dt_nn.h"
#include "dt_nn_dsp.h"
#include "dt_nn_support.h"

/* Input elements extended at a time (8 bytes of stack per 4 elements). */
#define DT_FC_CHUNK 512

/* Four output channels at once: filter rows o..o+3 are `depth` bytes apart. */
#define DT_FC_MAC4(xv_expr, fp_expr)                                                               \
    do {                                                                                           \
        const int32_t xv_ = (xv_expr);                                                             \
        const int8_t *fp_ = (fp_expr);                                                             \
        a0 += xv_ * (int32_t)fp_[0];                                                               \
        fp_ += depth;                                                                              \
        a1 += xv_ * (int32_t)fp_[0];                                                               \
        fp_ += depth;                                                                              \
        a2 += xv_ * (int32_t)fp_[0];                                                               \
        fp_ += depth;                                                                              \
        a3 += xv_ * (int32_t)fp_[0];                                                               \
    } while (0)

int32_t dt_fully_connected_s8_get_buffer_size(const dt_dims *filter_dims)
{
    (void)filter_dims;
    return 0;
}

dt_status dt_fully_connected_s8(const dt_context *ctx, const dt_fc_params *params,
                                const dt_per_channel_quant_params *quant,
                                const dt_dims *input_dims, const int8_t *input,
                                const dt_dims *filter_dims, const int8_t *filter,
                                const int32_t *bias,
                                const dt_dims *output_dims, int8_t *output,
                                const dt_channel_list *in_channels)
{
    const int32_t rows = input_dims->n;
    const int32_t depth = input_dims->c;
    const int32_t out_c = output_dims->c;
    const int32_t input_offset = params->input_offset;
    const int32_t output_offset = params->output_offset;
    const int32_t act_min = params->activation.min, act_max = params->activation.max;
    const uint16_t *idx = in_channels != NULL ? in_channels->index : NULL;
    const int32_t n_idx = in_channels != NULL ? in_channels->count : 0;
    const int32_t period = in_channels != NULL ? in_channels->num_channels : depth;
    int32_t r, o, j;
    (void)ctx;

    if (filter_dims->c != depth || filter_dims->n != out_c || output_dims->n != rows) {
        return DT_ERR_ARG;
    }
    if (in_channels != NULL && (period < 1 || depth % period != 0 || n_idx < 0 || n_idx > period ||
                                (n_idx > 0 && idx == NULL))) {
        return DT_ERR_ARG;
    }

    if (idx == NULL) {
        const uint32_t off2 = dt_dsp_pair(input_offset);
        uint32_t xe[DT_FC_CHUNK / 2];
        const int32_t depth4 = depth & ~3;
        const int32_t single = depth4 <= DT_FC_CHUNK;
        dt_dsp_rq4 q4;
        q4.min4 = ((uint32_t)act_min & 0xFFu) * 0x01010101u;
        q4.max4 = ((uint32_t)act_max & 0xFFu) * 0x01010101u;
        q4.clamp = act_min > -128 || act_max < 127;
        q4.output_offset = output_offset;
        for (r = 0; r < rows; r++) {
            const int8_t *x = input + r * depth;
            if (single) {
                dt_dsp_extend(x, depth4 >> 2, off2, xe);
            }
            for (o = 0; o + 4 <= out_c; o += 4) {
                const int8_t *f = filter + o * depth;
                int32_t a[4], j0, k;
                for (k = 0; k < 4; k++) {
                    a[k] = bias != NULL ? bias[o + k] : 0;
                }
                for (j0 = 0; j0 < depth4; j0 += DT_FC_CHUNK) {
                    const int32_t n = depth4 - j0 < DT_FC_CHUNK ? depth4 - j0 : DT_FC_CHUNK;
                    if (!single) {
                        dt_dsp_extend(x + j0, n >> 2, off2, xe);
                    }
                    dt_dsp_mac4x1_x16(xe, f + j0, depth, n >> 2, a);
                }
                for (j = depth4; j < depth; j++) {
                    const int32_t xv = (int32_t)x[j] + input_offset;
                    a[0] += xv * f[j];
                    a[1] += xv * f[j + depth];
                    a[2] += xv * f[j + 2 * depth];
                    a[3] += xv * f[j + 3 * depth];
                }
                if (dt_dsp_rq4_quick(&q4, quant->multiplier + o, quant->shift + o)) {
                    dt_dsp_rq4_put(output, a[0], a[1], a[2], a[3], &q4, act_min, act_max);
                } else {
                    for (k = 0; k < 4; k++) {
                        output[k] = dt_dsp_requantize(a[k], quant->multiplier[o + k],
                                                      quant->shift[o + k], output_offset, act_min,
                                                      act_max);
                    }
                }
                output += 4;
            }
            for (; o < out_c; o++) {
                const int8_t *f = filter + o * depth;
                int32_t acc = bias != NULL ? bias[o] : 0, j0;
                for (j0 = 0; j0 < depth4; j0 += DT_FC_CHUNK) {
                    const int32_t n = depth4 - j0 < DT_FC_CHUNK ? depth4 - j0 : DT_FC_CHUNK;
                    if (!single) {
                        dt_dsp_extend(x + j0, n >> 2, off2, xe);
                    }
                    acc = dt_dsp_mac1_x16(xe, f + j0, n >> 2, acc);
                }
                for (j = depth4; j < depth; j++) {
                    acc += ((int32_t)x[j] + input_offset) * f[j];
                }
                *output++ = dt_dsp_requantize(acc, quant->multiplier[o], quant->shift[o],
                                              output_offset, act_min, act_max);
            }
        }
        return DT_OK;
    }

    for (r = 0; r < rows; r++) {
        const int8_t *x = input + r * depth;
        for (o = 0; o + 4 <= out_c; o += 4) {
            const int8_t *f = filter + o * depth;
            int32_t a0 = 0, a1 = 0, a2 = 0, a3 = 0;
            if (idx == NULL) {
                for (j = 0; j < depth; j++) {
                    DT_FC_MAC4((int32_t)x[j] + input_offset, f + j);
                }
            } else {
                /* Element j belongs to channel j % period: walk the blocks of `period`. */
                const int8_t *xb = x;
                const int8_t *fb = f;
                const uint16_t *const ip_end = idx + n_idx;
                for (j = 0; j < depth; j += period) {
                    const uint16_t *ip = idx;
                    while (ip < ip_end) {
                        const int32_t c = *ip++;
                        DT_FC_MAC4((int32_t)xb[c] + input_offset, fb + c);
                    }
                    xb += period; /* at most one past the row's end */
                    fb += period;
                }
            }
            if (bias != NULL) {
                a0 = dt_add_wrap(a0, bias[o]);
                a1 = dt_add_wrap(a1, bias[o + 1]);
                a2 = dt_add_wrap(a2, bias[o + 2]);
                a3 = dt_add_wrap(a3, bias[o + 3]);
            }
            output[0] = dt_dsp_requantize(a0, quant->multiplier[o], quant->shift[o], output_offset,
                                      act_min, act_max);
            output[1] = dt_dsp_requantize(a1, quant->multiplier[o + 1], quant->shift[o + 1],
                                      output_offset, act_min, act_max);
            output[2] = dt_dsp_requantize(a2, quant->multiplier[o + 2], quant->shift[o + 2],
                                      output_offset, act_min, act_max);
            output[3] = dt_dsp_requantize(a3, quant->multiplier[o + 3], quant->shift[o + 3],
                                      output_offset, act_min, act_max);
            output += 4;
        }
        for (; o < out_c; o++) {
            const int8_t *f = filter + o * depth;
            int32_t acc = 0;
            if (idx == NULL) {
                acc = dt_dot1_s8(x, f, depth, input_offset);
            } else {
                for (j = 0; j < depth; j += period) {
                    acc += dt_dot1_idx_s8(x + j, f + j, idx, n_idx, input_offset);
                }
            }
            if (bias != NULL) {
                acc = dt_add_wrap(acc, bias[o]);
            }
            *output++ = dt_dsp_requantize(acc, quant->multiplier[o], quant->shift[o], output_offset,
                                      act_min, act_max);
        }
    }
    return DT_OK;
}
