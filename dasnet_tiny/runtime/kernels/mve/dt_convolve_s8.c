/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dt_convolve_s8.c (MVE) - int8 CONV_2D for Cortex-M55 (Helium), bit-exact with the portable
 * kernel (TensorFlow Lite Micro's reference ConvPerChannel arithmetic).
 *
 * Direct convolution, no im2col buffer. Output channels go in groups of four (outer loop); for
 * each output pixel the valid taps of a kernel row are one contiguous run of input bytes (dilation
 * width 1) that VMLADAVA.S8 multiplies with the same run of each of the four filter rows, 16 bytes
 * per instruction, predicated tail. The input offset enters as offset * sum(w): for a pixel whose
 * window lies inside the input the full kernel sums (computed once per group) are folded into the
 * bias; a border pixel adds up the weights of its valid taps beside the dot products (VADDVA).
 * Small kernels (a whole window within 255 bytes of input, up to 64 filter bytes per channel) load
 * an interior window with byte gathers (VLDRB gather) so one dot product spans several kernel rows.
 * The four accumulators are requantized together (dt_nn_mve.h) and stored by one narrowing store.
 *
 * Winners (in_channels) with scratch: the winners' weights and input channels are compacted with
 * gathers into ctx->buf and the dense loops run on `count` channels (about k/C of the work).
 */
#include "dt_nn.h"
#include "dt_nn_support.h"
#include "dt_nn_mve.h"

/* Largest window (filter bytes per output channel) of the gathered-window path. */
#define DT_CONV_MVE_WIN 64

int32_t dt_convolve_s8_get_buffer_size(const dt_dims *input_dims, const dt_dims *filter_dims)
{
    (void)input_dims;
    (void)filter_dims;
    return 0;
}

int32_t dt_convolve_s8_get_winner_buffer_size(const dt_dims *input_dims, const dt_dims *filter_dims,
                                              int32_t count)
{
    const int32_t weights = filter_dims->n * filter_dims->h * filter_dims->w * count;
    const int32_t inputs = input_dims->n * input_dims->h * input_dims->w * count;
    return (weights + inputs + 3) & ~3;
}

/* Four dot products (and, with `sums`, four weight sums) over a run of n bytes. */
typedef struct {
    int32_t a0, a1, a2, a3;
    int32_t s0, s1, s2, s3;
} acc4;

DT_INLINE void run4(acc4 *A, const int8_t *x, const int8_t *f0, const int8_t *f1,
                    const int8_t *f2, const int8_t *f3, int32_t n, int sums)
{
    int32_t a0 = A->a0, a1 = A->a1, a2 = A->a2, a3 = A->a3;
    int32_t i;
    for (i = n >> 4; i > 0; i--) {
        const int8x16_t xv = vldrbq_s8(x);
        const int8x16_t w0 = vldrbq_s8(f0), w1 = vldrbq_s8(f1);
        const int8x16_t w2 = vldrbq_s8(f2), w3 = vldrbq_s8(f3);
        a0 = vmladavaq_s8(a0, xv, w0);
        a1 = vmladavaq_s8(a1, xv, w1);
        a2 = vmladavaq_s8(a2, xv, w2);
        a3 = vmladavaq_s8(a3, xv, w3);
        if (sums) {
            A->s0 = vaddvaq_s8(A->s0, w0);
            A->s1 = vaddvaq_s8(A->s1, w1);
            A->s2 = vaddvaq_s8(A->s2, w2);
            A->s3 = vaddvaq_s8(A->s3, w3);
        }
        x += 16;
        f0 += 16;
        f1 += 16;
        f2 += 16;
        f3 += 16;
    }
    if (n & 15) {
        const mve_pred16_t p = vctp8q((uint32_t)(n & 15));
        const int8x16_t xv = vldrbq_z_s8(x, p);
        const int8x16_t w0 = vldrbq_z_s8(f0, p), w1 = vldrbq_z_s8(f1, p);
        const int8x16_t w2 = vldrbq_z_s8(f2, p), w3 = vldrbq_z_s8(f3, p);
        a0 = vmladavaq_s8(a0, xv, w0);
        a1 = vmladavaq_s8(a1, xv, w1);
        a2 = vmladavaq_s8(a2, xv, w2);
        a3 = vmladavaq_s8(a3, xv, w3);
        if (sums) {
            A->s0 = vaddvaq_s8(A->s0, w0);
            A->s1 = vaddvaq_s8(A->s1, w1);
            A->s2 = vaddvaq_s8(A->s2, w2);
            A->s3 = vaddvaq_s8(A->s3, w3);
        }
    }
    A->a0 = a0;
    A->a1 = a1;
    A->a2 = a2;
    A->a3 = a3;
}

/* The window of one pixel: kernel rows [ky_lo, ky_hi), columns [kx_lo, kx_hi). */
DT_INLINE void window4(acc4 *A, const int8_t *x0, const int8_t *const *f, int32_t ky_lo,
                       int32_t ky_hi, int32_t kx_lo, int32_t kx_hi, int32_t x_row, int32_t x_col,
                       int32_t f_row, int32_t in_c, int32_t dil_w, int sums)
{
    int32_t ky, kx;
    const int8_t *xr = x0 + ky_lo * x_row + kx_lo * x_col;
    int32_t fo = ky_lo * f_row + kx_lo * in_c;
    if (dil_w == 1) {
        const int32_t n = (kx_hi - kx_lo) * in_c;
        for (ky = ky_lo; ky < ky_hi; ky++, xr += x_row, fo += f_row) {
            run4(A, xr, f[0] + fo, f[1] + fo, f[2] + fo, f[3] + fo, n, sums);
        }
    } else {
        for (ky = ky_lo; ky < ky_hi; ky++, xr += x_row, fo += f_row) {
            for (kx = 0; kx < kx_hi - kx_lo; kx++) {
                const int32_t o = fo + kx * in_c;
                run4(A, xr + kx * x_col, f[0] + o, f[1] + o, f[2] + o, f[3] + o, in_c, sums);
            }
        }
    }
}

/* Dense convolution (all input channels). */
static void conv_dense(const dt_conv_params *params, const dt_per_channel_quant_params *quant,
                       const dt_dims *input_dims, const int8_t *input, const dt_dims *filter_dims,
                       const int8_t *filter, const int32_t *bias, const dt_dims *output_dims,
                       int8_t *output)
{
    const int32_t in_h = input_dims->h, in_w = input_dims->w, in_c = input_dims->c;
    const int32_t k_h = filter_dims->h, k_w = filter_dims->w;
    const int32_t out_h = output_dims->h, out_w = output_dims->w, out_c = output_dims->c;
    const int32_t off = params->input_offset;
    const int32_t out_off = params->output_offset;
    const int32_t lo = params->activation.min, hi = params->activation.max;
    const int32_t dil_h = params->dilation.h, dil_w = params->dilation.w;
    const int32_t st_h = params->stride.h, st_w = params->stride.w;
    const int32_t pad_h = params->padding.h, pad_w = params->padding.w;
    const int32_t ks = k_h * k_w * in_c;
    const int32_t x_row = dil_h * in_w * in_c; /* input bytes between kernel rows */
    const int32_t x_col = dil_w * in_c;        /* input bytes between kernel columns */
    const int32_t f_row = k_w * in_c;          /* filter bytes per kernel row */
    const int32_t batch = in_h * in_w * in_c;
    /* Gathered window: offsets of the ks window bytes from its first input byte. */
    uint8_t gofs[DT_CONV_MVE_WIN];
    const int gather = ks <= DT_CONV_MVE_WIN && ((k_h - 1) * x_row + (k_w - 1) * x_col + in_c) <= 256 &&
                       f_row < 16 * 3;
    int32_t oc, b, oy, ox, i;

    if (gather) {
        for (i = 0; i < ks; i++) {
            const int32_t ky = i / f_row, r = i % f_row;
            gofs[i] = (uint8_t)(ky * x_row + (r / in_c) * x_col + r % in_c);
        }
    }

    for (oc = 0; oc < out_c; oc += 4) {
        const int32_t nv = out_c - oc < 4 ? out_c - oc : 4;
        /* filters of channels oc..oc+3; channels past the end repeat the last one (not stored) */
        const int8_t *const f[4] = {filter + oc * ks, filter + (oc + (nv > 1 ? 1 : 0)) * ks,
                                    filter + (oc + (nv > 2 ? 2 : nv - 1)) * ks,
                                    filter + (oc + nv - 1) * ks};
        const mve_pred16_t p = vctp32q((uint32_t)nv);
        const dt_mve_rq q = dt_mve_rq_load(quant->multiplier + oc, quant->shift + oc, nv);
        const int32x4_t bv = bias != NULL ? vldrwq_z_s32(bias + oc, p) : vdupq_n_s32(0);
        int32x4_t b_full = bv;
        int8_t *out_oc = output + oc;
        if (off != 0) {
            b_full = vmlaq_n_s32(bv, dt_mve_vec4(dt_mve_sum_s8(f[0], ks), dt_mve_sum_s8(f[1], ks),
                                                 dt_mve_sum_s8(f[2], ks), dt_mve_sum_s8(f[3], ks)),
                                 off);
        }
        for (b = 0; b < input_dims->n; b++) {
            const int8_t *in_b = input + b * batch;
            for (oy = 0; oy < out_h; oy++) {
                const int32_t iy0 = oy * st_h - pad_h;
                int32_t ky_lo, ky_hi;
                dt_tap_range(iy0, dil_h, k_h, in_h, &ky_lo, &ky_hi);
                for (ox = 0; ox < out_w; ox++) {
                    const int32_t ix0 = ox * st_w - pad_w;
                    const int8_t *x0 = in_b + (iy0 * in_w + ix0) * in_c;
                    int32_t kx_lo, kx_hi;
                    int32x4_t acc;
                    acc4 A = {0, 0, 0, 0, 0, 0, 0, 0};
                    dt_tap_range(ix0, dil_w, k_w, in_w, &kx_lo, &kx_hi);
                    if (ky_lo == 0 && ky_hi == k_h && kx_lo == 0 && kx_hi == k_w) {
                        if (gather) {
                            const int8_t *f0 = f[0], *f1 = f[1], *f2 = f[2], *f3 = f[3];
                            for (i = 0; i < ks; i += 16) {
                                const mve_pred16_t pp = vctp8q((uint32_t)(ks - i));
                                const uint8x16_t ov = vldrbq_z_u8(gofs + i, pp);
                                const int8x16_t xv = vldrbq_gather_offset_z_s8(x0, ov, pp);
                                A.a0 = vmladavaq_s8(A.a0, xv, vldrbq_z_s8(f0 + i, pp));
                                A.a1 = vmladavaq_s8(A.a1, xv, vldrbq_z_s8(f1 + i, pp));
                                A.a2 = vmladavaq_s8(A.a2, xv, vldrbq_z_s8(f2 + i, pp));
                                A.a3 = vmladavaq_s8(A.a3, xv, vldrbq_z_s8(f3 + i, pp));
                            }
                        } else {
                            window4(&A, x0, f, 0, k_h, 0, k_w, x_row, x_col, f_row, in_c,
                                    dil_w, 0);
                        }
                        acc = vaddq_s32(dt_mve_vec4(A.a0, A.a1, A.a2, A.a3), b_full);
                    } else {
                        if (off != 0) {
                            window4(&A, x0, f, ky_lo, ky_hi, kx_lo, kx_hi, x_row, x_col,
                                    f_row, in_c, dil_w, 1);
                            acc = vmlaq_n_s32(vaddq_s32(dt_mve_vec4(A.a0, A.a1, A.a2, A.a3), bv),
                                              dt_mve_vec4(A.s0, A.s1, A.s2, A.s3), off);
                        } else {
                            window4(&A, x0, f, ky_lo, ky_hi, kx_lo, kx_hi, x_row, x_col,
                                    f_row, in_c, dil_w, 0);
                            acc = vaddq_s32(dt_mve_vec4(A.a0, A.a1, A.a2, A.a3), bv);
                        }
                    }
                    acc = dt_mve_requantize(acc, &q, out_off, lo, hi);
                    vstrbq_p_s32(out_oc, acc, p);
                    out_oc += out_c;
                }
            }
        }
    }
}

/* Winners without scratch (the generator always plans scratch; kept for other callers): the
 * listed channels indexed in place, one output at a time. */
static void conv_idx(const dt_conv_params *params, const dt_per_channel_quant_params *quant,
                     const dt_dims *input_dims, const int8_t *input, const dt_dims *filter_dims,
                     const int8_t *filter, const int32_t *bias, const dt_dims *output_dims,
                     int8_t *output, const uint16_t *idx, int32_t n_idx)
{
    const int32_t in_h = input_dims->h, in_w = input_dims->w, in_c = input_dims->c;
    const int32_t k_h = filter_dims->h, k_w = filter_dims->w;
    const int32_t out_c = output_dims->c;
    const int32_t ks = k_h * k_w * in_c;
    int32_t b, oy, ox, oc, ky, kx, ky_lo, ky_hi, kx_lo, kx_hi;
    for (b = 0; b < input_dims->n; b++) {
        const int8_t *in_b = input + b * in_h * in_w * in_c;
        for (oy = 0; oy < output_dims->h; oy++) {
            const int32_t iy0 = oy * params->stride.h - params->padding.h;
            dt_tap_range(iy0, params->dilation.h, k_h, in_h, &ky_lo, &ky_hi);
            for (ox = 0; ox < output_dims->w; ox++) {
                const int32_t ix0 = ox * params->stride.w - params->padding.w;
                dt_tap_range(ix0, params->dilation.w, k_w, in_w, &kx_lo, &kx_hi);
                for (oc = 0; oc < out_c; oc++) {
                    int32_t acc = bias != NULL ? bias[oc] : 0;
                    for (ky = ky_lo; ky < ky_hi; ky++) {
                        for (kx = kx_lo; kx < kx_hi; kx++) {
                            const int8_t *x = in_b + ((iy0 + ky * params->dilation.h) * in_w + ix0 +
                                                      kx * params->dilation.w) * in_c;
                            const int8_t *w = filter + oc * ks + (ky * k_w + kx) * in_c;
                            acc += dt_dot1_idx_s8(x, w, idx, n_idx, params->input_offset);
                        }
                    }
                    *output++ = dt_requantize(acc, quant->multiplier[oc], quant->shift[oc],
                                              params->output_offset, params->activation.min,
                                              params->activation.max);
                }
            }
        }
    }
}

/* dst[r][0..k) = src[r][idx[0..k)] for `rows` rows of `width` bytes (byte gathers). */
static void compact_rows(int8_t *dst, const int8_t *src, int32_t rows, int32_t width,
                         const uint16_t *idx, int32_t k)
{
    int32_t r, i;
    /* generic: eight halfword offsets at a time */
    for (r = 0; r < rows; r++, src += width) {
        for (i = 0; i < k; i += 8) {
            const mve_pred16_t p = vctp16q((uint32_t)(k - i));
            const uint16x8_t ov = vldrhq_z_u16(idx + i, p);
            vstrbq_p_s16(dst, vldrbq_gather_offset_z_s16(src, ov, p), p);
            dst += (k - i) < 8 ? (k - i) : 8;
        }
    }
}

dt_status dt_convolve_s8(const dt_context *ctx, const dt_conv_params *params,
                         const dt_per_channel_quant_params *quant,
                         const dt_dims *input_dims, const int8_t *input,
                         const dt_dims *filter_dims, const int8_t *filter,
                         const int32_t *bias,
                         const dt_dims *output_dims, int8_t *output,
                         const dt_channel_list *in_channels)
{
    const int32_t in_c = input_dims->c;
    const uint16_t *idx = in_channels != NULL ? in_channels->index : NULL;
    const int32_t n_idx = in_channels != NULL ? in_channels->count : in_c;

    if (filter_dims->c != in_c || filter_dims->n != output_dims->c ||
        input_dims->n != output_dims->n || params->stride.h < 1 || params->stride.w < 1 ||
        params->dilation.h < 1 || params->dilation.w < 1 || !dt_channel_list_ok(in_channels, in_c)) {
        return DT_ERR_ARG;
    }
    if (idx == NULL) {
        conv_dense(params, quant, input_dims, input, filter_dims, filter, bias, output_dims, output);
        return DT_OK;
    }
    if (n_idx > 0 && ctx != NULL && ctx->buf != NULL) {
        /* compact the winners' weights ([out_c][kh][kw][k]) and input ([n][h][w][k]) */
        const int32_t need = dt_convolve_s8_get_winner_buffer_size(input_dims, filter_dims, n_idx);
        const int32_t f_rows = filter_dims->n * filter_dims->h * filter_dims->w;
        const int32_t x_rows = input_dims->n * input_dims->h * input_dims->w;
        int8_t *const cf = (int8_t *)ctx->buf;
        int8_t *const cx = cf + f_rows * n_idx;
        dt_dims c_in = *input_dims, c_filter = *filter_dims;
        if (ctx->size < need) {
            return DT_ERR_ARG;
        }
        compact_rows(cf, filter, f_rows, in_c, idx, n_idx);
        compact_rows(cx, input, x_rows, in_c, idx, n_idx);
        c_in.c = n_idx;
        c_filter.c = n_idx;
        conv_dense(params, quant, &c_in, cx, &c_filter, cf, bias, output_dims, output);
        return DT_OK;
    }
    conv_idx(params, quant, input_dims, input, filter_dims, filter, bias, output_dims, output, idx,
             n_idx);
    return DT_OK;
}
