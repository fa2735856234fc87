/*
 * dt_fully_connected_s8.c - int8 FULLY_CONNECTED (per-tensor or per-channel weights),
 * TensorFlow Lite Micro's reference arithmetic; optional WTA input channel list.
 */
#include "dt_nn.h"
#include "dt_nn_support.h"

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
    int32_t r, o, j, i;
    (void)ctx;

    if (filter_dims->c != depth || filter_dims->n != out_c || output_dims->n != rows) {
        return DT_ERR_ARG;
    }
    if (in_channels != NULL && (period < 1 || depth % period != 0 || n_idx < 0 || n_idx > period ||
                                (n_idx > 0 && idx == NULL))) {
        return DT_ERR_ARG;
    }

    for (r = 0; r < rows; r++) {
        const int8_t *x = input + r * depth;
        for (o = 0; o < out_c; o++) {
            const int8_t *f = filter + o * depth;
            int32_t acc = 0;
            if (idx == NULL) {
                for (j = 0; j < depth; j++) {
                    acc += ((int32_t)x[j] + input_offset) * (int32_t)f[j];
                }
            } else {
                /* Element j belongs to channel j % period: walk the blocks of `period`. */
                for (j = 0; j < depth; j += period) {
                    for (i = 0; i < n_idx; i++) {
                        const int32_t c = j + idx[i];
                        acc += ((int32_t)x[c] + input_offset) * (int32_t)f[c];
                    }
                }
            }
            if (bias != NULL) {
                acc += bias[o];
            }
            *output++ = dt_requantize(acc, quant->multiplier[o], quant->shift[o], output_offset,
                                      act_min, act_max);
        }
    }
    return DT_OK;
}
