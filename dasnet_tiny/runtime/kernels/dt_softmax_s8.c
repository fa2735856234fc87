/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_softmax_s8.c - int8 SOFTMAX, bit-exact with TensorFlow Lite Micro's reference int8
 * softmax: gemmlowp fixed-point exp of the (scaled) differences to the row maximum, a Q12.19 sum,
 * its fixed-point reciprocal; output scale 1/256, zero point -128.
 */
#include "dt_nn.h"
#include "dt_nn_support.h"

enum { kAccumulationIntegerBits = 12 };

dt_status dt_softmax_s8(const int8_t *input, int32_t rows, int32_t row_size, int32_t mult,
                        int32_t shift, int32_t diff_min, int8_t *output)
{
    int32_t r, c;
    if (rows < 0 || row_size < 1 || shift < 0 || shift > 31) {
        return DT_ERR_ARG;
    }
    for (r = 0; r < rows; r++) {
        const int8_t *x = input + r * row_size;
        int8_t *y = output + r * row_size;
        int32_t max = x[0];
        int32_t sum_of_exps = 0; /* Q12.19 */
        int32_t num_bits_over_unit;
        int32_t shifted_scale;
        for (c = 1; c < row_size; c++) {
            max = x[c] > max ? x[c] : max;
        }
        for (c = 0; c < row_size; c++) {
            const int32_t diff = (int32_t)x[c] - max;
            if (diff >= diff_min) {
                const int32_t rescaled = dt_sat_rdhm(dt_shl_wrap(diff, shift), mult);
                sum_of_exps += dt_rounding_divide_by_pot(dt_exp_on_negative_values(rescaled),
                                                         kAccumulationIntegerBits);
            }
        }
        shifted_scale = dt_get_reciprocal(sum_of_exps, kAccumulationIntegerBits, &num_bits_over_unit);
        for (c = 0; c < row_size; c++) {
            const int32_t diff = (int32_t)x[c] - max;
            if (diff >= diff_min) {
                const int32_t rescaled = dt_sat_rdhm(dt_shl_wrap(diff, shift), mult);
                const int32_t e = dt_exp_on_negative_values(rescaled);
                const int32_t unsat = dt_rounding_divide_by_pot(dt_sat_rdhm(shifted_scale, e),
                                                                num_bits_over_unit + 31 - 8);
                y[c] = (int8_t)dt_clamp(unsat - 128, -128, 127);
            } else {
                y[c] = -128;
            }
        }
    }
    return DT_OK;
}
