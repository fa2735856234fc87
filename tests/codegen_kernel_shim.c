/* SPDX-License-Identifier: Apache-2.0 */
/* Test shim: exported, vectorized wrappers of the inline requantization primitives of
 * dt_nn_support.h, so tests can call them through ctypes. */
#include "dt_nn.h"
#include "dt_nn_support.h"

void shim_sat_rdhm(const int32_t *a, const int32_t *b, int32_t n, int32_t *out);
void shim_rounding_divide_by_pot(const int32_t *x, const int32_t *e, int32_t n, int32_t *out);
void shim_mbqm(const int32_t *x, const int32_t *m, const int32_t *s, int32_t n, int32_t *out);
void shim_exp_on_negative_values(const int32_t *x, int32_t n, int32_t *out);

void shim_sat_rdhm(const int32_t *a, const int32_t *b, int32_t n, int32_t *out)
{
    int32_t i;
    for (i = 0; i < n; i++) {
        out[i] = dt_sat_rdhm(a[i], b[i]);
    }
}

void shim_rounding_divide_by_pot(const int32_t *x, const int32_t *e, int32_t n, int32_t *out)
{
    int32_t i;
    for (i = 0; i < n; i++) {
        out[i] = dt_rounding_divide_by_pot(x[i], e[i]);
    }
}

void shim_mbqm(const int32_t *x, const int32_t *m, const int32_t *s, int32_t n, int32_t *out)
{
    int32_t i;
    for (i = 0; i < n; i++) {
        out[i] = dt_multiply_by_quantized_multiplier(x[i], m[i], s[i]);
    }
}

void shim_exp_on_negative_values(const int32_t *x, int32_t n, int32_t *out)
{
    int32_t i;
    for (i = 0; i < n; i++) {
        out[i] = dt_exp_on_negative_values(x[i]);
    }
}
