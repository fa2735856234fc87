/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_pad_s8.c - int8 PAD of any dimensions (up to DT_MAX_DIMS) with a constant (the output zero
 * point, as TensorFlow Lite Micro's PAD of a quantized tensor).
 */
#include <string.h>

#include "dt_nn.h"

dt_status dt_pad_s8(const dt_pad_params *params, const int8_t *input, int8_t *output)
{
    int32_t od[DT_MAX_DIMS], ostride[DT_MAX_DIMS], idx[DT_MAX_DIMS];
    int32_t d, rows = 1, r, total = 1;
    const int32_t inner = params->dims[DT_MAX_DIMS - 1];
    if (params->pad_value < -128 || params->pad_value > 127) {
        return DT_ERR_ARG;
    }
    for (d = 0; d < DT_MAX_DIMS; d++) {
        if (params->dims[d] < 0 || params->before[d] < 0 || params->after[d] < 0) {
            return DT_ERR_ARG;
        }
        od[d] = params->dims[d] + params->before[d] + params->after[d];
        total *= od[d];
        idx[d] = 0;
    }
    ostride[DT_MAX_DIMS - 1] = 1;
    for (d = DT_MAX_DIMS - 2; d >= 0; d--) {
        ostride[d] = ostride[d + 1] * od[d + 1];
    }
    for (d = 0; d < DT_MAX_DIMS - 1; d++) {
        rows *= params->dims[d];
    }
    if (total == 0) {
        return DT_OK;
    }
    memset(output, (int8_t)params->pad_value, (size_t)total);
    if (inner == 0) {
        return DT_OK;
    }
    for (r = 0; r < rows; r++) {
        int32_t o = params->before[DT_MAX_DIMS - 1];
        for (d = 0; d < DT_MAX_DIMS - 1; d++) {
            o += (idx[d] + params->before[d]) * ostride[d];
        }
        memcpy(output + o, input + r * inner, (size_t)inner);
        for (d = DT_MAX_DIMS - 2; d >= 0; d--) {
            if (++idx[d] < params->dims[d]) {
                break;
            }
            idx[d] = 0;
        }
    }
    return DT_OK;
}
