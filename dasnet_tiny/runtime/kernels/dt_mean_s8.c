/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_mean_s8.c - int8 MEAN over any set of dimensions (TensorFlow Lite Micro's quantized mean:
 * sum of (x - input zero point) over the reduced elements, times a multiplier with
 * 1/num_elements folded in, plus the output zero point, clamped to int8).
 */
#include "dt_nn.h"
#include "dt_nn_support.h"

dt_status dt_mean_s8(const dt_mean_params *params, const int8_t *input, int8_t *output)
{
    /* Split the dimensions into kept and reduced ones, innermost first, with input strides. */
    int32_t kd[DT_MAX_DIMS], ks[DT_MAX_DIMS], rd[DT_MAX_DIMS], rs[DT_MAX_DIMS];
    int32_t kc[DT_MAX_DIMS], rc[DT_MAX_DIMS];
    int32_t nk = 0, nr = 0, stride = 1, d, i;
    int32_t n_out = 1, n_red = 1;
    int32_t base = 0;
    for (d = DT_MAX_DIMS - 1; d >= 0; d--) {
        const int32_t dim = params->dims[d];
        if (dim < 1) {
            return DT_ERR_ARG;
        }
        if (dim > 1) {
            if (params->reduce[d]) {
                rd[nr] = dim;
                rs[nr] = stride;
                n_red *= dim;
                nr++;
            } else {
                kd[nk] = dim;
                ks[nk] = stride;
                n_out *= dim;
                nk++;
            }
        }
        stride *= dim;
    }
    for (d = 0; d < nk; d++) {
        kc[d] = 0;
    }
    for (i = 0; i < n_out; i++) {
        int32_t acc = 0, off = 0, r;
        for (d = 0; d < nr; d++) {
            rc[d] = 0;
        }
        for (r = 0; r < n_red; r++) {
            acc += (int32_t)input[base + off] + params->input_offset;
            /* advance the reduced-dimension odometer */
            for (d = 0; d < nr; d++) {
                off += rs[d];
                if (++rc[d] < rd[d]) {
                    break;
                }
                off -= rs[d] * rd[d];
                rc[d] = 0;
            }
        }
        output[i] = (int8_t)dt_offset_clamp(
            dt_multiply_by_quantized_multiplier(acc, params->multiplier, params->shift),
            params->output_offset, -128, 127);
        /* advance the kept-dimension odometer */
        for (d = 0; d < nk; d++) {
            base += ks[d];
            if (++kc[d] < kd[d]) {
                break;
            }
            base -= ks[d] * kd[d];
            kc[d] = 0;
        }
    }
    return DT_OK;
}
