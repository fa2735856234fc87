/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_requantize_s8.c - int8 -> int8 QUANTIZE (TensorFlow Lite Micro's Requantize).
 */
#include "dt_nn.h"
#include "dt_nn_support.h"

dt_status dt_requantize_s8(const int8_t *input, int32_t size, int32_t input_offset,
                           int32_t multiplier, int32_t shift, int32_t output_offset,
                           int8_t *output)
{
    int32_t i;
    if (size < 0) {
        return DT_ERR_ARG;
    }
    for (i = 0; i < size; i++) {
        output[i] = dt_requantize((int32_t)input[i] + input_offset, multiplier, shift, output_offset,
                                  -128, 127);
    }
    return DT_OK;
}
