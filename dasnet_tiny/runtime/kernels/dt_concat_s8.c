/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_concat_s8.c - int8 CONCATENATION on any axis (all inputs share the output's quantization,
 * as TensorFlow Lite Micro requires): a strided block copy.
 */
#include <string.h>

#include "dt_nn.h"

dt_status dt_concat_s8(const int8_t *const *inputs, const int32_t *inner_sizes,
                       int32_t num_inputs, int32_t outer, int8_t *output)
{
    int32_t o, i;
    if (num_inputs < 1 || outer < 0) {
        return DT_ERR_ARG;
    }
    for (o = 0; o < outer; o++) {
        for (i = 0; i < num_inputs; i++) {
            const int32_t n = inner_sizes[i];
            if (n > 0) {
                memcpy(output, inputs[i] + o * n, (size_t)n);
            }
            output += n;
        }
    }
    return DT_OK;
}
