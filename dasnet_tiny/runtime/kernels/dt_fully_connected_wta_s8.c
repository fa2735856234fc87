/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_fully_connected_wta_s8.c - int8 FULLY_CONNECTED reading only the WTA winners of its input
 * (portable: the winners are indexed in place, weights in the dense [out_c][depth] layout).
 * TensorFlow Lite Micro's reference arithmetic, bit for bit.
 */
#include "dt_nn.h"
#include "dt_nn_support.h"

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

int32_t dt_fully_connected_wta_s8_get_buffer_size(const dt_dims *filter_dims, int32_t count)
{
    (void)filter_dims;
    (void)count;
    return 0;
}

dt_status dt_fully_connected_wta_s8(const dt_context *ctx, const dt_fc_params *params,
                                    const dt_per_channel_quant_params *quant,
                                    const dt_dims *input_dims, const int8_t *input,
                                    const dt_dims *filter_dims, const int8_t *filter,
                                    const int32_t *bias,
                                    const dt_dims *output_dims, int8_t *output,
                                    const dt_channel_list *winners)
{
    const int32_t rows = input_dims->n;
    const int32_t depth = input_dims->c;
    const int32_t out_c = output_dims->c;
    const int32_t input_offset = params->input_offset;
    const int32_t output_offset = params->output_offset;
    const int32_t act_min = params->activation.min, act_max = params->activation.max;
    const uint16_t *idx = winners != NULL ? winners->index : NULL;
    const int32_t n_idx = winners != NULL ? winners->count : 0;
    const int32_t period = winners != NULL ? winners->num_channels : 0;
    const uint16_t *const ip_end = n_idx > 0 ? idx + n_idx : idx;
    int32_t r, o, j;
    (void)ctx;

    if (filter_dims->c != depth || filter_dims->n != out_c || output_dims->n != rows) {
        return DT_ERR_ARG;
    }
    if (winners == NULL || period < 1 || depth % period != 0 || n_idx < 0 || n_idx > period ||
        (n_idx > 0 && idx == NULL)) {
        return DT_ERR_ARG;
    }

    for (r = 0; r < rows; r++) {
        const int8_t *x = input + r * depth;
        for (o = 0; o + 4 <= out_c; o += 4) {
            const int8_t *f = filter + o * depth;
            int32_t a0 = 0, a1 = 0, a2 = 0, a3 = 0;
            /* Element j belongs to channel j % period: walk the blocks of `period`. */
            const int8_t *xb = x;
            const int8_t *fb = f;
            for (j = 0; j < depth; j += period) {
                const uint16_t *ip = idx;
                while (ip < ip_end) {
                    const int32_t c = *ip++;
                    DT_FC_MAC4((int32_t)xb[c] + input_offset, fb + c);
                }
                xb += period; /* at most one past the row's end */
                fb += period;
            }
            if (bias != NULL) {
                a0 = dt_add_wrap(a0, bias[o]);
                a1 = dt_add_wrap(a1, bias[o + 1]);
                a2 = dt_add_wrap(a2, bias[o + 2]);
                a3 = dt_add_wrap(a3, bias[o + 3]);
            }
            output[0] = dt_requantize(a0, quant->multiplier[o], quant->shift[o], output_offset,
                                      act_min, act_max);
            output[1] = dt_requantize(a1, quant->multiplier[o + 1], quant->shift[o + 1],
                                      output_offset, act_min, act_max);
            output[2] = dt_requantize(a2, quant->multiplier[o + 2], quant->shift[o + 2],
                                      output_offset, act_min, act_max);
            output[3] = dt_requantize(a3, quant->multiplier[o + 3], quant->shift[o + 3],
                                      output_offset, act_min, act_max);
            output += 4;
        }
        for (; o < out_c; o++) {
            const int8_t *f = filter + o * depth;
            int32_t acc = 0;
            for (j = 0; j < depth; j += period) {
                acc += dt_dot1_idx_s8(x + j, f + j, idx, n_idx, input_offset);
            }
            if (bias != NULL) {
                acc = dt_add_wrap(acc, bias[o]);
            }
            *output++ = dt_requantize(acc, quant->multiplier[o], quant->shift[o], output_offset,
                                      act_min, act_max);
        }
    }
    return DT_OK;
}
